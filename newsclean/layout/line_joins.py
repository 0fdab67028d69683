"""Where lines cut at every tag are joined: the line breaks inside one sentence.

A scraper's ``get_text("\\n")`` breaks a line at every tag, so a sentence with a link in it
spans three lines (``The army took`` / ``the town`` / ``, it said.``). :func:`join_points` finds
the breaks where a line goes on into the next, when the text shows it is cut so (lines that open
with a comma or a stop, lines that carry on); :func:`formula_joins`, :func:`counter_joins` and
:func:`toggle_joins` find the breaks inside a formula, a gallery's counter and a caption's
toggle. The join step (:mod:`newsclean.filters.segment`) turns them into spaces.

>>> join_points("The army took\\nthe town\\n, it said. We\\nleft\\n.")
[13, 22, 36, 41]
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator

import regex

from ..alternatives import matches_at_places
from ..lexicon import CAPTION_TOGGLES, COUNTER_LABELS, COUNTER_LINKS, all_of
from ..sentences import ends_sentence
from ..titles import title_runs
from ..words import headline_shaped, norm_key
from .headline_case import SMALL
from .line_sentences import CAPTION_OPENING

__all__ = ["BLOB", "BY_ALONE", "GOES_ON", "counter_joins", "formula_joins", "join_points", "short_lines",
           "toggle_joins"]

# Serialized data that a page leaked into its text: PHP var_dump, a JSON list or object.
BLOB = regex.compile(r"(?<![\w$])string\(\d{1,10}\) \"|\[\s?\{\s?\"|\{\"[\w-]{1,40}\":")


# Lines cut at every tag (``get_text("\\n")``): a line that goes on past its end ("written by" ends
# with "by", one of the small words). Searched from the line's end (REVERSE: the same lines match, as
# the pattern has no possessive parts), since a forward search tries the alternation of small words
# at every position of the line.
GOES_ON = regex.compile(r"[,(\[“‘]$|(?i:\b(?:" + "|".join(regex.escape(w) for w in sorted(SMALL)) + r"))$",
                         regex.REVERSE)
_CONTINUES = regex.compile(r"^(?:[,.;:!?)\]’”%]|(?P<lower>\p{Ll}))")
# The white space ``str.strip`` takes off a line (``str.isspace``) less the line break; regex's
# ``\s`` leaves out the information separators (U+001C to U+001F), which ``str.strip`` takes off too.
_LINE_SPACE = r"[\t\x0b\x0c\r\x1c-\x1f\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]"
# Python 3.10's re reads no possessive repeat (3.11 does, and runs these scans faster with them: 0.32 million
# instructions a page on the page text): each such pattern is written both ways, 3.10 compiling the second form,
# which matches the same (tests/test_pattern_syntax.py compares the two on every eval text and random strings).
_PORTABLE: dict[str, str] = {}  # the 3.11 form -> the 3.10 form


def _std(modern: str, portable: str) -> re.Pattern[str]:
    """``modern`` compiled by the standard library's re, or ``portable`` (its 3.10 form) before Python 3.11."""
    _PORTABLE[modern] = portable
    return re.compile(modern if sys.version_info >= (3, 11) else portable)


# The two ways a line break may cut a sentence (see :func:`_carries_on`), found in one scan of the
# whole text each rather than by a test of every line (most lines do neither): the next line opens
# as _CONTINUES reads a stripped line (the match starts at the break), or the line ends as GOES_ON
# may read one, searched in the reversed text (the match starts at the break, reversed): after the
# break, white space and a bracket, a comma or a small word backwards (its letters in either case,
# and the letters regex's ignored case matches besides: "ſ" for "s"). Its word boundary is not
# read there; GOES_ON reads the line as before. Both patterns open with the line break, which the
# engines look for as a literal, not a pattern tried at every character (as regex's REVERSE search is).
_OPENS_ON = regex.compile(r"\n" + _LINE_SPACE + r"*+[,.;:!?)\]’”%\p{Ll}]")
_FOLDS = {"i": "\u0130", "k": "\u212a", "s": "\u017f"}


def _either_case(c: str) -> str:
    """A pattern of the lower-case ASCII letter ``c`` in either case, as regex's ignored case reads it.

    >>> _either_case("a"), _either_case("s")
    ('[aA]', '[sSſ]')
    """
    return f"[{c}{c.upper()}{_FOLDS.get(c, '')}]"


# The letters most lines of a page end with, most first (counted on every sixth evaluation page): a branch of
# _trie opening with one is tried before the others. The engine tries a node's branches in turn, testing each
# one's first class (about thirty instructions); no two open with the same letter, so the order changes only
# how many are tried before the one that matches, if any.
_LINE_END_LETTERS = "setnyradohmpglf"


def _line_end_order(c: str) -> tuple[bool, int, str]:
    """The key that sorts letters as :data:`_LINE_END_LETTERS` orders them, the others after them."""
    return c not in _LINE_END_LETTERS, _LINE_END_LETTERS.find(c), c


