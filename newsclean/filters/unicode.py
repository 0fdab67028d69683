"""Repair the text before anything reads it: mojibake, HTML entities, control characters,
line breaks and odd spaces.

>>> from newsclean.document import Document
>>> repair(Document.from_text("Caf\u00c3\u00a9 &amp; bar\\r\\nnext\u00a0line")).text
'Café & bar\\nnext line'

ftfy does the mojibake and entity work, one line at a time. Its per-line cost is far above
that of the scans around it, so only the lines it could change are handed to it: lines with
an HTML entity or an escape character, with a C1 or other control character ftfy removes,
and lines with non-ASCII text that is not NFC or in which ftfy's own mojibake detector finds
a match. Every other line is exactly what ftfy would return for it (see :func:`needs_ftfy`).

>>> needs_ftfy("Plain ASCII, quotes “curly” and naïve accents are left alone.")
False
>>> needs_ftfy("the terroristsâ€™ assault"), needs_ftfy("Tom &amp; Jerry")
(True, True)
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from itertools import pairwise
from typing import Any

import ftfy
from ftfy import FIXERS
from ftfy.badness import BADNESS_RE
from ftfy.chardata import HTML_ENTITY_RE

from ..document import Document, note_printable
from ..guard import warn
from ..memo import page_dict
from ..strict import replace_surrogates, surrogate_warning

__all__ = ["needs_ftfy", "repair", "vouch"]

_CONFIG = ftfy.TextFixerConfig(
    unescape_html=True,
    uncurl_quotes=False,        # curly quotes are the author's, not damage
    fix_character_width=False,  # full-width forms are legitimate in CJK text
    fix_latin_ligatures=False,
    explain=False,
)
# Character classes and fixed sequences, nothing that can backtrack: the standard library's re
# scans them about three times faster than the regex module.
_NEWLINE_CHARS = r"\u2028\u2029\x85\x0b\x0c"  # besides "\r" (alone or before "\n")
_SPACE_CHARS = r"\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t"
_INVISIBLE_CHARS = r"\u200b\u2060\ufeff\u00ad"  # zero-width space, word joiner, BOM, soft hyphen
_CONTROL_CHARS = r"\x00-\x08\x0e-\x1f\x7f"
_NEWLINES = re.compile(rf"\r\n?|[{_NEWLINE_CHARS}]")
_SPACES = re.compile(rf"[{_SPACE_CHARS}]")
# Zero-width space, word joiner, BOM and soft hyphen carry nothing a reader sees.
_INVISIBLE = re.compile(rf"[{_INVISIBLE_CHARS}]")
_CONTROL = re.compile(rf"[{_CONTROL_CHARS}]")
# Every character the four patterns above change, in one class built from theirs: a text without
# any (a page the HTML reader rendered: its lines' white space is folded, its invisible characters
# dropped) is scanned once instead of four times.
_ODD = re.compile(rf"[\r{_NEWLINE_CHARS}{_SPACE_CHARS}{_INVISIBLE_CHARS}{_CONTROL_CHARS}]")
# What gives ftfy something to do on a line besides mojibake: an escape, a C1 control to map,
# or a control character it removes (ftfy's CONTROL_CHARS); entities are HTML_ENTITY_RE's.
_FTFY_WORK = re.compile(r"[\x1b\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\u206a-\u206f\ufeff\ufff9-\ufffc]")
# Where a line may need ftfy: any character but printable ASCII, or the start of an entity
# ("&#?[0-9A-Za-z]"). Each pattern of a search opens with one class, the union of the characters
# its cases open with, and tells the cases apart after it (by a look behind at that character):
# the standard library then scans for the class's characters alone, about twice as fast as an
# alternation it tries case by case at every character. Both find the same starts
# (``tests/test_fast_paths.py``), and only a match's start is read.
_CANDIDATE = re.compile(r"[^\t\n\x20-\x25\x27-\x7e](?:(?<!&)|#?[0-9A-Za-z])")
# The same for NFC text, narrowed by what BADNESS_RE needs: each of its cases holds a C1
# control, Œ/œ, Ã/Â, or two non-ASCII characters side by side (a lone curly quote or accented
# letter between ASCII is never mojibake to it), so a match is one of those, an entity's start,
# or a non-ASCII character followed by another.
_NFC_ALONE = r"\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\u206a-\u206f\ufeff\ufff9-\ufffcŒœÃÂ"
_NFC_CANDIDATE = re.compile(rf"[&\x00-\x08\x0b\x0e-\x1f\x7f-\U0010ffff](?:(?<=[{_NFC_ALONE}])|(?<=&)#?[0-9A-Za-z]"
                            r"|(?<=[^\x00-\x7f])[^\x00-\x7f])")


# The scans above test every character against a class: about 55 instructions a character in the standard
# library's engine, three times over a page (the odd characters, NFC, the candidates). Scans in C that are not
# the engine's read most pages at a fraction of that (see _printable and _quick_finder): str.isprintable
# rejects every character _ODD finds and every one of _NFC_ALONE but these (checked by tests/test_fast_paths.py),
# which are looked for apart.
_PRINTABLE_ALONE = "ŒœÃÂ\ufffc"
# An entity's start, the third case of _NFC_CANDIDATE: a search that opens with a literal, which the
# engine looks for a few instructions a character.
_ENTITY_START = re.compile(r"&#?[0-9A-Za-z]")


def _printable(text: str) -> bool:
    """Whether every character of ``text`` but its line breaks is printable (``str.isprintable``, in C):
    then ``text`` holds no character :data:`_ODD` finds, nor one of :data:`_NFC_ALONE` but
    :data:`_PRINTABLE_ALONE`, nor a surrogate. Most pages are, at about half the cost of searching :data:`_ODD`.

    >>> _printable("A line\\nand “another” — naïve"), _printable("a\u00a0b"), _printable("zero\u200bwidth")
    (True, False, False)
    """
    return text.replace("\n", " ").isprintable()


def _printable_apart(text: str, odd: set[str]) -> bool:
    """Whether ``text`` is :func:`_printable` once each of its odd characters (``odd``: what
    :func:`_odd_characters` finds in it, or more) that :data:`_NFC_ALONE` does not hold is read as a
    space: then it holds no character of :data:`_NFC_ALONE` but those of :data:`_PRINTABLE_ALONE`, as a
    printable text does (what :func:`_finder_kind` and :func:`_line_needs_ftfy` rest on), nor a
    surrogate, though the no-break spaces ``_normalize`` will make plain are there. A page whose only
    characters that are not printable are such spaces (17 of the 19 such pages of every sixth folded
    page) takes the quick scans in its first round, and no search for surrogates, where the
    candidate, control and surrogate searches read it a few dozen instructions a character.

    >>> _printable_apart("a\u00a0b", {"\u00a0"}), _printable_apart("a\u00a0b\x07", {"\u00a0", "\x07"})
    (True, False)
    """
    for c in odd:
        if _NFC_ALONE_CHAR.match(c) is None:
            text = text.replace(c, " ")
    return _printable(text)


_NFC_ALONE_CHAR = re.compile(f"[{_NFC_ALONE}]")


def _quick_finder(text: str) -> Callable[[int], int]:
    """The start of :data:`_NFC_CANDIDATE`'s search from a position (-1: none), for an NFC ``text``
    that is :func:`_printable` and holds none of :data:`_PRINTABLE_ALONE`, told without the pattern.
    Of its three cases only two can match such a text: an entity's start (:data:`_ENTITY_START`) and a
    character that is not ASCII followed by another; those pairs are ``"??"`` in the text encoded to
    ASCII with one ``"?"`` a character it replaces, where neither character is a ``"?"`` of the
    text. Each case's next start is kept until a search passes it, so the text is read once
    (positions are asked in ascending order, as :func:`_lines_to_fix` asks them).

    >>> find = _quick_finder("Q&A: “x” ‘’ and &amp; ??")
    >>> find(0), find(2), find(10), find(20)
    (1, 9, 16, -1)
    """
    data = text.encode("ascii", "replace") if not text.isascii() else b""
    entity = pair = -2  # each case's start found last (-1: none further), -2 before the first search

    def find(pos: int) -> int:
        nonlocal entity, pair
        if entity == -2 or 0 <= entity < pos:
            m = _ENTITY_START.search(text, pos)
            entity = -1 if m is None else m.start()
        if pair == -2 or 0 <= pair < pos:
            pair = data.find(b"??", pos)
            while pair >= 0 and (text[pair] == "?" or text[pair + 1] == "?"):
                pair = data.find(b"??", pair + 1)
        return min(entity, pair) if entity >= 0 and pair >= 0 else max(entity, pair)

    return find


def _finder(text: str, printable: bool) -> Callable[[int], int]:
    """The start of the candidate search's next match from a position (-1: none): :data:`_NFC_CANDIDATE`
    on an NFC text (:func:`_quick_finder` where it can tell, ``printable`` being whether ``text`` is
    :func:`_printable`), :data:`_CANDIDATE` on any other."""
    return _finder_kind(text, printable)[0]


def _finder_kind(text: str, printable: bool) -> tuple[Callable[[int], int], bool, bool]:
    """:func:`_finder`'s search, whether it is :func:`_quick_finder`'s (``text`` is then
    :func:`_printable`, NFC and holds none of :data:`_PRINTABLE_ALONE`: what :func:`repair` records
    of the text it returns, see :func:`vouch`), and whether ``text`` is NFC (each of its lines is
    then, see :func:`_line_needs_ftfy`)."""
    if not unicodedata.is_normalized("NFC", text):
        candidate, nfc = _CANDIDATE, False
    elif printable and not any(c in text for c in _PRINTABLE_ALONE):
        return _quick_finder(text), True, True
    else:
        candidate, nfc = _NFC_CANDIDATE, True

    def search(pos: int) -> int:
        m = candidate.search(text, pos)
        return -1 if m is None else m.start()

    return search, False, nfc


def _badness_width() -> int | None:
    """The most characters a match of ftfy's ``BADNESS_RE`` spans (its cases are short fixed
    sequences: 7 in ftfy 6.3), or ``None`` when that cannot be told (then lines are searched whole)."""
    try:
        try:
            from re import _parser  # type: ignore[attr-defined]
        except ImportError:  # Python 3.10
            import sre_parse as _parser
        width: int = _parser.parse(BADNESS_RE.pattern, BADNESS_RE.flags).getwidth()[1]
    except (ImportError, AttributeError, TypeError, ValueError, IndexError):
        return None
    return width if 0 < width <= _MAX_BADNESS_WIDTH and not BADNESS_RE.flags & re.MULTILINE else None


_MAX_BADNESS_WIDTH = 32
_BADNESS_WIDTH = _badness_width()


def _cases() -> list[list[tuple[Any, Any]]] | None:
    """The parsed cases of ftfy's ``BADNESS_RE`` (each a list of its parts), or ``None`` when it is
    not one alternation without case folding (then its matches cannot be told from its parts)."""
    sre, parser = _sre()
    if BADNESS_RE.flags & re.IGNORECASE:
        return None
    tree = parser.parse(BADNESS_RE.pattern, BADNESS_RE.flags)
    if len(tree.data) != 1 or tree.data[0][0] is not sre.BRANCH:
        return None
    return [list(branch.data) for branch in tree.data[0][1][1]]


def _sre() -> tuple[Any, Any]:
    """The standard library's pattern constants and parser (their module names differ in 3.10)."""
    try:
        from re import _constants as sre  # type: ignore[attr-defined]
        from re import _parser as parser  # type: ignore[attr-defined]
    except ImportError:  # Python 3.10
        import sre_constants as sre
        import sre_parse as parser
    return sre, parser


