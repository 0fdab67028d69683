"""From a whole page to the article: chrome marked by markup, the article found by its prose,
lists and tables rendered readably, hints and element names kept."""

from __future__ import annotations

import pytest

from newsclean import Result, clean
from newsclean.html import for_html, read_html

P1 = ("Heavy rain over the weekend pushed the river to its highest level in forty years, and "
      "engineers opened the dam's spillway on Monday morning.")
P2 = ("Residents of the lower valley were told to move to higher ground, though officials said "
      "the risk of flooding in the town itself remained low.")
P3 = ("The spillway, built in 1962, has been opened only three times before, most recently in "
      "2007, when the same stretch of river burst its banks.")

PAGE = f"""<!DOCTYPE html>
<html lang="en"><head>
<title>Dam Opens as River Hits 40-Year High | The Valley Gazette</title>
<meta property="og:site_name" content="The Valley Gazette">
<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "Dam Opens as River Hits 40-Year High",
 "datePublished": "2019-11-18T08:15:00+01:00", "author": {{"@type": "Person", "name": "Ann Lee"}}}}</script>
<style>.x {{ color: red }}</style>
</head><body>
<div id="cookie-consent" class="banner">We use cookies to improve your experience. Accept all cookies</div>
<header class="site-header"><a href="/">The Valley Gazette</a></header>
<nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li>
  <li><a href="/weather">Weather</a></li></ul></nav>
<main>
 <article>
  <header><h1>Dam Opens as River Hits 40-Year High</h1>
   <p class="byline">By Ann Lee</p><time datetime="2019-11-18T08:15:00+01:00">18 November 2019</time></header>
  <div class="share-bar"><a href="https://twitter.com/share">Tweet</a> <a href="mailto:?">Email</a></div>
  <div class="article-body">
   <p>{P1}</p>
   <figure><img src="dam.jpg" alt=""><figcaption>The spillway on Monday. Photo: Gazette</figcaption></figure>
   <p>{P2}</p>
   <h2>Past floods</h2>
   <p>{P3}</p>
   <ul><li>1962: dam completed</li><li>2007: last opening</li></ul>
   <table><tr><th>Year</th><th>Peak level</th></tr><tr><td>2007</td><td>4.1 m</td></tr></table>
   <div class="advert">Advertisement</div>
  </div>
  <footer class="article-footer"><a href="/tags/rain">rain</a> <a href="/tags/rivers">rivers</a></footer>
 </article>
 <aside class="sidebar"><h3>Most read</h3><ol><li><a href="/a">Council votes on budget</a></li>
  <li><a href="/b">School reopens after repairs</a></li></ol></aside>
 <section class="related-stories"><h3>Related</h3><p><a href="/c">Rain to continue all week,
  forecasters say, with more storms expected over the hills</a></p></section>
</main>
<footer id="site-footer"><p>© 2019 The Valley Gazette. All rights reserved.</p>
 <form action="/subscribe"><p>Sign up for our newsletter</p><input name="email"></form></footer>
<script>var analytics = {{}};</script>
</body></html>"""


@pytest.fixture(scope="module")
def result():
    return clean(PAGE)


@pytest.fixture(scope="module")
def whole():
    """The same page read whole: chrome in the text, removed with its reason."""
    return Result.from_document(for_html()(read_html(PAGE, whole_page=True)))


def test_whole_page_gives_the_same_body_and_metadata(result, whole):
    assert whole.text == result.text
    assert {k: v for k, v in whole.metadata.items() if k != "html_dropped"} == \
        {k: v for k, v in result.metadata.items() if k != "html_dropped"}


def test_by_default_chrome_is_left_out_and_counted(result):
    assert "We use cookies" not in result.source
    assert "Most read" not in result.source
    dropped = result.metadata["html_dropped"]
    assert {"cookie", "navigation", "share", "caption", "ads", "aside", "related", "footer",
            "outside_article"} <= set(dropped)
    assert dropped["share"] == len("TweetEmail")


def test_body_is_the_article(result):
    assert result.text.split("\n") == [
        P1, P2, "Past floods", P3, "- 1962: dam completed", "- 2007: last opening",
        "Year | Peak level", "2007 | 4.1 m"]


