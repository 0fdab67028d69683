"""Wire services' names: written the same in every language's pages, so they belong to none.

>>> "Reuters" in AGENCIES, "Associated Press" in DATELINE_AGENCIES, "SANA" in REGIONAL_AGENCIES
(True, True, True)
>>> "Getty" in PHOTO_AGENCIES
True
"""

from __future__ import annotations

__all__ = ["AGENCIES", "DATELINE_AGENCIES", "PHOTO_AGENCIES", "REGIONAL_AGENCIES"]

# Wire services that sign off articles with their name alone on the last line.
AGENCIES = ("AFP", "AP", "ANI", "ANSA", "Anadolu", "Bernama", "dpa", "EFE", "IANS", "IRNA",
            "Kyodo", "KUNA", "PTI", "Reuters", "SPA", "TASS", "UNI", "UPI", "WAM", "Xinhua", "Yonhap")
# Further names a wire dateline credits in brackets: "WASHINGTON (Associated Press) -".
DATELINE_AGENCIES = ("Associated Press", "Agence France-Presse", "Bloomberg", "CNN", "AP Photo")
# National wire agencies that credit stories as one word: Syria's SANA, Lebanon's NNA, Egypt's MENA.
REGIONAL_AGENCIES = ("SANA", "NNA", "MENA", "WAFA", "QNA", "IRIB")
# Agencies whose picture credit closes a caption in brackets: "(AP Photo/Jane Doe)", "(Getty Images)".
PHOTO_AGENCIES = ("AP", "AFP", "EPA", "Reuters", "Getty")
