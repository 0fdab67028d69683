"""The document a pipeline works on: a text, its paragraphs, the removals so far, and metadata.

Nothing is deleted while filters run. A filter adds :class:`Removal` records (spans of
``Document.text``) and metadata; the live view :attr:`Document.blocks` shows what is still
kept, so later filters judge the text as it now stands, and the final body is rendered once.

>>> doc = Document.from_text("Headline\\n\\nBody sentence one.\\n219-11")
>>> [b.text for b in doc.blocks]
['Headline', 'Body sentence one.', '219-11']
>>> doc = doc.remove_blocks([doc.blocks[2]], "agency_code")
>>> [b.text for b in doc.blocks]
['Headline', 'Body sentence one.']
>>> doc.removals[0].text
'219-11'
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import operator
from collections.abc import Callable, Iterable, Mapping
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import cached_property
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, TypeVar

from .memo import features_of, page_dict, page_pool

__all__ = ["FILTER_NAME", "Block", "Document", "Facts", "Paragraph", "Removal", "note_printable", "note_respaced",
           "noted_printable"]

_EMPTY: Mapping[str, Any] = MappingProxyType({})
_START = operator.attrgetter("start")
_FILTER = operator.attrgetter("filter")
_INDEX = operator.attrgetter("index")

#: The name of the pipeline step running now (``""`` outside one): a :class:`Pipeline
#: <newsclean.pipeline.Pipeline>` sets it around each step, and the removals a step makes carry it
#: from the start, so the pipeline has nothing to stamp afterwards (:meth:`Document.restamped`
#: rebuilt every new removal to set its filter: about 1% of a page's time). Set with ``set`` and
#: ``reset`` (a context variable: private to its thread and asyncio task).
FILTER_NAME: ContextVar[str] = ContextVar("newsclean_filter_name", default="")
_T = TypeVar("_T")


@dataclass(frozen=True, slots=True)
class Removal:
    """One removed span of the document text, with the filter that removed it and why.

    ``start``/``end`` are offsets into :attr:`Document.text` (the text after unicode repair);
    ``reason`` is a short stable slug such as ``"dateline"`` or ``"share"``.
    """

    start: int
    end: int
    reason: str
    filter: str = ""
    text: str = ""

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {"start": self.start, "end": self.end, "filter": self.filter,
                "reason": self.reason, "text": self.text}


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A non-empty line of the text: ``text[start:end]``, trimmed.

    ``blank_before`` tells whether an empty line (or the start of the text) precedes it;
    ``hints`` carries what a reader knew about it, e.g. ``{"tag": "h1", "link_density": 0.8}``
    from the HTML reader.
    """

    start: int
    end: int
    blank_before: bool = False
    hints: Mapping[str, Any] = field(default_factory=lambda: _EMPTY, hash=False, compare=False)


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph as it stands now: its kept text with removed parts cut out and spaces folded.

    ``index`` is the paragraph's position in :attr:`Document.paragraphs`; ``start``/``end`` span
    its first to last kept character.

    A block also keeps what the steps read of its text (its features: tokens, weight, furniture
    kind, dates, byline), each computed once, on first use, by :meth:`feature`. Every step reads
    the same block object until a removal touches its paragraph (:attr:`Document.blocks` rebuilds
    only those), so the features live as long as the text they describe, and go with the document.
    While :func:`newsclean.clean` runs, blocks of the same text share their features (a memo of
    the page, :func:`newsclean.memo.page_features`): a block rebuilt with its text unchanged, and
    the same line read again when the cleaned text is cleaned again, reuse what was read.
    """

    index: int
    start: int
    end: int
    text: str
    paragraph: Paragraph
    _features: dict[Callable[[str], Any], Any] = field(default_factory=dict, init=False, repr=False,
                                                        compare=False, hash=False)

    @property
    def hints(self) -> Mapping[str, Any]:
        return self.paragraph.hints

    def feature(self, of: Callable[[str], _T]) -> _T:
        """``of(self.text)``, computed once for this block: ``of`` must be a pure function of a
        line's text (its answer depends on nothing else), as the per-line helpers are.

        >>> b = Document.from_text("Aid Arrives in Town").blocks[0]
        >>> b.feature(str.split)
        ['Aid', 'Arrives', 'in', 'Town']
        >>> b.feature(str.split) is b.feature(str.split)
        True
        """
        # A test then a subscript, not try/except KeyError: about half the reads are a line's first
        # (its feature computed), and a raised KeyError costs several times the extra lookup of a hit.
        features = self._features
        if of in features:
            return features[of]  # type: ignore[no-any-return]
        value = features[of] = of(self.text)
        return value


_NO_BLOCKS: Mapping[int, Block] = MappingProxyType({})

# Building the records above: a frozen dataclass's generated ``__init__`` sets each field through
# ``object.__setattr__`` (a lookup and a call a field), and setting each slot through its descriptor
# (``Paragraph.start.__set__(p, 3)``) still costs a call of a method wrapper a field, about 640
# instructions (callgrind). The hot paths below (every line of every page, every removal) build each
# record as a plain object of the same slots instead (a ``_Builder``: its attributes are set as any
# slot is, a few dozen instructions each) and then give it its class (``obj.__class__ = Paragraph``,
# which Python allows between classes of the same slots): the same objects, fields and equality, in
# about half the instructions. The classes' own constructors stay the public way to build them.
_new = object.__new__


class _ParagraphBuilder:
    """A :class:`Paragraph` being built (see above); becomes one by ``__class__ = Paragraph``."""

    __slots__ = Paragraph.__slots__
    start: int
    end: int
    blank_before: bool
    hints: Mapping[str, Any]


class _BlockBuilder:
    """A :class:`Block` being built (see above); becomes one by ``__class__ = Block``."""

    __slots__ = Block.__slots__
    index: int
    start: int
    end: int
    text: str
    paragraph: Paragraph
    _features: dict[Callable[[str], Any], Any]


class _RemovalBuilder:
    """A :class:`Removal` being built (see above); becomes one by ``__class__ = Removal``."""

    __slots__ = Removal.__slots__
    start: int
    end: int
    reason: str
    filter: str
    text: str


def _new_paragraph(start: int, end: int, blank_before: bool, hints: Mapping[str, Any]) -> Paragraph:
    """``Paragraph(start, end, blank_before, hints)``, built fast (see above).

    >>> _new_paragraph(0, 4, True, _EMPTY) == Paragraph(0, 4, True)
    True
    """
    p: Any = _ParagraphBuilder()
    p.start = start
    p.end = end
    p.blank_before = blank_before
    p.hints = hints
    p.__class__ = Paragraph
    return p  # type: ignore[no-any-return]


def _new_block(index: int, start: int, end: int, text: str, paragraph: Paragraph) -> Block:
    """``Block(index, start, end, text, paragraph)``, built fast (see above), features unread.

    >>> _new_block(0, 0, 3, "Aid", Paragraph(0, 3)) == Block(0, 0, 3, "Aid", Paragraph(0, 3))
    True
    """
    b: Any = _BlockBuilder()
    b.index = index
    b.start = start
    b.end = end
    b.text = text
    b.paragraph = paragraph
    b._features = features_of(text)
    b.__class__ = Block
    return b  # type: ignore[no-any-return]


def _new_removal(start: int, end: int, reason: str, filter: str, text: str) -> Removal:
    """``Removal(start, end, reason, filter, text)``, built fast (see above).

    >>> _new_removal(0, 3, "share", "boilerplate", "Tweet") == Removal(0, 3, "share", "boilerplate", "Tweet")
    True
    """
    r: Any = _RemovalBuilder()
    r.start = start
    r.end = end
    r.reason = reason
    r.filter = filter
    r.text = text
    r.__class__ = Removal
    return r  # type: ignore[no-any-return]


def _trimmed_removal(text: str, start: int, end: int, reason: str, filter: str) -> Removal | None:
    """The removal of ``text[start:end]`` without the white space at its ends; ``None`` when
    the span holds nothing else. :meth:`Document._remove` makes its removals so;
    :meth:`Document._remove_whole`, through which nearly all of a page's removals go (about 150 a
    page), writes it out in its loop.

    >>> _trimmed_removal("Home  Tweet ", 4, 12, "share", "boilerplate")
    Removal(start=6, end=11, reason='share', filter='boilerplate', text='Tweet')
    >>> _trimmed_removal("a   b", 1, 4, "share", "boilerplate") is None
    True
    """
    piece = text[start:end]
    stripped = piece.strip()
    if stripped is not piece:  # white space at an end (str.strip returns the same object when none)
        if not stripped:
            return None
        start += len(piece) - len(piece.lstrip())
        end = start + len(stripped)
    return _new_removal(start, end, reason, filter, stripped)


def split_paragraphs(text: str, hints: Iterable[Mapping[str, Any]] | None = None) -> tuple[Paragraph, ...]:
    """Cut ``text`` into trimmed non-empty lines.

    >>> [(p.start, p.end, p.blank_before) for p in split_paragraphs("a\\n\\n  b c \\nd")]
    [(0, 1, True), (5, 8, True), (10, 11, False)]
    """
    return _split_lines(text, hints)[0]


def _split_lines(text: str, hints: Iterable[Mapping[str, Any]] | None = None
                 ) -> tuple[tuple[Paragraph, ...], list[str]]:
    """:func:`split_paragraphs` of ``text``, and the text of each paragraph (``text[p.start:p.end]``,
    the trimmed line the cut holds already), for :func:`_fresh_blocks` not to slice it again.

    >>> _split_lines("a\\n\\n  b c \\nd")[1]
    ['a', 'b c', 'd']
    """
    hint_iter = iter(hints) if hints is not None else None
    out: list[Paragraph] = []
    append = out.append
    lines: list[str] = []
    keep = lines.append
    build, paragraph = _ParagraphBuilder, Paragraph  # each built as _new_paragraph builds it, without a call
    pos, blank = 0, True
    for line in text.split("\n"):  # one C call for the page's lines, not a find and a slice each
        if not line:  # an empty line (a third of a page's): nothing to strip
            blank = True
            pos += 1
            continue
        stripped = line.strip()
        if stripped:
            # str.strip gives the line itself when it has no white space at an end (most lines)
            start = pos if stripped is line or stripped[0] == line[0] else pos + len(line) - len(line.lstrip())
            p: Any = build()
            p.start = start
            p.end = start + len(stripped)
            p.blank_before = blank
            p.hints = _EMPTY if hint_iter is None else next(hint_iter, _EMPTY)
            p.__class__ = paragraph
            append(p)
            keep(stripped)
            blank = False
        else:
            blank = True
        pos += len(line) + 1
    return tuple(out), lines


def fold(text: str) -> str:
    """Fold runs of white space into one space and trim.

    >>> fold("  a\\u00a0 b\\tc ")
    'a b c'
    """
    return " ".join(text.split())


def _folded(text: str) -> str:
    """:func:`fold` of ``text``, the text itself when it is folded already: printable (no white
    space but the ASCII space: every other character ``str.split`` cuts at is a control or a
    separator, which ``str.isprintable`` refuses), no two spaces in a row, none at an end. Most
    lines are, and two scans that allocate nothing cost less than cutting a line into words and
    joining them again.

    >>> _folded("Aid arrives"), _folded("Aid  arrives "), _folded("Aid\\u00a0arrives")
    ('Aid arrives', 'Aid arrives', 'Aid arrives')
    """
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    return " ".join(text.split())


# The white space ``str.split`` cuts at (what ``str.isspace`` reads), less the line break and the
# space: the no-break space, the tab and the carriage return first, which pages hold most often (a
# line is tested for them in this order), and last the two whose code's low byte is zero
# (``str.__contains__`` scans for those character by character, for the others with ``memchr``);
# tests/test_document_fast.py checks the list against ``str.isspace``.
_ODD_SPACES = ("\u00a0", "\t", "\r", "\u2009", "\u200a", "\u202f", "\u2002", "\u2003", "\x0b", "\x0c",
               "\x1c", "\x1d", "\x1e", "\x1f", "\x85", "\u1680", "\u2001", "\u2004", "\u2005", "\u2006",
               "\u2007", "\u2008", "\u2028", "\u2029", "\u205f", "\u2000", "\u3000")


def _unfolded_by(text: str, any_paragraph: bool) -> list[str]:
    """The white space ``text`` holds that no folded line holds: each odd space of it
    (:data:`_ODD_SPACES`), two spaces in a row, and the line break when the paragraphs are
    ``any_paragraph`` (made by hand: a line of :func:`_split_lines` holds none). A line of ``text``
    that holds none of these, trimmed, is folded already (:func:`fold` gives it back: ``str.split``
    cuts at nothing but its single spaces). Each is looked for by one scan of the page
    (``str.__contains__``, in C: a fraction of an instruction a character where the character's
    low byte is not zero), and then each line only for the few the page holds (mostly the no-break
    space, or two spaces): most pages of text hold none, so their lines are not read at all, where
    ``str.isprintable`` looked every character of every line up in the Unicode tables (about 34
    instructions a character, on the long lines of a page folded to one line cut by the segment step).
    A text the unicode step found printable (:func:`note_printable`) holds no odd space: those scans
    are skipped.

    >>> _unfolded_by("Aid arrives\\n\\nTrucks came. ", False), _unfolded_by("Aid  arrives", False)
    ([], ['  '])
    >>> _unfolded_by("Aid\\u00a0arrives  today", False), _unfolded_by("Aid arrives\\ntoday", True)
    (['\\xa0', '  '], ['\\n'])
    """
    found = [] if noted_printable(text) else [space for space in _ODD_SPACES if space in text]
    if "  " in text:
        found.append("  ")
    if any_paragraph and "\n" in text:
        found.append("\n")
    return found


def note_printable(text: str) -> None:
    """Note, for the open page memo (:func:`~newsclean.memo.page_dict`), that ``text`` (this very
    string) is printable but for its line breaks (``text.replace("\\n", " ").isprintable()``):
    then it holds none of :data:`_ODD_SPACES` (each is a control or a separator, which
    ``str.isprintable`` refuses; ``tests/test_document_fast.py`` checks), and :func:`_unfolded_by`
    skips its 27 scans of the page for them. The unicode step (:func:`~newsclean.filters.unicode.repair`)
    knows it of the text it returns, which the page's first blocks are then built over: on a page
    of two-byte characters (any character past Latin-1) the scans for the three odd spaces whose
    code's low byte is zero or a line break cannot skip by ``memchr``. The note holds the string
    itself, under its ``id``, and is read only for that string (``is``: no other string can have
    that ``id`` while the note keeps it alive); every text noted in a call of ``clean`` stays noted
    (the first cleaning's text too once the recheck's is noted: :func:`noted_printable` tells
    ``Result`` that the text it returns holds no surrogate); nothing is noted when no page memo is
    open, and the notes go with the memo.
    """
    page_dict(note_printable)[id(text)] = text


def noted_printable(text: str) -> bool:
    """Whether :func:`note_printable` noted ``text`` itself in the open page memo.

    >>> from newsclean.memo import page_features
    >>> page, later = "Aid\\narrives", "Aid arrives"
    >>> with page_features():
    ...     note_printable(page)
    ...     note_printable(later)
    ...     noted_printable(page), noted_printable(later), noted_printable("Aid\\narrives today")
    (True, True, False)
    """
    return page_dict(note_printable).get(id(text)) is text


def note_respaced(text: str, new: str) -> None:
    """Note ``new`` printable (:func:`note_printable`) where ``text`` is noted so: the caller made
    ``new`` from ``text`` by putting a space or a line break in place of some of its characters
    (the segment and join steps), which keeps a text printable but for its line breaks (each
    character left is one of ``text``'s, a space, or a line break). The new text's first blocks
    then skip the scans for odd spaces too (a page folded to one line, which segment cuts, has
    its blocks built over the cut text, not the unicode step's).

    >>> from newsclean.memo import page_features
    >>> page = "Aid arrives today"
    >>> with page_features():
    ...     note_printable(page)
    ...     cut = page.replace(" ", "\\n", 1)
    ...     note_respaced(page, cut)
    ...     noted_printable(cut)
    True
    """
    if noted_printable(text):
        note_printable(new)


def _fresh_blocks(text: str, paragraphs: tuple[Paragraph, ...],
                  lines: list[str] | None = None) -> tuple[Block, ...]:
    """The blocks of a document without removals: each paragraph whole, folded, built as
    :func:`_new_block` builds it, its features looked up in the open page memo
    (:func:`~newsclean.memo.page_pool`, as :func:`~newsclean.memo.features_of` does) without a
    call a line. ``lines``: each paragraph's text, where the cut that made the paragraphs kept it
    (:func:`_split_lines`), trimmed; sliced from ``text`` otherwise. A line is folded where it
    holds white space a folded line does not (:func:`_unfolded_by`: none where the page is spaced
    plainly), or white space at an end.

    >>> text = "Aid  arrives\\n\\nTrucks came."
    >>> [b.text for b in _fresh_blocks(text, split_paragraphs(text))]
    ['Aid arrives', 'Trucks came.']
    """
    pool = page_pool()
    build, block = _BlockBuilder, Block
    out: list[Block] = []
    append = out.append
    # the white space to look for in each line: none on a plainly spaced page cut into its lines
    unfolded = _unfolded_by(text, lines is None)
    for i, p in enumerate(paragraphs):
        start, end = p.start, p.end
        line = text[start:end] if lines is None else lines[i]
        for space in unfolded:  # (a loop: most lines hold none, and any() would make a generator)
            if space in line:
                line = " ".join(line.split())
                break
        else:
            if lines is None and line.strip() != line:  # (the lines of _split_lines are trimmed)
                line = " ".join(line.split())
        if pool is None:
            features: dict[Any, Any] = {}
        else:
            features = pool.get(line)  # type: ignore[assignment]
            if features is None:
                features = pool[line] = {}
        b: Any = build()
        b.index = i
        b.start = start
        b.end = end
        b.text = line
        b.paragraph = p
        b._features = features
        b.__class__ = block
        append(b)
    return tuple(out)


def _cut_blocks(text: str) -> tuple[tuple[Paragraph, ...], tuple[Block, ...]]:
    """:func:`split_paragraphs` of ``text`` and the blocks :func:`_fresh_blocks` builds of them, in
    one loop over the lines: a page's lines are first read through its blocks (the boilerplate
    step reads them first), and building each paragraph and its block together spares the second
    loop over the lines (its indexing and the paragraph's fields read back). Each paragraph is
    built as :func:`_split_lines` builds it, each block as :func:`_fresh_blocks` does from the
    trimmed lines (``tests/test_document_fast.py`` checks both, on every evaluation page and random
    ones).

    >>> paragraphs, blocks = _cut_blocks("Aid  arrives\\n\\n  Trucks came. ")
    >>> paragraphs == split_paragraphs("Aid  arrives\\n\\n  Trucks came. "), [b.text for b in blocks]
    (True, ['Aid arrives', 'Trucks came.'])
    """
    pool = page_pool()
    build, paragraph, build_block, block = _ParagraphBuilder, Paragraph, _BlockBuilder, Block
    paragraphs: list[Paragraph] = []
    append = paragraphs.append
    out: list[Block] = []
    keep = out.append
    unfolded = _unfolded_by(text, False)  # the white space to fold in a line: none on a plainly spaced page
    pos, blank, i = 0, True, 0
    for line in text.split("\n"):
        if not line:  # an empty line (a third of a page's): nothing to strip
            blank = True
            pos += 1
            continue
        stripped = line.strip()
        if stripped:
            start = pos if stripped is line or stripped[0] == line[0] else pos + len(line) - len(line.lstrip())
            end = start + len(stripped)
            p: Any = build()
            p.start = start
            p.end = end
            p.blank_before = blank
            p.hints = _EMPTY
            p.__class__ = paragraph
            append(p)
            if unfolded:
                for space in unfolded:
                    if space in stripped:
                        stripped = " ".join(stripped.split())
                        break
            b: Any = build_block()
            b.index = i
            b.start = start
            b.end = end
            b.text = stripped
            b.paragraph = p
            b._features = {} if pool is None else pool.setdefault(stripped, {})
            b.__class__ = block
            keep(b)
            i += 1
            blank = False
        else:
            blank = True
        pos += len(line) + 1
    return tuple(paragraphs), tuple(out)


def _block_spans(pairs: list[tuple[Block, str]]) -> Iterable[tuple[int, int, str, int]]:
    """The spans :meth:`Document._remove` reads of ``(block, reason)`` pairs."""
    return ((b.start, b.end, reason, b.index) for b, reason in pairs)


@dataclass(frozen=True)
class Facts:
    """What a step found that later steps use, typed, instead of each working it out again
    from the removals. A fact is ``None`` until its step runs; a step that reads one says
    what it does without it (the step that gives it may be left out of a pipeline).

    ``headline_at``: the offset of the headline the page prints below its first line (the
    browser title), given by the ``title`` step; 0 when the title step found none there.

    ``furniture``: the spans ``(start, end, reason)`` of a page folded to one line that lie
    around its article (menus and header before the headline, footer after the body), given by
    the ``segment`` step; ``None`` when it found no such page (or did not run).

    ``page_lines``: ``(start, end)`` of the lines that hold most of the page once its furniture
    is removed, found by a first run of the pipeline (:func:`newsclean.filters.segment.page_lines`)
    for the ``segment`` step of a second run to cut; ``()`` on a first run.

    ``no_furniture``: the ``segment`` step records no ``furniture`` (a caller's second run when
    the article it found held almost none of the page's prose: the guard put the furniture back;
    see :func:`newsclean.clean`).

    ``kept``: ``(start, end)`` spans (sorted, apart) that no step removes: what the guard put back
    on an earlier run of the pipeline over the same text, so that every step of a caller's next
    run reads that text as kept (see :func:`newsclean.clean`); ``()`` on a first run.
    """

    headline_at: int | None = None
    furniture: tuple[tuple[int, int, str], ...] | None = None
    page_lines: tuple[tuple[int, int], ...] = ()
    no_furniture: bool = False
    kept: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class Document:
    """An immutable document: build it with :meth:`from_text`, change it with the ``with_*`` and
    ``remove*`` methods, each of which returns a new document."""

    text: str
    paragraphs: tuple[Paragraph, ...]
    removals: tuple[Removal, ...] = ()
    metadata: Mapping[str, Any] = field(default_factory=dict)
    original: str | None = None
    #: Offsets of the line breaks a segmenting step put in place of spaces (sorted): what was one
    #: line of the input (filters that read a one-line article's head ask).
    breaks: tuple[int, ...] = ()
    #: What earlier steps found for later ones (see :class:`Facts`); not part of the result.
    facts: Facts = Facts()

    @classmethod
    def from_text(cls, text: str, *, metadata: Mapping[str, Any] | None = None,
                  hints: Iterable[Mapping[str, Any]] | None = None) -> Document:
        """A fresh document over ``text``; ``hints`` gives one mapping per non-empty line.

        Without hints, the text is cut into its lines when they are first read (see
        :meth:`__getattr__`): the unicode step, which runs first, gives a document over another
        text where it repairs any character (:meth:`with_text`), and the lines of the text it was
        given are then never read.

        >>> doc = Document.from_text("Aid\\n\\n  Trucks came.")
        >>> [(p.start, p.end, p.blank_before) for p in doc.paragraphs]
        [(0, 3, True), (7, 19, True)]
        """
        if hints is None:
            out = _new(cls)
            out.__dict__.update(text=text, removals=(), metadata=dict(metadata or {}), original=text,
                                breaks=(), facts=_NO_FACTS)
            return out
        paragraphs, lines = _split_lines(text, hints)
        out = cls(text, paragraphs, (), dict(metadata or {}), text)
        out.__dict__["_lines"] = lines  # for its blocks, if read before any change (see blocks)
        return out

    if not TYPE_CHECKING:  # (for mypy, every attribute is a field or a method, as written)
        def __getattr__(self, name: str) -> Any:
            """The paragraphs of a document :meth:`from_text` made without cutting its text (called
            only for an attribute the document does not hold): cut now, and kept, with each line's
            text for its first blocks (see :meth:`blocks`)."""
            cache = self.__dict__
            if name != "paragraphs" or "text" not in cache:
                raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
            paragraphs, cache["_lines"] = _split_lines(cache["text"])
            cache["paragraphs"] = paragraphs
            return paragraphs

    @classmethod
    def from_kept(cls, doc: Document) -> Document:
        """``Document.from_text(doc.body())``, its paragraphs and blocks read off ``doc``'s blocks
        instead of cut from the text: the kept text is those blocks' texts, one a line (each folded
        already, so none holds a line break or white space at its ends), so its lines are known
        without a scan, and each new block shares the features of the block it repeats (a feature
        is a function of the line's text alone). ``clean`` cleans its cleaned text again so
        (``api._recheck``); ``tests/test_document_fast.py`` checks that the document is the one
        ``from_text`` reads, on every evaluation page and random ones.

        >>> doc = Document.from_text("Home\\n\\n  Trucks  came.\\nShare").remove(0, 4, "navigation")
        >>> kept = Document.from_kept(doc)
        >>> kept == Document.from_text("Trucks came.\\nShare"), [b.text for b in kept.blocks]
        (True, ['Trucks came.', 'Share'])
        """
        blocks = doc.blocks
        text = doc.body()
        new_paragraph, paragraph, new_block, block = _ParagraphBuilder, Paragraph, _BlockBuilder, Block
        paragraphs: list[Paragraph] = []
        fresh: list[Block] = []
        pos = 0
        for i, old in enumerate(blocks):
            line = old.text
            end = pos + len(line)
            p: Any = new_paragraph()
            p.start = pos
            p.end = end
            p.blank_before = not i  # the first line has the start of the text before it; no empty line follows
            p.hints = _EMPTY
            p.__class__ = paragraph
            b: Any = new_block()
            b.index = i
            b.start = pos
            b.end = end
            b.text = line
            b.paragraph = p
            b._features = old._features
            b.__class__ = block
            paragraphs.append(p)
            fresh.append(b)
            pos = end + 1
        out = cls(text, tuple(paragraphs), (), {}, text)
        out.__dict__["blocks"] = tuple(fresh)
        return out

    # -- what is kept -------------------------------------------------------------------------

    @cached_property
    def _spans(self) -> tuple[list[int], list[int]]:
        """Removed spans, sorted and merged: (starts, ends)."""
        starts: list[int] = []
        ends: list[int] = []
        for r in sorted(self.removals, key=_START):
            if ends and r.start <= ends[-1]:
                ends[-1] = max(ends[-1], r.end)
            else:
                starts.append(r.start)
                ends.append(r.end)
        return starts, ends

    def _kept_pieces(self, start: int, end: int) -> list[tuple[int, int]]:
        """The parts of ``[start, end)`` that no removal covers."""
        starts, ends = self._spans
        i = bisect.bisect_right(ends, start)
        pieces: list[tuple[int, int]] = []
        pos = start
        while i < len(starts) and starts[i] < end:
            if starts[i] > pos:
                pieces.append((pos, starts[i]))
            pos = max(pos, ends[i])
            i += 1
        if pos < end:
            pieces.append((pos, end))
        return pieces

    def _unprotected(self, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """``pieces`` less the spans of ``facts.kept`` (sorted and apart)."""
        kept = self.facts.kept
        if not kept:
            return pieces
        out: list[tuple[int, int]] = []
        for a, b in pieces:
            i = max(0, bisect.bisect_right(kept, (a, a)) - 1)
            while i < len(kept) and kept[i][0] < b:
                ka, kb = kept[i]
                if kb > a:
                    if ka > a:
                        out.append((a, ka))
                    a = max(a, kb)
                i += 1
            if a < b:
                out.append((a, b))
        return out

    @cached_property
    def blocks(self) -> tuple[Block, ...]:
        """The paragraphs still (partly) kept, in order.

        A document made by removing spans from one whose blocks were read rebuilds only the
        blocks of the paragraphs the new removals touch; the others are its parent's.
        """
        base = self.__dict__.pop("_base", None)
        if base is not None:
            return self._rebuilt(*base)
        if not self.removals:  # the paragraphs' texts as from_text cut them, if this is its document
            cache = self.__dict__
            if "paragraphs" not in cache and "text" in cache:  # a text's lines not cut yet (from_text)
                cache["paragraphs"], out = _cut_blocks(cache["text"])
                return out
            return _fresh_blocks(self.text, self.paragraphs, self.__dict__.pop("_lines", None))
        return tuple(b for b in map(self._block, range(len(self.paragraphs))) if b is not None)

    def _rebuilt(self, parent: tuple[Block, ...], touched: set[int],
                 gone: Mapping[int, Block] = _NO_BLOCKS) -> tuple[Block, ...]:
        """The blocks, from ``parent`` (the blocks of a document this one adds removals to) and
        ``touched`` (the paragraphs those removals overlap): a touched block that one removed
        span now covers from its first kept character to its last is gone (what was kept of its
        paragraph outside them is white space: :meth:`_block` would find nothing kept), and is
        dropped without a look at its paragraph's pieces (most are: a step removes whole
        blocks); another touched block is rebuilt (:meth:`_block`); the rest are ``parent``'s,
        copied a run at a time: the touched blocks are found by bisection on the blocks' indices
        (the blocks are in paragraph order), so the cost in Python is a step a touched block, not
        a step a block of the page. ``gone``: blocks of ``parent`` a removal took whole (each
        the block of its paragraph, by index; :meth:`_remove_whole`), dropped without the span
        test: nothing of its paragraph was kept outside the block, and all of the block went.
        """
        starts, ends = self._spans
        n = len(starts)
        bisect_right, bisect_left = bisect.bisect_right, bisect.bisect_left
        size = len(parent)
        out: list[Block] = []
        done = 0  # parent[:done] is handled
        for i in sorted(touched):
            if done < size and parent[done].index == i:  # the next block (a run of them removed)
                b = parent[done]
                done += 1
            else:
                k = bisect_left(parent, i, done, size, key=_INDEX)
                if k == size or parent[k].index != i:
                    continue  # no block of that paragraph is kept (nothing of it to remove or rebuild)
                out += parent[done:k]
                done = k + 1
                b = parent[k]
            if gone.get(i) is b:
                continue  # the parent's block itself removed whole
            j = bisect_right(ends, b.start)
            if j < n and starts[j] <= b.start and ends[j] >= b.end:
                continue
            nb = self._block(i)
            if nb is not None:
                out.append(nb)
        out += parent[done:]
        return tuple(out)

    def _block(self, i: int) -> Block | None:
        """Paragraph ``i`` as it stands now, or ``None`` if nothing of it is kept."""
        p = self.paragraphs[i]
        text = self.text
        pieces = self._kept_pieces(p.start, p.end)
        if len(pieces) == 1:
            a, b = pieces[0]
            kept = _folded(text[a:b])
            return _new_block(i, a, b, kept, p) if kept else None
        kept = fold(" ".join(text[a:b] for a, b in pieces))
        if not kept:
            return None
        first = next(a for a, b in pieces if text[a:b].strip())
        last = next(b for a, b in reversed(pieces) if text[a:b].strip())
        return _new_block(i, first, last, kept, p)

    @cached_property
    def _starts(self) -> list[int]:
        return list(map(_START, self.paragraphs))

    def starts(self) -> list[int]:
        """Where each paragraph starts in :attr:`text` (read once a document's paragraphs: the
        list is shared, not to be changed).

        >>> Document.from_text("Headline\\n\\nBody sentence one.").starts()
        [0, 10]
        """
        return self._starts

    def paragraph_at(self, offset: int) -> int:
        """The index of the last paragraph that starts at or before ``offset`` (``-1`` if none
        does): the paragraph a removal starting there lies in.

        >>> doc = Document.from_text("Headline\\n\\nBody sentence one.")
        >>> doc.paragraph_at(0), doc.paragraph_at(12), doc.paragraph_at(-1)
        (0, 1, -1)
        """
        return bisect.bisect_right(self._starts, offset) - 1

    def _touched(self, removals: Iterable[Removal]) -> set[int]:
        """Indices of the paragraphs that ``removals`` overlap."""
        paragraphs = self.paragraphs
        out: set[int] = set()
        for r in removals:
            i = max(0, self.paragraph_at(r.start))
            while i < len(paragraphs) and paragraphs[i].start < r.end:
                if paragraphs[i].end > r.start:
                    out.add(i)
                i += 1
        return out

    def _derive(self, **changes: Any) -> Document:
        """``dataclasses.replace`` that keeps what the change leaves valid: the paragraph
        starts always, and the blocks when the removed spans stay the same (``new_removals``,
        if given, are added removals whose paragraphs must be rebuilt; ``touched``, if given,
        the indices of those paragraphs)."""
        added = changes.pop("new_removals", None)
        known = changes.pop("touched", None)  # the paragraphs ``added`` lie in, when the caller knows
        gone: dict[int, Block] | None = changes.pop("gone", None)  # blocks ``added`` removed whole, by index
        cache = self.__dict__
        if "paragraphs" not in cache:  # a text's lines not cut yet (see from_text): cut once, for both
            _ = self.paragraphs
        # dataclasses.replace, less its checks (about a fifth of a small step's cost): the same fields
        out = _new(type(self))
        out.__dict__.update({f: cache[f] for f in _FIELDS}, **changes)
        if "_starts" in cache:
            out.__dict__["_starts"] = cache["_starts"]
        if "blocks" in cache:
            parent, touched, went = cache["blocks"], set(), _NO_BLOCKS
        elif "_base" in cache:  # blocks not read since the last removal: still pending
            parent, touched, went = cache["_base"]
        else:
            return out
        if added is not None:
            touched = touched | (self._touched(added) if known is None else known)
        if gone:
            went = {**went, **gone} if went else gone
        if touched:
            out.__dict__["_base"] = (parent, touched, went)
        else:
            out.__dict__["blocks"] = parent
            if "_spans" in cache:
                out.__dict__["_spans"] = cache["_spans"]
        return out

    def restamped(self, since: int, name: str) -> Document:
        """The same document with filter ``name`` stamped on removals ``since`` onwards that
        carry no filter name yet (what :class:`~newsclean.pipeline.Pipeline` does)."""
        # Removal built as _new_removal builds it, several times faster than dataclasses.replace
        removals = self.removals
        if all(map(_FILTER, removals[since:])):
            return self  # each carries a name already (made while the step ran: FILTER_NAME)
        out = list(removals[:since])
        append = out.append
        for r in removals[since:]:
            if not r.filter:
                r = _new_removal(r.start, r.end, r.reason, name, r.text)
            append(r)
        return self._derive(removals=tuple(out))

    def body(self) -> str:
        """The kept text: one paragraph a line (a unit the segment step cut from a longer line
        counts as a paragraph).

        Read once a document (several readers ask for the same document's body: the read-back
        check, the recheck, the result), as its blocks are.

        >>> doc = Document.from_text("Home\\n\\nThe council met.")
        >>> doc.body(), doc.body() is doc.body()
        ('Home\\nThe council met.', True)
        """
        cache = self.__dict__
        out: str | None = cache.get("_body")
        if out is None:
            out = cache["_body"] = "\n".join([b.text for b in self.blocks])
        return out

    # -- changes ------------------------------------------------------------------------------

    def remove(self, start: int, end: int, reason: str) -> Document:
        """Remove ``text[start:end]`` (only what is not removed already)."""
        return self.remove_spans([(start, end, reason)])

    def remove_spans(self, spans: Iterable[tuple[int, int, str]]) -> Document:
        """Remove many spans at once: ``(start, end, reason)`` each.

        Parts already removed are skipped, and so are the spans of ``facts.kept``; white space
        at the ends is trimmed, so removals never overlap and each one holds text.

        >>> doc = Document.from_text("Home News\\nThe council met.").with_facts(kept=((0, 4),))
        >>> [r.text for r in doc.remove(0, 9, "navigation").removals]
        ['News']
        """
        return self._remove(((start, end, reason, -1) for start, end, reason in spans))

    def remove_blocks(self, blocks: Iterable[Block], reason: str) -> Document:
        """Remove whole blocks (what is left of them) for one reason.

        A block lies in its own paragraph, so the blocks to rebuild are known without looking
        the removals' paragraphs up (:meth:`_touched`): the rest keep their features.

        >>> doc = Document.from_text("Share this\\nThe council met.\\nTweet")
        >>> [b.text for b in doc.remove_blocks([doc.blocks[0], doc.blocks[2]], "share").blocks]
        ['The council met.']
        """
        return self._remove_whole(zip(blocks, itertools.repeat(reason)))

    def remove_each(self, blocks: Iterable[tuple[Block, str]]) -> Document:
        """Remove whole blocks, each for its own reason: ``(block, reason)`` pairs, in one
        change (as :meth:`remove_spans` of their spans, with the paragraphs known).

        >>> doc = Document.from_text("Home\\nThe council met.\\nMost Read")
        >>> b = doc.blocks
        >>> [(r.text, r.reason) for r in doc.remove_each([(b[0], "navigation"), (b[2], "related_links")]).removals]
        [('Home', 'navigation'), ('Most Read', 'related_links')]
        """
        return self._remove_whole(blocks)

    def _remove_whole(self, pairs: Iterable[tuple[Block, str]]) -> Document:
        """:meth:`remove_each` of ``(block, reason)`` pairs: :meth:`_remove` of their spans,
        without its per-span steps where they cannot change what it makes. Most calls remove
        blocks in the page's order, each of which nothing removed stands inside: the span is one
        piece, kept whole (not cut by ``facts.kept``), whose removal is its text trimmed, after
        the one before; a call with any other block, or out of order, is :meth:`_remove`'s.
        """
        pairs = list(pairs)  # read again by _remove when a block is not such
        if self.facts.kept:
            return self._remove(_block_spans(pairs))
        text = self.text
        size = len(text)
        stamp = FILTER_NAME.get()
        starts, ends = self._spans
        n = len(starts)
        bisect_right = bisect.bisect_right
        made: list[Removal] = []
        append = made.append
        gone: dict[int, Block] = {}
        build, removal = _RemovalBuilder, Removal
        reach = -1
        for b, reason in pairs:
            start, end = b.start, b.end
            if not 0 <= start < end <= size or (n and (i := bisect_right(ends, start)) < n and starts[i] < end):
                break  # cut to the text, or in pieces: _remove's
            # _trimmed_removal(text, start, end, reason, stamp) written out, its removal built as
            # _new_removal builds it: two calls a block less (a step removes up to a few hundred)
            piece = text[start:end]
            stripped = piece.strip()
            if stripped is not piece:  # white space at an end (a block rebuilt from pieces)
                if not stripped:
                    continue
                start += len(piece) - len(piece.lstrip())
                end = start + len(stripped)
            if start < reach:
                break  # out of order: _remove sorts and merges
            r: Any = build()
            r.start = start
            r.end = end
            r.reason = reason
            r.filter = stamp
            r.text = stripped
            r.__class__ = removal
            append(r)
            gone[b.index] = b
            reach = end
        else:
            if not made:
                return self
            return self._derive(removals=self.removals + tuple(made), new_removals=made, touched=set(gone), gone=gone)
        return self._remove(_block_spans(pairs))

    def _remove(self, spans: Iterable[tuple[int, int, str, int]]) -> Document:
        """:meth:`remove_spans` of ``(start, end, reason, paragraph)`` spans, ``paragraph`` the
        index of the one paragraph the span lies in, or ``-1`` when unknown (then looked up)."""
        new: list[tuple[Removal, int]] = []
        append = new.append
        text = self.text
        size = len(text)
        stamp = FILTER_NAME.get()  # the step making them, if a pipeline runs one
        starts, ends = self._spans
        n = len(starts)
        bisect_right = bisect.bisect_right
        free = not self.facts.kept
        apart = True  # the removals made so far come in order, none overlapping the one before
        reach = -1
        for start, end, reason, index in spans:
            if start < 0:
                start = 0
            if end > size:
                end = size
            if start >= end:
                continue
            if free and ((i := bisect_right(ends, start)) == n or starts[i] >= end):
                pieces: Iterable[tuple[int, int]] = ((start, end),)  # nothing removed or kept in it (most spans)
            else:
                pieces = self._unprotected(self._kept_pieces(start, end))
            for a, b in pieces:
                r = _trimmed_removal(text, a, b, reason, stamp)
                if r is None:
                    continue
                append((r, index))
                if r.start < reach:
                    apart = False
                reach = r.end
        if not new:
            return self
        if apart:  # in order and apart (most calls: blocks in the page's order): nothing to sort or merge
            merged = [r for r, _ in new]
            found = {index for _, index in new}
            return self._derive(removals=self.removals + tuple(merged), new_removals=merged,
                                touched=None if -1 in found else found)
        # Spans passed in one call may overlap each other: keep the first claim on each char.
        new.sort(key=lambda ri: ri[0].start)
        merged = []
        indices: set[int] | None = set()
        reach = -1
        for r, index in new:
            if r.end <= reach:
                continue
            if r.start < reach:
                r = _new_removal(reach, r.end, r.reason, stamp, text[reach:r.end])
                if not r.text.strip():
                    continue
            merged.append(r)
            if index < 0:
                indices = None
            elif indices is not None:
                indices.add(index)
            reach = r.end
        return self._derive(removals=self.removals + tuple(merged), new_removals=merged, touched=indices)

    def with_metadata(self, **values: Any) -> Document:
        """Set metadata fields (``None`` values are skipped)."""
        meta = dict(self.metadata)
        meta.update({k: v for k, v in values.items() if v is not None})
        return self._derive(metadata=meta)

    def setdefault_metadata(self, **values: Any) -> Document:
        """Set metadata fields not set yet (a value a caller gave, or an earlier filter found, wins)."""
        meta = dict(self.metadata)
        for k, v in values.items():
            if v is not None and meta.get(k) in (None, "", [], {}):
                meta[k] = v
        return self._derive(metadata=meta)

    def with_facts(self, **values: Any) -> Document:
        """Record facts for later steps (fields of :class:`Facts`).

        >>> Document.from_text("Aid Arrives").with_facts(headline_at=0).facts.headline_at
        0
        """
        # Facts built directly, not by dataclasses.replace (which reads the class's fields each call)
        return self._derive(facts=Facts(**{**self.facts.__dict__, **values}))

    def with_text(self, text: str) -> Document:
        """The same document over a repaired text. Only before any removal, since removals
        point into the text.

        Raises:
            ValueError: when the document already has removals.
        """
        if text == self.text:
            return self
        if self.removals:
            raise ValueError("text can only be rewritten before any removal: put repairing filters "
                             "first in the pipeline")
        cache = self.__dict__
        if "paragraphs" not in cache:  # the old text's lines never read (see from_text): nor are they now
            out = _new(type(self))
            out.__dict__.update({f: cache[f] for f in _FIELDS if f != "paragraphs"}, text=text)
            return out
        paragraphs = split_paragraphs(text)
        if len(paragraphs) == len(self.paragraphs) and any(p.hints for p in self.paragraphs):
            # the same lines: each keeps its hints (a text's lines have none, and are cut once)
            paragraphs = split_paragraphs(text, [p.hints for p in self.paragraphs])
        return dataclasses.replace(self, text=text, paragraphs=paragraphs)


_FIELDS = tuple(f.name for f in dataclasses.fields(Document))
_NO_FACTS = Document.facts  # the default facts (the same object a new document holds)
