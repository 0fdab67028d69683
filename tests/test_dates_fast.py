"""The date search's shortcut answers what the plain scan answers (issue 18): ``_FIND`` tried only
where :data:`dates._DATE_OPENING` says a date may open finds the matches ``_FIND.finditer`` finds,
on a table of texts, on random strings of the pieces of dates and on the eval pages."""

from __future__ import annotations

import random
import re
import sys

import pytest
import regex

from newsclean import dates
from newsclean.alternatives import lowered_as_matched
from newsclean.lexicon import DAY_LINKS, MONTHS, ORDINAL_SUFFIXES, WEEKDAYS, all_of

from .conftest import eval_cases

TEXTS = [
    "", "No date here", "From 1 May 2015 to June 2, 2016.", "Mon Mar 21, 2016 16:25:32 and 2016-03-22",
    "Top 10 films of 2019", "03/04/2016 then 31/02/2016 then 2016-02-30 then 1 May 2015",
    "Aid Arrives in Efrin AFP Mon Mar 21, 2016 16:25 Trucks came. Tuesday, 22 March 2016",
    "Sunday, June 2, 2016 at 9:24 pm.", "Sun.,  June 2, 2016", "Wed.\tMarch 3 2016", "Sept. 21st, 2016",
    "21st of March 2016", "21 de marzo de 2016", "Veröffentlicht am 21. März 2016, 10:02 Uhr",
    "a21 March 2016", "x/21 March 2016", "x.2016-03-21", "-2016-03-21", "_21 March 2016", "é21 March 2016",
    "Mayor 3, 2016", "Marching 21, 2016", "Mon2 March 2016", "MONDAY, MARCH 21, 2016", "ſunday, March 21, 2016",
    "İ21 March 2016", "ı21 March 2016", "K21 March 2016", "\u212a21 March 2016", "²21 March 2016",
    "½ 21 March 2016", "21\u00a0March\u00a02016", "21\u2003March 2016", "21\x1cMarch 2016", "21\x85March 2016",
    "٢١/٠٣/٢٠١٦", "21/03/２０１６", "2016/3/21 and 2016-3-21", "12/12/2012/12/2012", "1/2/2016-1/2/2016",
    "\U0001d7d8\U0001d7d9/03/2016 and 21 March 2016", "2016-03-21T16:25:32Z2016-03-22",
    "Updated: Tue, Jan 8 2008 2:45 PM EST Jan 22, 2008", "(2019, November 18)",
    "Dec. 6, 2024, 10:00 PM UTC / Updated Dec. 7, 2024", "21 March 2016 21 March 2016 21 March 2016",
]


def _random_texts() -> list[str]:
    """Random strings of the pieces of dates: names of months and weekdays of several languages in
    every case and with the characters the engine folds onto letters, days, ordinals, links,
    separators, digits of other scripts and past the Basic Multilingual Plane, every kind of white
    space, letters and marks that open or close words."""
    rng = random.Random(20261206)
    pieces = ["March", "MAR.", "mar", "marzo", "Auguſt", "août", "Décembre", "März", "JÄNNER", "septİembre",
              "Sept", "Monday", "Mon,", "MON.", "lunedì", "Sonntag", "ſunday", "de", "of", "21", "1", "3RD", "st",
              "2016", "1999", "٢٠١٦", "２０１６", "\U0001d7d8", "/", "-", ".", ",", ":", " ", "  ", "\t", "\n",
              "\u00a0", "\u2003", "\x1c", "\x85", "T", "10:02", "pm", "GMT", "x", "é", "_", "K", "\u212a", "²",
              "İ", "ı", "|", "—"]
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 14))) for _ in range(30_000)]


def _spans(matches) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in matches]


@pytest.mark.parametrize("text", TEXTS)
def test_dates_found_at_their_openings_are_the_scans(text):
    assert _spans(dates._date_matches(text)) == _spans(dates._FIND.finditer(text))


def test_dates_found_at_their_openings_on_random_strings_and_eval_pages():
    """The same matches (spans and groups) on random strings, on every eval page folded to one line
    (``flatpage``: the whole page one text, as the title step reads it for a folded page's deck) and
    on every line of the eval pages as scraped (``page``) and of the other sources' texts."""
    texts = _random_texts()
    for case in eval_cases():
        variant = case.get("variant")
        if variant == "flatpage":
            texts.append(case["input"])
        elif variant not in ("html", "flat", "taglines", "container"):
            texts += case["input"].splitlines()
    found = 0
    for text in texts:
        plain = _spans(dates._FIND.finditer(text))
        assert _spans(dates._date_matches(text)) == plain, text
        found += bool(plain)
    assert found > 1_000


