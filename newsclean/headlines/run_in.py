"""Titles run into the text of folded lines.

A page folded to one line (or a few) has no line a browser title stands on alone: the title
runs into the page's menus, an article stored as one line runs its headline into its prose.
Here the headline is read in the browser title that opens the page and confirmed by a copy
printed further on (:func:`folded_headline`), as the first unit of a one-line article
(:func:`unit_headline`), or as a title run into the first sentence (:func:`_run_in_title`);
the deck after it (:func:`folded_deck`, :func:`unit_deck`) is read without the credit before the
dateline (:func:`_less_credit`).

>>> folded_deck("Home Podium for Canuck Bronze medal picks up slack By CP WENGEN -- The bronze medal "
...             "went to Canada.", "Podium for Canuck")
'Bronze medal picks up slack'
"""

from __future__ import annotations

import bisect
import itertools
import re

import regex

from .. import reasons
from ..dates import date_line, find_dates
from ..document import Block, Document
from ..layout.title_copies import (
    _DOUBLED_LEAST,
    _DOUBLED_TOKENS,
    _DOUBLED_WORDS,
    _TITLE_CHARS,
    _TITLE_HEAD,
    _TITLE_WORDS,
    doubled_headline,
    reprinted_title,
    title_head,
    trail_copy,
)
from ..layout.unit_shapes import caption_unit, prose_unit
from ..layout.unit_words import _TOKEN
from ..lexicon import AGENCIES, DATELINE_AGENCIES, NOISE_LINES, SMALL_WORDS, all_of
from ..names import byline_names, byline_prefix, desk_credit
from ..sentences import SENTENCE_BREAK, ends_sentence
from ..titles import (
    SEPARATOR_MARKS,
    deck_shaped,
    markup_start_by,
    may_separate,
    printed_copies,
    run_in_title,
    sentence_case,
    separator_at,
    separators_in,
    spaces_start,
    unmarked,
)
from ..words import headline_shaped, norm_key, tokens
from .browser import MAX_BROWSER_TITLE
from .header import DECK_MIN_WORDS, DECK_STORY, deck_line, shares_content
from .keyed import keyed
from .signs import STAMPS, _dated, byline, credit

__all__ = ["cut_copies", "folded_deck", "folded_headline", "over_headline", "unbroken", "unit_deck", "unit_headline"]

_LABEL_WORDS = 3  # words of a section's label over a folded line's headline: "chaos theory"
_UNDER_HEADLINE = 2  # lines (a byline, a dateline) between a folded line's headline and its prose
_DECK_CHARS = 300  # characters after a folded page's headline copy in which its deck and header are read
_DECK_WORDS = 30
_COPIES_READ = 10  # copies of the headline read on a folded page, for the deck after one
# Where an article's header opens on a folded page: "By" and a capital, a stamp's word and a colon.
# Two patterns, searched apart (:func:`_header_openers`): as one alternation they cost about thirty
# times as much, the engine trying both branches at every character instead of going from one
# place its first letters can stand to the next.
_BY_OPENER = regex.compile(r"(?<!\w)(?:By|BY)\s++(?=\p{Lu})")
_STAMP_OPENER = regex.compile(r"(?<!\w)(?i:" + "|".join(regex.escape(w) for w in STAMPS) + r")\s*+:")
# ... matched backwards from a colon (``regex.REVERSE``): where a stamp ends at it, its start (see _header_openers)
_STAMP_BEFORE = regex.compile(_STAMP_OPENER.pattern, regex.REVERSE)
_BY_INSIDE = regex.compile(r"\sBy\s++\p{Lu}")
_BYLINE_INSIDE = regex.compile(r"(?<!\w)(?:By|BY)\s++\p{Lu}{2,}+\b")  # "By JESSICA MINTZ": a byline in capitals
_FOLDED_LINE = 200  # a first line this long is no browser title: one run into the page (a folded page's)
# A link to the previous or the next post, as a blog prints it over the article ("« Show me the
# money | Main | Political correctness gone mad »"): an arrow opens or closes it, never a headline.
_PAGER_LINK = regex.compile(r"^[«‹]\s|\s[»›]$")
_BACK = ("«", "‹")  # a pager's arrow that opens a folded page: no browser title opens so


def _pager_line(line: str) -> bool:
    """Whether ``line`` is a pager's links, an arrow at its start or its end.

    >>> _pager_line("« Older post | Main | Newer post »"), _pager_line("Next story ›")
    (True, True)
    >>> _pager_line("Rates fall » Markets » News"), _pager_line("Rates fall again")
    (False, False)
    """
    return _PAGER_LINK.search(line) is not None


def over_headline(unit: str) -> bool:
    """Whether a unit the segment step cut from the head of a folded line stands over the
    headline, as no headline does: a section's label in lower case, a pager's links, the top
    picture's caption (:func:`layout.unit_shapes.caption_unit`).

    >>> over_headline("chaos theory"), over_headline("« Older post | Main")
    (True, True)
    >>> over_headline("Jane Doe, left, and John Roe are seen in this photo."), over_headline("Aid arrives")
    (True, False)
    """
    return _label(unit) or _pager_line(unit) or caption_unit(unit)


def _balanced(head: str) -> bool:
    """Whether every bracket ``head`` opens it closes: a headline cut out of a menu of bracketed
    links ("[ Docs ] [ txt | pdf ]") leaves one open.

    >>> _balanced("[ Docs ] [ txt"), _balanced("Aid arrives (and more) at [last]"), _balanced("Aid (photos)")
    (False, True, True)
    """
    return all(head.count(a) == head.count(b) for a, b in ("()", "[]"))


