"""Find and read the dates news pages print.

Handles the forms pages use (month names and relative dates in every language of
:mod:`newsclean.languages`), ISO 8601, and numeric dates. A numeric date whose day and month
could be swapped (``03/04/2016``) is never guessed: it comes back with ``value=None`` and
``ambiguous=True``, its raw text kept.

>>> parse_date("Mon Mar 21, 2016 16:25:32").value
datetime.datetime(2016, 3, 21, 16, 25, 32)
>>> parse_date("2016-03-21T16:25:32Z").value.isoformat()
'2016-03-21T16:25:32+00:00'
>>> parse_date("03/04/2016").ambiguous
True
>>> date_line("Published: 21/03/2016 10:02").value
datetime.datetime(2016, 3, 21, 10, 2)
>>> date_line("It rained on March 21, 2016 in Aleppo.") is None
True
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

import regex

from .alternatives import lowered_as_matched, matches_at_places
from .lexicon import (
    DATE_LINKS,
    DATE_PREFIXES,
    DAY_LINKS,
    MONTHS,
    ORDINAL_SUFFIXES,
    RELATIVE_DATES,
    RELATIVE_UNITS,
    TIME_LINKS,
    UPDATED_PREFIXES,
    WEEKDAYS,
    all_of,
)
from .memo import LINE_CACHE

__all__ = ["AGO", "DATE_LINE_CHARS", "DIGIT", "NO_DIGIT", "YEAR", "DateMatch", "date_line", "find_dates", "holds_year",
           "iter_dates", "line_digits", "line_holds_year", "may_hold_date", "parse_date", "relative_dates", "time_line"]

_MONTH_NUM = {name: num for table in MONTHS.values() for name, num in table.items()}
_MON = "(?:" + "|".join(regex.escape(m) for m in all_of(MONTHS)) + r")\.?"
_WD = "(?:" + "|".join(regex.escape(w) for w in all_of(WEEKDAYS)) + r")\.?,?"
_TZ = (r"(?:Z|[+-]\d\d:?\d\d|(?:GMT|UTC)(?:\s?[+-]\d{1,2}(?::?\d\d)?)?"
       r"|[ECMP][SD]T|BST|CES?T|IST|JST|AES?T|AEDT|MSK|ET|PT|CT|MT)")
_TIME = (r"(?P<H>\d{1,2})[:.](?P<M>\d\d)(?::(?P<S>\d\d)(?:\.\d+)?)?"
         r"(?:\s?(?P<ampm>[ap])\.?\s?m\b\.?)?(?:\s?\(?(?P<tz>" + _TZ + r")\)?)?")


def _words(table: dict[str, tuple[str, ...]]) -> str:
    """A table's words as one regex alternation, longest first."""
    return "(?:" + "|".join(regex.escape(w) for w in all_of(table)) + ")"


_ORDINAL = _words(ORDINAL_SUFFIXES)  # "21st"
_DAY = r"(?P<d>\d{1,2})(?:" + _ORDINAL + r"|\.)?"


# A word between a day and its month or year ("21 of March", "21 de marzo de 2016"), a date and its
# time ("at", "um", "à"), a date's label and the date ("Published on", "Veröffentlicht am").
_DAY_LINK = r"(?:" + _words(DAY_LINKS) + r"\s+)?"
_TIME_LINK = _words(TIME_LINKS)
_DATE_LINK = r"(?:" + _words(DATE_LINKS) + r"\s+)?"

