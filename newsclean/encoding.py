"""Turn a scraped page's bytes into text.

In order: a byte-order mark; valid UTF-8 (many pages declare Latin-1 and serve UTF-8); the
charset the page declares (``<meta charset>``, ``http-equiv`` Content-Type, XML declaration),
read the way browsers read it (Latin-1 and ASCII as cp1252, GB2312 as GB18030...); else UTF-8
with the odd invalid byte read as cp1252 (a UTF-8 page with one pasted cp1252 quote), which is
plain cp1252 for a page with no UTF-8 at all.

Only a charset a page can be written in is honoured: one that reads printable ASCII as
ASCII (the declaration itself was found as ASCII bytes). Python codecs that are no charset
(``rot13``, ``base64``, ``hex``, ``zlib``, ``bz2``, ``uu``, ``quopri``), escape syntaxes
that would rewrite the text (``utf-7``, ``unicode_escape``, ``punycode``, ``hz``), UTF-16/32
without a byte-order mark, EBCDIC and unknown labels are ignored, and
:func:`decode_page` says so in a warning. Bytes a codec cannot read become U+FFFD, counted in
a warning; bytes that a UTF-16/32 byte-order mark announces but that are mostly not UTF-16/32
(``b"\\xff\\xfe\\x00\\x00garbage"``) are refused as not text.

>>> decode("café".encode("utf-8"))
'café'
>>> decode(b'<meta charset="iso-8859-1"><p>caf\\xe9 \\x93quoted\\x94')
'<meta charset="iso-8859-1"><p>café “quoted”'
>>> decode("naïve".encode("utf-8") + b" \\x96 dash")
'naïve – dash'
>>> page = decode_page(b'<meta charset="rot13"><p>caf\\xe9')
>>> page.text, page.warnings[0][:56]
('<meta charset="rot13"><p>café', "encoding: the page declares charset 'rot13', which is no")
"""

from __future__ import annotations

import codecs
import functools
import threading
import warnings
from typing import NamedTuple

import regex

__all__ = ["Decoded", "declared_charset", "decode", "decode_page"]

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_DECLARED = regex.compile(rb"""(?:charset|encoding)\s*+=\s*+["']?\s*+([\w.:-]{1,40}+)""", regex.IGNORECASE)
# Labels browsers read as a wider encoding (WHATWG Encoding Standard), by Python codec name.
_AS_BROWSERS_DO = {"ascii": "cp1252", "latin-1": "cp1252", "iso8859-1": "cp1252", "iso8859-9": "cp1254",
                   "iso8859-11": "cp874", "tis-620": "cp874", "gb2312": "gb18030", "gbk": "gb18030",
                   "shift_jis": "cp932", "euc_kr": "cp949", "big5": "big5hkscs"}
_SNIFF = 4096
# Printable ASCII with the openers of the escape syntaxes Python has codecs for (UTF-7 "+",
# backslash escapes, HZ "~{", punycode/IDNA "xn--", quoted-printable "="): a charset a page
# is written in reads it as ASCII; a transfer or escape syntax, UTF-16/32 or EBCDIC does not.
_ASCII_PROBE = (b"xn--caf-dma.example " + bytes(range(0x20, 0x7F)).replace(b"\\", b"")
                + b"\t\r\n +AGEA- \\u0041 ~{ab~} =41=\n")
# A UTF-16/32 byte-order mark before bytes of which more than this share of the characters
# are not UTF-16/32 is no byte-order mark: the bytes are not text.
_MAX_INVALID_SHARE = 0.1


class Decoded(NamedTuple):
    """The decoded text, and a ``"encoding: ..."`` warning for each guess the bytes forced."""

    text: str
    warnings: tuple[str, ...] = ()


def _cp1252_bytes(err: UnicodeError) -> tuple[str, int]:
    """Codec error handler: read the bytes UTF-8 could not as cp1252."""
    if not isinstance(err, UnicodeDecodeError):
        raise err
    bad = err.object[err.start:err.end]
    return bytes(bad).decode("cp1252", "replace"), err.end


_COUNT = threading.local()


def _counted_replace(err: UnicodeError) -> tuple[str, int]:
    """Codec error handler: U+FFFD for what cannot be read, as ``replace`` does, counted."""
    if not isinstance(err, UnicodeDecodeError):
        raise err
    _COUNT.n += 1
    return "\ufffd", err.end


codecs.register_error("newsclean-cp1252", _cp1252_bytes)
codecs.register_error("newsclean-count", _counted_replace)


