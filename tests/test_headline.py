"""Headlines as the page prints them: browser titles cut into parts, the element that prints a
run of them, the heading above the article, and the site's name told by its host."""

from __future__ import annotations

import pytest

from newsclean import clean
from newsclean.html import looks_like_html
from newsclean.html.headline import Headlines, names_site, site_labels
from newsclean.html.parse import parse_html
from newsclean.titles import own_headline, title_parts, title_runs, unmarked


@pytest.mark.parametrize(("title", "parts"), [
    ("Chelsea hoping to sign Anelka - Soccer - Sport - Breaking News",
     ["Chelsea hoping to sign Anelka", "Soccer", "Sport", "Breaking News"]),
    ("Sonics | Veteran, rookie are tops | Seattle Times", ["Sonics", "Veteran, rookie are tops", "Seattle Times"]),
    ("SignOnSanDiego.com > News > World -- Judges allow video",
     ["SignOnSanDiego.com", "News", "World", "Judges allow video"]),
    ("SFGate: World Views : Another political murder", ["SFGate", "World Views", "Another political murder"]),
    ("T.J. Ford Cleared To Practice : PROTRADE", ["T.J. Ford Cleared To Practice", "PROTRADE"]),
    ("GlossLip » Former American Idol star", ["GlossLip", "Former American Idol star"]),
    ("Lorem ipsum – My website", ["Lorem ipsum", "My website"]),
    ("Tutorial :: Python", ["Tutorial", "Python"]),
    ("2008 will get off to cold start- al.com", ["2008 will get off to cold start", "al.com"]),
    ("The Herald / Elections / Obama wins Harlem", ["The Herald", "Elections", "Obama wins Harlem"]),
    ("Olympic Loser (from Bradford Telegraph and Argus)", ["Olympic Loser", "from Bradford Telegraph and Argus)"]),
    ("Golfer Wins PGA Title(The Korea Times)", ["Golfer Wins PGA Title", "The Korea Times)"]),
    ("This API is so Fetching! ✩ Mozilla Hacks", ["This API is so Fetching!", "Mozilla Hacks"]),
    # joined words and quotes stay whole
    ("A well-known man wins", ["A well-known man wins"]),
    ("Screenshot : «Vape Wave», «6 Days»", ["Screenshot", "«Vape Wave», «6 Days»"]),
    ("海外留学生看两会_教育频道_中国青年网", ["海外留学生看两会_教育频道_中国青年网"]),
    ("a | b | c | d | e | f | g | h | i", ["a | b | c | d | e | f | g | h | i"]),  # too many parts
])
def test_title_parts(title, parts):
    assert title_parts(title) == parts


def test_title_runs_are_neighbours_longest_first():
    assert list(title_runs("A | B | C")) == ["A | B | C", "A | B", "B | C", "A", "B", "C"]


@pytest.mark.parametrize(("title", "kept"), [
    ('Bush to Saudis - CBN News</titlevalue="true" --> </head> <body id="B">', "Bush to Saudis - CBN News"),
    ('BBC SPORTi library--> <script src="x.js"></script>', "BBC SPORTi library"),
    ('Top Story(The Times)ntById("font"); obj.style.x = 1', "Top Story(The Times)"),
    ("Gaza Crossings Close - Ne(OAS_version >= 11) document.write('<b>')", "Gaza Crossings Close - Ne"),
    ('Television - Intww.site.co.uk/search/opensearch.xml" />', "Television - Intww.site.co.uk/search/opensearch.xml"),
    ("Gale to drive Nation'); document.write('<b>')", "Gale to drive Nation"),
    ("Rates rise <again>", "Rates rise <again>"),
    ("<The Palace: Tale of Jang Noksu>", "<The Palace: Tale of Jang Noksu>"),
    ("Plain headline", "Plain headline"),
])
def test_unmarked(title, kept):
    assert unmarked(title) == kept


@pytest.mark.parametrize(("part", "labels", "named"), [
    ("The Sports Network", {"sportsnetwork"}, True),
    ("WSJ.com", set(), True),
    ("The Hindu News Update Service", {"hindu"}, True),
    ("National Hockey League", {"sportsnetwork"}, False),
    ("USC has weakness for Illini duo on ChicagoSports.com", set(), False),  # a headline, not a name
    ("Hi", {"hi"}, False),
])
def test_names_site(part, labels, named):
    assert names_site(part, labels) is named


