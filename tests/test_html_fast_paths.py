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
    "Caf\u00e9", "\u200b", "\u00ad", "naïve “quotes”", "\x01a", "\x7f\x7f", "\u00e9\x01", "\x1b[0m",
])
def test_printable_ascii_is_visible_as_the_pattern_says(text):
    """A text that opens with printable ASCII but the space (the renderer's shortcut) always has a
    visible character by the general pattern; any other text is left to the pattern."""
    general = render._VISIBLE.search(text) is not None
    if (text.isascii() and text.isprintable()) or text[:1] in render._VISIBLE_ASCII:
        assert general
    blocks, _ = render.render(_page(f"<p>{html.escape(text)}</p>"), whole_page=True)
    assert [b.text for b in blocks] == ([text] if general else [])


def test_every_character_of_the_visible_ascii_set_is_visible():
    assert {chr(c) for c in range(128) if render._VISIBLE.match(chr(c))} == render._VISIBLE_ASCII


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


def test_ascii_case_of_bytes_is_that_of_str():
    """chrome tells an ASCII name's case by bytes.islower and bytes.isupper, where str's were asked."""
    import random

    rng = random.Random(0)
    texts = [chr(c) for c in range(128)] + ["".join(rng.choice("aZ9- _\tq\x1cB") for _ in range(rng.randint(0, 12)))
                                             for _ in range(3000)]
    for text in texts:
        assert (text.encode().islower(), text.encode().isupper()) == (text.islower(), text.isupper()), text
        assert chrome._CAMEL_BYTES.sub(b"-", text.encode()).decode() == chrome._CAMEL.sub("-", text), text


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


@pytest.mark.parametrize("seed", range(4))
def test_camel_cut_and_whole_string_words_are_those_of_the_patterns(seed):
    """chrome._camel_cut cuts as the camelCase pattern does, and _words (the whole ASCII string cut at
    once, names read by str.split) gives the words name by name, on random names and on class strings
    that hold the id as a name (read name by name) or beside other names."""
    import random

    rng = random.Random(seed)
    for _ in range(2000):
        text = "".join(rng.choice("aAbBzZ09-_ \t\x1c.") for _ in range(rng.randint(0, 30))).encode()
        assert chrome._camel_cut(text) == chrome._CAMEL_BYTES.sub(b"-", text), text
    for cls, ident in _random_names(seed, 500):
        for pair in ((cls, ident), (f"{cls} {ident}", ident), (f"{ident}x {cls}", ident), (cls, f"{ident} {cls}")):
            assert chrome._words.__wrapped__(*pair) == _words_by_regex(*pair), pair
    slugs = ["sharing-with-a-team", "Sharing-With-A-Team", "share-1-2-3", "a-b-c-d", "most-read-now", "x"]
    for _ in range(500):
        ident = rng.choice(slugs)
        names = [rng.choice([*slugs, "nav", "mostRead", "SITE_footer"]) for _ in range(rng.randint(0, 3))]
        for pair in ((" ".join(names), ident), (" ".join(names), f" {ident}"), ("", ident)):
            assert chrome._words.__wrapped__(*pair) == _words_by_regex(*pair), pair


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
    # elements with no text under them, with and without a tail of text (text_stats skips their sums)
    '<body><div><img src="x"> tail<br/>\u00a0<span></span>after<a href="/"></a> x<p></p>y<p><i></i></p>'
    '<a href="/"><b></b></a>\u2003<p><a href="/"> </a></p> <div><div><hr> </div></div>end</div></body>',
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


@pytest.mark.parametrize("page", _STATS_PAGES)
def test_stats_anchors_are_the_links_that_lead_somewhere(page):
    """The renderer reads text_stats' anchors where it asked leads_somewhere of each <a>; a
    TextStats built without them renders as one built with them."""
    from newsclean.html.parse import parse_html, strip_unseen
    from newsclean.html.stats import TextStats, leads_somewhere, text_stats

    root = parse_html(page)
    strip_unseen(root)
    stats = text_stats(root)
    assert stats.anchors == {a for a in root.iter("a") if leads_somewhere(a)}
    bare = TextStats(stats.chars, stats.links, stats.prose)
    assert render.render(root, bare) == render.render(root, stats)


def _eval_html_roots():
    """``(id, root)`` of every HTML case of the shared evaluation data, parsed and stripped of
    what no reader sees, as read_html has them; the calling test is skipped when there are none."""
    from newsclean.html.parse import parse_html, strip_unseen

    seen = 0
    for case in eval_cases():
        if case.get("variant") == "html":
            root = parse_html(case["input"])
            strip_unseen(root)
            seen += 1
            yield case.get("id"), root
    if not seen:
        pytest.skip("no shared evaluation data beside the repository")


def test_text_stats_of_every_eval_page_are_those_of_the_tag_by_tag_pass():
    from newsclean.html.stats import text_stats

    for case_id, root in _eval_html_roots():
        stats = text_stats(root)
        assert (stats.chars, stats.links, stats.prose) == _stats_by_tag(root), case_id


