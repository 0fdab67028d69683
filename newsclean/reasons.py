"""Every reason a removal can give, as a named constant with a one-line meaning.

A removal's ``reason`` (``r.removed[i].reason``) is one of these slugs. They are grouped by
kind: :data:`METADATA` (taken out of the text into ``metadata``), :data:`FURNITURE` (page
furniture around or inside the article), :data:`LEAKED` (data that leaked into the text),
:data:`CONTEXT` (what the article's context tells apart: sections around the article) and
:data:`HTML` (what the HTML reader knew from the markup). The README's reason table is
:func:`table`, and ``tests/test_reasons.py`` checks that they agree and that every step
removes only for reasons named here.

>>> DATELINE, MEANINGS[DATELINE]
('dateline', 'the date line printed with the article (published or updated)')
>>> kind_of(PHP_DUMP), kind_of("navigation")
('leaked', 'furniture')
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

__all__ = [
    "ABOUT", "ADS", "AGENCY_CODE", "AGENCY_TRAILER", "ASIDE", "BOILERPLATE", "BYLINE", "CAPTION", "COMMENTS",
    "CONTEXT", "COOKIE", "COPYRIGHT", "DATELINE", "DIALOG", "FOOTER", "FORM", "FORMULA", "FURNITURE", "HEADER",
    "HIDDEN", "HTML", "JSON", "KINDS", "LEAKED", "LINKS", "MARKUP", "MEANINGS", "METADATA", "NAVIGATION", "NEWSLETTER",
    "OUTSIDE_ARTICLE", "PHOTO_CREDIT", "PHP_DUMP", "PLAYER", "RELATED", "RELATED_LINKS", "SCRIPT", "SHARE",
    "SUMMARY", "TAGS", "TITLE", "WIRE_DATELINE", "kind_of", "table",
]

# -- metadata taken: the span's content is in ``metadata`` --------------------------------------
TITLE = "title"
DATELINE = "dateline"
BYLINE = "byline"
WIRE_DATELINE = "wire_dateline"
AGENCY_TRAILER = "agency_trailer"
AGENCY_CODE = "agency_code"
SUMMARY = "summary"

# -- furniture: lines of the page that are not the article -----------------------------------
SHARE = "share"
NEWSLETTER = "newsletter"
COOKIE = "cookie"
COPYRIGHT = "copyright"
PHOTO_CREDIT = "photo_credit"
CAPTION = "caption"
PLAYER = "player"
NAVIGATION = "navigation"
TAGS = "tags"
BOILERPLATE = "boilerplate"

# -- leaked data: serialized data or source code in the text ----------------------------------
PHP_DUMP = "php_dump"
JSON = "json"
SCRIPT = "script"
FORMULA = "formula"
MARKUP = "markup"

# -- context: sections around the article, told by their heading and place --------------------
RELATED_LINKS = "related_links"
COMMENTS = "comments"
ABOUT = "about"

# -- HTML: what the markup says (tag, ARIA role, class and id words, link density) ------------
ASIDE = "aside"
DIALOG = "dialog"
FORM = "form"
FOOTER = "footer"
HEADER = "header"
RELATED = "related"
ADS = "ads"
HIDDEN = "hidden"
LINKS = "links"
OUTSIDE_ARTICLE = "outside_article"

_METADATA = {
    TITLE: "the headline (metadata title)",
    DATELINE: "the date line printed with the article (published or updated)",
    BYLINE: "the author line (metadata authors)",
    WIRE_DATELINE: 'a wire story\'s opening "PLACE (Agency) -" (metadata agency, dateline)',
    AGENCY_TRAILER: 'a wire story\'s credits, "(Reporting by ...; Editing by ...)"',
    AGENCY_CODE: 'an agency\'s story code after the article, "219-11" (metadata agency_code)',
    SUMMARY: "the standfirst repeating the article's lead (metadata summary)",
}
_FURNITURE = {
    SHARE: "share buttons and counts",
    NEWSLETTER: "newsletter and subscription boxes",
    COOKIE: "cookie and consent banners",
    COPYRIGHT: "copyright and rights notices",
    PHOTO_CREDIT: "a photo's credit line",
    CAPTION: "a photo's or a diagram's caption",
    PLAYER: "a video player's controls",
    NAVIGATION: "menus, breadcrumbs, links to the previous or next article",
    TAGS: "the article's tags or topics",
    BOILERPLATE: "a line outside the article's run of paragraphs with no more telling reason",
}
_LEAKED = {
    PHP_DUMP: "PHP var_dump or serialize output",
    JSON: "JSON on its own lines",
    SCRIPT: "script source (JavaScript, JSON-LD)",
    FORMULA: "a formula's TeX source and the symbols printed before it",
    MARKUP: "the page's tags that open the cleaned text, which would read as HTML when cleaned again",
}
_CONTEXT = {
    RELATED_LINKS: 'links to other stories ("Most Read", "Related") and what follows them',
    COMMENTS: "the readers' comments and what follows them",
    ABOUT: "the author's or the site's box",
}
_HTML = {
    ASIDE: "a sidebar, widget or rail",
    DIALOG: "a modal, popup or overlay",
    FORM: "a form (search, login, comment)",
    FOOTER: "the page's footer",
    HEADER: "the page's header or masthead",
    RELATED: "a related or recommended box",
    ADS: "an advertisement slot",
    HIDDEN: "text for screen readers only",
    LINKS: "a paragraph of the article that is mostly links",
    OUTSIDE_ARTICLE: "text outside the article's container",
}

#: Each kind's reasons, in the README's order.
KINDS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "metadata": tuple(_METADATA), "furniture": tuple(_FURNITURE), "leaked": tuple(_LEAKED),
    "context": tuple(_CONTEXT), "html": tuple(_HTML),
})
METADATA, FURNITURE, LEAKED, CONTEXT, HTML = (frozenset(KINDS[k]) for k in KINDS)
#: Every reason's one-line meaning.
MEANINGS: Mapping[str, str] = MappingProxyType({**_METADATA, **_FURNITURE, **_LEAKED, **_CONTEXT, **_HTML})


def kind_of(reason: str) -> str | None:
    """The kind a reason belongs to (``None`` for a reason not named here, a user filter's).

    >>> kind_of("byline"), kind_of("shouted")
    ('metadata', None)
    """
    return next((kind for kind, names in KINDS.items() if reason in names), None)


def table() -> str:
    """The README's reason table (Markdown), one row a reason.

    >>> print(table().splitlines()[2])
    | metadata | `title` | the headline (metadata title) |
    """
    rows = ["| kind | reason | what |", "|---|---|---|"]
    rows += [f"| {kind} | `{r}` | {MEANINGS[r]} |" for kind, names in KINDS.items() for r in names]
    return "\n".join(rows)
