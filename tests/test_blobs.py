"""Serialized blobs: table of what is cut (and parsed) and what stays."""

from __future__ import annotations

import importlib

import pytest

from newsclean import Document
from newsclean.filters.blobs import balanced_end, blobs, php_string_end


def _php(payload: str) -> str:
    return f'string({len(payload.encode("utf-8"))}) "{payload}"'


RELATED = '[{"id":"1","title":"Aid “Convoy” Arrives"} ,{"id":"2","pic":"/a.jpg","title":"Troops "Advance""}]'

CUT = [  # (text, reason, related titles)
    (_php(RELATED), "php_dump", ["Aid “Convoy” Arrives", None]),
    ('array(2) {\n  [0]=>\n  string(3) "a}b"\n  ["k"]=>\n  int(5)\n}', "php_dump", []),
    ('object(stdClass)#1 (1) {\n  ["title"]=>\n  string(2) "ab"\n}', "php_dump", []),
    ('[{"title": "Kurdish Forces Advance", "url": "/a"}, {"title": "Aid Arrives", "link": "/b"}]', "json",
     ["Kurdish Forces Advance", "Aid Arrives"]),
    ('{"@context": "https://schema.org", "@type": "NewsArticle"}', "json", []),
    ('{\n  "a": 1,\n  "b": [1, 2]\n}', "json", []),
    ('var related = {"items": [{"title": "One"}]};', "script", ["One"]),
    ("window.__STATE__ = {page: 'home', ids: [1, 2]};", "script", []),
    ('string(999999999) "truncated dump', "php_dump", []),
    # a PHP string that never closes, on a line of its own inside data, goes with the data
    ('{"a": 1,\nstring(0) "\n"b": 2}', "json", []),
    ('[{"title": "Kurdish Forces Advance"},\nstring(50) "cut short\n{"title": "Aid Arrives"}]', "json",
     ["Kurdish Forces Advance", "Aid Arrives"]),
    ('array(2) {\n  [0]=>\n  string(40) "a}b\n  ["k"]=>\n  int(5)\n}', "php_dump", []),
]

KEEP = [
    "[Editor's note: this story has been updated.]",
    "{Correction appended}",
    "The string(5) function is discussed below.",
    "[1] Footnote text.",
    "var x = 5 is not an object assignment",
    '{"unclosed": [1, 2',
]


@pytest.mark.parametrize("blob, reason, titles", CUT)
def test_blob_is_cut(blob, reason, titles):
    doc = blobs(Document.from_text(f"Body before.\n{blob}\nBody after."))
    assert doc.body() == "Body before.\nBody after."
    assert {r.reason for r in doc.removals} == {reason}
    related = doc.metadata.get("related", [])
    assert [a.get("title") for a in related] == [t for t in titles if t] or titles == [
        "Aid “Convoy” Arrives", None]


def test_php_byte_count_finds_the_end_despite_inner_quotes():
    doc = blobs(Document.from_text(f"Body.\n{_php(RELATED)}"))
    titles = [a["title"] for a in doc.metadata.get("related", [])]
    # the second object's inner quotes make it invalid JSON, so nothing is parsed, yet the span is exact
    assert doc.removals[0].text == _php(RELATED)
    assert titles in ([], ["Aid “Convoy” Arrives"])


@pytest.mark.parametrize("text", KEEP)
def test_text_that_only_looks_like_data_stays(text):
    doc = blobs(Document.from_text(f"Body.\n{text}"))
    assert doc.body() == f"Body.\n{text}"


@pytest.mark.parametrize("text, start, n, end", [
    ('"abc"', 1, 3, 4),
    ('"é"', 1, 2, 2),        # é is two bytes in UTF-8
    ('"a"b"', 1, 3, 4),      # an unescaped inner quote is part of the payload
    ('"abc', 1, 3, None),    # no closing quote
    ('"ab"', 1, 3, None),    # too short
])
def test_php_string_end(text, start, n, end):
    assert php_string_end(text, start, n) == end


@pytest.mark.parametrize("unit", ['string(999999) "\n', 'string(99999) "\n', 'string(5000) "\n', 'string(0) "\n',
                                  'string(7) "€😀\n'])
def test_strings_that_never_close_inside_data_are_skipped_without_reading_them(unit, monkeypatch):
    """Skipping a truncated string inside an open bracket must not read its byte count's worth
    of text each time (quadratic in the number of such lines): the characters read at n and 8n
    lines grow as n does."""
    mod = importlib.import_module("newsclean.filters.blobs")
    read = []
    utf8_len, string_end = mod._utf8_len, mod.php_string_end
    monkeypatch.setattr(mod, "_utf8_len", lambda s: read.append(len(s)) or utf8_len(s))
    monkeypatch.setattr(mod, "php_string_end",
                        lambda t, at, n: read.append(min(n, len(t) - at)) or string_end(t, at, n))
    costs = []
    for n in (500, 4000):
        read.clear()
        doc = blobs(Document.from_text("Body.\n{\"a\": 1,\n" + unit * n + "\"b\": 2}\nBody after."))
        assert doc.body() == "Body.\nBody after."
        costs.append(sum(read))
    assert costs[1] <= 10 * costs[0]


def test_balanced_end_survives_deep_and_unclosed_input():
    assert balanced_end("[" * 100_000, 0) is None
    deep = "[" * 50_000 + "]" * 50_000
    assert balanced_end(deep, 0) == len(deep)


FORMULA_CUT = [  # (text, what stays): a formula's MathML symbols and TeX annotation go, prose stays
    (r"The area is A = π r 2 {\displaystyle A=\pi r^{2}} for a circle.", "The area is for a circle."),
    (r"Let x {\displaystyle x} be real.", "Let be real."),
    (r"so that f ( x ) = 0 {\textstyle f(x)=0} holds", "so that holds"),
    (r"the set { x ∣ x > 0 } {\displaystyle \{x\mid x>0\}} is open.", "the set is open."),
    (r"E = m c 2 {\displaystyle E=mc^{2}}", ""),
    (r"where λ {\displaystyle \lambda } is the wavelength.", "where is the wavelength."),
    # function names the source spells as commands print as words: they go with the symbols
    (r"Snell's law, n 1 sin ⁡ θ 1 = n 2 sin ⁡ θ 2 {\displaystyle n_{1}\sin \theta _{1}=n_{2}\sin \theta _{2}} , so",
     "Snell's law, , so"),
    (r"It is defined in ∫ x {\displaystyle \int x} terms.", "It is defined in terms."),  # "in" is no \int
]

FORMULA_KEEP = [  # no formula annotation, or one that never closes: nothing goes
    "Growth was {roughly} flat, the bank said.",
    r"The macro \displaystyle sets a formula in display style.",
    r"An unclosed {\displaystyle x+1 stays as it is.",
    "Prices rose 2 percent in March.",
]


@pytest.mark.parametrize("text, kept", FORMULA_CUT)
def test_formula_source_and_symbols_are_cut(text, kept):
    doc = blobs(Document.from_text(f"Body before.\n{text}\nBody after."))
    assert doc.body() == "\n".join(t for t in ("Body before.", kept, "Body after.") if t)
    assert {r.reason for r in doc.removals} == {"formula"}


@pytest.mark.parametrize("text", FORMULA_KEEP)
def test_text_without_a_formula_annotation_stays(text):
    doc = blobs(Document.from_text(f"Body.\n{text}"))
    assert doc.body() == f"Body.\n{text}"
    assert not doc.removals
