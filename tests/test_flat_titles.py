"""Titles of articles folded to one line (issue 15, the ``flat`` form: an article's container text
with its whitespace folded, as CSV exports and one-line corpora keep it): the headline run into
what a page prints around it, told apart by general signs; where the signs are not there, no
title rather than a fragment."""

from __future__ import annotations

import pytest

from newsclean import clean
from newsclean.headlines.run_in import _balanced, _pager_line, over_headline
from newsclean.layout.head_units import head_credit, pager_run, share_opening, toolbar_start
from newsclean.layout.unit_shapes import caption_unit

_BODY = ("The council approved the budget on Monday after a long debate about the new bridge over the river. "
         "The mayor said the work would start in the spring and end before the winter. "
         "Residents who spoke at the meeting asked for more buses on the northern routes. "
         "The vote was seven to two, with two members absent.")


@pytest.mark.parametrize(("line", "title"), [
    # a share bar's buttons over the headline (news sites print "Email", "Print" above it)
    ("Email Council approves budget for the new bridge Posted January 1, 2008 16:10:00 " + _BODY,
     "Council approves budget for the new bridge"),
    ("Print Email Council approves budget for the new bridge Posted January 1, 2008 " + _BODY,
     "Council approves budget for the new bridge"),
    # an author's card between the headline and the date (Medium and its kind: "Name Follow")
    ("Why the council approved the bridge at last Jane Doe Follow Oct 18, 2019 · 8 min read " + _BODY,
     "Why the council approved the bridge at last"),
    # a newsroom's credit as the byline, its desk word in lower case
    ("Council approves budget for the new bridge By Staff reports - Updates today at the site " + _BODY,
     "Council approves budget for the new bridge"),
    # a gallery's pager beside the headline
    ("Council approves budget for the new bridge « Previous Next » View Gallery " + _BODY,
     "Council approves budget for the new bridge"),
    ("Council approves budget for the new bridge ‹ Prev | Next › " + _BODY,
     "Council approves budget for the new bridge"),
    # the top picture's caption run in before the headline, an "Updated" stamp after it
    ("Jane Doe, left, and John Roe are seen in this combined image. Council to call a limited bridge probe "
     "Updated Thu. Jan. 10 2008 10:12 PM ET " + _BODY, "Council to call a limited bridge probe"),
    ("The mayor is seen in this undated handout photo. Council to call a limited bridge probe "
     "Posted January 10, 2008 " + _BODY, "Council to call a limited bridge probe"),
    # the paper's name under the headline, then its toolbar
    ("Wednesday, December 26, 2007 Local biotech researcher dies Kansas City Business Journal Print Article "
     "Email Article Reprints RSS Feeds " + _BODY, "Local biotech researcher dies"),
])
def test_headline_of_a_folded_article(line, title):
    assert clean(line).title == title


@pytest.mark.parametrize(("head", "headline"), [
    ("Email Aussies need doubles win at the Cup", "Aussies need doubles win at the Cup"),
    ("Share this Council approves the budget at last", "Council approves the budget at last"),
    ("Print Email Council approves the budget at last", "Council approves the budget at last"),
    # the headline's own first word; a Title Case headline; too short a headline after the buttons
    ("Share prices fall as the markets slide", None),
    ("Email Scandal Rocks the Campaign Trail", None),
    ("Email Council approves budget", None),
])
def test_share_opening(head, headline):
    got = share_opening(head, 0, len(head))
    assert (None if got is None else head[got + 1:]) == headline


@pytest.mark.parametrize(("line", "pager"), [
    ("Stricken plane moved from runway « Previous « Previous Next » Next » View Gallery The jet flew.",
     "« Previous « Previous Next » Next » View Gallery"),
    ("Council approves the budget ‹ Prev | Next › The council met.", "‹ Prev | Next ›"),
    ("Council approves the budget Next » Back to the Gallery The council met.", "Next »"),
    # no headline before it; no arrow (a headline's word)
    ("Next » Council approves the budget", None),
    ("The Next Big Thing Is Here at Last", None),
])
def test_pager_run(line, pager):
    got = pager_run(line, 0, len(line))
    assert (None if got is None else line[got[0] + 1:got[1]]) == pager


@pytest.mark.parametrize("line", [
    # a blog's links to the previous and the next post over the article
    "« Rates fall again | Main | Mayor quits over the bridge » January 08, 2008 Bills Bills Bills and a bridge "
    "So, the council, or the five of its members who came to the hall on a cold night, met to talk about the "
    "bridge and the buses. " + _BODY,
    # an article that opens with a sentence (a caption's, a notice's): no browser title before it,
    # whatever words it prints again further on
    "This article is about the bridge. For other uses, see Bridge (disambiguation). Bridge in the north: "
    "a span of 40 m " + _BODY + " Bridge in the north",
    "Jane Doe showed more of the bridge on Day 2 of the Phillip Island test, before the vote. "
    "World News: Phillip Island Test Day 1 " + _BODY + " Phillip Island Test Day 2 was cold.",
    # a caption over a byline: the byline is no headline
    "Jane Doe, left, is the rich uncle in the film, seen with John Roe, right, in a scene. (Photo courtesy "
    "of the studio) By AL ALEXANDER The Daily Ledger Woody Allen made the film in London. " + _BODY,
])
def test_no_title_rather_than_a_fragment(line):
    assert clean(line).title is None


