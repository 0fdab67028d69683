"""The line filters' shortcuts answer what their plain rules answer (issue 18): a cheap test
that lets a line skip a date or lexicon pattern never skips a line the pattern reads, on a
table of lines, on random strings and on every line of the eval pages."""

from __future__ import annotations

import collections
import functools
import random
import re

import pytest
import regex

from newsclean import dates, names
from newsclean.alternatives import Openings, lowered_as_matched
from newsclean.filters import dateline, wire
from newsclean.lexicon import DAY_LINKS, MONTHS, ORDINAL_SUFFIXES, all_of

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
    """:func:`dates.date_line` with ``_LINE`` tried on every line that passes the digit test (no year
    test, no date core test)."""
    gate, core = dates.line_digits, dates.may_hold_date
    try:  # a line with a digit read as holding a year: only the digit test is left
        dates.line_digits = lambda text: (dates.YEAR if gate.__wrapped__(text) in (dates.DIGIT, dates.YEAR)  # type: ignore[assignment]
                                          else gate.__wrapped__(text))
        dates.may_hold_date = lambda text: True  # type: ignore[assignment]
        return dates.date_line.__wrapped__(line)
    finally:
        dates.line_digits, dates.may_hold_date = gate, core  # type: ignore[assignment]


@pytest.mark.parametrize("line", DATE_LINES)
def test_date_line_with_the_year_test_reads_as_before(line):
    assert dates.date_line.__wrapped__(line) == _plain_date_line(line)


def test_year_test_passes_every_line_a_date_pattern_reads():
    """A line that ``_LINE`` reads whole, or in which ``_FIND`` finds a date, holds a year as
    :func:`dates.holds_year` tells it (and as ``\\d{4}`` does)."""
    read = 0
    for line in _page_lines():
        assert dates.holds_year(line) == (_PLAIN_YEAR.search(line) is not None), line
        assert dates.line_holds_year(line) == dates.holds_year(line), line
        if dates.holds_year(line):
            continue
        stripped = line.strip()
        assert dates._LINE.fullmatch(stripped) is None, line
        assert dates._LINE.fullmatch(stripped[1:-1].strip()) is None, line
        assert next(dates._FIND.finditer(line), None) is None, line
        read += 1
    assert read > 10_000


def _date_core_lines() -> list[str]:
    """Random strings of the pieces of dates (month names of several languages in every case, spelt with
    the characters the engine folds onto letters, days, ordinals, day links, separators, years in several
    scripts, digits past the Basic Multilingual Plane, every kind of white space), the table's lines and
    every eval page line."""
    rng = random.Random(20261206)
    words = ["March", "MAR.", "mar", "marzo", "Auguſt", "AUGUST", "Aug.", "août", "Décembre", "DÉCEMBRE", "März",
             "JÄNNER", "septİembre", "Sept", "noviembre", "Monday", "Mon,", "lunedì", "de", "DE", "of", "el"]
    pieces = [*words, "1", "21", "21st", "3RD", "2016", "1999", "٢٠١٦", "２０１６", "\U0001d7d8\U0001d7d9",
              "\U00011f50" * 4, "/", "-", ".", ",", ":", " ", "  ", "\t", "\n", "\u00a0", "\u2003", "\x1c", "\x85", "T",
              "10:02", "pm", "x", "ago", "Updated", "Published:", "[", "]", "—"]
    lines = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 9))) for _ in range(20_000)]
    return lines + DATE_LINES + _page_lines()


def test_date_core_passes_every_text_a_date_pattern_reads():
    """``dates.may_hold_date`` answers ``True`` for every text in which ``_FIND`` finds a date or which
    ``_LINE`` reads whole, so that find_dates, date_line and parse_date read as they did without it."""
    passed = 0
    for line in _date_core_lines():
        if dates.may_hold_date(line):
            passed += 1
            continue
        assert dates._FIND.search(line) is None, line
        assert dates._LINE.fullmatch(line) is None, line
        assert dates._LINE.fullmatch(line.strip()) is None, line
        assert dates._LINE.fullmatch(line.strip()[1:-1].strip()) is None, line
    assert passed > 2_000


