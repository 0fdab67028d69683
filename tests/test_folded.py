"""A whole page folded to one line (``soup.get_text(" ")``, issue 15's ``flatpage``): the article
is found inside the line, its menus and footer go as ``navigation`` and ``boilerplate``, its
headline stays; a folded article alone, and one-line prose, come back whole. The pages here are
written by hand, in the shapes news sites print (several languages)."""

from __future__ import annotations

import pytest

from newsclean import DEFAULT, clean
from newsclean.layout.closing_headings import end_opening
from newsclean.layout.folded import find_article, unit_starts
from newsclean.layout.title_copies import (
    doubled_headline,
    header_after,
    opening_headline,
    printed_headline,
    reprinted_title,
    title_head,
)
from newsclean.layout.unit_shapes import furniture_unit, link_run, menu_end, prose_unit

MENU_EN = ("Home News UK World Politics Business Markets Sport Football Cricket Tennis Rugby Weather "
           "Travel Culture Film Music Books Arts Money Health Science Tech Events Jobs Cars Property "
           "Opinion Letters Obituaries Puzzles Podcasts Video Audio Newsletters Subscribe Sign In Search "
           "Local Schools Crime Courts Elections")
FOOTER_EN = ("Follow Us Facebook Twitter Instagram LinkedIn YouTube RSS Site Map About Us Contact Us "
             "Careers Advertise With Us Terms Privacy Policy Cookie Settings Accessibility Help Archive "
             "Corrections Syndication Store Reprints Licensing Contests Weddings Classifieds Jobs Autos "
             "Homes Digital Edition Copyright The Springfield Herald All Rights Reserved")
STORY_EN = ("The city council approved the new budget on Monday after a debate that lasted most of the "
            "night. It raises spending on schools and roads by a tenth, the mayor said. Opponents "
            "argued that the plan leaves too little for the coming winter. A final vote on the "
            "details is expected in May, when the council meets again.")
MENU_DE = ("Startseite Politik Wirtschaft Panorama Sport Kultur Netzwelt Wissenschaft Gesundheit Reise "
           "Auto Karriere Meinung Video Podcasts Newsletter Abo Anmelden Suche Impressum Kontakt Archiv "
           "Hamburg Berlin München Köln Frankfurt Stuttgart Dresden Leipzig Bremen Hannover Kiel Mainz "
           "Bildung Familie Stil Digital")
FOOTER_DE = ("Folgen Sie Uns Facebook Twitter Instagram Impressum Datenschutz Nutzungsbedingungen "
             "Kontakt Mediadaten Hilfe Abo Kündigen Jobs Archiv Themen Autoren Newsletter Podcasts "
             "Barrierefreiheit Cookie Einstellungen Presse Unternehmen Karriere Werbung Sitemap RSS "
             "Leserservice Anzeigen Traueranzeigen Immobilien Stellenmarkt E-Paper Shop Verlag Gewinnspiele "
             "Veranstaltungen Wetter Verkehr Lotto")
STORY_DE = ("Der Stadtrat hat am Montag den neuen Haushalt nach einer langen Debatte beschlossen. Die "
            "Ausgaben für Schulen und Straßen steigen um ein Zehntel, sagte der Bürgermeister. Die "
            "Opposition kritisierte, dass für den Winter zu wenig Geld bleibe. Über die Einzelheiten "
            "soll im Mai abgestimmt werden, wenn der Rat wieder zusammentritt.")


@pytest.mark.parametrize(("unit", "prose"), [
    ("The council approved the budget on Monday.", True),
    ("Der Rat hat den Haushalt am Montag beschlossen.", True),
    ("Le conseil a adopté le budget lundi soir.", True),
    ("El consejo aprobó el presupuesto el lunes.", True),
    ("وافق المجلس على الميزانية الجديدة يوم الاثنين.", True),  # a script without case
    ("Home News Sport Business Politics Weather Travel Culture Got a news tip?", False),
    ("Council Approves Budget", False),  # too short, no stop
    ("The council approved the budget on Monday and then", False),  # no stop: cut off
    # a sentence's end as sentences.py reads it, with the Arabic question mark
    ('Le maire a dit : «Nous restons ici et nous votons le budget.»', True),
    ("The mayor said the town would stay, he added. ’ ”", True),  # nested quotes typeset apart
    ("هل وافق المجلس على الميزانية الجديدة يوم الاثنين؟", True),
])
def test_prose_unit(unit, prose):
    assert prose_unit(unit) is prose


