"""Read vCard 2.1, 3.0 and 4.0 files as real phones and mail programs write them.

Why a hand-written parser and not ``vobject``: vobject 0.9.9 wants a ``str``, so the bytes
must be decoded before unfolding, which breaks a fold or a quoted-printable soft break that
splits a UTF-8 character; run on the shared corpus it refuses 13 of 23 files, e.g.
``ParseError: Failed to parse line: 9999999\\`` (2.1 backslash-continued ADR),
``# This line must be ignored.`` (comment lines), ``=0A`` (QP soft break that splits
``=0D=0A``), ``3`` (a bare CR inside an X- value), the UTF-8 BOM before ``BEGIN:VCARD``,
and cannot read the Shift_JIS, Windows-1252, ISO-8859-2 or UTF-16 files at all.

This reader works on bytes: it unfolds first, joins QP soft breaks, decodes each value with
its declared CHARSET (or a guess made from the whole file when none is declared), and
turns every damaged value into an :class:`ImportProblem` instead of an exception. Every
step is a linear scan over the bytes (no backtracking regular expressions).

Most files are written the plainest way (properties and folds, UTF-8, no quoted-printable):
those are read by the fast reading (:func:`_fast_records`, issue 21), which gives the same
records and problems with a few C-level calls per card instead of objects per line; a card
or file with anything else in it is read as above.
"""

from __future__ import annotations

import base64
import binascii
import enum
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Final

from prospectdesk.domain.io.base import (
    MAX_FILE_BYTES,
    MAX_LINE_BYTES,
    MAX_PHOTO_BYTES,
    FileTooLargeError,
    ImportProblem,
    NotAContactFileError,
    ParsedRecord,
    ParseResult,
    without_cyclic_gc,
)
from prospectdesk.domain.io.people import parse_vcard_date, split_name
from prospectdesk.domain.io.text import guess_legacy_charset, unicode_form
from prospectdesk.domain.io.vcard_text import (
    label_from_ablabel,
    label_from_types,
    normalize_charset,
    split_unescaped,
    unescape_text,
)
from prospectdesk.domain.phones import default_region, normalize_phone, normalize_phones
from prospectdesk.domain.records import (
    AddressEntry,
    Birthday,
    ContactRecord,
    EmailEntry,
    PhoneEntry,
    derive_display_name,
)

FORMAT = "vcard"

_ENCODINGS = {"quoted-printable", "base64", "b", "8bit", "7bit"}
_VALUE_KINDS = {"inline", "url", "uri", "cid", "content-id"}
# Bare 2.1 parameters that name a type, never a charset (``codecs`` knows a few odd names).
_TYPE_WORDS = {
    "home", "work", "cell", "voice", "fax", "pager", "pref", "internet", "msg", "bbs",
    "modem", "car", "isdn", "video", "pcs", "postal", "parcel", "dom", "intl", "x400",
    "jpeg", "gif", "png", "bmp", "tiff", "mac", "main", "other", "text",
}  # fmt: skip


@dataclass(slots=True)  # slots: a file of 100,000 cards makes a million of these
class _Property:
    line: int
    group: str
    name: str  # upper case
    params: dict[str, list[str]]  # names upper case; TYPE values lower case
    raw: bytes  # the value as bytes: unfolded, QP soft breaks joined, not yet decoded
    oversize: bool = False

    def param(self, name: str) -> str:
        values = self.params.get(name)
        return values[0] if values else ""

    @property
    def types(self) -> list[str]:
        return self.params.get("TYPE", [])

    @property
    def encoding(self) -> str:
        return self.param("ENCODING").lower()


@dataclass
class _Card:
    line: int
    properties: list[_Property] = field(default_factory=list)
    problems: list[ImportProblem] = field(default_factory=list)


@dataclass
class _Decoder:
    """Turns value bytes into text: declared charset, then UTF-8, then the file's guess."""

    utf8_only: bool  # the file was UTF-16: every value is UTF-8 now, whatever it declares
    legacy: str = "cp1252"
    # Undeclared 8-bit values: whether one was UTF-8, and the first line of one that was
    # not (read with ``legacy``). Both in one file: two encodings mixed, worth a warning.
    undeclared_utf8: bool = False
    first_legacy_line: int = 0

    def decode(self, raw: bytes, declared: str, line: int = 0) -> str:
        if raw.isascii():
            return raw.decode("ascii")
        if not self.utf8_only and declared:
            codec = normalize_charset(declared)
            if codec is not None:
                try:
                    return raw.decode(codec)
                except UnicodeDecodeError:
                    pass  # a wrong declaration: fall through to detection
        try:
            text = raw.decode("utf-8")
            self.undeclared_utf8 = True
            return text
        except UnicodeDecodeError:
            pass
        if self.utf8_only:
            return raw.decode("utf-8", errors="replace")
        if not self.first_legacy_line:
            self.first_legacy_line = line or 1
        return raw.decode(self.legacy, errors="replace")


@without_cyclic_gc
def read_vcards(data: bytes, file_name: str, *, region: str | None = None) -> ParseResult:
    """Read every card in ``data``. Raise :class:`NotAContactFileError` when there is no
    vCard at all and :class:`FileTooLargeError` beyond ``MAX_FILE_BYTES``; everything else
    (damaged values, truncated cards) becomes a problem in the result.

    ``region`` is the default phone region for normalizing numbers without a country code
    (the user's locale when None)."""
    if len(data) > MAX_FILE_BYTES:
        raise FileTooLargeError(
            f"{file_name} is {len(data)} bytes; the limit is {MAX_FILE_BYTES} bytes"
        )
    data, utf8_only = _as_byte_text(data)
    # Capitals first: nearly every file writes them, and lower() copies the whole file.
    if data.find(b"BEGIN:VCARD") == -1 and b"begin:vcard" not in data.lower():
        raise NotAContactFileError(f"{file_name} is not a vCard file (no BEGIN:VCARD found)")

    result = ParseResult(file=file_name, format=FORMAT)
    phone_region = region if region is not None else default_region()
    fast = _fast_records(data, file_name, _Decoder(utf8_only=utf8_only), phone_region)
    if fast is not None:
        result.records, result.problems = fast
        return result
    cards = _plain_cards(data, file_name)
    if cards is None:
        cards = _split_cards(_physical_lines(data), file_name)
    if not cards:
        raise NotAContactFileError(f"{file_name} holds no readable vCard")
    decoder = _Decoder(utf8_only=utf8_only)
    if not utf8_only and not _all_utf8(data):
        sample = _undeclared_8bit_sample(cards)
        if sample:
            decoder.legacy = guess_legacy_charset(sample)
    for card in cards:
        builder = _RecordBuilder(card, file_name, decoder, phone_region)
        parsed = builder.build()
        result.problems.extend(card.problems)
        result.problems.extend(builder.problems)
        if parsed is not None:
            result.records.append(parsed)
    if decoder.undeclared_utf8 and decoder.first_legacy_line:
        result.problems.append(
            ImportProblem(
                file_name,
                decoder.first_legacy_line,
                f"this file mixes UTF-8 with another encoding; values like the one on this "
                f"line were read as {decoder.legacy}, check them",
            )
        )
    return result


# ---------------------------------------------------------------------------- bytes and lines


def _as_byte_text(data: bytes) -> tuple[bytes, bool]:
    """UTF-16/32 files (with or without a BOM) become UTF-8 bytes; a UTF-8 BOM is dropped.

    Returns the bytes and whether they are known to be UTF-8 throughout."""
    form = unicode_form(data)
    if form is None:
        return data, False
    codec, bom = form
    if codec == "utf-8":
        return data[bom:], False
    body = data[bom:]
    unit = 4 if codec.startswith("utf-32") else 2
    usable = len(body) - len(body) % unit
    return body[:usable].decode(codec, errors="replace").encode("utf-8"), True


