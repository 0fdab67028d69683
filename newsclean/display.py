"""HTML for notebooks: a result shows its metadata, the page with every removal marked, and the body.

Jupyter calls :meth:`newsclean.Result._repr_html_`, which calls :func:`render_html`. The output
has four parts: a header (title, published, authors, agency code), a legend of removal
reasons with counts, the source text with each removed span struck through and labelled
with its reason, and the clean body. Texts longer than ``fold_at`` characters show their
first and last parts and say how much is hidden.

Everything taken from the page is HTML-escaped, so scraped markup shows as text and never
runs:

>>> from newsclean import clean
>>> html = render_html(clean("Aid Arrives in Efrin\\nAid Arrives in Efrin\\n<b>Trucks</b> came."))
>>> "&lt;b&gt;Trucks&lt;/b&gt; came." in html, "<b>" in html
(True, False)
>>> "title ×2" in html
True

Text sits in ``<pre>`` blocks (with wrapping on), which MathJax leaves alone, so a page
saying "$5 or $10" is not typeset as maths.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from html import escape
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .document import Removal
    from .result import Result

__all__ = ["FOLD_AT", "render_html"]

FOLD_AT = 6000
"""Texts longer than this many characters are folded: the first three quarters of the budget
show the start, the last quarter the end."""

_SNAP = 200  # how far a fold point may move to land on a line break

# Translucent tints read on light and dark notebook themes alike.
_PALETTE = (
    "rgba(230, 97, 1, 0.28)", "rgba(94, 60, 153, 0.28)", "rgba(27, 158, 119, 0.28)",
    "rgba(217, 95, 2, 0.28)", "rgba(231, 41, 138, 0.28)", "rgba(102, 166, 30, 0.28)",
    "rgba(230, 171, 2, 0.28)", "rgba(31, 120, 180, 0.28)", "rgba(166, 118, 29, 0.28)",
    "rgba(102, 102, 102, 0.28)",
)
_BOX = ("font-family: system-ui, sans-serif; font-size: 13px; line-height: 1.45; "
        "border: 1px solid rgba(128, 128, 128, 0.35); border-radius: 6px; padding: 10px 12px; "
        "max-width: 60em")
_PRE = ("white-space: pre-wrap; overflow-wrap: anywhere; font-family: inherit; font-size: inherit; "
        "margin: 0; padding: 0; background: none; border: none")
_HEAD = "font-size: 11px; text-transform: uppercase; letter-spacing: 0.05em; opacity: 0.65; margin: 10px 0 4px"
_BADGE = "font-size: 10px; border-radius: 3px; padding: 0 4px; margin: 0 2px; white-space: nowrap; opacity: 0.9"
_CUT = "text-decoration: line-through; opacity: 0.55"
_NOTE = "display: block; text-align: center; font-style: italic; opacity: 0.6; margin: 6px 0"


def render_html(result: Result, *, fold_at: int = FOLD_AT) -> str:
    """The result as one self-contained ``<div>`` (inline styles, no scripts).

    Args:
        result: what :func:`newsclean.clean` returned.
        fold_at: texts longer than this are shown as their first and last parts.

    >>> from newsclean import clean
    >>> r = clean("Troops Advance\\nMon Mar 21, 2016 16:25:32\\nThe army said so.\\n219-11")
    >>> html = render_html(r)
    >>> html.startswith("<div") and html.endswith("</div>")
    True
    >>> [reason in html for reason in ("dateline ×1", "agency_code ×1")]
    [True, True]
    """
    if fold_at < 10:
        raise ValueError(f"fold_at must be at least 10 characters, not {fold_at}")
    colours = _colours(result.removed)
    return "".join([
        f'<div class="newsclean-result tex2jax_ignore mathjax_ignore" style="{_BOX}">',
        _header(result),
        _section("Removed", _legend(result.removed, colours)),
        _section("Page, removals struck through", _marked(result.source, result.removed, colours, fold_at)),
        _section("Clean text", _plain(result.text, fold_at)),
        "</div>",
    ])


# -- header and legend --------------------------------------------------------------------------


def _header(result: Result) -> str:
    title = result.title
    if title:
        line = f'<pre style="{_PRE}; font-size: 16px; font-weight: 600">{escape(str(title))}</pre>'
    else:
        line = f'<pre style="{_PRE}; font-style: italic; opacity: 0.7">(no title found)</pre>'
    facts = [_published(result.published), _fact("by", ", ".join(map(str, result.authors))),
             _fact("agency code", result.metadata.get("agency_code"))]
    kept = f"{len(result.text):,} of {len(result.source):,} characters kept"
    facts.append(f"{len(result.removed)} removal{'s' if len(result.removed) != 1 else ''}, {kept}")
    detail = " · ".join(f for f in facts if f)
    return line + f'<pre style="{_PRE}; opacity: 0.8">{detail}</pre>'


def _published(value: object) -> str:
    if isinstance(value, dt.datetime):
        return _fact("published", value.isoformat(sep=" "))
    if isinstance(value, dt.date):
        return _fact("published", value.isoformat())
    return _fact("published", value)


def _fact(label: str, value: object) -> str:
    if value is None or value == "":
        return ""
    return f"{label} <b>{escape(str(value))}</b>"


def _colours(removed: Sequence[Removal]) -> dict[str, str]:
    """One tint per reason, in order of first appearance."""
    colours: dict[str, str] = {}
    for r in removed:
        if r.reason not in colours:
            colours[r.reason] = _PALETTE[len(colours) % len(_PALETTE)]
    return colours


def _legend(removed: Sequence[Removal], colours: dict[str, str]) -> str:
    if not removed:
        return f'<pre style="{_PRE}; font-style: italic; opacity: 0.7">nothing was removed</pre>'
    counts = Counter(r.reason for r in removed)
    badges = [_badge(colours[reason], f"{reason} ×{counts[reason]}") for reason in colours]
    return f'<pre style="{_PRE}">{" ".join(badges)}</pre>'


def _badge(colour: str, label: str, tip: str = "") -> str:
    tip_attr = f' title="{escape(tip)}"' if tip else ""
    return f'<span style="{_BADGE}; background: {colour}"{tip_attr}>{escape(label)}</span>'


def _section(heading: str, body: str) -> str:
    return f'<div style="{_HEAD}">{escape(heading)}</div>{body}'


# -- folding ------------------------------------------------------------------------------------


def _windows(text: str, fold_at: int) -> list[tuple[int, int]]:
    """The parts of ``text`` to show: all of it, or a head and a tail cut at line breaks nearby.

    >>> _windows("short", 100)
    [(0, 5)]
    >>> text = "\\n".join(f"line {i:02}" for i in range(30))
    >>> [(text[a:b].split()[:2], text[a:b].split()[-2:]) for a, b in _windows(text, 100)]
    [(['line', '00'], ['line', '08']), (['line', '27'], ['line', '29'])]
    """
    n = len(text)
    if n <= fold_at:
        return [(0, n)]
    head, tail = fold_at - fold_at // 4, n - fold_at // 4
    snap = min(_SNAP, fold_at // 8)
    nl = text.rfind("\n", head - snap, head)
    head = nl if nl > 0 else head
    nl = text.find("\n", tail, tail + snap)
    tail = nl + 1 if nl >= 0 else tail
    return [(0, head), (tail, n)]


def _hidden_note(chars: int, removals: int = -1) -> str:
    among = f", {removals} removal{'s' if removals != 1 else ''} among them" if removals >= 0 else ""
    return f'<span style="{_NOTE}">⋯ {chars:,} characters hidden{among} ⋯</span>'


def _plain(text: str, fold_at: int) -> str:
    if not text:
        return f'<pre style="{_PRE}; font-style: italic; opacity: 0.7">(empty: everything was removed)</pre>'
    windows = _windows(text, fold_at)
    shown = [_paragraphs(text[a:b]) for a, b in windows]
    if len(windows) == 2:
        (_, head), (tail, _) = windows
        shown.insert(1, _hidden_note(tail - head))
    return "".join(shown)


def _paragraphs(text: str) -> str:
    """One ``<pre>`` a line, spaced apart: the body has one paragraph a line."""
    return "".join(f'<pre style="{_PRE}; margin-bottom: 6px">{escape(line)}</pre>'
                   for line in text.split("\n") if line.strip())


# -- the source with removals marked ------------------------------------------------------------


def _marked(source: str, removed: Sequence[Removal], colours: dict[str, str], fold_at: int) -> str:
    windows = _windows(source, fold_at)
    parts = [_marked_window(source, removed, colours, *windows[0])]
    if len(windows) == 2:
        (_, head), (tail, end) = windows
        inside = sum(1 for r in removed if r.start >= head and r.end <= tail)
        parts.append(_hidden_note(tail - head, inside))
        parts.append(_marked_window(source, removed, colours, tail, end))
    return f'<pre style="{_PRE}">{"".join(parts)}</pre>'


def _marked_window(source: str, removed: Sequence[Removal], colours: dict[str, str],
                   start: int, end: int) -> str:
    """``source[start:end]`` escaped, each removed span struck through and followed by its reason."""
    out: list[str] = []
    pos = start
    for r in removed:
        a, b = max(r.start, pos), min(r.end, end)
        if a >= b:
            continue
        out.append(escape(source[pos:a]))
        tip = f"{r.reason} (filter: {r.filter})" if r.filter else r.reason
        out.append(f'<del style="{_CUT}; background: {colours[r.reason]}" title="{escape(tip)}">'
                   f"{escape(source[a:b])}</del>")
        out.append(_badge(colours[r.reason], r.reason, tip))
        pos = b
    out.append(escape(source[pos:end]))
    return "".join(out)
