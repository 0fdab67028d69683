"""The shortcuts taken for speed give what the plain patterns give (issue 18): a cheap test
that lets a line skip a costly pattern must never skip a line the pattern matches, a pattern
searched from the line's end must match the same lines, ASCII tokens cut with ``str.split``
must be WORD's, and the per-line caches must hold a long page's lines and hand out answers
that a caller cannot spoil."""

from __future__ import annotations

import random
import re
import unicodedata

import pytest
import regex

from newsclean import names, words
from newsclean.dates import date_line
from newsclean.document import Document
from newsclean.filters import dateline, segment
from newsclean.filters.boilerplate import noise_kind
from newsclean.layout import line_joins, line_sentences, page_units
from newsclean.memo import LINE_CACHE

# Lines of every kind the shortcuts tell apart: prose, headlines, menus, code, data, markup,
# bylines, datelines, lines cut at a tag, and lines in scripts other than Latin.
LINES = [
    "The army said it had repelled the attack on the town.",
    "Syrian Army Troops Smash Dozens of ISIS Terrorists in Aleppo",
    "Home | World | Politics",
    "return (t == b && t.length > 0);",
    "function resize(e) {",
    "var n = 3;",
    ".box {margin-top:10px;",
    '"width": 250,',
    "document.write('<p>')",
    "});",
    '[{"id": "7", "title": "Aid Convoy Arrives"}',
    '<meta charset="utf-8">',
    "<The Palace: Tale of Jang Noksu>",
    'v id="content">',
    "<!-- nav.tpl -->",
    "</h2>",
    "<!DOCTYPE html>",
    "x => y",
    "The vote passed 52-48 (a narrow margin); the bill goes to the House.",
    "By Jane Doe and John Roe, Reuters",
    "Posted on June 12, 2019 by Margaret Olsen",
    "Posted on June 12 by Margaret Olsen",
    "Jane Doe | Staff writer",
    "Published: 21/03/2016 10:02",
    "The army took",
    "The town was taken by",
    "written by",
    "Aid for the",
    "officials said,",
    "a list (",
    "He said: “Go.”",
    "He said: “Go.” ",
    "It ended (in 2019).",
    "What now?»",
    "Don't PANIC: it's 2019",
    "rock'n'roll a''b 'quoted' trailing' _under_score x_y'z",
    "قالت الوزارة إن القوات دخلت المدينة.",
    "Die Armee sagte, sie habe den Angriff abgewehrt.",
    "军队说，它已经击退了进攻。",
    "",
    "'",
    "''",
]


@pytest.mark.parametrize("line", LINES)
def test_code_and_data_prechecks_skip_no_match(line):
    """A line without any of the characters the pattern needs has no match of it."""
    if words._CODE_MARK.search(line) is not None:
        assert words._may_be_code(line)
    if words._DATA.search(line) is not None:
        assert any(c in line for c in words._DATA_CHARS)


@pytest.mark.parametrize("pattern", [line_joins.GOES_ON, dateline._PROSE_END], ids=["goes_on", "dateline_prose_end"])
@pytest.mark.parametrize("line", LINES)
def test_reversed_patterns_match_the_same_lines(pattern, line):
    forward = regex.compile(pattern.pattern, pattern.flags & ~regex.REVERSE)
    assert pattern.flags & regex.REVERSE
    assert (pattern.search(line) is None) == (forward.search(line) is None)


@pytest.mark.parametrize("line", LINES)
def test_ascii_tokens_are_words_tokens(line):
    low = line.lower()
    if low.isascii():
        assert words._ascii_tokens(low) == tuple(words.WORD.findall(low))
    assert words.tokens(line) == tuple(words.WORD.findall(low))


def test_ascii_tokens_on_random_strings():
    rnd = random.Random(18)
    alphabet = "ab'_ 1-.\t'A"
    for _ in range(20_000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 12))).lower()
        assert words._ascii_tokens(text) == tuple(words.WORD.findall(text)), repr(text)


def test_latin_tokens_on_random_strings_and_eval_lines():
    """A line of Latin-1 characters and typographic marks is tokenized through a byte table and split at
    its spaces (``words._latin_tokens``): the pattern's tokens on random strings of every Latin-1
    character (each kind of white space among them), of the marks, both apostrophes and characters
    outside, of both apostrophes with the marks a line holding both is read with, of any code point, and
    on every eval line."""
    from .conftest import eval_cases

    rnd = random.Random(29)
    latin = [chr(c) for c in range(256)]
    marks = [*"ab'_ 1-.\t\xa0\x85\x1cAÉé’", *words._TYPOGRAPHIC, "Ж", "\u2009", "\u3000"]
    # both apostrophes, with the marks a line holding both is read with (one, both or none of them in it)
    both = [*"ab'’ '’ ’' x", *words._PLACEHOLDERS, *words._PLACEHOLDERS.upper(), "É"]
    for p in words._PLACEHOLDERS:  # each kept by the table, and no other character lowered into it
        assert [i for i in range(256) if words._LATIN_PARTS[i] == ord(p)] == [ord(p)]
    # characters past Latin-1 (the pattern's path): symbols, emoji, a joiner, letters whose lower case is
    # another length or depends on context
    past = [*"🙂„→©‹›\u200d\u200bćЖİΣẞⓐⒶ\u0345\u2126\u212a", "\U0001F469", "\ud800"]
    lines = ["".join(rnd.choice(latin) for _ in range(rnd.randint(0, 12))) for _ in range(20_000)]
    lines += ["".join(rnd.choice(marks) for _ in range(rnd.randint(0, 12))) for _ in range(20_000)]
    lines += ["".join(rnd.choice(marks + past) for _ in range(rnd.randint(0, 12))) for _ in range(20_000)]
    lines += ["".join(rnd.choice(both) for _ in range(rnd.randint(0, 14))) for _ in range(20_000)]
    lines += ["".join(chr(rnd.choice((rnd.randrange(256), rnd.randrange(0x110000)))) for _ in range(rnd.randint(0, 12)))
              for _ in range(20_000)]
    lines += [line for c in eval_cases() for line in c["input"].split("\n") if not line.isascii()]
    for line in lines:
        words.tokens.cache_clear()
        assert words.tokens(line) == tuple(words.WORD.findall(line.lower())), repr(line)


