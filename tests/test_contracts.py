"""clean()'s input and output contracts (issue 13, part C): valid Unicode and strict JSON
out whatever came in, a clear ``TypeError`` for arguments of the wrong type, and bytes read
only in a charset a page can be written in.

Each class is checked over several variants: the mechanism, not one example.
"""

from __future__ import annotations

import codecs
import json
import math
import pickle
import subprocess
import sys

import pytest

from newsclean import DEFAULT, Document, Pipeline, clean
from newsclean.encoding import decode_page
from newsclean.result import jsonable
from newsclean.strict import MAX_DEPTH

from .test_reliability import check_accounts

STORY = "The convoy of forty trucks reached the town at dawn on Monday, officials said, with food for all."
PARAGRAPHS = [f"Paragraph {i}: {STORY}" for i in range(5)]
ARTICLE_HTML = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)


def strict_json(r) -> str:
    """``r.to_dict()`` as strict JSON, encoded as UTF-8 (raises if either is impossible)."""
    out = json.dumps(r.to_dict(), allow_nan=False, ensure_ascii=False)
    out.encode("utf-8")
    return out


def _refuse_constant(name: str) -> None:
    raise AssertionError(f"{name} in strict JSON")


def warnings_of(r, slug: str) -> list[str]:
    return [w for w in r.metadata.get("warnings", []) if w.startswith(slug + ":")]


# -- lone surrogates: replaced with U+FFFD, one for one, and said --------------------------------------

TEXT_SURROGATES = {
    "high, mid-line": f"Aid \ud800 arrives\n{STORY}",
    "low, line start": f"\udfffAid arrives\n{STORY}",
    "at the very end": f"{STORY}\n{STORY}\ud83d",
    "a pair left unjoined": f"Smile \ud83d\ude00 please\n{STORY}",
    "many": "\ud800" * 50 + "\n" + STORY,
    "in a headline repeated": f"Aid \udc80 Arrives\nAid \udc80 Arrives\n{STORY}",
}
HTML_SURROGATES = {
    "first paragraph": f"<html><body><p>\ud800</p>{ARTICLE_HTML}</body></html>",
    "mid-paragraph": f"<html><body><article><p>Before \udfff after.</p>{ARTICLE_HTML}</article></body></html>",
    "in the title tag": f"<html><head><title>Aid \ud800 Arrives</title></head><body>{ARTICLE_HTML}</body></html>",
    "in an attribute": f'<html><body><div class="x\ud800y" title="\udc00">{ARTICLE_HTML}</div></body></html>',
    "in a script": f"<html><head><script>var a = '\ud800';</script></head><body>{ARTICLE_HTML}</body></html>",
    "between paragraphs": "<html><body>" + "\ud800".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</body></html>",
}


def _assert_valid_unicode(r) -> None:
    for text in (r.text, r.source, r.title or "", *(x.text for x in r.removed), *r.elements):
        text.encode("utf-8")
    strict_json(r)


@pytest.mark.parametrize("name", list(TEXT_SURROGATES))
def test_lone_surrogates_in_text_are_replaced_one_for_one_and_said(name):
    page = TEXT_SURROGATES[name]
    r = clean(page)
    _assert_valid_unicode(r)
    assert warnings_of(r, "surrogates")
    assert r.original() == page  # the input as given; what is derived holds U+FFFD in its place
    check_accounts(r, page)
    assert STORY in r.text
    assert clean(page, pipeline=Pipeline([("keep", lambda d: d)])).text == page.translate(
        {c: "\ufffd" for c in range(0xD800, 0xE000)})  # even without the unicode step: one for one


@pytest.mark.parametrize("name", list(HTML_SURROGATES))
def test_lone_surrogates_in_html_lose_no_text(name):
    """libxml2 stops at the first surrogate: without the replacement the rest of the page went."""
    r = clean(HTML_SURROGATES[name])
    _assert_valid_unicode(r)
    assert warnings_of(r, "surrogates")
    for p in PARAGRAPHS:
        assert p in r.text


@pytest.mark.parametrize("escaped, field", [
    ('"headline": "A \\ud800 B"', "title"),
    ('"headline": "Trailing half \\ud83d"', "title"),
    ('"headline": "Low first \\udc00\\ud800"', "title"),
    ('"author": {"@type": "Person", "name": "Ann \\udfff Lee"}', "authors"),
    ('"description": "Aid \\ud800 arrives", "headline": "Aid"', "description"),
])
def test_lone_surrogates_escaped_in_json_ld_are_replaced(escaped, field):
    page = (f'<html><head><script type="application/ld+json">{{"@type": "NewsArticle", {escaped}}}</script>'
            f"</head><body><article>{ARTICLE_HTML}</article></body></html>")
    r = clean(page)
    _assert_valid_unicode(r)
    assert "\ufffd" in json.dumps(r.metadata[field], ensure_ascii=False)
    assert warnings_of(r, "surrogates")


