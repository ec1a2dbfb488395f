"""The sales-process migration: frozen SQL equal to the models, criteria for old databases."""

from __future__ import annotations

import sqlite3

from prospectdesk.domain.workspace import open_workspace
from prospectdesk.paths import database_path
from prospectdesk.store import models, schema
from prospectdesk.store.db import close_database, database, init_database

SALES_MODELS = [
    models.QualificationCriterion,
    models.Qualification,
    models.QualificationAnswer,
    models.Presentation,
    models.Sale,
    models.ListConsent,
]


def test_migrated_tables_match_the_models(workspace):
    stored = {
        name: sql
        for name, sql in database.execute_sql(
            "SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL"
        ).fetchall()
    }
    for model in SALES_MODELS:
        create, _ = model._schema._create_table(safe=False).query()
        assert stored[model._meta.table_name] == create
        for index in model._schema._create_indexes(safe=False):
            sql, _ = index.query()
            name = sql.split('"')[1]
            assert stored[name] == sql


def test_existing_database_gets_the_default_criteria(data_dir, clock):
    data_dir.mkdir()
    path = database_path(data_dir)
    init_database(path)
    steps_before = schema.MIGRATIONS.index(schema._sales_process_tables)
    schema.migrate(database, target=steps_before)
    database.execute_sql(
        "INSERT INTO stage (id, name, position, role) VALUES (1, 'Lead', 1, 'lead')"
    )
    close_database()

    ws = open_workspace(data_dir, clock=clock)
    assert [c.name for c in ws.sales.qualification.criteria()] == [
        "Fits my target market",
        "Has the money to buy",
        "Has the authority to decide",
    ]
    ws.close()
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT COUNT(*) FROM qualification_criterion").fetchone()[0] == 3


def test_new_database_is_seeded_once(data_dir, clock):
    ws = open_workspace(data_dir, clock=clock)
    ws.close()
    ws = open_workspace(data_dir, clock=clock)
    assert len(ws.sales.qualification.criteria()) == 3
    ws.close()
