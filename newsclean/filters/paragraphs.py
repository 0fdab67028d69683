"""Find the article's run of prose among the page's paragraphs and remove what lies around it.

Two passes, in the spirit of jusText, but for scraped text:

1. Each paragraph is weighed on its own (:func:`~newsclean.filters.shape.weigh`): prose
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
import collections
import itertools
from collections.abc import Sequence

import regex

from ..document import Document
from ..lexicon import NEXT_ARTICLE
from ..words import tokens
from .shape import (
    MIN_RUN,
    SECTION_WEIGHT,
    best_run,
    covered,
    ends_article,
    ends_sentence,
    row_weight,
    section_kind,
    weigh,
)
from .title import headline_at

__all__ = ["best_run", "paragraphs"]

# Prose weight that makes a run the article, whatever comments follow it.
_ARTICLE_BEFORE_COMMENTS = 30.0
# A paragraph an earlier filter removed (a share line, a dateline) is page furniture; a
# copyright notice or a wire credit line closes the article, share and tag lines mostly do.
_REMOVED_WEIGHT = -1.0
_CLOSING = {"copyright": SECTION_WEIGHT, "agency_trailer": -10.0, "share": -5.0, "tags": -5.0, "newsletter": -5.0}
# A link to the previous or next article ("Next article", "Previous Post -") closes the article as a
# copyright notice does: what follows is the other article's headline and teaser.
_NEXT_ARTICLE = regex.compile("(?:" + "|".join(p for ps in NEXT_ARTICLE.values() for p in ps) + ")",
                              regex.IGNORECASE)
_LINK_MARKS = " |•·<>«»-–—:*#"
# Share of what follows a list heading that the prose above it must weigh for the heading to close it.
_OUTWEIGH = 0.5
# Share of the page's best weight a run below the printed headline needs to be the article.
_BELOW_HEADLINE = 0.5
# A list's rows: the punctuation marks (digits as one) a row is built with, and the fewest rows of a list.
_MARK = regex.compile(r"[^\w\s.'’]|\d")
_MIN_ROWS = 3
# A slide's counter: "1/50 Star Wars boosts economy", "Image 2 of 5"; a slide runs to four lines.
_COUNTER = regex.compile(r"(?:(?:image|photo|picture|slide)\s+)?(\d{1,3})\s?(?:/|of)\s?(\d{1,3})\b", regex.IGNORECASE)
_SLIDE_LINES = 4
_BOX_LINES = 8  # the most lines of a related-links box inside the article, its heading included
_ENTRY_WEIGHT = -1.0  # the least an announced list's entry weighs: a lower-case phrase, not a menu item
_PARAGRAPH = 10.0  # the least weight of a paragraph of prose (a sentence of fourteen words), not a teaser's line
_LIST_ROWS = 6  # rows of one shape from which a list is a text of its own: a calendar, a results table
_TAG_SEPARATORS = 2  # the commas of a list of keywords: "stock car 2018, stock car brasil, stock car interlagos"
_FURNITURE_LINES = 12  # the most lines of an article's closing furniture: a share bar, one button a line
_SENTENCE_WEIGHT = 0.5  # what a short sentence weighs: "Like this:" is furniture, not prose
_BIO_LINES = 2  # lines under an "About <Name>" heading within which its box's prose starts (a name, a role)
_ROW_WORDS = 3  # an archive's "► 2017 (11)" or a poll's "% 165 votes" is a menu, not a list of the article
# A sentence's last mark: a line ending so is prose, not a headline (a teaser's cut "..." is no end).
_FULL_STOP = regex.compile(r"(?<![.…])[.;:][\"'”’»)\]]*$")
_NUMBERED = regex.compile(r"\d{1,3}[.)]\s")  # "5. Beware the hairdryer": a listicle's own subheading
# A line of a teaser card printed twice weighs as a share line does: a feed of such cards, each with
# its one-sentence teaser, weighs below zero and is no article.
_CARD_WEIGHT = -5.0
# Words from which a line in capitals is a link shouted between paragraphs, not a subheading.
_SHOUTED_WORDS = 8
_SHOUTED_SHARE = 0.9  # the share of cased letters in capitals: "AMAs" may stand in such a line


def _article_run(weights: Sequence[float], heads: Sequence[tuple[int, bool]], top: int) -> tuple[int, int] | None:
    """The best run, except that what follows a closing heading never outweighs the article:
    when a comments heading, or a list heading such as "Most Read", follows a run of real
    prose below the printed headline (paragraph ``top``), the run is looked for before it. A
    list heading closes only a run that outweighs what follows it up to the next closing
    heading (a sidebar's "Most Read" box can stand between a photo gallery and the article;
    the comments under a related box are no article that contends with the one above it). A
    "Comments" link in the toolbar under the headline opens nothing, as no prose stands
    between them."""
    for k, (head, is_comments) in enumerate(heads):
        run = best_run(weights[top:head])
        if run is not None:
            weight = _total(weights, (top + run[0], top + run[1]))
            after = weights[head + 1:heads[k + 1][0]] if k + 1 < len(heads) else weights[head + 1:]
            if weight >= _ARTICLE_BEFORE_COMMENTS and (is_comments or weight >= _OUTWEIGH * _best(after)):
                return top + run[0], top + run[1]
    return best_run(weights)


def _best(weights: Sequence[float]) -> float:
    run = best_run(weights)
    return _total(weights, run) if run is not None else 0.0


def _weights(doc: Document) -> tuple[list[float], list[int | None]]:
    """A weight per paragraph: kept ones by their shape, ones removed by earlier filters as
    page furniture. Also each paragraph's position in ``doc.blocks`` (``None`` if removed)."""
    blocks = doc.blocks
    is_covered = covered(blocks)
    weights = [_REMOVED_WEIGHT] * len(doc.paragraphs)
    starts = [p.start for p in doc.paragraphs]
    for r in doc.removals:
        closing = _CLOSING.get(r.reason)
        if closing is None and r.reason == "navigation" and _next_article(doc.text[r.start:r.end]):
            closing = SECTION_WEIGHT
        if closing is not None:
            i = bisect.bisect_right(starts, r.start) - 1
            weights[i] = min(weights[i], closing)
    where: list[int | None] = [None] * len(doc.paragraphs)
    for pos, b in enumerate(blocks):
        weights[b.index] = weigh(b, is_covered)
        where[b.index] = pos
    for before, b in itertools.pairwise(blocks):
        if weights[before.index] == SECTION_WEIGHT and _tag_list(before.text, b.text):
            weights[b.index] = min(weights[b.index], _CLOSING["tags"])
    return weights, where


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
            and section_kind(heading) == "tags")


