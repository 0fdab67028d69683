"""Tell an HTML page from scraped text by how it starts.

A page counts as HTML when, past white space, a byte-order mark, an XML declaration and
comments, its first tag is one a page opens with (``<!DOCTYPE html>``, ``<html>``, ``<head>``,
``<body>``, ``<meta>``, ``<title>``) or a block element a fragment opens with.

>>> looks_like_html('<!DOCTYPE html>\\n<html lang="en"><p>Hi')
True
>>> looks_like_html('<?xml version="1.0"?>\\n<!-- saved -->\\n<html>')
True
>>> looks_like_html("Aid Arrives in Efrin\\n<p> is how HTML marks a paragraph.")
False
>>> looks_like_html("<b>Breaking:</b> troops enter the city")
False
"""

from __future__ import annotations

import regex

__all__ = ["looks_like_html"]

_START = regex.compile(
    r"\A[\s\ufeff]*+"
    r"(?:<\?xml[^>]{0,300}+>\s*+)?"
    r"(?:<!--(?:[^-]++|-(?!->)){0,2000}+-->\s*+){0,20}+"
    r"<(?:!doctype\s++html|html|head|body|meta|title|article|main|div|section|p)(?=[\s>/])",
    regex.IGNORECASE)


def looks_like_html(text: str) -> bool:
    """Whether ``text`` starts like an HTML page (only its first few kilobytes are read)."""
    return _START.match(text[:8192]) is not None
