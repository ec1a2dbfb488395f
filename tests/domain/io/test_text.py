"""Choosing the code page of a file that is not UTF-8."""

from __future__ import annotations

import codecs

import pytest

from prospectdesk.domain.io import text as text_module
from prospectdesk.domain.io.text import decode_text, detect_encoding

from .conftest import FIXTURES


@pytest.mark.parametrize(
    "text, encoding",
    [
        ("Name,Email\nJürgen Größe,j@x.de\n", "cp1252"),
        ("Naam;E-mail\nRenée Çelik;r@x.nl\nJosé Núñez;j@x.es\n", "cp1252"),
        ("Name\nCafé\n", "cp1252"),  # too short for the detector: it says UTF-16
        ("Name\nO’Brien\n", "cp1252"),  # one byte: the detector says a DOS page
        ("Price\n£5 ©2020 ½ cup, 3² °C\n", "cp1252"),  # symbols are not half-width kana
        ("x,y\n“quoted” – dash,€5\n", "cp1252"),
        ("Imię,Nazwisko\nŁukasz,Wiśniewski\nZażółć gęślą jaźń\n", "cp1250"),
        ("Имя,Фамилия\nИван,Петров\nМария,Сидорова\n", "cp1251"),
        ("名前,メール\n山田太郎,taro@x.jp\n", "cp932"),
    ],
)
def test_legacy_code_pages(text, encoding):
    data = text.encode(encoding)
    chosen = detect_encoding(data)
    assert data.decode(chosen) == text


@pytest.mark.parametrize(
    "data, expected",
    [
        (codecs.BOM_UTF8 + "Անի".encode(), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + "Անի".encode("utf-16-le"), "utf-16"),
        ("Name,Email\nԱնի,a@b.am\n".encode("utf-16-be"), "utf-16-be"),
        ("Name,Email\nԱնի,a@b.am\n".encode("utf-16-le"), "utf-16-le"),
        ("Ժամ".encode(), "utf-8"),
    ],
)
def test_unicode_forms(data, expected):
    assert detect_encoding(data) == expected


def test_decoded_text_has_no_bom():
    assert decode_text(codecs.BOM_UTF8 + b"Name")[0] == "Name"


def _decodes(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


@pytest.mark.parametrize("shift", [-3, -2, -1, 0, 1, 2, 3])
@pytest.mark.parametrize(
    "character", ["é", "Ա", "经", "😀"], ids=["two", "armenian", "three", "four"]
)
def test_is_utf8_agrees_with_decode_at_piece_ends(shift, character):
    """A character cut by a piece's end, a bad byte just before or after it, a file cut
    in the middle of a character: the pieced check says what a whole decode says."""
    piece = text_module._UTF8_PIECE
    encoded = character.encode("utf-8")
    start = b"a" * (piece + shift)
    variants = [
        start + encoded * 3,
        start + encoded[:-1],  # cut at the end of the file
        start + encoded[:-1] + b"a",  # cut in the middle of the file
        start + b"\xff" + encoded,
        start + encoded + b"\xc0\xaf",  # an overlong form
        start + encoded + b"\xed\xa0\x80",  # a surrogate
        (start + encoded) * 3,
    ]
    for data in variants:
        assert text_module.is_utf8(data) == _decodes(data), data[-8:]


def test_is_utf8_of_files_and_text():
    for data in (b"", b"plain", "Անի Կիրակոսյան".encode(), "Zoë".encode("cp1252")):
        assert text_module.is_utf8(data) == _decodes(data)
    for path in sorted(FIXTURES.glob("*/*")):
        data = path.read_bytes()
        assert text_module.is_utf8(data) == _decodes(data), path.name
