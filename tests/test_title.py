"""Headlines: from the browser title and the printed headline, site name split off; never a
menu item, never a line of prose, and a caller's title wins."""

from __future__ import annotations

import pytest

from newsclean import clean
from newsclean.document import Document
from newsclean.filters.title import title
from newsclean.titles import menu_bar, split_site

BODY = ("The city council approved the new budget on Monday after a debate that lasted well "
        "into the night, officials said.\nSpending on schools will rise by five percent.")


@pytest.mark.parametrize(("line", "head", "site"), [
    ("Council Passes Budget | The Daily Planet", "Council Passes Budget", "The Daily Planet"),
    ("Council Passes Budget - BBC News", "Council Passes Budget", "BBC News"),
    ("Why the council passed the budget » Opinion", "Why the council passed the budget", "Opinion"),
    ("Wikipedia - Hermitian matrix", "Wikipedia - Hermitian matrix", None),   # too short a headline left
    ("Council Passes Budget – Daily Planet", "Council Passes Budget", "Daily Planet"),  # a longer dash, a name
    ("Council Passes Budget — My website", "Council Passes Budget", "My website"),
    ("Council passes budget – and what it means", "Council passes budget – and what it means", None),  # no name
    ("Council Passes Budget – A Long Night at City Hall", "Council Passes Budget – A Long Night at City Hall",
     None),                                                                    # four words and more: a headline's
    ("Brexit – What Next", "Brexit – What Next", None),                        # too short a headline left
    ("Evolve: Shared Mutable History — the evolve extension", "Evolve: Shared Mutable History — the evolve extension",
     None),                                                                    # dashes and colons join headlines
    ("Council Passes Budget", "Council Passes Budget", None),
    # the HTML reader's <title>s: a site's name after "--" or a middle dot, a web address after a dash
    ("Simon says: Cowell tells why -- South Florida Sun-Sentinel.com", "Simon says: Cowell tells why",
     "South Florida Sun-Sentinel.com"),
    ("Outside the web: standalone WebAssembly binaries · V8", "Outside the web: standalone WebAssembly binaries", "V8"),
    ("Популярные блоги по версии Wday.ru: список — www.wday.ru", "Популярные блоги по версии Wday.ru: список",
     "www.wday.ru"),
    ("Mozilla - Wikipedia", "Mozilla - Wikipedia", None),                     # too short a headline left
    ("Daring Fireball: Colophon", "Daring Fireball: Colophon", None),          # a colon joins a headline's parts
    # a document's identifier (a draft's, a file's, a slug) beside its name: the name is the title
    ("draft-lee-storage-04 - Storage", "Storage", None),
    ("annual_report_2019 | Annual Report of the Board", "Annual Report of the Board", None),
    ("Council Passes Budget - council-passes-budget", "Council Passes Budget", None),
    # a double colon parts a site's name as a bar does, and frames it at the end
    ("Council Passes Budget :: Daily Planet ::", "Council Passes Budget", "Daily Planet"),
    ("Council Passes Budget :: Daily Planet", "Council Passes Budget", "Daily Planet"),
    ("Council Passes Budget ::", "Council Passes Budget ::", None),
    ("State-of-the-art Tools - Tool Review", "State-of-the-art Tools", "Tool Review"),  # capitals: a headline's word
])
def test_split_site(line, head, site):
    """One splitter for a scraped page's first line and the HTML reader's <title>."""
    assert split_site(line) == (head, site)


@pytest.mark.parametrize(("line", "site", "expected"), [
    ("BBC News - Obama admits gun laws frustrate him", "BBC News", ("Obama admits gun laws frustrate him", "BBC News")),
    ("Obama admits gun laws frustrate him | BBC", "bbc", ("Obama admits gun laws frustrate him", "BBC")),
    ("Google - Site Reliability Engineering", "Google", ("Site Reliability Engineering", "Google")),  # 3 words left
    ("Riley unlikely to return: AFP", "AFP", ("Riley unlikely to return", "AFP")),   # any separator, the name known
    ("Storm Hits Coast | Local | The Gazette", "Other Site", ("Storm Hits Coast | Local", "The Gazette")),
    ("Storm Hits Coast", "Storm Hits Coast", ("Storm Hits Coast", None)),           # the name alone: no split
])
def test_split_site_with_the_name_the_page_gives(line, site, expected):
    assert split_site(line, site) == expected


@pytest.mark.parametrize(("page", "expected", "site"), [
    # browser title, menus, then the printed headline: the printed part wins
    ("Council Passes Budget | Daily Planet\nHome\nNews\nCouncil Passes Budget\n" + BODY,
     "Council Passes Budget", "Daily Planet"),
    # a browser title with the day in it: the date does not make it read as a table row
    ("Budget Passes - 21/12/2018 - Daily Planet\nHome\nBudget Passes\n" + BODY, "Budget Passes", "Daily Planet"),
    ("Budget Passes | 2018-12-21 | Daily Planet\nBudget Passes\n" + BODY, "Budget Passes", "Daily Planet"),
    # the printed headline is a middle part: "Site: Headline | Section"
    ("Planet: Council Passes Budget | Politics\nHome\nCouncil Passes Budget\n" + BODY, "Council Passes Budget", None),
    # no printed headline: the browser title less the site name
    ("Council Passes Budget | Daily Planet\n" + BODY, "Council Passes Budget", "Daily Planet"),
    # headline then dateline
    ("Council Passes Budget\nMarch 21, 2016\n" + BODY, "Council Passes Budget", None),
    # a browser title that reads like a sentence, over a menu (the page's chrome: the article
    # starts five lines down or more; on the evaluation pages, seven or more)
    ("How does the council spend the money it raises from parking fines?\nTop categories\nBlood / Hematology\n"
     "Bones\nBrain\nHeart\n" + BODY, "How does the council spend the money it raises from parking fines?", None),
    # a menu item may read as a short question
    ("How does the council spend the money it raises from parking fines?\nEnglish\nWhere to?\nPhotos\nVideo\n"
     "Sport\n" + BODY, "How does the council spend the money it raises from parking fines?", None),
    # a site's name over a menu, then the headline printed twice, a byline under the second
    ("Science Weekly\nPhysics\nBiology\nCouncil Passes Budget\nShare\nRead Later\nCouncil Passes Budget\n"
     "By Ann Lee\n" + BODY, "Council Passes Budget", None),
    # the printed headline, then its subtitle after a long dash in the browser title: the title goes on
    ("Budget Guide: Where the Money Goes — a reader's guide to the council budget\nHome\n"
     "Budget Guide: Where the Money Goes\n" + BODY,
     "Budget Guide: Where the Money Goes — a reader's guide to the council budget", None),
    ("Council Passes Budget – and what it means for schools | Daily Planet\nHome\nCouncil Passes Budget\n" + BODY,
     "Council Passes Budget – and what it means for schools", "Daily Planet"),
    # a long dash before a name sets the site apart: the printed part wins
    ("Council Passes Budget — Backchannel — Medium\nHome\nCouncil Passes Budget\n" + BODY,
     "Council Passes Budget", "Backchannel — Medium"),
    # a document's identifier beside its name (a draft, a file, a slug): the name, printed or not, even
    # a word long, and not the identifier printed again in the document's header
    ("draft-lee-storage-04 - Storage\nDocs\nTracker\n" + BODY, "Storage", None),
    ("draft-lee-storage-04 - Remote Storage Protocol\nDocs\nDocument:\ndraft-lee-storage-04\n"
     "Remote Storage Protocol\n" + BODY, "Remote Storage Protocol", None),
    ("Budget Notes - budget-notes-2019\nHome\nBudget Notes\n" + BODY, "Budget Notes", None),
    # a browser title framed by double colons (":: Site ::") over the site's menu is still a headline
    ("Council Passes Budget :: Daily Planet ::\nHome\nNews\nSport\nWeather\nTravel\nContact\n" + BODY,
     "Council Passes Budget", "Daily Planet"),
])
def test_title_found(page, expected, site):
    r = clean(page)
    assert r.title == expected
    assert r.metadata.get("site_name") == site
    assert expected not in r.text


