"""Carry what a second cleaning removes back onto the first cleaning's document.

When the guard puts text back (:mod:`newsclean.guard`), the cleaned text holds lines that the
steps judged on a page with other text around them: a second cleaning of the cleaned text
reads them again, on a page without that text, and may cut some (a line of data the first
cleaning kept only because the guard counted it with prose that went). :func:`newsclean.clean`
then cleans the cleaned text again, and :func:`carry_removals` turns that cleaning's removals
into removals of the first document (same reasons, same filters), so that what the first
cleaning returns is what a second cleaning keeps.

The two texts share their characters other than white space, in order: the cleaned text is the
kept text of the first document, paragraphs joined by line breaks and spaces folded, and the
steps that change a text (``segment``, ``join``) only swap a space and a line break. A removal
of the second document is mapped through the non-space characters it covers.

>>> from newsclean.document import Document
>>> first = Document.from_text("Home\\nThe council met.  It  rained.\\nShare").remove(0, 4, "navigation")
>>> again = Document.from_text(first.body()).remove(17, 28, "boilerplate")
>>> carried = carry_removals(first, again)
>>> carried.body(), [(r.text, r.reason) for r in carried.removals]
('The council met.\\nShare', [('Home', 'navigation'), ('It  rained.', 'boilerplate')])
"""

from __future__ import annotations

import dataclasses

import regex

from .document import Document, Removal

__all__ = ["carry_removals"]

_RUN = regex.compile(r"\S++")


def _kept_chars(doc: Document) -> list[int]:
    """Offsets in ``doc.text`` of the kept characters other than white space, in order."""
    text = doc.text
    out: list[int] = []
    for block in doc.blocks:
        for a, b in doc._kept_pieces(block.start, block.end):
            for m in _RUN.finditer(text, a, b):
                out.extend(range(m.start(), m.end()))
    return out


def carry_removals(doc: Document, again: Document) -> Document | None:
    """``doc`` with the removals of ``again`` (a cleaning of ``doc.body()``) made on its own text,
    each with its reason and filter; ``None`` when ``again``'s text is not ``doc``'s kept text
    (a step rewrote more than its white space).
    """
    at = _kept_chars(doc)
    text, other = doc.text, again.text
    if "".join(text[i] for i in at) != "".join(other.split()):
        return None
    spans: list[tuple[int, int, Removal]] = []
    seen = 0  # non-space characters of ``other`` before ``pos``
    pos = 0
    for r in sorted(again.removals, key=lambda r: r.start):
        seen += sum(m.end() - m.start() for m in _RUN.finditer(other, pos, r.start))
        inside = sum(m.end() - m.start() for m in _RUN.finditer(other, r.start, r.end))
        pos = r.end
        if inside:
            spans.append((at[seen], at[seen + inside - 1] + 1, r))
        seen += inside
    out = dataclasses.replace(doc, facts=dataclasses.replace(doc.facts, kept=()))
    for a, b, r in spans:
        since = len(out.removals)
        out = out.remove(a, b, r.reason).restamped(since, r.filter or "recheck")
    return out