def test_cached_answers_cannot_be_spoiled():
    first = names.byline_names("By Jane Doe and John Roe, Reuters")
    assert first == ["Jane Doe", "John Roe"]
    first.append("Intruder")
    assert names.byline_names("By Jane Doe and John Roe, Reuters") == ["Jane Doe", "John Roe"]
    found = dateline.meta_dates("Dec. 6, 2024, 10:00 PM UTC / Updated Dec. 7, 2024")
    found.clear()
    assert len(dateline.meta_dates("Dec. 6, 2024, 10:00 PM UTC / Updated Dec. 7, 2024")) == 2
    assert date_line("Published: 21/03/2016 10:02") is date_line("Published: 21/03/2016 10:02")


def test_line_caches_hold_a_long_page():
    """A cache holds as many lines as it says (a batch of a site's pages reads their furniture
    again from it); within one page, blocks keep their features (tests/test_features.py)."""
    lines = [f"Menu entry number {i} of the site" for i in range(LINE_CACHE // 2)]
    noise_kind.cache_clear()
    for line in lines:
        noise_kind(line)
    before = noise_kind.cache_info().hits
    for line in lines:
        noise_kind(line)
    assert noise_kind.cache_info().hits - before == len(lines)


# Texts around the formula pre-check's edges: operator lines of one and two characters, with
# white space of every kind around them, operators inside longer lines, runs with and without
# an operator, carriage returns, and a formula spread over blank lines.
FORMULA_TEXTS = [
    "When\na\n≠\nb\n+\n1\n, there are two roots.",
    "When\n\na\n\n≠\n\nb\n\n+\n\n1\n\n, it holds.",
    "x\r\n=\r\ny\r\n+\r\n1\r\nend",
    "x\n \u00a0=\u2003\ny\n+\n1\nz",
    "x\n=\x0b\ny\n\t+\n1\nz",
    "a\n=a\nb\n1+\nc\nd",
    "Pages\n1\n2\n3\n4\n5\nNext",
    "a-b\nc=d e\n1 + 2\n<br>\nx",
    "Text\n[\n?>\n[\n{\nMore",
    "-\n-\n-\n-",
    "",
    "=",
]


@pytest.mark.parametrize("text", FORMULA_TEXTS)
def test_formula_precheck_skips_no_formula(text, monkeypatch):
    found = line_joins.formula_joins(text)
    monkeypatch.setattr(line_joins, "short_lines", lambda text: ["+"])  # a short line with an operator in every text
    assert line_joins.formula_joins(text) == found


def test_formula_precheck_on_random_lines(monkeypatch):
    rng = random.Random(18)
    pieces = ["x", "=", "+", "−", "ab", "a=", " ", "\u00a0", "\t", "", "1", "(", "≠ ", "the sum", ","]
    texts = ["\n".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) for _ in range(400)]
    found = [line_joins.formula_joins(t) for t in texts]
    monkeypatch.setattr(line_joins, "short_lines", lambda text: ["+"])
    assert [line_joins.formula_joins(t) for t in texts] == found


# A browser title's opening words looked for again (layout.title_copies._words_at): every kind of white
# space between them, a word inside a longer one, copies cut by the end position, overlapping
# and repeated openings, and a start position inside a copy.
WORDS_AT = [
    ("Aid arrives in town. Aid arrives in town", ["Aid", "arrives", "in"], 3),
    ("Aid arrives in town. Aid  arrives\u00a0in town", ["Aid", "arrives", "in"], 3),
    ("Aid arrives in town. Aid\narrives\t\tin", ["Aid", "arrives", "in"], 1),
    ("AidAid arrives in. Aid arrivesin. Aid arrives in", ["Aid", "arrives", "in"], 0),
    ("x Aid Aid Aid arrives in", ["Aid", "Aid", "arrives"], 0),
    ("a.b (c) a.b  (c) a.b(c)", ["a.b", "(c)"], 1),
    ("Judges allow video - Judges allow", ["Judges", "allow", "video"], 1),
    ("Judges allow video - Judges allow video", ["Judges", "allow", "video"], 5),
    ("", ["a", "b"], 0),
]


@pytest.mark.parametrize(("text", "words_", "pos"), WORDS_AT)
def test_words_at_finds_what_the_pattern_finds(text, words_, pos):
    from newsclean.layout.title_copies import _words_at
    pattern = regex.compile(r"\s++".join(regex.escape(w) for w in words_))
    for end in range(len(text) + 1):
        m = pattern.search(text, pos, end)
        assert _words_at(text, words_, pos, end) == (-1 if m is None else m.start()), (text, end)


def test_words_at_on_random_strings():
    from newsclean.layout.title_copies import _words_at
    rng = random.Random(18)
    pieces = ["ab", "a", "b", " ", "  ", "\n", "\u00a0", "ba", "abab"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        words_ = [rng.choice(["a", "b", "ab", "ba"]) for _ in range(rng.randint(1, 3))]
        pos, end = rng.randint(0, len(text)), rng.randint(0, len(text))
        m = regex.compile(r"\s++".join(regex.escape(w) for w in words_)).search(text, pos, end)
        assert _words_at(text, words_, pos, end) == (-1 if m is None else m.start()), (text, words_, pos, end)


def test_words_at_reads_as_its_full_reading_on_random_strings(monkeypatch):
    """The places _words_at rules out in line (title_copies._no_copy_at: no white space after the first
    word, or one space before another word) are no copy to its full reading either: the same answers
    with the test made to rule nothing out, on random strings of every kind of white space (\\x1c: white
    space to str.isspace only) and of words with closing marks printed apart ("Metroid , One")."""
    from newsclean.layout import title_copies
    rng = random.Random(36)
    pieces = ["ab", "a", "b", "ba", " ", " ", "  ", "\n", "\x1c", "\u00a0", ",", " ,", "a,", "b."]
    cases = []
    for _ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        words_ = [rng.choice(["a", "b", "ab", "ba", "a,", "b.", ","]) for _ in range(rng.randint(1, 3))]
        cases.append((text, words_, rng.randint(0, len(text)), rng.randint(0, len(text))))
    found = [title_copies._words_at(*case) for case in cases]
    monkeypatch.setattr(title_copies, "_no_copy_at", lambda text, after, second, end: False)
    assert [title_copies._words_at(*case) for case in cases] == found


def test_records_built_fast_are_the_records():
    """The document's fast builders give the objects the dataclasses' constructors give: same
    fields, equality, hash and repr, still frozen."""
    import dataclasses

    from newsclean import document as d
    hints = {"tag": "h1"}
    pairs = [(d._new_paragraph(3, 9, True, hints), d.Paragraph(3, 9, True, hints)),
             (d._new_paragraph(0, 1, False, d._EMPTY), d.Paragraph(0, 1)),
             (d._new_removal(0, 5, "share", "", "Tweet"), d.Removal(0, 5, "share", "", "Tweet")),
             (d._new_removal(2, 4, "navigation", "page", "Home"), d.Removal(2, 4, "navigation", "page", "Home"))]
    p = d.Paragraph(0, 3)
    pairs.append((d._new_block(4, 0, 3, "Aid", p), d.Block(4, 0, 3, "Aid", p)))
    for fast, plain in pairs:
        assert fast == plain and hash(fast) == hash(plain) and repr(fast) == repr(plain)
        assert [getattr(fast, f.name) for f in dataclasses.fields(fast)] == \
            [getattr(plain, f.name) for f in dataclasses.fields(plain)]
        with pytest.raises(dataclasses.FrozenInstanceError):
            fast.start = 1  # type: ignore[misc]
    block = pairs[-1][0]
    assert block.feature(str.split) == ["Aid"] and block.feature(str.split) is block.feature(str.split)


def _lines_read_one_by_one(text):
    """split_paragraphs as first written: each line found, sliced and trimmed in turn."""
    out, pos, blank = [], 0, True
    while pos <= len(text):
        nl = text.find("\n", pos)
        nl = len(text) if nl < 0 else nl
        line = text[pos:nl]
        if line.strip():
            start = pos + len(line) - len(line.lstrip())
            out.append((start, start + len(line.strip()), blank))
            blank = False
        else:
            blank = True
        pos = nl + 1
    return out


@pytest.mark.parametrize("text", ["", "\n", "a", " a \n\n\tb\u00a0\nc", "\x1c a\x1c\n\u2028b", "\n\n  x", "a\r\nb\r\n"])
def test_split_paragraphs_reads_each_line_as_before(text):
    from newsclean.document import split_paragraphs
    assert [(p.start, p.end, p.blank_before) for p in split_paragraphs(text)] == _lines_read_one_by_one(text)


def test_split_paragraphs_on_random_strings():
    from newsclean.document import split_paragraphs
    rng = random.Random(18)
    pieces = ["a", "bc", " ", "\n", "\t", "\u00a0", "\r", "\x1c", "\u3000"]
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 16)))
        assert [(p.start, p.end, p.blank_before) for p in split_paragraphs(text)] == _lines_read_one_by_one(text)


