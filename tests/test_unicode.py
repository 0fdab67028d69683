"""Text repair: what is fixed, and what is left as the author wrote it."""

from __future__ import annotations

import pytest

from newsclean import Document
from newsclean.filters.unicode import repair

FIXED = [
    ("the terroristsâ€™ assault", "the terrorists’ assault"),   # UTF-8 read as cp1252
    ("CafÃ© culture", "Café culture"),
    ("Tom &amp; Jerry", "Tom & Jerry"),                          # entity left in text
    ("line one\r\nline two\rthree", "line one\nline two\nthree"),
    ("a\u00a0b\u2009c", "a b c"),                                # no-break and thin spaces
    ("zero\u200bwidth\ufeff", "zerowidth"),
    ("bell\x07 char", "bell char"),
    ("lone \ud800 surrogate", "lone \ufffd surrogate"),
]

KEPT = [
    "“Curly quotes” stay curly",
    "Ｆｕｌｌｗｉｄｔｈ ＣＪＫ forms stay",
    "Ligature ﬁne stays",
    "Tabs\tbecome spaces but words stay",
    "naïve café résumé",
    "שלום עולם",
]


@pytest.mark.parametrize("raw, fixed", FIXED)
def test_repairs(raw, fixed):
    assert repair(Document.from_text(raw)).text == fixed


@pytest.mark.parametrize("text", KEPT)
def test_leaves_good_text_alone(text):
    assert repair(Document.from_text(text)).text == text.replace("\t", " ")


def test_refuses_to_rewrite_after_removals():
    doc = Document.from_text("a\nb").remove(0, 1, "x")
    with pytest.raises(ValueError, match="before any removal"):
        repair(Document.from_text("a &amp; b")).remove(0, 1, "x").with_text("other")
    assert doc.with_text(doc.text) is doc
