"""The unicode step of a second cleaning (``unicode.vouch``): ``clean`` vouches that the text it
cleans again is made of pieces of the words of the text the first repair returned, and
``repair`` then skips the scans whose answers it can tell. Checked here: the facts of Unicode
the shortcut rests on, the shortcut against the full repair on tables, random texts and eval
texts, that ``clean`` vouches only for texts that are so made, and that ``clean`` answers the
same with the shortcut and without it.
"""

from __future__ import annotations

import random
import unicodedata
from typing import Any

import pytest

import newsclean.api
from newsclean import clean
from newsclean.document import Document
from newsclean.filters import unicode as u
from newsclean.memo import page_dict, page_features

from .conftest import eval_cases


def _composing() -> list[str]:
    """Characters normalization acts on: combining marks, the parts and results of canonical
    decompositions, Hangul jamo, and a few plain letters and spaces to compose with."""
    pool: set[str] = set("aeiouAEIOUnN ")
    for cp in range(0x110000):
        if 0xD800 <= cp < 0xE000:
            continue
        c = chr(cp)
        decomposition = unicodedata.decomposition(c)
        if decomposition and not decomposition.startswith("<"):
            pool.add(c)
            pool.update(chr(int(h, 16)) for h in decomposition.split())
        elif unicodedata.combining(c) or 0x1100 <= cp < 0x1200:
            pool.add(c)
    return sorted(pool)


COMPOSING = _composing()


def test_spaces_and_line_breaks_neither_compose_nor_reorder():
    """No canonical decomposition holds a space or a line break, and both are starters: set
    between two NFC texts, neither composes nor reorders with the characters beside it."""
    for cp in range(0x110000):
        decomposition = unicodedata.decomposition(chr(cp)) if not 0xD800 <= cp < 0xE000 else ""
        if decomposition and not decomposition.startswith("<"):
            assert not {"0020", "000A"} & set(decomposition.split()), hex(cp)
    assert unicodedata.combining(" ") == unicodedata.combining("\n") == 0


def test_pieces_of_nfc_text_joined_by_spaces_are_nfc():
    """A piece of an NFC text is NFC, and so are such pieces joined by spaces and line breaks: on
    random texts of the characters normalization acts on, every piece and random joins of them."""
    rng = random.Random(20261206)
    for _ in range(20_000):
        text = unicodedata.normalize("NFC", "".join(rng.choice(COMPOSING) for _ in range(rng.randint(1, 8))))
        pieces = [text[i:j] for i in range(len(text)) for j in range(i + 1, len(text) + 1)]
        assert all(unicodedata.is_normalized("NFC", p) for p in pieces), [hex(ord(c)) for c in text]
        joined = "".join(rng.choice(pieces) + rng.choice(" \n") for _ in range(4))
        assert unicodedata.is_normalized("NFC", joined), [hex(ord(c)) for c in joined]


def _pieces_of(source: str, rng: random.Random, count: int) -> str:
    """A text of ``count`` random pieces of the words of ``source``, each followed by a space or a
    line break: what the default steps may make of a text (see ``unicode.vouch``)."""
    found = source.split()
    if not found:
        return ""
    out = []
    for _ in range(count):
        word = rng.choice(found)
        i = rng.randint(0, len(word) - 1)
        out += [word[i:rng.randint(i + 1, len(word))], rng.choice(" \n")]
    return "".join(out[:-1])


def _vouched_repair(source: str, text: str) -> tuple[Document, int]:
    """``repair`` of ``text`` vouched for after a repair of ``source`` in one page memo, and the
    level it was vouched with."""
    with page_features():
        u.repair(Document.from_text(source))
        u.vouch(text)
        level = u._vouched(page_dict(u.vouch), text)
        return u.repair(Document.from_text(text)), level


def _check(source: str, text: str) -> int:
    """The vouched repair of ``text`` is the full one (no memo open: nothing vouched); its level."""
    got, level = _vouched_repair(source, text)
    want = u.repair(Document.from_text(text))
    assert (got.text, got.metadata) == (want.text, want.metadata), (source, text)
    return level


SOURCES = [
    "Plain ASCII text, nothing to do.",
    "Caf\u00e9 \u201cquoted\u201d \u2014 na\u00efve r\u00e9sum\u00e9",
    "AT&T and R&D&amp;Co &#x41; &am p; &",
    "Tom &amp; Jerry\nCaf\u00c3\u00a9 and the terrorists\u00e2\u20ac\u2122 assault",
    "e\u0301 cafe\u0301 \u1100\u1161\u11a8 \uac00\u11a8 x\u0301\u0323",
    "\u2019\u201d pairs \u2026\u201d and \u00e9\u00e8 side by side",
    "a\u00a0b\u00a0\u00c3\u00a9 soft\u00adhyphen zero\u200bwidth \ufeffBOM",
    "\u0152UVRE \u0153uf \u00c3 \u00c2 \ufffc object",
    "LRM \u200e mark and \x85 next \u2028 line\r\nCRLF\x07bell",
    "\u5317\u4eac \u6771\u4eac \u041c\u043e\u0441\u043a\u0432\u0430 \u0391\u03b8\u03ae\u03bd\u03b1",
    "lone \ud800 surrogate",
    "question?? marks \u00e9?\u00e9 ?\u00e9",
]


def test_vouched_repair_on_pieces_of_a_table():
    """Texts made of pieces of the words of each table text's repair: the vouched repair is the full
    one; the texts that allow it take each shortcut."""
    rng = random.Random(7)
    levels: dict[int, int] = {}
    for source in SOURCES:
        repaired = u.repair(Document.from_text(source)).text
        for count in (1, 2, 5, 12):
            for _ in range(40):
                level = _check(source, _pieces_of(repaired, rng, count))
                levels[level] = levels.get(level, 0) + 1
    assert levels.get(u._PLAIN, 0) > 100 and levels.get(u._QUICK, 0) > 100 and levels.get(0, 0) > 100


