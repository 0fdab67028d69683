"""Dropping any one step from the default pipeline works by design: every golden sample is
cleaned without an exception, every character is accounted for, and cleaning the cleaned text
again changes nothing. What a step finds for later ones is a fact on the document
(``doc.facts``) that they do without, so none needs to refuse being built without another.

Without ``paragraphs`` a page's logo and menu stay in the body ("Notes From the Reading Room",
"About", "Archive", "Contact"); a second cleaning's title step reads a name over a menu with the
prose right under it as the site's, not as a headline (``headlines.guess._logo_over_menu``)."""

from __future__ import annotations

import pytest

from newsclean import DEFAULT, clean

from .conftest import SAMPLES
from .test_reliability import check_accounts

RAW = sorted(SAMPLES.glob("*.raw.*"))


@pytest.mark.parametrize("step", DEFAULT.names)
def test_the_default_less_any_one_step_keeps_every_guarantee(step):
    pipeline = DEFAULT.without(step)
    assert RAW
    for raw in RAW:
        page = raw.read_text(encoding="utf-8")
        r = clean(page, pipeline=pipeline)
        check_accounts(r, page)
        assert clean(r.text, pipeline=pipeline, format="text").text == r.text, (step, raw.name)


def _needs_title(doc):
    return doc


_needs_title.needs = ("title",)


@pytest.mark.parametrize(("build", "refused"), [
    (lambda: DEFAULT.insert(_needs_title), False),
    (lambda: DEFAULT.insert(_needs_title, after="title"), False),
    (lambda: DEFAULT.insert(_needs_title, before="title"), True),
    (lambda: DEFAULT.insert(_needs_title).without("title"), True),
    (lambda: DEFAULT.insert(_needs_title).replace("title", lambda doc: doc), False),  # a replacement keeps the name
])
def test_a_pipeline_refuses_a_step_whose_needs_do_not_run_before_it(build, refused):
    if refused:
        with pytest.raises(ValueError, match="'_needs_title' needs 'title'"):
            build()
    else:
        assert "_needs_title" in build()