class _RendererKeepingSpace(render._Renderer):
    """The renderer as it was before it left out the white space that opens a paragraph: every
    text and tail buffered, every element's chrome reason asked of a method, and each buffer flushed
    as lines (one outside ``<pre>``)."""

    def flush(self):
        if not self.buf:
            return
        raw = "".join(self.buf)
        self.buf.clear()
        links, self.link_chars = self.link_chars, 0
        if raw.isspace():
            return
        raw = render._visible(raw)
        lines = raw.split("\n") if self.pre else [raw]
        for line in lines:
            text = " ".join(line.split())
            if text and render._VISIBLE.search(text):
                share = links * len(text) // max(1, len(raw)) if len(lines) > 1 else links
                self.out.append(render.RenderedBlock(text, self.owner, self.owner_tag, share, self.drop))

    def walk(self, el, in_article, in_link, layout, depth):
        tag = el.tag
        if not isinstance(tag, str):
            return
        buf = self.buf
        if tag == "br":
            if self.pre:
                buf.append("\n")
            elif buf:
                self.flush()
            return
        drop = self.drop
        if drop is None:
            reason = chrome.chrome_reason(el, in_article, tag)
            drop = None if reason is None else self.chrome(el, reason, tag)
            if drop is render._SKIP:
                return
        if depth > render._MAX_DEPTH:
            self.add(render.text_of(el), in_link)
            return
        block = tag not in render.INLINE_TAGS or drop != self.drop
        if tag in ("td", "th"):
            block = layout or drop != self.drop
        saved = (self.owner, self.owner_tag, self.drop)
        if block:
            if buf:
                self.flush()
            self.owner, self.owner_tag, self.drop = el, tag, drop
        if tag in render._PREFIXED:
            self.prefix(el, tag, layout)
        pre = tag == "pre"
        if pre:
            self.pre += 1
        if tag == "table":
            layout = render._is_layout_table(el)
        in_article = in_article or tag in render._ARTICLE_TAGS
        in_link = in_link or (tag == "a" and render.leads_somewhere(el))
        self.add(el.text, in_link)
        for child in el:
            self.walk(child, in_article, in_link, layout, depth + 1)
            self.add(child.tail, in_link)
        if block:
            if buf:
                self.flush()
            self.owner, self.owner_tag, self.drop = saved
        if pre:
            self.pre -= 1


def _render_keeping_space(root, whole_page):
    from newsclean.html.stats import text_stats

    body = root.find("body")
    body = root if body is None else body
    r = _RendererKeepingSpace(text_stats(root), body, whole_page)
    r.owner, r.owner_tag = body, body.tag
    r.walk(body, False, False, False, 0)
    r.flush()
    return r.out, r.dropped


def _same_rendering(root) -> None:
    for whole_page in (False, True):
        blocks, dropped = render.render(root, whole_page=whole_page)
        old_blocks, old_dropped = _render_keeping_space(root, whole_page)
        assert dropped == old_dropped
        assert [(b.text, b.element, b.tag, b.link_chars, b.drop) for b in blocks] == [
            (b.text, b.element, b.tag, b.link_chars, b.drop) for b in old_blocks]


_SPACE_PIECES = [" ", "\n  ", "\t", "\u00a0", "\u3000", "word", "two words", "\u200b", "<br>", "<b>", "</b>",
                 '<a href="/x">', "</a>", "<p>", "</p>", "<pre>", "</pre>", "<div>", "</div>", "<li>",
                 '<div class="share">', '<span class="ad">', "</span>", "<td>", "<tr>", "<table>", "</table>"]


@pytest.mark.parametrize("seed", range(3))
def test_render_leaving_out_opening_space_renders_as_before(seed):
    """The renderer leaves out white space that would open a paragraph (outside ``<pre>``): the
    same paragraphs, link counts and dropped counts as when every text was buffered, on random
    pages of white space, words, links, ``<pre>``, breaks, chrome and tables."""
    import random

    from newsclean.html.parse import parse_html, strip_unseen

    rng = random.Random(seed)
    for _ in range(150):
        body = "".join(rng.choice(_SPACE_PIECES) for _ in range(rng.randint(1, 40)))
        root = parse_html(f"<html><body>{body}</body></html>")
        strip_unseen(root)
        _same_rendering(root)


_TAG_PIECES = [*_SPACE_PIECES, "<ol>", "</ol>", "<ul>", "<th>", "</td>", "</tr>", "<article>", "</article>",
               "<main>", "</main>", "<header>", "</header>", "<footer>", "</footer>", "<nav>", "</nav>", "<aside>",
               "<figcaption>", '<section role="navigation">', '<div role="main">', "<div hidden>",
               '<p style="display:none">', '<span aria-hidden="true">', '<i id="x">', "<em>", "</em>", "<form>",
               "</pre>", "<h1>", '<a href="javascript:x()">', '<div class="sidebar-body">']


