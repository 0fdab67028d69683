"""Cleaning the cleaned text changes nothing: ``clean(clean(x).text).text == clean(x).text``,
for each kind of input that once broke it, in several variants (the Hypothesis property in
``test_properties.py`` draws pages at random; these are the shapes found by hand)."""

from __future__ import annotations

import pytest

from newsclean import clean
from newsclean.html.detect import looks_like_html

PROSE = [
    "The council approved the new budget on Monday after a long debate, officials said.",
    "Spending on schools will rise by five percent, and the city will hire more teachers.",
    "The mayor said the plan would cost far more than the city had set aside for it this year.",
    "Opposition members walked out before the vote, saying they had not seen the final text.",
]
BODY = "\n".join(PROSE)


def _stable(page: str) -> str:
    once = clean(page).text
    assert clean(once).text == once
    return once


@pytest.mark.parametrize("datelines", [
    "WASHINGTON (Reuters) - BEIRUT (AP) — ",
    "BEIRUT (AP) -- LONDON (Reuters) - ",
    "(Reuters) - (AFP) - ",
    "LONDON, March 21 (Reuters) - PARIS (AFP) - ",
    "HANOI, Vietnam (AP) — BEIRUT (Reuters) - DAMASCUS (AFP) - ",
])
def test_wire_datelines_in_a_row_go_at_once(datelines):
    assert _stable(datelines + BODY).startswith(PROSE[0])


@pytest.mark.parametrize("where", [1, 2, 3])
def test_wire_datelines_of_later_paragraphs_go_too(where):
    lines = list(PROSE)
    lines[where] = "BEIRUT (Reuters) - " + lines[where]
    out = _stable("WASHINGTON (AP) — " + "\n".join(lines))
    assert "(Reuters)" not in out and lines[where].split(" - ", 1)[1] in out


@pytest.mark.parametrize("opening", [
    "&lt;body&gt; is where the page's visible content goes, and every browser reads it the same way.",
    "&lt;html&gt; opens every page that a browser shows.",
    "&lt;!DOCTYPE html&gt; comes first in the file, before anything else.",
    "&lt;head&gt; holds the title, the styles and the scripts of the page.",
    "&lt;BODY class=\"main\"&gt; may carry attributes like any other tag.",
])
def test_a_text_that_opens_with_a_page_tag_is_read_as_text_again(opening):
    page = f"<html><body><p>{opening}</p>" + "".join(f"<p>{p}</p>" for p in PROSE) + "</body></html>"
    once = _stable(page)
    assert once.startswith("<")


@pytest.mark.parametrize("text", [
    "<body> is where the page's visible content goes.\n" + BODY,
    "<html> opens every page.\n" + BODY,
    "<html> and <body> wrap every page a browser shows.\n" + BODY,
])
def test_text_opening_with_a_page_tag_keeps_its_words(text):
    assert _stable(text) == text


JSON = '{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Budget Passes", "url": "https://x.com/a"}'
PHP = 'a:2:{s:5:"title";s:13:"Budget Passes";s:3:"url";s:15:"https://x.com/a";}'


@pytest.mark.parametrize(("opener", "closer"), [
    ("<div>", "</div>"), ("<script>", "</script>"), ("<!--", "-->"), ("<?php", "?>"), ("<pre>", "</pre>"),
    ("//<![CDATA[", "//]]>"),
])
@pytest.mark.parametrize("blob", [JSON, PHP])
def test_markup_lines_around_a_blob(opener, closer, blob):
    for page in (f"{opener}\n{blob}\n{closer}\nThe mayor spoke first.\n{BODY}",
                 f"{BODY}\n{opener}\n{blob}\n{closer}\nThe mayor spoke last.",
                 f"Budget Passes\n{opener}\n{blob}\n{closer}\n{BODY}\n{BODY}"):
        out = _stable(page)
        assert PROSE[0] in out


@pytest.mark.parametrize("unit", ['string(999999) "\n', 'string(99999) "\n', 'string(5000) "\n',
                                  'string(300) "\n', 'string(300) "é\n', 'string(30) "€😀\n'])
