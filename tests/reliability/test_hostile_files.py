"""Issue 15: hostile files are neither misread nor allowed to swallow rows; every record
read is accounted for (imported or rejected with its file and line); every reader is
linear; only regular files are read, and their size is checked before reading."""

from __future__ import annotations

import os
import threading
import time

import pytest

from prospectdesk.domain.io import csv_dialect
from prospectdesk.domain.io.base import FileTooLargeError, NotAContactFileError
from prospectdesk.domain.io.csv_read import read_csv
from prospectdesk.domain.io.detect import load_bytes, read_contact_file
from prospectdesk.domain.io.vcard_read import read_vcards

HEADER = "First Name,Last Name,E-mail Address,Notes\r\n"


def _rows(count: int, first: int = 0) -> str:
    return "".join(f"P{i},Q{i},p{i}@example.org,\r\n" for i in range(first, first + count))


def _accounted(result, rows_in: int) -> None:
    """read = records + rejected: nothing disappears without a line to show for it."""
    assert len(result.records) + len(result.rejected) == rows_in
    assert all(p.line > 0 and p.file for p in result.rejected)


def test_a_vcard_pasted_in_a_notes_cell_is_still_a_csv() -> None:
    card = "Card she sent:\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:Pasted Person\r\nEND:VCARD"
    data = (HEADER + _rows(2) + f'Eva,Kok,eva@example.org,"{card}"\r\n' + _rows(2, 2)).encode()
    result = read_contact_file(data, "contacts.csv")
    assert result.format.startswith("csv")
    assert len(result.records) == 5
    assert "BEGIN:VCARD" in result.records[2].record.notes


def test_cards_after_a_line_of_text_are_still_a_vcard_file() -> None:
    """Semicolons split this file into even columns, as a CSV's would; but its
    BEGIN:VCARD lines start rows of their own, so it is a vCard file."""
    data = "Contacts; exported 2024-05-01\r\n" + "".join(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN;CHARSET=UTF-8:P {i}\r\n"
        f"TEL;TYPE=cell:+3161234567{i}\r\nEND:VCARD\r\n"
        for i in range(3)
    )
    result = read_contact_file(data.encode(), "export.vcf")
    assert result.format == "vcard"
    assert [r.record.display_name for r in result.records] == ["P 0", "P 1", "P 2"]


def test_a_second_vcard_file_with_a_bom_is_its_own_person() -> None:
    one = b"\xef\xbb\xbfBEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Bakker\r\nEND:VCARD\r\n"
    two = b"\xef\xbb\xbfBEGIN:VCARD\r\nVERSION:3.0\r\nFN:Joost Smit\r\nEND:VCARD\r\n"
    for data in (one + two, one.replace(b"END:VCARD\r\n", b"") + two):
        result = read_vcards(data, "joined.vcf")
        assert [r.record.display_name for r in result.records] == ["Anna Bakker", "Joost Smit"]
        _accounted(result, 2)


def test_one_unterminated_quote_costs_one_row() -> None:
    data = HEADER + _rows(2) + 'Bad,Quote,bad@example.org,"never closed\r\n' + _rows(5000, 2)
    result = read_csv(data.encode(), "stray.csv")
    assert len(result.records) == 5003  # the bad row too: its value cut at its line's end
    assert result.records[2].record.notes == "never closed"
    assert result.records[3].record.given_name == "P2"
    [problem] = result.problems
    assert problem.line == 4 and "never closed" in problem.message
    _accounted(result, 5003)


def test_a_quote_closed_thousands_of_lines_later_costs_one_row() -> None:
    data = HEADER + 'Bad,Quote,bad@example.org,"opened\r\n' + _rows(3000) + 'x",y,z,w\r\n'
    result = read_csv(data.encode(), "stray.csv")
    assert result.problems[0].line == 2 and "never closed" in result.problems[0].message
    assert [r.record.given_name for r in result.records[:3]] == ["Bad", "P0", "P1"]
    assert len(result.records) >= 3001


def test_an_oversized_cell_costs_its_row_only(monkeypatch) -> None:
    monkeypatch.setattr(csv_dialect, "MAX_LINE_BYTES", 10_000)
    data = HEADER + "Big,Cell,big@example.org," + "y" * 50_000 + "\r\n" + _rows(3)
    result = read_csv(data.encode(), "big.csv")
    assert [r.record.given_name for r in result.records] == ["P0", "P1", "P2"]
    [rejected] = result.rejected
    assert rejected.line == 2 and "longer than" in rejected.message
    _accounted(result, 4)


def test_two_email_address_columns_keep_both() -> None:
    data = b"Name,E-mail Address,E-mail Address\r\nEva Kok,eva@work.example,eva@home.example\r\n"
    [parsed] = read_csv(data, "two.csv").records
    assert [e.value for e in parsed.record.emails] == ["eva@work.example", "eva@home.example"]


def test_a_nul_byte_is_removed_and_reported_with_its_line() -> None:
    data = (HEADER + _rows(2) + "Nul,Byte,n\x00ul@example.org,\r\n" + _rows(2, 2)).encode()
    result = read_contact_file(data, "nul.csv")
    assert len(result.records) == 5
    assert result.records[2].record.emails[0].value == "nul@example.org"
    [problem] = result.problems
    assert problem.line == 4 and "NUL" in problem.message