def _non_ascii_sets(case: list[tuple[Any, Any]]) -> list[set[str] | None]:
    """Each part of a case of ``BADNESS_RE`` as the set of characters it matches when it is a plain
    set of non-ASCII characters (see :func:`_plain_set`), ``None`` for any other part."""
    sre = _sre()[0]
    sets = [_plain_set(item, sre) for item in case]
    return [chars if chars and all(ord(c) > 0x7F for c in chars) else None for chars in sets]


def _rarest(parts: list[set[str]]) -> set[str]:
    """The part least likely in real text: fewest lower-case letters, then fewest letters, then
    fewest characters (``[ØÙ]`` rather than the punctuation after it, ``Ђ`` rather than ``в``)."""
    return min(parts, key=lambda cs: (sum(c.islower() for c in cs), sum(c.isalpha() for c in cs), len(cs)))


def _anchor_characters() -> str | None:
    """Characters one of which every match of ftfy's ``BADNESS_RE`` holds: from each of its
    cases, the characters of its :func:`_rarest` part that is a plain set of non-ASCII characters
    (a literal or a class without categories or negation). ``None`` when some case has no
    such part, or the pattern is not one alternation without case folding (then every non-ASCII
    character counts, as before)."""
    try:
        cases = _cases()
        if cases is None:
            return None
        anchors: set[str] = set()
        for case in cases:
            parts = [chars for chars in _non_ascii_sets(case) if chars is not None]
            if not parts:
                return None
            anchors |= _rarest(parts)
    except (ImportError, AttributeError, TypeError, ValueError, IndexError):
        return None
    return "".join(sorted(anchors))