# The folded-page test reads the lines' shape before their units: a text without that shape is
# no folded page (reads_folded asks it first of every cleaned text).
FOLDED_SHAPES = [
    "Home\nNews\nSport",
    "word " * 300,
    ("word " * 80 + "\n") * 2,
    ("Home News Sport Weather " * 12 + "\nBy Staff\n" + "The council approved the budget on Monday. " * 12
     + "Copyright Herald " + "Home News Sport Weather " * 12),
    "\n".join(["Home", "News", "Sport"] * 30 + ["The council approved the budget on Monday. " * 30]),
    "The council approved the budget on Monday.\n" * 40,
]


@pytest.mark.parametrize("text", FOLDED_SHAPES)
def test_folded_shape_precheck_skips_no_folded_page(text):
    if not segment._folded_shape(*segment._text_lines(text)):
        assert segment._folded_lines(text) is None
    assert segment._folded_lines(text, segment._text_lines(text)) == segment._folded_lines(text)


@pytest.mark.parametrize("text", ["", "\n", "a b\n\n c \n", " \t\n\u00a0x y\n", "x\n", "\n\nx  y z\n\t"])
def test_text_lines_reads_each_line_as_before(text):
    out, pos, total = [], 0, 0
    while pos < len(text):
        nl = text.find("\n", pos)
        nl = len(text) if nl < 0 else nl
        if text[pos:nl].strip():
            chars = (nl - pos) - text.count(" ", pos, nl)
            out.append((pos, nl, chars))
            total += chars
        pos = nl + 1
    assert segment._text_lines(text) == (out, total)


# Texts the unicode step repairs over more than one round (a no-break space beside mojibake, an
# entity, control characters, a folded page as one line): the answers kept from round to round
# give the text each round would give afresh.
REPAIRED = [
    "\u00a0Ã©t\u00e9",
    "Caf\u00c3\u00a9 &amp; bar\r\nnext\u00a0line",
    "Tom &amp;amp; Jerry\u00a0said\nThe army\u00a0left. " * 3,
    ("Home News \u00a0 Sport the terroristsâ€™ assault &quot;x&quot; " * 40).strip(),
    "a\x85b\u2028c\u00a0\u00a0d\x07e",
    "plain ascii line\nanother one",
]


@pytest.mark.parametrize("text", REPAIRED)
def test_repair_rounds_with_kept_answers_are_fresh_rounds(text):
    from newsclean.filters import unicode as u
    fresh = u._NEWLINES.sub("\n", text)
    for _ in range(u._ROUNDS):
        fixed = u._normalize(u._NEWLINES.sub("\n", u._fix(fresh)))
        if fixed == fresh:
            break
        fresh = fixed
    assert u.repair(Document.from_text(text)).text == fresh


# Slideshow counters cut at every tag, at the text's start and end, with labels and links, and
# texts with numbers that are no counter's lines.
COUNTER_TEXTS = [
    "Caption of the photo.\nImage\n1\nof\n/\n8\nClose\n1\nof\n8\nThe story.",
    "1\nof\n8\nThe story.",
    "The story.\n3\n/\n12",
    "Votes\n12\n8\nof which\n3",
    "Page 1 of 8\nThe story.",
    "12 of 8",
    "Photo\n١\nof\n٨\nend",
    "",
]


