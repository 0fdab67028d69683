"""The paragraph classifier: shapes weigh as they should, the article's run is kept, menus,
comments and related lists around it go, and prose alone is never touched."""

from __future__ import annotations

import pytest

from newsclean import clean
from newsclean.document import Document
from newsclean.filters.boilerplate import boilerplate
from newsclean.filters.paragraphs import _CLOSING, _after_end, _closers, _cut_at_link, _weigh, paragraphs
from newsclean.layout.inserts import inner_boxes as _inner_boxes
from newsclean.layout.shape import best_run, ends_article, has_article, section_kind, weigh

PROSE_1 = ("The city council approved the new budget on Monday after a debate that lasted "
           "well into the night, officials said.")
PROSE_2 = ("Spending on schools will rise by five percent, and the city plans to hire more "
           "teachers before the autumn term begins.")
PROSE_3 = ("Critics said the plan did too little for transport, which has been cut twice in "
           "the past three years.")


def _weight(text: str) -> float:
    return weigh(Document.from_text(text).blocks[0])


@pytest.mark.parametrize(("text", "sign"), [
    (PROSE_1, 1),                                            # a sentence of prose
    ("Spending will rise.", 1),                              # a short sentence still counts a little
    ("Home", -1),                                            # a menu item
    ("Privacy Policy", -1),
    ("Ten Places to Visit Before Everyone Else Does", -1),   # a capitalised headline
    ("Most Read", -1),                                       # a section heading
    ("View comments (27)", -1),
    ("Entertainment | Sport | Weather | Travel", -1),        # a menu on one line
    ("+ Added Granite, Andesite and Diorite blocks", 0),     # a list item
    ("1 Kyle Busch 5040 5 1 17 27", 0),                      # a table row
])
def test_shapes_weigh_as_expected(text, sign):
    w = _weight(text)
    assert (w > 0, w == 0, w < 0)[{1: 0, 0: 1, -1: 2}[sign]], (text, w)


@pytest.mark.parametrize(("text", "kind"), [
    ("Most Read", "related_links"),
    ("Related Stories", "related_links"),
    ("You may also like", "related_links"),
    ("27 Comments", "comments"),
    ("[ 167 comments ]", "comments"),
    ("34 responses to “We needed to win this game”", "comments"),
    ("Leave a Reply", "comments"),
    ("There are 13 comments", "comments"),
    ("There is one comment", "comments"),
    ("Tags", "tags"),
    ("Popular on IndieWire", "related_links"),
    ("関連記事", "related_links"),
    ("相关文章", "related_links"),
    ("Читайте также", "related_links"),          # "Read also"
    ("Самые популярные диеты", "related_links"),  # "Most popular diets"
    ("Отзывы", "comments"),                      # readers' reviews under the page
    ("Добавить отзыв", "comments"),              # "Add a review"
    ("Комментарии (3)", "comments"),
    ("Отзывы покупателей были хорошими.", None),  # "Buyers' reviews were good." is a sentence
    ("Популярные диеты", None),                  # "Popular diets": a heading of the article itself
    ("Most people agreed.", None),
    ("There are 13 comments in the report", None),  # a sentence that counts comments
    ("Related coverage of the floods was praised.", None),
    ("The president says:", None),
    ("Response", None),            # a heading of an article about HTTP, or of a reply to critics
    ("Reactions", None),
    ("Comments are subject to our community guidelines, which can be viewed here.", "comments"),  # a notice
    ("Comments that are rude or off topic will not be approved by the moderators.", "comments"),
    ("Note: we are temporarily moderating all comments submitted to this site.", "comments"),
    ("ATENÇÃO: Comentários ofensivos não serão aprovados pelo moderador.", "comments"),
    ("Comments on the plan were mostly positive, the council said.", None),  # a sentence about comments
    ("Tell us what YOU think...", "comments"),                  # the comment box's prompt
    ("Tell us what you think the council should do with the money.", None),
    ("Most read in World", "related_links"),  # a box of the section's most read stories
    ("About the author", "about"),  # the author's box, or the site's, under the article
    ("About Jane Doe", "about"),
    ("About Us", "about"),
    ("Über Max Muster", "about"),
    ("Sobre Ana Lima", "about"),
    ("About the budget", None),    # a subheading of the article itself
    ("About 200 people came.", None),
    ("Über Geld", None),           # German nouns are capitalised: one word names no person
])
def test_section_headings(text, kind):
    assert section_kind(text) == kind


