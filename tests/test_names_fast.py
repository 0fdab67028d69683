"""The byline test's shortcut answers what the plain rule answers (issue 18): :func:`names.byline_tuple` rules
a line out by what each of its three forms needs first (a byline word's first two letters, a name's first two
words and a role's separator, a year) before its bounds and patterns; the plain rule below tries them in order.
Compared on a table, on random strings of the pieces of bylines and on every line of the eval pages."""

from __future__ import annotations

import functools
import random
from collections.abc import Callable

import pytest

from newsclean import names
from newsclean.dates import find_dates, line_holds_year
from newsclean.lexicon import BYLINE_PREFIXES, all_of
from newsclean.sentences import ends_sentence

from .conftest import eval_cases


def _plain(line: str) -> tuple[str, ...] | None:
    """``byline_tuple`` as it read before its first tests (f895a34), its role form asked of every line holding a
    separator and a role's word (not only of those opening as a name may)."""
    if ((len(line) > 2 * names._MAX_WORDS and len(line.split(None, names._MAX_WORDS)) > names._MAX_WORDS)
            or (ends_sentence(line, names._PROSE_STOPS) and not line.endswith("."))):
        return None
    m = names._PREFIX.match(line) if names._PREFIX_OPENS[line[:1]] else None
    if m:
        return tuple(names._names(line[m.end():])[0]) or None
    if names._may_part_a_role(line) and names._names_a_role(line.casefold()):
        found, ends = names._names(line)
        for k, end in enumerate(ends):
            if names._role_follows(line, end):
                return tuple(found[:k + 1])
    if (line_holds_year(line) and (inner := names._INNER_BY.search(line)) is not None
            and find_dates(line[:inner.start()])):
        return tuple(names._names(line[inner.end():])[0]) or None
    return None


LINES = [
    "", "B", "By", "by Jane", "By Jane Doe and John Roe, Reuters", "BY JANE DOE", "ſtory by Jane Doe",
    "Story By Jane Doe", "ıBy Jane", "BÝ Jane Doe", "Written by Jane Doe", "WRİTTEN BY Jane Doe", "Dİ Mario Rossi",
    "di Mario Rossi", "Von Hans Müller", "Par Jean Dupont", "Por Juan Pérez", "Door Jan de Vries", "Author: Jane Doe",
    "Autorin: Anna Schmidt", "Posted by Jane Doe", "Words by Jane Doe", "By Monday, the army had left the town.",
    "Jane Doe | Staff writer", "Jane Doe, Reuters correspondent in Cairo", "Jane Doe – Staff writer",
    "Jane Doe — Staff writer", "Jane Doe - Staff writer", "Jane Doe staff writer", "jane doe, staff writer",
    "Michael Madden, editor of the Leadership Watch, said the leader wants ties with Europe.",
    "Robert Burns, AP National Security Writer", "Posted on June 12, 2019 by Margaret Olsen",
    "June 12, 2019 by Margaret Olsen", "June 12 by Margaret Olsen", "Email the author", "Staff and agencies",
    "Élodie Durand, correspondante", "İstanbul, editor", "By Jane Doe?", "By Jane Doe;", "By Jane Doe.",
    "By " + "Jane " * 40, "Jane Doe, " + "word " * 40 + "writer", "٢٠١٩ by Jane Doe", "\ud800 By Jane Doe",
]


@pytest.mark.parametrize("line", LINES)
def test_byline_tuple_is_the_plain_rule(line):
    assert names.byline_tuple.__wrapped__(line) == _plain(line)


@functools.lru_cache(maxsize=1)
def _eval_lines() -> tuple[str, ...]:
    """Every line of the eval pages' text inputs (not HTML, not a page folded to one line), stripped: read once
    for the tests below."""
    return tuple(line.strip() for case in eval_cases() if case.get("variant") not in ("html", "flatpage")
                 for line in case["input"].splitlines())


def _stands_in(may: Callable[[str], bool], holds: Callable[[str], bool], lines: list[str]) -> tuple[int, int]:
    """Assert that the pretest ``may`` holds of every line of ``lines`` that ``holds`` is true of (it stands in for
    ``holds`` on the lines it rules out); return how many lines ``holds`` is true of and how many others ``may``
    rules out."""
    found = ruled_out = 0
    for line in lines:
        if holds(line):
            assert may(line), line
            found += 1
        else:
            ruled_out += not may(line)
    return found, ruled_out


