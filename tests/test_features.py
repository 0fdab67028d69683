"""A block's features (``Block.feature``): each per-line answer the steps read is computed once a
block, equals the helper's answer on the block's text, lives as long as the block (a removal
that touches a paragraph rebuilds its block, the others keep theirs), and makes a page's steps
compute each line once even when the global per-line caches forget everything between steps
(a page of more distinct lines than they hold: the scaling cliff of ``benchmarks/scaling.py``).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

import pytest

from newsclean import DEFAULT, Document, Pipeline, clean
from newsclean.dates import date_line
from newsclean.layout import shape
from newsclean.names import byline_tuple
from newsclean.words import headline_shaped, norm_key, tokens

from .conftest import clear_caches

dateline_module = importlib.import_module("newsclean.filters.dateline")  # the package exports the step by that name

LINES = [
    "Aid Convoy Arrives in Besieged Town",                      # a headline
    "By Jane Doe and John Roe, Reuters",                        # a byline
    "Published: 21/03/2016 10:02",                              # a dateline
    "Dec. 6, 2024, 10:00 PM UTC / Updated Dec. 7, 2024",        # a meta line of dates
    "The convoy of forty trucks reached the town at dawn on Monday, officials said.",  # prose
    "Most Read",                                                # a closing heading
    "Home | World | Politics",                                  # a menu
    "Ура",                                                      # a language the lexicon lacks
]
FEATURES: list[Callable[[str], Any]] = [
    tokens, norm_key, headline_shaped, date_line, byline_tuple, dateline_module._meta_dates,
    shape.section_kind, shape._stop_count, shape._covered_weight, shape._uncovered_weight,
]


@pytest.mark.parametrize("line", LINES)
@pytest.mark.parametrize("feature", FEATURES, ids=lambda f: f.__name__)
def test_a_feature_is_the_helpers_answer(line, feature):
    block = Document.from_text(f"Top line\n  {line}  \nLast line").blocks[1]
    assert block.feature(feature) == feature(line)
    assert block.feature(feature) is block.feature(feature)  # computed once, then read


@pytest.mark.parametrize("line", LINES)
def test_weigh_reads_the_blocks_weight(line):
    block = Document.from_text(line).blocks[0]
    assert shape.weigh(block, True) == shape._text_weight(line, True)
    assert shape.weigh(block, False) == shape._text_weight(line, False)


def test_features_follow_the_blocks_a_removal_touches():
    doc = Document.from_text("Headline\nBy Jane Doe Reuters\nThe army said so.")
    before = doc.blocks
    for b in before:
        b.feature(tokens)
    after = doc.remove(before[1].start, before[1].start + 3, "byline").blocks  # "By " goes
    assert after[0] is before[0] and after[2] is before[2]  # untouched: the same block, features kept
    assert after[1] is not before[1] and after[1].feature(tokens) == ("jane", "doe", "reuters")


def _forgetful(pipeline: Pipeline, counted: list[Any], misses: dict[str, int]) -> Pipeline:
    """``pipeline`` with every per-line LRU cache emptied before each step, as a page of more
    distinct lines than the caches hold leaves them (each step evicts what the next would read);
    the ``counted`` helpers' computations are added up in ``misses``."""
    def forgetting(f: Callable[[Document], Document]) -> Callable[[Document], Document]:
        def step(doc: Document) -> Document:
            for helper in counted:
                misses[helper.__name__] = misses.get(helper.__name__, 0) + helper.cache_info().misses
            clear_caches()
            return f(doc)
        step.needs = getattr(f, "needs", ())  # type: ignore[attr-defined]
        return step
    return Pipeline((name, forgetting(f)) for name, f in pipeline)


# Pages of distinct lines where every step reads every line: a comment thread, a feed of teasers.
PAGES = {
    "forum thread": lambda n: "\n".join(f"user {i} says\nGreat article, thanks for writing it." for i in range(n)),
    "dated teasers": lambda n: "\n".join(f"Council meets on budget {i}\nBy Jane Doe\nMarch {1 + i % 28}, 2016\n"
                                         f"The council met on item {i} and agreed to it." for i in range(n)),
}
# Helpers whose every line several steps read: each must compute a line about once a page.
READ_BY_SEVERAL = [date_line, byline_tuple, shape._covered_weight, shape._uncovered_weight, shape._stop_count,
                   dateline_module._meta_dates]


