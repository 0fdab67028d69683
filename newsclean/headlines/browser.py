"""The browser title's parts, and which of them the page prints as its headline.

A scraped page opens with its browser title (``Headline | Site``, ``Headline - 21/12/2018 -
Site``, ``Headline_English_Xinhua``). Its parts (:func:`titles.title_bounds`) are looked up
among the page's headline-shaped lines (:class:`PrintedLines`): the longest run of parts
printed as a line of its own is the headline (:func:`printed_part`), a site's name printed as
its logo aside; a headline glued to its trail (:func:`printed_prefix`) or going on past a long
dash with a subtitle (:func:`subtitled`) is read too, and a day printed in the trail is left out
(:func:`less_dated_trail`, :func:`undated_head`).

>>> printed_part("Aid Arrives | Fars", {"aid arrives": "Aid Arrives", "fars": "Fars"})
'Aid Arrives'
>>> less_dated_trail("Linney Thankful She Is Not Lohan | January 15, 2008 | AHN")
('Linney Thankful She Is Not Lohan', 'AHN')
"""

from __future__ import annotations

from collections.abc import Container, Iterator, Mapping

from ..dates import YEAR, date_line, line_digits, parse_date
from ..document import Block
from ..names import byline_tuple, desk_credit
from ..titles import SITE_DASH, SITE_SEPARATOR, SUBTITLE, identifier, menu_bar, sentence_case, title_bounds
from ..words import WORD, headline_shaped, norm_key, tokens
from .keyed import keyed
from .signs import address, byline

__all__ = ["BYLINE_BELOW", "CONFIRM_WINDOW", "MAX_BROWSER_TITLE", "MIN_TITLE_WORDS", "Headed", "PrintedLines",
           "confirmed", "less_dated_trail", "printed_keys", "printed_part", "printed_prefix", "subtitled",
           "undated_head"]

# How far down a repeated headline or a dateline still confirms the first line as it stands.
CONFIRM_WINDOW = 6
_SUBTITLE = SUBTITLE  # a long dash, then a lower-case word: a subtitle of the headline, not a site's name
MAX_BROWSER_TITLE = 300  # the longest first line read as a browser title
BYLINE_BELOW = 3  # lines under a headline in which its byline or dateline stands
MIN_TITLE_WORDS = 3


def _parts(line: str) -> list[tuple[int, int]]:
    """(start, end) of the pieces of ``line`` between separators (:data:`titles.SEPARATOR`,
    shared with the HTML reader)."""
    return title_bounds(line)


def printed_part(line: str, keys: Mapping[str, str], headed: Container[str] = frozenset()) -> str | None:
    """The longest run of ``line``'s parts that the page prints as a line of its own, less a
    site's name printed as its logo (:func:`_site_part`) unless a byline or a dateline stands
    right under a printing of it (``headed``: the keys of such lines).

    >>> keys = {"the verge": "The Verge", "home": "Home"}
    >>> printed_part("Apple's headset hands-on: the display moment - The Verge", keys) is None
    True
    >>> printed_part("Aid Arrives | Fars", {"aid arrives": "Aid Arrives", "fars": "Fars"})
    'Aid Arrives'
    """
    parts = _parts(line)
    best: str | None = None
    for i in range(len(parts)):
        if i and _colon_half(line, parts[i - 1][1], parts[i][0]):
            continue  # "hands-on: the display moment": the second half of one headline, no part of a trail
        for j in range(i, len(parts)):
            piece = line[parts[i][0]:parts[j][1]]
            if best is not None and len(piece) <= len(best):
                continue  # no longer than the line found: not looked up (its key is built for the lookup only)
            key = norm_key(piece)
            if (key in keys and len(WORD.findall(piece)) >= 1
                    and not (i == j and _site_part(line, parts, i) and key not in headed) and not address(piece)
                    and not identifier(piece)
                    and not (i < j and menu_bar(piece))):  # a menu printed again (header and footer)
                best = keys[key]
    return best


