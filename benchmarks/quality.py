#!/usr/bin/env python3
"""Measure cleaning quality on the shared evaluation data and print a markdown table.

Runs ``../shared/eval/score.py``'s measures (bag-of-words body F1, title and date accuracy)
for newsclean and, with ``--cleaner``, for the anchors beside it (``anchors:trafilatura``
and the like need the ``bench`` extras installed).

    python benchmarks/quality.py                                  # newsclean, every variant
    python benchmarks/quality.py --variants page,container        # the text variants only
    python benchmarks/quality.py --cleaner anchors:trafilatura --limit 50

Prints nothing but a note when the shared data is not beside the repository.
"""

from __future__ import annotations

import argparse
import collections
import gzip
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"


def cases(data: Path, variants: set[str] | None, limit: int) -> Iterator[dict[str, Any]]:
    """The cases of every ``*.jsonl``/``*.jsonl.gz`` file in ``data``, ``limit`` per set if given."""
    seen: collections.Counter[str] = collections.Counter()
    for path in sorted(data.glob("*.jsonl*")):
        opener = gzip.open if path.suffix == ".gz" else open
        with opener(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                case = json.loads(line)
                key = f"{case.get('source')}/{case.get('variant')}"
                if variants and case.get("variant") not in variants:
                    continue
                if limit and seen[key] >= limit:
                    continue
                seen[key] += 1
                yield case


def measure(score: Any, spec: str, data: Path, variants: set[str] | None, limit: int) -> dict[str, dict]:
    """``{set name: summary}`` for one cleaner."""
    cleaner = score.load_cleaner(spec)
    groups: dict[str, list] = collections.defaultdict(list)
    for case in cases(data, variants, limit):
        groups[f"{case.get('source')}/{case.get('variant')}"].append(score.run_case(cleaner, case))
    return {name: score.summarize(rows) for name, rows in sorted(groups.items())}


def _pct(x: float | None) -> str:
    return "" if x is None else f"{100 * x:.1f}"


def table(results: dict[str, dict[str, dict]]) -> str:
    """A markdown table: one row per set, body F1 (and title, date, pages/s) per cleaner."""
    names = list(results)
    sets = sorted({s for r in results.values() for s in r})
    head = ["set", "cases"]
    for n in names:
        module, _, function = n.partition(":")
        short = function if module == "anchors" else module
        head += [f"{short} F1", f"{short} title", f"{short} date", f"{short} pages/s"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for s in sets:
        first = next(r[s] for r in results.values() if s in r)
        row = [s.replace("/", " / "), str(first["cases"])]
        for n in names:
            r = results[n].get(s)
            if r is None:
                row += [""] * 4
                continue
            speed = f"{r['docs_per_s']:.0f}" if r["docs_per_s"] else ""
            errors = f" ({r['errors']} errors)" if r["errors"] else ""
            row += [f"{_pct(r['f1'])}{errors}", _pct(r["title_acc"]), _pct(r["date_acc"]), speed]
        lines.append("| " + " | ".join(row) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=EVAL / "data", help="folder of *.jsonl[.gz] cases")
    ap.add_argument("--cleaner", action="append", default=[], help="also measure this module:function")
    ap.add_argument("--variants", default="", help="comma-separated: html,page,container,text")
    ap.add_argument("--limit", type=int, default=0, help="at most this many cases per set")
    ap.add_argument("--json", type=Path, help="write the summaries here too")
    args = ap.parse_args(argv)
    if not (args.data.is_dir() and (EVAL / "score.py").exists()):
        print(f"no evaluation data at {args.data} (expected ../shared/eval beside the repository)")
        return 0
    sys.path[:0] = [str(ROOT), str(EVAL)]
    import score  # the shared yardstick: ../shared/eval/score.py

    variants = {v for v in args.variants.split(",") if v} or None
    results = {spec: measure(score, spec, args.data, variants, args.limit)
               for spec in ["newsclean:clean", *args.cleaner]}
    print(table(results))
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