def _triggers() -> tuple[str, dict[str, frozenset[str]]] | None:
    """What every match of ftfy's ``BADNESS_RE`` holds, in a form a scan in C finds: ``(alone,
    pairs)``. Most of its cases have two parts side by side that are plain sets of non-ASCII
    characters (``[ÂÃÎÐ][€œŠš...]``): a match of one holds a pair of such characters side by side,
    the first a key of ``pairs``, the second in its value (of each case the pair of parts with the
    fewest pairs of characters). Each other case holds a character of its :func:`_rarest` plain
    non-ASCII part: those characters but the ones :data:`_FTFY_WORK` finds (C1 controls) are
    ``alone`` (``Œœ``, ``ÃÂ`` in ftfy 6.3). ``None`` where this cannot be told, or ``alone``
    would be more than a few characters (then :func:`_bad` searches near the anchors)."""
    try:
        cases = _cases()
        if cases is None:
            return None
        alone: set[str] = set()
        pairs: dict[str, set[str]] = {}
        for case in cases:
            sets = _non_ascii_sets(case)
            sides = [(a, b) for a, b in pairwise(sets) if a is not None and b is not None]
            if sides:
                first, second = min(sides, key=lambda ab: len(ab[0]) * len(ab[1]))
                for c in first:
                    pairs.setdefault(c, set()).update(second)
                continue
            parts = [chars for chars in sets if chars is not None]
            if not parts:
                return None
            alone |= {c for c in _rarest(parts) if not _FTFY_WORK.match(c)}
    except (ImportError, AttributeError, TypeError, ValueError, IndexError):
        return None
    if len(alone) > _MAX_ALONE:
        return None
    return "".join(sorted(alone)), {c: frozenset(after) for c, after in pairs.items()}


