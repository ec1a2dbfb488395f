"""A UTF-8 CSV file is read by the csv module straight from its bytes (issue 21: no text
of the whole file, no list of its lines); the table must be the one the reading of its
decoded text gives, for every file we have and for files built to hit each fallback."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from prospectdesk.clock import FakeClock
from prospectdesk.domain.io import csv_dialect
from prospectdesk.domain.io.base import FileTooLargeError, NotAContactFileError
from prospectdesk.domain.io.csv_dialect import MAX_QUOTED_LINES, read_table
from tests.conftest import SHARED_CORPUS
from tests.domain.io.test_csv_fast_rows import TEXTS

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
CSV_FILES = [
    *sorted((FIXTURES / "csv").glob("*.csv")),
    *sorted((FIXTURES / "charset").glob("*.csv")),
    *(sorted(SHARED_CORPUS.rglob("*.csv")) if SHARED_CORPUS.is_dir() else []),
]

CLOCK = FakeClock(datetime(2026, 6, 1, 12, 0, tzinfo=UTC))
HEADER = "Name,E-mail 1 - Value,Phone 1 - Value,Notes"
BUILT = [
    *(text.encode("utf-8") for text in TEXTS),
    (HEADER + "\nJan,jan@example.nl,+31612345678,\n").encode(),
    (HEADER + "\r\nZoë,zoe@example.nl,,\u2028een\x0cnote\r\nÅsa,a@example.se,,x\r\n").encode(),
    (HEADER + '\nJan,j@example.nl,,"Ա\nline"\n' + "Piet,p@example.nl,,é\n" * 3).encode(),
    (HEADER + "\nJan,'=1+2,'+31 6,'@x\n").encode(),  # escaped formulas
    (HEADER + '\nJan,j@example.nl,,"not closed\n').encode(),
    (HEADER + '\nJan,j@example.nl,,"not closed\n' + "ж,x,y,z\n" * 5).encode(),
    (HEADER + "\n\n,,,\n  ,\t,,\nJan,j@example.nl,,\n\n").encode(),  # blank rows
    (HEADER + "\nJan,j@example.nl,,a\x00b\n").encode(),  # NUL: the text's reading
    (HEADER + "\r\r\nJan,j@example.nl,,x\r\r\n").encode(),  # CR CR LF: the text's reading
    b"\xef\xbb\xbf" + (HEADER + "\nJan,j@example.nl,,x\n").encode(),  # a BOM
    (HEADER + "\nJos\xe9,j@example.nl,,x\n").encode("cp1252"),  # not UTF-8
    (HEADER + "\n" + "Jan,j@example.nl,,x\n" * 5000 + "Jos\xe9,x,,\n").encode("cp1252"),
    ("Naam;E-mail\n" + "Jan;" + "€" * 70000 + "\nPiet;p@example.nl\n").encode(),
    ("Name," + ",".join(f"Notes {n}" for n in range(5)) + "\n" + "a," * 5 + "b\n").encode(),
    (HEADER + "\nJan," + '"x\n' * (MAX_QUOTED_LINES + 3) + '"\nPiet,p@x,,\n').encode(),
    ("Ü" * 30000 + "\n" + HEADER + "\nJan,j@example.nl,,x\n").encode(),  # a long first line
    ("Name,Notes\n" * 2 + "Jan," * 2000 + "\n").encode(),
    b"",
    b"\n\n",
]


def text_reading(data: bytes, name: str, monkeypatch: pytest.MonkeyPatch):
    """read_table as it was: the file decoded whole, then split into lines and rows."""
    with monkeypatch.context() as patched:
        patched.setattr(csv_dialect, "streamed_table", lambda data, file_name: None)
        return _outcome(data, name)


def _outcome(data: bytes, name: str):
    try:
        return read_table(data, name)
    except (NotAContactFileError, FileTooLargeError) as error:
        return type(error), str(error)


@pytest.mark.parametrize("path", CSV_FILES, ids=lambda p: p.name)
def test_every_file_reads_as_its_text(path, monkeypatch):
    data = path.read_bytes()
    assert _outcome(data, path.name) == text_reading(data, path.name, monkeypatch)


@pytest.mark.parametrize("data", BUILT, ids=range(len(BUILT)))
def test_built_files_read_as_their_text(data, monkeypatch):
    assert _outcome(data, "built.csv") == text_reading(data, "built.csv", monkeypatch)


def test_a_plain_utf8_file_is_read_from_its_bytes(monkeypatch):
    """No decoding of the whole file (it fails if asked): the rows come from the bytes."""
    data = (HEADER + '\r\nZoë,zoe@example.nl,,"two\r\nlines"\r\nÅsa,a@example.se,,x\r\n').encode()

    def refused(*args: object) -> None:
        raise AssertionError("the whole text was made")

    streamed = []
    reading = csv_dialect._streamed_pieces
    monkeypatch.setattr(csv_dialect, "decode_file", refused)
    monkeypatch.setattr(
        csv_dialect, "_streamed_pieces", lambda *args: streamed.append(1) or reading(*args)
    )
    table = read_table(data, "plain.csv")
    assert table.rows == [
        (2, ["Zoë", "zoe@example.nl", "", "two\nlines"]),
        (4, ["Åsa", "a@example.se", "", "x"]),
    ]
    assert table.encoding == "utf-8" and not table.formula_escapes and streamed


@pytest.mark.parametrize(
    "data",
    [
        b"a\nb\nc",
        b"a\nb\nc\n",
        b"a\r\nb\r\nc\r\n",
        b"a\rb\rc\r",
        "é\nÅ\n€\n\U0001f600x\n".encode(),
        ("é" * 3000 + "\r\n" + "€" * 5000 + "\r\n" + "x" * 9000).encode(),
        b"only one line",
    ],
)
def test_last_lines_are_those_of_the_whole_text(data):
    """Decoded from the end in growing pieces: a piece cut inside a character or between
    CR and LF still gives the file's own last lines."""
    whole = csv_dialect._split_lines(data.decode("utf-8"))
    for count in range(1, len(whole) + 1):
        assert csv_dialect._last_lines(data, count) == whole[-count:]


