"""``prospectdesk duplicates`` (read-only, JSON shape) and ``prospectdesk merge``."""

from __future__ import annotations

import json

import pytest

from prospectdesk.cli import main
from prospectdesk.domain.records import ContactRecord, EmailEntry
from prospectdesk.domain.workspace import open_workspace
from prospectdesk.paths import database_path


@pytest.fixture
def filled_dir(data_dir, clock):
    ws = open_workspace(data_dir, clock=clock)
    ids = [
        ws.contacts.create(ContactRecord(given_name=g, family_name=f, emails=e))[0]
        for g, f, e in (
            ("Anna", "Petrosyan", [EmailEntry("anna@example.am")]),
            ("Petrosyan", "Anna", [EmailEntry("Anna@example.am")]),
            ("Bert", "Kok", []),
        )
    ]
    ws.close()
    return data_dir, ids


def test_json_lists_pairs_with_reasons_and_writes_nothing(filled_dir, capsys):
    data_dir, (a, b, _) = filled_dir
    before = database_path(data_dir).read_bytes()
    assert main(["--data-dir", str(data_dir), "duplicates", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data == [
        {
            "ids": [a, b],
            "names": ["Anna Petrosyan", "Petrosyan Anna"],
            "reasons": ["same e-mail", "same name", "name written in another order"],
            "score": data[0]["score"],
        }
    ]
    assert 90 <= data[0]["score"] <= 100
    assert database_path(data_dir).read_bytes() == before


def test_text_then_merge(filled_dir, capsys):
    data_dir, (a, b, _) = filled_dir
    assert main(["--data-dir", str(data_dir), "duplicates"]) == 0
    out = capsys.readouterr().out
    assert f"#{a} Anna Petrosyan" in out and "same e-mail" in out
    assert main(["--data-dir", str(data_dir), "merge", str(a), str(b)]) == 0
    assert f"Merged #{b}" in capsys.readouterr().out
    assert main(["--data-dir", str(data_dir), "duplicates", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_merge_refuses_a_missing_contact(filled_dir, capsys):
    data_dir, (a, _, _) = filled_dir
    assert main(["--data-dir", str(data_dir), "merge", str(a), "999"]) == 1
    assert "no contact #999" in capsys.readouterr().err
