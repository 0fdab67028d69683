"""What stands inside the article's run of paragraphs without being the article: a slideshow's
slides, a gallery's captions, teaser cards printed twice, links to other stories shouted in
capitals, and related-links boxes between paragraphs.

The paragraphs filter finds the article's run; these name the lines inside it (or the
lines it must read across) that go, each returning paragraph indices.

>>> doc = Document.from_text("It rose.\\nRelated Stories\\nMayor Quits\\nRates Fall Again\\nIt fell.")
>>> sorted(boxes(Weighed(doc, [0.5, SECTION_WEIGHT, -2.0, -2.0, 0.5], [0, 1, 2, 3, 4]), (0, 4)))
[1, 2, 3]
"""

from __future__ import annotations

import bisect
import collections
import itertools
import operator
from collections.abc import Sequence

import regex

from ..alternatives import Openings
from ..document import Document
from ..lexicon import COUNTER_LABELS, COUNTER_LINKS, all_of
from ..numerals import read_int
from ..reasons import PHOTO_CREDIT, RELATED_LINKS
from ..words import tokens
from .shape import SECTION_WEIGHT, ends_article, ends_sentence, section_kind
from .weighed import PARAGRAPH_WEIGHT, Weighed

__all__ = ["boxes", "cards", "gallery_captions", "inner_boxes", "shouting", "slideshow"]

# A slide's counter: "1/50 Star Wars boosts economy", "Image 2 of 5"; a slide runs to four lines.
_COUNTER = regex.compile(r"(?:(?:" + "|".join(all_of(COUNTER_LABELS)) + r")\s+)?(\d{1,3})\s?(?:/|"
                         + "|".join(all_of(COUNTER_LINKS)) + r")\s?(\d{1,3})\b", regex.IGNORECASE)
# Whether a counter may open with a character (a label's first letter, a digit): a paragraph
# opening with another is no counter, and the pattern is not tried on it.
_MAY_COUNT = Openings(_COUNTER)


class _Beginnings(dict[str, bool]):
    """Whether a match of ``pattern`` may begin with a text's first two characters:
    ``beginnings[text[:2]]`` is ``False`` only when no match can open with them, asked of the
    ``regex`` engine once a pair (a partial full match: the pair is a match's beginning, or all of
    one), so case folding is the pattern's own. A counter opens with a digit or a label ("Image 2
    of 5"), and most paragraphs that open with a label's first letter go on with another ("In",
    "Police", "She"): the pair rules them out without a match of the pattern each. The answers are
    kept for up to ``limit`` pairs; :meth:`cache_clear` empties them (as the memo caches are).

    >>> may = _Beginnings(regex.compile(r"(?:image\\s+)?\\d/\\d", regex.IGNORECASE))
    >>> may["Im"], may["In"], may["1/"], may["12"], may["IM"]
    (True, False, True, False, True)
    """

    __slots__ = ("_limit", "_pattern")

    def __init__(self, pattern: regex.Pattern[str], limit: int = 4096) -> None:
        super().__init__()
        self._pattern = pattern
        self._limit = limit

    def __missing__(self, pair: str) -> bool:
        answer = self._pattern.fullmatch(pair, partial=True) is not None
        if len(self) < self._limit:
            self[pair] = answer
        return answer

    def cache_clear(self) -> None:
        self.clear()


_MAY_COUNT_PAIR = _Beginnings(_COUNTER)
_SLIDE_LINES = 4
_MIN_SLIDES = 3  # the fewest slides of a slideshow
_BOX_LINES = 8  # the most lines of a related-links box inside the article, its heading included
_FEED_HEADINGS = 3  # a heading printed this often labels every card of a feed ("Read more"), no box
_HEADLINE_WORDS = 3  # the fewest words of a card's headline
# A sentence's last mark: a line ending so is prose, not a headline (a teaser's cut "..." is no end).
_FULL_STOP = regex.compile(r"(?<![.…])[.;:][\"'”’»)\]]*$")
_NUMBERED = regex.compile(r"\d{1,3}[.)]\s")  # "5. Beware the hairdryer": a listicle's own subheading
_TEXT = operator.attrgetter("text")
_REASON = operator.attrgetter("reason")
_INDEX = operator.attrgetter("index")
# Words from which a line in capitals is a link shouted between paragraphs, not a subheading.
_SHOUTED_WORDS = 8
_SHOUTED_SHARE = 0.9  # the share of cased letters in capitals: "AMAs" may stand in such a line


