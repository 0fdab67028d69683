"""Find the units of a page inside a line far too long to be a paragraph.

Scrapers often store a page or an article as one line: ``soup.get_text(" ", strip=True)``, or a
corpus that keeps each article on a line (``Wed 05 Apr 2017 Syria attack symptoms consistent
with nerve agent use WHO. Victims of a suspected ...``). Every later filter reads lines, so this
step turns chosen spaces of such a line into line breaks: after each sentence, around a date at
the head of the line, between a headline printed twice, before a serialized blob. Nothing else
changes: every offset stays valid (removals, ``explain()`` and ``original()`` keep working) and
the body gives the units one a line: a second cleaning reads them as the lines they now are,
and comes to the same body.

A line is cut only when it holds most of the text (the page run together): text that has its
lines goes through unchanged. Drop the step with ``DEFAULT.without("segment")``.

This module holds the two steps, :func:`segment` and :func:`join` (its match for text cut at every
tag), and the reading of which lines are folded (:func:`reads_folded`, :func:`page_lines`); the
units they cut at are read in :mod:`newsclean.layout`: a line's sentences
(:mod:`~newsclean.layout.line_sentences`), its head (:mod:`~newsclean.layout.line_head`,
:mod:`~newsclean.layout.head_units`, :mod:`~newsclean.layout.headline_case`), a folded page's
units (:mod:`~newsclean.layout.page_units`) and the breaks to join (:mod:`~newsclean.layout.line_joins`).

>>> from newsclean.document import Document
>>> doc = segment(Document.from_text(
...     "Wed 05 Apr 2017 Syria attack symptoms consistent with nerve agent use WHO. Victims of a "
...     "suspected chemical attack in Syria appeared to show symptoms consistent with reaction to a "
...     "nerve agent, the WHO said. Mr. Salama spoke. 219-11"))
>>> doc.text.split("\\n")
['Wed 05 Apr 2017', 'Syria attack symptoms consistent with nerve agent use WHO.', \
'Victims of a suspected chemical attack in Syria appeared to show symptoms consistent with reaction to a nerve \
agent, the WHO said.', 'Mr. Salama spoke.', '219-11']
>>> doc.body() == doc.text
True
"""

from __future__ import annotations

import dataclasses
import itertools
from typing import NamedTuple

import regex

from .. import reasons
from ..document import Document, note_respaced, split_paragraphs
from ..guard import warn
from ..layout.dataview import DataView, without_data_scripts
from ..layout.folded import FoldedPage
from ..layout.head_units import share_labels
from ..layout.line_joins import counter_joins, join_points, short_lines, toggle_joins
from ..layout.line_sentences import sentence_breaks, whole_printings
from ..layout.page_units import END_SHARE, Read, article, units
from ..layout.title_copies import opening_headline
from ..layout.unit_shapes import menu_end, prose_unit
from ..lexicon import NOISE_LINES, all_of

__all__ = ["join", "page_lines", "reads_folded", "segment"]

# A line shorter than this is never cut; one longer is cut when it holds most of the text.
_LONG = 200
_SHARE = 0.9
# ... or three quarters when it holds many sentences (an article under a menu of short lines,
# which a first cleaning removes: the line must be cut on the first cleaning as on the second).
_PROSE_SHARE = 0.75
_PROSE_SENTENCES = 10
# Words of a line that, found without a unit in it, earn a warning: no page is one sentence that long.
_NO_STRUCTURE_WORDS = 60
_NO_STRUCTURE_CHARS = 600
# A line this long is no paragraph, whatever it holds; a shorter one is cut only when it shows
# more than sentences (a dateline, a headline, a menu run, a blob).
_PAGE_CHARS = 3000


_MIN_SENTENCE_BREAKS = 2


class _Split(NamedTuple):
    """A text's lines (``str.split``, one C call, not a find and a slice each) and how many of its
    characters are neither spaces nor line breaks: what :func:`_long_lines` and
    :func:`_folded_shaped` read first, split once for both (:func:`_split`)."""

    lines: list[str]
    chars: int


