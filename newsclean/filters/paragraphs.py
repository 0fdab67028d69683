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

from ..document import Document
from .shape import SECTION_WEIGHT, covered, section_kind, weigh

__all__ = ["best_run", "paragraphs"]

# Prose weight that makes a run the article, whatever comments follow it.
_ARTICLE_BEFORE_COMMENTS = 30.0

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


def paragraphs(doc: Document) -> Document:
    """Keep the article's run of paragraphs; remove the rest with the reason of its section."""
    blocks = doc.blocks
    if not blocks:
        return doc
    is_covered = covered(blocks)
    weights = [weigh(b, is_covered) for b in blocks]
    heads = [i for i, b in enumerate(blocks) if weights[i] == SECTION_WEIGHT and section_kind(b.text) == "comments"]
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
