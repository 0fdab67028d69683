"""The lead paragraph goes to metadata only when it is a restated summary under the head."""

from __future__ import annotations

from newsclean import Document
from newsclean.filters.dateline import dateline
from newsclean.filters.summary import summary
from newsclean.filters.title import title

HEAD = "Army Repels Attack in Aleppo\nArmy Repels Attack in Aleppo\nMon Mar 21, 2016 16:25:32\n"
LEAD = "The army repelled a massive attack in Aleppo province, killing 50 militants, reports said."
RESTATING = [
    "The army repelled the massive attack on two villages in Aleppo province, officials said.",
    "At least 50 militants were killed and many more wounded, according to the reports.",
    "Fighting has gone on in the region for weeks.",
]
NEW_STORY = [
    "Aid groups warned on Tuesday that food stocks in the city would run out within days.",
    "The United Nations said convoys were waiting at the border for permission to cross.",
    "Fighting has gone on in the region for weeks.",
]


def run(text: str) -> Document:
    return summary(dateline(title(Document.from_text(text))))


def test_restated_lead_after_the_head_becomes_the_summary():
    doc = run(HEAD + "\n".join([LEAD, *RESTATING]))
    assert doc.metadata["summary"] == LEAD
    assert doc.body() == "\n".join(RESTATING)
    assert [r.reason for r in doc.removals if r.text == LEAD] == ["summary"]


def test_a_lead_the_story_does_not_restate_stays():
    doc = run(HEAD + "\n".join([LEAD, *NEW_STORY]))
    assert "summary" not in doc.metadata and doc.body().startswith(LEAD)


def test_without_a_headline_or_dateline_above_nothing_moves():
    text = "\n".join([LEAD, *RESTATING])
    assert run(text).body() == text


def test_too_few_following_paragraphs_keep_the_lead():
    doc = run(HEAD + "\n".join([LEAD, *RESTATING[:2]]))
    assert "summary" not in doc.metadata


def test_a_long_lead_is_body_not_summary():
    long_lead = " ".join([LEAD] * 6)
    doc = run(HEAD + "\n".join([long_lead, *RESTATING]))
    assert "summary" not in doc.metadata
