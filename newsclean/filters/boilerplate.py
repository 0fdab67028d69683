"""Remove page furniture that is recognisable line by line: share buttons, newsletter boxes,
cookie banners, copyright notices, photo credits and captions, navigation words, inline
"Related:" links and tag lists.

A line goes only when the whole line is such furniture (the vocabulary lives in
:data:`newsclean.lexicon.NOISE_LINES`, per language), so a sentence that merely mentions
sharing or cookies stays.

>>> from newsclean.document import Document
>>> doc = boilerplate(Document.from_text("Share this article\\nShare prices fell on Monday.\\n"
...                                      "Photo: Hau Dinh, AP\\n© 2019 Hearst Communications, Inc."))
>>> doc.body()
'Share prices fell on Monday.'
>>> [r.reason for r in doc.removals]
['share', 'photo_credit', 'copyright']
"""

from __future__ import annotations

import functools
import re

import regex

from .. import reasons
from ..alternatives import HEAD, Alternatives, lowered_as_matched
from ..document import Block, Document
from ..lexicon import CREDIT_LABELS, NOISE_KEYWORDS, NOISE_LINES, all_of
from ..memo import LINE_CACHE
from ..words import SPACE

__all__ = ["boilerplate", "noise_kind"]

# Furniture lines are short; a cookie banner or a diagram's caption may run to a paragraph.
_MAX_CHARS = 300
_MAX_COOKIE_CHARS = 700
# Marks around a furniture line ("» Share", "- Subscribe -"), trimmed before it is read.
_LEAD = SPACE + "|•·>»-–—:*"
_TRAIL = SPACE + "|•·<«-–—:*"
# A furniture line may be set apart in brackets as a whole: "(Read more: ...)", "[Related: ...]".
_BRACKETS = ("()", "[]")


def _compile(tables: dict[str, dict[str, tuple[str, ...]]]) -> regex.Pattern[str]:
    """One pattern for every kind, a named group per reason: what a line is, as a whole. Of
    ``NOISE_LINES`` it is the full pattern, the reference :func:`_furniture` answers as (checked by
    ``tests/test_boilerplate.py``), read faster: its openers by the line's first character
    (``_OPENERS``), its wildcard alternatives one by one (``_WILDCARDS``)."""
    groups = [f"(?P<{reason}>" + "|".join(p for ps in table.values() for p in ps) + ")"
              for reason, table in tables.items()]
    return regex.compile("|".join(groups), regex.IGNORECASE | regex.V0)


_COOKIE = _compile({"cookie": NOISE_LINES["cookie"]})

# -- prefilter -----------------------------------------------------------------------------------
# Most lines are prose that no alternative matches, yet the alternatives that open with a wildcard
# (".{0,200}\\bcookies\\b...") make the full pattern scan such a line many times over. Each of those
# alternatives contains one of the keywords below, so a line holding none of them can only match one
# of the other alternatives, which all open with a word or a mark and fail at once. A line that
# passes the prefilter is still read by them, so the prefilter changes no answer.
_WILDCARD_OPENINGS = (".{", "[^", "(?:have a")
# Each keyword with the lower-case strings one of which any text it matches holds: a line holding
# none of those strings is passed over by a plain substring scan, without running the pattern.
_KEYWORDS: tuple[tuple[str, tuple[str, ...]], ...] = tuple(
    dict.fromkeys(keyword for keywords in NOISE_KEYWORDS.values() for keyword in keywords))


def _is_wildcard(alternative: str) -> bool:
    """Whether a lexicon alternative may open with any text (and so needs a keyword)."""
    return alternative.startswith(_WILDCARD_OPENINGS)


# The first characters of a line whose head may open an opener's match read before the engine is asked
# (Alternatives' reach): of the lines the engine fails, about half part from every opener within them.
_REACH = 12


def _compile_openers(tables: dict[str, dict[str, tuple[str, ...]]]) -> Alternatives:
    """The alternatives that open with a word or a mark, in the full pattern's order and named groups,
    matched with only those that can start with the line's first character. On a line that
    holds no keyword (so no wildcard alternative can match it) its match is the full pattern's: the
    first alternative in order that matches the whole line, in its reason's group."""
    return Alternatives([(reason, [p for ps in table.values() for p in ps if not _is_wildcard(p)])
                         for reason, table in tables.items()], regex.IGNORECASE | regex.V0, reach=_REACH)


