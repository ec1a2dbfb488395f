"""The words of Edit ▸ Undo and Redo: what the step will take back, and whose."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

if TYPE_CHECKING:  # the window's frame uses this module before the store is loaded
    from prospectdesk.domain.undo import UndoStep

CONTEXT = "UndoText"

# The step's kind (domain/undo.py) as a phrase; %1 is the contact's name or a count.
_PHRASES = {
    "edit": QT_TRANSLATE_NOOP("UndoText", "edit of %1"),
    "add": QT_TRANSLATE_NOOP("UndoText", "adding %1"),
    "delete": QT_TRANSLATE_NOOP("UndoText", "deletion of %1"),
    "move": QT_TRANSLATE_NOOP("UndoText", "move of %1"),
    "tags": QT_TRANSLATE_NOOP("UndoText", "tags of %1"),
    "conversation": QT_TRANSLATE_NOOP("UndoText", "conversation with %1"),
    "follow-up": QT_TRANSLATE_NOOP("UndoText", "follow-up with %1"),
    "call": QT_TRANSLATE_NOOP("UndoText", "call with %1"),
    "qualification": QT_TRANSLATE_NOOP("UndoText", "qualification of %1"),
    "sale": QT_TRANSLATE_NOOP("UndoText", "sale to %1"),
    "do-not-contact": QT_TRANSLATE_NOOP("UndoText", "do-not-contact mark of %1"),
    "merge": QT_TRANSLATE_NOOP("UndoText", "merge of %1"),
    "import": QT_TRANSLATE_NOOP("UndoText", "import of %1"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def step_text(step: UndoStep) -> str:
    """ "edit of Anna Petrosyan", "move of 3 contacts", "stage change"."""
    if step.contact_name:
        who = step.contact_name
    elif step.contact_count:
        who = QCoreApplication.translate("UndoText", "%n contact(s)", None, step.contact_count)
    else:
        return QCoreApplication.translate("UndoText", "change of the stages")
    return _tr(_PHRASES.get(step.kind, _PHRASES["edit"])).replace("%1", who)


def undo_text(step: UndoStep | None) -> str:
    if step is None:
        return QCoreApplication.translate("UndoText", "Undo")
    return QCoreApplication.translate("UndoText", "Undo %1").replace("%1", step_text(step))


def redo_text(step: UndoStep | None) -> str:
    if step is None:
        return QCoreApplication.translate("UndoText", "Redo")
    return QCoreApplication.translate("UndoText", "Redo %1").replace("%1", step_text(step))