@functools.lru_cache(maxsize=64)
def _is_page_charset(codec: str) -> bool:
    """Whether ``codec`` is a charset a page can be written in: it reads printable ASCII,
    escape openers included, as ASCII (and decodes with replacement at all).

    >>> [_is_page_charset(c) for c in ("cp1251", "gb18030", "utf-7", "unicode_escape", "rot13", "utf-16")]
    [True, True, False, False, False, False]
    """
    try:
        with warnings.catch_warnings():  # unicode_escape warns of the escapes it does not know
            warnings.simplefilter("ignore")
            return _ASCII_PROBE.decode(codec, "replace") == _ASCII_PROBE.decode("ascii")
    except (LookupError, UnicodeError, ValueError, TypeError):  # no text codec, or one that cannot replace
        return False


def _declared(data: bytes) -> tuple[str | None, str | None]:
    """The charset label the start of ``data`` declares, and the Python codec to read it with
    (``None`` for an unknown label or one that is no page charset)."""
    m = _DECLARED.search(data[:_SNIFF])
    if not m:
        return None, None
    label = m.group(1).decode("ascii")
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return label, None
    codec = _AS_BROWSERS_DO.get(name, name)
    return label, (codec if _is_page_charset(codec) else None)


def declared_charset(data: bytes) -> str | None:
    """The Python codec for the charset the start of ``data`` declares, as browsers read it;
    ``None`` if none is declared, or the label is unknown or no charset a page is written in.

    >>> declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">')
    'cp1252'
    >>> declared_charset(b'<?xml version="1.0" encoding="gb2312"?>'), declared_charset(b"<p>none")
    ('gb18030', None)
    >>> declared_charset(b'<meta charset="utf-7">'), declared_charset(b'<meta charset="base64">')
    (None, None)
    """
    return _declared(data)[1]


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` for text whose ASCII characters have a NUL on one side."""
    head = data[:_SNIFF]
    even, odd = head[0::2], head[1::2]
    if odd and odd.count(0) > 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even and even.count(0) > 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def _counting(data: bytes, codec: str) -> tuple[str, int]:
    """``data`` decoded with ``codec``, what it cannot read as U+FFFD, and how many of those."""
    try:
        return data.decode(codec), 0
    except UnicodeDecodeError:
        pass
    _COUNT.n = 0
    text = data.decode(codec, "newsclean-count")
    return text, _COUNT.n


def _wide(data: bytes, codec: str, why: str) -> Decoded:
    """``data`` read as UTF-16/32 because ``why``: refused when it mostly is not."""
    text, bad = _counting(data, codec)
    if not bad:
        return Decoded(text)
    if bad > _MAX_INVALID_SHARE * len(text):
        raise ValueError(f"these bytes hold {why}, but {bad} of the {len(text)} characters they decode to "
                         f"are not {codec.upper()}: not text; decode them yourself and pass a str")
    return Decoded(text, (f"encoding: read as {codec.upper()} ({why}); {bad} invalid characters "
                          f"replaced with U+FFFD",))


def decode_page(data: bytes | bytearray | memoryview) -> Decoded:
    """Decode a scraped page's bytes, with a warning for each guess the bytes forced (a
    declared charset ignored, bytes that could not be read).

    Raises:
        ValueError: for data that is not text (NUL bytes and neither a byte-order mark nor
            the shape of UTF-16; a UTF-16/32 byte-order mark before bytes that mostly are
            not UTF-16/32).
    """
    data = bytes(data)
    for bom, codec in _BOMS:
        if data.startswith(bom):
            if codec == "utf-8-sig":  # then as any UTF-8 page, the declaration aside
                return Decoded(data[len(bom):].decode("utf-8", "newsclean-cp1252"))
            return _wide(data, codec, f"a {codec.upper()} byte-order mark")
    if b"\x00" in data[:_SNIFF]:
        codec = _utf16_without_bom(data)
        if codec is None:
            raise ValueError("these bytes hold NUL characters and no UTF-16/32 byte-order mark: "
                             "not text; decode them yourself and pass a str")
        return _wide(data, codec, "NUL bytes in the pattern of UTF-16")
    try:
        return Decoded(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    label, codec = _declared(data)
    if codec is not None and codec != "utf-8":
        text, bad = _counting(data, codec)
        if not bad:
            return Decoded(text)
        return Decoded(text, (f"encoding: {bad} byte sequences invalid in the declared charset {label!r} "
                              f"replaced with U+FFFD",))
    notes: tuple[str, ...] = ()
    if label is not None and codec is None:
        notes = (f"encoding: the page declares charset {label!r}, which is not a charset a page can be "
                 f"written in; read as UTF-8, invalid bytes as cp1252",)
    return Decoded(data.decode("utf-8", "newsclean-cp1252"), notes)


def decode(data: bytes | bytearray | memoryview) -> str:
    """Decode a scraped page's bytes (:func:`decode_page` without its warnings).

    Raises:
        ValueError: for data that is not text (see :func:`decode_page`).
    """
    return decode_page(data).text
