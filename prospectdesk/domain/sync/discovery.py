"""Where a user's CardDAV and CalDAV service is, from an e-mail address or a bare domain
(RFC 6764): the DNS SRV records ``_carddavs._tcp`` / ``_caldavs._tcp`` (and the plain
``_carddav._tcp`` / ``_caldav._tcp``, used only when they point at this machine: a password
never crosses the network unencrypted), each with the context path of its TXT record
(``path=``), else ``/.well-known/carddav``; then the domain's own ``/.well-known``.

DNS is asked through a :class:`Resolver`, so tests inject the answers; the real one is
dnspython's. No answer (no such record, no network, a timeout) is simply no candidate.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from prospectdesk.domain.sync.dav import DavError, check_url

DNS_TIMEOUT = 5.0  # seconds for each look-up: an offline laptop should not wait long


@dataclass(frozen=True)
class SrvRecord:
    priority: int
    weight: int
    port: int
    target: str  # a host name without the final dot; "" when the service is not offered


class Resolver(Protocol):
    def srv(self, name: str) -> list[SrvRecord]: ...

    def txt(self, name: str) -> list[str]: ...


class DnsResolver:
    """The system's DNS, through dnspython."""

    def __init__(self, lifetime: float = DNS_TIMEOUT, nameservers: list[str] | None = None):
        import dns.exception
        import dns.resolver

        try:
            self.resolver = dns.resolver.Resolver(configure=nameservers is None)
        except dns.exception.DNSException:  # no resolver configured: every look-up is empty
            self.resolver = dns.resolver.Resolver(configure=False)
        if nameservers is not None:
            self.resolver.nameservers = nameservers
        self.lifetime = lifetime

    def _answer(self, name: str, kind: str) -> list[object]:
        import dns.exception

        try:
            return list(self.resolver.resolve(name, kind, lifetime=self.lifetime))
        except dns.exception.DNSException:  # NXDOMAIN, no answer, timeout, no network
            return []

    def srv(self, name: str) -> list[SrvRecord]:
        import dns.rdtypes.IN.SRV

        return [
            SrvRecord(r.priority, r.weight, r.port, r.target.to_text(omit_final_dot=True))
            for r in self._answer(name, "SRV")
            if isinstance(r, dns.rdtypes.IN.SRV.SRV)
        ]

    def txt(self, name: str) -> list[str]:
        import dns.rdtypes.ANY.TXT

        return [
            b"".join(r.strings).decode("utf-8", "replace")
            for r in self._answer(name, "TXT")
            if isinstance(r, dns.rdtypes.ANY.TXT.TXT)
        ]


def _context_path(resolver: Resolver, name: str, service: str) -> str:
    """The TXT record's ``path=`` (RFC 6764 section 4), else the well-known URI."""
    for text in resolver.txt(name):
        for pair in text.split():
            key, _, value = pair.partition("=")
            if key.lower() == "path" and value.startswith("/"):
                return value
    return f"/.well-known/{service}"


def srv_urls(domain: str, service: str, resolver: Resolver) -> list[str]:
    """The service's URLs from DNS, best first: TLS records before plain ones, each by
    priority (lower first), then weight (higher first). ``service``: carddav or caldav."""
    urls: list[str] = []
    for scheme, label in (
        ("https", f"_{service}s._tcp.{domain}"),
        ("http", f"_{service}._tcp.{domain}"),
    ):
        records = resolver.srv(label)
        if any(r.target in ("", ".") for r in records):
            continue  # RFC 2782: "." means the service is decidedly not offered here
        if not records:
            continue
        path = _context_path(resolver, label, service)
        for record in sorted(records, key=lambda r: (r.priority, -r.weight)):
            host = record.target.rstrip(".")
            default = 443 if scheme == "https" else 80
            netloc = host if record.port == default else f"{host}:{record.port}"
            url = f"{scheme}://{netloc}{path}"
            try:
                check_url(url)  # plain http only to this machine
            except DavError:
                continue
            if url not in urls:
                urls.append(url)
    return urls


def domain_urls(domain: str, service: str, resolver: Resolver) -> list[str]:
    """Where to look for the service of a bare domain: SRV, then the domain's well-known
    URI, then the domain itself."""
    urls = srv_urls(domain, service, resolver)
    for url in (f"https://{domain}/.well-known/{service}", f"https://{domain}/"):
        if url not in urls:
            urls.append(url)
    return urls
