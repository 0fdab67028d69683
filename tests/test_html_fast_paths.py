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


def test_one_scan_finds_every_character_the_unicode_step_normalizes():
    """unicode._ODD holds exactly the characters its four normalizing patterns change (every
    code point of the first plane checked), so a text it finds nothing in is left as it is without them."""
    from newsclean.filters import unicode

    parts = (unicode._NEWLINES, unicode._CONTROL, unicode._INVISIBLE, unicode._SPACES)
    for cp in [*range(0xD800), *range(0xE000, 0x10000), 0x10000, 0x1F600, 0x10FFFF]:  # all below 0x10000
        ch = chr(cp)
        assert (unicode._ODD.match(ch) is not None) == any(p.match(ch) for p in parts), hex(cp)


@pytest.mark.parametrize("text", [
    "plain\ntext", "a\u00a0b", "a\r\nb\rc", "x\u2028y", "tab\there", "zero\u200bwidth", "bell\x07", "Tom &amp; Jerry",
    "Caf\u00c3\u00a9\u00a0au lait", "&nbsp;x", "\ufeffBOM", "",
])
def test_repair_with_the_one_scan_gives_the_four_substitutions(text):
    from newsclean.document import Document
    from newsclean.filters import unicode

    def slow(t: str) -> str:
        t = unicode._NEWLINES.sub("\n", t)
        for _ in range(unicode._ROUNDS):
            fixed = unicode._fix(t)
            fixed = unicode._SPACES.sub(" ", unicode._INVISIBLE.sub("", unicode._CONTROL.sub(
                "", unicode._NEWLINES.sub("\n", fixed))))
            if fixed == t:
                break
            t = fixed
        return t

    assert unicode.repair(Document.from_text(text)).text == Document.from_text(slow(text)).text


@pytest.mark.parametrize("line", [
    "Plain “curly” quotes — and naïve", "the terroristsâ€™ assault", "Ã© at the start", "x" * 50 + "Â " + "y" * 50,
    "ØªØ­ÙŠØ©", "вЂ” and", "‚Äù quoted", "a" * 9 + "×²" + "b" * 9, "“”", "é" * 40, "a\x85b", "Œuvre",
])
def test_badness_search_around_seeds_is_the_whole_search(line):
    from ftfy.badness import BADNESS_RE

    from newsclean.filters import unicode
    for text in (line, f"{line} {line}", f"plain ascii text, long enough: {line} and after “it”"):
        assert unicode._bad(text) == (BADNESS_RE.search(text) is not None), text
