"""Shared test helpers: where the samples and the shared evaluation data live."""

from __future__ import annotations

import gzip
import itertools
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SHARED = Path(os.environ.get("NEWSCLEAN_SHARED", ROOT.parent / "shared"))
EVAL_DATA = SHARED / "eval" / "data"


def eval_cases() -> Iterator[dict[str, Any]]:
    """Every case of the shared evaluation data (none when it is not beside the repo)."""
    for path in sorted(EVAL_DATA.glob("*.jsonl*")) if EVAL_DATA.exists() else []:
        opener = gzip.open if path.suffix == ".gz" else open
        with opener(path, "rt", encoding="utf-8") as fh:
            yield from map(json.loads, fh)


def clear_caches() -> None:
    """Empty every ``functools.lru_cache`` of newsclean's modules and the openings each module-level
    ``AnyOf`` keeps, so a test sees each line computed afresh (as a page that overflows the bounded
    caches does). A class that defines ``cache_clear`` (``AnyOf`` itself) is not a cache."""
    for name, module in list(sys.modules.items()):
        if name.startswith("newsclean"):
            for value in vars(module).values():
                if not isinstance(value, type) and callable(getattr(value, "cache_clear", None)):
                    value.cache_clear()

# The default suite draws the same examples on every run (derandomize), so CI is reproducible;
# the fuzz profile searches afresh.
settings.register_profile("default", max_examples=200, deadline=None, derandomize=True, database=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("fuzz", max_examples=20_000, deadline=None,
                          suppress_health_check=list(HealthCheck))
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


def cut_at(text: str, breaks: list[int]) -> list[str]:
    """``text`` cut at ``breaks`` (the offsets of the spaces a segmenting function returns)."""
    bounds = [-1, *breaks, len(text)]
    return [text[a + 1:b] for a, b in itertools.pairwise(bounds)]
