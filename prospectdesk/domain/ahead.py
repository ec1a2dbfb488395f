"""Items of an iterator made on a thread of their own, a few ahead of their use.

A bulk write spends its time in two places that can run side by side: Python building
the rows of the next batch, and SQLite writing the previous one (``sqlite3`` lets go of
the GIL while a statement runs). :func:`made_ahead` runs the building on a thread and
hands its items over in order; the caller keeps the connection, the transaction and
every statement on its own thread. The building must not touch the store.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar, cast

_T = TypeVar("_T")

_END = object()


class _Failed:
    """What the building raised, handed over to be raised on the caller's thread."""

    def __init__(self, error: BaseException) -> None:
        self.error = error


def made_ahead(
    make: Callable[[], Iterable[_T]], *, depth: int = 3, name: str = "made ahead"
) -> Iterator[_T]:
    """The items of ``make()``, made on a thread at most ``depth`` ahead of the one the
    caller holds. What the building raises is raised here, in its place; when the caller
    stops early (an error of its own, a cancel, a closed generator) the thread is told to
    stop and is waited for, so no building outlives the call."""
    handed: queue.Queue[object] = queue.Queue(maxsize=depth)
    stop = threading.Event()

    def hand(item: object) -> bool:
        """Put ``item`` in the queue unless the caller has stopped; False if it has."""
        while not stop.is_set():
            try:
                handed.put(item, timeout=0.05)
                return True
            except queue.Full:
                continue
        return False

    def build() -> None:
        try:
            for item in make():
                if not hand(item):
                    return
        except BaseException as error:  # raised again on the caller's thread
            hand(_Failed(error))
            return
        hand(_END)

    thread = threading.Thread(target=build, name=name, daemon=True)
    thread.start()
    try:
        while True:
            item = handed.get()
            if item is _END:
                return
            if isinstance(item, _Failed):
                raise item.error
            yield cast(_T, item)
    finally:
        stop.set()
        thread.join()
