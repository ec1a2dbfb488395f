"""Send… and Print envelopes / labels… driven in the real window: the mail client is a seam
(no mail program starts), the print dialog and the file dialog are seams; what is stored
afterwards is checked in the domain."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMenu

from prospectdesk.domain.messages import Messages
from prospectdesk.domain.records import AddressEntry, Birthday, ContactRecord, EmailEntry
from prospectdesk.ui import message_dialogs
from prospectdesk.ui.message_dialogs import SendMessageDialog, TemplatesDialog
from prospectdesk.ui.print_dialog import PrintCardsDialog


@pytest.fixture
def app(start_app):
    return start_app()


def add(app, given: str, **fields) -> int:
    stage = app.workspace.pipeline.stage_by_role("prospect")
    record = ContactRecord(given_name=given, family_name="Test", **fields)
    contact_id, _ = app.workspace.contacts.create(record, stage_id=stage.id)
    return contact_id


@pytest.fixture
def opened(monkeypatch) -> list[str]:
    """The URLs handed to the desktop, which answers that a mail client took them."""
    urls: list[str] = []

    def fake_open(url: QUrl) -> bool:
        urls.append(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))
        return True

    monkeypatch.setattr(message_dialogs, "open_url", fake_open)
    return urls


def conversations(app, contact_id: int) -> list[tuple[str, str]]:
    return [(i.kind, i.summary) for i in app.workspace.activity.interactions(contact_id)]


def test_send_from_the_detail_opens_the_mail_client_and_logs_the_message(
    app, qtbot, opened
) -> None:
    anna = add(app, "Anna", organization="Acme", emails=[EmailEntry("anna@example.nl")])
    app.workspace.activity.log_interaction(anna, summary="demo", concerns=["de prijs"])
    app.window.open_contact(anna)
    button = app.print_ui.send_button
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = app.print_ui.open_dialog
    assert isinstance(dialog, SendMessageDialog)
    assert "de prijs" in dialog.body.toPlainText()
    dialog.subject.setText("Bedankt, Anna — één vraag")  # the owner's edit goes out
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)

    [url] = opened
    parts = urlsplit(url)
    assert (parts.scheme, parts.path) == ("mailto", "anna@example.nl")
    query = parse_qs(parts.query)
    assert query["subject"] == ["Bedankt, Anna — één vraag"]
    assert "Acme" in query["body"][0] and "\r\n" in query["body"][0]
    assert conversations(app, anna)[0] == ("email", "Bedankt, Anna — één vraag")
    assert app.print_ui.open_dialog is None  # closed once sent


def test_send_from_the_card_menu_with_the_birthday_template_and_copy(app, qtbot, opened) -> None:
    jan = add(app, "Jan")
    menu = QMenu()
    app.print_ui.extend_card_menu(menu, [jan])
    send = next(a for a in menu.actions() if a.objectName() == "card-send")
    send.trigger()
    dialog = app.print_ui.open_dialog
    dialog.moment.setCurrentIndex(dialog.moment.findData("birthday"))
    assert dialog.subject.text() == "Happy birthday, Jan!"
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text().startswith("Happy birthday, Jan!\n\nDear Jan,")
    assert opened == []
    assert conversations(app, jan) == [("email", "Happy birthday, Jan!")]


def test_when_no_mail_program_answers_nothing_is_logged(app, qtbot, monkeypatch) -> None:
    jan = add(app, "Jan")
    monkeypatch.setattr(message_dialogs, "open_url", lambda url: False)
    dialog = app.print_ui.send(jan)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.problem.isVisibleTo(dialog)
    assert conversations(app, jan) == []
    dialog.reject()


def test_the_owners_template_and_name_are_used(app, qtbot, opened) -> None:
    jan = add(app, "Jan")
    dialog = app.print_ui.edit_templates()
    assert isinstance(dialog, TemplatesDialog)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.moment.setCurrentIndex(dialog.moment.findData("thank_you"))
    dialog.owner_name.setText("Marie")
    dialog.subject.setText("Thanks, {first_name}")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.reset_button.isEnabled()
    dialog.reject()
    send = app.print_ui.send(jan, "thank_you")
    assert send.subject.text() == "Thanks, Jan"
    assert send.body.toPlainText().endswith("Marie")
    send.reject()
    stored = Messages(app.workspace.clock, app.workspace.settings)
    assert stored.template("en", "thank_you").subject == "Thanks, {first_name}"


def people_with_birthdays(app, count: int) -> list[int]:
    address = AddressEntry(street="Աբովյան 1", city="Երևան", postal_code="0010", country="AM")
    today = app.workspace.clock.now().date()
    return [
        add(app, f"Մարիամ{n}", addresses=[address], birthday=Birthday(today.month, today.day))
        for n in range(count)
    ]


def test_print_labels_to_pdf_for_the_coming_birthdays(app, qtbot, tmp_path) -> None:
    ids = people_with_birthdays(app, 22)
    target = tmp_path / "cards"
    dialog = PrintCardsDialog(app.controller, [], app.window, file_asker=lambda parent: str(target))
    qtbot.addWidget(dialog)
    assert dialog.birthdays.isChecked() and not dialog.selection.isEnabled()
    assert dialog.people.count() == 22
    assert dialog.save_pdf()
    reader = PdfReader(tmp_path / "cards.pdf")
    assert len(reader.pages) == 2
    text = [" ".join(page.extract_text().split()) for page in reader.pages]
    assert all(f"Մարիամ{n} Test" in " ".join(text) for n in range(22))
    assert text[1].count("ԵՐԵՎԱՆ") == 1  # 21 on the first sheet
    assert all(conversations(app, i) == [("other", "Card sent")] for i in ids)


def test_printing_logs_only_once_the_print_dialog_is_accepted(app, qtbot, tmp_path) -> None:
    ids = people_with_birthdays(app, 2)
    answers = [False, True]

    def printer_asker(printer: QPrinter, parent) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "printed.pdf"))
        return answers.pop(0)

    menu = QMenu()
    app.print_ui.extend_card_menu(menu, ids)
    next(a for a in menu.actions() if a.objectName() == "card-print").trigger()
    dialog = app.print_ui.open_dialog
    assert isinstance(dialog, PrintCardsDialog) and dialog.selection.isChecked()
    dialog._ask_printer = printer_asker
    dialog.layout_choice.setCurrentIndex(dialog.layout_choice.findData("c5"))
    assert not dialog.print_cards()  # cancelled: nothing printed, nothing logged
    assert all(conversations(app, i) == [] for i in ids)
    assert dialog.print_cards()
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == 2  # an envelope each
    assert all(conversations(app, i) == [("other", "Card sent")] for i in ids)


def test_a_pdf_that_cannot_be_written_logs_no_card(app, qtbot, tmp_path) -> None:
    ids = people_with_birthdays(app, 1)
    target = tmp_path / "no such folder" / "cards.pdf"
    dialog = PrintCardsDialog(
        app.controller, ids, app.window, file_asker=lambda parent: str(target)
    )
    qtbot.addWidget(dialog)
    assert not dialog.save_pdf()
    assert "No such file or directory" in dialog.summary.text()
    assert not target.exists() and not target.parent.exists()
    assert conversations(app, ids[0]) == []
