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

import re

import regex

from .. import reasons
from ..alternatives import beginnings, beginnings_by_first, branches, lowered_as_matched
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


def _leading_words(alternatives: list[str]) -> tuple[str, ...] | None:
    """The plain text each alternative opens with (up to its first piece of pattern syntax, less a last
    character a quantifier makes optional), lowered as the engine folds case; ``None`` when one opens with
    syntax (then no word is needed).

    >>> _leading_words([r"contributed(?: reporting| to this report)", r"reportings? by"])
    ('contributed', 'reporting')
    >>> _leading_words([r"(?:wrote|reported)"]) is None, _leading_words([r"contributed|wrote"]) is None
    (True, True)
    """
    words = []
    for alternative in alternatives:
        if len(branches(alternative)) > 1:
            return None  # "contributed|wrote": no word opens every match
        word = _PLAIN_OPENING.match(alternative)
        text = word.group() if word is not None else ""
        if text and alternative[len(text):len(text) + 1] in _QUANTIFIERS:
            text = text[:-1]
        if len(text) < _LEADING_CHARS:
            return None
        words.append(lowered_as_matched(text))
    return tuple(words)


_PLAIN_OPENING = regex.compile(r"[\p{L} ]+")
_QUANTIFIERS = frozenset("?*+{")
_LEADING_CHARS = 4
# The words a contribution line holds, one of them (as the engine folds case): a line holding none is not
# read by _CONTRIBUTED (most lines of a page), whose call costs about 3,600 instructions even where the
# engine's search for its required word fails at once.
_CONTRIBUTION_WORDS = _leading_words([p for ps in WIRE_CONTRIBUTIONS.values() for p in ps])
# The contributions' one opening word, where they have one (the lexicon's: "contributed"), for _wire_line to ask
# _may_contribute's test itself: an ASCII line that does not hold it lowered is not read by _CONTRIBUTED.
_CONTRIBUTION_WORD = (_CONTRIBUTION_WORDS[0] if _CONTRIBUTION_WORDS is not None and len(_CONTRIBUTION_WORDS) == 1
                      else None)


def _may_contribute(line: str) -> bool:
    """Whether ``line`` may hold the opening words of a contribution (:data:`_CONTRIBUTION_WORDS`), as every
    line _CONTRIBUTED matches does (each alternative matches its opening words in ``line``): asked of a line
    of ASCII only (there the engine's case folding is ASCII's), any other may.

    >>> _may_contribute("Keith Bradsher CONTRIBUTED reporting."), _may_contribute("The army left.")
    (True, False)
    """
    if _CONTRIBUTION_WORDS is None or not line.isascii():
        return True  # lowering a line that is not ASCII costs about what the pattern's call does
    lowered = line.lower()
    for word in _CONTRIBUTION_WORDS:  # noqa: SIM110 (a loop: any() of a generator costs more than the tests, one word)
        if word in lowered:
            return True
    return False


# Each credit line opens with one of a few characters (a bracket, a dash, a credit word's first letter) and goes on
# with a credit word's next letters: of the lines that open with one of those characters ("The ...",
# "Representatives ...", "Police ..."), about 19 in 20 go on with none of them, which one scan of the standard
# library tells (alternatives.beginnings) at about a third of _TRAILER's call. The scan is chosen by the line's
# first character: a line opening with an ASCII one that no credit line opens with (most lines: "Mr ...", "In
# ...") has none (None), the others the branches that open with it, one or two, where the whole tree tries each
# first class in turn; a line opening with any other character is read by the whole tree.
_TRAILER_BEGINS = beginnings([_TRAILER.pattern], _TRAILER.flags) or re.compile("")
_TRAILER_STARTS = beginnings_by_first([_TRAILER.pattern], _TRAILER.flags) or {}


def _may_trail(line: str) -> bool:
    """Whether ``line`` may open as a credit line does (its first character, then its first four).

    >>> _may_trail("(Reporting by Jane Doe)"), _may_trail("Representatives met."), _may_trail("The end.")
    (True, False, False)
    """
    starts = _TRAILER_STARTS.get(line[:1], _TRAILER_BEGINS)
    return starts is not None and starts.match(line) is not None


