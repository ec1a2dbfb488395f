"""People-parsing every reader shares: names, dates and labels.

One function per question, so a person gets the same given and family name (and so the
same duplicate key, see ``importer.name_key``) whether the file was a CSV or a vCard.

Titles and suffixes: a :class:`~prospectdesk.domain.records.ContactRecord` has no field
for ``Dr.``, ``Ir.``, ``Jr.`` or ``III``. They are kept out of the given and family name
(``Dr. Jan de Vries`` and ``Jan de Vries`` are one person) and are not lost: a reader that
splits a full name carrying one keeps the name with them, given name first, as the display
name override (:meth:`PersonName.with_titles`; a vCard's FN is kept as written). Separate
CSV title and suffix columns go to the notes, as before.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from prospectdesk.domain.records import Birthday

# -- names ---------------------------------------------------------------------------------

# Words that start a family name when they follow the given name: Dutch (van, van der,
# 't, in 't), German (von, zu), French, Spanish, Portuguese, Italian, Arabic, Swedish.
_PARTICLES = frozenset(
    {
        "van", "von", "vom", "zum", "zur", "de", "der", "den", "des", "het", "'t", "ter",
        "ten", "te", "op", "in", "aan", "uit", "da", "di", "do", "del", "della", "dello",
        "dos", "das", "du", "la", "le", "lo", "zu", "bin", "ibn", "bint", "al", "el", "af",
        "d'", "l'",
    }
)  # fmt: skip
# Honorifics and academic titles written before a name, without their dots and folded
# ("Prof. dr. ir.", "prof.dr.ir.", "Dipl.-Ing.", "Dhr.", "Mevr.", "Mr." (Dutch lawyers)).
_TITLES = frozenset(
    {
        "dr", "drs", "ir", "ing", "-ing", "dipl", "mr", "mrs", "ms", "miss", "mx", "prof",
        "dhr", "mevr", "mw", "herr", "frau", "sir", "dame", "rev", "fr", "mag", "mgr", "bc",
        "ds", "mme", "mlle", "sr", "sra", "srta", "dott", "dottssa", "lic",
    }
)  # fmt: skip
# Generational and academic suffixes written after a name. Not "Ma" or "Ba": those are
# family names too (Yo-Yo Ma).
_SUFFIXES = frozenset(
    {
        "jr", "sr", "jnr", "snr", "ii", "iii", "iv", "vi", "vii", "viii", "ix", "phd",
        "md", "mba", "msc", "bsc", "llm", "esq", "cpa", "dds", "obe", "mbe", "cbe",
    }
)  # fmt: skip

# Two-character Chinese family names; every other Chinese family name is one character.
_CHINESE_COMPOUND = frozenset(
    {
        "欧阳", "歐陽", "司马", "司馬", "诸葛", "諸葛", "上官", "东方", "東方", "皇甫", "尉迟",
        "尉遲", "公孙", "公孫", "慕容", "令狐", "司徒", "夏侯", "长孙", "長孫", "宇文", "轩辕",
        "軒轅", "端木", "西门", "西門", "南宫", "南宮", "独孤", "獨孤",
    }
)  # fmt: skip
# Common two-kanji Japanese family names (a 3-character all-kanji name starting with one
# of these is Japanese 2 + 1, not Chinese 1 + 2).
_JAPANESE_FAMILY = frozenset(
    """佐藤 鈴木 高橋 田中 伊藤 渡辺 渡邊 山本 中村 小林 加藤 吉田 山田 山口 松本 井上 木村
    斎藤 斉藤 清水 山崎 森田 池田 橋本 阿部 石川 山下 中島 石井 小川 前田 岡田 藤田 後藤
    近藤 村上 遠藤 青木 坂本 福田 太田 西村 藤井 金子 岡本 藤原 三浦 中野 原田 松田 竹内
    小野 田村 中山 和田 石田 上田 柴田 酒井 工藤 横山 宮崎 宮本 内田 高木 安藤 谷口 大野
    丸山 今井 高田 藤本 武田 村田 上野 杉山 増田 小山 大塚 平野 菅原 久保 松井 千葉 岩崎
    桜井 木下 野口 松尾 菊地 野村 新井 渡部""".split()
)
_KOREAN_COMPOUND = frozenset({"남궁", "황보", "제갈", "선우", "독고", "사공", "서문"})


@dataclass(frozen=True)
class PersonName:
    """A name split into the parts a record keeps, plus what it does not keep."""

    given: str = ""
    family: str = ""
    prefix: str = ""  # titles as written: "Prof. dr. ir."
    suffix: str = ""  # as written: "Jr.", "III", "PhD"
    written: str = ""  # the whole name as it came in, spaces normalised

    def with_titles(self) -> str | None:
        """The name with its titles and suffixes, given name first (``Vries, Dr. Jan de``
        -> ``Dr. Jan de Vries``): the display name override that keeps what the record has
        no field for; None when there is no title or suffix to keep."""
        if not (self.prefix or self.suffix):
            return None
        if _is_east_asian(self.family + self.given):
            return self.written
        return " ".join(
            part for part in (self.prefix, self.given, self.family, self.suffix) if part
        )


def _fold(word: str) -> str:
    return word.casefold().rstrip(",")


def _is_title(word: str) -> bool:
    """``Dr.``, ``prof.dr.ir.`` (titles run together), ``Dipl.-Ing.``."""
    parts = [part for part in _fold(word).split(".") if part]
    return bool(parts) and all(part in _TITLES for part in parts)


def _is_suffix(word: str) -> bool:
    """``Jr.``, ``III``, ``Ph.D.``, ``M.D.``."""
    return _fold(word).replace(".", "") in _SUFFIXES


def _is_particle(word: str) -> bool:
    return word.casefold().replace("’", "'") in _PARTICLES


def _script(char: str) -> str:
    code = ord(char)
    if 0xAC00 <= code <= 0xD7AF or 0x1100 <= code <= 0x11FF or 0x3130 <= code <= 0x318F:
        return "hangul"
    if 0x3040 <= code <= 0x30FF or 0x31F0 <= code <= 0x31FF or 0xFF66 <= code <= 0xFF9F:
        return "kana"
    if 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0xF900 <= code <= 0xFAFF:
        return "han"
    if char == "々":
        return "han"
    return "other"


def _is_east_asian(word: str) -> bool:
    return any(_script(char) != "other" for char in word)


def _split_unspaced(name: str) -> tuple[str, str]:
    """``(given, family)`` of a Chinese, Japanese or Korean name written without a space:
    the family name comes first and is one or two characters long."""
    scripts = [_script(char) for char in name]
    if scripts[0] == "hangul":
        size = 2 if name[:2] in _KOREAN_COMPOUND and len(name) >= 3 else 1
    elif "kana" in scripts and scripts[0] == "han":
        # Japanese with the given name in kana (山田たろう, 安藤ロイド): the leading kanji.
        size = scripts.index("kana")
    elif scripts[0] != "han":
        return "", name  # kana only (a reading, a nickname): nothing to split by
    elif name[:2] in _CHINESE_COMPOUND or name[:2] in _JAPANESE_FAMILY or len(name) >= 4:
        size = 2
    else:
        size = 1
    if size >= len(name):
        return "", name
    return name[size:], name[:size]


def _particles_back(given_words: list[str]) -> tuple[list[str], list[str]]:
    """``Vries, Jan de`` (the Dutch sorting form): particles at the end of the given part
    belong to the family name."""
    end = len(given_words)
    while end > 1 and _is_particle(given_words[end - 1]):
        end -= 1
    return given_words[:end], given_words[end:]


@functools.lru_cache(maxsize=1 << 14)
def split_name(full: str) -> PersonName:
    """Split one full name into given and family name, titles and suffixes.

    ``Family, Given`` is honoured (``Vries, Jan de`` too); family names start at the first
    particle after the given name (``Maria de Souza van Dijk`` -> ``de Souza van Dijk``);
    titles before (``Dr.``, ``Ir.``, ``Mr.``) and suffixes after (``Jr.``, ``III``) are set
    apart; a Chinese, Japanese or Korean name is family name first, with or without a space;
    one word is a given name."""
    text = " ".join(full.split())
    if not text:
        return PersonName()
    words = text.split(" ")
    prefix: list[str] = []
    suffix: list[str] = []
    # Suffixes after a comma ("King, Martin Luther, Jr."; "Smith, PhD"), then bare ones.
    pieces = [piece.strip() for piece in text.split(",")]
    while len(pieces) > 1 and pieces[-1] and all(_is_suffix(w) for w in pieces[-1].split()):
        suffix[:0] = pieces.pop().split()
    pieces = [piece for piece in pieces if piece]
    if len(pieces) == 2:
        family_words = pieces[0].split(" ")
        given_words = pieces[1].split(" ")
        while len(family_words) > 1 and _is_title(family_words[0]):
            prefix.append(family_words.pop(0))
        while len(given_words) > 1 and _is_title(given_words[0]):
            prefix.append(given_words.pop(0))
        if len(given_words) == 1 and _is_title(given_words[0]):
            prefix.append(given_words.pop(0))
        given_words, moved = _particles_back(given_words)
        return PersonName(
            given=" ".join(given_words),
            family=" ".join([*moved, *family_words]),
            prefix=" ".join(prefix),
            suffix=" ".join(suffix),
            written=text,
        )
    words = " ".join(pieces).split(" ") if pieces else []
    while len(words) > 1 and _is_suffix(words[-1]):
        suffix.insert(0, words.pop())
    while len(words) > 1 and _is_title(words[0]):
        prefix.append(words.pop(0))
    name = PersonName(prefix=" ".join(prefix), suffix=" ".join(suffix), written=text)
    if not words:
        return name
    if all(_is_east_asian(word) for word in words):
        if len(words) == 1:
            given, family = _split_unspaced(words[0])
        else:  # 山田 太郎, 김 민수: family name first
            family, given = words[0], " ".join(words[1:])
        return PersonName(given, family, name.prefix, name.suffix, text)
    if (prefix and len(words) == 1) or (
        len(words) > 1 and words[0].islower() and _is_particle(words[0])
    ):
        # "Dr. Jansen", "Mevr. de Vries", "van der Berg": a family name on its own.
        return PersonName("", " ".join(words), name.prefix, name.suffix, text)
    if len(words) == 1:
        return PersonName(words[0], "", name.prefix, name.suffix, text)
    start = len(words) - 1
    for index in range(1, len(words) - 1):
        if _is_particle(words[index]):
            start = index
            break
    return PersonName(
        " ".join(words[:start]), " ".join(words[start:]), name.prefix, name.suffix, text
    )


# -- dates ---------------------------------------------------------------------------------

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january", "januar", "januari", "janvier", "jän", "jänner"),
            ("feb", "february", "februar", "februari", "fév", "février"),
            ("mar", "march", "märz", "maart", "mrz", "mars"),
            ("apr", "april", "avril"),
            ("may", "mai", "mei"),
            ("jun", "june", "juni", "juin"),
            ("jul", "july", "juli", "juillet"),
            ("aug", "august", "augustus", "août"),
            ("sep", "sept", "september", "septembre"),
            ("oct", "october", "oktober", "okt", "octobre"),
            ("nov", "november", "novembre"),
            ("dec", "december", "dezember", "dez", "décembre"),
        ),
        start=1,
    )
    for name in names
}
# Outlook and Apple write 1604 for "year unknown" (the first year of the Gregorian cycle
# they count from).
NO_YEAR_SENTINELS = {1604, 1900}


def _year(text: str, this_year: int) -> int | None:
    """A birthday's year; two digits are the most recent such year not after this one."""
    year = int(text)
    if len(text) == 2:
        year += 1900 if year > this_year % 100 else 2000
    return None if year in NO_YEAR_SENTINELS and len(text) == 4 else year