_OPENERS = _compile_openers(NOISE_LINES)
# its heads known to open no match (Alternatives.known_heads), read by noise_kind before it calls fullmatch
_OPENER_HEADS = _OPENERS.known_heads
# What makes a pattern's answer depend on the direction it is read in: atomic groups, possessive
# quantifiers, look-arounds, back-references (none in the wildcard alternatives today).
_DIRECTED = regex.compile(r"\(\?[>=!<]|[*+?}]\+|\\[1-9]|\(\?P=")


def _compile_wildcards(tables: dict[str, dict[str, tuple[str, ...]]]
                       ) -> tuple[tuple[str, tuple[regex.Pattern[str], ...]], ...]:
    """Each reason (in the full pattern's order) with its wildcard alternatives, each compiled alone.

    Alone, the ``regex`` engine checks a pattern's required text (``cookies``, ``all rights
    reserved``) before it tries the pattern; in the full pattern's alternation of a hundred and more it
    cannot, and tried every wildcard opening at every length (about 100 µs a line holding a
    keyword, against 15 µs for the alternatives one by one). Each is read from the line's end
    (``REVERSE``): its opening ``.{0,200}`` then comes last, after the line's end has failed the
    rest (a caption's ``... more``, a ``continue reading``), about half the cost again. Whether a
    pattern matches the whole line does not depend on the direction it is read in, save for
    the constructs of ``_DIRECTED``: an alternative holding one is read forwards.

    >>> [(w.pattern, w.flags & regex.REVERSE > 0) for w in dict(_compile_wildcards(
    ...     {"copyright": {"en": (".{0,9} all rights reserved", "(?:©|copyright) .{0,9}")}}))["copyright"]]
    [('.{0,9} all rights reserved', True)]
    """
    flags = regex.IGNORECASE | regex.V0
    return tuple((reason, tuple(regex.compile(p, flags if _DIRECTED.search(p) else flags | regex.REVERSE)
                                for ps in table.values() for p in ps if _is_wildcard(p)))
                 for reason, table in tables.items())


_WILDCARDS = _compile_wildcards(NOISE_LINES)


def _any_of(strings: list[str]) -> str:
    """A pattern whose search finds a text holding one of ``strings`` (not empty): the strings
    that hold none of the others (a text holding "(photo" holds "photo"), as a tree of their
    first characters, so that the engine tries one branch at a character, not each string.

    >>> _any_of(["photo", "(photo", "picture", "more", "read more", "/", "reuters/"])
    '(?:p(?:hoto|icture)|more|/)'
    """
    def tree(words: list[str]) -> str:
        by_first: dict[str, list[str]] = {}
        for word in words:
            by_first.setdefault(word[0], []).append(word[1:])
        branches = [re.escape(c + tails[0]) if len(tails) == 1 else re.escape(c) + tree(tails)
                    for c, tails in by_first.items()]
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    unique = list(dict.fromkeys(strings))
    return tree([s for s in unique if not any(o != s and o in s for o in unique)])


# Characters by how often English text holds them, the most frequent first (the space, then "etaoin ...");
# any other character counts as rarer than all of them.
_FREQUENT = " etaoinshrdlcumwfgypbvkjxqz"
# The characters of a hint the first scan looks for (fewer where the hint is shorter), and the fewest it may look
# for where a shorter part opens with a rare character (one of _RARE, or none of _FREQUENT's).
_ANCHOR = 4
_SHORT_ANCHOR = 3
_RARE = "bvkjxqz"


def _rarity(part: str) -> int:
    """How rare ``part``'s first character is in English text (:data:`_FREQUENT`: higher is rarer)."""
    return _FREQUENT.find(part[0]) if part[0] in _FREQUENT else len(_FREQUENT)