def _split(text: str) -> _Split:
    """The :class:`_Split` of ``text``.

    >>> _split("Home News\\n\\n The end.")
    _Split(lines=['Home News', '', ' The end.'], chars=15)
    """
    lines = text.split("\n")
    return _Split(lines, len(text) - text.count(" ") - (len(lines) - 1))


def _long_lines(text: str, split: _Split | None = None) -> list[tuple[int, int, bool]]:
    """``(start, end, whole)`` of the lines that hold most of the text (a page run together:
    ``whole``), and of the other lines too long to be a paragraph (a page folded to one line
    but for the lines a script or a listing kept: segmented only when they hold a whole page);
    ``split``: the text's :func:`_split` where it is known."""
    lines, total = _split(text) if split is None else split
    out: list[tuple[int, int, bool]] = []
    longest = max(map(len, lines))
    if longest < _PAGE_CHARS and (longest < _LONG or longest < _PROSE_SHARE * total):
        return out  # no line holds three quarters of the text (a line's chars are at most its length)
    pos = 0
    for line in lines:
        nl = pos + len(line)
        chars = len(line) - line.count(" ")
        if nl - pos >= _LONG and (chars >= _SHARE * total or (
                chars >= _PROSE_SHARE * total and len(sentence_breaks(text, pos, nl)) >= _PROSE_SENTENCES)):
            out.append((pos, nl, True))
        elif nl - pos >= _PAGE_CHARS:
            out.append((pos, nl, False))
        pos = nl + 1
    return out


# A page folded to a few lines: the text nodes that kept their line breaks (a ``<pre>``, a
# 2008 page's paragraphs written over several source lines) cut ``get_text(" ")``'s one line
# into lines of this many characters on average (non-space: a long paragraph), most of the
# text in long lines.
_FOLDED_MEAN = 250


def _text_lines(text: str) -> tuple[list[tuple[int, int, int]], int]:
    """``(start, end, chars)`` of each line of ``text`` with text (``chars``: not counting its
    spaces), and the chars of them all: what :func:`_folded_lines` reads first.

    >>> _text_lines("Home News\\n\\n The end.")
    ([(0, 9, 8), (11, 20, 7)], 15)
    """
    lines = []
    pos, total = 0, 0
    for line in text.split("\n"):  # one C call for the lines, not a find and a slice each
        if line.strip():
            chars = len(line) - line.count(" ")
            lines.append((pos, pos + len(line), chars))
            total += chars
        pos += len(line) + 1
    return lines, total


def _folded_shape(lines: list[tuple[int, int, int]], total: int) -> bool:
    """Whether lines (:func:`_text_lines`) have a folded page's shape: two or more, long on
    average (:data:`_FOLDED_MEAN`), most of the text in long lines. Cheap: no unit is read.

    >>> _folded_shape(*_text_lines("Home\\nNews")), _folded_shape(*_text_lines(("word " * 80 + "\\n") * 2))
    (False, True)
    """
    if len(lines) < 2 or total < _FOLDED_MEAN * len(lines):
        return False
    return sum(chars for a, b, chars in lines if b - a >= _LONG) >= _SHARE * total


def _folded_shaped(text: str, split: _Split | None = None) -> bool:
    """``_folded_shape(*_text_lines(text))``, read without a step in Python for each line: most
    texts (a paragraph a line) are no folded page, and :func:`_text_lines`' loop cost about as
    much as the segment step's other work on them. The lines are counted, measured and tested
    for white space by C calls over the list of lines (a line ``str.strip`` empties is ``""`` or
    ``str.isspace``: the same white space); only the long lines and the blank ones that are not
    empty (both few) are read one by one. ``split``: the text's :func:`_split` where it is known.

    >>> _folded_shaped("Home\\nNews"), _folded_shaped(("word " * 80 + "\\n") * 2)
    (False, True)
    """
    lines, chars = _split(text) if split is None else split
    spaced = list(itertools.compress(lines, map(str.isspace, lines)))  # blank, not empty
    count = len(lines) - lines.count("") - len(spaced)
    if count < 2:
        return False
    # every line's chars (its length less its spaces), less the blank lines'
    total = chars - sum(len(s) - s.count(" ") for s in spaced)
    if total < _FOLDED_MEAN * count:
        return False
    long = itertools.compress(lines, map(_LONG.__le__, map(len, lines)))
    return sum(len(s) - s.count(" ") for s in long if not s.isspace()) >= _SHARE * total


