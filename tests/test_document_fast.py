"""The document core's shortcuts (issue 18) give what the plain rules give: a line folded already
is returned as it is (``document._folded``) only where ``fold`` would return it unchanged; the
blocks of a page without removals built in one loop (``document._fresh_blocks``) are the blocks
``_new_block`` builds one by one; blocks rebuilt after a removal from their parent's
(``Document._rebuilt``) are the blocks read afresh from every paragraph; the document of a kept
text read off the blocks that hold it (``Document.from_kept``, the recheck's) is the one
``Document.from_text`` reads of that text."""

from __future__ import annotations

import dataclasses
import gzip
import json
import random
from functools import cache
from pathlib import Path

import pytest

from newsclean import clean
from newsclean import document as d
from newsclean.document import Document, fold
from newsclean.memo import page_features
from newsclean.pipeline import Pipeline

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
        read = Document.from_text(text).blocks  # from the lines split_paragraphs cut
        assert read == plain and _fields(read) == _fields(plain)
        assert d._split_lines(text)[1] == [text[p.start:p.end] for p in doc.paragraphs]
        with page_features():
            shared = d._fresh_blocks(doc.text, doc.paragraphs)
            again = d._fresh_blocks(doc.text, doc.paragraphs)
            assert all(a._features is b._features for a, b in zip(shared, again, strict=True))
            assert all(a._features is d.features_of(a.text) for a in shared)


def _same_cut(text: str) -> None:
    """``_cut_blocks`` gives the paragraphs ``split_paragraphs`` cuts and the blocks ``_fresh_blocks``
    builds of them (with no page memo, in one, and in one where the text is noted printable)."""
    paragraphs = d.split_paragraphs(text)
    plain = d._fresh_blocks(text, paragraphs)
    cut, blocks = d._cut_blocks(text)
    assert cut == paragraphs and [p.hints for p in cut] == [p.hints for p in paragraphs], repr(text)
    assert blocks == plain and _fields(blocks) == _fields(plain), repr(text)
    assert all(b.paragraph is p for b, p in zip(blocks, (cut[b.index] for b in blocks), strict=True))
    for noted in (False, True):
        with page_features():
            if noted and text.replace("\n", " ").isprintable():
                d.note_printable(text)
            cut, blocks = d._cut_blocks(text)
            assert cut == paragraphs and _fields(blocks) == _fields(plain), repr(text)
            assert all(b._features is d.features_of(b.text) for b in blocks), repr(text)


def test_cut_blocks_are_the_paragraphs_and_their_fresh_blocks():
    rng = random.Random(39)
    for _ in range(3000):
        _same_cut(_random_text(rng))
        _same_cut("".join(rng.choice(PIECES) for _ in range(rng.randint(0, 30))))
    for text in ROWS:
        _same_cut(text)
    lines = _eval_lines()
    for i in range(0, len(lines), 300):
        _same_cut("\n".join(lines[i:i + 300]))


def test_a_documents_first_blocks_cut_its_lines_once():
    """A document from_text makes reads its paragraphs and blocks in one loop when the blocks are read
    first (``Document.blocks``), and they are the ones read the other way round."""
    text = "Home\n\n  Aid  arrives\u00a0today \nShare"
    first = Document.from_text(text)
    blocks = first.blocks
    assert "paragraphs" in first.__dict__ and "_lines" not in first.__dict__
    other = Document.from_text(text)
    assert other.paragraphs == first.paragraphs and other.blocks == blocks


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


def _plain_removals(doc: Document, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str, str]]:
    """What ``remove_spans`` adds, by the plain rule: every span cut to the text, less what is
    removed or kept already, trimmed, then all sorted and each character given to the first span
    that claims it."""
    text = doc.text
    new = []
    for start, end, reason in spans:
        start, end = max(0, start), min(len(text), end)
        if start >= end:
            continue
        for a, b in doc._unprotected(doc._kept_pieces(start, end)):
            piece = text[a:b]
            if piece.strip():
                a += len(piece) - len(piece.lstrip())
                new.append((a, a + len(piece.strip()), reason))
    new.sort(key=lambda r: r[0])
    out: list[tuple[int, int, str, str]] = []
    reach = -1
    for a, b, reason in new:
        if b <= reach:
            continue
        a = max(a, reach)
        if text[a:b].strip():
            out.append((a, b, reason, text[a:b]))
            reach = b
    return out


