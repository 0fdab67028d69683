"""The scans that read a folded line for its units skip work without changing a match (issue 18
point 4): a pattern that opens with a look-behind is tried only where a cheap opening found by the
standard library's ``re`` may start it (:func:`~newsclean.layout.line_sentences.matches_at`), and a
scan is skipped where a quick search finds nothing every one of its matches holds (a slide's
number and total, a blob's brace), and a text's lines are read one by one for a long one only
where its longest line is long enough. Each is checked against the plain code it replaced, on a
table, on every text of the shared evaluation data and on random strings."""

from __future__ import annotations

import functools
import random
import re

import pytest

from newsclean.filters import segment
from newsclean.layout import line_joins, line_sentences, page_units
from newsclean.sentences import SENTENCE_BREAK

from .conftest import eval_cases
from .test_fast_paths import LINES

# (pattern, its opening, the offsets from an opening's start where a match may start); an opening given
# as words is the spaces before them (line_sentences.matches_after_words)
_SCANS = {
    "sentence_break": (SENTENCE_BREAK, line_sentences._BREAK_AT, (0,)),
    "after_mark": (line_sentences._AFTER_MARK, line_sentences._AFTER_MARK_WORDS, (0, 1)),
    "after_mark_at": (line_sentences._AFTER_MARK, line_sentences._AFTER_MARK_AT, (0, 1)),
    "toggle_after": (line_sentences._TOGGLE_AFTER, line_sentences._TOGGLE_WORDS, (0,)),
    "notice": (page_units._NOTICE, page_units._NOTICE_WORDS, (0,)),
    "notice_at": (page_units._NOTICE, page_units._NOTICE_AT, (0,)),
    "next_link": (page_units._NEXT_LINK, page_units._NEXT_LINK_AT, (1,)),
}

_TABLE = [
    *LINES,
    "Mr. Salama spoke. The army left the town. 219-11",
    'He said: "We won." 3 died. (AP Photo/Jane Doe) Sales fell.',
    "It ended. less Photo 2 of 9 Rain fell. more The talks began.",
    "Jane Doe, left, meets Tom Roe. less Jane Doe, left... more Photo: AP",
    "He left. © 2019 Associated Press. All rights reserved.",
    "It may arrive in the future. - Next Auto News 2020 Mini JCW GP is a 300HP monster hatch",
    "The vote is set.” Previous Post - Council approves the budget",
    "Deals in pictures 1/5 Rates fall Banks cut. AP 2/5 Shares rise They did. 3/5 Oil drops Yes.",
    "Photo: Jane Doe, AP Mayor Quits 1 / 8 Back to Gallery HANOI (AP) — The mayor quit.",
    'Body one. Body two. x=[{"a": 1}] string(12) "[{"a":"b c"}]" {"id": 2}',
]

# Pieces of random strings: the marks and words the patterns read, and a little else.
_PIECES = [" ", " ", ".", "!", "?", "…", "”", "\"", "'", ")", "]", "(", "“", "«", "-", "—", "|", "©", "/", "\n",
           "less", "more", "Photo", "Image", "Slide", "2", "9", "12", "of", "A", "x", "Next", "Previous Post",
           "next article", "Back to Gallery", "{", "[", "\"id\":", "string(4) \"", ". ", "。", "É"]


def _random_spans(seed: int, count: int):
    rng = random.Random(seed)
    for _ in range(count):
        s = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 18)))
        start = rng.randint(0, len(s))
        yield s, start, rng.randint(start, len(s))


@functools.cache
def _eval_texts() -> tuple[str, ...]:
    """The text inputs of the shared evaluation data (none when it is not beside the repo)."""
    return tuple(case["input"] for case in eval_cases() if case.get("variant") != "html")


def _same(name: str, s: str, start: int, end: int) -> None:
    pattern, opening, offsets = _SCANS[name]
    found = (line_sentences.matches_after_words(pattern, opening, s, start, end, offsets) if isinstance(opening, tuple)
             else line_sentences.matches_at(pattern, opening, s, start, end, offsets))
    assert [m.span() for m in found] == [m.span() for m in pattern.finditer(s, start, end)], (name, s[start:end][:200])


def test_words_found_by_str_find_are_plain_literals():
    """matches_after_words finds its words by str.find: each is written with literal characters only, as
    the opening pattern (``\\x20(?=word|...)``) reads them."""
    for words in (line_sentences._AFTER_MARK_WORDS, line_sentences._TOGGLE_WORDS, page_units._NOTICE_WORDS):
        assert words and all(w and re.escape(w) == w for w in words), words


