"""A headline told by its case: where a Title Case headline or a headline's opening ends.

News headlines are written in Title Case or open a story whose first sentence starts with an
article ("The army said"); these helpers read a line's words for that: :func:`title_case_end`
(the end of a run of capitalised words), :func:`article_opening` (a headline in sentence case
before "The", "A"), :func:`attributed` (a headline's source: ``... Idlib Monitor``), with the
word tests (:func:`capitalised`, :func:`opener`, :func:`lower_word`) and bounds the head's
other readers share.

>>> s = "Army Leaves the Town of Aleppo After Four Years The army said on Monday it had left the town."
>>> s[:title_case_end(s, 0, len(s))]
'Army Leaves the Town of Aleppo After Four Years'
"""

from __future__ import annotations

import itertools
import re

import regex

from ..alternatives import branches, literal_opening, lowered_as_matched
from ..lexicon import ARTICLES, HEADLINE_SOURCES, SMALL_WORDS, all_of

__all__ = [
    "HEAD",
    "MAX_HEADLINE",
    "MIN_HEADLINE",
    "RESTATED_WORDS",
    "SMALL",
    "TOKEN",
    "article_opening",
    "attributed",
    "capitalised",
    "lower_word",
    "opener",
    "title_case_end",
]

# How far into a line (characters) the head is read for a dateline and a headline.
HEAD = 300
TOKEN = regex.compile(r"\S++")


# Lower-case words a Title Case headline keeps small: "Six Killed in Aleppo as Evacuation of Towns Resumes".
SMALL = frozenset(all_of(SMALL_WORDS))
# The source a wire headline names at its end, after a colon that folding may lose
# ("Strike kills 15 in Syria's Idlib: monitor", "... kills 18: state TV").
_ATTRIBUTION = regex.compile(r"(?<=\w)\s(?::\s)?(?i:" + "|".join(p for ps in HEADLINE_SOURCES.values() for p in ps)
                             + r")(?P<end>\s)(?=[\p{Lu}\d\"“])")
_ARTICLES = frozenset(a.capitalize() for a in all_of(ARTICLES))  # "The", as a sentence or a headline opens
# One of _ARTICLES standing as a word of its own, searched with the standard library's ``re``, whose \s
# holds every character regex's \s holds (and \x1c-\x1f too): where it finds none, no word TOKEN splits
# off is an article (a pre-check of :func:`article_opening`, one search in C for the words split in Python).
_ARTICLE_WORD = re.compile(r"(?<!\S)(?:" + "|".join(sorted(map(re.escape, _ARTICLES), key=len, reverse=True))
                           + r")(?!\S)")
RESTATED_WORDS = 3  # words of a headline's opening that its story's first sentence repeats
_OPENING_WORDS = 3  # capitalised words a sentence may open with before its first lower-case one
MIN_HEADLINE = 4  # words of the shortest headline told apart by its case
MAX_HEADLINE = 25
_HEAD_WORDS = MAX_HEADLINE + 3  # the words read for a headline run into its sentence: the headline's and three


def capitalised(word: str) -> bool:
    """A word a Title Case headline capitalises: upper-case first letter or a number
    (``al-Abdah`` counts by its part after the particle)."""
    word = word.lstrip("\"'“‘(")
    return bool(word) and (word[0].isupper() or word[0].isdigit()
                           or ("-" in word and word.split("-", 1)[1][:1].isupper()))


def opener(word: str) -> bool:
    """A word that can open a sentence: upper-case first letter or a number (a name led by a
    lower-case particle, ``al-Abdah``, cannot)."""
    word = word.lstrip("\"'“‘(")
    return bool(word) and (word[0].isupper() or word[0].isdigit())


def article_opening(text: str, start: int, end: int) -> int | None:
    """The space before a capitalised article (``A``, ``An``, ``The``) that opens the sentence a
    sentence-case headline runs into (``Bombing of bus convoy kills dozens outside Aleppo A bomb
    blast hit ...``): mid-sentence, English writes these in lower case.

    >>> s = "Bombing of bus convoy kills dozens outside Aleppo A bomb blast hit a bus convoy."
    >>> s[article_opening(s, 0, len(s)) + 1:][:12]
    'A bomb blast'
    """
    end = min(end, start + HEAD)
    if _ARTICLE_WORD.search(text, start, end) is None:
        return None  # no article among the head's words
    spans = _head_spans(text, start, end)
    words = [text[a:b] for a, b in spans]
    for i in range(MIN_HEADLINE, min(len(words) - 2, MAX_HEADLINE + 1)):
        prev = words[i - 1]
        if words[i] in _ARTICLES and prev.lower() not in SMALL and prev[-1:].isalnum():
            return spans[i][0] - 1
    return None


