"""The weighed page the paragraphs step and its helpers share (:mod:`newsclean.layout.weighed`)."""

from __future__ import annotations

import pytest

from newsclean.document import Document
from newsclean.filters.paragraphs import _RULES, _reweigh, _weigh
from newsclean.layout.weighed import PARAGRAPH_WEIGHT, SECTION_WEIGHT, Weighed

PROSE = "The council approved the new budget on Monday after a long debate, officials said."
LINES = ["Most Read", PROSE, "Spending rose", PROSE.rstrip("."), "Share"]


@pytest.mark.parametrize(("i", "weight", "kept", "heading", "prose"), [
    (0, SECTION_WEIGHT, True, True, False),        # a section heading
    (1, 12.0, True, False, True),                  # prose: weighs as a paragraph and ends a sentence
    (2, 0.5, True, False, False),                  # a short line
    (3, PARAGRAPH_WEIGHT, True, False, False),     # weighs enough, but no sentence ends it
    (4, SECTION_WEIGHT, False, False, False),      # removed by an earlier step: neither
])
def test_what_a_paragraph_is(i, weight, kept, heading, prose):
    doc = Document.from_text("\n".join(LINES))
    doc = doc.remove_blocks(doc.blocks[4:], "share")
    page = Weighed(doc, [SECTION_WEIGHT, 12.0, 0.5, PARAGRAPH_WEIGHT, SECTION_WEIGHT], [0, 1, 2, 3, None])
    page.weights[i] = weight
    assert (page.text(i) is not None, page.heading(i), page.prose(i)) == (kept, heading, prose)


def test_reweighing_makes_a_new_page():
    page = Weighed(Document.from_text("a\nb"), [1.0, 2.0], [0, 1])
    new = page.reweighed({1}, lambda w: w * 10)
    assert (page.weights, new.weights, new.doc is page.doc) == ([1.0, 2.0], [1.0, 20.0], True)


def test_the_rules_run_in_order_and_report_by_name():
    assert [r.name for r in _RULES] == ["subheadings", "inner_boxes", "slides", "cards"]
    doc = Document.from_text("\n".join([PROSE, "Related Links", "Mayor Quits", PROSE + " It rose."]))
    page, found = _reweigh(_weigh(doc))
    assert found == {"subheadings": set(), "inner_boxes": {1, 2}, "slides": set(), "cards": set()}
    assert page.weights[1:3] == [0.0, 0.0]