_MAX_ALONE = 8  # each is one scan of a line in C (str.__contains__)


def _plain_set(item: tuple[Any, Any], sre: Any) -> set[str] | None:
    """The characters a parsed pattern part matches, when it is a literal or a class of literals
    and ranges only; else ``None``."""
    op, arg = item
    if op is sre.LITERAL:
        return {chr(arg)} if isinstance(arg, int) else None
    if op is not sre.IN or not isinstance(arg, list):
        return None
    out: set[str] = set()
    for kind, value in arg:
        if kind is sre.LITERAL:
            out.add(chr(value))
        elif kind is sre.RANGE:
            out.update(chr(i) for i in range(value[0], value[1] + 1))
        else:
            return None  # a category, a negation: no plain set
    return out


def _windows_pattern() -> re.Pattern[str]:
    """Runs of :func:`_anchor_characters` (any non-ASCII character where they cannot be told)
    less than a match's reach apart: each run's window, widened by the reach on both sides, is
    one search of ``BADNESS_RE`` in :func:`_bad`."""
    anchors = _anchor_characters() if _BADNESS_WIDTH is not None else None
    char = r"[^\x00-\x7f]" if anchors is None else "[" + "".join(re.escape(c) for c in anchors) + "]"
    gap = 2 * ((_BADNESS_WIDTH or 1) - 1)
    return re.compile(f"{char}(?:[\\s\\S]{{0,{gap}}}{char})*")


_WINDOWS = _windows_pattern()


_TRIGGERS = _triggers()


# The most pairs of non-ASCII characters side by side (counted without overlap) that _bad reads one by one in
# Python (a few hundred instructions each); a line with more, as every line of a page in Russian or Chinese is,
# is searched near the anchors instead (its windows found by one scan in C), as it was before pairs were read.
_PAIRS_SOUGHT = 32


def _bad(line: str, controls: bool = True) -> bool:
    """``BADNESS_RE.search(line) is not None``, searched only near the characters it needs.

    ftfy's mojibake pattern tries a long alternation of wide character classes at every
    character (a search of a dozen characters costs tens of thousands of instructions), and a
    page folded to one line is 8,000 characters and more. Its matches span at most
    :data:`_BADNESS_WIDTH` characters and each holds what :data:`_TRIGGERS` names: a character
    of its ``alone``, a C1 control, or one of its pairs of non-ASCII characters side by side. A
    line without the first two (``controls``: whether it may hold a character :data:`_FTFY_WORK`
    finds; ``False`` where the caller searched it and found none) is searched only around those
    pairs: they are ``"??"`` in the line encoded to ASCII with ``"?"`` for each character past
    it, where the first is a key of the pairs and the second in its value (a curly quote or a
    dash between ASCII opens none). Other lines, and those holding more than :data:`_PAIRS_SOUGHT`
    pairs, are searched near the anchors (:func:`_bad_near_anchors`). The pattern's one anchor,
    ``^``, matches only at the line's start, as in a search of the whole line; it has no look-around.
    ``tests/test_fast_paths.py`` and ``tests/test_html_fast_paths.py`` check these facts on the
    installed ftfy.

    >>> _bad("Prices rose 5% in the terroristsâ€™ assault"), _bad("Plain “curly” quotes — and naïve")
    (True, False)
    """
    if _TRIGGERS is None or _BADNESS_WIDTH is None:
        return _bad_near_anchors(line)
    alone, pairs = _TRIGGERS
    if (controls and _FTFY_WORK.search(line) is not None) or any(c in line for c in alone):
        return _bad_near_anchors(line)
    reach = _BADNESS_WIDTH - 1
    data = line.encode("ascii", "replace")
    if data.count(b"??") > _PAIRS_SOUGHT:  # text in a script past ASCII (Cyrillic, Chinese): a pair at most characters
        return _bad_near_anchors(line)
    at = data.find(b"??")
    while at >= 0:
        after = pairs.get(line[at])
        if (after is not None and line[at + 1] in after
                and BADNESS_RE.search(line, max(0, at - reach), at + 2 + reach) is not None):
            return True
        at = data.find(b"??", at + 1)
    return False


