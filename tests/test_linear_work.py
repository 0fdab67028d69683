"""Linear cost on the input shapes that once cost quadratic time, told without a clock: the
work done (Python lines run in newsclean, or the characters a scan may read) is counted on an
input and on one eight times larger, and must grow at most 12x (linear growth is 8x).

Wall-clock ratios on a shared machine are noise; counts are not. ``benchmarks/scaling.py``
times the same shapes at megabyte sizes.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import newsclean
from newsclean import Document, clean
from newsclean.html import metadata
from newsclean.html.parse import _MAX_ATTRS, parse_html

from .conftest import clear_caches

blobs_module = importlib.import_module("newsclean.filters.blobs")  # the package exports the filter by that name
PACKAGE = str(Path(newsclean.__file__).parent)
GROWTH = 12  # the most an 8x larger input may cost, in work counted

PROSE = "The cat sat on the mat today."
BIO = "Jane Doe covers city hall for the paper and has done so since 2009, after years abroad."

# Every kind of closing heading the paragraphs filter knows (comments, related lists, tags,
# a box about the author), each alternating with a short line of prose, as a comment thread
# or a feed of teasers without an article has them.
ALTERNATIONS: dict[str, Callable[[int], str]] = {
    "comments": lambda n: "\n".join(["Comments", PROSE] * n),
    "counted comments": lambda n: "\n".join(f"{i} Comments\n{PROSE}" for i in range(n)),
    "leave a reply": lambda n: "\n".join(["Leave a Reply", PROSE] * n),
    "kommentare": lambda n: "\n".join(["Kommentare", "Die Katze sass heute auf der Matte."] * n),
    "forum": lambda n: "Forum thread\n" + "\n".join(f"user{i} says\nGreat article, thanks for writing it."
                                                    for i in range(n)),
    "most read": lambda n: "\n".join(["Most Read", PROSE] * n),
    "more stories": lambda n: "\n".join(["More Stories", PROSE, PROSE] * n),
    "you may also like": lambda n: "\n".join(["You may also like", PROSE] * n),
    "related after a share bar": lambda n: "\n".join(["Share this:", "Related", PROSE] * n),
    "tags": lambda n: "\n".join(["Tags", "cats, mats, pets", PROSE] * n),
    "about": lambda n: "\n".join(["About Jane Doe", BIO] * n),
    "article then headings": lambda n: "\n".join([BIO] * 20 + ["Most Read", PROSE, "Comments", PROSE] * n),
}


def _lines_run(f: Callable[[], Any]) -> int:
    """Lines of newsclean's code that ``f()`` runs (a count of the work, whatever the clock)."""
    count = 0

    def local(frame: Any, event: str, arg: Any) -> Any:
        nonlocal count
        if event == "line":
            count += 1
        return local

    def enter(frame: Any, event: str, arg: Any) -> Any:
        return local if frame.f_code.co_filename.startswith(PACKAGE) else None

    sys.settrace(enter)
    try:
        f()
    finally:
        sys.settrace(None)
    return count


def _work(text: str) -> int:
    clear_caches()
    return _lines_run(lambda: clean(text, max_chars=None))


@pytest.mark.parametrize("kind", ALTERNATIONS)
def test_closing_headings_cost_linear_work(kind):
    make = ALTERNATIONS[kind]
    small, big = _work(make(40)), _work(make(320))
    assert big <= GROWTH * small, f"{kind}: {small} -> {big} lines run for 8x the input"


FORMULAS = ["x{\\displaystyle{x}}", "{\\displaystyle x}", "a=b{\\textstyle a=b}", "x y {\\scriptstyle x+y}",
            "é{\\displaystyle é}"]


@pytest.mark.parametrize("unit", FORMULAS)
def test_formulas_on_a_line_read_linear_text(unit, monkeypatch):
    """The stretch a formula's printed symbols are looked for in (back from the formula) adds
    up to the line's length, not to its square: a line of formulas without spaces once sent
    every formula back to the line's start."""
    window = 0
    real = blobs_module._symbols_start

    def counted(text: str, start: int, end: int, tex: str) -> int:
        nonlocal window
        window += end - start
        return real(text, start, end, tex)

    monkeypatch.setattr(blobs_module, "_symbols_start", counted)
    read = []
    for n in (200, 1600):
        window = 0
        blobs_module.formula_spans(Document.from_text(unit * n))
        read.append(window)
    assert read[1] <= GROWTH * max(read[0], 1)
    assert read[1] <= 2 * len(unit * 1600)