def _trie(words: list[str]) -> str:
    """An alternation of ``words`` (lower-case ASCII letters, either case read) that shares their
    openings, so that a line is read a letter or two, not once for each word; an empty word ends one.
    Each node's branches open with the letters of :data:`_LINE_END_LETTERS` in its order, then the others.

    >>> _trie(["eht", "fo", "ffo", "a", "aiv"])
    '(?:[eE](?:[hH](?:[tT]))|[aA](?:[iIİ](?:[vV])|)|[fF](?:[oO]|[fF](?:[oO])))'
    """
    branches = []
    for c in sorted({w[0] for w in words if w}, key=_line_end_order):
        rest = [w[1:] for w in words if w[:1] == c]
        branches.append(_either_case(c) + ("" if rest == [""] else _trie(rest)))
    return "(?:" + "|".join(branches) + ("|" if "" in words else "") + ")"


# The characters a reversed open end opens with (a mark, or a small word's last letter in either case), looked
# ahead for before the trie's branches are tried: most lines end with a stop, which fails at once.
_ENDS_OPEN_FIRSTS = ",(\\[“‘" + "".join(_either_case(c)[1:-1] for c in sorted({w[-1] for w in SMALL}))
# (3.10: a plain repeat of the space run, which gives back nothing here: no character it may give back opens a
# match of what follows it.)
_ENDS_OPEN_TAIL = "(?=[" + _ENDS_OPEN_FIRSTS + "])(?:" + _trie(sorted(w[::-1] for w in SMALL)) + "|[,(\\[“‘])"
_ENDS_OPEN_REVERSED = _std("\n" + _LINE_SPACE + "*+" + _ENDS_OPEN_TAIL, "\n" + _LINE_SPACE + "*" + _ENDS_OPEN_TAIL)
# _OPENS_ON found without the regex engine (about a thousand instructions a line break, where the
# standard library's re takes a few hundred): after the line break and its white space, a character
# of its class among the ASCII ones (the ASCII lower-case letters are its \p{Ll} there), or one
# that is no ASCII but for a few common ones outside its class, which _OPENS_ON then reads.
_OPENS_ASCII = ",.;:!?)\\]%a-z"
# (3.10: the space run read whole by ``(?!...)``, since the class after it holds the spaces that are not ASCII.)
_OPENS_AFTER = "(?=[" + _OPENS_ASCII + "]|[^\\x00-\\x7f“‘«»©•])"
_OPENS_ON_SUPERSET = _std("\n" + _LINE_SPACE + "*+" + _OPENS_AFTER,
                          "\n" + _LINE_SPACE + "*(?!" + _LINE_SPACE + ")" + _OPENS_AFTER)
# The characters no ASCII of _OPENS_ON's class: two closing quotes and the lower-case letters (``\p{Ll}``), each of
# which ``str.islower`` reads as lower case where this Python's Unicode knows it, and ``str.isprintable`` as not
# printable where it does not (a letter the ``regex`` module's newer tables hold): ``tests/test_join_fast.py`` asks
# both modules about every character. A line opening with any other (a capital of another script, a dash: about
# eight lines a page) is no call.
_CLOSING_OPENS = "’”"


def _may_open_on(c: str) -> bool:
    """Whether ``c``, a character that is no ASCII, may be one of :data:`_OPENS_ON`'s class (where
    :data:`_OPENS_ON_SUPERSET`'s match ends, after the line break and its white space): a call to
    the ``regex`` engine costs about 6,000 instructions, these tests a few hundred.

    >>> _may_open_on("é"), _may_open_on("’"), _may_open_on("К"), _may_open_on("—")
    (True, True, False, False)
    """
    return c.islower() or c in _CLOSING_OPENS or not c.isprintable()


