"""Clean many pages held in memory: :func:`clean_many`, in worker processes, results in order.

This is the in-memory twin of ``newsclean batch``: a list (or any iterable, a generator
reading a database) of pages in, one :class:`~newsclean.Result` per page out, in input
order. Pages go to the workers in chunks, at most a few chunks per worker in flight, so
memory stays bounded however long the input. A page that cannot be cleaned does not stop
the run: it comes out as a :class:`Failure` in its place.

>>> pages = ["Storm Hits Coast\\nStorm Hits Coast\\nWinds rose.", ("Aid Arrives\\nTrucks came.", "Aid Arrives"), 42]
>>> for r in clean_many(pages, workers=1):
...     print(r.text if r else f"page {r.index}: {r.error}")
Winds rose.
Trucks came.
page 2: TypeError
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from tqdm import tqdm

from .api import Format, _soup_markup, clean
from .corpus.parallel import chunked, ordered_map
from .guard import GUARD, Guard
from .limits import MAX_CHARS
from .pipeline import Pipeline
from .result import Result

__all__ = ["CHUNK", "Failure", "clean_many"]

CHUNK = 16
"""Pages per task handed to a worker: enough to hide the hand-over cost (as ``batch``)."""


@dataclass(frozen=True)
class Failure:
    """A page :func:`clean_many` could not clean: its position in the input, the exception's
    type name and message. It is falsy, so ``if result:`` tells it from a :class:`Result`.

    >>> f = Failure(3, "ValueError", "bytes that are not text")
    >>> bool(f), f.index
    (False, 3)
    >>> index, error, detail = f          # unpacks as the named tuple it was
    >>> error
    'ValueError'

    A frozen dataclass, not a ``NamedTuple``: a tuple's field named ``index`` hid ``tuple.index``.
    """

    index: int
    error: str
    detail: str

    def __bool__(self) -> bool:
        return False

    def __iter__(self) -> Iterator[int | str]:
        """``index, error, detail = failure``, as when it was a named tuple."""
        return iter((self.index, self.error, self.detail))


@dataclass(frozen=True)
class _Options:
    pipeline: Pipeline | None
    format: Format
    max_chars: int | None
    guard: Guard | None


def _split(item: Any) -> tuple[Any, Any, bool]:
    """``(page, title, is_html)`` from a page or a ``(page, title)`` pair; a soup becomes its HTML."""
    page, title = item if isinstance(item, tuple) and len(item) == 2 else (item, None)
    markup = _soup_markup(page)
    if title is not None and isinstance(title, str):
        title = str(title)  # a NavigableString would carry its whole tree to the worker
    return (markup, title, True) if markup is not None else (page, title, False)


def _clean_chunk(work: tuple[_Options, int, list[tuple[Any, Any, bool]]]) -> list[Result | Failure]:
    """Clean a chunk of pages (the unit a worker runs); the first page is input number ``start``."""
    options, start, items = work
    out: list[Result | Failure] = []
    for i, (page, title, is_html) in enumerate(items, start):
        fmt = "html" if is_html and options.format == "auto" else options.format
        try:
            out.append(clean(page, title=title, pipeline=options.pipeline, format=fmt,
                             max_chars=options.max_chars, guard=options.guard))
        except Exception as e:  # one bad page must not stop the others
            out.append(Failure(i, type(e).__name__, str(e)))
    return out


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def clean_many(pages: Iterable[Any], *, workers: int | None = None, pipeline: Pipeline | None = None,
               format: Format = "auto", max_chars: int | None = MAX_CHARS, guard: Guard | None = GUARD,
               chunk: int = CHUNK, progress: bool = False, total: int | None = None) -> Iterator[Result | Failure]:
    """:func:`newsclean.clean` over ``pages``, one result per page, in input order.

    Args:
        pages: any iterable of pages: ``str``, ``bytes``, a BeautifulSoup document or tag,
            or a ``(page, title)`` pair where the caller knows the headline. It is read
            lazily, a few chunks ahead of the workers.
        workers: worker processes; ``None`` for one per core, 1 to clean in this process.
            Workers start in about a second: for a few dozen pages, 1 is faster.
        pipeline, format, max_chars, guard: as for :func:`newsclean.clean`, for every page.
        chunk: pages handed to a worker at a time.
        progress: show a tqdm progress bar (``total`` pages, ``len(pages)`` when it has one).

    Yields:
        a :class:`~newsclean.Result` per page, or a :class:`Failure` (falsy) in place of a
        page that raised; a worker process killed from outside (out of memory) stops the
        run with ``BrokenProcessPool``.

    Closing the iterator early (``break``, an exception, Ctrl-C) stops the workers.
    """
    if workers is None:
        workers = _cores()
    if not isinstance(workers, int) or workers < 1:
        raise ValueError(f"workers must be a positive int or None, not {workers!r}")
    if not isinstance(chunk, int) or chunk < 1:
        raise ValueError(f"chunk must be a positive int, not {chunk!r}")
    if total is None and hasattr(pages, "__len__"):
        total = len(pages)  # type: ignore[arg-type]
    options = _Options(pipeline, format, max_chars, guard)
    tasks = ((options, n * chunk, [_split(item) for item in items])
             for n, items in enumerate(chunked(pages, chunk)))
    return _results(ordered_map(_clean_chunk, tasks, workers), total, progress)


def _results(chunks: Iterator[list[Result | Failure]], total: int | None, progress: bool) -> Iterator[Result | Failure]:
    bar = tqdm(total=total, unit=" pages", disable=not progress, desc="clean", mininterval=0.5)
    try:
        for results in chunks:
            yield from results
            bar.update(len(results))
    finally:
        bar.close()
        close = getattr(chunks, "close", None)
        if close is not None:
            close()
