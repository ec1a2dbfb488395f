"""A busy ProspectDesk user, run as a separate process and killed at random moments.

Usage: ``python -m tests.reliability.crash_worker DATA_DIR SEED``. It opens the data dir and
loops for ever over imports (through the import service, so each starts with a backup),
drags and edits. Before each write it prints ``DO <what>``
(enough to redo the change on paper) and after the commit ``ACK``; the test reads these
lines, SIGKILLs the process and then checks the database against them.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from prospectdesk.domain.io.importer import import_files
from prospectdesk.domain.workspace import Workspace, open_workspace
from prospectdesk.store.models import Contact


def say(line: str) -> None:
    print(line, flush=True)


def import_batch(ws: Workspace, label: str, size: int, folder: Path) -> None:
    """An import through the import service (a backup, then one transaction) of a
    generated vCard file whose cards carry UIDs the test can follow."""
    folder.mkdir(exist_ok=True)
    cards = "".join(
        "BEGIN:VCARD\r\nVERSION:3.0\r\n"
        f"UID:{label}-{index}\r\n"
        f"FN:P{label.replace('-', 'x')}x{index} "
        f"{'Պետրոսյան' if index % 2 else 'de Vries'}\r\n"
        f"EMAIL:{label}.{index}@example.org\r\n"
        "END:VCARD\r\n"
        for index in range(size)
    )
    path = folder / f"{label}.vcf"
    path.write_text(cards, encoding="utf-8")
    plan, outcome = import_files(ws, [path])
    assert len(outcome.created) == size, (plan.problems, outcome)


def live_uids(ws: Workspace) -> dict[str, int]:
    query = Contact.select(Contact.uid, Contact.id).where(Contact.deleted_at.is_null())
    return dict(query.tuples())


def main(data_dir: Path, seed: int) -> None:
    rng = random.Random(seed)
    ws = open_workspace(data_dir)
    stages = [stage.id for stage in ws.pipeline.stages()]
    say("READY")
    step = 0
    while True:
        step += 1
        uids = live_uids(ws)
        kind = rng.choice(["import", "move", "move", "edit"]) if uids else "import"
        if kind == "import":
            label = f"batch-{seed}-{step}"
            size = rng.randint(5, 60)
            say(f"DO import {label} {size}")
            import_batch(ws, label, size, data_dir.parent / "worker-files")
        elif kind == "move":
            chosen = rng.sample(sorted(uids), min(len(uids), rng.randint(1, 5)))
            to_stage = rng.choice(stages)
            say(f"DO move {to_stage} {','.join(chosen)}")
            ws.pipeline.move_contacts([uids[uid] for uid in chosen], to_stage_id=to_stage)
        else:
            uid = rng.choice(sorted(uids))
            notes = f"edit-{seed}-{step}"
            say(f"DO edit {uid} {notes}")
            record = ws.contacts.get(uids[uid])
            record.notes = notes
            ws.contacts.update(uids[uid], record)
        say("ACK")


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]))
