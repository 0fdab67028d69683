"""Bytes to text: byte-order marks, UTF-8 first, the declared charset, cp1252 last."""

from __future__ import annotations

import codecs

import pytest

from newsclean import clean
from newsclean.encoding import declared_charset, decode

TEXT = "Zürich – “quoted” café"


@pytest.mark.parametrize("data, expected", [
    # Byte-order marks decide, whatever is declared.
    (codecs.BOM_UTF8 + TEXT.encode("utf-8"), TEXT),
    (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), TEXT),
    (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), TEXT),
    (codecs.BOM_UTF32_LE + TEXT.encode("utf-32-le"), TEXT),
    # Valid UTF-8 wins over a Latin-1 declaration (the common lie).
    (b'<meta charset="iso-8859-1">' + TEXT.encode("utf-8"), '<meta charset="iso-8859-1">' + TEXT),
    # Not UTF-8: the declared charset, as browsers read it.
    (b'<meta charset="windows-1251">' + "Москва".encode("cp1251"), '<meta charset="windows-1251">Москва'),
    (b'<meta charset="iso-8859-1">' + TEXT.encode("cp1252"), '<meta charset="iso-8859-1">' + TEXT),
    (b'<?xml version="1.0" encoding="gb2312"?>' + "北京".encode("gb2312"),
     '<?xml version="1.0" encoding="gb2312"?>北京'),
    (b'<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">' + "東京".encode("cp932"),
     '<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">東京'),
    # Nothing declared and not UTF-8: cp1252.
    (TEXT.encode("cp1252"), TEXT),
    # UTF-8 with one stray cp1252 byte: the UTF-8 stays, the byte is read as cp1252.
    ("Zürich ".encode() + b"\x96 done", "Zürich – done"),
    # A declaration of UTF-16 in bytes without NULs is a copy-paste error: ignored.
    (b'<meta charset="utf-16"><p>caf\xe9', '<meta charset="utf-16"><p>café'),
    # An unknown label is ignored.
    (b'<meta charset="x-no-such-thing"><p>caf\xe9', '<meta charset="x-no-such-thing"><p>café'),
    # UTF-16 without a byte-order mark, by its NUL pattern.
    ("<html><p>café</p></html>".encode("utf-16-le"), "<html><p>café</p></html>"),
    ("<html><p>café</p></html>".encode("utf-16-be"), "<html><p>café</p></html>"),
    (b"", ""),
])
def test_decode(data, expected):
    assert decode(data) == expected


@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00",
    b"PK\x03\x04\x14\x00\x00\x00\x08\x00",
    bytes(range(256)),
])
def test_binary_is_refused_with_a_clear_error(data):
    with pytest.raises(ValueError, match="not text"):
        decode(data)


def test_accepts_bytearray_and_memoryview():
    assert decode(bytearray(b"abc")) == decode(memoryview(b"abc")) == "abc"


@pytest.mark.parametrize("head, expected", [
    (b'<meta charset="UTF-8">', "utf-8"),
    (b"<meta charset=latin1>", "cp1252"),
    (b"<meta charset='ascii'>", "cp1252"),
    (b'<meta charset="GBK">', "gb18030"),
    (b"<p>no declaration</p>", None),
    (b'<meta charset="">', None),
])
def test_declared_charset(head, expected):
    assert declared_charset(head) == expected


def test_clean_takes_html_bytes_in_a_declared_charset():
    page = ('<html><head><meta charset="windows-1251"><title>Новости</title></head><body><article>'
            "<p>В Москве открылась новая станция метро, сообщили в мэрии города в понедельник.</p>"
            "</article></body></html>")
    r = clean(page.encode("cp1251"))
    assert r.text == "В Москве открылась новая станция метро, сообщили в мэрии города в понедельник."
    assert r.title == "Новости"
