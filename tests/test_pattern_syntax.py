"""The package runs on Python 3.10 (``requires-python``), whose standard ``re`` reads no possessive repeat
(``*+``, ``++``, ``?+``, ``{m,n}+``) and no atomic group (``(?>...)``): both came with 3.11, and a module
compiling one at import fails there with ``re.error: multiple repeat``. The test suite runs on 3.11, so this
test reads every ``re`` pattern the package's modules hold and asks that none uses either, but the few that
``line_joins`` writes both ways (``_PORTABLE``: 3.10 compiles the second form), whose two forms it compares on
every eval text and random strings. (The ``regex`` module reads both on every version: its patterns are not
concerned.)"""

from __future__ import annotations

import importlib
import pkgutil
import random
import re
from collections.abc import Iterator
from typing import Any

import pytest

import newsclean
from newsclean.layout import line_joins

from .conftest import eval_cases

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
    return any(op in _NEW_IN_311 or _holds_new_syntax(av) for op, av in tree)


def _holds_new_syntax(value: Any) -> bool:
    """Whether an item's argument holds a subpattern that uses either form, at any depth of tuples and lists."""
    if isinstance(value, _parser.SubPattern):
        return _uses_new_syntax(value)
    return isinstance(value, (tuple, list)) and any(_holds_new_syntax(part) for part in value)


def test_the_syntax_check_sees_both_forms() -> None:
    assert _uses_new_syntax(_parser.parse(r"\n[ \t]*+x"))
    assert _uses_new_syntax(_parser.parse(r"(?:a|(?>bc)d)"))
    assert not _uses_new_syntax(_parser.parse(r"\n[ \t]*(?![ \t])(?=x)|(?:a{1,3})"))


def test_no_re_pattern_needs_python_311_but_those_written_both_ways() -> None:
    found = {(module.__name__, name, pattern.pattern)
             for module in _modules() for name, value in vars(module).items() for pattern in _patterns(value)
             if isinstance(pattern.pattern, str) and pattern.pattern not in line_joins._PORTABLE
             and _uses_new_syntax(_parser.parse(pattern.pattern, pattern.flags))}
    assert not found, f"patterns Python 3.10's re cannot compile: {sorted(found)}"
    assert line_joins._PORTABLE
    for portable in line_joins._PORTABLE.values():
        assert not _uses_new_syntax(_parser.parse(portable))


def _random_texts(n: int) -> list[str]:
    rng = random.Random(34)
    pieces = ["\n", " ", "\t", "\xa0", "\u2003", "\u3000", "a", "of", "the", "=", "+", "1", "12", "123", "1234",
              ",", "(", "“", "«", "©", "é", "The", "and", ".", "x + y", "  \n"]
    return ["".join(rng.choice(pieces) for _ in range(rng.randrange(1, 40))) for _ in range(n)]


def test_the_two_forms_match_the_same() -> None:
    texts = _random_texts(20_000)
    texts += [case["input"] for case in eval_cases() if case.get("variant") != "html"]
    texts += [text[::-1] for text in texts]  # the reversed open ends are searched in a reversed text
    for modern, portable in line_joins._PORTABLE.items():
        a, b = re.compile(modern), re.compile(portable)
        for text in texts:
            assert ([(m.span(), m.groups()) for m in a.finditer(text)]
                    == [(m.span(), m.groups()) for m in b.finditer(text)]), (modern[:40], text[:200])
