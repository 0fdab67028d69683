"""Date lines and the dates inside them, including the relative forms pages print."""

from __future__ import annotations

import datetime as dt

import pytest

from newsclean import dates
from newsclean.dates import date_line, find_dates, parse_date, relative_dates


@pytest.mark.parametrize(("line", "kind"), [
    ("3 hours ago", "published"),
    ("32M ago", "published"),
    ("1H ago", "published"),
    ("2 days ago at 07:52 am", "published"),
    ("Updated 2 hours ago", "updated"),
    ("Updated 5:02 PM ET", "updated"),
])
def test_relative_date_lines_have_no_value(line, kind):
    d = date_line(line)
    assert d is not None and d.value is None and d.kind == kind


@pytest.mark.parametrize(("line", "day"), [
    ("[January 05, 2008]", dt.date(2008, 1, 5)),  # press-release pages print the day in brackets
    ("[ 21/03/2016 ]", dt.date(2016, 3, 21)),
])
def test_a_date_in_brackets_is_a_date_line(line, day):
    d = date_line(line)
    assert d is not None and d.value.date() == day


@pytest.mark.parametrize("line", [
    "[1] See the notes below, 2008",  # a note's mark, not a date
    "32 Main Street ago",
    "He left 3 hours ago and has not come back since then.",
    "2 days",
])
def test_not_date_lines(line):
    assert date_line(line) is None


@pytest.mark.parametrize(("text", "value"), [
    ("Mon Mar 21, 2016 16:25:32", dt.datetime(2016, 3, 21, 16, 25, 32)),
    ("24 novembre 2017 à 18:42", dt.datetime(2017, 11, 24, 18, 42)),
    ("21.03.2016", dt.datetime(2016, 3, 21)),
])
def test_parse_date(text, value):
    assert parse_date(text).value == value


def test_find_dates_in_a_meta_line():
    found = find_dates("Dec. 6, 2024, 10:00 PM UTC / Updated Dec. 7, 2024")
    assert [d.value.day for d in found] == [6, 7]


@pytest.mark.parametrize(("text", "found"), [
    ("Kenya vote 14 hours ago Kenya's parliament met.", ["14 hours ago"]),
    ("Posted 2 hours, 23 minutes ago by staff", ["2 hours, 23 minutes ago"]),
    ("an hour ago and 3 days ago", ["an hour ago", "3 days ago"]),
    ("The agony of the ages", []),
    ("Chicago 5 days ago", ["5 days ago"]),
    ("rain2 days ago", []),  # glued to a word: no date
    # the first of two units is any of the language's units (newsclean/languages: relative_units)
    ("Updated 1 day, 4 hrs ago", ["1 day, 4 hrs ago"]),
    ("Posted 10 min 5 minutes ago", ["10 min 5 minutes ago"]),
    ("Asked 5 seconds, 2 minutes ago", ["2 minutes ago"]),  # seconds open no two-unit date
])
def test_relative_dates_in_text(text, found):
    assert [d.raw for d in relative_dates(text)] == found
    assert all(d.value is None for d in relative_dates(text))


def _by_find(text):
    """parse_date as it reads a text without the ISO fast path: the full pattern."""
    m = dates._FIND.fullmatch(text.strip())
    return dates._build(m) if m else None


# The ISO forms markup writes (read by dates._ISO), their edges (a bad day, hour or zone, a year out of
# range) and forms next to them that only _FIND reads (lower-case "t", a zone after a space, a zone by name).
@pytest.mark.parametrize("text", [
    "2016-03-21T16:25:32+02:00", "2016-03-21T16:25:32-05:00", "2015-03-27T13:07:55Z",
    "2015-03-27T13:07:55.096Z", "2016-03-21T16:25:32+0200", "2016-03-21 16:25:32", "2016-03-21",
    " 2016-03-21T16:25:32.123456 ", "2016-03-21T16:25", "2016-03-21T9:05Z", "2016-03-21T16:25+0530",
    "2016-03-21T16:25:32+15:00", "2016-02-30", "2016-13-01", "2016-03-21T24:00:00", "2016-03-21T16:60",
    "1700-03-21", "2016-03-21 16:25:32+02:00", "2016-03-21t16:25:32z", "2016-03-21 16:25:32 UTC",
    "2016-03-21T16:25:32 +02:00", "2016-03-21T16.25", "2016-03-21T16:25:32.Z", "2016-03-21T",
    "2016-03-21T16:25:32+02", "٢٠١٦-٠٣-٢١", "2016-03-21 4:25 pm", "20160321",
])
def test_iso_fast_path_reads_as_the_full_pattern(text):
    assert dates.parse_date(text) == _by_find(text)


@pytest.mark.parametrize("text", [
    "", "No date here", "From 1 May 2015 to June 2, 2016.", "Mon Mar 21, 2016 16:25:32 and 2016-03-22",
    "Top 10 films of 2019", "03/04/2016 then 31/02/2016 then 2016-02-30 then 1 May 2015",
    "Aid Arrives in Efrin AFP Mon Mar 21, 2016 16:25 Trucks came. Tuesday, 22 March 2016",
])
def test_iter_dates_gives_find_dates_one_at_a_time(text):
    """iter_dates yields what find_dates lists (the dates _FIND finds that read as one, in order),
    and the first date without the rest read (head_breaks reads only the first)."""
    plain = [d for m in dates._FIND.finditer(text) if (d := dates._build(m)) is not None]
    assert list(dates.iter_dates(text)) == find_dates(text) == plain
    assert next(dates.iter_dates(text), None) == (plain[0] if plain else None)