@pytest.mark.parametrize(("unit", "furniture"), [
    (MENU_EN, True),
    (MENU_DE, True),
    (FOOTER_EN, True),
    ("Home | News | Sport | Business | Politics | Weather | Travel", True),
    # the article's own lists: results, tour dates and places, a race card, code
    ("Viera d. Rockledge 3-1 Viera (4-0): K. Hupfer 1 goal. L. Patikas 1 goal.", False),
    ("Tour Dates June 9 West Palm Beach, FL June 10 Tampa, FL June 12 Atlanta, GA June 13 Raleigh, NC", False),
    ("1. Friday Friend (2) Shailesh 59.5, 2. Imperium (4) Srinath 57.5", False),
    ("if (res.ok) { res.json().then(function (data) { console.log(data); }); }", False),
    # a sentence cut off without its stop, however many names it holds
    ("In March SDF commander Nasser Haj Mansour told Sputnik that the Kurdish-led units had surrounded Al Tabqah",
     False),
    ("The council approved the budget on Monday.", False),
])
def test_furniture_unit(unit, furniture):
    assert furniture_unit(unit) is furniture


# A menu's items capitalise their function words ("Who We Are", "Contact Us", "Über Uns"); a
# sentence cut off without its stop writes them in lower case.
@pytest.mark.parametrize(("unit", "furniture"), [
    ("About Us Who We Are How We Work Our Story Contact Us Jobs Donate to Us Blog Newsletters", True),
    ("Giving 101 Your Donation Can Change Lives Quick Start Guide How We Work Who We Are FAQ", True),
    ("Home Contact Us About Us About Our Ads FAQ Subscribe Sign In Place an Ad Terms of Use", True),
    ("Startseite Über Uns Für Unternehmen Kontakt Impressum Datenschutz Karriere Newsletter Abo", True),
    ("In March the commander told Sputnik that the units had surrounded the town of Al Tabqah", False),
    ("Die Stadt hat den Haushalt am Montag nach langer Debatte beschlossen und", False),
])
def test_a_menus_items_capitalise_their_function_words(unit, furniture):
    assert furniture_unit(unit) is furniture


MENU_ITEMS_EN = ("About Us Who We Are How We Work Our Story Our People Contact Us Jobs Donate to Us "
                 "Giving 101 Your Donation Can Change Lives Quick Start Guide Where We Work What We Fund "
                 "Top Charities Research Reports Updates For Donors For Charities Stay Updated")


def test_a_page_whose_menus_capitalise_their_function_words_is_cut_as_a_page():
    units = ["Council Approves Budget | The Springfield Herald", MENU_ITEMS_EN, "Council Approves Budget",
             *STORY_EN.replace(". ", ".\n").split("\n"), MENU_ITEMS_EN]
    text = " ".join(units)
    page = find_article(text, 0, len(text), unit_starts(text, units))
    assert page is not None and page.page
    assert text[page.keep_start:page.keep_end] == "Council Approves Budget " + STORY_EN


# A Title Case headline capitalises its function words too: asked with items=False (a headline
# told from a menu printed twice), every function word counts, as before.
@pytest.mark.parametrize("headline", [
    "It's Hammer Time In Silicone Valley Says The Star",
    "SPECIAL CITY KIT FOR DERBY GAME AT OLD TRAFFORD",
    "Council Votes To Raise Taxes For The Schools",
])
def test_a_title_case_headline_is_no_menu_when_asked_so(headline):
    assert furniture_unit(headline)
    assert not furniture_unit(headline, items=False)


@pytest.mark.parametrize(("unit", "links"), [
    # a site index in lower case, a footer's links: no stop in thirty words and more
    ("Site Index Go to Home Page news home page world politics New York business tech science sports "
     "obituaries today's paper corrections opinion editorials op-ed contributors letters sunday review "
     "video arts art and design books dance movies music", True),
    ("accueil actualités international politique société économie culture sport sciences santé "
     "planète idées vidéos podcasts météo jeux abonnement newsletters archives boutique services "
     "annonces immobilier emploi voyages loisirs mode beauté cuisine automobile carrières", True),
    # a sentence cut off at the end of a folded article: function words
    ("In March the commander told the agency that the units had surrounded the town and that the "
     "fighters would not be able to hold it for long if the supply roads were cut by the army in the", False),
    ("if (res.ok) { res.json().then(function (data) { console.log(data); }); } else { console.log(res.status); } "
     "fetch(url).then(function (response) { return response.json(); }) one two three four five six", False),
    ("The council approved the budget on Monday.", False),
])
def test_link_run(unit, links):
    assert link_run(unit) is links


