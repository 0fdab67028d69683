"""Find the article's run of prose among the page's paragraphs and remove what lies around it.

Two passes, in the spirit of jusText, but for scraped text:

1. Each paragraph is weighed on its own (:func:`~newsclean.layout.shape.weigh`): prose
   (words enough, sentence punctuation, stop words) weighs plus its length in words; a short
   line without sentence punctuation (a menu item, a button) weighs a little below zero; a
   list entry or table row nothing; a section heading ("Most Read", "27 Comments") far below
   zero; a paragraph the HTML reader marked as mostly links below zero. Lines the earlier
   filters removed count too: as furniture, and a copyright notice, a wire credit, a share or
   tag line as the article's end.
2. Then by its neighbours: the article is the run of consecutive paragraphs with the
   greatest total weight (one linear pass, Kadane's algorithm), looked for below the printed
   headline when the page prints one, and ended by a comments heading, or a list heading such
   as "Most Read" when the prose above it outweighs what follows. Short headings and captions
   inside the run stay with their neighbours; menus, footers, comments and related lists
   around it go, each with the reason of the page section it sits in (``navigation`` before
   the article, ``comments``, ``related_links``, ``tags`` after a heading of that kind, else
   ``boilerplate``).

A page with too little prose to tell the article (less than one real sentence) is left alone.

Lists of one shape that belong to the article (a calendar, the tour dates its last sentence
announces) are told in :mod:`newsclean.layout.lists`; what stands inside the run without being
the article (slides, teaser cards, related boxes) in :mod:`newsclean.layout.inserts`.

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

import bisect
import itertools
import operator
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import regex

from .. import reasons
from ..document import Block, Document
from ..layout import inserts, lists, subheadings
from ..layout.shape import (
    MIN_RUN,
    SECTION_WEIGHT,
    best_run,
    best_runs_before,
    ends_article,
    ends_sentence,
    page_weights,
    section_kind,
)
from ..layout.weighed import Weighed
from ..lexicon import NEXT_ARTICLE

__all__ = ["best_run", "paragraphs"]

# Prose weight that makes a run the article, whatever comments follow it.
_ARTICLE_BEFORE_COMMENTS = 30.0
# A paragraph an earlier filter removed (a share line, a dateline) is page furniture; a
# copyright notice or a wire credit line closes the article, share and tag lines mostly do.
_REMOVED_WEIGHT = -1.0
_CLOSING = {reasons.COPYRIGHT: SECTION_WEIGHT, reasons.AGENCY_TRAILER: -10.0, reasons.SHARE: -5.0,
            reasons.TAGS: -5.0, reasons.NEWSLETTER: -5.0}
# A link to the previous or next article ("Next article", "Previous Post -") closes the article as a
# copyright notice does: what follows is the other article's headline and teaser.
_NEXT_ARTICLE = regex.compile("(?:" + "|".join(p for ps in NEXT_ARTICLE.values() for p in ps) + ")",
                              regex.IGNORECASE)
_LINK_MARKS = " |•·<>«»-–—:*#"
# Share of what follows a list heading that the prose above it must weigh for the heading to close it.
_OUTWEIGH = 0.5
# Share of the page's best weight a run below the printed headline needs to be the article.
_BELOW_HEADLINE = 0.5
_TAG_SEPARATORS = 2  # the commas of a list of keywords: "stock car 2018, stock car brasil, stock car interlagos"
_FURNITURE_LINES = 12  # the most lines of an article's closing furniture: a share bar, one button a line
_SENTENCE_WEIGHT = 0.5  # what a short sentence weighs: "Like this:" is furniture, not prose
_BIO_LINES = 2  # lines under an "About <Name>" heading within which its box's prose starts (a name, a role)
# A line of a teaser card printed twice weighs as a share line does: a feed of such cards, each with
# its one-sentence teaser, weighs below zero and is no article.
_CARD_WEIGHT = -5.0
# A count of zero in a comments heading ("0 Comments", "Comments (0)", "0 Kommentare"): a link in
# the byline's bar, over the article, as often as at its end; no comment stands under it.
_ZERO_COUNT = regex.compile(r"(?<![\d.,])0(?![\d.,])")
# A box heading cut at its link ("More" / "Washington Examiner"): the most characters of its opening
# words, and the most words of the name that follows them.
_HEADING_CHARS = 40
_HEADING_WORDS = 4
# A comments or author-box heading that stands inside the article's prose weighs as a subheading does.
_SUBHEADING_WEIGHT = -2.0
_INDEX = operator.attrgetter("index")


def _article_run(weights: Sequence[float], heads: Sequence[tuple[int, bool]], top: int) -> tuple[int, int] | None:
    """The best run, except that what follows a closing heading never outweighs the article:
    when a comments heading, or a list heading such as "Most Read", follows a run of real
    prose below the printed headline (paragraph ``top``), the run is looked for before it. A
    list heading closes only a run that outweighs what follows it up to the next comments
    heading (a sidebar's "Most Read" box can stand between a photo gallery and the article, and
    a sports page's boxes of teasers, each under its own "More Golf »", above it; the comments
    under a related box are no article that contends with the one above it). A "Comments" link
    in the toolbar under the headline opens nothing, as no prose stands between them.

    One pass each way, whatever the number of headings.

    >>> _article_run([-30, 12, 13, 14, -30, -2, -30, 40, 50], [(0, False), (4, False), (6, False)], 0)
    (7, 8)
    >>> _article_run([40, 50, -30, 12, 13, -30, 3, 5], [(2, False), (5, True)], 0)
    (0, 1)
    >>> _article_run([-30, 12, 13, 14, -50, 40], [], 0)
    (5, 5)
    """
    if not heads:  # most pages: no heading closes the article, and the best run is the answer (no sums read)
        return best_run(weights)
    sums = list(itertools.accumulate(weights, initial=0.0))
    runs = best_runs_before(weights, [head for head, _ in heads], top)
    after = _best_after(weights, heads)
    for (_head, is_comments), run, rest in zip(heads, runs, after, strict=True):
        if run is not None:
            weight = sums[run[1] + 1] - sums[run[0]]
            if weight >= _ARTICLE_BEFORE_COMMENTS and (is_comments or weight >= _OUTWEIGH * rest):
                return run
    return best_run(weights)


def _best_after(weights: Sequence[float], heads: Sequence[tuple[int, bool]]) -> list[float]:
    """For each heading, what the best run after it weighs, up to the next comments heading
    (0 if nothing weighs above zero): one pass from the end, Kadane's algorithm backwards.

    >>> _best_after([-30, 5, -1, 4, -30, 9, -30, 20], [(0, False), (4, False), (6, True)])
    [9.0, 9.0, 20.0]
    """
    out = [0.0] * len(heads)
    run = best = 0.0
    at = len(weights)
    for k in range(len(heads) - 1, -1, -1):
        head, is_comments = heads[k]
        while at > head + 1:
            at -= 1
            run = weights[at] + max(run, 0.0)
            best = max(best, run)
        out[k] = best
        if is_comments:
            run, best, at = 0.0, 0.0, head
    return out


def _weigh(doc: Document) -> Weighed:
    """A weight per paragraph: kept ones by their shape, ones removed by earlier filters as
    page furniture; with each paragraph's position in ``doc.blocks`` (``None`` if removed)."""
    blocks = doc.blocks
    count = len(doc.paragraphs)
    # the page view's weights (shape.page_weights): the title step has often read them for these blocks
    kept = page_weights(blocks)
    if len(blocks) == count:
        # every paragraph kept (as in most second cleanings): the blocks are the paragraphs in order, and
        # the kept weights are the page's, whatever the removals inside the lines weigh (they set a
        # paragraph's weight only where no block stands)
        weights = list(kept)
        where: list[int | None] = list(range(count))
    else:
        weights = [_REMOVED_WEIGHT] * count
        for r in doc.removals:
            closing = _CLOSING.get(r.reason)
            if closing is None and r.reason == reasons.NAVIGATION and _next_article(doc.text[r.start:r.end]):
                closing = SECTION_WEIGHT
            if closing is not None:
                i = doc.paragraph_at(r.start)
                weights[i] = min(weights[i], closing)
        where = [None] * count
        for pos, (b, weight) in enumerate(zip(blocks, kept, strict=True)):
            weights[b.index] = weight
            where[b.index] = pos
    page = Weighed(doc, weights, where)
    # a list of keywords under a "Tags" heading: read at the kept headings only (a heading's weight
    # is set by nothing here: min(w, -5.0) is SECTION_WEIGHT only where w was)
    for i in page.sections():
        at = where[i]
        if at is not None and at + 1 < len(blocks) and _tag_list(blocks[at].text, (b := blocks[at + 1]).text):
            weights[b.index] = min(weights[b.index], _CLOSING[reasons.TAGS])
    return page


