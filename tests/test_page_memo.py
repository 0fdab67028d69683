"""The page memo (:func:`newsclean.memo.page_features`): within one call of ``clean``, a line's
features are read once, however often its block is rebuilt and however many times the cleaned
text is cleaned again (``api._recheck``).

The per-line ``lru_cache`` helpers are bounded (:mod:`newsclean.memo`): on a page of more distinct
lines than they hold, every second cleaning used to read every line afresh (``benchmarks/scaling.py``'s
plain text kind: 8.5x -> 12.6x for 8x the input once the recheck came). Here the bounded caches are
emptied between the first cleaning and the recheck, as such a page empties them, and the work the
recheck does afresh is counted (the caches' misses), without a clock.
"""

from __future__ import annotations

import gc
import sys
import threading

import pytest

import newsclean.api as api
from newsclean import clean
from newsclean.document import Document
from newsclean.memo import _PAGE, features_of, page_features

from .conftest import SAMPLES, clear_caches

ARTICLE = [
    "The convoy of forty trucks reached the besieged town at dawn on Monday, officials said.",
    "Aid workers unloaded flour, fuel and medicine while families queued in the cold for hours.",
    "The United Nations said it hoped to send a second convoy before the end of the month.",
]
MENU = ["Home", "World", "Politics", "Share this article", "Follow us on Twitter"]


def _numbered(i: int) -> list[str]:
    return [f"{line} (copy {'abcdefghijklmnopqrstuvwxyz'[i % 26]}{'abcdefghij'[i // 26 % 10]})" for line in ARTICLE]


# Pages whose cleaning removes something, so the recheck runs: a lined page of menus and prose,
# the same cut at every link, a page folded to one line, teasers under closing headings, a
# scraped sample page.
PAGES = {
    "menus and prose": "\n".join(line for i in range(40) for line in [*MENU, *_numbered(i)]),
    "cut at every tag": "\n".join(part for i in range(40) for line in [*MENU, *_numbered(i)]
                                  for part in ([line] if len(line) < 40 else [line[:20], line[20:32], line[32:]])),
    "folded page": " ".join(["Home World Politics Share", *(s for i in range(20) for s in _numbered(i))]),
    "closing headings": "\n".join(["Aid Arrives in Town", *ARTICLE, *("Most Read\n" + s for s in _numbered(1))] * 3),
    "sample page": (SAMPLES / "fars-2016-03-21.raw.txt").read_text(encoding="utf-8"),
}


def _misses() -> int:
    """Answers newsclean's bounded per-line caches computed so far (their misses)."""
    total = 0
    for name, module in list(sys.modules.items()):
        if name.startswith("newsclean"):
            for value in vars(module).values():
                info = getattr(value, "cache_info", None)
                if callable(info) and getattr(value, "__module__", None) == name:
                    total += info().misses
    return total


@pytest.mark.parametrize("kind", PAGES)
def test_the_recheck_reads_few_lines_afresh(kind, monkeypatch):
    recheck = api._recheck
    counts: dict[str, int] = {}

    def counted(*args):
        counts["first"] = _misses()
        clear_caches()  # as a page larger than the caches leaves them
        out = recheck(*args)
        counts["recheck"] = _misses()
        return out

    monkeypatch.setattr(api, "_recheck", counted)
    clear_caches()
    clean(PAGES[kind], max_chars=None)
    assert counts, "the recheck did not run"
    # Without the page memo the recheck computed 38-110% of what the first cleaning did on these
    # pages; with it 10-26% (features the first cleaning never asked for, lines it never saw).
    assert counts["recheck"] <= 0.3 * counts["first"], counts


@pytest.mark.parametrize("kind", PAGES)
def test_the_memo_changes_no_output(kind, monkeypatch):
    with_memo = clean(PAGES[kind], max_chars=None)
    monkeypatch.setattr("newsclean.document.features_of", lambda text: {})
    clear_caches()
    without = clean(PAGES[kind], max_chars=None)
    assert with_memo.to_dict() == without.to_dict()