def slideshow(doc: Document) -> set[int]:
    """The paragraphs of a slideshow printed inside the article: three or more slides
    counted the same way ("1/50 Star Wars boosts economy", "Image 2 of 5") with rising numbers,
    each a counter, a caption and a credit. The last slide runs as long as the longest before it.

    >>> doc = Document.from_text("It rose.\\n1/3 A\\nCap a.\\n2/3 B\\nCap b.\\n3/3 C\\nCap c.\\nIt fell.")
    >>> sorted(slideshow(doc))
    [1, 2, 3, 4, 5, 6]
    """
    found: set[int] = set()
    chain: list[int] = []
    last = (0, 0)  # (number, total) of the chain's last counter
    text = doc.text
    paragraphs = doc.paragraphs
    for i in _may_count(doc):
        start = paragraphs[i].start  # by its first character, then its first two (a match takes three or more)
        m = _COUNTER.match(text, start, paragraphs[i].end) if _MAY_COUNT_PAIR[text[start:start + 2]] else None
        if m is None:
            continue
        number, total = read_int(m.group(1)), read_int(m.group(2))
        if number is None or total is None or not 0 < number <= total or total < _MIN_SLIDES:
            continue
        if total != last[1] or number <= last[0] or i - chain[-1] > _SLIDE_LINES:
            found.update(_slides(chain, len(doc.paragraphs)))
            chain = []
        chain.append(i)
        last = (number, total)
    found.update(_slides(chain, len(doc.paragraphs)))
    return found


def _may_count(doc: Document) -> itertools.compress[int]:
    """The paragraphs whose first character may open a slide counter (:data:`_MAY_COUNT`), in
    order: each paragraph's first character read and looked up by ``map`` (in C), not by a
    Python step a paragraph; about one paragraph in four is left to read. The characters are
    read by ``operator.getitem`` (a plain C function), not the text's bound ``__getitem__`` (a
    slot wrapper, whose call costs about twice as much).

    >>> list(_may_count(Document.from_text("It rose.\\n1/3 A\\nThe dam\\nSlide 2")))
    [0, 1, 3]
    """
    firsts = map(operator.getitem, itertools.repeat(doc.text), doc.starts())
    return itertools.compress(itertools.count(), map(_MAY_COUNT.__getitem__, firsts))


def gallery_captions(page: Weighed) -> set[int]:
    """Captions of a gallery: a line printed twice in a row (under the picture and in its
    viewer) right above the picture's credit, which an earlier filter removed.

    >>> doc = Document.from_text("It rose.\\nMayor speaks.\\nMayor speaks.\\nPhoto: Jane Doe, AP\\nIt fell.")
    >>> sorted(gallery_captions(Weighed(doc.remove(37, 56, "photo_credit"), [0.0] * 5, [0, 1, 2, None, 3])))
    [1, 2]
    """
    doc = page.doc
    if PHOTO_CREDIT not in map(_REASON, doc.removals):
        return set()  # no credit (most pages): told by one scan in C, not a Python loop over the removals
    credits = {doc.paragraph_at(r.start) for r in doc.removals if r.reason == PHOTO_CREDIT}
    found: set[int] = set()
    for i in credits:
        a, b = page.text(i - 2) if i >= 2 else None, page.text(i - 1) if i >= 1 else None
        if a is not None and a == b:
            found.update((i - 2, i - 1))
    return found