def _anchor(hint: str) -> str:
    """The part of ``hint`` (up to :data:`_ANCHOR` characters) that opens with its rarest character
    (:data:`_FREQUENT`): what the first scan of a line looks for in its place. A line holding
    ``hint`` holds it, so a line holding no anchor holds no hint. The scan tries its tree at
    every character that may open an anchor: opening on rare characters, it tries it at few
    ("subscribe" is looked for as "bscr", not at every "s"), about half the cost of the scan.
    A part of :data:`_SHORT_ANCHOR` characters is taken where it opens with a rarer character than
    any of the longer parts and one of :data:`_RARE` ("inbox" as "box", not at every "n"; "issues for"
    stays "ues ", not "for", a common word).

    >>> _anchor("subscribe"), _anchor("newsletter"), _anchor("(ap"), _anchor("/"), _anchor("more")
    ('bscr', 'wsle', '(ap', '/', 'more')
    >>> _anchor("inbox"), _anchor("cookie"), _anchor("all rights reserved"), _anchor("issues for")
    ('box', 'kie', 'ved', 'ues ')
    """
    width = min(_ANCHOR, len(hint))
    best = max((hint[k:k + width] for k in range(len(hint) - width + 1)), key=_rarity)
    if width > _SHORT_ANCHOR:
        short = max((hint[k:k + _SHORT_ANCHOR] for k in range(len(hint) - _SHORT_ANCHOR + 1)), key=_rarity)
        if _rarity(short) > _rarity(best) and (short[0] in _RARE or short[0] not in _FREQUENT):
            return short
    return best


# Keywords that end a line (``\s(?:more|less)\Z``): a line they match ends with one of their hints once
# lowered (lowered_as_matched keeps a character for a character), which ``str.endswith`` tells, so the first
# scan does not look for them (they are common words: "more", "less").
_END_KEYWORD = r"\Z"
_END_HINTS = tuple(dict.fromkeys(hint for keyword, hints in _KEYWORDS if keyword.endswith(_END_KEYWORD)
                                 for hint in hints))
# The standard library scans a plain alternation of strings about four times faster than regex, and
# a tree of their first characters twice as fast again (0.26 -> 0.13 ms a page), and a tree of their
# anchors, which open on rarer characters, about twice as fast again.
_KEYWORD_HINT = re.compile(_any_of([_anchor(s) for keyword, hints in _KEYWORDS
                                    if not keyword.endswith(_END_KEYWORD) for s in hints]))
# Its cost grows with a line's length (about 55 instructions a character and 420 at each that opens an anchor),
# the gates' (below) much less: a line of this many characters or more is not scanned, its gates read at once.
_SCANNED_BELOW = 130


def _gate(hint: str) -> str:
    """The rarest character of ``hint`` (:func:`_rarity`; the first of the rarest): a line holding ``hint`` holds
    it, so a line not holding it holds no hint it gates, which one ``in`` test tells (a ``memchr`` over the line).

    >>> _gate("subscribe"), _gate("newsletter"), _gate("(ap"), _gate("all rights reserved"), _gate("image")
    ('b', 'w', '(', 'v', 'g')
    """
    return max(hint, key=_rarity)


_Keywords = tuple[regex.Pattern[str], ...]


def _compile_keywords(keywords: tuple[tuple[str, tuple[str, ...]], ...], at_end: bool) -> dict[str, _Keywords]:
    """Each hint string with the compiled keywords it may stand for (those that end a line, or the others),
    in the keywords' order."""
    out: dict[str, list[regex.Pattern[str]]] = {}
    for keyword, hints in keywords:
        if keyword.endswith(_END_KEYWORD) == at_end:
            compiled = regex.compile(keyword, regex.IGNORECASE | regex.V0)
            for hint in dict.fromkeys(hints):
                out.setdefault(hint, []).append(compiled)
    return {hint: tuple(found) for hint, found in out.items()}


def _gates(by_hint: dict[str, _Keywords]) -> tuple[tuple[str, tuple[tuple[str, _Keywords], ...]], ...]:
    """Each gate character (:func:`_gate`), the rarest first, with the hints it gates and their keywords.

    >>> dict(_gates({"cookie": (), "inbox": (), "subscribe": (), "be reached at": ()}))
    {'x': (('inbox', ()),), 'k': (('cookie', ()),), 'b': (('subscribe', ()), ('be reached at', ()))}
    """
    gated: dict[str, list[tuple[str, _Keywords]]] = {}
    for hint, keywords in by_hint.items():
        gated.setdefault(_gate(hint), []).append((hint, keywords))
    return tuple((gate, tuple(gated[gate])) for gate in sorted(gated, key=_rarity, reverse=True))


