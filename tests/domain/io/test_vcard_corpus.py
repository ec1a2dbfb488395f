"""Every vCard in ../shared/corpus/vcard imports with the right values.

The expected values were written down by reading each file's bytes (see the corpus
README for each file's quirk); they are not produced by the reader.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest

from prospectdesk.domain.io.vcard_read import read_vcards
from prospectdesk.domain.records import ContactRecord


@dataclass
class Card:
    display: str
    given: str = ""
    family: str = ""
    org: str = ""
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    birthday: str | None = None  # Birthday.to_text()


EXPECTED: dict[str, list[Card]] = {
    "aosp__v21_adr_multiple_line.vcf": [Card("bogus", family="bogus", birthday="2008-12-03")],
    "aosp__v21_invalid_comment_line.vcf": [Card("Conference Call", given="Conference Call")],
    "aosp__v21_multiple_entry.vcf": [
        Card("安藤ロイド3", family="安藤ロイド3", phones=["9", "10", "11", "12"]),
        Card("安藤ロイド4", family="安藤ロイド4", phones=["13", "14", "15", "16"]),
        Card("安藤ロイド5", family="安藤ロイド5", phones=["17", "18", "19", "20"]),
    ],
    "aosp__v21_winmo_65.vcf": [Card("Example", family="Example")],
    "aosp__v40_sort_as.vcf": [Card("安藤 ロイド", given="ロイド", family="安藤", org="グーグル")],
    "eds__13.vcf": [
        Card(
            "Ralf Engels",
            given="Ralf",
            family="Engels",
            org="Ralf Engels evil tests",
            emails=["Frank_Dawson@Lotus.com", "semicolon;@points.net"],
            phones=["+1-919-676-9515", "+1-919-676-9564"],
        )
    ],
    "ezvcard__John_Doe_BLACK_BERRY.vcf": [
        Card("John Doe", given="john", family="Doe", org="Acme Solutions", phones=["+96123456789"])
    ],
    "ezvcard__John_Doe_MAC_ADDRESS_BOOK.vcf": [
        Card(
            "Mr. John Richter,James Doe Sr.",
            given="John Richter,James",
            family="Doe",
            org="IBM",
            emails=["john.doe@ibm.com"],
            phones=[
                "905-777-1234",
                "905-666-1234",
                "905-555-1234",
                "905-888-1234",
                "905-999-1234",
                "905-111-1234",
                "905-222-1234",
            ],
            birthday="2012-06-06",
        )
    ],
    "ezvcard__fullcontact.vcf": [
        Card(
            "Prefix FirstName MiddleName LastName Suffix",
            given="FirstName MiddleName",
            family="LastName",
            org="Organization1",
            emails=[
                "home@example.com",
                "work@example.com",
                "school@example.com",
                "other@example.com",
                "custom@example.com",
            ],
            phones=[f"555-555-111{n}" for n in range(1, 10)],
            birthday="2016-08-01",
        )
    ],
    "ezvcard__gmail-single2.vcf": [
        Card(
            "VCard Test",
            given="VCard",
            family="Test",
            org="TheCompany",
            emails=[
                "email@example.com",
                "homeemail@example.com",
                "workemail@example.com",
                "otheremail@example.com",
                "customcategory@example.com",
            ],
            phones=[f"55555511{n:02d}" for n in range(11, 22)],
            birthday="1912-06-23",
        )
    ],
    "ezvcard__issue114.vcf": [
        Card(
            "Dummy, Dummy",
            given="Dummy",
            family="Dummy",
            org="Dummy GmbH",
            emails=["dummy.dummy@dummy.com"],
            phones=["+49 1234 56789", "+49 9876 54321"],
        )
    ],
    "ezvcard__outlook-2003.vcf": [
        Card(
            "John Doe III",
            given="John",
            family="Doe",
            org="Company, The",
            emails=["jdoe@hotmail.com"],
            phones=["BusinessPhone", "HomePhone", "MobilePhone", "BusinessFaxPhone"],
            birthday="1980-03-21",
        )
    ],
    "ezvcard__thunderbird-MoreFunctionsForAddressBook-extension.vcf": [
        Card(
            "John Doe",
            given="John",
            family="Doe",
            org="TheOrganization",
            emails=[
                "doe.john@hotmail.com",
                "additional-email@company.com",
                "additional-email1@company.com",
                "additional-email2@company.com",
                "additional-email3@company.com",
            ],
            phones=["555-555-1111", "555-555-2222", "555-555-5555", "555-555-3333", "555-555-4444"],
            birthday="1970-09-21",
        )
    ],
    "folkerkinzel__AnsiIssue.vcf": [Card("Ralf Rastral", given="Ralf", family="Rastral")],
    "folkerkinzel__Utf-8_Greek.vcf": [
        Card("Βαγγέλης", given="Ευάγγελος Οδυσσέας", family="Παπαθανασίου")
    ],
    "folkerkinzel__v2_1.vcf": [
        Card(
            "Maxl",
            given="Max Middle Name",
            family="Mustermann",
            org="Firma",
            emails=[
                "privat@folker-kinzel.de",
                "business@folker-kinzel.de",
                "andere@folker-kinzel.de",
            ],
            phones=[
                "Tel geschäftlich",
                "Tel privat",
                "Handy",
                "Other Phone",
                "Pager",
                "0123/579",
                "Fax privat",
            ],
            birthday="1972-01-31",
        )
    ],
    "kcontacts__vcard10.vcf": [
        Card("Bike Shop", org="Bike Shop"),
        Card("Field after Address broken", given="Broken"),
        Card("Field after Address not broken", given="Broken"),
        Card("Dr. med. Surname Name", given="Surname", family="Name"),
        Card("Second Doctor", given="Second", family="Doctor"),
    ],
    "khard__text-bday.vcf": [Card("text birthday", given="text", family="birthday")],
    "roundcube__thebat.vcf": [
        Card(
            "Piotr Iksiński",
            given="Piotr",
            family="Iksiński",
            emails=["piotr.iksinski@somedomain.com"],
        )
    ],
    "roundcube__utf-16_sample.vcf": [Card("Ǽgean ĽdaMonté", given="Ǽgean", family="ĽdaMonté")],
    "thunderbird__export.vcf": [
        Card("contact number one", given="contact", family="one", emails=["contact1@invalid"]),
        Card("contact number two", given="contact", family="two", emails=["contact2@invalid"]),
    ],
    "tine20__HerrFalkMuenchen.vcf": [
        Card(
            "München, Falk",
            given="Falk",
            family="München",
            emails=["falk.muenchoen@landtag.xyz.de"],
            phones=["12212/1212", "0171-9394461"],
        )
    ],
    "vcard4android__vcard4.vcf": [
        Card("VCard 4 Test", given="VCard 4", family="Test", birthday="--04-16")
    ],
}


def _read(corpus_dir: Path, name: str) -> list[ContactRecord]:
    path = corpus_dir / "vcard" / name
    result = read_vcards(path.read_bytes(), name, region="US")
    assert result.format == "vcard"
    return [parsed.record for parsed in result.records]


def test_every_corpus_file_is_listed(corpus_dir: Path) -> None:
    on_disk = {path.name for path in (corpus_dir / "vcard").glob("*.vcf")}
    assert on_disk == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_corpus_file_imports_right_values(corpus_dir: Path, name: str) -> None:
    records = _read(corpus_dir, name)
    got = [
        Card(
            display=r.display_name,
            given=r.given_name,
            family=r.family_name,
            org=r.organization,
            emails=[e.value for e in r.emails],
            phones=[p.value for p in r.phones],
            birthday=r.birthday.to_text() if r.birthday else None,
        )
        for r in records
    ]
    assert got == EXPECTED[name]


def _one(corpus_dir: Path, name: str) -> ContactRecord:
    records = _read(corpus_dir, name)
    assert len(records) == 1
    return records[0]


def test_mac_address_book_labels_photo_and_addresses(corpus_dir: Path) -> None:
    record = _one(corpus_dir, "ezvcard__John_Doe_MAC_ADDRESS_BOOK.vcf")
    assert [p.label for p in record.phones] == [
        "work",
        "home",
        "mobile",
        "home fax",
        "work fax",
        "pager",
        "AssistantPhone",
    ]
    assert record.emails[0].label == "work"
    assert record.addresses[1].street == "Street4\nBuilding 6\nFloor 8"
    assert record.job_title == "Money Counter"
    # 320 of 321 base64 lines end in LF only: the JPEG must still be whole.
    assert record.photo is not None
    assert record.photo.startswith(b"\xff\xd8") and record.photo.endswith(b"\xff\xd9")
    assert '"AS IS"' in record.notes


def test_blackberry_damaged_photo_is_reported_not_fatal(corpus_dir: Path) -> None:
    name = "ezvcard__John_Doe_BLACK_BERRY.vcf"
    result = read_vcards((corpus_dir / "vcard" / name).read_bytes(), name)
    record = result.records[0].record
    assert record.photo is not None and record.photo.startswith(b"\xff\xd8")
    assert any("PHOTO" in p.message and p.line == 7 for p in result.problems)
    assert not any(p.fatal_for_record for p in result.problems)


def test_outlook_quoted_printable_note_and_title(corpus_dir: Path) -> None:
    record = _one(corpus_dir, "ezvcard__outlook-2003.vcf")
    assert record.notes == "This is the note field!!\nSecond line\n\nThird line is empty"
    assert record.job_title == "The Job Title"
    assert record.addresses[0].street == "TheOffice\n123 Main St"


def test_thunderbird_extension_categories_and_photo(corpus_dir: Path) -> None:
    record = _one(corpus_dir, "ezvcard__thunderbird-MoreFunctionsForAddressBook-extension.vcf")
    assert record.tags == ["category1", "category2", "category3"]
    assert record.addresses[0].street == "222 Broadway\nSuite 100"
    assert record.photo is not None and record.photo.endswith(b"\xff\xd9")
    assert len(record.photo) == 8940


def test_gmail_grouped_labels(corpus_dir: Path) -> None:
    record = _one(corpus_dir, "ezvcard__gmail-single2.vcf")
    assert record.emails[4].label == "CustomEmailCategory"
    assert record.phones[8].label == "GRAND_CENTRAL"
    assert record.addresses[4].label == "CustomAddressCategory"


def test_folds_inside_parameters(corpus_dir: Path) -> None:
    record = _one(corpus_dir, "eds__13.vcf")
    assert [p.label for p in record.phones] == ["work", "work fax"]
    assert record.addresses[0].street == "Evil semicolon city;"
    assert record.addresses[0].city == "Semicolon;way"
    assert record.addresses[1].street == "Evil backslash \\ way"


def test_qp_soft_breaks_splitting_utf8(corpus_dir: Path) -> None:
    records = _read(corpus_dir, "kcontacts__vcard10.vcf")
    assert records[1].addresses[0].street == "AAAAAAA-AäAAAAA 11"
    assert records[1].addresses[0].city == "Urt"
    assert records[3].job_title == "Facharzt für Allgemeinmedizin"
    assert "Mo   8–12, 15–18" in records[3].notes
    v21 = _one(corpus_dir, "folkerkinzel__v2_1.vcf")
    assert v21.notes.count("Kommentar ÄÄÄÄÄÄ ääääää ÖÖÖÖÖÖ öööööö ÜÜÜÜÜÜ üüüüüü ßßßßßß") == 6
    assert v21.photo is not None and len(v21.photo) == 70


def test_sharp_continuation_is_kept(corpus_dir: Path) -> None:
    record = _one(corpus_dir, "aosp__v21_invalid_comment_line.vcf")
    assert record.notes == (
        "This is an (sharp ->#<- sharp) example. This message must NOT be ignored."
    )


def test_backslash_continued_address(corpus_dir: Path) -> None:
    record = _one(corpus_dir, "aosp__v21_adr_multiple_line.vcf")
    assert record.addresses[1].street == "Hermann v. Brevern\n9999999\nPackstation 999"
    assert record.addresses[1].city == "Hamburg"
    assert record.addresses[1].country == "Deutschland"


def test_undeclared_legacy_bytes(corpus_dir: Path) -> None:
    ansi = _one(corpus_dir, "folkerkinzel__AnsiIssue.vcf")
    assert ansi.addresses[0].street == "Lämmerweg 12"
    assert ansi.photo is not None and len(ansi.photo) == 900  # X-MS-CARDPICTURE
    tine = _one(corpus_dir, "tine20__HerrFalkMuenchen.vcf")
    assert tine.addresses[1].city == "Düsseldorf"
    assert tine.job_title == "Landtagsabgeordneter"


def test_unquoted_label_parameter_with_colons(corpus_dir: Path) -> None:
    address = _one(corpus_dir, "ezvcard__issue114.vcf").addresses[0]
    assert address.street.endswith("Dummy-Dummy-Strasse 1")
    assert (address.city, address.postal_code, address.country) == (
        "Bad Homburg",
        "61352",
        "Germany",
    )


def test_text_birthday_is_a_problem(corpus_dir: Path) -> None:
    name = "khard__text-bday.vcf"
    result = read_vcards((corpus_dir / "vcard" / name).read_bytes(), name)
    assert result.records[0].record.birthday is None
    assert [(p.line, p.fatal_for_record) for p in result.problems] == [(5, False)]
    assert "circa 1800" in result.problems[0].message


def test_utf16_address(corpus_dir: Path) -> None:
    address = _one(corpus_dir, "roundcube__utf-16_sample.vcf").addresses[0]
    assert (address.street, address.city, address.country) == ("169 Mária Canal", "LaPaz", "Perú")


def test_phone_normalized(corpus_dir: Path) -> None:
    phones = _one(corpus_dir, "ezvcard__issue114.vcf").phones
    assert [p.normalized for p in phones] == ["+49123456789", "+49987654321"]
    assert [p.label for p in phones] == ["mobile", "work"]