@pytest.mark.parametrize(("html", "labels"), [
    ('<head><link rel="canonical" href="https://www.example.co.uk/a/b"></head>', {"example"}),
    ('<head><meta property="og:url" content="http://news.daily.com/x"></head>', {"daily"}),
    ('<body><a href="http://ads.x.net/">a</a><a href="http://www.gazette.com/1">b</a>'
     '<a href="http://www.gazette.com/2">c</a></body>', {"gazette"}),
    ("<body><a href='/local'>x</a></body>", set()),
])
def test_site_labels(html, labels):
    assert site_labels(parse_html(html)) == labels


HEAD = "<html><head><title>{title}</title></head><body>{body}</body></html>"
PROSE = "<p>" + "The council said the work would start in the spring and take two years to finish. " * 2 + "</p>"


@pytest.mark.parametrize(("title", "body", "headline"), [
    # the element that prints the longest run of the title's parts
    ("Kemble quits as coach - World - Sport - Northern News",
     "<a href='/'>Sport</a><h1>Kemble quits as coach</h1>", "Kemble quits as coach"),
    ("SunHerald.com : Bush declares flooded town disaster",
     "<div class='hdln'>Bush declares flooded town disaster</div>", "Bush declares flooded town disaster"),
    ("Sonics | Veteran, rookie are tops in Sonics win | Seattle Times",
     "<ul><li>Sonics</li></ul><h1>Veteran, rookie are tops in Sonics win</h1>",
     "Veteran, rookie are tops in Sonics win"),
    # a breadcrumb (several links) that holds a longer run is no headline
    ("The Hindu : Sport : Racing : Successor in great heart",
     "<div><a href='/s'>Sport</a> : <a href='/r'>Racing</a> : Successor in great heart</div>"
     "<font class='storyhead'>Successor in great heart</font>", "Successor in great heart"),
    # no run printed: the h1 right above the article
    ("Dull Title That Is Not Printed", "<h2>Menu</h2><h1>Dam opens after rain</h1>", "Dam opens after rain"),
    # the browser title names only the site: a bare h2/h3 over the article will do
    ("The Sports Network - National Hockey League",
     "<a href='http://www.sportsnetwork.com/'>Home</a><h3>Blues rout Jackets</h3>", "Blues rout Jackets"),
])
def test_printed_headline(title, body, headline):
    result = clean(HEAD.format(title=title, body=body + PROSE))
    assert result.title == headline
    assert result.metadata["sources"]["title"] == "heading"
    assert result.metadata["page_title"] == title


def test_marked_titles_stay():
    """JSON-LD or og:title wins over a printed heading (measured better on the readability pages)."""
    page = ("<html><head><title>Dam Opens | Gazette</title><meta property='og:title' content='Dam opens at last'>"
            "</head><body><h1>Dam Opens</h1>" + PROSE + "</body></html>")
    result = clean(page)
    assert result.title == "Dam opens at last"
    assert result.metadata["sources"]["title"] == "meta"


@pytest.mark.parametrize(("meta", "headline", "source"), [
    # <meta name="title"> that copies the browser title, trail and all: the browser title's rules read it
    ("<meta name='title' content='Dam Opens -- Page 1 -- Gazette'>", "Dam Opens", "heading"),
    # its own wording, or og:title with the same trail (written for sharing): it stands
    ("<meta name='title' content='Dam opens at last'>", "Dam opens at last", "meta"),
    ("<meta property='og:title' content='Dam Opens -- Page 1 -- Gazette'>", "Dam Opens -- Page 1 -- Gazette", "meta"),
])
def test_meta_title_that_copies_the_browser_title(meta, headline, source):
    page = (f"<html><head><title>Dam Opens -- Page 1 -- Gazette</title>{meta}</head><body><h1>Dam Opens</h1>"
            + PROSE + "</body></html>")
    result = clean(page)
    assert (result.title, result.metadata["sources"]["title"]) == (headline, source)


