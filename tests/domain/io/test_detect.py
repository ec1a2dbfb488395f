"""The format comes from the content; anything else is refused with a clear message."""

from __future__ import annotations

import codecs
import random

import pytest

from prospectdesk.domain.io import base, detect
from prospectdesk.domain.io.base import FileTooLargeError, NotAContactFileError
from prospectdesk.domain.io.detect import read_contact_file, sniff_format

from .conftest import FIXTURES


def test_vcard_named_csv_is_read_as_vcard():
    data = b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Eva Kok\r\nN:Kok;Eva;;;\r\nEND:VCARD\r\n"
    result = read_contact_file(data, "contacts.csv")
    assert result.format == "vcard"
    assert result.records[0].record.given_name == "Eva"


def test_utf16_vcard_without_bom_is_found(corpus_dir):
    data = (corpus_dir / "vcard" / "roundcube__utf-16_sample.vcf").read_bytes()
    assert sniff_format(data, "x") == "vcard"


def test_utf16_csv_with_bom():
    data = codecs.BOM_UTF16_LE + "Name,Email\r\nԱնի,ani@example.am\r\n".encode("utf-16-le")
    result = read_contact_file(data, "x.csv")
    assert result.format.startswith("csv")
    assert result.records[0].record.given_name == "Անի"


@pytest.mark.parametrize(
    "data, words",
    [
        (random.Random(6).randbytes(5000), "binary data"),
        (b"", "empty"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "binary data"),
        (b"Dear Sir,\nthis is a letter and not a table.\n", "not a contact file"),
        (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n", "calendar"),
    ],
    ids=["random", "empty", "png", "letter", "calendar"],
)
def test_non_contact_files_are_refused(data, words):
    with pytest.raises(NotAContactFileError) as raised:
        read_contact_file(data, "thing.dat")
    assert words in str(raised.value)
    assert "thing.dat" in str(raised.value) or words == "empty"


def test_size_limit_is_checked_before_reading(tmp_path, monkeypatch):
    path = tmp_path / "huge.csv"
    path.write_bytes(b"Name,Email\n" + b"A,a@b.example\n" * 100)
    monkeypatch.setattr(detect, "MAX_FILE_BYTES", 1000)
    with pytest.raises(FileTooLargeError, match="huge.csv"):
        read_contact_file(path)


def test_too_many_columns_is_refused():
    header = ",".join(f"Column {n}" for n in range(base.MAX_CSV_COLUMNS + 5))
    with pytest.raises(FileTooLargeError, match="columns"):
        read_contact_file(f"Name,{header}\nA,b\n".encode(), "wide.csv")


def test_the_column_limit_looks_at_the_first_thirty_lines_of_the_first_megabyte():
    """check_column_limit splits the first 64 K first: the same 30 lines as the megabyte's
    whether they end inside those 64 K or not, a break cut at its end (CR | LF) too."""
    from prospectdesk.domain.io.csv_dialect import check_column_limit

    wide = ",".join("x" * (base.MAX_CSV_COLUMNS + 1))
    for short, size, eol in ((29, 10, "\r\n"), (29, 3000, "\n"), (12, 70000, "\r\n")):
        start = "".join(f"{'z' * size}{eol}" for _ in range(short))
        with pytest.raises(FileTooLargeError, match="columns"):
            check_column_limit(start + wide + eol + "y" * 5000, "wide.csv")
        check_column_limit(start + "a\n" * (30 - short) + wide + eol, "fine.csv")  # the 31st
    # The first 64 K end between the CR and the LF of the 30th line's end (or the 29th's).
    for lines in (29, 28):
        start = "a\r\n" * lines + "b" * (65535 - lines * 3)
        assert len(start) == 65535
        if lines == 29:
            check_column_limit(start + "\r\n" + wide, "fine.csv")
        else:
            with pytest.raises(FileTooLargeError):
                check_column_limit(start + "\r\n" + wide, "wide.csv")


def test_every_corpus_file_is_recognised(corpus_dir):
    for path in sorted((corpus_dir / "vcard").iterdir()):
        assert sniff_format(path.read_bytes(), path.name) == "vcard", path.name
    for path in sorted((corpus_dir / "csv").iterdir()):
        assert sniff_format(path.read_bytes(), path.name) == "csv", path.name


def test_the_workspace_region_reaches_vcard_and_csv_phones_alike():
    """A number written without a country code is read in the owner's region (the
    workspace's setting), whichever format it comes in, not the machine's locale."""
    vcard = b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna\r\nTEL:020 123 4567\r\nEND:VCARD\r\n"
    csv = b"Name,Phone\r\nAnna,020 123 4567\r\n"
    for data, name in ((vcard, "a.vcf"), (csv, "a.csv")):
        dutch = read_contact_file(data, name, region="NL").records[0].record.phones[0]
        british = read_contact_file(data, name, region="GB").records[0].record.phones[0]
        assert (dutch.normalized, british.normalized) == ("+31201234567", "+44201234567")


def test_import_reads_a_vcard_file_as_read_contact_file_does_sniffing_it_once(monkeypatch):
    """The importer's reading sniffs a file once (a look at the whole file) and hands
    vCard bytes straight to the reader: the same records and problems as
    read_contact_file, which sniffs for itself."""
    from prospectdesk.domain.io import importer

    paths = sorted((FIXTURES / "vcard").glob("*.vcf")) + sorted(
        (FIXTURES / "charset").glob("*.vcf")
    )
    assert len(paths) > 20
    sniffs = []
    real_sniff = detect.sniff_format

    def counted(data, name=""):
        sniffs.append(name)
        return real_sniff(data, name)

    monkeypatch.setattr(importer, "sniff_format", counted)
    monkeypatch.setattr(detect, "sniff_format", counted)
    for path in paths:
        for region in (None, "NL"):
            sniffs.clear()
            readout = importer.read_files([path], region)
            assert sniffs == [path.name]
            expected = read_contact_file(path.read_bytes(), path.name, region=region)
            assert readout.results[path] == expected, path.name
