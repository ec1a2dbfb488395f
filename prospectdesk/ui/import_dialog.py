"""File ▸ Import: a preview of what will be imported, the problems found, the column
mapping of an unknown CSV and the duplicates (merge / keep both / skip), before anything
is written; then the import runs off the GUI thread with a progress bar and Cancel.

The decisions are the domain's (:mod:`prospectdesk.domain.io.importer`); this dialog only
shows the plan and records what the owner chose.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from prospectdesk.domain.defaults import CONTEXT as DEFAULTS_CONTEXT
from prospectdesk.domain.io.base import ImportProblem, ParseResult
from prospectdesk.domain.io.csv_read import (
    ADDRESS_PARTS,
    ColumnMapping,
    CsvTable,
    records_from_table,
)
from prospectdesk.domain.io.export import export_contacts
from prospectdesk.domain.io.files import write_atomically
from prospectdesk.domain.io.importer import (
    DEFAULT_SOURCE,
    Conflict,
    Decision,
    FileReadout,
    ImportCancelledError,
    ImportOutcome,
    ImportPlan,
    PlannedItem,
    importer_for,
    read_files,
)
from prospectdesk.domain.records import Birthday
from prospectdesk.ui.controller import AppController
from prospectdesk.ui.entry_widgets import birthday_text
from prospectdesk.ui.region import region_name
from prospectdesk.ui.tasks import Executor


def mapping_choices() -> list[tuple[str, str]]:
    """(field key, shown text) for the column-mapping combo boxes."""
    choices = [
        ("", QCoreApplication.translate("ImportDialog", "Keep in notes")),
        ("ignore", QCoreApplication.translate("ImportDialog", "Do not import")),
        ("full_name", QCoreApplication.translate("ImportDialog", "Full name")),
        ("given_name", QCoreApplication.translate("ImportDialog", "Given name")),
        ("family_name", QCoreApplication.translate("ImportDialog", "Family name")),
        ("organization", QCoreApplication.translate("ImportDialog", "Organization")),
        ("job_title", QCoreApplication.translate("ImportDialog", "Job title")),
        ("email.1", QCoreApplication.translate("ImportDialog", "E-mail")),
        ("email.2", QCoreApplication.translate("ImportDialog", "E-mail (second)")),
        ("phone.1", QCoreApplication.translate("ImportDialog", "Phone (mobile)")),
        ("phone.2", QCoreApplication.translate("ImportDialog", "Phone (home)")),
        ("phone.3", QCoreApplication.translate("ImportDialog", "Phone (work)")),
        ("phone.4", QCoreApplication.translate("ImportDialog", "Phone (other)")),
        ("birthday", QCoreApplication.translate("ImportDialog", "Birthday")),
        ("notes", QCoreApplication.translate("ImportDialog", "Notes")),
        ("tags", QCoreApplication.translate("ImportDialog", "Tags")),
    ]
    part_names = {
        "street": QCoreApplication.translate("ImportDialog", "Address: street"),
        "street2": QCoreApplication.translate("ImportDialog", "Address: street (line 2)"),
        "street3": QCoreApplication.translate("ImportDialog", "Address: street (line 3)"),
        "city": QCoreApplication.translate("ImportDialog", "Address: city"),
        "region": QCoreApplication.translate("ImportDialog", "Address: region"),
        "postal_code": QCoreApplication.translate("ImportDialog", "Address: postal code"),
        "country": QCoreApplication.translate("ImportDialog", "Address: country"),
    }
    choices += [(f"address.1.{part}", part_names[part]) for part in ADDRESS_PARTS]
    return choices


_ROOT = QModelIndex()


class PlanModel(QAbstractTableModel):
    """The records of a plan (all, or only the duplicates), one row each."""

    COLUMNS = (
        "name",
        "organization",
        "email",
        "phone",
        "birthday",
        "where",
        "match",
        "conflicts",
        "decision",
    )
    DUPLICATE_ONLY = 3  # the last columns: what it matches, what differs, what to do

    def __init__(self, duplicates_only: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.duplicates_only = duplicates_only
        self.items: list[PlannedItem] = []
        self.contact_names: dict[int, str] = {}

    def set_plan(self, plan: ImportPlan | None, contact_names: dict[int, str]) -> None:
        self.beginResetModel()
        if plan is None:
            self.items = []
        else:
            self.items = plan.duplicates if self.duplicates_only else plan.new_items
        self.contact_names = contact_names
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        if parent.isValid():
            return 0
        return len(self.COLUMNS) - (0 if self.duplicates_only else self.DUPLICATE_ONLY)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            "name": QCoreApplication.translate("ImportDialog", "Name"),
            "organization": QCoreApplication.translate("ImportDialog", "Organization"),
            "email": QCoreApplication.translate("ImportDialog", "E-mail"),
            "phone": QCoreApplication.translate("ImportDialog", "Phone"),
            "birthday": QCoreApplication.translate("ImportDialog", "Birthday"),
            "where": QCoreApplication.translate("ImportDialog", "File:line"),
            "match": QCoreApplication.translate("ImportDialog", "Same as"),
            "conflicts": QCoreApplication.translate("ImportDialog", "Differs"),
            "decision": QCoreApplication.translate("ImportDialog", "Action"),
        }
        return titles[self.COLUMNS[section]]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        item = self.items[index.row()]
        record = item.record
        column = self.COLUMNS[index.column()]
        if column == "name":
            return record.display_name
        if column == "organization":
            return record.organization
        if column == "email":
            return ", ".join(e.value for e in record.emails)
        if column == "phone":
            return ", ".join(p.value for p in record.phones)
        if column == "birthday":
            return birthday_text(record.birthday) if record.birthday else ""
        if column == "where":
            return f"{item.file}:{item.line}"
        if column == "match" and item.match is not None:
            if item.match.contact_id is not None:
                target = self.contact_names.get(item.match.contact_id, "")
            else:
                target = QCoreApplication.translate("ImportDialog", "another record in this import")
            text = f"{target} ({item.match.reason})"
            if item.match.possible:
                # Not certain (only the name, or an e-mail or phone under another name):
                # planned as "Keep both", the owner may merge.
                return QCoreApplication.translate("ImportDialog", "Possibly %1").replace("%1", text)
            return text
        if column == "conflicts":
            return "; ".join(conflict_text(c, item.take_incoming) for c in item.conflicts)
        if column == "decision":
            return {
                Decision.MERGE: QCoreApplication.translate("ImportDialog", "Merge"),
                Decision.KEEP_BOTH: QCoreApplication.translate("ImportDialog", "Keep both"),
                Decision.SKIP: QCoreApplication.translate("ImportDialog", "Skip"),
            }[item.decision]
        return None

    def set_take_incoming(self, rows: Sequence[int], take: bool) -> None:
        """The owner's pick for the rows' conflicts: the imported values or the stored."""
        for row in rows:
            self.items[row].take_incoming = take
            cell = self.index(row, self.COLUMNS.index("conflicts"))
            self.dataChanged.emit(cell, cell, [Qt.ItemDataRole.DisplayRole])

    def set_decision(self, rows: Sequence[int], decision: Decision) -> None:
        for row in rows:
            self.items[row].decision = decision
            cell = self.index(row, self.COLUMNS.index("decision"))
            self.dataChanged.emit(cell, cell, [Qt.ItemDataRole.DisplayRole])


def conflict_text(conflict: Conflict, take_incoming: bool) -> str:
    """How a conflict reads: "Birthday: 1975-04-12 (kept) / 1976-04-12", or with the
    imported value taken "Birthday: 1975-04-12 / 1976-04-12 (taken)"."""
    field = {
        "birthday": QCoreApplication.translate("ImportDialog", "Birthday"),
        "given_name": QCoreApplication.translate("ImportDialog", "Given name"),
        "family_name": QCoreApplication.translate("ImportDialog", "Family name"),
        "phone_label": QCoreApplication.translate("ImportDialog", "Label of %1").replace(
            "%1", conflict.phone
        ),
    }[conflict.field]
    stored, incoming = conflict.stored, conflict.incoming
    if conflict.field == "birthday":
        stored, incoming = _birthday_or_text(stored), _birthday_or_text(incoming)
    if take_incoming:
        text = QCoreApplication.translate("ImportDialog", "%1: %2 / %3 (taken)")
    else:
        text = QCoreApplication.translate("ImportDialog", "%1: %2 (kept) / %3")
    return text.replace("%1", field).replace("%2", stored).replace("%3", incoming)


def _birthday_or_text(text: str) -> str:
    """A conflict's birthday (stored as ISO or --MM-DD) in the locale's form."""
    try:
        return birthday_text(Birthday.parse(text))
    except ValueError:
        return text


class ImportDialog(QDialog):
    """Signals:
    import_finished(object): the ImportOutcome, after the store changed.
    progress_reported(int, int): records done and total; emitted on the worker thread,
        delivered queued to the progress bar.
    files_read(): the files are parsed (the preview follows once they are planned).
    planned(): a plan of what importing would do is shown (after reading, and after each
        change of a column's meaning).
    """

    import_finished = Signal(object)
    progress_reported = Signal(int, int)
    files_read = Signal()
    brings_new_contacts = True  # the status bar counts possible duplicates after its changes
    planned = Signal()

    def __init__(
        self,
        controller: AppController,
        paths: Sequence[str | Path],
        *,
        executor: Executor | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("import-dialog")
        self.setWindowTitle(self.tr("Import contacts"))
        self.resize(900, 560)
        self.controller = controller
        self.workspace = controller.workspace
        self.importer = importer_for(self.workspace)
        self.executor = executor or controller.executor
        self.paths = [Path(p) for p in paths]
        self.results: dict[Path, ParseResult] = {}
        self.tables: dict[Path, CsvTable] = {}  # CSV files whose columns the owner may map
        self.mappings: dict[Path, ColumnMapping] = {}
        self.file_problems: list[ImportProblem] = []
        self.unreadable: list[str] = []
        self.plan: ImportPlan | None = None
        self._plan_generation = 0
        self.outcome: ImportOutcome | None = None
        self._cancel = threading.Event()
        self._running = False
        self._build()
        self.progress_reported.connect(self._on_progress_reported)
        self._read_files()

    # -- layout ----------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        form = QFormLayout()
        # The default source in the interface language: the seeded lead sources follow it
        # (domain/default_names.py), so a Dutch workspace imports into "its" Import source.
        self._default_source = QCoreApplication.translate(DEFAULTS_CONTEXT, DEFAULT_SOURCE)
        self.source_edit = QLineEdit(self._default_source)
        self.source_edit.setObjectName("source")
        form.addRow(self.tr("Lead source:"), self.source_edit)
        self.stage_combo = QComboBox()
        self.stage_combo.setObjectName("stage")
        for stage in self.workspace.pipeline.stages():
            self.stage_combo.addItem(stage.name, stage.id)
        form.addRow(self.tr("Stage for new contacts:"), self.stage_combo)
        region = self.workspace.contacts.region
        self.region_label = QLabel(
            region_name(region) or self.tr("unknown: kept as written (see Settings)")
        )
        self.region_label.setObjectName("phone-region")
        form.addRow(self.tr("Country of phone numbers without a country code:"), self.region_label)
        layout.addLayout(form)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs")
        self.new_model = PlanModel(duplicates_only=False, parent=self)
        self.new_view = self._table_view(self.new_model, "new-contacts")
        self.new_view.setAccessibleName(self.tr("New contacts"))
        self.tabs.addTab(self.new_view, self.tr("New contacts"))

        duplicates_page = QWidget()
        duplicates_layout = QVBoxLayout(duplicates_page)
        self.duplicate_model = PlanModel(duplicates_only=True, parent=self)
        self.duplicate_view = self._table_view(self.duplicate_model, "duplicates")
        self.duplicate_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.duplicate_view.setAccessibleName(self.tr("Duplicates"))
        duplicates_layout.addWidget(self.duplicate_view)
        buttons = QHBoxLayout()
        self.decision_buttons: dict[Decision, QPushButton] = {}
        for decision, text in (
            (Decision.MERGE, self.tr("Merge")),
            (Decision.KEEP_BOTH, self.tr("Keep both")),
            (Decision.SKIP, self.tr("Skip")),
        ):
            button = QPushButton(text)
            button.setObjectName(f"decide-{decision.value}")
            button.setToolTip(self.tr("Apply to the selected rows (all rows if none selected)"))
            button.clicked.connect(lambda _=False, d=decision: self._decide_selected(d))
            buttons.addWidget(button)
            self.decision_buttons[decision] = button
        buttons.addStretch(1)
        self.keep_stored_button = QPushButton(self.tr("Keep stored values"))
        self.keep_stored_button.setObjectName("keep-stored")
        self.take_imported_button = QPushButton(self.tr("Use imported values"))
        self.take_imported_button.setObjectName("take-imported")
        for button, take in ((self.keep_stored_button, False), (self.take_imported_button, True)):
            button.setToolTip(
                self.tr(
                    "Where a merge would replace a birthday, name or phone label: keep the "
                    "stored one (the other goes into the notes) or use the imported one"
                )
            )
            button.clicked.connect(lambda _=False, t=take: self._take_selected(t))
            buttons.addWidget(button)
        duplicates_layout.addLayout(buttons)
        self.duplicates_page = duplicates_page
        self.tabs.addTab(duplicates_page, self.tr("Duplicates"))

        self.problem_list = QListWidget()
        self.problem_list.setObjectName("problems")
        self.problem_list.setAccessibleName(self.tr("Problems"))
        self.tabs.addTab(self.problem_list, self.tr("Problems"))

        self.mapping_tabs = QTabWidget()
        self.mapping_tabs.setObjectName("column-mapping")
        self.mapping_index = -1
        layout.addWidget(self.tabs, 1)

        self.progress = QProgressBar()
        self.progress.setObjectName("progress")
        self.progress.setVisible(False)
        layout.addWidget(self.progress)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("import")
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("cancel")
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        layout.addWidget(self.buttons)

    def _table_view(self, model: PlanModel, name: str) -> QTableView:
        view = QTableView()
        view.setObjectName(name)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.horizontalHeader().setStretchLastSection(True)
        view.verticalHeader().setVisible(False)
        view.resizeColumnsToContents()  # every title in full, also before a row is in
        return view

    # -- reading and planning (read-only) -----------------------------------------------

    def _read_files(self) -> None:
        """Parse the files on the executor (big files take a while); the preview fills in
        when they are read."""
        self.import_button.setEnabled(False)
        self.status.setText(self.tr("Reading…"))
        paths, region = list(self.paths), self.workspace.contacts.region
        clock = self.workspace.clock
        self.executor.submit(
            lambda: read_files(paths, region, clock=clock),
            self._on_files_read,
            self._on_read_failed,
        )

    def _on_files_read(self, preview: object) -> None:
        assert isinstance(preview, FileReadout)
        self.results, self.tables = preview.results, preview.tables
        self.mappings = {path: table.mapping for path, table in preview.tables.items()}
        self.file_problems, self.unreadable = preview.problems, preview.unreadable
        for path, table in self.tables.items():
            self.mapping_tabs.addTab(self._mapping_table(path, table), path.name)
        if self.tables:
            self.mapping_index = self.tabs.addTab(self.mapping_tabs, self.tr("Columns"))
        self.status.clear()
        self._replan()
        self.files_read.emit()

    def _on_read_failed(self, error: BaseException) -> None:
        self.status.setText(self.tr("The files could not be read: %1").replace("%1", str(error)))

    def _mapping_table(self, path: Path, table: CsvTable) -> QTableWidget:
        widget = QTableWidget(len(table.headers), 3)
        widget.setObjectName(f"mapping-{path.name}")
        widget.setAccessibleName(self.tr("Columns") + f" {path.name}")
        widget.setHorizontalHeaderLabels(
            [self.tr("Column"), self.tr("First value"), self.tr("Import as")]
        )
        widget.verticalHeader().setVisible(False)
        widget.horizontalHeader().setStretchLastSection(True)
        first_row = table.rows[0][1] if table.rows else []
        mapping = self.mappings[path]
        for row, header in enumerate(table.headers):
            widget.setItem(row, 0, QTableWidgetItem(header))
            sample = first_row[row] if row < len(first_row) else ""
            widget.setItem(row, 1, QTableWidgetItem(sample))
            combo = QComboBox()
            combo.setObjectName(f"map-{row}")
            combo.setAccessibleName(f"{self.tr('Import as')}: {header}")
            chosen = mapping.field_of(row)
            for key, text in mapping_choices():
                combo.addItem(text, key)
            if combo.findData(chosen) < 0:
                combo.addItem(chosen, chosen)  # a guessed slot: keep it selectable
            combo.setCurrentIndex(combo.findData(chosen))
            combo.currentIndexChanged.connect(
                lambda _i, p=path, r=row, c=combo: self.set_column_field(p, r, c.currentData())
            )
            widget.setCellWidget(row, 2, combo)
        widget.resizeColumnsToContents()
        return widget

    def set_column_field(self, path: Path, column: int, field_key: str) -> None:
        """The owner chose what ``column`` of an unknown CSV holds: read it again."""
        mapping = self.mappings[path]
        mapping.assign(column, field_key)
        self.results[path] = records_from_table(
            self.tables[path],
            mapping,
            region=self.workspace.contacts.region,
            clock=self.workspace.clock,
        )
        self._replan()

    def _replan(self) -> None:
        """Plan again on the executor: planning reads every stored contact's keys (1-3 s
        at 100,000), which must not freeze the dialog. Only the newest plan is shown."""
        if self._running:
            return
        self._plan_generation += 1
        generation = self._plan_generation
        self.import_button.setEnabled(False)
        results = [self.results[p] for p in self.paths if p in self.results]
        source, problems, unreadable = self.source_edit.text(), self.file_problems, self.unreadable
        importer, contacts = self.importer, self.workspace.contacts

        def plan_with_names() -> tuple[ImportPlan, dict[int, str]]:
            plan = importer.plan(
                results, source=source, extra_problems=problems, unreadable=unreadable
            )
            names = contacts.display_names(
                item.match.contact_id
                for item in plan.duplicates
                if item.match and item.match.contact_id is not None
            )
            return plan, names

        self.executor.submit(
            plan_with_names,
            lambda planned, g=generation: self._show_plan(planned, g),
            self._on_read_failed,
        )

    def _show_plan(self, planned: object, generation: int) -> None:
        if generation != self._plan_generation or self._running:
            return  # a newer plan is on its way (or the import started)
        self.plan, names = planned  # type: ignore[misc]
        self._fill_preview(names)
        self.planned.emit()

    def done(self, result: int) -> None:
        self._plan_generation += 1  # a plan still on its way has nowhere to go
        super().done(result)

    def _fill_preview(self, names: dict[int, str]) -> None:
        self.new_model.set_plan(self.plan, names)
        self.duplicate_model.set_plan(self.plan, names)
        # Names and e-mails in full (the owner can still narrow a column by hand).
        for view in (self.new_view, self.duplicate_view):
            view.resizeColumnsToContents()
        self.problem_list.clear()
        self.problem_list.addItems([str(p) for p in self.plan.problems])
        self.tabs.setTabText(
            1, self.tr("Duplicates (%1)").replace("%1", str(len(self.plan.duplicates)))
        )
        self.tabs.setTabText(
            2, self.tr("Problems (%1)").replace("%1", str(len(self.plan.problems)))
        )
        self._show_counts()
        self.import_button.setEnabled(bool(self.plan.items))

    def _show_counts(self) -> None:
        """What each record read will become; the counts add up to the records read."""
        plan = self.plan
        if plan is None:
            return
        decisions = [item.decision for item in plan.duplicates]
        text = (
            self.tr("%1 records read: %2 new, %3 to merge, %4 kept apart, %5 skipped, %6 rejected.")
            .replace("%1", str(plan.read_count))
            .replace("%2", str(len(plan.items) - len(decisions)))
            .replace("%3", str(decisions.count(Decision.MERGE)))
            .replace("%4", str(decisions.count(Decision.KEEP_BOTH)))
            .replace("%5", str(decisions.count(Decision.SKIP)))
            .replace("%6", str(len(plan.rejected_records)))
        )
        possible = len(plan.possible_duplicates)
        if possible:
            text += " " + self.tr(
                "%n of the duplicates may be someone else (only the name is the same, or an "
                "e-mail or phone under another name): they are kept as new contacts unless "
                "you choose Merge.",
                "",
                possible,
            )
        self.summary.setText(text)

    def _decide_selected(self, decision: Decision) -> None:
        rows = sorted(
            {index.row() for index in self.duplicate_view.selectionModel().selectedRows()}
        )
        if not rows:
            rows = list(range(self.duplicate_model.rowCount()))
        self.duplicate_model.set_decision(rows, decision)
        self._show_counts()

    def _take_selected(self, take: bool) -> None:
        rows = sorted(
            {index.row() for index in self.duplicate_view.selectionModel().selectedRows()}
        )
        if not rows:
            rows = list(range(self.duplicate_model.rowCount()))
        self.duplicate_model.set_take_incoming(rows, take)

    # -- applying (off the GUI thread) --------------------------------------------------

    def start_import(self) -> None:
        if self.plan is None or self._running:
            return
        self.plan.source = self.source_edit.text().strip() or self._default_source
        self.plan.stage_id = self.stage_combo.currentData()
        self._running = True
        self._cancel.clear()
        self.import_button.setEnabled(False)
        self.tabs.setEnabled(False)
        self.progress.setRange(0, max(1, len(self.plan.items)))
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.status.setText(self.tr("Importing…"))
        plan = self.plan
        self.controller.run(
            lambda: self.importer.apply(
                plan,
                progress=lambda done, total: self.progress_reported.emit(done, total),
                is_cancelled=self._cancel.is_set,
            ),
            initiator=self,
            background=True,
            on_done=self._on_import_done,
            on_error=self._on_import_failed,
        )

    def _on_progress_reported(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(1, total))
        self.progress.setValue(done)

    def _on_import_done(self, outcome: object) -> None:
        self._running = False
        assert isinstance(outcome, ImportOutcome)
        self.outcome = outcome
        self.import_finished.emit(outcome)
        self.accept()

    def _on_import_failed(self, error: BaseException) -> None:
        self._running = False
        self.progress.setVisible(False)
        self.tabs.setEnabled(True)
        self.import_button.setEnabled(True)
        if isinstance(error, ImportCancelledError):
            self.status.setText(self.tr("Import cancelled; nothing was changed."))
        else:
            self.status.setText(
                self.tr("The import failed and nothing was changed: %1").replace("%1", str(error))
            )

    def _on_cancel_clicked(self) -> None:
        if self._running:
            self._cancel.set()  # the worker stops before the next record and rolls back
        else:
            self.reject()

    def request_cancel(self) -> None:
        self._on_cancel_clicked()


def outcome_message(outcome: ImportOutcome) -> str:
    """Per record read; the counts add up to the records read."""
    read = (
        outcome.new_records
        + outcome.merged_records
        + outcome.unchanged_records
        + outcome.kept_apart_records
        + outcome.skipped
        + outcome.rejected_records
    )
    return (
        QCoreApplication.translate(
            "ImportDialog",
            "%1 records read: imported %2 new contacts, merged %3, %4 unchanged, %5 kept "
            "apart, %6 skipped, %7 rejected. Edit ▸ Undo takes it back.",
        )
        .replace("%1", str(read))
        .replace("%2", str(outcome.new_records))
        .replace("%3", str(outcome.merged_records))
        .replace("%4", str(outcome.unchanged_records))
        .replace("%5", str(outcome.kept_apart_records))
        .replace("%6", str(outcome.skipped))
        .replace("%7", str(outcome.rejected_records))
    )


# -- export ---------------------------------------------------------------------------------


def export_to(workspace, path: Path, key: str) -> int:
    """Write the whole address book to ``path`` in ``key`` (an EXPORT_FILTERS key)."""

    if key == "vcf3-each":  # one file per contact, in a folder named like the file
        from prospectdesk.domain.io.export import export_vcard_files

        files = export_vcard_files(workspace, vcard_version="3.0")
        folder = path.with_suffix("")
        folder.mkdir(parents=True, exist_ok=True)
        for name, card in files:
            write_atomically(folder / name, card)
        return len(files)
    fmt = {"vcf3": "vcf", "csv-outlook": "csv"}.get(key, key)
    data = export_contacts(
        workspace,
        fmt,
        vcard_version="4.0" if key == "vcf" else "3.0",
        csv_flavour="outlook" if key == "csv-outlook" else "google",
        translate=QCoreApplication.translate,
    )
    write_atomically(path, data)
    return workspace.contacts.count()