def test_find_dates_date_line_and_parse_date_with_the_core_test_read_as_before():
    """The three readers of dates give what they gave without :func:`dates.may_hold_date` (the plain
    rule), on the random date strings, the table's lines and the eval pages' lines."""
    def plain_find(text: str) -> list[dates.DateMatch]:
        if not dates.holds_year(text):
            return []
        return [d for d in map(dates._build, dates._FIND.finditer(text)) if d is not None]

    def plain_parse(text: str) -> dates.DateMatch | None:
        iso = dates._ISO.fullmatch(text.strip())
        if iso is not None:
            return dates.parse_date(text)
        m = dates._FIND.fullmatch(text.strip())
        return dates._build(m) if m else None

    for line in _date_core_lines():
        assert dates.find_dates(line) == plain_find(line), line
        assert dates.date_line.__wrapped__(line) == _plain_date_line(line), line
        assert dates.parse_date(line) == plain_parse(line), line


def test_the_engines_read_a_date_core_alike():
    """What :data:`dates._DATE_CORE_BACKWARDS` relies on, asked of both engines about every character of
    Unicode: the standard library's ``\\s`` matches every character the regex engine's does, its ``\\d``
    the same characters on the Basic Multilingual Plane (the regex engine knows digits of later Unicode
    versions, all past it), and :func:`lowered_as_matched` turns every character that ``_FIND``'s
    case-insensitive matching takes for a letter of a month, an ordinal or a day link into that letter."""
    every = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000)
    spaces = {m.group() for m in regex.finditer(r"\s", every)}
    assert spaces <= {m.group() for m in re.finditer(r"\s", every)}
    digits = {m.group() for m in regex.finditer(r"\d", every)}
    std_digits = {m.group() for m in re.finditer(r"\d", every)}
    assert std_digits <= digits and all(c > "\uffff" for c in digits - std_digits)
    letters = set("".join(all_of(MONTHS) + all_of(ORDINAL_SUFFIXES) + all_of(DAY_LINKS)))
    for letter in letters:
        for written in {letter, letter.upper()} if len(letter.upper()) == 1 else {letter}:
            for m in regex.finditer(regex.escape(written), every, dates._FIND.flags):
                assert lowered_as_matched(m.group()) == lowered_as_matched(letter), (letter, written, m.group())


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
            # so the dateline step, which asks for a line's meta dates only where it holds a year, reads
            # the same dates
            assert dateline._meta_dates.__wrapped__(line) == (), line
    for line in DATE_LINES:
        assert dateline._meta_dates.__wrapped__(line) == plain(line), line


def test_the_dateline_step_s_digit_gate_passes_over_no_dateline():
    """The dateline step asks ``date_line`` and the meta dates only of a line (a block's text: stripped) that
    holds a digit (``dates.line_digits``), or that holds "ago" and is short enough for a dateline: every line
    it passes over has no dateline and no meta date, on every eval line and on random strings of date pieces
    and of characters that lower to several (each also with white space around it, the tests asked of the
    line stripped)."""
    rng = random.Random(20261207)
    pieces = ["ago", "AGO", "aGo", "A", "g", "o", "İ", "ſ", "1", "٢", " ", "\u3000", "\u1680", "\x85", "Updated", "x",
              "2 hours ago " * 6]
    lines = _page_lines() + ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 8))) for _ in range(20_000)]
    passed = 0
    for line in lines + [f" {line}\u3000" for line in lines[-5_000:]]:
        text = line.strip()
        if not dates.line_digits.__wrapped__(text):
            assert dates.date_line.__wrapped__(line) is None, line
            assert dateline._meta_dates.__wrapped__(text) == (), line
            passed += len(text) > dates.DATE_LINE_CHARS and "ago" in text.lower()
    assert passed > 50


