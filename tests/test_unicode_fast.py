"""The unicode step's windowed ftfy (issue 18) gives what ftfy gives on the whole line: a long
line (a page folded to one line) is fixed only in windows around the pieces ftfy could change
(``unicode._fix_line``), checked on every long line of the evaluation pages' text forms that
ftfy is asked about, on table rows built to break each fact it rests on, and on random lines."""

from __future__ import annotations

import gzip
import json
import random

import ftfy
import pytest

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


def _eval_long_lines() -> list[str]:
    """Every line of the evaluation pages' text forms (not HTML) long enough to be fixed in windows
    that ftfy is asked about, as the step reads it (surrogates replaced, line breaks unified)."""
    out = []
    for path in sorted(EVAL_DATA.glob("*.jsonl*")) if EVAL_DATA.exists() else []:
        with (gzip.open(path, "rt", encoding="utf-8") if path.suffix == ".gz" else path.open(encoding="utf-8")) as fh:
            for case in map(json.loads, fh):
                if case.get("variant") == "html" or not isinstance(case.get("input"), str):
                    continue
                text = u._NEWLINES.sub("\n", replace_surrogates(case["input"])[0])
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
