"""French (fr): the words the steps read in French pages.

>>> LANGUAGE.code, LANGUAGE.name
('fr', 'French')
"""

from __future__ import annotations

from .record import Language

__all__ = ["LANGUAGE"]

# Links to the site's previous and next article ("Next article"), also read as a navigation line.
_NEXT = (r"article (?:suivant|précédent)",)

# The copyright notice's words ("All rights reserved").
_RESERVED = "tous droits réservés"

LANGUAGE = Language(
    "fr", "French",
    months={"janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
            "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
            "décembre": 12, "decembre": 12},
    weekdays=("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    date_prefixes=("publié", "publié le", "mis en ligne", "date"),
    updated_prefixes=("mis à jour", "mis à jour le", "modifié le"),
    date_links=("le",),
    time_links=("à",),
    stopwords=frozenset("""au aux avec ce ces dans de des du elle en et eux il je la le les leur lui
            ma mais me même mes moi mon ne nos notre nous on ou par pas pour qu que qui sa se ses son
            sur ta te tes toi ton tu un une vos votre vous est sont été être avoir""".split()),
    next_article=_NEXT,
    ad_marks=("publicité",),
    end_headings=(r"les plus lus",),
    byline_prefixes=("par",),
    name_joins=("et",),
    name_particles=("de", "du", "la", "le"),  # "Charles de Gaulle", "Joachim du Bellay"
    abbreviations=("m", "mme", "mlle", "dr", "st", "ste"),
    headline_classes=(r"titre",),
    noise_lines={
        "share": (r"partager(?: sur .{1,20}| cet article)?", r"imprimer"),
        "newsletter": (r"newsletter", r".{0,40}\b(?:abonnez|inscrivez|recevez|notre)\b.{0,40}newsletter.{0,40}",
                       r"abonnez-vous.{0,40}", r"s'abonner"),
        "cookie": (r".{0,200}\bcookies\b.{0,200}\b(?:accepter|acceptez|consentement)\b.{0,100}",),
        "copyright": (rf".{{0,120}}\b{_RESERVED}\b.{{0,120}}",),
        "photo_credit": (r"(?:photo|crédit photo|crédits?)\s*:\s*.{1,60}",),
        "navigation": (r"aller au contenu(?: principal)?", r"retour en haut", r"publicité", r"rechercher",
                       *(rf"\W{{0,3}}{p}\W{{0,3}}" for p in _NEXT)),
        "related_links": (r"(?:lire aussi|à lire aussi|voir aussi)\s*:\s*.{1,150}",),
        "tags": (r"(?:mots-clés|thèmes|sujets)\s*:\s*.{1,300}",),
    },
    noise_keywords=((r"newsletter", ("newsletter",)), (r"cookie", ("cookie",)), (_RESERVED, (_RESERVED,))),
    section_headings={
        "related_links": (r"(?:à lire aussi|les plus lus|sur le même sujet|articles liés)",),
        "comments": (r"(?:\d+ )?commentaires?", r"réagir"),
        "about": (r"à propos(?: de l'auteur| de nous)?", r"à propos de(?-i: \p{Lu}[\w.'’-]*){1,3}"),
        "tags": (r"mots-clés|thèmes",),
    },
)
