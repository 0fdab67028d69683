"""Trailing agency codes: what moves to metadata, and what stays in the body."""

from __future__ import annotations

import pytest

from newsclean import Document
from newsclean.filters.agency import agency

BODY = "The convoy reached the town on Monday, officials said."

MOVED = [  # (trailing lines, agency_code, agency)
    (["219-11"], "219-11", None),
    (["1234/56"], "1234/56", None),
    (["(219-11)"], "219-11", None),
    (["jm/ts"], "jm/ts", None),
    (["bur-sst/jj"], "bur-sst/jj", None),
    (["(AFP)"], None, "AFP"),
    (["— Reuters"], None, "Reuters"),
    (["219-11", "(IRNA)"], "219-11", "IRNA"),
]

KEPT = [
    "2-1",                      # a final score
    "12-10",
    "2015-16",                  # a season
    "2015-2016",
    "Arsenal 2-1 Chelsea",
    "The vote was 219-11 in favour.",
    "Call 555-1234 for tickets.",
]


@pytest.mark.parametrize("tail, code, name", MOVED)
def test_trailing_codes_move_to_metadata(tail, code, name):
    doc = agency(Document.from_text("\n".join([BODY, *tail])))
    assert doc.body() == BODY
    assert doc.metadata.get("agency_code") == code
    assert doc.metadata.get("agency") == name
    assert {r.reason for r in doc.removals} == {"agency_code"}


@pytest.mark.parametrize("line", KEPT)
def test_scores_ranges_and_sentences_stay(line):
    text = f"{BODY}\n{line}"
    doc = agency(Document.from_text(text))
    assert doc.body() == text and "agency_code" not in doc.metadata


def test_only_trailing_lines_count():
    text = f"219-11\n{BODY}"
    assert agency(Document.from_text(text)).body() == text


def test_a_page_of_codes_alone_is_left_as_it_is():
    assert agency(Document.from_text("219-11\njm/ts")).body() == "219-11\njm/ts"
