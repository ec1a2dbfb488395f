"""The owner's override of the system language, kept in the settings: View ▸ Language for
quick access (each language named in its own script, findable whatever the UI speaks), and
the same choice in Settings….

Qt widgets are built with their texts once, so a new language applies from the next start
(retranslating every open widget live is not worth its complexity for a once-only choice).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QComboBox, QGroupBox, QLabel, QMenu, QMessageBox, QVBoxLayout, QWidget

from prospectdesk.domain.settings import LANGUAGE, Settings
from prospectdesk.ui.controller import AppController
from prospectdesk.ui.i18n import available_languages, native_name


class LanguageMenu(QMenu):
    """Signals:
    language_chosen(str): a language code was saved ('' means: follow the system).
    """

    language_chosen = Signal(str)

    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.settings = settings = controller.workspace.settings
        self.setObjectName("language-menu")
        self.setTitle(self.tr("&Language"))
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        saved = settings.get(LANGUAGE) or ""
        choices = [("", self.tr("System language"))]
        choices += [(code, native_name(code)) for code in available_languages()]
        for code, title in choices:
            action = QAction(title, self)
            action.setCheckable(True)
            action.setChecked(code == saved)
            action.setData(code)
            action.triggered.connect(lambda _checked=False, c=code: self.choose(c))
            self.group.addAction(action)
            self.addAction(action)

    def choose(self, code: str, *, confirm: bool = True) -> None:
        if code == (self.settings.get(LANGUAGE) or ""):
            return
        if self.controller.run(lambda: self.settings.set(LANGUAGE, code), initiator=self) is None:
            return
        self.language_chosen.emit(code)
        if confirm:
            QMessageBox.information(
                self.parentWidget(),
                self.tr("Language"),
                self.tr("ProspectDesk will use the new language the next time it starts."),
            )


class LanguageChooser(QGroupBox):
    """The language box of the Settings dialog, saved with the dialog's other settings."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setTitle(self.tr("Language"))
        self.combo = QComboBox()
        self.combo.setObjectName("language")
        self.combo.setAccessibleName(self.title())
        self.combo.addItem(self.tr("System language"), "")
        for code in available_languages():
            self.combo.addItem(native_name(code), code)
        saved = settings.get(LANGUAGE) or ""
        self.combo.setCurrentIndex(max(0, self.combo.findData(saved)))
        note = QLabel(self.tr("ProspectDesk will use the new language the next time it starts."))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.combo)
        layout.addWidget(note)

    def chosen(self) -> str | None:
        """The language to save when the dialog is accepted (None: unchanged)."""
        code = self.combo.currentData() or ""
        return None if code == (self.settings.get(LANGUAGE) or "") else code