@pytest.mark.parametrize("lines", [100, 1000])
def test_strings_that_never_close_are_cut_whole(unit, lines):
    """However many lines of PHP strings that never close, all go on the first cleaning (a
    reading budget once ran out part way, and a second cleaning cut more)."""
    for page in (unit * lines, unit * lines + BODY, BODY + "\n" + unit * lines + BODY):
        out = _stable(page)
        assert "string(" not in out


@pytest.mark.parametrize("stray", ['string(0) "', 'string(12) "abc', 'string(999999) "', 'string(3) "é"x'])
@pytest.mark.parametrize("data", [
    '{{"@context": "https://schema.org",\n{stray}\n"headline": "Budget Passes"}}',
    '{{\n  "@type": "NewsArticle",\n{stray}\n  "url": "https://x.com/a"\n}}',
    '[{{"title": "Budget Passes", "url": "/a"}},\n{stray}\n{{"title": "Schools", "url": "/b"}}]',
    'var related = {{"items": [1,\n{stray}\n2]}};',
])
def test_a_php_string_that_never_closes_inside_data_goes_with_the_data_at_once(data, stray):
    """A stray truncated PHP string line inside JSON (spliced pages, a dump cut short) once
    kept the data from being read on the first cleaning, which cut only that line; the second
    cleaning read the data and cut it (found by the fuzz target test_real_pages_cut_and_spliced)."""
    blob = data.format(stray=stray)
    for page in (f"{BODY}\n{blob}\nThe mayor spoke last.", f"{blob}\n{BODY}", f"{PROSE[0]}\n{blob}\n{BODY}"):
        out = _stable(page)
        assert PROSE[1] in out and "string(" not in out and '"' not in out


HEADINGS = ["About Jane Doe", "About the author", "About Us", "About Jane", "Über Hans Meier"]
BIO = "Jane Doe covers city hall for the paper and has done so since 2009, after years abroad."


@pytest.mark.parametrize("heading", HEADINGS)
@pytest.mark.parametrize("between", [[], ["Share this article", "Published March 3, 2019"], ["Tweet", "Share"],
                                     ["Jane Doe", "Reporter"]])
def test_an_about_heading_cuts_the_same_twice(heading, between):
    for lines in ([*PROSE[:2], heading, *between, BIO, *PROSE[2:]], [*PROSE, heading, *between, BIO],
                  [*PROSE[:3], heading, *between, *PROSE[3:], *PROSE]):
        _stable("\n".join(lines))


MENU = ["Home", "News", "Sport", "Business", "Weather", "Contact Us", "Advertise With Us", "Jobs", "Autos"]


@pytest.mark.parametrize("below", ["Published 01/08/2008 - 10:07 a.m. GMT", "By Jane Doe", "March 3, 2019"])
@pytest.mark.parametrize("headline", [
    "Council Approves Budget After Long Debate",
    "The council approves a budget on Monday at 10:00 p.m., after a long debate",  # shaped like a sentence
])
def test_a_browser_title_printed_again_above_a_dateline_is_the_title(headline, below):
    page = "\n".join([headline, "Affordable Services for Readers, News & Events Promotion", *MENU * 3,
                      headline, below, *PROSE])
    r = clean(page)
    assert r.title == headline and not r.text.startswith(headline)
    assert clean(r.text).text == r.text


@pytest.mark.parametrize("sections", [["GOLF", "SOCCER"], ["BASKETBALL", "HOCKEY", "TENNIS"]])
def test_boxes_of_teasers_under_their_own_headings_do_not_close_the_article_below(sections):
    """A sports page's boxes, each under "More Golf »": the box's teasers read as sentences
    ("4:02 p.m. EST" ends like one) but are no article the heading closes."""
    boxes = []
    for s in sections:
        boxes += [s] + [f"• Choi holds on to win the {s.title()} Open 1/14/2008, {h}:02 p.m. EST" for h in (1, 2, 3)]
        boxes.append(f"MORE {s} »")
    page = "\n".join(["Sports", *MENU, *boxes, "Choi Wins", "By Doug Ferguson", *PROSE, *PROSE])
    out = _stable(page)
    assert BODY in out


@pytest.mark.parametrize("between", ['string(3) "', "Share this article", "Published March 3, 2019"])
def test_a_card_printed_twice_around_a_removed_line_goes_at_once(between):
    """Two printings of a teaser's headline with a line between that an earlier filter
    removes: the output shows them adjacent, so the first cleaning must read them so too."""
    page = "\n".join([PROSE[0], PROSE[1], "Mayor Quits After Vote", between, "Mayor Quits After Vote", PROSE[2],
                      PROSE[3]])
    _stable(page)