# A line's keywords are searched for only where it holds one of their hints (a keyword none of whose hints it holds
# cannot match it), each keyword compiled alone, not as the alternation of every keyword, which tries them all at
# every character. The hints are looked for behind their gates (one ``in`` test a gate, a ``memchr``): most lines
# hold none of the rare ones ("x", "k", "v", "(", "©", "/"), and a common one lets one or two hints through.
_GATES = _gates(_compile_keywords(_KEYWORDS, at_end=False))
_AT_END = tuple(dict.fromkeys(k for keywords in _compile_keywords(_KEYWORDS, at_end=True).values() for k in keywords))
_COOKIE_WORD = regex.compile("cookie", regex.IGNORECASE | regex.V0)
# A long caption (a diagram's, a map's) still ends with its credit after its last sentence:
# "... used while the crew is awake. Credit: ESA". Read in the line's last characters only.
_CREDIT_END = regex.compile(r"[.!?][\"'”’)]?\s(?:" + "|".join(all_of(CREDIT_LABELS)) + r")s?:\s?[^.!?:]{1,60}\Z")
_CREDIT_TAIL = 80
# A credit that counts its pictures ("Images: Getty Images (3)") credits the article's pictures, not one:
# a paragraph it ends is the article's last one, run into its credits line, no caption.
_SEVERAL = regex.compile(r"\(\d{1,3}\)\Z")


def _hints_held(alternative: str) -> tuple[str, ...]:
    """The hints of the keywords a wildcard alternative holds (each spelt as ``_KEYWORDS`` spells it, less
    its end anchor, as ``tests/test_boilerplate.py`` checks every wildcard alternative holds one): a line it
    matches holds one of those keywords, so its lowered copy holds one of these hints.

    >>> _hints_held(r".{0,120}\\ball rights reserved\\b.{0,120}"), _hints_held(r".{10,300}\\s(?:more|less)")
    (('all rights reserved',), ('more', 'less'))
    """
    return tuple(dict.fromkeys(hint for keyword, hints in _KEYWORDS if keyword.removesuffix(r"\Z") in alternative
                               for hint in hints))


# Each reason's wildcard alternatives with the hints one of which a line they match holds: a keyworded line
# is tried against the alternatives whose hints it holds only (most hold the hints of one or two keywords,
# and each alternative tried costs thousands of instructions: its opening ".{0,200}" is read at every length).
_GATED_WILDCARDS = tuple((reason, tuple((w, _hints_held(w.pattern)) for w in wildcards))
                         for reason, wildcards in _WILDCARDS)


# Typographic marks that lines otherwise of ASCII often hold (curly quotes, dashes, an ellipsis: 7 in 10 lines
# of the eval pages that are not ASCII hold no other character that is not), and the ASCII character that
# stands for each in the copy of a line noise_kind reads the hints in (:func:`_hint_copy`). No hint holds
# either, nor a character a mark lowers to, so a hint stands in that copy where it stands in the line
# lowered (tests/test_boilerplate_fast.py checks it).
_MARKS = "’‘“”—–…"
_MARK_STAND_IN = "\x00"


def _hint_copy(text: str) -> str:
    """``text`` lowered as the keywords' case folding reads it (:func:`lowered_as_matched`), each of its
    typographic marks (:data:`_MARKS`) then ASCII's :data:`_MARK_STAND_IN`: the copy that :func:`noise_kind`
    looks for the keywords' hints in (and reads nothing else off). A line that holds no other character
    that is not ASCII is then lowered by ``str.lower`` on ASCII, about a tenth of the cost of lowering it
    with them (each character of a text that is not ASCII is lowered one by one: about 14,000 instructions
    for the eval pages' lines of the kind, 108 characters on average, against 1,500 for the copy).

    >>> _hint_copy("“Read More” — here"), _hint_copy("ſubscribe — ©")
    ('\\x00read more\\x00 \\x00 here', 'subscribe \\x00 ©')
    """
    for mark in _MARKS:
        text = text.replace(mark, _MARK_STAND_IN)  # a scan in C that returns the text itself where no mark is
    return text.lower() if text.isascii() else lowered_as_matched(text)


