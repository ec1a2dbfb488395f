"""Helpers shared by the vCard reader and writer: the legacy charset guess, escapes, labels."""

from __future__ import annotations

import random

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


def _unescaped_one_by_one(text: str, version: str) -> str:
    """The escapes undone left to right, a character at a time: what unescape_text means."""
    legacy = version.startswith("2")
    out: list[str] = []
    i = 0
    while i < len(text):
        pair = text[i : i + 2]
        if len(pair) == 2 and pair[0] == "\\":
            if (legacy and pair[1] in ";,") or (not legacy and pair[1] in ",;\\:\"'"):
                out.append(pair[1])
                i += 2
                continue
            if not legacy and pair[1] in "nN":
                out.append("\n")
                i += 2
                continue
        out.append(text[i])
        i += 1
    return "".join(out)


def test_unescape_gives_the_escapes_undone_one_by_one() -> None:
    # Without a backslash next to another, unescape_text replaces each escape in C.
    rng = random.Random(21)
    for _ in range(20000):
        text = "".join(rng.choice("\\\\nN,;:\"'a é\n") for _ in range(rng.randint(0, 12)))
        for version in ("2.1", "3.0", "4.0"):
            assert unescape_text(text, version) == _unescaped_one_by_one(text, version), text


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