@pytest.mark.parametrize("unit", ["x" * 50, "a=b;" * 10, "{" * 20, "é" * 30, "http://example.com/" * 3])
def test_long_lines_without_spaces_cost_linear_work(unit):
    small, big = _work(unit * 40), _work(unit * 320)
    assert big <= GROWTH * small


ATTRIBUTES = {
    "boolean": lambda i: f"a{i}",
    "double-quoted": lambda i: f'a{i}="v"',
    "single-quoted": lambda i: f"a{i}='v'",
    "unquoted": lambda i: f"a{i}=v",
    "spaced": lambda i: f'a{i} = "v"',
    "repeated name": lambda i: "a",
    "on new lines": lambda i: f"\n a{i}",
    "data-": lambda i: f"data-x{i}",
}


@pytest.mark.parametrize("form", ATTRIBUTES)
def test_no_tag_reaches_the_parser_with_too_many_attributes(form):
    """libxml2's cost is quadratic in one tag's attributes: whatever their form, a tag keeps
    at most ``_MAX_ATTRS`` of them, so the parser's work stays linear in the page."""
    attrs = " ".join(ATTRIBUTES[form](i) for i in range(20 * _MAX_ATTRS))
    root = parse_html(f"<html><body><div {attrs}><p>Kept text.</p></div></body></html>")
    assert all(len(el.attrib) <= _MAX_ATTRS for el in root.iter())
    assert root.findtext(".//p") == "Kept text."


class _CountingStr(str):
    """A ``str`` that counts the characters of every copy made from it (slices and strips),
    and whose copies count too."""

    copied = 0

    def _count(self, out: str) -> _CountingStr:
        _CountingStr.copied += len(out)
        return _CountingStr(out)

    def __getitem__(self, key: Any) -> _CountingStr:
        return self._count(str.__getitem__(self, key))

    def strip(self, chars: str | None = None) -> _CountingStr:
        return self._count(str.strip(self, chars))

    def lstrip(self, chars: str | None = None) -> _CountingStr:
        return self._count(str.lstrip(self, chars))

    def rstrip(self, chars: str | None = None) -> _CountingStr:
        return self._count(str.rstrip(self, chars))


@pytest.mark.parametrize("marker", ["//", "<!--", "-->", "<![CDATA[", "]]>", "// ", "<!-- ", "//<![CDATA[", "//]]>"])
def test_script_wrappers_are_cut_without_copying_the_script_each_time(marker):
    """A JSON-LD script made of a comment marker repeated is unwrapped in linear work."""
    copied = []
    for n in (500, 4000):
        _CountingStr.copied = 0
        metadata._unwrap(_CountingStr(marker * n + '{"a": 1}' + marker * n))
        copied.append(_CountingStr.copied)
    assert copied[1] <= GROWTH * max(copied[0], 1)


@pytest.mark.parametrize("marker", ["//", "<!--", "<![CDATA["])
def test_scripts_of_comment_markers_cost_linear_work(marker):
    def page(n: int) -> str:
        return (f'<html><head><script type="application/ld+json">{marker * n}</script></head>'
                f"<body><p>{BIO}</p></body></html>")
    small, big = _work(page(500)), _work(page(4000))
    assert big <= GROWTH * small


def _tag_cut(n: int) -> str:
    """A text cut at every tag (get_text("\\n")): links inside sentences on lines of their own,
    a comma and a stop opening lines, a node's own breaks with spaces beside them."""
    unit = ["Home", "The city council and the regional transport", "authority",
            "said on Monday that the new tram line would open late", ", officials said.",
            "Crews worked through the night and ", "   the utility said most homes had power", "."]
    return "\n".join(f"{line} {i}" if len(line) > 20 else line for i in range(n) for line in unit)


def test_text_cut_at_every_tag_costs_linear_work():
    small, big = _work(_tag_cut(40)), _work(_tag_cut(320))
    assert big <= GROWTH * small, f"{small} -> {big} lines run for 8x the input"