@pytest.mark.parametrize("blob", [
    '[{"id": "1", "title": "Aid \\ud800 arrives", "url": "/a/1"}, {"id": "2", "title": "More", "url": "/a/2"}]',
    '[{"id": "1", "title": "Ok", "url": "/a/\\udc00"}, {"id": "2", "title": "More", "url": "/a/2"}]',
])
def test_lone_surrogates_escaped_in_a_blob_are_replaced(blob):
    r = clean(f"{STORY}\n{blob}\n{STORY}")
    _assert_valid_unicode(r)
    assert "\ufffd" in json.dumps(r.metadata["related"], ensure_ascii=False)
    assert warnings_of(r, "surrogates")


@pytest.mark.parametrize("title", ["Aid \ud800 Arrives", "\udfff", "Half a pair \ud83d"])
def test_a_given_title_with_surrogates_is_replaced(title):
    r = clean(STORY, title=title)
    assert r.title == title.translate({c: "\ufffd" for c in range(0xD800, 0xE000)})
    assert warnings_of(r, "surrogates")
    strict_json(r)


def test_truncation_offsets_hold_with_surrogates():
    page = "\ud800\n" + "\n".join(f"{STORY} {i}" for i in range(50))
    r = clean(page, max_chars=1000)
    kept = r.metadata["truncated"]["kept_chars"]
    assert r.original() == page and len(r.original()) == r.metadata["truncated"]["input_chars"]
    assert page[kept - 1] == "\n"
    assert len(warnings_of(r, "surrogates")) == 1 and warnings_of(r, "truncated")


# -- to_dict() is strict JSON --------------------------------------------------------------------------------


def _nested(depth: int, kind: str):
    value: object = "leaf"
    for _ in range(depth):
        value = [value] if kind == "list" else {"k": value}
    return value


def _with_metadata(**values):
    def add(doc: Document) -> Document:
        return doc.with_metadata(**values)
    return DEFAULT.insert(add, name="add")


@pytest.mark.parametrize("value, expected", [
    (float("nan"), None),
    (float("inf"), None),
    (-math.inf, None),
    ([1.5, float("nan"), {"x": float("-inf")}], [1.5, None, {"x": None}]),
    ({"s": {1, 2}, "t": ("a", "b")}, {"s": [1, 2], "t": ["a", "b"]}),
])
def test_non_finite_floats_become_null(value, expected):
    r = clean(STORY, pipeline=_with_metadata(blob=value))
    out = json.loads(strict_json(r), parse_constant=_refuse_constant)
    assert out["metadata"]["blob"] == expected


@pytest.mark.parametrize("blob", [
    '[{"id": "1", "title": "A", "score": NaN, "url": "/a/1"}]',
    '[{"id": "1", "title": "A", "score": Infinity, "url": "/a/1"}]',
    '[{"id": "1", "title": "A", "url": "/a/1", "w": [-Infinity, 2]}]',
])
def test_nan_in_a_scraped_blob_becomes_null(blob):
    r = clean(f"{STORY}\n{blob}\n{STORY}")
    assert r.metadata.get("related"), "the blob was read"
    json.loads(strict_json(r), parse_constant=_refuse_constant)


@pytest.mark.parametrize("depth", [MAX_DEPTH + 1, 600, 5000])
@pytest.mark.parametrize("kind", ["list", "dict"])
def test_metadata_nested_past_the_bound_is_cut_and_said(depth, kind):
    r = clean(STORY, pipeline=_with_metadata(related=_nested(depth, kind)))
    out = strict_json(r)
    assert warnings_of(r, "nesting")
    assert out.count("[" if kind == "list" else "{") <= MAX_DEPTH + 2
    pickle.loads(pickle.dumps(r))  # a worker process can send it back
    repr(r.metadata)


@pytest.mark.parametrize("depth", [600, 900])
def test_a_scraped_blob_nested_deep_is_cut(depth):
    blob = '[{"id": "1", "title": "Aid", "url": "/a/1", "tree": ' + "[" * depth + "]" * depth + "}]"
    r = clean(f"{STORY}\n{blob}\n{STORY}")
    strict_json(r)
    assert warnings_of(r, "nesting") and r.text == f"{STORY}\n{STORY}"


