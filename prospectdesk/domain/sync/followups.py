"""Open follow-ups as events (VEVENT + VALARM at the due time) in the follow-ups calendar.

ProspectDesk is where follow-ups are kept, so this direction is one way with repair: every
sync puts each open follow-up's event where it belongs, puts back one the phone moved or
deleted, and deletes the events of follow-ups that were done or deleted here. Events get the
follow-up's stable UID (migration 10), at an href derived from it, so a retried create
lands on the same event. Only follow-ups of live contacts who may be contacted are shown.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import icalendar

from prospectdesk.clock import stored_datetime
from prospectdesk.domain.sync.dav import ICALENDAR_TYPE, DavClient, NotFound
from prospectdesk.store.db import database
from prospectdesk.store.models import Contact, FollowUp, SyncAccount, SyncEvent
from prospectdesk.store.rows import tuples

PRODID = "-//ProspectDesk//Follow-ups//EN"
DURATION = timedelta(minutes=30)


@dataclass
class EventReport:
    put: int = 0
    put_back: int = 0  # moved or deleted on the phone, restored
    deleted: int = 0


def _event(uid: str, due_utc: datetime, what: str, name: str) -> str:
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    event = icalendar.Event()
    event.add("uid", f"followup-{uid}@prospectdesk")
    event.add("dtstamp", due_utc)  # fixed, so the same follow-up is the same text
    summary = f"{what} ({name})" if what else name
    event.add("summary", summary)
    event.add("dtstart", due_utc)
    event.add("dtend", due_utc + DURATION)
    alarm = icalendar.Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", summary)
    alarm.add("trigger", timedelta(0))
    event.add_component(alarm)
    calendar.add_component(event)
    text: str = calendar.to_ical().decode("utf-8")
    return text


def wanted_events() -> dict[str, str]:
    """Follow-up UID -> the event text it should have, for every open follow-up."""
    query = (
        FollowUp.select(FollowUp.uid, FollowUp.due_at, FollowUp.what, Contact.display_name)
        .join(Contact)
        .where(
            FollowUp.done_at.is_null(),
            Contact.deleted_at.is_null(),
            Contact.do_not_contact_at.is_null(),
        )
    )
    return {
        uid: _event(uid, stored_datetime(due).replace(tzinfo=UTC), what, name)
        for uid, due, what, name in tuples(query)
        if uid
    }


def _hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def sync_followups(client: DavClient, account: SyncAccount) -> EventReport:
    """Make the follow-ups calendar show exactly the open follow-ups."""
    report = EventReport()
    calendar = account.calendar_url
    if not calendar:
        return report
    wanted = wanted_events()
    status = {
        row.followup_uid: row for row in SyncEvent.select().where(SyncEvent.account == account)
    }
    there = dict(client.list_etags(calendar).changed)
    for uid, text in wanted.items():
        row = status.get(uid)
        href = row.href if row is not None else f"{calendar.rstrip('/')}/{uid}.ics"
        current = there.get(href)
        if row is not None and row.content_hash == _hash(text) and current is not None:
            if current == row.etag or row.etag is None:
                continue  # as we left it
        etag = client.put(href, text, etag=None, content_type=ICALENDAR_TYPE, overwrite=True)
        if row is not None and row.content_hash == _hash(text):
            report.put_back += 1
        else:
            report.put += 1
        with database.atomic():
            if row is None:
                row = SyncEvent(account=account.id, followup_uid=uid, href=href)
            row.etag = etag  # None: the server gave none; then only a missing event is put back
            row.content_hash = _hash(text)
            row.save()
    for uid, row in status.items():
        if uid in wanted:
            continue
        try:
            client.delete(row.href, etag=None)
        except NotFound:
            pass
        row.delete_instance()
        report.deleted += 1
    return report
