"""The block weights' and the title step's shortcuts give what the plain rules give (issue 18):
the page view's running totals and weights (``shape._Page``) answer as the blocks read one by one,
``titles.run_in_title`` reads only the first words it can use and answers as when it read the whole
head of the text, and ``titles.title_bounds`` stops at the piece that makes a line no title. Checked
on table rows, on every page of the shared evaluation data, and on random pages."""

from __future__ import annotations

import random

import pytest

from newsclean import titles, words
from newsclean.document import Document
from newsclean.layout import shape

from .conftest import eval_cases

# Lines the weights tell apart: prose, a headline, menus, a closing heading, code, a list row, a
# URL, a language the stop-word lists lack, markup without a space, a line of a script element.
LINES = [
    "The convoy of forty trucks reached the town at dawn on Monday, officials said.",
    "Aid Convoy Arrives in Besieged Town",
    "Home", "Home | World | Politics", "Most Read", "27 Comments",
    "return (t == b && t.length > 0);",
    "1) Preheat the oven to 200 degrees",
    "https://example.com/news/2016/aid-arrives",
    "Ура ура ура ура ура ура ура ура ура",
    "Die Armee sagte, sie habe die Stadt am Montag verlassen, und die Hilfe kam.",
    "<![CDATA[" * 20,
    'Bus routes<script type="application/ld+json">{"k": {"k": 1}}</script> change on Monday for the holiday',
    "北京时间昨天下午，市政府宣布了新的交通计划。",
    "stock car 2018, stock car brasil, formula truck, rally dakar, motogp, indy, nascar, wec",
]


def _plain_covered(blocks):
    """``shape.covered`` as it read the blocks one by one, before the view's running totals."""
    counts = [shape._language_count(b.text) for b in blocks]
    prose = [c for c in counts if c[0] >= shape._PROSE_TOKENS] or counts
    words = sum(n for n, _ in prose)
    return bool(words) and sum(k for _, k in prose) / words >= shape._COVERED


