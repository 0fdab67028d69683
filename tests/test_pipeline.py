"""Pipeline: named, ordered, immutable; filters are plain callables."""

from __future__ import annotations

import pytest

from newsclean import DEFAULT, Document, Pipeline, clean
from newsclean.pipeline import filter_name

SEED = "Aid Arrives in Efrin\nAid Arrives in Efrin\nMarch 21, 2016\nTrucks came at dawn.\n219-11"


def drop_short(doc: Document) -> Document:
    """A user's own filter: no subclassing, just a function."""
    return doc.remove_blocks([b for b in doc.blocks if len(b.text) < 25], "short")


def test_default_names_in_design_order():
    names = DEFAULT.names
    assert names[:4] == ["unicode", "segment", "join", "blobs"]
    assert names.index("title") < names.index("summary")
    assert names.index("dateline") < names.index("summary")


def test_without_removes_only_that_filter():
    p = DEFAULT.without("summary", "agency")
    assert "summary" not in p and "agency" not in p
    assert len(p) == len(DEFAULT) - 2
    assert "summary" in DEFAULT  # immutable: the original is unchanged
    assert clean(SEED, pipeline=p).text.endswith("219-11")


@pytest.mark.parametrize("method, args", [
    ("without", ("nope",)),
    ("replace", ("nope", drop_short)),
    ("insert", (drop_short,)),
])
def test_unknown_names_raise_keyerror_listing_known(method, args):
    kwargs = {"after": "nope"} if method == "insert" else {}
    with pytest.raises(KeyError) as err:
        getattr(DEFAULT, method)(*args, **kwargs)
    assert "nope" in str(err.value) and "title" in str(err.value)


def test_insert_after_and_before():
    p = DEFAULT.insert(drop_short, after="title")
    assert p.names[p.names.index("title") + 1] == "drop_short"
    p = DEFAULT.insert(drop_short, before="unicode")
    assert p.names[0] == "drop_short"
    with pytest.raises(ValueError):
        DEFAULT.insert(drop_short, before="title", after="title")


def test_user_filter_removals_are_stamped_with_its_name():
    r = clean("Short line\n" + "A much longer line of article prose goes here.", pipeline=Pipeline([drop_short]))
    assert [(x.filter, x.reason, x.text) for x in r.removed] == [("drop_short", "short", "Short line")]


def test_replace_keeps_the_name_and_position():
    def no_title(doc: Document) -> Document:
        return doc
    p = DEFAULT.replace("title", no_title)
    assert p.names == DEFAULT.names and p["title"] is no_title
    assert clean(SEED, pipeline=p).title is None


def test_duplicate_names_and_bad_steps_are_refused():
    with pytest.raises(ValueError, match="two filters"):
        Pipeline([drop_short, drop_short])
    with pytest.raises(TypeError):
        Pipeline([("x", 42)])  # type: ignore[list-item]
    with pytest.raises(TypeError, match="returned"):
        Pipeline([("bad", lambda doc: None)])(Document.from_text("x"))  # type: ignore[arg-type,return-value]


def test_filter_name_of_lambda_needs_a_pair():
    assert filter_name(drop_short) == "drop_short"
    p = Pipeline([("mine", lambda d: d)])
    assert p.names == ["mine"] and repr(p) == "Pipeline([mine])"


def test_empty_pipeline_only_renders():
    r = clean("  a   b  \n\n\nc", pipeline=Pipeline())
    assert r.text == "a b\nc" and r.removed == ()
