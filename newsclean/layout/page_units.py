"""The units inside a folded page: where a line that holds a page run together is cut.

:func:`units` reads ``text[start:end]`` for the spaces that part its units: the head's
(:func:`~newsclean.layout.line_head.head_breaks`), each sentence's, and what pages print between
sentences: a run of menu words ending where prose starts (:func:`run_ends`), a gallery's
counters and exits (:func:`slide_counters`, :func:`gallery_exits`), "Next article" links, a list
of tags, a rule of underscores, a copyright notice; it stops before a leaked blob of data.
:class:`Read` keeps each line's units once a cleaning.

>>> s = "Home News Sport The army said on Monday it had left the town. Rebels took it. Photo 1 of 9 Next"
>>> breaks = unit_breaks(s, 0, len(s))
>>> [s[a + 1:b] for a, b in zip([-1, *breaks], [*breaks, len(s)])]
['Home News Sport The army said on Monday it had left the town.', 'Rebels took it.', 'Photo 1 of 9', 'Next']
"""

from __future__ import annotations

import itertools
import math
import re
import string
from collections.abc import Sequence
from fractions import Fraction

import regex

from .. import reasons
from ..alternatives import branches, literal_opening, matches_at_places
from ..lexicon import COUNTER_LABELS, COUNTER_LINKS, GALLERY_EXITS, NEXT_ARTICLE, SECTION_HEADINGS, all_of
from ..memo import page_dict
from ..numerals import read_int
from ..sentences import CLOSERS, STOPS
from .folded import FoldedPage, find_article
from .head_units import label_openings
from .headline_case import HEAD
from .line_head import head_breaks, space_before
from .line_joins import BLOB
from .line_sentences import matches_after_words, matches_at, sentence_breaks, whole_printings
from .shape import end_heading
from .unit_shapes import caption_unit
from .unit_words import Spans, plain_spaces, span_words, token_start

__all__ = [
    "END_SHARE",
    "Read",
    "article",
    "counted_places",
    "gallery_exits",
    "next_links",
    "rule_breaks",
    "run_ends",
    "slide_counters",
    "tag_lists",
    "unit_breaks",
    "units",
]

# A related-links heading closes the article in a line's last quarter only.
END_SHARE = 4


# Words of a run of capitalised words (a menu, a headline, a byline) before a sentence opens.
_RUN_WORDS = 6
_RUN_SHARE = 0.75
# ... so the fewest capitalised words a span holds where a run ends: three quarters of six, rounded up
_RUN_CAPITALS = math.ceil(_RUN_SHARE * _RUN_WORDS)


