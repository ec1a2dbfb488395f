"""The log file: in the log folder, rotated, private, and without contact data at the
levels it is written at by default."""

from __future__ import annotations

import logging
import os
from logging.handlers import RotatingFileHandler

import pytest

from prospectdesk import logs
from prospectdesk.domain.io.export import export_contacts
from prospectdesk.domain.records import ContactRecord, EmailEntry, PhoneEntry
from prospectdesk.domain.workspace import open_workspace


@pytest.fixture
def log_folder(tmp_path, monkeypatch):
    folder = tmp_path / "logs"
    monkeypatch.setenv(logs.LOG_DIR_ENV, str(folder))
    yield folder
    logs.stop_logging()


def test_the_log_is_a_rotated_private_file_in_the_log_folder(log_folder):
    path = logs.setup_logging()
    assert path == log_folder / logs.LOG_FILE
    logging.getLogger("prospectdesk.test").info("hello")
    handlers = [h for h in logging.getLogger().handlers if isinstance(h, RotatingFileHandler)]
    assert [h.baseFilename for h in handlers] == [str(path)]
    assert handlers[0].maxBytes == logs.MAX_BYTES and handlers[0].backupCount >= 1
    assert "INFO prospectdesk.test" in path.read_text(encoding="utf-8")
    if os.name == "posix":
        assert path.stat().st_mode & 0o077 == 0


def test_the_log_rolls_over_instead_of_growing(log_folder, monkeypatch):
    monkeypatch.setattr(logs, "MAX_BYTES", 2000)
    path = logs.setup_logging()
    for n in range(200):
        logging.getLogger("prospectdesk.test").info("line %d of a long story", n)
    assert path.stat().st_size <= 2000
    assert (log_folder / f"{logs.LOG_FILE}.1").exists()


def test_debug_level_only_with_debug(log_folder):
    logs.setup_logging()
    logging.getLogger("prospectdesk.test").debug("hidden")
    logs.setup_logging(debug=True)
    logging.getLogger("prospectdesk.test").debug("shown")
    text = (log_folder / logs.LOG_FILE).read_text(encoding="utf-8")
    assert "shown" in text and "hidden" not in text


def test_an_unwritable_log_folder_does_not_stop_anything(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(logs.LOG_DIR_ENV, str(blocker / "logs"))
    assert logs.setup_logging() is None


def test_a_day_of_work_logs_no_contact_data(log_folder, data_dir, clock):
    logs.setup_logging()
    ws = open_workspace(data_dir, clock=clock)
    ws.contacts.create(
        ContactRecord(
            given_name="Zaruhi",
            family_name="Petrosyan",
            emails=[EmailEntry("zaruhi@example.am")],
            phones=[PhoneEntry("+374 10 123456")],
        )
    )
    for fmt in ("vcf", "csv", "ics", "json"):
        export_contacts(ws, fmt)
    ws.backups.backup_now("manual")
    ws.close()
    text = (log_folder / logs.LOG_FILE).read_text(encoding="utf-8")
    assert "backup made" in text
    for private in ("Zaruhi", "Petrosyan", "zaruhi@", "123456"):
        assert private not in text


def test_an_unexpected_error_keeps_its_message_for_debug_level(log_folder):
    logs.setup_logging()
    data = "Zaruhi's number +374 10 123456"  # source lines are logged; runtime values not
    try:
        raise ValueError(data)
    except ValueError as error:
        logs.log_unexpected(logging.getLogger("prospectdesk.test"), "while testing", error)
    text = (log_folder / logs.LOG_FILE).read_text(encoding="utf-8")
    assert "CRITICAL" in text and "while testing: ValueError" in text and "test_logs.py" in text
    assert "Zaruhi" not in text
    logs.setup_logging(debug=True)
    try:
        raise ValueError(data)
    except ValueError as error:
        logs.log_unexpected(logging.getLogger("prospectdesk.test"), "again", error)
    assert "Zaruhi's number" in (log_folder / logs.LOG_FILE).read_text(encoding="utf-8")
