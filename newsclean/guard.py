"""The last step of :func:`newsclean.clean`: never lose the article to a wrong guess.

Filters guess; a wrong guess can take the whole article away (a content finder that picks
the sidebar, a classifier that reads the story as a list of teasers). The guard looks at
what the pipeline did to the page's *prose* (paragraphs of running sentences, not menus,
headings, dates or data) and, when it kept almost none of it, puts the removed prose back
and says so in ``metadata["warnings"]``. Removals of everything else (menus, titles,
datelines, blobs, share lines) stay.

It fires only when both hold:

- the pipeline kept less than ``min_share`` of the page's prose words, and
- it kept fewer than ``min_words`` prose words in all (an article's worth of prose kept,
  beside a long comment thread that went, is a right guess, not a wrong one);

and only on pages with at least ``min_page_words`` of prose (a page of links has no article
to lose).

It also puts back, on any page, a paragraph of prose that a filter removed on a weak guess
(navigation, comments, a byline without its "By", a dateline) from between two kept paragraphs
of prose: the article runs on on both sides of it (see :func:`_between_prose`).

That second case never puts back the furniture of a page folded to one line
(``doc.facts.furniture``: the menus and footer the ``segment`` step found around the article,
which the ``page`` step removes): that is the page's layout, not a guess about a paragraph, and
the steps after ``page`` never read it, so text put back there would first be judged by a
second cleaning (``clean(clean(x).text)`` would cut what the first one kept). The first case
may: then the article the segment step chose held almost none of the page's prose, and
:func:`newsclean.clean` runs the pipeline again without that page's furniture (see
:func:`furniture_removals`), so that every step reads what the guard would have put back.
Whatever else the guard puts back, :func:`newsclean.clean` runs the pipeline again with that text
kept (``doc.facts.kept``: no step removes it), so every step reads it, and then removes what a
second cleaning of the cleaned text removes (:mod:`newsclean.recheck`): the guard judges the page
as a whole, a second cleaning only the text it kept, on which the share of prose kept differs.

>>> from newsclean.document import Document
>>> story = ("Trucks reached the town at dawn on Monday, carrying flour, fuel and medicine for "
...          "the families who stayed through the winter, officials said.")
>>> doc = Document.from_text("Home\\nWorld\\n" + story + "\\n" + story)
>>> wrong = doc.remove_blocks(doc.blocks, "menu")         # a filter that took everything
>>> fixed = GUARD(wrong)
>>> fixed.body() == story + "\\n" + story, fixed.metadata["warnings"][0][:43]
(True, 'guard: the filters kept 0% of the prose (0 ')
>>> [r.text for r in fixed.removals]                      # the menu stays removed
['Home', 'World']
>>> right = doc.remove_blocks(doc.blocks[:2], "menu")
>>> GUARD(right) is right
True
"""

from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Callable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import Any

from . import reasons
from .document import Document, Paragraph, Removal
from .names import byline_prefix
from .sentences import is_prose

__all__ = ["GUARD", "Guard", "furniture_removals", "is_prose", "warn"]

# Reasons a filter gives on a guess from a line's place or shape, not from a marker of its own.
# A caption ends with its credit, a related box or a teaser card is told by its shape inside the article:
# those keep their reasons. A byline that opens with its marker ("By ...") is one too.
_WEAK = frozenset({reasons.BYLINE, reasons.NAVIGATION, reasons.BOILERPLATE, reasons.COMMENTS, reasons.DATELINE})


def warn(doc: Document, message: str) -> Document:
    """Add ``message`` (``"slug: what happened"``) to ``metadata["warnings"]``.

    >>> warn(Document.from_text("x"), "truncated: cut").metadata["warnings"]
    ['truncated: cut']
    """
    return doc.with_metadata(warnings=[*doc.metadata.get("warnings", []), message])


@dataclass(frozen=True)
class Guard:
    """Put removed prose back when the filters kept almost none of a page's prose.

    ``Guard(min_share=0.3)`` is stricter; ``clean(text, guard=None)`` turns it off.
    """

    min_share: float = 0.15
    min_words: int = 60
    min_page_words: int = 40
    name: str = "guard"

    def __call__(self, doc: Document) -> Document:
        if not doc.removals:
            return doc
        return _between_prose(self._rescue(doc))  # the rescue keeps doc's facts: its furniture

    def _rescue(self, doc: Document) -> Document:
        """Put the removed prose back when the filters kept almost none of it."""
        text = doc.text
        kept = 0
        for b in doc.blocks:  # most pages keep an article's worth of prose: stop reading there
            p = b.paragraph
            if is_prose(text[p.start:p.end]):
                kept += len(b.text.split())
                if kept >= self.min_words:
                    return doc
        prose_at = {i for i, p in enumerate(doc.paragraphs) if is_prose(text[p.start:p.end])}
        prose = [doc.paragraphs[i] for i in sorted(prose_at)]
        total = sum(len(text[p.start:p.end].split()) for p in prose)
        if total < self.min_page_words or kept >= self.min_share * total:
            return doc
        restored = _prose_removals(doc.removals, prose)
        if not restored:
            return doc
        removals = tuple(r for r in doc.removals if id(r) not in restored)
        filters = sorted({r.filter or "?" for r in doc.removals if id(r) in restored})
        out = dataclasses.replace(doc, removals=removals)
        return warn(out, f"guard: the filters kept {kept / total:.0%} of the prose ({kept} of {total} words); "
                         f"put back {len(restored)} removed prose spans (removed by {', '.join(filters)})")


