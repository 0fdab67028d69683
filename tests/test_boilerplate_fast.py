"""Boilerplate's shortcuts answer what the plain rule answers (issue 18): :func:`boilerplate._furniture` tries a
keyworded line's wildcard alternatives only where the line holds one of the hints of the keywords each holds
(``_GATED_WILDCARDS``); the plain rule below tries every one in order. Compared on a table, on random strings of
the pieces of furniture and on every line of the eval pages."""

from __future__ import annotations

import random

import pytest
import regex

from newsclean.alternatives import lowered_as_matched
from newsclean.filters import boilerplate as bp
from newsclean.lexicon import NOISE_LINES

from .conftest import eval_cases


def _plain(text: str) -> str | None:
    """``_furniture`` as it read before the wildcards were gated by their hints (e9cc749)."""
    m = bp._OPENERS.fullmatch(text)
    opener = m.lastgroup if m is not None else None
    if not bp._keyworded(text):
        return opener
    for reason, wildcards in bp._WILDCARDS:
        if reason == opener or any(w.fullmatch(text) is not None for w in wildcards):
            return reason
    return None


LINES = [
    "", "x", "more", "Read more", "Share this article", "All rights reserved.", "© 2019 Hearst Communications, Inc.",
    "Copyright 2024 The Daily Planet. All rights reserved.", "Sign up for our free daily newsletter",
    "This site uses cookies to improve your experience. Accept", "This ſite uſes cookies. Accept",
    "Firefighters at the scene on Monday. (AP Photo/Jane Doe)", "Firefighters at the scene. (Getty Images)",
    "The mayor opened the bridge on Friday. Photo by Ann Lee", "The mayor opened the bridge. PHOTO BY ANN LEE",
    "The council met on Monday to discuss the budget... Read more", "The river rose and flooded the town. more",
    "The river rose and flooded the town. MORE", "The river rose (the lower town) less",
    "Jane Doe can be reached at jdoe@example.com.", "Residents fled the flood, officials said. REUTERS/John Roe",
    "Residents fled the flood, officials said. Reuters/John Roe", "Seen from the bridge / AP file",
    "Thanks! Keep an eye on your İnbox", "Get it delivered straight to your inbox every morning",
    "Get 12 issues for just £5 and more", "Tous droits réservés", "Alle Rechte vorbehalten.",
    "The company said its newsletter reached 2,000 readers last year.", "Ready? Subscribe to our daily briefing now",
    "Volunteers cleared the beach on Sunday. Submitted photo", "A diagram of the station's modules. Credit: ESA",
]


def _eval_lines() -> list[str]:
    lines: list[str] = []
    for case in eval_cases():
        if case.get("variant") not in ("html", "flatpage"):
            lines += [line.strip() for line in case["input"].splitlines()]
    return list(dict.fromkeys(lines))


@pytest.mark.parametrize("line", LINES)
def test_furniture_is_the_plain_rule(line):
    assert bp._furniture(line) == _plain(line)


def test_furniture_is_the_plain_rule_on_random_strings_and_eval_lines():
    rng = random.Random(2028)
    pieces = ["Share", "more", "less", "MORE", " ", ". ", "...", "…", "(", ")", "(AP Photo/", "AP", "Reuters",
              "REUTERS", "/", " / ", "©", "Photo", "photo", "Photograph", "by", "courtesy of", "Credit:", "Image",
              "images", "Getty Images", "Submitted", "File", "cookie", "cookies", "accept", "we use", "subscribe",
              "Subscribe", "newsletter", "inbox", "İnbox", "ſ", "issues for", "£5", "12", "all rights reserved",
              "read more", "continue reading", "be reached at", "jdoe@example.com", "Jane Doe", "the council met",
              "?", "!"]
    lines = [*LINES, *("".join(rng.choice(pieces) for _ in range(rng.randint(1, 14))) for _ in range(20_000))]
    lines += [text for line in _eval_lines() if (text := line.lstrip(bp._LEAD).rstrip(bp._TRAIL))
              and len(text) <= bp._MAX_CHARS]
    found = 0
    for line in lines:
        plain = _plain(line)
        assert bp._furniture(line) == plain, line
        found += plain is not None and bp._keyworded(line)
    assert found > 300


def test_keyworded_is_the_keyword_alternation_on_random_strings_and_eval_lines():
    """``_keyworded`` (the anchors' scan, the line's end for the keywords that end a line, then the keywords
    of the hints held) answers as a search of every keyword does."""
    keyword = regex.compile("|".join(k for k, _ in bp._KEYWORDS), regex.IGNORECASE | regex.V0)
    rng = random.Random(2029)
    pieces = ["more", "less", "MORE", "leſs", " ", "\t", "\n", ".", "inbox", "İnbox", "cookie", "COOKIES", "reserved",
              "all rights reserved", "issues for", "for", "box", "kie", "ved", "(AP", "(", "/", " / ", "©", "credit",
              "Credit:", "photo", "x", "read more", "subscribe", "newsletter", "be reached at", "é", "Réservés"]
    lines = [*LINES, *("".join(rng.choice(pieces) for _ in range(rng.randint(0, 10))) for _ in range(20_000))]
    lines += _eval_lines()
    found = 0
    for line in lines:
        plain = keyword.search(line) is not None
        assert bp._keyworded(line) == plain, line
        found += plain
    assert found > 1000


