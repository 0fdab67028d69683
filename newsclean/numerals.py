"""Numbers read off text the ``regex`` engine matched as digits (``\\d``).

The ``regex`` module carries its own Unicode tables, which can be newer than the running Python's:
on Python 3.11 (Unicode 14) it reads the Kawi digits U+11F50-U+11F59 (Unicode 15) as ``\\d``, and
``int`` refuses them with a ``ValueError``. A date, a slide counter or a PHP string's length written
with such digits is then no number at all for this library (as for any reader on that Python),
never an error: :func:`read_int` gives ``None`` for it.

>>> read_int("2016"), read_int("\\u0662\\u0660"), read_int("\\U00011f52")
(2016, 20, None)
"""

from __future__ import annotations

__all__ = ["read_int"]


def read_int(digits: str) -> int | None:
    """``int(digits)``, or ``None`` where this Python cannot read them as a number."""
    try:
        return int(digits)
    except ValueError:
        return None