def _folded_lines(text: str, lined: tuple[list[tuple[int, int, int]], int] | None = None, read: Read | None = None,
                  split: _Split | None = None) -> tuple[list[int], FoldedPage, int] | None:
    """The units of a page folded to a few long lines (``get_text(" ")`` of a page whose text
    nodes kept some line breaks: a menu line, a dateline on its own, then the article run into
    the related links and comments), read together as one folded line: the spaces that part
    each long line's units, the article found over them all, and where the page ends (its last
    long line); ``None`` when the lines are no page's (too many or too short, or no page around
    an article). ``lined``: the text's :func:`_text_lines`, ``split`` its :func:`_split`, where known.

    >>> menu = " ".join(["Home News Sport Weather Business Politics Travel Culture Jobs Cars"] * 8)
    >>> story = " ".join(["The council approved the budget on Monday after a long debate."] * 12)
    >>> text = f"Budget Passes | Herald {menu}\\nBy Staff\\n{story} Copyright Herald {menu}"
    >>> cut, page, end = _folded_lines(text)
    >>> kept = text[page.keep_start:page.keep_end]
    >>> kept.split("\\n")[0], kept.endswith("after a long debate."), len(cut)
    ('By Staff', True, 12)
    """
    if lined is None:
        if not _folded_shaped(text, split):
            return None  # no folded page's shape (_folded_shape), told without reading the lines
        lined = _text_lines(text)
    lines, total = lined
    if not _folded_shape(lines, total):
        return None
    read = Read(text) if read is None else read
    # the page ends with its last long line (short lines after it, a form's note, are left to the
    # filters), or where a blob opens (the blobs step's)
    end = max(b for a, b, _ in lines if b - a >= _LONG)
    starts, cut = [], []
    opening = False  # whether the first unit was read (a page opens with its browser title or menus)
    for a, b, _ in lines:
        if a >= end:
            break
        starts.append(a)
        if b - a >= _LONG:
            found, _, stop = read.units(a, b)
            cut += found
            starts += (i + 1 for i in found if i + 1 < stop)
            if stop < b:
                end = stop
                break
        if not opening and len(starts) > 1:
            # where the first unit ends no later line moves (see tests/test_segment_fast.py): when
            # it is a sentence, find_article finds no page, and the other lines need not be read
            opening = True
            if _opens_with_prose(text, starts[0], starts[1] - 1):
                return None
    if end <= lines[0][0]:
        return None
    starts = [i for i in starts if i < end]
    page = read.find_article(lines[0][0], end, starts)
    if page is None or not page.page or (text[page.keep_start - 1:page.keep_start] != " "
                                         and text[page.keep_end:page.keep_end + 1] != " "):
        return None  # no page, or one whose article begins and ends with lines: lined text
    return cut, page, end


def _opens_with_prose(text: str, start: int, end: int) -> bool:
    """Whether the unit ``text[start:end]`` is the first of a folded page as
    :func:`~newsclean.layout.folded.find_article` reads it and a sentence of prose (no menu run
    into it): then that page is no whole page (its ``page``), which opens with a browser title or
    menus.

    >>> _opens_with_prose("The council met on Monday. Home News", 0, 26)
    True
    >>> _opens_with_prose("Home News Sport Weather Business Travel Culture Jobs Cars The council met.", 0, 76)
    False
    """
    m = menu_end(text, start, end)
    return not (m is not None and m > start) and prose_unit(text[start:end])


