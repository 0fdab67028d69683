"""Metadata from markup: which source wins, what each field looks like, and where it came from."""

from __future__ import annotations

import datetime as dt

import lxml.html
import pytest

from newsclean.html.metadata import clean_authors, html_metadata, read_datetime


def meta_of(head: str, body: str = "<p>Body.</p>") -> dict:
    return html_metadata(lxml.html.document_fromstring(f"<html><head>{head}</head><body>{body}</body></html>"))


LD_GRAPH = """<script type="application/ld+json">
{"@context": "https://schema.org", "@graph": [
  {"@type": "WebSite", "name": "Daily Planet"},
  {"@type": ["NewsArticle"], "headline": "Dam Opens After Rain",
   "datePublished": "2019-11-18T08:15:00-05:00", "dateModified": "2019-11-18T10:00:00-05:00",
   "author": [{"@type": "Person", "name": "Lois Lane"}, {"@type": "Person", "name": "Clark Kent"}],
   "publisher": {"@type": "Organization", "name": "Daily Planet"}}]}
</script>"""
OG = """<meta property="og:title" content="Dam opens (OG)">
<meta property="og:site_name" content="The Planet">
<meta property="article:published_time" content="2019-11-17T00:00:00Z">
<meta name="author" content="Jimmy Olsen">"""


@pytest.mark.parametrize("head, body, field, value, source", [
    # JSON-LD beats OpenGraph and <meta name>, also inside @graph.
    (LD_GRAPH + OG, "", "title", "Dam Opens After Rain", "json-ld"),
    (LD_GRAPH + OG, "", "published", "2019-11-18T08:15:00-05:00", "json-ld"),
    (LD_GRAPH + OG, "", "modified", "2019-11-18T10:00:00-05:00", "json-ld"),
    (LD_GRAPH + OG, "", "authors", ["Lois Lane", "Clark Kent"], "json-ld"),
    # Without JSON-LD, OpenGraph and article:* meta.
    (OG, "", "title", "Dam opens (OG)", "meta"),
    (OG, "", "published", "2019-11-17T00:00:00+00:00", "meta"),
    (OG, "", "authors", ["Jimmy Olsen"], "meta"),
    (OG, "", "site_name", "The Planet", "meta"),
    # Dublin Core wins over OpenGraph (a publisher who set both meant the DC one as the record).
    ('<meta property="og:title" content="Social title"><meta name="DC.title" content="Record title">', "",
     "title", "Record title", "meta"),
    # <time datetime>, the one marked pubdate first.
    ("", '<time datetime="2020-01-01">Jan 1</time><time pubdate datetime="2020-02-03T10:00">x</time>',
     "published", "2020-02-03T10:00:00", "time"),
    # Microdata.
    ("", '<span itemprop="datePublished" content="2018-05-06">May 6</span>', "published", "2018-05-06T00:00:00",
     "microdata"),
    ("", '<span itemprop="author" itemscope><span itemprop="name">By Perry White</span></span>', "authors",
     ["Perry White"], "microdata"),
    # <title>, site name split off.
    ("<title>Dam Opens After Rain | Daily Planet</title>", "", "title", "Dam Opens After Rain", "title"),
    ("<title>Dam Opens After Rain | Daily Planet</title>", "", "site_name", "Daily Planet", "title"),
    # a document's identifier beside its name (a draft, a file): the name is the title
    ("<title>draft-lee-storage-04 - Storage</title>", "", "title", "Storage", "title"),
    # <meta name="title"> that copies the browser title, trail and all, is read as the browser title
    ('<title>Dam Opens -- Page 1 -- Daily Planet</title><meta name="title" content="Dam Opens -- Page 1 -- Daily '
     'Planet">', "", "title", "Dam Opens -- Page 1", "title"),
    ('<title>Dam Opens | Daily Planet</title><meta name="title" content="Dam Opens After Rain">', "", "title",
     "Dam Opens After Rain", "meta"),                                  # its own wording: it stands
    ('<title>Dam Opens | Daily Planet</title><meta property="og:title" content="Dam Opens | Daily Planet">', "",
     "title", "Dam Opens | Daily Planet", "meta"),                     # og:title is written for sharing: it stands
])
def test_field_and_source(head, body, field, value, source):
    meta = meta_of(head, body)
    got = meta.get(field)
    if isinstance(got, dt.datetime):
        got = got.isoformat()
    assert got == value
    assert meta["sources"][field] == source


@pytest.mark.parametrize("head", [
    '<script type="application/ld+json">{not json</script>',
    '<script type="application/ld+json">{"@type": "Organization", "name": "ACME"}</script>',
    '<meta property="og:title" content="">',
    "",
])
def test_no_title_from_bad_or_unrelated_markup(head):
    assert "title" not in meta_of(head)


