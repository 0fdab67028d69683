"""Reliability: any input returns, nothing is lost, cleaning is stable, non-text is refused.

The lead's ``test_properties.py`` checks plain strings and simple documents; here the
documents look like real scraped pages (menus, share lines, repeated headlines, blobs,
mojibake, junk characters, HTML with unclosed tags), and the pathological inputs of issue 7
are run one by one. Speed is not asserted here: ``benchmarks/scaling.py`` shows the cost is
linear; the one bound tested is the blob search's reading budget, counted, not timed.
"""

from __future__ import annotations

import importlib
import json

import ftfy
import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsclean import DEFAULT, Document, Result, clean
from newsclean.filters.unicode import _CONFIG, _CONTROL, _fix
from newsclean.guard import GUARD, Guard, is_prose
from newsclean.limits import MAX_CHARS, cut_point

from .conftest import SAMPLES
from .test_properties import code, headline, paragraph, sentence, when

blobs_module = importlib.import_module("newsclean.filters.blobs")

# -- what every result must satisfy ------------------------------------------------------------


def check_accounts(r: Result, given: str) -> None:
    """Every non-space character of ``r.source`` is either kept (in ``r.text``, in order) or
    inside exactly one removal, each removal quotes its span, and ``original()`` is the input."""
    source = r.source
    assert r.original() == given
    taken = bytearray(len(source))
    for rem in r.removed:
        assert 0 <= rem.start < rem.end <= len(source)
        assert source[rem.start:rem.end] == rem.text
        assert not any(taken[rem.start:rem.end]), f"overlapping removal {rem}"
        taken[rem.start:rem.end] = b"\x01" * (rem.end - rem.start)
    kept = "".join(c for i, c in enumerate(source) if not taken[i] and not c.isspace())
    assert kept == "".join(r.text.split())


# -- page-like strategies ------------------------------------------------------------------------

MENU_WORDS = ["Home", "World", "Politics", "Business", "Sport", "Tech", "Opinion", "Video", "More"]
menu_line = st.builds(lambda ws, sep: sep.join(ws), st.lists(st.sampled_from(MENU_WORDS), min_size=1, max_size=6),
                      st.sampled_from([" ", " | ", " · "]))
share_line = st.sampled_from(["Share this article", "Follow us on Twitter", "Subscribe to our newsletter",
                              "Share on Facebook", "Photo: Reuters", "Read more:", "Advertisement",
                              "© 2016 All rights reserved."])
junk = st.text(st.characters(codec=None, exclude_categories=()), min_size=1, max_size=40)
odd_chars = st.lists(st.sampled_from(["\x00", "\ud800", "\udfff", "\u202e", "\u200b", "\ufeff", "\u2028", "\r",
                                     "\x85", "\x1b[31m", "&amp;", "&#233;", "Ã©", "â€™", "\t", "\u00a0", "{",
                                     "[", '"', "string(99) \"", "<div>", "</p>"]), min_size=1, max_size=30).map("".join)


@st.composite
def blob(draw) -> str:
    payload = json.dumps([{"id": str(i), "title": draw(headline)} for i in range(draw(st.integers(1, 3)))])
    kind = draw(st.sampled_from(["php", "json", "js", "truncated", "unclosed"]))
    if kind == "php":
        return f'string({len(payload.encode())}) "{payload}"'
    if kind == "json":
        return payload
    if kind == "js":
        return f"var related = {payload};"
    if kind == "truncated":
        return f'string(999999999) "{payload[:20]}'
    return payload[: draw(st.integers(1, max(1, len(payload) - 1)))]


# Markup that scraped text carries: tags (a page's own among them), comment and CDATA markers,
# and blobs, alone on a line or opening a sentence ("<body> is where ...").
TAGS = ["<div>", "</div>", "<p class='lead'>", "</p>", "<body>", "</body>", "<html>", "<head>", "<!DOCTYPE html>",
        "<br/>", "<script>", "</script>", "<?php", "?>"]
COMMENT_MARKERS = ["<!--", "-->", "//", "/*", "*/", "<![CDATA[", "]]>", "//<![CDATA[", "//]]>"]
markup_line = st.one_of(
    st.sampled_from(TAGS + COMMENT_MARKERS),
    st.builds(lambda m, n: m * n, st.sampled_from(COMMENT_MARKERS), st.integers(2, 40)),
    st.builds(lambda t, s: f"{t} {s[0].lower()}{s[1:]}", st.sampled_from(TAGS), sentence),
    st.builds(lambda n: f'string({n}) "', st.sampled_from([3, 300, 999999])),
)


