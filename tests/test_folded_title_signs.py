"""Signs of a folded page's headline (issue 15, the ``flatpage`` form): a colon before a word in
lower case joins a headline's two halves (no part of a trail), an initialism's dot ends a headline
as no sentence's stop does, and a short headline printed again right after the browser title's
trail is confirmed by that copy."""

from __future__ import annotations

import pytest

from newsclean import clean
from newsclean.headlines.browser import _colon_half, printed_part
from newsclean.layout.title_copies import trail_copy
from newsclean.words import headline_shaped

_BODY = ("The council approved the budget on Monday after a long debate about the new bridge over the river. "
         "The mayor said the work would start in the spring and end before the winter. "
         "Residents who spoke at the meeting asked for more buses on the northern routes.")


@pytest.mark.parametrize(("line", "printed", "part"), [
    # the second half of a headline after its colon, printed as a line of its own: no part
    ("Headset hands-on: the display moment for all", {"the display moment for all": "the display moment for all"},
     None),
    ("Headset hands-on: the display moment - The Site", {"the display moment": "the display moment"}, None),
    # a site's name or section after a colon is capitalised: a part as before
    ("SFGate: World Views", {"world views": "World Views"}, "World Views"),
    ("Aid Arrives | Fars", {"aid arrives": "Aid Arrives"}, "Aid Arrives"),
])
def test_colon_half_is_no_part(line, printed, part):
    assert printed_part(line, printed) == part


@pytest.mark.parametrize(("line", "a", "b", "half"), [
    ("Headset hands-on: the display", 16, 18, True),
    ("SFGate: World Views", 6, 8, False),
    ("Storm: iPhone sales fall", 5, 7, False),  # "iPhone": a brand's lower-case first letter
    ("Storm | the coast", 5, 8, False),  # a bar: a trail's separator, whatever follows it
])
def test_colon_half(line, a, b, half):
    assert _colon_half(line, a, b) is half


@pytest.mark.parametrize(("text", "shaped"), [
    ("Storm floods the streets of N.Y.C.", True),
    ("Police Raid Offices in Washington D.C.", True),
    ("Storm floods N.Y.C. again.", False),
    ("The storm hit the coast.", False),
    ("Storm hits coast.", False),
])
def test_initialism_ends_no_sentence(text, shaped):
    assert headline_shaped(text) is shaped


@pytest.mark.parametrize(("text", "headline"), [
    ("Hermitian matrix - Wikipedia Hermitian matrix From Wikipedia, the free encyclopedia", "Hermitian matrix"),
    ("Bridge Vote | The Herald Bridge Vote By Ann Lee", "Bridge Vote"),
    ("Bridge Vote - Springfield Daily Herald Bridge Vote By Ann Lee", "Bridge Vote"),
    # a menu between the trail and the copy, no copy, a one-word headline, a headline in lower case
    ("Bridge Vote - Herald Home News Sport Bridge Vote By Ann Lee", None),
    ("Bridge Vote - Herald The council voted on the bridge.", None),
    ("Bridge - Herald Bridge By Ann Lee", None),
    ("the vote - Herald the vote By Ann Lee", None),
])
def test_trail_copy(text, headline):
    span = trail_copy(text, 0, len(text))
    assert (None if span is None else text[span[0]:span[1]]) == headline


def test_short_headline_of_a_folded_page():
    page = ("Bridge Vote - Herald Bridge Vote From the Herald, the town's paper " + "Home News Sport Weather " * 12
            + _BODY * 3)
    assert clean(page).title == "Bridge Vote"