# A line that opens with a key of serialized data: ``"headline": "Budget Passes"``, ``{"@type": "Person",``
# (not a quoted word and a colon inside a sentence: ``composed of "characters": it's``).
_DATA = regex.compile(r'[{\[,\s]*+"[^"\n]{1,80}+"\s*+:')
# A line of markup leaked into the text: one that opens with a tag, a comment or a declaration
# (``<script type="application/ld+json">{...``, ``</div>``, ``<!-- ad -->``, ``<?xml``), or ends
# with a tag (``Morag Lindsay</a>``). A tag cuts no sentence of such a line: get_text leaves no tag
# in the text, so the line is the page's source scraped as text (a script, a widget), never prose.
# A tag's name ends at a space, a slash or its ">": an address in angle brackets is no tag
# (``<bkuhn@ebb.org>``), nor a path (``#include <std/disclaimer.h>``).
_MARKUP_OPENS = regex.compile(r"<(?:[!?/]?+[^\W\d_][\w:-]*+(?=\s|/?>|$)|!--|!\[CDATA\[)")
_MARKUP_ENDS = regex.compile(r"<[!?/]?+[^\W\d_][\w:-]*+(?:\s[^<>]*+|/)?>$")
# A line that ends a sentence, a clause (";") or a script's block ("{", "}") leaves nothing open; an
# ellipsis does (a link's text cut short: "Read the full story…" goes on in the next node).
_LINE_STOPS = ".!?;{}"
_CUT_WORDS = 3  # words of a line that a lower-case line carries on (fewer: a list of tags, a menu)
# Lines cut at every tag are told by lines that open with a comma or a stop (the rest of a
# sentence after a link: ", officials said."), which no writer and no layout-keeping scraper
# starts a line with (a removal can set one under a line it does not carry on: see below).
_PUNCT_OPEN = regex.compile(r"[,.;:)\]](?=[ \t]|$)")
_PUNCT_FIRST = ",.;:)]"  # the characters it opens with
_MIN_PUNCT_OPENS = 2
# A text already joined (or laid out by a scraper that keeps lines, html_text) shows the same
# cuts inside its lines: a space before a comma or a stop (``the town , officials said``). Where
# these outnumber the lines that open with one, the text is not cut at every tag: a second
# cleaning of a joined text (whose removals may set two lines side by side anew) joins nothing.
# A spaced ellipsis (``Then Again . . .``) is no cut.
_PUNCT_INSIDE = regex.compile(r"(?<=[^\s.])[ \t][,.;:)\]](?=[ \t]|$)(?![ \t]\.)")
# ... and by how many of its lines carry on into the next line.
_MIN_JOINS = 3
# ... or by a link's text set on a line of its own inside a sentence: a short line that carries on
# the words before it and is carried on by the words after it, both cuts between letters (three
# words or more on each side, twelve in all: a list of icon names, ``icon chevron left`` / ``icon
# chevron right``, is no sentence)
# (``the Chinese Ministry of State Security intelligence service`` / ``masters`` / ``are proving
# unable``). A scraper that keeps lines breaks a sentence at its width, never around one word; a
# list of short lines (votes, menu items) has no lower-case word that carries on a line.
_LINK_WORDS = 4
_LINK_SIDES = 12  # words of the lines on both sides, each three or more
_MIN_LINKS = 3
_ENDS_IN_LETTER = regex.compile(r"\p{L}$")
# ... or by a text node's own line breaks, which get_text keeps inside the node with the source's
# spaces beside them (``sed do eiusmod`` / ``        tempor incididunt``, ``on social media, `` /
# ``show Nigerian actress``), where ``strip=True`` leaves none at a node's ends: lines that carry
# on the line above across a break with a space or tab beside it, where fewer than half the
# breaks have one (the others part the nodes; a page folded by ``get_text(" ")`` keeps only the
# nodes' own breaks, and what it holds is segment's to cut).
_BLANKS = " \t"
_MIN_WRAPS = 3
_WRAP_SHARE = 0.5
_OPENS_LOWER = regex.compile(r"\p{Ll}")
_BREAK = re.compile("\n")


# A line that is the byline's opening word alone: the byline starts there (its names follow it);
# what stands above it (a headline, a date) is a unit of its own.
BY_ALONE = regex.compile(r"(?i:by|written by)")


def _markup_end(line: str) -> bool:
    """Whether ``line`` ends with a tag (read from its last ``<``: linear in the line).

    >>> _markup_end("Morag Lindsay</a>"), _markup_end('<img src="a.png"/>'), _markup_end("if a < b then c >")
    (True, True, False)
    >>> _markup_end("Write to <bkuhn@ebb.org>"), _markup_end("#include <std/disclaimer.h>")
    (False, False)
    """
    if not line.endswith(">"):
        return False
    return _MARKUP_ENDS.match(line, max(0, line.rfind("<"))) is not None


def _no_text(line: str) -> bool:
    """Whether ``line`` is serialized data or markup, which a tag never cuts out of a sentence:
    a line that opens with a key (``"headline": "Aid arrives",``), a line a blob opens in (at its
    start or after an assignment: ``string(2572) "[{``, ``var related = [{"id": "0", ...``), a
    line that opens or ends with a tag (``<script type="application/ld+json">``, ``</div>``).
    Such lines are the page's source leaked into its text: whatever a join set beside them,
    the blob and markup steps would read apart from the first cleaning's lines.

    >>> _no_text('var related = [{"id": "0"}];'), _no_text("</div>"), _no_text("The army took")
    (True, True, False)
    """
    return (_DATA.match(line) is not None or BLOB.search(line) is not None
            or _MARKUP_OPENS.match(line) is not None or _markup_end(line))


def _cut(prev: str, line: str, carried: int = 0) -> bool:
    """Whether ``line`` carries on the sentence (or byline) that ``prev`` leaves open. Lines
    of serialized data or markup (:func:`_no_text`) carry on nothing, nor are carried on
    (``The`` / ``string(2572) "[{...``, ``Posted on`` / ``<script type="application/ld+json">``):
    a blob leaked into the text, whose commas and brackets open and close its lines as a tag cuts
    a sentence, is no text cut at every tag. ``carried``: the words of the line above ``prev``
    when ``prev`` carries it on between two words (a link's text inside a sentence, whose
    sentence the next line goes on with: ``intelligence service`` / ``masters`` / ``are
    proving``); a lower-case line carries on a line of fewer words only after such a link.

    >>> _cut("The army took", "the town"), _cut('"@graph": [', ","), _cut(",", '{"@type": "Person",')
    (True, False, False)
    >>> _cut("Posted on", '<script type="application/ld+json">'), _cut("<div>", "and more"), _cut("By", "<!--")
    (False, False, False)
    """
    return not (_no_text(prev) or _no_text(line)) and _carries_on(prev, line, carried)


