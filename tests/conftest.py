"""Shared fixtures. Qt runs offscreen; one QApplication for the whole session (pytest-qt)."""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Logs of the tests (and of the commands they start) never go to the user's log folder.
os.environ.setdefault("PROSPECTDESK_LOG_DIR", tempfile.mkdtemp(prefix="prospectdesk-test-logs-"))

from prospectdesk.clock import FakeClock  # noqa: E402
from prospectdesk.domain.workspace import Workspace, open_workspace  # noqa: E402
from prospectdesk.store.db import database  # noqa: E402

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
# ../shared/corpus next to the checkout; helper worktrees (/work/wt/<name>) sit one level
# deeper, so the nearest enclosing folder that has shared/corpus wins.
SHARED_CORPUS = next(
    (
        parent / "shared" / "corpus"
        for parent in Path(__file__).resolve().parents[2:]
        if (parent / "shared" / "corpus").is_dir()
    ),
    Path(__file__).resolve().parents[2] / "shared" / "corpus",
)


@pytest.fixture(autouse=True)
def _no_app_outlives_its_test(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Close every app a test started and left open. The store's ``database`` is one proxy,
    so a left-open app's timers (reminders, sync, a view's refresh) read the *next* test's
    database, and a query-count test then counts them (seen: 610 and 102 statements
    instead of 18 and 22, only inside the whole suite)."""
    app_module = sys.modules.get("prospectdesk.ui.app")
    if app_module is None:  # a test run without the Qt layer
        yield
        return
    app_class = app_module.ProspectDeskApp
    started: list[object] = []
    original_init = app_class.__init__

    def recording_init(self: object, *args: object, **kwargs: object) -> None:
        original_init(self, *args, **kwargs)
        started.append(self)

    monkeypatch.setattr(app_class, "__init__", recording_init)
    yield
    for app in started:
        if not getattr(app, "_quitting", True):
            with contextlib.suppress(RuntimeError):  # its window already deleted by Qt
                app.close()  # type: ignore[attr-defined]


@pytest.fixture(autouse=True)
def _qualification_gate_off_unless_marked(request, monkeypatch) -> None:
    """The qualification gate (a lead moved to Prospect asks for answers or a reason) is on
    by default for the owner; tests of other things move unqualified leads freely, as with
    the gate turned off in Settings. Tests of the gate are marked ``gate``."""
    if request.node.get_closest_marker("gate") is None:
        import prospectdesk.domain.gate as gate
        from prospectdesk.domain.settings import SettingDef

        definition = gate.QUALIFICATION_GATE
        monkeypatch.setattr(
            gate, "QUALIFICATION_GATE", SettingDef(definition.key, False, definition.title)
        )


@pytest.fixture
def clock() -> FakeClock:
    """Monday 23 November 2026, 10:00 in Amsterdam."""
    return FakeClock(datetime(2026, 11, 23, 10, 0, tzinfo=AMSTERDAM))


@pytest.fixture
def workspace(clock: FakeClock) -> Workspace:
    """A fresh in-memory database with the default stages."""
    ws = open_workspace(None, clock=clock)
    yield ws
    ws.close()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def corpus_dir() -> Path:
    """The shared corpus of real client files; tests using it skip where it is absent."""
    if not SHARED_CORPUS.is_dir():
        pytest.skip("../shared/corpus is not available")
    return SHARED_CORPUS


@pytest.fixture
def count_queries() -> Callable[[], contextlib.AbstractContextManager[list[str]]]:
    """``with count_queries() as statements:`` collects every SQL statement the database
    connection runs inside the block (sqlite3's trace callback), to show that a view
    reads a fixed number of times however many rows it shows (no N+1 reads)."""

    @contextlib.contextmanager
    def counting() -> Iterator[list[str]]:
        statements: list[str] = []
        connection = database.connection()
        connection.set_trace_callback(statements.append)
        try:
            yield statements
        finally:
            connection.set_trace_callback(None)

    return counting
