"""The shared line features' shortcuts give what the plain rules give (issue 18): the tokens of
an ASCII line lower-cased in the tokenizer's one pass, those of a Latin-1 line read through a
table, the checks of ``layout.shape``'s short-line weight (menu separators, list marks, URLs)
asked of the patterns only where they can match, the section headings tried without the ones that
open with any word where the line is too long for them or lacks their word, and a line's end as a
sentence told without the pattern where the line ends at its mark or its closers; and the lines of
leaked data a page's view leaves out, tried only where a line opens as data can. Each plain rule
is the code the shortcut replaced, checked on table rows, on every line of the shared evaluation
data (but its HTML) and on random strings."""

from __future__ import annotations

import functools
import random

import pytest
import regex

from newsclean import sentences, words
from newsclean.layout import dataview, shape

from .conftest import eval_cases


def _plain_tokens(text):
    return tuple(words.WORD.findall(text.lower()))


def _plain_capitalised(text):
    found = text.split()
    return sum([w[0].isupper() for w in found]) * 2 >= len(found)


def _plain_list_item(text):
    return shape._LIST_ITEM.match(text) is not None


def _plain_short_weight(text, found):
    if shape._MENU_PARTS.search(text):
        return shape._LINE_WEIGHT
    digits = sum(map(str.isdigit, found))
    if len(found) >= 3 and (shape._LIST_ITEM.match(text) or (digits >= 2 and digits * 3 >= len(found))):
        return shape._ROW_WEIGHT
    if shape._URL.fullmatch(text):
        return shape._ROW_WEIGHT
    if len(found) >= 5 and not _plain_capitalised(text):
        return shape._FRAGMENT_WEIGHT
    return shape._LINE_WEIGHT


def _plain_weight(text, covered):
    """``shape._weight`` as the plain rules read a line, each test asked of every line it reaches: a section
    heading, a line of code, a sentence (ending the line or inside it), a long line, else the short weight."""
    if _plain_section_kind(text) is not None:
        return shape.SECTION_WEIGHT
    if shape.code_line(text):
        return shape._LINE_WEIGHT
    found = _plain_tokens(text)
    size = len(found) + len(shape._CJK.findall(text)) // 2
    stops = sum(w in shape._ALL_STOP for w in found)
    listy = covered and size > 8 and (stops / len(found) if found else 0.0) < shape._LOW_STOP
    if sentences.ends_sentence(text, shape._LINE_ENDS) or sentences.SENTENCE_INSIDE.search(text):
        weight = max(float(size - shape._PROSE_FLOOR), shape._SENTENCE_WEIGHT)
        return weight / 3 if listy else weight
    long_line = size >= shape._LONG_LINE and not listy and not shape._PARTS.search(text)
    if long_line and (size >= shape._LONG_TITLE or not _plain_capitalised(text)):
        return size / 2
    return _plain_short_weight(text, found)


def _plain_section_kind(text):
    """``shape.section_kind`` with the whole alternation's pattern, every line tried against all of it."""
    text = text.lstrip(shape._LEAD).rstrip(shape._TRAIL)
    bracketed = shape._BRACKETED.fullmatch(text) if text[:1] == "[" else None
    if bracketed:
        text = bracketed.group(1)
    if not text or len(text) > 200:
        return None
    m = shape._SECTIONS.pattern.fullmatch(text)
    return m.lastgroup if m else None


def _plain_headline_shaped(text):
    """``words.headline_shaped`` with the initialism's pattern searched on every line."""
    n = len(words.tokens(text))
    end = text.rstrip(words.SPACE)
    if end.endswith(words._FRAME):
        end = end.removesuffix(words._FRAME).rstrip(words.SPACE)
    if (initialism := words._INITIALISM_END.search(end)) is not None:
        end = end[:initialism.end() - 1]
    return (2 <= n <= 30 and len(text) <= words.HEADLINE_CHARS and not sentences.ends_sentence(end, words._CLAUSE_ENDS)
            and words._DATA.search(text) is None and not words.code_line(text))


# The marks the steps ask a line to end on (a sentence's, a line leading into the next, a headline's clause ends).
_END_MARKS = [sentences.STOPS, shape._LINE_ENDS, words._CLAUSE_ENDS]


def _plain_ends_sentence(text, marks):
    return sentences._line_end(marks)[0].search(text) is not None


