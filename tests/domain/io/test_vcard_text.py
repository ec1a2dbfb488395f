"""Helpers shared by the vCard reader and writer: the legacy charset guess, escapes, labels."""

from __future__ import annotations

import pytest

from prospectdesk.domain.io.text import guess_legacy_charset
from prospectdesk.domain.io.vcard_text import (
    escape_text,
    label_from_ablabel,
    label_from_types,
    split_unescaped,
    unescape_text,
)


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        ("Müller, Straße 5, Köln", "cp1252"),
        ("Crème brûlée, Café", "cp1252"),
        ("José Núñez, España", "cp1252"),
        ("Søren Kierkegaard, Århus", "cp1252"),
        ("Piotr Iksiński", "cp1250"),
        ("Dvořák Antonín, Plzeň", "cp1250"),
        ("Kovačević Đorđe", "cp1250"),
        ("Şükrü Öztürk, İstanbul", "cp1254"),
        ("Смирнова Ольга, Ромашка", "cp1251"),
        ("Ελένη Γεωργίου, Αθήνα", "cp1253"),
        ("山田太郎 東京都", "shift_jis"),
    ],
)
def test_guess_legacy_charset(text: str, codec: str) -> None:
    data = text.encode(codec)
    assert data.decode(guess_legacy_charset(data)) == text


def test_unescape_by_version() -> None:
    assert unescape_text(r"a\nb\Nc\,d\;e\\f\:g", "3.0") == "a\nb\nc,d;e\\f:g"
    # 2.1 has no backslash escapes apart from \; (Outlook writes paths unescaped).
    assert unescape_text(r"C:\new\;x", "2.1") == "C:\\new;x"


def test_split_unescaped_keeps_escaped_separators() -> None:
    assert split_unescaped(r"a\;b;c\\;d", ";") == [r"a\;b", "c\\\\", "d"]


def test_escape_text() -> None:
    assert escape_text("a,b;c\\d\r\ne") == "a\\,b\\;c\\\\d\\ne"


def test_labels() -> None:
    assert label_from_ablabel("_$!<Mobile>!$_") == "mobile"
    assert label_from_ablabel("_$!<HomeFAX>!$_") == "home fax"
    assert label_from_ablabel("_$!<Anniversary>!$_") == "anniversary"
    assert label_from_ablabel(" Club ") == "Club"
    assert label_from_types(["work", "voice", "pref"], "tel") == "work"
    assert label_from_types(["cell", "voice"], "tel") == "mobile"
    assert label_from_types(["home", "fax"], "tel") == "home fax"
    assert label_from_types(["internet", "x-nec-friend"], "email") == ""
    assert label_from_types(["customtype"], "email") == "customtype"
