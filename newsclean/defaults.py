"""The default pipeline, in the order the design asks for: repair the text, cut leaked
blobs, take metadata (title, dateline, agency code, summary)."""

from __future__ import annotations

from .filters import agency, blobs, dateline, repair, summary, title
from .pipeline import Pipeline

__all__ = ["DEFAULT"]

DEFAULT = Pipeline([
    ("unicode", repair),
    ("blobs", blobs),
    ("title", title),
    ("dateline", dateline),
    ("agency", agency),
    ("summary", summary),
])
