"""Finding the table in a CSV file: its code page, its delimiter, its header row and the
physical line each row starts on. Nothing here knows what a column means beyond asking
:mod:`csv_layouts` whether a header names a known field.
"""

from __future__ import annotations

import csv
import functools
import io
import operator
import re
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import compress, islice, repeat
from operator import itemgetter
from typing import TYPE_CHECKING, NamedTuple

from prospectdesk.domain.io.base import (
    MAX_CSV_COLUMNS,
    MAX_LINE_BYTES,
    FileTooLargeError,
    ImportProblem,
    NotAContactFileError,
    without_cyclic_gc,
)
from prospectdesk.domain.io.csv_layouts import (
    ColumnMapping,
    detect_layout,
    field_for_header,
    guess_mapping,
)
from prospectdesk.domain.io.text import decode_file, unicode_form

if TYPE_CHECKING:
    from _csv import Reader as CsvReader

_NOTE_PREAMBLE = re.compile(r"^\s*notes?:\s*$", re.IGNORECASE)
# A cell a writer escaped against formula injection starts with one of these (csv_read).
_FORMULA_ESCAPE = re.compile(r"'[=+\-@]")


@dataclass
class CsvTable:
    """A CSV file split into rows, before any mapping: what the import dialog previews."""

    file_name: str
    encoding: str
    delimiter: str
    header_line: int  # 1-based physical line of the header row
    headers: list[str]
    rows: list[tuple[int, list[str]]]  # (1-based physical line, cells)
    layout: str  # "google", "outlook", "thunderbird", "linkedin", "apple" or "generic"
    mapping: ColumnMapping
    problems: list[ImportProblem] = field(default_factory=list)
    # False when no cell can start with an escaped formula ("'=", "'+", "'-", "'@"): the
    # file has none of them anywhere, so the reader need not look at every cell for one.
    formula_escapes: bool = True


# -- splitting the file into rows ----------------------------------------------------------------

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")


def _physical_lines(text: str) -> Iterator[str]:
    # CR CR LF comes from a CRLF file passed through a second CRLF conversion: one break.
    text = text.replace("\r\r\n", "\r\n")
    for match in _LINE.finditer(text):
        if match.group(0):
            yield match.group(0)


def _rows(text: str, delimiter: str) -> list[tuple[int, list[str], str]]:
    """``(first physical line, cells, problem)``; ``problem`` is "" for a good row, else
    why the row was not read: cut off inside a quoted field (a truncated file), a stray
    quote that would swallow the rows after it, or a value beyond the size limit. After a
    stray quote or an oversized value the reading goes on at the row's next line, so
    one bad row costs one row."""
    return _rows_of_lines(_split_lines(text), delimiter)


def _rows_of_lines(
    lines: list[str], delimiter: str, *, careful: bool = False
) -> list[tuple[int, list[str], str]]:
    """:func:`_rows` of a text split into its lines (:func:`_split_lines`). ``careful``:
    the quick reading (:func:`_clean_rows`) is known to refuse these lines."""
    csv.field_size_limit(MAX_LINE_BYTES)
    fast = None if careful else _clean_rows(lines, delimiter)
    if fast is not None:
        return fast
    reader = csv.reader(iter(lines), delimiter=delimiter, strict=False)
    rows: list[tuple[int, list[str], str]] = []
    offset = 0  # index in ``lines`` where ``reader`` started
    start = 1  # physical line where the next row starts
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error:  # a value over field_size_limit
            rows.append((start, [], _too_long()))
            offset = start
            reader = _reader_from(lines, offset, delimiter)
            start = offset + 1
            continue
        end = offset + reader.line_num
        if end > start and (
            end - start >= MAX_QUOTED_LINES
            or (end == len(lines) and _runaway(lines, start, delimiter, rows))
        ):
            cut = _cut_at_line_end(lines[start - 1], delimiter)
            rows.append((start, cut, STRAY_QUOTE_CUT) if cut else (start, [], _STRAY_QUOTE))
            offset = start
            reader = _reader_from(lines, offset, delimiter)
            start = offset + 1
            continue
        if "\r" in "".join(cells):  # line breaks inside a quoted value
            cells = [c.replace("\r\n", "\n").replace("\r", "\n") for c in cells]
        rows.append((start, cells, ""))
        start = end + 1
    if rows and not rows[-1][2] and lines and _unclosed_quote(lines[rows[-1][0] - 1 :], delimiter):
        rows[-1] = (rows[-1][0], rows[-1][1], _CUT_OFF)
    return rows


