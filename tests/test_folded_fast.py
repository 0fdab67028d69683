"""The shortcuts that the folded page's modules (:mod:`newsclean.layout.folded` and the modules it
reads) take for speed give what their plain tests gave (issue 18, issue 15 point 5): a unit's tokens
split once for every shape test, lower-case and capitalised words counted on the words' first
characters at once, a cheap test that lets a unit without a long run of capitalised tokens skip
:func:`~newsclean.layout.unit_shapes.menu_end`'s word by word reading, and the share bar's
alternation tried with the alternatives its first character allows. Each is checked against the
code it replaced, on a table of units of every shape and on random strings."""

from __future__ import annotations

import itertools
import random

import pytest
import regex

from newsclean import reasons
from newsclean.layout import closing_headings, folded, title_copies, unit_shapes, unit_words
from newsclean.lexicon import NOISE_LINES, SECTION_HEADINGS, all_of
from newsclean.sentences import ends_sentence
from newsclean.titles import separators_in

from .test_fast_paths import LINES, _plain_menu_end

# Units of a folded page: sentences, menus, footers, lists of results, headings, code, and units in
# scripts with and without case, with white space that str.split and the regex module read apart.
UNITS = [
    *LINES,
    "The council approved the budget on Monday after a long debate.",
    "Home News Sport Business Politics Weather Travel Culture Got a news tip?",
    "About Us Who We Are How We Work Contact Us Jobs Donate to Us Blog",
    "SPECIAL CITY KIT FOR DERBY GAME",
    "1. Friday Friend (2) Shailesh 59.5, 2. Imperium (4) Srinath 57.5",
    "if (res.ok) { res.json().then(function (data) { console.log(data); }); }",
    "Site Index Go to Home Page news home page world politics New York business tech science sports "
    "obituaries today's paper corrections opinion editorials op-ed contributors letters sunday review",
    "Die Stadt hat den Haushalt am Montag beschlossen.",
    "Été Ǆemal ǅx ǆy Ölfeld über Straße ǈudi ÉTÉ",
    "ⓐ ⓑ Ⓐ ⅰ ⅱ Ⅰ ª º ʰ the end.",
    "中文 新闻 今天 报道 了 一件 事情。",
    "Home\x1cNews\x1dSport\x1eWeather\x1fBusiness Politics Travel Culture Jobs Cars the end",
    "Home\u00a0News\u2003Sport\tWeather\nBusiness Politics Travel Culture Jobs Cars and more.",
    "Share this: Facebook Twitter Email Print",
    "Facebook Twitter Email LinkedIn WhatsApp",
    "Click to share on Twitter (Opens in new window)",
    "Email the writer at jd@example.com Facebook Twitter",
    "Most Popular 1 Thousands of accounts were hacked 2 Man charged",
    "12 Comments Leave a Reply Jane said: I agree.",
    "2019 Jan 5, 2020 Feb 6, 2021 Mar 7, 2022 Apr 8, 2023 May 9, 2024 Jun 10, 2025",
    "A, B, C, D, E, F, G, H, I, J, K, L, M, N, O, P, Q, R, S, T, U, V, W",
    " ".join(["Home News Sport Weather"] * 30),
    " ".join(["The council met."] * 30),
]


def _plain_lower(word: str) -> bool:
    c = word[:1]
    return c.islower() or (c.isalpha() and not c.isupper())


def _plain_prose_unit(unit: str) -> bool:
    """layout.unit_shapes.prose_unit as it was written."""
    words = unit.split()
    if len(words) < unit_shapes._PROSE_WORDS or not ends_sentence(unit, unit_shapes._STOPS):
        return False
    return sum(map(_plain_lower, words)) >= unit_shapes._LOWER_SHARE * len(words)


def _plain_furniture_unit(unit: str, items: bool = True) -> bool:
    """layout.unit_shapes.furniture_unit as it was written."""
    tokens = unit.split()
    words = [w for w in tokens if w[:1].isalpha()]
    numbers = sum(regex.search(r"\d", t) is not None for t in tokens)
    commas = sum(t.endswith(",") for t in tokens)
    if (len(words) < unit_shapes._FURNITURE_UNIT_WORDS or numbers >= unit_shapes._NUMBER_SHARE * len(tokens)
            or commas >= unit_shapes._COMMA_SHARE * len(tokens)):
        return False
    function = sum((w if items else w.lower()) in unit_shapes._FUNCTION_WORDS for w in words)
    capitals = sum(w[:1].isupper() for w in words)
    return capitals >= unit_shapes._CAPITAL_SHARE * len(words) and function < unit_shapes._FUNCTION_SHARE * len(words)


def _plain_link_run(unit: str) -> bool:
    """layout.unit_shapes.link_run as it was written."""
    tokens = unit.split()
    return (len(tokens) >= unit_shapes._LINK_RUN_WORDS and not ends_sentence(unit, unit_shapes._STOPS)
            and unit_shapes._CODE.search(unit) is None
            and sum(t.endswith(",") for t in tokens) < unit_shapes._COMMA_SHARE * len(tokens)
            and sum(t.lower() in unit_shapes._FUNCTION_WORDS for t in tokens)
            < unit_shapes._FUNCTION_SHARE * len(tokens))


def _plain_run_on(unit: str) -> bool:
    """layout.unit_shapes._run_on as it was written (of the unit's text)."""
    tokens = unit.split()
    return (len(tokens) >= unit_shapes._LONGEST_SENTENCE
            and sum(regex.search(r"\d", t) is not None for t in tokens) < unit_shapes._NUMBER_SHARE * len(tokens)
            and sum(t.endswith(",") for t in tokens) < unit_shapes._COMMA_SHARE * len(tokens))


_PLAIN_SHARE_BAR = regex.compile("(?:" + "|".join(all_of(NOISE_LINES[reasons.SHARE])) + r")[^\w.]{0,3}",
                                 regex.IGNORECASE)