def test_blocks_of_the_same_text_share_their_features_while_a_memo_is_open():
    doc = Document.from_text("Home\nTrucks came.\nHome")
    assert doc.blocks[0]._features is not doc.blocks[2]._features
    with page_features():
        doc = Document.from_text("Home\nTrucks came.\nHome")
        a, b, c = doc.blocks
        assert a._features is c._features and a._features is not b._features
        a.feature(str.split)
        assert c._features == {str.split: ["Home"]}
        bar = Document.from_text("Home |\nTrucks came.\nHome")
        bar.blocks[2].feature(str.split)
        rebuilt = bar.remove(5, 6, "share").blocks[0]  # rebuilt, its text now that of the last line
        assert rebuilt.text == "Home" and rebuilt._features == {str.split: ["Home"]}


def test_the_memo_closes_with_the_call_even_when_it_raises():
    with page_features():
        outer = features_of("Home")
        with page_features():
            assert features_of("Home") is not outer  # a nested call has its own memo
        assert features_of("Home") is outer
    assert _PAGE.get() is None
    with pytest.raises(TypeError):
        clean("Home\nTrucks came.", pipeline=lambda doc: None)
    assert _PAGE.get() is None
    clean("Home\nTrucks came at dawn on Monday, officials said.")
    assert _PAGE.get() is None


def test_the_memo_is_private_to_its_thread():
    seen: list[object] = []
    with page_features():
        mine = features_of("Home")
        thread = threading.Thread(target=lambda: seen.append(features_of("Home")))
        thread.start()
        thread.join()
    assert seen and seen[0] is not mine and _PAGE.get() is None


# Lines with text other than ASCII (the unicode step looks closer at them, to tell whether ftfy
# could change them): curly quotes, accents, dashes, a no-break space, mojibake ftfy repairs.
UNICODE_PAGES = {
    "quotes and accents": "\n".join(["Home", "World", "Share this article"] + [
        f"The café’s owner said “we are open” on day {i} — naïve or not." for i in range(30)]),
    "mojibake": "\n".join(["Home", "News"] + [
        f"The minister\u00e2\u20ac\u2122s aide spoke on day {i} of the talks." for i in range(20)]),
    "no-break spaces": "\n".join(["Menu", "Login"] + [
        f"Prices rose\u00a05% in Zürich on day {i}, traders said:\u00a0“up”." for i in range(20)]),
}


@pytest.mark.parametrize("kind", UNICODE_PAGES)
def test_the_recheck_asks_no_line_twice_whether_ftfy_could_change_it(kind, monkeypatch):
    from newsclean.filters import unicode

    asked: list[str] = []
    needs = unicode._line_needs_ftfy

    def counted(line: str, *known: bool) -> bool:
        asked.append(line)
        return needs(line, *known)

    phase: dict[str, int] = {}
    recheck = api._recheck

    def marked(*args):
        phase["first"] = len(asked)
        return recheck(*args)

    monkeypatch.setattr(unicode, "_line_needs_ftfy", counted)
    monkeypatch.setattr(api, "_recheck", marked)
    clean(UNICODE_PAGES[kind])
    assert phase and phase["first"] > 0
    assert len(set(asked)) == len(asked), "a line was asked twice"


def test_a_call_keeps_no_block_of_its_page_alive_after_it_returns():
    """The title step's page views (layout/shape's, headlines/keyed's) are kept between steps of
    one call only: a page's blocks kept after it slowed the next large page (the garbage
    collector scanned them) and held its memory."""
    from newsclean.headlines import keyed
    from newsclean.layout import shape

    marker = "Zyxwvutsrq"
    text = "\n".join(f"{marker} council line {i} said the budget passed on Monday." for i in range(40))
    clean(f"Budget Passes\n{text}")
    assert shape._LAST == [None] and keyed._LAST == [None]
    gc.collect()
    alive = [o for o in gc.get_objects() if type(o).__name__ == "Block" and marker in getattr(o, "text", "")]
    assert alive == []
