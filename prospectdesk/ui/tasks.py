"""Long work (import, export) off the GUI thread; results come back on the GUI thread.

Tests inject :class:`SynchronousExecutor`, which runs the task at once: the same code path
without threads or waiting.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from prospectdesk.domain.workspace import Workspace, close_thread_connection

DoneCallback = Callable[[object], None]
ErrorCallback = Callable[[BaseException], None]


class Executor(Protocol):
    def submit(
        self, task: Callable[[], object], on_done: DoneCallback, on_error: ErrorCallback
    ) -> None: ...

    def wait_for_done(self) -> None:
        """Block until every submitted task has run (before the database closes)."""


class SynchronousExecutor:
    """Runs the task immediately on the calling thread (tests, in-memory workspaces)."""

    def submit(
        self, task: Callable[[], object], on_done: DoneCallback, on_error: ErrorCallback
    ) -> None:
        try:
            result = task()
        except Exception as error:  # noqa: BLE001 - handed to the caller's handler
            on_error(error)
            return
        on_done(result)

    def wait_for_done(self) -> None:
        pass  # nothing is ever left running


class _Relay(QObject):
    """Lives on the GUI thread; signals emitted from the worker arrive queued."""

    finished = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, task: Callable[[], object], relay: _Relay) -> None:
        super().__init__()
        self.task = task
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.task()
        except Exception as error:  # noqa: BLE001 - sent back to the GUI thread
            self.relay.failed.emit(error)
        else:
            self.relay.finished.emit(result)
        finally:
            close_thread_connection()


class ThreadExecutor(QObject):
    """One background lane: jobs run one at a time on a private thread pool."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._relays: set[_Relay] = set()

    def submit(
        self, task: Callable[[], object], on_done: DoneCallback, on_error: ErrorCallback
    ) -> None:
        relay = _Relay()
        self._relays.add(relay)

        def finish(callback: Callable[[Any], None], value: Any) -> None:
            self._relays.discard(relay)
            relay.deleteLater()
            callback(value)

        relay.finished.connect(lambda value: finish(on_done, value))
        relay.failed.connect(lambda error: finish(on_error, error))
        self.pool.start(_Job(task, relay))

    def wait_for_done(self) -> None:
        self.pool.waitForDone()


def executor_for(workspace: Workspace, parent: QObject | None = None) -> Executor:
    """Threads only for a database file: an in-memory database exists on one connection,
    which another thread cannot see."""
    if workspace.data_dir is None:
        return SynchronousExecutor()
    return ThreadExecutor(parent)