@pytest.mark.parametrize("line", ["\ud800\x85", "\x85\ud800\x85", "\ud800\x85\x85\x85\x85", "\ud800\ud800\x85\x85",
                                  "\x85\ud800\x85\ud800\x85", "Word \ud800\x85 word", "\ufffd\x85"])
def test_a_line_of_lone_surrogates_and_next_line_marks_cuts_the_same_twice(line):
    """A lone surrogate (replaced with U+FFFD) among NEL characters (``\\x85``, a line break to
    ``str.splitlines`` but not to a text's lines): once kept on the first cleaning and cut on the
    second (found by the fuzz target test_any_string)."""
    for page in (line, f"{PROSE[0]}\n{line}", f"{line}\n{BODY}", f"{PROSE[0]}\n{line}\n{BODY}", PROSE[0] + line,
                 f"{BODY}\n\n{line}\n\n{BODY}"):
        _stable(page)


FOLDED_HEADS = ["Home News Sport World Business Weather Council Approves Budget 10/01/2008",
                "Home » News » Politics » Council Approves Budget published Wednesday, January 2, 2008",
                "Skip to content Home News Sport Business Council Approves Budget By Jane Doe The Daily Planet"]
FOLDED_FEET = ["Copyright © 2008 The Daily Planet. All rights reserved. This material may not be published, "
               "broadcast, rewritten or redistributed.",
               "Related links Home News Sport Business Weather Contact Us Advertise With Us Jobs Autos Real Estate "
               "Classifieds Obituaries Site Map Privacy Policy Terms of Use"]


@pytest.mark.parametrize("head", FOLDED_HEADS)
@pytest.mark.parametrize("foot", FOLDED_FEET)
def test_a_folded_page_line_that_holds_the_page_only_once_its_footer_goes_is_cut_at_once(head, foot):
    """A page folded to one line (``get_text(" ")``) with a footer line beside it: the line holds
    too little of the text to be cut as a page, until the footer is removed; a second cleaning
    then cut it and removed its menu and dateline (l3s_gn1 flatpage pages, 18 of them). The
    first cleaning runs again with the line found (``Facts.page_lines``) and cuts it as well."""
    page = head + " " + " ".join(PROSE * 2) + "\n" + foot
    out = _stable(page)
    assert out.startswith(PROSE[0]) and "Home" not in out



@pytest.mark.parametrize("credit", ["Photo: Reuters", "Photo: Jane Doe/AP", "Image credit: Getty Images"])
@pytest.mark.parametrize("after", [["Home"], ["Share", "Tweet"], ["\ufffd", "é"]])
def test_a_line_printed_twice_over_a_credit_is_the_text_when_no_other_prose_stands(credit, after):
    """A line printed twice above a photo credit reads as a gallery's caption (under the
    picture and in its viewer); on a page with no other prose it is the text: a first cleaning
    that took it for a caption found no article and kept the menu lines, which a second
    cleaning (the credit gone) removed (found by the fuzz target test_page_like_text)."""
    page = "\n".join([PROSE[0], PROSE[0], credit, *after])
    assert _stable(page) == PROSE[0] + "\n" + PROSE[0]


CAPTIONS = ["Firefighters battle a blaze at a warehouse in Springfield, Ill., Tuesday, Nov. 19, 2019. "
            "(John Roe/AP Photo)",
            "Council members listen to the mayor during the budget debate at city hall in Springfield, Monday, "
            "March 2, 2019. (Jane Roe/AP)"]


@pytest.mark.parametrize("caption", CAPTIONS)
@pytest.mark.parametrize("header", [["Associated Press", "Associated Press", "SPRINGFIELD —"],
                                    ["4:29 AM EST", "Jane Doe", "@JaneDoe", "Key Points"],
                                    ["Jane Doe", "Reporter", "2 min read"]])
