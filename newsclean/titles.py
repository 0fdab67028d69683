"""Browser titles cut into parts: the headline, and the site's name and section trail around it.

A browser title (``<title>``, or the first line of a scraped page) joins the headline to the
site's name and sections with separators, on either side and several levels deep:
``Chelsea hoping to sign Anelka - Soccer - Sport - Breaking News``,
``SignOnSanDiego.com > News > World -- Judges allow video``, ``The Herald / Elections / ...``,
``SFGate: World Views : Another political murder``. Which parts are the headline is for the
page to confirm (a heading that prints them, the site's name in its metadata): this module
gives the parts and every run of neighbouring parts, and the caller picks. Where nothing on the
page confirms a part, :func:`split_site` cuts the site's name off: the one splitter of the title
step (a scraped page's first line) and the HTML reader (its ``<title>``).

>>> title_parts("Chelsea hoping to sign Anelka - Soccer - Sport - Breaking News")
['Chelsea hoping to sign Anelka', 'Soccer', 'Sport', 'Breaking News']
>>> title_parts("The Bellingham Herald / Wire Elections / Obama picking up support")
['The Bellingham Herald', 'Wire Elections', 'Obama picking up support']
>>> list(title_runs("A b | C d | E"))[:4]
['A b | C d | E', 'A b | C d', 'C d | E', 'A b']
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

import regex

from .dates import date_line, find_dates
from .names import byline_names
from .words import SPACE, WORD, content_stems, headline_shaped, norm_key, tokens, words

__all__ = ["MAX_PARTS", "SEPARATOR", "SITE_DASH", "SITE_SEPARATOR", "SUBTITLE", "deck_shaped", "identifier",
           "markup_start_by", "menu_bar", "own_headline", "printed_copies", "run_in_title", "sentence_case",
           "separator_at", "spaces_start", "split_site", "subtitled", "title_bounds", "title_parts", "title_runs",
           "unmarked", "with_deck"]

# Between a headline and its site's name or section: a bar, a double colon, an angle bracket
# (breadcrumbs), a middle dot or bullet, a tilde: with or without spaces around; an en or em
# dash, a slash, a backslash, a star, a closing angle quote or a colon with a space on each
# side (French quotes a name: «Vape Wave»); a hyphen or double hyphen with a space on one
# side or both ("cold start- al.com"); a colon right after a word ("AFP: Riley ..."); the
# opening of a last part in brackets, spaced or not ("Olympic Loser (from Bradford Telegraph and
# Argus)", "Golfer Wins PGA Title(The Korea Times)").
# Not an underscore: Chinese sites' titles join the trail with one ("..._科技_腾讯网"), but
# Readability's test pages count it in the title.
SEPARATOR = regex.compile(r"\s*+(?:\|{1,2}+|::|[·•~]|>{1,2}+)\s*+"
                          r"|\s++(?:[–—/\\✩»›]|:)\s++|\s*+-{1,2}+\s++|\s++-{1,2}+(?=\w)|(?<=\w):\s++"
                          r"|\s*+\((?=[^()]{1,80}+\)\s*+$)")
# A character every separator holds (besides white space): a line without one is one piece, told
# by one scan of the standard library's re, where SEPARATOR's alternatives are tried at every character.
SEPARATOR_MARKS = r"|:·•~>–—/\\✩»›(-"  # as a class's body: the backslash escaped, the hyphen last
_SEPARATOR_CHAR = re.compile(f"[{SEPARATOR_MARKS}]")
_LONE_MARKS = "|·•~>("  # marks a separator holds with no white space around them: "a|b", "Title(Site)"
_DOUBLING_MARKS = ":-"  # ... and marks it holds before white space or another of its kind: "AFP: ", "a::b", "a--"
SPACES_BEFORE = regex.compile(r"\s*+", regex.REVERSE)  # the run of white space that ends at a place
# A long dash, then a lower-case word: a subtitle joined to the headline, not a site's name
# ("Evolve: Shared Mutable History — evolve extension for Mercurial").
SUBTITLE = regex.compile(r"\s+[–—]\s+(?=\p{Ll})")
# The separators that set a site's name apart in a browser title when no name is known: a bar, a
# hyphen or two, a slash, a backslash, an angle bracket or quote, a middle dot, a bullet or a double
# colon, a space on each side ("... -- South Florida Sun-Sentinel.com", "... · V8", "... :: Site ::").
# Dashes longer than a hyphen and single colons join parts of headlines too often to cut there. Read
# from a run of spaces' first only: linear in a line of spaces.
SITE_SEPARATOR = regex.compile(r"(?<!\s)\s++(?:[|\-/\\>»·•]|--|::)\s++")
# A longer dash sets a site's name apart when what follows it is a name: one to three words, the
# first capitalised, or a web address, at the end ("Lorem ipsum – My website", "... on the Web —
# Mozilla", "... — www.wday.ru").
SITE_DASH = regex.compile(r"(?<!\s)\s++[–—]\s++"
                          r"(?=(?:\p{Lu}[\w.!'’&-]*(?:\s+[\w.!'’&-]+){0,2}|[\w-]++(?:\.[\w-]++)++)$)")
_HEAD_WORDS = 3  # the fewest words of a headline left when the site's name is cut off
# A name written for machines: lower-case letters and digits joined by hyphens or underscores, three
# pieces or more, no space ("draft-ietf-quic-transport-34", "annual_report_2019", "my-first-post").
_IDENTIFIER = regex.compile(r"(?=[\d_-]*+\p{Ll})[\p{Ll}\d]++(?:[-_][\p{Ll}\d]++){2,}+")  # a letter: no date
# The most parts a title is cut into; a title with more separators is taken whole.
MAX_PARTS = 8
# Broken markup swallowed into a title: a tag, a comment's end, a script's statement end.
# A function called on a string ("ntById(\"font\")", cut with its name), a comparison in brackets
# ("(OAS_version >= 11)"), an attribute's end and a tag's ('.xml" />').
# The function's name is found apart (_CALL, then its word read back from the bracket): as a case of
# the alternation, ``\w++\(["']`` read each word to its end from each of its letters, a search of a
# page folded to one line (8,000 characters) 18 times as long as the other cases together.
# Each case is a pattern of its own, searched only in a text that holds what its matches hold (a
# literal each names beside it): the first place any case matches is the first of the places each
# matches first, and the engine, given one case, goes from one place its opening can stand to the
# next, where the whole alternation was tried at every character of a folded page.
_MARKUP_CASES: tuple[tuple[tuple[str, ...], regex.Pattern[str]], ...] = tuple(
    (needs, regex.compile(case)) for needs, case in (
        (("</",), r"</[a-zA-Z]"),
        (("<", "="), r"<[a-zA-Z][\w:-]{0,20}+\s++[\w:-]++="),
        (("<!",), r"<!"),
        (("-->",), r"-->"),
        ((");",), r"[\"']\);"),
        (("function",), r"\bfunction\s*+\("),
        (("document.",), r"\bdocument\.\w"),
        (("(",), r"\(\w++\s*+(?:[<>!=]=|[<>])"),
        ((">",), r"[\"']\s*+/?>"),
    ))
_CALL = regex.compile(r"(?<=\w)\([\"']")  # a bracket and a quote right after a word: a function called on a string
_NAME_BEFORE = regex.compile(r"\w++", regex.REVERSE)  # matched at the bracket: the word before it


def _may_hold_markup(text: str) -> bool:
    """Whether ``text`` holds what every match of a case of ``_MARKUP_CASES`` or of ``_CALL`` holds:
    an angle bracket (a tag, a comment's end, a quote closing an attribute before ``>``), ``);`` (a
    statement's end after a quote), ``function`` or ``document.``, a bracket and ``=`` (a comparison
    in brackets: its other operators are angle brackets), or a bracket and a quote (a call on a
    string). Each is looked for with ``in``, many times faster than the pattern's search over a text
    without any.

    >>> _may_hold_markup("Rates rise again - Herald"), _may_hold_markup("Rates rise (again)")
    (False, False)
    >>> _may_hold_markup("Rates <b>rise"), _may_hold_markup("if (x == 1)"), _may_hold_markup('ById("font")')
    (True, True, True)
    """
    return ("<" in text or ">" in text or ");" in text or "function" in text or "document." in text
            or ("(" in text and ("=" in text or '("' in text or "('" in text)))


def _first_markup(title: str) -> int | None:
    """Where the first match of a case of ``_MARKUP_CASES`` starts in ``title``, or ``None``: each
    case searched apart, where ``title`` holds its literal.

    >>> _first_markup('Top story(The Times) x</div> y -->'), _first_markup("Rates (rise)")
    (22, None)
    """
    starts = [m.start() for needs, case in _MARKUP_CASES
              if all(n in title for n in needs) and (m := case.search(title)) is not None]
    return min(starts) if starts else None


def _markup_start(title: str) -> int | None:
    r"""Where the first piece of markup or code in ``title`` starts (see :func:`unmarked`), or
    ``None``: the first match of a case of ``_MARKUP_CASES`` or of a function called on a string
    (``\w++\(["']``), whichever starts first. A call starts at its name's first letter, and
    no case of ``_MARKUP_CASES`` starts inside a word, so a call that starts before that first
    match has its bracket before it too: only the text up to that match is searched for one.

    >>> _markup_start('Top story(The Times)ntById("font"); obj.x'), _markup_start("Rates rise <again>")
    (20, None)

    A text that holds none of the characters or words every case (or a call) needs is read no
    further (:func:`_may_hold_markup`): a page folded to one line is searched whole.
    """
    if not _may_hold_markup(title):
        return None
    first = _first_markup(title)
    stop = len(title) if first is None else first
    call = _CALL.search(title, 0, min(len(title), stop + 1))
    if call is not None:
        name = _NAME_BEFORE.match(title, 0, call.start())
        at: int = name.start() if name is not None else call.start()
        return at
    return first


# A character no run of a markup case or of a call's name holds (white space, a word's characters, a
# name's colon or hyphen): a match of either that starts before it and holds it ends within
# _MARKUP_TAIL characters after it, on its closing marks ("=", ">", "/>", "<=", "');").
_RUN_STOP = regex.compile(r"[^\s\w:-]")
_MARKUP_TAIL = 3


def markup_start_by(title: str, bound: int) -> int | None:
    """Where the first piece of markup or code in ``title`` starts (:func:`unmarked`), where that is
    at ``bound`` or before, else ``None``: read up to the first character past ``bound`` that ends
    every run of a match (:data:`_RUN_STOP`). A match that starts at ``bound`` or before ends within
    :data:`_MARKUP_TAIL` characters after that character, so it is a match of the title cut there, and a
    match of the cut title is one of the whole (no case reads the end of the text): a page folded to
    one line is read only where a title can stand (``tests/test_fast_paths.py`` compares it with
    :func:`_markup_start` of the whole title).

    >>> s = "Aid Arrives</title>" + " Home News" * 400 + "<b class='x'>"
    >>> markup_start_by(s, 20), markup_start_by(s, 5), markup_start_by("Rates (rise)", 20)
    (11, None, None)
    """
    stop = _RUN_STOP.search(title, min(len(title), bound + 1))
    at = _markup_start(title if stop is None else title[:stop.start() + _MARKUP_TAIL])
    return at if at is not None and at <= bound else None


def unmarked(title: str) -> str:
    """``title`` up to the first piece of markup or code swallowed into it (a page whose
    ``<title>`` is not closed takes in what follows): no title holds such text.

    >>> unmarked('Bush to Saudis - CBN News</titlevalue="true" --> </head> <body id="Body">')
    'Bush to Saudis - CBN News'
    >>> unmarked("Rates rise <again>"), unmarked('Top story(The Times)ntById("font"); obj.x')
    ('Rates rise <again>', 'Top story(The Times)')
    >>> unmarked("Gaza crossings - Ne(OAS_version >= 11) x"), unmarked('TV - Intww.spy.co.uk/o.xml" />')
    ('Gaza crossings - Ne', 'TV - Intww.spy.co.uk/o.xml')
    """
    at = _markup_start(title)
    return title if at is None else title[:at].rstrip()


def title_parts(title: str) -> list[str]:
    """The pieces of ``title`` between separators (the whole title when it has more than
    :data:`MAX_PARTS`), empty pieces left out.

    >>> title_parts("SignOnSanDiego.com > News > World -- Judges allow video")
    ['SignOnSanDiego.com', 'News', 'World', 'Judges allow video']
    >>> title_parts("Riley unlikely to return: report | AFP")
    ['Riley unlikely to return', 'report', 'AFP']
    """
    parts = [p.strip() for p in SEPARATOR.split(title)]
    parts = [p for p in parts if p]
    return parts if len(parts) <= MAX_PARTS else [title.strip()]


# Between a menu's items on one line: a bar or two, a middle dot, a bullet ("Home | News | Sport").
_MENU_SEPARATOR = regex.compile(r"\s*+(?:\|{1,2}+|[·•])\s*+")
_MENU_ITEM_WORDS = 2
# Chinese and Japanese run words together: two characters count as a word more, as the layout's
# weights count them ("商品の改造が商標法違反に！？ | 特許業務法人..." is a headline and its site).
_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")


def menu_bar(line: str) -> bool:
    """Whether ``line`` is a menu bar: items between bars, middle dots or bullets, each a word or two,
    three items or more (two when each is one word). A browser title has its headline among its parts,
    words enough to say what happened; a site prints its sections' names this way in its header and
    again in its footer, which is no headline printed twice.

    >>> menu_bar("Home | News | Sport | Weather"), menu_bar("Sport | Tech"), menu_bar("More · Tech · World · Video")
    (True, True, True)
    >>> menu_bar("News: ePaper | Front Page | National | Tamil Nadu | Sport |"), menu_bar("| Jobs | Obituary")
    (True, True)
    >>> menu_bar("Obama Wins | CNN"), menu_bar("Aid Arrives in Efrin | Fars News"), menu_bar("Sport")
    (False, False, False)
    >>> menu_bar("商品の改造が商標法違反に！？ | 特許業務法人ライトハウス国際特許事務所")
    False
    """
    items = _MENU_SEPARATOR.split(line.strip())
    if items and not items[-1]:
        items.pop()  # a bar after the last item too: "Home | News | Sport |"
    if items and not items[0]:
        items.pop(0)
    if len(items) < 2:
        return False
    sizes = [len(WORD.findall(item)) + len(_CJK.findall(item)) // 2 for item in items]
    return all(1 <= n <= _MENU_ITEM_WORDS for n in sizes) and (len(items) > 2 or max(sizes) == 1)


def may_separate(text: str, at: int) -> bool:
    """Whether the separator's character at ``text[at]`` (:data:`_SEPARATOR_CHAR`) may be one a
    separator holds (:data:`SEPARATOR`): every one of them may after white space; the others
    need a bar, a dot, a bullet, a tilde, an angle bracket or a bracket, or a colon or a hyphen
    before white space or another of its kind. Not a hyphen inside a word ("well-known"), a
    colon inside a time ("2:55"), a slash inside an address. The standard library's white space
    (``str.isspace``) holds all of regex's ``\\s``.

    >>> lines = ("well-known", "Aid - Fars", "Aid-- Fars", "at 2:55", "a.com/news", "Aid|Fars", "AFP: Aid")
    >>> [may_separate(s, _SEPARATOR_CHAR.search(s).start()) for s in lines]
    [False, True, True, False, False, True, True]
    """
    c = text[at]
    if c in _LONE_MARKS or text[at - 1:at].isspace():
        return True
    after = text[at + 1:at + 2]
    return c in _DOUBLING_MARKS and (after == c or after.isspace())


_MARK_CHARS = frozenset(SEPARATOR_MARKS)  # (the backslash is in twice: escaped, as written for a class)


def separator_at(text: str, pos: int, end: int | None = None) -> regex.Match[str] | None:
    """``SEPARATOR.match(text, pos, end)``, with no call to the engine where the character at ``pos``,
    or the one after a single space there, is neither white space nor a separator's mark: each of the
    pattern's alternatives holds a mark (:data:`SEPARATOR_MARKS`) right after the run of white space
    it opens with, or opens with its colon. Most places asked (right after a headline's words) hold a
    space and a word. ``str.isspace`` holds all of regex's ``\\s``.

    >>> [separator_at(s, 5) is not None for s in ("Storm - Herald", "Storm hits", "Storm:x", "Storm\t| x")]
    [True, False, False, True]
    """
    end = len(text) if end is None else end
    c = text[pos] if pos < end else ""
    if c == " " and pos + 1 < end:
        c = text[pos + 1]  # (one space and what follows it: a longer run of white space is read by the pattern)
    if c and c not in _MARK_CHARS and not c.isspace():
        return None
    return SEPARATOR.match(text, pos, end)


def spaces_start(text: str, pos: int, at: int) -> int:
    """``SPACES_BEFORE.match(text, pos, at).start()``: where the run of white space that ends at ``at``
    starts, no earlier than ``pos``. No white space, or a single space, before ``at`` (most marks) is
    told by two look-ups, ``str.isspace`` holding all of regex's ``\\s``.

    >>> spaces_start("Storm - Herald", 0, 6), spaces_start("Storm|Herald", 0, 5), spaces_start("Storm \t - x", 0, 8)
    (5, 5, 5)
    """
    if at > pos and not text[at - 1].isspace():
        return at
    if at > pos and text[at - 1] == " " and (at - 1 == pos or not text[at - 2].isspace()):
        return at - 1
    return int(SPACES_BEFORE.match(text, pos, at).start())


def separators_in(text: str, start: int = 0, end: int | None = None) -> Iterator[regex.Match[str]]:
    """``SEPARATOR.finditer(text, start, end)``, each separator tried only where its mark stands (a
    character of :data:`_SEPARATOR_CHAR` that :func:`may_separate`, after the white space before
    it), where the pattern's alternatives are tried at every character. Sound because in each of
    them only white space stands before the mark: no match starts before the white space that ends
    at the first mark, and one that starts inside it also starts where it starts; a mark
    :func:`may_separate` rules out is held by no match, bounded or not (``tests/test_titles_fast.py``
    and ``tests/test_folded_fast.py`` compare the two).

    >>> [m.group() for m in separators_in("Storm - Herald > World: News (AP)")]
    [' - ', ' > ', ': ', ' (']
    >>> [m.group() for m in separators_in("Storm - Herald > World: News (AP)", 8, 23)]  # "Herald > World:"
    [' > ']
    """
    pos, end = start, len(text) if end is None else end
    while (mark := _SEPARATOR_CHAR.search(text, pos, end)) is not None:
        at = mark.start()
        m = SEPARATOR.match(text, spaces_start(text, pos, at), end) if may_separate(text, at) else None
        if m is None:
            pos = at + 1  # no separator holds this mark: none starts before it
        else:
            yield m
            pos = m.end()


def title_bounds(title: str) -> list[tuple[int, int]]:
    """(start, end) of each piece of ``title`` between separators; the whole title when it
    has more than :data:`MAX_PARTS`.

    >>> title_bounds("Aid Arrives | Fars")
    [(0, 11), (14, 18)]
    """
    if _SEPARATOR_CHAR.search(title) is None:
        return [(0, len(title))] if title else []  # no separator: the whole title
    bounds: list[tuple[int, int]] = []
    pos = 0
    for m in separators_in(title):
        if m.start() > pos:
            if len(bounds) == MAX_PARTS:
                return [(0, len(title))]  # a piece more than a title has: the rest of a long line unread
            bounds.append((pos, m.start()))
        pos = m.end()
    if pos < len(title):
        bounds.append((pos, len(title)))
    return bounds if len(bounds) <= MAX_PARTS else [(0, len(title))]


def title_runs(title: str) -> Iterator[str]:
    """Every run of neighbouring parts of ``title`` as it stands there (separators kept
    inside), longest first; at most ``MAX_PARTS * (MAX_PARTS + 1) / 2`` runs.

    >>> list(title_runs("Troops Win | Fars"))
    ['Troops Win | Fars', 'Troops Win', 'Fars']
    """
    bounds = title_bounds(title.strip())
    text = title.strip()
    n = len(bounds)
    for size in range(n, 0, -1):
        for i in range(n - size + 1):
            yield text[bounds[i][0]:bounds[i + size - 1][1]]


def own_headline(title: str, heading: str) -> bool:
    """Whether a browser title that no element prints is a headline of its own, unrelated to
    ``heading`` (the ``<h1>`` over the article): written in sentence case (its first letter a
    capital, a word of content after it in lower case), three words or more, and sharing no
    word of content with the heading. A site's or section's name is capitalised word by word
    (``Charleston Daily Mail``, ``Lifestyle & Entertainment``), a keyword list starts in lower
    case, and a headline cut short or reworded for the title shares words with the printed one;
    a sentence with nothing in common with the ``<h1>`` says the ``<h1>`` heads something else
    (the blog's name, a teaser, a box), and the title is the page's headline.

    >>> own_headline("Share buttons removal test", "Lorem ipsum dolor")
    True
    >>> own_headline("Charleston Daily Mail", "Former winner back on tour")
    False
    >>> own_headline("'Hairspray', Blonsky win Critics awards", "'Hairspray' and 'Juno' win at Critics' Choice")
    False
    """
    title = title.strip()
    if len(words(title)) < 3 or not sentence_case(title):
        return False
    return not (content_stems(title) & content_stems(heading))


_WORDS = regex.compile(r"\w+")  # compiled once: regex.findall(pattern, ...) looks its cache up on every call


def sentence_case(text: str) -> bool:
    """Whether ``text`` is written as a sentence is (its first letter a capital, a word of
    content after it in lower case), not capitalised word by word as a name is (a site, a
    section, a news agency: ``Charleston Daily Mail``, ``Press Trust of India``).

    >>> sentence_case("Rupee at 39.28 against US dollar"), sentence_case("Press Trust of India")
    (True, False)
    """
    if not text[:1].isupper():
        return False
    return any(w.islower() and w.isalpha() and content_stems(w) for w in _WORDS.findall(text)[1:])


def identifier(part: str) -> bool:
    """Whether a browser title's ``part`` is a document's identifier, not its headline: a draft's,
    a file's or a page's slug, lower-case pieces joined by hyphens or underscores with no space.
    Standards trackers, wikis, file viewers and blogs print one beside the document's own title
    (``draft-dejong-remotestorage-04 - remoteStorage``); a headline is written with spaces.

    >>> identifier("draft-dejong-remotestorage-04"), identifier("annual_report_2019"), identifier("my-first-post")
    (True, True, True)
    >>> identifier("remoteStorage"), identifier("e-mail"), identifier("Draft-Dejong-Storage"), identifier("Web 2.0")
    (False, False, False, False)
    >>> identifier("2019-12-05"), identifier("2019-12-report")  # a day is read as a date, not as a name
    (False, True)
    """
    return _IDENTIFIER.fullmatch(part.strip()) is not None


def split_site(title: str, site: str | None = None) -> tuple[str, str | None]:
    """``(headline, site name)`` from a browser title. When the page names itself (``site``, from
    its metadata), the part at the end (or else the start) that is that name, whatever separator
    sets it apart (:func:`title_bounds`). With no name known, the last part after a
    :data:`SITE_SEPARATOR` or a :data:`SITE_DASH`, when three words of headline at least remain;
    where one side is a document's :func:`identifier`, the other is the title.
    Otherwise the whole title and ``None``.

    >>> split_site("Obama admits US gun laws are his 'biggest frustration' - BBC News")
    ("Obama admits US gun laws are his 'biggest frustration'", 'BBC News')
    >>> split_site("Google - Site Reliability Engineering", "Google")
    ('Site Reliability Engineering', 'Google')
    >>> split_site("Wikipedia - Hermitian matrix"), split_site("Firefox — Customize and make it your own — Mozilla")
    (('Wikipedia - Hermitian matrix', None), ('Firefox — Customize and make it your own', 'Mozilla'))
    >>> split_site("Evolve: Shared Mutable History — evolve extension for Mercurial")
    ('Evolve: Shared Mutable History — evolve extension for Mercurial', None)
    >>> split_site("draft-dejong-remotestorage-04 - remoteStorage")
    ('remoteStorage', None)
    """
    if site:
        named = _named_part(title, norm_key(site))
        if named is not None:
            return named
    seps = list(SITE_SEPARATOR.finditer(title))
    dash = SITE_DASH.search(title)
    if dash is not None and (not seps or seps[-1].start() < dash.start()):
        seps.append(dash)
    if not seps:
        return title, None
    head, name = title[:seps[-1].start()].strip(), title[seps[-1].end():].strip()
    name = name.removesuffix("::").rstrip()  # a frame: ":: Site ::"
    if identifier(head) != identifier(name):  # an identifier beside the document's name: the name
        return (name, None) if identifier(head) else (head, None)
    if len(WORD.findall(head)) >= _HEAD_WORDS:
        return head, name or None
    return title, None


def _named_part(title: str, key: str) -> tuple[str, str] | None:
    """``(the rest, the part)`` where the last part of ``title``, or else its first, reads ``key``.

    >>> _named_part("BBC News - Storm hits coast | Weather", "bbc news")
    ('Storm hits coast | Weather', 'BBC News')
    """
    bounds = title_bounds(title)
    if len(bounds) < 2 or not key:
        return None
    (first, first_end), (last, last_end) = bounds[0], bounds[-1]
    if norm_key(title[last:last_end]) == key:
        return title[:bounds[-2][1]].strip(), title[last:last_end].strip()
    if norm_key(title[first:first_end]) == key:
        return title[bounds[1][0]:].strip(), title[first:first_end].strip()
    return None


def subtitled(title: str, headline: str) -> bool:
    """Whether ``title`` (a browser title) is ``headline`` with its subtitle: the headline, then
    a long dash and a word in lower case. A site's name after a dash is capitalised; words in
    lower case there go on with the headline, and the title keeps them.

    >>> subtitled("Evolve: Shared History — evolve extension for Mercurial", "Evolve: Shared History")
    True
    >>> subtitled("Evolve: Shared History — Mercurial", "Evolve: Shared History")
    False
    """
    m = SUBTITLE.match(title, len(headline)) if title.startswith(headline) else None
    return m is not None


_SPACES = regex.compile(r"\s++")


def _gap_end(text: str, at: int) -> int:
    """Where the run of white space (``\\s++``) that opens at ``at`` ends, or -1 where none opens there.
    One space before a character that is no white space (most gaps between a line's words) is told
    by two look-ups: the ``regex`` engine's call costs several thousand instructions on a long text.

    >>> _gap_end("a b", 1), _gap_end("a \\n b", 1), _gap_end("ab", 1), _gap_end("a ", 1)
    (2, 4, -1, 2)
    """
    if text[at:at + 1] == " " and text[at + 1:at + 2] not in SPACE:  # "" (the text's end) is in SPACE
        return at + 1
    gap = _SPACES.match(text, at)
    return -1 if gap is None else gap.end()


def printed_copies(text: str, headline: str) -> Iterator[tuple[int, int]]:
    r"""``(start, end)`` of each copy of ``headline`` printed in ``text``, left to right and apart:
    its words in order, exactly as written, with any run of white space between them (a page
    folded to one line keeps its markup's line breaks and indents inside a heading). The spans of
    ``regex.compile(r"\s++".join(map(regex.escape, headline.split()))).finditer(text)``, found
    with ``str.find`` and a match of the white space instead: a pattern compiled for each page's
    headline costs more than the search it is compiled for (the ``regex`` module compiles in
    Python; the headline's copies are looked for once or twice a page).

    >>> list(printed_copies("Home Podium for\n  Canuck By CP Podium for Canuck", "Podium for Canuck"))
    [(5, 24), (31, 48)]
    >>> list(printed_copies("Podium forCanuck podium for Canuck", "Podium for Canuck"))
    []
    """
    words = headline.split()
    if not words:  # the empty pattern: an empty copy at every position
        yield from ((i, i) for i in range(len(text) + 1))
        return
    first, rest = words[0], words[1:]
    pos = 0
    while (at := text.find(first, pos)) >= 0:
        end = at + len(first)
        for word in rest:
            gap = _gap_end(text, end)
            if gap < 0 or not text.startswith(word, gap):
                break
            end = gap + len(word)
        else:
            yield at, end
            pos = end
            continue
        pos = at + 1


_DECK_WORDS = 30  # the most words of a deck: a headline's second line, not a paragraph
# A deck that is a sentence or more (a summary: "But only gamers will care."), a byline, a quote.
_NOT_DECK = regex.compile(r"\w[.!?。！？][\"'”’»)]*+(?:\s|$)|^\W*+by\b|^[\"'“‘«]", regex.IGNORECASE)


def deck_shaped(text: str) -> bool:
    """Whether ``text``, printed right under a headline, may be its deck (the second line of the
    headline, a subheadline: "For Astronaut, a Frustrating Wait" over "Delays Keep Him on Space
    Station After Mother's Death"): shaped like a headline, two to :data:`_DECK_WORDS` words, no
    sentence's end (a summary, a lead), no byline, no date, no opening quote (a pull quote). The
    HTML reader (an element under the headline's) and the title step (a line under it) read it so.

    >>> deck_shaped("Delays Keep Him on Space Station After Mother's Death"), deck_shaped("Claims dropped")
    (True, True)
    >>> deck_shaped("It opened. Water flowed."), deck_shaped("By Ann Lee"), deck_shaped("January 15, 2008")
    (False, False, False)
    >>> deck_shaped('"We will win," he said'), deck_shaped("Sport")
    (False, False)
    """
    return (2 <= len(tokens(text)) <= _DECK_WORDS and headline_shaped(text) and not _NOT_DECK.search(text)
            and not byline_names(text) and date_line(text) is None and not find_dates(text))


def with_deck(headline: str, deck: str) -> str:
    """The title that a headline and its deck make: joined by a long dash, or by a space after a
    headline that ends with its own stop ("?", "!", ":").

    >>> with_deck("Podium for Canuck", "Bronze medal picks up slack"), with_deck("Up at Night?", "Phones May Be Why")
    ('Podium for Canuck — Bronze medal picks up slack', 'Up at Night? Phones May Be Why')
    """
    headline = headline.rstrip()
    return headline + (" " if headline[-1:] in "?!:.…" else " — ") + deck


_RUN_IN_CHARS = 300  # characters at a text's head in which a title run into its first sentence is read
_RUN_IN_WORDS = 8  # the most words of such a title
_RUN_IN_LOWER = 4  # the most of its words in lower case: more read as a sentence's opening
_OPENING_RUN = 3  # lower-case words after a capitalised one that open a sentence
_SENTENCE_RUN = 12  # words in which that sentence reaches its first comma or stop
_OPENING = regex.compile(r"\S++")
# The most words run_in_title reads: a sentence that opens after the longest title and a heading
# (_RUN_IN_WORDS + _OPENING_RUN words) reaches its comma or stop within _SENTENCE_RUN words.
_RUN_IN_READ = _RUN_IN_WORDS + _OPENING_RUN + 1 + _SENTENCE_RUN
# The marks a word ends with where a sentence reaches its first comma or stop (the word's last
# character: a test of the string, where a pattern's call costs several times more a word)
_RUN_MARKS = (",", ";", ":", ".", "!", "?")


def _lower_run(words: list[str], i: int) -> bool:
    """Whether a sentence opens at ``words[i]``: a capitalised word, then lower-case words only, at
    least :data:`_OPENING_RUN` of them, up to a comma or a stop within :data:`_SENTENCE_RUN` words."""
    if not words[i][:1].isupper():
        return False
    for n, w in enumerate(words[i + 1:i + 1 + _SENTENCE_RUN], 1):
        if not w[:1].islower():
            return False
        if w.endswith(_RUN_MARKS):
            return n >= _OPENING_RUN
    return False


def run_in_title(text: str) -> tuple[int, int] | None:
    """The span of a title that opens ``text`` and runs straight into its first sentence, with no
    stop, line or separator between them: a page with no menus scraped whole (its ``<title>``, then
    its first paragraph: ``Base URL test Lorem ipsum dolor sit amet, ...``). The sentence opens at
    the first capitalised word that lower-case words follow up to a comma or a stop
    (:func:`_lower_run`); the title is what comes before it, where the page confirms the cut by
    printing words again on either side of it: a heading between the two whose words open the
    sentence again (``Lorem`` over ``Lorem ipsum ...``), no part of the title; a title printed
    twice in a row (the browser title, then the page's heading that copies it), read once; or the
    title's own words opening the sentence. Without such a copy a title and a sentence's opening
    words look alike (``A team of Oregon scientists said, ...``, ``Skating champion Ann Lee, who
    ...``), and no title is read. The title is two to :data:`_RUN_IN_WORDS` words, at most
    :data:`_RUN_IN_LOWER` of them in lower case, shaped like a headline, with no separator (a
    browser title's trail is for the title step's other rules), every word opening with a letter,
    a digit or a quote. ``None`` when the head shows no such shape: no title rather than a wrong one.

    >>> s = "Base URL test Lorem Lorem ipsum dolor sit amet, consectetur elit."
    >>> s[slice(*run_in_title(s))]
    'Base URL test'
    >>> s = "Readability Test Readability Test\\nLorem ipsum dolor sit amet, consectetur elit."
    >>> s[slice(*run_in_title(s))]
    'Readability Test'
    >>> s = "Storm Hits Coast Storm Winds Storm winds hit the coast at night, officials said."
    >>> s[slice(*run_in_title(s))]
    'Storm Hits Coast'
    >>> run_in_title("Storm hits coast | Herald Home News News of the storm hit the coast, they said.") is None
    True
    >>> run_in_title("Storm Hits Coast The storm hit the coast at night, officials said.") is None  # no copy
    True
    >>> run_in_title("The storm hit the coast on Monday, officials said.") is None  # no title before it
    True
    """
    words = _opening_words(text)  # a title's words and its sentence's opening, up to its comma or stop
    for i in range(1, min(len(words), _RUN_IN_WORDS + _OPENING_RUN + 1)):
        if not _lower_run(words, i):
            continue
        head = [w.lower() for w in words[:i]]
        opening = [w.lower() for w in words[i:i + len(head)]]
        # the title, then the sentence that opens with its words: a title in Title Case (a heading in
        # sentence case that its paragraph opens with is the article's own, "Lorem ipsum" over "Lorem ipsum ...")
        copied = head == opening and not any(w[:1].islower() for w in words[:i])
        for m in range(min(_OPENING_RUN + 1, len(head) - 1), 0, -1):  # a heading that the sentence opens with
            if not copied and head[-m:] == opening[:m]:
                head, copied = head[:-m], True
                break
        half = len(head) // 2
        if half and len(head) % 2 == 0 and head[:half] == head[half:]:
            head, copied = head[:half], True  # printed twice in a row
        if (not copied or not 2 <= len(head) <= _RUN_IN_WORDS
                or sum(w[:1].islower() for w in words[:len(head)]) > _RUN_IN_LOWER):
            return None
        spans = [m.span() for m in itertools.islice(_OPENING.finditer(text, 0, min(len(text), _RUN_IN_CHARS)),
                                                     len(head))]  # where the title's words stand
        title = text[spans[0][0]:spans[-1][1]]
        if (not headline_shaped(title) or SEPARATOR.search(title) is not None
                or not all(w[:1].isalnum() or w[:1] in "\"'“‘" for w in words[:len(head)])):
            return None
        return spans[0][0], spans[-1][1]
    return None


# White space to str.split that regex's \s is not (str.isspace reads these four separators as
# space, Unicode's White_Space does not): the only characters the two part words at differently.
_SPLIT_ONLY = ("\x1c", "\x1d", "\x1e", "\x1f")


def _opening_words(text: str) -> list[str]:
    """The first :data:`_RUN_IN_READ` of :data:`_OPENING`'s words in ``text[:_RUN_IN_CHARS]``: the head
    cut by ``str.split`` (a call in C, where each word of the pattern's is a match object) unless it
    holds a character the two read differently.

    >>> _opening_words("Base URL test\\nLorem  ipsum"), _opening_words("Base\\x1cURL")
    (['Base', 'URL', 'test', 'Lorem', 'ipsum'], ['Base\\x1cURL'])
    """
    head = text[:_RUN_IN_CHARS]
    if any(c in head for c in _SPLIT_ONLY):
        return [m.group() for m in itertools.islice(_OPENING.finditer(head), _RUN_IN_READ)]
    return head.split()[:_RUN_IN_READ]