@pytest.mark.parametrize("filler", range(4080, 4100))
def test_last_lines_from_a_piece_cut_anywhere(filler):
    """The first piece (4,096 bytes) starts on each byte of a CR LF and a character."""
    data = ("x\r\n€\r\n" + "y" * filler + "\r\nend").encode()
    whole = csv_dialect._split_lines(data.decode("utf-8"))
    for count in range(1, len(whole) + 1):
        assert csv_dialect._last_lines(data, count) == whole[-count:]


def test_blank_rows_are_left_out():
    """A row is kept when any cell holds more than blanks, whatever its first cell."""
    data = (HEADER + "\n ,x@example.nl,,\n\t,,,\n,,,note\n,, \u3000,\n\nJan,,,\n \n").encode()
    rows = csv_dialect._rows(data.decode(), ",")
    table = read_table(data, "blank.csv")
    assert table.rows == [(line, cells) for line, cells, _ in rows[1:] if "".join(cells).strip()]
    assert [line for line, _cells in table.rows] == [2, 4, 7]


VCF_FILES = sorted((FIXTURES / "vcard").glob("*.vcf")) + sorted(
    (FIXTURES / "charset").glob("*.vcf")
)


def _read(data: bytes, name: str):
    from prospectdesk.domain.io.detect import read_contact_file

    try:
        result = read_contact_file(data, name, region="NL", clock=CLOCK)
    except (NotAContactFileError, FileTooLargeError) as error:
        return type(error), str(error)
    return result.format, result.records, result.problems


@pytest.mark.parametrize(
    "data",
    [*(path.read_bytes() for path in CSV_FILES + VCF_FILES), *BUILT],
    ids=[*(path.name for path in CSV_FILES + VCF_FILES), *map(str, range(len(BUILT)))],
)
def test_a_file_read_without_sniffing_its_encoding_reads_as_before(data, monkeypatch):
    """read_contact_file takes a file whose start is a CSV table in UTF-8 straight to the
    reading from its bytes (which proves it UTF-8); every file reads as when the format
    sniffing decoded it whole first."""
    from prospectdesk.domain.io import detect

    found = _read(data, "file.csv")
    monkeypatch.setattr(detect, "_read_utf8_csv", lambda *args, **kwargs: None)
    assert found == _read(data, "file.csv")


def test_a_utf8_csv_file_is_not_decoded_whole_to_sniff_it(monkeypatch):
    from prospectdesk.domain.io import detect

    monkeypatch.setattr(detect, "detect_encoding", lambda data: pytest.fail("decoded whole"))
    data = (HEADER + "\nZoë,zoe@example.nl,+31612345678,\n").encode()
    assert _read(data, "plain.csv")[1][0].record.given_name == "Zoë"


# Files whose reading from the bytes goes wrong, or decides its header, after a few rows.
PIECED = [
    *BUILT,
    b"\n" * 20 + (HEADER + "\nJan,j@example.nl,,\n").encode(),  # the header after 20 rows
    (
        HEADER + "\n" + "Jan,j@example.nl,,x\n" * 5 + 'Piet,"p@x.nl,,\n' + "K,k@x.nl,,y\n" * 5
    ).encode(),
    (HEADER + "\n" + 'Jan,j@example.nl,,"a\nb"\n' * 6 + "Piet,p@x.nl,,\n").encode(),
    ("Foo,Bar\n" + "a,b\n" * 9).encode() + b"\xe9,x\n",  # no useful column, then not UTF-8
    ("Notes\n" + "x\n" * 15).encode() + b"\xe9\n",  # not a table, then not UTF-8
    ("Foo,Bar\n" + "a,b\n" * 9 + 'c,"d\n').encode(),  # no useful column, then cut off
    # A CR CR LF after some pieces: in a quoted value, ending a row, on a blank row.
    (HEADER + "\r\n" + "Jan,j@example.nl,,x\r\n" * 6 + 'Piet,p@x.nl,,"a\r\r\nb"\r\n').encode(),
    (
        HEADER + "\r\n" + "Jan,j@example.nl,,x\r\n" * 6 + "Piet,p@x.nl,,y\r\r\nK,k@x.nl,,\r\n"
    ).encode(),
    (HEADER + "\r\n" + "Jan,j@example.nl,,x\r\n\r\n" * 4 + "\r\r\nPiet,p@x.nl,,y\r\n").encode(),
]


