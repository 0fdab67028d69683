"""The line filters' shortcuts answer what their plain rules answer (issue 18): a cheap test
that lets a line skip a date or lexicon pattern never skips a line the pattern reads, on a
table of lines, on random strings and on every line of the eval pages."""

from __future__ import annotations

import functools
import random
import re

import pytest

from newsclean import dates
from newsclean.filters import dateline

from .conftest import eval_cases

# Lines the shortcuts tell apart: datelines of every form, relative dates, times, digits of
# other scripts, prose with and without years.
DATE_LINES = [
    "Published: 21/03/2016 10:02",
    "Mon Mar 21, 2016 16:25:32",
    "[January 05, 2008]",
    "Updated 2 hours ago",
    "2 hours ago",
    "Updated: 10:02 GMT",
    "21 de marzo de 2016",
    "Veröffentlicht am 21. März 2016, 10:02 Uhr",
    "2016-03-21T16:25:32Z",
    "2016/3/21",
    "Dec. 6, 2024, 10:00 PM UTC / Updated Dec. 7, 2024",
    "٢١/٠٣/٢٠١٦",
    "21/03/２０１６",
    "March 21, 16",
    "It rained on March 21, 2016 in Aleppo.",
    "Oct 18, 2019 · 8 min read",
    "by Jane Doe July 10, 2015",
    "The army said it had repelled the attack.",
    "",
    "2019",
    "201",
]


@functools.cache
def _page_lines() -> list[str]:
    """Every line of the eval pages (page form), and random strings of date pieces."""
    rng = random.Random(20261205)
    pieces = ["1", "20", "2016", "٢٠١٦", "２０", "/", "-", ".", ":", " ", "March", "Mar.", "21st", "ago", "hours",
              "Updated", "Published:", "at", "pm", "GMT", ",", "[", "]", "de", "x"]
    lines = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 8))) for _ in range(20_000)]
    lines += DATE_LINES
    lines += [line for case in eval_cases() if case.get("variant") == "page" for line in case["input"].splitlines()]
    return lines


# dates._YEAR's plain spelling, before it was written "\d\d{3}".
_PLAIN_YEAR = re.compile(r"\d{4}")


def _plain_date_line(line: str) -> dates.DateMatch | None:
    """:func:`dates.date_line` with ``_LINE`` tried on every line that passes the digit test."""
    gate = dates.holds_year
    try:
        dates.holds_year = lambda text: True  # type: ignore[assignment]
        return dates.date_line.__wrapped__(line)
    finally:
        dates.holds_year = gate  # type: ignore[assignment]


@pytest.mark.parametrize("line", DATE_LINES)
def test_date_line_with_the_year_test_reads_as_before(line):
    assert dates.date_line.__wrapped__(line) == _plain_date_line(line)


def test_year_test_passes_every_line_a_date_pattern_reads():
    """A line that ``_LINE`` reads whole, or in which ``_FIND`` finds a date, holds a year as
    :func:`dates.holds_year` tells it (and as ``\\d{4}`` does)."""
    read = 0
    for line in _page_lines():
        assert dates.holds_year(line) == (_PLAIN_YEAR.search(line) is not None), line
        if dates.holds_year(line):
            continue
        stripped = line.strip()
        assert dates._LINE.fullmatch(stripped) is None, line
        assert dates._LINE.fullmatch(stripped[1:-1].strip()) is None, line
        assert next(dates._FIND.finditer(line), None) is None, line
        read += 1
    assert read > 10_000


def test_meta_dates_with_the_year_test_first_read_as_before():
    """``dateline._meta_dates`` tests the year before the word count and the sentence end:
    the same dates, as a line without a year has none."""
    def plain(line: str) -> tuple[dates.DateMatch, ...]:
        if len(line.split(None, dateline._META_WORDS)) > dateline._META_WORDS or dateline._PROSE_END.search(line):
            return ()
        return tuple(dateline.DateMatch(d.raw, d.value, d.ambiguous, d.start, d.end,
                                        "updated" if dateline._UPDATED.search(line, 0, d.start) else "published")
                     for d in dates.find_dates(line) if d.value is not None)

    for line in _page_lines():
        if not dates.holds_year(line):  # the lines with a year are read by the same code either way
            assert plain(line) == (), line
    for line in DATE_LINES:
        assert dateline._meta_dates.__wrapped__(line) == plain(line), line


def test_wire_credit_lines_read_by_their_heads_as_by_the_pattern():
    """``wire._TRAILER`` (an Alternatives) full-matches every line as its whole pattern does."""
    from newsclean.filters import wire
    lines = [*_page_lines(), "(Reporting by Jane Doe; Editing by John Roe)", "  -- Compiled by Planet staff",
             "[Additional reporting by Ann Lee]", "Reporting by jane doe", "REPORTING BY JANE DOE"]
    found = 0
    for line in lines:
        fast, full = wire._TRAILER.fullmatch(line), wire._TRAILER.pattern.fullmatch(line)
        assert (fast is None) == (full is None), line
        found += full is not None
    assert found >= 4
