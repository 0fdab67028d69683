"""Find the article's run of prose among the page's paragraphs and remove what lies around it.

Two passes, in the spirit of jusText, but for scraped text:

1. Each paragraph is weighed on its own (:func:`weigh`): prose (words enough, sentence
   punctuation, stop words) weighs plus its length in words; a short line without sentence
   punctuation (a menu item, a button) weighs a little below zero; a section heading that
   opens comments or related links ("Most Read", "27 Comments") weighs far below zero; a
   paragraph the HTML reader marked as mostly links weighs below zero.
2. The article is the run of consecutive paragraphs with the greatest total weight (one
   linear pass, Kadane's algorithm). Short headings and captions inside the run stay with
   their neighbours; menus, footers, comments and related lists around it go, each with the
   reason of the page section it sits in (``navigation`` before the article, ``comments``,
   ``related_links``, ``tags`` after a heading of that kind, else ``boilerplate``).

A page with no prose at all is left alone.

>>> from newsclean.document import Document
>>> page = "\\n".join(["Home", "World", "Politics", "Sport",
...     "The council approved the new budget on Monday after a long debate, officials said.",
...     "Spending on schools will rise by five percent, and the city will hire more teachers.",
...     "Most Read", "Ten places to visit this year", "The best phones of 2019"])
>>> doc = paragraphs(Document.from_text(page))
>>> [b.text[:20] for b in doc.blocks]
['The council approved', 'Spending on schools ']
>>> sorted({r.reason for r in doc.removals})
['navigation', 'related_links']
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from ..document import Block, Document
from ..lexicon import SECTION_HEADINGS, STOPWORDS
from ..words import WORD

__all__ = ["best_run", "paragraphs", "section_kind", "weigh"]

_ALL_STOP = frozenset().union(*STOPWORDS.values())
_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")
_SENTENCE_END = regex.compile(r"[.!?。！？…:;][\"'”’»)\]]*$")
_INNER_SENTENCE = regex.compile(r"\w[.!?。！？][\"'”’»)]*\s+[\"'“‘«(]?\p{Lu}")
_LIST_ITEM = regex.compile(r"(?:[-+*•·▪●◦–]|\d{1,3}[.)]|\(?[a-z\d]\))\s")
_URL = regex.compile(r"(?:https?://|www\.)\S+")
_EDGE = regex.compile(r"^[\s|•·>»\-–—:*#]+|[\s|•·<«\-–—:*#]+$")
_SECTIONS = tuple(
    (reason, regex.compile("(?:" + "|".join(p for ps in table.values() for p in ps) + r")\W{0,3}",
                           regex.IGNORECASE))
    for reason, table in SECTION_HEADINGS.items())

_PROSE_FLOOR = 4       # words a sentence must pass to weigh above zero
_LINE_WEIGHT = -2.0    # a short line that is not a sentence: a menu item, a button
_FRAGMENT_WEIGHT = -1.0  # a longer fragment in lower case: a subheading, a list entry
_ROW_WEIGHT = 0.0      # a list item or table row of three words or more
_SECTION_WEIGHT = -30.0  # a heading that opens comments or related links
_ARTICLE_BEFORE_COMMENTS = 30.0  # prose weight that makes a run the article, whatever comments follow
_LINKS = 0.5           # link density above which a paragraph is navigation
_LOW_STOP = 0.12       # stop-word share below which a long line reads as a list, not prose
_COVERED = 0.15        # page-wide stop-word share above which the lexicon knows the language


def section_kind(text: str) -> str | None:
    """The section a heading opens (``comments``, ``related_links``, ``tags``), or ``None``.

    >>> section_kind("Most Read"), section_kind("View comments (27)"), section_kind("Most people agreed.")
    ('related_links', 'comments', None)
    """
    text = _EDGE.sub("", text)
    if not text or len(text) > 60:
        return None
    for reason, pattern in _SECTIONS:
        if pattern.fullmatch(text):
            return reason
    return None


def _size(text: str) -> tuple[int, list[str]]:
    tokens = WORD.findall(text.lower())
    return len(tokens) + len(_CJK.findall(text)) // 2, tokens


def weigh(block: Block, covered: bool = True) -> float:
    """How much a paragraph counts towards being the article (see the module docstring).

    ``covered`` tells whether the page's language is one the stop-word lists know.

    >>> from newsclean.document import Document
    >>> [weigh(b) for b in Document.from_text("Home\\nMost Read\\nThe army said it had repelled the attack.").blocks]
    [-2.0, -30.0, 4.0]
    """
    text = block.text
    if section_kind(text) is not None:
        return _SECTION_WEIGHT
    size, tokens = _size(text)
    links = block.hints.get("link_density") or 0.0
    if links > _LINKS:
        return _LINE_WEIGHT - size * links
    stop = sum(t in _ALL_STOP for t in tokens) / len(tokens) if tokens else 0.0
    listy = covered and size > 8 and stop < _LOW_STOP
    if _SENTENCE_END.search(text) or _INNER_SENTENCE.search(text):
        weight = float(size - _PROSE_FLOOR)
        return weight / 3 if listy and weight > 0 else weight
    if size >= 12 and not listy:
        return size / 2
    return _short_weight(text, tokens)


def _short_weight(text: str, tokens: list[str]) -> float:
    """A line that is not prose: a list item or table row weighs nothing, a lower-case
    fragment a little less, a menu-like line (few words, or capitalised like a title) less."""
    if len(tokens) >= 3 and (_LIST_ITEM.match(text) or sum(t.isdigit() for t in tokens) >= 2):
        return _ROW_WEIGHT
    if _URL.fullmatch(text):
        return _FRAGMENT_WEIGHT
    if len(tokens) >= 5:
        capitalised = sum(w[:1].isupper() for w in text.split())
        if capitalised * 2 < len(tokens):
            return _FRAGMENT_WEIGHT
    return _LINE_WEIGHT


def best_run(weights: Sequence[float]) -> tuple[int, int] | None:
    """``(first, last)`` indices of the consecutive run with the greatest total weight, or
    ``None`` if no weight is positive (Kadane's algorithm, one pass). The run takes in the
    weightless paragraphs (list items, table rows) on either side of it.

    >>> best_run([-2, 5, -1, 4, -30, 9]), best_run([-1, -2])
    ((5, 5), None)
    >>> best_run([-2, 5, -1, 4, -3, 4])
    (1, 5)
    """
    best, best_span = 0.0, None
    total, start = 0.0, 0
    for i, w in enumerate(weights):
        if total <= 0:
            total, start = 0.0, i
        total += w
        if total > best:
            best, best_span = total, (start, i)
    if best_span is None:
        return None
    first, last = best_span
    while first > 0 and weights[first - 1] == 0:
        first -= 1
    while last + 1 < len(weights) and weights[last + 1] == 0:
        last += 1
    return first, last


def _article_run(weights: Sequence[float], comment_heads: Sequence[int]) -> tuple[int, int] | None:
    """The best run, except that comments never outweigh the article they follow: when a
    comments heading follows a run of real prose, the run is looked for before it."""
    start = 0
    for head in comment_heads:
        run = best_run(weights[start:head])
        if run is not None and sum(weights[start + run[0]:start + run[1] + 1]) >= _ARTICLE_BEFORE_COMMENTS:
            return start + run[0], start + run[1]
        start = head + 1
    run = best_run(weights[start:])
    return (start + run[0], start + run[1]) if run is not None else None


def _covered(blocks: Sequence[Block]) -> bool:
    tokens = [t for b in blocks for t in WORD.findall(b.text.lower())]
    return bool(tokens) and sum(t in _ALL_STOP for t in tokens) / len(tokens) >= _COVERED


def paragraphs(doc: Document) -> Document:
    """Keep the article's run of paragraphs; remove the rest with the reason of its section."""
    blocks = doc.blocks
    if not blocks:
        return doc
    covered = _covered(blocks)
    weights = [weigh(b, covered) for b in blocks]
    heads = [i for i, b in enumerate(blocks) if weights[i] == _SECTION_WEIGHT and section_kind(b.text) == "comments"]
    run = _article_run(weights, heads)
    if run is None:
        return doc
    first, last = run
    spans = [(b.start, b.end, "navigation") for b in blocks[:first]]
    reason = "boilerplate"
    for b in blocks[last + 1:]:
        reason = section_kind(b.text) or reason
        spans.append((b.start, b.end, reason))
    return doc.remove_spans(spans)
