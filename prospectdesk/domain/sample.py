"""A sample workspace to try the app on (Help ▸ Try a sample workspace…, ``prospectdesk gui
--sample``): invented people in the interface language, in every stage of the pipeline, some
with follow-ups due, overdue or ahead. It fills a separate data folder, never the owner's."""

from __future__ import annotations

import tempfile
from datetime import timedelta
from pathlib import Path

from prospectdesk.domain.records import Changes, ContactRecord, EmailEntry, PhoneEntry
from prospectdesk.domain.workspace import Workspace
from prospectdesk.store.db import database

# (given, family, organization, stage role, expected value in cents, follow-up in days)
PEOPLE: dict[str, list[tuple[str, str, str, str, int | None, int | None]]] = {
    "en": [
        ("Emma", "Johnson", "Johnson Bakery", "lead", None, None),
        ("Oliver", "Smith", "", "lead", None, 2),
        ("Sophie", "Brown", "Brown & Co", "lead", None, None),
        ("Harry", "Wilson", "", "prospect", 25000, -1),
        ("Grace", "Taylor", "Taylor Fitness", "prospect", 60000, 3),
        ("Jack", "Davies", "", "presentation", 120000, 1),
        ("Amelia", "Evans", "", "follow_up", 30000, 14),
        ("Thomas", "Walker", "Walker Garden Care", "customer", 89900, 30),
        ("Lucy", "Wright", "", "repeat_buyer", 45000, None),
        ("Charlie", "Hughes", "", "not_now", None, None),
    ],
    "nl": [
        ("Sanne", "de Vries", "Bakkerij De Vries", "lead", None, None),
        ("Daan", "Jansen", "", "lead", None, 2),
        ("Lotte", "van den Berg", "Van den Berg Interieur", "lead", None, None),
        ("Bram", "Bakker", "", "prospect", 25000, -1),
        ("Femke", "Visser", "Visser Fysiotherapie", "prospect", 60000, 3),
        ("Joost", "Smit", "", "presentation", 120000, 1),
        ("Anouk", "Meijer", "", "follow_up", 30000, 14),
        ("Thijs", "Mulder", "Mulder Hoveniers", "customer", 89900, 30),
        ("Iris", "de Boer", "", "repeat_buyer", 45000, None),
        ("Ruud", "Dekker", "", "not_now", None, None),
    ],
    "hy": [
        ("Անի", "Հովհաննիսյան", "Անի Ֆլորա", "lead", None, None),
        ("Արամ", "Պետրոսյան", "", "lead", None, 2),
        ("Նարինե", "Գրիգորյան", "Նարինե Բյուտի", "lead", None, None),
        ("Դավիթ", "Սարգսյան", "", "prospect", 25000, -1),
        ("Լուսինե", "Հարությունյան", "Արարատ Տուր", "prospect", 60000, 3),
        ("Գոռ", "Մկրտչյան", "", "presentation", 120000, 1),
        ("Մարիամ", "Ավետիսյան", "", "follow_up", 30000, 14),
        ("Տիգրան", "Վարդանյան", "Վարդանյան Շին", "customer", 89900, 30),
        ("Սոնա", "Կարապետյան", "", "repeat_buyer", 45000, None),
        ("Արման", "Խաչատրյան", "", "not_now", None, None),
    ],
}


PHONE_PREFIX = {"en": "+44 7700 9000", "nl": "+31 6 1234 56", "hy": "+374 91 2345"}
# what each follow-up is for (sample data, in its language like the names)
FOLLOW_UP = {"en": "Call back", "nl": "Terugbellen", "hy": "Հետ զանգել"}


def sample_data_dir(language: str) -> Path:
    """Where the sample lives: the user's temporary folder, one per language (the stage
    names are made in the language the sample was first opened in)."""
    return Path(tempfile.gettempdir()) / f"prospectdesk-sample-{language}"


def fill_sample(workspace: Workspace, language: str) -> Changes:
    """The sample people (English names for a language without its own list), in one
    transaction; an empty result when the workspace already has contacts."""
    if workspace.contacts.count():
        return Changes()
    people = PEOPLE.get(language, PEOPLE["en"])
    prefix = PHONE_PREFIX.get(language, PHONE_PREFIX["en"])
    now = workspace.clock.now()
    changes = Changes(everything=True)
    with database.atomic():
        for index, (given, family, organization, role, value, due_in) in enumerate(people):
            stage = workspace.pipeline.stage_by_role(role)
            contact_id, created = workspace.contacts.create(
                ContactRecord(
                    given_name=given,
                    family_name=family,
                    organization=organization,
                    emails=[EmailEntry(value=f"sample{index}@example.com")],
                    phones=[PhoneEntry(value=f"{prefix}{index:02d}")],
                    expected_value_cents=value,
                ),
                stage_id=stage.id if stage else None,
            )
            changes.merge(created)
            if due_in is not None:
                _, added = workspace.activity.add_followup(
                    contact_id,
                    due_at=now + timedelta(days=due_in),
                    what=FOLLOW_UP.get(language, FOLLOW_UP["en"]),
                )
                changes.merge(added)
    return changes