def _check_unit(unit: str) -> None:
    assert unit_shapes.prose_unit(unit) == _plain_prose_unit(unit), repr(unit)
    for items in (True, False):
        assert unit_shapes.furniture_unit(unit, items=items) == _plain_furniture_unit(unit, items), repr(unit)
    assert unit_shapes.link_run(unit) == _plain_link_run(unit), repr(unit)
    assert unit_shapes._run_on(unit.split()) == _plain_run_on(unit), repr(unit)
    assert unit_words._lower_count(unit.split()) == sum(map(_plain_lower, unit.split())), repr(unit)
    assert bool(closing_headings._SHARE_BAR.fullmatch(unit)) == bool(_PLAIN_SHARE_BAR.fullmatch(unit)), repr(unit)
    for a, b in ((0, len(unit)), (2, len(unit)), (0, len(unit) // 2)):
        assert unit_shapes.menu_end(unit, a, b) == _plain_menu_end(unit, a, b), repr(unit)


@pytest.mark.parametrize("unit", UNITS)
def test_unit_shapes_read_as_before(unit):
    for text in (unit, unit.upper(), unit.lower(), f"{unit} {unit}", f"Home News {unit}"):
        _check_unit(text)


@pytest.mark.parametrize("line", [
    "Share", "Share this", "Share this article", "Share on Facebook", "SHARE THIS:", "Facebook Twitter Email",
    "Email this Facebook", "Tweet", "Print", "Share:", "Share ›", "Shares fell", "Partager", "Compartir",
    "Teilen", "Condividi", "Поделиться", "分享"])
def test_share_bar_alternatives_full_match_as_the_pattern(line):
    for text in (line, line.lower(), line.upper(), f"» {line}", f"{line} »"):
        assert bool(closing_headings._SHARE_BAR.fullmatch(text)) == bool(_PLAIN_SHARE_BAR.fullmatch(text)), text


def test_unit_shapes_on_random_strings():
    rng = random.Random(15)
    alphabet = [*"aAéÉǅ中ⓐ1.,?!:@{;\t\n\x1c\u00a0 ", "the ", "The ", "Home ", "NEWS ", "of ", "Share ",
                "Facebook ", "Twitter ", "Email ", "2019 ", "said. ", "Most Read "]
    for _ in range(5_000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 80)))
        _check_unit(s)


def _plain_end_opening(unit: str) -> bool:
    """layout.closing_headings.end_opening as it was written (every run of the opening words full-matched)."""
    from newsclean.layout.shape import ends_article, section_kind
    tokens = unit.split(maxsplit=closing_headings._END_WORDS)
    for k in range(1, min(closing_headings._END_WORDS, len(tokens)) + 1):
        heading = " ".join(tokens[:k])
        kind = section_kind(heading)
        if (not (kind == reasons.TAGS or (ends_article(heading) and kind != reasons.ABOUT)
                 or (k >= closing_headings._SHARE_WORDS and "@" not in heading and _PLAIN_SHARE_BAR.fullmatch(heading)))
                or (k == 2 and tokens[0].lower() in unit_shapes._FUNCTION_WORDS and unit_words._lower(tokens[1]))):
            continue
        if k == len(tokens):
            return True
        after = tokens[k]
        if not after[:1].isalnum():
            continue
        last = tokens[k - 1]
        if unit_words._lower(after) and ((unit_words._lower(last) and last[-1].isalpha())
                                     or after.strip(".,;:!?") in unit_shapes._FUNCTION_WORDS):
            continue
        return True
    return False


_OPENINGS = ["[ Most Read ] 1 Mayor Quits", "» » Most Read 1 Mayor Quits", "-- Related -- Mayor Quits",
             "Tags: budget, council", "About the author Jane Doe writes", "Comments (5 posted)",
             "Most popular among voters was the plan.", "He says Iran", "Most\nRead Mayor", ":: 12 Comments ::",
             "Leave a Reply Jane said: I agree.", "«Most Read» Mayor", "(Most Read) Mayor", "#Comments Jane",
             "Share this: Facebook Twitter Email The council met.", "Facebook Twitter Email Print Jane said",
             "Share on Facebook Share on Twitter", "Click to share on Twitter (Opens in new window) Click",
             "Email the writer at jd@example.com Facebook Twitter", "Share this article with a friend now.",
             "Follow us on Twitter Mayor Quits", "Print E-mail Tweet 12 Comments", "Tweet Share Pin It Email",
             "Share Tweet", "Shares fell sharply on Monday in Tokyo.", "Most Read 1 Mayor Quits"]


@pytest.mark.parametrize("unit", [*UNITS, *_OPENINGS])
def test_end_opening_reads_as_before(unit):
    for text in (unit, unit.upper(), unit.lower(), f"» {unit}", f"| {unit} |"):
        assert closing_headings.end_opening(text) == _plain_end_opening(text), repr(text)


