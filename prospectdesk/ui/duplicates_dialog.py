"""Edit > Find duplicates…: the likely duplicate pairs with their reasons; Merge (a field
picker with the defaults preselected) or Not a duplicate, each through the controller.

After an import or a sync the same scan runs on the app's background lane and the status
bar shows "3 possible duplicates" (a button that opens the dialog; hidden at none)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from prospectdesk.domain.records import Changes
from prospectdesk.ui.controller import AppController

if TYPE_CHECKING:  # the scan reuses the importer's matching: loaded when the dialog opens
    from prospectdesk.domain.duplicates import DuplicatePair, Duplicates


def _reason(reason: str) -> str:
    from prospectdesk.domain import duplicates as dup

    texts = {
        dup.SAME_EMAIL: QCoreApplication.translate("DuplicatesDialog", "same e-mail"),
        dup.SAME_PHONE: QCoreApplication.translate("DuplicatesDialog", "same phone"),
        dup.SAME_NAME_AND_ORG: QCoreApplication.translate(
            "DuplicatesDialog", "same name and organization"
        ),
        dup.SAME_NAME: QCoreApplication.translate("DuplicatesDialog", "same name"),
        dup.OTHER_ORDER: QCoreApplication.translate(
            "DuplicatesDialog", "name written in another order"
        ),
        dup.ACCENTS: QCoreApplication.translate("DuplicatesDialog", "name differs only in accents"),
        dup.NICKNAME: QCoreApplication.translate("DuplicatesDialog", "a nickname of the same name"),
        dup.TYPO: QCoreApplication.translate("DuplicatesDialog", "names differ by a typo"),
        dup.OTHER_NAMES: QCoreApplication.translate("DuplicatesDialog", "different names"),
        dup.TRANSLITERATED: QCoreApplication.translate(
            "DuplicatesDialog", "name written in another script"
        ),
    }
    return texts.get(reason, reason)


def _field_label(name: str) -> str:
    """The contact form's own words for each field (already translated there)."""
    labels = {
        "given_name": QCoreApplication.translate("ContactForm", "Given name"),
        "family_name": QCoreApplication.translate("ContactForm", "Family name"),
        "display_name_override": QCoreApplication.translate("ContactForm", "Display name"),
        "organization": QCoreApplication.translate("ContactForm", "Organization"),
        "job_title": QCoreApplication.translate("ContactForm", "Job title"),
        "birthday": QCoreApplication.translate("ContactForm", "Birthday"),
        "photo": QCoreApplication.translate("ContactForm", "Photo"),
        "source": QCoreApplication.translate("ContactForm", "Lead source"),
        "expected_value_cents": QCoreApplication.translate("ContactForm", "Expected value"),
        "do_not_contact_at": QCoreApplication.translate("SalesWiring", "Do not contact"),
    }
    return labels.get(name, name)


