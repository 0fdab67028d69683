"""Wire-service furniture: the inline dateline that opens a wire story
(``BEIRUT (Reuters) -``, ``HANOI, Vietnam (AP) —``) and the credit lines that close it
(``Reporting by Jane Doe; Editing by John Roe``).

The first dateline's place goes to ``metadata["dateline"]`` and its agency to
``metadata["agency"]``; only the prefix is removed (from every paragraph it opens, as a
second cleaning would find the next one), the sentence it opens stays. Credit
lines are removed whole, with the reason ``agency_trailer``.

>>> from newsclean.document import Document
>>> doc = wire(Document.from_text("BEIRUT (Reuters) - Syrian troops advanced on Monday.\\n"
...                               "(Reporting by Jane Doe; Editing by John Roe)"))
>>> doc.body(), doc.metadata["dateline"], doc.metadata["agency"]
('Syrian troops advanced on Monday.', 'BEIRUT', 'Reuters')
>>> wire(Document.from_text("BEIRUT (Reuters) - DAMASCUS (AP) - Troops advanced.")).body()
'Troops advanced.'
"""

from __future__ import annotations

import regex

from .. import reasons
from ..document import Document
from ..lexicon import AGENCIES, DATELINE_AGENCIES, WIRE_CONTRIBUTIONS, WIRE_CREDITS

__all__ = ["wire"]

_AGENCY_NAMES = (*AGENCIES, *DATELINE_AGENCIES)
_AGENCY = "|".join(regex.escape(a) for a in sorted(_AGENCY_NAMES, key=len, reverse=True))
# "BEIRUT (Reuters) -", "HANOI, Vietnam (AP) —", "LONDON, March 21 (Reuters) -", "(Reuters) -".
_DATELINE = regex.compile(
    r"(?:(?P<place>\p{Lu}[\p{Lu}.'’\- ]{1,40}+(?:,\s*\p{Lu}[\p{L}.\- ]{1,30}+)?)"
    r"(?:,\s*\p{L}{3,9}\.?\s+\d{1,2})?\s*)?"
    r"\((?P<agency>" + _AGENCY + r")\)\s*[-–—]+\s*(?=\S)")
# "(Reporting by ...; Editing by ...)", "Additional reporting by ...", "Compiled by ...".
_TRAILER = regex.compile(
    r"[(\[]?\s*(?:[-–—]{1,2}\s*)?(?:" + "|".join(p for ps in WIRE_CREDITS.values() for p in ps)
    + r")\s+(?-i:\p{Lu}).{0,300}?[)\]]?\s*",
    regex.IGNORECASE)
# "Keith Bradsher contributed reporting from Hong Kong.", "Fox News' Jane Doe contributed to this report."
_CONTRIBUTED = regex.compile(
    r"(?-i:\p{Lu})[^.!?]{0,250}?\b(?:" + "|".join(p for ps in WIRE_CONTRIBUTIONS.values() for p in ps)
    + r")(?: from [^.!?]{1,60})?\.?",
    regex.IGNORECASE)


def _agency_name(raw: str) -> str:
    return next((a for a in _AGENCY_NAMES if a.lower() == raw.lower()), raw)


def wire(doc: Document) -> Document:
    """Remove the wire dateline prefix (keep the sentence) and the wire credit lines."""
    spans: list[tuple[int, int, str]] = []
    meta: dict[str, str] = {}
    blocks = doc.blocks
    for block in blocks:
        if _TRAILER.fullmatch(block.text) or _CONTRIBUTED.fullmatch(block.text):
            spans.append((block.start, block.end, reasons.AGENCY_TRAILER))
    for block in blocks:
        m = _DATELINE.match(doc.text, block.start, block.end)
        if m is None:
            continue
        if not meta:  # the first dateline is the story's; later ones open stories quoted or listed
            meta = {"agency": _agency_name(m.group("agency"))}
            if m.group("place"):
                meta["dateline"] = m.group("place").strip(" ,")
        end = m.end()
        # a story passed on by a second agency opens with both datelines: all go at once, as
        # every paragraph's do, or a second cleaning would find the next one
        while (m := _DATELINE.match(doc.text, end, block.end)) is not None:
            end = m.end()
        spans.append((block.start, end, reasons.WIRE_DATELINE))
    if not spans:
        return doc
    return doc.remove_spans(spans).setdefault_metadata(**meta)
