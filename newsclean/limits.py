"""The size limit of :func:`newsclean.clean`: how much of a huge input is cleaned, and how the
cut is recorded (never silently).

>>> from newsclean.document import Document
>>> text = "one\\ntwo\\nthree"
>>> kept = cut_point(text, 10)
>>> mark_cut(Document.from_text(text[:kept]), kept, len(text)).metadata["truncated"]
{'kept_chars': 8, 'input_chars': 13}
"""

from __future__ import annotations

from .document import Document
from .guard import warn

__all__ = ["MAX_CHARS", "cut_point", "mark_cut"]

# The default size limit of clean(): characters of input cleaned; the rest is cut, and said so.
MAX_CHARS = 5_000_000
# A cut looks this far back for a line break, so that no line is cut in two.
_CUT_LOOKBACK = 100_000


def cut_point(text: str, max_chars: int | None) -> int:
    """Where to cut ``text`` to at most ``max_chars`` characters: after the last line break
    within the limit (unless that is far back), else at the limit; ``len(text)`` when it fits.

    >>> cut_point("one\\ntwo\\nthree", 10), cut_point("one\\ntwo", 10), cut_point("x" * 20, 10)
    (8, 7, 10)
    """
    if max_chars is None or len(text) <= max_chars:
        return len(text)
    nl = text.rfind("\n", max(0, max_chars - _CUT_LOOKBACK), max_chars)
    return nl + 1 if nl >= 0 else max_chars


def mark_cut(doc: Document, kept: int, total: int) -> Document:
    """Record in ``doc``'s metadata that only the first ``kept`` of ``total`` input characters
    were cleaned (``metadata["truncated"]`` and a warning)."""
    doc = doc.with_metadata(truncated={"kept_chars": kept, "input_chars": total})
    return warn(doc, f"truncated: cleaned the first {kept} of {total} characters; "
                     f"the rest is Result.original()[{kept}:]")
