"""Spanish (es): the words the steps read in Spanish pages.

>>> LANGUAGE.code, LANGUAGE.name
('es', 'Spanish')
"""

from __future__ import annotations

from .record import Language

__all__ = ["LANGUAGE"]

# Links to the site's previous and next article ("Next article"), also read as a navigation line.
_NEXT = (r"(?:artículo|entrada|noticia) (?:siguiente|anterior)",)

# The copyright notice's words ("All rights reserved").
_RESERVED = "todos los derechos reservados"

LANGUAGE = Language(
    "es", "Spanish",
    months={"enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
            "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11,
            "diciembre": 12},
    weekdays=("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    date_prefixes=("publicado", "publicado el", "fecha"),
    updated_prefixes=("actualizado", "actualizado el", "última actualización"),
    date_links=("el",),
    day_links=("de",),
    stopwords=frozenset("""a al algo como con de del el ella ellos en entre era es esa ese eso esta
            este fue ha hay la las le les lo los mas me mi muy no nos o para pero por que se sin sobre
            su sus también te tu un una uno y ya""".split()),
    next_article=_NEXT,
    ad_marks=("publicidad",),
    end_headings=(r"lo más leído",),
    byline_prefixes=("por",),
    name_joins=("y",),
    name_particles=("de", "del", "la", "y"),  # "Gabriel García de la Torre", "José Ortega y Gasset"
    abbreviations=("sr", "sra", "srta", "dr", "dra", "ud", "uds"),
    headline_classes=(r"titular",),
    place_openings=("San", "Santa", "Los", "Las", "El"),  # "San Diego", "Los Angeles", "El Paso"
    noise_lines={
        "share": (r"compartir(?: en .{1,20}| esta noticia)?", r"imprimir"),
        "newsletter": (
            r"newsletter", r".{0,40}\b(?:suscríbete|suscribirse|recibe|nuestra|nuestro)\b.{0,40}newsletter.{0,40}",
            r"suscríbete.{0,40}", r"suscribirse",
        ),
        "cookie": (r".{0,200}\bcookies\b.{0,200}\b(?:aceptar|acepta|consentimiento)\b.{0,100}",),
        "copyright": (rf".{{0,120}}\b{_RESERVED}\b.{{0,120}}",),
        "photo_credit": (r"(?:foto|fotografía|imagen)\s*:\s*.{1,60}",),
        "navigation": (r"ir al contenido", r"volver arriba", r"publicidad", r"buscar",
                       *(rf"\W{{0,3}}{p}\W{{0,3}}" for p in _NEXT)),
        "related_links": (r"(?:lee también|lea también|ver también|te puede interesar)\s*:\s*.{1,150}",),
        "tags": (r"(?:etiquetas|temas)\s*:\s*.{1,300}",),
    },
    noise_keywords=((r"newsletter", ("newsletter",)), (r"cookie", ("cookie",)), (_RESERVED, (_RESERVED,))),
    section_headings={
        "related_links": (r"(?:lo más leído|más noticias|noticias relacionadas|te puede interesar)",),
        "comments": (r"(?:\d+ )?comentarios?", r"comentar"),
        "about": (
            r"(?:sobre|acerca de)(?: el autor| la autora| nosotros| mí)", r"acerca de(?-i: \p{Lu}[\w.'’-]*){1,3}",
        ),
        "tags": (r"etiquetas|temas",),
    },
)
