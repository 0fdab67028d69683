"""Parsing pages: UTF-8 bytes to lxml, the declared charset ignored, tags of too many
attributes cut, and pages lxml cannot take as bytes read as text."""

from __future__ import annotations

import pytest

from newsclean.html.metadata import html_metadata
from newsclean.html.parse import (
    _LONG_PIECE,
    _MAX_ATTRS,
    _attribute_ends,
    _attributes,
    _fewer_attributes,
    _has_tag_to_cut,
    _long_runs,
    parse_html,
)


def test_declared_charset_does_not_change_the_text():
    page = '<html><head><meta charset="iso-8859-1"></head><body><p>Café, naïve, Zürich, 東京</p></body></html>'
    assert parse_html(page).findtext(".//p") == "Café, naïve, Zürich, 東京"


def test_xml_declaration_with_encoding():
    page = '<?xml version="1.0" encoding="windows-1252"?><html><body><p>Grüße</p></body></html>'
    assert parse_html(page).findtext(".//p") == "Grüße"


def test_lone_surrogate_is_parsed_as_text():
    root = parse_html("<html><body><p>Broken \ud800 text</p><p>Next</p></body></html>")
    assert root.find("body") is not None


@pytest.mark.parametrize("page", ["", "   \n", "\ufeff"])
def test_empty_pages(page):
    assert parse_html(page).find("body") is not None


@pytest.mark.parametrize(("data", "ends"), [
    (b"<div " + b"a=1 " * (_MAX_ATTRS + 1) + b">", 1 + 2 * (_MAX_ATTRS + 1)),  # a space and "=" each
    (b"<div" + b" a" * (_MAX_ATTRS + 1) + b">", _MAX_ATTRS + 1),        # boolean attributes
    (b"<div" + b"\n a='1'" * 3 + b">", 3 * 5),                         # a new line, a space, "=", two quotes
    (b"<div a/b/c>", 3), (b'<div a="1"b="2">', 7),                      # no white space between
    ("<div a\u3000b\xa0c>".encode(), 3),                               # white space of other scripts
    (b"p>" + b"word" * 2000, 0),                                         # a long word: nothing to count
])
def test_attribute_ends_are_counted(data, ends):
    assert _attribute_ends(data) == ends


def _random_tags(seed: int, count: int) -> list[str]:
    """Tags of names, values and separators of every kind _ATTR reads, packed with no space at all
    (``a/b``, ``a="1"b``), with Unicode white space, or with several between."""
    import random

    rng = random.Random(seed)
    pieces = ["a", "bc", "=", '"x"', "'y'", "=z", "/", " ", "\t", "\n", "\x0b", "\x0c", "\r", "\xa0", "\u3000",
              "\u2028", "\x85", "é", "\x1c", "-", "\u200b"]
    return ["<div " + "".join(rng.choice(pieces) for _ in range(rng.randint(0, 60))) for _ in range(count)]


@pytest.mark.parametrize("seed", range(4))
def test_attributes_never_outnumber_their_ends(seed):
    """The pre-check's bound: a tag has at most one attribute (its last) more than it has bytes of
    :data:`_ATTR_ENDS`, so a run with fewer than ``_MAX_ATTRS`` of them is never cut."""
    for tag in _random_tags(seed, 2000):
        attributes = len(_attributes(tag)[1])
        assert attributes <= _attribute_ends(tag[1:].encode()) + 1, tag


def test_every_white_space_of_the_attribute_pattern_is_counted():
    """Each character the attribute pattern reads as white space brings a byte of _ATTR_ENDS."""
    import regex

    every = "".join(map(chr, range(0x110000)))
    for m in regex.finditer(r"\s", every):
        assert _attribute_ends(m.group().encode("utf-8", "surrogatepass")) >= 1, hex(ord(m.group()))