def test_end_opening_on_random_strings():
    rng = random.Random(15)
    alphabet = ["Share ", "this ", "on ", "Facebook ", "Twitter ", "Email ", "Print ", "Tweet ", "Most ", "Read ",
                "[ ", "] ", "[", "]", "» ", "»", "-- ", ":", "Related ", "Leave ", "a ", "Reply ", "About ", "author ",
                "Popular ", "Comments", "(5) ", "Tags ", "popular ", "read ", "#", "«", "(", ")",
                "12 ", "Comments ", "the ", "The ", "a@b ", "» ", "| ", "(5) ", "Click ", "to ", "share ", "Follow ",
                "us ", "Tags: ", "\t", "\n"]
    for _ in range(3_000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        assert closing_headings.end_opening(s) == _plain_end_opening(s), repr(s)


# The alternation whose matches layout.closing_headings asks for at each unit and after many tokens (a section's
# heading or a share bar), as one pattern: what alternatives.AnyOf answers must be what it answers.
_HEADING_ALTERNATIVES = [*(p for table in SECTION_HEADINGS.values() for p in all_of(table)),
                         *all_of(NOISE_LINES[reasons.SHARE])]
_PLAIN_HEADING = regex.compile("(?:" + "|".join(f"(?:{a})" for a in _HEADING_ALTERNATIVES) + r")(?!\w)",
                               regex.IGNORECASE)
_WILD_TEXTS = ["Jane says: I agree.", "JANE SAYS", "Jo Lee may be reached at jo@herald.com",
               "Jo can be REACHED AT a@b.c", "Have a tip? Jo Lee can be reached at jo@herald.com.", "Jo ſays hi",
               "jo.doe@x says", "Jo says", "Most Read", "12 Comments", "Share this:", "The council met.", "x says",
               "Jo Lee. may be reached at a@b"]


def _check_any_of(text: str) -> None:
    for pos in range(len(text) + 1):
        for end in {len(text), min(len(text), pos + 12)}:
            needed = closing_headings._HEADING_START.needs(text, pos, end)
            plain = _PLAIN_HEADING.match(text, pos, end) is not None
            assert closing_headings._HEADING_START.match(text, pos, end, needed) == plain, (text, pos, end)
    plain_bar = _PLAIN_SHARE_BAR.fullmatch(text) is not None
    assert closing_headings._SHARE_BAR.fullmatch(text, closing_headings._HEADING_START.needs(text)) == plain_bar, text


@pytest.mark.parametrize("text", [*_WILD_TEXTS, *_OPENINGS, *UNITS[:40]])
def test_any_of_matches_as_the_whole_alternation(text):
    for t in (text, text.upper(), f"» {text}", f"Posted in News | {text}"):
        _check_any_of(t)


def test_any_of_on_random_strings():
    rng = random.Random(18)
    alphabet = ["Jane ", "says", "SAYS ", "ſays ", "may ", "can ", "be ", "reached ", "at ", "jo@x.com ", "Most ",
                "Read ", "12 ", "Comments ", "Share ", "this", ": ", ". ", "the ", "a", "| ", "\t", "\n", "é"]
    for _ in range(1_500):
        _check_any_of("".join(rng.choice(alphabet) for _ in range(rng.randint(0, 10))))


def test_any_of_tries_apart_only_the_alternatives_that_open_with_any_word():
    """The alternatives tried only where a needed word stands are the ones that open with any word
    (a commenter's name, a reporter's), and each holds one of the needed words."""
    from newsclean.alternatives import NEEDED, opens_any_word
    anywhere = [a for a in _HEADING_ALTERNATIVES if opens_any_word(a, regex.IGNORECASE)]
    assert anywhere and all(any(w in a for w in NEEDED) for a in anywhere), anywhere
    assert not any(opens_any_word(a, regex.IGNORECASE) for a in ["most read", r"(?:\d+ )?comments", "share"])


def test_case_folding_keeps_every_letter_the_engine_folds_to_a_needed_word():
    """AnyOf.needs reads a span's str.casefold: every character that the engine matches with a
    letter of a needed word, case-insensitively, must fold to that letter alone."""
    from newsclean.alternatives import NEEDED
    letters = sorted(set("".join(NEEDED)))
    every = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000)
    for letter in letters:
        for c in regex.findall(regex.escape(letter), every, flags=regex.IGNORECASE):
            assert c.casefold() == letter, (letter, c)


def test_any_of_opening_test_rules_out_no_place_where_the_alternation_matches():
    """AnyOf._may_open (the first characters at a place, matched partially) is never False where one
    of the alternatives that open with words of their own matches (the ones it stands before):
    checked at every token of the text forms of the evaluation pages that fold a page to one line,
    for the headings and the share bars."""
    import gzip
    import json

    from .conftest import EVAL_DATA
    path = EVAL_DATA / "forms.jsonl.gz"
    if not path.exists():
        pytest.skip("no evaluation data")
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        texts = [case["input"] for case in map(json.loads, fh) if case.get("variant") == "flatpage"][:60]
    checked = ruled_out = 0
    for text in texts:
        for m in regex.finditer(r"\S++", text):
            for any_of in (closing_headings._HEADING_START, closing_headings._SHARE_BAR):
                if any_of._own.pattern.match(text, m.start()) is not None:
                    checked += 1
                    assert any_of._may_open(text, m.start(), len(text)), text[m.start():m.start() + 40]
                else:
                    ruled_out += not any_of._may_open(text, m.start(), len(text))
    assert checked > 100 and ruled_out > 10_000


# Browser titles and what a separator's marks look like elsewhere: every separator, a mark without its
# spaces (a hyphen in a word, a time's colon, a URL's slashes), white space the regex module reads apart
# from str.isspace (\x1c), runs of spaces and a bracket that closes at the end or does not.
_TITLES = [
    "Judges allow video - The Herald > World: News",
    "SignOnSanDiego.com > News > World -- Judges allow video Home News",
    "Sun-Sentinel.com :: Local | Council approves budget || Herald · Home • News ~ Sport",
    "Storm hits – the coast — Herald / World \\ Local ✩ Top » More › Next 10:30 a.m. http://x.com/a-b",
    "Mayor quits (AP)", "Mayor quits (AP) Home", "Mayor ( quits", "Mayor quits\x1c- Herald\x1f| Home",
    "Title:Sub \u00a0-\u2003 Herald\t|\nHome", "a -b - -c --d -- e---f", ">>> x >> y > z ||| w",
]


