"""On the shared evaluation pages (when they are beside the repository): cleaning the cleaned
text changes nothing, and no page raises. Every text variant counts: the layout-keeping
``page`` and ``container`` forms, the scraper forms of ``forms`` and ``l3s_gn1`` (``flat``,
``flatpage``, ``taglines``) and the one-line articles of ``fakes``."""

from __future__ import annotations

import pytest

from newsclean import clean

from .conftest import eval_cases

# Pages still unstable (issue 13, open): a text cut at every tag that the join step leaves cut
# (its header lines, then the first of them, read as a menu under a title the second time); a
# folded menu kept on the first cleaning only. Listed so that no other page becomes unstable unseen.
KNOWN = {
    "scrapinghub_aeb:08f793762792bd252c75fb57544cdf506ffcc04785136cb87503f02364b82b56#taglines",
    "l3s_gn1:70325065-cd21-431b-af0b-a2bdfd3ff8f6#flatpage",
}


def _pages() -> list[tuple[str, str]]:
    return [(case["id"], case["input"]) for case in eval_cases() if case.get("variant") != "html"]


def test_second_cleaning_changes_nothing_on_real_pages():
    pages = _pages()
    if not pages:
        pytest.skip("../shared/eval/data is not beside the repo")
    changed = set()
    for case_id, text in pages:
        once = clean(text, format="text").text
        if clean(once, format="text").text != once:
            changed.add(case_id)
    assert changed - KNOWN == set()
