"""The one-call entry point: :func:`clean`."""

from __future__ import annotations

from typing import Literal

from .defaults import DEFAULT
from .document import Document
from .encoding import decode
from .html.detect import looks_like_html
from .pipeline import Pipeline
from .result import Result

__all__ = ["Format", "clean"]

Format = Literal["auto", "text", "html"]


def _as_text(data: object) -> str:
    if isinstance(data, str):
        return data
    if isinstance(data, (bytes, bytearray, memoryview)):
        return decode(data)
    raise TypeError(f"clean() takes the page as str (or as bytes to decode), not {type(data).__name__}")


def clean(text: str | bytes, *, pipeline: Pipeline | None = None, title: str | None = None,
          format: Format = "auto") -> Result:
    """Clean one scraped page: the article body, its metadata, and a record of every removal.

    Args:
        text: the page as scraped text or HTML; bytes are decoded (BOM, UTF-8, declared
            charset, cp1252).
        pipeline: the filters to run; :data:`newsclean.DEFAULT` if not given.
        title: the headline, if the caller knows it: it wins over any guess, and its
            repetitions are removed.
        format: ``"text"``, ``"html"``, or ``"auto"`` to tell by the input's start.

    Raises:
        TypeError: when ``text`` is neither str nor bytes.
        ValueError: for bytes that are not text, or an unknown ``format``.

    >>> r = clean("Aid Arrives in Efrin\\nAid Arrives in Efrin\\nMarch 21, 2016\\nTrucks came.")
    >>> r.text, r.title, r.published.date().isoformat()
    ('Trucks came.', 'Aid Arrives in Efrin', '2016-03-21')
    """
    source = _as_text(text)
    if format not in ("auto", "text", "html"):
        raise ValueError(f"format must be 'auto', 'text' or 'html', not {format!r}")
    meta = {"title": title} if title else {}
    steps = pipeline if pipeline is not None else DEFAULT
    if format == "html" or (format == "auto" and looks_like_html(source)):
        from .html.reader import for_html, read_html  # lxml loads only when HTML is seen
        return Result.from_document(for_html(steps)(read_html(source, metadata=meta)))
    doc = Document.from_text(source, metadata=meta)
    doc = steps(doc)
    return Result.from_document(doc)
