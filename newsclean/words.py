"""Word-level measures shared by the filters: tokens, content words, headline shape.

>>> sorted(content_stems("The army repelled attacks, killing 50."))
['50', 'army', 'attac', 'kill', 'repel']
>>> headline_shaped("Syrian Army Troops Smash Dozens of ISIS Terrorists in Aleppo")
True
>>> headline_shaped("The army said it had repelled the attack.")
False
"""

from __future__ import annotations

import functools
import re

import regex

from .alternatives import Openings
from .lexicon import STEM_ENDINGS, STOPWORDS
from .memo import LINE_CACHE, TEXT_CACHE
from .sentences import SPACE, ends_sentence

__all__ = ["HEADLINE_CHARS", "SPACE", "WORD", "code_line", "content_stems", "headline_shaped", "norm_key",
           "script_spans", "stopword_ratio", "tokens", "without_scripts", "words"]

# SPACE (from sentences, re-exported): the characters ``regex`` reads as ``\s`` (Unicode White_Space),
# for ``str.strip``, which trims ends many times faster than a pattern does.
WORD = regex.compile(r"\w+(?:['’]\w+)*")
# A headline ends with no full stop, comma, semicolon or colon (a question or an exclamation it may).
_CLAUSE_ENDS = ".,;:"
# A double colon closing a line frames a title or a site's name (":: Site ::", "Headline :: Site ::"), as
# it opens one; a clause ends with one colon.
_FRAME = "::"
# An initialism's last dot at a headline's end ("... Underneath N.Y.C.", "... in Washington, D.C."): no
# sentence's stop. Capitals and dots only, two letters or more, after a space.
_INITIALISM_END = regex.compile(r"(?<=\s)(?:\p{Lu}\.){2,}+$")
_ALL_STOP = frozenset().union(*STOPWORDS.values())
_SUFFIX = regex.compile("(?:" + "|".join(p for ps in STEM_ENDINGS.values() for p in ps) + ")$")
# A token's inner apostrophes, where norm_key cuts it: "don't" -> "don t" (two str.replace, each a
# scan in C, read a key several times as fast as str.translate, which looks each character up).
_APOSTROPHES = "'’"
# JSON or PHP punctuation no headline has: `{"`, `["`, `"key": "`, `=>`; nor markup: a tag with
# its attributes or its closing bracket (`<meta charset="utf-8">`, `<title>`, `</div>`, `!DOCTYPE html>`),
# the end of a tag cut inside its attributes (`v id="content">`), a comment's marks (`<!-- nav.tpl -->`),
# though a title may stand in angle brackets (`<The Palace: Tale of Jang Noksu>`).
_DATA = regex.compile(r'[\[{]\s*+"|"\s*+:\s*+"|=>|<[a-z][a-z0-9]{0,20}+(?:\s++[\w:-]++=|\s*+/?>)|<?!doctype\b'
                      r'|</[a-z][a-z0-9]{0,20}+\s*+>|[\w-]=(?:"[^"<>]{0,200}+"|\'[^\'<>]{0,200}+\')\s*+/?>|<!--|-->',
                      regex.IGNORECASE)
# Each alternative of _DATA holds one of these characters: a line without any is not searched. They are
# looked for by seven ``in`` tests (memchr scans in C, about 60 instructions each on a headline), not by a
# pattern's call (about 5,000).
_DATA_CHARS = '[{"=<>!'


# What program source has and prose has not: JavaScript's or PHP's operators (`&&`, `||`, `===`,
# `!=`), a call or a block opened at the line's end (`f(e) {`, `init();`), a method called with
# a string (`document.write('`), a statement assigning a quoted, bracketed or numeric value
# (`ctxt_color = '000000';`), a comment's marks (`/*`, `*/`, `//` opening the line or after a
# statement's `;`), a CSS rule (`.box {margin-top:`), a JSON member opening the line
# (`"width": 250,`), a line of closing brackets (`});`), a line of tags and nothing else
# (`<div class="menu">`, `</div>`; not a paragraph in its tags, not a sentence that shows a tag,
# `<body class="main"> is where ...`, nor a title in angle brackets). Only a line of a few hundred
# characters is told: a whole page on one line, prose and scripts run together, is not code.
_CODE_MARK = regex.compile(
    r"&&|\|\||[=!]==?|\)\s*+(?:\{|;\s*+\Z)|(?<=\w)\(\)|(?<=\w)\.\w++\(['\"]|(?<=\w)\s*+=\s*+['\"\[{\d][^;<>]{0,200}+;"
    r"|/\*|\*/|;\s*+//|\{\s*+[\w-]++\s*+:")