def _carries_on(prev: str, line: str, carried: int = 0) -> bool:
    """:func:`_cut` less its test for data or markup (:func:`_no_text`): whether ``line`` carries
    on ``prev`` as text would. Most pairs of lines fail it at once, so a caller asks it first.

    >>> _carries_on("The army took", "the town"), _carries_on("The army took the town.", "Home")
    (True, False)
    """
    if GOES_ON.search(prev):
        return True
    if BY_ALONE.fullmatch(line):
        return False  # "Hibernating astronauts need smaller craft" / "by" / "Jane Doe": a byline opens
    m = _CONTINUES.match(line)
    if m is None or ends_sentence(prev, _LINE_STOPS):
        return False
    first = line.split(None, 1)[0].lower()
    return m.group("lower") is None or max(carried, prev.count(" ") + 1) >= _CUT_WORDS or first in SMALL


_TITLE_WORDS = 3


def _titled(first: str, text: str, after: int) -> bool:
    """Whether ``first``, the first line of a text (``text[after:]`` the lines under it), reads as
    a browser title: shaped like a headline (three words or more), and the page prints it, or a
    run of its parts (the headline less the site's name: :func:`titles.title_runs`), again as a
    line of its own below. The text of a
    page cut at every tag opens with its ``<title>`` node, which nothing in the body carries on:
    the next node (``log in``, ``msn``, ``IE 11 is not supported.``) opens the page's own text.
    Only the title's own line breaks, with the source's spaces beside them, are joined (the
    caller's check). A text that opens inside a sentence (``The army took`` / ``the town``)
    prints no such line again.

    >>> page = "\\nHome\\nFriday Facts #282 - 0.17 in sight\\nThe week went well."
    >>> _titled("Friday Facts #282 - 0.17 in sight | Factorio", page, 0), _titled("The army took", "\\nthe town", 0)
    (True, False)
    >>> _titled("By", "\\nJane Doe\\nBy", 0)
    False
    """
    if len(first.split()) < _TITLE_WORDS or not headline_shaped(first):
        return False
    runs = {key for run in title_runs(first) if len((key := norm_key(run)).split()) >= _TITLE_WORDS - 1}
    return any(norm_key(line) in runs for line in text[after:].split("\n"))


def _word_cut(prev: str, line: str) -> bool:
    """Whether ``line`` carries on ``prev`` between two words (no comma, stop or bracket at the
    cut): ``prev`` ends in a letter and ``line`` opens with one, in lower case or after a word
    that cannot end a sentence (``the``, ``of``). The caller has checked :func:`_cut`.

    >>> _word_cut("intelligence service", "masters"), _word_cut("the army took", ", it said.")
    (True, False)
    >>> _word_cut("such as", "President Emmanuel"), _word_cut("% 165 votes", "% 250 votes")
    (True, False)
    """
    if _ENDS_IN_LETTER.search(prev) is None or not line[:1].isalpha():
        return False
    return _OPENS_LOWER.match(line) is not None or GOES_ON.search(prev) is not None


def _cut_candidates(text: str) -> list[int]:
    """The line breaks of ``text``, in order, where the next line may carry on the line above
    (:func:`_carries_on` holds only where the line above ends open, as :data:`GOES_ON` reads it,
    or the next line opens as ``_CONTINUES`` reads it): two scans of the whole text, not a test of
    each line. The breaks of blank lines may be among them; no other break is a cut.

    >>> t = "The army took\\nthe town\\nHome\\nNews of the\\nWeek"
    >>> [t[i + 1:i + 5] for i in _cut_candidates(t)]
    ['the ', 'Week']
    """
    found = {m.start() for m in _OPENS_ON_SUPERSET.finditer(text)
             if (c := text[m.end()]).isascii() or (_may_open_on(c) and _OPENS_ON.match(text, m.start()) is not None)}
    last = len(text) - 1
    found.update(last - m.start() for m in _ENDS_OPEN_REVERSED.finditer(text[::-1]))
    return sorted(found)


def _indented(text: str) -> int:
    """The line breaks of ``text`` with a space or a tab beside them (not the text's first character
    nor its last), as :func:`join_points` counts the breaks a text node's own white space is beside.

    >>> _indented("Aid \\n arrives\\nHome\\n")
    1
    """
    n = len(text)
    return sum(1 for m in _BREAK.finditer(text)
               if 0 < m.start() < n - 1 and (text[m.start() - 1] in _BLANKS or text[m.start() + 1] in _BLANKS))