_DAY_CHARS = 60  # characters read after a browser title's headline for the day printed there
_UNIT_WORDS = 25  # the most words of a headline that a one-line article runs into its prose


def _cut_after(doc: Document, block: Block, following: Block) -> bool:
    """Whether only line breaks that the segment step put in part ``block`` from ``following``:
    the two were one line of the input."""
    gap = doc.text[block.end:following.start]
    lo, hi = bisect.bisect_left(doc.breaks, block.end), bisect.bisect_left(doc.breaks, following.start)
    return gap.count("\n") == hi - lo > 0


def cut_copies(doc: Document, blocks: tuple[Block, ...], key: str) -> list[Block]:
    """The runs of lines that print the headline (``key``) in pieces the segment step cut it
    into (a headline with a stop inside, ``Dozens Killed! Aid Arrives``, is cut after it as a
    sentence is): neighbouring lines parted only by its breaks whose words, read together, are
    the headline's.

    >>> import dataclasses
    >>> text = "Dozens Killed!\\nAid Arrives\\nThe army came.\\nDozens Killed!\\nHome"
    >>> doc = dataclasses.replace(Document.from_text(text), breaks=(14, 26, 41))  # one line of the input
    >>> [b.text for b in cut_copies(doc, doc.blocks, "dozens killed aid arrives")]
    ['Dozens Killed!', 'Aid Arrives']
    """
    out: list[Block] = []
    after = 0  # the line after the last run found
    # a run's first line has a key the headline's opens with: its text holds the headline's first word
    for i in keyed(blocks).holding(key.split(" ", 1)[0]):
        if i < after:
            continue
        joined, j = blocks[i].feature(norm_key), i
        if joined and joined != key and key.startswith(joined + " "):
            while j + 1 < len(blocks) and len(joined) < len(key) and _cut_after(doc, blocks[j], blocks[j + 1]):
                j += 1
                joined = f"{joined} {blocks[j].feature(norm_key)}"
            if joined == key:
                out.extend(blocks[i:j + 1])
                after = j + 1
    return out


def _label(line: str) -> bool:
    """Whether a line is a section's label in lower case, as the segment step cuts one from the
    head of a folded line (``chaos theory`` over ``The Hidden Heroines of Chaos``): a few words,
    all in lower case letters.

    >>> _label("chaos theory"), _label("Chaos theory"), _label("the storm hit the coast at night")
    (True, False, False)
    """
    words = line.split()
    return 1 <= len(words) <= _LABEL_WORDS and all(w.isalpha() and w.islower() for w in words)


def _names_only(line: str) -> bool:
    """Whether a line is a few capitalised names and nothing else (a byline without "By").

    >>> _names_only("Oliver Holmes Suleiman Al-Khalidi."), _names_only("Fighting went on.")
    (True, False)
    """
    words = line.rstrip(".").split()
    return 2 <= len(words) <= 8 and all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha()
                                        for w in words)


def unit_headline(doc: Document, blocks: tuple[Block, ...], dated: bool) -> str | None:
    """The headline of an article stored as one line (``Wed 05 Apr 2017 Syria attack symptoms
    consistent with nerve agent use WHO. Victims of a suspected ...``): the first unit the
    segment step cut from the line, after any date, when it is short, not a date, and prose
    of more words follows it on the same input line (under a dateline or a byline of names, if
    any). A unit that ends like a sentence counts only above or under a date (``dated``): else
    it is the article's first sentence. Its closing stop, which such corpora add, is left out."""
    if not doc.breaks or len(blocks) < 2:
        return None
    first, k = blocks[0], 1
    # a dateline under the headline ("... robbery case 3 days ago LAS VEGAS -"), a byline
    # ("Dominic Evans Khaled Yacoub Oweis."), or a credit and then a dateline ("... 81-65 / The
    # Associated Press / Published: January 9, 2008")
    while k <= _UNDER_HEADLINE and k + 1 < len(blocks):
        if date_line(blocks[k].text) is not None or (byline_prefix(blocks[k].text) and byline(blocks[k].text)):
            dated = True  # a dateline, or a byline after its "By": the header an article's first sentence never has
        elif not (_names_only(blocks[k].text) or byline(blocks[k].text)):  # "The Associated Press" too
            break
        k += 1
    nxt = blocks[k]
    words = len(tokens(first.text))
    if not 3 <= words <= _UNIT_WORDS or _dated(first.text) or byline(first.text) or not _cut_after(doc, first, nxt):
        return None
    # under a header (a byline, a dateline) the prose's first sentence may be shorter than the headline
    prose = _prose_after(doc, blocks, k) if k > 1 else len(tokens(nxt.text))
    if prose <= words or not ends_sentence(nxt.text.rstrip()):
        return None
    if not dated and ends_sentence(first.text.rstrip()):
        return None
    return first.text.rstrip(" .") or None


_RUN_IN_HEAD = 300  # characters at a text's head in which a title run into its first sentence is read
_PROSE_UNITS = 3  # units of prose under a one-line article's headline whose words are counted


