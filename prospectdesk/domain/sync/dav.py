"""A small WebDAV/CardDAV client: discovery (RFC 6764), sync-collection (RFC 6578) with a
PROPFIND fallback, addressbook-multiget, and conditional PUT/DELETE (RFC 6352).

Built on httpx (TLS verified; plain http is refused except to this machine) and the
standard library's ElementTree. Nothing here logs: a request's body is someone's card.
"""

from __future__ import annotations

import ipaddress
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from urllib.parse import quote, unquote, urljoin, urlsplit

import httpx

DAV = "DAV:"
CARD = "urn:ietf:params:xml:ns:carddav"
CAL = "urn:ietf:params:xml:ns:caldav"
NS = {"d": DAV, "c": CARD, "cal": CAL}
MULTIGET_BATCH = 250
TIMEOUT = httpx.Timeout(60.0, connect=10.0)  # a big address book on a slow server
VCARD_TYPE = "text/vcard; charset=utf-8"
ICALENDAR_TYPE = "text/calendar; charset=utf-8"


class DavError(Exception):
    """The server answered something this client cannot go on with; the message says
    what, in words the owner can act on (never a card's content)."""


class AuthenticationError(DavError):
    pass


class Unreachable(DavError):
    """No answer at all: offline, a wrong address, a server that is down."""


class PreconditionFailed(DavError):
    """412: the card changed on the server (If-Match) or already exists (If-None-Match)."""


class InvalidSyncToken(DavError):
    """The server forgot our sync token: list everything again."""


class NotFound(DavError):
    pass


@dataclass(frozen=True)
class Collection:
    href: str  # path on the server, ending in /
    name: str
    is_addressbook: bool
    is_calendar: bool


@dataclass(frozen=True)
class Listing:
    """What changed on the server: (href, etag) of changed cards and the removed hrefs;
    ``complete`` means a full listing (every card there is), not a delta."""

    changed: list[tuple[str, str | None]]
    removed: list[str]
    token: str | None
    complete: bool


