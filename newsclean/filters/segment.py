"""Find the units of a page inside a line far too long to be a paragraph.

Scrapers often store a page or an article as one line: ``soup.get_text(" ", strip=True)``, or a
corpus that keeps each article on a line (``Wed 05 Apr 2017 Syria attack symptoms consistent
with nerve agent use WHO. Victims of a suspected ...``). Every later filter reads lines, so this
step turns chosen spaces of such a line into line breaks: after each sentence, around a date at
the head of the line, between a headline printed twice, before a serialized blob. Nothing else
changes: every offset stays valid (removals, ``explain()`` and ``original()`` keep working) and
the body gives the units one a line: a second cleaning reads them as the lines they now are,
and comes to the same body.

A line is cut only when it holds most of the text (the page run together): text that has its
lines goes through unchanged. Drop the step with ``DEFAULT.without("segment")``.

>>> from newsclean.document import Document
>>> doc = segment(Document.from_text(
...     "Wed 05 Apr 2017 Syria attack symptoms consistent with nerve agent use WHO. Victims of a "
...     "suspected chemical attack in Syria appeared to show symptoms consistent with reaction to a "
...     "nerve agent, the WHO said. Mr. Salama spoke. 219-11"))
>>> doc.text.split("\\n")
['Wed 05 Apr 2017', 'Syria attack symptoms consistent with nerve agent use WHO.', \
'Victims of a suspected chemical attack in Syria appeared to show symptoms consistent with reaction to a nerve \
agent, the WHO said.', 'Mr. Salama spoke.', '219-11']
>>> doc.body() == doc.text
True
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import re

import regex

from .. import reasons
from ..dates import find_dates, relative_dates
from ..document import Document, split_paragraphs
from ..guard import warn
from ..layout.dataview import DataView, without_data_scripts
from ..layout.folded import (
    FoldedPage,
    caption_unit,
    find_article,
    menu_end,
    opening_headline,
    prose_unit,
    span_tokens,
)
from ..layout.shape import end_heading
from ..lexicon import (
    ABBREVIATIONS,
    AD_MARKS,
    AGENCIES,
    AGENCY_PHOTO_LABELS,
    ARTICLES,
    AUTHOR_BUTTONS,
    AUTHOR_ROLES,
    CAPTION_TOGGLES,
    COUNTER_LABELS,
    COUNTER_LINKS,
    CREDIT_LABELS,
    DATE_PREFIXES,
    DATELINE_AGENCIES,
    DESKS,
    GALLERY_EXITS,
    HEADLINE_SOURCES,
    NAME_JOINS,
    NAME_PARTICLES,
    NEXT_ARTICLE,
    NOISE_LINES,
    PAGER_LINKS,
    PHOTO_AGENCIES,
    PLACE_OPENINGS,
    PUBLICATION_WORDS,
    REGIONAL_AGENCIES,
    SECTION_HEADINGS,
    SHARE_LABELS,
    SMALL_WORDS,
    UPDATED_PREFIXES,
    all_of,
)
from ..sentences import CLOSERS, SENTENCE_BREAK, STOPS, ends_sentence
from ..titles import title_runs
from ..words import headline_shaped, norm_key

__all__ = ["article_opening", "byline_opening", "caption_printings", "counter_joins", "credit_end", "formula_joins",
           "gallery_exits", "head_credit", "join", "join_points", "label_openings", "next_links", "page_lines",
           "pager_run", "reads_folded", "rule_breaks", "run_ends", "section_label", "segment", "sentence_breaks",
           "share_labels", "share_opening", "slide_counters", "tag_lists", "title_case_end", "toggle_joins",
           "toolbar_start", "unit_breaks", "wire_dateline"]

# A line shorter than this is never cut; one longer is cut when it holds most of the text.
_LONG = 200
_SHARE = 0.9
# ... or three quarters when it holds many sentences (an article under a menu of short lines,
# which a first cleaning removes: the line must be cut on the first cleaning as on the second).
_PROSE_SHARE = 0.75
_PROSE_SENTENCES = 10
# A related-links heading closes the article in a line's last quarter only.
_END_SHARE = 4
# Words of a line that, found without a unit in it, earn a warning: no page is one sentence that long.
_NO_STRUCTURE_WORDS = 60
_NO_STRUCTURE_CHARS = 600
# A line this long is no paragraph, whatever it holds; a shorter one is cut only when it shows
# more than sentences (a dateline, a headline, a menu run, a blob).
_PAGE_CHARS = 3000
# How far into a line (characters) the head is read for a dateline and a headline.
_HEAD = 300
# A sentence end: stops (and closing quotes or brackets), a space, then what opens a sentence.
_WORD_BEFORE = regex.compile(r"[\"'“‘(\[]*+([\w.'’-]*?)\.[\"'”’)\]]*+$")
_TOKEN = regex.compile(r"\S++")
_ABBREVIATIONS = frozenset(all_of(ABBREVIATIONS))
# Serialized data that a page leaked into its text: PHP var_dump, a JSON list or object.
_BLOB = regex.compile(r"(?<![\w$])string\(\d{1,10}\) \"|\[\s?\{\s?\"|\{\"[\w-]{1,40}\":")
_PREFIX = regex.compile(r"(?:" + "|".join(regex.escape(p) for p in sorted({*all_of(DATE_PREFIXES),
                                                                          *all_of(UPDATED_PREFIXES)}, key=len,
                                                                        reverse=True)) + r")\s?:?\s*+$",
                        regex.IGNORECASE)
# National wire agencies that credit stories as one word: Syria's SANA, Lebanon's NNA, Egypt's MENA.
_WIRES = (*AGENCIES, *REGIONAL_AGENCIES)
_AGENCY_WORD = regex.compile(r"(?<=\s)(?:" + "|".join(regex.escape(a) for a in _WIRES) + r")(?=\s)")
_AGENCY_BEFORE = regex.compile(r"(?:^|\s)(?:" + "|".join(regex.escape(a) for a in AGENCIES) + r")\s*+$")


def _abbreviation(text: str, end: int) -> bool:
    """Whether the full stop at ``text[end - 1]`` (or the one before closing quotes) closes an
    abbreviation or an initial: ``Mr.``, ``U.S.``, ``J.``."""
    start = text.rfind(" ", max(0, end - 40), end) + 1
    m = _WORD_BEFORE.search(text, start, end)
    if m is None:
        return False
    word = m.group(1).lower()
    if not word:
        return False  # a stop standing alone: "Damascus suburb . At least 60 ..."
    return len(word) <= 1 or word in _ABBREVIATIONS or (len(word) <= 5 and "." in word)


# A picture's credit in brackets, which closes its caption: "... in Littleton, Colo. (AP Photo/David
# Zalubowski)", "... vaccinated (Image: GETTY)". A lined page prints it at the caption's end.
# A bare agency in brackets ("... in Washington. (AP)") is left where it is.
_CREDIT = regex.compile(r"\((?:(?:" + "|".join(map(regex.escape, PHOTO_AGENCIES)) + r")\x20(?:"
                        + "|".join(all_of(AGENCY_PHOTO_LABELS)) + r")\b"
                        r"|(?:" + "|".join(all_of(CREDIT_LABELS)) + r")\s?[:/])[^()\n]{0,80}\)")
_OPENS = regex.compile(r"\x20[\"“‘(\[]?+[\p{Lu}\d]")
# A picture's credit without brackets after its caption's last sentence: "... compared to its
# hibernation-based equivalent. Credit: ESA A cross-section through the module ...", "... in
# Hanoi. Photo: Hau Dinh, AP Esper accuses China ...". A lined page prints it at the caption's end
# (the boilerplate step reads a line ending so as a caption): it stays with the sentence before
# it, and the next sentence opens at the capitalised word right before the first lower-case one.
_CREDIT_LABEL = regex.compile(r"(?:" + "|".join(all_of(CREDIT_LABELS)) + r")s?:\x20")
_CREDIT_NAMES = 6  # words of a credit's names: "20th Century Fox", "Hau Dinh, AP", "NASA/JPL-Caltech"
_NAME_STOP = regex.compile(r"[.!?][\"'”’)\]]*+$")


def credit_end(text: str, at: int, end: int) -> int | None:
    """The space after the names of a credit without brackets that opens at ``text[at:]``
    (``Credit: ESA``) and runs into the next sentence, or ``None`` (no credit label there, a
    name that ends with a stop, or no sentence found after a few names).

    >>> s = "Credit: 20th Century Fox If a spaceship has no hyperdrive, it has pods."
    >>> s[credit_end(s, 0, len(s)) + 1:][:12]
    'If a spacesh'
    >>> s = 'Credit: ESA "We looked at how a crew could sleep."'
    >>> s[credit_end(s, 0, len(s)) + 1:][:8]
    '"We look'
    >>> credit_end("Credit: courtesy of the family The fire spread.", 0, 47) is None  # no names first
    True
    >>> credit_end("Credit card debt rose again this year.", 0, 38) is None
    True
    >>> credit_end("Image: Jose Mourinho, left, has replaced Mauricio Pochettino", 0, 60) is None
    True
    """
    m = _CREDIT_LABEL.match(text, at, end)
    if m is None:
        return None
    tokens = list(itertools.islice(_TOKEN.finditer(text, m.end(), end), _CREDIT_NAMES + 1))
    k = next((k for k, t in enumerate(tokens) if _lower_word(t.group())), None)
    if k is None or k < 2 or not _opener(tokens[k - 1].group()) or tokens[k - 1].group().endswith(","):
        return None  # "Image: Jose Mourinho, left, has replaced ...": a caption after its label
    if any(_NAME_STOP.search(t.group()) for t in tokens[:k - 1]):
        return None  # "Credit: Jane Doe. The rover ...": the stop ends the credit
    at = tokens[k - 1].start() - 1
    return at
# A caption's toggle after its last sentence closes the caption ("... Southeast Asian nation. less
# U.S. Defense ...", "... the military relations... more Photo: ..."): part after it.
_AFTER_MARK = regex.compile(r"(?:(?<=[" + regex.escape(STOPS) + "][" + regex.escape(CLOSERS) + r"]*+)\x20(?:"
                            + "|".join(all_of(CAPTION_TOGGLES)) + r")|(?<=\x20)(?:"
                            + "|".join(label.capitalize() for label in all_of(COUNTER_LABELS)) + r")\x20\d{1,3}\x20(?:"
                            + "|".join(all_of(COUNTER_LINKS)) + r")\x20\d{1,3})(?=\x20[\"“‘(\[]?+[\p{Lu}\d])")
# Where a match of _AFTER_MARK may start: at a space before a toggle, or right after a space before a
# counter's label (:func:`_matches_at` tries both offsets of each space it finds).
_AFTER_MARK_AT = regex.compile(r"\x20(?=" + "|".join([*all_of(CAPTION_TOGGLES),
                                                      *(label.capitalize() for label in all_of(COUNTER_LABELS))]) + ")")


def _matches_at(pattern: regex.Pattern[str], opening: regex.Pattern[str], text: str, start: int,
                end: int, offsets: tuple[int, ...] = (0,)) -> list[regex.Match[str]]:
    """``list(pattern.finditer(text, start, end))``, where every match of ``pattern`` starts at
    one of ``offsets`` from the start of a match of ``opening``: ``pattern`` is tried only there,
    anchored, in order. ``finditer`` tries a pattern that opens with a look-behind at every
    character (on a page folded to one line, thousands of times for the few places a cheap
    opening finds).

    >>> s = "It ended. less Photo 2 of 9 Rain fell."
    >>> [m.group() for m in _matches_at(_AFTER_MARK, _AFTER_MARK_AT, s, 0, len(s), (0, 1))]
    [' less', 'Photo 2 of 9']
    """
    out: list[regex.Match[str]] = []
    last = start
    for found in opening.finditer(text, start, end):
        for at in (found.start() + d for d in offsets):
            if at < last or at >= end:
                continue  # inside the last match (finditer goes on from its end), or past the span
            m = pattern.match(text, at, end)
            if m is not None:
                out.append(m)
                last = m.end()
    return out


# Chinese and Japanese end a sentence with an ideographic stop and no space: a space after one is
# where a scraper folded two lines (``...耳にしました。 報道によると...``), whatever letter follows.
_IDEOGRAPHIC_STOP = regex.compile(r"。")
_IDEOGRAPHIC_BREAK = regex.compile(r"(?<=。[" + regex.escape(CLOSERS) + r"」』）]{0,3}+)\x20(?=\S)")


def sentence_breaks(text: str, start: int, end: int) -> list[int]:
    """Offsets of the spaces between the sentences of ``text[start:end]``.

    >>> s = "He met Mr. Assad in the U.S. Embassy. It rained! J. Smith left. 219-11"
    >>> [s[i + 1:i + 4] for i in sentence_breaks(s, 0, len(s))]
    ['It ', 'J. ', '219']

    A picture's credit in brackets and a caption's toggle stay with the sentence they close; a
    credit in brackets ends its caption without a stop too:

    >>> s = "Cars sit at a dealer. (AP Photo/Jane Doe) Sales fell. They met. less Two men meet."
    >>> [s[i + 1:i + 4] for i in sentence_breaks(s, 0, len(s))]
    ['Sal', 'The', 'Two']
    >>> s = "It spread. The plague killed millions (Image: GETTY) Doctors said it is rare."
    >>> [s[i + 1:i + 4] for i in sentence_breaks(s, 0, len(s))]
    ['The', 'Doc']
    """
    out = []
    for m in SENTENCE_BREAK.finditer(text, start, end):
        i = m.start()
        stop = text[i - 1] == "." or (text[i - 1] in "\"'”’)]" and "." in text[max(start, i - 3):i])
        if stop and _abbreviation(text, i):
            continue
        named = credit_end(text, i + 1, end)
        if named is not None:  # the credit closes the caption before it: part after its names
            out.append(named)
            continue
        credit = _CREDIT.match(text, i + 1, end)
        if credit is not None:  # the credit closes the caption before it: part after it
            after = credit.end()
            if _OPENS.match(text, after, end):
                out.append(after)
            continue
        out.append(i)
    for m in _matches_at(_AFTER_MARK, _AFTER_MARK_AT, text, start, end, (0, 1)):
        out.append(m.end())
    if _IDEOGRAPHIC_STOP.search(text, start, end) is not None:
        out.extend(m.start() for m in _IDEOGRAPHIC_BREAK.finditer(text, start, end))
    for m in _CREDIT.finditer(text, start, end):  # a caption printed without a stop ends at its credit
        if _OPENS.match(text, m.end(), end):
            out.append(m.end())
    return sorted(set(out))


# A caption's toggle after the caption it closes: a stop, a closing quote or bracket, or the credit's
# bracket before it (``... Asian nation. less``, ``... (AP Photo/Gene J. Puskar) less``, ``... the
# military relations... more``), a space after it.
_TOGGLE_AFTER = regex.compile(r"(?<=[" + regex.escape(STOPS + CLOSERS) + r"])\x20(?:"
                              + "|".join(all_of(CAPTION_TOGGLES)) + r")(?=\x20|$)")
_CAPTION_SPAN = 400  # the longest caption printing read back from its toggle
_CAPTION_OPENING = 30  # characters the two printings of one caption open with alike


def _whole_printings(text: str, start: int, end: int, breaks: list[int]) -> list[int]:
    """``breaks`` less those inside a caption's printing (:func:`caption_printings`), with one
    before and after each: a unit each."""
    printings = caption_printings(text, start, end)
    if not printings:
        return breaks
    out = {i for i in breaks if not any(a <= i < b for a, b in printings)}
    out.update(b for _, b in printings if b < end and text[b] == " ")
    out.update(a - 1 for a, _ in printings if a > start and text[a - 1] == " ")
    return sorted(out)


def caption_printings(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of an expandable caption's two printings in ``text[start:end]`` (a page folded to
    one line): the caption in full up to its toggle, then the caption cut short up to its own, as
    the page prints both for its button to switch between. A printing is told by the next one
    opening as it does (:data:`_CAPTION_OPENING` characters), and each ends with its toggle: the full
    caption starts where the text after its toggle starts again. Each is one unit, whose sentences
    the caption rules read whole.

    >>> s = ("The talks began. Jane Doe, left, and Tom Roe shake hands in Hanoi. They met at noon. less "
    ...      "Jane Doe, left, and Tom Roe shake hands in Hanoi. They... more Photo: AP The talks went on.")
    >>> [s[a:b] for a, b in caption_printings(s, 0, len(s))]
    ['Jane Doe, left, and Tom Roe shake hands in Hanoi. They met at noon. less', \
'Jane Doe, left, and Tom Roe shake hands in Hanoi. They... more']
    >>> caption_printings("Prices rose. Buyers paid more. less Then it ended.", 0, 50)
    []
    """
    toggles = [(m.start(), m.end()) for m in _TOGGLE_AFTER.finditer(text, start, end)]
    out: list[tuple[int, int]] = []
    for (at, stop), (again, again_stop) in itertools.pairwise(toggles):
        opening = text[stop + 1:min(end, stop + 1 + _CAPTION_OPENING)]
        if len(opening) < _CAPTION_OPENING or again - stop > _CAPTION_SPAN:
            continue  # each printing ends with its toggle
        first = text.find(opening, max(start, at - _CAPTION_SPAN), at)
        if first >= 0:
            out.extend(((first, stop), (stop + 1, again_stop)))
    return out