@pytest.mark.parametrize("seed", range(3))
def test_render_of_random_tags_is_as_before(seed):
    """The walk tests the few tags with a rule of their own (cells, list items, ``<pre>``, tables, links,
    ``<article>`` and ``<main>``) behind one set test, and asks the markup for a chrome reason only where
    an element has attributes or a chrome tag: the same paragraphs, link counts and dropped counts as
    the walk that asked each, on random pages of those tags, chrome tags and attributes."""
    import random

    from newsclean.html.parse import parse_html, strip_unseen

    rng = random.Random(100 + seed)
    for _ in range(200):
        body = "".join(rng.choice(_TAG_PIECES) for _ in range(rng.randint(1, 60)))
        root = parse_html(f"<html><body>{body}</body></html>")
        strip_unseen(root)
        _same_rendering(root)


@pytest.mark.parametrize("tag", sorted({*chrome.TAGS, *render.INLINE_TAGS, "div", "p", "li", "td", "article",
                                        "main", "section", "table", "pre", "body", "x-widget"}))
def test_an_element_without_attributes_has_a_reason_only_by_its_chrome_tag(tag):
    import lxml.etree

    el = lxml.etree.Element(tag)
    for in_article in (False, True):
        assert (chrome.chrome_reason(el, in_article) is None) == (
            tag not in chrome.TAGS or (in_article and tag in ("header", "footer")))


def test_render_of_every_eval_page_is_as_before():
    for _, root in _eval_html_roots():
        _same_rendering(root)


def _microdata_by_elements(root, prop):
    """The ``[itemprop]`` look-up as it was: every element with the attribute, by XPath, then read."""
    return [el for el in root.xpath("//*[@itemprop]") if el.get("itemprop", "").lower() == prop]


def _same_microdata(root) -> None:
    from newsclean.html.metadata import _Microdata

    props = {el.get("itemprop").lower() for el in root.xpath("//*[@itemprop]")} | {"author", "datepublished"}
    found = _Microdata(root)
    for prop in props:
        assert found(prop) == _microdata_by_elements(root, prop), prop


@pytest.mark.parametrize("page", [
    '<html itemprop="Author"><body><p itemprop="author">A<span itemprop="AUTHOR">B</span></p></body></html>',
    '<body><div itemprop="">x</div><div ITEMPROP="datePublished" itemprop="other">y</div><p>z</p></body>',
    '<body><meta itemprop="datePublished" content="2016"><time itemprop=" datepublished ">t</time></body>',
    '<body><p itemprop="author name">two words</p><p data-itemprop="author">not it</p></body>',
    "<body><p>no microdata</p></body>", "",
])
def test_microdata_by_attributes_is_that_of_the_element_search(page):
    from newsclean.html.parse import parse_html

    _same_microdata(parse_html(page))


def test_microdata_of_every_eval_page_is_that_of_the_element_search():
    """On every HTML page as html_metadata reads it (before what no reader sees is stripped)."""
    from newsclean.html.parse import parse_html

    pages = [case["input"] for case in eval_cases() if case.get("variant") == "html"]
    if not pages:
        pytest.skip("no shared evaluation data beside the repository")
    for page in pages:
        _same_microdata(parse_html(page))


def test_no_other_character_lower_cases_to_a_j():
    """The premise of ``stats._LEADS_AT_ONCE``: only "j" and "J" lower-case to something that starts with "j"."""
    import sys

    assert [c for c in map(chr, range(sys.maxunicode + 1)) if c.lower()[:1] == "j"] == ["J", "j"]


_HREFS = [None, "", " ", "/", "/world", "#", "#top", "http://x.com/a", "HTTPS://X", "javascript:void(0)",
          "JavaScript:go()", " javascript:x", "\tjavascript:x", "\u00a0javascript:x", "\u3000/x", "j", "J",
          "jobs/", "Javascript", "javascript", "javascript:", "javascripT:1", "\u212aelvin", "\u0130x", "\u00e9t\u00e9",
          "mailto:a@b.c", "tel:123", "?q=1", ".", "..", "  ", "\n", "\x0b/x", "\x1c", "\x85j", "\u2028javascript:x",
          "[x]", "~", "\x7f", "\x00", "\x1f/x", "j\u0307avascript:", "\uff4aavascript:"]


@pytest.mark.parametrize("href", _HREFS)
def test_anchors_by_first_character_are_those_that_lead_somewhere(href):
    from newsclean.html.parse import parse_html
    from newsclean.html.stats import _anchors, leads_somewhere

    a = lxml_a(href)
    if a is not None:
        assert (a in _anchors(a.getparent())) == leads_somewhere(a)
    root = parse_html(f'<body><a href="{html.escape(href, quote=True)}">x</a></body>' if href is not None
                      else "<body><a>x</a></body>")
    assert _anchors(root) == {a for a in root.iter("a") if leads_somewhere(a)}