@st.composite
def with_markup(draw, lines: list[str]) -> list[str]:
    """``lines`` with markup lines put in at random places (blobs among them)."""
    out = list(lines)
    for extra in draw(st.lists(st.one_of(markup_line, blob()), max_size=6)):
        out.insert(draw(st.integers(0, len(out))), extra)
    return out


def mojibake(text: str) -> str:
    return text.encode("utf-8").decode("cp1252", "replace")


@st.composite
def pages(draw) -> str:
    """A scraped page as text: menus, a headline printed up to three times, a dateline,
    prose (some of it mojibake), share lines, codes, blobs, and junk, in a shuffled order
    around an article-shaped middle."""
    head: list[str] = draw(st.lists(menu_line, max_size=4))
    title = draw(headline)
    head += [title] * draw(st.integers(0, 3))
    if draw(st.booleans()):
        head.append(draw(when))
    body = draw(st.lists(paragraph, min_size=0, max_size=6))
    if body and draw(st.booleans()):
        body[0] = mojibake(body[0] + " It’s “quoted” — café.")
    extras = draw(st.lists(st.one_of(share_line, code, blob(), junk, odd_chars, menu_line, when), max_size=6))
    tail = draw(st.permutations(extras))
    sep = draw(st.sampled_from(["\n", "\n\n", "\r\n", "\n  \n", "\u2029"]))
    lines = head + body + list(tail)
    return sep.join(draw(with_markup(lines)) if draw(st.booleans()) else lines)


@st.composite
def html_pages(draw) -> str:
    """The same parts as HTML: a nav of links, a headline, paragraphs, a footer, and now and
    then unclosed or stray tags."""
    menu = "".join(f'<a href="/{w.lower()}">{w}</a>' for w in draw(st.lists(st.sampled_from(MENU_WORDS),
                                                                              max_size=6)))
    title = draw(headline)
    paras = "".join(f"<p>{p}</p>" for p in draw(st.lists(paragraph, max_size=6)))
    noise = "".join(draw(st.lists(st.sampled_from(["<div>", "<span>", "</div>", "<b>", "<p>", "<br>",
                                                      "<script>var x = [1];</script>", "&amp;", "<!-- c -->"]),
                                   max_size=8)))
    extra = draw(st.one_of(st.just(""), junk, odd_chars, blob()))
    doctype = draw(st.sampled_from(["<!DOCTYPE html>", "", "<?xml version='1.0'?>"]))
    return (f"{doctype}<html><head><title>{title} | Daily Planet</title></head><body>"
            f"<nav>{menu}</nav><article><h1>{title}</h1>{noise}{paras}{extra}</article>"
            f"<footer>{draw(share_line)}</footer>")


# -- properties ------------------------------------------------------------------------------------


@given(pages())
def test_any_page_returns_and_accounts_for_every_character(page):
    check_accounts(clean(page), page)


@given(html_pages())
def test_any_html_page_returns_and_accounts_for_every_character(page):
    r = clean(page)
    check_accounts(r, page)
    assert "<" not in r.text or "<" in r.source


@given(pages())
def test_cleaning_clean_text_changes_nothing(page):
    """The output is text: cleaned again as text, it stays as it is. (As text: a body that
    happens to start with a tag, ``<div> is an HTML tag``, would otherwise be read as HTML.)"""
    once = clean(page).text
    assert clean(once, format="text").text == once


@given(pages())
def test_cleaning_twice_as_clean_reads_it_changes_nothing(page):
    """The same, with the format told by clean() itself: a text that only opens with a page's
    tag (markup drawn into the page) is no HTML page the second time."""
    once = clean(page).text
    assert clean(once).text == once


NON_TEXT = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.complex_numbers(),
                     st.lists(st.text(), max_size=3), st.tuples(st.text()),
                     st.dictionaries(st.text(max_size=3), st.text(max_size=3), max_size=2),
                     st.sets(st.integers(), max_size=2), st.builds(object))