def test_utf32_is_text_not_binary() -> None:
    data = (HEADER + _rows(3)).encode("utf-32")
    assert len(read_contact_file(data, "utf32.csv").records) == 3


def _seconds(read, data: bytes) -> float:
    """The best CPU time of a few runs: what the work costs, not what the machine's
    other processes cost."""
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        read(data)
        best = min(best, time.process_time() - started)
    return best


@pytest.mark.parametrize(
    "make, read",
    [
        (
            lambda n: (
                b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Tag Heavy\r\nCATEGORIES:"
                + b",".join(b"t%d" % i for i in range(n))
                + b"\r\nEND:VCARD\r\n"
            ),
            lambda data: read_vcards(data, "tags.vcf"),
        ),
        (
            lambda n: (HEADER + _rows(n // 10)).encode(),
            lambda data: read_csv(data, "rows.csv"),
        ),
        (
            lambda n: (HEADER + 'A,B,a@b.example,"x\r\n' + _rows(n // 20)).encode(),
            lambda data: read_csv(data, "stray.csv"),
        ),
        (
            lambda n: b"".join(
                b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:P%d\r\nEND:VCARD\r\n" % i for i in range(n // 10)
            ),
            lambda data: read_vcards(data, "many.vcf"),
        ),
        (
            lambda n: (
                b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Many Links\r\n"
                + b"".join(b"URL:https://example.org/%d\r\n" % i for i in range(n // 4))
                + b"END:VCARD\r\n"
            ),
            lambda data: read_vcards(data, "urls.vcf"),
        ),
    ],
    ids=["vcard-categories", "csv-rows", "csv-stray-quote", "vcard-cards", "vcard-urls"],
)
def test_readers_are_linear(make, read) -> None:
    """Four times the input takes about four times the time, quadratic work sixteen times;
    100,000 CATEGORIES on one card took 170 s. Four times, not twice, and both inputs
    larger than the processor's caches: 10,000 and 20,000 cards (the larger one leaving
    the caches) measured 3-4x apart on a shared VM although callgrind counts 2.0x the
    instructions, too close to quadratic's 4x to tell apart. Here linear reading measures
    4.2-6.2x; the bound of 10 stays clear of both that and 16."""
    n = 200_000  # 20,000 and 80,000 cards
    small_data, large_data = make(n), make(4 * n)
    ratios = []
    for _ in range(3):  # a shared machine can stall one measurement; quadratic never passes
        small, large = _seconds(read, small_data), _seconds(read, large_data)
        ratios.append(large / small)
        if ratios[-1] < 10.0:
            break
    assert min(ratios) < 10.0, f"time(4n)/time(n): {ratios}"


def test_only_regular_files_are_read(tmp_path) -> None:
    for device in ("/dev/zero", "/dev/urandom"):
        if os.path.exists(device):
            with pytest.raises(NotAContactFileError, match="not a regular file"):
                load_bytes(device)
    with pytest.raises(NotAContactFileError, match="not a regular file"):
        load_bytes(tmp_path)
    if hasattr(os, "mkfifo"):
        fifo = tmp_path / "pipe.csv"
        os.mkfifo(fifo)
        outcome: list[BaseException] = []

        def attempt() -> None:
            try:
                read_contact_file(fifo)
            except BaseException as error:  # noqa: BLE001 - reported below
                outcome.append(error)

        worker = threading.Thread(target=attempt, daemon=True)
        worker.start()
        worker.join(5)
        if worker.is_alive():  # unblock it, then fail
            with open(fifo, "wb"):
                pass
            pytest.fail("reading a FIFO blocked")
        assert isinstance(outcome[0], NotAContactFileError)
        assert "pipe.csv" in str(outcome[0])


def test_the_size_limit_is_applied_before_reading(tmp_path, monkeypatch) -> None:
    from prospectdesk.domain.io import detect

    monkeypatch.setattr(detect, "MAX_FILE_BYTES", 1000)
    big = tmp_path / "big.csv"
    big.write_bytes((HEADER + _rows(100)).encode())

    def no_open(*args, **kwargs):
        raise AssertionError("the file was opened")

    monkeypatch.setattr(os, "open", no_open)
    with pytest.raises(FileTooLargeError, match="big.csv"):
        load_bytes(big)


def test_every_record_read_is_imported_or_rejected_with_its_line() -> None:
    cards = (
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Bakker\r\nEND:VCARD\r\n"
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nNOTE:nobody\r\nEND:VCARD\r\n"
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Joost Smit\r\n"
    )
    result = read_vcards(cards, "three.vcf")
    _accounted(result, 3)
    assert [p.line for p in result.rejected] == [5]
    rows = HEADER + _rows(2) + ",,,only a note\r\n" + 'Cut,Off,c@o.example,"never\r\nends'
    result = read_csv(rows.encode(), "rows.csv")
    _accounted(result, 4)
    assert sorted(p.line for p in result.rejected) == [4, 5]


def test_a_regular_file_is_read_byte_for_byte(tmp_path) -> None:
    exact = b"\xef\xbb\xbfName\r\nA\rB\n\x1a\r\r\n" + bytes(range(256))
    path = tmp_path / "exact.csv"
    path.write_bytes(exact)
    assert load_bytes(path) == exact
