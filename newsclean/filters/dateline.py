"""Remove lines that are only a date (``Mon Mar 21, 2016 16:25:32``, ``Published: 21/03/2016``,
``Updated 2 hours ago``) and read the publication date from the one nearest below the headline.

Dates also sit in short meta lines beside a byline or a reading time
(``by Jane Doe July 10, 2015``, ``Oct 18, 2019 · 8 min read``): those count as candidates
too; short ones go with the date-only lines, bylines stay for the byline filter. The chosen date is one beside a
byline if any, else the one nearest the printed headline, below it rather than above (a
menu's "today" date at the top, or a date in a related-stories list far below, loses). A date after
"Updated"/"Modified" goes to ``metadata["modified"]``.

A date whose day and month could be swapped is not guessed: ``published`` stays unset and
the raw text goes to ``metadata["published_raw"]`` with ``metadata["date_ambiguous"] = True``.

>>> from newsclean.document import Document
>>> doc = dateline(Document.from_text("Mon Mar 21, 2016 16:25:32\\nOn March 21, 2016 it rained."))
>>> doc.metadata["published"], doc.body()
(datetime.datetime(2016, 3, 21, 16, 25, 32), 'On March 21, 2016 it rained.')
>>> dateline(Document.from_text("by Jane Doe July 10, 2015\\nIt rained.")).metadata["published"]
datetime.datetime(2015, 7, 10, 0, 0)
"""

from __future__ import annotations

import functools

import regex

from .. import reasons
from ..dates import YEAR, DateMatch, date_line, find_dates, line_digits, parse_date, time_line
from ..document import Block, Document
from ..lexicon import UPDATED_PREFIXES, all_of
from ..memo import LINE_CACHE
from ..names import byline_tuple

__all__ = ["dateline", "meta_dates", "title_dates"]

# Lines longer than this are prose, whatever dates they hold.
_META_WORDS = 25
# Words up to which a line holding a date is a meta line of the page, removed with the dates.
_META_LINE_WORDS = 12
# A date above the headline counts as this many times farther than one below it.
_ABOVE = 3
# The signature under an embedded tweet: "— Jane Doe (@janedoe) November 18, 2019".
_TWEET = regex.compile(r"[—–-]\s?[^\n]{1,80}\(@\w{1,30}\)\s")
_TWEET_OPENERS = "—–-"  # its first character: a line opening otherwise is passed over unmatched
# Searched from the line's end (REVERSE: the same lines match; no possessive parts).
_PROSE_END = regex.compile(r"[.;][\"'”’)]*$", regex.REVERSE)
_UPDATED = regex.compile(r"\b(?:" + "|".join(regex.escape(w) for w in all_of(UPDATED_PREFIXES)) + r")\b",
                         regex.IGNORECASE)


def meta_dates(line: str) -> list[DateMatch]:
    """The dates of a short meta line (not a sentence), ``kind="updated"`` after "Updated".

    >>> [(d.kind, d.value.day) for d in meta_dates("Dec. 6, 2024, 10:00 PM UTC / Updated Dec. 7, 2024")]
    [('published', 6), ('updated', 7)]
    >>> meta_dates("Retrieved 2014-03-27.")
    []
    """
    return list(_meta_dates(line))


@functools.lru_cache(maxsize=LINE_CACHE)
def _meta_dates(line: str) -> tuple[DateMatch, ...]:
    """:func:`meta_dates`, cached: a site's pages repeat their meta lines."""
    # a line without a year holds no date find_dates reads (most lines: tested first, as the cheapest);
    # split no further than the bound: a paragraph's words past it are not counted, nor copied one by one
    if line_digits(line) != YEAR or len(line.split(None, _META_WORDS)) > _META_WORDS or _PROSE_END.search(line):
        return ()
    out = []
    for d in find_dates(line):
        if d.value is None:
            continue
        kind = "updated" if _UPDATED.search(line, 0, d.start) else "published"
        out.append(DateMatch(d.raw, d.value, d.ambiguous, d.start, d.end, kind))
    return tuple(out)