@pytest.mark.parametrize(("text", "ends"), [
    ("Most Read", True),
    ("Самые популярные диеты", True),   # "Most popular diets": a box of other pages follows
    ("Читайте также", False),           # "Read also" often labels a box inside the article
    ("Related Stories", False),
    ("Most read in World", False),      # may stand between paragraphs, as "Related Stories" does
    ("About the author", True),         # the author's box: a bio, then the site's other pages
    ("About Jane Doe", True),
])
def test_closing_headings(text, ends):
    assert ends_article(text) is ends


@pytest.mark.parametrize(("weights", "run"), [
    ([-2, 5, -1, 4, -30, 9], (5, 5)),
    ([-2, 5, -1, 4, -3, 4], (1, 5)),
    ([-1, -2], None),
    ([0, 3, 0, -2], (0, 2)),   # weightless rows beside the run join it
    ([], None),
])
def test_best_run(weights, run):
    assert best_run(weights) == run


MENU = ["Home", "World", "Politics", "Business", "Sport", "Weather"]


def _page(*parts: list[str]) -> str:
    return "\n".join(line for part in parts for line in part)


def test_menus_and_related_lists_around_the_article_go():
    page = _page(MENU, [PROSE_1, "What the budget means", PROSE_2, PROSE_3],
                 ["Most Read", "Ten Places to Visit This Year", "The Best Phones of 2019"],
                 ["About Us", "Contact", "Careers"])
    doc = paragraphs(Document.from_text(page))
    assert doc.body() == "\n".join([PROSE_1, "What the budget means", PROSE_2, PROSE_3])
    reasons = {r.text: r.reason for r in doc.removals}
    assert reasons["Home"] == "navigation"
    assert reasons["Ten Places to Visit This Year"] == "related_links"


def test_comments_never_outweigh_the_article():
    comment = "I think the council should have spent far more on the buses, which are always late here."
    page = _page(["Budget Passes After Long Night"], [PROSE_1, PROSE_2, PROSE_3], ["12 Comments"],
                 [f"reader{i} says:" for i in range(1)], [comment] * 8)
    r = clean(page)
    assert r.text == "\n".join([PROSE_1, PROSE_2, PROSE_3])
    assert {x.reason for x in r.removed} >= {"comments"}


def test_a_comments_link_under_the_headline_opens_nothing():
    page = _page(["Budget Passes | Daily Planet"], MENU, ["Budget Passes", "Comments", PROSE_1, PROSE_2])
    assert clean(page).text == "\n".join([PROSE_1, PROSE_2])


# A comment count of zero in the byline's bar ("0 Comments", "Comments (0)", "0 Kommentare") opens
# nothing: the article under it is no comment thread (before, the teasers above it were taken for the
# article and the article removed as comments; the teasers' own run is left to the other rules).
@pytest.mark.parametrize("count", ["0 Comments", "Comments (0)", "0 Kommentare"])
def test_a_zero_comment_count_over_the_article_opens_nothing(count):
    teasers = [f"Teaser {i}: the mayor of a town down the river said on Tuesday that the bridge works, "
               f"which began in the spring, will be finished before the winter comes." for i in range(6)]
    page = _page(MENU, teasers, ["Budget Passes After Long Night", "By Jane Doe", count],
                 [PROSE_1, PROSE_2, PROSE_3], ["About Us", "Contact", "Careers"])
    r = clean(page)
    assert r.text.endswith("\n".join([PROSE_1, PROSE_2, PROSE_3]))
    assert "comments" not in {x.reason for x in r.removed}


def test_prose_alone_is_untouched():
    text = "\n\n".join([PROSE_1, PROSE_2, PROSE_3])
    r = clean(text)
    assert r.text == "\n".join([PROSE_1, PROSE_2, PROSE_3]) and r.removed == ()


def test_too_little_prose_leaves_the_page_alone():
    doc = paragraphs(Document.from_text("Site Menu\nThe convoy came."))
    assert doc.removals == ()
    assert not has_article(Document.from_text("Home\nThe convoy came.").blocks)


def test_languages_without_stop_words_are_not_harmed():
    russian = ("Правительство утвердило новый бюджет в понедельник после долгих споров, "
               "сообщили официальные лица.")
    page = _page(["Главная", "Новости", "Спорт"], [russian, russian.replace("понедельник", "вторник")])
    assert clean(page).text.count("\n") == 1