def _head_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the first :data:`_HEAD_WORDS` words of ``text[start:end]``: all that
    :func:`article_opening` reads (a headline of :data:`MAX_HEADLINE` words and the sentence's first
    words after it). The words after them are not split.

    >>> _head_spans("Aid  arrives", 0, 12), len(_head_spans("w " * 100, 0, 200)) == _HEAD_WORDS
    ([(0, 3), (5, 12)], True)
    """
    return [m.span() for m in itertools.islice(TOKEN.finditer(text, start, end), _HEAD_WORDS)]


# The first letters of every source that ends a wire headline
# (:func:`attributed`), in lower case: its pattern matches one of them
# in any case the engine folds (:func:`~newsclean.alternatives.lowered_as_matched`).
_SOURCE_OPENINGS = tuple(sorted({literal_opening(b).lower() for p in all_of(HEADLINE_SOURCES) for b in branches(p)}))


def _may_attribute(text: str, start: int, end: int) -> bool:
    """Whether a source of :func:`attributed` may stand in the head
    of ``text[start:end]`` (the :data:`HEAD` characters it searches): one of the sources' first letters
    (:data:`_SOURCE_OPENINGS`) stands in its copy lowered as the engine folds case, each found by a scan
    in C, where the pattern's look-behind was tried at every character (about 130,000 instructions a
    head; a source stands in about one head in ten). ``True`` where a source opens with no letter.

    >>> _may_attribute("Strike kills 15 Monitor An air strike", 0, 37), _may_attribute("Strike kills 15", 0, 15)
    (True, False)
    """
    if not all(_SOURCE_OPENINGS):
        return True
    head = lowered_as_matched(text[start:min(end, start + HEAD)])
    return any(w in head for w in _SOURCE_OPENINGS)


def attributed(text: str, start: int, end: int) -> int | None:
    """The space after the source that ends a wire headline (``... in Syria Monitor Air
    strikes by the coalition killed ...``): four words or more before it. Its pattern is searched
    only where :func:`_may_attribute` finds one of the sources' first letters in the head.

    >>> s = "Strike kills 15 in Syrias Idlib Monitor An air strike killed 15 civilians."
    >>> s[attributed(s, 0, len(s)) + 1:][:9]
    'An air st'
    """
    if not _may_attribute(text, start, end):
        return None
    m = _ATTRIBUTION.search(text, start, min(end, start + HEAD))
    if m is None or len(text[start:m.start()].split()) < MIN_HEADLINE:
        return None
    at: int = m.start("end")
    return at


def title_case_end(text: str, start: int, end: int) -> int | None:
    """The space that ends a Title Case headline run into the sentence after it (no stop
    between them, as when a page or an article is folded to one line), or ``None``.

    The headline is the run of capitalised words (and small words) up to the first lower-case
    word of the sentence; the sentence opens with the capitalised word right before it (or
    before a small word that precedes it), the headline's last word being capitalised too.

    >>> s = "Six Killed in Aleppo Bombing as Evacuation of 4 Syrian Towns Resumes Six people were killed."
    >>> s[:title_case_end(s, 0, len(s))]
    'Six Killed in Aleppo Bombing as Evacuation of 4 Syrian Towns Resumes'
    >>> title_case_end("Troops advanced on the town. Six were killed.", 0, 45) is None
    True
    """
    # the words up to the first that is neither capitalised nor small (words[j]), within _HEAD_WORDS:
    # all the rule reads (on a page folded to one line, ``end`` is the page's end)
    spans: list[int] = []  # where each word starts
    words: list[str] = []
    for m in itertools.islice(TOKEN.finditer(text, start, end), _HEAD_WORDS):
        a, b = m.span()
        word = text[a:b]
        spans.append(a)
        words.append(word)
        if not (capitalised(word) or word.lower() in SMALL):
            break
    else:
        return None  # no such word: the run of capitalised words does not end in a sentence
    j = len(words) - 1
    if not words[j][0].islower():
        return None  # the run ends at a stop or a mark, not in a sentence's lower-case words
    i = j - 1
    while i > 0 and words[i].lower() in SMALL and not capitalised(words[i]):
        i -= 1  # "Activists in Idlib province": the sentence opens before its small words
    if i < MIN_HEADLINE or i > MAX_HEADLINE or not opener(words[i]) or not capitalised(words[i - 1]):
        return None
    if words[i - 1].lower() in SMALL or j - i > _OPENING_WORDS:
        return None
    for k in range(i - 1, max(MIN_HEADLINE, i - 4) - 1, -1):
        if words[k] in _ARTICLES and capitalised(words[k - 1]) and words[k - 1].lower() not in SMALL:
            i = k  # "... on Rural Aleppo The Syrian National Coalition said": the sentence opens at "The"
            break
    if _named_after_label(words, i):
        i -= 1  # "... FOOTBALL LEAGUE ONE Matthew Spring's free-kick": the sentence opens at the name
    head = words[:i]
    if sum(capitalised(w) for w in head) < MIN_HEADLINE - 1 or not all(
            capitalised(w) or w.lower() in SMALL for w in head):
        return None
    return spans[i] - 1


def _capitals(word: str) -> bool:
    """A word written in capitals, two letters or more (``LEAGUE``, ``U.S.``)."""
    return word.isupper() and sum(c.isalpha() for c in word) > 1


def _named_after_label(words: list[str], i: int) -> bool:
    """Whether the sentence that opens at ``words[i]`` (a capitalised word right before its first
    lower-case one) opens one word earlier, at a name in mixed case after a label in capitals: a
    headline run on into its section's or competition's label (``Port Vale 1 Luton 2 FOOTBALL
    LEAGUE ONE``) and then into a sentence that opens with a person's name (``Matthew Spring's
    free-kick ruined ...``). Words in capitals end a headline as a label does; the sentence is
    written in mixed case, its opening name too, so the case changes where the sentence opens.

    >>> w = "Vale 1 Luton 2 FOOTBALL LEAGUE ONE Matthew Spring's free-kick ruined".split()
    >>> _named_after_label(w, 8), _named_after_label("Storm Hits Coast Ann Lee's roof fell".split(), 4)
    (True, False)
    """
    if i - 3 < MIN_HEADLINE:
        return False
    name = words[i - 1]
    return (name[:1].isupper() and not _capitals(name) and name.isalpha()
            and _capitals(words[i - 2]) and _capitals(words[i - 3]))


def lower_word(word: str) -> bool:
    return word[:1].islower()