_DATE = (
    r"(?:(?P<iy>\d{4})-(?P<im>\d\d)-(?P<id>\d\d)(?:[T ]" + _TIME.replace("?P<", "?P<i") + ")?"
    r"|(?:" + _WD + r"\s+)?(?P<mon>" + _MON + r")\s+(?P<md>\d{1,2})" + _ORDINAL + r"?,?\s+(?P<my>\d{4})"
    r"|(?:" + _WD + r"\s+)?" + _DAY + r"\s*" + _DAY_LINK
    + r"(?P<dmon>" + _MON + r"),?\s+" + _DAY_LINK + r"(?P<dy>\d{4})"
    r"|(?P<na>\d{1,2})(?P<sep>[/.-])(?P<nb>\d{1,2})(?P=sep)(?P<ny>\d{4})"
    r"|(?P<yy>\d{4})/(?P<ym>\d{1,2})/(?P<yd>\d{1,2}))"
)
_TAIL = r"(?:(?:,|\s+" + _TIME_LINK + r"|\s*[-|–—•·])?\s+" + _TIME.replace("?P<", "?P<t") + ")?"
_FIND = regex.compile(r"(?<![\w/.-])" + _DATE + _TAIL + r"(?![\w/-])", regex.IGNORECASE)
# Quick rejections (stdlib re scans a plain class fastest): no date without a four-digit year.
# Spelled "\d\d{3}", not "\d{4}": the same texts match (four digits in a row), and the stdlib engine
# scans for the single "\d" that opens it about 1.5x faster than it tries a repeat at every character.
_YEAR = re.compile(r"\d\d{3}")
_DIGIT = re.compile(r"\d")
# The first bytes of the UTF-8 of every decimal digit that is not ASCII ("٢", "२", "２", "𝟘": a digit of \d,
# which stdlib re reads as str.isdecimal does): in UTF-8 no other byte opens one (tests/test_dates_fast.py
# asks every character of Unicode).
_OTHER_DIGIT_LEADS = b"\xd9\xdb\xdf\xe0\xe1\xea\xef\xf0"
# A text's UTF-8 bytes to a digit mark each: "0" an ASCII digit, "x" a byte that may open another digit,
# " " any other byte (the rest of a character, a letter, a space). _AGO_MARKS also marks the letters of "ago"
# in either case ("a", "g", "o"), for :func:`line_digits`.
_DIGIT_MARKS = bytes(0x30 if 0x30 <= b <= 0x39 else 0x78 if b in _OTHER_DIGIT_LEADS else 0x20 for b in range(256))
_AGO_MARKS = bytes(b | 0x20 if chr(b) in "aAgGoO" else m for b, m in enumerate(_DIGIT_MARKS))


def _digit_marks(text: str) -> str | None:
    """``text``'s digits as marks (see :data:`_DIGIT_MARKS`), one a byte of its UTF-8, or ``None`` for a text
    UTF-8 cannot encode (a lone surrogate). Three calls in C (about 5 instructions a byte) where a search of
    stdlib re for ``\\d`` costs about 75 a character: "0000" in the marks is four ASCII digits in a row, and
    a text whose marks hold neither "0" nor "x" holds no digit.

    >>> _digit_marks("In 2016, ٢"), _digit_marks("\\ud800") is None
    ('   0000  x ', True)
    """
    try:
        return text.encode().translate(_DIGIT_MARKS).decode()
    except UnicodeEncodeError:
        return None


def _reversed_words(table: Mapping[str, Iterable[str]]) -> str:
    """A table's words, each spelt backwards and lowered as :func:`lowered_as_matched` lowers a text, as a
    standard-library alternation (the longest first)."""
    return "|".join(re.escape(lowered_as_matched(w)[::-1]) for w in all_of(table))


# The piece of text that every date _FIND reads (and _LINE's date) holds, whatever surrounds it: an ISO or
# year-first date's "2016-0" or "2016/0", a numeric date's "21/03/2016", or a month's name with its year
# ("March 21, 2016", "21 de marzo de 2016": the name, then its day or a day link, then the year), spelt
# backwards so that the standard library's scan opens at a digit (it skips to the next one in C) and
# reads the year first: "6102 ,12 hcram". Read on the text lowered as the engine folds case
# (lowered_as_matched, stdlib re holding no IGNORECASE of its own here), with stdlib's \d and \s, which
# on the Basic Multilingual Plane are the regex engine's \d and a superset of its \s (tests/test_line_filters_fast.py
# asks both engines about every character); a text with a character past that plane is not scanned.
_DATE_CORE_BACKWARDS = re.compile(
    r"\d(?:[-/]\d{4}|\d{3}(?:[/.-]\d{1,2}[/.-]\d|\s+(?:,?(?:" + _reversed_words(ORDINAL_SUFFIXES) + r")?\d{1,2}\s+"
    r"|(?:(?:" + _reversed_words(DAY_LINKS) + r")\s+)?,?)\.?(?:" + _reversed_words(MONTHS) + ")))")
_PAST_BMP = "\uffff"


