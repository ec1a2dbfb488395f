"""What opening a database for writing finishes: work a migration left for after itself,
and a search index that no longer matches the contacts.

A migration records what is left to do in its own transaction (store.schema's
AFTER_MIGRATION_KEY), so a process killed between the migration's commit and the rebuild
of the search index (search would find nothing, for good) has it done at the next open.
"""

from __future__ import annotations

import logging

from prospectdesk.domain.search import rebuild_search_index
from prospectdesk.store.db import database
from prospectdesk.store.schema import after_migration_due, clear_after_migration

log = logging.getLogger(__name__)


def search_index_consistent() -> bool:
    """A cheap look (0.1 ms at 100,000 contacts; counting the live contacts themselves
    took 10 ms): one index row per live contact. The index's docsize table has one small
    row per indexed contact; the live contacts per stage are kept by triggers in the same
    transactions as every change (store.models.StageCount)."""
    indexed = database.execute_sql("SELECT COUNT(*) FROM contact_search_docsize").fetchone()[0]
    live = database.execute_sql('SELECT COALESCE(SUM("live"), 0) FROM "stage_count"').fetchone()[0]
    return bool(indexed == live)


def finish_upkeep() -> bool:
    """Rebuild the search index when a migration left that to do or it does not match the
    contacts; one transaction, which also clears the record. True when it rebuilt."""
    due = after_migration_due(database)
    if due is None and search_index_consistent():
        return False
    with database.atomic():
        rebuild_search_index()
        clear_after_migration(database)
    log.info("search index rebuilt (%s)", "after a migration" if due else "out of step")
    return True
