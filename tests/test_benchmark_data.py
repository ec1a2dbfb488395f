"""The benchmarks' generated data is what the app itself would have written.

The generator fills the database with bulk inserts (the services would take hours at
1M), so nothing else checks that its rows match the app's: a search row built another
way makes every search figure in BENCHMARKS.md about data the app never has.
"""

from __future__ import annotations

from benchmarks import generate
from prospectdesk.clock import FakeClock
from prospectdesk.domain.search import reindex_contacts
from prospectdesk.domain.workspace import open_workspace
from prospectdesk.store.db import database


def _bodies() -> dict[int, str]:
    return dict(database.execute_sql("SELECT rowid, body FROM contact_search").fetchall())


def test_generated_search_rows_are_the_ones_the_app_builds(tmp_path, monkeypatch):
    monkeypatch.setattr(generate, "DATA_ROOT", tmp_path)
    data = generate.generate("1k", quiet=True)
    assert (data.root / "contacts.csv").exists() and (data.root / "contacts.vcf").exists()
    workspace = open_workspace(
        data.root / "workspace", clock=FakeClock(generate.NOW.replace(tzinfo=generate.UTC))
    )
    try:
        generated = _bodies()
        live = [
            row[0]
            for row in database.execute_sql("SELECT id FROM contact WHERE deleted_at IS NULL")
        ]
        assert len(generated) == len(live) > 900
        with database.atomic():
            reindex_contacts(live)
        rebuilt = _bodies()
    finally:
        workspace.close()
    assert rebuilt == generated