def test_every_wildcard_alternative_is_gated_by_hints():
    gated = [(w.pattern, hints) for _, wildcards in bp._GATED_WILDCARDS for w, hints in wildcards]
    assert [p for p, _ in gated] == [w.pattern for _, ws in bp._WILDCARDS for w in ws]
    assert len(gated) == sum(bp._is_wildcard(a) for t in NOISE_LINES.values() for alts in t.values() for a in alts)
    assert all(hints for _, hints in gated)


def test_noise_kind_is_the_rule_it_writes_out():
    """``noise_kind`` reads a line of up to ``_MAX_CHARS`` not in brackets with ``_kind``'s and ``_furniture``'s
    steps written out, and a head its openers know to open no match by one look-up: it answers as the rule
    (``_noise_kind`` of the trimmed line) on every eval line and on random strings with edge marks and brackets,
    asked twice (the second time the heads seen once are known)."""
    rng = random.Random(2031)
    pieces = ["Share", "more", "MORE", " ", ". ", "(", ")", "[", "]", "» ", " |", "- ", "(AP Photo/", "Reuters", "/",
              "©", "Photo", "Credit:", "Image", "Getty Images (3)", "cookie", "subscribe", "İnbox", "ſ", "Read more: ",
              "Tags: ", "all rights reserved", "be reached at", "Jane Doe", "the council met", "The ", "Sign up", "x"]
    lines = [*LINES, *("".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) for _ in range(10_000))]
    lines += _eval_lines()
    lines += ["(" + line + ")" for line in LINES] + ["x" * 301, "A caption. Credit: ESA " + "x" * 290]
    found = 0
    for _ in range(2):
        for line in lines:
            plain = bp._noise_kind(line.lstrip(bp._LEAD).rstrip(bp._TRAIL))
            assert bp.noise_kind.__wrapped__(line) == plain, line
            found += plain is not None
    assert found > 1000


def test_the_hints_copy_holds_every_hint_the_lowered_line_holds():
    """``noise_kind`` looks for the keywords' hints in ``_hint_copy`` of a line (its typographic marks turned
    into one ASCII stand-in, then lowered): no hint holds a mark, the stand-in or a mark lowered, so a hint
    stands in the copy wherever it stands in the line lowered as the keywords' folding reads it; and
    ``noise_kind`` answers as the rule on random strings of marks, hints and the characters folded onto
    letters."""
    marks = bp._MARKS + bp._MARK_STAND_IN + bp._MARKS.lower()
    hints = {*(hint for _, hints in bp._GATES for hint, _ in hints), *(gate for gate, _ in bp._GATES), *bp._END_HINTS,
             *(h for _, ws in bp._GATED_WILDCARDS for _, hs in ws for h in hs)}
    assert not [h for h in hints if any(c in h for c in marks)]
    rng = random.Random(2032)
    pieces = [*bp._MARKS, "\x00", "more", "MORE", "Read", " ", "(", "(AP", "Photo", "photo", "©", "İnbox", "ſ",
              "subscribe", "all rights reserved", "Réservés", "tous droits", "/", "x", "é", "Share", "Credit:"]
    lines = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 10))) for _ in range(20_000)]
    for line in lines:
        lowered = lowered_as_matched(line)
        copy = bp._hint_copy(line)
        assert [h for h in hints if h in lowered and h not in copy] == [], line
        assert bp.noise_kind.__wrapped__(line) == bp._noise_kind(line.lstrip(bp._LEAD).rstrip(bp._TRAIL)), line


def test_a_long_lines_tail_without_a_colon_is_no_credit():
    """``_kind`` reads a tail of a line of more than ``_MAX_CHARS`` characters for a credit (``_CREDIT_END``) only
    where it holds ":": every credit does. Random strings of credit pieces and every eval line."""
    rng = random.Random(2039)
    pieces = [" ", ". ", "! ", "Credit: ESA", "Photo: AP", "Credit", "Photos", ":", "Image", "’", "”", "x" * 40]
    lines = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 30))) for _ in range(20_000)]
    for line in lines + _eval_lines():
        tail = line[-bp._CREDIT_TAIL:]
        assert ":" in tail or bp._CREDIT_END.search(tail) is None, line
    assert sum(bp._CREDIT_END.search(line[-bp._CREDIT_TAIL:]) is not None for line in lines) > 100