def test_words_openings_at_any_bounds():
    """matches_after_words at bounds of any kind (below zero, past the end, reversed) gives finditer's matches."""
    rng = random.Random(27)
    for s, _, _ in _random_spans(27, 3_000):
        a, b = rng.randint(-len(s) - 2, len(s) + 2), rng.randint(-len(s) - 2, len(s) + 2)
        for name in ("after_mark", "toggle_after", "notice"):
            _same(name, s, a, b)


@pytest.mark.parametrize("name", _SCANS)
def test_openings_find_every_match_on_the_table(name):
    for s in _TABLE:
        for start in range(min(len(s), 12) + 1):  # a match at the span's start after a space before it too
            _same(name, s, start, len(s))


@pytest.mark.parametrize("name", _SCANS)
def test_openings_find_every_match_on_random_strings(name):
    for s, start, end in _random_spans(18, 20_000):
        _same(name, s, start, end)


@pytest.mark.parametrize("name", _SCANS)
def test_openings_find_every_match_in_the_evaluation_texts(name):
    for s in _eval_texts():
        _same(name, s, 0, len(s))


def _plain_slides(text: str, start: int, end: int) -> tuple[list[int], list[int]]:
    """slide_counters and gallery_exits as they were: every span scanned with their patterns."""
    out: list[int] = []
    chain: list[int] = []
    last = (0, 0)
    for m in page_units._COUNTER.finditer(text, start, end):
        number, total = int(m.group(1)), int(m.group(2))
        if not 0 < number <= total or total < page_units._MIN_SLIDES:
            continue
        if total != last[1] or number <= last[0]:
            if len(chain) >= page_units._MIN_SLIDES:
                out.extend(chain)
            chain = []
        chain.append(m.start() - 1)
        last = (number, total)
    if len(chain) >= page_units._MIN_SLIDES:
        out.extend(chain)
    exits: list[int] = []
    for m in page_units._GALLERY_EXIT.finditer(text, start, end):
        exits.append(m.start() - 1)
        if m.end() < end:
            exits.append(m.end())
    return out, exits


def _prechecks_hold(s: str, start: int, end: int) -> None:
    if page_units._COUNTED.search(s, start, end) is None:
        assert page_units._COUNTER.search(s, start, end) is None, s
        assert page_units._GALLERY_EXIT.search(s, start, end) is None, s
    assert (page_units.slide_counters(s, start, end), page_units.gallery_exits(s, start, end)) == _plain_slides(
        s, start, end), s
    blob = line_joins.BLOB.search(s, start, end)
    stop = page_units._blob_stop(s, start, end)
    if blob is None:
        assert stop == (end, False), s
    else:
        assert stop == (max(start, s.rfind(" ", start, blob.start()) + 1), True), s


def test_counter_and_blob_prechecks_on_the_table():
    for s in _TABLE:
        for start in range(min(len(s), 12) + 1):
            _prechecks_hold(s, start, len(s))


def test_counter_and_blob_prechecks_on_random_strings():
    for s, start, end in _random_spans(19, 20_000):
        _prechecks_hold(s, start, end)


def test_counter_and_blob_prechecks_in_the_evaluation_texts():
    for s in _eval_texts():
        _prechecks_hold(s, 0, len(s))


def test_blob_alternatives_hold_a_brace_or_a_serialized_string():
    """_blob_stop skips BLOB where the span holds neither "{" nor "string(": each alternative of the
    pattern holds one of them as a literal (checked on the pattern's text, so a new one is seen)."""
    assert all("string\\(" in a or "\\{" in a for a in line_joins.BLOB.pattern.split("|"))



def _plain_long_lines(text: str) -> list[tuple[int, int, bool]]:
    """segment._long_lines as it read every line."""
    total = len(text) - text.count(" ") - text.count("\n")
    out, pos = [], 0
    for line in text.split("\n"):
        nl = pos + len(line)
        chars = len(line) - line.count(" ")
        if nl - pos >= segment._LONG and (chars >= segment._SHARE * total or (
                chars >= segment._PROSE_SHARE * total
                and len(line_sentences.sentence_breaks(text, pos, nl)) >= segment._PROSE_SENTENCES)):
            out.append((pos, nl, True))
        elif nl - pos >= segment._PAGE_CHARS:
            out.append((pos, nl, False))
        pos = nl + 1
    return out


def _lines_read_as_before(text: str) -> None:
    assert segment._long_lines(text) == _plain_long_lines(text), text[:200]
    # the lines given: _folded_lines reads them without its quick test for a long line
    assert segment._folded_lines(text) == segment._folded_lines(text, segment._text_lines(text)), text[:200]


