"""Recognise page chrome by markup: what an element's tag, ARIA role, visibility or class/id
words say it is (navigation, share bar, cookie banner, related links...).

Each rule gives a short reason slug; :func:`chrome_reason` returns the first that applies,
or ``None`` for an element that may hold article text.

>>> import lxml.html
>>> el = lxml.html.fragment_fromstring('<div class="article-share__buttons">Tweet</div>')
>>> chrome_reason(el)
'share'
>>> chrome_reason(lxml.html.fragment_fromstring('<div class="story-body">Text</div>')) is None
True
>>> chrome_reason(lxml.html.fragment_fromstring('<div id="onetrust-banner-sdk">We use cookies</div>'))
'cookie'
>>> chrome_reason(lxml.html.fragment_fromstring('<p class="loading">Text</p>')) is None
True
>>> chrome_reason(lxml.html.fragment_fromstring('<div class="sidebar-layout__body">Text</div>')) is None
True
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Collection, Iterable
from typing import Any

import regex

from .. import reasons

__all__ = ["CLASS_WORDS", "CONTENT_WORDS", "ROLES", "TAGS", "Vocabulary", "chrome_reason", "class_parts", "class_words",
           "markup_reason"]

# Tags that hold page furniture. ``header`` and ``footer`` only count outside an article.
TAGS = {"nav": reasons.NAVIGATION, "menu": reasons.NAVIGATION, "aside": reasons.ASIDE, "dialog": reasons.DIALOG,
        "form": reasons.FORM, "footer": reasons.FOOTER, "header": reasons.HEADER, "figcaption": reasons.CAPTION}
ROLES = {"navigation": reasons.NAVIGATION, "menu": reasons.NAVIGATION, "menubar": reasons.NAVIGATION,
         "search": reasons.NAVIGATION, "banner": reasons.HEADER, "contentinfo": reasons.FOOTER,
         "complementary": reasons.ASIDE, "dialog": reasons.DIALOG, "alertdialog": reasons.DIALOG,
         "toolbar": reasons.SHARE}

# Reason per family of class/id words, each matched as a whole word or word prefix of the
# hyphen/underscore/camelCase-split class and id ("social-share" -> social, share).
CLASS_WORDS: dict[str, tuple[str, ...]] = {
    "cookie": ("cookie", "cookies", "consent", "gdpr", "onetrust", "didomi", "cmp", "truste",
               "cookiebanner", "privacy-banner"),
    "share": ("share", "shares", "sharing", "sharebar", "social", "sociallinks", "addthis",
              "sharethis", "shariff", "a2a", "sharedaddy", "whatsapp", "sharer"),
    "related": ("related", "recommended", "recommendations", "recirc", "outbrain", "taboola",
                "trending", "popular", "mostread", "most-read", "most-popular", "more-stories",
                "morestories", "read-next", "readnext", "also-read", "you-may-like", "jp-relatedposts"),
    "comments": ("comment", "comments", "disqus", "respond", "replies"),
    "ads": ("ad", "ads", "advert", "advertisement", "advertising", "adslot", "ad-slot", "adunit",
            "ad-unit", "ad-container", "ad-wrapper", "dfp", "gpt", "sponsor", "sponsored", "promo",
            "banner-ad", "taboola-ad"),
    "navigation": ("nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "pagination",
                   "pager", "skip-link", "skiplink", "skip-to-content"),
    "newsletter": ("newsletter", "subscribe", "subscription", "signup", "sign-up", "paywall",
                   "registration", "login", "regwall"),
    "aside": ("sidebar", "side-bar", "widget", "widgets", "right-rail", "left-rail", "rail-right",
              "skyscraper"),
    "footer": ("footer", "site-footer", "page-footer"),
    "header": ("masthead", "site-header", "page-header", "topbar", "top-bar"),
    "dialog": ("modal", "popup", "pop-up", "overlay", "lightbox"),
    "hidden": ("sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text", "screenreader",
               "offscreen", "a11y-hidden", "print-only"),
    "caption": ("caption", "image-caption", "img-caption", "photo-caption", "wp-caption-text",
                "credit", "image-credit", "photo-credit"),
    "tags": ("tags", "tag-list", "taglist", "post-tags", "article-tags", "topics-list"),
}
_WORD_REASON = {w: reason for reason, ws in CLASS_WORDS.items() for w in ws}
_REASON_WORDS = frozenset(_WORD_REASON)
# Families that name a place in the layout rather than a component: a class that also says
# "body" or "content" ("sidebar-layout__body") names the article's own column.
_LAYOUT_FAMILIES = frozenset({reasons.ASIDE, reasons.HEADER, reasons.FOOTER, reasons.NAVIGATION})
CONTENT_WORDS = frozenset({"article", "articlebody", "body", "content", "entry", "main", "post", "story",
                           "text", "prose"})
# ASCII classes and a look-around of one character each, nothing that can backtrack: the standard
# library's re splits and joins these about twice as fast as the regex module (same matches).
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_CAMEL_BYTES = re.compile(rb"(?<=[a-z])(?=[A-Z])")  # _CAMEL over an ASCII name's bytes
_SPLIT = re.compile(r"[^a-z0-9]+")
# An ASCII name is lower-cased and cut as _SPLIT cuts it by one C pass of bytes.translate over its
# bytes (A-Z made a-z, as bytes.lower makes them, and every other byte but a-z and 0-9 a space) and
# str.split. str.translate with a mapping looks each character up in it (about 400 instructions a
# distinct character); bytes.translate reads a table of 256 bytes.
_CUTS = bytes(b if 97 <= b <= 122 or 48 <= b <= 57 else b + 32 if 65 <= b <= 90 else 32 for b in range(256))
_SLUG_WORDS = 4
# _CUTS, but the white space str.split cuts names at (ASCII: \t\n\x0b\x0c\r\x1c-\x1f and the space) made
# "\n": an ASCII class string's names apart, and each name's parts apart by spaces (_words).
# Each lower-case ASCII letter as "a", each capital as "A", every other byte a space: a camelCase cut
# stands where b"aA" does (_camel_cut).
_SHAPES = bytes(97 if 97 <= b <= 122 else 65 if 65 <= b <= 90 else 32 for b in range(256))
_NAME_CUTS = bytes(10 if b < 128 and chr(b).isspace() else c for b, c in enumerate(_CUTS))
# Families that only a block can be: an <a class="popup"> opens a window, it is not one.
_BLOCK_FAMILIES = frozenset({reasons.DIALOG, reasons.ASIDE, reasons.HEADER, reasons.FOOTER})
_HIDDEN_STYLE = regex.compile(r"display\s*+:\s*+none|visibility\s*+:\s*+hidden", regex.IGNORECASE)


def class_words(el: Any) -> tuple[str, ...]:
    """The words of an element's class and id, lower-cased, plus each hyphenated pair. An id
    of four words or more is a heading's anchor (``id="sharing-with-a-team"``) and is skipped.

    >>> import lxml.html
    >>> class_words(lxml.html.fragment_fromstring('<div class="mostRead" id="site-footer">x</div>'))
    ('most', 'read', 'most-read', 'site', 'footer', 'site-footer')
    >>> class_words(lxml.html.fragment_fromstring('<div class="section" id="sharing-with-a-team">x</div>'))
    ('section',)
    """
    cls, ident = el.get("class"), el.get("id")
    if not cls and not ident:
        return ()
    return _words(cls or "", ident or "")


@functools.lru_cache(maxsize=4096)
def _words(cls: str, ident: str) -> tuple[str, ...]:
    """The words of :func:`class_words`. An ASCII string is cut as one (:data:`_NAME_CUTS`: its names
    apart at white space, their parts at every other character but a-z and 0-9, lower-cased, by one
    ``bytes.translate``), and each name read by one ``str.split``, where :func:`_name_parts` made
    eight C calls a name. Its camelCase cuts are made over the whole string: a cut stands between a
    lower-case letter and a capital, two letters of one name, and a name of one case or none has no
    such pair, so those are the cuts of its names (of both cases) alone. Where a class name may be the
    id itself (the id is in the class string) or the string is not ASCII, the names are read one by
    one (:func:`_words_by_name`). Measured on the 611 class strings of 31 scrapinghub_aeb pages (every
    sixth) whose parts may hold a word with a reason: 27,800 instructions a string before, 13,700
    after (the camelCase pattern's look-behind, tried at every byte, was about a third of it)."""
    text = f"{cls} {ident}"
    if not text.isascii() or (ident and ident in cls):
        return _words_by_name(cls, ident)
    data = text.encode()  # its case told by bytes.islower and isupper, as in _name_parts
    if not (data.islower() or data.isupper()):
        data = _camel_cut(data)
    names = data.translate(_NAME_CUTS).decode().split("\n")  # white space runs leave empty names: no parts
    if ident and ident.split() == [ident]:  # the id is one name, the last
        parts = names[-1].split()
        if len(parts) >= _SLUG_WORDS and sum(p.isalpha() for p in parts) >= _SLUG_WORDS:
            names.pop()  # id="sharing-with-a-single-developer": a heading's anchor, not a name
    out: list[str] = []
    for name in names:
        _add_words(out, name.split())
    return tuple(out)


def _add_words(out: list[str], parts: list[str]) -> None:
    """Add a name's words to ``out``: its parts, then each two side by side joined by a hyphen."""
    out += parts
    n = len(parts)
    if n == 2:  # its one pair: no pairwise and map objects (most names have one or two parts)
        out.append("-".join(parts))
    elif n > 2:
        out += map("-".join, itertools.pairwise(parts))


def _words_by_name(cls: str, ident: str) -> tuple[str, ...]:
    """:func:`_words` name by name: each name cut by :func:`_name_parts`, an id's name of four words
    or more skipped, and the same for a class name that is the id."""
    out: list[str] = []
    for name in f"{cls} {ident}".split():
        parts = _name_parts(name)
        if name == ident and sum(p.isalpha() for p in parts) >= _SLUG_WORDS:
            continue  # id="sharing-with-a-single-developer": a heading's anchor, not a name
        _add_words(out, parts)
    return tuple(out)


def _name_parts(name: str) -> list[str]:
    """The lower-cased words of one class or id name, cut at camelCase and at every character but
    a-z and 0-9. An ASCII name with no lower-case letter or no capital has no camelCase to cut
    (``bytes.islower``, ``bytes.isupper`` of its bytes: a table of the ASCII letters, where
    ``str.islower`` asks the Unicode database about each character), and is cut by
    ``bytes.translate`` (:data:`_CUTS`); only other names run the patterns. Measured on the class
    and id names of 31 scrapinghub_aeb pages (1,653 distinct): 41,000 instructions a name before,
    31,000 after.

    >>> _name_parts("article-share__buttons"), _name_parts("mostRead"), _name_parts("caf\u00e9Bar")
    (['article', 'share', 'buttons'], ['most', 'read'], ['caf', 'bar'])
    """
    if name.isascii():
        data = name.encode()  # bytes.islower reads an ASCII table; str.islower asks the Unicode database
        if not (data.islower() or data.isupper()):
            data = _camel_cut(data)
        return data.translate(_CUTS).decode().split()  # lower-cased by the table
    camel = name if name.islower() else _CAMEL.sub("-", name)  # no capital: no camelCase to cut
    return [p for p in _SPLIT.split(camel.lower()) if p]


def class_parts(cls: str, ident: str) -> list[str] | None:
    """The parts every word of :func:`_words` is made of: the class and id cut at camelCase and at
    every character but a-z and 0-9 as one string; ``None`` for a string that is not ASCII. A name's
    parts are those the whole string gives it (white space between names is a cut), and every word is
    a part or two parts joined by a hyphen, so a vocabulary that no :meth:`Vocabulary.may_hold` of
    these parts can hold no word of the names. A few C passes and no loop over the names. The parts
    come as ``str.split`` gives them, a list that may repeat one: the vocabulary's sets test a list
    as they test a set, and a frozenset of them cost about 1,800 instructions more a string. A
    string of both cases is cut at camelCase as a whole (:func:`_camel_cut`, which :func:`_words`
    tells why that cuts as its names do); such strings (``zonedModule``, CSS-module names like
    ``style--hat-1vqyrZZ3j7vMCXY``) were left to their words before: of the 1,668 class strings of
    31 scrapinghub_aeb pages, 339 have both cases, and the words of 223 of them no caller needs once
    their parts are known.

    >>> sorted(class_parts("most_read  article-share__buttons", "x1")), class_parts("mostRead", "")
    (['article', 'buttons', 'most', 'read', 'share', 'x1'], ['most', 'read'])
    """
    text = f"{cls} {ident}"
    if not text.isascii():
        return None
    data = text.encode()  # its case told by bytes.islower and isupper, as in _name_parts
    if not (data.islower() or data.isupper()):
        data = _camel_cut(data)
    return data.translate(_CUTS).decode().split()  # lower-cased by the table


def _camel_cut(data: bytes) -> bytes:
    """``_CAMEL_BYTES.sub(b"-", data)``: a hyphen between each lower-case letter and the capital
    after it, found by ``bytes.find`` in a copy whose letters are all "a" or "A" (:data:`_SHAPES`),
    where the pattern's look-behind was tried at every byte (about 14,000 instructions a class
    string of both cases, 34 bytes long on average).

    >>> _camel_cut(b"style--hat-1vqyrZZ3j7vMCXY mostRead"), _camel_cut(b"XMLHttp a1B")
    (b'style--hat-1vqyr-ZZ3j7v-MCXY most-Read', b'XMLHttp a1B')
    """
    shape = data.translate(_SHAPES)
    at = shape.find(b"aA")
    if at < 0:
        return data
    pieces: list[bytes] = []
    start = 0
    while at >= 0:
        at += 1
        pieces.append(data[start:at])
        start = at
        at = shape.find(b"aA", at)
    pieces.append(data[start:])
    return b"-".join(pieces)


class Vocabulary:
    """Class words (of :data:`CLASS_WORDS`' kind) as :meth:`may_hold` reads them: the words without a
    hyphen, which only a part can be, and the second parts of each first part of those with one
    hyphen, which only two parts can be. A word of two hyphens or more is never a word of
    :func:`_words` (a pair is two parts), and so never looked for."""

    __slots__ = ("firsts", "seconds", "singles")

    def __init__(self, words: Iterable[str]) -> None:
        singles: set[str] = set()
        seconds: dict[str, set[str]] = {}
        for word in words:
            pieces = word.split("-")
            if len(pieces) == 1:
                singles.add(word)
            elif len(pieces) == 2:
                seconds.setdefault(pieces[0], set()).add(pieces[1])
        self.singles = frozenset(singles)
        self.firsts = frozenset(seconds)
        self.seconds = {first: frozenset(after) for first, after in seconds.items()}

    def may_hold(self, parts: Collection[str]) -> bool:
        """Whether the words of names whose parts are ``parts`` (:func:`class_parts`) can hold a
        word of this vocabulary: one of its words is a part, or both parts of a hyphenated one are
        there. ``False`` settles it; ``True`` leaves it to the words themselves.

        >>> Vocabulary(["share", "most-read"]).may_hold(frozenset({"read", "most"}))
        True
        >>> Vocabulary(["share", "most-read"]).may_hold(frozenset({"read", "more"}))
        False
        """
        if not self.singles.isdisjoint(parts):
            return True
        if self.firsts.isdisjoint(parts):
            return False
        seconds = self.seconds
        return any(not seconds[first].isdisjoint(parts) for first in self.firsts.intersection(parts))


_REASONS = Vocabulary(_REASON_WORDS)
_SMALL_TAGS = frozenset({"a", "span", "b", "i", "em", "strong", "img"})


@functools.lru_cache(maxsize=8192)
def _by_words(cls: str, ident: str, small: bool) -> str | None:
    """The reason the class and id words give; ``small`` for an inline tag, which no
    :data:`_BLOCK_FAMILIES` word marks. Cached: a page repeats its classes, a site its pages.
    Most class strings hold no word with a reason (1,438 of the 1,814 of 31 scrapinghub_aeb pages):
    one C pass over the words (``isdisjoint``) answers them without the loop, and most of those are
    answered before their words are made, by the parts of the whole string (:func:`class_parts`;
    2,317 of the 3,104 such strings of every element of 31 pages, 4,936 strings in all): 43,800
    instructions a string on average before, 38,200 after (with :data:`_CUTS` by bytes)."""
    parts = class_parts(cls, ident)
    if parts is not None and not _REASONS.may_hold(parts):
        return None
    words = _words(cls, ident)
    if _REASON_WORDS.isdisjoint(words):
        return None
    content = None
    for word in words:
        reason = _WORD_REASON.get(word)
        if reason is None:
            continue
        if small and reason in _BLOCK_FAMILIES:
            continue
        if reason in _LAYOUT_FAMILIES:
            if content is None:
                content = not CONTENT_WORDS.isdisjoint(words)
            if content:
                continue
        return reason
    return None


def chrome_reason(el: Any, in_article: bool = False, tag: str | None = None) -> str | None:
    """Why ``el`` is page chrome, or ``None``. ``in_article`` tells that an ``article`` or
    ``main`` element encloses it, where ``header`` and ``footer`` belong to the article.
    ``tag`` is ``el.tag`` where the caller has read it already (lxml builds a new string
    at each read)."""
    if tag is None:
        tag = el.tag
    return markup_reason(el, in_article, tag, el.keys())


def markup_reason(el: Any, in_article: bool, tag: str, names: list[str]) -> str | None:
    """:func:`chrome_reason` of ``el``, whose tag is ``tag`` and whose attribute names are ``names``
    (``el.keys()``: one call; the attributes that matter are rare, read only when there)."""
    reason = TAGS.get(tag)
    if not names:  # most elements: decided by the tag alone
        return None if reason is None or (in_article and tag in ("header", "footer")) else reason
    if "hidden" in names or ("aria-hidden" in names and el.get("aria-hidden").lower() == "true"):
        return reasons.HIDDEN
    if "style" in names and _HIDDEN_STYLE.search(el.get("style")):
        return reasons.HIDDEN
    if reason is not None and not (in_article and tag in ("header", "footer")):
        return reason
    if "role" in names:
        role = el.get("role").lower()
        if role in ROLES and not (in_article and role in ("banner", "contentinfo")):
            return ROLES[role]
    if tag in ("html", "body", "article", "main"):
        return None
    # each read only where the element has it (a read costs about 650 instructions, a look in names
    # about 50; most elements have a class and no id): get gives None for a name keys does not list
    cls = el.get("class") or "" if "class" in names else ""
    ident = el.get("id") or "" if "id" in names else ""
    if not cls and not ident:
        return None
    return _by_words(cls, ident, tag in _SMALL_TAGS)
