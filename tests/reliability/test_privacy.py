"""Privacy: the app never talks to the network, keeps its files to the owner, and logs no
contact data above debug level."""

from __future__ import annotations

import ast
import logging
import os
import socket
from datetime import timedelta
from pathlib import Path

import pytest

from prospectdesk.domain.io.export import export_contacts
from prospectdesk.domain.io.importer import import_files
from prospectdesk.domain.workspace import open_workspace
from tests.reliability.test_hostile_input import SEED_CSV, SEED_VCARD

PACKAGE = Path(__file__).resolve().parents[2] / "prospectdesk"
# Modules that reach other machines. Local sockets (QLocalServer/QLocalSocket, for the
# one-instance check) are fine and come from QtNetwork, so that module is checked by name.
NETWORK_MODULES = {"socket", "ssl", "urllib", "http", "ftplib", "smtplib", "requests", "httpx"}
# String handling only, no connection: building a mailto: URL the desktop hands to the
# owner's own mail program (domain/messages.py).
NOT_NETWORK = {"urllib.parse"}
NETWORK_QT_NAMES = {
    "QTcpSocket",
    "QTcpServer",
    "QUdpSocket",
    "QSslSocket",
    "QNetworkAccessManager",
    "QNetworkRequest",
    "QHostAddress",
    "QDnsLookup",
}
# What the session below stores: none of it may reach a log record above DEBUG.
CONTACT_DATA = [
    "Hakobyan",
    "Հակոբյան",
    "ani@example.am",
    "91123456",
    "de Vries",
    "jan@example.nl",
    "12345678",
    "Keizersgracht",
    "Zegt",
]


# The one exception: contact sync (docs/sync.md) talks to the CardDAV server the owner set
# up, and only when they did; nothing else may reach the network.
SYNC_PACKAGE = PACKAGE / "domain" / "sync"


def test_no_module_imports_a_network_library():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if SYNC_PACKAGE in path.parents:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
                modules = names
            elif isinstance(node, ast.ImportFrom):
                names = [alias.name for alias in node.names]
                modules = [node.module or ""]
            else:
                continue
            for module in modules:
                if module.split(".")[0] in NETWORK_MODULES and module not in NOT_NETWORK:
                    offenders.append(f"{path.name}: {module}")
            if any(m.endswith("QtNetwork") for m in modules) or any(
                n.endswith("QtNetwork") for n in names
            ):
                bad = set(names) & NETWORK_QT_NAMES or (
                    {"QtNetwork"} if any(n.endswith("QtNetwork") for n in names) else set()
                )
                offenders.extend(f"{path.name}: {name}" for name in bad)
    assert offenders == []


class _NoNetwork(socket.socket):
    def __init__(self, family=-1, *args, **kwargs):
        if family in (socket.AF_INET, socket.AF_INET6, -1):
            raise AssertionError("ProspectDesk opened a network socket")
        super().__init__(family, *args, **kwargs)


@pytest.fixture
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("ProspectDesk tried to reach the network")

    monkeypatch.setattr(socket, "socket", _NoNetwork)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "gethostbyname", refuse)


def _busy_session(data_dir: Path, clock, tmp_path: Path) -> None:
    """Everything the domain does in a day: open, import, edit, move, delete, undo,
    export, back up, restore."""
    vcf = tmp_path / "phone.vcf"
    vcf.write_bytes(SEED_VCARD)
    csv_file = tmp_path / "google.csv"
    csv_file.write_bytes(SEED_CSV)
    ws = open_workspace(data_dir, clock=clock)
    import_files(ws, [vcf, csv_file])
    ids = ws.contacts.all_ids()
    record = ws.contacts.get(ids[0])
    record.notes = "Belt terug over de prijs"
    ws.contacts.update(ids[0], record)
    ws.pipeline.move_contacts(ids[:2], to_stage_id=ws.pipeline.stages()[1].id)
    ws.contacts.delete(ids[-1:])
    ws.undo.undo()
    export_contacts(ws, "json")
    export_contacts(ws, "csv")
    clock.advance(timedelta(minutes=1))
    saved = ws.backups.backup_now("manual")
    ws.backups.restore(saved)
    ws.close()


def test_a_whole_session_makes_no_network_connection(no_network, data_dir, clock, tmp_path):
    _busy_session(data_dir, clock, tmp_path)


def test_no_contact_data_is_logged_above_debug(data_dir, clock, tmp_path, caplog):
    caplog.set_level(logging.DEBUG)
    _busy_session(data_dir, clock, tmp_path)
    assert any(r.name.startswith("prospectdesk") for r in caplog.records)  # it does log
    for record in caplog.records:
        if record.levelno <= logging.DEBUG:
            continue
        message = record.getMessage()
        leaked = [value for value in CONTACT_DATA if value in message]
        assert not leaked, f"{record.levelname} log holds contact data: {message!r}"


def test_every_file_in_the_data_dir_is_private(data_dir, clock, tmp_path):
    if os.name != "posix":
        pytest.skip("file modes are POSIX")
    old_umask = os.umask(0o022)
    try:
        _busy_session(data_dir, clock, tmp_path)
        ws = open_workspace(data_dir, clock=clock)  # with -wal and -shm present
        for path in [data_dir, *data_dir.rglob("*")]:
            mode = path.stat().st_mode & 0o777
            assert mode & 0o077 == 0, f"{path.relative_to(data_dir.parent)} is {oct(mode)}"
        ws.close()
    finally:
        os.umask(old_umask)
