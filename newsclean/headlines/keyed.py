"""The page's lines by their comparison key, read once for all the title step's rules.

Several rules of the title step ask where the page prints a line of a given key
(:func:`words.norm_key`): the browser title's parts (:class:`browser.PrintedLines`), the lines
that repeat the headline and go with it, the line a deck stands under, a run of the title's
parts printed below, the first line printed again. Each walked every line of the page for its
answer; they now ask one view of the page's lines (:func:`keyed`), built on the first question
and kept for the page's blocks while the title step reads them.

A page has a hundred lines or more and the step asks a few dozen keys of it, so the view reads a
line's key only where it may be the one asked: every word of a line's key is a piece of the line
in lower case (the key is its lower-cased tokens), so a line holds the key's longest word, found
with ``str.find`` in the short lines joined, each lower-cased once. Only the lines short enough for
a headline (:data:`words.HEADLINE_CHARS`) are looked up so: they are what the rules ask for. A
longer line's key is read only by the rules that compare every line (:meth:`Keyed.long_with`), as
a block feature: the long lines hold most of a page's characters, and lower-casing them costs more
than their keys, which join the tokens the page's weighing has read already.

Almost every word asked is ASCII, and almost every page holds a character past it (a curly quote),
which ``str.lower`` reads character by character through Unicode's tables. An ASCII word is
therefore found in the short lines' UTF-8 bytes lowered by ``bytes.lower`` (ASCII letters only, in
one pass): the bytes of an ASCII word are ASCII characters, and ``str.lower`` gives an ASCII
character only for an ASCII one, except for two (:data:`_LOWERED_TO_ASCII`; a page holding either
is read as text). Another word is found in the lines each lower-cased as text (a line of ASCII
lowers in one pass, where the page joined would lower character by character).

>>> from newsclean.document import Document
>>> lines = keyed(Document.from_text("Aid Arrives | Fars\\nHome\\nAid arrives!\\nAid Arrives").blocks)
>>> lines.at("aid arrives"), lines.at("aid arrives", 3), lines.at("home"), lines.at("fars")
([2, 3], [3], [1], [])
"""

from __future__ import annotations

import bisect
from typing import AnyStr

from ..document import Block
from ..memo import released_per_call
from ..words import HEADLINE_CHARS, norm_key

__all__ = ["Keyed", "keyed"]

_NONE: list[int] = []
# The characters past ASCII that str.lower turns into ASCII ones: "İ" gives "i" and a dot above, the
# Kelvin sign "k" (tests/test_title_lookups.py reads every code point for them).
_LOWERED_TO_ASCII = "\u0130\u212a"