def join_points(text: str, nodes: bool = True, short: list[str] | None = None) -> list[int]:
    """Offsets of the line breaks that cut one sentence, byline or dateline where a tag began or
    ended (``get_text("\\n")``: a link in a sentence gives three lines, a byline ``By`` / ``Jane
    Doe`` / ``and`` / ``Tom Roe`` four). A break is a cut when the next line carries on (it opens
    in lower case or with a comma or stop) after a line that ends no sentence, or when the line
    ends on a word that cannot end one (``the``, ``by``, ``and``). Only in a text with three such
    cuts or more, where two cut lines or more open with a comma or a stop or three short lines
    are links inside a sentence (cut from the words on both sides), and these outnumber the
    cuts the text shows inside its lines (``the town , officials said``: a text joined already,
    or laid out by a scraper that keeps lines), or where three cuts or more have a space beside
    them, as a text node's own breaks do: elsewhere lines stay as they are. ``short``: :func:`short_lines`
    of ``text``, where the caller has it.

    >>> t = ("By\\nJane Doe\\nand\\nTom Roe\\nThe army took\\nthe town\\n, officials said.\\n"
    ...      "The town burned\\nall night\\n.\\nHome")
    >>> t2 = "".join(" " if i in join_points(t) else c for i, c in enumerate(t))
    >>> t2.split("\\n")
    ['By Jane Doe and Tom Roe', 'The army took the town , officials said.', 'The town burned all night .', 'Home']
    """
    pairs = _candidate_pairs(text)
    if not _may_join(text, pairs, nodes):
        return formula_joins(text, short)  # no count below can pass: no pair is read for a cut
    out: list[int] = []
    opens = links = wraps = 0
    n = len(text)
    lead = n - len(text.lstrip())
    first_start = text.rfind("\n", 0, lead) + 1  # where the text's first line with text starts
    word_cut_at, word_cut_carried = -1, 0  # the break of the last cut between two words, and its carried
    for br, start, prev, line in pairs:
        pos = br + 1
        # prev carries on the line above it between two words: that line's words
        carried = word_cut_carried if word_cut_at == start - 1 else 0
        spaced = 1 < pos < n and (text[pos - 2] in _BLANKS or text[pos] in _BLANKS)  # a space beside the break
        # the cheap test first: few lines carry on the one above, and only those are read
        # for data or markup (the pair's _cut, in the other order)
        if not _carries_on(prev, line, carried) or _no_text(prev) or _no_text(line):
            continue
        if start == first_start and not spaced and _titled(prev, text, pos):
            continue  # a browser title opening the text: a node of its own
        out.append(br)
        opens += _PUNCT_OPEN.match(line) is not None
        wraps += spaced
        if _word_cut(prev, line):
            own = line.count(" ") + 1
            links += (carried >= _CUT_WORDS and prev.count(" ") < _LINK_WORDS
                      and own >= _CUT_WORDS and carried + own >= _LINK_SIDES)
            word_cut_at, word_cut_carried = br, prev.count(" ") + 1
    formula = formula_joins(text, short)
    # nodes: whether a text node's own breaks may tell the text (not once segment cut a folded page)
    wrapped = nodes and wraps >= _MIN_WRAPS and _indented(text) < _WRAP_SHARE * (text.count("\n") + 1)
    if len(out) < _MIN_JOINS or (opens < _MIN_PUNCT_OPENS and links < _MIN_LINKS and not wrapped):
        return formula
    inside = len(_PUNCT_INSIDE.findall(text))
    if opens <= inside and (links < _MIN_LINKS or opens + links <= inside) and not wrapped:
        return formula
    return sorted(set(out).union(formula))


def _candidate_pairs(text: str) -> list[tuple[int, int, str, str]]:
    """``(break, start of the line above it, that line, the next line)``, both lines stripped, of each
    break of :func:`_cut_candidates` between two lines with text (a blank line parts the two): a break
    elsewhere cuts nothing, neither line reads as a cut.

    >>> _candidate_pairs("The army took\\nthe town\\n\\nof\\n")
    [(13, 0, 'The army took', 'the town')]
    """
    n = len(text)
    out = []
    for br in _cut_candidates(text):
        start = text.rfind("\n", 0, br) + 1
        prev = text[start:br].strip()
        end = text.find("\n", br + 1)
        line = text[br + 1:n if end < 0 else end].strip()
        if prev and line:
            out.append((br, start, prev, line))
    return out


def _may_join(text: str, pairs: list[tuple[int, int, str, str]], nodes: bool) -> bool:
    """Whether :func:`join_points`' counts may pass its test for a text cut at every tag, told from
    its candidate pairs (:func:`_candidate_pairs`) before any is read for a cut (each read costs
    patterns; most texts pass no test): three pairs or more, and two whose next line opens with a
    comma, a stop or a bracket (what :data:`_PUNCT_OPEN` needs first), three that may be links
    inside a sentence (:func:`_may_link`), or three with a space beside the break where ``nodes``
    are read. Each count is at
    least what join_points counts of the cuts among the pairs.

    >>> _may_join("", [], True), _may_join("a\\n, b\\n; c\\n. d", _candidate_pairs("a\\n, b\\n; c\\n. d"), False)
    (False, True)
    """
    if len(pairs) < _MIN_JOINS:
        return False
    if sum(line[0] in _PUNCT_FIRST for *_, line in pairs) >= _MIN_PUNCT_OPENS:
        return True
    above = {br: prev for br, _, prev, _ in pairs}  # the line above each pair's break
    if sum(_may_link(above.get(start - 1), prev, line) for _, start, prev, line in pairs) >= _MIN_LINKS:
        return True
    n = len(text)
    return nodes and sum(1 < br + 1 < n and (text[br - 1] in _BLANKS or text[br + 1] in _BLANKS)
                         for br, *_ in pairs) >= _MIN_WRAPS