def _rank(index: int, bylined: bool, headline: int) -> tuple[int, int]:
    """Sort key of a candidate: a date beside a byline first, then the nearest to the
    headline (paragraph ``headline``), a date above it counting as farther."""
    distance = index - headline if index >= headline else (headline - index) * _ABOVE
    return (0 if bylined else 1), distance


def _pick(found: list[tuple[tuple[int, int], DateMatch]]) -> dict[str, object]:
    """Metadata from the candidates: the best ranked of each kind."""
    meta: dict[str, object] = {}
    for _, d in sorted(found, key=lambda item: item[0]):
        key = "modified" if d.kind == "updated" else "published"
        if key in meta or f"{key}_raw" in meta:
            continue
        if d.value is not None:
            meta[key] = d.value
            meta[f"{key}_raw"] = d.raw
        elif d.ambiguous:
            meta[f"{key}_raw"] = d.raw
            meta["date_ambiguous"] = True
    return meta


# Between the parts of a browser title: "Headline - 21/12/2018 - Sport - Site".
_TITLE_PARTS = regex.compile(r"\s+[|\-–—·•»/]\s+")
# Rank of a date read from the browser title: after every date the page prints as a line.
_TITLE_RANK = (2, 0)


def title_dates(doc: Document) -> list[DateMatch]:
    """Dates that stand as a part of their own in the browser title the title filter removed
    (some CMSs print the day there: ``Headline - 21/12/2018 - Sport - Site``): the page's date
    when no line below gives one.

    >>> from .title import title
    >>> doc = title(Document.from_text("Bank Raises Rates Again - 21/12/2018 - Money - The Daily\\nHome\\n"
    ...     "Bank Raises Rates Again\\nThe central bank raised rates by half a point, its third rise this year."))
    >>> [d.value.date().isoformat() for d in title_dates(doc)]
    ['2018-12-21']
    """
    if not doc.paragraphs:
        return []
    first = doc.paragraphs[0]
    if not any(r.reason == reasons.TITLE and r.start <= first.start < r.end for r in doc.removals):
        return []  # not removed as the browser title
    line = doc.text[first.start:first.end]
    parts = _TITLE_PARTS.split(line)
    if len(parts) < 2:
        return []
    return [d for d in map(parse_date, parts) if d is not None]


def dateline(doc: Document) -> Document:
    """Remove date-only lines; set ``published`` (and ``modified``) from the best candidates."""
    at = doc.facts.headline_at or 0  # without the title step: the top of the page
    headline = next((i for i, p in enumerate(doc.paragraphs) if p.start >= at), 0)
    found: list[tuple[tuple[int, int], DateMatch]] = []
    remove: list[Block] = []
    for block in doc.blocks:
        text = block.text
        if text[:1] in _TWEET_OPENERS and _TWEET.match(text):
            continue  # an embedded tweet's signature: its date is the tweet's, the line part of the quote
        if remove and remove[-1].index == block.index - 1 and block.feature(time_line):
            remove.append(block)  # "Nov 18, 2019 at" / "9:24 pm ET": the dateline's time, set apart by a tag
            continue
        # date_line's own first test, asked here (the digits cached for the meta test below and the byline step):
        # a line with no digit that holds no "ago" or is too long (most lines) is no dateline, nor holds a meta
        # date (it needs a year); date_line asks it of the stripped line, as a block's text is
        if not (digits := line_digits(text)):
            continue
        d = block.feature(date_line)
        if d is not None:
            remove.append(block)
            found.append((_rank(block.index, False, headline), d))
            continue
        # a line without a year holds no meta date (_meta_dates' own first test): most lines are not read
        # for one, nor kept as a feature
        dates = block.feature(_meta_dates) if digits == YEAR else ()
        if dates:
            bylined = block.feature(byline_tuple) is not None
            found.extend((_rank(block.index, bylined, headline), m) for m in dates)
            if not bylined and len(text.split()) <= _META_LINE_WORDS:
                remove.append(block)  # "Nov 18, 2019 at 9:24 pm ET • 2 min read"
    if remove:
        doc = doc.remove_blocks(remove, reasons.DATELINE)
    found.extend((_TITLE_RANK, d) for d in title_dates(doc))
    if not found:
        return doc
    return doc.setdefault_metadata(**_pick(found))