@pytest.mark.parametrize("piece", [1, 2, 3, 5])
@pytest.mark.parametrize("data", PIECED, ids=range(len(PIECED)))
def test_files_read_in_pieces_read_as_their_text(data, piece, monkeypatch):
    """The rows read from the bytes a few at a time (the records of each made before the
    next is read, whatever stops the reading after some) give the table and the records
    of the careful reading of the decoded file."""
    from prospectdesk.domain.io import detect

    monkeypatch.setattr(csv_dialect, "_STREAM_ROWS", piece)
    assert _outcome(data, "built.csv") == text_reading(data, "built.csv", monkeypatch)
    found = _read(data, "built.csv")
    monkeypatch.setattr(detect, "_read_utf8_csv", lambda *args, **kwargs: None)
    assert found == _read(data, "built.csv")


@pytest.mark.parametrize("path", CSV_FILES[:12], ids=lambda p: p.name)
def test_fixtures_read_in_pieces_read_as_their_text(path, monkeypatch):
    from prospectdesk.domain.io import detect

    monkeypatch.setattr(csv_dialect, "_STREAM_ROWS", 3)
    data = path.read_bytes()
    found = _read(data, path.name)
    monkeypatch.setattr(detect, "_read_utf8_csv", lambda *args, **kwargs: None)
    assert found == _read(data, path.name)


def test_the_records_of_a_piece_are_made_before_the_next_is_read(monkeypatch):
    """read_contact_file holds one piece of a UTF-8 file's rows at a time, not all."""
    from prospectdesk.domain.io import csv_read
    from prospectdesk.domain.io.detect import read_contact_file

    events: list[str] = []
    pieces, by_column = csv_dialect._streamed_pieces, csv_read._records_by_column

    def counted_pieces(*args):
        for piece in pieces(*args):
            events.append("piece")
            yield piece

    monkeypatch.setattr(csv_dialect, "_STREAM_ROWS", 4)
    monkeypatch.setattr(csv_dialect, "_streamed_pieces", counted_pieces)
    monkeypatch.setattr(
        csv_read, "_records_by_column", lambda *a: events.append("records") or by_column(*a)
    )
    data = (HEADER + "\n" + "".join(f"P{n},p{n}@example.nl,,\n" for n in range(30))).encode()
    result = read_contact_file(data, "plain.csv", clock=CLOCK)
    assert [p.record.given_name for p in result.records] == [f"P{n}" for n in range(30)]
    # The header is looked for in the first 12 rows (three pieces), then piece by piece.
    assert events == ["piece"] * 3 + ["records"] + ["piece", "records"] * 5


def test_blank_rows_before_the_header_are_looked_at_once(monkeypatch):
    """Looking for the header piece by piece does not go over the rows before it again
    with each new piece (200 blank rows in pieces of 4: not 5,000 rows looked at)."""
    seen: list[int] = []
    find_header = csv_dialect._find_header

    def counted(rows):
        seen.append(len(rows))
        return find_header(rows)

    monkeypatch.setattr(csv_dialect, "_STREAM_ROWS", 4)
    monkeypatch.setattr(csv_dialect, "_find_header", counted)
    data = b"\n" * 200 + (HEADER + "\nJan,j@example.nl,,\n").encode()
    assert read_table(data, "blank.csv").rows == [(202, ["Jan", "j@example.nl", "", ""])]
    assert sum(seen) < 3 * 202  # once piece by piece, once for the table, the delimiter


def test_a_file_that_is_not_utf8_after_all_is_read_from_its_bytes_once(monkeypatch):
    """read_contact_file tried the reading from the bytes and it stopped at a byte that is
    not UTF-8: read_csv reads the decoded text without trying it again, and the records
    are those of the careful reading."""
    from prospectdesk.domain.io import detect

    data = (HEADER + "\n" + "Jan,j@example.nl,,x\n" * 50).encode() + "Zoë,z@x.nl,,\n".encode(
        "cp1252"
    )
    tries = []
    streamed = csv_dialect._streamed_pieces

    def counted(*args, **kwargs):
        tries.append(1)
        return streamed(*args, **kwargs)

    monkeypatch.setattr(csv_dialect, "_streamed_pieces", counted)
    found = _read(data, "legacy.csv")
    assert len(tries) == 1
    assert found[1][-1].record.given_name == "Zoë"
    monkeypatch.setattr(detect, "_read_utf8_csv", lambda *args, **kwargs: None)
    assert found == _read(data, "legacy.csv")  # as the careful reading