def _check_page(blocks):
    """Every run of ``blocks`` (a start, an end: the ones the steps ask) read from the view as afresh."""
    n = len(blocks)
    for a, b in {(0, n), (1, n), (2, n), (0, n - 1), (1, n - 2), (n // 2, n)}:
        if not 0 <= a <= b <= n:
            continue
        run = blocks[a:b]
        shape.covered(blocks)  # the whole page is the kept view
        cv = _plain_covered(run)
        assert shape.covered(run) is cv
        assert shape.page_weights(run) == [shape.weigh(x, cv) for x in run]


@pytest.mark.parametrize("seed", range(8))
def test_the_view_answers_as_the_blocks_read_one_by_one(seed):
    rnd = random.Random(seed)
    for _ in range(40):
        lines = [rnd.choice(LINES) for _ in range(rnd.randint(1, 12))]
        hints = [{"link_density": rnd.choice([0.0, 0.2, 0.9])} if rnd.random() < 0.3 else {} for _ in lines]
        _check_page(Document.from_text("\n".join(lines)).blocks)
        _check_page(Document.from_text("\n".join(lines), hints=hints).blocks)  # a paragraph that is links


def test_the_view_answers_as_the_blocks_read_one_by_one_on_every_eval_page():
    pages = [c["input"] for c in eval_cases() if c["variant"] in ("page", "container")]
    if not pages:
        pytest.skip("no shared evaluation data")
    for text in pages:
        _check_page(Document.from_text(text).blocks)


@pytest.mark.parametrize("seed", range(4))
def test_the_view_finds_runs_by_their_blocks_not_their_indices(seed):
    """The view finds a run's place by bisection on the blocks' indices, then checks the blocks
    themselves: blocks out of the paragraphs' order, another document's blocks of the same indices,
    a run cut from a shuffled page and the menus-only runs (whose totals are read lazily) all answer
    as the blocks read one by one."""
    rnd = random.Random(seed)
    for _ in range(40):
        lines = [rnd.choice(LINES) for _ in range(rnd.randint(1, 12))]
        blocks = Document.from_text("\n".join(lines)).blocks
        twin = Document.from_text("\n".join(lines)).blocks  # equal blocks, other objects
        shuffled = tuple(rnd.sample(blocks, len(blocks)))
        for page in (blocks, shuffled):
            shape.covered(page)  # the kept view
            for a in range(len(page)):
                for b in range(a, len(page) + 1):
                    for run in (page[a:b], twin[a:b]):
                        cv = _plain_covered(run)
                        assert shape.covered(run) is cv
                        assert shape.page_weights(run) == [shape.weigh(x, cv) for x in run]
                        shape.covered(page)


def _check_read(blocks, features):
    """``shape._read`` gives ``Block.feature``'s answers, read afresh (nothing kept yet), again (all kept),
    and on a page where some blocks hold the feature and others not, and keeps what it computed."""
    for of in features:
        plain = [of(b.text) for b in blocks]
        assert shape._read(blocks, of) == plain  # computed (the first weighing)
        assert [b._features[of] for b in blocks] == plain  # kept, as Block.feature keeps it
        assert shape._read(blocks, of) == plain  # read back from the dicts
        fresh = Document.from_text("\n".join(b.text for b in blocks)).blocks
        for b in fresh[::2]:
            b.feature(of)  # every other block holds it already
        assert shape._read(fresh, of) == [b.feature(of) for b in fresh] == plain


def test_read_answers_as_block_feature():
    features = (shape._prose_tally, shape._covered_weight, shape._uncovered_weight)
    rnd = random.Random(5)
    for _ in range(40):
        lines = [rnd.choice(LINES) for _ in range(rnd.randint(1, 12))]
        _check_read(Document.from_text("\n".join(lines)).blocks, features)


def test_read_answers_as_block_feature_on_every_eval_page():
    pages = [c["input"] for c in eval_cases() if c["variant"] in ("page", "flatpage")]
    if not pages:
        pytest.skip("no shared evaluation data")
    for text in pages:
        _check_read(Document.from_text(text).blocks, (shape._prose_tally, shape._covered_weight))


def test_a_run_of_menus_only_reads_the_totals_of_every_line():
    """A run without a line of prose is answered from every line's counts (summed on first use)."""
    lines = ["Home", "The army left the town", LINES[0], "News and weather today"]
    blocks = Document.from_text("\n".join(lines)).blocks
    shape.covered(blocks)
    for a in range(len(blocks)):
        for b in range(a, len(blocks) + 1):
            assert shape.covered(blocks[a:b]) is _plain_covered(blocks[a:b])


# Heads of pages with a title run into the first sentence, with a heading between, printed twice,
# none at all, long titles, stops far down, and texts of fewer words than the rule reads.
RUN_INS = [
    "Base URL test Lorem Lorem ipsum dolor sit amet, consectetur elit.",
    "Readability Test Readability Test\nLorem ipsum dolor sit amet, consectetur elit.",
    "Storm Hits Coast Storm Winds Storm winds hit the coast at night, officials said.",
    "Storm Hits Coast The storm hit the coast at night, officials said.",
    "The storm hit the coast on Monday, officials said.",
    "One Two Three Four Five Six Seven Eight One Two Three Four Five Six Seven Eight Nine ten "
    "eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty.",
    "A B A B the rest goes on and on and on and on and on and on without a stop at all",
    "Title Here Title Here " + "word " * 40 + "end.",
    "Short", "", "Two Words",
    # the longest title (eight words) and a heading (three), the sentence's stop on the last word read
    "One Two Three Four Five Six Seven Eight Storm Winds Blow Storm winds blow and the rain came down on every "
    "town all night.",
]


def _plain_run_in_title(text, monkeypatch):
    """``titles.run_in_title`` reading every word of the text's head, as before the cut."""
    with monkeypatch.context() as m:
        m.setattr(titles, "_RUN_IN_READ", None)
        return titles.run_in_title(text)


@pytest.mark.parametrize("text", RUN_INS)
def test_run_in_title_reads_the_words_it_needs(text, monkeypatch):
    assert titles.run_in_title(text) == _plain_run_in_title(text, monkeypatch)


def test_run_in_title_on_random_heads(monkeypatch):
    rnd = random.Random(20261205)
    vocabulary = ["Storm", "Hits", "Coast", "storm", "hits", "coast", "the", "at", "night,", "said.", "A", "a",
                  "Lorem", "ipsum", "dolor", "“Quote", "|", "-", "1", "Of", "of"]
    for _ in range(3000):
        text = " ".join(rnd.choice(vocabulary) for _ in range(rnd.randint(0, 40)))
        assert titles.run_in_title(text) == _plain_run_in_title(text, monkeypatch), text


def test_run_in_title_on_every_eval_text(monkeypatch):
    texts = {c["input"][:titles._RUN_IN_CHARS] for c in eval_cases()}
    if not texts:
        pytest.skip("no shared evaluation data")
    for text in texts:
        assert titles.run_in_title(text) == _plain_run_in_title(text, monkeypatch)


def _plain_title_bounds(title):
    """``titles.title_bounds`` as it read every separator of the line before it counted the pieces."""
    bounds, pos = [], 0
    for m in titles.SEPARATOR.finditer(title):
        if m.start() > pos:
            bounds.append((pos, m.start()))
        pos = m.end()
    if pos < len(title):
        bounds.append((pos, len(title)))
    return bounds if len(bounds) <= titles.MAX_PARTS else [(0, len(title))]


# Titles of up to MAX_PARTS pieces and more, empty pieces between separators, separators at the ends.
BOUNDS = [
    "Aid Arrives | Fars", "Home | News | Sport | Weather | Opinion | Video | Photos | Contact",
    "a | b | c | d | e | f | g | h | i", "a | b | c | d | e | f | g | h", "a | b | c | d | e | f | g | h |",
    "| | | a | b | c | d | e | f | g | h | | |", "a || b :: c · d • e ~ f >> g - h -- i", "", " | ", "Headline (Site)",
]


@pytest.mark.parametrize("title", BOUNDS)
def test_title_bounds_stop_at_a_piece_too_many(title):
    assert titles.title_bounds(title) == _plain_title_bounds(title)


def test_title_bounds_on_random_and_eval_lines():
    rnd = random.Random(18)
    pieces = ["a", "Word", " ", " | ", "|", " - ", "-", "--", " :: ", "·", " / ", ": ", " (x)", "(", ")", ">>", "~"]
    lines = ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 30))) for _ in range(3000)]
    lines += [line for c in eval_cases() if c["variant"] == "page" for line in c["input"].split("\n")[:3]]
    for line in lines:
        assert titles.title_bounds(line) == _plain_title_bounds(line), line


