"""Find the article in a rendered page: the element whose paragraphs hold the most prose.

Every paragraph of some length gives points (one, plus one per comma, plus one per hundred
characters up to three) to its parent, half as many to its grandparent, and a third of
``level`` as many further up: a container of many real paragraphs scores high, a list of
links does not. A container's points are weighted by its tag and by its class/id words
("article-body" up, "comments" down), and scaled by the share of its text that is not link
text. The best container wins; an ancestor wins instead when several of the best sit under
it (one article split into columns), and good siblings join it (a lead paragraph placed
just before the body container).

Marked containers (``<article>``, ``<main>``, ``[itemprop=articleBody]``) get a bonus but no
blind trust: listing pages wrap every teaser in ``<article>``.

>>> from newsclean.html.parse import parse_html
>>> from newsclean.html.render import render
>>> root = parse_html('<body><div id="menu"><p><a href="/">Home</a></p></div><div class="story">'
...                   + '<p>The army said it had repelled the attack, killing fifty, losing none.</p>' * 3
...                   + '</div><div><p>Copyright 2016, all rights reserved, no reuse.</p></div></body>')
>>> blocks, _ = render(root)
>>> [b.element.getparent().get("class") for b in blocks if in_content(blocks, root)[id(b.element)]]
['story', 'story', 'story']
"""

from __future__ import annotations

from typing import Any

from ..sentences import ends_sentence
from .chrome import CLASS_WORDS, Vocabulary, class_parts, class_words
from .parse import text_of
from .render import RenderedBlock
from .stats import TextStats, text_stats

__all__ = ["class_weight", "find_content", "in_content"]

_POSITIVE = frozenset({"article", "articlebody", "article-body", "body", "content", "entry", "hentry",
                       "main", "page", "post", "text", "blog", "story", "story-body", "post-body",
                       "entry-content", "post-content", "article-content", "prose", "richtext"})
_NEGATIVE = frozenset(w for ws in CLASS_WORDS.values() for w in ws) | frozenset({
    "combx", "contact", "foot", "footnote", "meta", "scroll", "shoutbox", "shopping", "tool", "tools",
    "byline", "author", "caption", "credit", "teaser", "card", "thumbnail", "thumb", "sidebar",
    "aside", "extra", "legend", "legends", "agegate", "subscribe", "remark", "gallery", "slideshow",
    "carousel", "slider"})
_NEGATIVE_WORDS, _POSITIVE_WORDS = Vocabulary(_NEGATIVE), Vocabulary(_POSITIVE)
_TAG_POINTS = {"div": 5, "article": 10, "main": 5, "section": 2, "pre": 3, "td": 3, "blockquote": 3,
               "form": -3, "ol": -3, "ul": -3, "dl": -3, "dd": -3, "dt": -3, "li": -3, "address": -3,
               "h1": -5, "h2": -5, "h3": -5, "h4": -5, "h5": -5, "h6": -5, "th": -5}
_SCORED_TAGS = frozenset({"p", "pre", "td", "div", "section", "article", "blockquote", "dd", "main",
                          "font", "center", "span"})
_COMMA_MARKS = (",", "，", "、", "،")  # each counted by str.count: C scans, no pattern (the ASCII comma first)
_MIN_PARAGRAPH = 25
_LEVELS = 5


def class_weight(el: Any) -> int:
    """+25 for an element whose class/id says content, -25 for one that says chrome.

    >>> import lxml.html
    >>> class_weight(lxml.html.fragment_fromstring('<div class="article-body">x</div>'))
    25
    >>> class_weight(lxml.html.fragment_fromstring('<div id="comments">x</div>'))
    -25
    """
    cls, ident = el.get("class") or "", el.get("id") or ""
    negative = positive = False
    if cls or ident:  # the names' words are made only where their parts may hold a word of either
        parts = class_parts(cls, ident)
        negative = parts is None or _NEGATIVE_WORDS.may_hold(parts)
        positive = parts is None or _POSITIVE_WORDS.may_hold(parts)
        if negative or positive:
            words = class_words(el)
            negative = negative and not _NEGATIVE.isdisjoint(words)
            positive = positive and not _POSITIVE.isdisjoint(words)
    weight = -25 if negative else 0
    if positive or (el.get("itemprop") or "").lower() == "articlebody":
        weight += 25
    return weight


