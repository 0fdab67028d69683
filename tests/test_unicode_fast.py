"""The unicode step's windowed ftfy (issue 18) gives what ftfy gives on the whole line: a long
line (a page folded to one line) is fixed only in windows around the pieces ftfy could change
(``unicode._fix_line``), checked on every long line of the evaluation pages' text forms that
ftfy is asked about, on table rows built to break each fact it rests on, and on random lines."""

from __future__ import annotations

import gzip
import json
import random
import unicodedata

import ftfy
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.filters import unicode as u
from newsclean.strict import replace_surrogates

from .conftest import EVAL_DATA

_FILLER = "The council met on Monday and approved the budget, the mayor said. "


def _long(*parts: str) -> str:
    """``parts`` set among enough filler to make a line that is fixed in windows."""
    out = [_FILLER * 20]
    for part in parts:
        out += [part, " ", _FILLER * 12]
    return "".join(out)


# Each fact the windowed fix rests on, broken once: an entity that spells mojibake (the encoding fix
# then acts: whole line), entities and escapes that ftfy's loop reads again (``&amp;amp;``), decomposed
# accents at a piece's edge, an NFC composition that lengthens the text (U+0958), a C1 control, a
# control character that brings two characters of mojibake together, an escape, a BOM, mojibake in the
# line (the whole line goes to ftfy), a character that ftfy's mojibake pattern anchors at the line's start.
ROWS = [
    _long("Caf&Atilde;&copy; au lait"),
    _long("Tom &amp;amp; Jerry", "&lt;b&gt;bold&lt;/b&gt;"),
    _long("cafe\u0301", "\u0301 alone after a space", "e\u0301" * 40),
    _long("\u0958 and &#x958; in Devanagari"),
    _long("a C1 \x92quote\x93 here", "\x85next"),
    _long("\u00c3\x00\u00a9 joined once the NUL goes"),
    _long("\x1b[31mred\x1b[0m text", "\ufeffBOM inside"),
    _long("the terroristsâ€™ assault", "Tom &amp; Jerry"),
    "Ã© opens the line " + _long("&amp;"),
    _long("&#10;a line break spelled", "&#32;a space spelled", "&nbsp;no-break"),
    _long(*["&eacute;"] * 30),
    "&amp;" + _long() + "&amp;",
    _long("&Atilde;"),
    _long("x\r\ny", "u\u2028v"),
]


def _eval_inputs(html: bool = True):
    """Every evaluation case's input that is a ``str`` (its HTML variants too, if ``html``)."""
    for path in sorted(EVAL_DATA.glob("*.jsonl*")) if EVAL_DATA.exists() else []:
        with (gzip.open(path, "rt", encoding="utf-8") if path.suffix == ".gz" else path.open(encoding="utf-8")) as fh:
            for case in map(json.loads, fh):
                if isinstance(case.get("input"), str) and (html or case.get("variant") != "html"):
                    yield case["input"]


def _eval_long_lines() -> list[str]:
    """Every line of the evaluation pages' text forms (not HTML) long enough to be fixed in windows
    that ftfy is asked about, as the step reads it (surrogates replaced, line breaks unified)."""
    out = []
    for page in _eval_inputs(html=False):
        text = u._NEWLINES.sub("\n", replace_surrogates(page)[0])
        out += [line for line in text.split("\n") if len(line) >= u._WINDOWED and u._line_needs_ftfy(line)]
    return out


@pytest.mark.parametrize("line", ROWS)
def test_windowed_fix_is_ftfy_on_table_rows(line):
    for text in (line, line + "\n"):
        assert u._fix_line(text) == ftfy.fix_text(text, u._CONFIG), text[:80]


def test_windowed_fix_is_ftfy_on_every_long_eval_line():
    lines = _eval_long_lines()
    if not lines:
        pytest.skip("no evaluation data")
    for line in lines:
        assert u._fix_line(line) == ftfy.fix_text(line, u._CONFIG), line[:80]