def _prose_after(doc: Document, blocks: tuple[Block, ...], k: int) -> int:
    """The words of the prose that opens at ``blocks[k]`` on the same line of the input (up to
    :data:`_PROSE_UNITS` units the segment step cut): a one-line article's headline is followed
    by more words than its own, though its first sentence may be shorter than the headline
    ("Raiders' late trey snuffs Flames ... in Horizon League. By Marc Katz ... Brown paired a
    good memory with a bad one. A year ago, he ...").

    >>> import dataclasses
    >>> text = "Storm hits the coast of the county today\\nIt rained.\\nIt rained hard all night long."
    >>> doc = dataclasses.replace(Document.from_text(text), breaks=(40, 51))
    >>> _prose_after(doc, doc.blocks, 1)
    8
    """
    count, i = len(tokens(blocks[k].text)), k
    while i + 1 < len(blocks) and i + 1 < k + _PROSE_UNITS and _cut_after(doc, blocks[i], blocks[i + 1]):
        i += 1
        count += len(tokens(blocks[i].text))
    return count


def unit_deck(doc: Document, blocks: tuple[Block, ...]) -> Block | None:
    """The deck of an article stored as one line, whose headline is the unit ``blocks[0]``: the
    unit right after it, one sentence of :data:`DECK_MIN_WORDS` to :data:`_DECK_WORDS` words
    shaped as a deck once its stop is left out, with the article's header right after it (a day
    or a byline opens the next unit) and sharing a word of content with the prose below. A news
    page sets its headline, its deck, then the byline and the day (``Harden Earns Player of the
    Week Freshman only player ranked in top ten of each category. Jan. 7, 2008 Sun Devil
    freshman James Harden ...``); folded to one line, the deck keeps the stop the sentence
    after it needs, and the header under it tells it from the article's first sentence.

    >>> import dataclasses
    >>> text = ("Harden Earns Player of the Week\\nFreshman is the only player ranked in each shooting category."
    ...         "\\nJan. 7, 2008 Freshman James Harden has been named the player of the week.\\nHe shot well.")
    >>> doc = dataclasses.replace(Document.from_text(text), breaks=(31, 93, 167))
    >>> unit_deck(doc, doc.blocks).text
    'Freshman is the only player ranked in each shooting category.'
    >>> unit_deck(doc, doc.blocks[:1] + doc.blocks[2:]) is None  # no deck: the header right under the headline
    True
    """
    if len(blocks) < 4 or not (_cut_after(doc, blocks[0], blocks[1]) and _cut_after(doc, blocks[1], blocks[2])):
        return None
    deck, header = blocks[1].text.rstrip(), blocks[2].text
    if not ends_sentence(deck) or SENTENCE_BREAK.search(deck) is not None:
        return None
    text = deck.rstrip(" .")
    if not (DECK_MIN_WORDS <= len(tokens(text)) <= _DECK_WORDS and deck_shaped(text) and not credit(text)):
        return None
    dates = find_dates(header[:_DAY_CHARS])
    if not ((dates and dates[0].start == 0) or (byline_prefix(header) and byline(header))):
        return None
    below = (w for b in blocks[2:2 + DECK_STORY] for w in b.feature(tokens))  # the words of the lines joined
    return blocks[1] if shares_content(text, below) else None


def _run_in_title(text: str, first: Block, found: tuple[str, str | None] | None,
                  whole: bool = True) -> tuple[int, int] | None:
    """The span of a title that the first line (``first``) runs straight into its first sentence
    (:func:`titles.run_in_title`: ``Base URL test Lorem ipsum dolor sit amet, ...``), where the
    other rules read no title, or read the title and its copy printed twice in a row, or (``whole``:
    a text in lines, which the segment step did not cut) the whole first line that runs on into
    that sentence. A unit the segment step cut is read by its rules (a byline under a headline that
    ends like a sentence: ``Council votes budget Mayor wins the fight, ends a debate. By Jane Doe``). The sentence
    may open on the next line (``text``, the document's, is read on from the line's start); the
    title stands on the first.

    >>> doc = Document.from_text("Base URL test Lorem Lorem ipsum dolor sit amet, consectetur elit.\\nMore text.")
    >>> _run_in_title(doc.text, doc.blocks[0], None), _run_in_title(doc.text, doc.blocks[0], (doc.blocks[0].text, None))
    ((0, 13), (0, 13))
    >>> _run_in_title(doc.text, doc.blocks[0], ("Base URL", None)) is None  # another rule's title stands
    True
    """
    if found is not None and not (whole and found[0] == first.text) and not _doubled(norm_key(found[0])):
        return None  # another rule's title stands, whatever the run: it is not read
    run = run_in_title(text[first.start:first.start + _RUN_IN_HEAD])
    if run is None or first.start + run[1] > first.end:
        return None
    key = norm_key(first.text[run[0]:run[1]])
    if found is not None and not (norm_key(found[0]) == f"{key} {key}" or (whole and found[0] == first.text
                                                                           and first.feature(norm_key) != key)):
        return None
    return first.start + run[0], first.start + run[1]


def _doubled(key: str) -> bool:
    """Whether ``key`` is some key ``k`` printed twice, ``f"{k} {k}"``: the only title another rule
    reads that :func:`_run_in_title` may take a run-in title for, besides the first line whole.

    >>> _doubled("aid arrives aid arrives"), _doubled("aid arrives aid"), _doubled(" "), _doubled("")
    (True, False, True, False)
    """
    half = len(key) // 2
    return len(key) % 2 == 1 and key[half] == " " and key[:half] == key[half + 1:]


