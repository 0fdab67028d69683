"""Parse a page into an ``lxml`` tree, and drop what a reader never sees as text.

lxml is used directly rather than through BeautifulSoup: on the scrapinghub_aeb pages
(158 kB on average) lxml parses a page in about 1.5 ms, BeautifulSoup with the lxml
builder in about 14 ms, and the whole HTML path must run at several times trafilatura's
speed.

>>> root = parse_html('<?xml version="1.0" encoding="utf-8"?><html><body><p>Hi<script>x()</script> there')
>>> strip_unseen(root)
>>> root.findtext(".//p")
'Hi there'
>>> text_of(root.find(".//p"))
'Hi there'
"""

from __future__ import annotations

import itertools
import re
import threading
from collections.abc import Iterator
from typing import Any

import lxml.etree
import regex

from ..strict import replace_surrogates
from ..titles import unmarked

__all__ = ["UNSEEN_TAGS", "parse_html", "parse_page", "strip_unseen", "text_of"]

# Elements whose content is code, media or form controls, never article text.
UNSEEN_TAGS = ("script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed",
               "canvas", "video", "audio", "source", "track", "map", "button", "select", "option",
               "optgroup", "datalist", "textarea", "input", "link", "meta", "head", "base", "param",
               "frameset", "frame", "applet")

# lxml.etree's parser, not lxml.html's: its elements need no Python class lookup, which
# made iterating a page's elements about 20% slower. The page goes in as UTF-8 bytes (a
# charset the page declares is ignored): libxml2 reads them about 10% faster than a str,
# to the same tree. Lone surrogates, which UTF-8 cannot encode, are read as U+FFFD (found
# by that encoding, which fails only then: no scan of its own), and counted.
# One pair of parsers per thread: a parser's error log, read after each parse, is its own.
_LOCAL = threading.local()


def _parsers() -> tuple[Any, Any]:
    """This thread's (UTF-8 bytes parser, str parser)."""
    pair = getattr(_LOCAL, "parsers", None)
    if pair is None:
        # collect_ids=False: no table of the page's id attributes (nothing here looks an element
        # up by id), and no error logged for each id a page repeats; the same tree.
        options = {"remove_comments": True, "remove_pis": True, "huge_tree": True, "default_doctype": False,
                   "collect_ids": False}
        pair = _LOCAL.parsers = (lxml.etree.HTMLParser(encoding="utf-8", **options),
                                 lxml.etree.HTMLParser(**options))
    return pair
_EMPTY = "<html><body></body></html>"
_RESOURCE_LIMIT = [lxml.etree.ErrorTypes.ERR_RESOURCE_LIMIT]
_XML_DECL = regex.compile(r"\A[\s\ufeff]*+<\?xml[^>]{0,300}+>")


# Tags kept when a page nests too deep for libxml2 (2048 levels): they do not nest, or
# hold what must stay out of the text. Of the others, inline ones go and the rest become <br>.
_FLAT_KEEP = frozenset("html head title meta link body p br h1 h2 h3 h4 h5 h6 li script style noscript "
                       "template svg iframe".split())
_INLINE = frozenset("a abbr b bdi bdo big cite code del dfn em font i ins kbd mark q s samp small span "
                    "strike strong sub sup time tt u var".split())
_TAG = regex.compile(r"<(/?+)([a-zA-Z][\w:-]{0,40}+)[^>]{0,4000}+>")


def _flatten(html: str) -> str:
    """``html`` with nesting tags dropped or turned into line breaks, text untouched.

    >>> _flatten('<div><div><b>Deep</b> text</div></div><p>Para')
    '<br><br>Deep text<br><br><p>Para'
    """
    def tag(m: Any) -> str:
        name = m.group(2).lower()
        if name in _FLAT_KEEP:
            return str(m.group(0))
        return "" if name in _INLINE else "<br>"
    flat: str = _TAG.sub(tag, html)
    return flat


