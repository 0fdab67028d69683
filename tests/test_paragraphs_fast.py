"""The paragraphs step's shortcuts give what its plain walks gave (issue 18): the rules that read
only section headings (subheadings, inner boxes) visit the paragraphs that weigh as one, found by
scans in C, not every paragraph; the teaser cards are looked for only on a page that prints a line
twice; a gallery's captions only where a photo credit was removed; a slide counter is matched only
at a paragraph whose first two characters may open one; a rule that finds nothing leaves the
weighing as it was; a page whose paragraphs are all kept is weighed without its removals; the
blocks around a run with no slide and no box are found by bisection; the closing lines are read
for the closing headings at a related-links heading only, and a weighing's headings once. Each is
compared with the walk it replaced on every weighing the eval pages give (page text, HTML and the
page folded to one line), on weighings of every eval text as it stands, and on random documents."""

from __future__ import annotations

import itertools
import random

import pytest
import regex

from newsclean import clean
from newsclean.document import Block, Document
from newsclean.filters import paragraphs as P
from newsclean.layout import inserts, subheadings
from newsclean.layout.shape import SECTION_WEIGHT, ends_article, section_kind
from newsclean.layout.weighed import Weighed
from newsclean.reasons import PHOTO_CREDIT, RELATED_LINKS
from newsclean.words import tokens

from .conftest import eval_cases

# -- the walks as they were written ----------------------------------------------------------------


def _plain_subheadings(page: Weighed) -> set[int]:
    found: set[int] = set()
    for i, w in enumerate(page.weights):
        if w != SECTION_WEIGHT:
            continue
        text = page.text(i)
        if text is None or section_kind(text) not in subheadings._KINDS:
            continue
        if subheadings._stock(text):
            continue
        if i > 0 and page.prose(i - 1) and subheadings._prose_goes_on(page, i):
            found.add(i)
    return found


def _plain_inner_boxes(page: Weighed) -> set[int]:
    weights = page.weights
    texts = page.texts()
    headings: dict[str, int] = {}
    for i, text in enumerate(texts):
        if text is not None and weights[i] == SECTION_WEIGHT:
            headings[text.casefold()] = headings.get(text.casefold(), 0) + 1
    found: set[int] = set()
    for i in range(1, len(weights) - 1):
        text = texts[i]
        if weights[i] != SECTION_WEIGHT or text is None or not page.prose(i - 1):
            continue
        if (section_kind(text) != RELATED_LINKS or ends_article(text)
                or headings[text.casefold()] >= inserts._FEED_HEADINGS):
            continue
        end = i + 1
        while (end < len(weights) and end - i < inserts._BOX_LINES and weights[end] > SECTION_WEIGHT
               and (weights[end] <= 0 or inserts._headline(page, end))):
            end += 1
        if end < len(weights) and page.prose(end):
            found.update(range(i, end))
    return found


def _plain_slideshow(doc: Document) -> set[int]:
    """Every paragraph matched with the counter pattern, no pre-check."""
    found: set[int] = set()
    chain: list[int] = []
    last = (0, 0)
    text = doc.text
    for i, p in enumerate(doc.paragraphs):
        m = inserts._COUNTER.match(text, p.start, p.end)
        if m is None:
            continue
        number, total = int(m.group(1)), int(m.group(2))
        if not 0 < number <= total or total < inserts._MIN_SLIDES:
            continue
        if total != last[1] or number <= last[0] or i - chain[-1] > inserts._SLIDE_LINES:
            found.update(inserts._slides(chain, len(doc.paragraphs)))
            chain = []
        chain.append(i)
        last = (number, total)
    found.update(inserts._slides(chain, len(doc.paragraphs)))
    return found


def _plain_gallery_captions(page: Weighed) -> set[int]:
    doc = page.doc
    credits = {doc.paragraph_at(r.start) for r in doc.removals if r.reason == PHOTO_CREDIT}
    found: set[int] = set()
    for i in credits:
        a, b = page.text(i - 2) if i >= 2 else None, page.text(i - 1) if i >= 1 else None
        if a is not None and a == b:
            found.update((i - 2, i - 1))
    return found


def _plain_gallery(page: Weighed) -> set[int]:
    found = _plain_gallery_captions(page)
    rest = sum(w for i, w in enumerate(page.weights) if w > 0 and i not in found)
    return found if rest >= P.MIN_RUN else set()


