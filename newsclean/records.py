"""Read a corpus as numbered tasks: JSONL (``.gz`` too), CSV, Parquet, or a folder of pages.

Reading stays cheap and serial; the costly parts (JSON parsing, cleaning, file reads from a
folder) happen in :func:`newsclean.batch.run_task`, which may run in worker processes. A task
carries its 1-based line number (JSONL, CSV), row number (Parquet) or position (folder), so
every failure can be pointed at.

>>> import tempfile, pathlib
>>> path = pathlib.Path(tempfile.mkdtemp()) / "in.jsonl"
>>> _ = path.write_text('{"text": "a"}\\n\\n{"text": "b"}\\n')
>>> [(t.number, t.kind, t.payload) for t in read_tasks(path)]
[(1, 'json', b'{"text": "a"}'), (3, 'json', b'{"text": "b"}')]
"""

from __future__ import annotations

import codecs
import csv
import gzip
import os
import stat
import sys
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO, NamedTuple

from .csvrows import Broken, csv_rows

__all__ = ["PAGE_SUFFIXES", "Task", "UsageError", "input_kind", "open_binary", "open_parquet", "parquet_schema",
           "read_page", "read_tasks", "require_pyarrow"]

PAGE_SUFFIXES = {".txt": "text", ".text": "text", ".html": "html", ".htm": "html"}
_KINDS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv",
          ".parquet": "parquet", ".pq": "parquet"}
_PARQUET_BATCH = 1024


class UsageError(ValueError):
    """A problem with how the command was called (exit status 2), not with a record."""


class Task(NamedTuple):
    """One unit of work: ``kind`` is ``"json"`` (a raw JSONL line), ``"record"`` (a dict),
    ``"file"`` (a ``(path, name)`` pair) or ``"error"`` (a ``(reason, detail)`` pair)."""

    number: int
    kind: str
    payload: Any