@pytest.mark.parametrize("page", [
    "<div " + "a=1 " * (3 * _MAX_ATTRS) + ">text",                            # cut
    "<div " + "a=1 " * (_MAX_ATTRS // 2) + ">text",                           # few attributes
    "<script>for(i=0; i<n; i++) {" + "x = y; " * 900 + "}</script><p>Text",   # a false alarm, no tag cut
    "<p>a < b " + "w " * 3000 + "</p><div " + " ".join(["a"] * 2000) + ">x",  # the alarm's "<" is not the cut tag's
    "<div " + "é=1 " * (3 * _MAX_ATTRS) + ">x",                               # more bytes than characters
    "<div " + "é" * 2000 + " a" * 600 + ">x",                                  # 4,000 bytes, not 4,000 characters
    "<div " + "a/" * 3000 + ">x",                                             # bare names split by "/"
    "<div " + 'a="1"' * 1000 + ">x",                                          # values with no space between
    "<div " + "a\u3000" * 1000 + ">x",                                        # white space of another script
])
def test_the_split_check_agrees_with_the_search_it_spares(page):
    """The check run before parsing (pieces split at "<") tells a page to cut exactly where
    searching the page's text for long tags cuts one."""
    data = page.encode()
    assert _has_tag_to_cut(data) == (_fewer_attributes(page) != page)


def _runs_by_split(data):
    """The long runs as splitting the whole page finds them (what _long_runs finds without it)."""
    return [r for r in (p.partition(b">")[0] for p in data.split(b"<")[1:]) if len(r) > _LONG_PIECE]


# Runs just longer and just shorter than a long tag, at offsets around the 4,001-byte windows _long_runs
# looks at, after markup, after text, after a flood of ">" or "<", one after another, at the end.
_FILLERS = [b"", b"x", b"<p>", b"<b>Hi</b> ", b"w" * 1999, b"w" * 2001, b"<" + b"w" * 4000, b"<" + b"w" * 4001,
            b">" * 5000, b"<" * 5000, b"<p>" * 700]
_RUNS = [b"<div " + b"a " * 2500 + b">", b"<div " + b"a" * 3996 + b">", b"<div " + b"a" * 3995 + b">",
         b"<p>" + b"w " * 3000 + b"</p>", b"<div " + b"a=1 " * 1200, b"<x" + b"\xc3\xa9" * 2100 + b">",
         b"<div " + b"a " * 2500 + b"<div " + b"b " * 2500 + b">"]


@pytest.mark.parametrize("filler", _FILLERS)
@pytest.mark.parametrize("run", _RUNS)
def test_long_runs_are_the_ones_splitting_finds(filler, run):
    for data in (filler + run, filler + run + filler, run + filler + run, filler * 3 + run + b"<i>x</i>"):
        assert list(_long_runs(data)) == _runs_by_split(data)
        assert _has_tag_to_cut(data) == (_fewer_attributes(data.decode()) != data.decode())


@pytest.mark.parametrize("attribute", ['a{}="{}"', "a{}='{}'", "a{}={}", "a{}", 'a{} = "{}"', "data-x{}", "a{}\n"])
def test_tag_with_many_attributes_of_any_form_keeps_the_first_ones(attribute):
    attrs = " ".join(attribute.format(i, i) for i in range(3 * _MAX_ATTRS))
    div = parse_html(f"<html><body><div {attrs}><p>Kept</p></div></body></html>").find(".//div")
    assert len(div.attrib) == _MAX_ATTRS and div.findtext("p") == "Kept"


def test_tag_with_many_attributes_keeps_the_first_ones():
    page = "<html><body><div " + " ".join(f'a{i}="{i}"' for i in range(3000)) + "><p>Kept</p></div></body></html>"
    div = parse_html(page).find(".//div")
    assert len(div.attrib) == _MAX_ATTRS and div.get("a0") == "0" and div.findtext("p") == "Kept"


def test_script_with_many_assignments_is_untouched():
    script = "var " + ", ".join(f"v{i}=1" for i in range(600)) + ";"
    root = parse_html(f"<html><head><script>{script}</script></head><body><p>Text</p></body></html>")
    assert root.findtext(".//script") == script


def test_metadata_reads_the_first_title():
    """The page's <title>, not an icon's inside the body."""
    page = parse_html("<html><head><title>Aid Arrives in Town - Daily Planet</title></head><body>"
                      "<svg><title>Icon</title></svg><h1>Aid Arrives in Town</h1><time datetime='2016-03-21'>x</time>"
                      "</body></html>")
    meta = html_metadata(page)
    assert (meta["title"], meta["site_name"]) == ("Aid Arrives in Town", "Daily Planet")
    assert meta["published"].date().isoformat() == "2016-03-21"


def test_a_short_headline_in_the_title_is_found_printed():
    """A headline too short to be cut from the site's name by its place alone ("Aid Arrives - Daily
    Planet") is taken where the page prints it, as its <h1>, by the reader's headline step."""
    from newsclean import clean

    page = ("<html><head><title>Aid Arrives - Daily Planet</title></head><body><h1>Aid Arrives</h1><p>Trucks "
            "reached the town at dawn on Monday, carrying flour, fuel and medicine, officials said.</p></body></html>")
    assert clean(page, format="html").title == "Aid Arrives"


def test_threads_parse_side_by_side():
    """Each thread has its own parsers, so the error log one parse reads is its own."""
    from concurrent.futures import ThreadPoolExecutor

    from newsclean import clean

    page = ("<html><head><title>Trucks reach Efrin</title></head><body><article><h1>Trucks reach Efrin</h1>"
            + "<p>The convoy of forty trucks reached the town on Monday, officials said, after a long wait.</p>" * 5
            + "</article></body></html>")
    deep = "<html><body>" + "<div>" * 3000 + "<p>Deep text survives the flattening of the tree.</p></body></html>"
    with ThreadPoolExecutor(4) as pool:
        out = list(pool.map(lambda p: clean(p).text, [page, deep] * 20))
    assert out == [clean(page).text, clean(deep).text] * 20
    assert "Deep text survives" in out[1]


ARTICLE = ("<p>The council said the work on the new bridge would start in the spring and take two years, "
           "the mayor told reporters on Monday.</p><p>A second paragraph says more about the bridge and its cost, "
           "which the council has not yet given in full.</p>")


@pytest.mark.parametrize("title", [
    # never closed: a misspelt end tag, an end tag cut short, a script's code run into it
    'Ferry Returns - Gazette</titlevalue="true" -->\n</head>',
    'Ferry Returns - Gazette</titavaScript" src="/x.js"></script>\n</head>',
    'Ferry Returns - Gazette\n<script src="/x.js"></script></head>',
    'Ferry Returns - Gazettent.getElementById("font");\nobj.style.fontSize = 9;\n}\n</script></head>',
])
def test_a_title_left_open_does_not_swallow_the_page(title):
    """A <title> holds text only: one never closed must not take the page's body as its text."""
    from newsclean import clean
    r = clean(f"<html><head><title>{title}<body><h1>Ferry Returns</h1>{ARTICLE}</body></html>")
    assert "bridge" in r.text and "council" in r.text
    assert r.title is not None and "<" not in r.title and "(" not in r.title


def test_a_closed_title_of_text_is_left_as_it_is():
    from newsclean.html.parse import _closed_title
    for page in ["<title>Rates Rise</title><p>x", "<TITLE>A < B: maths</TITLE>", "<p>No title"]:
        assert _closed_title(page) == page
