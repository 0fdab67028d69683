"""The join step's shortcut gives what its plain code gave (issue 18): :func:`line_joins.join_points`
reads only the line breaks two scans of the whole text find (a line that ends open, as ``GOES_ON``
reads it, or a next line that opens as ``_CONTINUES`` reads it) instead of testing every pair of
lines. Checked against the loop it replaced, which read every line, on a table, on every input of
the shared evaluation data and on random strings."""

from __future__ import annotations

import itertools
import random
import re

import pytest
import regex

from newsclean.layout import line_joins as lj
from newsclean.layout.headline_case import SMALL

from .conftest import eval_cases
from .test_fast_paths import LINES


def _plain_join_points(text: str, nodes: bool = True) -> list[int]:
    """line_joins.join_points as it was written: every line read in turn."""
    out: list[int] = []
    opens = links = wraps = indented = lines = 0
    prev: str | None = None
    first, seen = False, 0
    carried = 0
    pos = 0
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        nl = n if nl < 0 else nl
        line = text[pos:nl].strip()
        spaced = 1 < pos < n and (text[pos - 2] in lj._BLANKS or text[pos] in lj._BLANKS)
        if line:
            cut = prev is not None and lj._carries_on(prev, line, carried) and not (lj._no_text(prev)
                                                                                   or lj._no_text(line))
            if cut and first and not spaced and lj._titled(prev or "", text, pos):
                cut = False
            first = seen == 0
            seen += 1
            if cut:
                out.append(pos - 1)
                opens += lj._PUNCT_OPEN.match(line) is not None
                wraps += spaced
            word_cut = cut and lj._word_cut(prev or "", line)
            own = line.count(" ") + 1
            links += (word_cut and carried >= lj._CUT_WORDS and (prev or "").count(" ") < lj._LINK_WORDS
                      and own >= lj._CUT_WORDS and carried + own >= lj._LINK_SIDES)
            carried = (prev or "").count(" ") + 1 if word_cut else 0
            prev = line
        else:
            prev, carried = None, 0
        lines += 1
        indented += spaced
        pos = nl + 1
    formula = lj.formula_joins(text)
    wrapped = nodes and wraps >= lj._MIN_WRAPS and indented < lj._WRAP_SHARE * lines
    if len(out) < lj._MIN_JOINS or (opens < lj._MIN_PUNCT_OPENS and links < lj._MIN_LINKS and not wrapped):
        return formula
    inside = len(lj._PUNCT_INSIDE.findall(text))
    if opens <= inside and (links < lj._MIN_LINKS or opens + links <= inside) and not wrapped:
        return formula
    return sorted(set(out).union(formula))


def _plain_candidates(text: str) -> set[int]:
    """The breaks whose pair of lines _carries_on may pass, each line tested alone."""
    out: set[int] = set()
    lines = text.split("\n")
    at = -1
    for prev, line in itertools.pairwise(lines):
        at += len(prev) + 1  # the break after prev
        prev, line = prev.strip(), line.strip()
        if (prev and lj.GOES_ON.search(prev)) or (line and lj._CONTINUES.match(line)):
            out.add(at)
    return out


TABLE = [
    "By\nJane Doe\nand\nTom Roe\nThe army took\nthe town\n, officials said.\nThe town burned\nall night\n.\nHome",
    "The army took\nthe town\n, it said. We\nleft\n.",
    "Friday Facts #282 - 0.17 in sight | Factorio\nthe team\n, it said\nHome\nFriday Facts #282 - 0.17 in sight\n.",
    "Lorem ipsum dolor sit amet, \n  consectetur adipiscing elit, sed do \n  eiusmod tempor incididunt ut\n"
    "labore et dolore magna \n   aliqua. Ut enim ad minim veniam\nHome",
    "the Chinese Ministry of State Security intelligence service\nmasters\nare proving unable to stop the "
    "leaks\nwhich the\nreporters\nhave found in the files of the agency\nthat the\nofficials\nkept in the "
    "vaults of the old building",
    "Text\x1c\nthe town\x1d\n\x1e, it said\r\n\x85and more\u2028\n\u3000; again\n",
    "\n\n  the\n\n, a\n", "", "\n", " \n \n", "a\n,", "When\na\n≠\nb\n+\n1\n, there are two roots.\nNext",
]


