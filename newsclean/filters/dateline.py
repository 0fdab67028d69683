"""Remove lines that are only a date (``Mon Mar 21, 2016 16:25:32``, ``Published: 21/03/2016``,
``Updated 2 hours ago``) and read the publication date from the first one near the top.

A date whose day and month could be swapped is not guessed: ``published`` stays unset and
the raw text goes to ``metadata["published_raw"]`` with ``metadata["date_ambiguous"] = True``.

>>> from newsclean.document import Document
>>> doc = dateline(Document.from_text("Mon Mar 21, 2016 16:25:32\\nOn March 21, 2016 it rained."))
>>> doc.metadata["published"], doc.body()
(datetime.datetime(2016, 3, 21, 16, 25, 32), 'On March 21, 2016 it rained.')
"""

from __future__ import annotations

from ..dates import DateMatch, date_line
from ..document import Document

__all__ = ["dateline"]

# Lines longer than this are prose, whatever dates they hold.
_PROSE_WORDS = 25


def dateline(doc: Document) -> Document:
    """Remove date-only lines; set ``published`` (and ``modified``) from the first ones."""
    found: list[tuple[int, DateMatch]] = []
    remove = []
    seen_prose = False
    for block in doc.blocks:
        d = date_line(block.text)
        if d is None:
            seen_prose = seen_prose or len(block.text.split()) >= _PROSE_WORDS
            continue
        remove.append(block)
        found.append((0 if not seen_prose else 1, d))
    if not remove:
        return doc
    doc = doc.remove_blocks(remove, "dateline")
    found.sort(key=lambda item: item[0])  # head-of-page dates first, stable otherwise
    meta: dict[str, object] = {}
    for _, d in found:
        key = "modified" if d.kind == "updated" else "published"
        if key in meta or f"{key}_raw" in meta:
            continue
        if d.value is not None:
            meta[key] = d.value
            meta[f"{key}_raw"] = d.raw
        elif d.ambiguous:
            meta[f"{key}_raw"] = d.raw
            meta["date_ambiguous"] = True
    return doc.setdefault_metadata(**meta)