def _plain_cards(page: Weighed) -> set[int]:
    kept = page.kept()
    every = page.texts()
    texts = [every[i] or "" for i in kept]
    found: set[int] = set()
    for k in range(len(texts) - 1):
        text, i = texts[k], kept[k]
        if texts[k + 1] != text and (k + 3 >= len(texts) or texts[k + 2] != text):
            continue
        if not inserts._card_line(page, i):
            continue
        if texts[k + 1] == text and len(tokens(text)) >= inserts._HEADLINE_WORDS:
            if text not in (texts[k - 1] if k else None, texts[k + 2] if k + 2 < len(texts) else None):
                found.update((i, kept[k + 1]))
        elif (k + 3 < len(texts) and texts[k + 2] == text and texts[k + 3] == texts[k + 1]
              and inserts._card_line(page, kept[k + 1])
              and max(len(tokens(text)), len(tokens(texts[k + 1]))) >= inserts._HEADLINE_WORDS):
            found.update(kept[k:k + 4])
    return found


def _plain_boxes(page: Weighed, run: tuple[int, int]) -> set[int]:
    weights, where = page.weights, page.where
    found: set[int] = set()
    i, last = run
    while i <= last:
        text = page.text(i)
        if weights[i] == SECTION_WEIGHT and text is not None and section_kind(text) == RELATED_LINKS:
            for loose in (True, False):
                end = i + 1
                while end <= last and (weights[end] <= 0 or (loose and inserts._headline(page, end))):
                    end += 1
                kept = [j for j in range(i, end) if where[j] is not None]
                if len(kept) <= inserts._BOX_LINES:
                    found.update(kept)
                    break
            i = end
        else:
            i += 1
    return found


def _plain_reweigh(page: Weighed) -> tuple[list[float], dict[str, set[int]]]:
    """paragraphs._reweigh with the plain walks, every rule copying the weights."""
    weights = list(page.weights)
    found: dict[str, set[int]] = {}

    def weighed() -> Weighed:
        return Weighed(page.doc, list(weights), page.where)

    rules = [("subheadings", lambda p: _plain_subheadings(p), lambda w: P._SUBHEADING_WEIGHT),
             ("inner_boxes", lambda p: _plain_inner_boxes(p), lambda w: 0.0),
             ("slides", lambda p: _plain_slideshow(p.doc) | _plain_gallery(p), lambda w: 0.0),
             ("cards", lambda p: _plain_cards(p) - found["slides"] - found["inner_boxes"],
              lambda w: min(w, P._CARD_WEIGHT))]
    for name, find, weigh in rules:
        found[name] = hits = find(weighed())
        for i in hits:
            weights[i] = weigh(weights[i])
    return weights, found


def _plain_weigh(doc: Document) -> tuple[list[float], list[int | None]]:
    """paragraphs._weigh as it was written: a Python step a block, and a pair of blocks."""
    blocks = doc.blocks
    weights = [P._REMOVED_WEIGHT] * len(doc.paragraphs)
    for r in doc.removals:
        closing = P._CLOSING.get(r.reason)
        if closing is None and r.reason == "navigation" and P._next_article(doc.text[r.start:r.end]):
            closing = SECTION_WEIGHT
        if closing is not None:
            i = doc.paragraph_at(r.start)
            weights[i] = min(weights[i], closing)
    where: list[int | None] = [None] * len(doc.paragraphs)
    for pos, (b, weight) in enumerate(zip(blocks, P.page_weights(blocks), strict=True)):
        weights[b.index] = weight
        where[b.index] = pos
    for before, b in itertools.pairwise(blocks):
        if weights[before.index] == SECTION_WEIGHT and P._tag_list(before.text, b.text):
            weights[b.index] = min(weights[b.index], P._CLOSING["tags"])
    return weights, where


def _plain_heads(page: Weighed, top: int) -> list[tuple[int, bool]]:
    """The closing headings paragraphs._run reads, every paragraph from ``top`` tested in turn."""
    weights, heads, closers = page.weights, [], P._closers(page.doc)
    for i in range(top, len(weights)):
        if weights[i] == SECTION_WEIGHT and (text := page.text(i)) is not None:
            kind = section_kind(text)
            if kind == "about" and not P._bio_follows(weights, i):
                continue
            if kind == "comments" and P._ZERO_COUNT.search(text) is not None:
                continue
            if ends_article(text) or (kind == RELATED_LINKS
                                      and (P._after_end(page, closers, i) or P._cut_at_link(page, i))):
                heads.append((i, kind == "comments"))
    return heads