def _physical_lines(data: bytes) -> list[bytes]:
    """Lines without their endings. LF ends a line (CRLF, CR CR LF and bare LF alike); a CR
    elsewhere is part of the value (Thunderbird writes one inside X-CUSTOM3). Only a file
    with no LF at all (classic Mac OS) is split at CR."""
    lines = (
        [line.rstrip(b"\r") for line in data.split(b"\n")] if b"\n" in data else data.split(b"\r")
    )
    if _BOM in data:
        # Two files joined (cat a.vcf b.vcf): the second one's byte-order mark sits before
        # its BEGIN:VCARD, which must still start a card.
        lines = [line.removeprefix(_BOM) for line in lines]
    return lines


_BOM = b"\xef\xbb\xbf"


# A property name and the character after it; one character class: linear, no backtracking.
_PROPERTY_START = re.compile(rb"[A-Za-z0-9\-_.]+[;:,]")


def _looks_like_property(line: bytes) -> bool:
    """True when ``line`` starts with a property name followed by ``;``, ``:`` or ``,``
    (Tine 2.0 writes ``LABEL,TYPE=HOME:``). Anything else inside a card continues the
    previous value: 2.1 ADR lines ending in a backslash, unindented base64, LABEL lines."""
    return _PROPERTY_START.match(line) is not None


def _is_card_delimiter(line: bytes) -> bool:
    return line.strip().upper() in (b"BEGIN:VCARD", b"END:VCARD")


def _value_start(line: bytes) -> int:
    """Index of the ``:`` between name/parameters and value, or -1.

    Quoted parameter values may hold ``;`` and ``:`` (``SORT-AS="a;b"``). An unquoted
    LABEL parameter with colons in it (ez-vcard issue 114) is read up to the last colon
    before the value's first ``;``, the only split that leaves a 7-part ADR intact."""
    colon = line.find(b":")
    if colon != -1 and b'"' not in line[:colon]:
        # No quotes before the first colon (nearly every line): that colon ends the head.
        param_start = line.rfind(b";", 0, colon) + 1
        if line[param_start : param_start + 6].upper() == b"LABEL=":
            semicolon = line.find(b";", colon)
            if semicolon != -1:
                return line.rfind(b":", colon, semicolon)
        return colon
    in_quotes = False
    seen_params = False
    param_start = 0
    for index, byte in enumerate(line):
        if byte == 0x3B and not in_quotes:  # ;
            seen_params = True
            param_start = index + 1
        elif byte == 0x22 and seen_params:  # "
            in_quotes = not in_quotes
        elif byte == 0x3A and not in_quotes:  # :
            if line[param_start : param_start + 6].upper() == b"LABEL=":
                semicolon = line.find(b";", index)
                if semicolon != -1:
                    last_colon = line.rfind(b":", index, semicolon)
                    return last_colon
            return index
    if in_quotes:  # an unbalanced quote: fall back to the first colon
        return line.find(b":")
    return -1


class _HeaderScan:
    """Reads the name and parameters piece by piece (they may be folded) until the colon,
    to learn whether the value is quoted-printable. Linear: each byte is looked at once."""

    def __init__(self) -> None:
        self.in_quotes = False
        self.seen_params = False
        self.done = False
        self.quoted_printable = False
        self.head = bytearray()

    def feed(self, piece: bytes) -> None:
        if self.done:
            return
        if not self.head and not self.seen_params:
            colon = piece.find(b":")
            if colon != -1 and b'"' not in piece[:colon]:
                # The whole head is in this piece and holds no quotes: its first colon ends it.
                self.done = True
                self.quoted_printable = b"QUOTED-PRINTABLE" in piece[:colon].upper()
                return
        for byte in piece:
            if byte == 0x3B and not self.in_quotes:  # ;
                self.seen_params = True
            elif byte == 0x22 and self.seen_params:  # "
                self.in_quotes = not self.in_quotes
            elif byte == 0x3A and not self.in_quotes:  # :
                self.done = True
                self.quoted_printable = b"QUOTED-PRINTABLE" in self.head.upper()
                self.head = bytearray()
                return
            self.head.append(byte)


def _logical_lines(lines: list[bytes]) -> Iterator[tuple[int, bytes, bool]]:
    """Yield (first physical line number, unfolded bytes, too long) for each property.

    Unfolding happens on bytes, before any decoding, so a fold that splits a UTF-8
    character is harmless. A line starting with a space or TAB is a fold (the one
    whitespace character is removed, also inside parameter lists). After a
    quoted-printable line that ends in ``=`` the next line is joined as it is, even when it
    starts with ``#`` or a space, since it is part of the encoded value."""
    index = 0
    count = len(lines)
    while index < count:
        line = lines[index]
        start = index + 1
        index += 1
        if not line.strip() or line.startswith(b"#"):
            continue
        if line[:1] in (b" ", b"\t"):
            line = line.lstrip(b" \t")
        size = len(line)
        oversize = size > MAX_LINE_BYTES
        # Nearly every line: a head without quotes, not quoted-printable, and a next line
        # that is not part of this one (a property, a blank line, a comment, or the end).
        colon = line.find(b":")
        if (
            colon != -1
            and b'"' not in line[:colon]
            and b"QUOTED-PRINTABLE" not in line[:colon].upper()
        ):
            following = lines[index] if index < count else b""
            if following[:1] not in (b" ", b"\t") and (
                not following.strip()
                or following.startswith(b"#")
                or _PROPERTY_START.match(following) is not None
            ):
                yield start, (line if not oversize else line[:200]), oversize
                continue
        parts = [line]
        header = _HeaderScan()
        header.feed(line)
        while index < count:
            following = lines[index]
            if (
                header.quoted_printable
                and parts[-1].endswith(b"=")
                and not _is_card_delimiter(following)
            ):
                parts[-1] = parts[-1][:-1]
                piece = following
            elif following[:1] in (b" ", b"\t"):
                piece = following[1:]
            elif (
                following.strip()
                and not following.startswith(b"#")
                and not _looks_like_property(following)
            ):
                if parts[-1].endswith(b"\\"):
                    parts[-1] = parts[-1][:-1]
                piece = b"\n" + following
            else:
                break
            index += 1
            size += len(piece)
            if size > MAX_LINE_BYTES:
                oversize = True
            header.feed(piece)
            if not oversize:
                parts.append(piece)
        yield start, (b"".join(parts) if not oversize else parts[0][:200]), oversize


def _parse_property(line_number: int, line: bytes, oversize: bool) -> _Property | None:
    colon = _value_start(line)
    if colon <= 0:
        return None
    parsed = _parse_head(line[:colon])
    if parsed is None:
        return None
    group, name, params = parsed
    return _Property(
        line=line_number, group=group, name=name, params=params, raw=line[colon + 1 :],
        oversize=oversize,
    )  # fmt: skip


@functools.lru_cache(maxsize=4096)
def _parse_head(head: bytes) -> tuple[str, str, dict[str, list[str]]] | None:
    """(group, NAME, parameters) of a property's head, or None when it has no name.

    Cached: a file repeats a few dozen heads (``TEL;TYPE=CELL``) over and over. The
    parameters are shared between the properties with the same head, so they are never
    changed after parsing."""
    segments = _split_params(head)
    name_part = segments[0]
    # ``LABEL,TYPE=HOME`` (Tine 2.0): a comma where the first ';' belongs.
    if b"," in name_part:
        name_part, extra = name_part.split(b",", 1)
        segments.insert(1, extra)
    name_text = name_part.decode("ascii", errors="replace").strip()
    group, _, name = name_text.rpartition(".")
    if not name:
        return None
    return group.lower(), name.upper(), _parse_params(segments[1:])


