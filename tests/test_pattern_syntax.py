"""The package runs on Python 3.10 (``requires-python``), whose standard ``re`` reads no possessive repeat
(``*+``, ``++``, ``?+``, ``{m,n}+``) and no atomic group (``(?>...)``): both came with 3.11, and a module
compiling one at import fails there with ``re.error: multiple repeat``. The test suite runs on 3.11, so this
test reads every ``re`` pattern the package's modules hold and asks that none uses either. (The ``regex``
module reads both on every version: its patterns are not concerned.)"""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Iterator
from typing import Any

import pytest

import newsclean

_parser = pytest.importorskip("re._parser")
_constants = pytest.importorskip("re._constants")
_NEW_IN_311 = {_constants.POSSESSIVE_REPEAT, _constants.ATOMIC_GROUP}


def _modules() -> Iterator[Any]:
    for info in pkgutil.walk_packages(newsclean.__path__, "newsclean."):
        try:
            yield importlib.import_module(info.name)
        except ImportError:  # an optional integration whose library is not installed
            continue


def _patterns(value: Any, depth: int = 0) -> Iterator[re.Pattern[str]]:
    """The standard ``re`` patterns in a module global, and in the containers it holds (two levels)."""
    if isinstance(value, re.Pattern):
        yield value
    elif depth < 2 and isinstance(value, (tuple, list, frozenset, set)):
        for item in value:
            yield from _patterns(item, depth + 1)
    elif depth < 2 and isinstance(value, dict):
        for item in value.values():
            yield from _patterns(item, depth + 1)


def _uses_new_syntax(tree: Any) -> bool:
    """Whether a parsed pattern (``re._parser`` items, nested) holds a possessive repeat or an atomic group."""
    for op, av in tree:
        if op in _NEW_IN_311:
            return True
        for part in av if isinstance(av, (tuple, list)) else (av,):
            if isinstance(part, _parser.SubPattern) and _uses_new_syntax(part):
                return True
            if isinstance(part, (tuple, list)) and any(isinstance(p, _parser.SubPattern) and _uses_new_syntax(p)
                                                       for p in part):
                return True
    return False


def test_the_syntax_check_sees_both_forms() -> None:
    assert _uses_new_syntax(_parser.parse(r"\n[ \t]*+x"))
    assert _uses_new_syntax(_parser.parse(r"(?:a|(?>bc)d)"))
    assert not _uses_new_syntax(_parser.parse(r"\n[ \t]*(?![ \t])(?=x)|(?:a{1,3})"))


def test_no_re_pattern_needs_python_311() -> None:
    found = {(module.__name__, name, pattern.pattern)
             for module in _modules() for name, value in vars(module).items() for pattern in _patterns(value)
             if isinstance(pattern.pattern, str) and _uses_new_syntax(_parser.parse(pattern.pattern, pattern.flags))}
    assert not found, f"patterns Python 3.10's re cannot compile: {sorted(found)}"
