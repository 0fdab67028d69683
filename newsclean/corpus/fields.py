"""A :class:`~newsclean.Result` as flat, JSON-ready fields to add to a record or item.

The same names serve the ``batch`` command and the Scrapy pipeline: each of :data:`FIELDS`
gets a prefix, ``"clean_"`` unless told otherwise, so the input's own ``title`` or ``text``
survive.

>>> from newsclean import clean
>>> row = result_fields(clean("Aid Arrives in Efrin\\nAid Arrives in Efrin\\nMarch 21, 2016\\nTrucks came."))
>>> row["clean_text"], row["clean_title"], row["clean_published"]
('Trucks came.', 'Aid Arrives in Efrin', '2016-03-21T00:00:00')
>>> sorted(result_fields(clean("Hello."), prefix="nc_"))[:3]
['nc_agency_code', 'nc_authors', 'nc_metadata']
"""

from __future__ import annotations

from typing import Any

from ..result import Result, jsonable

__all__ = ["DEFAULT_PREFIX", "FIELDS", "field_names", "result_fields"]

DEFAULT_PREFIX = "clean_"
FIELDS = ("text", "title", "published", "authors", "agency_code", "summary", "metadata", "removed")


def field_names(prefix: str = DEFAULT_PREFIX) -> list[str]:
    """The names :func:`result_fields` writes, e.g. ``clean_text``."""
    return [prefix + name for name in FIELDS]


def result_fields(result: Result, prefix: str = DEFAULT_PREFIX) -> dict[str, Any]:
    """``result`` as a flat dict: body, title, published (ISO 8601 string), authors,
    agency code, summary, all metadata, and the removals (start, end, reason, filter, text)."""
    meta = result.metadata
    values = (result.text, result.title, jsonable(result.published), result.authors,
              meta.get("agency_code"), meta.get("summary"), jsonable(meta),
              [r.to_dict() for r in result.removed])
    return {prefix + name: value for name, value in zip(FIELDS, values, strict=True)}
