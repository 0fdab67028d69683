"""The one-call entry point: :func:`clean`."""

from __future__ import annotations

import dataclasses
import sys
from typing import Any, Literal

from .defaults import DEFAULT
from .document import Document
from .encoding import decode
from .guard import GUARD, Guard
from .html.detect import looks_like_html
from .limits import MAX_CHARS, cut_point, mark_cut
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


def _soup_markup(data: object) -> str | None:
    """The HTML of a BeautifulSoup document or ``Tag``; ``None`` for anything else.

    bs4 is not imported here: an object can only be a ``Tag`` when bs4 is loaded already.
    A ``NavigableString`` is a ``str`` and is read as one.
    """
    bs4: Any = sys.modules.get("bs4")
    if bs4 is None or isinstance(data, str) or not isinstance(data, bs4.Tag):
        return None
    return data.decode()


def clean(text: str | bytes | Any, *, pipeline: Pipeline | None = None, title: str | None = None,
          format: Format = "auto", max_chars: int | None = MAX_CHARS, guard: Guard | None = GUARD,
          whole_page: bool = False) -> Result:
    """Clean one scraped page: the article body, its metadata, and a record of every removal.

    Args:
        text: the page as scraped text or HTML; bytes are decoded (BOM, UTF-8, declared
            charset, cp1252); a ``BeautifulSoup`` document or ``Tag`` is read as its HTML
            (a tag as a page fragment; ``format="auto"`` means ``"html"`` for it).
        pipeline: the filters to run; :data:`newsclean.DEFAULT` if not given.
        title: the headline, if the caller knows it: it wins over any guess, and its
            repetitions are removed.
        format: ``"text"``, ``"html"``, or ``"auto"`` to tell by the input's start.
        max_chars: clean only the first this many characters (cut after a line break; 5
            million by default, ``None`` for no limit). A cut is never silent:
            ``metadata["truncated"]`` gives ``kept_chars`` and ``input_chars``, a line in
            ``metadata["warnings"]`` says so, and the uncleaned tail is
            ``result.original()[kept_chars:]``.
        guard: the last step, which puts removed prose back when the filters kept almost
            none of the page's prose (see :mod:`newsclean.guard`); ``None`` turns it off.
        whole_page: HTML only: keep the page's chrome (menus, footers, text outside the
            article) in ``result.source``, removed with its reason, so :meth:`Result.explain`
            shows it; by default it is left out unread, which is faster. The body is the
            same on most pages (581 of the 620 evaluation HTML pages): the text filters see
            the chrome too, and on a few pages judge the article's edges differently.

    Raises:
        TypeError: when ``text`` is neither str, bytes nor a BeautifulSoup tag.
        ValueError: for bytes that are not text, an unknown ``format``, or a ``max_chars``
            below 1.

    >>> r = clean("Aid Arrives in Efrin\\nAid Arrives in Efrin\\nMarch 21, 2016\\nTrucks came.")
    >>> r.text, r.title, r.published.date().isoformat()
    ('Trucks came.', 'Aid Arrives in Efrin', '2016-03-21')
    """
    markup = _soup_markup(text)
    if markup is not None and format == "auto":
        format = "html"
    source = markup if markup is not None else _as_text(text)
    if title is not None and type(title) is not str and isinstance(title, str):
        title = str(title)  # a bs4 NavigableString holds its whole tree: keep only the text
    if format not in ("auto", "text", "html"):
        raise ValueError(f"format must be 'auto', 'text' or 'html', not {format!r}")
    if max_chars is not None and (not isinstance(max_chars, int) or max_chars < 1):
        raise ValueError(f"max_chars must be a positive int or None, not {max_chars!r}")
    meta = {"title": title} if title else {}
    steps = pipeline if pipeline is not None else DEFAULT
    kept = cut_point(source, max_chars)
    head = source[:kept]
    if format == "html" or (format == "auto" and looks_like_html(head)):
        from .html.reader import for_html, read_html  # lxml loads only when HTML is seen
        page = read_html(head, metadata=meta, whole_page=whole_page)
        doc = for_html(pipeline)(page)  # DEFAULT less text-only steps if None
    else:
        doc = steps(Document.from_text(head, metadata=meta))
    if guard is not None:
        doc = guard(doc)
    if kept < len(source):
        doc = dataclasses.replace(mark_cut(doc, kept, len(source)), original=source)
    return Result.from_document(doc)
