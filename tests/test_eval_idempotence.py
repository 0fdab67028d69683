"""On the shared evaluation pages (when they are beside the repository): cleaning the cleaned
text changes nothing, and no page raises."""

from __future__ import annotations

import pytest

from newsclean import clean

from .conftest import eval_cases


def _pages() -> list[tuple[str, str]]:
    text_variants = ("page", "container", "text")
    return [(case["id"], case["input"]) for case in eval_cases() if case.get("variant") in text_variants]


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
