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
    # folded pages whose article run the first cleaning bares only in part (segment's
    # page_lines rerun and the folded-page article finder meet here; found when they merged)
    "l3s_gn1:f5dc7145-5032-4c30-843b-fe2ae7525201#flatpage",
    "l3s_gn1:fbdd64ab-0d00-4a1f-99ec-e21855eae2af#flatpage",
    "readability_testpages:nytimes-1#flatpage",
    "readability_testpages:nytimes-2#flatpage",
    "scrapinghub_aeb:f105de6e63ca91ea482f60193f6252092557f969f2fd128ff68c0d4d6b90dd7d#flatpage",
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