@pytest.mark.parametrize("text", COUNTER_TEXTS)
def test_counter_precheck_skips_no_counter(text, monkeypatch):
    found = line_joins.counter_joins(text)
    monkeypatch.setattr(line_joins, "short_lines", lambda text: ["1"])  # a short line of a number in every text
    assert line_joins.counter_joins(text) == found


@pytest.mark.parametrize("text", ["", "\n", "x" * 250 + "\nshort\n" + "y " * 1600, ("word " * 60 + "\n") * 3 + "\n"])
def test_long_lines_reads_each_line_as_before(text):
    total = len(text) - text.count(" ") - text.count("\n")
    out, pos = [], 0
    while pos < len(text):
        nl = text.find("\n", pos)
        nl = len(text) if nl < 0 else nl
        chars = (nl - pos) - text.count(" ", pos, nl)
        if nl - pos >= segment._LONG and (chars >= segment._SHARE * total or (
                chars >= segment._PROSE_SHARE * total
                and len(line_sentences.sentence_breaks(text, pos, nl)) >= segment._PROSE_SENTENCES)):
            out.append((pos, nl, True))
        elif nl - pos >= segment._PAGE_CHARS:
            out.append((pos, nl, False))
        pos = nl + 1
    assert segment._long_lines(text) == out


def _branches_need_non_ascii(pattern):
    """Whether every top-level case of ``pattern`` has an element that matches no ASCII character."""
    try:
        from re import _compiler, _parser  # type: ignore[attr-defined]
        from re import _constants as c  # type: ignore[attr-defined]
    except ImportError:  # Python 3.10
        import sre_compile as _compiler
        import sre_constants as c
        import sre_parse as _parser
    tree = _parser.parse(pattern.pattern, pattern.flags)
    (op, av), = list(tree)  # one alternation
    assert op is c.BRANCH
    for branch in av[1]:
        needs = False
        for item in branch:
            if item[0] in (c.LITERAL, c.IN):
                matcher = _compiler.compile(_parser.SubPattern(branch.state, [item]), pattern.flags)
                if not any(matcher.fullmatch(chr(i)) for i in range(128)):
                    needs = True
        if not needs:
            return False
    return True


def test_badness_windows_hold_every_match():
    """The facts the unicode step's windowed search of ftfy's mojibake pattern rests on, read
    from the installed ftfy: its matches span at most _BADNESS_WIDTH characters, each of its
    cases needs a non-ASCII character, and it has no look-around (its one anchor is ``^``)."""
    from ftfy.badness import BADNESS_RE

    from newsclean.filters import unicode as u
    assert u._BADNESS_WIDTH is not None and u._BADNESS_WIDTH <= 8
    assert "(?=" not in BADNESS_RE.pattern and "(?!" not in BADNESS_RE.pattern and "(?<" not in BADNESS_RE.pattern
    assert _branches_need_non_ascii(BADNESS_RE)


@pytest.mark.parametrize("line", [*LINES, "the terroristsâ€™ assault", "Ã© at the start", "x" * 50 + "Â " + "y" * 50,
                                  "Ã ", "ØªØ­ÙŠØ©", "вЂ” and", "‚Äù quoted", "a" * 9 + "×²" + "b" * 9,
                                  "Plain “curly” quotes — and naïve", "“”", "é" * 40, "a\x85b", "Œuvre"])
def test_badness_search_in_windows_is_the_whole_search(line):
    from ftfy.badness import BADNESS_RE

    from newsclean.filters import unicode as u
    for text in (line, f"{line} {line}", f"plain ascii text, long enough: {line}",
                 f"plain ascii text, long enough: {line} and after “it”"):
        assert u._bad(text) == (BADNESS_RE.search(text) is not None), text


def test_badness_search_on_random_strings():
    from ftfy.badness import BADNESS_RE

    from newsclean.filters import unicode as u
    rng = random.Random(18)
    alphabet = list("aZ ;.,\n\t€œŠš¢£Ÿž\xa0\xad®©°·»–—´ÃÂÎÐØÙ×²³à√±≈‚Ä¬âóàäВГРСўЂβΒΓΞΟā’“”«¿¡µ¶§")
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24)))
        assert u._bad(text) == (BADNESS_RE.search(text) is not None), repr(text)


# titles.unmarked's pattern as one alternation: a function called on a string (``\w++\(["']``) among
# the other cases, which a search tried at each letter of each word.
_PLAIN_MARKUP = regex.compile(r"</[a-zA-Z]|<[a-zA-Z][\w:-]{0,20}+\s++[\w:-]++=|<!|-->|[\"']\);|\bfunction\s*+\(|"
                              r"\bdocument\.\w|\w++\([\"']|\(\w++\s*+(?:[<>!=]=|[<>])|[\"']\s*+/?>")


def _plain_markup_start(text: str) -> int | None:
    m = _PLAIN_MARKUP.search(text)
    return None if m is None else m.start()


@pytest.mark.parametrize("line", [*LINES, 'Top story(The Times)ntById("font"); obj.x', 'x("a") <b c="d">',
                                  "(OAS_version >= 11) getById('x')", "é_ü(\"k\") -->", 'aé(" <a href=', "('x')"])
def test_markup_start_is_the_whole_alternation(line):
    from newsclean import titles
    for text in (line, f"{line} {line}", f"A plain headline - Site {line}"):
        assert titles._markup_start(text) == _plain_markup_start(text), text


def test_markup_start_on_random_strings():
    from newsclean import titles
    rng = random.Random(18)
    alphabet = list("aZé_9 (\"')<>/!=-;.dfé\u0301\u0928\u093f")
    pieces = ["function", "document.", "-->", "<!", "</a", '<a href=', '")', "')", "(x <", '"/>']
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) if rng.random() < 0.85 else rng.choice(pieces)
                       for _ in range(rng.randint(0, 24)))
        assert titles._markup_start(text) == _plain_markup_start(text), repr(text)


