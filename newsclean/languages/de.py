"""German (de): the words the steps read in German pages.

>>> LANGUAGE.code, LANGUAGE.name
('de', 'German')
"""

from __future__ import annotations

from .record import Language

__all__ = ["LANGUAGE"]

# Links to the site's previous and next article ("Next article"), also read as a navigation line.
_NEXT = (r"(?:nächster|vorheriger|voriger) (?:artikel|beitrag)",)

# The copyright notice's words ("All rights reserved").
_RESERVED = "alle rechte vorbehalten"

LANGUAGE = Language(
    "de", "German",
    months={"januar": 1, "jänner": 1, "februar": 2, "märz": 3, "april": 4, "mai": 5, "juni": 6,
            "juli": 7, "august": 8, "september": 9, "oktober": 10, "november": 11, "dezember": 12},
    weekdays=("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"),
    date_prefixes=("veröffentlicht", "veröffentlicht am", "datum", "erstellt"),
    updated_prefixes=("aktualisiert", "aktualisiert am", "zuletzt aktualisiert"),
    date_links=("am",),
    time_links=("um",),
    stopwords=frozenset("""aber als am an auch auf aus bei bin bis da dann das dass dem den der des
            die doch dort du durch ein eine einem einen einer eines er es für hat hatte ich ihr im in
            ist ja kann mit nach nicht noch nur oder sich sie sind so über um und uns von vor war
            was wenn werden wie wir wird zu zum zur""".split()),
    next_article=_NEXT,
    ad_marks=("anzeige", "werbung"),
    end_headings=(r"meistgelesen", r"das könnte sie auch interessieren", r"mehr aus .{1,40}"),
    byline_prefixes=("von", "autor", "autorin"),
    name_joins=("und",),
    name_particles=("von", "der", "den"),  # "Ursula von der Leyen"
    abbreviations=("z.b", "bzw", "ca", "dr", "nr", "str", "usw", "vgl"),
    headline_classes=(r"titel",),
    noise_lines={
        "share": (r"teilen", r"artikel teilen", r"drucken", r"per e-mail (?:senden|teilen)"),
        "newsletter": (r"newsletter", r".{0,40}\b(?:abonnieren|anmelden|unser|kostenlos)\b.{0,40}newsletter.{0,40}",
                       r"jetzt abonnieren"),
        "cookie": (r".{0,200}\bcookies\b.{0,200}\b(?:akzeptieren|zustimmen|einverstanden)\b.{0,100}",),
        "copyright": (rf".{{0,120}}\b{_RESERVED}\b.{{0,120}}",),
        "photo_credit": (r"(?:foto|bild|fotos)\s*:\s*.{1,60}",),
        "navigation": (r"zum inhalt springen", r"nach oben", r"anzeige", r"werbung", r"menü", r"suche",
                       *(rf"\W{{0,3}}{p}\W{{0,3}}" for p in _NEXT)),
        "related_links": (r"(?:mehr zum thema|lesen sie auch|auch interessant)\s*:\s*.{1,150}",),
        "tags": (r"(?:schlagwörter|themen|stichworte)\s*:\s*.{1,300}",),
    },
    noise_keywords=((r"newsletter", ("newsletter",)), (r"cookie", ("cookie",)), (_RESERVED, (_RESERVED,))),
    section_headings={
        "related_links": (r"(?:mehr|weitere) (?:zum thema|artikel|nachrichten)", r"meistgelesen",
                          r"das könnte sie auch interessieren"),
        "comments": (r"(?:\d+ )?kommentare?", r"kommentieren"),
        # "Über Max Muster": a German heading names a person (two words at least), as its nouns are
        # capitalised too ("Über Geld")
        "about": (r"über (?:den autor|die autorin|uns|mich)", r"über(?-i: \p{Lu}[\w.'’-]*){2,3}"),
        "tags": (r"schlagwörter|themen",),
    },
)
