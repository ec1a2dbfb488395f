"""Finding the CardDAV service of an e-mail address or a bare domain (RFC 6764): DNS SRV
and TXT records, answered by an injected resolver (no real DNS in the tests)."""

from __future__ import annotations

import socket

import pytest

from prospectdesk.domain.sync.account import SetupError, start_urls
from prospectdesk.domain.sync.discovery import DnsResolver, SrvRecord, domain_urls, srv_urls


class FakeDns:
    """Answers from a table; records every name asked for."""

    def __init__(self, srv=None, txt=None) -> None:
        self.srv_answers: dict[str, list[SrvRecord]] = srv or {}
        self.txt_answers: dict[str, list[str]] = txt or {}
        self.asked: list[str] = []

    def srv(self, name: str) -> list[SrvRecord]:
        self.asked.append(name)
        return self.srv_answers.get(name, [])

    def txt(self, name: str) -> list[str]:
        self.asked.append(name)
        return self.txt_answers.get(name, [])


def test_srv_records_come_by_priority_then_weight_with_the_txt_path():
    dns = FakeDns(
        srv={
            "_carddavs._tcp.example.org": [
                SrvRecord(20, 0, 443, "backup.example.org."),
                SrvRecord(10, 5, 8443, "light.example.org."),
                SrvRecord(10, 50, 443, "heavy.example.org."),
            ]
        },
        txt={"_carddavs._tcp.example.org": ["txtvers=1 path=/dav/carddav/"]},
    )
    assert srv_urls("example.org", "carddav", dns) == [
        "https://heavy.example.org/dav/carddav/",
        "https://light.example.org:8443/dav/carddav/",
        "https://backup.example.org/dav/carddav/",
    ]


def test_without_a_txt_path_the_well_known_uri_is_used_and_then_the_domain():
    dns = FakeDns(srv={"_carddavs._tcp.example.org": [SrvRecord(0, 0, 443, "dav.example.org")]})
    assert domain_urls("example.org", "carddav", dns) == [
        "https://dav.example.org/.well-known/carddav",
        "https://example.org/.well-known/carddav",
        "https://example.org/",
    ]


def test_a_dot_target_means_no_service_and_plain_http_only_to_this_machine():
    dns = FakeDns(
        srv={
            "_carddavs._tcp.example.org": [SrvRecord(0, 0, 0, ".")],
            "_carddav._tcp.example.org": [
                SrvRecord(0, 0, 80, "dav.example.org"),  # would send the password in clear
                SrvRecord(5, 0, 5232, "localhost"),
            ],
        },
        txt={"_carddav._tcp.example.org": ["path=/"]},
    )
    assert srv_urls("example.org", "carddav", dns) == ["http://localhost:5232/"]


def test_an_e_mail_address_or_a_bare_domain_is_looked_up_a_url_is_not():
    dns = FakeDns(srv={"_carddavs._tcp.example.org": [SrvRecord(0, 0, 443, "dav.example.org")]})
    expected = [
        "https://dav.example.org/.well-known/carddav",
        "https://example.org/.well-known/carddav",
        "https://example.org/",
    ]
    assert start_urls("kees@Example.org", dns) == expected
    assert start_urls("example.org", dns) == expected
    dns.asked.clear()
    assert start_urls("https://cloud.example.org/nextcloud/", dns) == [
        "https://cloud.example.org/nextcloud/"
    ]
    assert start_urls("cloud.example.org/nextcloud", dns) == [
        "https://cloud.example.org/nextcloud/"
    ]
    assert dns.asked == []
    # Known providers need no look-up; Google needs OAuth.
    assert start_urls("kees@icloud.com", dns) == ["https://contacts.icloud.com/"]
    assert start_urls("fastmail.com", dns) == ["https://carddav.fastmail.com/"]
    assert dns.asked == []
    with pytest.raises(SetupError, match="not supported yet"):
        start_urls("kees@gmail.com", dns)


def test_the_real_resolver_turns_no_answer_into_no_candidate():
    """dnspython against a name server that never answers (a closed port on this machine):
    a timeout is no record, not an error."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as silent:
        silent.bind(("127.0.0.1", 0))
        port = silent.getsockname()[1]
        resolver = DnsResolver(lifetime=0.3, nameservers=["127.0.0.1"])
        resolver.resolver.port = port
        assert resolver.srv("_carddavs._tcp.example.org") == []
        assert resolver.txt("_carddavs._tcp.example.org") == []


def test_the_real_resolver_reads_srv_and_txt_answers():
    """dnspython against a small name server on this machine that answers one SRV and one
    TXT record (a TXT record may come in several strings: they are one text)."""
    import threading

    import dns.message
    import dns.rrset

    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as server:
        server.bind(("127.0.0.1", 0))
        server.settimeout(5)
        port = server.getsockname()[1]

        def answer() -> None:
            for _ in range(2):
                data, peer = server.recvfrom(4096)
                query = dns.message.from_wire(data)
                reply = dns.message.make_response(query)
                question = query.question[0]
                if question.rdtype == dns.rdatatype.SRV:
                    text = ["10 60 8443 dav.example.org.", "0 5 443 main.example.org."]
                else:
                    text = ['"txtvers=1 " "path=/dav/"']
                reply.answer.append(
                    dns.rrset.from_text_list(question.name, 300, "IN", question.rdtype, text)
                )
                server.sendto(reply.to_wire(), peer)

        thread = threading.Thread(target=answer, daemon=True)
        thread.start()
        resolver = DnsResolver(lifetime=3, nameservers=["127.0.0.1"])
        resolver.resolver.port = port
        assert sorted(resolver.srv("_carddavs._tcp.example.org"), key=lambda r: r.priority) == [
            SrvRecord(0, 5, 443, "main.example.org"),
            SrvRecord(10, 60, 8443, "dav.example.org"),
        ]
        assert resolver.txt("_carddavs._tcp.example.org") == ["txtvers=1 path=/dav/"]
        thread.join(timeout=5)
