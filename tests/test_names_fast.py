"""The byline test's shortcut answers what the plain rule answers (issue 18): :func:`names.byline_tuple` rules
a line out by what each of its three forms needs first (a byline word's first two letters, a capital and a
role's separator, a year) before its bounds and patterns; the plain rule below tries them in order. Compared on
a table, on random strings of the pieces of bylines and on every line of the eval pages."""

from __future__ import annotations

import random

import pytest

from newsclean import names
from newsclean.dates import find_dates, line_holds_year
from newsclean.sentences import ends_sentence

from .conftest import eval_cases


def _plain(line: str) -> tuple[str, ...] | None:
    """``byline_tuple`` as it read before its first tests (f895a34)."""
    if ((len(line) > 2 * names._MAX_WORDS and len(line.split(None, names._MAX_WORDS)) > names._MAX_WORDS)
            or (ends_sentence(line, names._PROSE_STOPS) and not line.endswith("."))):
        return None
    m = names._PREFIX.match(line) if names._PREFIX_OPENS[line[:1]] else None
    if m:
        return tuple(names._names(line[m.end():])[0]) or None
    if names._NAME_OPENS[line[:1]] and names._may_part_a_role(line) and names._names_a_role(line.casefold()):
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


def test_byline_tuple_is_the_plain_rule_on_random_strings_and_eval_lines():
    rng = random.Random(2026)
    pieces = ["By", "by", "BY", "ſ", "İ", "ı", "Story", "story by", "written", "Von", "par", "Di", "Door", "Author",
              ":", " ", "  ", "\t", "\u00a0", "Jane", "Doe", "de", "van", "J.", ",", "|", "-", "–", "—", "and", "&",
              "staff", "Writer", "editor", "Reuters", "correspondent", "June", "12", "2019", "Monday", "said", ".",
              "?", ";", "”", "x", "é", "Ö"]
    lines = [*LINES, *("".join(rng.choice(pieces) for _ in range(rng.randint(0, 16))) for _ in range(30_000))]
    for case in eval_cases():
        if case.get("variant") not in ("html", "flatpage"):
            lines += [line.strip() for line in case["input"].splitlines()]
    found = 0
    for line in lines:
        plain = _plain(line)
        assert names.byline_tuple.__wrapped__(line) == plain, line
        found += plain is not None
    assert found > 500


def test_the_separators_spelt_out_are_the_roles():
    assert set(names._ROLE_SEPARATORS) == set(",|-–—")