def test_json_ld_wrapped_in_cdata_or_comment():
    for wrap in ("<![CDATA[{}]]>", "//<![CDATA[\n{}\n//]]>", "<!--{}-->"):
        script = wrap.format('{"@type": "BlogPosting", "headline": "Wrapped", "datePublished": "2021-03-04"}')
        meta = meta_of(f'<script type="application/ld+json">{script}</script>')
        assert meta["title"] == "Wrapped", wrap
        assert meta["published"].date() == dt.date(2021, 3, 4)


def test_json_ld_name_when_headline_is_a_description():
    ld = '{"@type": "Article", "name": "Tidal power", "headline": "Wikimedia disambiguation page"}'
    meta = meta_of(f'<title>Tidal power - Encyclopedia</title><script type="application/ld+json">{ld}</script>')
    assert meta["title"] == "Tidal power"


def test_space_separated_meta_properties():
    meta = meta_of('<meta property="x:title dc:title" content="My title"><title>Other</title>')
    assert meta["title"] == "My title"


def test_language_and_description():
    meta = meta_of('<meta name="description" content="A dam opened.">')
    assert meta["description"] == "A dam opened."
    page = lxml.html.document_fromstring('<html lang="de"><body><p>x</p></body></html>')
    assert html_metadata(page)["language"] == "de"


@pytest.mark.parametrize("value, expected", [
    ("2015-03-27T13:07:55.096Z", "2015-03-27T13:07:55+00:00"),
    ("2018-04-05T06:00", "2018-04-05T06:00:00"),
    ("2024-06-25", "2024-06-25T00:00:00"),
    ("Fri, 24 Jul 2015 05:36:09 +0100", "2015-07-24T05:36:09+01:00"),
    ("20150724", "2015-07-24T00:00:00"),
    ("March 21, 2016", "2016-03-21T00:00:00"),
    ("yesterday", None),
    ("", None),
    ("03/04/2016", None),  # day and month could be swapped: not guessed
])
def test_read_datetime(value, expected):
    got = read_datetime(value)
    assert (got.isoformat() if got else None) == expected


@pytest.mark.parametrize("value, expected", [
    ("By Jane Roe", ["Jane Roe"]),
    ("Jane Roe and John Doe", ["Jane Roe", "John Doe"]),
    ("Jane Roe, John Doe; Ann Lee", ["Jane Roe", "John Doe", "Ann Lee"]),
    ([{"@type": "Person", "name": "Jane Roe"}, {"name": "Jane Roe"}], ["Jane Roe"]),
    ("Analysis by Jane Roe, Senior Political Writer", ["Jane Roe"]),
    ("Roe, Jane", ["Jane Roe"]),
    ("Maria di Napoli", ["Maria di Napoli"]),
    ("https://www.facebook.com/janeroe", []),
    ("@janeroe", []),
    ("", []),
    (None, []),
])
def test_clean_authors(value, expected):
    assert clean_authors(value) == expected


@pytest.mark.parametrize("head, title, source", [
    # a JSON-LD article named after its publisher: the site's name, not a headline
    ('<script type="application/ld+json">{"@type": "NewsArticle", "name": "Daily Planet",'
     ' "publisher": {"@type": "Organization", "name": "Daily Planet"}}</script>'
     '<meta property="og:title" content="Dam Opens After Rain">', "Dam Opens After Rain", "meta"),
    # ... or after the og:site_name's first part (a name and its slogan)
    ('<script type="application/ld+json">{"@type": "NewsArticle", "name": "Planet.cz"}</script>'
     '<meta property="og:site_name" content="Planet.cz - All the news">'
     '<title>Dam Opens After Rain - Planet.cz</title>', "Dam Opens After Rain", "title"),
    # a headline that only shares words with the site's name stays
    ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Daily Planet Sold",'
     ' "publisher": {"@type": "Organization", "name": "Daily Planet"}}</script>', "Daily Planet Sold", "json-ld"),
    # the site's name as "name" beside the article's "headline": the headline stands, though the
    # browser title (a reworded headline) holds the name and not the headline
    ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Dam opens after the rain",'
     ' "name": "Planet.cz", "publisher": {"@type": "Organization", "name": "Planet.cz"}}</script>'
     '<meta property="og:title" content="Dam opens after the rain | Planet.cz">'
     '<title>The dam opens at last after the rain - Planet.cz</title>', "Dam opens after the rain", "json-ld"),
    ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Dam opens after the rain",'
     ' "name": "Planet.cz"}</script><meta property="og:site_name" content="Planet.cz - All the news">'
     '<title>Rain opens the dam - Planet.cz</title>', "Dam opens after the rain", "json-ld"),
])
def test_json_ld_title_that_names_the_site_is_no_headline(head, title, source):
    meta = meta_of(head)
    assert (meta["title"], meta["sources"]["title"]) == (title, source)
