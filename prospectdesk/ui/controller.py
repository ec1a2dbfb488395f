"""The one way every change goes: :meth:`AppController.run` runs a domain operation (one
transaction), broadcasts the :class:`Changes` it returns with who started it, and turns a
refusal (a :class:`DomainError`) into one message for the owner."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal

from prospectdesk.domain.contacts import ContactNotFoundError
from prospectdesk.domain.errors import DomainError
from prospectdesk.domain.pipeline import StageNotEmptyError
from prospectdesk.domain.records import Changes
from prospectdesk.domain.validation import ValidationError
from prospectdesk.domain.workspace import ReadOnlyWorkspaceError, Workspace
from prospectdesk.ui.crash_report import report_unexpected
from prospectdesk.ui.problem_texts import problem_text
from prospectdesk.ui.tasks import Executor, executor_for

Result = TypeVar("Result")


class AppController(QObject):
    """Signals:
    changes_applied(Changes, object): an operation changed the store; the second argument
        is who started it (its ``initiator``, None when nobody said). Views reload what
        they show.
    operation_failed(str, object): an operation was refused and changed nothing: the
        message for the owner, and who started it.
    contact_open_requested(int): someone (Today, the tray, a search) wants a contact shown.
    """

    changes_applied = Signal(object, object)
    operation_failed = Signal(str, object)
    contact_open_requested = Signal(int)

    def __init__(
        self,
        workspace: Workspace,
        executor: Executor | None = None,
        parent: QObject | None = None,
    ) -> None:
        """``executor``: the app's one background lane (default: threads for a database
        file, at once for an in-memory one; tests inject their own)."""
        super().__init__(parent)
        self.workspace = workspace
        self.executor = executor or executor_for(workspace, self)
        # Refusals a view can settle with the owner (the qualification gate asks for answers
        # or a reason): by error type, the handler instead of the plain message.
        self.refusal_handlers: dict[type[DomainError], Callable[[DomainError], None]] = {}

    def run(
        self,
        operation: Callable[[], Result],
        *,
        initiator: object = None,
        background: bool = False,
        on_done: Callable[[Result], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        undoable: bool = True,
    ) -> Result | None:
        """Run one domain operation and tell every view what it changed.

        The operation returns :class:`Changes`, a tuple ending in them, or an object with
        a ``changes`` attribute (a qualification, a close, an import). ``background``: on
        the app's executor, the broadcast and ``on_done(result)`` coming back on the GUI
        thread; None is returned at once. A :class:`DomainError` changes nothing and is
        reported once: to ``on_error`` when given, else as ``operation_failed``; the
        foreground call then returns None. Any other error is a bug and is raised (in
        the background: handed to ``on_error``, or logged).

        A workspace opened read-only refuses every operation here, before it starts (the
        one place every change goes through): one message, nothing written.

        A foreground operation is recorded as one undo step (what it wrote of the owner's
        data; ``undoable=False`` for undo and redo themselves). A background one (an
        import) records its own step."""
        if self.workspace.read_only:
            self._fail(ReadOnlyWorkspaceError(), initiator, on_error)
            return None
        if background:
            self.executor.submit(
                operation,
                lambda result: self._finish(result, initiator, on_done),  # type: ignore[arg-type]
                lambda error: self._fail(error, initiator, on_error),
            )
            return None
        try:
            result = self.workspace.undo.record(operation) if undoable else operation()
        except DomainError as error:
            self._fail(error, initiator, on_error)
            return None
        self._finish(result, initiator, on_done)
        return result

    def undo(self, *, initiator: object = None) -> Changes:
        return self.run(self.workspace.undo.undo, initiator=initiator, undoable=False) or Changes()

    def redo(self, *, initiator: object = None) -> Changes:
        return self.run(self.workspace.undo.redo, initiator=initiator, undoable=False) or Changes()

    def _finish(
        self, result: Result, initiator: object, on_done: Callable[[Result], None] | None
    ) -> None:
        changes = changes_of(result)
        if changes is not None:
            self.changes_applied.emit(changes, initiator)
        if on_done is not None:
            on_done(result)

    def _fail(
        self,
        error: BaseException,
        initiator: object,
        on_error: Callable[[BaseException], None] | None,
    ) -> None:
        handler = next(
            (h for kind, h in self.refusal_handlers.items() if isinstance(error, kind)), None
        )
        if on_error is not None:
            on_error(error)
        elif handler is not None and isinstance(error, DomainError):
            handler(error)
        elif isinstance(error, DomainError):
            self.operation_failed.emit(message_for(error), initiator)
        else:
            report_unexpected(error)


def changes_of(result: object) -> Changes | None:
    """The :class:`Changes` an operation returned, wherever it put them."""
    if isinstance(result, Changes):
        return result
    if isinstance(result, tuple) and result and isinstance(result[-1], Changes):
        return result[-1]
    changes = getattr(result, "changes", None)
    return changes if isinstance(changes, Changes) else None


def message_for(error: DomainError) -> str:
    """The owner's words for a refusal; the domain's own (English) text when no better
    one is known."""
    if isinstance(error, ValidationError):
        return "\n".join(problem_text(problem) for problem in error.problems)
    if isinstance(error, StageNotEmptyError):
        return QCoreApplication.translate("BoardView", "Move its people elsewhere first.")
    if isinstance(error, ReadOnlyWorkspaceError):
        return QCoreApplication.translate(
            "AppController",
            "Your contacts are open read-only: changes are not possible. File ▸ Export works.",
        )
    if isinstance(error, ContactNotFoundError):
        return QCoreApplication.translate("AppController", "This contact was deleted meanwhile.")
    return QCoreApplication.translate("AppController", "That could not be done: %1").replace(
        "%1", str(error)
    )