@pytest.mark.parametrize(("unit", "prose"), [
    ("News: ePaper | Front Page | National | Business | Sport False rails will be in position.",
     "False rails will be in position."),
    ("Startseite Politik Wirtschaft Panorama Sport Kultur Netzwelt Wissen Der Rat hat getagt.",
     "Der Rat hat getagt."),
    ("He met Prime Minister Theresa May in London on Monday.", None),  # a name in prose is shorter
    ("Home News Sport Business", None),  # no prose after the run
])
def test_menu_end(unit, prose):
    at = menu_end(unit, 0, len(unit))
    assert (None if at is None else unit[at:]) == prose


@pytest.mark.parametrize(("line", "headline"), [
    # the browser title's headline, then the site; printed again over the article
    ("Council Approves Budget | Springfield Herald Home News Council Approves Budget The council voted.",
     "Council Approves Budget"),
    # the site first, several levels (breadcrumbs)
    ("Springfield Herald » Local » Council Approves Budget » Home News Council Approves Budget The vote.",
     "Council Approves Budget"),
    ("Rat beschließt Haushalt - Stadtanzeiger Startseite Politik Rat beschließt Haushalt Der Rat hat getagt.",
     "Rat beschließt Haushalt"),
    # a browser title that runs into the menus without a separator: its opening printed again
    ("Dolphins feel a change with Parcells Search Site Web Home News Dolphins feel a change with Parcells By Jo",
     "Dolphins feel a change with Parcells"),
    # no copy of the title further on, or only inside longer words
    ("Council Approves Budget | Springfield Herald Home News The council voted.", None),
    ("Aid Arrives Now | Herald Home Aid Arrives Nowhere The trucks came.", None),
])
def test_printed_headline(line, headline):
    found = printed_headline(line, 0, len(line))
    assert (None if found is None else line[found[0]:found[1]]) == headline