def _plain_removals(blocks: tuple[Block, ...], first: int, last: int, slides: set[int],
                    boxes: set[int]) -> list[tuple[Block, str]]:
    """The blocks the step removes around its run, every block read in turn."""
    removed = []
    reason = "boilerplate"
    for b in blocks:
        if b.index in slides:
            removed.append((b, "caption"))
        elif b.index in boxes:
            removed.append((b, RELATED_LINKS))
        elif b.index < first:
            removed.append((b, "navigation"))
        elif b.index > last:
            reason = section_kind(b.text) or reason
            removed.append((b, reason))
    return removed


# -- the comparison ---------------------------------------------------------------------------------


def _same(page: Weighed) -> None:
    """Each shortcut's answer on ``page`` is the plain walk's, and so is the whole reweighing."""
    before = list(page.weights)
    assert page.sections() == [i for i, w in enumerate(page.weights) if w == SECTION_WEIGHT]
    assert subheadings.subheadings(page) == _plain_subheadings(page)
    assert inserts.inner_boxes(page) == _plain_inner_boxes(page)
    assert inserts.slideshow(page.doc) == _plain_slideshow(page.doc)
    assert inserts.gallery_captions(page) == _plain_gallery_captions(page)
    assert P._gallery(page) == _plain_gallery(page)
    assert inserts.cards(page) == _plain_cards(page)
    runs = [(0, len(page) - 1), (len(page) // 3, len(page) - 1)] if len(page) else []
    for run in runs:
        assert inserts.boxes(page, run) == _plain_boxes(page, run)
        assert inserts.shouting(page, run) == {i for i in range(run[0], run[1] + 1)
                                               if (text := page.text(i)) is not None and _plain_shouted(text)}
    blocks = page.doc.blocks
    for first, last in runs:
        for slides, boxes in ((set(), set()), (set(range(first, last + 1, 3)), set(range(0, len(page), 5)))):
            assert (P._removals(blocks, first, last, slides, boxes)
                    == _plain_removals(blocks, first, last, slides, boxes))
    fresh = P._weigh(page.doc)
    assert (fresh.weights, fresh.where) == _plain_weigh(page.doc)
    for top in {0, len(page) // 2, len(page)}:
        assert P._heads(page, top) == _plain_heads(page, top)
    fast, found = P._reweigh(page)
    assert (fast.weights, found) == _plain_reweigh(page)
    assert page.weights == before  # no weighing changed in place (an unchanged one is shared)


def _recorded(texts: list[str]) -> list[Weighed]:
    """The weighings the paragraphs step reweighs while ``texts`` are cleaned."""
    seen: list[Weighed] = []
    plain = P._reweigh

    def spy(page: Weighed) -> tuple[Weighed, dict[str, set[int]]]:
        seen.append(page)
        return plain(page)

    P._reweigh = spy
    try:
        for text in texts:
            clean(text)
    finally:
        P._reweigh = plain
    return seen


@pytest.mark.parametrize("variant", ["page", "html", "flatpage"])
def test_the_rules_find_what_the_plain_walks_found_on_every_eval_page(variant: str) -> None:
    """Every weighing the step reads while the eval pages of ``variant`` are cleaned (the HTML reader
    runs the step on no page: its rendered text is weighed instead), and the weighing of each
    page's text with no step run before."""
    inputs = [case["input"] for case in eval_cases() if case.get("variant") == variant]
    if not inputs:
        pytest.skip("no shared evaluation data")
    pages = _recorded(inputs)
    texts = [clean(text).text for text in inputs] if variant == "html" else inputs
    pages += [P._weigh(Document.from_text(text)) for text in texts]
    assert pages
    for page in pages:
        _same(page)


_LINES = ["The council approved the new budget on Monday after a long debate, officials said.",
          "Spending on schools will rise by five percent, and the city will hire more teachers.",
          "Related Stories", "Read more", "Most Read", "3 Comments", "No comment on air strikes",
          "About the author", "About the budget", "Jane Doe covers city hall.", "Leave a Reply",
          "Mayor Quits After Row", "Business", "Rates Fall Again", "Photo: Jane Doe, AP", "Home", "News",
          "1/3 A view of the dam", "2/3 The river", "3/3 Crowds", "Image 2 of 5", "Picture 1 / 4 Crowds",
          "Slide 4 of 12", "4 of 12", "Cap a.", "May 3, 2019 at 5:12 pm", "joe says:", "Tags", "a, b, c",
          "More", "Washington Examiner", "It rose.", "It fell.", "Share this:", "5. Beware the hairdryer",
          "MAYOR'S AIDE OPENS UP ABOUT HIS YEARS AT CITY HALL AND MORE", "Polls open", "In brief", "2019"]
_REASONS = [PHOTO_CREDIT, PHOTO_CREDIT, "share", "copyright", "navigation", "dateline"]


def _random_page(rng: random.Random) -> Weighed:
    lines = [rng.choice(_LINES) for _ in range(rng.randint(1, 40))]
    for _ in range(rng.randint(0, 3)):  # a run printed twice, as cards are
        at = rng.randrange(len(lines))
        run = lines[at:at + rng.randint(1, 2)]
        lines[at:at] = run
    # some paragraphs mostly links, as the HTML reader marks them (weighed by their links unless a heading)
    hints = [{"link_density": rng.choice([0.2, 0.9])} if rng.random() < 0.2 else {} for _ in lines]
    doc = Document.from_text("\n".join(lines), hints=hints if rng.random() < 0.5 else None)
    blocks = doc.blocks
    gone = rng.sample(range(len(blocks)), rng.randint(0, min(4, len(blocks))))
    doc = doc.remove_each([(blocks[i], rng.choice(_REASONS)) for i in sorted(gone)])
    page = P._weigh(doc)
    if rng.random() < 0.3:  # a weighing reweighed already: headings, prose and zeros set at random
        weights = [rng.choice([SECTION_WEIGHT, 12.0, 0.0, -2.0, w]) for w in page.weights]
        page = page.with_weights(weights)
    return page


def test_the_rules_find_what_the_plain_walks_found_on_random_documents() -> None:
    rng = random.Random(18)
    for _ in range(2000):
        _same(_random_page(rng))


def test_a_counter_opens_with_a_pair_the_pair_test_lets_through() -> None:
    """Every counter the pattern matches, its label spelt in each case the engine folds to the
    label's first two letters, opens with a pair :data:`inserts._MAY_COUNT_PAIR` lets through; so do
    counters opening with each kind of digit and separator."""
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    folds = {c: regex.findall("(?i)" + c, every) for c in "picturemagehotslid"}
    labels = ("picture", "image", "photo", "slide")
    inserts._MAY_COUNT_PAIR.cache_clear()
    for label, first, second in ((w, a, b) for w in labels for a in folds[w[0]] for b in folds[w[1]]):
        for rest in ("  2 of 5", "\t1/4", " 12 OF 40"):
            line = first + second + label[2:] + rest
            assert inserts._COUNTER.match(line) is None or inserts._MAY_COUNT_PAIR[line[:2]], line
    digits = ["1", "12", "٣", "１", "0"]
    for a, sep, b in itertools.product(digits, ["/", " /", "/ ", " of ", "of", " Of ", "OF"], digits):
        line = a + sep + b + " Crowds"
        assert inserts._COUNTER.match(line) is None or inserts._MAY_COUNT_PAIR[line[:2]], line
    rng = random.Random(18)
    pieces = ["1", "2", "12", "/", " ", "of", "OF", "image", "Photo", "ſlide", "\t", "x", "٣", "P", "i", "s", "\n"]
    for _ in range(20000):
        line = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 8)))
        assert inserts._COUNTER.match(line) is None or inserts._MAY_COUNT_PAIR[line[:2]], repr(line)