# What each alternative of _CODE_MARK holds: "=" or "{", "&&", "||", "()", "('" or '("', "/*", "*/"
# (this pattern, whose standard-library scan is one class read at each character), or a ";"
# with a ")" or a "//" (:func:`_may_be_code`). Most prose lines hold none (a "(" or a "&" alone
# is prose's), and are not searched with _CODE_MARK, which tries all its cases at every character.
_CODE_HINT = re.compile(r"""[={&|(/*](?:(?<=[={])|(?<=&)&|(?<=\|)\||(?<=\()[)'"]|(?<=/)\*|(?<=\*)/)""")
# A line of program source as a whole, after its white space (``_CODE_LINE_BODY``): a comment's
# "//", a JSON member, a line of brackets and separators that closes one, a line of tags.
_CODE_LINE_BODY = (r"(?://|\"[^\"]{1,100}+\"\s*+:\s*+[\d\[{\"tfn-]|[\s(\[{;,]*+[)\]}][\s()\[\]{};,]*+\Z"
                   r"|(?:</?[a-z][\w:-]{0,20}+(?:\s++[^<>=]{0,200}+=[^<>]{0,1000}+)?+\s*+/?>\s*+)++\Z)")
_CODE_LINE = regex.compile(r"\s*+" + _CODE_LINE_BODY, regex.IGNORECASE)
_MAX_CODE_LINE = 400
# Whether a line _CODE_LINE matches may open with a character, after its white space (a comment's
# "/", a key's quote, a bracket or a separator, a tag's "<"): a line opening with another is not tried.
_CODE_LINE_OPENS = Openings(_CODE_LINE, _CODE_LINE_BODY)


@functools.lru_cache(maxsize=LINE_CACHE)
def code_line(text: str) -> bool:
    """Whether a line reads as program source (a page's script scraped as text): no headline,
    and no prose, though it may end like a sentence.

    >>> code_line("return (t == b && t.length > 0);"), code_line("function resize(e) {"), code_line("});")
    (True, True, True)
    >>> code_line(".box {margin-top:10px;"), code_line('"width": 250,'), code_line("document.write('<p>')")
    (True, True, True)
    >>> code_line("The vote passed 52-48 (a narrow margin); the bill goes to the House.")
    False
    >>> code_line("var n = 3;"), code_line('<body class="main"> is where the page goes.')
    (True, False)
    >>> code_line('<div class="menu">'), code_line("</div>"), code_line("<The Palace: Tale of Jang Noksu>")
    (True, True, False)
    >>> code_line("},"), code_line("]"), code_line("(1)"), code_line("<p>The army left the town.</p>")
    (True, True, False, False)
    """
    if len(text) > _MAX_CODE_LINE:
        return False
    first = text[:1]
    if first in SPACE:  # most lines open with no white space: their first character is read, not stripped
        first = text.lstrip(SPACE)[:1]
    if _CODE_LINE_OPENS[first] and _CODE_LINE.match(text) is not None:
        return True
    return _may_be_code(text) and _CODE_MARK.search(text) is not None


def _may_be_code(text: str) -> bool:
    """Whether ``text`` holds what some alternative of ``_CODE_MARK`` needs (``_CODE_HINT``).

    >>> _may_be_code("Rates (and fees) rose & fell"), _may_be_code("init();"), _may_be_code("a; // b")
    (False, True, True)
    """
    # ``_CODE_HINT.search``, asked only of a line holding a character each of its matches holds ("=", "{",
    # "&", "|", "(", "*": a "/" only beside a "*"). Six ``in`` tests of one character are memchr scans,
    # about 100 instructions each, where the pattern's scan reads a class at every character (about
    # 6,000 instructions on a long line), and most prose lines hold none of them.
    if (("=" in text or "(" in text or "&" in text or "{" in text or "|" in text or "*" in text)
            and _CODE_HINT.search(text) is not None):
        return True
    return ";" in text and (")" in text or "//" in text)