def test_what_the_openings_rely_on_holds_for_every_character():
    """Asked of the engines about every character of Unicode: :func:`lowered_as_matched` keeps a
    text's length and turns no character into an ASCII letter, digit, "_", "/", "." or "-" unless
    _FIND's look-behind refuses it too; it turns every character that _FIND's case-insensitive
    matching takes for a letter of a weekday, a month, an ordinal or a day link into that letter;
    and the standard library's ``\\s`` and ``\\d`` match every character the regex engine's do on the
    Basic Multilingual Plane."""
    every = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000)
    lowered = [lowered_as_matched(c) for c in every]
    assert all(len(low) == 1 for low in lowered)
    refused = regex.compile(r"[\w/.-]")
    for m in re.finditer(r"[a-z0-9_/.\-]", "".join(lowered)):  # one character a character: its offset
        assert refused.fullmatch(every[m.start()]), every[m.start()]
    bmp = every[:0xF800]
    assert {m.group() for m in regex.finditer(r"\s", bmp)} <= {m.group() for m in re.finditer(r"\s", bmp)}
    assert {m.group() for m in regex.finditer(r"\d", bmp)} <= {m.group() for m in re.finditer(r"\d", bmp)}
    for letter in set("".join(all_of(WEEKDAYS) + all_of(MONTHS) + all_of(ORDINAL_SUFFIXES) + all_of(DAY_LINKS))):
        for written in {letter, letter.upper()} if len(letter.upper()) == 1 else {letter}:
            for m in regex.finditer(regex.escape(written), every, dates._FIND.flags):
                assert lowered_as_matched(m.group()) == lowered_as_matched(letter), (letter, written, m.group())


def test_the_digit_marks_know_every_digit_that_is_not_ascii():
    """Every decimal digit of Unicode that stdlib re's ``\\d`` matches, save the ten ASCII ones, opens its UTF-8
    with one of :data:`dates._OTHER_DIGIT_LEADS`, and so is marked "x" (the year and digit tests then ask re)."""
    every = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000)
    digits = [m.group() for m in re.finditer(r"\d", every)]
    assert digits[:10] == list("0123456789") and len(digits) > 600
    for d in digits[10:]:
        assert d.encode()[0] in dates._OTHER_DIGIT_LEADS, d
        assert dates._digit_marks(d)[0] == "x"


YEAR_TEXTS = [
    *TEXTS, "2016", "201", "20 16", "a2016b", "٢٠١٦", "２０１６", "20١6", "\U0001d7d8\U0001d7d9\U0001d7da\U0001d7db",
    "\ud800 2016", "\ud800 201", "\udfff", "²⁰¹⁶", "½016", "Top 10 films of 2019", "12:30 pm", "x" * 500 + "1999",
    "é1999", "’20 16’",
]


def test_the_year_and_digit_tests_answer_what_the_searches_answer():
    """:func:`dates.holds_year`, :func:`dates.line_holds_year` and :func:`dates.line_digits` (read off the digit
    marks) answer what stdlib re's searches for ``\\d\\d{3}`` and ``\\d`` answer: on a table, on random strings of
    the pieces of dates (digits of other scripts, past the Basic Multilingual Plane, lone surrogates) and on every
    line of the eval pages."""
    rng = random.Random(18)
    pieces = ["1", "20", "2016", "٢", "٠١", "２", "\U0001d7d8", "\ud800", "\udc00", "²", "½", "é", "’", " ", "x", "—",
              "a", "G", "o", "ago", "AgO", "İ", "ſ"]
    texts = YEAR_TEXTS + _random_texts()[:5_000]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 10))) for _ in range(20_000)]
    for case in eval_cases():
        if case.get("variant") not in ("html", "flatpage"):
            texts += case["input"].splitlines()
    dates.line_digits.cache_clear()
    for text in texts:
        year = re.search(r"\d\d{3}", text) is not None
        digit = re.search(r"\d", text) is not None
        assert dates.holds_year(text) is year, text
        assert dates.line_holds_year(text) is year, text
        ago = "ago" in text.lower() and len(text) <= dates.DATE_LINE_CHARS
        assert dates.line_digits(text) == (dates.YEAR if year else dates.DIGIT if digit else dates.AGO if ago
                                           else dates.NO_DIGIT), text
    dates.line_digits.cache_clear()