_LINED = [
    "", "\n", " " * 250, "x" * 199 + "\n" + "y" * 10, "x" * 200 + "\n" + "y " * 40, "word " * 700,
    ("word " * 60 + "\n") * 3, "Home\nNews\n" + "The council met. " * 30, "\n".join(["The council met."] * 60),
    ("Home News Sport Weather " * 12 + "\nBy Staff\n" + "The council approved the budget on Monday. " * 12
     + "Copyright Herald " + "Home News Sport Weather " * 12),
]


def test_long_lines_on_the_table():
    for text in _LINED:
        _lines_read_as_before(text)


def test_long_lines_in_the_evaluation_texts():
    for text in _eval_texts():
        _lines_read_as_before(text)


def test_long_lines_on_random_texts():
    rng = random.Random(22)
    pieces = ["word ", "The council met. ", " ", "\n", "\n\n", "x" * 120, "Home News Sport Weather " * 4]
    for _ in range(3_000):
        _lines_read_as_before("".join(rng.choice(pieces) for _ in range(rng.randint(0, 40))))


def test_label_openings_on_the_units_of_the_evaluation_texts():
    """head_units.label_openings tries its labels on a unit's words at once before reading them
    one by one: the same labels, on every sentence of the long lines of the evaluation texts."""
    from newsclean.layout import head_units

    from .test_segment_fast import _plain_label_openings
    for text in _eval_texts():
        for start, end, _ in segment._long_lines(text):
            breaks = line_sentences.sentence_breaks(text, start, end)
            for a, b in zip([start - 1, *breaks], [*breaks, end], strict=True):
                assert head_units.label_openings(text, a + 1, b) == _plain_label_openings(text, a + 1, b), text[a:b]


def _plain_line_cuts(text: str, start: int, end: int, whole: bool):
    """segment._line_cuts as it read the headline printed again on every line, before its use."""
    from newsclean.layout.head_units import share_labels
    from newsclean.layout.title_copies import opening_headline
    found, structured, stop = page_units.units(text, start, end)
    starts = [start, *(i + 1 for i in found)]
    page = None if whole else page_units.article(text, start, stop, found)
    if not whole and (page is None or not page.page):
        return None
    long_run = text.count(" ", start, end) >= segment._NO_STRUCTURE_WORDS or end - start >= segment._NO_STRUCTURE_CHARS
    unsplit = len(found) < 2 and long_run
    headless = page is None or page.headline is None
    copy = opening_headline(text, start, stop, starts) if found and headless else None
    if copy is not None and found[-1] <= copy[1]:
        copy = None
    if page is None:
        page = page_units.article(text, start, stop, found)
    shares = share_labels(text, start, stop, found) if len(found) >= segment._MIN_SENTENCE_BREAKS and (
        page is None or not page.page) else []
    if shares:
        found = sorted(set(found).union(shares))
        structured = True
    if (not structured and copy is None and end - start < segment._PAGE_CHARS and (page is None or not page.page)
            and not segment._furnished(text, start, stop, found)):
        return [], [], unsplit
    breaks = list(found)
    furniture: list[tuple[int, int, str]] = []
    if copy is not None and (page is None or page.headline is None):
        breaks.extend(i for i in (copy[0] - 1, copy[1], copy[2]) if start < i < end and text[i] == " ")
    if page is not None:
        found, furniture = segment._page_cuts(text, start, end, page, stop)
        breaks += found
    return line_sentences.whole_printings(text, start, stop, breaks), furniture, unsplit


_FOLDED_LINES = [
    "Aid Arrives in Efrin - Herald Home Jan 5 Aid Arrives in Efrin Trucks came. They left. " * 3,
    "He says residents should take care. Copyright 2008 The Associated Press. All rights reserved. " * 3,
    "This is a test. This is a test of the copy finder. It works. " * 5,
    ("Home News Sport Weather Business Politics Travel Culture Jobs Cars " * 4 + "Budget Passes "
     + "The council approved the budget on Monday after a long debate. " * 12 + "Home News Sport Weather " * 4),
]


def test_line_cuts_read_the_copy_where_used():
    """segment._line_cuts reads the headline printed again only where its answer is used: the
    same cuts as reading it first, on a table and on every long line of the evaluation texts."""
    texts = [*_FOLDED_LINES, *_eval_texts()]
    for text in texts:
        for start, end, whole in segment._long_lines(text):
            for w in {whole, True}:
                assert segment._line_cuts(text, start, end, w) == _plain_line_cuts(text, start, end, w), text[:200]


