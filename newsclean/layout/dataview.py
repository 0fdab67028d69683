"""A page's text read without its whole lines of leaked data and its script elements, and the
way back to its offsets.

The ``segment`` step reads a page's shape before any removal: how much of the text a line holds,
whether a few long lines are a page folded by its scraper. A line of serialized data that a page
leaked between them (``string(2584) "[{"id": "0", ...``, ``var related = [{...}];``) weighs in that
reading, and the blobs step removes it later: a second cleaning of the cleaned text then reads
the page without it and cuts it differently. Reading the page through a :class:`DataView`, the
text less such lines, the first cleaning sees what the second one will.

A script element of data spliced into a line (``... similar upda<script type="application/ld+json">
{...}</script>tes ...``: :func:`data_scripts`) is left out too: it is serialized data, no part of
the line's text, and its length (a JSON-LD runs to thousands of characters) would make the unit it
stands in a line too long to be a paragraph, which a second cleaning, reading that unit as a line
of its own, cuts at its head (a dateline, a name) where the first did not. A script of code a page
printed as text (``<SCRIPT>document.write('<a href=...>')</SCRIPT>`` among a 2008 page's menus) is
read as the page's furniture it is.

>>> view = DataView.of('I think we will see upda<script>{"k": [1]}</script>tes soon.')
>>> view.text, view.spans(0, len(view.text))
('I think we will see updates soon.', [(0, 24), (51, 60)])

>>> text = 'Home News\\nstring(12) "[{"id": 1}]"\\nThe council met.'
>>> view = DataView.of(text)
>>> view.text
'Home News\\nThe council met.'
>>> view.source(view.text.index("council")) == text.index("council")
True
>>> view.spans(0, len(view.text))  # a span over the data line leaves it out
[(0, 10), (35, 51)]
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

import regex

from ..alternatives import Openings, first_characters
from ..words import script_spans

__all__ = ["DataView", "data_lines", "data_scripts", "without_data_scripts"]

# What opens a line of leaked data, as the blobs step reads one at a line start: a PHP var_dump
# (``string(12) "``, ``array(3) {``), a JSON list of objects or an object (``[{"id"``, ``{"title":``),
# a JavaScript assignment of either (``var related = [``, ``window.__DATA__ = {``).
_DATA_OPENS = regex.compile(
    r"[ \t]*+(?:string\(\d{1,10}+\) \"|array\(\d{1,10}+\) \{|\[\s?+\{\s?+\"|\{\"[\w@$-]{1,40}+\"\s?+:"
    r"|(?:(?:var|let|const)\s++[\w$]{1,100}+|window(?:\.[\w$]{1,100}+){1,5}+)\s*+=\s*+[\[{])")
# Whether a line may open with data: one opening with another character (most lines) is passed
# over without the pattern.
_OPENING = Openings(_DATA_OPENS)
# The line breaks followed by such a character (any character when the opening cannot be read):
# the standard library's scan looks for the break in C, as ``str.find`` does, and tries the
# opening there alone, so the lines that open otherwise cost no step of Python each (a page has
# hundreds of lines and one of data or none; a step a line cost as much as that scan six times).
_FIRST = first_characters(_DATA_OPENS.pattern)
_OPENING_BREAK = re.compile("\n(?=" + "|".join(_FIRST) + ")" if _FIRST else "\n")


def _line_starts(text: str) -> list[int]:
    """Where each line of ``text`` that may open with data (:data:`_OPENING`) starts, in order.

    >>> _line_starts("var a = [];\\nHome\\n  {x}\\nwindow")
    [0, 17, 23]
    """
    first = [0] if _OPENING[text[:1]] else []  # an empty text opens no line
    return first + [m.end() for m in _OPENING_BREAK.finditer(text)]


def data_lines(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each whole line of leaked data in ``text``, its line break included.

    >>> data_lines('A\\nvar related = [{"id": 1}];\\nB\\n{"title": "x"}')
    [(2, 29), (31, 45)]
    """
    out = []
    n = len(text)
    for pos in _line_starts(text):
        nl = text.find("\n", pos)
        nl = n if nl < 0 else nl
        if _DATA_OPENS.match(text, pos, nl) is not None:
            out.append((pos, min(nl + 1, n)))
    return out


