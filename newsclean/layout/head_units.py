"""The units a headline runs into at the head of a folded line, each read on its own.

A byline (``By Jane Doe``, ``SANDRA CHEREB Associated Press Writer``), an author's or a
publication's credit, a date stamp, a gallery's pager (``« Previous``), a wire dateline
(``DAMASCUS (Reuters) -``), a section's label in lower case (``world news``), share buttons and
player labels: each function here returns where one stands in ``text[start:end]`` (or ``None``),
and :func:`~newsclean.layout.line_head.head_breaks` cuts the line there.

>>> s = "Syria Attack Leaves Dozens Dead DAMASCUS (Reuters) - A suspected attack killed dozens."
>>> s[wire_dateline(s, 0, len(s)) + 1:]
'DAMASCUS (Reuters) - A suspected attack killed dozens.'
"""

from __future__ import annotations

import bisect
import itertools
import re

import regex

from .. import reasons
from ..alternatives import Alternatives, AnyOf, beginnings, lowered_as_matched, opens_any_word
from ..lexicon import (
    AD_MARKS,
    AGENCIES,
    AUTHOR_BUTTONS,
    AUTHOR_ROLES,
    DATE_PREFIXES,
    DATELINE_AGENCIES,
    DESKS,
    NAME_JOINS,
    NAME_PARTICLES,
    NOISE_LINES,
    PAGER_LINKS,
    PLACE_OPENINGS,
    PUBLICATION_WORDS,
    REGIONAL_AGENCIES,
    SHARE_LABELS,
    UPDATED_PREFIXES,
    all_of,
)
from ..sentences import SPACE
from .headline_case import (
    HEAD,
    MAX_HEADLINE,
    MIN_HEADLINE,
    RESTATED_WORDS,
    SMALL,
    TOKEN,
    capitalised,
    lower_word,
    opener,
)
from .unit_words import plain_spaces, span_tokens, token_start

__all__ = [
    "BYLINE_WORDS",
    "agency_credit",
    "byline_opening",
    "head_byline",
    "head_credit",
    "label_openings",
    "pager_run",
    "release_dateline",
    "restated_opening",
    "section_label",
    "share_labels",
    "share_opening",
    "stamp",
    "toolbar_start",
    "wire_dateline",
]

# National wire agencies that credit stories as one word: Syria's SANA, Lebanon's NNA, Egypt's MENA.
_WIRES = (*AGENCIES, *REGIONAL_AGENCIES)
_AGENCY_WORD = regex.compile(r"(?<=\s)(?:" + "|".join(regex.escape(a) for a in _WIRES) + r")(?=\s)")
# ... each a word of its own between white space, which ``str.split`` reads apart too (it splits at every
# character the engine's \s matches, and at a few more): where no word of a head's split is one, the
# pattern finds none (one split and a set test, where its look-behind was tried at every character of the
# head: about 100,000 instructions a head)
_WIRE_WORDS = frozenset(_WIRES)


# A byline run into the headline before it: "By" and a capitalised name (``By JEFF KAROUB``,
# ``By Jane Doe``); mid-sentence English writes the preposition in lower case.
BYLINE_WORDS = 10  # words of a byline's names and desk (``SANDRA CHEREB Associated Press Writer``)
# A newsroom's credit after "By" writes its role or desk in lower case too: ``By Staff reports``.
_DESK_WORDS = "|".join(regex.escape(w) for w in sorted({*all_of(AUTHOR_ROLES), *all_of(DESKS)}, key=len, reverse=True))
_BYLINE = regex.compile(r"(?<=\S)\x20By\x20(?=\p{Lu}[\p{L}.'’-]*+\x20(?:\p{Lu}|(?i:" + _DESK_WORDS + r")s?\b))")


