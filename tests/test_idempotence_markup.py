"""Cleaning the cleaned text changes nothing where scripts and serialized data are spliced into
the text, for the classes the fuzz target ``test_real_pages_made_hostile`` found
(``tests/fuzz/test_fuzz.py``), each reduced to its shape and written out in several variants:

- A JSON-LD script spliced into a page folded to one line: the segment step reads the script as
  the blob it holds from its opening tag (:data:`newsclean.filters.segment._BLOB`), not from
  the first key inside it, so the first cleaning cuts the line where a second one would.
- Script elements spliced into the lines of a lined page: their keys are no words of the page's
  language (:func:`newsclean.words.without_scripts` in
  :func:`newsclean.layout.shape.covered`), so a cleaning that removes a related link with a
  script in it does not turn the page's language from unknown to known, and the lines around
  it are weighed alike on both cleanings.
- A PHP string whose byte count ends inside its data, in the middle of a line: the rest of that
  line is more of the data and goes with it (:func:`newsclean.filters.blobs._data_tail`), on the
  first cleaning as on a second, which would read it as a line of its own.
"""

from __future__ import annotations

import pytest

from newsclean import clean
from newsclean.document import Document
from newsclean.filters.blobs import blobs
from newsclean.layout.shape import covered


def _stable(page: str) -> str:
    once = clean(page).text
    assert clean(once, format="text").text == once
    return once


def _tree(depth: int, leaf: str = "1.5") -> str:
    return '{"k": ' * depth + leaf + "}" * depth


def _ld(depth: int, leaf: str = "1.5") -> str:
    return ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Aid arrives", '
            f'"author": {{"@type": "Person", "name": "Ann Lee"}}, "about": {_tree(depth, leaf)}}}</script>')


def _at(text: str, word: str, bit: str) -> str:
    i = text.index(word)
    return text[:i] + bit + text[i:]


# -- a script spliced into a page folded to one line ----------------------------------------------

FOLDED = ("Rebels in the north came under heavy bombardment on Sunday, activists reported, as fighting went on "
          "for control of the nearby city. Much of the fighting has been marked by shelling and air strikes "
          "that killed scores of civilians across the province. The rebels do not have an air force. "
          "The monitoring group reported 26 air strikes on Sunday across the province, one of the last "
          "opposition strongholds. Its head said the strikes had intensified since the rebels launched a "
          "campaign to break the siege of the city on July 31. The strikes have killed 122 civilians, he said. "
          "Another 327 civilians, including 126 children, have been killed in the fighting since then.")
HEADLINE = "Warplanes pound rebel province as battles rage in the north AP "


@pytest.mark.parametrize("day", ["Sunday 14 Aug 2016 ", "unday 14 Aug 2016 ", "Tuesday 19 July 2016 16:45 ",
                                 "is page Tuesday 19 July 2016 16:45 "])
@pytest.mark.parametrize("page", [
    pytest.param(lambda: HEADLINE + _at(FOLDED, "the nearby city", _ld(60)), id="in-the-body"),
    pytest.param(lambda: HEADLINE + _at(FOLDED, "ivilians across", _ld(60)), id="inside-a-word"),
    pytest.param(lambda: _at(HEADLINE, "rage", _ld(40)) + FOLDED, id="in-the-headline"),
    pytest.param(lambda: HEADLINE + _at(FOLDED, "Much of", _ld(300, "-Infinity")), id="deep"),
])
def test_a_script_in_a_folded_page_is_cut_as_a_blob_from_its_tag(day, page):
    text = day + page()
    once = _stable(text)
    for line in once.split("\n"):
        # the script's data is never a line of its own, cut from the tag that opens it
        assert not line.startswith('{"k"')


@pytest.mark.parametrize("script", ['<script type="application/ld+json">{"@type": "NewsArticle"}</script>',
                                    '<script type="application/ld+json">[{"@type": "Person"}]</script>',
                                    "<script>{\"a\": 1}</script>"])
def test_a_short_script_in_a_folded_page_is_stable(script):
    _stable("Sunday 14 Aug 2016 " + HEADLINE + _at(FOLDED, "Much of", script))


# -- scripts spliced into the lines of a lined page -----------------------------------------------

ARTICLE = ["More than three thousand coats were handed in at this year's winter coat drive, almost twice as many "
           "as last year, the organisers said on Sunday.",
           "The drive, now in its tenth year, collects warm clothing for families who cannot afford it and hands "
           "it out through schools and shelters across the valley.",
           '"People were queueing outside before we opened the doors," said Carla Mendes, who has run the drive '
           "since it began.",
           "The coats will be sorted by size over the coming week and handed out before the first frost."]
