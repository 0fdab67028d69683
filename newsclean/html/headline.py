"""The headline as the page prints it, found by the browser title.

A page's ``<title>`` (and its ``og:title``) holds the headline with the site's name and
section trail around it, while the page prints the headline alone, in a heading or an
element marked as the headline. The printed headline is the element whose text is the
longest run of the title's parts (:func:`newsclean.titles.title_runs`): the page itself
confirms where the trail is cut. With no element that matches, the page's first ``<h1>``
(or element whose class, id or itemprop says headline) is the headline when the title is
missing or broken.

>>> from newsclean.html.parse import parse_html, strip_unseen
>>> root = parse_html('<html><body><a href="/">Sport</a><h1>Kemble quits as coach</h1>'
...                   '<p>He said so.</p></body></html>')
>>> printed_headline(root, ["Kemble quits as coach - World - Sport - Northern News"])
('Kemble quits as coach', 'heading')
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from typing import Any

import lxml.etree
import regex

from ..lexicon import HEADLINE_CLASSES
from ..titles import deck_shaped, title_runs, unmarked
from ..words import tokens

__all__ = ["Headlines", "deck_under", "headline_above", "names_site", "printed_headline", "site_labels"]

# An element whose class, id or itemprop names it the headline: "headline", "articleTitle",
# "storyhead", "txStoryHed", "stry_pg_hdln", "titolo" (Italian), "titre" (French), "titel"
# (German); not "header", the masthead of most pages (each language's ``headline_classes``).
_HEADLINE_ATTR = regex.compile("|".join(p for ps in HEADLINE_CLASSES.values() for p in ps), regex.IGNORECASE)
_HEADINGS = frozenset({"h1", "h2", "h3"})
# The longest text an element may hold to be read as a headline, in characters and words.
_MAX_CHARS = 400
_MAX_WORDS = 45
# The fewest words of a title run that confirms a headline on its own: one or two words
# match menu items and section names ("Sport", "World News"); in a heading, two.
_MIN_RUN_WORDS = 3
_MIN_MARKED_WORDS = 2
# The headline stands within this many paragraphs above the article's first paragraph of prose
# (of at least _PROSE_WORDS words).
_ABOVE = 12
_URL_HOST = regex.compile(r"(?:https?:)?//([\w.-]{1,200}+)", regex.IGNORECASE)
_GENERIC_LABELS = frozenset({"www", "www1", "www2", "news", "home", "online", "info", "blog", "blogs", "site"})
_SITE_WORDS = 5  # the most words of a site's name: "The Independent on Saturday"
_NOT_ALNUM = regex.compile(r"[\W_]++")
# _NOT_ALNUM on an ASCII text, by one bytes.translate: its bytes but a-z, A-Z and 0-9 deleted and the
# capitals lower-cased (tests/test_html_fast_paths.py compares the two on every ASCII character).
_NOT_ALNUM_BYTES = bytes(b for b in range(128) if not chr(b).isalnum())
_LOWER = bytes(range(65)) + bytes(range(97, 123)) + bytes(range(91, 256))
# A domain name written in a title: "WSJ.com", "Footballworld.com", "timesleader.com".
_DOMAIN = regex.compile(r"\w\.(?:com|net|org|co\.uk|co|tv|info|biz)\b", regex.IGNORECASE)
_PROSE_WORDS = 15
# An element whose class or id names it the deck (the subheadline printed under the headline):
# "dek", "deck", "subhead", "SubHead", "subtitle", "standfirst", "strap".
_DECK_ATTR = regex.compile(r"\bdeck?\b|dek|sub-?head|sub-?title|standfirst|strap", regex.IGNORECASE)
_HEADING_RANK = {"h1": 1, "h2": 2, "h3": 3, "h4": 4}


def _short_texts(body: Any) -> list[tuple[Any, str, int]]:
    """``(element, text, links)`` for every element of ``body`` whose text is at most
    ``_MAX_CHARS`` characters long, with the number of links it holds, in document order
    (each text and count built from its children's).

    The elements are read once in document order (``body.iter(Element)``, one C walk that leaves
    comments out) and measured in the reverse order, where each element comes after everything
    inside it: the order the end events of an ``iterwalk`` gave, without its two events an element
    and the tag reads at each (the links found by their own C walk). A child that is no element (a
    comment, which this parser drops anyway) has no entry, and is read as an empty text with no
    link, as the tag test before gave it. On the one page of every
    sixth scrapinghub_aeb page that reads them (540 elements): 8.4 million instructions by
    ``iterwalk``, 6.0 this way (tests/test_html_fast_paths.py compares the two on every eval page).
    """
    order = list(body.iter(lxml.etree.Element))  # the elements alone (no comment): no tag read
    anchors = set(body.iter("a"))
    texts: dict[Any, tuple[str, int] | None] = {}
    empty = ("", 0)
    for el in reversed(order):
        text = el.text or ""
        pieces: list[str] = [text]
        size, links = len(text), int(el in anchors)
        for child in el:
            inner = texts.get(child, empty)
            if inner is None:
                size = _MAX_CHARS + 1
                break
            pieces.append(inner[0])
            size += len(inner[0])
            links += inner[1]
            tail = child.tail or ""
            pieces.append(tail)
            size += len(tail)
            if size > _MAX_CHARS:
                break
        texts[el] = ("".join(pieces), links) if size <= _MAX_CHARS else None
    out: list[tuple[Any, str, int]] = []
    for el in order:
        found = texts[el]
        if found is None:
            continue
        text = " ".join(found[0].split())
        if text:
            out.append((el, text, found[1]))
    return out


def _letters(text: str) -> str:
    """A matching key: the lower-cased letters and digits alone, so that a title and the
    heading that prints it match across spacing, punctuation and apostrophes ("Saj's" and
    "Sajs", "£15m" and "15m").

    An ASCII text (300 of the 345 short texts of the one page of every sixth scrapinghub_aeb page
    that reads them) is read by one ``bytes.translate`` (about 1,500 instructions), the others by
    the pattern (about 30,000 a search).

    >>> _letters("Pace star Saj's Bollywood adventure") == _letters("Pace Star Sajs Bollywood Adventure")
    True
    """
    if text.isascii():  # a flag: the pattern's letters and digits are a-z, A-Z and 0-9 there
        return text.encode().translate(_LOWER, _NOT_ALNUM_BYTES).decode()
    return _wide_letters(text)


@functools.lru_cache(maxsize=1024)
def _wide_letters(text: str) -> str:
    """:func:`_letters` of a text that is not ASCII, by the pattern. Cached: the short texts of a
    page repeat (an element prints its only child's text: 128 distinct of 345 on the one page of
    every sixth scrapinghub_aeb page that reads them), and a search costs about 30,000 instructions."""
    letters: str = _NOT_ALNUM.sub("", text.lower())
    return letters


def _named_headline(el: Any) -> bool:
    """An ``<h1>``, or an element whose class, id or itemprop says headline (a bare ``<h2>``
    or ``<h3>`` heads a section of the article as often as the article)."""
    if el.tag == "h1":
        return True
    if not el.keys():  # one call: most elements of a menu or a list have no attribute at all
        return False
    marks = " ".join(filter(None, (el.get("class"), el.get("id"), el.get("itemprop"))))  # no generator
    return bool(marks) and _says_headline(marks)


@functools.lru_cache(maxsize=1024)
def _says_headline(marks: str) -> bool:
    """Whether class, id and itemprop names ``marks`` say headline (:data:`_HEADLINE_ATTR`). Cached:
    the elements of a menu or a list repeat their names (on the one page of every sixth
    scrapinghub_aeb page that reads them, 94 distinct names of 183 elements that have any), and a
    search of the pattern costs about 15,000 instructions."""
    return _HEADLINE_ATTR.search(marks) is not None


def _too_many_words(text: str) -> bool:
    """Whether ``text`` holds more than ``_MAX_WORDS`` words (:func:`~newsclean.words.tokens`). A token
    is one character at least and tokens do not overlap, so a text of ``_MAX_WORDS`` characters or fewer
    holds no more than that many: it is not split into words (tests/test_html_fast_paths.py). On the
    pages that read their short texts (7 of the 181 scrapinghub_aeb pages, about 300 short texts each,
    most of them menu items and links), most texts are that short, and a text that is not ASCII cost
    about 30,000 instructions to split.

    >>> _too_many_words("Kemble quits as coach"), _too_many_words("word " * 46)
    (False, True)
    """
    return len(text) > _MAX_WORDS and len(tokens(text)) > _MAX_WORDS


class Headlines:
    """The short texts of a page's elements, read once: those that are headline-marked, and a
    lookup from comparison key to text for matching the browser title's runs."""

    __slots__ = ("elements", "marked", "named", "texts")

    def __init__(self, root: Any) -> None:
        body = root.find("body")
        self.texts: list[tuple[str, str, bool]] = []  # (key, text, marked), document order
        self.marked: set[str] = set()  # keys of h1-h3 and class-named headline texts
        self.named: set[str] = set()  # keys of h1 and class-named headline texts
        self.elements: dict[str, Any] = {}  # key -> the first headline-marked element that prints it, else the first
        if body is None:
            return
        for el, text, links in _short_texts(body):
            if links > 1 or _too_many_words(text):
                continue  # several links: a breadcrumb or a menu, not a headline
            key = _letters(text)
            if not key:
                continue
            named = _named_headline(el)  # asked once an element: an <h2> or <h3> is marked, not named
            marked = named or el.tag in _HEADINGS
            self.texts.append((key, text, marked))
            if marked and key not in self.marked:
                self.elements[key] = el  # a headline-marked element before any other
            else:
                self.elements.setdefault(key, el)
            if marked:
                self.marked.add(key)
                if named:
                    self.named.add(key)

    def element(self, text: str) -> Any:
        """The first headline-marked element that prints ``text``, else the first element, or ``None``."""
        return self.elements.get(_letters(text))

    def matching(self, titles: Iterable[str], site: Callable[[str], bool] = lambda run: False) -> str | None:
        """The text of the element that prints the longest run of parts of one of ``titles``
        (three words or more, or two in a headline-marked element); a headline-marked element
        wins over a longer run elsewhere. A run that names the site (``site(run)``) is no
        headline: a logo or a masthead prints it."""
        runs: dict[str, int] = {}
        for title in titles:
            for run in title_runs(unmarked(title)):
                key = _letters(run)
                if key and key not in runs and not site(run):
                    runs[key] = len(tokens(run))
        best: tuple[int, bool, int] | None = None
        chosen: str | None = None
        for i, (key, text, marked) in enumerate(self.texts):
            size = runs.get(key)
            if size is None or size < (_MIN_MARKED_WORDS if marked else _MIN_RUN_WORDS):
                continue
            rank = (size, marked, -i)
            if best is None or rank > best:
                best, chosen = rank, text
        return chosen


def deck_under(heading: Any) -> str | None:
    """The deck printed right under ``heading`` (the headline's element): the next element with
    text (or the next of its parent's, for a heading alone in its box: ``<div class="headline">
    <h1>..</h1></div><div class="dek"><h2>..</h2></div>``), when it is a heading of a lower rank
    or named a deck by its class or id, and is shaped as a deck (:func:`titles.deck_shaped`): up to
    30 words, no sentence's end (a summary), no byline, no date, no opening quote (a pull quote).
    News pages print the headline's second line there ("For Astronaut, a Frustrating Wait" over
    "Delays Keep Him on Space Station After Mother's Death"); readers take the two as the headline.

    >>> from newsclean.html.parse import parse_html
    >>> root = parse_html('<div><h1 class="Headline">Cell Phones Keep You Up?</h1><h2 class="SubHead">'
    ...                   '<i>Insomnia May Be Caused By Radiation</i></h2><p>POSTED: 1 Jan</p></div>')
    >>> deck_under(root.find(".//h1"))
    'Insomnia May Be Caused By Radiation'
    >>> deck_under(parse_html('<h1>Dam Opens</h1><h2>It opened. Water flowed.</h2>').find(".//h1")) is None
    True
    """
    rank = _HEADING_RANK.get(heading.tag, 1)
    el = heading
    for _ in range(2):
        nxt = el.getnext()
        while nxt is not None and (not isinstance(nxt.tag, str) or nxt.tag == "br"
                                   or not "".join(nxt.itertext()).strip()):
            nxt = nxt.getnext()
        if nxt is not None:
            marks = " ".join(v for v in (nxt.get("class"), nxt.get("id")) if v)
            if not (rank < _HEADING_RANK.get(nxt.tag, 9) <= 4 or (marks and _DECK_ATTR.search(marks))):
                return None
            text = " ".join("".join(nxt.itertext()).split())
            return text if deck_shaped(text) else None
        parent = el.getparent()
        if parent is None or parent.tag == "body" or sum(isinstance(c.tag, str) for c in parent) != 1:
            return None
        el = parent
    return None


def site_labels(root: Any, host_tags: Iterable[Any] | None = None) -> set[str]:
    """The names in the page's own host: from ``<link rel=canonical>``, ``og:url`` or ``<base>``,
    else the host most links point to (``www.sportsnetwork.com`` -> ``{"sportsnetwork"}``);
    labels shorter than four letters and the generic ones (``www``, ``com``) left out. ``host_tags``:
    the page's ``<link>``, ``<meta>`` and ``<base>`` elements in document order, where the caller
    has gathered them (:class:`~newsclean.html.metadata.PageTags`).

    >>> from newsclean.html.parse import parse_html
    >>> sorted(site_labels(parse_html('<a href="http://www.timesandstar.co.uk/news">x</a>'
    ...                               '<a href="http://ads.example.net/">y</a><a href="/b">z</a>'
    ...                               '<a href="http://www.timesandstar.co.uk/">w</a>')))
    ['timesandstar']
    """
    host = None
    for el in root.iter("link", "meta", "base") if host_tags is None else host_tags:
        tag = el.tag
        if ((tag == "link" and "canonical" in (el.get("rel") or "").lower())
                or (tag == "meta" and (el.get("property") or "").lower() == "og:url") or tag == "base"):
            host = _host(el.get("href") or el.get("content") or "")
            if host:
                break
    if not host:
        hosts: dict[str, int] = {}
        for el in root.iter("a"):
            h = _host(el.get("href") or "")
            if h:
                hosts[h] = hosts.get(h, 0) + 1
        host = max(hosts, key=hosts.__getitem__) if hosts else None
    if not host:
        return set()
    return {label for label in host.split(".") if len(label) >= 4 and label not in _GENERIC_LABELS}


def _host(url: str) -> str | None:
    m = _URL_HOST.match(url.strip())
    return m.group(1).lower() if m else None


def names_site(part: str, labels: set[str]) -> bool:
    """Whether a title part names the site whose host has ``labels``: its letters hold a
    label, or a label holds them ("The Sports Network" on sportsnetwork.com, "WSJ.com" on
    online.wsj.com, "The Hindu News Update Service" on www.hindu.com).

    >>> names_site("The Sports Network", {"sportsnetwork"}), names_site("WSJ.com", {"online"})
    (True, True)
    >>> names_site("Hockey", {"sportsnetwork"})
    False
    """
    if len(part.split()) > _SITE_WORDS:
        return False
    letters = _letters(part)  # (its letters and digits, lower-cased, as a headline is keyed)
    if _DOMAIN.search(part):
        return True
    return len(letters) >= 4 and any(label in letters or letters in label for label in labels)


def printed_headline(root: Any, titles: Iterable[str]) -> tuple[str, str] | None:
    """``(headline, "heading")``: the text of the page element that prints the longest run
    of parts of one of ``titles``, or ``None``."""
    found = Headlines(root).matching(titles)
    return None if found is None else (found, "heading")


def headline_above(blocks: list[Any], inside: dict[int, bool], named: set[str]) -> str | None:
    """The text of the ``<h1>`` or class-named headline paragraph nearest above the article's first paragraph
    of prose (``_PROSE_WORDS`` words or more, inside the article), within ``_ABOVE`` paragraphs:
    where a page prints its headline, whatever its menus and boxes print before."""
    start = next((i for i, b in enumerate(blocks)
                  if inside[id(b.element)] and b.drop is None and len(tokens(b.text)) >= _PROSE_WORDS), None)
    if start is None:
        return None
    for b in reversed(blocks[max(0, start - _ABOVE):start]):
        if b.drop is None and len(tokens(b.text)) >= 2 and _letters(b.text) in named:
            text: str = b.text
            return text
    return None