def test_no_heading_keeps_the_browser_title():
    result = clean(HEAD.format(title="Dam Opens After Rain", body=PROSE))
    assert result.title == "Dam Opens After Rain"
    assert result.metadata["sources"]["title"] == "title"


@pytest.mark.parametrize(("title", "heading", "own"), [
    # a sentence-case title with nothing in common with the h1: the h1 heads something else
    ("Share buttons removal test", "Lorem ipsum dolor", True),
    ("Council votes to close the old library", "Weekend weather", True),
    # a site's or section's name, capitalised word by word
    ("Charleston Daily Mail", "For the first time in a decade, McGovern back on tour", False),
    ("Lifestyle & Entertainment", "Film review: 'Diving' viewers see world through one eye", False),
    # a keyword list, in lower case
    ("times and star workington lake district, west cumbria news", "More authority needed", False),
    # the title rewords the printed headline: they share words
    ("'Hairspray', Blonsky win Critics awards - PittsburghLIVE.com",
     "'No Country for Old Men,' 'Hairspray' and 'Juno' win at Critics' Choice Awards", False),
    ("Philippine president orders evacuations owing to typhoon_English_Xinhua",
     "Philippine president orders evacuations owing to typhoon", False),
    # too short to be a headline
    ("Home page", "Dam opens", False),
])
def test_own_headline(title, heading, own):
    assert own_headline(title, heading) is own


def test_unrelated_h1_leaves_the_browser_title():
    result = clean(HEAD.format(title="Council votes to close the old library",
                               body="<h1>Weekend weather</h1>" + PROSE))
    assert result.title == "Council votes to close the old library"
    assert result.metadata["sources"]["title"] == "title"


def test_headlines_read_each_element_once():
    heads = Headlines(parse_html("<body><h1>A <b>big</b> day</h1><div class='x'>" + "word " * 200 + "</div></body>"))
    assert [text for _, text, _ in heads.texts] == ["A big day", "big"]


@pytest.mark.parametrize("page", [
    '<!DOCTYPE htm\n  <div id="header"><a href="/">x</a></div>' + "<div><p>Text</p></div>" * 5,
    '<!--section:sports--->\n<script type="text/javascript">var a=1;</script>' + "<div><p>Text</p></div>" * 5,
    "<style>body{}</style>\n<table><tr><td>x</td></tr></table>" + "<div><p>Text</p></div>" * 3,
])
def test_broken_page_tops_are_html(page):
    assert looks_like_html(page)


@pytest.mark.parametrize("text", [
    "<b>Breaking</b> news\nThe dam opened.",
    "<p> marks a paragraph, <div> a block, and </p> closes one.",
])
def test_a_few_tags_in_text_are_not_html(text):
    assert not looks_like_html(text)


BODY = ("The council said on Monday that the work on the new bridge would start in the spring and take two "
        "years to finish, at a cost of twelve million pounds.\nThe mayor said the town had waited long enough.")


@pytest.mark.parametrize(("page", "headline"), [
    # the browser title's run printed far below, the first line not headline-shaped (ends with ':')
    ("Local biotech researcher dies - Kansas City Business Journal:\nHome\nNews\nLocal biotech researcher dies\n"
     + BODY, "Local biotech researcher dies"),
    ("SignOnSanDiego.com > News > World -- Judges allow video of victims\nHome\nJudges allow video of victims\n"
     + BODY, "Judges allow video of victims"),
    # a site's name as the browser title: the line above the article, a byline under it
    ("Charleston Daily Mail\nHome\nSports\nWeather\nMcGovern back on tour after a decade\nBy Ann Lee\n" + BODY,
     "McGovern back on tour after a decade"),
    ("Sportal > Golf > News\nHome\nGolf\nTennis\nGamez the man to catch\nJanuary 14, 2008\n" + BODY,
     "Gamez the man to catch"),
    # a browser title with a headline part stays over a line printed once with a byline
    ("Council Passes Budget | Daily Planet\nHome\nSchools Chief Quits\nBy Ann Lee\n" + BODY, "Council Passes Budget"),
    # a byline's second line (its desk) is no headline
    ("Winslet could replace Kidman\n\nScott Roxborough and Gregg Goldstein\nThe Hollywood Reporter\n"
     "Jan. 10, 2008 12:00 AM\n" + BODY,
     "Winslet could replace Kidman"),
])
def test_text_title(page, headline):
    assert clean(page).title == headline


