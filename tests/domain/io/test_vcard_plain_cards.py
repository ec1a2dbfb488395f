"""A file written the plain way (properties and folds only) is split into cards in one
pass (_plain_cards); every other file is read line by line (_split_cards). Where the
plain pass takes a file, its cards must be those the careful reading gives."""

from __future__ import annotations

from pathlib import Path

import pytest

from prospectdesk.domain.io.vcard_read import (
    _as_byte_text,
    _physical_lines,
    _plain_cards,
    _split_cards,
    read_vcards,
)
from tests.conftest import SHARED_CORPUS

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
VCARD_FILES = [
    *sorted((FIXTURES / "vcard").glob("*.vcf")),
    *(sorted(SHARED_CORPUS.rglob("*.vcf")) if SHARED_CORPUS.is_dir() else []),
]


def careful(data: bytes):
    return _split_cards(_physical_lines(data), "f.vcf")


@pytest.mark.parametrize("path", VCARD_FILES, ids=lambda p: p.name)
def test_the_plain_pass_gives_the_careful_cards(path):
    data, _ = _as_byte_text(path.read_bytes())
    cards = _plain_cards(data, "f.vcf")
    if cards is not None:
        assert cards == careful(data)


PLAIN = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anouk de Vries\r\nN:de Vries;Anouk;;;\r\n"
    "NOTE:een lange notitie die\r\n  over twee regels loopt\r\n"
    "EMAIL;TYPE=INTERNET,HOME:anouk@example.nl\r\nitem1.TEL;TYPE=CELL:+31 6 1234 5678\r\n"
    "item1.X-ABLabel:mobiel\r\nX-EMPTY:\r\nPHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQ\r\n\tSkZJRg==\r\n"
    "END:VCARD\r\n\r\nBEGIN:VCARD\r\nVERSION:4.0\r\nFN:Նարեկ\r\nTEL:+374 91 234567\r\n"
    "X-SPLIT;TYPE=a\r\n ,b:waarde met ; en : erin\r\nEND:VCARD\r\n"
)


@pytest.mark.parametrize(
    "text",
    [
        PLAIN,
        PLAIN.replace("\r\n", "\n"),
        PLAIN.rstrip("\r\n"),  # no line end after the last card
        PLAIN + "END:VCARD\n",  # an END without its card
        "BEGIN:VCARD\nFN:Zoë\nX-CR:een\rtwee\nEND:VCARD\n",  # a CR inside a value
        "BEGIN:VCARD\nbegin:vcard2\nFN:x\n\nEND:VCARD\n",
    ],
)
def test_plain_files_take_the_plain_pass_and_give_the_careful_cards(text):
    data = text.encode("utf-8")
    cards = _plain_cards(data, "f.vcf")
    assert cards is not None
    assert cards == careful(data)
    assert any(card.properties for card in cards)


@pytest.mark.parametrize(
    "text",
    [
        PLAIN.replace("VERSION:4.0", "# a comment"),
        PLAIN.replace("X-EMPTY:", "a line that is no property"),
        PLAIN.replace("X-EMPTY:", "NOTE;ENCODING=QUOTED-PRINTABLE:a=\r\nb"),
        PLAIN.replace("X-EMPTY:", 'X-Q;X-P="a:b":c'),
        PLAIN.replace("X-EMPTY:", "ADR;LABEL=a:b;c:;;;;;;"),
        PLAIN.replace("X-EMPTY:", "AGENT:BEGIN:VCARD"),
        PLAIN.replace("END:VCARD\r\n\r\n", ""),  # a card without its END
        PLAIN.replace("END:VCARD\r\n\r\n", "END:VCARD\r\n\r\n  fold after a blank\r\n"),
        PLAIN[: len(PLAIN) // 2],  # cut off inside a card
        PLAIN.replace("\r\n", "\r"),  # classic Mac OS
        PLAIN.replace("\r\n", "\r\r\n"),
    ],
)
def test_other_files_are_read_carefully(text):
    data = text.encode("utf-8")
    assert _plain_cards(data, "f.vcf") is None
    assert read_vcards(data, "f.vcf").records  # and still read


@pytest.mark.parametrize("path", VCARD_FILES, ids=lambda p: p.name)
def test_a_file_that_is_utf8_throughout_leaves_nothing_for_the_legacy_guess(path):
    from prospectdesk.domain.io.vcard_read import _all_utf8, _undeclared_8bit_sample

    data, utf8_only = _as_byte_text(path.read_bytes())
    if not utf8_only and _all_utf8(data):
        assert _undeclared_8bit_sample(careful(data)) == b""


@pytest.mark.parametrize(
    "first",
    ["# a comment first", "AGENT:BEGIN:VCARD", "  a fold with nothing before it", "free text"],
)
def test_the_first_line_is_looked_at_too(first):
    data = (first + "\r\n" + PLAIN).encode("utf-8")
    assert _plain_cards(data, "f.vcf") is None
