"""Take the headline into ``metadata["title"]`` and remove its repetitions.

The first line is the candidate: scraped pages start with the browser title
(``Headline | Site``) or with the headline itself. Its parts, cut at the separators sites put
between headline and site name, are looked for as a line of their own further down (the
printed headline): the longest part found is the title. Otherwise the first line counts when
it is shaped like a headline and not like the article's prose (and prose follows), or when
a dateline follows it; a trailing ``| Site`` is then cut off into ``metadata["site_name"]``. A title the caller
gave (``clean(text, title=...)``) wins over any guess.

>>> from newsclean.document import Document
>>> doc = title(Document.from_text("Troops Smash Dozens in Aleppo | Fars News\\nHome\\n"
...                                 "Troops Smash Dozens in Aleppo\\nThe army said so."))
>>> doc.metadata["title"], doc.metadata["site_name"], doc.body()
('Troops Smash Dozens in Aleppo', 'Fars News', 'Home\\nThe army said so.')
"""

from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Container, Iterator, Mapping

import regex

from .. import reasons
from ..dates import date_line, find_dates, parse_date
from ..document import Block, Document
from ..layout.folded import caption_unit, doubled_headline, prose_unit, reprinted_title, title_head, trail_copy
from ..layout.shape import best_run, covered, has_article, page_weights, weigh
from ..lexicon import (
    AGENCIES,
    AUTHOR_ROLES,
    BYLINE_PREFIXES,
    DATE_PREFIXES,
    DATELINE_AGENCIES,
    NOISE_LINES,
    SMALL_WORDS,
    UPDATED_PREFIXES,
    all_of,
)
from ..names import byline_names, byline_prefix, byline_tuple, desk_credit
from ..sentences import SENTENCE_BREAK, ends_sentence
from ..titles import (
    SEPARATOR,
    SITE_DASH,
    SITE_SEPARATOR,
    SUBTITLE,
    deck_shaped,
    identifier,
    menu_bar,
    run_in_title,
    sentence_case,
    split_site,
    title_bounds,
    title_runs,
    unmarked,
    with_deck,
)
from ..words import HEADLINE_CHARS, WORD, content_stems, headline_shaped, norm_key, tokens

__all__ = ["headline_at", "title"]

# How far down a repeated headline or a dateline still confirms the first line as it stands.
_CONFIRM_WINDOW = 6
_SUBTITLE = SUBTITLE  # a long dash, then a lower-case word: a subtitle of the headline, not a site's name
_DATES_ABOVE = 2  # date-only lines above the headline that are skipped to find it
_LETTERED = regex.compile(r"\w*[^\W\d_]\w*")
_NAMED = regex.compile(r"[^\W\d_]{2}")
_WORDISH = regex.compile(r"\w")
_MAX_PARTS = 8
_MAX_BROWSER_TITLE = 300  # the longest first line read as a browser title
_BYLINE_BELOW = 3  # lines under a headline in which its byline or dateline stands
_ABOVE_ARTICLE = 4  # lines above the article's prose where its headline and byline stand
_MIN_TITLE_WORDS = 3
_CRUMBS = 3  # the fewest parts of a breadcrumb: the site's home, a section, the article
_DATED_HEAD_WORDS = 20  # the most words of a first line that weighs as prose read as a headline over its dateline
_LABEL_WORDS = 3  # words of a section's label over a folded line's headline: "chaos theory"
_UNDER_HEADLINE = 2  # lines (a byline, a dateline) between a folded line's headline and its prose
_DECK_HEADER = 2  # lines under a deck in which the article's byline or dateline stands
_DECK_MIN_WORDS = 4  # a deck says something of its own; a shorter line under a headline is a credit or a control
_DECK_STORY = 12  # lines under a deck in which the article's words are looked for
_DECK_CHARS = 300  # characters after a folded page's headline copy in which its deck and header are read
_DECK_WORDS = 30
_COPIES_READ = 10  # copies of the headline read on a folded page, for the deck after one
# Where an article's header opens on a folded page: "By" and a capital, a stamp's word and a colon.
_STAMPS = sorted(all_of(DATE_PREFIXES) + all_of(UPDATED_PREFIXES), key=len, reverse=True)
_HEADER_OPENER = regex.compile(r"(?<!\w)(?:By|BY)\s++(?=\p{Lu})|(?<!\w)(?i:"
                               + "|".join(regex.escape(w) for w in _STAMPS) + r")\s*+:")
_ROLES = frozenset(all_of(AUTHOR_ROLES))  # "Editor", "Writer": a credit's, after a name
_NAMES_JOINED = regex.compile(r"\s(?:and|&)\s|[,;]")  # names in a credit are joined; a headline's words are not
_BY_INSIDE = regex.compile(r"\sBy\s++\p{Lu}")
_BYLINE_INSIDE = regex.compile(r"(?<!\w)(?:By|BY)\s++\p{Lu}{2,}+\b")  # "By JESSICA MINTZ": a byline in capitals
# A paragraph that opens with a wire-style dateline, a place in capitals or with its region,
# a source or a day in brackets or after a comma, then a dash: "MONTREAL, QC (Sports Network) -",
# "WASHINGTON (AP) --", "LONDON, Jan 3 -" (a place alone before a dash, "WASHINGTON --", is not
# read: a sentence may hold a dash as early), or a place of a word or two and a colon before a
# capital, as South Asian papers print it ("Mumbai: Successor, who ...", "NEW DELHI: The"), not a
# stamp's or a byline's label ("Last Updated: January 7", "Author: Jane Doe"). The
# headline stands right above the paragraph, as above a dateline line of its own.
_OPENING_DATELINE = regex.compile(
    r"\p{Lu}[\p{L}.'’\- ]{1,40}+(?:,\s*+\p{Lu}[\p{L}.\- ]{0,30}+)?(?:,\s*+\p{L}{3,9}\.?\s++\d{1,2})?"
    r"\s*+(?:\([^()\n]{1,40}+\)\s*+)?[-–—]{1,2}\s"
    r"|(?!(?i:" + "|".join(regex.escape(w) for w in _STAMPS + sorted(all_of(BYLINE_PREFIXES))) + r")\s*+:)"
    r"\p{Lu}\p{L}++(?:\s\p{Lu}\p{L}++)?+:\s(?=\p{Lu})")
_PREFIX_BELOW = 3  # lines under a browser title where the headline it starts with is printed
_TWICE_WINDOW = 20  # top lines in which a headline printed twice is looked for
_MENU_BELOW = 3  # menu items under the first line that make it a browser title, whatever its shape
_MENU_WORDS = 4  # the most words of a menu item: "Blood / Hematology", "Contribute Subscribe Contribute"
# Lines under a printed headline where its header (byline, dateline) stands in a text cut at every
# tag: "Par" / "Jane Doe" / "et" / "Tom Roe" / "—" / "24 novembre 2017".
_HEADER_BELOW = 6
_HEADER_WORDS = 8  # the most words of a header's line ending like a sentence ("Updated 3 hours ago.")
_HEADER_LINES = 5  # short lines of an article's header (byline, desk, time, handle, label) above its prose
_FOLDED_LINE = 200  # a first line this long is no browser title: one run into the page (a folded page's)
_MENU_WEIGHT = 0.5  # a menu item may read as a sentence of a few words: "您想去哪里？" (Where to?)
# A site's address written as its name ("TimesLeader.com", "bbc.co.uk", "www.wday.ru"): labels joined by
# dots, the last of letters only (a version number, "Web 2.0", is none).
_DOMAIN_NAME = regex.compile(r"(?:[\w-]++\.)++\p{L}{2,6}+")
# A breadcrumb trail that opens a line, three items or more between angle brackets ("Home > News >
# Forex News Send Print"): the page's place in its site's sections, which a headline never prints so.
_BREADCRUMB = regex.compile(r"[^>\n]{2,30}+(?:(?<=\x20)>\x20[^>\n]{2,30}+){2}")


def _byline(line: str) -> bool:
    """Whether ``line`` is a byline: an author's (:func:`names.byline_names`) or the newsroom's
    credit (:func:`names.desk_credit`, "Staff and agencies"), where a byline stands.

    >>> _byline("By Jane Doe"), _byline("Staff and agencies"), _byline("Storm hits coast")
    (True, True, False)
    """
    return bool(byline_names(line)) or desk_credit(line)


def _parts(line: str) -> list[tuple[int, int]]:
    """(start, end) of the pieces of ``line`` between separators (:data:`titles.SEPARATOR`,
    shared with the HTML reader)."""
    return title_bounds(line)