def _split_lines(text: str) -> list[str]:
    """:func:`_physical_lines` as a list, split in C: a StringIO with ``newline=""`` breaks
    at CR LF, CR and LF and keeps each break, as the pattern does. ``str.splitlines``
    does the same twice as fast, but also breaks at other characters (form feed, U+2028,
    ...): its lines are taken when none of those broke one (every line but the last ends
    in CR or LF; without a CR, as many lines as LFs)."""
    lines: list[str]
    if "\r" in text:  # a search for one character: quick, and a Unix file has none
        text = text.replace("\r\r\n", "\r\n")
        lines = text.splitlines(keepends=True)
        clean = all(map(str.endswith, lines[:-1], repeat(("\n", "\r"))))
    else:
        lines = text.splitlines(keepends=True)
        clean = len(lines) == text.count("\n") + (not text.endswith("\n"))
    return lines if clean else io.StringIO(text, newline="").readlines()


def _clean_rows(lines: list[str], delimiter: str) -> list[tuple[int, list[str], str]] | None:
    """What :func:`_rows` gives for a file without a problem row, read by the csv module in
    one call (a tenth of the time of a Python loop asking for each row); None when the
    file needs the careful reading: a value over the size limit, a row spanning many
    lines (a stray quote?) or ending the file over several (cut off?), or any row whose
    line breaks do not add up to the file's lines."""
    try:
        table = list(csv.reader(lines, delimiter=delimiter, strict=False))
    except csv.Error:
        return None
    return _counted_rows(table, len(lines), lambda count: lines[len(lines) - count :], delimiter)


def _counted_rows(
    table: list[list[str]],
    line_count: int,
    last_lines: Callable[[int], list[str]],
    delimiter: str,
) -> list[tuple[int, list[str], str]] | None:
    """:func:`_clean_rows` of ``table``, the csv module's rows of ``line_count`` physical
    lines; ``last_lines(n)`` gives the file's last ``n`` lines (the last row's, to see
    whether it ends inside a quoted value)."""
    rows = _spanned_rows(table, line_count, 1)
    if rows is None or (rows and not _ends_cleanly(rows[-1][0], line_count, last_lines, delimiter)):
        return None
    return rows


def _spanned_rows(
    table: list[list[str]], line_count: int, first_line: int
) -> list[tuple[int, list[str], str]] | None:
    """The rows of :func:`_counted_rows` for ``table``, the csv module's rows of
    ``line_count`` physical lines from ``first_line`` on (the whole file, or a piece of
    it), without the test of the file's last row; None when they need the careful
    reading (see :func:`_clean_rows`)."""
    spanned = _spanned_piece(table, line_count, first_line)
    return None if spanned is None else list(zip(spanned.lines, spanned.rows, repeat("")))


class RowPiece(NamedTuple):
    """Rows of a table as the csv module read them, none with a problem: the physical
    line each starts on and its cells, a line break inside a value as LF. Its blank rows
    are still in it (:func:`filled_rows` leaves them out, as the records' reading does)."""

    lines: Sequence[int]  # a range where no row spans lines (nearly every piece)
    rows: list[list[str]]


def _spanned_piece(table: list[list[str]], line_count: int, first_line: int) -> RowPiece | None:
    """:func:`_spanned_rows` as a :class:`RowPiece` (``table`` its rows, changed where a
    value holds a CR): two lists of a piece's rows, not a tuple per row."""
    if len(table) == line_count:
        # As many rows as lines: no row spans two (a line break inside a quoted value
        # would make fewer rows), so row n is line n and holds no line break.
        return RowPiece(range(first_line, first_line + len(table)), table)
    lines: list[int] = []
    start = first_line
    for index, cells in enumerate(table):
        joined = "".join(cells)
        if "\r" in joined or "\n" in joined:  # line breaks inside a quoted value
            span = 1 + joined.count("\n") + joined.count("\r") - joined.count("\r\n")
            if span >= MAX_QUOTED_LINES:
                return None
            if "\r" in joined:
                table[index] = [c.replace("\r\n", "\n").replace("\r", "\n") for c in cells]
        else:
            span = 1
        lines.append(start)
        start += span
    if start - first_line != line_count:
        return None
    return RowPiece(lines, table)


