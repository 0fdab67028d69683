"""Lists of one shape among a page's paragraphs: rows built with the same punctuation (tour
dates, qualified teams, results), long lists that are a text of their own (a calendar, a
results table), and the list an article's last sentence announces with a colon.

The paragraphs filter weighs lines one by one; a list's rows weigh nothing there, so these
tell when a run of rows belongs to the article.

>>> rows = ["June 9 -- Arena, Tampa, FL", "June 12 -- Hall, Miami, FL", "June 14 -- Park, Orlando, FL"]
>>> list_rows([*rows, "Home"], 0)
3
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from ..words import code_line, tokens
from .shape import SECTION_WEIGHT, row_weight
from .weighed import Weighed

__all__ = ["announced", "list_rows", "long_lists", "row_marks", "with_list", "with_long_lists"]

# A list's rows: the punctuation marks (digits as one) a row is built with, and the fewest rows of a list.
_MARK = regex.compile(r"[^\w\s.'’]|\d")
_MIN_ROWS = 3
_ENTRY_WEIGHT = -1.0  # the least an announced list's entry weighs: a lower-case phrase, not a menu item
_LIST_ROWS = 6  # rows of one shape from which a list is a text of its own: a calendar, a results table
_ROW_WORDS = 3  # an archive's "► 2017 (11)" or a poll's "% 165 votes" is a menu, not a list of the article


def row_marks(text: str) -> frozenset[str]:
    """The punctuation a line is built with, digits as ``0``: a list's rows share theirs.

    >>> sorted(row_marks("June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL"))
    [',', '-', '0']
    """
    return frozenset("0" if c.isdigit() else c for c in _MARK.findall(text))


def list_rows(texts: Sequence[str | None], start: int) -> int:
    """How many lines from ``start`` on are rows of one list: three or more in a row, each
    of three words or more and built with at least two of the marks of the row before it ("June 9 -- Arena, Tampa, FL",
    "England (Group A): 10th appearance"), none of them code (``<meta name="a" content="b">``).
    Headlines of a related list share no such marks."""
    count, before = 0, None
    for i in range(start, len(texts)):  # by index: a slice per call would make the scan quadratic
        text = texts[i]
        if text is None or code_line(text):
            break  # a script's or a page head's lines share their marks too, and are no list
        marks = row_marks(text)
        if len(marks) < 2 or len(tokens(text)) < _ROW_WORDS or (before is not None and len(marks & before) < 2):
            break
        count, before = count + 1, marks
    return count if count >= _MIN_ROWS else 0


def long_lists(page: Weighed) -> dict[int, float]:
    """The rows of long lists of one shape (six rows and more built with the same marks, as
    :func:`list_rows` reads them) with the weight each row carries as a text of its own: an
    article may be a calendar or a results table ("1a etapa: 10 de março – Interlagos"),
    which would otherwise weigh nothing against a sentence of the comment box below it."""
    texts = page.texts()
    found: dict[int, float] = {}
    i = 0
    while i < len(texts):
        count = list_rows(texts, i)
        if count >= _LIST_ROWS:
            found.update((j, row_weight(texts[j])) for j in range(i, i + count))  # type: ignore[arg-type]
            i += count
        else:
            i += 1
    return found


def with_long_lists(page: Weighed) -> Weighed | None:
    """The page whose prose is too thin to be an article by itself, with its
    long lists weighing as text (``None`` if it has none): the page may be a calendar or a
    results table, whose rows would otherwise weigh nothing against a sentence of the
    comment box below them. A page with an article's prose keeps its lists as they are (a
    "Most commented" box of headlines with their counts is a list too)."""
    rows = long_lists(page)
    if not rows:
        return None
    return page.with_weights([max(w, rows[i]) if i in rows else w for i, w in enumerate(page.weights)])


def announced(texts: Sequence[str | None], weights: Sequence[float], last: int) -> int:
    """How many list entries follow the run's last paragraph when it announces them with a
    colon ("Dare to Play 3:", "Here are the highlights:"): list rows and lower-case phrases
    ("Dozens of tricky questions that will help"), up to the first line that is neither (a
    menu item, a capitalised headline, an ad's "by Taboola").

    >>> announced(["It offers:", "Dozens of tricky questions", "A large variety of toys", "Home"],
    ...            [0.5, -1.0, -1.0, -2.0], 0)
    2
    """
    lead = texts[last]
    if lead is None or not lead.rstrip().endswith(":"):
        return 0
    count = 0
    for i in range(last + 1, len(texts)):
        text = texts[i]
        if text is None or not _ENTRY_WEIGHT <= weights[i] <= 0 or len(tokens(text)) < _ROW_WORDS:
            break
        count += 1
    return count


def with_list(page: Weighed, run: tuple[int, int]) -> tuple[int, int]:
    """The run, with the list that ends the article: tour dates, qualified teams, results,
    right after its last paragraph or under one heading ("Tour dates", "Qualified teams")."""
    first, last = run
    texts, weights = page.texts(), page.weights
    end = last + announced(texts, weights, last)
    for skip in (0, 1):
        at = last + 1 + skip
        if at >= len(texts) or (skip and (texts[at - 1] is None or weights[at - 1] == SECTION_WEIGHT)):
            break
        rows = list_rows(texts, at)
        if rows:
            return first, max(end, at + rows - 1)
    return first, end
