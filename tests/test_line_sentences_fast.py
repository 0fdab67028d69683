"""The scans of a folded line's sentences (``newsclean.layout.line_sentences``) that stand in for a
pattern's search give what the search gave (issue 18): a photo's credit in brackets matched only at
the brackets ``str.find`` finds. Checked against the search on random strings and on every folded
eval page."""

from __future__ import annotations

import random

from newsclean.layout import line_sentences as ls

from .conftest import eval_cases


def _plain_credits(s: str, a: int, b: int) -> list[tuple[int, int]]:
    return [m.span() for m in ls._CREDIT.finditer(s, a, b)]


def _credits(s: str, a: int, b: int) -> list[tuple[int, int]]:
    return [m.span() for m in ls._credits(s, a, b)]


def test_credits_are_the_credit_pattern_matches():
    """line_sentences._credits matches the credit pattern at each opening bracket only: the same
    matches as its search, on random strings of brackets, credit labels and words (spans that cut
    them, offsets past either end and below zero) and on every folded eval page."""
    rng = random.Random(36)
    alphabet = ["(", "(", ")", ")", " ", "AP Photo", "AP", " Photo", "Image:", "Credit/", "Getty", "x", "\n",
                "é", ".", "((Image: A)"]
    for _ in range(20_000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 10)))
        a = rng.randint(-3, len(s) + 2)
        b = rng.randint(-3, len(s) + 2)
        assert _credits(s, a, b) == _plain_credits(s, a, b), (s, a, b)
    found = 0
    for case in eval_cases():
        if case.get("variant") in ("flatpage", "flat"):
            s = case["input"]
            got = _credits(s, 0, len(s))
            assert got == _plain_credits(s, 0, len(s))
            assert _credits(s, 7, len(s) // 2) == _plain_credits(s, 7, len(s) // 2)
            found += len(got)
    assert found or not any(True for _ in eval_cases())
