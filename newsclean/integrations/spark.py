"""Clean a PySpark DataFrame column of pages, in parallel on the executors.

:func:`clean_column` adds one struct column (an Arrow-backed pandas UDF; pyspark, pandas and
pyarrow come with ``pip install 'newsclean[spark]'``). Every executor needs newsclean
installed in the Python it runs. Fields of the struct:

=============  ==================  ==========================================================
field          type                what
=============  ==================  ==========================================================
text           string              the clean body (null when the page is null)
title          string              the headline
published      timestamp           the publication time as an instant (see ``naive_tz``)
authors        array<string>       author names from the byline
agency_code    string              a wire-agency code such as ``219-11``
summary        string              the standfirst, when one was found
metadata       string              all metadata, as JSON
removed        int                 how many spans were removed
error          string              why cleaning failed (the other fields are then null)
=============  ==================  ==========================================================

Times printed with an offset keep their instant; times printed without one are read in
``naive_tz`` (default UTC); a date printed without a time stays on its day, as midnight
UTC, whatever ``naive_tz`` (``metadata`` has ``"published_precision": "day"``). Spark shows
timestamps in ``spark.sql.session.timeZone``.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any
from zoneinfo import ZoneInfo

from ..api import clean
from ..result import jsonable

__all__ = ["FIELDS", "clean_column", "result_schema"]

FIELDS = ("text", "title", "published", "authors", "agency_code", "summary", "metadata", "removed", "error")


def _pyspark() -> Any:
    try:
        from pyspark.sql import functions, types
    except ImportError as e:
        raise ImportError("newsclean.integrations.spark needs pyspark: pip install 'newsclean[spark]'") from e
    return functions, types


def result_schema() -> Any:
    """The Spark ``StructType`` of the column :func:`clean_column` adds."""
    _, T = _pyspark()
    kinds = {"published": T.TimestampType(), "authors": T.ArrayType(T.StringType()),
             "removed": T.IntegerType()}
    return T.StructType([T.StructField(name, kinds.get(name, T.StringType())) for name in FIELDS])


def clean_column(df: Any, column: str = "text", output: str = "newsclean", *, format: str = "auto",
                 naive_tz: str = "UTC") -> Any:
    """``df`` with a struct column ``output`` holding the result of cleaning ``column``.

    ``format`` is ``"auto"``, ``"text"`` or ``"html"``; ``naive_tz`` is the zone of times a
    page prints without an offset. Failures do not stop the job: they fill ``error``.
    A column that is neither string nor binary is refused with a ``TypeError``.

    Example (a running SparkSession ``spark``)::

        df = spark.read.json("pages.jsonl")
        out = clean_column(df, "text").select("id", "newsclean.*")
        out.write.parquet("clean.parquet")
    """
    F, T = _pyspark()
    if column not in df.columns:
        raise KeyError(f"no column {column!r} in the DataFrame; it has {df.columns}")
    kind = df.schema[column].dataType
    if not isinstance(kind, (T.StringType, T.BinaryType)):
        raise TypeError(f"column {column!r} holds {kind.simpleString()}, not pages: clean_column takes a "
                        "string or binary column")
    return df.withColumn(output, _udf(F, format, naive_tz)(F.col(column)))


def _udf(F: Any, format: str, naive_tz: str) -> Any:
    import pandas as pd

    def clean_pages(pages: Any) -> Any:
        return clean_series(pages, format=format, naive_tz=naive_tz)

    # Real classes, not the strings of postponed annotations: Spark reads them to pick the UDF kind.
    clean_pages.__annotations__ = {"pages": pd.Series, "return": pd.DataFrame}
    return F.pandas_udf(clean_pages, returnType=result_schema())


def clean_series(pages: Any, format: str = "auto", naive_tz: str = "UTC") -> Any:
    """The pandas side of the UDF: a Series of pages to a DataFrame with :data:`FIELDS`.

    >>> import pandas as pd
    >>> out = clean_series(pd.Series(["Storm Hits Coast\\n2016-03-22T09:00:00+03:00\\nWinds rose.", None]))
    >>> out.loc[0, "text"], str(out.loc[0, "published"]), int(out.loc[0, "removed"])
    ('Winds rose.', '2016-03-22 06:00:00+00:00', 2)
    >>> out.loc[1].isna().tolist() == [True] * len(FIELDS)
    True
    >>> clean_series(pd.Series([7])).loc[0, "error"]
    'TypeError: a page is str or bytes, not int'
    """
    import pandas as pd

    zone = ZoneInfo(naive_tz)
    rows = [_row(page, format, zone) for page in pages]
    frame = pd.DataFrame(rows, columns=list(FIELDS), index=pages.index)
    frame["published"] = pd.to_datetime(frame["published"], utc=True)
    frame["removed"] = frame["removed"].astype("Int32")
    return frame


def _row(page: Any, format: str, zone: dt.tzinfo) -> tuple[Any, ...]:
    if page is None or (isinstance(page, float) and page != page):  # null (NaN in an object Series)
        return (None,) * len(FIELDS)
    if not isinstance(page, (str, bytes, bytearray)):
        return (*(None,) * (len(FIELDS) - 1), f"TypeError: a page is str or bytes, not {type(page).__name__}")
    try:
        r = clean(page, format=format)  # type: ignore[arg-type]
        meta = r.metadata
        day = meta.get("published_precision") == "day"  # a day, not midnight in naive_tz
        return (r.text, r.title, _instant(r.published, dt.timezone.utc if day else zone), r.authors,
                meta.get("agency_code"),
                meta.get("summary"), json.dumps(jsonable(meta), ensure_ascii=False), len(r.removed), None)
    except Exception as e:  # one bad page must not fail the Spark job
        return (*(None,) * (len(FIELDS) - 1), f"{type(e).__name__}: {e}")


def _instant(value: Any, zone: dt.tzinfo) -> dt.datetime | None:
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        value = dt.datetime(value.year, value.month, value.day)
    if not isinstance(value, dt.datetime):
        return None
    if value.tzinfo is None or value.utcoffset() is None:
        value = value.replace(tzinfo=zone)
    return value.astimezone(dt.timezone.utc)
