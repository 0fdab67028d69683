"""A page folded to a few lines whose menus kept their source line breaks is stable under a
second cleaning (issue 13): ``clean(clean(x).text).text == clean(x).text``.

``get_text(" ")`` of a page whose menu and footer links were written over several source lines
gives a few long lines (the article run into its breadcrumb and related links, a line of
teasers) among many short ones (``Home | News``, ``Policy : Legal``). The short lines pull the
mean line length under what :func:`~newsclean.filters.segment.reads_folded` takes for a page
folded to a few lines, so the first cleaning keeps the long lines whole; once it removed the
short menu lines, the cleaned text reads as such a page, and a second cleaning cut it into its
units and found the article. ``clean`` now cleans such a cleaned text again, to a fixed point.
The pages are written by hand, in several languages and layouts.
"""

from __future__ import annotations

import pytest

from newsclean import clean
from newsclean.filters.segment import reads_folded

from .test_folded import FOOTER_DE, FOOTER_EN, MENU_DE, MENU_EN, STORY_DE, STORY_EN

STORY_FR = ("Le conseil municipal a adopté lundi le nouveau budget après un débat qui a duré presque toute la "
            "nuit. Il augmente les dépenses pour les écoles et les routes d'un dixième, a dit le maire. "
            "L'opposition estime que le plan laisse trop peu pour l'hiver. Un vote final sur les détails est "
            "attendu en mai, quand le conseil se réunira de nouveau.")
MENU_FR = ("Accueil Actualités France Monde Politique Économie Sport Culture Sciences Santé Météo Voyage "
           "Emploi Immobilier Auto Opinions Vidéos Podcasts Newsletters Abonnement Connexion Recherche "
           "Régions Paris Lyon Marseille Toulouse Bordeaux Lille Nantes Strasbourg Rennes Éducation Famille")
FOOTER_FR = "Mentions légales Confidentialité Contact Publicité Plan du site Tous droits réservés Le Courrier"


def _lined(words: str, per: int, sep: str) -> str:
    """``words`` written over several source lines, ``per`` links a line joined by ``sep``."""
    w = words.split()
    return "\n".join(sep.join(w[i:i + per]) + " " for i in range(0, len(w), per))


def _page(title: str, dateline: str, menu: str, crumb: str, headline: str, story: str, related: str,
          footer: str, teasers: list[str], sep: str) -> str:
    """A page as ``get_text(" ")`` gives it when its menu and footer kept their line breaks: the
    browser title, the dateline and the menu's head on short lines, then one long line (the
    menu's tail, the breadcrumb, the headline, the article, the related links), the footer's
    tail on short lines and a long line of teasers cut short (``...``)."""
    body = " ".join([story, story.replace("1", "2"), story])
    long_line = f"{menu[120:]} {crumb} {headline} {body} {related}"
    return "\n".join([title, f"{dateline} {_lined(menu[:120], 2, sep)}", long_line,
                      _lined(footer[-45:], 2, " : ") + " ".join(f"{t} ..." for t in teasers)])


PAGES = {
    "en": _page("Springfield Herald - Council Approves Budget", "News: Tuesday, January 15, 2008", MENU_EN,
                "Home > NEWS > LOCAL Story", "Council Approves Budget", STORY_EN,
                "Staff Report Other Stories Harbour Plan Gets Green Light School Strike Called Off Winter Storm "
                "Hits Coast Mayor Race Heats Up Bus Fares To Rise River Flood Warning More >> Contact", FOOTER_EN,
                [f"Story {t} about the {t}" for t in ("harbour plan", "school strike", "winter storm", "mayor race",
                                                      "bus fares", "river flood", "new library", "city marathon",
                                                      "tram line", "zoo opening", "budget row", "fire station",
                                                      "park clean-up", "port strike", "farm prices", "road works")],
                " | "),
    "de": _page("Stadtanzeiger - Rat beschließt Haushalt", "Nachrichten: Dienstag, 15. Januar 2008", MENU_DE,
                "Start > NACHRICHTEN > LOKALES", "Rat beschließt Haushalt", STORY_DE,
                "Redaktion Weitere Berichte Neuer Hafen Kommt Streik Beendet Sturm Trifft Küste Wahlkampf Beginnt "
                "Preise Steigen Hochwasser Droht Bibliothek Eröffnet Mehr >> Kontakt", FOOTER_DE,
                [f"Bericht über {t}" for t in ("den Hafen", "den Streik", "den Sturm", "die Wahl", "die Preise",
                                               "das Hochwasser", "die Bibliothek", "den Marathon", "die Straßenbahn",
                                               "den Zoo", "den Etat", "die Feuerwache", "den Park", "die Bauern",
                                               "die Baustellen", "die Schulen", "den Bahnhof", "das Stadion")],
                " | "),
    "fr": _page("Le Courrier - Le conseil adopte le budget", "Actualités : mardi 15 janvier 2008", MENU_FR,
                "Accueil > ACTUALITÉS > RÉGION", "Le conseil adopte le budget", STORY_FR,
                "La Rédaction Autres articles Le Port Est Agrandi La Grève Est Levée La Tempête Touche La Côte "
                "Les Tarifs Augmentent La Crue Menace Plus >> Contact", FOOTER_FR,
                [f"Un article sur {t}" for t in ("le port", "la grève", "la tempête", "les élections", "les prix",
                                                 "la crue", "la bibliothèque", "le marathon", "le tramway",
                                                 "le zoo", "le budget", "les pompiers", "le parc", "les paysans",
                                                 "les travaux", "les écoles", "la gare", "le stade")],
                " · "),
}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_the_input_is_no_folded_page_until_its_menu_lines_go(lang):
    text = PAGES[lang]
    assert not reads_folded(text)  # the short menu lines pull the mean line under a folded page's
    long_lines = [line for line in text.splitlines() if len(line) >= 200]
    assert reads_folded("\n".join(long_lines))  # the same page less those lines reads as one


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_lined_menus_folded_page_is_stable_and_keeps_its_article(lang):
    text = PAGES[lang]
    once = clean(text, format="text").text
    assert clean(once, format="text").text == once
    story = {"en": STORY_EN, "de": STORY_DE, "fr": STORY_FR}[lang]
    assert story.split(". ")[1] in once  # the article stays
    for gone in ("Home > ", "Start > ", "Accueil > ", " ...", ">> "):
        assert gone not in once  # the breadcrumb, the teasers and the related links go


@pytest.mark.parametrize("text", [
    "\n".join([STORY_EN, STORY_DE, STORY_EN]),  # an article of long paragraphs, one a line: no page around it
    " ".join([STORY_EN] * 4),  # one folded article, no menus: a paragraph, not a page
    "The council met on Monday.\nIt rained.",  # short lines
])
def test_reads_folded_no_article_without_a_page_around_it(text):
    assert not reads_folded(text)
