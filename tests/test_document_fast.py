"""The document core's shortcuts (issue 18) give what the plain rules give: a line folded already
is returned as it is (``document._folded``) only where ``fold`` would return it unchanged; the
blocks of a page without removals built in one loop (``document._fresh_blocks``) are the blocks
``_new_block`` builds one by one; blocks rebuilt after a removal from their parent's
(``Document._rebuilt``) are the blocks read afresh from every paragraph."""

from __future__ import annotations

import gzip
import json
import random
from functools import cache
from pathlib import Path

import pytest

from newsclean import document as d
from newsclean.document import Document, fold
from newsclean.memo import page_features

EVAL = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "data"

# Every character str.split cuts at, a few that it does not but that look like space (zero-width
# space, soft hyphen, word joiner), a control character, and letters.
PIECES = ["a", "bc", " ", "  ", "\t", "\n", "\r", "\x0b", "\x0c", "\x1c", "\x1f", "\x85", "\u00a0",
          "\u1680", "\u2000", "\u200a", "\u2028", "\u2029", "\u202f", "\u205f", "\u3000", "\u200b",
          "\u00ad", "\u2060", "\x00", "\x7f", "é", "ق"]

ROWS = ["", " ", "a", " a", "a ", "a b", "a  b", "a\tb", "a\u00a0b", "a\u200bb", "a\u00adb", "\u3000a",
        "Aid arrives in town", "Aid arrives in town ", "Aid\u2009arrives", "x\x1cy", "x\x85y"]


@cache
def _eval_lines() -> list[str]:
    """Every line of every second input in the shared evaluation data (none when the data is
    not there)."""
    out: list[str] = []
    for path in sorted(EVAL.glob("*.jsonl*")):
        opener = gzip.open if path.suffix == ".gz" else open
        with opener(path, "rt", encoding="utf-8") as fh:
            for n, raw in enumerate(fh):
                if n % 2:
                    continue
                text = json.loads(raw)["input"]
                out += text.split("\n")
    return out


@pytest.mark.parametrize("text", ROWS)
def test_folded_is_fold(text):
    assert d._folded(text) == fold(text)


def test_folded_on_random_strings():
    rng = random.Random(18)
    for _ in range(20000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 10)))
        assert d._folded(text) == fold(text), repr(text)


def test_folded_on_every_eval_line():
    lines = _eval_lines()
    if not lines:
        pytest.skip("no shared evaluation data")
    for line in lines:
        assert d._folded(line) == fold(line) and d._folded(line.strip()) == fold(line), repr(line)


def _one_by_one(doc: Document) -> list[tuple[int, int, int, str]]:
    """The blocks as the plain rule reads them: every paragraph in turn (``Document._block``)."""
    return [(b.index, b.start, b.end, b.text) for b in map(doc._block, range(len(doc.paragraphs)))
            if b is not None]


def _fields(blocks: tuple[d.Block, ...]) -> list[tuple[int, int, int, str]]:
    return [(b.index, b.start, b.end, b.text) for b in blocks]


def _random_text(rng: random.Random) -> str:
    words = ["Aid", "arrives", "in", "town", "Home", "|", "Share", "a", "\u00a0", "  ", " ", "\t"]
    lines = []
    for _ in range(rng.randint(0, 12)):
        lines.append(" ".join(rng.choice(words) for _ in range(rng.randint(0, 6))))
    return "\n".join(lines)


def test_fresh_blocks_are_the_blocks_built_one_by_one():
    rng = random.Random(7)
    for _ in range(2000):
        text = _random_text(rng)
        doc = Document.from_text(text)
        fast = d._fresh_blocks(doc.text, doc.paragraphs)
        plain = tuple(d._new_block(i, p.start, p.end, fold(text[p.start:p.end]), p)
                      for i, p in enumerate(doc.paragraphs))
        assert fast == plain and _fields(fast) == _fields(plain)
        with page_features():
            shared = d._fresh_blocks(doc.text, doc.paragraphs)
            again = d._fresh_blocks(doc.text, doc.paragraphs)
            assert all(a._features is b._features for a, b in zip(shared, again, strict=True))
            assert all(a._features is d.features_of(a.text) for a in shared)


def test_rebuilt_blocks_are_the_blocks_read_afresh():
    """Removals of whole blocks, of parts of them, of spans across lines, of white space at a
    block's end, one after another: the blocks rebuilt from the parent's are the plain ones."""
    rng = random.Random(11)
    for _ in range(1500):
        text = _random_text(rng)
        doc = Document.from_text(text)
        for _ in range(rng.randint(1, 4)):
            blocks = doc.blocks
            if not blocks or not text:
                break
            kind = rng.random()
            if kind < 0.4:
                doc = doc.remove_blocks(rng.sample(blocks, rng.randint(1, len(blocks))), "menu")
            elif kind < 0.7:
                b = rng.choice(blocks)
                a = rng.randint(b.start, b.end)
                doc = doc.remove(a, rng.randint(a, b.end), "share")
            else:
                a = rng.randint(0, len(text))
                doc = doc.remove(a, rng.randint(a, len(text)), "footer")
            assert _fields(doc.blocks) == _one_by_one(doc), (text, doc.removals)