# "By" that opens a byline inside a head line: after a sentence-case headline (which writes a
# mid-sentence "by" in lower case), or before a name in capitals ("By HAMZA HENDAWI").
_HEAD_BY = regex.compile(r"(?<=\S)\x20(?:By|BY)\x20(?=\p{Lu})")
_CAPS_NAME = regex.compile(r"\p{Lu}[\p{Lu}.'’-]++\x20\p{Lu}[\p{Lu}.'’-]*+(?:\W|$)")


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
    spans = [(m.start(), m.group()) for m in TOKEN.finditer(text, start, end)]
    k = 0
    while k < len(spans) and k < _KICKER_WORDS + 1 and spans[k][1].isalpha() and spans[k][1].islower():
        k += 1
    if not 1 <= k <= _KICKER_WORDS or spans[0][1] in _PARTICLES:
        return None
    head = [w for _, w in spans[k:]]
    if len(head) < MIN_HEADLINE or not opener(head[0]) or not all(
            capitalised(w) or w.lower() in SMALL for w in head):
        return None
    at: int = spans[k][0] - 1
    return at


# A share bar's buttons over the headline, run into it on one line (``Email Aussies need doubles
# win at Hopman Cup Posted January 1, 2008``, ``Print Email Council approves the budget ...``): the
# buttons a page sets above its headline, read whole from the line's start (a label of up to
# three words, "Share this", "Email", "Print Email"); the boilerplate step removes them.
# (matched with only the alternatives that may open with the words' first characters, and those that open
# with any word only where a word they need stands: see alternatives.AnyOf)
_BUTTONS = AnyOf(all_of(NOISE_LINES[reasons.SHARE]), regex.IGNORECASE)
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
    spans = list(itertools.islice(TOKEN.finditer(text, start, end), MAX_HEADLINE + _BUTTON_WORDS))
    for k in range(min(_BUTTON_WORDS, len(spans) - MIN_HEADLINE), 0, -1):
        if not _BUTTONS.fullmatch(text[spans[0].start():spans[k - 1].end()]):
            continue
        head = [m.group() for m in spans[k:]]
        if not opener(head[0]) or not any(lower_word(w) and w not in SMALL for w in head[1:]):
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
# (full-matched with only the alternatives that may open with the label's first character)
_LABEL = Alternatives([(None, [p for kind in (reasons.NAVIGATION, reasons.PLAYER)
                               for p in all_of(NOISE_LINES[kind]) if _FIXED.search(p) is None])], regex.IGNORECASE)
_AD_MARKS = frozenset(all_of(AD_MARKS))
_LABEL_WORDS = 8  # words of the longest label: "Media playback is unsupported on your device"
_SENTENCE_WORDS = 12  # words after a label read for the sentence case of the sentence it runs into


def _opens_with(pattern: Alternatives | regex.Pattern[str], text: str, pos: int, endpos: int) -> bool:
    """Whether ``pattern`` matches at ``pos`` (before ``endpos``): the cheap test run before
    full-matching it on each run of words from ``pos`` that ends at or before ``endpos``, one
    call instead of one for each run. Sound for a pattern of literals, classes, groups, greedy
    or lazy repeats and ``\\b`` (no look-around, anchor, possessive repeat, atomic group or
    back-reference: ``tests/test_segment_fast.py`` checks the lexicon's): the path that
    full-matches a run is a match at ``pos``, since a run ends before white space or at ``endpos``.

    >>> words = regex.compile("view all|advertisement", regex.IGNORECASE)
    >>> _opens_with(words, "View all (4) Rebranded", 0, 12), _opens_with(words, "The view all", 0, 12)
    (True, False)
    """
    return pattern.match(text, pos, endpos) is not None


