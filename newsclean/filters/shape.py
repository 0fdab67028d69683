"""How a paragraph looks on its own: prose, a menu item, a list row, a section heading.

:func:`weigh` scores one paragraph for how much it counts towards being the article: prose
(words enough, sentence punctuation, stop words) weighs its length in words less a floor; a
short line without sentence punctuation (a menu item, a button) a little below zero; a
heading that opens comments or related links ("Most Read", "27 Comments") far below zero; a
paragraph the HTML reader marked as mostly links below zero.

>>> from newsclean.document import Document
>>> [weigh(b) for b in Document.from_text("Home\\nMost Read\\nThe army said it had repelled the attack.").blocks]
[-2.0, -30.0, 4.0]
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from ..document import Block
from ..lexicon import SECTION_HEADINGS, STOPWORDS
from ..words import WORD

__all__ = ["SECTION_WEIGHT", "covered", "section_kind", "weigh"]

_ALL_STOP = frozenset().union(*STOPWORDS.values())
_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")
_SENTENCE_END = regex.compile(r"[.!?。！？…:;][\"'”’»)\]]*$")
_INNER_SENTENCE = regex.compile(r"\w[.!?。！？][\"'”’»)]*\s+[\"'“‘«(]?\p{Lu}")
_LIST_ITEM = regex.compile(r"(?:[-+*•·▪●◦–]|\d{1,3}[.)]|\(?[a-z\d]\))\s")
_URL = regex.compile(r"(?:https?://|www\.)\S+")
_EDGE = regex.compile(r"^[\s|•·>»\-–—:*#]+|[\s|•·<«\-–—:*#]+$")
_SECTIONS = tuple(
    (reason, regex.compile("(?:" + "|".join(p for ps in table.values() for p in ps) + r")\W{0,3}",
                           regex.IGNORECASE))
    for reason, table in SECTION_HEADINGS.items())

_PROSE_FLOOR = 4       # words a sentence must pass to weigh above zero
_LINE_WEIGHT = -2.0    # a short line that is not a sentence: a menu item, a button
_FRAGMENT_WEIGHT = -1.0  # a longer fragment in lower case: a subheading, a list entry
_ROW_WEIGHT = 0.0      # a list item or table row of three words or more
SECTION_WEIGHT = -30.0  # a heading that opens comments or related links
_LINKS = 0.5           # link density above which a paragraph is navigation
_LOW_STOP = 0.12       # stop-word share below which a long line reads as a list, not prose
_COVERED = 0.15        # page-wide stop-word share above which the lexicon knows the language


def section_kind(text: str) -> str | None:
    """The section a heading opens (``comments``, ``related_links``, ``tags``), or ``None``.

    >>> section_kind("Most Read"), section_kind("View comments (27)"), section_kind("Most people agreed.")
    ('related_links', 'comments', None)
    """
    text = _EDGE.sub("", text)
    if not text or len(text) > 60:
        return None
    for reason, pattern in _SECTIONS:
        if pattern.fullmatch(text):
            return reason
    return None


def _size(text: str) -> tuple[int, list[str]]:
    tokens = WORD.findall(text.lower())
    return len(tokens) + len(_CJK.findall(text)) // 2, tokens


def weigh(block: Block, covered: bool = True) -> float:
    """How much a paragraph counts towards being the article (see the module docstring).

    ``covered`` tells whether the page's language is one the stop-word lists know.

    >>> from newsclean.document import Document
    >>> [weigh(b) for b in Document.from_text("Home\\nMost Read\\nThe army said it had repelled the attack.").blocks]
    [-2.0, -30.0, 4.0]
    """
    text = block.text
    if section_kind(text) is not None:
        return SECTION_WEIGHT
    size, tokens = _size(text)
    links = block.hints.get("link_density") or 0.0
    if links > _LINKS:
        return _LINE_WEIGHT - size * links
    stop = sum(t in _ALL_STOP for t in tokens) / len(tokens) if tokens else 0.0
    listy = covered and size > 8 and stop < _LOW_STOP
    if _SENTENCE_END.search(text) or _INNER_SENTENCE.search(text):
        weight = float(size - _PROSE_FLOOR)
        return weight / 3 if listy and weight > 0 else weight
    if size >= 12 and not listy:
        return size / 2
    return _short_weight(text, tokens)


def _short_weight(text: str, tokens: list[str]) -> float:
    """A line that is not prose: a list item or table row weighs nothing, a lower-case
    fragment a little less, a menu-like line (few words, or capitalised like a title) less."""
    digits = sum(t.isdigit() for t in tokens)
    if len(tokens) >= 3 and (_LIST_ITEM.match(text) or (digits >= 2 and digits * 3 >= len(tokens))):
        return _ROW_WEIGHT
    if _URL.fullmatch(text):
        return _FRAGMENT_WEIGHT
    if len(tokens) >= 5:
        capitalised = sum(w[:1].isupper() for w in text.split())
        if capitalised * 2 < len(tokens):
            return _FRAGMENT_WEIGHT
    return _LINE_WEIGHT




def covered(blocks: Sequence[Block]) -> bool:
    """Whether the stop-word lists know the page's language (enough of its words are stop words).

    >>> from newsclean.document import Document
    >>> covered(Document.from_text("The army said it was over.").blocks), covered(Document.from_text("Ура").blocks)
    (True, False)
    """
    tokens = [t for b in blocks for t in WORD.findall(b.text.lower())]
    return bool(tokens) and sum(t in _ALL_STOP for t in tokens) / len(tokens) >= _COVERED
