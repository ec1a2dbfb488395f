"""Setting up from an e-mail address whose domain's DNS SRV record names the server
(RFC 6764), end to end against the real Radicale: the DNS answers are injected."""

from __future__ import annotations

from urllib.parse import urlsplit

from prospectdesk.domain.sync.account import set_up_account
from prospectdesk.domain.sync.discovery import SrvRecord
from prospectdesk.domain.workspace import open_workspace
from tests.domain.sync.test_discovery import FakeDns
from tests.sync.conftest import PASSWORD, _free_port
from tests.sync.test_sync_radicale import _card, _sync


def test_an_e_mail_address_finds_the_server_through_its_srv_record(
    run_cli, tmp_path, radicale, user, phone, memory_keyring
):
    port = urlsplit(radicale.url).port
    dns = FakeDns(
        srv={
            # The best record points at a server that is down: the next one is tried.
            "_carddavs._tcp.example.test": [SrvRecord(0, 0, _free_port(), "127.0.0.1")],
            "_carddav._tcp.example.test": [SrvRecord(10, 0, port, "127.0.0.1.")],
        },
        txt={"_carddav._tcp.example.test": ["path=/"]},
    )
    data_dir = tmp_path / "data"
    ws = open_workspace(data_dir)
    try:
        info, kept = set_up_account(f"{user}@example.test", user, PASSWORD, ws.clock, resolver=dns)
    finally:
        ws.close()
    assert info.server_url == radicale.url and kept
    assert info.addressbook_url == f"/{user}/prospectdesk/"
    assert info.calendar_url == f"/{user}/prospectdesk-followups/"
    assert "_carddavs._tcp.example.test" in dns.asked
    phone.put("kees.vcf", _card("kees-1", "Kees", "Visser"))
    assert _sync(run_cli, data_dir)["downloaded"] == 1
