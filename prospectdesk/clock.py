"""Injected time: everything that asks "what time is it?" asks a Clock.

Tests use :class:`FakeClock` so that midnight, leap days, DST changes and a laptop that
slept for three days are instant and repeatable.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """The current instant as an aware datetime in the local time zone."""
        ...


class SystemClock:
    """The real wall clock, in the machine's current local zone."""

    def now(self) -> datetime:
        return datetime.now().astimezone()


class FakeClock:
    """A clock that only moves when told to; ``now()`` is shown in ``zone``."""

    def __init__(self, start: datetime, zone: tzinfo | None = None) -> None:
        if start.tzinfo is None:
            raise ValueError("FakeClock needs an aware datetime")
        self.zone = zone or start.tzinfo
        self._instant = start.astimezone(UTC)

    def now(self) -> datetime:
        return self._instant.astimezone(self.zone)

    def set(self, when: datetime) -> None:
        if when.tzinfo is None:
            raise ValueError("FakeClock needs an aware datetime")
        self._instant = when.astimezone(UTC)

    def advance(self, delta: timedelta) -> None:
        self._instant += delta


def utc_naive(moment: datetime) -> datetime:
    """Aware datetime -> naive UTC, the form the store keeps (sortable, zone-free)."""
    if moment.tzinfo is None:
        raise ValueError("expected an aware datetime")
    return moment.astimezone(UTC).replace(tzinfo=None)


def from_utc_naive(stored: datetime, zone: tzinfo | None = None) -> datetime:
    """Naive UTC from the store -> aware datetime in ``zone`` (default: the local zone)."""
    aware = stored.replace(tzinfo=UTC)
    return aware.astimezone(zone) if zone is not None else aware.astimezone()


def stored_datetime(value: datetime | str) -> datetime:
    """A DATETIME column's value as a datetime: peewee converts model fields, but raw and
    aggregate queries hand back the stored text."""
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


def local_moment(day: date, hour: int, zone: tzinfo | None) -> datetime:
    """``hour``:00 on ``day`` as an aware datetime, right across DST changes.

    A real zone (zoneinfo) knows its own offsets. The system clock hands out fixed-offset
    zones (``datetime.now().astimezone()``), whose offset is only right for today; for those
    the wall time is resolved in the operating system's local zone instead."""
    wall = datetime.combine(day, time(hour))
    if zone is not None and getattr(zone, "key", None):
        return wall.replace(tzinfo=zone)
    return wall.astimezone()