# Rows each shortcut must not pass over: list marks of every kind, a letter's bracket, "No.",
# menus with each separator, URLs and look-alikes, capitals and lower case, other scripts.
ROWS = [
    "1) Preheat the oven", "12. Stir well and serve", "(a) The first point", "a) The first point",
    "B) The second point", "No. 4 Main Street", "no.12 Main Street", "NO. 7 Dock Road", "3a etapa: 10 de março",
    "2nd round: the final", "- item one two", "• item one two", "– item one two", "٣) بند أول", "(iv) a point",
    "Home | World | Politics", "News · Sport · Weather", "A • B • C", "Home » News » World", "Kids / Teens / Adults",
    "Home|World", "a / b", "https://example.com/a", "http://x", "www.example.com", "HTTPS://EXAMPLE.COM",
    "Www.example.com", "see https://example.com", "Stop Buying Crap You Don't Need", "the army left the town",
    "Élan Vital Über Alles", "ÉLAN vital über alles", "Ⅻ Ⓐ title", "ǅemal Bijedić said so", "",
    "Don't PANIC: it's 2019", "rock'n'roll 'quoted' a''b", "\u212a is the Kelvin sign", "İstanbul İzmir",
    "L’été à “São” Paulo — 2²", "Trump’s ‘deal’ isn’t done…", "don’t and don't", "’’quoted’’ ’x’", "Ÿves Ça µ×ª",
    "naïve café\xa0crème\x85fin", "Đorđe Ćosić’s team", "Zürich’s 3½ weeks",
    # comment writers' headers around the longest such heading, and lines that only look like one
    "Jane says", "jane.doe@example.com says:", "J SAYS", "Jo ſays", "Jo Says »", "x" * 30 + " says", "x" * 31 + " says",
    "x" * 30 + " says ::", "x" * 30 + " says :::", "Jane says the town is safe.", "Jane says.", "Most Read",
    "[ Most Read ]", "» 27 Comments «", "About Jane Doe", "Tags:", "Related Stories", "The army left.",
    'He said: "We won."', "It ended (at last).", "Why? ”", "as he said.’ ”", "Read more:", "Rates fell.\n",
    "Storm floods the streets of N.Y.C.", "Storm floods N.Y.C. again.", "Talks in Washington, D.C.\n",
    "Storm hits coast :: Daily Planet ::", "Fed Moves U.S. Rates. ::", "Storm hits Ⓐ.B.", "Storm hits ǅ.B.",
    "Storm hits A.ǅ.", "Storm hits a.B.", "Storm hits N.Y.C",
]


@functools.cache
def _eval_lines():
    """Every distinct line of the shared evaluation data but its HTML, stripped as blocks are."""
    found = {line.strip() for case in eval_cases() if case["variant"] != "html" for line in case["input"].splitlines()}
    found.discard("")
    return sorted(found)


def _random_lines(seed, n=20_000):
    rnd = random.Random(seed)
    pieces = ["a", "B", "z", "1", "٣", ")", "(", ".", "No", "no", "-", "•", "–", " ", "  ", "\t", "|", "/", "·", "»",
              "http", "https", "://", "www.", "Www.", "'", "''", "_", "É", "é", "ß", "\u212a", "İ", "Ⓐ", "ǅ", "北", ":",
              "’", "’’", "“", "”", "‘", "—", "…", "²", "ª", "µ", "\xa0", "\x85", "×", "Ÿ", "ć", "™",
              "says", "SAYS", "ſays", "Most", " read", "comments", "xxxxxxxxxx", "!", "?", ";", '"', "]", "[", "\n"]
    return ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 10))) for _ in range(n)]


def _check(text):
    found = words.tokens(text)
    assert found == _plain_tokens(text), repr(text)
    assert shape._capitalised(text) == _plain_capitalised(text), repr(text)
    assert shape._list_item(text) == _plain_list_item(text), repr(text)
    for covered in (True, False):
        assert shape._weight(text, covered) == _plain_weight(text, covered), repr(text)
    assert shape.section_kind.__wrapped__(text) == _plain_section_kind(text), repr(text)
    assert shape._worded(text) == (" " in text or shape._CJK.search(text) is not None), repr(text)
    assert words.headline_shaped.__wrapped__(text) == _plain_headline_shaped(text), repr(text)
    for marks in _END_MARKS:
        assert sentences.ends_sentence(text, marks) is _plain_ends_sentence(text, marks), (text, marks)


def test_headline_shaped_reads_every_capital_of_the_engine():
    """An initialism's capital is every character the engine reads as ``\\p{Lu}``, including those its Unicode
    tables know and Python's do not (newer letters, which ``str.isupper`` refuses): the plain answer on each."""
    capitals = [chr(c) for c in range(0x110000) if regex.fullmatch(r"\p{Lu}", chr(c))]
    for c in capitals:
        for text in (f"Storm hits A.{c}.", f"Storm hits {c}.B."):
            assert words.headline_shaped.__wrapped__(text) == _plain_headline_shaped(text), repr(text)