def _printed_part(line: str, keys: Mapping[str, str], headed: Container[str] = frozenset()) -> str | None:
    """The longest run of ``line``'s parts that the page prints as a line of its own, less a
    site's name printed as its logo (:func:`_site_part`) unless a byline or a dateline stands
    right under a printing of it (``headed``: the keys of such lines).

    >>> keys = {"the verge": "The Verge", "home": "Home"}
    >>> _printed_part("Apple's headset hands-on: the display moment - The Verge", keys) is None
    True
    >>> _printed_part("Aid Arrives | Fars", {"aid arrives": "Aid Arrives", "fars": "Fars"})
    'Aid Arrives'
    """
    parts = _parts(line)
    best: str | None = None
    for i in range(len(parts)):
        if i and _colon_half(line, parts[i - 1][1], parts[i][0]):
            continue  # "hands-on: the display moment": the second half of one headline, no part of a trail
        for j in range(i, len(parts)):
            piece = line[parts[i][0]:parts[j][1]]
            key = norm_key(piece)
            if (key in keys and len(WORD.findall(piece)) >= 1 and (best is None or len(piece) > len(best))
                    and not (i == j and _site_part(line, parts, i) and key not in headed) and not _address(piece)
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


def _address(text: str) -> bool:
    """Whether ``text`` is a web address, a site's name written as its host: no headline, wherever
    the page prints it (its logo, its home link, its footer).

    >>> _address("TimesLeader.com"), _address("bbc.co.uk -"), _address("Web 2.0"), _address("Dam opens. Water flows")
    (True, True, False, False)
    """
    return _DOMAIN_NAME.fullmatch(text.strip(" -|:")) is not None


def _headed(blocks: tuple[Block, ...]) -> frozenset[str]:
    """The keys of the lines with a byline or a dateline right under them (within
    ``_BYLINE_BELOW`` lines): where an article's headline stands."""
    marked = [i for i, b in enumerate(blocks)
              if b.feature(date_line) is not None or b.feature(byline_tuple) or b.feature(desk_credit)
              or (i + 1 < len(blocks) and len(b.feature(tokens)) == 1
                  and _byline(f"{b.text} {blocks[i + 1].text}"))]
    return frozenset(blocks[j].feature(norm_key) for i in marked for j in range(max(0, i - _BYLINE_BELOW), i))


class _Headed(Container[str]):
    """:func:`_headed` of ``blocks``, worked out on the first question: most browser titles are
    told without it (it reads a byline and a dateline of every line, which the dateline and byline
    steps read anyway, and a desk credit, which only it reads).

    >>> blocks = Document.from_text("Aid Arrives\\nBy Ann Lee\\nTrucks came.").blocks
    >>> "aid arrives" in _Headed(blocks), "trucks came" in _Headed(blocks)
    (True, False)
    """

    __slots__ = ("_blocks", "_keys")

    def __init__(self, blocks: tuple[Block, ...]) -> None:
        self._blocks = blocks
        self._keys: frozenset[str] | None = None

    def __contains__(self, key: object) -> bool:
        if self._keys is None:
            self._keys = _headed(self._blocks)
        return key in self._keys


class _PrintedLines(Mapping[str, str]):
    """The headline-shaped lines of ``blocks`` by their comparison key (:func:`words.norm_key`;
    the first such line of each key; no empty key): what the browser title's parts are looked up
    in. Only the keys asked about are checked for a headline's shape: a browser title has a few
    parts, a page a hundred lines or more.

    >>> lines = _PrintedLines(Document.from_text("Aid Arrives!\\nthe army said so, officials said.\\n"
    ...                                          "Aid arrives").blocks)
    >>> lines["aid arrives"], "the army said so officials said" in lines, "home" in lines
    ('Aid Arrives!', False, False)
    >>> dict(lines)
    {'aid arrives': 'Aid Arrives!'}
    """

    __slots__ = ("_at", "_blocks")

    def __init__(self, blocks: tuple[Block, ...]) -> None:
        self._blocks = blocks
        self._at: dict[str, list[Block]] | None = None

    def _printed(self, key: str) -> str | None:
        if self._at is None:
            self._at = {}
            for b in self._blocks:
                if len(b.text) <= HEADLINE_CHARS:  # a longer line is no headline: its key is not read
                    self._at.setdefault(b.feature(norm_key), []).append(b)
        if not key:
            return None
        return next((b.text for b in self._at.get(key, ()) if b.feature(headline_shaped)), None)

    def __getitem__(self, key: str) -> str:
        found = self._printed(key) if isinstance(key, str) else None
        if found is None:
            raise KeyError(key)
        return found

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self._printed(key) is not None

    def __iter__(self) -> Iterator[str]:
        self._printed("")
        assert self._at is not None
        return (key for key in self._at if self._printed(key) is not None)

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


def _printed_prefix(line: str, below: tuple[Block, ...]) -> str | None:
    """The headline-shaped line (three words or more) among ``below`` that ``line`` starts with,
    a trail glued on after it with no separator that :data:`titles.SEPARATOR` cuts on: an
    underscore (``..._English_Xinhua``, ``..._科技_腾讯网``) or a bracket without a space
    (``...Title(The Korea Times)``). The page prints the headline alone right under its browser
    title, whatever joins the site's name to it there.

    >>> _printed_prefix("Storm nears coast_English_Xinhua", Document.from_text("Storm nears coast\\nMore").blocks)
    'Storm nears coast'
    >>> _printed_prefix("Storm nears coastal town", Document.from_text("Storm nears coast\\nMore").blocks) is None
    True
    """
    for b in below:
        text = b.text
        if (len(text) < len(line) and line.startswith(text) and not line[len(text)].isalnum()
                and len(WORD.findall(text)) >= _MIN_TITLE_WORDS and headline_shaped(text) and not identifier(text)):
            return text
    return None


def _subtitled(line: str, keys: Mapping[str, str]) -> bool:
    """Whether the browser title goes on past the headline the page prints with a subtitle:
    the part before a long dash is printed as a line of its own, and words that are not a
    site's name (a lower-case phrase) follow the dash. The dash joins the headline's parts,
    so the title is the browser title less its site's name, if any.

    >>> keys = {"evolve shared history": "Evolve: Shared History", "inside the lab": "Inside the Lab"}
    >>> _subtitled("Evolve: Shared History — evolve extension for Mercurial", keys)
    True
    >>> _subtitled("Inside the Lab — Backchannel — Medium", keys), _subtitled("Inside the Lab | Medium", keys)
    (False, False)
    """
    m = _SUBTITLE.search(line)
    return (m is not None and norm_key(line[:m.start()]) in keys
            and SITE_DASH.match(line, m.start()) is None)


def _printed_keys(headline: str) -> set[str]:
    """The keys of the lines that print the headline: the whole, and the headline and its
    subtitle apart when a long dash joins them (the page prints them on lines of their own).

    >>> sorted(_printed_keys("Evolve: Shared History — the evolve extension"))
    ['evolve shared history', 'evolve shared history the evolve extension', 'the evolve extension']
    """
    pieces = [p for p in _SUBTITLE.split(headline) if len(WORD.findall(p)) >= _MIN_TITLE_WORDS]
    return {norm_key(headline)} | ({norm_key(p) for p in pieces} if len(pieces) > 1 else set())


def _confirmed(blocks: tuple[Block, ...], key: str) -> bool:
    following = blocks[1:_CONFIRM_WINDOW]
    if any(norm_key(b.text) == key for b in following):
        return True
    return bool(following) and date_line(following[0].text) is not None


def _undated(site: str) -> str:
    """What follows the headline in a browser title, less the parts that are a date (the
    dateline filter reads those).

    >>> _undated("21/12/2018 - Sport - The Daily"), _undated("The Daily")
    ('Sport - The Daily', 'The Daily')
    """
    parts = SITE_SEPARATOR.split(site)
    kept = [p for p in parts if parse_date(p) is None]
    return site if len(kept) == len(parts) else " - ".join(kept)


def _undated_head(head: str) -> str:
    """A headline cut from a browser title less the day printed after it (``Headline - 07.12.2017 -
    Site``: many sites date their titles; the dateline filter reads the day from the page).

    >>> _undated_head("Una solución para la cuestión mapuche - 07.12.2017"), _undated_head("Rates Rise - Again")
    ('Una solución para la cuestión mapuche', 'Rates Rise - Again')
    """
    m = list(SITE_SEPARATOR.finditer(head))
    if m and parse_date(head[m[-1].end():]) is not None and len(WORD.findall(head[:m[-1].start()])) >= _MIN_TITLE_WORDS:
        return head[:m[-1].start()].rstrip()
    return head


def _less_dated_trail(line: str) -> tuple[str, str | None]:
    """(headline, site name) of a first line that a dateline confirms: the line less a trail that
    opens with a day (``Headline | January 15, 2008 | AHN``): a day in the title marks the trail
    of a browser title, whatever follows it; a line without one stays whole ("Rates Rise - Hughes").

    >>> _less_dated_trail("Linney Thankful She Is Not Lohan | January 15, 2008 | AHN")
    ('Linney Thankful She Is Not Lohan', 'AHN')
    >>> _less_dated_trail("McCarthy is not for sale - Hughes")
    ('McCarthy is not for sale - Hughes', None)
    """
    for m in SITE_SEPARATOR.finditer(line):
        head, rest = line[:m.start()].rstrip(), line[m.end():]
        nxt = SITE_SEPARATOR.search(rest)
        if parse_date(rest[:nxt.start()] if nxt else rest) is not None and len(WORD.findall(head)) >= _MIN_TITLE_WORDS:
            return head, (_undated(rest) if nxt else None) or None
    return line, None


def _first_weight(block: Block, cv: bool) -> float:
    """What the first line weighs, its date parts left out: the day a browser title prints
    ("Rates Rise Again - 21/12/2018 - Money") would make it read as a table row.

    >>> from newsclean.layout.shape import weigh
    >>> line = Document.from_text("Rates Rise - 21/12/2018 - Money").blocks[0]
    >>> weigh(line), _first_weight(line, True)
    (0.0, -2.0)
    """
    undated = _undated(block.text)
    return weigh(block if undated == block.text else dataclasses.replace(block, text=undated), cv)


def _dated(line: str) -> bool:
    """Whether dates take a third of the line or more: a meta line, not a headline.

    >>> _dated("Nov 18, 2019 at 9:24 pm ET • 2 min read"), _dated("10 things to know today, November 19")
    (True, False)
    """
    return sum(d.end - d.start for d in find_dates(line)) * 3 >= len(line)


# A link to the previous or the next post, as a blog prints it over the article ("« Show me the
# money | Main | Political correctness gone mad »"): an arrow opens or closes it, never a headline.
_PAGER_LINK = regex.compile(r"^[«‹]\s|\s[»›]$")
_BACK = ("«", "‹")  # a pager's arrow that opens a folded page: no browser title opens so


def _pager_line(line: str) -> bool:
    """Whether ``line`` is a pager's links, an arrow at its start or its end.

    >>> _pager_line("« Older post | Main | Newer post »"), _pager_line("Next story ›")
    (True, True)
    >>> _pager_line("Rates fall » Markets » News"), _pager_line("Rates fall again")
    (False, False)
    """
    return _PAGER_LINK.search(line) is not None


def _over_headline(unit: str) -> bool:
    """Whether a unit the segment step cut from the head of a folded line stands over the
    headline, as no headline does: a section's label in lower case, a pager's links, the top
    picture's caption (:func:`layout.folded.caption_unit`).

    >>> _over_headline("chaos theory"), _over_headline("« Older post | Main")
    (True, True)
    >>> _over_headline("Jane Doe, left, and John Roe are seen in this photo."), _over_headline("Aid arrives")
    (True, False)
    """
    return _label(unit) or _pager_line(unit) or caption_unit(unit)


def _balanced(head: str) -> bool:
    """Whether every bracket ``head`` opens it closes: a headline cut out of a menu of bracketed
    links ("[ Docs ] [ txt | pdf ]") leaves one open.

    >>> _balanced("[ Docs ] [ txt"), _balanced("Aid arrives (and more) at [last]"), _balanced("Aid (photos)")
    (False, True, True)
    """
    return all(head.count(a) == head.count(b) for a, b in ("()", "[]"))


def _chained(blocks: tuple[Block, ...], key: str) -> bool:
    """Whether the first line left once the headline's repeats go would pass for a headline
    too (then neither is told apart as the headline, and a second run would take the next)."""
    rest = tuple(b for b in blocks if norm_key(b.text) != key)
    return bool(rest) and headline_shaped(rest[0].text) and _confirmed(rest, norm_key(rest[0].text))


def _introduced(blocks: tuple[Block, ...], least: int = 0) -> int | None:
    """The first of the top lines that is shaped like a headline (``least`` words or more) and
    followed by a dateline or a byline (a container that opens with a photo caption, then the
    headline)."""
    cv = covered(blocks)
    for i, block in enumerate(blocks[1:_CONFIRM_WINDOW], 1):
        if (i + 1 >= len(blocks) or not headline_shaped(block.text) or weigh(block, cv) >= 0 or _byline(block.text)
                or len(tokens(block.text)) < least or _named_credit(block.text)):
            continue
        below = blocks[i + 1].text
        if date_line(below) is not None or _byline(below):
            return i
    return None


def _unconfirmed_whole(blocks: tuple[Block, ...], headline: str) -> bool:
    """Whether the title read from the first line is the whole line (nothing cut off as a
    site's name), under three words or capitalised word by word as a name is, and no line
    below prints it: a site's name or slogan standing as the browser title ("Charleston Daily
    Mail", "Cortez Journal Online - Cortez Colorado"), not a headline (but a name beside a document's
    :func:`titles.identifier` is that document's title: ``draft-lee-storage-04 - Storage``); a line below that prints
    it above the article's end (a site's name comes back in its footer, a headline does not), alone
    or after a few controls ("A A A" for the text's size), or a byline or dateline right under it,
    confirms it. A title that is or holds a web address
    confirms nothing: the address is the site's name ("TimesLeader.com", "... News | timesleader.com").

    >>> lines = Document.from_text("Charleston Daily Mail\\nHome\\nTrucks came.").blocks
    >>> _unconfirmed_whole(lines, "Charleston Daily Mail"), _unconfirmed_whole(lines, "Trucks came")
    (True, False)
    >>> _unconfirmed_whole(lines, "Daily Mail")  # two words: no headline
    True
    >>> _unconfirmed_whole(Document.from_text("Dam opens at last | Planet\\nHome").blocks, "Dam opens at last")
    False
    >>> _unconfirmed_whole(Document.from_text("Cortez Journal Online - Cortez\\nHome").blocks, "Cortez Journal Online")
    True
    >>> _unconfirmed_whole(Document.from_text("draft-lee-storage-04 - Storage\\nHome").blocks, "Storage")
    False
    >>> prose = "The council said the work on the bridge would start in the spring, the mayor told reporters."
    >>> _unconfirmed_whole(Document.from_text(f"Morris Herald\\nHome\\nRain falls\\n{prose}\\nMorris Herald").blocks,
    ...                    "Morris Herald")  # printed again in the footer only
    True
    """
    if any(_address(headline[a:b]) for a, b in title_bounds(headline)):
        return True  # the site's address, or a title that still holds it: the cut went wrong
    first = blocks[0].text
    if headline != first and any(identifier(first[a:b]) for a, b in _parts(first)):
        return False  # a document's identifier beside its name: the name is the document's title
    key = norm_key(headline)
    run = best_run(page_weights(blocks))
    glued = f" {key}" if len(key.split()) >= _MIN_TITLE_WORDS else None  # "A A A Headline": size buttons
    for b in blocks[1:None if run is None else run[1] + 1]:
        printed = norm_key(b.text)
        if printed == key or (glued is not None and printed.endswith(glued) and headline_shaped(b.text)):
            return False
    if any(date_line(b.text) is not None or _byline(b.text) for b in blocks[1:1 + _BYLINE_BELOW]):
        return False  # a byline or a dateline right under it: the article's own headline
    return headline == blocks[0].text or len(tokens(headline)) < _MIN_TITLE_WORDS or not sentence_case(headline)


def _introduced_above_article(blocks: tuple[Block, ...]) -> int | None:
    """The headline-shaped line (three words or more) right above the article's prose, with
    a dateline or a byline between them (or a reporter's credit without its "By" over the day:
    "Tim Lee, Canwest News Service; Ottawa Citizen" over "Published: Thursday, January 17, 2008"):
    where a page prints its headline below menus and boxes of any length (no browser title
    above to confirm it).

    >>> _introduced_above_article(Document.from_text("Home\\nSports\\nWeather\\nBlues rout Jackets at home\\n"
    ...     "By Ann Lee\\nThe Blues beat the Jackets 5-1 on Saturday night, their third win in a row at home, "
    ...     "and moved up to second place.\\nThe coach said the team had played its best game.").blocks)
    3
    """
    weights = page_weights(blocks)
    run = best_run(weights)
    if run is None:
        return None
    start = run[0]
    # the run's first line too, where a dateline or a byline parts it from the prose: a headline
    # with a figure or an abbreviation ("U.S. Stock Indexes Close on Big Bounce") weighs as prose
    first = start if start + 2 < len(blocks) and (date_line(blocks[start + 1].text) is not None
                                                  or _byline(blocks[start + 1].text)) else start - 1
    for i in range(first, max(-1, start - 1 - _ABOVE_ARTICLE), -1):
        text = blocks[i].text
        if (len(tokens(text)) >= _MIN_TITLE_WORDS and headline_shaped(text) and (weights[i] < 0 or i == start)
                and not _byline(text) and not _named_credit(text) and date_line(text) is None and not _dated(text)
                and not (i and _byline(blocks[i - 1].text))  # a byline's second line: its desk
                and (date_line(blocks[i + 1].text) is not None or _byline(blocks[i + 1].text)
                     or (_dated(blocks[i + 1].text) and sentence_case(text))
                     or (i + 2 < len(blocks) and _named_credit(blocks[i + 1].text) and _header_line(blocks, i + 2))
                     or (i + 1 == start and _OPENING_DATELINE.match(blocks[i + 1].text) is not None))):
            return i or None  # the first line: the other rules read it
    return None


def _after_breadcrumb(blocks: tuple[Block, ...]) -> int | None:
    """The headline printed right under the breadcrumb that ends with it, near the top: a line
    of :data:`_CRUMBS` parts or more between separators (``Home - NHL - Recaps - Legace, McDonald
    help Blues``, ``Home > News > Storm hits coast``) whose last part, three words or more, the
    next line prints alone. A site's trail names the article it leads to; the line that repeats
    it is the page's headline, whatever the first line (a site's or a section's name) says.

    >>> _after_breadcrumb(Document.from_text("NHL Articles\\nHome - NHL - Recaps - Blues down Jackets at home\\n"
    ...                                      "Blues down Jackets at home\\nRelated:").blocks)
    2
    >>> _after_breadcrumb(Document.from_text("NHL Articles\\nHome - NHL\\nNHL\\nRelated:").blocks) is None
    True
    """
    for i, block in enumerate(blocks[1:_HEADER_LINES], 1):
        parts = _parts(block.text)
        if len(parts) < _CRUMBS or i + 1 >= len(blocks):
            continue
        last = block.text[parts[-1][0]:parts[-1][1]]
        nxt = blocks[i + 1]
        if (len(tokens(last)) >= _MIN_TITLE_WORDS and nxt.feature(norm_key) == norm_key(last)
                and headline_shaped(nxt.text)):
            return i + 1
    return None


def _printed_twice(blocks: tuple[Block, ...]) -> int | None:
    """The second printing of a headline that the page's top prints twice, with a dateline or a
    byline right under it (a hero banner, share buttons, then the article's own header).

    >>> _printed_twice(Document.from_text("Science Weekly\\nPhysics\\nStars Collide\\nShare\\n"
    ...                                   "Stars Collide\\nBy Ann Lee\\nTwo stars met.").blocks)
    4
    """
    seen: set[str] = set()
    for i, block in enumerate(blocks[1:_TWICE_WINDOW], 1):
        if i + 1 >= len(blocks) or not headline_shaped(block.text) or _byline(block.text):
            continue
        key = norm_key(block.text)
        if key in seen and weigh(block, covered(blocks)) < 0:
            below = blocks[i + 1].text
            if date_line(below) is not None or _byline(below):
                return i
        seen.add(key)
    return None


def _listing_title(blocks: tuple[Block, ...]) -> tuple[str, str | None] | None:
    """(title, site name) of a page without prose whose first line is its browser title."""
    first = blocks[0].text
    if not headline_shaped(first) or _byline(first) or _dated(first) or not _over_listing(blocks):
        return None
    return None if has_article(blocks) else split_site(first)


def _over_menu(blocks: tuple[Block, ...], cv: bool) -> bool:
    """Whether a menu follows the first line: the next lines are all menu items (four words at
    most, not prose; a list of related headlines is no menu), as
    under a browser title that reads like a sentence ("How does the brain turn unconscious
    information into conscious thought?" above "Top categories", "Blood", "Bones"). Stray
    letters and digits are no menu items (a sentence broken up by stray line breaks is no
    browser title above a menu)."""
    return _menu_under(blocks, cv) and not _article_below(blocks, cv)


def _menu_under(blocks: tuple[Block, ...], cv: bool) -> bool:
    """Whether the :data:`_MENU_BELOW` lines under the first line are all shaped as menu items
    (four words at most, not prose, naming something), wherever the article's prose starts."""
    below = blocks[1:1 + _MENU_BELOW]
    return len(below) == _MENU_BELOW and all(
        weigh(b, cv) <= _MENU_WEIGHT and len(tokens(b.text)) <= _MENU_WORDS and _menu_item(b.text) for b in below)


def _article_below(blocks: tuple[Block, ...], cv: bool) -> bool:
    """Whether the article's prose (the best run of lines by weight) starts within
    :data:`_HEADER_LINES` lines under the first line: the short lines between are the article's
    own header (a byline, a time, a handle: "Natasha Turak", "@NatashaTurak", "4:29 AM EST"),
    not a site's menu, and the first line is the article's (a caption, its lead), which a
    cleaned text keeps above them; a browser title has the page's chrome between it and the
    article.

    >>> lines = ["A caption of the photo, said the agency on Tuesday (AP)", "AP", "Jane Doe", "4:29 AM EST",
    ...          "The council approved the budget on Monday after a long debate, officials said on Tuesday."]
    >>> _article_below(Document.from_text("\\n".join(lines)).blocks, True)
    True
    >>> _article_below(Document.from_text("\\n".join(lines[:4] + ["Home", "News", "Sport"] + lines[4:])).blocks, True)
    False
    """
    run = best_run([weigh(b, cv) for b in blocks[1:]])
    return run is not None and run[0] < _HEADER_LINES


def _menu_item(text: str) -> bool:
    """Whether a short line may be a menu's: it names something (a word of two letters or
    more), or it is a separator between items ("|", "·"); not a stray letter or digit.

    >>> _menu_item("Blood"), _menu_item("|"), _menu_item("s"), _menu_item("0")
    (True, True, False, False)
    """
    return _NAMED.search(text) is not None or _WORDISH.search(text) is None


def _over_listing(blocks: tuple[Block, ...]) -> bool:
    """Whether the first line heads a page with no prose (a gallery, a video, a listing) as its
    browser title: three words or more, and more words than any line below it.

    >>> _over_listing(Document.from_text("Floods Hit the Valley in Pictures\\nPhoto 1 of 12\\nPhoto 2").blocks)
    True
    >>> _over_listing(Document.from_text("Home Home\\nHome Home Home").blocks)
    False
    """
    words = len(tokens(blocks[0].text))
    return words >= _MIN_TITLE_WORDS and all(len(tokens(b.text)) < words for b in blocks[1:])


def _reprinted(blocks: tuple[Block, ...]) -> bool:
    """Whether the page prints its first line again, as a line of its own with a dateline or a
    byline right under it: a browser title above a long menu, then the article's own header.
    The first line is the headline then, even one that reads like a sentence; its second
    printing would otherwise open the article, and a second cleaning would take it as the title.
    A byline or a dateline a line or two lower (``Published``, then the day) counts too.

    >>> _reprinted(Document.from_text("Aid Arrives, Officials Say.\\nHome\\nWorld\\n"
    ...                               "Aid Arrives, Officials Say.\\nPublished 01/08/2008\\nTrucks came.").blocks)
    True
    >>> _reprinted(Document.from_text("Aid Arrives\\nHome\\nAid Arrives\\nTrucks came.").blocks)
    False
    >>> _reprinted(Document.from_text("How does the brain turn information into thought?\\nHome\\n"
    ...     "How does the brain turn information into thought?\\nPublished\\nThursday 27 July 2017").blocks)
    True
    """
    key = norm_key(blocks[0].text)
    if date_line(blocks[0].text) is not None:
        return False  # a day printed twice is no headline
    for i, above in enumerate(blocks[1:-1], 1):
        below = blocks[i + 1:i + 1 + _BYLINE_BELOW]
        if above.feature(norm_key) == key and any(date_line(b.text) is not None or _byline(b.text) for b in below):
            return True
    return False


def _guess(blocks: tuple[Block, ...]) -> tuple[str, str | None] | None:
    """(title, site name) from the first line, or ``None``."""
    first = blocks[0].text
    if not headline_shaped(first) or len(_LETTERED.findall(first)) < 2 or _byline(first) or _dated(first):
        return None
    if menu_bar(first):
        return None  # the site's sections ("Home | News | Sport"), however often printed: no browser title
    cv = covered(blocks)
    if _first_weight(blocks[0], cv) >= 0 and not _over_menu(blocks, cv):
        # a line that reads as prose is no headline, unless the page prints it again above a
        # dateline (a line of another shape is found printed again below by _printed_part), or a
        # dateline stands right under it over the article
        return (first, None) if _reprinted(blocks) or _over_dateline(blocks) else None
    if not any(weigh(b, cv) > 0 for b in blocks[1:]):
        return None  # no prose after it: no article whose headline it would be
    keys = _PrintedLines(blocks[1:])
    if _subtitled(first, keys):
        return split_site(first)
    printed = _printed_part(first, keys, _Headed(blocks))
    if printed is not None and len(WORD.findall(printed)) >= 2:
        rest = first[len(printed):].strip(" |-–—·•»:~/\\✩_") if first.startswith(printed) else ""
        return printed, (None if identifier(rest) else _undated(rest) or None)
    glued = _printed_prefix(first, blocks[1:1 + _PREFIX_BELOW])
    if glued is not None:
        return glued, (_undated(first[len(glued):].strip(" |-–—·•»:~/\\✩_[]()")) or None)
    if _confirmed(blocks, norm_key(first)):
        return None if _chained(blocks, norm_key(first)) else _less_dated_trail(first)
    if not has_article(blocks[1:]) or _printed_twice(blocks) is not None or _BREADCRUMB.match(first) is not None:
        # unconfirmed: an article must follow it, no headline the page prints twice, and no
        # breadcrumb trail (whose last part, printed again as the headline, is read above)
        return None
    head, site = split_site(first)
    if site is None and _logo_over_menu(blocks, cv):
        return None
    return _undated_head(head), site


def _over_dateline(blocks: tuple[Block, ...]) -> bool:
    """Whether the first line, a headline by its shape that weighs as prose (a long one, with
    commas: "O.J. Simpson jailed in Las Vegas, accused of violating bail in armed robbery case"),
    stands right over a dateline with the article under it: a container's header. Up to
    :data:`_DATED_HEAD_WORDS` words and one piece (a browser title's trail, ``| Entertainment |
    Reuters``, is the other rules' to cut); a caption or a lead runs longer or ends like a sentence.

    >>> prose = "The judge heard the case on Monday and said the bail terms had been broken, officials said."
    >>> _over_dateline(Document.from_text(f"Simpson jailed in Las Vegas, accused of violating bail\\n3 days ago\\n"
    ...                                   f"{prose}\\n{prose}").blocks)
    True
    >>> _over_dateline(Document.from_text(f"Simpson jailed in Las Vegas, accused of violating bail\\n{prose}").blocks)
    False
    """
    return (len(blocks) > 2 and len(tokens(blocks[0].text)) <= _DATED_HEAD_WORDS and len(_parts(blocks[0].text)) == 1
            and date_line(blocks[1].text) is not None and has_article(blocks[2:]))


def _broken_title(blocks: tuple[Block, ...]) -> str | None:
    """The headline where the browser title is cut over the first two lines by a line break of
    its source (``<title>Lorem ipsum dolor sit amet, sed diam nonumy`` / ``eirmod tempor
    invidunt</title>``, kept by a scraper that keeps a node's own breaks) and the page prints the
    two lines' words as one headline-shaped line below: that line. The second line opens in
    lower case, as a title's words go on; a menu item under a title opens in capitals or is
    printed nowhere with it.

    >>> prose = "The council approved the budget on Monday after a long debate, officials said on Tuesday."
    >>> _broken_title(Document.from_text(f"Council approves the budget after a\\nlong debate\\nHome\\n"
    ...                                  f"Council approves the budget after a long debate\\n{prose}").blocks)
    'Council approves the budget after a long debate'
    >>> _broken_title(Document.from_text(f"Council approves budget | Herald\\nlog in\\n{prose}").blocks) is None
    True
    """
    if len(blocks) < 3 or not blocks[1].text[:1].islower() or not headline_shaped(blocks[0].text):
        return None
    key = norm_key(f"{blocks[0].text} {blocks[1].text}")
    if len(key.split()) < _MIN_TITLE_WORDS:
        return None
    return next((b.text for b in blocks[2:] if b.feature(norm_key) == key and b.feature(headline_shaped)), None)


def _logo_over_menu(blocks: tuple[Block, ...], cv: bool) -> bool:
    """Whether the first line is a site's name over its menu, not a headline: the whole line
    (no separator cuts a site's name off it), capitalised word by word as a name is, printed
    nowhere below (not even broken over the next lines) with no byline or dateline under it,
    over menu items ("About", "Archive", "Contact") that the article's prose follows at once.
    A blog prints its name (its logo, its home link) over such a menu, and a text cleaned
    without the ``paragraphs`` step keeps both once the browser title and the headline are
    gone; a headline that opens a page has its header or the page's chrome under it instead.

    >>> prose = "When the council proposed closing the library, many people asked why it mattered."
    >>> lines = Document.from_text(f"Notes From the Reading Room\\nAbout\\nArchive\\nContact\\n{prose}").blocks
    >>> _logo_over_menu(lines, covered(lines))
    True
    >>> lines = Document.from_text(f"Council votes to close the library\\nAbout\\nArchive\\nContact\\n{prose}").blocks
    >>> _logo_over_menu(lines, covered(lines))  # written as a sentence: a headline
    False
    >>> lines = Document.from_text(f"Welcome to Firefox Developer Edition\\nMozilla\\nWelcome to\\n"
    ...                            f"Firefox Developer Edition\\n{prose}").blocks
    >>> _logo_over_menu(lines, covered(lines))  # printed again, broken over two lines
    False
    """
    first = blocks[0].text
    if sentence_case(first) or not _menu_under(blocks, cv) or not _article_below(blocks, cv):
        return False
    under = norm_key(" ".join(b.text for b in blocks[1:1 + _HEADER_LINES]))
    return norm_key(first) not in under and _unconfirmed_whole(blocks, first)


def _title_run(blocks: tuple[Block, ...]) -> tuple[str, str | None] | None:
    """(title, site name) where the first line is a browser title whose run of parts
    (:func:`titles.title_runs`, three words or more) the page prints as a headline-shaped line
    of its own further down, with an article after it: the longest such run. The first line
    need not look like a headline itself ("Local biotech researcher dies - Kansas City
    Business Journal:").

    >>> _title_run(Document.from_text("Local biotech researcher dies - Kansas City Business Journal:\\nHome\\n"
    ...     "Local biotech researcher dies\\nJohn Doe, a researcher at the institute, died on Monday after a "
    ...     "long illness, his family said on Tuesday.").blocks)
    ('Local biotech researcher dies', None)
    """
    first = unmarked(blocks[0].text)  # no title holds a tag: "</div> the lead" is a leaked tag and a line
    if len(title_bounds(first)) < 2 or len(first) > _MAX_BROWSER_TITLE or menu_bar(first):
        return None
    runs: dict[str, str] = {}
    for run in title_runs(first):
        key = norm_key(run)
        if len(key.split()) >= _MIN_TITLE_WORDS:
            runs.setdefault(key, run)
    if not runs:
        return None
    best: Block | None = None
    for i, b in enumerate(blocks[1:], 1):
        key = b.feature(norm_key)
        if (key in runs and headline_shaped(b.text) and (best is None or len(b.text) > len(best.text))
                and has_article(blocks[i + 1:])):
            best = b
    return None if best is None else (best.text, None)


_DAY_CHARS = 60  # characters read after a browser title's headline for the day printed there
_UNIT_WORDS = 25  # the most words of a headline that a one-line article runs into its prose


def _cut_after(doc: Document, block: Block, following: Block) -> bool:
    """Whether only line breaks that the segment step put in part ``block`` from ``following``:
    the two were one line of the input."""
    gap = doc.text[block.end:following.start]
    lo, hi = bisect.bisect_left(doc.breaks, block.end), bisect.bisect_left(doc.breaks, following.start)
    return gap.count("\n") == hi - lo > 0


def _cut_copies(doc: Document, blocks: tuple[Block, ...], key: str) -> list[Block]:
    """The runs of lines that print the headline (``key``) in pieces the segment step cut it
    into (a headline with a stop inside, ``Dozens Killed! Aid Arrives``, is cut after it as a
    sentence is): neighbouring lines parted only by its breaks whose words, read together, are
    the headline's.

    >>> text = "Dozens Killed!\\nAid Arrives\\nThe army came.\\nDozens Killed!\\nHome"
    >>> doc = dataclasses.replace(Document.from_text(text), breaks=(14, 26, 41))  # one line of the input
    >>> [b.text for b in _cut_copies(doc, doc.blocks, "dozens killed aid arrives")]
    ['Dozens Killed!', 'Aid Arrives']
    """
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        joined, j = norm_key(blocks[i].text), i
        if joined and joined != key and key.startswith(joined + " "):
            while j + 1 < len(blocks) and len(joined) < len(key) and _cut_after(doc, blocks[j], blocks[j + 1]):
                j += 1
                joined = f"{joined} {norm_key(blocks[j].text)}"
            if joined == key:
                out.extend(blocks[i:j + 1])
                i = j + 1
                continue
        i += 1
    return out


def _label(line: str) -> bool:
    """Whether a line is a section's label in lower case, as the segment step cuts one from the
    head of a folded line (``chaos theory`` over ``The Hidden Heroines of Chaos``): a few words,
    all in lower case letters.

    >>> _label("chaos theory"), _label("Chaos theory"), _label("the storm hit the coast at night")
    (True, False, False)
    """
    words = line.split()
    return 1 <= len(words) <= _LABEL_WORDS and all(w.isalpha() and w.islower() for w in words)


def _names_only(line: str) -> bool:
    """Whether a line is a few capitalised names and nothing else (a byline without "By").

    >>> _names_only("Oliver Holmes Suleiman Al-Khalidi."), _names_only("Fighting went on.")
    (True, False)
    """
    words = line.rstrip(".").split()
    return 2 <= len(words) <= 8 and all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha()
                                        for w in words)


