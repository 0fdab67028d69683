"""How a paragraph looks on its own: prose, a menu item, a list row, a section heading.

:func:`weigh` scores one paragraph for how much it counts towards being the article: prose
(words enough, sentence punctuation, stop words) weighs its length in words less a floor; a
short line without sentence punctuation (a menu item, a button) a little below zero; a
heading that opens comments or related links ("Most Read", "27 Comments") far below zero; a
paragraph the HTML reader marked as mostly links below zero.

>>> from newsclean.document import Document
>>> [weigh(b) for b in Document.from_text("Home\\nMost Read\\nThe army said it had left the town.\\nAll...").blocks]
[-2.0, -30.0, 4.0, 0.5]
"""

from __future__ import annotations

import bisect
import functools
import importlib
import operator
import re
import sys
from collections.abc import Callable, Sequence
from itertools import accumulate
from typing import TypeVar

import regex

from .. import reasons, sentences
from ..alternatives import HEAD, NEEDED, Alternatives, Openings, beginnings, opens_any_word
from ..document import Block
from ..lexicon import END_HEADINGS, ORDINAL_SUFFIXES, SECTION_HEADINGS, STOPWORDS, all_of
from ..memo import LINE_CACHE, released_per_call
from ..words import SPACE, code_line, tokens, without_scripts

__all__ = ["MIN_RUN", "SECTION_WEIGHT", "best_run", "best_runs_before", "covered", "end_heading", "ends_article",
           "ends_sentence", "has_article", "max_run", "page_weights", "row_weight", "section_kind", "weigh",
           "weights_of"]

_ALL_STOP = frozenset().union(*STOPWORDS.values())
_IS_STOP = _ALL_STOP.__contains__
_INDEX = operator.attrgetter("index")
_T = TypeVar("_T")
_FIRST = operator.itemgetter(0)
_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")
_CJK_FIRST = "\u2e80"  # the first character _CJK matches (CJK Radicals Supplement): a line below it holds none
# The regex engine scans a line for this class in about half the instructions the standard library's
# takes (5,000 against 9,700 a non-ASCII weighed line of every sixth page, one and two-byte strings alike).
_FROM_CJK_FIRST = regex.compile("[" + _CJK_FIRST + "-\U0010ffff]")
# "- item", "1) item", "(a) item", "3a etapa: ...", "No. 4 ...": an entry of a list.
_LIST_ITEM = regex.compile(r"(?:[-+*•·▪●◦–]|\d{1,3}[.)]|\(?[a-z\d]\)|no\.\s?\d{1,3}"
                           r"|\d{1,3}(?:" + "|".join(all_of(ORDINAL_SUFFIXES)) + r"|[aoº°ª])?(?=\s+\w+:))\s",
                           regex.IGNORECASE)
# Where a _LIST_ITEM match may stand: a mark, an opening bracket or a figure first (what
# _LIST_MARKS opens with), else a letter's bracket second ("a) ") or the dot of "No." third.
_LIST_MARKS = r"[-+*•·▪●◦–(]|\d"
_LIST_OPENS = Openings(_LIST_ITEM, _LIST_MARKS)
# Parts set apart like a browser title or a menu: "Headline | Site", "News - Sport - Weather".
_PARTS = regex.compile(r"\s[|\-–—·•»/]\s")
_MENU_PARTS = regex.compile(r"\s[|·•»/]\s")
_MENU_SEPARATORS = "|·•»/"  # a line holding none of these has no _MENU_PARTS: not searched
_URL = regex.compile(r"(?:https?://|www\.)\S+")
_URL_OPENINGS = ("http://", "https://", "www.")  # what a _URL match opens with (case counts)
_LEAD = SPACE + "|•·>»-–—:*#"   # marks around a heading: "» Most Read", "-- Related --"
_TRAIL = SPACE + "|•·<«-–—:*#"
_LINE_ENDS = sentences.STOPS + ":;"  # the marks a line ends on as a sentence, or leading into the next line
# The last character of a line that ends on one of _LINE_ENDS: the mark, or a closer or white space that
# may follow it. A line ending with another (most menu items and headings end with a letter) ends on none,
# told without the call of sentences.ends_sentence (test_fast_paths compares the two).
_LINE_END_CHARS = _LINE_ENDS + sentences.CLOSERS + sentences.SPACE
_STOP = re.compile("[" + re.escape(sentences.STOPS) + "]")  # the standard library finds a character faster
_BRACKETED = regex.compile(r"\[\s*(.*?)\s*\]")
_SECTION_SUFFIX = r"[^\w.]{0,3}"  # closing marks after a heading: "Most Read:", "Comments (3) »"
_SECTION_GROUPS = [(reason, [p for ps in table.values() for p in ps]) for reason, table in SECTION_HEADINGS.items()]
_SECTIONS = Alternatives(_SECTION_GROUPS, regex.IGNORECASE, suffix=_SECTION_SUFFIX)
_PROSE_FLOOR = 4       # words a sentence must pass to weigh above zero
MIN_RUN = 3.0          # the least weight of a run that is an article: one real sentence
_SENTENCE_WEIGHT = 0.5  # the least a sentence weighs, however short: "Trucks came."
_LINE_WEIGHT = -2.0    # a short line that is not a sentence: a menu item, a button
_FRAGMENT_WEIGHT = -1.0  # a longer fragment in lower case: a subheading, a list entry
_ROW_WEIGHT = 0.0      # a list item or table row of three words or more
SECTION_WEIGHT = -30.0  # a heading that opens comments or related links
_LINKS = 0.5           # link density above which a paragraph is navigation
_LONG_LINE = 16        # words from which a line without sentence punctuation may still be prose
_LONG_TITLE = 20       # words from which even a capitalised line is prose, not a title
_LOW_STOP = 0.12       # stop-word share below which a long line reads as a list, not prose
_PROSE_TOKENS = 8       # words from which a line tells the page's language
# The fewest characters of a line of _PROSE_TOKENS tokens: a character a token, one between each two (str.lower
# keeps each character a word character or not and the apostrophes as they are, so a line's tokens, read on its
# lowered copy, stand as they stand in the line; tests/test_shape_fast.py checks every character).
_PROSE_CHARS = 2 * _PROSE_TOKENS - 1
_COVERED = 0.15        # page-wide stop-word share above which the lexicon knows the language