@pytest.mark.parametrize("text", TABLE)
@pytest.mark.parametrize("nodes", [True, False])
def test_join_points_as_before_on_the_table(text: str, nodes: bool) -> None:
    assert lj.join_points(text, nodes) == _plain_join_points(text, nodes)
    assert set(lj._cut_candidates(text)) >= _plain_candidates(text)


def test_join_points_as_before_on_every_eval_text_in_lines() -> None:
    """Every input of the text forms in lines (a page's text, a tag's lines, a container's), with
    and without the nodes' own breaks read."""
    texts = [case["input"] for case in eval_cases() if case.get("variant") in ("page", "taglines", "container")]
    if not texts:
        pytest.skip("no shared evaluation data")
    for i, text in enumerate(texts):
        nodes = i % 2 == 0
        assert lj.join_points(text, nodes) == _plain_join_points(text, nodes), text[:200]


def test_join_points_as_before_on_random_strings() -> None:
    rng = random.Random(18)
    pieces = ["\n", "\n", " \n", "\n ", "\t", " ", ",", ".", ";", "(", "“", "‘", "the", "by", "of", "The",
              "army", "took", "Town", "é", "É", "\x1c", "\r", "\x85", "\u2028", "\u3000", "\xa0", "<div>", "</a>",
              '"a": 1', "[{\"", "≠", "1", ")", "%", "’", "”", "and", "written by", "By", "Home | News"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) + rng.choice(["", " "]) for _ in range(rng.randint(0, 40)))
        assert set(lj._cut_candidates(text)) >= _plain_candidates(text), repr(text)
        assert lj.join_points(text) == _plain_join_points(text), repr(text)
    for _ in range(300):
        text = "\n".join(rng.choice(LINES + TABLE) for _ in range(rng.randint(1, 30)))
        assert lj.join_points(text) == _plain_join_points(text), repr(text)



def test_reversed_open_ends_read_every_case_regex_ignores() -> None:
    """The reversed search spells each small word's letters out: they are lower-case ASCII letters,
    and every character regex's ignored case matches to one of them is in its class (``_FOLDS``)."""
    assert all(w.isascii() and w.isalpha() and w.islower() for w in SMALL)
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    for c in sorted(set("".join(SMALL))):
        matched = set(regex.findall("(?i)" + c, every))
        assert matched == set(lj._either_case(c)[1:-1]), c


# counter_joins tries its pattern only at the lines a counter can open with (a line of one to three
# characters, or the line above one) where a search tried it at every character: the same matches.
COUNTER_TABLE = [
    "", "\n", "1", "1\n", "1\n8", "Image\n1\nof\n8", "x\nImage\n1\nof\n/\n8\nClose\n1\nof\n8\nThe story.",
    "12\n8\n3\n4", "Photo\n١\nof\n٨\nend", "IMAGE\n1\nOF\n8\n", "\n\n1\n\nof\n8", "slide\n123\n/\n1234\n5\n6",
    "ſlide\n2\nof\n3", "1\n2\n3\n4\n5\n6\n7", "Image\nImage\n1\nof\n2", " 1\nof\n2", "1 \nof\n2", "Picture\n7\n/\n7",
]


@pytest.mark.parametrize("text", COUNTER_TABLE)
def test_counter_matches_are_the_search_on_the_table(text: str) -> None:
    assert [m.span() for m in lj._counter_matches(text)] == [m.span() for m in lj._CUT_COUNTER.finditer(text)]


def test_counter_matches_are_the_search_on_random_and_eval_texts() -> None:
    rng = random.Random(26)
    pieces = ["\n", "\n", "1", "12", "123", "1234", "٨", "of", "OF", "/", "Image", "photo", "Slide", "ſlide",
              "Close", " ", "x", "the story"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 30))) for _ in range(5000)]
    texts += [case["input"] for case in eval_cases() if case.get("variant") in ("page", "taglines", "container")]
    for text in texts:
        assert [m.span() for m in lj._counter_matches(text)] == [m.span() for m in lj._CUT_COUNTER.finditer(text)], \
            repr(text[:300])


