"""Vocabulary tables, one entry per language, kept apart from the code that uses them.

Add a language by adding its words here; the filters read the union (or the language the
caller names). Each table is plain data: lower-case words.
"""

from __future__ import annotations

__all__ = ["DATE_PREFIXES", "MONTHS", "STOPWORDS", "UPDATED_PREFIXES", "WEEKDAYS", "all_of"]

MONTHS: dict[str, dict[str, int]] = {
    "en": {"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
           "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
           "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
           "sept": 9, "oct": 10, "nov": 11, "dec": 12},
    "de": {"januar": 1, "jänner": 1, "februar": 2, "märz": 3, "april": 4, "mai": 5, "juni": 6,
           "juli": 7, "august": 8, "september": 9, "oktober": 10, "november": 11, "dezember": 12},
    "fr": {"janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
           "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
           "décembre": 12, "decembre": 12},
    "es": {"enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
           "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11,
           "diciembre": 12},
    "it": {"gennaio": 1, "febbraio": 2, "marzo": 3, "aprile": 4, "maggio": 5, "giugno": 6,
           "luglio": 7, "agosto": 8, "settembre": 9, "ottobre": 10, "novembre": 11, "dicembre": 12},
}

WEEKDAYS: dict[str, tuple[str, ...]] = {
    "en": ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
           "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"),
    "de": ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "it": ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
}

# Words that introduce a publication date on a line of its own: "Published: 21/03/2016".
DATE_PREFIXES: dict[str, tuple[str, ...]] = {
    "en": ("published", "posted", "date", "dated", "created", "first published", "released",
           "published on", "posted on", "posted at", "published at"),
    "de": ("veröffentlicht", "veröffentlicht am", "datum", "erstellt"),
    "fr": ("publié", "publié le", "mis en ligne", "date"),
    "es": ("publicado", "publicado el", "fecha"),
    "it": ("pubblicato", "pubblicato il", "data"),
}

# Words that introduce a modification date: "Updated 5:02 PM ET".
UPDATED_PREFIXES: dict[str, tuple[str, ...]] = {
    "en": ("updated", "last updated", "last modified", "modified", "updated on", "updated at",
           "last update", "revised"),
    "de": ("aktualisiert", "aktualisiert am", "zuletzt aktualisiert"),
    "fr": ("mis à jour", "mis à jour le", "modifié le"),
    "es": ("actualizado", "actualizado el", "última actualización"),
    "it": ("aggiornato", "aggiornato il", "ultimo aggiornamento"),
}

STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset("""a about above after again against all also am an and any are as at be
        because been before being below between both but by can could did do does doing down
        during each few for from further had has have having he her here hers herself him himself
        his how i if in into is it its itself just me more most my myself no nor not now of off
        on once only or other our ours out over own said same she should so some such than that
        the their theirs them then there these they this those through to too under until up very
        was we were what when where which while who whom why will with would you your yours
        yourself new one two also would may might must can't won't it's""".split()),
    "de": frozenset("""aber als am an auch auf aus bei bin bis da dann das dass dem den der des
        die doch dort du durch ein eine einem einen einer eines er es für hat hatte ich ihr im in
        ist ja kann mit nach nicht noch nur oder sich sie sind so über um und uns von vor war
        was wenn werden wie wir wird zu zum zur""".split()),
    "fr": frozenset("""au aux avec ce ces dans de des du elle en et eux il je la le les leur lui
        ma mais me même mes moi mon ne nos notre nous on ou par pas pour qu que qui sa se ses son
        sur ta te tes toi ton tu un une vos votre vous est sont été être avoir""".split()),
    "es": frozenset("""a al algo como con de del el ella ellos en entre era es esa ese eso esta
        este fue ha hay la las le les lo los mas me mi muy no nos o para pero por que se sin sobre
        su sus también te tu un una uno y ya""".split()),
    "it": frozenset("""a al alla anche che chi ci come con da dal dei del della di e ed gli ha ho
        i il in la le lo ma mi ne nel nella non o per più se si sono su tra un una uno""".split()),
}


def all_of(table: dict[str, object]) -> list[str]:
    """Every word of a per-language table, longest first (so regex alternations match greedily).

    >>> all_of({"en": ("may", "mayday")})[:1]
    ['mayday']
    """
    words: set[str] = set()
    for entry in table.values():
        words.update(entry)  # type: ignore[arg-type]
    return sorted(words, key=lambda w: (-len(w), w))
