"""Every input record of a corpus is written or reported, for JSONL, CSV, gz and Parquet, whole,
truncated and mis-encoded (the checks are in ``tests/batch_corpus.py``; the fuzz target
``tests/fuzz/test_fuzz_batch.py`` draws the corpora instead)."""

from __future__ import annotations

import random

import pytest

from .batch_corpus import FORMATS, KINDS, check, misencode, truncate, write

# Every kind of record, in a shuffled order, several times over.
SEEDS = range(3)


def _kinds(seed: int) -> list[str]:
    rng = random.Random(seed)
    kinds = list(KINDS) * 4
    rng.shuffle(kinds)
    return kinds


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("fmt", FORMATS)
def test_every_record_of_a_whole_corpus_is_written_or_reported(tmp_path, fmt, seed):
    if fmt == "parquet":
        pytest.importorskip("pyarrow")
    corpus = write(tmp_path, fmt, _kinds(seed), random.Random(seed))
    written, failed = check(corpus, tmp_path)
    assert written + failed >= len(KINDS) * 4 - len(corpus.opened_quote)
    assert written >= 10


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("keep", [0.0, 0.2, 0.5, 0.8, 0.999])
@pytest.mark.parametrize("fmt", FORMATS)
def test_every_record_of_a_truncated_corpus_is_written_or_reported(tmp_path, fmt, keep, seed):
    if fmt == "parquet":
        pytest.importorskip("pyarrow")
    corpus = write(tmp_path, fmt, _kinds(seed), random.Random(seed))
    truncate(corpus, keep)
    check(corpus, tmp_path)


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("fmt", ["jsonl", "jsonl.gz", "csv", "csv.gz"])
def test_every_record_of_a_corpus_with_bytes_that_are_not_utf8_is_written_or_reported(tmp_path, fmt, seed):
    rng = random.Random(seed)
    corpus = write(tmp_path, fmt, _kinds(seed), rng)
    misencode(corpus, rng, 8)
    check(corpus, tmp_path)


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_record_is_accounted_for_in_parquet_output_too(tmp_path, fmt):
    pytest.importorskip("pyarrow")
    corpus = write(tmp_path, fmt, _kinds(7), random.Random(7))
    check(corpus, tmp_path, "out.parquet")