def _unit_headline(doc: Document, blocks: tuple[Block, ...], dated: bool) -> str | None:
    """The headline of an article stored as one line (``Wed 05 Apr 2017 Syria attack symptoms
    consistent with nerve agent use WHO. Victims of a suspected ...``): the first unit the
    segment step cut from the line, after any date, when it is short, not a date, and prose
    of more words follows it on the same input line (under a dateline or a byline of names, if
    any). A unit that ends like a sentence counts only above or under a date (``dated``): else
    it is the article's first sentence. Its closing stop, which such corpora add, is left out."""
    if not doc.breaks or len(blocks) < 2:
        return None
    first, k = blocks[0], 1
    # a dateline under the headline ("... robbery case 3 days ago LAS VEGAS -"), a byline
    # ("Dominic Evans Khaled Yacoub Oweis."), or a credit and then a dateline ("... 81-65 / The
    # Associated Press / Published: January 9, 2008")
    while k <= _UNDER_HEADLINE and k + 1 < len(blocks):
        if date_line(blocks[k].text) is not None or (byline_prefix(blocks[k].text) and _byline(blocks[k].text)):
            dated = True  # a dateline, or a byline after its "By": the header an article's first sentence never has
        elif not (_names_only(blocks[k].text) or _byline(blocks[k].text)):  # "The Associated Press" too
            break
        k += 1
    nxt = blocks[k]
    words = len(tokens(first.text))
    if not 3 <= words <= _UNIT_WORDS or _dated(first.text) or _byline(first.text) or not _cut_after(doc, first, nxt):
        return None
    # under a header (a byline, a dateline) the prose's first sentence may be shorter than the headline
    prose = _prose_after(doc, blocks, k) if k > 1 else len(tokens(nxt.text))
    if prose <= words or not ends_sentence(nxt.text.rstrip()):
        return None
    if not dated and ends_sentence(first.text.rstrip()):
        return None
    return first.text.rstrip(" .") or None


