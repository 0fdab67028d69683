"""The title step's lazy lookups (issue 18) answer what the eager ones did: the headline-shaped
lines by key (:class:`browser.PrintedLines`, built for every line before) and the keys of the lines
with a byline or a dateline under them (:class:`browser.Headed`, worked out on every page before)."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsclean.document import Document
from newsclean.filters import title
from newsclean.headlines import browser, guess, keyed
from newsclean.words import headline_shaped, norm_key

# Pages of the shapes the browser title's lookups meet: a headline printed again (once, twice,
# in another case, with a stop), a site's name printed as its logo, bylines, datelines, a desk's
# credit, "By" on a line of its own, lines whose key is empty, and lines that are no headline.
PAGES = [
    "Aid Arrives | Fars\nHome\nAid Arrives\nTrucks came at dawn, officials said.",
    "Aid Arrives | Fars\nFars\nHome\nAid arrives\nAID ARRIVES!\nBy Ann Lee\nTrucks came.",
    "Budget Passes - 21/12/2018 - Daily Planet\nDaily Planet\nBudget Passes\nMarch 21, 2016\nThe vote passed.",
    "Storm Nears Coast — Herald\nStorm Nears Coast\nStaff and agencies\nThe storm neared the coast on Monday.",
    "Rates Rise\n…\n---\n|\nRates Rise\nBy\nJane Doe\nRates rose again, the bank said on Tuesday.",
    "Home\nNews\nSport\nthe army said it had left the town.\nHome\nNews",
    "Evolve: Shared History — evolve extension\nEvolve: Shared History\nThe extension shares history.",
    "Aid Arrives\n\nAid Arrives\nPublished 01/08/2008\nAid Arrives\nJane Doe | Staff writer\nTrucks came.",
    "一个标题\n一个标题\n2016年3月21日\n军队说，它已经击退了进攻。",
    "Single line",
    # lines about the longest headline's length (HEADLINE_CHARS), printed again
    "Budgets " + "Talk " * 47 + "Endings | Herald\nBudgets " + "Talk " * 47 + "Endings\n"
    "The talks ended, officials said.",
    "Budget " + "Talk " * 49 + "Ends | Herald\nBudget " + "Talk " * 49 + "Ends\nThe talks ended, officials said.",
    "Aid Arrives | Fars\nAid Arrives" + " ." * 130 + "\nTrucks came at dawn, officials said.",
]


def _eager_keys(blocks, skip=0):
    keys: dict[str, str] = {}
    for b in blocks[skip:]:
        if headline_shaped(b.text):
            keys.setdefault(norm_key(b.text), b.text)
    keys.pop("", None)
    return keys


@pytest.mark.parametrize("page", PAGES)
def test_printed_lines_are_the_eager_mapping(page):
    blocks = Document.from_text(page).blocks[1:]
    eager = _eager_keys(blocks)
    lazy = browser.PrintedLines(blocks)
    asked = {norm_key(b.text) for b in blocks} | {"", "home", "no such line"}
    for key in sorted(asked):
        assert (key in lazy) == (key in eager), key
        if key in eager:
            assert lazy[key] == eager[key]
        else:
            with pytest.raises(KeyError):
                lazy[key]
    assert dict(lazy) == eager and len(lazy) == len(eager)


@pytest.mark.parametrize("page", PAGES)
def test_headed_keys_are_asked_lazily(page):
    blocks = Document.from_text(page).blocks
    eager = browser._headed(blocks)
    lazy = browser.Headed(blocks)
    for key in sorted({norm_key(b.text) for b in blocks} | {"", "home"}):
        assert (key in lazy) == (key in eager), key


def test_headed_keys_are_the_eager_set_on_the_eval_pages():
    """Headed asks, for a key, the lines under its printings only; the eager set read every line."""
    from .conftest import eval_cases

    texts = [case["input"] for case in eval_cases() if case.get("variant") in ("page", "taglines")]
    for text in texts[::3]:
        blocks = Document.from_text(text).blocks
        eager = browser._headed(blocks)
        lazy = browser.Headed(blocks)
        asked = {norm_key(b.text) for b in blocks[:40]} | set(sorted(eager)[:40]) | {"", "home"}
        for key in sorted(asked):
            assert (key in lazy) == (key in eager), key


@pytest.mark.parametrize("page", PAGES)
def test_the_title_found_is_the_eager_lookups_title(page, monkeypatch):
    lazy = title.title(Document.from_text(page))
    monkeypatch.setattr(guess, "PrintedLines", _eager_keys)
    monkeypatch.setattr(guess, "Headed", browser._headed)
    eager = title.title(Document.from_text(page))
    assert lazy.metadata == eager.metadata and lazy.removals == eager.removals


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("breaks", [(), (1,)], ids=["lined", "segmented"])
def test_long_lines_skipped_unread_change_nothing(page, breaks, monkeypatch):
    doc = dataclasses.replace(Document.from_text(page), breaks=breaks)  # breaks: trailing dots trimmed
    found = title.title(doc)
    monkeypatch.setattr(title, "HEADLINE_CHARS", 10**9)  # every line's key read
    monkeypatch.setattr(keyed, "HEADLINE_CHARS", 10**9)
    again = title.title(dataclasses.replace(Document.from_text(page), breaks=breaks))
    assert found.metadata == again.metadata and found.removals == again.removals


def test_the_characters_that_lower_to_ascii_are_listed():
    """``Keyed`` finds an ASCII word in the lines' UTF-8 lowered as bytes unless the page holds a
    character past ASCII that ``str.lower`` turns into ASCII: every such code point is listed."""
    import sys

    found = {chr(c) for c in range(128, sys.maxunicode + 1) if any(ord(x) < 128 for x in chr(c).lower())}
    assert found == set(keyed._LOWERED_TO_ASCII)


def _plain_holding(blocks, word):
    """The rule ``Keyed._short_holding`` stands for: the short lines whose lowered text holds ``word``."""
    return [i for i, b in enumerate(blocks) if len(b.text) <= keyed.HEADLINE_CHARS and word in b.text.lower()]


def _asked_words(blocks):
    words = {w for b in blocks[:60] for w in norm_key(b.text).split()}
    return sorted(words | {"k", "i", "ss", "é", "ı"})


def test_lines_holding_a_word_are_the_plain_rules_on_the_eval_pages():
    from .conftest import eval_cases

    texts = [case["input"] for case in eval_cases() if case.get("variant") in ("page", "taglines")]
    for text in texts[::3]:
        blocks = Document.from_text(text).blocks
        lines = keyed.Keyed(blocks)
        for word in _asked_words(blocks):
            assert lines._short_holding(word) == _plain_holding(blocks, word), word


_LINE_CHARS = "aAkKiIsSéÉ \u0130\u0131\u212a\u00df\u1e9e\u2019\u00a0\ud800-"


@given(st.lists(st.text(alphabet=_LINE_CHARS, max_size=12), min_size=1, max_size=6),
       st.text(alphabet=_LINE_CHARS.replace(" ", ""), min_size=1, max_size=3))
def test_lines_holding_a_word_are_the_plain_rules_on_random_lines(lines, word):
    blocks = Document.from_text("\n".join(["x"] + [f"y{line}" for line in lines])).blocks
    word = word.lower()
    assert keyed.Keyed(blocks)._short_holding(word) == _plain_holding(blocks, word)
