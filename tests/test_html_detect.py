"""Telling HTML from text, and clean()'s format switch."""

from __future__ import annotations

import pytest

from newsclean import clean
from newsclean.html import looks_like_html

PAGE = ("<!DOCTYPE html><html><head><title>Dam Opens | Gazette</title></head><body>"
        "<nav><a href='/'>Home</a></nav><article><h1>Dam Opens</h1><p>The dam opened on Monday after a week of rain, "
        "officials said, and the river rose by a metre.</p></article></body></html>")


@pytest.mark.parametrize("text", [
    "<!DOCTYPE html><html>",
    "<!doctype HTML>\n<html lang='en'>",
    "\ufeff  <html><body>",
    '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN">',
    "<!-- saved from url=(0042)https://example.com/ -->\n<html>",
    "<head><meta charset='utf-8'>",
    "<body><p>Fragment",
    # saved from its body: a section comment, then kilobytes of inline script before the markup
    "<!--section:sports--->\n<script><!-- // <![CDATA[\n" + "var url = document.location.href;\n" * 400
    + "// ]]> --></script>" + "<div class='nav'><a href='/'>Home</a></div>" * 6,
    "<script>" + "window.ads = window.ads || [];\n" * 400 + "</script>\n<table><tr><td><a href='/'>Home</a></td></tr>"
    + "</table>" + "<div><p>Story</p></div>" * 4,
])
def test_html_is_detected(text):
    assert looks_like_html(text)


@pytest.mark.parametrize("text", [
    "Dam Opens After Rain\nThe river rose.",
    "<b>Breaking:</b> the dam opened",
    "Use <p> for paragraphs and <div> for blocks.",
    "",
    "<<<>>>",
    "<div>",
    "<div class='article'><p>A fragment: pass format='html'",
    "<p>Paragraph</p>",
])
def test_text_is_not_detected(text):
    assert not looks_like_html(text)


_NAV = "".join(f'<li class="nav-item"><a href="/{w.lower()}/index.html">{w}</a></li>'
               for w in ("Home", "World", "Business", "Sport", "Science", "Opinion") * 6)
_HEAD = ('<link rel="stylesheet" type="text/css" href="/css/screen.css" /><script type="text/javascript" '
         'src="/js/ads.js"></script><meta name="keywords" content="news, dam, river" />' * 6)
_STORY = ('<div id="story"><h1>Dam Opens</h1><p>The dam opened on Monday after a week of rain, officials said, '
          'and the river rose by a metre.</p></div>')


# A page's source saved cut inside its head: the text opens with words, then hundreds of tags.
@pytest.mark.parametrize("text", [
    "Dam Opens - The Gazette</title>" + _HEAD + "<body><ul>" + _NAV + "</ul>" + _STORY,  # inside <title>
    "BBC NEWS | Dam Opensi library--> " + _HEAD + _NAV + _STORY,  # inside a comment
    'Dam Opens(The Gazette)ntById("font"); obj.style.fontSize = size+"pt"; } ' + _HEAD + _NAV + _STORY,  # a script
    "Dam Opens\n" + (_HEAD + _NAV).replace("><", ">\n<") + _STORY,  # the source's own lines
])
def test_a_page_cut_inside_its_head_is_detected(text):
    assert looks_like_html(text)


# Prose that shows markup, however much of it: words fill most of the text.
@pytest.mark.parametrize("text", [
    ("Wrap each paragraph in <p> and each block in <div>; a link is written <a href=\"/about\">About</a>, and "
     "the browser shows only the words between the tags. ") * 80,
    ("The council's notice <a href='http://example.com/notice.pdf'>(pdf)</a> lists the roads that close on "
     "Monday while the dam is inspected, and the detours drivers should take. ") * 80,
    "Comment by jdoe: the widget breaks when I paste <div><span>x</span></div> into it, any idea why? " * 80,
    "<b>Breaking:</b> " + "The dam opened on Monday after a week of rain, officials said. <br> " * 120,
])
def test_prose_showing_markup_is_not_a_page(text):
    assert not looks_like_html(text)


def test_auto_reads_a_page_cut_inside_its_head():
    r = clean("Dam Opens - The Gazette</title>" + _HEAD + "<body><ul>" + _NAV + "</ul>" + _STORY)
    assert r.text == "The dam opened on Monday after a week of rain, officials said, and the river rose by a metre."


def test_auto_reads_html():
    r = clean(PAGE)
    assert r.text.startswith("The dam opened on Monday")
    assert "Home" not in r.text
    assert r.title == "Dam Opens"


def test_forced_text_keeps_markup_as_text():
    r = clean(PAGE, format="text")
    assert "<article>" in r.text or "<p>" in r.text


def test_forced_html_reads_a_fragment_that_auto_would_not():
    frag = ("<em>The dam opened on Monday after a week of rain.</em>"
            "<p>The river rose by a metre overnight, officials said.</p>")
    assert "<em>" in clean(frag).text
    assert clean(frag, format="html").text == ("The dam opened on Monday after a week of rain.\n"
                                               "The river rose by a metre overnight, officials said.")


def test_bytes_html_is_decoded_then_read():
    r = clean(PAGE.replace("metre", "mètre").encode("utf-8"))
    assert "mètre" in r.text


def test_original_is_the_html_and_removals_point_into_rendered_text():
    r = clean(PAGE)
    assert r.original() == PAGE
    for removal in r.removed:
        assert r.source[removal.start:removal.end] == removal.text


def test_unknown_format_is_refused():
    with pytest.raises(ValueError):
        clean(PAGE, format="xml")  # type: ignore[arg-type]