# A script element leaked into a line of text, from its opening tag to its closing one or, cut
# short, to the line's end: ``<script type="application/ld+json">{"@type": ...}</script>``,
# ``<script>document.write('...')``. What it holds is data or program source, never the page's
# prose, however many words its keys and strings spell.
_SCRIPT = regex.compile(r"<script\b[^<>\n]{0,300}+>(?:[^<\n]++|<(?!/script\s*+>))*+(?:</script\s*+>)?",
                        regex.IGNORECASE)


def without_scripts(text: str) -> str:
    """``text`` with each script element in it (:data:`_SCRIPT`) read as a space: what a line
    says besides the markup a scraper left in it (one pass over the line).

    >>> without_scripts('Coat drive<script type="application/ld+json">{"headline": "Coats"}</script> ends')
    'Coat drive  ends'
    >>> without_scripts("Close <script>var a = [1, 2];"), without_scripts("a < b and <scripts> stay")
    ('Close  ', 'a < b and <scripts> stay')
    """
    if "<" not in text:
        return text
    out: str = _SCRIPT.sub(" ", text)
    return out


def script_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """``(start, end)`` of each script element (:data:`_SCRIPT`) in ``text[start:end]``, in order.

    >>> s = 'Fighting went on for <script type="application/ld+json">{"a": 1}</script>the city.'
    >>> [s[a:b] for a, b in script_spans(s)]
    ['<script type="application/ld+json">{"a": 1}</script>']
    """
    stop = len(text) if end is None else end
    if text.find("<", start, stop) < 0:
        return []
    return [m.span() for m in _SCRIPT.finditer(text, start, stop)]


def words(text: str) -> list[str]:
    """Lower-cased word tokens."""
    found: list[str] = WORD.findall(text.lower())
    return found


def stem(word: str) -> str:
    """A crude stem: common endings off (the languages' ``stem_endings``, English only so far), then at most
    five letters."""
    if len(word) > 4:
        word = _SUFFIX.sub("", word)
    return word[:5]


def content_stems(text: str) -> set[str]:
    """Stems of the words that carry content (no stop words, no one-letter words)."""
    return {stem(w) for w in words(text) if w not in _ALL_STOP and (len(w) > 2 or w.isdigit())}


def stopword_ratio(tokens: list[str]) -> float:
    """Share of stop words among ``tokens`` (any language in the lexicon)."""
    return sum(t in _ALL_STOP for t in tokens) / len(tokens) if tokens else 0.0


# On ASCII text WORD's ``\w`` is ``[a-z0-9_]`` (after lower-casing): every other character parts
# words, as a space does, and ``str.split`` cuts there many times faster than a pattern matches.
# A table of bytes (the text encoded, each byte looked up in C, decoded back) reads a line about
# thirty times as fast as ``str.translate`` with a mapping, which looks each character up in it.
# The same table lower-cases the letters, as ``str.lower`` does an ASCII text, in the same pass.
_ASCII_PARTS = bytes(i if i >= 128 else ord(chr(i).lower()) if chr(i).isalnum() or chr(i) in "_'" else ord(" ")
                     for i in range(256))
# An apostrophe that parts words, as a space does: one beside a space, an end of the text or another
# apostrophe (in a text of word characters, apostrophes and spaces, as the tables below leave a line).
_PARTING = re.compile(r"(?<![^ '])'|'(?![^ '])")
# A line holding both apostrophes ("'" and the curly one) is read with the curly ones marked by one of these
# (absent from the line): Latin-1 word characters that the table below keeps as they are and that no other
# character lowers to, so the tokens' curly apostrophes are told back (the mark turned into "’" again).
_PLACEHOLDERS = "ªº"
_PARTING_WITH = {p: re.compile(f"(?<![^ '{p}])['{p}]|['{p}](?![^ '{p}])") for p in _PLACEHOLDERS}