_RUN_IN_HEAD = 300  # characters at a text's head in which a title run into its first sentence is read
_PROSE_UNITS = 3  # units of prose under a one-line article's headline whose words are counted


def _prose_after(doc: Document, blocks: tuple[Block, ...], k: int) -> int:
    """The words of the prose that opens at ``blocks[k]`` on the same line of the input (up to
    :data:`_PROSE_UNITS` units the segment step cut): a one-line article's headline is followed
    by more words than its own, though its first sentence may be shorter than the headline
    ("Raiders' late trey snuffs Flames ... in Horizon League. By Marc Katz ... Brown paired a
    good memory with a bad one. A year ago, he ...").

    >>> text = "Storm hits the coast of the county today\\nIt rained.\\nIt rained hard all night long."
    >>> doc = dataclasses.replace(Document.from_text(text), breaks=(40, 51))
    >>> _prose_after(doc, doc.blocks, 1)
    8
    """
    count, i = len(tokens(blocks[k].text)), k
    while i + 1 < len(blocks) and i + 1 < k + _PROSE_UNITS and _cut_after(doc, blocks[i], blocks[i + 1]):
        i += 1
        count += len(tokens(blocks[i].text))
    return count


def _unit_deck(doc: Document, blocks: tuple[Block, ...]) -> Block | None:
    """The deck of an article stored as one line, whose headline is the unit ``blocks[0]``: the
    unit right after it, one sentence of :data:`_DECK_MIN_WORDS` to :data:`_DECK_WORDS` words
    shaped as a deck once its stop is left out, with the article's header right after it (a day
    or a byline opens the next unit) and sharing a word of content with the prose below. A news
    page sets its headline, its deck, then the byline and the day (``Harden Earns Player of the
    Week Freshman only player ranked in top ten of each category. Jan. 7, 2008 Sun Devil
    freshman James Harden ...``); folded to one line, the deck keeps the stop the sentence
    after it needs, and the header under it tells it from the article's first sentence.

    >>> text = ("Harden Earns Player of the Week\\nFreshman is the only player ranked in each shooting category."
    ...         "\\nJan. 7, 2008 Freshman James Harden has been named the player of the week.\\nHe shot well.")
    >>> doc = dataclasses.replace(Document.from_text(text), breaks=(31, 93, 167))
    >>> _unit_deck(doc, doc.blocks).text
    'Freshman is the only player ranked in each shooting category.'
    >>> _unit_deck(doc, doc.blocks[:1] + doc.blocks[2:]) is None  # no deck: the header right under the headline
    True
    """
    if len(blocks) < 4 or not (_cut_after(doc, blocks[0], blocks[1]) and _cut_after(doc, blocks[1], blocks[2])):
        return None
    deck, header = blocks[1].text.rstrip(), blocks[2].text
    if not ends_sentence(deck) or SENTENCE_BREAK.search(deck) is not None:
        return None
    text = deck.rstrip(" .")
    if not (_DECK_MIN_WORDS <= len(tokens(text)) <= _DECK_WORDS and deck_shaped(text) and not _credit(text)):
        return None
    dates = find_dates(header[:_DAY_CHARS])
    if not ((dates and dates[0].start == 0) or (byline_prefix(header) and _byline(header))):
        return None
    below = " ".join(b.text for b in blocks[2:2 + _DECK_STORY])
    return blocks[1] if content_stems(text) & content_stems(below) else None


