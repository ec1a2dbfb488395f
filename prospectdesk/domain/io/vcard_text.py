"""Small vCard text helpers shared by the reader and the writer: escapes, labels, charsets.

No regular expressions with nested quantifiers here: everything is a linear scan, so a
hostile file cannot make the reader backtrack for minutes.
"""

from __future__ import annotations

import codecs
import itertools
import unicodedata

from charset_normalizer import from_bytes

# ---------------------------------------------------------------------------- escapes


def unescape_text(text: str, version: str) -> str:
    """Undo vCard text escapes.

    3.0/4.0 define ``\\n \\N \\, \\; \\\\``; real files also write ``\\:`` (Apple's
    ``http\\://``) and ``\\"``, which we read as the bare character. vCard 2.1 has no
    backslash escapes apart from ``\\;`` in compound values (Outlook writes Windows paths
    like ``C:\\new`` unescaped), so there only ``\\;`` and ``\\,`` are undone.
    """
    if "\\" not in text:
        return text
    out: list[str] = []
    i = 0
    length = len(text)
    legacy = version.startswith("2")
    while i < length:
        char = text[i]
        if char == "\\" and i + 1 < length:
            nxt = text[i + 1]
            if legacy:
                if nxt in ";,":
                    out.append(nxt)
                    i += 2
                    continue
            elif nxt in "nN":
                out.append("\n")
                i += 2
                continue
            elif nxt in ",;\\:\"'":
                out.append(nxt)
                i += 2
                continue
        out.append(char)
        i += 1
    return "".join(out)


def split_unescaped(text: str, separator: str) -> list[str]:
    """Split at ``separator`` unless a backslash escapes it; escapes are kept for
    :func:`unescape_text`."""
    if "\\" not in text:
        return text.split(separator)  # nothing escaped: the common case, in C
    parts: list[str] = []
    current: list[str] = []
    i = 0
    length = len(text)
    while i < length:
        char = text[i]
        if char == "\\" and i + 1 < length:
            current.append(char)
            current.append(text[i + 1])
            i += 2
            continue
        if char == separator:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
        i += 1
    parts.append("".join(current))
    return parts


def escape_text(text: str) -> str:
    """Escape a text value for vCard 3.0/4.0 (RFC 6350 section 3.4)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;")


# ---------------------------------------------------------------------------- labels

# Apple writes its built-in labels as _$!<Name>!$_; these are the ones with a meaning here.
_APPLE_LABELS = {
    "mobile": "mobile",
    "iphone": "mobile",
    "home": "home",
    "work": "work",
    "other": "other",
    "main": "main",
    "homefax": "home fax",
    "workfax": "work fax",
    "otherfax": "fax",
    "pager": "pager",
}


def label_from_ablabel(text: str) -> str:
    """``_$!<Mobile>!$_`` -> ``mobile``; free text (``AssistantPhone``) stays as written."""
    text = text.strip()
    if text.startswith("_$!<") and text.endswith(">!$_"):
        inner = text[4:-4]
        return _APPLE_LABELS.get(inner.lower().replace(" ", ""), inner.lower())
    return text


# TYPE values that carry no label of their own.
_NEUTRAL_TYPES = {"voice", "pref", "internet", "x400", "postal", "parcel", "dom", "intl", "msg"}


def label_from_types(types: list[str], kind: str) -> str:
    """Turn TYPE values (already lower-cased) into one short English label.

    ``kind`` is ``tel``, ``email`` or ``adr``. Vendor ``x-`` types (``X-NEC-FRIEND``) carry
    no portable meaning, so they give no label."""
    wanted = [t for t in types if t and t not in _NEUTRAL_TYPES and not t.startswith("x-")]
    wanted = [t for t in wanted if not t.isdigit()]  # PREF=1 written as a bare type
    has = set(wanted)
    if kind == "tel":
        if "fax" in has:
            if "home" in has:
                return "home fax"
            if "work" in has:
                return "work fax"
            return "fax"
        for token, label in (("cell", "mobile"), ("mobile", "mobile"), ("iphone", "mobile")):
            if token in has:
                return label
        for token in ("pager", "main", "home", "work", "car", "isdn", "video", "modem"):
            if token in has:
                return token
        if "text" in has or "textphone" in has:
            return "text"
    else:
        for token in ("home", "work", "school"):
            if token in has:
                return token
    if "other" in has:
        return "other"
    # A custom TYPE (``TYPE=customtype``) is the user's own label.
    known = {"cell", "fax", "bbs", "pcs", "textphone", "text", "video", "car", "isdn", "modem"}
    custom = [t for t in wanted if t not in known]
    return custom[0] if custom else ""


# ---------------------------------------------------------------------------- charsets

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
)
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
            if category.startswith("S") or category in ("Pi", "Pf", "Po"):
                score += 1
                continue
            if char.isalpha():
                letters += 1
                non_ascii_letters += 1
                script = _script(char)
                scripts.add(script)
                if script == "latin":
                    latin_accented.append(char)
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
        scored.append((implausibility(text), order, name))
    if not scored:
        return "cp1252"
    scored.sort()
    return scored[0][2]


def normalize_charset(name: str) -> str | None:
    """A Python codec name for a declared CHARSET, or None when Python does not know it."""
    cleaned = name.strip().strip('"').lower()
    aliases = {"windows-1252": "cp1252", "ansi": "cp1252", "x-mac-roman": "mac_roman"}
    cleaned = aliases.get(cleaned, cleaned)
    try:
        return codecs.lookup(cleaned).name
    except (LookupError, ValueError):  # ValueError: a NUL in the name (a damaged file)
        return None