def _ends_cleanly(
    last_start: int, line_count: int, last_lines: Callable[[int], list[str]], delimiter: str
) -> bool:
    """Whether the file's last row, starting on line ``last_start`` of its
    ``line_count``, is one line that closes every quoted value it opens (else the
    careful reading says whether the file is cut off)."""
    return last_start == line_count and not _unclosed_quote(last_lines(1), delimiter)


def _streamable(data: bytes) -> bool:
    """Whether :func:`_streamed_pieces` may read ``data``: no byte-order mark or UTF-16/32
    form and no NUL (removed from the text first). Whether it is UTF-8, and whether it
    holds a CR CR LF (made one break first), the reading finds out."""
    return unicode_form(data) is None and b"\x00" not in data


class StreamStopped(Exception):
    """The reading of a file's bytes (:func:`_streamed_pieces`) cannot give its rows:
    ``whole`` True when the file is UTF-8 throughout and a row needs the careful reading
    of its text (see :func:`_clean_rows`), False when the reading stopped before the end
    (not UTF-8 after all, a value over the size limit, or a CR CR LF, which the text's
    reading makes one line break)."""

    def __init__(self, whole: bool) -> None:
        super().__init__(whole)
        self.whole = whole


# The rows of a file read from its bytes come this many at a time (see _streamed_pieces).
_STREAM_ROWS = 2048


def _streamed_pieces(data: bytes, delimiter: str) -> Iterator[RowPiece]:
    """:func:`_rows` of the text of ``data`` (:func:`_streamable`), read by the csv module
    straight from the bytes, decoded as it goes, as it reads a file, and given
    ``_STREAM_ROWS`` rows at a time: no text of the whole file, no list of its lines, and
    a reader that makes the records of each piece before the next is read keeps no cell
    it does not need (at 100,000 rows a quarter fewer pages to fault in, the freed cells'
    memory taken again by the next piece's, still in the processor's cache). Its lines
    break at CR LF, CR and LF, as :func:`_split_lines`. Raises :class:`StreamStopped`
    (after the pieces read so far) where the whole file's rows would need the careful
    reading or the reading stops (not UTF-8, a value over the size limit, a CR CR LF)."""
    csv.field_size_limit(MAX_LINE_BYTES)
    stream = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", newline="")
    reader = csv.reader(stream, delimiter=delimiter, strict=False)
    lines = 0  # physical lines read so far
    last_start = 0  # where the last row read starts
    looked_for_cr_cr_lf = False
    while True:
        try:
            table = list(islice(reader, _STREAM_ROWS))
        except (csv.Error, UnicodeDecodeError):
            raise StreamStopped(whole=False) from None
        if not table:
            break
        if not looked_for_cr_cr_lf and (len(table) != reader.line_num - lines or [] in table):
            # A CR CR LF is two line breaks here, one in the text's reading: outside a
            # quoted value the second makes an empty row, inside one a row spans lines.
            # Only a piece with either makes the bytes be searched, once (18 ms for a
            # 17 MB file, an eighth of the csv module's reading of it).
            if b"\r\r\n" in data:
                raise StreamStopped(whole=False)
            looked_for_cr_cr_lf = True
        piece = _spanned_piece(table, reader.line_num - lines, lines + 1)
        if piece is None:
            raise StreamStopped(whole=_reads_to_the_end(reader))
        lines, last_start = reader.line_num, piece.lines[-1]
        yield piece
    if last_start and not _ends_cleanly(
        last_start, lines, functools.partial(_last_lines, data), delimiter
    ):
        raise StreamStopped(whole=True)


def _reads_to_the_end(reader: CsvReader) -> bool:
    """Whether the rest of ``reader`` reads without an error (UTF-8, no value over the
    size limit): what :class:`StreamStopped` says of a file needing the careful reading."""
    try:
        deque(reader, 0)
    except (csv.Error, UnicodeDecodeError):
        return False
    return True