def _next_article(text: str) -> bool:
    """Whether a removed navigation line links to the site's previous or next article, as
    under the end of an article ("Previous Post", "Next article -"); not a gallery's "Next".

    >>> _next_article("- Next Auto News"), _next_article("Previous Post"), _next_article("Next")
    (True, True, False)
    """
    return _NEXT_ARTICLE.fullmatch(text.strip(_LINK_MARKS)) is not None


def _tag_list(heading: str, text: str) -> bool:
    """Whether ``text`` is the list of keywords under a "Tags" heading, not a sentence: a
    long run of them can outweigh a short article's prose.

    >>> _tag_list("Tags", "stock car 2018, stock car brasil, stock car interlagos, ")
    True
    >>> _tag_list("Tags", "Tags help readers, editors and search engines find the story.")
    False
    """
    return (text.count(",") + text.count("|") >= _TAG_SEPARATORS and not ends_sentence(text)
            and section_kind(heading) == reasons.TAGS)


def _run(page: Weighed) -> tuple[int, int] | None:
    """The article's run of paragraphs: below the printed headline if the page prints one and
    enough prose follows it, else anywhere."""
    doc, weights = page.doc, page.weights
    headline = doc.facts.headline_at or 0  # without the title step: anywhere
    # the first paragraph that starts below the headline (the paragraphs' starts rise: a bisection)
    top = bisect.bisect_right(doc.starts(), headline) if headline else 0
    if top and _amid_prose(page, top - 1):
        top = 0  # a repeated line inside the article's prose is no headline above it
    heads = _heads(page, top)
    anywhere = _article_run(weights, heads, top)
    if not top or anywhere is None or anywhere[0] >= top:
        return anywhere
    below = _article_run(weights[top:], [(h - top, c) for h, c in heads], 0)
    if below is None:
        return anywhere
    below = (below[0] + top, below[1] + top)
    if _total(weights, below) >= _BELOW_HEADLINE * _total(weights, anywhere):
        return below
    return anywhere