_END = regex.compile("(?:" + "|".join(p for ps in END_HEADINGS.values() for p in ps) + r")[^\w.]{0,3}",
                     regex.IGNORECASE)


_END_OPENING = regex.compile("(?:" + "|".join(p for ps in END_HEADINGS.values() for p in ps)
                             + r")(?=\x20(?-i:[\p{Lu}\d\p{Han}\p{Hiragana}\p{Katakana}「『【]))", regex.IGNORECASE)
# Where a heading of _END_OPENING may open: its alternatives' first characters read by the standard library
# (alternatives.beginnings; an empty pattern, which matches anywhere, if they cannot tell). Most places
# end_heading is asked about (a folded line's sentence openings in its last part) open none: told in about a
# third of the engine's call (about 12 of 13 places a folded page).
_END_BEGINS = beginnings([p for ps in END_HEADINGS.values() for p in ps], regex.IGNORECASE) or re.compile("")


def end_heading(text: str, pos: int, end: int) -> int | None:
    """Where a related-links heading of :data:`newsclean.lexicon.END_HEADINGS` that opens
    ``text[pos:end]`` ends, when the links' titles run on after it on the same line (a page
    folded to one line: ``More Great WIRED Stories The strange life of a coder How ...``), or
    ``None``.

    >>> s = "More Great WIRED Stories The strange life of a coder How to opt out"
    >>> s[:end_heading(s, 0, len(s))]
    'More Great WIRED Stories'
    >>> s = "Recommended for you Mayor Quits Rates Fall Again"
    >>> s[:end_heading(s, 0, len(s))]
    'Recommended for you'
    >>> end_heading("Most read stories are short.", 0, 28) is None  # prose goes on in lower case
    True
    """
    if _END_BEGINS.match(text, pos, end) is None:
        return None
    m = _END_OPENING.match(text, pos, end)
    if m is None:
        return None
    at: int = m.end()
    return at


def ends_article(text: str) -> bool:
    """Whether a heading closes the article: a comments heading, or a related-links heading
    of :data:`newsclean.lexicon.END_HEADINGS`.

    >>> ends_article("Most Read"), ends_article("12 Comments"), ends_article("Read more"), ends_article("Related")
    (True, True, False, False)
    >>> ends_article("About the author"), ends_article("About Jane Doe"), ends_article("About the budget")
    (True, True, False)
    """
    kind = section_kind(text)
    if kind == reasons.RELATED_LINKS:
        return _END.fullmatch(text.lstrip(_LEAD).rstrip(_TRAIL)) is not None
    return kind in (reasons.COMMENTS, reasons.ABOUT)


def _longest(patterns: Sequence[str]) -> int:
    """The most characters a match of any of ``patterns`` may span, read off them by the standard
    library's parser of patterns (an item of a pattern matches one character of a text, in the
    ``regex`` engine too unless it folds case fully); ``sys.maxsize`` when a match may run as long as
    the text, or when that parser does not read a pattern (syntax of ``regex``'s own, ``\\p{Lu}``).

    >>> _longest([r"[\\w.@-]{2,30} says", "read more"]), _longest([r"more .{1,40}"]), _longest(["a+"]) == sys.maxsize
    (35, 45, True)
    """
    try:
        parser = importlib.import_module("re._parser" if sys.version_info >= (3, 11) else "sre_parse")
        longest = max((parser.parse(p).getwidth()[1] for p in patterns), default=0)
    except (ImportError, AttributeError, re.error):  # a private module: a Python that changes it gets no bound
        return sys.maxsize
    return longest if longest < parser.MAXREPEAT else sys.maxsize


