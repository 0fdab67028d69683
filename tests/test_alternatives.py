"""Alternatives: the first-character index of a large alternation gives exactly the whole
pattern's match, on the real lexicon patterns and on made-up ones."""

from __future__ import annotations

import importlib

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from newsclean import alternatives
from newsclean.alternatives import Alternatives, Openings, first_characters

boilerplate = importlib.import_module("newsclean.filters.boilerplate")
shape = importlib.import_module("newsclean.layout.shape")

FIRST = [
    ("share", ["s"]),
    (r"(?:get )?short url", ["g", "s"]),
    (r"(?:\d+\s?)?shares?", [r"\d", "s"]),
    (r"\(?(?:photo|image)s?", [r"\(", "p", "i"]),
    (r"\W{0,3}(?:previous|next)", [r"\W", "p", "n"]),
    (r"[-+*•] item", ["[-+*•]"]),
    (r"\bmost read", ["m"]),
    (r"(?P<x>tags|topics):", ["t", "t"]),
    (r"(?>atomic)", ["a"]),
    (r"\p{Lu}\w+ says", [r"\p{Lu}"]),
    (r"×|x|≡", ["×", "x", "≡"]),
    (r"\ttab", [regex.escape("\t")]),
    # what cannot be told: any character, an empty match, inline flags, unfollowed escapes
    (r".{0,40}cookies", None),
    (r"(?:tags)?", None),
    (r"a*", None),
    (r"(?-i:REUTERS)/", None),
    (r"\x41bc", None),
    (r"(a)\1", ["a"]),
    (r"(?=x)", None),
    (r"[unclosed", None),
]


@pytest.mark.parametrize(("pattern", "expected"), FIRST)
def test_first_characters(pattern, expected):
    assert first_characters(pattern) == expected


def test_a_first_character_set_covers_every_match():
    """Each fragment set admits the first character of strings the pattern matches."""
    for pattern, expected in FIRST:
        if expected is None:
            continue
        compiled = regex.compile(pattern, regex.IGNORECASE)
        for text in ("share", "Short url", "12 shares", "(Photo", "- item", "Most read", "tags:", "atomic",
                     "Jane says", "x", "\ttab", "…previous"):
            if compiled.match(text):
                assert any(regex.fullmatch(f, text[0], regex.IGNORECASE) for f in expected), (pattern, text)


def _lexicon_words() -> list[str]:
    words: set[str] = set()
    for alts in (boilerplate._OPENERS, shape._SECTIONS):
        for _, patterns in alts._groups:
            for p in patterns:
                words.update(regex.findall(r"[^\W\d_]{2,}", p))
    return sorted(words)


WORDS = _lexicon_words()
_piece = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(WORDS).map(str.title),
    st.sampled_from(WORDS).map(str.upper),
    st.sampled_from([" ", " ", ": ", " - ", "(", ")", "!", "?", "»", "12", "3 ", "©", "ſ", "K", "İ", "#", "\u00a0"]),
    st.text(max_size=3),
)
_lines = st.lists(_piece, max_size=6).map("".join)


def _same(alts: Alternatives, text: str) -> None:
    fast, full = alts.fullmatch(text), alts.pattern.fullmatch(text)
    assert (fast is None) == (full is None), text
    if full is not None:
        assert (fast.span(), fast.lastgroup) == (full.span(), full.lastgroup), text


@given(_lines)
def test_openers_index_matches_as_the_whole_pattern(text):
    _same(boilerplate._OPENERS, text)


@given(_lines)
def test_section_index_matches_as_the_whole_pattern(text):
    _same(shape._SECTIONS, text)


@pytest.mark.parametrize("text", ["Share this article", "12 shares", "Most Read", "27 Comments", "Related Stories",
                                  "Tags: Syria, Aleppo", "The army said it had left.", "", "Ша", "ſhare"])
def test_known_lines(text):
    for alts in (boilerplate._OPENERS, shape._SECTIONS):
        _same(alts, text)


def test_groups_and_order_are_kept():
    alts = Alternatives([("first", ["share(?: this)?"]), ("second", ["share this", "menu"])], regex.IGNORECASE)
    assert alts.fullmatch("Share this").lastgroup == "first"
    assert alts.fullmatch("menu").lastgroup == "second"
    assert alts.fullmatch("nothing") is None
    assert alts.candidates("s") == 2 and alts.candidates("m") == 1 and alts.candidates("z") == 0