def _heads(page: Weighed, top: int) -> list[tuple[int, bool]]:
    """The headings from paragraph ``top`` on that close the article, each with whether it opens
    the comments: read at the paragraphs that weigh as a heading only (most are none)."""
    weights = page.weights
    heads = []
    closers = None  # the paragraphs of closing lines, read at the first related-links heading only
    for i in page.sections():
        if i >= top and (text := page.text(i)) is not None:
            kind = section_kind(text)
            if kind == reasons.ABOUT and not _bio_follows(weights, i):
                continue  # "About Us" among a menu's items: a link, no box about the author
            if kind == reasons.COMMENTS and _ZERO_COUNT.search(text) is not None:
                continue  # "0 Comments" in the byline's bar: no comment stands under it
            if ends_article(text):
                heads.append((i, kind == reasons.COMMENTS))
            elif kind == reasons.RELATED_LINKS:
                if closers is None:
                    closers = _closers(page.doc)
                if _after_end(page, closers, i) or _cut_at_link(page, i):
                    heads.append((i, False))
    return heads


def _bio_follows(weights: Sequence[float], at: int) -> bool:
    """Whether prose follows the heading at ``at`` within :data:`_BIO_LINES` paragraphs, as a
    box about the author does ("About Jane Doe", then "Jane Doe covers city hall ...").

    >>> _bio_follows([-30.0, -2.0, 12.0], 0), _bio_follows([-30.0, -2.0, -2.0, 12.0], 0)
    (True, False)
    """
    return any(w > 0 for w in weights[at + 1:at + 1 + _BIO_LINES])


def _closers(doc: Document) -> set[int]:
    """The paragraphs that hold a line closing the article (a share bar's, a copyright notice)."""
    return {doc.paragraph_at(r.start) for r in doc.removals if r.reason in _CLOSING}


