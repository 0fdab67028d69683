"""The README's table of languages is the lexicon's, and every table of the lexicon is counted."""

from __future__ import annotations

from newsclean import lexicon

from .conftest import ROOT


def test_the_readme_table_is_the_lexicons():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    table = text.split("<!-- languages -->\n", 1)[1].split("\n<!-- /languages -->", 1)[0]
    assert table == lexicon.languages_table()


def test_coverage_counts_every_per_language_table():
    per_language = {name for name in lexicon.__all__ if name.isupper() and isinstance(getattr(lexicon, name), dict)}
    assert per_language == set(lexicon.coverage()["en"])