@given(NON_TEXT)
def test_non_text_raises_typeerror_naming_what_clean_takes(value):
    with pytest.raises(TypeError, match=r"takes the page as str \(or as bytes to decode\), not \w+"):
        clean(value)  # type: ignore[arg-type]


@given(st.binary(max_size=300))
def test_bytes_are_decoded_or_refused_clearly(data):
    try:
        r = clean(data)
    except ValueError as exc:
        assert "not text" in str(exc)
    else:
        check_accounts(r, r.original())


MOJIBAKE_ALPHABET = ["a", "b", " ", "\n", "&", "amp;", "#233;", "Ã", "Â", "©", "â", "€", "™", "œ", "\x85", "\x9d",
                     "é", "e\u0301", "Р", "С", "В", "\u206b", "\ufeff", "\x1b[31m", "’", "“", "Ø", "Ù", "×", "²",
                     "\xa0", "\x07", "Î", "°"]


@given(st.lists(st.sampled_from(MOJIBAKE_ALPHABET), max_size=40).map("".join))
def test_repair_runs_ftfy_only_where_it_changes_something(text):
    """The fast path is exact: same result as ftfy over the whole text (control characters,
    which the fast path leaves in ASCII text, are removed by repair() right after)."""
    assert _CONTROL.sub("", _fix(text)) == _CONTROL.sub("", ftfy.fix_text(text, _CONFIG))


# -- the samples -------------------------------------------------------------------------------------

RAWS = sorted(p for p in SAMPLES.iterdir() if ".raw." in p.name)


@pytest.mark.parametrize("raw", RAWS, ids=lambda p: p.name)
def test_every_sample_accounts_for_every_character_and_gives_back_its_input(raw):
    page = raw.read_text(encoding="utf-8")
    r = clean(page)
    check_accounts(r, page)
    assert r.original() == page


# -- pathological inputs, one by one -------------------------------------------------------------------

STORY = "The convoy of forty trucks reached the town at dawn on Monday, officials said, with food for all."
PATHOLOGICAL = {
    "empty": "",
    "whitespace": " \n\n\t \r\n \u2029 ",
    "one line of 2 MB": "word " * 400_000,
    "NULs": "a\x00b\x00\n" * 1000 + STORY,
    "lone surrogates": "ab\ud800cd\udfff\n" + STORY + "\ud83d",
    "bidi and zero-width": "\u202eabc\u202c\u200f\u200e\u2066x\u2069\u200b\u200c\u200d\ufeff\n" + STORY,
    "truncated PHP dump": 'string(999999999) "' + "x" * 100_000,
    "many truncated PHP dumps": ('string(999999) "' + "y" * 50 + "\n") * 5000 + STORY,
    "100k open brackets": "[" * 100_000,
    "100k open braces, one a line": "{\n" * 100_000 + STORY,
    "nested JSON never closed": '{"a": [' * 30_000,
    "brackets closed": "{" * 50_000 + "}" * 50_000,
    "unclosed strings": '["' * 20_000 + "\n" + STORY,
    "PHP arrays never closed": "array(1) {\n" * 20_000 + STORY,
    "JS assignments never closed": "var x = [\n" * 20_000 + STORY,
    "5000 title lines": "Big Headline Over The Story\n" * 5000 + STORY,
    "5000 date lines": "March 21, 2016\n" * 5000 + STORY,
    "200k short lines": "a b c\n" * 200_000,
    "1M newlines": "\n" * 1_000_000,
    "1M carriage returns": "\r" * 1_000_000 + STORY,
    "mojibake": ("CafÃ© Ã¢â‚¬Å“quoteÃ¢â‚¬Â\n" * 2000) + STORY,
    "HTML, 20k unclosed divs": "<html><body>" + "<div>" * 20_000 + STORY,
    "HTML, 20k unclosed inline tags": "<html><body>" + "<b><font size=2>" * 10_000 + STORY,
    "HTML, tags never closed": "<html><body><p class=\"" + "x" * 100_000,
    "HTML, 50k empty paragraphs": "<html><body>" + "<p></p>" * 50_000 + f"<p>{STORY}</p>",
    "HTML comment never closed": "<!DOCTYPE html><html><body><!--" + STORY * 1000,
    "HTML, 100k attributes on one tag": "<html><body><div " + " ".join(f'a{i}="{i}"' for i in range(100_000))
                                        + f"><p>{STORY}</p></div>",
    "HTML, JSON-LD nested 100k deep": '<html><head><script type="application/ld+json">' + "[" * 100_000
                                      + f"</script></head><body><p>{STORY}</p>",
}