def _points(text: str) -> float:
    """One, plus one a comma (of the scripts :data:`_COMMA_MARKS` holds), plus one a hundred
    characters up to three.

    A text that is not ASCII is a string of two bytes a character (a curly quote makes one), where
    ``str.count`` reads every character in a loop and ``in`` skips ahead by ``memchr`` to the
    characters whose low byte is the mark's (0x0C and 0x01 for the three other marks: rare in text).
    The other marks are counted only where ``in`` finds them, as summing their counts did; on every
    sixth scrapinghub_aeb page (784 texts, 347 of them not ASCII) the three counts read about 4
    million instructions of 6.7.

    >>> _points("Dawn, then noon, 、 then dusk،")  # one, and four commas
    5
    """
    commas = text.count(",")
    if not text.isascii():  # a flag: an ASCII text holds none of the other marks
        for mark in _COMMA_MARKS[1:]:
            if mark in text:
                commas += text.count(mark)
    return 1 + commas + min(len(text) // 100, 3)


def _scores(blocks: list[RenderedBlock], root: Any) -> dict[Any, float]:
    scores: dict[Any, float] = {}
    for b in blocks:
        if b.drop is not None or len(b.text) < _MIN_PARAGRAPH or b.tag not in _SCORED_TAGS:
            continue
        if b.link_density > 0.5:
            continue
        points = _points(b.text)
        anc = b.element.getparent() if b.tag == "p" else b.element
        for level in range(_LEVELS):
            if anc is None or anc is root or anc.tag == "html":
                break
            scores[anc] = scores.get(anc, 0.0) + points / (1 if level == 0 else 2 if level == 1 else level * 3)
            anc = anc.getparent()
    return scores


def _weighted(el: Any, points: float, stats: TextStats) -> float:
    """A container's points, weighted by its tag and class words (which only scale the
    evidence of its text: a "content" class on an empty box earns nothing) and scaled by
    the share of its text that is not link text."""
    factor = 1 + class_weight(el) / 50
    return max(0.0, points + _TAG_POINTS.get(el.tag, 0)) * factor * (1 - stats.link_density(el))


def find_content(blocks: list[RenderedBlock], root: Any, stats: TextStats | None = None) -> set[Any]:
    """The elements that make up the article (the best container, and siblings that join it);
    an empty set when no paragraph of prose was found."""
    scores = _scores(blocks, root)
    if not scores:
        marked = _marked(root, stats if stats is not None else text_stats(root))
        return {marked} if marked is not None else set()
    stats = stats if stats is not None else text_stats(root)
    final = {el: _weighted(el, s, stats) for el, s in scores.items()}
    ranked = sorted(final, key=final.__getitem__, reverse=True)
    best = ranked[0]
    top = _common_ancestor(best, ranked[1:5], final)
    final[top] = max(final.get(top, 0.0), final[best])
    top = _climb(top, final, root)
    return _with_siblings(top, final, stats) | _same_class(best, final)


def _marked(root: Any, stats: TextStats) -> Any:
    """The ``[itemprop=articleBody]``, ``<article>``, ``<main>`` or ``[role=main]`` element
    with the most text outside links, for pages without paragraphs of prose (an article
    made of lists)."""
    best, best_chars = None, 0
    for el in root.iter():
        tag = el.tag
        if not isinstance(tag, str):
            continue
        if (tag in ("article", "main") or (el.get("itemprop") or "").lower() == "articlebody"
                or (el.get("role") or "").lower() == "main"):
            read = stats.chars.get(el, 0) - stats.links.get(el, 0)
            if read > best_chars:
                best, best_chars = el, read
    return best


def _common_ancestor(top: Any, others: list[Any], final: dict[Any, float]) -> Any:
    """An ancestor of ``top`` that also holds at least three near-best candidates."""
    close = [el for el in others if final[el] >= 0.75 * final[top]]
    if len(close) < 3:
        return top
    lines = [set(el.iterancestors()) for el in close]
    for parent in top.iterancestors():
        if parent.tag in ("body", "html"):
            break
        if sum(parent in line for line in lines) >= 3:
            return parent
    return top


def _climb(top: Any, final: dict[Any, float], root: Any) -> Any:
    """Go up while the parent scores better (the article is bigger than its best part), and
    past wrappers with a single child."""
    last = final[top]
    parent = top.getparent()
    while parent is not None and parent is not root and parent.tag not in ("body", "html"):
        if parent not in final:
            parent = parent.getparent()
            continue
        if final[parent] < last / 3:
            break
        if final[parent] > last:
            top = parent
            break
        last = final[parent]
        parent = parent.getparent()
    while True:
        parent = top.getparent()
        if parent is None or parent is root or parent.tag in ("body", "html") or len(parent) != 1:
            return top
        final[parent] = max(final.get(parent, 0.0), final[top])
        top = parent


def _same_class(top: Any, final: dict[Any, float]) -> set[Any]:
    """Scored elements with the best container's tag and first class: a body the CMS split
    into several ``div.story-body`` blocks around ads and embeds."""
    cls = (top.get("class") or "").split()[:1]
    if not cls:
        return set()
    floor = max(10.0, final[top] * 0.1)
    return {el for el, score in final.items()
            if score >= floor and el.tag == top.tag and (el.get("class") or "").split()[:1] == cls}


def _with_siblings(top: Any, final: dict[Any, float], stats: TextStats) -> set[Any]:
    parent = top.getparent()
    if parent is None:
        return {top}
    threshold = max(10.0, final[top] * 0.2)
    top_class = top.get("class") or ""
    out = {top}
    for sib in parent:
        if sib is top or not isinstance(sib.tag, str):
            continue
        bonus = final[top] * 0.2 if top_class and sib.get("class") == top_class else 0.0
        if sib in final and final[sib] + bonus >= threshold:
            out.add(sib)
        elif sib.tag == "p":
            n = stats.chars.get(sib, 0)
            density = stats.link_density(sib)
            if (n > 80 and density < 0.25) or (0 < n <= 80 and density == 0
                                               and ends_sentence(text_of(sib).rstrip())):
                out.add(sib)
    return out


def in_content(blocks: list[RenderedBlock], root: Any, stats: TextStats | None = None) -> dict[int, bool]:
    """For each block element (by ``id``), whether it lies inside the article; every block
    counts as inside when no article was found."""
    content = find_content(blocks, root, stats)
    if not content:
        return {id(b.element): True for b in blocks}
    memo: dict[int, bool] = {}
    seen: dict[Any, bool] = {}  # every element climbed through: inside or not (its answer is its parent's)
    for b in blocks:
        el, inside, path = b.element, False, []
        while el is not None:
            if el in content:
                inside = True
                break
            known = seen.get(el)
            if known is not None:
                inside = known
                break
            path.append(el)
            el = el.getparent()
        for climbed in path:
            seen[climbed] = inside
        memo[id(b.element)] = inside
    return memo
