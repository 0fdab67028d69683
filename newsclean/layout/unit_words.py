"""The words of a folded line's units: the tokens of a span of the line (cut by ``str.split`` where it
reads the same white space as the ``regex`` module), where a token starts, and the tokens' first
characters, from which the tests of a unit's shape (:mod:`~newsclean.layout.unit_shapes`) and the
closing-heading search (:mod:`~newsclean.layout.closing_headings`) read its words' cases in one pass.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Sequence

import regex

__all__ = ["Spans", "firsts_of", "plain_spaces", "span_tokens", "span_words", "token_start"]


_TOKEN = regex.compile(r"\S++")


def _lower(word: str) -> bool:
    """A word in lower case, or in a script without case (a sentence of Arabic or Chinese)."""
    c = word[:1]
    return c.islower() or (c.isalpha() and not c.isupper())


_FIRST = operator.itemgetter(0)


def firsts_of(words: Sequence[str]) -> str:
    """The first characters of ``words`` (tokens, none empty), one string: what the tests of a
    unit's words by their first characters read (:func:`~newsclean.layout.unit_shapes._menu_word`,
    :func:`_lower_count`, :func:`~newsclean.layout.unit_shapes._furniture_tokens`,
    :func:`~newsclean.layout.closing_headings._side_by_side`), built once a unit by
    :func:`~newsclean.layout.folded.find_article` and passed to each.

    >>> firsts_of(["The", "council", "met", "2"])
    'Tcm2'
    """
    return "".join(map(_FIRST, words))


def _lower_count(words: Sequence[str], firsts: str | None = None) -> int:
    """How many of ``words`` (tokens, none empty) are lower-case words (:func:`_lower`): counted
    on their first characters at once where those are all ASCII (where :func:`_lower` is
    ``str.islower``), word by word otherwise. ``firsts``: :func:`firsts_of` the words, when the
    caller has it.

    >>> _lower_count(["The", "council", "met", "2"]), _lower_count(["The", "council", "ǅx", "中文", "Été"])
    (2, 3)
    """
    firsts = firsts_of(words) if firsts is None else firsts
    if firsts.isascii():  # the lower-case letters kept by one bytes.translate: no call a character
        return len(firsts.encode("ascii").translate(None, _NOT_LOWER))
    cases = firsts.translate(_CASES)
    return cases.count("a") + cases.count("1")


# The bytes that are no ASCII lower-case letter (``str.islower`` of an ASCII character: a-z), deleted to count those.
_NOT_LOWER = bytes(c for c in range(256) if not b"a"[0] <= c <= b"z"[0])


class _Cases(dict[int, str]):
    """``str.translate``'s table from a word's first character to an ASCII character that says what
    the tests of its words read of it: ``A`` where it is upper-case (``str.isupper``), ``a`` where it
    is a letter and not (a lower-case word to :func:`~newsclean.layout.unit_shapes._menu_word` and
    :func:`_lower`), ``1`` where it is lower-case and no letter (``ⓐ``, ``ⅰ``: a lower-case word to
    :func:`_lower` only), ``0`` otherwise. A span's first characters so translated are read as ASCII
    ones are (``a-z`` opening its lower-case words, ``A-Z`` its capitalised ones), in one pass, where a
    word-by-word reading asked each word. Each character's code is worked out on first use; up to :data:`_CASES_KEPT`
    are kept.

    >>> "ÉtéǅxⓐⅰⒶ中1".translate(_CASES)
    'Aaaaa11Aa0'
    """

    def __missing__(self, code: int) -> str:
        c = chr(code)
        got = "A" if c.isupper() else "a" if c.isalpha() else "1" if c.islower() else "0"
        if len(self) < _CASES_KEPT:
            self[code] = got
        return got


_CASES_KEPT = 4096
_CASES = _Cases()


# White space to ``str.split`` (``str.isspace``) that is none to the ``regex`` module's ``\s`` (the file,
# group, record and unit separators): where a span holds one, its tokens are _TOKEN's, not split's.
_ENGINE_ONLY_SPACE = "\x1c\x1d\x1e\x1f"
_SPLIT_ONLY_SPACE = re.compile(f"[{_ENGINE_ONLY_SPACE}]")


def span_tokens(text: str, start: int, end: int) -> list[str]:
    """The runs of characters other than white space in ``text[start:end]``: ``_TOKEN.findall``
    (``\\S++``), cut with ``str.split`` (twice as fast) where both read the same white space.

    >>> span_tokens("Home  News\\tThe council", 2, 23)
    ['me', 'News', 'The', 'council']
    """
    if plain_spaces(text, start, end):
        return text[start:end].split()
    tokens: list[str] = _TOKEN.findall(text, start, end)
    return tokens


def plain_spaces(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds none of the white space that ``str.split`` reads and the
    ``regex`` module does not (:data:`_SPLIT_ONLY_SPACE`): then :func:`span_tokens` of it and of every
    span inside it is its ``str.split``, and a caller that asked this of a whole line tells
    :func:`span_words` so for each of its spans (``plain``), each not searched again.

    Four ``str.find`` calls, each a fast scan in C, where ``re``'s search of the class tried the class
    at every character (about 45 instructions a character: about a million a folded page). Offsets
    below zero read as zero, as ``re`` reads them (``str.find`` would count them from the end).

    >>> plain_spaces("Home  News", 0, 10), plain_spaces("Home\x1cNews", 0, 9), plain_spaces("Home\x1cNews", 5, 9)
    (True, False, True)
    """
    start, end = max(start, 0), max(end, 0)
    return (text.find("\x1c", start, end) < 0 and text.find("\x1d", start, end) < 0
            and text.find("\x1e", start, end) < 0 and text.find("\x1f", start, end) < 0)


