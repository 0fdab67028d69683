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
import io
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO, NamedTuple

__all__ = ["PAGE_SUFFIXES", "Task", "UsageError", "input_kind", "open_binary", "parquet_schema",
           "read_tasks", "require_pyarrow"]

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


def parquet_schema(path: str | os.PathLike[str]) -> Any:
    """The Arrow schema of a Parquet file (its columns carry over to Parquet output)."""
    return require_pyarrow().ParquetFile(path).schema_arrow


def read_tasks(path: str | os.PathLike[str], kind: str | None = None) -> Iterator[Task]:
    """The tasks of the corpus at ``path``, in input order (``kind`` as :func:`input_kind`)."""
    kind = kind or input_kind(path)
    return {"jsonl": _jsonl, "csv": _csv, "parquet": _parquet, "folder": _folder}[kind](path)


def _jsonl(path: str | os.PathLike[str]) -> Iterator[Task]:
    with open_binary(path) as f:
        for number, line in enumerate(f, 1):
            if number == 1:
                line = line.removeprefix(codecs.BOM_UTF8)
            if line.strip():
                yield Task(number, "json", line.rstrip(b"\r\n"))


def _csv(path: str | os.PathLike[str]) -> Iterator[Task]:
    csv.field_size_limit(2**31 - 1)  # whole pages sit in one cell
    with open_binary(path) as raw, io.TextIOWrapper(raw, encoding="utf-8-sig", newline="") as f:
        reader = csv.DictReader(f)
        start = 1
        try:
            width = len(reader.fieldnames or ())  # reads the header line
            start = reader.line_num + 1
            for row in reader:
                yield _csv_task(start, row, width)
                start = reader.line_num + 1
        except (csv.Error, UnicodeDecodeError) as e:
            yield Task(start, "error", ("malformed_csv", str(e)))


def _csv_task(number: int, row: dict[str | None, Any], width: int) -> Task:
    if None in row:
        return Task(number, "error", ("malformed_csv", f"row has more than the header's {width} fields"))
    return Task(number, "record", row)


def _parquet(path: str | os.PathLike[str]) -> Iterator[Task]:
    number = 0
    for batch in require_pyarrow().ParquetFile(path).iter_batches(batch_size=_PARQUET_BATCH):
        for row in batch.to_pylist():
            number += 1
            yield Task(number, "record", row)


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
