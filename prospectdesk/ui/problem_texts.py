"""The owner's words for the domain's contact rules (:mod:`prospectdesk.domain.validation`),
shared by the detail form (beside the fields) and the controller (a refused save)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from prospectdesk.domain.validation import Problem


def problem_text(problem: Problem) -> str:
    # The context is the detail view's, where these strings were first translated.
    if problem.code == "email_no_at":
        return QCoreApplication.translate(
            "ContactDetailView", "The e-mail address “%1” has no @."
        ).replace("%1", problem.value)
    if problem.code == "email_invalid":
        return QCoreApplication.translate(
            "ContactDetailView", "“%1” is not a complete e-mail address."
        ).replace("%1", problem.value)
    if problem.code == "phone_invalid":
        return QCoreApplication.translate(
            "ContactDetailView", "“%1” cannot be a phone number."
        ).replace("%1", problem.value)
    if problem.code == "empty_name":
        return QCoreApplication.translate(
            "ContactDetailView",
            "Give a name, an organization, an e-mail address or a phone number.",
        )
    if problem.code == "negative_value":
        return QCoreApplication.translate(
            "ContactDetailView", "The expected value cannot be negative."
        )
    return problem.code
