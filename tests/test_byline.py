"""Bylines: names into metadata["authors"], the line out of the body; sentences that open with
"By" stay."""

from __future__ import annotations

import pytest

from newsclean import clean
from newsclean.names import byline_names

BODY = "The city council approved the new budget on Monday after a debate that lasted all night."


@pytest.mark.parametrize(("line", "names"), [
    ("By Jane Doe", ["Jane Doe"]),
    ("By Jane Doe, Reuters", ["Jane Doe"]),
    ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
    ("By Jane Doe, John Roe & Ann Lee", ["Jane Doe", "John Roe", "Ann Lee"]),
    ("by Laura June Topolsky July 10, 2015", ["Laura June Topolsky"]),
    ("By Sarah E. Needleman", ["Sarah E. Needleman"]),
    ("Jane Doe | Staff writer", ["Jane Doe"]),
    ("Written by Mary-Jane van der Berg", ["Mary-Jane van der Berg"]),
    ("Von Max Mustermann", ["Max Mustermann"]),
    ("Par Alexandre Hervaud et Jérémy Piette — 24 novembre 2017 à 18:42", ["Alexandre Hervaud", "Jérémy Piette"]),
    ("Email the author", None),
    ("By Monday, the army had left the town.", None),
    ("By the way", None),
    ("Byline", None),
    ("The mayor spoke by phone with Jane Doe on Monday and said the plan would go ahead as agreed.", None),
])
def test_byline_names(line, names):
    assert byline_names(line) == names


def test_byline_goes_to_metadata():
    r = clean(f"By Jane Doe and John Roe\n{BODY}")
    assert r.authors == ["Jane Doe", "John Roe"]
    assert r.text == BODY
    assert [x.reason for x in r.removed] == ["byline"]


def test_by_on_a_line_of_its_own():
    r = clean(f"By\nSarah E. Needleman\n{BODY}")
    assert r.authors == ["Sarah E. Needleman"] and r.text == BODY