@functools.lru_cache(maxsize=LINE_CACHE)
def may_hold_date(text: str) -> bool:
    """Whether ``text`` may hold a date :func:`find_dates` reads: whether it holds the core of one
    (:data:`_DATE_CORE_BACKWARDS`), a scan of the standard library that costs a tenth of _FIND's search
    of every place of a line (about 4,000 instructions a character: each word tried against every month
    and weekday of every language). A text it answers ``False`` for holds no date; most lines that
    hold a year hold no date ("Top 10 films of 2019", a table's row of numbers). Cached: a line's dateline
    test and its meta dates (and the title step's sign tests) ask it of the same lines in turn (462 asks, 262
    distinct lines, on every sixth page; about 13,000 instructions an ask).

    >>> may_hold_date("Nov 18, 2019 at 9:24 pm"), may_hold_date("21.03.2016"), may_hold_date("Top 10 films of 2019")
    (True, True, False)
    """
    if not text.isascii() and max(text) > _PAST_BMP:
        return True
    return _DATE_CORE_BACKWARDS.search(lowered_as_matched(text)[::-1]) is not None


def _by_first_letter(words: Iterable[str]) -> str:
    """Words (lowered as :func:`lowered_as_matched` lowers a text) as a standard-library alternation
    grouped by first letter, the longest first in each group: the engine checks a branch's first
    letter before it enters it, so a place is tried against the words of its letter only."""
    groups: dict[str, list[str]] = {}
    for w in sorted({lowered_as_matched(w) for w in words}, key=lambda w: (-len(w), w)):
        groups.setdefault(w[0], []).append(re.escape(w[1:]))
    return "|".join(f"{re.escape(c)}(?:{'|'.join(rest)})" for c, rest in sorted(groups.items()))


# Where a date _FIND reads may open, read on the text lowered as the engine folds case (as
# _DATE_CORE_BACKWARDS is): no letter, digit, underscore, "/", "." or "-" before it (each a character
# _FIND's "(?<![\w/.-])" refuses: a character that lowers to an ASCII letter is a letter), then the
# opening of one of _FIND's forms, each spelt more loosely than _FIND spells it: a year-first date's
# "2016-0" or "2016/0", a numeric date's "21/0", a day and its month's name ("21st of March", the
# day's mark and link optional), a weekday before a day or a month ("Sunday, 2", "Sun. June"), a
# month before its day ("June 2"). Every place a date opens passes, so _FIND tried at these places
# only finds what its scan of every place finds (:func:`_date_matches`); few places of a line pass,
# and a scan of the standard library passes over the others for a small part of what _FIND costs
# (about 50,000 instructions to fail at a number or a weekday: each month and weekday of every
# language tried in every case, after each way of reading the day).
_MONTH_NAMES = _by_first_letter(all_of(MONTHS))
_DATE_OPENING = re.compile(
    r"(?<![a-z0-9_/.\-])(?=\d{4}[-/]\d|\d{1,2}[/.-]\d"
    r"|\d{1,2}(?:" + _by_first_letter(all_of(ORDINAL_SUFFIXES)) + r"|\.)?\s*"
    r"(?:(?:" + _by_first_letter(all_of(DAY_LINKS)) + r")\s+)?(?:" + _MONTH_NAMES + ")"
    r"|(?:" + _by_first_letter(all_of(WEEKDAYS)) + r")\.?,?\s+(?:\d|" + _MONTH_NAMES + ")"
    r"|(?:" + _MONTH_NAMES + r")\.?\s+\d)")


def _date_matches(text: str) -> Iterator[regex.Match[str]]:
    """``_FIND.finditer(text)``, with _FIND tried only where :data:`_DATE_OPENING` says a date may open.

    The same matches: finditer tries every place from its last match's end on and yields the first
    that matches; a place where no date opens yields nothing either way, and at a place where one
    does, ``_FIND.match`` finds what the scan finds there (its look-behind reads the text before
    the place). A text with a character past the Basic Multilingual Plane, where the two engines'
    ``\\d`` part, is scanned whole (``tests/test_dates_fast.py`` compares the two).

    >>> [m.group() for m in _date_matches("From 1 May 2015 to Sunday, June 2, 2016 at 9:24 pm.")]
    ['1 May 2015', 'Sunday, June 2, 2016 at 9:24 pm.']
    """
    lowered = lowered_as_matched(text)
    if len(lowered) != len(text) or (not text.isascii() and max(text) > _PAST_BMP):
        yield from _FIND.finditer(text)
        return
    yield from matches_at_places(_FIND, text, 0, len(text), (m.start() for m in _DATE_OPENING.finditer(lowered)))


