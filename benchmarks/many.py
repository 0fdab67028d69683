"""Pages/s of :func:`newsclean.clean_many` with worker processes beside a plain loop of ``clean``.

Reads every case of the evaluation data (default ``../shared/eval/data``: the public sets
described in the README, as scraped text and HTML), cleans them once in a loop and once
with ``clean_many(workers=N)``, checks the results are the same and in the same order,
and prints both rates and their ratio. Worker start-up is counted in the parallel time.

It also prints the CPU time each way (this process, plus every worker's, which each worker
measures and hands back): on a machine busy with other work, wall clock says little about
what parallel work gains (Linux's autogroup scheduler gives one session its share however many
processes it runs), while the CPU time says what the hand-over costs.

    python benchmarks/many.py                       # all cases, workers=2
    python benchmarks/many.py --workers 4 --limit 1000 --data path/to/folder

Time is wall clock: on a machine shared with other work the ratio falls; say how quiet it was.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DATA = Path(os.environ.get("NEWSCLEAN_SHARED", ROOT.parent / "shared")) / "eval" / "data"


def load(folder: Path, limit: int | None) -> list[str]:
    """The ``input`` of every case in ``folder/*.jsonl[.gz]``, in file order."""
    pages: list[str] = []
    for path in sorted(folder.glob("*.jsonl*")):
        opener = gzip.open if path.suffix == ".gz" else open
        with opener(path, "rt", encoding="utf-8") as fh:
            pages.extend(json.loads(line)["input"] for line in fh)
    return pages[:limit]


def _timed_chunk(work: Any) -> tuple[list[Any], float]:
    """A worker's chunk, with the CPU seconds the worker spent on it."""
    from newsclean.many import _clean_chunk

    start = time.process_time()
    out = _clean_chunk(work)
    return out, time.process_time() - start


def _cpu_of_many(pages: list[str], workers: int) -> float:
    """CPU seconds of ``clean_many(pages, workers=...)``'s work: this process's plus the workers'."""
    from newsclean.many import CHUNK, _Options, _split
    from newsclean.parallel import chunked, ordered_map

    options = _Options(None, "auto", 5_000_000, __import__("newsclean.guard").guard.GUARD)
    tasks = ((options, n * CHUNK, [_split(p) for p in items]) for n, items in enumerate(chunked(pages, CHUNK)))
    start = time.process_time()
    in_workers = sum(seconds for _, seconds in ordered_map(_timed_chunk, tasks, workers))
    return time.process_time() - start + in_workers


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DATA, help="folder of *.jsonl[.gz] cases (an 'input' field each)")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--limit", type=int, default=None, help="first N pages only")
    args = ap.parse_args(argv)
    if not args.data.is_dir():
        print(f"no evaluation data at {args.data}; pass --data FOLDER")
        return 2
    from newsclean import clean, clean_many

    pages = load(args.data, args.limit)
    t0, c0 = time.perf_counter(), time.process_time()
    loop = [clean(p) for p in pages]
    t1, c1 = time.perf_counter(), time.process_time()
    many = list(clean_many(pages, workers=args.workers))
    t2 = time.perf_counter()
    same = len(loop) == len(many) and all(a == b for a, b in zip(loop, many, strict=True))
    serial, parallel = len(pages) / (t1 - t0), len(pages) / (t2 - t1)
    print(f"{len(pages)} pages, {os.cpu_count()} cores; loop {serial:.1f} pages/s; "
          f"clean_many(workers={args.workers}) {parallel:.1f} pages/s; x{parallel / serial:.2f}; "
          f"same results in the same order: {same}")
    cpu = _cpu_of_many(pages, args.workers)
    print(f"CPU seconds: loop {c1 - c0:.1f}; clean_many {cpu:.1f} (this process and the workers), "
          f"x{cpu / (c1 - c0):.2f} the loop's")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