@pytest.mark.parametrize("text", _TITLES)
def test_separators_are_the_patterns_matches(text):
    from newsclean.titles import SEPARATOR
    for s in (text, f"  {text}  ", text.replace(" ", "  ")):
        for a, b in ((0, len(s)), (1, len(s)), (0, len(s) - 2), (3, len(s) // 2)):
            assert ([m.span() for m in separators_in(s, a, b)]
                    == [m.span() for m in SEPARATOR.finditer(s, a, b)]), (s, a, b)


def test_separators_on_random_strings_and_every_folded_eval_head():
    from newsclean.titles import SEPARATOR

    from .conftest import eval_cases
    rng = random.Random(18)
    alphabet = [*"|:·•~>–—/\\✩»›()-", " ", " ", "  ", "\t", "\x1c", "\x85", "\u00a0", "\u2028", "\u3000", "a", "B",
                "9", "_", "word", "Mayor"]
    for _ in range(20_000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        a = rng.randint(0, len(s))
        b = rng.randint(a, len(s))
        assert [m.span() for m in separators_in(s, a, b)] == [m.span() for m in SEPARATOR.finditer(s, a, b)], s
    for case in eval_cases():
        if case.get("variant") in ("flatpage", "flat"):
            s = case["input"]
            assert ([m.span() for m in separators_in(s, 0, min(len(s), 2_000))]
                    == [m.span() for m in SEPARATOR.finditer(s, 0, min(len(s), 2_000))])


def _plain_shared_words(text: str, a: int, b: int, end: int, stop: int | None = None) -> int:
    """layout.title_copies._shared_words as it read both copies character by character from their start."""
    i, j, limit = a, b, min(a + title_copies._TITLE_CHARS, b, len(text) if stop is None else stop)
    while i < limit and j < end:
        if text[i].isspace() and text[j].isspace():
            while i < limit and text[i].isspace():
                i += 1
            while j < end and text[j].isspace():
                j += 1
        elif text[j].isspace() and title_copies._NODE_SPACE.match(text, j, end) and not text[i].isalnum():
            j = title_copies._NODE_SPACE.match(text, j, end).end()
        elif text[i].isspace() and title_copies._NODE_SPACE.match(text, i, limit) and not text[j].isalnum():
            i = title_copies._NODE_SPACE.match(text, i, limit).end()
        elif text[i] == text[j]:
            i, j = i + 1, j + 1
        else:
            break
    if i >= a + title_copies._TITLE_CHARS:
        return 0
    if (i < len(text) and text[i].isalnum()) or (j < end and text[j].isalnum()):
        while i > a and not text[i - 1].isspace():
            i -= 1
    return len(text[a:i].rstrip())


def test_shared_words_reads_as_character_by_character():
    """_shared_words skips the characters both copies share at once (_same_chars): it answers as the
    character-by-character reading, on copies with white space of every length and kind where they
    part (\\x1c: white space to str.isspace only), spaced closing marks, copies cut by ``stop``,
    ``end`` and the title's length, and the heads of every folded eval page."""
    from .conftest import eval_cases
    rng = random.Random(18)
    alphabet = ["Storm", "nears", "the", "coast", " ", " ", "  ", "\n ", "\x1c", ",", " ,", ".", "x", "-", "9"]
    for _ in range(20_000):
        title = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        copy = "".join(rng.choice(alphabet) if rng.random() < 0.2 else c for c in title)
        copy = copy if rng.random() < 0.8 else title * rng.randint(1, 30)
        s = f"{title}{rng.choice(alphabet)}{copy}{rng.choice(alphabet)}"
        b = len(title) + rng.randint(0, 2)
        end = rng.randint(b, len(s))
        stop = rng.choice([None, rng.randint(0, len(s))])
        assert (title_copies._shared_words(s, 0, b, end, stop)
                == _plain_shared_words(s, 0, b, end, stop)), (s, b, end, stop)
    for case in eval_cases():
        if case.get("variant") == "flatpage":
            s = case["input"]
            for b in [i for i in range(1, min(len(s), 3_000)) if s.startswith(s[:3], i)][:10]:
                assert title_copies._shared_words(s, 0, b, len(s)) == _plain_shared_words(s, 0, b, len(s)), s[:200]


def test_case_codes_say_what_the_word_tests_read_of_every_character():
    """_lower_count and _menu_word read a span's non-ASCII first characters translated to ASCII codes
    (unit_words._CASES): each code says what the word-by-word tests read of its character."""
    for code in range(0x30000):
        c = chr(code)
        got = c.translate(unit_words._CASES)
        assert (got in "a1") == _plain_lower(c), c
        assert (got == "a") == (c.isalpha() and not c.isupper()), c  # a lower-case word to _menu_word
        assert (got == "A") == c.isupper(), c
        assert got.isascii() and len(got) == 1


def test_lower_counts_and_menu_ends_on_random_strings_of_every_case():
    rng = random.Random(22)
    alphabet = [*"aAéÉǅǆǈ中ⓐⒶⅰⅠªʰ1.|ß\u00a0 ", "the ", "The ", "Home ", "NEWS ", "Über ", "über ", "ⓐⓑ ", "Der ",
                "中文 "]
    for _ in range(20_000):
        s = " ".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        assert unit_words._lower_count(s.split()) == sum(map(_plain_lower, s.split())), repr(s)
        for a, b in ((0, len(s)), (1, len(s)), (0, len(s) // 2)):
            assert unit_shapes.menu_end(s, a, b) == _plain_menu_end(s, a, b), repr(s)


def _pattern_menu_word(words: list[str]) -> int | None:
    """layout.unit_shapes._menu_word as it read the runs with the pattern (_MENU_RUN_END.finditer), the last
    run's answer kept."""
    found = None
    firsts = unit_words.firsts_of(words)
    cases = firsts if firsts.isascii() else firsts.translate(unit_words._CASES)
    for m in unit_shapes._MENU_RUN_END.finditer(cases):
        i = m.end()
        if cases[i - 1].isupper():
            found = i - 2 if words[i - 2].lower() in unit_shapes._FUNCTION_WORDS else i - 1
    return None if len(words) <= unit_shapes._MENU_RUN + 1 else found


def test_menu_runs_read_by_their_marks_are_the_patterns_matches():
    """_menu_word finds each run's end by bytes.rfind in the first characters' marks, last first: the
    pattern's last match that a capitalised word ends, on random spans of runs of every length and case,
    and on every unit of the table."""
    rng = random.Random(33)
    alphabet = ["Home", "NEWS", "the", "The", "a", "1", "|", "Über", "über", "ⓐ", "中文", "ǅx", "Der", "and"]
    spans = [unit.split() for unit in UNITS]
    spans += [[rng.choice(alphabet) for _ in range(rng.randint(0, 60))] for _ in range(20_000)]
    for words in spans:
        assert unit_shapes._menu_word(words) == _pattern_menu_word(words), words


def test_unit_shapes_on_random_tokens_with_digits_and_commas():
    """_furniture_tokens and _run_on count the tokens with a digit or a closing comma on the tokens joined
    by spaces: as the token-by-token counts, with digits of other scripts, lone commas and commas inside."""
    rng = random.Random(23)
    alphabet = ["Home", "News", "the", "of", "1", "2019,", "x6y", "٣", ",", ",,", "a,b", "Jan", "5,", "Été", "\t", "¹"]
    for _ in range(5_000):
        s = " ".join(rng.choice(alphabet) for _ in range(rng.choice((5, 10, 40, 85, 120))))
        for items in (True, False):
            assert unit_shapes.furniture_unit(s, items=items) == _plain_furniture_unit(s, items), repr(s)
        assert unit_shapes._run_on(s.split()) == _plain_run_on(s), repr(s)


def test_furniture_counts_of_ascii_first_characters_read_as_each_word():
    """_furniture_tokens counts the words and capitals of ASCII first characters by deleting bytes, asks the
    capitals first and looks for a lower-case function word only among tokens opening with a-z (every
    function word opens with a lower-case letter); link_run counts the tokens ending with a comma on them
    joined: as the word-by-word tests, on random units of ASCII tokens of every kind (function words in
    either case, marks, digits, commas, words that go on in other scripts)."""
    assert all(w[:1].isalpha() and w[:1].islower() for w in unit_shapes._FUNCTION_WORDS)
    rng = random.Random(34)
    alphabet = ["Home", "News", "the", "The", "of", "OF", "and", "|", "1", "2019,", "x,", "Jan", "Über", "bé", "a",
                "A", "(Live)", "about", "About", "US", "x6y", ",", "-", "Zed"]
    for _ in range(20_000):
        s = " ".join(rng.choice(alphabet) for _ in range(rng.choice((4, 5, 6, 10, 20, 30, 40))))
        for items in (True, False):
            assert unit_shapes.furniture_unit(s, items=items) == _plain_furniture_unit(s, items), repr(s)
        assert unit_shapes.link_run(s) == _plain_link_run(s), repr(s)


def test_digit_tokens_count_as_a_test_of_each_token():
    """_digit_tokens counts the tokens with a digit by one match from each token's first digit to its end:
    as the token-by-token test, with digits of every script (Arabic-Indic, Devanagari, full-width, Nko),
    digits that are no decimal ones (superscripts, circled, Roman numerals), tokens of digits only, at
    either end of the text, and no tokens at all."""
    rng = random.Random(24)
    alphabet = ["Home", "1", "22", "a1b2", "x6y", "٣", "७", "１", "߁", "¹", "①", "Ⅻ", "2019,", ",", "Été", "",
                "7x", "x7", "𝟘"]
    cases = ["", "1", "a", "1 2", "a1 b2 c", "٣ ١٢"]
    cases += [" ".join(rng.choice(alphabet) for _ in range(rng.randint(1, 30))).strip() for _ in range(20_000)]
    for s in cases:
        want = sum(regex.search(r"\d", t) is not None for t in s.split(" ") if t)
        assert unit_shapes._digit_tokens(s) == want, repr(s)


_PAIR_TOKEN = regex.compile(r"\S++")


def _plain_inner_heading(text: str, start: int, end: int, most: bool) -> int | None:
    """layout.closing_headings._inner_heading as it read each pair of tokens with their offsets, and each heading's
    opening with the whole alternation (_PLAIN_HEADING)."""
    from newsclean.layout.shape import section_kind
    toks = [(m.start(), m.group()) for m in _PAIR_TOKEN.finditer(text, start, end)]
    whole = not (start > 0 and _PAIR_TOKEN.match(text, start - 1) and _PAIR_TOKEN.match(text, start))
    for i in range(0 if whole else 1, len(toks) - 1):
        (_, prev), (at, word) = toks[i], toks[i + 1]
        if regex.match(r"\p{Ll}", prev) or regex.match(r"\p{Ll}", word):
            continue  # a pair: neither opens with a lower-case letter
        if ((unit_words._lower(prev) and prev[-1].isalnum()) or prev[-1] in ",;"
                or prev.lower() in unit_shapes._FUNCTION_WORDS
                or unit_words._lower(word) or word.lower() == "more"):
            continue
        marks = closing_headings._MARKS.match(text, at, end)
        if (_PLAIN_HEADING.match(text, at if marks is None else marks.end(), end) is None
                or (section_kind(word) == reasons.TAGS and not word.endswith(":"))):
            continue
        heading = [w for _, w in toks[i + 1:i + 2 + closing_headings._END_WORDS]]
        if not closing_headings.end_opening(" ".join(heading)):
            continue
        if most or any(section_kind(" ".join(heading[:n])) == reasons.COMMENTS for n in range(1, len(heading) + 1)):
            return at
    return None


def test_inner_heading_reads_as_each_pair_with_the_whole_alternation():
    """_inner_heading tries the headings that need no word first, asks whether a needed word stands in
    the unit only where they fail, skips the marks' pattern before a word character, and reads ASCII
    pairs without the lower-case test: as each pair read with the whole alternation, on units with
    headings, comment writers and contact lines, marks, pairs in other scripts, and random ones."""
    rng = random.Random(24)
    pieces = [*_OPENINGS, *_WILD_TEXTS, "Posted in News | Permalink | 10 Comments Previous Post", "The council met.",
              "Jane Doe", "ÉTÉ Über", "中文 新闻", "ⓐ Ⓐ", "| 10 Comments", "Tags: x", "More World", "The Price Tag",
              "Jo Lee may be reached at jo@herald.com", "Jane SAYS: no", "said,", "Mr.", "12"]
    drawn = [" ".join(rng.choice(pieces) for _ in range(rng.randint(1, 8))) for _ in range(3_000)]
    units = [*UNITS, *_OPENINGS, *drawn]
    for unit in units:
        for s, a in ((unit, 0), (f"x{unit}", 1), (f"Home {unit}", 5)):
            for most in (True, False):
                assert (closing_headings._inner_heading(s, a, len(s), most)
                        == _plain_inner_heading(s, a, len(s), most)), (s, a)


def test_token_start_reads_as_finding_each_word_after_the_last():
    """token_start puts a word where the words' lengths say when they stand one space apart from the
    start: where each word is found after the one before it, on random spans with runs of white space,
    repeated words, words inside others and spans that open inside a word."""
    rng = random.Random(25)
    alphabet = ["Home", "News", "Home", "me", "e", "News:", "|", "The", "the", "é", "中文"]
    for _ in range(20_000):
        gaps = [" ", " ", " ", "  ", "\t", "\n "]
        s = "".join(rng.choice(alphabet) + rng.choice(gaps) for _ in range(rng.randint(1, 12)))
        pos = rng.choice([0, 0, 1, 2])
        words = unit_words._TOKEN.findall(s, pos)
        if not words:
            continue
        k = rng.randrange(len(words))
        plain = pos
        for word in words[:k]:
            plain = s.find(word, plain) + len(word)
        assert unit_words.token_start(s, words, pos, k) == s.find(words[k], plain), (s, pos, k)


def _plain_closed(text: str, units, shapes, first: int, last: int) -> tuple[int, int | None]:
    """layout.closing_headings._closed as it read each unit after a few sentences of prose: end_opening of the unit,
    then _inner_heading of it with its own pairs, words and openings."""
    sizes = [b - a if shape == unit_shapes._PROSE else 0
             for (a, b), shape in zip(units[first:last], shapes[first:last], strict=True)]
    total, prose = sum(sizes), 0
    for i in range(first, last):
        a, b = units[i]
        if prose >= closing_headings._CLOSING_PROSE:
            if closing_headings.end_opening(text[a:b]):
                return i, None
            inner = closing_headings._inner_heading(text, a, b, prose >= total - prose - sizes[i - first])
            if inner is not None:
                return i, inner
        prose += sizes[i - first]
    return last, None


def test_closing_heading_search_reads_the_same_with_the_units_words():
    """_closed asks whether a unit's opening words may open a heading first, of the words find_article
    split the unit into (when it has them), ruling most out by the kept openings alone, before
    end_opening reads the unit, and reads the pairs of every unit in one scan: the same unit and
    heading are found with and without those words, and as each unit read by end_opening and
    _inner_heading alone, on every folded eval page's units and on units of headings, share bars and
    prose side by side (the kept openings emptied and not)."""
    from newsclean.layout import page_units

    from .conftest import eval_cases
    rng = random.Random(27)
    pieces = [*_OPENINGS, *UNITS[:30], "The council approved the budget on Monday after a long debate."]
    texts = [" ".join(rng.choice(pieces) for _ in range(rng.randint(5, 30))) for _ in range(300)]
    texts += [case["input"] for case in eval_cases() if case.get("variant") == "flatpage"]
    for text in texts:
        found = page_units.unit_breaks(text, 0, len(text))
        bounds = [0, *(i + 1 for i in found), len(text) + 1]
        units = [(a, b - 1) for a, b in itertools.pairwise(bounds)]
        tokens = [unit_words.span_tokens(text, a, b) for a, b in units]
        firsts = [unit_words.firsts_of(t) for t in tokens]
        shapes = [unit_shapes._PROSE if unit_shapes.prose_unit(text[a:b]) else unit_shapes._OTHER for a, b in units]
        for first in (0, len(units) // 3):
            plain = _plain_closed(text, units, shapes, first, len(units))
            assert closing_headings._closed(text, units, shapes, first, len(units), tokens, firsts) == plain, text[:200]
            closing_headings._HEADING_START.cache_clear()
            assert closing_headings._closed(text, units, shapes, first, len(units)) == plain, text[:200]


def test_unit_pairs_are_each_units_side_by_side():
    """_pairs_in reads a unit's pairs in the marks of every unit's first characters joined (_pair_marks,
    its characters that are not ASCII told apart afterwards): each unit's _side_by_side, on units cut at
    random (inside tokens too) from texts of every case, marks, question marks and characters that are
    not ASCII (lower-case letters and others, outside the first plane too), and every folded eval page."""
    from newsclean.layout import page_units

    from .conftest import eval_cases
    rng = random.Random(32)
    alphabet = ["Home", "the", "é", "É", "ª", "“", "?", "中文", "ǅx", "ⓐ", "𝐀", "𝐚", "|", "12", "a", "Über", "über",
                " ", " ", "  ", "\n", "\x1c", "\u00a0"]
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 40))) for _ in range(3_000)]
    cut = []
    for s in texts:
        cuts = sorted({0, *(rng.randint(0, len(s)) for _ in range(rng.randint(0, 5)))})
        cut.append((s, [(a, b) for a, b in itertools.pairwise([*cuts, len(s) + 1])]))
    for case in eval_cases():
        if case.get("variant") == "flatpage":
            s = case["input"]
            bounds = [0, *(i + 1 for i in page_units.unit_breaks(s, 0, len(s))), len(s) + 1]
            cut.append((s, [(a, b - 1) for a, b in itertools.pairwise(bounds)]))
    for s, units in cut:
        for begin in {0, len(units) // 2}:
            words = [unit_words.span_tokens(s, a, b) for a, b in units[begin:]]
            heads = [unit_words.firsts_of(w) for w in words]
            marks, off = closing_headings._pair_marks(heads), 0
            for k, (a, _) in enumerate(units[begin:]):
                stop = off + len(heads[k])
                plain = closing_headings._side_by_side(s, a, words[k], heads[k])
                assert closing_headings._pairs_in(s, a, marks, off, stop) == plain, (s, units, begin, k)
                off = stop + 1


def test_common_words_reads_as_character_by_character():
    """_repeated_opening's _common_words finds where two copies first differ by halving
    (_common_prefix): as the character loop did, on copies that part at once, late, past a title's
    length or at the text's end, and inside or after a word."""
    rng = random.Random(28)
    alphabet = ["Dolphins", "feel", "a", "change", " ", "  ", "é", "9", ".", "x"]
    for _ in range(20_000):
        title = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12)))
        copy = title[:rng.randint(0, len(title))] + "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 3)))
        copy = copy if rng.random() < 0.9 else title * 40
        s = f"{title} Home {copy}"
        a, b = 0, len(title) + 6
        n, limit = 0, min(title_copies._TITLE_CHARS, len(s) - b)
        while n < limit and s[a + n] == s[b + n]:
            n += 1
        while n > 0 and ((a + n < len(s) and s[a + n].isalnum()) or (b + n < len(s) and s[b + n].isalnum())):
            n -= 1
        assert title_copies._common_words(s, a, b) == n, s


