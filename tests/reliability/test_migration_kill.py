"""A process killed during a migration, or between the migration's commit and the
rebuild of the search index it needs, leaves nothing undone: the next open finishes it."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from prospectdesk.domain.workspace import open_workspace
from prospectdesk.paths import database_path
from prospectdesk.store import schema
from prospectdesk.store.db import close_database, database, init_database

ROOT = Path(__file__).resolve().parents[2]
PEOPLE = 3000
TIME_LIMIT = 15.0  # seconds for the whole kill loop (CI must stay under 20)

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")

# Opens the data dir as the app does; with "die-before-rebuild" the search rebuild that
# follows the migration kills the process instead (wherever the code calls it from).
WORKER = """
import os, signal, sys
from pathlib import Path
import prospectdesk.domain.workspace as workspace
modules = [workspace]
try:
    import prospectdesk.domain.upkeep as upkeep
    modules.append(upkeep)
except ImportError:
    pass
if sys.argv[2] == "die-before-rebuild":
    for module in modules:
        if hasattr(module, "rebuild_search_index"):
            module.rebuild_search_index = lambda: os.kill(os.getpid(), signal.SIGKILL)
print("STARTING", flush=True)
ws = workspace.open_workspace(Path(sys.argv[1]))
print("OPENED", flush=True)
ws.close()
"""


@pytest.fixture(scope="module")
def old_database(tmp_path_factory) -> Path:
    """A schema-1 database (before the search index existed) with PEOPLE contacts."""
    folder = tmp_path_factory.mktemp("v1")
    db_file = folder / "v1.sqlite3"
    init_database(db_file)
    schema.migrate(database, target=1)
    with database.atomic():
        database.execute_sql(
            "INSERT INTO stage (id, name, position, role) VALUES (1, 'Lead', 1, 'lead')"
        )
        stamp = "2025-01-01 00:00:00"
        for index in range(PEOPLE):
            database.execute_sql(
                "INSERT INTO contact (uid, given_name, family_name, display_name, organization,"
                " job_title, notes, stage_id, position, stage_entered_at, created_at,"
                " updated_at) VALUES (?, ?, ?, ?, '', '', ?, 1, ?, ?, ?, ?)",
                (
                    f"u{index}",
                    f"Given{index}",
                    "Petrosyan",
                    f"Given{index} Petrosyan",
                    "note " * 20,
                    1024 * (index + 1),
                    stamp,
                    stamp,
                    stamp,
                ),
            )
    close_database()
    return db_file


def _start(data_dir: Path, mode: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", WORKER, str(data_dir), mode],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def _search_finds_everyone(data_dir: Path) -> None:
    ws = open_workspace(data_dir)
    try:
        assert schema.schema_version(database) == schema.LATEST_VERSION
        indexed = database.execute_sql("SELECT COUNT(*) FROM contact_search").fetchone()[0]
        assert indexed == PEOPLE
        lead = ws.pipeline.stage_by_role("lead").id
        assert ws.pipeline.column_page(lead, search="given1234")[0] == [1235]
        assert schema.after_migration_due(database) is None
    finally:
        ws.close()


def _set_up(tmp_path: Path, old_database: Path) -> Path:
    data_dir = tmp_path / "data"
    data_dir.mkdir(parents=True)
    shutil.copyfile(old_database, database_path(data_dir))
    return data_dir


def test_killed_after_the_migration_commits_the_next_open_rebuilds_search(tmp_path, old_database):
    data_dir = _set_up(tmp_path, old_database)
    worker = _start(data_dir, "die-before-rebuild")
    out, err = worker.communicate(timeout=120)
    assert worker.returncode == -signal.SIGKILL, err
    with sqlite3.connect(database_path(data_dir)) as conn:
        # The migration committed; the index it needs was never filled.
        assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.LATEST_VERSION
        assert conn.execute("SELECT COUNT(*) FROM contact_search").fetchone()[0] == 0
    conn.close()
    _search_finds_everyone(data_dir)


def test_sigkill_at_random_moments_of_a_migration(tmp_path, old_database):
    """Round after round from the old database: kill the opening at a random moment of the
    migration and the rebuild after it, then open it as the owner would."""
    seed = int(os.environ.get("PROSPECTDESK_KILL_SEED", random.randrange(1 << 30)))
    rng = random.Random(seed)
    # How long an uninterrupted open takes here, to land the kills inside it.
    data_dir = _set_up(tmp_path / "timing", old_database)
    worker = _start(data_dir, "plain")
    assert worker.stdout.readline().strip() == "STARTING"
    began = time.monotonic()
    assert worker.stdout.readline().strip() == "OPENED"
    span = time.monotonic() - began
    worker.communicate(timeout=60)
    started = time.monotonic()
    rounds = 0
    while time.monotonic() - started < TIME_LIMIT and rounds < 12:
        rounds += 1
        data_dir = _set_up(tmp_path / f"round{rounds}", old_database)
        worker = _start(data_dir, "plain")
        assert worker.stdout.readline().strip() == "STARTING"
        time.sleep(rng.uniform(0.0, span))
        worker.send_signal(signal.SIGKILL)
        _out, err = worker.communicate(timeout=60)
        assert worker.returncode in (0, -signal.SIGKILL), f"seed {seed}: {err}"
        _search_finds_everyone(data_dir)
    assert rounds >= 3, f"only {rounds} rounds in {TIME_LIMIT} s"


def test_an_index_out_of_step_is_rebuilt_at_the_next_start(data_dir, clock):
    ws = open_workspace(data_dir, clock=clock)
    from tests.reliability.helpers import add_people

    add_people(ws, 30)
    ws.close()
    with sqlite3.connect(database_path(data_dir)) as conn:
        conn.execute("DELETE FROM contact_search WHERE rowid % 2 = 0")
    conn.close()
    ws = open_workspace(data_dir, clock=clock)
    lead = ws.pipeline.stage_by_role("lead").id
    assert len(ws.pipeline.column_page(lead, search="person")[0]) == 30
    ws.close()