def test_windowed_fix_is_ftfy_on_random_lines():
    """Random long lines of words with entities (some spelling mojibake), decomposed accents,
    controls, escapes and other scripts, most without mojibake as they stand (fixed in windows where
    those are short), a few with it (fixed whole)."""
    rng = random.Random(18)
    pieces = ["&amp;", "&eacute;", "&Atilde;", "&copy;", "&Atilde;&copy;", "&acirc;&#128;&#153;", "&#x301;", "&#769;",
              "&nbsp;", "&lt;", "&", ";", "#", "e\u0301", "\u0301", "\u0958", "\u1100\u1161", "\x92", "\x85", "\x00",
              "\x1b[1m", "\ufeff", "é", "“", "”", "—", "Ω", "\u2126", "中文", "ا", "\r", "\u2028", "Word", "  "]
    mojibake = ["Ã©", "â€™", "Ã", "Â "]
    windowed = 0
    for i in range(300):
        alphabet = pieces + mojibake if i % 10 == 0 else pieces
        rate = 0.002 if i % 2 else 0.006
        parts = [rng.choice(alphabet) if rng.random() < rate else rng.choice(("word", "text", "ok", " "))
                 for _ in range(rng.randint(800, 2500))]
        line = "".join(parts)
        windows = u._windows(line, u._BADNESS_WIDTH - 1)
        windowed += not u._bad(line) and 2 * sum(b - a for a, b in windows) <= len(line)
        assert u._fix_line(line) == ftfy.fix_text(line, u._CONFIG), repr(line[:80])
    assert windowed >= 100


def test_long_lines_take_the_windowed_fix():
    """The table rows that need no whole-line fix are fixed in windows (the test above compares
    something): a line with an entity and a decomposed accent, whose windows are short."""
    line = _long("Tom &amp; Jerry", "cafe\u0301")
    windows = u._windows(line, u._BADNESS_WIDTH - 1)
    assert len(windows) == 2 and sum(b - a for a, b in windows) < len(line) / 2
    assert all(u._window_fix(line, a, b, u._BADNESS_WIDTH - 1) is not None for a, b in windows)


# Characters at the edges of the facts below: every character of _FTFY_WORK's class and of _ODD's, a line
# break, marks that compose with what comes before them (and one that does not), Hangul jamo (which compose
# with starters), characters with singleton decompositions (not NFC alone), mojibake, plain letters.
_EDGES = [*"\x00\x07\x0b\x0c\x0e\x1b\x1f\x7f\x80\x85\x92\x9f\u206a\u206f\ufeff\ufff9\ufffb\ufffc\r\n\t\u00a0",
          *"\u2028\u2029\u200b\u2060\u00ad\u1680\u2000\u2001\u200a\u202f\u205f\u3000\u0301\u0327\u0345\u1100",
          *"\u1161\u11a8\u0958\u212b\u2126\u00c3\u00a9\u00e2\u20ac\u2122eAa Ã©&", "&amp;", "e\u0301"]


def test_ftfy_work_on_a_printable_line_is_only_u_fffc():
    """``_line_needs_ftfy(..., printable=True)`` looks for U+FFFC alone: it is the one character of
    _FTFY_WORK's class that ``str.isprintable`` takes (so a printable line holds no other)."""
    taken = [c for c in map(chr, range(0x110000)) if u._FTFY_WORK.match(c) and c.isprintable()]
    assert taken == ["\ufffc"]


@given(st.lists(st.sampled_from(_EDGES) | st.characters(), max_size=16).map("".join))
@settings(max_examples=3000)
def test_line_needs_ftfy_told_what_the_text_is_gives_what_it_gives_alone(text):
    """Told that the text is printable (``_printable``) or NFC, ``_line_needs_ftfy`` answers each of
    its lines as it does told nothing: every line of an NFC text is NFC."""
    printable, nfc = u._printable(text), unicodedata.is_normalized("NFC", text)
    start = 0
    while start <= len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end + 1
        line = text[start:end]
        if nfc:
            assert unicodedata.is_normalized("NFC", line), repr(line)
        assert u._line_needs_ftfy(line, printable, nfc) == u._line_needs_ftfy(line), repr(line)
        start = end if end > start else end + 1


