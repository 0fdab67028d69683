"""Map a function over chunks in worker processes, results in input order, memory bounded.

Unlike ``multiprocessing.Pool.imap``, which reads its whole input ahead, at most
``workers * ahead`` chunks are in flight, so a corpus of any size streams through.

>>> list(ordered_map(sum, iter([[1, 2], [3]]), workers=1))
[3, 3]
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import select
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
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


def pid_alive(pid: int) -> bool:
    """Whether a process with this id exists (another user's, or one we cannot ask about, counts)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # another user's process (EPERM), or no way to tell
        return True
    return True


def _watch(parent: int) -> None:
    """Exit when ``parent`` does (SIGKILL included), whatever this process is doing."""
    try:
        fd = os.pidfd_open(parent)  # Linux 5.3+: readable once the process has ended
    except (AttributeError, OSError):  # elsewhere, or already gone
        fd = None
    if fd is not None:
        select.select([fd], [], [])
    else:  # ask every half second (a reused id could keep a worker on a while)
        while pid_alive(parent):
            time.sleep(0.5)
    os._exit(1)


def _worker_setup(parent: int) -> None:
    # Ctrl-C reaches the whole process group; the parent alone handles it and stops the pool.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # Nothing tells a worker that the parent was killed outright: its pipes stay open (the
    # other workers hold them) and it would go on, holding the caller's terminal, for minutes.
    threading.Thread(target=_watch, args=(parent,), daemon=True, name="newsclean-parent-watch").start()


def _terminate(pool: ProcessPoolExecutor) -> None:
    """Stop the workers now: an interrupted run must not wait for the chunks in flight."""
    processes = getattr(pool, "_processes", None) or {}  # Python 3.14 has pool.terminate_workers()
    for process in list(processes.values()):
        with contextlib.suppress(OSError, ValueError):
            process.terminate()


def _context() -> multiprocessing.context.BaseContext:
    # forkserver: no fork of a parent that runs threads (progress bar, Spark, Twisted).
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


def ordered_map(fn: Callable[[T], R], items: Iterator[T], workers: int, ahead: int = 4) -> Generator[R, None, None]:
    """``map(fn, items)`` over ``workers`` processes (in this process when ``workers <= 1``).

    ``fn`` and the items must pickle. Results come back in input order. Closing the iterator
    early (an error, Ctrl-C, SIGTERM turned into an exception) terminates the workers at once,
    chunks in flight included; workers also exit by themselves when this process dies.
    """
    if workers <= 1:
        yield from map(fn, items)
        return
    pool = ProcessPoolExecutor(workers, mp_context=_context(), initializer=_worker_setup, initargs=(os.getpid(),))
    done = False
    try:
        pending: deque[Future[R]] = deque()
        for item in items:
            pending.append(pool.submit(fn, item))
            if len(pending) >= workers * ahead:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
        done = True
    finally:
        if not done:  # an error, Ctrl-C, SIGTERM or an early close: what is in flight is dropped
            _terminate(pool)
        pool.shutdown(wait=True, cancel_futures=True)
