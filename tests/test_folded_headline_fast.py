"""The folded page's headline rule (``headlines.run_in.folded_headline``) answers what it answered
before its shortcuts (issue 18): a text that opens with a sentence of prose is given no headline
without its copies read where no separator can stand after one (``_trail_may_follow``), and no
headline printed twice in a row is looked for where no four tokens in a row come twice at the head
(``_may_double``). Each shortcut is checked against the search it stands in for, on every eval
page's text and gold text (a cleaned text opens with prose, as the second cleaning reads it), on
those texts under a browser title, and on random strings of words, separators and white space."""

from __future__ import annotations

import random

import pytest
import regex

from newsclean.document import Document
from newsclean.headlines import run_in
from newsclean.layout.title_copies import doubled_headline, reprinted_title
from newsclean.titles import SEPARATOR

# Openings of a cleaned text, and of a page under its browser title: separators of every kind, with
# and without white space around, where a headline of three words can end and where it cannot.
TABLE = [
    "The storm hit the coast on Monday. It rained. The storm hit the coast again.",
    "Storm hits the coast - Herald Home Storm hits the coast By Ann Lee The storm came on Monday.",
    "Storm hits the coast | Herald Storm hits the coast",
    "Storm hits the coast_English_Xinhua Storm hits the coast",
    "Storm hits the coast :: Herald Storm hits the coast",
    "Storm hits the coast: Herald Storm hits the coast",
    "Storm hits the coast (Herald)",
    "Storm hits the coast (AP) Storm hits the coast (AP)",
    "Storm hits the coast -- Herald Storm hits the coast",
    "Storm hits the coast -Herald Storm hits the coast",
    "Storm hits the coast\u2014Herald Storm hits the coast \u2014 Herald",
    "Storm hits - Herald Storm hits the coast",
    "Storm hits the\x1c- Herald Storm hits the\x1c- Herald",
    "Storm hits the coast \u00bb News Storm hits the coast",
    "A well-known storm hit the coast at 2:55 on Monday, said http://example.com/a/b today.",
    "Home News Sport Home News Sport Storm hits the coast Storm hits the coast By Ann Lee",
    "Storm hits the coast Storm hits the coast The storm came on Monday and it rained all night.",
    " " * 40 + "Storm hits the coast - Herald " + "word " * 60 + "Storm hits the coast",
    "Storm " * 45 + "- Herald Storm Storm Storm",
    "</title><b>Storm hits the coast - Herald</b> Storm hits the coast",
    "Storm hits the coast - Herald " + "word " * 33 + "</b> " + "Home News " * 30 + "Storm hits the coast",
    "Storm hits the coast - Herald " + "word " * 34 + " " * 8 + "<b class=x>" + "Home " * 40 + "Storm hits the coast",
    "Storm hits the coast " + "word" * 60 + '("x") Home News ' * 20 + "Storm hits the coast",
    "Storm hits the coast</title><a href=x> " + "Home News " * 40 + "Storm hits the coast - Herald",
    "",
    "   ",
]

_TOKEN_RUN = regex.compile(r"\S++")
_PROSE = "The storm hit the coast on Monday, and the town said the damage was worse than it had feared."


def _texts() -> list[str]:
    """The table, every eval page's text and gold text (a cleaned text), and both under a browser
    title whose headline the text prints, or its opening words do."""
    from .conftest import eval_cases

    texts = list(TABLE)
    for case in eval_cases():
        if case.get("variant") == "html":
            continue
        for text in (case["input"], case.get("gold_text") or ""):
            texts.append(text)
            head = " ".join(text.split()[:4])
            texts.append(f"{head} - Site {text}")
            texts.append(f"{head}_Site {text}")
    return texts


def _random_texts(n: int) -> list[str]:
    rnd = random.Random(29)
    vocabulary = ["Storm", "hits", "the", "coast", "Herald", "a", "said.", "Home", "-", "--", "|", ":", "::",
                  "\u2013", "\u2014", "/", "\u00bb", "\u203a", "(AP)", "(", ")", "_", "x_y", "a-b", "2:55", "\n",
                  "\x1c", "\u00a0", "", _PROSE]
    out = []
    for _ in range(n):
        words = [rnd.choice(vocabulary) for _ in range(rnd.randint(0, 40))]
        if words and rnd.random() < 0.6:  # the opening printed again
            k = rnd.randint(1, min(len(words), 8))
            words += rnd.choice(vocabulary[:8]) * rnd.randint(0, 1), *words[:k]
        glue = rnd.choice([" ", " ", "  ", "\n", ""])
        out.append(glue.join(words) * rnd.choice([1, 1, 1, 8]))
    return out