def _may_link(above: str | None, prev: str, line: str) -> bool:
    """Whether ``prev`` may be a link's text inside a sentence as :func:`join_points` counts one,
    told from the words of the lines: ``above`` (the line above it, when the break between them is a
    candidate; else ``None``) carries on into it, and it into ``line``, three words or more on each
    side, twelve in all, ``prev`` short, ``line`` opening with a letter.

    >>> _may_link("the Chinese Ministry of State Security intelligence service", "masters", "are proving unable to")
    True
    >>> _may_link(None, "masters", "are proving unable"), _may_link("the army", "took", "the town")
    (False, False)
    """
    if above is None or not line[:1].isalpha():
        return False
    carried, own = above.count(" ") + 1, line.count(" ") + 1
    return (carried >= _CUT_WORDS and prev.count(" ") < _LINK_WORDS and own >= _CUT_WORDS
            and carried + own >= _LINK_SIDES)


# Math markup (MathJax, KaTeX, MathML) gives a line for each symbol of a formula: a run of
# lines of one or two characters, an operator among them, which the sentence around it goes on
# through ("When" / "a" / "≠" / "0" / ", there are two solutions to"). A layout-keeping scraper
# prints a formula on one line, so such a run is evidence of its own.
_FORMULA_TOKEN = 2
_FORMULA_LINES = 4
_OPERATORS = frozenset("=+−-×÷≤≥<>±∑∏∫√∂∇→⋅≠∞")
# A line a formula's run needs (one of its symbols' lines holds an operator): at most two
# characters, not white space, an operator among them. A text without one has no formula, and is
# not read line by line for one (most texts): a short line (:func:`short_lines`) holds it.
# The lines of one to three characters besides the white space around them (``str.strip``'s, less the line
# break), from the first such character on: the first line (match) and any other (findall: the standard
# library's re skips from one line break to the next; its repeats possessive, so a longer line fails at its
# fourth character). A formula's symbols and a counter's numbers stand on such lines. (3.10: the white space
# before the three read whole by ``(?!...)``; only white space may follow them, so giving any back ends no line.)
_SHORT_BODY = r"[^\S\n]*+([^\n]{1,3}+)[^\S\n]*+(?=\n|\Z)"
_SHORT_BODY_310 = r"[^\S\n]*(?![^\S\n])([^\n]{1,3})[^\S\n]*(?=\n|\Z)"
_SHORT_TEXT = _std(_SHORT_BODY, _SHORT_BODY_310)
_SHORT_NEXT_TEXT = _std("\n" + _SHORT_BODY, "\n" + _SHORT_BODY_310)


def short_lines(text: str) -> list[str]:
    """The lines of ``text`` that hold one to three characters besides the white space around them, each from
    its first such character on (with what white space after it the three hold): where the lines of a
    formula's symbols (:func:`formula_joins`) and a counter's numbers (:func:`counter_joins`) stand, which a
    text without them is not read line by line for. One scan for both (most texts hold none, or two or three),
    where each scanned every line break with a pattern of its own (about 780 and 420 instructions a break).

    >>> short_lines("=\\nThe army took\\n 12 \\nab cd\\n\\n  \\nx + y")
    ['=', '12 ']
    """
    first = _SHORT_TEXT.match(text)
    found: list[str] = _SHORT_NEXT_TEXT.findall(text)
    if first is not None:
        found.insert(0, first.group(1))
    return found


# A formula has an operand, a letter or a digit ("det", "(", "A", ")", "="): a run of brackets and
# operators alone is markup ("[", "?>", "[", "{": a page's leftovers, set side by side once the
# lines between them are removed, which a second cleaning would join).
_OPERAND = regex.compile(r"[\p{L}\p{N}]")
_FORMULA_OPERANDS = 1