# Openings: which characters may open a match, asked of the engine with the pattern's flags.
OPENINGS = [
    # pattern, flags, source, characters that may open a match, characters that may not
    (r"(?:image\s+)?\d{1,3}/\d{1,3}", regex.IGNORECASE, None, "1Ii٣１", "T (ſ"),
    (r"share|menu", regex.IGNORECASE, None, "sSmMſ", "tT «"),
    (r"share|menu", 0, None, "sm", "SMſ"),
    (r"\s*+(?://|[)\]}])", 0, r"(?://|[)\]}])", "/)]}", " \t\u00a0a"),
    (r".{0,40}cookies", 0, None, "x ©", ""),
    (r"ss|x", regex.IGNORECASE | regex.V1, None, "ßsx", ""),   # full case folding: any character
    (r"[a-c]\w+", 0, None, "abc", "dA"),
]


@pytest.mark.parametrize(("pattern", "flags", "source", "may", "may_not"), OPENINGS)
def test_openings(pattern, flags, source, may, may_not):
    openings = Openings(regex.compile(pattern, flags), source)
    assert all(openings[c] for c in may), may
    assert not any(openings[c] for c in may_not), may_not
    assert not openings[""] and not openings["ab"]


def test_openings_keep_a_bounded_number_of_answers():
    openings = Openings(regex.compile("a"), limit=3)
    assert [openings[c] for c in "abcdea"] == [True, False, False, False, False, True]
    assert len(openings) == 3


_OPENING_PATTERNS = [
    regex.compile(r"(?:(?:photo|image|slide)\s+)?(\d{1,3})\s?(?:/|of)\s?(\d{1,3})\b", regex.IGNORECASE),
    regex.compile(r"[ \t]*+(?:string\(\d+\) \"|\[\s?+\{|(?:var|let)\s++\w+\s*+=)"),
    regex.compile(r"\s*+(?://|\"[^\"]+\"\s*+:|[\s(\[{;,]*+[)\]}]\Z|</?[a-z]+>)", regex.IGNORECASE),
    regex.compile(r"\W{0,3}(?:previous|next)|(?:\d+ )?comments?|«|×", regex.IGNORECASE),
]


@given(_lines)
def test_a_text_whose_first_character_no_opening_admits_never_matches(text):
    """The rule an Openings shortcut replaces: trying the pattern. A text it passes over is one
    the pattern does not match."""
    for pattern in _OPENING_PATTERNS:
        openings = Openings(pattern)
        assert openings[text[:1]] or pattern.match(text) is None, (pattern.pattern, text)


def test_the_shortcuts_admit_what_they_admitted_before_on_ascii():
    """The three pre-checks that now ask Openings let through, among ASCII characters, the
    characters each listed by hand before (a code line's openers, a data line's, a counter's)."""
    from newsclean import words
    from newsclean.layout import dataview, inserts

    ascii_chars = [chr(i) for i in range(128)]
    assert {c for c in ascii_chars if words._CODE_LINE_OPENS[c]} - set(words.SPACE) == set('/"([{;,)]}<')
    assert "".join(c for c in ascii_chars if dataview._OPENING[c]) == "\t [aclsvw{"
    counter_opens = {c for c in ascii_chars if inserts._MAY_COUNT[c]}
    assert set("0123456789") <= counter_opens and "T" not in counter_opens and "(" not in counter_opens


@pytest.mark.parametrize("text", ["“Share this”", "«Menu»", "Ша", "Поделиться", "“The army left,” he said.", "»Mehr",
                                  "ſhare", "Kommentare", "…previous", "© 2019 Hearst", "■ Most Read", "ß"])
def test_a_line_opening_with_a_non_ascii_character_is_matched_by_its_own_pattern(text):
    for alts in (boilerplate._OPENERS, shape._SECTIONS):
        _same(alts, text)
        _same(alts, text + " " + text)


def test_full_case_folding_reads_non_ascii_openings_with_the_whole_pattern():
    """With full case folding "ß" matches "ss": no single first character tells which
    alternatives may match, so such a line is tried with every one."""
    alts = Alternatives([("ss", ["ss", "sst"]), ("x", ["x"])], regex.IGNORECASE | regex.V1)
    assert alts.fullmatch("ß").lastgroup == alts.pattern.fullmatch("ß").lastgroup == "ss"
    assert alts.fullmatch("ßt").lastgroup == "ss" and alts.candidates("ß") == 3