def test_past_spaces_is_the_spaces_pattern():
    """_words_at steps over one space before a character that is no white space without the pattern
    (title_copies._past_spaces): the same end as _SPACES.match, or none, at every place of random strings of
    every kind of white space (\\x1c: white space to str.isspace only)."""
    rng = random.Random(29)
    alphabet = [" ", " ", "\t", "\n", "\x1c", "\u00a0", "\u2003", "a", "B", ",", "é"]
    for _ in range(5_000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        for at in range(len(s) + 1):
            for end in {len(s), min(len(s), at + 1)}:
                m = title_copies._SPACES.match(s, at, end)
                assert title_copies._past_spaces(s, at, end) == (-1 if m is None else m.end()), (s, at, end)


def _random_folded_page(rng: random.Random) -> str:
    """A browser title of parts (some of three words or more) and a page that prints some of them
    again, whole or cut, inside words or between them, near and far (past the title's head)."""
    words = ["Council", "approves", "budget", "Mayor", "Herald", "News", "Home", "Sport", "the", "vote", "x"]
    parts = [" ".join(rng.choice(words) for _ in range(rng.randint(1, 5))) for _ in range(rng.randint(1, 4))]
    title = rng.choice([" | ", " - ", ": ", " » "]).join(parts)
    body = []
    for _ in range(rng.randint(0, 80)):
        pick = rng.random()
        body.append(rng.choice(parts) if pick < 0.2 else rng.choice(parts)[1:] if pick < 0.25
                    else rng.choice(parts) + "s" if pick < 0.3 else rng.choice(words))
    return title + " " + " ".join(body)


def test_printed_headlines_read_the_narrower_copy_as_printed_headline_does():
    """printed_headlines reads its second answer off the first: the same as printed_headline's own,
    on random pages and stops and on the folded eval pages at the stops find_article asks about."""
    from .conftest import eval_cases
    rng = random.Random(24)
    for _ in range(4_000):
        s = _random_folded_page(rng)
        start = rng.choice([0, 0, rng.randint(0, len(s))])
        stop = rng.randint(start, len(s))
        before = rng.choice([stop, rng.randint(start, stop)])
        plain = title_copies.printed_headline(s, start, stop), title_copies.printed_headline(s, start, before)
        assert title_copies.printed_headlines(s, start, stop, before) == plain, (s, start, stop, before)
    for case in eval_cases():
        if case.get("variant") in ("flatpage", "flat"):
            s = case["input"]
            for stop in (len(s), len(s) // 2):
                for before in {min(b, stop) for b in (stop, stop // 2, stop // 5, 250, 400)}:
                    assert title_copies.printed_headlines(s, 0, stop, before) == (
                        title_copies.printed_headline(s, 0, stop), title_copies.printed_headline(s, 0, before))


def test_a_span_inside_plain_spaces_is_split_as_span_tokens_reads_it():
    """span_words(..., plain=True), told by a caller that the line around the span holds no
    separator str.split reads apart (plain_spaces), gives span_tokens' words: on random strings of
    every white space, each span inside a line the test holds for."""
    rng = random.Random(24)
    alphabet = ["a", "Bc", " ", "  ", "\t", "\n", "\x1c", "\x1d", "\x1e", "\x1f", "\x85", "\u00a0", "\u2003", ".", "é"]
    for _ in range(20_000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 20)))
        a = rng.randint(0, len(s))
        b = rng.randint(a, len(s))
        plain = unit_words.plain_spaces(s, a, b)
        assert plain == (regex.search(r"[\x1c-\x1f]", s[a:b]) is None), repr(s[a:b])
        c = rng.randint(a, b)
        d = rng.randint(c, b)
        words = unit_words.span_tokens(s, c, d)
        assert words == regex.findall(r"\S++", s[c:d]), repr(s[c:d])
        if plain:
            assert unit_words.span_words(s, c, d, None, True) == (words, unit_words.firsts_of(words)), repr(s[c:d])


def test_plain_spaces_reads_as_the_separators_pattern_at_any_bounds():
    """plain_spaces (four str.find calls) answers what a search of the separators pattern answers, on
    random strings of every white space and bounds of every kind: inside the text, below zero, past its
    end, reversed (the pattern reads an offset below zero as zero, str.find from the end)."""
    rng = random.Random(27)
    alphabet = ["a", "Bc", " ", "\t", "\n", "\x1c", "\x1d", "\x1e", "\x1f", "\x85", "\u00a0", "\u2003", "é", "中"]
    for _ in range(20_000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 20)))
        a = rng.randint(-len(s) - 3, len(s) + 3)
        b = rng.randint(-len(s) - 3, len(s) + 3)
        assert unit_words.plain_spaces(s, a, b) == (unit_words._SPLIT_ONLY_SPACE.search(s, a, b) is None), (s, a, b)