@pytest.mark.parametrize(("line", "headline"), [
    # the headline, then the site's name and the menus; printed again over the byline
    ("Council Approves Budget - Springfield Herald Home News Local Council Approves Budget By Jo Lee The vote.",
     "Council Approves Budget"),
    # the site first, then sections: the headline after the third separator
    ("Springfield Herald > News > Local -- Council approves budget News Metro Home Council approves budget Jan 5",
     "Council approves budget"),
    # whatever follows the copy (a stamp in lower case, a share button's label)
    ("Budget passes after long night | Herald Home Print Budget passes after long night last updated: Jan 5",
     "Budget passes after long night"),
    # a headline in Title Case opens the title, whatever its shape
    ("Scotland Yard Strengthens Bhutto Team | Daily Planet Home Weather Scotland Yard Strengthens Bhutto Team AFP",
     "Scotland Yard Strengthens Bhutto Team"),
    ("Ein Rat beschließt den Haushalt - Stadtanzeiger Startseite Ein Rat beschließt den Haushalt Der Rat tagte.",
     "Ein Rat beschließt den Haushalt"),
    # the copy inside a sentence, or a sentence's opening printed twice: no headline
    ("Council approves budget after long night. Then the council approves budget cuts for schools.", None),
    ("The council met on Monday and the council met again on Tuesday, then the council met again.", None),
    # a menu printed twice (its marks, its shape after a separator) is no headline
    ("Herald | Home | News Sport Weather Travel Culture Music Books Home | News Sport Weather Travel Culture Music",
     None),
    ("Storm Hits | Herald Region Business Technology Science Health Sports Opinion Arts Style Travel Jobs "
     "Region Business Technology Science Health Sports Opinion Arts Style Travel Jobs", None),
    # no headline ends with a small word, or opens in lower case after a kicker's colon
    ("How to watch the 21 best films - Vox Home Video How to watch the 12 best shows By Jo", None),
    ("Apple's headset: the display moment - The Verge Home the display moment By Jo Lee", None),
    # a copy shorter than the title, cut at a comma, is no headline
    ("Story of Metroid, One of Gaming's Universes The A.V. Club Home Story of Metroid By Jo Lee", None),
    # the title's text keeps the line breaks of its markup
    ("Storm nears\n   the coast - Herald Home News Storm nears the coast By Jo Lee", "Storm nears\n   the coast"),
    # the whole browser title printed again (a print header) and the headline alone over the
    # article: the headline ends where the title's trail starts
    ("Herald - Storm nears the coast - Weather News Herald Home Storm nears the coast - Weather News Herald "
     "Print Storm nears the coast By Jo Lee", "Storm nears the coast"),
    ("Storm nears the coast | Weather | Herald Home Storm nears the coast | Weather | Herald News Storm nears the "
     "coast Associated Press", "Storm nears the coast"),
    # a copy that goes on with the separator (a heading cut by its markup's line break): no cut there
    ("Storm nears the coast – what comes next Herald Home Storm nears the coast – By Jo Lee Storm nears the coast – "
     "what comes next", "Storm nears the coast – what comes next"),
    # a subtitle after a long dash, in lower case, is the headline's, however its opening is printed
    ("Die Akte – der lange Marsch ins Netz Home Die Akte – der lange Marsch ins Netz Von Jo Lee Die Akte Status "
     "Quo", "Die Akte – der lange Marsch ins Netz"),
    # printed with its trail only: the copy is the longest one (no shorter copy confirms a cut)
    ("Herald - Storm nears the coast - Weather News Herald Home Storm nears the coast - Weather News Herald By Jo",
     "Storm nears the coast - Weather News Herald"),
    # a headline in Title Case after the site's name: confirmed by the article's header under its copy (a
    # byline, a day, a relative day), where a menu printed twice runs on into more links
    ("The Daily Planet: Mayor Signs Record Budget Deal Home Mayor Signs Record Budget Deal By JO LEE He signed.",
     "Mayor Signs Record Budget Deal"),
    ("Springfield Wire: Mayor Signs Record Budget Deal Home Mayor Signs Record Budget Deal 19/01/2008 4:52 PM He",
     "Mayor Signs Record Budget Deal"),
    ("Herald Online: Mayor Signs Big City Budget Home Mayor Signs Big City Budget 5 days ago The mayor signed it.",
     "Mayor Signs Big City Budget"),
    ("The Herald: Local World Business Sport Culture Home Local World Business Sport Culture Weather Travel", None),
    # the site's name after the headline, printed again in the page's header: the headline's copy wins, longer or not
    ("'Dune' Tops Box Office - Starfield Entertainment News Blog Home Starfield Entertainment News Blog News "
     "Home 01/14/08 'Dune' Tops Box Office The film led the weekend.", "'Dune' Tops Box Office"),
    # markup leaked after the title (an unclosed <title>, a script's tag) and after its copy: the headline
    # ends where the markup opens, however long the two run on together
    ("Herald TV - Springfield: Research confirms prairie grass could feed the city <SCRIPT LANGUAGE='JavaScript'>"
     "if (document.layers) {document.write('<SCR' + 'IPT SRC=/ad.asp />');}</SCRIPT> Home News Research confirms "
     "prairie grass could feed the city <SCRIPT LANGUAGE='JavaScript'>if (document.layers) {document.write('<SCR' "
     "+ 'IPT SRC=/ad.asp />');}</SCRIPT> (AP) - The study adds to the evidence.",
     "Research confirms prairie grass could feed the city"),
    # the site's name printed again, no other part: the single part before it is the headline
    ("The Daily Planet en Español - The Daily Planet Sections Home The Daily Planet News Sport Weather",
     "The Daily Planet en Español"),
    # a space between two text nodes before a comma in the copy ("<a>Metroid</a>, One ...")
    ("The Story of Metroid, One of Gaming's Universes The A.V. Club Home The Story of Metroid , One of Gaming's "
     "Universes By Jo Lee", "The Story of Metroid, One of Gaming's Universes"),
    ("Story of Metroid, One of Gaming's Universes The A.V. Club Home Story of Metroid , One of Gaming's Universes "
     "By Jo Lee", "Story of Metroid, One of Gaming's Universes"),
    # ... and the part shaped as a name is the title only where no other part is printed again
    ("Herald Daily - Fight Night Tonight Home Fight Night Tonight Sport Weather The fight is tonight.",
     "Fight Night Tonight"),
])
def test_reprinted_title(line, headline):
    found = reprinted_title(line, 0, len(line))
    assert (None if found is None else line[found[0]:found[1]]) == headline


@pytest.mark.parametrize(("line", "headline"), [
    # a print header (or a breadcrumb's last item) and the <h1>, folded side by side, under a site's slogan
    ("Please support local business! Storm hits the coast at dawn Storm hits the coast at dawn Staff and agencies "
     "19 January, 2008 By JO LEE The storm came.", "Storm hits the coast at dawn"),
    ("Herald Home Bus driver jailed for fraud Bus driver jailed for fraud 3 days ago SPRINGFIELD - The driver",
     "Bus driver jailed for fraud"),
    # in Title Case, with the article's header after it
    ("Home Mayor Signs Record Budget Mayor Signs Record Budget By JO LEE The mayor signed.",
     "Mayor Signs Record Budget"),
    # a menu printed twice (its items capitalised word by word), a logo's name and its link, a sentence's
    # opening printed twice that goes on: no headline
    ("Home News Sport Weather Home News Sport Weather Travel Culture", None),
    ("The Herald homepage The Herald homepage The Herald logo Tech Reviews", None),
    ("Storm hits the coast Storm hits the coast and the town, the mayor said.", None),
    ("Storm hits the coast today. Nothing is printed twice here at all.", None),
])
def test_doubled_headline(line, headline):
    found = doubled_headline(line, 0, len(line))
    assert (None if found is None else line[found[0]:found[1]]) == headline