# The words of spans of one text read already, by (start, end): what span_words keeps.
Spans = dict[tuple[int, int], tuple[list[str], str]]


def span_words(text: str, start: int, end: int, spans: Spans | None = None,
               plain: bool = False) -> tuple[list[str], str]:
    """:func:`span_tokens` of ``text[start:end]`` and their first characters (:func:`firsts_of`),
    kept in ``spans`` (when given) for the next caller that reads the same span: the units of a
    folded page are mostly its sentences, whose words :func:`~newsclean.layout.page_units.run_ends`
    reads before :func:`~newsclean.layout.folded.find_article` does. Callers do not change the list.
    ``plain``: the caller found :func:`plain_spaces` of a span around this one (its line), so this one
    is not searched again.

    >>> spans: Spans = {}
    >>> span_words("Home News", 0, 9, spans), span_words("Home News", 0, 9, spans) is spans[0, 9]
    ((['Home', 'News'], 'HN'), True)
    """
    got = None if spans is None else spans.get((start, end))
    if got is None:
        words = text[start:end].split() if plain else span_tokens(text, start, end)
        got = words, firsts_of(words)
        if spans is not None:
            spans[start, end] = got
    return got


def token_start(text: str, words: Sequence[str], pos: int, k: int) -> int:
    """Where ``words[k]`` starts in ``text``, ``words`` being the runs of characters other than
    white space of ``text`` from ``pos`` on (``_TOKEN.findall(text, pos)``): each one is the
    first copy of itself after the one before it (only white space stands between them). A
    caller that reads the words as strings locates the few it cuts at so, instead of keeping
    every word's offset.

    Where the words stand from ``pos`` on one space apart (a page folded with ``get_text(" ")``),
    that is where their lengths put it (each word is found right after the space, none holding one):
    one comparison in C.

    >>> s = "Home  News The council met"
    >>> token_start(s, _TOKEN.findall(s, 0), 0, 2), token_start(s, _TOKEN.findall(s, 6), 6, 2)
    (11, 15)
    """
    spaced = " ".join(words[:k + 1])
    if text.startswith(spaced, pos):
        return pos + len(spaced) - len(words[k])
    for word in words[:k]:
        pos = text.find(word, pos) + len(word)
    return text.find(words[k], pos)


# ... read on ASCII first characters as bytes: "a" for a lower-case letter, "X" for any other (a pair is b"XX")
_CASE_MARKS = bytes(b"a"[0] if b"a"[0] <= c <= b"z"[0] else b"X"[0] for c in range(256))


def _inside_token(text: str, at: int) -> bool:
    """Whether ``text[at]`` stands inside a token (as the ``regex`` module reads white space), not at its start."""
    return at > 0 and _non_space(text[at - 1]) and _non_space(text[at:at + 1])


def _non_space(c: str) -> bool:
    """Whether ``c`` (one character, or none past a text's end) is a character the ``regex`` module
    reads as no white space (``\\S``): ``str.isspace`` reads the same white space but for the file,
    group, record and unit separators (``tests/test_folded_fast.py`` checks every character). A
    test in C where a pattern's call costs thousands of instructions.

    >>> _non_space("a"), _non_space(" "), _non_space("\x1c"), _non_space("")
    (True, False, True, False)
    """
    return c != "" and (not c.isspace() or c in _ENGINE_ONLY_SPACE)