def _run_in_title(text: str, first: Block, found: tuple[str, str | None] | None,
                  whole: bool = True) -> tuple[int, int] | None:
    """The span of a title that the first line (``first``) runs straight into its first sentence
    (:func:`titles.run_in_title`: ``Base URL test Lorem ipsum dolor sit amet, ...``), where the
    other rules read no title, or read the title and its copy printed twice in a row, or (``whole``:
    a text in lines, which the segment step did not cut) the whole first line that runs on into
    that sentence. A unit the segment step cut is read by its rules (a byline under a headline that
    ends like a sentence: ``Council votes budget Mayor wins the fight, ends a debate. By Jane Doe``). The sentence
    may open on the next line (``text``, the document's, is read on from the line's start); the
    title stands on the first.

    >>> doc = Document.from_text("Base URL test Lorem Lorem ipsum dolor sit amet, consectetur elit.\\nMore text.")
    >>> _run_in_title(doc.text, doc.blocks[0], None), _run_in_title(doc.text, doc.blocks[0], (doc.blocks[0].text, None))
    ((0, 13), (0, 13))
    >>> _run_in_title(doc.text, doc.blocks[0], ("Base URL", None)) is None  # another rule's title stands
    True
    """
    run = run_in_title(text[first.start:first.start + _RUN_IN_HEAD])
    if run is None or first.start + run[1] > first.end:
        return None
    key = norm_key(first.text[run[0]:run[1]])
    if found is not None and not (norm_key(found[0]) == f"{key} {key}" or (whole and found[0] == first.text
                                                                           and first.feature(norm_key) != key)):
        return None
    return first.start + run[0], first.start + run[1]


