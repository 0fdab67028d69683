"""Fuzz targets over :func:`newsclean.clean`, for text and HTML: each input must return within
a time limit, account for every character, and (for text) be stable when cleaned again.

Not part of the quick suite. Run, for a few minutes, with many examples::

    HYPOTHESIS_PROFILE=fuzz python -m pytest -m fuzz tests/fuzz -x -p no:randomly

(``fuzz`` is 20,000 examples a target, see ``tests/conftest.py``.) Inputs are drawn from
arbitrary strings and bytes, from the page-like strategies of ``test_reliability.py``, and
from real pages cut and spliced at random: the samples, and the shared evaluation pages when
``../shared/eval/data`` is beside the repository (read at run time, never copied here).
"""

from __future__ import annotations

import gzip
import itertools
import json
import signal
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsclean import clean
from newsclean.html.detect import looks_like_html

from ..conftest import SAMPLES, SHARED
from ..test_contract_properties import holds_every_contract, hostile_pages
from ..test_reliability import check_accounts, html_pages, markup_line, odd_chars, pages

pytestmark = pytest.mark.fuzz

# A page of these sizes takes milliseconds; ten seconds means a hang.
HANG_SECONDS = 10


@contextmanager
def time_limit(seconds: int) -> Iterator[None]:
    """Fail the example (instead of stalling the run) when cleaning takes ``seconds``."""
    def expired(signum, frame):
        raise TimeoutError(f"clean() ran over {seconds} s: a hang")

    old = signal.signal(signal.SIGALRM, expired)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def _real_pages(limit: int = 60) -> list[str]:
    found = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.iterdir()) if ".raw." in p.name]
    data = SHARED / "eval" / "data"
    for path in sorted(data.glob("*.jsonl.gz")) if data.exists() else []:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for i, line in enumerate(fh):
                if i % 7 == 0:  # a spread of pages and variants (html, page, container, the text forms)
                    found.append(json.loads(line)["input"])
                if len(found) >= limit:
                    return found
    return found


REAL = _real_pages()


@st.composite
def spliced(draw) -> str:
    """A real page cut, repeated and spliced with junk (markup among it) at random points."""
    page = draw(st.sampled_from(REAL))
    n = len(page)
    cuts = sorted(draw(st.lists(st.integers(0, n), min_size=2, max_size=6)))
    pieces = [page[a:b] for a, b in itertools.pairwise(cuts)]
    junk = draw(st.lists(st.one_of(odd_chars, st.text(max_size=30), markup_line.map("\n{}\n".format)),
                        max_size=len(pieces) + 1))
    out = []
    for i, piece in enumerate(pieces * draw(st.integers(1, 2))):
        out.append(piece)
        if i < len(junk):
            out.append(junk[i])
    return "".join(out)


def _run(page: str | bytes, *, again: bool) -> None:
    with time_limit(HANG_SECONDS):
        r = clean(page)
        check_accounts(r, r.original())
        if again:
            assert clean(r.text, format="text").text == r.text


@given(st.text(st.characters(codec=None, exclude_categories=()), max_size=2000))
def test_any_string(text):
    _run(text, again=True)


@given(st.binary(max_size=2000))
def test_any_bytes(data):
    try:
        _run(data, again=False)
    except ValueError as exc:
        assert "not text" in str(exc)


@given(pages())
def test_page_like_text(page):
    """Stable when cleaned again, as the README promises, for text input: a drawn page that opens
    with a page's tags and more markup (``<!DOCTYPE html>`` then ``<html>``) is HTML, whose cleaning
    runs the text of the whole page as the browser shows it (one paragraph here), not its lines."""
    _run(page, again=not looks_like_html(page))


@given(html_pages())
def test_page_like_html(page):
    _run(page, again=False)


@given(spliced())
def test_real_pages_cut_and_spliced(page):
    _run(page, again=not looks_like_html(page))


@given(spliced())
def test_real_pages_folded_and_spliced(page):
    """The scraper text forms (issue 15): ``get_text(" ")`` and corpora that keep an article a
    line give the page with its whitespace folded."""
    if not looks_like_html(page):
        _run(" ".join(page.split()), again=True)


@given(hostile_pages(REAL))
def test_real_pages_made_hostile(page):
    """Surrogates, values nested past any bound, NaN and markup spliced into real pages: every
    contract of ``test_contract_properties.py`` holds, within the time limit."""
    with time_limit(HANG_SECONDS):
        holds_every_contract(page)