def _agency_name(raw: str) -> str:
    return next((a for a in _AGENCY_NAMES if a.lower() == raw.lower()), raw)


def _credit_line(line: str) -> bool:
    """Whether ``line`` is a wire credit line as a whole (removed with ``agency_trailer``).

    >>> _credit_line("(Reporting by Jane Doe; Editing by John Roe)"), _credit_line("Jane Doe reported.")
    (True, False)
    """
    # _TRAILER only where it may open, _CONTRIBUTED only on a line holding its words: a pattern's call costs
    # about 3,600 instructions even where it fails at once, the dict look-up or the substring test a fraction
    return ((_may_trail(line) and _TRAILER.fullmatch(line) is not None)
            or (_may_contribute(line) and _CONTRIBUTED.fullmatch(line) is not None))


def _opening(line: str) -> tuple[int, str, str | None] | None:
    """The wire dateline(s) that open ``line``: where they end, the first one's agency (as
    matched) and place; ``None`` when the line opens with none. A story passed on by a second
    agency opens with both datelines: all go at once, as every paragraph's do, or a second
    cleaning would find the next one. Every dateline holds an agency in brackets, so a line
    without ``(`` is passed over unmatched.

    >>> _opening("BEIRUT (Reuters) - DAMASCUS (AP) - Troops advanced.")
    (35, 'Reuters', 'BEIRUT ')
    >>> _opening("Troops advanced (Reuters) on Monday.") is None
    True
    """
    if "(" not in line:
        return None
    m = _DATELINE.match(line)
    if m is None:
        return None
    agency, place = m.group("agency"), m.group("place")
    end = m.end()
    while (m := _DATELINE.match(line, end)) is not None:
        end = m.end()
    return end, agency, place


def _wire_line(line: str) -> tuple[bool, tuple[int, str, str | None] | None] | None:
    """What the wire step reads of a line: whether it is a credit line (:func:`_credit_line`) and the
    dateline(s) it opens with (:func:`_opening`), or ``None`` where it is neither (most lines): one feature
    of a block, where the step read two in two walks of the page.

    >>> _wire_line("(Reporting by Jane Doe)"), _wire_line("BEIRUT (Reuters) - Troops advanced."), _wire_line("Hi.")
    ((True, None), (False, (19, 'Reuters', 'BEIRUT ')), None)
    """
    # _credit_line and _opening written out with their first tests (_may_contribute's too, for one word), each
    # pattern's call made only where they pass: this runs on every line of a page (most pass none), and a Python
    # call costs about what a test does
    credit = (((starts := _TRAILER_STARTS.get(line[:1], _TRAILER_BEGINS)) is not None
               and starts.match(line) is not None and _TRAILER.fullmatch(line) is not None)
              or ((_may_contribute(line) if _CONTRIBUTION_WORD is None
                   else not line.isascii() or _CONTRIBUTION_WORD in line.lower())
                  and _CONTRIBUTED.fullmatch(line) is not None))
    opening = _opening(line) if "(" in line else None
    return (credit, opening) if credit or opening is not None else None


def wire(doc: Document) -> Document:
    """Remove the wire dateline prefix (keep the sentence) and the wire credit lines.

    Each line is read once a page (its block's feature: the guard's and the recheck's runs of
    the steps find the answers of the first run).
    """
    credits: list[tuple[int, int, str]] = []
    datelines: list[tuple[int, int, str]] = []
    meta: dict[str, str] = {}
    for block in doc.blocks:
        found = block.feature(_wire_line)
        if found is None:
            continue
        credit, opening = found
        if credit:
            credits.append((block.start, block.end, reasons.AGENCY_TRAILER))
        if opening is None:
            continue
        end, agency, place = opening
        if not meta:  # the first dateline is the story's; later ones open stories quoted or listed
            meta = {"agency": _agency_name(agency)}
            if place:
                meta["dateline"] = place.strip(" ,")
        datelines.append((block.start, block.start + end, reasons.WIRE_DATELINE))
    if not credits and not datelines:
        return doc
    # the credit lines first, as a span passed first keeps its claim where two overlap
    return doc.remove_spans(credits + datelines).setdefault_metadata(**meta)
