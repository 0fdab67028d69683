#!/usr/bin/env python3
"""A digest of what :func:`newsclean.clean` returns on every shared evaluation case.

A change meant to keep behaviour (a refactoring, a move) must leave every case's digest
as it was: text, title, published, metadata and removals (with their elements), byte for byte.

    python benchmarks/digest.py -o /tmp/after.json            # write every case's digest
    python benchmarks/digest.py --compare /tmp/before.json    # list the cases whose output moved
    python benchmarks/digest.py --update                      # refresh tests/eval_digest.json

Each case is stored as ``id -> "<input hash>:<output hash>"``, so a case whose input changed in
the shared data is told apart from one whose output changed. ``tests/test_eval_digest.py``
compares against ``tests/eval_digest.json``; a change that moves an output on purpose
refreshes that file with ``--update`` in the same commit.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("NEWSCLEAN_SHARED", ROOT.parent / "shared"))
DATA = SHARED / "eval" / "data"
STORED = ROOT / "tests" / "eval_digest.json"

__all__ = ["compare", "digest_case", "digests", "moved"]


def _h(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:20]


def _cases(data: Path = DATA) -> Iterator[dict[str, Any]]:
    for path in sorted(data.glob("*.jsonl*")) if data.exists() else []:
        opener = gzip.open if path.suffix == ".gz" else open
        with opener(path, "rt", encoding="utf-8") as fh:
            yield from map(json.loads, fh)


def digest_case(text: str) -> str:
    """``"<input hash>:<output hash>"`` for one input, cleaned with the defaults.

    >>> a, b = digest_case("Title\\nThe army said so."), digest_case("Title\\nThe army said so!")
    >>> a.split(":")[0] != b.split(":")[0] and len(a) == 41
    True
    """
    from newsclean import clean

    try:
        out = json.dumps(clean(text).to_dict(), sort_keys=True, ensure_ascii=True, default=repr)
    except Exception as exc:  # a case that raises is part of the behaviour too
        out = f"raised {type(exc).__name__}: {exc}"
    return f"{_h(text)}:{_h(out)}"


def digests(data: Path = DATA) -> dict[str, str]:
    """Every case's digest, by ``source/variant/id`` (``#2``, ``#3``... on an id seen again)."""
    out: dict[str, str] = {}
    for case in _cases(data):
        key = base = f"{case.get('source')}/{case.get('variant')}/{case['id']}"
        n = 1
        while key in out:
            n += 1
            key = f"{base}#{n}"
        out[key] = digest_case(case["input"])
    return out


def compare(before: Mapping[str, str], after: Mapping[str, str]) -> dict[str, list[str]]:
    """The case ids whose output ``moved``, whose input ``changed``, ``missing`` or ``new``.

    >>> compare({"a": "1:x", "b": "2:y", "c": "3:z"}, {"a": "1:x", "b": "2:w", "c": "4:z", "d": "5:v"})
    {'moved': ['b'], 'changed': ['c'], 'missing': [], 'new': ['d']}
    """
    common = sorted(before.keys() & after.keys())
    same_input = [k for k in common if before[k].split(":")[0] == after[k].split(":")[0]]
    return {"moved": [k for k in same_input if before[k] != after[k]],
            "changed": [k for k in common if k not in set(same_input)],
            "missing": sorted(before.keys() - after.keys()), "new": sorted(after.keys() - before.keys())}


def moved(before: Mapping[str, str], after: Mapping[str, str]) -> list[str]:
    """The ids of the cases whose input is the same and whose output is not."""
    return compare(before, after)["moved"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-o", "--output", type=Path, help="write the digests here")
    ap.add_argument("--compare", type=Path, help="compare with digests written earlier")
    ap.add_argument("--update", action="store_true", help=f"write {STORED.relative_to(ROOT)}")
    args = ap.parse_args(argv)
    now = digests()
    if not now:
        print(f"no cases under {DATA}", file=sys.stderr)
        return 2
    for path in ([args.output] if args.output else []) + ([STORED] if args.update else []):
        path.write_text(json.dumps(now, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    if args.compare:
        diff = compare(json.loads(args.compare.read_text(encoding="utf-8")), now)
        for kind, ids in diff.items():
            print(f"{kind}: {len(ids)}", *ids[:50], sep="\n  ")
        return 1 if diff["moved"] else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
