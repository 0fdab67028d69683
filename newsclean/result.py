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
import dataclasses
import datetime as dt
import math
import operator
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .document import Document, Removal
from .strict import MAX_DEPTH, replace_surrogates, strict_value, surrogate_warning

__all__ = ["Result", "jsonable", "precision"]

_START = operator.attrgetter("start")
_SHOW = 160  # characters of a removed span that explain() prints
_RED, _DIM, _RESET = "\x1b[31m", "\x1b[2m", "\x1b[0m"


def jsonable(value: Any, _depth: int = 0) -> Any:
    """``value`` ready for ``json.dumps(..., allow_nan=False)``: datetimes as ISO 8601 strings,
    tuples and sets as lists, keys as strings, ``NaN`` and infinities as ``None``, lone
    surrogates as U+FFFD, anything else as its ``str()``, and containers deeper than
    :data:`~newsclean.strict.MAX_DEPTH` levels as ``None`` (a result's metadata is cut there
    already, with a warning).

    >>> jsonable({"when": dt.date(2016, 3, 21), "n": float("nan"), 7: ("a\\ud800",), "s": {1}})
    {'when': '2016-03-21', 'n': None, '7': ['a\\ufffd'], 's': [1]}
    """
    if value is None or isinstance(value, (bool, int)):
        return value
    if isinstance(value, str):
        return replace_surrogates(value)[0]
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, (dt.datetime, dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, (Mapping, list, tuple, set, frozenset)):
        if _depth >= MAX_DEPTH:
            return None
        if isinstance(value, Mapping):
            return {jsonable(k if isinstance(k, str) else str(k)): jsonable(v, _depth + 1) for k, v in value.items()}
        return [jsonable(v, _depth + 1) for v in value]
    return replace_surrogates(str(value))[0]


# The types whose values :func:`~newsclean.strict.strict_value` gives back as they are, finding
# nothing: no surrogate, no float, no container in them (exact types: a subclass is walked).
_ATOMS = frozenset({type(None), bool, int, dt.datetime, dt.date})


def _plain(value: object) -> bool:
    """Whether :func:`~newsclean.strict.strict_value` gives ``value`` back as it is and finds
    nothing, told by types and ``str.isascii`` (a flag, no scan) alone: an ASCII ``str`` (no
    surrogate), a value of :data:`_ATOMS`, a list of ASCII strs or a dict of ASCII strs to
    ASCII strs (the title, dates, authors and sources a page's metadata mostly holds). Anything
    else (``False``) is walked by ``strict_value``: its walk makes a record of what it found
    and tests each value against ``Mapping``, several times this test's cost.

    >>> _plain("Aid"), _plain(["Jane Doe"]), _plain({"title": "guess"}), _plain(None)
    (True, True, True, True)
    >>> _plain("Caf\u00e9"), _plain(1.5), _plain(("Jane",)), _plain([["Jane"]])
    (False, False, False, False)
    """
    kind = type(value)
    if kind is str:
        return value.isascii()  # type: ignore[attr-defined, no-any-return]
    if kind in _ATOMS:
        return True
    if kind is list:
        return all(type(v) is str and v.isascii() for v in value)  # type: ignore[attr-defined]
    if kind is dict:
        return all(type(k) is str and type(v) is str and k.isascii() and v.isascii()
                   for k, v in value.items())  # type: ignore[attr-defined]
    return False


def _strict_metadata(metadata: Mapping[str, Any]) -> dict[str, Any]:
    """``metadata`` with lone surrogates replaced, non-finite floats as ``None`` and values
    nested deeper than :data:`~newsclean.strict.MAX_DEPTH` cut, each change but the floats
    said in ``warnings`` (the floats have no other JSON form)."""
    out = dict(metadata)
    surrogates: dict[str, int] = {}
    cut: list[str] = []
    for key, value in metadata.items():
        if _plain(value):
            continue
        fixed, found = strict_value(value)
        if found:
            out[key] = fixed
            if found.surrogates:
                surrogates[key] = found.surrogates
            if found.cut:
                cut.append(key)
    notes = []
    if surrogates:
        where = ", ".join(f"{k} ({n})" for k, n in surrogates.items())
        notes.append(f"surrogates: lone surrogates (not characters) in metadata {where} replaced with U+FFFD")
    if cut:
        notes.append(f"nesting: metadata {', '.join(cut)} nested deeper than {MAX_DEPTH} levels; "
                     f"cut there (the deeper values are null)")
    if notes:
        out["warnings"] = [*out.get("warnings", []), *notes]
    return out


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
    def from_document(cls, doc: Document, *, printable: bool = False) -> Result:
        """The result of a cleaned document. Its text, removals and metadata are valid
        Unicode and its metadata strict-JSON ready: :func:`newsclean.clean` replaces lone
        surrogates in its input, and what a filter still let through (a JSON-LD
        ``"\\ud800"`` escape, a NaN in a blob, a blob nested 600 deep) is replaced, turned
        into ``None`` or cut here (see :func:`_strict_metadata`). ``printable``: the caller
        knows ``doc.text`` printable but for its line breaks (the unicode step noted it so,
        :func:`~newsclean.document.noted_printable`), so it holds no surrogate (``str.isprintable``
        refuses them) and is not searched for one (a scan of the page, about 11 instructions a
        character of a text that is not ASCII)."""
        removed = tuple(sorted(doc.removals, key=_START))
        original = doc.original if doc.original is not None else doc.text
        metadata = _strict_metadata(doc.metadata)
        when = precision(metadata.get("published"))
        if when is not None:
            metadata["published_precision"] = when
        source, n = (doc.text, 0) if printable else replace_surrogates(doc.text)
        body = doc.body()
        if n:  # a document clean() did not make: one character for one, so offsets hold
            body = replace_surrogates(body)[0]
            removed = tuple(dataclasses.replace(r, text=source[r.start:r.end]) for r in removed)
            metadata["warnings"] = [*metadata.get("warnings", []), surrogate_warning(n, "the text")]
        return cls(body, metadata, removed, source, original, _elements(doc, removed))

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
        """The input exactly as given to :func:`clean` (decoded, for bytes), lone surrogates
        included; ``source``, ``text``, removals and metadata hold U+FFFD in their place, one
        character for one, so a length or offset into the input (``metadata["truncated"]``)
        holds for both."""
        return self.input

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form, the layout of ``newsclean batch`` and the Scrapy pipeline without
        their prefix: text, title, published (ISO 8601), authors, agency_code, summary, all
        metadata, and the removals (with the HTML element they came from, for HTML input).
        Always strict JSON: ``json.dumps(r.to_dict(), allow_nan=False, ensure_ascii=False)``
        works and encodes as UTF-8 (see :func:`jsonable`)."""
        meta = self.metadata
        return {"text": self.text, "title": jsonable(self.title), "published": jsonable(self.published),
                "authors": jsonable(self.authors), "agency_code": jsonable(meta.get("agency_code")),
                "summary": jsonable(meta.get("summary")), "metadata": jsonable(meta),
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
            whole = parts[0][1]
            line = f"- {_short(parts[0][0])}    [{whole.reason}: {whole.filter}]"
            return f"{_RED}{line}{_RESET}" if color else line
        out = []
        for text, part in parts:
            if part is None:
                out.append(_short(text).strip())
            else:
                mark = f"[-{_short(text)}-]{{{part.reason}}}"
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
