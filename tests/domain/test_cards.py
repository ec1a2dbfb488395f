"""Birthday cards: who gets one (with the injected clock: the year's end, year-less
birthdays, 29 February in a non-leap year), the address laid out as its country writes it,
and "card sent" logged for everyone in one transaction."""

from __future__ import annotations

from datetime import datetime

import pytest

from prospectdesk.domain.cards import Cards, address_lines, country_code
from prospectdesk.domain.records import AddressEntry, Birthday, ContactRecord
from prospectdesk.store.models import Interaction
from tests.conftest import AMSTERDAM


def add(ws, given: str, birthday: Birthday | None = None, **address: str) -> int:
    stage = ws.pipeline.stage_by_role("lead")
    record = ContactRecord(given_name=given, family_name="Test", birthday=birthday)
    if address:
        record.addresses = [AddressEntry(**address)]
    contact_id, _ = ws.contacts.create(record, stage_id=stage.id)
    return contact_id


def test_birthdays_across_the_year_end_in_date_order(workspace, clock) -> None:
    clock.set(datetime(2026, 12, 28, 9, 0, tzinfo=AMSTERDAM))
    january = add(workspace, "Jan", Birthday(1, 3))  # year-less
    new_year = add(workspace, "Nieuw", Birthday(1, 1, 1980))
    today = add(workspace, "Vandaag", Birthday(12, 28, 1990))
    add(workspace, "Gisteren", Birthday(12, 27, 1990))
    add(workspace, "Later", Birthday(1, 10))
    cards = Cards(clock, "NL")
    assert cards.birthday_ids(6) == [today, new_year, january]
    assert cards.birthday_ids(0) == [today]


def test_29_february_is_celebrated_on_28_february_in_a_non_leap_year(workspace, clock) -> None:
    leap = add(workspace, "Schrikkel", Birthday(2, 29))
    clock.set(datetime(2027, 2, 27, 9, 0, tzinfo=AMSTERDAM))
    assert Cards(clock, "NL").birthday_ids(1) == [leap]
    clock.set(datetime(2028, 2, 27, 9, 0, tzinfo=AMSTERDAM))  # a leap year: the 29th
    assert Cards(clock, "NL").birthday_ids(1) == []
    assert Cards(clock, "NL").birthday_ids(2) == [leap]


def test_people_who_asked_not_to_be_contacted_get_no_card(workspace, clock) -> None:
    kept = add(workspace, "Wel", Birthday(11, 24))
    refused = add(workspace, "Niet", Birthday(11, 24))
    workspace.sales.presentations.set_do_not_contact([refused], True)
    assert Cards(clock, "NL").birthday_ids(3) == [kept]


def test_a_dutch_address_at_home_has_the_postcode_before_the_city_and_no_country() -> None:
    lines = address_lines(
        "Jan Jansen",
        "",
        AddressEntry(street="Keizersgracht 1", postal_code="1015 CJ", city="Amsterdam"),
        home="NL",
    )
    assert lines == ("Jan Jansen", "Keizersgracht 1", "1015 CJ AMSTERDAM")


def test_an_armenian_address_has_its_postcode_on_its_own_line() -> None:
    lines = address_lines(
        "Արամ Պետրոսյան",
        "",
        AddressEntry(street="Աբովյան 12, բն. 5", postal_code="0001", city="Երևան", country="AM"),
        home="AM",
    )
    # Modern spelling in capitals: ԵՐԵՎԱՆ, not the classical ԵՐԵՒԱՆ of str.upper().
    assert lines == ("Արամ Պետրոսյան", "Աբովյան 12, բն. 5", "0001", "ԵՐԵՎԱՆ")


def test_a_us_address_from_abroad_has_city_state_zip_and_the_country() -> None:
    lines = address_lines(
        "Mary Smith",
        "Smith & Co",
        AddressEntry(
            street="1600 Main Street",
            city="Springfield",
            region="IL",
            postal_code="62701",
            country="Verenigde Staten",
        ),
        home="NL",
    )
    assert lines == (
        "Mary Smith",
        "Smith & Co",
        "1600 Main Street",
        "SPRINGFIELD, IL 62701",
        "UNITED STATES",
    )


@pytest.mark.parametrize(
    ("written", "code"),
    [("Nederland", "NL"), ("netherlands", "NL"), ("Հայաստան", "AM"), ("USA", "US"), ("am", "AM")],
)
def test_country_names_as_people_write_them(written, code) -> None:
    assert country_code(written, "NL") == code


def test_an_unknown_country_is_kept_as_written() -> None:
    lines = address_lines(
        "X", "", AddressEntry(street="1 Road", city="Town", country="Atlantis"), home="NL"
    )
    assert lines[-1] == "ATLANTIS"


def test_the_mailing_keeps_the_order_and_names_who_has_no_address(workspace, clock) -> None:
    first = add(workspace, "Een", street="Dorpsstraat 1", postal_code="1234 AB", city="Ergens")
    without = add(workspace, "Twee")
    cards = Cards(clock, "NL")
    mailing = cards.mailing(workspace.contacts.records([first, without]), [without, first])
    assert [r.contact_id for r in mailing.recipients] == [first]
    assert mailing.recipients[0].lines[-1] == "1234 AB ERGENS"
    assert mailing.without_address == [(without, "Twee Test")]


def test_card_sent_is_logged_for_each_person_in_one_transaction(workspace, clock) -> None:
    ids = [add(workspace, f"P{n}") for n in range(3)]
    changes = Cards(clock, "NL").log_cards_sent(ids, "Birthday card sent")
    assert changes.contacts == set(ids)
    for contact_id in ids:
        [logged] = workspace.activity.interactions(contact_id)
        assert (logged.kind, logged.summary) == ("other", "Birthday card sent")


def test_a_failure_midway_logs_no_card_at_all(workspace, clock, monkeypatch) -> None:
    ids = [add(workspace, f"P{n}") for n in range(3)]
    import prospectdesk.domain.cards as cards_module

    calls = []

    def failing(contact_id, **kwargs):
        calls.append(contact_id)
        if len(calls) == 2:
            raise OSError("disk full")
        return real(contact_id, **kwargs)

    real = cards_module.log_conversation
    monkeypatch.setattr(cards_module, "log_conversation", failing)
    with pytest.raises(OSError):
        Cards(clock, "NL").log_cards_sent(ids, "Birthday card sent")
    assert Interaction.select().count() == 0