def cards(page: Weighed) -> set[int]:
    """The lines of teaser cards printed twice, as a scraper reads a card whose picture and
    title both link to the story: a headline twice in a row, or a section label and a
    headline twice ("Business", "Mayor quits", "Business", "Mayor quits"). The lines are
    headlines or labels, not prose; a headline has three words or more. A line printed three
    times and more in a row is no card (figures of a list that share one caption).

    >>> doc = Document.from_text("It rose.\\nBusiness\\nMayor Quits Now\\nBusiness\\nMayor Quits Now\\nIt fell.")
    >>> sorted(cards(Weighed(doc, [0.5, -2.0, -2.0, -2.0, -2.0, 0.5], [0, 1, 2, 3, 4, 5])))
    [1, 2, 3, 4]
    """
    # neighbours among the kept lines: a line an earlier filter removed between two printings
    # (a dump, a date) is gone from the output, where a second cleaning would see them adjacent.
    # The kept paragraphs, in order, are the document's blocks (``page.where`` maps each kept
    # paragraph to its block, and each block is a kept paragraph's): their texts read by map (in C)
    blocks = page.doc.blocks
    texts = list(map(_TEXT, blocks))
    found: set[int] = set()
    for k in _printed_again(texts):
        text, i = texts[k], blocks[k].index
        if not _card_line(page, i):
            continue
        if texts[k + 1] == text and len(tokens(text)) >= _HEADLINE_WORDS:
            if text not in (texts[k - 1] if k else None, texts[k + 2] if k + 2 < len(texts) else None):
                found.update((i, blocks[k + 1].index))  # twice, not a run of figures that share one caption
        elif (k + 3 < len(texts) and texts[k + 2] == text and texts[k + 3] == texts[k + 1]
              and _card_line(page, blocks[k + 1].index)
              and max(len(tokens(text)), len(tokens(texts[k + 1]))) >= _HEADLINE_WORDS):
            found.update(map(_INDEX, blocks[k:k + 4]))
    return found


def _printed_again(texts: list[str]) -> list[int]:
    """The places ``k`` where a card's line may stand: the next line is the same, or the one after
    it and a line follows that (``texts[k + 1] == texts[k]``, or ``texts[k + 2] == texts[k]`` with
    ``k + 3 < len(texts)``), in order. Most lines are printed once: the lines are compared in C
    (``map`` over the list and itself shifted), and only these places are read in Python.

    >>> _printed_again(["a", "a", "b", "c", "b", "d"]), _printed_again(["a", "b", "a"])
    ([0, 2], [])
    """
    eq, count = operator.eq, itertools.count
    twice = itertools.compress(count(), map(eq, texts, texts[1:]))
    apart = itertools.compress(count(), map(eq, texts[:-3], texts[2:]))
    return sorted({*twice, *apart})


def _card_line(page: Weighed, i: int) -> bool:
    """Whether paragraph ``i`` may be a card's line: a label or headline, not a row or prose."""
    return page.weights[i] < 0 or _headline(page, i)


def _shouted(text: str) -> bool:
    """Whether a line is a link to another story set in capitals between paragraphs: eight
    words or more, nearly all letters capitals, not a sentence, at most one number (a
    ticker row or a map reference is data). Subheadings in capitals are shorter.

    >>> _shouted("MAYOR'S AIDE OPENS UP ABOUT HIS YEARS AT CITY HALL"), _shouted("HOW TO MAKE JAM AT HOME")
    (True, False)
    """
    first = text.split(None, 2)  # the first two words, not the whole line cut into words
    if len(first) < 2 or not (first[0].isupper() or first[1].isupper()):
        return False  # cheap first: prose opens with a capital and lower case ("The", "Officials")
    words = text.split()
    if len(words) < _SHOUTED_WORDS or ends_sentence(text):
        return False
    # the characters read by ``map`` (in C), not a generator; the capitals before the numbers: a
    # line of eight words or more opening with a word in capitals is mostly a dateline's prose
    upper = sum(map(str.isupper, text))
    lower = sum(map(str.islower, text))
    if upper < _SHOUTED_SHARE * (upper + lower) or upper + lower < len(text) / 2:
        return False
    return sum(1 for w in words if any(map(str.isdigit, w))) <= 1


def shouting(page: Weighed, run: tuple[int, int]) -> set[int]:
    """The paragraphs of the run that are links shouted in capitals (see :func:`_shouted`): the
    kept blocks whose paragraphs lie in the run (a slice of the blocks, in paragraph order, found
    by bisection: the paragraphs ``page.text`` reads as kept), each answer a feature of its block.
    The second cleaning of the cleaned text reads nearly the same lines in its run, and its blocks
    share the first cleaning's features (:meth:`Document.from_kept
    <newsclean.document.Document.from_kept>`), so it reads a kept answer where it tested the line.

    >>> doc = Document.from_text("It rose.\\nMAYOR'S AIDE OPENS UP ABOUT HIS YEARS AT CITY HALL\\nIt fell.")
    >>> sorted(shouting(Weighed(doc, [0.5, -2.0, 0.5], [0, 1, 2]), (0, 2)))
    [1]
    """
    blocks = page.doc.blocks
    lo = bisect.bisect_left(blocks, run[0], key=_INDEX)
    hi = bisect.bisect_right(blocks, run[1], lo, key=_INDEX)
    return {b.index for b in blocks[lo:hi] if b.feature(_shouted)}


