"""Repair the text before anything reads it: mojibake, HTML entities, control characters,
line breaks and odd spaces.

>>> from newsclean.document import Document
>>> repair(Document.from_text("Caf\u00c3\u00a9 &amp; bar\\r\\nnext\u00a0line")).text
'Café & bar\\nnext line'

ftfy does the mojibake and entity work, one line at a time. Its per-line cost is far above
that of the scans around it, so only the lines it could change are handed to it: lines with
``&`` or an escape character, with a C1 or other control character ftfy removes, lines that
are not NFC, and lines in which ftfy's own mojibake detector finds a match. Every other line
is exactly what ftfy would return for it (see :func:`needs_ftfy`).

>>> needs_ftfy("Plain ASCII, quotes “curly” and naïve accents are left alone.")
False
>>> needs_ftfy("the terroristsâ€™ assault"), needs_ftfy("Tom &amp; Jerry")
(True, True)
"""

from __future__ import annotations

import unicodedata

import ftfy
import regex
from ftfy.badness import BADNESS_RE

from ..document import Document

__all__ = ["needs_ftfy", "repair"]

_CONFIG = ftfy.TextFixerConfig(
    unescape_html=True,
    uncurl_quotes=False,        # curly quotes are the author's, not damage
    fix_character_width=False,  # full-width forms are legitimate in CJK text
    fix_latin_ligatures=False,
    explain=False,
)
_NEWLINES = regex.compile(r"\r\n?|[\u2028\u2029\x85\x0b\x0c]")
_SPACES = regex.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t]")
# Zero-width space, word joiner, BOM and soft hyphen carry nothing a reader sees.
_INVISIBLE = regex.compile(r"[\u200b\u2060\ufeff\u00ad]")
_SURROGATE = regex.compile(r"[\ud800-\udfff]")
_CONTROL = regex.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
# What gives ftfy something to do on a line, besides mojibake: an entity or escape to decode,
# a C1 control to map, or a control character it removes (ftfy's CONTROL_CHARS).
_FTFY_WORK = regex.compile(r"[&\x1b\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\u206a-\u206f\ufeff\ufff9-\ufffc]")
# BADNESS_RE anchors one case (`^[ÃÂ] `) at the start of the text; per line it is each line's start.
_LINE_START_BAD = regex.compile(r"(?m)^[ÃÂ] ")


def needs_ftfy(text: str) -> bool:
    """Whether ftfy (as configured here) could change ``text``: a cheap test on the whole text."""
    if text.isascii():
        return "&" in text or "\x1b" in text  # the rest ftfy does to ASCII, repair() does too
    return (_FTFY_WORK.search(text) is not None or not unicodedata.is_normalized("NFC", text)
            or BADNESS_RE.search(text) is not None or _LINE_START_BAD.search(text) is not None)


def _line_bounds(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end + 1


def _lines_to_fix(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each line ftfy could change (end past its newline), in order."""
    hits = [m.start() for m in _FTFY_WORK.finditer(text)]
    hits += [m.start() for m in _LINE_START_BAD.finditer(text)]
    for m in BADNESS_RE.finditer(text):  # a match may span a newline: mark every line it touches
        hits += [m.start(), max(m.start(), m.end() - 1)]
    if not unicodedata.is_normalized("NFC", text):
        hits += [a for a, b in _spans_of_lines(text) if not unicodedata.is_normalized("NFC", text[a:b])]
    spans: list[tuple[int, int]] = []
    for pos in sorted(hits):
        if spans and pos < spans[-1][1]:
            continue
        spans.append(_line_bounds(text, pos))
    return spans


def _spans_of_lines(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end + 1
        out.append((pos, end))
        pos = end
    return out


def _fix(text: str) -> str:
    """``ftfy.fix_text(text, _CONFIG)``, running ftfy only on the lines it could change."""
    if not needs_ftfy(text):
        return text
    out: list[str] = []
    pos = 0
    for start, end in _lines_to_fix(text):
        out.append(text[pos:start])
        out.append(ftfy.fix_text(text[start:end], _CONFIG))
        pos = end
    out.append(text[pos:])
    return "".join(out)


# Rounds of repair: unifying spaces can show ftfy mojibake it did not see beside a no-break
# space ("\u00a0Ã©"); a second round fixes it, so that repairing repaired text changes nothing.
_ROUNDS = 3


def _normalize(text: str) -> str:
    text = _CONTROL.sub("", text)
    text = _INVISIBLE.sub("", text)
    return _SPACES.sub(" ", text)


def repair(doc: Document) -> Document:
    """Fix encoding damage and unify newlines and spaces; must run before any removal.

    >>> repair(Document.from_text("\u00a0Ã©t\u00e9")).text
    ' été'
    """
    text = doc.text
    text = _SURROGATE.sub("\ufffd", text)
    text = _NEWLINES.sub("\n", text)
    text = _normalize(_fix(text))
    for _ in range(_ROUNDS - 1):
        if not needs_ftfy(text):
            break
        fixed = _normalize(_NEWLINES.sub("\n", _fix(text)))
        if fixed == text:
            break
        text = fixed
    return doc.with_text(text)


repair.name = "unicode"  # type: ignore[attr-defined]
