"""One module per language (``newsclean/languages/``): the README's table counts their entries, every
language's words reach the steps, and adding a language is adding one file and registering it."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
import subprocess
import sys
import textwrap

import pytest

from newsclean import clean, lexicon
from newsclean.dates import date_line, parse_date
from newsclean.document import Document
from newsclean.filters.byline import byline
from newsclean.html.metadata import clean_authors
from newsclean.languages import KINDS, LANGUAGES, Language, by_code, counts
from newsclean.names import byline_names

from .conftest import ROOT

LANGUAGE_DIR = ROOT / "newsclean" / "languages"
PROSE = "The council met on Monday and agreed on the budget for the coming year after a long debate."


def test_the_readme_table_is_the_languages_count():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    table = text.split("<!-- languages -->\n", 1)[1].split("\n<!-- /languages -->", 1)[0]
    assert table == lexicon.languages_table()


def test_every_kind_is_counted_and_merged():
    assert set(KINDS) == {f.name for f in dataclasses.fields(Language)} - {"code", "name"}
    merged = {name.lower() for name in lexicon.__all__ if name.isupper()}
    assert set(KINDS) <= merged, set(KINDS) - merged
    assert all(set(counts(language)) == set(KINDS) for language in LANGUAGES)


def test_every_module_is_one_registered_language():
    modules = {p.stem for p in LANGUAGE_DIR.glob("*.py")} - {"__init__", "record", "agencies"}
    assert sorted(language.code for language in LANGUAGES) == sorted(modules)
    assert all(sum(counts(language).values()) > 0 for language in LANGUAGES)


def test_the_merged_view_holds_every_languages_words():
    for language in LANGUAGES:
        for kind in KINDS:
            if getattr(language, kind) and kind not in ("noise_lines", "section_headings"):
                assert getattr(lexicon, kind.upper())[language.code] == getattr(language, kind)
        for reason, patterns in language.noise_lines.items():
            assert lexicon.NOISE_LINES[reason][language.code] == patterns


# Lines in each language that its words make the steps read: (language, line, what the steps make of it).
DATES = [
    ("en", "Published on March 21, 2016 at 10:02", dt.datetime(2016, 3, 21, 10, 2)),
    ("de", "Veröffentlicht am 21. März 2016 um 10:02", dt.datetime(2016, 3, 21, 10, 2)),
    ("fr", "Publié le 21 mars 2016 à 10:02", dt.datetime(2016, 3, 21, 10, 2)),
    ("es", "Publicado el 21 de marzo de 2016", dt.datetime(2016, 3, 21)),
    ("it", "Pubblicato il 21 marzo 2016", dt.datetime(2016, 3, 21)),
]


@pytest.mark.parametrize(("code", "line", "when"), DATES)
def test_each_languages_date_words_read_a_date_line(code, line, when):
    assert by_code(code).months
    found = date_line(line)
    assert found is not None and found.value == when


BYLINES = [
    ("en", "By Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
    ("de", "Von Ursula von der Leyen und Max Muster", ["Ursula von der Leyen", "Max Muster"]),
    ("fr", "Par Charles de Gaulle et Anne Martin", ["Charles de Gaulle", "Anne Martin"]),
    ("es", "Por Gabriel García de la Torre, Ana Lima", ["Gabriel García de la Torre", "Ana Lima"]),
    ("it", "Di Luca di Montezemolo e Anna Rossi", ["Luca di Montezemolo", "Anna Rossi"]),
    ("nl", "Door Frans van der Berg", ["Frans van der Berg"]),
    ("ar", "By Mohammed bin Salman", ["Mohammed bin Salman"]),
]


@pytest.mark.parametrize(("code", "line", "names"), BYLINES)
def test_each_languages_byline_words_read_the_names(code, line, names):
    assert by_code(code).byline_prefixes or by_code(code).name_particles
    assert byline_names(line) == names


FURNITURE = [
    ("en", "Share this article", "share"),
    ("de", "Alle Rechte vorbehalten.", "copyright"),
    ("fr", "Lire aussi : Le budget adopté", "related_links"),
    ("es", "Todos los derechos reservados", "copyright"),
    ("it", "Condividi su Facebook", "share"),
    ("pt", "Leia também: O orçamento", "related_links"),
    ("ru", "Фото: ТАСС", "photo_credit"),
]


@pytest.mark.parametrize(("code", "line", "reason"), FURNITURE)
def test_each_languages_furniture_is_removed(code, line, reason):
    assert by_code(code).noise_lines
    result = clean(f"{PROSE}\n{PROSE.replace('Monday', 'Tuesday')}\n{line}")
    assert [(r.text, r.reason) for r in result.removed] == [(line, reason)]


def test_a_wire_credit_and_a_relative_date_are_english_words():
    assert clean(f"{PROSE}\n(Reporting by Jane Doe; Editing by John Roe)").text == PROSE
    assert date_line("Updated 3 hours ago") is not None and by_code("en").relative_dates


# A made-up language, added the documented way: one file in newsclean/languages, registered in its __init__.
EXTRA = '''
"""Example (xx): a made-up language for the test.