def test_markup_start_by_is_the_whole_search_up_to_the_bound():
    """``titles.markup_start_by`` reads a title only up to the first character past the bound that
    ends every run of a match: the answer is the whole title's first markup where that is at the
    bound or before, on runs of white space, of a word's characters, colons and hyphens that go on
    past the bound (a tag's name, a call's name, a comparison's word), with characters the engines
    read apart (combining marks, U+001C, U+0085)."""
    from newsclean import titles
    rng = random.Random(37)
    alphabet = list("aZé_9 (\"')<>/!=-:;.dfé\u0301\u0928\u093f\x1c\x85\xa0\n\t")
    pieces = ["function", "document.", "-->", "<!", "</a", "<a href=", '")', "')", "(x <", '"/>', "(ab >=",
              " " * 30, "word" * 10, "a:b-c" * 6, "<abc" + " " * 25 + "d=", "(" + "w" * 30 + " <", 'f' * 30 + '("']
    checked = 0
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) if rng.random() < 0.8 else rng.choice(pieces)
                       for _ in range(rng.randint(0, 40)))
        whole = titles._markup_start(text)
        for bound in (rng.randint(0, len(text) + 2), rng.randint(0, 40)):
            expected = whole if whole is not None and whole <= bound else None
            assert titles.markup_start_by(text, bound) == expected, (repr(text), bound)
            checked += expected is not None
    assert checked > 5_000


_WORD_RUN = regex.compile(r"\S++")


def _plain_menu_end(text: str, start: int, end: int) -> int | None:
    """layout.unit_shapes.menu_end as it read every word with its offset."""
    from newsclean.layout import unit_shapes, unit_words
    tokens = [(m.start(), m.group()) for m in _WORD_RUN.finditer(text, start, end)]
    found, run = None, 0
    for i, (_, word) in enumerate(tokens):
        if unit_words._lower(word) and word[:1].isalpha():
            if run > unit_shapes._MENU_RUN and i > 0 and tokens[i - 1][1][:1].isupper():
                k = i - 2 if tokens[i - 2][1].lower() in unit_shapes._FUNCTION_WORDS else i - 1
                found = tokens[k][0]
            run = 0
        else:
            run += 1
    return found


def _plain_run_ends(text: str, start: int, end: int) -> list[int]:
    """layout.page_units.run_ends as it read every word with its offset."""
    def lower(w: str) -> bool:
        return w[:1].islower()
    out: list[int] = []
    words = [(m.start(), m.group()) for m in _WORD_RUN.finditer(text, start, end)]
    run_start, capitals = 0, 0
    for i, (pos, word) in enumerate(words):
        n = i - run_start
        if (n >= page_units._RUN_WORDS and capitals >= page_units._RUN_SHARE * n and word[:1].isupper()
                and i + 2 < len(words) and lower(words[i + 1][1]) and lower(words[i + 2][1])
                and not lower(words[i - 1][1]) and text[pos - 1] == " "):
            out.append(pos - 1)
            run_start, capitals = i, 0
        if lower(word):
            if n >= page_units._RUN_WORDS and capitals < page_units._RUN_SHARE * n:
                run_start, capitals = i + 1, 0
            continue
        capitals += word[:1].isupper()
    return out


_RUNS = ["News: ePaper | Front Page | National | Business | Sport False rails will be in position.",
         "Home World Politics Sport Council Approves Budget The council approved the budget.",
         "He met Prime Minister Theresa May in London on Monday.",
         "HOME NEWS SPORT WEATHER TRAVEL JOBS CARS ABOUT Der Rat hat den Haushalt beschlossen, sagte er.",
         "Home  News\tSport  Weather ǅx Travel 中文 Jobs Cars About The  council met  and voted today.",
         "1 2 3 4 5 6 7 8 9 10 the end of it All Of Us Here Now Then We the people say so"]


