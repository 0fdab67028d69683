"""Chinese (zh): the words the steps read in Chinese pages.

>>> LANGUAGE.code, LANGUAGE.name
('zh', 'Chinese')
"""

from __future__ import annotations

from .record import Language

__all__ = ["LANGUAGE"]

LANGUAGE = Language(
    "zh", "Chinese",
    section_headings={
        "related_links": (r"相[关關](?:文章|新[闻聞]|阅读|閱讀)", r"推荐阅读", r"推薦閱讀", r"热门文章", r"熱門文章"),
    },
)