class MergeDialog(QDialog):
    """One row per field that differs: which contact's value to keep (the domain's default
    preselected)."""

    def __init__(self, service: Duplicates, pair: DuplicatePair, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("merge-contacts")
        self.setWindowTitle(self.tr("Merge contacts"))
        self.keep_id, self.other_id = pair.ids
        self.pickers: dict[str, QComboBox] = {}
        form = QFormLayout()
        for merge_field in service.merge_fields(self.keep_id, self.other_id):
            picker = QComboBox()
            for cid in (self.keep_id, self.other_id):
                picker.addItem(merge_field.values[cid] or "—", cid)
            picker.setCurrentIndex(picker.findData(merge_field.default_id))
            label = _field_label(merge_field.name)
            picker.setAccessibleName(label)
            form.addRow(label, picker)
            self.pickers[merge_field.name] = picker
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def choices(self) -> dict[str, int]:
        return {name: int(picker.currentData()) for name, picker in self.pickers.items()}


class DuplicatesDialog(QDialog):
    """The pairs a scan finds; scanning never merges, the owner decides each pair."""

    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        from prospectdesk.domain.duplicates import Duplicates

        workspace = controller.workspace
        self.service = Duplicates(workspace.clock, workspace.contacts)
        self.setObjectName("find-duplicates")
        self.setWindowTitle(self.tr("Possible duplicates"))
        self.resize(560, 420)
        self.list = QListWidget()
        self.list.setObjectName("duplicates-list")
        self.list.setAccessibleName(self.windowTitle())
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.merge_button = QPushButton(self.tr("Merge…"))
        self.merge_button.clicked.connect(self.merge_selected)
        self.apart_button = QPushButton(self.tr("Not a duplicate"))
        self.apart_button.clicked.connect(self.keep_apart_selected)
        self.list.itemSelectionChanged.connect(self._on_selection_changed)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.apart_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.pairs: list[DuplicatePair] = []
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        self.pairs = self.service.scan()
        for pair in self.pairs:
            reasons = ", ".join(_reason(r) for r in pair.reasons)
            text = (
                self.tr("%1 / %2: %3 (%4%)")
                .replace("%1", pair.names[0])
                .replace("%2", pair.names[1])
                .replace("%3", reasons)
                .replace("%4", str(pair.score))
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, self.list.count())
            self.list.addItem(item)
        self._on_selection_changed()

    def selected_pair(self) -> DuplicatePair | None:
        items = self.list.selectedItems()
        return self.pairs[items[0].data(Qt.ItemDataRole.UserRole)] if items else None

    def _on_selection_changed(self) -> None:
        chosen = self.selected_pair() is not None
        self.merge_button.setEnabled(chosen)
        self.apart_button.setEnabled(chosen)

    def merge_selected(self) -> None:
        pair = self.selected_pair()
        if pair is None:
            return
        picker = MergeDialog(self.service, pair, self)
        if picker.exec() != QDialog.DialogCode.Accepted:
            return
        choices = picker.choices()
        self.controller.run(
            lambda: self.service.merge(pair.ids[0], pair.ids[1], choices), initiator=self
        )
        self.reload()

    def keep_apart_selected(self) -> None:
        pair = self.selected_pair()
        if pair is not None:
            self.controller.run(lambda: self.service.mark_not_duplicate(*pair.ids), initiator=self)
            self.reload()


class DuplicateCount(QToolButton):
    """The status bar's "3 possible duplicates", counted in the background after an import
    or a sync (an initiator with ``brings_new_contacts``), never interrupting: no dialog
    opens by itself. Clicking opens Edit ▸ Find duplicates…; hidden while there are none."""

    def __init__(self, controller: AppController, action: QAction) -> None:
        super().__init__()
        self.controller = controller
        self.setObjectName("duplicate-count")
        self.setAutoRaise(True)
        self.setVisible(False)
        self.count = 0
        self._scanning = False
        self._again = False
        self.clicked.connect(action.trigger)
        # after the dialog (a modal exec in the slot connected first): merges lower the count
        action.triggered.connect(self._after_dialog)
        controller.changes_applied.connect(self._on_changes)

    def _on_changes(self, _changes: Changes, initiator: object) -> None:
        if getattr(initiator, "brings_new_contacts", False):
            self.scan()

    def _after_dialog(self) -> None:
        if self.count:
            self.scan()

    def scan(self) -> None:
        """Count the pairs on the app's one background lane (only reads); a scan asked for
        while one runs is run once after it."""
        if self._scanning:
            self._again = True
            return
        self._scanning = True
        from prospectdesk.domain.duplicates import find_duplicates

        self.controller.executor.submit(
            lambda: len(find_duplicates()), self._show, lambda _error: self._show(self.count)
        )

    def _show(self, count: object) -> None:
        self._scanning = False
        self.count = int(count)  # type: ignore[call-overload]
        self.setText(self.tr("%n possible duplicate(s)", "", self.count))
        self.setToolTip(self.tr("Edit ▸ Find duplicates…"))
        self.setVisible(self.count > 0)
        if self._again:
            self._again = False
            self.scan()


def install_duplicates_action(window: QMainWindow, controller: AppController) -> QAction:
    action = QAction(QCoreApplication.translate("DuplicatesDialog", "Find duplicates…"), window)
    action.setObjectName("find-duplicates-action")
    action.triggered.connect(lambda: DuplicatesDialog(controller, window).exec())
    window.menus["edit"].addAction(action)  # type: ignore[attr-defined]
    window.statusBar().addPermanentWidget(DuplicateCount(controller, action))
    return action
