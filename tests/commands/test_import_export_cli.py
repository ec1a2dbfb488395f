"""``prospectdesk import`` and ``prospectdesk export``: output, exit codes, JSON shape."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from prospectdesk.cli import main
from prospectdesk.domain.workspace import open_workspace

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "csv"
PROJECT_ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def dutch_locale(monkeypatch):
    monkeypatch.setenv("LC_ALL", "nl_NL.UTF-8")


def _run(data_dir, *args) -> int:
    return main(["--data-dir", str(data_dir), *args])


def _export_json(data_dir, capsys) -> list[dict]:
    capsys.readouterr()
    assert _run(data_dir, "export", "--format", "json") == 0
    return json.loads(capsys.readouterr().out)


def test_import_prints_a_summary_and_exits_0(data_dir, capsys):
    code = _run(
        data_dir, "import", str(FIXTURES / "google_current.csv"), str(FIXTURES / "linkedin.csv")
    )
    out = capsys.readouterr().out
    assert code == 0
    assert "Read google_current.csv (csv:google): 2 contacts" in out
    assert "Read linkedin.csv (csv:linkedin): 2 contacts" in out
    assert "Imported: 4 new contacts" in out
    assert "Merged: 0 duplicates" in out
    assert "Rejected: 0" in out


def test_second_import_of_the_same_file_changes_nothing(data_dir, capsys):
    _run(data_dir, "import", str(FIXTURES / "google_current.csv"))
    first = _export_json(data_dir, capsys)
    assert _run(data_dir, "import", str(FIXTURES / "google_current.csv")) == 0
    out = capsys.readouterr().out
    assert "Imported: 0 new contacts" in out
    assert "Unchanged: 2 already up to date" in out
    assert _export_json(data_dir, capsys) == first


def test_duplicates_are_merged_by_default_and_counted(data_dir, tmp_path, capsys):
    _run(data_dir, "import", str(FIXTURES / "google_current.csv"))
    newer = tmp_path / "more.csv"
    newer.write_text("Name,Email,Phone\nJan van der Berg,jan@bakkerij.example,070 1234567\n")
    assert _run(data_dir, "import", str(newer)) == 0
    assert "Merged: 1 duplicates (1 stored contacts updated)" in capsys.readouterr().out
    [jan] = [c for c in _export_json(data_dir, capsys) if c["given_name"] == "Jan"]
    assert "070 1234567" in [p["value"] for p in jan["phones"]]


def test_rejected_records_are_listed_with_file_and_line(data_dir, capsys):
    assert _run(data_dir, "import", str(FIXTURES / "bad_values.csv")) == 0
    out = capsys.readouterr().out
    assert "Imported: 5 new contacts" in out
    assert "Rejected: 1\n  bad_values.csv:4: no name, company, e-mail or phone" in out
    assert "bad_values.csv:3: birthday '1980-02-31' is not a date" in out


def test_nothing_readable_exits_non_zero(data_dir, tmp_path, capsys):
    junk = tmp_path / "junk.vcf"
    junk.write_bytes(bytes(range(256)) * 8)
    assert _run(data_dir, "import", str(junk)) == 1
    captured = capsys.readouterr()
    assert "junk.vcf:0: junk.vcf is not a contact file" in captured.out
    assert "nothing could be read" in captured.err
    assert _export_json(data_dir, capsys) == []


def test_missing_file_and_folder_are_reported(data_dir, tmp_path, capsys):
    code = _run(data_dir, "import", str(tmp_path / "nope.csv"), str(tmp_path))
    captured = capsys.readouterr()
    assert code == 1
    assert "nope.csv:0: nope.csv: No such file or directory" in captured.out
    assert f"{tmp_path.name}:0: " in captured.out


def test_one_bad_file_among_good_ones_still_imports(data_dir, tmp_path, capsys):
    junk = tmp_path / "junk.csv"
    junk.write_bytes(b"\x00\x01\x02" * 100)
    assert _run(data_dir, "import", str(junk), str(FIXTURES / "apple.csv")) == 0
    assert "Imported: 2 new contacts" in capsys.readouterr().out


def test_source_and_stage_options(data_dir, capsys):
    code = _run(
        data_dir,
        "import",
        str(FIXTURES / "apple.csv"),
        "--source",
        "Beurs Utrecht",
        "--stage",
        "presentation",
    )
    assert code == 0
    contacts = _export_json(data_dir, capsys)
    assert {c["source"] for c in contacts} == {"Beurs Utrecht"}
    workspace = open_workspace(data_dir)
    presentation = workspace.pipeline.stage_by_role("presentation").name
    workspace.close()
    assert {c["stage"] for c in contacts} == {presentation}


def test_unknown_stage_is_a_usage_error(data_dir, capsys):
    assert _run(data_dir, "import", str(FIXTURES / "apple.csv"), "--stage", "Nowhere") == 2
    assert "no stage called 'Nowhere'" in capsys.readouterr().err
    assert _export_json(data_dir, capsys) == []


def test_json_export_shape(data_dir, capsys):
    _run(data_dir, "import", str(FIXTURES / "google_current.csv"), str(FIXTURES / "apple.csv"))
    contacts = _export_json(data_dir, capsys)
    assert len(contacts) == 4
    for contact in contacts:
        assert isinstance(contact["id"], int)
        for key in ("display_name", "given_name", "family_name", "organization", "job_title"):
            assert isinstance(contact[key], str)
        for key in ("stage", "source", "notes"):
            assert isinstance(contact[key], str)
        assert all(set(e) == {"value", "label"} for e in contact["emails"] + contact["phones"])
        assert all(
            set(a) == {"label", "street", "city", "region", "postal_code", "country"}
            for a in contact["addresses"]
        )
        assert isinstance(contact["tags"], list)
        assert contact["birthday"] is None or isinstance(contact["birthday"], str)
    by_name = {c["display_name"]: c for c in contacts}
    assert by_name["Jan van der Berg"]["birthday"] == "1975-04-12"
    assert by_name["Անի Հակոբյան"]["birthday"] == "--05-17"
    assert by_name["Tom Jansen"]["birthday"] is None
    assert by_name["Tom Jansen"]["organization"] == "Jansen BV"
    assert by_name["Jan van der Berg"]["tags"] == ["Klanten"]
    assert by_name["Lieke Bakker"]["addresses"][0]["city"] == "Utrecht"
    assert by_name["Lieke Bakker"]["source"] == "Import"


@pytest.mark.parametrize(
    "fmt, start",
    [
        ("csv", b"\xef\xbb\xbfFirst Name,"),
        ("vcf", b"BEGIN:VCARD"),
        ("ics", b"BEGIN:VCALENDAR"),
        ("json", b"["),
    ],
)
def test_export_to_a_file(data_dir, tmp_path, capsys, fmt, start):
    _run(data_dir, "import", str(FIXTURES / "google_current.csv"))
    target = tmp_path / f"out.{fmt}"
    assert _run(data_dir, "export", "--format", fmt, "-o", str(target)) == 0
    assert target.read_bytes().startswith(start)
    assert f"Exported 2 contacts to {target}" in capsys.readouterr().out


def test_export_round_trips_through_the_command_line(data_dir, tmp_path, capsys):
    _run(data_dir, "import", str(FIXTURES / "outlook_de.csv"), str(FIXTURES / "linkedin.csv"))
    before = _export_json(data_dir, capsys)
    exported = tmp_path / "all.vcf"
    _run(data_dir, "export", "--format", "vcf", "-o", str(exported))
    fresh = tmp_path / "fresh"
    assert _run(fresh, "import", str(exported)) == 0
    after = _export_json(fresh, capsys)
    fields = ("display_name", "organization", "job_title", "emails", "phones", "birthday")
    for contact in before:  # numbers written with their country are exported in E.164
        for phone in contact["phones"]:
            if phone["value"].startswith("+"):
                phone["value"] = "+" + "".join(c for c in phone["value"] if c.isdigit())
    assert [{k: c[k] for k in fields} for c in after] == [{k: c[k] for k in fields} for c in before]


def test_data_dir_from_the_environment(data_dir, monkeypatch, capsys):
    monkeypatch.setenv("PROSPECTDESK_DATA_DIR", str(data_dir))
    assert main(["import", str(FIXTURES / "tabs.csv")]) == 0
    assert [c["given_name"] for c in _export_json(data_dir, capsys)] == ["Lena"]


def test_subprocess_with_an_ascii_terminal_prints_unicode_safely(tmp_path):
    armenian = tmp_path / "Հայերեն.csv"
    armenian.write_bytes((FIXTURES / "utf16be_nobom.csv").read_bytes())
    env = {**os.environ, "PYTHONIOENCODING": "ascii", "PYTHONPATH": str(PROJECT_ROOT)}
    env.pop("PROSPECTDESK_DATA_DIR", None)
    data = tmp_path / "data"
    imported = subprocess.run(
        [sys.executable, "-m", "prospectdesk", "--data-dir", str(data), "import", str(armenian)],
        capture_output=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
    )
    assert imported.returncode == 0, imported.stderr
    assert "Read Հայերեն.csv (csv:generic): 1 contacts" in imported.stdout.decode("utf-8")
    exported = subprocess.run(
        [
            sys.executable,
            "-m",
            "prospectdesk",
            "--data-dir",
            str(data),
            "export",
            "--format",
            "json",
        ],
        capture_output=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
    )
    assert exported.returncode == 0, exported.stderr
    [contact] = json.loads(exported.stdout.decode("utf-8"))
    assert (contact["given_name"], contact["family_name"]) == ("Հայկ", "Սարգսյան")


def test_possible_duplicates_are_kept_apart_and_counted(data_dir, tmp_path, capsys):
    first = tmp_path / "fair.csv"
    first.write_text("Name,Email\nJan de Vries,jan@fair.example\n")
    _run(data_dir, "import", str(first))
    bought = tmp_path / "bought.csv"
    bought.write_text("Name,Email\nJan de Vries,jdv@list.example\n")
    assert _run(data_dir, "import", str(bought)) == 0
    out = capsys.readouterr().out
    assert "Imported: 1 new contacts" in out
    assert (
        "Kept apart: 1 possible duplicates\n"
        "  bought.csv:2: Jan de Vries: same name only as Jan de Vries\n" in out
    )
    assert len(_export_json(data_dir, capsys)) == 2


def _count(out: str, label: str) -> int:
    line = next((line for line in out.splitlines() if line.startswith(f"{label}: ")), None)
    return 0 if line is None else int(line.split(": ")[1].split()[0])


def test_the_summary_adds_up_to_the_records_read(data_dir, tmp_path, capsys):
    cards = "".join(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Eva Kok\r\nN:Kok;Eva;;;\r\n"
        f"EMAIL:eva@kok.example\r\nTEL:+3170{1000000 + n}\r\nEND:VCARD\r\n"
        for n in range(300)
    )
    shared = tmp_path / "shared.vcf"
    shared.write_text(cards, encoding="utf-8")
    others = tmp_path / "others.csv"
    others.write_text(
        "First Name,Last Name,Email,Phone,Birthday\n"
        "Piet,Kok,eva@kok.example,,\n"  # Eva's address, another person: kept apart
        ",,,,1980-01-01\n",  # rejected
        encoding="utf-8",
    )
    assert _run(data_dir, "import", str(shared), str(others)) == 0
    out = capsys.readouterr().out
    assert "Records read: 302" in out
    assert "Imported: 1 new contacts" in out
    assert "Merged: 299 duplicates" in out
    assert "Kept apart: 1 possible duplicates\n  others.csv:2: Piet Kok: same e-mail" in out
    labels = ("Imported", "Merged", "Unchanged", "Kept apart", "Skipped", "Rejected")
    assert sum(_count(out, label) for label in labels) == _count(out, "Records read") == 302


def _phones(data_dir) -> list:
    workspace = open_workspace(data_dir)
    try:
        return [
            p for cid in workspace.contacts.all_ids() for p in workspace.contacts.get(cid).phones
        ]
    finally:
        workspace.close()


def test_region_option_gives_national_numbers_their_country(data_dir, tmp_path, capsys):
    path = tmp_path / "list.csv"
    path.write_text("Name,Phone\nAni Hakobyan,010 123456\n", encoding="utf-8")
    assert _run(data_dir, "import", "--region", "am", str(path)) == 0
    assert "Phone region: AM" in capsys.readouterr().out
    [phone] = _phones(data_dir)
    assert (phone.value, phone.normalized) == ("010 123456", "+37410123456")


def test_unknown_region_keeps_national_numbers_as_written(data_dir, tmp_path, capsys, monkeypatch):
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    path = tmp_path / "list.csv"
    path.write_text("Name,Phone\nEva Kok,06 1234 5678\n", encoding="utf-8")
    assert _run(data_dir, "import", str(path)) == 0
    assert "Phone region: unknown" in capsys.readouterr().out
    [phone] = _phones(data_dir)
    assert phone.value == "06 1234 5678" and not phone.normalized.startswith("+")


def test_a_bad_region_is_a_usage_error(data_dir, tmp_path, capsys):
    assert _run(data_dir, "import", "--region", "Holland", str(FIXTURES / "apple.csv")) == 2
    assert "'Holland' is not a two-letter country code" in capsys.readouterr().err


def test_a_conflict_is_reported_and_the_stored_value_kept(data_dir, tmp_path, capsys):
    first = tmp_path / "a.csv"
    first.write_text("Name,Email,Birthday\nEva Kok,eva@kok.example,1975-04-12\n")
    _run(data_dir, "import", str(first))
    second = tmp_path / "b.csv"
    second.write_text("Name,Email,Birthday\nEva Kok,eva@kok.example,1976-04-12\n")
    assert _run(data_dir, "import", str(second)) == 0
    out = capsys.readouterr().out
    assert "Conflicts: 1 merged records hold a different birthday, name or phone label" in out
    assert "  b.csv:2: birthday 1976-04-12 (kept 1975-04-12)" in out
    [eva] = _export_json(data_dir, capsys)
    assert eva["birthday"] == "1975-04-12"
    assert "b.csv:2: birthday 1976-04-12 (kept 1975-04-12)" in eva["notes"]


def test_export_options_for_other_programs(data_dir, tmp_path, capsys):
    _run(data_dir, "import", str(FIXTURES / "google_current.csv"))
    vcards = tmp_path / "out.vcf"
    assert _run(data_dir, "export", "--format", "vcf", "-o", str(vcards)) == 0
    assert vcards.read_text(encoding="utf-8").count("VERSION:3.0") == 2  # the default
    assert (
        _run(data_dir, "export", "--format", "vcf", "--vcard-version", "4.0", "-o", str(vcards))
        == 0
    )
    assert vcards.read_text(encoding="utf-8").count("VERSION:4.0") == 2
    outlook = tmp_path / "outlook.csv"
    assert (
        _run(data_dir, "export", "--format", "csv", "--csv-layout", "outlook", "-o", str(outlook))
        == 0
    )
    assert outlook.read_bytes().startswith(b"\xef\xbb\xbfFirst Name,Middle Name,Last Name,Company,")
    folder = tmp_path / "cards"
    capsys.readouterr()
    assert (
        _run(data_dir, "export", "--format", "vcf", "--one-file-per-contact", "-o", str(folder))
        == 0
    )
    files = sorted(folder.glob("*.vcf"))
    assert len(files) == 2
    assert all(path.read_text(encoding="utf-8").count("BEGIN:VCARD") == 1 for path in files)
    assert f"Exported 2 contacts to 2 files in {folder}" in capsys.readouterr().out
    assert _run(data_dir, "export", "--format", "csv", "--one-file-per-contact", "-o", "x") == 2


def test_calendar_titles_follow_the_owners_language(data_dir, tmp_path):
    from prospectdesk.domain.records import Birthday, ContactRecord
    from prospectdesk.domain.settings import LANGUAGE

    ws = open_workspace(data_dir)
    ws.contacts.create(ContactRecord(given_name="Piet", birthday=Birthday(5, 17)))
    ws.settings.set(LANGUAGE, "nl")
    ws.close()
    target = tmp_path / "out.ics"
    assert _run(data_dir, "export", "--format", "ics", "-o", str(target)) == 0
    text = target.read_text(encoding="utf-8")
    assert "SUMMARY:Verjaardag: Piet" in text
    assert _run(data_dir, "--lang", "hy", "export", "--format", "ics", "-o", str(target)) == 0
    assert "SUMMARY:Ծննդյան օր՝ Piet" in target.read_text(encoding="utf-8")