@pytest.mark.parametrize("text", [*_RUNS, *LINES])
def test_menu_end_and_run_ends_read_as_before(text):
    from newsclean.layout import unit_shapes
    for s in (text, f"{text} {text}", f"  {text}\n{text.upper()} {text.lower()}"):
        for a, b in ((0, len(s)), (2, len(s)), (0, len(s) // 2)):
            assert unit_shapes.menu_end(s, a, b) == _plain_menu_end(s, a, b), s
            assert page_units.run_ends(s, a, b) == _plain_run_ends(s, a, b), s


def test_menu_end_and_run_ends_on_random_strings():
    from newsclean.layout import unit_shapes
    rng = random.Random(18)
    alphabet = [*"aAbBéÉß ǅ中1.,\t\n ", "the ", "The ", "Home ", "NEWS ", "of ", "Der "]
    for _ in range(20_000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
        a = rng.randint(0, len(s))
        b = rng.randint(a, len(s))
        assert unit_shapes.menu_end(s, a, b) == _plain_menu_end(s, a, b), repr(s)
        assert page_units.run_ends(s, a, b) == _plain_run_ends(s, a, b), repr(s)


# The pattern layout.closing_headings._inner_heading read the pairs of tokens with (neither opening with a
# lower-case letter), as it was first written: the first token's opening as a look-ahead.
_PLAIN_PAIR = regex.compile(r"(?<!\S)(?!\p{Ll})(\S++)\s++(?=([^\p{Ll}\s]\S*+))")


def _pairs(pattern: regex.Pattern[str], text: str, start: int) -> list[tuple[int, int, str, str]]:
    return [(m.start(), m.end(), m.group(1), m.group(2)) for m in pattern.finditer(text, start, len(text))]


def _side_by_side(text: str, start: int) -> list[tuple[int, int, str, str]]:
    """The same pairs as layout.closing_headings reads them now: on the first characters of the tokens, each
    token located as _inner_heading locates the ones it reads (unit_words.token_start)."""
    from newsclean.layout import closing_headings, unit_words
    words = unit_words.span_tokens(text, start, len(text))
    offsets = [unit_words.token_start(text, words, start, k) for k in range(len(words))]
    assert offsets == [m.start() for m in regex.finditer(r"\S++", text, pos=start)], repr(text)
    return [(offsets[i], offsets[i + 1], words[i], words[i + 1])
            for i in closing_headings._side_by_side(text, start, words)]


@pytest.mark.parametrize("text", [*LINES, *_RUNS, "Posted in News | Permalink | 10 Comments Previous Post Jane said",
                                  "  ÉTÉ Été 12 Comments\t| x Y «Z» ǅx"])
def test_pairs_of_tokens_are_the_patterns(text):
    for start in range(min(len(text), 12)):
        assert _side_by_side(text, start) == _pairs(_PLAIN_PAIR, text, start), (text, start)


def test_pairs_of_tokens_on_random_strings():
    rng = random.Random(18)
    alphabet = [*"aAéÉ1|«ǅ中 \t\n \x1c\u00a0", "the ", "Most ", "Read "]
    for _ in range(20_000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        start = rng.randint(0, len(s))
        assert _side_by_side(s, start) == _pairs(_PLAIN_PAIR, s, start), repr(s)


def test_badness_windows_open_at_anchor_characters():
    """The unicode step searches ftfy's mojibake pattern only around the characters of which each
    of its cases needs one (_anchor_characters: found on the installed ftfy), and gives what the
    whole search gives on text of the scripts its cases name (Cyrillic, Greek, box drawing)."""
    from ftfy.badness import BADNESS_RE

    from newsclean.filters import unicode as u
    anchors = u._anchor_characters()
    assert anchors is not None and "в" not in anchors and "а" not in anchors  # Cyrillic prose opens no window
    rng = random.Random(18)
    alphabet = list("aZ .,\n€œŠ¢ÃÂÐØÙ×²àâóВГРСвЂабвгдежзийклмнопрстуфхцчшщъыьэюяΑΒΓαβγ│┌═░‘’“”«»–— \xa0µ")
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        assert u._bad(text) == (BADNESS_RE.search(text) is not None), repr(text)


def test_blob_openers_hold_every_pattern_start():
    """The blobs step tries its patterns only on lines that open with one of _OPENERS: every
    character a match of _PHP, _JS or _JSON_START may start with is one of them."""
    from newsclean.alternatives import first_characters
    from newsclean.filters import blobs
    for pattern in (blobs._PHP, blobs._JS, blobs._JSON_START):
        assert not pattern.flags & regex.IGNORECASE
        fragments = first_characters(pattern.pattern)
        assert fragments is not None, pattern.pattern
        for fragment in fragments:
            starts = {chr(i) for i in range(0x3000) if regex.fullmatch(fragment, chr(i)) is not None}
            assert starts <= blobs._OPENERS, (fragment, starts - blobs._OPENERS)


def test_span_tokens_are_the_pattern_tokens():
    """layout.unit_words.span_tokens cuts with str.split where it reads the same white space as the
    regex module's \\S++, and with the pattern where it does not (the separators U+001C-U+001F)."""
    from newsclean.layout import unit_words
    rng = random.Random(18)
    alphabet = list("ab Z.\t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2028\u2029\u202f\u205f\u3000\u200b\u180e")
    for _ in range(20_000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 20)))
        a = rng.randint(0, len(s))
        b = rng.randint(a, len(s))
        assert unit_words.span_tokens(s, a, b) == _WORD_RUN.findall(s, a, b), repr(s)


@pytest.mark.parametrize(("module", "name", "offsets"), [(line_sentences, "_AFTER_MARK", (0, 1)),
                                                         (page_units, "_NOTICE", (0,))], ids=["after_mark", "notice"])
def test_patterns_tried_at_their_openings_match_as_finditer(module, name, offsets):
    """layout.line_sentences.matches_at tries a pattern only where its opening pattern finds a place it
    may start: the same matches as finditer, on random strings of the words and marks the patterns read."""
    pattern, opening = getattr(module, name), getattr(module, f"{name}_AT")
    rng = random.Random(18)
    pieces = [" ", ".", "”", ")", "less", "more", "Photo", "Image", "2", "of", "9", "©", "A", "x", "\n", " less", ". "]
    for _ in range(20_000):
        s = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 16)))
        start = rng.randint(0, len(s))
        end = rng.randint(start, len(s))
        assert ([m.span() for m in line_sentences.matches_at(pattern, opening, s, start, end, offsets)]
                == [m.span() for m in pattern.finditer(s, start, end)]), repr(s)


def test_one_scan_finds_every_character_the_unicode_step_normalizes():
    """unicode._ODD holds exactly the characters its four normalizing patterns change (every
    code point of the first plane checked), so a text it finds nothing in is left as it is without them."""
    from newsclean.filters import unicode

    parts = (unicode._NEWLINES, unicode._CONTROL, unicode._INVISIBLE, unicode._SPACES)
    for cp in [*range(0xD800), *range(0xE000, 0x10000), 0x10000, 0x1F600, 0x10FFFF]:  # all below 0x10000
        ch = chr(cp)
        assert (unicode._ODD.match(ch) is not None) == any(p.match(ch) for p in parts), hex(cp)


@pytest.mark.parametrize("text", [
    "plain\ntext", "a\u00a0b", "a\r\nb\rc", "x\u2028y", "tab\there", "zero\u200bwidth", "bell\x07", "Tom &amp; Jerry",
    "Caf\u00c3\u00a9\u00a0au lait", "&nbsp;x", "\ufeffBOM", "",
])
def test_repair_with_the_one_scan_gives_the_four_substitutions(text):
    from newsclean.document import Document
    from newsclean.filters import unicode

    def slow(t: str) -> str:
        t = unicode._NEWLINES.sub("\n", t)
        for _ in range(unicode._ROUNDS):
            fixed = unicode._fix(t)
            fixed = unicode._SPACES.sub(" ", unicode._INVISIBLE.sub("", unicode._CONTROL.sub(
                "", unicode._NEWLINES.sub("\n", fixed))))
            if fixed == t:
                break
            t = fixed
        return t

    assert unicode.repair(Document.from_text(text)).text == Document.from_text(slow(text)).text


def _plain_repair(text: str) -> str:
    """The unicode step as written before its shortcuts: newlines unified, then rounds of ftfy on the
    lines it could change (the candidate search, no printable test) and the four substitutions."""
    from newsclean.filters import unicode as u

    text = u._NEWLINES.sub("\n", text)
    for _ in range(u._ROUNDS):
        fixed = u._fix(text)
        fixed = u._SPACES.sub(" ", u._INVISIBLE.sub("", u._CONTROL.sub("", u._NEWLINES.sub("\n", fixed))))
        if fixed == text:
            break
        text = fixed
    return text


