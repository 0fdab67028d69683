"""Where the article lies inside a whole page folded to one line (``soup.get_text(" ")``).

A page folded to one line runs its menus, browser title, headline, dateline, article, share bar,
related links and footer together. Once the line is cut into units (its sentences, and runs of
menu words between them), the article is the run of units that reads as prose: sentences that
end in a stop and hold lower-case words (``The company confirmed on Monday that ...``), where a
menu, a list of links or a footer is a long unit of capitalised words without a stop
(``Home News Sport Business Got a news tip? Press Releases Webinars ...``). The body is the run
whose prose outweighs the furniture it spans (the best-scoring run of units: prose counts for,
anything else against, by its characters), and it is cut only on a side that holds a page's
worth of furniture: a folded article alone (its headline, dateline and credits around it) keeps
everything.

On a page (furniture before the article, or a browser title it prints again), the body also
ends at the first heading that closes an article once a few sentences of it are read (``Most
Read``, ``12 Comments``, ``Leave a Reply``, ``More Springfield Herald``, ``Tags:``, a share bar):
the most-read box, related teasers and comment thread after it are prose too, so the furniture
count alone keeps them. A heading before the page's printed headline (a menu's link, a box above
the article) closes nothing.

The headline is kept before the body: the browser title opens a folded page
(``Attorney General investigating WeWork | VentureBeat VentureBeat Homepage Channels ...``) and
the page prints its headline again just over the article: the last copy of a title part before
the body is where the page's head ends.

This module is the search itself (:func:`find_article`); it reads a unit's words by
:mod:`~newsclean.layout.unit_words`, its shape by :mod:`~newsclean.layout.unit_shapes`, the
closing headings by :mod:`~newsclean.layout.closing_headings` and the browser title's copies by
:mod:`~newsclean.layout.title_copies`.

>>> menu = ("Home News Local National World Politics Business Markets Sport Football Cricket Tennis "
...         "Weather Travel Culture Film Music Books Arts Money Health Science Tech Events Jobs Cars "
...         "Property Opinion Letters Obituaries Puzzles Podcasts Video Audio Newsletters Subscribe "
...         "Search Local Schools Crime Courts")
>>> footer = ("Follow us on Facebook Twitter Instagram LinkedIn RSS Copyright 2024 Springfield Herald "
...           "All Rights Reserved Terms of Use Privacy Policy Cookie Policy Advertise With Us Contact "
...           "Us About Us Careers Sitemap Accessibility Help Archive Corrections Syndication Store "
...           "Reprints Licensing Contests Weddings Classifieds")
>>> units = [menu, "Council Approves Budget", "The council approved the budget on Monday after a long debate.",
...          "It takes effect in May, the mayor said.", footer]
>>> text = " ".join(units)
>>> page = find_article(text, 0, len(text), unit_starts(text, units))
>>> text[page.keep_start:page.keep_end]
'Council Approves Budget The council approved the budget on Monday after a long debate. It takes effect in May, \
the mayor said.'
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

from ..dates import date_line
from ..sentences import ends_sentence
from .closing_headings import _closed
from .shape import max_run
from .title_copies import printed_headlines
from .unit_shapes import (
    _FURNITURE,
    _OTHER,
    _PROSE,
    _STOPS,
    _furniture_tokens,
    _link_tokens,
    _menu_word,
    _prose_words,
    _run_on,
)
from .unit_words import Spans, firsts_of, plain_spaces, span_words, token_start

__all__ = ["FoldedPage", "find_article", "unit_starts"]


# Words of furniture-shaped units that tell a whole page (its menus, footer, lists of links)
# from a folded article (whose tables and lists of dates are few), with its opening (a page
# opens with its browser title and menus, never with a sentence): on a page, every unit that is
# not prose counts against the article.
_PAGE_FURNITURE = 50
# A side of the line is cut only when it holds this many words outside the article: a folded
# article's own headline, dateline, byline and credits hold fewer, a page's menu or footer more.
_FURNITURE_WORDS = 40
# Units kept before the body when no printed headline is found: a short unit right before it.
_HEADLINE_WORDS = 25


@dataclass(frozen=True)
class FoldedPage:
    """The article's place in a folded page's line: ``[keep_start, keep_end)`` is kept (the
    headline, when found, at ``headline``); what lies before and after is page furniture.
    ``page``: the line shows a whole page's shape (it opens with a browser title or menus, and
    holds many words of menus), not only a folded article's. ``title_end``: where the browser
    title's headline ends at the line's head, when the page prints it again (``headline``)."""

    keep_start: int
    keep_end: int
    headline: tuple[int, int] | None = None
    page: bool = False
    title_end: int | None = None


def unit_starts(text: str, units: Sequence[str]) -> list[int]:
    """The offsets of ``units`` laid side by side in ``text`` with one space between them
    (for examples and tests).

    >>> unit_starts("Ab cd. Ef", ["Ab cd.", "Ef"])
    [0, 7]
    """
    out, pos = [], 0
    for u in units:
        pos = text.index(u, pos)
        out.append(pos)
        pos += len(u)
    return out


def _has_words(text: str, start: int, end: int, n: int) -> bool:
    """Whether ``text[start:end]`` holds at least ``n`` (one or more) tokens: ``len(text[start:end].split()) >= n``,
    with the split stopped after ``n - 1`` cuts (its last piece, the rest of the span, is a token
    or more where it is there at all: ``str.split`` drops the white space before it). The head
    and tail of a folded page run to thousands of words, of which this reads up to ``n``, and
    makes no string of the others.

    >>> _has_words("a b  c ", 0, 7, 3), _has_words("a b  c ", 0, 7, 4), _has_words(" ", 0, 1, 1)
    (True, False, False)
    """
    return len(text[start:end].split(maxsplit=n - 1)) >= n


def _menu_words(text: str, units: Sequence[tuple[int, int]], shapes: Sequence[int], pieces: Sequence[str],
                tokens: Sequence[Sequence[str]], n: int) -> bool:
    """Whether the units shaped as furniture and the long runs of links among the others
    (:func:`~newsclean.layout.unit_shapes.link_run`) hold ``n`` words or more (counted by their
    spaces), read up to the unit that makes them ``n``: a page's menus reach that number early, and
    the units after it cannot take it back.

    >>> units = [(0, 14), (15, 24)]
    >>> _menu_words("Home News Jobs The end.", units, [_FURNITURE, _PROSE], ["", ""], [[], []], 3)
    True
    """
    words = 0
    for shape, (a, b), piece, unit_tokens in zip(shapes, units, pieces, tokens, strict=True):
        if shape == _FURNITURE or (shape == _OTHER and _link_tokens(piece, unit_tokens)):
            words += text.count(" ", a, b) + 1
            if words >= n:
                return True
    return False


def find_article(text: str, start: int, end: int, starts: Sequence[int],
                 spans: Spans | None = None) -> FoldedPage | None:
    """The article inside the folded page ``text[start:end]``, cut into units at ``starts``
    (each unit runs to the next one's start), or ``None`` when the line is not a page around
    an article (no prose, or too little furniture on either side to be a page's). ``spans``: the
    words of spans of ``text`` read already (:func:`~newsclean.layout.unit_words.span_words`; most
    units are sentences, whose words the search for menu runs read).
    """
    bounds = [*starts, end + 1]
    units: list[tuple[int, int]] = []
    tokens: list[Sequence[str]] = []  # each unit's tokens (str.split), read once for every test
    heads: list[str] = []  # ... and their first characters (firsts_of)
    split = plain_spaces(text, bounds[0], end)  # span_tokens' tokens are split's
    for i in range(len(starts)):
        a, b = bounds[i], bounds[i + 1] - 1
        words, firsts = span_words(text, a, b, spans, split)
        k = _menu_word(words, firsts)
        m = None if k is None else token_start(text, words, a, k)
        if k is not None and m is not None and m > a:
            units.append((a, m - 1))  # the menu, then the prose it runs into
            tokens.append(words[:k] if split else text[a:m - 1].split())
            heads.append(firsts[:k] if split else firsts_of(tokens[-1]))
            a, words, firsts = m, words[k:], firsts[k:]
        units.append((a, b))
        tokens.append(words if split else text[a:b].split())
        heads.append(firsts if split else firsts_of(tokens[-1]))
    pieces = [text[a:b] for a, b in units]
    shapes = [_PROSE if ends_sentence(piece, _STOPS) and _prose_words(words, firsts)
              else _FURNITURE if _furniture_tokens(piece, words, True, firsts) else _OTHER
              for piece, words, firsts in zip(pieces, tokens, heads, strict=True)]
    # it opens with a browser title or menus
    page = shapes[0] != _PROSE and _menu_words(text, units, shapes, pieces, tokens, _PAGE_FURNITURE)
    if page:  # a whole page: what is not prose around the article is the page's too, and so is
        # a "sentence" longer than any a writer prints (teasers, menus and a stop run together)
        shapes = [_FURNITURE if shape != _PROSE or _run_on(words) else _PROSE
                  for shape, words in zip(shapes, tokens, strict=True)]
    run = max_run([shape * (b - a - text.count(" ", a, b)) for shape, (a, b) in zip(shapes, units, strict=True)])
    if run is None:
        return None
    first, last = run[0], run[1] + 1
    # the article opens at the headline the page prints, when it prints one inside the run; the
    # headline kept is its copy before the body, or opening it
    printed, headline = printed_headlines(text, start, units[last - 1][1], units[first][1])
    opens = first if printed is None else max(first, bisect.bisect_right(units, (printed[0], end)) - 1)
    headed = page or printed is not None or _has_words(text, start, units[first][0], _FURNITURE_WORDS)
    # Before the body: furniture up to its last furniture unit, less a short unit right before
    # the body (a headline in Title Case is shaped like a menu); after it: from its first.
    head = max((i for i in range(first) if shapes[i] == _FURNITURE), default=-1) + 1
    if head == first and first > 0 and len(text[units[first - 1][0]:units[first][0]].split()) <= _HEADLINE_WORDS:
        head -= 1
        if (head > 0 and date_line(text[units[head][0]:units[head][1]]) is not None
                and len(text[units[head - 1][0]:units[head][0]].split()) <= _HEADLINE_WORDS):
            head -= 1  # a dateline under the headline: "No change in Selebi case 15 January 2008, 10:51 There ..."
    keep_start = headline[0] if headline is not None else units[head][0] if head < len(units) else end
    if start < keep_start < end and not text[keep_start - 1].isspace():
        # a copy inside a token ("<h1>Council Approves", "(Council Approves"): the line can
        # only be cut at a space, so the page's head ends before the token
        keep_start = max(start, text.rfind(" ", start, keep_start) + 1)
    tail = next((i for i in range(last, len(units)) if shapes[i] == _FURNITURE), len(units))
    inner = None
    if headed:  # ... or at a heading that closes the article, inside the run or after it
        tail, inner = _closed(text, units, shapes, opens, tail, *((tokens, heads) if split else ()))
    keep_end = units[tail - 1][1] if inner is None else inner - 1
    if not _has_words(text, start, keep_start, _FURNITURE_WORDS):
        keep_start = start
    if not _has_words(text, keep_end, end, _FURNITURE_WORDS):
        keep_end = end
    if keep_start == start and keep_end == end:
        return None
    if headline is None:
        return FoldedPage(keep_start, keep_end, None, page)
    return FoldedPage(keep_start, keep_end, headline[:2], page, headline[2])
