"""On the shared evaluation pages (when they are beside the repository): cleaning the cleaned
text changes nothing, and no page raises. Every text variant counts: the layout-keeping
``page`` and ``container`` forms, the scraper forms of ``forms`` and ``l3s_gn1`` (``flat``,
``flatpage``, ``taglines``) and the one-line articles of ``fakes``."""

from __future__ import annotations

import pytest

from newsclean import clean

from .conftest import eval_cases

# Pages still unstable (issue 13, open): the article's run keeps a caption or lead above the
# article's header lines (a byline, a time, a handle: "Natasha Turak", "@NatashaTurak"); in the
# cleaned text that line comes first, over short lines, and the title step reads it as a browser
# title above a menu (the taglines pages); a folded menu kept on the first cleaning only (l3s
# 70325065). Listed so that no other page becomes unstable unseen.
KNOWN = {
    "scrapinghub_aeb:08f793762792bd252c75fb57544cdf506ffcc04785136cb87503f02364b82b56#taglines",
    "scrapinghub_aeb:0d46122928b6f468cc4bbc694051d0dbae5702bc75a16dab82a99b58daf150a0#taglines",
    "scrapinghub_aeb:374ac9a59a85196cdacc1679fb8993521a7b7d9d6533720f102300be1c7face4#taglines",
    "scrapinghub_aeb:c50845a7158af12ee75acea301a3ea0dad1e848d6b9dbdb43ba7f2d825b2528b#taglines",
    "l3s_gn1:1ef621ac-550e-41c8-ba42-e55c58be1c48#flatpage",
    "l3s_gn1:70325065-cd21-431b-af0b-a2bdfd3ff8f6#flatpage",
    "l3s_gn1:bfdfa445-09f8-446e-9866-21fa51fdba56#flatpage",
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
