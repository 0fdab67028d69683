"""Cut serialized data that leaked into the page: PHP ``var_dump`` output, JSON on its own
lines, JavaScript assignments, and the TeX source of formulas. A blob that is a list of
articles becomes ``metadata["related"]``.

>>> from newsclean.document import Document
>>> raw = 'Body.\\nstring(33) "[{"id":"7","title":"Aid Convoy"}]"'
>>> doc = blobs(Document.from_text(raw))
>>> doc.body(), doc.metadata["related"]
('Body.', [{'id': '7', 'title': 'Aid Convoy'}])
"""

from __future__ import annotations

import bisect
import itertools
import json
import operator
from collections.abc import Callable, Iterator
from typing import Any

import regex

from .. import reasons
from ..document import Block, Document
from ..numerals import read_int

__all__ = ["balanced_end", "blobs", "formula_spans", "php_string_end", "related_articles"]

# PHP var_dump: `string(1934) "...`, `array(3) {`, `object(Foo)#1 (2) {`.
_PHP = regex.compile(r"(?<![\w$])(?:string\((?P<n>\d{1,10})\) \"|array\(\d{1,10}\) \{|"
                     r"object\([\w\\]{1,200}\)#\d{1,10} \(\d{1,10}\) \{)")
# JavaScript assignments at the start of a line: `var data = {`, `window.__STATE__ = [`.
_JS = regex.compile(r"(?:(?:var|let|const)\s+[\w$]{1,100}|window(?:\.[\w$]{1,100}){1,5})\s*=\s*")
_JSON_START = regex.compile(r"[\[{]\s*(?:[\"\[{\d-]|$|\]|\})")
_LINE_REST = regex.compile(r"[ \t;,]*+(?:\n|$)")
# Reading budget of the blob search, in characters per character of text, plus a floor.
_READ_FACTOR, _READ_SLACK = 4, 65_536
_IMAGE_KEYS = ("image", "pic", "img", "thumbnail", "thumb", "photo")
# The TeX annotation MediaWiki (Wikipedia) and other math renderers put after a formula's MathML:
# scraped text prints it after the formula's symbols, "matrix A {\displaystyle A^{\mathsf {H}}}".
_TEX = regex.compile(r"\{\\(?:display|text|script)style\b")
_TEX_COMMAND = regex.compile(r"\\[a-zA-Z]++")
_WORDLIKE = regex.compile(r"\w")
_COMMAND_NAME = regex.compile(r"\\([A-Za-z]++)")
_MAX_TEX = 5_000  # characters of one formula's source
_MAX_SYMBOLS = 60  # space-separated symbols of a formula's MathML text
_URL_KEYS = ("url", "link", "href", "permalink")
_STRIDE = 256  # characters between the UTF-8 offsets a PHP string's end is found from


def php_string_end(text: str, start: int, nbytes: int) -> int | None:
    """Where a PHP string of ``nbytes`` UTF-8 bytes starting at ``start`` ends (the index of
    its closing quote), or ``None`` if the text there does not close it.

    PHP does not escape quotes inside var_dump strings, so the byte count is the only way to
    find the end. Reads at most ``nbytes`` characters, and none when the text is too short
    to hold them (a UTF-8 character is at most four bytes).

    >>> php_string_end('x"a"b"y', 2, 3)
    5
    >>> php_string_end('string(999999999) "cut', 19, 999_999_999) is None
    True
    """
    if nbytes > 4 * (len(text) - start):
        return None
    window = text[start:start + nbytes]  # at least as many characters as needed
    if window.isascii():
        end = start + len(window)
        return end if len(window) == nbytes and text[end:end + 1] == '"' else None
    chunk = window.encode("utf-8", "surrogatepass")[:nbytes].decode("utf-8", "ignore")
    end = start + len(chunk)
    if len(chunk.encode("utf-8", "surrogatepass")) != nbytes or text[end:end + 1] != '"':
        return None
    return end


def _utf8_len(text: str) -> int:
    return len(text.encode("utf-8", "surrogatepass"))


