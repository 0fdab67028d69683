"""The deck and the header under a printed headline, and where the page prints it.

A news page sets its headline, then a deck (a sentence that tells the story), then the
article's header: a byline, a credit, the day. :func:`header_line` tells a line of that header,
:func:`deck_line` and :func:`deck_below` the deck over it, and :func:`headline_at` which
printing of the headline stands over the article's own header (a page prints its headline in
a bar at the top too).

>>> from newsclean.document import Document
>>> lines = Document.from_text("Podium for Canuck\\nBronze medal picks up slack\\nBy Ann Lee\\n"
...                            "He won the bronze medal.").blocks
>>> deck_below(lines, [lines[0]], "podium for canuck").text, header_line(lines, 2)
('Bronze medal picks up slack', True)
"""

from __future__ import annotations

import bisect
import operator
from collections.abc import Iterable

from .. import reasons
from ..dates import date_line
from ..document import Block, Document
from ..names import byline_prefix
from ..sentences import ends_sentence
from ..titles import SEPARATOR, deck_shaped
from ..words import _ALL_STOP, content_stems, norm_key, stem, tokens, words
from .signs import LETTERED, _dated, address, byline, credit

__all__ = ["DECK_MIN_WORDS", "DECK_STORY", "MENU_WORDS", "deck_below", "deck_line", "header_line", "headline_at"]

_DECK_HEADER = 2  # lines under a deck in which the article's byline or dateline stands
DECK_MIN_WORDS = 4  # a deck says something of its own; a shorter line under a headline is a credit or a control
DECK_STORY = 12  # lines under a deck in which the article's words are looked for
MENU_WORDS = 4  # the most words of a menu item: "Blood / Hematology", "Contribute Subscribe Contribute"
# Lines under a printed headline where its header (byline, dateline) stands in a text cut at every
# tag: "Par" / "Jane Doe" / "et" / "Tom Roe" / "—" / "24 novembre 2017".
_HEADER_BELOW = 6
_HEADER_WORDS = 8  # the most words of a header's line ending like a sentence ("Updated 3 hours ago.")
_START = operator.attrgetter("start")  # blocks stand in the order of their offsets, none two at one


def header_line(blocks: tuple[Block, ...], i: int) -> bool:
    """Whether line ``i`` is a line of an article's header: a byline, a dateline, a line mostly
    dates, a short credit after "By" (an agency's initials: ``By CP``), or a byline broken after
    its "By" (``By`` over ``John Leyden``).

    >>> lines = Document.from_text("By\\nJohn Leyden\\nPOSTED: 7:54 am EST January 23, 2008\\nHome\\nBy CP").blocks
    >>> [header_line(lines, i) for i in range(5)]
    [True, False, True, False, True]
    """
    text = blocks[i].text
    return (date_line(text) is not None or byline(text) or _dated(text)
            or (byline_prefix(text) and len(tokens(text)) <= MENU_WORDS)
            or (len(tokens(text)) == 1 and i + 1 < len(blocks) and byline(f"{text} {blocks[i + 1].text}")))


def shares_content(text: str, below: Iterable[str]) -> bool:
    """``bool(content_stems(text) & content_stems(b))`` where ``below`` is :func:`words.words` of
    ``b`` (a deck's test that it tells the article's story), read up to the first word that shares
    a stem: a deck and its article share a word within a line or two, and a stem is a pattern's
    call. A stem is a piece its word opens with (an ending cut off, then five letters at most), so
    a word whose first letter opens no stem of ``text`` is not stemmed. ``below`` may be the tokens
    of the lines under the deck, one after another (:func:`words.tokens` are the words of a line,
    and no word runs from one line into the next where the lines are joined with a space).

    >>> shares_content("Claims of song plagiarism dropped", words("Avril Lavigne settled the claims."))
    True
    >>> shares_content("Sign In to E-Mail or Save This", words("Avril Lavigne settled the claims."))
    False
    """
    stems = content_stems(text)
    if not stems:
        return False
    firsts = None if "" in stems else {s[:1] for s in stems}
    return any((firsts is None or w[:1] in firsts) and w not in _ALL_STOP and (len(w) > 2 or w.isdigit())
               and stem(w) in stems for w in below)


def _deck_shaped(text: str) -> bool:
    """:func:`deck_line`'s tests of the line itself (all but the words it shares with the article)."""
    if (not text[:1].isalnum() or not deck_shaped(text) or len(tokens(text)) < DECK_MIN_WORDS
            or SEPARATOR.search(text) is not None or byline(text) or credit(text)
            or any(address(w) for w in text.split())):
        return False
    return any(w.islower() for w in LETTERED.findall(text)) or text.upper() != text  # capitals: a menu's or a label's


def deck_line(text: str, below: str) -> bool:
    """Whether ``text``, the line under a printed headline, reads as its deck: shaped as one
    (:func:`titles.deck_shaped`), :data:`DECK_MIN_WORDS` words or more, one piece (no bars or
    separators: a menu, a toolbar, "Font Size: Decrease Increase"), no byline, credit
    (:func:`credit`) or web address ("... Indonesian Goal.com"), and sharing a word of content
    with the text ``below`` it: a deck tells the story the article tells; a toolbar, a menu and a
    credit do not.

    >>> below = "By CP\\nAvril Lavigne settled the claims on Monday."
    >>> deck_line("Claims of song plagiarism dropped", below), deck_line("Sign In to E-Mail or Save This", below)
    (True, False)
    >>> deck_line("Claims dropped | Music", below), deck_line("WEATHER ARTS FASHION CLAIMS", below)
    (False, False)
    """
    return _deck_shaped(text) and shares_content(text, words(below))


