"""Read an article's metadata from the page markup, most trusted source first.

Sources, in order of trust: JSON-LD (``NewsArticle``, ``Article``, ``BlogPosting``... also
inside ``@graph``), Dublin Core and OpenGraph ``<meta property>`` tags, other ``<meta name>``
tags, microdata (``itemprop``), ``<time datetime>``, and the ``<title>`` element (whose site
name is split off). ``metadata["sources"]`` tells where each field came from.

>>> import lxml.html
>>> page = lxml.html.document_fromstring('''<html><head>
... <title>Aid Arrives in Efrin | Daily Planet</title>
... <meta property="article:published_time" content="2016-03-21T16:25:32+02:00">
... <script type="application/ld+json">{"@type": "NewsArticle",
...   "author": [{"@type": "Person", "name": "By Jane Roe"}, "John Doe"]}</script>
... </head><body><p>Trucks came.</p></body></html>''')
>>> meta = html_metadata(page)
>>> meta["title"], meta["site_name"], meta["authors"]
('Aid Arrives in Efrin', 'Daily Planet', ['Jane Roe', 'John Doe'])
>>> meta["published"].isoformat(), meta["sources"]["published"], meta["sources"]["title"]
('2016-03-21T16:25:32+02:00', 'meta', 'title')
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from typing import Any

import lxml.etree
import regex

from ..dates import parse_date
from ..lexicon import AUTHOR_ROLES, BYLINE_PREFIXES, DESKS, NAME_JOINS, NAME_PARTICLES, all_of
from ..titles import split_site, unmarked
from .parse import text_of

__all__ = ["PageTags", "clean_authors", "html_metadata", "read_datetime"]

ARTICLE_TYPES = frozenset({
    "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
    "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "askpublicnewsarticle",
    "liveblogposting", "techarticle", "scholarlyarticle", "report",
    "socialmediaposting", "discussionforumposting", "satiricalarticle", "advertisercontentarticle",
})
PAGE_TYPES = frozenset({"webpage", "itempage", "aboutpage", "collectionpage", "medicalwebpage"})

# <meta> keys (lower-cased ``property``, ``name`` or ``itemprop``) per field, best first.
# Where a site's own name ends in its longer form ("Aktuálně.cz - Víte, co se právě děje"): _site_keys.
_SEPARATOR = regex.compile(r"\s[|\-–—·•»]{1,2}+\s|\s*+(?:::|\|)\s*+")
_TITLE_KEYS = ("dc:title", "dcterm:title", "dc.title", "dcterms.title", "og:title", "title",
               "twitter:title", "parsely-title", "sailthru.title")
_PUBLISHED_KEYS = ("article:published_time", "og:article:published_time", "datepublished",
                   "article.published", "published_time", "og:published_time", "parsely-pub-date",
                   "sailthru.date", "pubdate", "publishdate", "publish-date", "publish_date",
                   "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dcterms.created",
                   "citation_publication_date", "citation_date", "date", "article:published",
                   "cxenseparse:recs:publishtime", "originalpublicationdate")
_MODIFIED_KEYS = ("article:modified_time", "og:updated_time", "datemodified", "last-modified",
                  "dcterms.modified", "article.updated")
_AUTHOR_KEYS = ("author", "article:author", "dc.creator", "dc:creator", "dcterms.creator",
                "parsely-author", "sailthru.author", "citation_author", "byl")
_SITE_KEYS = ("og:site_name", "application-name", "publisher", "dc.publisher")
_DESCRIPTION_KEYS = ("description", "og:description", "twitter:description", "dc.description")

# A byline word before the names ("By Jane Roe", "Analysis by Ann Lee", "Par Jean Dupont"): the byline's
# words less the name particles, as a field that holds only names cannot tell "Von Max Muster" from
# "von Trier, Lars" or "Di Maria".
_BY_WORDS = [p for p in all_of(BYLINE_PREFIXES) if p not in set(all_of(NAME_PARTICLES))]
_BY = regex.compile(r"^(?:\w++\s++)?(?:" + "|".join(regex.escape(p) for p in _BY_WORDS) + r")\s++", regex.IGNORECASE)
# Job titles a byline puts beside the name ("AP National Security Writer") and desks' credits ("Washington
# Bureau"): a part that holds one is no person's name. The byline step's own words.
_ROLE = regex.compile(r"\b(?:" + "|".join(regex.escape(r) for r in (*all_of(AUTHOR_ROLES), *all_of(DESKS))) + r")s?\b",
                      regex.IGNORECASE)
_AUTHOR_SPLIT = regex.compile(r"\s*+(?:,|;|&|\b(?:" + "|".join(regex.escape(w) for w in all_of(NAME_JOINS))
                              + r")\b)\s*+", regex.IGNORECASE)
# Comment and CDATA wrappers around a script's JSON: `<!--`, `//<![CDATA[`, `//]]>`.
_OPENERS = ("//", "<!--", "<![CDATA[")
_CLOSERS = ("-->", "]]>", "//")
_SPACES = regex.compile(r"\s*+")
_KEY_ATTRIBUTES = frozenset({"property", "name", "itemprop"})  # a <meta>'s attributes that name its keys
_NOT_A_NAME = regex.compile(r"https?:|www\.|@|\.(?:com|org|net)\b|^\W*$")


class PageTags:
    """The elements metadata is read from, gathered in one pass over the page (each
    ``root.iter(tag)`` walks the whole tree; four of them took a quarter of the reading), and
    ``host_tags``: the ``<link>``, ``<meta>`` and ``<base>`` elements in document order, which
    :func:`~newsclean.html.headline.site_labels` reads for the page's host (gathered in the same
    pass: a walk of a page's tree that was not read just before costs more time than its
    instructions tell, its nodes being out of the processor's caches)."""

    __slots__ = ("host_tags", "meta", "script", "time", "title")

    def __init__(self, root: Any) -> None:
        self.meta: list[Any] = []
        self.script: list[Any] = []
        self.time: list[Any] = []
        self.host_tags: list[Any] = []
        self.title: Any = None
        for el in root.iter("meta", "script", "title", "time", "link", "base"):
            tag = el.tag
            if tag == "meta":
                self.meta.append(el)
                self.host_tags.append(el)
            elif tag == "script":
                self.script.append(el)
            elif tag == "title":
                if self.title is None:
                    self.title = el
            elif tag == "time":
                self.time.append(el)
            else:
                self.host_tags.append(el)