def _space_before(text: str, start: int, pos: int) -> int | None:
    """The offset of the space just before ``pos`` (``None`` at the unit start or after no space)."""
    return pos - 1 if pos > start and text[pos - 1] == " " else None


# What follows a relative date printed as a dateline ("14 hours ago Kenya's parliament"): the
# line's end or a capitalised word; in prose one goes on ("began 10 years ago, when ...").
_STANDS_ALONE = regex.compile(r"$|\x20[\p{Lu}\d]")


def _inside_sentence(text: str, start: int, at: int) -> bool:
    """Whether the words before ``text[at:]`` carry on into it: they end on a word that ends no
    sentence ("on", "of", "since"; not a bracket: "[January 05, 2008]"), and no date prefix
    ("Published on") stands there: a date the sentence holds ("... of Aleppo on July 9 2016 (Photo
    AFP)"), no dateline to cut out of it.

    >>> _inside_sentence("Cars burnt in Aleppo on July 9 2016", 0, 23)
    True
    >>> _inside_sentence("Aid Arrives July 9 2016", 0, 12)
    False
    >>> _inside_sentence("Aid Arrives Published on July 9 2016", 0, 25)
    False
    >>> _inside_sentence("Aid Arrives Written by Jane Doe on July 9 2016", 0, 35)
    False
    """
    before = text[max(start, at - 60):at].rstrip()
    if any(_BY_ALONE.fullmatch(w) for w in before.split()[-_BYLINE_WORDS:]):
        return False  # a byline's day: "Written by Rachael Link, MS, RD on November 14, 2019"
    return (before[-1:].isalpha() and _GOES_ON.search(before) is not None
            and _PREFIX.search(text[max(start, at - 60):at]) is None)


def _head_breaks(text: str, start: int, end: int) -> list[int]:
    """Breaks in the head of a line: around the first date there (after it, and before it when
    words come first: a headline, a wire agency's name), and between a headline printed twice.

    >>> s = "Aid Arrives in Efrin Aid Arrives in Efrin AFP Mon Mar 21, 2016 16:25 Trucks came."
    >>> [s[i + 1:i + 8] for i in _head_breaks(s, 0, len(s))]
    ['Aid Arr', 'AFP Mon', 'Trucks ']
    """
    out: list[int] = []
    dates = [d for d in find_dates(text[start:end]) if d.value is not None or d.ambiguous]
    ago = [d for d in relative_dates(text[start:end]) if _STANDS_ALONE.match(text, start + d.end, end)]
    dates = sorted([*dates[:1], *ago[:1]], key=lambda d: d.start)
    if dates and _inside_sentence(text, start, start + dates[0].start):
        return []  # the line opens with a sentence that holds its first date: no head to cut
    head_end = end
    if dates:
        d = dates[0]
        d_start, d_end = start + d.start, start + d.end
        if text[d_start - 1:d_start] in _OPEN_BRACKETS and text[d_end:d_end + 1] in _CLOSE_BRACKETS and d_end < end:
            d_start, d_end = d_start - 1, d_end + 1  # a date in brackets: "[January 05, 2008] The One to Watch"
        before = text[start:d_start]
        prefix = _PREFIX.search(before)
        if prefix is not None and prefix.start() and not prefix.group()[0].isupper() and ":" not in prefix.group():
            prefix = None  # "Bush predicts Mid East peace date 5 days ago": the headline's word
        cut = d_start if prefix is None else start + prefix.start()
        agency = _AGENCY_BEFORE.search(text, start, cut)
        if agency is not None:
            cut = agency.start() + (text[agency.start()] == " ")
        space = _space_before(text, start, cut)
        if space is not None:
            head_end = _cut_head(text, start, space, out)
        if d_end < end and text[d_end] == " ":
            out.append(d_end)
    else:
        wire = wire_dateline(text, start, end)
        if wire is None:
            wire = _stamp(text, start, end)
        pager = pager_run(text, start, end) if wire is None else None
        if pager is not None:
            wire = pager[0]
            if pager[1] < end:
                out.append(pager[1])
        if wire is not None:
            head_end = _cut_head(text, start, wire, out)
    twice = _twice(text, start, head_end)
    if twice is not None:
        out.append(twice)
    elif head_end == end:  # no words before a date: a headline may follow it, run into the prose
        unit = out[-1] + 1 if out else start
        cut = byline_opening(text, unit, end)
        if cut is None:
            cut = _release_dateline(text, unit, end)
        bar = toolbar_start(text, unit, end) if cut is None else None
        if bar is not None and head_credit(text, unit, bar) is not None:  # the paper's name and its toolbar
            _cut_head(text, unit, bar, out)
            return sorted(out)
        if cut is None:
            cut = title_case_end(text, unit, end)
        if cut is None:
            cut = (_agency_credit(text, unit, end) or _restated_opening(text, unit, end)
                   or article_opening(text, unit, end) or _attributed(text, unit, end))
        if cut is not None:
            out.extend(cut if isinstance(cut, tuple) else (cut,))
    return sorted(out)


# A byline run into the headline before it: "By" and a capitalised name (``By JEFF KAROUB``,
# ``By Jane Doe``); mid-sentence English writes the preposition in lower case.
_BYLINE_WORDS = 10  # words of a byline's names and desk (``SANDRA CHEREB Associated Press Writer``)
# A newsroom's credit after "By" writes its role or desk in lower case too: ``By Staff reports``.
_DESK_WORDS = "|".join(regex.escape(w) for w in sorted({*all_of(AUTHOR_ROLES), *all_of(DESKS)}, key=len, reverse=True))
_BYLINE = regex.compile(r"(?<=\S)\x20By\x20(?=\p{Lu}[\p{L}.'’-]*+\x20(?:\p{Lu}|(?i:" + _DESK_WORDS + r")s?\b))")


# "By" that opens a byline inside a head line: after a sentence-case headline (which writes a
# mid-sentence "by" in lower case), or before a name in capitals ("By HAMZA HENDAWI").
_HEAD_BY = regex.compile(r"(?<=\S)\x20(?:By|BY)\x20(?=\p{Lu})")
_CAPS_NAME = regex.compile(r"\p{Lu}[\p{Lu}.'’-]++\x20\p{Lu}[\p{Lu}.'’-]*+(?:\W|$)")


def _cut_head(text: str, start: int, at: int, out: list[int]) -> int:
    """Break at ``at``, where the head of a line ends (before its date or wire dateline), and
    before a byline between the headline and ``at`` (:func:`_head_byline`); the headline's end."""
    out.append(at)
    byline = _head_byline(text, start, at)
    if byline is None:
        byline = head_credit(text, start, at)
    end = at if byline is None else byline
    kicker = section_label(text, start, end)
    if kicker is None:
        kicker = share_opening(text, start, end)
    if kicker is not None:
        out.append(kicker)
    if byline is None:
        return at
    out.append(byline)
    return byline


_PARTICLES = frozenset(all_of(NAME_PARTICLES))
_KICKER_WORDS = 3  # words of a section's label in lower case: "chaos theory", "world news"


def section_label(text: str, start: int, end: int) -> int | None:
    """The space after a section's label in lower case that opens the head ``text[start:end]``
    of a folded line, before a Title Case headline of four words or more (``chaos theory The
    Hidden Heroines of Chaos``): a headline never opens in lower case; or ``None``.

    >>> s = "chaos theory The Hidden Heroines of Chaos"
    >>> s[section_label(s, 0, len(s)) + 1:]
    'The Hidden Heroines of Chaos'
    >>> section_label("de Blasio Wins the New York Primary", 0, 35) is None  # a name's particle
    True
    >>> section_label("opinion The storm hit the coast", 0, 31) is None  # no Title Case headline after it
    True
    """
    spans = [(m.start(), m.group()) for m in _TOKEN.finditer(text, start, end)]
    k = 0
    while k < len(spans) and k < _KICKER_WORDS + 1 and spans[k][1].isalpha() and spans[k][1].islower():
        k += 1
    if not 1 <= k <= _KICKER_WORDS or spans[0][1] in _PARTICLES:
        return None
    head = [w for _, w in spans[k:]]
    if len(head) < _MIN_HEADLINE or not _opener(head[0]) or not all(
            _capitalised(w) or w.lower() in _SMALL for w in head):
        return None
    at: int = spans[k][0] - 1
    return at


# A share bar's buttons over the headline, run into it on one line (``Email Aussies need doubles
# win at Hopman Cup Posted January 1, 2008``, ``Print Email Council approves the budget ...``): the
# buttons a page sets above its headline, read whole from the line's start (a label of up to
# three words, "Share this", "Email", "Print Email"); the boilerplate step removes them.
_BUTTONS = regex.compile("(?:" + "|".join(all_of(NOISE_LINES[reasons.SHARE])) + ")", regex.IGNORECASE)
_BUTTON_WORDS = 3


def share_opening(text: str, start: int, end: int) -> int | None:
    """The space after a share bar's buttons that open the head ``text[start:end]`` of a folded
    line, before a headline in sentence case of four words or more, or ``None``. A Title Case
    line is left whole: its first word may be the headline's ("Email Scandal Rocks Campaign").

    >>> s = "Email Aussies need doubles win at Hopman Cup"
    >>> s[share_opening(s, 0, len(s)) + 1:]
    'Aussies need doubles win at Hopman Cup'
    >>> s = "Print Email Council approves the budget at last"
    >>> s[share_opening(s, 0, len(s)) + 1:]
    'Council approves the budget at last'
    >>> share_opening("Share prices fall as markets slide", 0, 34) is None  # the headline's own word
    True
    >>> share_opening("Email Scandal Rocks the Campaign", 0, 32) is None  # Title Case: no telling
    True
    """
    spans = list(itertools.islice(_TOKEN.finditer(text, start, end), _MAX_HEADLINE + _BUTTON_WORDS))
    for k in range(min(_BUTTON_WORDS, len(spans) - _MIN_HEADLINE), 0, -1):
        if _BUTTONS.fullmatch(text, spans[0].start(), spans[k - 1].end()) is None:
            continue
        head = [m.group() for m in spans[k:]]
        if not _opener(head[0]) or not any(_lower_word(w) and w not in _SMALL for w in head[1:]):
            continue  # "Share this Council ..." read as one label: the label is shorter
        at: int = spans[k].start() - 1
        return at
    return None


# A page's label that stands on a line of its own between paragraphs, run into the sentence after
# it on a folded line (``Advertisement From the day Schiff ...``, ``View all (4) Rebranded to
# resemble ...``): the navigation and player words the boilerplate step removes as a whole line,
# written out (no wildcard: ``.{0,20}`` would reach into the sentence). One word alone only when
# it is an advertisement's marker: "Next", "Search", "Close" open sentences too.
_FIXED = regex.compile(r"(?<!\\)\.|\\[Swp]|\[\^")
_LABEL = regex.compile("(?:" + "|".join(p for kind in (reasons.NAVIGATION, reasons.PLAYER)
                                        for p in all_of(NOISE_LINES[kind]) if _FIXED.search(p) is None) + ")",
                       regex.IGNORECASE)
_AD_MARKS = frozenset(all_of(AD_MARKS))
_LABEL_WORDS = 8  # words of the longest label: "Media playback is unsupported on your device"
_SENTENCE_WORDS = 12  # words after a label read for the sentence case of the sentence it runs into


def _label_end(spans: list[regex.Match[str]], k: int, text: str) -> int:
    """How many of ``spans[k:]`` make one label (:data:`_LABEL`), longest first; 0 for none."""
    for n in range(min(_LABEL_WORDS, len(spans) - k - 1), 0, -1):
        if _LABEL.fullmatch(text, spans[k].start(), spans[k + n - 1].end()) is None:
            continue
        if n > 1 or spans[k].group().lower() in _AD_MARKS:
            return n
    return 0


