"""One writer per data dir: a second open is refused, a killed holder frees the dir."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from prospectdesk.domain import instance_lock
from prospectdesk.domain.instance_lock import LOCK_FILE, AlreadyOpenError, InstanceLock
from prospectdesk.domain.records import ContactRecord
from prospectdesk.domain.workspace import open_workspace

ROOT = Path(__file__).resolve().parents[2]

HOLDER = """
import sys
from prospectdesk.domain.workspace import open_workspace
ws = open_workspace(__import__("pathlib").Path(sys.argv[1]))
print("open", flush=True)
sys.stdin.read()
"""


def test_second_open_in_the_same_dir_is_refused(data_dir, clock):
    ws = open_workspace(data_dir, clock=clock)
    with pytest.raises(AlreadyOpenError):
        InstanceLock(data_dir).acquire()
    ws.close()
    with InstanceLock(data_dir) as lock:
        assert lock.held
    assert not lock.held


def test_other_process_cannot_open_while_held_and_can_after_a_kill(data_dir, clock):
    data_dir.mkdir()
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(data_dir)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(AlreadyOpenError):
            open_workspace(data_dir, clock=clock)
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    # The OS dropped the lock with the process: no stale lock blocks the next start.
    ws = open_workspace(data_dir, clock=clock)
    ws.close()


def test_a_refused_open_leaves_the_holder_working(data_dir, clock):
    ws = open_workspace(data_dir, clock=clock)
    with pytest.raises(AlreadyOpenError):
        open_workspace(data_dir, clock=clock)
    # The refused attempt must not have closed or re-pointed the shared database.
    contact_id, _ = ws.contacts.create(ContactRecord(given_name="Still"))
    assert ws.contacts.get(contact_id).given_name == "Still"
    ws.close()


def test_deleting_the_lock_file_lets_no_second_writer_in(data_dir, clock):
    """The lock file can be deleted under a running app (a clean-up tool, a person): the
    next open would create and lock a new one. The data dir itself stays locked."""
    ws = open_workspace(data_dir, clock=clock)
    try:
        (data_dir / LOCK_FILE).unlink()
        with pytest.raises(AlreadyOpenError):
            InstanceLock(data_dir).acquire()
        with pytest.raises(AlreadyOpenError):
            open_workspace(data_dir, clock=clock)
        # Another process, not only another open file in this one.
        other = subprocess.run(
            [sys.executable, "-c", HOLDER, str(data_dir)],
            cwd=ROOT,
            input="",
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            timeout=60,
        )
        assert other.returncode != 0 and "AlreadyOpenError" in other.stderr
        contact_id, _ = ws.contacts.create(ContactRecord(given_name="Still"))
        assert ws.contacts.get(contact_id).given_name == "Still"
    finally:
        ws.close()
    with InstanceLock(data_dir) as lock:
        assert lock.held and (data_dir / LOCK_FILE).exists()


def test_a_lock_file_deleted_while_being_locked_is_not_the_one_held(data_dir, monkeypatch):
    """Deleted between our open and our lock: the file we locked is gone, and a later
    process would lock the new one. We go on to lock the file that is there."""
    data_dir.mkdir()
    real_lock = instance_lock._lock
    deleted: list[int] = []

    def lock_then_lose_the_file(fd: int) -> None:
        real_lock(fd)
        if not deleted and os.path.isfile(data_dir / LOCK_FILE):  # not the folder's lock
            deleted.append(fd)
            (data_dir / LOCK_FILE).unlink()

    monkeypatch.setattr(instance_lock, "_lock", lock_then_lose_the_file)
    with InstanceLock(data_dir) as lock:
        assert deleted
        monkeypatch.setattr(instance_lock, "_lock", real_lock)
        with pytest.raises(BlockingIOError):  # the file there now is the one we hold
            fd = os.open(data_dir / LOCK_FILE, os.O_RDWR)
            try:
                real_lock(fd)
            finally:
                os.close(fd)
        assert lock.held
