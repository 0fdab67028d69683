"""The step that removes a folded page's furniture: what the ``segment`` step found around the
article of a page run together on one line (``soup.get_text(" ")``): the menus and header
before its headline (``navigation``), the share bar, related links and footer after its body
(``boilerplate``). See :mod:`newsclean.layout.folded` for how the article is found.

It reads only ``doc.facts.furniture``: without the segment step it does nothing. It runs after
the steps that take something out of the furniture first (``blobs`` parses serialized related
articles, ``boilerplate`` names share, cookie and copyright text for what they are).

>>> from newsclean.document import Document
>>> text = "Home News Sport\\nAid Arrives\\nTrucks came.\\nCopyright Herald"
>>> doc = Document.from_text(text).with_facts(
...     furniture=((0, 15, "navigation"), (41, 57, "boilerplate")))
>>> [(r.reason, r.text) for r in page(doc).removals]
[('navigation', 'Home News Sport'), ('boilerplate', 'Copyright Herald')]
"""

from __future__ import annotations

from ..document import Document

__all__ = ["page"]


def page(doc: Document) -> Document:
    """Remove the furniture the segment step found around a folded page's article, each span
    for the reason it gave."""
    spans = doc.facts.furniture
    return doc.remove_spans(spans) if spans else doc


page.name = "page"  # type: ignore[attr-defined]