def test_line_needs_ftfy_told_what_the_text_is_on_every_eval_page():
    """The same on every line of the evaluation pages ftfy could be asked about (their text forms)."""
    if not EVAL_DATA.exists():
        pytest.skip("no evaluation data")
    seen = 0
    for page in _eval_inputs():
        text = u._normalize(replace_surrogates(page)[0])
        printable, nfc = u._printable(text), unicodedata.is_normalized("NFC", text)
        for line in set(text.split("\n")):
            if not line.isascii():
                seen += 1
                assert u._line_needs_ftfy(line, printable, nfc) == u._line_needs_ftfy(line), line[:80]
    assert seen > 1000


@given(st.lists(st.sampled_from(_EDGES) | st.characters(), max_size=16).map("".join))
@settings(max_examples=3000)
def test_substitutions_by_replace_are_the_patterns(text):
    """``_substituted`` (``str.replace`` of each character found) is the pattern's ``sub``, each of the
    four in turn, whatever the text holds (a ``\\r`` before a line break, or before another newline)."""
    odd = u._odd_characters(text)
    for pattern, by in u._SUBSTITUTIONS:
        assert u._substituted(text, pattern, by, odd) == pattern.sub(by, text), repr(text)
        assert u._substituted(text, pattern, by, odd | {"\r", "\xa0"}) == pattern.sub(by, text), repr(text)
        text = pattern.sub(by, text)


def _case_sample(case, rng):
    """A string one case of ftfy's ``BADNESS_RE`` matches, a character drawn for each of its parts."""
    sre = u._sre()[0]
    out = []
    for op, av in case:
        if op is sre.AT:
            continue  # the "^" anchor: the sample is set at the start or after text (then it does not match)
        chars = u._plain_set((op, av), sre)
        if chars:
            out.append(rng.choice(sorted(chars)))
        else:  # a category, a negation, "." or an optional space: try what matches it
            out.append(rng.choice([c for c in " \xa0aZ.\u2019\u00e9" if _matches_part(op, av, c)] or [""]))
    return "".join(out)


def _matches_part(op, av, char):
    """Whether one parsed part of ``BADNESS_RE`` matches ``char`` (fully)."""
    import re
    parser = u._sre()[1]
    try:
        from re import _compiler  # type: ignore[attr-defined]
    except ImportError:  # Python 3.10
        import sre_compile as _compiler
    sub = parser.SubPattern(parser.State(), [(op, av)])
    return _compiler.compile(sub, u.BADNESS_RE.flags & ~re.VERBOSE).fullmatch(char) is not None


def test_triggers_hold_every_case_of_the_badness_pattern():
    """Each case of ftfy's mojibake pattern, sampled part by part and set in text, is found by the
    search near its pairs of non-ASCII characters (``_bad`` told the line holds no C1 control where it
    holds none): what ``_triggers`` read from the installed pattern."""
    assert u._TRIGGERS is not None and set(u._TRIGGERS[0]) <= set("ŒœÃÂ")
    rng = random.Random(18)
    cases = u._cases()
    assert cases
    contexts = ["{}", "a {} b", "x{}", "“{}”", "{}\u2019s", "naïve {} — “done”", "\xa0{}\xa0"]
    for _ in range(30):
        for case in cases:
            text = rng.choice(contexts).format(_case_sample(case, rng))
            whole = u.BADNESS_RE.search(text) is not None
            assert u._bad(text) == whole, repr(text)
            if u._FTFY_WORK.search(text) is None:
                assert u._bad(text, controls=False) == whole, repr(text)


