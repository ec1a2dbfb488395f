"""Long work (import, export) off the GUI thread; results come back on the GUI thread.

Tests inject :class:`SynchronousExecutor`, which runs the task at once: the same code path
without threads or waiting.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from shiboken6 import Shiboken

from prospectdesk.domain.workspace import Workspace, close_thread_connection

DoneCallback = Callable[[object], None]
ErrorCallback = Callable[[BaseException], None]


class Executor(Protocol):
    def submit(
        self, task: Callable[[], object], on_done: DoneCallback, on_error: ErrorCallback
    ) -> None: ...

    def wait_for_done(self) -> None:
        """Block until every submitted task has run (before the database closes)."""

    def close(self) -> None:
        """The app is closing: let every submitted task finish (:meth:`wait_for_done`),
        then drop the results still on their way to the GUI thread, whose callbacks
        would update widgets that are being deleted."""


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

    def close(self) -> None:
        pass  # no result is ever left on its way


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
            self._send(self.relay.failed, error)
        else:
            self._send(self.relay.finished, result)
        finally:
            close_thread_connection()

    def _send(self, signal: Any, value: object) -> None:
        """Hand ``value`` to the GUI thread, unless the relay is gone: the process is
        ending (Python deletes what is left of Qt's objects as it finishes) while this job
        ran, and nobody waits for its result. Emitting then raised in this thread and
        printed a traceback at exit."""
        try:
            signal.emit(value)
        except RuntimeError:
            if Shiboken.isValid(self.relay):
                raise


class ThreadExecutor(QObject):
    """One background lane: jobs run one at a time on a private thread pool."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._relays: set[_Relay] = set()
        self._closed = False

    def submit(
        self, task: Callable[[], object], on_done: DoneCallback, on_error: ErrorCallback
    ) -> None:
        relay = _Relay()
        self._relays.add(relay)

        def finish(callback: Callable[[Any], None], value: Any) -> None:
            self._relays.discard(relay)
            relay.deleteLater()
            if not self._closed:
                callback(value)

        relay.finished.connect(lambda value: finish(on_done, value))
        relay.failed.connect(lambda error: finish(on_error, error))
        self.pool.start(_Job(task, relay))

    def wait_for_done(self) -> None:
        self.pool.waitForDone()

    def close(self) -> None:
        self.pool.waitForDone()
        # A result that arrives after this (queued from the worker) finds the app gone:
        # the Calls count, say, whose heading was deleted with the window.
        self._closed = True


def executor_for(workspace: Workspace, parent: QObject | None = None) -> Executor:
    """Threads only for a database file: an in-memory database exists on one connection,
    which another thread cannot see."""
    if workspace.data_dir is None:
        return SynchronousExecutor()
    return ThreadExecutor(parent)
