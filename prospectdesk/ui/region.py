"""The country of phone numbers written without a country code, in the app: the one chosen
in Settings, else the operating system's region setting as Qt reports it (QLocale's
territory: on Windows and macOS the region the owner set, whatever the language). Unknown
("C" locale, no territory) means no region: such numbers are kept as written."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QWidget

from prospectdesk.domain.settings import PHONE_REGION, Settings


def system_region() -> str | None:
    """The two-letter region of the system locale, or None when it names none. (Not
    checked against phonenumbers here: loading it would slow the app's start; a region it
    does not know leaves national numbers as written.)"""
    territory = QLocale.system().territory()
    if territory == QLocale.Country.AnyTerritory:
        return None
    code = QLocale.territoryToCode(territory)
    return code if len(code) == 2 and code.isalpha() else None


def effective_region(settings: Settings) -> str | None:
    return settings.get(PHONE_REGION) or system_region()


def apply_region(workspace) -> None:
    """Give the workspace's contacts the region the app decides (see the module)."""
    workspace.contacts.region = effective_region(workspace.settings)


def region_name(code: str | None) -> str:
    """The shown name of a region: "Netherlands (NL)" for NL; empty for None."""
    if not code:
        return ""
    territory = QLocale.codeToTerritory(code)
    if territory == QLocale.Country.AnyTerritory:
        return code
    return f"{QLocale.territoryToString(territory)} ({code})"


class RegionChooser(QGroupBox):
    """The phone-number box of the Settings dialog; ``save()`` when the dialog is accepted."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        from phonenumbers import SUPPORTED_REGIONS

        super().__init__(parent)
        self.settings = settings
        self.setTitle(self.tr("Phone numbers"))
        self.combo = QComboBox()
        self.combo.setObjectName("phone-region")
        system = system_region()
        self.combo.addItem(
            self.tr("As the system: %1").replace("%1", region_name(system))
            if system
            else self.tr("As the system: unknown (numbers are kept as written)"),
            "",
        )
        for name, code in sorted((region_name(code), code) for code in SUPPORTED_REGIONS):
            self.combo.addItem(name, code)
        self.combo.setCurrentIndex(max(0, self.combo.findData(settings.get(PHONE_REGION))))
        layout = QFormLayout(self)
        layout.addRow(self.tr("Country of numbers without a country code"), self.combo)

    def chosen(self) -> str:
        """The chosen region code, "" for the system's."""
        return self.combo.currentData() or ""
