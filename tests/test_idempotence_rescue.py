"""Cleaning the cleaned text changes nothing where the guard put text back, and on the spliced
pages of the fuzz targets (``tests/fuzz/test_fuzz.py``: real pages cut, repeated and spliced with
junk), for the classes those targets found, each in several hand-written variants.

- The guard's rescue (:mod:`newsclean.guard`): what it puts back, the steps read on a second run
  (a headline read as a listing's title while no prose stood under it is the headline then), and
  what a second cleaning of the rescued text removes goes on the first (:mod:`newsclean.recheck`).
- A folded page's headline read from the copy the page prints again ends where the segment step
  cut the copy: a wire credit and the day after it are the dateline's, not the headline's.
- A dateline that markup split over two lines (``Nov 18, 2019 at`` / ``9:24 pm ET``) goes whole.
"""

from __future__ import annotations

import pytest

from newsclean import clean

STORY = ("Ten children and five women have been killed in government air strikes in the north, a monitoring "
         "group said on Friday. The children were aged from one to twelve, it said.")
COUNCIL = ("The council approved the new budget on Monday after a long debate, officials said. Spending on "
           "schools will rise by five percent.")


def _stable(page: str) -> str:
    once = clean(page).text
    assert clean(once, format="text").text == once
    return once


# -- a folded page's headline ends where the segment step cut its copy ----------------------------

@pytest.mark.parametrize(("headline", "first", "again", "body"), [
    ("Syria air strikes kill 10 children 5 women in Aleppo monitor", "AFP 24 Oct 2014", "AFP Friday 24 Oct 2014",
     STORY),
    ("Syria air strikes kill 10 children in Aleppo", "AFP 24 Oct 2014", "AFP 24 Oct 2014", STORY),
    ("Council approves budget after long debate", "Reuters March 3, 2019", "Reuters Monday March 3, 2019", COUNCIL),
    ("Council approves budget after long debate", "AP 3 March 2019", "AP 3 March 2019", COUNCIL),
    ("Storm floods valley towns overnight", "AFP 12 Jan 2016", "AFP Tuesday 12 Jan 2016", COUNCIL),
])
@pytest.mark.parametrize("between", ['T string(0) " five n have been ed air forc', "Share"])
def test_a_folded_headline_ends_before_the_wire_dateline_after_its_copy(headline, first, again, body, between):
    page = f"{headline} {first} {between}{headline} {again} {body}"
    r = clean(page)
    assert r.title == headline
    assert headline not in r.text.split("\n")
    _stable(page)


# -- what the guard puts back, every step reads, and a second cleaning keeps ----------------------

PHP_AFTER = ("ildren and five women have been killed in Syrian government air strikes in the northern province "
             "of Aleppo, a monitoring group said on Friday. The children were aged from one to twelve, it said. ")


@pytest.mark.parametrize("page", [
    "Syria air strikes kill 10 children in Aleppo\nAFP Friday 24 Oct 2014\nstring(300) \"" + STORY + " " + STORY + '"',
    "Syria air strikes kill 10 children in Aleppo\nstring(300) \"" + STORY + " " + STORY + '"',
    "Storm floods the valley towns overnight\nMarch 3, 2019\n{\"body\": \"" + STORY + " " + STORY + '"}',
    "Syria air strikes kill 10 children 5 women in Aleppo monitor AFP Friday 24 Oct 2014 Ten ch string(300) \" "
    + PHP_AFTER * 3,
    "Council approves budget after long debate Reuters March 3, 2019 In short, string(300) \" " + COUNCIL * 3,
])
def test_a_headline_over_prose_the_guard_put_back_is_the_title_and_goes(page):
    r = clean(page)
    assert any(w.startswith("guard:") for w in r.metadata["warnings"])
    assert r.title and r.title not in r.text.split("\n")
    _stable(page)