def _last_lines(data: bytes, count: int) -> list[str]:
    """The last ``count`` lines of the UTF-8 text ``data`` (as :func:`_split_lines` gives
    them), decoded from its end: a first line cut anywhere (inside a character, between
    CR and LF) is one more line, left out."""
    size = 4096
    while True:
        start = max(0, len(data) - size)
        lines = _split_lines(data[start:].decode("utf-8", errors="replace"))
        if start == 0 or len(lines) > count:
            return lines[len(lines) - count :]
        size *= 4


# A quoted value longer than this many lines is a stray quote, not a note.
MAX_QUOTED_LINES = 1000
_CUT_OFF = "the file ends inside a quoted value (is it cut off?); this row was not imported"
_STRAY_QUOTE = (
    "a quote opened on this row is never closed, so it would swallow the rows after it; "
    "this row was not imported, the rows after it were"
)
# Not fatal: the row is kept, its unclosed value cut at the end of its line.
STRAY_QUOTE_CUT = (
    "a quote opened on this row is never closed; its value was cut at the end of the line "
    "and the rows after it were read as rows"
)


def _too_long() -> str:
    size = MAX_LINE_BYTES // (1024 * 1024)
    limit = f"{size} MB" if size else f"{MAX_LINE_BYTES} bytes"
    return f"a value on this row is longer than {limit}; this row was not imported"


def _cut_at_line_end(line: str, delimiter: str) -> list[str]:
    """The cells of one physical line whose last quoted value is never closed: the value
    is closed at the end of the line (the next record boundary). [] when that fails."""
    try:
        cells = next(csv.reader([line.rstrip("\r\n") + '"'], delimiter=delimiter), [])
    except csv.Error:
        return []
    return cells


def _reader_from(lines: list[str], offset: int, delimiter: str) -> CsvReader:
    """A csv reader over ``lines[offset:]`` without copying them."""
    return csv.reader(map(lines.__getitem__, range(offset, len(lines))), delimiter=delimiter)


def _runaway(
    lines: list[str], start: int, delimiter: str, rows: list[tuple[int, list[str], str]]
) -> bool:
    """True when a quote opened on line ``start`` runs to the end of the file over lines
    that look like rows of their own (as many delimiters as the first row has), rather
    than over the lines of a note cut off by a truncated file."""
    if not _unclosed_quote(lines[start - 1 :], delimiter):
        return False
    width = len(rows[0][1]) if rows else 0
    if width < 2:
        return False
    following = lines[start : start + 200]
    row_like = sum(1 for line in following if line.count(delimiter) >= width - 1)
    return row_like * 2 >= len(following)


def _unclosed_quote(lines: list[str], delimiter: str) -> bool:
    """True when the last record opens a quoted field it never closes. Jumps from quote
    to quote (str.find), so a long remainder costs little."""
    text = "".join(lines)
    length = len(text)
    index = 0
    while True:
        quote = text.find('"', index)
        if quote < 0:
            return False
        if quote > 0 and text[quote - 1] not in (delimiter, "\n", "\r"):
            index = quote + 1  # a quote inside an unquoted value is a plain character
            continue
        index = quote + 1
        while True:  # the closing quote: one not doubled
            closing = text.find('"', index)
            if closing < 0:
                return True
            if closing + 1 < length and text[closing + 1] == '"':
                index = closing + 2
                continue
            index = closing + 1
            break


def _header_score(cells: Sequence[str]) -> int:
    return sum(1 for cell in cells if field_for_header(cell))


_HEADER_ROWS = 12  # where _find_header looks for a row naming known fields


def _find_header(rows: list[tuple[int, list[str], str]]) -> int:
    """Index of the header row: the first of the first rows naming known fields (LinkedIn
    puts a "Notes:" preamble above it), else the first non-empty row."""
    best_index, best_score = -1, 0
    for index, (_line, cells, _closed) in enumerate(rows[:_HEADER_ROWS]):
        if len(cells) == 1 and _NOTE_PREAMBLE.match(cells[0]):
            continue
        score = _header_score(cells)
        if score >= 2 and score > best_score:
            best_index, best_score = index, score
            break
    if best_index >= 0:
        return best_index
    for index, (_line, cells, _closed) in enumerate(rows):
        if any(c.strip() for c in cells) and not (
            len(cells) == 1 and _NOTE_PREAMBLE.match(cells[0])
        ):
            return index
    return -1