def _meta_tags(metas: list[Any]) -> dict[str, str]:
    """First non-empty ``content`` per lower-cased ``property``/``name``/``itemprop`` key.

    Each element's attributes are read by one ``items()`` call, where four ``get`` calls looked
    them up one by one (a page holds about 34 ``<meta>``). An element gives every key it names
    the same content, so the order of its attributes does not matter, and an lxml element holds
    each attribute name once (the parser keeps the first of a repeated one), as ``get`` reads it
    (tests/test_html_fast_paths.py)."""
    out: dict[str, str] = {}
    for el in metas:
        content = ""
        named: list[str] = []
        for attr, value in el.items():
            if attr == "content":
                content = value
            elif attr in _KEY_ATTRIBUTES:
                named.append(value)
        content = content.strip()
        if not content:
            continue
        for value in named:
            for key in value.lower().split():  # property="og:title twitter:title"
                out.setdefault(key, content)
    return out


def _meta_title(metas: dict[str, str], page_title: str) -> str | None:
    """The title the page's ``<meta>`` tags give (:data:`_TITLE_KEYS`, best first), but not a bare
    ``<meta name="title">`` that repeats the browser title word for word: content systems fill that
    old tag with a copy of the ``<title>``, trail and all ("Snake saved -- Page 1 -- Times Union"),
    which tells no more than the ``<title>`` does, so the browser title's rules read it (the
    headline the page prints, the trail cut where the page confirms it). A tag written for sharing
    or for a record (``og:title``, Dublin Core) stands as it is, trail or not.

    >>> _meta_title({"title": "Dam Opens | Planet"}, "Dam Opens | Planet") is None
    True
    >>> _meta_title({"title": "Dam Opens"}, "Dam Opens | Planet")
    'Dam Opens'
    >>> _meta_title({"og:title": "Dam Opens | Planet", "title": "Dam Opens | Planet"}, "Dam Opens | Planet")
    'Dam Opens | Planet'
    """
    key = next((k for k in _TITLE_KEYS if k in metas), None)
    if key is None or (key == "title" and " ".join(metas[key].split()) == page_title):
        return None
    return metas[key]