def _plain_page_lines(doc):
    """segment.page_lines as it read every block without its data scripts."""
    from newsclean.layout.dataview import without_data_scripts
    blocks = doc.blocks
    body = "\n".join(without_data_scripts(b.text) for b in blocks)
    out, line, pos = [], 0, 0
    for start, end, whole in segment._long_lines(body):
        line += body.count("\n", pos, start)
        pos = start
        found, structured, stop = page_units.units(body, start, end)
        if found:
            cut = structured or end - start >= segment._PAGE_CHARS or segment._page_shaped(body, start, stop, found)
        else:
            cut = bool((segment._line_cuts(body, start, end, whole) or ((),))[0])
        if cut:
            out.append((blocks[line].start, blocks[line].end))
    return tuple(out)


def test_page_lines_skip_the_script_reading_where_no_markup_stands():
    """page_lines reads each block for data scripts only where the text holds a "<" (a script
    element's opening): the same lines, on texts with and without one, and a block without "<"
    is its own reading."""
    from newsclean.document import Document
    from newsclean.filters.paragraphs import paragraphs
    from newsclean.layout.dataview import without_data_scripts
    menu = "\n".join(["Home", "News", "Sport", "Weather", "Contact"] * 8)
    line = "Home News Sport World Business Council Approves Budget The council approved it. " * 3
    script = '<script type="application/ld+json">{"a": 1}</script>'
    for text in (menu + "\n" + line, menu + "\n" + script + line, menu + "\n" + line + "<b>x</b> " + line, line):
        doc = paragraphs(segment.segment(Document.from_text(text)))
        assert segment.page_lines(doc) == _plain_page_lines(doc), text
    for text in _TABLE:
        if "<" not in text:
            assert without_data_scripts(text) == text


def test_page_lines_read_the_documents_body():
    """page_lines reads the text of the kept blocks as the document's body (``Document.body``,
    read once a document; the caller reads it again) where it joined the blocks' texts itself: the
    same string after the pipeline's removals, and the same lines, on every fifth evaluation text."""
    from newsclean.defaults import DEFAULT
    from newsclean.document import Document
    from newsclean.memo import page_features
    for text in _eval_texts()[::5]:
        with page_features():
            doc = DEFAULT(Document.from_text(text))
            assert doc.body() == "\n".join(b.text for b in doc.blocks)
            assert segment.page_lines(doc) == _plain_page_lines(doc), text[:200]


# The lines the join step's prechecks look for, as they were read: a pattern over each line.
_OPERATOR_CLASS = "[" + "".join(re.escape(c) for c in sorted(line_joins._OPERATORS)) + "]"
_PLAIN_OPERATOR_LINE = re.compile(rf"^[^\S\n]*(?:{_OPERATOR_CLASS}\S?|\S{_OPERATOR_CLASS})[^\S\n]*$", re.MULTILINE)


_PLAIN_SHORT_LINE = re.compile(r"^[^\S\n]*(\S(?:[^\n]?\S)?)[^\S\n]*$", re.MULTILINE)
_PLAIN_NUMBER_LINE = re.compile(r"^\d{1,3}\n", re.MULTILINE)


def _join_prechecks_hold(text: str) -> None:
    short = line_joins.short_lines(text)
    assert [line.strip() for line in short] == _PLAIN_SHORT_LINE.findall(text), text[:200]
    if _PLAIN_OPERATOR_LINE.search(text) is not None:
        assert any(not line_joins._OPERATORS.isdisjoint(line) for line in short), text[:200]
    if _PLAIN_NUMBER_LINE.search(text) is not None:
        assert any(line.isdecimal() for line in short), text[:200]
    if line_joins._TOGGLE_LINE.match(text) is None and line_joins._TOGGLE_NEXT_LINE.search(text) is None:
        assert not any(line_joins._TOGGLE.fullmatch(line.strip()) for line in text.split("\n")), text[:200]


def test_join_prechecks_in_the_evaluation_texts():
    """line_joins.formula_joins and toggle_joins look for a line of a formula's operator or a
    caption's toggle with patterns that skip from one line break to the next: the same lines as
    reading each line (``^...$``, a strip and a full match), on every evaluation text."""
    for text in _eval_texts():
        _join_prechecks_hold(text)


def test_join_prechecks_on_random_texts():
    rng = random.Random(23)
    pieces = ["x", "=", "+", "−", "ab", "a=", " ", "\u00a0", "\t", "\r", "", "1", "≠ ", "the sum", ",", "less",
              "more", "...", "…", " more", "... more", "Less", "mores", "\n", "\n\n"]
    for _ in range(20_000):
        _join_prechecks_hold("\n".join("".join(rng.choice(pieces) for _ in range(rng.randint(0, 3)))
                                       for _ in range(rng.randint(1, 8))))