def test_past_the_bound_a_non_ascii_opening_is_matched_with_the_whole_pattern():
    alts = Alternatives([("a", ["alpha", r"\W{0,3}beta"])], regex.IGNORECASE)
    texts = [chr(0x4E00 + i) + "beta" for i in range(alternatives._NON_ASCII + 10)] + ["«beta", "Αlpha", "ɑlpha"]
    for text in texts:
        _same(alts, text)
    assert len([c for c in alts._by_char if not c.isascii()]) == alternatives._NON_ASCII


def test_every_eval_line_is_matched_as_the_whole_pattern():
    """The openers and sections read every line of the shared evaluation data (trimmed of its
    edge marks, as their callers trim it) as the whole pattern does."""
    from .conftest import eval_cases
    lines = {line.strip().lstrip(boilerplate._LEAD).rstrip(boilerplate._TRAIL)
             for case in eval_cases() if case.get("variant") != "html" for line in case["input"].splitlines()}
    for text in lines:
        if len(text) <= 300:
            _same(boilerplate._OPENERS, text)
            _same(shape._SECTIONS, text)


def test_every_eval_line_is_matched_as_the_whole_pattern_once_its_head_is_known():
    """Seen a second time, a head is asked about and its answer kept (Alternatives._may_open): on every eval
    line, after every line was seen twice, fresh alternations of the openers' and the sections' groups
    still answer as the whole pattern."""
    from .conftest import eval_cases
    lines = sorted({line.strip().lstrip(boilerplate._LEAD).rstrip(boilerplate._TRAIL)
                    for case in eval_cases() if case.get("variant") != "html" for line in case["input"].splitlines()})
    lines = [text for text in lines if len(text) <= 300]
    for whole in (boilerplate._OPENERS, shape._SECTIONS):
        alts = Alternatives(whole._groups, whole._flags, reach=whole._reach)
        for text in lines + lines:
            alts.fullmatch(text)
        assert True in alts._heads.values() and False in alts._heads.values()
        for text in lines:
            _same(alts, text)


def test_a_head_ruled_out_at_first_sight_is_one_the_engine_rules_out():
    """A head whose beginnings rule it out the first time it is seen is kept as ruled out then, with no
    engine asked (Alternatives._may_open): on the head of every eval line, the engine's partial match of
    it finds no match either, as the second sight would have asked."""
    from .conftest import eval_cases
    heads = {line.strip().lstrip(boilerplate._LEAD).rstrip(boilerplate._TRAIL)[:alternatives._HEAD]
             for case in eval_cases() if case.get("variant") != "html" for line in case["input"].splitlines()}
    heads = {head for head in heads if len(head) == alternatives._HEAD}
    for whole in (boilerplate._OPENERS, shape._SECTIONS, shape._OWN_SECTIONS):
        alts = Alternatives(whole._groups, whole._flags, whole._suffix)
        ruled_out = 0
        for head in heads:
            pattern = alts._at(head, 0, len(head))
            if pattern is None:
                continue
            first = alts._may_open(pattern, head)
            if head not in alts._heads:
                continue  # past the bound (_HEADS): not kept
            if alts._heads[head] is False:
                ruled_out += 1
                assert not first and pattern.fullmatch(head, partial=True) is None, head
            assert alts._may_open(pattern, head) == (pattern.fullmatch(head, partial=True) is not None), head
        if whole is not shape._SECTIONS:  # (its alternatives that open with any word admit most heads)
            assert not heads or ruled_out > min(len(heads), alternatives._HEADS) // 2


# The head test (Alternatives._may_open): a text whose first characters no match may open with is
# not tried. The rule it replaces: trying the pattern on the whole text.
_HEAD_CASES = [
    # alternatives, flags, texts
    (["sign (?:in|up)", r"share\b.{0,20}", r"\bmost read"], regex.IGNORECASE,
     ["Sign up", "SIGN IN", "Sigh no more", "Share this", "Shares fell", "share", "Most read", "most reads"]),
    ([r"(?:\d+\s?)?shares?", r"\d+ / \d+", "(?:get )?short url"], regex.IGNORECASE,
     ["12 shares", "12shares", "3 / 4", "3 of 4", "Get short url", "short url", "ſhares", "Kelvin"]),
    ([r"ad(?!\w)", r"a(?=b)\w+", r"(?<!x)abc\Z", r"ab\B\w*"], 0,
     ["ad", "ad.", "adv", "abcd", "abc", "ab", "abz", "a b", "abab"]),
    (["straße", "strasse"], regex.IGNORECASE | regex.V1, ["Strasse", "STRASSE", "Straße", "Strand"]),
]


