"""A small demo data dir for screenshots and trying the app out, in en, nl or hy.

    python scripts/demo_data.py /tmp/demo-nl --lang nl
    python -m prospectdesk --data-dir /tmp/demo-nl --lang nl

The stage names come out in the chosen language (the database is created through the same
translator the app installs); the people are invented, with names usual in that language.
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QCoreApplication  # noqa: E402

from prospectdesk.clock import SystemClock  # noqa: E402
from prospectdesk.domain.records import ContactRecord, EmailEntry, PhoneEntry  # noqa: E402
from prospectdesk.domain.settings import LANGUAGE  # noqa: E402
from prospectdesk.domain.workspace import open_workspace  # noqa: E402
from prospectdesk.ui.i18n import Translations  # noqa: E402

# (given, family, organization, stage role, expected value in cents, follow-up in days)
PEOPLE = {
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


def make_demo(data_dir: Path, language: str) -> int:
    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])  # noqa: F841
    translations = Translations()
    translations.install(language)
    workspace = open_workspace(
        data_dir, clock=SystemClock(), translate=QCoreApplication.translate, language=language
    )
    if workspace.contacts.count():
        print(f"{data_dir} already has contacts; left as it is")
        return 0
    workspace.settings.set(LANGUAGE, language)
    now = workspace.clock.now()
    for index, (given, family, organization, role, value, due_in) in enumerate(PEOPLE[language]):
        stage = workspace.pipeline.stage_by_role(role)
        ascii_name = f"demo{index}"
        contact_id, _ = workspace.contacts.create(
            ContactRecord(
                given_name=given,
                family_name=family,
                organization=organization,
                emails=[EmailEntry(value=f"{ascii_name}@example.com")],
                phones=[PhoneEntry(value=f"{PHONE_PREFIX[language]}{index:02d}")],
                expected_value_cents=value,
            ),
            stage_id=stage.id if stage else None,
        )
        if due_in is not None:
            workspace.activity.add_followup(
                contact_id, due_at=now + timedelta(days=due_in), what="…"
            )
    workspace.close()
    translations.remove()
    print(f"demo data ({language}) in {data_dir}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--lang", choices=sorted(PEOPLE), default="en")
    args = parser.parse_args()
    return make_demo(args.data_dir, args.lang)


if __name__ == "__main__":
    raise SystemExit(main())