def balanced_end(text: str, start: int, limit: int | None = None) -> int | None:
    """The index just past the bracket that closes the one at ``text[start]``, skipping JSON
    strings and PHP ``string(N) "..."`` payloads; ``None`` if it never closes before
    ``limit`` (one linear pass).

    >>> balanced_end('{"a": "}", "b": [1, {"c": 2}]} tail', 0)
    30
    """
    stop = len(text) if limit is None else min(len(text), limit)
    return _scan(text, start, stop)[0]


def _scan(text: str, start: int, stop: int, php_end: Callable[[int, int], int | None] | None = None,
          skipped: list[tuple[int, int]] | None = None) -> tuple[int | None, int]:
    """:func:`balanced_end`, and how far it read (to charge the reading to a budget).

    ``php_end(start, nbytes)`` finds a PHP string's closing quote (:func:`php_string_end` by
    default). With a ``skipped`` list, a PHP string whose byte count does not close it (a stray
    ``string(0) "`` line inside the data) is skipped to the end of its line and its span
    appended there, as :class:`_Finder` cuts such a string on its own: the data around it is
    read from the same place on a first cleaning as on a second, which sees that line gone.
    (``php_end`` must then not read the string: :meth:`_Finder._php_end` does not.)

    >>> spans = []
    >>> _scan('{"a": 1,\\nstring(0) "\\n"b": 2} x', 0, 29, skipped=spans), spans
    ((28, 28), [(9, 21)])
    """
    if php_end is None:
        def php_end(at: int, nbytes: int) -> int | None:
            return php_string_end(text, at, nbytes)
    depth = 0
    i = start
    while i < stop:
        m = _SPECIAL.search(text, i, stop)
        if m is None:
            return None, stop
        ch = m.group(0)
        if ch in "[{":
            depth += 1
            i = m.end()
        elif ch in "]}":
            depth -= 1
            i = m.end()
            if depth == 0:
                return i, i
        elif ch == '"':
            end = _json_string_end(text, m.end(), stop)
            if end is None:
                return None, m.end()
            i = end
        else:
            nbytes = read_int(m.group(1))
            if nbytes is None:  # a length this Python reads as no number: the string's end is unknown
                return None, m.end()
            end = php_end(m.end(), nbytes)
            if end is not None:
                i = end + 1
                continue
            line_end = -1 if skipped is None else text.find("\n", m.end(), stop)
            if skipped is None or line_end < 0:
                return None, min(stop, m.end() + nbytes)
            skipped.append((m.start(), line_end + 1))  # truncated: skip the rest of its line
            i = line_end + 1
    return None, stop


_SPECIAL = regex.compile(r'[\[\]{}"]|string\((\d{1,10})\) "')
_STRING_END = regex.compile(r'(?:[^"\\\n]|\\.)*+"')


def _json_string_end(text: str, start: int, stop: int) -> int | None:
    line_end = text.find("\n", start, stop)  # a JSON string never spans lines: read one at most
    m = _STRING_END.match(text, start, stop if line_end < 0 else line_end)
    return m.end() if m else None


def related_articles(value: Any) -> list[dict[str, Any]]:
    """Articles in a parsed blob: a list of objects that have a title, with the usual keys
    for picture and link renamed to ``image`` and ``url``.

    >>> related_articles([{"id": 1, "title": "T", "pic": "/a.jpg"}, {"x": 1}])
    [{'id': 1, 'title': 'T', 'image': '/a.jpg'}]
    """
    if isinstance(value, dict):
        value = next((v for v in value.values() if isinstance(v, list)), [])
    if not isinstance(value, list):
        return []
    out = []
    for item in value:
        if not isinstance(item, dict):
            continue
        title = item.get("title") or item.get("headline")
        if not isinstance(title, str) or not title.strip():
            continue
        article: dict[str, Any] = {}
        for key, val in item.items():
            low = key.lower()
            key = "image" if low in _IMAGE_KEYS else "url" if low in _URL_KEYS else key
            key = "title" if low == "headline" else key
            article.setdefault(key, val)
        out.append(article)
    return out


