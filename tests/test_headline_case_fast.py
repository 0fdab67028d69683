"""headline_case's shortcuts give what the plain rules give (issue 18): :func:`title_case_end` and
:func:`article_opening` split only the words they read (a headline's and the sentence's first words
after it), where they split the whole span given (on a page folded to one line, the rest of the page);
article_opening reads no word where the standard library's ``re`` finds no article standing alone,
title_case_end none after the first word that is neither capitalised nor small."""

from __future__ import annotations

import random

from newsclean.layout import headline_case as hc
from newsclean.layout.headline_case import (
    _ARTICLES,
    HEAD,
    MAX_HEADLINE,
    MIN_HEADLINE,
    SMALL,
    TOKEN,
    _named_after_label,
    article_opening,
    capitalised,
    opener,
    title_case_end,
)


def _article_opening_plain(text: str, start: int, end: int) -> int | None:
    """article_opening as written before: every word of the head split."""
    spans = [(m.start(), m.end()) for m in TOKEN.finditer(text, start, min(end, start + HEAD))]
    words = [text[a:b] for a, b in spans]
    for i in range(MIN_HEADLINE, min(len(words) - 2, MAX_HEADLINE + 1)):
        prev = words[i - 1]
        if words[i] in _ARTICLES and prev.lower() not in SMALL and prev[-1:].isalnum():
            return spans[i][0] - 1
    return None


def _title_case_end_plain(text: str, start: int, end: int) -> int | None:
    """title_case_end as written before: every word up to ``end`` split."""
    spans = [(m.start(), m.end()) for m in TOKEN.finditer(text, start, end)]
    words = [text[a:b] for a, b in spans[:MAX_HEADLINE + 3]]
    j = 0
    while j < len(words) and (capitalised(words[j]) or words[j].lower() in SMALL):
        j += 1
    if j >= len(words) or not words[j][0].islower():
        return None
    i = j - 1
    while i > 0 and words[i].lower() in SMALL and not capitalised(words[i]):
        i -= 1
    if i < MIN_HEADLINE or i > MAX_HEADLINE or not opener(words[i]) or not capitalised(words[i - 1]):
        return None
    if words[i - 1].lower() in SMALL or j - i > hc._OPENING_WORDS:
        return None
    for k in range(i - 1, max(MIN_HEADLINE, i - 4) - 1, -1):
        if words[k] in _ARTICLES and capitalised(words[k - 1]) and words[k - 1].lower() not in SMALL:
            i = k
            break
    if _named_after_label(words, i):
        i -= 1
    head = words[:i]
    if sum(capitalised(w) for w in head) < MIN_HEADLINE - 1 or not all(
            capitalised(w) or w.lower() in SMALL for w in head):
        return None
    return spans[i][0] - 1


# Headlines of every length around MAX_HEADLINE run into sentences, with articles, small words,
# labels in capitals, white space of every kind (\x1c-\x1f too), and no sentence at all.
_WORDS = ["Army", "Leaves", "the", "Town", "of", "Aleppo", "The", "A", "An", "army", "said", "it", "had", "left",
          "LEAGUE", "ONE", "Matthew", "Spring's", "4", "al-Abdah", "in", "as", "“Quoted”", "(Aid)", "Six", "—", ".",
          "The,", "AThe", "(A", "Ann"]
_SPACES = [" ", " ", " ", "  ", "\n", "\t", "\x1c", "\u00a0", "\u2003"]


def _random_text(rnd: random.Random, n: int) -> str:
    return "".join(rnd.choice(_WORDS) + rnd.choice(_SPACES) for _ in range(n))


TABLE = [
    "Army Leaves the Town of Aleppo After Four Years The army said on Monday it had left the town.",
    "Six Killed in Aleppo Bombing as Evacuation of 4 Syrian Towns Resumes Six people were killed.",
    "Bombing of bus convoy kills dozens outside Aleppo A bomb blast hit a bus convoy.",
    "Vale 1 Luton 2 FOOTBALL LEAGUE ONE Matthew Spring's free-kick ruined the day.",
    "Troops advanced on the town. Six were killed.",
    " ".join(["Word"] * (MAX_HEADLINE + 2)) + " The army said so.",
    " ".join(["Word"] * (MAX_HEADLINE + 3)) + " The army said so.",
    " ".join(["Word"] * (MAX_HEADLINE - 1)) + " The army said so and " + "more " * 80,
    "", " ", "Army", "Army Leaves the Town",
]


def test_head_words_only_on_the_table_random_texts_and_eval_pages() -> None:
    from .conftest import eval_cases

    texts = list(TABLE)
    rnd = random.Random(18)
    texts += [_random_text(rnd, rnd.randint(0, 40)) for _ in range(20_000)]
    for case in eval_cases():
        if case.get("variant") in ("page", "flatpage") and isinstance(case.get("input"), str):
            texts += case["input"].splitlines()[:6]
    found = [0, 0]
    for text in texts:
        for start, end in ((0, len(text)), (min(3, len(text)), len(text)), (0, len(text) // 2)):
            cut = title_case_end(text, start, end)
            assert cut == _title_case_end_plain(text, start, end), repr(text[:200])
            opening = article_opening(text, start, end)
            assert opening == _article_opening_plain(text, start, end), repr(text[:200])
            found[0] += cut is not None
            found[1] += opening is not None
    assert min(found) > 1000  # both rules answer on many of the texts, not only None