@pytest.mark.parametrize(("alternatives", "flags", "texts"), _HEAD_CASES)
def test_the_head_test_passes_over_no_text_the_pattern_matches(alternatives, flags, texts):
    alts = Alternatives([("g", alternatives)], flags)
    for text in texts:
        _same(alts, text)
        _same(alts, text + " and more")


@given(_lines)
def test_the_head_test_on_made_up_lines(text):
    """The heads asked about by the openers and sections, fresh (no answer kept from another line)."""
    for alts in (Alternatives(boilerplate._OPENERS._groups, boilerplate._OPENERS._flags, reach=boilerplate._REACH),
                 Alternatives(shape._SECTIONS._groups, shape._SECTIONS._flags, reach=8)):
        for _ in range(3):  # seen first, seen again (asked), known
            _same(alts, text)
            _same(alts, text.upper())


def test_the_head_answers_kept_are_bounded(monkeypatch):
    """Past the bound, a head not seen before is asked about again, not kept: the same answers."""
    monkeypatch.setattr(alternatives, "_HEADS", 3)
    alts = Alternatives([("g", ["share this", "sign up"])], regex.IGNORECASE)
    texts = ["Share this", "Sign up", "Sigh, no", "Shop now", "Share this", "Shop now"]
    assert [alts.fullmatch(t) is not None for t in texts] == [True, True, False, False, True, False]
    assert list(alts._heads) == ["Shar", "Sign", "Sigh"]


def test_a_match_away_from_the_text_start_is_not_read_by_its_head():
    """``fullmatch(text, pos)`` with ``pos`` past the start reads what stands before ``pos``
    (a word boundary): its head is not asked about."""
    alts = Alternatives([("g", [r"\Bnewsy"])], regex.IGNORECASE)
    assert alts.pattern.fullmatch("newsy") is None  # read alone, its head opens no match
    assert alts.fullmatch("anewsy", 1).group() == alts.pattern.fullmatch("anewsy", 1).group() == "newsy"


@pytest.mark.parametrize(("alternatives", "flags", "texts"), _HEAD_CASES)
def test_a_head_known_to_open_no_match_answers_as_the_pattern(alternatives, flags, texts):
    """A head answered ``False`` is read first (one look-up, before a pattern is chosen): the
    pattern's answers still, for the text whole and cut short, however often it is seen."""
    alts = Alternatives([("g", alternatives)], flags)
    for _ in range(3):
        for text in texts:
            for t in (text, text + " and more"):
                _same(alts, t)
                for end in (len(t) - 1, 5, 4):
                    got, want = alts.fullmatch(t, 0, end), alts.pattern.fullmatch(t, 0, end)
                    assert (got and (got.span(), got.lastgroup)) == (want and (want.span(), want.lastgroup)), t
    assert alts._full_case or False in alts._heads.values()  # full case folding: every head may open one