def parse_birthday(text: str, *, this_year: int, day_first: bool = False) -> Birthday | None:
    """Every birthday form contact CSVs use; None for an empty cell; ValueError for text
    that is not a date (the caller reports it and skips the birthday).

    ``day_first`` decides an ambiguous ``05/06/1980`` (German and Dutch exports);
    ``this_year`` (from the caller's clock) places a two-digit year in its century."""
    value = text.strip()
    if not value:
        return None
    value = re.sub(r"[T ]\d{1,2}:\d{2}(:\d{2})?(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$", "", value)
    birthday = _iso_birthday(value)
    if birthday is not None:
        return birthday
    match = re.fullmatch(r"(\d{4})[/.](\d{1,2})[/.](\d{1,2})", value)
    if match:
        return birthday_of(match.group(2), match.group(3), match.group(1), this_year)
    match = re.fullmatch(r"(\d{1,2})([./-])(\d{1,2})(?:\2(\d{2}|\d{4}))?\.?", value)
    if match:
        first, separator, second, year = match.groups()
        if separator == "." or day_first or int(first) > 12:
            day, month = first, second
        else:
            month, day = first, second
        if separator != "." and int(second) > 12 and int(first) <= 12:
            month, day = first, second
        return birthday_of(month, day, year, this_year)
    words = re.findall(r"[^\W\d_]+\.?|\d+", value.casefold())
    month_words = [w.rstrip(".") for w in words if w.rstrip(".") in _MONTHS]
    numbers = [w for w in words if w.isdigit()]
    if len(month_words) == 1 and 1 <= len(numbers) <= 2:
        month = _MONTHS[month_words[0]]
        day_text = next((n for n in numbers if len(n) <= 2), None)
        year_text = next((n for n in numbers if len(n) == 4), None)
        if day_text is not None:
            return birthday_of(str(month), day_text, year_text, this_year)
    raise ValueError(f"birthday {text.strip()!r} is not a date")


