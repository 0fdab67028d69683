"""Vocabulary tables, one entry per language, kept apart from the code that uses them.

Add a language by adding its words here; the filters read the union (or the language the
caller names). Each table is plain data: lower-case words.
"""

from __future__ import annotations

__all__ = ["ABBREVIATIONS", "BYLINE_PREFIXES", "DATE_PREFIXES", "END_HEADINGS", "MONTHS", "NOISE_LINES",
           "SECTION_HEADINGS", "STOPWORDS",
           "UPDATED_PREFIXES", "WEEKDAYS", "all_of"]

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


# -- page furniture ------------------------------------------------------------------------------
# Each table maps a language to regex alternatives (lower-case, matched against a whole line with
# the case ignored). The filters join every language's entries; a line matches only in full, so
# "Share" goes but "Share prices fell." stays.

# Links to the site's previous and next article, printed under the article's end ("Next article",
# "Previous Post", then the other article's headline). A bare "Next" or "Next slide" may be a
# gallery's control inside the article, so it is not one of them.
NEXT_ARTICLE: dict[str, tuple[str, ...]] = {
    "en": (r"(?:previous|prev|next|older|newer)(?: \w+){0,2} (?:news|article|story|post|entry)s?",),
    "de": (r"(?:nächster|vorheriger|voriger) (?:artikel|beitrag)",),
    "fr": (r"article (?:suivant|précédent)",),
    "es": (r"(?:artículo|entrada|noticia) (?:siguiente|anterior)",),
    "it": (r"articolo (?:successivo|precedente)",),
    "pt": (r"(?:próximo|anterior) (?:artigo|post)", r"(?:artigo|post) anterior"),
}

