"""Repair the text before anything reads it: mojibake, HTML entities, control characters,
line breaks and odd spaces.

>>> from newsclean.document import Document
>>> repair(Document.from_text("Caf\u00c3\u00a9 &amp; bar\\r\\nnext\u00a0line")).text
'Café & bar\\nnext line'
"""

from __future__ import annotations

import ftfy
import regex

from ..document import Document

__all__ = ["repair"]

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


def repair(doc: Document) -> Document:
    """Fix encoding damage and unify newlines and spaces; must run before any removal."""
    text = doc.text
    text = _SURROGATE.sub("\ufffd", text)
    text = _NEWLINES.sub("\n", text)
    text = ftfy.fix_text(text, _CONFIG)
    text = _CONTROL.sub("", text)
    text = _INVISIBLE.sub("", text)
    text = _SPACES.sub(" ", text)
    return doc.with_text(text)


repair.name = "unicode"  # type: ignore[attr-defined]