# The headings that open with any word (a comment's header, "Jane says": :func:`opens_any_word`) defeat
# the first-character and head tests of _SECTIONS: every line was tried against all the alternatives of
# its first character. Such a heading is short (at most _ANY_WORD_LONGEST characters, read off its
# pattern) and holds a word of NEEDED (checked here: else _SECTIONS serves every line). A line longer
# than that, or holding none of those words (most lines), is tried without them (_OWN_SECTIONS), whose
# head test then rules most lines out in one look-up: none of them could match it, so the answer is the
# whole alternation's.
_ANY_WORD = [a for _, alts in _SECTION_GROUPS for a in alts if opens_any_word(a, regex.IGNORECASE)]
_SECTION_NEEDS = tuple(w for w in NEEDED if any(w in a for a in _ANY_WORD))
_ANY_WORD_LONGEST = _longest([a + _SECTION_SUFFIX for a in _ANY_WORD])
_OWN_SECTIONS = (Alternatives([(reason, [a for a in alts if a not in _ANY_WORD]) for reason, alts in _SECTION_GROUPS],
                              regex.IGNORECASE, suffix=_SECTION_SUFFIX)
                 if all(any(w in a for w in NEEDED) for a in _ANY_WORD) else _SECTIONS)
# What _OWN_SECTIONS knows of a text's head (its first HEAD characters): ``False`` where no match of its
# alternatives opens so (learned as its fullmatch is asked, see Alternatives). A text that needs no
# strip or bracket (first character not in _LEAD_OR_BRACKET, last not in _TRAIL), is longer than a head,
# and is not tried with the headings that open with any word, is full-matched by _OWN_SECTIONS as it
# stands: with such a head that answers ``None`` at once, which section_kind then answers itself.
_OWN_HEADS = _OWN_SECTIONS.known_heads
# The one word of _SECTION_NEEDS ("says"), which section_kind's first test looks for in a short text's case
# folding as _needs_any_word does (without its call: about 1,900 instructions a short line). With several
# words it is "", which every text holds: a short text then takes the plain path, which asks _needs_any_word.
_NEED = _SECTION_NEEDS[0] if len(_SECTION_NEEDS) == 1 else ""
_LEAD_OR_BRACKET = _LEAD + "["


@functools.lru_cache(maxsize=LINE_CACHE)
def section_kind(text: str) -> str | None:
    """The section a heading opens (``comments``, ``related_links``, ``about``, ``tags``), or ``None``.

    >>> section_kind("Most Read"), section_kind("View comments (27)"), section_kind("Most people agreed.")
    ('related_links', 'comments', None)
    """
    # Most lines: nothing to strip, longer than a head, and a head known to open no heading of their own
    # (:data:`_OWN_HEADS`): answered first, before the strips and the alternation's call (a line's
    # first sight teaches the head; tests/test_line_features_fast.py compares the two on every eval line).
    # The length first, then the ends by index (a text longer than a head has both; a slice costs a slice
    # object more), and a short text's needed word read inline (:data:`_NEED`, not _needs_any_word's call).
    # _weight asks this same test inline before calling here: a change to it goes in both places.
    if (len(text) > HEAD and _OWN_HEADS.get(text[:HEAD]) is False and text[0] not in _LEAD_OR_BRACKET
            and text[-1] not in _TRAIL
            and (len(text) > _ANY_WORD_LONGEST or _NEED not in (text.lower() if text.isascii() else text.casefold()))):
        return None
    if text[:1] in _LEAD:  # most lines open and end with a word: nothing to strip, and no call made
        text = text.lstrip(_LEAD)
    if text[-1:] in _TRAIL:
        text = text.rstrip(_TRAIL)
    bracketed = _BRACKETED.fullmatch(text) if text[:1] == "[" else None  # "[ Most Read ]"
    if bracketed:
        text = bracketed.group(1)
    if not text or len(text) > 200:
        return None
    any_word = len(text) <= _ANY_WORD_LONGEST and _needs_any_word(text)
    m = (_SECTIONS if any_word else _OWN_SECTIONS).fullmatch(text)
    return m.lastgroup if m else None


def _needs_any_word(text: str) -> bool:
    """Whether ``text`` holds a word that a heading opening with any word needs (:data:`_SECTION_NEEDS`):
    without one, none of those headings matches it, and the alternation less them answers as the whole
    one does. Read on the text's case folding (``str.casefold``), which maps every character the
    engine's case-insensitive matching takes for a letter of those words (``ſ`` for ``s``) to that letter.

    >>> _needs_any_word("Jane SAYS:"), _needs_any_word("Most Read"), _needs_any_word("Jo ſays")
    (True, False, True)
    """
    folded = text.lower() if text.isascii() else text.casefold()  # the same on ASCII, and cheaper
    for word in _SECTION_NEEDS:  # noqa: SIM110  (one word: a loop costs about 900 instructions less than any())
        if word in folded:
            return True
    return False