def reads_folded(text: str) -> bool:
    """Whether :func:`segment` reads ``text`` as a page folded to a few long lines (see
    :func:`_folded_lines`). A caller asks it of a cleaned text: the short lines of a menu kept
    on lines of their own (a layout that kept its source line breaks) make the input no folded
    page, while the cleaned text, those lines gone, may read as one, and a second cleaning
    would cut it.

    >>> menu = " ".join(["Home News Sport Weather Business Politics Travel Culture Jobs Cars"] * 8)
    >>> story = " ".join(["The council approved the budget on Monday after a long debate."] * 12)
    >>> folded = f"Budget Passes | Herald {menu}\\nBy Staff\\n{story} Copyright Herald {menu}"
    >>> reads_folded(folded), reads_folded("\\n".join(["Home", "News", "Sport"] * 30 + [folded]))
    (True, False)
    """
    split = _split(text)  # read by the cheap test and again by _folded_lines'
    if not _folded_shaped(text, split):
        return False  # the cheap test first: most cleaned texts have a paragraph's lines
    first = _first_unit(text)
    if first is not None and prose_unit(text[first[0]:first[1]]) and (menu_end(text, *first) or 0) <= first[0]:
        return False  # it opens with prose: no page (find_article's opens with a title or menus)
    return _folded_lines(text, split=split) is not None


def _first_unit(text: str) -> tuple[int, int] | None:
    """``(start, end)`` of the first unit of ``text`` as :func:`_folded_lines` cuts it: its first
    line with text, up to the first unit break inside it when the line is long; ``None`` when
    there is no such line. Cheap: only the first line is read.

    >>> _first_unit("\\n Home News\\nThe council met.")
    (1, 11)
    """
    pos = 0
    while pos < len(text):
        nl = text.find("\n", pos)
        nl = len(text) if nl < 0 else nl
        if text[pos:nl].strip():
            if nl - pos >= _LONG:
                found, _, stop = units(text, pos, nl)
                if found and found[0] + 1 < stop:
                    return pos, found[0]
            return pos, nl
        pos = nl + 1
    return None


def _page_cuts(text: str, start: int, end: int, page: FoldedPage,
               stop: int) -> tuple[list[int], list[tuple[int, int, str]]]:
    """The breaks around the article that :func:`~newsclean.layout.folded.find_article` found in
    ``text[start:end]`` (and around its headline), and the furniture before and after it, up to
    ``stop`` (where a blob opens: the blobs step's)."""
    cuts = [page.keep_start - 1, page.keep_end]
    head = start
    if page.headline is not None:
        cuts.append(page.headline[1])
        if page.title_end is not None and text[page.title_end] == " ":
            # the browser title's headline stays on a line of its own, as on a lined
            # page: the title step reads it with the copy the page prints
            head = page.title_end
            cuts.append(head)
    breaks = [i for i in cuts if start < i < end and text[i] == " "]
    return breaks, [(a, b, why) for a, b, why in ((head, page.keep_start, reasons.NAVIGATION),
                                                   (page.keep_end, stop, reasons.BOILERPLATE)) if a < b]