def _run_in(text: str, a: int, b: int, lined: bool = False) -> bool:
    """Whether ``text[a:b]``, a part of a browser title, is run into what follows it as a
    folded page runs its title into its menus: its line is far too long for a browser title of
    its own (:data:`_FOLDED_LINE`), or a separator or the line's end follows the part (a folded
    title broken by a line break its markup kept). A part that runs into more words on a
    short line is a title's opening only, which the lined rules read whole; so is a short line
    with a blank line under it in a text the segment step left as it was (``lined``): a
    scraper that keeps the layout sets a browser title apart so. A part with a day printed right
    after it (:func:`_day_after`) is run in too: no headline goes on into its dateline.

    >>> _run_in("Aid Arrives | Fars\\nHome", 0, 11), _run_in("Aid Arrives at Dawn\\nHome", 0, 11)
    (True, False)
    >>> _run_in("Aid Arrives at Dawn " + "Home " * 50, 0, 11), _run_in("Aid Arrives | Fars\\n\\nHome", 0, 11, True)
    (True, False)
    """
    start = text.rfind("\n", 0, a) + 1
    end = text.find("\n", b)
    end = len(text) if end < 0 else end
    if end - start >= _FOLDED_LINE:
        return True
    if lined and text.startswith("\n\n", end):
        return False
    return not text[b:end].strip() or SEPARATOR.match(text, b, end) is not None or _day_after(text, b, end)


def _day_after(text: str, b: int, end: int) -> bool:
    """Whether a day is printed right after ``text[:b]`` (before ``end``): a headline's dateline
    ("... Taylor says Tuesday, January 15, 2008"), which no headline runs on into.

    >>> s = "Turf is terrible, Taylor says Tuesday, January 15, 2008 OVERCAST"
    >>> _day_after(s, 29, len(s)), _day_after("Turf is terrible, Taylor says more", 29, 34)
    (True, False)
    """
    piece = text[b:min(end, b + _DAY_CHARS)]
    lead = len(piece) - len(piece.lstrip())
    return any(d.start == lead for d in find_dates(piece))


def _long_head(text: str) -> bool:
    """Whether a line that starts in the head of ``text`` (where a browser title stands) is far
    too long for a title (:data:`_FOLDED_LINE`): a page folded to one line, or to a few where
    its markup kept a line break (``... Monday, January 14, 2008,\\n3:16 pm Check It Out ...``).

    >>> _long_head("Aid Arrives | Fars\\nHome\\nNews"), _long_head("Aid Arrives | Fars\\nHome " + "News " * 50)
    (False, True)
    """
    pos = 0
    while pos < _MAX_BROWSER_TITLE:
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        if end - pos >= _FOLDED_LINE:
            return True
        if end == len(text):
            return False
        pos = end + 1
    return False


def _unbroken(doc: Document) -> str:
    """The text as the input had it: the line breaks the segment step put in turned back into spaces.

    >>> _unbroken(dataclasses.replace(Document.from_text("Aid Arrives\\nHome\\nNews"), breaks=(11,)))
    'Aid Arrives Home\\nNews'
    """
    pieces, pos = [], 0
    for i in doc.breaks:
        pieces.append(doc.text[pos:i])
        pos = i + 1
    pieces.append(doc.text[pos:])
    return " ".join(pieces)


def _folded_deck(flat: str, headline: str) -> str | None:
    """The deck a folded page prints right after a copy of its headline (``flat``, the page as
    one run of text): the words between the copy and the article's header (a byline, a day, a
    stamp: ``By``, ``POSTED:``, ``Tuesday, January 8``) that read as a deck (:func:`_deck_line`);
    the longest such run, where a header's opener may stand inside a deck ("Insomnia May Be
    Caused By Radiation POSTED: ..."), but no capitalised "By" inside a deck written as a
    sentence, where it opens the byline ("Spurned Zango pleads innocence By John Leyden"), nor a
    byline in capitals ("By JESSICA MINTZ"), nor the headline again (teasers, a photo's caption
    and the headline printed after them, read before its credit is cut), nor a toolbar's labels
    ("Subscribe to this paper Email this article Printer friendly page"). A credit between the
    deck and the header is no part of the deck (:func:`_less_credit`).

    >>> _folded_deck("Home Podium for Canuck Bronze medal picks up slack By CP WENGEN -- The bronze medal "
    ...              "went to Canada.", "Podium for Canuck")
    'Bronze medal picks up slack'
    >>> _folded_deck("Cell Phones Keep You Up? Insomnia May Be Caused By Radiation POSTED: 2:45 pm EST Jan 22, "
    ...              "2008 People who talk on cell phones may suffer insomnia.", "Cell Phones Keep You Up?")
    'Insomnia May Be Caused By Radiation'
    >>> _folded_deck("Podium for Canuck Home News Sport By CP The bronze medal went to Canada.", "Podium for Canuck")
    """
    opening = regex.compile(r"\s++".join(regex.escape(w) for w in headline.split()))
    key = norm_key(headline)
    best: str | None = None
    for seen, m in enumerate(opening.finditer(flat)):
        if seen >= _COPIES_READ:
            break
        window = flat[m.end():m.end() + _DECK_CHARS]
        ends = sorted({h.start() for h in _HEADER_OPENER.finditer(window)} | {d.start for d in find_dates(window)})
        below = flat[m.end():m.end() + _DECK_CHARS * 2]
        for end in ends:
            deck = " ".join(window[:end].split())
            if len(tokens(deck)) > _DECK_WORDS:
                break
            printed, deck = deck, _less_credit(deck)
            if ((best is None or len(deck) > len(best)) and _deck_line(deck, below[end:])
                    and key not in norm_key(printed)
                    and _BYLINE_INSIDE.search(deck) is None and not _toolbar_inside(deck)
                    and not (sentence_case(deck) and _BY_INSIDE.search(deck))):
                best = deck
    return best


# A wire's name as a credit under a deck: "The Associated Press", "Reuters".
_WIRE_NAME = regex.compile(r"\s(?:The\s++)?(?:" + "|".join(regex.escape(w) for w in (*AGENCIES, *DATELINE_AGENCIES))
                           + r")$")
_SMALL = frozenset(all_of(SMALL_WORDS))
# A share bar's label inside a run of words ("Email this article", "Share this"): a toolbar's, no deck's.
# Read leftmost-longest (POSIX): "Email this article" whole, not "Email" alone; a deck is short.
_SHARE_LABEL = regex.compile(r"(?<!\w)(?:" + "|".join(all_of(NOISE_LINES[reasons.SHARE])) + r")(?!\w)",
                             regex.IGNORECASE | regex.POSIX)
_CREDIT_TAIL_WORDS = 5  # the most words of a credit between a folded page's deck and its dateline


def _toolbar_inside(text: str) -> bool:
    """Whether ``text`` holds a share bar's label of two words or more ("Email this article",
    "Share this"); one word ("Share", "Email") is a deck's as often ("Share prices fall").

    >>> _toolbar_inside("Subscribe to this paper Email this article Printer friendly page")
    True
    >>> _toolbar_inside("Share prices fall as markets slide"), _toolbar_inside("Emails show the mayor knew")
    (False, False)
    """
    return any(len(m.group().split()) > 1 for m in _SHARE_LABEL.finditer(text))


def _less_credit(deck: str) -> str:
    """``deck`` (the words between a folded page's headline and its dateline) less the credit a
    page prints between the deck and the day: a wire's name ("The Associated Press"), the
    newsroom's (:func:`names.desk_credit`: "Staff and agencies"), reporters named as a credit
    (:func:`_credit`: "Press Trust of India", "Ann Lee and Bob Stone") or a reporter's name of
    two or three words in a deck written as a sentence, these two only after a lower-case word
    other than a small one, where the deck's sentence ends ("... offer budget options James
    Rivington"; "... talks with Tom Hanks" keeps its name). The shortest such credit of up to
    :data:`_CREDIT_TAIL_WORDS` words is cut.

    >>> _less_credit("Pepsi, Justin Timberlake Line Up Behind Amazon MP3s The Associated Press")
    'Pepsi, Justin Timberlake Line Up Behind Amazon MP3s'
    >>> _less_credit("Visitors win by 128 runs Staff and agencies")
    'Visitors win by 128 runs'
    >>> _less_credit("Cheaper laptops offer budget options Ann Lee")
    'Cheaper laptops offer budget options'
    >>> _less_credit("The actor will meet with Tom Hanks"), _less_credit("Claims of song plagiarism dropped")
    ('The actor will meet with Tom Hanks', 'Claims of song plagiarism dropped')
    """
    wire = _WIRE_NAME.search(deck)
    if wire is not None:
        return deck[:wire.start()]
    words = deck.split()
    for n in range(1, min(_CREDIT_TAIL_WORDS, len(words) - _DECK_MIN_WORDS) + 1):
        head, tail = " ".join(words[:-n]), " ".join(words[-n:])
        if not tail[:1].isupper():
            continue
        last = words[-n - 1]
        closed = last.islower() and last not in _SMALL  # the deck's sentence ends there, no name follows on
        named = closed and n in (2, 3) and sentence_case(head) and byline_names(f"By {tail}") == [tail]
        if desk_credit(tail) or (closed and n > 1 and _credit(tail)) or named:
            return head
    return deck


def _folded_first_line(text: str) -> bool:
    """Whether the first line of ``text`` is a browser title run into the page's menus and its
    headline's copy: the line prints its own opening again (:func:`layout.folded.reprinted_title`
    read on the line alone). A page folded to a few lines (its markup kept a line break here and
    there) has no line a browser title stands on alone, and the lined rules find nothing there.

    >>> _folded_first_line("Vardan loses in Chennai : India Sports Vardan loses in Chennai Posted\\n: Mon, 31 Dec")
    True
    >>> _folded_first_line("Vardan loses in Chennai : India Sports\\nHome\\nVardan loses in Chennai")
    False
    """
    end = text.find("\n")
    line = text[:len(text) if end < 0 else end]
    if len(line) > _MAX_BROWSER_TITLE:
        return False
    span = reprinted_title(line, 0, len(line))
    return span is not None and line.find(line[span[0]:span[1]], span[1]) >= 0


def _broken_inside(text: str, pos: int) -> bool:
    """Whether the line break at ``text[pos]`` stands inside a run of text, with spaces before it or
    after it: the white space of the page's markup kept inside a text node ("... Channels India \\n
    News National"), where a text laid out in lines (a line for each element or block) breaks
    between two elements, with no space around its breaks.

    >>> _broken_inside("Storm hits | Herald \\n   News Sport", 20), _broken_inside("Storm hits | Herald\\nNews", 19)
    (True, False)
    """
    return pos < len(text) and (text[pos - 1:pos] in (" ", "\t") or text[pos + 1:pos + 2] in (" ", "\t"))