def test_vouched_repair_on_random_texts():
    """The same on random texts of entities, mojibake, odd spaces, controls, combining marks and
    pairs of characters that are not ASCII."""
    rng = random.Random(20261206)
    alphabet = [*"aZ ?&#x;1\n\t\xa0\x85\u2028\r\x07\x9d\u200e\u200b\ufeff\u00ad\u20ac\u0153\u0152\u00c3\u00c2\u00e9"
                "\u201c\u201d\u2019\u2014\ufffc\u5317\u0301\u0323\u1161\u11a8", "e\u0301", "&amp;", "\u00c3\u00a9",
                "\u00e2\u20ac\u2122", "&#233;", "\U0001f600", *COMPOSING[::97]]
    levels: set[int] = set()
    for _ in range(3000):
        source = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        repaired = u.repair(Document.from_text(source)).text
        text = _pieces_of(repaired, rng, rng.randint(1, 8))
        levels.add(_check(source, text))
    assert levels == {0, u._QUICK, u._PLAIN}


def test_vouched_repair_on_eval_texts():
    """The same on pieces of every eighth eval text's lines, and on each of them joined again."""
    rng = random.Random(3)
    for case in list(eval_cases())[::8]:
        if case["variant"] == "html":
            continue
        source = case["input"]
        repaired = u.repair(Document.from_text(source)).text
        _check(source, repaired)
        _check(source, _pieces_of(repaired, rng, 200))


def test_nothing_is_vouched_without_a_memo_or_a_known_text():
    """With no page memo open, or after a repair that knew nothing of its text, nothing is vouched."""
    u.vouch("text")
    assert u._vouched(page_dict(u.vouch), "text") == 0
    with page_features():
        u.repair(Document.from_text("a\u00a0b\u200e"))  # not printable once repaired: nothing known
        u.vouch("a b")
        assert u._vouched(page_dict(u.vouch), "a b") == 0
        u.repair(Document.from_text("a\u00a0b"))
        text = "a b"
        u.vouch(text)
        assert u._vouched(page_dict(u.vouch), text) == u._PLAIN
        assert u._vouched(page_dict(u.vouch), "".join(["a ", "b"])) == 0  # the very string only


def _page(rng: random.Random) -> str:
    """A random page of menu lines, headlines, dates, prose and damaged text."""
    lines = ["Home", "World", "Share this", "By Jane Doe", "March 21, 2016", "Aid Arrives in Efrin",
             "Trucks reached the town at dawn on Monday, carrying flour, fuel and medicine, officials said.",
             "Caf\u00c3\u00a9 owners said the terrorists\u00e2\u20ac\u2122 assault shut the market.",
             "Tom &amp; Jerry\u00a0met the mayor\u200b at noon.", "\u201cWe will stay,\u201d she said.",
             "\u5317\u4eac\u5e02\u653f\u5e9c\u8868\u793a\uff0c\u5de5\u4f5c\u5df2\u7ecf\u5f00\u59cb\u3002",
             "Se\u0301ance de\u0301but\u00e9e \u00e0 midi, a d\u00e9clar\u00e9 le maire.", "Related", "Comments (3)",
             "Copyright 2016 Reuters", "LRM\u200e line\r\nwith CRLF", "AT&T and R&D said \u2019\u201d yes."]
    out = [rng.choice(lines) for _ in range(rng.randint(3, 25))]
    if rng.random() < 0.3:
        return " ".join(out)  # a page folded to one line
    return "\n".join(out)


def _recorded_vouches(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []

    def record(text: str) -> None:
        said.append(text)
        u.vouch(text)

    monkeypatch.setattr(newsclean.api, "vouch", record)
    return said


def _outcome(text: str) -> tuple[Any, ...]:
    r = clean(text)
    return r.text, r.source, r.removed, r.metadata


def test_clean_vouches_only_for_pieces_of_the_repaired_words(monkeypatch):
    """Every text ``clean`` vouches for holds no white space but spaces and line breaks, and each
    of its words stands in the text the first repair returned (a word holds no white space, so
    standing in that text it stands in one of its words): on eval texts and random pages."""
    said = _recorded_vouches(monkeypatch)
    rng = random.Random(11)
    pages = [case["input"] for case in list(eval_cases())[::10] if case["variant"] != "html"]
    pages += [_page(rng) for _ in range(300)]
    for page in pages:
        del said[:]
        clean(page)
        repaired = u.repair(Document.from_text(page)).text
        for text in said:
            assert all(c in " \n" or not c.isspace() for c in text)
            assert all(word in repaired for word in text.split()), page[:80]
    assert said or not pages


def test_clean_answers_the_same_without_the_shortcut(monkeypatch):
    """``clean`` with the vouched shortcut answers what it answers without it, on random pages."""
    rng = random.Random(12)
    pages = [_page(rng) for _ in range(300)]
    taken: list[int] = []
    vouched = u._vouched

    def counted(state: dict[str, Any], text: str) -> int:
        level = vouched(state, text)
        taken.append(level)
        return level

    monkeypatch.setattr(u, "_vouched", counted)
    with_it = [_outcome(page) for page in pages]
    assert taken.count(u._PLAIN) > 20 and taken.count(u._QUICK) > 20
    monkeypatch.setattr(newsclean.api, "vouch", lambda text: None)
    assert [_outcome(page) for page in pages] == with_it
