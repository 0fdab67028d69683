"""Author names in a byline (``By Jane Doe, Reuters``, ``Jane Doe | Staff writer``): what the
byline step takes out, and what the title and dateline steps check a line against.

A byline is a short line, not a sentence, that opens with a byline word (per language in
:data:`newsclean.lexicon.BYLINE_PREFIXES`) followed by a capitalised name, that is a name
followed by a staff role, or a date line with "by" and a name after the date. Names are split
at "and", "&" and commas; what follows the names (an agency, a role, a date, "Email the
author") is not a name and is left out.

>>> byline_names("By Jane Doe and John Roe, Reuters")
['Jane Doe', 'John Roe']
>>> byline_names("By Monday, the army had left the town.") is None
True
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

import regex

from .alternatives import Openings, lowered_as_matched
from .dates import YEAR, find_dates, line_digits
from .lexicon import (
    AUTHOR_ROLES,
    BYLINE_PREFIXES,
    DESKS,
    MONTHS,
    NAME_JOINS,
    NAME_PARTICLES,
    NOT_NAMES,
    WEEKDAYS,
    all_of,
)
from .memo import LINE_CACHE
from .sentences import ends_sentence

__all__ = ["byline_names", "byline_prefix", "byline_tuple", "desk_credit"]

_MAX_WORDS = 30
# A newsroom's credit: two roles or desks or more, joined ("Staff and agencies", "Staff Writer"; one
# alone is as often a section's name, "Columnists"); read whole, possessively.
_CREDIT_WORD = (r"(?:" + "|".join(regex.escape(w) for w in sorted({*all_of(AUTHOR_ROLES), *all_of(DESKS)}, key=len,
                                                                   reverse=True)) + r")s?\b")
_CREDIT = regex.compile(rf"{_CREDIT_WORD}(?:\s*+(?:,|&|\b(?:" + "|".join(regex.escape(w) for w in all_of(NAME_JOINS))
                        + rf")\b)?\s*+{_CREDIT_WORD})++", regex.IGNORECASE)
_CREDIT_MAX_CHARS = 60
# A name: two to five capitalised words, initials ("E.") and particles ("de", "van") allowed.
_CALENDAR = "|".join(regex.escape(w) for w in all_of(MONTHS) + all_of(WEEKDAYS))
_NAME_WORD = rf"(?!(?i:{_CALENDAR})\.?,?\s+\d)(?:\p{{Lu}}[\p{{L}}'’\-]*\.?|\p{{Lu}}\.)"
_PARTICLE = "(?:" + "|".join(regex.escape(p) for p in all_of(NAME_PARTICLES)) + ")"
_NAME = rf"{_NAME_WORD}(?:\s+(?:{_PARTICLE}\s+){{0,2}}{_NAME_WORD}){{1,4}}+"
_NAME_RE = regex.compile(_NAME)
_PREFIX = regex.compile(r"(?:" + "|".join(regex.escape(p) for p in all_of(BYLINE_PREFIXES)) + r")\s*:?\s+(?=\p{Lu})",
                        regex.IGNORECASE)
# The characters a byline word may open with ("b", "w", "v", ...): most lines open otherwise and are
# not tried (a call into the engine costs ~3,600 instructions even when it fails at once).
_PREFIX_OPENS = Openings(_PREFIX)
# The first two letters of the byline words ("by", "wr", "vo"), lowered as :func:`lowered_as_matched` lowers a
# text: a line _PREFIX matches opens with one of them once its first two characters are so lowered (each
# character the engine takes for a letter of a word turned into that letter, one character for one).
_PREFIX_PAIRS = frozenset(lowered_as_matched(p)[:2] for p in all_of(BYLINE_PREFIXES))
# "by" inside a meta line, after its date.
_INNER_BY = regex.compile(r"\s(?:" + "|".join(regex.escape(p) for p in all_of(BYLINE_PREFIXES)) + r")\s+(?=\p{Lu})",
                          regex.IGNORECASE)
# The byline words _INNER_BY needs, lowered as :func:`lowered_as_matched` lowers a text and none inside another
# ("by" for "posted by"): a line whose lowered copy holds none of them holds no _INNER_BY match (most dated lines
# with a "by" hold none: "di", "par", "por" are the likelier finds), and is not searched.
_BYLINE_WORDS = frozenset(lowered_as_matched(p) for p in all_of(BYLINE_PREFIXES))
_INNER_WORDS = tuple(sorted((w for w in _BYLINE_WORDS if not any(v != w and v in w for v in _BYLINE_WORDS)),
                            key=lambda w: (w != "by", w)))
_JOIN = regex.compile(r"\s*(?:,|&|\b(?:" + "|".join(regex.escape(w) for w in all_of(NAME_JOINS)) + r")\b)\s*")
_ROLES = tuple(regex.escape(r) for r in all_of(AUTHOR_ROLES))
_ROLE = regex.compile(r"\s*[|,–—-]\s*(?:\p{L}+\s+){0,3}(?:" + "|".join(_ROLES) + r")s?\b(.*)", regex.IGNORECASE)
# Lower-case words a byline's tail may hold after its role ("Reuters correspondent in Cairo", "staff writer
# | updated 5 pm"); a tail with more reads as a clause: "..., editor of the Watch, said the leader is ...".
_MAX_TAIL_LOWER = 4
# A word no name holds: a role, or a desk's credit ("By Jane Doe, Eagle Washington Bureau").
_ROLE_WORD = regex.compile(r"\b(?:" + "|".join(regex.escape(w) for w in (*all_of(AUTHOR_ROLES), *all_of(DESKS)))
                           + r")s?\b", regex.IGNORECASE)
# A line naming none of the roles (case folded) cannot hold one: plain substring tests say so without
# running _ROLE's search from every position (a dozen ``in`` tests read a line faster than an alternation
# of the same words, which the standard library's engine tries word by word at every character).
_ROLE_WORDS = tuple(all_of(AUTHOR_ROLES))
_NOT_NAMES = frozenset(all_of(NOT_NAMES))
# What a role's byline needs besides a role's word: a name at the line's start (a character a match of
# _NAME_RE may open with, the engine's answer), and one of _ROLE's separators after it ("Jane Doe | Staff
# writer", "Jane Doe, Reuters correspondent"). Most lines of prose lack one or the other, and are not
# lowered and searched for the roles' words.
_NAME_OPENS = Openings(_NAME_RE)
_ROLE_SEPARATORS = "|,–—-"
# The particles _NAME may hold between two of its words ("de", "van"): each one word, in the case it is matched.
_PARTICLES = frozenset(all_of(NAME_PARTICLES))
# Characters no word of _NAME ends with (its words end with a letter, an apostrophe, a hyphen or a dot).
_NOT_NAME_ENDS = ",;:!?|)\"”»"
# A byline ends with a name, a date or a dot: a line ending as a question, an exclamation, a clause
# (";") or a quotation is prose. A teaser cut short ("…") is not told from a byline run on into a menu.
_PROSE_STOPS = ".!?;"


def _holds_any(text: str, parts: Iterable[str]) -> bool:
    """Whether ``text`` holds one of ``parts`` as a substring.

    >>> _holds_any("jane doe | staff writer", ("editor", "writer")), _holds_any("the army", ("|", ","))
    (True, False)
    """
    # a loop, not any() of a generator: this runs on most lines of a page, and reads 1.6 times as fast
    for part in parts:  # noqa: SIM110
        if part in text:
            return True
    return False


def _names_a_role(folded: str) -> bool:
    """Whether a case-folded line holds one of the roles' words (as a substring: "editors", "coauthor").

    >>> _names_a_role("jane doe | staff writer"), _names_a_role("the army left the town.")
    (True, False)
    """
    return _holds_any(folded, _ROLE_WORDS)


def _may_hold_inner_by(line: str) -> bool:
    """Whether ``line`` may hold an _INNER_BY match (a byline word between white space, a capital after it):
    its copy lowered as the engine matches holds one of the byline words. Stands in for nothing: a line it
    rules out is one the search finds nothing in, for a lowered substring test finds every word an
    IGNORECASE pattern of ``regex`` finds (:func:`lowered_as_matched`).

    >>> _may_hold_inner_by("June 12, 2019 BY Margaret Olsen"), _may_hold_inner_by("Updated June 12, 2019")
    (True, False)
    """
    return _holds_any(lowered_as_matched(line), _INNER_WORDS)


def _may_part_a_role(line: str) -> bool:
    """Whether ``line`` holds a character that parts a name from its role in _ROLE (a bar, a comma,
    a dash), as every line whose names a role follows does.

    >>> _may_part_a_role("Jane Doe | Staff writer"), _may_part_a_role("Jane Doe staff writer")
    (True, False)
    """
    return _holds_any(line, _ROLE_SEPARATORS)


def _opens_two_name_words(line: str) -> bool:
    """Whether ``line`` may open with a name (``_NAME_RE.match(line)``, which a role's byline needs): read off its
    first two words as ``str.split`` cuts them, not by the engine. A name's first word holds no white space and is
    followed by white space (``\\s``, which ``str.split`` cuts at too: every character ``regex`` takes for ``\\s``
    is one ``str.isspace`` takes), so it is the first word ``str.split`` gives, and the next word is a particle or
    opens as a name's word does (with a capital, ``_NAME_OPENS``). A line this rules out is matched by no name.

    >>> _opens_two_name_words("Jane Doe | Staff writer"), _opens_two_name_words("Ludwig van Beethoven, composer")
    (True, True)
    >>> _opens_two_name_words("The army left, they said"), _opens_two_name_words("Updated: Sat 8:31 PM, Feb 17")
    (False, False)
    """
    words = line.split(None, 2)
    return len(words) > 1 and words[0][-1] not in _NOT_NAME_ENDS and (_NAME_OPENS[words[1][0]]
                                                                      or words[1] in _PARTICLES)


def byline_names(line: str) -> list[str] | None:
    """The author names of a byline, or ``None`` if ``line`` is not one.

    >>> byline_names("by Laura June Topolsky July 10, 2015")
    ['Laura June Topolsky']
    >>> byline_names("Jane Doe | Staff writer")
    ['Jane Doe']
    >>> byline_names("By Elena Marsh, Transport Correspondent")
    ['Elena Marsh']
    >>> byline_names("Posted on June 12, 2019 by Margaret Olsen")
    ['Margaret Olsen']
    >>> byline_names("Email the author") is None
    True
    """
    found = byline_tuple(line.strip())
    return None if found is None else list(found)


# What a line's first two characters tell byline_tuple, for the heads seen: whether it opens with a byline word's
# first two letters (_PREFIX_OPENS of its first, then _PREFIX_PAIRS), and whether a name may open it (_NAME_OPENS of
# its first). A plain dictionary, read at the speed of one (an Openings look-up costs about 300 instructions more,
# and a line asked two of them), kept for up to _HEADS_LIMIT heads; like an Openings, a table of characters, not of
# lines.
_HEADS: dict[str, tuple[bool, bool]] = {}
_HEADS_LIMIT = 4096


def _head_opens(head: str) -> tuple[bool, bool]:
    """Whether a line opening with ``head`` (its first two characters, or fewer) opens with a byline word's first
    two letters, and whether a name may open it, as byline_tuple reads them (kept in :data:`_HEADS`).

    >>> _head_opens("By"), _head_opens("Ja"), _head_opens("bu"), _head_opens("th"), _head_opens("")
    ((True, True), (False, True), (False, False), (False, False), (False, False))
    """
    opening = head[:1]
    lowered = head.lower() if head.isascii() else lowered_as_matched(head)
    answer = _PREFIX_OPENS[opening] and lowered in _PREFIX_PAIRS, _NAME_OPENS[opening]
    if len(_HEADS) < _HEADS_LIMIT:
        _HEADS[head] = answer
    return answer


@functools.lru_cache(maxsize=LINE_CACHE)
def byline_tuple(line: str) -> tuple[str, ...] | None:
    """:func:`byline_names` for a stripped line (a block's text is), as a tuple no reader can
    change, cached: a site's pages repeat their furniture.

    >>> byline_tuple("By Jane Doe and John Roe, Reuters"), byline_tuple("Email the author")
    (('Jane Doe', 'John Roe'), None)
    """
    # what each of the three forms below needs first, cheaper than the bounds that follow (most lines have none
    # of them: they open with no byline word, have no name's two first words and separator for a role, hold no
    # year); each asked once and its answer passed on to its form below
    # (written out, not calls of lowered_as_matched and _may_part_a_role, whose _ROLE_SEPARATORS the "in" tests
    # spell: a call costs about as much as the tests)
    head = line[:2]
    prefixed, named = _HEADS[head] if head in _HEADS else _head_opens(head)
    parted = (named and ("," in line or "|" in line or "-" in line or "–" in line or "—" in line)
              and _opens_two_name_words(line))
    dated = None if prefixed or parted else line_digits(line) == YEAR
    if dated is False:
        return None
    # split no further than the bound: a paragraph's words past it are not counted, nor copied one by one;
    # nor a line too short to hold more (each word but the last takes a space after it)
    if ((len(line) > 2 * _MAX_WORDS and len(line.split(None, _MAX_WORDS)) > _MAX_WORDS)
            or (ends_sentence(line, _PROSE_STOPS) and not line.endswith("."))):
        return None
    m = _PREFIX.match(line) if prefixed else None
    if m:
        return tuple(_names(line[m.end():])[0]) or None
    if parted and _names_a_role(line.casefold()):
        names, ends = _names(line)
        for k, end in enumerate(ends):
            if _role_follows(line, end):  # "Robert Burns, AP National Security Writer"
                return tuple(names[:k + 1])
    # find_dates needs a year before the "by": a line with none (told by the dateline step's cached
    # answer for the line) is not searched for the "by"
    if ((dated or (dated is None and line_digits(line) == YEAR)) and _may_hold_inner_by(line)
            and (inner := _INNER_BY.search(line)) is not None and find_dates(line[:inner.start()])):
        return tuple(_names(line[inner.end():])[0]) or None  # "Posted on June 12, 2019 by Margaret Olsen"
    return None


def desk_credit(line: str) -> bool:
    """Whether ``line`` credits the newsroom, not a person: nothing but staff roles and desks, two
    or more, joined ("Staff and agencies", "Staff and wire reports", "Staff Writer"). Papers print such a
    credit where a byline stands, under the headline; it is a byline, never a headline.

    >>> desk_credit("Staff and agencies"), desk_credit("Staff and wire reports"), desk_credit("Staff writer")
    (True, True, True)
    >>> desk_credit("Staff cuts at the agencies"), desk_credit("Jane Doe, staff writer"), desk_credit("Columnists")
    (False, False, False)
    """
    line = line.strip().rstrip(".")
    return len(line) <= _CREDIT_MAX_CHARS and _CREDIT.fullmatch(line) is not None


def byline_prefix(line: str) -> bool:
    """Whether a line opens with a byline word and a capital: "By Jane Doe", "Von Hans Müller".

    >>> byline_prefix("By Alex Heath, a deputy editor."), byline_prefix("Alex Heath, editor, said so.")
    (True, False)
    """
    return _PREFIX.match(line.strip()) is not None


def _names(text: str) -> tuple[list[str], list[int]]:
    """The names that open ``text`` (joined by "and", "&", commas) and where each one ends."""
    names: list[str] = []
    ends: list[int] = []
    pos = 0
    while True:
        n = _NAME_RE.match(text, pos)
        if n is None or n.group(0).split()[0].lower() in _NOT_NAMES or (names and _ROLE_WORD.search(n.group(0))):
            return names, ends  # "Transport Correspondent" after "By Elena Marsh, " is her role
        names.append(n.group(0).rstrip("."))
        ends.append(n.end())
        j = _JOIN.match(text, n.end())
        if j is None or j.end() == n.end():
            return names, ends
        pos = j.end()


def _role_follows(line: str, at: int) -> bool:
    """Whether a staff role follows the names that end at ``at`` ("Jane Doe | Staff writer",
    "Jane Doe and John Roe, Reuters correspondents"), with nothing in lower case between them
    ("Jane Doe, Reuters | Staff writer") and no clause after the role. A sentence
    that opens with a name and a role and goes on with a verb and its object is the article's
    prose, not a byline.

    >>> _role_follows("Jane Doe, Reuters correspondent in Cairo", 8)
    True
    >>> _role_follows("Michael Madden, editor of the Leadership Watch, said the leader wants ties with Europe.", 14)
    False
    """
    role = _ROLE.search(line, at)
    return (role is not None and not _lower_words(line[at:role.start()])
            and _lower_words(role.group(1)) <= _MAX_TAIL_LOWER)


def _lower_words(text: str) -> int:
    return sum(w[:1].islower() for w in text.split())
