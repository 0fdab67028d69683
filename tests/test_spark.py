"""clean_column on a real local Spark session (local[2]); skipped only when no Java runtime exists."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sys

import pytest

pytest.importorskip("pyspark")
pd = pytest.importorskip("pandas")

import newsclean.integrations.spark as spark_module  # noqa: E402
from newsclean.integrations.spark import FIELDS, clean_column, clean_series  # noqa: E402

PAGES = [
    ("offset", "Storm Hits Coast\n2016-03-22T09:00:00+03:00\nWinds rose before dawn."),
    ("naive", "Aid Arrives in Efrin\nAid Arrives in Efrin\nMon Mar 21, 2016 16:25:32\nTrucks came.\n219-11"),
    ("html", "<html><head><title>Quiet Day</title></head>"
             "<body><h1>Quiet Day</h1><p>Nothing happened.</p></body></html>"),
    ("null", None),
    ("day", "Aid Arrives in Efrin\nAid Arrives in Efrin\nJune 12, 2019\nTrucks came."),
]
# pyspark 4 warns that it does not fully support pandas 3 yet; the test shows what works.
pytestmark = pytest.mark.filterwarnings("ignore:PySpark does not yet fully support pandas:FutureWarning")


def _java() -> bool:
    home = os.environ.get("JAVA_HOME")
    return shutil.which("java") is not None or bool(home and os.path.exists(os.path.join(home, "bin", "java")))


@pytest.fixture(scope="module")
def spark():
    if not _java():
        pytest.skip("no Java runtime (java on PATH or JAVA_HOME): Spark cannot start")
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    session = (SparkSession.builder.master("local[2]").appName("newsclean-test")
               .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
               .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2")
               .config("spark.sql.session.timeZone", "UTC").getOrCreate())
    yield session
    session.stop()


@pytest.fixture(scope="module")
def cleaned(spark):
    df = spark.createDataFrame(PAGES, "id string, text string")  # two partitions on local[2]
    out = clean_column(df, "text", naive_tz="Europe/Berlin")
    return out, {row["id"]: row["newsclean"] for row in out.collect()}


def test_the_struct_column_has_the_documented_schema(cleaned):
    out, _ = cleaned
    fields = {f.name: f.dataType.simpleString() for f in out.schema["newsclean"].dataType.fields}
    assert list(fields) == list(FIELDS)
    assert fields["published"] == "timestamp" and fields["authors"] == "array<string>"
    assert out.columns == ["id", "text", "newsclean"]


@pytest.mark.parametrize(("row", "field", "expected"), [
    ("offset", "text", "Winds rose before dawn."),
    ("offset", "title", "Storm Hits Coast"),
    ("offset", "published", dt.datetime(2016, 3, 22, 6, 0)),      # +03:00 kept as the instant, shown in UTC
    ("naive", "published", dt.datetime(2016, 3, 21, 15, 25, 32)),  # read as Berlin time (UTC+1 in March)
    ("naive", "agency_code", "219-11"),
    ("naive", "removed", 4),
    ("naive", "authors", []),
    ("html", "text", "Nothing happened."),
    ("html", "error", None),
    ("null", "text", None),
    ("null", "removed", None),
    ("null", "error", None),
    ("day", "published", dt.datetime(2019, 6, 12)),  # a day stays on its day: not read as Berlin midnight
])
def test_rows(cleaned, row, field, expected):
    _, rows = cleaned
    assert rows[row][field] == expected


def test_an_unknown_column_is_a_clear_error(spark):
    df = spark.createDataFrame([("a",)], "body string")
    with pytest.raises(KeyError, match="no column 'text'"):
        clean_column(df, "text")


def test_a_failing_page_fills_error_and_not_the_rest(monkeypatch):
    def fail(page, **kw):
        raise ValueError("bytes that are not text")

    monkeypatch.setattr(spark_module, "clean", fail)
    out = clean_series(pd.Series(["anything"]))
    assert out.loc[0, "error"] == "ValueError: bytes that are not text"
    assert out.loc[0, ["text", "title", "published"]].isna().all()


def test_a_column_of_another_type_is_refused_by_its_type(spark):
    df = spark.createDataFrame([(1,)], "text int")
    with pytest.raises(TypeError, match="column 'text' holds int, not pages"):
        clean_column(df, "text")


def test_a_cell_that_is_not_a_page_fills_error():
    out = clean_series(pd.Series([12, None, "Winds rose."], dtype=object))
    assert out.loc[0, "error"] == "TypeError: a page is str or bytes, not int"
    assert out.loc[1].isna().all() and out.loc[2, "text"] == "Winds rose."
