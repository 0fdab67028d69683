"""The units at the head of a folded line: where its date, headline, byline and dateline end.

A page run together into one line opens with what a lined page prints on lines of its own: a
date, a section's label, a headline (printed twice, or told by its Title Case), a byline, a wire
dateline. :func:`head_breaks` finds the spaces that part them within the line's first
characters, reading each kind of unit with the helpers of :mod:`~newsclean.layout.head_units`
and :mod:`~newsclean.layout.headline_case`; a date inside a sentence is left in it.

>>> s = "Wed 05 Apr 2017 Syria Attack Leaves Dozens Dead By Jane Doe The army said on Monday it had left the town."
>>> breaks = head_breaks(s, 0, len(s))
>>> [s[a + 1:b] for a, b in zip([-1, *breaks], [*breaks, len(s)])]
['Wed 05 Apr 2017', 'Syria Attack Leaves Dozens Dead', 'By Jane Doe', 'The army said on Monday it had left the town.']
"""

from __future__ import annotations

import regex

from ..dates import iter_dates, relative_dates
from ..lexicon import AGENCIES, DATE_PREFIXES, UPDATED_PREFIXES, all_of
from .head_units import (
    BYLINE_WORDS,
    agency_credit,
    byline_opening,
    head_byline,
    head_credit,
    pager_run,
    release_dateline,
    restated_opening,
    section_label,
    share_opening,
    stamp,
    toolbar_start,
    wire_dateline,
)
from .headline_case import article_opening, attributed, title_case_end
from .line_joins import BY_ALONE, GOES_ON

__all__ = ["head_breaks", "space_before"]

_PREFIX = regex.compile(r"(?:" + "|".join(regex.escape(p) for p in sorted({*all_of(DATE_PREFIXES),
                                                                          *all_of(UPDATED_PREFIXES)}, key=len,
                                                                        reverse=True)) + r")\s?:?\s*+$",
                        regex.IGNORECASE)
_AGENCY_BEFORE = regex.compile(r"(?:^|\s)(?:" + "|".join(regex.escape(a) for a in AGENCIES) + r")\s*+$")


def space_before(text: str, start: int, pos: int) -> int | None:
    """The offset of the space just before ``pos`` (``None`` at the unit start or after no space)."""
    return pos - 1 if pos > start and text[pos - 1] == " " else None


# What follows a relative date printed as a dateline ("14 hours ago Kenya's parliament"): the
# line's end or a capitalised word; in prose one goes on ("began 10 years ago, when ...").
_STANDS_ALONE = regex.compile(r"$|\x20[\p{Lu}\d]")


def _inside_sentence(text: str, start: int, at: int) -> bool:
    """Whether the words before ``text[at:]`` carry on into it: they end on a word that ends no
    sentence ("on", "of", "since"; not a bracket: "[January 05, 2008]"), and no date prefix
    ("Published on") stands there: a date the sentence holds ("... of Aleppo on July 9 2016 (Photo
    AFP)"), no dateline to cut out of it.

    >>> _inside_sentence("Cars burnt in Aleppo on July 9 2016", 0, 23)
    True
    >>> _inside_sentence("Aid Arrives July 9 2016", 0, 12)
    False
    >>> _inside_sentence("Aid Arrives Published on July 9 2016", 0, 25)
    False
    >>> _inside_sentence("Aid Arrives Written by Jane Doe on July 9 2016", 0, 35)
    False
    """
    before = text[max(start, at - 60):at].rstrip()
    if any(BY_ALONE.fullmatch(w) for w in before.split()[-BYLINE_WORDS:]):
        return False  # a byline's day: "Written by Rachael Link, MS, RD on November 14, 2019"
    return (before[-1:].isalpha() and GOES_ON.search(before) is not None
            and _PREFIX.search(text[max(start, at - 60):at]) is None)


