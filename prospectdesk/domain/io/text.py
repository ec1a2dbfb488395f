"""Turning the bytes of a text file into str: byte-order marks, UTF-16 without a BOM,
UTF-8, and the legacy code pages real exports use (Windows-1252, Shift_JIS, ...)."""

from __future__ import annotations

import codecs
import re
import unicodedata

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
_JAPANESE = re.compile(r"[\u3040-\u30ff]")
_CJK_LETTERS = re.compile(r"[\u4e00-\u9fff\uac00-\ud7af]")
# Single-byte pages of other scripts the detector recognises reliably once a file has a
# few words in them.
_TRUSTED_OTHER = {
    "cp1251",
    "koi8_r",
    "koi8_u",
    "iso8859_5",
    "cp1253",
    "iso8859_7",
    "cp1254",
    "cp1255",
    "iso8859_8",
    "cp1256",
    "cp1257",
    "cp874",
    "tis_620",
}
_MIN_NON_ASCII_FOR_GUESS = 6


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
    # Imported here: it costs ~25 ms, paid by the first import instead of every start-up.
    import charset_normalizer

    best = charset_normalizer.from_bytes(data).best()
    guess = best.encoding if best is not None else "cp1252"
    if guess.startswith(("utf_16", "utf_32")):
        guess = "cp1252"  # our own check above found no NUL pattern: not UTF-16
    if guess in _CJK_FAMILY:
        # Japanese exports (Thunderbird, feature phones) are Shift_JIS; the detector often
        # calls them Korean or Chinese on a short file. Full-width kana settles it.
        try:
            if _JAPANESE.search(data.decode("cp932")):
                return "cp932"
        except UnicodeDecodeError:
            pass
        # Without kana, ideographs or Hangul it is a Latin file the detector misread as
        # half-width katakana (seen with charset-normalizer 3.5 on "£5 ©2020 ½ cup").
        try:
            if _CJK_LETTERS.search(data.decode(guess)):
                return guess
        except (UnicodeDecodeError, LookupError):
            pass
        guess = "cp1252"
    non_ascii = sum(1 for byte in data if byte >= 0x80)
    if guess in _TRUSTED_OTHER and non_ascii >= _MIN_NON_ASCII_FOR_GUESS:
        return guess
    # A Latin page, a DOS or Mac page, or too few accented bytes to tell: the detector is
    # guessing, so read it the way most contact files in Western Europe are written.
    if _CP1252_UNDEFINED & set(data):
        return guess if guess not in _LATIN_FAMILY else "cp1250"
    return _best_latin(data, guess if guess in _LATIN_FAMILY else "cp1250")


def _odd_characters(text: str) -> int:
    """Symbols inside words ("Za¿ó³æ", "£ukasz"): the sign of the wrong Latin code page."""
    count = 0
    for i, ch in enumerate(text):
        if ord(ch) < 128 or ch.isalpha():
            continue
        before = text[i - 1].isalpha() if i > 0 else False
        after = text[i + 1].isalpha() if i + 1 < len(text) else False
        category = unicodedata.category(ch)
        if (before and after) or (after and category[0] in "SN"):
            count += 1
    return count


def _best_latin(data: bytes, guess: str) -> str:
    """Windows-1252 unless it turns words into symbols and a Central European page
    (1250, or the detector's own guess) reads them as letters."""
    western = _odd_characters(data.decode("cp1252", errors="replace"))
    if western == 0:
        return "cp1252"
    best, best_odd = "cp1252", western
    for candidate in dict.fromkeys((guess, "cp1250", "iso8859_2")):
        try:
            odd = _odd_characters(data.decode(candidate))
        except (UnicodeDecodeError, LookupError):
            continue
        if odd < best_odd:
            best, best_odd = candidate, odd
    return best


def decode_text(data: bytes) -> tuple[str, str]:
    """``(text, encoding)``; undecodable bytes become U+FFFD rather than failing the file."""
    encoding = detect_encoding(data)
    text = data.decode(encoding, errors="replace")
    return text.removeprefix("\ufeff"), encoding