def _run(doc: Document, weights: list[float], where: list[int | None]) -> tuple[int, int] | None:
    """The article's run of paragraphs: below the printed headline if the page prints one and
    enough prose follows it, else anywhere."""
    headline = headline_at(doc)
    top = next((i for i, p in enumerate(doc.paragraphs) if p.start > headline), len(weights)) if headline else 0
    if top and _amid_prose(weights, where, top - 1):
        top = 0  # a repeated line inside the article's prose is no headline above it
    heads = []
    closers = _closers(doc)
    for i in range(top, len(weights)):
        if weights[i] == SECTION_WEIGHT and where[i] is not None:
            text = doc.blocks[where[i]].text  # type: ignore[index]
            kind = section_kind(text)
            if kind == "about" and not _bio_follows(weights, i):
                continue  # "About Us" among a menu's items: a link, no box about the author
            if ends_article(text) or (kind == "related_links" and _after_end(doc, weights, where, closers, i)):
                heads.append((i, kind == "comments"))
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


def _bio_follows(weights: Sequence[float], at: int) -> bool:
    """Whether prose follows the heading at ``at`` within :data:`_BIO_LINES` paragraphs, as a
    box about the author does ("About Jane Doe", then "Jane Doe covers city hall ...").

    >>> _bio_follows([-30.0, -2.0, 12.0], 0), _bio_follows([-30.0, -2.0, -2.0, 12.0], 0)
    (True, False)
    """
    return any(w > 0 for w in weights[at + 1:at + 1 + _BIO_LINES])


def _closers(doc: Document) -> set[int]:
    """The paragraphs that hold a line closing the article (a share bar's, a copyright notice)."""
    starts = _starts(doc)
    return {bisect.bisect_right(starts, r.start) - 1 for r in doc.removals if r.reason in _CLOSING}


