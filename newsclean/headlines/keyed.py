"""The page's lines by their comparison key, read once for all the title step's rules.

Several rules of the title step ask where the page prints a line of a given key
(:func:`words.norm_key`): the browser title's parts (:class:`browser.PrintedLines`), the lines
that repeat the headline and go with it, the line a deck stands under, a run of the title's
parts printed below, the first line printed again. Each walked every line of the page for its
answer; they now look their keys up in one index of the page's lines (:func:`keyed`), built on
the first question and kept for the page's blocks while the title step reads them.

Only the lines short enough for a headline (:data:`words.HEADLINE_CHARS`) are indexed by key: a
longer line's key is read only by the rules that compare every line (:meth:`Keyed.long_with`).

>>> from newsclean.document import Document
>>> lines = keyed(Document.from_text("Aid Arrives | Fars\\nHome\\nAid arrives!\\nAid Arrives").blocks)
>>> lines.at("aid arrives"), lines.at("aid arrives", 3), lines.at("home"), lines.at("fars")
([2, 3], [3], [1], [])
"""

from __future__ import annotations

import bisect

from ..document import Block
from ..memo import released_per_call
from ..words import HEADLINE_CHARS, norm_key

__all__ = ["Keyed", "keyed"]

_NONE: list[int] = []


class Keyed:
    """The positions of ``blocks``' lines by key, for the lines of :data:`words.HEADLINE_CHARS`
    characters or fewer (ascending, every key, the empty one too), and the positions of the
    longer lines apart, their keys unread.

    >>> from newsclean.document import Document
    >>> lines = Keyed(Document.from_text("Home\\n" + "Talk " * 60 + "\\nhome").blocks)
    >>> lines.at("home"), lines.long, lines.long_with("talk " * 59 + "talk")
    ([0, 2], [1], [1])
    """

    __slots__ = ("_at", "blocks", "long")

    def __init__(self, blocks: tuple[Block, ...]) -> None:
        self.blocks = blocks
        at: dict[str, list[int]] = {}
        long: list[int] = []
        for i, b in enumerate(blocks):
            if len(b.text) <= HEADLINE_CHARS:
                at.setdefault(b.feature(norm_key), []).append(i)
            else:
                long.append(i)
        self._at = at
        self.long = long

    def at(self, key: str, lo: int = 0, hi: int | None = None) -> list[int]:
        """The positions from ``lo`` up to ``hi`` (not included) of the short lines whose key is
        ``key`` (the index's own list where the range holds them all: read it, do not change it)."""
        found = self._at.get(key, _NONE)
        if not found or (lo <= found[0] and (hi is None or found[-1] < hi)):
            return found
        return found[bisect.bisect_left(found, lo):len(found) if hi is None else bisect.bisect_left(found, hi)]

    def short_keys(self) -> list[str]:
        """The keys of the short lines, in the order of their first line."""
        return list(self._at)

    def long_with(self, key: str, lo: int = 0, hi: int | None = None) -> list[int]:
        """The positions from ``lo`` up to ``hi`` (not included) of the long lines whose key is ``key``."""
        blocks = self.blocks
        return [i for i in self.long[bisect.bisect_left(self.long, lo):]
                if (hi is None or i < hi) and blocks[i].feature(norm_key) == key]


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