END = ["Share this:", "Click to share on Twitter (Opens in new window)",
       "Click to share on Facebook (Opens in new window)", "Related", "Food bank asks for volunteers ahead of holidays"]
HEAD = "Coat Drive Collects Record Number of Donations"


def _lined(top: list[str], head: str, related: str) -> str:
    return "\n".join([*top, head, "Updated 2 hours ago", *ARTICLE, *END, related]) + "\n"


@pytest.mark.parametrize("depth", [26, 60, 120])
@pytest.mark.parametrize("top", [
    pytest.param(lambda d: [_ld(d, "Infinity") + "Image 1 of 6", "V"], id="script-and-caption"),
    pytest.param(lambda d: [_ld(d, "Infinity")], id="script-alone"),
    pytest.param(lambda d: ["Volunteers sort donated coats at the community centre on Saturday.",
                            _ld(d, "NaN") + "Back to Gallery"], id="under-a-caption"),
])
@pytest.mark.parametrize("head", [HEAD, _at(HEAD, "ecord", _ld(60))], ids=["headline", "script-in-headline"])
def test_scripts_in_lines_leave_the_page_language_as_it_is(depth, top, head):
    page = _lined(top(depth), head, "School board approves new bus" + _ld(depth * 2) + " routes")
    once = _stable(page)
    assert ARTICLE[0] in once and "Click to share" not in once


@pytest.mark.parametrize("script", [_ld(100), "<script>var a = {'k': [1, 2, 3]};</script>", "<SCRIPT>[1, 2]",
                                    '<script type="text/javascript">{"k": {"k": {"k": 1}}}'])
def test_a_script_s_keys_are_no_words_of_the_page_language(script):
    prose = "The council approved the new budget on Monday after a long debate, officials said."
    lines = [prose, "Bus routes" + script + " change on Monday as the city plans"]
    assert covered(Document.from_text("\n".join(lines)).blocks)


# -- a PHP string whose byte count ends inside its data -------------------------------------------

COUNCIL = ("The council approved the new budget on Monday after a long debate, officials said. "
           "Spending on schools will rise by five percent, and the city will hire more teachers.\n"
           "The mayor said the plan would cost far more than the city had set aside for it.\n")


def _php(head: str, tail: str) -> str:
    """A PHP string that ``head`` fills (its byte count ends at the quote after it), then ``tail``."""
    return f'string({len(head.encode())}) "{head}"{tail}'


def _cut_into(nbytes: int) -> str:
    """A line break, then another dump cut into the first one's data."""
    return f'\nstring({nbytes}) "[{{"id": "2", "tree'


@pytest.mark.parametrize("page", [
    pytest.param(COUNCIL + _php('[{"id": "0", "tree', ": " + _tree(300) + '}]"') + "\n", id="on-its-line"),
    pytest.param(COUNCIL + _php('[{"id": "0", "title": "Aid\n arrives", "tree', ": " + _tree(300) + '}]"') + "\n",
                 id="across-lines"),
    pytest.param(COUNCIL + _php('[{"id": "0",\n"tree', ": " + _tree(300, "NaN") + '}, {"id": "1", "score": NaN}]"')
                 + "\n", id="non-finite"),
    pytest.param(COUNCIL + _php('[{"id": "0", "title": "Aid arrives"}, {"id": "1' + _cut_into(3000),
                                ": " + _tree(300) + '}]"') + "\n", id="dump-in-a-dump"),
    pytest.param(COUNCIL + _php('[{"id": "0"}, {"id": "1' + _cut_into(99),
                                ": [" + ", ".join(_tree(3, str(i)) for i in range(100)) + ']}]"') + "\n",
                 id="dump-in-a-dump-list"),
    pytest.param(COUNCIL + _php('[{"id": "0"}, {"id": "1' + _cut_into(7), ": " + _tree(300) + '}]"') + "\n" + COUNCIL,
                 id="prose-after"),
])
def test_the_rest_of_a_line_a_php_string_ends_in_is_its_data(page):
    once = _stable(page)
    assert '"k"' not in once
    assert once.count("The council approved") == page.count("The council approved")


@pytest.mark.parametrize(("page", "kept"), [
    ('Body one.\nstring(5) "hello" The army left the town on Monday.\n', "The army left the town on Monday."),
    ('Body one.\n[1, 2] Footnote: the figures are for 2019.\n', "[1, 2] Footnote: the figures are for 2019."),
    ('Body one.\nstring(5) "hello" 12:30\n', "12:30"),
])
def test_text_after_a_blob_on_its_line_stays(page, kept):
    assert kept in blobs(Document.from_text(page)).body()