def _no_trail(text: str) -> bool:
    """What the shortcut stands in for: no headline read at the head, or none a separator or an
    underscore follows."""
    span = reprinted_title(text, 0, len(text))
    return span is None or (SEPARATOR.match(text, span[1]) is None and not text.startswith("_", span[1]))


def test_trail_may_follow_holds_where_the_copies_put_a_separator_after_the_headline() -> None:
    texts = _texts() + _random_texts(3_000)
    ruled_out = 0
    for text in texts:
        if not run_in._trail_may_follow(text):
            assert _no_trail(text), text[:300]
            ruled_out += 1
    assert ruled_out > len(texts) // 8  # the shortcut answers often
    assert sum(not _no_trail(t) for t in texts) > 100  # and the texts hold headlines with a trail


def test_may_double_holds_where_a_headline_is_printed_twice_in_a_row() -> None:
    texts = _texts() + _random_texts(3_000)
    found = 0
    for text in texts:
        if not run_in._may_double(text):
            assert doubled_headline(text, 0, len(text)) is None, text[:300]
        found += doubled_headline(text, 0, len(text)) is not None
    assert found > 20


@pytest.mark.parametrize("cut", [0, 1])
def test_folded_headline_is_the_rule_without_its_shortcuts(cut: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """The whole rule on documents of the texts (and of the texts less their first line), with the
    shortcuts and with both answering "maybe" everywhere."""
    docs = [Document.from_text(t.split("\n", cut)[-1]) for t in _texts()[::2] + _random_texts(1_000)]
    fast = [run_in.folded_headline(doc) for doc in docs]
    monkeypatch.setattr(run_in, "_trail_may_follow", lambda flat: True)
    monkeypatch.setattr(run_in, "_may_double", lambda flat: True)
    monkeypatch.setattr(run_in, "_unmarked_run_in", _plain_unmarked_run_in)
    assert [run_in.folded_headline(doc) for doc in docs] == fast


def _plain_unmarked_run_in(flat: str, line_end: int, a: int, b: int, lined: bool) -> bool:
    """What ``run_in._unmarked_run_in`` stands in for: the first line's markup looked for in the whole line."""
    return run_in._run_in(run_in._unmarked_text(flat, line_end), a, b, lined)


def test_unmarked_run_in_is_the_run_in_test_of_the_unmarked_text() -> None:
    """Every part of the head that ends at a word's end or before a mark, on the texts and on them
    with markup put at each place around the first ``_FOLDED_LINE`` characters, in and after white space."""
    rnd = random.Random(37)
    texts = _texts()[::3] + _random_texts(500)
    marks = ["</b>", "<b class=x>", '("x")', "-->", "<!--", "(a >= 1)", " " * 9 + "</b>"]
    for text in list(texts[:400]):
        for at in (rnd.randint(150, 260), rnd.randint(0, 400)):
            texts.append(text[:at] + rnd.choice(marks) + text[at:])
    for text in texts:
        line_end = text.find("\n") % (len(text) + 1)
        for b in sorted({m.end() for m in _TOKEN_RUN.finditer(text, 0, min(len(text), 300))})[:12]:
            for a in (0, min(b, 5)):
                for lined in (False, True):
                    assert (run_in._unmarked_run_in(text, line_end, a, b, lined)
                            == _plain_unmarked_run_in(text, line_end, a, b, lined)), (text[:300], a, b)


def test_a_first_line_that_repeats_no_word_prints_no_headline_twice(monkeypatch: pytest.MonkeyPatch) -> None:
    """``_folded_first_line`` reads the title's copies only on a line that repeats a word
    (``_repeats_a_word``): the same answers as with the copies read on every line, on the first lines
    of the texts (and of the texts less their first line), on random strings, and on lines of random
    words and separators where the opening is printed again, glued to a word or not."""
    rnd = random.Random(38)
    texts = _texts() + _random_texts(3_000)
    texts += [t.split("\n", 1)[-1] for t in texts[::2]]
    words = ["Storm", "hits", "the", "coast", "Herald", "-", "|", "xStorm", "coastal", "\u00a0", "\x1c", ":"]
    for _ in range(3_000):
        line = [rnd.choice(words) for _ in range(rnd.randint(1, 9))]
        copy = rnd.choice(["", "x", " "]) + " ".join(line[rnd.randint(0, 2):])
        texts.append(" ".join(line) + rnd.choice([" ", " | ", "  "]) + copy)
    fast = [run_in._folded_first_line(t) for t in texts]
    assert sum(fast) > 100
    monkeypatch.setattr(run_in, "_repeats_a_word", lambda line: True)
    assert [run_in._folded_first_line(t) for t in texts] == fast
