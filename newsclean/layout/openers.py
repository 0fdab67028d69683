"""Whether one of a lexicon's alternatives opens at a place in a text, asked many times a page.

A folded page's article ends at a heading that closes it (``Most Read``, ``12 Comments``), or at a
share bar (``Share this: Facebook Twitter``), which :mod:`newsclean.layout.folded` looks for at the
opening of every unit of the article and after many of its tokens. The headings' and share bars'
alternatives mostly open with a word of their own (``most``, ``comments``, ``share``), which
:class:`~newsclean.alternatives.Alternatives` tries only where the text's first character allows.
A few open with any word: a comment's header names its writer (``Jane says``), a contact line its
reporter (``Jo Lee can be reached at jo@herald.com``). Those few are tried at every token, and they
are the costly ones: the engine reads up to sixty characters ahead of each token and backs off
character by character, looking for the word they need further on.

:class:`Openers` asks only whether some alternative matches (which one does not matter), so it
tries those alternatives apart, and only where a word they need (:data:`NEEDED`: ``says``,
``reached at``) stands further on in the text: a match of the whole alternation there is a match of
the alternatives that open with a word of their own, or one of the others'. Its answer is the
whole pattern's (``tests/test_folded_fast.py`` checks it on every alternative, on every unit of
the evaluation pages and on random strings).

>>> heads = Openers(["most read", "comments", r"[\\w.@-]{2,30} says"], regex.IGNORECASE, r"(?!\\w)")
>>> s = "Most Read Jane says: I agree. The council met."
>>> heads.match(s, 0, len(s)), heads.match(s, 10, len(s)), heads.match(s, 30, len(s))
(True, True, False)
>>> heads.needs(s), heads.match(s, 10, len(s), needed=heads.needs("Most Read"))
(True, False)
"""

from __future__ import annotations

import string
from collections.abc import Sequence

import regex

from ..alternatives import Alternatives, first_characters

__all__ = ["NEEDED", "Openers", "opens_any_word"]

# The words that the alternatives opening with any word need further on, one of them each: a comment's
# header ("Jane says"), a contact line ("Jo Lee may be reached at ..."). An alternative that opens with
# any word and needs none of them is tried everywhere (see Openers).
NEEDED = ("says", "reached at")


def opens_any_word(alternative: str, flags: int = 0) -> bool:
    """Whether ``alternative`` may open with more than one letter (a class: ``[\\w.@-]{2,30} says``),
    or with what :func:`~newsclean.alternatives.first_characters` cannot read, rather than with
    words of its own (``most read``, ``(?:\\d+ )?comments``).

    >>> opens_any_word(r"[\\w.@-]{2,30} says"), opens_any_word("(?:most|top) read")
    (True, False)
    >>> opens_any_word(r"(?:\\d+ )?comments")
    False
    """
    fragments = first_characters(alternative)
    if fragments is None:
        return True
    return any(sum(regex.fullmatch(f, c, flags) is not None for c in string.ascii_lowercase) > 1 for f in fragments)


class Openers:
    """The alternation of ``alternatives`` followed by ``suffix``, asked whether it matches
    (:meth:`match`, :meth:`fullmatch`): the alternatives that open with words of their own through
    :class:`~newsclean.alternatives.Alternatives`, the ones that open with any word
    (:func:`opens_any_word`) only where the caller tells that a word they need stands further on
    (``needed``; :meth:`needs` reads a span once for all its positions)."""

    def __init__(self, alternatives: Sequence[str], flags: int = 0, suffix: str = "") -> None:
        anywhere = [a for a in alternatives if opens_any_word(a, flags)]
        # the needed words stand for the alternatives that hold one of them; the others are tried everywhere
        self._always = [a for a in anywhere if not any(w in a for w in NEEDED)]
        self._own = Alternatives([(None, [a for a in alternatives if a not in anywhere])], flags, suffix=suffix)
        self._any = (regex.compile("(?:" + "|".join(f"(?:{a})" for a in anywhere) + ")" + suffix, flags)
                     if anywhere else None)

    def match(self, text: str, pos: int, end: int, needed: bool = True) -> bool:
        """Whether the alternation matches at ``text[pos:end]``; ``needed``: whether a word of
        :data:`NEEDED` may stand in ``text[pos:end]`` (``False`` only where the caller knows there is none)."""
        if self._own.match(text, pos, end) is not None:
            return True
        return needed and self._any is not None and self._any.match(text, pos, end) is not None

    def fullmatch(self, text: str, needed: bool = True) -> bool:
        """Whether the alternation full-matches ``text``; ``needed`` as for :meth:`match`."""
        if self._own.fullmatch(text) is not None:
            return True
        return needed and self._any is not None and self._any.fullmatch(text) is not None

    def needs(self, text: str, start: int = 0, end: int | None = None) -> bool:
        """Whether a word of :data:`NEEDED` stands in ``text[start:end]``, or an alternative that opens
        with any word needs none of them (the ``needed`` of :meth:`match` and :meth:`fullmatch` for any
        position of that span). Read on the span's case folding (``str.casefold``), which maps every
        character that the engine's case-insensitive matching takes for a letter of those words
        (``ſ`` for ``s``) to that letter: a word the engine finds there, folded, stands in it too.

        >>> Openers(["comments", r"[\\w.@-]{2,30} says"], regex.IGNORECASE).needs("Jane SAYS")
        True
        >>> Openers(["comments"]).needs("Home"), Openers([r"[\\w.@-]{2,30} wrote"]).needs("Home")
        (False, True)
        """
        if self._always:
            return True
        folded = text[start:end].casefold()
        return any(word in folded for word in NEEDED)