def _size(text: str) -> tuple[int, tuple[str, ...]]:
    words = tokens(text)
    if text.isascii() or _FROM_CJK_FIRST.search(text) is None:
        return len(words), words
    return len(words) + len(_CJK.findall(text)) // 2, words


def weigh(block: Block, covered: bool = True) -> float:
    """How much a paragraph counts towards being the article (see the module docstring).

    ``covered`` tells whether the page's language is one the stop-word lists know.

    >>> from newsclean.document import Document
    >>> [weigh(b) for b in Document.from_text("Home\\nMost Read\\nThe army said it had left the town.\\nAll...").blocks]
    [-2.0, -30.0, 4.0, 0.5]
    """
    links = block.paragraph.hints.get("link_density") or 0.0  # the hints, without the property's call
    if links > _LINKS and block.feature(section_kind) is None:
        return _LINE_WEIGHT - _size(block.text)[0] * links
    return block.feature(_covered_weight if covered else _uncovered_weight)


def weights_of(blocks: Sequence[Block], covered: bool) -> list[float]:
    """``[weigh(b, covered) for b in blocks]``, with :func:`weigh`'s common case read in the loop: a block
    that is not mostly links weighs its text's feature (a call of ``weigh`` less a block). Where no
    block has hints (a text's lines: only the HTML reader gives them), none is mostly links, and the
    features are read by one ``map`` in C (no step of the loop a block, about 400 instructions each).

    >>> from newsclean.document import Document
    >>> weights_of(Document.from_text("Home\\nThe army said it had left the town.").blocks, True)
    [-2.0, 4.0]
    """
    of = _covered_weight if covered else _uncovered_weight
    # no paragraph with hints (every line of a text): none is mostly links. A comprehension reads the hints
    # faster than a dotted attrgetter (about 3.6 against 6.0 microseconds for 135 blocks)
    if not any([b.paragraph.hints for b in blocks]):
        return _read(blocks, of)
    out: list[float] = []
    append = out.append
    for b in blocks:
        links = b.paragraph.hints.get("link_density")
        append(weigh(b, covered) if links and links > _LINKS else b.feature(of))
    return out


def _read(blocks: Sequence[Block], of: Callable[[str], _T]) -> list[_T]:
    """``[b.feature(of) for b in blocks]``, with no call of ``Block.feature`` (about 1,030 instructions a
    block besides ``of``'s). Where every block holds the feature already (a page weighed again once a step
    removed lines, or cleaned again), it is read from the blocks' dicts of features by a comprehension
    (about 390 instructions a block: the slot read and the subscript are bytecodes, where ``map`` over
    ``operator.attrgetter`` and ``operator.getitem`` made two calls from C a block, about 690). The first
    block without it (a page's first weighing: most blocks lack it then) raises ``KeyError`` there, and
    ``of`` is computed for every block and kept in its dict by ``dict.setdefault``, as ``Block.feature``
    keeps it (a dict that holds it already keeps its own, the same value: ``of`` is a pure function of the
    line's text); a comprehension again (about 810 instructions a block besides ``of``'s, 1,350 by ``map``).

    >>> from newsclean.document import Document
    >>> blocks = Document.from_text("Home\\nThe army said it had left the town.").blocks
    >>> _read(blocks, len), _read(blocks, len), blocks[1].feature(len)
    ([4, 35], [4, 35], 35)
    """
    try:
        return [b._features[of] for b in blocks]
    except KeyError:
        return [b._features.setdefault(of, of(b.text)) for b in blocks]


def _text_weight(text: str, covered: bool) -> float:
    """:func:`weigh` for a paragraph's text (several filters weigh the same lines: cached, one cache for
    each ``covered``: :func:`_covered_weight`, :func:`_uncovered_weight`)."""
    return _covered_weight(text) if covered else _uncovered_weight(text)