@functools.lru_cache(maxsize=1 << 15)
def _iso_birthday(value: str) -> Birthday | None:
    """``YYYY-MM-DD`` and ``--MM-DD`` forms (most exports), kept per text: a list of
    100,000 people has a few thousand distinct birthdays. None for other forms."""
    try:
        birthday = Birthday.parse(value)
    except ValueError:
        return None
    if birthday.year in NO_YEAR_SENTINELS:
        birthday = Birthday(birthday.month, birthday.day)
    return birthday


# The ISO forms (YYYY-MM-DD, --MM-DD) in ASCII digits: what iso_birthdays reads at once.
_ISO_FORMS = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})|--([0-9]{2})-([0-9]{2})")


def iso_birthdays(texts: list[str]) -> dict[str, Birthday]:
    """:func:`parse_birthday` of each of ``texts`` (stripped cells, a birthday column's
    distinct texts) written ``YYYY-MM-DD`` or ``--MM-DD`` and making a date: the same
    birthday for a third of the time (one pattern, no time stripped, no other form tried).
    Any other text is left out, for parse_birthday to read."""
    found: dict[str, Birthday] = {}
    for text, match in zip(texts, map(_ISO_FORMS.fullmatch, texts), strict=True):
        if match is None:
            continue
        year, month, day, month_only, day_only = match.groups()
        try:
            if year is None:
                found[text] = Birthday(int(month_only), int(day_only))
            else:
                # A date in its year first (1900-02-29 is none), as _iso_birthday reads it.
                birthday = Birthday(int(month), int(day), int(year))
                found[text] = (
                    Birthday(birthday.month, birthday.day)
                    if birthday.year in NO_YEAR_SENTINELS
                    else birthday
                )
        except ValueError:  # no such day: parse_birthday gives the reason
            continue
    return found


