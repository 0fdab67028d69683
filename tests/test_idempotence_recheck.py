"""``clean(clean(x).text) == clean(x)`` for text, by construction: :func:`newsclean.clean` cleans
the cleaned text again and carries what that cleaning does onto its first document
(:mod:`newsclean.recheck`), until a cleaning changes nothing.

Classes the spliced fuzz targets (``tests/fuzz/test_fuzz.py``) found, each in hand-written variants:

- a second cleaning removes more: the cleaned text is another page (a junk line of script
  markers gone, a line of prose holds the whole text and is cut into its sentences, which the
  steps then judge one by one);
- a second cleaning lays the kept text on other lines (a sentence the first cleaning kept inside a
  line stands on a line of its own), which removals alone cannot carry;
- a second cleaning repairs further: ftfy judges a line as a whole and re-encodes a piece of a
  long line (a sentence the segment step cut from it) that it left as it was in the line.

And the mechanism itself (:func:`~newsclean.recheck.carry_removals`): removals, line breaks and
rewrites carried, or ``None`` where they cannot be.
"""

from __future__ import annotations

import pytest

import newsclean.api as api
from newsclean import clean
from newsclean.document import Document
from newsclean.recheck import carry_removals


def _stable(page: str) -> str:
    once = clean(page).text
    assert clean(once, format="text").text == once
    return once


# -- a second cleaning removes more ---------------------------------------------------------------

# A page cut inside its article: the tail of a sentence, then the sentence it ends restated, then
# more sentences and a cut-off last one; a line of script markers above it makes the line of prose
# hold too little of the text to be cut into its sentences on the first cleaning.
CUT_STORY = ("Tuesday state media said. At least 22 people were killed in the central city of Homs on Tuesday state "
             "media said. In a breaking news alert state television said 100 people were hurt in the two blasts. "
             "The provincial")


@pytest.mark.parametrize("junk", ["//]]>" * 15, "-->" * 30, "<!--" * 20, "}" * 60])
def test_a_line_of_prose_that_holds_the_text_once_junk_is_gone(junk):
    once = _stable(f"{junk}\n{CUT_STORY}")
    assert "In a breaking news alert" in once
    assert junk not in once


# -- a second cleaning repairs further ------------------------------------------------------------

MOJIBAKE = ["Obs\u00c3\u00a9\u00e2\u20ac\u2122\ufffd\ufffdervatory", "Caf\u00c3\u00a9\u00e2\u20ac\u2122\ufffd\ufffd",
            "r\u00c3\u00a9\u00e2\u20ac\u2122\ufffd\ufffdsum\u00e9"]


@pytest.mark.parametrize("word", MOJIBAKE)
@pytest.mark.parametrize("odd", ["\u2192", "\u4e2d\u6587", "\u2713"])
def test_mojibake_with_lost_bytes_on_a_folded_page(word, odd):
    """A character no one-byte code page holds (an arrow, CJK) keeps ftfy from re-encoding the
    folded line whole; the sentence cut from it holds none, and a second cleaning re-encodes it."""
    page = (f"Home {odd} News Sport Weather AFP Sunday 22 Feb 2015 A suicide bomber killed four people in a "
            "hospital on Sunday in an attack that took the war to the town for the first time a monitoring group "
            f"said. The attack came as the Syrian {word} for Human Rights said nine were hurt. The police closed the "
            "roads around the hospital. Officials said the wounded were taken to the capital.")
    once = _stable(page)
    assert "The police closed the roads around the hospital." in once


# -- no second look at a text a cleaning returned as it was ---------------------------------------

@pytest.mark.parametrize("page", [
    "The council approved the budget on Monday.\nSpending on schools will rise.",
    f"{'//]]>' * 15}\n{CUT_STORY}",
    "Home | News | Sport\nStorm floods valley towns\nThe river rose overnight and cut the valley road, police said.",
])
def test_a_cleaned_text_is_cleaned_once(page, monkeypatch):
    once = clean(page).text
    calls = []
    real = api._recheck
    monkeypatch.setattr(api, "_recheck", lambda *a: calls.append(1) or real(*a))
    assert clean(once, format="text").text == once
    assert calls == []  # the cleaning returned the text as it was: cleaning it again is the same call


# -- the mechanism: what a second cleaning does, carried onto the first document -----------------

def _first() -> Document:
    doc = Document.from_text("Home\nThe council met. It rained all day.\nShare this\nThe end came.")
    return doc.remove(0, 4, "navigation")


@pytest.mark.parametrize(("again", "body"), [
    # a removal: mapped through the non-space characters
    (lambda t: Document.from_text(t).remove(0, 16, "navigation"), "It rained all day.\nShare this\nThe end came."),
    # a line cut: a space becomes a line break
    (lambda t: Document.from_text(t.replace("met. It", "met.\nIt")),
     "The council met.\nIt rained all day.\nShare this\nThe end came."),
    # lines joined: the line breaks between become spaces
    (lambda t: Document.from_text(t.replace("day.\nShare", "day. Share")),
     "The council met. It rained all day. Share this\nThe end came."),
    # a line cut and a removal in it
    (lambda t: (lambda d: d.remove(d.text.index("Share"), d.text.index("Share") + 10, "share"))(
        Document.from_text(t.replace("met. It", "met.\nIt"))),
     "The council met.\nIt rained all day.\nThe end came."),
    # a rewrite (a repair of a piece of a line)
    (lambda t: Document.from_text(t.replace("rained", "rain")),
     "The council met. It rain all day.\nShare this\nThe end came."),
])
def test_carry_removals(again, body):
    first = _first()
    carried = carry_removals(first, again(first.body()))
    assert carried is not None
    assert carried.body() == body
    assert [r.text for r in carried.removals][:1] == ["Home"]
    for r in carried.removals:
        assert carried.text[r.start:r.end] == r.text


def test_carry_removals_refuses_what_it_cannot_carry():
    first = Document.from_text("The council met.xyz It rained.").remove(16, 19, "junk")
    # a line break between two kept characters with no white space between them in the first text
    assert carry_removals(first, Document.from_text("The council met.\nIt rained.")) is not None
    tight = Document.from_text("The council metxyz. It rained.").remove(15, 18, "junk")
    assert carry_removals(tight, Document.from_text("The council met\n. It rained.")) is None
    # a rewrite over a removal
    assert carry_removals(tight, Document.from_text("The council meT! It rained.")) is None
    assert carry_removals(tight, Document.from_text("The council mat. It rained.")) is not None  # beside it
