"""One entry point for every contact file: the format comes from the content, never
from the file name (a ``.csv`` that is really a vCard still imports)."""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

from prospectdesk.clock import Clock
from prospectdesk.domain.io.base import (
    MAX_FILE_BYTES,
    FileTooLargeError,
    NotAContactFileError,
    ParseResult,
    without_cyclic_gc,
)
from prospectdesk.domain.io.csv_dialect import row_starts_with
from prospectdesk.domain.io.csv_read import (
    ColumnMapping,
    check_column_limit,
    looks_like_csv,
    read_csv,
    streamed_records,
)
from prospectdesk.domain.io.text import detect_encoding, unicode_form

_VCARD_START = re.compile(r"^\s*BEGIN\s*:\s*VCARD", re.IGNORECASE | re.MULTILINE)
_VCARD_FIRST = re.compile(r"BEGIN\s*:\s*VCARD")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")


def sniff_format(data: bytes, file_name: str = "") -> str:
    """``"vcard"`` or ``"csv"``; raise NotAContactFileError for anything else."""
    if not data or data.isspace():  # not data.strip(): that copies the whole file
        raise NotAContactFileError(f"{file_name or 'the file'} is empty")
    encoding = detect_encoding(data)
    head = data[: 1024 * 1024].decode(encoding, errors="replace").removeprefix("\ufeff")
    return _format_of(head, file_name)