def formula_joins(text: str, short: list[str] | None = None) -> list[int]:
    """Offsets of the line breaks inside a formula cut into one line per symbol, and around it
    where the sentence goes on (the line before ends no sentence; the line after opens in lower
    case or with a stop or comma). Blank lines between the symbols' lines do not end the run, and
    their breaks are joined too: a cleaned text keeps no blank line, so a run read only without them
    would be joined on a second cleaning.

    >>> t = "Title\\nWhen\\na\\n≠\\nb\\n+\\n1\\n, there are two roots.\\nNext line"
    >>> "".join(" " if i in formula_joins(t) else c for i, c in enumerate(t)).split("\\n")
    ['Title', 'When a ≠ b + 1 , there are two roots.', 'Next line']
    >>> t = "When\\n\\na\\n\\n≠\\n\\nb\\n\\n+\\n\\n1\\n\\n, it holds."
    >>> "".join(" " if i in formula_joins(t) else c for i, c in enumerate(t))
    'When  a  ≠  b  +  1  , it holds.'
    >>> formula_joins("Pages\\n1\\n2\\n3\\n4\\nNext")  # page numbers: no operator, no formula
    []
    >>> formula_joins("Text\\n[\\n?>\\n[\\n{\\nMore")  # markup, no operand: no formula
    []
    """
    if all(_OPERATORS.isdisjoint(line) for line in (short_lines(text) if short is None else short)):
        return []  # no short line holds an operator, so no symbol's line does: no run is a formula
    lines: list[tuple[int, int, str]] = []  # (start, end, stripped text) of every line with text
    pos = 0
    while pos <= len(text):
        nl = text.find("\n", pos)
        nl = len(text) if nl < 0 else nl
        line = text[pos:nl].strip()
        if line:
            lines.append((pos, nl, line))
        pos = nl + 1

    def gap(k: int) -> list[int]:
        """The line breaks between line ``k`` and the next line with text."""
        return [m for m in range(lines[k][1], lines[k + 1][0]) if text[m] == "\n"]

    out: list[int] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and len(lines[j][2]) <= _FORMULA_TOKEN and " " not in lines[j][2]:
            j += 1
        if (j - i >= _FORMULA_LINES and any(c in _OPERATORS for k in range(i, j) for c in lines[k][2])
                and sum(_OPERAND.search(lines[k][2]) is not None for k in range(i, j)) >= _FORMULA_OPERANDS):
            for k in range(i, j - 1):  # inside the formula
                out.extend(gap(k))
            if i > 0 and not ends_sentence(lines[i - 1][2], _LINE_STOPS):
                out.extend(gap(i - 1))
            if j < len(lines) and _CONTINUES.match(lines[j][2]):
                out.extend(gap(j - 1))
        i = max(j, i + 1)
    return sorted(out)


# A slideshow's counter cut at every tag: a label alone, the number, the link word (or a slash, or
# both: ``1`` / ``of`` / ``/`` / ``8``) and the total, each on a line of its own (``Image`` / ``1`` /
# ``of`` / ``8``), which a layout-keeping scraper prints as one line (``Image 1 of 8``).
_CUT_COUNTER = regex.compile(r"(?m)^(?:(?i:" + "|".join(all_of(COUNTER_LABELS)) + r")\n)?\d{1,3}\n(?:(?:"
                             + "|".join(all_of(COUNTER_LINKS)) + r")\n)?(?:/\n)?\d{1,3}$")


# Every counter holds a line of a number alone (``1``, ``of``, ``8``: the digits at a line's start,
# a line break after them): a short line (:func:`short_lines`) of decimal digits (``\d``, ``str.isdecimal``).
# A counter's first line is a label's, right above a number's line (one to three digits, a line
# break after them), or that number's: every match starts at a line of one to three characters
# that a line break ends, or at the line above one. _CUT_COUNTER is tried only there (a search of
# it tries its ``^`` at every character of the text): the line breaks before such a line (one
# scan of the standard library's re, which skips from one line break to the next) and the text's
# first line.
_SHORT_LINE = re.compile(r"\n(?=[^\n]{1,3}\n)")
_SHORT_FIRST = re.compile(r"[^\n]{1,3}\n")


def counter_joins(text: str, short: list[str] | None = None) -> list[int]:
    """Offsets of the line breaks inside a slideshow's counter cut at every tag, whatever else
    the text shows (no writer prints ``1`` / ``of`` / ``8`` on three lines). ``short``: :func:`short_lines`
    of ``text``, where the caller has it.

    >>> t = "Caption of the photo.\\nImage\\n1\\nof\\n/\\n8\\nClose\\n1\\nof\\n8\\nThe story."
    >>> "".join(" " if i in counter_joins(t) else c for i, c in enumerate(t)).split("\\n")
    ['Caption of the photo.', 'Image 1 of / 8', 'Close', '1 of 8', 'The story.']
    >>> counter_joins("Votes\\n12\\n8\\nof which\\n3")
    []
    """
    if not any(line.isdecimal() for line in (short_lines(text) if short is None else short)):
        return []  # no line of a number alone: no counter (most texts)
    out: list[int] = []
    for m in _counter_matches(text):
        if m.group().count("\n") < 2:
            continue  # "12\n8": two numbers, no counter
        out.extend(i for i in range(m.start(), m.end()) if text[i] == "\n")
    return out


def _counter_matches(text: str) -> Iterator[regex.Match[str]]:
    """``_CUT_COUNTER.finditer(text)``, the pattern tried only where a match can start (see
    :data:`_SHORT_LINE`), each after the last match's end as the search goes on.

    >>> [m.group() for m in _counter_matches("Image\\n1\\nof\\n8\\nClose\\n2\\n/\\n9")]
    ['Image\\n1\\nof\\n8', '2\\n/\\n9']
    """
    starts = {0} if _SHORT_FIRST.match(text) is not None else set()
    for m in _SHORT_LINE.finditer(text):
        starts.add(m.end())  # the short line's start, and the start of the line above it
        starts.add(text.rfind("\n", 0, m.start()) + 1)
    return matches_at_places(_CUT_COUNTER, text, 0, len(text), sorted(starts))