def test_non_space_reads_every_character_as_the_engine_does():
    """_non_space (str.isspace less the four separators) answers what the regex module's \\S answers, on
    every character, and no character past a text's end."""
    import sys
    pattern = regex.compile(r"\S")
    for code in range(sys.maxunicode + 1):
        c = chr(code)
        assert unit_words._non_space(c) == (pattern.match(c) is not None), hex(code)
    assert not unit_words._non_space("")


def test_the_share_and_heading_openings_are_emptied_with_the_other_caches():
    """Every module-level AnyOf (the folded page's share bars and closing headings, the head's share
    buttons) answers cache_clear, so benchmarks/speed.clear_caches empties its kept openings as it
    empties the lru caches; the answers after emptying are the same."""
    from newsclean.alternatives import AnyOf
    from newsclean.layout import head_units
    found = [v for m in (closing_headings, head_units) for v in vars(m).values() if isinstance(v, AnyOf)]
    assert len(found) >= 3
    s = "Share this: Facebook Twitter Most Read The council met. 12 Comments"
    for heads in found:
        before = [heads.match(s, i, len(s)) for i in range(len(s))]
        assert heads._opens and callable(getattr(heads, "cache_clear", None))
        heads.cache_clear()
        assert not heads._opens
        assert [heads.match(s, i, len(s)) for i in range(len(s))] == before


