"""Exporting the whole address book: vCard (3.0 by default, 4.0 on request, one file or
one per contact), CSV (Google's or Outlook's layout), iCalendar and JSON.

The command line and the GUI's File > Export both call :func:`export_contacts`.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from prospectdesk.clock import from_utc_naive, stored_datetime
from prospectdesk.domain.defaults import Translate, untranslated
from prospectdesk.domain.io.csv_write import write_csv, write_outlook_csv
from prospectdesk.domain.records import (
    ContactRecord,
    FollowUpInfo,
)
from prospectdesk.domain.workspace import Workspace
from prospectdesk.store.models import (
    Contact,
    FollowUp,
)

if TYPE_CHECKING:
    from prospectdesk.domain.io.ics_write import BirthdayAlarms
    from prospectdesk.domain.workspace import Workspace

FORMATS = ("vcf", "csv", "ics", "json")
FILE_SUFFIXES = {"vcf": ".vcf", "csv": ".csv", "ics": ".ics", "json": ".json"}
CSV_FLAVOURS = ("google", "outlook")
# Excel opens a CSV file as UTF-8 only when it starts with the byte-order mark; Google's
# and Outlook's importers skip it.
UTF8_BOM = "\ufeff"


def all_records(workspace: Workspace) -> list[ContactRecord]:
    """Every live contact, oldest first (a stable order makes exports comparable)."""
    return workspace.contacts.records()


def open_followups(workspace: Workspace) -> list[FollowUpInfo]:
    zone = workspace.clock.now().tzinfo
    query = (
        FollowUp.select()
        .join(Contact)
        .where(FollowUp.done_at.is_null(), Contact.deleted_at.is_null())
        .order_by(FollowUp.due_at, FollowUp.id)
    )
    return [
        FollowUpInfo(
            id=row.id,
            contact_id=row.contact_id,
            due_at=from_utc_naive(stored_datetime(row.due_at), zone),
            what=row.what,
            done_at=None,
        )
        for row in query
    ]


def record_to_json(record: ContactRecord, stage_names: dict[int, str]) -> dict[str, object]:
    """One contact in the documented JSON shape (issue 6)."""
    return {
        "id": record.id,
        "display_name": record.display_name,
        "given_name": record.given_name,
        "family_name": record.family_name,
        "organization": record.organization,
        "job_title": record.job_title,
        "emails": [{"value": e.value, "label": e.label} for e in record.emails],
        "phones": [{"value": p.value, "label": p.label} for p in record.phones],
        "addresses": [
            {
                "label": a.label,
                "street": a.street,
                "city": a.city,
                "region": a.region,
                "postal_code": a.postal_code,
                "country": a.country,
            }
            for a in record.addresses
        ],
        "birthday": record.birthday.to_text() if record.birthday else None,
        "stage": stage_names.get(record.stage_id, "") if record.stage_id is not None else "",
        "tags": list(record.tags),
        "source": record.source,
        "notes": record.notes,
        "uid": record.uid or "",
        # When they asked not to be contacted again (ISO 8601, UTC); null when they did not.
        "do_not_contact": _utc_text(record.do_not_contact_at),
    }


def _utc_text(moment: datetime | None) -> str | None:
    return moment.astimezone(UTC).isoformat() if moment is not None else None


def write_json(workspace: Workspace, records: list[ContactRecord] | None = None) -> str:
    stage_names = {stage.id: stage.name for stage in workspace.pipeline.stages()}
    chosen = all_records(workspace) if records is None else records
    rows = [record_to_json(record, stage_names) for record in chosen]
    return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"


def export_contacts(
    workspace: Workspace,
    fmt: str,
    *,
    vcard_version: str = "3.0",
    csv_flavour: str = "google",
    translate: Translate = untranslated,
    progress: Callable[..., object] | None = None,
) -> bytes:
    """The whole address book in ``fmt`` ("vcf", "csv", "ics" or "json") as UTF-8 bytes.

    ``csv_flavour``: "google" or "outlook". ``translate(context, text)`` puts the
    calendar's titles in the owner's language (the caller's: Qt's in the app)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    if csv_flavour not in CSV_FLAVOURS:
        raise ValueError(f"unknown CSV layout {csv_flavour!r}; use google or outlook")
    records = all_records(workspace)
    if fmt == "json":
        return write_json(workspace, records).encode("utf-8")
    if fmt == "csv":
        writer = write_outlook_csv if csv_flavour == "outlook" else write_csv
        return (UTF8_BOM + writer(records)).encode("utf-8")
    if fmt == "vcf":
        from prospectdesk.domain.io.vcard_write import write_vcards

        return write_vcards(records, version=vcard_version).encode("utf-8")
    from prospectdesk.domain.io.ics_write import write_calendar

    # A calendar of birthdays and follow-ups with alarms is a reminder too: people who
    # asked not to be contacted are left out of it (their data is in the other formats).
    contactable = [record for record in records if record.do_not_contact_at is None]
    names = {record.id: record.display_name for record in contactable}
    followups = [
        (info, names[info.contact_id])
        for info in open_followups(workspace)
        if info.contact_id in names
    ]
    return write_calendar(
        contactable,
        followups,
        translate=translate,
        alarms=birthday_alarms(workspace),
        now=workspace.clock.now(),
    )


def export_vcard_files(
    workspace: Workspace, *, vcard_version: str = "3.0"
) -> list[tuple[str, bytes]]:
    """One ``(file name, UTF-8 card)`` per contact (Outlook reads only a file's first)."""
    from prospectdesk.domain.io.vcard_write import vcard_files

    return [
        (name, card.encode("utf-8"))
        for name, card in vcard_files(all_records(workspace), vcard_version)
    ]


def birthday_alarms(workspace: Workspace) -> BirthdayAlarms:
    """The birthday reminders' settings, for the calendar's alarms."""
    from prospectdesk.domain.io.ics_write import BirthdayAlarms
    from prospectdesk.domain.settings import BIRTHDAY_LEAD_DAYS, MORNING_HOUR

    settings = workspace.settings
    return BirthdayAlarms(
        morning_hour=min(23, max(0, int(settings.get(MORNING_HOUR)))),
        lead_days=max(0, int(settings.get(BIRTHDAY_LEAD_DAYS))),
    )
