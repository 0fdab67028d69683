"""clean_many: many pages in memory, cleaned in worker processes, results in input order."""

from __future__ import annotations

import itertools

import pytest

import newsclean
from newsclean import clean, clean_many
from newsclean.many import Failure

from .conftest import SAMPLES, eval_cases

PAGES = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.raw.*"))]
HEAD = "Aid Arrives in Efrin\nAid Arrives in Efrin\nMarch 21, 2016\nTrucks came."


@pytest.mark.parametrize("workers", [1, 2])
def test_same_results_as_a_loop_in_the_same_order(workers):
    pages = PAGES * 3
    assert list(clean_many(pages, workers=workers, chunk=3)) == [clean(p) for p in pages]


def test_every_kind_of_page_is_taken():
    bs4 = pytest.importorskip("bs4")
    html = (SAMPLES / "harbour-gazette-2021-06-14.raw.html").read_text(encoding="utf-8")
    soup = bs4.BeautifulSoup(html, "lxml")
    items = [HEAD, HEAD.encode("utf-8"), ("Trucks came at dawn.\nMore followed.", "Known Head"), soup]
    got = list(clean_many(iter(items), workers=2))
    assert [r.text for r in got[:2]] == ["Trucks came.", "Trucks came."]
    assert got[2].title == "Known Head"
    assert got[3] == clean(soup) and got[3].text == clean(html).text


def test_failures_are_yielded_in_place_not_raised():
    got = list(clean_many([HEAD, 12, b"\x00\x01\x02\x03" * 100, None, HEAD], workers=2, chunk=2))
    assert [bool(r) for r in got][::4] == [True, True]
    assert got[1] == Failure(1, "TypeError", "clean() takes the page as str (or as bytes to decode), not int")
    assert isinstance(got[3], Failure) and got[3].index == 3
    assert all(isinstance(r, (Failure, newsclean.Result)) for r in got)


def test_the_input_is_read_lazily_and_can_be_left_early():
    endless = itertools.cycle([HEAD])  # never ends: clean_many must not read it all
    results = clean_many(endless, workers=2, chunk=4)
    assert [r.text for r in itertools.islice(results, 10)] == ["Trucks came."] * 10
    results.close()


def test_bad_arguments_are_refused_at_the_call():
    with pytest.raises(ValueError, match="workers"):
        clean_many([HEAD], workers=0)
    with pytest.raises(ValueError, match="chunk"):
        clean_many([HEAD], chunk=0)


def test_options_reach_the_workers():
    pipeline = newsclean.DEFAULT.without("title")
    got = next(iter(clean_many([HEAD], workers=2, pipeline=pipeline, format="text", guard=None)))
    assert got == clean(HEAD, pipeline=pipeline, format="text", guard=None)


def test_eval_pages_come_out_as_from_a_loop():
    cases = list(itertools.islice(eval_cases(), 0, None, 40))
    if not cases:
        pytest.skip("the shared evaluation data is not beside the repository")
    pages = [c["input"] for c in cases]
    assert list(clean_many(pages, workers=2)) == [clean(p) for p in pages]


def test_exported_lazily():
    assert "clean_many" in newsclean.__all__ and "clean_many" in dir(newsclean)


def test_a_failure_is_a_value_not_a_tuple():
    """``Failure`` keeps its documented fields and unpacks as the named tuple it was, but is no
    tuple, so its ``index`` hides no ``tuple.index``; it crosses to and from a worker intact."""
    import pickle

    f = Failure(3, "ValueError", "bytes that are not text")
    index, error, detail = f
    assert (index, error, detail) == (f.index, f.error, f.detail) == (3, "ValueError", "bytes that are not text")
    assert not f and not isinstance(f, tuple)
    assert pickle.loads(pickle.dumps(f)) == f
