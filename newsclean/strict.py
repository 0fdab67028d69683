"""Valid Unicode and strict JSON out, whatever came in.

A Python ``str`` may hold lone surrogates (U+D800-U+DFFF): a page decoded with
``surrogateescape``, a JSON ``"\\ud800"`` escape with no partner, text cut between the two
halves of a UTF-16 pair. They are not characters: no UTF-8 writer can encode them and
libxml2 stops reading HTML at the first one. A scraped value may also hold ``NaN`` or
``Infinity`` (JavaScript state printed as JSON, which Python's reader accepts and strict JSON
readers refuse), or be nested hundreds of levels deep (``RecursionError`` in writers, pickling
and ``repr``).

:func:`replace_surrogates` replaces each surrogate with U+FFFD, one character for one, so
every offset into the text still holds. :func:`strict_value` makes a metadata value safe
for a strict JSON writer: surrogates replaced in its strings (and keys), non-finite floats
turned into ``None`` (JSON's ``null``, as ``JSON.stringify`` writes them), and containers
deeper than :data:`MAX_DEPTH` levels cut to ``None``; it says what it changed.

>>> replace_surrogates("A \\ud800 B")
('A \\ufffd B', 1)
>>> value, found = strict_value({"title": "A \\ud83d B", "score": float("nan"), "tags": ["x"]})
>>> value, found.surrogates, found.cut
({'title': 'A \\ufffd B', 'score': None, 'tags': ['x']}, 1, 0)
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import regex

__all__ = ["MAX_DEPTH", "Found", "replace_surrogates", "strict_value", "surrogate_warning"]

# How deep a metadata value may nest (a list or dict counts one level). Real article data
# (JSON-LD, related-article lists, player state) nests a dozen levels at most; a value past
# this bound is cut there, with a warning, so that writers, pickling and repr never recurse
# without bound.
MAX_DEPTH = 64

# The regex module scans a page for this class about three times faster than the stdlib re.
_SURROGATE = regex.compile(r"[\ud800-\udfff]")


def replace_surrogates(text: str) -> tuple[str, int]:
    """``text`` with each surrogate code point replaced by U+FFFD, and how many there were.
    Text without one (nearly all) is returned as it is, after one C-speed search (none
    for ASCII text).

    >>> replace_surrogates("no surrogate here")
    ('no surrogate here', 0)
    >>> replace_surrogates("\\ud83d\\ude00")  # a pair left unjoined in a str: two, not one emoji
    ('\\ufffd\\ufffd', 2)
    """
    if text.isascii() or _SURROGATE.search(text) is None:  # isascii() reads a flag: no scan
        return text, 0
    return _SURROGATE.subn("\ufffd", text)


def surrogate_warning(count: int, where: str) -> str:
    """The ``metadata["warnings"]`` line for ``count`` surrogates replaced in ``where``.

    >>> surrogate_warning(2, "the input")
    'surrogates: 2 lone surrogates (U+D800-U+DFFF, not characters) in the input replaced with U+FFFD'
    """
    plural = "s" if count > 1 else ""
    return f"surrogates: {count} lone surrogate{plural} (U+D800-U+DFFF, not characters) in {where} replaced with U+FFFD"


@dataclass
class Found:
    """What :func:`strict_value` changed: surrogates replaced, containers cut, non-finite
    floats turned into ``None``."""

    surrogates: int = 0
    cut: int = 0
    nonfinite: int = 0

    def __bool__(self) -> bool:
        return bool(self.surrogates or self.cut or self.nonfinite)


def strict_value(value: Any, found: Found | None = None, depth: int = 0) -> tuple[Any, Found]:
    """``value`` made safe for a strict JSON writer, and what was changed. Only what needs a
    change is copied: a clean value comes back as the same object.

    >>> deep = []
    >>> for _ in range(100):
    ...     deep = [deep]
    >>> cut, found = strict_value({"related": deep})
    >>> found.cut, str(cut).count("[")
    (1, 63)
    >>> strict_value([1.5, float("inf"), "ok"])[0]
    [1.5, None, 'ok']
    """
    found = found if found is not None else Found()
    return _strict(value, found, depth), found


def _strict(value: Any, found: Found, depth: int) -> Any:
    if isinstance(value, str):
        text, n = replace_surrogates(value)
        found.surrogates += n
        return text
    if isinstance(value, float):
        if math.isfinite(value):
            return value
        found.nonfinite += 1
        return None
    if isinstance(value, Mapping):
        if depth >= MAX_DEPTH:
            found.cut += 1
            return None
        items = [(_strict(k, found, depth + 1), _strict(v, found, depth + 1)) for k, v in value.items()]
        if all(k is k0 and v is v0 for (k, v), (k0, v0) in zip(items, value.items(), strict=True)):
            return value
        return dict(items)
    if isinstance(value, (list, tuple)):
        if depth >= MAX_DEPTH:
            found.cut += 1
            return None
        items = [_strict(v, found, depth + 1) for v in value]
        if all(v is v0 for v, v0 in zip(items, value, strict=True)):
            return value
        return type(value)(items) if isinstance(value, list) else tuple(items)
    return value