def _ascii_tokens(text: str) -> tuple[str, ...]:
    """WORD.findall(text.lower()) for an ASCII text: runs of word characters, lower-cased, joined
    by single apostrophes (a leading, trailing or doubled apostrophe parts them).

    >>> _ascii_tokens("Don't 'x' a''b Rock'n'Roll_2")
    ("don't", 'x', 'a', 'b', "rock'n'roll_2")
    """
    spaced = text.encode("ascii").translate(_ASCII_PARTS).decode("ascii")
    return tuple((_joining_apostrophes(spaced) if "'" in spaced else spaced).split())


def _joining_apostrophes(spaced: str, other: str = "'") -> str:
    """``spaced``, a text of word characters, apostrophes ("'", and ``other`` where the caller marks a second
    kind so) and spaces, with each apostrophe that parts words (:data:`_PARTING`: one beside a space, an end
    of the text or another apostrophe) read as a space: the apostrophes left each join two word characters,
    as WORD's do, so the text's words are WORD's tokens. Where no two apostrophes stand together (most
    texts), replacements in C find the others, the text padded with a space at each end: a pattern's
    call costs more than them, a step of Python a word more still.

    >>> _joining_apostrophes("don't 'x' rock'n'roll '").split(), _joining_apostrophes("a''b ''c").split()
    (["don't", 'x', "rock'n'roll"], ['a', 'b', 'c'])
    >>> _joining_apostrophes("ªx' rockªn'roll aª'b", "ª").split(), _joining_apostrophes("'aª 'b'", "ª").split()
    (['x', "rockªn'roll", 'a', 'b'], ['a', 'b'])
    """
    if other == "'":
        if "''" in spaced:
            return _PARTING.sub(" ", spaced)
        return (" " + spaced + " ").replace(" '", "  ").replace("' ", "  ")
    if "''" in spaced or other + other in spaced or "'" + other in spaced or other + "'" in spaced:
        return _PARTING_WITH[other].sub(" ", spaced)
    padded = (" " + spaced + " ").replace(" '", "  ").replace("' ", "  ")
    return padded.replace(" " + other, "  ").replace(other + " ", "  ")


# Most lines that are not ASCII are Latin-1 but for a few typographic marks (98% of the non-ASCII
# characters of the eval pages' lines): curly quotes, dashes, an ellipsis. Those marks are no word
# characters, so they part words as a space does; the right single quote is WORD's second apostrophe.
# The line is then read as the ASCII ones are, through a table of the 256 Latin-1 characters, each
# kept when the ``regex`` engine reads it as ``\w`` (asked of the engine itself), else a space: a
# pattern's findall costs about 500 instructions a character, the table's pass and split under 80.
# The table lower-cases the letters too, as the ASCII one does (``str.lower`` maps every Latin-1
# character to one Latin-1 character, a word character to a word character), so the line need not be
# lower-cased first (a pass over a text that is not ASCII costs more than the table's).
_LATIN_PARTS = bytes(ord(chr(i).lower()) if regex.fullmatch(r"\w", chr(i)) or chr(i) == "'" else ord(" ")
                     for i in range(256))
_TYPOGRAPHIC = "“”‘–—…•€™"
_CURLY = "’"


def _latin_tokens(text: str) -> tuple[str, ...] | None:
    """WORD.findall(text.lower()) for a text of Latin-1 characters and typographic marks (:data:`_TYPOGRAPHIC`,
    the curly apostrophe), or ``None`` for any other text (and for a text holding both apostrophes and both
    of :data:`_PLACEHOLDERS`).

    >>> _latin_tokens("L’Été — à “São” Paulo"), _latin_tokens("don't"), _latin_tokens("北京")
    (('l’été', 'à', 'são', 'paulo'), ("don't",), None)
    >>> _latin_tokens("Don't say ‘can’t’ ’’x")
    ("don't", 'say', 'can’t', 'x')
    """
    curly = _CURLY in text
    apostrophe = "'"  # what the curly apostrophes are read as
    if curly and "'" in text:  # both kinds: the curly ones marked apart
        apostrophe = next((p for p in _PLACEHOLDERS if p not in text), "")
        if not apostrophe:
            return None
    for mark in _TYPOGRAPHIC:
        if mark in text:
            text = text.replace(mark, " ")
    if curly:
        text = text.replace(_CURLY, apostrophe)
    try:
        raw = text.encode("latin-1")
    except UnicodeEncodeError:
        return None
    spaced = raw.translate(_LATIN_PARTS).decode("latin-1")
    if apostrophe != "'":
        spaced = _joining_apostrophes(spaced, apostrophe).replace(apostrophe, _CURLY)
    elif "'" in spaced:
        spaced = _joining_apostrophes(spaced)
        if curly:
            spaced = spaced.replace("'", _CURLY)  # the apostrophes left are the tokens' own
    # Only spaces part the words now, and the text is Latin-1 (one byte a character): a split at any
    # white space reads its ASCII characters by a table, and leaves no empty pieces to filter out (a
    # split at " " and filter(None) cost about 15% more a line on the eval pages' non-ASCII lines).
    return tuple(spaced.split())


