"""What a unit of a folded line reads as: a sentence of prose, page furniture (a menu, a footer's
links, a list of headlines: mostly capitalised words), a long run of links, a picture's caption, a
"sentence" longer than any a writer prints; and a run of menu words that prose follows with no stop
between (:func:`menu_end`). :func:`~newsclean.layout.folded.find_article` weighs a folded page's units
by these shapes.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

import regex

from ..lexicon import CAPTION_MARKS, STOPWORDS, all_of
from ..sentences import STOPS, ends_sentence
from .unit_words import _CASE_MARKS, _CASES, _FIRST, _lower_count, firsts_of, span_tokens, token_start

__all__ = ["caption_unit", "furniture_unit", "link_run", "menu_end", "prose_unit"]


# A unit of prose: this many words or more, ending in a stop, and this share of them lower-case
# (or in a script without case): a menu or a Title Case list of links has few.
_PROSE_WORDS = 5
_LOWER_SHARE = 0.3
_STOPS = STOPS + "؟"  # and the Arabic question mark: a unit of Arabic prose ends with it
# A unit of furniture: this many words or more, most of them capitalised, and few numbers and
# commas (a table of results, a race card, a tour's dates and places are the article's). Units neither
# prose nor furniture (a table's rows, code, a list) weigh nothing: they stay where they stand.
_CAPTION = regex.compile("(?:" + "|".join(all_of(CAPTION_MARKS)) + ")")
_FURNITURE_UNIT_WORDS = 5
_CAPITAL_SHARE = 0.5
_NUMBER_SHARE = 0.1
_COMMA_SHARE = 0.05
# ... and few function words (``the``, ``that``, ``had``): a sentence cut off without its stop
# has more, however many names it holds.
_FUNCTION_WORDS = frozenset().union(*STOPWORDS.values())
_FUNCTION_SHARE = 0.12
_PROSE, _FURNITURE, _OTHER = 1, -1, 0
# A run of links: this many words without a stop (a site index, in lower case too), and no code
# (whose statements need no capital); it counts towards a page's menus.
_LINK_RUN_WORDS = 30
_CODE = regex.compile(r"[{};=<]")
# Tokens of a menu run into a sentence, none of them a lower-case word (a name in prose is shorter).
_MENU_RUN = 8
_LONGEST_SENTENCE = 80  # words: longer, teasers or menus run into one


def prose_unit(unit: str) -> bool:
    """Whether a unit of a folded line reads as a sentence of prose.

    >>> prose_unit("The council approved the budget on Monday.")
    True
    >>> prose_unit("Home News Sport Business Politics Weather Travel Culture Got a news tip?")
    False
    >>> prose_unit("Die Stadt hat den Haushalt am Montag beschlossen.")
    True
    >>> prose_unit("Read more")
    False
    """
    return ends_sentence(unit, _STOPS) and _prose_words(unit.split())


def _prose_words(words: Sequence[str], firsts: str | None = None) -> bool:
    """:func:`prose_unit` of a unit that ends a sentence, given its tokens (``str.split``) and,
    when the caller has them, their first characters (:func:`~newsclean.layout.unit_words.firsts_of`).
    Where those are all ASCII, the lower-case words (a-z) are counted on their marks
    (:data:`~newsclean.layout.unit_words._CASE_MARKS`, ``a`` for a-z) by ``bytes.count``: a ``bytes.translate``
    that deletes bytes fills a table of 256 entries a call first."""
    if len(words) < _PROSE_WORDS:
        return False
    if firsts is not None and firsts.isascii():
        return firsts.encode("ascii").translate(_CASE_MARKS).count(b"a") >= _LOWER_SHARE * len(words)
    return _lower_count(words, firsts) >= _LOWER_SHARE * len(words)


def caption_unit(unit: str) -> bool:
    """Whether a unit of a folded line is a picture's caption: a sentence of prose that says
    where its people stand in the picture or that it shows them (:data:`lexicon.CAPTION_MARKS`).
    A folded article runs the caption of its top picture in before the headline.

    >>> caption_unit("Brian Mulroney, left, and Karlheinz Schreiber are seen in this combined image.")
    True
    >>> caption_unit("The mayor is seen in this undated handout photo.")
    True
    >>> caption_unit("The council approved the budget, left the hall and went home.")
    False
    """
    return prose_unit(unit) and _CAPTION.search(unit) is not None


def furniture_unit(unit: str, *, items: bool = True) -> bool:
    """Whether a unit of a folded line is shaped like a page's furniture: words most of which
    are capitalised (a menu, a footer's links, a list of headlines), no sentence of prose.

    A menu's items capitalise their function words (``Who We Are``, ``Contact Us``, ``About
    Us``, ``Donate to Us``): with ``items``, only function words in lower case count against
    furniture, as a sentence cut off without its stop writes them. A caller that must tell a
    Title Case headline (``It's Hammer Time In Silicone Valley``) from a menu asks with
    ``items=False``: every function word counts, capitalised or not.

    >>> furniture_unit("Home News Sport Business Politics Weather Travel Culture Got a news tip?")
    True
    >>> furniture_unit("About Us Who We Are How We Work Contact Us Jobs Donate to Us Blog")
    True
    >>> headline = "SPECIAL CITY KIT FOR DERBY GAME"
    >>> furniture_unit(headline), furniture_unit(headline, items=False)
    (True, False)
    >>> furniture_unit("1. Friday Friend (2) Shailesh 59.5, 2. Imperium (4) Srinath 57.5")
    False
    >>> furniture_unit("if (res.ok) { res.json().then(function (data) { console.log(data); }); }")
    False
    """
    return _furniture_tokens(unit, unit.split(), items)


def _furniture_tokens(unit: str, tokens: Sequence[str], items: bool = True, firsts: str | None = None) -> bool:
    """:func:`furniture_unit` of ``unit``, given its tokens (``str.split``, none empty) and, when
    the caller has them, their first characters (:func:`~newsclean.layout.unit_words.firsts_of`).

    Its words are the tokens that open with a letter. Where the first characters are all ASCII, the
    words and their capitals are counted on their marks (:data:`_LETTER_MARKS`: one ``bytes.translate``
    and two ``bytes.count``, no call a token), the capitals are asked first (most units that are not
    furniture fail there), and a lower-case function word is looked for only among the tokens that
    open with a-z: every function word opens with a lower-case letter (``tests/test_folded_fast.py``
    checks the list)."""
    firsts = firsts_of(tokens) if firsts is None else firsts
    if not firsts.isascii():
        return _furniture_words(tokens, list(itertools.compress(tokens, map(str.isalpha, firsts))), items)
    coded = firsts.encode("ascii").translate(_LETTER_MARKS)
    capitals = coded.count(b"A")
    n = capitals + coded.count(b"a")
    if n < _FURNITURE_UNIT_WORDS or capitals < _CAPITAL_SHARE * n:
        return False
    if items:
        function = sum(map(_FUNCTION_WORDS.__contains__, itertools.compress(tokens, coded.translate(_LOWER_FLAGS))))
    else:
        function = sum(map(_FUNCTION_WORDS.__contains__, map(str.lower, itertools.compress(tokens, map(str.isalpha,
                                                                                                       firsts)))))
    return function < _FUNCTION_SHARE * n and _few_numbers(tokens)


def _furniture_words(tokens: Sequence[str], words: Sequence[str], items: bool) -> bool:
    """:func:`_furniture_tokens` of ``tokens`` read word by word, ``words`` the tokens opening with a letter."""
    if len(words) < _FURNITURE_UNIT_WORDS or not _few_numbers(tokens):
        return False
    function = sum(map(_FUNCTION_WORDS.__contains__, words if items else map(str.lower, words)))
    capitals = sum(map(str.isupper, map(_FIRST, words)))
    return capitals >= _CAPITAL_SHARE * len(words) and function < _FUNCTION_SHARE * len(words)


def _few_numbers(tokens: Sequence[str]) -> bool:
    """Whether few of ``tokens`` end with a comma or hold a digit: what a table of results, a race card or
    a tour's dates, all furniture-shaped, hold many of."""
    joined = " ".join(tokens)
    return _comma_tokens(joined) < _COMMA_SHARE * len(tokens) and _digit_tokens(joined) < _NUMBER_SHARE * len(tokens)


# Byte tables of ASCII first characters: A-Z read as "A", a-z as "a" and every other byte as "-" (the
# letters and capitals counted on them: a translate that deletes bytes fills a table of 256 entries a
# call first), and a-z read as 1 and every other byte as 0 (itertools.compress's selectors; it reads the
# marks of the first table as it reads the characters, "a" being one of a-z).
_LETTER_MARKS = bytes(b"A"[0] if b"A"[0] <= c <= b"Z"[0] else b"a"[0] if b"a"[0] <= c <= b"z"[0] else b"-"[0]
                      for c in range(256))
_LOWER_FLAGS = bytes(int(b"a"[0] <= c <= b"z"[0]) for c in range(256))


def link_run(unit: str) -> bool:
    """Whether a unit is a long run of words without a stop, code or many function words (a
    site index or a list of links, in lower case too): a page's, though a folded article may end on a
    sentence cut off, so it only tells a page from an article.

    >>> link_run("Site Index Go to Home Page news home page world politics New York business tech "
    ...          "science sports obituaries today's paper corrections opinion editorials op-ed "
    ...          "contributors letters sunday review video arts art and design books dance movies")
    True
    >>> link_run("The council approved the budget on Monday.")
    False
    """
    return _link_tokens(unit, unit.split())


def _link_tokens(unit: str, tokens: Sequence[str]) -> bool:
    """:func:`link_run` of ``unit``, given its tokens (``str.split``): the tokens that end with a comma
    counted on them joined by spaces (:func:`_comma_tokens`), not token by token."""
    return (len(tokens) >= _LINK_RUN_WORDS and not ends_sentence(unit, _STOPS) and _CODE.search(unit) is None
            and _comma_tokens(" ".join(tokens)) < _COMMA_SHARE * len(tokens)
            and sum(map(_FUNCTION_WORDS.__contains__, map(str.lower, tokens))) < _FUNCTION_SHARE * len(tokens))


def _run_on(tokens: Sequence[str]) -> bool:
    """A "sentence" longer than any a writer prints, without the dates and numbers of a list
    of references or results, or the commas of a long quote: teasers, menus and a stop run
    together on a page. ``tokens``: the unit's (``str.split``)."""
    if len(tokens) < _LONGEST_SENTENCE:
        return False
    joined = " ".join(tokens)
    return _digit_tokens(joined) < _NUMBER_SHARE * len(tokens) and _comma_tokens(joined) < _COMMA_SHARE * len(tokens)


# In tokens joined by single spaces (none holds white space): each token that holds a digit, one match
# each (from its first digit to its end: the next match opens in a later token). The engine skips to
# each digit; a look-behind at a token's start was tried at every character.
_DIGIT_TOKEN = regex.compile(r"\d[^ ]*+")


def _digit_tokens(joined: str) -> int:
    """How many of the tokens ``joined`` by single spaces (none holding white space) hold a digit
    (``\\d``): one scan, where a test of each token was a call.

    >>> _digit_tokens("Jan 5, 2020 Feb x6y 7 ٣"), _digit_tokens("Home News"), _digit_tokens("a1b2 33")
    (5, 0, 2)
    """
    return len(_DIGIT_TOKEN.findall(joined))


def _comma_tokens(joined: str) -> int:
    """How many of the tokens ``joined`` by single spaces (none holding white space) end with a comma.

    >>> _comma_tokens("A, B , C,, D,")
    4
    """
    return joined.count(", ") + joined.endswith(",")


def menu_end(text: str, start: int, end: int) -> int | None:
    """The offset where prose opens after a run of menu words inside ``text[start:end]`` (a
    menu, a list of sections or a caption run into the first sentence, with no stop between):
    after eight tokens or more none of which is a lower-case word, the last capitalised one
    that a lower-case word follows; ``None`` without such a run.

    >>> s = "News: ePaper | Front Page | National | Business | Sport False rails will be in position."
    >>> s[menu_end(s, 0, len(s)):]
    'False rails will be in position.'
    >>> menu_end("He met Prime Minister Theresa May in London on Monday.", 0, 54) is None
    True
    """
    words = span_tokens(text, start, end)
    found = _menu_word(words)
    return None if found is None else token_start(text, words, start, found)


def _menu_word(words: Sequence[str], firsts: str | None = None) -> int | None:
    """:func:`menu_end` of a span of the tokens ``words``, as the index of the word where prose opens
    (``firsts``: :func:`~newsclean.layout.unit_words.firsts_of` the words, when the caller has it).

    >>> words = "News: ePaper | Front Page | National | Business | Sport False rails will be in position.".split()
    >>> words[_menu_word(words)]
    'False'
    """
    if len(words) <= _MENU_RUN + 1:
        return None  # no run of more than _MENU_RUN words with a word after it
    firsts = firsts_of(words) if firsts is None else firsts
    # a lower-case word (or one of a script without case: a letter, not upper-case) opens with a-z, where the
    # first characters are all ASCII or translated so (_CASES): the runs are read off them at once, each run's
    # end (_MENU_RUN_END's match) found by bytes.rfind in their marks (_CASE_MARKS), last first: the answer is
    # the last run's that a capitalised word ends, and most spans hold no run
    cases = firsts if firsts.isascii() else firsts.translate(_CASES)
    marks = cases.encode("ascii").translate(_CASE_MARKS)
    at = marks.rfind(_MENU_RUN_MARKS)
    while at >= 0:
        i = at + _MENU_RUN + 1  # where the lower-case word stands (the match's end)
        if cases[i - 1].isupper():
            return i - 2 if words[i - 2].lower() in _FUNCTION_WORDS else i - 1  # "Der Rat hat", "The Council voted"
        at = marks.rfind(_MENU_RUN_MARKS, 0, at)  # (the run before ends before this one starts)
    return None


# A run of more than ``_MENU_RUN`` words that are no lower-case word, then a lower-case word, in the
# first characters of a span's words where they are all ASCII (a lower-case word opens with a-z):
# the match ends where the lower-case word stands (one match a run, the last ``_MENU_RUN + 1`` of it).
_MENU_RUN_END = re.compile(rf"[^a-z]{{{_MENU_RUN + 1}}}(?=[a-z])")
# ... where the first characters are turned into marks (_CASE_MARKS: "a" for a-z, "X" for any other): a
# match is the last ``_MENU_RUN + 1`` marks of a run of "X" and the "a" after it (what _menu_word reads)
_MENU_RUN_MARKS = b"X" * (_MENU_RUN + 1) + b"a"
