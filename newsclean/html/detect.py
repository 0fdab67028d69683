"""Tell an HTML page from scraped text by how it starts.

A page counts as HTML when, past white space, a byte-order mark, an XML declaration and
comments, its first tag is one only a whole page opens with: ``<!DOCTYPE html>``, ``<html>``,
``<head>`` or ``<body>``. A fragment (``<div>...``) is not detected, since scraped text holds
such lines too (a tutorial's "<div> starts a block"), and cleaning a text twice must not
read it as markup the second time; pass ``format="html"`` for fragments.

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
"""

from __future__ import annotations

import regex

__all__ = ["looks_like_html"]

_START = regex.compile(
    r"\A[\s\ufeff]*+"
    r"(?:<\?xml[^>]{0,300}+>\s*+)?"
    r"(?:<!--(?:[^-]++|-(?!->)){0,2000}+-->\s*+){0,20}+"
    r"<(?:!doctype\s++html|html|head|body)(?=[\s>/])",
    regex.IGNORECASE)


def looks_like_html(text: str) -> bool:
    """Whether ``text`` starts like an HTML page (only its first few kilobytes are read)."""
    return _START.match(text[:8192]) is not None
