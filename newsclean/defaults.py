"""The default pipeline, in the order the design asks for: repair the text, find the units of
text without lines (segment a line that holds a page run together, join lines cut at every
tag), cut leaked
blobs and furniture lines, take metadata (title, dateline, byline, wire dateline and credits, agency code,
summary), then judge
the paragraphs in context."""

from __future__ import annotations

from .filters import (
    agency,
    blobs,
    boilerplate,
    byline,
    dateline,
    join,
    paragraphs,
    repair,
    segment,
    summary,
    title,
    wire,
)
from .pipeline import Pipeline

__all__ = ["DEFAULT"]

DEFAULT = Pipeline([
    ("unicode", repair),
    ("segment", segment),
    ("join", join),
    ("blobs", blobs),
    ("boilerplate", boilerplate),
    ("title", title),
    ("dateline", dateline),
    ("byline", byline),
    ("wire", wire),
    ("agency", agency),
    ("summary", summary),
    ("paragraphs", paragraphs),
])
