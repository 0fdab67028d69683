"""Quality floors on the shared evaluation pages (when they are beside the repository).

The floors are the figures issue 3 asks for, measured with the yardstick's own code
(``../shared/eval/score.py``: bag-of-words body F1, title and date accuracy), so a change
that takes a set below what newsclean promises fails the suite. Skipped without ``../shared``.
"""

from __future__ import annotations

import collections
import importlib.util
from types import ModuleType

import pytest

from .conftest import SHARED, eval_cases

EVAL = SHARED / "eval"

# (body F1, title accuracy, date accuracy) floors per set; None where none is asked.
FLOORS: dict[str, tuple[float, float | None, float | None]] = {
    "scrapinghub_aeb/page": (0.90, None, None),
    "scrapinghub_aeb/container": (0.98, None, None),
    "readability_testpages/page": (0.88, 0.86, 0.85),  # title 86.3%: a draft's identifier is no headline (h16j)
    "readability_testpages/html": (0.955, 0.94, 0.98),
    # issue 16: the headline as the page prints it (L3S-GN1's gold), from HTML and from text
    # a <title> left open no longer swallows the page (7 bodies back); title 81.8%: a <meta name="title">
    # that copies the <title> is read as the <title> (h16j)
    "l3s_gn1/html": (0.93, 0.815, None),
    "l3s_gn1/page": (0.93, 0.81, None),  # 93.4: pages cut in their head read as HTML (h15i)
    "l3s_gn1/taglines": (0.935, 0.795, None),  # the deck under the headline (issue 16)
    "readability_testpages/container": (0.97, None, None),
    "seed/text": (0.99, 1.0, 1.0),
    # issue 15: the reference page folded to one line, and FA-KES's one-line articles, all
    # outlets pooled (the ALL row of score.py run on fakes.jsonl.gz alone)
    "seed/flat": (0.99, 1.0, 1.0),
    "fakes/ALL": (0.975, 0.90, 0.90),
    # issue 15: text cut at every tag (get_text("\\n")), with the join step in DEFAULT
    "readability_testpages/taglines": (0.915, 0.86, 0.93),  # title 86.3% (h16j)
    "scrapinghub_aeb/taglines": (0.93, None, None),  # 93.15: captions and box headings cut at their links (h15i)
    # issue 15: an article folded to one line, its headline at the start
    # (a credit or a byline between the headline and its date, a date in brackets, a press
    # release's dateline, a breadcrumb trail; furniture sentences that close a short article)
    # (h15k: a share bar, an author card, a pager, a caption around the headline; README "Text without
    # lines" says why the titles stop short of issue 15's 70% and 80%)
    # 96.4: 7 pages of HTML source read as HTML (h15i); title 70.8%: a byline under a headline that ends like a
    # sentence, a deck over the day, a label in capitals before a name opening the sentence (h15m)
    "l3s_gn1/flat": (0.96, 0.705, None),
    "readability_testpages/flat": (0.97, 0.31, None),  # most gold titles are not at the line's start
    # 97.6 (h15l): Japanese sentences and their related-articles box, ad markers, rules, tag lists, share
    # labels and next-article links run into a folded article stand apart, so the line filters remove them
    "scrapinghub_aeb/flat": (0.975, None, None),
    # issue 15: a whole page folded to one line (get_text(" ")): the article found inside it
    "scrapinghub_aeb/flatpage": (0.855, None, None),  # F1 85: issue 15's floor
    # issue 16: the headline read in the browser title that opens the line, where the page prints it again
    # F1 85: issue 15's floor; title 69.2%: a browser title run into the first paragraph, cut where the page
    # prints words again on either side (a heading the paragraph opens with, the title twice), a colon before a
    # lower-case word inside the headline, an initialism ending it, a copy right after the trail (h15m)
    "readability_testpages/flatpage": (0.865, 0.69, None),
    # F1 82: issue 15's floor. Title 0.56 on h15g: two pages whose lined title rules found the headline read
    # as pages once menus capitalise their function words (721afb1f, 97f71dae; h15g)
    # issue 16 (h16f, h16h): folded browser titles, decks after the copy; h16i: a Title Case headline confirmed by
    # the header under its copy, a headline printed twice in a row, markup swallowed into the title
    "l3s_gn1/flatpage": (0.86, 0.705, None),
    # issue 15: no lined set drops while the scraper text forms are worked on (page and html above)
    "l3s_gn1/container": (0.97, 0.76, None),
}
# Sets whose cases are scored pooled, whatever their variant (FA-KES's variant is the outlet).
POOLED = ("fakes",)


def _score_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("newsclean_eval_score", EVAL / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def summaries() -> dict[str, dict]:
    if not (EVAL / "score.py").exists() or not list((EVAL / "data").glob("*.jsonl*")):
        pytest.skip("../shared/eval is not beside the repo")
    score = _score_module()
    from newsclean import clean

    groups: dict[str, list] = collections.defaultdict(list)
    for case in eval_cases():
        source = case.get("source")
        name = f"{source}/ALL" if source in POOLED else f"{source}/{case.get('variant')}"
        if name in FLOORS:
            groups[name].append(score.run_case(clean, case))
    return {name: score.summarize(rows) for name, rows in groups.items()}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_quality_floor(summaries: dict[str, dict], name: str) -> None:
    if name not in summaries:
        pytest.skip(f"no {name} cases in ../shared/eval/data")
    s = summaries[name]
    f1, title, date = FLOORS[name]
    assert s["errors"] == 0, f"{name}: {s['errors']} cases raised"
    assert s["f1"] >= f1, f"{name}: body F1 {100 * s['f1']:.2f} < {100 * f1:.0f}"
    if title is not None and s["title_acc"] is not None:
        assert s["title_acc"] >= title, f"{name}: title {100 * s['title_acc']:.1f}% < {100 * title:.0f}%"
    if date is not None and s["date_acc"] is not None:
        assert s["date_acc"] >= date, f"{name}: date {100 * s['date_acc']:.1f}% < {100 * date:.0f}%"