def label_openings(text: str, start: int, end: int) -> list[int]:
    """The spaces after the labels that open the unit ``text[start:end]`` of a folded line (one
    or several in a row), when a sentence in sentence case follows them; ``[]`` for none.

    >>> s = "Advertisement Advertisement From the day he returned, his efforts went downhill."
    >>> [s[i + 1:i + 5] for i in label_openings(s, 0, len(s))]
    ['Adve', 'From']
    >>> s = "View all (4) Rebranded to resemble a neutral account, it posted tweets."
    >>> [s[i + 1:i + 5] for i in label_openings(s, 0, len(s))]
    ['Rebr']
    >>> label_openings("Advertisement Standards Authority Rules On Claims", 0, 49)  # Title Case: no telling
    []
    >>> label_openings("Next Tuesday the council will vote on the budget.", 0, 49)  # a word that opens sentences
    []
    >>> label_openings("SIGN UP FOR OUR NEWSLETTER The tweet reads, in full:", 0, 52)  # a longer label
    []
    """
    spans = list(itertools.islice(_TOKEN.finditer(text, start, end), _LABEL_WORDS * 3 + _SENTENCE_WORDS))
    out: list[int] = []
    k = 0
    while k < len(spans):
        n = _label_end(spans, k, text)
        if n == 0:
            break
        k += n
        out.append(spans[k].start() - 1)
    if not out or k >= len(spans):
        return []
    head = [m.group() for m in spans[k:k + _SENTENCE_WORDS]]
    if not _opener(head[0]) or not any(_lower_word(w) and w not in _SMALL for w in head[1:]):
        return []  # a label's word that opens a headline or a name
    label = text[spans[0].start():spans[k - 1].end()]
    if label.isupper() and head[0].isupper() and len(head[0]) > 1:
        return []  # a label in capitals that goes on in capitals: "SIGN UP FOR OUR NEWSLETTER"
    return out


# A share button's label that names its network (``Share this on WhatsApp``, ``Share on Facebook``,
# ``Share via Email``): a line of its own on a page, never words of a sentence (which writes
# "share" in lower case), run in between two units on a folded line.
_SHARE_ON = regex.compile(r"(?<=\x20|^)(?:" + "|".join(all_of(SHARE_LABELS)) + r")(?=\x20|$)", regex.IGNORECASE)


_MIN_SENTENCE_BREAKS = 2
_SHARE_REACH = 300  # characters from a share label to the end of the sentence after it


def share_labels(text: str, start: int, end: int, found: list[int] | None = None) -> list[int]:
    """The spaces around each share button's label that names its network in ``text[start:end]``
    (a run of them, ``Share on Facebook Share on Twitter``, one label after the other). With the
    line's unit breaks ``found``, only a run that a sentence ends soon after (within
    :data:`_SHARE_REACH` characters, or the line's end): a run set over a list or a table is left
    to the list (its pieces hold no prose the filters could tell the article by).

    >>> s = "Calendar 2018 Monday, 22 January 2018 Share this on WhatsApp StockCar Calendar"
    >>> [s[i + 1:i + 7] for i in share_labels(s, 0, len(s))]
    ['Share ', 'StockC']
    >>> share_labels("Users can share on Facebook and Twitter.", 0, 40)
    []
    """
    out: set[int] = set()
    runs: list[tuple[int, int]] = []
    for m in _SHARE_ON.finditer(text, start, end):
        if not m.group()[0].isupper():
            continue  # the verb in a sentence: "Users can share on Facebook"
        if runs and runs[-1][1] + 1 == m.start():
            runs[-1] = (runs[-1][0], m.end())
        else:
            runs.append((m.start(), m.end()))
        out.update(i for i in (m.start() - 1, m.end()) if start < i < end)
    if found is None or not out:
        return sorted(out)
    kept: list[int] = []
    for a, b in runs:
        k = bisect.bisect_right(found, b)
        after = found[k] if k < len(found) else end
        if after - b <= _SHARE_REACH:
            kept.extend(i for i in out if a - 1 <= i <= b)
    return sorted(kept)


def toolbar_start(text: str, start: int, end: int) -> int | None:
    """The space before a share bar that a headline runs into at the head of a folded line
    (``Local biotech researcher dies Print Article Email Article Reprints``): two of its buttons in
    a row, four words or more after the line's start, within :data:`_HEAD` characters; or ``None``.
    One button's word alone may be a headline's ("Print", "Share").

    >>> s = "Local biotech researcher dies Print Article Email Article Reprints RSS Feeds"
    >>> s[toolbar_start(s, 0, len(s)) + 1:][:13]
    'Print Article'
    >>> toolbar_start("Newspaper plans to print more copies Share prices rose", 0, 54) is None
    True
    """
    spans = list(itertools.islice(_TOKEN.finditer(text, start, min(end, start + _HEAD)), _MAX_HEADLINE + 2))

    def button(k: int, n: int) -> bool:  # whether spans[k:k + n] are one button's words
        return k + n <= len(spans) and _BUTTONS.fullmatch(text, spans[k].start(), spans[k + n - 1].end()) is not None

    for k in range(_MIN_HEADLINE, len(spans) - 1):
        if any(button(k, n) and any(button(k + n, m) for m in range(1, _BUTTON_WORDS + 1))
               for n in range(1, _BUTTON_WORDS + 1)):
            at: int = spans[k].start() - 1
            return at
    return None


# A credit that ends the head of a folded line, between the headline and its date: the author's
# names before a dash (``... through one eye Rob Thomas — 1/17/2008``), a wire's name (``... beats
# St. John's 81-65 The Associated Press Published: ...``), or names and the publication they
# write for (``... in 'Reader' Scott Roxborough and Gregg Goldstein The Hollywood Reporter Jan.
# 10, 2008``). A lined page prints these under the headline, on lines of their own.
_CREDIT_DASHES = frozenset("-–—|")
_AUTHOR_BUTTONS = frozenset(all_of(AUTHOR_BUTTONS))  # "Vincent Vallet Follow": an author's card
_NAME_WORD = regex.compile(r"\p{Lu}[\p{L}'’.-]*+")
_NAME_JOINS = frozenset(all_of(NAME_JOINS))
_WIRE_NAMES = tuple(tuple(a.split()) for a in sorted({*AGENCIES, *DATELINE_AGENCIES}, key=len, reverse=True))
_PERSON_WORDS = (2, 3)  # words of one author's name: "Rob Thomas", "Hansa D. Bhargava"
_PUBLICATION_WORDS = 4  # words of a publication after "The": "The Hollywood Reporter"
_PUBLICATIONS = frozenset(all_of(PUBLICATION_WORDS))


def _names_before(words: list[str], end: int) -> int | None:
    """The index where the authors' names that end at ``words[end - 1]`` open (one name of two or
    three capitalised words, or several joined by "and"), or ``None``."""
    k = end
    opened = None
    while True:
        n = 0
        while n < _PERSON_WORDS[1] and k - n - 1 >= 0 and _NAME_WORD.fullmatch(words[k - n - 1]):
            n += 1
        if n < _PERSON_WORDS[0]:
            return opened
        opened = k - n
        if k - n - 1 >= 0 and words[k - n - 1] in _NAME_JOINS:
            k = k - n - 1
            continue
        return opened


def head_credit(text: str, start: int, end: int) -> int | None:
    """The space before a credit that ends the head ``text[start:end]`` of a folded line (the
    text before its date), four words or more of a sentence-case headline before it, or ``None``.
    Names alone are no credit (a headline may end with one: ``Storm batters New Jersey``): they
    need a dash after them, or the publication (``The ...``) after them.

    >>> s = "Film review: Diving viewers see world through one eye Rob Thomas —"
    >>> s[head_credit(s, 0, len(s)) + 1:]
    'Rob Thomas —'
    >>> s = "Dyson ties steals record as UConn beats St. John's 81-65 The Associated Press"
    >>> s[head_credit(s, 0, len(s)) + 1:]
    'The Associated Press'
    >>> s = "Local biotech researcher dies Kansas City Business Journal"
    >>> s[head_credit(s, 0, len(s)) + 1:]
    'Kansas City Business Journal'
    >>> head_credit("Fire damages offices of the Daily Herald", 0, 40) is None  # the headline's own words
    True
    >>> s = "Node.js and CPU profiling on production (in real-time without downtime) Vincent Vallet Follow"
    >>> s[head_credit(s, 0, len(s)) + 1:]
    'Vincent Vallet Follow'
    >>> head_credit("Storm batters New York and New Jersey", 0, 37) is None
    True
    """
    spans = [(m.start(), m.group()) for m in _TOKEN.finditer(text, start, end)]
    words = [w for _, w in spans]
    k = len(words)
    if k and (words[-1] in _CREDIT_DASHES or words[-1] in _AUTHOR_BUTTONS):
        opened = _names_before(words, k - 1)
    else:
        opened = next((k - len(w) for w in _WIRE_NAMES if tuple(words[k - len(w):]) == w), None)
        if opened is not None:
            opened -= opened > 0 and words[opened - 1] == "The"
        elif k and words[-1] in _PUBLICATIONS:  # "... researcher dies Kansas City Business Journal"
            opened = k - 1
            while opened > k - 1 - _PUBLICATION_WORDS and opened > 0 and _NAME_WORD.fullmatch(words[opened - 1]):
                opened -= 1
            opened = None if opened == k - 1 or words[opened - 1].lower() in _SMALL else opened
        else:
            the = next((i for i in range(k - 2, max(-1, k - _PUBLICATION_WORDS - 1), -1) if words[i] == "The"), None)
            if the is None or not all(_NAME_WORD.fullmatch(w) for w in words[the:]):
                return None
            opened = _names_before(words, the)
    if opened is None or opened < _MIN_HEADLINE or _NAME_WORD.fullmatch(words[opened - 1]):
        return None  # no headline before, or one whose capitalised words run into the names
    if not any(_lower_word(w) and w.lower() not in _SMALL for w in words[1:opened]):
        return None  # a Title Case headline: its last words may be the names
    at: int = spans[opened][0] - 1
    return at


def _head_byline(text: str, start: int, end: int) -> int | None:
    """The space before a byline between a headline and the date under it, both run into one
    line (``Andy Murray crashes out By Chris Wilson 14/01/2008``, ``Rice Lauds Iraqi
    Reconciliation Efforts By HAMZA HENDAWI – 18 hours ago``): four words or more before
    ``By``, a name in capitals after it or a headline in sentence case before it (a Title Case
    headline capitalises a mid-sentence "By": ``Man Bitten By Shark Off Maui``).

    >>> s = "Andy Murray crashes out By Chris Wilson"
    >>> s[_head_byline(s, 0, len(s)) + 1:]
    'By Chris Wilson'
    >>> _head_byline("Man Bitten By Shark Off Maui", 0, 28) is None
    True
    """
    m = _HEAD_BY.search(text, start, end)
    if m is None or m.end() >= end:
        return None
    before = text[start:m.start()].split()
    if len(before) < _MIN_HEADLINE:
        return None
    sentence_case = any(_lower_word(w) and w not in _SMALL for w in before[1:])
    if not sentence_case and _CAPS_NAME.match(text, m.end(), end) is None and not _recased(text, m.end(), end):
        return None
    at: int = m.start()
    return at