def furniture_removals(doc: Document) -> frozenset[Removal]:
    """The removals that lie inside a folded page's furniture (``doc.facts.furniture``, found by
    the ``segment`` step; empty without it).

    >>> doc = Document.from_text("Home News Sport\\nThe council met.").with_facts(furniture=((0, 15, "navigation"),))
    >>> doc = doc.remove_spans(doc.facts.furniture)
    >>> [r.text for r in furniture_removals(doc)], furniture_removals(doc.with_facts(furniture=None))
    (['Home News Sport'], frozenset())
    """
    inside = _in_furniture(doc.facts.furniture)
    return frozenset(r for r in doc.removals if inside(r)) if inside is not None else frozenset()


def _in_furniture(furniture: tuple[tuple[int, int, str], ...] | None) -> Callable[[Removal], bool] | None:
    """Whether a removal lies inside one of the ``furniture`` spans (``doc.facts.furniture``): a test by
    bisection on the spans' starts (they are apart, as the segment step finds them), not a set of removals (a
    removal's hash is a Python call of its five fields). ``None`` when there is no furniture.

    >>> inside = _in_furniture(((0, 15, "navigation"), (40, 60, "footer")))
    >>> [inside(Removal(a, b, "menu")) for a, b in ((0, 4), (10, 20), (45, 60))], _in_furniture(())
    ([True, False, True], None)
    """
    spans = sorted((a, b) for a, b, _ in furniture or ())
    if not spans:
        return None
    starts = [a for a, _ in spans]

    def inside(r: Removal) -> bool:
        i = bisect.bisect_right(starts, r.start) - 1
        return i >= 0 and r.end <= spans[i][1]
    return inside


def _between_prose(doc: Document, fixed: AbstractSet[Removal] | None = None) -> Document:
    """Put back the prose a filter took on a weak guess (its place or its shape: navigation, a
    byline without its "By") from between two kept paragraphs of prose: the article runs on both sides
    of it. A removal with a reason of its own (a blob, a notice with its marker, a share line) stays,
    and so does a line the kept text repeats (a pull quote, a teaser printed twice), and every
    removal in ``fixed`` (by default a folded page's furniture, :func:`furniture_removals`, told
    of each weak removal alone by :func:`_in_furniture`: a page has few weak removals).

    >>> para = "The council met on Monday and approved the budget after a long debate, officials said."
    >>> lead = "Jane Doe, editor of the Gazette, said the budget would be cut again in the coming year."
    >>> doc = Document.from_text("\\n".join([para, lead, para + " It rose."]))
    >>> wrong = doc.remove_blocks(doc.blocks[1:2], "byline")
    >>> _between_prose(wrong).body() == doc.body()
    True
    """
    blocks = doc.blocks
    if len(blocks) < 2:
        return doc  # no kept paragraph has one after it
    # A removal between two kept blocks lies past the first one's end and before the last one's start:
    # that test first, on every removal (most of a page's lie above or below its kept text).
    lo, hi = blocks[0].end, blocks[-1].start
    removals = doc.removals
    weak = [r for r in removals if lo <= r.start and r.end <= hi and r.reason in _WEAK]
    if fixed is not None:
        if fixed:  # asked only when there is furniture: a removal's hash is a Python call of its five fields
            weak = [r for r in weak if r not in fixed]
    elif weak and (inside := _in_furniture(doc.facts.furniture)) is not None:
        weak = [r for r in weak if not inside(r)]
    if not weak:
        return doc
    starts = [b.start for b in blocks]
    kept: set[str] | None = None
    restored: set[Any] = set()
    for r in weak:  # most lie above or below every kept paragraph: the cheap test first
        after = bisect.bisect_left(starts, r.end)
        if not (0 < after < len(blocks) and blocks[after - 1].end <= r.start):
            continue
        if not is_prose(r.text) or (r.reason == reasons.BYLINE and byline_prefix(r.text)):
            continue
        kept = kept if kept is not None else {b.text for b in blocks}
        if r.text not in kept and is_prose(blocks[after - 1].text) and is_prose(blocks[after].text):
            restored.add(id(r))
    if not restored:
        return doc
    filters = sorted({r.filter or "?" for r in removals if id(r) in restored})
    out = dataclasses.replace(doc, removals=tuple(r for r in removals if id(r) not in restored))
    return warn(out, f"guard: put back {len(restored)} prose spans removed between paragraphs of prose "
                     f"(removed by {', '.join(filters)})")


def _prose_removals(removals: tuple[Removal, ...], prose: list[Paragraph]) -> set[Any]:
    """Ids of the removals that are mostly prose: at least half their span lies in prose
    paragraphs (one merge pass over both, sorted by start)."""
    out: set[Any] = set()
    ordered = sorted(removals, key=lambda r: r.start)
    j = 0
    for r in ordered:
        while j < len(prose) and prose[j].end <= r.start:
            j += 1
        covered, k = 0, j
        while k < len(prose) and prose[k].start < r.end:
            covered += min(r.end, prose[k].end) - max(r.start, prose[k].start)
            k += 1
        if covered * 2 >= r.end - r.start:
            out.add(id(r))
    return out


GUARD = Guard()
