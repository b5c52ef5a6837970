"""The one helper for background work: database ops on one thread, file work on another.

``run_db`` runs ``op(session)`` on a single-worker pool inside its own ``session_factory.begin()``,
so writes are serial and no Session crosses threads; ``run_io`` runs plain callables (file reading
and writing) on a second pool. Results come back on the GUI thread through a queued signal to a
bound method, and are dropped if the widget that asked has been deleted in the meantime.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from concurrent.futures import Executor, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from cnil_case.core import db, errors
from cnil_case.ui import messages

log = logging.getLogger(__name__)

T = TypeVar("T")

# What a view hands to ``run_db``: a function of the task's session, built from values read
# beforehand (never from widgets).
Op = Callable[[Session], T]

Failure = Callable[[errors.UserError], None]


@dataclass
class _Outcome:
    parent: QObject
    success: Callable[[Any], None]
    failure: Failure | None
    result: Any = None
    error: BaseException | None = None


class Tasks(QObject):
    """Runs work off the GUI thread and calls back on it.

    Signals:
        busy_changed(bool): work started while idle, or the last piece of work finished.
    """

    busy_changed = Signal(bool)
    _finished = Signal(object)

    def __init__(
        self,
        session_factory: db.SessionFactory,
        *,
        where: str,
        db_executor: Executor | None = None,
        io_executor: Executor | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._session_factory = session_factory
        self._where = where
        self._db = db_executor or ThreadPoolExecutor(max_workers=1, thread_name_prefix="cnil-db")
        self._io = io_executor or ThreadPoolExecutor(max_workers=2, thread_name_prefix="cnil-io")
        self._pending = 0
        # A bound method of a QObject living on the GUI thread: emitted from a worker, the
        # connection is queued, so _deliver always runs on the GUI thread.
        self._finished.connect(self._deliver)

    @property
    def busy(self) -> bool:
        return self._pending > 0

    @property
    def where(self) -> str:
        """The workspace the tasks run against, as shown to the user."""
        return self._where

    def run_db(
        self,
        op: Op[T],
        *,
        parent: QObject,
        success: Callable[[T], None],
        failure: Failure | None = None,
    ) -> None:
        """Run ``op`` in its own transaction on the database thread.

        ``op`` must not touch widgets: read what it needs first and capture the values.
        ``success`` gets the result on the GUI thread; a ``errors.UserError`` goes to ``failure``
        (by default a message box), any other exception to ``sys.excepthook``.
        """
        outcome = _Outcome(parent=parent, success=success, failure=failure)
        self._start()
        self._db.submit(self._work_db, op, outcome)

    def run_io(
        self,
        fn: Callable[[], T],
        *,
        parent: QObject,
        success: Callable[[T], None],
        failure: Failure | None = None,
    ) -> None:
        """Run ``fn`` (file work, no database) on the I/O pool; results as for ``run_db``."""
        outcome = _Outcome(parent=parent, success=success, failure=failure)
        self._start()
        self._io.submit(self._work_io, fn, outcome)

    def shutdown(self) -> None:
        """Let queued work finish (a write must not be cut short), then stop the pools."""
        self._db.shutdown(wait=True)
        self._io.shutdown(wait=True)

    def _start(self) -> None:
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)

    def _work_db(self, op: Op[Any], outcome: _Outcome) -> None:
        try:
            with db.storage_errors(self._where), self._session_factory.begin() as session:
                outcome.result = op(session)
        except Exception as exc:  # carried to the GUI thread, where it is reported
            outcome.error = exc
        self._finished.emit(outcome)

    def _work_io(self, fn: Callable[[], Any], outcome: _Outcome) -> None:
        try:
            outcome.result = fn()
        except Exception as exc:  # carried to the GUI thread, where it is reported
            outcome.error = exc
        self._finished.emit(outcome)

    def _deliver(self, outcome: _Outcome) -> None:
        self._pending -= 1
        try:
            self._report(outcome)
        finally:
            if self._pending == 0:
                self.busy_changed.emit(False)

    def _report(self, outcome: _Outcome) -> None:
        error = outcome.error
        alive = shiboken6.isValid(outcome.parent)
        if error is None:
            if alive:
                outcome.success(outcome.result)
            else:
                log.debug("result dropped: the widget that asked for it is gone")
            return
        if isinstance(error, errors.UserError):
            log.info("user error: %s", error)
            if not alive:
                return
            if outcome.failure is not None:
                outcome.failure(error)
            else:
                widget = outcome.parent if isinstance(outcome.parent, QWidget) else None
                messages.show_error(widget, error)
            return
        # A bug: the crash handler logs it and tells the user; the app goes on.
        sys.excepthook(type(error), error, error.__traceback__)
