"""Digits the ``regex`` engine reads as ``\\d`` but this Python's ``int`` refuses (its Unicode tables are
older than the engine's: Kawi's on Python 3.11) are no number to newsclean, never an error
(newsclean.numerals): in a date, a slide counter, a PHP string's length."""

from __future__ import annotations

import sys
import unicodedata

import pytest
import regex

from newsclean import clean
from newsclean.dates import parse_date
from newsclean.numerals import read_int

# Every such digit on this Python (none where both know the same Unicode), else Kawi's as a stand-in.
UNREADABLE = [c for c in map(chr, range(sys.maxunicode + 1))
              if regex.fullmatch(r"\d", c) and unicodedata.decimal(c, None) is None]
KAWI = [chr(0x11F50 + n) for n in range(10)]
REFUSED = len(UNREADABLE) >= 10
DIGITS = UNREADABLE[:10] if REFUSED else KAWI


def _d(number: str) -> str:
    """``number`` written with :data:`DIGITS`."""
    return "".join(DIGITS[int(c)] for c in number)


BODY = "Trucks came to the town at dawn and the army said it left the area by noon."


@pytest.mark.parametrize("digits, want", [("2016", 2016), ("\u0662\u0660", 20), ("\uff11\uff12", 12), ("", None)])
def test_read_int_reads_what_int_reads(digits, want):
    assert read_int(digits) == want


def test_read_int_gives_none_for_every_digit_int_refuses():
    assert all(read_int(c) is None for c in UNREADABLE)


PAGES = {
    "dateline": f"Mon Mar 21, {_d('2016')} 16:25:32\n{BODY}",
    "time": f"March 21, 2016 {_d('16')}:25\n{BODY}",
    "numeric date": f"{_d('21')}/03/2016\n{BODY}",
    "slide counter": "\n".join([BODY, f"{_d('1')} / {_d('9')}", "Caption one here.", f"{_d('2')} / {_d('9')}",
                                "Caption two", BODY]),
    "folded counter": " ".join([BODY] * 3 + [f"{_d('1')} / {_d('9')}", "Caption one here.", f"{_d('2')} / {_d('9')}",
                                            "Caption two"] + [BODY] * 3),
    "php dump": f'{BODY}\nstring({_d("12")}) "[{{\\"id\\":1}}]"\n{BODY}',
    "php inner string": f'{BODY}\na:1:{{i:0;s:{_d("2")}:"id";}}\n{BODY}',
    "html meta date": f'<html><head><meta property="article:published_time" content="{_d("2016")}-03-21">'
                      f"</head><body><p>{BODY}</p></body></html>",
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_pages_with_such_digits_are_cleaned_not_refused(name):
    result = clean(PAGES[name])
    assert BODY in result.text


def test_a_date_in_such_digits_is_no_date_where_python_cannot_read_it():
    found = parse_date(f"March 21, {_d('2016')}")
    if REFUSED:
        assert found is None
    else:  # this Python reads them: a date like any other
        assert found is not None and found.value is not None and found.value.year == 2016
