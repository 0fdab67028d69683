"""The fuzz targets run only when asked for: ``pytest -m fuzz tests/fuzz``.

A plain ``pytest`` collects them (they live under ``tests/``) and deselects them here, so the
quick suite stays quick. See ``test_fuzz.py`` for the command with many examples.
"""

from __future__ import annotations

import pytest


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if "fuzz" in (config.getoption("markexpr") or ""):
        return
    fuzz = [item for item in items if item.get_closest_marker("fuzz")]
    if fuzz:
        config.hook.pytest_deselected(items=fuzz)
        items[:] = [item for item in items if not item.get_closest_marker("fuzz")]