def test_short_headings_inside_the_article_stay():
    page = _page(MENU, [PROSE_1, "Schools", PROSE_2, "Transport", PROSE_3], ["Privacy Policy"])
    assert clean(page).text.splitlines() == [PROSE_1, "Schools", PROSE_2, "Transport", PROSE_3]


TOUR = ["June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL", "June 10 -- Credit Union Amphitheatre, Tampa, FL",
        "July 2 -- Mohegan Sun Arena, Uncasville, CT"]
TEAMS = ["England (Group A): 10th appearance", "Spain (Group F): 11th appearance", "Wales (Group E): Second appearance"]


@pytest.mark.parametrize(("tail", "kept"), [
    (["Tour dates:", *TOUR], True),                      # a list under a heading ends the article
    (TOUR, True),                                        # right after its last paragraph
    (["Qualified teams", *TEAMS], True),
    (["Ten Places to Visit This Year", "The Best Phones of 2019", "Why Rents Keep Rising"], False),  # headlines
    (["► 2017 (11)", "► January (11)", "► December (17)"], False),  # a blog archive: rows of two words
    (["Most Read", *TOUR], False),                       # a list under a section heading is not the article's
    (TOUR[:2], False),                                   # two rows are no list
    (["Privacy Policy", "Contact Us", *TOUR], False),    # one heading at most between prose and list
])
def test_a_list_that_ends_the_article_stays(tail, kept):
    page = _page(MENU, [PROSE_1, PROSE_2, PROSE_3], tail)
    body = clean(page).text.splitlines()
    assert (body[-1] == tail[-1]) is kept, body
    assert clean(clean(page).text).text == clean(page).text


def _slide(n: int, total: int, counter: str = "{n}/{total} ") -> list[str]:
    return [counter.format(n=n, total=total) + f"Story {n}", f"The market moved on day {n}, traders said.", "Getty"]


@pytest.mark.parametrize(("slides", "gone"), [
    ([line for n in (1, 2, 3) for line in _slide(n, 3)], True),                        # "1/3 Story 1"
    ([line for n in (1, 2, 3, 4) for line in _slide(n, 9, "Image {n} of {total}\n")], True),
    ([line for n in (1, 2) for line in _slide(n, 2)], False),                          # two slides: no show
    ([line for n in (3, 2, 1) for line in _slide(n, 3)], False),                       # numbers must rise
    (["1/3 of voters said the council had done well this year, a poll found."], False),  # a share, not a slide
])
def test_a_slideshow_inside_the_article_goes(slides, gone):
    page = _page([PROSE_1, PROSE_2], slides, [PROSE_3])
    r = clean(page)
    assert r.text.splitlines()[-1] == PROSE_3
    assert (r.text.splitlines() == [PROSE_1, PROSE_2, PROSE_3]) is gone, r.text
    assert clean(r.text).text == r.text


HEADLINES = ["Mayor Quits After Long Row", "Rates Fall Again", "Schools Chief Named"]
# Linked headlines that weigh as a little prose on their own (long, or ending on "!").
LONG_HEADLINE = "Harbour workers vote to strike over pay as talks with the port authority collapse, union says"
QUOTED_HEADLINE = 'Video shows firefighters pulling a driver from the river: "We got him!"'


@pytest.mark.parametrize(("box", "gone"), [
    (["Related Stories", *HEADLINES], True),             # a related box inside the article
    (["Don't miss", HEADLINES[0]], True),
    (["Read more", *HEADLINES], True),
    (["Schools", *HEADLINES[:1]], False),                # the article's own headings stay
    (["Related Stories", *(HEADLINES * 3)], False),      # nine lines and more: a product box, not related links
    (["Trending", LONG_HEADLINE, *HEADLINES], True),      # a long headline without a full stop is a link too
    (["Read more", QUOTED_HEADLINE, *HEADLINES], True),   # so is one that ends on a quoted exclamation
])
def test_a_related_box_inside_the_article_goes(box, gone):
    before = [PROSE_1, PROSE_2, PROSE_3] * 2
    after = [p.replace("the", word) for word in ("that", "this") for p in (PROSE_1, PROSE_2, PROSE_3)]
    page = _page(MENU, before, box, after)
    r = clean(page)
    assert all((line in r.text.splitlines()) is not gone for line in box), r.text
    assert r.text.endswith(after[-1]) and clean(r.text).text == r.text