@pytest.mark.parametrize(("text", "header"), [
    ("Mayor Signs Budget By JO LEE", True),                       # a byline in capitals
    ("Mayor Signs Budget  By Ann Lee", True),
    ("Mayor Signs Budget 19/01/2008 4:52:15 PM", True),           # a day, a time
    ("Mayor Signs Budget Tuesday, January 15, 2008", True),
    ("Mayor Signs Budget 18 hours ago", True),                    # a relative day
    ("Mayor Signs Budget Home News Sport Weather", False),        # more links
    ("Mayor Signs Budget by the end of May 2008", False),         # a sentence goes on
    ("Mayor Signs Budget The mayor signed it in 2008.", False),   # a year inside a sentence
])
def test_header_after(text, header):
    assert header_after(text, len("Mayor Signs Budget"), len(text)) is header


@pytest.mark.parametrize(("units", "headline"), [
    # a folded article: the browser title, menus and a date, then the headline run into the first sentence
    (["Murphy's Turf: Drugs are not just for athletes Subscribe Email Print Home", "Jan 17, 2008",
      "Murphy's Turf: Drugs are not just for athletes Marion Jones gave up her medals.", "Bonds may get an asterisk."],
     "Murphy's Turf: Drugs are not just for athletes"),
    # the copy only after the article has begun (a related link): no sign of where it opens
    (["Council Approves Budget | Herald Home News", "The council approved the budget on Monday.",
      "It takes effect in May, the mayor said.", "Related: Council Approves Budget Read more"], None),
    # a line that opens with a sentence has no browser title
    (["The council approved the budget on Monday.", "The council approved the budget on Monday again.",
      "It takes effect in May."], None),
])
def test_opening_headline(units, headline):
    line = " ".join(units)
    found = opening_headline(line, 0, len(line), unit_starts(line, units))
    assert (None if found is None else line[found[0]:found[1]]) == headline


@pytest.mark.parametrize(("line", "headline"), [
    # the headline, then the site's name after a hyphen, a bar or a long dash, then the menus
    ("Attack stokes fears in North Africa - The Washington Post Sign In Home Politics World",
     "Attack stokes fears in North Africa"),
    ("Stolen Picasso recovered undamaged in Brazil | Special reports | Guardian Unlimited Skip to main content",
     "Stolen Picasso recovered undamaged in Brazil"),
    ("On Behalf of Literally and Other Words — Medium Ready to publish? Sign in",
     "On Behalf of Literally and Other Words"),
    ("Bay Area DUI Arrests Down Sharply - News Story - KNTV San Francisco", "Bay Area DUI Arrests Down Sharply"),
    # a subtitle in lower case after a long dash goes on with the headline: no site's name there
    ("Evolve: Shared Mutable History — evolve extension for Mercurial Home Docs", None),
    # a short part capitalised word by word may be the site's name that leads the title
    ("The Modesto Bee | Reports: EMI to cut up to 2,000 jobs This page requires a browser", None),
    ("SunHerald.com : Bush declares flooded town disaster Subscriber Services | Member Center", None),
    # two words, or no separator: nothing to tell
    ("Hermitian matrix - Wikipedia Hermitian matrix From Wikipedia", None),
    ("Xbox One X review: A console that keeps up Engadget Login Home Gear", None),
])
def test_title_head(line, headline):
    found = title_head(line, 0, len(line))
    assert (None if found is None else line[found[0]:found[1]]) == headline


def test_a_page_drops_a_run_of_teasers_longer_than_any_sentence():
    teasers = " ".join(f"Teaser headline number {i} about the council and its budget vote" for i in range(8)) + "."
    units = [MENU_EN, "Council Approves Budget", *STORY_EN.replace(". ", ".\n").split("\n"), teasers, FOOTER_EN]
    text = " ".join(units)
    page = find_article(text, 0, len(text), unit_starts(text, units))
    assert page is not None and page.page
    assert text[page.keep_start:page.keep_end] == "Council Approves Budget " + STORY_EN
    # ... where a folded article alone keeps whatever it holds
    units = [*STORY_EN.replace(". ", ".\n").split("\n"), teasers]
    text = " ".join(units)
    assert find_article(text, 0, len(text), unit_starts(text, units)) is None


