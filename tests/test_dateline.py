"""Publication dates: date-only lines go, meta lines count, the date nearest the headline (or
beside the byline) wins over a menu's today and a related list's dates."""

from __future__ import annotations

import datetime as dt

import pytest

from newsclean import clean
from newsclean.document import Document
from newsclean.filters.dateline import dateline, meta_dates

BODY = ("The city council approved the new budget on Monday after a debate that lasted well "
        "into the night, officials said.\nSpending on schools will rise by five percent, the mayor said.")


@pytest.mark.parametrize(("line", "kinds"), [
    ("by Jane Doe July 10, 2015", [("published", 2015, 7, 10)]),
    ("Oct 18, 2019 · 8 min read", [("published", 2019, 10, 18)]),
    ("Dec. 6, 2024, 10:00 PM UTC / Updated Dec. 7, 2024, 12:43 PM UTC",
     [("published", 2024, 12, 6), ("updated", 2024, 12, 7)]),
    ("April 28, 2019 at 6:01 am Updated April 29, 2019 at 3:33 pm",
     [("published", 2019, 4, 28), ("updated", 2019, 4, 29)]),
    ("Retrieved 2014-03-27.", []),                                   # a sentence, not a meta line
    ("On March 21, 2016 the army entered the town and took the main square.", []),
])
def test_meta_dates(line, kinds):
    assert [(d.kind, d.value.year, d.value.month, d.value.day) for d in meta_dates(line)] == kinds


@pytest.mark.parametrize(("page", "day"), [
    # the menu's "today" above the headline loses to the date under it
    ("Budget Passes | Planet\nNovember 20, 2019\nHome\nBudget Passes\nNovember 18, 2019\n" + BODY, "2019-11-18"),
    # a date just above the headline counts when none is below
    ("Budget Passes | Planet\nHome\n21 September 2020\nBudget Passes\n" + BODY, "2020-09-21"),
    # the byline's date wins over the dates of a list of other stories
    ("Budget Passes | Planet\nBudget Passes\n1 mars 2019 à 15:20\nOther story\n1 mars 2019 à 15:15\n"
     "Par Jean Dupont — 24 novembre 2017 à 18:42\n" + BODY, "2017-11-24"),
])
def test_publication_date_near_the_headline(page, day):
    assert clean(page).published.date().isoformat() == day


def test_updated_goes_to_modified():
    doc = dateline(Document.from_text("Published: 21/03/2016 10:02\nUpdated: 22/03/2016 09:00\n" + BODY))
    assert doc.metadata["published"] == dt.datetime(2016, 3, 21, 10, 2)
    assert doc.metadata["modified"] == dt.datetime(2016, 3, 22, 9, 0)
    assert doc.body() == BODY


def test_ambiguous_dates_are_not_guessed():
    doc = dateline(Document.from_text("03/04/2016\n" + BODY))
    assert "published" not in doc.metadata
    assert doc.metadata["date_ambiguous"] is True


def test_short_meta_lines_go_with_their_dates():
    r = clean("Nov 18, 2019 at 9:24 pm ET • 2 min read\n" + BODY)
    assert r.text == BODY.replace("\n", "\n") and r.published.day == 18
    assert [x.reason for x in r.removed] == ["dateline"]


def test_dates_in_prose_stay_in_the_body():
    text = "It rained on March 21, 2016 in Aleppo, and the roads were closed for a day."
    assert clean(text).text == text


@pytest.mark.parametrize(("line", "kept"), [
    ("— Jane Doe (@janedoe) November 18, 2019", True),          # an embedded tweet's signature
    ("- City Desk (@citydesk) Nov 18, 2019", True),
    ("November 18, 2019", False),                                # the page's own dateline
    ("— November 18, 2019", False),
])
def test_a_tweets_signature_is_no_dateline(line, kept):
    doc = dateline(Document.from_text("It rained on Monday.\n" + line + "\nThe river rose."))
    assert (line in doc.body()) is kept
    assert (doc.metadata.get("published") is None) is kept


HEADLINE = "Council Passes the City Budget After a Long Night of Debate"


@pytest.mark.parametrize(("page", "day", "site"), [
    # a CMS that prints the day in the browser title, and no date line below it
    (f"{HEADLINE} - 21/12/2018 - Politics - Planet\nHome\n{HEADLINE}\n" + BODY, "2018-12-21", "Politics - Planet"),
    (f"{HEADLINE} | March 3, 2021 | Planet\n{HEADLINE}\n" + BODY, "2021-03-03", "Planet"),
    # a date line under the headline wins over the browser title's
    (f"{HEADLINE} - 21/12/2018 - Politics - Planet\n{HEADLINE}\nDecember 20, 2018\n" + BODY, "2018-12-20",
     "Politics - Planet"),
])
def test_a_date_part_of_the_browser_title_is_the_fallback(page, day, site):
    r = clean(page)
    assert r.published.date().isoformat() == day
    assert r.metadata["site_name"] == site


@pytest.mark.parametrize("page", [
    # a date inside the headline's words is not a part of its own
    "Ten Things to Know Today, November 19, 2019 | Planet\nTen Things to Know Today, November 19, 2019\n" + BODY,
    # a day and month that could be swapped are not guessed, in the title as anywhere
    f"{HEADLINE} - 03/04/2018 - Planet\n{HEADLINE}\n" + BODY,
])
def test_no_date_from_a_title_without_a_date_part(page):
    r = clean(page)
    assert r.published is None
    assert r.metadata.get("date_ambiguous", False) == ("03/04" in page)