def _label_end(spans: list[regex.Match[str]], k: int, text: str) -> int:
    """How many of ``spans[k:]`` make one label (:data:`_LABEL`), longest first; 0 for none.
    Where no label opens the words at all (:func:`_opens_with`), no length is tried."""
    top = min(_LABEL_WORDS, len(spans) - k - 1)
    if top <= 0 or not _opens_with(_LABEL, text, spans[k].start(), spans[k + top - 1].end()):
        return 0
    for n in range(top, 0, -1):
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
    if start < end and text[start] not in SPACE and (not _LABEL.may_begin(text, start, end)
                                                     or _LABEL.match(text, start, end) is None):
        return []  # no label opens the unit: _label_end's first test, on all its words, no token read
    tokens = TOKEN.finditer(text, start, end)
    spans = list(itertools.islice(tokens, _LABEL_WORDS + 1))  # the first label's words, and one after them
    n = _label_end(spans, 0, text)
    if n == 0:
        return []  # most units open with no label: the rest of their words is not read
    spans += itertools.islice(tokens, _LABEL_WORDS * 3 + _SENTENCE_WORDS - len(spans))
    out: list[int] = []
    k = 0
    while n:  # a label ends at least one word before the last read (_label_end): spans[k] follows it
        k += n
        out.append(spans[k].start() - 1)
        n = _label_end(spans, k, text)
    head = [m.group() for m in spans[k:k + _SENTENCE_WORDS]]
    if not opener(head[0]) or not any(lower_word(w) and w not in SMALL for w in head[1:]):
        return []  # a label's word that opens a headline or a name
    label = text[spans[0].start():spans[k - 1].end()]
    if label.isupper() and head[0].isupper() and len(head[0]) > 1:
        return []  # a label in capitals that goes on in capitals: "SIGN UP FOR OUR NEWSLETTER"
    return out


# A share button's label that names its network (``Share this on WhatsApp``, ``Share on Facebook``,
# ``Share via Email``): a line of its own on a page, never words of a sentence (which writes
# "share" in lower case), run in between two units on a folded line.
_SHARE_ON = regex.compile(r"(?<=\x20|^)(?:" + "|".join(all_of(SHARE_LABELS)) + r")(?=\x20|$)", regex.IGNORECASE)
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


# Where a button that opens with a word of its own may open, right after white space (where a word
# starts): one of its beginnings (:func:`~newsclean.alternatives.beginnings`) matches there.
_BUTTON_BEGINNINGS = beginnings([a for a in all_of(NOISE_LINES[reasons.SHARE])
                                 if not opens_any_word(a, regex.IGNORECASE)], regex.IGNORECASE)
_BUTTON_AT = None if _BUTTON_BEGINNINGS is None else re.compile("\x20(?=" + _BUTTON_BEGINNINGS.pattern + ")")


def _button_places(text: str, start: int, end: int) -> set[int] | None:
    """The places of ``text[start:end]`` after a space where :data:`_BUTTONS` may match when no
    word it needs stands (``needed=False``), as far as the beginnings of its alternatives that
    open with words of their own tell, read up to ``end`` (``None``: they cannot tell). At a word
    that starts elsewhere after a space and ends by ``end``, its ``match`` is ``False``: it asks
    first whether one of those beginnings matches the word's first characters
    (``AnyOf._may_open``); a word after other white space (a tab, a line break, a no-break space)
    the caller asks itself. One ``re`` search over the span, which skips from one space to the next
    (a literal: the look-behind for any white space was tried at every character, about 300
    instructions each), the beginnings tried only there, where each word was one call to
    :class:`~newsclean.alternatives.AnyOf` (about 12,000 instructions a word, 22 words of a
    folded line's head, most ruled out by the beginnings).

    >>> s = "Local biotech researcher dies Print Article Email Article"
    >>> sorted(s[i:i + 5] for i in _button_places(s, 0, len(s)))
    ['Artic', 'Artic', 'Email', 'Print']
    """
    if _BUTTON_AT is None:
        return None
    return {m.start() + 1 for m in _BUTTON_AT.finditer(text, max(start - 1, 0), end)}


