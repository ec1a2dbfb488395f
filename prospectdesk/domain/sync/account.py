"""Setting up the one sync account: presets, discovery, the address book, the password.

The password goes to the OS keyring (``keyring``), never into the database, a settings
file or a message. Without a keyring it is asked for each time.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from prospectdesk.clock import Clock, utc_naive
from prospectdesk.domain.sync.dav import (
    DAV,
    AuthenticationError,
    Collection,
    DavClient,
    DavError,
    check_url,
)
from prospectdesk.domain.sync.discovery import DnsResolver, Resolver, domain_urls, srv_urls
from prospectdesk.store.db import database
from prospectdesk.store.models import SyncAccount

KEYRING_SERVICE = "ProspectDesk CardDAV"
DEFAULT_BOOK_NAME = "ProspectDesk"
DEFAULT_CALENDAR_NAME = "ProspectDesk follow-ups"

# Servers known by the e-mail domain people give; other domains are looked up in DNS
# (RFC 6764 SRV and TXT records), then at their /.well-known/carddav.
PRESETS = {
    "icloud.com": "https://contacts.icloud.com/",
    "me.com": "https://contacts.icloud.com/",
    "mac.com": "https://contacts.icloud.com/",
    "fastmail.com": "https://carddav.fastmail.com/",
    "fastmail.fm": "https://carddav.fastmail.com/",
}
_GOOGLE = ("gmail.com", "googlemail.com", "google.com")
GOOGLE_MESSAGE = "Google contacts need OAuth sign-in, which is not supported yet"


@dataclass(frozen=True)
class Provider:
    """A choice in the setup dialog: ``url`` is filled in for the owner (None: the owner
    gives the server's address, or an e-mail address to look the server up by);
    ``supported`` is False for Google (OAuth), which the dialog explains instead."""

    key: str
    url: str | None
    supported: bool = True


PROVIDERS = (
    Provider("nextcloud", None),
    Provider("icloud", "https://contacts.icloud.com/"),
    Provider("fastmail", "https://carddav.fastmail.com/"),
    Provider("generic", None),
    Provider("google", None, supported=False),
)


def is_google(url_or_email: str) -> bool:
    """Whether this is a Google account or server (which needs OAuth)."""
    text = url_or_email.strip().lower()
    if "@" in text and "://" not in text:
        return text.rsplit("@", 1)[1].rstrip(".") in _GOOGLE
    host = (urlsplit(text if "://" in text else "https://" + text).hostname or "").rstrip(".")
    return any(host == g or host.endswith("." + g) for g in _GOOGLE)


class SetupError(Exception):
    """Setting up failed; the message tells the owner what to do."""


def server_url(url_or_email: str) -> str:
    """The address to start discovery at: a URL as given, or the server of an e-mail
    address's domain (presets for iCloud and Fastmail)."""
    text = url_or_email.strip()
    if is_google(text):
        raise SetupError(GOOGLE_MESSAGE)
    if "://" not in text and "@" in text:
        domain = text.rsplit("@", 1)[1].lower()
        return PRESETS.get(domain, f"https://{domain}/")
    if "://" not in text:
        text = "https://" + text
    try:
        check_url(text)
    except DavError as error:
        raise SetupError(str(error)) from error
    return text if text.endswith("/") else text + "/"


def _domain_of(text: str) -> str | None:
    """The domain of an e-mail address or of a bare domain name ("example.com"), else
    None (a URL, or a host with a path: used as given)."""
    text = text.strip()
    if "://" in text:
        return None
    if "@" in text:
        return text.rsplit("@", 1)[1].lower().rstrip(".")
    if "/" not in text and ":" not in text and "." in text:
        return text.lower().rstrip(".")
    return None


def start_urls(url_or_email: str, resolver: Resolver | None = None) -> list[str]:
    """Where to look for the address books, best first: a URL as given; for an e-mail
    address or a bare domain, a preset (iCloud, Fastmail), else the DNS SRV records
    (``_carddavs._tcp``, TXT ``path=``), then the domain's /.well-known/carddav, then the
    domain itself (RFC 6764). Raises SetupError for Google and for plain http."""
    first = server_url(url_or_email)  # refuses Google, plain http to another machine
    domain = _domain_of(url_or_email)
    if domain is None:
        return [first]
    if domain in PRESETS:
        return [PRESETS[domain]]
    return domain_urls(domain, "carddav", resolver or DnsResolver())


def find_service(urls: list[str], username: str, password: str) -> tuple[DavClient, str]:
    """The first of ``urls`` that has this user's address books: the client (open; the
    caller closes it) and the address-book home. A wrong password stops at once; any other
    failure tries the next address, and the first one's reason is given when none works."""
    first: DavError | None = None
    for url in urls:
        client = DavClient(url, username, password)
        try:
            return client, discover(client)
        except AuthenticationError:
            client.close()
            raise
        except DavError as error:
            client.close()
            first = first or error
    assert first is not None
    if len(urls) > 1:
        raise DavError(f"{first} (also looked up the domain's DNS records and /.well-known)")
    raise first


def _calendar_starts(client: DavClient, domain: str | None, resolver: Resolver) -> list[str]:
    """CalDAV context paths on the account's server, for a principal that names no
    calendar home: the domain's ``_caldavs._tcp`` SRV and TXT records where they point at
    this same server (the account keeps one), then its /.well-known/caldav."""
    origin = urlsplit(client.base_url)
    starts = []
    if domain is not None:
        for url in srv_urls(domain, "caldav", resolver):
            parts = urlsplit(url)
            if (parts.scheme, parts.netloc) == (origin.scheme, origin.netloc):
                starts.append(url)
    starts.append(urljoin(client.base_url, "/.well-known/caldav"))
    return starts


def discover(client: DavClient) -> str:
    """The address-book home: as given, then /.well-known/carddav (RFC 6764), then
    Nextcloud's /remote.php/dav/."""
    try:
        return client.discover_home()
    except DavError as first:
        if "no CardDAV service" not in str(first):
            raise
        nextcloud = urljoin(client.base_url, "remote.php/dav/")
        try:
            return client.discover_home(nextcloud)
        except DavError:
            raise first from None


def pick_addressbook(client: DavClient, home: str, wanted: str | None) -> Collection:
    """``wanted`` (a name or a path), else the dedicated "ProspectDesk" address book,
    created when the server allows."""
    books = [c for c in client.collections(home) if c.is_addressbook]
    if wanted:
        for book in books:
            if wanted in (book.name, book.href, book.href.rstrip("/")) or book.href.rstrip(
                "/"
            ).endswith("/" + wanted.strip("/")):
                return book
        names = ", ".join(sorted(b.name for b in books)) or "none"
        raise SetupError(f"no address book called {wanted!r} (the server has: {names})")
    for book in books:
        if book.name == DEFAULT_BOOK_NAME:
            return book
    href = home.rstrip("/") + "/prospectdesk/"
    client.make_addressbook(href, DEFAULT_BOOK_NAME)
    return Collection(href, DEFAULT_BOOK_NAME, True, False)


def pick_calendar(
    client: DavClient, wanted: str | None, starts: list[str] | None = None
) -> Collection | None:
    """``wanted`` (a name or a path), else the dedicated follow-ups calendar, created when
    the server allows. The calendar home is the CardDAV principal's, else the one found at
    one of ``starts`` (RFC 6764). None when the server has no CalDAV and none was asked
    for: the contacts still sync."""
    home = client.calendar_home()
    for start in starts or []:
        if home is not None:
            break
        try:
            home = client.calendar_home(start)
        except AuthenticationError:
            raise
        except DavError:
            continue
    if home is None:
        if wanted:
            raise SetupError("the server has no calendars for this user (no CalDAV there)")
        return None
    calendars = [c for c in client.collections(home) if c.is_calendar]
    if wanted:
        for calendar in calendars:
            if wanted in (calendar.name, calendar.href, calendar.href.rstrip("/")):
                return calendar
        names = ", ".join(sorted(c.name for c in calendars)) or "none"
        raise SetupError(f"no calendar called {wanted!r} (the server has: {names})")
    for calendar in calendars:
        if calendar.name == DEFAULT_CALENDAR_NAME:
            return calendar
    href = home.rstrip("/") + "/prospectdesk-followups/"
    try:
        client.make_calendar(href, DEFAULT_CALENDAR_NAME)
    except DavError:
        return None
    return Collection(href, DEFAULT_CALENDAR_NAME, False, True)


@dataclass(frozen=True)
class AccountInfo:
    server_url: str
    username: str
    addressbook_url: str
    addressbook_name: str
    calendar_url: str | None = None
    calendar_name: str | None = None


def current_account() -> SyncAccount | None:
    account: SyncAccount | None = SyncAccount.select().order_by(SyncAccount.id).first()
    return account


def save_account(info: AccountInfo, clock: Clock) -> SyncAccount:
    """One account at a time: a new one replaces the old (and its sync state)."""
    with database.atomic():
        SyncAccount.delete().execute()
        return SyncAccount.create(
            server_url=info.server_url,
            username=info.username,
            addressbook_url=info.addressbook_url,
            addressbook_name=info.addressbook_name,
            calendar_url=info.calendar_url,
            calendar_name=info.calendar_name,
            created_at=utc_naive(clock.now()),
        )


def remove_account() -> SyncAccount | None:
    account = current_account()
    if account is not None:
        with database.atomic():
            account.delete_instance()  # its items and conflicts go with it (cascade)
    return account


def _key(account_url: str, username: str) -> str:
    return f"{username}@{urlsplit(account_url).hostname}"


def store_password(account_url: str, username: str, password: str) -> bool:
    """False when there is no keyring to keep it in."""
    import keyring

    try:
        keyring.set_password(KEYRING_SERVICE, _key(account_url, username), password)
    except Exception:  # noqa: BLE001 - no keyring, a locked one, a D-Bus without one: ask instead
        return False
    return True


def load_password(account_url: str, username: str) -> str | None:
    import keyring

    try:
        return keyring.get_password(KEYRING_SERVICE, _key(account_url, username))
    except Exception:  # noqa: BLE001 - no keyring, a locked one, a D-Bus without one: ask instead
        return None


def forget_password(account_url: str, username: str) -> None:
    import keyring

    try:
        keyring.delete_password(KEYRING_SERVICE, _key(account_url, username))
    except Exception:  # noqa: BLE001 - no keyring, a locked one, a D-Bus without one: ask instead
        pass


def set_up_account(
    url_or_email: str,
    username: str,
    password: str,
    clock: Clock,
    *,
    addressbook: str | None = None,
    calendar: str | None = None,
    resolver: Resolver | None = None,
) -> tuple[AccountInfo, bool]:
    """Discover the server (:func:`start_urls`), pick (or create) the address book and
    the follow-ups calendar, check the password, save the account and keep the password
    in the keyring. Returns the account and whether the keyring took the password (False:
    ask each time). Raises SetupError or DavError with a message for the owner; nothing is
    saved then. ``resolver`` answers the DNS look-ups (tests inject one)."""
    resolver = resolver or DnsResolver()
    client, home = find_service(start_urls(url_or_email, resolver), username, password)
    with client:
        url = client.base_url
        book = pick_addressbook(client, home, addressbook)
        client.propfind(book.href, [(DAV, "getetag")])  # readable with this password
        starts = _calendar_starts(client, _domain_of(url_or_email), resolver)
        found = pick_calendar(client, calendar, starts)
    info = AccountInfo(
        url,
        username,
        book.href,
        book.name,
        found.href if found else None,
        found.name if found else None,
    )
    save_account(info, clock)
    return info, store_password(url, username, password)
