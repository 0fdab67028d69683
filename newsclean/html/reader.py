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
>>> doc = html_chrome(doc)
>>> [b.text for b in doc.blocks]  # doctest: +NORMALIZE_WHITESPACE
['Aid Arrives', 'The trucks came at dawn, a day late, with flour and fuel.',
 'Officials said more would follow, weather permitting, within the week.']
>>> doc.removals[0].reason, doc.removals[0].text
('navigation', 'Home World')
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Mapping
from typing import Any

from ..dates import date_line
from ..document import Document, Removal
from ..pipeline import Pipeline
from ..strict import surrogate_warning
from .content import in_content
from .metadata import html_metadata
from .parse import parse_page, strip_unseen
from .render import element_label, render
from .stats import text_stats

__all__ = ["TEXT_ONLY", "for_html", "html_chrome", "read_html"]

# Text filters whose work the DOM does better on HTML input. "paragraphs" finds the article
# by the shape of its lines; on HTML the article is already found, and it takes lists, tables
# and code inside it for furniture (measured: scrapinghub_aeb/html body F1 95.9 with it,
# 96.7 without; readability_testpages/html 95.1 and 95.9). A pipeline the caller passes
# runs as given.
TEXT_ONLY = ("paragraphs",)
# How many paragraphs above the article a date line may be looked for in.
_HEADER_BLOCKS = 60

# Link text share above which a paragraph of the article is a link, not prose.
_LINK_PARAGRAPH = 0.9


def read_html(html: str, *, metadata: Mapping[str, Any] | None = None, whole_page: bool = False) -> Document:
    """A document over the rendered text of ``html``: one paragraph a line, each with hints
    ``tag``, ``link_density``, ``element`` and, for a paragraph to remove, ``drop`` (the reason
    :func:`html_chrome` will remove it for). ``metadata`` the caller gives wins over what the
    markup says.

    By default the document holds the article and what lies inside it; chrome and text
    outside the article are left out, and ``metadata["html_dropped"]`` counts their
    characters per reason: the text filters then read a third of the text, and the whole
    run takes about a third less time. With ``whole_page=True`` every visible paragraph is
    in the document, and what is not article text is removed with its reason, for
    :meth:`Result.explain` to show.
    """
    root, surrogates = parse_page(html)
    meta = html_metadata(root)
    if surrogates:
        meta["warnings"] = [surrogate_warning(surrogates, "the page")]
    strip_unseen(root)
    stats = text_stats(root)
    blocks, dropped = render(root, stats, whole_page=whole_page)
    inside = in_content(blocks, root, stats)
    if "published" not in meta:
        _date_from_header(blocks, inside, meta)
    lines: list[str] = []
    hints: list[dict[str, Any]] = []
    labels: dict[int, str] = {}
    for b in blocks:
        key = id(b.element)
        density = b.link_density
        drop = b.drop
        if drop is None and not inside[key]:
            drop = "outside_article"
            if not whole_page:  # left out: no hints to build
                dropped[drop] = dropped.get(drop, 0) + len(b.text)
                continue
        if drop is None and density > _LINK_PARAGRAPH and b.tag != "li":
            drop = "links"
        if key not in labels:
            labels[key] = element_label(b.element)
        hint: dict[str, Any] = {"tag": b.tag, "link_density": round(density, 2), "element": labels[key]}
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


def html_chrome(doc: Document) -> Document:
    """Remove the paragraphs the HTML reader marked (hint ``drop``), for the reason it gave."""
    marked = [p for p in doc.paragraphs if p.hints.get("drop")]
    if not marked:
        return doc
    if doc.removals:  # a filter ran before: let the document merge the spans
        return doc.remove_spans((p.start, p.end, p.hints["drop"]) for p in marked)
    text = doc.text  # paragraphs are trimmed and disjoint: each is one removal as it stands
    removals = tuple(Removal(p.start, p.end, p.hints["drop"], "", text[p.start:p.end]) for p in marked)
    return dataclasses.replace(doc, removals=removals)


html_chrome.name = "html"  # type: ignore[attr-defined]


@functools.lru_cache(maxsize=4)
def _for_default(default: Pipeline) -> Pipeline:
    return for_html(default.without(*(name for name in TEXT_ONLY if name in default)))


def for_html(pipeline: Pipeline | None = None) -> Pipeline:
    """``pipeline`` with :func:`html_chrome` run right after text repair (first if there is
    none), so the text filters judge only the article. With no pipeline, :data:`DEFAULT`
    less the :data:`TEXT_ONLY` filters.

    >>> "paragraphs" in for_html(), for_html().names.index("html")
    (False, 1)
    """
    if pipeline is None:
        from ..defaults import DEFAULT
        return _for_default(DEFAULT)
    if "html" in pipeline:
        return pipeline
    if "unicode" in pipeline:
        return pipeline.insert(html_chrome, after="unicode")
    names = pipeline.names
    return pipeline.insert(html_chrome, before=names[0]) if names else pipeline.insert(html_chrome)
