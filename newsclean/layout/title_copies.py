"""The browser title at the head of a folded page and the copies of its headline the page prints
again: the run of the title's parts found again before the article (:func:`printed_headline`, which
:func:`~newsclean.layout.folded.find_article` keeps as the headline), and the title's headline read at
the line's head (:func:`reprinted_title`, :func:`title_head`, :func:`doubled_headline`,
:func:`trail_copy`, with the article's header after a copy: :func:`header_after`).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import regex

from ..dates import date_line
from ..lexicon import ARTICLES, all_of
from ..titles import SEPARATOR, SITE_SEPARATOR, SUBTITLE, sentence_case, separator_at, separators_in, unmarked
from .unit_shapes import furniture_unit, prose_unit
from .unit_words import _TOKEN

__all__ = ["doubled_headline", "header_after", "opening_headline", "printed_headline", "printed_headlines",
           "reprinted_title", "title_head", "trail_copy"]


_DANGLING = frozenset(all_of(ARTICLES))  # words no headline ends with: "a", "the" ("How to watch the")
# How far into the line the browser title is read, and the shortest title part looked for again.
_TITLE_HEAD = 300
_TITLE_WORDS = 3
_TITLE_PARTS = 5  # separators read in the browser title
_TITLE_LEVELS = 3  # separators before a browser title's headline: "SignOnSanDiego.com > News > World -- ..."
_TITLE_CHARS = 200  # the longest headline read for a copy
_COPIES_READ = 10  # copies of a title's first words read, nearest the article first
_MENU_MARK = regex.compile(r"[|»›•·>]")
# What sets a site's name apart after a browser title's headline: a site separator, or a long
# dash not followed by a subtitle in lower case.
_SITE_MARK = regex.compile(SITE_SEPARATOR.pattern + r"|(?<!\s)\s++[–—]\s++(?!\p{Ll})")
_NAME_WORDS = 4  # the most words of a site's name capitalised word by word that leads a title

# A headline printed again (:func:`printed_headline`): its copy's start and end, and where it ends in the title.
Found = tuple[int, int, int] | None


def printed_headline(text: str, start: int, stop: int) -> Found:
    """The headline the page prints again before ``stop``: the longest run of parts of the
    browser title that opens the line (cut on the title's separators, three words or more)
    found again later; its last copy before ``stop`` (start and end), and where that run ends
    in the browser title.

    >>> s = "Council Approves Budget | Springfield Herald Home News Council Approves Budget The vote was close."
    >>> a, b, title_end = printed_headline(s, 0, len(s))
    >>> a, s[a:b], s[:title_end]
    (55, 'Council Approves Budget', 'Council Approves Budget')
    >>> s = "Fires and Pipes: How Winter Wreaks Havoc - The Times Home Fires and Pipes: How Winter Wreaks Havoc By"
    >>> a, b, _ = printed_headline(s, 0, len(s))
    >>> s[a:b]
    'Fires and Pipes: How Winter Wreaks Havoc'
    """
    return _printed_headline(text, start, stop)[0]


def printed_headlines(text: str, start: int, stop: int, before: int) -> tuple[Found, Found]:
    """:func:`printed_headline` before ``stop`` and before ``before`` (no later than ``stop``), the
    second read off the first where it must be the same: where the first is a copy of the title's
    parts (no :func:`_repeated_opening`) that ends by ``before``, and the title is read in the same
    head. The parts found again before ``before`` are some of those found before ``stop``, each at
    the same copy when that copy ends by ``before``; the first answer is the first longest part found,
    so it is the second's too (``tests/test_folded_fast.py`` compares the two).

    >>> s = "Council Approves Budget | Herald Home News Council Approves Budget The vote. Council Approves Budget"
    >>> printed_headlines(s, 0, len(s), 80) == (printed_headline(s, 0, len(s)), printed_headline(s, 0, 80))
    True
    """
    found, of_parts = _printed_headline(text, start, stop)
    if (of_parts and found is not None and found[1] <= before <= stop
            and min(before, start + _TITLE_HEAD) == min(stop, start + _TITLE_HEAD)):
        return found, found
    return found, printed_headline(text, start, before)


def _printed_headline(text: str, start: int, stop: int) -> tuple[Found, bool]:
    """:func:`printed_headline`, and whether it is a copy of the browser title's parts (no
    :func:`_repeated_opening`)."""
    head_end = min(stop, start + _TITLE_HEAD)
    seps = list(itertools.islice(separators_in(text, start, head_end), _TITLE_PARTS))
    if not seps:
        return _repeated_opening(text, [start], stop), False
    part_starts = [start, *(m.end() for m in seps[:-1])]
    best: tuple[int, int, int] | None = None
    for i, a in enumerate(part_starts):  # every run of neighbouring parts: "Fires: How Winter"
        for sep in seps[i:]:
            part, lo = text[a:sep.start()].strip(), sep.end()
            if len(part.split()) < _TITLE_WORDS or (best is not None and len(part) <= best[1] - best[0]):
                continue
            at = text.rfind(part, lo, stop)
            while at > lo and (text[at - 1].isalnum() or text[at + len(part):at + len(part) + 1].isalnum()):
                at = text.rfind(part, lo, at + len(part) - 1)  # only whole words: not inside a longer word
            if at > lo:
                best = (at, at + len(part), a + text[a:sep.start()].index(part) + len(part))
    if best is not None:
        return best, True
    return _repeated_opening(text, [start, *part_starts[1:]], stop), False


def opening_headline(text: str, start: int, end: int, starts: Sequence[int]) -> tuple[int, int, int] | None:
    """:func:`printed_headline` for a line that no page's furniture tells apart (a folded
    article, a page with little menu text): the copy the line prints before its article opens,
    up to the end of the article's first sentence (the first unit of prose that another
    follows), whole units at both ends (no lower-case word goes on after the copy or after the
    title's part: the first words of a sentence printed twice are no headline). A copy further
    down is a related link or the body quoting the headline, no sign of where the article opens.
    The title is read in the line's first unit, which is no sentence of prose. ``starts`` are
    the line's unit starts, as for :func:`~newsclean.layout.folded.find_article`.

    >>> from newsclean.layout.folded import unit_starts
    >>> s = "Aid Arrives in Efrin - Herald Home Jan 5 Aid Arrives in Efrin Trucks came. They left."
    >>> a, b, title_end = opening_headline(s, 0, len(s), unit_starts(s, [s[:40], "Aid", "They left."]))
    >>> s[a:b], s[:title_end]
    ('Aid Arrives in Efrin', 'Aid Arrives in Efrin')
    >>> s = "This is a test. This is a test of the copy finder. It works."
    >>> opening_headline(s, 0, len(s), unit_starts(s, ["This is a test.", "This is a test of", "It"])) is None
    True
    """
    bounds = [*starts, end + 1]
    if prose_unit(text[start:bounds[1] - 1]):
        return None  # the line opens with a sentence: no browser title there
    stop, prose = end, False
    for i in range(len(starts)):
        unit = prose_unit(text[bounds[i]:bounds[i + 1] - 1])
        if unit and prose:
            stop = bounds[i] - 1
            break
        prose = unit
    found = printed_headline(text, start, stop)
    if (found is None or found[2] >= bounds[1] or not _unit_end(text, found[1], end)
            or not _unit_end(text, found[2], end)):
        return None
    return found


def _unit_end(text: str, pos: int, end: int) -> bool:
    """Whether ``pos`` may end a unit of ``text[:end]``: no lower-case word, comma or semicolon
    goes on after it.

    >>> s = "Story of Metroid, One of Gaming's Universes"
    >>> _unit_end(s, 16, len(s)), _unit_end(s, 17, len(s))
    (False, True)
    """
    m = _TOKEN.search(text, pos, end)
    return m is None or not (m.group()[:1].islower() or m.group()[:1] in ",;")


_SPACES = regex.compile(r"\s++")


def _words_at(text: str, words: Sequence[str], pos: int, end: int) -> int:
    """Where ``words`` (tokens without white space) stand next in ``text[pos:end]``, one after
    another with any white space between them (what the pattern ``word\\s++word...`` finds,
    without compiling one for each title read): the start of the first, or -1.

    >>> _words_at("Aid  arrives in town. Aid arrives\\nin town", ["Aid", "arrives", "in"], 1, 40)
    22
    >>> _words_at("Aid arrives", ["Aid", "arrives"], 0, 8)
    -1
    """
    first, rest = words[0], words[1:]
    core = _core(first)
    # most places the first word stands are no copy: with no closing mark to it and a word after it,
    # one test in line tells such a place (:func:`_no_copy_at`), where the full reading makes three calls
    ruled = rest and core == first
    second = _core(rest[0]) if rest else ""
    i = text.find(core, pos, end)
    while i >= 0:
        if not (ruled and _no_copy_at(text, i + len(core), second, end)):
            at = _word_end(text, first, i, end)
            for word in rest:
                after = _past_spaces(text, at, end) if at >= 0 else -1
                at = -1 if after < 0 else _word_end(text, word, after, end)
                if at < 0:
                    break
            else:
                if at >= 0:
                    return i
        i = text.find(core, i + 1, end)
    return -1


def _core(word: str) -> str:
    """``word`` less the closing mark a page may print apart from it (:func:`_word_end`): what stands
    in the text wherever ``word`` does.

    >>> _core("Metroid,"), _core("Aid"), _core(",")
    ('Metroid', 'Aid', ',')
    """
    return word[:-1] if len(word) > 1 and word[-1] in _CLOSING_MARKS else word


def _no_copy_at(text: str, after: int, second: str, end: int) -> bool:
    """Whether no copy of a title's words goes on at ``text[after:end]``, right after its first word
    (one with no closing mark), where ``second`` is the next word's :func:`_core`: no white space
    stands there (:func:`_past_spaces` finds none: ``str.isspace`` holds all of the pattern's), or
    one space, no more, before a character other than the next word's first. ``True`` only where
    :func:`_words_at`'s full reading finds no copy at that place; ``False`` where it may.

    >>> _no_copy_at("Then came", 3, "came", 9), _no_copy_at("The sun", 3, "came", 7)
    (True, True)
    >>> _no_copy_at("The came", 3, "came", 8), _no_copy_at("The came", 3, "came", 6)  # the word cut by the end
    (False, True)
    >>> _no_copy_at("The  sun", 3, "came", 8)  # two spaces: the full reading decides
    False
    """
    if after >= end or not text[after].isspace():
        return True
    return (text[after] == " " and (after + 1 == end or not text[after + 1].isspace())
            and not text.startswith(second, after + 1, end))


_CLOSING_MARKS = ",.;:!?"  # marks a page folded with a space between text nodes may print apart: "Metroid ,"


def _past_spaces(text: str, at: int, end: int) -> int:
    """Where the run of white space at ``text[at:end]`` ends (``_SPACES.match``), or -1 where none
    stands there: one space before a character that is none (``str.isspace``, which reads all the
    white space the pattern does) read without a call to the pattern.

    >>> _past_spaces("a b", 1, 3), _past_spaces("a \\n b", 1, 5), _past_spaces("ab", 1, 2), _past_spaces("a ", 1, 2)
    (2, 4, -1, 2)
    """
    if at < end and text[at] == " " and (at + 1 == end or not text[at + 1].isspace()):
        return at + 1
    m = _SPACES.match(text, at, end)
    return -1 if m is None else int(m.end())


def _word_end(text: str, word: str, at: int, end: int) -> int:
    """Where ``word`` ends when it stands at ``text[at:end]``, its closing mark spaced apart or not
    (:data:`_NODE_SPACE`: "Metroid ," for "Metroid,"); -1 where it does not stand there.

    >>> _word_end("Metroid , One", "Metroid,", 0, 13), _word_end("Metroid, One", "Metroid,", 0, 12)
    (9, 8)
    >>> _word_end("Metroids", "Metroid,", 0, 8)
    -1
    """
    if text.startswith(word, at, end):
        return at + len(word)
    if len(word) > 1 and word[-1] in _CLOSING_MARKS and text.startswith(word[:-1], at, end):
        m = _SPACES.match(text, at + len(word) - 1, end)
        if m is not None and text.startswith(word[-1], m.end(), end):
            return int(m.end()) + 1
    return -1


def reprinted_title(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``(start, end)`` of the headline in the browser title that opens the folded page
    ``text[start:end]``, confirmed by a copy the page prints elsewhere: the longest opening of
    the title, or of a part of it after one of its first three separators (``SignOnSanDiego.com
    > News > World -- Judges allow video``), three words or more, that the page prints again,
    with no lower-case word or comma after it in the title. A folded page runs its browser title
    into its menus, so where the title ends is only known where the page prints its headline
    again (the ``<h1>``, a breadcrumb's last item, a print header), whatever stands around the
    copy there (a byline, a stamp: ``last updated``; a share button's label before it: ``Resize
    text``); a sentence's first words printed twice go on in lower case after the first, and
    no headline ends with an article or opens in lower case (:func:`_whole_title`). A menu
    printed twice is no headline: no run with a menu's marks (``|``, ``»``), nor one of a
    menu's shape (:func:`~newsclean.layout.unit_shapes.furniture_unit`) after a separator (a headline opens the title as
    often, in Title Case). Where the page prints the whole browser title again (a print header,
    a bookmark's text) and the headline alone elsewhere, the copy that ends where the title's
    next separator stands wins over the longer one that runs on into the site's trail
    (``ESPN - Judges allow video - College Sports ESPN``); a copy that goes on with the separator
    itself is a headline cut by a line break (``Die Akte –``), no headline alone, and a long dash
    before a lower-case word joins a subtitle (``Die Akte – der lange Marsch``), no trail.

    >>> s = "Judges allow video - The Herald Home News World Judges allow video By Ann Lee The court met."
    >>> a, b = reprinted_title(s, 0, len(s))
    >>> s[a:b]
    'Judges allow video'
    >>> s = "The Herald > World -- Judges allow video News Metro Home Judges allow video THE HAGUE - The court"
    >>> a, b = reprinted_title(s, 0, len(s))
    >>> s[a:b]
    'Judges allow video'
    >>> s = ("Herald - Judges allow video - World News Herald Home Judges allow video - World News Herald "
    ...      "Judges allow video By")
    >>> a, b = reprinted_title(s, 0, len(s))
    >>> s[a:b]
    'Judges allow video'
    >>> reprinted_title("The court met today. Later the court met again.", 0, 47) is None
    True
    """
    head_end = min(end, start + _TITLE_HEAD)
    marked = start + len(unmarked(text[start:head_end]))
    stop = marked if marked < head_end else None  # no title runs on into markup ("... ethanol <SCRIPT")
    head_end = min(head_end, marked)
    seps = itertools.islice(separators_in(text, start, head_end), _TITLE_LEVELS)
    best: tuple[int, int] | None = None
    trailed: tuple[int, int] | None = None  # the longest copy that ends where the title's trail starts
    first = -1
    named: tuple[int, int] | None = None  # the longest copy of a part after a site's separator shaped as its name
    named_at = start  # ... and where that separator stands
    for a in [start, *(m.end() for m in seps)]:
        words = list(itertools.islice(_TOKEN.finditer(text, a, head_end), _TITLE_WORDS))
        if len(words) < _TITLE_WORDS:
            continue
        site_sep = SITE_SEPARATOR.search(text, max(start, a - 4), a) if a > start else None
        a = words[0].start()
        first = a if first < 0 else first
        opening = [w.group() for w in words]
        at, seen = words[-1].end(), 0
        while seen < _COPIES_READ:
            found = _words_at(text, opening, at, end)
            if found < 0:
                break
            at, seen = found, seen + 1
            n = len(_title_piece(text[a:a + _shared_words(text, a, at, end, stop)]))
            piece = text[a:a + n]
            if (len(piece.split()) >= _TITLE_WORDS and (best is None or n > best[1] - best[0])
                    and _unit_end(text, a + n, end) and _whole_title(piece)
                    and _MENU_MARK.search(piece) is None
                    and (a == first or not furniture_unit(piece, items=False) or header_after(text, at + n, end))):
                if site_sep is not None and _site_named(piece) and not header_after(text, at + n, end):
                    if named is None or n > named[1] - named[0]:
                        named, named_at = (a, a + n), site_sep.start()
                else:
                    best = (a, a + n)
            if (len(piece.split()) >= _TITLE_WORDS and separator_at(text, a + n, head_end) is not None
                    and separator_at(text, at + n, end) is None  # the copy prints no separator after it
                    and SUBTITLE.match(text, a + n, head_end) is None  # nor is a subtitle in lower case cut off
                    and (trailed is None or n > trailed[1] - trailed[0]) and _whole_title(piece)):
                trailed = (a, a + n)
            at += 1
    if best is not None and trailed is not None and trailed[0] == best[0] and trailed[1] < best[1]:
        return trailed  # the page prints the headline without the trail too: the trail is the site's
    if best is None and named is not None:
        # the page prints the site's name again: a single part before it is the headline ("The New York Times
        # en Español - The New York Times"), which no copy confirms; else the part itself ("Herald - Fight Night")
        head = text[start:named_at].strip()
        if len(head.split()) >= _TITLE_WORDS and SEPARATOR.search(head) is None and _whole_title(head):
            a = text.index(head, start)
            return a, a + len(head)
    return best if best is not None else named


# What opens an article's header right under its printed headline: a byline ("By" or "BY" and a
# capital), or a day (``19/01/2008``, ``Jan. 15, 2008``, ``Tuesday, January 15``) within a few words.
_BY = regex.compile(r"\s*+(?:By|BY)\s++\p{Lu}")
_HEADER_CHARS = 40
_HEADER_WORDS = 6  # the most words of a day read there: "Tuesday, January 15, 2008 4:52 PM"


def header_after(text: str, pos: int, end: int) -> bool:
    """Whether the article's header (its byline, or its day) opens right after ``text[:pos]``
    (before ``end``): a copy of the headline printed over its article, where a menu's items printed
    twice (a header's and a footer's) run on into more links.

    >>> s = "Rice Lauds Iraqi Reconciliation Efforts By HAMZA HENDAWI"
    >>> header_after(s, 39, len(s)), header_after("Gamez the man to catch 19/01/2008 4:52 PM", 22, 41)
    (True, True)
    >>> header_after("Bush predicts Mid East peace date 5 days ago US president", 33, 58)
    True
    >>> header_after("Home News Sport Weather Business Travel Culture", 14, 47)
    False
    """
    if _BY.match(text, pos, end) is not None:
        return True
    words = text[pos:min(end, pos + _HEADER_CHARS)].split()
    return any(date_line(" ".join(words[:k])) is not None for k in range(1, min(len(words), _HEADER_WORDS) + 1))


def _site_named(piece: str) -> bool:
    """Whether a part of a browser title is shaped as a site's name: four words or fewer,
    capitalised word by word, no sentence (``Starpulse Entertainment News Blog``, ``The Sports
    Network``). A page prints its name again in its header, its search box and its footer, none
    of them over the article: after a site's separator (``... Box Office - Starpulse
    Entertainment News Blog``), such a part is the title's headline only where no other part is
    printed again, or where the article's header follows its copy (:func:`header_after`).

    >>> _site_named("Starpulse Entertainment News Blog"), _site_named("Gamez the man to catch")
    (True, False)
    >>> _site_named("Rice Lauds Iraqi Reconciliation Efforts")
    False
    """
    return len(piece.split()) <= _NAME_WORDS and not sentence_case(piece)


def title_head(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``(start, end)`` of the headline that opens the browser title at the head of the folded
    page ``text[start:end]`` where no copy confirms it: the title's first part, up to a
    separator that sets a site's name apart (:data:`titles.SITE_SEPARATOR`, or a long dash not
    followed by a subtitle in lower case), three words or more, whole (:func:`_whole_title`),
    and not shaped as the site's own name: a part of four words or fewer capitalised word by
    word (``The Modesto Bee | Reports: ...``) may be the name that leads the title, as may a
    part before a spaced colon (``SunHerald.com : Headline``).

    >>> s = "Attack stokes fears in North Africa - The Washington Post Sign In Home Politics"
    >>> a, b = title_head(s, 0, len(s))
    >>> s[a:b]
    'Attack stokes fears in North Africa'
    >>> title_head("The Modesto Bee | Reports: EMI to cut jobs Search News Sports", 0, 61) is None
    True
    """
    head_end = min(end, start + _TITLE_HEAD)
    m = _SITE_MARK.search(text, start, head_end)
    if m is None:
        return None
    piece = text[start:m.start()].strip()
    words = piece.split()
    if (len(words) < _TITLE_WORDS or not _whole_title(piece) or _MENU_MARK.search(piece) is not None
            or " : " in piece):  # a site's name before a spaced colon: "SunHerald.com : Headline"
        return None
    if len(words) <= _NAME_WORDS and not sentence_case(piece):
        return None
    a = text.index(piece, start)
    return a, a + len(piece)


_DOUBLED_TOKENS = 60  # tokens at a folded page's head read for a headline printed twice in a row
_DOUBLED_WORDS = 20  # the most words of such a headline
# ... and the fewest: a logo's image and its link print the site's name twice in a row as often ("The
# Verge homepage The Verge homepage", "News Update Service News Update Service"), in three words or fewer
_DOUBLED_LEAST = 4


def doubled_headline(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``(start, end)`` of a headline printed twice in a row near the head of the folded page
    ``text[start:end]`` (within :data:`_TITLE_HEAD` characters): a page prints its headline in a
    print header, a breadcrumb's last item or a box's heading right before its ``<h1>``, and
    folded, the two copies meet (``Please support local business! Storm hits the coast Storm hits
    the coast Staff and agencies 19 January, 2008``). The longest such run of four words or more
    (:data:`_DOUBLED_LEAST`, :data:`_DOUBLED_WORDS` at most), whole (:func:`_whole_title`), with no
    menu's marks or shape (a menu printed twice is no headline), no lower-case word, comma or semicolon after its
    second copy (the opening of a sentence printed twice goes on); written as a sentence, or with
    the article's header after it (:func:`header_after`), as a menu's items, capitalised word by
    word, are not.

    >>> s = "Please support local business! Storm hits the coast Storm hits the coast Staff and agencies"
    >>> a, b = doubled_headline(s, 0, len(s))
    >>> s[a:b]
    'Storm hits the coast'
    >>> doubled_headline("Home News Sport Weather Home News Sport Weather Travel", 0, 53) is None
    True
    >>> s = "Home Mayor Signs Record Budget Mayor Signs Record Budget By JO LEE The mayor signed."
    >>> a, b = doubled_headline(s, 0, len(s))
    >>> s[a:b]
    'Mayor Signs Record Budget'
    >>> doubled_headline("The Herald homepage The Herald homepage Storm hits", 0, 50) is None
    True
    """
    head_end = min(end, start + _TITLE_HEAD)
    toks = list(itertools.islice(_TOKEN.finditer(text, start, head_end), _DOUBLED_TOKENS))
    words = [t.group() for t in toks]
    best: tuple[int, int] | None = None
    for i in range(len(words)):
        for size in range(min(_DOUBLED_WORDS, (len(words) - i) // 2), _DOUBLED_LEAST - 1, -1):
            if best is not None and size <= len(text[best[0]:best[1]].split()):
                break
            if words[i:i + size] != words[i + size:i + 2 * size]:
                continue
            a, b = toks[i].start(), toks[i + size - 1].end()
            piece = text[a:b]
            after = toks[i + 2 * size - 1].end()
            if (_whole_title(piece) and _MENU_MARK.search(piece) is None and not furniture_unit(piece, items=False)
                    and _unit_end(text, after, end) and (sentence_case(piece) or header_after(text, after, end))):
                best = (a, b)
                break
    return best


_TRAIL_WORDS = 3  # the most words of a site's name after a browser title's headline: "Wikipedia", "The Herald"
_SHORT_TITLE = 2  # the fewest words of a headline that a copy right after the browser title confirms


def trail_copy(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``(start, end)`` of the headline of the browser title that opens ``text[start:end]`` when the
    page prints it again right after the title's trail: the first part of the title (before a
    site's separator, :data:`titles.SITE_SEPARATOR`), a site's name of up to :data:`_TRAIL_WORDS`
    words, then the same words (``Hermitian matrix - Wikipedia Hermitian matrix From Wikipedia,
    ...``). A page with no menu over its article prints its ``<h1>`` right after its ``<title>``;
    folded, the copy meets the trail, and that confirms a headline of two words too, shorter than
    :func:`reprinted_title` reads anywhere on the page.

    >>> s = "Hermitian matrix - Wikipedia Hermitian matrix From Wikipedia, the free encyclopedia"
    >>> a, b = trail_copy(s, 0, len(s))
    >>> s[a:b]
    'Hermitian matrix'
    >>> trail_copy("Hermitian matrix - Wikipedia Home News Sport Hermitian matrix", 0, 61) is None
    True
    """
    sep = SITE_SEPARATOR.search(text, start, min(end, start + _TITLE_HEAD))
    if sep is None:
        return None
    head = text[start:sep.start()].split()
    if not _SHORT_TITLE <= len(head) <= _DOUBLED_WORDS or not _whole_title(" ".join(head)):
        return None
    after = list(itertools.islice(_TOKEN.finditer(text, sep.end(), end), _TRAIL_WORDS + len(head)))
    words = [t.group() for t in after]
    for n in range(1, min(_TRAIL_WORDS, len(words) - len(head)) + 1):
        if words[n:n + len(head)] == head and _MENU_MARK.search(" ".join(words[:n])) is None:
            first = text.find(head[0], start)
            return first, first + len(text[first:sep.start()].rstrip())
    return None


def _whole_title(piece: str) -> bool:
    """Whether ``piece`` may be a headline whole: it opens with no lower-case letter (the rest
    of a title after a kicker and its colon: ``Apple's headset: the display moment``) and ends
    with no article, which a sentence goes on after (``How to watch the``).

    >>> _whole_title("How to watch the"), _whole_title("the display moment"), _whole_title("Prices go up")
    (False, False, True)
    """
    last = piece.split()[-1]
    return not piece[:1].islower() and not (last.islower() and last in _DANGLING)


def _title_piece(text: str) -> str:
    """``text`` less what trails after its last word: a separator, spaces.

    >>> _title_piece("Judges allow video - "), _title_piece("Judges allow video (AP)")
    ('Judges allow video', 'Judges allow video (AP)')
    """
    return text.rstrip(" -–—|:·•»›>/\\~")


def _common_words(text: str, a: int, b: int) -> int:
    """How many characters ``text[a:]`` and ``text[b:]`` share from their start, up to a
    title's length, ending with a whole word in both."""
    n = _common_prefix(text, a, b, min(_TITLE_CHARS, len(text) - b))
    while n > 0 and ((a + n < len(text) and text[a + n].isalnum()) or (b + n < len(text) and text[b + n].isalnum())):
        n -= 1
    return n


# Spaces before a mark that closes a clause: a page folded with a space between every two text nodes
# prints "Metroid , One Of" where its title reads "Metroid, One Of" (a link's text, then the rest).
_NODE_SPACE = regex.compile(r"\s++(?=[,.;:!?)\]])")


def _same_chars(text: str, a: int, b: int, n: int) -> int:
    """How many of the ``n`` characters from ``a`` on ``text`` prints from ``b`` on too, less a run of
    white space they end with (:func:`_common_prefix`, where :func:`_shared_words` read character by
    character). Up to there its reading steps through both alike: it reads the
    same characters, its runs of white space have the same length in both and end inside that span.

    >>> s = "Storm nears  the coast - Storm nears  the  coast"
    >>> _same_chars(s, 0, 25, 22), _same_chars(s, 0, 25, 5), _same_chars(s, 0, 25, 0)
    (16, 5, 0)
    """
    same = _common_prefix(text, a, b, n)
    while same > 0 and text[a + same - 1].isspace():
        same -= 1
    return same


def _common_prefix(text: str, a: int, b: int, n: int) -> int:
    """How many of the ``n`` characters from ``a`` on ``text`` prints from ``b`` on too, before the
    first that differ: found by halving, a few comparisons in C where a loop read each character.

    >>> _common_prefix("Storm nears the coast - Storm nears the sea", 0, 24, 21), _common_prefix("ab", 0, 1, -1)
    (16, 0)
    """
    lo, hi = 0, max(0, n)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if text.startswith(text[a:a + mid], b):
            lo = mid
        else:
            hi = mid - 1
    return lo


def _shared_words(text: str, a: int, b: int, end: int, stop: int | None = None) -> int:
    """How many characters of ``text[a:]`` the copy at ``b`` prints (up to ``end``), ending with
    a whole word in both, a run of spaces and line breaks equal to any other (a title's text node
    may keep the line breaks of its markup); 0 where the two go on together past a title's
    length (a caption or a paragraph printed twice).

    >>> s = "Storm nears\\n   the coast - Herald Storm nears the coast today"
    >>> s[:_shared_words(s, 0, 34, len(s))]
    'Storm nears\\n   the coast'
    >>> s = "Story of Metroid, One of Gaming's Universes Home Story of Metroid , One of Gaming's Universes By"
    >>> s[:_shared_words(s, 0, 49, len(s))]
    "Story of Metroid, One of Gaming's Universes"
    """
    limit = min(a + _TITLE_CHARS, b, len(text) if stop is None else stop)
    same = _same_chars(text, a, b, min(limit - a, end - b))
    i, j = a + same, b + same  # where the two first differ, or where white space runs on in one of them
    while i < limit and j < end:
        if text[i].isspace() and text[j].isspace():
            while i < limit and text[i].isspace():
                i += 1
            while j < end and text[j].isspace():
                j += 1
        elif text[j].isspace() and _NODE_SPACE.match(text, j, end) and not text[i].isalnum():
            j = _NODE_SPACE.match(text, j, end).end()  # "Metroid , One": a space between two text nodes
        elif text[i].isspace() and _NODE_SPACE.match(text, i, limit) and not text[j].isalnum():
            i = _NODE_SPACE.match(text, i, limit).end()
        elif text[i] == text[j]:
            i, j = i + 1, j + 1
        else:
            break
    if i >= a + _TITLE_CHARS:
        return 0  # the two go on together past a title's length: a passage printed twice, no title
    if (i < len(text) and text[i].isalnum()) or (j < end and text[j].isalnum()):
        while i > a and not text[i - 1].isspace():
            i -= 1  # a word cut short in either: back to the last whole word
    return len(text[a:i].rstrip())


def _repeated_opening(text: str, starts: Sequence[int], stop: int) -> tuple[int, int, int] | None:
    """The headline of a browser title that runs into the menus without a separator
    (``Dolphins feel a change with Parcells on the job Search Site Web Home News ...``): the
    longest opening of the line, or of a part after a separator, that the page prints again
    before ``stop``, three words or more and no menu marks (``|``, ``»``).

    >>> s = "Dolphins feel a change Search Site Home News Dolphins feel a change The team met."
    >>> a, b, title_end = _repeated_opening(s, [0], len(s))
    >>> s[a:b], s[:title_end]
    ('Dolphins feel a change', 'Dolphins feel a change')
    """
    best: tuple[int, int, int] | None = None
    for a in starts:
        words = list(itertools.islice(_TOKEN.finditer(text, a, stop), _TITLE_WORDS))
        if len(words) < _TITLE_WORDS:
            continue
        opening = text[a:words[-1].end()]
        at, seen = stop, 0
        while seen < _COPIES_READ:
            at = text.rfind(opening, words[-1].end(), at)
            if at < 0:
                break
            seen += 1
            n = _common_words(text, a, at)
            copy = text[at:at + n].rstrip()
            if (len(copy.split()) >= _TITLE_WORDS and _MENU_MARK.search(copy) is None
                    and (best is None or len(copy) > best[1] - best[0])):
                best = (at, at + len(copy), a + len(copy))
    return best