def _weight(text: str, covered: bool = True) -> float:
    """:func:`_text_weight`, computed: a section heading, else the line's shape (prose, a long line, a list
    row, a fragment, a menu item), less a line of code.

    The shape's tests are written out in this one function, where they were five calls of a line's first
    weighing (the shape, the sentence inside it, the short weight, its separator test, and this): a Python
    call costs about 500 instructions, and most lines are short ones that take every test. Where one answer
    settles another it is not asked: a line whose last character is one of :data:`_LINE_ENDS` ends on it
    (``sentences.ends_sentence`` finds that mark last once white space and closers are trimmed, and no
    closer follows it); a line of under three words that is not prose weighs as a menu item
    unless it is a URL, which holds no white space and so no menu separator (:data:`_MENU_PARTS` needs it);
    an ASCII line is told free of a stop by three scans in C (``.!?``, the only ASCII characters of
    ``sentences.STOPS``) and of a separator by two (``|/``). ``tests/test_shape_fast.py`` compares it with
    the plain rule on every eval line and random ones.
    """
    # section_kind's first test, written out: most lines pass it (answered None), and are not looked up in
    # its cache nor called (about 1,000 instructions a line's first weighing); the others ask section_kind.
    if not (len(text) > HEAD and _OWN_HEADS.get(text[:HEAD]) is False and text[0] not in _LEAD_OR_BRACKET
            and text[-1] not in _TRAIL
            and (len(text) > _ANY_WORD_LONGEST or _NEED not in (text.lower() if text.isascii() else text.casefold()))
            ) and section_kind(text) is not None:
        return SECTION_WEIGHT
    words = tokens(text)
    ascii_text = text.isascii()
    size = len(words) if ascii_text or _FROM_CJK_FIRST.search(text) is None else _size(text)[0]  # _size, inline
    # the stop-word share is read only where it decides (a long line on a page of a known language)
    listy = covered and size > 8 and (_stop_count(text)[1] / len(words) if words else 0.0) < _LOW_STOP
    last = text[-1:]
    if ((last in _LINE_END_CHARS and ((last != "" and last in _LINE_ENDS) or sentences.ends_sentence(text, _LINE_ENDS)))
            or ((not ascii_text or "." in text or "!" in text or "?" in text) and _sentence_inside(text))):
        weight = max(float(size - _PROSE_FLOOR), _SENTENCE_WEIGHT)
        if listy:
            weight /= 3
    elif (size >= _LONG_LINE and not listy and not _PARTS.search(text)
          and (size >= _LONG_TITLE or not _capitalised(text))):
        weight = size / 2
    else:  # not prose: a list item or table row weighs nothing, a lower-case fragment a little less, a menu less
        n = len(words)
        if n >= 3:
            if (("|" in text or "/" in text) if ascii_text else _holds_separator(text)) and _MENU_PARTS.search(text):
                return _LINE_WEIGHT  # "Headline | Site", "News · Sport · Weather"
            digits = sum(map(str.isdigit, words))  # the figures are counted only where they may decide
            if (digits >= 2 and digits * 3 >= n) or _list_item(text):
                weight = _ROW_WEIGHT
            elif text.startswith(_URL_OPENINGS) and _URL.fullmatch(text):
                weight = _ROW_WEIGHT  # a link printed in full, as lists of sources and products do
            elif n >= 5 and not _capitalised(text):
                weight = _FRAGMENT_WEIGHT
            else:
                return _LINE_WEIGHT
        elif text.startswith(_URL_OPENINGS) and _URL.fullmatch(text):
            weight = _ROW_WEIGHT
        else:
            return _LINE_WEIGHT
    # A script's source ends lines with ";" or ")" but is no prose: it weighs as a menu item. Asked only
    # where the shape weighs more (most lines that are not prose weigh that already, and skip the test).
    if code_line(text):
        return _LINE_WEIGHT
    return weight


def _sentence_inside(text: str) -> bool:
    """``SENTENCE_INSIDE.search(text)``, searched from the line's first stop on (a match is a word's
    last character and its stop): most lines that do not end as a sentence hold no stop at all.

    >>> _sentence_inside("Rates fell. Officials said so"), _sentence_inside("Home | World"), _sentence_inside("v1.2")
    (True, False, False)
    """
    if text.isascii() and "." not in text and "!" not in text and "?" not in text:
        return False  # _STOP's only ASCII characters: three scans in C cost less than the pattern's call
    stop = _STOP.search(text)
    return stop is not None and sentences.SENTENCE_INSIDE.search(text, max(stop.start() - 1, 0)) is not None


# The two weights are cached apart, each by the line alone: a cache keyed by ``(text, covered)`` built and
# hashed a tuple for every look-up, and a block's feature called a wrapper that called it (about 1,000
# instructions more a line's first weighing, and a look-up of every later one). The covered weight, read on
# most pages, is the cache of _weight itself (its ``covered`` defaults to True): no function of Python between
# the cache and the weighing (a call, about 500 instructions a line's first weighing). Its name says which.
_covered_weight = functools.lru_cache(maxsize=LINE_CACHE)(_weight)
_covered_weight.__name__ = _covered_weight.__qualname__ = "_covered_weight"


@functools.lru_cache(maxsize=LINE_CACHE)
def _uncovered_weight(text: str) -> float:
    """:func:`_text_weight` on a page in a language the stop-word lists do not know."""
    return _weight(text, False)


def ends_sentence(text: str) -> bool:
    """Whether a line ends as a sentence does (with its closing quote or bracket), or as a line
    that leads into what follows (a colon, a semicolon): :func:`newsclean.sentences.ends_sentence`.

    >>> ends_sentence("The army left."), ends_sentence("stock car 2018, stock car brasil, ")
    (True, False)
    """
    return text[-1:] in _LINE_END_CHARS and sentences.ends_sentence(text, _LINE_ENDS)