# _cut_candidates' scans read as before: the line openings by the standard library's re (a superset of
# _OPENS_ON's class: its ASCII characters and those no ASCII but a few, which _OPENS_ON then reads),
# the open ends with their first characters looked ahead for.
_PLAIN_ENDS_OPEN_REVERSED = regex.compile("\n" + lj._LINE_SPACE + "*(?:[,(\\[“‘]|"
                                          + lj._trie(sorted(w[::-1] for w in SMALL)) + ")")


def _scanned_candidates(text: str) -> list[int]:
    """line_joins._cut_candidates as it was written: both scans with the regex engine, no look ahead."""
    found = {m.start() for m in lj._OPENS_ON.finditer(text)}
    last = len(text) - 1
    found.update(last - m.start() for m in _PLAIN_ENDS_OPEN_REVERSED.finditer(text[::-1]))
    return sorted(found)


def test_opening_superset_leaves_out_no_character_of_the_class() -> None:
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    in_class = set(regex.findall(r"[,.;:!?)\]’”%\p{Ll}]", every))
    assert in_class == {m.group()[-1] for m in regex.finditer(lj._OPENS_ON.pattern, "\n" + "\n".join(every))}
    superset = set(re.findall("[" + lj._OPENS_ASCII + r"]|[^\x00-\x7f“‘«»©•]", every))
    assert in_class <= superset
    assert {c for c in superset if c.isascii()} <= in_class  # an ASCII character is taken without _OPENS_ON
    # a character no ASCII is read by _OPENS_ON only where it may be of the class (str.islower or a closing quote)
    assert {c for c in in_class if not c.isascii()} <= {c for c in superset if not c.isascii() and lj._may_open_on(c)}
    first_chars = set(regex.findall("[" + lj._ENDS_OPEN_FIRSTS + "]", every))
    # a reversed open end opens with a mark or a small word's last letter, in any case regex's ignored case reads
    lasts = {c for w in SMALL for c in regex.findall("(?i)" + regex.escape(w[-1]), every)}
    assert set(",([“‘") | lasts <= first_chars


@pytest.mark.parametrize("text", [*TABLE, "\n“the\n‘a\n«b\n©c\n•d\né\nÉ\n\u3000ſ\n’x\n”y\n\n%\n]\nA"])
def test_cut_candidates_as_scanned_before_on_the_table(text: str) -> None:
    assert lj._cut_candidates(text) == _scanned_candidates(text)


def test_cut_candidates_as_scanned_before_on_random_and_eval_texts() -> None:
    rng = random.Random(26)
    pieces = ["\n", "\n", " \n", "\n ", "\t", " ", ",", ".", ";", "(", "“", "‘", "«", "©", "•", "the", "by", "of",
              "The", "é", "É", "\x1c", "\r", "\x85", "\u2028", "\u3000", "\xa0", "’", "”", "ſ", "K", "İ", "and", "]"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 40))) for _ in range(5000)]
    texts += [case["input"] for case in eval_cases() if case.get("variant") in ("page", "taglines", "container")]
    for text in texts:
        assert lj._cut_candidates(text) == _scanned_candidates(text), repr(text[:300])


# join_points returns the formula joins at once where its candidate pairs cannot pass its test for a text cut
# at every tag (_may_join): each of its bounds is at least what the loop counts. The joins are compared with the
# plain loop above on the table, the eval texts and random strings; here the bounds themselves, on texts that
# pass a test by one count alone.
BOUND_TEXTS = [
    "The army took\nthe town\n, it said.\nThey left\n. Then\nnothing\n; and\nmore",
    "the Chinese Ministry of State Security intelligence service\nmasters\nare proving unable to stop the leaks "
    "now\nwhich the officials of the old agency\nreporters\nhave found in the files of the agency today",
    "Lorem ipsum dolor sit amet, \n  consectetur adipiscing elit, sed do \n  eiusmod tempor incididunt ut\n"
    "labore et dolore magna \n   aliqua. Ut enim ad minim veniam\nHome",
]


