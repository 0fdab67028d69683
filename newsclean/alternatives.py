"""A large alternation, tried only with the alternatives that can start with the text's first character.

The vocabulary tables (:mod:`newsclean.lexicon`) become patterns of a hundred alternatives or
more, full-matched against every line of a page. The ``regex`` engine tries each alternative
in turn at the line's start, so a line that is no furniture at all (most lines) costs about
a hundred failed starts. Most alternatives open with a word, so the first character of the
line rules nearly all of them out: :class:`Alternatives` keeps, for each first character,
a pattern of only the alternatives that may start with it, in their order and groups. The
answer is the same match (span and group) as the whole pattern's, because an alternative
that cannot start with that character cannot match, and the ones left are tried in the
same order.

Which characters an alternative may start with is read off its opening (literals, classes,
escapes, groups, optional parts); anything this reading does not know, or an alternative
that may match the empty string, counts as "may start with any character". Whether a
character is one of those starting characters is asked of the ``regex`` engine itself, with
the pattern's flags, so case folding is the engine's own (when the flags fold case fully, a
character such as "ß" may match two of a pattern's, "ss": a line opening with one that is not
ASCII is then matched with the whole pattern, as it is past the first few hundred
non-ASCII first characters seen).

Each entry is compiled on first use (a few milliseconds: the ``regex`` module compiles in
Python), so a process pays about a tenth of a second for the first characters of its first
pages, and then saves a few microseconds on every line.

A full match at the text's start is asked one more question first: whether any match may open
with the text's first four characters (its head: "The ", "Offi", "Shar"). The engine answers it
(a partial match of the head), once a head, kept in a bounded dictionary; most lines' heads open
no match, so most lines cost one look-up. A single pattern gains as much as a large alternation:
a dateline's pattern takes microseconds to fail a line of prose holding a number, and the head
"The " tells it at once.

>>> alts = Alternatives([("share", ["share(?: this)?", r"\\d+ shares"]), ("menu", ["(?:main )?menu"])],
...                     regex.IGNORECASE)
>>> alts.fullmatch("Share this").lastgroup, alts.fullmatch("12 shares").lastgroup, alts.fullmatch("Menu").lastgroup
('share', 'share', 'menu')
>>> alts.fullmatch("Shares fell") is None, alts.candidates("M")
(True, 1)
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

import regex

__all__ = ["HEAD", "Alternatives", "Openings", "beginnings", "beginnings_by_first", "branches", "first_characters"]

_ZERO_WIDTH_ESCAPES = frozenset("bBAZzG")
_CLASS_ESCAPES = frozenset("dDwWsS")
_CHAR_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v"}
_LOOKAROUND = ("(?=", "(?!", "(?<=", "(?<!")
_GROUP_OPENINGS = ("(?:", "(?>", "(?P<")
_QUANTIFIER = regex.compile(r"(?:[?*+]|\{(\d*)(?:,\d*)?\})[?+]?")
# The most non-ASCII first characters an Alternatives gives a pattern of their own: past them,
# a text opening with another is matched with the whole pattern.
_NON_ASCII = 256
# The head of a text (its first characters) an Alternatives asks about before it tries the text: no
# alternative may open with most heads ("The ", "Sout", "Offi"), which rules out about three lines
# in four of a page in one dictionary lookup. Four characters rule out 74% of the eval pages' lines
# (three 61%, five 75%) from about 5,000 distinct heads. The heads kept are bounded (_HEADS): past
# them a head not seen before is not asked about, the text tried as it is.
_HEAD = 4
_HEADS = 8192
HEAD = _HEAD  # (public: the length of a head in Alternatives.known_heads)


class _Unknown(Exception):
    """The opening of an alternative uses syntax this reader does not follow."""


def _closing(p: str, i: int) -> int:
    """The index just past the ``)`` that closes the group opened at ``p[i]``."""
    depth = 0
    while i < len(p):
        c = p[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = _class_end(p, i)
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    raise _Unknown(p)


def _class_end(p: str, i: int) -> int:
    """The index just past the ``]`` that closes the class opened at ``p[i]``."""
    j = i + 1
    if j < len(p) and p[j] == "^":
        j += 1
    if j < len(p) and p[j] == "]":
        j += 1
    while j < len(p):
        if p[j] == "\\":
            j += 2
            continue
        if p[j] == "]":
            return j + 1
        j += 1
    raise _Unknown(p)


def branches(p: str) -> list[str]:
    """``p`` cut at its top-level ``|`` (one piece when it has none).

    >>> branches(r"a(?:b|c)|[|]d"), branches("abc")
    (['a(?:b|c)', '[|]d'], ['abc'])
    """
    out, start, i = [], 0, 0
    while i < len(p):
        c = p[i]
        if c == "\\":
            i += 2
        elif c == "[":
            i = _class_end(p, i)
        elif c == "(":
            i = _closing(p, i)
        elif c == "|":
            out.append(p[start:i])
            start = i = i + 1
        else:
            i += 1
    out.append(p[start:])
    return out


def _atom(p: str, i: int) -> tuple[list[str] | None, bool, int]:
    """The atom at ``p[i]``: (fragments for its first character, or ``None`` for a zero-width
    item; whether it may match the empty string; the index past it)."""
    c = p[i]
    if c == "\\":
        if i + 1 >= len(p):
            raise _Unknown(p)
        e = p[i + 1]
        if e in _ZERO_WIDTH_ESCAPES:
            return None, True, i + 2
        if e in _CLASS_ESCAPES:
            return [p[i:i + 2]], False, i + 2
        if e in "pP" and p[i + 2:i + 3] == "{":
            end = p.index("}", i) + 1
            return [p[i:end]], False, end
        if e in _CHAR_ESCAPES:
            return [regex.escape(_CHAR_ESCAPES[e])], False, i + 2
        if e.isalnum():
            raise _Unknown(p)  # \x41, \N{...}, back-references: not followed here
        return [regex.escape(e)], False, i + 2
    if c == "[":
        end = _class_end(p, i)
        return [p[i:end]], False, end
    if c == "(":
        end = _closing(p, i)
        if p.startswith(_LOOKAROUND, i):
            return None, True, end
        if p.startswith(_GROUP_OPENINGS, i):
            inner_start = p.index(">", i) + 1 if p.startswith("(?P<", i) else i + 3
        elif p[i + 1:i + 2] != "?":
            inner_start = i + 1
        else:
            raise _Unknown(p)  # inline flags such as (?-i:...) change how the opening reads
        fragments: list[str] = []
        empty = False
        for branch in branches(p[inner_start:end - 1]):
            found, may_be_empty = _opening(branch)
            fragments += found
            empty = empty or may_be_empty
        return fragments, empty, end
    if c == ".":
        raise _Unknown(p)  # any character
    if c in "^$":
        return None, True, i + 1
    if c in "|)*+?{":
        raise _Unknown(p)
    return [regex.escape(c)], False, i + 1


def _opening(p: str) -> tuple[list[str], bool]:
    """Fragments that together cover every first character a match of ``p`` may have, and
    whether ``p`` may match the empty string (then what follows it may supply that character)."""
    fragments: list[str] = []
    i = 0
    while i < len(p):
        found, empty, i = _atom(p, i)
        q = _QUANTIFIER.match(p, i)
        if q is not None:
            i = q.end()
            if q.group(0)[0] in "?*" or (q.group(1) in ("", "0") and q.group(0)[0] == "{"):
                empty = True
        if found is None:
            continue  # zero-width: the next item supplies the first character
        fragments += found
        if not empty:
            return fragments, False
    return fragments, True


def first_characters(pattern: str) -> list[str] | None:
    """Patterns of one character each that together cover the first character of any match of
    ``pattern``, or ``None`` when that cannot be told (any character, or an empty match).

    >>> first_characters(r"(?:get )?short url"), first_characters(r"\\(?(?:photo|image)")
    (['g', 's'], ['\\\\(', 'p', 'i'])
    >>> first_characters(r"×|x"), first_characters(r".{0,40}cookies"), first_characters(r"(?:tags)?")
    (['×', 'x'], None, None)
    """
    fragments: list[str] = []
    try:
        for branch in branches(pattern):
            found, empty = _opening(branch)
            if empty:
                return None
            fragments += found
    except (_Unknown, ValueError):
        return None
    return fragments


def _full_case(flags: int) -> bool:
    """Whether ``flags`` fold case fully: one character of a text may then match two of a
    pattern ("ß" matches "ss").

    >>> _full_case(regex.IGNORECASE), _full_case(regex.IGNORECASE | regex.V1), _full_case(regex.V1)
    (False, True, False)
    """
    return bool(flags & regex.IGNORECASE) and bool(flags & (regex.FULLCASE | regex.V1))


# -- Beginnings: the first characters of a match, told by one scan of the standard library ------------
# A match of a lexicon alternative opens with its words ("share this", "most read"): among ASCII
# characters, each of its first few characters is one of a small set ("s" or "S", then "h" or "H", ...).
# Those sets, read off each alternative and asked of the ``regex`` engine one ASCII character at a
# time, make one pattern of the standard library (``re``) that matches at the start of every text a
# match of the alternation may start, and at few others. Where it does not match, no alternative
# does: the engine's own test of that (a partial match of the head of the text) costs about 45,000
# instructions on an alternation of two dozen case-insensitive alternatives, this one about 2,000.
_ASCII = "".join(map(chr, range(128)))
_BEGINNING = 4  # the characters of a match's beginning read (the head of Alternatives, the opening of AnyOf)
_BEGINNINGS = 64  # the most beginnings kept of one alternative: past it, fewer characters of each are read
# A group whose flags differ from the pattern's only in ways a beginning reads as the flags outside do:
# case (every character is read case-insensitively), dots and line anchors (a dot matches any
# character). Verbose groups, where white space is not read, are read no further.
_SCOPED_FLAGS = regex.compile(r"\(\?[ims]*(?:-[ims]+)?:")
_GLOBAL_FLAGS = regex.compile(r"\(\?[a-zA-Z]+\)")  # inline flags for the whole pattern: not read
_BRACES = regex.compile(r"\{(\d*)(?:(,)(\d*))?\}[?+]?")  # a counted repeat: "{2}", "{0,3}", "{1,}"
_OPEN, _CLOSED = True, False  # whether a beginning covers the match up to where it was read, or stops


_EVERY = r"[\s\S]"  # the class of a dot: every character


_Tree = dict[str, "_Tree | None"]  # a class -> the tree after it (``None`` where a beginning ends)


class _Stop(Exception):
    """What follows in the pattern is not read: the beginnings read so far end there."""


def _character_class(fragment: str, flags: int, classes: dict[str, str]) -> str:
    """``re`` source of a class that holds the ASCII characters the ``regex`` engine matches with
    ``fragment`` (an item that matches one character: a literal, a class, an escape, a dot),
    asked of the engine with ``flags``, case folding and dots matching all (they only add
    characters), and every character that is not ASCII. Kept in ``classes``. Written as the
    class of the ASCII characters it leaves out, negated: ``re`` compiles a class spelling the
    range of every character that is not ASCII into a table of them (about 70 ms a pattern). Those
    are written as runs (:func:`_runs`), which ``re`` parses faster than a character each.

    >>> _character_class("s", 0, {})
    '[^\\\\x00-\\\\x52\\\\x54-\\\\x72\\\\x74-\\\\x7f]'
    >>> _character_class(".", 0, {}) == _EVERY
    True
    """
    got = classes.get(fragment)
    if got is None:
        matched = set(regex.compile(fragment, flags | regex.IGNORECASE | regex.DOTALL).findall(_ASCII))
        left_out = [c for c in _ASCII if c not in matched]
        got = classes[fragment] = "[^" + _runs(left_out) + "]" if left_out else _EVERY
    return got


def _runs(chars: list[str]) -> str:
    """``chars`` (ASCII, in order) as the inside of a class: each run of consecutive characters as a range
    of two hexadecimal escapes, a character alone as one.

    >>> _runs(["a", "b", "c", "e"]), re.fullmatch("[" + _runs(list("-]^")) + "]+", "^]-") is not None
    ('\\\\x61-\\\\x63\\\\x65', True)
    """
    out, i = [], 0
    while i < len(chars):
        j = i
        while j + 1 < len(chars) and ord(chars[j + 1]) == ord(chars[j]) + 1:
            j += 1
        out.append(f"\\x{ord(chars[i]):02x}" + (f"-\\x{ord(chars[j]):02x}" if j > i else ""))
        i = j + 1
    return "".join(out)


def _item(p: str, i: int, flags: int, classes: dict[str, str], width: int = _BEGINNING
          ) -> tuple[list[tuple[tuple[str, ...], bool]], int]:
    """The item at ``p[i]`` with its quantifier: its beginnings (each with whether a match may
    go on after it, up to ``width`` classes) and the index past it. Raises :class:`_Stop` where the
    reading ends."""
    c = p[i]
    end = i + 1
    one: str | None = None
    options: list[tuple[tuple[str, ...], bool]]
    if c == "\\":
        e = p[i + 1:i + 2]
        end = i + 2
        if e in _ZERO_WIDTH_ESCAPES and e:
            options = [((), _OPEN)]
        elif e in "pP" and e and p[i + 2:i + 3] == "{":
            end = p.index("}", i) + 1
            one = p[i:end]
        elif not e or (e.isalnum() and e not in _CLASS_ESCAPES and e not in _CHAR_ESCAPES):
            raise _Stop  # \x41, \N{...}, back-references: not read
        else:
            one = p[i:end]
    elif c == "[":
        end = _class_end(p, i)
        one = p[i:end]
    elif c == "(":
        end = _closing(p, i)
        if p.startswith(_LOOKAROUND, i):
            options = [((), _OPEN)]
        else:
            scoped = _SCOPED_FLAGS.match(p, i)
            if p.startswith(_GROUP_OPENINGS, i):
                inner = p.index(">", i) + 1 if p.startswith("(?P<", i) else i + 3
            elif scoped is not None:
                inner = scoped.end()
            elif p[i + 1:i + 2] != "?":
                inner = i + 1
            else:
                raise _Stop  # conditionals, comments, back-references by name
            options = [found for branch in branches(p[inner:end - 1]) for found in _read(branch, flags, classes, width)]
    elif c in "^$":
        options = [((), _OPEN)]
    elif c in "|)*+?{":
        raise _Stop
    else:
        one = "." if c == "." else regex.escape(c)
    if one is not None:
        options = [((_character_class(one, flags, classes),), _OPEN)]
    return _quantified(p, end, options)


def _quantified(p: str, i: int, options: list[tuple[tuple[str, ...], bool]]
                ) -> tuple[list[tuple[tuple[str, ...], bool]], int]:
    """``options`` (an item's beginnings) under the quantifier at ``p[i]``, if any, and the index past
    it: an item that may be left out adds an empty beginning, and one that may be repeated is
    read once, its beginnings stopping there (a repeat may follow)."""
    if i >= len(p) or p[i] not in "?*+{":
        return options, i
    if p[i] == "{":
        braces = _BRACES.match(p, i)
        if braces is None or not braces.group(1):
            raise _Stop  # "{,3}" or a brace read as a literal: not read
        least = int(braces.group(1))
        most = least if braces.group(2) is None else int(braces.group(3)) if braces.group(3) else -1
        end = braces.end()
    else:
        least, most = (1, -1) if p[i] == "+" else (0, 1) if p[i] == "?" else (0, -1)
        end = i + 1 + (p[i + 1:i + 2] in ("?", "+"))  # lazy or possessive: the same characters
    if most == 0:
        return [((), _OPEN)], end
    if most != 1:
        options = [(beginning, _CLOSED) for beginning, _ in options]
    return ([((), _OPEN), *options] if least == 0 else options), end


def _read(p: str, flags: int, classes: dict[str, str], width: int = _BEGINNING
          ) -> list[tuple[tuple[str, ...], bool]]:
    """The beginnings of the matches of ``p`` (no top-level ``|``), up to ``width`` classes
    each, with whether a match may go on past each (it may end there: a beginning is then the
    match whole). Every match of ``p`` opens with one of them, a character of each class."""
    found: list[tuple[tuple[str, ...], bool]] = [((), _OPEN)]
    i = 0
    while i < len(p) and any(open_ and len(b) < width for b, open_ in found):
        try:
            options, i = _item(p, i, flags, classes, width)
        except (_Stop, _Unknown, ValueError, IndexError, regex.error):
            return [(b, _CLOSED) for b, _ in found]
        grown: dict[tuple[str, ...], bool] = {}
        for b, open_ in found:
            for more, goes_on in (options if open_ and len(b) < width else [((), _CLOSED)]):
                longer = (b + more)[:width]
                # closed wins: a beginning that stops covers every match it opens, however it goes on
                grown[longer] = grown.get(longer, _OPEN) and open_ and goes_on and len(b + more) < width
        if len(grown) > _BEGINNINGS:
            return [(b, _CLOSED) for b, _ in found]
        found = list(grown.items())
    return found


def beginnings(alternatives: Sequence[str], flags: int = 0) -> re.Pattern[str] | None:
    """A standard-library pattern whose ``match`` at a place of a text succeeds wherever a match of
    any of ``alternatives`` (compiled with ``flags``) may start: it reads up to :data:`_BEGINNING`
    characters there, each against the class of the characters the alternatives' items there
    may match (asked of the ``regex`` engine among ASCII characters; any character that is not
    ASCII may stand for any item). Where it fails, no alternative matches. ``None`` when some
    alternative may match with a beginning it cannot tell (an empty match, an opening it does not
    read), and when the flags fold case fully ("ß" matches "ss"), read the pattern verbosely or
    use set operations in classes (``V1``).

    >>> b = beginnings(["share(?: this)?", r"\\W{0,3}next", "ad"], regex.IGNORECASE)
    >>> [b.match(t) is not None for t in ("Shares fell", "» Next", "Adam", "The dog", "Shy", "ſhare")]
    [True, True, True, False, False, True]
    >>> beginnings([r".{0,40}cookies"]) is None, beginnings(["(?:tags)?"]) is None
    (True, True)
    """
    tree = _beginnings_tree(alternatives, flags)
    return re.compile(_tree_source(tree)) if tree else None


def beginnings_by_first(alternatives: Sequence[str], flags: int = 0) -> dict[str, re.Pattern[str] | None] | None:
    """:func:`beginnings` for each ASCII character, of the beginnings whose first class holds it only (``None``:
    no match opens with it), or ``None`` where the beginnings cannot tell. At a text opening with that character
    its ``match`` answers what the whole one's does, trying one or two branches where the whole one tries each
    of its first classes in turn (about half its instructions on the wire trailer's); a character that is not
    ASCII is in every class, so a text opening with one is asked of :func:`beginnings`. Characters whose
    beginnings are the same ("r" and "R") share one compiled pattern.

    >>> by_first = beginnings_by_first(["share(?: this)?", "ad"], regex.IGNORECASE)
    >>> by_first["S"] is by_first["s"], by_first["S"].match("Shares") is not None, by_first["T"]
    (True, True, None)
    """
    tree = _beginnings_tree(alternatives, flags)
    if not tree:
        return None
    compiled: dict[str, re.Pattern[str]] = {}
    by_first: dict[str, re.Pattern[str] | None] = {}
    for c in _ASCII:
        branches_of_c = {cls: child for cls, child in tree.items() if re.fullmatch(cls, c) is not None}
        if not branches_of_c:
            by_first[c] = None
            continue
        source = _tree_source(branches_of_c)
        if source not in compiled:
            compiled[source] = re.compile(source)
        by_first[c] = compiled[source]
    return by_first


def _beginnings_tree(alternatives: Sequence[str], flags: int = 0, width: int = _BEGINNING) -> _Tree | None:
    """The tree of :func:`beginnings` (its pattern's source is :func:`_tree_source` of it), each beginning
    ``width`` classes at most, or ``None`` where they cannot tell."""
    if (_full_case(flags) or flags & (regex.VERBOSE | regex.V1)
            or any(_GLOBAL_FLAGS.search(a) for a in alternatives)):
        return None
    classes: dict[str, str] = {}
    tree: _Tree = {}
    for alternative in alternatives:
        for branch in branches(alternative) if alternative else [""]:
            for beginning, _ in _read(branch, flags, classes, width):
                if all(cls == _EVERY for cls in beginning):
                    return None  # a match may open with anything (or nothing)
                _plant(tree, beginning)
    return tree or None


def _plant(tree: _Tree, beginning: tuple[str, ...]) -> None:
    """Add ``beginning`` to ``tree`` (a class -> the tree after it, ``None`` where a beginning ends):
    one that a shorter beginning opens with adds nothing (where it matches, the shorter one does),
    and one that others open with replaces them."""
    node = tree
    for cls in beginning[:-1]:
        if cls in node and node[cls] is None:
            return
        child = node.setdefault(cls, {})
        assert child is not None
        node = child
    node[beginning[-1]] = None


def _tree_source(tree: _Tree) -> str:
    """``re`` source of ``tree``: each class followed by its subtree, a node's branches in one group."""
    parts = [cls if child is None else cls + _tree_source(child) for cls, child in tree.items()]
    return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"


class Openings(dict[str, bool]):
    """Whether a match of ``pattern`` may start with a character: ``openings[c]`` is ``False``
    only when no match of it can open with character ``c``, so a text opening with ``c`` need
    not be tried (an empty ``c``, no character, opens no match).

    The opening is read off the pattern's alternatives by :func:`first_characters` (of
    ``source`` when given: the pattern after an opening the caller passes itself, such as
    leading white space), each fragment compiled with the pattern's own flags, and each
    character is asked of the ``regex`` engine once, so case folding is the engine's own. The
    answers are kept (a dictionary, read at the speed of one) for up to ``limit`` characters.
    When the opening cannot be told, or the flags fold case fully ("ß" matches "ss", so no
    single character tells the first one of a match), every character may open a match.

    >>> counter = Openings(regex.compile(r"(?:image\\s+)?\\d{1,3}/\\d{1,3}", regex.IGNORECASE))
    >>> counter["1"], counter["I"], counter["ſ"], counter["T"], counter[""]
    (True, True, False, False, False)
    >>> Openings(regex.compile(r".{0,40}cookies"))["x"], Openings(regex.compile(r"\\s*[ab]c"), "[ab]c")[" "]
    (True, False)
    """

    __slots__ = ("_fragments", "_limit")

    def __init__(self, pattern: regex.Pattern[str], source: str | None = None, limit: int = 1024) -> None:
        super().__init__()
        fragments = None if _full_case(pattern.flags) else first_characters(
            pattern.pattern if source is None else source)
        self._fragments = None if fragments is None else [regex.compile(f, pattern.flags) for f in fragments]
        self._limit = limit

    def __missing__(self, c: str) -> bool:
        answer = len(c) == 1 and (self._fragments is None or any(f.fullmatch(c) is not None for f in self._fragments))
        if len(self) < self._limit:
            self[c] = answer
        return answer


class Alternatives:
    """An alternation of patterns in named groups (a name of ``None`` groups without a name),
    followed by ``suffix``, full-matched as one pattern would be, faster.

    ``pattern`` is the whole pattern; :meth:`fullmatch` gives what ``pattern.fullmatch``
    gives, trying only the alternatives that can start with the text's first character.
    """

    def __init__(self, groups: Sequence[tuple[str | None, Sequence[str]]], flags: int = 0, suffix: str = "",
                 reach: int = 0) -> None:
        self._groups = [(name, list(alternatives)) for name, alternatives in groups]
        self._flags = flags
        self._suffix = suffix
        self.pattern = regex.compile(self._source(self._groups), flags)
        self._openings = {a: first_characters(a) for _, alts in self._groups for a in alts}
        self._by_char: dict[str, regex.Pattern[str] | None] = {}
        self._compiled: dict[str, regex.Pattern[str]] = {}  # one pattern for the characters that share it
        self._fragments: dict[str, regex.Pattern[str]] = {}
        self._full_case = _full_case(flags)
        self._non_ascii = 0  # non-ASCII characters with a pattern of their own
        # a text's first _HEAD characters -> whether a match may open so (None: seen once, not asked)
        self._heads: dict[str, bool | None] = {}
        # the same dictionary, for a caller that reads it before it calls fullmatch (a method call costs more
        # than the look-up): where a text longer than HEAD characters has a head it holds as False, fullmatch
        # answers None at once
        self.known_heads = self._heads
        self._tree = _beginnings_tree([a for _, alts in self._groups for a in alts], flags)
        self._beginnings = re.compile(_tree_source(self._tree)) if self._tree else None
        # an ASCII character -> the beginnings that open with it (None: none does), see may_begin
        self._begins_with: dict[str, re.Pattern[str] | None] = {}
        # the characters of a text's beginning read before it is full-matched (0: none), see _may_reach
        self._reach = reach
        self._reach_tree: _Tree | None = None  # built at the first text read so (_reaching_of)
        self._reaching: dict[str, re.Pattern[str] | None] = {}  # an ASCII character -> its beginnings' pattern
        self._compiled_reach: dict[str, re.Pattern[str]] = {}  # ("s" and "S" share one)

    def may_begin(self, text: str, pos: int = 0, end: int | None = None) -> bool:
        """Whether a match of an alternative may start at ``text[pos]`` and end by ``end``, told by
        :func:`beginnings` (``True`` where they cannot tell): ``False`` only where none does.

        >>> alts = Alternatives([(None, ["view all", "advertisement"])], regex.IGNORECASE)
        >>> alts.may_begin("View all"), alts.may_begin("Views"), alts.may_begin("The view"), alts.may_begin("Vie")
        (True, True, False, False)
        """
        found = self._beginnings
        if found is None:
            return True
        stop = len(text) if end is None else end
        if 0 <= pos < stop:
            c = text[pos:pos + 1]
            if c in self._begins_with:
                found = self._begins_with[c]
            elif c and c.isascii():
                found = self._beginnings_of(c)
            # (a character that is not ASCII is one of every class's: the whole tree opens with it)
        return found is not None and found.match(text, pos, stop) is not None

    def _beginnings_of(self, c: str) -> re.Pattern[str] | None:
        """The pattern of the beginnings (:func:`beginnings`) whose first class holds ``c``, an ASCII
        character, or ``None`` if none does: at a text opening with ``c`` it matches where the whole
        pattern does, and tries only those beginnings, where the whole one tries each of its first
        classes in turn (about 3,400 instructions a call on the headings' of layout.closing_headings; this one
        about 1,700). Compiled once for each character (the ASCII ones: 128 at most), as ``_for`` is.

        >>> alts = Alternatives([(None, ["view all", "advertisement"])], regex.IGNORECASE)
        >>> alts._beginnings_of("v").match("View") is not None, alts._beginnings_of("x")
        (True, None)
        """
        assert self._tree is not None
        tree = {cls: child for cls, child in self._tree.items() if re.fullmatch(cls, c) is not None}
        found = self._begins_with[c] = re.compile(_tree_source(tree)) if tree else None
        return found

    def _may_reach(self, text: str, end: int, pos: int = 0) -> bool:
        """Whether a full match of ``text[:end]`` may open with its first ``reach`` characters (the constructor's):
        told by the beginnings of the alternatives read that far (:func:`beginnings` of ``reach`` classes, among
        those whose first class holds ``text[0]``), ``True`` where they cannot tell (a text opening with a character
        that is not ASCII). With ``pos``, the same of a match at ``pos`` (:meth:`AnyOf.match` asks so, of
        alternatives that read nothing before it). :meth:`fullmatch` asks it of a text whose head (:data:`_HEAD`
        characters) may open a match, before the engine: a line of a menu ("Contact Us", "Get the app") often
        opens as a longer alternative does but parts from it within a few characters more, which one scan of the
        standard library tells (about 3,000 instructions) where the engine's failed full match cost about 22,000.

        >>> alts = Alternatives([(None, ["contact the newsroom", r"get \\w+ app"])], regex.IGNORECASE, reach=10)
        >>> [alts._may_reach(text, len(text)) for text in ("Contact Us", "Contact the desk", "Get an app")]
        [False, True, True]
        """
        c = text[pos]
        found = self._reaching.get(c)
        if found is None:
            if c in self._reaching or not c.isascii():
                return True
            found = self._reaching_of(c)
            if found is None:
                return True
        return found.match(text, pos, end) is not None

    def _reaching_of(self, c: str) -> re.Pattern[str] | None:
        """The pattern of :meth:`_may_reach` for texts opening with ``c`` (ASCII), ``None`` where the beginnings
        cannot tell; compiled once a character (once for the characters whose beginnings are the same)."""
        if self._reach_tree is None:
            self._reach_tree = _beginnings_tree([a for _, alts in self._groups for a in alts], self._flags,
                                                self._reach) or {}
        tree = {cls: child for cls, child in self._reach_tree.items() if re.fullmatch(cls, c) is not None}
        found = None
        if self._reach_tree:
            source = _tree_source(tree) if tree else "(?!)"  # (no beginning opens with c: none matches)
            found = self._compiled_reach.get(source)
            if found is None:
                found = self._compiled_reach[source] = re.compile(source)
        self._reaching[c] = found
        return found

    def _source(self, groups: Sequence[tuple[str | None, Sequence[str]]]) -> str:
        parts = [(f"(?P<{name}>" if name else "(?:") + "|".join(f"(?:{a})" for a in alts) + ")"
                 for name, alts in groups if alts]
        return "(?:" + "|".join(parts) + ")" + self._suffix

    def _may_start(self, alternative: str, c: str) -> bool:
        fragments = self._openings[alternative]
        return fragments is None or any(self._fragment(f).fullmatch(c) is not None for f in fragments)

    def _fragment(self, fragment: str) -> regex.Pattern[str]:
        """``fragment`` compiled with the pattern's flags, once (``regex.fullmatch`` with a
        string would look its cache up, flags and all, on every call)."""
        compiled = self._fragments.get(fragment)
        if compiled is None:
            compiled = self._fragments[fragment] = regex.compile(fragment, self._flags)
        return compiled

    def _for(self, c: str) -> regex.Pattern[str] | None:
        """The pattern of the alternatives that may start with ``c`` (``None`` if none may)."""
        if c not in self._by_char:
            groups = [(name, [a for a in alts if self._may_start(a, c)]) for name, alts in self._groups]
            kept = [(name, alts) for name, alts in groups if alts]
            if kept:
                source = self._source(kept)  # "s" and "S" keep the same alternatives: compiled once
                if source not in self._compiled:
                    self._compiled[source] = regex.compile(source, self._flags)
                self._by_char[c] = self._compiled[source]
            else:
                self._by_char[c] = None
        return self._by_char[c]

    def candidates(self, c: str) -> int:
        """How many alternatives are tried for a text that starts with ``c``."""
        if self._full_case:
            return sum(len(alts) for _, alts in self._groups)
        return sum(1 for _, alts in self._groups for a in alts if self._may_start(a, c))

    def _at(self, text: str, pos: int, end: int) -> regex.Pattern[str] | None:
        """The pattern to try at ``text[pos]`` (``None``: no alternative may start there): the
        character's own, or the whole pattern at the end, when the flags fold case fully (a
        character may then match two of an alternative's: "ß" and "ss"), and before a
        non-ASCII character once ``_NON_ASCII`` of them have their own (a text may hold
        thousands of distinct characters; each costs a pass over the alternatives)."""
        if pos >= end:
            return self.pattern
        c = text[pos]
        if c in self._by_char:
            return self._by_char[c]
        if not c.isascii() and (self._full_case or self._non_ascii >= _NON_ASCII):
            return self.pattern
        self._non_ascii += not c.isascii()
        return self._for(c)

    def _may_open(self, pattern: regex.Pattern[str], head: str) -> bool:
        """Whether a full match of ``pattern`` (one of this alternation's, for texts opening with
        ``head[0]``) may open with ``head``, the first :data:`_HEAD` characters of a longer text:
        asked of the ``regex`` engine itself (a partial match: ``head`` is the start of a text
        the pattern may match whole), and kept. Always ``True`` when the flags fold case fully
        (a cut may then fall inside a folded pair, "ß" read as "ss").

        A head is asked about the second time it is seen, not the first (then only its
        :func:`beginnings` are read, and a head they admit is tried as it is): asking costs about
        as much as trying a text, and most distinct heads come once (on 31 eval pages whose heads
        were not known yet, asking at the first sight cost 1.1 M instructions a page more than no
        head test at all). The engine is asked only about a head the beginnings admit: where they
        rule it out, so would it (the answer kept is the same), at about twenty times their cost.
        A head they rule out at its first sight is kept as ruled out then (the answer the second
        sight would give): seen again, it is answered by :meth:`fullmatch`'s look-up alone, with no
        pattern chosen and no beginnings read again (most heads of a page: "The ", "Sout", "Offi").

        >>> alts = Alternatives([(None, ["sign (?:in|up)", r"share\b.{0,20}"])], regex.IGNORECASE)
        >>> [alts._may_open(alts.pattern, h) for h in ("Sign", "Sigh", "Sign", "Sigh", "Sigh")]
        [True, False, True, False, False]
        >>> alts._may_open(alts.pattern, "Shares"), alts._may_open(alts.pattern, "Shares")
        (True, False)
        """
        heads = self._heads
        if head not in heads:
            may = self.may_begin(head)
            if len(heads) < _HEADS:
                # seen once: asked when seen again, unless the beginnings rule it out now (so would the engine)
                heads[head] = None if may else False
            return may
        answer = heads[head]
        if answer is None:  # the beginnings first: where they rule a head out, so does the engine, at 20x the cost
            answer = heads[head] = self._full_case or (
                self.may_begin(head) and pattern.fullmatch(head, partial=True) is not None)
        return answer

    def fullmatch(self, text: str, pos: int = 0, endpos: int | None = None) -> regex.Match[str] | None:
        """``self.pattern.fullmatch(text, pos, endpos)``: the alternatives that may start with
        ``text[pos]`` only, and none on a text longer than :data:`_HEAD` characters whose head no
        match may open with (:meth:`_may_open`; asked of a match at the text's start only).

        >>> alts = Alternatives([(None, ["view all", "advertisement"])], regex.IGNORECASE)
        >>> alts.fullmatch("See View all", 4).group(), alts.fullmatch("View all (4)", 0, 8).group()
        ('View all', 'View all')
        >>> alts.fullmatch("View all (4)", 0) is None, alts.fullmatch("Views of the city") is None
        (True, True)
        """
        end = len(text) if endpos is None else endpos
        if pos or end <= _HEAD:  # a match at ``pos`` may read what stands before it (a "\b", a look-behind)
            pattern = self._at(text, pos, end)
            if pattern is None or not self.may_begin(text, pos, end):
                return None
            return pattern.fullmatch(text, pos, end)
        head = text[:_HEAD]
        known = self._heads.get(head)
        if known is False:
            return None  # a head known to open no match (most texts): one look-up, no pattern chosen
        pattern = self._at(text, 0, end)
        if pattern is None or (known is None and not self._may_open(pattern, head)):
            return None
        if self._reach and not self._may_reach(text, end):
            return None  # the head may open a match, but the text parts from every one within `reach` characters
        return pattern.fullmatch(text, 0, end)

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> regex.Match[str] | None:
        """``self.pattern.match(text, pos, endpos)``: the alternatives that may start with
        ``text[pos]`` only.

        >>> alts = Alternatives([("tags", ["tags", "filed under"]), ("more", ["more (?:news|stories)"])],
        ...                     regex.IGNORECASE, suffix=r"(?!\\w)")
        >>> alts.match("See Tags: budget", 4).lastgroup, alts.match("More news today").group()
        ('tags', 'More news')
        >>> alts.match("Tagsalong", 0) is None
        True
        """
        end = len(text) if endpos is None else endpos
        pattern = self._at(text, pos, end)
        return pattern.match(text, pos, end) if pattern is not None else None


# What follows answers only whether some alternative matches, trying the ones that open with any word
# only where a word they need stands: layout.closing_headings' headings and share bars, asked many times a page.
__all__ += ["NEEDED", "AnyOf", "opens_any_word"]

# Characters at a place that tell, matched partially, whether an alternative that opens with a word of
# its own may match there (see AnyOf._may_open), and how many such openings an AnyOf keeps the answer for.
_OPENING = 4
_OPENINGS = 8192
_REACH = 12

# The words that the alternatives opening with any word need further on, one of them each: a comment's
# header ("Jane says"), a contact line ("Jo Lee may be reached at ..."). An alternative that opens with
# any word and needs none of them is tried everywhere (see AnyOf).
NEEDED = ("says", "reached at")
# For each word of NEEDED, a run of its letters that only an ASCII letter can give in a text's case folding
# (``str.casefold``): no character that is not ASCII folds into "a" or "y" with an "s" after it ("ẚ" folds
# into "a" and a mark, "ẙ" into "y" and a ring), nor into "reached a" (some fold into "s", as "ſ", "ß" and
# "ẞ" do, or into "t", as "ẗ" does: at the words' edges only). Where a word stands in a span's folding, its
# run stands in the span read as ASCII bytes lower-cased, any other character as "?" (about 35 instructions
# a character, where ``casefold`` costs about 75 on a span that is not ASCII). ``tests/test_alternatives_fast.py``
# reads every character of Unicode.
_NEEDED_CORES = (b"ay", b"reached a")


def opens_any_word(alternative: str, flags: int = 0) -> bool:
    """Whether ``alternative`` may open with more than one letter (a class: ``[\\w.@-]{2,30} says``),
    or with what :func:`first_characters` cannot read, rather than with words of its own
    (``most read``, ``(?:\\d+ )?comments``).

    >>> opens_any_word(r"[\\w.@-]{2,30} says"), opens_any_word("(?:most|top) read")
    (True, False)
    >>> opens_any_word(r"(?:\\d+ )?comments")
    False
    """
    fragments = first_characters(alternative)
    if fragments is None:
        return True
    return any(sum(regex.fullmatch(f, c, flags) is not None for c in "abcdefghijklmnopqrstuvwxyz") > 1
               for f in fragments)


class AnyOf:
    """Whether any of ``alternatives`` (followed by ``suffix``) matches at a place in a text: the
    alternation's answer, asked many times a page, without which alternative or span.

    A folded page's article ends at a heading that closes it (``Most Read``, ``12 Comments``), or at a
    share bar (``Share this: Facebook Twitter``), which :mod:`newsclean.layout.closing_headings` looks for at the
    opening of every unit of the article and after many of its tokens. The headings' and share bars'
    alternatives mostly open with a word of their own (``most``, ``comments``, ``share``), which
    :class:`Alternatives` tries only where the text's first character allows. A few open with any
    word (:func:`opens_any_word`): a comment's header names its writer (``Jane says``), a contact line
    its reporter (``Jo Lee can be reached at jo@herald.com``). Those few are tried at every token, and
    they are the costly ones: the engine reads up to sixty characters ahead of each token and backs
    off character by character, looking for the word they need further on. So they are tried apart,
    and only where a word they need (:data:`NEEDED`: ``says``, ``reached at``) stands further on in
    the text (``needed``, which the caller reads once a span with :meth:`needs`): a match of the whole
    alternation there is a match of the alternatives that open with a word of their own, or one of
    the others'. Its answer is the whole pattern's (``tests/test_folded_fast.py`` checks it on every
    alternative, on every unit of the evaluation pages and on random strings).

    >>> heads = AnyOf(["most read", "comments", r"[\\w.@-]{2,30} says"], regex.IGNORECASE, r"(?!\\w)")
    >>> s = "Most Read Jane says: I agree. The council met."
    >>> heads.match(s, 0, len(s)), heads.match(s, 10, len(s)), heads.match(s, 30, len(s))
    (True, True, False)
    >>> heads.needs(s), heads.match(s, 10, len(s), needed=heads.needs("Most Read"))
    (True, False)
    """

    def __init__(self, alternatives: Sequence[str], flags: int = 0, suffix: str = "") -> None:
        anywhere = [a for a in alternatives if opens_any_word(a, flags)]
        # the needed words stand for the alternatives that hold one of them; the others are tried everywhere
        self._always = [a for a in anywhere if not any(w in a for w in NEEDED)]
        self._own = Alternatives([(None, [a for a in alternatives if a not in anywhere])], flags, suffix=suffix,
                                 reach=_REACH)
        self._any = (regex.compile("(?:" + "|".join(f"(?:{a})" for a in anywhere) + ")" + suffix, flags)
                     if anywhere else None)
        self._opens: dict[str, bool] = {}  # an opening (_OPENING characters) -> whether one may match there
        # the same dictionary, for a caller that reads it before it asks (a method call costs more than the
        # look-up): an opening it holds as False opens no match of the alternatives with words of their own
        # (:meth:`may_open_word`, :meth:`match` with ``needed=False`` at a place whose opening it is)
        self.known_openings = self._opens
        self.opening = _OPENING  # characters of such an opening

    def _may_open(self, text: str, pos: int, end: int) -> bool:
        """Whether one of the alternatives that open with words of their own may match at
        ``text[pos:end]``, told by the first :data:`_OPENING` characters there alone: a match reads
        them, so the alternation matches them partially (``regex``'s ``partial=True``: the text
        ends while a match is still on its way, or a match ends inside them). Sound for
        alternatives without a look-behind or an anchor (which would read before ``pos`` or at
        the opening's end otherwise), as the headings' and share bars' are (checked by
        ``tests/test_segment_fast.py``), and flags that do not fold case fully. Most places a
        folded page asks about open with a word no heading opens with (``The council``, ``Smith
        said``): one dictionary look-up each, where the alternation tried its alternatives for that
        first character one by one. The answer is kept for each opening (up to :data:`_OPENINGS`).
        :class:`Alternatives` asks the like of a full match's head (its ``_may_open``): this asks it
        of a match at any place, for alternatives checked to read nothing before it.

        >>> heads = AnyOf(["most read", "comments"], regex.IGNORECASE, r"(?!\\w)")
        >>> heads._may_open("Most Read", 0, 9), heads._may_open("Mostly sunny", 0, 12), heads._may_open("The", 0, 3)
        (True, True, False)
        """
        if self._own._full_case:
            return True  # a cut may fall inside a folded pair ("ß" read as "ss"): no opening tells
        key = text[pos:pos + _OPENING if end >= pos + _OPENING else end]  # (builtin min costs ~1,000 instructions)
        got = self._opens.get(key)
        if got is None:
            # the beginnings first: they rule out most openings, the character's pattern is read only after
            got = self._own.may_begin(key) and self._partly(key)
            if len(self._opens) < _OPENINGS:
                self._opens[key] = got
        return got

    def may_open_word(self, word: str) -> bool:
        """Whether one of the alternatives that open with words of their own may match where ``word``
        (a token) stands whole in a text, told by its first :data:`_OPENING` characters alone
        (:meth:`_may_open`: those are the opening read there); ``True`` where they cannot tell (a
        shorter word: the opening reads past it). Where this is ``False``, :meth:`match` with
        ``needed=False`` is ``False`` at the word's place, found or not.

        >>> heads = AnyOf(["most read", "comments"], regex.IGNORECASE, r"(?!\\w)")
        >>> heads.may_open_word("Mostly"), heads.may_open_word("Council"), heads.may_open_word("The")
        (True, False, True)
        """
        return len(word) < _OPENING or self._may_open(word, 0, len(word))

    def _partly(self, key: str) -> bool:
        """Whether the alternatives that open with words of their own and may start with ``key[0]``
        match ``key`` partially (:meth:`_may_open`'s question to the engine)."""
        pattern = self._own._at(key, 0, len(key))
        return pattern is not None and pattern.match(key, partial=True) is not None

    def cache_clear(self) -> None:
        """Forget the answers kept per opening, as ``functools.lru_cache``'s ``cache_clear`` does (and
        ``benchmarks/speed.clear_caches`` calls it on every module-level instance, like those caches):
        the answers are bounded (:data:`_OPENINGS`) but outlive the pages that asked, and a measure that
        starts from empty caches must not start from these filled.

        >>> heads = AnyOf(["most read"], regex.IGNORECASE)
        >>> heads.match("Most Read", 0, 9), len(heads._opens)
        (True, 1)
        >>> heads.cache_clear(); len(heads._opens)
        0
        """
        self._opens.clear()

    def match(self, text: str, pos: int, end: int, needed: bool = True) -> bool:
        """Whether the alternation matches at ``text[pos:end]``; ``needed``: whether a word of
        :data:`NEEDED` may stand in ``text[pos:end]`` (``False`` only where the caller knows there is none)."""
        if (self._may_open(text, pos, end) and self._own._may_reach(text, end, pos)
                and self._own.match(text, pos, end) is not None):
            return True
        return needed and self._any is not None and self._any.match(text, pos, end) is not None

    def fullmatch(self, text: str, needed: bool = True) -> bool:
        """Whether the alternation full-matches ``text``; ``needed`` as for :meth:`match`."""
        if self._own.fullmatch(text) is not None:
            return True
        return needed and self._any is not None and self._any.fullmatch(text) is not None

    def needs(self, text: str, start: int = 0, end: int | None = None) -> bool:
        """Whether a word of :data:`NEEDED` stands in ``text[start:end]``, or an alternative that opens
        with any word needs none of them (the ``needed`` of :meth:`match` and :meth:`fullmatch` for any
        position of that span). Read on the span's case folding (``str.casefold``), which maps every
        character that the engine's case-insensitive matching takes for a letter of those words
        (``ſ`` for ``s``) to that letter: a word the engine finds there, folded, stands in it too.

        >>> AnyOf(["comments", r"[\\w.@-]{2,30} says"], regex.IGNORECASE).needs("Jane SAYS")
        True
        >>> AnyOf(["comments"]).needs("Home"), AnyOf([r"[\\w.@-]{2,30} wrote"]).needs("Home")
        (False, True)
        """
        if self._always:
            return True
        span = text[start:end]
        # str.lower is str.casefold on ASCII and reads it in a fast loop of C (casefold looks each
        # character up)
        if span.isascii():
            folded = span.lower()
        else:  # folded only where a word's run of ASCII letters stands (_NEEDED_CORES): 58 of 467 such spans a pass
            marks = span.encode("ascii", "replace").lower()
            for core in _NEEDED_CORES:
                if marks.find(core) >= 0:  # (not ``in``: bytes first reads its argument as an integer, a costly error)
                    break
            else:
                return False
            folded = span.casefold()
        for word in NEEDED:  # noqa: SIM110 (a loop: any() would make a generator for two words)
            if word in folded:
                return True
        return False


# The characters the ``regex`` engine's case-insensitive matching takes for a letter that ``str.lower``
# does not turn them into: the long s matches "s" and "S", the dotted capital I matches "i" (``str.lower``
# gives it as two characters, "i" and a combining dot), the dotless i matches "I". The engine folds case
# one character for one (the simple folding of the V0 patterns here; no "ß" for "ss"), so no other
# character is taken for an ASCII letter or a letter of the lexicon's words, in either case:
# ``tests/test_alternatives.py`` asks the engine about every character of Unicode.
_ENGINE_FOLDS = (("ſ", "s"), ("İ", "i"), ("ı", "i"))

__all__ += ["literal_opening"]

_QUANTIFIERS = "?*+{"
_META = "\\()[]{}.*+?|^$"


def literal_opening(branch: str) -> str:
    """The characters every match of the pattern ``branch`` (one alternative, no top-level ``|``) opens
    with, as written: its literal characters up to the first that is a pattern's syntax, less the last
    when a quantifier follows it (``tags?`` opens with ``tag``); empty when it opens with a group, a
    class or an escape. A match of the branch, in the case the pattern's flags allow, opens with them.

    >>> literal_opening("tagged(?: with)?"), literal_opening("tags?"), literal_opening("filed under")
    ('tagged', 'tag', 'filed under')
    >>> literal_opening(r"(?:\\d+ )?comments"), literal_opening(r"more\\x20about")
    ('', 'more')
    """
    n = 0
    while n < len(branch) and branch[n] not in _META:
        n += 1
    if n < len(branch) and branch[n] in _QUANTIFIERS:
        n -= 1
    return branch[:max(n, 0)]


__all__ += ["lowered_as_matched"]


def lowered_as_matched(text: str) -> str:
    """``text`` in lower case, with every character that an IGNORECASE pattern of ``regex`` matches with
    a lower-case letter of the lexicon turned into that letter: a substring test or a case-sensitive
    scan of the lowered copy then finds every word such a pattern finds in ``text`` (and perhaps more).

    >>> lowered_as_matched("ſubscribe to the İnbox"), lowered_as_matched("(ımage: AP)")
    ('subscribe to the inbox', '(image: ap)')
    """
    if not text.isascii():
        # str.replace, not str.translate: a scan in C that returns the text itself where the character is
        # not (str.translate looks each character of a text that is not ASCII up in its table, about a
        # hundred instructions a character)
        for char, letter in _ENGINE_FOLDS:
            text = text.replace(char, letter)
    return text.lower()


__all__ += ["matches_at_places"]


def matches_at_places(pattern: regex.Pattern[str], text: str, start: int, end: int,
                      places: Iterable[int]) -> Iterator[regex.Match[str]]:
    """``pattern.finditer(text, start, end)`` where every match of ``pattern`` starts at one of
    ``places`` (ascending; a cheap scan's finds): ``pattern`` is matched at each of them in order,
    the places before ``start``, inside the last match (as ``finditer`` goes on from a match's end)
    or from ``end`` on skipped. Lazy, as ``finditer`` is: a reader that stops early tries no more.

    >>> [m.group() for m in matches_at_places(regex.compile(r"\\d+"), "a 12 b 3", 0, 8, [0, 2, 3, 7])]
    ['12', '3']
    """
    last = start
    for at in places:
        if last <= at < end:
            m = pattern.match(text, at, end)
            if m is not None:
                last = m.end()
                yield m
