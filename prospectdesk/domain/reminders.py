"""The reminder service: what is due at a moment, and when the next thing falls due.

Pure Python over the store and an injected clock, so that a laptop that slept for three
days, a DST change or a restart are plain test cases. The Qt side only asks two questions,
"what should I show now?" (:meth:`ReminderService.collect`) and "when do I ask again?"
(:meth:`ReminderService.next_due`), and arms one timer for the answer.

Every reminder has a stable key (``followup:<id>``, ``birthday:<contact>:<year>:<lead|day>``,
``quiet:<contact>:<quiet-since date>``). What happened to it (shown, snoozed, done) is kept
in ``reminder_state`` under that key, so a restart shows nothing twice and drops nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta, tzinfo

from peewee import fn

from prospectdesk.clock import Clock, from_utc_naive, local_moment, utc_naive
from prospectdesk.domain.agenda import (
    CONTACTABLE,
    as_datetime,
    birthdays_between,
    next_birthday_on_or_after,
    open_followups_until,
    quiet_prospects,
)
from prospectdesk.domain.quiet import next_quiet_day
from prospectdesk.domain.records import Changes
from prospectdesk.domain.settings import (
    BIRTHDAY_LEAD_DAYS,
    CLOSE_TO_TRAY,
    LANGUAGE,
    MORNING_HOUR,
    PHONE_REGION,
    QUALIFICATION_GATE,
    REMIND_QUIET,
    Settings,
    set_currency,
)
from prospectdesk.store.db import database
from prospectdesk.store.models import Contact, FollowUp, ReminderState

# A reminder that fell due longer ago than this was missed (the app was closed or the
# machine asleep); it is shown in one grouped "missed" message instead of on its own.
MISSED_AFTER = timedelta(minutes=10)
# A birthday missed while the app was closed is still worth a belated card for a week.
BIRTHDAY_STILL_RELEVANT_DAYS = 7

SNOOZE_HOUR = "hour"
SNOOZE_TOMORROW = "tomorrow"
SNOOZE_NEXT_WEEK = "next_week"
SNOOZE_CHOICES = (SNOOZE_HOUR, SNOOZE_TOMORROW, SNOOZE_NEXT_WEEK)


@dataclass(frozen=True)
class Reminder:
    """One thing to remind the owner of.

    ``scheduled_at`` is when it first fell due; ``due_at`` is when it is shown (later than
    ``scheduled_at`` after a snooze). ``occasion`` is the birthday itself for birthday
    reminders (``lead`` is True for the one ahead of the day) and the day a prospect went
    quiet for quiet reminders. ``detail`` is the follow-up's "what", the birthday as ISO
    text, or empty."""

    key: str
    kind: str  # "followup" | "birthday" | "quiet"
    contact_id: int
    display_name: str
    scheduled_at: datetime
    due_at: datetime
    detail: str = ""
    followup_id: int | None = None
    occasion: date | None = None
    lead: bool = False
    shown: bool = False


@dataclass
class ReminderBatch:
    """Reminders to show now: ``due`` one by one, ``missed`` together as one message."""

    due: list[Reminder] = field(default_factory=list)
    missed: list[Reminder] = field(default_factory=list)
    # Everything due at that moment, shown before or not (the tray menu lists these).
    active: list[Reminder] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.due or self.missed)

    @property
    def all(self) -> list[Reminder]:
        return [*self.missed, *self.due]


def followup_key(followup_id: int) -> str:
    return f"followup:{followup_id}"


def birthday_key(contact_id: int, year: int, lead: bool) -> str:
    return f"birthday:{contact_id}:{year}:{'lead' if lead else 'day'}"


def quiet_key(contact_id: int, quiet_since: date) -> str:
    return f"quiet:{contact_id}:{quiet_since.isoformat()}"


@dataclass(frozen=True)
class _State:
    due_at: datetime | None
    shown_at: datetime | None
    snoozed_until: datetime | None
    done_at: datetime | None


def _parse_stored(value: str | datetime | None) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(value)


@dataclass(frozen=True)
class _Config:
    morning_hour: int
    lead_days: int
    remind_quiet: bool

    def morning(self, day: date, zone: tzinfo | None) -> datetime:
        return local_moment(day, self.morning_hour, zone)


class ReminderService:
    def __init__(self, clock: Clock, settings: Settings) -> None:
        self.clock = clock
        self.settings = settings

    # -- settings ----------------------------------------------------------------------------

    def _config(self) -> _Config:
        """The settings, read once per call (not once per reminder: 100,000 contacts)."""
        return _Config(
            morning_hour=min(23, max(0, int(self.settings.get(MORNING_HOUR)))),
            lead_days=max(0, int(self.settings.get(BIRTHDAY_LEAD_DAYS))),
            remind_quiet=bool(self.settings.get(REMIND_QUIET)),
        )

    def morning_of(self, day: date, zone: tzinfo | None = None) -> datetime:
        """The moment date-only reminders of ``day`` fire: the morning hour, local time."""
        hour = self._config().morning_hour
        return local_moment(day, hour, zone or self.clock.now().tzinfo)

    def watches_stages(self) -> bool:
        """Whether a card's stage matters to the reminders (only quiet-prospect reminders
        look at it): when not, a drag cannot change what is due."""
        return self._config().remind_quiet

    # -- reading -----------------------------------------------------------------------------

    def active(self, now: datetime | None = None) -> list[Reminder]:
        """Every reminder due at ``now`` and neither done nor snoozed past ``now``, shown or
        not (the tray menu lists these), oldest first."""
        now = now or self.clock.now()
        result = []
        candidates = self._candidates(now)
        states = self._states([c.key for c in candidates])
        for reminder in candidates:
            state = states.get(reminder.key)
            if state is not None and state.due_at == utc_naive(reminder.scheduled_at):
                if state.done_at is not None:
                    continue
                due_at = reminder.due_at
                if state.snoozed_until is not None:
                    due_at = from_utc_naive(state.snoozed_until, now.tzinfo)
                    if due_at > now:
                        continue
                reminder = replace(reminder, due_at=due_at, shown=state.shown_at is not None)
            result.append(reminder)
        result.sort(key=lambda r: (r.due_at, r.key))
        return result

    def pending(self, now: datetime | None = None) -> ReminderBatch:
        """What should be shown at ``now`` and has not been yet; read-only. The batch's
        ``active`` holds everything due, shown or not (for the tray menu)."""
        now = now or self.clock.now()
        batch = ReminderBatch()
        batch.active = self.active(now)
        for reminder in batch.active:
            if reminder.shown:
                continue
            if reminder.due_at < now - MISSED_AFTER:
                batch.missed.append(reminder)
            else:
                batch.due.append(reminder)
        return batch

    def next_due(self, now: datetime | None = None) -> datetime | None:
        """The next moment after ``now`` at which something may fall due (None: nothing
        ever will until the data changes). The UI arms its one timer for it."""
        now = now or self.clock.now()
        zone = now.tzinfo
        moments: list[datetime] = []
        next_followup = (
            FollowUp.select(fn.MIN(FollowUp.due_at))
            .join(Contact)
            .where(
                FollowUp.due_at > utc_naive(now),
                FollowUp.done_at.is_null(),
                CONTACTABLE,
            )
            .scalar()
        )
        if next_followup is not None:
            moments.append(from_utc_naive(as_datetime(next_followup), zone))
        next_snooze = (
            ReminderState.select(fn.MIN(ReminderState.snoozed_until))
            .where(ReminderState.snoozed_until > utc_naive(now), ReminderState.done_at.is_null())
            .scalar()
        )
        if next_snooze is not None:
            moments.append(from_utc_naive(as_datetime(next_snooze), zone))
        # Date-only reminders fire at the morning hour; the first morning still ahead.
        today = now.date()
        config = self._config()
        first_day = today if config.morning(today, zone) > now else today + timedelta(days=1)
        lead = config.lead_days
        day_options = [next_birthday_on_or_after(first_day)]
        if lead:
            ahead = next_birthday_on_or_after(first_day + timedelta(days=lead))
            day_options.append(ahead - timedelta(days=lead) if ahead else None)
        if config.remind_quiet:
            day_options.append(next_quiet_day(local_moment(first_day, 0, zone)))
        for day in day_options:
            if day is not None:
                moments.append(config.morning(day, zone))
        future = [moment for moment in moments if moment > now]
        return min(future) if future else None

    # -- writing -----------------------------------------------------------------------------

    def collect(self, now: datetime | None = None) -> ReminderBatch:
        """What to show at ``now``, marked as shown in the same transaction, so that each
        reminder is handed out exactly once however often (or late) this is called."""
        now = now or self.clock.now()
        with database.atomic():
            batch = self.pending(now)
            self._mark_shown(batch.all, now)
        return batch

    def mark_shown(self, reminders: list[Reminder]) -> Changes:
        with database.atomic():
            self._mark_shown(reminders, self.clock.now())
        return Changes()

    def snooze_until(self, choice: str, now: datetime | None = None) -> datetime:
        """In an hour, tomorrow morning at the morning hour, or a week from today's morning."""
        now = now or self.clock.now()
        if choice == SNOOZE_HOUR:
            return now + timedelta(hours=1)
        if choice == SNOOZE_TOMORROW:
            return self.morning_of(now.date() + timedelta(days=1), now.tzinfo)
        if choice == SNOOZE_NEXT_WEEK:
            return self.morning_of(now.date() + timedelta(days=7), now.tzinfo)
        raise ValueError(f"unknown snooze choice {choice!r}")

    def snooze(self, reminder: Reminder, choice: str) -> Changes:
        """Show ``reminder`` again later; it counts as not shown until then."""
        until = self.snooze_until(choice)
        with database.atomic():
            self._write_state(reminder, shown_at=None, snoozed_until=utc_naive(until))
        return Changes()

    def done(self, reminder: Reminder) -> Changes:
        """Never remind of this again; a follow-up is completed as well."""
        now = utc_naive(self.clock.now())
        changes = Changes()
        with database.atomic():
            self._write_state(reminder, done_at=now)
            if reminder.followup_id is not None:
                FollowUp.update(done_at=now).where(
                    FollowUp.id == reminder.followup_id, FollowUp.done_at.is_null()
                ).execute()
                stage_id = Contact.get_by_id(reminder.contact_id).stage_id
                changes = Changes(stages={stage_id}, contacts={reminder.contact_id})
        return changes

    # -- internals ---------------------------------------------------------------------------

    def _candidates(self, now: datetime) -> list[Reminder]:
        """Every reminder whose scheduled moment is at or before ``now`` and that still
        matters, before looking at what was shown, snoozed or done."""
        zone = now.tzinfo
        today = now.date()
        result: list[Reminder] = []
        for row in open_followups_until(now + timedelta(microseconds=1)):
            result.append(
                Reminder(
                    key=followup_key(row.followup_id),
                    kind="followup",
                    contact_id=row.contact_id,
                    display_name=row.display_name,
                    scheduled_at=row.due_at,
                    due_at=row.due_at,
                    detail=row.what,
                    followup_id=row.followup_id,
                    occasion=row.due_at.date(),
                )
            )
        config = self._config()
        lead = config.lead_days
        window_start = today - timedelta(days=BIRTHDAY_STILL_RELEVANT_DAYS)
        for birthday in birthdays_between(window_start, today + timedelta(days=lead)):
            on_the_day = config.morning(birthday.occurrence, zone)
            moments = [(False, on_the_day)]
            if lead:
                moments.append(
                    (True, config.morning(birthday.occurrence - timedelta(days=lead), zone))
                )
            for is_lead, moment in moments:
                # Once the day's own reminder is due, the one ahead of it is superseded.
                if moment > now or (is_lead and on_the_day <= now):
                    continue
                result.append(
                    Reminder(
                        key=birthday_key(birthday.contact_id, birthday.occurrence.year, is_lead),
                        kind="birthday",
                        contact_id=birthday.contact_id,
                        display_name=birthday.display_name,
                        scheduled_at=moment,
                        due_at=moment,
                        detail=birthday.birthday.to_text(),
                        occasion=birthday.occurrence,
                        lead=is_lead,
                    )
                )
        if config.remind_quiet:
            end_of_today = local_moment(today + timedelta(days=1), 0, zone)
            for quiet in quiet_prospects(end_of_today):
                moment = config.morning(quiet.quiet_since, zone)
                if moment > now:
                    continue
                result.append(
                    Reminder(
                        key=quiet_key(quiet.contact_id, quiet.quiet_since),
                        kind="quiet",
                        contact_id=quiet.contact_id,
                        display_name=quiet.display_name,
                        scheduled_at=moment,
                        due_at=moment,
                        detail=quiet.last_interaction.isoformat() if quiet.last_interaction else "",
                        occasion=quiet.quiet_since,
                    )
                )
        return result

    def _states(self, keys: list[str]) -> dict[str, _State]:
        """Stored states by key: plain tuples, not model rows (tens of thousands of keys
        when every prospect has gone quiet)."""
        states: dict[str, _State] = {}
        for start in range(0, len(keys), 500):
            chunk = keys[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            cursor = database.execute_sql(
                "SELECT key, due_at, shown_at, snoozed_until, done_at FROM reminder_state "
                f"WHERE key IN ({marks})",
                chunk,
            )
            for key, due_at, shown_at, snoozed_until, done_at in cursor:
                states[key] = _State(
                    due_at=_parse_stored(due_at),
                    shown_at=_parse_stored(shown_at),
                    snoozed_until=_parse_stored(snoozed_until),
                    done_at=_parse_stored(done_at),
                )
        return states

    def _mark_shown(self, reminders: list[Reminder], now: datetime) -> None:
        """One upsert per reminder in a single executemany: the stored state is kept when it
        belongs to the same schedule, started afresh when the schedule moved."""
        shown_at = str(utc_naive(now))
        rows = [(r.key, str(utc_naive(r.scheduled_at)), shown_at) for r in reminders]
        if not rows:
            return
        database.connection().executemany(
            'INSERT INTO "reminder_state" ("key", "due_at", "shown_at") VALUES (?, ?, ?) '
            'ON CONFLICT ("key") DO UPDATE SET "shown_at" = excluded."shown_at", '
            '"snoozed_until" = CASE WHEN "due_at" = excluded."due_at" '
            'THEN "snoozed_until" END, '
            '"done_at" = CASE WHEN "due_at" = excluded."due_at" THEN "done_at" END, '
            '"due_at" = excluded."due_at"',
            rows,
        )

    def _write_state(self, reminder: Reminder, **values: object) -> None:
        """Update the state recorded for this occurrence of the reminder, or start afresh
        when the stored state belongs to an earlier schedule (a rescheduled follow-up)."""
        scheduled = utc_naive(reminder.scheduled_at)
        updated = (
            ReminderState.update(**values)
            .where(ReminderState.key == reminder.key, ReminderState.due_at == scheduled)
            .execute()
        )
        if not updated:
            ReminderState.insert(
                key=reminder.key, due_at=scheduled, **values
            ).on_conflict_replace().execute()


@dataclass
class ReminderSettings:
    """The reminder and tray settings the settings dialog edits, together."""

    birthday_lead_days: int
    morning_hour: int
    remind_quiet: bool
    close_to_tray: bool
    qualification_gate: bool = True  # the sales process's one switch in the same dialog


LEAD_DAYS_RANGE = (0, 60)


def load_reminder_settings(settings: Settings) -> ReminderSettings:
    return ReminderSettings(
        birthday_lead_days=int(settings.get(BIRTHDAY_LEAD_DAYS)),
        morning_hour=int(settings.get(MORNING_HOUR)),
        remind_quiet=bool(settings.get(REMIND_QUIET)),
        close_to_tray=bool(settings.get(CLOSE_TO_TRAY)),
        qualification_gate=bool(settings.get(QUALIFICATION_GATE)),
    )


def save_reminder_settings(
    settings: Settings,
    values: ReminderSettings,
    *,
    language: str | None = None,
    phone_region: str | None = None,
    currency: str | None = None,
) -> Changes:
    """Store all of them (and the UI ``language`` and ``phone_region`` when given: the
    Settings dialog is one act) in one transaction, refusing values out of range. Nothing on the board changes;
    the reminders and the agenda (Today) look again."""
    checks = (
        (values.birthday_lead_days, LEAD_DAYS_RANGE, "birthday lead days"),
        (values.morning_hour, (0, 23), "morning hour"),
    )
    for value, (low, high), name in checks:
        if not low <= value <= high:
            raise ValueError(f"{name} must be between {low} and {high}, not {value}")
    with database.atomic():
        settings.set(BIRTHDAY_LEAD_DAYS, values.birthday_lead_days)
        settings.set(MORNING_HOUR, values.morning_hour)
        settings.set(REMIND_QUIET, values.remind_quiet)
        settings.set(CLOSE_TO_TRAY, values.close_to_tray)
        settings.set(QUALIFICATION_GATE, values.qualification_gate)
        if language is not None:
            settings.set(LANGUAGE, language)
        if phone_region is not None:
            settings.set(PHONE_REGION, phone_region)
        if currency is not None:
            set_currency(settings, currency)  # every amount on screen is written anew
    return Changes(settings=True, everything=currency is not None)