def segment(doc: Document) -> Document:
    """Cut lines that hold a page or an article run together into its units (before any
    removal: it only turns spaces into line breaks). The page is read without its whole lines
    of leaked data (:class:`~newsclean.layout.dataview.DataView`), which the blobs step removes:
    a second cleaning reads it so.

    >>> story = " ".join(["The council approved the budget on Monday after a long debate."] * 12)
    >>> menu = " ".join(["Home News Sport Weather Business Politics Travel Culture Jobs Cars"] * 4)
    >>> page = f"{menu} Budget Passes {story[:400]}\\nvar related = [{{\\"id\\": 1}}];\\n{story[400:]} {menu}"
    >>> once = segment(Document.from_text(page)).text
    >>> again = segment(Document.from_text(once.replace('var related = [{"id": 1}];\\n', ""))).text
    >>> once.replace('var related = [{"id": 1}];\\n', "") == again
    True
    """
    if doc.removals:
        return doc
    view = DataView.of(_joined_page_lines(doc.text, doc.facts.page_lines or ()))
    page_lines = tuple((view.view(a), view.view(b)) for a, b in doc.facts.page_lines or ())
    breaks, furniture, unsplit = _cuts(view.text, page_lines)
    if view.removed:
        breaks = [view.source(i) for i in breaks]
        furniture = [(a, b, why) for start, end, why in furniture for a, b in view.spans(start, end)]
    if furniture and not doc.facts.no_furniture:
        doc = dataclasses.replace(doc, facts=dataclasses.replace(doc.facts, furniture=tuple(furniture)))
    if unsplit:
        doc = warn(doc, f"no_structure: {unsplit} long line(s) without sentences or other units to cut at "
                        "(a list, a menu, or a language written without sentence stops): kept whole")
    if not breaks:
        return doc
    text = doc.text
    breaks = sorted(set(breaks))
    pieces, pos = [], 0
    for i in breaks:
        pieces.append(text[pos:i])
        pos = i + 1
    pieces.append(text[pos:])
    new = "\n".join(pieces)
    note_respaced(text, new)  # spaces turned into line breaks: printable where text is
    merged = tuple(sorted(set(doc.breaks).union(breaks)))
    return dataclasses.replace(doc, text=new, paragraphs=split_paragraphs(new), breaks=merged)


def _joined_page_lines(text: str, lines: tuple[tuple[int, int], ...]) -> str:
    """``text`` with the line breaks inside ``lines`` (the lines a first run found to hold the
    page, :func:`page_lines`) read as spaces: such a line was made by the join step (a sentence
    cut at its tags, ``the council's engineers`` / ``, and most of it ...``), and a second
    cleaning reads it as one line of the input. Offsets hold: the text is only read so.

    >>> _joined_page_lines("A b\\n, c d\\nE", ((0, 8),))
    'A b , c d\\nE'
    """
    if not any("\n" in text[a:b] for a, b in lines):
        return text
    chars = list(text)
    for a, b in lines:
        for i in range(a, b):
            if chars[i] == "\n":
                chars[i] = " "
    return "".join(chars)


def _cuts(text: str, page_lines: tuple[tuple[int, int], ...]) -> tuple[list[int], list[tuple[int, int, str]], int]:
    """The spaces of ``text`` to turn into line breaks, the furniture spans found around
    the article, and how many long lines had no unit to cut at (:func:`segment`);
    ``page_lines``: the lines found to hold the page less its furniture (:func:`page_lines`)."""
    split = _split(text)  # read by both tests below
    read = Read(text)  # a long line that holds no folded page's article is read again below
    folded = _folded_lines(text, read=read, split=split)
    if folded is not None:  # a page folded to a few lines: its lines are read as one
        found, furniture = _page_cuts(text, 0, folded[2], folded[1], folded[2])
        return folded[0] + found, furniture, 0
    # the long lines are read only where no folded page holds them: their test counts the
    # sentences of a line that holds three quarters of the text (thousands of characters)
    lines = _long_lines(text, split)
    breaks: list[int] = []
    furniture = []
    unsplit = 0
    if page_lines:  # lines found to hold the page less its furniture (see page_lines)
        whole_at = {(a, b): whole for a, b, whole in lines}
        whole_at.update(((a, b), True) for a, b in page_lines if "\n" not in text[a:b])
        lines = sorted((a, b, whole) for (a, b), whole in whole_at.items())
    for start, end, whole in lines:
        cut = _line_cuts(text, start, end, whole, read)
        if cut is not None:
            breaks += cut[0]
            furniture += cut[1]
            unsplit += cut[2]
    return breaks, furniture, unsplit