def _run_in(text: str, a: int, b: int, lined: bool = False) -> bool:
    """Whether ``text[a:b]``, a part of a browser title, is run into what follows it as a
    folded page runs its title into its menus: its line is far too long for a browser title of
    its own (:data:`_FOLDED_LINE`), or a separator or the line's end follows the part (a folded
    title broken by a line break its markup kept). A part that runs into more words on a
    short line is a title's opening only, which the lined rules read whole; so is a short line
    with a blank line under it in a text the segment step left as it was (``lined``): a
    scraper that keeps the layout sets a browser title apart so. A part with a day printed right
    after it (:func:`_day_after`) is run in too: no headline goes on into its dateline.

    >>> _run_in("Aid Arrives | Fars\\nHome", 0, 11), _run_in("Aid Arrives at Dawn\\nHome", 0, 11)
    (True, False)
    >>> _run_in("Aid Arrives at Dawn " + "Home " * 50, 0, 11), _run_in("Aid Arrives | Fars\\n\\nHome", 0, 11, True)
    (True, False)
    """
    start = text.rfind("\n", 0, a) + 1
    end = text.find("\n", b)
    end = len(text) if end < 0 else end
    if end - start >= _FOLDED_LINE:
        return True
    if lined and text.startswith("\n\n", end):
        return False
    return not text[b:end].strip() or separator_at(text, b, end) is not None or _day_after(text, b, end)


def _day_after(text: str, b: int, end: int) -> bool:
    """Whether a day is printed right after ``text[:b]`` (before ``end``): a headline's dateline
    ("... Taylor says Tuesday, January 15, 2008"), which no headline runs on into.

    >>> s = "Turf is terrible, Taylor says Tuesday, January 15, 2008 OVERCAST"
    >>> _day_after(s, 29, len(s)), _day_after("Turf is terrible, Taylor says more", 29, 34)
    (True, False)
    """
    piece = text[b:min(end, b + _DAY_CHARS)]
    lead = len(piece) - len(piece.lstrip())
    return any(d.start == lead for d in find_dates(piece))


def _long_head(text: str) -> bool:
    """Whether a line that starts in the head of ``text`` (where a browser title stands) is far
    too long for a title (:data:`_FOLDED_LINE`): a page folded to one line, or to a few where
    its markup kept a line break (``... Monday, January 14, 2008,\\n3:16 pm Check It Out ...``).

    >>> _long_head("Aid Arrives | Fars\\nHome\\nNews"), _long_head("Aid Arrives | Fars\\nHome " + "News " * 50)
    (False, True)
    """
    pos = 0
    while pos < MAX_BROWSER_TITLE:
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        if end - pos >= _FOLDED_LINE:
            return True
        if end == len(text):
            return False
        pos = end + 1
    return False


def unbroken(doc: Document) -> str:
    """The text as the input had it: the line breaks the segment step put in turned back into spaces.

    >>> import dataclasses
    >>> unbroken(dataclasses.replace(Document.from_text("Aid Arrives\\nHome\\nNews"), breaks=(11,)))
    'Aid Arrives Home\\nNews'
    """
    if not doc.breaks:
        return doc.text
    pieces, pos = [], 0
    for i in doc.breaks:
        pieces.append(doc.text[pos:i])
        pos = i + 1
    pieces.append(doc.text[pos:])
    return " ".join(pieces)


def folded_deck(flat: str, headline: str) -> str | None:
    """The deck a folded page prints right after a copy of its headline (``flat``, the page as
    one run of text): the words between the copy and the article's header (a byline, a day, a
    stamp: ``By``, ``POSTED:``, ``Tuesday, January 8``) that read as a deck (:func:`deck_line`);
    the longest such run, where a header's opener may stand inside a deck ("Insomnia May Be
    Caused By Radiation POSTED: ..."), but no capitalised "By" inside a deck written as a
    sentence, where it opens the byline ("Spurned Zango pleads innocence By John Leyden"), nor a
    byline in capitals ("By JESSICA MINTZ"), nor the headline again (teasers, a photo's caption
    and the headline printed after them, read before its credit is cut), nor a toolbar's labels
    ("Subscribe to this paper Email this article Printer friendly page"). A credit between the
    deck and the header is no part of the deck (:func:`_less_credit`). A deck opens with a letter or
    a digit (:func:`deck_line`), and every run read after a copy opens where its window's words do
    (the credit is cut from its end): a window :func:`_opens_no_deck` rules out is not searched for
    its header and its dates.

    >>> folded_deck("Home Podium for Canuck Bronze medal picks up slack By CP WENGEN -- The bronze medal "
    ...              "went to Canada.", "Podium for Canuck")
    'Bronze medal picks up slack'
    >>> folded_deck("Cell Phones Keep You Up? Insomnia May Be Caused By Radiation POSTED: 2:45 pm EST Jan 22, "
    ...              "2008 People who talk on cell phones may suffer insomnia.", "Cell Phones Keep You Up?")
    'Insomnia May Be Caused By Radiation'
    >>> folded_deck("Podium for Canuck Home News Sport By CP The bronze medal went to Canada.", "Podium for Canuck")
    """
    key = norm_key(headline)
    best: str | None = None
    for _, copy_end in itertools.islice(printed_copies(flat, headline), _COPIES_READ):
        window = flat[copy_end:copy_end + _DECK_CHARS]
        if _opens_no_deck(window):
            continue  # its header and its dates are not searched
        ends = sorted(_header_openers(window) | {d.start for d in find_dates(window)})
        below = flat[copy_end:copy_end + _DECK_CHARS * 2]
        for end in ends:
            deck = " ".join(window[:end].split())
            if len(tokens(deck)) > _DECK_WORDS:
                break
            printed, deck = deck, _less_credit(deck)
            # (the cheap tests first: the headline's words, a byline in capitals; deck_line reads the words below)
            if ((best is None or len(deck) > len(best)) and key not in norm_key(printed)
                    and _BYLINE_INSIDE.search(deck) is None and deck_line(deck, below[end:])
                    and not _toolbar_inside(deck) and not (sentence_case(deck) and _BY_INSIDE.search(deck))):
                best = deck
    return best