@pytest.mark.parametrize("page", [
    BODY,                                              # prose only
    "The council met on Monday, and it passed the budget after a long debate.\n" + BODY,
    "Home\nNews",                                      # no article at all
    "Home Home\nHome Home Home\nRead more:",           # menus, no prose
    "2-1\nThe match ended late.",                      # a score is not a headline
    # a sentence over two short lines is no browser title over a menu
    "How does the council spend the money it raises from parking fines?\nSchools\nRoads\n" + BODY,
    # nor a caption over the article's header lines, right above its prose (a cleaned text's top)
    "Firefighters battle a blaze at a warehouse in Springfield, Ill., Tuesday, Nov. 19, 2019. (John Roe/AP Photo)\n"
    "4:29 AM EST\nJane Doe\n@JaneDoe\nKey Points\n" + BODY,
    "Council members listen to the mayor during the budget debate at city hall in Springfield. (Jane Roe/AP)\n"
    "Associated Press\nSPRINGFIELD —\nJane Doe\n" + BODY,
    # nor over related headlines
    "How does the council spend the money it raises from parking fines?\nMayor Says Budget Will Pass Soon\n"
    "Schools Chief Quits After Long Row\nRoads Plan Faces Fresh Delay Again\n" + BODY,
])
def test_no_title_where_there_is_none(page):
    assert clean(page).title is None


@pytest.mark.parametrize(("page", "expected"), [
    ("Floods Hit the Valley in Pictures\nRiver Road at dawn\nMarket Square", "Floods Hit the Valley in Pictures"),
    ("Replace javascript: links\nabc\ndef", "Replace javascript: links"),
    ("Home Home\nHome Home Home", None),          # not longer than the lines below it
    ("Floods Hit\nPhoto 1", None),                 # too short for a browser title
])
def test_title_of_a_page_without_prose_is_its_first_line_and_nothing_goes(page, expected):
    r = clean(page)
    assert r.title == expected
    assert r.text == page


def test_a_headline_printed_once_with_a_byline_does_not_beat_a_browser_title():
    page = "Council Passes Budget | Daily Planet\nHome\nSchools Chief Quits\nBy Ann Lee\n" + BODY
    assert clean(page).title == "Council Passes Budget"


def test_callers_title_wins_and_its_repeats_go():
    doc = title(Document.from_text("Home\nBudget passes\nBody text here.", metadata={"title": "Budget Passes"}))
    assert doc.metadata["title"] == "Budget Passes"
    assert doc.body() == "Home\nBody text here."


def test_repeats_of_the_headline_in_prose_stay():
    page = "Rain Falls\nRain Falls\nRain falls.\n" + BODY
    r = clean(page)
    assert r.title == "Rain Falls" and r.text.startswith("Rain falls.")


def test_a_headline_printed_apart_from_its_subtitle_goes_with_it():
    page = ("Budget Guide: Where the Money Goes — a reader's guide to the council budget\nHome\n"
            "Budget Guide: Where the Money Goes\na reader's guide to the council budget\n" + BODY)
    r = clean(page)
    assert r.text == BODY
    assert [x.reason for x in r.removed][:1] == ["title"]
    assert sum(x.reason == "title" for x in r.removed) == 3


# An HTML page's head scraped as text (a cut or spliced page): its tags are no headline.
HEAD = ('!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n'
        "<title>Ferry Returns to Kell Island | The Gazette</title>\n"
        '<meta name="description" content="The ferry sails again from Monday, after repairs to the pier.">\n')


@pytest.mark.parametrize("page", [HEAD, HEAD * 2, HEAD + BODY])
def test_markup_lines_are_no_headline(page):
    r = clean(page, format="text")
    assert r.title is None or not r.title.lstrip().startswith(("<", "!"))
    assert clean(r.text, format="text").text == r.text  # the fuzz target that found it: stable


def test_a_title_in_angle_brackets_is_still_a_headline():
    page = "<The Palace: Tale of Jang Noksu> | Theatre Week\n<The Palace: Tale of Jang Noksu>\n" + BODY
    assert clean(page).title == "<The Palace: Tale of Jang Noksu>"


GLUED_ARTICLE = ("The council said the work on the new bridge would start in the spring and take two years, "
                 "the mayor told reporters on Monday.\nA second paragraph says more about the bridge and its "
                 "cost, which the council has not yet given in full.")


@pytest.mark.parametrize(("first", "second", "headline"), [
    # a trail glued on with an underscore or a bracket, the headline printed alone under it
    ("Storm forces evacuations on the coast_English_Xinhua", "Storm forces evacuations on the coast",
     "Storm forces evacuations on the coast"),
    ("Bridge works start in spring_Local_News Net", "Bridge works start in spring", "Bridge works start in spring"),
    ("Korean golfer wins seventh title(The Korea Times)", "Korean golfer wins seventh title",
     "Korean golfer wins seventh title"),
])
def test_title_with_glued_trail(first, second, headline):
    doc = title(Document.from_text(f"{first}\n{second}\n{GLUED_ARTICLE}"))
    assert doc.metadata["title"] == headline


def test_title_prefix_ends_at_a_word_boundary():
    """A line the first line starts with mid-word is no headline printed under a trail."""
    doc = title(Document.from_text(f"Storm forces evacuations on the coastline\nStorm forces evacuations on the coast"
                                   f"\n{GLUED_ARTICLE}"))
    assert doc.metadata.get("title") != "Storm forces evacuations on the coast"


