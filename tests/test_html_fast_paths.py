"""The HTML path's shortcuts give what the long way gives: each is checked against the
general rule it stands in for, on the kinds of input where they could part."""

from __future__ import annotations

import html
import itertools

import pytest
import regex

from newsclean.html import chrome, render


@pytest.mark.parametrize("text", [
    "Plain words.", "a", "$5 + 3 = 8 | ~x ^y `z`", "<b>", "{[()]}", "_", "100%", "x\x7fy", "\x01\x02",
    "Caf\u00e9", "\u200b", "\u00ad", "naïve “quotes”",
])
def test_printable_ascii_is_visible_as_the_pattern_says(text):
    """An ASCII text of printable characters (the renderer's shortcut) always has a visible
    character by the general pattern; any other text is left to the pattern."""
    general = render._VISIBLE.search(text) is not None
    if text.isascii() and text.isprintable():
        assert general
    blocks, _ = render.render(_page(f"<p>{html.escape(text)}</p>"), whole_page=True)
    assert [b.text for b in blocks] == ([text] if general else [])


def _page(body: str):
    from newsclean.html.parse import parse_html
    return parse_html(f"<html><body>{body}</body></html>")


# The regex module's patterns the class-word splitter used before the standard library's took over.
_CAMEL = regex.compile(r"(?<=[a-z])(?=[A-Z])")
_SPLIT = regex.compile(r"[^a-z0-9]++")


def _words_by_regex(cls: str, ident: str) -> tuple[str, ...]:
    out: list[str] = []
    for name in f"{cls} {ident}".split():
        parts = [p for p in _SPLIT.split(_CAMEL.sub("-", name).lower()) if p]
        if name == ident and sum(p.isalpha() for p in parts) >= chrome._SLUG_WORDS:
            continue
        out.extend(parts)
        out.extend(f"{a}-{b}" for a, b in itertools.pairwise(parts))
    return tuple(out)


@pytest.mark.parametrize(("cls", "ident"), [
    ("mostRead", "site-footer"), ("article-share__buttons", ""), ("", "sharing-with-a-team"),
    ("ArticleBody", "HTMLContent"), ("nav_bar  sideBar2", "x"), ("caf\u00e9-\u00c9t\u00e9", "\u212aelvin"),
    ("123", "a1B2c3"), ("__--__", "ABC"), ("straße İstanbul", "ǅungla"),
])
def test_class_words_are_those_of_the_regex_module_patterns(cls, ident):
    chrome._words.cache_clear()
    assert chrome._words(cls, ident) == _words_by_regex(cls, ident)
