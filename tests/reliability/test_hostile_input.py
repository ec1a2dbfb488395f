"""Hostile and absurd contact files: the readers never crash (only the documented errors),
never hang, refuse absurd sizes with a clear message, and a failed import writes nothing.

The mutation fuzz loop runs PROSPECTDESK_FUZZ_ITERATIONS files (CI default 300; set it
higher for a long run, and PROSPECTDESK_FUZZ_SEED to repeat one); the property tests run
PROSPECTDESK_FUZZ_EXAMPLES examples each (default 150).
"""

from __future__ import annotations

import contextlib
import os
import random
import signal
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from prospectdesk.domain.io import csv_dialect, csv_read, detect, vcard_read
from prospectdesk.domain.io.base import (
    MAX_LINE_BYTES,
    FileTooLargeError,
    NotAContactFileError,
    ParseResult,
)
from prospectdesk.domain.io.importer import ImportCancelledError, import_files, importer_for
from prospectdesk.domain.workspace import open_workspace
from prospectdesk.store.db import database

DOCUMENTED = (NotAContactFileError, FileTooLargeError)
# Generous: a hang (an endless loop, quadratic blow-up) trips it, a slow machine does not.
SECONDS_PER_FILE = 20
FUZZ_ITERATIONS = int(os.environ.get("PROSPECTDESK_FUZZ_ITERATIONS", "300"))

SEED_VCARD = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Hakobyan;Ani;;;\r\nFN:Ani Hakobyan\r\n"
    "ORG:Արև BV\r\nEMAIL;TYPE=INTERNET,HOME:ani@example.am\r\n"
    "TEL;TYPE=CELL:+374 91 123456\r\nBDAY:--0229\r\n"
    "ADR;TYPE=WORK:;;Keizersgracht 1;Amsterdam;;1015 CJ;Nederland\r\n"
    "NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:Belt =C3=A9n keer=0D=0A=\r\n terug\r\n"
    "PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQN\r\n"
    " DAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/wAALCAABAAEBAREA\r\n"
    "CATEGORIES:klant,Amsterdam\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=ISO-8859-1:M\xfcller;J\xfcrgen\r\n"
    "TEL;HOME;VOICE:020-1234567\r\nEND:VCARD\r\n"
).encode("utf-8", errors="surrogateescape")
SEED_CSV = (
    "First Name,Last Name,E-mail Address,Mobile Phone,Birthday,Company,Notes\r\n"
    'Jan,de Vries,jan@example.nl,06-12345678,1980-05-17,"Vries & Zn, BV","Zegt ""ja"""\r\n'
    "Անի,Հակոբյան,ani@example.am,+37491123456,29-02,,\r\n"
    'Piet,Jansen,piet@example.nl,,,,"twee\nregels"\r\n'
).encode()


@contextlib.contextmanager
def time_bound(seconds: float = SECONDS_PER_FILE):
    """Fail instead of hanging: a reader stuck on one file is a bug, not a slow test.

    pytest-timeout's "signal" method arms the same one SIGALRM timer for the whole test:
    when it is due first it is left alone, otherwise it is armed again on the way out with
    what is left of it (cancelling it, as this once did, let a later hang run forever)."""
    if os.name != "posix":
        yield
        return

    def on_alarm(signum, frame):
        raise TimeoutError(f"a reader took more than {seconds} s on one file")

    outer_left, outer_interval = signal.getitimer(signal.ITIMER_REAL)
    if outer_left and outer_left <= seconds:
        yield  # the test's own time limit comes first
        return
    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        ours_left, _ = signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if outer_left:
            # Never 0 (that would cancel it): an outer limit already passed fires at once.
            left = max(outer_left - (seconds - ours_left), 1e-6)
            signal.setitimer(signal.ITIMER_REAL, left, outer_interval)


def read_safely(reader, data: bytes) -> ParseResult | None:
    """Run ``reader``; the documented refusals are fine, anything else fails the test."""
    with time_bound():
        try:
            result = reader(data)
        except DOCUMENTED as error:
            assert str(error), "a refusal must say why"
            return None
    assert isinstance(result, ParseResult)
    for problem in result.problems:
        assert problem.message and problem.line >= 0
    return result