def test_repair_on_random_texts_is_the_plain_repair():
    """``repair`` (its printable test, the substitutions run only for the characters a text holds, kept
    from the first scan where ftfy changed nothing) gives the plain rounds' text on random texts of odd
    characters, entities, mojibake and line breaks, and on the eval pages."""
    from newsclean.filters import unicode as u

    from .conftest import eval_cases
    rng = random.Random(20261206)
    pieces = ["a", "Z", " ", "\n", "\r", "\r\n", "\t", "\x07", "\x0b", "\x85", "\xa0", "\xad", "\u200b", "\u2028",
              "\u3000", "\ufeff", "&amp;", "&nbsp;", "&#13;", "Ã©", "â€™", "é", "’", "”", "e\u0301", "?", "北"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(3000)]
    pages = [case["input"] for case in eval_cases() if case["variant"] != "html"]
    # the pages that hold an odd character (they take the substitutions) and every eighth of the others
    pages = [page for i, page in enumerate(pages) if not u._printable(page) or i % 8 == 0]
    for text in texts + pages:
        assert u.repair(Document.from_text(text)).text == Document.from_text(_plain_repair(text)).text, repr(text)
        odd = u._odd_characters(text)
        assert u._normalize(text, odd) == u._normalize(text) == _plain_normalize(text), repr(text)


def _plain_normalize(text: str) -> str:
    from newsclean.filters import unicode as u
    return u._SPACES.sub(" ", u._INVISIBLE.sub("", u._CONTROL.sub("", u._NEWLINES.sub("\n", text))))


# The unicode step's candidate searches as alternations, each case tried at every character: the
# patterns its one-class openings replace.
_PLAIN_CANDIDATE = regex.compile(r"[^\t\n\x20-\x7e]|&#?[0-9A-Za-z]")
_PLAIN_NFC_CANDIDATE = regex.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\u206a-\u206f\ufeff\ufff9-\ufffcŒœÃÂ]"
                                     r"|&#?[0-9A-Za-z]|[^\x00-\x7f]{2}")


def _candidate_starts(pattern, text: str) -> list[int]:
    """The start of the search's match from each position of ``text`` (what ``_lines_to_fix`` reads)."""
    return [m.start() if (m := pattern.search(text, pos)) else -1 for pos in range(len(text) + 1)]


@pytest.mark.parametrize("text", [*LINES, "Tom &amp; Jerry", "&#39;", "&#", "& x", "a&b", "“quoted” — naïve",
                                  "Caf\u00c3\u00a9", "Œuvre", "\x85", "x\x7fy", "é", "éé", "&\u00e9\u00e9", "\ufeff"])
def test_candidate_searches_find_the_alternations_starts(text):
    from newsclean.filters import unicode as u
    for fast, plain in ((u._CANDIDATE, _PLAIN_CANDIDATE), (u._NFC_CANDIDATE, _PLAIN_NFC_CANDIDATE)):
        assert _candidate_starts(fast, text) == _candidate_starts(plain, text), text


def test_candidate_searches_on_random_strings_and_every_eval_page():
    from newsclean.filters import unicode as u

    from .conftest import eval_cases
    rng = random.Random(20261205)
    alphabet = list("aZ ;&#x9\n\t\r\x0b\x0c\x1f\x7f\x85\x9f\xa0€œŒÃÂé“”—\u206a\ufeff\ufffc北\U0001f600")
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12))) for _ in range(5000)]
    for text in texts:
        for fast, plain in ((u._CANDIDATE, _PLAIN_CANDIDATE), (u._NFC_CANDIDATE, _PLAIN_NFC_CANDIDATE)):
            assert _candidate_starts(fast, text) == _candidate_starts(plain, text), repr(text)
    for case in eval_cases():
        text = case["input"]
        for fast, plain in ((u._CANDIDATE, _PLAIN_CANDIDATE), (u._NFC_CANDIDATE, _PLAIN_NFC_CANDIDATE)):
            assert ([m.start() for m in fast.finditer(text)] == [m.start() for m in plain.finditer(text)]), case["id"]


def test_code_precheck_on_random_strings_and_every_eval_line():
    """``words._may_be_code`` (the hints of ``_CODE_MARK``'s cases) passes over no line the
    pattern finds a mark in."""
    from .conftest import eval_cases
    rng = random.Random(20261205)
    pieces = ["&", "&&", "|", "||", "=", "==", "!", "(", ")", "()", "('", '("', "{", "}", ";", "//", "/*", "*/", "*",
              "/", ".", "x", "a.b", " ", "'", '"', "[", "1", "-", ":", "\n"]
    lines = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 8))) for _ in range(20_000)]
    lines += [line for case in eval_cases() for line in case["input"].splitlines() if len(line) <= 400]
    marked = 0
    for line in lines:
        if words._CODE_MARK.search(line) is not None:
            marked += 1
            assert words._may_be_code(line), line
    assert marked > 1000


# names.byline_tuple's tests before its plain ones: the roles' alternation, four digits.
_PLAIN_ROLE_HINT = re.compile("|".join(names._ROLES))
_PLAIN_YEAR = re.compile(r"\d{4}")


def test_role_and_year_tests_answer_as_the_patterns_on_random_strings_and_every_eval_line():
    from .conftest import eval_cases
    rng = random.Random(20261205)
    pieces = [*names._ROLE_WORDS, "Editor", "EDITOR", "edit", "or", "staf", "f", " ", "|", "-", "1", "20", "٢٠", "ſ"]
    lines = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 6))) for _ in range(20_000)]
    lines += [line for case in eval_cases() if case.get("variant") == "page" for line in case["input"].splitlines()]
    for line in lines:
        folded = line.casefold()
        assert names._names_a_role(folded) == (_PLAIN_ROLE_HINT.search(folded) is not None), line
        # the byline's year test
        assert (names.line_digits(line) == names.YEAR) == (_PLAIN_YEAR.search(line) is not None), line