@pytest.mark.parametrize(("head", "balanced"), [
    # a part of a menu of bracketed links, cut at its bar, leaves a bracket open: no headline
    ("[ Docs ] [ txt", False),
    ("Logitech (News", False),
    ("Aid arrives (and more) at [last]", True),
    ("Council approves the budget", True),
])
def test_a_headline_closes_its_brackets(head, balanced):
    assert _balanced(head) is balanced


@pytest.mark.parametrize(("line", "pager"), [
    ("« Rates fall again | Main | Mayor quits »", True),
    ("Next story ›", True),
    ("‹ Older posts", True),
    ("Rates fall » Markets » News", False),  # a breadcrumb's marks inside the line
    ("Rates fall again", False),
])
def test_pager_line(line, pager):
    assert _pager_line(line) is pager


@pytest.mark.parametrize(("unit", "caption"), [
    ("Brian Mulroney, left, and Karlheinz Schreiber are seen in this combined image.", True),
    ("The mayor (right) speaks with a resident at the hall on Monday.", True),
    ("The mayor is pictured in this file photo taken at the hall.", True),
    # prose that only has the words
    ("The council approved the budget, left the hall and went home.", False),
    ("Voters were seen in the hall on Monday as the count went on.", False),
    # no sentence
    ("Jane Doe, left,", False),
])
def test_caption_unit(unit, caption):
    assert caption_unit(unit) is caption


@pytest.mark.parametrize(("unit", "over"), [
    ("chaos theory", True),
    ("« Older post | Main | Newer post »", True),
    ("Jane Doe, left, and John Roe are seen in this photo.", True),
    ("Council approves the budget", False),
    ("The council approved the budget on Monday.", False),
])
def test_units_over_a_headline(unit, over):
    assert over_headline(unit) is over


@pytest.mark.parametrize(("head", "toolbar"), [
    ("Local biotech researcher dies Print Article Email Article Reprints", "Print Article Email Article Reprints"),
    ("Council approves the budget at last Share Email Print", "Share Email Print"),
    # one button's word is a headline's as often; too few words before it
    ("Newspaper plans to print more copies Share prices rose", None),
    ("Rates fall Print Email", None),
])
def test_toolbar_start(head, toolbar):
    got = toolbar_start(head, 0, len(head))
    assert (None if got is None else head[got + 1:]) == toolbar


@pytest.mark.parametrize(("head", "credit"), [
    ("Local biotech researcher dies Kansas City Business Journal", "Kansas City Business Journal"),
    ("Council approves the budget Springfield Herald", "Springfield Herald"),
    # the paper named inside the headline (after a small word), a Title Case headline, no name before it
    ("Fire damages the offices of the Daily Herald", None),
    ("Fire Damages Offices Kansas City Business Journal", None),
    ("Council approves the budget Journal", None),
])
def test_a_papers_name_ends_the_head(head, credit):
    got = head_credit(head, 0, len(head))
    assert (None if got is None else head[got + 1:]) == credit


@pytest.mark.parametrize(("line", "title"), [
    # a headline that ends like a sentence (a headline and its deck, run together) over a byline:
    # an article's first sentence never has a byline under it, though its own may be shorter
    ("Council votes budget Mayor wins the bridge fight, ends a long debate. By Jane Doe Staff Writer "
     "Friday, January 18, 2008 SPRINGFIELD — The vote was close. " + _BODY,
     "Council votes budget Mayor wins the bridge fight, ends a long debate"),
    # a headline, then its deck as one sentence, then the day that opens the article's header
    ("Council Approves Budget for the New Bridge Mayor says the bridge work will start in the spring. "
     "Jan. 7, 2008 " + _BODY,
     "Council Approves Budget for the New Bridge — Mayor says the bridge work will start in the spring"),
    ("Council Approves Budget for the New Bridge Mayor says the bridge work will start in the spring. "
     "By Jane Doe " + _BODY,
     "Council Approves Budget for the New Bridge — Mayor says the bridge work will start in the spring"),
    # a label in capitals ends the headline; the sentence opens with a name in mixed case
    ("30 December 2007 Springfield 1 Shelbyville 2 FOOTBALL LEAGUE ONE Jane Doe's late free-kick won the "
     "game for the visitors. " + _BODY, "Springfield 1 Shelbyville 2 FOOTBALL LEAGUE ONE"),
])
def test_headline_header_and_deck_of_a_one_line_article(line, title):
    assert clean(line + " " + _BODY * 12).title == title  # a long line: one the segment step cuts


@pytest.mark.parametrize("line", [
    # a first sentence under a headline with no header under it: no deck
    "Council Approves Budget for the New Bridge Mayor says the bridge work will start in the spring. " + _BODY,
    # a sentence that ends like a headline's deck with no byline or day after it
    "The council approved the budget on Monday, ending the debate. " + _BODY,
])
def test_no_deck_without_a_header(line):
    title = clean(line).title
    assert title is None or "—" not in title
