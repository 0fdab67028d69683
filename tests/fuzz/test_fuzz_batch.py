"""Fuzz target over `newsclean batch`: corpora of every format, with every kind of record, whole,
truncated or mis-encoded, drawn by Hypothesis; every input record must be written once,
unmerged, or reported at one of its lines, and the run must end within a time limit.

Not part of the quick suite (``tests/test_batch_corpus.py`` runs a fixed set of such corpora
there). Run with many examples::

    HYPOTHESIS_PROFILE=fuzz python -m pytest -m fuzz tests/fuzz/test_fuzz_batch.py -x
"""

from __future__ import annotations

import random
import tempfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ..batch_corpus import FORMATS, KINDS, check, misencode, truncate, write
from .test_fuzz import time_limit

pytestmark = pytest.mark.fuzz

HANG_SECONDS = 30  # a corpus of 40 short records takes well under a second

damage = st.one_of(
    st.just(("none", 0.0)),
    st.tuples(st.just("truncate"), st.floats(0.0, 1.0)),
    st.tuples(st.just("misencode"), st.integers(1, 12).map(float)),
)


@given(kinds=st.lists(st.sampled_from(KINDS), max_size=40), fmt=st.sampled_from(FORMATS),
       out=st.sampled_from(["out.jsonl", "out.jsonl.gz", "out.parquet"]), hurt=damage,
       seed=st.integers(0, 2**32 - 1))
def test_every_record_of_any_corpus_is_written_or_reported(kinds, fmt, out, hurt, seed):
    pytest.importorskip("pyarrow")
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as folder, time_limit(HANG_SECONDS):
        corpus = write(Path(folder), fmt, kinds, rng)
        how, amount = hurt
        if how == "truncate":
            truncate(corpus, amount)
        elif how == "misencode" and fmt != "parquet":
            misencode(corpus, rng, int(amount))
        check(corpus, Path(folder), out)