# libxml2 checks each new attribute of an element against all the earlier ones: a tag with
# 100k attributes takes ten seconds. No page needs more than a few dozen; a tag with more than
# _MAX_ATTRS keeps its first ones. Only tags of 4000+ characters can have that many, and the
# stdlib re finds those fastest.
_MAX_ATTRS = 500
_LONG_PIECE = 4000  # what follows the "<" of a long tag: a letter and 4,000 characters or more
_LONG_TAG = re.compile(rf"<[a-zA-Z][^<>]{{{_LONG_PIECE},}}")
# The bytes of which every attribute but a tag's last holds one or is followed by one, as _ATTR
# reads a tag: its "=", or the white space (of _ATTR's class: the ASCII ones, or the first byte
# of a longer one's UTF-8), "/" or quote that ends a bare name. A tag with fewer than
# _MAX_ATTRS of them cannot have more than _MAX_ATTRS attributes (tests/test_html_parse.py).
_ATTR_ENDS = b"\t\n\x0b\x0c\r =/\"'\xc2\xe1\xe2\xe3"
_OTHER_BYTES = bytes(b for b in range(256) if b not in _ATTR_ENDS)
_TAG_HEAD = regex.compile(r"<[^\s<>/]{1,40}+")
_ATTR = regex.compile(r"""\s*+[^\s=<>/"']++(?:\s*+=\s*+(?:"[^"]*+"|'[^']*+'|[^\s"'>]*+))?+""")


def _fewer_attributes(html: str) -> str:
    """``html`` with every tag of more than ``_MAX_ATTRS`` attributes (of any form: ``a="1"``,
    ``a='1'``, ``a=1``, ``a``) cut to its first ones.

    >>> tag = "<div " + " ".join(f'a{i}="{i}"' for i in range(2000)) + ">"
    >>> _fewer_attributes(tag + "text").count("="), _fewer_attributes(tag + "text").endswith(">text")
    (500, True)
    >>> _fewer_attributes("<div " + " ".join(f"a{i}" for i in range(2000)) + ">text").count(" ")
    500
    """
    out: list[str] = []
    pos = 0
    for m in _LONG_TAG.finditer(html):
        tag = m.group(0)
        head, attrs = _attributes(tag)
        if len(attrs) <= _MAX_ATTRS:
            continue
        out += [html[pos:m.start()], head, " ", " ".join(attrs[:_MAX_ATTRS])]
        pos = m.end()
    return "".join([*out, html[pos:]]) if out else html


def _attributes(tag: str) -> tuple[str, list[str]]:
    """A long tag's opening (``<div``) and its first ``_MAX_ATTRS + 1`` attributes.

    >>> _attributes('<div a="1" b  c=2>')
    ('<div', ['a="1"', 'b', 'c=2'])
    """
    head = _TAG_HEAD.match(tag)
    attrs = [a.group(0).strip() for a in itertools.islice(
        _ATTR.finditer(tag, head.end() if head else 1), _MAX_ATTRS + 1)]
    return (head.group(0) if head else "<"), attrs


def _has_tag_to_cut(data: bytes) -> bool:
    """Whether :func:`_fewer_attributes` would cut a tag of the page whose UTF-8 bytes are ``data``.

    Only a tag longer than ``_LONG_PIECE`` bytes can be cut: a page without a run that follows
    a ``<`` for that long without another ``<`` or ``>`` (:func:`_long_runs`, found by a few
    dozen C searches a page; 131 of the 181 scrapinghub_aeb pages have none) is not read further.
    On the others (a script's ``i < n.length`` before a long stretch of code, an image's data URI),
    a run is read as :func:`_fewer_attributes` reads it only where it holds at least
    ``_MAX_ATTRS`` of the bytes each attribute brings (:func:`_attribute_ends`; reading a
    script's code as attributes is slow, and code that is one long line of ``=`` and spaces is
    rare). Counting those bytes in the long runs alone, where the whole page was read before,
    took 1.2 million instructions a page (of 16.2) off parsing every sixth scrapinghub_aeb page.
    The page is then searched for long tags, and encoded again, only where one is cut.

    >>> _has_tag_to_cut(("<div " + "a=1 " * 1200 + ">").encode()), _has_tag_to_cut(b"<p>a < b " + b"w " * 3000)
    (True, False)
    """
    for run in _long_runs(data):
        if _attribute_ends(run) < _MAX_ATTRS:
            continue
        tag = "<" + run.decode("utf-8")  # a run starts and ends beside an ASCII byte: whole characters
        if _LONG_TAG.match(tag) is not None and len(_attributes(tag)[1]) > _MAX_ATTRS:
            return True
    return False


