"""A server that rewrites every card it stores must not cause endless re-uploads: a small
real HTTP proxy in front of Radicale re-serialises each vCard PUT through it (its own
PRODID and a new REV each time, properties in another order, names and parameter names in
lower case, folded at 40 octets) and Radicale stores the result; Radicale re-serialises it
in turn, so the proxy rewrites the cards it hands out the same way (as a server that keeps
cards in its own form would)."""

from __future__ import annotations

import threading
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest

from prospectdesk.domain.records import ContactRecord, EmailEntry, PhoneEntry
from prospectdesk.domain.sync.card import unfold
from prospectdesk.domain.workspace import open_workspace
from tests.sync.conftest import PASSWORD, Phone, Server
from tests.sync.test_sync_radicale import IOS_CARD, ZERO, _card, _edit_here, _record, _sync

_HOP = {"host", "content-length", "transfer-encoding", "connection", "content-encoding"}


def reserialise(text: str, *, new_rev: bool = True) -> str:
    """The same card as another server would write it (``new_rev``: stamped anew)."""
    lines = unfold(text)
    version = [line for line in lines if line.upper().startswith("VERSION")]
    rev = [line for line in lines if line.upper().startswith("REV")]
    rest = [line for line in lines if not line.upper().startswith(("VERSION", "PRODID", "REV"))]
    if new_rev or not rev:
        rev = [f"REV:{time.strftime('%Y%m%dT%H%M%SZ', time.gmtime())}-{time.monotonic_ns()}"]
    lowered = []
    for line in rest:
        head, colon, value = line.partition(":")
        name, *params = head.split(";")
        params = [p.split("=", 1)[0].lower() + ("=" + p.split("=", 1)[1] if "=" in p else "")
                  for p in params]  # fmt: skip
        lowered.append(";".join([name.lower(), *params]) + colon + value)
    body = [
        "BEGIN:VCARD", *version, "PRODID:-//Rewriting Server//EN", *rev,
        *reversed(lowered), "END:VCARD",
    ]  # fmt: skip
    out = []
    for line in body:
        data = line.encode("utf-8")
        first = True
        while data:
            size = 40 if first else 39
            cut = size
            while cut < len(data) and (data[cut] & 0xC0) == 0x80:  # not inside a character
                cut -= 1
            out.append(("" if first else " ") + data[:cut].decode("utf-8"))
            data, first = data[cut:], False
    return "\r\n".join(out) + "\r\n"


def _rewrite_address_data(multistatus: bytes) -> bytes:
    root = ET.fromstring(multistatus)
    for data in root.iter("{urn:ietf:params:xml:ns:carddav}address-data"):
        if data.text and "BEGIN:VCARD" in data.text:
            data.text = reserialise(data.text, new_rev=False)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


class RewritingProxy:
    """Forwards every request to the server behind it; a vCard PUT is rewritten first."""

    def __init__(self, upstream: str) -> None:
        self.upstream = httpx.Client(base_url=upstream, timeout=60)
        self.rewritten = 0
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            def _forward(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                headers = {k: v for k, v in self.headers.items() if k.lower() not in _HOP}
                rewritten = self.command == "PUT" and "vcard" in self.headers.get(
                    "Content-Type", ""
                )
                if rewritten:
                    body = reserialise(body.decode("utf-8")).encode("utf-8")
                    proxy.rewritten += 1
                answer = proxy.upstream.request(
                    self.command, self.path, content=body, headers=headers
                )
                content = answer.content
                if self.command == "REPORT" and b"address-data" in content:
                    content = _rewrite_address_data(content)
                elif self.command == "GET" and b"BEGIN:VCARD" in content:
                    content = reserialise(content.decode("utf-8"), new_rev=False).encode()
                self.send_response(answer.status_code)
                for key, value in answer.headers.items():
                    # A server that changed what it was sent gives no ETag (RFC 6352 6.3.2.3).
                    if key.lower() not in _HOP and not (rewritten and key.lower() == "etag"):
                        self.send_header(key, value)
                self.send_header("Content-Length", str(len(content)))
                self.end_headers()
                self.wfile.write(content)

            do_GET = do_PUT = do_DELETE = do_PROPFIND = do_REPORT = do_OPTIONS = _forward
            do_MKCOL = do_MKCALENDAR = do_PROPPATCH = do_HEAD = _forward

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> RewritingProxy:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.upstream.close()


@pytest.fixture
def rewriting(radicale: Server) -> Iterator[RewritingProxy]:
    with RewritingProxy(radicale.url) as proxy:
        yield proxy


def test_the_rewriter_changes_the_text_but_not_the_card():
    card = _card("kees-1", "Kees", "Visser", "item1.TEL;TYPE=CELL:0612345678",
                 "NOTE:" + "lang " * 30)  # fmt: skip
    text = reserialise(card)
    assert text != card and "item1.tel;type=CELL:0612345678" in text.replace("\r\n ", "")
    assert max(len(line.encode()) for line in text.split("\r\n")) <= 40


def test_a_server_that_rewrites_every_card_gets_no_endless_re_upload(
    run_cli, tmp_path: Path, radicale, user, rewriting
):
    data_dir = tmp_path / "data"
    code, _, err = run_cli(
        data_dir, "sync", "add", rewriting.url, "--user", user, "--password-stdin", stdin=PASSWORD
    )
    assert code == 0, err
    phone = Phone(Server(rewriting.url, radicale.storage), user)  # the phone's writes too
    phone.put("marieke.vcf", IOS_CARD)
    phone.put("kees.vcf", _card("kees-1", "Kees", "Visser", "TEL;TYPE=CELL:0612345678"))
    ws = open_workspace(data_dir)
    ws.contacts.create(ContactRecord(given_name="Anna", family_name="Smit", notes="x" * 120,
                                     emails=[EmailEntry("anna@smit.example")],
                                     phones=[PhoneEntry("020 555 1234", "work")]))  # fmt: skip
    ws.close()
    assert _sync(run_cli, data_dir) == {**ZERO, "downloaded": 2, "uploaded": 1}
    stored = phone.cards()
    assert all("PRODID:-//Rewriting Server//EN" in card for card in stored.values())
    assert _sync(run_cli, data_dir) == ZERO  # the second sync
    assert _sync(run_cli, data_dir) == ZERO  # and the third
    assert phone.cards() == stored  # nothing was written again

    # An edit on each side: each goes across once, then nothing more.
    _edit_here(data_dir, "kees-1", job_title="Schilder")
    href = phone.book + "marieke.vcf"
    marieke = "\n".join(unfold(phone.cards()[href]))
    assert "org:Bakkerij Jansen" in marieke  # as this server writes it
    marieke = marieke.replace("org:Bakkerij Jansen", "ORG:Bakkerij Jansen & Zn")
    phone.put("marieke.vcf", f"BEGIN:VCARD\n{marieke}\nEND:VCARD\n", etag=phone.etags()[href])
    writes = rewriting.rewritten
    assert _sync(run_cli, data_dir) == {**ZERO, "downloaded": 1, "uploaded": 1}
    assert rewriting.rewritten == writes + 1
    assert _sync(run_cli, data_dir) == ZERO
    assert _sync(run_cli, data_dir) == ZERO
    assert rewriting.rewritten == writes + 1
    assert _record(data_dir, "kees-1").job_title == "Schilder"
    assert _record(data_dir, "ios-marieke-1").organization == "Bakkerij Jansen & Zn"
    kees = "".join(unfold(phone.cards()[phone.book + "kees.vcf"]))
    assert kees.lower().count("tel;") == 1 and "schilder" in kees.lower()
