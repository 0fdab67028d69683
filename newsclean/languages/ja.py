"""Japanese (ja): the words the steps read in Japanese pages.

>>> LANGUAGE.code, LANGUAGE.name
('ja', 'Japanese')
"""

from __future__ import annotations

from .record import Language

__all__ = ["LANGUAGE"]

# "Related articles", "Read these too": the box of related articles that closes a post
_RELATED = (r"関連記事", r"関連ニュース", r"こちらの記事も(?:合わせて|あわせて)?(?:どうぞ|読まれています)")

LANGUAGE = Language(
    "ja", "Japanese",
    # the related box, run on after the post on a folded line
    end_headings=_RELATED,
    section_headings={
        # the related box, "Popular articles", "Recommended articles"
        "related_links": (*_RELATED, r"人気記事", r"おすすめ記事"),
    },
)