@pytest.mark.parametrize("name", list(PATHOLOGICAL))
def test_pathological_input_returns_and_loses_nothing(name):
    page = PATHOLOGICAL[name]
    r = clean(page)
    check_accounts(r, page)
    if STORY in page and "<!--" not in page:
        assert STORY in r.text, "the one real sentence was lost"


def test_blob_search_reads_a_bounded_amount(monkeypatch):
    """Lines that open brackets and never close them are not each read to the end."""
    read = []
    real_scan = blobs_module._scan

    def counting_scan(text, start, stop, *more):
        end, upto = real_scan(text, start, stop, *more)
        read.append(upto - start)
        return end, upto

    monkeypatch.setattr(blobs_module, "_scan", counting_scan)
    for page in (PATHOLOGICAL["100k open braces, one a line"], PATHOLOGICAL["PHP arrays never closed"],
                 PATHOLOGICAL["JS assignments never closed"], PATHOLOGICAL["unclosed strings"]):
        read.clear()
        blobs_module.blobs(Document.from_text(page))
        limit = blobs_module._READ_FACTOR * len(page) + blobs_module._READ_SLACK
        assert sum(read) <= limit + len(page)


# -- the size limit -----------------------------------------------------------------------------------------


def test_a_page_over_the_limit_is_cut_after_a_line_and_says_so():
    page = "\n".join(f"{STORY} Paragraph {i}." for i in range(100))
    r = clean(page, max_chars=1000)
    kept = r.metadata["truncated"]["kept_chars"]
    assert r.metadata["truncated"] == {"kept_chars": kept, "input_chars": len(page)}
    assert kept <= 1000 and page[kept - 1] == "\n"
    assert any(w.startswith("truncated:") for w in r.metadata["warnings"])
    assert r.original() == page and r.source == page[:kept]
    assert "Paragraph 99." not in r.text and "Paragraph 0." in r.text
    check_accounts(clean(page[:kept]), page[:kept])


def test_a_page_without_line_breaks_is_cut_at_the_limit():
    r = clean("x" * 5000, max_chars=1234)
    assert r.metadata["truncated"]["kept_chars"] == 1234
    assert len(r.text) == 1234


def test_html_over_the_limit_is_cut_too():
    page = "<html><body>" + "".join(f"<p>{STORY} {i}</p>\n" for i in range(200))
    r = clean(page, max_chars=2000)
    assert r.metadata["truncated"]["input_chars"] == len(page)
    assert r.original() == page and STORY in r.text


def test_within_the_limit_nothing_is_cut():
    r = clean(STORY)
    assert "truncated" not in r.metadata and "warnings" not in r.metadata
    assert clean("y" * 100, max_chars=None).text == "y" * 100
    assert MAX_CHARS == 5_000_000
    assert cut_point("abc", MAX_CHARS) == 3


@pytest.mark.parametrize("bad", [0, -5])
def test_a_bad_limit_is_refused(bad):
    with pytest.raises(ValueError, match="max_chars"):
        clean("x", max_chars=bad)


@pytest.mark.parametrize("bad", [2.5, "10", True, False, b"10"])
def test_a_limit_of_the_wrong_type_is_a_typeerror(bad):
    """``True`` is an int to Python, and was once taken as a limit of 1."""
    with pytest.raises(TypeError, match="max_chars must be a positive int or None, not "):
        clean("x", max_chars=bad)  # type: ignore[arg-type]


# -- the guard ----------------------------------------------------------------------------------------------

ARTICLE = [
    "The convoy of forty trucks reached the besieged town at dawn on Monday, officials said.",
    "Aid workers unloaded flour, fuel and medicine while families queued in the cold for hours.",
    "The United Nations said it hoped to send a second convoy before the end of the month.",
    "Local doctors said the hospital had run out of antibiotics and anaesthetics in January.",
]
MENU = ["Home", "World", "Politics", "Business", "Sport"]


def _everything_removed(doc):
    return doc.remove_blocks(doc.blocks, "wrong_guess")


def _menu_removed(doc):
    return doc.remove_blocks([b for b in doc.blocks if b.text in MENU], "menu")