def _after_end(page: Weighed, closers: set[int], at: int) -> bool:
    """Whether the heading at ``at`` follows the article's closing furniture: between it and the
    last paragraph of prose above stand only short lines, a share bar's or a tag line among
    them ("Share this:", "Click to share on Facebook", "Like this:", then "Related"). A related
    box the article's end has passed is the page's, not one set inside the article.

    >>> prose = "The mayor said the plan would cost far more than the city had set aside for it."
    >>> doc = Document.from_text(prose + "\\nShare this:\\nLike this:\\nRelated\\nRates Fall\\n" + prose)
    >>> doc = doc.remove_blocks(doc.blocks[1:2], "share")
    >>> _after_end(_weigh(doc), _closers(doc), 3), _after_end(_weigh(doc), set(), 3)
    (True, False)
    """
    seen = False
    for i in range(at - 1, max(at - 1 - _FURNITURE_LINES, -1), -1):
        if page.prose(i):
            return seen
        if page.weights[i] > _SENTENCE_WEIGHT:
            return False
        seen = seen or i in closers
    return False


def _cut_at_link(page: Weighed, at: int) -> bool:
    """Whether the related-links heading at ``at`` is the opening of one that closes the article,
    cut at its link, as a text cut at every tag gives it: the heading's words alone (``More``,
    capitalised as a heading is), then the site's or section's name on the next line
    (``Washington Examiner``), which together read as a lined page prints them (``More Washington
    Examiner``, :func:`~newsclean.layout.shape.ends_article`). Only headings below the printed
    headline are read so: a menu's ``More`` / ``News`` above the article closes nothing.

    >>> doc = Document.from_text("The dam holds, the mayor said.\\nMore\\nWashington Examiner\\nRates Fall")
    >>> page = _weigh(doc)
    >>> _cut_at_link(page, 1), _cut_at_link(page, 2)
    (True, False)
    """
    text, name = page.text(at), page.text(at + 1) if at + 1 < len(page.weights) else None
    if text is None or name is None or not text[:1].isupper() or len(text) > _HEADING_CHARS:
        return False
    return len(name.split()) <= _HEADING_WORDS and ends_article(f"{text} {name}")


def _amid_prose(page: Weighed, at: int) -> bool:
    """Whether paragraph ``at`` stands between prose: the paragraph just above it and the
    next kept one below it are both prose. A printed headline follows a menu, a section label
    or a photo credit, and a date or byline follows it."""
    weights, where = page.weights, page.where
    if at == 0 or where[at - 1] is None or weights[at - 1] <= 0:
        return False
    after = next((weights[i] for i in range(at + 1, len(weights)) if where[i] is not None), 0.0)
    return after > 0


def _total(weights: Sequence[float], run: tuple[int, int]) -> float:
    return sum(weights[run[0]:run[1] + 1])


def _gallery(page: Weighed) -> set[int]:
    """The captions of a gallery inside the article (:func:`inserts.gallery_captions`), when the
    page has an article's worth of prose besides them (:data:`MIN_RUN`): lines that are the
    page's only prose are its text, whatever credit follows them. A page so read would be left
    alone as one without an article, its captions kept, and a second cleaning (the credit line
    gone) would read those lines as the article and remove the rest.

    >>> doc = Document.from_text("Troops entered the town on Monday, officials said.\\n" * 2 + "Photo: Reuters\\nHome")
    >>> doc = doc.remove(doc.paragraphs[2].start, doc.paragraphs[2].end, "photo_credit")
    >>> page = _weigh(doc)
    >>> inserts.gallery_captions(page), _gallery(page)
    ({0, 1}, set())
    """
    found = inserts.gallery_captions(page)
    if not found:
        return found
    rest = sum(w for i, w in enumerate(page.weights) if w > 0 and i not in found)
    return found if rest >= MIN_RUN else set()


@dataclass(frozen=True)
class _Rule:
    """A special case of the weighing, by name: the paragraphs it finds on the page as weighed so
    far (``find`` also gets what the rules before it found, by their names), and what each of
    them weighs then (``weigh`` gets its weight so far)."""

    name: str
    find: Callable[[Weighed, Mapping[str, set[int]]], set[int]]
    weigh: Callable[[float], float]


def _subheadings(page: Weighed, found: Mapping[str, set[int]]) -> set[int]:
    """A comments or author-box heading inside the story's prose ("No comment on air strikes")."""
    return subheadings.subheadings(page)


def _inner_boxes(page: Weighed, found: Mapping[str, set[int]]) -> set[int]:
    """A related-links box between two paragraphs of prose: the article runs on under it."""
    return inserts.inner_boxes(page)


def _slides(page: Weighed, found: Mapping[str, set[int]]) -> set[int]:
    """A slideshow's slides and a gallery's captions inside the article: it runs on under them."""
    return inserts.slideshow(page.doc) | _gallery(page)


