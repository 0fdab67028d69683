"""Move trailing wire-agency codes (``219-11``, ``jm/ts``, ``(AFP)``) from the end of the body
into metadata.

Only lines after the last paragraph of prose are looked at, and only ones that are nothing
but a code: a score (``2-1``), a year range (``2015-16``) or a number inside a sentence stays.

>>> from newsclean.document import Document
>>> doc = agency(Document.from_text("He said so.\\n219-11"))
>>> doc.metadata["agency_code"], doc.body()
('219-11', 'He said so.')
>>> agency(Document.from_text("Arsenal won the match.\\n2-1")).body()
'Arsenal won the match.\\n2-1'
"""

from __future__ import annotations

import regex

from .. import reasons
from ..document import Document
from ..lexicon import AGENCIES

__all__ = ["agency"]

# "219-11", "1234/56": a serial of 3+ digits, then one or two short numbers. Not a year range.
_NUMERIC = regex.compile(r"\(?(?!(?:19|20)\d\d[-/]\d)(?P<code>\d{3,6}(?:[-/]\d{1,4}){1,2})\)?")
# AFP-style staff initials: "jm/ts", "bur-sst/jj".
_INITIALS = regex.compile(r"(?P<code>[a-z]{1,6}(?:-[a-z]{1,6})?(?:/[a-z]{1,6}){1,4})")
_AGENCY = regex.compile(r"[-–—\s]*\(?(?P<agency>" + "|".join(AGENCIES) + r")\)?", regex.IGNORECASE)


def agency(doc: Document) -> Document:
    """Remove code lines at the very end of the kept text; record them."""
    trailing = []
    codes: list[str] = []
    name = None
    for block in reversed(doc.blocks):
        text = block.text
        m = _NUMERIC.fullmatch(text) or _INITIALS.fullmatch(text)
        if m:
            codes.append(m.group("code"))
        elif (a := _AGENCY.fullmatch(text)) is not None:
            name = next(x for x in AGENCIES if x.lower() == a.group("agency").lower())
        else:
            break
        trailing.append(block)
    if not trailing or len(trailing) == len(doc.blocks):
        return doc  # nothing trails, or nothing but codes: not an article ending
    doc = doc.remove_blocks(trailing, reasons.AGENCY_CODE)
    return doc.setdefault_metadata(agency_code=codes[-1] if codes else None, agency=name)