def test_guard_puts_the_article_back_when_a_filter_takes_it_all():
    page = "\n".join(MENU + ARTICLE)
    pipeline = DEFAULT.insert(_menu_removed, after="unicode").insert(_everything_removed)
    r = clean(page, pipeline=pipeline)
    assert r.text == "\n".join(ARTICLE)
    assert {rem.text for rem in r.removed} == set(MENU), "menu removals stay"
    (warning,) = [w for w in r.metadata["warnings"] if w.startswith("guard:")]
    assert "_everything_removed" in warning
    check_accounts(r, page)


def test_guard_can_be_turned_off_or_made_stricter():
    page = "\n".join(MENU + ARTICLE)
    pipeline = DEFAULT.insert(_everything_removed)
    assert clean(page, pipeline=pipeline, guard=None).text == ""
    lenient = Guard(min_share=0.0, min_words=0)
    assert clean(page, pipeline=pipeline, guard=lenient).text == ""
    half = DEFAULT.insert(lambda d: d.remove_blocks([b for b in d.blocks if b.text in ARTICLE[1:]], "cut"),
                          name="cut")
    assert clean(page, pipeline=half).text == ARTICLE[0]  # 25% of the prose kept: no alarm by default
    strict = Guard(min_share=0.5, min_words=1000)
    assert clean(page, pipeline=half, guard=strict).text == "\n".join(ARTICLE)


def test_guard_leaves_a_kept_article_alone_when_long_comments_went():
    comments = [f"Comment {i}: I think the government should have acted much sooner than it did, "
                f"and the aid should reach every town in the region this winter." for i in range(40)]
    page = "\n".join(ARTICLE * 2 + comments)
    drop_comments = DEFAULT.insert(lambda d: d.remove_blocks([b for b in d.blocks if b.text.startswith("Comment")],
                                                             "comments"), name="comments")
    r = clean(page, pipeline=drop_comments)
    assert "warnings" not in r.metadata
    assert r.text == "\n".join(ARTICLE * 2)


def test_guard_ignores_pages_without_prose():
    page = "\n".join(MENU * 10)
    r = clean(page, pipeline=DEFAULT.insert(_everything_removed))
    assert r.text == "" and "warnings" not in r.metadata


def test_guard_is_the_default():
    assert Guard() == GUARD and GUARD.name == "guard"
    assert is_prose(ARTICLE[0]) and not is_prose(" | ".join(MENU))


# -- incremental blocks ---------------------------------------------------------------------------------------


@given(pages())
def test_blocks_kept_from_step_to_step_equal_blocks_computed_afresh(page):
    """Document rebuilds only the blocks that new removals touch; the result must be exactly
    what computing every block from scratch gives, after every filter."""
    doc = Document.from_text(page)
    for _name, f in DEFAULT:
        doc = f(doc)
        fresh = Document(doc.text, doc.paragraphs, doc.removals, doc.metadata, doc.original)
        assert doc.blocks == fresh.blocks


@given(pages())
def test_explain_shows_every_paragraph_and_every_removal(page):
    r = clean(page)
    out = r.explain()
    assert len(out.split("\n")) == len(Document.from_text(r.source).paragraphs) or not r.source.strip()
    for rem in r.removed:
        assert f"[{rem.reason}: {rem.filter}]" in out or f"]{{{rem.reason}}}" in out


# -- quick rejections are exact ---------------------------------------------------------------------------------

DATE_BITS = ["March", "Mar", "21", "2016", "16:25", "ago", "2 hours", "an hour", "Updated", "Published:", " ", ",",
             "/", "-", "T", "Z", "on", "a", "x", "٢٠١٦", "3", "pm", "GMT+1", "\n"]


@given(st.lists(st.sampled_from(DATE_BITS), max_size=12).map("".join))
def test_date_prefilters_reject_only_what_the_full_patterns_reject(text):
    dates = importlib.import_module("newsclean.dates")
    slow = [dates._build(m) for m in dates._FIND.finditer(text)]
    assert [d.raw for d in dates.find_dates(text)] == [d.raw for d in slow if d is not None]
    line = text.strip()
    if dates._DIGIT.search(line) is None and "ago" not in line.lower():  # what date_line rejects unread
        assert dates._LINE.fullmatch(line) is None and dates._RELATIVE.fullmatch(line) is None