@pytest.mark.parametrize(("tail", "kept"), [
    (["The new plan offers:", "dozens of new bus routes across the city", "cheaper fares for pupils and pensioners"],
     True),                                               # a list the last sentence announces
    (["The new plan offers:", "Home", "Contact Us"], False),  # menu items are no entries
    (["The new plan offers:", "Mayor Quits After Long Row", "Rates Fall Again Today"], False),  # nor headlines
    (["The new plan offers.", "dozens of new bus routes across the city", "cheaper fares for pupils and pensioners"],
     False),                                              # nothing announced
])
def test_a_list_the_article_announces_stays(tail, kept):
    page = _page(MENU, [PROSE_1, PROSE_2, PROSE_3], tail)
    body = clean(page).text.splitlines()
    assert (body[-1] == tail[-1]) is kept, body
    assert clean(clean(page).text).text == clean(page).text


CAPTION = "The mayor speaks with business owners during a campaign stop in Columbia on Tuesday."


@pytest.mark.parametrize(("gallery", "gone"), [
    ([CAPTION, CAPTION, "Photo: Jane Doe, AP"], True),   # printed twice above its credit: a gallery's caption
    ([CAPTION, "Photo: Jane Doe, AP"], False),           # once: may be the article's own sentence
    ([CAPTION, CAPTION], False),                         # twice without a credit: left to the other rules
])
def test_a_gallery_caption_goes(gallery, gone):
    page = _page(gallery, [PROSE_1, PROSE_2, PROSE_3])
    r = clean(page)
    assert (CAPTION not in r.text) is gone, r.text
    assert r.text.endswith(PROSE_3) and clean(r.text).text == r.text


CALENDAR = [f"{n}a etapa: {n + 9} de março – Interlagos" for n in range(1, 8)]
COUNTED = [f"Coach says the team needs to win game {n} (1{n}5)" for n in range(1, 8)]
# the one sentence of a page that is a calendar (a comment box's notice opens the comments instead)
NOTICE = "Readers sent in dozens of photos of the race, and the best will be printed on Sunday."


@pytest.mark.parametrize(("page", "kept"), [
    # a calendar is the article when the page has no more prose than a sentence under it
    (_page(MENU, CALENDAR, ["Tags", "stock car 2018, stock car brasil, stock car interlagos, ", NOTICE]), CALENDAR),
    (_page(MENU, CALENDAR[:5], ["Tags", "stock car 2018, stock car brasil, stock car interlagos, ", NOTICE]),
     [NOTICE]),                                           # five rows are no text of their own
    # with an article's prose, a long list of headlines with their counts stays a box
    (_page(MENU, [PROSE_1, PROSE_2, PROSE_3], ["Most Commented Today"], COUNTED),
     [PROSE_1, PROSE_2, PROSE_3]),
])
def test_a_long_list_is_the_article_of_a_page_without_prose(page, kept):
    r = clean(page)
    assert r.text.splitlines() == kept, r.text
    assert clean(r.text).text == r.text


@pytest.mark.parametrize(("heading", "line", "tags"), [
    ("Tags", "stock car 2018, stock car brasil, stock car interlagos, stock car taruma, stock car cascavel", True),
    ("Tags", "stock car 2018 | stock car brasil | stock car interlagos | stock car taruma", True),
    ("Tags", "Tags help readers, editors and search engines, the desk says, find the story.", False),  # a sentence
    ("Schools", "stock car 2018, stock car brasil, stock car interlagos, stock car taruma", False),  # no tags heading
])
def test_the_keywords_under_a_tags_heading_are_no_prose(heading, line, tags):
    doc = Document.from_text(_page([heading, line]))
    weights = _weigh(doc).weights
    assert (weights[1] == _CLOSING["tags"]) is tags, weights


LAST = "Challenges include designing the spacecraft to run on its own while the crew sleeps through the cruise."


@pytest.mark.parametrize(("middle", "last_kept"), [
    (["Related Links", "European Space Agency website"], True),   # a box the article resumes after
    (["Read more", *HEADLINES], True),
    (["Most Read", "European Space Agency website"], False),      # a closing heading: what follows is not the article
    (["Related Links", "European Space Agency website", "Comments"], False),  # no prose right after the box
])
def test_a_related_box_between_paragraphs_does_not_cut_the_article(middle, last_kept):
    page = _page(MENU, [PROSE_1, PROSE_2, PROSE_3], middle, [LAST])
    r = clean(page)
    assert r.text.splitlines()[:3] == [PROSE_1, PROSE_2, PROSE_3], r.text
    assert (r.text.splitlines()[-1] == LAST) is last_kept, r.text
    assert not set(middle) & set(r.text.splitlines())
    assert clean(r.text).text == r.text