def birthday_of(month: str, day: str, year: str | None, this_year: int) -> Birthday:
    """A birthday from its parts as text; ValueError when they make no date."""
    try:
        return Birthday(int(month), int(day), _year(year, this_year) if year else None)
    except ValueError as error:
        raise ValueError(f"not a date ({error})") from None


def parse_vcard_date(text: str, *, omit_year: str = "") -> Birthday:
    """Every date form vCard files use for a birthday: ``19800321``, ``1980-03-21``,
    ``--0321``, ``--03-21``, date-times (``1980-03-21T00:00:00Z``), and the year-less
    sentinels (Apple's 1604 with ``X-APPLE-OMIT-YEAR``, and year 0000). Raise ValueError."""
    value = text.strip()
    if "T" in value:
        value = value.split("T", 1)[0]
    if not value:
        raise ValueError("no date")
    if value.startswith("--"):
        body = value[2:].replace("-", "")
        if len(body) != 4 or not body.isdigit():
            raise ValueError("expected --MMDD or --MM-DD")
        return Birthday(month=int(body[:2]), day=int(body[2:]), year=None)
    if "-" in value:
        pieces = value.split("-")
        if (
            len(pieces) != 3
            or len(pieces[0]) != 4
            or not all(p.isdigit() and 1 <= len(p) <= 2 for p in pieces[1:])
            or not pieces[0].isdigit()
        ):
            raise ValueError("expected YYYY-MM-DD")
        year, month, day = (int(p) for p in pieces)
    elif len(value) == 8 and value.isdigit():
        year, month, day = int(value[:4]), int(value[4:6]), int(value[6:])
    else:
        raise ValueError("expected YYYYMMDD, YYYY-MM-DD or --MM-DD")
    no_year = year == 0 or year == 1604 or (omit_year and omit_year.strip() == str(year))
    return Birthday(month=month, day=day, year=None if no_year else year)


# -- labels --------------------------------------------------------------------------------

_LABEL_WORDS = {
    "mobile": "mobile",
    "cell": "mobile",
    "mobiel": "mobile",
    "handy": "mobile",
    "home": "home",
    "privat": "home",
    "thuis": "home",
    "work": "work",
    "business": "work",
    "geschäftlich": "work",
    "werk": "work",
    "main": "main",
    "other": "other",
    "pager": "pager",
    "home fax": "home fax",
    "work fax": "work fax",
    "fax": "fax",
    "other fax": "fax",
    "car": "car",
    "assistant": "assistant",
}


def normalize_label(label: str) -> str:
    """Google writes ``* Home`` (the star marks the preferred one) or free text."""
    text = label.strip().lstrip("*").strip()
    folded = text.casefold()
    if folded in _LABEL_WORDS:
        return _LABEL_WORDS[folded]
    return text