def check_url(url: str) -> str:
    """Refuse plain http to anything but this machine: an app password must not cross
    the network unencrypted."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise DavError(f"{url!r} is not an http(s) address")
    if parts.scheme == "http" and not _is_local(parts.hostname):
        raise DavError(
            f"{parts.hostname} is reached over plain http; use https (only this machine "
            "may be reached without encryption)"
        )
    return url


def _is_local(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _propfind_body(*props: tuple[str, str]) -> bytes:
    inner = "".join(f'<x:{name} xmlns:x="{ns}"/>' for ns, name in props)
    return f'<?xml version="1.0" encoding="utf-8"?><d:propfind xmlns:d="DAV:"><d:prop>{inner}</d:prop></d:propfind>'.encode()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class DavClient:
    """One server and one user. ``base_url`` is any URL on the server; hrefs are paths."""

    def __init__(
        self,
        base_url: str,
        username: str,
        password: str,
        *,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.base_url = check_url(base_url)
        self.http = httpx.Client(
            auth=httpx.BasicAuth(username, password),
            timeout=TIMEOUT,
            follow_redirects=True,
            verify=True,
            transport=transport,
            headers={"User-Agent": "ProspectDesk"},
        )

    def close(self) -> None:
        self.http.close()

    def __enter__(self) -> DavClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- plumbing ----------------------------------------------------------------------

    def url(self, href: str) -> str:
        return urljoin(self.base_url, quote(href, safe="/:@!$&'()*+,;=-._~%"))

    def request(
        self,
        method: str,
        href_or_url: str,
        *,
        body: bytes | None = None,
        headers: dict[str, str] | None = None,
    ) -> httpx.Response:
        url = href_or_url if "://" in href_or_url else self.url(href_or_url)
        check_url(url)
        try:
            response = self.http.request(method, url, content=body, headers=headers)
        except httpx.TransportError as error:
            host = urlsplit(url).hostname
            raise Unreachable(f"cannot reach {host}: {type(error).__name__}") from error
        if response.status_code == 401:
            raise AuthenticationError(
                "the server refused the user name or password (use an app password)"
            )
        return response

    def _multistatus(
        self, method: str, href: str, body: bytes, depth: str
    ) -> tuple[ET.Element, httpx.Response]:
        response = self.request(
            method,
            href,
            body=body,
            headers={"Depth": depth, "Content-Type": "application/xml; charset=utf-8"},
        )
        if response.status_code != 207:
            if response.status_code in (403, 412) and b"valid-sync-token" in response.content:
                raise InvalidSyncToken("the server no longer knows the sync token")
            raise DavError(f"{method} {href} answered {response.status_code}")
        try:
            return ET.fromstring(response.content), response
        except ET.ParseError as error:
            raise DavError(f"{method} {href}: the server's answer is not XML") from error

    def _href(self, element: ET.Element, response: httpx.Response) -> str:
        text = (element.findtext("d:href", "", NS) or "").strip()
        return unquote(urlsplit(urljoin(str(response.url), text)).path)

    def propfind(
        self, href: str, props: Iterable[tuple[str, str]], depth: str = "0"
    ) -> dict[str, ET.Element]:
        """href -> its ``prop`` element (the 200 propstat's), for each response."""
        root, response = self._multistatus("PROPFIND", href, _propfind_body(*props), depth)
        result: dict[str, ET.Element] = {}
        for item in root.findall("d:response", NS):
            prop = ET.Element("prop")
            for propstat in item.findall("d:propstat", NS):
                status = propstat.findtext("d:status", "", NS)
                if " 200 " in status:
                    found = propstat.find("d:prop", NS)
                    if found is not None:
                        prop.extend(list(found))
            result[self._href(item, response)] = prop
        return result

    # -- discovery ---------------------------------------------------------------------

    def _principal(self, url: str) -> str | None:
        try:
            found = self.propfind(url, [(DAV, "current-user-principal")])
        except (AuthenticationError, Unreachable):
            raise
        except DavError:
            return None
        for prop in found.values():
            href = prop.findtext("d:current-user-principal/d:href", None, NS)
            if href:
                return unquote(urlsplit(urljoin(url, href.strip())).path)
        return None

    def discover_home(self, start: str | None = None) -> str:
        """The address-book home set of the user (RFC 6764: the URL given, then
        /.well-known/carddav, then current-user-principal, then the home set)."""
        principal = self._principal(start or self.base_url)
        if principal is None and start is None:
            principal = self._principal(urljoin(self.base_url, "/.well-known/carddav"))
        if principal is None:
            raise DavError("no CardDAV service was found at this address")
        self.principal = principal
        found = self.propfind(principal, [(CARD, "addressbook-home-set")])
        for prop in found.values():
            href = prop.findtext("c:addressbook-home-set/d:href", None, NS)
            if href:
                return unquote(urlsplit(urljoin(self.url(principal), href.strip())).path)
        raise DavError("the server has no address books for this user (no CardDAV there)")

    def calendar_home(self, start: str | None = None) -> str | None:
        """The calendar home set of the principal found by :meth:`discover_home`, or of
        the one found at ``start`` (a CalDAV context path on this server, RFC 6764); None
        when there is no CalDAV for this user."""
        principal = getattr(self, "principal", None)
        if start is not None:
            principal = self._principal(start)
        if principal is None:
            return None
        try:
            found = self.propfind(principal, [(CAL, "calendar-home-set")])
        except (AuthenticationError, Unreachable):
            raise
        except DavError:
            return None
        for prop in found.values():
            href = prop.findtext("cal:calendar-home-set/d:href", None, NS)
            if href:
                return unquote(urlsplit(urljoin(self.url(principal), href.strip())).path)
        return None

    def make_calendar(self, href: str, name: str) -> None:
        """MKCALENDAR (RFC 4791) for events only; DavError when the server refuses."""
        body = (
            '<?xml version="1.0" encoding="utf-8"?>'
            '<cal:mkcalendar xmlns:d="DAV:" xmlns:cal="urn:ietf:params:xml:ns:caldav">'
            f"<d:set><d:prop><d:displayname>{_escape(name)}</d:displayname>"
            '<cal:supported-calendar-component-set><cal:comp name="VEVENT"/>'
            "</cal:supported-calendar-component-set></d:prop></d:set></cal:mkcalendar>"
        ).encode()
        response = self.request(
            "MKCALENDAR",
            href,
            body=body,
            headers={"Content-Type": "application/xml; charset=utf-8"},
        )
        if response.status_code not in (200, 201):
            raise DavError(
                f"the server would not create the calendar {name!r} ({response.status_code}); "
                "pick an existing one with --calendar"
            )

    def collections(self, home: str) -> list[Collection]:
        found = self.propfind(home, [(DAV, "resourcetype"), (DAV, "displayname")], depth="1")
        result = []
        for href, prop in found.items():
            kinds = prop.find("d:resourcetype", NS)
            if kinds is None:
                continue
            is_book = kinds.find("c:addressbook", NS) is not None
            is_calendar = kinds.find("{urn:ietf:params:xml:ns:caldav}calendar") is not None
            if not (is_book or is_calendar):
                continue
            name = (prop.findtext("d:displayname", "", NS) or "").strip()
            path = href if href.endswith("/") else href + "/"
            result.append(
                Collection(path, name or path.rstrip("/").rsplit("/", 1)[-1], is_book, is_calendar)
            )
        return result

    def make_addressbook(self, href: str, name: str) -> None:
        """Extended MKCOL (RFC 5689) of an address book; DavError when the server refuses."""
        body = (
            '<?xml version="1.0" encoding="utf-8"?>'
            '<d:mkcol xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:carddav"><d:set><d:prop>'
            "<d:resourcetype><d:collection/><c:addressbook/></d:resourcetype>"
            f"<d:displayname>{_escape(name)}</d:displayname>"
            "</d:prop></d:set></d:mkcol>"
        ).encode()
        response = self.request(
            "MKCOL", href, body=body, headers={"Content-Type": "application/xml; charset=utf-8"}
        )
        if response.status_code not in (200, 201):
            raise DavError(
                f"the server would not create the address book {name!r} "
                f"({response.status_code}); pick an existing one with --addressbook"
            )

    # -- listing -----------------------------------------------------------------------

    def sync_collection(self, href: str, token: str | None) -> Listing:
        """RFC 6578 REPORT, paged on through 507 (truncated) answers. Raises
        InvalidSyncToken when the server no longer knows ``token``."""
        changed: dict[str, str | None] = {}
        removed: set[str] = set()
        complete = not token
        while True:
            body = (
                '<?xml version="1.0" encoding="utf-8"?><d:sync-collection xmlns:d="DAV:">'
                f"<d:sync-token>{_escape(token or '')}</d:sync-token><d:sync-level>1</d:sync-level>"
                "<d:prop><d:getetag/></d:prop></d:sync-collection>"
            ).encode()
            root, response = self._multistatus("REPORT", href, body, "0")
            truncated = False
            for item in root.findall("d:response", NS):
                item_href = self._href(item, response)
                status = item.findtext("d:status", "", NS)
                if " 507 " in status:
                    truncated = True
                    continue
                if item_href.rstrip("/") == href.rstrip("/"):
                    continue
                if " 404 " in status:
                    removed.add(item_href)
                    changed.pop(item_href, None)
                    continue
                etag = item.findtext("d:propstat/d:prop/d:getetag", None, NS)
                changed[item_href] = etag.strip() if etag else None
                removed.discard(item_href)
            token = (root.findtext("d:sync-token", "", NS) or "").strip() or None
            if not truncated:
                break
        return Listing(list(changed.items()), sorted(removed), token, complete)

    def list_etags(self, href: str) -> Listing:
        """PROPFIND Depth 1: every card and its ETag (the fallback without sync tokens)."""
        found = self.propfind(href, [(DAV, "getetag"), (DAV, "resourcetype")], depth="1")
        changed = []
        for item_href, prop in found.items():
            if item_href.rstrip("/") == href.rstrip("/") or item_href.endswith("/"):
                continue
            etag = prop.findtext("d:getetag", None, NS)
            changed.append((item_href, etag.strip() if etag else None))
        return Listing(changed, [], None, True)

    def multiget(self, href: str, hrefs: list[str]) -> Iterator[tuple[str, str | None, str]]:
        """(href, etag, card text) of each of ``hrefs`` that exists, in batches."""
        for start in range(0, len(hrefs), MULTIGET_BATCH):
            batch = hrefs[start : start + MULTIGET_BATCH]
            refs = "".join(f"<d:href>{_escape(quote(h, safe='/@:-._~'))}</d:href>" for h in batch)
            body = (
                '<?xml version="1.0" encoding="utf-8"?>'
                '<c:addressbook-multiget xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:carddav">'
                f"<d:prop><d:getetag/><c:address-data/></d:prop>{refs}</c:addressbook-multiget>"
            ).encode()
            root, response = self._multistatus("REPORT", href, body, "1")
            for item in root.findall("d:response", NS):
                for propstat in item.findall("d:propstat", NS):
                    if " 200 " not in propstat.findtext("d:status", "", NS):
                        continue
                    data = propstat.findtext("d:prop/c:address-data", None, NS)
                    if data is None:
                        continue
                    etag = propstat.findtext("d:prop/d:getetag", None, NS)
                    yield self._href(item, response), (etag.strip() if etag else None), data

    # -- writing -----------------------------------------------------------------------

    def put(
        self,
        href: str,
        card: str,
        *,
        etag: str | None,
        content_type: str = VCARD_TYPE,
        overwrite: bool = False,
    ) -> str | None:
        """Create (``etag`` None: If-None-Match: *) or replace (If-Match) one card; returns
        the new ETag when the server gave one. PreconditionFailed on 412. ``overwrite``
        sends no precondition: for events ProspectDesk owns, put back whatever the
        phone did to them."""
        headers = {"Content-Type": content_type}
        if overwrite:
            pass
        elif etag is None:
            headers["If-None-Match"] = "*"
        else:
            headers["If-Match"] = etag
        response = self.request("PUT", href, body=card.encode("utf-8"), headers=headers)
        if response.status_code == 412:
            raise PreconditionFailed(f"{href} changed on the server")
        if response.status_code == 409 and b"uid-conflict" in response.content:
            raise PreconditionFailed(f"another card on the server has the UID of {href}")
        if response.status_code not in (200, 201, 204):
            raise DavError(f"the server refused to store a card ({response.status_code})")
        etag = response.headers.get("ETag")
        return str(etag) if etag else None

    def delete(self, href: str, *, etag: str | None) -> None:
        headers = {"If-Match": etag} if etag else {}
        response = self.request("DELETE", href, headers=headers)
        if response.status_code == 412:
            raise PreconditionFailed(f"{href} changed on the server")
        if response.status_code == 404:
            raise NotFound(href)
        if response.status_code not in (200, 204):
            raise DavError(f"the server refused to delete a card ({response.status_code})")