# The first spliced page the folded target found unstable, and variants: the guard put back 9% of
# the prose kept on the page, a second cleaning of the kept text (which holds more of the prose kept)
# let a line of data and the line above it go.
ARMY = ("70 Militants Killed in Aleppos Military Academy in Clashes wi <div> the that that on the the the the. th "
        "Syrian Army. At least 70 militants were killed and dozens of others were wounded in clashes with the army "
        "and bombings of the Syrian warplanes in Southern Aleppo. Syrian army units supported by the air force "
        "killed 70 terror")
TAIL = ("ists and destroyed a tank two rocket launchers and three cannons in the military academy region in "
        "Southern Aleppo a military source said on Thursday. The Syrian air force carried out 39 fighter-bomber "
        "sorties on the positions of the terrorists in the region. ")


@pytest.mark.parametrize("stamp", ["Thu Aug 18 2016", "Aug 18 2016", "Thursday 18 August 2016"])
@pytest.mark.parametrize("repeat", [3, 5])
def test_a_rescued_page_is_what_a_second_cleaning_keeps(stamp, repeat):
    _stable(f"{stamp} {ARMY} string(300) \" {TAIL * repeat}")


# -- a dateline split over two lines goes whole -------------------------------------------------------

@pytest.mark.parametrize(("day", "time"), [
    ("Nov 18, 2019 at", "9:24 pm ET"), ("March 3, 2019 at", "10:07 a.m. GMT"), ("21/03/2016 -", "16:25"),
    ("Published March 3, 2019", "| 08:15 EST"),
])
def test_the_time_of_a_dateline_on_a_line_of_its_own_goes_with_it(day, time):
    page = "\n".join(["Council approves budget after long debate", "by Jane Doe", day, time, COUNCIL, COUNCIL])
    out = _stable(page)
    assert time not in out and out.startswith("The council")


# -- a line that holds the page once its furniture goes, made one line by the join step ------------

ATTACK = ["The attack came as the monitoring group reported that troops had executed 48 people earlier this week.",
          "The outskirts of the town have previously come under rocket fire, while the province has seen heavy "
          "fighting.",
          "A mausoleum holding the graves of the president's father and brother is located in the town.",
          "The killings took place after troops entered the town on Tuesday during an offensive.",
          "Abdel Rahman said all the dead were from six families, and that none had resisted."]


@pytest.mark.parametrize("top", [["in ", "as ", '"', "", ""], ["in ", "as ", '"\r\x85'], ["of ", "and ", "\x85", "\r"]])
@pytest.mark.parametrize("n", [5, 6, 7])
@pytest.mark.parametrize("opener", ["suicide bomber killed four people at a hospital on Sunday",
                                    "four people died at a hospital on Sunday"])
def test_a_page_line_the_join_step_makes_is_cut_on_the_first_cleaning(top, n, opener):
    """A text cut at every tag whose lines the join step makes one line that holds the page once
    the lines above it go (a node's own breaks, a space beside each): the segment step cuts it
    on the first cleaning's second run, as a second cleaning cuts the joined line."""
    _stable("\n".join([*top, opener + " in ", "an attack that took the war to the ruling clan's hometown for the "
                       "first time, a monitoring group said. " + " ".join(ATTACK * n)]))


# -- a date inside a sentence is no dateline to cut out of it ----------------------------------------

CAPTION = ("Syrians pass burnt-out vehicles the day after shelling on a neighbourhood of the northern city of Aleppo "
           "{word} {day} (Photo AFP)")
REPORT = (" Syrian state media says 30 people have been killed in rocket fire overnight in Aleppo, the country's "
          "largest city.")


@pytest.mark.parametrize("word", ["on", "since", "of"])
@pytest.mark.parametrize("day", ["July 9 2016", "9 July 2016", "Jul 9, 2016"])
@pytest.mark.parametrize("lead", ["6 ", "P Saturday 9 Jul 2016 ", ""])
def test_a_date_the_sentence_carries_on_into_stays_in_it(word, day, lead):
    """A one-line page whose first date stands inside a caption's sentence (after "on", "of"): the
    segment step cut it out as the head's dateline, and a second cleaning took the words before it
    for the headline."""
    caption = CAPTION.format(word=word, day=day)
    out = _stable(lead + caption + REPORT + lead + caption + REPORT)
    assert f"{word} {day}" in out