def _json_objects(value: Any) -> Iterator[dict[str, Any]]:
    """Every dict in a JSON-LD value, ``@graph`` entries and nested ``mainEntity`` included."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            yield item
            for key in ("@graph", "mainEntity", "mainEntityOfPage"):
                if isinstance(item.get(key), (list, dict)):
                    stack.append(item[key])


def _types(obj: dict[str, Any]) -> set[str]:
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {str(k).lower().rsplit("/", 1)[-1] for k in kinds if k}


def _json_ld(scripts: list[Any]) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
    """The first article object and the first web-page object in the page's JSON-LD."""
    article = page = None
    for script in scripts:
        if "ld+json" not in (script.get("type") or "").lower() or not script.text:
            continue
        raw = _unwrap(script.text)
        try:
            data = json.loads(raw, strict=False)
        except (ValueError, RecursionError):  # RecursionError: nested deeper than json reads
            continue
        for obj in _json_objects(data):
            kinds = _types(obj)
            if article is None and kinds & ARTICLE_TYPES:
                article = obj
            elif page is None and kinds & PAGE_TYPES:
                page = obj
        if article is not None:
            break
    return article, page


def _unwrap(raw: str) -> str:
    r"""A script's text less the comment and CDATA wrappers around it.

    >>> _unwrap('  //<![CDATA[\n {"a": "]]>"} \n//]]>  ')
    '{"a": "]]>"}'
    """
    # Positions, not copies: a script of "<!--" a hundred thousand times over is cut one
    # wrapper at a time, and copying what is left at each cut would read it all every time.
    start, end = 0, len(raw)
    start = _SPACES.match(raw, start, end).end()
    while end > start and raw[end - 1].isspace():
        end -= 1
    changed = True
    while changed:
        changed = False
        for opener in _OPENERS:
            if raw.startswith(opener, start, end):
                start = _SPACES.match(raw, start + len(opener), end).end()
                changed = True
        for closer in _CLOSERS:
            if end - start >= len(closer) and raw.endswith(closer, start, end):
                end -= len(closer)
                while end > start and raw[end - 1].isspace():
                    end -= 1
                changed = True
    return raw[start:end]