def deck_below(blocks: tuple[Block, ...], printed: list[Block], key: str) -> Block | None:
    """The deck printed under the headline (:func:`titles.deck_shaped`): the line right under a
    printing of the headline (``printed``, its key ``key``) with the article's header right under
    it (a byline or a dateline within :data:`_DECK_HEADER` lines). A news page sets its headline,
    its deck, then the byline and the day; the HTML reader takes the deck along with the headline
    the same way, where the markup says which element is the deck.

    >>> lines = Document.from_text("Podium for Canuck\\nBronze medal picks up slack\\nBy Ann Lee\\n"
    ...                            "He won the bronze medal.").blocks
    >>> deck_below(lines, [lines[0]], "podium for canuck").text
    'Bronze medal picks up slack'
    >>> lines = Document.from_text("Podium for Canuck\\nMore Sports News\\nSki Results\\nHockey\\nBy Ann Lee").blocks
    >>> deck_below(lines, [lines[0]], "podium for canuck") is None  # a box's lines, no header under them
    True
    >>> lines = Document.from_text("Podium for Canuck\\nPaul Wilson at Wengen\\nSunday January 6, 2008").blocks
    >>> deck_below(lines, [lines[0]], "podium for canuck") is None  # the reporter's credit
    True
    """
    # where the printings stand: found by their offsets (blocks go in order), not by a walk of every line
    at = {i for b in printed if b.feature(norm_key) == key
          and (i := bisect.bisect_left(blocks, b.start, key=_START)) < len(blocks) and blocks[i] is b}
    for i in sorted(at):
        if i >= len(blocks) - 2:
            break
        deck = blocks[i + 1]
        # deck_line(deck.text, " ".join(the lines below)), the lines' words read as their tokens
        below = (w for b in blocks[i + 2:i + 2 + DECK_STORY] for w in b.feature(tokens))
        if (deck.feature(norm_key) != key and _deck_shaped(deck.text) and shares_content(deck.text, below)
                and any(header_line(blocks, j) for j in range(i + 2, min(len(blocks), i + 2 + _DECK_HEADER)))):
            return deck
    return None


def headline_at(doc: Document) -> int:
    """Where the page prints its headline: the offset of the first line the title filter
    removed below the first line (the browser title) with the article's header under it (a
    dateline or a byline within :data:`_HEADER_BELOW` lines), else of the first such line,
    else 0. A page prints its headline in a bar at the top too (a sticky header, a share bar)
    over its menus and a feed of other stories' times; the article's own header stands under
    the printing over the article.

    >>> from newsclean.filters.title import title
    >>> headline_at(title(Document.from_text("Aid Arrives | Fars\\nHome\\nAid Arrives\\nTrucks came.")))
    24
    >>> text = ("Aid Arrives | Fars\\nAid Arrives\\nHome\\nNews\\nSport\\nWeather\\nTravel\\nJobs\\n"
    ...         "Aid Arrives\\nBy Ann Lee\\nTrucks came to the town on Monday with food, the aid agency said.")
    >>> headline_at(title(Document.from_text(text))) == text.index("Aid Arrives\\nBy")
    True
    """
    first_end = doc.paragraphs[0].end if doc.paragraphs else 0
    starts = sorted(r.start for r in doc.removals if r.reason == reasons.TITLE and r.start > first_end)
    if len(starts) < 2:
        return starts[0] if starts else 0
    blocks = doc.blocks
    begins = [b.start for b in blocks]
    for at in starts:
        i = bisect.bisect_left(begins, at)
        if _header_under(blocks[i:i + _HEADER_BELOW]):  # a slice of the few lines read: linear in the page
            return at
    return starts[0]


def _header_under(below: tuple[Block, ...]) -> bool:
    """Whether an article's header stands at the top of ``below`` (the lines under a printing of
    the headline): a dateline or a byline within :data:`_HEADER_BELOW` lines, before any line of
    prose (a teaser's sentence under a headline in a list of stories, whose sources, ``UPI``,
    ``CBS News``, read as credits).

    >>> lines = Document.from_text("Par\\nAnne Leroy\\net\\nTom Roux\\n—\\n24 novembre 2017\\nIl pleut.").blocks
    >>> _header_under(lines)
    True
    >>> _header_under(Document.from_text("A cargo ship broke up over Siberia on Thursday, the agency said.\\n"
    ...                                  "By Ann Lee\\nThe agency said so.").blocks)
    False
    """
    for b in below[:_HEADER_BELOW]:
        if date_line(b.text) is not None or byline(b.text):
            return True
        if len(tokens(b.text)) > _HEADER_WORDS and ends_sentence(b.text.rstrip()):
            return False  # prose: the article, or a teaser, has begun
    return False