def _split_params(head: bytes) -> list[bytes]:
    """Split ``NAME;A=1;B="x;y"`` at the semicolons outside quotes."""
    if b'"' not in head:
        return head.split(b";")
    segments: list[bytes] = []
    start = 0
    in_quotes = False
    for index, byte in enumerate(head):
        if byte == 0x22:
            in_quotes = not in_quotes
        elif byte == 0x3B and not in_quotes:
            segments.append(head[start:index])
            start = index + 1
    segments.append(head[start:])
    return segments


def _split_param_values(text: str) -> list[str]:
    if '"' not in text:
        return [_caret_decode(value.strip()) for value in text.split(",")]
    values: list[str] = []
    current: list[str] = []
    in_quotes = False
    for char in text:
        if char == '"':
            in_quotes = not in_quotes
        elif char == "," and not in_quotes:
            values.append("".join(current))
            current = []
        else:
            current.append(char)
    values.append("".join(current))
    return [_caret_decode(value.strip()) for value in values]


def _caret_decode(text: str) -> str:
    """RFC 6868 parameter escapes: ``^n`` newline, ``^'`` double quote, ``^^`` caret."""
    if "^" not in text:
        return text
    return text.replace("^^", "\x00").replace("^n", "\n").replace("^'", '"').replace("\x00", "^")


def _parse_params(segments: list[bytes]) -> dict[str, list[str]]:
    params: dict[str, list[str]] = {}
    for segment in segments:
        text = segment.decode("utf-8", errors="replace").strip()
        if not text:
            continue  # ``ADR;HOME;PREF;:`` has an empty one
        name, equals, value = text.partition("=")
        if equals:
            key = name.strip().upper()
            values = _split_param_values(value)
        else:
            # vCard 2.1 bare parameters: TEL;WORK;VOICE, PHOTO;JPEG;B, ...;utf-8;QUOTED-PRINTABLE
            word = text.lower()
            if word in _ENCODINGS or word == "quoted-printable":
                key, values = "ENCODING", [word]
            elif word in _VALUE_KINDS:
                key, values = "VALUE", [word]
            elif word not in _TYPE_WORDS and normalize_charset(word) is not None:
                key, values = "CHARSET", [word]
            else:
                key, values = "TYPE", [word]
        if key == "TYPE":
            # RFC 6350 writes TYPE="voice,home" for two types: split inside quotes too.
            values = [t.strip().lower() for v in values for t in v.split(",") if t.strip()]
        params.setdefault(key, []).extend(values)
    return params


def _split_cards(lines: list[bytes], file_name: str) -> list[_Card]:
    """Group the properties into cards; AGENT's embedded vCard (2.1) is skipped."""
    cards: list[_Card] = []
    current: _Card | None = None
    skip_depth = 0
    agent_pending = False
    for line_number, line, oversize in _logical_lines(lines):
        delimiter = line.strip().upper() if len(line) < 40 else b""
        if skip_depth:
            if delimiter == b"BEGIN:VCARD":
                skip_depth += 1
            elif delimiter == b"END:VCARD":
                skip_depth -= 1
            continue
        if delimiter == b"BEGIN:VCARD":
            if current is not None:
                if agent_pending:
                    skip_depth = 1
                    agent_pending = False
                    continue
                current.problems.append(
                    ImportProblem(
                        file_name,
                        current.line,
                        f"the card starting on line {current.line} has no END:VCARD before "
                        f"the next card on line {line_number}; it may be incomplete",
                    )
                )
                cards.append(current)
            current = _Card(line=line_number)
            agent_pending = False
            continue
        if delimiter == b"END:VCARD":
            if current is not None:
                cards.append(current)
                current = None
            continue
        if current is None:
            continue  # text between cards
        prop = _parse_property(line_number, line, oversize)
        if prop is None:
            continue
        agent_pending = prop.name == "AGENT" and not prop.raw.strip()
        if prop.name == "AGENT" and prop.raw.strip().upper() == b"BEGIN:VCARD":
            skip_depth = 1
            continue
        current.properties.append(prop)
    if current is not None:
        current.problems.append(
            ImportProblem(
                file_name,
                current.line,
                "the file ends inside this card (no END:VCARD): it was cut off, "
                "so its last value may be incomplete",
            )
        )
        cards.append(current)
    return cards


# What makes a file need the careful, line by line reading (_physical_lines, _logical_lines,
# _split_cards): a comment line, a line of blanks, a line that is neither a fold nor a
# property nor empty (2.1 continuations, text between cards). Searched for after a "\n"
# (a literal the search skips to in C), with one character class per part: linear.
_CAREFUL_LINE = rb"(?:#|[ \t]+\r*(?:\n|\Z)|(?![ \t]|[A-Za-z0-9\-_.]+[;:,]|\r*(?:\n|\Z)))"
_NEEDS_CAREFUL_LINE = re.compile(rb"\n" + _CAREFUL_LINE)
_NEEDS_CAREFUL_FIRST_LINE = re.compile(_CAREFUL_LINE)  # matched at the start of the file
# And: quoted-printable (soft breaks) or a LABEL parameter (colons in it) anywhere, and an
# AGENT property (an embedded card), looked for in the lower-cased bytes.
_AGENT = rb"(?:[a-z0-9\-_]+\.)?agent[;:,]"
_AGENT_LINE = re.compile(rb"\n" + _AGENT)
_AGENT_FIRST_LINE = re.compile(_AGENT)


def _plain_cards(data: bytes, file_name: str) -> list[_Card] | None:
    """:func:`_split_cards` of :func:`_physical_lines` for a file written the plain way
    (nearly every export: LF or CR LF line ends, properties and folds only, no quotes in
    a property's name and parameters, see ``_NEEDS_CAREFUL_LINE``), in one pass over its lines
    with none of the careful reading's look-ahead; None when the file is of another kind
    (or anything in it surprises), and the careful reading then reads it. Both give the
    same cards (tests/domain/io compare them on every file we have)."""
    text = _plain_text(data)
    if text is None:
        return None
    return _plain_split(text, 1)


def _plain_text(data: bytes) -> bytes | None:
    """``data`` with LF line ends when it may be read the plain way, else None."""
    if b"\n" not in data or _BOM in data or b"\r\r\n" in data or data.endswith(b"\r"):
        return None
    found = _found_lowered(data, (b"quoted-printable", b"label=", b"agent"))
    if b"quoted-printable" in found or b"label=" in found:
        return None
    if b"agent" in found:
        lowered = data.lower()
        agent = _AGENT_FIRST_LINE.match(lowered) or _AGENT_LINE.search(lowered)
        if agent is not None:
            return None
        del lowered  # a copy of the whole file: not kept while the cards are made
    if (
        _NEEDS_CAREFUL_FIRST_LINE.match(data) is not None
        or _NEEDS_CAREFUL_LINE.search(data) is not None
    ):
        return None
    # A CR left inside a line (Thunderbird's X- values) stays part of its value, as in
    # _physical_lines, which strips only the CR of a line end.
    text = data.replace(b"\r\n", b"\n") if b"\r" in data else data
    if text[:1] in (b" ", b"\t"):
        return None  # a fold with nothing to continue
    return text