READERS = {
    "detect": lambda data: detect.read_contact_file(data, "fuzz.dat"),
    "vcard": lambda data: vcard_read.read_vcards(data, "fuzz.vcf"),
    "csv": lambda data: csv_read.read_csv(data, "fuzz.csv"),
}


# -- property-based ------------------------------------------------------------------------

FAST = settings(
    max_examples=int(os.environ.get("PROSPECTDESK_FUZZ_EXAMPLES", "150")),
    deadline=None,  # time is bounded by time_bound(): a hang fails, a slow machine does not
    suppress_health_check=[HealthCheck.too_slow],
)

vcard_lines = st.lists(
    st.one_of(
        st.sampled_from(
            [
                b"BEGIN:VCARD",
                b"END:VCARD",
                b"VERSION:4.0",
                b"VERSION:2.1",
                b"FN:",
                b"N:;;;;",
                b"PHOTO;ENCODING=b:",
                b"PHOTO:data:image/png;base64,",
                b"NOTE;ENCODING=QUOTED-PRINTABLE:=",
                b"BDAY:--0230",
                b'TEL;TYPE="',
                b"EMAIL;;;:",
                b" ",
                b"\t=C3=",
                b"ADR:;;;;;;;;;;;;",
                b"CHARSET=UTF-16",
                b"\xff\xfe",
            ]
        ),
        st.binary(max_size=80),
        st.text(max_size=40).map(lambda t: t.encode("utf-8", "surrogatepass")),
    ),
    max_size=40,
)
csv_cells = st.lists(
    st.one_of(
        st.sampled_from(
            ["First Name", "E-mail Address", "Birthday", "Phone", '"', '""', "\n", ";", "\t"]
        ),
        st.text(max_size=20),
    ),
    max_size=12,
)


@pytest.mark.parametrize("reader", sorted(READERS))
@FAST
@given(data=st.binary(max_size=4096))
def test_arbitrary_bytes_never_crash(reader, data):
    read_safely(READERS[reader], data)


@pytest.mark.parametrize("reader", ["detect", "vcard"])
@FAST
@given(lines=vcard_lines, separator=st.sampled_from([b"\r\n", b"\n", b"\r"]))
def test_vcard_shaped_garbage_never_crashes(reader, lines, separator):
    read_safely(READERS[reader], b"BEGIN:VCARD" + separator + separator.join(lines))


@pytest.mark.parametrize("reader", ["detect", "csv"])
@FAST
@given(rows=st.lists(csv_cells, min_size=1, max_size=10), delimiter=st.sampled_from(",;\t|"))
def test_csv_shaped_garbage_never_crashes(reader, rows, delimiter):
    text = "\r\n".join(delimiter.join(row) for row in rows)
    read_safely(READERS[reader], text.encode("utf-8", "surrogatepass"))


# -- a bounded mutation fuzzer -------------------------------------------------------------


def mutate(data: bytes, rng: random.Random) -> bytes:
    """One to eight random edits: flips, inserts, deletions, duplicated and cut slices."""
    buffer = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        if not buffer:
            buffer.extend(rng.randbytes(rng.randint(1, 16)))
            continue
        spot = rng.randrange(len(buffer))
        action = rng.randrange(6)
        if action == 0:
            buffer[spot] ^= 1 << rng.randrange(8)
        elif action == 1:
            buffer[spot:spot] = rng.choice(
                [b"\r\n", b"=", b";", b":", b'"', b"\x00", b"\xff\xfe", b" ", b"\\", b","]
            )
        elif action == 2:
            del buffer[spot : spot + rng.randint(1, 64)]
        elif action == 3:
            end = min(len(buffer), spot + rng.randint(1, 256))
            buffer[spot:spot] = buffer[spot:end] * rng.randint(2, 20)
        elif action == 4:
            del buffer[spot:]
        else:
            buffer[spot : spot + 1] = rng.randbytes(rng.randint(1, 8))
    return bytes(buffer)


def test_mutation_fuzz_loop():
    seed = int(os.environ.get("PROSPECTDESK_FUZZ_SEED", random.randrange(1 << 30)))
    rng = random.Random(seed)
    readable = 0
    for iteration in range(FUZZ_ITERATIONS):
        original = rng.choice([SEED_VCARD, SEED_CSV])
        data = mutate(original, rng)
        for name, reader in READERS.items():
            try:
                result = read_safely(reader, data)
            except AssertionError:
                raise
            except BaseException as error:  # report the seed so the case can be replayed
                raise AssertionError(
                    f"{name} reader crashed on fuzz case {iteration} (seed {seed}): {error!r}"
                ) from error
            readable += result is not None
    assert readable > 0  # the fuzzer reached the parsers, not only the front door