def row_weight(text: str) -> float:
    """What a row of a long list weighs when the list is a text of its own: as a sentence of
    its length would.

    >>> row_weight("1a etapa: 10 de março – Interlagos")
    2.0
    """
    return max(float(_size(text)[0] - _PROSE_FLOOR), _SENTENCE_WEIGHT)


def _holds_separator(text: str) -> bool:
    """Whether ``text`` holds a character of :data:`_MENU_SEPARATORS` (else it holds no _MENU_PARTS): on
    an ASCII line only "|" and "/" may stand, two scans in C.

    >>> _holds_separator("Home | World"), _holds_separator("News · Sport"), _holds_separator("Home")
    (True, True, False)
    """
    if text.isascii():
        return "|" in text or "/" in text
    return any(map(text.__contains__, _MENU_SEPARATORS))


def _list_item(text: str) -> bool:
    """Whether a line opens as an entry of a list (``_LIST_ITEM.match``), tried only where its
    mark can stand (:data:`_LIST_OPENS`, a bracket second, a dot third): most lines open with a
    word, and a pattern's call costs several times these tests.

    >>> _list_item("1) Preheat the oven"), _list_item("a) Preheat"), _list_item("No. 4 Main Street")
    (True, True, True)
    >>> _list_item("The army left"), _list_item("Aid arrives: 3 trucks")
    (False, False)
    """
    may = _LIST_OPENS[text[:1]] or text[1:2] == ")" or text[2:3] == "."
    return may and _LIST_ITEM.match(text) is not None


# An ASCII line's characters as what _capitalised reads of them (a byte table, built from str's own
# tests): white space (where str.split cuts) a space, an upper-case letter "U", any other character "x".
_CASE_MARKS = bytes(32 if chr(c).isspace() else 85 if chr(c).isupper() else 120 for c in range(256))


def _capitalised(text: str) -> bool:
    """Most words start with a capital, as in a title or a menu: "Stop Buying Crap You Don't Need".

    An ASCII line is not cut into words: its characters, after one space put before them, are marked by
    one ``bytes.translate`` (:data:`_CASE_MARKS`); a word opens at each mark that is not a space and
    follows one, so the capitalised words (``" U"``) and the others (``" x"``) are counted by ``bytes.count``
    in C (about 2 instructions a character, where the split and the two maps cost about 300 a word), and
    half the words or more are capitalised where the first count is at least the second.

    >>> _capitalised("Stop Buying Crap You Don't Need"), _capitalised("the army said so"), _capitalised("")
    (True, False, True)
    >>> _capitalised("Home | World\tNews"), _capitalised(" a B c ")
    (True, False)
    """
    if text.isascii():
        marks = (" " + text).encode().translate(_CASE_MARKS)
        return marks.count(b" U") >= marks.count(b" x")
    words = text.split()
    return sum(map(str.isupper, map(_FIRST, words))) * 2 >= len(words)  # each word's first character, in C


class _Page:
    """What the page-wide judgements read of a page's blocks, summed once: the language counts
    (:func:`_language_count`) as running totals, so that any run of consecutive blocks (the page
    less its first line, the lines below the headline) is answered from two totals, and the
    blocks' weights (:func:`weigh`), read once for each answer of :func:`covered`.

    Steps ask these of the same page, or of a part of it, many times over while nothing is
    removed; the view of the last page asked is kept (:func:`_view`).
    """

    __slots__ = ("_every", "_weights", "blocks", "prose")

    def __init__(self, blocks: tuple[Block, ...]) -> None:
        self.blocks = blocks
        # the prose lines' words and stop words as one running total of complex numbers, summed in C
        # (itertools.accumulate; see _prose_tally), not two totals built by a step of Python a block each
        # (each block's feature read by map in C, no step of a comprehension a block)
        self.prose = list(accumulate(_read(blocks, _prose_tally), initial=0j))
        self._every: tuple[list[int], list[int]] | None = None  # the totals of every line: read lazily
        self._weights: dict[bool, list[float]] = {}

    def every(self) -> tuple[list[int], list[int]]:
        """The running totals of every block's words and stop words, menus too: read only for a run
        without a line of prose (rare), so summed on first use."""
        every = self._every
        if every is None:
            counts = [b.feature(_language_count) for b in self.blocks]
            every = self._every = (list(accumulate([n for n, _ in counts], initial=0)),
                                   list(accumulate([k for _, k in counts], initial=0)))
        return every

    def span(self, blocks: Sequence[Block]) -> tuple[int, int] | None:
        """``(a, b)`` when ``blocks`` is ``self.blocks[a:b]`` (the same objects, in order), else ``None``."""
        if blocks is self.blocks:
            return 0, len(blocks)
        if not blocks or type(blocks) is not tuple:
            return None
        # A document's blocks stand in the order of their paragraphs: the first one's place is found by
        # bisection on the indices (no table of places to build for each view), and checked below.
        own = self.blocks
        a = bisect.bisect_left(own, blocks[0].index, key=_INDEX)
        b = a + len(blocks)
        if b > len(own) or not all(map(operator.is_, blocks, own[a:b])):
            return None  # not the same objects in order (compared in C, no feature read)
        return a, b

    def covered(self, a: int, b: int) -> bool:
        prose = self.prose[b] - self.prose[a]
        words: float = prose.real
        if words:  # menus are not the page's language
            stops: float = prose.imag
        else:
            all_words, all_stops = self.every()
            words, stops = all_words[b] - all_words[a], all_stops[b] - all_stops[a]
        return bool(words) and stops / words >= _COVERED

    def weights(self, is_covered: bool) -> list[float]:
        found = self._weights.get(is_covered)
        if found is None:
            found = self._weights[is_covered] = weights_of(self.blocks, is_covered)
        return found


