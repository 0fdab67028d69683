"""Italian (it): the words the steps read in Italian pages.

>>> LANGUAGE.code, LANGUAGE.name
('it', 'Italian')
"""

from __future__ import annotations

from .record import Language

__all__ = ["LANGUAGE"]

# Links to the site's previous and next article ("Next article"), also read as a navigation line.
_NEXT = (r"articolo (?:successivo|precedente)",)

# The copyright notice's words ("All rights reserved").
_RESERVED = "tutti i diritti riservati"

LANGUAGE = Language(
    "it", "Italian",
    months={"gennaio": 1, "febbraio": 2, "marzo": 3, "aprile": 4, "maggio": 5, "giugno": 6,
            "luglio": 7, "agosto": 8, "settembre": 9, "ottobre": 10, "novembre": 11, "dicembre": 12},
    weekdays=("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
    date_prefixes=("pubblicato", "pubblicato il", "data"),
    updated_prefixes=("aggiornato", "aggiornato il", "ultimo aggiornamento"),
    date_links=("il",),
    stopwords=frozenset("""a al alla anche che chi ci come con da dal dei del della di e ed gli ha ho
            i il in la le lo ma mi ne nel nella non o per più se si sono su tra un una uno""".split()),
    next_article=_NEXT,
    ad_marks=("pubblicità",),
    end_headings=(r"i più letti",),
    byline_prefixes=("di",),
    name_joins=("e",),
    name_particles=("di", "da", "del"),  # "Luca di Montezemolo", "Leonardo da Vinci"
    abbreviations=("sig", "sig.ra", "dott", "prof", "ing", "avv"),
    headline_classes=(r"titolo",),
    noise_lines={
        "share": (r"condividi(?: su .{1,20})?", r"stampa"),
        "newsletter": (
            r"newsletter", r".{0,40}\b(?:iscriviti|ricevi|nostra)\b.{0,40}newsletter.{0,40}", r"abbonati.{0,40}",
        ),
        "cookie": (r".{0,200}\bcookie\b.{0,200}\b(?:accetta|consenso)\b.{0,100}",),
        "copyright": (rf".{{0,120}}\b{_RESERVED}\b.{{0,120}}",),
        "photo_credit": (r"(?:foto|immagine)\s*:\s*.{1,60}",),
        "navigation": (r"vai al contenuto", r"torna su", r"pubblicità", r"cerca",
                       *(rf"\W{{0,3}}{p}\W{{0,3}}" for p in _NEXT)),
        "related_links": (r"(?:leggi anche(?: su)?|potrebbe interessarti)\s*:\s*.{1,150}",),  # "Leggi anche su: ..."
        "tags": (r"(?:tag|argomenti)\s*:\s*.{1,300}",),
    },
    noise_keywords=((r"newsletter", ("newsletter",)), (r"cookie", ("cookie",)), (_RESERVED, (_RESERVED,))),
    section_headings={
        "related_links": (r"(?:i più letti|articoli correlati|potrebbe interessarti)",),
        "comments": (r"(?:\d+ )?commenti", r"commenta"),
        "about": (r"sull'autore", r"chi siamo"),
        "tags": (r"tag|argomenti",),
    },
)
