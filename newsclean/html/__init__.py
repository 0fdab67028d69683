"""HTML in: metadata from the markup, the page rendered to paragraphs, chrome and everything
outside the article marked for removal; then the same text filters as scraped text.

Only :func:`looks_like_html` is imported eagerly; the reader (and lxml) load on first use,
so ``import newsclean`` stays light.

>>> looks_like_html("<!doctype html><title>x</title>")
True
"""

from __future__ import annotations

from typing import Any

from .detect import looks_like_html

__all__ = ["for_html", "html_chrome", "html_metadata", "looks_like_html", "read_html"]


def __getattr__(name: str) -> Any:
    if name == "read_html":
        from .reader import read_html
        return read_html
    if name == "html_chrome":  # a step (it reads only the reader's hints): kept here for old imports
        from ..filters.chrome import html_chrome
        return html_chrome
    if name == "for_html":  # how the default pipelines are put together: kept here for old imports
        from ..defaults import for_html
        return for_html
    if name == "html_metadata":
        from .metadata import html_metadata
        return html_metadata
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
