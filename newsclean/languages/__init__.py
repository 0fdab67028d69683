"""Every language's words, one module a language, and the registry the steps read them from.

Each module (``en.py``, ``de.py``, ...) fills in one :class:`~newsclean.languages.record.Language`
record: months and relative dates, bylines and name particles, wire credits, page furniture
(share bars, copyright, cookie banners), closing headings. :data:`LANGUAGES` registers them; the
steps read the union of every registered language's words (no step is told a page's language)
through :mod:`newsclean.lexicon`, which builds that merged view once, at import.

Adding a language is adding its module here and its record to :data:`LANGUAGES`.

>>> [language.code for language in LANGUAGES][:3]
['en', 'de', 'fr']
>>> by_code("de").months["märz"]
3
"""

from __future__ import annotations

from . import ar, de, en, es, fr, it, ja, nl, pt, ru, zh
from .agencies import AGENCIES, DATELINE_AGENCIES, PHOTO_AGENCIES, REGIONAL_AGENCIES
from .record import KINDS, Language, counts

__all__ = ["AGENCIES", "DATELINE_AGENCIES", "KINDS", "LANGUAGES", "PHOTO_AGENCIES", "REGIONAL_AGENCIES", "Language",
           "by_code", "counts"]

# The registered languages, in the order their words are read (English first, as the steps always had).
LANGUAGES: tuple[Language, ...] = (en.LANGUAGE, de.LANGUAGE, fr.LANGUAGE, es.LANGUAGE, it.LANGUAGE, pt.LANGUAGE,
                                   ru.LANGUAGE, ja.LANGUAGE, zh.LANGUAGE, nl.LANGUAGE, ar.LANGUAGE)


def by_code(code: str) -> Language:
    """The registered language of an ISO 639-1 code; ``KeyError`` if none is."""
    for language in LANGUAGES:
        if language.code == code:
            return language
    raise KeyError(code)