def test_removals_in_order_are_the_removals_sorted_and_merged():
    """Spans in the page's order and apart (no sort, no merge needed), out of order, overlapping,
    over removed text or kept text (``facts.kept``), past the text's ends: the removals added are
    the plain rule's, and the blocks after them are the blocks read afresh."""
    rng = random.Random(5)
    for _ in range(3000):
        text = _random_text(rng)
        doc = Document.from_text(text)
        if rng.random() < 0.3 and text:
            a = rng.randint(0, len(text))
            doc = doc.with_facts(kept=((a, rng.randint(a, len(text))),))
        for _ in range(rng.randint(1, 3)):
            if rng.random() < 0.5 and doc.blocks:
                chosen = sorted(rng.sample(doc.blocks, rng.randint(1, len(doc.blocks))), key=lambda b: b.start)
                spans = [(b.start, b.end, "menu") for b in chosen]
            else:
                spans = []
                for _ in range(rng.randint(1, 4)):
                    a = rng.randint(-2, len(text) + 2)
                    spans.append((a, rng.randint(a - 1, len(text) + 3), rng.choice(["share", "footer"])))
            before = len(doc.removals)
            want = _plain_removals(doc, spans)
            doc = doc.remove_spans(spans) if rng.random() < 0.5 or not spans or spans[0][2] != "menu" else \
                doc.remove_blocks([b for b in doc.blocks if (b.start, b.end, "menu") in spans], "menu")
            got = [(r.start, r.end, r.reason, r.text) for r in doc.removals[before:]]
            assert got == want, (text, spans)
            assert _fields(doc.blocks) == _one_by_one(doc)


def test_restamped_is_the_removals_replaced():
    doc = Document.from_text("Home\nThe council met.\nShare\nTweet")
    doc = doc.remove(0, 4, "navigation").restamped(0, "boilerplate")
    doc = doc.remove_spans([(22, 27, "share"), (28, 33, "share")])
    out = doc.restamped(1, "page")
    plain = doc.removals[:1] + tuple(r if r.filter else dataclasses.replace(r, filter="page")
                                     for r in doc.removals[1:])
    assert out.removals == plain and [r.filter for r in out.removals] == ["boilerplate", "page", "page"]
    assert out.blocks == doc.blocks


def _same_fresh_document(text: str, rng: random.Random) -> None:
    """``Document.from_kept(doc)`` is ``Document.from_text(doc.body())``, ``doc`` the document of
    ``text`` less some of it (:func:`_some_removals`): the same fields, the same blocks, and (in
    the page memo ``doc`` was read in, as ``clean``'s recheck reads it) the same features as the
    blocks ``from_text`` reads."""
    with page_features():
        doc = _some_removals(Document.from_text(text), rng)
        kept = Document.from_kept(doc)
        plain = Document.from_text(doc.body())
        assert kept == plain and kept.blocks == plain.blocks
        assert _fields(kept.blocks) == _fields(plain.blocks)
        assert [p.hints for p in kept.paragraphs] == [p.hints for p in plain.paragraphs]
        assert all(a._features is b._features for a, b in zip(kept.blocks, plain.blocks, strict=True))
        assert not kept.removals and kept.original == kept.text and kept.metadata == {}