def test_a_caption_kept_above_the_article_header_is_no_browser_title_the_second_time(caption, header):
    """A photo caption under the printed headline, then the article's header lines (a byline,
    a time, a handle), then the prose: the article's run keeps the caption and the header; in
    the cleaned text the caption is the first line, over short lines, and was read as a browser
    title above a menu (scrapinghub_aeb taglines pages). A menu stands between a browser title
    and the article; a header of a few lines is the article's own."""
    page = "\n".join(["Council Approves Budget | Daily Planet", "Home", "News", "Sport", "Council Approves Budget",
                      caption, *header, *PROSE, *PROSE])
    _stable(page)


@pytest.mark.parametrize("opening", [
    "<body><b>Note:</b> the page starts here, and the line goes on as a sentence of the article.",
    "<html>\n<body>\n<p>The council met on Monday, and the mayor spoke first about the budget.",
    "<!-- saved page -->\n<body><p>The council met on Monday, and the mayor spoke first about the budget.",
    "<BODY class=\"main\"><div id=\"story\">The council met on Monday, and the mayor spoke first.",
    "<!DOCTYPE html><p>The council met on Monday, and the mayor spoke first about the budget.",
    "<body> is where a page's content goes, the line says, and the page ends with </body>",
])
@pytest.mark.parametrize("menu", [["Home"], ["Home", "News", "Sport", "Business"], ["Skip to content"]])
def test_a_text_whose_kept_lines_start_like_a_page_is_read_as_text_again(opening, menu):
    """Scraped text that is no page (a menu line first) but whose kept text, the menu gone, starts
    with a page's tags: the tags that open the kept text go (reason ``markup``), so that the
    cleaned text is not read as HTML when cleaned again (``clean(r.text)`` sniffs the format)."""
    for page in ("\n".join([*menu, opening, *PROSE]), "\n".join([*menu, opening, *PROSE, "It ends with </html>"])):
        r = clean(page)
        assert not looks_like_html(r.text)
        assert clean(r.text).text == r.text
        assert {x.reason for x in r.removed if x.text.startswith("<")} <= {"markup", "navigation", "boilerplate"}


@pytest.mark.parametrize("symbols", [["a", "≠", "b", "+", "1"], ["x", "=", "2", "y"], ["n", "≤", "10", "−", "k"]])
@pytest.mark.parametrize("gap", ["\n\n", "\n \n", "\n\n\n"])
def test_a_formula_cut_per_symbol_with_blank_lines_between_joins_at_once(symbols, gap):
    """A formula a line per symbol with blank lines between: the cleaned text keeps no blank line,
    so the run was joined only on the second cleaning; it is read past the blank lines at once."""
    page = "\n".join([*PROSE[:2], "When" + gap + gap.join(symbols) + gap + ", the rule holds for every case.",
                      *PROSE[2:]])
    out = _stable(page)
    assert "When " + " ".join(symbols) in " ".join(out.split())


@pytest.mark.parametrize("junk", [["[", "?>", "[", "["], ["{", "<", "[", "}"], ["\"", "->", "]", "]"]])
@pytest.mark.parametrize("between", ["Share on Facebook", "Tweet", 'string(3) "'])
def test_brackets_and_operators_set_side_by_side_by_a_removal_are_no_formula(junk, between):
    """Lines of one or two marks (a page's leftovers) with a share line among them: once the share
    line goes they stand side by side, and a second cleaning read them as a formula cut per symbol
    and joined them (found by the fuzz target test_page_like_text). A formula has operands."""
    lines = [*junk[:2], between, *junk[2:], "Politics"]
    for head in (["That Who To Had"], ["Home", "World"], []):  # no article: every line is kept
        for sep in ("\n", "\n\n"):
            _stable(sep.join([*head, *lines]))


@pytest.mark.parametrize("unit", ["<![CDATA[", "[CDATA[", "\\u00e9", "{{x}}"])
@pytest.mark.parametrize("counts", [(8, 38), (10, 40), (9, 44), (15, 35)])
def test_runs_of_markup_without_spaces_do_not_turn_the_page_language(unit, counts):
    """Runs of markup without a space hold many tokens and no word of a language; counted as the
    page's language samples they decided whether the stop-word lists know it (``covered``), and once
    a cleaning removed one of them the answer turned and a second cleaning weighed the other run
    differently (found by the fuzz target test_page_like_text)."""
    first, second = counts
    page = "\n".join([unit * first, "<div>", "<div>", unit * second, "The The The", "The The The",
                      "Sat Jan 01, 2000 00:00:00", "The the the the the the the the."])
    _stable(page)
