"""Read CSV rows one by one so that one bad row costs only itself.

Two things break a CSV corpus in practice, and neither may cost the rows around it:

- **A byte that is not UTF-8** (a cell pasted from a cp1252 page). Lines are decoded one at a
  time, so the row holding the byte is reported with its line and the rows after it are read.
- **A quote that never closes** (a cell cut short by a scraper). A lenient CSV reader takes
  everything after it, to the end of the file or to the next stray quote, as one cell: rows
  merged into one record. Read strictly, such a cell either reaches the end of the file or
  closes with a quote that is not followed by a comma or a line end. The row where it opens
  is reported instead, and the lines it swallowed are read again as rows: the first time as
  a file, after that one line a row. Every line is read at most three times, so the cost
  stays linear whatever the file holds. A quote misplaced within one line (``a,"b"c``) is
  read leniently, as before (``bc``).

Each row comes back as ``(line, cells, problem)``: the line where the row starts, the cells
as a list (empty when a quote swallowed them), and ``problem`` (``None``, or a message for a
``malformed_csv`` report).

>>> data = b'id,text\\na,"Body\\nb,\\xff\\nc,Fine\\n'
>>> for line, cells, problem in csv_rows(iter(data.splitlines(keepends=True))):
...     print(line, cells, problem)
1 ['id', 'text'] None
2 [] a quote opened on this line never closes; the lines after it are read again as rows
3 ['b', '�'] line 3 is not UTF-8: invalid start byte (byte 0xff at column 3)
4 ['c', 'Fine'] None
"""

from __future__ import annotations

import codecs
import csv
from collections.abc import Iterable, Iterator

__all__ = ["Broken", "csv_rows"]

Line = tuple[int, str, str | None]  # number, text, why it is not UTF-8 (or None)
Row = tuple[int, list[str], str | None]

_NEVER_CLOSES = "a quote opened on this line never closes; the lines after it are read again as rows"


class Broken(Exception):
    """Reading the input failed (``error``) after line ``last``: a ``.gz`` cut short, say."""

    def __init__(self, error: Exception, last: int) -> None:
        super().__init__(error, last)
        self.error, self.last = error, last


def _decoded(raw: Iterable[bytes], broken: list[Broken]) -> Iterator[Line]:
    """Number and decode the lines; ``\\r`` alone ends a line too (as a CSV reader expects).

    An input that breaks off (a truncated ``.gz``) ends the lines; the error goes to ``broken``
    so that the row it cut is read like one at the end of the file, and raised after it.
    """
    number = 0
    chunks = iter(raw)
    while True:
        try:
            chunk = next(chunks)
        except StopIteration:
            return
        except Exception as e:
            broken.append(Broken(e, number))
            return
        for line in chunk.splitlines(keepends=True) if b"\r" in chunk[:-2] else (chunk,):
            number += 1
            if number == 1:
                line = line.removeprefix(codecs.BOM_UTF8)
            try:
                yield number, line.decode("utf-8"), None
            except UnicodeDecodeError as e:
                why = f"line {number} is not UTF-8: {e.reason} (byte 0x{line[e.start]:02x} at column {e.start + 1})"
                yield number, line.decode("utf-8", "replace"), why


class _Lines:
    """The lines a CSV reader pulls, remembering those of the row being read."""

    def __init__(self, lines: Iterator[Line]) -> None:
        self._lines = lines
        self.last = 0           # number of the last line handed out
        self.ended = False      # the reader asked past the last line
        self.held: list[Line] = []

    def begin(self) -> int:
        """Start a row; return the number of its first line."""
        self.held = []
        return self.last + 1

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        try:
            line = next(self._lines)
        except StopIteration:
            self.ended = True
            raise
        self.held.append(line)
        self.last = line[0]
        return line[1]


def _rows(lines: Iterator[Line], level: int) -> Iterator[Row]:
    """The rows of ``lines``; ``level`` counts the quotes already found unclosed (0, 1, 2)."""
    source = _Lines(lines)
    reader = csv.reader(source, strict=True)
    while True:
        start = source.begin()
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as e:  # the reader starts afresh on the next line
            held = source.held
            start = held[0][0] if held else start
            if source.ended:  # the end of the input came inside a quoted cell
                yield start, [], _NEVER_CLOSES
                yield from _again(held[1:], level)
                return
            if len(held) > 1:  # a quoted cell closed lines later, by a quote that opens another cell
                yield start, [], _NEVER_CLOSES
                yield from _again(held[1:], level)
            elif held:  # one line, e.g. 'a,"b"c': read leniently, as a CSV reader would
                yield from _lenient(held[0], str(e))
            continue
        bad = next((why for _, _, why in source.held if why), None)
        start = source.held[0][0] if source.held else start
        if bad:
            yield start, cells, bad
        elif cells:
            yield start, cells, None


def _again(rest: list[Line], level: int) -> Iterator[Row]:
    """The lines a bad quote swallowed, read again: as a file the first time, then one a row."""
    if level == 0:
        yield from _rows(iter(rest), 1)
    else:
        for line in rest:
            yield from _rows(iter((line,)), 2)


def _lenient(line: Line, error: str) -> Iterator[Row]:
    number, text, why = line
    try:
        cells = next(csv.reader([text]), [])
    except csv.Error:
        yield number, [], error
        return
    if why:
        yield number, cells, why
    elif cells:
        yield number, cells, None


def csv_rows(raw: Iterable[bytes]) -> Iterator[Row]:
    """The rows of a CSV file given as its byte lines (header first), as ``(line, cells, problem)``.

    A row that is not UTF-8 comes with its cells (bad bytes as U+FFFD) and the problem. An
    error reading ``raw`` comes after the rows read before it, as :class:`Broken`.
    """
    broken: list[Broken] = []
    yield from _rows(_decoded(raw, broken), 0)
    if broken:
        raise broken[0] from broken[0].error