# Lines the wire credit pre-checks tell apart: credits of every opening, contributions, prose that
# opens like one, and the characters the engine folds onto ASCII letters.
CREDIT_LINES = [
    "(Reporting by Greg Roumeliotis; Editing by Martin Howell)",
    "[Reporting by Jane Doe]",
    "-- Compiled by Planet staff",
    " — Writing by Jane Doe",
    "Additional reporting by Ann Lee in London",
    "additional reporting by Ann Lee",
    "Keith Bradsher contributed reporting from Hong Kong.",
    "Fox News' Jessica Napoli contributed to this report.",
    "Fox News' Jessica Napoli CONTRIBUTED to this report.",
    "Fox News' Jessica Napoli contrİbuted to this report.",
    "Fox News' Jessica Napoli ſontributed to this report.",
    "Ängel Doe contributed reporting.",
    "ſeporting by Jane Doe",
    "keith Bradsher contributed reporting from Hong Kong.",
    "The council contributed reporting equipment to the school.",
    "Reporting by local journalists was restricted.",
    "",
    "R",
    "(",
]


def _plain_credit_line(line: str) -> bool:
    return wire._TRAILER.fullmatch(line) is not None or wire._CONTRIBUTED.fullmatch(line) is not None


def _credit_pieces_lines() -> list[str]:
    """Random strings of credit pieces, and every line of the eval pages (stripped and not)."""
    rng = random.Random(20261206)
    pieces = ["(", "[", ")", "]", "-", "—", " ", "Reporting", "reporting", "by", "BY", "for", "Editing", "Jane",
              "Doe", "contributed", "Contributed", "to this report", "from", ".", ";", "ſ", "İ", "K", "É", "x",
              "Additional", "writing and", "additional ", "Compiled"]
    lines = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 9))) for _ in range(20_000)]
    page = [line for case in eval_cases() if case.get("variant") == "page" for line in case["input"].splitlines()]
    return CREDIT_LINES + lines + page + [line.strip() for line in page]


def test_credit_line_prechecks_answer_as_the_patterns():
    """``wire._credit_line`` tries each pattern only where its pre-check allows (the trailer where its
    first character and its beginnings, ``alternatives.beginnings``, admit the line): the same answer as
    both patterns tried on every line."""
    lines = _credit_pieces_lines()
    for line in lines:
        assert wire._credit_line(line) == _plain_credit_line(line), line
    assert sum(map(_plain_credit_line, CREDIT_LINES)) == 11
    opening = [line for line in lines if wire._TRAILER_STARTS.get(line[:1], wire._TRAILER_BEGINS) is not None]
    assert wire._TRAILER_STARTS and sum(map(wire._may_trail, opening)) < len(opening) // 2


def test_credit_line_beginnings_by_first_character_are_the_whole_ones():
    """``wire._TRAILER_STARTS`` (the trailer's beginnings chosen by a line's first character) matches where the
    whole tree of beginnings does, on every line of the eval pages and the credit pieces, and at each ASCII
    character followed by every beginning's text; and no line opening with a character it rules out (``None``)
    is a credit line (its first character asked of the engine by ``Openings``)."""
    lines = _credit_pieces_lines()
    lines += [c + line for c in map(chr, range(128)) for line in ("", "eporting by", "diting by", "ompiled", " (")]
    for line in lines:
        starts = wire._TRAILER_STARTS.get(line[:1], wire._TRAILER_BEGINS)
        whole = wire._TRAILER_BEGINS.match(line) is not None
        assert (starts is not None and starts.match(line) is not None) == whole, line
    opens = Openings(wire._TRAILER)
    assert all(opens[c] == (wire._TRAILER_STARTS[c] is not None) for c in map(chr, range(128)))


def test_wire_line_is_its_credit_and_opening_tests():
    """``wire._wire_line`` asks ``_credit_line``'s and ``_opening``'s first tests itself, and each call only where
    they pass: the same answer as the two calls on every line (credit pieces, datelines, every eval line)."""
    datelines = ["BEIRUT (Reuters) - Troops advanced.", "(AP) — Troops", "HANOI, Vietnam (AP) — x", "(Reuters)",
                 "LONDON, March 21 (Reuters) - Shares fell.", "BEIRUT (Reuters) - DAMASCUS (AP) - Troops advanced."]
    found = 0
    for line in datelines + _credit_pieces_lines():
        credit, opening = wire._credit_line(line), wire._opening(line)
        plain = (credit, opening) if credit or opening is not None else None
        assert wire._wire_line(line) == plain, line
        found += plain is not None
    assert found > 100