_PUB = "|".join(regex.escape(p) for p in all_of(DATE_PREFIXES))
_UPD = "|".join(regex.escape(p) for p in all_of(UPDATED_PREFIXES))
_LEAD_TIME = r"(?:(?P<lead>\d{1,2}[:.]\d\d(?:\s?[ap]\.?m\.?)?(?:\s?" + _TZ + r")?)\s*[,|–—-]?\s*)?"
_LINE = regex.compile(
    r"(?:(?P<upd>" + _UPD + r")|(?P<pub>" + _PUB + r"))?\s*[:|-]?\s*" + _DATE_LINK
    + _LEAD_TIME + r"(?P<date>" + _DATE + _TAIL + r")\s*\.?", regex.IGNORECASE)
_AGO = "(?:" + "|".join(p for ps in RELATIVE_DATES.values() for p in ps) + ")"  # "3 hours ago", "32M ago"
_RELATIVE = regex.compile(
    r"(?:(?:" + _UPD + "|" + _PUB + r")\s*:?\s*)?" + _AGO
    + r"(?:\s+" + _TIME_LINK + r"\s+" + _TIME.replace("?P<", "?P<a") + ")?"
    r"|(?:" + _UPD + "|" + _PUB + r")\s*:?\s*" + _TIME.replace("?P<", "?P<r"), regex.IGNORECASE)

# What a line _RELATIVE reads whole holds, lowered as :func:`lowered_as_matched` lowers a text: "ago" (every
# relative form ends with it), or a date's or an update's label at its start ("Updated 10:02").
_RELATIVE_MARK = "ago"
_RELATIVE_LABELS = tuple(lowered_as_matched(p) for p in (*all_of(UPDATED_PREFIXES), *all_of(DATE_PREFIXES)))

_ZONES = {"GMT": 0, "UTC": 0, "Z": 0, "EST": -300, "EDT": -240, "CST": -360, "CDT": -300,
          "MST": -420, "MDT": -360, "PST": -480, "PDT": -420, "BST": 60, "CET": 60, "CEST": 120,
          "JST": 540, "AEST": 600, "AEDT": 660, "MSK": 180, "IST": 330}


@dataclass(frozen=True, slots=True)
class DateMatch:
    """A date found in text: ``value`` is ``None`` when the text does not settle it."""

    raw: str
    value: dt.datetime | None
    ambiguous: bool = False
    start: int = 0
    end: int = 0
    kind: str = "published"


# Compiled once (regex.match(pattern, ...) looks its cache up on every call).
_OFFSET = regex.compile(r"(?:GMT|UTC)?([+-])(\d{1,2}):?(\d\d)?")
_UPDATED = regex.compile(_UPD, regex.IGNORECASE)


def _zone(tz: str | None) -> dt.tzinfo | None:
    if not tz:
        return None
    tz = tz.upper().replace(" ", "")
    if tz in _ZONES:
        return dt.timezone(dt.timedelta(minutes=_ZONES[tz]))
    m = _OFFSET.fullmatch(tz)
    if not m:
        return None  # a zone name without one offset (ET, PT): keep the time naive
    minutes = int(m.group(2)) * 60 + int(m.group(3) or 0)
    if minutes > 14 * 60:
        return None
    return dt.timezone(dt.timedelta(minutes=-minutes if m.group(1) == "-" else minutes))


def _time(g: dict[str, str | None], p: str) -> tuple[int, int, int, dt.tzinfo | None] | None:
    hour = g.get(p + "H")
    if hour is None:
        return (0, 0, 0, None)
    h, mi, s = int(hour), int(g[p + "M"] or 0), int(g.get(p + "S") or 0)
    ampm = (g.get(p + "ampm") or "").lower()
    if ampm:
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if ampm == "p" else 0)
    if h > 23 or mi > 59 or s > 59:
        return None
    return (h, mi, s, _zone(g.get(p + "tz")))


def _month(name: str) -> int:
    """The number of a month's name as ``_FIND`` matched it, in any case: lowered as the engine folds case,
    so that a name it matched with a long s or a dotted capital I ("Auguſt", "SEPTİEMBRE") is found too.

    >>> _month("Sept."), _month("AUGUſT")
    (9, 8)
    """
    return _MONTH_NUM[lowered_as_matched(name).rstrip(".")]