@pytest.mark.parametrize("text", BOUND_TEXTS + TABLE)
@pytest.mark.parametrize("nodes", [True, False])
def test_may_join_bounds_the_counts(text: str, nodes: bool) -> None:
    pairs = lj._candidate_pairs(text)
    if not lj._may_join(text, pairs, nodes):
        assert lj.join_points(text, nodes) == lj.formula_joins(text) == _plain_join_points(text, nodes)


# toggle_joins looks for a toggle line where a toggle's word ends a line (_toggle_line), where two scans
# tried their pattern at every line break: the same answer on a table, random texts and the eval texts.
TOGGLE_TABLE = [
    "", "more", "less", " more", "more ", "... more", "...more", "…less", " … less \t", "....more", "x more",
    "... \u00a0more", "\u00a0 more", "furthermore\nx", "no more\nless", "moreless\n", "lessmore", "Cap.\n ... more \nx",
    "\x1cmore\x1f\n", "\u3000...\u3000more", "a\n\n  ...  more", "mores\n", "More\n", "x\r\nmore\r\n",
]


def _scanned_toggle_line(text: str) -> bool:
    return lj._TOGGLE_LINE.match(text) is not None or lj._TOGGLE_NEXT_LINE.search(text) is not None


def test_toggle_words_are_plain_words() -> None:
    assert all(w.isalpha() for w in lj._TOGGLE_WORDS)


@pytest.mark.parametrize("text", TOGGLE_TABLE)
def test_toggle_line_is_the_scans_on_the_table(text: str) -> None:
    assert lj._toggle_line(text) == _scanned_toggle_line(text)


def test_toggle_line_is_the_scans_on_random_and_eval_texts() -> None:
    rng = random.Random(26)
    pieces = ["\n", "\n", " ", "  ", "\u00a0", "\t", "\r", "\x1c", "\u3000", "x", ".", "..", "...", "…", "less", "more",
              "Less", "further", "un", "s", " more", "... more"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(20_000)]
    texts += [case["input"] for case in eval_cases() if case.get("variant") in ("page", "taglines", "container")]
    for text in texts:
        assert lj._toggle_line(text) == _scanned_toggle_line(text), repr(text[:300])


def test_toggle_joins_try_the_toggle_only_on_lines_ending_with_its_word() -> None:
    """toggle_joins full-matches _TOGGLE only on a line that ends with one of its words (plain words, the
    pattern's last): the same joins as trying every line, on random captions printed twice with their
    toggles, and on every text-like eval input that holds a toggle's line."""
    def every_line(text: str) -> list[int]:  # toggle_joins as it was written: _TOGGLE tried on every line
        out: list[int] = []
        seen: tuple[int, int, str] | None = None
        prev, number, pos = "", 0, 0
        while pos <= len(text):
            nl = text.find("\n", pos)
            nl = len(text) if nl < 0 else nl
            line = text[pos:nl].strip()
            if lj._TOGGLE.fullmatch(line) is not None and len(prev) >= lj._CAPTION_CHARS:
                k = lj.CAPTION_OPENING
                if seen is not None and seen[0] == number - 2 and seen[2][:k] == prev[:k]:
                    out.extend((seen[1], pos - 1))
                seen = (number, pos - 1, prev)
            prev, number, pos = line, number + 1, nl + 1
        return out

    assert lj._TOGGLE.pattern.endswith("(?:" + "|".join(lj._TOGGLE_WORDS) + ")")
    rng = random.Random(27)
    pieces = ["Jane Doe, left, and Tom Roe shake hands in Hanoi.", "Jane Doe, left, and Tom Roe shake hands in",
              "less", "more", "... more", "…less", " more ", "x more", "Photo: AP", "The talks began.", "", "More"]
    texts = ["\n".join(rng.choice(pieces) for _ in range(rng.randint(0, 10))) for _ in range(5_000)]
    texts += [case["input"] for case in eval_cases() if case.get("variant") in ("page", "taglines", "container")]
    for text in texts:
        if lj._toggle_line(text):
            assert lj.toggle_joins(text) == every_line(text), repr(text[:300])
