"""Where a folded page's article ends at a heading that closes it: a heading that opens a unit
(``Most Read``, ``12 Comments``, ``Leave a Reply``, ``Tags:``, a share bar: :func:`end_opening`), or
one that stands inside a unit after a pair of tokens (``... Posted in News | 10 Comments``), once a
few sentences of the article's prose are read (:func:`_closed`, which
:func:`~newsclean.layout.folded.find_article` asks).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import regex

from .. import reasons
from ..alternatives import AnyOf
from ..lexicon import NOISE_LINES, SECTION_HEADINGS, all_of
from .shape import ends_article, section_kind
from .unit_shapes import _FUNCTION_WORDS, _PROSE
from .unit_words import (
    _CASE_MARKS,
    _CASES_KEPT,
    _inside_token,
    _lower,
    firsts_of,
    span_tokens,
    token_start,
)

__all__ = ["end_opening"]


_END_WORDS = 6  # words of the longest heading read at a unit's opening
_CLOSING_PROSE = 300  # characters of prose before a heading that closes the article
# A share bar's opening: "Share this:", "Facebook Twitter Email", "Click to share on Twitter"
# (full-matched with only the alternatives that may open with the heading's first character, and those
# that open with any word only where a word they need stands: see alternatives.AnyOf)
_SHARE_BAR = AnyOf(all_of(NOISE_LINES[reasons.SHARE]), regex.IGNORECASE, suffix=r"[^\w.]{0,3}")
# ... of three words or more ("Facebook Twitter Email", "Share this article": a network's name opens
# sentences too), without the address of an author's contact line ("Email the writer at jd@example.com")
_SHARE_WORDS = 3


# Where a heading of :func:`end_opening` may open (a section's heading or a share bar, after its
# marks): the cheap test :func:`_inner_heading` runs at each token before the full one.
_HEADING_START = AnyOf([*(p for table in SECTION_HEADINGS.values() for p in all_of(table)),
                          *all_of(NOISE_LINES[reasons.SHARE])], regex.IGNORECASE, suffix=r"(?!\w)")
_MARKS = regex.compile(r"[^\w\s]{1,3}\s?")


_WORD_CHAR = regex.compile(r"\w")


def _may_head(opening: str, needed: bool = True) -> bool:
    """Whether a section's heading (:func:`~newsclean.layout.shape.section_kind` of a run of the
    words ``opening`` joined by single spaces) may open ``opening``: one of the headings' patterns
    matches where its marks end (at or before its first word character), or a bracket stands
    there (``[ Most Read ]``, read inside its brackets). Sound because ``section_kind`` strips
    marks and white space around a heading (none a word character) and full-matches the
    patterns, which hold no look-around, anchor or possessive repeat (checked by
    ``tests/test_segment_fast.py``), with marks after them: the path of that full match is a
    match here, before the white space or marks that follow the run. One call where
    :func:`end_opening` would read six runs of words. ``needed``: whether a word that the patterns
    opening with any word need stands in ``opening`` (:meth:`~newsclean.alternatives.AnyOf.needs`).

    >>> _may_head("Most Read 1 Mayor Quits"), _may_head("» 12 Comments"), _may_head("The council met")
    (True, True, False)
    """
    c = opening[:1]
    if c.isascii() and c.isalnum():  # a word character opens it (most units): one place to try
        return _HEADING_START.match(opening, 0, len(opening), needed)
    first = _WORD_CHAR.search(opening)
    lead = len(opening) if first is None else first.start()
    if "[" in opening[:lead + 1]:
        return True
    return any(_HEADING_START.match(opening, j, len(opening), needed) for j in range(lead + 1))


def _opening_may_head(opening: str) -> bool:
    """:func:`_may_head` of ``opening`` (a unit's first :data:`_END_WORDS` words joined by single
    spaces), whether a word that the alternatives opening with any word need stands in it or not:
    that is asked only where the other alternatives cannot open it (what they match, the
    alternation matches with or without the needed words). :func:`end_opening` is ``False`` where
    this is, and the closing-heading search (:func:`_closed`) asks it first, of the words it has."""
    return _may_head(opening, False) or (_HEADING_START.needs(opening) and _may_head(opening, True))


def end_opening(unit: str) -> bool:
    """Whether a unit of a folded line opens with a heading that closes an article (its
    comments, a box of related or most-read stories: :func:`newsclean.layout.shape.ends_article`,
    less the ``About ...`` of a press release's boilerplate), followed by what the section holds
    (a capitalised word, a number, a user name), not by the rest of a sentence (a function word,
    or any lower-case word after a heading that ends in one: ``Alvarez says transit ...``).

    >>> end_opening("Most Popular 1 Thousands of accounts were hacked 2 Man charged")
    True
    >>> end_opening("12 Comments Leave a Reply Jane said: I agree.")
    True
    >>> end_opening("Most popular among voters was the plan to cut taxes.")
    False
    >>> end_opening("Most Read")
    True
    """
    tokens = unit.split(maxsplit=_END_WORDS)
    opening = " ".join(tokens[:_END_WORDS])
    if not _opening_may_head(opening):
        # no section's heading opens it: no run of its words has a section's kind, nor is one a share
        # bar (a share pattern that full-matches a run of the opening words, marks after it, matches
        # at its opening before a character that is no word's: one of _HEADING_START's alternatives)
        return False
    needed = _HEADING_START.needs(opening)
    # a share bar's pattern full-matches a run of the opening words only where it matches at the
    # opening (the share patterns hold no look-around, anchor or possessive repeat: one call, not four)
    bar = len(tokens) >= _SHARE_WORDS and _SHARE_BAR.match(opening, 0, len(opening), needed)
    for k in range(1, min(_END_WORDS, len(tokens)) + 1):
        heading = " ".join(tokens[:k])
        kind = section_kind(heading)
        if (not (kind == reasons.TAGS or (ends_article(heading) and kind != reasons.ABOUT)  # "About Acme Inc."
                 or (bar and k >= _SHARE_WORDS and "@" not in heading and _SHARE_BAR.fullmatch(heading, needed)))
                or (k == 2 and tokens[0].lower() in _FUNCTION_WORDS and _lower(tokens[1]))):  # "He says Iran"
            continue
        if k == len(tokens):
            return True  # the heading alone
        after = tokens[k]
        if not after[:1].isalnum():
            continue  # "Comments (5 posted)": a link's count, not a heading
        last = tokens[k - 1]
        if _lower(after) and ((_lower(last) and last[-1].isalpha())
                              or after.strip(".,;:!?") in _FUNCTION_WORDS):
            continue  # a sentence goes on: "Most popular among voters", "Alvarez says transit officers"
        return True
    return False


def _closed(text: str, units: Sequence[tuple[int, int]], shapes: Sequence[int], first: int,
            last: int, tokens: Sequence[Sequence[str]] | None = None,
            firsts: Sequence[str] | None = None) -> tuple[int, int | None]:
    """Where the article's units ``units[first:last]`` end at the first heading that closes an
    article, once a few sentences of prose precede it: the unit's index (``last`` without one),
    and the heading's offset when it stands inside that unit (:func:`_inner_heading`).
    ``tokens``: each unit's :func:`~newsclean.layout.unit_words.span_tokens`, and ``firsts`` their first characters
    (:func:`~newsclean.layout.unit_words.firsts_of`), when the caller has them.

    Each unit read is asked two things: whether a heading opens it (:func:`end_opening`, asked only
    where :func:`_opening_may_head` is true of its first words), and whether one stands inside it
    after a pair of tokens (:func:`_inner_heading`, asked only of a unit with such a pair). The pairs
    of each unit read are found in the marks of every unit's first characters, made at once
    (:func:`_pair_marks`, :func:`_pairs_in`), and an opening whose first
    characters the headings' openings hold as opening none (``AnyOf.known_openings``) is ruled out by
    one look-up: no call a unit where most units hold neither (``tests/test_folded_fast.py`` compares
    the search with each unit read by :func:`end_opening` and :func:`_inner_heading` alone)."""
    sizes = [b - a if shape == _PROSE else 0
             for (a, b), shape in zip(units[first:last], shapes[first:last], strict=True)]
    total, prose, begin = sum(sizes), 0, first
    while begin < last and prose < _CLOSING_PROSE:  # the units read: those after a few sentences of prose
        prose += sizes[begin - first]
        begin += 1
    if begin >= last:
        return last, None
    if tokens is None or firsts is None:
        words: Sequence[Sequence[str]] = [span_tokens(text, a, b) for a, b in units[begin:last]]
        heads: Sequence[str] = [firsts_of(w) for w in words]
    else:
        words, heads = tokens[begin:last], firsts[begin:last]
    marks, off = _pair_marks(heads), 0  # (the unit's marks start at off)
    needing, j = _needed_at(text, units[begin][0], units[last - 1][1]), 0
    known, n = _HEADING_START.known_openings, _HEADING_START.opening
    for k in range(last - begin):
        i = begin + k
        a, b = units[i]
        while j < len(needing) and needing[j] < a:
            j += 1
        # (None: it may stand in the unit, asked of the span read; False: it stands nowhere in the unit)
        needed = None if j < len(needing) and needing[j] < b else False
        opening = " ".join(words[k][:_END_WORDS])
        c = opening[:1]
        # a word character opens it and its opening opens no heading of words of their own: only one that
        # needs a word of AnyOf.NEEDED may (_opening_may_head), where one stands in the opening
        if ((not (c.isascii() and c.isalnum()) or known.get(opening[:n]) is not False
             or (needed is None and _HEADING_START.needs(opening)))
                and (_opening_may_head(opening) if needed is None else _may_head(opening, False))
                and end_opening(text[a:b])):
            return i, None  # (the unit's tokens are its words: end_opening reads its opening so, first)
        stop = off + len(heads[k])
        found = _pairs_in(text, a, marks, off, stop) if marks.find(b"XX", off, stop) >= 0 else None
        if found:
            inner = _inner_heading(text, a, b, prose >= total - prose - sizes[i - first], words[k], heads[k], found,
                                   needed)
            if inner is not None:
                return i, inner
        prose += sizes[i - first]
        off = stop + 1
    return last, None


def _pair_marks(heads: Sequence[str]) -> bytes | bytearray:
    """The first characters of units' tokens (``heads``, one string a unit) joined by ``a`` and read as
    marks, ``a`` for a lower-case letter (``\\p{Ll}``, as :data:`_PAIRED` reads it) and ``X`` for any
    other character: a pair of :func:`_side_by_side` is a ``b"XX"`` inside a unit's marks (the ``a``
    between two units opens no pair). Made once for the units the closing-heading search reads, each
    unit's pairs found in them when it is read (:func:`_pairs_in`): a unit after the heading that
    closes the article is not read, and most units hold no pair (one ``bytes.find``). A character that
    is not ASCII is read as ``?`` (``X``), then told apart where it is a lower-case letter.

    >>> bytes(_pair_marks(["Pi|1C", "xACE", "éÉ"]))
    b'XaXXXaaXXXaaX'
    """
    joined = "a".join(heads)
    if joined.isascii():
        return joined.encode("ascii").translate(_CASE_MARKS)
    coded = joined.encode("ascii", "replace")  # (one "?" a character)
    marks = bytearray(coded.translate(_CASE_MARKS))
    q = coded.find(b"?")
    while q >= 0:
        if _LOWER_LETTERS[joined[q]]:
            marks[q] = _LOWER_MARK
        q = coded.find(b"?", q + 1)
    return marks


_LOWER_MARK = b"a"[0]


def _pairs_in(text: str, start: int, marks: bytes | bytearray, off: int, stop: int) -> list[int]:
    """:func:`_side_by_side` of the unit that starts at ``text[start]``, whose tokens' marks
    (:func:`_pair_marks`) are ``marks[off:stop]``: where ``b"XX"`` stands in them, overlapping, but a
    pair at the unit's first token where the unit opens inside a token.

    >>> s = "Posted in News | 10 Comments xAb Cd Ef"
    >>> marks = _pair_marks([firsts_of(s[a:b].split()) for a, b in [(0, 28), (30, 38)]])
    >>> _pairs_in(s, 0, marks, 0, 6), _pairs_in(s, 30, marks, 7, 10)  # ("PiN|1C" and "ACE")
    ([2, 3, 4], [1])
    """
    out = []
    at = marks.find(b"XX", off, stop)
    if at == off and _inside_token(text, start):
        at = marks.find(b"XX", at + 1, stop)
    while at >= 0:
        out.append(at - off)
        at = marks.find(b"XX", at + 1, stop)
    return out


def _needed_at(text: str, start: int, end: int) -> list[int]:
    """Where a word that the headings opening with any word need (:data:`~newsclean.alternatives.NEEDED`:
    ``says``, ``reached at``) may stand in ``text[start:end]`` under case folding (the reading of
    :meth:`~newsclean.alternatives.AnyOf.needs`), in ascending order: a span of it that holds none of these
    offsets holds no such word, nor do its tokens joined by single spaces. Read on the span as lower-cased
    ASCII bytes, a character that is not ASCII as ``?`` (one byte a character): a ``says`` stands where
    ``ay`` does with ``s`` or ``?`` on either side, a ``reached at`` where ``reached`` does (at its first
    letter), as no character that is not ASCII folds into a letter of those runs
    (``tests/test_folded_fast.py`` reads all of Unicode). One scan of the units the closing-heading
    search reads (:func:`_closed`), where ``needs`` was asked of each unit and of its opening words.

    >>> _needed_at("Jane says: yes. It was a good day. He may be Reached at jd@x.com", 0, 64)
    [6, 45]
    """
    marks = text[start:end].encode("ascii", "replace").lower()
    out = []
    at = marks.find(b"ay")
    while at >= 0:
        if marks[at - 1:at] in _S_MARKS and marks[at + 2:at + 3] in _S_MARKS:
            out.append(start + at)
        at = marks.find(b"ay", at + 2)
    at = marks.find(b"reached")
    if at >= 0:  # (rare: the offsets merged with the others only then)
        while at >= 0:
            out.append(start + at)
            at = marks.find(b"reached", at + 7)
        out.sort()
    return out


_S_MARKS = (b"s", b"?")  # an "s" of a folding stands where one of these stands in the marks


def _heading_start(text: str, at: int, end: int, needed: bool) -> bool:
    """Whether a section's heading or a share bar may open at ``text[at:]``, after its marks
    (``| 10 Comments``, ``[ 167 comments ]``, ``Most Read``); ``needed``: whether a word that the
    alternatives opening with any word need may stand in ``text[at:end]``
    (:meth:`~newsclean.alternatives.AnyOf.needs`)."""
    c = text[at:at + 1]
    if c.isascii() and c.isalnum():  # no mark stands first (most tokens): no call to find none
        return _HEADING_START.match(text, at, end, needed)
    marks = _MARKS.match(text, at, end)
    return _HEADING_START.match(text, at if marks is None else marks.end(), end, needed)


# Two tokens side by side, neither opening with a lower-case letter (``\p{Ll}``), read in the first
# characters of a unit's tokens: a match at each token that such a token follows.
_PAIRED = regex.compile(r"\P{Ll}(?=\P{Ll})")
# ... where they are all ASCII (whose lower-case letters are a-z): what _ascii_pairs reads, kept as its reference
_ASCII_PAIRED = re.compile("[^a-z](?=[^a-z])")


class _LowerLetters(dict[str, bool]):
    """Whether a character is a lower-case letter (``\\p{Ll}``, as :data:`_PAIRED` reads it), asked of the
    ``regex`` module on first use; up to :data:`~newsclean.layout.unit_words._CASES_KEPT` answers are kept.

    >>> _LOWER_LETTERS["é"], _LOWER_LETTERS["É"], _LOWER_LETTERS["ª"], _LOWER_LETTERS["“"]
    (True, False, False, False)
    """

    def __missing__(self, c: str) -> bool:
        got = _LOWER_LETTER.match(c) is not None
        if len(self) < _CASES_KEPT:
            self[c] = got
        return got


_LOWER_LETTER = regex.compile(r"\p{Ll}")
_LOWER_LETTERS = _LowerLetters()


def _inner_heading(text: str, start: int, end: int, most: bool, words: Sequence[str] | None = None,
                   firsts: str | None = None, pairs: Sequence[int] | None = None,
                   needed: bool | None = None) -> int | None:
    """The offset of a heading that closes an article inside the unit ``text[start:end]``, after
    its first token (a folded page cuts units at sentence ends and menu runs only, so a comment
    count in a post's footer runs on: ``... here . Posted in News | Permalink | 10 Comments
    Previous Post ...``). The heading follows a token that is no lower-case word, no function
    word and ends no clause with a comma (a mark, a number, a name, a stop): in a sentence a
    word leads into it (``the post drew 12 Comments from``, ``That, Audi says, allows``, ``The PPP
    says``). Inside a unit, a heading that opens with ``More`` (``More World``) is a link's or
    a Title Case headline's word as often (``Read More``, ``So You Spend More Money``), and a
    tag heading needs its colon (``Tags:``; ``But The Price Tag Isn't Cheap``). A box's heading
    or a share bar closes the article only where ``most`` of the article's prose lies before
    it: pages print both inside the article too (a share bar under the headline, a box of
    latest headlines between two paragraphs), where a comment thread only follows it. ``words``:
    the unit's :func:`~newsclean.layout.unit_words.span_tokens`, and ``firsts`` their first
    characters (:func:`~newsclean.layout.unit_words.firsts_of`), and ``pairs`` its
    :func:`_side_by_side`, when the caller has them; ``needed``: ``False`` where the caller knows that
    no word that the headings opening with any word need stands in the unit (:func:`_needed_at`).

    >>> s = "Posted in News | Permalink | 10 Comments Previous Post Jane said: I agree."
    >>> s[_inner_heading(s, 0, len(s), False):][:13]
    '| 10 Comments'
    >>> _inner_heading("The post drew 12 Comments from readers. It was fun.", 0, 51, True) is None
    True
    >>> _inner_heading("Stadia Costs $129, But The Price Tag Isn't Cheap Come November", 0, 63, True) is None
    True
    >>> s = "Photo: Jane Doe Email to a friend Printer friendly Font: The council met on Monday."
    >>> _inner_heading(s, 0, len(s), False) is None, s[_inner_heading(s, 0, len(s), True):][:15]
    (True, 'Email to a frie')
    """
    words = span_tokens(text, start, end) if words is None else words
    firsts = firsts_of(words) if firsts is None else firsts
    # a pair's tokens open with no lower-case letter: where they open with ASCII, neither is a lower-case word
    cased = not firsts.isascii()
    # whether a word that the headings opening with any word need stands in the unit, read once from its
    # start at the first place that passes the tests of the pair (every place's span is part of that one)
    known, known_at = 0, start  # the last token located (none yet: the unit's start) and where it starts
    openings, n = _HEADING_START.known_openings, _HEADING_START.opening
    for i in _side_by_side(text, start, words, firsts) if pairs is None else pairs:
        prev, word = words[i], words[i + 1]
        # a word that opens with a word character and runs past an opening: the opening read at its place is its own
        whole = word[0].isascii() and word[0].isalnum() and len(word) >= n
        if needed is False and whole and openings.get(word[:n]) is False:
            continue  # (asked first where it is kept: most pairs end here, as below, with no word lower-cased)
        if (prev[-1] in ",;" or prev.lower() in _FUNCTION_WORDS or (len(word) == 4 and word.lower() == "more")
                or (cased and ((_lower(prev) and prev[-1].isalnum()) or _lower(word)))):
            continue
        if needed is None:  # (no token is located yet: known_at is the unit's start)
            needed = _HEADING_START.needs(text, known_at, end)
        if not needed and whole:
            may = openings.get(word[:n])  # (AnyOf.may_open_word's answer where it is kept: no call)
            if may is None:
                may = _HEADING_START.may_open_word(word)
            if not may:
                continue  # _heading_start would be False at the word: it is not located
        # (one call with ``needed``: the alternation's answer, where the alternatives that need no word
        # were tried first and the others only then)
        # located from the last one located: each token is read once, not every token of the unit
        at = token_start(text, words[known:i + 2], known_at, i + 1 - known)
        known, known_at = i + 1, at
        if not needed and not whole and word[0].isascii() and word[0].isalnum() and at + n <= end and (
                openings.get(text[at:at + n]) is False):
            continue  # a shorter word: the opening read at its place runs past it ("The B"), kept as opening none
        if not _heading_start(text, at, end, needed):
            continue
        if section_kind(word) == reasons.TAGS and not word.endswith(":"):
            continue
        heading = words[i + 1:i + 2 + _END_WORDS]
        if not end_opening(" ".join(heading)):
            continue
        if most or any(section_kind(" ".join(heading[:n])) == reasons.COMMENTS for n in range(1, len(heading) + 1)):
            return at
    return None


def _side_by_side(text: str, start: int, words: Sequence[str], firsts: str | None = None) -> list[int]:
    """The indexes of the tokens ``words`` of ``text`` from ``start`` on
    (:func:`~newsclean.layout.unit_words.span_tokens`) that another token follows, neither opening
    with a lower-case letter (``\\p{Ll}``): read on their first characters at once (``firsts``:
    :func:`~newsclean.layout.unit_words.firsts_of` the tokens, when the caller has it). The first token
    counts only where it is a whole token (the unit may open inside one: ``text[start - 1]`` is no
    white space).

    >>> _side_by_side("Posted in News | 10 Comments by Jo", 0, "Posted in News | 10 Comments by Jo".split())
    [2, 3, 4]
    >>> _side_by_side("xAb Cd Ef", 1, ["Ab", "Cd", "Ef"])
    [1]
    """
    opening = int(_inside_token(text, start))
    firsts = firsts_of(words) if firsts is None else firsts
    if firsts.isascii():
        return _ascii_pairs(firsts, opening)
    return [m.start() for m in _PAIRED.finditer(firsts, opening)]


def _ascii_pairs(firsts: str, pos: int) -> list[int]:
    """``[m.start() for m in _ASCII_PAIRED.finditer(firsts, pos)]`` of ASCII ``firsts``: where two characters
    other than ``a`` to ``z`` stand side by side (the pattern's matches, one character each, overlap
    through its look-ahead). The characters turned into marks by one ``bytes.translate`` and the pairs
    found by ``bytes.find``, where ``re``'s search called its matcher at every character and made a
    match object for each pair (a unit has some twenty tokens and two or three pairs): the
    closing-heading search, replayed on every sixth folded page, 2.49 -> 2.37 million instructions a page.

    >>> _ascii_pairs("TCmM2|Ab", 0), _ascii_pairs("TCmM2|Ab", 1), _ascii_pairs("ab", 0)
    ([0, 3, 4, 5], [3, 4, 5], [])
    """
    return _mark_pairs(firsts.encode("ascii").translate(_CASE_MARKS), pos)


def _mark_pairs(marks: bytes, pos: int) -> list[int]:
    """Where ``b"XX"`` stands in ``marks`` from ``pos`` on, overlapping: :func:`_ascii_pairs` of the first
    characters ``marks`` reads (:data:`~newsclean.layout.unit_words._CASE_MARKS`).

    >>> _mark_pairs(b"XXaXXX", 0)
    [0, 3, 4]
    """
    out = []
    at = marks.find(b"XX", pos)
    while at >= 0:
        out.append(at)
        at = marks.find(b"XX", at + 1)
    return out