@pytest.mark.parametrize(("title", "body", "expected", "site"), [
    # a long dash, then words in lower case: the headline's subtitle, which the title keeps
    ("Evolve: Shared Mutable History — evolve extension for Mercurial", "<h1>Evolve: Shared Mutable History</h1>",
     "Evolve: Shared Mutable History — evolve extension for Mercurial", None),
    ("Budget day — what the council decided and why", "<h2>Budget day</h2><h1>Budget day</h1>",
     "Budget day — what the council decided and why", None),
    # a capitalised name after the dash is the site's: cut
    ("Evolve: Shared Mutable History — Mercurial Wiki", "<h1>Evolve: Shared Mutable History</h1>",
     "Evolve: Shared Mutable History", "Mercurial Wiki"),
])
def test_subtitle_after_a_long_dash_stays(title, body, expected, site):
    result = clean(HEAD.format(title=title, body=body + PROSE))
    assert (result.title, result.metadata.get("site_name")) == (expected, site)


@pytest.mark.parametrize(("body", "expected", "deck"), [
    # a heading of a lower rank right under the headline: its deck
    ("<h1>For Astronaut, a Frustrating Wait</h1><h2>Delays Keep Him on Space Station</h2>",
     "For Astronaut, a Frustrating Wait — Delays Keep Him on Space Station", "Delays Keep Him on Space Station"),
    ("<h1 class='Headline'>Cell Phones Keep You Up?</h1><h2 class='SubHead'><i>Insomnia May Be Caused By "
     "Radiation</i></h2>", "Cell Phones Keep You Up? Insomnia May Be Caused By Radiation",
     "Insomnia May Be Caused By Radiation"),
    # each in a box of its own; a deck named by its class, whatever its tag
    ("<div class='headline'><h1>Pepsi to Push Music Store</h1></div><div class='dek'><h2>Stars Line Up Behind "
     "the Store</h2></div>", "Pepsi to Push Music Store — Stars Line Up Behind the Store",
     "Stars Line Up Behind the Store"),
    ("<h2 class='big'>Do small laptops threaten the Air?</h2><p class='standfirst'>Two makers offer budget options"
     "</p>", "Do small laptops threaten the Air? Two makers offer budget options", "Two makers offer budget options"),
    # a summary (a sentence or two), a byline, a date, a pull quote, a plain paragraph: no deck
    ("<h1>Dam Opens After Rain</h1><h2>The dam opened on Monday. Water flowed.</h2>", "Dam Opens After Rain", None),
    ("<h1>Dam Opens After Rain</h1><h2>By Ann Lee</h2>", "Dam Opens After Rain", None),
    ("<h1>Dam Opens After Rain</h1><h3>Saturday 12 January 2008</h3>", "Dam Opens After Rain", None),
    ("<h1>Dam Opens After Rain</h1><h2>'The main thing is the people,' mayor says</h2>", "Dam Opens After Rain", None),
    ("<h1>Dam Opens After Rain</h1><p>Water flowed over the old weir</p>", "Dam Opens After Rain", None),
    # a heading of the same rank heads something else
    ("<h2>Dam Opens After Rain</h2><h2>More from the valley</h2>", "Dam Opens After Rain", None),
])
def test_deck_under_the_headline(body, expected, deck):
    headline = expected[:-len(deck)].rstrip(" —") if deck else expected
    result = clean(HEAD.format(title=f"{headline} | Gazette", body=body + PROSE))
    assert (result.title, result.metadata.get("deck")) == (expected, deck)
    assert headline not in result.text  # the headline's line goes with the title, as without a deck


