"""The step that removes what the HTML reader marked as page chrome (navigation, cookie
banners, share bars, ...): each paragraph with a ``drop`` hint goes, for the reason the hint gives.

It reads only the hints, so it needs no HTML parser; text input has no such hints and passes through.

>>> from newsclean.document import Document
>>> doc = Document.from_text("Home World\\nTrucks came.", hints=[{"drop": "navigation"}, {}])
>>> [(r.reason, r.text) for r in html_chrome(doc).removals]
[('navigation', 'Home World')]
"""

from __future__ import annotations

import dataclasses

from ..document import Document, Removal

__all__ = ["html_chrome"]


def html_chrome(doc: Document) -> Document:
    """Remove the paragraphs the HTML reader marked (hint ``drop``), for the reason it gave."""
    marked = [p for p in doc.paragraphs if p.hints.get("drop")]
    if not marked:
        return doc
    if doc.removals:  # a filter ran before: let the document merge the spans
        return doc.remove_spans((p.start, p.end, p.hints["drop"]) for p in marked)
    text = doc.text  # paragraphs are trimmed and disjoint: each is one removal as it stands
    removals = tuple(Removal(p.start, p.end, p.hints["drop"], "", text[p.start:p.end]) for p in marked)
    return dataclasses.replace(doc, removals=removals)


html_chrome.name = "html"  # type: ignore[attr-defined]
