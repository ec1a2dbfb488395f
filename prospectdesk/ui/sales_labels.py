"""Translated words for the sales process's stored values (methods, answers, outcomes)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from prospectdesk.domain.qualification import Answer
from prospectdesk.domain.sales import CloseOutcome


def method_label(method: str) -> str:
    labels = {
        "phone_call": QCoreApplication.translate("Sales", "Phone call"),
        "meeting": QCoreApplication.translate("Sales", "Meeting"),
        "online_form": QCoreApplication.translate("Sales", "Online form"),
        "email": QCoreApplication.translate("Sales", "E-mail"),
        "in_person": QCoreApplication.translate("Sales", "In person"),
    }
    return labels.get(method, method)


def answer_label(answer: Answer) -> str:
    return {
        Answer.YES: QCoreApplication.translate("Sales", "Yes"),
        Answer.NO: QCoreApplication.translate("Sales", "No"),
        Answer.UNKNOWN: QCoreApplication.translate("Sales", "Don't know yet"),
    }[answer]


def outcome_label(outcome: CloseOutcome) -> str:
    return {
        CloseOutcome.SALE: QCoreApplication.translate("Sales", "Sale"),
        CloseOutcome.NOT_READY: QCoreApplication.translate("Sales", "Not ready yet"),
        CloseOutcome.NO: QCoreApplication.translate("Sales", "No"),
    }[outcome]
