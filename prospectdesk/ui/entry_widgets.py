"""The small editing widgets of the contact form (a table of e-mails, phones or addresses;
a birthday whose year may be unknown) and the conversions between the app clock's aware
datetimes and Qt's date widgets."""

from __future__ import annotations

import re
from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from prospectdesk.domain.records import Birthday


class EntryTable(QTableWidget):
    """A small editable table for e-mails, phones or addresses, with add/remove."""

    def __init__(self, headers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(0, len(headers), parent)
        self.setHorizontalHeaderLabels(headers)
        if len(headers) > 2:
            # Many columns (an address): each as wide as its header and contents, the table
            # scrolls sideways, never a header cut to a few letters.
            self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            self.horizontalHeader().setStretchLastSection(True)
        else:
            self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setVisible(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setMinimumHeight(60)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """As tall as its rows plus one empty row, so the form stays compact (the default
        hint is a 192 px box whatever it holds)."""
        hint = super().sizeHint()
        rows = max(1, self.rowCount()) + 1
        height = (
            self.horizontalHeader().height() + rows * self.verticalHeader().defaultSectionSize()
        )
        hint.setHeight(max(self.minimumHeight(), height + 2 * self.frameWidth()))
        return hint

    def set_rows(self, rows: list[list[str]]) -> None:
        self.setRowCount(0)
        for row in rows:
            self.add_row(row)

    def add_row(self, values: list[str] | None = None) -> int:
        row = self.rowCount()
        self.insertRow(row)
        for column in range(self.columnCount()):
            text = values[column] if values and column < len(values) else ""
            self.setItem(row, column, QTableWidgetItem(text))
        self.updateGeometry()  # the size hint follows the rows
        return row

    def remove_selected(self) -> None:
        for row in sorted({i.row() for i in self.selectedIndexes()}, reverse=True):
            self.removeRow(row)
        self.updateGeometry()

    def rows(self) -> list[list[str]]:
        result = []
        for row in range(self.rowCount()):
            values = [
                (self.item(row, c).text() if self.item(row, c) else "").strip()
                for c in range(self.columnCount())
            ]
            if any(values):
                result.append(values)
        return result

    def mark_row(self, row: int, bad: bool) -> None:
        for column in range(self.columnCount()):
            item = self.item(row, column)
            if item is not None:
                item.setBackground(Qt.GlobalColor.yellow if bad else Qt.GlobalColor.transparent)


class BirthdayEdit(QWidget):
    """Day, month (in the locale's words) and an optional year: many people give only
    day and month."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        locale = QLocale()
        self.day = QSpinBox()
        self.day.setRange(1, 31)
        self.month = QComboBox()
        self.month.addItem(self.tr("no birthday"), 0)
        for month in range(1, 13):
            self.month.addItem(locale.monthName(month, QLocale.FormatType.LongFormat), month)
        # Sized by a short month name, not the longest entry: "no birthday" in Armenian
        # would otherwise make the form wider than the detail pane.
        self.month.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.month.setMinimumContentsLength(12)
        self.year = QSpinBox()
        self.year.setRange(0, 9999)
        self.year.setSpecialValueText(self.tr("year unknown"))
        self.year.setGroupSeparatorShown(False)
        # Qt sizes a spin box to its text's advance, and the last letter of "year unknown"
        # in Armenian ("է") was clipped: a few pixels more.
        self.year.setMinimumWidth(self.year.sizeHint().width() + 6)
        self.day.setAccessibleName(self.tr("Day of birth"))
        self.month.setAccessibleName(self.tr("Month of birth"))
        self.year.setAccessibleName(self.tr("Year of birth"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.day)
        layout.addWidget(self.month, 1)
        layout.addWidget(self.year)
        self.month.currentIndexChanged.connect(self._update_enabled)
        self._update_enabled()

    def _update_enabled(self) -> None:
        has = self.month.currentData() != 0
        self.day.setEnabled(has)
        self.year.setEnabled(has)

    def set_birthday(self, birthday: Birthday | None) -> None:
        if birthday is None:
            self.month.setCurrentIndex(0)
            self.day.setValue(1)
            self.year.setValue(0)
            return
        self.month.setCurrentIndex(birthday.month)
        self.day.setValue(birthday.day)
        self.year.setValue(birthday.year or 0)

    def birthday(self) -> Birthday | None:
        """Raises ValueError for a day the month does not have (31 February)."""
        month = self.month.currentData()
        if not month:
            return None
        return Birthday(month=month, day=self.day.value(), year=self.year.value() or None)


def birthday_text(birthday: Birthday, locale: QLocale | None = None) -> str:
    """A birthday in the locale's short date form with the whole year (3/2/1975 in
    English, 03-02-1975 in Dutch), and without the year when it is unknown (3/2, 03-02):
    never the ISO or vCard form (--02-03) the data is stored in."""
    locale = locale if locale is not None else QLocale()
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if birthday.year is None:
        # drop the year and the separator that joins it to the day or month
        pattern = re.sub(r"[^dMy']*y+[^dMy']*$", "", pattern)
        pattern = re.sub(r"^[^dMy']*y+[^dMy']*", "", pattern)
        pattern = re.sub(r"y+", "", pattern)
        return locale.toString(QDate(2000, birthday.month, birthday.day), pattern.strip())
    pattern = re.sub(r"y+", "yyyy", pattern)
    return locale.toString(QDate(birthday.year, birthday.month, birthday.day), pattern)


def to_qdatetime(moment: datetime) -> QDateTime:
    """An aware datetime (already in the app clock's zone) shown as its wall time."""
    return QDateTime(moment.replace(tzinfo=None))


def local_aware(naive: datetime, now: datetime) -> datetime:
    """A wall time typed by the owner, in the zone of the app's clock.

    A named zone (tests, a FakeClock) is applied as is; the system clock's fixed offset
    would be wrong across a DST change, so the system's own rules decide then."""
    zone = now.tzinfo
    if zone is not None and hasattr(zone, "key"):
        return naive.replace(tzinfo=zone)
    return naive.astimezone()
