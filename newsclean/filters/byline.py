"""Take bylines (``By Jane Doe, Reuters``, ``Jane Doe | Staff writer``) out of the body into
``metadata["authors"]``.

What a byline is, and the names it holds, is told by :func:`newsclean.names.byline_names`.

>>> from newsclean.document import Document
>>> doc = byline(Document.from_text("By Jane Doe and John Roe, Reuters\\nThe army said so."))
>>> doc.metadata["authors"], doc.body()
(['Jane Doe', 'John Roe'], 'The army said so.')
>>> byline(Document.from_text("By Monday, the army had left the town.")).body()
'By Monday, the army had left the town.'
"""

from __future__ import annotations

from collections.abc import Sequence

from .. import reasons
from ..document import Block, Document
from ..lexicon import BYLINE_PREFIXES, all_of
from ..names import byline_names, byline_tuple

__all__ = ["byline"]

# A byline word that may stand on a line of its own, the names on the next: "By", "Von", "Par".
_LONE = frozenset(p for p in all_of(BYLINE_PREFIXES) if " " not in p)
# The longest of them: a longer line is none of them (lower-casing never shortens a text), so it
# is not lower-cased to be looked up.
_LONE_CHARS = max(map(len, _LONE), default=0)


def byline(doc: Document) -> Document:
    """Remove byline lines; put the names, in order and without repeats, in ``authors``."""
    remove: list[Block] = []
    authors: list[str] = []
    blocks = doc.blocks
    for i, block in enumerate(blocks):
        text = block.text
        names: Sequence[str] | None
        if len(text) <= _LONE_CHARS and text.lower() in _LONE and i + 1 < len(blocks):
            text = f"{text} {blocks[i + 1].text}"  # "By" on a line of its own, the name below
            names = byline_names(text)
            if names:
                remove += [block, blocks[i + 1]]
        else:
            names = block.feature(byline_tuple)
            if names:
                remove.append(block)
        for name in names or ():
            if name not in authors:
                authors.append(name)
    if not remove:
        return doc
    return doc.remove_blocks(remove, reasons.BYLINE).setdefault_metadata(authors=authors)