def _line_cuts(text: str, start: int, end: int, whole: bool,
               read: Read | None = None) -> tuple[list[int], list[tuple[int, int, str]], bool] | None:
    """The breaks and furniture of the long line ``text[start:end]`` (``whole``: it holds most
    of the text), and whether it runs long without units (no breaks: a paragraph of sentences
    only); ``None`` for a long line among others that holds no whole page. ``read``: the units
    and articles of ``text``'s lines read already (:class:`~newsclean.layout.page_units.Read`)."""
    # the page's text stops where a blob opens
    read = Read(text) if read is None else read
    found, structured, stop = read.units(start, end)
    starts = [start, *(i + 1 for i in found)]
    page = None if whole else read.article(start, stop, found)
    if not whole and (page is None or not page.page):
        return None  # a long line among others is cut only when it holds a whole page
    long_run = text.count(" ", start, end) >= _NO_STRUCTURE_WORDS or end - start >= _NO_STRUCTURE_CHARS
    unsplit = len(found) < 2 and long_run
    # a copy of the headline is looked for only where no page's article gave one (a whole line's
    # page is read below: it is None yet)
    headless = page is None or page.headline is None
    opened = found  # the units before any share label is added
    if page is None:
        page = read.article(start, stop, found)
    # a share label parts the units of an article folded alone (a page's share bars are among the
    # menus find_article weighs); a line without sentences (a list, a table) is kept whole: the
    # filters would find no prose among its pieces to tell the article by
    shares = share_labels(text, start, stop, found) if len(found) >= _MIN_SENTENCE_BREAKS and (
        page is None or not page.page) else []
    if shares:
        found = sorted(set(found).union(shares))
        structured = True
    # sentences only, and no longer than a paragraph may be: a paragraph, unless the headline is
    # printed again before the article opens or furniture closes it
    paragraph = not structured and end - start < _PAGE_CHARS and (page is None or not page.page)
    untitled = page is None or page.headline is None
    # the headline printed again before the article opens, with units after it: read only where it
    # is used (most whole lines hold a page whose article has its headline, and need it not)
    copy = _printed_copy(text, start, stop, starts, opened) if (paragraph or untitled) and opened and headless else None
    if paragraph and copy is None and not _furnished(text, start, stop, found):
        return [], [], unsplit
    breaks = list(found)
    furniture: list[tuple[int, int, str]] = []
    if copy is not None and untitled:
        breaks.extend(i for i in (copy[0] - 1, copy[1], copy[2]) if start < i < end and text[i] == " ")
    if page is not None:
        found, furniture = _page_cuts(text, start, end, page, stop)
        breaks += found
    return whole_printings(text, start, stop, breaks), furniture, unsplit


def _printed_copy(text: str, start: int, stop: int, starts: list[int],
                  found: list[int]) -> tuple[int, int, int] | None:
    """The headline that the line ``text[start:stop]`` (its units starting at ``starts``, cut at
    ``found``) prints again before its article opens (:func:`opening_headline`), when units
    follow the copy."""
    copy = opening_headline(text, start, stop, starts)
    return None if copy is not None and found[-1] <= copy[1] else copy


segment.name = "segment"  # type: ignore[attr-defined]


# Furniture that a folded article carries as sentences of its own, which the boilerplate step
# removes line by line (its kinds' vocabulary: :data:`newsclean.lexicon.NOISE_LINES`): a copyright
# notice ("All rights reserved."), a share or newsletter box, a cookie notice, a related link, tags.
# A line that holds one is an article with its furniture, cut into its sentences as a longer line is.
_FURNITURE_KINDS = (reasons.COPYRIGHT, reasons.SHARE, reasons.NEWSLETTER, reasons.COOKIE, reasons.RELATED_LINKS,
                    reasons.TAGS)
