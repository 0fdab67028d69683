"""The words of every registered language, merged: what the steps read.

The words themselves live in :mod:`newsclean.languages`, one module per language; this module
joins them into one table per kind, keyed by language code (or by removal reason, then language
code), once, at import. The filters read the union of every language's entries (no step is told a
page's language). :func:`languages_table` counts each language's entries per kind (the README's
table of languages).

>>> MONTHS["de"]["märz"], "von" in BYLINE_PREFIXES["de"]
(3, True)
>>> list(NOISE_LINES)[:3]
['share', 'newsletter', 'cookie']
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from .languages import (
    AGENCIES,
    DATELINE_AGENCIES,
    KINDS,
    LANGUAGES,
    PHOTO_AGENCIES,
    REGIONAL_AGENCIES,
    Language,
    counts,
)

__all__ = ["ABBREVIATIONS", "AD_MARKS", "AGENCIES", "AGENCY_PHOTO_LABELS", "ARTICLES", "AUTHOR_BUTTONS", "AUTHOR_ROLES",
           "BYLINE_PREFIXES",
           "CAPTION_MARKS", "CAPTION_TOGGLES", "COUNTER_LABELS", "COUNTER_LINKS", "CREDIT_LABELS", "DATELINE_AGENCIES",
           "DATE_LINKS", "DATE_PREFIXES",
           "DAY_LINKS", "DESKS", "END_HEADINGS", "GALLERY_EXITS", "HEADLINE_CLASSES", "HEADLINE_SOURCES", "MONTHS",
           "NAME_JOINS", "NAME_PARTICLES", "NEXT_ARTICLE", "NOISE_KEYWORDS", "NOISE_LINES", "NOT_NAMES",
           "ORDINAL_SUFFIXES", "PAGER_LINKS", "PHOTO_AGENCIES", "PLACE_OPENINGS", "PUBLICATION_WORDS",
           "REGIONAL_AGENCIES", "RELATIVE_DATES", "RELATIVE_UNITS",
           "SECTION_HEADINGS", "SHARE_LABELS", "SMALL_WORDS",
           "STEM_ENDINGS", "STOPWORDS", "TIME_LINKS", "UPDATED_PREFIXES", "WEEKDAYS",
           "WIRE_CONTRIBUTIONS", "WIRE_CREDITS", "all_of", "languages_table", "merged"]


def merged(kind: str, languages: Iterable[Language] = LANGUAGES) -> dict[str, object]:
    """One kind's entries, keyed by language code, for the languages that have any (in their order).

    >>> merged("byline_prefixes")["fr"]
    ('par',)
    """
    return {language.code: value for language in languages if (value := getattr(language, kind))}


def _by_reason(kind: str) -> dict[str, dict[str, tuple[str, ...]]]:
    """A per-reason kind's entries, keyed by reason (in the order the languages first name them), then language."""
    out: dict[str, dict[str, tuple[str, ...]]] = {}
    for language in LANGUAGES:
        for reason, patterns in getattr(language, kind).items():
            out.setdefault(reason, {})[language.code] = patterns
    return out


def _words(kind: str) -> dict[str, tuple[str, ...]]:
    return merged(kind)  # type: ignore[return-value]


MONTHS: dict[str, Mapping[str, int]] = merged("months")  # type: ignore[assignment]
WEEKDAYS = _words("weekdays")
DATE_PREFIXES = _words("date_prefixes")
UPDATED_PREFIXES = _words("updated_prefixes")
DATE_LINKS = _words("date_links")
DAY_LINKS = _words("day_links")
TIME_LINKS = _words("time_links")
RELATIVE_DATES = _words("relative_dates")
RELATIVE_UNITS = _words("relative_units")
ORDINAL_SUFFIXES = _words("ordinal_suffixes")
STOPWORDS: dict[str, frozenset[str]] = merged("stopwords")  # type: ignore[assignment]
ABBREVIATIONS = _words("abbreviations")
STEM_ENDINGS = _words("stem_endings")
SMALL_WORDS = _words("small_words")
ARTICLES = _words("articles")
HEADLINE_SOURCES = _words("headline_sources")
HEADLINE_CLASSES = _words("headline_classes")
BYLINE_PREFIXES = _words("byline_prefixes")
NAME_JOINS = _words("name_joins")
NAME_PARTICLES = _words("name_particles")
AUTHOR_ROLES = _words("author_roles")
AUTHOR_BUTTONS = _words("author_buttons")
DESKS = _words("desks")
NOT_NAMES = _words("not_names")
WIRE_CREDITS = _words("wire_credits")
WIRE_CONTRIBUTIONS = _words("wire_contributions")
NOISE_LINES = _by_reason("noise_lines")
CREDIT_LABELS = _words("credit_labels")
AGENCY_PHOTO_LABELS = _words("agency_photo_labels")
COUNTER_LABELS = _words("counter_labels")
COUNTER_LINKS = _words("counter_links")
CAPTION_TOGGLES = _words("caption_toggles")
GALLERY_EXITS = _words("gallery_exits")
CAPTION_MARKS = _words("caption_marks")
PAGER_LINKS = _words("pager_links")
PUBLICATION_WORDS = _words("publication_words")
PLACE_OPENINGS = _words("place_openings")
NOISE_KEYWORDS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = merged("noise_keywords")  # type: ignore[assignment]
SECTION_HEADINGS = _by_reason("section_headings")
END_HEADINGS = _words("end_headings")
NEXT_ARTICLE = _words("next_article")
AD_MARKS = _words("ad_marks")
SHARE_LABELS = _words("share_labels")


def all_of(table: Mapping[str, Iterable[str]]) -> list[str]:
    """Every word of a per-language table, longest first (so regex alternations match greedily).

    >>> all_of({"en": ("may", "mayday")})[:1]
    ['mayday']
    """
    words: set[str] = set()
    for entry in table.values():
        words.update(entry)
    return sorted(words, key=lambda w: (-len(w), w))


def languages_table() -> str:
    """The README's table of languages: per kind of word list, how many entries each language has.

    >>> print(languages_table().splitlines()[2][:30])
    | months | 24 | 13 | 15 | 13 |
    """
    rows = ["| kind | " + " | ".join(language.code for language in LANGUAGES) + " |",
            "|---|" + "---|" * len(LANGUAGES)]
    per_language = [counts(language) for language in LANGUAGES]
    for kind in KINDS:
        rows.append(f"| {kind} | " + " | ".join(str(c[kind]) if c[kind] else "·" for c in per_language) + " |")
    return "\n".join(rows)