def _plain_short_weight(text, words):
    """``shape._short_weight`` as written before (issue 18): the figures counted on every line."""
    if any(map(text.__contains__, shape._MENU_SEPARATORS)) and shape._MENU_PARTS.search(text):
        return shape._LINE_WEIGHT
    digits = sum(map(str.isdigit, words))
    if len(words) >= 3 and (shape._LIST_ITEM.match(text) is not None or (digits >= 2 and digits * 3 >= len(words))):
        return shape._ROW_WEIGHT
    if shape._URL.fullmatch(text):
        return shape._ROW_WEIGHT
    if len(words) >= 5 and not shape._capitalised(text):
        return shape._FRAGMENT_WEIGHT
    return shape._LINE_WEIGHT


def _plain_text_weight(text, covered):
    """``shape._text_weight`` as written before (issue 18): a section heading, then a line of program
    source, then the shape, each test asked of every line it reaches."""
    if shape.section_kind(text) is not None:
        return shape.SECTION_WEIGHT
    if shape.code_line(text):
        return shape._LINE_WEIGHT
    size, words = shape._size(text)
    listy = covered and size > 8 and (shape._stop_count(text)[1] / len(words) if words else 0.0) < shape._LOW_STOP
    if shape.sentences.ends_sentence(text, shape._LINE_ENDS) or shape.sentences.SENTENCE_INSIDE.search(text):
        weight = max(float(size - shape._PROSE_FLOOR), shape._SENTENCE_WEIGHT)
        return weight / 3 if listy else weight
    long_line = size >= shape._LONG_LINE and not listy and not shape._PARTS.search(text)
    if long_line and (size >= shape._LONG_TITLE or not shape._capitalised(text)):
        return size / 2
    return _plain_short_weight(text, words)


