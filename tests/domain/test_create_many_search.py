"""Bulk-created contacts get their search rows from the values in hand (issue 21): the
same text, word for word, that reading them back (reindex_contacts) gives."""

from __future__ import annotations

from prospectdesk.domain.records import ContactRecord, EmailEntry, PhoneEntry
from prospectdesk.domain.search import reindex_contacts
from prospectdesk.store.db import database


def _bodies() -> dict[int, str]:
    return dict(database.execute_sql("SELECT rowid, body FROM contact_search").fetchall())


def test_bulk_search_rows_are_what_reindexing_reads_back(workspace):
    workspace.contacts.create_many([ContactRecord(given_name="Eerder", tags=["zz"])])
    records = [
        ContactRecord(
            given_name=" Zoë ",
            family_name="IJsselmuiden",
            organization="Bakkerij 't Hart",
            job_title="eigenaar",
            notes="Kent Anouk\nvia de yogales.",
            emails=[EmailEntry("  "), EmailEntry("zoe@example.nl", "work"), EmailEntry("b@x.am")],
            phones=[
                PhoneEntry("+31 6 12345678", "mobile"),
                PhoneEntry(" "),
                PhoneEntry("020 1234"),
            ],
            tags=["vip", " Vriend ", "vip", "Ընկեր", "zz", "  ", "Apple", "apple"],
        ),
        ContactRecord(organization="ТОВ «Світанок»"),
        ContactRecord(emails=[EmailEntry("only@example.com")]),
        ContactRecord(given_name="Արամ", display_name_override="Aram S."),
    ]
    ids = workspace.contacts.create_many(records)
    written = _bodies()
    assert all(written[i] for i in ids)
    reindex_contacts(ids)
    assert _bodies() == written


def test_a_stale_search_row_at_a_new_id_is_replaced(workspace):
    """A row left at an id the next contact takes (a contact row removed by hand) would
    make the new contact findable by someone else's words."""
    (first,) = workspace.contacts.create_many([ContactRecord(given_name="Jan")])
    with database.atomic():
        database.execute_sql("DELETE FROM contact WHERE id = ?", [first])
        database.execute_sql("DELETE FROM stage_change WHERE contact_id = ?", [first])
    (again,) = workspace.contacts.create_many([ContactRecord(given_name="Piet")])
    assert again == first
    assert _bodies() == {again: "Piet\nPiet"}
