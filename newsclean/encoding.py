"""Turn bytes into text: a byte-order mark first, then valid UTF-8 (many pages declare
Latin-1 and serve UTF-8), then the declared charset, then cp1252.

>>> decode("caf\u00e9".encode("utf-8"))
'café'
>>> decode(b'<meta charset="iso-8859-1"><p>caf\\xe9')
'<meta charset="iso-8859-1"><p>café'
"""

from __future__ import annotations

import codecs

import regex

__all__ = ["decode"]

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_DECLARED = regex.compile(rb"""(?:charset|encoding)\s*=\s*["']?\s*([\w.:-]{1,40})""", regex.IGNORECASE)


def _declared(data: bytes) -> str | None:
    m = _DECLARED.search(data[:4096])
    if not m:
        return None
    try:
        return codecs.lookup(m.group(1).decode("ascii")).name
    except LookupError:
        return None


def decode(data: bytes | bytearray | memoryview) -> str:
    """Decode a scraped page's bytes.

    Raises:
        ValueError: for data that is not text (NUL bytes without a UTF-16/32 byte-order mark).
    """
    data = bytes(data)
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data.decode(codec, "replace")
    if b"\x00" in data[:8192]:
        raise ValueError("these bytes hold NUL characters and no UTF-16/32 byte-order mark: "
                         "not text; decode them yourself and pass a str")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    codec = _declared(data)
    if codec in ("iso8859-1", "ascii"):
        codec = "cp1252"  # what browsers do: Latin-1 pages use cp1252's punctuation
    if codec and codec != "utf-8":
        return data.decode(codec, "replace")
    return data.decode("cp1252", "replace")
