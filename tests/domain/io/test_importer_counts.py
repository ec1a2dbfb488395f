"""The summary adds up: every record read is imported, merged, unchanged, kept apart,
skipped or rejected, records merged with others of the same file included; and merging
many records into one contact takes linear time."""

from __future__ import annotations

import time

import pytest

from prospectdesk.domain.io.base import ParsedRecord, ParseResult
from prospectdesk.domain.io.importer import Decision, import_files, importer_for
from prospectdesk.domain.records import ContactRecord, EmailEntry, PhoneEntry


@pytest.fixture(autouse=True)
def dutch_region(workspace):
    workspace.contacts.region = "NL"


def _counts(plan, outcome) -> dict[str, int]:
    return {
        "new": outcome.new_records,
        "merged": outcome.merged_records,
        "unchanged": outcome.unchanged_records,
        "kept apart": outcome.kept_apart_records,
        "skipped": outcome.skipped,
        "rejected": len(plan.rejected_records),
    }


def test_every_record_read_is_counted_once(workspace, tmp_path):
    workspace.contacts.create(
        ContactRecord(
            given_name="Stored", family_name="Same", emails=[EmailEntry("s@x.nl")], source="Fair"
        )
    )
    workspace.contacts.create(
        ContactRecord(given_name="Old", family_name="Friend", emails=[EmailEntry("o@x.nl")])
    )
    path = tmp_path / "mixed.csv"
    path.write_text(
        "First Name,Last Name,Email,Phone,Birthday\n"
        "Eva,Kok,eva@kok.example,,\n"  # new
        "Eva,Kok,EVA@kok.example,06 11112222,\n"  # merged into the row above
        "Piet,Kok,,06 11112222,\n"  # the same phone, another person: kept apart
        "Stored,Same,s@x.nl,,\n"  # unchanged
        "Old,Friend,o@x.nl,06 99998888,\n"  # merged into a stored contact
        ",,,,1980-01-01\n",  # rejected: no name, e-mail or phone
        encoding="utf-8",
    )
    plan, outcome = import_files(workspace, [path])
    counts = _counts(plan, outcome)
    assert counts == {
        "new": 1,
        "merged": 2,
        "unchanged": 1,
        "kept apart": 1,
        "skipped": 0,
        "rejected": 1,
    }
    assert sum(counts.values()) == plan.read_count == 6


def test_cards_sharing_one_email_are_counted_as_merged(workspace, tmp_path):
    cards = "".join(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Eva Kok\r\nN:Kok;Eva;;;\r\n"
        f"EMAIL:eva@kok.example\r\nTEL:+3170{1000000 + n}\r\nEND:VCARD\r\n"
        for n in range(500)
    )
    path = tmp_path / "same.vcf"
    path.write_text(cards, encoding="utf-8")
    plan, outcome = import_files(workspace, [path])
    assert (outcome.new_records, outcome.merged_records) == (1, 499)
    assert plan.read_count == 500
    assert len(workspace.contacts.get(outcome.created[0]).phones) == 500


def test_skipped_records_are_counted(workspace, tmp_path):
    workspace.contacts.create(ContactRecord(given_name="Eva", emails=[EmailEntry("e@x.nl")]))
    path = tmp_path / "one.csv"
    path.write_text("Name,Email\nEva Kok,e@x.nl\nPiet,p@x.nl\n", encoding="utf-8")
    importer = importer_for(workspace)
    results, _, _ = importer.read_files([path])
    plan = importer.plan(results)
    plan.decide_all(Decision.SKIP)
    outcome = importer.apply(plan)
    assert sum(_counts(plan, outcome).values()) == plan.read_count == 2
    assert (outcome.skipped, outcome.new_records) == (1, 1)


def _shared_email_plan_and_apply(workspace, count: int, run: int) -> float:
    """Seconds to plan and apply ``count`` records sharing one e-mail, each with a phone
    and a note of its own (so the merged contact grows with every record)."""
    records = [
        ParsedRecord(
            ContactRecord(
                given_name="Eva",
                family_name="Kok",
                emails=[EmailEntry(f"info{run}@kok.example")],
                phones=[PhoneEntry(f"+317{run}{1000000 + n}", "work")],
                notes=f"Note {n}",
            ),
            line=n + 1,
        )
        for n in range(count)
    ]
    importer = importer_for(workspace)
    started = time.process_time()  # CPU time: other processes' load does not count
    plan = importer.plan([ParseResult(f"shared{run}.vcf", "vcard", records)])
    outcome = importer.apply(plan)
    elapsed = time.process_time() - started
    assert outcome.merged_records == count - 1
    return elapsed


def test_merging_many_records_into_one_contact_is_linear(workspace):
    # Four times the work: about 4x the time when linear, about 16x when quadratic (as it
    # was: 20,000 cards sharing an e-mail took 96 s). Small and large runs alternate, so the
    # store growing between runs weighs on both alike; the best of three of each counts.
    small_runs, large_runs = [], []
    for run in (1, 2, 3):
        small_runs.append(_shared_email_plan_and_apply(workspace, 1500, 2 * run))
        large_runs.append(_shared_email_plan_and_apply(workspace, 6000, 2 * run + 1))
    small, large = min(small_runs), min(large_runs)
    assert large / small < 8.0, (small, large)