def _choose_delimiter(text: str) -> str:
    """Comma, semicolon or tab: the one whose header row names the most known fields, else
    the one that splits the first lines into the most (consistent) columns."""
    head = "".join(list(_physical_lines(text[:65536]))[:30])
    best, best_score = ",", (-1, -1)
    for delimiter in (",", ";", "\t", "|"):
        rows = _rows(head, delimiter)
        if not rows:
            continue
        header_index = _find_header(rows)
        known = _header_score(rows[header_index][1]) if header_index >= 0 else 0
        widths = [len(cells) for _line, cells, _closed in rows if len(cells) > 1]
        consistent = max((widths.count(w) for w in set(widths)), default=0)
        width = max(widths, default=1) if consistent else 1
        score = (known, width if consistent >= min(2, len(widths)) else 1)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def check_column_limit(text: str, file_name: str) -> None:
    """Refuse a table wider than MAX_CSV_COLUMNS before splitting it into cells (a million
    columns would otherwise become a million strings first). Counts delimiters in the first
    lines of the first megabyte: cheap, and a header never has that many in quotes. The
    first 64 K are split first: where they hold more than 30 lines, the first 30 are those
    of the megabyte (not split whole for them: half of sniffing a file's format)."""
    lines = text[:65536].splitlines()
    if len(lines) <= 30:
        lines = text[: 1024 * 1024].splitlines()
    for line in lines[:30]:
        widest = max(line.count(delimiter) for delimiter in (",", ";", "\t", "|")) + 1
        if widest > MAX_CSV_COLUMNS:
            raise FileTooLargeError(
                f"{file_name} has more than {MAX_CSV_COLUMNS} columns; at most "
                f"{MAX_CSV_COLUMNS} can be read"
            )


@without_cyclic_gc
def read_table(data: bytes | str, file_name: str, *, stream: bool = True) -> CsvTable:
    """Split a CSV file into its header and rows; raise NotAContactFileError when it is
    not a table at all. ``stream`` False: the reading from the bytes (:func:`streamed_table`)
    was tried already and gave nothing; it would give nothing again."""
    if isinstance(data, str):
        return _table_of_text(data.removeprefix("\ufeff"), "utf-8", [], file_name)
    streamed = streamed_table(data, file_name) if stream else None
    return streamed if streamed is not None else _table_of_bytes(data, file_name)


def _table_of_bytes(data: bytes, file_name: str) -> CsvTable:
    """:func:`read_table` of a file decoded whole (:func:`decode_file`)."""
    problems: list[ImportProblem] = []
    decoded = decode_file(data)
    text, encoding = decoded.text, decoded.encoding
    if decoded.mixed_lines:
        lines = ", ".join(str(line) for line in decoded.mixed_lines[:10])
        more = " and more" if len(decoded.mixed_lines) > 10 else ""
        problems.append(
            ImportProblem(
                file_name,
                decoded.mixed_lines[0],
                f"line(s) {lines}{more} are in another encoding than the rest of the "
                f"file ({encoding}); each line was read in its own encoding, check them",
            )
        )
    del decoded  # its text: see _table_of_text
    return _table_of_text(text, encoding, problems, file_name)


def _table_of_text(
    text: str,
    encoding: str,
    problems: list[ImportProblem],
    file_name: str,
    *,
    careful: bool = False,
) -> CsvTable:
    """:func:`read_table` of a file's text (``careful``: as :func:`_rows_of_lines`)."""
    if "\x00" in text:
        # A stray NUL (a damaged export) costs nothing but itself; binary files were
        # refused by the format sniffing already.
        first = text.count("\n", 0, text.index("\x00")) + 1
        count = text.count("\x00")
        text = text.replace("\x00", "")
        problems.append(
            ImportProblem(file_name, first, f"{count} NUL byte(s) from this line on were removed")
        )
    check_column_limit(text, file_name)
    delimiter = _choose_delimiter(text)
    formula_escapes = _FORMULA_ESCAPE.search(text) is not None
    physical_lines = _split_lines(text)
    # The lines hold the whole text: it is let go before the rows are made beside them
    # (at 100,000 rows 30 MB less at the peak, memory a first read pays for page by page).
    del text
    rows = _rows_of_lines(physical_lines, delimiter, careful=careful)
    del physical_lines
    return _table_of(rows, file_name, encoding, delimiter, problems, formula_escapes)


