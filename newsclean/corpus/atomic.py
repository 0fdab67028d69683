"""Write a file all at once or not at all: a temporary file beside it, renamed into place.

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> with atomic_path(folder / "out.txt") as tmp:
...     _ = pathlib.Path(tmp).write_text("done")
>>> sorted(p.name for p in folder.iterdir()), (folder / "out.txt").read_text()
(['out.txt'], 'done')
"""

from __future__ import annotations

import contextlib
import os
import re
import socket
import tempfile
from collections.abc import Iterator
from pathlib import Path

from .parallel import pid_alive

__all__ = ["atomic_path", "sweep"]


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _tag() -> str:
    # Which run owns a temporary file: a later run may delete it once that run is gone.
    return f"{os.getpid()}@{socket.gethostname().replace('.', '_')}"


def sweep(path: str | os.PathLike[str]) -> list[str]:
    """Delete the temporary files of runs writing ``path`` that were killed (SIGKILL, power
    loss) before they could; return their names. Runs still alive, or on another host, keep
    theirs.

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / ".out.jsonl.999999999@elsewhere.x1.part").write_text("")
    >>> _ = (folder / f".out.jsonl.999999999@{_tag().split('@')[1]}.x2.part").write_text("")
    >>> sweep(folder / "out.jsonl"), sorted(p.name for p in folder.iterdir())  # doctest: +ELLIPSIS
    (['.out.jsonl.999999999@....x2.part'], ['.out.jsonl.999999999@elsewhere.x1.part'])
    """
    target = Path(path)
    host = _tag().split("@", 1)[1]
    mine = re.compile(rf"\.{re.escape(target.name)}\.(\d+)@{re.escape(host)}\.\w+\.part")
    gone = []
    with contextlib.suppress(OSError):
        for entry in os.scandir(target.parent):
            m = mine.fullmatch(entry.name)
            if m and not pid_alive(int(m.group(1))):  # a live run's file, or another user's, is left alone
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)
                    gone.append(entry.name)
    return sorted(gone)


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike[str]) -> Iterator[str]:
    """Yield a temporary path in ``path``'s folder; on success rename it to ``path``.

    If the block raises anything (``KeyboardInterrupt`` included) the temporary file is
    deleted and ``path`` is left as it was, so readers never see a half-written file. A run
    killed outright (SIGKILL) cannot delete its file; the next run writing ``path`` does
    (:func:`sweep`).
    """
    target = Path(path)
    sweep(target)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.{_tag()}.", suffix=".part")
    os.close(fd)
    try:
        os.chmod(tmp, 0o666 & ~_umask())
        yield tmp
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