# An expandable caption cut at every tag: the page prints the caption twice, in full and cut short,
# each with the toggle its button shows (``... Southeast Asian nation.`` / ``less`` / ``... the
# military relations`` / ``... more``), which a layout-keeping scraper prints on the caption's line
# (``... Asian nation. less``). The toggle alone on a line, in the case the page prints it.
_TOGGLE = regex.compile(r"(?:\.\.\.|…)?+\x20?+(?:" + "|".join(all_of(CAPTION_TOGGLES)) + ")")
# A line that is one (white space around it, which str.strip takes off): the first line (match) or
# any other (search: the standard library's re skips from one line break to the next). A text
# without one is not read line by line (most texts).
_TOGGLE_BODY = r"[^\S\n]*(?:\.\.\.|…)?\x20?(?:" + "|".join(all_of(CAPTION_TOGGLES)) + r")[^\S\n]*(?=\n|\Z)"
_TOGGLE_LINE = re.compile(_TOGGLE_BODY)
_TOGGLE_NEXT_LINE = re.compile("\n" + _TOGGLE_BODY)
_CAPTION_CHARS = 10  # the shortest caption: "Jane Doe."
# The toggles' words (plain: tests/test_join_fast.py), found by str.find where the scans above try their
# pattern at every line break (a few hundred instructions each), and the ellipses a toggle may open with.
_TOGGLE_WORDS = tuple(all_of(CAPTION_TOGGLES))
_TOGGLE_MARKS = ("...", "…")


def _toggle_line(text: str) -> bool:
    """Whether a line of ``text`` is a caption's toggle alone (``_TOGGLE_LINE.match(text)`` or
    ``_TOGGLE_NEXT_LINE.search(text)``), read where a toggle's word stands (``str.find``, in C): white
    space after it to the line's end, and before it an optional space, then an optional ellipsis,
    then only white space back to the line's start (each run of white space read once: linear in
    the text).

    >>> _toggle_line("Cap.\\n ... more \\nx"), _toggle_line("no more\\nx"), _toggle_line("…less")
    (True, False, True)
    """
    n = len(text)
    for word in _TOGGLE_WORDS:
        at = text.find(word)
        while at >= 0:
            end = at + len(word)
            while end < n and text[end] != "\n" and text[end].isspace():
                end += 1
            if end == n or text[end] == "\n":
                if text.endswith(" ", 0, at):
                    at -= 1
                for mark in _TOGGLE_MARKS:
                    if text.endswith(mark, 0, at):
                        at -= len(mark)
                        break
                while at > 0 and text[at - 1] != "\n" and text[at - 1].isspace():
                    at -= 1
                if at == 0 or text[at - 1] == "\n":
                    return True
            at = text.find(word, end)
    return False


def toggle_joins(text: str) -> list[int]:
    """Offsets of the line breaks before an expandable caption's toggles, where a text cut at
    every tag prints the caption twice (in full, then cut short), each printing followed by its
    toggle alone on a line: joined, each caption reads with its toggle as a layout-keeping scraper
    prints it, and the caption step knows it. A toggle word alone under a line that is not
    printed twice (a "more" link under a teaser) stays where it is.

    >>> t = ("Jane Doe, left, and Tom Roe shake hands in Hanoi on Wednesday.\\nless\\n"
    ...      "Jane Doe, left, and Tom Roe shake hands in\\n... more\\nPhoto: AP\\nThe talks began.\\nmore")
    >>> "".join(" " if i in toggle_joins(t) else c for i, c in enumerate(t)).split("\\n")[:3]
    ['Jane Doe, left, and Tom Roe shake hands in Hanoi on Wednesday. less', \
'Jane Doe, left, and Tom Roe shake hands in ... more', 'Photo: AP']
    >>> toggle_joins("The talks began on Monday, officials said.\\nless\\nThe talks ended.\\nmore")
    []
    """
    out: list[int] = []
    if not _toggle_line(text):
        return out  # no toggle alone on a line
    seen: tuple[int, int, str] | None = None  # the last toggle: its line number, its break, its caption
    prev, number, pos = "", 0, 0
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        nl = n if nl < 0 else nl
        line = text[pos:nl].strip()
        # (a toggle's line ends with its word, a plain literal: most lines end otherwise, and are no call)
        if line.endswith(_TOGGLE_WORDS) and _TOGGLE.fullmatch(line) is not None and len(prev) >= _CAPTION_CHARS:
            if (seen is not None and seen[0] == number - 2
                    and seen[2][:CAPTION_OPENING] == prev[:CAPTION_OPENING]):
                out.extend((seen[1], pos - 1))
            seen = (number, pos - 1, prev)
        prev = line
        number += 1
        pos = nl + 1
    return out
