"""HTML in: metadata from the markup, the page rendered to paragraphs, chrome and everything
outside the article left out (or, for the whole page, marked for removal); then the same
text filters as scraped text.

>>> page = '''<html><head><title>Aid Arrives | Daily Planet</title></head><body>
... <nav><a href="/">Home</a> <a href="/world">World</a></nav>
... <article><h1>Aid Arrives</h1><p>The trucks came at dawn, a day late, with flour and fuel.</p>
... <p>Officials said more would follow, weather permitting, within the week.</p></article>
... </body></html>'''
>>> doc = read_html(page)
>>> doc.metadata["title"], doc.metadata["html_dropped"], len(doc.paragraphs)
('Aid Arrives', {'navigation': 9}, 3)
>>> doc = read_html(page, whole_page=True)
>>> [b.hints["drop"] for b in doc.blocks if "drop" in b.hints]
['navigation']
>>> from newsclean.filters.chrome import html_chrome
>>> doc = html_chrome(doc)
>>> [b.text for b in doc.blocks]  # doctest: +NORMALIZE_WHITESPACE
['Aid Arrives', 'The trucks came at dawn, a day late, with flour and fuel.',
 'Officials said more would follow, weather permitting, within the week.']
>>> doc.removals[0].reason, doc.removals[0].text
('navigation', 'Home World')
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

import regex

from .. import reasons
from ..dates import date_line, find_dates, parse_date
from ..document import Document
from ..strict import surrogate_warning
from ..titles import SUBTITLE, own_headline, subtitled, title_bounds, title_parts, with_deck
from ..words import norm_key, tokens
from .content import in_content
from .headline import Headlines, deck_under, headline_above, names_site, site_labels
from .metadata import PageTags, html_metadata
from .parse import parse_page, strip_unseen, text_of
from .render import element_label, render
from .stats import text_stats

__all__ = ["read_html"]

# How many paragraphs above the article a date line may be looked for in.
_HEADER_BLOCKS = 60

# Link text share above which a paragraph of the article is a link, not prose.
_LINK_PARAGRAPH = 0.9
# The most words of a browser title's part that may be a section or a slogan beside the site's
# name ("National Hockey League", "A Netsports Site").
_SECTION_WORDS = 4
_MIN_HEAD_WORDS = 3  # the fewest words a title keeps when its trail is cut
_DOMAIN_PART = regex.compile(r"\w\.\p{L}{2,6}+\b")  # "Footballworld.com", "bbc.co.uk"
_SITE_NAME_WORDS = 7  # the most words of a site's name ("ABC News (Australian Broadcasting Corporation)")


def read_html(html: str, *, metadata: Mapping[str, Any] | None = None, whole_page: bool = False) -> Document:
    """A document over the rendered text of ``html``: one paragraph a line, each with hints
    ``tag``, ``link_density``, ``element`` and, for a paragraph to remove, ``drop`` (the reason
    :func:`~newsclean.filters.chrome.html_chrome` will remove it for). ``metadata`` the caller gives wins over what the
    markup says.

    By default the document holds the article and what lies inside it; chrome and text
    outside the article are left out, and ``metadata["html_dropped"]`` counts their
    characters per reason: the text filters then read a third of the text, and the whole
    run takes about a third less time. With ``whole_page=True`` every visible paragraph is
    in the document, and what is not article text is removed with its reason, for
    :meth:`Result.explain` to show (once :func:`newsclean.filters.chrome.html_chrome` removes it).
    """
    root, surrogates = parse_page(html)
    tags = PageTags(root)  # one walk for both: the metadata's elements and the host's
    meta = html_metadata(root, tags)
    if surrogates:
        meta["warnings"] = [surrogate_warning(surrogates, "the page")]
    # before strip_unseen: <link rel=canonical>, og:url and <base> name the host
    host_labels = site_labels(root, tags.host_tags)
    strip_unseen(root)
    stats = text_stats(root)
    blocks, dropped = render(root, stats, whole_page=whole_page)
    inside = in_content(blocks, root, stats)
    _printed_title(root, meta, blocks, inside, host_labels)
    if meta.get("sources", {}).get("title") == "title":
        meta["title"] = _less_trail(root, str(meta["title"]))
    if meta.get("sources", {}).get("site_name") == "title":
        _checked_site(meta, host_labels)
    if meta.get("page_title") == meta.get("title"):
        meta.pop("page_title", None)  # kept only where the browser title says more
    if "published" not in meta:
        _date_from_header(blocks, inside, meta)
    lines: list[str] = []
    hints: list[dict[str, Any]] = []
    labels: dict[int, str] = {}
    names: dict[Any, str] = {}  # the parents' labels, read again for each of their children
    for b in blocks:
        key = id(b.element)
        drop = b.drop
        if drop is None and not inside[key]:
            drop = reasons.OUTSIDE_ARTICLE
            if not whole_page:  # left out: no hints to build
                dropped[drop] = dropped.get(drop, 0) + len(b.text)
                continue
        # A paragraph with no link text (most) has a density of 0.0, which rounds to itself: no
        # property call and no round(), which costs about 2,800 instructions (it formats the number).
        density = b.link_density if b.link_chars else 0.0
        if drop is None and density > _LINK_PARAGRAPH and b.tag != "li":
            drop = reasons.LINKS
        if key not in labels:
            labels[key] = element_label(b.element, names)
        hint: dict[str, Any] = {"tag": b.tag, "link_density": round(density, 2) if density else 0.0,
                                "element": labels[key]}
        if drop is not None:
            hint["drop"] = drop
        lines.append(b.text)
        hints.append(hint)
    if dropped:
        meta["html_dropped"] = dropped
    if metadata:
        meta.update(metadata)
        meta.setdefault("sources", {}).update(dict.fromkeys(metadata, "given"))
    doc = Document.from_text("\n".join(lines), metadata=meta, hints=hints)
    return dataclasses.replace(doc, original=html)


def _printed_title(root: Any, meta: dict[str, Any], blocks: list[Any], inside: dict[int, bool],
                   labels: set[str]) -> None:
    """The headline the page prints as ``meta["title"]`` (source ``"heading"``) in place of one
    cut from the browser title: the element that prints a run of the browser title's parts,
    else, where the browser title is missing or names only the site, the heading right above
    the article. The browser title stays in ``meta["page_title"]``."""
    sources = meta.setdefault("sources", {})
    page_title = meta.get("page_title")
    if sources.get("title") not in (None, "title"):
        # A JSON-LD or <meta> title stays. Measured: the printed headline in place of every
        # such title that differs costs readability_testpages/html 14 of 130 titles and wins 3
        # l3s_gn1 pages; in place of those neither printed nor in the browser title, 5 for 1;
        # in place of those that repeat the browser title, 3 for 2. One that names the site
        # (by its host: "Edmonton Sun" on edmontonsun.com) is no headline: the browser title's
        # is looked for instead.
        if not page_title or not names_site(str(meta["title"]), labels):
            return
        meta["title"], sources["title"] = page_title, "title"
    titles = [t for t in (page_title, meta.get("title")) if t]
    heads = Headlines(root)
    trusted = sources.get("site_name") in ("meta", "json-ld")  # not one cut from the title
    site_key = norm_key(meta.get("site_name") or "") if trusted else ""

    def site(part: str) -> bool:
        return names_site(part, labels) or (bool(site_key) and norm_key(part) == site_key)

    found = heads.matching(titles, site)
    if found is not None and page_title and subtitled(str(page_title), found):
        # the browser title goes on with the headline's subtitle, not a site's name: it stays whole
        meta["title"], sources["title"] = page_title, "title"
        if sources.get("site_name") == "title":
            del meta["site_name"], sources["site_name"]
        return
    if found is None:
        bare = not page_title or _site_only(page_title, site)
        found = headline_above(blocks, inside, heads.marked if bare else heads.named)
        if found is not None and not bare and own_headline(str(page_title), found):
            return
    if found is not None:
        meta["title"], sources["title"] = found, "heading"
        if not trusted and page_title:
            _site_from_title(meta, page_title, site)
        _add_deck(meta, heads, found)


def _add_deck(meta: dict[str, Any], heads: Headlines, headline: str) -> None:
    """The printed headline with its deck, the second line printed right under it
    (:func:`~newsclean.html.headline.deck_under`), as ``meta["title"]`` ("For Astronaut, a
    Frustrating Wait — Delays Keep Him on Space Station"), the deck alone in ``meta["deck"]``;
    not where the page's description or its browser title holds the deck (a summary, a site's
    name)."""
    el = heads.element(headline)
    deck = None if el is None else deck_under(el)
    if deck is None:
        return
    key = norm_key(deck)
    if key in norm_key(str(meta.get("description") or "")) or key in norm_key(str(meta.get("page_title") or "")):
        return
    meta["title"], meta["deck"] = with_deck(headline, deck), deck


def _less_trail(root: Any, title: str) -> str:
    """A title cut from the browser title (no element prints it) less the section and the day
    left at its end: a last part that the page prints as a link's text (its menu's item:
    ``Bush to Saudis: More Oil Please - World``) or that is a date (``... | January 15, 2008``),
    as long as three words are left.

    >>> from newsclean.html.parse import parse_html
    >>> root = parse_html('<body><a href="/w">World</a><p>Text</p></body>')
    >>> _less_trail(root, "Bush to Saudis: More Oil Please - World"), _less_trail(root, "Oil Prices | Jan 15, 2008")
    ('Bush to Saudis: More Oil Please', 'Oil Prices | Jan 15, 2008')
    """
    bounds = title_bounds(title)
    if len(bounds) < 2:
        return title
    links: set[str] | None = None
    while len(bounds) > 1:
        last = title[bounds[-1][0]:bounds[-1][1]]
        head = title[:bounds[-2][1]]
        if len(tokens(head)) < _MIN_HEAD_WORDS or SUBTITLE.match(title, bounds[-2][1]):
            break  # too short a headline left, or a subtitle joined to it (titles.subtitled)
        if parse_date(last) is None:
            if links is None:
                links = {norm_key(text_of(a)) for a in root.iter("a")}
            if norm_key(last) not in links:
                break
        title, bounds = head, bounds[:-1]
    return title


def _site_from_title(meta: dict[str, Any], page_title: str, site: Any) -> None:
    """The site's name from the browser title once the headline is known: the first part
    that names the site (by host); else the one cut from the title stays, unless it is the
    headline."""
    named = next((p for p in title_parts(page_title) if site(p)), None)
    sources = meta["sources"]
    if named is not None:
        meta["site_name"], sources["site_name"] = named, "title"
    elif "site_name" in meta and norm_key(meta["site_name"]) == norm_key(meta["title"]):
        del meta["site_name"]
        sources.pop("site_name", None)


def _checked_site(meta: dict[str, Any], labels: set[str]) -> None:
    """A site's name cut from the browser title, checked against the page: the last or the first part
    of the browser title where it names the site's host ("... - IT Pro - silicon.com"); else the name
    less what the cut left around it (a bracket, a colon: "Olympic Loser (The Bolton News)", "Kansas
    City Business Journal:"), and no name at all where it holds a date or the headline, or runs longer
    than a name (a slogan, a section and the headline: "Published January 18th, 2008", "Racing :
    Horse : Successor in great heart", "Rugby News, Results, Fixtures and Features from ...").

    >>> meta = {"title": "Pace star's adventure", "site_name": "The Bolton News)",
    ...         "page_title": "Pace star's adventure (The Bolton News)", "sources": {"site_name": "title"}}
    >>> _checked_site(meta, {"thisisbolton"}); meta["site_name"]
    'The Bolton News'
    >>> meta = {"title": "Game review", "site_name": "Published January 18th, 2008",
    ...         "page_title": "Game review | Published January 18th, 2008", "sources": {"site_name": "title"}}
    >>> _checked_site(meta, set()); "site_name" in meta
    False
    """
    title, name, sources = str(meta.get("title") or ""), str(meta["site_name"]), meta["sources"]
    page_title = str(meta.get("page_title") or "")
    parts = title_parts(page_title)
    ends = parts[-1:] + parts[:1] if len(parts) > 1 else []  # where a site puts its name; its address first
    ends.sort(key=lambda p: _DOMAIN_PART.search(p) is None)
    named = next((p for p in ends if names_site(p, labels) and norm_key(p) != norm_key(title)), None)
    name = (named or name).strip(" :;,|-–—")
    if name.endswith(")") and "(" not in name:
        name = name[:-1].rstrip()
    if (not name or find_dates(name) or len(tokens(name)) > _SITE_NAME_WORDS
            or (title and norm_key(title) in norm_key(name))):
        del meta["site_name"], sources["site_name"]
    else:
        meta["site_name"] = name


def _site_only(page_title: str, site: Any) -> bool:
    """Whether a browser title names only the site (and a section or a slogan of up to
    ``_SECTION_WORDS`` words): one of its parts names the site (``site(part)``)."""
    parts = title_parts(page_title)
    named = [p for p in parts if site(p)]
    return bool(named) and all(p in named or len(p.split()) <= _SECTION_WORDS for p in parts)


def _date_from_header(blocks: list[Any], inside: dict[int, bool], meta: dict[str, Any]) -> None:
    """For a page whose markup gives no date: a date line printed above the article body
    (in the article's header, outside the body container), read as the publication date."""
    for b in blocks[:_HEADER_BLOCKS]:
        if inside[id(b.element)]:
            return
        found = date_line(b.text)
        if found is not None and found.value is not None and found.kind == "published":
            meta["published"] = found.value
            meta.setdefault("sources", {})["published"] = "text"
            return
