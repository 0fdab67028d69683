"""Pages/s of :func:`newsclean.clean_many` with worker processes beside a plain loop of ``clean``.

Reads every case of the evaluation data (default ``../shared/eval/data``: the public sets
described in the README, as scraped text and HTML), cleans them once in a loop and once
with ``clean_many(workers=N)``, checks the results are the same and in the same order,
and prints both rates and their ratio. Worker start-up is counted in the parallel time.

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
    t0 = time.perf_counter()
    loop = [clean(p) for p in pages]
    t1 = time.perf_counter()
    many = list(clean_many(pages, workers=args.workers))
    t2 = time.perf_counter()
    same = len(loop) == len(many) and all(a == b for a, b in zip(loop, many, strict=True))
    serial, parallel = len(pages) / (t1 - t0), len(pages) / (t2 - t1)
    print(f"{len(pages)} pages, {os.cpu_count()} cores; loop {serial:.1f} pages/s; "
          f"clean_many(workers={args.workers}) {parallel:.1f} pages/s; x{parallel / serial:.2f}; "
          f"same results in the same order: {same}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