_FURNITURE = regex.compile("(?:" + "|".join(p for kind in _FURNITURE_KINDS for p in all_of(NOISE_LINES[kind]))
                           + r")[^\w.]{0,3}", regex.IGNORECASE)
_FURNITURE_CHARS = 300  # a furniture sentence is short
_FURNITURE_MARKS = " |•·>»<«-–—:*"


def _furnished(text: str, start: int, stop: int, found: list[int]) -> bool:
    """Whether one of the units in the last quarter of the line ``text[start:stop]`` (cut at
    ``found``) is a whole piece of furniture (:data:`_FURNITURE`) that closes the article:
    ``... against mosquito bites. © 2019 Associated Press. All Rights Reserved.``

    >>> s = "He says residents should take care. Copyright 2008 The Associated Press. All rights reserved."
    >>> _furnished(s, 0, len(s), sentence_breaks(s, 0, len(s)))
    True
    >>> s = "He says residents should take care. They share rights to the land."
    >>> _furnished(s, 0, len(s), sentence_breaks(s, 0, len(s)))
    False
    """
    tail = stop - (stop - start) // END_SHARE
    for a, b in itertools.pairwise([start - 1, *found, stop]):
        if b < tail:
            continue  # furniture that closes an article stands at its end
        unit = text[a + 1:b].strip(_FURNITURE_MARKS)
        if unit and len(unit) <= _FURNITURE_CHARS and _FURNITURE.fullmatch(unit) is not None:
            return True
    return False


def _page_shaped(text: str, start: int, stop: int, found: list[int]) -> bool:
    """Whether the line ``text[start:stop]`` (up to a blob), cut at ``found``, shows a whole
    page's shape around an article (menus it opens with, many words of them:
    :func:`~newsclean.layout.folded.find_article`'s ``page``)."""
    page = article(text, start, stop, found)
    return page is not None and page.page


def _no_long_line(lines: list[str]) -> bool:
    """Whether :func:`_long_lines` of ``"\\n".join(lines)`` is surely empty, told from the lines'
    lengths alone, where ``lines`` are folded (no two spaces in a row, none at an end, no other
    white space: a document's block texts, see :func:`~newsclean.document.fold`): its first test
    (no line of :data:`_PAGE_CHARS` characters, and the longest shorter than :data:`_LONG` or
    than three quarters of the text's characters other than spaces) with those characters
    bounded from below. A folded line of ``n`` characters holds at most ``n / 2`` spaces, so
    the text holds at least half its lines' lengths in other characters; the longest line of
    a cleaned text is rarely three eighths of it (60 of the 62 cleaned texts of every sixth
    eval page), and the body then need not be split into lines and its spaces counted (about
    118,000 instructions a call on those pages, a call after the first cleaning and one in the
    recheck; this test about a quarter of that). ``tests/test_segment_fast.py`` checks it
    against ``_long_lines``.

    >>> _no_long_line(["Home", "The council met."]), _no_long_line(["word " * 60 + "end"])
    (True, False)
    """
    longest = max(map(len, lines), default=0)
    if longest >= _PAGE_CHARS:
        return False
    return longest < _LONG or longest < _PROSE_SHARE * sum(map(len, lines)) / 2