def _cards(page: Weighed, found: Mapping[str, set[int]]) -> set[int]:
    """Teaser cards printed twice, outside the slides and boxes found before."""
    return inserts.cards(page) - found["slides"] - found["inner_boxes"]


#: The special cases, in the order they weigh the page (each reads the weights the ones before left).
_RULES = (
    _Rule("subheadings", _subheadings, lambda w: _SUBHEADING_WEIGHT),
    _Rule("inner_boxes", _inner_boxes, lambda w: 0.0),
    _Rule("slides", _slides, lambda w: 0.0),
    _Rule("cards", _cards, lambda w: min(w, _CARD_WEIGHT)),
)


def _reweigh(page: Weighed) -> tuple[Weighed, dict[str, set[int]]]:
    """The page weighed by every rule of :data:`_RULES` in turn, and what each found, by name."""
    found: dict[str, set[int]] = {}
    for rule in _RULES:
        found[rule.name] = hits = rule.find(page, found)
        page = page.reweighed(hits, rule.weigh)
    return page, found


def paragraphs(doc: Document) -> Document:
    """Keep the article's run of paragraphs; remove the rest with the reason of its section."""
    blocks = doc.blocks
    if not blocks:
        return doc
    page, found = _reweigh(_weigh(doc))
    run = _run(page)
    if run is None or _total(page.weights, run) < _ARTICLE_BEFORE_COMMENTS:
        listed = lists.with_long_lists(page)
        if listed is not None:
            page, run = listed, _run(listed)
    if run is None or _total(page.weights, run) < MIN_RUN:
        return doc  # too little prose to tell the article from the rest
    first, last = lists.with_list(page, run)
    slides = found["slides"]
    boxes = (inserts.boxes(page, (first, last)) | found["inner_boxes"] | found["cards"]
             | inserts.shouting(page, (first, last)))
    return doc.remove_each(_removals(blocks, first, last, slides, boxes))


def _removals(blocks: tuple[Block, ...], first: int, last: int, slides: set[int],
              boxes: set[int]) -> list[tuple[Block, str]]:
    """The blocks outside the article's run of paragraphs ``first`` to ``last`` (and the slides and
    boxes inside it), each with the reason of the page section it sits in: ``navigation`` before the
    run, after it the kind of the last section heading passed (else ``boilerplate``).

    Where the run holds no slide and no box (most pages), the blocks before it and after it are found
    by bisection on their paragraphs' indices (``blocks`` stand in paragraph order) and the run's own
    blocks are not read: the same pairs as the walk over every block below.

    A block's section kind is read only where the page's weight of it (:func:`page_weights`, the view the
    step weighed) is :data:`SECTION_WEIGHT`: a block that has a kind weighs that, whatever its links (most
    blocks after the run weigh otherwise, and are not looked up, about 1,400 instructions each).

    >>> doc = Document.from_text("Home\\nIt rose.\\nIt fell.\\nMost Read\\nRates Fall")
    >>> [(b.text, r) for b, r in _removals(doc.blocks, 1, 2, set(), set())]
    [('Home', 'navigation'), ('Most Read', 'related_links'), ('Rates Fall', 'related_links')]
    >>> [(b.text, r) for b, r in _removals(doc.blocks, 0, 2, {1}, {4})]
    [('It rose.', 'caption'), ('Most Read', 'related_links'), ('Rates Fall', 'related_links')]
    """
    reason = reasons.BOILERPLATE
    weights = page_weights(blocks)
    if not slides and not boxes:
        lo = bisect.bisect_left(blocks, first, key=_INDEX)
        hi = bisect.bisect_right(blocks, last, lo, key=_INDEX)
        removed = list(zip(blocks[:lo], itertools.repeat(reasons.NAVIGATION)))
        for b, weight in zip(blocks[hi:], weights[hi:], strict=True):
            if weight == SECTION_WEIGHT:
                reason = b.feature(section_kind) or reason
            removed.append((b, reason))
        return removed
    removed = []
    for b, weight in zip(blocks, weights, strict=True):
        if b.index in slides:
            removed.append((b, reasons.CAPTION))
        elif b.index in boxes:
            removed.append((b, reasons.RELATED_LINKS))
        elif b.index < first:
            removed.append((b, reasons.NAVIGATION))
        elif b.index > last:
            if weight == SECTION_WEIGHT:
                reason = b.feature(section_kind) or reason
            removed.append((b, reason))
    return removed
