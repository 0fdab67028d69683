"""The record one language fills in: every word list the steps read, by kind.

Every field is optional: a language gives the kinds it has words for, and the steps read the
union of every registered language's entries (see :mod:`newsclean.languages`). Words are lower
case; the fields documented as *patterns* hold regex alternatives, matched with the case ignored.

>>> tiny = Language("xx", "Example", months={"primo": 1}, byline_prefixes=("da",))
>>> tiny.months["primo"], tiny.weekdays, counts(tiny)["byline_prefixes"]
(1, (), 1)
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields

__all__ = ["KINDS", "Language", "counts"]


@dataclass(frozen=True)
class Language:
    """One language's words. ``code`` is its ISO 639-1 code ("de"), ``name`` its English name."""

    code: str
    name: str
    # -- dates ---------------------------------------------------------------------------------
    months: Mapping[str, int] = field(default_factory=dict)
    """Month names and their abbreviations, with the month's number: ``{"märz": 3}``."""
    weekdays: tuple[str, ...] = ()
    """Weekday names and their abbreviations: ``("montag", ...)``."""
    date_prefixes: tuple[str, ...] = ()
    """Words that introduce a publication date on a line of its own: "Published: 21/03/2016"."""
    updated_prefixes: tuple[str, ...] = ()
    """Words that introduce a modification date: "Updated 5:02 PM ET"."""
    date_links: tuple[str, ...] = ()
    """A word between such a prefix and its date: "Published on", "Veröffentlicht am"."""
    day_links: tuple[str, ...] = ()
    """A word between a day and its month ("21 of March", "21 de marzo") or a month and its year."""
    time_links: tuple[str, ...] = ()
    """A word between a date and its time: "March 21, 2016 at 10:02", "21. März 2016 um 10:02"."""
    ordinal_suffixes: tuple[str, ...] = ()
    """Endings written after a day's number: "March 21st", "the 3rd of May"."""
    relative_dates: tuple[str, ...] = ()
    """Patterns of a date told from now: "3 hours ago", "32M ago"."""
    relative_units: tuple[str, ...] = ()
    """Units of time a relative date may name before its last one: "2 hours, 23 minutes ago"."""
    # -- words and sentences -----------------------------------------------------------------------
    stopwords: frozenset[str] = frozenset()
    """The language's commonest function words: their share tells prose from a list."""
    abbreviations: tuple[str, ...] = ()
    """Words written with a full stop that does not end a sentence ("Mr. Assad", "Jan. 5"), without it."""
    stem_endings: tuple[str, ...] = ()
    """Patterns of the endings a crude stem drops ("attacks", "killing" -> "attac", "kill")."""
    # -- headlines ----------------------------------------------------------------------------------
    small_words: tuple[str, ...] = ()
    """Words a Title Case headline keeps in lower case: "Six Killed in Aleppo as Evacuation of Towns Resumes"."""
    articles: tuple[str, ...] = ()
    """The articles that open a sentence or a headline ("The army said ..."), lower case."""
    headline_sources: tuple[str, ...] = ()
    """Patterns of the source a wire headline names at its end: "Strike kills 15 in Idlib: monitor"."""
    headline_classes: tuple[str, ...] = ()
    """Patterns of the class or id names that mark a page's headline element: "headline", "titolo"."""
    # -- bylines and author names -------------------------------------------------------------------
    byline_prefixes: tuple[str, ...] = ()
    """Words that open a byline: "By Jane Doe", "Von Max Muster"."""
    name_joins: tuple[str, ...] = ()
    """Words that join two author names: "Jane Doe and John Roe", "Max Muster und Erika Muster"."""
    name_particles: tuple[str, ...] = ()
    """Lower-case words inside a person's name: "Ursula von der Leyen", "Gabriel García de la Torre"."""
    author_roles: tuple[str, ...] = ()
    """A staff role written beside an author's name ("Jane Doe | Staff writer"): not a name itself."""
    desks: tuple[str, ...] = ()
    """A word that credits a desk, not a person ("Eagle Washington Bureau", "Metro Desk"): no name holds it,
    but it is no role after a name either ("New Delhi, News Nation Bureau" names a place)."""
    not_names: tuple[str, ...] = ()
    """Capitalised words that open no name after a byline word: "By Monday", "Email the author"."""
    # -- wire services ------------------------------------------------------------------------------
    wire_credits: tuple[str, ...] = ()
    """Patterns of the words that open a wire story's credit line: "Reporting by", "Editing by"."""
    wire_contributions: tuple[str, ...] = ()
    """Patterns of what follows a reporter's name in a contribution line: "contributed reporting"."""
    # -- page furniture -----------------------------------------------------------------------------
    noise_lines: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    """Per removal reason ("share", "cookie", "copyright", ...), patterns of lines that are never the
    article's text (a whole line matches, so "Share" goes and "Share prices fell." stays)."""
    credit_labels: tuple[str, ...] = ()
    """The labels a picture's credit opens with, capitalised as printed: "Credit: EPA", "Photo: AP"."""
    agency_photo_labels: tuple[str, ...] = ()
    """The word a picture agency's credit puts after its name, capitalised as printed: "(AP Photo/Jane Doe)"."""
    counter_labels: tuple[str, ...] = ()
    """Words a gallery's slide counter opens with: "Image 2 of 5", "Slide 3/10"."""
    counter_links: tuple[str, ...] = ()
    """The word between a slide's number and the count: "Image 2 of 5"."""
    caption_toggles: tuple[str, ...] = ()
    """The link a caption prints after its last sentence to fold or unfold it: "... nation. less"."""
    gallery_exits: tuple[str, ...] = ()
    """The link that closes a gallery after its last slide's counter: "1 / 8 Back to Gallery"."""
    caption_marks: tuple[str, ...] = ()
    """Patterns of what only a picture's caption writes: where a person stands in the picture
    (", left, and ..."), "seen in this photo"."""
    publication_words: tuple[str, ...] = ()
    """The word a newspaper's name ends with, capitalised as printed: "Kansas City Business Journal"
    (a page prints its name under the headline, as a credit)."""
    pager_links: tuple[str, ...] = ()
    """The words of a gallery's or a blog's pager, capitalised as printed, which arrows flank: "« Previous",
    "Next »"."""
    author_buttons: tuple[str, ...] = ()
    """The button an author's card prints right after the author's name, capitalised as printed:
    "Jane Doe Follow"."""
    place_openings: tuple[str, ...] = ()
    """Words that open a place's name of two words, capitalised as printed: "New York", "San Diego", "St. Louis"
    (a dateline names one: "San Diego, Calif. (AP) -")."""
    noise_keywords: tuple[tuple[str, tuple[str, ...]], ...] = ()
    """For the ``noise_lines`` patterns that may open with any text (``.{0,120}\\ball rights reserved``):
    a keyword pattern each holds, with the lower-case strings one of which any match of it holds."""
    section_headings: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    """Per removal reason, patterns of headings that open a section which is not the article:
    "Most Read", "27 Comments", "About the author"."""
    end_headings: tuple[str, ...] = ()
    """Patterns of related-links headings that close the article: nothing below them is its text."""
    next_article: tuple[str, ...] = ()
    """Patterns of the links to the site's previous and next article: "Next article"."""
    ad_marks: tuple[str, ...] = ()
    """The one word, in lower case, that marks an advertisement's slot between two paragraphs
    ("advertisement"): a folded article runs it into the sentence after it."""
    share_labels: tuple[str, ...] = ()
    """Patterns of a share button's label that names its network, which no sentence prints
    capitalised mid-line: "Share this on WhatsApp", "Share via Email"."""


KINDS: tuple[str, ...] = tuple(f.name for f in fields(Language) if f.name not in ("code", "name"))


def counts(language: Language) -> dict[str, int]:
    """The number of entries of each kind (a per-reason table counts every reason's entries).

    >>> example = Language("xx", "Example", noise_lines={"share": ("teilen", "drucken"), "cookie": ("kekse",)})
    >>> counts(example)["noise_lines"], counts(example)["months"]
    (3, 0)
    """
    out: dict[str, int] = {}
    for kind in KINDS:
        value = getattr(language, kind)
        if isinstance(value, Mapping) and value and isinstance(next(iter(value.values())), tuple):
            out[kind] = sum(len(v) for v in value.values())
        else:
            out[kind] = len(value)
    return out