# -- absurd sizes --------------------------------------------------------------------------


def test_two_gigabyte_file_is_refused_before_reading(tmp_path, monkeypatch):
    huge = tmp_path / "photo-claim.vcf"
    with huge.open("wb") as handle:  # sparse: costs no disk and no memory
        handle.write(b"BEGIN:VCARD\r\nVERSION:3.0\r\nPHOTO;ENCODING=b:")
        handle.truncate(2 * 1024**3 + 17)

    def no_reading(self):
        raise AssertionError("the whole file was read")

    monkeypatch.setattr(Path, "read_bytes", no_reading)
    with pytest.raises(FileTooLargeError, match="limit"):
        detect.read_contact_file(huge)


def test_a_huge_photo_is_skipped_with_a_clear_message(monkeypatch):
    monkeypatch.setattr(vcard_read, "MAX_PHOTO_BYTES", 3000)
    photo = ("QUFB" * 2000).encode()  # 6000 bytes once decoded
    data = (
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Big Photo\r\nPHOTO;ENCODING=b;TYPE=JPEG:"
        + photo
        + b"\r\nEND:VCARD\r\n"
    )
    result = vcard_read.read_vcards(data, "big.vcf")
    assert [r.record.display_name for r in result.records] == ["Big Photo"]
    assert result.records[0].record.photo is None
    assert any("larger than 3000 bytes" in p.message for p in result.problems)


def test_a_huge_line_is_skipped_with_a_clear_message(monkeypatch):
    monkeypatch.setattr(vcard_read, "MAX_LINE_BYTES", 2000)
    folded = b"\r\n ".join([b"x" * 70] * 200)  # one logical line of 14,000 bytes
    data = b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Long Note\r\nNOTE:" + folded + b"\r\nEND:VCARD\r\n"
    result = vcard_read.read_vcards(data, "long.vcf")
    assert [r.record.display_name for r in result.records] == ["Long Note"]
    assert any("longer than 2000 bytes" in p.message for p in result.problems)


def test_a_huge_csv_cell_does_not_crash(monkeypatch):
    monkeypatch.setattr(csv_dialect, "MAX_LINE_BYTES", 2000)
    data = b"First Name,Notes\r\nJan," + b"y" * 10_000 + b"\r\nPiet,kort\r\n"
    read_safely(lambda d: csv_read.read_csv(d, "long.csv"), data)


def test_a_file_over_the_size_limit_is_refused(monkeypatch):
    monkeypatch.setattr(detect, "MAX_FILE_BYTES", 10_000)
    monkeypatch.setattr(vcard_read, "MAX_FILE_BYTES", 10_000)
    with pytest.raises(FileTooLargeError, match="limit"):
        detect.read_contact_file(SEED_VCARD * 100, "many.vcf")
    with pytest.raises(FileTooLargeError, match="limit"):
        vcard_read.read_vcards(SEED_VCARD * 100, "many.vcf")


@contextlib.contextmanager
def memory_bound(limit_bytes: int):
    """Fail when the Python heap grows beyond ``limit_bytes`` while reading one file."""
    tracemalloc.start()
    try:
        yield
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < limit_bytes, f"reading took {peak // 2**20} MB"


def test_a_million_columns_are_refused_with_a_clear_message():
    data = ",".join(f"c{i}" for i in range(1_000_000)).encode() + b"\r\n1,2,3\r\n"
    for reader in (detect.read_contact_file, csv_read.read_csv):
        # Refused before a million cells exist: about the file's own size in memory.
        with time_bound(), memory_bound(3 * len(data)):
            with pytest.raises(FileTooLargeError, match="more than 1000 columns"):
                reader(data, "wide.csv")


def test_a_real_line_over_the_limit_is_skipped_within_bounded_memory():
    line = b"x" * (MAX_LINE_BYTES + 4 * 1024 * 1024)
    data = b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Long\r\nNOTE:" + line + b"\r\nEND:VCARD\r\n"
    with time_bound(), memory_bound(5 * len(data)):
        result = detect.read_contact_file(data, "long.vcf")
    assert [r.record.display_name for r in result.records] == ["Long"]
    assert any("longer than" in p.message for p in result.problems)