# Beginnings (alternatives.beginnings, Alternatives.may_begin): a standard-library scan of a match's first
# characters, read before the engine is asked. The rule it stands in for: the engine's own answer, a
# match at the place (or a partial match of a head). Where the engine finds one, the beginnings must
# admit the place; they may admit more.
_BEGINNING_CASES = [
    # alternatives, flags, texts
    (["share(?: this)?", r"\W{0,3}(?:previous|next)", "ad", r"(?:\d+\s?)?shares?"], regex.IGNORECASE,
     ["Share this", "Shares fell", "» Next", "«« previous page", "ad", "Adam", "12 shares", "12shares", "ſhare",
      "SHARE", "The dog", "next", "»»» next", "3 shares"]),
    ([r"(?:main )?menu", r"(?:sign|log) ?(?:in|out|up)", r"\bmost read", r"(?-i:REUTERS)/", r"(?-i:\p{Lu})\w+ says"],
     regex.IGNORECASE, ["Main menu", "menu", "Login", "log out", "Sign up", "Most read", "REUTERS/Jane", "reuters/",
                        "Jane says", "jane says", "İnbox", "Kelvin", "Ménu", "MENU"]),
    ([r"x{2}y", r"a{1,}b", r"c{0}d", r"e{0,2}f", r"g+?h", r"i*+j", r"k??l", r"(?>mn|m)o", r"(?P<p>pq)r", r"s(?=t)t"], 0,
     ["xxy", "xy", "ab", "aab", "d", "cd", "f", "eef", "ghh", "gh", "ij", "iij", "kl", "l", "mno", "mo", "pqr", "st"]),
    ([r"\d\.\d", r"[-+*•] item", r"\ttab", r"\p{Lu}{2}", r"(?i:caps)", r"(?s:a.b)", r"(?m:^c$)", r"\Ad\Z"], 0,
     ["1.5", "- item", "• item", "\ttab", "AB", "ÉT", "CAPS", "caps", "a\nb", "c", "d", "1x5", "ab"]),
    # what is not read: a brace read as a literal, back-references, escapes of code points, conditionals
    ([r"\x41b", r"y{,2}z", r"q{}", r"(?#note)w", r"[ab]{2}|cd"], 0,
     ["Ab", "z", "yyz", "y{,2}z", "q{}", "w", "ab", "cd"]),
    # a dot, an empty match, full case folding, verbose patterns: no beginnings at all
    ([r".{0,40}cookies"], 0, ["cookies", "x cookies"]),
    ([r"(?:tags)?"], 0, ["", "tags"]),
    (["straße", "strasse"], regex.IGNORECASE | regex.V1, ["Strasse", "STRASSE", "Straße"]),
    (["s h a r e"], regex.VERBOSE, ["share"]),
]


def _admits(alts: Alternatives, text: str) -> None:
    """Wherever the engine finds a match (at any place, and a partial one of the head), the beginnings admit it."""
    for pos in range(len(text) + 1):
        for end in {len(text), min(len(text), pos + alternatives._BEGINNING)}:
            if alts.pattern.match(text, pos, end) is not None:
                assert alts.may_begin(text, pos, end), (text, pos, end)
    head = text[:alternatives._BEGINNING]
    if len(head) == alternatives._BEGINNING and alts.pattern.fullmatch(head, partial=True) is not None:
        assert alts.may_begin(head), head


@pytest.mark.parametrize(("alternatives_", "flags", "texts"), _BEGINNING_CASES)
def test_the_beginnings_admit_every_place_a_match_starts(alternatives_, flags, texts):
    alts = Alternatives([("g", alternatives_)], flags)
    for text in texts:
        for t in (text, text.upper(), text.lower(), " " + text, text + " and more"):
            _admits(alts, t)
        _same(alts, text)


def test_what_the_beginnings_read_and_rule_out():
    """The beginnings rule out texts (so they pay), and are ``None`` where they cannot tell."""
    b = alternatives.beginnings(["share(?: this)?", r"\W{0,3}next"], regex.IGNORECASE)
    assert [b.match(t) is not None for t in ("Share", "ſhare", "» next", "Next", "The", "Shy", "»»»» next")] == [
        True, True, True, True, False, False, True]  # a repeat is read once, not what follows it
    for alts, flags in (([r".{0,40}cookies"], 0), ([r"(?:tags)?"], 0), ([r"(?i)share"], 0),
                        (["ss"], regex.I | regex.V1), (["s h"], regex.VERBOSE)):
        assert alternatives.beginnings(alts, flags) is None, alts
    assert boilerplate._OPENERS._beginnings is not None and shape._SECTIONS._beginnings is not None
    for pattern, texts in ((r"(a)\1x", ["aax", "Aax"]), (r"(x)(?(1)a|b)c", ["xac", "Xbc"])):
        b = alternatives.beginnings([pattern], regex.IGNORECASE)
        assert all(b.match(t) for t in texts) and not b.match("zzz"), pattern  # read up to what is not read


_ALPHABET = "aAbBsShHrReExXnNtT ſİıK«»-•·:.!?()[]1209é\tß\u00a0"


@given(_lines)
def test_the_beginnings_of_the_lexicon_admit_every_place_a_match_starts(text):
    """The openers' and the sections' beginnings on made-up lines of their words."""
    for alts in (boilerplate._OPENERS, shape._SECTIONS, shape._OWN_SECTIONS):
        _admits(alts, text)


@given(st.text(alphabet=_ALPHABET, max_size=12))
def test_the_beginnings_on_random_strings(text):
    for alternatives_, flags, _ in _BEGINNING_CASES:
        _admits(Alternatives([("g", alternatives_)], flags), text)