def toolbar_start(text: str, start: int, end: int) -> int | None:
    """The space before a share bar that a headline runs into at the head of a folded line
    (``Local biotech researcher dies Print Article Email Article Reprints``): two of its buttons in
    a row, four words or more after the line's start, within :data:`HEAD` characters; or ``None``.
    One button's word alone may be a headline's ("Print", "Share").

    >>> s = "Local biotech researcher dies Print Article Email Article Reprints RSS Feeds"
    >>> s[toolbar_start(s, 0, len(s)) + 1:][:13]
    'Print Article'
    >>> toolbar_start("Newspaper plans to print more copies Share prices rose", 0, 54) is None
    True
    """
    starts, ends = _word_spans(text, start, min(end, start + HEAD), MAX_HEADLINE + 2)
    # whether a word that the buttons opening with any word need stands in the words read (one test for all)
    needed = bool(starts) and _BUTTONS.needs(text, starts[0], ends[-1])
    may = None if needed or len(starts) <= MIN_HEADLINE + 1 else _button_places(text, starts[MIN_HEADLINE], ends[-1])

    def button(k: int, n: int) -> bool:  # whether words k to k + n - 1 are one button's words
        return k + n <= len(starts) and _BUTTONS.fullmatch(text[starts[k]:ends[k + n - 1]], needed)

    def opens(k: int) -> bool:  # whether a button may open at word k (one call, not one for each length)
        # (_opens_with's test: a full match of a run of words from word k is a match there)
        return _BUTTONS.match(text, starts[k], ends[min(k + _BUTTON_WORDS, len(starts)) - 1], needed)

    for k in range(MIN_HEADLINE, len(starts) - 1):
        if may is not None and starts[k] not in may and text[starts[k] - 1] == " ":
            continue  # no button's beginning at the word (most words): opens(k) is False
        if opens(k) and any(button(k, n) and any(button(k + n, m) for m in range(1, _BUTTON_WORDS + 1))
                            for n in range(1, _BUTTON_WORDS + 1)):
            at: int = starts[k] - 1
            return at
    return None


def _word_spans(text: str, start: int, end: int, most: int) -> tuple[list[int], list[int]]:
    """Where the first ``most`` words of ``text[start:end]`` (:data:`TOKEN`'s matches) start, and where
    they end. Where the span opens with a word and holds those words one space apart (a page folded with
    ``get_text(" ")``), they are its ``str.split`` and their lengths place them (one split and one join
    in C, a step of Python a word); elsewhere the pattern's matches (about 2,000 instructions each).
    ``tests/test_segment_fast.py`` compares the two.

    >>> _word_spans("Home  News The council met", 0, 26, 3), _word_spans("Home News The council", 0, 21, 3)
    (([0, 6, 11], [4, 10, 14]), ([0, 5, 10], [4, 9, 13]))
    """
    if plain_spaces(text, start, end):
        words = text[start:end].split(maxsplit=most)[:most]
        if text.startswith(" ".join(words), start):
            starts, ends = [], []
            at = start
            for word in words:
                starts.append(at)
                at += len(word)
                ends.append(at)
                at += 1
            return starts, ends
    spans = [m.span() for m in itertools.islice(TOKEN.finditer(text, start, end), most)]
    return [a for a, _ in spans], [b for _, b in spans]


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
    spans = [(m.start(), m.group()) for m in TOKEN.finditer(text, start, end)]
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
            opened = None if opened == k - 1 or words[opened - 1].lower() in SMALL else opened
        else:
            the = next((i for i in range(k - 2, max(-1, k - _PUBLICATION_WORDS - 1), -1) if words[i] == "The"), None)
            if the is None or not all(_NAME_WORD.fullmatch(w) for w in words[the:]):
                return None
            opened = _names_before(words, the)
    if opened is None or opened < MIN_HEADLINE or _NAME_WORD.fullmatch(words[opened - 1]):
        return None  # no headline before, or one whose capitalised words run into the names
    if not any(lower_word(w) and w.lower() not in SMALL for w in words[1:opened]):
        return None  # a Title Case headline: its last words may be the names
    at: int = spans[opened][0] - 1
    return at


def head_byline(text: str, start: int, end: int) -> int | None:
    """The space before a byline between a headline and the date under it, both run into one
    line (``Andy Murray crashes out By Chris Wilson 14/01/2008``, ``Rice Lauds Iraqi
    Reconciliation Efforts By HAMZA HENDAWI – 18 hours ago``): four words or more before
    ``By``, a name in capitals after it or a headline in sentence case before it (a Title Case
    headline capitalises a mid-sentence "By": ``Man Bitten By Shark Off Maui``).

    >>> s = "Andy Murray crashes out By Chris Wilson"
    >>> s[head_byline(s, 0, len(s)) + 1:]
    'By Chris Wilson'
    >>> head_byline("Man Bitten By Shark Off Maui", 0, 28) is None
    True
    """
    m = _HEAD_BY.search(text, start, end)
    if m is None or m.end() >= end:
        return None
    before = text[start:m.start()].split()
    if len(before) < MIN_HEADLINE:
        return None
    sentence_case = any(lower_word(w) and w not in SMALL for w in before[1:])
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
    return any(lower_word(w) and (w not in SMALL or w == "by") for w in text[start:end].split())