def test_find_article_keeps_headline_and_body_of_a_page():
    units = [MENU_EN, "Council Approves Budget", *STORY_EN.replace(". ", ".\n").split("\n"), FOOTER_EN]
    text = " ".join(units)
    page = find_article(text, 0, len(text), unit_starts(text, units))
    assert page is not None
    assert text[page.keep_start:page.keep_end] == "Council Approves Budget " + STORY_EN


@pytest.mark.parametrize(("menu", "title", "story", "footer", "site"), [
    (MENU_EN, "Council Approves Budget After Long Night", STORY_EN, FOOTER_EN, "Springfield Herald"),
    (MENU_DE, "Stadtrat beschließt neuen Haushalt", STORY_DE, FOOTER_DE, "Stadtanzeiger"),
])
def test_a_folded_page_comes_back_as_its_article(menu, title, story, footer, site):
    page = f"{title} | {site} {menu} {title} {story} {footer}"
    r = clean(page)
    assert r.title == title
    assert r.text.split() == story.split()
    reasons = {x.reason for x in r.removed if x.filter == "page"}
    assert reasons == {"navigation", "boilerplate"}
    assert clean(r.text).text == r.text  # a second cleaning keeps it


def test_the_step_can_be_dropped():
    page = f"Council Approves Budget | Springfield Herald {MENU_EN} Council Approves Budget {STORY_EN} {FOOTER_EN}"
    r = clean(page, pipeline=DEFAULT.without("page"))
    assert not [x for x in r.removed if x.filter == "page"]
    assert STORY_EN.split()[:10] == r.text.split()[:10]


@pytest.mark.parametrize("text", [
    STORY_EN,  # one-line prose
    STORY_EN + " " + STORY_EN,
    # a folded article alone: its headline, dateline and credits around it stay for their steps
    "Council Approves Budget After Long Night Mon Mar 21, 2016 " + STORY_EN + " (Reporting by Jane Doe)",
    # an article's own tables and lists after the prose, but no menus: not a page
    STORY_EN + " Tour Dates June 9 West Palm Beach, FL June 10 Tampa, FL June 12 Atlanta, GA June 13 "
    "Raleigh, NC June 15 Charlotte, NC June 16 Nashville, TN June 18 Louisville, KY June 19 Memphis, TN",
])
def test_text_that_is_no_page_is_not_cut_as_one(text):
    r = clean(text)
    assert not [x for x in r.removed if x.filter == "page"]


# A page folded with a few of its line breaks kept (text nodes written over several source lines,
# a <pre>): the lines are read together as one folded line; text with the lines of its
# paragraphs, or short lines, is never read so.
MORE_EN = ("Residents who spoke at the meeting were divided. Some praised the new money for the bus "
           "routes, while others asked why the library hours were cut again this year. The mayor "
           "promised to look at the library budget before the final vote.")


@pytest.mark.parametrize(("text", "article"), [
    # the menu on a line of its own, the byline on another, the story run into the footer
    (f"Council Approves Budget | Springfield Herald {MENU_EN}\nCouncil Approves Budget\nBy Jane Doe\n"
     f"{STORY_EN} {MORE_EN} {FOOTER_EN}", f"By Jane Doe {STORY_EN} {MORE_EN}"),
    # a story's sentences over two source lines, the footer on the second
    (f"{MENU_EN} Council Approves Budget " + STORY_EN.replace(" on schools", "\non schools") + f" {FOOTER_EN}",
     STORY_EN),
    (f"Stadtrat beschließt Haushalt | Stadtanzeiger {MENU_DE}\n{STORY_DE} {FOOTER_DE}", STORY_DE),
    # lines of units (a menu, paragraphs, a footer): a lined page, left to the line filters
    (f"Stadtrat beschließt Haushalt | Stadtanzeiger {MENU_DE}\n{STORY_DE}\n{FOOTER_DE}", None),
    ("\n".join([MENU_EN, STORY_EN, STORY_EN, FOOTER_EN]), None),
    ("\n".join(s + "." for s in STORY_EN.split(". ")) + "\n" + FOOTER_EN, None),
    # most of the text in short lines
    ("\n".join(["Home", "News", "Sport"] * 40) + f"\n{STORY_EN}", None),
])
def test_a_page_folded_to_a_few_lines_is_read_as_one(text, article):
    r = clean(text)
    cut = [x for x in r.removed if x.filter == "page"]
    if article is None:  # (the line filters may still remove a menu line)
        assert not cut
    else:
        assert {x.reason for x in cut} == {"navigation", "boilerplate"}
        assert article.split()[-20:] == r.text.split()[-20:]
        assert set(r.text.split()) <= set(article.split()) | set("Council Approves Budget".split())
        assert clean(r.text).text == r.text


