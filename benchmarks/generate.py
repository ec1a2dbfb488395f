"""Realistic synthetic data at 1k .. 1M contacts, cached under benchmarks/data/.

The database is made by ``open_workspace`` (so it has the real schema, stages and sources)
and then filled with bulk ``executemany`` inserts in one transaction: going through the
services one contact at a time would take hours at 1M. The search rows are built with the
same body function the services use (``domain.search.search_body``), so search sees what it would
see after real edits. The same people are also written as a Google-style CSV and a vCard
3.0 file for the import benchmarks.

Run ``python -m benchmarks.generate 100k`` to build one size ahead of time.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import shutil
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from benchmarks import names
from prospectdesk.clock import FakeClock
from prospectdesk.domain.search import phone_search_words, search_body
from prospectdesk.domain.workspace import open_workspace
from prospectdesk.paths import database_path
from prospectdesk.store.db import database
from prospectdesk.store.schema import MIGRATIONS

# Bump when the shape of the generated data changes: cached sets are then rebuilt.
GENERATOR_VERSION = 3
SEED = 20261123
DATA_ROOT = Path(__file__).resolve().parent / "data"
SIZES = {"1k": 1_000, "10k": 10_000, "20k": 20_000, "100k": 100_000, "1m": 1_000_000}
# "Now" for the data and the benchmarks' FakeClock: Monday 23 November 2026, 09:00 UTC.
NOW = datetime(2026, 11, 23, 9, 0, 0)
HEAVY_INTERACTIONS = 200
BATCH = 20_000

# Where bought lead lists put people: most never leave the first column.
STAGE_WEIGHTS = [
    ("lead", 80),
    ("prospect", 7),
    ("presentation", 3),
    ("follow_up", 3),
    ("customer", 4),
    ("repeat_buyer", 1),
    ("not_now", 2),
]
STAGE_PATHS = {
    "lead": ["lead"],
    "prospect": ["lead", "prospect"],
    "presentation": ["lead", "prospect", "presentation"],
    "follow_up": ["lead", "prospect", "presentation", "follow_up"],
    "customer": ["lead", "prospect", "presentation", "customer"],
    "repeat_buyer": ["lead", "prospect", "presentation", "customer", "repeat_buyer"],
    "not_now": ["lead", "prospect", "not_now"],
}
INTERACTIONS_BY_ROLE = {
    "lead": (0, 1),
    "prospect": (1, 3),
    "presentation": (2, 5),
    "follow_up": (2, 6),
    "customer": (2, 6),
    "repeat_buyer": (3, 8),
    "not_now": (1, 3),
}

CSV_HEADER = [
    "Name",
    "Given Name",
    "Family Name",
    "Birthday",
    "Notes",
    "Group Membership",
    "E-mail 1 - Type",
    "E-mail 1 - Value",
    "E-mail 2 - Type",
    "E-mail 2 - Value",
    "Phone 1 - Type",
    "Phone 1 - Value",
    "Phone 2 - Type",
    "Phone 2 - Value",
    "Address 1 - Type",
    "Address 1 - Street",
    "Address 1 - City",
    "Address 1 - Postal Code",
    "Address 1 - Country",
    "Organization 1 - Name",
    "Organization 1 - Title",
]


def schema_signature() -> list[str]:
    """The migration steps a data set was built with: another list means rebuild (branches
    add and renumber steps, and a cached database must match the code under test)."""
    return [step.__name__ for step in MIGRATIONS]


def parse_size(label: str) -> int:
    key = label.strip().lower()
    if key in SIZES:
        return SIZES[key]
    raise ValueError(f"unknown size {label!r} (use one of {', '.join(SIZES)})")


@dataclass
class DataSet:
    """One generated size: a data dir with the database, plus the import files."""

    label: str
    count: int
    root: Path
    meta: dict

    @property
    def data_dir(self) -> Path:
        return self.root / "workspace"

    @property
    def database_file(self) -> Path:
        return database_path(self.data_dir)

    @property
    def csv_file(self) -> Path:
        return self.root / "contacts.csv"

    @property
    def vcard_file(self) -> Path:
        return self.root / "contacts.vcf"

    def fresh_copy(self, target: Path) -> Path:
        """A private copy of the data dir, for benchmarks that write (moves, imports)."""
        if target.exists():
            shutil.rmtree(target)
        target.mkdir(parents=True)
        shutil.copy2(self.database_file, database_path(target))
        return target


def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S")


def _phone(rng: random.Random, pool: dict) -> tuple[str, str]:
    """(as written, E.164): written the way people type them in that country."""
    country, prefix, digits = pool["phone"]
    rest = "".join(rng.choice("0123456789") for _ in range(digits - len(prefix) + 1))
    national = prefix + rest
    e164 = country + national
    style = rng.randrange(3)
    if style == 0:
        written = f"{country} {national[:3]} {national[3:6]} {national[6:]}"
    elif style == 1 and country == "+31":
        written = f"0{national[:1]}-{national[1:]}"
    else:
        written = e164
    return written, e164


def _people(count: int, rng: random.Random) -> Iterator[dict]:
    """One dict per person: everything any of the outputs needs."""
    pools = [names.POOLS[key] for key, _ in names.POOL_WEIGHTS]
    pool_weights = [weight for _, weight in names.POOL_WEIGHTS]
    roles = [role for role, _ in STAGE_WEIGHTS]
    role_weights = [weight for _, weight in STAGE_WEIGHTS]
    heavy = count // 2
    three_years = 3 * 365 * 86400
    for index in range(1, count + 1):
        pool = rng.choices(pools, pool_weights)[0]
        given, given_ascii = rng.choice(pool["given"])
        family, family_ascii = rng.choice(pool["family"])
        role = rng.choices(roles, role_weights)[0]
        if index == heavy:
            role = "customer"
        emails = []
        for position in range(rng.choice((0, 1, 1, 1, 1, 2))):
            local = f"{given_ascii}.{family_ascii}" if position == 0 else f"{given_ascii}{index}"
            emails.append((f"{local}{index % 997}@{rng.choice(pool['domain'])}", "home"))
        phones = [_phone(rng, pool) for _ in range(rng.choice((0, 1, 1, 1, 2)))]
        birthday = None
        if rng.random() < 0.55:
            month = rng.randint(1, 12)
            day = rng.randint(1, 29 if month == 2 else 30 if month in (4, 6, 9, 11) else 31)
            year = rng.randint(1940, 2005) if rng.random() < 0.6 else None
            if month == 2 and day == 29 and year is not None and year % 4:
                year = None  # 29 February only exists without a year or in a leap year
            birthday = (year, month, day)
        created = NOW - timedelta(seconds=rng.randrange(three_years))
        organization = rng.choice(names.ORGANIZATIONS) if rng.random() < 0.45 else ""
        city = rng.choice(names.CITIES) if rng.random() < 0.2 else None
        low, high = INTERACTIONS_BY_ROLE[role]
        n_interactions = HEAVY_INTERACTIONS if index == heavy else rng.randint(low, high)
        if role == "lead" and rng.random() < 0.7:
            n_interactions = 0
        yield {
            "id": index,
            "uid": f"urn:uuid:{uuid.UUID(int=rng.getrandbits(128), version=4)}",
            "given": given,
            "family": family,
            "family_first": pool["family_first"],
            "organization": organization,
            "job_title": rng.choice(names.JOB_TITLES) if organization else "",
            "emails": emails,
            "phones": phones,
            "birthday": birthday,
            "notes": rng.choice(names.NOTES),
            "tags": rng.sample(names.TAGS, rng.choice((0, 0, 0, 1, 2))),
            "city": city,
            "street": f"Dorpsstraat {index % 300 + 1}" if city else "",
            "role": role,
            "created": created,
            "interactions": n_interactions,
            "followup": rng.random() < (0.6 if role != "lead" else 0.1) or index == heavy,
            "deleted": rng.random() < 0.005 and index != heavy,
            "value": rng.choice((None, None, 2500, 9900, 24900)) if role != "lead" else None,
            "source": rng.randint(1, 7),
        }


def _display_name(person: dict) -> str:
    if person["family_first"]:
        # CJK names are written family first without a space; the override keeps that.
        return f"{person['family']}{person['given']}"
    return f"{person['given']} {person['family']}"


class _Writer:
    """Collects rows per table and flushes them with executemany in batches."""

    SQL = {
        "contact": "INSERT INTO contact (id, uid, given_name, family_name, display_name_override,"
        " display_name, organization, job_title, birthday_year, birthday_month, birthday_day,"
        " photo, source_id, import_batch_id, notes, stage_id, position, stage_entered_at,"
        " expected_value_cents, last_interaction_at, created_at, updated_at, deleted_at)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,NULL,?,NULL,?,?,?,?,?,?,?,?,?)",
        "contact_email": "INSERT INTO contact_email (contact_id, value, label, position)"
        " VALUES (?,?,?,?)",
        "contact_phone": "INSERT INTO contact_phone (contact_id, value, normalized, label,"
        " position) VALUES (?,?,?,?,?)",
        "contact_address": "INSERT INTO contact_address (contact_id, label, street, city,"
        " region, postal_code, country, position) VALUES (?,?,?,?,?,?,?,0)",
        "contact_tag": "INSERT INTO contact_tag (contact_id, tag_id) VALUES (?,?)",
        "stage_change": "INSERT INTO stage_change (contact_id, from_stage_id, to_stage_id,"
        " changed_at) VALUES (?,?,?,?)",
        "interaction": "INSERT INTO interaction (id, contact_id, occurred_at, kind, summary)"
        " VALUES (?,?,?,?,?)",
        "concern": "INSERT INTO concern (interaction_id, text, addressed) VALUES (?,?,?)",
        "follow_up": "INSERT INTO follow_up (contact_id, due_at, what, done_at) VALUES (?,?,?,?)",
        "contact_search": "INSERT INTO contact_search (rowid, body) VALUES (?,?)",
    }

    def __init__(self, connection) -> None:
        self.connection = connection
        self.rows: dict[str, list[tuple]] = {table: [] for table in self.SQL}
        self.totals: dict[str, int] = dict.fromkeys(self.SQL, 0)

    def add(self, table: str, row: tuple) -> None:
        self.rows[table].append(row)

    def person_done(self) -> None:
        """Flush between people only, so no child row goes in before its contact."""
        if any(len(rows) >= BATCH for rows in self.rows.values()):
            self.flush()

    def flush(self) -> None:
        # All tables, parents first: foreign keys are checked row by row.
        for name in self.rows:
            if self.rows[name]:
                self.connection.executemany(self.SQL[name], self.rows[name])
                self.totals[name] += len(self.rows[name])
                self.rows[name] = []


def _write_person(
    writer: _Writer, person: dict, rng: random.Random, stages: dict, tags: dict, state: dict
) -> None:
    cid = person["id"]
    path = STAGE_PATHS[person["role"]]
    stage_id = stages[path[-1]]
    moments = [person["created"]]
    for _ in path[1:]:
        step = timedelta(seconds=rng.randrange(1, 40 * 86400))
        moments.append(min(moments[-1] + step, NOW - timedelta(hours=1)))
    previous = None
    for role, moment in zip(path, moments, strict=True):
        writer.add("stage_change", (cid, previous, stages[role], _stamp(moment)))
        previous = stages[role]
    last_interaction = None
    for number in range(person["interactions"]):
        state["interaction_id"] += 1
        iid = state["interaction_id"]
        span = max(60, int((NOW - person["created"]).total_seconds()))
        occurred = person["created"] + timedelta(seconds=rng.randrange(span))
        if last_interaction is None or occurred > last_interaction:
            last_interaction = occurred
        kind = ("call", "meeting", "email", "online_form", "in_person", "other")[number % 6]
        summary = rng.choice(names.INTERACTION_SUMMARIES)
        writer.add("interaction", (iid, cid, _stamp(occurred), kind, summary))
        for _ in range(rng.choice((0, 0, 1, 2))):
            writer.add("concern", (iid, rng.choice(names.CONCERNS), rng.random() < 0.5))
    if person["followup"]:
        due = NOW + timedelta(days=rng.randint(-20, 60), hours=rng.randint(0, 10))
        done = _stamp(due) if due < NOW and rng.random() < 0.5 else None
        writer.add("follow_up", (cid, _stamp(due), rng.choice(names.FOLLOWUP_WHAT), done))
    display = _display_name(person)
    override = display if person["family_first"] else None
    year, month, day = person["birthday"] or (None, None, None)
    created = _stamp(person["created"])
    state["positions"][stage_id] = state["positions"].get(stage_id, 0.0) + 1024.0
    writer.add(
        "contact",
        (
            cid,
            person["uid"],
            person["given"],
            person["family"],
            override,
            display,
            person["organization"],
            person["job_title"],
            year,
            month,
            day,
            person["source"],
            person["notes"],
            stage_id,
            state["positions"][stage_id],
            _stamp(moments[-1]),
            person["value"],
            _stamp(last_interaction) if last_interaction else None,
            created,
            created,
            created if person["deleted"] else None,
        ),
    )
    for position, (value, label) in enumerate(person["emails"]):
        writer.add("contact_email", (cid, value, label, position))
    for position, (value, e164) in enumerate(person["phones"]):
        writer.add("contact_phone", (cid, value, e164, "mobile", position))
    if person["city"]:
        city, country, postal = person["city"]
        writer.add("contact_address", (cid, "home", person["street"], city, "", postal, country))
    for tag in person["tags"]:
        writer.add("contact_tag", (cid, tags[tag]))
    if not person["deleted"]:
        body = search_body(
            (
                display,
                person["given"],
                person["family"],
                person["organization"],
                person["job_title"],
                person["notes"],
            ),
            [value for value, _ in person["emails"]],
            [phone_search_words(value, e164) for value, e164 in person["phones"]],
            sorted(person["tags"]),  # by name, as reindex_contacts orders them
        )
        writer.add("contact_search", (cid, body))


def _vcard_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;")


def _fold(line: str) -> str:
    """Fold at 75 octets without splitting a UTF-8 character (RFC 6350 section 3.2)."""
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line
    parts: list[str] = []
    current = ""
    size = 0
    limit = 75
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            parts.append(current)
            current, size, limit = "", 0, 74  # continuation lines start with a space
        current += char
        size += width
    parts.append(current)
    return "\r\n ".join(parts)


def _vcard(person: dict) -> str:
    lines = [
        "BEGIN:VCARD",
        "VERSION:3.0",
        f"UID:{person['uid']}",
        f"FN:{_vcard_escape(_display_name(person))}",
        f"N:{_vcard_escape(person['family'])};{_vcard_escape(person['given'])};;;",
    ]
    if person["organization"]:
        lines.append(f"ORG:{_vcard_escape(person['organization'])}")
        lines.append(f"TITLE:{_vcard_escape(person['job_title'])}")
    for value, _ in person["emails"]:
        lines.append(f"EMAIL;TYPE=INTERNET,HOME:{value}")
    for value, _ in person["phones"]:
        lines.append(f"TEL;TYPE=CELL:{value}")
    if person["city"]:
        city, country, postal = person["city"]
        street = _vcard_escape(person["street"])
        lines.append(f"ADR;TYPE=HOME:;;{street};{city};;{postal};{country}")
    if person["birthday"]:
        year, month, day = person["birthday"]
        date_text = f"{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"
        lines.append(f"BDAY:{date_text}")
    if person["notes"]:
        lines.append(f"NOTE:{_vcard_escape(person['notes'])}")
    if person["tags"]:
        lines.append("CATEGORIES:" + ",".join(_vcard_escape(tag) for tag in person["tags"]))
    lines.append("END:VCARD")
    return "\r\n".join(_fold(line) for line in lines) + "\r\n"


def _csv_row(person: dict) -> list[str]:
    emails = person["emails"] + [("", "")] * 2
    phones = person["phones"] + [("", "")] * 2
    birthday = ""
    if person["birthday"]:
        year, month, day = person["birthday"]
        birthday = f"{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"
    city, country, postal = person["city"] or ("", "", "")
    return [
        _display_name(person),
        person["given"],
        person["family"],
        birthday,
        person["notes"],
        " ::: ".join(["* myContacts", *person["tags"]]),
        "* Home" if emails[0][0] else "",
        emails[0][0],
        "Home" if emails[1][0] else "",
        emails[1][0],
        "Mobile" if phones[0][0] else "",
        phones[0][0],
        "Mobile" if phones[1][0] else "",
        phones[1][0],
        "Home" if city else "",
        person["street"],
        city,
        postal,
        country,
        person["organization"],
        person["job_title"],
    ]


def generate(label: str, *, files: bool | None = None, quiet: bool = False) -> DataSet:
    """Build (or rebuild) the data set ``label``; returns it."""
    count = parse_size(label)
    files = count <= 100_000 if files is None else files
    root = DATA_ROOT / label.lower()
    if root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True)
    started = time.perf_counter()
    clock = FakeClock(NOW.replace(tzinfo=UTC))
    workspace = open_workspace(root / "workspace", clock=clock)
    stages = {stage.role: stage.id for stage in workspace.pipeline.stages()}
    rng = random.Random(SEED)
    connection = database.connection()
    with database.atomic():
        for name in names.TAGS:
            database.execute_sql("INSERT INTO tag (name) VALUES (?)", (name,))
        tags = dict(database.execute_sql("SELECT name, id FROM tag").fetchall())
        writer = _Writer(connection)
        state: dict = {"interaction_id": 0, "positions": {}}
        csv_handle = vcf_handle = None
        if files:
            csv_handle = open(root / "contacts.csv", "w", encoding="utf-8", newline="")  # noqa: SIM115
            vcf_handle = open(root / "contacts.vcf", "w", encoding="utf-8", newline="")  # noqa: SIM115
        try:
            csv_writer = csv.writer(csv_handle) if csv_handle else None
            if csv_writer:
                csv_writer.writerow(CSV_HEADER)
            heavy_id = count // 2
            for person in _people(count, rng):
                _write_person(writer, person, rng, stages, tags, state)
                writer.person_done()
                if csv_writer and not person["deleted"]:
                    csv_writer.writerow(_csv_row(person))
                    vcf_handle.write(_vcard(person))
                if not quiet and person["id"] % 100_000 == 0:
                    print(f"  {label}: {person['id']:,} people", file=sys.stderr)
            writer.flush()
        finally:
            for handle in (csv_handle, vcf_handle):
                if handle:
                    handle.close()
    database.execute_sql("ANALYZE")
    workspace.close()
    meta = {
        "version": GENERATOR_VERSION,
        "schema": schema_signature(),
        "label": label.lower(),
        "count": count,
        "files": files,
        "heavy_contact_id": heavy_id,
        "stages": stages,
        "rows": writer.totals,
        "seconds": round(time.perf_counter() - started, 1),
    }
    (root / "meta.json").write_text(json.dumps(meta, indent=2), encoding="utf-8")
    if not quiet:
        print(f"  {label}: generated in {meta['seconds']} s", file=sys.stderr)
    return DataSet(label.lower(), count, root, meta)


def dataset(label: str, *, files: bool | None = None) -> DataSet:
    """The cached data set ``label``, generated on first use."""
    count = parse_size(label)
    root = DATA_ROOT / label.lower()
    meta_file = root / "meta.json"
    if meta_file.exists():
        meta = json.loads(meta_file.read_text(encoding="utf-8"))
        wanted_files = count <= 100_000 if files is None else files
        current = (
            meta.get("version") == GENERATOR_VERSION and meta.get("schema") == schema_signature()
        )
        if current and (meta["files"] or not wanted_files):
            return DataSet(label.lower(), count, root, meta)
    return generate(label, files=files)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Generate benchmark data sets.")
    parser.add_argument("sizes", nargs="+", help="1k, 10k, 100k or 1m")
    parser.add_argument("--force", action="store_true", help="rebuild even when cached")
    args = parser.parse_args(argv)
    for label in args.sizes:
        if args.force:
            generate(label)
        else:
            dataset(label)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