# Pieces of lines that reach every branch of the weights: code (short and long), sentences, menus,
# list rows, URLs, headings, capitals, figures, CJK, non-ASCII case folding ("SAYS" with a long s).
_PIECES = ["The", "army", "said", "it", "left", "Town", "Most Read", "12 Comments", " ", " ", " | ", " · ", ".",
           ". ", "!", "?", ";", ")", "(", "{", "}", "=", "==", "&&", "//", "/*", "var", "f()", "x = 3;", "1)",
           "- ", "No. 4", "3a etapa:", "2019", "42", "https://example.com/a", "www.x.org", "Ура", "北京",
           "ſays", "says", "Jane", ":", "…", "“", "”", "’", "<div>", "</p>", "«", "»"]


def _random_lines(rnd, n):
    return ["".join(rnd.choice(_PIECES) for _ in range(rnd.randint(0, 40))) for _ in range(n)]


def test_text_weight_answers_as_the_code_test_first():
    """The code test asked last, only of a line the shape weighs above a menu item, gives the weight
    that asking it first gave: on the table, random lines and every line of the eval pages."""
    rnd = random.Random(24)
    lines = LINES + _random_lines(rnd, 6000)
    lines += [line.strip() for c in eval_cases() if c["variant"] in ("page", "container")
              for line in c["input"].split("\n") if line.strip()]
    for line in lines:
        for cv in (True, False):
            assert shape._text_weight(line, cv) == _plain_text_weight(line, cv), line


def test_language_count_as_the_plain_reads():
    """``_language_count`` calls ``without_scripts`` only on a line holding "<" and ``_worded`` only on one
    without a space: the counts of the plain calls; ``_prose_tally``, which writes it out and counts the
    stop words of a line of prose only, the tally of those counts."""
    rnd = random.Random(7)
    lines = [*_random_lines(rnd, 4000), *LINES, "", " ", "<", "<script>a b</script>", "北京<script>x</script>"]
    for line in lines:
        text = shape.without_scripts(line)
        counts = shape._language_count(line)
        assert counts == (shape._stop_count(text) if shape._worded(text) else (0, 0)), line
        # the page view's tally counts stop words only on a line of prose: the plain count's, or 0j
        assert shape._prose_tally(line) == (complex(*counts) if counts[0] >= shape._PROSE_TOKENS else 0j), line


def test_prose_tally_on_every_eval_line_and_short_lines():
    """``_prose_tally`` answers ``0j`` without the tokens of a line shorter than ``_PROSE_CHARS``: the plain
    count's tally on every eval line and on short random lines of word characters, apostrophes and the
    characters whose lowered form differs (``İ`` lowers to two); lowering keeps every character a word
    character or not (as ``WORD`` reads it) and the apostrophes as they are, so no line shorter than that
    holds ``_PROSE_TOKENS`` tokens."""
    for code in range(0x110000):
        c = chr(code)
        low = c.lower()
        if low != c:
            assert all((words.WORD.fullmatch(x) is not None) is (words.WORD.fullmatch(c) is not None) for x in low), c
            assert c not in "'’" and not any(x in "'’" for x in low), c
    rnd = random.Random(37)
    chars = "aA1_'’ .\u0130\u0307ß-"
    lines = ["".join(rnd.choice(chars) for _ in range(rnd.randint(0, 20))) for _ in range(20000)]
    lines += [line.strip() for c in eval_cases() for line in c["input"].split("\n") if line.strip()]
    for line in lines:
        counts = shape._language_count(line)
        assert shape._prose_tally(line) == (complex(*counts) if counts[0] >= shape._PROSE_TOKENS else 0j), line
        assert len(line) >= shape._PROSE_CHARS or len(words.tokens(line)) < shape._PROSE_TOKENS, line


