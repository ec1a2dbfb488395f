"""Opening a data dir: the one place that builds the store and the domain services."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from prospectdesk.clock import Clock, SystemClock
from prospectdesk.domain.activity import Activity
from prospectdesk.domain.contacts import ContactBook
from prospectdesk.domain.defaults import (
    CONTEXT,
    DEFAULT_CRITERIA,
    DEFAULT_SOURCES,
    DEFAULT_STAGES,
    Translate,
    untranslated,
)
from prospectdesk.domain.pipeline import Pipeline
from prospectdesk.domain.process import SalesProcess, build_sales_process
from prospectdesk.domain.settings import CREATED_LANGUAGE, Settings
from prospectdesk.domain.undo import UndoStack
from prospectdesk.paths import database_path, ensure_private_dir
from prospectdesk.store.db import close_database, database, init_database
from prospectdesk.store.models import LeadSource, QualificationCriterion, Stage
from prospectdesk.store.schema import migrate


@dataclass
class Workspace:
    """Everything the UI and the command line work with, built once per data dir."""

    data_dir: Path | None
    clock: Clock
    contacts: ContactBook
    pipeline: Pipeline
    activity: Activity
    settings: Settings
    undo: UndoStack
    sales: SalesProcess
    extras: dict = field(default_factory=dict)

    @property
    def database_file(self) -> Path | None:
        return database_path(self.data_dir) if self.data_dir else None

    def close(self) -> None:
        close_database()


def open_workspace(
    data_dir: Path | None,
    *,
    clock: Clock | None = None,
    translate: Translate = untranslated,
    language: str = "",
) -> Workspace:
    """Open (creating on first start) the database in ``data_dir``; None means in memory.

    A new database gets the default stages and lead sources in the caller's language.
    """
    if data_dir is None:
        init_database(":memory:")
    else:
        ensure_private_dir(data_dir)
        init_database(database_path(data_dir))
    migrate(database)
    settings = Settings()
    with database.atomic():
        if not Stage.select().exists():
            for position, (role, name, stale_days) in enumerate(DEFAULT_STAGES, start=1):
                Stage.create(
                    name=translate(CONTEXT, name),
                    position=position,
                    role=role,
                    stale_days=stale_days,
                )
            for position, name in enumerate(DEFAULT_SOURCES, start=1):
                LeadSource.create(name=translate(CONTEXT, name), position=position)
            for position, name in enumerate(DEFAULT_CRITERIA, start=1):
                QualificationCriterion.create(name=translate(CONTEXT, name), position=position)
            settings.set(CREATED_LANGUAGE, language)
    clock = clock or SystemClock()
    undo = UndoStack()
    pipeline = Pipeline(clock, undo)
    return Workspace(
        data_dir=data_dir,
        clock=clock,
        contacts=ContactBook(clock, undo),
        pipeline=pipeline,
        activity=Activity(clock),
        settings=settings,
        undo=undo,
        sales=build_sales_process(clock, pipeline),
    )