RELATIVE_TEXTS = [
    "2 hours ago", "2 HOURS AGO", "2 hours agO", "32M ago", "an hour ago at 9:24 pm", "Updated 10:02", "UPDATED: 10:02",
    "Last updated 10:02 am", "Updated 2 hours ago", "Published: 3 days ago", "Veröffentlicht 10:02",
    "VERÖFFENTLICHT 10:02",
    "Mis à jour 10:02", "MIS À JOUR 10:02", "Última actualización 10:02", "ÚLTIMA ACTUALIZACIÓN 10:02", "ſ 2 hours ago",
    "Poſted 10:02", "Poſted on 10:02", "Dİ 10:02", "Data 10:02", "Datum: 10:02", "Fecha 10:02", "Revised 10:02",
    "Top 10 films", "2 hours", "10:02", "Page 2 of 3", "İ 2 hours ago", "ı 2 hours ago", "2 days, 3 hours ago",
]


def test_the_relative_dateline_is_tried_only_where_it_can_match():
    """Every text that ``_RELATIVE`` reads whole holds "ago" or opens with a date's or an update's label once
    lowered as :func:`lowered_as_matched` lowers it (what :func:`dates.date_line` asks before trying it): on a
    table, on random strings of the pieces of relative dates and labels, and on every line of the eval pages; and
    every relative form of the lexicon ends with "ago"."""
    from newsclean.lexicon import RELATIVE_DATES

    assert all(p.endswith(r"\s+ago") for ps in RELATIVE_DATES.values() for p in ps)
    rng = random.Random(7)
    pieces = ["2", "32", "an", "one", "hour", "hours", "M", "mo", "ago", "AGO", "Ago", "at", "9:24", "10:02", "pm",
              "Updated", "UPDATED", "Last", "updated", "Published", "Poſted", "on", "Mis", "à", "À", "jour", "Última",
              "actualización", "Veröffentlicht", "am", ":", " ", "  ", "\t", "\u00a0", ",", "x", "İ", "ı", "ſ"]
    texts = [*RELATIVE_TEXTS, *("".join(rng.choice(pieces) for _ in range(rng.randint(0, 9))) for _ in range(30_000))]
    for case in eval_cases():
        if case.get("variant") not in ("html", "flatpage"):
            texts += [line.strip() for line in case["input"].splitlines()]
    matched = 0
    for text in texts:
        if dates._RELATIVE.fullmatch(text) is not None:
            lowered = lowered_as_matched(text)
            assert dates._RELATIVE_MARK in lowered or lowered.startswith(dates._RELATIVE_LABELS), text
            matched += 1
    assert matched > 300
    # and on any character the engine takes for a letter of "ago" or of a label, in either case
    every = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000)
    for letter in set(dates._RELATIVE_MARK + "".join(dates._RELATIVE_LABELS)) - set(" "):
        for written in {letter, letter.upper()} if len(letter.upper()) == 1 else {letter}:
            for m in regex.finditer(regex.escape(written), every, dates._RELATIVE.flags):
                assert lowered_as_matched(m.group()) == letter, (letter, m.group())


def test_a_dates_groups_read_off_groups_are_groupdict():
    """``_build`` reads a match's named groups off ``m.groups()`` (``_FIND_GROUPS``), not ``groupdict()``:
    the same dict and the same date on every match of the table and of the random strings."""
    names = [name for name, _ in dates._FIND_GROUPS]
    assert sorted(names) == sorted(dates._FIND.groupindex) and dates._FIND.groups == len(names)
    found = 0
    for text in TEXTS + _random_texts()[:5_000]:
        for m in dates._FIND.finditer(text):
            groups = m.groups()
            assert {name: groups[at] for name, at in dates._FIND_GROUPS} == m.groupdict(), text
            assert dates._build(m, 3, "updated") == dates._from_groups(
                m.groupdict(), m.group(0).strip(), m.start() + 3, m.end() + 3, "updated"), text
            found += 1
    assert found > 30


def test_ago_in_the_marks_is_ago_in_the_lowered_line():
    """No character but "a", "g", "o" and their capitals lowers to a text holding one of them, so "ago" in
    :func:`dates.line_digits`' marks (each of those letters marked as itself lowered, every other byte of UTF-8
    otherwise) is "ago" in ``line.lower()``: asked of every character of Unicode."""
    lowering = [c for c in map(chr, range(sys.maxunicode + 1)) if any(x in c.lower() for x in "ago")]
    assert lowering == list("AGOago")
    assert {chr(m) for m in dates._AGO_MARKS} == {" ", "0", "x", "a", "g", "o"}