def test_metadata_from_markup(result):
    assert result.title == "Dam Opens as River Hits 40-Year High"
    assert result.published.isoformat() == "2019-11-18T08:15:00+01:00"
    assert result.authors == ["Ann Lee"]
    assert result.metadata["site_name"] == "The Valley Gazette"
    assert result.metadata["sources"] == {"title": "json-ld", "published": "json-ld", "authors": "json-ld",
                                          "site_name": "meta", "language": "html"}


@pytest.mark.parametrize("text, reason", [
    ("We use cookies to improve your experience. Accept all cookies", "cookie"),
    ("The Valley Gazette", "header"),
    ("- News", "navigation"),
    ("Tweet Email", "share"),
    ("The spillway on Monday. Photo: Gazette", "caption"),
    ("Advertisement", "ads"),
    ("rain rivers", "outside_article"),  # a footer inside the article: not chrome by tag, not article text
    ("By Ann Lee", "outside_article"),
    ("Most read", "aside"),
    ("© 2019 The Valley Gazette. All rights reserved.", "footer"),
])
def test_chrome_removed_with_its_reason(whole, text, reason):
    found = [r for r in whole.removed if r.text == text]
    assert found, f"{text!r} not removed"
    assert found[0].reason == reason
    assert found[0].filter == "html"


def test_nothing_invisible_is_rendered(result):
    assert "analytics" not in result.source
    assert "color: red" not in result.source


def test_removals_name_their_element(whole):
    entries = {d["text"]: d for d in whole.to_dict()["removed"]}
    assert entries["Tweet Email"]["element"] == "article > div.share-bar"
    assert entries["- News"]["element"] == "ul > li"


def test_hints_per_paragraph():
    doc = read_html(PAGE, whole_page=True)
    by_text = {b.text: b.hints for b in doc.blocks}
    assert by_text[P1]["tag"] == "p"
    assert by_text[P1]["element"] == "div.article-body > p"
    assert by_text[P1]["link_density"] == 0.0
    assert "drop" not in by_text[P1]
    assert by_text["- News"]["link_density"] == 0.67  # the list marker is not link text
    assert by_text["- News"]["drop"] == "navigation"


def listing_page(n: int) -> str:
    teasers = "".join(
        f'<article class="teaser"><h2><a href="/s{i}">Story number {i} about the river</a></h2>'
        f'<p><a href="/s{i}">A short summary of story {i}, with a link to it.</a></p></article>'
        for i in range(n))
    return f"<html><body><main>{teasers}</main></body></html>"


def test_article_between_teasers_wins():
    body = "".join(f"<p>{p}</p>" for p in (P1, P2, P3))
    page = listing_page(3).replace("<main>", f'<main><div class="story">{body}</div>')
    assert clean(page).text.split("\n") == [P1, P2, P3]


def test_listing_of_links_gives_no_article_text():
    assert "summary" not in clean(listing_page(8)).text


def test_article_in_a_layout_table():
    page = (f"<html><body><table><tr><td><a href='/'>Home</a><br><a href='/n'>News</a></td>"
            f"<td><p>{P1}</p><p>{P2}</p></td></tr></table></body></html>")
    assert clean(page).text.split("\n") == [P1, P2]


def test_aside_holding_the_whole_article_is_kept():
    page = f"<html><body><nav><a href='/'>Home</a></nav><aside><p>{P1}</p><p>{P2}</p></aside></body></html>"
    assert clean(page).text.split("\n") == [P1, P2]


def test_share_class_with_content_word_in_layout_family_only():
    # "sidebar-layout__body" names the article's column; "article-share" is still a share bar.
    page = (f'<html><body><div class="sidebar-layout__body"><p>{P1}</p><p>{P2}</p>'
            f'<div class="article-share"><a href="/s">Share this article</a></div></div></body></html>')
    assert clean(page).text.split("\n") == [P1, P2]


def test_hidden_elements_are_removed():
    page = (f'<html><body><article><p>{P1}</p><p style="display: none">Hidden teaser text here.</p>'
            f'<p hidden>Also hidden.</p><p aria-hidden="true">Screen readers skip this.</p>'
            f"<p>{P2}</p></article></body></html>")
    assert clean(page).text.split("\n") == [P1, P2]


def test_br_separated_paragraphs_and_pre_lines():
    page = (f"<html><body><div class='content'>{P1}<br><br>{P2}"
            f"<pre>line one\n  line two</pre></div></body></html>")
    assert clean(page).text.split("\n") == [P1, P2, "line one", "line two"]