def _colon_half(line: str, a: int, b: int) -> bool:
    """Whether the separator ``line[a:b]`` is a colon with a word in lower case after it: a
    headline's two halves (``Apple's headset hands-on: the display moment``), as a long dash
    before a lower-case word joins a subtitle; a site's name or section after a colon is
    capitalised (``SFGate: World Views``).

    >>> s = "Headset hands-on: the display moment"
    >>> _colon_half(s, 16, 18), _colon_half("SFGate: World Views", 6, 8)
    (True, False)
    """
    return line[a:b].strip() == ":" and line[b:b + 1].islower() and line[b + 1:b + 2].islower()


def _headed(blocks: tuple[Block, ...]) -> frozenset[str]:
    """The keys of the lines with a byline or a dateline right under them (within
    ``BYLINE_BELOW`` lines): where an article's headline stands."""
    marked = [i for i in range(len(blocks)) if _marked(blocks, i)]
    return frozenset(blocks[j].feature(norm_key) for i in marked for j in range(max(0, i - BYLINE_BELOW), i))


def _marked(blocks: tuple[Block, ...], i: int) -> bool:
    """Whether line ``i`` is a byline or a dateline (as :func:`_headed` marks a line): what
    stands under an article's headline."""
    b = blocks[i]
    return (b.feature(date_line) is not None or bool(b.feature(byline_tuple)) or b.feature(desk_credit)
            or (i + 1 < len(blocks) and len(b.feature(tokens)) == 1 and byline(f"{b.text} {blocks[i + 1].text}")))


class Headed(Container[str]):
    """``key in _headed(blocks)``, answered for each key asked: the lines of that key (looked up
    in the page's index, :func:`keyed.keyed`) with a byline or a dateline within ``BYLINE_BELOW``
    lines under one of them. Most browser titles are told without asking; a title asks of a part
    or two, so the lines under a few printings are read, not a byline, a dateline and a desk
    credit of every line (the desk credit only this rule reads).

    >>> from newsclean.document import Document
    >>> blocks = Document.from_text("Aid Arrives\\nBy Ann Lee\\nTrucks came.").blocks
    >>> "aid arrives" in Headed(blocks), "trucks came" in Headed(blocks)
    (True, False)
    """

    __slots__ = ("_blocks", "_found")

    def __init__(self, blocks: tuple[Block, ...]) -> None:
        self._blocks = blocks
        self._found: dict[str, bool] = {}

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, str):
            return False
        found = self._found.get(key)
        if found is None:
            blocks = self._blocks
            lines = keyed(blocks)
            found = self._found[key] = any(
                _marked(blocks, i) for j in lines.at(key) + lines.long_with(key)
                for i in range(j + 1, min(len(blocks), j + 1 + BYLINE_BELOW)))
        return found


class PrintedLines(Mapping[str, str]):
    """The headline-shaped lines of ``blocks`` from line ``skip`` on, by their comparison key
    (:func:`words.norm_key`; the first such line of each key; no empty key): what the browser
    title's parts are looked up in. The keys are looked up in the page's index
    (:func:`keyed.keyed`, which the title step's other rules read too), built on the first
    question; only the keys asked about are checked for a headline's shape: a browser title has
    a few parts, a page a hundred lines or more.

    >>> from newsclean.document import Document
    >>> lines = PrintedLines(Document.from_text("Aid Arrives | Fars\\nAid Arrives!\\n"
    ...                                         "the army said so, officials said.\\nAid arrives").blocks, 1)
    >>> lines["aid arrives"], "the army said so officials said" in lines, "home" in lines
    ('Aid Arrives!', False, False)
    >>> dict(lines)
    {'aid arrives': 'Aid Arrives!'}
    """

    __slots__ = ("_blocks", "_skip")

    def __init__(self, blocks: tuple[Block, ...], skip: int = 0) -> None:
        self._blocks = blocks
        self._skip = skip

    def _printed(self, key: str) -> str | None:
        if not key:
            return None
        blocks = self._blocks
        return next((blocks[i].text for i in keyed(blocks).at(key, self._skip)
                     if blocks[i].feature(headline_shaped)), None)

    def __getitem__(self, key: str) -> str:
        found = self._printed(key) if isinstance(key, str) else None
        if found is None:
            raise KeyError(key)
        return found

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self._printed(key) is not None

    def __iter__(self) -> Iterator[str]:
        lines = keyed(self._blocks)
        firsts = sorted((at[0], key) for key in lines.short_keys() if (at := lines.at(key, self._skip)))
        return (key for _, key in firsts if self._printed(key) is not None)

    def __len__(self) -> int:
        return sum(1 for _ in self)


