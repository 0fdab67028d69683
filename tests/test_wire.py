"""Wire furniture: the inline dateline prefix goes (the sentence stays), credit lines go."""

from __future__ import annotations

import pytest

from newsclean import clean

REST = "The army said it had repelled the attack on the town, killing dozens of fighters."


@pytest.mark.parametrize(("prefix", "place", "agency"), [
    ("BEIRUT (Reuters) - ", "BEIRUT", "Reuters"),
    ("WASHINGTON (AP) — ", "WASHINGTON", "AP"),
    ("HANOI, Vietnam (AP) — ", "HANOI, Vietnam", "AP"),
    ("LONDON, March 21 (Reuters) - ", "LONDON", "Reuters"),
    ("(Reuters) — ", None, "Reuters"),
    ("PARIS (AFP) - ", "PARIS", "AFP"),
])
def test_inline_wire_dateline(prefix, place, agency):
    r = clean(prefix + REST)
    assert r.text == REST
    assert r.metadata.get("dateline") == place
    assert r.metadata["agency"] == agency
    assert [x.reason for x in r.removed] == ["wire_dateline"]


@pytest.mark.parametrize("text", [
    "The (Reuters) report was wrong, officials said on Monday.",
    "According to (Reuters) - the group, the talks failed.",   # the agency does not open the line
    "Beirut - The army said so on Monday.",
])
def test_not_a_wire_dateline(text):
    assert clean(text).text == text


@pytest.mark.parametrize("line", [
    "(Reporting by Greg Roumeliotis; Editing by Martin Howell)",
    "Reporting by Jane Doe; editing by John Roe",
    "Additional reporting by Ann Lee in London",
    "Writing by Jane Doe; Editing by John Roe",
    "-- Compiled by Planet staff",
    "Keith Bradsher contributed reporting from Hong Kong.",
    "Fox News' Jessica Napoli contributed to this report.",
    "Associated Press writers Alan Fram and Zeke Miller contributed to this report.",
])
def test_credit_lines_go(line):
    r = clean(f"{REST}\n{line}")
    assert r.text == REST
    assert [x.reason for x in r.removed] == ["agency_trailer"]


def test_sentence_about_reporting_stays():
    text = f"{REST}\nReporting by local journalists was restricted for weeks, the group said."
    assert clean(text).text == text


@pytest.mark.parametrize("line", [
    "The council contributed reporting equipment to the school.",
    "She contributed to this report's findings, and then she left the panel for good.",
    "Many readers contributed to this report. They sent photos.",
])
def test_sentences_about_contributing_stay(line):
    assert clean(f"{REST}\n{line}").text == f"{REST}\n{line}"