def _ymd(g: dict[str, str | None]) -> tuple[int, int, int] | str | None:
    """(year, month, day), or "ambiguous", or None when not a date."""
    if g.get("iy"):
        return int(g["iy"]), int(g["im"]), int(g["id"])  # type: ignore[arg-type]
    if g.get("mon"):
        return int(g["my"]), _month(g["mon"]), int(g["md"])  # type: ignore[arg-type]
    if g.get("dmon"):
        return int(g["dy"]), _month(g["dmon"]), int(g["d"])  # type: ignore[arg-type]
    if g.get("yy"):
        return int(g["yy"]), int(g["ym"]), int(g["yd"])  # type: ignore[arg-type]
    a, b, y = int(g["na"]), int(g["nb"]), int(g["ny"])  # type: ignore[arg-type]
    if g["sep"] == ".":
        return y, b, a  # day-first wherever dots are the separator
    if a > 12 >= b:
        return y, b, a
    if b > 12 >= a:
        return y, a, b
    if a == b:
        return y, a, b
    return "ambiguous"


def _group_names(pattern: regex.Pattern[str]) -> tuple[tuple[str, int], ...]:
    """Each named group of ``pattern`` with its place in a match's ``groups()`` (its number less one).

    >>> _group_names(regex.compile(r"(?P<d>\\d+)-(x)?(?P<m>\\d+)"))
    (('d', 0), ('m', 2))
    """
    return tuple((name, number - 1) for name, number in pattern.groupindex.items())


# _FIND's named groups, read off a match's groups() (one call in C, about 2,500 instructions) into the
# dict groupdict() gives: the regex module's groupdict() looks every name up anew, about 90,000.
_FIND_GROUPS = _group_names(_FIND)


def _build(m: regex.Match[str], offset: int = 0, kind: str = "published") -> DateMatch | None:
    groups = m.groups()
    return _from_groups({name: groups[at] for name, at in _FIND_GROUPS}, m.group(0).strip(),
                        m.start() + offset, m.end() + offset, kind)


def _from_groups(g: dict[str, str | None], raw: str, start: int, end: int, kind: str) -> DateMatch | None:
    """The date that a match's named groups ``g`` (``_FIND``'s, or ``_ISO``'s, a subset) read, or ``None``."""
    try:
        ymd = _ymd(g)
        t = None if ymd is None or isinstance(ymd, str) else _time(g, "i" if g.get("iy") and g.get("iH") else "t")
    except ValueError:  # digits the engine reads as \d and this Python's int() does not (newsclean.numerals)
        return None
    if ymd is None:
        return None
    if isinstance(ymd, str):  # "ambiguous"
        return DateMatch(raw, None, True, start, end, kind)
    year, month, day = ymd
    if t is None or not 1800 <= year <= 2200:
        return None
    try:
        value = dt.datetime(year, month, day, t[0], t[1], t[2], tzinfo=t[3])
    except ValueError:
        return None
    return DateMatch(raw, value, False, start, end, kind)


def holds_year(text: str) -> bool:
    """Whether ``text`` holds four digits in a row, as every date :func:`find_dates` finds (and every
    dateline :func:`date_line` reads, save the relative ones) holds its year: a text without them
    needs no date pattern run.

    >>> holds_year("June 2, 2016"), holds_year("June 2"), holds_year("12:30 pm")
    (True, False, False)
    """
    marks = _digit_marks(text)
    if marks is None or "x" in marks:
        return _YEAR.search(text) is not None  # a digit that is not ASCII may stand in a year
    return "0000" in marks


# The longest line date_line reads (stripped): a longer one is prose, whatever dates it holds.
DATE_LINE_CHARS = 120
# What digits a line holds (:func:`line_digits`): none, some but no four in a row, four in a row (a year); and
# none but "ago" in some case on a line short enough for a dateline (AGO: a relative dateline's word, the only
# one a dateline without a digit holds).
NO_DIGIT, DIGIT, YEAR, AGO = 0, 1, 2, 3