@pytest.mark.parametrize(("opening", "found"), [
    ("MONTREAL, QC (Sports Network) - The Alouettes named a new offensive coordinator on Wednesday", True),
    ("WASHINGTON (AP) -- The Senate passed the bill late on Tuesday after a long debate on the floor", True),
    ("LONDON, Jan 3 - Shares rose on Thursday as banks gained after a week of heavy losses in Europe", True),
    # a place and a colon, as South Asian papers print their datelines
    ("Mumbai: The Alouettes named a new offensive coordinator on Wednesday after a long search", True),
    ("NEW DELHI: The Alouettes named a new offensive coordinator on Wednesday after a long search", True),
    # no dateline: a sentence with a dash; a label and a colon before a word in lower case
    ("The council said - after a long debate - that the bridge would be built by the end of next year", False),
    ("Note: the Alouettes named a new offensive coordinator on Wednesday after a long search", False),
    ("Last Updated: January 7, 2008 The Alouettes named a new offensive coordinator on Wednesday", False),
])
def test_headline_over_a_paragraph_opening_with_a_dateline(opening, found):
    text = ("Footballworld.com | A Netsports Site\nHome\nScores\nAlouettes add two to coaching staff\n"
            f"{opening}, the club said.\nThe club also said the two would join the team at its camp in May.")
    doc = title(Document.from_text(text))
    assert (doc.metadata.get("title") == "Alouettes add two to coaching staff") is found


@pytest.mark.parametrize(("lines", "headline"), [
    # a sentence-case headline over a line of dates, whatever its form
    (["Text Size", "McCarthy is not for sale - Hughes", "29 December 2007 (16:00)"],
     "McCarthy is not for sale - Hughes"),
    (["Advertise With Us", "Layton says criticism may push Canada out", "Thu, 2008-01-17 15:17."],
     "Layton says criticism may push Canada out"),
    (["Obituaries", "Hope update: Gamez takes 3rd-round lead", "04:52 PM PST on Friday, January 18, 2008"],
     "Hope update: Gamez takes 3rd-round lead"),
    # a name capitalised word by word over the dates is a credit, not the headline
    (["Markets", "Press Trust of India", "Monday, January 14, 2008 (Mumbai):"], None),
])
def test_headline_over_a_line_of_dates(lines, headline):
    text = "\n".join(["Home", "Sports", "Weather", *lines, GLUED_ARTICLE])
    assert title(Document.from_text(text)).metadata.get("title") == headline


@pytest.mark.parametrize("line", ["function resize(e) {", 'v id="content">', "<!-- e hearst/home/navigation.tpl -->",
                                  "</h2>", '<div class="header">', "hbx.pn=hbxStrip(content_title);//PAGE NAME(S)",
                                  '"headline": "Budget Passes",', ".box {margin-top:10px;"])
def test_markup_and_code_are_no_headline(line):
    from newsclean.words import headline_shaped
    assert not headline_shaped(line)


@pytest.mark.parametrize("breaks", ["\r0\rs\r0\r", "\n0\n1\n2\n", "\nx\ny\nz\n", "\n1\na\n2\n"])
def test_a_sentence_broken_by_stray_line_breaks_is_no_title_above_a_menu(breaks):
    """Lines of a character or a digit are no menu items: the line above them stays prose."""
    page = ("When the council proposed closing the branch library on Elm Street last spring, many people a"
            + breaks + "sked whether a town of our size still needed one at all.")
    r = clean(page)
    assert r.title is None and clean(r.text, format="text").text == r.text


@pytest.mark.parametrize(("page", "given", "sources", "page_title"), [
    # a browser title cut on the page's printed headline: the trail stays in page_title
    ("Council Passes Budget | Daily Planet\nHome\nCouncil Passes Budget\n" + BODY, None,
     {"title": "text", "site_name": "text"}, "Council Passes Budget | Daily Planet"),
    # the first line is the headline as it stands: nothing more to keep
    ("Council Passes Budget\n" + BODY, None, {"title": "text"}, None),
    # the caller's title: 'given', and no browser title is read
    ("Council Passes Budget | Daily Planet\nHome\nCouncil Passes Budget\n" + BODY, "Council Passes Budget",
     {"title": "given"}, None),
    # no headline on the page: no source
    (BODY, None, None, None),
])
def test_text_title_says_where_it_came_from(page, given, sources, page_title):
    result = clean(page, title=given)
    assert result.metadata.get("sources") == sources
    assert result.metadata.get("page_title") == page_title


@pytest.mark.parametrize(("page", "expected"), [
    # the site's name printed as its logo under a browser title whose headline the page prints apart
    ("Council Passes New Budget After Long Debate - The Planet\nSkip to main content\nThe Planet\nNews\n"
     "Council passes a budget at last\n" + BODY, "Council Passes New Budget After Long Debate"),
    ("Council Passes New Budget After Long Debate | Daily Planet Online\nHome\nDaily Planet Online\n" + BODY,
     "Council Passes New Budget After Long Debate"),
    # a last part with a byline under it is the article's headline, whatever stands before it
    ("PLANET -- News - City - Council: Budget Passes At Last\nHome\nBudget Passes At Last\nBy Ann Lee\n" + BODY,
     "Budget Passes At Last"),
    ("PLANET -- News - City - Council: Budget Passes At Last\nHome\nBudget Passes At Last\nBy\nAnn Lee\n" + BODY,
     "Budget Passes At Last"),
    # a sentence-case last part is a headline's, not a name
    ("Planet Daily News Online Edition | Council passes the budget\nHome\nCouncil passes the budget\n" + BODY,
     "Council passes the budget"),
])
def test_site_name_printed_as_logo_is_no_headline(page, expected):
    assert clean(page).title == expected


@pytest.mark.parametrize(("line", "expected"), [
    ("Council Passes New Budget - 07.12.2017 - Daily Planet", "Council Passes New Budget"),
    ("Council Passes New Budget | 21/12/2018 | Daily Planet", "Council Passes New Budget"),
    ("Council Passes New Budget - Again - Daily Planet", "Council Passes New Budget - Again"),  # no date
])
def test_day_after_headline_in_browser_title_goes(line, expected):
    assert clean(f"{line}\nHome\nNews\n" + BODY).title == expected


@pytest.mark.parametrize(("page", "expected"), [
    # a browser title that reads as a sentence, reprinted over the article with its day a line lower
    ("How does the council spend the money it raises?\nSkip to content\nThis site uses cookies to work.\n"
     "How does the council spend the money it raises?\nPublished\nThursday 27 July 2017\n" + BODY,
     "How does the council spend the money it raises?"),
    # prose alone under the reprint: no confirmation (a headline the page prints twice in its body)
    ("How does the council spend the money it raises?\nSkip to content\nThis site uses cookies to work.\n"
     "How does the council spend the money it raises?\n" + BODY, None),
])
def test_sentence_first_line_reprinted_over_the_article(page, expected):
    assert clean(page).title == expected


@pytest.mark.parametrize(("first", "expected"), [
    # a name cut from the browser title, printed nowhere below: the headline over the byline wins
    ("Cortez Journal Online - Cortez Colorado", "Aspen die-off alarms foresters"),
    ("Morris Daily Herald | Local News", "Aspen die-off alarms foresters"),
    # a headline in sentence case stays, printed or not
    ("Aspens are dying on the mesa - Cortez Journal", "Aspens are dying on the mesa"),
])
def test_site_name_cut_from_browser_title_gives_way_to_the_printed_headline(first, expected):
    page = (f"{first}\nHome\nNews\nAspen die-off alarms foresters\nBy Ann Lee\nThe aspens on the mesa are dying "
            "in large numbers this year, and foresters say they do not yet know why, officials said.\nMore study.")
    assert clean(page).title == expected


MENU = "About\nArchive\nContact\n"