def _loads(text: str) -> Any:
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        return None


class _Finder:
    """Looks for a blob at each line start, reading at most ``_READ_FACTOR`` characters per
    character of text in all (plus a little): lines that open a bracket and never close it
    would otherwise each be read to the end of the text, quadratic in the number of lines."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.budget = _READ_FACTOR * len(text) + _READ_SLACK
        self._marks: list[int] | None = None

    def _php_end(self, start: int, nbytes: int) -> int | None:
        """:func:`php_string_end` without reading the string: from the UTF-8 length of the text
        at every :data:`_STRIDE` characters (one pass, on the first PHP string), where ``nbytes``
        bytes on from ``start`` fall is read in one stretch of the text. A page of strings
        that never close costs no reading budget then: it is cut whole, not up to where the
        budget ran out (a second cleaning, with a budget of its own, would cut more).

        >>> f = _Finder('string(4) "né"x string(3) "né"')
        >>> f._php_end(11, 3), f._php_end(11, 4), f._php_end(27, 3)
        (13, None, 29)
        """
        text = self.text
        if self._marks is None:
            self._marks = list(itertools.accumulate(
                (_utf8_len(text[i:i + _STRIDE]) for i in range(0, len(text), _STRIDE)), initial=0))
        marks = self._marks
        k = start // _STRIDE
        target = marks[k] + _utf8_len(text[k * _STRIDE:start]) + nbytes
        k = bisect.bisect_right(marks, target) - 1
        if k >= len(marks) - 1:
            return None  # past the text's end (or at it: no closing quote)
        head = text[k * _STRIDE:(k + 1) * _STRIDE].encode("utf-8", "surrogatepass")[:target - marks[k]]
        try:
            end = k * _STRIDE + len(head.decode("utf-8", "surrogatepass"))
        except UnicodeDecodeError:
            return None  # the count ends inside a character
        return end if text[end:end + 1] == '"' else None

    @property
    def spent(self) -> bool:
        return self.budget <= 0

    def _scan(self, start: int, skipped: list[tuple[int, int]] | None = None) -> int | None:
        stop = min(len(self.text), start + max(self.budget, 0))
        end, read = _scan(self.text, start, stop, self._php_end, [] if skipped is None else skipped)
        self.budget -= read - start
        return end

    def at(self, pos: int, line_end: int) -> tuple[int, int, str, Any] | None:
        """The blob that starts at ``pos``, if any: ``(start, end, reason, payload)``."""
        return self._php(pos, line_end) or self._js(pos, line_end) or self._json(pos, line_end)

    def _php(self, pos: int, line_end: int) -> tuple[int, int, str, Any] | None:
        text = self.text
        m = _PHP.match(text, pos, line_end)
        if not m:
            return None
        if m.group("n") is not None:
            nbytes = read_int(m.group("n"))
            if nbytes is None:  # a length this Python reads as no number: no dump it can measure
                return None
            end = self._php_end(m.end(), nbytes)
            if end is None:  # truncated: the rest of its line
                return pos, line_end, reasons.PHP_DUMP, None
            return pos, end + 1, reasons.PHP_DUMP, _loads(text[m.end():end])
        end = self._scan(m.end() - 1)
        return pos, end if end is not None else line_end, reasons.PHP_DUMP, None

    def _js(self, pos: int, line_end: int) -> tuple[int, int, str, Any] | None:
        text = self.text
        m = _JS.match(text, pos, line_end)
        if not m or m.end() >= line_end or text[m.end()] not in "[{":
            return None
        end = self._scan(m.end())
        if end is None:
            return None
        payload = _loads(text[m.end():end])
        if text[end:end + 1] == ";":
            end += 1
        return pos, end, reasons.SCRIPT, payload

    def _json(self, pos: int, line_end: int) -> tuple[int, int, str, Any] | None:
        text = self.text
        if not _JSON_START.match(text, pos, line_end):
            return None
        skipped: list[tuple[int, int]] = []
        end = self._scan(pos, skipped)
        if end is None:
            return None
        rest_end = text.find("\n", end)
        rest = _LINE_REST.match(text, end, len(text) if rest_end < 0 else rest_end + 1)
        if rest is None and _data_tail(text, end) == end:
            return None  # data that shares its line with prose ("[1] Footnote") is not a blob; more data is
        # the data is read without its truncated PHP strings, as a second cleaning reads it
        cuts = [pos, *itertools.chain.from_iterable(skipped), end]
        payload = _loads("".join(text[a:b] for a, b in zip(cuts[::2], cuts[1::2], strict=True)))
        if payload is None or not payload:
            return None
        return pos, end, reasons.JSON, payload


# The rest of a line that a blob ends inside, when it is more of the same data: JSON punctuation,
# numbers, literals and strings, with a bracket or a quote among them. A PHP string whose byte
# count the page no longer matches (its text re-encoded, a piece of data cut into it) ends short
# of its data: ``string(1934) "[{"id": "7", "tree": {"k"`` then ``: {"k": 1.5}}]"`` on its line,
# or inside a key (``string(20) "[{"id": "7", "tree": {"`` then ``k": 1.5}]"``: the rest of the key
# opens the tail). The tag that closes a script the data stood in (``}];</script>``) is the data's too.
_DATA_TAIL = regex.compile(r'(?:[\w@$.-]{1,40}+"(?=\s*+:))?+'
                           r'(?:[\s\[\]{}:,;.\d+-]++|"(?:[^"\\\n]|\\.)*+"|(?:NaN|Infinity|true|false|null)(?!\w)'
                           r'|[eE](?=[\d+-])|</?script\b[^<>\n]{0,300}+>|")*+', regex.IGNORECASE)
_TAIL_MARKS = regex.compile(r'[\[\]{}"]')


def _data_tail(text: str, end: int) -> int:
    """Where the blob that ends at ``end`` ends with the rest of its line, when that rest is more
    of its data (:data:`_DATA_TAIL`): the line's end; else ``end``. A second cleaning, which
    sees that rest on a line of its own, reads it as data too, or keeps it as the first did.

    >>> s = 'string(9) "[{"k": 1"}: 1.5}]"\\nThe army left.'
    >>> s[_data_tail(s, 20):]
    '\\nThe army left.'
    >>> s = 'string(5) "hello" The army left.'
    >>> _data_tail(s, 17)
    17
    >>> s = 'string(8) "[{"id": "7", "tree": {"k": 1.5}}];</script>'
    >>> _data_tail(s, 19) == _data_tail(s, 31) == len(s)  # inside a key, or after it
    True
    """
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if line_end == end:
        return end
    m = _DATA_TAIL.match(text, end, line_end)
    if m is None or m.end() != line_end or _TAIL_MARKS.search(text, end, line_end) is None:
        return end
    return line_end


# The first characters of every blob _Finder.at reads at a line's start: _PHP's (``string(``,
# ``array(``, ``object(``), _JS's (``var``, ``let``, ``const``, ``window``), _JSON_START's (a bracket).
# A line that opens with none of them is no blob's, and is skipped without trying the patterns.
_OPENERS = frozenset("saovlcw[{")
_START = operator.attrgetter("start")


def _find(doc: Document) -> Iterator[tuple[int, int, str, Any]]:
    """(start, end, reason, parsed payload) for each blob, in text order, not overlapping.

    Every pattern is matched with an end position: the ``regex`` module's ``match(text, pos)``
    may otherwise look for a required literal all the way to the end of the text, which
    makes a per-line loop quadratic.
    """
    text = doc.text
    finder = _Finder(text)
    reach = 0
    for block in _may_open(doc.blocks, text):
        if block.start < reach:
            continue  # inside the last blob: no pattern is tried
        if finder.spent:
            return
        line_end = text.find("\n", block.start)
        line_end = len(text) if line_end < 0 else line_end
        found = finder.at(block.start, line_end)
        if found:
            start, end, reason, payload = found
            reach = _data_tail(text, end)
            yield start, reach, reason, payload


def _may_open(blocks: tuple[Block, ...], text: str) -> Iterator[Block]:
    """The blocks whose first character may open a blob (:data:`_OPENERS`), in order: each block's first
    character read and looked up by ``map`` (in C), not by a Python step a block; most open with none
    (a block is not empty: its first character is ``text[block.start]``).

    >>> doc = Document.from_text('Body.\\n{"a": 1}\\nvar x = 1')
    >>> [b.text for b in _may_open(doc.blocks, doc.text)]
    ['{"a": 1}', 'var x = 1']
    """
    firsts = map(operator.getitem, itertools.repeat(text), map(_START, blocks))
    return itertools.compress(blocks, map(_OPENERS.__contains__, firsts))


def _brace_end(text: str, start: int, stop: int) -> int | None:
    """The index just past the brace closing the one at ``text[start]`` (``\\{`` and ``\\}``
    are TeX's printed braces, skipped), or ``None`` before ``stop``.

    >>> _brace_end(r"{\\frac{a}{b} \\} x} y", 0, 21)
    18
    """
    depth, i = 0, start
    while i < stop:
        ch = text[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return None


def _symbols_start(text: str, start: int, end: int, tex: str) -> int:
    """Where the formula's MathML text that the TeX source at ``end`` follows begins, not before
    ``start``: the space-separated symbols just before it that the source spells out (letters
    and digits outside TeX's commands, the names of its function commands such as ``\\sin``, or
    marks such as "=" and "⟺"), back to the first word that is not.

    >>> src = r"{\\displaystyle a_{ij}={\\overline {a_{ji}}}}"
    >>> text = "for all i and j: a i j = a j i ¯ " + src
    >>> text[_symbols_start(text, 0, text.index("{"), src):text.index("{")]
    'a i j = a j i ¯ '
    """
    letters = _TEX_COMMAND.sub(" ", tex)
    commands = set(_COMMAND_NAME.findall(tex))  # "\\sin" prints as "sin"; "\\int" is no "in"
    pos, taken = end, 0
    while pos > start and taken < _MAX_SYMBOLS:
        cut = text.rfind(" ", start, pos - 1)
        word_start = start if cut < 0 else cut + 1
        word = text[word_start:pos].strip()
        if (word and _WORDLIKE.search(word) and word not in letters and word not in commands
                and not (len(word) == 1 and not word.isascii())):
            break
        pos, taken = word_start, taken + 1
    return pos


def formula_spans(doc: Document) -> list[tuple[int, int, str]]:
    """Formulas a scraper flattened into the text: the TeX source a math renderer leaves as
    the formula's annotation, with the formula's symbols printed just before it (one a word,
    no longer readable as a formula). Both read as noise where the text mentions a formula.

    >>> doc = Document.from_text(r"If a matrix A {\\displaystyle A} is Hermitian, A = A H {\\displaystyle A=A^{H}} .")
    >>> Document.from_text(doc.text).remove_spans(formula_spans(doc)).body()
    'If a matrix is Hermitian, .'
    """
    text = doc.text
    if _TEX.search(text) is None:
        return []
    spans = []
    for block in doc.blocks:
        pos = block.start
        while (m := _TEX.search(text, pos, block.end)) is not None:
            end = _brace_end(text, m.start(), min(block.end, m.start() + _MAX_TEX))
            if end is None:
                break
            # the symbols are looked for back to the formula before, not to the line's start: a
            # line of formulas without spaces would be read again for every formula
            start = _symbols_start(text, pos, m.start(), text[m.start():end])
            spans.append((start, end, reasons.FORMULA))
            pos = end
    return spans


def blobs(doc: Document) -> Document:
    """Remove leaked serialized data; parse article lists into ``metadata["related"]``."""
    spans = formula_spans(doc)
    related: list[dict[str, Any]] = []
    for start, end, reason, payload in _find(doc):
        spans.append((start, end, reason))
        related.extend(related_articles(payload))
    if not spans:
        return doc
    doc = doc.remove_spans(spans)
    if related:
        doc = doc.with_metadata(related=list(doc.metadata.get("related", [])) + related)
    return doc