@functools.lru_cache(maxsize=TEXT_CACHE)
def tokens(text: str) -> tuple[str, ...]:
    """Lower-cased word tokens, apostrophes inside words kept. Most filters read the same
    lines (weights, headline shape, comparison keys): one tokenization a line, cached.

    >>> tokens("Don't PANIC: it's 2019")
    ("don't", 'panic', "it's", '2019')
    """
    if text.isascii():
        return _ascii_tokens(text)  # lower-cased in the table's pass
    found = _latin_tokens(text)  # lower-cased in its table's pass too
    if found is not None:
        return found
    low = text.lower()  # may be ASCII ("K", the Kelvin sign, lowers to "k")
    return _ascii_tokens(low) if low.isascii() else tuple(WORD.findall(low))


@functools.lru_cache(maxsize=TEXT_CACHE)
def norm_key(text: str) -> str:
    """A comparison key: lower-cased words joined by one space, apostrophes cut.

    Every run of word characters lies in exactly one token, so the key is the tokens with
    their apostrophes turned to spaces (no second pass over the line).

    >>> norm_key("  ISIS: Troops   Smash, Dozens!"), norm_key("Don’t go")
    ('isis troops smash dozens', 'don t go')
    """
    key = " ".join(tokens(text))
    for apostrophe in _APOSTROPHES:
        key = key.replace(apostrophe, " ")
    return key


#: The longest line :func:`headline_shaped` reads as a headline: a longer one needs no other test.
HEADLINE_CHARS = 250


@functools.lru_cache(maxsize=LINE_CACHE)
def headline_shaped(text: str) -> bool:
    """Short, not ended like a sentence, and not serialized data: what a headline looks like.

    >>> headline_shaped('[{"id": "7", "title": "Aid Convoy Arrives"}')
    False
    >>> headline_shaped('<meta charset="utf-8">'), headline_shaped("<The Palace: Tale of Jang Noksu>")
    (False, True)
    >>> headline_shaped('v id="content">'), headline_shaped("<!-- nav.tpl -->"), headline_shaped("</h2>")
    (False, False, False)
    >>> headline_shaped("Storm hits coast :: Daily Planet ::"), headline_shaped("Storm hits coast, officials said:")
    (True, False)
    >>> headline_shaped("Storm floods the streets of N.Y.C."), headline_shaped("Storm floods N.Y.C. again.")
    (True, False)
    """
    n = len(tokens(text))
    end = text.rstrip(SPACE)
    if end.endswith(_FRAME):
        end = end.removesuffix(_FRAME).rstrip(SPACE)
    # an initialism's end is a capital and a dot after a dot ("N.Y."): the line is searched only where it so ends
    # (each ASCII character of \p{Lu} is one str.isupper takes; past ASCII, the engine's Unicode tables may be
    # newer than Python's, so any character there is left to the search)
    capital = end[-2:-1]
    if (end.endswith(".") and end[-3:-2] == "." and (capital.isupper() or not capital.isascii())
            and (initialism := _INITIALISM_END.search(end)) is not None):  # it ends on its dot
        end = end[:initialism.end() - 1]
    return (2 <= n <= 30 and len(text) <= HEADLINE_CHARS and not ends_sentence(end, _CLAUSE_ENDS)
            and (not ('"' in text or "=" in text or "<" in text or ">" in text or "[" in text or "{" in text
                      or "!" in text) or _DATA.search(text) is None) and not code_line(text))
