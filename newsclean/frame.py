"""Clean a pandas DataFrame column of pages in one call: :func:`clean_frame`.

pandas is an optional extra (``pip install 'newsclean[pandas]'``): it is imported when
:func:`clean_frame` runs, never when :mod:`newsclean` is imported.

>>> import pandas as pd
>>> pages = pd.DataFrame({"text": [
...     "Aid Arrives in Efrin\\nAid Arrives in Efrin\\nMon Mar 21, 2016 16:25:32\\nTrucks came.\\n219-11",
...     "Storm Hits Coast\\n2016-03-22T09:00:00+03:00\\nWinds rose.",
... ]})
>>> out = clean_frame(pages, naive_tz="Europe/Berlin")
>>> out["clean_text"].tolist(), out["clean_agency_code"][0], out["clean_removed"].tolist()
(['Trucks came.', 'Winds rose.'], '219-11', [4, 2])
>>> [str(t) for t in out["clean_published"]]
['2016-03-21 15:25:32+00:00', '2016-03-22 06:00:00+00:00']
>>> out["clean_removed_by"][0]
{'title': 2, 'dateline': 1, 'agency_code': 1}

The first page printed no time zone; ``naive_tz`` says the site prints Berlin time. The
second gave an offset. The column is in UTC. A page that cannot be cleaned fills its
row's ``clean_error`` and the others go on:

>>> out = clean_frame(pd.DataFrame({"text": ["Winds rose.", 5]}))
>>> out["clean_text"][0], out["clean_error"][1][:38]
('Winds rose.', 'TypeError: clean() takes the page as s')
"""

from __future__ import annotations

import datetime as dt
import warnings
from collections import Counter
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from .many import Failure, clean_many
from .pipeline import Pipeline
from .result import Result

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["COLUMNS", "clean_frame"]

COLUMNS = ("text", "title", "published", "authors", "agency_code", "removed", "removed_by", "error")
"""The columns :func:`clean_frame` adds, in order, each under the prefix (``clean_text``, ...)."""
_DTYPES = {"authors": object, "removed": "int64", "removed_by": object}
_EMPTY = {"text": None, "title": None, "published": None, "day": False, "authors": [], "agency_code": None,
          "removed": 0, "removed_by": {}, "error": None}


def _pandas() -> Any:
    try:
        import pandas
    except ImportError as e:
        raise ImportError("newsclean.clean_frame needs pandas: pip install 'newsclean[pandas]'") from e
    return pandas