def test_byline_tuple_is_the_plain_rule_on_random_strings_and_eval_lines():
    rng = random.Random(2026)
    pieces = ["By", "by", "BY", "ſ", "İ", "ı", "Story", "story by", "written", "Von", "par", "Di", "Door", "Author",
              ":", " ", "  ", "\t", "\u00a0", "Jane", "Doe", "de", "van", "J.", ",", "|", "-", "–", "—", "and", "&",
              "staff", "Writer", "editor", "Reuters", "correspondent", "June", "12", "2019", "Monday", "said", ".",
              "?", ";", "”", "x", "é", "Ö", "Ludwig", "van", "der", "y", "E.", "\x1c", "\u2003", "\u3000", ")", "'",
              "’", "(AP)", "»"]
    lines = [*LINES, *("".join(rng.choice(pieces) for _ in range(rng.randint(0, 16))) for _ in range(30_000))]
    lines += _eval_lines()
    found = 0
    for line in lines:
        plain = _plain(line)
        assert names.byline_tuple.__wrapped__(line) == plain, line
        found += plain is not None
    assert found > 500


def test_the_separators_spelt_out_are_the_roles():
    assert set(names._ROLE_SEPARATORS) == set(",|-–—")


def _name_pieces_lines() -> list[str]:
    """Random strings of name words, particles, white space of every kind and the marks around names."""
    rng = random.Random(20261207)
    pieces = ["Jane", "Doe", "J.", "J", "O'Neil", "Jean-Luc", "D’Arcy", "de", "van", "der", "y", "la", "Von", "DE",
              "É", "ǅ", "ß", "Ⓐ", "x", "the", "Monday", "June", "3", " ", "  ", "\t", "\n", "\x1c", "\x1f", "\x85",
              "\u00a0", "\u2003", "\u3000", "\u180e", ",", ";", ":", "!", "?", "|", ")", "(", '"', "”", "»", ".", "-",
              "’", "'"]
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 8))) for _ in range(40_000)]


def test_a_name_opens_only_lines_of_two_name_words():
    """``names._opens_two_name_words`` holds of every line ``_NAME_RE`` matches at its start (the test stands in
    for that match, so it may hold of more lines, never of fewer): random strings of name pieces and every line of
    the eval pages, where it also rules most lines out."""
    lines = _name_pieces_lines()
    lines += _eval_lines()
    matched, ruled_out = _stands_in(names._opens_two_name_words, lambda line: names._NAME_RE.match(line) is not None,
                                    lines)
    assert matched > 5_000 and ruled_out > matched


def test_a_dated_by_is_searched_only_where_a_byline_word_stands():
    """``names._may_hold_inner_by`` holds of every line ``_INNER_BY`` finds a match in (it stands in for the search
    on the lines it rules out): random strings of byline words in every case, the characters the engine folds and
    white space of every kind, and every line of the eval pages, where it also rules most dated lines out."""
    rng = random.Random(35)
    pieces = [*all_of(BYLINE_PREFIXES), "BY", "bY", "ſtory by", "İ", "ı", "K", "DOOR", "Autorin", "VON",
              "Por", "pAr", "dI", " ", "  ", "\t", "\n", "\x1c", "\x85", "\u00a0", "\u2003", "\u3000", "Jane", "Ö",
              "jane", "June 12, 2019", "2019", ",", ":", "x", "y", "b", "é"]
    lines = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 10))) for _ in range(40_000)]
    lines += _eval_lines()
    found, ruled_out = _stands_in(names._may_hold_inner_by, lambda line: names._INNER_BY.search(line) is not None,
                                  lines)
    assert found > 1_000 and ruled_out > found


def test_the_heads_table_reads_the_openings_as_they_read_a_line():
    """``names._head_opens`` (kept in ``names._HEADS``) answers for a line's first two characters what the
    Openings and the byline words' first letters answer of them: every character below U+3000 (the scripts
    with case, the combining marks, the Kelvin and long-s folds) alone and before a sample of second
    characters (a byline word's second letters, a capital, a space, the engine's odd folds)."""
    seconds = ("", "y", "Y", "e", "o", "i", " ", "ſ", "ı", "İ", "\u0307", "é", "1")

    def plain(head: str) -> tuple[bool, bool]:
        opening = head[:1]
        pair = names.lowered_as_matched(head)
        return names._PREFIX_OPENS[opening] and pair in names._PREFIX_PAIRS, names._NAME_OPENS[opening]

    for code in range(0x3000):
        for second in seconds:
            head = chr(code) + second
            assert names._head_opens(head) == plain(head), head
            assert names._HEADS.get(head, plain(head)) == plain(head), head
