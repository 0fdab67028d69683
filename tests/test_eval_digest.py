"""On the shared evaluation pages (when they are beside the repository): every case's output
(text, title, published, metadata, removals) is the one stored in ``tests/eval_digest.json``.

A commit that changes an output on purpose refreshes the file (``python benchmarks/digest.py
--update``), so the cases it moves show in its diff; a refactoring leaves it untouched."""

from __future__ import annotations

import importlib.util
import json

import pytest

from .conftest import EVAL_DATA, ROOT

_STORED = ROOT / "tests" / "eval_digest.json"


def _digest_module():
    spec = importlib.util.spec_from_file_location("digest", ROOT / "benchmarks" / "digest.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_case_gives_the_stored_output():
    if not EVAL_DATA.exists():
        pytest.skip("../shared/eval/data is not beside the repo")
    digest = _digest_module()
    diff = digest.compare(json.loads(_STORED.read_text(encoding="utf-8")), digest.digests(EVAL_DATA))
    assert diff["moved"] == [], f"{len(diff['moved'])} cases moved (refresh with benchmarks/digest.py --update)"


def test_compare_tells_a_moved_output_from_a_changed_input():
    digest = _digest_module()
    assert digest.compare({"a": "1:x", "b": "2:y"}, {"a": "1:z", "b": "3:y"}) == {
        "moved": ["a"], "changed": ["b"], "missing": [], "new": []}
