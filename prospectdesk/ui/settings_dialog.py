"""Settings… : reminders (birthday lead time, morning hour, quiet prospects), the tray,
running at login, the workspace's currency and the phone region, and the sections other
parts add (Sync: ui/sync_status.py), which act at once. The dialog asks and
shows; the rules (ranges, one transaction) live in
:func:`prospectdesk.domain.reminders.save_reminder_settings`, run through the controller."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from prospectdesk.autostart import Autostart
from prospectdesk.domain.reminders import (
    LEAD_DAYS_RANGE,
    ReminderSettings,
    load_reminder_settings,
    save_reminder_settings,
)
from prospectdesk.ui.controller import AppController
from prospectdesk.ui.language_menu import LanguageChooser
from prospectdesk.ui.money import (
    currency_symbol,
    known_currencies,
    money_currency,
    set_money_currency,
)
from prospectdesk.ui.region import RegionChooser


class SettingsDialog(QDialog):
    def __init__(
        self,
        controller: AppController,
        autostart: Autostart,
        launch_command: Sequence[str],
        *,
        has_tray: bool = True,
        sections: Sequence[QWidget] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settings-dialog")
        self.setWindowTitle(self.tr("Settings"))
        self.controller = controller
        self.settings = settings = controller.workspace.settings
        self.autostart = autostart
        self.launch_command = list(launch_command)
        current = load_reminder_settings(settings)

        reminders = QGroupBox(self.tr("Reminders"))
        form = QFormLayout(reminders)
        self.lead_days = QSpinBox()
        self.lead_days.setObjectName("lead-days")
        self.lead_days.setRange(*LEAD_DAYS_RANGE)
        self.lead_days.setSuffix(self.tr(" days before"))
        self.lead_days.setSpecialValueText(self.tr("only on the day"))
        self.lead_days.setValue(current.birthday_lead_days)
        form.addRow(self.tr("Remind of birthdays"), self.lead_days)
        self.morning_hour = QSpinBox()
        self.morning_hour.setObjectName("morning-hour")
        self.morning_hour.setRange(0, 23)
        self.morning_hour.setSuffix(":00")
        self.morning_hour.setValue(current.morning_hour)
        self.morning_hour.setToolTip(
            self.tr("Birthdays and other reminders without a time of day appear at this hour.")
        )
        form.addRow(self.tr("Date-only reminders at"), self.morning_hour)
        self.remind_quiet = QCheckBox(self.tr("Remind me of prospects gone quiet"))
        self.remind_quiet.setObjectName("remind-quiet")
        self.remind_quiet.setChecked(current.remind_quiet)
        form.addRow(self.remind_quiet)

        startup = QGroupBox(self.tr("Running in the background"))
        startup_layout = QVBoxLayout(startup)
        self.close_to_tray = QCheckBox(
            self.tr("Closing the window keeps ProspectDesk running in the system tray")
        )
        self.close_to_tray.setObjectName("close-to-tray")
        self.close_to_tray.setChecked(current.close_to_tray)
        if not has_tray:
            self.close_to_tray.setEnabled(False)
            self.close_to_tray.setToolTip(self.tr("This desktop has no system tray."))
        startup_layout.addWidget(self.close_to_tray)
        self.run_at_login = QCheckBox(self.tr("Start ProspectDesk when I log in"))
        self.run_at_login.setObjectName("run-at-login")
        self.run_at_login.setChecked(autostart.is_enabled())
        if not autostart.supported():
            self.run_at_login.setEnabled(False)
            self.run_at_login.setToolTip(self.tr("Not available on this system."))
        startup_layout.addWidget(self.run_at_login)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(reminders)
        layout.addWidget(startup)
        # Money: the workspace's one currency (amounts keep it whatever the language).
        money = QGroupBox(self.tr("Money"))
        self.currency = QComboBox()
        self.currency.setObjectName("currency")
        for code in sorted({*known_currencies(), money_currency()} - {""}):
            self.currency.addItem(f"{code} ({currency_symbol(code)})", code)
        self.currency.setCurrentIndex(self.currency.findData(money_currency()))
        QFormLayout(money).addRow(self.tr("Currency"), self.currency)
        layout.addWidget(money)
        self.qualification_gate = QCheckBox(
            self.tr("Ask for the missing answers or a reason before a lead moves on unqualified")
        )
        self.qualification_gate.setObjectName("qualification-gate")
        self.qualification_gate.setChecked(current.qualification_gate)
        layout.addWidget(self.qualification_gate)
        self.language = LanguageChooser(settings)
        layout.addWidget(self.language)
        self.phone_region = RegionChooser(settings)  # the country of national numbers
        layout.addWidget(self.phone_region)
        for section in sections:  # other parts' own settings (Sync), which act at once
            layout.addWidget(section)
        layout.addWidget(buttons)

    def values(self) -> ReminderSettings:
        return ReminderSettings(
            birthday_lead_days=self.lead_days.value(),
            morning_hour=self.morning_hour.value(),
            remind_quiet=self.remind_quiet.isChecked(),
            close_to_tray=self.close_to_tray.isChecked(),
            qualification_gate=self.qualification_gate.isChecked(),
        )

    def accept(self) -> None:
        values, language = self.values(), self.language.chosen()
        region = self.phone_region.chosen()
        old_currency = money_currency()
        currency = self.currency.currentData() or None
        if currency == old_currency:
            currency = None
        if currency:
            set_money_currency(currency)  # before the broadcast: views write amounts anew
        saved = self.controller.run(
            lambda: save_reminder_settings(
                self.settings,
                values,
                language=language,
                phone_region=region,
                currency=currency,
            ),
            initiator=self,
        )
        if saved is None:
            set_money_currency(old_currency)
            return  # refused: the controller said why; the dialog stays open
        wanted = self.run_at_login.isChecked()
        if self.run_at_login.isEnabled() and wanted != self.autostart.is_enabled():
            if not self.autostart.set_enabled(wanted, self.launch_command):
                QMessageBox.warning(
                    self,
                    self.tr("Start at login"),
                    self.tr("ProspectDesk could not change the login items of this system."),
                )
        super().accept()