def lxml_a(href):
    """An ``<a>`` whose ``href`` is ``href`` exactly (set on the element: no parser between), in a
    ``<p>``; ``None`` for an ``href`` lxml does not take (a control character)."""
    import lxml.etree

    p = lxml.etree.Element("p")
    a = lxml.etree.SubElement(p, "a")
    if href is not None:
        try:
            a.set("href", href)
        except ValueError:
            return None
    return a


@pytest.mark.parametrize("seed", range(3))
def test_anchors_of_random_hrefs_are_those_that_lead_somewhere(seed):
    import random

    from newsclean.html.stats import _anchors, leads_somewhere

    rng = random.Random(seed)
    alphabet = "jJavscript: /#hH\t\n\u00a0\u3000\u212a\u0130\x85x."
    for _ in range(2000):
        href = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        a = lxml_a(href)
        assert (a in _anchors(a.getparent())) == leads_somewhere(a), repr(href)


def test_anchors_of_every_eval_page_are_those_that_lead_somewhere():
    from newsclean.html.stats import _anchors, leads_somewhere

    for case_id, root in _eval_html_roots():
        assert _anchors(root) == {a for a in root.iter("a") if leads_somewhere(a)}, case_id


def _by_words_of_the_list(cls: str, ident: str, small: bool):
    """The reason the class and id words give, each word looked up in turn (as ``chrome._by_words``
    read them before its one-pass test for a word with a reason)."""
    words = chrome._words.__wrapped__(cls, ident)
    content = None
    for word in words:
        reason = chrome._WORD_REASON.get(word)
        if reason is None:
            continue
        if small and reason in chrome._BLOCK_FAMILIES:
            continue
        if reason in chrome._LAYOUT_FAMILIES:
            if content is None:
                content = any(w in chrome.CONTENT_WORDS for w in words)
            if content:
                continue
        return reason
    return None


_CLASS_TABLE = [
    ("sidebar-layout__body", ""), ("sidebar", ""), ("sidebar", "content"), ("nav-main", ""), ("main-nav", ""),
    ("popup", ""), ("modal share", ""), ("", "sharing-with-a-team"), ("sharing-with-a-team", "sharing-with-a-team"),
    ("share", "share"), ("mostRead", "site-footer"), ("article-share__buttons", ""), ("footer-body", "x"),
    ("ad", ""), ("ad-slot", "ads"), ("most-read", ""), ("MostRead most_read", ""), ("site-header page", "post"),
    ("", ""), ("  ", " "), ("widget textwidget", "text-3"), ("topbar", "storyBody"), ("related-posts", "main"),
    ("overlay caption", ""), ("credit", "lightbox"), ("caf\u00e9-share", "\u212aookie"), ("Cookie-Banner", ""),
]


@pytest.mark.parametrize(("cls", "ident"), _CLASS_TABLE)
@pytest.mark.parametrize("small", [False, True])
def test_reasons_are_those_of_the_word_by_word_loop(cls, ident, small):
    chrome._words.cache_clear()
    chrome._by_words.cache_clear()
    assert chrome._by_words(cls, ident, small) == _by_words_of_the_list(cls, ident, small)
    assert chrome._words(cls, ident) == _words_by_regex(cls, ident)


@pytest.mark.parametrize("seed", range(4))
def test_reasons_of_random_names_are_those_of_the_word_by_word_loop(seed):
    """Random class and id strings made of chrome words, content words, layout words and separators."""
    import random

    rng = random.Random(seed)
    vocabulary = ["share", "sidebar", "body", "content", "nav", "popup", "most", "read", "ad", "slot", "footer",
                  "site", "x", "a", "with", "team", "Read", "Nav", "Body", "3"]
    def one() -> str:
        out = []
        for _ in range(rng.randint(0, 6)):
            out.append(rng.choice(vocabulary))
            out.append(rng.choice(["-", "_", " ", "", "--", "  "]))
        return "".join(out)
    for _ in range(1500):
        cls, ident = one(), one() if rng.random() < 0.7 else ""
        if rng.random() < 0.1:
            ident = cls.split()[0] if cls.split() else ident
        for small in (False, True):
            assert chrome._by_words.__wrapped__(cls, ident, small) == _by_words_of_the_list(cls, ident, small), (
                cls, ident, small)
        assert chrome._words.__wrapped__(cls, ident) == _words_by_regex(cls, ident), (cls, ident)


def _eval_named_elements():
    """Each eval page's first element of every distinct (class, id) pair, with its case id."""
    seen = set()
    for case_id, root in _eval_html_roots():
        for el in root.iter():
            cls, ident = el.get("class") or "", el.get("id") or ""
            if (cls or ident) and (cls, ident) not in seen:
                seen.add((cls, ident))
                yield case_id, el, cls, ident


def test_reasons_of_every_eval_page_are_those_of_the_word_by_word_loop():
    for case_id, _, cls, ident in _eval_named_elements():
        for small in (False, True):
            assert chrome._by_words(cls, ident, small) == _by_words_of_the_list(cls, ident, small), (
                case_id, cls, ident)


