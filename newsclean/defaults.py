"""The default pipelines, in the order the design asks for: repair the text, find the units of
text without lines (segment a line that holds a page run together, join lines cut at every
tag), cut leaked
blobs and furniture lines, take metadata (title, dateline, byline, wire dateline and credits, agency code,
summary), then judge the paragraphs in context. HTML input runs the same steps with the HTML
reader's chrome removed right after repair, less the :data:`TEXT_ONLY` steps.

>>> "paragraphs" in for_html(), for_html().names.index("html")
(False, 1)
"""

from __future__ import annotations

import functools

from .filters.agency import agency
from .filters.blobs import blobs
from .filters.boilerplate import boilerplate
from .filters.byline import byline
from .filters.chrome import html_chrome
from .filters.dateline import dateline
from .filters.page import page
from .filters.paragraphs import paragraphs
from .filters.segment import join, segment
from .filters.summary import summary
from .filters.title import title
from .filters.unicode import repair
from .filters.wire import wire
from .pipeline import Pipeline

__all__ = ["DEFAULT", "TEXT_ONLY", "for_html"]

DEFAULT = Pipeline([
    ("unicode", repair),
    ("segment", segment),
    ("join", join),
    ("blobs", blobs),
    ("boilerplate", boilerplate),
    ("page", page),
    ("title", title),
    ("dateline", dateline),
    ("byline", byline),
    ("wire", wire),
    ("agency", agency),
    ("summary", summary),
    ("paragraphs", paragraphs),
])

# Text filters whose work the DOM does better on HTML input. "paragraphs" finds the article
# by the shape of its lines; on HTML the article is already found, and it takes lists, tables
# and code inside it for furniture (measured: scrapinghub_aeb/html body F1 95.9 with it,
# 96.7 without; readability_testpages/html 95.1 and 95.9). A pipeline the caller passes
# runs as given.
TEXT_ONLY = ("segment", "join", "page", "paragraphs")


@functools.lru_cache(maxsize=4)
def _for_default(default: Pipeline) -> Pipeline:
    return for_html(default.without(*(name for name in TEXT_ONLY if name in default)))


def for_html(pipeline: Pipeline | None = None) -> Pipeline:
    """``pipeline`` with :func:`~newsclean.filters.chrome.html_chrome` run right after text
    repair (first if there is none), so the text filters judge only the article. With no
    pipeline, :data:`DEFAULT` less the :data:`TEXT_ONLY` filters.
    """
    if pipeline is None:
        return _for_default(DEFAULT)
    if "html" in pipeline:
        return pipeline
    if "unicode" in pipeline:
        return pipeline.insert(html_chrome, after="unicode")
    names = pipeline.names
    return pipeline.insert(html_chrome, before=names[0]) if names else pipeline.insert(html_chrome)