def test_end_heading_as_the_plain_match():
    """``end_heading`` tries its pattern only where the headings' beginnings may open: the plain match's end at
    every word of every eval line and of random lines of the headings' letters."""
    rnd = random.Random(38)
    chars = "MmOoSsTtRrEeAaDdLl \u017f\u0130Ψ1"
    lines = ["".join(rnd.choice(chars) for _ in range(rnd.randint(0, 24))) for _ in range(5000)]
    lines += ["Most Read Rates Fall", "More Great WIRED Stories The strange life", "Recommended for you Mayor"]
    lines += [line.strip() for c in eval_cases() for line in c["input"].split("\n") if line.strip()]
    for line in lines:
        end = len(line) - (len(line) % 2)  # a line's end, or a character short of it
        for pos in {0, *(i + 1 for i, c in enumerate(line) if c == " " and i < end)}:
            m = shape._END_OPENING.match(line, pos, end)
            assert shape.end_heading(line, pos, end) == (None if m is None else m.end()), (line, pos, end)


def test_capitalised_and_needs_any_word_as_the_plain_reads():
    """``_capitalised`` reads each word's first character in C, ``_needs_any_word`` lowers an ASCII
    line instead of case folding it: the answers of the list comprehension and of ``str.casefold``; and
    ``_NEED``, the one needed word section_kind's first test reads inline, answers as ``_needs_any_word``."""
    rnd = random.Random(18)
    chars = "aAbBsSyYzZ ſſ\u00df\u1e9e\u0130\u0131ÉéΣσς北1 \t."
    lines = ["".join(rnd.choice(chars) for _ in range(rnd.randint(0, 30))) for _ in range(20000)]
    lines += [*_random_lines(rnd, 3000), "Jane SAYS:", "jo ſays", "SAYS", "says"]
    for line in lines:
        words = line.split()
        assert shape._capitalised(line) is (sum([w[0].isupper() for w in words]) * 2 >= len(words)), line
        assert shape._needs_any_word(line) is any(w in line.casefold() for w in shape._SECTION_NEEDS), line
        # section_kind's first test reads the one needed word inline, on the same case folding
        folded = line.lower() if line.isascii() else line.casefold()
        assert (shape._NEED in folded) is shape._needs_any_word(line), line


def test_ascii_shortcuts_of_the_line_tests():
    """``_sentence_inside`` rules an ASCII line out by its stops ".!?" and ``_holds_separator`` reads
    "|" and "/": the only ASCII characters of ``sentences.STOPS`` and ``_MENU_SEPARATORS``; each
    answers as the plain test on random lines and every eval line."""
    assert [c for c in shape.sentences.STOPS if c.isascii()] == [".", "!", "?"]
    assert [c for c in shape._MENU_SEPARATORS if c.isascii()] == ["|", "/"]
    rnd = random.Random(6)
    lines = _random_lines(rnd, 6000) + LINES
    lines += [line.strip() for c in eval_cases() if c["variant"] in ("page", "container")
              for line in c["input"].split("\n") if line.strip()]
    for line in lines:
        stop = shape._STOP.search(line)
        plain = stop is not None and shape.sentences.SENTENCE_INSIDE.search(line, max(stop.start() - 1, 0)) is not None
        assert shape._sentence_inside(line) is plain, line
        assert shape._holds_separator(line) is any(c in line for c in shape._MENU_SEPARATORS), line


def _plain_may_be_code(text):
    """``words._may_be_code`` as written before (issue 18): ``_CODE_HINT`` searched in every line."""
    return words._CODE_HINT.search(text) is not None or (";" in text and (")" in text or "//" in text))


def test_code_hint_characters_as_the_pattern():
    """``words._may_be_code`` searches ``_CODE_HINT`` only in a line holding one of "={&|(*": the answers
    of the plain search on the table, random lines of code's marks and every eval line."""
    rnd = random.Random(28)
    pieces = ["&", "&&", "|", "||", "=", "==", "!", "(", ")", "()", "('", '("', "{", "}", ";", "//", "/*", "*/",
              "*", "/", "x", " ", "'", '"', "ａ", "＝", "（", "北"]
    lines = ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 8))) for _ in range(20_000)]
    lines += LINES + _random_lines(rnd, 3000)
    lines += [line for c in eval_cases() for line in c["input"].split("\n")]
    for line in lines:
        assert words._may_be_code(line) is _plain_may_be_code(line), line


