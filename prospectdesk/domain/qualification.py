"""Qualification: the owner's criteria, the answers a lead gave, and what they lead to.

The rule (all criteria met: offer Prospect; any "no": offer Not now) lives here so the
dialog only asks and shows. Answers accumulate over conversations: for each criterion the
most recent answer counts, so a "don't know yet" on the phone can become a "yes" later.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from peewee import fn

from prospectdesk.clock import Clock, from_utc_naive, stored_datetime, utc_naive
from prospectdesk.domain.activity import log_conversation
from prospectdesk.domain.card_rows import qualification_marks
from prospectdesk.domain.pipeline import Pipeline
from prospectdesk.domain.records import Changes
from prospectdesk.store.db import database
from prospectdesk.store.models import (
    Contact,
    Qualification,
    QualificationAnswer,
    QualificationCriterion,
)
from prospectdesk.store.rows import tuples

# How the answers were gathered (stored values; the UI shows translated words).
GATHERING_METHODS = ("phone_call", "meeting", "online_form", "email", "in_person")

# The conversation a qualification logs, by how the answers were gathered.
METHOD_KINDS = {"phone_call": "call", "meeting": "meeting", "online_form": "online_form"}
METHOD_KINDS |= {"email": "email", "in_person": "in_person"}

LEAD_ROLE = "lead"
PROSPECT_ROLE = "prospect"
NOT_NOW_ROLE = "not_now"


class Answer(enum.StrEnum):
    YES = "yes"
    NO = "no"
    UNKNOWN = "unknown"  # "don't know yet"


class Outcome(enum.StrEnum):
    """What the answers so far suggest doing with the lead."""

    PROSPECT = "prospect"  # every criterion met
    NOT_NOW = "not_now"  # at least one "no"
    UNDECIDED = "undecided"  # nothing against, but not everything known yet


@dataclass(frozen=True)
class CriterionInfo:
    id: int
    name: str
    position: int


@dataclass(frozen=True)
class AnswerInput:
    criterion_id: int
    answer: Answer
    note: str = ""


@dataclass(frozen=True)
class AnswerInfo:
    criterion_id: int | None  # None once the criterion was removed
    question: str  # as it was asked
    answer: Answer
    note: str


@dataclass(frozen=True)
class QualificationSessionInfo:
    id: int
    contact_id: int
    asked_at: datetime  # aware, local zone
    method: str
    answers: tuple[AnswerInfo, ...]


@dataclass(frozen=True)
class QualificationStatus:
    """Where a contact stands against the current criteria."""

    contact_id: int
    answers: dict[int, AnswerInfo]  # criterion id -> latest answer
    met: int
    total: int
    outcome: Outcome


@dataclass(frozen=True)
class QualificationResult:
    session_id: int
    status: QualificationStatus
    offered_stage_id: int | None  # the stage the rule suggests; None: stay where they are
    changes: Changes = field(default_factory=Changes)


def decide(answers: Mapping[int, Answer], criteria_ids: Iterable[int]) -> Outcome:
    """The qualification rule: any "no" -> Not now; all "yes" -> Prospect; else undecided."""
    given = [answers.get(cid, Answer.UNKNOWN) for cid in criteria_ids]
    if any(answer is Answer.NO for answer in given):
        return Outcome.NOT_NOW
    if all(answer is Answer.YES for answer in given):
        return Outcome.PROSPECT
    return Outcome.UNDECIDED


class QualificationService:
    def __init__(self, clock: Clock, pipeline: Pipeline) -> None:
        self.clock = clock
        self.pipeline = pipeline

    # -- criteria --------------------------------------------------------------------------

    def criteria(self) -> list[CriterionInfo]:
        return [
            CriterionInfo(row.id, row.name, row.position)
            for row in QualificationCriterion.select().order_by(
                QualificationCriterion.position, QualificationCriterion.id
            )
        ]

    def add_criterion(self, name: str) -> tuple[int, Changes]:
        name = _required_name(name)
        with database.atomic():
            last = QualificationCriterion.select(fn.MAX(QualificationCriterion.position)).scalar()
            position = (last or 0) + 1
            row = QualificationCriterion.create(name=name, position=position)
        # Every card's "n of m" changes.
        return row.id, Changes(everything=True)

    def rename_criterion(self, criterion_id: int, name: str) -> Changes:
        name = _required_name(name)
        with database.atomic():
            QualificationCriterion.update(name=name).where(
                QualificationCriterion.id == criterion_id
            ).execute()
        return Changes(everything=True)

    def remove_criterion(self, criterion_id: int) -> Changes:
        """Remove a criterion; answers already given keep their question text."""
        with database.atomic():
            QualificationCriterion.delete().where(
                QualificationCriterion.id == criterion_id
            ).execute()
        return Changes(everything=True)

    def reorder_criteria(self, criterion_ids: Sequence[int]) -> Changes:
        with database.atomic():
            for position, criterion_id in enumerate(criterion_ids, start=1):
                QualificationCriterion.update(position=position).where(
                    QualificationCriterion.id == criterion_id
                ).execute()
        return Changes(everything=True)

    # -- answers ---------------------------------------------------------------------------

    def record(
        self,
        contact_id: int,
        answers: Sequence[AnswerInput],
        *,
        method: str,
        asked_at: datetime | None = None,
    ) -> QualificationResult:
        """Keep one conversation's answers and say which move the rule offers."""
        if method not in GATHERING_METHODS:
            raise ValueError(f"unknown way of gathering answers {method!r}")
        with database.atomic(), self.pipeline.undo.step("qualification"):
            contact = Contact.get_by_id(contact_id)
            names = {c.id: c.name for c in self.criteria()}
            session = Qualification.create(
                contact=contact_id,
                asked_at=utc_naive(asked_at or self.clock.now()),
                method=method,
            )
            for item in answers:
                if item.criterion_id not in names:
                    raise ValueError(f"criterion {item.criterion_id} does not exist")
                QualificationAnswer.create(
                    qualification=session,
                    criterion=item.criterion_id,
                    question=names[item.criterion_id],
                    answer=Answer(item.answer).value,
                    note=item.note.strip(),
                )
            Contact.update(updated_at=utc_naive(self.clock.now())).where(
                Contact.id == contact_id
            ).execute()
            # The answers were a conversation: "last conversation" and the quiet clock see it.
            log_conversation(
                contact_id,
                occurred_at=asked_at or self.clock.now(),
                kind=METHOD_KINDS[method],
                summary=qualification_summary(answers, names),
            )
        status = self.status(contact_id)
        return QualificationResult(
            session_id=session.id,
            status=status,
            offered_stage_id=self.offered_stage(status.outcome),
            changes=Changes(stages={contact.stage_id}, contacts={contact_id}),
        )

    def offered_stage(self, outcome: Outcome) -> int | None:
        role = {Outcome.PROSPECT: PROSPECT_ROLE, Outcome.NOT_NOW: NOT_NOW_ROLE}.get(outcome)
        if role is None:
            return None
        stage = self.pipeline.stage_by_role(role)
        return stage.id if stage is not None else None

    def accept_offer(self, contact_id: int, outcome: Outcome) -> Changes:
        """Make the move the rule offered (the owner said yes to it)."""
        stage_id = self.offered_stage(outcome)
        if stage_id is None or self.pipeline.stage_of(contact_id) == stage_id:
            return Changes()
        return self.pipeline.move_contacts([contact_id], to_stage_id=stage_id)

    def status(self, contact_id: int) -> QualificationStatus:
        return self.statuses([contact_id])[contact_id]

    def statuses(self, contact_ids: Sequence[int]) -> dict[int, QualificationStatus]:
        """Status of many contacts in two queries (the board reads pages of cards)."""
        criteria = self.criteria()
        criteria_ids = [c.id for c in criteria]
        current = set(criteria_ids)
        latest = _latest_answers(list(contact_ids))
        result: dict[int, QualificationStatus] = {}
        for contact_id in contact_ids:
            answers = {
                cid: info for cid, info in latest.get(contact_id, {}).items() if cid in current
            }
            given = {cid: info.answer for cid, info in answers.items()}
            result[contact_id] = QualificationStatus(
                contact_id=contact_id,
                answers=answers,
                met=sum(1 for a in given.values() if a is Answer.YES),
                total=len(criteria_ids),
                outcome=decide(given, criteria_ids),
            )
        return result

    def history(self, contact_id: int) -> list[QualificationSessionInfo]:
        """Every qualification conversation of a contact, newest first, with its answers."""
        zone = self.clock.now().tzinfo
        sessions = list(
            Qualification.select()
            .where(Qualification.contact == contact_id)
            .order_by(Qualification.asked_at.desc(), Qualification.id.desc())
        )
        answers: dict[int, list[AnswerInfo]] = {}
        if sessions:
            for row in (
                QualificationAnswer.select()
                .where(QualificationAnswer.qualification.in_([s.id for s in sessions]))
                .order_by(QualificationAnswer.id)
            ):
                answers.setdefault(row.qualification_id, []).append(_answer_info(row))
        return [
            QualificationSessionInfo(
                id=s.id,
                contact_id=contact_id,
                asked_at=from_utc_naive(stored_datetime(s.asked_at), zone),
                method=s.method,
                answers=tuple(answers.get(s.id, [])),
            )
            for s in sessions
        ]

    # -- board -----------------------------------------------------------------------------

    def card_extras(self, cards: Sequence[tuple[int, int]]) -> dict[int, dict[str, object]]:
        """Card decorator: "2 of 3" for leads and anyone who has been asked
        (:func:`prospectdesk.domain.card_rows.qualification_marks`)."""
        return qualification_marks(database.execute_sql, cards)