@pytest.mark.parametrize(("first", "expected"), [
    # a site's name (capitalised as a name) over its menu, the prose at once below: no headline
    ("Notes From the Reading Room", None),
    ("The Daily Planet Community Blog", None),
    # written as a sentence: a headline, menu or not
    ("Council passes the budget at last", "Council passes the budget at last"),
    # a separator cuts the site's name off: a browser title
    ("Council Passes Budget | The Daily Planet", "Council Passes Budget"),
])
def test_site_name_over_its_menu_is_no_headline(first, expected):
    assert clean(f"{first}\n{MENU}{BODY}").title == expected


@pytest.mark.parametrize(("first", "between"), [
    ("Notes From the Reading Room", "By Ann Lee\nHome\nNews\n"),  # a byline under it: the article's header
    ("Welcome to the Reading Room", "Library\nWelcome to\nthe Reading Room\n"),  # printed again, over two lines
])
def test_name_cased_headline_with_its_header_stays(first, between):
    assert clean(f"{first}\n{between}{BODY}").title == first


def test_a_text_cleaned_without_paragraphs_keeps_its_logo_and_menu_the_second_time():
    from newsclean import DEFAULT
    pipeline = DEFAULT.without("paragraphs")
    page = (f"Council Votes To Close The Library – Notes From the Reading Room\n\nNotes From the Reading Room\n"
            f"{MENU}\nCouncil Votes To Close The Library\nPosted on June 12, 2019 by Ann Lee\n\n{BODY}")
    once = clean(page, pipeline=pipeline)
    assert once.title == "Council Votes To Close The Library"
    assert clean(once.text, pipeline=pipeline, format="text").text == once.text


_MENU = ("Home News Local World Politics Business Sport Football Weather Travel Culture Film Music Books Money "
         "Health Science Tech Jobs Cars Opinion Letters Obituaries Puzzles Video Newsletters Subscribe Sign In Search")
_STORY = ("The city council approved the new budget on Monday after a debate that lasted most of the night. "
          "It raises spending on schools and roads by a tenth, the mayor said. Opponents said the city could "
          "not afford it and vowed to fight the plan at the next election. The budget takes effect in May.")


@pytest.mark.parametrize(("page", "expected"), [
    # the browser title opens the folded page; the headline printed again over the byline
    (f"Council Approves Budget - Springfield Herald {_MENU} Council Approves Budget By Jo Lee {_STORY}",
     "Council Approves Budget"),
    # the site's name first, then sections; the copy under a breadcrumb, before a date
    (f"Springfield Herald > News > Local -- Council approves new budget {_MENU} Home > Local Council approves "
     f"new budget January 5, 2008 {_STORY}", "Council approves new budget"),
    # a headline printed twice with a stamp in lower case after the second copy
    (f"Bridge to close for repairs | The Daily Planet {_MENU} Bridge to close for repairs last updated: "
     f"Jan 5, 2008 {_STORY}", "Bridge to close for repairs"),
])
def test_folded_page_headline_confirmed_by_its_copy(page, expected):
    assert clean(page).title == expected


_FOOTER = ("Follow Us Facebook Twitter Instagram RSS Site Map About Us Contact Us Careers Advertise With Us Terms "
           "Privacy Policy Cookie Settings Accessibility Help Archive Corrections Store Reprints Copyright Herald")


@pytest.mark.parametrize(("page", "expected"), [
    # no copy of it on the page: the browser title's first part, cut at its site's name
    (f"Bridge to close for repairs next month - Springfield Herald {_MENU} {_STORY} {_FOOTER}",
     "Bridge to close for repairs next month"),
    # the site's name leads the title: no headline told from it
    (f"The Springfield Herald | Bridge to close {_MENU} {_STORY} {_FOOTER}", None),
])
def test_folded_page_headline_from_its_browser_title(page, expected):
    assert clean(page).title == expected


@pytest.mark.parametrize(("page", "expected"), [
    # a folded page whose markup kept a line break after the title's line: the title still runs in
    (f"Bridge to close for repairs - Herald | Springfield Monday, January 14, 2008,\n3:16 pm {_MENU} "
     f"Home Bridge to close for repairs By Jo Lee {_STORY}", "Bridge to close for repairs"),
    # a lined page: the browser title on a line of its own over a blank line, then the h1 that
    # shares its opening; the lined rules read the title whole
    (f"A long title with a colon: Hello there\n\nA long title with a colon: But the rest differs\n\n{_STORY} "
     f"{_STORY}", "A long title with a colon: Hello there"),
    # a first line short enough for a browser title that runs on into its own copy, the rest in lines
    ("Bridge to close for repairs : Local News Bridge to close for repairs Posted\n: Mon, 31 Dec 2007\nHome\n"
     "News\nSport\n" + _STORY.replace(". ", ".\n"), "Bridge to close for repairs"),
    # a long first line that reads as prose, whose headline has a site's trail after it and a copy
    ("Court seems to back the voter law - NewsFlash - Herald | NewsFlash Home | More News Court seems to back the "
     "voter law 1/10/2008, 3:50 a.m. EST By Jo Lee The court heard the case on Monday and the judges seemed ready "
     "to back the law.\n" + _STORY.replace(". ", ".\n"), "Court seems to back the voter law"),
    # ... whatever separator sets the trail apart, after a headline that ends with its own stop or holds one
    ("This API is so Fetching! ✩ Herald Hacks – the developer blog Skip to content Home Articles This API is so "
     "Fetching! Older Article Newer Article on March 10, 2015 by Jo Lee The new API lets pages fetch what they "
     "need.\n" + _STORY.replace(". ", ".\n"), "This API is so Fetching!"),
    ("Film actor and his wife No. 3 split up : US Entertainment Film actor and his wife No. 3 split up Posted\n"
     ": Thu, 10 Jan 2008\nHome\nNews\n" + _STORY.replace(". ", ".\n"), "Film actor and his wife No. 3 split up"),
    # a page folded with the white space of its markup kept inside its text nodes (a line break with spaces
    # around it): the copy confirms the headline, not the site's name that runs on after it on the short line
    ("Bridge to close for repairs next month Herald India \n          News National World Business Sports Cricket "
     "\n            City by \n            State Home Bridge to close for repairs next month By Jo Lee "
     + _STORY + " " + _FOOTER, "Bridge to close for repairs next month"),
    # an unclosed <title> that swallowed the page's script: the title's line ends where the markup opens
    ('Mayor Wins 7th Term in City Hall(The Herald Times)ntById("font");\nobj.style.fontSize = size+"pt";\n}\n'
     "function goPrint() {\nwindow.open('/print.asp?id=1');\n}\n" + _MENU + " Mayor Wins 7th Term in City Hall "
     + _STORY.replace(". ", ".\n"), "Mayor Wins 7th Term in City Hall"),
    # no browser title's headline printed again: the headline printed twice in a row over the article
    (f"Please support local business! Bridge to close for repairs next month Bridge to close for repairs next "
     f"month Staff and agencies 29 December, 2007 By JO LEE, Associated Press Writer {_STORY} {_FOOTER}",
     "Bridge to close for repairs next month"),
    # ... or its trail joined by underscores, as Chinese sites join theirs ("..._English_Xinhua")
    ("City council approves new budget for schools_English_Herald City council approves new budget for schools "
     "www.herald.example 2007-11-24 16:23:08 Print SPRINGFIELD, Nov. 24 (Herald) -- The city council approved "
     "the new budget on Monday after a long debate.\n" + _STORY.replace(". ", ".\n"),
     "City council approves new budget for schools"),
    # a page folded to a few lines (its markup kept line breaks inside the menus): the copy confirms the
    # headline, whatever runs on after it on the title's short line
    (f"Bridge to close for repairs Herald Local \n News Weather {_MENU} \n Sport Travel Bridge to close for "
     f"repairs By Jo Lee {_STORY}", "Bridge to close for repairs"),
    (f"Bridge to close for repairs | \n\n\n Latest News \n| \nNews | \nHerald: Log in {_MENU} Bridge to close "
     f"for repairs By Jo Lee {_STORY}", "Bridge to close for repairs"),
])
def test_folded_title_and_lined_title(page, expected):
    assert clean(page).title == expected