def test_metadata_within_the_bound_is_kept_as_it_is():
    value = _nested(MAX_DEPTH - 2, "dict")
    r = clean(STORY, pipeline=_with_metadata(related=value))
    assert r.metadata["related"] is value and "warnings" not in r.metadata


def test_jsonable_makes_any_value_strict():
    class Odd:
        def __str__(self) -> str:
            return "odd \ud800"
    out = jsonable({"a": Odd(), 3: b"raw", "deep": _nested(2000, "list"), "n": float("nan")})
    json.dumps(out, allow_nan=False, ensure_ascii=False).encode("utf-8")
    assert out["a"] == "odd \ufffd" and out["3"] == "b'raw'" and out["n"] is None


# -- arguments of the wrong type: a TypeError saying what is wanted ------------------------------------------

HTML = f"<html><body><article>{ARTICLE_HTML}</article></body></html>"
INPUTS = {"text": "\n".join(PARAGRAPHS), "html": HTML}


@pytest.mark.parametrize("title", [123, b"Title", ["Title"], 1.5, True, object()])
def test_title_must_be_a_str(title):
    with pytest.raises(TypeError, match=r"title must be a str or None, not \w+"):
        clean(STORY, title=title)  # type: ignore[arg-type]


@pytest.mark.parametrize("title", [None, ""])
def test_no_title_lets_the_page_tell(title):
    assert clean("Aid Arrives\nAid Arrives\n" + STORY, title=title).title == "Aid Arrives"


@pytest.mark.parametrize("kind", list(INPUTS))
@pytest.mark.parametrize("pipeline", ["x", b"x", 1, ["unicode", "title"], ("unicode",), {"unicode": None}])
def test_pipeline_must_be_a_pipeline_or_a_callable(kind, pipeline):
    with pytest.raises(TypeError, match=r"pipeline must be a Pipeline, a callable .* not \w+"):
        clean(INPUTS[kind], pipeline=pipeline)  # type: ignore[arg-type]


def keep_all(doc: Document) -> Document:
    return doc


class Marker:
    """A callable object with a name, as a filter."""

    name = "marker"

    def __call__(self, doc: Document) -> Document:
        return doc.with_metadata(marked=True)


@pytest.mark.parametrize("kind", list(INPUTS))
@pytest.mark.parametrize("step", [keep_all, lambda doc: doc, Marker(), DEFAULT["unicode"]])
def test_a_plain_callable_works_as_the_pipeline(kind, step):
    """On HTML the markup's chrome step runs first, then the callable."""
    r = clean(INPUTS[kind], pipeline=step)
    for p in PARAGRAPHS:
        assert p in r.text
    if isinstance(step, Marker):
        assert r.metadata["marked"] is True


@pytest.mark.parametrize("kind", list(INPUTS))
@pytest.mark.parametrize("returns", [None, "text", {"text": "x"}, 0])
def test_a_step_returning_no_document_is_named(kind, returns):
    def broken_step(doc: Document) -> Document:
        return returns  # type: ignore[return-value]
    for pipeline in (broken_step, Pipeline([keep_all, broken_step]), DEFAULT.insert(broken_step, after="unicode")):
        with pytest.raises(TypeError, match=r"filter 'broken_step' returned \w+, not a Document"):
            clean(INPUTS[kind], pipeline=pipeline)


@pytest.mark.parametrize("guard", ["x", 1, True, ["guard"]])
def test_guard_must_be_callable(guard):
    with pytest.raises(TypeError, match=r"guard must be a Guard, a callable .* not \w+"):
        clean(STORY, guard=guard)  # type: ignore[arg-type]


@pytest.mark.parametrize("kind", list(INPUTS))
def test_a_guard_returning_no_document_is_named(kind):
    def lax_guard(doc: Document) -> Document:
        return None  # type: ignore[return-value]
    with pytest.raises(TypeError, match="guard 'lax_guard' returned NoneType, not a Document"):
        clean(INPUTS[kind], guard=lax_guard)


# -- bytes: only a charset a page is written in ------------------------------------------------------------

BODY = b"<p>caf\xe9 +AGEA- \\u0041 ~{ab~} =41 xn--caf-dma</p>"
BODY_AS_CP1252 = "<p>café +AGEA- \\u0041 ~{ab~} =41 xn--caf-dma</p>"


@pytest.mark.parametrize("label", ["rot13", "rot_13", "base64", "hex", "zlib", "bz2", "uu", "quopri", "utf-7",
                                   "unicode_escape", "raw_unicode_escape", "punycode", "idna", "hz", "utf-16",
                                   "utf-32-le", "cp037", "undefined", "x-no-such-charset"])