def test_ordered_list_is_numbered():
    page = f"<html><body><article><p>{P1}</p><ol><li>First step</li><li>Second step</li></ol></article></body></html>"
    assert clean(page).text.split("\n")[1:] == ["1. First step", "2. Second step"]


@pytest.mark.parametrize("page", [
    "",
    "<html></html>",
    "<html><body></body></html>",
    "<html><body><script>only()</script></body></html>",
    "<!DOCTYPE html>",
])
def test_empty_pages(page):
    assert clean(page, format="html").text == ""


@pytest.mark.parametrize("head, expected, source", [
    # No date in the markup: the date line above the body counts.
    ("<p>Published: March 21, 2016</p>", "2016-03-21", "text"),
    # The markup's date wins over the printed one.
    ('<time datetime="2016-03-20T09:00:00Z">yesterday</time><p>March 21, 2016</p>', "2016-03-20", "time"),
    # A date inside prose is not a date line.
    ("<p>Rain fell from March 21, 2016 until the dam opened.</p>", None, None),
])
def test_date_printed_above_the_body(head, expected, source):
    page = (f"<html><body><article><header><h1>Dam Opens</h1>{head}</header><div class='body'>"
            f"<p>{P1}</p><p>{P2}</p></div></article></body></html>")
    r = clean(page)
    assert (r.published.date().isoformat() if r.published else None) == expected
    assert r.metadata.get("sources", {}).get("published") == source


def test_title_the_caller_gives_wins_and_is_marked_given():
    r = clean(PAGE, title="Dam Opens")
    assert r.title == "Dam Opens"
    assert r.metadata["sources"]["title"] == "given"
    assert r.metadata["sources"]["published"] == "json-ld"


def test_heading_anchor_ids_and_popup_links_are_not_chrome():
    page = (f'<html><body><div class="section" id="sharing-with-a-single-developer"><h2>Sharing</h2>'
            f'<p>{P1}</p><p>{P2} See <a class="popup" href="/map">the flood map</a> too.</p></div>'
            f'<div id="share"><a href="/s">Share</a></div></body></html>')
    assert clean(page).text.split("\n") == ["Sharing", P1, f"{P2} See the flood map too."]


def test_body_split_in_same_class_blocks_around_an_ad_is_joined():
    page = (f'<html><body><div class="layout"><div class="story-body story-body-1"><p>{P1}</p><p>{P2}</p></div>'
            f'<div class="ad-wrapper"><p>Advertisement</p></div></div>'
            f'<div class="more"><div class="story-body story-body-2"><p>{P3}</p></div></div>'
            f'<div class="teasers"><p><a href="/x">Other story</a></p></div></body></html>')
    assert clean(page).text.split("\n") == [P1, P2, P3]


def test_paragraphs_straight_under_body_count():
    note = "Reporting by the river desk, with help from readers, photographers and others."
    page = (f"<html><body><nav><a href='/'>Home</a></nav><p>{P1}</p><p>{P2}</p>"
            f"<ul><li>1962: dam completed</li></ul><p>{P3}</p><div class='box'><p>{note}</p></div>"
            f"<div><a href='/x'>Other story</a></div></body></html>")
    # Scored only from containers below <body>, the box would win and the list be lost.
    assert clean(page).text.split("\n") == [P1, P2, "- 1962: dam completed", P3, note]


@pytest.mark.parametrize(("markup", "reason"), [
    ('<div class="popup">x</div>', "dialog"),
    ('<a class="popup" href="/x">x</a>', None),          # an inline tag opens a window, it is not one
    ('<span class="sidebar">x</span>', None),
    ('<a class="share-link" href="/x">x</a>', "share"),  # the same classes on another tag: cached apart
    ('<div class="share-link">x</div>', "share"),
    ('<div style="display: none" class="story">x</div>', "hidden"),
    ('<div aria-hidden="TRUE">x</div>', "hidden"),
    ('<div role="navigation" class="story">x</div>', "navigation"),
    ('<section>x</section>', None),
])
def test_chrome_reason_by_attributes(markup, reason):
    import lxml.html

    from newsclean.html.chrome import chrome_reason
    assert chrome_reason(lxml.html.fragment_fromstring(markup)) == reason
