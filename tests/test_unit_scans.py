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

import pytest

from newsclean.filters import segment
from newsclean.layout import line_joins, line_sentences, page_units
from newsclean.sentences import SENTENCE_BREAK

from .conftest import eval_cases
from .test_fast_paths import LINES

# (pattern, its opening, the offsets from an opening's start where a match may start)
_SCANS = {
    "sentence_break": (SENTENCE_BREAK, line_sentences._BREAK_AT, (1,)),
    "after_mark": (line_sentences._AFTER_MARK, line_sentences._AFTER_MARK_AT, (0, 1)),
    "toggle_after": (line_sentences._TOGGLE_AFTER, line_sentences._TOGGLE_AFTER_AT, (0,)),
    "notice": (page_units._NOTICE, page_units._NOTICE_AT, (0,)),
    "next_link": (page_units._NEXT_LINK, page_units._NEXT_LINK_AT, (2,)),
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
    assert ([m.span() for m in line_sentences.matches_at(pattern, opening, s, start, end, offsets)]
            == [m.span() for m in pattern.finditer(s, start, end)]), (name, s[start:end][:200])


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
