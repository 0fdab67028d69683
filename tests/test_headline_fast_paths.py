"""The title step's shortcuts give what the plain rules give (issue 18; see tests/test_fast_paths.py
for the other steps'): a copy of the headline found with ``str.find`` where a pattern was compiled
for each headline."""

from __future__ import annotations

import random

import pytest
import regex

from newsclean.titles import printed_copies


def _pattern_copies(text: str, headline: str) -> list[tuple[int, int]]:
    """What the title step compiled for each folded page's headline, and its matches."""
    opening = regex.compile(r"\s++".join(regex.escape(w) for w in headline.split()))
    return [m.span() for m in opening.finditer(text)]


# (text, headline): copies with line breaks, tabs, no-break and em spaces inside, copies next to
# each other and overlapping, words glued to the copy, a different case, the separators \x1c-\x1f
# (white space to str.split, not to the pattern's \s), regex's special characters, and no headline.
COPIES = [
    ("Home Podium for\n  Canuck By CP Podium for Canuck The bronze", "Podium for Canuck"),
    ("Podium for Canuck podium for canuck PODIUM FOR CANUCK", "Podium for Canuck"),
    ("Podium forCanuck Podium for Canucks XPodium for Canuck", "Podium for Canuck"),
    ("Aid\u00a0Arrives Aid\u2003Arrives Aid\tArrives Aid\x1cArrives", "Aid Arrives"),
    ("Aid Arrives", "Aid\x1cArrives"),
    ("a a a a a", "a a"),
    ("aa aa", "a a"),
    ("Cell Phones Keep You Up? (Maybe) [1] Cell  Phones Keep You Up? (Maybe) [1]",
     "Cell Phones Keep You Up? (Maybe) [1]"),
    ("Price: $5.00 + tax* Price: $5.00 + tax*", "Price: $5.00 + tax*"),
    ("", "Aid Arrives"),
    ("Aid Arrives", ""),
    ("Aid Arrives", "   "),
    ("北京 时间 北京  时间", "北京 时间"),
]


@pytest.mark.parametrize(("text", "headline"), COPIES)
def test_printed_copies_are_the_patterns_matches(text, headline):
    assert list(printed_copies(text, headline)) == _pattern_copies(text, headline)


def test_printed_copies_on_random_strings():
    rnd = random.Random(18)
    alphabet = ["a", "b", "ab", "A", " ", "  ", "\n", "\t", "\x1c", "\u00a0", "\u2003", "é", ".", "*"]
    for _ in range(20_000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 14)))
        headline = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 6)))
        assert list(printed_copies(text, headline)) == _pattern_copies(text, headline), (text, headline)