def test_a_browser_title_broken_after_its_separators_goes_on_over_the_breaks():
    """A <title> whose text keeps its markup's line breaks after each separator ("Sun -\\nMusic-\\nHeadline"): the
    headline on its third line is still the browser title's, which a copy over the article confirms."""
    from newsclean.filters.segment import segment
    from newsclean.headlines.run_in import folded_headline
    page = ("springfieldsun.com -\nMusic-\nBridge to close for repairs In Tomorrow's Paper " + _MENU + " Thu, "
            "January 10, 2008 Bridge to close for repairs By CP SPRINGFIELD -- " + _STORY + " " + _FOOTER)
    assert folded_headline(segment(Document.from_text(page))) == "Bridge to close for repairs"


@pytest.mark.parametrize(("text", "part", "run_in"), [
    ("Council approves budget | Herald\nHome", "Council approves budget", True),          # a separator after it
    ("Council approves budget\nHome", "Council approves budget", True),                   # the line's end
    ("Council approves budget, mayor says Tuesday, January 15, 2008 OVERCAST\nHome",      # a day after it
     "Council approves budget, mayor says", True),
    ("Council approves budget 1/10/2008, 3:50 a.m.\nHome", "Council approves budget", True),
    ("Council approves budget and more\nHome", "Council approves budget", False),          # words go on after it
])
def test_a_browser_title_part_runs_into_the_page(text, part, run_in):
    """A folded page's browser title ends where a separator, the line's end or its dateline follows."""
    from newsclean.headlines.run_in import _run_in
    assert _run_in(text, 0, len(part)) is run_in


@pytest.mark.parametrize(("line", "expected"), [
    # a one-line article: the headline, a dateline under it, then the story
    ("Bus driver jailed in Springfield, accused of breaking bail in fraud case 3 days ago SPRINGFIELD - The "
     "driver returned to jail on Friday, where he will spend several days. He said nothing to reporters.",
     "Bus driver jailed in Springfield, accused of breaking bail in fraud case"),
    # ... a credit between the headline and the dateline: a wire's name, names before a dash
    ("Hawks beat Owls in the cup final 81-65 The Associated Press Published: January 9, 2008 Share Email "
     "Print Article Text Size The Hawks won the cup final on Tuesday night, their third title in a row. The "
     "coach said the team had played its best game of the season.",
     "Hawks beat Owls in the cup final 81-65"),
    ("Film review: the dam film sees the world through one eye Rob Thomas — 1/17/2008 10:58 am For a while the "
     "film looks like the strangest movie ever made about a dam. Then it finds its feet and its heart.",
     "Film review: the dam film sees the world through one eye"),
    # ... a breadcrumb trail over the headline is no title
    ("Home > News > Business News Send Print Share Council approves the budget for the new bridge Mon, Jan 14 "
     "2008, 19:53 GMT The council approved the budget on Monday after a long debate about the bridge. The mayor "
     "said the work would start in the spring and end before the winter.",
     "Council approves the budget for the new bridge"),
    # ... a date in brackets over the headline, a press release's dateline under it
    ("[January 05, 2008] Acme Unveils a New Remote for the Living Room LAS VEGAS --(Business Wire)-- Today at the "
     "show, Acme unveiled a new remote control for the living room. The remote is small and it costs little.",
     "Acme Unveils a New Remote for the Living Room"),
    # ... a section's label in lower case over the headline
    ("chaos theory The Hidden Heroines of Chaos By Ann Lee May 20, 2019 Two women played a pivotal role in the "
     "birth of chaos theory. Their story, untold until now, shows how the place of computing in science "
     "changed over the decades.",
     "The Hidden Heroines of Chaos"),
    # ... a byline under a Title Case headline that writes "by" in lower case ("Reviewed by")
    ("Cats Who Sleep Late May Live Longer By Ann Lee Health News Reviewed by Tom Roe, MD Feb. 23, 2015 -- "
     "Cats that sleep late into the morning may live longer than those that rise early, a study says. The "
     "study followed two thousand cats for ten years.",
     "Cats Who Sleep Late May Live Longer"),
])
def test_one_line_article_headline_over_its_dateline(line, expected):
    assert clean(line).title == expected


@pytest.mark.parametrize(("line", "credit"), [
    ("Staff and agencies", True), ("Staff and wire reports", True), ("Staff & Agencies", True),
    ("Staff Writer", True), ("staff writers, agencies", True),
    # one role alone is as often a section's name; a sentence or a person's name is no credit
    ("Columnists", False), ("Staff cuts hit the agencies", False), ("Jane Doe, Staff Writer", False),
    ("Staffing agencies", False),
])
def test_desk_credits(line, credit):
    from newsclean.names import desk_credit
    assert desk_credit(line) is credit


@pytest.mark.parametrize("credit", ["Staff and agencies", "Staff and wire reports", "Staff Writer"])
def test_a_desk_credit_under_the_headline_is_its_byline_not_the_headline(credit):
    """A newsroom's credit stands where a byline does, under the headline and over the date."""
    text = "\n".join(["Please support our sponsors!", "Ferry returns to Kell Island", "Ferry returns to Kell Island",
                      credit, "29 December, 2007", GLUED_ARTICLE])
    assert title(Document.from_text(text)).metadata.get("title") == "Ferry returns to Kell Island"


