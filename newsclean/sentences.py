"""Where sentences end: the one definition every step reads.

A sentence ends with a stop (``.``, ``!``, ``?``, an ellipsis, or the ideographic ``。！？``), then
any closing quotes and brackets (``."``, ``?”``, ``.)``, ``!»``). A line *ends like a sentence*
when its last visible marks are such an end; a text *holds a sentence end* when such an end is
followed by a space or the end of the text; two sentences *meet* at the space after an end that
the next sentence's capital (or figure) follows. Some steps accept more marks as a line's end (a
colon or semicolon before a list, a brace at the end of a script's line): they say so with
``marks`` instead of writing a pattern of their own.

>>> ends_sentence('The army said "we left."'), ends_sentence("Home | World"), ends_sentence("Rates:", STOPS + ":")
(True, False, True)
>>> holds_sentence_end("He left. Then"), holds_sentence_end("v1.2 notes")
(True, False)
>>> [m.start() for m in SENTENCE_BREAK.finditer('He left. "We won." 3 died.')]
[8, 18]
>>> is_prose("The army said on Monday that its forces had taken the town after weeks of fighting.")
True
"""

from __future__ import annotations

import regex

__all__ = ["CLOSERS", "OPENERS", "SENTENCE_BREAK", "SENTENCE_INSIDE", "SPACE", "STOPS", "ends_sentence",
           "holds_sentence_end", "is_prose", "sentence_count"]

#: The marks that end a sentence.
STOPS = ".!?…。！？"
#: What may close a sentence after its stop: quotes and brackets.
CLOSERS = "\"'”’»)]"
#: What may open the next sentence before its first letter.
OPENERS = "\"“‘«(["
_IDEOGRAPHIC = "。！？"  # these end a sentence with no space after them: Chinese and Japanese run on
#: What the patterns read as white space (``\\s``): every character ``regex`` matches with it.
SPACE = ("\t\n\x0b\x0c\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
         "\u2028\u2029\u202f\u205f\u3000")
# What may stand after a line's last stop (white space and closers): the stop is the line's last
# character once these are trimmed, which a line's end is looked for at, not at every character.
_AFTER_STOP = SPACE + CLOSERS

_STOP = "[" + regex.escape(STOPS) + "]"
_CLOSE = "[" + regex.escape(CLOSERS) + "]*+"
_END_HERE = regex.compile(_STOP + _CLOSE + r"(?:\s|$)|[" + _IDEOGRAPHIC + "]")
#: The space where two sentences meet: after a stop and its closers, before an opener and a
#: capital or a figure ("He left. The", 'won." 3 died').
SENTENCE_BREAK = regex.compile(r"(?<=" + _STOP + _CLOSE + r")\x20(?=[" + regex.escape(OPENERS) + r"]?+[\p{Lu}\d])")
#: Two sentences within a line: a word and its stop, then the next sentence's capital after a space
#: ("the town. Officials", 'said." The'); not a figure ("3.5 million"). An abbreviation counts ("U.S. Army"):
#: the line is weighed as holding a sentence, never cut there (:data:`SENTENCE_BREAK` cuts; its caller
#: looks the word before the stop up among the abbreviations).
SENTENCE_INSIDE = regex.compile(r"\w" + _STOP + _CLOSE + r"\s+[" + regex.escape(OPENERS) + r"]?\p{Lu}")
_NON_LETTERS = regex.compile(r"\P{L}++")
_NOT_ASCII_LETTERS = bytes(c for c in range(128) if not chr(c).isalpha())  # \P{L} among ASCII characters
_MIN_PROSE_WORDS = 12
_MIN_LETTER_SHARE = 0.6
_MIN_CJK_PROSE = 40  # characters of a Chinese or Japanese paragraph of prose (no spaces to count words by)


# The compiled line ends by their marks. A plain dict, not an ``lru_cache``: what it keeps is a
# compiled pattern, never a verdict on a text, and the callers pass a handful of constant mark
# strings, so it stays small; the bound only guards a caller that would pass ever new marks.
_LINE_ENDS: dict[str, tuple[regex.Pattern[str], bool]] = {}
_MAX_LINE_ENDS = 64