@pytest.mark.parametrize(("lines", "boxed"), [
    ([PROSE_1, "Related Links", "Agency website", LAST], {1, 2}),
    (["Deals of the day.", "Related Links", "Agency website", LAST], set()),  # a teaser's line above: no article
    ([PROSE_1, "Related Links", "Agency website", "Deals of the day."], set()),  # nor below
    ([PROSE_1, "Read more", "Card one", LAST, "Read more", "Card two", LAST, "Read more"], set()),  # a feed's cards
    ([PROSE_1, "Related Links", LONG_HEADLINE, QUOTED_HEADLINE, LAST], {1, 2, 3}),  # headlines, not prose
    ([PROSE_1, "Related Links", "The mayor resigned on Monday.", LAST], set()),  # a full stop: the article's sentence
    ([PROSE_1, "Related Links", "5. Beware the hotel hairdryer", LAST], set()),  # a listicle's numbered subheading
])
def test_inner_boxes(lines, boxed):
    doc = Document.from_text(_page(lines))
    assert _inner_boxes(_weigh(doc)) == boxed


# Teasers of a blog's related posts: a headline, its excerpt (prose), a date, a category.
TEASERS = ["Mayor Quits After Long Row",
           "The mayor stepped down on Friday after months of dispute with the council over the budget and the port.",
           "March 17, 2016", 'In "News"',
           "Rates Fall Again",
           "The central bank cut its main rate for the third time this year, saying that inflation had eased.",
           "April 8, 2015", 'In "Business"']
SHARE_BAR = ["Share this:", "Click to share on Twitter (Opens in new window)",
             "Click to share on Facebook (Opens in new window)", "Like this:", "Like Loading..."]


@pytest.mark.parametrize(("middle", "teasers_kept"), [
    ([*SHARE_BAR, "Related"], False),                    # the share bar ended the article: the box is the page's
    (["Share this article", "You might also like"], False),
    (["Related"], True),                                 # no closing line above: the box may be the article's
    ([*SHARE_BAR, PROSE_3, "Related"], True),            # prose after the share bar: the article goes on
])
def test_a_related_heading_after_the_share_bar_ends_the_article(middle, teasers_kept):
    page = _page(MENU, [PROSE_1, PROSE_2], middle, TEASERS)
    r = clean(page)
    assert r.text.splitlines()[:2] == [PROSE_1, PROSE_2], r.text
    assert (TEASERS[1] in r.text.splitlines()) is teasers_kept, r.text
    assert clean(r.text).text == r.text


@pytest.mark.parametrize(("above", "ends"), [
    (["Share this:", "Like this:"], True),           # the share bar closed the article
    (["Tags: budget, council", "Print"], True),
    (["Like this:"], False),                         # a short line, but no share bar or tag line
    ([], False),                                     # prose right above: a box inside the article
    (["Share this:", PROSE_3], False),               # prose after the share bar: the article goes on
    (["Share this:", *["Home"] * 12], False),        # the article's end lies too far above
])
def test_after_end(above, ends):
    doc = Document.from_text(_page([PROSE_1], above, ["Related", "Mayor Quits After Long Row", PROSE_2]))
    doc = boilerplate(doc)
    assert _after_end(_weigh(doc), _closers(doc), 1 + len(above)) is ends


COMMENT = ("says the budget is a disgrace, and that the council should have cut its own spending first, before it "
           "raised any of the parking fees again.")
COMMENTS = ["12 Comments", *[f"Reader {i} {COMMENT}" for i in range(8)]]
EXCERPT = ("The mayor stepped down on Friday after months of dispute with the council over the budget, the port "
           "and the new tram line, which had been delayed twice and cost far more than the city had planned.")
LONG_TEASERS = [line for i in range(3) for line in (f"Mayor Quits After Long Row, Part {i + 1}", EXCERPT, 'In "News"')]