def _after_end(doc: Document, weights: Sequence[float], where: Sequence[int | None], closers: set[int],
               at: int) -> bool:
    """Whether the heading at ``at`` follows the article's closing furniture: between it and the
    last paragraph of prose above stand only short lines, a share bar's or a tag line among
    them ("Share this:", "Click to share on Facebook", "Like this:", then "Related"). A related
    box the article's end has passed is the page's, not one set inside the article.

    >>> prose = "The mayor said the plan would cost far more than the city had set aside for it."
    >>> doc = Document.from_text(prose + "\\nShare this:\\nLike this:\\nRelated\\nRates Fall\\n" + prose)
    >>> doc = doc.remove_blocks(doc.blocks[1:2], "share")
    >>> weights, where = _weights(doc)
    >>> _after_end(doc, weights, where, _closers(doc), 3), _after_end(doc, weights, where, set(), 3)
    (True, False)
    """
    seen = False
    for i in range(at - 1, max(at - 1 - _FURNITURE_LINES, -1), -1):
        if _is_prose(doc, weights, where, i):
            return seen
        if weights[i] > _SENTENCE_WEIGHT:
            return False
        seen = seen or i in closers
    return False


def _amid_prose(weights: Sequence[float], where: Sequence[int | None], at: int) -> bool:
    """Whether paragraph ``at`` stands between prose: the paragraph just above it and the
    next kept one below it are both prose. A printed headline follows a menu, a section label
    or a photo credit, and a date or byline follows it."""
    if at == 0 or where[at - 1] is None or weights[at - 1] <= 0:
        return False
    after = next((weights[i] for i in range(at + 1, len(weights)) if where[i] is not None), 0.0)
    return after > 0


def _marks(text: str) -> frozenset[str]:
    """The punctuation a line is built with, digits as ``0``: a list's rows share theirs.

    >>> sorted(_marks("June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL"))
    [',', '-', '0']
    """
    return frozenset("0" if c.isdigit() else c for c in _MARK.findall(text))


def _rows(texts: Sequence[str | None], start: int) -> int:
    """How many lines from ``start`` on are rows of one list: three or more in a row, each
    of three words or more and built with at least two of the marks of the row before it ("June 9 -- Arena, Tampa, FL",
    "England (Group A): 10th appearance"). Headlines of a related list share no such marks."""
    count, before = 0, None
    for i in range(start, len(texts)):  # by index: a slice per call would make the scan quadratic
        text = texts[i]
        if text is None:
            break
        marks = _marks(text)
        if len(marks) < 2 or len(tokens(text)) < _ROW_WORDS or (before is not None and len(marks & before) < 2):
            break
        count, before = count + 1, marks
    return count if count >= _MIN_ROWS else 0


def _long_lists(doc: Document, where: Sequence[int | None]) -> dict[int, float]:
    """The rows of long lists of one shape (six rows and more built with the same marks, as
    :func:`_rows` reads them) with the weight each row carries as a text of its own: an
    article may be a calendar or a results table ("1a etapa: 10 de março – Interlagos"),
    which would otherwise weigh nothing against a sentence of the comment box below it."""
    texts = [doc.blocks[w].text if w is not None else None for w in where]
    found: dict[int, float] = {}
    i = 0
    while i < len(texts):
        count = _rows(texts, i)
        if count >= _LIST_ROWS:
            found.update((j, row_weight(texts[j])) for j in range(i, i + count))  # type: ignore[arg-type]
            i += count
        else:
            i += 1
    return found


def _with_long_lists(doc: Document, weights: Sequence[float], where: Sequence[int | None]) -> list[float] | None:
    """The weights of a page whose prose is too thin to be an article by itself, with its
    long lists weighing as text (``None`` if it has none): the page may be a calendar or a
    results table, whose rows would otherwise weigh nothing against a sentence of the
    comment box below them. A page with an article's prose keeps its lists as they are (a
    "Most commented" box of headlines with their counts is a list too)."""
    rows = _long_lists(doc, where)
    if not rows:
        return None
    return [max(w, rows[i]) if i in rows else w for i, w in enumerate(weights)]


def _announced(texts: Sequence[str | None], weights: Sequence[float], last: int) -> int:
    """How many list entries follow the run's last paragraph when it announces them with a
    colon ("Dare to Play 3:", "Here are the highlights:"): list rows and lower-case phrases
    ("Dozens of tricky questions that will help"), up to the first line that is neither (a
    menu item, a capitalised headline, an ad's "by Taboola").

    >>> _announced(["It offers:", "Dozens of tricky questions", "A large variety of toys", "Home"],
    ...            [0.5, -1.0, -1.0, -2.0], 0)
    2
    """
    lead = texts[last]
    if lead is None or not lead.rstrip().endswith(":"):
        return 0
    count = 0
    for i in range(last + 1, len(texts)):
        text = texts[i]
        if text is None or not _ENTRY_WEIGHT <= weights[i] <= 0 or len(tokens(text)) < _ROW_WORDS:
            break
        count += 1
    return count


