"""What the board shows of a stage and of a card: apart from :mod:`prospectdesk.domain.records`
so that the first screen builds its board (``domain/first_screen.py``) without defining the
rest of the records (issue 21); ``records`` names them too."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class StageInfo:
    id: int
    name: str
    position: int
    role: str | None
    stale_days: int | None


@dataclass(frozen=True)
class CardInfo:
    """What a board card shows: small, read in pages."""

    id: int
    display_name: str
    organization: str
    stage_id: int
    next_followup_due: datetime | None  # aware, local zone
    followup_overdue: bool
    days_in_stage: int
    expected_value_cents: int | None = None
    qualification_met: int = 0
    qualification_total: int = 0
    stale: bool = False
    tags: tuple[str, ...] = ()
    do_not_contact: bool = False  # they asked not to be contacted again