@pytest.mark.parametrize(("lines", "headline"), [
    # the site's name as the browser title, printed again in the footer only (no confirmation)
    (["Morris Valley Herald", "Local News | State News", "Print this story", "Ferry returns to Kell Island",
      "Friday, January 11, 2008 1:14 PM", GLUED_ARTICLE, "Copyright 2008", "Morris Valley Herald"],
     "Ferry returns to Kell Island"),
    # a web address is the site's name, wherever the page prints it again
    (["KellGazette.com", "KellGazette.com", "Home", "Ferry returns to Kell Island", "By Ann Lee", GLUED_ARTICLE],
     "Ferry returns to Kell Island"),
    (["Island News from the Wires | kellgazette.com - The Gazette", "Home", "Ferry returns to Kell Island",
      "By Ann Lee", GLUED_ARTICLE], "Ferry returns to Kell Island"),
    # the headline over its dateline near the top, boxes between it and the prose
    (["Cape Gazette", "Cape News | Cape Sport | Cape Jobs", "News | Opinion | Sport", "Ferry returns to Kell Island",
      "16 January 2008, 11:22",
      "Related Articles", "Pier repairs start", "Ferry fares to rise", GLUED_ARTICLE], "Ferry returns to Kell Island"),
    # a headline printed again below, above the article, stays the title
    (["Ferry returns to Kell Island", "Home", "Ferry returns to Kell Island", GLUED_ARTICLE],
     "Ferry returns to Kell Island"),
])
def test_a_site_name_as_the_first_line_gives_way_to_the_printed_headline(lines, headline):
    assert title(Document.from_text("\n".join(lines))).metadata.get("title") == headline


@pytest.mark.parametrize(("head", "under", "headline"), [
    # a headline with figures or abbreviations weighs as prose; the dateline or byline under it tells
    ("U.S. Stock Indexes Close on Big Bounce", "2008-01-14", "U.S. Stock Indexes Close on Big Bounce"),
    ("Oil Hits $100 as U.S. Supplies Fall", "By Ann Lee", "Oil Hits $100 as U.S. Supplies Fall"),
    # prose over its date: no headline
    ("The index rose 2.5 percent on Monday, its best day in a month, traders said.", "2008-01-14", None),
])
def test_a_headline_that_weighs_as_prose_over_its_dateline(head, under, headline):
    text = "\n".join(["Home", "Markets", "Sport", "Site News Network", head, under, GLUED_ARTICLE])
    assert title(Document.from_text(text)).metadata.get("title") == headline


@pytest.mark.parametrize(("first", "under", "headline"), [
    # a first line that weighs as prose (initials, commas) over its dateline: the container's headline
    ("J.D. Rowe jailed in Reno, accused of violating bail in armed robbery case", "3 days ago",
     "J.D. Rowe jailed in Reno, accused of violating bail in armed robbery case"),
    ("J.D. Rowe jailed in Reno, accused of violating bail in armed robbery case", "January 15, 2008",
     "J.D. Rowe jailed in Reno, accused of violating bail in armed robbery case"),
    # a sentence over the dateline: no headline
    ("Simpson was jailed in Las Vegas on Friday, accused of violating his bail, police said.", "3 days ago", None),
])
def test_a_first_line_that_weighs_as_prose_over_its_dateline(first, under, headline):
    assert title(Document.from_text("\n".join([first, under, GLUED_ARTICLE]))).metadata.get("title") == headline


@pytest.mark.parametrize("controls", ["A A A", "Add To", "Print Email"])
def test_a_browser_title_printed_after_a_few_controls_is_confirmed(controls):
    """Text-size buttons or a link run into the printed headline ("A A A Headline") confirm the
    browser title; the glued line is not the headline."""
    text = "\n".join(["Babies Who Eat Peanuts Early May Avoid Allergy", "Home", "Health A-Z", "Allergies",
                      f"{controls} Babies Who Eat Peanuts Early May Avoid Allergy", "By Ann Lee", GLUED_ARTICLE])
    assert title(Document.from_text(text)).metadata.get("title") == "Babies Who Eat Peanuts Early May Avoid Allergy"


@pytest.mark.parametrize(("first", "headline", "site"), [
    ("Ferry Returns to Kell Island | January 15, 2008 | Gazette", "Ferry Returns to Kell Island", "Gazette"),
    ("Ferry Returns to Kell Island - 15/01/2008", "Ferry Returns to Kell Island", None),
    # no day in it: the line stays whole (a quote's speaker after a dash)
    ("McCarthy is not for sale - Hughes", "McCarthy is not for sale - Hughes", None),
])
def test_a_first_line_over_its_dateline_loses_a_trail_that_opens_with_a_day(first, headline, site):
    doc = title(Document.from_text("\n".join([first, "January 2, 2008 4:48 a.m. EST", GLUED_ARTICLE])))
    assert (doc.metadata.get("title"), doc.metadata.get("site_name")) == (headline, site)


@pytest.mark.parametrize("text", [
    # a cleaned text opens with a paragraph; a part of it after a dash printed again is no title
    ("The council met on Monday and approved the budget after a long debate - Judges allow video - the "
     "mayor said so, and the schools get more money for books and for teachers next year at long last.\n"
     "Judges allow video\nThe vote was close."),
    # a caption printed twice, longer than any title
    ("Jane Doe, Vice President for Design, left, and John Roe, Head of Engineering at Karma, unveil the new "
     "concept car at the Los Angeles Auto Show in Los Angeles on Tuesday, Nov. 19, 2019 with the team\nless\n"
     "Jane Doe, Vice President for Design, left, and John Roe, Head of Engineering at Karma, unveil the new "
     "concept car at the Los Angeles Auto Show in Los Angeles on Tuesday, Nov. 19, 2019 with the team\nMore"),
])
def test_no_browser_title_read_in_a_cleaned_text(text):
    from newsclean.headlines.run_in import folded_headline
    assert folded_headline(Document.from_text(text)) is None
@pytest.mark.parametrize(("line", "menu"), [
    ("Home | News | Sport | Weather", True),
    ("Sport | Tech", True),
    ("More · Tech · World · Home · More · Video", True),
    ("News • Local News • Sport", True),
    ("Home || World || Contact Us", True),
    ("Obama Wins | CNN", False),                      # a headline of two words and its site
    ("Aid Arrives in Efrin | Fars News", False),
    ("Budget Passes | Politics | The Daily Planet", False),
    ("Sport", False),
    ("Rates Rise - Again", False),                    # a dash joins a headline's parts
    ("Get your Frontend JavaScript Code Covered | Code", False),
    ("商品の改造が商標法違反に！？ | 特許業務法人ライトハウス国際特許事務所", False),  # words run together
    ("新闻 | 体育 | 财经", True),
    ("News: ePaper | Front Page | National | Other States | Sport |", True),  # a bar after the last item too
    ("| Classifieds | Jobs | Obituary", True),
    ("Aid Arrives in Efrin | Fars News |", False),
])
def test_menu_bar(line, menu):
    assert menu_bar(line) is menu


@pytest.mark.parametrize("first", ["Sport | Tech", "Home | News | Sport", "World · Business · Video",
                                   "Home • Local • Weather • Traffic"])
@pytest.mark.parametrize("again", ["top", "bottom"])
def test_a_menu_bar_is_no_headline_where_the_page_prints_it_again(first, again):
    """A site prints its sections' names in its header and again in its footer (or as a second
    bar under the first); the menu is no browser title, its second printing no headline."""
    lines = [first, "Council Approves Budget After Long Debate", "Council Approves Budget After Long Debate",
             "March 3, 2019", *BODY.split("\n")]
    lines = [first, *lines] if again == "top" else [*lines, first]
    r = clean("\n".join(lines))
    assert r.title == "Council Approves Budget After Long Debate"
    assert clean(r.text).text == r.text


