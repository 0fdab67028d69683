"""Where sentences end (:mod:`newsclean.sentences`): the one definition the steps share."""

from __future__ import annotations

import itertools

import pytest

from newsclean.sentences import SENTENCE_BREAK, SENTENCE_INSIDE, STOPS, ends_sentence, holds_sentence_end, is_prose


@pytest.mark.parametrize(("line", "marks", "expected"), [
    ("The army left the town.", STOPS, True),
    ("Did the army leave?", STOPS, True),
    ('He said: "We are leaving."', STOPS, True),
    ("as the minister put it.’ ”", STOPS, True),             # nested quotes set apart
    ("«C’est la révolution. Dieu merci.»", STOPS, True),
    ("The talks will resume (officials said.)", STOPS, True),
    ("他们离开了。", STOPS, True),
    ("Read the full story…", STOPS, True),
    ("Home | World | Politics", STOPS, False),
    ("stock car 2018, stock car brasil, ", STOPS, False),
    ("The following were arrested:", STOPS, False),
    ("The following were arrested:", STOPS + ":;", True),    # a line leading into a list
    ("var x = 1; {", ".!?;{}", True),                       # a script's line ends nothing open
    ("Read the full story…", ".!?;", False),                # a caller that leaves the ellipsis out
])
def test_ends_sentence(line, marks, expected):
    assert ends_sentence(line, marks) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("It rose. Then it fell", True),
    ("It rose", False),
    ("See www.example.com/a.html for more", False),          # a dot inside a word ends nothing
    ("Version 1.2 ships today", False),
    ('"We won!" he said', True),
    ("他们离开了。我们留下", True),                           # no space after an ideographic stop
])
def test_holds_sentence_end(text, expected):
    assert holds_sentence_end(text) is expected


@pytest.mark.parametrize(("text", "breaks"), [
    ("He left. She stayed.", ["He left.|She stayed."]),
    ('He left. "We won." 3 died.', ['He left.|"We won."', '"We won."|3 died.']),
    ("Clark said Monday. «Ed himself was there.»", ["Clark said Monday.|«Ed himself was there.»"]),
    ("に関する話。 Kindle for PC", ["に関する話。|Kindle for PC"]),
    ("He paid 3.5 million. it rained", []),                   # a lower-case word opens no sentence
])
def test_sentence_break(text, breaks):
    cuts = [m.start() for m in SENTENCE_BREAK.finditer(text)]
    pieces = [text[a:b].strip() for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]
    assert ["|".join(pair) for pair in itertools.pairwise(pieces)] == breaks


@pytest.mark.parametrize(("line", "expected"), [
    ("Trucks came at dawn. Officials said the road was open", True),
    ('The mayor said "no." The council voted', True),
    ("Prices rose 3.5 percent in May", False),
    ("U.S. Army Corps of Engineers", True),                  # an abbreviation counts: only weighed, never cut
    ("the town. officials said", False),
])
def test_sentence_inside(line, expected):
    assert (SENTENCE_INSIDE.search(line) is not None) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The army said on Monday that its forces had taken the town after weeks of fighting.", True),
    ("Home | World | Politics | Business | Tech | Science | Health | Sports | Arts | Travel", False),
    ("Short sentence here.", False),
    ('{"id": 7, "title": "Aid Convoy Arrives", "url": "/a/7", "pic": "/i/7.jpg", "n": 1}', False),
    ("国家航天局表示，这次试验将帮助科学家了解太空中人体对各种物质具体有怎样的反应和变化。", True),
])
def test_is_prose(text, expected):
    assert is_prose(text) is expected


_PIECES = ["The army left", ".", "!", "?", "…", ":", ";", "{", "}", "”", "’", "'", '"', "»", ")", "]", " ", "\n",
           "\u00a0", "\u3000", "\x1c", "。", "word", "(", "["]
_MARKS = [STOPS, STOPS + ":;", ".!?;{}", ".,;:", ".!?;", STOPS + "؟", ".)", "'"]


@pytest.mark.parametrize("marks", _MARKS)
def test_ends_sentence_tries_the_last_mark_only_and_answers_as_a_search(marks):
    """Read at the line's last character but white space and closers: the answer a search over
    every character gives (marks that are closers themselves are searched for)."""
    import random

    from newsclean.sentences import _line_end

    rng = random.Random(20261205)
    lines = ["".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 7))) for _ in range(3000)]
    pattern = _line_end(marks)[0]
    for line in lines:
        assert ends_sentence(line, marks) is (pattern.search(line) is not None), (line, marks)