_DATELINE_WORDS = 6  # a wire credit and a day: "AFP Friday 24 Oct 2014"


def _before_dateline(doc: Document, flat: str, span: tuple[int, int]) -> tuple[int, int]:
    """``span`` (a folded page's headline) up to the first unit the segment step cut inside it
    that is a dateline ("AFP Friday 24 Oct 2014", "Reuters March 3, 2019"): the wire credit and
    the day a page prints after its headline, which the copy that confirms the title runs on
    into; the dateline step removes that unit, and the title ends before it, as the line the
    title step removes does. A unit of the headline itself (one cut after a stop inside it:
    ``Dozens Killed! Aid Arrives``) stays in.

    >>> text = "Storm hits the coast AFP 24 Oct 2014 The storm came."
    >>> doc = dataclasses.replace(Document.from_text(text), breaks=(20, 36))
    >>> _before_dateline(doc, text, (0, 24))
    (0, 20)
    """
    i = bisect.bisect_right(doc.breaks, span[0])
    breaks = doc.breaks
    while i < len(breaks) and breaks[i] < span[1]:
        end = breaks[i + 1] if i + 1 < len(breaks) else len(flat)
        unit = flat[breaks[i] + 1:end]
        if date_line(unit) is not None or (len(unit.split()) <= _DATELINE_WORDS and find_dates(unit)):
            return span[0], breaks[i]
        i += 1
    return span


_CARRIED = "-|–—:·•»›>/\\~"  # a title's separators: a line that ends with one goes on with the title


def _title_lines_end(text: str, line_end: int) -> int:
    """Where the browser title that opens ``text`` ends when its first line ends at ``line_end``: a
    ``<title>`` whose text keeps the line breaks of its markup breaks after a separator and goes on
    ("edmontonsun.com -\\nMusic-\\nLavigne lawsuit settled"), within :data:`_MAX_BROWSER_TITLE`.

    >>> s = "Sun -\\nMusic-\\nLawsuit settled Home\\nNews"
    >>> s[:_title_lines_end(s, 5)]
    'Sun -\\nMusic-\\nLawsuit settled Home'
    """
    end = line_end
    while end < min(len(text), _MAX_BROWSER_TITLE) and text[:end].rstrip()[-1:] in tuple(_CARRIED):
        nxt = text.find("\n", end + 1)
        end = len(text) if nxt < 0 else nxt
    return end


def _folded_headline(doc: Document) -> str | None:
    """The headline of a page folded to one line (one the segment step cut: ``doc.breaks``, or
    one whose first line is far too long for a browser title, run into the page's menus),
    read in the browser title that opens it and confirmed by a copy the page prints elsewhere
    (:func:`layout.folded.reprinted_title`), on the text as the input had it (the breaks turned
    back into spaces); shaped like a headline, not a date or a byline. On a line the segment
    step cut, the browser title's first part stands where no copy confirms it
    (:func:`layout.folded.title_head`).

    >>> from newsclean.filters.segment import segment
    >>> doc = segment(Document.from_text("Judges allow video - The Herald " + "Home News World Sport " * 12
    ...     + "Judges allow video By Ann Lee The court met on Monday. It said so. " * 2))
    >>> _folded_headline(doc)
    'Judges allow video'
    """
    flat = _unbroken(doc)
    line_end = flat.find("\n")
    line_end = len(flat) if line_end < 0 else line_end
    inside = _broken_inside(flat, line_end)  # the first line ends inside a run of text: a page folded to a few lines
    # markup swallowed into the title's line (an unclosed <title>): the line ends where the markup opens
    marked = len(unmarked(flat[:line_end]))
    if (not doc.breaks and not inside and marked == line_end and not _long_head(doc.text)
            and not _folded_first_line(doc.text)):
        return None  # lines short enough for a browser title and a menu's items: the lined rules read them
    stop = SENTENCE_BREAK.search(flat, 0, min(line_end, _MAX_BROWSER_TITLE))
    span = reprinted_title(flat, 0, len(flat))
    if (not doc.breaks and prose_unit(flat[:line_end if stop is None else stop.start()])
            and (span is None or (SEPARATOR.match(flat, span[1]) is None and not flat.startswith("_", span[1])))):
        return None  # uncut text that opens with a sentence of prose (a cleaned text): no browser title,
        # unless the headline a copy confirms has a site's trail after it ("... law - NewsFlash - ...", "This
        # API is so Fetching! ✩ Mozilla Hacks", or joined by an underscore, as Chinese sites join theirs:
        # "... typhoon_English_Xinhua")
    if span is not None and span[0] >= _title_lines_end(flat, line_end):
        return None  # a browser title is read on the first line only (or the lines its separators carry on)
    # a copy confirms it, on a page folded to a few lines where the title's line ends inside a run of text
    confirmed = span is not None and inside
    if span is None:  # no browser title's headline printed again: one printed twice in a row at the page's head
        span = doubled_headline(flat, 0, len(flat))
        confirmed = span is not None
    if span is None:  # a short headline printed again right after the browser title's trail
        span = trail_copy(flat, 0, len(flat))
        confirmed = span is not None
    if span is None and doc.breaks:  # unconfirmed: the browser title that opens a page's line, or its first unit
        span = title_head(flat, 0, len(flat) if doc.facts.furniture else doc.breaks[0])
    read = flat[:marked] if marked < line_end else flat
    if span is None or not (confirmed or _run_in(read, *span, lined=not doc.breaks)):
        return None
    if doc.breaks and span[1] > doc.breaks[0] and prose_unit(flat[:doc.breaks[0]]):
        return None  # a folded article that opens with a sentence (a caption's, a deck's, a notice's):
        # no browser title stands before it, and none runs on past it
    span = _before_dateline(doc, flat, span)
    head = flat[span[0]:span[1]]
    if (not headline_shaped(head) or _dated(head) or byline_names(head) or flat.startswith(_BACK, span[0])
            or not _balanced(head)):
        return None
    return head


def _sourced(doc: Document, source: str, **fields: str) -> Document:
    """``doc`` with ``metadata["sources"]`` saying where its title (and ``fields``) came from,
    unless an earlier reader said so already (the HTML reader's ``"heading"``, ``"meta"``...)."""
    sources = dict(doc.metadata.get("sources") or {})
    if "title" in sources:
        return doc
    sources["title"] = source
    sources.update(fields)
    return doc.with_metadata(sources=sources)


def _found(doc: Document, found: tuple[str, str | None], first: str | None) -> Document:
    """``doc`` with the headline found in its text as ``metadata["title"]`` (source ``"text"``), the
    site's name cut from the browser title where none is known yet, and the browser title as
    printed (``first``, the first line the title was read from) as ``metadata["page_title"]``
    where it says more than the headline.

    >>> doc = _found(Document.from_text("x"), ("Aid Arrives", "Fars"), "Aid Arrives | Fars")
    >>> doc.metadata  # doctest: +NORMALIZE_WHITESPACE
    {'title': 'Aid Arrives', 'site_name': 'Fars', 'page_title': 'Aid Arrives | Fars',
     'sources': {'title': 'text', 'site_name': 'text'}}
    """
    headline, site = found
    sited = bool(site) and doc.metadata.get("site_name") in (None, "", [], {})
    doc = doc.with_metadata(title=headline).setdefault_metadata(site_name=site)
    if first is not None and first != headline:
        doc = doc.setdefault_metadata(page_title=first)
    return _sourced(doc, "text", **({"site_name": "text"} if sited else {}))


def _deck_parted(meta: Mapping[str, object]) -> set[str]:
    """The key of the headline alone, where the title the HTML reader gave ends with the deck printed
    under it (``metadata["deck"]``): the page prints the two apart, and the headline's line goes as
    the whole title's would.

    >>> _deck_parted({"title": "Aid Arrives — Trucks came at dawn", "deck": "Trucks came at dawn"})
    {'aid arrives'}
    """
    title, deck = meta.get("title"), meta.get("deck")
    if not isinstance(title, str) or not isinstance(deck, str) or not deck or not title.endswith(deck):
        return set()
    return {norm_key(title[:-len(deck)].rstrip(" —"))} - {""}


def _header_line(blocks: tuple[Block, ...], i: int) -> bool:
    """Whether line ``i`` is a line of an article's header: a byline, a dateline, a line mostly
    dates, a short credit after "By" (an agency's initials: ``By CP``), or a byline broken after
    its "By" (``By`` over ``John Leyden``).

    >>> lines = Document.from_text("By\\nJohn Leyden\\nPOSTED: 7:54 am EST January 23, 2008\\nHome\\nBy CP").blocks
    >>> [_header_line(lines, i) for i in range(5)]
    [True, False, True, False, True]
    """
    text = blocks[i].text
    return (date_line(text) is not None or _byline(text) or _dated(text)
            or (byline_prefix(text) and len(tokens(text)) <= _MENU_WORDS)
            or (len(tokens(text)) == 1 and i + 1 < len(blocks) and _byline(f"{text} {blocks[i + 1].text}")))


def _credit(line: str) -> bool:
    """Whether ``line`` credits people or a newsroom without a "By": names with their desk or
    paper ("Tim Shufelt, Canwest News Service; Ottawa Citizen"), two names or more ("Scott
    Roxborough and Gregg Goldstein"), a name with its role ("Ben Lee Games Editor Daily Planet"),
    or words capitalised as a name is, with only its small words
    in lower case ("Press Trust of India", "Paul Wilson at Villa Park"). A deck is a sentence
    ("Claims of song plagiarism dropped") or capitalised word by word, small words too ("Insomnia
    May Be Caused By Radiation").

    >>> [_credit(t) for t in ("Tim Shufelt, Canwest News Service", "Scott Roxborough and Gregg Goldstein",
    ...                       "Press Trust of India", "Paul Wilson at Villa Park", "Ben Lee Games Editor Daily Planet")]
    [True, True, True, True, True]
    >>> [_credit(t) for t in ("Claims of song plagiarism dropped", "Insomnia May Be Caused By Radiation",
    ...                       "Pepsi, Justin Timberlake Line Up Behind Amazon MP3s", "Everex and Asus offer laptops")]
    [False, False, False, False]
    """
    if sentence_case(line):
        return False  # "Everex CloudBook and Asus Eee PC offer budget options": names in a sentence
    return _named_credit(line) or any(w.islower() for w in _LETTERED.findall(line))