def test_bad_near_pairs_is_the_whole_search_on_random_lines():
    """``_bad`` on random lines of the characters ftfy's mojibake pattern names, with and without C1
    controls, curly quotes, dashes and no-break spaces between ASCII (which open no search)."""
    rng = random.Random(38)
    named = sorted({c for case in u._cases() or [] for chars in u._non_ascii_sets(case) if chars for c in chars})
    alphabet = named + list("aZz .,?!\n\t\xa0\u2019\u201c\u201d\u2014\x85\x9c") * 8
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        whole = u.BADNESS_RE.search(text) is not None
        assert u._bad(text) == whole, repr(text)
        if u._FTFY_WORK.search(text) is None:
            assert u._bad(text, controls=False) == whole, repr(text)


def test_bad_on_lines_of_many_pairs_is_the_whole_search():
    """Lines holding more pairs of non-ASCII characters than ``_bad`` reads one by one (text in Russian
    or Chinese, mojibake or not) are searched near the anchors instead: the same answer as the whole
    search, on both sides of the bound."""
    rng = random.Random(48)
    named = sorted({c for case in u._cases() or [] for chars in u._non_ascii_sets(case) if chars for c in chars})
    scripts = [list("Россиянепризналавыборы"), list("中国政府今天宣布新的经济政策"), named]
    taken = 0
    for _ in range(3_000):
        alphabet = rng.choice(scripts) + list("a .,\n\xa0\u2019\u201c")
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(40, 400)))
        taken += text.encode("ascii", "replace").count(b"??") > u._PAIRS_SOUGHT
        whole = u.BADNESS_RE.search(text) is not None
        assert u._bad(text) == whole, repr(text)
        if u._FTFY_WORK.search(text) is None:
            assert u._bad(text, controls=False) == whole, repr(text)
    assert 500 < taken < 2_900


def _first_round(text):
    """The first round's text of ``repair`` for an input that is not printable (line breaks unified,
    surrogates replaced unless it is ``_printable_apart``), its odd characters and whether it is."""
    odd = u._odd_characters(text)
    readable = u._printable_apart(text, odd)
    if readable:
        assert replace_surrogates(text)[1] == 0, repr(text[:200])
    else:
        text = replace_surrogates(text)[0]
    return u._substituted(text, u._NEWLINES, "\n", odd), odd, readable


def _quick_lines_are_the_plain_ones(text):
    """Where ``_printable_apart`` holds of an input, it holds no surrogate and the lines the quick scans
    find in its first round's text are those the plain ones find; returns whether it held."""
    text, odd, readable = _first_round(text)
    if not readable:
        return False
    assert u._printable_apart(text, odd), repr(text[:200])
    find, _, nfc = u._finder_kind(text, True)
    assert u._lines_to_fix(text, {}, True, find, nfc) == u._lines_to_fix(text, None, False), repr(text[:200])
    return True


@given(st.lists(st.sampled_from([*_EDGES, "\n", "x y", "“a”", "Ã\u00a0", "\u00a0—\u00a0", "\u2019\u201d", "\ud800"])
                | st.characters(), max_size=16).map("".join))
@settings(max_examples=3000)
def test_first_round_of_a_text_printable_apart_takes_the_quick_scans(text):
    """A first round's text whose only characters that are not printable are odd ones that hold no
    candidate (no-break spaces, zero-width spaces, line breaks: ``_printable_apart``) is read by the
    quick scans (``_quick_finder``, ``_line_needs_ftfy`` told it is printable) line for line as by the
    plain ones (``_NFC_CANDIDATE`` or ``_CANDIDATE``, ``_FTFY_WORK``)."""
    _quick_lines_are_the_plain_ones(text)


def test_first_round_printable_apart_on_every_eval_page():
    """The same on every evaluation page that is not printable (its text forms and the HTML's)."""
    if not EVAL_DATA.exists():
        pytest.skip("no evaluation data")
    held = sum(_quick_lines_are_the_plain_ones(page) for page in _eval_inputs() if not u._printable(page))
    assert held > 100