# A capitalised date prefix and a digit soon after it: a date stamp whose date may be in a form
# the date finder does not read ("Last updated at 11:25am on 07.01.08").
_DIGIT = regex.compile(r"\d")  # what _STAMP's look-ahead needs within the head (the engine's \d)
_STAMP = regex.compile(r"(?<=\S\x20)(?=(?-i:\p{Lu}))(?:" + "|".join(
    regex.escape(p) for p in sorted({*all_of(DATE_PREFIXES), *all_of(UPDATED_PREFIXES)}, key=len, reverse=True))
    + r")\b(?=\x20?:?\x20?(?:(?:on|at)\x20)?\d)", regex.IGNORECASE)


# ... each of whose prefixes opens with one of these, lowered as the engine folds case: where none stands
# in the head's lowered copy (a scan in C each), no prefix does, and the pattern (its look-behind tried at
# every character of the head, about 190,000 instructions) is not searched
_STAMP_OPENINGS = tuple(sorted({lowered_as_matched(p)[:4]
                                for p in (*all_of(DATE_PREFIXES), *all_of(UPDATED_PREFIXES))}))


def _after_headline(pattern: regex.Pattern[str], text: str, start: int, end: int) -> regex.Match[str] | None:
    """The first match of ``pattern`` at the head of the folded line ``text[start:end]`` (within
    :data:`HEAD` characters) with a headline's words before it (:data:`MIN_HEADLINE` or more),
    or ``None``: where a headline runs into a stamp, a dateline, a byline or a credit.

    >>> _after_headline(regex.compile("AFP"), "Syria bombing kills 16 AFP Strikes", 0, 35).start()
    23
    >>> _after_headline(regex.compile("AFP"), "Syria bombing AFP Strikes", 0, 25) is None
    True
    """
    m = pattern.search(text, start, min(end, start + HEAD))
    if m is None or len(text[start:m.start()].split()) < MIN_HEADLINE:
        return None
    return m


def stamp(text: str, start: int, end: int) -> int | None:
    """The space before a date stamp that a headline runs into at the head of a folded line,
    four words or more after the line's start, or ``None``.

    >>> s = "Big Brother bosses pin hopes on a new host Last updated at 11:25am on 07.01.08 Add your view"
    >>> s[stamp(s, 0, len(s)) + 1:][:12]
    'Last updated'
    >>> stamp("Six killed as the bus posted 2 losses", 0, 37) is None
    True
    >>> stamp("Star Wars Original Cuts Might Get Released for 40th Anniversary", 0, 63) is None
    True
    """
    if _DIGIT.search(text, start, min(end, start + HEAD)) is None:
        return None  # a stamp's prefix comes with its day's figures (_STAMP's look-ahead): none without a digit
    head = lowered_as_matched(text[start:min(end, start + HEAD)])
    if not any(opening in head for opening in _STAMP_OPENINGS):
        return None  # no prefix's first letters in the head, in any case the engine folds: no prefix
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
    after = itertools.islice(TOKEN.finditer(text, m.end(), end), _PAGER_LINK_WORDS + 2)
    spans = [(t.start(), t.group()) for t in after]
    for k in range(min(len(spans) - 1, _PAGER_LINK_WORDS + 1)):  # its other links, up to the prose's first sentence
        if not capitalised(spans[k][1]):
            break
        if lower_word(spans[k + 1][1]):
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


# What every match of _WIRE holds: a dash after a space (its first three alternatives end with a space
# and one or two dashes), or an agency's closing bracket and colon (the last one).
_WIRE_MARKS = (" -", " –", " —", "):")


