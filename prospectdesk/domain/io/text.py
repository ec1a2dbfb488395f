"""Turning the bytes of a text file into str: byte-order marks, UTF-16 without a BOM,
UTF-8, and the legacy code pages real exports use (Windows-1252, Shift_JIS, ...)."""

from __future__ import annotations

import codecs
import re

import charset_normalizer

# Code pages charset-normalizer confuses with each other on short files. Contact files
# from Western Europe are far more often Windows-1252 than Central European 1250 or Mac
# Roman, so within this family we prefer 1252 unless it cannot hold the bytes.
_LATIN_FAMILY = {
    "cp1250",
    "cp1252",
    "latin_1",
    "iso8859_1",
    "iso8859_2",
    "iso8859_15",
    "mac_roman",
    "mac_latin2",
    "cp850",
    "cp437",
    "ascii",
}
_CJK_FAMILY = {"cp932", "shift_jis", "euc_jp", "cp949", "euc_kr", "big5", "gb2312", "gb18030"}
_CP1252_UNDEFINED = {0x81, 0x8D, 0x8F, 0x90, 0x9D}
_JAPANESE = re.compile(r"[\u3040-\u30ff\uff66-\uff9f]")


def utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-be``/``utf-16-le`` when every other byte of mostly-ASCII text is NUL."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) // 2
    if even_nuls > half * 0.6 and odd_nuls < half * 0.1:
        return "utf-16-be"
    if odd_nuls > half * 0.6 and even_nuls < half * 0.1:
        return "utf-16-le"
    return None


def detect_encoding(data: bytes) -> str:
    """The Python codec name to read ``data`` with."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    utf16 = utf16_without_bom(data)
    if utf16:
        return utf16
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data).best()
    guess = best.encoding if best is not None else "cp1252"
    if guess in _CJK_FAMILY or guess not in _LATIN_FAMILY:
        # Japanese exports (Thunderbird, feature phones) are Shift_JIS; the detector often
        # calls them Korean on a short file. Kana settles it.
        try:
            text = data.decode("cp932")
            if _JAPANESE.search(text):
                return "cp932"
        except UnicodeDecodeError:
            pass
    if guess in _LATIN_FAMILY and not _CP1252_UNDEFINED & set(data):
        return "cp1252"
    return guess


def decode_text(data: bytes) -> tuple[str, str]:
    """``(text, encoding)``; undecodable bytes become U+FFFD rather than failing the file."""
    encoding = detect_encoding(data)
    text = data.decode(encoding, errors="replace")
    return text.removeprefix("\ufeff"), encoding