def clean_frame(df: pd.DataFrame, column: str = "text", *, title_column: str | None = None,
                pipeline: Pipeline | None = None, naive_tz: str | dt.tzinfo | None = None,
                progress: bool = False, prefix: str = "clean_", workers: int = 1) -> pd.DataFrame:
    """A copy of ``df`` with each page in ``column`` cleaned, and the result in new columns.

    Added columns, named with ``prefix`` (as ``newsclean batch`` and the Scrapy pipeline do,
    so the frame's own ``title`` or ``authors`` are kept; the index and the other columns
    are kept too):

    - ``clean_text``: the body; ``clean_title``; ``clean_authors`` (a list per row);
      ``clean_agency_code``;
    - ``clean_published``: datetime64, see below;
    - ``clean_removed``: how many spans were removed; ``clean_removed_by``: ``{reason: count}``;
    - ``clean_error``: why a row could not be cleaned (a cell that is not text, bytes that
      are not text), else missing; the other columns of that row are missing.

    A missing page (``None``/``NaN``) gives a row of missing values and no removals.

    Time zones: a pandas column holds one zone, but pages mix times with an offset and
    times without one. The rule:

    - no page gave an offset, and ``naive_tz`` is not given: the column stays naive
      (``datetime64``), the wall-clock times as printed;
    - otherwise the column is ``datetime64[..., UTC]``: times with an offset are converted to
      UTC; times without one are read in ``naive_tz`` (a zone name such as
      ``"Asia/Tehran"``, or a ``tzinfo``), or as UTC with a ``UserWarning`` saying how many
      when ``naive_tz`` is not given.
    - a page that gave only the day (``metadata["published_precision"] == "day"``) stays on
      its day: midnight of it, in UTC when the column is, never moved by ``naive_tz``.

    Args:
        df: the frame; it is not changed.
        column: the column holding the pages (str, or bytes to decode).
        title_column: a column of known headlines to pass to :func:`newsclean.clean`.
        pipeline: the filters to run; :data:`newsclean.DEFAULT` if not given.
        naive_tz: the zone to read times without an offset in.
        progress: show a tqdm progress bar.
        prefix: the start of the added columns' names.
        workers: worker processes (see :func:`newsclean.clean_many`); 1 cleans in this process.

    Raises:
        ImportError: when pandas is not installed.
        KeyError: when ``column`` or ``title_column`` is not in ``df``.
        ValueError: when ``df`` already has a column named like one to add (pass another
            ``prefix``).
        TypeError: when ``df`` is not a DataFrame.
    """
    pandas = _pandas()
    if not isinstance(df, pandas.DataFrame):
        raise TypeError(f"clean_frame takes a pandas DataFrame, not {type(df).__name__}")
    for name in (column, title_column):
        if name is not None and name not in df.columns:
            raise KeyError(f"no column {name!r} in the frame; it has {list(df.columns)}")
    taken = [prefix + name for name in COLUMNS if prefix + name in df.columns]
    if taken:
        raise ValueError(f"the frame already has {taken}; pass prefix= to name the added columns apart")
    titles = df[title_column] if title_column is not None else [None] * len(df)
    rows = [None if _missing(page, pandas) else (page, None if _missing(title, pandas) else str(title))
            for page, title in zip(df[column], titles, strict=True)]
    todo = [row for row in rows if row is not None]
    results = iter(clean_many(todo, workers=workers, pipeline=pipeline, progress=progress, total=len(todo)))
    cleaned = [_EMPTY if row is None else _values(next(results)) for row in rows]
    values = {name: [row[name] for row in cleaned] for name in COLUMNS}
    new = {prefix + name: pandas.Series(values[name], index=df.index, dtype=_DTYPES.get(name)) for name in COLUMNS}
    days = [row["day"] for row in cleaned]
    new[prefix + "published"] = _published(pandas, values["published"], days, naive_tz).set_axis(df.index)
    return df.assign(**new)


def _values(r: Result | Failure) -> dict[str, Any]:
    if isinstance(r, Failure):
        return {**_EMPTY, "error": f"{r.error}: {r.detail}"}
    return {"text": r.text, "title": r.title, "published": r.published,
            "day": r.metadata.get("published_precision") == "day", "authors": r.authors,
            "agency_code": r.metadata.get("agency_code"), "removed": len(r.removed),
            "removed_by": dict(Counter(x.reason for x in r.removed)), "error": None}


def _missing(value: Any, pandas: Any) -> bool:
    return value is None or (not isinstance(value, (str, bytes)) and bool(pandas.isna(value)))


def _as_datetime(value: object) -> dt.datetime | None:
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day)
    return None


def _published(pandas: Any, values: list[Any], days: list[bool], naive_tz: str | dt.tzinfo | None) -> Any:
    """The published times as one datetime64 array, following the rule in :func:`clean_frame`."""
    times = [_as_datetime(v) for v in values]
    aware = [t is not None and t.utcoffset() is not None for t in times]
    naive = sum(1 for t, a, day in zip(times, aware, days, strict=True) if t is not None and not a and not day)
    if naive_tz is None and not any(aware):
        return pandas.to_datetime(pandas.Series(times, dtype=object))
    zone = ZoneInfo(naive_tz) if isinstance(naive_tz, str) else naive_tz
    if zone is None:
        zone = dt.timezone.utc
        if naive:
            warnings.warn(f"{naive} of {naive + sum(aware)} published times have no time zone and were read "
                          "as UTC; pass naive_tz= to name the zone the site prints its times in",
                          UserWarning, stacklevel=3)
    fixed = [t if t is None or a else t.replace(tzinfo=dt.timezone.utc if day else zone)
             for t, a, day in zip(times, aware, days, strict=True)]
    return pandas.to_datetime(pandas.Series(fixed, dtype=object), utc=True)