def _parts_by_regex(cls: str, ident: str) -> set[str]:
    """Every part of every name, cut by the regex module's patterns, no name skipped."""
    return {p for name in f"{cls} {ident}".split() for p in _SPLIT.split(_CAMEL.sub("-", name).lower()) if p}


def _vocabularies():
    from newsclean.html import content

    return [chrome._REASON_WORDS, content._NEGATIVE, content._POSITIVE,
            frozenset({"most-read", "a-b-c", "x--y", "-", "share", "Nav", "side-bar"})]


def _check_parts(cls: str, ident: str) -> None:
    """class_parts gives every part of the names (ASCII), and a vocabulary that may_hold says cannot
    be held by the parts shares no word with the names' words."""
    parts = chrome.class_parts(cls, ident)
    words = set(_words_by_regex(cls, ident))
    if parts is None:
        assert not f"{cls} {ident}".isascii()
        return
    assert set(parts) == _parts_by_regex(cls, ident), (cls, ident)
    for words_of in _vocabularies():
        if not chrome.Vocabulary(words_of).may_hold(parts):
            assert words.isdisjoint(words_of), (cls, ident)


@pytest.mark.parametrize(("cls", "ident"), [
    *_CLASS_TABLE, ("most read", ""), ("mostRead", ""), ("MOST-READ", ""), ("most", "read"), ("a-b-c", ""),
    ("x--y", ""), ("side-barNav", "x"), ("sideBar", ""), ("\tshare\x1cnav\x0b", "\x1f"), ("caf\u00e9", "share"),
])
def test_class_parts_and_what_they_may_hold(cls, ident):
    _check_parts(cls, ident)


@pytest.mark.parametrize("seed", range(4))
def test_class_parts_of_random_names_and_what_they_may_hold(seed):
    import random

    for cls, ident in _random_names(seed, 500):
        _check_parts(cls, ident)
    rng = random.Random(seed)
    vocabulary = ["share", "sidebar", "side", "bar", "body", "content", "nav", "most", "read", "ad", "slot",
                  "page", "header", "x", "Read", "Bar", "Side", "3", "article", "tags", "post", "entry"]
    for _ in range(1500):
        cuts = ["-", "_", " ", "", "--", "  ", "\t"]
        names = [rng.choice(vocabulary) + rng.choice(cuts) for _ in range(rng.randint(0, 6))]
        _check_parts("".join(names), rng.choice(vocabulary) if rng.random() < 0.5 else "")


def _class_weight_of_the_words(el) -> int:
    """content.class_weight as it read every element's words."""
    from newsclean.html import content

    words = chrome._words.__wrapped__(el.get("class") or "", el.get("id") or "") if (
        el.get("class") or el.get("id")) else ()
    weight = -25 if not content._NEGATIVE.isdisjoint(words) else 0
    if not content._POSITIVE.isdisjoint(words) or (el.get("itemprop") or "").lower() == "articlebody":
        weight += 25
    return weight


@pytest.mark.parametrize(("cls", "ident"), [*_CLASS_TABLE, ("article-body", ""), ("story-body comments", ""),
                                            ("entryContent", "x"), ("caf\u00e9 post-body", "")])
def test_class_weight_is_that_of_the_words(cls, ident):
    from lxml.html import fragment_fromstring

    from newsclean.html import content

    for prop in ("", "articleBody"):
        el = fragment_fromstring(f'<div class="{html.escape(cls)}" id="{html.escape(ident)}" itemprop="{prop}">x</div>')
        assert content.class_weight(el) == _class_weight_of_the_words(el)


def test_class_parts_and_weights_of_every_eval_page():
    from newsclean.html import content

    for case_id, el, cls, ident in _eval_named_elements():
        _check_parts(cls, ident)
        assert content.class_weight(el) == _class_weight_of_the_words(el), (case_id, cls, ident)


def _encoding_edge_cases() -> list[str]:
    """Texts whose non-ASCII characters (of one, two and four bytes' width, and a page's first
    and last) stand at, before and after the block and piece bounds of ``parse._utf8``, or not at all."""
    from newsclean.html import parse

    block, piece = parse._ENCODE_BLOCK, parse._ENCODE_PIECE
    texts = ["", "a", "\u00e9", "\u2019", "\U0001f600", "x" * block, "x" * (3 * block + 7)]
    for at in (0, 1, piece - 1, piece, piece + 1, block - 1, block, block + 1, 2 * block + piece - 1):
        for char in ("\u00e9", "\u2019", "\U0001f600", "\x00", "\x7f\u0080"):
            for size in (at + 1, at + 2, block, block + 1, 2 * block, 3 * block + 5):
                if at < size:
                    texts.append("y" * at + char + "z" * max(0, size - at - len(char)))
    return texts