def _opens_no_deck(window: str) -> bool:
    """Whether no deck opens ``window``, the text after a copy of a folded page's headline, whatever
    end :func:`folded_deck` reads it to: its first word opens with a mark (a copy in a teaser's list,
    ``... | Next story``), which :func:`deck_line` rules out, or is "By" (the byline right under the
    headline), which :func:`titles.deck_shaped` rules out (a deck less its credit still opens with
    it, or is a piece of it too short for a deck).

    >>> _opens_no_deck(" | Next story"), _opens_no_deck(" By CP"), _opens_no_deck(" Bronze medal picks up")
    (True, True, False)
    """
    first = window.split(None, 1)[:1]
    return not first or not first[0][:1].isalnum() or first[0].lower() == "by"


def _header_openers(window: str) -> set[int]:
    """Where an article's header may open in ``window`` (a folded page's text after its headline's
    copy): the starts of the matches of :data:`_BY_OPENER` and of :data:`_STAMP_OPENER`. The starts one
    alternation of both patterns finds: a match of one never overlaps a match of the other ("By" and
    white space, then a capital; a stamp, which holds no "by", then a colon), so neither hides one of
    the other's (``tests/test_headline_fast_paths.py`` checks it).

    The stamps are matched backwards from each colon (:data:`_STAMP_BEFORE`), where ``finditer`` tried
    their forty-odd words at every character of the window (the deck's search, replayed on every sixth
    folded page: 1.24 -> 1.10 million instructions a page). The same starts: a
    stamp's match ends at the first colon after its start (a stamp's words and the white space after
    them hold none), so each colon ends at most one match of the scan, the one from the leftmost place
    a stamp ending there opens (the scan reaches it first, and no match before it reaches past the
    colon before it). Matched backwards from the colon, the alternation tries its stamps longest
    first (:data:`~newsclean.headlines.signs.STAMPS` is sorted so): two stamps that end at the same
    place share their end, so the first that matches, its look-behind and all, opens leftmost.

    >>> sorted(_header_openers("Rain falls By Ann Lee POSTED: 2:45 pm"))
    [11, 22]
    """
    starts = {m.start() for m in _BY_OPENER.finditer(window)}
    colon = window.find(":")
    while colon >= 0:
        stamp = _STAMP_BEFORE.match(window, 0, colon + 1)
        if stamp is not None:
            starts.add(stamp.start())
        colon = window.find(":", colon + 1)
    return starts


# A wire's name as a credit under a deck: "The Associated Press", "Reuters".
_WIRE_NAME = regex.compile(r"\s(?:The\s++)?(?:" + "|".join(regex.escape(w) for w in (*AGENCIES, *DATELINE_AGENCIES))
                           + r")$")
_SMALL = frozenset(all_of(SMALL_WORDS))
# A share bar's label inside a run of words ("Email this article", "Share this"): a toolbar's, no deck's.
# Read leftmost-longest (POSIX): "Email this article" whole, not "Email" alone; a deck is short.
_SHARE_LABEL = regex.compile(r"(?<!\w)(?:" + "|".join(all_of(NOISE_LINES[reasons.SHARE])) + r")(?!\w)",
                             regex.IGNORECASE | regex.POSIX)
_CREDIT_TAIL_WORDS = 5  # the most words of a credit between a folded page's deck and its dateline


def _toolbar_inside(text: str) -> bool:
    """Whether ``text`` holds a share bar's label of two words or more ("Email this article",
    "Share this"); one word ("Share", "Email") is a deck's as often ("Share prices fall").

    >>> _toolbar_inside("Subscribe to this paper Email this article Printer friendly page")
    True
    >>> _toolbar_inside("Share prices fall as markets slide"), _toolbar_inside("Emails show the mayor knew")
    (False, False)
    """
    return any(len(m.group().split()) > 1 for m in _SHARE_LABEL.finditer(text))


def _less_credit(deck: str) -> str:
    """``deck`` (the words between a folded page's headline and its dateline) less the credit a
    page prints between the deck and the day: a wire's name ("The Associated Press"), the
    newsroom's (:func:`names.desk_credit`: "Staff and agencies"), reporters named as a credit
    (:func:`credit`: "Press Trust of India", "Ann Lee and Bob Stone") or a reporter's name of
    two or three words in a deck written as a sentence, these two only after a lower-case word
    other than a small one, where the deck's sentence ends ("... offer budget options James
    Rivington"; "... talks with Tom Hanks" keeps its name). The shortest such credit of up to
    :data:`_CREDIT_TAIL_WORDS` words is cut.

    >>> _less_credit("Pepsi, Justin Timberlake Line Up Behind Amazon MP3s The Associated Press")
    'Pepsi, Justin Timberlake Line Up Behind Amazon MP3s'
    >>> _less_credit("Visitors win by 128 runs Staff and agencies")
    'Visitors win by 128 runs'
    >>> _less_credit("Cheaper laptops offer budget options Ann Lee")
    'Cheaper laptops offer budget options'
    >>> _less_credit("The actor will meet with Tom Hanks"), _less_credit("Claims of song plagiarism dropped")
    ('The actor will meet with Tom Hanks', 'Claims of song plagiarism dropped')
    """
    wire = _WIRE_NAME.search(deck)
    if wire is not None:
        return deck[:wire.start()]
    words = deck.split()
    for n in range(1, min(_CREDIT_TAIL_WORDS, len(words) - DECK_MIN_WORDS) + 1):
        head, tail = " ".join(words[:-n]), " ".join(words[-n:])
        if not tail[:1].isupper():
            continue
        last = words[-n - 1]
        closed = last.islower() and last not in _SMALL  # the deck's sentence ends there, no name follows on
        named = closed and n in (2, 3) and sentence_case(head) and byline_names(f"By {tail}") == [tail]
        if desk_credit(tail) or (closed and n > 1 and credit(tail)) or named:
            return head
    return deck