def input_kind(path: str | os.PathLike[str]) -> str:
    """``"jsonl"``, ``"csv"``, ``"parquet"`` or ``"folder"``, from the path (``.gz`` allowed).

    >>> input_kind("news.jsonl.gz"), input_kind("news.CSV"), input_kind("x.parquet")
    ('jsonl', 'csv', 'parquet')
    >>> input_kind("notes.docx")
    Traceback (most recent call last):
    ...
    newsclean.records.UsageError: notes.docx: unknown input type; use .jsonl, .jsonl.gz, .csv, .parquet or a folder
    """
    p = Path(path)
    if p.is_dir():
        return "folder"
    suffixes = [s.lower() for s in p.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes.pop()
    kind = _KINDS.get(suffixes[-1]) if suffixes else None
    if kind is None or (kind == "parquet" and p.name.lower().endswith(".gz")):
        raise UsageError(f"{path}: unknown input type; use .jsonl, .jsonl.gz, .csv, .parquet or a folder")
    return kind


def open_binary(path: str | os.PathLike[str]) -> BinaryIO:
    """Open ``path`` for reading bytes, through gzip when it ends in ``.gz``; ``-`` is stdin."""
    if str(path) == "-":
        return sys.stdin.buffer
    if str(path).lower().endswith(".gz"):
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return open(path, "rb")


def require_pyarrow() -> Any:
    """Import ``pyarrow.parquet`` or fail with a message naming the extra to install."""
    try:
        import pyarrow.parquet as pq
    except ImportError as e:
        raise UsageError("Parquet needs pyarrow: pip install 'newsclean[parquet]'") from e
    return pq


def open_parquet(path: str | os.PathLike[str]) -> Any:
    """A ``pyarrow.parquet.ParquetFile``, or a :class:`UsageError` for a file whose footer
    (schema, row count) cannot be read: a run cannot start on it."""
    pq = require_pyarrow()
    import pyarrow as pa

    try:
        return pq.ParquetFile(path)
    except (pa.ArrowException, OSError) as e:
        raise UsageError(f"{path}: not a readable Parquet file ({e})") from None


def parquet_schema(path: str | os.PathLike[str]) -> Any:
    """The Arrow schema of a Parquet file (its columns carry over to Parquet output)."""
    return open_parquet(path).schema_arrow


def read_tasks(path: str | os.PathLike[str], kind: str | None = None) -> Iterator[Task]:
    """The tasks of the corpus at ``path``, in input order (``kind`` as :func:`input_kind`)."""
    kind = kind or input_kind(path)
    return {"jsonl": _jsonl, "csv": _csv, "parquet": _parquet, "folder": _folder}[kind](path)


def _broken(e: Exception, last: int) -> Task:
    """The one report for an input that cannot be read past line ``last``."""
    reason = "truncated_input" if isinstance(e, EOFError) else "corrupt_input"
    return Task(last + 1, "error", (reason, f"the input cannot be read after line {last}: {e}"))


# What a damaged .gz raises part way through (before that, every line read is good).
_DAMAGED = (EOFError, gzip.BadGzipFile, zlib.error)


def _jsonl(path: str | os.PathLike[str]) -> Iterator[Task]:
    number = 0
    with open_binary(path) as f:
        try:
            for number, line in enumerate(f, 1):
                if number == 1:
                    line = line.removeprefix(codecs.BOM_UTF8)
                if line.strip():
                    yield Task(number, "json", line.rstrip(b"\r\n"))
        except _DAMAGED as e:
            yield _broken(e, number)


def _csv(path: str | os.PathLike[str]) -> Iterator[Task]:
    csv.field_size_limit(2**31 - 1)  # whole pages sit in one cell
    with open_binary(path) as raw:
        rows = csv_rows(raw)
        try:
            header: list[str] | None = None
            for number, cells, problem in rows:
                if header is None:
                    if problem:  # a bad byte costs a column's name (U+FFFD); a bad quote, all names
                        yield Task(number, "error", ("malformed_csv", f"the header: {problem}"))
                    header = cells
                elif not header:
                    yield Task(number, "error", ("malformed_csv", "no header to read the row by"))
                elif problem:
                    yield Task(number, "error", ("malformed_csv", problem))
                else:
                    yield _csv_task(number, header, cells)
        except Broken as e:
            if not isinstance(e.error, _DAMAGED):
                raise e.error from None
            yield _broken(e.error, e.last)


def _csv_task(number: int, header: list[str], cells: list[str]) -> Task:
    """A row as a record, as :class:`csv.DictReader` makes it (missing cells are ``None``)."""
    width = len(header)
    if len(cells) > width:
        return Task(number, "error", ("malformed_csv", f"row has more than the header's {width} fields"))
    return Task(number, "record", dict(zip(header, cells + [None] * (width - len(cells)), strict=True)))


def _parquet(path: str | os.PathLike[str]) -> Iterator[Task]:
    import pyarrow as pa

    number = 0
    try:
        for batch in open_parquet(path).iter_batches(batch_size=_PARQUET_BATCH):
            for row in batch.to_pylist():
                number += 1
                yield Task(number, "record", row)
    except (pa.ArrowException, OSError) as e:  # a damaged row group: the rows before it are read
        yield _broken(e, number)


def _folder(path: str | os.PathLike[str]) -> Iterator[Task]:
    root = Path(path)
    number = 0
    for folder, dirs, files in os.walk(root):
        dirs.sort()
        for name in sorted(files):
            if Path(name).suffix.lower() in PAGE_SUFFIXES:
                number += 1
                full = Path(folder, name)
                yield Task(number, "file", (str(full), full.relative_to(root).as_posix()))


def read_page(path: str | os.PathLike[str]) -> bytes:
    """The bytes of a page file; ``OSError`` for anything but a regular file.

    A FIFO, socket or device named like a page (``x.txt``) would block a read or never end;
    it is refused without reading (opened without blocking, checked once open).

    >>> read_page("/dev/null")
    Traceback (most recent call last):
    ...
    OSError: not a regular file (a character device)
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with open(fd, "rb") as f:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise OSError(f"not a regular file ({_KIND_OF_FILE.get(stat.S_IFMT(mode), 'a special file')})")
        return f.read()


_KIND_OF_FILE = {stat.S_IFIFO: "a FIFO", stat.S_IFSOCK: "a socket", stat.S_IFCHR: "a character device",
                 stat.S_IFBLK: "a block device", stat.S_IFDIR: "a folder"}
