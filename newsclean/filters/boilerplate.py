"""Remove page furniture that is recognisable line by line: share buttons, newsletter boxes,
cookie banners, copyright notices, photo credits and captions, navigation words, inline
"Related:" links and tag lists.

A line goes only when the whole line is such furniture (the vocabulary lives in
:data:`newsclean.lexicon.NOISE_LINES`, per language), so a sentence that merely mentions
sharing or cookies stays.

>>> from newsclean.document import Document
>>> doc = boilerplate(Document.from_text("Share this article\\nShare prices fell on Monday.\\n"
...                                      "Photo: Hau Dinh, AP\\n© 2019 Hearst Communications, Inc."))
>>> doc.body()
'Share prices fell on Monday.'
>>> [r.reason for r in doc.removals]
['share', 'photo_credit', 'copyright']
"""

from __future__ import annotations

import functools

import regex

from ..document import Document
from ..lexicon import NOISE_LINES

__all__ = ["boilerplate", "noise_kind"]

# Furniture lines are short; a cookie banner may run to a paragraph.
_MAX_CHARS = 300
_MAX_COOKIE_CHARS = 700
_EDGE = regex.compile(r"^[\s|•·>»\-–—:*]+|[\s|•·<«\-–—:*]+$")


def _compile(tables: dict[str, dict[str, tuple[str, ...]]]) -> regex.Pattern[str]:
    """One pattern for every kind, a named group per reason (one match call per line)."""
    groups = [f"(?P<{reason}>" + "|".join(p for ps in table.values() for p in ps) + ")"
              for reason, table in tables.items()]
    return regex.compile("|".join(groups), regex.IGNORECASE | regex.V0)


_ANY = _compile(NOISE_LINES)
_COOKIE = _compile({"cookie": NOISE_LINES["cookie"]})


@functools.lru_cache(maxsize=8192)
def noise_kind(line: str) -> str | None:
    """The reason slug if ``line`` is page furniture as a whole, else ``None``.

    >>> noise_kind("Image Credit: WeWork"), noise_kind("Tags: Syria, Aleppo")
    ('photo_credit', 'tags')
    >>> noise_kind("The photo credit went to a local man.") is None
    True
    """
    text = _EDGE.sub("", line)
    if not text or len(text) > _MAX_COOKIE_CHARS:
        return None
    m = (_ANY if len(text) <= _MAX_CHARS else _COOKIE).fullmatch(text)
    return m.lastgroup if m else None


def boilerplate(doc: Document) -> Document:
    """Remove every whole line of recognisable page furniture, with its reason."""
    found: dict[str, list] = {}
    for block in doc.blocks:
        reason = noise_kind(block.text)
        if reason is not None:
            found.setdefault(reason, []).append(block)
    for reason, blocks in found.items():
        doc = doc.remove_blocks(blocks, reason)
    return doc
