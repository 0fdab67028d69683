"""clean(): input types, the caller's title, results."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from newsclean import clean

PAGE = ("Aid Convoy Arrives in Efrin\n\nAid Convoy Arrives in Efrin\nMon Mar 21, 2016 16:25:32\n\n"
        "A convoy of forty trucks reached the town on Monday, officials said.\n"
        "The aid included food, medicine and blankets for the winter.\n219-11")


@pytest.mark.parametrize("bad", [None, 42, 3.5, ["text"], {"text": "x"}, object()])
def test_non_text_raises_typeerror_naming_what_it_takes(bad):
    with pytest.raises(TypeError, match=r"takes the page as str \(or as bytes"):
        clean(bad)  # type: ignore[arg-type]


def test_bytes_are_decoded():
    assert clean(PAGE.encode("utf-8")).text == clean(PAGE).text
    assert clean("Café au lait is served daily.".encode("cp1252")).text == "Café au lait is served daily."


def test_bad_format_is_refused():
    with pytest.raises(ValueError, match="format"):
        clean("x", format="pdf")  # type: ignore[arg-type]


def test_result_fields():
    r = clean(PAGE)
    assert r.title == "Aid Convoy Arrives in Efrin"
    assert r.published.isoformat() == "2016-03-21T16:25:32"
    assert r.metadata["agency_code"] == "219-11"
    assert r.text == ("A convoy of forty trucks reached the town on Monday, officials said.\n"
                      "The aid included food, medicine and blankets for the winter.")
    assert r.original() == PAGE
    assert "title" in repr(r) and len(repr(r)) < 300


def test_caller_title_wins_and_its_repeats_go():
    page = "Site Menu\nTrucks reach Efrin\nThe convoy came.\nTrucks reach Efrin"
    r = clean(page, title="Trucks Reach Efrin")
    assert r.title == "Trucks Reach Efrin"
    assert r.text == "Site Menu\nThe convoy came."


def test_to_dict_has_the_layout_of_batch_and_scrapy():
    from newsclean.fields import FIELDS, result_fields

    r = clean(PAGE)
    d = r.to_dict()
    assert list(d) == list(FIELDS)
    assert d["authors"] == r.authors and d["agency_code"] == r.metadata["agency_code"] == "219-11"
    assert {k: v for k, v in d.items() if k != "removed"} == \
        {k.removeprefix("clean_"): v for k, v in result_fields(r).items() if k != "clean_removed"}


def test_to_dict_is_json_ready():
    d = clean(PAGE).to_dict()
    back = json.loads(json.dumps(d))
    assert back["published"] == "2016-03-21T16:25:32"
    assert {"start", "end", "filter", "reason", "text"} <= set(back["removed"][0])


def test_explain_marks_every_removal():
    r = clean(PAGE)
    out = r.explain()
    for removal in r.removed:
        assert f"[{removal.reason}: {removal.filter}]" in out
    assert "\x1b[" not in out and "\x1b[" in r.explain(color=True)


@pytest.mark.parametrize(("page", "precision"), [
    ("Aid Arrives\nAid Arrives\nJune 12, 2019\nTrucks came.", "day"),                 # a date, no time
    ("Aid Arrives\nAid Arrives\nJune 12, 2019 9:30 AM\nTrucks came.", "time"),
    ("Aid Arrives\nAid Arrives\n2019-06-12T00:00:00+02:00\nTrucks came.", "time"),     # midnight with an offset
    ('<html><head><meta property="article:published_time" content="2019-06-12"></head>'
     "<body><article><p>Trucks came at dawn with flour.</p></article></body></html>", "day"),
    ("Aid Arrives\nAid Arrives\nTrucks came.", None),
])
def test_published_precision_says_whether_the_page_gave_a_time(page, precision):
    r = clean(page)
    assert r.metadata.get("published_precision") == precision
    if precision == "day":
        assert r.published == dt.datetime(2019, 6, 12)


def test_the_guard_reads_furniture_only_when_there_is_some():
    """``guard._between_prose`` asks whether a weak removal is furniture only when the page has
    furniture (a removal's hash is a Python call); with none it puts back what the plain rule
    puts back, a membership test of every removal in a set that holds none of them."""
    import random

    from newsclean.document import Document, Removal
    from newsclean.guard import _between_prose

    para = "The council met on Monday and approved the budget after a long debate, officials said."
    lines = [para, "Home", "Jane Doe, editor of the Gazette, said the budget would be cut again this year.",
             "By Jane Doe", para + " It rose.", "Share", "March 21, 2016"]
    reasons = ["navigation", "byline", "boilerplate", "comments", "dateline", "share", "menu"]
    stranger = frozenset({Removal(0, 1, "navigation", "x", "?")})
    rng = random.Random(18)
    for _ in range(500):
        doc = Document.from_text("\n".join(rng.choice(lines) for _ in range(rng.randint(1, 8))))
        picked = [b for b in doc.blocks if rng.random() < 0.4]
        doc = doc.remove_each([(b, rng.choice(reasons)) for b in picked])
        fast, plain = _between_prose(doc), _between_prose(doc, stranger)
        assert fast.removals == plain.removals and fast.metadata == plain.metadata


def test_the_guard_tells_furniture_by_its_spans_as_the_set_of_its_removals():
    """``guard._between_prose`` tells a weak removal inside a folded page's furniture by bisection on the
    furniture's spans (``_in_furniture``); it puts back what it puts back given the set of those removals
    (``furniture_removals``), on random pages with furniture."""
    import random

    from newsclean.document import Document
    from newsclean.guard import _between_prose, furniture_removals

    para = "The council met on Monday and approved the budget after a long debate, officials said."
    lines = [para, para + " It rose.", "Jane Doe, editor of the Gazette, said the budget would be cut again this year.",
             "Home", "By Jane Doe", "Share"]
    reasons = ["navigation", "byline", "boilerplate", "comments", "dateline", "share"]
    rng = random.Random(36)
    for _ in range(3000):
        doc = Document.from_text("\n".join(rng.choice(lines) for _ in range(rng.randint(1, 9))))
        cuts = sorted(rng.sample(range(len(doc.text) + 1), 2 * rng.randint(0, 2)))
        furniture = tuple((cuts[k], cuts[k + 1], "navigation") for k in range(0, len(cuts), 2))
        doc = doc.with_facts(furniture=furniture or rng.choice([None, ()]))
        picked = [b for b in doc.blocks if rng.random() < 0.5]
        doc = doc.remove_each([(b, rng.choice(reasons)) for b in picked])
        fast, plain = _between_prose(doc), _between_prose(doc, furniture_removals(doc))
        assert fast.removals == plain.removals and fast.metadata == plain.metadata


def _between_prose_plain(doc):
    """``guard._between_prose`` as it was written before its test of the kept text's bounds: every weak
    removal looked up among the kept blocks by bisection (no furniture: the tests below have none)."""
    import bisect

    from newsclean.guard import _WEAK, byline_prefix, is_prose, reasons

    weak = [r for r in doc.removals if r.reason in _WEAK]
    blocks = doc.blocks
    starts = [b.start for b in blocks]
    kept = {b.text for b in blocks}
    restored = set()
    for r in weak:
        after = bisect.bisect_left(starts, r.end)
        if not (0 < after < len(blocks) and blocks[after - 1].end <= r.start):
            continue
        if not is_prose(r.text) or (r.reason == reasons.BYLINE and byline_prefix(r.text)):
            continue
        if r.text not in kept and is_prose(blocks[after - 1].text) and is_prose(blocks[after].text):
            restored.add(id(r))
    return tuple(r for r in doc.removals if id(r) not in restored)


def test_the_guard_reads_only_removals_inside_the_kept_text_as_between_prose():
    """``guard._between_prose`` looks only at the removals past the first kept block's end and before
    the last one's start (a removal between two kept blocks lies there) and puts back what the plain
    rule puts back, on random pages with whole blocks and pieces of lines removed, none kept, one kept."""
    import random

    from newsclean.document import Document
    from newsclean.guard import _between_prose

    para = "The council met on Monday and approved the budget after a long debate, officials said."
    lines = [para, para + " It rose.", "Jane Doe, editor of the Gazette, said the budget would be cut again this year.",
             "Home", "By Jane Doe", "Share", "  ", "March 21, 2016"]
    reasons = ["navigation", "byline", "boilerplate", "comments", "dateline", "share"]
    rng = random.Random(38)
    for _ in range(3000):
        doc = Document.from_text("\n".join(rng.choice(lines) for _ in range(rng.randint(1, 9))))
        picked = [b for b in doc.blocks if rng.random() < 0.5]
        doc = doc.remove_each([(b, rng.choice(reasons)) for b in picked])
        for _ in range(rng.randint(0, 3)):
            a = rng.randint(0, len(doc.text))
            doc = doc.remove(a, a + rng.randint(1, 120), rng.choice(reasons))
        assert _between_prose(doc).removals == _between_prose_plain(doc)