@pytest.mark.parametrize(("unit", "closes"), [
    # a heading that closes an article, then what its section holds
    ("Most Popular 1 Mayor Opens New Library 2 Schools Reopen After Storm", True),
    ("More Springfield Herald Mayor Opens New Library The doors opened on Monday.", True),
    ("12 Comments Leave a Reply Jane Doe says: I agree with the mayor.", True),
    ("Leave a Reply Cancel reply You must be logged in to post a comment.", True),
    ("Comments (3) Sign in to post a comment.", True),
    ("jdoe says: I agree with the mayor.", True),  # a comment's author
    ("You may also like Council Votes Again Schools Reopen", True),
    ("Meistgelesen Stadtrat beschließt Haushalt Neue Brücke eröffnet", True),
    ("Lo más leído El alcalde abre la biblioteca", True),
    ("Tags: Budget , Council , Springfield Share this story", True),
    # a share bar at the article's foot: "Share this", or three networks' names and more
    ("Share this: Facebook Twitter WhatsApp Email Read Next Mayor Opens Library", True),
    ("Facebook Twitter Pinterest Email Previous Post Next Post Leave a Reply", True),
    ("Facebook says it will label more posts before the vote.", False),  # one network's name
    ("Email the writer at jdoe@example.com . Signal: 555-0100.", False),  # the author's contact line
    # the words of a heading opening a sentence, a clause, a release's boilerplate
    ("Most popular among voters was the plan to cut taxes.", False),
    ("He says Iran will not sign the deal.", False),
    ("About Acme Inc. Acme is a maker of tools and garden furniture.", False),
    ("Related Council Votes Again", False),  # a bare "Related" heads links inside articles too
    ("The council approved the budget on Monday.", False),
])
def test_end_opening(unit, closes):
    assert end_opening(unit) is closes


TEASERS_EN = ("Mayor Opens New Library The doors opened on Monday after two years of building work. "
              "Schools Reopen After Storm Pupils went back to class on Tuesday, the district said.")
COMMENTS_EN = ("jdoe says: I think the council got this one right and the roads needed the money. "
               "springfan says: Nobody asked the people who live on the east side of town about it.")


@pytest.mark.parametrize(("closing", "section"), [
    ("Most Read", TEASERS_EN),
    ("More Springfield Herald", TEASERS_EN),
    ("12 Comments", COMMENTS_EN),
    ("Leave a Reply", COMMENTS_EN),
])
def test_a_closing_heading_ends_the_article_of_a_page(closing, section):
    units = [MENU_EN, "Council Approves Budget", *STORY_EN.replace(". ", ".\n").split("\n"),
             f"{closing} {section}", FOOTER_EN]
    text = " ".join(units)
    page = find_article(text, 0, len(text), unit_starts(text, units))
    assert page is not None
    assert text[page.keep_start:page.keep_end] == "Council Approves Budget " + STORY_EN


def test_a_closing_heading_closes_nothing_before_the_body_or_in_an_article_alone():
    story = STORY_EN.replace(". ", ".\n").split("\n")
    # a box of most-read stories inside the article (a few sentences in), and no page around it
    units = [story[0], f"Most Read {TEASERS_EN}", *story[1:]]
    text = " ".join(units)
    page = find_article(text, 0, len(text), unit_starts(text, units))
    assert page is None or text[page.keep_start:page.keep_end].endswith(story[-1])
    # on a page, a box before the body has too little prose before it to close the article
    units = [MENU_EN, f"Most Read {TEASERS_EN}", "Council Approves Budget", *story, FOOTER_EN]
    text = " ".join(units)
    page = find_article(text, 0, len(text), unit_starts(text, units))
    assert page is not None and text[page.keep_start:page.keep_end].endswith(story[-1])


RANKED_EN = " ".join(f"{i} Teaser number {i} on the vote, the roads and the schools in town" for i in range(1, 12))


@pytest.mark.parametrize("section", [TEASERS_EN, RANKED_EN])  # sentences, or a numbered list after the run
def test_a_closing_heading_ends_the_article_under_a_browser_title_without_menus(section):
    # no menu before the article, but the browser title the page prints again: a page, not an article
    units = ["Council Approves Budget | Springfield Herald", "Council Approves Budget",
             *STORY_EN.replace(". ", ".\n").split("\n"), f"Most Read {section}", FOOTER_EN]
    text = " ".join(units)
    page = find_article(text, 0, len(text), unit_starts(text, units))
    assert page is not None  # (the browser title is too short a head to cut: the title step reads it)
    assert text[page.keep_start:page.keep_end].endswith(STORY_EN)


