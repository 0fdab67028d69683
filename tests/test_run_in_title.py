"""A title run straight into the first sentence (issue 15, the ``flatpage`` form of a page with no
menus: its ``<title>``, then its first paragraph, on one line or over lines its markup kept): the
sentence opens at a capitalised word that lower-case words follow up to a comma or a stop; what
comes before it is the title when it is short and shaped like one and the page prints words again on
either side of the cut (a heading the sentence opens with, the title twice). Where the signs are not
there (no copy, a name inside the first clause, a separator, too many words), no title."""

from __future__ import annotations

import pytest

from newsclean import clean
from newsclean.titles import run_in_title

_MORE = ("The mayor said the work would start in the spring and end before the winter. Residents who spoke at "
         "the meeting asked for more buses on the northern routes. The vote was seven to two.")


_RUN_IN_CASES = [
    ("Budget Approved Budget approved at night, the mayor said.", "Budget Approved"),
    ("Bridge report Findings Findings of the report were read aloud, the clerk said.", "Bridge report"),
    ("Bridge report Findings of the week Findings of the week were read aloud, the clerk said.", "Bridge report"),
    # four words in lower case at most: more read as a sentence's opening
    ("Notes on the bridge vote Bridge Bridge talks ran late at night, the mayor said.", "Notes on the bridge vote"),
    ("Notes on the new bridge vote Bridge Bridge talks ran late at night, the mayor said.", None),
    ("Town Hall Notes Town Hall Notes\nThe meeting opened at noon, and it ran late.", "Town Hall Notes"),
    ("Town notes Council Minutes\n   Council minutes are read at noon, and they run late.", "Town notes"),
    ("Winter Storm Notes Snow Snow fell all night long. Roads closed.", "Winter Storm Notes"),
    ("“Quiet Town” review “Quiet Town” review The film opens in a quiet town, and it stays there.",
     "“Quiet Town” review"),
    # no copy on either side of the cut: a title and a sentence's opening words look alike
    ("Council Approves Budget The council approved the budget at night, the mayor said.", None),
    ("A team of Oregon scientists made clones from adult cells, the journal said.", None),
    # the title's own words open the sentence: a title in Title Case; in sentence case, the article's heading
    ("Bridge Notes Bridge notes were read aloud, the clerk said.", "Bridge Notes"),
    ("Bridge notes Bridge notes were read aloud, the clerk said.", None),
    # no title: a separator (a browser title's trail is for the other rules), a name in the first
    # clause, a sentence at the head, one word, too many words, a word that is no word
    ("Storm hits coast | Herald Home News The storm hit the coast, officials said.", None),
    ("Storm Hits Coast Hurricane Ann hit the town on Monday, officials said.", None),
    ("The storm hit the coast at night, officials said.", None),
    ("Storm The storm hit the coast at night, officials said.", None),
    ("Home News Sport Weather Travel Jobs Contact Us About Us We use cookies here, "
     "and you agree.", None),
    ("Storm notes **DRAFT** The storm hit the coast at night, officials said.", None),
    ("Storm notes on the coast tonight and more about it tomorrow.", None),
    # a sentence's opening (a cleaned text's first line): too many words in lower case
    ("Ann Lee's late goal won it as the visitors left Vale at the foot of the table.", None),
    ("While towns will have to go without a Bridge Store update this week, they wait.", None),
]


@pytest.mark.parametrize(("text", "title"), _RUN_IN_CASES)
def test_run_in_title(text, title):
    span = run_in_title(text)
    assert (None if span is None else text[span[0]:span[1]]) == title


@pytest.mark.parametrize(("text", "title", "body_starts"), [
    # a page with no menus scraped whole, its first paragraph broken over lines by its markup
    ("Budget Approved Budget approved at night, the mayor said. " + _MORE, "Budget Approved", "Budget approved"),
    # the browser title and the page's heading that copies it, then the first paragraph
    ("Council Approves Budget Council Approves Budget\nThe council approved the budget at night, "
     "the mayor said. " + _MORE, "Council Approves Budget", "The council approved"),
    # a heading between the title and the paragraph that opens with the heading's words
    ("Budget notes Budget Budget talks ran late at night, the mayor said. " + _MORE, "Budget notes", "Budget"),
])
def test_title_run_into_the_first_paragraph(text, title, body_starts):
    result = clean(text)
    assert result.title == title
    assert result.text.startswith(body_starts)


def test_a_title_run_into_a_paragraph_broken_over_lines():
    # the paragraph's line breaks kept from its markup: the first line is no title, the title's words are
    result = clean("Council notes Council Council approved the budget at night, the mayor said\n"
                   "and the town cheered. " + _MORE)
    assert result.title == "Council notes"


def test_a_first_line_headline_stands():
    # a headline on a line of its own: the lined rules read it, and the sentence under it is no title's
    result = clean("Council Approves Budget\nThe council approved the budget at night, the mayor said. " + _MORE)
    assert result.title == "Council Approves Budget"


def _run_in_title_step_plain(text, first, found, whole=True):
    """headlines.run_in._run_in_title as written before: the run read whatever title another rule read."""
    from newsclean.headlines.run_in import _RUN_IN_HEAD
    from newsclean.words import norm_key

    run = run_in_title(text[first.start:first.start + _RUN_IN_HEAD])
    if run is None or first.start + run[1] > first.end:
        return None
    key = norm_key(first.text[run[0]:run[1]])
    if found is not None and not (norm_key(found[0]) == f"{key} {key}" or (whole and found[0] == first.text
                                                                           and first.feature(norm_key) != key)):
        return None
    return first.start + run[0], first.start + run[1]


def test_the_run_is_read_only_where_another_rules_title_may_give_way():
    """_run_in_title reads no run where another rule's title is neither the first line whole nor a
    key printed twice (then no run's key can make it give way): the same spans as the rule as written,
    for no title, the first line, its run doubled, its first words, a title from elsewhere, on the
    table above and on the eval pages (page and flatpage, as they open and less their first line)."""
    from newsclean.document import Document
    from newsclean.headlines.run_in import _run_in_title

    from .conftest import eval_cases

    texts = [text for text, _ in _RUN_IN_CASES] + [text + "\n" + _MORE for text, _ in _RUN_IN_CASES]
    for case in eval_cases():
        if case.get("variant") in ("page", "flatpage") and isinstance(case.get("input"), str):
            texts += [case["input"][:2000], case["input"].split("\n", 1)[-1][:2000]]
    answered = 0
    for text in texts:
        doc = Document.from_text(text)
        if not doc.blocks:
            continue
        first = doc.blocks[0]
        line = first.text
        plain = _run_in_title_step_plain(doc.text, first, None)
        titles = [None, (line, None), (line, "Site")]
        if plain is not None:
            run = doc.text[plain[0]:plain[1]]
            titles += [(f"{run} {run}", None), (f"{run}  {run.upper()}!", None), (run, None)]
        titles += [(" ".join(line.split()[:3]), None), ("Aid Arrives", None), ("", None), (" ", None)]
        for found in titles:
            for whole in (True, False):
                assert _run_in_title(doc.text, first, found, whole) == _run_in_title_step_plain(
                    doc.text, first, found, whole), (text[:120], found, whole)
                answered += _run_in_title(doc.text, first, found, whole) is not None
    assert answered > 20
