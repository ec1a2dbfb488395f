"""Exports read back by an independent parser (vobject for vCard and iCalendar, the csv
module for CSV), not only by the app's own readers: what Outlook, Google, iCloud and
Excel are given."""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta

import pytest
import vobject

from prospectdesk.domain.defaults import QT_TRANSLATE_NOOP
from prospectdesk.domain.io.export import export_contacts, export_vcard_files
from prospectdesk.domain.io.ics_write import BIRTHDAY_TITLE, CALENDAR_NAME
from prospectdesk.domain.io.vcard_write import safe_file_stem
from prospectdesk.domain.records import (
    AddressEntry,
    Birthday,
    ContactRecord,
    EmailEntry,
    PhoneEntry,
)
from prospectdesk.domain.settings import BIRTHDAY_LEAD_DAYS, MORNING_HOUR


@pytest.fixture
def book(workspace):
    workspace.contacts.region = "NL"
    workspace.contacts.create(
        ContactRecord(
            given_name="Anahit",
            family_name="Hovhannisyan",
            organization="Ծաղիկ BV",
            emails=[EmailEntry("ani@example.am", "work"), EmailEntry("ani@home.example", "home")],
            phones=[
                PhoneEntry("+31 6 1234 5678", "mobile"),
                PhoneEntry("020 123 4567", "home"),
                PhoneEntry("+374 10 555 555", "work"),
            ],
            addresses=[AddressEntry("home", "Prinsengracht 1", "Amsterdam", "", "1015 AA", "NL")],
            birthday=Birthday(5, 17, 1975),
            tags=["klant", "vip"],
        )
    )
    workspace.contacts.create(
        ContactRecord(given_name="Piet", family_name="de Vries", birthday=Birthday(2, 29))
    )
    workspace.contacts.create(ContactRecord(organization="Bakkerij Zoet"))
    return workspace


def _cards(data: bytes) -> list:
    return list(vobject.readComponents(data.decode("utf-8")))


def test_vcard_defaults_to_3_0_with_e164_phones(book):
    cards = _cards(export_contacts(book, "vcf"))
    assert [card.version.value for card in cards] == ["3.0"] * 3
    ani = cards[0]
    assert ani.fn.value == "Anahit Hovhannisyan"
    assert (ani.n.value.family, ani.n.value.given) == ("Hovhannisyan", "Anahit")
    assert ani.org.value == ["Ծաղիկ BV"]
    assert [tel.value for tel in ani.tel_list] == ["+31612345678", "020 123 4567", "+37410555555"]
    assert [tel.params["TYPE"] for tel in ani.tel_list] == [["cell"], ["home"], ["work"]]
    assert [e.value for e in ani.email_list] == ["ani@example.am", "ani@home.example"]
    assert ani.adr.value.city == "Amsterdam" and ani.adr.value.code == "1015 AA"
    assert ani.bday.value == "1975-05-17"
    assert ani.categories.value == ["klant", "vip"]
    assert cards[1].bday.value == "1604-02-29"
    assert cards[1].bday.params["X-APPLE-OMIT-YEAR"] == ["1604"]


def test_vcard_4_0_on_request_with_tel_uris(book):
    cards = _cards(export_contacts(book, "vcf", vcard_version="4.0"))
    assert [card.version.value for card in cards] == ["4.0"] * 3
    assert cards[0].tel.params["VALUE"] == ["uri"]
    assert cards[0].tel.value == "tel:+31612345678"
    assert cards[2].kind.value == "org"


def test_one_vcard_file_per_contact(book):
    files = export_vcard_files(book)
    assert [name for name, _data in files] == [
        "Anahit Hovhannisyan.vcf",
        "Piet de Vries.vcf",
        "Bakkerij Zoet.vcf",
    ]
    for name, data in files:
        [card] = _cards(data)  # exactly one card: what Outlook reads
        assert f"{card.fn.value}.vcf" == name


def test_file_names_are_safe_and_unique(workspace):
    for _ in range(2):
        workspace.contacts.create(ContactRecord(given_name='A/B: "C"?', family_name="*"))
    workspace.contacts.create(ContactRecord(given_name="con"))
    names = [name for name, _data in export_vcard_files(workspace)]
    assert names == ["A_B_ _C__ _.vcf", "A_B_ _C__ _ (2).vcf", "_con.vcf"]
    assert safe_file_stem(" . ") == ""


def _csv_rows(data: bytes) -> list[dict[str, str]]:
    assert data.startswith(b"\xef\xbb\xbf")  # Excel reads UTF-8 only with the BOM
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_google_csv_has_a_bom_and_marks_the_preferred_values(book):
    [ani, piet, bakkerij] = _csv_rows(export_contacts(book, "csv"))
    assert ani["First Name"] == "Anahit"
    assert (ani["E-mail 1 - Label"], ani["E-mail 2 - Label"]) == ("* Work", "Home")
    assert (ani["Phone 1 - Label"], ani["Phone 1 - Value"]) == ("* Mobile", "+31 6 1234 5678")
    assert ani["Phone 2 - Label"] == "Home"
    assert piet["Birthday"] == "--02-29"
    assert bakkerij["Organization Name"] == "Bakkerij Zoet"