def _bad_near_anchors(line: str) -> bool:
    """``BADNESS_RE.search(line) is not None``, searched only near the characters of which
    every case of it needs one (:func:`_anchor_characters`, any non-ASCII character when they
    cannot be told): every match lies within :data:`_BADNESS_WIDTH` characters of a run of them
    (:data:`_WINDOWS`), so only those windows are searched.

    >>> _bad_near_anchors("Caf\u00c3\u00a9"), _bad_near_anchors("Plain “curly” quotes — and naïve")
    (True, False)
    """
    if _BADNESS_WIDTH is None:
        return BADNESS_RE.search(line) is not None
    reach = _BADNESS_WIDTH - 1
    return any(BADNESS_RE.search(line, max(0, m.start() - reach), m.end() + reach) is not None
               for m in _WINDOWS.finditer(line))


def _line_needs_ftfy(line: str, printable: bool = False, nfc: bool = False) -> bool:
    """Whether ftfy (as configured here) could change this one line.

    Every case of ftfy's mojibake detector (``BADNESS_RE``) needs a non-ASCII character, so
    an ASCII line needs ftfy only for an entity, an escape or a control character. What the
    caller knows of the text the line was cut from (at its line breaks) spares two scans of a
    line as long as a page folded to one line, each a few dozen instructions a character:

    - ``printable``: the text is :func:`_printable`. Of the characters :data:`_FTFY_WORK` looks
      for, only U+FFFC is printable (``tests/test_unicode_fast.py`` checks every character), so
      that one is looked for alone (``str.__contains__``, in C).
    - ``nfc``: the text is NFC. So is each of its lines: a line break is a starter that composes
      with nothing and has no decomposition, so the NFC of a text is the NFC of its lines joined
      by line breaks; a text equal to that holds each line equal to its own NFC.

    >>> _line_needs_ftfy("Caf\u00c3\u00a9\\n"), _line_needs_ftfy("Caf\u00e9\\n", printable=True, nfc=True)
    (True, False)
    """
    work = "\ufffc" in line if printable else _FTFY_WORK.search(line) is not None
    if work or HTML_ENTITY_RE.search(line) is not None:
        return True
    if line.isascii():
        return False
    return not (nfc or unicodedata.is_normalized("NFC", line)) or _bad(line, controls=False)


def _lines_to_fix(text: str, known: dict[str, bool] | None = None, printable: bool = False,
                  find: Callable[[int], int] | None = None, nfc: bool = False) -> list[tuple[int, int]]:
    """``(start, end)`` of each line ftfy could change (end past its newline), in order: one
    pass over the text, looking closer only at lines with a candidate character. ``known``
    keeps the answer for each line looked at (a round of :func:`repair` after the first reads
    the lines the first left as they were again: a page folded to one line is one such line);
    ``printable``: whether ``text`` is known to be :func:`_printable` (``False``: not known), ``nfc``
    whether it is known NFC (both told to :func:`_line_needs_ftfy`); ``find``: :func:`_finder`'s search
    of ``text``, where the caller made it."""
    if find is None:
        find = _finder(text, printable)
    spans: list[tuple[int, int]] = []
    pos = 0
    while (at := find(pos)) >= 0:
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        end = len(text) if end < 0 else end + 1
        line = text[start:end]
        if known is None:
            needs = _line_needs_ftfy(line, printable, nfc)
        else:
            seen = known.get(line)
            needs = known.setdefault(line, _line_needs_ftfy(line, printable, nfc)) if seen is None else seen
        if needs:
            spans.append((start, end))
        pos = end
    return spans


def needs_ftfy(text: str) -> bool:
    """Whether ftfy (as configured here) could change ``text``."""
    return bool(_lines_to_fix(text))


# A line at least this long (a page folded to one line) is handed to ftfy a window at a time: where
# one entity or decomposed accent sent all of its thousands of characters through every fixer.
_WINDOWED = 2000
# Characters of such a line tested apart for what ftfy could change (each piece cut at a space).
_PIECE = 500
# ftfy as configured, with the steps it took (to check a window's fix: see _window_fix).
_EXPLAINED = _CONFIG._replace(explain=True)
# Line breaks ftfy's fix_line_breaks makes "\n" of (besides "\x85", a C1 control _FTFY_WORK finds):
# gone before ftfy reads a line (_NEWLINES), looked for all the same.
_BREAKS = re.compile("[\r\u2028\u2029]")


