"""The HTML path's shortcuts give what the long way gives: each is checked against the
general rule it stands in for, on the kinds of input where they could part."""

from __future__ import annotations

import html
import itertools

import pytest
import regex

from newsclean.html import chrome, render

from .conftest import eval_cases


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


def _random_names(seed: int, count: int) -> list[tuple[str, str]]:
    """Class and id strings drawn from letters of both cases, digits, separators, white space and
    a few letters whose case rules are odd (a title-case digraph, a dotted capital I, a Kelvin sign)."""
    import random

    rng = random.Random(seed)
    alphabet = "aAbBzZmMqQ0917-_.:/ \t" + "\u00e9\u00c9\u01c5\u0130\u212a\u00df"
    def one() -> str:
        return "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24)))
    return [(one(), one() if rng.random() < 0.5 else "") for _ in range(count)]


@pytest.mark.parametrize("seed", range(4))
def test_class_words_of_random_names_are_those_of_the_patterns(seed):
    """The ASCII shortcut of :func:`chrome._name_parts` (``str.translate``, no camelCase pattern where a
    name has no lower-case letter or no capital) cuts as the patterns do, on random names."""
    for cls, ident in _random_names(seed, 500):
        assert chrome._words.__wrapped__(cls, ident) == _words_by_regex(cls, ident), (cls, ident)


def _stats_by_tag(root):
    """The measures as text_stats took them before it looked its links and paragraphs up in sets:
    each element's tag read, the root tested for in the loop."""
    from newsclean.html.stats import is_link

    elements = list(root.iter())
    chars = dict.fromkeys(elements, 0)
    links = chars.copy()
    prose = chars.copy()
    for el in reversed(elements):
        text = el.text
        total = chars[el] + len(text.strip()) if text else chars[el]
        chars[el] = total
        linked = links[el] = total if el.tag == "a" and is_link(el) else links[el]
        read = prose[el] = total - linked if el.tag == "p" else prose[el]
        if el is root:
            break
        parent = el.getparent()
        tail = el.tail
        chars[parent] += total + len(tail.strip()) if tail else total
        links[parent] += linked
        prose[parent] += read
    return chars, links, prose


_STATS_PAGES = [
    '<body><div><p>Five <a href="/">links</a></p><a href="/">More</a></div></body>',
    '<body><p>Lead <a href=" JavaScript:void(0)">x</a> <a href="">y</a> <a>z</a> <a href="#">w</a></p></body>',
    '<body><a href="/a">out <a href="/b">in</a> tail</a> after</body>',
    '<body><p>outer <span><p>inner</p></span> tail</p><table><tr><td><p>cell</p></td></tr></table></body>',
    '<body> \u00a0 <p> \u2003spaced\u3000 </p> \n <div>Hi <script>x()</script> there</div></body>',
    "<p>no body at all</p>", "", "<a href='/'>root link</a>",
]


@pytest.mark.parametrize("page", _STATS_PAGES)
def test_text_stats_are_those_of_the_tag_by_tag_pass(page):
    from newsclean.html.parse import parse_html, strip_unseen
    from newsclean.html.stats import text_stats

    root = parse_html(page)
    strip_unseen(root)
    stats = text_stats(root)
    assert (stats.chars, stats.links, stats.prose) == _stats_by_tag(root)
    for el in root.iter():  # an element below the root measured on its own, as the root of the pass
        sub = text_stats(el)
        assert (sub.chars, sub.links, sub.prose) == _stats_by_tag(el)


def test_text_stats_of_every_eval_page_are_those_of_the_tag_by_tag_pass():
    from newsclean.html.parse import parse_html, strip_unseen
    from newsclean.html.stats import text_stats

    seen = 0
    for case in eval_cases():
        if case.get("variant") != "html":
            continue
        root = parse_html(case["input"])
        strip_unseen(root)
        stats = text_stats(root)
        assert (stats.chars, stats.links, stats.prose) == _stats_by_tag(root), case.get("id")
        seen += 1
    if not seen:
        pytest.skip("no shared evaluation data beside the repository")