def _folded_first_line(text: str) -> bool:
    """Whether the first line of ``text`` is a browser title run into the page's menus and its
    headline's copy: the line prints its own opening again (:func:`layout.title_copies.reprinted_title`
    read on the line alone). A page folded to a few lines (its markup kept a line break here and
    there) has no line a browser title stands on alone, and the lined rules find nothing there.

    >>> _folded_first_line("Vardan loses in Chennai : India Sports Vardan loses in Chennai Posted\\n: Mon, 31 Dec")
    True
    >>> _folded_first_line("Vardan loses in Chennai : India Sports\\nHome\\nVardan loses in Chennai")
    False
    """
    end = text.find("\n")
    line = text[:len(text) if end < 0 else end]
    if len(line) > MAX_BROWSER_TITLE or not _repeats_a_word(line):
        return False
    span = reprinted_title(line, 0, len(line))
    return span is not None and line.find(line[span[0]:span[1]], span[1]) >= 0


def _repeats_a_word(line: str) -> bool:
    """Whether a word of ``line`` (``str.split``'s) stands in it twice: the test :func:`_folded_first_line`
    makes before it reads the title's copies (about three first lines in four of the eval pages
    repeat none). A headline :func:`layout.title_copies.reprinted_title` reads holds three words or
    more, so its second word has white space on both sides inside it; where the line prints the
    headline twice, apart, that word stands whole in the line at two places.

    >>> _repeats_a_word("Aid Arrives | Fars Home Aid Arrives Now"), _repeats_a_word("Aid Arrives | Fars")
    (True, False)
    """
    words = line.split()
    return len(set(words)) < len(words)


def _broken_inside(text: str, pos: int) -> bool:
    """Whether the line break at ``text[pos]`` stands inside a run of text, with spaces before it or
    after it: the white space of the page's markup kept inside a text node ("... Channels India \\n
    News National"), where a text laid out in lines (a line for each element or block) breaks
    between two elements, with no space around its breaks.

    >>> _broken_inside("Storm hits | Herald \\n   News Sport", 20), _broken_inside("Storm hits | Herald\\nNews", 19)
    (True, False)
    """
    return pos < len(text) and (text[pos - 1:pos] in (" ", "\t") or text[pos + 1:pos + 2] in (" ", "\t"))


_DATELINE_WORDS = 6  # a wire credit and a day: "AFP Friday 24 Oct 2014"


def _before_dateline(doc: Document, flat: str, span: tuple[int, int]) -> tuple[int, int]:
    """``span`` (a folded page's headline) up to the first unit the segment step cut inside it
    that is a dateline ("AFP Friday 24 Oct 2014", "Reuters March 3, 2019"): the wire credit and
    the day a page prints after its headline, which the copy that confirms the title runs on
    into; the dateline step removes that unit, and the title ends before it, as the line the
    title step removes does. A unit of the headline itself (one cut after a stop inside it:
    ``Dozens Killed! Aid Arrives``) stays in.

    >>> import dataclasses
    >>> text = "Storm hits the coast AFP 24 Oct 2014 The storm came."
    >>> doc = dataclasses.replace(Document.from_text(text), breaks=(20, 36))
    >>> _before_dateline(doc, text, (0, 24))
    (0, 20)
    """
    i = bisect.bisect_right(doc.breaks, span[0])
    breaks = doc.breaks
    while i < len(breaks) and breaks[i] < span[1]:
        end = breaks[i + 1] if i + 1 < len(breaks) else len(flat)
        unit = flat[breaks[i] + 1:end]
        if date_line(unit) is not None or (len(unit.split()) <= _DATELINE_WORDS and find_dates(unit)):
            return span[0], breaks[i]
        i += 1
    return span


_CARRIED = "-|–—:·•»›>/\\~"  # a title's separators: a line that ends with one goes on with the title


def _title_lines_end(text: str, line_end: int) -> int:
    """Where the browser title that opens ``text`` ends when its first line ends at ``line_end``: a
    ``<title>`` whose text keeps the line breaks of its markup breaks after a separator and goes on
    ("edmontonsun.com -\\nMusic-\\nLavigne lawsuit settled"), within :data:`MAX_BROWSER_TITLE`.

    >>> s = "Sun -\\nMusic-\\nLawsuit settled Home\\nNews"
    >>> s[:_title_lines_end(s, 5)]
    'Sun -\\nMusic-\\nLawsuit settled Home'
    """
    end = line_end
    while end < min(len(text), MAX_BROWSER_TITLE) and text[:end].rstrip()[-1:] in tuple(_CARRIED):
        nxt = text.find("\n", end + 1)
        end = len(text) if nxt < 0 else nxt
    return end