def test_page_encoding_by_blocks_is_that_of_str_encode():
    """parse._utf8 gives the bytes str.encode gives, on a table of characters at the bounds of its
    blocks and pieces, on random texts of mostly ASCII and on every eval page; a lone surrogate
    fails as it fails in str.encode."""
    import random

    from newsclean.html import parse

    rng = random.Random(0)
    alphabet = "abc <>/=\"'\n" * 20 + "\u00e9\u00ff\u2019\u2014\u4e2d\U0001f600\x80"
    texts = _encoding_edge_cases() + ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 20000)))
                                      for _ in range(60)]
    texts += [case["input"] for case in eval_cases() if case["variant"] == "html"]
    for text in texts:
        assert parse._utf8(text) == text.encode("utf-8"), (len(text), text[:40])
    for text in ("\ud800", "a" * 5000 + "\udfff" + "\u00e9" * 3, "\u2019" * 9000 + "\ud83d"):
        with pytest.raises(UnicodeEncodeError):
            parse._utf8(text)


def _meta_tags_by_get(metas):
    """metadata._meta_tags as it read each element's attributes: one ``get`` each."""
    out = {}
    for el in metas:
        content = (el.get("content") or "").strip()
        if not content:
            continue
        for attr in ("property", "name", "itemprop"):
            for key in (el.get(attr) or "").lower().split():
                out.setdefault(key, content)
    return out


_META_PIECES = ['name="a"', 'NAME="b"', 'property="og:title twitter:title"', 'itemprop="A"', 'content="x"',
                "content=' y '", 'CONTENT=""', 'content', 'name', 'name=""', 'charset="utf-8"', 'xml:lang="en"',
                'og:title="z"', 'xmlns:og="http://ogp.me/ns#"', 'property="OG:Title"', 'content="\u00e9t\u00e9"',
                'itemprop=" a  b "', 'data-name="q"', 'content="  "']


@pytest.mark.parametrize("seed", range(3))
def test_meta_tags_by_items_are_those_of_get(seed):
    """metadata._meta_tags reads each <meta> by one ``items()`` call: the same keys and contents as a
    ``get`` per attribute, on random <meta> tags (repeated attributes, any case, empty and missing
    contents, several keys in one attribute, namespaced names), on elements made through the API
    (namespaced attributes) and on every eval page."""
    import random

    import lxml.etree

    from newsclean.html.metadata import PageTags, _meta_tags
    from newsclean.html.parse import parse_html

    rng = random.Random(seed)
    for _ in range(300):
        tags = "".join("<meta " + " ".join(rng.choice(_META_PIECES) for _ in range(rng.randint(0, 5))) + ">"
                       for _ in range(rng.randint(0, 6)))
        metas = PageTags(parse_html(f"<html><head>{tags}</head><body><p>x</p></body></html>")).meta
        assert _meta_tags(metas) == _meta_tags_by_get(metas), tags
    made = lxml.etree.Element("meta", {"content": "c", "{http://ogp.me/ns#}name": "ns", "property": "p"})
    assert _meta_tags([made]) == _meta_tags_by_get([made]) == {"p": "c"}
    if seed == 0:
        for case in eval_cases():
            if case.get("variant") == "html":
                metas = PageTags(parse_html(case["input"])).meta
                assert _meta_tags(metas) == _meta_tags_by_get(metas), case.get("id")


@pytest.mark.parametrize("page", [
    '<html><head><link rel="Canonical" href="https://www.daily-planet.com/a"><meta property="og:url" '
    'content="http://other.org/"></head><body><a href="http://www.elsewhere.net/">x</a></body></html>',
    '<html><head><meta property="og:url" content=""><base href="//cdn.sitename.co.uk/"></head></html>',
    '<html><body><link rel="stylesheet" href="/s.css"><a href="http://www.timesandstar.co.uk/n">x</a>'
    '<svg><title>t</title><meta content="x"></svg><a href="/b">z</a></body></html>',
    "<html><body><p>no links</p></body></html>", "",
])
def test_site_labels_of_the_gathered_tags_are_those_of_the_page(page):
    """reader gathers the <link>, <meta> and <base> elements for site_labels in the walk that gathers the
    metadata's (metadata.PageTags): the labels are those site_labels finds by its own walk."""
    from newsclean.html.headline import site_labels
    from newsclean.html.metadata import PageTags
    from newsclean.html.parse import parse_html

    root = parse_html(page)
    tags = PageTags(root)
    assert tags.host_tags == list(root.iter("link", "meta", "base"))
    assert site_labels(root, tags.host_tags) == site_labels(root)


def test_gathered_tags_of_every_eval_page_are_those_of_the_walks_for_each():
    """PageTags (one walk) holds what a walk for each kind finds: every <meta>, <script>, <time>, the first
    <title>, and the <link>, <meta> and <base> elements in document order."""
    from newsclean.html.metadata import PageTags
    from newsclean.html.parse import parse_html

    pages = [case["input"] for case in eval_cases() if case.get("variant") == "html"]
    if not pages:
        pytest.skip("no shared evaluation data beside the repository")
    for page in pages:
        root = parse_html(page)
        tags = PageTags(root)
        assert tags.meta == list(root.iter("meta")) and tags.script == list(root.iter("script"))
        assert tags.time == list(root.iter("time")) and tags.title is next(root.iter("title"), None)
        assert tags.host_tags == list(root.iter("link", "meta", "base"))