def test_the_beginnings_of_every_alternation_on_every_eval_line():
    """Every Alternatives and AnyOf the code builds, on every line of the shared evaluation data (each line's
    first places and its head; the lines trimmed as the callers trim them)."""
    from newsclean.layout import closing_headings, head_units

    from .conftest import eval_cases
    found = [v for m in (boilerplate, shape, closing_headings, head_units) for v in vars(m).values()
             if isinstance(v, Alternatives)]
    found += [v._own for m in (closing_headings, head_units) for v in vars(m).values()
              if isinstance(v, alternatives.AnyOf)]
    assert len(found) >= 6 and all(alts._beginnings is not None for alts in found)
    lines = {line.strip().lstrip(boilerplate._LEAD).rstrip(boilerplate._TRAIL)[:60]
             for case in eval_cases() if case.get("variant") != "html" for line in case["input"].splitlines()}
    for alts in found:
        ruled_out = 0
        for text in lines:
            if alts.pattern.match(text) is not None:
                assert alts.may_begin(text), text
            head = text[:alternatives._BEGINNING]
            if len(head) == alternatives._BEGINNING and alts.pattern.fullmatch(head, partial=True) is not None:
                assert alts.may_begin(head), head
            ruled_out += not alts.may_begin(text)
        if alts in (boilerplate._OPENERS, shape._OWN_SECTIONS):  # they pay: most lines are ruled out
            assert not lines or ruled_out > len(lines) // 2


# The reach (Alternatives' ``reach``, :meth:`Alternatives._may_reach`): a text whose head may open a match is
# read up to ``reach`` characters by its beginnings before the engine is asked. The rule it stands in for: the
# engine's full match, which it must admit wherever that finds one.
_REACHES = (5, 8, 12)


def _reaches(alts: Alternatives, text: str) -> None:
    """Wherever the engine full-matches ``text`` (whole or cut short), the reach admits it, and the reaching
    alternation answers as the whole pattern."""
    for end in {len(text), max(0, len(text) - 1), min(len(text), 9)}:
        if text[:end] and alts.pattern.fullmatch(text, 0, end) is not None:
            assert alts._may_reach(text, end), (text, end)
    _same(alts, text)


@pytest.mark.parametrize(("alternatives_", "flags", "texts"), _BEGINNING_CASES + _HEAD_CASES)
def test_the_reach_admits_every_text_the_pattern_matches(alternatives_, flags, texts):
    for reach in _REACHES:
        alts = Alternatives([("g", alternatives_)], flags, reach=reach)
        for _ in range(3):  # seen first, seen again (asked), known
            for text in texts:
                for t in (text, text.upper(), text.lower(), text + " and more", text + "s"):
                    _reaches(alts, t)


@given(_lines)
def test_the_reach_of_the_lexicon_on_made_up_lines(text):
    for whole in (boilerplate._OPENERS, shape._SECTIONS):
        for reach in _REACHES:
            alts = Alternatives(whole._groups, whole._flags, whole._suffix, reach=reach)
            for _ in range(2):
                _reaches(alts, text)
                _reaches(alts, text.upper())


@given(st.text(alphabet=_ALPHABET, max_size=16))
def test_the_reach_on_random_strings(text):
    for alternatives_, flags, _ in _BEGINNING_CASES:
        _reaches(Alternatives([("g", alternatives_)], flags, reach=8), text)


def test_the_reach_of_the_openers_on_every_eval_line():
    """The openers' reach (boilerplate._REACH) admits every eval line the whole pattern matches, and rules out
    many of those whose head may open a match that the engine then fails (so it pays)."""
    from .conftest import eval_cases
    lines = {line.strip().lstrip(boilerplate._LEAD).rstrip(boilerplate._TRAIL)
             for case in eval_cases() if case.get("variant") != "html" for line in case["input"].splitlines()}
    alts = boilerplate._OPENERS
    assert alts._reach == boilerplate._REACH > alternatives._HEAD
    failed = ruled_out = 0
    for text in lines:
        if not text or len(text) > 300:
            continue
        matched = alts.pattern.fullmatch(text) is not None
        if matched:
            assert alts._may_reach(text, len(text)), text
        elif len(text) > alternatives._HEAD and alts.pattern.fullmatch(text[:alternatives._HEAD], partial=True):
            failed += 1
            ruled_out += not alts._may_reach(text, len(text))
    assert ruled_out > failed // 3, (ruled_out, failed)