def test_line_end_characters_as_ends_sentence():
    """``shape.ends_sentence`` (and the weights) call ``sentences.ends_sentence`` only on a line whose
    last character is a mark of ``_LINE_ENDS``, a closer or white space: the plain call's answer on
    random lines of marks, closers and every kind of white space, and on every eval line."""
    rnd = random.Random(29)
    chars = ["a", "Z", "1", ".", "!", "?", "…", "。", "！", "？", ":", ";", ",", *shape.sentences.CLOSERS,
             *shape.sentences.SPACE, "“", "«", "(", "-", "北", "\x00", "\u200b"]
    lines = ["".join(rnd.choice(chars) for _ in range(rnd.randint(0, 8))) for _ in range(30_000)]
    lines += LINES + _random_lines(rnd, 3000)
    lines += [line for c in eval_cases() for line in c["input"].split("\n")]
    for line in lines:
        assert shape.ends_sentence(line) is shape.sentences.ends_sentence(line, shape._LINE_ENDS), line


def test_ascii_capitalised_as_the_split():
    """``_capitalised`` counts an ASCII line's words and capitalised words on its characters marked by a
    byte table (``_CASE_MARKS``), not on ``str.split``'s words: the plain count's answer on random lines
    of every ASCII character (each kind of white space ``str.split`` cuts at among them) and every eval
    line."""
    rnd = random.Random(30)
    every = [chr(c) for c in range(128)]
    lines = ["".join(rnd.choice(every) for _ in range(rnd.randint(0, 12))) for _ in range(20_000)]
    lines += ["".join(rnd.choice(" \t\x1c\x1fAa.") for _ in range(rnd.randint(0, 12))) for _ in range(20_000)]
    lines += [*LINES, *_random_lines(rnd, 3000), "", " ", "A", "a", " A ", "\x1fA\x1fb"]
    lines += [line for c in eval_cases() for line in c["input"].split("\n")]
    for line in lines:
        words = line.split()
        assert shape._capitalised(line) is (sum(w[0].isupper() for w in words) * 2 >= len(words)), repr(line)


def test_cjk_pre_test_as_the_plain_class():
    """``_FROM_CJK_FIRST`` (now a ``regex`` class: its scan is cheaper) finds what the standard library's
    class of the same range finds, and a line it finds nothing in holds no ``_CJK`` character: the size
    of a line is its tokens' count there, on random lines around the range's first character."""
    import re

    plain = re.compile("[" + shape._CJK_FIRST + "-\U0010ffff]")
    rnd = random.Random(31)
    chars = ["a", " ", "é", "’", "\u2e7f", "\u2e80", "\u2e81", "北", "ひ", "カ", "\uffff", "\U00010000", "\U0010ffff",
             "\U00020000", "Ж", "\u3000", "。"]
    lines = ["".join(rnd.choice(chars) for _ in range(rnd.randint(0, 8))) for _ in range(20_000)]
    lines += [*LINES, *_random_lines(rnd, 2000)]
    lines += [line for c in eval_cases() if c["variant"] == "page" for line in c["input"].split("\n")]
    for line in lines:
        fast = shape._FROM_CJK_FIRST.search(line)
        slow = plain.search(line)
        assert (fast and fast.start()) == (slow and slow.start()), repr(line)
        if fast is None:
            assert shape._CJK.search(line) is None, repr(line)


def _plain_max_run(weights):
    """``shape.max_run`` as written before (issue 18): a run's total opened at zero, compared with an int's zero."""
    best, best_span = 0.0, None
    total, start = 0.0, 0
    for i, w in enumerate(weights):
        if total <= 0:
            total, start = 0.0, i
        total += w
        if total > best:
            best, best_span = total, (start, i)
    return best_span


@pytest.mark.parametrize("seed", range(4))
def test_max_run_answers_as_the_plain_run(seed):
    """The weights the steps give (floats of halves and thirds, ties), ints, a negative zero, infinities and NaN."""
    rnd = random.Random(seed)
    values = [-30.0, -2.0, -1.0, -0.0, 0.0, 0.5, 1.0, 4.0, 12.0, 4 / 3, 10 / 3, 0.1, -0.1, 3, -2, 0,
              float("inf"), float("-inf"), float("nan")]
    for _ in range(2000):
        weights = [rnd.choice(values[:-3] if rnd.random() < 0.8 else values) for _ in range(rnd.randrange(40))]
        assert shape.max_run(weights) == _plain_max_run(weights), weights