def _with_list(doc: Document, weights: Sequence[float], where: Sequence[int | None],
               run: tuple[int, int]) -> tuple[int, int]:
    """The run, with the list that ends the article: tour dates, qualified teams, results,
    right after its last paragraph or under one heading ("Tour dates", "Qualified teams")."""
    first, last = run
    texts = [doc.blocks[w].text if w is not None else None for w in where]
    end = last + _announced(texts, weights, last)
    for skip in (0, 1):
        at = last + 1 + skip
        if at >= len(texts) or (skip and (texts[at - 1] is None or weights[at - 1] == SECTION_WEIGHT)):
            break
        rows = _rows(texts, at)
        if rows:
            return first, max(end, at + rows - 1)
    return first, end


def _slideshow(doc: Document) -> set[int]:
    """The paragraphs of a slideshow printed inside the article: three or more slides
    counted the same way ("1/50 Star Wars boosts economy", "Image 2 of 5") with rising numbers,
    each a counter, a caption and a credit. The last slide runs as long as the longest before it.

    >>> doc = Document.from_text("It rose.\\n1/3 A\\nCap a.\\n2/3 B\\nCap b.\\n3/3 C\\nCap c.\\nIt fell.")
    >>> sorted(_slideshow(doc))
    [1, 2, 3, 4, 5, 6]
    """
    found: set[int] = set()
    chain: list[int] = []
    last = (0, 0)  # (number, total) of the chain's last counter
    for i, p in enumerate(doc.paragraphs):
        m = _COUNTER.match(doc.text, p.start, p.end)
        if m is None:
            continue
        number, total = int(m.group(1)), int(m.group(2))
        if not 0 < number <= total or total < _MIN_ROWS:
            continue
        if total != last[1] or number <= last[0] or i - chain[-1] > _SLIDE_LINES:
            found.update(_slides(chain, len(doc.paragraphs)))
            chain = []
        chain.append(i)
        last = (number, total)
    found.update(_slides(chain, len(doc.paragraphs)))
    return found


def _gallery_captions(doc: Document, where: Sequence[int | None]) -> set[int]:
    """Captions of a gallery: a line printed twice in a row (under the picture and in its
    viewer) right above the picture's credit, which an earlier filter removed.

    >>> doc = Document.from_text("It rose.\\nMayor speaks.\\nMayor speaks.\\nPhoto: Jane Doe, AP\\nIt fell.")
    >>> sorted(_gallery_captions(doc.remove(37, 56, "photo_credit"), [0, 1, 2, None, 3]))
    [1, 2]
    """
    credits = {bisect.bisect_right(_starts(doc), r.start) - 1 for r in doc.removals if r.reason == "photo_credit"}
    found: set[int] = set()
    for i in credits:
        a, b = where[i - 2] if i >= 2 else None, where[i - 1] if i >= 1 else None
        if a is not None and b is not None and doc.blocks[a].text == doc.blocks[b].text:
            found.update((i - 2, i - 1))
    return found


def _cards(doc: Document, weights: Sequence[float], where: Sequence[int | None]) -> set[int]:
    """The lines of teaser cards printed twice, as a scraper reads a card whose picture and
    title both link to the story: a headline twice in a row, or a section label and a
    headline twice ("Business", "Mayor quits", "Business", "Mayor quits"). The lines are
    headlines or labels, not prose; a headline has three words or more. A line printed three
    times and more in a row is no card (figures of a list that share one caption).

    >>> doc = Document.from_text("It rose.\\nBusiness\\nMayor Quits Now\\nBusiness\\nMayor Quits Now\\nIt fell.")
    >>> sorted(_cards(doc, [0.5, -2.0, -2.0, -2.0, -2.0, 0.5], [0, 1, 2, 3, 4, 5]))
    [1, 2, 3, 4]
    """
    texts = [doc.blocks[w].text if w is not None else None for w in where]
    found: set[int] = set()
    for i in range(len(texts) - 1):
        text = texts[i]
        if text is None or not _card_line(doc, weights, where, i):
            continue
        if texts[i + 1] == text and len(tokens(text)) >= _ROW_WORDS:
            if text not in (texts[i - 1] if i else None, texts[i + 2] if i + 2 < len(texts) else None):
                found.update((i, i + 1))  # twice, not a run of figures that share one caption
        elif (i + 3 < len(texts) and texts[i + 2] == text and texts[i + 1] is not None
              and texts[i + 3] == texts[i + 1] and _card_line(doc, weights, where, i + 1)
              and max(len(tokens(text)), len(tokens(texts[i + 1]))) >= _ROW_WORDS):  # type: ignore[arg-type]
            found.update(range(i, i + 4))
    return found