def test_a_word_whose_opening_rules_out_the_own_alternatives_opens_no_match_where_it_stands():
    """AnyOf.may_open_word (a token's first characters, asked as _may_open's opening) is False only where
    the alternatives that open with words of their own match at no place where the token stands whole,
    whatever follows it (_inner_heading skips locating such a token): checked on the tokens of the units
    and of random texts, for the headings and the share bars, with what follows drawn at random."""
    rng = random.Random(28)
    after = ["", " ", " Read", " Comments", "\tx", " this:", ":", "s", " Most Popular", "\u00a0x", " 12"]
    words = {w for unit in [*UNITS, *_OPENINGS, *_WILD_TEXTS] for w in unit.split()}
    words |= {"Most", "MOST", "Comments", "Commentary", "Share", "Shares", "Related", "Related:", "Facebook", "12",
              "Mostly", "Read", "Tags:", "More", "Email", "ſhare", "Ümlaut", "Council", "Tweet", "Print"}
    ruled_out = 0
    for any_of in (closing_headings._HEADING_START, closing_headings._SHARE_BAR):
        for word in sorted(words):
            if any_of.may_open_word(word):
                continue
            ruled_out += 1
            for _ in range(4):
                text = rng.choice(["", "x ", "Home | "]) + word + rng.choice(after) + rng.choice(after)
                at = text.index(word)
                assert not any_of.match(text, at, len(text), False), (word, text)
                assert any_of._own.pattern.match(text, at, len(text)) is None, (word, text)
    assert ruled_out > 100