@pytest.mark.parametrize("tag", ["</div>", "<p class='lead'>", "<!-- lead -->", "</span></div>"])
def test_a_leaked_tag_is_no_separator_of_a_browser_title(tag):
    """``</div> the lead`` is a leaked tag before a line, not a breadcrumb's ``Site > Headline``:
    the line printed again below does not make it a browser title."""
    headline = "Council Approves Budget After Long Debate"
    page = "\n".join([f"{tag} {headline.lower()}.", headline, f"{tag} {headline.lower()}.", *BODY.split("\n")])
    r = clean(page)
    assert r.title != headline
    assert clean(r.text).text == r.text


_MENU_LINES = "Home\nNews\nSport\nWeather\nTravel\nJobs\n"


@pytest.mark.parametrize(("text", "day"), [
    # the headline printed in a bar at the top over a feed of other stories' times, then over the
    # article with its byline cut at every tag and its day: the article's day
    ("Storm Hits the Coast - Daily Planet\nStorm Hits the Coast\n" + _MENU_LINES
     + "Rates rise again\n1 March 2019 15:20\n" + _MENU_LINES + "Storm Hits the Coast\nBy\nAnn Lee\nand\nTom Roe\n—\n"
       "24 November 2017 18:42\n" + BODY, "2017-11-24"),
    # French: "Par" ... "et" ...
    ("Tempête sur la côte - Le Quotidien\nTempête sur la côte\n" + _MENU_LINES
     + "Les taux montent\n1 mars 2019 à 15:20\n" + _MENU_LINES
     + "Tempête sur la côte\nPar\nAnne Leroy\net\nTom Roux\n—\n24 novembre 2017 à 18:42\n" + BODY, "2017-11-24"),
    # a headline printed once: its day, as before
    ("Storm Hits the Coast - Daily Planet\n" + _MENU_LINES + "Storm Hits the Coast\n24 November 2017\n" + BODY,
     "2017-11-24"),
])
def test_the_day_under_the_printing_of_the_headline_with_its_header(text, day):
    assert clean(text).published.date().isoformat() == day


@pytest.mark.parametrize(("text", "headline", "kept"), [
    # a browser title cut by a line break of its source, printed whole below: the whole, both
    # lines gone with its printing
    ("Council approves the new budget after a\nlong debate\nHome\nCouncil approves the new budget after a long debate\n"
     + BODY, "Council approves the new budget after a long debate", "Home"),
    ("Le conseil adopte le budget après un\nlong débat\nAccueil\nLe conseil adopte le budget après un long débat\n"
     + BODY, "Le conseil adopte le budget après un long débat", "Accueil"),
    # a lower-case line under the title that the page does not print with it: a menu's, kept
    ("Council approves the new budget | Herald\nlog in\nHome\nCouncil approves the new budget\n" + BODY,
     "Council approves the new budget", "log in"),
])
def test_a_browser_title_cut_by_its_sources_line_break(text, headline, kept):
    doc = title(Document.from_text(text))
    assert doc.metadata["title"] == headline
    assert doc.body().split("\n")[0] == kept


DECK_PROSE = ("The city council approved the new budget for the schools on Monday after a debate that lasted "
              "well into the night, officials said.\nSpending on schools will rise by five percent.")


@pytest.mark.parametrize(("page", "expected", "deck"), [
    # headline, deck, then the byline or the day: the deck goes with the headline, as the HTML reader's does
    (f"Council passes budget\nSchools win most of the new money\nBy Ann Lee\n{DECK_PROSE}",
     "Council passes budget — Schools win most of the new money", "Schools win most of the new money"),
    (f"Council Passes Budget\nSchools To Get Five Percent More\nPOSTED: 7:54 am EST January 23, 2008\n{DECK_PROSE}",
     "Council Passes Budget — Schools To Get Five Percent More", "Schools To Get Five Percent More"),
    (f"Council votes on the budget\nSchools hope for more money\nBy\nAnn Lee\n{DECK_PROSE}",
     "Council votes on the budget — Schools hope for more money", "Schools hope for more money"),
    # the browser title, menus, then the printed headline and its deck over an agency's credit
    (f"Council passes budget | Daily Planet\nHome\nNews\nCouncil passes budget\nSchools win most of the money\n"
     f"By AP\n{DECK_PROSE}", "Council passes budget — Schools win most of the money", "Schools win most of the money"),
    # under the headline but no deck: a credit, a toolbar, a menu, a label in capitals, a line that
    # tells nothing of the story, a sentence (a summary), too few words
    (f"Council passes budget\nStaff and agencies\nMonday, January 14, 2008\n{DECK_PROSE}", "Council passes budget",
     None),
    (f"Council passes budget\nAnn Lee and Bob Stone\nMonday, January 14, 2008\n{DECK_PROSE}", "Council passes budget",
     None),
    (f"Council passes budget\nAnn Lee, Canwest News Service; Ottawa Citizen\nMonday, January 14, 2008\n{DECK_PROSE}",
     "Council passes budget", None),
    (f"Council passes budget\nPress Trust of India\nMonday, January 14, 2008\n{DECK_PROSE}", "Council passes budget",
     None),
    (f"Council passes budget\nSign In to E-Mail or Save This\nBy Ann Lee\n{DECK_PROSE}", "Council passes budget", None),
    (f"Council passes budget\nFont Size: Decrease Increase\nBy Ann Lee\n{DECK_PROSE}", "Council passes budget", None),
    (f"Council passes budget\nEmail | Print | Share this budget\nBy Ann Lee\n{DECK_PROSE}", "Council passes budget",
     None),
    (f"Council passes budget\nWEATHER SCHOOLS ARTS BUDGET\nBy Ann Lee\n{DECK_PROSE}", "Council passes budget", None),
    (f"Council passes budget\nThe schools won. The mayor smiled.\nBy Ann Lee\n{DECK_PROSE}", "Council passes budget",
     None),
    (f"Council passes budget\nSchools win money\nBy Ann Lee\n{DECK_PROSE}", "Council passes budget", None),
    # no byline or day under it: a box's next line, no deck
    (f"Council passes budget\nSchools win most of the new money\nMore news\n{DECK_PROSE}", "Council passes budget",
     None),
])
def test_deck_under_the_printed_headline(page, expected, deck):
    """A page sets its headline, its deck, then its byline and day; a text carries no markup to
    say which line is the deck, so the line's place and shape say it, and the deck goes with the
    headline into the title (``metadata["deck"]`` holds it alone) and out of the body."""
    result = clean(page)
    assert (result.title, result.metadata.get("deck")) == (expected, deck)
    if deck:
        assert deck not in result.text
    assert clean(result.text, title=result.title).text == result.text


