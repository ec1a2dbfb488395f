"""Translated words for the sales process's stored values (methods, answers, outcomes)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from prospectdesk.domain.qualification import Answer
from prospectdesk.domain.sales import CloseOutcome


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("Sales", text, disambiguation, n)


def method_label(method: str) -> str:
    labels = {
        "phone_call": tr("Phone call"),
        "meeting": tr("Meeting"),
        "online_form": tr("Online form"),
        "email": tr("E-mail"),
        "in_person": tr("In person"),
    }
    return labels.get(method, method)


def answer_label(answer: Answer) -> str:
    return {
        Answer.YES: tr("Yes"),
        Answer.NO: tr("No"),
        Answer.UNKNOWN: tr("Don't know yet"),
    }[answer]


def outcome_label(outcome: CloseOutcome) -> str:
    return {
        CloseOutcome.SALE: tr("Sale"),
        CloseOutcome.NOT_READY: tr("Not ready yet"),
        CloseOutcome.NO: tr("No"),
    }[outcome]


def money(cents: int, locale: QLocale | None = None) -> str:
    return (locale or QLocale()).toCurrencyString(cents / 100.0)
