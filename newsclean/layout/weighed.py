"""The page as the paragraphs step weighs it: the document, a weight per paragraph, and where each
kept paragraph stands among the document's blocks.

Every helper that reads the weighing (:mod:`~newsclean.layout.inserts`,
:mod:`~newsclean.layout.lists`, :mod:`~newsclean.layout.subheadings`) takes one :class:`Weighed`
instead of the document, the weights and the positions side by side, and asks it the questions
they share: the text of paragraph ``i`` if it is kept, whether it is a section heading, whether it
is a paragraph of the article's prose.

>>> from newsclean.document import Document
>>> doc = Document.from_text("Most Read\\nThe council approved the new budget on Monday after a long "
...                          "debate, officials said.")
>>> page = Weighed(doc, [SECTION_WEIGHT, 12.0], [0, 1])
>>> page.heading(0), page.prose(1), page.text(1)[:11]
(True, True, 'The council')
>>> page.reweighed({1}, lambda w: 0.0).weights, page.weights
([-30.0, 0.0], [-30.0, 12.0])
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass

from ..document import Document
from .shape import SECTION_WEIGHT, ends_sentence

__all__ = ["PARAGRAPH_WEIGHT", "SECTION_WEIGHT", "Weighed"]

#: The least weight of a paragraph of prose (a sentence of fourteen words), not a teaser's line.
PARAGRAPH_WEIGHT = 10.0


@dataclass(frozen=True)
class Weighed:
    """``doc``'s paragraphs with their ``weights`` (one per paragraph of ``doc.paragraphs``, the
    removed ones too) and ``where`` each stands in ``doc.blocks`` (``None`` for a paragraph an
    earlier step removed). A new weighing is a new value (:meth:`reweighed`)."""

    doc: Document
    weights: list[float]
    where: list[int | None]

    def __len__(self) -> int:
        return len(self.weights)

    def text(self, i: int) -> str | None:
        """The text of paragraph ``i``, ``None`` if an earlier step removed it."""
        pos = self.where[i]
        return None if pos is None else self.doc.blocks[pos].text

    def texts(self) -> list[str | None]:
        """Every paragraph's text, ``None`` for the removed ones."""
        blocks = self.doc.blocks
        return [None if pos is None else blocks[pos].text for pos in self.where]

    def kept(self) -> list[int]:
        """The paragraphs no earlier step removed, in order."""
        return [i for i, pos in enumerate(self.where) if pos is not None]

    def sections(self) -> list[int]:
        """The paragraphs that weigh as a section heading (:data:`SECTION_WEIGHT`), removed ones
        too, in order: ``[i for i, w in enumerate(self.weights) if w == SECTION_WEIGHT]``, found by
        ``list.count`` and ``list.index`` (scans in C) where the rules that read only headings
        walked every paragraph in Python; most pages hold none or a few.

        >>> Weighed(None, [SECTION_WEIGHT, 1.0, 0.0, SECTION_WEIGHT], [0, 1, 2, None]).sections()
        [0, 3]

        Read once a weighing (a list shared by its callers, not to be changed): the paragraphs step asks
        it of the same page in four of its rules, and a weighing is a new value (:meth:`reweighed`);
        the one change made in place, the paragraphs step's tag lists, lowers a weight to at most
        -5.0 (a heading's stays :data:`SECTION_WEIGHT`, no other becomes it), which moves no heading.

        >>> page = Weighed(None, [SECTION_WEIGHT, 1.0], [0, 1])
        >>> page.sections() is page.sections(), page.reweighed([0], lambda w: 0.0).sections()
        (True, [])
        """
        found: list[int] | None = self.__dict__.get("_sections")
        if found is None:
            found = self.__dict__["_sections"] = self._headings()
        return found

    def _headings(self) -> list[int]:
        """:meth:`sections`, read."""
        weights = self.weights
        out = []
        at = -1
        for _ in range(weights.count(SECTION_WEIGHT)):
            at = weights.index(SECTION_WEIGHT, at + 1)
            out.append(at)
        return out

    def heading(self, i: int) -> bool:
        """Whether paragraph ``i`` is kept and weighs as a section heading ("Most Read", "27 Comments")."""
        return self.weights[i] == SECTION_WEIGHT and self.where[i] is not None

    def prose(self, i: int) -> bool:
        """Whether paragraph ``i`` is kept and a paragraph of the article's prose: it weighs as
        one (:data:`PARAGRAPH_WEIGHT`) and ends as a sentence does."""
        pos = self.where[i]
        return pos is not None and self.weights[i] >= PARAGRAPH_WEIGHT and ends_sentence(self.doc.blocks[pos].text)

    def reweighed(self, indices: Collection[int], weigh: Callable[[float], float]) -> Weighed:
        """The same page with each of ``indices`` weighing ``weigh(its weight)`` (the page itself
        when ``indices`` is empty: most rules find nothing on most pages, and a weighing is never
        changed in place).

        >>> page = Weighed(None, [1.0], [0])
        >>> page.reweighed([], abs) is page, page.reweighed([0], lambda w: -w).weights
        (True, [-1.0])
        """
        if not indices:
            return self
        weights = list(self.weights)
        for i in indices:
            weights[i] = weigh(weights[i])
        return self.with_weights(weights)

    def with_weights(self, weights: list[float]) -> Weighed:
        """The same page weighed anew (built directly: ``dataclasses.replace`` reads the class's
        fields each call, several times the cost of the three fields set here; the paragraphs
        step reweighs a page a rule at a time).

        >>> Weighed(None, [1.0], [0]).with_weights([2.0])
        Weighed(doc=None, weights=[2.0], where=[0])
        """
        return Weighed(self.doc, weights, self.where)