# A press release's dateline, as the release wires print it: a place in capitals, then the wire
# between double dashes (``LAS VEGAS --(Business Wire)-- Today``, ``NEW YORK--(BUSINESS WIRE)--``).
_RELEASE = regex.compile(r"(?<=\S\x20)\p{Lu}{2}[\p{Lu}.'’]*+(?:[\x20-]\p{Lu}[\p{Lu}.'’]*+){0,3}"
                         r"(?:,\x20\p{Lu}[\p{L}.]*+(?:\x20\p{Lu}[\p{L}.]*+){0,2})?\x20?--\([^()\n]{2,40}\)--")


def release_dateline(text: str, start: int, end: int) -> int | None:
    """The space before a press release's dateline that a headline runs into at the head of a
    folded line, four words or more after the line's start, or ``None``.

    >>> s = "Acme Unveils a New Remote LAS VEGAS --(Business Wire)-- Today Acme showed a remote."
    >>> s[release_dateline(s, 0, len(s)) + 1:][:9]
    'LAS VEGAS'
    >>> release_dateline("Acme Unveils a New Remote in LAS VEGAS today", 0, 44) is None
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
    head = text[start:min(end, start + HEAD)]
    if not any(mark in head for mark in _WIRE_MARKS):
        return None  # a wire dateline holds a dash after a space or a source's "):" (see _WIRE_MARKS): none here
    for m in _WIRE.finditer(text, start, min(end, start + HEAD)):
        before = text[start:m.start()].split()
        if len(before) < MIN_HEADLINE or before[-1].lower() == "by":  # "By AHMED MOHAMED - AP": a byline
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
    spans = [(t.start(), t.group()) for t in itertools.islice(TOKEN.finditer(text, m.end(), end), BYLINE_WORDS + 3)]
    for k in range(2, len(spans) - 2):  # the byline's names and desk, up to the prose's first sentence
        word = spans[k][1]
        if lower_word(word) and word not in ("and", "of"):
            break
        if word[:1].isupper() and lower_word(spans[k + 1][1]):
            return m.start(), spans[k][0] - 1
    return None  # no end found: a byline cut from the headline alone would take the prose with it


def agency_credit(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The spaces around a wire agency's name that stands between a headline and its story
    (``Syria bombing kills 16 in Aleppo AFP Syrian government air strikes ...``).

    >>> s = "Syria bombing kills 16 in Aleppo AFP Syrian government air strikes killed 16."
    >>> [s[i + 1:i + 8] for i in agency_credit(s, 0, len(s))]
    ['AFP Syr', 'Syrian ']
    """
    if _WIRE_WORDS.isdisjoint(text[start:min(end, start + HEAD)].split()):
        return None  # no agency's name stands as a word in the head
    m = _after_headline(_AGENCY_WORD, text, start, end)
    if m is None or m.end() >= end:
        return None
    if text[m.start() - 1] != " " or text[m.end()] != " " or not capitalised(text[m.end() + 1:m.end() + 2]):
        return None
    return m.start() - 1, m.end()


def restated_opening(text: str, start: int, end: int) -> int | None:
    """The space before a sentence that opens with the first words of the headline run into it
    (``US-backed Syrian fighters pressing IS gunmen in north US-backed Syrian fighters are ...``).

    >>> s = "US-backed Syrian fighters pressing IS gunmen US-backed Syrian fighters are pushing ahead."
    >>> s[restated_opening(s, 0, len(s)) + 1:][:20]
    'US-backed Syrian fig'
    """
    words = span_tokens(text, start, min(end, start + HEAD))  # TOKEN's, split in C: the one found is located
    k = RESTATED_WORDS
    if len(words) < 2 * k + 1 or not capitalised(words[0]):
        return None
    lowered = list(map(str.lower, words))
    opening = lowered[:k]
    if sum(w not in SMALL for w in opening) < k - 1:
        return None  # "the the the" says nothing of a headline
    for i in range(MIN_HEADLINE, min(len(words) - k, MAX_HEADLINE) + 1):
        if lowered[i:i + k] == opening and opener(words[i]):
            return token_start(text, words, start, i) - 1
    return None
