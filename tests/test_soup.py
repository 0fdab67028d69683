"""BeautifulSoup in: a scraper built on requests + BeautifulSoup holds a soup or a tag, not a string."""

from __future__ import annotations

import re
import subprocess
import sys
import warnings

import pytest
from bs4 import BeautifulSoup, XMLParsedAsHTMLWarning

from newsclean import clean
from tests.conftest import EVAL_DATA, SAMPLES, eval_cases

PAGE = """<!DOCTYPE html><html><head><title>Aid Arrives | Daily Planet</title>
<meta property="article:published_time" content="2016-03-21T16:25:32+02:00">
<meta name="author" content="Jane Roe"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Aid Arrives</h1><p>The trucks came at dawn, a day late, with flour and fuel.</p>
<p>Officials said more would follow, weather permitting, within the week.</p></article>
<footer>© Daily Planet</footer></body></html>"""


def _key(result):
    return result.text, result.title, result.published, result.authors


@pytest.mark.parametrize("parser", ["lxml", "html.parser"])
def test_a_soup_is_read_as_its_html(parser):
    assert _key(clean(BeautifulSoup(PAGE, parser))) == _key(clean(PAGE))


def test_a_tag_is_read_as_a_fragment_of_html():
    article = BeautifulSoup(PAGE, "lxml").find("article")
    r = clean(article)
    assert r.text == ("The trucks came at dawn, a day late, with flour and fuel.\n"
                      "Officials said more would follow, weather permitting, within the week.")
    assert r.title == "Aid Arrives"


def test_a_title_from_the_soup_is_kept_as_plain_text():
    soup = BeautifulSoup(PAGE, "lxml")
    r = clean(soup.find("article"), title=soup.h1.string)
    assert r.title == "Aid Arrives" and type(r.title) is str
    assert "Aid Arrives" not in r.text


def test_format_text_reads_the_markup_as_text_when_asked():
    r = clean(BeautifulSoup("<p>Hello there.</p>", "html.parser"), format="text")
    assert r.text == "<p>Hello there.</p>"


def test_import_does_not_load_bs4():
    code = "import sys, newsclean; newsclean.clean('<html><p>Hi.</p>'); print('bs4' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def _html_pages():
    yield from ((p.name, p.read_text(encoding="utf-8")) for p in sorted(SAMPLES.glob("*.html")))
    yield from ((c["id"], c["input"]) for c in eval_cases() if c["variant"] == "html")


def test_every_html_sample_and_eval_page_reads_the_same_from_a_soup():
    """Same text, title, date and authors from the soup as from the markup given as a string.

    A soup is HTML whatever its start; the string goes through ``format="auto"``, so this also
    holds the detector to every saved page, those cut at the top included (a broken doctype, a
    comment and kilobytes of inline script before the markup). A page whose ``<title>`` is left
    open is not compared: the soup's parser reads the whole page into the title (its text holds
    the markup), where newsclean, given the string, closes the title where the markup starts.
    """
    if not EVAL_DATA.exists():
        pytest.skip("the shared evaluation data is not beside the repository")
    differ, count = [], 0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        for name, html in _html_pages():
            count += 1
            soup = BeautifulSoup(html, "lxml")
            if soup.title is not None and re.search(r"<[/!]?[a-zA-Z]", soup.title.string or ""):
                continue  # the soup's parser read the page into a <title> left open: it holds no body
            if _key(clean(soup)) != _key(clean(html)):
                differ.append(name)
    assert count > 600
    assert differ == []