def _found_lowered(data: bytes, needles: tuple[bytes, ...]) -> set[bytes]:
    """Those of ``needles`` (lower case) that ``data.lower()`` holds, lowered a piece at
    a time: a lowered copy of the whole file costs more in fresh pages than in work."""
    found: set[bytes] = set()
    overlap = max(len(needle) for needle in needles) - 1
    for start in range(0, len(data), _LOWER_PIECE):
        # A needle that starts in this piece ends in it or in the overlap after it.
        piece = data[start : start + _LOWER_PIECE + overlap].lower()
        found.update(needle for needle in needles if piece.find(needle) != -1)
    return found


_LOWER_PIECE = 256 * 1024


def _plain_split(text: bytes, first_line: int) -> list[_Card] | None:
    """The cards of :func:`_plain_text`'s ``text``, whose first line is ``first_line``."""
    cards: list[_Card] = []
    current: _Card | None = None
    number = first_line  # the physical line the next logical line starts on
    # Split at every line end not followed by a fold, in C: each piece is one property
    # with its folds still in it.
    for line in _UNFOLDED_LINE_END.split(text):
        start = number
        number += 1
        if b"\n" in line:
            if line[:1] == b"\n":
                return None  # a fold after an empty line
            number += line.count(b"\n")
            # A fold is the line end and one blank; a line of blanks alone sent the file
            # to the careful reading, so no fold follows another's blank here.
            line = line.replace(b"\n ", b"").replace(b"\n\t", b"")
        if not line:
            continue
        if len(line) < 40 and line[:1] in b"BbEe":
            delimiter = line.strip().upper()
            if delimiter == b"BEGIN:VCARD":
                if current is not None:
                    return None  # a card without its END: the careful reading says so
                current = _Card(line=start)
                continue
            if delimiter == b"END:VCARD":
                if current is not None:
                    cards.append(current)
                    current = None
                continue
        if current is None:
            continue  # text between cards
        colon = line.find(b":")
        head = line[:colon]
        if colon <= 0 or b'"' in head:
            if b'"' in line or len(line) > MAX_LINE_BYTES:
                return None
            continue  # no value (or no name): as _parse_property, nothing
        if len(line) > MAX_LINE_BYTES:
            return None
        parsed = _parse_head(head)
        if parsed is None:
            continue
        group, name, params = parsed
        current.properties.append(_Property(start, group, name, params, line[colon + 1 :]))
    if current is not None:
        return None  # cut off inside a card: the careful reading says so
    return cards


_UNFOLDED_LINE_END = re.compile(rb"\n(?![ \t])")


def _qp_decode(raw: bytes) -> bytes:
    """Quoted-printable, tolerant: an ``=`` not followed by two hex digits stays as is."""
    if b"=" not in raw:
        return raw
    out = bytearray()
    index = 0
    length = len(raw)
    hexdigits = b"0123456789abcdefABCDEF"
    while index < length:
        byte = raw[index]
        if byte == 0x3D:
            pair = raw[index + 1 : index + 3]
            if len(pair) == 2 and pair[0] in hexdigits and pair[1] in hexdigits:
                out.append(int(pair, 16))
                index += 3
                continue
        out.append(byte)
        index += 1
    return bytes(out)


def _value_bytes(prop: _Property) -> bytes:
    encodings = prop.params.get("ENCODING")
    if encodings and "quoted-printable" in (e.lower() for e in encodings):
        return _qp_decode(prop.raw)
    return prop.raw


def _all_utf8(data: bytes) -> bool:
    """True when every value of the file is UTF-8 as it stands: the whole file is (one
    decode in C) and no value is quoted-printable (which could hide other bytes). Then no
    value is left for the legacy guess, and the look at every value can be skipped."""
    if b"quoted-printable" in data.lower():
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _undeclared_8bit_sample(cards: list[_Card]) -> bytes:
    """The 8-bit values that declare no charset and are not UTF-8: what the legacy guess
    is made from (one guess per file: a single name has too few bytes to judge)."""
    pieces: list[bytes] = []
    total = 0
    for card in cards:
        for prop in card.properties:
            if prop.raw.isascii() and "ENCODING" not in prop.params:
                continue  # plain ASCII as written: nothing to judge (most values)
            if prop.oversize or prop.params.get("CHARSET") or prop.name in _BINARY_PROPERTIES:
                continue
            if prop.encoding in ("b", "base64"):
                continue
            raw = _value_bytes(prop)
            if raw.isascii():
                continue
            try:
                raw.decode("utf-8")
                continue
            except UnicodeDecodeError:
                pieces.append(raw)
                total += len(raw)
            if total > 64 * 1024:
                return b"\n".join(pieces)
    return b"\n".join(pieces)


_BINARY_PROPERTIES = {"PHOTO", "LOGO", "SOUND", "KEY", "X-MS-CARDPICTURE"}


# ---------------------------------------------------------------------------- records


def decode_base64_tolerant(text: str) -> tuple[bytes, bool]:
    """Decode base64 that may be damaged (BlackBerry writes a length that is not a multiple
    of 4): whitespace is dropped, stray characters are skipped, a lone trailing character
    is cut. Returns the bytes and whether the text was intact."""
    raw = text.encode("ascii", errors="replace").translate(None, b" \t\r\n")
    raw = raw.replace(b"-", b"+").replace(b"_", b"/")  # the URL-safe alphabet
    body = raw.rstrip(b"=")
    # Missing padding loses nothing; padding that does not make a multiple of 4 (the
    # BlackBerry photo ends in one "=" after 2,232 characters) means the text was damaged.
    intact = len(raw) == len(body) or (len(raw) % 4 == 0 and len(raw) - len(body) <= 2)
    if body.translate(None, _BASE64_ALPHABET):
        intact = False
        body = _NOT_BASE64.sub(b"", body)
    if len(body) % 4 == 1:
        intact = False
        body = body[:-1]
    try:
        return base64.b64decode(body + b"=" * (-len(body) % 4)), intact
    except (binascii.Error, ValueError):
        return b"", False


_BASE64_ALPHABET = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_NOT_BASE64 = re.compile(rb"[^A-Za-z0-9+/]")  # one character class: linear, no backtracking


@functools.lru_cache(maxsize=1 << 16)  # a lifetime of days is ~30,000 dates
def _vcard_date(text: str, omit_year: str) -> Birthday:
    """:func:`parse_vcard_date`, once per text (a list repeats dates; a Birthday is frozen,
    so records may share one). A ValueError is not kept: it is raised again each time."""
    return parse_vcard_date(text, omit_year=omit_year)


@functools.lru_cache(maxsize=1024)
def _types_label(types: tuple[str, ...], kind: str) -> str:
    """:func:`label_from_types`, once per TYPE list and kind: a file repeats a few."""
    return label_from_types(list(types), kind)