def _holds_one(text: str, parts: tuple[str, ...]) -> bool:
    """Whether ``text`` holds one of ``parts`` (a loop, not ``any()`` of a generator: faster)."""
    for part in parts:  # noqa: SIM110
        if part in text:
            return True
    return False


def _keyworded(text: str) -> bool:
    """Whether ``text`` holds a keyword (one of ``_KEYWORDS``' patterns), as every line a wildcard alternative
    of the full pattern matches does: on a line shorter than :data:`_SCANNED_BELOW`, a plain substring scan for
    the hints' anchors first (most lines hold none), then the keywords of the hints the line holds, each
    searched alone (:func:`_holds_keyword`).

    >>> _keyworded("Sign up for our newsletter"), _keyworded("Read more"), _keyworded("More people came")
    (True, True, False)

    The hints are looked for in the line lowered as the keywords' case-insensitive matching reads it
    (:func:`~newsclean.alternatives.lowered_as_matched`): it takes "ſ" for "s" and "İ" for "i", which
    ``str.lower`` leaves or turns into two characters.

    >>> _keyworded("ſubscribe now"), _keyworded("DELIVERED TO YOUR İNBOX")
    (True, True)
    """
    return _keyworded_lowered(text, lowered_as_matched(text))


def _keyworded_lowered(text: str, lower: str) -> bool:
    """:func:`_keyworded` given ``text`` lowered as the keywords' case folding reads it ("ſubscribe",
    "İnbox" read as hints)."""
    if len(lower) < _SCANNED_BELOW and _KEYWORD_HINT.search(lower) is None and not lower.endswith(_END_HINTS):
        return False
    return _holds_keyword(text, lower)


def _holds_keyword(text: str, lower: str) -> bool:
    """Whether ``text`` holds a keyword, given ``text`` lowered as the keywords' case folding reads it
    ("ſubscribe", "İnbox" read as hints): the keywords of the hints ``lower`` holds, each searched alone, the
    hints looked for behind their gates (:data:`_GATES`), and the keywords that end a line where ``lower`` ends
    with one of their hints. The answer of the alternation of every keyword (``tests/test_boilerplate.py``), with
    or without the first scan before it (:func:`_keyworded_lowered`).

    >>> _holds_keyword("Sign up for our newsletter", "sign up for our newsletter"), _holds_keyword("A / B", "a / b")
    (True, True)
    >>> _holds_keyword("Photo of the day", "photo of the day"), _holds_keyword("Read more", "read more")
    (False, True)
    """
    tried: list[regex.Pattern[str]] = []
    for gate, hints in _GATES:
        if gate in lower:
            for hint, keywords in hints:
                if hint in lower:
                    for keyword in keywords:
                        if keyword not in tried:
                            if keyword.search(text) is not None:
                                return True
                            tried.append(keyword)
    if lower.endswith(_END_HINTS):
        for keyword in _AT_END:
            if keyword.search(text) is not None:
                return True
    return False


def _furniture(text: str) -> str | None:
    """The reason of the full pattern's ``fullmatch(text)`` (``None`` when it does not match): the first reason,
    in its order, one of whose alternatives matches the whole line. The openers' answer
    (:func:`_compile_openers`) is that reason's among the alternatives that open with a word or
    a mark; on a line that holds no keyword it is the answer, and on one that does, only the
    wildcard alternatives of the reasons before it are tried (``_WILDCARDS``).

    >>> _furniture("Share this article"), _furniture("All rights reserved."), _furniture("The dog sat.")
    ('share', 'copyright', None)
    >>> _furniture("Rates fell as markets closed on Friday. (AP Photo/Jane Doe)")
    'caption'
    """
    m = _OPENERS.fullmatch(text)
    return _furniture_of(text, lowered_as_matched(text), m.lastgroup if m is not None else None)