def test_a_page_folded_to_a_few_lines_ends_where_a_blob_opens():
    from newsclean.filters.segment import _folded_lines

    blob = 'x=[{"id": 1, "title": "Mayor Opens Library"}]'
    text = (f"Council Approves Budget | Springfield Herald {MENU_EN}\nCouncil Approves Budget\nBy Jane Doe\n"
            f"{STORY_EN} {MORE_EN} {FOOTER_EN} {blob}")
    found = _folded_lines(text)
    assert found is not None
    assert text[found[2]:] == blob  # the blob is the blobs step's, not the page's boilerplate
    assert text[found[1].keep_end:found[2]].strip().endswith("All Rights Reserved")


# A closing heading run into a unit (a folded page cuts units at sentence ends and menu runs
# only): a post's footer with its comment count, tags, a share bar or a box of links after the
# article's last sentence, with no stop before the heading.
@pytest.mark.parametrize(("footer", "section"), [
    ("Posted in News | Permalink | 12 Comments Previous Post Next Post", COMMENTS_EN),
    ("Filed by Jane Doe Tags: Budget , Council , Springfield", COMMENTS_EN),
    ("Photo: Jane Doe Share this: Facebook Twitter WhatsApp Email Read Next", TEASERS_EN),
    ("Jane Doe Staff Writer Most Read", TEASERS_EN),
    ("Veröffentlicht von Jana Roth | 12 Kommentare",
     "Leser1 schreibt: Der Rat hat recht, die Straßen brauchen das Geld."),
])
def test_a_closing_heading_inside_a_unit_ends_the_article_of_a_page(footer, section):
    story = STORY_EN.replace(". ", ".\n").split("\n")
    units = [MENU_EN, "Council Approves Budget", *story, f"{footer} {section}", FOOTER_EN]
    text = " ".join(units)
    page = find_article(text, 0, len(text), unit_starts(text, units))
    assert page is not None
    kept = text[page.keep_start:page.keep_end]
    assert kept.startswith("Council Approves Budget " + STORY_EN)
    assert section not in kept


# ... but not where the words only read as a heading inside a sentence or a Title Case headline,
# nor a share bar or a box of links that most of the article's prose follows (under the headline,
# between two paragraphs), where a comment thread never stands.
@pytest.mark.parametrize("inside", [
    "The post drew 12 Comments from readers, the clerk said.",
    "That, Audi says, allows the car to show its lights.",
    "But The Price Tag Isn't Cheap Come November, officials said.",
    "How Stores Make You Spend More Money Every Week was the talk's title.",
    "Photo: Jane Doe Email to a friend Printer friendly Font: The mayor spoke first.",
    "Jane Doe Staff Writer Most Read Mayor Opens New Library Schools Reopen After Storm",
])
def test_a_heading_in_a_sentence_or_inside_the_article_closes_nothing(inside):
    story = STORY_EN.replace(". ", ".\n").split("\n")
    more = [f"{s} It was the longest debate this year, the clerk said." for s in story]
    units = [MENU_EN, "Council Approves Budget", story[0], inside, *more, FOOTER_EN]
    text = " ".join(units)
    page = find_article(text, 0, len(text), unit_starts(text, units))
    assert page is not None
    assert text[page.keep_start:page.keep_end].endswith(more[-1])


# A page prints its headline and a dateline under it right above the body: on a page, both units
# before the body are shaped as furniture, and both stay (the title and dateline steps read them).
@pytest.mark.parametrize(("menu", "headline", "dateline", "story", "footer"), [
    (MENU_EN, "Council Approves Budget", "15 January 2008, 10:51", STORY_EN, FOOTER_EN),
    (MENU_EN, "No change in budget plans: mayor", "Monday, May 6, 2024", STORY_EN, FOOTER_EN),
    (f"{MENU_DE} Lokales Polizei Wetter Verkehr", "Stadtrat beschließt Haushalt", "Montag, 6. Mai 2024", STORY_DE,
     FOOTER_DE),
])
def test_a_headline_over_a_dateline_stays_with_the_article(menu, headline, dateline, story, footer):
    units = [menu, headline, dateline, *story.replace(". ", ".\n").split("\n"), footer]
    text = " ".join(units)
    page = find_article(text, 0, len(text), unit_starts(text, units))
    assert page is not None and page.page
    assert text[page.keep_start:page.keep_end] == f"{headline} {dateline} {story}"