class _RecordBuilder:
    """Maps one card's properties onto a ContactRecord, collecting problems as it goes."""

    def __init__(self, card: _Card, file_name: str, decoder: _Decoder, region: str | None):
        self.card = card
        self.file_name = file_name
        self.decoder = decoder
        self.region = region
        self.problems: list[ImportProblem] = []
        self.is_company = False
        self.version = "3.0"
        for prop in card.properties:
            if prop.name == "VERSION":
                self.version = prop.raw.decode("ascii", errors="replace").strip() or "3.0"

    def problem(self, prop: _Property | None, message: str, fatal: bool = False) -> None:
        line = prop.line if prop is not None else self.card.line
        self.problems.append(ImportProblem(self.file_name, line, message, fatal))

    def text(self, prop: _Property) -> str:
        """The value decoded to text, escapes still in place."""
        raw = prop.raw if "ENCODING" not in prop.params else _value_bytes(prop)
        if raw.isascii():  # most values: what the decoder does first, without the call
            text = raw.decode("ascii")
        else:
            text = self.decoder.decode(raw, prop.param("CHARSET"), prop.line)
        if "\r" in text:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        return text

    def plain(self, prop: _Property) -> str:
        return unescape_text(self.text(prop), self.version).strip()

    def components(self, prop: _Property) -> list[str]:
        return _components(self.text(prop), self.version)

    def build(self) -> ParsedRecord | None:
        record = ContactRecord()
        extra: dict[str, str] = {}
        labels = self._group_labels()
        formatted_name = ""
        name_parts: list[str] | None = None
        notes: list[str] = []
        birthday_altid: str | None = None
        photo_fallback: _Property | None = None
        tags_seen: set[str] = set()
        repeated: dict[str, list[str]] = {}  # NICKNAME, ROLE, URL: every value kept
        for prop in self.card.properties:
            if prop.oversize:
                self.problem(
                    prop,
                    f"{prop.name} is longer than {MAX_LINE_BYTES} bytes; value skipped",
                )
                continue
            name = prop.name
            if name == "FN" and not formatted_name:
                formatted_name = self.plain(prop).replace("\n", " ")
            elif name == "N" and name_parts is None:
                name_parts = self.components(prop)
            elif name == "ORG" and not record.organization:
                record.organization = self.components(prop)[0]
            elif name == "TITLE" and not record.job_title:
                record.job_title = self.plain(prop)
            elif name == "EMAIL":
                self._add_email(record, prop, labels)
            elif name == "TEL":
                self._add_phone(record, prop, labels)
            elif name == "ADR":
                self._add_address(record, prop, labels)
            elif name == "BDAY":
                altid = prop.param("ALTID") or None
                if record.birthday is not None:
                    if altid is None or altid != birthday_altid:
                        self.problem(prop, "a second BDAY was ignored")
                    continue
                record.birthday = self._birthday(prop)
                birthday_altid = altid
            elif name == "PHOTO" and record.photo is None:
                record.photo = self._photo(prop)
            elif name == "X-MS-CARDPICTURE" and photo_fallback is None:
                photo_fallback = prop
            elif name == "NOTE":
                note = self.plain(prop)
                if note:
                    notes.append(note)
            elif name == "CATEGORIES":
                # Writers escape commas they should not (``category1\, category2``);
                # a tag with a comma in it is of no use, so both forms split.
                for tag in unescape_text(self.text(prop), "3.0").split(","):
                    tag = tag.strip()
                    if tag and tag not in tags_seen:  # a set: 100,000 tags stay linear
                        tags_seen.add(tag)
                        record.tags.append(tag)
            elif name == "UID" and record.uid is None:
                record.uid = self.plain(prop) or None
            elif name == "REV":
                extra["rev"] = self.plain(prop)
            elif name in ("KIND", "X-ABSHOWAS"):
                # KIND:org (4.0) and Apple's X-ABShowAs:COMPANY: the FN is a company name.
                if self.plain(prop).lower() in ("org", "company"):
                    self.is_company = True
            elif name in ("NICKNAME", "ROLE", "URL"):
                value = self.plain(prop)
                if value:  # joined once at the end: repeated concatenation is quadratic
                    repeated.setdefault(name.lower(), []).append(value)
        for key, values in repeated.items():
            extra[key] = "\n".join(values)
        if record.photo is None and photo_fallback is not None:
            record.photo = self._photo(photo_fallback)
        record.notes = "\n\n".join(notes)
        _apply_names(record, name_parts, formatted_name, self.is_company)
        if not (record.display_name or record.phones or record.emails):
            self.problem(
                None,
                "card has no name, organization, e-mail or phone number; skipped",
                fatal=True,
            )
            return None
        return ParsedRecord(record=record, line=self.card.line, extra=extra)

    def _group_labels(self) -> dict[str, str]:
        labels: dict[str, str] = {}
        for prop in self.card.properties:
            if prop.group and prop.name == "X-ABLABEL":
                labels[prop.group] = label_from_ablabel(self.plain(prop))
        return labels

    def _label(self, prop: _Property, labels: dict[str, str], kind: str) -> str:
        if prop.group and labels.get(prop.group):
            return labels[prop.group]
        return _types_label(tuple(prop.types), kind)

    def _add_email(self, record: ContactRecord, prop: _Property, labels: dict[str, str]) -> None:
        value = self.plain(prop)
        if value.lower().startswith("mailto:"):
            value = value[7:]
        if value:
            record.emails.append(EmailEntry(value, self._label(prop, labels, "email")))

    def _add_phone(self, record: ContactRecord, prop: _Property, labels: dict[str, str]) -> None:
        value = self.plain(prop)
        if value.lower().startswith("tel:"):
            value = value[4:]
        value = value.replace("\n", " ").strip()
        if not value:
            return
        record.phones.append(
            PhoneEntry(
                value,
                self._label(prop, labels, "tel"),
                normalize_phone(value, self.region),
            )
        )

    def _add_address(self, record: ContactRecord, prop: _Property, labels: dict[str, str]) -> None:
        parts = self.components(prop) + [""] * 7
        po_box, extended, street, city, region, postal_code, country = parts[:7]
        # Extended address first: Outlook's and Thunderbird's own LABELs print the
        # extended part ("TheOffice", "222 Broadway") above the street.
        street_lines = [part for part in (po_box, extended, street) if part]
        address = AddressEntry(
            label=self._label(prop, labels, "adr"),
            street="\n".join(street_lines),
            city=city,
            region=region,
            postal_code=postal_code,
            country=country,
        )
        if not address.is_empty():
            record.addresses.append(address)

    def _birthday(self, prop: _Property) -> Birthday | None:
        text = self.plain(prop)
        if prop.param("VALUE").lower() == "text":
            self.problem(prop, f"BDAY '{text}' is free text, not a date; birthday skipped")
            return None
        omit_year = prop.param("X-APPLE-OMIT-YEAR")
        try:
            return _vcard_date(text, omit_year)
        except ValueError as error:
            self.problem(prop, f"BDAY '{text}' is not a date ({error}); birthday skipped")
            return None

    def _photo(self, prop: _Property) -> bytes | None:
        text = self.text(prop).strip()
        if text.lower().startswith("data:"):
            header, comma, payload = text.partition(",")
            if not comma or ";base64" not in header.lower():
                self.problem(prop, f"{prop.name} data URI is not base64; photo skipped")
                return None
            text = payload
        elif prop.encoding not in ("b", "base64"):
            # A URL (PHOTO;VALUE=uri:https://...): nothing to keep without fetching it.
            return None
        if len(text) > MAX_PHOTO_BYTES * 4 // 3 + 1024:
            self.problem(prop, f"{prop.name} is larger than {MAX_PHOTO_BYTES} bytes; skipped")
            return None
        photo, intact = decode_base64_tolerant(text)
        if not photo:
            self.problem(prop, f"{prop.name} is not readable base64; photo skipped")
            return None
        if not intact:
            self.problem(
                prop,
                f"{prop.name} base64 is damaged; kept the {len(photo)} bytes that decode",
            )
        return photo


