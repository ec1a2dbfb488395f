"""vCard export: escaping, folding, CRLF, birthdays, photos, labels, and the round trip
read -> write (4.0 and 3.0) -> read over the shared corpus and our own fixtures."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from prospectdesk.domain.io.vcard_read import read_vcards
from prospectdesk.domain.io.vcard_write import VERSIONS, contact_uid, fold, write_vcards
from prospectdesk.domain.phones import normalize_phone
from prospectdesk.domain.records import (
    AddressEntry,
    Birthday,
    ContactRecord,
    EmailEntry,
    PhoneEntry,
)

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "vcard"
PNG_HEADER = b"\x89PNG\r\n\x1a\n"


def sample() -> ContactRecord:
    return ContactRecord(
        given_name="Anahit",
        family_name="Hovhannisyan-de Wit",
        display_name_override="Ani; de Wit, H.",
        organization="Ծաղիկ BV, Amsterdam",
        job_title="Eigenaar\\directeur",
        emails=[
            EmailEntry("ani@example.am", "work"),
            EmailEntry("ani@club.example", "Club"),
            EmailEntry("ani@example.nl"),
        ],
        phones=[
            PhoneEntry("+31 6 1234 5678", "mobile", "+31612345678"),
            PhoneEntry("020 123 4567", "home fax", "+31201234567"),
            PhoneEntry("+374 10 555 555", "Assistent", "+37410555555"),
        ],
        addresses=[
            AddressEntry("home", "Prinsengracht 1\n2e etage", "Amsterdam", "NH", "1015 AA", "NL"),
            AddressEntry("Atelier", "Abovyan 3", "Yerevan", "", "0010", "Armenia"),
        ],
        birthday=Birthday(2, 29),
        photo=PNG_HEADER + bytes(range(256)) * 3,
        notes="Eerste regel\nTweede; met, tekens \\ en een lange zin die ver voorbij de "
        "vijfenzeventig octetten gaat: Երևան Երևան Երևան Երևան Երևան Երևան Երևան",
        tags=["klant", "vip"],
        uid="urn:uuid:1f0e8a8e-54a4-4a8e-9f3f-0d8c4d2a7b11",
        updated_at=datetime(2026, 11, 23, 9, 30),
    )


@pytest.mark.parametrize("version", ["4.0", "3.0"])
def test_lines_are_crlf_and_folded_at_75_octets(version: str) -> None:
    text = write_vcards([sample()], version)
    assert text.endswith("END:VCARD\r\n")
    assert "\n" not in text.replace("\r\n", "")
    for line in text.split("\r\n"):
        assert len(line.encode("utf-8")) <= 75
        line.encode("utf-8").decode("utf-8")  # no character cut in two


def test_fold_keeps_utf8_characters_whole() -> None:
    line = "NOTE:" + "Երևան" * 40
    folded = fold(line)
    pieces = folded.split("\r\n")
    assert all(len(piece.encode()) <= 75 for piece in pieces)
    assert all(piece.startswith(" ") for piece in pieces[1:])
    assert "".join(piece[1:] if i else piece for i, piece in enumerate(pieces)) == line


def test_escaping_and_properties_4_0() -> None:
    text = write_vcards([sample()], "4.0")
    unfolded = text.replace("\r\n ", "")
    assert "VERSION:4.0\r\n" in unfolded
    assert "FN:Ani\\; de Wit\\, H.\r\n" in unfolded
    assert "N:Hovhannisyan-de Wit;Anahit;;;\r\n" in unfolded
    assert "ORG:Ծաղիկ BV\\, Amsterdam\r\n" in unfolded
    assert "TITLE:Eigenaar\\\\directeur\r\n" in unfolded
    assert "BDAY:--0229\r\n" in unfolded
    assert "PHOTO:data:image/png;base64,iVBORw0KGgo" in unfolded
    assert "CATEGORIES:klant,vip\r\n" in unfolded
    assert "UID:urn:uuid:1f0e8a8e-54a4-4a8e-9f3f-0d8c4d2a7b11\r\n" in unfolded
    assert "REV:20261123T093000Z\r\n" in unfolded
    # Phones in E.164 where known: as tel: URIs in 4.0 (RFC 6350 §6.4.1).
    assert "TEL;VALUE=uri;TYPE=cell:tel:+31612345678\r\n" in unfolded
    assert "TEL;TYPE=home,fax:020 123 4567\r\n" in unfolded  # national form: as typed
    assert "item2.TEL;VALUE=uri:tel:+37410555555\r\nitem2.X-ABLabel:Assistent\r\n" in unfolded
    assert "ADR;TYPE=home:;;Prinsengracht 1\\n2e etage;Amsterdam;NH;1015 AA;NL\r\n" in unfolded


def test_3_0_birthday_photo_and_rev() -> None:
    record = sample()
    text = write_vcards([record], "3.0").replace("\r\n ", "")
    assert "BDAY;X-APPLE-OMIT-YEAR=1604:1604-02-29\r\n" in text
    assert "PHOTO;ENCODING=b;TYPE=PNG:iVBORw0KGgo" in text
    assert "REV:2026-11-23T09:30:00Z\r\n" in text
    assert "EMAIL;TYPE=INTERNET;TYPE=work:ani@example.am\r\n" in text
    record.birthday = Birthday(5, 17, 1975)
    assert "BDAY;VALUE=date:1975-05-17\r\n" in write_vcards([record], "3.0")
    assert "BDAY:19750517\r\n" in write_vcards([record], "4.0")


def test_rev_from_an_aware_time_is_utc() -> None:
    record = sample()
    record.updated_at = datetime(2026, 7, 1, 12, 0, tzinfo=ZoneInfo("Europe/Amsterdam"))
    assert "REV:20260701T100000Z\r\n" in write_vcards([record], "4.0")


def test_uid_is_stable_without_one() -> None:
    record = ContactRecord(given_name="Piet", id=42)
    assert contact_uid(record) == contact_uid(ContactRecord(given_name="Other", id=42))
    assert contact_uid(record) != contact_uid(ContactRecord(given_name="Piet", id=43))
    unsaved = ContactRecord(given_name="Piet", emails=[EmailEntry("piet@example.nl")])
    assert contact_uid(unsaved) == contact_uid(
        ContactRecord(given_name="Piet", emails=[EmailEntry("PIET@example.nl")])
    )


def test_unknown_version_is_refused() -> None:
    with pytest.raises(ValueError, match="2.1"):
        write_vcards([sample()], "2.1")


def comparable(record: ContactRecord, original: ContactRecord) -> dict:
    """What must survive an export and re-import; a UID is added when there was none, and
    a phone number written with its country is written (and so read back) in E.164."""
    data = asdict(record)
    for phone in data["phones"]:
        if phone["value"].startswith(("+", "00")) and phone["normalized"].startswith("+"):
            phone["value"] = phone["normalized"]
    if original.uid is None:
        data["uid"] = None
    for key in ("id", "stage_id", "created_at", "updated_at", "source"):
        data.pop(key)
    return data


def assert_round_trip(originals: list[ContactRecord], version: str) -> None:
    text = write_vcards(originals, version)
    again = read_vcards(text.encode("utf-8"), "export.vcf", region="NL")
    assert again.problems == []
    assert [comparable(p.record, o) for p, o in zip(again.records, originals, strict=True)] == [
        comparable(o, o) for o in originals
    ]


@pytest.mark.parametrize("version", ["4.0", "3.0"])
def test_round_trip_sample(version: str) -> None:
    assert_round_trip([sample()], version)


@pytest.mark.parametrize("version", ["4.0", "3.0"])
@pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.glob("*.vcf")))
def test_round_trip_fixtures(name: str, version: str) -> None:
    result = read_vcards((FIXTURES / name).read_bytes(), name, region="NL")
    assert_round_trip([p.record for p in result.records], version)


@pytest.mark.parametrize("version", ["4.0", "3.0"])
def test_round_trip_corpus(corpus_dir: Path, version: str) -> None:
    files = sorted((corpus_dir / "vcard").glob("*.vcf"))
    assert files
    for path in files:
        result = read_vcards(path.read_bytes(), path.name, region="NL")
        assert_round_trip([p.record for p in result.records], version)


@pytest.mark.parametrize(
    ("version", "marker"), [("4.0", "KIND:org"), ("3.0", "X-ABShowAs:COMPANY")]
)
def test_company_without_a_person(version: str, marker: str) -> None:
    company = ContactRecord(organization="Bakkerij Brood", emails=[EmailEntry("info@brood.nl")])
    text = write_vcards([company], version)
    assert f"\r\n{marker}\r\n" in text
    assert "FN:Bakkerij Brood\r\n" in text
    [parsed] = read_vcards(text.encode(), "company.vcf").records
    assert (parsed.record.given_name, parsed.record.family_name) == ("", "")
    assert parsed.record.organization == "Bakkerij Brood"


# Values as the detail view stores them: no surrounding whitespace, no control characters
# (notes and streets may hold line breaks).
_CHARS = st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\n")
_WORD = st.text(_CHARS, max_size=20).map(str.strip)
_LINES = st.lists(_WORD, max_size=3).map("\n".join).map(str.strip)
# The reader drops a mailto:/tel: scheme (vCard 4.0 URIs), so values do not start with one.
_EMAIL = _WORD.filter(lambda v: v and not v.lower().startswith("mailto:"))
_PHONE = _WORD.filter(lambda v: v and not v.lower().startswith("tel:"))
_LABEL = st.sampled_from(["", "home", "work", "mobile", "home fax", "pager", "Club", "a;b,c"])


@st.composite
def contact_records(draw: st.DrawFn) -> ContactRecord:
    phones = [
        PhoneEntry(value, draw(_LABEL), normalize_phone(value, "NL"))
        for value in draw(st.lists(_PHONE, max_size=2))
    ]
    record = ContactRecord(
        given_name=draw(_WORD),
        family_name=draw(_WORD),
        organization=draw(_WORD),
        job_title=draw(_WORD),
        emails=[EmailEntry(value, draw(_LABEL)) for value in draw(st.lists(_EMAIL, max_size=2))],
        phones=phones,
        addresses=[
            AddressEntry(draw(_LABEL), draw(_LINES), draw(_WORD), "", draw(_WORD), draw(_WORD))
            for _ in range(draw(st.integers(0, 2)))
        ],
        birthday=draw(
            st.none()
            | st.builds(Birthday, st.just(2), st.just(29), st.none())
            # Years a living person has; 1604 would read back as Apple's "no year" sentinel.
            | st.dates(date(1850, 1, 1), date(2100, 12, 31)).map(
                lambda d: Birthday(d.month, d.day, d.year)
            )
        ),
        photo=draw(st.none() | st.binary(min_size=1, max_size=300)),
        notes=draw(_LINES),
        tags=draw(st.lists(_WORD.filter(lambda t: t and "," not in t), max_size=3, unique=True)),
        uid=draw(st.none() | _WORD.filter(bool)),
    )
    record.addresses = [a for a in record.addresses if not a.is_empty()]
    override = draw(st.none() | _WORD.filter(bool))
    if override and override != record.display_name:
        record.display_name_override = override
    return record


@settings(max_examples=150, deadline=None)
@given(
    records=st.lists(contact_records(), min_size=1, max_size=3), version=st.sampled_from(VERSIONS)
)
def test_round_trip_any_record(records: list[ContactRecord], version: str) -> None:
    usable = [r for r in records if r.display_name or r.phones]
    assume(usable)
    assert_round_trip(usable, version)