@pytest.mark.parametrize("kind", PAGES)
def test_each_line_is_computed_once_when_the_caches_forget(kind):
    text = PAGES[kind](300)
    distinct = len(set(text.splitlines()))
    misses: dict[str, int] = {}
    clear_caches()
    clean(text, pipeline=_forgetful(DEFAULT, READ_BY_SEVERAL, misses), max_chars=None)
    for helper in READ_BY_SEVERAL:
        total = misses[helper.__name__] + helper.cache_info().misses  # type: ignore[attr-defined]
        assert total <= distinct * 1.1, f"{helper.__name__}: {total} computations for {distinct} distinct lines"


PAGE = ["Home", "World", "The convoy of forty trucks reached the town at dawn on Monday, officials said.",
        "Most Read", "Ура ура ура ура ура ура ура ура ура", "Die Armee sagte, sie habe die Stadt am Montag verlassen.",
        "<![CDATA[" * 20, "Aid Convoy Arrives in Besieged Town"]


@pytest.mark.parametrize("start", range(len(PAGE)))
def test_covered_and_has_article_of_a_run_of_blocks_read_the_kept_view(start):
    """A run of the last page's blocks is answered from its running totals (``shape._Page``):
    the same answer as the blocks read afresh, for every run, whatever page was asked last."""
    blocks = Document.from_text("\n".join(PAGE)).blocks
    other = Document.from_text("Nothing\nelse here at all today.").blocks
    for end in range(start, len(PAGE) + 1):
        run = blocks[start:end]
        fresh = list(run)  # a list is read afresh: no view is kept of it
        shape.covered(blocks)  # the whole page is the kept view
        assert shape.covered(run) == shape.covered(fresh)
        assert shape.has_article(run) == shape.has_article(fresh)
        shape.covered(other)  # another page replaces the view
        assert shape.covered(run) == shape.covered(fresh)
        assert shape.has_article(run) == shape.has_article(fresh)


def test_a_run_of_other_blocks_is_not_read_from_the_view():
    """Blocks equal to the view's but other objects (another document of the same text) get a
    view of their own: a block's weight reads its hints, which equality leaves out."""
    doc = Document.from_text("\n".join(PAGE))
    twin = Document.from_text("\n".join(PAGE), hints=[{"link_density": 0.9}] * len(PAGE))
    assert doc.blocks == twin.blocks
    assert shape.has_article(doc.blocks) and not shape.has_article(twin.blocks[1:])


def test_the_shortcuts_of_a_lines_weight_answer_as_the_patterns():
    """``shape._size`` counts CJK characters only in a line that holds one at or above
    ``_CJK_FIRST``, and ``_sentence_inside`` searches from the first stop on: the same answers."""
    import random

    import regex

    assert regex.match(shape._CJK.pattern, shape._CJK_FIRST)
    assert not any(shape._CJK.match(chr(c)) for c in range(ord(shape._CJK_FIRST)))
    from newsclean.sentences import SENTENCE_INSIDE

    rng = random.Random(20261205)
    pieces = ["word", "Word", ".", "!", "?", "…", "。", " ", "  ", "”", ")", "«", "A", "é", "北京", "1", "x.y", "U.S."]
    for _ in range(3000):
        line = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        assert shape._sentence_inside(line) == (SENTENCE_INSIDE.search(line) is not None), line
        assert shape._size(line)[0] == len(tokens(line)) + len(shape._CJK.findall(line)) // 2, line


def test_a_code_line_opens_with_a_character_the_precheck_lets_through():
    """``words.code_line`` tries ``_CODE_LINE`` only on a line whose first character but white
    space may open one (``_CODE_LINE_OPENS``): never a line the pattern would match."""
    import random

    from newsclean import words

    from .test_fast_paths import LINES as FAST_LINES

    rng = random.Random(20261205)
    pieces = ["//", '"k"', ":", " ", "\t", "\u00a0", "(", ")", "[", "]", "{", "}", ";", ",", "<", ">", "/", "div",
              'a="b"', "x", "The army left.", "1", "-", "t", "f", "n"]
    lines = FAST_LINES + LINES + ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 8))) for _ in range(5000)]
    matched = 0
    for line in lines:
        if words._CODE_LINE.match(line) is not None:
            matched += 1
            assert words._CODE_LINE_OPENS[line.lstrip(words.SPACE)[:1]], line
    assert matched > 100
