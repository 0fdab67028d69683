"""clean_frame: one call from a DataFrame of pages to clean text and metadata columns."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import warnings

import pytest

import newsclean
from newsclean import clean

from .conftest import SAMPLES

pd = pytest.importorskip("pandas", reason="the pandas extra is not installed")

SEED = (SAMPLES / "fars-2016-03-21.raw.txt").read_text(encoding="utf-8")
NAIVE = "Aid Arrives in Efrin\nAid Arrives in Efrin\nMon Mar 21, 2016 16:25:32\nTrucks came.\n219-11"
AWARE = "Storm Hits Coast\n2016-03-22T09:00:00+03:00\nWinds rose."
UNDATED = "Just a line of text."


def test_columns_match_clean_for_each_row():
    df = pd.DataFrame({"id": [7, 8], "text": [SEED, NAIVE]}, index=["a", "b"])
    out = newsclean.clean_frame(df)
    assert list(out.columns) == ["id", "text", *("clean_" + name for name in newsclean.frame.COLUMNS)]
    assert list(out.index) == ["a", "b"]
    for label, page in zip(df.index, df["text"], strict=True):
        r = clean(page)
        row = out.loc[label]
        assert row["clean_text"] == r.text
        assert row["clean_title"] == r.title
        assert row["clean_agency_code"] == r.metadata["agency_code"]
        assert row["clean_authors"] == r.authors
        assert row["clean_removed"] == len(r.removed)
        assert sum(row["clean_removed_by"].values()) == len(r.removed)
    assert out.loc["a", "clean_removed_by"] == {"title": 2, "dateline": 1, "summary": 1, "agency_code": 1,
                                          "php_dump": 1}
    assert str(out["clean_removed"].dtype) == "int64"


def test_the_input_frame_is_not_changed():
    df = pd.DataFrame({"text": [NAIVE]})
    before = df.copy()
    newsclean.clean_frame(df)
    pd.testing.assert_frame_equal(df, before)


def test_all_naive_times_stay_naive():
    out = newsclean.clean_frame(pd.DataFrame({"text": [NAIVE, UNDATED]}))
    assert pd.api.types.is_datetime64_any_dtype(out["clean_published"])
    assert out["clean_published"].dt.tz is None
    assert out["clean_published"][0] == pd.Timestamp("2016-03-21 16:25:32")
    assert pd.isna(out["clean_published"][1])


def test_aware_times_go_to_utc():
    out = newsclean.clean_frame(pd.DataFrame({"text": [AWARE, UNDATED]}))
    assert str(out["clean_published"].dt.tz) == "UTC"
    assert out["clean_published"][0] == pd.Timestamp("2016-03-22 06:00:00", tz="UTC")


def test_mixed_zones_read_naive_times_as_utc_and_warn():
    df = pd.DataFrame({"text": [NAIVE, AWARE]})
    with pytest.warns(UserWarning, match="1 of 2 published times have no time zone"):
        out = newsclean.clean_frame(df)
    assert str(out["clean_published"].dt.tz) == "UTC"
    assert out["clean_published"].tolist() == [pd.Timestamp("2016-03-21 16:25:32", tz="UTC"),
                                         pd.Timestamp("2016-03-22 06:00:00", tz="UTC")]


def test_naive_tz_names_the_zone_and_makes_the_column_aware():
    df = pd.DataFrame({"text": [NAIVE, AWARE]})
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        out = newsclean.clean_frame(df, naive_tz="Asia/Tokyo")
        alone = newsclean.clean_frame(df.iloc[:1], naive_tz=dt.timezone(dt.timedelta(hours=-5)))
    assert out["clean_published"][0] == pd.Timestamp("2016-03-21 07:25:32", tz="UTC")
    assert out["clean_published"][1] == pd.Timestamp("2016-03-22 06:00:00", tz="UTC")
    assert alone["clean_published"][0] == pd.Timestamp("2016-03-21 21:25:32", tz="UTC")


def test_missing_pages_give_missing_values():
    out = newsclean.clean_frame(pd.DataFrame({"text": [None, float("nan"), NAIVE]}))
    assert out["clean_text"].isna().tolist() == [True, True, False]
    assert out["clean_removed"].tolist() == [0, 0, 4]
    assert out["clean_authors"].tolist() == [[], [], []]
    assert pd.isna(out["clean_published"][0])


def test_bytes_pages_are_decoded():
    out = newsclean.clean_frame(pd.DataFrame({"html": [NAIVE.encode("utf-8")]}), column="html")
    assert out["clean_text"][0] == "Trucks came."


def test_title_column_passes_known_titles():
    df = pd.DataFrame({"text": ["Known Title\nBody text here.", "Other Head\nOther Head\nMore."],
                       "headline": ["Known Title", None]})
    out = newsclean.clean_frame(df, title_column="headline")
    assert out["clean_title"].tolist() == ["Known Title", "Other Head"]
    assert out["clean_text"].tolist() == ["Body text here.", "More."]


def test_an_empty_frame_gets_the_columns():
    out = newsclean.clean_frame(pd.DataFrame({"text": pd.Series([], dtype=object)}))
    assert len(out) == 0 and {"clean_" + name for name in newsclean.frame.COLUMNS} <= set(out.columns)
    assert pd.api.types.is_datetime64_any_dtype(out["clean_published"])


def test_errors_name_the_problem():
    with pytest.raises(KeyError, match="no column 'body'"):
        newsclean.clean_frame(pd.DataFrame({"text": ["x"]}), column="body")
    with pytest.raises(TypeError, match="DataFrame"):
        newsclean.clean_frame(pd.Series(["x"]))
    with pytest.raises(ValueError, match=r"already has \['clean_title'\]; pass prefix="):
        newsclean.clean_frame(pd.DataFrame({"text": ["x"], "clean_title": ["mine"]}))


def test_the_frames_own_columns_are_kept():
    df = pd.DataFrame({"text": [NAIVE], "title": ["my title"], "removed": [True], "authors": ["me"]})
    out = newsclean.clean_frame(df)
    assert out["title"][0] == "my title" and out["removed"][0] and out["authors"][0] == "me"
    assert out["clean_title"][0] == "Aid Arrives in Efrin" and out["clean_removed"][0] == 4
    mine = newsclean.clean_frame(df, prefix="nc_")
    assert mine["nc_text"][0] == "Trucks came." and "clean_text" not in mine.columns


def test_a_bad_cell_fails_its_row_only():
    df = pd.DataFrame({"text": [NAIVE, 12, AWARE]}, index=[1, 3, 7])
    out = newsclean.clean_frame(df, naive_tz="UTC")
    assert out["clean_text"][1] == "Trucks came." and out["clean_text"][7] == "Winds rose."
    assert out["clean_error"].isna().tolist() == [True, False, True]
    assert out["clean_error"][3] == "TypeError: clean() takes the page as str (or as bytes to decode), not int"
    assert pd.isna(out["clean_text"][3]) and out["clean_removed"][3] == 0 and out["clean_authors"][3] == []


DAY_ONLY = "Aid Arrives in Efrin\nAid Arrives in Efrin\nJune 12, 2019\nTrucks came."


@pytest.mark.parametrize("naive_tz", [None, "Asia/Tehran", "America/Los_Angeles"])
def test_a_date_without_a_time_stays_on_its_day(naive_tz):
    out = newsclean.clean_frame(pd.DataFrame({"text": [DAY_ONLY, AWARE]}), naive_tz=naive_tz)
    assert out["clean_published"][0] == pd.Timestamp("2019-06-12", tz="UTC")
    alone = newsclean.clean_frame(pd.DataFrame({"text": [DAY_ONLY]}), naive_tz=naive_tz)
    assert alone["clean_published"][0].date() == dt.date(2019, 6, 12)
    assert alone["clean_published"][0].hour == 0


def test_date_only_pages_are_not_counted_as_naive_times():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        newsclean.clean_frame(pd.DataFrame({"text": [DAY_ONLY, AWARE]}))


def test_workers_give_the_same_frame():
    pages = [SEED, NAIVE, None, AWARE, 12, UNDATED] * 6
    df = pd.DataFrame({"text": pages})
    pd.testing.assert_frame_equal(newsclean.clean_frame(df, workers=2, naive_tz="UTC"),
                                  newsclean.clean_frame(df, naive_tz="UTC"))


def test_missing_pandas_gives_an_error_naming_the_extra(monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)  # makes `import pandas` fail
    with pytest.raises(ImportError, match=r"newsclean\[pandas\]"):
        newsclean.clean_frame(object())


def test_importing_newsclean_does_not_import_pandas():
    code = ("import sys, newsclean; assert 'pandas' not in sys.modules; "
            "from newsclean import *; assert callable(clean_frame); assert 'pandas' not in sys.modules")
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


def test_all_is_right():
    assert "clean_frame" in newsclean.__all__ and "clean_frame" in dir(newsclean)
    assert all(hasattr(newsclean, name) for name in newsclean.__all__)
    with pytest.raises(AttributeError):
        _ = newsclean.no_such_thing