def _plain_shouted(text: str) -> bool:
    """inserts._shouted as it was: the whole line cut into words first."""
    from newsclean.layout import inserts
    words = text.split()
    if len(words) < inserts._SHOUTED_WORDS or not (words[0].isupper() or words[1].isupper()):
        return False
    if inserts.ends_sentence(text) or sum(any(c.isdigit() for c in w) for w in words) > 1:
        return False
    upper = sum(c.isupper() for c in text)
    lower = sum(c.islower() for c in text)
    return upper >= inserts._SHOUTED_SHARE * (upper + lower) and upper + lower >= len(text) / 2


def test_word_counts_split_to_their_bound_and_shouted_lines_read_as_before():
    """A count of words compared with a bound reads the line split no further than the bound
    (``len(s.split(None, k)) > k`` is ``len(s.split()) > k``: dateline, names, sentences), and
    inserts._shouted cuts the whole line only after its first two words."""
    from newsclean.layout import inserts

    from .conftest import eval_cases
    rng = random.Random(20261205)
    pieces = ["A", "AB", "ab", "Ab", "1", "2x", " ", "  ", "\t", "\u00a0", "\u3000", "\x85", "\u200b", ".", "!", "”"]
    lines = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 40))) for _ in range(20_000)]
    lines += [line for case in eval_cases() if case.get("variant") == "page" for line in case["input"].splitlines()]
    for line in lines:
        words = len(line.split())
        for bound in (12, 25, 30):
            assert (len(line.split(None, bound)) > bound) == (words > bound), (bound, line)
            assert (len(line.split(None, bound)) < bound) == (words < bound), (bound, line)
        assert inserts._shouted(line) == _plain_shouted(line), line


def test_norm_key_cuts_apostrophes_as_translate_did():
    """words.norm_key replaces both apostrophes with str.replace: the key str.translate gave."""
    from .conftest import eval_cases
    table = str.maketrans("'’", "  ")
    rng = random.Random(20261205)
    pieces = ["don't", "Don’t", "'", "’", "''", " ", "rock'n'roll", "ÉTÉ", "a", "1", "北京", ".", "-"]
    lines = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 8))) for _ in range(5000)]
    lines += [line for case in eval_cases() if case.get("variant") == "page" for line in case["input"].splitlines()]
    for line in lines:
        assert words.norm_key(line) == " ".join(words.tokens(line)).translate(table), line


def test_letters_of_an_ascii_text_are_the_patterns():
    """sentences._letters counts an ASCII text's letters from its bytes: what removing ``\\P{L}`` leaves."""
    from newsclean import sentences

    from .conftest import eval_cases
    rng = random.Random(20261205)
    alphabet = [chr(i) for i in range(128)] + ["é", "ß", "北", "\u00a0", "’"]
    lines = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30))) for _ in range(5000)]
    lines += [line for case in eval_cases() if case.get("variant") == "page" for line in case["input"].splitlines()]
    for line in lines:
        assert sentences._letters(line) == len(sentences._NON_LETTERS.sub("", line)), line
        assert sentences._letters(line) == len(regex.sub(r"\P{L}++", "", line)), line


def test_printable_texts_hold_no_odd_character_and_few_candidates():
    """Every character ``unicode._ODD`` finds, and every one ``_NFC_CANDIDATE`` takes alone, is one
    ``str.isprintable`` rejects, but those of ``_PRINTABLE_ALONE`` (every code point checked), so a
    ``_printable`` text holds none of them; nor does it hold a surrogate."""
    from newsclean.filters import unicode as u

    alone = re.compile(f"[{u._NFC_ALONE}]")
    for cp in [*range(0xD800), *range(0xE000, 0x110000)]:
        ch = chr(cp)
        if u._ODD.match(ch) is not None:
            assert not ch.isprintable() and ch != "\n", hex(cp)
        if alone.match(ch) is not None:
            assert not ch.isprintable() or ch in u._PRINTABLE_ALONE, hex(cp)
    # nor a surrogate: a printable page's surrogates are not searched for
    assert not any(chr(cp).isprintable() for cp in range(0xD800, 0xE000))
    assert not u._printable("a\ud800b") and u.repair(Document.from_text("a\ud800b\n")).text == "a\ufffdb\n"


_FINDER_TEXTS = [*LINES, "Q&A: “x” ‘’ and &amp; ??", "?’’?", "’?’", "???", "é?é", "éé", "a’’b&#1", "&", "&#", "&x",
                 "S&P 500 — “up”", "北京", "x\U0001f600\U0001f600", "Œuvre", "\ufffc", "", "\n\n’’\n&amp;"]


def _finder_starts(text: str) -> list[int]:
    from newsclean.filters import unicode as u
    find = u._finder(text, u._printable(text))
    return [find(pos) for pos in range(len(text) + 1)]


@pytest.mark.parametrize("text", _FINDER_TEXTS)
def test_quick_finder_finds_the_candidate_searchs_starts(text):
    """``unicode._finder`` (the scans in C where the text allows them) finds, from each position, the
    start the candidate search finds."""
    from newsclean.filters import unicode as u
    pattern = u._NFC_CANDIDATE if unicodedata.is_normalized("NFC", text) else u._CANDIDATE
    assert _finder_starts(text) == _candidate_starts(pattern, text), repr(text)


def test_quick_finder_on_random_strings_and_every_eval_page():
    """The same on random strings of question marks, entities, pairs of characters that are not ASCII,
    every kind of character the searches take alone, and the lines a page holds; and ``_lines_to_fix``
    told the text is printable gives the lines it gives without, on every eval page."""
    from newsclean.filters import unicode as u

    from .conftest import eval_cases
    rng = random.Random(20261206)
    alphabet = [*"aZ ?&#x1;\n\t\xa0\x85€œŒÃÂé“”’—\u200b\u206a\ufeff\ufffc北\U0001f600", "e\u0301", "&amp;"]
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        pattern = u._NFC_CANDIDATE if unicodedata.is_normalized("NFC", text) else u._CANDIDATE
        assert _finder_starts(text) == _candidate_starts(pattern, text), repr(text)
    quick = 0
    for case in eval_cases():
        text = case["input"]
        printable = u._printable(text)
        quick += printable
        assert u._lines_to_fix(text, printable=printable) == u._lines_to_fix(text), case["id"]
    assert quick > 100