# Lines that are never article text, by reason slug. Examples beside each entry.
NOISE_LINES: dict[str, dict[str, tuple[str, ...]]] = {
    "share": {
        "en": (r"share(?: (?:this|the|on|via|article|story|page|post|to)\b.{0,40})?:?",  # "Share this article"
               r"(?:tweet|pin it|print|e-?mail|copy(?: the)? link|whatsapp|messenger|comment)(?: this)?",
               r"click to (?:share|email|print)\b.{0,60}",           # "Click to share on Twitter (Opens in new window)"
               r"(?:\d+\s?)?shares?",                                 # "125 shares"
               r"follow us(?: on .{1,30})?:?", r"connect with us",
               r"follow [\w.&'’-]+(?: [\w.&'’-]+)? on:?",               # "Follow RT on" (then the icons)
               r"(?:get )?short url", r"sharing is caring\W{0,3}",
               # "Have a tip? Jane Doe may be reached at jdoe@example.com. Follow her on Twitter @jdoe."
               r"(?:have a (?:news )?tip\?\s*)?[^.!?]{1,60}\b(?:may|can) be reached at \S+@\S+.{0,160}",
               r"(?:like|enjoy|love)(?:d)? this (?:story|article|post)\??(?: share it.{0,40})?",  # "Like this article?"
               # the author's or the desk's contacts: "Email Jane Doe at jd@example.com or follow her @jdoe."
               r"(?:follow|email|e-mail|reach|contact) (?:the \w+ |him |her |them |me |\p{Lu}[\w.'’-]+ ){1,5}"
               r"(?:at|on|via) (?:twitter|facebook|instagram|\S+@\S+|@\w+|http\S+).{0,160}",
               # a share bar on one line: "Whatsapp Facebook Pint Baixar", "Facebook | Twitter | Email"
               r"(?:(?:facebook|twitter|whatsapp|pinterest|pint|linkedin|reddit|e-?mail|print|share|tweet|telegram|"
               r"messenger|flipboard|tumblr|pocket|sms|copy link|google\+?|instagram|youtube|x|baixar|download)"
               r"[\s|•·/,]*){1,8}"),
        "de": (r"teilen", r"artikel teilen", r"drucken", r"per e-mail (?:senden|teilen)"),
        "fr": (r"partager(?: sur .{1,20}| cet article)?", r"imprimer"),
        "es": (r"compartir(?: en .{1,20}| esta noticia)?", r"imprimir"),
        "it": (r"condividi(?: su .{1,20})?", r"stampa"),
        "pt": (r"compartilh(?:e|ar)(?: n[oa] .{1,20})?", r"imprimir", r"baixar"),
    },
    "newsletter": {
        # "Sign up for our newsletter"
        "en": (r"(?:sign up|subscribe|register)(?: (?:now|today|here))?(?: (?:for|to) .{0,80})?",
               r"(?:e-?mail |our |free )?newsletters?",
               r".{0,60}\b(?:sign up|subscribe|get|receive|join|our|free|daily|weekly)\b.{0,80}\bnewsletters?\b.{0,80}",
               r"(?:get|receive) .{0,40}\b(?:in|to) your inbox.{0,40}",
               # "Get the day's top headlines delivered to your inbox every morning by subscribing ..."
               r".{0,100}\b(?:delivered|straight|directly|right)(?: \w+)? (?:to|in|into) your (?:e-?mail )?inbox\b"
               r".{0,100}",
               r"(?:thanks!?\s*)?(?:please )?(?:keep an eye on|check) your inbox\b.{0,80}",  # after signing up
               r"(?:enter )?your e-?mail(?: address)?\s*\*?", r"e-?mail address\s*\*?",
               r"thank you for (?:signing up|subscribing).{0,60}",
               r"[^.!?]{1,40}\?\s*subscribe (?:to|for) .{1,120}",  # "Need more space? Subscribe to our sister title"
               # a magazine's subscription offer: "Get it delivered every month. 12 issues for £11.99."
               r".{0,120}\b\d{1,3} issues for (?:just |only )?[£$€]\s?\d[\d.,]*.{0,120}",
               r"want more (?:stories|articles|news|posts) like this\?"),
        "de": (r"newsletter", r".{0,40}\b(?:abonnieren|anmelden|unser|kostenlos)\b.{0,40}newsletter.{0,40}",
               r"jetzt abonnieren"),
        "fr": (r"newsletter", r".{0,40}\b(?:abonnez|inscrivez|recevez|notre)\b.{0,40}newsletter.{0,40}",
               r"abonnez-vous.{0,40}", r"s'abonner"),
        "es": (r"newsletter", r".{0,40}\b(?:suscríbete|suscribirse|recibe|nuestra|nuestro)\b.{0,40}newsletter.{0,40}",
               r"suscríbete.{0,40}", r"suscribirse"),
        "it": (r"newsletter", r".{0,40}\b(?:iscriviti|ricevi|nostra)\b.{0,40}newsletter.{0,40}", r"abbonati.{0,40}"),
    },
    "cookie": {
        "en": (r".{0,200}\b(?:we|this (?:web)?site|our (?:web)?site)s? uses? cookies\b.{0,300}",
               r".{0,100}\bcookies?\b.{0,60}\b(?:accept|consent|agree|settings|preferences)\b.{0,100}",
               r"(?:accept|allow|reject|manage)(?: all)? cookies", r"cookie (?:policy|settings|preferences|notice)"),
        "de": (r".{0,200}\bcookies\b.{0,200}\b(?:akzeptieren|zustimmen|einverstanden)\b.{0,100}",),
        "fr": (r".{0,200}\bcookies\b.{0,200}\b(?:accepter|acceptez|consentement)\b.{0,100}",),
        "es": (r".{0,200}\bcookies\b.{0,200}\b(?:aceptar|acepta|consentimiento)\b.{0,100}",),
        "it": (r".{0,200}\bcookie\b.{0,200}\b(?:accetta|consenso)\b.{0,100}",),
    },
    "copyright": {
        # "© 2019 Hearst"; Korean sites print the sign as a circled c: "Copyright ⓒ Example.co.kr". A bare "(c)"
        # is also a list item's marker ('(c) "Solar flare" means ...'): it needs a year or a holder's capitalised
        # name ("(c) 2014 Reuters", "(c) Marler Clark").
        "en": (r"(?:copyright\s*)?(?:©|ⓒ)\s*.{0,150}", r"copyright\s*\(c\)\s*.{0,150}",
               r"\(c\)\s*(?:(?:copyright\b|(?:1[89]|20)\d\d\b).{0,150}"
               r"|(?-i:\p{Lu})[\w&.,'’-]*(?:\s(?-i:[\p{Lu}\d&])[\w&.,'’-]*){0,4})",
               r"copyright\s+\d{4}\b.{0,150}",
               r".{0,120}\ball rights reserved\b.{0,120}",
               r"this (?:material|article) may not be (?:published|reproduced|broadcast).{0,120}",
               r"this document is subject to copyright\..{0,250}",  # "... no part may be reproduced without ..."
               r"citation: .{1,200}\bretrieved .{1,150}"),  # "Citation: Title (2019) retrieved ... from"
        "de": (r".{0,120}\balle rechte vorbehalten\b.{0,120}",),
        "fr": (r".{0,120}\btous droits réservés\b.{0,120}",),
        "es": (r".{0,120}\btodos los derechos reservados\b.{0,120}",),
        "it": (r".{0,120}\btutti i diritti riservati\b.{0,120}",),
    },
    "photo_credit": {
        "en": (r"\(?(?:photo|photos|photograph|picture|image|video|illustration|graphic|credit)s?"
               r"(?: credit)?(?: by)?\s*[:|/]\s*.{1,80}",              # "Photo: Hau Dinh, AP", "Image Credit: WeWork"
               r"(?:photo|image|illustration|picture|photograph)s? (?:by|courtesy of|copyright) .{1,60}",
               r"\(?(?:getty images|ap photo|afp photo|reuters photo|shutterstock|istock|alamy)"
               r"(?:\s*(?:/|via)\s*.{1,40})?\)?"),                     # "(AP Photo/Evan Vucci)"
        "de": (r"(?:foto|bild|fotos)\s*:\s*.{1,60}",),
        "fr": (r"(?:photo|crédit photo|crédits?)\s*:\s*.{1,60}",),
        "es": (r"(?:foto|fotografía|imagen)\s*:\s*.{1,60}",),
        "it": (r"(?:foto|immagine)\s*:\s*.{1,60}",),
        # "Фото: ТАСС", "личный архив Анны Ивановой" (from the family's own album)
        "ru": (r"(?:фото|иллюстрация|источник фото)\s*:\s*.{1,60}", r"(?:фото:? )?личный архив(?: \S+){0,4}",
               r"фото(?: из)? (?:личного архива|соцсетей|открытых источников)(?: \S+){0,4}"),
    },
    "caption": {
        "en": (  # a picture's caption ends with its credit: "... in Hanoi. (AP Photo/Hau Dinh)", "... © Reuters"
               r".{10,400}(?:\((?:AP|AFP|EPA|Reuters|Getty Images|Photo|Picture|Image|Credit)\b[^()]{0,80}\)"
               r"|©\s?[\w.&'/ -]{1,40}|\s/\s(?:AP|AFP|EPA|Reuters|Getty Images|Shutterstock)(?: file| photo)?)\s*\.?",
               # a wire photo's caption: "FILE PHOTO: Traders work on the floor ... REUTERS/Brendan McDermid"
               r".{10,400}\s(?-i:REUTERS|AFP|EPA|AP)/[\w.'’ -]{1,40}",
               r".{10,300}[.!?]\s(?-i:Photograph|Photo|Picture|Image)s? (?:by|courtesy of) [^.!?]{1,60}",
               # the credit set after the caption, capitalised: "... sought treatment Credit: EPA"
               r".{10,300}\s(?-i:Credit|Photo|Picture|Image)s?:\s?[^.!?]{1,60}",
               # a local paper's credit after the caption: "Jane Doe, the new principal. Submitted photo"
               r".{2,300}\s(?-i:Submitted|Contributed|Staff|File) (?-i:photo|Photo|image|Image)s?",
               # a caption cut short or spelled out in full, with its toggle: "... Southeast Asian nation. less"
               r".{10,300}(?:[.!?…]|\.\.\.)[\"'”’)]?\s(?:more|less)",
               r"(?:image|photo|video|media) caption\b.{0,300}",
               r"(?:caption|above|pictured|top|left|right)\s*:\s*.{0,300}",
               r"(?:image|photo|slide) \d+ (?:of|/)(?: ?/)? ?\d*", r"\d+ / \d+",  # "Image 1 of / 8"
               r"(?:back to|view|open|enlarge|launch) (?:gallery|slideshow|image|photo)s?",
               r"caption", r"(?:hide|show) caption", r"expand|enlarge this image"),
    },
    "player": {
        # a video player's controls and its captions dialog, read out by a scraper as lines
        # (Video.js, the player many news sites embed): "Current Time 0:00", "Loaded: 0%",
        # "captions settings, opens captions settings dialog", "Font Size 50% 75% 100%"
        "en": (r"play video", r"(?:un)?mute", r"(?:non-|exit )?full ?screen", r"playback rate",
               r"(?:current|duration|remaining)(?: time)? -?\d{1,2}:\d{2}(?::\d{2})?",
               r"(?:loaded|progress): \d{1,3}(?:\.\d+)?%", r"stream type live",
               r"(?:chapters|descriptions|subtitles|captions)(?: off)?, selected",
               r"captions settings, opens captions settings dialog", r"default, selected",
               r"this is a modal window\.(?: this modal can be closed by pressing the escape key"
               r" or activating the close button\.)?",
               r"(?:beginning|end) of dialog window\.(?: escape will cancel and close the window\.)?",
               r"close modal dialog", r"(?:foreground|background|window) --- [\w -]{1,120}",
               r"font size(?: \d{2,3}%){2,12}", r"text edge style(?: [\w-]+){2,8}",
               r"font family(?: [\w-]+){2,20}", r"(?:reset )?defaults done",
               r"no compatible source was found for this media\."),
    },
    "navigation": {
        "en": (r"skip to (?:the )?(?:main )?(?:content|navigation|search|footer)",
               r"(?:jump|skip) to navigation.{0,40}",
               r"skip navigation", r"(?:back|return|go) to (?:the )?top\W{0,3}", r"(?:main )?menu",
               r"toggle (?:navigation|menu)",
               r"(?:search|close|open)(?: (?:menu|search|form|this site))?", r"(?:sign|log) ?(?:in|out|up)",
               r"(?:sign|log) in(?: or| /|/) ?(?:sign|register|subscribe).{0,20}", r"my account", r"×|x|≡|☰|«|»",
               r"\W{0,3}(?:previous|next)(?: \w+){0,2} (?:news|article|story|post|page|slide)s?\W{0,3}",
               r"(?:previous|next)\W{0,3}", r"load more.{0,20}",  # "Previous Auto News -"
               r"advertisement|advertising|advert|ad|sponsored|story continues below(?: advertisement)?",
               r"(?:supported|sponsored|presented|powered|brought to you) by",  # a sponsor's label; its logo follows
               r"this slideshow requires javascript\.?", r"view all(?: \(\d+\))?",
               r"this site is protected by recaptcha.{0,120}",
               # an app pitch: "CLICK HERE TO GET THE FOX NEWS APP", "Get Fox Business on the go by clicking here"
               r"(?:click here to )?(?:get|download) (?:the )?[\w.&' -]{1,30}(?: app| on the go)"
               r"(?: by clicking here)?\W{0,3}",
               r"continue reading(?: below| the main story)?\W{0,3}",
               r"(?:media|video|audio) playback is (?:not supported|unsupported)"
               r" (?:on|in) (?:your|this) (?:device|browser)",
               r"(?:scroll|read) (?:down|on)(?: to continue)?.{0,20}"),
        "de": (r"zum inhalt springen", r"nach oben", r"anzeige", r"werbung", r"menü", r"suche",
               *(rf"\W{{0,3}}{p}\W{{0,3}}" for p in NEXT_ARTICLE["de"])),
        "fr": (r"aller au contenu(?: principal)?", r"retour en haut", r"publicité", r"rechercher",
               *(rf"\W{{0,3}}{p}\W{{0,3}}" for p in NEXT_ARTICLE["fr"])),
        "es": (r"ir al contenido", r"volver arriba", r"publicidad", r"buscar",
               *(rf"\W{{0,3}}{p}\W{{0,3}}" for p in NEXT_ARTICLE["es"])),
        "it": (r"vai al contenuto", r"torna su", r"pubblicità", r"cerca",
               *(rf"\W{{0,3}}{p}\W{{0,3}}" for p in NEXT_ARTICLE["it"])),
        "pt": tuple(rf"\W{{0,3}}{p}\W{{0,3}}" for p in NEXT_ARTICLE["pt"]),
    },
    "related_links": {
        "en": (r"(?:related|read more|more|see also|also read|read also|recommended|watch|listen|more on this|"
               r"more from .{1,30}|related coverage|related stories|related articles|trending)\s*[:»|-]\s*.{1,150}",
               # a teaser: another story's excerpt cut short, then its link ("... sights, sounds,… Read more")
               r".{10,300}(?:…|\.\.\.|\[(?:…|\.\.\.)\])\s*"
               r"(?:read more|continue reading|read the full (?:story|article))"
               r"(?:\W{0,3}(?:read more|continue reading))?\W{0,3}",
               # a link to the publisher's other site: "Also on example.com Mayor quits", "On Example.com: Rates fall"
               r"also on [\w-]+(?:\.[\w-]+)+\s*[:»|-]?\s+.{1,150}", r"on [\w-]+(?:\.[\w-]+)+\s*:\s*.{1,150}"),
        "de": (r"(?:mehr zum thema|lesen sie auch|auch interessant)\s*:\s*.{1,150}",),
        "fr": (r"(?:lire aussi|à lire aussi|voir aussi)\s*:\s*.{1,150}",),
        "es": (r"(?:lee también|lea también|ver también|te puede interesar)\s*:\s*.{1,150}",),
        "it": (r"(?:leggi anche(?: su)?|potrebbe interessarti)\s*:\s*.{1,150}",),  # "Leggi anche su: ..."
        "pt": (r"(?:leia também|veja também|leia mais|saiba mais)\s*:\s*.{1,150}",),
    },
    "tags": {
        "en": (r"(?:tags|tagged|topics|filed under|categories|keywords|related topics)\s*[:|]\s*.{1,300}",),
        "de": (r"(?:schlagwörter|themen|stichworte)\s*:\s*.{1,300}",),
        "fr": (r"(?:mots-clés|thèmes|sujets)\s*:\s*.{1,300}",),
        "es": (r"(?:etiquetas|temas)\s*:\s*.{1,300}",),
        "it": (r"(?:tag|argomenti)\s*:\s*.{1,300}",),
    },
}