def head_breaks(text: str, start: int, end: int) -> list[int]:
    """Breaks in the head of a line: around the first date there (after it, and before it when
    words come first: a headline, a wire agency's name), and between a headline printed twice.

    >>> s = "Aid Arrives in Efrin Aid Arrives in Efrin AFP Mon Mar 21, 2016 16:25 Trucks came."
    >>> [s[i + 1:i + 8] for i in head_breaks(s, 0, len(s))]
    ['Aid Arr', 'AFP Mon', 'Trucks ']
    """
    out: list[int] = []
    # the first date only: the search stops there (iter_dates)
    first = next((d for d in iter_dates(text[start:end]) if d.value is not None or d.ambiguous), None)
    ago = [d for d in relative_dates(text[start:end]) if _STANDS_ALONE.match(text, start + d.end, end)]
    dates = sorted([*([] if first is None else [first]), *ago[:1]], key=lambda d: d.start)
    if dates and _inside_sentence(text, start, start + dates[0].start):
        return []  # the line opens with a sentence that holds its first date: no head to cut
    head_end = end
    if dates:
        d = dates[0]
        d_start, d_end = start + d.start, start + d.end
        if text[d_start - 1:d_start] in _OPEN_BRACKETS and text[d_end:d_end + 1] in _CLOSE_BRACKETS and d_end < end:
            d_start, d_end = d_start - 1, d_end + 1  # a date in brackets: "[January 05, 2008] The One to Watch"
        before = text[start:d_start]
        prefix = _PREFIX.search(before)
        if prefix is not None and prefix.start() and not prefix.group()[0].isupper() and ":" not in prefix.group():
            prefix = None  # "Bush predicts Mid East peace date 5 days ago": the headline's word
        cut = d_start if prefix is None else start + prefix.start()
        agency = _AGENCY_BEFORE.search(text, start, cut)
        if agency is not None:
            cut = agency.start() + (text[agency.start()] == " ")
        space = space_before(text, start, cut)
        if space is not None:
            head_end = _cut_head(text, start, space, out)
        if d_end < end and text[d_end] == " ":
            out.append(d_end)
    else:
        wire = wire_dateline(text, start, end)
        if wire is None:
            wire = stamp(text, start, end)
        pager = pager_run(text, start, end) if wire is None else None
        if pager is not None:
            wire = pager[0]
            if pager[1] < end:
                out.append(pager[1])
        if wire is not None:
            head_end = _cut_head(text, start, wire, out)
    twice = _twice(text, start, head_end)
    if twice is not None:
        out.append(twice)
    elif head_end == end:  # no words before a date: a headline may follow it, run into the prose
        unit = out[-1] + 1 if out else start
        cut = byline_opening(text, unit, end)
        if cut is None:
            cut = release_dateline(text, unit, end)
        bar = toolbar_start(text, unit, end) if cut is None else None
        if bar is not None and head_credit(text, unit, bar) is not None:  # the paper's name and its toolbar
            _cut_head(text, unit, bar, out)
            return sorted(out)
        if cut is None:
            cut = title_case_end(text, unit, end)
        if cut is None:
            cut = (agency_credit(text, unit, end) or restated_opening(text, unit, end)
                   or article_opening(text, unit, end) or attributed(text, unit, end))
        if cut is not None:
            out.extend(cut if isinstance(cut, tuple) else (cut,))
    return sorted(out)


def _cut_head(text: str, start: int, at: int, out: list[int]) -> int:
    """Break at ``at``, where the head of a line ends (before its date or wire dateline), and
    before a byline between the headline and ``at``
    (:func:`~newsclean.layout.head_units.head_byline`); the headline's end."""
    out.append(at)
    byline = head_byline(text, start, at)
    if byline is None:
        byline = head_credit(text, start, at)
    end = at if byline is None else byline
    kicker = section_label(text, start, end)
    if kicker is None:
        kicker = share_opening(text, start, end)
    if kicker is not None:
        out.append(kicker)
    if byline is None:
        return at
    out.append(byline)
    return byline
_OPEN_BRACKETS = frozenset("[(")
_CLOSE_BRACKETS = frozenset("])")


def _twice(text: str, start: int, end: int) -> int | None:
    """The space between two copies of one headline that make up ``text[start:end]``."""
    n = end - start
    if n < 7 or n % 2 == 0:
        return None
    mid = start + n // 2
    if text[mid] == " " and text[start:mid] == text[mid + 1:end]:
        return mid
    return None