@pytest.mark.parametrize(("after_heading", "kept"), [
    # the related box closes the article: the comments below it are no article that contends with it
    (LONG_TEASERS, False),
    # more of the article's prose below the heading, twice as much as above it: the article goes on
    ([LAST, *[PROSE_2 + " " + PROSE_1 + " " + PROSE_3] * 3], True),
])
@pytest.mark.parametrize("comments", [COMMENTS, []])
def test_what_follows_a_closing_heading_is_weighed_up_to_the_next_one(after_heading, kept, comments):
    page = _page(MENU, [PROSE_1, PROSE_2, PROSE_3], ["Share this article", "Most Read"], after_heading, comments)
    r = clean(page)
    assert r.text.splitlines()[:3] == [PROSE_1, PROSE_2, PROSE_3], r.text
    assert (after_heading[1] in r.text.splitlines()) is kept, r.text
    assert not any(line.startswith("Reader ") for line in r.text.splitlines())


CARD = ["Business", "Harbour Strike Ends After Late-Night Talks"]


@pytest.mark.parametrize(("middle", "gone"), [
    (CARD * 2, True),                                    # a card's label and headline, printed twice
    (CARD[1:] * 2, True),                                # a headline twice in a row
    (CARD[1:] * 3, False),                               # three times: figures that share one caption
    (["Company Town"] * 2, False),                       # a short label twice is no headline
    (["I would prefer not to."] * 2, False),             # a sentence said twice is the article's
    (CARD, False),                                       # once: the article's own subheading
])
def test_a_card_printed_twice_inside_the_article_goes(middle, gone):
    page = _page([PROSE_1, PROSE_2], middle, [PROSE_3, LAST])
    r = clean(page)
    assert r.text.splitlines()[:2] == [PROSE_1, PROSE_2] and r.text.endswith(LAST), r.text
    assert (not set(middle) & set(r.text.splitlines())) is gone, r.text
    assert clean(r.text).text == r.text


def test_a_feed_of_cards_after_the_article_is_no_article():
    teasers = [f"The {w} council said the plan would cost more than expected this year." for w in
               ("city", "county", "state", "harbour", "school")]
    feed = [line for n, teaser in enumerate(teasers, 1)
            for line in ["Business", f"Headline Number {n} Of The Feed"] * 2 + [teaser]]
    r = clean(_page(MENU, [PROSE_1, PROSE_2, PROSE_3], feed))
    assert r.text.splitlines() == [PROSE_1, PROSE_2, PROSE_3], r.text


TEASER = "The most powerful hatchback the factory has built has 306 horsepower and a huge rear wing"


@pytest.mark.parametrize(("before", "after", "body"), [
    # a link to the next or previous article closes the article, whatever teaser follows it
    ([], ["- Next Auto News", HEADLINES[0], TEASER], [PROSE_1, PROSE_2, PROSE_3]),
    ([], ["Previous Post", HEADLINES[1], TEASER], [PROSE_1, PROSE_2, PROSE_3]),
    ([], ["Nächster Artikel", HEADLINES[1], TEASER], [PROSE_1, PROSE_2, PROSE_3]),
    (["Previous Post", HEADLINES[1]], [], [PROSE_1, PROSE_2, PROSE_3]),  # the same links above the article
    ([], ["Next", TEASER], [PROSE_1, PROSE_2, PROSE_3, TEASER]),          # a bare "Next" closes nothing
    ([], ["Next slide", TEASER], [PROSE_1, PROSE_2, PROSE_3, TEASER]),    # nor a gallery's control
])
def test_a_link_to_the_next_article_closes_the_article(before, after, body):
    r = clean(_page(MENU, before, [PROSE_1, PROSE_2, PROSE_3], after))
    assert r.text.splitlines() == body, r.text
    assert clean(r.text).text == r.text


@pytest.mark.parametrize(("line", "gone"), [
    ("MAYOR'S AIDE OPENS UP ABOUT HIS YEARS AT CITY HALL", True),   # a link to another story, in capitals
    ("'BAKE OFF' STAR SAYS THE SHOW HELPED HER LOSE 25 POUNDS", True),  # one number is still a headline
    ("HOW TO MAKE JAM AT HOME", False),                              # a subheading in capitals is shorter
    ("WHAT HAPPENS NEXT FOR THE CITY'S SCHOOLS AND ITS TEACHERS?", False),  # a question: the article's heading
    ("THE STORM WILL BRING HEAVY SNOW TO THE HILLS BY MONDAY.", False),     # a sentence in capitals (a warning)
    ("HD THE HOME DEPOT INC. 225.86 -12.99 -5.44%", False),         # a ticker row is data
    ("Mayor's Aide Opens Up About His Years At City Hall Today", False),   # a capitalised title is left to the rest
])
def test_a_link_shouted_in_capitals_inside_the_article_goes(line, gone):
    r = clean(_page([PROSE_1, PROSE_2], [line], [PROSE_3, LAST]))
    assert r.text.splitlines()[:2] == [PROSE_1, PROSE_2] and r.text.endswith(LAST), r.text
    assert (line not in r.text.splitlines()) is gone, r.text
    assert clean(r.text).text == r.text


