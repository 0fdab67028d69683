"""A title's separators found where their mark stands (``titles.separators_in``) are the pattern's
matches (``titles.SEPARATOR.finditer``), which tries its alternatives at every character (issue 18):
on a table of separators of every kind with and without white space around them, on every line of
the eval pages, and on random strings of marks, words and white space (``\\x1c``-``\\x1f`` are white
space to ``str.isspace``, not to the pattern)."""

from __future__ import annotations

import random

import pytest

from newsclean.titles import SEPARATOR, may_separate, separators_in, title_bounds

from .test_headline_fast_paths import _title_bounds_plain

TABLE = [
    "Aid Arrives | Fars", "Aid Arrives|Fars", "Aid Arrives || Fars", "Aid Arrives :: Fars", "Aid::Fars",
    "AFP: Aid arrives", "at 2:55 pm", "Aid : Fars", "Aid · Fars", "Aid•Fars", "Aid ~ Fars", "Home > News > Aid",
    "Home >> News", "Aid – Fars", "Aid–Fars", "Aid — Fars", "a/b/c", "Aid / Fars", "Aid \\ Fars", "Aid ✩ Fars",
    "Aid » Fars", "Aid›Fars", "Aid - Fars", "Aid -- Fars", "Aid --Fars", "Aid -Fars", "Aid- Fars", "Aid---Fars",
    "Aid --- Fars", "well-known aid", "Aid (Fars)", "Aid(Fars)", "Aid (Fars) more", "Aid (Fars)\n", "Aid ((x))",
    "Aid\x1c- Fars", "Aid\u00a0-\u00a0Fars", "Aid \n - \n Fars", "-", ":", "::", "(", "(x)", " - ", "a -", "- a",
    ":a", "a:", "a: ", "a :b", "--", "-- ", " --x", "", "   ",
]


def _spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in separators_in(text)]


def _pattern_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in SEPARATOR.finditer(text)]


@pytest.mark.parametrize("text", TABLE)
def test_separators_in_are_the_matches_on_the_table(text: str) -> None:
    assert _spans(text) == _pattern_spans(text)
    assert title_bounds(text) == _title_bounds_plain(text)


def test_separators_in_are_the_matches_on_every_eval_line() -> None:
    from .conftest import eval_cases

    seen = 0
    for case in eval_cases():
        if case.get("variant") in ("html", "flatpage", "flat"):
            continue
        for line in case["input"].splitlines():
            if len(line) <= 2_000:
                assert _spans(line) == _pattern_spans(line), line
                assert title_bounds(line) == _title_bounds_plain(line), line
                seen += 1
    assert seen > 10_000 or seen == 0


def test_separators_in_are_the_matches_on_random_strings() -> None:
    rnd = random.Random(29)
    alphabet = ["a", "Ab", "2", " ", "  ", "\n", "\t", "\x1c", "\u00a0", "|", ":", "·", "•", "~", ">", "–", "—",
                "/", "\\", "✩", "»", "›", "(", ")", "-", "_", ".", "x)"]
    for _ in range(30_000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 16)))
        assert _spans(text) == _pattern_spans(text), text
        assert title_bounds(text) == _title_bounds_plain(text), text


def test_may_separate_rules_out_no_mark_a_separator_holds() -> None:
    """Every separator's first character that is no white space is a mark :func:`may_separate`
    lets through, on the table and on random strings."""
    rnd = random.Random(30)
    alphabet = ["a", " ", "\x1c", "\u2003", "|", ":", "-", "(", "x)", "—", "/", ">"]
    texts = TABLE + ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 12))) for _ in range(20_000)]
    for text in texts:
        for m in SEPARATOR.finditer(text):
            at = len(m.group()) - len(m.group().lstrip()) + m.start()
            assert may_separate(text, at), (text, m.span())
