"""The segment step reads a page without its whole lines of leaked data (issue 13, found by the
fuzz target test_real_pages_made_hostile): a page folded to a few lines by its scraper, with a
related-articles dump on a line of its own among them, was read as ending at the dump; the
blobs step removed it, and a second cleaning read the whole page and cut it differently."""

from __future__ import annotations

import pytest

from newsclean import clean
from newsclean.document import Document
from newsclean.filters.segment import segment
from newsclean.layout import dataview
from newsclean.layout.dataview import DataView, data_lines

_MENU = " ".join(["Home News Sport Weather Business Politics Travel Culture Jobs Cars"] * 4)
_STORY = ["The harbour council voted on Tuesday to rebuild the old pier.",
          "Storms damaged the pier in February and closed it to anglers.",
          "The work will cost about two million pounds, engineers said.",
          "Most of the money will come from a regional fund for coasts.",
          "Fishermen said the decision came late but was welcome to them.",
          "The chair of the fishing association said they had waited two winters.",
          "Work on the new deck is due to start in the spring next year.",
          "The council will hold a public meeting on the plans next month.",
          "Residents can send their views to the council until the end of May.",
          "A report on the cost of the repairs will be published in June."]
_ITEMS = ", ".join(f'{{"id": "{i}", "title": "Aid arrives in the north", "url": "/a/{i}"}}' for i in range(6))
_BLOBS = [f'string({len(_ITEMS) + 2}) "[{_ITEMS}]"', f"var related = [{_ITEMS}];", f"[{_ITEMS}]",
          f'window.__DATA__ = {{"items": [{_ITEMS}]}};', '[{"id": "0", "title": "Aid arrives", "url": "/a/0"}]']


@pytest.mark.parametrize("blob", _BLOBS)
@pytest.mark.parametrize("at", [0, 3, 7, 10])
def test_a_folded_page_reads_the_same_without_its_data_lines(blob, at):
    head = f"{_MENU} Harbour Council Votes to Rebuild the Old Pier"
    units = [head, *_STORY, f"Copyright Harbour Gazette {_MENU}"]
    page = " ".join(units[:at + 1]) + f"\n{blob}\n" + " ".join(units[at + 1:])
    plain = " ".join(units[:at + 1]) + "\n" + " ".join(units[at + 1:])
    cut = segment(Document.from_text(page)).text
    assert cut.replace(f"\n{blob}\n", "\n") == segment(Document.from_text(plain)).text
    once = clean(page).text
    assert clean(once).text == once


@pytest.mark.parametrize(("text", "lines"), [
    ('A\nstring(3) "abc"\nB', ['string(3) "abc"\n']),
    ('A\n  var x = [{"a": 1}];\nB\n{"title": "x"}', ['  var x = [{"a": 1}];\n', '{"title": "x"}']),
    ('A\n[{"id": 1}]\n[{"id": 2}]\nB', ['[{"id": 1}]\n', '[{"id": 2}]\n']),
    # data inside a line of prose, a JSON key on a line, a list of numbers: no whole line of data
    ('The list [{"id": 1}] is here.\n"headline": "x",\n[1, 2, 3]', []),
])
def test_data_lines(text, lines):
    assert [text[a:b] for a, b in data_lines(text)] == lines


@pytest.mark.parametrize("text", ['A b c\nvar x = [{"a": 1}];\nD e f\n[{"id": 2}]', "No data here.\nNone.",
                                  '[{"id": 1}]\nFirst.\nstring(1) "x"\nstring(1) "y"\nLast.'])
def test_a_view_maps_its_offsets_back(text):
    view = DataView.of(text)
    assert all(view.view(view.source(i)) == i for i in range(len(view.text) + 1))
    assert "".join(text[a:b] for a, b in view.spans(0, len(view.text))) == view.text


def _every_line_matched(text):
    """``data_lines`` without its first-character test: the pattern tried on every line."""
    out, pos = [], 0
    for line in text.split("\n"):
        end = pos + len(line)
        if dataview._DATA_OPENS.match(text, pos, end) is not None:
            out.append((pos, min(end + 1, len(text))))
        pos = end + 1
    return out


@pytest.mark.parametrize("text", [
    'string(3) "abc"\narray(2) {\n\t[{ "id": 1}]\n{"k": 1}\nlet a = {\nconst b = [\nwindow.x.y = {',
    ' \t var x = [1]\nvar\n[ {"a"\nvar x\n= [\n\u00a0var x = [\n\u2003[{"a"\nſtring(3) "x"\nStrinG(3) "x"',
    "Home\n\u00abvar x = [\n\u2028var x = [\n\rvar x = [\n\x0bvar x = [\n\n",
])
def test_data_lines_tries_the_pattern_only_where_it_may_match(text):
    """Lines opening with a character no match starts with (no-break and other spaces, marks,
    a long s) are passed over: the same lines as the pattern tried on every line."""
    assert data_lines(text) == _every_line_matched(text)
    assert "".join(c for c in map(chr, range(0x3000)) if dataview._OPENING[c]) == "\t [aclsvw{"