BIO = ["About Jane Doe", "Jane Doe covers city hall for the Planet. She joined the paper in 2015 after ten years "
       "at a wire service, where she reported on courts and elections across the state."]


@pytest.mark.parametrize(("middle", "after", "body"), [
    ([], BIO, [PROSE_1, PROSE_2, PROSE_3]),                          # the author's bio closes the article
    ([], ["About the author", *BIO[1:]], [PROSE_1, PROSE_2, PROSE_3]),
    (["About the budget"], [], [PROSE_1, "About the budget", PROSE_2, PROSE_3]),  # a subheading stays
])
def test_a_section_about_the_author_closes_the_article(middle, after, body):
    r = clean(_page(MENU, [PROSE_1], middle, [PROSE_2, PROSE_3], after))
    assert r.text.splitlines() == body, r.text
    assert clean(r.text).text == r.text


# A site menu with its "About" links above the article, under a long list line that weighs as prose
# (a country picker run into one line).
COUNTRIES = [" ".join(["Antigua and Barbuda Bosnia and Herzegovina Republic of the Congo Trinidad and Tobago"] * 5)]
ABOUT_MENU = ["About Planet", "About Planet", "Board of Directors", "Staff", "Contact Us"]


def test_about_links_in_a_menu_close_no_article():
    r = clean(_page(MENU, COUNTRIES, ABOUT_MENU, [PROSE_1, PROSE_2, PROSE_3, LAST]))
    assert r.text.splitlines() == [PROSE_1, PROSE_2, PROSE_3, LAST], r.text
    assert clean(r.text).text == r.text


# -- code lines (a page's script or markup scraped as text) are no prose ---------------------------

CODE_LINES = [
    "return (t == b && t.length > 0);",
    "if (a || b) { init(); }",
    "function redimensionnement_gal(e) {",
    "});",
    "},",
    "var ctxt_ad_bc = '000000'; // cell border color",
    "hbx.ci=params(document.cookie,\"SWID\",\"null\");//CUSTOMER ID",
    "document.write('<input name=\"aff\" type=\"radio\">');",
    ".hp-box-300 {margin-top:10px; width:300px;",
    '"width": 250,',
    '"@type": "Organization",',
    "/* <![CDATA[ */",
    "// Determine the mobile operating system.",
    '<div class="c-search c-search--fixed">',
    "</div>",
    '<li class="menu-item"><a href="/news">News</a></li>',
]
PROSE_WITH_MARKS = [
    "The vote passed 52-48 (a narrow margin); the bill now goes to the House for a second reading.",
    "The mayor said the plan, which critics call a giveaway, would cost the city more than $3 million.",
    "<body> is where the page's visible content goes, and every browser reads it the same way.",
    '<body class="main"> may carry attributes like any other tag, the guide explains at length.',
    "Fans chanted \"We want more!\" as the band left the stage after a two-hour set on Friday night.",
    "The score was 3-1 at half time; the visitors then scored twice in the last ten minutes of play.",
]


@pytest.mark.parametrize("line", CODE_LINES)
def test_a_code_line_weighs_as_no_prose(line):
    assert weigh(Document.from_text(line).blocks[0]) < 0


@pytest.mark.parametrize("line", PROSE_WITH_MARKS)
def test_prose_with_code_like_marks_stays_prose(line):
    assert weigh(Document.from_text(line).blocks[0]) > 0


def test_script_source_between_prose_goes_and_stays_gone():
    prose = ["The council approved the new budget on Monday after a long debate, officials said.",
             "Spending on schools will rise by five percent, and the city will hire more teachers.",
             "The mayor said the plan would cost far more than the city had set aside for it this year."]
    page = "\n".join(["function setAppStoreRedirection() {", "var n = 3;", "return (n == 3 && ok);", "}",
                      *prose, "});", "if (a || b) { init(); }"])
    once = clean(page).text
    assert once == "\n".join(prose) and clean(once).text == once


