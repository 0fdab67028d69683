"""Map a function over chunks in worker processes, results in input order, memory bounded.

Unlike ``multiprocessing.Pool.imap``, which reads its whole input ahead, at most
``workers * ahead`` chunks are in flight, so a corpus of any size streams through.

>>> list(ordered_map(sum, iter([[1, 2], [3]]), workers=1))
[3, 3]
"""

from __future__ import annotations

import multiprocessing
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from typing import TypeVar

__all__ = ["chunked", "ordered_map"]

T = TypeVar("T")
R = TypeVar("R")


def chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Lists of up to ``size`` consecutive items.

    >>> list(chunked(range(5), 2))
    [[0, 1], [2, 3], [4]]
    """
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def _ignore_sigint() -> None:
    # Ctrl-C reaches the whole process group; the parent alone handles it and stops the pool.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _context() -> multiprocessing.context.BaseContext:
    # forkserver: no fork of a parent that runs threads (progress bar, Spark, Twisted).
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


def ordered_map(fn: Callable[[T], R], items: Iterator[T], workers: int, ahead: int = 4) -> Iterator[R]:
    """``map(fn, items)`` over ``workers`` processes (in this process when ``workers <= 1``).

    ``fn`` and the items must pickle. Results come back in input order; closing the
    iterator early (an error, Ctrl-C) cancels the chunks not yet started.
    """
    if workers <= 1:
        yield from map(fn, items)
        return
    pool = ProcessPoolExecutor(workers, mp_context=_context(), initializer=_ignore_sigint)
    try:
        pending: deque[Future[R]] = deque()
        for item in items:
            pending.append(pool.submit(fn, item))
            if len(pending) >= workers * ahead:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