def _slides(chain: Sequence[int], count: int) -> range:
    """The paragraphs a chain of slide counters spans (none if it counts fewer than three)."""
    if len(chain) < _MIN_SLIDES:
        return range(0)
    longest = max(b - a for a, b in itertools.pairwise(chain))
    return range(chain[0], min(chain[-1] + longest, count))


def boxes(page: Weighed, run: tuple[int, int]) -> set[int]:
    """The related-links boxes set inside the article: a heading such as "Related Stories",
    "Read more" or "Don't miss" within the run, and the headlines under it up to the prose
    that resumes the article. A longer box (a product's specifications) may be the article's.

    >>> doc = Document.from_text("It rose.\\nRelated Stories\\nMayor Quits\\nRates Fall Again\\nIt fell.")
    >>> sorted(boxes(Weighed(doc, [0.5, SECTION_WEIGHT, -2.0, -2.0, 0.5], [0, 1, 2, 3, 4]), (0, 4)))
    [1, 2, 3]
    """
    weights, where = page.weights, page.where
    found: set[int] = set()
    i, last = run
    while i <= last:
        if weights[i] == SECTION_WEIGHT and (text := page.text(i)) is not None and section_kind(text) == RELATED_LINKS:
            for loose in (True, False):  # a box of linked headlines, else of lines that are no prose at all
                end = i + 1
                while end <= last and (weights[end] <= 0 or (loose and _headline(page, end))):
                    end += 1
                kept = [j for j in range(i, end) if where[j] is not None]
                if len(kept) <= _BOX_LINES:
                    found.update(kept)
                    break
            i = end
        else:
            i += 1
    return found


def inner_boxes(page: Weighed) -> set[int]:
    """The related-links boxes set between two paragraphs of prose: a heading such as
    "Related Links" or "Read more" (not one that closes the article, as "Most Read" does),
    the few headlines under it, and prose again right below them. The article resumes
    after such a box (wire stories print one mid-text), so it must not cut the article.

    >>> doc = Document.from_text("It rose.\\nRelated Links\\nMayor Quits\\nIt fell.")
    >>> sorted(inner_boxes(Weighed(doc, [12.0, SECTION_WEIGHT, -2.0, 12.0], [0, 1, 2, 3])))
    [1, 2]
    """
    weights = page.weights
    sections = [(i, text) for i in page.sections() if (text := page.text(i)) is not None]
    if not sections:
        return set()  # no heading, no box (most pages: nothing read)
    headings = collections.Counter(text.casefold() for _, text in sections)
    found: set[int] = set()
    for i, text in sections:
        if not 0 < i < len(weights) - 1 or not page.prose(i - 1):
            continue
        if section_kind(text) != RELATED_LINKS or ends_article(text) or headings[text.casefold()] >= _FEED_HEADINGS:
            continue  # a heading printed on every card of a feed ("Read more") labels no box
        end = i + 1
        while (end < len(weights) and end - i < _BOX_LINES and weights[end] > SECTION_WEIGHT
               and (weights[end] <= 0 or _headline(page, end))):
            end += 1
        if end < len(weights) and page.prose(end):
            found.update(range(i, end))
    return found


def _headline(page: Weighed, i: int) -> bool:
    """Whether paragraph ``i``, under a related-links heading, reads as a linked headline
    rather than the article's prose: shorter than a paragraph and not ended by a full stop.
    Headlines end without one, or with a question, an exclamation, a quote or a teaser's
    cut ("Ferry firm fined after engine fire forces evacuation of passengers", "... as storm hi...");
    a long headline without a full stop may still weigh as prose on its own.

    >>> doc = Document.from_text("Mayor quits after a long row with the council over the new budget\\nIt rose.")
    >>> page = Weighed(doc, [8.0, 0.5], [0, 1])
    >>> _headline(page, 0), _headline(page, 1)
    (True, False)
    """
    text = page.text(i)
    if text is None or not 0 < page.weights[i] < PARAGRAPH_WEIGHT:
        return False
    return _FULL_STOP.search(text) is None and _NUMBERED.match(text) is None