def _site_part(line: str, parts: list[tuple[int, int]], i: int) -> bool:
    """Whether part ``i`` of a browser title is the site's name: the last part (where most
    sites put it; one that leads the title, ``SFGate: ...``, is as often a headline's kicker),
    capitalised word by word as a name is (not a sentence), with the headline's words
    elsewhere, more of them than the name has (and not a document's :func:`titles.identifier`:
    ``draft-lee-storage-04 - Remote Storage``). The page prints its name as a line of its own
    too (its logo, its home link: ``The Verge``, ``Ars Technica``, ``LA NACION``), which
    confirms nothing about the headline.

    >>> line = "Una solución para la cuestión mapuche - 07.12.2017 - LA NACION"
    >>> _site_part(line, _parts(line), 2), _site_part(line, _parts(line), 0)
    (True, False)
    >>> line = "Budget Passes - 21/12/2018 - Daily Planet"
    >>> _site_part(line, _parts(line), 2), _site_part(line, _parts(line), 0)
    (True, False)
    """
    if len(parts) < 2 or i != len(parts) - 1:
        return False
    text, rest = line[parts[i][0]:parts[i][1]], line[parts[0][0]:parts[-2][1]]
    return not sentence_case(text) and len(tokens(rest)) > len(tokens(text)) and not identifier(rest)


def printed_prefix(line: str, below: tuple[Block, ...]) -> str | None:
    """The headline-shaped line (three words or more) among ``below`` that ``line`` starts with,
    a trail glued on after it with no separator that :data:`titles.SEPARATOR` cuts on: an
    underscore (``..._English_Xinhua``, ``..._科技_腾讯网``) or a bracket without a space
    (``...Title(The Korea Times)``). The page prints the headline alone right under its browser
    title, whatever joins the site's name to it there.

    >>> from newsclean.document import Document
    >>> printed_prefix("Storm nears coast_English_Xinhua", Document.from_text("Storm nears coast\\nMore").blocks)
    'Storm nears coast'
    >>> printed_prefix("Storm nears coastal town", Document.from_text("Storm nears coast\\nMore").blocks) is None
    True
    """
    for b in below:
        text = b.text
        if (len(text) < len(line) and line.startswith(text) and not line[len(text)].isalnum()
                and len(WORD.findall(text)) >= MIN_TITLE_WORDS and headline_shaped(text) and not identifier(text)):
            return text
    return None


def subtitled(line: str, keys: Mapping[str, str]) -> bool:
    """Whether the browser title goes on past the headline the page prints with a subtitle:
    the part before a long dash is printed as a line of its own, and words that are not a
    site's name (a lower-case phrase) follow the dash. The dash joins the headline's parts,
    so the title is the browser title less its site's name, if any.

    >>> keys = {"evolve shared history": "Evolve: Shared History", "inside the lab": "Inside the Lab"}
    >>> subtitled("Evolve: Shared History — evolve extension for Mercurial", keys)
    True
    >>> subtitled("Inside the Lab — Backchannel — Medium", keys), subtitled("Inside the Lab | Medium", keys)
    (False, False)
    """
    m = _SUBTITLE.search(line)
    return (m is not None and norm_key(line[:m.start()]) in keys
            and SITE_DASH.match(line, m.start()) is None)


