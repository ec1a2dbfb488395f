"""Open with ProspectDesk on a .vcf or .csv file: ``prospectdesk gui FILE...`` opens the import
preview, in the running window when there is one (the path goes over the single-instance
channel)."""

from __future__ import annotations

import configparser
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtNetwork import QLocalSocket

from prospectdesk.cli import build_parser
from prospectdesk.ui.single_instance import OPEN_FILES, SingleInstance, open_files_message

ROOT = Path(__file__).resolve().parents[2]
CARD = b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ani Hakobyan\r\nEND:VCARD\r\n"


def test_the_desktop_entry_opens_contact_files():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(ROOT / "resources" / "prospectdesk.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Exec"] == "prospectdesk gui %F"
    types = desktop["MimeType"].rstrip(";").split(";")
    assert "text/vcard" in types and "text/csv" in types
    args = build_parser("gui").parse_args(["gui", "a.vcf", "b.csv"])
    assert args.files == ["a.vcf", "b.csv"]


def test_a_second_start_hands_its_files_to_the_running_window(qtbot, data_dir, tmp_path):
    running = SingleInstance(data_dir)
    assert running.listen()
    try:
        with qtbot.waitSignal(running.files_open_requested) as signal:
            second = SingleInstance(data_dir, files=["cards.vcf", str(tmp_path / "Երևան.csv")])
            assert not second.become_primary()
        assert signal.args[0] == [os.path.abspath("cards.vcf"), str(tmp_path / "Երևան.csv")]
    finally:
        running.close()


def test_a_message_arriving_in_pieces_is_read_whole(qtbot, data_dir):
    running = SingleInstance(data_dir)
    assert running.listen()
    received: list[list[str]] = []
    activations: list[int] = []
    running.files_open_requested.connect(received.append)
    running.activation_requested.connect(lambda: activations.append(1))
    message = open_files_message(["/tmp/a.vcf", "/tmp/b.vcf"])
    assert message.startswith(OPEN_FILES) and message.endswith(b"\n\n")
    try:
        client = QLocalSocket()
        client.connectToServer(running.address)
        assert client.waitForConnected(1000)
        for piece in (message[:2], message[2:9], message[9:]):
            client.write(piece)
            client.flush()
            for _ in range(5):
                QCoreApplication.processEvents()
        qtbot.waitUntil(lambda: received == [["/tmp/a.vcf", "/tmp/b.vcf"]])
        assert activations == []
    finally:
        client.disconnectFromServer()
        running.close()


RUN_GUI = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from prospectdesk.cli import build_parser
from prospectdesk.ui import launch

args = build_parser("gui").parse_args(["--data-dir", sys.argv[1], "gui", sys.argv[2]])

def report(app):
    seen = []
    def look():
        dialog = app.window.import_export.dialog
        if dialog is None or not dialog.isVisible():
            return
        names = [path.name for path in dialog.paths]
        if names not in seen:
            seen.append(names)
            print("preview", *names, flush=True)
            dialog.reject()
            if len(seen) == 2:
                QApplication.quit()
    timer = QTimer(app.window)
    timer.timeout.connect(look)
    timer.start(50)
    QTimer.singleShot(60_000, QApplication.quit)  # never outlive a broken test

sys.exit(launch.run(args, on_opened=report))
"""


def test_open_with_starts_an_import_preview_and_hands_over_later_files(data_dir, tmp_path):
    first, second = tmp_path / "first.vcf", tmp_path / "second.vcf"
    first.write_bytes(CARD)
    second.write_bytes(CARD)
    gui = subprocess.Popen(
        [sys.executable, "-c", RUN_GUI, str(data_dir), str(first)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"},
    )
    try:
        assert gui.stdout.readline().split() == ["preview", "first.vcf"]
        assert not SingleInstance(data_dir, files=[str(second)]).become_primary()
        assert gui.stdout.readline().split() == ["preview", "second.vcf"]
        assert gui.wait(timeout=30) == 0
    finally:
        gui.kill()
        gui.wait()
