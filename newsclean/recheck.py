"""Carry what a second cleaning does to the cleaned text back onto the first cleaning's document.

A cleaning only removes text and turns spaces into line breaks or line breaks into spaces (the
``segment`` and ``join`` steps); the ``unicode`` step's repairs aside, it never rewrites a
character. So the text a second cleaning of the cleaned text returns is the first cleaning's kept
text less some of it, laid out on other lines, and :func:`newsclean.clean` can give that text at
once: it cleans the cleaned text again and :func:`carry_removals` turns that cleaning's removals
into removals of the first document (same reasons, same filters) and its line breaks into line
breaks of the first document's text, until a cleaning changes nothing (see ``api._recheck``).

Why a second cleaning may change anything: every step judges a line with the page around it,
and the cleaned text is another page. The guard put back text (:mod:`newsclean.guard`) the steps
judged among other text; a line that held most of the page once its menus went is a page folded
to one line, which the segment step cuts; a dateline that a removed line stood before is the
text's first line now; a sentence the segment step kept whole in a page that read as lined text
is cut in a text that reads as one folded line.

The two texts share their characters other than white space, in order: the cleaned text is the
kept text of the first document, paragraphs joined by line breaks and spaces folded. A removal
of the second document is mapped through the non-space characters it covers; a line break of its
body between two kept characters becomes a line break in place of a space between them in the
first document's text (a line break the first body has and the second has not becomes a space),
so offsets hold as they do for the segment step.

>>> from newsclean.document import Document
>>> first = Document.from_text("Home\\nThe council met.  It  rained.\\nShare").remove(0, 4, "navigation")
>>> again = Document.from_text(first.body()).remove(17, 28, "boilerplate")
>>> carried = carry_removals(first, again)
>>> carried.body(), [(r.text, r.reason) for r in carried.removals]
('The council met.\\nShare', [('Home', 'navigation'), ('It  rained.', 'boilerplate')])
>>> again = Document.from_text("The council met.\\nIt rained. Share")
>>> carry_removals(first, again).body()
'The council met.\\nIt rained. Share'
"""

from __future__ import annotations

import dataclasses
import difflib

import regex

from .document import Document, Removal, split_paragraphs

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


def _line_starts(body: str) -> set[int]:
    """Indices, among the non-space characters of ``body``, of those that open a line (the
    first one aside).

    >>> sorted(_line_starts("ab c\\nd\\n\\ne f"))
    [3, 4]
    """
    out: set[int] = set()
    seen = 0
    for line in body.split("\n"):
        n = len("".join(line.split()))
        if n and seen:
            out.add(seen)
        seen += n
    return out


def _laid_out(doc: Document, body: str) -> Document | None:
    """``doc`` with the line breaks of ``body`` (its kept text, laid out on other lines): a
    space between two kept characters turned into a line break where ``body`` breaks the line
    there, the line breaks between them into spaces where it does not; ``None`` when no white
    space lies between two characters that ``body`` parts with a line break."""
    have, want = _line_starts(doc.body()), _line_starts(body)
    if have == want:
        return doc
    at = _kept_chars(doc)
    chars = list(doc.text)
    text = doc.text
    breaks = set(doc.breaks)
    for k in sorted(want - have):
        a, b = at[k - 1] + 1, at[k]
        gap = text[a:b]
        i = next((a + j for j, c in enumerate(gap) if c.isspace()), None)
        if i is None:
            return None
        chars[i] = "\n"
        breaks.add(i)
    for k in have - want:
        for i in range(at[k - 1] + 1, at[k]):
            if chars[i] == "\n":
                chars[i] = " "
                breaks.discard(i)
    new = "".join(chars)
    removals = tuple(r if "\n" not in text[r.start:r.end] and "\n" not in new[r.start:r.end]
                     else dataclasses.replace(r, text=new[r.start:r.end]) for r in doc.removals)
    return dataclasses.replace(doc, text=new, paragraphs=split_paragraphs(new), removals=removals,
                               breaks=tuple(sorted(breaks)))


# The longest stretch of kept characters, from the first that a second cleaning rewrote to the
# last, that is carried (aligned character by character, which costs its length squared).
_MAX_REWRITE = 2000


def _rewritten(doc: Document, at: list[int], kept: str, want: str) -> Document | None:
    """``doc`` with its kept characters ``kept`` (at offsets ``at`` of its text) rewritten to
    ``want`` where the two differ, its removals and line breaks moved with the text; ``None``
    when they differ over more than :data:`_MAX_REWRITE` characters, or where a rewritten
    stretch holds a removal. What the ``unicode`` step of a second cleaning repairs further:
    ftfy judges a line as a whole, and re-encodes a piece of a long line (a sentence the
    segment step cut from it) that it left as it was in the line.

    >>> doc = Document.from_text("Home\\nObs\u00e9\u2019\\ufffd\\ufffdervatory said.").remove(0, 4, "navigation")
    >>> at = _kept_chars(doc)
    >>> out = _rewritten(doc, at, "".join(doc.text[i] for i in at), "Obs\\ufffd\\ufffdervatorysaid.")
    >>> out.body(), out.removals[0].text, out.text
    ('Obs\ufffd\ufffdervatory said.', 'Home', 'Home\\nObs\ufffd\ufffdervatory said.')
    """
    p = 0
    n = min(len(kept), len(want))
    while p < n and kept[p] == want[p]:
        p += 1
    s = 0
    while s < n - p and kept[-1 - s] == want[-1 - s]:
        s += 1
    if len(kept) - s - p > _MAX_REWRITE or len(want) - s - p > _MAX_REWRITE:
        return None
    text = doc.text
    edits: list[tuple[int, int, str]] = []  # (start, end, new) in doc.text, in order
    matcher = difflib.SequenceMatcher(None, kept[p:len(kept) - s], want[p:len(want) - s], autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        new = want[p + j1:p + j2]
        if i1 == i2:  # inserted: before the next kept character (or after the last)
            a = b = at[p + i1] if p + i1 < len(at) else at[-1] + 1
        else:
            a, b = at[p + i1], at[p + i2 - 1] + 1
            if doc._kept_pieces(a, b) != [(a, b)]:
                return None
        edits.append((a, b, new))
    out, pos, shifts = [], 0, []
    for a, b, new in edits:
        out += [text[pos:a], new]
        pos = b
        shifts.append((b, len(new) - (b - a)))
    out.append(text[pos:])
    new_text = "".join(out)

    def moved(i: int) -> int:
        return i + sum(d for end, d in shifts if end <= i)

    removals = tuple(dataclasses.replace(r, start=moved(r.start), end=moved(r.end)) for r in doc.removals)
    return dataclasses.replace(doc, text=new_text, paragraphs=split_paragraphs(new_text), removals=removals,
                               breaks=tuple(moved(i) for i in doc.breaks))


def carry_removals(doc: Document, again: Document) -> Document | None:
    """``doc`` with the removals of ``again`` (a cleaning of ``doc.body()``) made on its own text,
    each with its reason and filter, and laid out on the lines of ``again``'s body; ``None`` when
    ``again``'s text is not ``doc``'s kept text but for what :func:`_rewritten` carries, or when
    a line break of ``again`` has no white space to go in.
    """
    at = _kept_chars(doc)
    text, other = doc.text, again.text
    kept, want = "".join(text[i] for i in at), "".join(other.split())
    if kept != want:
        rewritten = _rewritten(doc, at, kept, want)
        if rewritten is None:
            return None
        doc = rewritten
        at = _kept_chars(doc)
        text = doc.text
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
    return _laid_out(out, again.body())
