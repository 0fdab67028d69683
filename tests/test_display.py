"""The notebook view of a result: escaped, complete, folded when long."""

from __future__ import annotations

from html import escape
from html.parser import HTMLParser

import pytest

from newsclean import DEFAULT, Document, Result, clean
from newsclean.display import render_html

from .conftest import SAMPLES

SEED = SAMPLES / "fars-2016-03-21.raw.txt"
HOSTILE = ("Aid Arrives in Efrin\nAid Arrives in Efrin\nMon Mar 21, 2016 16:25:32\n"
           "Trucks came <script>alert(1)</script> at dawn.\n"
           'A picture: <img src=x onerror="alert(2)"> of the convoy.\n219-11')
ALLOWED_TAGS = {"div", "pre", "span", "del", "b"}


class _Tags(HTMLParser):
    """Collects every tag with its attributes, and all text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, attrs))

    def handle_data(self, data):
        self.text.append(data)


def _parse(html: str) -> _Tags:
    parser = _Tags()
    parser.feed(html)
    parser.close()
    return parser


def _with_metadata(**values):
    """A filter that sets metadata, to put hostile values where the header shows them."""
    def set_metadata(doc: Document) -> Document:
        return doc.with_metadata(**values)
    return set_metadata


def test_page_markup_is_escaped_in_kept_and_removed_text():
    r = clean(HOSTILE)
    assert "<script>" in r.text and r.removed  # the script is in the body, so it shows twice
    html = r._repr_html_()
    assert "<script" not in html.lower() and "<img" not in html.lower()
    assert html.count("&lt;script&gt;alert(1)&lt;/script&gt;") == 2
    assert "&lt;img src=x onerror=&quot;alert(2)&quot;&gt;" in html
    tags = _parse(html).tags
    assert {t for t, _ in tags} <= ALLOWED_TAGS
    assert not [name for _, attrs in tags for name, _ in attrs if name.startswith("on")]


def test_markup_in_a_removed_span_is_escaped():
    r = clean("Share this <script>alert(1)</script>\nBody text here.", title=None)
    assert [x.reason for x in r.removed] == ["share"]
    html = r._repr_html_()
    assert "<script" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_html_pages_are_escaped_through_the_reader():
    page = ("<html><head><title>Aid &lt;script&gt;alert(9)&lt;/script&gt;</title>"
            '<meta name="author" content="&lt;img src=x onerror=alert(3)&gt;"></head><body>'
            "<p>Trucks came &lt;script&gt;alert(1)&lt;/script&gt; at dawn, the officials of the city said.</p>"
            "<p>More than forty trucks carried flour and medicine into the town, they said.</p>"
            "<script>alert(2)</script><p>Share this on Facebook</p></body></html>")
    r = clean(page, format="html")
    html = r._repr_html_()
    assert "<script" not in html.lower() and "<img" not in html.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    for value in [r.title, *r.authors]:
        assert escape(value) in html
    tags = _parse(html).tags
    assert {t for t, _ in tags} <= ALLOWED_TAGS
    assert not [name for _, attrs in tags for name, _ in attrs if name.startswith("on")]


def test_metadata_and_reasons_are_escaped_too():
    pipeline = DEFAULT.insert(_with_metadata(authors=["<b onclick=x>Eve</b>"], agency_code="<i>7</i>"))

    def odd_reason(doc: Document) -> Document:
        return doc.remove_blocks(doc.blocks[:1], '<u title="x">odd</u>')

    pipeline = pipeline.insert(odd_reason, before="title")
    html = clean("First line\nSecond line is the body.", pipeline=pipeline)._repr_html_()
    assert "&lt;b onclick=x&gt;Eve&lt;/b&gt;" in html and "&lt;i&gt;7&lt;/i&gt;" in html
    assert "&lt;u title=&quot;x&quot;&gt;odd&lt;/u&gt; ×1" in html
    tags = _parse(html).tags
    assert {t for t, _ in tags} <= ALLOWED_TAGS
    assert not [name for _, attrs in tags for name, _ in attrs if name.startswith("on")]


def test_seed_sample_shows_every_reason_as_label_and_in_the_legend():
    r = clean(SEED.read_text(encoding="utf-8"))
    html = r._repr_html_()
    reasons = {x.reason for x in r.removed}
    assert reasons == {"title", "dateline", "summary", "agency_code", "php_dump"}
    for reason in reasons:
        count = sum(x.reason == reason for x in r.removed)
        assert f"{reason} ×{count}" in html, reason
    struck = _struck(html)
    assert struck == [x.text for x in r.removed]
    badges = [t for t, attrs in _badge_texts(html)]
    assert [b for b in badges if "×" not in b] == [x.reason for x in r.removed]


def test_header_shows_title_date_and_agency_code():
    r = clean(SEED.read_text(encoding="utf-8"))
    html = r._repr_html_()
    assert "Syrian Army Troops Smash Dozens of ISIS Terrorists in Aleppo" in html
    assert "published <b>2016-03-21 16:25:32</b>" in html
    assert "agency code <b>219-11</b>" in html
    assert f"6 removals, {len(r.text):,} of {len(r.source):,} characters kept" in html


def test_unfolded_view_holds_the_whole_source_and_body():
    r = clean(SEED.read_text(encoding="utf-8"))
    html = render_html(r, fold_at=len(r.source))
    assert "hidden" not in "".join(_parse(html).text)
    assert _walk(html).body == r.text.split("\n")
    shown_source = _source_text(html)
    assert shown_source == r.source


def test_long_input_is_folded_with_a_count_of_what_is_hidden():
    body = "\n".join(f"Paragraph {i} tells what happened next in the town." for i in range(400))
    r = clean("Long Story\nLong Story\n" + body + "\n219-11")
    html = render_html(r, fold_at=2000)
    assert len(html) < 20_000
    assert "Paragraph 1 " in html and "Paragraph 399 " in html and "Paragraph 200 " not in html
    shown = _source_text(html)
    hidden = len(r.source) - len(shown)
    assert 0 < hidden < len(r.source)
    assert f"⋯ {hidden:,} characters hidden, 0 removals among them ⋯" in html
    assert "title ×2" in html and "agency_code ×1" in html


def test_hidden_removals_are_counted_and_still_in_the_legend():
    lines = [f"Line {i} of the story goes on." for i in range(200)]
    lines[100] = "Mon Mar 21, 2016 16:25:32"
    r = clean("\n".join(lines))
    assert [x.reason for x in r.removed] == ["dateline"]
    html = render_html(r, fold_at=1000)
    assert "1 removal among them" in html and "dateline ×1" in html
    assert "<del" not in html


def test_empty_results_render():
    html = clean("")._repr_html_()
    assert "(no title found)" in html and "nothing was removed" in html and "(empty" in html


def test_fold_at_must_leave_room():
    with pytest.raises(ValueError, match="fold_at"):
        render_html(clean("x"), fold_at=3)


def test_plain_repr_stays_short():
    r = clean(SEED.read_text(encoding="utf-8"))
    assert len(repr(r)) < 300 and "\n" not in repr(r) and "<" not in repr(r)


def test_result_from_a_document_renders_without_a_pipeline():
    doc = Document.from_text("Just one line of $5 and $10 text.")
    html = Result.from_document(doc)._repr_html_()
    assert "$5 and $10" in html and "mathjax_ignore" in html


# -- helpers that read the HTML back ------------------------------------------------------------


class _Walker(HTMLParser):
    """Text by kind: inside <del>, inside badge <span>s, the page section's text, the body's lines."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict[str, str | None]]] = []
        self.struck: list[str] = []
        self.badges: list[tuple[str, dict[str, str | None]]] = []
        self.section = ""
        self.page: list[str] = []
        self.body: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.stack.append((tag, dict(attrs)))
        if tag == "del":
            self.struck.append("")
        if tag == "pre" and self.section.startswith("Clean"):
            self.body.append("")
        if tag == "span" and "border-radius" in (dict(attrs).get("style") or ""):
            self.badges.append(("", dict(attrs)))

    def handle_endtag(self, tag):
        self.stack.pop()

    def handle_data(self, data):
        tag, attrs = self.stack[-1] if self.stack else ("", {})
        style = attrs.get("style") or ""
        if tag == "div" and "uppercase" in style:
            self.section = data
            return
        if tag == "del":
            self.struck[-1] += data
        if tag == "span" and "border-radius" in style:
            text, a = self.badges[-1]
            self.badges[-1] = (text + data, a)
            return
        if tag == "span" and "italic" in style:
            return  # the note on what is hidden
        if self.section.startswith("Page"):
            self.page.append(data)
        if tag == "pre" and self.section.startswith("Clean"):
            self.body[-1] += data


def _walk(html: str) -> _Walker:
    w = _Walker()
    w.feed(html)
    w.close()
    return w


def _struck(html: str) -> list[str]:
    return _walk(html).struck


def _badge_texts(html: str) -> list[tuple[str, dict[str, str | None]]]:
    return _walk(html).badges


def _source_text(html: str) -> str:
    """The page section's text less reason badges and fold notes."""
    return "".join(_walk(html).page)