# Headings that open a page section which is not the article: what follows them is of the same
# kind until the article's prose resumes. "Most Read", "Related Stories", "27 Comments", "Tags".
SECTION_HEADINGS: dict[str, dict[str, tuple[str, ...]]] = {
    "related_links": {
        "en": (r"(?:most|top) (?:read|popular|viewed|shared|commented|emailed)"
               r"(?: (?:stories|articles|now|today|news))?(?: (?:in|on|from) .{1,40})?",  # "Most read in World"
               r"related(?: (?:stories|articles|posts|content|coverage|news|reading|links|videos|topics))?",
               r"(?:recommended|suggested|popular|trending|featured|latest|top|more|other|similar)"
               r"(?: (?:for you|stories|articles|posts|news|now|videos|reads|headlines|content))?",
               r"(?:you|we think you) (?:may|might|will|would) (?:also )?(?:like|enjoy|be interested in).{0,20}",
               r"(?:more|latest|other|also|popular) (?:from|on|in|about) .{1,40}", r"read (?:more|next|this next)",
               r"more(?-i: \p{Lu}[\w.&'’-]*){1,3}",                   # "More Washington Examiner", "More World"
               r"(?:what|things) to read next", r"(?:don't|do not) miss", r"editor'?s'? (?:picks|choice)",
               r"(?:around|from) the web", r"promoted(?: stories| content)?", r"sponsored (?:stories|content|links)",
               r"(?:up|watch|coming up) next", r"more (?:stories|news|articles|videos)(?: like this)?",
               r"in (?:other|case you missed|the) news.{0,20}", r"top stories", r"breaking news"),
        "de": (r"(?:mehr|weitere) (?:zum thema|artikel|nachrichten)", r"meistgelesen",
               r"das könnte sie auch interessieren"),
        "fr": (r"(?:à lire aussi|les plus lus|sur le même sujet|articles liés)",),
        "es": (r"(?:lo más leído|más noticias|noticias relacionadas|te puede interesar)",),
        "it": (r"(?:i più letti|articoli correlati|potrebbe interessarti)",),
        "pt": (r"(?:você (?:também )?pode gostar|mais lidas|leia também|veja também|notícias relacionadas)\W*",),
        # "Related articles", "Read these too", "Popular articles"
        "ja": (r"関連記事", r"関連ニュース", r"こちらの記事も(?:合わせて|あわせて)?(?:どうぞ|読まれています)",
               r"人気記事", r"おすすめ記事"),
        "zh": (r"相[关關](?:文章|新[闻聞]|阅读|閱讀)", r"推荐阅读", r"推薦閱讀", r"热门文章", r"熱門文章"),
        # "Read also", "Related articles", "Most popular diets"
        "ru": (r"(?:читайте|смотрите) также",
               r"(?:похожие|популярные|другие|последние) (?:статьи|новости|материалы|записи)",
               r"самые (?:популярные|читаемые|обсуждаемые)(?: \w+){0,2}"),
    },
    "comments": {
        # "Comments", "27 Comments", "Comments (3)", "2 responses"; a lone "Response" or "Reactions"
        # is as often a heading of the article itself
        "en": (r"comments(?: \(\d+\))?", r"(?:\d+|no|one) (?:comments?|responses?|replies|reactions?)(?: \(\d+\))?",
               r"there (?:are|is) (?:\d+|no|one) (?:comments?|responses?|replies)",   # "There are 13 comments"
               r"(?:view|show|read|load|see|hide)(?: all)?(?: \d+)? (?:comments?|replies|responses)(?: \(\d+\))?",
               r"(?:leave|add|post|write|submit) (?:a |your )?(?:comment|reply|response).{0,20}",
               r"join the (?:discussion|conversation|debate).{0,20}", r"comments are closed.{0,40}",
               r"(?:discussion|conversation|have your say|what do you think\??)",
               r"(?:tell us|let us know) what you think(?: about this)?(?:\.{3}|…|[.!?])?",  # the comment box's prompt
               r"(?:top|most|best) (?:rated|recent|popular|liked|recommended) (?:comments|replies|responses)",
               # "34 responses to “Title”"
               r"(?:\d+|one|no) (?:responses?|comments?|replies|thoughts?) (?:to|on) .{1,150}",
               r"[\w.@-]{2,30} says",  # a comment's author, one user name: "joetoronto says:"
               # the moderation notice that opens a comment box: "Comments are subject to our guidelines."
               r"(?:note: )?comments (?:are|will be) (?:subject to|moderated|reviewed)\b.{0,150}",
               r"(?:note: )?we (?:are )?(?:temporarily )?moderat\w+ (?:all )?comments\b.{0,150}",
               r"comments? (?:that|which) .{1,100}\b(?:will|may) (?:not|never) be (?:approved|published|posted)\b"
               r".{0,100}"),
        "de": (r"(?:\d+ )?kommentare?", r"kommentieren"),
        "fr": (r"(?:\d+ )?commentaires?", r"réagir"),
        "es": (r"(?:\d+ )?comentarios?", r"comentar"),
        "it": (r"(?:\d+ )?commenti", r"commenta"),
        "pt": (r"(?:\d+ )?comentários?", r"deixe (?:um|seu) comentário",
               r"(?:atenção: )?comentários .{1,150}\bnão serão (?:aprovados|publicados)\b.{0,80}"),  # moderation notice
        # "Comments", "Reviews (3)", "Add a review": readers' reviews under a page are its comments
        "ru": (r"(?:\d+ )?(?:комментари(?:и|ев|й)|отзывы)(?: \(\d+\))?",
               r"(?:добавить|оставить|написать) (?:комментарий|отзыв)"),
    },
    # A section about the author or the site, under the article: "About the author", "About Jane Doe",
    # "About Us", "Über Max Muster", "Sobre Ana Lima". A German heading names a person (two words at
    # least): its nouns are capitalised too ("Über Geld").
    "about": {
        "en": (r"about (?:the )?(?:author|writer|reporter)s?", r"about (?:us|me)",
               r"about(?-i: \p{Lu}[\w.&'’-]*){1,4}"),
        "de": (r"über (?:den autor|die autorin|uns|mich)", r"über(?-i: \p{Lu}[\w.'’-]*){2,3}"),
        "fr": (r"à propos(?: de l'auteur| de nous)?", r"à propos de(?-i: \p{Lu}[\w.'’-]*){1,3}"),
        "es": (r"(?:sobre|acerca de)(?: el autor| la autora| nosotros| mí)", r"acerca de(?-i: \p{Lu}[\w.'’-]*){1,3}"),
        "pt": (r"sobre (?:o autor|a autora|nós|mim)", r"sobre(?-i: \p{Lu}[\w.'’-]*){1,3}"),
        "it": (r"sull'autore", r"chi siamo"),
    },
    "tags": {
        "en": (r"tags|topics|tagged(?: with)?|filed under|categories|related topics|more about",),
        "de": (r"schlagwörter|themen",),
        "fr": (r"mots-clés|thèmes",),
        "es": (r"etiquetas|temas",),
        "it": (r"tag|argomenti",),
    },
}