def test_contribution_words_lowered_as_the_pattern_folds_case():
    """``wire._may_contribute`` looks for the contributions' opening words in the line lowered by
    :func:`lowered_as_matched`: every character ``_CONTRIBUTED`` matches with one of their letters (asked
    of the engine for all of Unicode) lowers to that letter, and the words are those of the lexicon."""
    assert wire._CONTRIBUTION_WORDS == ("contributed",)
    every = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000)
    for letter in set("".join(wire._CONTRIBUTION_WORDS)):
        for m in regex.finditer(regex.escape(letter), every, wire._CONTRIBUTED.flags):
            assert lowered_as_matched(m.group()) == letter, (letter, m.group())


BYLINE_LINES = [
    "By Jane Doe and John Roe, Reuters",
    "by Laura June Topolsky July 10, 2015",
    "BY JANE DOE",
    "Written by: Jane Doe",
    "Von Hans Müller",
    "Par Jean Dupont",
    "Posted by Jane Doe",
    "Author: Jane Doe",
    "Jane Doe | Staff writer",
    "Posted on June 12, 2019 by Margaret Olsen",
    "ʙy Jane Doe",
    "Ｂy Jane Doe",
    "By Monday, the army had left the town.",
    "Byline Jane",
    "",
]


def test_byline_prefix_precheck_reads_as_before(monkeypatch):
    """``names.byline_tuple`` tries the byline words only on a line whose first character one may
    open with: the same names as trying them on every line."""
    lines = BYLINE_LINES + _credit_pieces_lines()
    fast = [names.byline_tuple.__wrapped__(line.strip()) for line in lines]
    monkeypatch.setattr(names, "_PREFIX_OPENS", collections.defaultdict(lambda: True))
    assert [names.byline_tuple.__wrapped__(line.strip()) for line in lines] == fast
    assert sum(found is not None for found in fast[:len(BYLINE_LINES)]) == 10


ROLE_LINES = [
    "Jane Doe | Staff writer",
    "Jane Doe, Reuters correspondent in Cairo",
    "Jane Doe and John Roe, Reuters correspondents",
    "Robert Burns, AP National Security Writer",
    "Jane Doe — Senior Editor",
    "Jane Doe – editor",
    "Jane Doe - Columnist",
    "Jane Doe · Staff writer",
    "Jane Doe Staff writer",
    "jane doe, staff writer",
    "Ángel Pérez, corresponsal | Staff",
    "ǅane Doe, staff writer",
    "Michael Madden, editor of the Leadership Watch, said the leader wants ties with Europe.",
    "The editor, Jane Doe, said so",
]


def _role_pieces_lines() -> list[str]:
    """Random strings of names, roles and separators of every kind."""
    rng = random.Random(20261209)
    pieces = ["Jane", "Doe", "John", "and", "de", "E.", "Reuters", "AP", "staff", "Staff", "writer", "WRITER",
              "editor", "correspondent", "Correspondents", "National", "in Cairo", "said", " ", ", ", " | ", " – ",
              " — ", " - ", "-", "·", "ǅ", "Ángel", "ſtaff", "İ", "x", "Monday", "March 3"]
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 9))) for _ in range(20_000)]


def test_role_bylines_tried_only_where_a_name_opens_and_a_mark_parts_it(monkeypatch):
    """``names.byline_tuple`` reads a line for a name and its role only where a name may open it
    (``_NAME_OPENS``) and a mark of ``_ROLE`` stands in it: the same names as reading every line."""
    lines = ROLE_LINES + BYLINE_LINES + _role_pieces_lines() + _credit_pieces_lines()
    fast = [names.byline_tuple.__wrapped__(line.strip()) for line in lines]
    monkeypatch.setattr(names, "_NAME_OPENS", collections.defaultdict(lambda: True))
    monkeypatch.setattr(names, "_may_part_a_role", lambda line: True)
    assert [names.byline_tuple.__wrapped__(line.strip()) for line in lines] == fast
    assert sum(found is not None for found in fast[:len(ROLE_LINES)]) == 7
    assert sum(found is not None for found in fast) > 500