def _furniture_of(text: str, lower: str, opener: str | None) -> str | None:
    """:func:`_furniture` given ``text`` lowered as the keywords' case folding reads it and the openers' answer."""
    return _wildcard_reason(text, lower, opener) if _keyworded_lowered(text, lower) else opener


def _wildcard_reason(text: str, lower: str, opener: str | None) -> str | None:
    """:func:`_furniture_of` of a line that holds a keyword: the first reason, in the full pattern's order, that
    the openers' answer is or one of whose wildcard alternatives matches the whole line."""
    for reason, wildcards in _GATED_WILDCARDS:
        if reason == opener:
            return reason
        for wildcard, hints in wildcards:
            if _holds_one(lower, hints) and wildcard.fullmatch(text) is not None:
                return reason
    return None


@functools.lru_cache(maxsize=LINE_CACHE)
def noise_kind(line: str) -> str | None:
    """The reason slug if ``line`` is page furniture as a whole, else ``None``.

    >>> noise_kind("Image Credit: WeWork"), noise_kind("Tags: Syria, Aleppo")
    ('photo_credit', 'tags')
    >>> noise_kind("The photo credit went to a local man.") is None
    True
    >>> noise_kind("(Read more: Council approves the budget)")
    'related_links'
    """
    text = line.lstrip(_LEAD).rstrip(_TRAIL)
    if not text or len(text) > _MAX_CHARS or text[0] + text[-1] in _BRACKETS:
        return _noise_kind(text)
    # a line of up to _MAX_CHARS not in brackets (nearly every line): _kind's reading of it, _furniture's steps
    # written out (five calls a line fewer: most lines are ruled out by a look-up and a scan of C); first the
    # openers' fullmatch, answered by the look-up of its head where that is known to open no match
    m = (None if len(text) > HEAD and _OPENER_HEADS.get(text[:HEAD]) is False
         else _OPENERS.fullmatch(text))
    lower = text.lower() if text.isascii() else _hint_copy(text)  # read for the hints only
    if ((len(lower) < _SCANNED_BELOW and _KEYWORD_HINT.search(lower) is None and not lower.endswith(_END_HINTS))
            or not _holds_keyword(text, lower)):  # _keyworded_lowered's steps, written out
        if m is None:
            return None  # no keyword (so no wildcard alternative) and no opener
        kind = m.lastgroup
    else:
        kind = _wildcard_reason(text, lower, m.lastgroup if m is not None else None)
    return None if kind == reasons.CAPTION and _SEVERAL.search(text) else kind


def _noise_kind(text: str) -> str | None:
    """:func:`noise_kind` of a line with its edge marks trimmed (``text``), as the rule reads: the whole line,
    then, set apart in brackets, what they hold. :func:`noise_kind` answers so on every line
    (``tests/test_boilerplate_fast.py``), reading most of them faster."""
    if not text or len(text) > _MAX_COOKIE_CHARS:
        return None
    kind = _kind(text)
    if kind is None and text[0] + text[-1] in _BRACKETS:
        kind = _kind(text[1:-1].strip())  # set apart in brackets: "(Read more: ...)", "[Related: ...]"
    return kind


def _kind(text: str) -> str | None:
    """:func:`noise_kind` for a line with its edge marks trimmed."""
    if not text:
        return None
    if len(text) <= _MAX_CHARS:
        kind = _furniture(text)
    elif ":" in (tail := text[-_CREDIT_TAIL:]) and _CREDIT_END.search(tail):  # (every credit holds its ":")
        kind = reasons.CAPTION
    else:  # every cookie alternative names cookies
        m = _COOKIE.fullmatch(text) if _COOKIE_WORD.search(text) else None
        kind = m.lastgroup if m else None
    return None if kind == reasons.CAPTION and _SEVERAL.search(text) else kind


def boilerplate(doc: Document) -> Document:
    """Remove every whole line of recognisable page furniture, with its reason: in one change, each block for
    its own (a change a reason derived a document each, rebuilding its touched blocks)."""
    found: list[tuple[Block, str]] = []
    for block in doc.blocks:
        reason = block.feature(noise_kind)
        if reason is not None:
            found.append((block, reason))
    return doc.remove_each(found) if found else doc
