"""One entry point for every contact file: the format comes from the content, never
from the file name (a ``.csv`` that is really a vCard still imports)."""

from __future__ import annotations

import os
import re
from pathlib import Path

from prospectdesk.domain.io.base import (
    MAX_FILE_BYTES,
    FileTooLargeError,
    NotAContactFileError,
    ParseResult,
)
from prospectdesk.domain.io.csv_read import (
    ColumnMapping,
    check_column_limit,
    looks_like_csv,
    read_csv,
)
from prospectdesk.domain.io.text import detect_encoding

_VCARD_START = re.compile(r"^\s*BEGIN\s*:\s*VCARD", re.IGNORECASE | re.MULTILINE)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")


def sniff_format(data: bytes, file_name: str = "") -> str:
    """``"vcard"`` or ``"csv"``; raise NotAContactFileError for anything else."""
    if not data.strip():
        raise NotAContactFileError(f"{file_name or 'the file'} is empty")
    encoding = detect_encoding(data)
    head = data[: 1024 * 1024].decode(encoding, errors="replace").removeprefix("\ufeff")
    # Binary files (images, archives, random bytes) hold control characters text never has.
    sample = head[:8192]
    if len(_CONTROL.findall(sample)) > max(2, len(sample) // 200) or "\ufffd" * 4 in sample:
        raise NotAContactFileError(
            f"{file_name or 'the file'} is not a contact file: it holds binary data, "
            "not vCard or CSV text"
        )
    if _VCARD_START.search(head[:65536]):
        return "vcard"
    if "BEGIN:VCALENDAR" in head[:4096].upper():
        raise NotAContactFileError(
            f"{file_name or 'the file'} is a calendar (iCalendar), not a contact file"
        )
    check_column_limit(head, file_name or "the file")
    if looks_like_csv(head):
        return "csv"
    raise NotAContactFileError(
        f"{file_name or 'the file'} is not a contact file: it is neither vCard "
        "(BEGIN:VCARD) nor a CSV table with a header row"
    )


def load_bytes(path_or_bytes: bytes | str | os.PathLike[str], file_name: str = "") -> bytes:
    """The file's bytes, refusing files beyond :data:`MAX_FILE_BYTES` before reading them."""
    if isinstance(path_or_bytes, bytes):
        data = path_or_bytes
    else:
        path = Path(path_or_bytes)
        try:
            size = path.stat().st_size
        except OSError as error:
            raise NotAContactFileError(f"{path.name}: {error.strerror or error}") from error
        if size > MAX_FILE_BYTES:
            raise FileTooLargeError(
                f"{path.name} is {size // (1024 * 1024)} MB; the limit is "
                f"{MAX_FILE_BYTES // (1024 * 1024)} MB"
            )
        try:
            data = path.read_bytes()
        except OSError as error:  # a folder, no permission, a vanished file
            raise NotAContactFileError(f"{path.name}: {error.strerror or error}") from error
    if len(data) > MAX_FILE_BYTES:
        raise FileTooLargeError(
            f"{file_name or 'the file'} is {len(data) // (1024 * 1024)} MB; the limit is "
            f"{MAX_FILE_BYTES // (1024 * 1024)} MB"
        )
    return data


def read_contact_file(
    path_or_bytes: bytes | str | os.PathLike[str],
    file_name: str = "",
    *,
    mapping: ColumnMapping | None = None,
    region: str | None = None,
) -> ParseResult:
    """Read any contact file. ``mapping`` applies to CSV only (the dialog's choice)."""
    if not file_name and not isinstance(path_or_bytes, bytes):
        file_name = Path(path_or_bytes).name
    data = load_bytes(path_or_bytes, file_name)
    kind = sniff_format(data, file_name)
    if kind == "vcard":
        from prospectdesk.domain.io.vcard_read import read_vcards

        result = read_vcards(data, file_name, region=region)
        if not result.records and not result.problems:
            raise NotAContactFileError(f"{file_name} holds no vCard that could be read")
        return result
    return read_csv(data, file_name, mapping, region=region)
