"""The shortcuts that :mod:`newsclean.layout.folded` takes for speed give what its plain tests gave
(issue 18, issue 15 point 5): a unit's tokens split once for every shape test, lower-case and
capitalised words counted on the words' first characters at once, a cheap test that lets a unit
without a long run of capitalised tokens skip :func:`~newsclean.layout.folded.menu_end`'s word by
word reading, and the share bar's alternation tried with the alternatives its first character
allows. Each is checked against the code it replaced, on a table of units of every shape and on
random strings."""

from __future__ import annotations

import random

import pytest
import regex

from newsclean import reasons
from newsclean.layout import folded
from newsclean.lexicon import NOISE_LINES, SECTION_HEADINGS, all_of
from newsclean.sentences import ends_sentence

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
    """layout.folded.prose_unit as it was written."""
    words = unit.split()
    if len(words) < folded._PROSE_WORDS or not ends_sentence(unit, folded._STOPS):
        return False
    return sum(map(_plain_lower, words)) >= folded._LOWER_SHARE * len(words)


def _plain_furniture_unit(unit: str, items: bool = True) -> bool:
    """layout.folded.furniture_unit as it was written."""
    tokens = unit.split()
    words = [w for w in tokens if w[:1].isalpha()]
    numbers = sum(regex.search(r"\d", t) is not None for t in tokens)
    commas = sum(t.endswith(",") for t in tokens)
    if (len(words) < folded._FURNITURE_UNIT_WORDS or numbers >= folded._NUMBER_SHARE * len(tokens)
            or commas >= folded._COMMA_SHARE * len(tokens)):
        return False
    function = sum((w if items else w.lower()) in folded._FUNCTION_WORDS for w in words)
    capitals = sum(w[:1].isupper() for w in words)
    return capitals >= folded._CAPITAL_SHARE * len(words) and function < folded._FUNCTION_SHARE * len(words)


def _plain_link_run(unit: str) -> bool:
    """layout.folded.link_run as it was written."""
    tokens = unit.split()
    return (len(tokens) >= folded._LINK_RUN_WORDS and not ends_sentence(unit, folded._STOPS)
            and folded._CODE.search(unit) is None
            and sum(t.endswith(",") for t in tokens) < folded._COMMA_SHARE * len(tokens)
            and sum(t.lower() in folded._FUNCTION_WORDS for t in tokens) < folded._FUNCTION_SHARE * len(tokens))


def _plain_run_on(unit: str) -> bool:
    """layout.folded._run_on as it was written (of the unit's text)."""
    tokens = unit.split()
    return (len(tokens) >= folded._LONGEST_SENTENCE
            and sum(regex.search(r"\d", t) is not None for t in tokens) < folded._NUMBER_SHARE * len(tokens)
            and sum(t.endswith(",") for t in tokens) < folded._COMMA_SHARE * len(tokens))


_PLAIN_SHARE_BAR = regex.compile("(?:" + "|".join(all_of(NOISE_LINES[reasons.SHARE])) + r")[^\w.]{0,3}",
                                 regex.IGNORECASE)


def _check_unit(unit: str) -> None:
    assert folded.prose_unit(unit) == _plain_prose_unit(unit), repr(unit)
    for items in (True, False):
        assert folded.furniture_unit(unit, items=items) == _plain_furniture_unit(unit, items), repr(unit)
    assert folded.link_run(unit) == _plain_link_run(unit), repr(unit)
    assert folded._run_on(unit.split()) == _plain_run_on(unit), repr(unit)
    assert folded._lower_count(unit.split()) == sum(map(_plain_lower, unit.split())), repr(unit)
    assert bool(folded._SHARE_BAR.fullmatch(unit)) == bool(_PLAIN_SHARE_BAR.fullmatch(unit)), repr(unit)
    for a, b in ((0, len(unit)), (2, len(unit)), (0, len(unit) // 2)):
        assert folded.menu_end(unit, a, b) == _plain_menu_end(unit, a, b), repr(unit)


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
        assert bool(folded._SHARE_BAR.fullmatch(text)) == bool(_PLAIN_SHARE_BAR.fullmatch(text)), text


def test_unit_shapes_on_random_strings():
    rng = random.Random(15)
    alphabet = [*"aAéÉǅ中ⓐ1.,?!:@{;\t\n\x1c\u00a0 ", "the ", "The ", "Home ", "NEWS ", "of ", "Share ",
                "Facebook ", "Twitter ", "Email ", "2019 ", "said. ", "Most Read "]
    for _ in range(5_000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 80)))
        _check_unit(s)


def _plain_end_opening(unit: str) -> bool:
    """layout.folded.end_opening as it was written (every run of the opening words full-matched)."""
    from newsclean.layout.shape import ends_article, section_kind
    tokens = unit.split(maxsplit=folded._END_WORDS)
    for k in range(1, min(folded._END_WORDS, len(tokens)) + 1):
        heading = " ".join(tokens[:k])
        kind = section_kind(heading)
        if (not (kind == reasons.TAGS or (ends_article(heading) and kind != reasons.ABOUT)
                 or (k >= folded._SHARE_WORDS and "@" not in heading and _PLAIN_SHARE_BAR.fullmatch(heading)))
                or (k == 2 and tokens[0].lower() in folded._FUNCTION_WORDS and folded._lower(tokens[1]))):
            continue
        if k == len(tokens):
            return True
        after = tokens[k]
        if not after[:1].isalnum():
            continue
        last = tokens[k - 1]
        if folded._lower(after) and ((folded._lower(last) and last[-1].isalpha())
                                     or after.strip(".,;:!?") in folded._FUNCTION_WORDS):
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
        assert folded.end_opening(text) == _plain_end_opening(text), repr(text)


def test_end_opening_on_random_strings():
    rng = random.Random(15)
    alphabet = ["Share ", "this ", "on ", "Facebook ", "Twitter ", "Email ", "Print ", "Tweet ", "Most ", "Read ",
                "[ ", "] ", "[", "]", "» ", "»", "-- ", ":", "Related ", "Leave ", "a ", "Reply ", "About ", "author ",
                "Popular ", "Comments", "(5) ", "Tags ", "popular ", "read ", "#", "«", "(", ")",
                "12 ", "Comments ", "the ", "The ", "a@b ", "» ", "| ", "(5) ", "Click ", "to ", "share ", "Follow ",
                "us ", "Tags: ", "\t", "\n"]
    for _ in range(3_000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        assert folded.end_opening(s) == _plain_end_opening(s), repr(s)


# The alternation whose matches layout.folded asks for at each unit and after many tokens (a section's
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
            needed = folded._HEADING_START.needs(text, pos, end)
            plain = _PLAIN_HEADING.match(text, pos, end) is not None
            assert folded._HEADING_START.match(text, pos, end, needed) == plain, (text, pos, end)
    plain_bar = _PLAIN_SHARE_BAR.fullmatch(text) is not None
    assert folded._SHARE_BAR.fullmatch(text, folded._HEADING_START.needs(text)) == plain_bar, text


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