def _apply_names(
    record: ContactRecord, name_parts: list[str] | None, formatted_name: str, is_company: bool
) -> None:
    """Set the record's names from N's parts and FN (and the display name override when
    the name shown would differ from FN): the careful and the fast reading share it."""
    parts = (name_parts or []) + [""] * 5
    family, given, middle, prefix, suffix = parts[:5]
    record.family_name = family
    # Middle names join the given name: the record has no field of its own for them.
    record.given_name = " ".join(part for part in (given, middle) if part)
    # vCard 4.0 may leave N out: then FN is the only name there is. An N that is
    # present but empty says the card has no structured name, so FN stays as written.
    if name_parts is None and formatted_name:
        if is_company:
            if not record.organization:
                record.organization = formatted_name
        elif formatted_name != record.organization and "@" not in formatted_name:
            name = split_name(formatted_name)
            record.given_name, record.family_name = name.given, name.family
    derived = derive_display_name(
        None,
        record.given_name,
        record.family_name,
        record.organization,
        record.emails[0].value if record.emails else "",
    )
    if formatted_name:
        if formatted_name != derived:
            record.display_name_override = formatted_name
    elif prefix or suffix:
        full = " ".join(p for p in (prefix, record.given_name, family, suffix) if p)
        if full != derived:
            record.display_name_override = full


# ---------------------------------------------------------------------------- the fast reading

# What the fast reading does with a property, by name (see _fast_head).
_F_SKIP, _F_TEL, _F_EMAIL, _F_FN, _F_N, _F_VERSION, _F_UID, _F_NOTE, _F_BDAY = range(9)
_F_ORG, _F_TITLE, _F_ADR, _F_CATEGORIES, _F_REV, _F_KIND, _F_REPEATED = range(9, 16)
_F_ABLABEL, _F_CAREFUL, _F_REFUSED = 16, 17, 18
_FAST_CODES = {
    "TEL": _F_TEL, "EMAIL": _F_EMAIL, "FN": _F_FN, "N": _F_N, "VERSION": _F_VERSION,
    "UID": _F_UID, "NOTE": _F_NOTE, "BDAY": _F_BDAY, "ORG": _F_ORG, "TITLE": _F_TITLE,
    "ADR": _F_ADR, "CATEGORIES": _F_CATEGORIES, "REV": _F_REV, "KIND": _F_KIND,
    "X-ABSHOWAS": _F_KIND, "NICKNAME": _F_REPEATED, "ROLE": _F_REPEATED,
    "URL": _F_REPEATED, "X-ABLABEL": _F_ABLABEL,
    # A photo may need a problem with its line: the card is read the careful way.
    "PHOTO": _F_CAREFUL, "X-MS-CARDPICTURE": _F_CAREFUL,
}  # fmt: skip
# Names after which the fast reading gives up on the file: a card delimiter where the
# fast reading does not look for one (a folded or lower-case one, text between cards),
# and an embedded card.
_FAST_REFUSED = {"BEGIN", "END", "AGENT"}
_BEGIN = b"BEGIN:VCARD"
_PLAIN_VERSIONS = ("VERSION:3.0", "VERSION:4.0")
_END_LINE = b"\nEND:VCARD\n"
_END_CRLF = b"\r\nEND:VCARD\r\n"
# A line of blanks alone (a card's text ends without its line end), and a line holding
# no more than a property name before a fold (the plain pass's _NEEDS_CAREFUL_LINE for
# them). One character class each: linear.
_BLANK_LINE_IN_CARD = re.compile(rb"\n[ \t]+(?:\n|\Z)")
_NAME_BEFORE_FOLD = re.compile(rb"\n[A-Za-z0-9\-_.]*\n[ \t]")
_PROPERTY_START_TEXT = re.compile(r"[A-Za-z0-9\-_.]+[;:,]")


class _Outcome(enum.Enum):
    """What a card's fast reading gives besides a record (or None, a card with nothing)."""

    CAREFUL = "careful"  # read this card the careful way (_RecordBuilder)
    REFUSED = "refused"  # read the whole file the way it was read before
    FOLDED = "folded"  # a line of the card is a fold: read it again with its folds undone


# The members as module names: a module name is read faster than a class attribute.
_CAREFUL: Final = _Outcome.CAREFUL
_REFUSED: Final = _Outcome.REFUSED
_FOLDED: Final = _Outcome.FOLDED


# A property head as the fast reading uses it: what to do, group, CHARSET, and a label,
# or (BDAY) ALTID and X-APPLE-OMIT-YEAR, or (NICKNAME, ROLE, URL) the key in ``extra``.
_FastHead = tuple[int, str, str, str, str]
_REFUSED_HEAD: _FastHead = (_F_REFUSED, "", "", "", "")
_MAX_FAST_HEADS = 4096  # distinct heads kept per file (an export has a few dozen)


def _fast_head(head: str) -> _FastHead | None:
    """How the fast reading takes a property with this head; None refuses the file."""
    if '"' in head or _PROPERTY_START_TEXT.match(head + ":") is None:
        return None  # the plain pass would refuse the file, or it is no property
    upper = head.upper()
    if "QUOTED-PRINTABLE" in upper or "LABEL=" in upper:
        # Soft line breaks, or a LABEL parameter that may hold colons: the careful reading
        # (_plain_text sends a file with either to it; found here, in the heads, where
        # they matter, not in the whole file lowered).
        return None
    parsed = _parse_head(head.encode("utf-8"))
    if parsed is None:
        return _F_SKIP, "", "", "", ""
    group, name, params = parsed
    if name in _FAST_REFUSED:
        return None
    code = _FAST_CODES.get(name, _F_SKIP)
    if code == _F_SKIP:
        return _F_SKIP, "", "", "", ""
    if "ENCODING" in params:
        code = _F_CAREFUL
    charsets = params.get("CHARSET")
    charset = charsets[0] if charsets else ""
    if code == _F_VERSION and charsets:
        code = _F_CAREFUL  # VERSION is read as ASCII, whatever it declares
    first = second = ""
    if code == _F_TEL:
        first = _types_label(tuple(params.get("TYPE", [])), "tel")
    elif code == _F_EMAIL:
        first = _types_label(tuple(params.get("TYPE", [])), "email")
    elif code == _F_ADR:
        first = _types_label(tuple(params.get("TYPE", [])), "adr")
    elif code == _F_BDAY:
        values = params.get("VALUE")
        if values and values[0].lower() == "text":
            code = _F_CAREFUL  # free text, not a date: a problem with its line
        altids = params.get("ALTID")
        first = altids[0] if altids else ""
        omit = params.get("X-APPLE-OMIT-YEAR")
        second = omit[0] if omit else ""
    elif code == _F_REPEATED:
        first = name.lower()
    elif code == _F_ABLABEL and not group:
        code = _F_SKIP
    return code, group, charset, first, second


