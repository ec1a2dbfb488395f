"""The one charset guesser every reader uses: turning the bytes of a text file (or of one
vCard value) into str. Byte-order marks, UTF-16 and UTF-32 with or without a BOM, UTF-8,
and the legacy code pages real exports use (Windows-1250/1251/1252, Shift_JIS, Mac Roman,
...).

A statistical detector needs hundreds of bytes; a contact file often has a handful of
8-bit bytes in one name. So the legacy page is the candidate that reads the file's
non-ASCII words most plausibly as names (:func:`implausibility`); charset-normalizer's own
guess competes once there is enough text for it.
"""

from __future__ import annotations

import codecs
import itertools
import unicodedata
from dataclasses import dataclass, field

# How much of a file the guess looks at: lines with 8-bit bytes, up to this many bytes.
_SAMPLE_BYTES = 64 * 1024


def unicode_form(data: bytes) -> tuple[str, int] | None:
    """``(codec, BOM length)`` for UTF-32 and UTF-16 text, with or without a byte-order
    mark; ``("utf-8", 3)`` for UTF-8 with a BOM; None for anything else."""
    for bom, codec in (
        (codecs.BOM_UTF32_BE, "utf-32-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
    ):
        if data.startswith(bom):
            return codec, len(bom)
    sample = data[:4096]
    if len(sample) >= 8:
        quarter = len(sample) // 4
        lanes = [sample[lane::4].count(0) for lane in range(4)]
        # Mostly-ASCII UTF-32: three of every four bytes are NUL.
        if lanes[3] < quarter * 0.1 and min(lanes[:3]) > quarter * 0.6:
            return "utf-32-be", 0
        if lanes[0] < quarter * 0.1 and min(lanes[1:]) > quarter * 0.6:
            return "utf-32-le", 0
    utf16 = utf16_without_bom(data)
    return (utf16, 0) if utf16 else None


def utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-be``/``utf-16-le`` when every other byte of mostly-ASCII text is NUL."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) // 2
    # Lenient on the NUL lane (a Cyrillic or Armenian file has fewer ASCII characters),
    # strict on the other: 8-bit text has no NULs, binary data has them in both lanes.
    if even_nuls > half * 0.3 and odd_nuls < half * 0.03:
        return "utf-16-be"
    if odd_nuls > half * 0.3 and even_nuls < half * 0.03:
        return "utf-16-le"
    return None


def _legacy_sample(data: bytes) -> bytes:
    """The lines that hold 8-bit bytes and are not UTF-8: what the legacy guess judges."""
    pieces: list[bytes] = []
    total = 0
    for line in data.split(b"\n"):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
            continue
        except UnicodeDecodeError:
            pass
        pieces.append(line)
        total += len(line)
        if total > _SAMPLE_BYTES:
            break
    return b"\n".join(pieces)


def detect_encoding(data: bytes) -> str:
    """The Python codec name to read ``data`` with."""
    form = unicode_form(data)
    if form is not None:
        codec, bom = form
        if codec == "utf-8":
            return "utf-8-sig"
        return codec[:6] if bom else codec  # "utf-16"/"utf-32" drop their BOM
    if is_utf8(data):
        return "utf-8"
    return guess_legacy_charset(_legacy_sample(data) or data)


def is_utf8(data: bytes) -> bool:
    """Whether ``data.decode("utf-8")`` would succeed, found a piece at a time: the text
    of a whole file (up to four bytes a character) was made and dropped for nothing, and
    its fresh pages cost this host more than the decoding."""
    if data.isascii():
        return True
    view = memoryview(data)
    start, end = 0, len(data)
    try:
        while start < end:
            final = start + _UTF8_PIECE >= end
            # A character cut at the piece's end is not consumed: the next piece has it.
            _text, used = codecs.utf_8_decode(view[start : start + _UTF8_PIECE], "strict", final)
            start += used
    except UnicodeDecodeError:
        return False
    return True


_UTF8_PIECE = 64 * 1024


@dataclass
class DecodedText:
    """A whole file as text, the codec it was read with, and the lines (1-based) that
    were in another encoding than the rest (UTF-8 lines in a legacy file, or the other
    way round): read right, but the owner should know the file is mixed."""

    text: str
    encoding: str
    mixed_lines: list[int] = field(default_factory=list)


def decode_file(data: bytes) -> DecodedText:
    """Decode a whole text file; undecodable bytes become U+FFFD rather than failing.

    A file that is mostly UTF-8 with some lines in a legacy page (two exports pasted
    together) is read line by line, each line in its own encoding, and those lines are
    listed in ``mixed_lines``."""
    if unicode_form(data) is None:
        # Most files: UTF-8 without a BOM. Decoded once here, not once to find that out
        # (detect_encoding) and again to read it.
        try:
            return DecodedText(data.decode("utf-8").removeprefix("\ufeff"), "utf-8")
        except UnicodeDecodeError:
            pass
    encoding = detect_encoding(data)
    if encoding not in ("utf-8", "utf-8-sig") and not encoding.startswith("utf-"):
        mixed = _mixed_utf8(data, encoding)
        if mixed is not None:
            return mixed
    text = data.decode(encoding, errors="replace").removeprefix("\ufeff")
    return DecodedText(text, encoding)


def _mixed_utf8(data: bytes, legacy: str) -> DecodedText | None:
    """Line-by-line decoding when some 8-bit lines are valid UTF-8 and others are not."""
    utf8_lines = legacy_lines = 0
    lines = data.split(b"\n")
    for line in lines:
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
            utf8_lines += 1
        except UnicodeDecodeError:
            legacy_lines += 1
    if not utf8_lines or not legacy_lines:
        return None
    main = "utf-8" if utf8_lines >= legacy_lines else legacy
    out: list[str] = []
    odd: list[int] = []
    for number, line in enumerate(lines, start=1):
        if line.isascii():
            out.append(line.decode("ascii"))
            continue
        try:
            decoded = line.decode("utf-8")
            if main != "utf-8":
                odd.append(number)
        except UnicodeDecodeError:
            decoded = line.decode(legacy, errors="replace")
            if main == "utf-8":
                odd.append(number)
        out.append(decoded)
    return DecodedText("\n".join(out).removeprefix("\ufeff"), main, odd)


def decode_text(data: bytes) -> tuple[str, str]:
    """``(text, encoding)``; undecodable bytes become U+FFFD rather than failing the file."""
    decoded = decode_file(data)
    return decoded.text, decoded.encoding


# Tried in this order when bytes are not UTF-8 and no charset is declared: the Western
# code page first (most exports), then the other Windows code pages and Shift_JIS.
_LEGACY_CANDIDATES = (
    "cp1252",
    "cp1250",
    "cp1251",
    "cp1253",
    "cp1254",
    "cp1257",
    "koi8_r",
    "shift_jis",
    "gb18030",
    "big5",
    "euc_kr",
    "mac_roman",
)
# Pages that decode any byte but are seldom what a contact file is in: they must read the
# text clearly better than the common pages to be chosen.
_RARE = {"mac_roman": 1.5}
_CYRILLIC_GREEK_VOWELS = set("аеёиоуыэюяіїєaeioуΑΕΗΙΟΥΩαεηιουωάέήίόύώϊϋΐΰ")
_VOWELS = set("aeiouyAEIOUY" + "áéíóúàèìòùâêîôûäëïöüãõåæœøÁÉÍÓÚÀÈÌÒÙÂÊÎÔÛÄËÏÖÜÃÕÅÆŒØ")


# The accented letters of the languages each legacy code page serves. A real word takes its
# letters from one language: "Dvořák" (Czech), not "Dvoøák" (a Danish ø next to an á).
_LANGUAGE_LETTERS = [
    set(letters)
    for letters in (
        "äöüß",  # German
        "àâçéèêëîïôùûüÿœ",  # French
        "áéíóúñü",  # Spanish
        "áâãàçéêíóôõú",  # Portuguese
        "àèéìíòóù",  # Italian
        "áéíóúäëïöüèà",  # Dutch
        "æøåéó",  # Danish, Norwegian
        "åäöé",  # Swedish, Finnish
        "áðéíóúýþæö",  # Icelandic
        "àçèéíïòóúü·",  # Catalan
        "áčďéěíňóřšťúůýž",  # Czech
        "áäčďéíĺľňóôŕšťúýž",  # Slovak
        "ąćęłńóśźż",  # Polish
        "áéíóöőúüű",  # Hungarian
        "ăâîșşțţ",  # Romanian
        "čćđšž",  # Croatian, Slovene, Bosnian
        "çğıöşüâîi",  # Turkish (İ lower-cases to i + a combining dot)
        "ąčęėįšųūž",  # Lithuanian
        "āčēģīķļņšūž",  # Latvian
        "äöõüšž",  # Estonian
    )
]


def _foreign_letters(letters: list[str]) -> int:
    """How many of a word's accented Latin letters no single language would use together."""
    lowered = [char.lower()[0] for char in letters]
    best = max(sum(1 for char in lowered if char in language) for language in _LANGUAGE_LETTERS)
    return len(lowered) - best


def _script(char: str) -> str:
    """A coarse script name: enough to see a word mixing Latin with Cyrillic or kana."""
    if char.isascii():
        return "latin"
    try:
        name = unicodedata.name(char)
    except ValueError:
        return "other"
    for script in ("LATIN", "CYRILLIC", "GREEK", "HIRAGANA", "KATAKANA", "HANGUL", "CJK"):
        if name.startswith(script) or f" {script} " in f" {name} ":
            return script.lower()
    return "other"


def implausibility(text: str) -> float:
    """How unlikely ``text`` is as a decoding of real names and addresses (lower is better).

    A statistical detector needs hundreds of bytes; a contact file often has three 8-bit
    bytes (``Iksi\\xf1ski``). These rules look at letters in their words instead: control
    and symbol characters inside words, words mixing scripts, and the Spanish ``ñ`` before
    a consonant (``Iksiñski`` is the Polish ``Iksiński`` read with the wrong code page).
    """
    score = 0.0
    for word in text.split():
        scripts: set[str] = set()
        latin_accented: list[str] = []
        non_ascii_letters = 0
        letters = 0
        for index, char in enumerate(word):
            if char.isascii():
                if char.isalpha():
                    letters += 1
                continue
            category = unicodedata.category(char)
            if category.startswith("C"):
                score += 3
                continue
            if char == "\u2019" and 0 < index < len(word) - 1:
                continue  # O’Brien, d’Artagnan: a typographic apostrophe
            if category.startswith("S") or category in ("Pi", "Pf", "Po"):
                between_letters = (
                    0 < index < len(word) - 1
                    and word[index - 1].isalpha()
                    and word[index + 1].isalpha()
                )
                score += 3 if between_letters else 1  # "Fran█oise": KOI8-R for Mac Roman
                continue
            if char.isalpha():
                letters += 1
                non_ascii_letters += 1
                script = _script(char)
                scripts.add(script)
                if script == "latin":
                    latin_accented.append(char)
                if char not in "ªº" and (
                    (index > 0 and word[index - 1].isdigit())
                    or (index + 1 < len(word) and word[index + 1].isdigit())
                ):
                    score += 2  # "Ј5", "3І", "Ä5": "£5", "3²" and "€5" read wrong
                if char in "ñÑ" and index + 1 < len(word):
                    following = word[index + 1]
                    if following.isalpha() and following not in _VOWELS:
                        score += 2
        if latin_accented:
            score += _foreign_letters(latin_accented)
        if scripts & {"cyrillic", "greek"} and letters >= 4:
            # Greek read as Windows-1251 looks like Cyrillic but has hardly a vowel.
            vowels = sum(1 for char in word if char.lower() in _CYRILLIC_GREEK_VOWELS)
            if vowels * 5 < letters:
                score += 2
            # Greek accented vowels land on capital Cyrillic letters (έ -> Э) mid-word.
            score += 2 * sum(
                1
                for before, char in itertools.pairwise(word)
                if before.islower() and char.isupper()
            )
        elif latin_accented:
            # The wrong Latin page puts capitals inside words ("JŸrgen" is Mac Roman
            # "Jürgen" read as Windows-1252, "FranŤoise" its "Françoise" read as 1250).
            score += 2 * sum(
                1
                for before, char, after in zip(word, word[1:], word[2:], strict=False)
                if char.isupper()
                and not char.isascii()
                and before.isalpha()
                and (before.islower() or after.islower())
            )
        if any(char.isascii() and char.isalpha() for char in word):
            scripts.add("latin")
        if len(scripts - {"cjk", "hiragana", "katakana"}) > 1 or (
            "latin" in scripts and scripts & {"cjk", "hiragana", "katakana", "hangul"}
        ):
            score += 2
        # Cyrillic or Greek read as Latin-1 gives words made of accented letters only.
        if letters >= 3 and "latin" in scripts and non_ascii_letters * 2 > letters:
            score += 2
    return score


def guess_legacy_charset(sample: bytes) -> str:
    """The legacy charset that reads ``sample`` (8-bit bytes that are not UTF-8) best."""
    candidates = list(_LEGACY_CANDIDATES)
    if len(sample) >= 200:
        # With enough text the statistical detector is worth asking; its answer competes
        # with the others rather than being taken on trust.
        # Imported here: it costs ~25 ms, paid by the first legacy file, not at start-up.
        from charset_normalizer import from_bytes

        best = from_bytes(sample).best()
        if best is not None and best.encoding not in candidates:
            candidates.insert(1, best.encoding)
    scored: list[tuple[float, int, str]] = []
    # Plenty to judge by, and a huge file's guess stays quick; cut between values so a
    # multi-byte character is not split.
    judged = sample
    if len(sample) > 16384:
        cut = sample.rfind(b"\n", 0, 16384)
        judged = sample[:cut] if cut > 0 else sample
    for order, name in enumerate(candidates):
        try:
            text = judged.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue
        scored.append((implausibility(text) + _RARE.get(name, 0.0), order, name))
    if not scored:
        return "cp1252"
    scored.sort()
    return scored[0][2]