def _card_line(doc: Document, weights: Sequence[float], where: Sequence[int | None], i: int) -> bool:
    """Whether paragraph ``i`` may be a card's line: a label or headline, not a row or prose."""
    return weights[i] < 0 or _headline(doc, weights, where, i)


def _shouted(text: str) -> bool:
    """Whether a line is a link to another story set in capitals between paragraphs: eight
    words or more, nearly all letters capitals, not a sentence, at most one number (a
    ticker row or a map reference is data). Subheadings in capitals are shorter.

    >>> _shouted("MAYOR'S AIDE OPENS UP ABOUT HIS YEARS AT CITY HALL"), _shouted("HOW TO MAKE JAM AT HOME")
    (True, False)
    """
    words = text.split()
    if len(words) < _SHOUTED_WORDS or not (words[0].isupper() or words[1].isupper()):
        return False  # cheap first: prose opens with a capital and lower case ("The", "Officials")
    if ends_sentence(text) or sum(any(c.isdigit() for c in w) for w in words) > 1:
        return False
    upper = sum(c.isupper() for c in text)
    lower = sum(c.islower() for c in text)
    return upper >= _SHOUTED_SHARE * (upper + lower) and upper + lower >= len(text) / 2


def _shouting(doc: Document, where: Sequence[int | None], run: tuple[int, int]) -> set[int]:
    """The paragraphs of the run that are links shouted in capitals (see :func:`_shouted`)."""
    return {i for i in range(run[0], run[1] + 1) if (pos := where[i]) is not None and _shouted(doc.blocks[pos].text)}


def _starts(doc: Document) -> list[int]:
    return [p.start for p in doc.paragraphs]


def _slides(chain: Sequence[int], count: int) -> range:
    """The paragraphs a chain of slide counters spans (none if it counts fewer than three)."""
    if len(chain) < _MIN_ROWS:
        return range(0)
    longest = max(b - a for a, b in itertools.pairwise(chain))
    return range(chain[0], min(chain[-1] + longest, count))


def _boxes(doc: Document, weights: Sequence[float], where: Sequence[int | None], run: tuple[int, int]) -> set[int]:
    """The related-links boxes set inside the article: a heading such as "Related Stories",
    "Read more" or "Don't miss" within the run, and the headlines under it up to the prose
    that resumes the article. A longer box (a product's specifications) may be the article's.

    >>> doc = Document.from_text("It rose.\\nRelated Stories\\nMayor Quits\\nRates Fall Again\\nIt fell.")
    >>> sorted(_boxes(doc, [0.5, SECTION_WEIGHT, -2.0, -2.0, 0.5], [0, 1, 2, 3, 4], (0, 4)))
    [1, 2, 3]
    """
    found: set[int] = set()
    i, last = run
    while i <= last:
        pos = where[i]
        if weights[i] == SECTION_WEIGHT and pos is not None and section_kind(doc.blocks[pos].text) == "related_links":
            for loose in (True, False):  # a box of linked headlines, else of lines that are no prose at all
                end = i + 1
                while end <= last and (weights[end] <= 0 or (loose and _headline(doc, weights, where, end))):
                    end += 1
                kept = [j for j in range(i, end) if where[j] is not None]
                if len(kept) <= _BOX_LINES:
                    found.update(kept)
                    break
            i = end
        else:
            i += 1
    return found


