"""The result's shortcut (issue 18): a metadata value ``result._plain`` passes is one that
``strict_value`` gives back as it is, finding nothing, so ``_strict_metadata`` may skip its walk."""

from __future__ import annotations

import datetime as dt
import random

from newsclean import result
from newsclean.strict import strict_value

# Strings with and without what strict_value changes (a lone surrogate) or what _plain refuses
# unread (any character past ASCII).
STRINGS = ["", "Aid", "Jane Doe", "Caf\u00e9", "\ud800", "a\udfffb", "\u00a0", "\U0001f600", "x\x00y"]


class _Str(str):
    pass


class _Dict(dict):  # type: ignore[type-arg]
    pass


def _values() -> list[object]:
    """Values of every shape a step's metadata holds, and some it does not."""
    atoms: list[object] = [None, True, False, 0, 7, 1.5, float("nan"), float("inf"), dt.date(2016, 3, 21),
                           dt.datetime(2016, 3, 21, 9, 30), dt.time(9, 30), _Str("Aid"), b"Aid", {1}]
    out: list[object] = [*STRINGS, *atoms]
    out += [[s] for s in STRINGS] + [[s, "Aid"] for s in STRINGS] + [(s,) for s in STRINGS]
    out += [{s: "guess"} for s in STRINGS] + [{"title": s} for s in STRINGS]
    out += [[a] for a in atoms] + [{"k": a} for a in atoms] + [{1: "a"}, [["Aid"]], {"k": {"k": "Aid"}}]
    out += [_Dict(title="Aid"), [], {}, ()]
    return out


def _agrees(value: object) -> bool:
    fixed, found = strict_value(value)
    return not result._plain(value) or (fixed is value and not found)


def test_plain_values_are_what_strict_value_leaves_alone() -> None:
    for value in _values():
        assert _agrees(value), value


def test_plain_on_random_lists_and_dicts() -> None:
    rng = random.Random(18)
    for _ in range(2000):
        items = [rng.choice([*STRINGS, None, 1, 1.5]) for _ in range(rng.randrange(4))]
        assert _agrees(items)
        assert _agrees({str(i): v for i, v in enumerate(items)})
        assert _agrees(dict(zip(items[::2], items[1::2], strict=False)))


def test_plain_metadata_is_kept_as_given() -> None:
    meta = {"title": "Aid Arrives", "published": dt.datetime(2016, 3, 21), "authors": ["Jane Doe"],
            "sources": {"title": "guess"}, "deck": "Caf\u00e9 \ud800"}
    out = result._strict_metadata(meta)
    assert out["deck"] == "Caf\u00e9 \ufffd" and out["title"] is meta["title"]
    assert out["authors"] is meta["authors"] and out["sources"] is meta["sources"]
    assert out["warnings"][0].startswith("surrogates:")