@pytest.mark.parametrize("text", ROWS)
def test_line_shortcuts_on_table_rows(text):
    _check(text)
    _check(text.upper())


def test_line_shortcuts_on_random_strings():
    for text in _random_lines(18):
        _check(text)


def test_line_shortcuts_on_every_eval_line():
    lines = _eval_lines()
    if not lines:
        pytest.skip("no shared evaluation data")
    for text in lines:
        _check(text)


def test_typographic_marks_are_no_word_characters():
    """The Latin-1 path reads its marks as spaces: the engine reads none of them as ``\\w``."""
    assert not any(words.WORD.search(mark) for mark in words._TYPOGRAPHIC)
    assert words.WORD.fullmatch("a" + words._CURLY + "b")


def test_ascii_tokens_lower_case_in_their_pass():
    rnd = random.Random(2026)
    alphabet = "aZb'_ 1-.\t'AQ"
    for _ in range(20_000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 12)))
        assert words._ascii_tokens(text) == _plain_tokens(text), repr(text)


def test_the_headings_that_open_with_any_word_are_short_and_need_their_word():
    """What lets ``section_kind`` leave them out: each is bounded in length and holds a needed word."""
    assert shape._ANY_WORD, "no heading opens with any word: the shortcut has nothing to leave out"
    assert shape._ANY_WORD_LONGEST == 38  # "[\\w.@-]{2,30} says" and three closing marks
    assert shape._OWN_SECTIONS is not shape._SECTIONS
    for n in range(1, 40):
        for text in ("x" * n + " says", "x" * n + " SAYS »", "x" * n + " ſays:::"):
            assert shape.section_kind.__wrapped__(text) == _plain_section_kind(text), text


def test_section_kind_with_the_heads_known_is_the_whole_alternation():
    """``section_kind`` answers at once where ``_OWN_SECTIONS`` knows the line's head opens no match of
    its own headings: on every line's second sight (its head learned at the first), on lines that open
    or end with marks to strip, in brackets, of a head's length or shorter, and on comment writers'
    headers (tried with the headings that open with any word), it answers as the whole alternation."""
    rnd = random.Random(33)
    marks = ["", "» ", "[ ", " ]", " «", ":", "-- ", "[", "]", " says", " SAYS:", " ſays"]
    lines = list(_eval_lines()) + _random_lines(33)
    lines += [rnd.choice(marks) + line[:rnd.randint(0, 45)] + rnd.choice(marks) for line in lines[:20_000]]
    # a bracket's inner text is tried as it stands, marks and all: its head is learned ("» Mo"), and a
    # line opening with the same marks outside brackets must still be stripped first
    headings = ["Most Read", "27 Comments", "Related Stories", "Tags", "About Jane Doe", "Jane says"]
    lines += [f"{a}{lead}{h}{tail}{b}" for h in headings for lead in ("", "» ", "• ", "-- ", ": ")
              for tail in ("", " »", ":") for a, b in (("[", "]"), ("", ""), ("[ ", " ]"))]
    for _ in range(2):  # the first pass teaches the heads, the second reads them
        for text in lines:
            assert shape.section_kind.__wrapped__(text) == _plain_section_kind(text), repr(text)
    known = shape._OWN_HEADS
    assert sum(v is False for v in known.values()) > 1000, "too few heads known to open no heading: nothing tested"


def _plain_data_lines(text):
    """``dataview.data_lines`` as a walk over every line, each tried with the pattern."""
    out, pos, n = [], 0, len(text)
    while pos < n:
        nl = text.find("\n", pos)
        nl = n if nl < 0 else nl
        if dataview._DATA_OPENS.match(text, pos, nl) is not None:
            out.append((pos, min(nl + 1, n)))
        pos = nl + 1
    return out


def test_data_lines_are_the_ones_every_line_tried_finds():
    """On every eval page and on random texts of data openings, blank lines and other line breaks."""
    pages = [c["input"] for c in eval_cases() if c["variant"] != "html"]
    for text in pages:
        assert dataview.data_lines(text) == _plain_data_lines(text)
    rnd = random.Random(1205)
    pieces = ["\n", "\n\n", " ", "\t", "\r", "\u2028", "\x85", "var x = [", "let y={", "window.a.b = {", "[{\"",
              "{\"k\":", 'string(3) "', "array(2) {", "Home", "s", "a", "[", "{", "v", "l", "c", "w", '"', "1"]
    for _ in range(20_000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 12)))
        assert dataview.data_lines(text) == _plain_data_lines(text), repr(text)