# What a script element of data opens with: a JSON object or list (JSON-LD, a state object).
_DATA_CONTENT = regex.compile(r"\s*+[\[{]")


def data_scripts(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each script element in ``text`` (:func:`~newsclean.words.script_spans`)
    that holds data: its content opens with a JSON object or list.

    >>> s = 'A <script type="application/ld+json">{"a": 1}</script> B <script>go();</script> C'
    >>> [s[a:b] for a, b in data_scripts(s)]
    ['<script type="application/ld+json">{"a": 1}</script>']
    """
    return [(a, b) for a, b in script_spans(text) if _DATA_CONTENT.match(text, text.find(">", a, b) + 1, b)]


def without_data_scripts(text: str) -> str:
    """``text`` less its script elements of data (:func:`data_scripts`), as a :class:`DataView` reads it.

    >>> without_data_scripts('upda<script>{"k": [1]}</script>tes, <script>go();</script>')
    'updates, <script>go();</script>'
    """
    spans = data_scripts(text)
    if not spans:
        return text
    cuts = [0, *(i for span in spans for i in span), len(text)]
    return "".join(text[a:b] for a, b in zip(cuts[::2], cuts[1::2], strict=True))


def _outside(spans: list[tuple[int, int]], lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The ``spans`` that lie outside every one of the ``lines`` (both ascending; one pass): a
    script inside a line of data goes with the line.

    >>> _outside([(2, 4), (12, 14), (30, 33)], [(10, 20)])
    [(2, 4), (30, 33)]
    """
    out, k = [], 0
    for a, b in spans:
        while k < len(lines) and lines[k][1] <= a:
            k += 1
        if k == len(lines) or b <= lines[k][0]:
            out.append((a, b))
    return out


@dataclass(frozen=True)
class DataView:
    """``text`` less the lines in ``removed`` (source spans, in order, not overlapping), with the
    maps between the two texts' offsets."""

    source_text: str
    removed: tuple[tuple[int, int], ...]
    starts: tuple[int, ...]  # the removed lines' starts, in the source
    text: str
    marks: tuple[int, ...]  # where each removed line was, in the view
    shifts: tuple[int, ...]  # characters removed up to and including each removed line

    @classmethod
    def of(cls, text: str) -> DataView:
        """The view of ``text`` without its whole lines of data and its script elements of data
        outside them (the text itself when it has neither)."""
        lines = data_lines(text)
        removed = tuple(sorted([*lines, *_outside(data_scripts(text), lines)]))
        pieces, marks, shifts = [], [], []
        pos = shift = 0
        for a, b in removed:
            pieces.append(text[pos:a])
            shift += b - a
            marks.append(b - shift)
            shifts.append(shift)
            pos = b
        pieces.append(text[pos:])
        return cls(text, removed, tuple(a for a, _ in removed), "".join(pieces), tuple(marks), tuple(shifts))

    def source(self, i: int) -> int:
        """The source offset of view offset ``i`` (at a removed line's place: after that line)."""
        k = bisect.bisect_right(self.marks, i) - 1
        return i + (self.shifts[k] if k >= 0 else 0)

    def _source_end(self, i: int) -> int:
        """The source offset of ``i`` taken as a span's end (at a removed line's place: before it)."""
        k = bisect.bisect_left(self.marks, i) - 1
        return i + (self.shifts[k] if k >= 0 else 0)

    def view(self, i: int) -> int:
        """The view offset of source offset ``i`` (inside a removed line: where it was)."""
        k = bisect.bisect_right(self.starts, i) - 1
        if k < 0:
            return i
        return self.marks[k] if i < self.removed[k][1] else i - self.shifts[k]

    def spans(self, start: int, end: int) -> list[tuple[int, int]]:
        """The source spans of the view span ``[start, end)``, the removed lines left out."""
        a, b = self.source(start), self._source_end(end)
        out, pos = [], a
        k = bisect.bisect_right(self.starts, a)
        while k < len(self.removed) and self.removed[k][0] < b:
            if pos < self.removed[k][0]:
                out.append((pos, self.removed[k][0]))
            pos = max(pos, self.removed[k][1])
            k += 1
        if pos < b:
            out.append((pos, b))
        return out