def _fix_line(line: str) -> str:
    """``ftfy.fix_text(line, _CONFIG)`` for one line (no ``"\n"`` but at its end), ftfy run only on
    windows of a long line around the pieces it could change (:func:`_windows`), each window's
    fix checked to be what the whole line's gives there (:func:`_window_fix`); the whole line
    through ftfy where one is not.

    Sound because the line as a whole shows no mojibake (``_bad``) and every fixer ftfy applies
    but its encoding fix acts on a few characters that hold no space (an entity, a control
    character, an escape, a canonical composition, which a space never joins): fixing the line
    piecewise at spaces is fixing it whole as long as the encoding fix does nothing anywhere,
    which no state of the line shows mojibake for it to act on (what :func:`_window_fix` checks).
    ``tests/test_fast_paths.py`` compares it with ftfy on every long line of the evaluation
    pages, on table rows and on random lines.

    >>> line = "The caf\u0065\u0301 " + "x " * 1200 + "Tom &amp; Jerry"
    >>> _fix_line(line) == ftfy.fix_text(line, _CONFIG), _fix_line(line)[-11:]
    (True, 'Tom & Jerry')
    """
    if (len(line) < _WINDOWED or len(line) > _CONFIG.max_decode_length or _BADNESS_WIDTH is None
            or _CONFIG.unescape_html == "auto" or _bad(line)):  # "auto": a "<" anywhere in the line decides
        return ftfy.fix_text(line, _CONFIG)
    windows = _windows(line, _BADNESS_WIDTH - 1)
    if 2 * sum(b - a for a, b in windows) > len(line):
        return ftfy.fix_text(line, _CONFIG)  # entities all over it: the windows would cost more than the line
    out: list[str] = []
    pos = 0
    for a, b in windows:
        fixed = _window_fix(line, a, b, _BADNESS_WIDTH - 1)
        if fixed is None:
            return ftfy.fix_text(line, _CONFIG)
        out += (line[pos:a], fixed)
        pos = b
    out.append(line[pos:])
    return "".join(out)


def _windows(line: str, reach: int) -> list[tuple[int, int]]:
    """``(start, end)`` of the windows of ``line`` that ftfy is run on: each piece of about
    :data:`_PIECE` characters (cut before a space) that ftfy could change (:func:`_line_needs_ftfy`,
    or a line break of :data:`_BREAKS`), widened by ``reach`` characters or more on each side to
    a space (a window starts after one and ends before one, or at the line's ends); windows that
    meet or overlap are one. The pieces between are fixed points of every fixer: no entity,
    control character or escape, and in NFC (a piece cut before a space normalizes alone).

    >>> line = "x " * 600 + "Tom &amp; Jerry " + "y " * 600  # the entity at 1204, in the piece from 1000
    >>> _windows(line, 6), len(line)
    ([(994, 1507)], 2416)
    """
    out: list[tuple[int, int]] = []
    pos = 0
    while pos < len(line):
        end = line.find(" ", pos + _PIECE)
        end = len(line) if end < 0 else end
        if _line_needs_ftfy(line[pos:end]) or _BREAKS.search(line, pos, end) is not None:
            cut = line.rfind(" ", 0, max(0, pos - reach))
            start = 0 if cut < 0 or pos - reach <= 0 else cut + 1
            cut = line.find(" ", end + reach)
            stop = len(line) if cut < 0 else cut
            if out and start <= out[-1][1] + 1:
                start = out.pop()[0]
            out.append((start, stop))
        pos = end
    return out


def _window_fix(line: str, start: int, end: int, reach: int) -> str | None:
    """ftfy's fix of ``line[start:end]`` (a window of :func:`_windows`), or ``None`` unless it is
    the whole line's fix there: ftfy's steps on the window, replayed, are all fixers acting on a
    few characters (no encoding fix), none makes the window longer (so a window's change is a
    change of the whole line in the same round of ftfy's loop), no state the window passes
    through shows mojibake (``BADNESS_RE``: so the encoding fix does nothing on the whole line
    either), and the ``reach`` characters at each side that meets the rest of the line stay as
    they were (a mojibake match of the whole line's state across the side would be one of the
    line itself, which shows none).

    >>> line = "x " * 600 + "Tom &amp; Jerry " + "y " * 600
    >>> _window_fix(line, 1194, 1221, 6)
    'x x x Tom & Jerry y y y'
    >>> _window_fix("Caf&Atilde;&copy; x", 0, 19, 6) is None  # the entities spell mojibake
    True
    """
    window = line[start:end]
    fixed, steps = ftfy.fix_and_explain(window, _EXPLAINED)
    head = window[:reach] if start > 0 else ""
    tail = window[len(window) - reach:] if end < len(line) else ""
    state = window
    for step in [None, *(steps or ())]:
        if step is not None:
            if step.action == "apply" and step.parameter in FIXERS:
                new = FIXERS[step.parameter](state)
            elif step.action == "normalize":
                new = unicodedata.normalize(step.parameter, state)
            else:
                return None  # an encoding step: mojibake, read on the whole line
            if len(new) > len(state):
                return None
            state = new
        if not (state.startswith(head) and state.endswith(tail)) or BADNESS_RE.search(state) is not None:
            return None
    return fixed if state == fixed else None