def test_outlook_csv(book, workspace):
    workspace.contacts.create(
        ContactRecord(
            given_name="Veel",
            emails=[EmailEntry(f"{n}@example.nl") for n in range(4)],
            phones=[PhoneEntry(f"06 {n}{n}{n}{n}", "work") for n in (11, 33, 22)],
            job_title="=HYPERLINK(1)",
            notes="Eigen notitie",
        )
    )
    [ani, piet, bakkerij, veel] = _csv_rows(export_contacts(book, "csv", csv_flavour="outlook"))
    assert (ani["First Name"], ani["Last Name"], ani["Company"]) == (
        "Anahit",
        "Hovhannisyan",
        "Ծաղիկ BV",
    )
    assert ani["E-mail Address"] == "ani@example.am"
    assert ani["E-mail 2 Address"] == "ani@home.example"
    assert ani["Mobile Phone"] == "+31 6 1234 5678"
    assert ani["Home Phone"] == "020 123 4567"
    assert ani["Business Phone"] == "+374 10 555 555"
    assert (ani["Home Street"], ani["Home City"], ani["Home Postal Code"]) == (
        "Prinsengracht 1",
        "Amsterdam",
        "1015 AA",
    )
    assert ani["Birthday"] == "1975-05-17"
    assert ani["Categories"] == "klant;vip"
    assert piet["Birthday"] == "1604-02-29"  # Outlook's "no year"
    assert bakkerij["Company"] == "Bakkerij Zoet"
    # What does not fit Outlook's columns goes into Notes; formulas are defused.
    assert veel["E-mail 3 Address"] == "2@example.nl"
    assert (veel["Business Phone"], veel["Business Phone 2"]) == ("06 11111111", "06 33333333")
    assert veel["Other Phone"] == "06 22222222"
    assert veel["Job Title"] == "'=HYPERLINK(1)"
    assert veel["Notes"] == "Eigen notitie\nE-mail: 3@example.nl"


def test_outlook_csv_reads_back_with_the_app_reader(book):
    from prospectdesk.domain.io.csv_read import read_csv

    result = read_csv(export_contacts(book, "csv", csv_flavour="outlook"), "o.csv", region="NL")
    assert result.problems == []
    ani = result.records[0].record
    assert [(p.value, p.label) for p in ani.phones] == [
        ("+31 6 1234 5678", "mobile"),
        ("020 123 4567", "home"),
        ("+374 10 555 555", "work"),
    ]
    assert [e.value for e in ani.emails] == ["ani@example.am", "ani@home.example"]
    assert ani.birthday == Birthday(5, 17, 1975)
    assert result.records[1].record.birthday == Birthday(2, 29)


def _calendar(data: bytes):
    return vobject.readOne(data.decode("utf-8"))


def test_calendar_read_by_vobject_has_a_name_and_birthday_alarms(book):
    book.settings.set(MORNING_HOUR, 8)
    book.settings.set(BIRTHDAY_LEAD_DAYS, 2)
    calendar = _calendar(export_contacts(book, "ics"))
    assert calendar.contents["x-wr-calname"][0].value == "ProspectDesk: birthdays and follow-ups"
    assert calendar.contents["name"][0].value == "ProspectDesk: birthdays and follow-ups"
    events = {event.summary.value: event for event in calendar.vevent_list}
    ani = events["Birthday: Anahit Hovhannisyan"]
    assert ani.dtstart.value == date(1975, 5, 17)
    assert ani.rrule.value == "FREQ=YEARLY"
    # As the app reminds: two days ahead and on the day, at 8 in the morning.
    triggers = sorted(alarm.trigger.value for alarm in ani.valarm_list)
    assert triggers == [timedelta(hours=8) - timedelta(days=2), timedelta(hours=8)]
    assert {alarm.action.value for alarm in ani.valarm_list} == {"DISPLAY"}
    # The series as a reader expands it: 29 February falls on the 28th in other years.
    piet = events["Birthday: Piet de Vries"]
    dates = list(piet.getrruleset())[:5]
    assert [(d.month, d.day) for d in dates] == [(2, 29), (2, 28), (2, 28), (2, 28), (2, 29)]


def test_no_lead_alarm_when_there_is_no_lead(book):
    book.settings.set(BIRTHDAY_LEAD_DAYS, 0)
    calendar = _calendar(export_contacts(book, "ics"))
    ani = next(e for e in calendar.vevent_list if "Anahit" in e.summary.value)
    assert [alarm.trigger.value for alarm in ani.valarm_list] == [timedelta(hours=9)]


def test_calendar_titles_in_the_owners_language(book):
    dutch = {
        BIRTHDAY_TITLE: "Verjaardag van {name}",
        CALENDAR_NAME: "ProspectDesk: verjaardagen en opvolgingen",
    }
    calendar = _calendar(
        export_contacts(book, "ics", translate=lambda context, text: dutch.get(text, text))
    )
    assert calendar.contents["x-wr-calname"][0].value == dutch[CALENDAR_NAME]
    assert "Verjaardag van Piet de Vries" in {e.summary.value for e in calendar.vevent_list}
    assert QT_TRANSLATE_NOOP("CalendarExport", "x") == "x"