>>> LANGUAGE.code
'xx'
"""

from __future__ import annotations

from .record import Language

__all__ = ["LANGUAGE"]

LANGUAGE = Language(
    "xx", "Example",
    months={"frostmoon": 1},
    byline_prefixes=("scribed by",),
    noise_lines={"share": (r"spread the scroll",)},
)
'''
PROBE = f'''
from newsclean import clean
from newsclean.dates import parse_date
from newsclean.names import byline_names
result = clean({PROSE!r} + "\\n" + {PROSE!r}.replace("Monday", "Tuesday") + "\\nSpread the scroll")
print(parse_date("3 frostmoon 2020").value.date(), byline_names("Scribed by Jane Doe"),
      [(r.text, r.reason) for r in result.removed])
'''


def test_adding_a_language_is_adding_one_file_and_registering_it(tmp_path):
    package = tmp_path / "newsclean"
    shutil.copytree(ROOT / "newsclean", package, ignore=shutil.ignore_patterns("__pycache__"))
    (package / "languages" / "xx.py").write_text(textwrap.dedent(EXTRA).lstrip(), encoding="utf-8")
    init = package / "languages" / "__init__.py"
    source = init.read_text(encoding="utf-8")
    registered = source.replace("from . import ar,", "from . import xx, ar,").replace(
        "ar.LANGUAGE)", "ar.LANGUAGE, xx.LANGUAGE)")
    assert registered.count("xx") == 2, "the registry's imports or its LANGUAGES tuple changed shape"
    init.write_text(registered, encoding="utf-8")
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120, cwd=tmp_path,
                         env={"PYTHONPATH": str(tmp_path), "PATH": ""})
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "2020-01-03 ['Jane Doe'] [('Spread the scroll', 'share')]"
    # without it, none of its words is read
    assert parse_date("3 frostmoon 2020") is None and byline_names("Scribed by Jane Doe") is None
    removed = clean(f"{PROSE}\n{PROSE.replace('Monday', 'Tuesday')}\nSpread the scroll").removed
    assert [r.reason for r in removed] == ["boilerplate"]  # a short last line, but not a share bar


# One list of author words (byline words, roles, desks, joins, particles), read by the byline step and by the
# HTML reader's author field alike: (a byline line, the names the byline step takes, what the reader keeps
# of the same words in a meta tag).
AUTHOR_WORDS = [
    ("By Evan Lehmann, Eagle Washington Bureau", ["Evan Lehmann"], ["Evan Lehmann"]),   # a desk is no name
    ("Jane Doe, Staff Journalist", ["Jane Doe"], ["Jane Doe"]),                         # a role is no name
    ("Par Jean Dupont et Anne Martin", ["Jean Dupont", "Anne Martin"], ["Jean Dupont", "Anne Martin"]),
    ("Door Frans van der Berg", ["Frans van der Berg"], ["Frans van der Berg"]),
    ("By Lars von Trier", ["Lars von Trier"], ["Lars von Trier"]),
]


@pytest.mark.parametrize(("line", "names", "authors"), AUTHOR_WORDS)
def test_the_byline_step_and_the_html_reader_read_the_same_author_words(line, names, authors):
    assert byline_names(line) == names
    assert clean_authors(line) == authors


@pytest.mark.parametrize("value", ["Angel Di Maria", "Ursula von der Leyen"])
def test_the_html_reader_takes_no_name_particle_for_a_byline_word(value):
    assert clean_authors(value) == [value]


@pytest.mark.parametrize("value", ["Contributors to Wikimedia projects", "Eagle Washington Bureau"])
def test_the_html_reader_drops_a_credit_that_names_no_person(value):
    assert clean_authors(value) == []


def test_a_desk_is_no_role_after_a_name():
    assert byline_names("New Delhi, News Nation Bureau") is None  # a place and a desk: no author


def test_a_byline_word_on_a_line_of_its_own_takes_the_names_below():
    doc = byline(Document.from_text("Author\nJane Doe\nThe council met on Monday."))
    assert (doc.metadata["authors"], doc.body()) == (["Jane Doe"], "The council met on Monday.")