@pytest.mark.parametrize(("text", "second"), [
    # printed in a list of stories with its teaser and its source ("UPI", read as a credit), then
    # over the article with its byline: the article's printing
    ("Storm Hits the Coast - Daily Planet\n" + _MENU_LINES + "Storm Hits the Coast\nA storm hit the coast on Monday "
     "night and cut power to thousands of homes, officials said.\nUPI\n" + _MENU_LINES
     + "Storm Hits the Coast\nBy Ann Lee\n" + BODY, True),
    # a byline cut at every tag under the first printing: that one
    ("Storm Hits the Coast - Daily Planet\n" + _MENU_LINES + "Storm Hits the Coast\nBy\nAnn Lee\nand\nTom Roe\n"
     + _MENU_LINES + "Storm Hits the Coast\nShare\n" + BODY, False),
])
def test_the_headline_printing_with_the_articles_header(text, second):
    at = title(Document.from_text(text)).facts.headline_at
    assert at == (text.rindex("Storm Hits the Coast\n") if second else text.index("\nStorm Hits the Coast\n") + 1)


@pytest.mark.parametrize(("between", "expected"), [
    # the deck, then the byline, a stamp or the day: the deck goes with the headline
    ("Schools win most of the new money By Jo Lee", "Council Approves Budget — Schools win most of the new money"),
    ("Schools To Get More Money By Spring POSTED: 7:54 am EST January 23, 2008",
     "Council Approves Budget — Schools To Get More Money By Spring"),
    ("Schools win most of the new money Tuesday, January 8, 2008",
     "Council Approves Budget — Schools win most of the new money"),
    # no deck: a toolbar, the byline in capitals, the headline again after a teaser, a sentence,
    # words that tell nothing of the story, no header after them
    ("Email | Print | Share | Schools By Jo Lee", "Council Approves Budget"),
    ("Schools win money By JO LEE Staff Writer January 8, 2008", "Council Approves Budget"),
    ("Mayor opens the new road Council Approves Budget By Jo Lee", "Council Approves Budget"),
    ("The schools won. The mayor said so. By Jo Lee", "Council Approves Budget"),
    ("Weather traffic lottery results and horoscopes By Jo Lee", "Council Approves Budget"),
    ("Subscribe to this paper Email this article Printer friendly page Home January 8, 2008",
     "Council Approves Budget"),
    ("Share this story on your networks about the budget By Jo Lee", "Council Approves Budget"),
    # one word of a share bar's is a deck's as often
    ("Share prices fall as the budget passes By Jo Lee",
     "Council Approves Budget — Share prices fall as the budget passes"),
    ("Schools win most of the new money and more lines of the page's own menus follow here", "Council Approves Budget"),
])
def test_folded_page_deck_after_the_headline_copy(between, expected):
    """A folded page prints its headline again, its deck, then the article's header: the words
    between the copy and the header are its deck when they read as one."""
    page = f"Council Approves Budget - Springfield Herald {_MENU} Council Approves Budget {between} {_STORY}"
    assert clean(page).title == expected


@pytest.mark.parametrize(("lines", "headline"), [
    # a section's name first, then the breadcrumb that ends with the headline printed under it
    (["Hockey Articles", "Home - NHL - Recaps - Blues rout Jackets at home", "Blues rout Jackets at home"],
     "Blues rout Jackets at home"),
    (["Springfield Herald", "Home > News > Local > Council approves the budget", "Council approves the budget"],
     "Council approves the budget"),
    # a trail that ends with a section, or whose end the next line does not print: no headline from it
    (["Hockey Articles", "Home - NHL - Recaps", "Recaps"], "Hockey Articles"),
    (["Hockey Articles", "Home - NHL - Recaps - Blues rout Jackets at home", "Related:"], "Hockey Articles"),
])
def test_headline_under_the_breadcrumb_that_ends_with_it(lines, headline):
    text = "\n".join([*lines, "Related:", "Hockey Articles", BODY])
    assert clean(text).title == headline


@pytest.mark.parametrize(("credit", "found"), [
    # a reporter's credit without its "By" over the day: the article's header, the headline above it
    ("Tim Lee, Canwest News Service; Ottawa Citizen", True),
    ("Ann Lee and Bob Stone", True),
    # a line of the page's boxes between them: no header
    ("More stories from the Citizen", False),
])
def test_headline_over_a_credit_without_by_and_its_day(credit, found):
    text = "\n".join(["Home", "News", "Sports", "Weather", "More Latest News", "Boy in good condition after surgery",
                      credit, "Published: Thursday, January 17, 2008", BODY])
    assert (clean(text).title == "Boy in good condition after surgery") is found


@pytest.mark.parametrize(("credit", "deck"), [
    # the credit a page prints between the deck and the day is no part of the deck: a wire's name,
    # the newsroom's, a credit of names, a reporter's name after the deck's sentence
    ("The Associated Press", "Schools win most of the new money"),
    ("Reuters", "Schools win most of the new money"),
    ("Staff and agencies", "Schools win most of the new money"),
    ("Press Trust of India", "Schools win most of the new money"),
    ("Ann Lee and Bob Stone", "Schools win most of the new money"),
    ("James Rivington", "Schools win most of the new money"),
    # no credit: the deck whole, its last names too
    ("", "Schools win most of the new money"),
])
def test_folded_deck_ends_before_its_credit(credit, deck):
    page = (f"Council passes budget - Springfield Herald {_MENU} Council passes budget Schools win most of the new "
            f"money {credit} Monday, January 14, 2008 {_STORY}")
    result = clean(page)
    assert (result.title, result.metadata.get("deck")) == (f"Council passes budget — {deck}", deck)


@pytest.mark.parametrize(("deck", "kept"), [
    # a deck that ends on a name after a small word, or on names joined in its sentence: kept whole
    ("Mayor signs the deal with Tom Hanks", "Mayor signs the deal with Tom Hanks"),
    ("Deal reached between Amazon and Apple", "Deal reached between Amazon and Apple"),
    ("Cheaper laptops offer budget options James Rivington", "Cheaper laptops offer budget options"),
])
def test_less_credit_keeps_a_deck_that_ends_on_names(deck, kept):
    from newsclean.headlines.run_in import _less_credit
    assert _less_credit(deck) == kept


def test_folded_headline_printed_twice_over_a_name_has_no_deck():
    # the headline printed twice, then the reporter's name: the second copy less the name is the
    # headline's opening, no deck
    page = (f"Council passes the budget for schools - Springfield Herald {_MENU} Council passes the budget for "
            f"schools Council passes the budget for schools Ann Lee Monday, January 14, 2008 {_STORY}")
    result = clean(page)
    assert (result.title, result.metadata.get("deck")) == ("Council passes the budget for schools", None)


@pytest.mark.parametrize("printings", [2, 50, 400])
def test_headline_at_reads_only_the_lines_under_each_printing(monkeypatch, printings):
    """Where the headline is printed many times (a page of teasers that each repeat it), each
    printing's header check reads the few lines under it, never the rest of the page: the work is
    linear in the page, not in printings times lines."""
    import newsclean.filters.title as title_module
    import newsclean.headlines.header as header_module

    seen: list[int] = []
    real = header_module._header_under

    def counting(below):
        seen.append(len(below))
        return real(below)

    monkeypatch.setattr(header_module, "_header_under", counting)
    text = "Storm Hits the Coast | Daily Planet\n" + "Home\nStorm Hits the Coast\n" * printings + BODY
    title_module.title(Document.from_text(text))
    assert seen and max(seen) <= header_module._HEADER_BELOW
