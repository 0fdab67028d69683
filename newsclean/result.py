"""What :func:`newsclean.clean` returns: the body, metadata and a record of every removal.

>>> from newsclean import clean
>>> r = clean("Troops Smash Dozens in Aleppo\\nMon Mar 21, 2016 16:25:32\\nThe army said so.\\n219-11")
>>> r.text, r.title, r.metadata["agency_code"]
('The army said so.', 'Troops Smash Dozens in Aleppo', '219-11')
>>> print(r.explain())
- Troops Smash Dozens in Aleppo    [title: title]
- Mon Mar 21, 2016 16:25:32    [dateline: dateline]
  The army said so.
- 219-11    [agency_code: agency]
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .document import Document, Removal

__all__ = ["Result", "jsonable", "precision"]

_SHOW = 160  # characters of a removed span that explain() prints
_RED, _DIM, _RESET = "\x1b[31m", "\x1b[2m", "\x1b[0m"


def jsonable(value: Any) -> Any:
    """``value`` with datetimes as ISO 8601 strings, tuples as lists: ready for ``json.dumps``."""
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    return value


def precision(value: object) -> str | None:
    """``"day"`` for a date printed without a time, ``"time"`` for one with, ``None`` for no date.

    Pages that print only a day ("June 12, 2019") are read as midnight with no zone, and
    CMSs that store a date write it the same way (``2019-06-12T00:00:00``): a naive
    midnight is a day, not an instant, so no zone should move it to another day. A midnight
    with an offset is an instant the page gave.

    >>> precision(dt.datetime(2019, 6, 12)), precision(dt.datetime(2019, 6, 12, 9, 30))
    ('day', 'time')
    >>> precision(dt.datetime(2019, 6, 12, tzinfo=dt.timezone.utc)), precision(dt.date(2019, 6, 12)), precision(None)
    ('time', 'day', None)
    """
    if isinstance(value, dt.datetime):
        naive_midnight = value.tzinfo is None and value.time() == dt.time()
        return "day" if naive_midnight else "time"
    return "day" if isinstance(value, dt.date) else None


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _SHOW else f"{text[:_SHOW]}… (+{len(text) - _SHOW} chars)"


def _elements(doc: Document, removed: tuple[Removal, ...]) -> tuple[str, ...]:
    """The ``element`` hint of the paragraph each removal starts in (HTML input only)."""
    paras = doc.paragraphs
    if not any("element" in p.hints for p in paras[:1]):
        return ()
    starts = [p.start for p in paras]
    out = []
    for r in removed:
        i = bisect.bisect_right(starts, r.start) - 1
        out.append(str(paras[i].hints.get("element", "")) if i >= 0 else "")
    return tuple(out)


@dataclass(frozen=True)
class Result:
    """The cleaned article.

    ``text`` is the body, one paragraph a line; ``metadata`` holds what was taken out of the
    page (``title``, ``published``, ``summary``, ``agency_code``, ``related``, ...);
    ``removed`` lists every removal in text order; ``source`` is the text the removals point
    into (the input after unicode repair).
    """

    text: str
    metadata: Mapping[str, Any]
    removed: tuple[Removal, ...]
    source: str
    input: str
    #: Per removal, the HTML element its paragraph came from (``"div.article > p"``; "" for text input).
    elements: tuple[str, ...] = ()

    @classmethod
    def from_document(cls, doc: Document) -> Result:
        removed = tuple(sorted(doc.removals, key=lambda r: r.start))
        original = doc.original if doc.original is not None else doc.text
        meta = dict(doc.metadata)
        when = precision(meta.get("published"))
        if when is not None:
            meta["published_precision"] = when
        return cls(doc.body(), meta, removed, doc.text, original, _elements(doc, removed))

    @property
    def title(self) -> str | None:
        """The headline, if one was found or given."""
        return self.metadata.get("title")

    @property
    def published(self) -> dt.datetime | None:
        """The publication date and time (time zone kept where the page gave one). A page
        that gave only the day has it at midnight, no zone, and
        ``metadata["published_precision"] == "day"`` (else ``"time"``)."""
        return self.metadata.get("published")

    @property
    def authors(self) -> list[str]:
        """Author names, if a byline was found."""
        return list(self.metadata.get("authors") or [])

    def original(self) -> str:
        """The input exactly as given to :func:`clean` (decoded, for bytes)."""
        return self.input

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form, the layout of ``newsclean batch`` and the Scrapy pipeline without
        their prefix: text, title, published (ISO 8601), authors, agency_code, summary, all
        metadata, and the removals (with the HTML element they came from, for HTML input)."""
        meta = self.metadata
        return {"text": self.text, "title": self.title, "published": jsonable(self.published),
                "authors": self.authors, "agency_code": meta.get("agency_code"), "summary": meta.get("summary"),
                "metadata": jsonable(meta),
                "removed": [dict(r.to_dict(), element=e) if e else r.to_dict()
                            for r, e in zip(self.removed, self.elements or [""] * len(self.removed), strict=True)]}

    def explain(self, color: bool = False) -> str:
        """The source, a line per paragraph: ``-`` removed (with reason and filter), two
        spaces kept, ``~`` partly removed (removed parts as ``[-…-]{reason}``)."""
        ends = [r.end for r in self.removed]  # removals are disjoint and in order: ends sorted too
        lines = []
        for para in Document.from_text(self.source).paragraphs:
            lines.append(self._explain_line(para.start, para.end, color, ends))
        return "\n".join(lines)

    def _explain_line(self, start: int, end: int, color: bool, ends: list[int]) -> str:
        parts: list[tuple[str, Removal | None]] = []
        pos = start
        i = bisect.bisect_right(ends, start)  # the first removal that ends past ``start``
        while i < len(self.removed) and self.removed[i].start < end:
            r = self.removed[i]
            i += 1
            a, b = max(r.start, start), min(r.end, end)
            if a > pos and self.source[pos:a].strip():
                parts.append((self.source[pos:a], None))
            parts.append((self.source[a:b], r))
            pos = max(pos, b)
        if pos < end and self.source[pos:end].strip():
            parts.append((self.source[pos:end], None))
        if all(r is None for _, r in parts):
            return "  " + _short(self.source[start:end])
        if len(parts) == 1 and parts[0][1] is not None:
            r = parts[0][1]
            line = f"- {_short(parts[0][0])}    [{r.reason}: {r.filter}]"
            return f"{_RED}{line}{_RESET}" if color else line
        out = []
        for text, r in parts:
            if r is None:
                out.append(_short(text).strip())
            else:
                mark = f"[-{_short(text)}-]{{{r.reason}}}"
                out.append(f"{_DIM}{mark}{_RESET}" if color else mark)
        return "~ " + " ".join(out)

    def _repr_html_(self) -> str:
        """How Jupyter shows a result: header, removal legend, the page with removals struck
        through, the clean body (see :func:`newsclean.display.render_html`)."""
        from .display import render_html

        return render_html(self)

    def __repr__(self) -> str:
        body = _short(self.text)[:60]
        when = self.published.isoformat() if self.published else None
        return (f"Result(title={self.title!r}, published={when}, text={body!r}"
                f" ({len(self.text)} chars), removed={len(self.removed)})")
