"""On the shared evaluation pages (when they are beside the repository): cleaning the cleaned
text changes nothing, and no page raises."""

from __future__ import annotations

import gzip
import json

import pytest

from newsclean import clean

from .conftest import SHARED

DATA = SHARED / "eval" / "data"


def _pages() -> list[tuple[str, str]]:
    out = []
    for path in sorted(DATA.glob("*.jsonl*")) if DATA.exists() else []:
        opener = gzip.open if path.suffix == ".gz" else open
        with opener(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                case = json.loads(line)
                if case.get("variant") in ("page", "container", "text"):
                    out.append((case["id"], case["input"]))
    return out


def test_second_cleaning_changes_nothing_on_real_pages():
    pages = _pages()
    if not pages:
        pytest.skip("../shared/eval/data is not beside the repo")
    changed = []
    for case_id, text in pages:
        once = clean(text, format="text").text
        if clean(once, format="text").text != once:
            changed.append(case_id)
    assert changed == []
