"""Clean a whole corpus: records in, the same records plus the result out, failures apart.

Every input record ends up either in the output (its own fields plus ``clean_text``,
``clean_title``, ... from :func:`newsclean.fields.result_fields`) or in the errors file, as
``{"line": 3, "id": "a1", "reason": "malformed_json", "detail": "..."}``; output keeps input
order. The output is written to a temporary file and renamed into place at the end, so it is
never seen half-written, even after Ctrl-C.

>>> import tempfile, pathlib, json
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "in.jsonl").write_text('{"id": 1, "text": "Hello."}\\n{"id": 2}\\n')
>>> report = run(folder / "in.jsonl", folder / "out.jsonl", errors=folder / "errors.jsonl")
>>> report, report.status
(Report(written=1, failed=1), 1)
>>> json.loads((folder / "errors.jsonl").read_text())["reason"]
'missing_field'
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, NamedTuple

from tqdm import tqdm

from .api import clean
from .atomic import atomic_path
from .fields import DEFAULT_PREFIX, result_fields
from .parallel import chunked, ordered_map
from .records import (
    PAGE_SUFFIXES,
    Task,
    UsageError,
    input_kind,
    open_parquet,
    parquet_schema,
    read_page,
    read_tasks,
    require_pyarrow,
)
from .writers import JsonlSink, ParquetSink, dumps, mend, output_kind

__all__ = ["CHUNK", "MAX_DEPTH", "Job", "Outcome", "Report", "run", "run_chunk", "run_task"]

CHUNK = 16  # records per task sent to a worker: enough to hide the hand-over cost
# Records nested deeper are reported (too_deep). A crawl's records nest a few levels; Parquet
# readers refuse a schema nested past 100 nodes (a list takes two), so a deeper record would
# make Parquet output unreadable, and JSON readers give up at some depth too (Python's at ~1,000).
MAX_DEPTH = 32


@dataclass(frozen=True)
class Job:
    """How to read each record and what to add: the same for every record of a run.

    The HTML field is used when present and not empty, else the text field (cleaned with
    ``format``); ``id_field`` names the record's id in the errors file.
    """

    text_field: str = "text"
    html_field: str = "html"
    id_field: str = "id"
    format: str = "auto"
    prefix: str = DEFAULT_PREFIX
    output: str = "jsonl"


class Outcome(NamedTuple):
    """What became of one task: ``output`` (a JSON line, or a dict for Parquet) or ``error``,
    a ``(reason, detail)`` pair."""

    number: int
    ident: Any
    output: str | dict[str, Any] | None
    error: tuple[str, str] | None


@dataclass
class Report:
    """How many records were written and how many failed."""

    written: int = 0
    failed: int = 0

    @property
    def status(self) -> int:
        """The exit status: 0 when every record came out, 1 when some failed, all of them
        included: the run itself went through, and every failure is in the errors file (2 is
        kept for runs that could not be made, where nothing is written)."""
        return 1 if self.failed else 0


class _Failed(Exception):
    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(reason, detail)
        self.reason, self.detail = reason, detail


def _record(task: Task) -> dict[str, Any]:
    if task.kind == "error":
        raise _Failed(*task.payload)
    if task.kind == "file":
        return {"file": task.payload[1]}
    if task.kind == "record":
        record = task.payload
    else:
        try:
            record = json.loads(task.payload)
        except RecursionError:
            record = None  # deeper than the reader goes (about 1,000 levels, or Python's limit)
        except ValueError as e:
            raise _Failed("malformed_json", str(e)) from None
        if not isinstance(record, (dict, type(None))):
            raise _Failed("not_an_object", f"a JSON {type(record).__name__}, not an object")
    if record is None or _deeper_than(record, MAX_DEPTH):
        raise _Failed("too_deep", f"nested more than {MAX_DEPTH} levels deep")
    return record


def _deeper_than(value: Any, limit: int) -> bool:
    """Whether lists and objects nest more than ``limit`` deep in ``value`` (a walk without
    recursion: writing such a record would hit Python's recursion limit on the way out).

    >>> _deeper_than({"a": [[1]]}, 3), _deeper_than({"a": [[1]]}, 2)
    (False, True)
    """
    todo = [(value, 1)]
    while todo:
        item, depth = todo.pop()
        inner = item.values() if isinstance(item, dict) else item if isinstance(item, (list, tuple)) else ()
        for child in inner:
            if isinstance(child, (dict, list, tuple)):
                if depth >= limit:
                    return True
                todo.append((child, depth + 1))
    return False


def _page(job: Job, task: Task, record: dict[str, Any]) -> tuple[Any, str]:
    if task.kind == "file":
        path = task.payload[0]
        try:
            return read_page(path), PAGE_SUFFIXES[Path(path).suffix.lower()]
        except OSError as e:
            raise _Failed("unreadable", str(e)) from None
    html, text = record.get(job.html_field), record.get(job.text_field)
    field, page, fmt = (job.html_field, html, "html") if html not in (None, "", b"") else \
        (job.text_field, text, job.format)
    if page is None:
        raise _Failed("missing_field", f"no {job.text_field!r} or {job.html_field!r} field")
    if not isinstance(page, (str, bytes)):
        raise _Failed("bad_field_type", f"{field!r} holds {type(page).__name__}, not a string")
    return page, fmt


def run_task(job: Job, task: Task) -> Outcome:
    """Parse, clean and serialise one task; any failure becomes the outcome's ``error``.

    >>> run_task(Job(), Task(7, "json", b'{"id": "a", "text": 5}')).error
    ('bad_field_type', "'text' holds int, not a string")
    >>> run_task(Job(), Task(8, "json", b'{"id": "b", "text": "Hi."}')).output[:46]
    '{"id": "b", "text": "Hi.", "clean_text": "Hi."'
    >>> run_task(Job(), Task(9, "json", b'{"id": "\\\\ud800", "text": "Hi."}')).output[:46]
    '{"id": "\ufffd", "text": "Hi.", "clean_text": "Hi."'
    """
    record: dict[str, Any] | None = None
    try:
        record = _record(task)
        page, fmt = _page(job, task, record)
        if isinstance(page, str):
            page = mend(page)[0]  # clean() gets valid text; the record's own copy is mended below
        try:
            output = _output(job, {**record, **result_fields(clean(page, format=fmt), job.prefix)})
        except Exception as e:  # a bug or a limit in cleaning must not stop the corpus
            raise _Failed("clean_failed", f"{type(e).__name__}: {e}") from None
    except _Failed as f:
        return Outcome(task.number, _ident(job, task, record), None, (f.reason, f.detail))
    return Outcome(task.number, _ident(job, task, record), output, None)


def _output(job: Job, row: dict[str, Any]) -> str | dict[str, Any]:
    """The row as a JSON line (or a dict for Parquet), lone surrogates replaced, with a warning."""
    line, replaced = mend(dumps(row))
    if replaced:
        row = json.loads(line)
        meta = row[job.prefix + "metadata"]
        meta["warnings"] = [*meta.get("warnings", []),
                            f"surrogates: {replaced} lone surrogate(s) in the record replaced with U+FFFD"]
        line = dumps(row)
    return line if job.output == "jsonl" else row


def _ident(job: Job, task: Task, record: dict[str, Any] | None) -> Any:
    if task.kind == "file":
        return task.payload[1]
    return record.get(job.id_field) if record else None


def run_chunk(work: tuple[Job, list[Task]]) -> list[Outcome]:
    """:func:`run_task` over a chunk: the unit handed to a worker process."""
    job, tasks = work
    return [run_task(job, task) for task in tasks]


def _count(src: Path, kind: str) -> int | None:
    if kind == "parquet":
        return open_parquet(src).metadata.num_rows
    if kind == "folder":
        return sum(1 for name in src.rglob("*") if name.suffix.lower() in PAGE_SUFFIXES)
    return None


def _check(src: Path, out: Path, errors: Path | None, job: Job) -> None:
    if not src.exists():
        raise UsageError(f"{src}: no such file or folder")
    if not out.parent.is_dir():
        raise UsageError(f"{out.parent}: the output folder does not exist")
    named = [("the input", src), ("the output file", out)] + ([("the errors file", errors)] if errors else [])
    for i, (what, path) in enumerate(named):
        for other, earlier in named[:i]:
            if _same(path, earlier):
                raise UsageError(f"{what} must not be {other} ({path})")
    if job.format not in ("auto", "text", "html"):
        raise UsageError(f"format must be 'auto', 'text' or 'html', not {job.format!r}")


def _same(a: Path, b: Path) -> bool:
    """Whether two paths name one file (through links too), so that writing one would destroy the other."""
    if a.resolve() == b.resolve():
        return True
    try:
        return os.path.samefile(a, b)
    except OSError:  # one of them does not exist yet
        return False


class _Errors:
    """The errors file (JSONL), or readable lines on stderr when there is none."""

    def __init__(self, f: IO[str] | None) -> None:
        self._f = f

    def write(self, number: int, ident: Any, reason: str, detail: str) -> None:
        if self._f is not None:
            self._f.write(mend(dumps({"line": number, "id": ident, "reason": reason, "detail": detail}))[0] + "\n")
        else:
            where = f"line {number}" + (f" (id {ident})" if ident is not None else "")
            print(f"newsclean batch: {where}: {reason}: {detail}", file=sys.stderr)


@contextlib.contextmanager
def _errors_file(path: Path | None) -> Iterator[_Errors]:
    if path is None:
        yield _Errors(None)
        return
    with atomic_path(path) as tmp, open(tmp, "w", encoding="utf-8") as f:
        yield _Errors(f)


def run(src: str | os.PathLike[str], out: str | os.PathLike[str], *, errors: str | os.PathLike[str] | None = None,
        job: Job | None = None, workers: int = 1, chunk: int = CHUNK, progress: bool = False) -> Report:
    """Clean every record of ``src`` into ``out``; failures go to ``errors`` (stderr if None).

    Raises :class:`~newsclean.records.UsageError` for a missing input, unknown extensions, or
    Parquet without pyarrow, before anything is written.
    """
    src, out = Path(src), Path(out)
    err_path = Path(errors) if errors is not None else None
    job = job or Job()
    _check(src, out, err_path, job)
    kind, out_kind = input_kind(src), output_kind(out)
    job = dataclasses.replace(job, output=out_kind)
    schema = parquet_schema(src) if kind == "parquet" and out_kind == "parquet" else None
    if out_kind == "parquet":
        require_pyarrow()
    report = Report()
    chunks = ((job, tasks) for tasks in chunked(read_tasks(src, kind), chunk))
    bar = tqdm(total=_count(src, kind), unit=" records", disable=not progress, file=sys.stderr, mininterval=0.5)
    with atomic_path(out) as tmp, _errors_file(err_path) as errs, _sink(tmp, out, job, schema) as sink, \
            contextlib.closing(ordered_map(run_chunk, chunks, workers)) as results, bar:
        for outcomes in results:
            _write(outcomes, sink, errs, report)
            bar.update(len(outcomes))
    return report


def _sink(tmp: str, out: Path, job: Job, schema: Any) -> ParquetSink | JsonlSink:
    return ParquetSink(tmp, job.prefix, schema) if job.output == "parquet" else JsonlSink(tmp, out.name)


def _write(outcomes: list[Outcome], sink: Any, errs: _Errors, report: Report) -> None:
    failed = [(o.number, o.ident, *o.error) for o in outcomes if o.error]
    if isinstance(sink, ParquetSink):
        ids = {o.number: o.ident for o in outcomes}
        misfits = sink.write([(o.number, o.output) for o in outcomes if o.output is not None])  # type: ignore[misc]
        failed = sorted(failed + [(n, ids[n], "parquet_schema", why) for n, why in misfits])
    else:
        for o in outcomes:
            if o.output is not None:
                sink.write(o.output)
    for number, ident, reason, detail in failed:
        errs.write(number, ident, reason, detail)
    report.failed += len(failed)
    report.written += len(outcomes) - len(failed)