def _line_end(marks: str) -> tuple[regex.Pattern[str], bool]:
    """The pattern of a line's end: one of ``marks``, then closers; a closing quote may stand
    apart after a space, as nested quotes are typeset (``... gains.’ ”``). And whether no mark
    is a character that may follow one (then the only place a match may start is the line's
    last character but white space and closers, see :func:`ends_sentence`).

    Compiled once a mark string and kept (in ``_LINE_ENDS``): ``regex``'s own pattern cache is
    full once the package is imported, so a pattern compiled again would cost a compile."""
    found = _LINE_ENDS.get(marks)
    if found is None:
        if len(_LINE_ENDS) >= _MAX_LINE_ENDS:
            _LINE_ENDS.clear()
        pattern = regex.compile("[" + regex.escape(marks) + r"](?:\s?[\"'”’]|[»)\]])*+$")
        found = _LINE_ENDS[marks] = pattern, not set(marks) & set(_AFTER_STOP)
    return found


def ends_sentence(text: str, marks: str = STOPS) -> bool:
    """Whether ``text`` ends as a sentence does: one of ``marks`` (:data:`STOPS` unless the
    caller counts more marks as a line's end, or fewer), then its closing quotes and brackets.

    >>> ends_sentence("The army left."), ends_sentence("He asked: “Why?”"), ends_sentence("stock car 2018, ")
    (True, True, False)
    >>> ends_sentence("as he said.’ ”"), ends_sentence("Read more:"), ends_sentence("Read more:", STOPS + ":;")
    (True, False, True)
    """
    pattern, apart = _LINE_ENDS.get(marks) or _line_end(marks)  # read here: one Python call less a line
    if not apart:
        return pattern.search(text) is not None
    # A match is a mark, then only characters of _AFTER_STOP: its mark is the last character of
    # the line less those, so it is tried there alone (a search would try every character).
    at = len(text.rstrip(_AFTER_STOP)) - 1
    if at < 0 or text[at] not in marks:
        return False
    # Most such lines end at the mark, or at closers right after it ('."', '?”', '.)'): each closer is
    # one turn of the pattern's loop, and the line's end its "$"; a space among them needs the pattern.
    return len(text.rstrip(CLOSERS)) == at + 1 or pattern.match(text, at) is not None


def holds_sentence_end(text: str) -> bool:
    """Whether a sentence ends somewhere in ``text``: a stop and its closers before a space or
    the end (not the dot of ``v1.2`` or ``example.com``), or an ideographic stop anywhere.

    >>> holds_sentence_end("Trucks came (at dawn). Then"), holds_sentence_end("www.example.com/a.html"), \
holds_sentence_end("他走了。我们")
    (True, False, True)
    """
    return _END_HERE.search(text) is not None


def sentence_count(text: str) -> int:
    """How many sentence ends ``text`` holds (see :func:`holds_sentence_end`).

    >>> sentence_count("It rose. It fell! Did it?"), sentence_count("No end")
    (3, 0)
    """
    return len(_END_HERE.findall(text))


def is_prose(text: str) -> bool:
    """Whether a paragraph reads as running prose: a dozen words or more (forty characters of
    Chinese or Japanese), mostly letters, with a sentence end. Menus, headings, datelines, codes
    and data are not prose.

    >>> is_prose("The army said on Monday that its forces had taken the town after weeks of fighting.")
    True
    >>> is_prose("Home | World | Politics | Business | Tech | Science | Health | Sports | Arts | Travel")
    False
    >>> is_prose('{"id": 7, "title": "Aid Convoy Arrives", "url": "/a/7", "pic": "/i/7.jpg", "n": 1}')
    False
    """
    if len(text.split(None, _MIN_PROSE_WORDS)) < _MIN_PROSE_WORDS and not _cjk_prose(text):  # counted to the bound
        return False
    visible = len(text) - text.count(" ")
    if visible == 0 or _letters(text) < _MIN_LETTER_SHARE * visible:
        return False
    return holds_sentence_end(text)


def _letters(text: str) -> int:
    """How many letters (``\\p{L}``) ``text`` holds: of an ASCII text, its bytes less the ones no
    letter is (one C call, no pattern).

    >>> _letters("It's 2019, été!"), _letters("It's 2019!")
    (6, 3)
    """
    if text.isascii():
        return len(text.encode("ascii").translate(None, _NOT_ASCII_LETTERS))
    return len(_NON_LETTERS.sub("", text))


def _cjk_prose(text: str) -> bool:
    """Chinese and Japanese prose has no spaces: count characters instead (40+ and a full stop)."""
    return len(text) >= _MIN_CJK_PROSE and any(c in text for c in _IDEOGRAPHIC)