def _inner_boxes(doc: Document, weights: Sequence[float], where: Sequence[int | None]) -> set[int]:
    """The related-links boxes set between two paragraphs of prose: a heading such as
    "Related Links" or "Read more" (not one that closes the article, as "Most Read" does),
    the few headlines under it, and prose again right below them. The article resumes
    after such a box (wire stories print one mid-text), so it must not cut the article.

    >>> doc = Document.from_text("It rose.\\nRelated Links\\nMayor Quits\\nIt fell.")
    >>> sorted(_inner_boxes(doc, [12.0, SECTION_WEIGHT, -2.0, 12.0], [0, 1, 2, 3]))
    [1, 2]
    """
    headings = collections.Counter(doc.blocks[pos].text.casefold() for i, pos in enumerate(where)
                                   if pos is not None and weights[i] == SECTION_WEIGHT)
    found: set[int] = set()
    for i in range(1, len(weights) - 1):
        pos = where[i]
        if weights[i] != SECTION_WEIGHT or pos is None or not _is_prose(doc, weights, where, i - 1):
            continue
        text = doc.blocks[pos].text
        if section_kind(text) != "related_links" or ends_article(text) or headings[text.casefold()] >= _MIN_ROWS:
            continue  # a heading printed on every card of a feed ("Read more") labels no box
        end = i + 1
        while (end < len(weights) and end - i < _BOX_LINES and weights[end] > SECTION_WEIGHT
               and (weights[end] <= 0 or _headline(doc, weights, where, end))):
            end += 1
        if end < len(weights) and _is_prose(doc, weights, where, end):
            found.update(range(i, end))
    return found


def _headline(doc: Document, weights: Sequence[float], where: Sequence[int | None], i: int) -> bool:
    """Whether paragraph ``i``, under a related-links heading, reads as a linked headline
    rather than the article's prose: shorter than a paragraph and not ended by a full stop.
    Headlines end without one, or with a question, an exclamation, a quote or a teaser's
    cut ("Ferry firm fined after engine fire forces evacuation of passengers", "... as storm hi...");
    a long headline without a full stop may still weigh as prose on its own.

    >>> doc = Document.from_text("Mayor quits after a long row with the council over the new budget\\nIt rose.")
    >>> _headline(doc, [8.0, 0.5], [0, 1], 0), _headline(doc, [8.0, 0.5], [0, 1], 1)
    (True, False)
    """
    pos = where[i]
    if pos is None or not 0 < weights[i] < _PARAGRAPH:
        return False
    text = doc.blocks[pos].text
    return _FULL_STOP.search(text) is None and _NUMBERED.match(text) is None


def _is_prose(doc: Document, weights: Sequence[float], where: Sequence[int | None], i: int) -> bool:
    """Whether paragraph ``i`` is kept and a paragraph of prose."""
    pos = where[i]
    return pos is not None and weights[i] >= _PARAGRAPH and ends_sentence(doc.blocks[pos].text)


def _total(weights: Sequence[float], run: tuple[int, int]) -> float:
    return sum(weights[run[0]:run[1] + 1])


def paragraphs(doc: Document) -> Document:
    """Keep the article's run of paragraphs; remove the rest with the reason of its section."""
    blocks = doc.blocks
    if not blocks:
        return doc
    weights, where = _weights(doc)
    slides = _slideshow(doc) | _gallery_captions(doc, where)
    inner = _inner_boxes(doc, weights, where)
    for i in slides | inner:
        weights[i] = 0.0  # the article runs on under a slideshow or a related box
    cards = _cards(doc, weights, where) - slides - inner
    for i in cards:
        weights[i] = min(weights[i], _CARD_WEIGHT)
    run = _run(doc, weights, where)
    if run is None or _total(weights, run) < _ARTICLE_BEFORE_COMMENTS:
        listed = _with_long_lists(doc, weights, where)
        if listed is not None:
            weights, run = listed, _run(doc, listed, where)
    if run is None or _total(weights, run) < MIN_RUN:
        return doc  # too little prose to tell the article from the rest
    first, last = _with_list(doc, weights, where, run)
    boxes = _boxes(doc, weights, where, (first, last)) | inner | cards | _shouting(doc, where, (first, last))
    spans = []
    reason = "boilerplate"
    for b in blocks:
        if b.index in slides:
            spans.append((b.start, b.end, "caption"))
        elif b.index in boxes:
            spans.append((b.start, b.end, "related_links"))
        elif b.index < first:
            spans.append((b.start, b.end, "navigation"))
        elif b.index > last:
            reason = section_kind(b.text) or reason
            spans.append((b.start, b.end, reason))
    return doc.remove_spans(spans)