def test_the_role_marks_are_the_role_pattern_s():
    """``names._ROLE_SEPARATORS`` are the marks ``_ROLE`` opens with, and no other character matches
    one of them in that pattern's case-insensitive class (asked of the engine for all of Unicode)."""
    assert names._ROLE.pattern.startswith(r"\s*[" + names._ROLE_SEPARATORS + r"]\s*")
    every = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000)
    marks = regex.compile("[" + names._ROLE_SEPARATORS + "]", names._ROLE.flags)
    assert {m.group() for m in marks.finditer(every)} == set(names._ROLE_SEPARATORS)


def test_the_cached_year_test_is_bounded_and_emptied_with_the_line_caches():
    """``dates.line_digits`` (the cached digit and year test) keeps at most a line cache's answers, and
    ``clear_caches`` empties it."""
    from newsclean.memo import LINE_CACHE

    from .conftest import clear_caches

    assert dates.line_digits.cache_info().maxsize == LINE_CACHE
    dates.line_holds_year("June 2, 2016")
    clear_caches()
    assert dates.line_digits.cache_info().currsize == 0


def test_a_line_too_short_for_the_word_bound_is_not_split():
    """``names.byline_tuple`` splits only a line longer than twice the word bound: a shorter one
    cannot hold more words (each but the last is followed by white space), whatever its spaces."""
    rng = random.Random(20261207)
    pieces = ["a", "b", " ", "\t", "\u00a0", "\u2003", "\n", "é"]
    bound = 2 * names._MAX_WORDS
    for _ in range(20_000):
        line = "".join(rng.choice(pieces) for _ in range(rng.randint(0, bound)))
        assert len(line.split(None, names._MAX_WORDS)) <= names._MAX_WORDS, repr(line)
    assert len(("a " * names._MAX_WORDS + "a").split()) > names._MAX_WORDS  # 61 characters may hold 31


def _plain_cards(page) -> set[int]:
    """``inserts.cards`` as it read before the printed-once test came first (every line's shape first)."""
    from newsclean.layout import inserts

    kept = page.kept()
    every = page.texts()
    texts = [every[i] or "" for i in kept]
    found: set[int] = set()
    for k in range(len(texts) - 1):
        text, i = texts[k], kept[k]
        if not inserts._card_line(page, i):
            continue
        if texts[k + 1] == text and len(inserts.tokens(text)) >= inserts._HEADLINE_WORDS:
            if text not in (texts[k - 1] if k else None, texts[k + 2] if k + 2 < len(texts) else None):
                found.update((i, kept[k + 1]))
        elif (k + 3 < len(texts) and texts[k + 2] == text and texts[k + 3] == texts[k + 1]
              and inserts._card_line(page, kept[k + 1])
              and max(len(inserts.tokens(text)), len(inserts.tokens(texts[k + 1]))) >= inserts._HEADLINE_WORDS):
            found.update(kept[k:k + 4])
    return found


def test_cards_read_as_before_on_random_pages():
    """Cards found with the printed-once test first are the cards found before, on pages of
    repeated labels, headlines and prose, with lines removed and weights of every sign."""
    from newsclean.document import Document
    from newsclean.layout import inserts
    from newsclean.layout.weighed import Weighed

    rng = random.Random(20261208)
    lines = ["Business", "Mayor Quits Now", "Rates fall", "The army left the town on Monday.", "Sport",
             "Jobs Report Shows Gains", "It rose.", "Two words"]
    found = 0
    for _ in range(3000):
        doc = Document.from_text("\n".join(rng.choice(lines) for _ in range(rng.randint(1, 12))))
        gone = [b for b in doc.blocks if rng.random() < 0.1]
        if gone:  # paragraphs an earlier step removed: the page as the paragraphs step weighs it
            doc = doc.remove_blocks(gone, "navigation")
        n = len(doc.paragraphs)
        where: list[int | None] = [None] * n
        for pos, b in enumerate(doc.blocks):
            where[b.index] = pos
        weights = [rng.choice([-30.0, -2.0, -1.0, 0.0, 0.5, 3.0]) for _ in range(n)]
        page = Weighed(doc, weights, where)
        got = inserts.cards(page)
        assert got == _plain_cards(page)
        found += bool(got)
    assert found > 100