# Related-links headings that close the article: what follows them is never its text ("Related
# Stories", "Read more" or "Up next" often label a box inside the article, so they do not).
END_HEADINGS: dict[str, tuple[str, ...]] = {
    "en": (r"(?:most|top) (?:read|popular|viewed|shared|commented|emailed)(?: (?:stories|articles|now|today|news))?",
           r"(?:you|we think you) (?:may|might|will|would) (?:also )?(?:like|enjoy|be interested in).{0,20}",
           r"more (?:great |top )?(?:\S+ ){0,2}stories(?: like this)?",
           r"more(?-i: \p{Lu}[\w.&'’-]*){1,3}",                     # "More Washington Examiner"
           r"(?:our )?latest (?:stories|news|articles|headlines)", r"(?:around|from) the web",
           r"(?:what|things) to read next", r"recommended for you", r"promoted stories"),
    "de": (r"meistgelesen", r"das könnte sie auch interessieren", r"mehr aus .{1,40}"),
    "fr": (r"les plus lus",),
    "es": (r"lo más leído",),
    "it": (r"i più letti",),
    "pt": (r"mais lidas", r"você (?:também )?pode gostar"),
    "ru": (r"самые (?:популярные|читаемые|обсуждаемые)(?: \w+){0,2}",),
}