def _fix(text: str, known: dict[str, bool] | None = None, fixed: dict[str, str] | None = None,
         printable: bool = False, find: Callable[[int], int] | None = None, nfc: bool = False) -> str:
    """``ftfy.fix_text(text, _CONFIG)``, running ftfy only on the lines it could change
    (ftfy fixes line by line, so the other lines are exactly what it would return).
    ``known`` and ``fixed`` keep what earlier rounds found of each line (whether it needs
    ftfy, and ftfy's answer): a line read again gets the same answers without the work;
    ``printable``, ``find`` and ``nfc`` as for :func:`_lines_to_fix`.

    >>> known, fixed = {}, {}
    >>> _fix("Tom &amp; Jerry\\nCaf\\u00c3\\u00a9", known, fixed), sorted(known.values()), len(fixed)
    ('Tom & Jerry\\nCafé', [True, True], 2)
    """
    spans = _lines_to_fix(text, known, printable, find, nfc)
    if not spans:
        return text
    out: list[str] = []
    pos = 0
    for start, end in spans:
        out.append(text[pos:start])
        line = text[start:end]
        if fixed is None:
            out.append(_fix_line(line))
        elif (done := fixed.get(line)) is not None:
            out.append(done)
        else:
            out.append(fixed.setdefault(line, _fix_line(line)))
        pos = end
    out.append(text[pos:])
    return "".join(out)


# Rounds of repair: unifying spaces can show ftfy mojibake it did not see beside a no-break
# space ("\u00a0Ã©"); a second round fixes it, so that repairing repaired text changes nothing.
_ROUNDS = 3


# The substitutions of _normalize, in their order: each one's characters are _ODD's.
_SUBSTITUTIONS = ((_NEWLINES, "\n"), (_CONTROL, ""), (_INVISIBLE, ""), (_SPACES, " "))


def _odd_characters(text: str) -> set[str]:
    """The characters of ``text`` that :data:`_ODD` finds (one scan; most texts hold none)."""
    return set(_ODD.findall(text))


def _normalize(text: str, odd: set[str] | None = None) -> str:
    r"""Newlines unified, control and invisible characters dropped, odd spaces made plain. ``odd``:
    the :func:`_odd_characters` of ``text`` (or more) where known. Only the substitutions for
    characters the text holds are run (one scan each; a page holding soft hyphens needs one of the
    four): the others would change nothing, as none makes a character another one looks for.

    >>> _normalize("a\u00a0b\r\nc\u200bd\x07"), _normalize("plain\ntext"), _normalize("a\u00a0b", {"\u00a0"})
    ('a b\ncd', 'plain\ntext', 'a b')
    """
    if odd is None:
        odd = _odd_characters(text)
    for pattern, by in _SUBSTITUTIONS:
        text = _substituted(text, pattern, by, odd)
    return text


def _substituted(text: str, pattern: re.Pattern[str], by: str, odd: set[str]) -> str:
    r"""``pattern.sub(by, text)`` for one of :data:`_SUBSTITUTIONS`, ``odd`` holding every character
    of ``text`` it finds (or more): each such character replaced by ``str.replace``, in C, where the
    pattern's search tries its class at every character and builds each match (a page folded to one
    line holds a no-break space every few words). Each case of these patterns is one character but
    ``\r\n``, which is replaced first, then the lone ``\r``: the search takes a ``\r`` with the line
    break after it, left to right, and no other character of the class makes a ``\r\n`` (each
    becomes a line break after the ``\r`` is gone).

    >>> _substituted("a\r\r\nb\u2028\rc", _NEWLINES, "\n", {"\r", "\u2028"})
    'a\n\nb\n\nc'
    """
    chars = [c for c in odd if pattern.match(c)]
    if "\r" in chars:
        text = text.replace("\r\n", "\n").replace("\r", by)
    for c in chars:
        if c != "\r":
            text = text.replace(c, by)
    return text


