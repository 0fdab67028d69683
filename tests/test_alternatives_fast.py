"""The shortcuts inside alternatives.py answer what the plain code answers, on any input.

- ``Alternatives.may_begin`` tries only the beginnings whose first class holds the text's first
  character, where it tried the whole tree of beginnings (``_beginnings``): same answer at any place,
  with any bounds.
- ``AnyOf.needs`` folds an ASCII span with ``str.lower`` (``str.casefold`` otherwise, and only where a
  word's run of ASCII letters, ``_NEEDED_CORES``, stands in the span's lower-cased ASCII bytes) and looks
  the needed words up one by one: same answer as ``any(word in span.casefold() for word in NEEDED)``.
"""

from __future__ import annotations

import importlib

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from newsclean import alternatives
from newsclean.alternatives import NEEDED, Alternatives, AnyOf

boilerplate = importlib.import_module("newsclean.filters.boilerplate")
shape = importlib.import_module("newsclean.layout.shape")
closing_headings = importlib.import_module("newsclean.layout.closing_headings")
head_units = importlib.import_module("newsclean.layout.head_units")

_TABLE = [
    (["share(?: this)?", r"\d+ shares"], regex.IGNORECASE),
    (["view all", "advertisement", r"\W{0,3}next"], regex.IGNORECASE),
    ([r"(?:\d+ )?comments", "most (?:read|popular)", r"[-•] item"], regex.IGNORECASE),
    (["ad", "a", "x(?:y|z)w"], 0),
    ([r"\bmost", r"[A-Z]{2,}\d"], 0),
]
_ALPHABET = "aAbBsShHrReExXnNtTdDvVmMoO ſİıK«»-•·:.!?()[]12309é\tß\u00a0\x1c中"


def _module_alternations() -> list[Alternatives]:
    """Every Alternatives the code builds at import, and the one inside every AnyOf."""
    found = [v for m in (boilerplate, shape, closing_headings, head_units) for v in vars(m).values()
             if isinstance(v, Alternatives)]
    found += [v._own for m in (closing_headings, head_units) for v in vars(m).values() if isinstance(v, AnyOf)]
    return [alts for alts in found if alts._beginnings is not None]


def _plain_may_begin(alts: Alternatives, text: str, pos: int, end: int | None) -> bool:
    """may_begin as it was: the whole tree of beginnings at ``pos``."""
    found = alts._beginnings
    return found is None or found.match(text, pos, len(text) if end is None else end) is not None


def _same_beginnings(alts: Alternatives, text: str) -> None:
    n = len(text)
    for pos in {-2, -1, 0, 1, 2, n - 1, n, n + 1}:
        for end in {None, -1, 0, pos, pos + 1, pos + 3, pos + 4, n, n + 5}:
            assert alts.may_begin(text, pos, end) == _plain_may_begin(alts, text, pos, end), (text, pos, end)


@pytest.mark.parametrize(("patterns", "flags"), _TABLE)
def test_may_begin_answers_as_the_whole_tree_on_the_table(patterns, flags):
    alts = Alternatives([(None, patterns)], flags)
    for c in map(chr, range(160)):  # every ASCII character first, and then some
        for text in (c, c + "iew all", c + "hare", c + "2 shares", c + "dvert", c + "ost read", c + "YZ9"):
            _same_beginnings(alts, text)
    assert len(alts._begins_with) <= 128  # one pattern (or None) for each ASCII character at most


@given(st.text(alphabet=_ALPHABET, max_size=10), st.integers(-3, 12), st.one_of(st.none(), st.integers(-3, 14)))
def test_may_begin_answers_as_the_whole_tree_on_random_strings(text, pos, end):
    for patterns, flags in _TABLE:
        alts = Alternatives([(None, patterns)], flags)
        assert alts.may_begin(text, pos, end) == _plain_may_begin(alts, text, pos, end), (patterns, text, pos, end)
    for alts in _module_alternations():
        assert alts.may_begin(text, pos, end) == _plain_may_begin(alts, text, pos, end), (text, pos, end)


def test_may_begin_answers_as_the_whole_tree_on_every_eval_line():
    """Every alternation the code builds, at the first places of every line of the evaluation data and
    at each of its tokens (where layout.closing_headings asks): may_begin reads the first _BEGINNING characters
    at a place (fewer at a bound), so each distinct run of them is asked, bounded and not."""
    from .conftest import eval_cases
    lines = {line[:80] for case in eval_cases() if case.get("variant") != "html"
             for line in case["input"].splitlines()}
    heads = {line[pos:pos + alternatives._BEGINNING + 1] for line in lines
             for pos in [0, 1, 2, *(m.start() for m in regex.finditer(r"\S++", line))]}
    found = _module_alternations()
    assert len(found) >= 6 and len(heads) > 10_000
    for alts in found:
        for text in heads:
            for end in (None, alternatives._BEGINNING, 2):
                assert alts.may_begin(text, 0, end) == _plain_may_begin(alts, text, 0, end), text


def _plain_needs(any_of: AnyOf, text: str, start: int = 0, end: int | None = None) -> bool:
    """AnyOf.needs as it was: the span's casefold, any needed word in it."""
    if any_of._always:
        return True
    folded_ = text[start:end].casefold()
    return any(word in folded_ for word in NEEDED)


_NEEDS = ["Jane says", "JANE SAYS", "ſays", "reached at", "REACHED AT", "Reached\u00a0at", "saysß", "sayſ",
          "Jo may be reacheD At jo@x.com", "The council met", "", "sa ys", "İ says", "réached at", "Says"]


@pytest.mark.parametrize("text", _NEEDS)
def test_needs_answers_as_casefold_on_the_table(text):
    for any_of in (closing_headings._HEADING_START, closing_headings._SHARE_BAR, head_units._BUTTONS,
                   AnyOf(["comments", r"[\w.@-]{2,30} says"], regex.IGNORECASE)):
        for start, end in ((0, None), (1, None), (0, 4), (2, len(text) - 1)):
            assert any_of.needs(text, start, end) == _plain_needs(any_of, text, start, end), (text, start, end)


def test_needed_cores_come_from_ascii_letters_only():
    """Each run of _NEEDED_CORES stands in its word where no character that is not ASCII can give one of
    its letters in a case folding: no such character's folding, set against the word at any offset,
    agrees with the word where they overlap and covers a letter of the run (read on all of Unicode)."""
    import sys
    cores = dict(zip(NEEDED, alternatives._NEEDED_CORES, strict=True))
    for word, core in cores.items():
        first = word.index(core.decode("ascii"))
        run = range(first, first + len(core))
        letters = set(word)
        for c in map(chr, range(128, sys.maxunicode + 1)):
            folded_ = c.casefold()
            if not letters.intersection(folded_):
                continue
            for at in range(1 - len(folded_), len(word)):  # folded_[j] stands over word[at + j]
                over = [j for j in range(len(folded_)) if 0 <= at + j < len(word)]
                if all(folded_[j] == word[at + j] for j in over):
                    assert not any(at + j in run for j in over), (word, c)


@given(st.text(alphabet="sSaAyYdDrReEcChHtT ſßẞẚẙẗﬅﬆ\u00a0İı.", max_size=16))
def test_needs_answers_as_casefold_on_random_strings(text):
    assert closing_headings._HEADING_START.needs(text) == _plain_needs(closing_headings._HEADING_START, text)
    assert head_units._BUTTONS.needs(text, 1) == _plain_needs(head_units._BUTTONS, text, 1)
