"""Russian (ru): the words the steps read in Russian pages.

>>> LANGUAGE.code, LANGUAGE.name
('ru', 'Russian')
"""

from __future__ import annotations

from .record import Language

__all__ = ["LANGUAGE"]

LANGUAGE = Language(
    "ru", "Russian",
    end_headings=(r"самые (?:популярные|читаемые|обсуждаемые)(?: \w+){0,2}",),
    noise_lines={
        # "Фото: ТАСС", "личный архив Анны Ивановой" (from the family's own album)
        "photo_credit": (r"(?:фото|иллюстрация|источник фото)\s*:\s*.{1,60}", r"(?:фото:? )?личный архив(?: \S+){0,4}",
                         r"фото(?: из)? (?:личного архива|соцсетей|открытых источников)(?: \S+){0,4}"),
    },
    section_headings={
        # "Read also", "Related articles", "Most popular diets"
        "related_links": (r"(?:читайте|смотрите) также",
                          r"(?:похожие|популярные|другие|последние) (?:статьи|новости|материалы|записи)",
                          r"самые (?:популярные|читаемые|обсуждаемые)(?: \w+){0,2}"),
        # "Comments", "Reviews (3)", "Add a review": readers' reviews under a page are its comments
        "comments": (r"(?:\d+ )?(?:комментари(?:и|ев|й)|отзывы)(?: \(\d+\))?",
                     r"(?:добавить|оставить|написать) (?:комментарий|отзыв)"),
    },
)