_LAST: list[_Page | None] = released_per_call([None])  # the last page asked about, swapped whole


def _view(blocks: Sequence[Block]) -> tuple[_Page, int, int] | None:
    """The view of ``blocks`` and where they lie in it: the last page's if they are a run of its
    blocks, else a new one (then kept) if they are a tuple, else ``None`` (a list may change)."""
    page = _LAST[0]
    if page is not None:
        span = page.span(blocks)
        if span is not None:
            return page, span[0], span[1]
    if type(blocks) is not tuple:
        return None
    page = _LAST[0] = _Page(blocks)
    return page, 0, len(blocks)


def covered(blocks: Sequence[Block]) -> bool:
    """Whether the stop-word lists know the page's language (enough of its words are stop words).

    >>> from newsclean.document import Document
    >>> covered(Document.from_text("The army said it was over.").blocks), covered(Document.from_text("Ура").blocks)
    (True, False)

    Menus (lines of few words) and runs of markup or data without a space (``<![CDATA[<![CDATA[...``:
    many tokens, no word of a language) are not the page's language: counted, they made the answer
    turn once a cleaning removed them, and a second cleaning weighed the lines left differently.

    >>> prose = "The the the the the the the the."
    >>> covered(Document.from_text("<![CDATA[" * 40 + "\\n" + prose).blocks)
    True

    Several steps ask it of the same page, or of the page less its first lines, in turn: the
    counts of the last page asked are kept as running totals (:class:`_Page`), and any run of
    its blocks is answered from them.
    """
    view = _view(blocks)
    if view is not None:
        page, a, b = view
        return page.covered(a, b)
    counts = [b.feature(_language_count) for b in blocks]
    prose = [c for c in counts if c[0] >= _PROSE_TOKENS] or counts  # menus are not the page's language
    words = sum(n for n, _ in prose)
    return bool(words) and sum(k for _, k in prose) / words >= _COVERED


def _worded(text: str) -> bool:
    """Whether a line may be a sample of a language: words with spaces between, or Chinese or Japanese
    (written without spaces); not a run of markup or data without a space.

    >>> _worded("The army said so."), _worded("北京时间昨天"), _worded("<![CDATA[<![CDATA[")
    (True, True, False)
    """
    return " " in text or (not text.isascii() and _CJK.search(text) is not None)  # _CJK's letters are not ASCII


def _language_count(text: str) -> tuple[int, int]:
    """:func:`_stop_count` of a line that may be a sample of a language (:func:`_worded`), else ``(0, 0)``;
    read without its script elements (:func:`without_scripts`): a JSON-LD script's keys are no
    words of the page's language.

    >>> _language_count('Bus routes<script type="application/ld+json">{"k": {"k": {"k": 1}}}</script> change')
    (3, 0)
    """
    if "<" in text:  # without_scripts returns any other text as it is
        text = without_scripts(text)
    return _stop_count(text) if " " in text or _worded(text) else (0, 0)  # _worded's first test, without a call


def _prose_tally(text: str) -> complex:
    """:func:`_language_count` ``(words, stops)`` of a line of prose (:data:`_PROSE_TOKENS` words or more) as
    ``words + stops * 1j``, else ``0j``: the page view (:class:`_Page`) sums a run's prose words and stop words
    by one running total of these. Both parts are whole numbers, far below 2**53, so every sum and
    difference of them is exact, and ``stops / words`` reads as it does on the integers.

    :func:`_language_count` is written out here, and a line's stop words are counted (:func:`_stop_count`)
    only once its tokens show it is prose: a shorter line's tally is ``0j`` whatever its stop words, and
    most lines are short (menus, headings), where the count and its cache entry cost more than the
    second look-up of a long line's tokens. A line shorter than :data:`_PROSE_CHARS` holds too few tokens
    to be prose: its tokens are not looked up (about half the lines of a page, menus and headings).

    >>> _prose_tally("The army said it had left the town at dawn."), _prose_tally("Most Read")
    ((10+6j), 0j)
    """
    if "<" in text:  # without_scripts returns any other text as it is
        text = without_scripts(text)
    if len(text) >= _PROSE_CHARS and (" " in text or _worded(text)) and len(tokens(text)) >= _PROSE_TOKENS:
        words, stops = _stop_count(text)
        return complex(words, stops)
    return 0j