def _fast_records(
    data: bytes, file_name: str, decoder: _Decoder, region: str | None
) -> tuple[list[ParsedRecord], list[ImportProblem]] | None:
    """The records and problems of a file written the plainest way, or None.

    What the plain pass and :class:`_RecordBuilder` give, without a :class:`_Property`
    per line: the file is split into cards at each END:VCARD, each card's text decoded
    at once (its folds undone first when a line of it is a fold), and each line is taken
    by what its head (looked at once per distinct head) says. A card with anything that
    may need a problem with a line (a photo, a date that is no date, a second birthday, a
    declared encoding) is read the careful way, with the plain pass's properties; a file
    with anything the plain pass would not read (see :func:`_plain_cards`), text between
    the cards, an undecodable card or a line the fast reading does not expect gives None,
    and is read as before. Tests compare both on every file we have and on many variants.

    Nothing here looks at the whole file more than once or twice (issue 21: each look at
    a 29 MB file, a copy with LF line ends, a lowered copy, a search for folds or blank
    lines, cost 20-60 ms, a fifth of the reading): line ends are made LF a card at a time,
    a card's folds are looked for when one of its lines starts with a blank, and
    QUOTED-PRINTABLE, LABEL= and AGENT are found in the heads (see :func:`_fast_head`),
    where they matter; anywhere else they change nothing."""
    if data.find(b"\n") == -1:
        return None  # no line feed at all (classic Mac OS): the careful reading splits at CR
    # A CR anywhere: the cards are split at CR LF line ends, and each card's CR LFs are
    # made LF; a CR left after that (a bare one, or CR CR LF) hands the file over.
    crlf = data.find(b"\r") != -1
    end_line = _END_CRLF if crlf else _END_LINE
    # Each piece: the blank lines before a card, BEGIN:VCARD and the card's lines; the
    # last one what follows the last END:VCARD (blank lines at most).
    pieces = data.split(end_line)
    last_end = end_line[: end_line.rfind(b"D") + 1]  # END:VCARD at the very end of the file
    if pieces[-1].endswith(last_end):
        pieces[-1] = pieces[-1][: -len(last_end)]
        pieces.append(b"")
    tail = pieces.pop()
    if (tail.replace(b"\r\n", b"\n") if crlf else tail).strip(b"\n"):
        return None  # a card cut off, or text after the last one
    heads: dict[str, _FastHead] = {}
    records: list[ParsedRecord] = []
    problems: list[ImportProblem] = []
    # The fast cards' phone numbers, normalized at the end a column at a time (as the
    # CSV reader does): one by one they were a quarter of the reading.
    phones: list[PhoneEntry] = []
    legacy = False  # the version of the card before (2.1 or not): the likely one
    line = 1  # the line the next piece starts on
    for piece in pieces:
        if crlf:
            piece = piece.replace(b"\r\n", b"\n")
            if piece.find(b"\r") != -1:
                return None  # a CR that ends no line (the careful reading keeps it)
        if not piece.startswith(_BEGIN):
            card_start = piece.lstrip(b"\n")
            if not card_start.startswith(_BEGIN):
                return None  # text before or between the cards, or an END alone
            line += len(piece) - len(card_start)
            piece = card_start
        if len(piece) > MAX_LINE_BYTES:
            return None
        if piece[11:12] != b"\n" and len(piece) != 11:
            return None  # BEGIN:VCARDx
        written = piece  # as written, folds and all: for the careful way
        try:
            outcome, legacy, line_ends = _fast_piece(piece, heads, legacy, decoder, line)
        except UnicodeDecodeError:
            outcome = _FOLDED  # undecodable as it stands: a fold may split a character
        if outcome is _FOLDED:
            if (
                _NAME_BEFORE_FOLD.search(piece) is not None
                or piece[12:13] in (b" ", b"\t")
                or piece.find(b"\n\n ") != -1
                or piece.find(b"\n\n\t") != -1
                or _BLANK_LINE_IN_CARD.search(piece) is not None
            ):
                # A fold inside a property name, after BEGIN:VCARD or after an empty
                # line, or a line of blanks alone.
                return None
            line_ends = piece.count(b"\n")
            piece = piece.replace(b"\n ", b"").replace(b"\n\t", b"")
            try:
                outcome, legacy, _ = _fast_piece(piece, heads, legacy, decoder, line)
            except UnicodeDecodeError:
                return None
            if outcome is _FOLDED:
                return None  # cannot be: no line starts with a blank now
        if outcome is _REFUSED:
            return None
        if outcome is _CAREFUL:
            cards = _plain_split(written + _END_LINE, line)
            if cards is None or len(cards) != 1:
                return None
            builder = _RecordBuilder(cards[0], file_name, decoder, region)
            parsed = builder.build()
            problems.extend(cards[0].problems)
            problems.extend(builder.problems)
            if parsed is not None:
                records.append(parsed)
        elif outcome is None:
            problems.append(
                ImportProblem(
                    file_name,
                    line,
                    "card has no name, organization, e-mail or phone number; skipped",
                    True,
                )
            )
        else:
            records.append(outcome)
            if outcome.record.phones:
                phones += outcome.record.phones
        line += line_ends + 2  # the card's lines, END:VCARD and its line end
    normalized = normalize_phones([phone.value for phone in phones], region)
    for phone, number in zip(phones, normalized, strict=True):
        phone.normalized = number
    return records, problems


def _fast_piece(
    piece: bytes, heads: dict[str, _FastHead], legacy: bool, decoder: _Decoder, card_line: int
) -> tuple[ParsedRecord | _Outcome | None, bool, int]:
    """:func:`_fast_card` of one card's text (LF line ends, BEGIN:VCARD first, no
    END:VCARD), and the number of its line ends; UnicodeDecodeError when the text is not
    UTF-8."""
    lines = piece.decode("utf-8").split("\n")
    line_ends = len(lines) - 1
    if len(lines) > 1 and lines[1] in _PLAIN_VERSIONS:
        # Nearly every card's first line, and what a card without VERSION is read as.
        del lines[:2]
    else:
        del lines[0]  # BEGIN:VCARD
    # A backslash byte is a backslash in UTF-8 (never part of another character), and
    # the bytes are searched faster than the text.
    escapes = piece.find(b"\\") != -1
    return (*_fast_card(lines, escapes, heads, legacy, decoder, card_line), line_ends)