def _attribute_ends(run: bytes) -> int:
    """How many bytes of ``run`` are among those every attribute of a tag but its last holds or is
    followed by (:data:`_ATTR_ENDS`): one C pass that drops the others.

    >>> _attribute_ends(b'div a=1 b c/d"e'), _attribute_ends(b"data:image/png;base64,iVBORw0KGgo")
    (6, 1)
    """
    return len(run.translate(None, _OTHER_BYTES))


def _long_runs(data: bytes) -> Iterator[bytes]:
    """What follows a ``<`` of ``data`` up to the next ``<`` or ``>`` (or the end), where that is
    longer than ``_LONG_PIECE`` bytes, in order: the runs of ``data.split(b"<")[1:]`` cut at their
    first ``>`` that are that long.

    A run ends at the next ``<`` at the latest, so a long run follows a ``<`` that the next one
    follows more than ``_LONG_PIECE`` bytes later. From a ``<``, one C search back from the end of
    the ``_LONG_PIECE + 1`` bytes after it finds the last ``<`` among them: where there is one, no
    run starting before it can be long (each ends by that ``<``, fewer than ``_LONG_PIECE + 1``
    bytes after its own start), and the look goes on from it, about ``_LONG_PIECE`` bytes further
    on in a page of markup. Where there is none, the next ``<`` and the first ``>`` before it end
    the one run that can be long. Each byte is searched a bounded number of times: linear. On every
    sixth scrapinghub_aeb page (260 kB on average; script-heavy pages whose code holds no ``<`` for
    long stretches) that is 41 searches a page, where a search of each aligned block of 2,000 bytes
    for a ``<`` and, in a block without one, for a ``>`` made several times as many calls:
    :func:`_has_tag_to_cut` 0.54 million instructions a page before, 0.29 after
    (tests/test_html_parse.py compares the runs with splitting the page).

    >>> [len(r) for r in _long_runs(b"<p>" + b"w " * 3000 + b"<div " + b"a " * 2500 + b"><i>")]
    [5004]
    """
    find, rfind = data.find, data.rfind
    size = len(data)
    lt = find(b"<")
    while lt >= 0:
        start = lt + 1
        last = rfind(b"<", start, start + _LONG_PIECE + 1)
        if last >= 0:
            lt = last
            continue
        lt = find(b"<", start + _LONG_PIECE + 1)
        stop = size if lt < 0 else lt
        close = find(b">", start, stop)
        stop = stop if close < 0 else close
        if stop - start > _LONG_PIECE:
            yield data[start:stop]


# A page is encoded a block of _ENCODE_BLOCK characters at a time, and a block that is not ASCII a
# piece of _ENCODE_PIECE characters at a time (tests/test_html_fast_paths.py; sizes measured below).
_ENCODE_BLOCK = 4096
_ENCODE_PIECE = 1024


def _utf8(html: str) -> bytes:
    """``html.encode("utf-8")`` (``UnicodeEncodeError`` for a lone surrogate, as there), made of
    blocks. A page of two-byte characters (30 of 31 scrapinghub_aeb pages: one curly quote makes
    one) holds a few hundred non-ASCII characters in 100,000; ``str.encode`` reads all of them one
    by one, about ten instructions a character, where a slice of the page is made in the narrowest
    form its own characters fit (two C passes of a few characters a step), an ASCII one is encoded by
    a copy, and only the pieces that hold a non-ASCII character are read one by one. UTF-8 encodes
    each character alone, so the pieces' bytes, joined, are the page's. Measured on every sixth
    scrapinghub_aeb page (31): 2.85 million instructions a page by ``str.encode``, 1.56 by blocks
    of 4,096 and pieces of 1,024 (2.02 by blocks of 16,384, 1.77 by pieces of 1,024 alone, 1.98 by
    pieces of 128).

    >>> _utf8("caf\u00e9 " * 2000) == ("caf\u00e9 " * 2000).encode()
    True
    """
    if html.isascii():  # a flag: the page is copied
        return html.encode()
    out: list[bytes] = []
    add = out.append
    for start in range(0, len(html), _ENCODE_BLOCK):
        block = html[start:start + _ENCODE_BLOCK]
        if block.isascii():
            add(block.encode())
        else:
            out += [block[i:i + _ENCODE_PIECE].encode() for i in range(0, len(block), _ENCODE_PIECE)]
    return b"".join(out)


