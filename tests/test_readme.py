"""The README speaks to a user of the library: what it takes, what it covers, how to install it from
the clone, and where the benchmark data comes from."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from newsclean import lexicon

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
FIRST_SCREEN = README[:README.index("## Two commands")]
LANGUAGES = {"en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian", "pt": "Portuguese",
             "ru": "Russian", "ja": "Japanese", "zh": "Chinese", "nl": "Dutch", "ar": "Arabic"}


@pytest.mark.parametrize("phrase", ["scraped text", "HTML", "`bytes`", "BeautifulSoup", "clean_many"])
def test_the_first_screen_names_the_inputs(phrase):
    assert phrase in FIRST_SCREEN


def _languages(table: dict) -> set[str]:
    """The language codes of a lexicon table, keyed by language or by reason then language."""
    return {code for key, value in table.items()
            for code in (_languages(value) if isinstance(value, dict) and len(key) > 2 else {key})}


def test_the_first_screen_names_every_language_of_the_lexicon():
    tables = [value for name, value in vars(lexicon).items() if name.isupper() and isinstance(value, dict)]
    codes = set().union(*map(_languages, tables))
    assert codes <= set(LANGUAGES), f"name the new language in LANGUAGES and the README: {codes - set(LANGUAGES)}"
    assert [LANGUAGES[c] for c in sorted(codes) if LANGUAGES[c] not in FIRST_SCREEN] == []


@pytest.mark.parametrize("pattern", [r"pip install newsclean\b", r"pip install 'newsclean\[",
                                     r"\.\./shared/DESIGN\.md"])
def test_nothing_a_user_cannot_follow(pattern):
    assert re.search(pattern, README) is None


@pytest.mark.parametrize("dataset", ["article-extraction-benchmark", "mozilla/readability", "L3S-GN1", "FA-KES"])
def test_the_benchmark_datasets_are_named(dataset):
    assert dataset in README


@pytest.mark.parametrize("script", ["quality.py", "speed.py", "instructions.py", "many.py"])
def test_benchmark_scripts_take_a_data_path(script):
    out = subprocess.run([sys.executable, str(ROOT / "benchmarks" / script), "--help"], capture_output=True,
                         text=True, timeout=60, cwd=ROOT)
    assert out.returncode == 0 and "--data" in out.stdout