def _recased(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, after a "By" that a Title Case headline runs into, is no
    part of that headline: it writes a word in lower case that Title Case capitalises, or "by"
    itself (``Babies Who Eat Peanuts Early May Avoid Allergy By Brenda Goodman, MA WebMD Health
    News Reviewed by Hansa D. Bhargava, MD``).

    >>> _recased("Jane Doe Health News Reviewed by John Roe", 0, 41), _recased("Shark Off Maui", 0, 14)
    (True, False)
    >>> _recased("Shark in Maui", 0, 13)  # Title Case keeps its small words in lower case
    False
    """
    return any(_lower_word(w) and (w not in _SMALL or w == "by") for w in text[start:end].split())


# A capitalised date prefix and a digit soon after it: a date stamp whose date may be in a form
# the date finder does not read ("Last updated at 11:25am on 07.01.08").
_STAMP = regex.compile(r"(?<=\S\x20)(?=(?-i:\p{Lu}))(?:" + "|".join(
    regex.escape(p) for p in sorted({*all_of(DATE_PREFIXES), *all_of(UPDATED_PREFIXES)}, key=len, reverse=True))
    + r")\b(?=\x20?:?\x20?(?:(?:on|at)\x20)?\d)", regex.IGNORECASE)


def _after_headline(pattern: regex.Pattern[str], text: str, start: int, end: int) -> regex.Match[str] | None:
    """The first match of ``pattern`` at the head of the folded line ``text[start:end]`` (within
    :data:`_HEAD` characters) with a headline's words before it (:data:`_MIN_HEADLINE` or more),
    or ``None``: where a headline runs into a stamp, a dateline, a byline or a credit.

    >>> _after_headline(regex.compile("AFP"), "Syria bombing kills 16 AFP Strikes", 0, 35).start()
    23
    >>> _after_headline(regex.compile("AFP"), "Syria bombing AFP Strikes", 0, 25) is None
    True
    """
    m = pattern.search(text, start, min(end, start + _HEAD))
    if m is None or len(text[start:m.start()].split()) < _MIN_HEADLINE:
        return None
    return m


def _stamp(text: str, start: int, end: int) -> int | None:
    """The space before a date stamp that a headline runs into at the head of a folded line,
    four words or more after the line's start, or ``None``.

    >>> s = "Big Brother bosses pin hopes on a new host Last updated at 11:25am on 07.01.08 Add your view"
    >>> s[_stamp(s, 0, len(s)) + 1:][:12]
    'Last updated'
    >>> _stamp("Six killed as the bus posted 2 losses", 0, 37) is None
    True
    >>> _stamp("Star Wars Original Cuts Might Get Released for 40th Anniversary", 0, 63) is None
    True
    """
    m = _after_headline(_STAMP, text, start, end)
    if m is None:
        return None
    at: int = m.start() - 1
    return at


# A gallery's or a blog's pager run in after the headline: arrows and their links, then more links
# and bars (``Stricken plane moved from runway « Previous « Previous Next » Next » View Gallery``),
# as the page prints it beside or under its headline.
_PAGER_WORDS = "|".join(regex.escape(w) for w in all_of(PAGER_LINKS))
_PAGER = regex.compile(r"(?<=\S\x20)(?:[«‹]\x20?(?:" + _PAGER_WORDS + r")|(?:" + _PAGER_WORDS + r")\x20?[»›])"
                       r"(?:\x20(?:[«‹»›|]|" + _PAGER_WORDS + r"))*+(?=\x20|$)")
_PAGER_LINK_WORDS = 3  # words of the links a pager prints beside it: "View Gallery", "Back to Gallery"


def pager_run(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The spaces around a pager that a headline runs into at the head of a folded line, four
    words or more after the line's start, with the links after it (up to :data:`_PAGER_LINK_WORDS`
    capitalised words) where a sentence opens after them (the space after it is ``end`` at the
    line's end), or ``None``.

    >>> s = "Stricken plane moved from runway « Previous « Previous Next » Next » View Gallery The jet flew."
    >>> a, b = pager_run(s, 0, len(s))
    >>> s[a + 1:b]
    '« Previous « Previous Next » Next » View Gallery'
    >>> pager_run("Next » Council approves the budget", 0, 34) is None  # no headline before it
    True
    >>> pager_run("The Next Big Thing Is Here at Last", 0, 34) is None  # a word, no arrow
    True
    """
    m = _after_headline(_PAGER, text, start, end)
    if m is None:
        return None
    after = itertools.islice(_TOKEN.finditer(text, m.end(), end), _PAGER_LINK_WORDS + 2)
    spans = [(t.start(), t.group()) for t in after]
    for k in range(min(len(spans) - 1, _PAGER_LINK_WORDS + 1)):  # its other links, up to the prose's first sentence
        if not _capitalised(spans[k][1]):
            break
        if _lower_word(spans[k + 1][1]):
            return m.start() - 1, spans[k][0] - 1 if k else m.end()
    return m.start() - 1, m.end()


# A wire dateline that opens the story after the headline: a place in capitals, then an
# optional region, source in brackets, and a dash (``TBILISI (Thomson Financial) - The``,
# ``LAS VEGAS - O.J. Simpson``, ``JAKARTA, Indonesia — Doctors``); a place in any case (one
# name: ``St. Louis``, ``New Delhi``) with a region and a source (``Montreal, QC (Sports
# Network) - The``) or with a news agency (``New Delhi (PTI): Congress``), or the source alone
# (``... a trip to New York (Sports Network) - The``). After a source in brackets, a colon may
# stand for the dash. Initials are no place (``... Underneath N.Y.C. - The New York Times``: a
# page title and its site's name).
# Letters of a place in capitals that stands alone before its dash (``BEIRUT -``): shorter ones
# are read as an acronym ending the headline (``NATO -``, ``FIFA -``) unless a region or a
# source in brackets comes with them (``ROME (Reuters) -``).
_SHORT_PLACE = 5
_PLACE = r"(?:(?:" + "|".join(map(regex.escape, all_of(PLACE_OPENINGS))) + r")\x20)?\p{Lu}\p{Ll}[\p{L}'’-]*+"
_SOURCE = r"\([^()\n]{2,40}\)\x20?(?::|(?=\x20))"
_WIRE = regex.compile(
    r"(?<=\S\x20)(?:(?:\p{Lu}{2}[\p{Lu}.'’-]*+(?:\x20\p{Lu}[\p{Lu}.'’-]++){0,3}"
    r"(?:,\x20\p{Lu}[\p{L}.]*+(?:\x20\p{Lu}[\p{L}.]*+){0,2})?\x20(?:" + _SOURCE + r"\x20)?"
    r"|" + _PLACE + r",\x20\p{Lu}[\p{L}.]*+\x20" + _SOURCE + r"\x20"
    r"|(?<=\p{Ll}\x20)\(\p{Lu}[^()\n]{1,40}\)\x20)[-–—]{1,2}"
    r"|" + _PLACE + r"\x20\((?:" + "|".join(regex.escape(a) for a in AGENCIES) + r")\):)\x20(?=[\"“]?[\p{Lu}\d])")


# A press release's dateline, as the release wires print it: a place in capitals, then the wire
# between double dashes (``LAS VEGAS --(Business Wire)-- Today``, ``NEW YORK--(BUSINESS WIRE)--``).
_RELEASE = regex.compile(r"(?<=\S\x20)\p{Lu}{2}[\p{Lu}.'’]*+(?:[\x20-]\p{Lu}[\p{Lu}.'’]*+){0,3}"
                         r"(?:,\x20\p{Lu}[\p{L}.]*+(?:\x20\p{Lu}[\p{L}.]*+){0,2})?\x20?--\([^()\n]{2,40}\)--")
_OPEN_BRACKETS = frozenset("[(")
_CLOSE_BRACKETS = frozenset("])")


def _release_dateline(text: str, start: int, end: int) -> int | None:
    """The space before a press release's dateline that a headline runs into at the head of a
    folded line, four words or more after the line's start, or ``None``.

    >>> s = "Acme Unveils a New Remote LAS VEGAS --(Business Wire)-- Today Acme showed a remote."
    >>> s[_release_dateline(s, 0, len(s)) + 1:][:9]
    'LAS VEGAS'
    >>> _release_dateline("Acme Unveils a New Remote in LAS VEGAS today", 0, 44) is None
    True
    """
    m = _after_headline(_RELEASE, text, start, end)
    if m is None:
        return None
    at: int = m.start() - 1
    return at


def wire_dateline(text: str, start: int, end: int) -> int | None:
    """The space before a wire dateline that a headline runs into at the head of a folded line,
    four words or more after the line's start, or ``None``.

    >>> s = "Georgian opposition threatens mass demo TBILISI (Thomson Financial) - The opposition met."
    >>> s[wire_dateline(s, 0, len(s)) + 1:][:9]
    'TBILISI ('
    >>> s = "Alouettes add two to coaching staff Montreal, QC (Sports Network) - The club named two."
    >>> s[wire_dateline(s, 0, len(s)) + 1:][:9]
    'Montreal,'
    >>> wire_dateline("NHL - Recaps - Legace, McDonald help Blues", 0, 42) is None
    True
    >>> wire_dateline("How Winter Wreaks Havoc on What Is Underneath N.Y.C. - The New York Times", 0, 75) is None
    True
    >>> wire_dateline("Rebels claim ship attacks By Tom Ashby ABUJA, Jan 10 (Reuters) - A group said.", 0, 80) is None
    True
    """
    for m in _WIRE.finditer(text, start, min(end, start + _HEAD)):
        before = text[start:m.start()].split()
        if len(before) < _MIN_HEADLINE or before[-1].lower() == "by":  # "By AHMED MOHAMED - AP": a byline
            continue
        place = m.group().split()
        if len(place) == 2 and len(place[0]) < _SHORT_PLACE:
            continue  # "... new NATO - The plan": an acronym ends the headline; a place comes with more
        at: int = m.start() - 1
        return at
    return None


def byline_opening(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The spaces around a byline that a headline runs into at the head of a folded line
    (``'Surge' Makes Annual Banned-Words List By JEFF KAROUB (AP) Resist the urge ...``): before
    ``By``, four words or more after the line's start, and before the prose, the first capitalised
    word followed by a lower-case one after the byline's names; ``None`` without both.

    >>> s = "Bush declares flooded Nev. town disaster By SANDRA CHEREB Associated Press Writer The town was hit."
    >>> [s[i + 1:i + 8] for i in byline_opening(s, 0, len(s))]
    ['By SAND', 'The tow']
    >>> s = "Voters, candidates come out to polls By Staff reports - Updates today at the site"
    >>> [s[i + 1:i + 8] for i in byline_opening(s, 0, len(s))]
    ['By Staf', 'Updates']
    >>> byline_opening("Written By Jane Doe, the book sold well.", 0, 40) is None
    True
    >>> byline_opening("Short Title By Jane Doe The town was hit.", 0, 41) is None  # three words
    True
    """
    m = _after_headline(_BYLINE, text, start, end)
    if m is None:
        return None
    spans = [(t.start(), t.group()) for t in itertools.islice(_TOKEN.finditer(text, m.end(), end), _BYLINE_WORDS + 3)]
    for k in range(2, len(spans) - 2):  # the byline's names and desk, up to the prose's first sentence
        word = spans[k][1]
        if _lower_word(word) and word not in ("and", "of"):
            break
        if word[:1].isupper() and _lower_word(spans[k + 1][1]):
            return m.start(), spans[k][0] - 1
    return None  # no end found: a byline cut from the headline alone would take the prose with it


def _agency_credit(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The spaces around a wire agency's name that stands between a headline and its story
    (``Syria bombing kills 16 in Aleppo AFP Syrian government air strikes ...``).

    >>> s = "Syria bombing kills 16 in Aleppo AFP Syrian government air strikes killed 16."
    >>> [s[i + 1:i + 8] for i in _agency_credit(s, 0, len(s))]
    ['AFP Syr', 'Syrian ']
    """
    m = _after_headline(_AGENCY_WORD, text, start, end)
    if m is None or m.end() >= end:
        return None
    if text[m.start() - 1] != " " or text[m.end()] != " " or not _capitalised(text[m.end() + 1:m.end() + 2]):
        return None
    return m.start() - 1, m.end()


def _restated_opening(text: str, start: int, end: int) -> int | None:
    """The space before a sentence that opens with the first words of the headline run into it
    (``US-backed Syrian fighters pressing IS gunmen in north US-backed Syrian fighters are ...``).

    >>> s = "US-backed Syrian fighters pressing IS gunmen US-backed Syrian fighters are pushing ahead."
    >>> s[_restated_opening(s, 0, len(s)) + 1:][:20]
    'US-backed Syrian fig'
    """
    spans: list[tuple[int, int]] = [(m.start(), m.end()) for m in _TOKEN.finditer(text, start, min(end, start + _HEAD))]
    words = [text[a:b].lower() for a, b in spans]
    k = _RESTATED_WORDS
    if len(words) < 2 * k + 1 or not _capitalised(text[spans[0][0]:spans[0][1]]):
        return None
    opening = words[:k]
    if sum(w not in _SMALL for w in opening) < k - 1:
        return None  # "the the the" says nothing of a headline
    for i in range(_MIN_HEADLINE, min(len(words) - k, _MAX_HEADLINE) + 1):
        if words[i:i + k] == opening and _opener(text[spans[i][0]:spans[i][1]]):
            return spans[i][0] - 1
    return None


def _twice(text: str, start: int, end: int) -> int | None:
    """The space between two copies of one headline that make up ``text[start:end]``."""
    n = end - start
    if n < 7 or n % 2 == 0:
        return None
    mid = start + n // 2
    if text[mid] == " " and text[start:mid] == text[mid + 1:end]:
        return mid
    return None


# Lower-case words a Title Case headline keeps small: "Six Killed in Aleppo as Evacuation of Towns Resumes".
_SMALL = frozenset(all_of(SMALL_WORDS))
# The source a wire headline names at its end, after a colon that folding may lose
# ("Strike kills 15 in Syria's Idlib: monitor", "... kills 18: state TV").
_ATTRIBUTION = regex.compile(r"(?<=\w)\s(?::\s)?(?i:" + "|".join(p for ps in HEADLINE_SOURCES.values() for p in ps)
                             + r")(?P<end>\s)(?=[\p{Lu}\d\"“])")
_ARTICLES = frozenset(a.capitalize() for a in all_of(ARTICLES))  # "The", as a sentence or a headline opens
_RESTATED_WORDS = 3  # words of a headline's opening that its story's first sentence repeats
_OPENING_WORDS = 3  # capitalised words a sentence may open with before its first lower-case one
_MIN_HEADLINE = 4  # words of the shortest headline told apart by its case
_MAX_HEADLINE = 25


def _capitalised(word: str) -> bool:
    """A word a Title Case headline capitalises: upper-case first letter or a number
    (``al-Abdah`` counts by its part after the particle)."""
    word = word.lstrip("\"'“‘(")
    return bool(word) and (word[0].isupper() or word[0].isdigit()
                           or ("-" in word and word.split("-", 1)[1][:1].isupper()))


def _opener(word: str) -> bool:
    """A word that can open a sentence: upper-case first letter or a number (a name led by a
    lower-case particle, ``al-Abdah``, cannot)."""
    word = word.lstrip("\"'“‘(")
    return bool(word) and (word[0].isupper() or word[0].isdigit())


def article_opening(text: str, start: int, end: int) -> int | None:
    """The space before a capitalised article (``A``, ``An``, ``The``) that opens the sentence a
    sentence-case headline runs into (``Bombing of bus convoy kills dozens outside Aleppo A bomb
    blast hit ...``): mid-sentence, English writes these in lower case.

    >>> s = "Bombing of bus convoy kills dozens outside Aleppo A bomb blast hit a bus convoy."
    >>> s[article_opening(s, 0, len(s)) + 1:][:12]
    'A bomb blast'
    """
    spans: list[tuple[int, int]] = [(m.start(), m.end()) for m in _TOKEN.finditer(text, start, min(end, start + _HEAD))]
    words = [text[a:b] for a, b in spans]
    for i in range(_MIN_HEADLINE, min(len(words) - 2, _MAX_HEADLINE + 1)):
        prev = words[i - 1]
        if words[i] in _ARTICLES and prev.lower() not in _SMALL and prev[-1:].isalnum():
            return spans[i][0] - 1
    return None


def _attributed(text: str, start: int, end: int) -> int | None:
    """The space after the source that ends a wire headline (``... in Syria Monitor Air
    strikes by the coalition killed ...``): four words or more before it.

    >>> s = "Strike kills 15 in Syrias Idlib Monitor An air strike killed 15 civilians."
    >>> s[_attributed(s, 0, len(s)) + 1:][:9]
    'An air st'
    """
    m = _ATTRIBUTION.search(text, start, min(end, start + _HEAD))
    if m is None or len(text[start:m.start()].split()) < _MIN_HEADLINE:
        return None
    at: int = m.start("end")
    return at


def title_case_end(text: str, start: int, end: int) -> int | None:
    """The space that ends a Title Case headline run into the sentence after it (no stop
    between them, as when a page or an article is folded to one line), or ``None``.

    The headline is the run of capitalised words (and small words) up to the first lower-case
    word of the sentence; the sentence opens with the capitalised word right before it (or
    before a small word that precedes it), the headline's last word being capitalised too.

    >>> s = "Six Killed in Aleppo Bombing as Evacuation of 4 Syrian Towns Resumes Six people were killed."
    >>> s[:title_case_end(s, 0, len(s))]
    'Six Killed in Aleppo Bombing as Evacuation of 4 Syrian Towns Resumes'
    >>> title_case_end("Troops advanced on the town. Six were killed.", 0, 45) is None
    True
    """
    spans: list[tuple[int, int]] = [(m.start(), m.end()) for m in _TOKEN.finditer(text, start, end)]
    words = [text[a:b] for a, b in spans[:_MAX_HEADLINE + 3]]
    j = 0
    while j < len(words) and (_capitalised(words[j]) or words[j].lower() in _SMALL):
        j += 1
    if j >= len(words) or not words[j][0].islower():
        return None  # the run ends at a stop or a mark, not in a sentence's lower-case words
    i = j - 1
    while i > 0 and words[i].lower() in _SMALL and not _capitalised(words[i]):
        i -= 1  # "Activists in Idlib province": the sentence opens before its small words
    if i < _MIN_HEADLINE or i > _MAX_HEADLINE or not _opener(words[i]) or not _capitalised(words[i - 1]):
        return None
    if words[i - 1].lower() in _SMALL or j - i > _OPENING_WORDS:
        return None
    for k in range(i - 1, max(_MIN_HEADLINE, i - 4) - 1, -1):
        if words[k] in _ARTICLES and _capitalised(words[k - 1]) and words[k - 1].lower() not in _SMALL:
            i = k  # "... on Rural Aleppo The Syrian National Coalition said": the sentence opens at "The"
            break
    if _named_after_label(words, i):
        i -= 1  # "... FOOTBALL LEAGUE ONE Matthew Spring's free-kick": the sentence opens at the name
    head = words[:i]
    if sum(_capitalised(w) for w in head) < _MIN_HEADLINE - 1 or not all(
            _capitalised(w) or w.lower() in _SMALL for w in head):
        return None
    return spans[i][0] - 1


def _capitals(word: str) -> bool:
    """A word written in capitals, two letters or more (``LEAGUE``, ``U.S.``)."""
    return word.isupper() and sum(c.isalpha() for c in word) > 1


def _named_after_label(words: list[str], i: int) -> bool:
    """Whether the sentence that opens at ``words[i]`` (a capitalised word right before its first
    lower-case one) opens one word earlier, at a name in mixed case after a label in capitals: a
    headline run on into its section's or competition's label (``Port Vale 1 Luton 2 FOOTBALL
    LEAGUE ONE``) and then into a sentence that opens with a person's name (``Matthew Spring's
    free-kick ruined ...``). Words in capitals end a headline as a label does; the sentence is
    written in mixed case, its opening name too, so the case changes where the sentence opens.

    >>> w = "Vale 1 Luton 2 FOOTBALL LEAGUE ONE Matthew Spring's free-kick ruined".split()
    >>> _named_after_label(w, 8), _named_after_label("Storm Hits Coast Ann Lee's roof fell".split(), 4)
    (True, False)
    """
    if i - 3 < _MIN_HEADLINE:
        return False
    name = words[i - 1]
    return (name[:1].isupper() and not _capitals(name) and name.isalpha()
            and _capitals(words[i - 2]) and _capitals(words[i - 3]))


# Words of a run of capitalised words (a menu, a headline, a byline) before a sentence opens.
_RUN_WORDS = 6
_RUN_SHARE = 0.75


def _lower_word(word: str) -> bool:
    return word[:1].islower()


def run_ends(text: str, start: int, end: int) -> list[int]:
    """The spaces before sentences that open right after a run of capitalised words in
    ``text[start:end]``: a page folded to one line runs its menu, headline and byline into the
    first sentence (``Home World Politics Sport Council Approves Budget The council approved
    ...``). A sentence opens at a capitalised word followed by two lower-case ones, after six
    words or more of which three quarters are capitalised (a name inside prose has lower-case
    words before it).

    >>> s = "Home World Politics Sport Council Approves Budget The council approved the budget."
    >>> [s[i + 1:i + 12] for i in run_ends(s, 0, len(s))]
    ['The council']
    >>> run_ends("He met with Prime Minister Theresa May said on Monday.", 0, 54)
    []
    """
    out: list[int] = []
    words = span_tokens(text, start, end)
    if len(words) < _RUN_WORDS + 3:
        return out  # a sentence opens after six words, and two follow its first
    lower = [w[0].islower() for w in words]
    at, after = 0, start  # the next word to locate, and where its search starts (see layout.folded._token_start)
    run_start, capitals = 0, 0
    for i, word in enumerate(words):
        n = i - run_start
        if (n >= _RUN_WORDS and capitals >= _RUN_SHARE * n and i + 2 < len(words) and lower[i + 1]
                and lower[i + 2] and not lower[i - 1] and word[0].isupper()):
            while at <= i:  # the words are located in order, each once
                pos = text.find(words[at], after)
                after = pos + len(words[at])
                at += 1
            if text[pos - 1] == " ":
                out.append(pos - 1)
                run_start, capitals = i, 0
        if lower[i]:
            if n >= _RUN_WORDS and capitals < _RUN_SHARE * n:
                run_start, capitals = i + 1, 0  # prose: a run may start again further on
            continue
        capitals += word[0].isupper()
    return out


def unit_breaks(text: str, start: int, end: int) -> list[int]:
    """Offsets of the spaces in the line ``text[start:end]`` that part its units, in order.

    >>> s = 'Body one. Body two. string(12) "[{"a":"b c"}]"'
    >>> [s[i + 1:i + 6] for i in unit_breaks(s, 0, len(s))]
    ['Body ', 'strin']
    """
    return _units(text, start, end)[0]


# A slide's counter: "2/50", "Image 3 of 8".
# The labels are written capitalised here ("Image 3 of 8"): a lower-case "photo 3 of 8" is prose.
_COUNTER = regex.compile(r"(?<=\x20)(?:(?:" + "|".join(label.capitalize() for label in all_of(COUNTER_LABELS))
                         + r")\x20)?(\d{1,3})\x20?(?:/|" + "|".join(all_of(COUNTER_LINKS)) + r")\x20?(\d{1,3})(?=\x20)")
_MIN_SLIDES = 3


def slide_counters(text: str, start: int, end: int) -> list[int]:
    """The spaces before the counters of a slideshow run into the line ``text[start:end]``:
    three counters or more with one total and rising numbers (``... 1/50 United goin down
    ... GETTY IMAGES 2/50 Star Wars boosts economy ...``), which the lined page prints at the
    head of each slide's lines.

    >>> s = "Deals in pictures 1/5 Rates fall Banks cut. AP 2/5 Shares rise They did. 3/5 Oil drops Yes."
    >>> [s[i + 1:i + 4] for i in slide_counters(s, 0, len(s))]
    ['1/5', '2/5', '3/5']
    >>> slide_counters("Mix 1/2 cup flour, 1/2 cup milk and 3/4 cup sugar.", 0, 51)
    []
    """
    out: list[int] = []
    chain: list[int] = []
    last = (0, 0)
    for m in _COUNTER.finditer(text, start, end):
        number, total = int(m.group(1)), int(m.group(2))
        if not 0 < number <= total or total < _MIN_SLIDES:
            continue
        if total != last[1] or number <= last[0]:
            if len(chain) >= _MIN_SLIDES:
                out.extend(chain)
            chain = []
        chain.append(m.start() - 1)
        last = (number, total)
    if len(chain) >= _MIN_SLIDES:
        out.extend(chain)
    return out


# A gallery's close run into the line: its last slide's counter, then the link back to the page
# (``... Photo: Jane Doe, AP Mayor Quits 1 / 8 Back to Gallery HANOI, Vietnam (AP) — ...``), which
# the lined page prints as lines of their own between the gallery and the article.
_GALLERY_EXIT = regex.compile(r"(?<=\x20)\d{1,3}\x20?(?:/|" + "|".join(all_of(COUNTER_LINKS)) + r")\x20?\d{1,3}\x20(?i:"
                              + "|".join(regex.escape(e) for e in all_of(GALLERY_EXITS)) + r")(?=\x20|$)")


def gallery_exits(text: str, start: int, end: int) -> list[int]:
    """The spaces around a gallery's close in the line ``text[start:end]``: before its counter and
    after its link back, so the gallery's lines, the close and the article part.

    >>> s = "Photo: Jane Doe, AP Mayor Quits 1 / 8 Back to Gallery HANOI (AP) — The mayor quit."
    >>> [s[i + 1:i + 6] for i in gallery_exits(s, 0, len(s))]
    ['1 / 8', 'HANOI']
    >>> gallery_exits("Turn to page 1 of 8 back to front.", 0, 34)
    []
    """
    out: list[int] = []
    for m in _GALLERY_EXIT.finditer(text, start, end):
        out.append(m.start() - 1)
        if m.end() < end:
            out.append(m.end())
    return out


def _blob_stop(text: str, start: int, end: int) -> tuple[int, bool]:
    """Where the units of the line ``text[start:end]`` stop: at the start of the token a blob
    opens in (the blob runs to the line's end, and the line is cut only at a space:
    ``x=[{"id": 1}]``, ``\ufffdstring(99) "``), or at the line's end; and whether a blob opens.

    >>> s = 'Body one. Body two. x=[{"a": 1}]'
    >>> s[_blob_stop(s, 0, len(s))[0]:]
    'x=[{"a": 1}]'
    """
    blob = _BLOB.search(text, start, end)
    if blob is None:
        return end, False
    return max(start, text.rfind(" ", start, blob.start()) + 1), True


def _article(text: str, start: int, stop: int, found: list[int]) -> FoldedPage | None:
    """The article of a folded page in the line ``text[start:stop]`` (up to a blob: its text is
    no page's, and the blobs step removes it), cut at the breaks ``found``."""
    if stop <= start:
        return None
    return find_article(text, start, stop, [start, *(i + 1 for i in found if i + 1 < stop)])


# Links to the site's previous and next articles that close the article (``... in the future. -
# Next Auto News 2020 Mini JCW GP is ...``): on a lined page a line of its own, which the
# paragraphs step reads as the article's end; the other article's headline and teaser follow it.
_NEXT_LINK = regex.compile(r"(?<=[" + regex.escape(STOPS) + "][" + regex.escape(CLOSERS) + r"]{0,3}+\x20)"
                           r"[-–—|•«»<>]?+\x20?+(?:" + "|".join(p for ps in NEXT_ARTICLE.values() for p in ps)
                           + r")(?:\x20?[-–—|•«»<>:])?+(?=\x20[\"“‘(\[]?+(?-i:[\p{Lu}\d]))", regex.IGNORECASE)


def next_links(text: str, start: int, end: int) -> list[int]:
    """The spaces around each link to the previous or next article in ``text[start:end]`` that
    follows a sentence's end, before the other article's headline.

    >>> s = "It may arrive in the future. - Next Auto News 2020 Mini JCW GP is a 300HP monster hatch"
    >>> [s[i + 1:i + 8] for i in next_links(s, 0, len(s))]
    ['- Next ', '2020 Mi']
    >>> s = "The vote is set. Previous Post - Council approves the budget"
    >>> [s[i + 1:i + 8] for i in next_links(s, 0, len(s))]
    ['Previou', 'Council']
    >>> next_links("It ended. Next year's story will be told by others.", 0, 51)
    []
    """
    out = []
    for m in _NEXT_LINK.finditer(text, start, end):
        out += [m.start() - 1, m.end()]
    return out


# A tags heading that closes the article with its list of keywords run on after it (AP's ``Topics
# Business , General news , Government and politics``, a blog's ``Tags: budget, council, buses``):
# a heading and a list on lines of their own on the page, which the paragraphs step reads as the
# article's end. The heading is capitalised; the list is told from a sentence by the heading's colon
# or bar, or by its links: ``get_text(" ")`` sets a space before the comma after each one.
_TAGS_HEADING = regex.compile(r"(?<=\x20)(?=(?-i:\p{Lu}))(?:" + "|".join(all_of(SECTION_HEADINGS[reasons.TAGS]))
                              + r")(?P<mark>:|\x20\|)?+(?=\x20)", regex.IGNORECASE)
_TAG_COMMAS = 3  # commas of a list of keywords after a heading's colon
_LINK_COMMAS = 2  # commas after a space (each keyword a link) of a list of keywords
_TAG_REACH = 200  # characters after the heading read for them
_LIST_END = regex.compile(r"[.!?](?:\s|$)")


def tag_lists(text: str, start: int, end: int) -> list[int]:
    """The spaces around each tags heading in ``text[start:end]`` that a list of keywords follows
    within :data:`_TAG_REACH` characters, before any sentence stop.

    >>> s = "Clegg now works for Facebook. Topics Business , General news , Politics , Brexit"
    >>> [s[i + 1:i + 9] for i in tag_lists(s, 0, len(s))]
    ['Topics B', 'Business']
    >>> s = "The buses run from June. Tags: budget, council, buses, city hall"
    >>> [s[i + 1:i + 9] for i in tag_lists(s, 0, len(s))]
    ['Tags: bu', 'budget, ']
    >>> tag_lists("The topics were many. Topics differ, they say, and so, it seems, do the answers.", 0, 80)
    []
    """
    out = []
    for m in _TAGS_HEADING.finditer(text, start, end):
        after = text[m.end():min(end, m.end() + _TAG_REACH)]
        stop = _LIST_END.search(after)
        listed = after if stop is None else after[:stop.start()]
        if (m.group("mark") and listed.count(",") >= _TAG_COMMAS) or listed.count(" ,") >= _LINK_COMMAS:
            out += [m.start() - 1, m.end()]
    return out


# A copyright notice after a sentence: "... against mosquito bites. © 2019 Associated Press." (the
# sign opens no sentence the sentence finder reads).
_NOTICE = regex.compile(r"(?<=[.!?][\"'”’)\]]?)\x20(?=©)")
_NOTICE_AT = regex.compile(r"\x20(?=©)")  # where one may start


# A rule drawn with underscores that parts the story from what follows it (AP's "___" before its
# credits and coverage links, a blog's "______" before the author's note): a line of its own on a
# page, run in between two units on a folded line.
_RULE = regex.compile(r"(?<=\x20)_{3,}+(?=\x20|$)")


def rule_breaks(text: str, start: int, end: int) -> list[int]:
    """Offsets of the spaces around each rule of underscores inside ``text[start:end]``.

    >>> s = "Clegg now works for Facebook. ___ Follow AP's coverage at https://apnews.com/Brexit"
    >>> [s[i + 1:i + 7] for i in rule_breaks(s, 0, len(s))]
    ['___ Fo', 'Follow']
    >>> rule_breaks("a snake_case name and __init__ stay", 0, 35)
    []
    """
    out = []
    for m in _RULE.finditer(text, start, end):
        out.append(m.start() - 1)
        if m.end() < end:
            out.append(m.end())
    return out


def _units(text: str, start: int, end: int) -> tuple[list[int], bool, int]:
    """:func:`unit_breaks`, whether the line shows a page's structure besides its sentences (a
    dateline or headline at its head, a run of menu words, a blob), and where a blob opens
    (:func:`_blob_stop`)."""
    stop, blob = _blob_stop(text, start, end)
    out = sentence_breaks(text, start, stop)
    first = out[0] if out else stop
    head = _head_breaks(text, start, min(first, start + _HEAD))
    if not head and out and caption_unit(text[start:first]):  # the top picture's caption over the headline
        second = out[1] if len(out) > 1 else stop
        head = _head_breaks(text, first + 1, min(second, first + 1 + _HEAD))
    runs: list[int] = []
    for a, b in itertools.pairwise([start - 1, *out, stop]):
        runs.extend(run_ends(text, a + 1, b))
    slides = slide_counters(text, start, stop) + gallery_exits(text, start, stop)
    # a related-links heading that closes the article: in the line's last part (one that more of
    # the line follows is a box beside the article, a sidebar's "Most Read" run in before it)
    tail = stop - (stop - start) // _END_SHARE
    headed = [h for a in [start - 1, *out] if a + 1 >= tail and (h := end_heading(text, a + 1, stop)) is not None]
    headed += next_links(text, tail, stop) + tag_lists(text, tail, stop)
    notices = [m.start() for m in _matches_at(_NOTICE, _NOTICE_AT, text, start, stop)]
    rules = rule_breaks(text, start, stop) if "___" in text[start:stop] else []
    labels = [i for a, b in itertools.pairwise([start - 1, *out, stop]) for i in label_openings(text, a + 1, b)]
    structured = bool(head or runs or blob or slides or headed or rules or labels)
    out = _whole_printings(text, start, stop, sorted(set(out).union(head, runs, slides, headed, notices, rules,
                                                                     labels)))
    if blob:
        space = _space_before(text, start, stop)
        if space is not None and (not out or out[-1] != space):
            out.append(space)
    return out, structured, stop


class _Read:
    """The units of the long lines of one text (:func:`_units`), each line read once: the
    segment step reads a long line for a page folded to a few lines first
    (:func:`_folded_lines`), then, where the lines hold none, each line for a page of its own
    (:func:`_line_cuts`), and the second reading is the first's.

    >>> read = _Read("Home News Sport. The council met. It voted.")
    >>> read.units(0, 43) is read.units(0, 43), read.units(0, 43)[0]
    (True, [16, 33])
    """

    __slots__ = ("_seen", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._seen: dict[tuple[int, int], tuple[list[int], bool, int]] = {}

    def units(self, start: int, end: int) -> tuple[list[int], bool, int]:
        """:func:`_units` of ``text[start:end]``, read once (callers do not change the list)."""
        got = self._seen.get((start, end))
        if got is None:
            got = self._seen[start, end] = _units(self.text, start, end)
        return got


# Lines cut at every tag (``get_text("\\n")``): a line that goes on past its end ("written by" ends
# with "by", one of the small words). Searched from the line's end (REVERSE: the same lines match, as
# the pattern has no possessive parts), since a forward search tries the alternation of small words
# at every position of the line.
_GOES_ON = regex.compile(r"[,(\[“‘]$|(?i:\b(?:" + "|".join(regex.escape(w) for w in sorted(_SMALL)) + r"))$",
                         regex.REVERSE)
_CONTINUES = regex.compile(r"^(?:[,.;:!?)\]’”%]|(?P<lower>\p{Ll}))")
# A line that opens with a key of serialized data: ``"headline": "Budget Passes"``, ``{"@type": "Person",``
# (not a quoted word and a colon inside a sentence: ``composed of "characters": it's``).
_DATA = regex.compile(r'[{\[,\s]*+"[^"\n]{1,80}+"\s*+:')
# A line of markup leaked into the text: one that opens with a tag, a comment or a declaration
# (``<script type="application/ld+json">{...``, ``</div>``, ``<!-- ad -->``, ``<?xml``), or ends
# with a tag (``Morag Lindsay</a>``). A tag cuts no sentence of such a line: get_text leaves no tag
# in the text, so the line is the page's source scraped as text (a script, a widget), never prose.
# A tag's name ends at a space, a slash or its ">": an address in angle brackets is no tag
# (``<bkuhn@ebb.org>``), nor a path (``#include <std/disclaimer.h>``).
_MARKUP_OPENS = regex.compile(r"<(?:[!?/]?+[^\W\d_][\w:-]*+(?=\s|/?>|$)|!--|!\[CDATA\[)")
_MARKUP_ENDS = regex.compile(r"<[!?/]?+[^\W\d_][\w:-]*+(?:\s[^<>]*+|/)?>$")
# A line that ends a sentence, a clause (";") or a script's block ("{", "}") leaves nothing open; an
# ellipsis does (a link's text cut short: "Read the full story…" goes on in the next node).
_LINE_STOPS = ".!?;{}"
_CUT_WORDS = 3  # words of a line that a lower-case line carries on (fewer: a list of tags, a menu)
# Lines cut at every tag are told by lines that open with a comma or a stop (the rest of a
# sentence after a link: ", officials said."), which no writer and no layout-keeping scraper
# starts a line with (a removal can set one under a line it does not carry on: see below).
_PUNCT_OPEN = regex.compile(r"[,.;:)\]](?=[ \t]|$)")
_MIN_PUNCT_OPENS = 2
# A text already joined (or laid out by a scraper that keeps lines, html_text) shows the same
# cuts inside its lines: a space before a comma or a stop (``the town , officials said``). Where
# these outnumber the lines that open with one, the text is not cut at every tag: a second
# cleaning of a joined text (whose removals may set two lines side by side anew) joins nothing.
# A spaced ellipsis (``Then Again . . .``) is no cut.
_PUNCT_INSIDE = regex.compile(r"(?<=[^\s.])[ \t][,.;:)\]](?=[ \t]|$)(?![ \t]\.)")
# ... and by how many of its lines carry on into the next line.
_MIN_JOINS = 3
# ... or by a link's text set on a line of its own inside a sentence: a short line that carries on
# the words before it and is carried on by the words after it, both cuts between letters (three
# words or more on each side, twelve in all: a list of icon names, ``icon chevron left`` / ``icon
# chevron right``, is no sentence)
# (``the Chinese Ministry of State Security intelligence service`` / ``masters`` / ``are proving
# unable``). A scraper that keeps lines breaks a sentence at its width, never around one word; a
# list of short lines (votes, menu items) has no lower-case word that carries on a line.
_LINK_WORDS = 4
_LINK_SIDES = 12  # words of the lines on both sides, each three or more
_MIN_LINKS = 3
_ENDS_IN_LETTER = regex.compile(r"\p{L}$")
# ... or by a text node's own line breaks, which get_text keeps inside the node with the source's
# spaces beside them (``sed do eiusmod`` / ``        tempor incididunt``, ``on social media, `` /
# ``show Nigerian actress``), where ``strip=True`` leaves none at a node's ends: lines that carry
# on the line above across a break with a space or tab beside it, where fewer than half the
# breaks have one (the others part the nodes; a page folded by ``get_text(" ")`` keeps only the
# nodes' own breaks, and what it holds is segment's to cut).
_BLANKS = " \t"
_MIN_WRAPS = 3
_WRAP_SHARE = 0.5
_OPENS_LOWER = regex.compile(r"\p{Ll}")


# A line that is the byline's opening word alone: the byline starts there (its names follow it);
# what stands above it (a headline, a date) is a unit of its own.
_BY_ALONE = regex.compile(r"(?i:by|written by)")


def _markup_end(line: str) -> bool:
    """Whether ``line`` ends with a tag (read from its last ``<``: linear in the line).

    >>> _markup_end("Morag Lindsay</a>"), _markup_end('<img src="a.png"/>'), _markup_end("if a < b then c >")
    (True, True, False)
    >>> _markup_end("Write to <bkuhn@ebb.org>"), _markup_end("#include <std/disclaimer.h>")
    (False, False)
    """
    if not line.endswith(">"):
        return False
    return _MARKUP_ENDS.match(line, max(0, line.rfind("<"))) is not None


def _no_text(line: str) -> bool:
    """Whether ``line`` is serialized data or markup, which a tag never cuts out of a sentence:
    a line that opens with a key (``"headline": "Aid arrives",``), a line a blob opens in (at its
    start or after an assignment: ``string(2572) "[{``, ``var related = [{"id": "0", ...``), a
    line that opens or ends with a tag (``<script type="application/ld+json">``, ``</div>``).
    Such lines are the page's source leaked into its text: whatever a join set beside them,
    the blob and markup steps would read apart from the first cleaning's lines.

    >>> _no_text('var related = [{"id": "0"}];'), _no_text("</div>"), _no_text("The army took")
    (True, True, False)
    """
    return (_DATA.match(line) is not None or _BLOB.search(line) is not None
            or _MARKUP_OPENS.match(line) is not None or _markup_end(line))


def _cut(prev: str, line: str, carried: int = 0) -> bool:
    """Whether ``line`` carries on the sentence (or byline) that ``prev`` leaves open. Lines
    of serialized data or markup (:func:`_no_text`) carry on nothing, nor are carried on
    (``The`` / ``string(2572) "[{...``, ``Posted on`` / ``<script type="application/ld+json">``):
    a blob leaked into the text, whose commas and brackets open and close its lines as a tag cuts
    a sentence, is no text cut at every tag. ``carried``: the words of the line above ``prev``
    when ``prev`` carries it on between two words (a link's text inside a sentence, whose
    sentence the next line goes on with: ``intelligence service`` / ``masters`` / ``are
    proving``); a lower-case line carries on a line of fewer words only after such a link.

    >>> _cut("The army took", "the town"), _cut('"@graph": [', ","), _cut(",", '{"@type": "Person",')
    (True, False, False)
    >>> _cut("Posted on", '<script type="application/ld+json">'), _cut("<div>", "and more"), _cut("By", "<!--")
    (False, False, False)
    """
    return not (_no_text(prev) or _no_text(line)) and _carries_on(prev, line, carried)


def _carries_on(prev: str, line: str, carried: int = 0) -> bool:
    """:func:`_cut` less its test for data or markup (:func:`_no_text`): whether ``line`` carries
    on ``prev`` as text would. Most pairs of lines fail it at once, so a caller asks it first.

    >>> _carries_on("The army took", "the town"), _carries_on("The army took the town.", "Home")
    (True, False)
    """
    if _GOES_ON.search(prev):
        return True
    if _BY_ALONE.fullmatch(line):
        return False  # "Hibernating astronauts need smaller craft" / "by" / "Jane Doe": a byline opens
    m = _CONTINUES.match(line)
    if m is None or ends_sentence(prev, _LINE_STOPS):
        return False
    first = line.split(None, 1)[0].lower()
    return m.group("lower") is None or max(carried, prev.count(" ") + 1) >= _CUT_WORDS or first in _SMALL


_TITLE_WORDS = 3


def _titled(first: str, text: str, after: int) -> bool:
    """Whether ``first``, the first line of a text (``text[after:]`` the lines under it), reads as
    a browser title: shaped like a headline (three words or more), and the page prints it, or a
    run of its parts (the headline less the site's name: :func:`titles.title_runs`), again as a
    line of its own below. The text of a
    page cut at every tag opens with its ``<title>`` node, which nothing in the body carries on:
    the next node (``log in``, ``msn``, ``IE 11 is not supported.``) opens the page's own text.
    Only the title's own line breaks, with the source's spaces beside them, are joined (the
    caller's check). A text that opens inside a sentence (``The army took`` / ``the town``)
    prints no such line again.

    >>> page = "\\nHome\\nFriday Facts #282 - 0.17 in sight\\nThe week went well."
    >>> _titled("Friday Facts #282 - 0.17 in sight | Factorio", page, 0), _titled("The army took", "\\nthe town", 0)
    (True, False)
    >>> _titled("By", "\\nJane Doe\\nBy", 0)
    False
    """
    if len(first.split()) < _TITLE_WORDS or not headline_shaped(first):
        return False
    runs = {key for run in title_runs(first) if len((key := norm_key(run)).split()) >= _TITLE_WORDS - 1}
    return any(norm_key(line) in runs for line in text[after:].split("\n"))


def _word_cut(prev: str, line: str) -> bool:
    """Whether ``line`` carries on ``prev`` between two words (no comma, stop or bracket at the
    cut): ``prev`` ends in a letter and ``line`` opens with one, in lower case or after a word
    that cannot end a sentence (``the``, ``of``). The caller has checked :func:`_cut`.

    >>> _word_cut("intelligence service", "masters"), _word_cut("the army took", ", it said.")
    (True, False)
    >>> _word_cut("such as", "President Emmanuel"), _word_cut("% 165 votes", "% 250 votes")
    (True, False)
    """
    if _ENDS_IN_LETTER.search(prev) is None or not line[:1].isalpha():
        return False
    return _OPENS_LOWER.match(line) is not None or _GOES_ON.search(prev) is not None


def join_points(text: str, nodes: bool = True) -> list[int]:
    """Offsets of the line breaks that cut one sentence, byline or dateline where a tag began or
    ended (``get_text("\\n")``: a link in a sentence gives three lines, a byline ``By`` / ``Jane
    Doe`` / ``and`` / ``Tom Roe`` four). A break is a cut when the next line carries on (it opens
    in lower case or with a comma or stop) after a line that ends no sentence, or when the line
    ends on a word that cannot end one (``the``, ``by``, ``and``). Only in a text with three such
    cuts or more, where two cut lines or more open with a comma or a stop or three short lines
    are links inside a sentence (cut from the words on both sides), and these outnumber the
    cuts the text shows inside its lines (``the town , officials said``: a text joined already,
    or laid out by a scraper that keeps lines), or where three cuts or more have a space beside
    them, as a text node's own breaks do: elsewhere lines stay as they are.

    >>> t = ("By\\nJane Doe\\nand\\nTom Roe\\nThe army took\\nthe town\\n, officials said.\\n"
    ...      "The town burned\\nall night\\n.\\nHome")
    >>> t2 = "".join(" " if i in join_points(t) else c for i, c in enumerate(t))
    >>> t2.split("\\n")
    ['By Jane Doe and Tom Roe', 'The army took the town , officials said.', 'The town burned all night .', 'Home']
    """
    out: list[int] = []
    opens = links = wraps = indented = lines = 0
    prev: str | None = None
    first, seen = False, 0  # whether prev is the text's first line; lines with text seen
    carried = 0  # when prev carries on the line above it between two words: that line's words
    pos = 0
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        nl = n if nl < 0 else nl
        line = text[pos:nl].strip()
        spaced = 1 < pos < n and (text[pos - 2] in _BLANKS or text[pos] in _BLANKS)  # a space beside the break
        if line:
            # the cheap test first: few lines carry on the one above, and only those are read
            # for data or markup (the pair's _cut, in the other order)
            cut = prev is not None and _carries_on(prev, line, carried) and not (_no_text(prev) or _no_text(line))
            if cut and first and not spaced and _titled(prev or "", text, pos):
                cut = False  # a browser title opening the text: a node of its own
            first = seen == 0
            seen += 1
            if cut:
                out.append(pos - 1)
                opens += _PUNCT_OPEN.match(line) is not None
                wraps += spaced
            word_cut = cut and _word_cut(prev or "", line)
            own = line.count(" ") + 1
            links += (word_cut and carried >= _CUT_WORDS and (prev or "").count(" ") < _LINK_WORDS
                      and own >= _CUT_WORDS and carried + own >= _LINK_SIDES)
            carried = (prev or "").count(" ") + 1 if word_cut else 0
            prev = line
        else:
            prev, carried = None, 0
        lines += 1
        indented += spaced
        pos = nl + 1
    formula = formula_joins(text)
    # nodes: whether a text node's own breaks may tell the text (not once segment cut a folded page)
    wrapped = nodes and wraps >= _MIN_WRAPS and indented < _WRAP_SHARE * lines
    if len(out) < _MIN_JOINS or (opens < _MIN_PUNCT_OPENS and links < _MIN_LINKS and not wrapped):
        return formula
    inside = len(_PUNCT_INSIDE.findall(text))
    if opens <= inside and (links < _MIN_LINKS or opens + links <= inside) and not wrapped:
        return formula
    return sorted(set(out).union(formula))


# Math markup (MathJax, KaTeX, MathML) gives a line for each symbol of a formula: a run of
# lines of one or two characters, an operator among them, which the sentence around it goes on
# through ("When" / "a" / "≠" / "0" / ", there are two solutions to"). A layout-keeping scraper
# prints a formula on one line, so such a run is evidence of its own.
_FORMULA_TOKEN = 2
_FORMULA_LINES = 4
_OPERATORS = frozenset("=+−-×÷≤≥<>±∑∏∫√∂∇→⋅≠∞")
# A line a formula's run needs (one of its symbols' lines holds an operator): at most two
# characters, not white space, an operator among them. A text without one has no formula, and is
# not read line by line for one (most texts: one scan of the standard library's re).
_OPERATOR_CLASS = "[" + "".join(re.escape(c) for c in sorted(_OPERATORS)) + "]"
_OPERATOR_LINE = re.compile(rf"^[^\S\n]*(?:{_OPERATOR_CLASS}\S?|\S{_OPERATOR_CLASS})[^\S\n]*$", re.MULTILINE)
# A formula has an operand, a letter or a digit ("det", "(", "A", ")", "="): a run of brackets and
# operators alone is markup ("[", "?>", "[", "{": a page's leftovers, set side by side once the
# lines between them are removed, which a second cleaning would join).
_OPERAND = regex.compile(r"[\p{L}\p{N}]")
_FORMULA_OPERANDS = 1


def formula_joins(text: str) -> list[int]:
    """Offsets of the line breaks inside a formula cut into one line per symbol, and around it
    where the sentence goes on (the line before ends no sentence; the line after opens in lower
    case or with a stop or comma). Blank lines between the symbols' lines do not end the run, and
    their breaks are joined too: a cleaned text keeps no blank line, so a run read only without them
    would be joined on a second cleaning.

    >>> t = "Title\\nWhen\\na\\n≠\\nb\\n+\\n1\\n, there are two roots.\\nNext line"
    >>> "".join(" " if i in formula_joins(t) else c for i, c in enumerate(t)).split("\\n")
    ['Title', 'When a ≠ b + 1 , there are two roots.', 'Next line']
    >>> t = "When\\n\\na\\n\\n≠\\n\\nb\\n\\n+\\n\\n1\\n\\n, it holds."
    >>> "".join(" " if i in formula_joins(t) else c for i, c in enumerate(t))
    'When  a  ≠  b  +  1  , it holds.'
    >>> formula_joins("Pages\\n1\\n2\\n3\\n4\\nNext")  # page numbers: no operator, no formula
    []
    >>> formula_joins("Text\\n[\\n?>\\n[\\n{\\nMore")  # markup, no operand: no formula
    []
    """
    if _OPERATOR_LINE.search(text) is None:
        return []  # no symbol's line holds an operator: no run is a formula
    lines: list[tuple[int, int, str]] = []  # (start, end, stripped text) of every line with text
    pos = 0
    while pos <= len(text):
        nl = text.find("\n", pos)
        nl = len(text) if nl < 0 else nl
        line = text[pos:nl].strip()
        if line:
            lines.append((pos, nl, line))
        pos = nl + 1

    def gap(k: int) -> list[int]:
        """The line breaks between line ``k`` and the next line with text."""
        return [m for m in range(lines[k][1], lines[k + 1][0]) if text[m] == "\n"]

    out: list[int] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and len(lines[j][2]) <= _FORMULA_TOKEN and " " not in lines[j][2]:
            j += 1
        if (j - i >= _FORMULA_LINES and any(c in _OPERATORS for k in range(i, j) for c in lines[k][2])
                and sum(_OPERAND.search(lines[k][2]) is not None for k in range(i, j)) >= _FORMULA_OPERANDS):
            for k in range(i, j - 1):  # inside the formula
                out.extend(gap(k))
            if i > 0 and not ends_sentence(lines[i - 1][2], _LINE_STOPS):
                out.extend(gap(i - 1))
            if j < len(lines) and _CONTINUES.match(lines[j][2]):
                out.extend(gap(j - 1))
        i = max(j, i + 1)
    return sorted(out)


def _long_lines(text: str) -> list[tuple[int, int, bool]]:
    """``(start, end, whole)`` of the lines that hold most of the text (a page run together:
    ``whole``), and of the other lines too long to be a paragraph (a page folded to one line
    but for the lines a script or a listing kept: segmented only when they hold a whole page)."""
    total = len(text) - text.count(" ") - text.count("\n")
    out = []
    pos = 0
    for line in text.split("\n"):  # one C call for the lines, not a find and a slice each
        nl = pos + len(line)
        chars = len(line) - line.count(" ")
        if nl - pos >= _LONG and (chars >= _SHARE * total or (
                chars >= _PROSE_SHARE * total and len(sentence_breaks(text, pos, nl)) >= _PROSE_SENTENCES)):
            out.append((pos, nl, True))
        elif nl - pos >= _PAGE_CHARS:
            out.append((pos, nl, False))
        pos = nl + 1
    return out


# A page folded to a few lines: the text nodes that kept their line breaks (a ``<pre>``, a
# 2008 page's paragraphs written over several source lines) cut ``get_text(" ")``'s one line
# into lines of this many characters on average (non-space: a long paragraph), most of the
# text in long lines.
_FOLDED_MEAN = 250


def _text_lines(text: str) -> tuple[list[tuple[int, int, int]], int]:
    """``(start, end, chars)`` of each line of ``text`` with text (``chars``: not counting its
    spaces), and the chars of them all: what :func:`_folded_lines` reads first.

    >>> _text_lines("Home News\\n\\n The end.")
    ([(0, 9, 8), (11, 20, 7)], 15)
    """
    lines = []
    pos, total = 0, 0
    for line in text.split("\n"):  # one C call for the lines, not a find and a slice each
        if line.strip():
            chars = len(line) - line.count(" ")
            lines.append((pos, pos + len(line), chars))
            total += chars
        pos += len(line) + 1
    return lines, total


def _folded_shape(lines: list[tuple[int, int, int]], total: int) -> bool:
    """Whether lines (:func:`_text_lines`) have a folded page's shape: two or more, long on
    average (:data:`_FOLDED_MEAN`), most of the text in long lines. Cheap: no unit is read.

    >>> _folded_shape(*_text_lines("Home\\nNews")), _folded_shape(*_text_lines(("word " * 80 + "\\n") * 2))
    (False, True)
    """
    if len(lines) < 2 or total < _FOLDED_MEAN * len(lines):
        return False
    return sum(chars for a, b, chars in lines if b - a >= _LONG) >= _SHARE * total


def _folded_lines(text: str, lined: tuple[list[tuple[int, int, int]], int] | None = None,
                  read: _Read | None = None) -> tuple[list[int], FoldedPage, int] | None:
    """The units of a page folded to a few long lines (``get_text(" ")`` of a page whose text
    nodes kept some line breaks: a menu line, a dateline on its own, then the article run into
    the related links and comments), read together as one folded line: the spaces that part
    each long line's units, the article found over them all, and where the page ends (its last
    long line); ``None`` when the lines are no page's (too many or too short, or no page around
    an article).

    >>> menu = " ".join(["Home News Sport Weather Business Politics Travel Culture Jobs Cars"] * 8)
    >>> story = " ".join(["The council approved the budget on Monday after a long debate."] * 12)
    >>> text = f"Budget Passes | Herald {menu}\\nBy Staff\\n{story} Copyright Herald {menu}"
    >>> cut, page, end = _folded_lines(text)
    >>> kept = text[page.keep_start:page.keep_end]
    >>> kept.split("\\n")[0], kept.endswith("after a long debate."), len(cut)
    ('By Staff', True, 12)
    """
    lines, total = lined if lined is not None else _text_lines(text)
    if not _folded_shape(lines, total):
        return None
    # the page ends with its last long line (short lines after it, a form's note, are left to the
    # filters), or where a blob opens (the blobs step's)
    end = max(b for a, b, _ in lines if b - a >= _LONG)
    starts, cut = [], []
    for a, b, _ in lines:
        if a >= end:
            break
        starts.append(a)
        if b - a >= _LONG:
            found, _, stop = _units(text, a, b) if read is None else read.units(a, b)
            cut += found
            starts += (i + 1 for i in found if i + 1 < stop)
            if stop < b:
                end = stop
                break
    if end <= lines[0][0]:
        return None
    page = find_article(text, lines[0][0], end, [i for i in starts if i < end])
    if page is None or not page.page or (text[page.keep_start - 1:page.keep_start] != " "
                                         and text[page.keep_end:page.keep_end + 1] != " "):
        return None  # no page, or one whose article begins and ends with lines: lined text
    return cut, page, end


def reads_folded(text: str) -> bool:
    """Whether :func:`segment` reads ``text`` as a page folded to a few long lines (see
    :func:`_folded_lines`). A caller asks it of a cleaned text: the short lines of a menu kept
    on lines of their own (a layout that kept its source line breaks) make the input no folded
    page, while the cleaned text, those lines gone, may read as one, and a second cleaning
    would cut it.

    >>> menu = " ".join(["Home News Sport Weather Business Politics Travel Culture Jobs Cars"] * 8)
    >>> story = " ".join(["The council approved the budget on Monday after a long debate."] * 12)
    >>> folded = f"Budget Passes | Herald {menu}\\nBy Staff\\n{story} Copyright Herald {menu}"
    >>> reads_folded(folded), reads_folded("\\n".join(["Home", "News", "Sport"] * 30 + [folded]))
    (True, False)
    """
    lined = _text_lines(text)
    if not _folded_shape(*lined):
        return False  # the cheap test first: most cleaned texts have a paragraph's lines
    first = _first_unit(text)
    if first is not None and prose_unit(text[first[0]:first[1]]) and (menu_end(text, *first) or 0) <= first[0]:
        return False  # it opens with prose: no page (find_article's opens with a title or menus)
    return _folded_lines(text, lined) is not None


def _first_unit(text: str) -> tuple[int, int] | None:
    """``(start, end)`` of the first unit of ``text`` as :func:`_folded_lines` cuts it: its first
    line with text, up to the first unit break inside it when the line is long; ``None`` when
    there is no such line. Cheap: only the first line is read.

    >>> _first_unit("\\n Home News\\nThe council met.")
    (1, 11)
    """
    pos = 0
    while pos < len(text):
        nl = text.find("\n", pos)
        nl = len(text) if nl < 0 else nl
        if text[pos:nl].strip():
            if nl - pos >= _LONG:
                found, _, stop = _units(text, pos, nl)
                if found and found[0] + 1 < stop:
                    return pos, found[0]
            return pos, nl
        pos = nl + 1
    return None


def _page_cuts(text: str, start: int, end: int, page: FoldedPage,
               stop: int) -> tuple[list[int], list[tuple[int, int, str]]]:
    """The breaks around the article that :func:`find_article` found in ``text[start:end]``
    (and around its headline), and the furniture before and after it, up to ``stop`` (where a
    blob opens: the blobs step's)."""
    cuts = [page.keep_start - 1, page.keep_end]
    head = start
    if page.headline is not None:
        cuts.append(page.headline[1])
        if page.title_end is not None and text[page.title_end] == " ":
            # the browser title's headline stays on a line of its own, as on a lined
            # page: the title step reads it with the copy the page prints
            head = page.title_end
            cuts.append(head)
    breaks = [i for i in cuts if start < i < end and text[i] == " "]
    return breaks, [(a, b, why) for a, b, why in ((head, page.keep_start, reasons.NAVIGATION),
                                                   (page.keep_end, stop, reasons.BOILERPLATE)) if a < b]


def segment(doc: Document) -> Document:
    """Cut lines that hold a page or an article run together into its units (before any
    removal: it only turns spaces into line breaks). The page is read without its whole lines
    of leaked data (:class:`~newsclean.layout.dataview.DataView`), which the blobs step removes:
    a second cleaning reads it so.

    >>> story = " ".join(["The council approved the budget on Monday after a long debate."] * 12)
    >>> menu = " ".join(["Home News Sport Weather Business Politics Travel Culture Jobs Cars"] * 4)
    >>> page = f"{menu} Budget Passes {story[:400]}\\nvar related = [{{\\"id\\": 1}}];\\n{story[400:]} {menu}"
    >>> once = segment(Document.from_text(page)).text
    >>> again = segment(Document.from_text(once.replace('var related = [{"id": 1}];\\n', ""))).text
    >>> once.replace('var related = [{"id": 1}];\\n', "") == again
    True
    """
    if doc.removals:
        return doc
    view = DataView.of(_joined_page_lines(doc.text, doc.facts.page_lines or ()))
    page_lines = tuple((view.view(a), view.view(b)) for a, b in doc.facts.page_lines or ())
    breaks, furniture, unsplit = _cuts(view.text, page_lines)
    if view.removed:
        breaks = [view.source(i) for i in breaks]
        furniture = [(a, b, why) for start, end, why in furniture for a, b in view.spans(start, end)]
    if furniture and not doc.facts.no_furniture:
        doc = dataclasses.replace(doc, facts=dataclasses.replace(doc.facts, furniture=tuple(furniture)))
    if unsplit:
        doc = warn(doc, f"no_structure: {unsplit} long line(s) without sentences or other units to cut at "
                        "(a list, a menu, or a language written without sentence stops): kept whole")
    if not breaks:
        return doc
    text = doc.text
    breaks = sorted(set(breaks))
    pieces, pos = [], 0
    for i in breaks:
        pieces.append(text[pos:i])
        pos = i + 1
    pieces.append(text[pos:])
    new = "\n".join(pieces)
    merged = tuple(sorted(set(doc.breaks).union(breaks)))
    return dataclasses.replace(doc, text=new, paragraphs=split_paragraphs(new), breaks=merged)


def _joined_page_lines(text: str, lines: tuple[tuple[int, int], ...]) -> str:
    """``text`` with the line breaks inside ``lines`` (the lines a first run found to hold the
    page, :func:`page_lines`) read as spaces: such a line was made by the join step (a sentence
    cut at its tags, ``the council's engineers`` / ``, and most of it ...``), and a second
    cleaning reads it as one line of the input. Offsets hold: the text is only read so.

    >>> _joined_page_lines("A b\\n, c d\\nE", ((0, 8),))
    'A b , c d\\nE'
    """
    if not any("\n" in text[a:b] for a, b in lines):
        return text
    chars = list(text)
    for a, b in lines:
        for i in range(a, b):
            if chars[i] == "\n":
                chars[i] = " "
    return "".join(chars)


def _cuts(text: str, page_lines: tuple[tuple[int, int], ...]) -> tuple[list[int], list[tuple[int, int, str]], int]:
    """The spaces of ``text`` to turn into line breaks, the furniture spans found around
    the article, and how many long lines had no unit to cut at (:func:`segment`);
    ``page_lines``: the lines found to hold the page less its furniture (:func:`page_lines`)."""
    breaks: list[int] = []
    furniture: list[tuple[int, int, str]] = []
    unsplit = 0
    lines = _long_lines(text)
    read = _Read(text)  # a long line that holds no folded page's article is read again below
    # a page folded to a few lines, unless one of them holds the page on its own
    folded = _folded_lines(text, read=read)
    if folded is not None:  # a page folded to a few lines: its lines are read as one
        breaks = folded[0]
        found, furniture = _page_cuts(text, 0, folded[2], folded[1], folded[2])
        breaks += found
        lines = []
    elif page_lines:  # lines found to hold the page less its furniture (see page_lines)
        whole_at = {(a, b): whole for a, b, whole in lines}
        whole_at.update(((a, b), True) for a, b in page_lines if "\n" not in text[a:b])
        lines = sorted((a, b, whole) for (a, b), whole in whole_at.items())
    for start, end, whole in lines:
        cut = _line_cuts(text, start, end, whole, read)
        if cut is not None:
            breaks += cut[0]
            furniture += cut[1]
            unsplit += cut[2]
    return breaks, furniture, unsplit


def _line_cuts(text: str, start: int, end: int, whole: bool,
               read: _Read | None = None) -> tuple[list[int], list[tuple[int, int, str]], bool] | None:
    """The breaks and furniture of the long line ``text[start:end]`` (``whole``: it holds most
    of the text), and whether it runs long without units (no breaks: a paragraph of sentences
    only); ``None`` for a long line among others that holds no whole page. ``read``: the units
    of ``text``'s lines read already."""
    # the page's text stops where a blob opens
    found, structured, stop = _units(text, start, end) if read is None else read.units(start, end)
    starts = [start, *(i + 1 for i in found)]
    page = None if whole else _article(text, start, stop, found)
    if not whole and (page is None or not page.page):
        return None  # a long line among others is cut only when it holds a whole page
    long_run = text.count(" ", start, end) >= _NO_STRUCTURE_WORDS or end - start >= _NO_STRUCTURE_CHARS
    unsplit = len(found) < 2 and long_run
    # the headline printed again before the article opens, with units after it
    headless = page is None or page.headline is None
    copy = opening_headline(text, start, stop, starts) if found and headless else None
    if copy is not None and found[-1] <= copy[1]:
        copy = None
    if page is None:
        page = _article(text, start, stop, found)
    # a share label parts the units of an article folded alone (a page's share bars are among the
    # menus find_article weighs); a line without sentences (a list, a table) is kept whole: the
    # filters would find no prose among its pieces to tell the article by
    shares = share_labels(text, start, stop, found) if len(found) >= _MIN_SENTENCE_BREAKS and (
        page is None or not page.page) else []
    if shares:
        found = sorted(set(found).union(shares))
        structured = True
    if (not structured and copy is None and end - start < _PAGE_CHARS and (page is None or not page.page)
            and not _furnished(text, start, stop, found)):
        return [], [], unsplit  # sentences only, and no longer than a paragraph may be: a paragraph
    breaks = list(found)
    furniture: list[tuple[int, int, str]] = []
    if copy is not None and (page is None or page.headline is None):
        breaks.extend(i for i in (copy[0] - 1, copy[1], copy[2]) if start < i < end and text[i] == " ")
    if page is not None:
        found, furniture = _page_cuts(text, start, end, page, stop)
        breaks += found
    return _whole_printings(text, start, stop, breaks), furniture, unsplit


segment.name = "segment"  # type: ignore[attr-defined]


# Furniture that a folded article carries as sentences of its own, which the boilerplate step
# removes line by line (its kinds' vocabulary: :data:`newsclean.lexicon.NOISE_LINES`): a copyright
# notice ("All rights reserved."), a share or newsletter box, a cookie notice, a related link, tags.
# A line that holds one is an article with its furniture, cut into its sentences as a longer line is.
_FURNITURE_KINDS = (reasons.COPYRIGHT, reasons.SHARE, reasons.NEWSLETTER, reasons.COOKIE, reasons.RELATED_LINKS,
                    reasons.TAGS)
_FURNITURE = regex.compile("(?:" + "|".join(p for kind in _FURNITURE_KINDS for p in all_of(NOISE_LINES[kind]))
                           + r")[^\w.]{0,3}", regex.IGNORECASE)
_FURNITURE_CHARS = 300  # a furniture sentence is short
_FURNITURE_MARKS = " |•·>»<«-–—:*"


def _furnished(text: str, start: int, stop: int, found: list[int]) -> bool:
    """Whether one of the units in the last quarter of the line ``text[start:stop]`` (cut at
    ``found``) is a whole piece of furniture (:data:`_FURNITURE`) that closes the article:
    ``... against mosquito bites. © 2019 Associated Press. All Rights Reserved.``

    >>> s = "He says residents should take care. Copyright 2008 The Associated Press. All rights reserved."
    >>> _furnished(s, 0, len(s), sentence_breaks(s, 0, len(s)))
    True
    >>> s = "He says residents should take care. They share rights to the land."
    >>> _furnished(s, 0, len(s), sentence_breaks(s, 0, len(s)))
    False
    """
    tail = stop - (stop - start) // _END_SHARE
    for a, b in itertools.pairwise([start - 1, *found, stop]):
        if b < tail:
            continue  # furniture that closes an article stands at its end
        unit = text[a + 1:b].strip(_FURNITURE_MARKS)
        if unit and len(unit) <= _FURNITURE_CHARS and _FURNITURE.fullmatch(unit) is not None:
            return True
    return False


def _page_shaped(text: str, start: int, stop: int, found: list[int]) -> bool:
    """Whether the line ``text[start:stop]`` (up to a blob), cut at ``found``, shows a whole
    page's shape around an article (menus it opens with, many words of them: :func:`find_article`'s
    ``page``)."""
    page = _article(text, start, stop, found)
    return page is not None and page.page


def page_lines(doc: Document) -> tuple[tuple[int, int], ...]:
    """``(start, end)`` of the kept lines that :func:`segment` would cut if the cleaned text were
    the input: a line that holds most of the page once the menus, footers and blobs around it
    are gone, though not of the page with them. The share of the text a line holds is a fact
    of the page less its furniture, which only the filters find: a caller runs the pipeline
    again with these (``doc.facts.page_lines``), so that the line is cut on the first cleaning
    as a second cleaning of the cleaned text would cut it. Lines the segment step cut already,
    or that segment would keep whole, give nothing. A line the join step made (a sentence cut
    at its tags) counts as one line: segment reads the join's breaks inside it as spaces then.
    So does a line kept in pieces (a formula's source removed from inside it): a second cleaning
    reads what is left of it as one line, and cuts it at the same sentences.

    >>> menu = "\\n".join(["Home", "News", "Sport", "Weather", "Contact"] * 8)
    >>> line = "Home News Sport World Business Council Approves Budget The council approved it. " * 3
    >>> doc = segment(Document.from_text(menu + "\\n" + line))
    >>> doc.text.count("\\n"), page_lines(doc)  # the menu makes the line no page's: not cut
    (40, ())
    >>> from newsclean.filters.paragraphs import paragraphs
    >>> lines = page_lines(paragraphs(doc))  # the menu removed, the line holds the page
    >>> [doc.text[a:b][:24] for a, b in lines]
    ['Home News Sport World Bu']
    """
    blocks = doc.blocks
    body = "\n".join(without_data_scripts(b.text) for b in blocks)  # as segment reads it (DataView)
    out = []
    line = 0
    pos = 0
    for start, end, whole in _long_lines(body):
        line += body.count("\n", pos, start)
        pos = start
        block = blocks[line]
        found, structured, stop = _units(body, start, end)
        if found:
            cut = structured or end - start >= _PAGE_CHARS or _page_shaped(body, start, stop, found)
        else:  # no unit inside it, but an article the segment step finds there (a page's shape)
            cut = bool((_line_cuts(body, start, end, whole) or ((),))[0])
        if cut:
            out.append((block.start, block.end))
    return tuple(out)


# A slideshow's counter cut at every tag: a label alone, the number, the link word (or a slash, or
# both: ``1`` / ``of`` / ``/`` / ``8``) and the total, each on a line of its own (``Image`` / ``1`` /
# ``of`` / ``8``), which a layout-keeping scraper prints as one line (``Image 1 of 8``).
_CUT_COUNTER = regex.compile(r"(?m)^(?:(?i:" + "|".join(all_of(COUNTER_LABELS)) + r")\n)?\d{1,3}\n(?:(?:"
                             + "|".join(all_of(COUNTER_LINKS)) + r")\n)?(?:/\n)?\d{1,3}$")


# Every counter holds a line of a number alone (``1``, ``of``, ``8``: the digits at a line's start,
# a line break after them).
_NUMBER_LINE = re.compile(r"\n\d{1,3}\n")
_NUMBER_FIRST = re.compile(r"\d{1,3}\n")


def counter_joins(text: str) -> list[int]:
    """Offsets of the line breaks inside a slideshow's counter cut at every tag, whatever else
    the text shows (no writer prints ``1`` / ``of`` / ``8`` on three lines).

    >>> t = "Caption of the photo.\\nImage\\n1\\nof\\n/\\n8\\nClose\\n1\\nof\\n8\\nThe story."
    >>> "".join(" " if i in counter_joins(t) else c for i, c in enumerate(t)).split("\\n")
    ['Caption of the photo.', 'Image 1 of / 8', 'Close', '1 of 8', 'The story.']
    >>> counter_joins("Votes\\n12\\n8\\nof which\\n3")
    []
    """
    if _NUMBER_LINE.search(text) is None and _NUMBER_FIRST.match(text) is None:
        return []  # no line of a number alone: no counter (most texts: one scan of the standard library's re)
    out: list[int] = []
    for m in _CUT_COUNTER.finditer(text):
        if m.group().count("\n") < 2:
            continue  # "12\n8": two numbers, no counter
        out.extend(i for i in range(m.start(), m.end()) if text[i] == "\n")
    return out


# An expandable caption cut at every tag: the page prints the caption twice, in full and cut short,
# each with the toggle its button shows (``... Southeast Asian nation.`` / ``less`` / ``... the
# military relations`` / ``... more``), which a layout-keeping scraper prints on the caption's line
# (``... Asian nation. less``). The toggle alone on a line, in the case the page prints it.
_TOGGLE = regex.compile(r"(?:\.\.\.|…)?+\x20?+(?:" + "|".join(all_of(CAPTION_TOGGLES)) + ")")
_CAPTION_CHARS = 10  # the shortest caption: "Jane Doe."


def toggle_joins(text: str) -> list[int]:
    """Offsets of the line breaks before an expandable caption's toggles, where a text cut at
    every tag prints the caption twice (in full, then cut short), each printing followed by its
    toggle alone on a line: joined, each caption reads with its toggle as a layout-keeping scraper
    prints it, and the caption step knows it. A toggle word alone under a line that is not
    printed twice (a "more" link under a teaser) stays where it is.

    >>> t = ("Jane Doe, left, and Tom Roe shake hands in Hanoi on Wednesday.\\nless\\n"
    ...      "Jane Doe, left, and Tom Roe shake hands in\\n... more\\nPhoto: AP\\nThe talks began.\\nmore")
    >>> "".join(" " if i in toggle_joins(t) else c for i, c in enumerate(t)).split("\\n")[:3]
    ['Jane Doe, left, and Tom Roe shake hands in Hanoi on Wednesday. less', \
'Jane Doe, left, and Tom Roe shake hands in ... more', 'Photo: AP']
    >>> toggle_joins("The talks began on Monday, officials said.\\nless\\nThe talks ended.\\nmore")
    []
    """
    out: list[int] = []
    seen: tuple[int, int, str] | None = None  # the last toggle: its line number, its break, its caption
    prev, number, pos = "", 0, 0
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        nl = n if nl < 0 else nl
        line = text[pos:nl].strip()
        if _TOGGLE.fullmatch(line) is not None and len(prev) >= _CAPTION_CHARS:
            if (seen is not None and seen[0] == number - 2
                    and seen[2][:_CAPTION_OPENING] == prev[:_CAPTION_OPENING]):
                out.extend((seen[1], pos - 1))
            seen = (number, pos - 1, prev)
        prev = line
        number += 1
        pos = nl + 1
    return out


def join(doc: Document) -> Document:
    """Join the lines of a text cut at every tag where one sentence, byline or dateline goes on
    (see :func:`join_points`): the matching step to :func:`segment`, which turns those line
    breaks into spaces (before any removal; every offset stays valid).

    Joining turns each cut that opens a line with a comma or a stop into one inside a line, so a
    cleaned text keeps the evidence: where a removal later sets two cut-looking lines side by
    side (a formula's line gone between them), the cuts inside the lines outnumber them and a
    second cleaning joins nothing. It reads the lines as they stand after the segment step, which
    a second cleaning reads as the input's lines: a line the segment step cut (a line of data
    that holds the page once its menus are gone) leaves the other lines to be joined as they
    would be on the cleaned text. Drop the step with ``DEFAULT.without("join")``.

    >>> text = "By\\nJane Doe\\nand\\nTom Roe\\nThe army took\\nthe town\\n, it said. We\\nleft\\n."
    >>> join(Document.from_text(text)).text
    'By Jane Doe and Tom Roe\\nThe army took the town , it said. We left .'
    """
    if doc.removals:
        return doc
    text = doc.text
    joins = sorted(set(join_points(text, nodes=not doc.breaks)).union(counter_joins(text), toggle_joins(text)))
    if not joins:
        return doc
    pieces, pos = [], 0
    for i in joins:
        pieces.append(text[pos:i])
        pos = i + 1
    pieces.append(text[pos:])
    new = " ".join(pieces)
    out = dataclasses.replace(doc, text=new, paragraphs=split_paragraphs(new))
    # a line that holds the page once its furniture is gone (doc.facts.page_lines), which only
    # the join made one line: segment cuts it now, as a second cleaning cuts the joined line
    joined = tuple((a, b) for a, b in doc.facts.page_lines if "\n" in text[a:b] and "\n" not in new[a:b])
    if joined:
        facts = out.facts
        out = segment(out.with_facts(page_lines=joined))
        out = dataclasses.replace(out, facts=dataclasses.replace(out.facts, page_lines=facts.page_lines))
    return out


join.name = "join"  # type: ignore[attr-defined]