def test_has_words_reads_as_counting_every_token():
    """_has_words stops its split after n - 1 cuts: the answer is the full split's count against n, on
    random spans with runs of every white space str.split reads, spans empty, reversed or past the
    text's end, and every UNITS entry."""
    rng = random.Random(30)
    alphabet = ["Home", "a", "é", "中文", "|", " ", "  ", "\t", "\n", "\x1c", "\u00a0", "\u2003", "\x85"]
    texts = [*UNITS, *("".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30))) for _ in range(3_000))]
    for s in texts:
        for _ in range(5):
            a, b = rng.randint(-2, len(s) + 2), rng.randint(-2, len(s) + 2)
            for n in (1, 2, 3, 5, 40):
                assert folded._has_words(s, a, b, n) == (len(s[a:b].split()) >= n), (s, a, b, n)


def test_ascii_pairs_are_the_pairs_pattern_finds():
    """_side_by_side reads the pairs of ASCII first characters by bytes.translate and bytes.find
    (_ascii_pairs): the matches of the pattern it stood in for (_ASCII_PAIRED, whose matches overlap
    through its look-ahead), at every position, on every unit's first characters and random strings."""
    rng = random.Random(31)
    alphabet = "aAzZ`{019|.,;:-(["  # the letters and the characters just outside a-z
    texts = [unit_words.firsts_of(unit.split()) for unit in UNITS if unit.split()]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24))) for _ in range(5_000)]
    for firsts in texts:
        if not firsts.isascii():
            continue
        for pos in range(len(firsts) + 2):
            plain = [m.start() for m in closing_headings._ASCII_PAIRED.finditer(firsts, pos)]
            assert closing_headings._ascii_pairs(firsts, pos) == plain, (firsts, pos)


def test_needed_runs_come_from_ascii_letters_only():
    """_needed_at reads "says" as "ay" with an "s" or a character that is not ASCII on either side, and
    "reached at" as "reached": no character that is not ASCII gives a letter of those runs in a case
    folding (its folding, set against the word at any offset, agrees with the word where they overlap
    and covers none of the run's letters), and none folds into nothing (the character before the "a"
    gives the "s" before it), read on all of Unicode."""
    import sys

    from newsclean.alternatives import NEEDED
    # _needed_at reads exactly these words: a word added to NEEDED must be taught to it (and to this test)
    assert NEEDED == ("says", "reached at"), NEEDED
    for word, run in (("says", "ay"), ("reached at", "reached")):
        first = word.index(run)
        letters = range(first, first + len(run))
        for c in map(chr, range(128, sys.maxunicode + 1)):
            folded_ = c.casefold()
            assert folded_, repr(c)
            if not set(word).intersection(folded_):
                continue
            for at in range(1 - len(folded_), len(word)):  # folded_[j] stands over word[at + j]
                over = [j for j in range(len(folded_)) if 0 <= at + j < len(word)]
                if all(folded_[j] == word[at + j] for j in over):
                    assert not any(at + j in letters for j in over), (word, c)


def test_needed_offsets_stand_in_every_span_that_needs_a_word():
    """Every span of a text (and its tokens joined by single spaces) in which AnyOf.needs finds a word of
    NEEDED holds an offset of _needed_at: on random strings of those words' letters in every case, the
    characters that fold into them or next to them, and white space of every kind, and every folded eval page."""
    from .conftest import eval_cases
    rng = random.Random(41)
    alphabet = [*"sSaAyYrReEcChHdDtT ſßẞẚẙẗﬅﬆİı.?\u00a0\t", "says", "SAYS", "sAyS", "reached at", "REACHED\u00a0AT",
                "Reached  at", "ſays", "saYß"]
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 30))) for _ in range(3_000)]
    texts += [case["input"][:3_000] for case in eval_cases() if case.get("variant") == "flatpage"]
    heads = closing_headings._HEADING_START
    for text in texts:
        offsets = closing_headings._needed_at(text, 0, len(text))
        cuts = sorted({0, len(text), *(rng.randint(0, len(text)) for _ in range(6))})
        for a, b in itertools.combinations(cuts, 2):
            if heads.needs(text, a, b) or heads.needs(" ".join(text[a:b].split())):
                assert any(a <= p < b for p in offsets), (text, a, b)
