"""A file written the plainest way is read by the fast reading (_fast_records: no
_Property per line, cards found with ``find``, each line taken by its head); anything it
does not expect sends a card, or the whole file, to the reading used before. Wherever the
fast reading takes a file, its records and problems must be the ones that reading gives."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from prospectdesk.domain.io import vcard_read
from prospectdesk.domain.io.vcard_read import _as_byte_text, _Decoder, _fast_records, read_vcards
from tests.conftest import SHARED_CORPUS

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
VCARD_FILES = [
    *sorted((FIXTURES / "vcard").glob("*.vcf")),
    *(sorted(SHARED_CORPUS.rglob("*.vcf")) if SHARED_CORPUS.is_dir() else []),
]


def fast(data: bytes, region: str | None = "NL"):
    text, utf8_only = _as_byte_text(data)
    return _fast_records(text, "f.vcf", _Decoder(utf8_only=utf8_only), region)


def as_before(data: bytes, monkeypatch: pytest.MonkeyPatch, region: str | None = "NL"):
    """What the reader gives without the fast reading: (records, problems), or the error."""
    with monkeypatch.context() as patch:
        patch.setattr(vcard_read, "_fast_records", lambda *args: None)
        return outcome(data, region)


def outcome(data: bytes, region: str | None = "NL"):
    try:
        result = read_vcards(data, "f.vcf", region=region)
    except ValueError as error:
        return type(error), str(error)
    return result.records, result.problems


@pytest.mark.parametrize("path", VCARD_FILES, ids=lambda p: p.name)
def test_the_fast_reading_gives_what_the_reading_before_gives(path, monkeypatch):
    data = path.read_bytes()
    records = fast(data)
    if records is not None:
        assert records == as_before(data, monkeypatch)


PLAIN = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:urn:uuid:1\r\nFN:Anouk de Vries\r\nN:de Vries;Anouk;;;\r\n"
    "ORG:Acme\\; Co;Sales\r\nTITLE:Inkoper\r\nEMAIL;TYPE=INTERNET,HOME:anouk@example.nl\r\n"
    "TEL;TYPE=CELL:+31 6 1234 5678\r\nTEL;TYPE=CELL:06-12345678\r\n"
    "ADR;TYPE=HOME:;;Dorpsstraat 2;Berlin;;10115;DE\r\nBDAY:1980-02-29\r\n"
    "NOTE:Heeft twee kinderen\\, werkt parttime.\\nTweede regel\r\n"
    "CATEGORIES:klant,vriend\\,collega\r\nNICKNAME:An\r\nURL:http://x.nl\r\nREV:2020\r\n"
    "END:VCARD\r\n\r\nBEGIN:VCARD\r\nVERSION:4.0\r\nFN:Նարեկ\r\nTEL:tel:+374 91 234567\r\n"
    "NOTE:een lange notitie die\r\n  over twee regels loopt\r\nEND:VCARD\r\n"
)
CARD = "BEGIN:VCARD\nVERSION:3.0\nFN:Zoë Visser\n{}\nEND:VCARD\n"


@pytest.mark.parametrize(
    "text",
    [
        PLAIN,
        PLAIN.replace("\r\n", "\n"),
        PLAIN.rstrip("\r\n"),  # no line end after the last card
        PLAIN.replace("VERSION:3.0", "VERSION:2.1"),  # 2.1 after 3.0: escapes read again
        PLAIN.replace("VERSION:4.0", "VERSION:2.1"),
        CARD.format("item1.TEL:+31 6 1\nitem1.X-ABLabel:_$!<Mobile>!$_\nitem2.EMAIL:a@b.nl"),
        CARD.format("item1.EMAIL:a@b.nl\nITEM1.X-ABLABEL:eigen\nitem2.X-ABLabel:ongebruikt"),
        CARD.format("BDAY:2012-02-31"),  # not a date: the careful way, with the line
        CARD.format("BDAY:1980-01-01\nBDAY:1981-01-01"),  # a second one
        CARD.format("BDAY;ALTID=1:1980-01-01\nBDAY;ALTID=1:1980-01-02"),
        CARD.format("BDAY;VALUE=text:circa 1980"),
        CARD.format("PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQ\n SkZJRg=="),
        CARD.format("PHOTO;ENCODING=b:!!!"),
        CARD.format("FN;CHARSET=ISO-8859-1:ZoÃ«\nNOTE;CHARSET=windows-1252:Ã©"),
        CARD.format("TEL;UTF-8;HOME:123\nNOTE;ENCODING=8bit:z"),
        # A declared charset may turn a byte into a line end or a backslash (cp037: % is
        # a line feed, \xe0 a backslash): what is read must be what the careful way reads.
        CARD.format("TEL;CHARSET=cp037:é%1\nNOTE;CHARSET=cp037:é%x\nFN;CHARSET=cp037:\u0800n"),
        CARD.format("KIND:org").replace("FN:Zoë Visser", "FN:Acme BV"),
        CARD.format("X-ABShowAs:COMPANY\nORG:Acme"),
        CARD.format("N:Visser;Zoë;;Dr.;Jr.").replace("FN:Zoë Visser\n", ""),
        CARD.format("VERSION:\u00a02.1\nNOTE:a\\nb"),
        # VERSION is read as ASCII whatever it declares (cp037 would make this "2aaa").
        CARD.format("VERSION;CHARSET=cp037:\U00081041\nNOTE:a\\nb"),
        CARD.format("X-UNKNOWN;TYPE=x:y\nx.VERSION:2.1\nNOTE:C:\\new"),
        "BEGIN:VCARD\nVERSION:3.0\nEND:VCARD\nBEGIN:VCARD\nEND:VCARD\n",  # nothing to keep
        "\n\nBEGIN:VCARD\nFN:a\nEND:VCARD\n\n\nBEGIN:VCARD\nFN:b\nEND:VCARD\n\n",
        CARD.format("TEL;TY\n PE=CELL:06-1\n 2"),  # a fold inside the parameters
        CARD.format("NOTE:een\n\tlange notitie\nTEL:06\t1"),  # a fold with a TAB
    ],
)
def test_plain_files_are_read_fast_and_as_before(text, monkeypatch):
    data = text.encode("utf-8")
    records = fast(data)
    assert records is not None
    assert records == as_before(data, monkeypatch)


@pytest.mark.parametrize(
    "text",
    [
        PLAIN.replace("VERSION:4.0", "# a comment"),
        PLAIN.replace("VERSION:4.0", "a line that is no property"),
        CARD.format("PHOTO;ENCODING=b:/9j/\nEND"),  # handed over, then a line with no colon
        CARD.format("BDAY:2012-02-31\n:novalue"),
        CARD.format("  "),  # a line of blanks
        CARD.format("\t"),
        CARD.format("NOTE:a\n\n\tb"),  # a fold after an empty line
        CARD.format("TE\n L:1"),  # a fold inside a property name
        CARD.format("AGENT:x"),
        CARD.format("begin:vcard"),
        CARD.format('X-Q;X-P="a:b":c'),
        CARD.format("ADR;LABEL=a:b;c:;;;;;;"),
        CARD.format("NOTE;ENCODING=QUOTED-PRINTABLE:a=3D"),
        CARD.format("NOTE:a\rb"),
        CARD + "X-BETWEEN:cards\n" + CARD,
        CARD + "END:VCARD\n",
        CARD.replace("END:VCARD\n", ""),  # cut off
        CARD.replace("BEGIN:VCARD\n", "BEGIN:VCARD\n ").replace("\nVERSION", "VERSION"),
        "FN:before\n" + CARD,
    ],
)
def test_other_files_are_read_as_before(text, monkeypatch):
    data = text.encode("utf-8")
    assert fast(data) is None
    assert outcome(data) == as_before(data, monkeypatch)


def test_a_file_of_many_distinct_heads_is_read_as_before(monkeypatch):
    # The heads the fast reading keeps are bounded: past 4,096 the file is read as before.
    many = "\n".join(f"X-P{n};TYPE=x:{n}" for n in range(5000))
    for data in (CARD.format(many).encode(), CARD.format("PHOTO;VALUE=uri:x\n" + many).encode()):
        assert fast(data) is None
        assert outcome(data) == as_before(data, monkeypatch)


def test_a_fold_that_splits_a_character_is_read_as_before(monkeypatch):
    data = CARD.format("NOTE:Zoë").encode("utf-8").replace(b"\xc3\xab", b"\xc3\n \xab")
    assert fast(data) is not None
    assert outcome(data) == as_before(data, monkeypatch)
    assert outcome(data)[0][0].record.notes == "Zoë"


def test_an_undecodable_card_is_read_as_before(monkeypatch):
    data = CARD.format("NOTE:Zo\xeb").encode("latin-1")
    assert fast(data) is None
    assert outcome(data) == as_before(data, monkeypatch)


LINES = [
    "BDAY:2012-02-31", "BDAY:--02-29", "BDAY:19800101", "BDAY;ALTID=1:1980-01-01",
    "VERSION:2.1", "VERSION:4.0", "NOTE:a\\nb\\, c\\; d\\\\ e\\: f", "NOTE:C:\\new",
    "N:a\\;b;c\\,d;;;", "FN:x\\ny", "ORG:Acme\\; Co;Sales", "item1.TEL:+31 6 1234 5678",
    "item1.X-ABLabel:_$!<Mobile>!$_", "item2.EMAIL:a@b.nl", "ITEM2.X-ABLABEL:eigen",
    "TEL;CHARSET=ISO-8859-1:+31 é", "PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRg==",
    "PHOTO;VALUE=uri:http://x", "TEL:tel:+31612345678", "EMAIL:mailto:x@y.nl", "EMAIL:",
    "ADR;TYPE=WORK:;;;;;;", "ADR:pob;ext;street;city;reg;1234;NL;extra", "UID:", "UID:abc",
    "CATEGORIES:a,b\\,c, a ,,d", "KIND:org", "NICKNAME:nick", "ROLE:r", "URL:", "TITLE:",
    "N:", "FN:", "FN:a@b.nl", "TEL;TYPE=fax,home:1", "TEL;TYPE=custom:2", "# comment",
    "a line", ":x", "", "  ", "begin:vcard", "END:VCARD", "X-EMPTY:", "FN:\U0001f600",
    "NOTE:Знакомая с работы",
]  # fmt: skip


def variant(rng: random.Random) -> bytes:
    lines = PLAIN.replace("\r\n", "\n").split("\n")
    for _ in range(rng.randint(1, 4)):
        index = rng.randrange(len(lines))
        choice = rng.random()
        if choice < 0.6:
            lines.insert(index, rng.choice(LINES))
        elif choice < 0.8 and len(lines[index]) > 1:  # fold it somewhere
            cut = rng.randrange(1, len(lines[index]))
            lines[index : index + 1] = [lines[index][:cut], " " + lines[index][cut:]]
        elif len(lines) > 2:
            del lines[index]
    text = "\n".join(lines)
    return (text.replace("\n", "\r\n") if rng.random() < 0.5 else text).encode("utf-8")


def test_many_variants_are_read_as_before(monkeypatch):
    rng = random.Random(21)
    taken = 0
    for _ in range(300):
        data = variant(rng)
        taken += fast(data) is not None
        assert outcome(data) == as_before(data, monkeypatch), data
    assert taken > 100  # the fast reading was tried, not only the reading before


PHONES = [
    "+31 6 1234 5678", "+31612345678", "+31 06 1234 5678", "06-12345678", "0612345678",
    "(020) 123 4567", "+1 (555) 010-0000", "+1 555 0100", "+44 20 7946 0958", "+7 966 201 16 41",
    "+374 91 234567", "+0 12", "+999 1234", "+31  6 1", "+ 31 6 1", "+31 6 1 ", "tel:+31 6 1",
    "\uff0b31 6 12345678", "+\u0663\u0661 6 1", "123", "x", "12 ext. 7", "+31 6 1234\\n5678",
    "+3161234567890123456789012345678901234567890", "+1\u00a0555 0100", "+1",
]  # fmt: skip


@pytest.mark.parametrize("region", ["NL", "US", None])
def test_phone_numbers_are_normalized_as_one_by_one(region, monkeypatch):
    # The fast reading normalizes a file's numbers a column at a time (normalize_phones):
    # each must be what normalize_phone gives it, as the careful reading does.
    from prospectdesk.domain.phones import normalize_phone

    cards = [
        CARD.format(f"TEL;TYPE=CELL:{number}\nTEL:{PHONES[-1 - n]}")
        for n, number in enumerate(PHONES)
    ]
    data = "".join(cards).encode("utf-8")
    records = fast(data, region)
    assert records is not None
    assert records == as_before(data, monkeypatch, region)
    phones = [phone for parsed in records[0] for phone in parsed.record.phones]
    assert len(phones) > len(PHONES)
    assert all(phone.normalized == normalize_phone(phone.value, region) for phone in phones)
    assert any(phone.normalized.startswith("+") for phone in phones)


def test_the_record_fields_are_in_the_order_the_fast_reading_gives_them():
    from dataclasses import fields

    from prospectdesk.domain.records import AddressEntry, ContactRecord

    assert [field.name for field in fields(AddressEntry)] == [
        "label", "street", "city", "region", "postal_code", "country",
    ]  # fmt: skip
    assert [field.name for field in fields(ContactRecord)][:15] == [
        "given_name", "family_name", "display_name_override", "organization", "job_title",
        "emails", "phones", "addresses", "birthday", "photo", "source", "notes", "tags",
        "expected_value_cents", "uid",
    ]  # fmt: skip


@pytest.mark.parametrize("shift", range(-16, 2))
def test_words_found_piece_by_piece_as_in_the_lowered_file(shift):
    """_plain_text looks for QUOTED-PRINTABLE, LABEL= and AGENT in the file lowered a
    piece at a time: a word cut by a piece's end, in any case, is still found."""
    needles = (b"quoted-printable", b"label=", b"agent")
    piece = vcard_read._LOWER_PIECE
    for word in (b"QUOTED-PRINTABLE", b"Label=", b"aGeNt", b"QUOTED-PRINTABL", b"label"):
        data = b"x" * (piece + shift) + word + b"y"
        expected = {needle for needle in needles if needle in data.lower()}
        assert vcard_read._found_lowered(data, needles) == expected, (word, shift)
    assert vcard_read._found_lowered(b"", needles) == set()


def test_a_file_with_an_agent_or_a_label_far_in_is_read_as_before(monkeypatch):
    """A file whose only AGENT or LABEL= line comes after the first piece goes to the
    careful reading, as when the whole file was lowered at once."""
    card = b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Eva Kok\r\nN:Kok;Eva;;;\r\nEND:VCARD\r\n"
    filler = card * (vcard_read._LOWER_PIECE // len(card) + 1)
    for line in (
        b"ADR;Label=Kerkstraat 1:;;Kerkstraat 1;Utrecht;;;\r\n",
        b"AGENT:BEGIN:VCARD\r\n",
        b"NOTE;ENCODING=Quoted-Printable:Hallo=0D=0Awereld\r\n",
    ):
        data = filler + card.replace(b"END:VCARD", line.rstrip() + b"\r\nEND:VCARD")
        assert vcard_read._plain_text(data) is None
        assert outcome(data) == as_before(data, monkeypatch)