def run_ends(text: str, start: int, end: int, spans: Spans | None = None, plain: bool = False) -> list[int]:
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

    Read word by word, a run starts at the first word and starts again after a lower-case word
    that ends six words or more of which fewer than three quarters are capitalised, and at a
    sentence it ends before. Only the places where something can happen are read, on the words'
    cases as one byte string (:func:`_run_codes`): a sentence's opening (:data:`_RUN_OPENING`,
    found by ``re``) and, before it, the lower-case words that may start a run again
    (``bytes.find``), each tested on the capitalised words counted before every word (one pass in
    C), where every word was a step of Python (``tests/test_segment_fast.py`` compares the two).

    ``spans``: where the span's words are kept for the next reader (:func:`~newsclean.layout.unit_words.span_words`);
    ``plain``: the line around the span holds no white space that ``str.split`` reads apart
    (:func:`~newsclean.layout.unit_words.plain_spaces`).
    """
    out: list[int] = []
    words, firsts = span_words(text, start, end, spans, plain)
    if len(words) < _RUN_WORDS + 3:
        return out  # a sentence opens after six words, and two follow its first
    codes = _run_codes(firsts)
    if codes.count(b"A") < _RUN_CAPITALS:
        return out  # too few capitalised words for any run (most sentences)
    openings = [m.start() + 1 for m in _RUN_OPENING.finditer(codes, _RUN_WORDS - 1)]
    if not openings:
        return out
    # capitals[k]: the capitalised words before words[k]; the words from r up to i hold three quarters
    # of capitalised ones or more where d * capitals - n * words has not fallen (_RUN_SHARE = n/d)
    capitals = list(itertools.accumulate(codes.translate(_CAPITAL_BYTES), initial=0))
    d, n = _SHARE.denominator, _SHARE.numerator
    at, after = 0, start  # the next word to locate, and where the words from it on start
    run_start, level, read = 0, 0, _RUN_WORDS  # where the run starts, its level there, and how far it was read
    for i in openings:
        j = codes.find(b"a", read, i)
        while j >= 0:  # a lower-case word that ends six words or more, fewer than 3/4 of them capitalised
            if d * capitals[j] - n * j < level:
                run_start = j + 1
                level = d * capitals[run_start] - n * run_start
                j = codes.find(b"a", run_start + _RUN_WORDS, i)
            else:
                j = codes.find(b"a", j + 1, i)
        read = max(read, i, run_start + _RUN_WORDS)
        if i - run_start < _RUN_WORDS or d * capitals[i] - n * i < level:
            continue
        pos = token_start(text, words[at:i + 1], after, i - at)  # located in order, each word read once
        # (from past the white space after the word: the words from there on open with the next one, and
        # token_start finds it at once where one space stands between each two)
        at, after = i + 1, pos + len(words[i]) + 1
        if text[pos - 1] == " ":
            out.append(pos - 1)
            run_start, level, read = i, d * capitals[i] - n * i, i + _RUN_WORDS
    return out


class _RunCases(dict[int, str]):
    """``str.translate``'s table from a word's first character to what :func:`run_ends` reads of it:
    ``A`` where it is upper-case (``str.isupper``: a capitalised word), ``a`` where it is lower-case
    (``str.islower``: a lower-case word), ``0`` otherwise (a figure, a mark, a letter without case).
    Each character's code is worked out on first use; up to :data:`_RUN_CASES_KEPT` are kept.

    >>> "AbǅxⓐⅠ中1.".translate(_RUN_CASES)
    'Aa0aaA000'
    """

    def __missing__(self, code: int) -> str:
        c = chr(code)
        got = "A" if c.isupper() else "a" if c.islower() else "0"
        if len(self) < _RUN_CASES_KEPT:
            self[code] = got
        return got


_RUN_CASES_KEPT = 4096
_RUN_CASES = _RunCases()
# ... the same codes for the ASCII characters, as a byte table (bytes.translate reads it in one pass)
_ASCII_CASES = bytes("".join(map(chr, range(128))).translate(_RUN_CASES).encode("ascii") + b"0" * 128)
_CAPITAL_BYTES = bytes(int(c == ord("A")) for c in range(256))  # a capitalised word's code to 1, any other's to 0


def _run_codes(firsts: str) -> bytes:
    """The codes of :class:`_RunCases` for the words whose first characters are ``firsts``
    (:func:`~newsclean.layout.unit_words.firsts_of`), one byte a word: by a byte table where they are all
    ASCII (most spans). Otherwise the ASCII ones too, each other character read as ``?`` (one C call
    for all, ``?`` a ``0``), and the code of each other character (a quote, a dash, a letter of
    another script: a few a span) then set from the table of characters: ``str.translate`` with that
    table looked up every character in Python's dictionary (about 250 instructions a word).
    ``tests/test_segment_fast.py`` compares the two.

    >>> _run_codes("Ab1"), _run_codes("“Éa")
    (b'Aa0', b'0Aa')
    """
    if firsts.isascii():
        return firsts.encode("ascii").translate(_ASCII_CASES)
    # the ASCII ones by the byte table (each other one read as "?", a "0"), then the others one by one
    codes = bytearray(firsts.encode("ascii", "replace").translate(_ASCII_CASES))
    for m in _NOT_ASCII.finditer(firsts):
        codes[m.start()] = _CASE_BYTES[_RUN_CASES[ord(m.group())]]
    return bytes(codes)


_NOT_ASCII = re.compile("[^\x00-\x7f]")
_CASE_BYTES = {"A": ord("A"), "a": ord("a"), "0": ord("0")}


# A sentence's opening in the codes: a capitalised word after a word that is not lower-case, then two
# lower-case words (the match opens one word before it).
_RUN_OPENING = re.compile(b"[^a]A(?=aa)")
_SHARE = Fraction(_RUN_SHARE)  # 3/4, exactly: what a run holds of capitalised words


def unit_breaks(text: str, start: int, end: int) -> list[int]:
    """Offsets of the spaces in the line ``text[start:end]`` that part its units, in order.

    >>> s = 'Body one. Body two. string(12) "[{"a":"b c"}]"'
    >>> [s[i + 1:i + 6] for i in unit_breaks(s, 0, len(s))]
    ['Body ', 'strin']
    """
    return units(text, start, end)[0]


# A slide's counter: "2/50", "Image 3 of 8".
# The labels are written capitalised here ("Image 3 of 8"): a lower-case "photo 3 of 8" is prose.
_COUNTER_LABELS = tuple(label.capitalize() for label in all_of(COUNTER_LABELS))
_COUNTER = regex.compile(r"(?<=\x20)(?:(?:" + "|".join(_COUNTER_LABELS)
                         + r")\x20)?(\d{1,3})\x20?(?:/|" + "|".join(all_of(COUNTER_LINKS)) + r")\x20?(\d{1,3})(?=\x20)")
_MIN_SLIDES = 3
# The number and total that a slide's counter and a gallery's close (below) both hold, as the pattern
# of each reads them after its label: each of their matches holds a match of this one where its
# figures open. It is matched only where one of its links stands (:func:`counted_places`), where
# ``regex`` tried the counter's look-behind at every character.
_COUNTED = regex.compile(r"\d{1,3}\x20?(?:/|" + "|".join(all_of(COUNTER_LINKS)) + r")\x20?\d{1,3}(?=\x20)")


# The links between a counter's number and total (``2/50``, ``3 of 8``), each a plain literal: every match
# of _COUNTED holds one right after its number's last figure (a space between or not).
_COUNTED_LINKS = ("/", *all_of(COUNTER_LINKS))
_ASCII_DIGITS = "0123456789"  # the ASCII characters regex's \d matches
_DIGIT = regex.compile(r"\d")


def counted_places(text: str, start: int, end: int) -> list[int]:
    """Every place in ``text[start:end]`` where :data:`_COUNTED` matches (a number and a total:
    ``2/50``, ``3 of 8``), overlapping ones too (``1 of 2 of 3``): the only places where a slide's
    counter's figures (:func:`slide_counters`) or a gallery's close (:func:`gallery_exits`) may open.

    A match's number ends one or two characters before one of its links (:data:`_COUNTED_LINKS`), so
    each link is found by ``str.find`` (a scan in C) and the pattern matched only at the one to three
    places before it where a number ending in a figure right before the link (or before a space
    before it) may open: most lines hold no such link ("of" after a word), where a search of the
    pattern tried it at every character (about 80 instructions a character of a folded page). The
    counters and closes are then tried at these few places, where they were tried after every space
    before a figure, a label's capital or a character that is no ASCII (thousands a page).
    ``tests/test_segment_fast.py`` compares the places with the pattern's matches at every place.

    >>> s = "Deals 1/5 Rates 2 of 5 of 9 x3/4 Yes"
    >>> [s[i:i + 3] for i in counted_places(s, 0, len(s))]
    ['1/5', '2 o', '5 o', '3/4']
    """
    start, end, _ = slice(start, end).indices(len(text))  # as the engine reads them: from the end below zero
    found: set[int] = set()
    for link in _COUNTED_LINKS:
        at = text.find(link, start + 1, end)
        while at >= 0:
            last = at - 2 if text[at - 1] == " " else at - 1  # the number's last figure
            c = text[last]  # a figure regex's \d matches, told without a call where it is ASCII (most are not)
            if last >= start and (c in _ASCII_DIGITS or (not c.isascii() and _DIGIT.match(c) is not None)):
                found.update(q for q in range(max(start, last - 2), last + 1) if _COUNTED.match(text, q, end))
            at = text.find(link, at + 1, end)
    return sorted(found)


def _counter_opens(counted: Sequence[int], start: int) -> list[int]:
    """Where a slide's counter (:data:`_COUNTER`) may open, from ``start`` on, its figures standing at
    one of the places ``counted`` (:func:`counted_places`): at the figures, or a label and a space
    before them, in order.

    >>> s = "Go Photo 2/9"
    >>> [s[i:] for i in _counter_opens([9], 0)]
    ['o Photo 2/9', 'Photo 2/9', '2/9']
    """
    return sorted({p for q in counted for p in (q, *(q - 1 - len(label) for label in _COUNTER_LABELS)) if p >= start})


def slide_counters(text: str, start: int, end: int, counted: Sequence[int] | None = None) -> list[int]:
    """The spaces before the counters of a slideshow run into the line ``text[start:end]``:
    three counters or more with one total and rising numbers (``... 1/50 United goin down
    ... GETTY IMAGES 2/50 Star Wars boosts economy ...``), which the lined page prints at the
    head of each slide's lines. ``counted``: :func:`counted_places` of the span, when the caller has
    them.

    >>> s = "Deals in pictures 1/5 Rates fall Banks cut. AP 2/5 Shares rise They did. 3/5 Oil drops Yes."
    >>> [s[i + 1:i + 4] for i in slide_counters(s, 0, len(s))]
    ['1/5', '2/5', '3/5']
    >>> slide_counters("Mix 1/2 cup flour, 1/2 cup milk and 3/4 cup sugar.", 0, 51)
    []
    """
    out: list[int] = []
    places = counted_places(text, start, end) if counted is None else counted
    if not places:
        return out
    chain: list[int] = []
    last = (0, 0)
    for m in matches_at_places(_COUNTER, text, 0, end, _counter_opens(places, start)):
        number, total = read_int(m.group(1)), read_int(m.group(2))
        if number is None or total is None or not 0 < number <= total or total < _MIN_SLIDES:
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


def gallery_exits(text: str, start: int, end: int, counted: Sequence[int] | None = None) -> list[int]:
    """The spaces around a gallery's close in the line ``text[start:end]``: before its counter and
    after its link back, so the gallery's lines, the close and the article part. ``counted``:
    :func:`counted_places` of the span, when the caller has them (a close opens at one).

    >>> s = "Photo: Jane Doe, AP Mayor Quits 1 / 8 Back to Gallery HANOI (AP) — The mayor quit."
    >>> [s[i + 1:i + 6] for i in gallery_exits(s, 0, len(s))]
    ['1 / 8', 'HANOI']
    >>> gallery_exits("Turn to page 1 of 8 back to front.", 0, 34)
    []
    """
    out: list[int] = []
    places = counted_places(text, start, end) if counted is None else counted
    for m in matches_at_places(_GALLERY_EXIT, text, 0, end, places):
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
    blob = BLOB.search(text, start, end) if text.find("{", start, end) >= 0 or text.find(
        "string(", start, end) >= 0 else None  # each of its openings holds one of the two
    if blob is None:
        return end, False
    return max(start, text.rfind(" ", start, blob.start()) + 1), True


def article(text: str, start: int, stop: int, found: list[int]) -> FoldedPage | None:
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
# Where one may start: right after a space that a stop or a closer precedes (its look-behind ends so),
# before what it opens with: a mark, a space, two ASCII letters a link may open with (in any case, as the
# engine folds it: each pair asked of the links' alternation, a partial match, when the module loads), one
# such letter before a character that is no ASCII (``Nächster``), or a character that is no ASCII. ``re``
# finds the space first (a literal: no class tried at every character) without trying the look-behind at
# every character, nor the pattern after every sentence's end; a sentence opening with a link's first
# letter (``Police``, ``An``, ``One``) is no call (about five a folded page, 6,000 instructions each).
_NEXT_LINK_WORDS = regex.compile("(?:" + "|".join(p for ps in NEXT_ARTICLE.values() for p in ps) + ")",
                                 regex.IGNORECASE)
_NEXT_LINK_FIRSTS = "".join(c for c in string.ascii_letters if _NEXT_LINK_WORDS.fullmatch(c, partial=True))
_NEXT_LINK_PAIRS = [a + b for a in string.ascii_lowercase for b in string.ascii_lowercase
                    if _NEXT_LINK_WORDS.fullmatch(a + b, partial=True)]
_NEXT_LINK_AT = re.compile(r"\x20(?<=[" + re.escape(STOPS + CLOSERS) + r"]\x20)(?=[-|<>]?\x20?(?:(?i:"
                           + "|".join(_NEXT_LINK_PAIRS) + ")|[" + _NEXT_LINK_FIRSTS + r"][^\x00-\x7f]|[^\x00-\x7f]))")


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
    for m in matches_at(_NEXT_LINK, _NEXT_LINK_AT, text, start, end, (1,)):
        out += [m.start() - 1, m.end()]
    return out


# A tags heading that closes the article with its list of keywords run on after it (AP's ``Topics
# Business , General news , Government and politics``, a blog's ``Tags: budget, council, buses``):
# a heading and a list on lines of their own on the page, which the paragraphs step reads as the
# article's end. The heading is capitalised; the list is told from a sentence by the heading's colon
# or bar, or by its links: ``get_text(" ")`` sets a space before the comma after each one.
_TAGS_HEADING = regex.compile(r"(?<=\x20)(?=(?-i:\p{Lu}))(?:" + "|".join(all_of(SECTION_HEADINGS[reasons.TAGS]))
                              + r")(?P<mark>:|\x20\|)?+(?=\x20)", regex.IGNORECASE)
# Where one may start: a space before the first characters of one of its headings (:func:`literal_opening`
# of each of their branches, up to four), the first a capital (the heading's, in ASCII), the rest in any
# case, or before four characters one of which is no ASCII (a capital of another script, a sign the
# engine folds to a heading's letter: ``ſ``, ``K``): ``re`` finds them without trying the look-behind at
# every character, nor the pattern after every capital (``The``, ``He``).
_TAGS_WORDS = sorted({literal_opening(b)[:4] for p in all_of(SECTION_HEADINGS[reasons.TAGS]) for b in branches(p)})
_TAGS_FIRSTS = "".join(sorted({w[:1].upper() for w in _TAGS_WORDS}))
_TAGS_HEADING_AT = re.compile(r"\x20(?=[^\x00-\x7f]|" + "|".join(
    re.escape(w[:1].upper()) + "(?i:" + re.escape(w[1:]) + ")" for w in _TAGS_WORDS)
    + ("|[" + re.escape(_TAGS_FIRSTS) + "]" if all(w[:1].isalpha() for w in _TAGS_WORDS) else "|[\\s\\S]")
    + r"[\s\S]{0,2}[^\x00-\x7f])")


def _tags_heading_places(text: str, start: int, end: int) -> list[int]:
    """Where :data:`_TAGS_HEADING` may match in ``text[start:end]``: right after a space that
    :data:`_TAGS_HEADING_AT` finds, less the places of a character that is no ASCII and neither
    upper case (``str.isupper``) nor unprintable (``str.isprintable``: a character this Python's
    Unicode does not know). The heading opens with a capital (``\\p{Lu}``), each of which is one
    or the other (``tests/test_segment_fast.py`` asks both modules about every character): a word
    of a script without case (Chinese, Arabic, Hebrew) is no call to the engine (about 6,000
    instructions each, four or five a folded page).

    >>> s = "x Tags: a, b 标签 c Étiquettes d"
    >>> [s[i:i + 2] for i in _tags_heading_places(s, 0, len(s))]
    ['Ta', 'Ét']
    """
    out = []
    for m in _TAGS_HEADING_AT.finditer(text, max(0, start - 1), end):
        at = m.start() + 1
        c = text[at]
        if c.isascii() or c.isupper() or not c.isprintable():
            out.append(at)
    return out


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
    for m in matches_at_places(_TAGS_HEADING, text, start, end, _tags_heading_places(text, start, end)):
        after = text[m.end():min(end, m.end() + _TAG_REACH)]
        stop = _LIST_END.search(after)
        listed = after if stop is None else after[:stop.start()]
        if (m.group("mark") and listed.count(",") >= _TAG_COMMAS) or listed.count(" ,") >= _LINK_COMMAS:
            out += [m.start() - 1, m.end()]
    return out


# A copyright notice after a sentence: "... against mosquito bites. © 2019 Associated Press." (the
# sign opens no sentence the sentence finder reads).
_NOTICE = regex.compile(r"(?<=[.!?][\"'”’)\]]?)\x20(?=©)")
_NOTICE_AT = re.compile(r"\x20(?=©)")  # where one may start: the spaces before the sign, ...
# ... found by ``str.find`` (:func:`~newsclean.layout.line_sentences.matches_after_words`): ``re`` stopped at
# every space of the line to try the look-ahead (about 0.2 million instructions a folded page)
_NOTICE_WORDS = ("©",)


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


def units(text: str, start: int, end: int, spans: Spans | None = None) -> tuple[list[int], bool, int]:
    """:func:`unit_breaks`, whether the line shows a page's structure besides its sentences (a
    dateline or headline at its head, a run of menu words, a blob), and where a blob opens
    (:func:`_blob_stop`). ``spans``: where the words of its sentences are kept for the next reader
    (:func:`~newsclean.layout.unit_words.span_words`).

    Read once a call of ``clean`` (the page memo, :func:`~newsclean.memo.page_dict`, by the text and
    the span: the answer depends on nothing else): the segment step reads a long line through
    :class:`Read`, and :func:`~newsclean.filters.segment.page_lines` reads the cleaned text's long
    lines again after the step, the same lines where the cleaning kept the text (callers do not
    change the list).

    >>> s = "Home News Sport. The council met. It voted."
    >>> from newsclean.memo import page_features
    >>> with page_features():
    ...     units(s, 0, 43) is units(s, 0, 43)
    True
    """
    kept = page_dict(units)
    key = (text, start, end)
    got: tuple[list[int], bool, int] | None = kept.get(key)
    if got is None:
        got = kept[key] = _units(text, start, end, spans)
    return got


def _units(text: str, start: int, end: int, spans: Spans | None = None) -> tuple[list[int], bool, int]:
    """:func:`units`, read."""
    stop, blob = _blob_stop(text, start, end)
    # a slide's counter, a gallery's close and a counter's label after a sentence all hold a number and a total
    counted = counted_places(text, start, stop)
    toggles: list[int] = []  # the spaces where a caption's toggle may stand, which the sentences' reading finds
    out = sentence_breaks(text, start, stop, counted, toggles)
    first = out[0] if out else stop
    head = head_breaks(text, start, min(first, start + HEAD))
    if not head and out and caption_unit(text[start:first]):  # the top picture's caption over the headline
        second = out[1] if len(out) > 1 else stop
        head = head_breaks(text, first + 1, min(second, first + 1 + HEAD))
    runs: list[int] = []
    plain = plain_spaces(text, start, stop)  # asked once of the line, not of each sentence
    for a, b in itertools.pairwise([start - 1, *out, stop]):
        runs.extend(run_ends(text, a + 1, b, spans, plain))
    slides = slide_counters(text, start, stop, counted) + gallery_exits(text, start, stop, counted) if counted else []
    # a related-links heading that closes the article: in the line's last part (one that more of
    # the line follows is a box beside the article, a sidebar's "Most Read" run in before it)
    tail = stop - (stop - start) // END_SHARE
    headed = [h for a in [start - 1, *out] if a + 1 >= tail and (h := end_heading(text, a + 1, stop)) is not None]
    headed += next_links(text, tail, stop) + tag_lists(text, tail, stop)
    notices = [m.start() for m in matches_after_words(_NOTICE, _NOTICE_WORDS, text, start, stop)]
    rules = rule_breaks(text, start, stop) if text.find("___", start, stop) >= 0 else []
    labels = [i for a, b in itertools.pairwise([start - 1, *out, stop]) for i in label_openings(text, a + 1, b)]
    structured = bool(head or runs or blob or slides or headed or rules or labels)
    out = whole_printings(text, start, stop, sorted(set(out).union(head, runs, slides, headed, notices, rules,
                                                                     labels)), toggles)
    if blob:
        space = space_before(text, start, stop)
        if space is not None and (not out or out[-1] != space):
            out.append(space)
    return out, structured, stop


class Read:
    """The units of the long lines of one text (:func:`units`) and the articles found over them
    (:func:`~newsclean.layout.folded.find_article`), each read once a call of ``clean``: the
    segment step reads a long line for a page folded to a few lines first
    (:func:`~newsclean.filters.segment._folded_lines`), then, where the lines hold none, each
    line for a page of its own (:func:`~newsclean.filters.segment._line_cuts`), and the second
    reading is the first's; a step run again on the same text (the pipeline's second run with the
    lines a first one found to hold the page, :func:`newsclean.api._settle`) finds what the first
    found. The answers are kept in the page memo (:func:`~newsclean.memo.page_dict`), by the text
    and the span read: they depend on nothing else.

    >>> read = Read("Home News Sport. The council met. It voted.")
    >>> read.units(0, 43) is read.units(0, 43), read.units(0, 43)[0]
    (True, [16, 33])
    """

    __slots__ = ("_found", "_seen", "_spans", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._spans: Spans = {}  # the words of the sentences units reads, which find_article reads again
        # the dict units() keeps its answers in, held: where no page memo is open (the step run outside
        # clean), page_dict gives a new one each call, and units() alone would read a line again
        self._seen: dict[tuple[str, int, int], tuple[list[int], bool, int]] = page_dict(units)
        self._found: dict[tuple[str, int, int, tuple[int, ...]], FoldedPage | None] = page_dict(find_article)

    def units(self, start: int, end: int) -> tuple[list[int], bool, int]:
        """:func:`units` of ``text[start:end]``, read once (callers do not change the list)."""
        key = (self.text, start, end)
        got = self._seen.get(key)
        if got is None:
            got = self._seen[key] = _units(self.text, start, end, self._spans)
        return got

    def find_article(self, start: int, end: int, starts: Sequence[int]) -> FoldedPage | None:
        """:func:`~newsclean.layout.folded.find_article` of ``text[start:end]`` cut at ``starts``,
        found once (a :class:`~newsclean.layout.folded.FoldedPage` is frozen)."""
        key = (self.text, start, end, tuple(starts))
        if key not in self._found:
            self._found[key] = find_article(self.text, start, end, starts, self._spans)
        return self._found[key]

    def article(self, start: int, stop: int, found: list[int]) -> FoldedPage | None:
        """:func:`article` of ``text[start:stop]`` cut at ``found``, found once."""
        if stop <= start:
            return None
        return self.find_article(start, stop, [start, *(i + 1 for i in found if i + 1 < stop)])
