"""A real CardDAV server for the sync tests: Radicale (test-only, GPL, never bundled) on
127.0.0.1 with a temporary storage folder and plain htpasswd users, one user per test.
"The phone" is raw HTTP on the same collection."""

from __future__ import annotations

import io
import itertools
import json
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import keyring
import pytest
from keyring.backend import KeyringBackend

PASSWORD = "app-password-1"
XML_DEPTH_1 = {"Depth": "1", "Content-Type": "application/xml; charset=utf-8"}
USERS = 60
_next_user = itertools.count(1)


class MemoryKeyring(KeyringBackend):
    """The OS keyring, in memory: a headless test machine has none."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Server:
    def __init__(self, url: str, storage: Path) -> None:
        self.url = url
        self.storage = storage


@pytest.fixture(scope="session")
def radicale(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    pytest.importorskip("radicale")
    root = tmp_path_factory.mktemp("radicale")
    users = root / "users"
    users.write_text("".join(f"user{n}:{PASSWORD}\n" for n in range(1, USERS + 1)))
    storage = root / "storage"
    port = _free_port()
    process = subprocess.Popen(
        [
            sys.executable, "-m", "radicale", "--config", "",
            "--server-hosts", f"127.0.0.1:{port}",
            "--storage-filesystem-folder", str(storage),
            "--auth-type", "htpasswd",
            "--auth-htpasswd-filename", str(users),
            "--auth-htpasswd-encryption", "plain",
            "--logging-level", "warning",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}/"
    try:
        _wait_until_up(url, process, "Radicale")
        yield Server(url, storage)
    finally:
        process.terminate()
        process.wait(timeout=10)


def _wait_until_up(url: str, process: subprocess.Popen[bytes], name: str) -> None:
    deadline = time.monotonic() + 20
    while True:
        try:
            httpx.request("OPTIONS", url, timeout=1)
            return
        except httpx.TransportError:
            if time.monotonic() > deadline or process.poll() is not None:
                raise RuntimeError(f"{name} did not start") from None
            time.sleep(0.1)


@pytest.fixture(scope="session")
def xandikos(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """A second real server (test-only, GPL, never bundled): Xandikos keeps cards as they
    were sent and accepts a second card with a UID it already has, where Radicale refuses.
    One user (it has no accounts without TLS); each test gets its own address book."""
    pytest.importorskip("xandikos", reason="Xandikos (a test-only dependency) is not installed")
    root = tmp_path_factory.mktemp("xandikos")
    port = _free_port()
    process = subprocess.Popen(
        [
            sys.executable, "-m", "xandikos", "serve", "--defaults",
            "-d", str(root / "data"), "--state-dir", str(root / "state"),
            "-l", "127.0.0.1", "-p", str(port), "--no-detect-systemd",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}/"
    try:
        try:
            _wait_until_up(url, process, "Xandikos")
        except RuntimeError as problem:
            pytest.skip(f"{problem} on 127.0.0.1:{port}; the Xandikos tests cannot run")
        yield Server(url, root / "data")
    finally:
        process.terminate()
        process.wait(timeout=10)


class Phone:
    """Another client of the same address book: raw PUT, DELETE and listing."""

    def __init__(self, server: Server, user: str, book: str | None = None) -> None:
        self.server = server
        self.user = user
        self.http = httpx.Client(base_url=server.url, auth=(user, PASSWORD), timeout=30)
        self.book = book or f"/{user}/prospectdesk/"

    def put(self, name: str, card: str, etag: str | None = None) -> httpx.Response:
        headers = {"Content-Type": "text/vcard; charset=utf-8"}
        if etag:
            headers["If-Match"] = etag
        response = self.http.put(
            self.book + name, content=card.replace("\n", "\r\n").encode(), headers=headers
        )
        assert response.status_code in (201, 204), response.status_code
        return response

    def delete(self, href: str) -> None:
        response = self.http.request("DELETE", href)
        assert response.status_code in (200, 204), response.status_code

    def cards(self) -> dict[str, str]:
        """href -> card text of every card in the address book (one addressbook-query)."""
        import xml.etree.ElementTree as ET

        body = (
            '<?xml version="1.0"?><c:addressbook-query xmlns:d="DAV:" '
            'xmlns:c="urn:ietf:params:xml:ns:carddav"><d:prop><c:address-data/></d:prop>'
            "</c:addressbook-query>"
        )
        answer = self.http.request("REPORT", self.book, content=body, headers=XML_DEPTH_1)
        assert answer.status_code == 207, answer.status_code
        result = {}
        for item in ET.fromstring(answer.content).findall("{DAV:}response"):
            href = item.findtext("{DAV:}href") or ""
            data = item.findtext(".//{urn:ietf:params:xml:ns:carddav}address-data")
            if data is not None:
                result[href] = data.replace("\r\n", "\n")
        return result

    def etags(self) -> dict[str, str]:
        body = (
            '<?xml version="1.0"?><d:propfind xmlns:d="DAV:"><d:prop><d:getetag/></d:prop>'
            "</d:propfind>"
        )
        listing = self.http.request("PROPFIND", self.book, content=body, headers=XML_DEPTH_1)
        import xml.etree.ElementTree as ET

        root = ET.fromstring(listing.content)
        result = {}
        for item in root.findall("{DAV:}response"):
            href = item.findtext("{DAV:}href")
            etag = item.findtext(".//{DAV:}getetag")
            if href and etag and not href.endswith("/"):
                result[href] = etag
        return result

    def seed_files(self, cards: dict[str, str]) -> None:
        """Write cards straight into Radicale's storage folder (2,000 PUTs take minutes)."""
        folder = self.server.storage / "collection-root" / self.user / "prospectdesk"
        folder.mkdir(parents=True, exist_ok=True)
        props = {"tag": "VADDRESSBOOK", "D:displayname": "ProspectDesk"}
        (folder / ".Radicale.props").write_text(json.dumps(props))
        for name, card in cards.items():
            (folder / name).write_bytes(card.replace("\n", "\r\n").encode())
        # Radicale parses every new file once (its item cache): a server that has held
        # the cards for a while has done that already, so do it here, outside the sync.
        body = '<?xml version="1.0"?><d:propfind xmlns:d="DAV:"><d:prop><d:getetag/></d:prop></d:propfind>'
        self.http.request("PROPFIND", self.book, content=body, headers={"Depth": "1"}, timeout=600)


@pytest.fixture
def user(radicale: Server) -> str:
    name = f"user{next(_next_user)}"
    assert int(name[4:]) <= USERS, "add users to the htpasswd file"
    # The first request creates the user's principal collection.
    httpx.request(
        "PROPFIND", radicale.url + name + "/", auth=(name, PASSWORD), headers={"Depth": "0"}
    )
    return name


@pytest.fixture
def phone(radicale: Server, user: str) -> Phone:
    return Phone(radicale, user)


@pytest.fixture
def run_cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    """Run ``prospectdesk --data-dir DIR ...`` in this process; (exit code, stdout, stderr)."""
    from prospectdesk.cli import main

    def run(data_dir: Path, *args: str, stdin: str = "") -> tuple[int, str, str]:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        capsys.readouterr()
        code = main(["--data-dir", str(data_dir), *args])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run
