"""A title's separators found where their mark stands (``titles.separators_in``) are the pattern's
matches (``titles.SEPARATOR.finditer``), which tries its alternatives at every character (issue 18):
on a table of separators of every kind with and without white space around them, on every line of
the eval pages, and on random strings of marks, words and white space (``\\x1c``-``\\x1f`` are white
space to ``str.isspace``, not to the pattern)."""

from __future__ import annotations

import random

import pytest

from newsclean.titles import (
    SEPARATOR,
    SPACES_BEFORE,
    may_separate,
    separator_at,
    separators_in,
    spaces_start,
    title_bounds,
)

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


def _places_texts() -> list[str]:
    rnd = random.Random(37)
    alphabet = ["a", "Ab", "2", " ", "  ", "\n", "\t", "\x1c", "\x1f", "\x85", "\u00a0", "\u2009", "|", ":", "·",
                "•", "~", ">", "–", "—", "/", "\\", "✩", "»", "›", "(", ")", "-", "_", ".", "x)", "é\u0301"]
    return TABLE + ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 16))) for _ in range(20_000)]


def test_separator_at_is_the_match_at_every_place() -> None:
    """``titles.separator_at`` answers ``SEPARATOR.match`` at every place of the table and of random strings
    of marks, words and white space (of both kinds: ``\\x1c``, ``\\x85``), up to the end and short of it."""
    ruled_out = 0
    for text in _places_texts():
        for pos in range(len(text) + 1):
            for end in {len(text), min(len(text), pos + 1), min(len(text), pos + 2)}:
                got, want = separator_at(text, pos, end), SEPARATOR.match(text, pos, end)
                assert (None if got is None else got.span()) == (None if want is None else want.span()), (text, pos)
                ruled_out += got is None
    assert ruled_out > 10_000


def test_spaces_start_is_the_reversed_match_at_every_place() -> None:
    for text in _places_texts():
        for at in range(len(text) + 1):
            for pos in {0, max(0, at - 1), at}:
                assert spaces_start(text, pos, at) == SPACES_BEFORE.match(text, pos, at).start(), (text, pos, at)
