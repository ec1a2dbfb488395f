"""Send… (a message for one moment of the process, opened in the owner's own mail client
or copied, then logged as a conversation) and Message templates… (the owner's wording per
language). ProspectDesk itself sends nothing and knows no mail server."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from prospectdesk.domain.errors import DomainError
from prospectdesk.domain.messages import (
    FIELDS,
    LANGUAGES,
    MOMENTS,
    Message,
    Messages,
    Template,
    mailto_url,
    resolve_language,
)
from prospectdesk.ui.controller import AppController, message_for
from prospectdesk.ui.i18n import native_name


def open_url(url: QUrl) -> bool:
    """Hand ``url`` to the desktop (the owner's mail client for ``mailto:``): the seam
    tests replace, so no mail client starts."""
    return QDesktopServices.openUrl(url)


def moment_title(moment: str) -> str:
    titles = {
        "follow_up": QCoreApplication.translate("Messages", "Follow-up after a presentation"),
        "not_ready": QCoreApplication.translate("Messages", "Check-in after “not ready”"),
        "birthday": QCoreApplication.translate("Messages", "Birthday greeting"),
        "thank_you": QCoreApplication.translate("Messages", "Thank you after a sale"),
        "recontact": QCoreApplication.translate("Messages", "Recontact after a “no”"),
    }
    return titles[moment]


def interface_language() -> str:
    """The language the interface speaks now (the templates' default language)."""
    return resolve_language(QLocale().name())


def messages_of(controller: AppController) -> Messages:
    workspace = controller.workspace
    return Messages(workspace.clock, workspace.settings)


def _moment_combo() -> QComboBox:
    combo = QComboBox()
    for moment in MOMENTS:
        combo.addItem(moment_title(moment), moment)
    return combo


class SendMessageDialog(QDialog):
    """The message for one contact, filled in from a template and editable before it goes
    to the mail client."""

    def __init__(
        self,
        controller: AppController,
        contact_id: int,
        parent: QWidget | None = None,
        *,
        moment: str = "follow_up",
        opener: Callable[[QUrl], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.contact_id = contact_id
        self.messages = messages_of(controller)
        self.language = interface_language()
        self._opener = opener
        self.setObjectName("send-message-dialog")
        name = controller.workspace.contacts.display_names([contact_id]).get(contact_id, "")
        self.setWindowTitle(self.tr("Send to %1").replace("%1", name))

        self.moment = _moment_combo()
        self.moment.setObjectName("send-moment")
        self.moment.setCurrentIndex(max(0, self.moment.findData(moment)))
        self.to = QLineEdit()
        self.to.setObjectName("send-to")
        self.subject = QLineEdit()
        self.subject.setObjectName("send-subject")
        self.body = QPlainTextEdit()
        self.body.setObjectName("send-body")
        self.body.setTabChangesFocus(True)
        self.body.setAccessibleName(self.tr("Text"))
        self.problem = QLabel()
        self.problem.setObjectName("send-problem")
        self.problem.setWordWrap(True)
        self.problem.hide()

        form = QFormLayout()
        form.addRow(self.tr("Message:"), self.moment)
        form.addRow(self.tr("To:"), self.to)
        form.addRow(self.tr("Subject:"), self.subject)
        form.addRow(self.tr("Text:"), self.body)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.open_button = QPushButton(self.tr("Open in mail program"))
        self.open_button.setObjectName("send-open")
        self.open_button.setDefault(True)
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setObjectName("send-copy")
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.open_button.clicked.connect(self.open_in_mail_program)
        self.copy_button.clicked.connect(self.copy)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(560, 460)
        self.moment.currentIndexChanged.connect(self._fill)
        self._fill()

    def _fill(self) -> None:
        try:
            message = self.messages.compose(
                self.contact_id, self.language, self.moment.currentData()
            )
        except DomainError as refused:
            self._say(message_for(refused))
            for control in (self.open_button, self.copy_button, self.moment):
                control.setEnabled(False)
            return
        self.to.setText(message.to)
        self.subject.setText(message.subject)
        self.body.setPlainText(message.body)

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def message(self) -> Message:
        """What the owner sees now, edits included."""
        return Message(
            self.contact_id, self.to.text().strip(), self.subject.text(), self.body.toPlainText()
        )

    def open_in_mail_program(self) -> bool:
        """Hand the message to the mail client; logged as a conversation when it took it."""
        message = self.message()
        url = QUrl(
            mailto_url(message.to, message.subject, message.body), QUrl.ParsingMode.StrictMode
        )
        opener = self._opener or open_url
        if not opener(url):
            QGuiApplication.clipboard().setText(message.as_text())
            self._say(
                self.tr("No mail program answered. The message is copied: paste it into your mail.")
            )
            return False
        self._log(message)
        return True

    def copy(self) -> None:
        message = self.message()
        QGuiApplication.clipboard().setText(message.as_text())
        self._log(message)

    def _log(self, message: Message) -> None:
        messages = self.messages
        if self.controller.run(
            lambda: messages.log_sent(message.contact_id, message.subject, message.body),
            initiator=self,
        ):
            self.accept()


class TemplatesDialog(QDialog):
    """The owner's wording of each message, per language, with the shipped one a click
    away; and the name the messages are signed with."""

    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.messages = messages_of(controller)
        self.setObjectName("templates-dialog")
        self.setWindowTitle(self.tr("Message templates"))

        self.owner_name = QLineEdit(self.messages.owner_name())
        self.owner_name.setObjectName("templates-owner-name")
        self.language = QComboBox()
        self.language.setObjectName("templates-language")
        for code in LANGUAGES:
            self.language.addItem(native_name(code), code)
        self.language.setCurrentIndex(self.language.findData(interface_language()))
        self.moment = _moment_combo()
        self.moment.setObjectName("templates-moment")
        self.subject = QLineEdit()
        self.subject.setObjectName("templates-subject")
        self.body = QPlainTextEdit()
        self.body.setObjectName("templates-body")
        self.body.setTabChangesFocus(True)
        self.body.setAccessibleName(self.tr("Text"))
        fields = " ".join("{" + name + "}" for name in FIELDS)
        hint = QLabel(
            self.tr(
                "Merge fields: %1. A line whose field has no value for a contact is left out."
            ).replace("%1", fields)
        )
        hint.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Your name:"), self.owner_name)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.tr("Message:"), self.moment)
        form.addRow(self.tr("Subject:"), self.subject)
        form.addRow(self.tr("Text:"), self.body)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.reset_button = QPushButton(self.tr("Restore the original"))
        self.reset_button.setObjectName("templates-reset")
        buttons.addButton(self.reset_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("templates-save")
        self.save_button.clicked.connect(self.save)
        self.reset_button.clicked.connect(self.reset)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.resize(600, 480)
        self.language.currentIndexChanged.connect(self._show)
        self.moment.currentIndexChanged.connect(self._show)
        self._show()

    def _key(self) -> tuple[str, str]:
        return self.language.currentData(), self.moment.currentData()

    def _show(self) -> None:
        template = self.messages.template(*self._key())
        self.subject.setText(template.subject)
        self.body.setPlainText(template.body)
        self.reset_button.setEnabled(self.messages.is_edited(*self._key()))

    def save(self) -> None:
        language, moment = self._key()
        template = Template(self.subject.text(), self.body.toPlainText())
        name = self.owner_name.text()
        messages = self.messages
        self.controller.run(
            lambda: messages.save_template(language, moment, template, owner_name=name),
            initiator=self,
        )
        self.reset_button.setEnabled(messages.is_edited(language, moment))

    def reset(self) -> None:
        language, moment = self._key()
        messages = self.messages
        self.controller.run(lambda: messages.reset_template(language, moment), initiator=self)
        self._show()
