"""``prospectdesk print``: the PDF read back with an independent parser (pypdf) for its
pages, paper and text (Armenian included), and "card sent" logged once it is written."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from prospectdesk.cli import main
from prospectdesk.clock import FakeClock
from prospectdesk.domain.records import AddressEntry, Birthday, ContactRecord
from prospectdesk.domain.workspace import open_workspace

AT = datetime(2026, 11, 23, 10, 0).astimezone()
ROOT = Path(__file__).resolve().parents[2]

PEOPLE = [
    (
        "Արամ",
        "Պետրոսյան",
        AddressEntry(
            street="Աբովյան 12, բն. 5", city="Երևան", postal_code="0001", country="Հայաստան"
        ),
    ),
    (
        "Jan",
        "de Vries",
        AddressEntry(
            street="Keizersgracht 123", city="Amsterdam", postal_code="1015 CJ", country="NL"
        ),
    ),
    (
        "Mary",
        "Smith",
        AddressEntry(
            street="1600 Main Street",
            city="Springfield",
            region="IL",
            postal_code="62701",
            country="United States",
        ),
    ),
]


@pytest.fixture
def filled_dir(data_dir):
    """22 people with a birthday tomorrow (one Armenian, Dutch or US address each), one
    with a birthday tomorrow but no address, one whose birthday is next month."""
    ws = open_workspace(data_dir, clock=FakeClock(AT - timedelta(days=30)))
    lead = ws.pipeline.stage_by_role("lead").id
    ids = []
    for n in range(22):
        given, family, address = PEOPLE[n % 3]
        record = ContactRecord(
            given_name=given,
            family_name=f"{family} {n}",
            addresses=[address],
            birthday=Birthday(11, 24),
        )
        ids.append(ws.contacts.create(record, stage_id=lead)[0])
    homeless, _ = ws.contacts.create(
        ContactRecord(given_name="Zonder", family_name="Adres", birthday=Birthday(11, 24)),
        stage_id=lead,
    )
    later, _ = ws.contacts.create(
        ContactRecord(
            given_name="Later", addresses=[PEOPLE[1][2]], birthday=Birthday(12, 24, 1970)
        ),
        stage_id=lead,
    )
    ws.close()
    return data_dir, ids, homeless, later


def pdf_text(path: Path) -> tuple[PdfReader, list[str]]:
    reader = PdfReader(path)
    return reader, [" ".join(page.extract_text().split()) for page in reader.pages]


def conversations(data_dir: Path) -> dict[int, list[tuple[str, str]]]:
    ws = open_workspace(data_dir, read_only=True)
    try:
        return {
            contact_id: [(i.kind, i.summary) for i in ws.activity.interactions(contact_id)]
            for contact_id in ws.contacts.all_ids()
        }
    finally:
        ws.close()


def test_labels_for_the_coming_birthdays_on_a4_3x7(filled_dir, tmp_path, qapp, capsys) -> None:
    data_dir, ids, homeless, later = filled_dir
    output = tmp_path / "labels.pdf"
    code = main(
        ["--data-dir", str(data_dir), "print", "labels", "--birthdays-within", "7"]
        + ["--at", "2026-11-23T10:00", "-o", str(output)]
    )
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert "Zonder Adres has no postal address" in captured.err
    reader, pages = pdf_text(output)
    assert len(pages) == 2  # 22 labels, 21 a sheet
    width, height = float(reader.pages[0].mediabox.width), float(reader.pages[0].mediabox.height)
    assert (round(width), round(height)) == (595, 842)  # A4 in points
    text = " ".join(pages)
    for n in range(22):
        given, family, _ = PEOPLE[n % 3]
        assert f"{given} {family} {n}" in text
    assert text.count("Աբովյան 12, բն. 5") == 8
    assert "0001 ԵՐԵՎԱՆ" in text  # the Armenian layout: postcode, then the city
    assert "1015 CJ AMSTERDAM" in text
    assert "SPRINGFIELD, IL 62701" in text
    assert "Later" not in text and "Zonder" not in text
    # 21 on the first sheet, the 22nd alone on the second.
    assert sum(text.count(f"{g} {f}") for g, f, _ in PEOPLE) == 22
    logged = conversations(data_dir)
    assert all(logged[i] == [("other", "Card sent")] for i in ids)
    assert logged[homeless] == [] and logged[later] == []


def test_envelopes_for_chosen_ids_one_page_each(filled_dir, tmp_path, qapp, capsys) -> None:
    data_dir, ids, _, _ = filled_dir
    output = tmp_path / "envelopes.pdf"
    chosen = ids[:3]
    code = main(
        ["--data-dir", str(data_dir), "print", "envelopes", "--envelope", "c6", "--no-log"]
        + ["--ids", *map(str, chosen), "-o", str(output)]
    )
    assert code == 0, capsys.readouterr().err
    reader, pages = pdf_text(output)
    assert len(pages) == 3
    box = reader.pages[0].mediabox
    assert round(float(box.width) / 72 * 25.4) == 162  # C6, landscape
    assert round(float(box.height) / 72 * 25.4) == 114
    assert "Արամ Պետրոսյան 0" in pages[0] and "Jan de Vries 1" in pages[1]
    logged = conversations(data_dir)
    assert all(logged[i] == [] for i in ids)  # --no-log


def test_a_missing_id_prints_nothing_and_logs_nothing(filled_dir, tmp_path, qapp, capsys) -> None:
    data_dir, ids, _, _ = filled_dir
    output = tmp_path / "x.pdf"
    code = main(
        ["--data-dir", str(data_dir), "print", "labels", "--ids", str(ids[0]), "9999"]
        + ["-o", str(output)]
    )
    assert code == 1
    assert "#9999" in capsys.readouterr().err
    assert not output.exists()
    assert conversations(data_dir)[ids[0]] == []


def test_the_command_runs_without_a_display(filled_dir, tmp_path) -> None:
    """As a scheduled job would: a fresh process, no DISPLAY, no QT_QPA_PLATFORM."""
    data_dir, ids, _, _ = filled_dir
    output = tmp_path / "labels.pdf"
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    result = subprocess.run(
        [sys.executable, "-m", "prospectdesk", "--data-dir", str(data_dir), "print", "labels"]
        + ["--sheet", "letter-3x10", "--ids", *map(str, ids[:4]), "-o", str(output)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    reader, pages = pdf_text(output)
    assert len(pages) == 1
    assert (
        round(float(reader.pages[0].mediabox.width)),
        round(float(reader.pages[0].mediabox.height)),
    ) == (612, 792)
    assert "Jan de Vries 1" in pages[0]