def _markup_reason_reading_both(el, in_article, tag, names):
    """chrome.markup_reason as it was: the class and the id both read wherever either is there."""
    from newsclean import reasons

    reason = chrome.TAGS.get(tag)
    if not names:
        return None if reason is None or (in_article and tag in ("header", "footer")) else reason
    if "hidden" in names or ("aria-hidden" in names and el.get("aria-hidden").lower() == "true"):
        return reasons.HIDDEN
    if "style" in names and chrome._HIDDEN_STYLE.search(el.get("style")):
        return reasons.HIDDEN
    if reason is not None and not (in_article and tag in ("header", "footer")):
        return reason
    if "role" in names:
        role = el.get("role").lower()
        if role in chrome.ROLES and not (in_article and role in ("banner", "contentinfo")):
            return chrome.ROLES[role]
    if tag in ("html", "body", "article", "main") or ("class" not in names and "id" not in names):
        return None
    return chrome._by_words(el.get("class") or "", el.get("id") or "", tag in chrome._SMALL_TAGS)


_REASON_ATTRIBUTES = ['class=""', 'class="share"', 'class="story-body"', 'id=""', 'id="nav"', 'id="main"',
                      'role="main"', 'style="color:red"', 'data-class="ad"', 'xml:id="footer"', 'class="Most Read"',
                      'href="/x"', 'class="sidebar"', 'id="sidebar-body"']


@pytest.mark.parametrize("seed", range(2))
def test_markup_reason_reading_class_and_id_only_where_there(seed):
    """markup_reason reads the class and the id only where keys lists them: the reasons of the markup
    that read both, on random elements of chrome, layout and other tags with class and id present,
    empty, missing or namespaced, inside and outside an article, and on every eval page's elements."""
    import random

    import lxml.etree

    from newsclean.html.parse import parse_html

    rng = random.Random(seed)
    tags = ["div", "span", "a", "section", "aside", "nav", "header", "article", "main", "body", "li", "p"]
    elements = []
    for _ in range(600):
        attrs = " ".join(rng.sample(_REASON_ATTRIBUTES, rng.randint(0, 3)))
        tag = rng.choice(tags)
        root = parse_html(f"<html><body><div><{tag} {attrs}>x</{tag}></div></body></html>")
        elements += [el for el in root.iter(tag) if el.getparent().tag == "div"]
    made = lxml.etree.Element("div", {"{http://x}class": "share", "{http://x}id": "nav"})
    elements.append(made)
    if seed == 0:
        for _, root in _eval_html_roots():
            elements += [el for el in root.iter() if isinstance(el.tag, str)]
    for el in elements:
        for in_article in (False, True):
            names = el.keys()
            assert chrome.markup_reason(el, in_article, el.tag, names) == _markup_reason_reading_both(
                el, in_article, el.tag, names), (el.tag, el.attrib)