def _parse(html: str) -> tuple[Any, Any, int]:
    """The parsed page (an empty one for input lxml cannot read), its tags cut to
    ``_MAX_ATTRS`` attributes, the parser that read it, and the lone surrogates read as U+FFFD."""
    parser, str_parser = _parsers()
    surrogates = 0
    try:
        data = _utf8(html)
    except UnicodeEncodeError:  # lone surrogates: libxml2 would stop at the first one
        html, surrogates = replace_surrogates(html)
        data = _utf8(html)
    if _has_tag_to_cut(data):
        data = _utf8(_fewer_attributes(html))
    try:  # a page of white space only reads as empty (isspace: no stripped copy of the page)
        root = lxml.etree.fromstring(data, parser) if html and not html.isspace() else None
    except (lxml.etree.ParserError, lxml.etree.XMLSyntaxError, ValueError):
        root = None
    return (root if root is not None else lxml.etree.fromstring(_EMPTY, str_parser)), parser, surrogates


# A <title> holds text only: a parser reads everything up to "</title>" into it. A page that never
# closes it ("</titlevalue=..."), or closes it after a script's code, has its whole page read as its
# title and no body. The title is closed where markup or code starts in it (titles.unmarked).
_TITLE_OPEN = regex.compile(r"<title\b[^<>]{0,300}+>", regex.IGNORECASE)
_TITLE_CLOSE = regex.compile(r"</title\s*+>", regex.IGNORECASE)
_TAG_START = regex.compile(r"<[/!]?+[a-zA-Z]")
_TITLE_CHARS = 1000  # a title this long or longer is read for markup; a shorter one without "<" is fine


def _closed_title(html: str) -> str:
    """``html`` with its ``<title>`` closed where markup or code starts inside it (a tag, a comment's
    end, a script's statement), or as it is.

    >>> _closed_title('<title>Bush to Saudis - CBN</titlevalue="true" --></head><body><p>Text')
    '<title>Bush to Saudis - CBN</title></titlevalue="true" --></head><body><p>Text'
    >>> _closed_title("<title>Rates rise</title><p>Text")
    '<title>Rates rise</title><p>Text'
    """
    m = _TITLE_OPEN.search(html)
    if m is None:
        return html
    close = _TITLE_CLOSE.search(html, m.end())
    end = close.start() if close is not None else len(html)
    if end - m.end() < _TITLE_CHARS and "<" not in html[m.end():end] and close is not None:
        return html  # the common case: a short title of text, closed
    raw = html[m.end():min(end, m.end() + _TITLE_CHARS)]
    cut = len(unmarked(raw))
    if cut == len(raw):
        tag = _TAG_START.search(raw)
        if tag is None:
            return html
        cut = tag.start()
    return f"{html[:m.end() + cut]}</title>{html[m.end() + cut:]}"


def parse_html(html: str) -> Any:
    """The page's ``<html>`` element (an empty page for input lxml cannot read). A page nested
    deeper than libxml2 parses (it stops there and drops the rest) is parsed flattened.

    >>> "".join(parse_html("<html><body>" + "<div>" * 5000 + "Deep text").itertext())
    'Deep text'
    """
    return parse_page(html)[0]


def parse_page(html: str) -> tuple[Any, int]:
    """:func:`parse_html`, and how many lone surrogates (which UTF-8 cannot encode) were read
    as U+FFFD.

    >>> root, surrogates = parse_page("<p>One \\ud800</p><p>Two</p>")
    >>> "".join(root.itertext()), surrogates
    ('One \ufffdTwo', 1)
    """
    # Control characters need no sweep over the page: lxml keeps them in text nodes, the
    # renderer folds the spacing ones and the unicode filter drops the rest.
    if html[:300].lstrip(" \t\r\n\ufeff").startswith("<?"):
        html = _XML_DECL.sub("", html, count=1)
    html = _closed_title(html)
    root, parser, surrogates = _parse(html)
    if parser.error_log.filter_types(_RESOURCE_LIMIT):
        root = _parse(_flatten(html))[0]
    return root, surrogates


def strip_unseen(root: Any) -> None:
    """Remove scripts, styles, media and form controls in place (their tails, which are page
    text, stay)."""
    lxml.etree.strip_elements(root, *UNSEEN_TAGS, with_tail=False)


def text_of(el: Any) -> str:
    """All the text inside ``el``, as one string."""
    return "".join(el.itertext())
