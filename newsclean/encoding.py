"""Turn a scraped page's bytes into text.

In order: a byte-order mark; valid UTF-8 (many pages declare Latin-1 and serve UTF-8); the
charset the page declares (``<meta charset>``, ``http-equiv`` Content-Type, XML declaration),
read the way browsers read it (Latin-1 and ASCII as cp1252, GB2312 as GB18030...); else UTF-8
with the odd invalid byte read as cp1252 (a UTF-8 page with one pasted cp1252 quote), which is
plain cp1252 for a page with no UTF-8 at all.

>>> decode("café".encode("utf-8"))
'café'
>>> decode(b'<meta charset="iso-8859-1"><p>caf\\xe9 \\x93quoted\\x94')
'<meta charset="iso-8859-1"><p>café “quoted”'
>>> decode("naïve".encode("utf-8") + b" \\x96 dash")
'naïve – dash'
"""

from __future__ import annotations

import codecs

import regex

__all__ = ["declared_charset", "decode"]

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_DECLARED = regex.compile(rb"""(?:charset|encoding)\s*+=\s*+["']?\s*+([\w.:-]{1,40}+)""", regex.IGNORECASE)
# Labels browsers read as a wider encoding (WHATWG Encoding Standard), by Python codec name.
_AS_BROWSERS_DO = {"ascii": "cp1252", "latin-1": "cp1252", "iso8859-1": "cp1252", "iso8859-9": "cp1254",
                   "iso8859-11": "cp874", "tis-620": "cp874", "gb2312": "gb18030", "gbk": "gb18030",
                   "shift_jis": "cp932", "euc_kr": "cp949", "big5": "big5hkscs"}
# Declared in a text page, these are always wrong without a byte-order mark.
_NOT_FOR_HTML = frozenset({"utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"})
_SNIFF = 4096


def _cp1252_bytes(err: UnicodeError) -> tuple[str, int]:
    """Codec error handler: read the bytes UTF-8 could not as cp1252."""
    if not isinstance(err, UnicodeDecodeError):
        raise err
    bad = err.object[err.start:err.end]
    return bytes(bad).decode("cp1252", "replace"), err.end


codecs.register_error("newsclean-cp1252", _cp1252_bytes)


def declared_charset(data: bytes) -> str | None:
    """The Python codec for the charset the start of ``data`` declares, as browsers read it.

    >>> declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">')
    'cp1252'
    >>> declared_charset(b'<?xml version="1.0" encoding="gb2312"?>'), declared_charset(b"<p>none")
    ('gb18030', None)
    """
    m = _DECLARED.search(data[:_SNIFF])
    if not m:
        return None
    try:
        name = codecs.lookup(m.group(1).decode("ascii")).name
    except LookupError:
        return None
    return _AS_BROWSERS_DO.get(name, name)


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` for text whose ASCII characters have a NUL on one side."""
    head = data[:_SNIFF]
    even, odd = head[0::2], head[1::2]
    if odd and odd.count(0) > 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even and even.count(0) > 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def decode(data: bytes | bytearray | memoryview) -> str:
    """Decode a scraped page's bytes.

    Raises:
        ValueError: for data that is not text (NUL bytes, and neither a byte-order mark nor
            the shape of UTF-16).
    """
    data = bytes(data)
    for bom, bom_codec in _BOMS:
        if data.startswith(bom):
            return data.decode(bom_codec, "replace")
    if b"\x00" in data[:_SNIFF]:
        codec = _utf16_without_bom(data)
        if codec is None:
            raise ValueError("these bytes hold NUL characters and no UTF-16/32 byte-order mark: "
                             "not text; decode them yourself and pass a str")
        return data.decode(codec, "replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    codec = declared_charset(data)
    if codec and codec not in ("utf-8", *_NOT_FOR_HTML):
        return data.decode(codec, "replace")
    return data.decode("utf-8", "newsclean-cp1252")
