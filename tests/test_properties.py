"""Properties that hold for every input: totality, conservation, idempotence, untouched prose."""

from __future__ import annotations

import datetime as dt
import json

import regex
from hypothesis import given
from hypothesis import strategies as st

from newsclean import DEFAULT, Document, clean
from newsclean.document import fold

WORDS = ("the army said that on monday its forces had taken the town after weeks of fighting "
         "officials in the capital told reporters a convoy of trucks carried food and medicine "
         "to families who fled their homes during the winter while aid groups warned of shortages "
         "and the government promised to rebuild schools roads and hospitals in the region").split()
SLUG = regex.compile(r"[a-z][a-z0-9_]*")

any_text = st.text(st.characters(exclude_categories=()), max_size=400)
sentence = st.lists(st.sampled_from(WORDS), min_size=8, max_size=22).map(
    lambda ws: " ".join(ws).capitalize() + ".")
paragraph = st.lists(sentence, min_size=1, max_size=3).map(" ".join)
prose = st.lists(paragraph, min_size=1, max_size=6)
headline = st.lists(st.sampled_from(WORDS), min_size=3, max_size=10).map(
    lambda ws: " ".join(w.capitalize() for w in ws))
DATE_FORMATS = ["%a %b %d, %Y %H:%M:%S", "%B %d, %Y", "%Y-%m-%dT%H:%M:%SZ", "Published: %d/%m/%Y %H:%M",
                "Updated %d %B %Y"]
when = st.builds(lambda d, f: d.strftime(f),
                 st.datetimes(min_value=dt.datetime(1990, 1, 1), max_value=dt.datetime(2030, 12, 31)),
                 st.sampled_from(DATE_FORMATS))
code = st.from_regex(r"\A[1-9][0-9]{2}-[0-9]{1,2}\Z")


@st.composite
def documents(draw) -> str:
    """A scraped-page-like text: headline (maybe twice), dateline, prose, code, blob."""
    parts: list[str] = []
    title = draw(st.none() | headline)
    if title:
        parts += [title] * draw(st.integers(1, 2))
    if draw(st.booleans()):
        parts.append(draw(when))
    parts += draw(prose)
    if draw(st.booleans()):
        parts.append(draw(code))
    if draw(st.booleans()):
        payload = json.dumps([{"id": "1", "title": draw(headline)}])
        parts.append(f'string({len(payload.encode())}) "{payload}"')
    sep = draw(st.sampled_from(["\n", "\n\n", "\r\n", "\n \n"]))
    return sep.join(parts)


def accounted(text: str) -> None:
    """Removals are exact, disjoint spans of the source, and the kept rest is the body."""
    doc = DEFAULT(Document.from_text(text))
    source = doc.text
    taken = bytearray(len(source))
    for r in doc.removals:
        assert source[r.start:r.end] == r.text
        assert not any(taken[r.start:r.end]), "removals overlap"
        taken[r.start:r.end] = b"\x01" * (r.end - r.start)
        assert r.filter in DEFAULT.names and SLUG.fullmatch(r.reason)
    lines = []
    for p in doc.paragraphs:
        kept = fold("".join(c if not taken[i] else " " for i, c in enumerate(source[p.start:p.end], p.start)))
        if kept:
            lines.append(kept)
    assert "\n".join(lines) == doc.body()


@given(any_text)
def test_never_raises_on_any_str(text):
    r = clean(text)
    assert isinstance(r.text, str)


@given(any_text)
def test_removals_and_kept_text_account_for_any_str(text):
    accounted(text)


@given(documents())
def test_removals_and_kept_text_account_for_documents(text):
    accounted(text)


@given(documents())
def test_idempotent(text):
    once = clean(text).text
    assert clean(once).text == once


@given(prose)
def test_clean_prose_comes_back_untouched(paragraphs):
    text = "\n\n".join(paragraphs)
    assert clean(text).text == "\n".join(paragraphs)
    assert clean(text).removed == ()


# The scraper text forms (issue 15): the page folded to one line (``get_text(" ")``, a corpus
# that keeps an article a line) and a line for every piece of text (``get_text("\n")``).
def _folded(text: str) -> str:
    return " ".join(text.split())


def _tag_lines(text: str) -> str:
    """Every third space a line break: sentences cut where a link or an emphasis would cut them."""
    words = text.split()
    return "".join(w + ("\n" if i % 3 == 2 else " ") for i, w in enumerate(words)).strip()


@given(documents())
def test_removals_and_kept_text_account_for_folded_documents(text):
    accounted(_folded(text))


@given(documents())
def test_removals_and_kept_text_account_for_tag_lines(text):
    accounted(_tag_lines(text))


@given(documents())
def test_idempotent_on_folded_documents(text):
    once = clean(_folded(text)).text
    assert clean(once).text == once


@given(prose)
def test_folded_prose_comes_back_untouched(paragraphs):
    text = " ".join(paragraphs)
    assert clean(text).text == text