@without_cyclic_gc
def streamed_table(data: bytes, file_name: str) -> CsvTable | None:
    """:func:`read_table` of a UTF-8 file (:func:`_streamable`), its rows read straight
    from the bytes (:func:`streamed_pieces`); a UTF-8 file with a row that needs the
    careful reading is decoded and read whole. None for any other file: not UTF-8 (found
    while reading), a value over the size limit, a BOM, NUL or CR CR LF, or a table too
    wide in the start of its text (the text of the whole file decides those)."""
    try:
        streamed = streamed_pieces(data, file_name)
        if streamed is None:
            return None
        table, pieces = streamed
        for piece in pieces:
            table.rows.extend(filled_rows(piece))
    except StreamStopped as stopped:
        return careful_table(data, file_name) if stopped.whole else None
    return table


def careful_table(data: bytes, file_name: str) -> CsvTable:
    """:func:`read_table` of a UTF-8 file whose rows the reading from its bytes refused
    (:class:`StreamStopped`, ``whole``): the quick reading of its lines would refuse
    them as well."""
    return _table_of_text(data.decode("utf-8"), "utf-8", [], file_name, careful=True)


def streamed_pieces(data: bytes, file_name: str) -> tuple[CsvTable, Iterator[RowPiece]] | None:
    """:func:`streamed_table` a piece at a time: the table with the rows of its first
    piece (or pieces, until the header row is known), and the pieces after it, each read
    as it is asked for, their blank rows still in them (:func:`filled_rows`). Raises
    :class:`StreamStopped` (here or from the pieces) where streamed_table decodes the
    file whole or gives None; the caller then drops what it made of the pieces. None
    where streamed_table is None before reading.

    What comes before the rows (the column limit, the delimiter) reads the start of the
    text, decoded from the start of the bytes: the same text once the whole file proves
    UTF-8."""
    if not _streamable(data):
        return None
    # The first 65,536 characters (_choose_delimiter reads no more) and, for the column
    # limit, the first 30 lines of the first 1M: in these 64 K when they hold 31 lines.
    # Four bytes at most per character: 4n + 4 bytes hold the first n whole.
    head = data[: 4 * 65536 + 4].decode("utf-8", errors="replace")[:65536]
    if len(head.splitlines()) <= 30:
        head_mb = data[: 4 * 1024 * 1024 + 4].decode("utf-8", errors="replace")[: 1024 * 1024]
    else:
        head_mb = head
    try:
        check_column_limit(head_mb, file_name)
    except FileTooLargeError:
        return None
    delimiter = _choose_delimiter(head)
    pieces = _streamed_pieces(data, delimiter)
    first: list[tuple[int, list[str], str]] = []
    for piece in pieces:
        # _find_header looks for a header among the first _HEADER_ROWS rows, else takes
        # the first row with a cell: the rows read so far decide it as all rows would.
        # Once those rows are read (and hold neither), a piece decides it by holding a
        # row with a cell: only the new piece is looked at (not all the blank rows again).
        rows = list(zip(piece.lines, piece.rows, repeat("")))
        searched = first + rows if len(first) < _HEADER_ROWS else rows
        first.extend(rows)
        if len(first) >= _HEADER_ROWS and _find_header(searched) >= 0:
            break
    # ASCII bytes are ASCII characters in UTF-8: the pattern's bytes are its text.
    formula_escapes = _FORMULA_ESCAPE_BYTES.search(data) is not None
    try:
        table = _table_of(first, file_name, "utf-8", delimiter, [], formula_escapes)
    except (NotAContactFileError, FileTooLargeError):
        deque(pieces, 0)  # read to the end first: a StreamStopped there goes first
        raise
    return table, pieces