def _format_of(head: str, file_name: str) -> str:
    """:func:`sniff_format` of the file whose first megabyte decodes to ``head``."""
    # Binary files (images, archives, random bytes) hold control characters text never has.
    sample = head[:8192]
    if len(_CONTROL.findall(sample)) > max(2, len(sample) // 200) or "\ufffd" * 4 in sample:
        raise NotAContactFileError(
            f"{file_name or 'the file'} is not a contact file: it holds binary data, "
            "not vCard or CSV text"
        )
    # Structure, not a substring: a vCard file starts with BEGIN:VCARD; a CSV whose Notes
    # cell holds a pasted card is still a CSV.
    first_line = head.lstrip(" \t\r\n\ufeff")[:64].upper()
    if first_line.startswith("BEGIN:VCARD") or _VCARD_FIRST.match(first_line):
        return "vcard"
    if first_line.startswith("BEGIN:VCALENDAR"):
        raise NotAContactFileError(
            f"{file_name or 'the file'} is a calendar (iCalendar), not a contact file"
        )
    check_column_limit(head, file_name or "the file")
    cards_later = _VCARD_START.search(head[:65536]) is not None
    if looks_like_csv(head) and not (cards_later and row_starts_with(head, "BEGIN:VCARD")):
        return "csv"
    if cards_later:
        return "vcard"  # cards after some text (a mail header, a comment)
    if "BEGIN:VCALENDAR" in head[:4096].upper():
        raise NotAContactFileError(
            f"{file_name or 'the file'} is a calendar (iCalendar), not a contact file"
        )
    raise NotAContactFileError(
        f"{file_name or 'the file'} is not a contact file: it is neither vCard "
        "(BEGIN:VCARD) nor a CSV table with a header row"
    )


def load_bytes(path_or_bytes: bytes | str | os.PathLike[str], file_name: str = "") -> bytes:
    """The file's bytes. Only regular files are read (a device such as ``/dev/zero`` never
    ends, a FIFO blocks forever), and the size limit is checked before reading, then
    enforced while reading (a file that grows meanwhile)."""
    if isinstance(path_or_bytes, bytes):
        data = path_or_bytes
    else:
        path = Path(path_or_bytes)
        try:
            info = os.stat(path)
        except OSError as error:
            raise NotAContactFileError(f"{path.name}: {error.strerror or error}") from error
        if not stat.S_ISREG(info.st_mode):
            raise NotAContactFileError(
                f"{path.name} is not a regular file (a folder, a device or a pipe); only "
                "files can be imported"
            )
        _check_size(info.st_size, path.name)
        try:
            # O_NONBLOCK: a FIFO swapped in after the check must not block the open.
            # O_BINARY: on Windows a descriptor is opened in text mode (CRLF changed).
            flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
            descriptor = os.open(path, flags)
            with os.fdopen(descriptor, "rb") as handle:
                if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                    raise NotAContactFileError(f"{path.name} is not a regular file")
                data = handle.read(MAX_FILE_BYTES + 1)
        except OSError as error:  # no permission, a vanished file
            raise NotAContactFileError(f"{path.name}: {error.strerror or error}") from error
    _check_size(len(data), file_name or "the file")
    return data


def _check_size(size: int, name: str) -> None:
    if size > MAX_FILE_BYTES:
        raise FileTooLargeError(
            f"{name} is {size // (1024 * 1024)} MB or more; the limit is "
            f"{MAX_FILE_BYTES // (1024 * 1024)} MB"
        )


def read_contact_file(
    path_or_bytes: bytes | str | os.PathLike[str],
    file_name: str = "",
    *,
    mapping: ColumnMapping | None = None,
    region: str | None = None,
    clock: Clock | None = None,
) -> ParseResult:
    """Read any contact file. ``mapping`` applies to CSV only (the dialog's choice);
    ``clock`` places two-digit birth years (the system clock when None)."""
    if not file_name and not isinstance(path_or_bytes, bytes):
        file_name = Path(path_or_bytes).name
    data = load_bytes(path_or_bytes, file_name)
    read = _read_utf8_csv(data, file_name, mapping, region=region, clock=clock)
    if isinstance(read, ParseResult):
        return read
    kind = sniff_format(data, file_name)
    if kind == "vcard":
        return read_sniffed_vcards(data, file_name, region=region)
    # Not read from its bytes again where that stopped already (a file not UTF-8 after
    # all was read by the csv module up to its first other byte, maybe its last).
    return read_csv(
        data, file_name, mapping, region=region, clock=clock, stream=read is not _STOPPED
    )


class _Stopped:
    """What :func:`_read_utf8_csv` gives where it read the file from its bytes and that
    gave nothing (not UTF-8 after all, a value over the size limit): read_csv's reading
    from the bytes would give nothing again."""


_STOPPED = _Stopped()


def read_sniffed_vcards(data: bytes, file_name: str, *, region: str | None) -> ParseResult:
    """:func:`read_contact_file` of bytes :func:`sniff_format` found to be vCard, without
    sniffing them again (a look at the whole file: ~5% of reading a 20k file). Such bytes
    are never read as a CSV there (:func:`_read_utf8_csv` gives None for them)."""
    from prospectdesk.domain.io.vcard_read import read_vcards

    result = read_vcards(data, file_name, region=region)
    if not result.records and not result.problems:
        raise NotAContactFileError(f"{file_name} holds no vCard that could be read")
    return result


@without_cyclic_gc  # one pause for the table and its records, as read_csv
def _read_utf8_csv(
    data: bytes,
    file_name: str,
    mapping: ColumnMapping | None,
    *,
    region: str | None,
    clock: Clock | None,
) -> ParseResult | _Stopped | None:
    """:func:`read_csv` of a file whose start, read as UTF-8, is a CSV table
    (:func:`sniff_format`), when its reading from the bytes proves it UTF-8 throughout
    (:func:`streamed_records`): sniff_format decodes the whole file first to know that
    (~40 ms at 100,000 rows). :data:`_STOPPED` where that reading gave nothing, None for
    any other file (sniff_format and read_csv decide both)."""
    if not data or data.isspace() or unicode_form(data) is not None:
        return None
    if data[:64].lstrip(b" \t\r\n").upper().startswith(b"BEGIN:"):
        return None  # a vCard (or a calendar): no need to look further here
    # sniff_format's start of a UTF-8 file (detect_encoding: "utf-8").
    head = data[: 1024 * 1024].decode("utf-8", errors="replace")
    try:
        if _format_of(head, file_name) != "csv":
            return None
    except (NotAContactFileError, FileTooLargeError):
        return None  # what the whole file's encoding says
    read = streamed_records(data, file_name, mapping, region=region, clock=clock)
    return read if read is not None else _STOPPED
