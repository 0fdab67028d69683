"""Alternatives: the first-character index of a large alternation gives exactly the whole
pattern's match, on the real lexicon patterns and on made-up ones."""

from __future__ import annotations

import importlib

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from newsclean.alternatives import Alternatives, first_characters

boilerplate = importlib.import_module("newsclean.filters.boilerplate")
shape = importlib.import_module("newsclean.layout.shape")

FIRST = [
    ("share", ["s"]),
    (r"(?:get )?short url", ["g", "s"]),
    (r"(?:\d+\s?)?shares?", [r"\d", "s"]),
    (r"\(?(?:photo|image)s?", [r"\(", "p", "i"]),
    (r"\W{0,3}(?:previous|next)", [r"\W", "p", "n"]),
    (r"[-+*•] item", ["[-+*•]"]),
    (r"\bmost read", ["m"]),
    (r"(?P<x>tags|topics):", ["t", "t"]),
    (r"(?>atomic)", ["a"]),
    (r"\p{Lu}\w+ says", [r"\p{Lu}"]),
    (r"×|x|≡", ["×", "x", "≡"]),
    (r"\ttab", [regex.escape("\t")]),
    # what cannot be told: any character, an empty match, inline flags, unfollowed escapes
    (r".{0,40}cookies", None),
    (r"(?:tags)?", None),
    (r"a*", None),
    (r"(?-i:REUTERS)/", None),
    (r"\x41bc", None),
    (r"(a)\1", ["a"]),
    (r"(?=x)", None),
    (r"[unclosed", None),
]


@pytest.mark.parametrize(("pattern", "expected"), FIRST)
def test_first_characters(pattern, expected):
    assert first_characters(pattern) == expected


def test_a_first_character_set_covers_every_match():
    """Each fragment set admits the first character of strings the pattern matches."""
    for pattern, expected in FIRST:
        if expected is None:
            continue
        compiled = regex.compile(pattern, regex.IGNORECASE)
        for text in ("share", "Short url", "12 shares", "(Photo", "- item", "Most read", "tags:", "atomic",
                     "Jane says", "x", "\ttab", "…previous"):
            if compiled.match(text):
                assert any(regex.fullmatch(f, text[0], regex.IGNORECASE) for f in expected), (pattern, text)


def _lexicon_words() -> list[str]:
    words: set[str] = set()
    for alts in (boilerplate._OPENERS, shape._SECTIONS):
        for _, patterns in alts._groups:
            for p in patterns:
                words.update(regex.findall(r"[^\W\d_]{2,}", p))
    return sorted(words)


WORDS = _lexicon_words()
_piece = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(WORDS).map(str.title),
    st.sampled_from(WORDS).map(str.upper),
    st.sampled_from([" ", " ", ": ", " - ", "(", ")", "!", "?", "»", "12", "3 ", "©", "ſ", "K", "İ", "#", "\u00a0"]),
    st.text(max_size=3),
)
_lines = st.lists(_piece, max_size=6).map("".join)


def _same(alts: Alternatives, text: str) -> None:
    fast, full = alts.fullmatch(text), alts.pattern.fullmatch(text)
    assert (fast is None) == (full is None), text
    if full is not None:
        assert (fast.span(), fast.lastgroup) == (full.span(), full.lastgroup), text


@given(_lines)
def test_openers_index_matches_as_the_whole_pattern(text):
    _same(boilerplate._OPENERS, text)


@given(_lines)
def test_section_index_matches_as_the_whole_pattern(text):
    _same(shape._SECTIONS, text)


@pytest.mark.parametrize("text", ["Share this article", "12 shares", "Most Read", "27 Comments", "Related Stories",
                                  "Tags: Syria, Aleppo", "The army said it had left.", "", "Ша", "ſhare"])
def test_known_lines(text):
    for alts in (boilerplate._OPENERS, shape._SECTIONS):
        _same(alts, text)


def test_groups_and_order_are_kept():
    alts = Alternatives([("first", ["share(?: this)?"]), ("second", ["share this", "menu"])], regex.IGNORECASE)
    assert alts.fullmatch("Share this").lastgroup == "first"
    assert alts.fullmatch("menu").lastgroup == "second"
    assert alts.fullmatch("nothing") is None
    assert alts.candidates("s") == 2 and alts.candidates("m") == 1 and alts.candidates("z") == 0