_FORMULA_ESCAPE_BYTES = re.compile(_FORMULA_ESCAPE.pattern.encode("ascii"))


def _table_of(
    rows: list[tuple[int, list[str], str]],
    file_name: str,
    encoding: str,
    delimiter: str,
    problems: list[ImportProblem],
    formula_escapes: bool,
) -> CsvTable:
    """The table of a file's rows (:func:`_rows`): its header row found, its empty rows
    left out, its problem rows reported."""
    header_index = _find_header(rows)
    if header_index < 0:
        raise NotAContactFileError(f"{file_name} is empty: there is no header row")
    header_line, headers, _closed = rows[header_index]
    while headers and not headers[-1].strip():
        headers = headers[:-1]  # a trailing delimiter makes an empty last column
    if len(headers) > MAX_CSV_COLUMNS:
        raise FileTooLargeError(
            f"{file_name} has {len(headers)} columns; at most {MAX_CSV_COLUMNS} can be read"
        )
    if len(headers) < 2 and not field_for_header(headers[0] if headers else ""):
        raise NotAContactFileError(
            f"{file_name} is not a contact file: it is neither a vCard nor a table with "
            "named columns"
        )
    after = rows[header_index + 1 :]
    body: list[tuple[int, list[str]]]
    if any(map(itemgetter(2), after)):
        body = []
        for line, cells, problem in after:
            if problem:
                kept = problem == STRAY_QUOTE_CUT
                problems.append(ImportProblem(file_name, line, problem, fatal_for_record=not kept))
                if not kept:
                    continue
            if not "".join(cells).strip():  # no cell with more than blanks
                continue
            body.append((line, cells))
    else:
        body = _filled_rows(after)
    return CsvTable(
        file_name=file_name,
        encoding=encoding,
        delimiter=delimiter,
        header_line=header_line,
        headers=[h.strip() for h in headers],
        rows=body,
        layout=detect_layout(headers),
        mapping=guess_mapping(headers),
        problems=problems,
        formula_escapes=formula_escapes,
    )


def _filled_rows(rows: list[tuple[int, list[str], str]]) -> list[tuple[int, list[str]]]:
    """``(line, cells)`` of the rows (none with a problem) that have a cell of more than
    blanks. A row whose first cell has more (nearly every row) is one; only the others
    are joined to see."""
    filled = [cells[0].strip() if cells else "" for _line, cells, _problem in rows]
    for i in compress(range(len(rows)), map(operator.not_, filled)):
        filled[i] = "".join(rows[i][1]).strip()
    return list(compress(map(_LINE_AND_CELLS, rows), filled))


_LINE_AND_CELLS = itemgetter(0, 1)


def filled_rows(piece: RowPiece) -> list[tuple[int, list[str]]]:
    """``(line, cells)`` of the rows of ``piece`` that have a cell of more than blanks."""
    return _filled_rows(list(zip(piece.lines, piece.rows, repeat(""))))


def looks_like_csv(text: str) -> bool:
    """A cheap test used by format detection: several lines split into the same number
    (>1) of columns by one delimiter, or a header naming known fields."""
    head = "".join(list(_physical_lines(text[:65536]))[:30])
    delimiter = _choose_delimiter(head)
    rows = [cells for _line, cells, _closed in _rows(head, delimiter) if any(cells)]
    if not rows:
        return False
    header_index = _find_header([(0, r, "") for r in rows])
    if header_index >= 0 and _header_score(rows[header_index]) >= 1 and len(rows[header_index]) > 1:
        return True
    widths = [len(r) for r in rows]
    return len(rows) >= 2 and widths[0] > 1 and widths.count(widths[0]) >= max(2, len(rows) // 2)


def row_starts_with(text: str, marker: str) -> bool:
    """True when a row of the first 64 KB, read as CSV, starts with ``marker`` (case
    ignored): a ``BEGIN:VCARD`` line of its own, not one inside a quoted Notes value."""
    head = text[:65536]
    delimiter = _choose_delimiter(head)
    marker = marker.upper()
    return any(
        cells and cells[0].lstrip().upper().startswith(marker)
        for _line, cells, _problem in _rows(head, delimiter)
    )