def _unmarked_end(flat: str, line_end: int) -> int:
    """Where the first line of ``flat`` (up to ``line_end``) ends once the markup swallowed into it
    goes (an unclosed ``<title>``: the line ends where the markup opens, :func:`titles.unmarked`).
    Read only where a rule needs it: the first line of a page folded to one line is the page.

    >>> _unmarked_end('Aid Arrives</title><b class="x">Home', 34), _unmarked_end("Aid Arrives", 11)
    (11, 11)
    """
    return len(unmarked(flat[:line_end]))


def _unmarked_text(flat: str, line_end: int) -> str:
    """``flat`` less what follows the markup swallowed into its first line (:func:`_unmarked_end`),
    where there is such markup; else ``flat`` whole."""
    marked = _unmarked_end(flat, line_end)
    return flat[:marked] if marked < line_end else flat


def _unmarked_run_in(flat: str, line_end: int, a: int, b: int, lined: bool) -> bool:
    """:func:`_run_in` of :func:`_unmarked_text`: whether ``flat[a:b]`` is run into what follows it
    once the markup swallowed into the first line (``line_end`` long) goes. A first line of
    :data:`_FOLDED_LINE` characters or more that holds the part is run in unless the markup leaves
    it shorter, so only markup that starts in its first :data:`_FOLDED_LINE` characters (or in the
    white space right after them, which the cut drops) is looked for (:func:`titles.markup_start_by`),
    not markup anywhere in a page folded to one line.

    >>> s = "Aid Arrives at Dawn " + "Home News " * 30
    >>> _unmarked_run_in(s, len(s), 0, 11, False), _unmarked_run_in("Aid Arrives at</b>" + s, 18 + len(s), 0, 11, False)
    (True, False)
    """
    if line_end < _FOLDED_LINE or b > line_end:
        return _run_in(_unmarked_text(flat, line_end), a, b, lined)
    bound = _FOLDED_LINE - 1  # markup from past the white space here leaves a line of _FOLDED_LINE or more
    while bound < line_end and flat[bound].isspace():
        bound += 1
    at = markup_start_by(flat[:line_end], bound)
    return at is None or _run_in(flat[:len(flat[:at].rstrip())], a, b, lined)


# A character that every separator (titles.SEPARATOR) holds after only white space, or an underscore.
_TRAIL_MARK = re.compile(f"[_{SEPARATOR_MARKS}]")
_SPACES_AFTER = regex.compile(r"\s*+")
_WORD = regex.compile(r"\S")  # where a token of layout.unit_words (\S++) may open


def _trail_may_follow(flat: str) -> bool:
    """Whether a separator (:data:`titles.SEPARATOR`) or an underscore may stand right after the
    headline :func:`layout.title_copies.reprinted_title` reads at the head of ``flat``: the test
    :func:`folded_headline` makes of a text that opens with a sentence of prose, asked without
    looking for the headline's copies. False where none can start where that headline can end.
    That headline holds three words or more (:data:`layout.title_copies._TITLE_WORDS`), each a word of
    the text before its end, and runs on for :data:`layout.title_copies._TITLE_CHARS` characters at most
    from the head's first token, or, where the head holds a separator (:func:`_head_parted`), from
    a part's first token in the head (:data:`layout.title_copies._TITLE_HEAD` characters); a part before
    a site's separator ends before it. A separator starts with white space and a mark
    (:data:`_TRAIL_MARK`), or with the mark, and one that starts inside a run of white space starts
    at the run's start too (:func:`titles.separators_in`), so each mark up to the first
    character after the last place the headline can end is tried at the start of the white space
    before it, where its neighbours let a separator hold it (:func:`titles.may_separate`;
    ``tests/test_folded_headline_fast.py`` compares the answer with the headline's copies found).

    >>> _trail_may_follow("The storm hit the coast on Monday. It rained.")
    False
    >>> _trail_may_follow("Storm hits the coast - Herald"), _trail_may_follow("Storm hits - Herald")
    (True, False)
    """
    first = _WORD.search(flat, 0, min(len(flat), _TITLE_HEAD))
    if first is None:
        return False  # no word in the head: no headline
    near = first.start() + _TITLE_CHARS  # the farthest end of a headline that opens the head
    reach = _SPACES_AFTER.match(flat, min(len(flat), _TITLE_HEAD + _TITLE_CHARS)).end()
    for mark in _TRAIL_MARK.finditer(flat, 0, reach + 1):
        q, c = mark.start(), mark.group()
        if c != "_" and not may_separate(flat, q):
            continue  # a hyphen inside a word, a colon inside a time, a slash inside an address
        at = q if c == "_" else spaces_start(flat, 0, q)
        if len(flat[:at].split(None, _TITLE_WORDS - 1)) < _TITLE_WORDS:
            continue  # no headline of three words ends there
        if c == "_" or separator_at(flat, at) is not None:
            return at <= near or _head_parted(flat)  # past near: only a part after a separator reaches it
    return False


def _head_parted(flat: str) -> bool:
    """Whether :func:`layout.title_copies.reprinted_title` reads a part of the browser title at the head
    of ``flat`` after a separator: a separator stands in its head, the
    :data:`layout.title_copies._TITLE_HEAD` characters less any markup."""
    head_end = min(len(flat), _TITLE_HEAD)
    head_end = min(head_end, len(unmarked(flat[:head_end])))
    return next(separators_in(flat, 0, head_end), None) is not None