@functools.lru_cache(maxsize=LINE_CACHE)
def line_digits(line: str) -> int:
    """What digits ``line`` holds, read off one scan of its digit marks: :data:`YEAR` where it holds four in a
    row (what :func:`holds_year` tells), :data:`DIGIT` where it holds a digit but no four in a row (stdlib re's
    ``\\d``), :data:`AGO` where it holds none but "ago" in its lower-case copy and is short enough for a dateline
    (:data:`DATE_LINE_CHARS`: the only such line that may be a relative one), :data:`NO_DIGIT` (0) otherwise (a
    false answer: no dateline). Cached: four steps ask it of most lines (the dateline's date-only
    and meta-line tests, the byline's date and "by" test) and one scan answers them all, where a digit test and a
    year test each scanned the line (about ten times a look-up here), and the dateline's "ago" test lowered it.

    >>> line_digits("June 2, 2016"), line_digits("June 2"), line_digits("No time"), line_digits("٢٠١٦")
    (2, 1, 0, 2)
    >>> line_digits("An hour AGO"), line_digits("Agenda"), line_digits("2 hours ago")
    (3, 0, 1)
    """
    # _digit_marks written out: a call costs about as much as the marks of a short line, and most lines a
    # page's steps ask about are read here first. "ago" in the marks is "ago" in line.lower(): no character
    # but "a", "g", "o" and their capitals lowers to a text holding one of them (tests/test_dates_fast.py
    # asks every character), and every other byte of UTF-8 is marked otherwise
    try:
        marks = line.encode().translate(_AGO_MARKS).decode()
    except UnicodeEncodeError:  # a lone surrogate: read by the patterns, as a digit that is not ASCII is
        marks = "x"
    if "x" in marks:  # a digit that is not ASCII may stand in a year
        return (YEAR if _YEAR.search(line) is not None else DIGIT if _DIGIT.search(line) is not None
                else AGO if len(line) <= DATE_LINE_CHARS and "ago" in line.lower() else NO_DIGIT)
    return (YEAR if "0000" in marks else DIGIT if "0" in marks
            else AGO if len(line) <= DATE_LINE_CHARS and "ago" in marks else NO_DIGIT)


def line_holds_year(line: str) -> bool:
    """:func:`holds_year` for a line of a page, read off the cached :func:`line_digits`.

    >>> line_holds_year("June 2, 2016"), line_holds_year("June 2")
    (True, False)
    """
    return line_digits(line) == YEAR


def find_dates(text: str) -> list[DateMatch]:
    """Every date in ``text``, in order.

    >>> [d.value.date().isoformat() for d in find_dates("From 1 May 2015 to June 2, 2016.")]
    ['2015-05-01', '2016-06-02']
    """
    return list(iter_dates(text))


def iter_dates(text: str) -> Iterator[DateMatch]:
    """:func:`find_dates`, one date at a time: each is searched for only when the caller asks for
    it, so one that reads only the first date stops the search there (the pattern costs thousands
    of instructions a character of the text it reads past).

    >>> next(iter_dates("From 1 May 2015 to June 2, 2016.")).raw, next(iter_dates("No date"), None)
    ('1 May 2015', None)
    """
    if not holds_year(text) or not may_hold_date(text):
        return  # every form _FIND reads holds a four-digit year, and the core of a date: no need to run it
    for m in _date_matches(text):
        d = _build(m)
        if d is not None:
            yield d


# "2 hours, 23 minutes ago": a relative date may name two units.
_AGO_FIND = regex.compile(r"(?<![\w/.-])(?:\d+\s+(?:" + "|".join(all_of(RELATIVE_UNITS)) + r")s?,?\s+)?" + _AGO
                          + r"\b", regex.IGNORECASE)


def relative_dates(text: str) -> list[DateMatch]:
    """Every relative date in ``text`` (``5 days ago``, ``14 hours ago``: news sites print them
    under the headline instead of the day), in order, with ``value=None``.

    >>> [d.raw for d in relative_dates("Kenya vote 14 hours ago Kenya's parliament met 2 days, 3 hours ago.")]
    ['14 hours ago', '2 days, 3 hours ago']
    """
    if "ago" not in text.lower():
        return []
    return [DateMatch(m.group(), None, False, m.start(), m.end(), "published") for m in _AGO_FIND.finditer(text)]