def printed_keys(headline: str) -> set[str]:
    """The keys of the lines that print the headline: the whole, and the headline and its
    subtitle apart when a long dash joins them (the page prints them on lines of their own).

    >>> sorted(printed_keys("Evolve: Shared History — the evolve extension"))
    ['evolve shared history', 'evolve shared history the evolve extension', 'the evolve extension']
    """
    pieces = [p for p in _SUBTITLE.split(headline) if len(WORD.findall(p)) >= MIN_TITLE_WORDS]
    return {norm_key(headline)} | ({norm_key(p) for p in pieces} if len(pieces) > 1 else set())


def confirmed(blocks: tuple[Block, ...], key: str) -> bool:
    following = blocks[1:CONFIRM_WINDOW]
    if any(norm_key(b.text) == key for b in following):
        return True
    return bool(following) and date_line(following[0].text) is not None


def _dateless(text: str) -> bool:
    """Whether no piece of ``text`` is a date :func:`dates.parse_date` reads, told without its patterns:
    every form it reads holds a year of four digits in a row (:func:`dates.line_digits`, cached: the
    browser title's line is asked by the dateline and byline steps too). Past the Basic Multilingual
    Plane the standard library's ``\\d``, which that test falls back on for a digit that is not ASCII,
    may read fewer digits than the ``regex`` engine's: a text with such a character is read whole.

    >>> _dateless("Rates Rise - The Daily"), _dateless("Rates Rise - 21/12/2018"), _dateless("Top 10 - Sport")
    (True, False, True)
    """
    return line_digits(text) != YEAR and (text.isascii() or max(text) <= "\uffff")


def _undated(site: str) -> str:
    """What follows the headline in a browser title, less the parts that are a date (the
    dateline filter reads those).

    >>> _undated("21/12/2018 - Sport - The Daily"), _undated("The Daily")
    ('Sport - The Daily', 'The Daily')
    """
    if _dateless(site):
        return site  # (most titles print no day: the parts are not parsed)
    parts = SITE_SEPARATOR.split(site)
    kept = [p for p in parts if parse_date(p) is None]
    return site if len(kept) == len(parts) else " - ".join(kept)


def undated_head(head: str) -> str:
    """A headline cut from a browser title less the day printed after it (``Headline - 07.12.2017 -
    Site``: many sites date their titles; the dateline filter reads the day from the page).

    >>> undated_head("Una solución para la cuestión mapuche - 07.12.2017"), undated_head("Rates Rise - Again")
    ('Una solución para la cuestión mapuche', 'Rates Rise - Again')
    """
    if _dateless(head):
        return head
    m = list(SITE_SEPARATOR.finditer(head))
    if m and parse_date(head[m[-1].end():]) is not None and len(WORD.findall(head[:m[-1].start()])) >= MIN_TITLE_WORDS:
        return head[:m[-1].start()].rstrip()
    return head


def less_dated_trail(line: str) -> tuple[str, str | None]:
    """(headline, site name) of a first line that a dateline confirms: the line less a trail that
    opens with a day (``Headline | January 15, 2008 | AHN``): a day in the title marks the trail
    of a browser title, whatever follows it; a line without one stays whole ("Rates Rise - Hughes").

    >>> less_dated_trail("Linney Thankful She Is Not Lohan | January 15, 2008 | AHN")
    ('Linney Thankful She Is Not Lohan', 'AHN')
    >>> less_dated_trail("McCarthy is not for sale - Hughes")
    ('McCarthy is not for sale - Hughes', None)
    """
    if _dateless(line):
        return line, None
    for m in SITE_SEPARATOR.finditer(line):
        head, rest = line[:m.start()].rstrip(), line[m.end():]
        nxt = SITE_SEPARATOR.search(rest)
        if parse_date(rest[:nxt.start()] if nxt else rest) is not None and len(WORD.findall(head)) >= MIN_TITLE_WORDS:
            return head, (_undated(rest) if nxt else None) or None
    return line, None