# -- a failed import writes nothing --------------------------------------------------------


def _store_snapshot() -> tuple:
    return tuple(
        database.execute_sql(sql).fetchone()[0]
        for sql in (
            "SELECT COUNT(*) FROM contact",
            "SELECT COUNT(*) FROM import_batch",
            "SELECT COUNT(*) FROM contact_email",
            "SELECT COUNT(*) FROM stage_change",
            "SELECT COUNT(*) FROM contact_search",
            "SELECT COUNT(*) FROM lead_source",
            "SELECT COUNT(*) FROM contact_phone",
            "SELECT COUNT(*) FROM import_merge",
            "SELECT group_concat(updated_at) FROM contact",
        )
    )


@pytest.fixture
def filled_workspace(data_dir, clock, tmp_path):
    ws = open_workspace(data_dir, clock=clock)
    first = tmp_path / "first.csv"
    first.write_bytes(SEED_CSV)
    import_files(ws, [first])
    yield ws
    ws.close()


def test_an_import_that_fails_half_way_writes_nothing(filled_workspace, tmp_path, monkeypatch):
    ws = filled_workspace
    before = _store_snapshot()
    many = tmp_path / "many.csv"
    many.write_text(
        "First Name,Last Name,E-mail Address,Mobile Phone\n"
        # The first row merges into a stored contact (written at once), the rest are new.
        "Jan,de Vries,jan@example.nl,+31 6 98765432\n"
        + "".join(f"P{i},Q{i},p{i}@example.org,\n" for i in range(50))
    )
    real_create_many = ws.contacts.create_many
    written: list[int] = []
    undo_before = ws.undo.peek()

    def fail_half_way(records, **kwargs):
        written.extend(real_create_many(records[: len(records) // 2], **kwargs))
        raise OSError("disk full")

    monkeypatch.setattr(ws.contacts, "create_many", fail_half_way)
    with pytest.raises(OSError):
        import_files(ws, [many])
    assert len(written) == 25  # rows had been written when it failed
    assert _store_snapshot() == before
    assert ws.undo.peek() == undo_before  # no undo entry for an import that did not happen


def test_a_cancelled_import_writes_nothing(filled_workspace, tmp_path):
    ws = filled_workspace
    before = _store_snapshot()
    many = tmp_path / "many.vcf"
    many.write_bytes(
        b"".join(
            # Merges into Jan; the new people after them are written first, in bulk.
            f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jan de Vries\r\nEMAIL:jan@example.nl\r\n"
            f"TEL:+31 6 1111 22{i:02d}\r\nEND:VCARD\r\n".encode()
            for i in range(8)
        )
        + b"".join(
            f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person {i}\r\nEND:VCARD\r\n".encode()
            for i in range(20)
        )
    )
    counts_seen: list[int] = []

    def cancel_once_people_are_written() -> bool:
        counts_seen.append(ws.contacts.count())
        return counts_seen[-1] > counts_seen[0]

    with pytest.raises(ImportCancelledError):
        import_files(ws, [many], is_cancelled=cancel_once_people_are_written)
    assert counts_seen[-1] == counts_seen[0] + 20  # written when the owner cancelled
    assert _store_snapshot() == before


def test_hostile_files_import_nothing_and_say_why(filled_workspace, tmp_path):
    ws = filled_workspace
    before = _store_snapshot()
    junk = tmp_path / "junk.vcf"
    junk.write_bytes(bytes(range(256)) * 50)
    plan, outcome = import_files(ws, [junk])
    assert plan.unreadable == ["junk.vcf"]
    assert plan.problems and plan.problems[0].line == 0
    assert outcome.batch_id is None
    assert _store_snapshot() == before


def test_every_import_is_preceded_by_a_backup(filled_workspace, tmp_path):
    ws = filled_workspace
    second = tmp_path / "second.vcf"
    second.write_bytes(SEED_VCARD)
    count_before = ws.contacts.count()
    importer_for(ws)  # the workspace's importer carries the backup hook
    import_files(ws, [second])
    newest = ws.backups.list()[0]
    assert newest.reason == "pre-import"
    assert newest.contact_count == count_before
    assert ws.contacts.count() > count_before
