"""A Scrapy item pipeline that cleans each scraped page and writes the result into the item.

Enable it in ``settings.py``::

    ITEM_PIPELINES = {"newsclean.integrations.scrapy.NewsCleanPipeline": 300}
    NEWSCLEAN_TEXT_FIELD = "text"     # the item field holding page text (default)
    NEWSCLEAN_HTML_FIELD = "html"     # the item field holding page HTML, used first (default)
    NEWSCLEAN_PREFIX = "clean_"       # added fields: clean_text, clean_title, ... (default)
    NEWSCLEAN_FORMAT = "auto"         # how to read the text field: auto, text or html

Dict items take any field. ``scrapy.Item`` classes only take declared fields: base yours on
:class:`NewsCleanItem` (the default prefix), or add ``**newsclean_fields(prefix)`` to its
namespace; an undeclared result field is skipped with one warning per item class, and an
item whose class declares none of them is passed on uncleaned (nothing could be written).

An item without the text or HTML field, or one whose cleaning fails, is logged and passed on
unchanged; the stats count ``newsclean/cleaned``, ``newsclean/skipped`` (no page field),
``newsclean/undeclared`` (no result field declared) and ``newsclean/failed``.

>>> pipeline = NewsCleanPipeline()
>>> item = pipeline.process_item({"text": "Storm Hits Coast\\nStorm Hits Coast\\nWinds rose."})
>>> item["clean_text"], item["clean_title"]
('Winds rose.', 'Storm Hits Coast')
"""

from __future__ import annotations

import logging
from typing import Any

from ..api import clean
from ..fields import DEFAULT_PREFIX, field_names, result_fields

__all__ = ["NewsCleanItem", "NewsCleanPipeline", "newsclean_fields"]  # noqa: F822 - NewsCleanItem is lazy

logger = logging.getLogger(__name__)


def _scrapy() -> Any:
    try:
        import scrapy
    except ImportError as e:
        raise ImportError("newsclean.integrations.scrapy needs Scrapy: pip install 'newsclean[scrapy]'") from e
    return scrapy


def newsclean_fields(prefix: str = DEFAULT_PREFIX) -> dict[str, Any]:
    """``scrapy.Field`` declarations for every result field, to build an Item class with.

    >>> sorted(newsclean_fields("nc_"))[:2]
    ['nc_agency_code', 'nc_authors']
    """
    field = _scrapy().Field
    return {name: field() for name in field_names(prefix)}


def __getattr__(name: str) -> Any:
    # NewsCleanItem is built on first use, so this module imports without Scrapy.
    if name == "NewsCleanItem":
        item = type("NewsCleanItem", (_scrapy().Item,), {
            "__doc__": "A scrapy.Item with the result fields declared (clean_text, clean_title, ...).",
            "__module__": __name__, **newsclean_fields()})
        globals()[name] = item
        return item
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class NewsCleanPipeline:
    """Clean the page in each item; add ``clean_text``, ``clean_title``, ``clean_published``
    (ISO 8601), ``clean_authors``, ``clean_agency_code``, ``clean_summary``, ``clean_metadata``
    and ``clean_removed`` (names with the configured prefix)."""

    def __init__(self, text_field: str = "text", html_field: str = "html", prefix: str = DEFAULT_PREFIX,
                 format: str = "auto", stats: Any = None) -> None:
        self.text_field, self.html_field, self.prefix, self.format = text_field, html_field, prefix, format
        self.stats = stats
        self._warned: set[type] = set()

    @classmethod
    def from_crawler(cls, crawler: Any) -> NewsCleanPipeline:
        s = crawler.settings
        return cls(text_field=s.get("NEWSCLEAN_TEXT_FIELD", "text"), html_field=s.get("NEWSCLEAN_HTML_FIELD", "html"),
                   prefix=s.get("NEWSCLEAN_PREFIX", DEFAULT_PREFIX), format=s.get("NEWSCLEAN_FORMAT", "auto"),
                   stats=crawler.stats)

    def process_item(self, item: Any, spider: Any = None) -> Any:
        """Write the result into ``item`` and return it; never raises for a bad page."""
        from itemadapter import ItemAdapter

        adapter = ItemAdapter(item)
        if not isinstance(item, dict) and not set(field_names(self.prefix)) & set(adapter.field_names()):
            self._warn(item, field_names(self.prefix))
            return self._count("undeclared", item)
        page, fmt = self._page(adapter)
        if page is None:
            logger.warning("newsclean: item has no %r or %r field to clean; passed on unchanged: %s",
                           self.html_field, self.text_field, _describe(adapter))
            return self._count("skipped", item)
        try:
            fields = result_fields(clean(page, format=fmt), self.prefix)  # type: ignore[arg-type]
        except Exception:
            logger.exception("newsclean: cleaning failed; item passed on unchanged: %s", _describe(adapter))
            return self._count("failed", item)
        self._fill(adapter, item, fields)
        return self._count("cleaned", item)

    def _page(self, adapter: Any) -> tuple[Any, str]:
        html, text = adapter.get(self.html_field), adapter.get(self.text_field)
        if isinstance(html, (str, bytes)) and html:
            return html, "html"
        if isinstance(text, (str, bytes)):
            return text, self.format
        return None, self.format

    def _fill(self, adapter: Any, item: Any, fields: dict[str, Any]) -> None:
        declared = None if isinstance(item, dict) else set(adapter.field_names())
        missing = [k for k in fields if declared is not None and k not in declared]
        for key, value in fields.items():
            if key not in missing:
                adapter[key] = value
        if missing:
            self._warn(item, missing)

    def _warn(self, item: Any, missing: list[str]) -> None:
        if type(item) not in self._warned:
            self._warned.add(type(item))
            logger.warning("newsclean: %s does not declare %s; base it on newsclean.integrations.scrapy."
                           "NewsCleanItem or add **newsclean_fields() to it", type(item).__name__, ", ".join(missing))

    def _count(self, what: str, item: Any) -> Any:
        if self.stats is not None:
            self.stats.inc_value(f"newsclean/{what}")
        return item


def _describe(adapter: Any) -> str:
    url = adapter.get("url")
    return str(url) if url else f"{type(adapter.item).__name__} with fields {sorted(adapter.keys())}"
