"""Finding duplicates at 10k and 100k contacts, beside a baseline measured in the same run:
one SQL ``GROUP BY`` over the e-mail addresses (what finds only exact shared e-mails).

Run ``python -m benchmarks.duplicates_bench [10k 100k]``. The contacts are made in an
in-memory workspace: names from the benchmark pools with made-up family-name endings of random letters (so
names are as varied as a real list), one in ten in Armenian or Cyrillic letters, 2% of them
entered again with a typo, in another word order, with a nickname, with the same e-mail
or (the Armenian and Cyrillic ones) written in Latin letters.
"""

from __future__ import annotations

import random
import sys
import time
from datetime import datetime
from zoneinfo import ZoneInfo

from anyascii import anyascii

from benchmarks.generate import parse_size
from benchmarks.names import POOLS
from prospectdesk.clock import FakeClock
from prospectdesk.domain.duplicates import find_duplicates
from prospectdesk.domain.records import ContactRecord, EmailEntry, PhoneEntry
from prospectdesk.domain.workspace import open_workspace
from prospectdesk.store.db import database

LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _records(count: int, rng: random.Random) -> list[ContactRecord]:
    latin = [pool for pool in POOLS.values() if pool["given"][0][0].isascii()]
    other_scripts = [POOLS["armenian"], POOLS["cyrillic"]]
    alphabets = {
        id(pool): sorted({ch for family, _ in pool["family"] for ch in family.lower()})
        for pool in other_scripts
    }
    in_latin: dict[int, ContactRecord] = {}  # the same name written in Latin letters
    records = []
    for number in range(count):
        pool = rng.choice(other_scripts if number % 10 == 0 else latin)
        given, given_ascii = rng.choice(pool["given"])
        family, family_ascii = rng.choice(pool["family"])
        other_script = id(pool) in alphabets
        letters = alphabets[id(pool)] if other_script else LETTERS  # in the pool's letters
        ending = "".join(rng.choice(letters) for _ in range(rng.randrange(4, 7)))
        if other_script:
            in_latin[len(records)] = ContactRecord(
                given_name=given_ascii.title(), family_name=anyascii(family + ending).title()
            )
        family, family_ascii = family + ending, family_ascii + anyascii(ending).lower()
        records.append(
            ContactRecord(
                given_name=given,
                family_name=family,
                emails=[EmailEntry(f"{given_ascii}.{family_ascii}{number}@example.com")],
                phones=[PhoneEntry(f"+3161{number:07d}")],
            )
        )
    for index in rng.sample(range(len(records)), count // 50):
        record = records[index]
        kind = rng.randrange(4)
        if index in in_latin:  # written in Latin letters
            copy = in_latin[index]
        elif kind == 0:  # a typo
            name = record.family_name
            at = rng.randrange(1, len(name))
            copy = ContactRecord(
                given_name=record.given_name, family_name=name[:at] + name[at:][1:]
            )
        elif kind == 1:  # another order
            copy = ContactRecord(given_name=record.family_name, family_name=record.given_name)
        elif kind == 2:  # an initial
            copy = ContactRecord(given_name=record.given_name[:1], family_name=record.family_name)
        else:  # the same e-mail under a short name
            copy = ContactRecord(given_name=record.given_name, emails=list(record.emails))
        records.append(copy)
    return records


def _baseline() -> int:
    rows = database.execute_sql(
        "SELECT lower(trim(e.value)), count(*) FROM contact_email e JOIN contact c "
        "ON c.id = e.contact_id WHERE c.deleted_at IS NULL GROUP BY 1 HAVING count(*) > 1"
    ).fetchall()
    return len(rows)


def measure(count: int) -> tuple[float, float, int, int]:
    clock = FakeClock(datetime(2026, 12, 1, 10, 0, tzinfo=ZoneInfo("Europe/Amsterdam")))
    workspace = open_workspace(None, clock=clock)
    try:
        workspace.contacts.create_many(_records(count, random.Random(count)))
        start = time.perf_counter()
        shared = _baseline()
        baseline = time.perf_counter() - start
        start = time.perf_counter()
        pairs = find_duplicates()
        scan = time.perf_counter() - start
        return scan, baseline, len(pairs), shared
    finally:
        workspace.close()


def main(argv: list[str] | None = None) -> int:
    labels = (argv if argv is not None else sys.argv[1:]) or ["10k", "100k"]
    print(f"{'contacts':>9}  {'scan':>8}  {'GROUP BY':>9}  {'ratio':>6}  pairs  shared e-mails")
    for label in labels:
        count = parse_size(label)
        scan, baseline, pairs, shared = measure(count)
        print(
            f"{count:>9,}  {scan:7.2f}s  {baseline * 1000:7.1f}ms  {scan / baseline:5.0f}x  "
            f"{pairs:5d}  {shared}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