class Keyed:
    """The positions of ``blocks``' lines by key, for the lines of :data:`words.HEADLINE_CHARS`
    characters or fewer (ascending, every key, the empty one too), and the positions of the
    longer lines apart, their keys unread.

    >>> from newsclean.document import Document
    >>> lines = Keyed(Document.from_text("Home\\n" + "Talk " * 60 + "\\nhome").blocks)
    >>> lines.at("home"), lines.long, lines.long_with("talk " * 59 + "talk")
    ([0, 2], [1], [1])
    """

    __slots__ = ("_ascii", "_at", "_found", "_joined", "_long", "_low", "_short", "_texts", "blocks")

    def __init__(self, blocks: tuple[Block, ...]) -> None:
        self.blocks = blocks
        texts = [b.text for b in blocks]
        short = self._short = [i for i, text in enumerate(texts) if len(text) <= HEADLINE_CHARS]
        # the short lines (a line holds no line break, and lowering one makes none): line k of
        # the joined text, and of its lowered views, is the short line short[k]
        self._texts = texts if len(short) == len(texts) else [texts[i] for i in short]
        self._joined = "\n".join(self._texts)
        self._low: str | None = None  # each line lowered as text, joined: read for a word past ASCII
        self._ascii: bytes | str | None = None  # the view an ASCII word is found in (_ascii_lowered)
        self._found: dict[str, list[int]] = {}  # the answers given, by key
        self._at: dict[str, list[int]] | None = None  # every short line's key, where all are asked for
        self._long: list[int] | None = None

    @property
    def long(self) -> list[int]:
        """The positions of the lines longer than :data:`words.HEADLINE_CHARS`, ascending."""
        if self._long is None:
            self._long = [i for i, b in enumerate(self.blocks) if len(b.text) > HEADLINE_CHARS]
        return self._long

    def _index(self) -> dict[str, list[int]]:
        """The positions of the short lines by key, every line's key read (built once)."""
        if self._at is None:
            at: dict[str, list[int]] = {}
            blocks = self.blocks
            for i in self._short:
                at.setdefault(blocks[i].feature(norm_key), []).append(i)
            self._at = at
        return self._at

    def _lowered(self) -> str:
        """The short lines lower-cased (``str.lower``), joined (built once)."""
        if self._low is None:
            joined = self._joined
            self._low = joined.lower() if joined.isascii() else "\n".join([t.lower() for t in self._texts])
        return self._low

    def _ascii_lowered(self) -> bytes | str:
        """A view of the short lines joined in which an ASCII word is found where it is found in
        :meth:`_lowered` (built once): that text itself where the lines are ASCII or hold a character
        that lowers to ASCII, else their UTF-8 with the ASCII letters lowered."""
        if self._ascii is None:
            joined = self._joined
            self._ascii = (self._lowered() if joined.isascii() or any(c in joined for c in _LOWERED_TO_ASCII)
                           else joined.encode("utf-8", "surrogatepass").lower())
        return self._ascii

    def _short_holding(self, word: str) -> list[int]:
        """The positions of the short lines whose lower-cased text holds ``word`` (not empty),
        ascending."""
        if word.isascii() and isinstance(low := self._ascii_lowered(), bytes):
            return self._lines_holding(low, word.encode(), b"\n")
        return self._lines_holding(self._lowered(), word, "\n")

    def _lines_holding(self, low: AnyStr, word: AnyStr, newline: AnyStr) -> list[int]:
        """The positions of the short lines whose piece of ``low`` (a view of the short lines joined
        by ``newline``) holds ``word``, ascending."""
        short = self._short
        out: list[int] = []
        line = counted = 0  # the short line (its rank among them) that starts at offset `counted`
        pos = low.find(word)
        while pos >= 0:
            line += low.count(newline, counted, pos)
            out.append(short[line])
            counted = low.find(newline, pos) + 1  # the next line on
            if not counted:
                break
            line += 1
            pos = low.find(word, counted)
        return out

    def holding(self, word: str) -> list[int]:
        """The positions of the lines whose lower-cased text may hold ``word`` (a piece of a key,
        no white space), ascending: every line that does, and others where the view cannot tell
        (the long lines, which it does not read; every line for an empty word).

        >>> from newsclean.document import Document
        >>> Keyed(Document.from_text("Aid Arrives\\nHome\\nFirst AID").blocks).holding("aid")
        [0, 2]
        """
        if not word:
            return list(range(len(self.blocks)))
        found = self._short_holding(word)
        return sorted(found + self.long) if self.long else found

    def _holding(self, key: str) -> list[int]:
        """The positions of the short lines whose lower-cased text holds ``key``'s longest word
        (every short line whose key is ``key``, or ends with it, is one), ascending."""
        return self._short_holding(max(key.split(), key=len))

    def _lines_of(self, key: str) -> list[int]:
        """:meth:`at` over the whole page."""
        found = self._found.get(key)
        if found is None:
            if self._at is not None or not key.strip():
                found = self._index().get(key, _NONE)
            else:
                blocks = self.blocks
                found = [i for i in self._holding(key) if blocks[i].feature(norm_key) == key] or _NONE
            self._found[key] = found
        return found

    def at(self, key: str, lo: int = 0, hi: int | None = None) -> list[int]:
        """The positions from ``lo`` up to ``hi`` (not included) of the short lines whose key is
        ``key`` (the view's own list where the range holds them all: read it, do not change it)."""
        found = self._lines_of(key)
        if not found or (lo <= found[0] and (hi is None or found[-1] < hi)):
            return found
        return found[bisect.bisect_left(found, lo):len(found) if hi is None else bisect.bisect_left(found, hi)]

    def ending_with(self, key: str, lo: int = 0, hi: int | None = None) -> list[int]:
        """The positions from ``lo`` up to ``hi`` (not included) of the short lines whose key ends
        with ``key`` after a word of its own (``" " + key``), ascending.

        >>> from newsclean.document import Document
        >>> Keyed(Document.from_text("A A A Aid Arrives\\nAid Arrives\\nFirst Aid Arrives").blocks).ending_with(
        ...     "aid arrives", 1)
        [2]
        """
        glued = f" {key}"
        blocks = self.blocks
        if self._at is not None or not key.strip():
            found = [i for k, at in self._index().items() if k.endswith(glued) for i in at]
            return sorted(i for i in found if lo <= i and (hi is None or i < hi))
        return [i for i in self._holding(key) if lo <= i and (hi is None or i < hi)
                and blocks[i].feature(norm_key).endswith(glued)]

    def short_keys(self) -> list[str]:
        """The keys of the short lines, in the order of their first line."""
        return list(self._index())

    def long_with(self, key: str, lo: int = 0, hi: int | None = None) -> list[int]:
        """The positions from ``lo`` up to ``hi`` (not included) of the long lines whose key is ``key``
        (their keys read as block features: see the module's docstring)."""
        blocks, long = self.blocks, self.long
        end = len(long) if hi is None else bisect.bisect_left(long, hi)
        return [i for i in long[bisect.bisect_left(long, lo):end] if blocks[i].feature(norm_key) == key]


_LAST: list[Keyed | None] = released_per_call([None])  # the last page asked about, swapped whole


def keyed(blocks: tuple[Block, ...]) -> Keyed:
    """The index of ``blocks`` (:class:`Keyed`): the last one built if it was built for these very
    blocks, else a new one (then kept). The title step's rules ask of the same page's blocks in turn.

    >>> from newsclean.document import Document
    >>> blocks = Document.from_text("Aid Arrives\\nHome").blocks
    >>> keyed(blocks) is keyed(blocks), keyed(blocks) is keyed(blocks[1:])
    (True, False)
    """
    last = _LAST[0]
    if last is not None and last.blocks is blocks:
        return last
    made = _LAST[0] = Keyed(blocks)
    return made