def _some_removals(doc: Document, rng: random.Random) -> Document:
    """``doc`` less some whole blocks and some spans inside and across them (rebuilt blocks of
    several pieces, blocks emptied)."""
    for _ in range(rng.randint(0, 3)):
        blocks = doc.blocks
        if not blocks:
            break
        if rng.random() < 0.5:
            doc = doc.remove_blocks(rng.sample(blocks, rng.randint(1, max(1, len(blocks) // 3))), "menu")
        else:
            b = rng.choice(blocks)
            a = rng.randint(b.start, b.end)
            doc = doc.remove(a, rng.randint(a, min(len(doc.text), b.end + 40)), "share")
    return doc


def test_from_kept_is_from_text_of_the_kept_text_on_random_pages():
    rng = random.Random(18)
    for _ in range(3000):
        text = _random_text(rng) if rng.random() < 0.5 else "".join(
            rng.choice(PIECES) for _ in range(rng.randint(0, 40)))
        _same_fresh_document(text, rng)


def test_from_kept_is_from_text_of_the_kept_text_on_every_eval_page():
    if not EVAL.exists():
        pytest.skip("no shared evaluation data")
    rng = random.Random(18)
    for path in sorted(EVAL.glob("*.jsonl*")):
        opener = gzip.open if path.suffix == ".gz" else open
        with opener(path, "rt", encoding="utf-8") as fh:
            for raw in fh:
                case = json.loads(raw)
                if case["variant"] != "html":
                    _same_fresh_document(case["input"], rng)


def _stamped_by_the_old_rule(steps: list[tuple[str, object]], doc: Document) -> list[tuple[int, int, str, str]]:
    """The removals a pipeline of ``steps`` gives, stamped as it stamped them before removals
    carried their step's name (``FILTER_NAME``): every step run with no name set, then each
    removal it added that has no name given the step's (``Document.restamped``)."""
    for name, f in steps:
        before = len(doc.removals)
        token = d.FILTER_NAME.set("")
        try:
            out = f(doc)  # type: ignore[operator]
        finally:
            d.FILTER_NAME.reset(token)
        removals = out.removals[:before] + tuple(
            r if r.filter else d._new_removal(r.start, r.end, r.reason, name, r.text) for r in out.removals[before:])
        doc = dataclasses.replace(out, removals=removals)
    return [(r.start, r.end, r.reason, r.filter) for r in doc.removals]


def _random_step(rng: random.Random):
    """A step that removes in one of the ways steps do: whole blocks, blocks each for its reason,
    spans (over several lines, or removed text), a removal built by hand with no filter (as the
    HTML chrome step builds them), an inner pipeline of its own, or nothing."""
    kind = rng.randrange(6)
    seed = rng.random()

    def step(doc: Document) -> Document:
        pick = random.Random(seed)
        blocks = doc.blocks
        if not blocks:
            return doc
        if kind == 0:
            return doc.remove_blocks(pick.sample(blocks, pick.randint(1, len(blocks))), "menu")
        if kind == 1:
            return doc.remove_each([(b, pick.choice(["share", "footer"])) for b in blocks if pick.random() < 0.4])
        if kind == 2:
            a = pick.randint(0, len(doc.text))
            return doc.remove_spans([(a, pick.randint(a, len(doc.text)), "footer"), (max(0, a - 5), a + 3, "share")])
        if kind == 3:
            b = pick.choice(blocks)
            made = d.Removal(b.start, b.end, "chrome", "", doc.text[b.start:b.end])
            return dataclasses.replace(doc, removals=(*doc.removals, made)) if (b.start, b.end) not in {
                (r.start, r.end) for r in doc.removals} else doc
        if kind == 4:
            inner = Pipeline([("inner", lambda x: x.remove_blocks(x.blocks[:1], "navigation"))])
            return inner(doc)
        return doc

    return step


def test_removals_carry_their_steps_name_as_restamping_gave_it():
    rng = random.Random(18)
    for _ in range(1500):
        text = _random_text(rng)
        steps = [(f"s{i}", _random_step(rng)) for i in range(rng.randint(1, 5))]
        got = [(r.start, r.end, r.reason, r.filter) for r in Pipeline(steps)(Document.from_text(text)).removals]
        assert got == _stamped_by_the_old_rule(steps, Document.from_text(text)), text
    assert d.FILTER_NAME.get() == ""


def test_a_call_of_clean_inside_a_step_names_its_own_steps():
    def nested(doc: Document) -> Document:
        # the tags that open the kept text go after the pipeline, named "readback" (readback.read_back)
        inner = clean("Home\n<body><b>Note:</b> the page starts here, and so does this line.")
        assert [r.filter for r in inner.removed] == ["paragraphs", "readback"]
        return doc.remove_blocks(doc.blocks[:1], "menu")

    out = Pipeline([("outer", nested)])(Document.from_text("Share\nThe council met."))
    assert [(r.text, r.filter) for r in out.removals] == [("Share", "outer")]
    assert Document.from_text("Share").remove(0, 5, "share").removals[0].filter == ""  # no step runs


def test_fresh_blocks_fold_any_paragraph_as_fold_does():
    """``_fresh_blocks`` folds each paragraph inline (a trimmed line rarely needs it); paragraphs
    made by hand need not be trimmed, and each is still folded as ``fold`` folds it."""
    rng = random.Random(23)
    for _ in range(3000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 30)))
        a = rng.randint(0, len(text) - 1)
        paragraphs = (d.Paragraph(a, rng.randint(a + 1, len(text))), d.Paragraph(0, len(text)))
        blocks = d._fresh_blocks(text, paragraphs)
        assert [b.text for b in blocks] == [fold(text[p.start:p.end]) for p in paragraphs], repr(text)


def test_records_built_fast_are_of_their_class_and_frozen():
    """The records the hot paths build as plain objects and then give their class (split lines,
    fresh and rebuilt blocks, the recheck's document, removals, restamped removals) are exactly of
    that class: frozen, equal to and hashed as the constructor's, copied (a removal pickled) as it."""
    import copy
    import pickle

    doc = Document.from_text("Home\n\n  Trucks  came.\nShare it\nTweet")
    doc = doc.remove_blocks(doc.blocks[:1], "navigation").remove(25, 28, "share")
    doc = doc.restamped(0, "boilerplate")
    kept = Document.from_kept(doc)
    records = [*doc.paragraphs, *doc.blocks, *doc.removals, *kept.paragraphs, *kept.blocks]
    assert {type(r) for r in records} == {d.Paragraph, d.Block, d.Removal}
    for r in records:
        plain = type(r)(*(getattr(r, f.name) for f in dataclasses.fields(r) if f.init))
        assert r == plain and hash(r) == hash(plain) and repr(r) == repr(plain)
        assert copy.copy(r) == r
        if isinstance(r, d.Removal):  # a paragraph's empty hints are a mappingproxy, which pickle refuses
            assert pickle.loads(pickle.dumps(r)) == r
        with pytest.raises(dataclasses.FrozenInstanceError):
            r.start = 1  # type: ignore[misc]


def test_whole_blocks_removed_as_remove_removes_their_spans():
    """``remove_each`` and ``remove_blocks`` (``Document._remove_whole``) make the removals and
    blocks that :meth:`Document._remove` makes of the blocks' spans: blocks in order or not,
    repeated, rebuilt in pieces, starting on white space, with spans of ``facts.kept`` in them."""
    rng = random.Random(31)
    for _ in range(3000):
        text = _random_text(rng)
        doc = Document.from_text(text)
        if rng.random() < 0.2 and text:
            a = rng.randint(0, len(text))
            doc = doc.with_facts(kept=((a, rng.randint(a, len(text))),))
        for _ in range(rng.randint(1, 3)):
            blocks = doc.blocks
            if not blocks:
                break
            if rng.random() < 0.4:  # a removal inside a block: rebuilt in pieces
                b = rng.choice(blocks)
                a = rng.randint(b.start, b.end)
                doc = doc.remove(a, rng.randint(a, b.end), "share")
                continue
            chosen = rng.sample(blocks, rng.randint(1, len(blocks)))
            if rng.random() < 0.6:
                chosen.sort(key=lambda b: b.index)
            if rng.random() < 0.1:
                chosen.append(chosen[0])
            pairs = [(b, rng.choice(["menu", "share"])) for b in chosen]
            plain = doc._remove((b.start, b.end, reason, b.index) for b, reason in pairs)
            fast = doc.remove_each(pairs)
            assert fast.removals == plain.removals and [r.filter for r in fast.removals] == [
                r.filter for r in plain.removals], (text, pairs)
            assert _fields(fast.blocks) == _fields(plain.blocks) == _one_by_one(fast)
            same = doc.remove_blocks(chosen, "menu")
            assert same.removals == doc._remove((b.start, b.end, "menu", b.index) for b in chosen).removals
            doc = fast


def test_blocks_removed_whole_in_a_chain_are_the_blocks_read_afresh():
    """Whole blocks removed one call after another with the blocks not read between (the removed
    ones dropped without their span test, ``Document._rebuilt``'s ``gone``), blocks of an older
    document and of a later one (part of its paragraph removed there only) passed in, and parts
    of blocks removed between: the blocks are the plain ones."""
    rng = random.Random(41)
    for _ in range(3000):
        text = _random_text(rng)
        doc = Document.from_text(text)
        older = doc.blocks
        for _ in range(rng.randint(1, 4)):
            kind = rng.random()
            if kind < 0.5 and older:
                chosen = sorted(rng.sample(older, rng.randint(1, len(older))), key=lambda b: b.index)
                doc = doc.remove_each([(b, "menu") for b in chosen])
            elif kind < 0.7 and older:
                b = rng.choice(older)
                a = rng.randint(b.start, b.end)
                doc = doc.remove(a, rng.randint(a, b.end), "share")
            elif kind < 0.85 and older:  # a block of a later document, handed to this one
                b = rng.choice(older)
                a = rng.randint(b.start, b.end)
                later = doc.remove(a, rng.randint(a, b.end), "share").blocks
                if later:
                    doc = doc.remove_blocks([rng.choice(later)], "menu")
            else:
                older = doc.blocks
        assert _fields(doc.blocks) == _one_by_one(doc), (text, doc.removals)


def test_odd_spaces_are_every_space_split_cuts_at_but_the_space_and_line_break():
    import sys
    spaces = {chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()}
    assert set(d._ODD_SPACES) == spaces - {" ", "\n"} and len(d._ODD_SPACES) == len(set(d._ODD_SPACES))


def test_a_plainly_spaced_page_has_its_lines_folded_already():
    """_fresh_blocks leaves the lines of a plainly spaced page as split_paragraphs cut them
    (_unfolded_by finds nothing): each is what fold gives, on random pages and every eval page."""
    rng = random.Random(31)
    pages = ["\n".join(" ".join(rng.choice(["Aid", "a", "", "é", "\u200b", "\u00ad"]) for _ in range(rng.randint(0, 6)))
                       for _ in range(rng.randint(0, 8))) for _ in range(2000)]
    pages += ["".join(rng.choice(PIECES) for _ in range(rng.randint(0, 30))) for _ in range(5000)]
    pages += ["\n".join(_eval_lines()[i:i + 200]) for i in range(0, len(_eval_lines()), 200)]
    for text in pages:
        doc = Document.from_text(text)
        assert [b.text for b in doc.blocks] == [fold(text[p.start:p.end]) for p in doc.paragraphs], repr(text)
        if not d._unfolded_by(text, False):
            assert all(fold(line) == line for line in d._split_lines(text)[1]), repr(text)


def test_odd_spaces_are_not_printable():
    """What note_printable rests on: a text printable but for its line breaks holds no odd space."""
    assert not any(space.isprintable() for space in d._ODD_SPACES)


def _noted_and_plain(text: str) -> None:
    """Repair ``text`` in a page memo; where the unicode step notes its text printable, the note is
    true of that text, and the odd spaces and blocks read with the note are the ones read without."""
    from newsclean.filters.unicode import repair
    with page_features():
        out = repair(Document.from_text(text))
        noted = d.noted_printable(out.text)
        found = d._unfolded_by(out.text, False), d._unfolded_by(out.text, True)
        blocks = _fields(out.blocks)
    if noted:
        assert out.text.replace("\n", " ").isprintable(), repr(text)
        assert found == (d._unfolded_by(out.text, False), d._unfolded_by(out.text, True)), repr(text)
        # the same document's blocks read afresh with no memo open (so with no note)
        assert blocks == _fields(dataclasses.replace(out).blocks), repr(text)


def test_noted_printable_text_reads_as_the_plain_scans_on_random_texts():
    rng = random.Random(34)
    pieces = [*PIECES, "Caf\u00c3\u00a9", "&amp;", "\ud800", "e\u0301", "Œ", "\ufffc", "\u2009\u00a0"]
    for _ in range(4000):
        _noted_and_plain("".join(rng.choice(pieces) for _ in range(rng.randint(0, 30))))
    for text in ROWS:
        _noted_and_plain(text)


def test_noted_printable_text_reads_as_the_plain_scans_on_eval_pages():
    from .conftest import eval_cases
    for case in eval_cases():
        if case["variant"] != "html":  # the text forms (an HTML page is read by the HTML reader first)
            _noted_and_plain(case["input"])


def test_a_note_is_read_for_its_own_text_only():
    """An equal string that is not the noted one, and any text once the memo is closed, are scanned."""
    page = "".join(["Aid", "\u00a0", "arrives"])[:3] + " arrives"  # made at run time: not a literal's object
    twin = "Aid" + " arrives" * (len(page) > 0)
    assert page == twin and page is not twin
    with page_features():
        d.note_printable(page)
        assert d.noted_printable(page) and not d.noted_printable(twin)
    assert not d.noted_printable(page)


def test_surrogates_are_not_printable():
    """What ``Result.from_document(doc, printable=True)`` rests on: a text noted printable holds no surrogate."""
    assert not any(chr(c).isprintable() for c in range(0xD800, 0xE000))


def test_a_result_of_a_noted_text_is_the_one_searched_for_surrogates(monkeypatch):
    """``clean`` skips the search of the text it returns for surrogates where that text was noted printable; on
    random texts (lone surrogates among their pieces) and a slice of the evaluation pages the result is the
    one made with the search."""
    import newsclean.api as api
    rng = random.Random(36)
    pieces = [*PIECES, "\ud800", "\udfff", "Caf\u00c3\u00a9", "“quoted”", "Home\n", "The council met on Monday."]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 40))) for _ in range(1500)]
    from .conftest import eval_cases
    texts += [case["input"] for n, case in enumerate(eval_cases()) if n % 25 == 0 and case["variant"] != "html"]
    fast = [clean(text) for text in texts]
    monkeypatch.setattr(api, "noted_printable", lambda text: False)
    for text, result in zip(texts, fast, strict=True):
        plain = clean(text)
        assert (result.text, result.source, result.removed, result.metadata) == \
            (plain.text, plain.source, plain.removed, plain.metadata), repr(text)
