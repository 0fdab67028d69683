"""Golden samples: every ``samples/NAME.raw.*`` cleans to ``NAME.clean.txt`` exactly, and every
field in ``NAME.meta.json`` comes out as written there."""

from __future__ import annotations

import json

import pytest

from newsclean import clean
from newsclean.result import jsonable

from .conftest import SAMPLES, SHARED

RAWS = sorted(p for p in SAMPLES.iterdir() if ".raw." in p.name)


def _expected(raw):
    stem = raw.name.split(".raw.")[0]
    body = (SAMPLES / f"{stem}.clean.txt").read_text(encoding="utf-8")
    meta_path = SAMPLES / f"{stem}.meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
    return body, meta


def test_there_are_samples():
    assert len(RAWS) >= 1


@pytest.mark.parametrize("raw", RAWS, ids=lambda p: p.name)
def test_body(raw):
    body, _ = _expected(raw)
    assert clean(raw.read_text(encoding="utf-8")).text == body


@pytest.mark.parametrize("raw", RAWS, ids=lambda p: p.name)
def test_metadata(raw):
    _, meta = _expected(raw)
    got = jsonable(clean(raw.read_text(encoding="utf-8")).metadata)
    for key, value in meta.items():
        assert got.get(key) == value, key


def test_reference_page_matches_the_human_corpus():
    """The body is the human-cleaned corpus file less its last line, the agency code."""
    seed = SHARED / "seeds"
    if not seed.exists():
        pytest.skip("../shared/seeds is not beside the repo")
    corpus = (seed / "fars-2016-03-21.clean.txt").read_text(encoding="utf-8")
    body, code = corpus.rstrip("\n").rsplit("\n", 1)
    r = clean((seed / "fars-2016-03-21.raw.txt").read_text(encoding="utf-8"))
    assert r.text == body
    assert r.metadata["agency_code"] == code == "219-11"
    assert r.title == "Syrian Army Troops Smash Dozens of ISIS Terrorists in Aleppo"
    assert r.published.isoformat() == "2016-03-21T16:25:32"
    assert r.metadata["summary"].startswith("Syrian army forces have killed at least 50 ISIS militants")
    assert len(r.metadata["related"]) == 10
    assert r.metadata["related"][0]["title"].startswith("Kurdish Militants Foil ISIS Suicide Assaults")
    assert {f.filter for f in r.removed} == {"title", "dateline", "summary", "agency", "blobs"}
