"""The look of the Calls tab (the heading, the list of whom to call, the brief beside it,
one key per outcome) and the list's model: Qt and the light call rows only, so that the
first screen can show the list before the rest of the app is loaded (issue 21). The
working tab, :class:`prospectdesk.ui.calls_view.CallsView`, is this page with the
workspace behind it.

Nothing here touches the ``Qt`` namespace (``PySide6.QtCore.Qt``) before the page is
painted: the first of its values to reach Python makes PySide6 build all 93 of its
enums (see ``ui/qt_app.follow_color_scheme``). Roles are compared as the ints the model
is given, and what only the working tab needs is set in :meth:`CallsPage.give_keys`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
)
from PySide6.QtGui import QAction, QFontMetrics
from PySide6.QtWidgets import (
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from prospectdesk.domain.call_rows import CallOutcome, CallReason, CallRow
from prospectdesk.ui.formats import format_short

# Qt.ItemDataRole's values (Qt's ABI; a test compares them), as data() is given them.
DISPLAY_ROLE = 0
TOOLTIP_ROLE = 3
USER_ROLE = 256
ContactIdRole = USER_ROLE + 1
ReasonRole = USER_ROLE + 2

# One key each, in the order of the buttons.
OUTCOME_KEYS: dict[CallOutcome, str] = {
    CallOutcome.REACHED: "1",
    CallOutcome.NO_ANSWER: "2",
    CallOutcome.LEFT_MESSAGE: "3",
    CallOutcome.WRONG_NUMBER: "4",
    CallOutcome.NOT_INTERESTED: "5",
}


# Rows read at a time: the list of a big workspace holds thousands of people gone quiet.
PAGE = 100


class CallsModel(QAbstractListModel):
    """The call rows, in the domain's order; the display text says who and why. Rows are
    read a page at a time as the list scrolls (``fetchMore``), like the board's columns."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.calls: list[CallRow] = []
        self.total = 0  # how many the whole list holds (once counted; else what is read)
        self._read: Callable[[int], list[CallRow]] | None = None

    def set_rows(self, rows: list[CallRow], read: Callable[[int], list[CallRow]]) -> None:
        """``rows``: the first rows; ``read(n)``: the first ``n`` rows of the same list."""
        self.beginResetModel()
        self.calls = list(rows)
        self.total = len(rows)
        self._read = read
        self.endResetModel()

    def set_total(self, total: int) -> None:
        self.total = max(total, len(self.calls))

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and len(self.calls) < self.total

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or self._read is None:
            return
        more = self._read(len(self.calls) + PAGE)[len(self.calls) :]
        if not more:
            self.total = len(self.calls)
            return
        self.beginInsertRows(QModelIndex(), len(self.calls), len(self.calls) + len(more) - 1)
        self.calls.extend(more)
        self.endInsertRows()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.calls)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.calls):
            return None
        row = self.calls[index.row()]
        if role == DISPLAY_ROLE:
            name = row.display_name or QCoreApplication.translate("CallsView", "(no name)")
            return f"{name}\n{reason_text(row)}"
        if role == TOOLTIP_ROLE:
            return reason_text(row)
        if role == ContactIdRole:
            return row.contact_id
        if role == ReasonRole:
            return row.reason.value
        return None


def reason_text(row: CallRow) -> str:
    """Why this person is on the list, with the follow-up's "what" or the lead's source."""
    locale = QLocale()
    when = format_short(locale, row.since)
    texts = {
        CallReason.OVERDUE: QCoreApplication.translate("CallsView", "Overdue follow-up, due %1"),
        CallReason.DUE_TODAY: QCoreApplication.translate("CallsView", "Follow-up due today, %1"),
        CallReason.RECONTACT: QCoreApplication.translate(
            "CallsView", "May be contacted again since %1"
        ),
        CallReason.REORDER: QCoreApplication.translate(
            "CallsView", "Due to reorder since %1 (their usual interval has passed)"
        ),
        CallReason.AWAITING_CLOSE: QCoreApplication.translate(
            "CallsView", "Presentation waiting for a close since %1"
        ),
        CallReason.QUIET: QCoreApplication.translate(
            "CallsView", "Gone quiet: no conversation since %1"
        ),
        CallReason.LEAD: QCoreApplication.translate("CallsView", "Lead to qualify, in since %1"),
    }
    text = texts[row.reason].replace("%1", when)  # every reason has words (tested)
    return f"{text} · {row.detail}" if row.detail else text


# Glyphs of the scripts the owner's people are written in: the tallest decides a row's
# line height (a CJK or Armenian fallback font is taller than the interface font).
_TALL_SAMPLE = "ÁÝgjy Ագ Щ 佐藤 한"