# What repair knows of the text it returned last in a call of clean (kept in the page memo,
# page_dict(vouch)): _QUICK, the text is _printable, NFC and holds none of _PRINTABLE_ALONE (its
# candidate search is _quick_finder's); _PLAIN, besides, that search finds nothing in it (no entity's
# start, no two characters side by side that are not ASCII); 0, nothing.
_QUICK = 1
_PLAIN = 2


def vouch(text: str) -> None:
    """Tell :func:`repair` that ``text`` holds no white space but spaces and line breaks and that each
    of its words (what ``str.split`` parts) is a piece of a word of the text :func:`repair` returned
    last in this call of ``clean``: ``clean`` says so of the cleaned text it cleans again with the
    default steps, which only remove text, fold white space and put a space or a line break in
    place of a character (``api._recheck``). Then :func:`repair` of ``text`` skips the scans whose
    answers it can tell from what it found of that text (:data:`_QUICK`, :data:`_PLAIN`):

    - ``text`` is :func:`_printable` and holds none of :data:`_PRINTABLE_ALONE`: its characters are
      that text's, spaces and line breaks;
    - ``text`` is NFC: a piece of an NFC text is NFC, and a space or a line break between two NFC
      texts neither composes nor reorders with the characters beside it (no canonical decomposition
      holds one, and both are starters); ``tests/test_unicode_recheck.py`` checks both;
    - on :data:`_PLAIN`, its candidate search finds nothing: an entity's start and two characters
      that are not ASCII side by side stand inside one word, so inside a word of that text, where
      the search found none. :func:`repair` then returns the document as it is, as its rounds would.

    Nothing is recorded when no page memo is open, or when the last repair knew nothing.
    """
    state = page_dict(vouch)
    level = state.get("last", 0)
    if level:
        state["vouched"] = (text, level)


def _vouched(state: dict[str, Any], text: str) -> int:
    """The level :func:`vouch` gave ``text`` (the very string) in this call, 0 if none."""
    said = state.get("vouched")
    return said[1] if said is not None and said[0] is text else 0


def repair(doc: Document) -> Document:
    """Fix encoding damage and unify newlines and spaces; must run before any removal.

    >>> repair(Document.from_text("\u00a0Ã©t\u00e9")).text
    ' été'
    """
    state = page_dict(vouch)
    level = _vouched(state, doc.text)
    if level == _PLAIN:
        state["last"] = _PLAIN
        return doc  # nothing to repair (see vouch)
    # most pages are printable: then no surrogate (nor its search), no odd character and few candidates
    printable = level == _QUICK or _printable(doc.text)
    odd = set() if printable else _odd_characters(doc.text)
    # the first round's scans as for a printable text where only odd characters that hold no candidate are
    # not (then no surrogate is there either: none is printable, nor odd)
    readable = printable or _printable_apart(doc.text, odd)
    text, surrogates = (doc.text, 0) if readable else replace_surrogates(doc.text)  # one for one, and said
    text = _substituted(text, _NEWLINES, "\n", odd)
    # per line: whether ftfy could change it, and what it gives; kept for the whole call of clean
    # (each answer depends on the line alone), so a second cleaning of the cleaned text reads
    # again only the lines the first did not see
    known: dict[str, bool] = page_dict(_line_needs_ftfy)
    fixes: dict[str, str] = page_dict(_fix)
    find, quick, nfc = (_quick_finder(text), True, True) if level == _QUICK else _finder_kind(text, readable)
    quick = quick and printable  # (what is vouched for is said of a printable text only)
    state["last"] = 0  # until the text returned is known
    settled = False  # whether a round changed nothing (then ``printable`` is said of the text returned)
    for n in range(_ROUNDS):
        if n:  # a later round's text is another, normalized: most are printable now (and take the quick scans)
            printable = readable = _printable(text)
            find, quick, nfc = _finder_kind(text, printable)
        plain = quick and find(0) < 0  # asked before _fix: the quick search reads positions in ascending order
        fixed = _fix(text, known, fixes, readable, find, nfc)
        if odd or fixed is not text:  # a round's text is normalized: only what ftfy changed may not be
            fixed = _normalize(fixed, odd if fixed is text else None)  # ftfy changed nothing: the odd ones
        odd = set()
        if fixed == text:
            if quick:  # what the next cleaning of the same call may skip (see vouch)
                state["last"] = _PLAIN if plain else _QUICK
            settled = True
            break
        text = fixed
    out = doc.with_text(text)
    if settled and printable:  # out.text is text, or a string equal to it (with_text keeps an equal text)
        note_printable(out.text)  # its first blocks skip the scans for odd spaces (see note_printable)
    return warn(out, surrogate_warning(surrogates, "the input")) if surrogates else out


repair.name = "unicode"  # type: ignore[attr-defined]