def _named_credit(line: str) -> bool:
    """Whether ``line`` names reporters without a "By": two names or more, or a name with its
    paper or role after a comma or as words of its own; not a sentence. Sure enough to stand
    where a byline does (a headline in Title Case has a verb, no name of two words after it).

    >>> [_named_credit(t) for t in ("Tim Lee, Canwest News Service; Ottawa Citizen", "Ann Lee and Bob Stone",
    ...                             "Ben Lee Games Editor Daily Planet", "Council Approves Budget for Schools",
    ...                             "Startup Reveals First Android Apps")]
    [True, True, True, False, False]
    """
    if sentence_case(line):
        return False
    names = byline_names(f"By {line}")
    if not names:
        return False
    after = line[len(names[0]):].lstrip()[:1]
    return ((len(names) > 1 and _NAMES_JOINED.search(line) is not None) or (after != "" and after in ",;")
            or any(w.lower() in _ROLES for w in _LETTERED.findall(line)))


def _deck_line(text: str, below: str) -> bool:
    """Whether ``text``, the line under a printed headline, reads as its deck: shaped as one
    (:func:`titles.deck_shaped`), :data:`_DECK_MIN_WORDS` words or more, one piece (no bars or
    separators: a menu, a toolbar, "Font Size: Decrease Increase"), no byline, credit
    (:func:`_credit`) or web address ("... Indonesian Goal.com"), and sharing a word of content
    with the text ``below`` it: a deck tells the story the article tells; a toolbar, a menu and a
    credit do not.

    >>> below = "By CP\\nAvril Lavigne settled the claims on Monday."
    >>> _deck_line("Claims of song plagiarism dropped", below), _deck_line("Sign In to E-Mail or Save This", below)
    (True, False)
    >>> _deck_line("Claims dropped | Music", below), _deck_line("WEATHER ARTS FASHION CLAIMS", below)
    (False, False)
    """
    if (not text[:1].isalnum() or not deck_shaped(text) or len(tokens(text)) < _DECK_MIN_WORDS
            or SEPARATOR.search(text) is not None or _byline(text) or _credit(text)
            or any(_address(w) for w in text.split())):
        return False
    if not any(w.islower() for w in _LETTERED.findall(text)) and text.upper() == text:
        return False  # a line in capitals: a menu's or a label's
    return bool(content_stems(text) & content_stems(below))


def _deck_below(blocks: tuple[Block, ...], printed: list[Block], key: str) -> Block | None:
    """The deck printed under the headline (:func:`titles.deck_shaped`): the line right under a
    printing of the headline (``printed``, its key ``key``) with the article's header right under
    it (a byline or a dateline within :data:`_DECK_HEADER` lines). A news page sets its headline,
    its deck, then the byline and the day; the HTML reader takes the deck along with the headline
    the same way, where the markup says which element is the deck.

    >>> lines = Document.from_text("Podium for Canuck\\nBronze medal picks up slack\\nBy Ann Lee\\n"
    ...                            "He won the bronze medal.").blocks
    >>> _deck_below(lines, [lines[0]], "podium for canuck").text
    'Bronze medal picks up slack'
    >>> lines = Document.from_text("Podium for Canuck\\nMore Sports News\\nSki Results\\nHockey\\nBy Ann Lee").blocks
    >>> _deck_below(lines, [lines[0]], "podium for canuck") is None  # a box's lines, no header under them
    True
    >>> lines = Document.from_text("Podium for Canuck\\nPaul Wilson at Wengen\\nSunday January 6, 2008").blocks
    >>> _deck_below(lines, [lines[0]], "podium for canuck") is None  # the reporter's credit
    True
    """
    at = {id(b) for b in printed if b.feature(norm_key) == key}
    for i, b in enumerate(blocks[:-2]):
        if id(b) not in at:
            continue
        deck = blocks[i + 1]
        below = " ".join(b.text for b in blocks[i + 2:i + 2 + _DECK_STORY])
        if (deck.feature(norm_key) != key and _deck_line(deck.text, below)
                and any(_header_line(blocks, j) for j in range(i + 2, min(len(blocks), i + 2 + _DECK_HEADER)))):
            return deck
    return None


def headline_at(doc: Document) -> int:
    """Where the page prints its headline: the offset of the first line the title filter
    removed below the first line (the browser title) with the article's header under it (a
    dateline or a byline within :data:`_HEADER_BELOW` lines), else of the first such line,
    else 0. A page prints its headline in a bar at the top too (a sticky header, a share bar)
    over its menus and a feed of other stories' times; the article's own header stands under
    the printing over the article.

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
        if date_line(b.text) is not None or _byline(b.text):
            return True
        if len(tokens(b.text)) > _HEADER_WORDS and ends_sentence(b.text.rstrip()):
            return False  # prose: the article, or a teaser, has begun
    return False


def title(doc: Document) -> Document:
    """Find the headline (or use the given one) and remove the lines that repeat it; record
    where the page prints it for later steps (``doc.facts.headline_at``).

    >>> title(Document.from_text("Aid Arrives | Fars\\nHome\\nAid Arrives\\nTrucks came.")).facts.headline_at
    24
    """
    out = _title(doc)
    return out.with_facts(headline_at=headline_at(out))


def _title(doc: Document) -> Document:
    """:func:`title` less the fact it records."""
    blocks = doc.blocks
    if not blocks:
        return doc
    given = doc.metadata.get("title")
    lead = 0
    dated = False
    while lead < _DATES_ABOVE and lead + 1 < len(blocks) and (date_line(blocks[lead].text) is not None
                                                             or (doc.breaks and _over_headline(blocks[lead].text))):
        dated = dated or date_line(blocks[lead].text) is not None
        lead += 1  # a dateline (or a section's label) above the headline: the headline is the first line below it
    blocks = blocks[lead:]
    chosen: Block | None = None
    carried: Block | None = None  # the browser title's second line, where a line break of its source cuts it
    run_span: tuple[int, int] | None = None  # a title run into the first sentence on the first line
    folded: str | None = None
    if given:
        key = norm_key(str(given))
        doc = _sourced(doc, "given")
    else:
        folded = _folded_headline(doc)
        broken = _broken_title(blocks) if folded is None else None
        if broken is not None:  # the browser title's two lines: the line printed below, both lines dropped
            found: tuple[str, str | None] | None = (broken, None)
            chosen, carried = blocks[0], blocks[1]
        else:
            found, chosen = ((folded, None), None) if folded is not None else (_guess(blocks), blocks[0])
        if found is None:
            found = _title_run(blocks)
        if found is None and (unit := _unit_headline(doc, blocks, dated)) is not None:
            found = (unit, None)
        # a first line that no line confirms (a site's name) gives way to the headline the page
        # prints over a byline or a dateline: right above the article's prose, else (a first line
        # named word by word, not a sentence) near the top
        at = _introduced(blocks) if found is None else None
        if at is None and (found is None or _unconfirmed_whole(blocks, found[0])):
            at = _introduced_above_article(blocks)
            if at is None and found is not None and not sentence_case(found[0]):
                at = _introduced(blocks, _MIN_TITLE_WORDS)
        if at is None and not doc.breaks and folded is None and (found is None or found[0] == blocks[0].text):
            at = _after_breadcrumb(blocks)  # a first line taken whole: a breadcrumb under it names the headline
        if at is None and found is None:
            at = _printed_twice(blocks)
        if at is not None and has_article(blocks[at + 1:]):
            chosen = blocks[at]
            found = (chosen.text, None)
        if (run := _run_in_title(doc.text, blocks[0], found, not doc.breaks)) is not None:
            found, chosen = (doc.text[run[0]:run[1]], None), None
            # the title and its copy printed twice in a row make the whole line: both go
            run_span = (blocks[0].start, blocks[0].end) if blocks[0].feature(norm_key) == norm_key(
                f"{found[0]} {found[0]}") else run
            if run_span == run and run[1] < blocks[0].end and not ends_sentence(blocks[0].text.rstrip()):
                run_span = None  # the line breaks inside the sentence (its markup's break): the title's
                # words stay, as a fragment of a line is judged on its own by the steps after this one
        if found is None:
            named = _listing_title(blocks)
            return doc if named is None else _found(doc, named, blocks[0].text)
        key = norm_key(found[0])
        first = blocks[0].text if carried is None else f"{blocks[0].text} {blocks[1].text}"
        doc = _found(doc, found, first if chosen is blocks[0] else None)
    if not key:
        return doc
    keys = ({key} | _deck_parted(doc.metadata)) if given or found is None else _printed_keys(found[0])
    shown = ((b, b.text.rstrip(" .") if doc.breaks else b.text) for b in blocks)
    drop = [b for b, text in shown if len(text) <= HEADLINE_CHARS and b.feature(norm_key) in keys
            and headline_shaped(text)]  # a line too long for a headline has its key unread
    if doc.breaks and not given and found is not None:
        drop += _cut_copies(doc, blocks, key)
    if chosen is not None and chosen not in drop:
        drop.insert(0, chosen)
    if carried is not None and carried not in drop:
        drop.insert(1, carried)
    if (not given and found is not None and not doc.breaks and not folded
            and (deck := _deck_below(blocks, drop, key)) is not None):
        doc = doc.with_metadata(title=with_deck(found[0], deck.text), deck=deck.text)
        drop.append(deck)
    elif folded and (printed := _folded_deck(_unbroken(doc), folded)) is not None:
        doc = doc.with_metadata(title=with_deck(folded, printed), deck=printed)
    elif (not given and doc.breaks and not folded and found is not None and blocks[0].feature(norm_key) == key
          and (deck := _unit_deck(doc, blocks)) is not None):  # a one-line article's headline, then its deck
        doc = doc.with_metadata(title=with_deck(found[0], deck.text.rstrip(" .")), deck=deck.text.rstrip(" ."))
        drop.append(deck)
    doc = doc.remove_blocks(drop, reasons.TITLE)
    return doc if run_span is None else doc.remove(*run_span, reasons.TITLE)