@functools.lru_cache(maxsize=LINE_CACHE)
def _stop_count(text: str) -> tuple[int, int]:
    words = tokens(text)
    return len(words), sum(map(_IS_STOP, words))


def max_run(weights: Sequence[float]) -> tuple[int, int] | None:
    """``(first, last)`` indices of the consecutive run with the greatest total weight, or
    ``None`` if no weight is positive (Kadane's algorithm, one pass); the first such run on a tie.

    >>> max_run([-5, 3, -1, 4, -9, 2]), max_run([-1, -2]), max_run([0, 2, 0])
    ((1, 3), None, (1, 1))
    """
    # A run opens with its first weight itself (``0.0 + w`` is ``w``), not a zero then a sum, and the total is
    # compared with float constants, which Python 3.11 specializes (an int's zero takes the generic comparison):
    # about 575 instructions a weight against 780 (the title step and the paragraphs step read every line's).
    best, best_span = 0.0, None
    total, start = 0.0, 0
    for i, w in enumerate(weights):
        if total <= 0.0:
            total, start = w, i
        else:
            total += w
        if total > best:
            best, best_span = total, (start, i)
    return best_span


def best_run(weights: Sequence[float]) -> tuple[int, int] | None:
    """:func:`max_run`, taking in the weightless paragraphs (list items, table rows) on either
    side of the run.

    >>> best_run([-2, 5, -1, 4, -30, 9]), best_run([-1, -2])
    ((5, 5), None)
    >>> best_run([-2, 5, -1, 4, -3, 4]), best_run([0, 2, 0])
    ((1, 5), (0, 2))
    """
    best_span = max_run(weights)
    if best_span is None:
        return None
    first, last = best_span
    while first > 0 and weights[first - 1] == 0:
        first -= 1
    while last + 1 < len(weights) and weights[last + 1] == 0:
        last += 1
    return first, last


def best_runs_before(weights: Sequence[float], ends: Sequence[int], top: int = 0) -> list[tuple[int, int] | None]:
    """``best_run`` of ``weights[top:end]`` for each of the ascending ``ends``, as indices into
    ``weights``, in one pass over the weights: the runs before each of a page's closing
    headings, which a run of a thousand headings would otherwise read a thousand times.

    >>> w = [-2, 5, -1, 4, -30, 9, 0, -30]
    >>> best_runs_before(w, [4, 7]), [best_run(w[:4]), best_run(w[:7])]
    ([(1, 3), (5, 6)], [(1, 3), (5, 6)])
    >>> best_runs_before(w, [6, 7], top=5)
    [(5, 5), (5, 6)]
    """
    n = len(weights)
    nonzero_after = [n] * (n + 1)  # the first non-zero weight at or after each index
    for j in range(n - 1, -1, -1):
        nonzero_after[j] = j if weights[j] != 0 else nonzero_after[j + 1]
    out: list[tuple[int, int] | None] = []
    best, best_span = 0.0, None
    total, start, i = 0.0, top, top
    zeros_before = top  # where the zero weights right before the best run begin
    for end in ends:
        while i < end:
            if total <= 0:
                total, start = 0.0, i
            total += weights[i]
            if total > best:
                if best_span is None or best_span[0] != start:
                    zeros_before = start
                    while zeros_before > top and weights[zeros_before - 1] == 0:
                        zeros_before -= 1
                best, best_span = total, (start, i)
            i += 1
        if best_span is None:
            out.append(None)
        else:
            out.append((zeros_before, min(nonzero_after[best_span[1] + 1], end) - 1))
    return out


def page_weights(blocks: Sequence[Block]) -> list[float]:
    """``[weigh(b, covered(blocks)) for b in blocks]``, read from the page's view (:class:`_Page`)
    when ``blocks`` is the last page asked about or a run of its blocks: rules that each weigh the
    same page read one weighing of it.

    >>> from newsclean.document import Document
    >>> page_weights(Document.from_text("Home\\nThe army said it had left the town at dawn.").blocks)
    [-2.0, 6.0]
    """
    view = _view(blocks)
    if view is None:
        return weights_of(blocks, covered(blocks))
    page, a, b = view
    return page.weights(page.covered(a, b))[a:b]


def has_article(blocks: Sequence[Block]) -> bool:
    """Whether the paragraphs hold a run of prose weighty enough to be an article.

    >>> from newsclean.document import Document
    >>> has_article(Document.from_text("Home\\nThe army said it had repelled the attack on the town.").blocks)
    True
    >>> has_article(Document.from_text("Home\\nThe convoy came.").blocks)
    False
    """
    weights = page_weights(blocks)
    run = best_run(weights)
    return run is not None and sum(weights[run[0]:run[1] + 1]) >= MIN_RUN