def qualification_summary(answers: Sequence[AnswerInput], names: Mapping[int, str]) -> str:
    """The logged conversation's text: each question the owner noted something on, with
    the note (the owner's own words, in their language)."""
    return "\n".join(
        f"{names.get(item.criterion_id, '')}: {item.note.strip()}"
        for item in answers
        if item.note.strip()
    )


def _required_name(name: str) -> str:
    name = name.strip()
    if not name:
        raise ValueError("a criterion needs a name")
    return name


def _answer_info(row: QualificationAnswer) -> AnswerInfo:
    return AnswerInfo(
        criterion_id=row.criterion_id,
        question=row.question,
        answer=Answer(row.answer),
        note=row.note,
    )


def _chunks(ids: list[int], size: int = 500) -> Iterable[list[int]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def _latest_answers(contact_ids: list[int]) -> dict[int, dict[int, AnswerInfo]]:
    """contact -> criterion -> the most recent answer (one windowed query per chunk)."""
    result: dict[int, dict[int, AnswerInfo]] = {}
    for chunk in _chunks(contact_ids):
        marks = ", ".join("?" for _ in chunk)
        sql = (
            "SELECT contact_id, criterion_id, question, answer, note FROM ("
            " SELECT q.contact_id, a.criterion_id, a.question, a.answer, a.note,"
            " ROW_NUMBER() OVER (PARTITION BY q.contact_id, a.criterion_id"
            "  ORDER BY q.asked_at DESC, q.id DESC, a.id DESC) AS recency"
            " FROM qualification_answer a JOIN qualification q ON q.id = a.qualification_id"
            f" WHERE q.contact_id IN ({marks}) AND a.criterion_id IS NOT NULL"
            ") WHERE recency = 1"
        )
        for contact_id, criterion_id, question, answer, note in database.execute_sql(
            sql, chunk
        ).fetchall():
            result.setdefault(contact_id, {})[criterion_id] = AnswerInfo(
                criterion_id, question, Answer(answer), note
            )
    return result


def _contacts_with_sessions(contact_ids: list[int]) -> set[int]:
    asked: set[int] = set()
    for chunk in _chunks(contact_ids):
        asked |= {
            row[0]
            for row in tuples(
                Qualification.select(Qualification.contact)
                .where(Qualification.contact.in_(chunk))
                .distinct()
            )
        }
    return asked