class TwoLineDelegate(QStyledItemDelegate):
    """Rows of two lines (who, then why), each as tall as the tallest script needs: sized
    by the interface font alone, a row with a CJK name lost its second line to the
    elision. One height for every row, so the list keeps uniform sizes."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:  # noqa: N802
        hint = super().sizeHint(option, index)
        metrics = QFontMetrics(option.font)
        line = max(metrics.lineSpacing(), metrics.boundingRect(_TALL_SAMPLE).height())
        return QSize(hint.width(), max(hint.height(), 2 * line + 4))


class CallsPage(QWidget):
    """The Calls tab's widgets, filled with rows it is given (``show_rows``); the outcome
    keys do nothing here (the working tab records them)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calls-view")
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)

        self.model = CallsModel(self)
        self.list = QListView()
        self.list.setObjectName("calls-list")
        self.list.setModel(self.model)
        self.list.setAlternatingRowColors(True)
        self.list.setUniformItemSizes(True)
        self.list.setItemDelegate(TwoLineDelegate(self.list))
        self.list.setWordWrap(False)  # and elided at the right: the view's default
        self.list.setSelectionMode(QListView.SelectionMode.SingleSelection)
        self.list.setAccessibleName(QCoreApplication.translate("CallsView", "Whom to call now"))
        self.heading.setBuddy(self.list)
        self.list.selectionModel().currentChanged.connect(self._show_brief)

        self.brief = QLabel()
        self.brief.setObjectName("call-brief")
        self.brief.setWordWrap(True)  # its alignment, format and links: give_keys
        self.brief.setOpenExternalLinks(False)  # dial() hands the number to the system
        self.brief.setAccessibleName(QCoreApplication.translate("CallsView", "Before the call"))
        self.brief.setMinimumWidth(140)

        self.outcome_buttons: dict[CallOutcome, QPushButton] = {}
        self.outcome_actions: dict[CallOutcome, QAction] = {}
        buttons = QVBoxLayout()  # stacked under the brief: the tab stays narrow
        for outcome, title in (
            (CallOutcome.REACHED, QCoreApplication.translate("CallsView", "Reached…")),
            (CallOutcome.NO_ANSWER, QCoreApplication.translate("CallsView", "No answer")),
            (CallOutcome.LEFT_MESSAGE, QCoreApplication.translate("CallsView", "Left a message")),
            (CallOutcome.WRONG_NUMBER, QCoreApplication.translate("CallsView", "Wrong number")),
            (CallOutcome.NOT_INTERESTED, QCoreApplication.translate("CallsView", "Not interested")),
        ):
            action = QAction(title, self)  # its key and where it works: give_keys
            action.triggered.connect(lambda _=False, o=outcome: self.record(o))
            self.addAction(action)
            shown = OUTCOME_KEYS[outcome]  # a digit: the same on every keyboard and system
            button = QPushButton(f"{title} [{shown}]")
            button.setObjectName(f"call-{outcome.value.replace('_', '-')}")
            button.setAccessibleName(title)
            button.setToolTip(
                QCoreApplication.translate("CallsView", "Key: %1").replace("%1", shown)
            )
            button.clicked.connect(action.trigger)
            buttons.addWidget(button)
            self.outcome_buttons[outcome] = button
            self.outcome_actions[outcome] = action

        split = QSplitter()  # side by side: Qt's default orientation
        split.setChildrenCollapsible(False)
        split.addWidget(self.list)
        pane = QWidget()
        pane_layout = QVBoxLayout(pane)
        pane_layout.setContentsMargins(0, 0, 0, 0)
        pane_layout.addWidget(self.brief, 1)
        pane_layout.addLayout(buttons)
        split.addWidget(pane)
        # Half each: the list elides its rows, the brief wraps and must hold a long family
        # name in its heading (the fit test's "Vanderhoeven-Oppenheimer" at 1366x768).
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(split, 1)
        self._update_buttons()

    def show_rows(self, rows: list[CallRow]) -> None:
        """The first screen: these rows (the start of the list), the first one selected."""
        self.model.set_rows(rows, lambda count: rows[:count])
        self.heading.setText(QCoreApplication.translate("CallsView", "Calls to contact now"))
        if rows:
            self.list.setCurrentIndex(self.model.index(0))

    def current_row(self) -> CallRow | None:
        index = self.list.currentIndex()
        if not index.isValid() or index.row() >= len(self.model.calls):
            return None
        return self.model.calls[index.row()]

    def can_record(self) -> bool:
        """Whether the outcome keys work (not on the first screen)."""
        return False

    def record(self, outcome: CallOutcome) -> None:
        """The selected call went so (the working tab records it)."""

    def give_keys(self) -> None:
        """What the working tab needs and the first screen's page does not (it records
        nothing and shows no brief): the outcome keys, active within the tab, and the
        brief's place and links. Set here because QKeySequence and the ``Qt`` namespace
        would have PySide6 build their enums before that page's paint."""
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QKeySequence

        for outcome, action in self.outcome_actions.items():
            action.setShortcut(QKeySequence(OUTCOME_KEYS[outcome]))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.brief.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.brief.setTextFormat(Qt.TextFormat.RichText)
        self.brief.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )

    def _show_brief(self, *args: object) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        selected = self.current_row() is not None and self.can_record()
        for outcome in OUTCOME_KEYS:
            self.outcome_buttons[outcome].setEnabled(selected)
            self.outcome_actions[outcome].setEnabled(selected)