@pytest.mark.parametrize("text", [
    "", "plain, ascii, text", "caf\u00e9, cr\u00e8me", "\u201cquoted,\u201d she said", "\u4e00\uff0c\u4e8c\u3001\u4e09",
    "\u0648\u060c \u0628", ",\uff0c\u3001\u060c" * 30, "x" * 450 + ",",
])
def test_points_are_those_of_every_comma_mark_counted(text):
    """content._points counts the wide comma marks only in a text that is not ASCII (which cannot hold them)."""
    from newsclean.html import content

    plain = 1 + sum(text.count(mark) for mark in content._COMMA_MARKS) + min(len(text) // 100, 3)
    assert content._points(text) == plain


def test_element_labels_with_the_parents_names_kept_are_those_made_afresh():
    """read_html keeps the parents' labels in element_label's ``names``: the same labels as made one by one."""
    page = _page('<div class="  body main"><p id="a">x</p><p>y</p><ul><li>z</li></ul></div>'
                 '<section id="s"><p class="lead">w</p></section><p>v</p>')
    names: dict = {}
    for el in page.iter():
        assert render.element_label(el, names) == render.element_label(el)


def _short_texts_by_iterwalk(body):
    """headline._short_texts as it was: an iterwalk's start events for the order, its end events for the texts."""
    import lxml.etree

    from newsclean.html import headline

    texts: dict = {}
    order = []
    for event, el in lxml.etree.iterwalk(body, events=("start", "end")):
        if not isinstance(el.tag, str):
            continue
        if event == "start":
            order.append(el)
            continue
        pieces = [el.text or ""]
        size, links = len(pieces[0]), int(el.tag == "a")
        for child in el:
            if isinstance(child.tag, str):
                inner = texts.get(child, ("", 0))
                if inner is None:
                    size = headline._MAX_CHARS + 1
                    break
                pieces.append(inner[0])
                size += len(inner[0])
                links += inner[1]
            tail = child.tail or ""
            pieces.append(tail)
            size += len(tail)
            if size > headline._MAX_CHARS:
                break
        texts[el] = ("".join(pieces), links) if size <= headline._MAX_CHARS else None
    out = []
    for el in order:
        found = texts.get(el)
        if found is not None and (text := " ".join(found[0].split())):
            out.append((el, text, found[1]))
    return out


def _named_by_the_pattern(el):
    """headline._named_headline as it was: the names joined by a generator and searched at every call."""
    from newsclean.html import headline

    if el.tag == "h1":
        return True
    marks = " ".join(v for v in (el.get("class"), el.get("id"), el.get("itemprop")) if v)
    return bool(marks) and headline._HEADLINE_ATTR.search(marks) is not None


@pytest.mark.parametrize("page", [
    "<p>One <a href='/x'>two</a> three<!-- c --> four</p><div><h1 class='Headline'>Big <b>news</b></h1></div>",
    "<ul>" + "<li class='menu'><a href='/a'>Item</a> tail</li>" * 30 + "</ul><p>" + "long " * 200 + "</p>",
    "<div id='x'><div><span itemprop='headline'>Deep</span></div>after</div><p></p>", "",
])
def test_short_texts_and_names_are_those_of_the_walk_and_the_pattern(page):
    """_short_texts (reversed document order) and _named_headline (names cached, no generator) give what
    the iterwalk and the pattern at every call gave, here and on every element of every eval page."""
    from newsclean.html import headline

    bodies = [_page(page).find("body")]
    if page == "":
        bodies += [root.find("body") for _, root in _eval_html_roots()]
    for body in bodies:
        if body is None:
            continue
        assert headline._short_texts(body) == _short_texts_by_iterwalk(body)
        for el in body.iter():
            if isinstance(el.tag, str):
                assert headline._named_headline(el) == _named_by_the_pattern(el)


def test_letters_of_ascii_texts_are_those_of_the_pattern():
    """headline._letters reads an ASCII text's bytes (a-z, A-Z and 0-9 kept, capitals lower-cased): what the
    pattern leaves, on every ASCII character, random ASCII strings and every eval line."""
    import random

    from newsclean.html import headline

    def by_pattern(text):
        return headline._NOT_ALNUM.sub("", text.lower())

    rng = random.Random(0)
    texts = [chr(c) * 3 + "aZ9" + chr(c) for c in range(128)]
    texts += ["".join(rng.choice([chr(c) for c in range(128)]) for _ in range(rng.randint(0, 40))) for _ in range(3000)]
    texts += ["Caf\u00e9 \u00c9t\u00e9", "\u212aelvin", "\u0130stanbul", "\u00bd \u00b2 \u0663", "a\u0301b"]
    texts += [line for case in itertools.islice(eval_cases(), 0, None, 7) for line in case["input"].splitlines()[:200]]
    for text in texts:
        assert headline._letters(text) == by_pattern(text), text


def test_short_texts_have_no_more_words_than_characters():
    """headline._too_many_words leaves a text of _MAX_WORDS characters or fewer unsplit: no text has more
    tokens than characters (each token is a character at least, and tokens do not overlap), on random
    strings of ASCII, Latin-1, letters that lower-case to two characters, marks, CJK and punctuation, and
    every eval page's short texts; and on the longer texts it answers as the count does."""
    import random

    from newsclean.html import headline
    from newsclean.words import tokens

    rng = random.Random(0)
    alphabet = [*map(chr, range(32, 127)), "\u00e9", "\u00c9", "\u00df", "\u0130", "\u0301", "\u212a", "\u2019",
                "'", "\u00a0", "\u4e2d", "\u6587", "\u3001", "\u0663", "\u00bd", "\u0391", "\u03a3", "\ufb01", "_"]
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60))) for _ in range(4000)]
    texts += ["\u0130" * 45, "\u4e2d" * 45, "a " * 23, "a'" * 22, "word " * 46]
    texts += [text for _, root in _eval_html_roots() if (body := root.find("body")) is not None
              for _, text, _ in headline._short_texts(body)]
    for text in texts:
        assert len(tokens(text)) <= len(text), text
        assert headline._too_many_words(text) == (len(tokens(text)) > headline._MAX_WORDS), text


def test_hint_densities_are_the_rounded_densities():
    """read_html skips round() for a paragraph with no link text: its density 0.0 is what round gives."""
    from newsclean.html.reader import read_html
    from newsclean.html.render import render

    assert round(0.0, 2) == 0.0 and type(round(0.0, 2)) is float
    page = ('<html><body><nav><a href="/">Home</a> <a href="/w">World</a></nav><article><p>Plain text, '
            'no link at all here.</p><p>One <a href="/x">link</a> in a line of some more words.</p>'
            '<p><a href="/y">All of it a link</a></p></article></body></html>')
    doc = read_html(page, whole_page=True)
    blocks, _ = render(_page(page.removeprefix("<html><body>").removesuffix("</body></html>")), whole_page=True)
    assert [p.hints["link_density"] for p in doc.paragraphs] == [round(b.link_density, 2) for b in blocks]
