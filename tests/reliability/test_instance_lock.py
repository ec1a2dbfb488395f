"""One writer per data dir: a second open is refused, a killed holder frees the dir."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from prospectdesk.domain.instance_lock import AlreadyOpenError, InstanceLock
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