def test_a_page_head_of_meta_tags_is_no_list_of_the_article():
    """Six <meta> lines share their marks as a calendar's rows do, but are markup: no list run."""
    head = "\n".join(f'<meta property="og:{k}" content="{v}">' for k, v in [
        ("type", "article"), ("title", "Ferry service returns"), ("site_name", "The Harbour Gazette"),
        ("description", "The ferry sails again from Monday."), ("locale", "en_GB"), ("image", "/pier.jpg")])
    page = "Gazette</title>\n" + head + '\n<meta name="a'
    once = clean(page).text
    assert once.startswith("Gazette</title>") and clean(once, format="text").text == once


# A box heading cut at its link, as get_text("\n") gives it ("More" / "Washington Examiner"), closes the
# article as the lined page's "More Washington Examiner" does; other lines after a heading word do not.
@pytest.mark.parametrize(("lines", "cut"), [
    (["The dam holds, the mayor said.", "More", "Washington Examiner", "Rates Fall"], True),
    (["The dam holds, the mayor said.", "More", "CBS News", "Rates Fall"], True),
    (["The dam holds, the mayor said.", "more", "Washington Examiner", "Rates Fall"], False),  # a link, no heading
    (["The dam holds, the mayor said.", "More", "sports and weather tonight", "Rates Fall"], False),
    (["The dam holds, the mayor said.", "More", "The council will vote on the plan on Monday.", "Rates"], False),
    (["The dam holds, the mayor said.", "Related", "Washington Examiner", "Rates Fall"], False),
])
def test_a_box_heading_cut_at_its_link(lines, cut):
    assert _cut_at_link(_weigh(Document.from_text("\n".join(lines))), 1) is cut


_FEED = [("Rates Fall Again", "Jane Roe", "The central bank cut its rates for the third time this year on Wednesday, "
                                       "saying that growth had slowed more than it expected."),
         ("Storm Closes Ports", "Tom Okafor", "Ports along the coast closed on Tuesday as the storm moved north, and "
                                            "shipping lines warned of delays lasting into next week."),
         ("Strike Ends at Mill", "Ann Lee", "Workers at the paper mill voted to end their strike after the owners "
                                          "agreed to raise wages by four percent over two years."),
         ("School Roof Repaired", "Li Wei", "The roof of the primary school, damaged in the spring floods, has been "
                                          "repaired in time for the new term, the council said."),
         ("Bridge Opens Early", "Sara Diaz", "The new bridge over the river opened two months ahead of schedule on "
                                           "Monday, cutting the drive to the city by twenty minutes.")]


@pytest.mark.parametrize("heading", ["More\nWashington Examiner", "More\nCBS News", "MORE\nSTORIES"])
def test_a_feed_under_a_box_heading_cut_at_its_link_goes_with_the_heading(heading):
    article = ("The council approved the new budget on Monday after a long debate, officials said.\n"
               "Spending on schools will rise by five percent next year, and the city will hire forty teachers "
               "for the schools that lost staff in the spring.\n"
               "Critics said the plan did too little for roads, many of which were damaged in the floods, and "
               "called for a second vote before the summer.\n"
               "The mayor said the budget was the best the city could afford, and that the roads would come next.")
    more = " Officials said the decision followed weeks of talks."
    feed = "".join(f"{head}\n{name}\nTuesday November 19, 2019\n{teaser}{more}\n" for head, name, teaser in _FEED)
    # the article's section and tag links, then the box: no share bar closes the article above it
    body = clean(f"Budget Passes\n{article}\nOpinion\nCity Hall\nBudget\n{heading}\n{feed}").text
    assert body == article


@pytest.mark.parametrize("line", ["1/50 Star Wars boosts economy", "Image 2 of 5", "image 2 of 5", "IMAGE 2 OF 5",
                                  "Photo 3/9", "Picture 1 / 4 Crowds", "Slide 4 of 12", "ſlide 4 of 12", "12 of 40",
                                  "The army left.", "Ура 1/3", "(1/3)", " 1/3", "٣/٥", "１/３"])
def test_a_counter_opens_with_a_character_the_prefilter_lets_through(line):
    """The slideshow reads a paragraph with the counter pattern only when its first character may
    open one (``inserts._MAY_COUNT``): never a paragraph the pattern would match."""
    from newsclean.layout.inserts import _COUNTER, _MAY_COUNT

    assert _MAY_COUNT[line[0]] or _COUNTER.match(line) is None