@pytest.mark.parametrize("form", ['<meta charset="{}">', '<meta http-equiv="Content-Type" content="text/html; '
                                  'charset={}">', '<?xml version="1.0" encoding="{}"?>'])
def test_a_declared_codec_that_is_no_page_charset_is_ignored_and_said(label, form):
    head = form.format(label)
    data = head.encode("ascii") + BODY
    r = clean(data, format="text")
    assert r.original() == head + BODY_AS_CP1252  # not rewritten, no LookupError
    assert warnings_of(r, "encoding") and label in warnings_of(r, "encoding")[0]


@pytest.mark.parametrize("label, text", [
    ("windows-1251", "Москва"), ("koi8-r", "Москва"), ("iso-8859-7", "Αθήνα"), ("shift_jis", "東京"),
    ("euc-kr", "서울"), ("gb2312", "北京"), ("big5", "臺北"), ("iso-8859-2", "Łódź"), ("windows-1256", "بيروت"),
])
def test_a_real_charset_is_still_honoured(label, text):
    codec = {"shift_jis": "cp932", "euc-kr": "cp949", "gb2312": "gb18030"}.get(label, label)
    data = f'<meta charset="{label}"><p>'.encode("ascii") + text.encode(codec)
    page = decode_page(data)
    assert page.text.endswith(text) and page.warnings == ()


def test_bytes_a_declared_charset_cannot_read_are_counted():
    page = decode_page(b'<meta charset="shift_jis"><p>' + "東京".encode("cp932") + b"\x81\x20 \xa0")
    assert "東京" in page.text and page.warnings and page.warnings[0].startswith("encoding: ")


@pytest.mark.parametrize("data", [
    b"\xff\xfe\x00\x00garbage",
    codecs.BOM_UTF32_BE + b"garbage, not UTF-32 at all",
    codecs.BOM_UTF32_LE + b"\xff\xff\xff\xff" * 30,
    codecs.BOM_UTF16_LE + b"\x00\xd8" * 40,  # 40 lone surrogates
    codecs.BOM_UTF16_BE + b"\xdc\x00" * 40,
])
def test_a_wide_byte_order_mark_before_what_is_not_utf16_or_32_is_refused(data):
    with pytest.raises(ValueError, match=r"byte-order mark, but .* not text"):
        clean(data)


@pytest.mark.parametrize("data, kept", [
    (codecs.BOM_UTF16_LE + STORY.encode("utf-16-le") + b"A", STORY),          # cut mid-character
    (codecs.BOM_UTF32_LE + STORY.encode("utf-32-le") + b"\x41\x00", STORY),
    (codecs.BOM_UTF16_BE + STORY.encode("utf-16-be") + b"\xd8\x00" + STORY.encode("utf-16-be"), STORY),
    (STORY.encode("utf-16-le") + b"\x00\xdc" + STORY.encode("utf-16-le"), STORY),  # no BOM: by the NULs
])
def test_a_few_bad_units_in_utf16_or_32_are_replaced_and_said(data, kept):
    r = clean(data)
    assert kept in r.text and warnings_of(r, "encoding")


@pytest.mark.parametrize("data", [codecs.BOM_UTF16_LE + STORY.encode("utf-16-le"), STORY.encode("utf-8"),
                                  codecs.BOM_UTF8 + STORY.encode("utf-8")])
def test_clean_bytes_give_no_warning(data):
    assert "warnings" not in clean(data).metadata


# -- the command line -----------------------------------------------------------------------------------------


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "newsclean", *args], capture_output=True, timeout=60)


@pytest.mark.parametrize("content", [
    '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "A \\ud800 B"}</script>',
    '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "A", "author": '
    '{"@type": "Person", "name": "Ann \\udfff Lee"}}</script>',
])
def test_cli_json_prints_strict_utf8_json(tmp_path, content):
    page = tmp_path / "page.html"
    page.write_text(f"<html><head>{content}</head><body><article>{ARTICLE_HTML}</article></body></html>")
    done = _run("--json", str(page))
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout.decode("utf-8"), parse_constant=_refuse_constant)
    assert "\ufffd" in json.dumps(out, ensure_ascii=False)


def test_cli_refuses_bytes_that_are_not_text(tmp_path):
    page = tmp_path / "page.txt"
    page.write_bytes(b"\xff\xfe\x00\x00garbage")
    done = _run(str(page))
    assert done.returncode == 1 and b"not text" in done.stderr and not done.stdout