def _may_double(flat: str) -> bool:
    """Whether :func:`layout.title_copies.doubled_headline` may find a headline printed twice in a row at
    the head of ``flat``: it reads the first :data:`layout.title_copies._DOUBLED_TOKENS` tokens of the
    :data:`layout.title_copies._TITLE_HEAD` characters for a run of :data:`layout.title_copies._DOUBLED_LEAST`
    to :data:`layout.title_copies._DOUBLED_WORDS` tokens printed again right after it, and asks more of
    such a run only. Here the runs are found from their first four tokens, which come twice
    then (one set of every four tokens in a row tells most heads that none does), where the rule
    compares two slices for every place and size.

    >>> _may_double("Home Storm hits the coast Storm hits the coast By Ann"), _may_double("The storm hit the coast.")
    (True, False)
    >>> _may_double("Storm hits the coast today Home News Storm hits the coast")  # printed twice, not in a row
    False
    """
    words = _TOKEN.findall(flat, 0, min(len(flat), _TITLE_HEAD))[:_DOUBLED_TOKENS]
    runs = list(zip(*(words[k:] for k in range(_DOUBLED_LEAST)), strict=False))
    if len(set(runs)) == len(runs):
        return False
    starts: dict[tuple[str, ...], list[int]] = {}
    for i, run in enumerate(runs):
        starts.setdefault(run, []).append(i)
    return any(_DOUBLED_LEAST <= j - i <= _DOUBLED_WORDS and 2 * j - i <= len(words)
               and words[i:j] == words[j:2 * j - i]  # the run from i printed again right after it
               for at in starts.values() if len(at) > 1 for i, j in itertools.combinations(at, 2))


def folded_headline(doc: Document, flat: str | None = None) -> str | None:
    """The headline of a page folded to one line (one the segment step cut: ``doc.breaks``, or
    one whose first line is far too long for a browser title, run into the page's menus),
    read in the browser title that opens it and confirmed by a copy the page prints elsewhere
    (:func:`layout.title_copies.reprinted_title`), on the text as the input had it (the breaks turned
    back into spaces); shaped like a headline, not a date or a byline. On a line the segment
    step cut, the browser title's first part stands where no copy confirms it
    (:func:`layout.title_copies.title_head`). ``flat`` is :func:`unbroken` of ``doc``, where the caller
    has it (the title step reads it again for the deck after the headline's copy).

    >>> from newsclean.filters.segment import segment
    >>> doc = segment(Document.from_text("Judges allow video - The Herald " + "Home News World Sport " * 12
    ...     + "Judges allow video By Ann Lee The court met on Monday. It said so. " * 2))
    >>> folded_headline(doc)
    'Judges allow video'
    """
    if flat is None:
        flat = unbroken(doc)
    line_end = flat.find("\n")
    line_end = len(flat) if line_end < 0 else line_end
    inside = _broken_inside(flat, line_end)  # the first line ends inside a run of text: a page folded to a few lines
    if (not doc.breaks and not inside and not _long_head(doc.text) and _unmarked_end(flat, line_end) == line_end
            and not _folded_first_line(doc.text)):
        return None  # lines short enough for a browser title and a menu's items: the lined rules read them
    stop = SENTENCE_BREAK.search(flat, 0, min(line_end, MAX_BROWSER_TITLE))
    prose = not doc.breaks and prose_unit(flat[:line_end if stop is None else stop.start()])
    if prose and not _trail_may_follow(flat):
        return None  # the test below, answered without the copies: no separator can follow the headline
    span = reprinted_title(flat, 0, len(flat))
    if (prose
            and (span is None or (separator_at(flat, span[1]) is None and not flat.startswith("_", span[1])))):
        return None  # uncut text that opens with a sentence of prose (a cleaned text): no browser title,
        # unless the headline a copy confirms has a site's trail after it ("... law - NewsFlash - ...", "This
        # API is so Fetching! ✩ Mozilla Hacks", or joined by an underscore, as Chinese sites join theirs:
        # "... typhoon_English_Xinhua")
    if span is not None and span[0] >= _title_lines_end(flat, line_end):
        return None  # a browser title is read on the first line only (or the lines its separators carry on)
    # a copy confirms it, on a page folded to a few lines where the title's line ends inside a run of text
    confirmed = span is not None and inside
    if span is None and _may_double(flat):  # no browser title's headline printed again: one printed twice
        span = doubled_headline(flat, 0, len(flat))  # in a row at the page's head
        confirmed = span is not None
    if span is None:  # a short headline printed again right after the browser title's trail
        span = trail_copy(flat, 0, len(flat))
        confirmed = span is not None
    if span is None and doc.breaks:  # unconfirmed: the browser title that opens a page's line, or its first unit
        span = title_head(flat, 0, len(flat) if doc.facts.furniture else doc.breaks[0])
    if span is None or not (confirmed or _unmarked_run_in(flat, line_end, *span, lined=not doc.breaks)):
        return None
    if doc.breaks and span[1] > doc.breaks[0] and prose_unit(flat[:doc.breaks[0]]):
        return None  # a folded article that opens with a sentence (a caption's, a deck's, a notice's):
        # no browser title stands before it, and none runs on past it
    span = _before_dateline(doc, flat, span)
    head = flat[span[0]:span[1]]
    if (not headline_shaped(head) or _dated(head) or byline_names(head) or flat.startswith(_BACK, span[0])
            or not _balanced(head)):
        return None
    return head