# The ISO 8601 forms that markup writes its dates in (``2016-03-21T16:25:32+02:00``,
# ``2015-03-27T13:07:55.096Z``, ``2016-03-21 16:25:32``, ``2016-03-21``; 95% of the dates
# read from the scrapinghub_aeb pages' <meta> and JSON-LD): a text this pattern reads whole,
# ``_FIND`` reads whole too, by its first form (ISO), into the same named groups, so parse_date
# reads it without ``_FIND``'s alternation of every language's month names. The stdlib re and
# ASCII digits only: anything else (another digit, a lower-case "t" or "z", a zone by name) goes
# through ``_FIND``. ``tests/test_dates.py`` checks both give the same on a table of forms.
_ISO = re.compile(r"(?P<iy>[0-9]{4})-(?P<im>[0-9]{2})-(?P<id>[0-9]{2})"
                  r"(?:[T ](?P<iH>[0-9]{1,2}):(?P<iM>[0-9]{2})(?::(?P<iS>[0-9]{2})(?:\.[0-9]+)?)?"
                  r"(?P<itz>Z|[+-][0-9]{2}:?[0-9]{2})?)?")


def parse_date(text: str) -> DateMatch | None:
    """Read ``text`` as one date (with optional time and zone); ``None`` if it is not one.

    >>> parse_date(" 2015-03-27T13:07:55.096Z ").value.isoformat(), parse_date("2016-02-30") is None
    ('2015-03-27T13:07:55+00:00', True)
    """
    text = text.strip()
    iso = _ISO.fullmatch(text)
    if iso is not None:
        return _from_groups(iso.groupdict(), text, 0, len(text), "published")
    m = _FIND.fullmatch(text) if may_hold_date(text) else None
    return _build(m) if m else None


# A clock time alone on a line, with its link word, marker or zone ("at 9:24 pm ET", "| 16:25 GMT"):
# the rest of a dateline a layout printed on two lines ("Nov 18, 2019 at" above it).
_TIME_ALONE = regex.compile(r"[|•·–—-]?\s*+(?:" + _TIME_LINK + r"\s+)?" + _TIME + r"\s*+[|•·]?", regex.IGNORECASE)


def time_line(line: str) -> bool:
    """Whether a whole line is a clock time (with its zone, am/pm, a link word), no date: the
    time a page prints after its date, on a line of its own where the markup set it apart.

    >>> time_line("9:24 pm ET"), time_line("at 16:25"), time_line("Trucks came at 9:24."), time_line("2019")
    (True, True, False, False)
    """
    return len(line) <= 40 and _TIME_ALONE.fullmatch(line.strip()) is not None


@functools.lru_cache(maxsize=LINE_CACHE)
def date_line(line: str) -> DateMatch | None:
    """Whether a whole line is a dateline: a date, optionally introduced ("Published:",
    "Updated") and with a time. Relative forms ("2 hours ago") come back with ``value=None``.
    ``kind`` is ``"updated"`` for modification dates. Cached (immutable answers): the title and
    dateline steps ask about the same lines, and a site's pages repeat their meta lines.

    A date in square brackets is a dateline too (press-release pages print one so):

    >>> date_line("[January 05, 2008]").value.date()
    datetime.date(2008, 1, 5)
    """
    line = line.strip()
    if len(line) > DATE_LINE_CHARS:
        return None
    digits = line_digits(line)  # one scan for the digit, year and "ago" tests (cached: later steps ask it too)
    if not digits:
        return None  # every dateline holds a digit (a year, a time), or "ago"
    if line[:1] == "[" and line[-1:] == "]":
        line = line[1:-1].strip()  # a date in brackets: "[January 05, 2008]"
    # every form of _LINE's date holds a four-digit year and a date's core (as _FIND's do): a line without
    # them is no such dateline, and only the relative forms ("2 hours ago", "Updated 10:02") are tried
    m = _LINE.fullmatch(line) if digits == YEAR and may_hold_date(line) else None
    if m:
        kind = "updated" if m.group("upd") else "published"
        inner = _FIND.fullmatch(m.group("date"))
        if inner is None:
            return None
        d = _build(inner, m.start("date"), kind)
        if d is not None and m.group("lead") and d.value is not None and not d.value.hour:
            lead = parse_date(f"{d.value.date().isoformat()} {m.group('lead')}")
            if lead is not None and lead.value is not None:
                d = DateMatch(line, lead.value, False, 0, len(line), kind)
        return d
    # most lines holding a digit and no date hold neither "ago" nor a label at their start: not tried
    lowered = lowered_as_matched(line)
    m = _RELATIVE.fullmatch(line) if _RELATIVE_MARK in lowered or lowered.startswith(_RELATIVE_LABELS) else None
    if m:
        kind = "updated" if _UPDATED.match(line) else "published"
        return DateMatch(line, None, False, 0, len(line), kind)
    return None