def _plain_shouted(text: str) -> bool:
    """inserts._shouted as it was written (generators over the characters, the numbers first)."""
    first = text.split(None, 2)
    if len(first) < 2 or not (first[0].isupper() or first[1].isupper()):
        return False
    words = text.split()
    if (len(words) < inserts._SHOUTED_WORDS or inserts.ends_sentence(text)
            or sum(any(c.isdigit() for c in w) for w in words) > 1):
        return False
    upper = sum(c.isupper() for c in text)
    lower = sum(c.islower() for c in text)
    return upper >= inserts._SHOUTED_SHARE * (upper + lower) and upper + lower >= len(text) / 2


def test_shouted_lines_as_before_on_every_eval_line_and_random_ones() -> None:
    lines = {line.strip() for case in eval_cases() if case.get("variant") in ("page", "taglines")
             for line in case["input"].split("\n")}
    rng = random.Random(18)
    pieces = ["MAYOR", "AIDE", "OPENS", "Up", "about", "2019", "A1", "B2", "ǅ", "Ⅻ", "²", "١٢", "ß", "É", "é",
              "ΣΑΣ", "-", "—", ".", "!", "...", "“", "”", ":", "(AP)", "WASHINGTON", "x", "Ab"]
    lines |= {" ".join(rng.choice(pieces) for _ in range(rng.randint(1, 14))) for _ in range(20000)}
    for line in lines:
        assert inserts._shouted(line) == _plain_shouted(line), line
