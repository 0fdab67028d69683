"""Every reason a step removes for is named in :mod:`newsclean.reasons`, and the README's
reason table is the registry's."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest

from newsclean import clean, reasons
from newsclean.html.chrome import CLASS_WORDS, ROLES, TAGS
from newsclean.lexicon import NOISE_LINES, SECTION_HEADINGS

from .conftest import ROOT, SAMPLES, eval_cases


def _readme_table() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return text.split("<!-- reasons -->\n", 1)[1].split("\n<!-- /reasons -->", 1)[0]


def test_the_readme_table_is_the_registry():
    assert _readme_table() == reasons.table()


def test_every_constant_has_a_meaning_and_one_kind():
    constants = {getattr(reasons, n) for n in reasons.__all__ if n.isupper() and isinstance(getattr(reasons, n), str)}
    assert constants == set(reasons.MEANINGS)
    kinds = [r for names in reasons.KINDS.values() for r in names]
    assert sorted(kinds) == sorted(set(kinds)) == sorted(reasons.MEANINGS)
    assert all(m and "\n" not in m for m in reasons.MEANINGS.values())


@pytest.mark.parametrize(("table", "slugs"), [
    ("lexicon.NOISE_LINES", set(NOISE_LINES)),
    ("lexicon.SECTION_HEADINGS", set(SECTION_HEADINGS)),
    ("html.chrome.TAGS", set(TAGS.values())),
    ("html.chrome.ROLES", set(ROLES.values())),
    ("html.chrome.CLASS_WORDS", set(CLASS_WORDS)),
])
def test_every_table_of_reasons_names_registered_ones(table, slugs):
    assert slugs - set(reasons.MEANINGS) == set(), table


def _given_reasons(text: str) -> set[str]:
    r = clean(text)
    return {x.reason for x in r.removed} | set(r.metadata.get("html_dropped") or {})


def test_every_sample_removes_for_registered_reasons():
    seen: set[str] = set()
    for raw in sorted(SAMPLES.glob("*.raw.*")):
        seen |= _given_reasons(raw.read_text(encoding="utf-8"))
    assert seen and seen - set(reasons.MEANINGS) == set()


def test_every_eval_page_removes_for_registered_reasons():
    cases = [c for c in eval_cases() if c.get("variant") in ("page", "html")]
    if not cases:
        pytest.skip("../shared/eval/data is not beside the repo")
    seen: set[str] = set()
    for case in cases:
        seen |= _given_reasons(case["input"])
    assert seen - set(reasons.MEANINGS) == set(), json.dumps(sorted(seen - set(reasons.MEANINGS)))


def _literal_reasons(node: ast.AST) -> list[str]:
    """The reason slugs written as string literals in ``node`` (a set, tuple or list of them too)."""
    items = node.elts if isinstance(node, (ast.Set, ast.Tuple, ast.List)) else [node]
    return [x.value for x in items if isinstance(x, ast.Constant) and x.value in reasons.MEANINGS]


def _compared_literals(path: Path) -> list[str]:
    """``reason == "byline"``, ``r.reason in {"title", "dateline"}``, a ``frozenset`` of reason slugs
    and nothing else: the places a reason is written out instead of named."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Compare) and any("reason" in ast.unparse(x) for x in [node.left, *node.comparators]):
            for x in [node.left, *node.comparators]:
                found += [f"{path.name}:{node.lineno}: {v}" for v in _literal_reasons(x)]
        elif isinstance(node, ast.Call) and ast.unparse(node.func) in ("frozenset", "set") and node.args:
            arg = node.args[0]
            named = _literal_reasons(arg)
            if isinstance(arg, (ast.Set, ast.Tuple, ast.List)) and len(named) == len(arg.elts) > 1:
                found += [f"{path.name}:{node.lineno}: {v}" for v in named]
    return found


@pytest.mark.parametrize("path", sorted((ROOT / "newsclean").rglob("*.py")), ids=lambda p: p.name)
def test_code_names_reasons_by_their_constant(path):
    """A reason compared or collected as a literal string drifts when the registry renames it:
    code writes ``reasons.BYLINE``, never ``"byline"``."""
    assert _compared_literals(path) == []
