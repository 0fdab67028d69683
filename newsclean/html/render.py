"""Render a parsed page to paragraphs: block elements start a new one, inline text stays
together, list items and table rows get a line each, ``<pre>`` keeps its lines.

Each paragraph remembers the element it came from, how much of it is link text, and the
chrome reason (see :mod:`newsclean.html.chrome`) of the nearest marked ancestor, if any.

>>> from newsclean.html.parse import parse_html
>>> page = parse_html('<body><nav><a href="/">Home</a></nav><div class="body"><p>One <b>bold</b> '
...                   'word.</p><ul><li>First</li><li>Second</li></ul>'
...                   '<table><tr><td>Town</td><td>Votes</td></tr></table></div></body>')
>>> blocks, dropped = render(page, whole_page=True)
>>> [(b.text, b.tag, b.drop) for b in blocks]  # doctest: +NORMALIZE_WHITESPACE
[('Home', 'nav', 'navigation'), ('One bold word.', 'p', None), ('- First', 'li', None),
 ('- Second', 'li', None), ('Town | Votes', 'tr', None)]
>>> [b.text for b in render(page)[0]], render(page)[1]
(['One bold word.', '- First', '- Second', 'Town | Votes'], {'navigation': 4})
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import regex

from .chrome import TAGS, markup_reason
from .parse import text_of
from .stats import TextStats, leads_somewhere, text_stats

__all__ = ["INLINE_TAGS", "RenderedBlock", "element_label", "render"]

INLINE_TAGS = frozenset({
    "a", "abbr", "acronym", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em",
    "font", "i", "img", "ins", "kbd", "label", "mark", "nobr", "q", "rp", "rt", "ruby", "s", "samp",
    "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr", "picture",
})
# Every other element starts a paragraph of its own (p, div, li, tr, h1..., and unknown tags).
_ARTICLE_TAGS = frozenset({"article", "main"})
_LAYOUT_SIGNS = frozenset({"table", "p", "div", "ul", "ol", "h1", "h2", "h3", "h4", "blockquote", "pre"})
_INVISIBLE_CHARS = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_INVISIBLE = re.compile(f"[{_INVISIBLE_CHARS}]+")  # stdlib re: a plain class scans fastest
_VISIBLE = regex.compile(r"[\p{L}\p{N}\p{P}\p{S}]")  # every printable ASCII character but the space is one
_VISIBLE_ASCII = frozenset(map(chr, range(33, 127)))  # printable ASCII less the space: each matches _VISIBLE
# Share of the page's text, or of its prose, above which no element counts as chrome: a
# "sidebar" class (or an <aside>) around half the page is a layout choice, not a sidebar.
GUARD_SHARE = 0.4
GUARD_PROSE = 0.5
_MAX_DEPTH = 400
_PREFIXED = frozenset({"li", "td", "th"})
_CELLS = frozenset({"td", "th"})
# The tags walk has a rule for past the chrome test: each is one of these.
_SPECIAL = _PREFIXED | _ARTICLE_TAGS | {"pre", "table", "a"}
_SKIP = "skip"  # chrome() result: leave the element out


@dataclass(slots=True)
class RenderedBlock:
    """One rendered paragraph: its text, the element it came from, its link text length, and
    the chrome reason that marks it (``None`` for a paragraph that may be article text)."""

    text: str
    element: Any
    tag: str
    link_chars: int
    drop: str | None

    @property
    def link_density(self) -> float:
        return min(1.0, self.link_chars / len(self.text)) if self.text else 0.0


def element_label(el: Any, names: dict[Any, str] | None = None) -> str:
    """``tag.first-class`` (or ``tag#id``) of an element, and of its parent: ``div.body > p``.
    ``names``: the parents' labels made so far, where the caller labels many elements (the
    paragraphs of one container share their parent's).

    >>> import lxml.html
    >>> div = lxml.html.fragment_fromstring('<div class=" body x"><p id="a">x</p><p>y</p></div>')
    >>> names = {}
    >>> [element_label(p, names) for p in div], element_label(div)
    (['div.body > p#a', 'div.body > p'], 'body > div.body')
    """
    parent = el.getparent()
    if parent is None:
        return _label(el)
    if names is None:
        return f"{_label(parent)} > {_label(el)}"
    above = names.get(parent)
    if above is None:
        above = names[parent] = _label(parent)
    return f"{above} > {_label(el)}"


def _label(el: Any) -> str:
    """``tag.first-class``, else ``tag#id``, else the tag of one element."""
    cls = (el.get("class") or "").split(None, 1)  # the first class is all a label needs
    if cls:
        return f"{el.tag}.{cls[0]}"
    ident = el.get("id")
    return f"{el.tag}#{ident}" if ident else str(el.tag)


def _visible(raw: str) -> str:
    """``raw`` less its invisible characters (zero-width spaces and joiners, soft hyphens, byte-order
    marks). Each is looked for on its own first (``in``: a C scan that skips ahead to the character,
    several times faster than the pattern's test of every character against the class), and the
    pattern runs only where one is there: most paragraphs hold none.

    >>> _visible("Tele\u00advision\u200b news"), _visible("Caf\u00e9")
    ('Television news', 'Café')
    """
    for char in _INVISIBLE_CHARS:
        if char in raw:
            return _INVISIBLE.sub("", raw)
    return raw


def _is_layout_table(table: Any) -> bool:
    """A table used for page layout: a cell holds block content or another table."""
    return any(el.tag in _LAYOUT_SIGNS for el in table.iterdescendants())


class _Renderer:
    def __init__(self, stats: TextStats, body: Any, whole_page: bool) -> None:
        self.stats = stats
        # the links that lead somewhere, found once by text_stats (read here for a TextStats built without them)
        self.anchors = stats.anchors or frozenset(a for a in body.iter("a") if leads_somewhere(a))
        self.whole_page = whole_page
        self.dropped: dict[str, int] = {}
        self.guard = max(200, int(self.read(body) * GUARD_SHARE))
        self.prose_guard = max(200, int(stats.prose.get(body, 0) * GUARD_PROSE))
        self.out: list[RenderedBlock] = []
        self.buf: list[str] = []
        self.link_chars = 0
        self.owner: Any = None
        self.owner_tag = ""  # self.owner.tag, read once
        self.drop: str | None = None
        self.pre = 0
        self.numbers: dict[Any, int] = {}

    def flush(self) -> None:
        if not self.buf:
            return
        raw = "".join(self.buf)
        self.buf.clear()  # in place: walk holds the list
        links, self.link_chars = self.link_chars, 0
        if raw.isspace():
            return
        if not raw.isascii():  # an ASCII text holds no invisible character (isascii reads a flag)
            raw = _visible(raw)
        if not self.pre:  # one line, which holds all the link text
            text = " ".join(raw.split())
            if text and (text[0] in _VISIBLE_ASCII or _VISIBLE.search(text)):
                self.out.append(RenderedBlock(text, self.owner, self.owner_tag, links, self.drop))
            return
        lines = raw.split("\n")
        for line in lines:
            text = " ".join(line.split())
            # a first character of printable ASCII is a visible one: no scan of the rest (most lines)
            if text and (text[0] in _VISIBLE_ASCII or _VISIBLE.search(text)):
                share = links * len(text) // max(1, len(raw)) if len(lines) > 1 else links
                self.out.append(RenderedBlock(text, self.owner, self.owner_tag, share, self.drop))

    def guarded(self, el: Any) -> bool:
        """Too much of the page to be chrome, whatever its markup says."""
        return self.read(el) >= self.guard or self.stats.prose.get(el, 0) >= self.prose_guard

    def read(self, el: Any) -> int:
        """Characters of text outside links."""
        return self.stats.chars.get(el, 0) - self.stats.links.get(el, 0)

    def add(self, text: str | None, in_link: bool) -> None:
        if text:
            self.buf.append(text)
            if in_link:
                self.link_chars += len(text.strip())

    def walk(self, el: Any, in_article: bool, in_link: bool, layout: bool, depth: int) -> None:
        """Render ``el`` and what it holds (not its tail, which belongs to the parent). Run once
        an element: :meth:`add` and :meth:`flush` (on an empty buffer) are written out here. The
        children are read as ``el[:]``, one list lxml builds in C, where ``for child in el`` made an
        iterator and called it once a child and once more at the end: on every sixth scrapinghub_aeb
        page, reading the children and their tails of all 650 elements a page took 1.49 million
        instructions by the iterator, 0.95 by the slice (half the elements walked have no child)."""
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
            names = el.keys()  # an element with no attribute and no chrome tag has no reason: no call
            if names or tag in TAGS:
                reason = markup_reason(el, in_article, tag, names)
                if reason is not None:
                    drop = self.chrome(el, reason, tag)
                    if drop is _SKIP:
                        return
        if depth > _MAX_DEPTH:
            self.add(text_of(el), in_link)
            return
        # a data table's cells share their row's line
        block = drop != self.drop or (layout if tag in _CELLS else tag not in INLINE_TAGS)
        if block:
            saved = (self.owner, self.owner_tag, self.drop)
            if buf:
                self.flush()
            self.owner, self.owner_tag, self.drop = el, tag, drop
        pre = False
        if tag in _SPECIAL:  # one test for the few tags with a rule of their own below
            if tag in _PREFIXED:
                self.prefix(el, tag, layout)
            elif tag == "pre":
                pre = True
                self.pre += 1
            elif tag == "table":
                layout = _is_layout_table(el)
            elif tag == "a":
                in_link = in_link or el in self.anchors
            else:  # _ARTICLE_TAGS
                in_article = True
        # White space that would open a paragraph is not kept: flush folds it away, outside <pre>
        # (where it may start a line), and an empty buffer needs no flush at the next block.
        text = el.text
        if text and (buf or self.pre or not text.isspace()):
            buf.append(text)
            if in_link:
                self.link_chars += len(text.strip())
        for child in el[:]:  # a list made in C: no iterator object and no call a step (as iterating el gives)
            self.walk(child, in_article, in_link, layout, depth + 1)
            text = child.tail
            if text and (buf or self.pre or not text.isspace()):
                buf.append(text)
                if in_link:
                    self.link_chars += len(text.strip())
        if block:
            if buf:
                self.flush()
            self.owner, self.owner_tag, self.drop = saved
        if pre:
            self.pre -= 1

    def chrome(self, el: Any, reason: str, tag: str) -> str | None:
        """The chrome reason of ``el`` (outside chrome; its tag ``tag``), which its markup gives as
        ``reason``: ``None`` where it holds too much of the page to be chrome, ``_SKIP`` when it is
        chrome not to render."""
        if self.guarded(el):
            return None
        if self.whole_page:
            return reason
        self.dropped[reason] = self.dropped.get(reason, 0) + self.stats.chars.get(el, 0)
        if tag not in INLINE_TAGS:
            self.flush()
        return _SKIP

    def prefix(self, el: Any, tag: str, layout: bool) -> None:
        """List markers ("- ", "2. ") and the cell separator of a data table's row (``tag``: ``el.tag``)."""
        if tag == "li":
            parent = el.getparent()
            if parent is not None and parent.tag == "ol":
                number = self.numbers[parent] = self.numbers.get(parent, 0) + 1
                self.add(f"{number}. ", False)
            else:
                self.add("- ", False)
        elif tag in ("td", "th") and not layout and el.getprevious() is not None:
            self.add(" | ", False)


def render(root: Any, stats: TextStats | None = None, *,
           whole_page: bool = False) -> tuple[list[RenderedBlock], dict[str, int]]:
    """The page's ``<body>`` (or whole tree) as paragraphs, in document order, and the
    characters of text in chrome per reason. Chrome is not rendered unless ``whole_page``,
    where its paragraphs come with their ``drop`` reason instead."""
    body = root.find("body")
    if body is None:
        body = root
    r = _Renderer(stats if stats is not None else text_stats(root), body, whole_page)
    r.owner, r.owner_tag = body, body.tag
    r.walk(body, False, False, False, 0)
    r.flush()
    return r.out, r.dropped
