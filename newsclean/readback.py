"""The text :func:`newsclean.clean` returns is read as text when it is cleaned again.

``clean(text)`` tells HTML from text by how the input starts (:func:`~newsclean.html.detect.looks_like_html`).
A cleaned text starts wherever the filters' removals leave it, so a scraped text that is not a page
(``"Home\\n<body><b>Note:</b> the page starts here ..."``) can come out starting with a page's tags once its
menu line is gone; cleaning that output again would read it as HTML and cut it differently. The sniffer
cannot be given evidence a text cleaning never leaves (a kept line of prose can hold any markup), so
the decision is kept on this side: when the kept text would be read as a page, the tags that open it
(a run of tags and comments at its start, whole lines of them first) go, as :data:`~newsclean.reasons.MARKUP`.
The text then starts with a character no page starts with, and reads as text whatever follows.
Only a page's own first tag (``<!DOCTYPE html>``, ``<html>``, ``<head>``, ``<body>``) with markup after it
counts here: a kept text that opens with a fragment's tag and holds many tags (a page's markup scraped as
text, ``<div id="logo"><a href=...``) is left as it is, since cutting into such lines changed what a
second cleaning as text removes; ``clean(r.text)`` may read that one as HTML (pass ``format="text"``).
A text that only mentions a page's tag (``"<body> is where the page's content goes."``) is not read as a
page and keeps every character.

>>> from newsclean.document import Document
>>> doc = Document.from_text("Home\\n<body><b>Note:</b> the page starts here, and so does this line.")
>>> doc = doc.remove_blocks(doc.blocks[:1], "navigation")
>>> read_back(doc).body()
'Note:</b> the page starts here, and so does this line.'
>>> kept = Document.from_text("<body> is where the page's content goes.")
>>> read_back(kept) is kept
True
"""

from __future__ import annotations

import regex

from . import reasons
from .document import Document
from .html.detect import opens_like_page

__all__ = ["read_back"]

# The markup a page opens with: white space, tags (closed, or cut short by the next tag or the end of
# the line: "<body <b>"), comments. Each piece is bounded, so a match costs at most the text it takes.
_OPENING_MARKUP = regex.compile(
    r"(?:[\s\ufeff]*+(?:<!--(?:[^-]++|-(?!->)){0,2000}+-->|<[!?/]?+[^\W\d_][^<>\n]{0,2000}+>"
    r"|<[!?/]?+[^\W\d_][\w:-]{0,200}+))++")


def read_back(doc: Document) -> Document:
    """``doc`` less the tags that open its kept text, when that text would be read as a page.

    >>> read_back(Document.from_text("<html>\\n<body>\\n<p>Trucks came.")).body()
    'Trucks came.'
    """
    if not opens_like_page(doc.body()):
        return doc
    text = doc.text
    spans: list[tuple[int, int, str]] = []
    for block in doc.blocks:
        m = _OPENING_MARKUP.match(text, block.start, block.end)
        if m is None or m.end() == block.start:
            break
        spans.append((block.start, m.end(), reasons.MARKUP))
        if m.end() < block.end:
            break
    return doc.remove_spans(spans).restamped(len(doc.removals), "readback")
