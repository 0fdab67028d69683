"""Take the headline into ``metadata["title"]`` and remove its repetitions.

A first line counts as the headline when it is shaped like one and the page confirms it:
it is printed again nearby (page title, then heading), or a dateline follows it. A title
the caller gave (``clean(text, title=...)``) wins over any guess.

>>> from newsclean.document import Document
>>> doc = title(Document.from_text("Troops Smash Dozens in Aleppo\\n\\nTroops Smash Dozens in Aleppo\\n"
...                                 "Mon Mar 21, 2016 16:25:32\\nThe army said so."))
>>> doc.metadata["title"], [b.text for b in doc.blocks]
('Troops Smash Dozens in Aleppo', ['Mon Mar 21, 2016 16:25:32', 'The army said so.'])
"""

from __future__ import annotations

from ..dates import date_line
from ..document import Block, Document
from ..words import headline_shaped, norm_key

__all__ = ["title"]

# How far down a repeated headline still confirms the first line.
_CONFIRM_WINDOW = 6


def _confirmed(blocks: tuple[Block, ...], key: str) -> bool:
    following = blocks[1:_CONFIRM_WINDOW]
    if any(norm_key(b.text) == key for b in following):
        return True
    return bool(following) and date_line(following[0].text) is not None


def title(doc: Document) -> Document:
    """Find the headline (or use the given one) and remove every line that repeats it."""
    blocks = doc.blocks
    given = doc.metadata.get("title")
    if given:
        key = norm_key(str(given))
    elif blocks and headline_shaped(blocks[0].text) and _confirmed(blocks, norm_key(blocks[0].text)):
        key = norm_key(blocks[0].text)
        doc = doc.with_metadata(title=blocks[0].text)
    else:
        return doc
    if not key:
        return doc
    return doc.remove_blocks((b for b in blocks if norm_key(b.text) == key), "title")
