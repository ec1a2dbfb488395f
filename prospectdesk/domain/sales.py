"""Presentations and their close, sales and purchase history, consent to stay on the list,
expected value per column, and cards going stale.

Which stage a close leads to is decided here (by stage role, whatever the owner named the
stages): sale -> Customer (Repeat buyer once they bought before), not ready -> Follow up
later with a follow-up, no -> Not now, with their consent to stay on the list recorded.

"No, and do not keep me on your list" is not "Not now (kept on the list)": the card stays
where it was and the person gets the do-not-contact mark (``contact.do_not_contact_at``).
A mark, not a stage, because it must hold wherever the card is dragged later: reminders,
Today and stale marks leave marked people alone until the owner clears it by hand.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo

from prospectdesk.clock import Clock, from_utc_naive, stored_datetime, utc_naive
from prospectdesk.domain.activity import log_conversation
from prospectdesk.domain.card_rows import sales_marks
from prospectdesk.domain.errors import DomainError
from prospectdesk.domain.pipeline import Pipeline
from prospectdesk.domain.records import Changes
from prospectdesk.store.db import database
from prospectdesk.store.models import Contact, FollowUp, ListConsent, Presentation, Sale
from prospectdesk.store.rows import tuples

# The undo of a close or of a marking puts back each contact's mark as it was.
PriorMarks = dict[int, datetime | None]

CUSTOMER_ROLE = "customer"
REPEAT_BUYER_ROLE = "repeat_buyer"
FOLLOW_UP_ROLE = "follow_up"
NOT_NOW_ROLE = "not_now"


class CloseOutcome(enum.StrEnum):
    SALE = "sale"
    NOT_READY = "not_ready"
    NO = "no"


class IncompletePresentationError(DomainError, ValueError):
    """A close outcome is missing what it needs; ``missing`` names the fields."""

    def __init__(self, missing: Sequence[str]) -> None:
        super().__init__("missing: " + ", ".join(missing))
        self.missing = tuple(missing)


@dataclass(frozen=True)
class PresentationInput:
    presented_at: datetime  # aware
    offered: str
    call_to_action: str
    outcome: CloseOutcome
    # sale
    sale_what: str = ""
    sale_amount_cents: int | None = None
    sold_at: datetime | None = None  # default: the presentation's time
    # not ready (required) and no (optional, only when they stay on the list)
    follow_up_at: datetime | None = None
    follow_up_what: str = ""
    # no
    stays_on_list: bool | None = None
    no_reason: str = ""  # why (price, timing, ...); the dialog asks for it, older callers may not


@dataclass(frozen=True)
class SaleInfo:
    id: int
    contact_id: int
    what: str
    amount_cents: int
    sold_at: datetime  # aware, local zone
    presentation_id: int | None


@dataclass(frozen=True)
class PurchaseHistory:
    sales: tuple[SaleInfo, ...]  # newest first
    total_cents: int

    @property
    def count(self) -> int:
        return len(self.sales)


@dataclass(frozen=True)
class PresentationInfo:
    id: int
    contact_id: int
    presented_at: datetime  # aware, local zone
    offered: str
    call_to_action: str
    outcome: CloseOutcome
    followup_id: int | None


@dataclass(frozen=True)
class ConsentInfo:
    agreed: bool
    recorded_at: datetime  # aware, local zone


@dataclass(frozen=True)
class CloseResult:
    presentation_id: int
    to_stage_id: int | None  # None: no stage has the role (the owner removed it)
    sale_id: int | None
    followup_id: int | None
    changes: Changes


def missing_for(data: PresentationInput) -> list[str]:
    """What a close outcome still needs before it can be recorded (empty: complete)."""
    missing: list[str] = []
    if data.outcome is CloseOutcome.SALE:
        if not data.sale_what.strip():
            missing.append("sale_what")
        # A sale of nothing is a forgotten amount, not a sale.
        if data.sale_amount_cents is None or data.sale_amount_cents <= 0:
            missing.append("sale_amount")
    elif data.outcome is CloseOutcome.NOT_READY:
        if data.follow_up_at is None:
            missing.append("follow_up_at")
    elif data.outcome is CloseOutcome.NO:
        if data.stays_on_list is None:
            missing.append("stays_on_list")
    return missing


def close_target_role(
    outcome: CloseOutcome, *, bought_before: bool, refused_list: bool = False
) -> str | None:
    """The stage role a close leads to; None: the card stays where it is (a "no" from
    someone who refused to stay on the list: Not now says "kept on the list")."""
    if outcome is CloseOutcome.SALE:
        return REPEAT_BUYER_ROLE if bought_before else CUSTOMER_ROLE
    if outcome is CloseOutcome.NOT_READY:
        return FOLLOW_UP_ROLE
    if refused_list:
        return None
    return NOT_NOW_ROLE


def refuses_list(data: PresentationInput) -> bool:
    """A "no" whose person did not agree to stay on the list: they get the mark."""
    return data.outcome is CloseOutcome.NO and data.stays_on_list is False


class SalesService:
    def __init__(self, clock: Clock, pipeline: Pipeline) -> None:
        self.clock = clock
        self.pipeline = pipeline

    def _zone(self) -> tzinfo | None:
        return self.clock.now().tzinfo

    # -- presentations ---------------------------------------------------------------------

    def record_presentation(self, contact_id: int, data: PresentationInput) -> CloseResult:
        """Keep a presentation and carry out its close, in one transaction."""
        missing = missing_for(data)
        if missing:
            raise IncompletePresentationError(missing)
        with database.atomic(), self.pipeline.undo.step("sale"):
            contact = Contact.get_by_id(contact_id)
            bought_before = Sale.select().where(Sale.contact == contact_id).exists()
            followup_id = None
            wants_followup = data.outcome is CloseOutcome.NOT_READY or (
                data.outcome is CloseOutcome.NO and data.stays_on_list and data.follow_up_at
            )
            if wants_followup and data.follow_up_at is not None:
                followup_id = FollowUp.create(
                    contact=contact_id,
                    due_at=utc_naive(data.follow_up_at),
                    what=data.follow_up_what.strip(),
                ).id
            presentation = Presentation.create(
                contact=contact_id,
                presented_at=utc_naive(data.presented_at),
                offered=data.offered.strip(),
                call_to_action=data.call_to_action.strip(),
                outcome=data.outcome.value,
                followup=followup_id,
                no_reason=(data.no_reason.strip() or None)
                if data.outcome is CloseOutcome.NO
                else None,
            )
            sale_id = None
            if data.outcome is CloseOutcome.SALE:
                sale_id = Sale.create(
                    contact=contact_id,
                    presentation=presentation,
                    what=data.sale_what.strip(),
                    amount_cents=data.sale_amount_cents,
                    sold_at=utc_naive(data.sold_at or data.presented_at),
                ).id
            if data.outcome is CloseOutcome.NO:
                ListConsent.create(
                    contact=contact_id,
                    agreed=bool(data.stays_on_list),
                    recorded_at=utc_naive(data.presented_at),
                    presentation=presentation,
                )
            # The presentation was a conversation: "last conversation" and the quiet clock
            # see it (its text: what was offered and the call to action, as written).
            log_conversation(
                contact_id,
                occurred_at=data.presented_at,
                kind="meeting",
                summary="\n".join(
                    text for text in (data.offered.strip(), data.call_to_action.strip()) if text
                ),
            )
            refused = refuses_list(data)
            if refused:
                self._mark([contact_id], data.presented_at)
            role = close_target_role(
                data.outcome, bought_before=bought_before, refused_list=refused
            )
            to_stage_id: int | None
            if role is None:
                to_stage_id, changes = contact.stage_id, Changes()
            else:
                to_stage_id, changes = self._move_to_role(contact_id, role)
            changes.stages.add(contact.stage_id)
            changes.contacts.add(contact_id)
        presentation_id = presentation.id
        return CloseResult(presentation_id, to_stage_id, sale_id, followup_id, changes)

    def presentations(self, contact_id: int) -> list[PresentationInfo]:
        zone = self._zone()
        return [
            PresentationInfo(
                id=row.id,
                contact_id=contact_id,
                presented_at=from_utc_naive(stored_datetime(row.presented_at), zone),
                offered=row.offered,
                call_to_action=row.call_to_action,
                outcome=CloseOutcome(row.outcome),
                followup_id=row.followup_id,
            )
            for row in Presentation.select()
            .where(Presentation.contact == contact_id)
            .order_by(Presentation.presented_at.desc(), Presentation.id.desc())
        ]

    # -- sales -----------------------------------------------------------------------------

    def record_sale(
        self, contact_id: int, *, what: str, amount_cents: int, sold_at: datetime | None = None
    ) -> tuple[int, Changes]:
        """A sale without a presentation (a re-order): a customer becomes a repeat buyer."""
        if not what.strip():
            raise IncompletePresentationError(["sale_what"])
        if amount_cents <= 0:
            raise IncompletePresentationError(["sale_amount"])
        with database.atomic(), self.pipeline.undo.step("sale"):
            contact = Contact.get_by_id(contact_id)
            bought_before = Sale.select().where(Sale.contact == contact_id).exists()
            sale = Sale.create(
                contact=contact_id,
                what=what.strip(),
                amount_cents=amount_cents,
                sold_at=utc_naive(sold_at or self.clock.now()),
            )
            role = close_target_role(CloseOutcome.SALE, bought_before=bought_before)
            assert role is not None  # a sale always leads to a customer role
            _, changes = self._move_to_role(contact_id, role)
            changes.stages.add(contact.stage_id)
            changes.contacts.add(contact_id)
        sale_id = sale.id
        return sale_id, changes

    def purchases(self, contact_id: int) -> PurchaseHistory:
        zone = self._zone()
        sales = tuple(
            SaleInfo(
                id=row.id,
                contact_id=contact_id,
                what=row.what,
                amount_cents=row.amount_cents,
                sold_at=from_utc_naive(stored_datetime(row.sold_at), zone),
                presentation_id=row.presentation_id,
            )
            for row in Sale.select()
            .where(Sale.contact == contact_id)
            .order_by(Sale.sold_at.desc(), Sale.id.desc())
        )
        return PurchaseHistory(sales, sum(s.amount_cents for s in sales))

    def consent(self, contact_id: int) -> ConsentInfo | None:
        """The latest answer to "may we keep you on the list?" (None: never asked)."""
        row = (
            ListConsent.select()
            .where(ListConsent.contact == contact_id)
            .order_by(ListConsent.recorded_at.desc(), ListConsent.id.desc())
            .first()
        )
        if row is None:
            return None
        return ConsentInfo(
            row.agreed, from_utc_naive(stored_datetime(row.recorded_at), self._zone())
        )

    # -- do not contact ----------------------------------------------------------------------

    def do_not_contact(self, contact_id: int) -> datetime | None:
        """Since when they asked not to be contacted (aware, local zone); None: not marked."""
        # Only the one column (the whole row, photo and all, was read twice per click).
        row = database.execute_sql(
            "SELECT do_not_contact_at FROM contact WHERE id = ?", [contact_id]
        ).fetchone()
        if row is None:
            raise Contact.DoesNotExist(contact_id)
        value = row[0]
        return from_utc_naive(stored_datetime(value), self._zone()) if value else None

    def marked(self, contact_ids: Sequence[int]) -> set[int]:
        """Which of ``contact_ids`` carry the mark (one query per 500: a card menu over a
        large selection)."""
        ids = list(dict.fromkeys(contact_ids))
        found: set[int] = set()
        for start in range(0, len(ids), 500):
            found.update(
                row[0]
                for row in tuples(
                    Contact.select(Contact.id).where(
                        Contact.id.in_(ids[start : start + 500]),
                        Contact.do_not_contact_at.is_null(False),
                    )
                )
            )
        return found

    def set_do_not_contact(self, contact_ids: Sequence[int], marked: bool) -> Changes:
        """Set or clear the mark by hand, one transaction and one undo step. A mark already
        there keeps its date: it says when they first asked."""
        ids = list(dict.fromkeys(contact_ids))
        with database.atomic(), self.pipeline.undo.step("do-not-contact"):
            if marked:
                prior = self._mark(ids, self.clock.now())
            else:
                prior = self._current_marks(ids)
                Contact.update(
                    do_not_contact_at=None, updated_at=utc_naive(self.clock.now())
                ).where(Contact.id.in_(ids), Contact.do_not_contact_at.is_null(False)).execute()
            stages = {
                row[0] for row in tuples(Contact.select(Contact.stage).where(Contact.id.in_(ids)))
            }
        changes = Changes(stages=stages, contacts=set(ids))
        if all((prior.get(cid) is not None) == marked for cid in ids):
            return changes  # nothing changed: nothing to undo
        return changes

    def _current_marks(self, ids: Sequence[int]) -> PriorMarks:
        return {
            contact_id: stored_datetime(value) if value else None
            for contact_id, value in tuples(
                Contact.select(Contact.id, Contact.do_not_contact_at).where(
                    Contact.id.in_(list(ids))
                )
            )
        }

    def _mark(self, ids: Sequence[int], at: datetime) -> PriorMarks:
        """Mark ``ids`` not yet marked; return every one's mark before, for undo."""
        prior = self._current_marks(ids)
        Contact.update(
            do_not_contact_at=utc_naive(at), updated_at=utc_naive(self.clock.now())
        ).where(Contact.id.in_(list(ids)), Contact.do_not_contact_at.is_null()).execute()
        return prior

    # -- expected value --------------------------------------------------------------------

    def set_expected_value(self, contact_id: int, cents: int | None) -> Changes:
        if cents is not None and cents < 0:
            raise ValueError("an expected value cannot be negative")
        with database.atomic():
            contact = Contact.get_by_id(contact_id)
            Contact.update(
                expected_value_cents=cents, updated_at=utc_naive(self.clock.now())
            ).where(Contact.id == contact_id).execute()
        return Changes(stages={contact.stage_id}, contacts={contact_id})

    def value_totals(self) -> dict[int, int]:
        """Expected value per stage in cents, for the column headers (kept by the
        pipeline between changes and adjusted by moves, like the counts)."""
        return self.pipeline.stage_values()

    # -- board -----------------------------------------------------------------------------

    def card_extras(self, cards: Sequence[tuple[int, int]]) -> dict[int, dict[str, object]]:
        """Card decorator: the gone-quiet and do-not-contact marks
        (:func:`prospectdesk.domain.card_rows.sales_marks`)."""
        return sales_marks(database.execute_sql, cards, self.clock.now())

    # -- helpers ---------------------------------------------------------------------------

    def _move_to_role(self, contact_id: int, role: str) -> tuple[int | None, Changes]:
        stage = self.pipeline.stage_by_role(role)
        if stage is None:
            return None, Changes()
        if self.pipeline.stage_of(contact_id) == stage.id:
            return stage.id, Changes(stages={stage.id})
        # Part of the caller's transaction; undo of a whole close is not offered.
        return stage.id, self.pipeline.move_contacts(
            [contact_id], to_stage_id=stage.id, record_undo=False
        )