def _text(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value")
    if isinstance(value, str) and value.strip():
        return " ".join(value.split())
    return None


def read_datetime(value: Any) -> dt.datetime | None:
    """A date or timestamp as the markup gives it, as a ``datetime`` (zone kept).

    >>> read_datetime("2015-03-27T13:07:55.096Z").isoformat()
    '2015-03-27T13:07:55+00:00'
    >>> read_datetime("Fri, 24 Jul 2015 05:36:09 +0100").isoformat()
    '2015-07-24T05:36:09+01:00'
    >>> read_datetime("soon") is None
    True
    """
    text = _text(value)
    if not text or len(text) > 80:
        return None
    found = parse_date(text)
    if found is not None and found.value is not None:
        return found.value
    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        pass
    for fmt in ("%a, %d %b %Y %H:%M:%S %z", "%Y%m%d", "%Y%m%dT%H%M%S%z", "%Y-%m-%dT%H:%M%z"):
        try:
            return dt.datetime.strptime(text, fmt)
        except ValueError:
            continue
    return None


def clean_authors(values: Any) -> list[str]:
    """Author names from a JSON-LD ``author`` value or a meta tag's text: ``By`` prefixes, URLs,
    handles and job titles dropped, lists split, "Last, First" turned round, duplicates removed.

    >>> clean_authors([{"name": "By Jane Roe and John Doe"}, "https://x.com/jroe", "Jane Roe"])
    ['Jane Roe', 'John Doe']
    >>> clean_authors("Analysis by Ann Lee, CNN Editor-at-large"), clean_authors("Needleman, Sarah")
    (['Ann Lee'], ['Sarah Needleman'])
    """
    items = values if isinstance(values, list) else [values]
    out: list[str] = []
    for item in items:
        name = _text(item)
        if not name or len(name) > 200:
            continue
        name = _BY.sub("", name)
        parts = [_BY.sub("", p.strip(" .,;|-–—")) for p in _AUTHOR_SPLIT.split(name)]
        if "," in name and len(parts) == 2 and all(len(p.split()) == 1 for p in parts):
            parts = [f"{parts[1]} {parts[0]}"]  # "Needleman, Sarah"
        for part in parts:
            if (part and not _NOT_A_NAME.search(part) and not _ROLE.search(part)
                    and len(part.split()) <= 6 and part not in out):
                out.append(part)
    return out


def _site_keys(names: tuple[str | None, ...]) -> set[str]:
    """Comparison keys of a site's names (``og:site_name``, the JSON-LD publisher), each whole and
    its first part alone: ``Aktuálně.cz - Víte, co se právě děje`` is ``Aktuálně.cz`` in titles.

    >>> sorted(_site_keys(("Aktuálně.cz - Víte, co se právě děje", None)))
    ['aktuálně cz', 'aktuálně cz víte co se právě děje']
    """
    keys = set()
    for name in names:
        if name:
            keys |= {_key(name), _key(_SEPARATOR.split(name)[0])}
    keys.discard("")
    return keys


_WORDS = regex.compile(r"\w+")  # compiled once: regex.findall(pattern, ...) looks its cache up on every call


def _key(text: str) -> str:
    return " ".join(_WORDS.findall(text.lower()))


def _ld_title(ld: dict[str, Any], page_title: str, sites: frozenset[str] | set[str] = frozenset()) -> str | None:
    """JSON-LD ``headline``, or ``name`` where the two differ and only ``name`` is in the
    page title (Wikipedia's headline is a description: "Wikimedia list article"); a title that is
    the site's name (``sites``: :func:`_site_keys`) is none, and the other one stands.

    >>> ld = {"headline": "Souček is easy to overlook", "name": "Aktuálně.cz"}
    >>> _ld_title(ld, "Souček's work is easy to overlook - Aktuálně.cz", {"aktuálně cz"})
    'Souček is easy to overlook'
    >>> _ld_title({"headline": "Wikimedia list article", "name": "List of rivers"}, "List of rivers - Wikipedia")
    'List of rivers'
    """
    headline, name = (t if t and _key(t) not in sites else None
                      for t in (_text(ld.get("headline")), _text(ld.get("name"))))
    if headline and name and headline != name:
        key = _key(page_title)
        if _key(name) in key and _key(headline) not in key:
            return name
    return headline or name


def _time_element(times: list[Any]) -> str | None:
    """The ``datetime`` of the first ``<time>`` marked as the publication date, else the first."""
    first = None
    for el in times:
        value = el.get("datetime") or ""
        if not value.strip():
            continue
        if el.get("pubdate") is not None or (el.get("itemprop") or "").lower() == "datepublished":
            return value
        first = first or value
    return first


# The itemprop attributes themselves, not the elements that have one: libxml2 reads each element's
# attributes at C speed, where "//*[@itemprop]" builds an XPath value to test each element (on every
# sixth scrapinghub_aeb page, 1.33 million instructions a page that reads them, 0.36 million now).
# Each value (a smart string) knows its element; an element has one itemprop at most.
_ITEMPROP = lxml.etree.XPath("//@itemprop")


class _Microdata:
    """The page's ``[itemprop]`` elements, found on the first look-up only (one XPath walk over
    the page for the date and the authors both; none where JSON-LD or ``<meta>`` gave them)."""

    __slots__ = ("_found", "_root")

    def __init__(self, root: Any) -> None:
        self._root = root
        self._found: list[tuple[str, Any]] | None = None

    def __call__(self, prop: str) -> list[Any]:
        """The elements whose ``itemprop`` is ``prop`` (lower-cased), in document order.

        >>> root = lxml.etree.fromstring('<html><p itemprop="Author">A</p><i itemprop="x">B</i></html>')
        >>> [el.text for el in _Microdata(root)("author")]
        ['A']
        """
        if self._found is None:
            self._found = [(value.lower(), value.getparent()) for value in _ITEMPROP(self._root)]
        return [el for value, el in self._found if value == prop]


def html_metadata(root: Any, tags: PageTags | None = None) -> dict[str, Any]:
    """Title, dates, authors, site name and description of a parsed page (an ``lxml``
    tree), with ``sources``: field name to ``"json-ld"``, ``"meta"``, ``"microdata"``,
    ``"time"`` or ``"title"``. ``tags``: the page's :class:`PageTags`, where the caller has
    gathered them."""
    if tags is None:
        tags = PageTags(root)
    microdata = _Microdata(root)
    article, page = _json_ld(tags.script)
    ld = article or {}
    metas = _meta_tags(tags.meta)
    meta: dict[str, Any] = {}
    sources: dict[str, str] = {}

    def put(field: str, value: Any, source: str) -> None:
        if field not in meta and value not in (None, "", []):
            meta[field] = value
            sources[field] = source

    def from_meta(keys: tuple[str, ...]) -> str | None:
        return next((metas[k] for k in keys if k in metas), None)

    # Title.
    title_el = tags.title
    page_title = unmarked(" ".join((text_of(title_el) if title_el is not None else "").split()))
    publisher, site_meta = _text(ld.get("publisher")), from_meta(_SITE_KEYS)
    # the site's name is no article's title ("name": "Aktuálně.cz" beside the headline)
    put("title", _ld_title(ld, page_title, _site_keys((site_meta, publisher))), "json-ld")
    put("title", _meta_title(metas, page_title), "meta")
    # Site name.
    put("site_name", site_meta, "meta")
    put("site_name", publisher, "json-ld")
    if page_title:
        meta["page_title"] = page_title
        headline, site = split_site(page_title, meta.get("site_name"))
        put("title", headline, "title")
        put("site_name", site, "title")
    # Dates.
    for field, key, keys in (("published", "datePublished", _PUBLISHED_KEYS),
                             ("modified", "dateModified", _MODIFIED_KEYS)):
        put(field, read_datetime(ld.get(key)), "json-ld")
        put(field, read_datetime(from_meta(keys)), "meta")
        put(field, read_datetime((page or {}).get(key)), "json-ld")
    if "published" not in meta:
        for el in microdata("datepublished"):
            put("published", read_datetime(el.get("content") or el.get("datetime") or text_of(el)),
                "microdata")
    put("published", read_datetime(_time_element(tags.time)), "time")
    # Authors.
    put("authors", clean_authors(ld.get("author")), "json-ld")
    put("authors", clean_authors([v for k in _AUTHOR_KEYS if (v := metas.get(k))][:1]), "meta")
    if "authors" not in meta:
        names = [el.get("content") or text_of(el) for el in microdata("author")]
        put("authors", clean_authors(names), "microdata")
    # Description and language.
    put("description", _text(ld.get("description")), "json-ld")
    put("description", from_meta(_DESCRIPTION_KEYS), "meta")
    html_el = root if root.tag == "html" else root.getroottree().getroot()
    put("language", (html_el.get("lang") or "").strip() or None, "html")
    if sources:
        meta["sources"] = sources
    return meta
