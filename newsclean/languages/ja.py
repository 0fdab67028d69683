"""Japanese (ja): the words the steps read in Japanese pages.

>>> LANGUAGE.code, LANGUAGE.name
('ja', 'Japanese')
"""

from __future__ import annotations

from .record import Language

__all__ = ["LANGUAGE"]

LANGUAGE = Language(
    "ja", "Japanese",
    # the box of related articles that closes a post, run on after it on a folded line
    end_headings=(r"関連記事", r"関連ニュース", r"こちらの記事も(?:合わせて|あわせて)?(?:どうぞ|読まれています)"),
    section_headings={
        # "Related articles", "Read these too", "Popular articles"
        "related_links": (r"関連記事", r"関連ニュース",
                          r"こちらの記事も(?:合わせて|あわせて)?(?:どうぞ|読まれています)",
                          r"人気記事", r"おすすめ記事"),
    },
)