def page_lines(doc: Document) -> tuple[tuple[int, int], ...]:
    """``(start, end)`` of the kept lines that :func:`segment` would cut if the cleaned text were
    the input: a line that holds most of the page once the menus, footers and blobs around it
    are gone, though not of the page with them. The share of the text a line holds is a fact
    of the page less its furniture, which only the filters find: a caller runs the pipeline
    again with these (``doc.facts.page_lines``), so that the line is cut on the first cleaning
    as a second cleaning of the cleaned text would cut it. Lines the segment step cut already,
    or that segment would keep whole, give nothing. A line the join step made (a sentence cut
    at its tags) counts as one line: segment reads the join's breaks inside it as spaces then.
    So does a line kept in pieces (a formula's source removed from inside it): a second cleaning
    reads what is left of it as one line, and cuts it at the same sentences.

    >>> menu = "\\n".join(["Home", "News", "Sport", "Weather", "Contact"] * 8)
    >>> line = "Home News Sport World Business Council Approves Budget The council approved it. " * 3
    >>> doc = segment(Document.from_text(menu + "\\n" + line))
    >>> doc.text.count("\\n"), page_lines(doc)  # the menu makes the line no page's: not cut
    (40, ())
    >>> from newsclean.filters.paragraphs import paragraphs
    >>> lines = page_lines(paragraphs(doc))  # the menu removed, the line holds the page
    >>> [doc.text[a:b][:24] for a, b in lines]
    ['Home News Sport World Bu']
    """
    blocks = doc.blocks
    body = doc.body()  # the blocks' texts a line, read once a document (the caller reads it again)
    if "<" in body:  # as segment reads it (DataView): without a script that holds data (none without a "<")
        body = "\n".join(without_data_scripts(b.text) for b in blocks)
    elif _no_long_line([b.text for b in blocks]):
        return ()  # most cleaned texts: _long_lines(body) finds no line, told without splitting the body
    out = []
    line = 0
    pos = 0
    for start, end, whole in _long_lines(body):
        line += body.count("\n", pos, start)
        pos = start
        block = blocks[line]
        found, structured, stop = units(body, start, end)
        if found:
            cut = structured or end - start >= _PAGE_CHARS or _page_shaped(body, start, stop, found)
        else:  # no unit inside it, but an article the segment step finds there (a page's shape)
            cut = bool((_line_cuts(body, start, end, whole) or ((),))[0])
        if cut:
            out.append((block.start, block.end))
    return tuple(out)


def join(doc: Document) -> Document:
    """Join the lines of a text cut at every tag where one sentence, byline or dateline goes on
    (see :func:`join_points`): the matching step to :func:`segment`, which turns those line
    breaks into spaces (before any removal; every offset stays valid).

    Joining turns each cut that opens a line with a comma or a stop into one inside a line, so a
    cleaned text keeps the evidence: where a removal later sets two cut-looking lines side by
    side (a formula's line gone between them), the cuts inside the lines outnumber them and a
    second cleaning joins nothing. It reads the lines as they stand after the segment step, which
    a second cleaning reads as the input's lines: a line the segment step cut (a line of data
    that holds the page once its menus are gone) leaves the other lines to be joined as they
    would be on the cleaned text. Drop the step with ``DEFAULT.without("join")``.

    >>> text = "By\\nJane Doe\\nand\\nTom Roe\\nThe army took\\nthe town\\n, it said. We\\nleft\\n."
    >>> join(Document.from_text(text)).text
    'By Jane Doe and Tom Roe\\nThe army took the town , it said. We left .'
    """
    if doc.removals:
        return doc
    text = doc.text
    short = short_lines(text)  # (read by both: one scan of the text)
    joins = sorted(set(join_points(text, not doc.breaks, short)).union(counter_joins(text, short), toggle_joins(text)))
    if not joins:
        return doc
    pieces, pos = [], 0
    for i in joins:
        pieces.append(text[pos:i])
        pos = i + 1
    pieces.append(text[pos:])
    new = " ".join(pieces)
    note_respaced(text, new)  # line breaks turned into spaces: printable where text is
    out = dataclasses.replace(doc, text=new, paragraphs=split_paragraphs(new))
    # a line that holds the page once its furniture is gone (doc.facts.page_lines), which only
    # the join made one line: segment cuts it now, as a second cleaning cuts the joined line
    joined = tuple((a, b) for a, b in doc.facts.page_lines if "\n" in text[a:b] and "\n" not in new[a:b])
    if joined:
        facts = out.facts
        out = segment(out.with_facts(page_lines=joined))
        out = dataclasses.replace(out, facts=dataclasses.replace(out.facts, page_lines=facts.page_lines))
    return out


join.name = "join"  # type: ignore[attr-defined]
