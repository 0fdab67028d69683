"""Tell an HTML page from scraped text by how it starts.

A page counts as HTML when, past white space, a byte-order mark, an XML declaration and
comments, its first tag is one only a whole page opens with: ``<!DOCTYPE html>``, ``<html>``,
``<head>`` or ``<body>``, and markup goes on after it: another tag (or nothing: the head of a
page), or words ending in the page's closing tag (``<html>Hi</html>``). A fragment
(``<div>...``) is not detected, since scraped text holds such lines too (a tutorial's "<div>
starts a block"), and neither is a text that only opens with a page's tag ("<body> is where
the page's content goes", an article cleaned from a page that shows the tag): cleaning a text
twice must not read it as markup the second time. Pass ``format="html"`` for fragments.

Saved pages are often cut or broken at the top (``<!DOCTYPE htm`` followed by the body, a
script or a style sheet first, a server's template tag): a text that starts with a tag and
whose first kilobytes hold many page-level tags (``<script``, ``<div``, ``<table``, ``<meta``,
closing tags) is a page too. Scraped text has a stray tag, not dozens. Those tags are counted in
the first 32 kB, since an inline script of analytics or ad code often takes the first 8 kB or more
of a page saved from its body (``<!--section:sports--->`` then a 10 kB ``<script>``).

A crawl can also keep a page cut inside its head, so that the text opens with the rest of the
``<title>`` or of a script and only then goes on as markup (``Dam Opens - Gazette</title><script
src=...``): no rule above sees a tag at its start. Such a text is mostly markup: its first 32 kB
hold hundreds of page-level tags, and tags take up more than half of its characters. A text that
is prose with markup shown in it (a tutorial's code samples, an article with its links left as
``<a href=...>``) holds a few dozen, and its words take up most of it, so a text counts as a page
when those 32 kB hold at least 100 page-level tags and tags fill at least 40% of them.

>>> looks_like_html('<!DOCTYPE html>\\n<html lang="en"><p>Hi')
True
>>> looks_like_html('<?xml version="1.0"?>\\n<!-- saved -->\\n<html>')
True
>>> looks_like_html("Aid Arrives in Efrin\\n<p> is how HTML marks a paragraph.")
False
>>> looks_like_html("<b>Breaking:</b> troops enter the city")
False
>>> looks_like_html("<div>")
False
>>> looks_like_html("<body> is where a page's visible content goes."), looks_like_html("<html>Hi</html>")
(False, True)
>>> looks_like_html('<!DOCTYPE htm <div id="header"><a href="/">Home</a></div>' + '<div><p>Text</p></div>' * 5)
True
>>> looks_like_html('<!--section:sports-->\\n<script>' + 'var a = 1;\\n' * 1000 + '</script><div><p>T</p></div>' * 5)
True
>>> looks_like_html('Dam Opens - Gazette</title>' + '<div class="nav"><a href="/">Home</a></div>' * 60)
True
>>> looks_like_html('A page marks a paragraph with <p> and a link with <a href="/x">; the browser shows '
...                 'neither tag, only the words they hold. ' * 60)
False
"""

from __future__ import annotations

import regex

__all__ = ["looks_like_html", "opens_like_page"]

_START = regex.compile(
    r"\A[\s\ufeff]*+"
    r"(?:<\?xml[^>]{0,300}+>\s*+)?"
    r"(?:<!--(?:[^-]++|-(?!->)){0,2000}+-->\s*+){0,20}+"
    r"<(?:!doctype\s++html|html|head|body)(?=[\s>/])",
    regex.IGNORECASE)
# After the page's first tag: the rest of that tag, comments, then another tag or the end.
_MARKUP_GOES_ON = regex.compile(r"[^<>]{0,4000}+>\s*+(?:<!--(?:[^-]++|-(?!->)){0,2000}+-->\s*+){0,20}+(?:<|\Z)")
_PAGE_END = regex.compile(r"</(?:html|body)\s*+>\s*+\Z", regex.IGNORECASE)
_READ = 8192


# A tag a page is made of, opening or closing.
_PAGE_TAG = regex.compile(r"</?+(?:html|head|body|script|style|meta|link|title|div|table|tr|td|p|a|span|img|form|ul|li)"
                          r"(?=[\s>/])", regex.IGNORECASE)
_TAGGED_START = regex.compile(r"\A[\s\ufeff]*+<[!a-zA-Z]")
_MIN_PAGE_TAGS = 10
_READ_TAGS = 32768
# A text that opens with words (a page cut inside its head) is a page when it is mostly markup:
# this many page-level tags in the first 32 kB, and tags (any, closed) filling this share of it.
_MIN_MARKUP_TAGS = 100
_MARKUP_SHARE = 0.4
_ANY_TAG = regex.compile(r"<[!?/]?+[a-zA-Z][^<>]{0,2000}+>")


def opens_like_page(text: str) -> bool:
    """Whether ``text`` opens with a page's own first tag and markup goes on after it (the first
    rule of :func:`looks_like_html`; the second reads a cut page by its many tags).

    >>> opens_like_page("<body><b>Note</b>"), opens_like_page("<div>" * 20)
    (True, False)
    """
    head = text[:_READ]
    m = _START.match(head)
    return m is not None and (_MARKUP_GOES_ON.match(head, m.end()) is not None
                              or _PAGE_END.search(text[-_READ:]) is not None)


def looks_like_html(text: str) -> bool:
    """Whether ``text`` starts like an HTML page (only its first and last few kilobytes are read)."""
    head = text[:_READ]
    if opens_like_page(text):
        return True
    if _TAGGED_START.match(head) is not None:
        return any(count >= _MIN_PAGE_TAGS for count, _ in enumerate(_PAGE_TAG.finditer(text[:_READ_TAGS]), 1))
    return _mostly_markup(text[:_READ_TAGS])


def _mostly_markup(head: str) -> bool:
    """Whether ``head`` holds at least :data:`_MIN_MARKUP_TAGS` page-level tags and tags fill
    :data:`_MARKUP_SHARE` of it: a page's source, whatever it opens with.

    >>> _mostly_markup("Dam Opens</title>" + "<td><a href='/'>Home</a></td>" * 30)
    True
    >>> _mostly_markup("Wrap a paragraph in <p> and a block in <div>: the browser shows the words. " * 100)
    False
    """
    if sum(1 for _ in _PAGE_TAG.finditer(head)) < _MIN_MARKUP_TAGS:
        return False
    tagged: int = sum(m.end() - m.start() for m in _ANY_TAG.finditer(head))
    return tagged >= _MARKUP_SHARE * len(head)
