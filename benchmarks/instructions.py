"""Instructions a page, counted by valgrind's callgrind: a speed figure that a busy machine does not move.

Wall-clock figures on a shared machine vary from hour to hour; callgrind counts the same
instructions for the same code and input. This runs the cleaning twice under callgrind: once
loading the pages and cleaning them all once (imports, pattern compiles, a warm pass), and
once doing the same and then one more pass with newsclean's memo caches emptied. The
difference, divided by the pages, is what one steady-state pass costs a page.

    python benchmarks/instructions.py                    # scraped page text and HTML
    python benchmarks/instructions.py --variants page --root ../other-checkout
    python benchmarks/instructions.py --data ../shared/eval/data/forms.jsonl.gz --source scrapinghub_aeb \\
        --variants flat,flatpage,taglines           # the scraper text forms of the same pages

Needs valgrind (Debian's package); takes a few minutes (callgrind runs Python ~50x slower). It
imports the checkout in each of its two runs: do not edit it while a count runs (count a copy).
"""

from __future__ import annotations

import argparse
import compileall
import gzip
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(os.environ.get("NEWSCLEAN_SHARED", ROOT.parent / "shared")) / "eval" / "data" / "scrapinghub_aeb.jsonl.gz"


def _pages(data: Path, variant: str, source: str | None = None) -> list[str]:
    with gzip.open(data, "rt", encoding="utf-8") as fh:
        return [c["input"] for c in map(json.loads, fh)
                if c["variant"] == variant and (source is None or c.get("source") == source)]


def _run(root: Path, data: Path, variant: str, passes: int, source: str | None) -> None:
    """Inside callgrind: clean every page once, then ``passes - 1`` more times, caches emptied."""
    from speed import clear_caches  # puts this checkout first on sys.path: the root goes before it

    sys.path.insert(0, str(root))
    from newsclean import clean

    pages = _pages(data, variant, source)
    for _ in range(passes):
        clear_caches()
        for page in pages:
            clean(page)


def _count(root: Path, data: Path, variant: str, passes: int, source: str | None) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        out = subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={tmp}/cg.out", sys.executable, __file__,
             "--inside", str(passes), "--root", str(root), "--data", str(data), "--variants", variant,
             *(["--source", source] if source else [])],
            capture_output=True, text=True, check=True)
    m = re.search(r"Collected : (\d+)", out.stderr)
    if m is None:
        raise RuntimeError(f"callgrind printed no count:\n{out.stderr[-2000:]}")
    return int(m.group(1))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--root", type=Path, default=ROOT, help="the checkout whose newsclean to count")
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--variants", default="page,html")
    ap.add_argument("--source", default=None, help="only the cases of this source (forms.jsonl.gz holds several)")
    ap.add_argument("--decimals", type=int, default=1, choices=range(0, 7), metavar="N",
                    help="decimals of the millions printed (default 1; 3 shows changes near 0.1 M a page)")
    ap.add_argument("--inside", type=int, default=0, help=argparse.SUPPRESS)
    args = ap.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    if args.inside:
        _run(args.root, args.data, args.variants, args.inside, args.source)
        return 0
    if not args.data.exists():
        print(f"no data at {args.data}: nothing to count")
        return 0
    # Byte-code first: a checkout with none yet would have its compiling charged to the first of the two runs.
    compileall.compile_dir(str(args.root / "newsclean"), quiet=1)
    for variant in args.variants.split(","):
        n = len(_pages(args.data, variant, args.source))
        if not n:  # e.g. flatpage asked of scrapinghub_aeb.jsonl.gz: its forms are in forms.jsonl.gz
            print(f"{variant}: no {variant} cases in {args.data}"
                  + (f" from source {args.source}" if args.source else "") + ": nothing to count")
            continue
        delta = (_count(args.root, args.data, variant, 2, args.source)
                 - _count(args.root, args.data, variant, 1, args.source))
        print(f"{variant}: {delta / n / 1e6:.{args.decimals}f} million instructions a page ({n} pages, {args.root})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