def _fast_card(
    lines: list[str],
    escapes: bool,
    heads: dict[str, _FastHead],
    legacy: bool,
    decoder: _Decoder,
    card_line: int,
) -> tuple[ParsedRecord | _Outcome | None, bool]:
    """One card's record (None: nothing to keep) as :meth:`_RecordBuilder.build` makes
    it, read as vCard 2.1 when ``legacy``; and whether the card is 2.1. A card whose
    version is not the one guessed is read again. ``escapes``: whether a backslash is in
    the card (when not, :func:`unescape_text` would give every value as it is)."""
    version = "2.1" if legacy else "3.0"
    card_legacy = False  # no VERSION: 3.0
    formatted_name = ""
    name_parts: list[str] | None = None
    organization = ""
    job_title = ""
    emails: list[EmailEntry] = []
    phones: list[PhoneEntry] = []
    addresses: list[AddressEntry] = []
    birthday: Birthday | None = None
    birthday_altid: str | None = None
    notes: list[str] = []
    tags: list[str] = []
    tags_seen: set[str] | None = None  # the containers few cards need: made when needed
    uid: str | None = None
    extra: dict[str, str] = {}
    repeated: dict[str, list[str]] | None = None
    is_company = False
    labels: dict[str, str] | None = None
    grouped: list[tuple[EmailEntry | PhoneEntry | AddressEntry, str]] | None = None
    for text in lines:
        head, colon, value = text.partition(":")
        if not colon or not head:
            if text:
                # No value, or no name; unless a fold brings them (TEL;TY\n PE=CELL:1).
                return _refused_unless_folded(lines), legacy
            continue  # an empty line
        try:
            code, group, charset, first, second = heads[head]
        except KeyError:
            if head[:1] in (" ", "\t"):
                return _FOLDED, legacy  # never kept in heads: the line is a fold
            if len(heads) >= _MAX_FAST_HEADS:
                return _REFUSED, legacy  # a file of odd heads: memory, not speed, counts
            info = heads[head] = _fast_head(head) or _REFUSED_HEAD
            code, group, charset, first, second = info
        if code == _F_SKIP:
            continue
        if charset and not value.isascii():
            value = decoder.decode(value.encode("utf-8"), charset)
            if "\r" in value:
                value = value.replace("\r\n", "\n").replace("\r", "\n")
            escapes = True  # a backslash or a line end may have come with the charset
        # Ordered by how often each comes: a phone, an e-mail, the names.
        if code == _F_TEL:
            value = unescape_text(value, version).strip() if escapes else value.strip()
            if value[:1] in ("t", "T") and value.lower().startswith("tel:"):
                value = value[4:].strip()
            if escapes and "\n" in value:
                value = value.replace("\n", " ").strip()
            if value:
                phone = PhoneEntry(value, first)  # normalized in _fast_records
                phones.append(phone)
                if group:
                    grouped = (grouped or []) + [(phone, group)]
        elif code == _F_EMAIL:
            value = unescape_text(value, version).strip() if escapes else value.strip()
            if value[:1] in ("m", "M") and value.lower().startswith("mailto:"):
                value = value[7:]
            if value:
                email = EmailEntry(value, first)
                emails.append(email)
                if group:
                    grouped = (grouped or []) + [(email, group)]
        elif code == _F_FN:
            if not formatted_name:
                if escapes:
                    formatted_name = unescape_text(value, version).strip().replace("\n", " ")
                else:
                    formatted_name = value.strip()
        elif code == _F_N:
            if name_parts is None:
                if escapes:
                    name_parts = [
                        unescape_text(part, version).strip() for part in split_unescaped(value, ";")
                    ]
                else:
                    name_parts = list(map(str.strip, value.split(";")))
        elif code == _F_UID:
            if uid is None:
                uid = (unescape_text(value, version) if escapes else value).strip() or None
        elif code == _F_VERSION:
            if not value.isascii():
                return _careful(lines, heads), legacy
            card_legacy = (value.strip() or "3.0").startswith("2")
        elif code == _F_NOTE:
            value = unescape_text(value, version).strip() if escapes else value.strip()
            if value:
                notes.append(value)
        elif code == _F_BDAY:
            altid = first or None
            if birthday is not None:
                if altid is None or altid != birthday_altid:
                    return _careful(lines, heads), legacy  # a second BDAY: a problem
                continue
            value = unescape_text(value, version).strip() if escapes else value.strip()
            try:
                birthday = _vcard_date(value, second)
            except ValueError:
                return _careful(lines, heads), legacy  # not a date: a problem with its line
            birthday_altid = altid
        elif code == _F_ORG:
            if not organization:
                if escapes:
                    organization = _components(value, version)[0]
                else:
                    organization = value.partition(";")[0].strip()
        elif code == _F_TITLE:
            if not job_title:
                job_title = unescape_text(value, version).strip() if escapes else value.strip()
        elif code == _F_CATEGORIES:
            if tags_seen is None:
                tags_seen = set()
            for tag in (unescape_text(value, "3.0") if escapes else value).split(","):
                tag = tag.strip()
                if tag and tag not in tags_seen:
                    tags_seen.add(tag)
                    tags.append(tag)
        elif code == _F_ADR:
            parts = _components(value, version) + [""] * 7
            po_box, extended, street, city, part_region, postal_code, country = parts[:7]
            street_lines = [part for part in (po_box, extended, street) if part]
            # By position: label, street, city, region, postal_code, country.
            address = AddressEntry(
                first, "\n".join(street_lines), city, part_region, postal_code, country
            )
            if not address.is_empty():
                addresses.append(address)
                if group:
                    grouped = (grouped or []) + [(address, group)]
        elif code == _F_REV:
            extra["rev"] = unescape_text(value, version).strip()
        elif code == _F_KIND:
            if unescape_text(value, version).strip().lower() in ("org", "company"):
                is_company = True
        elif code == _F_REPEATED:
            value = unescape_text(value, version).strip()
            if value:
                if repeated is None:
                    repeated = {}
                repeated.setdefault(first, []).append(value)
        elif code == _F_ABLABEL:
            if labels is None:
                labels = {}
            labels[group] = label_from_ablabel(unescape_text(value, version).strip())
        elif code == _F_REFUSED:
            return _REFUSED, legacy
        else:
            return _careful(lines, heads), legacy
    if card_legacy != legacy:
        # Values were read as the version before; read them again as this card's.
        outcome, _ = _fast_card(lines, escapes, heads, card_legacy, decoder, card_line)
        return outcome, card_legacy
    if repeated:
        for key, values in repeated.items():
            extra[key] = "\n".join(values)
    if labels and grouped:
        for entry, group in grouped:
            label = labels.get(group)
            if label:
                entry.label = label
    notes_text = "\n\n".join(notes) if notes else ""
    if formatted_name and name_parts is not None:
        # _apply_names for a card with both N and FN (nearly every one), with
        # derive_display_name written out: FN is the name shown, kept as an override
        # when the names would show otherwise. Tests compare it with _apply_names.
        family = name_parts[0]
        given = name_parts[1] if len(name_parts) > 1 else ""
        middle = name_parts[2] if len(name_parts) > 2 else ""
        given_name = (given + " " + middle if middle else given) if given else middle
        given_shown = given_name.strip()
        family_shown = family.strip()
        derived = (
            (given_shown + " " + family_shown if family_shown else given_shown)
            if given_shown
            else family_shown
        ) or organization.strip()
        if not derived and emails:
            derived = emails[0].value.strip()
        # By position, in the order of ContactRecord's fields (keywords take twice as
        # long); given_name, family_name, display_name_override, organization,
        # job_title, emails, phones, addresses, birthday, photo, source, notes, tags,
        # expected_value_cents, uid.
        record = ContactRecord(
            given_name,
            family,
            formatted_name if formatted_name != derived else None,
            organization,
            job_title,
            emails,
            phones,
            addresses,
            birthday,
            None,
            "",
            notes_text,
            tags,
            None,
            uid,
        )
        # FN is stripped and not empty: the record has a name to show.
        return ParsedRecord(record, card_line, extra), legacy
    record = ContactRecord(
        organization=organization,
        job_title=job_title,
        emails=emails,
        phones=phones,
        addresses=addresses,
        birthday=birthday,
        notes=notes_text,
        tags=tags,
        uid=uid,
    )
    _apply_names(record, name_parts, formatted_name, is_company)
    if not (record.display_name or phones or emails):
        return None, legacy
    return ParsedRecord(record, card_line, extra), legacy


def _refused_unless_folded(lines: list[str]) -> _Outcome:
    """REFUSED for a card with a line that has no name or no value, but FOLDED when a
    line of it is a fold: its folds undone, that line may have both."""
    for text in lines:
        if text[:1] in (" ", "\t"):
            return _FOLDED
    return _REFUSED


def _careful(lines: list[str], heads: dict[str, _FastHead]) -> _Outcome:
    """CAREFUL for a card the fast reading hands over, unless a line of it (looked at
    the way :func:`_fast_card` does) refuses the whole file."""
    for text in lines:
        if text:
            if text[:1] in (" ", "\t"):
                return _FOLDED
            colon = text.find(":")
            if colon <= 0:
                return _refused_unless_folded(lines)
            head = text[:colon]
            if head not in heads:
                if len(heads) >= _MAX_FAST_HEADS:
                    return _REFUSED
                heads[head] = _fast_head(head) or _REFUSED_HEAD
            if heads[head][0] == _F_REFUSED:
                return _REFUSED
    return _CAREFUL


def _components(value: str, version: str) -> list[str]:
    """The parts of a compound value (N, ADR), unescaped and stripped: both readings."""
    if "\\" not in value:
        return [part.strip() for part in value.split(";")]
    return [unescape_text(part, version).strip() for part in split_unescaped(value, ";")]
