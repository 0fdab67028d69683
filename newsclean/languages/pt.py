"""Portuguese (pt): the words the steps read in Portuguese pages.

>>> LANGUAGE.code, LANGUAGE.name
('pt', 'Portuguese')
"""

from __future__ import annotations

from .record import Language

__all__ = ["LANGUAGE"]

# Links to the site's previous and next article ("Next article"), also read as a navigation line.
_NEXT = (r"(?:próximo|anterior) (?:artigo|post)", r"(?:artigo|post) anterior")

LANGUAGE = Language(
    "pt", "Portuguese",
    next_article=_NEXT,
    end_headings=(r"mais lidas", r"você (?:também )?pode gostar"),
    name_joins=("e",),
    name_particles=("da", "de"),  # "Luiz Inácio Lula da Silva"
    noise_lines={
        "share": (r"compartilh(?:e|ar)(?: n[oa] .{1,20})?", r"imprimir", r"baixar"),
        "navigation": tuple(rf"\W{{0,3}}{p}\W{{0,3}}" for p in _NEXT),
        "related_links": (r"(?:leia também|veja também|leia mais|saiba mais)\s*:\s*.{1,150}",),
    },
    section_headings={
        "related_links": (
            r"(?:você (?:também )?pode gostar|mais lidas|leia também|veja também|notícias relacionadas)\W*",
        ),
        "comments": (r"(?:\d+ )?comentários?", r"deixe (?:um|seu) comentário",
                     # the moderation notice: "Atenção: comentários ofensivos não serão aprovados"
                     r"(?:atenção: )?comentários .{1,150}\bnão serão (?:aprovados|publicados)\b.{0,80}"),
        "about": (r"sobre (?:o autor|a autora|nós|mim)", r"sobre(?-i: \p{Lu}[\w.'’-]*){1,3}"),
    },
)