# Words that open a byline, per language: "By Jane Doe", "Von Max Muster".
BYLINE_PREFIXES: dict[str, tuple[str, ...]] = {
    "en": ("by", "written by", "words by", "story by", "posted by", "author"),
    "de": ("von", "autor", "autorin"),
    "fr": ("par",),
    "es": ("por",),
    "it": ("di",),
}

# Words written with a full stop that does not end a sentence: "Mr. Assad", "Gen. Smith",
# "Jan. 5". Lower-case, without the stop. Single letters (initials, "J. Smith") count too.
ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "en": ("mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "gov", "sen", "rep", "lt", "col",
           "capt", "sgt", "maj", "cpl", "adm", "cmdr", "rev", "hon", "pres", "supt", "insp", "det",
           "inc", "co", "corp", "ltd", "bros", "no", "nos", "vs", "v", "etc", "approx", "dept", "est",
           "fig", "vol", "ave", "blvd", "rd", "mt", "ft", "jan", "feb", "mar", "apr", "jun", "jul",
           "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur",
           "thurs", "fri", "sat", "sun", "e.g", "i.e", "a.m", "p.m", "u.s", "u.k", "u.n"),
    "de": ("z.b", "bzw", "ca", "dr", "nr", "str", "usw", "vgl"),
    "fr": ("m", "mme", "mlle", "dr", "st", "ste"),
    "es": ("sr", "sra", "srta", "dr", "dra", "ud", "uds"),
    "it": ("sig", "sig.ra", "dott", "prof", "ing", "avv"),
}