def test_deck_that_the_page_describes_or_titles_is_no_deck():
    body = "<h1>Dam Opens After Rain</h1><h2>Valley Gazette Online</h2>" + PROSE
    assert clean(HEAD.format(title="Dam Opens After Rain | Valley Gazette Online", body=body)).title == \
        "Dam Opens After Rain"
    described = HEAD.replace("</title>", "</title><meta name='description' content='Water Flows Again in the "
                             "Valley'>").format(title="Dam Opens After Rain | Gazette",
                                                body="<h1>Dam Opens After Rain</h1><h2>Water Flows Again in the "
                                                     "Valley</h2>" + PROSE)
    assert clean(described).title == "Dam Opens After Rain"


@pytest.mark.parametrize(("title", "body", "expected"), [
    # no element prints the headline: a section the menu links to, and a day, go from the end
    ("Bush to Saudis: More Oil Please - World - CBN News", "<a href='/world'>World</a>",
     "Bush to Saudis: More Oil Please"),
    ("Laura Linney Thankful She Is Home | January 15, 2008 | AHN", "", "Laura Linney Thankful She Is Home"),
    # a last part the page does not link to stays; so does a subtitle, linked or not
    ("Bush to Saudis: More Oil Please - Again - CBN News", "<a href='/world'>World</a>",
     "Bush to Saudis: More Oil Please - Again"),
    ("Budget Day Arrives — and more - Gazette", "<a href='/'>and more</a>",
     "Budget Day Arrives — and more"),
    # too short a headline would be left
    ("Oil Prices - World - CBN News", "<a href='/world'>World</a>", "Oil Prices - World"),
])
def test_browser_title_less_its_section_and_day(title, body, expected):
    assert clean(HEAD.format(title=title, body=body + PROSE)).title == expected


@pytest.mark.parametrize(("meta_title", "expected", "source"), [
    # a <meta> title that names the site (by its host) is no headline: the printed one is looked for
    ("Edmonton Sun", "Lawsuit settled at last — Claims of plagiarism dropped", "heading"),
    ("edmontonsun.com", "Lawsuit settled at last — Claims of plagiarism dropped", "heading"),
    # a <meta> title of the article's own stays
    ("Lawsuit over song settled", "Lawsuit over song settled", "meta"),
])
def test_meta_title_that_names_the_site(meta_title, expected, source):
    page = ("<html><head><title>edmontonsun.com - Music - Lawsuit settled at last</title>"
            f"<meta name='title' content='{meta_title}'><link rel='canonical' href='http://edmontonsun.com/m/1'>"
            "</head><body><div><b>Thu, January 10, 2008</b></div><h5>Lawsuit settled at last</h5>"
            "<h3>Claims of plagiarism dropped</h3>" + PROSE + "</body></html>")
    result = clean(page)
    assert (result.title, result.metadata["sources"]["title"]) == (expected, source)


_STORY = ("<p>The council said the work on the new bridge would start in the spring and take two years, "
          "the mayor told reporters on Monday.</p><p>A second paragraph says more about the bridge and its cost, "
          "which the council has not yet given in full.</p>")


@pytest.mark.parametrize(("browser_title", "site"), [
    ("Bridge work to start in spring - Kell Gazette", "Kell Gazette"),
    # what the cut leaves around a name goes: a bracket, a colon
    ("Bridge work to start in spring (Kell Gazette)", "Kell Gazette"),
    ("Bridge work to start in spring - Kell Business Journal:", "Kell Business Journal"),
    # the part that names the host wins over a slogan or a section at the end
    ("Kellgazette.com - Bridge work to start in spring - Local News", "Kellgazette.com"),
    # no name: a date, a slogan longer than a name, a section trail that holds the headline
    ("Bridge work to start in spring | Published January 18th, 2008", None),
    ("Bridge work to start in spring - Local News, Sport, Weather and Jobs from the Kell Valley", None),
    ("The Gazette : News / Local : Bridge work to start in spring", None),
])
def test_the_site_name_cut_from_the_browser_title_is_checked(browser_title, site):
    from newsclean import clean
    page = (f'<html><head><title>{browser_title}</title><link rel="canonical" href="http://www.kellgazette.com/a">'
            f"</head><body><h1>Bridge work to start in spring</h1>{_STORY}</body></html>")
    r = clean(page)
    assert r.title == "Bridge work to start in spring"
    assert r.metadata.get("site_name") == site
