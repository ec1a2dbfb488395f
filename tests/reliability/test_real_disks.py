"""A real full disk and a real read-only disk (small tmpfs mounts; needs root)."""

from __future__ import annotations

import errno
import os
import subprocess
from pathlib import Path

import pytest

from prospectdesk.cli import main
from prospectdesk.domain.workspace import open_workspace
from prospectdesk.paths import database_path
from tests.reliability.helpers import add_people, file_digest


def _mount(point: Path, options: str) -> None:
    subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(point)],
        check=True,
        capture_output=True,
    )


@pytest.fixture
def small_disk(tmp_path):
    """A 6 MB tmpfs, unmounted afterwards."""
    if os.name != "posix" or os.geteuid() != 0:
        pytest.skip("mounting a small disk needs root")
    point = tmp_path / "disk"
    point.mkdir()
    try:
        _mount(point, "size=6m,mode=0755")
    except (OSError, subprocess.CalledProcessError) as error:
        pytest.skip(f"cannot mount a tmpfs here: {error}")
    yield point
    subprocess.run(["umount", "-l", str(point)], check=False, capture_output=True)


def _fill(disk: Path, *, leave: int = 0) -> Path:
    """Fill ``disk`` up to ``leave`` bytes free; returns the filler file."""
    filler = disk / "filler"
    chunk = b"\0" * 65536
    with filler.open("ab") as stream:
        while True:
            free = os.statvfs(disk).f_bavail * os.statvfs(disk).f_frsize
            want = free - leave
            if want <= 0:
                break
            try:
                stream.write(chunk[: min(len(chunk), want)])
                stream.flush()
            except OSError as error:
                assert error.errno == errno.ENOSPC
                break
    return filler


def _saved(disk: Path, clock, count: int = 150) -> Path:
    data_dir = disk / "data"
    ws = open_workspace(data_dir, clock=clock)
    add_people(ws, count)
    ws.close()
    return data_dir


def test_a_full_disk_is_said_as_such_and_the_advice_loses_nothing(
    small_disk, clock, tmp_path, capsys
):
    data_dir = _saved(small_disk, clock)
    db_file = database_path(data_dir)
    before = file_digest(db_file)
    filler = _fill(small_disk)
    args = ["--data-dir", str(data_dir)]
    # Reading still works: the owner can look and take the contacts elsewhere.
    assert main([*args, "today"]) == 0
    target = tmp_path / "all.json"
    assert main([*args, "export", "--format", "json", "-o", str(target)]) == 0
    assert "Exported 150 contacts" in capsys.readouterr().out
    # Writing says what is wrong and what to free, in one line; never "damaged".
    for command in (["backup", "now"], ["backup", "restore", "--newest"], ["import", "x.vcf"]):
        assert main([*args, *command]) == 1
        err = capsys.readouterr().err
        assert len(err.splitlines()) == 1, err
        assert "not enough space on the disk" in err and "damaged" not in err, err
    assert file_digest(db_file) == before
    assert not [p for p in data_dir.iterdir() if p.name.startswith("damaged-")]
    # Once space is freed, everything is there.
    filler.unlink()
    ws = open_workspace(data_dir, clock=clock)
    assert ws.contacts.count() == 150
    ws.close()


def test_a_disk_filling_up_inside_an_import_changes_nothing(small_disk, clock, tmp_path, capsys):
    data_dir = _saved(small_disk, clock, count=20)
    big = tmp_path / "big.vcf"
    big.write_text(
        "".join(
            f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Many{i} People\r\nNOTE:{'n' * 2000}\r\nEND:VCARD\r\n"
            for i in range(3000)
        ),
        encoding="utf-8",
    )
    size = database_path(data_dir).stat().st_size
    # Room for the pre-import backup, not for six megabytes of notes.
    _fill(small_disk, leave=size + 2 * 1024 * 1024)
    assert main(["--data-dir", str(data_dir), "import", str(big)]) == 1
    err = capsys.readouterr().err
    assert "not enough space on the disk" in err and len(err.splitlines()) == 1, err
    (small_disk / "filler").unlink()
    ws = open_workspace(data_dir, clock=clock)
    assert ws.contacts.count() == 20
    ws.close()


def test_a_read_only_disk_can_be_read_and_exported(small_disk, clock, tmp_path, capsys):
    data_dir = _saved(small_disk, clock)
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True, capture_output=True)
    args = ["--data-dir", str(data_dir)]
    assert main([*args, "today"]) == 0
    target = tmp_path / "all.csv"
    assert main([*args, "export", "--format", "csv", "-o", str(target)]) == 0
    assert "Exported 150 contacts" in capsys.readouterr().out
    assert main([*args, "backup", "now"]) == 1
    err = capsys.readouterr().err
    assert "read-only disk" in err and len(err.splitlines()) == 1, err
