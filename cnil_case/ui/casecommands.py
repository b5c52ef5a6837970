"""Commands on whole cases: new, close, reopen, delete, import and export a case document."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from cnil_case.core import caseio, cases, errors, snapshots
from cnil_case.ui import casedialog, filedialogs, messages
from cnil_case.ui import tasks as tasks_module


class CaseCommands(QObject):
    """Runs the Case and File menu commands for the window they are given.

    Signals:
        case_created(int): a case was created or imported; carries its id.
        case_updated(object): the open case was closed or reopened; carries its ``CaseDetail``.
        case_deleted(int): a case was deleted; carries its id.
        message(str): a short confirmation for the status bar.
    """

    case_created = Signal(int)
    case_updated = Signal(object)
    case_deleted = Signal(int)
    message = Signal(str)

    def __init__(self, *, tasks: tasks_module.Tasks, window: QWidget) -> None:
        super().__init__(window)
        self._tasks = tasks
        self._window = window
        self._case: snapshots.CaseDetail | None = None

    @property
    def case(self) -> snapshots.CaseDetail | None:
        return self._case

    def set_case(self, case: snapshots.CaseDetail | None) -> None:
        """The case the commands act on (the one open in the window), or None."""
        self._case = case

    def _document_filter(self) -> str:
        return self.tr("cnil-case document (*.json);;All files (*)")

    # --- new, close, reopen, delete -----------------------------------------------------------

    def new_case(self) -> None:
        # The suggested reference is read first; the dialog opens when it arrives.
        self._tasks.run_db(cases.next_reference, parent=self, success=self._ask_new_case)

    def _ask_new_case(self, reference: str) -> None:
        created = casedialog.CaseDialog.ask(self._window, tasks=self._tasks, reference=reference)
        if created is not None:
            self.message.emit(self.tr("Case {reference} created").format(reference=created.reference))
            self.case_created.emit(created.id)

    def close_case(self) -> None:
        if self._case is None:
            return
        case_id = self._case.id
        self._tasks.run_db(lambda s: cases.close(s, case_id), parent=self, success=self._updated)

    def reopen_case(self) -> None:
        if self._case is None:
            return
        case_id = self._case.id
        self._tasks.run_db(lambda s: cases.reopen(s, case_id), parent=self, success=self._updated)

    def _updated(self, detail: snapshots.CaseDetail) -> None:
        self._case = detail
        self.case_updated.emit(detail)

    def delete_case(self) -> None:
        case = self._case
        if case is None:
            return
        question = self.tr(
            "Delete case {reference} “{title}” with all its parties and events?\n\n"
            "This cannot be undone. The deletion is recorded in the workspace history; export the "
            "case document first if you may need it again."
        ).format(reference=case.reference, title=case.title)
        if not messages.confirm(self._window, self.tr("Delete case"), question):
            return
        case_id, reference = case.id, case.reference

        def deleted(_: None) -> None:
            self.message.emit(self.tr("Case {reference} deleted").format(reference=reference))
            self.case_deleted.emit(case_id)

        self._tasks.run_db(lambda s: cases.delete(s, case_id), parent=self, success=deleted)

    # --- case documents -----------------------------------------------------------------------

    def import_document(self) -> None:
        path = filedialogs.ask_open_path(self._window, self.tr("Import case document"), self._document_filter())
        if path is None:
            return
        # Reading and checking the file is file work; creating the case is database work.
        self._tasks.run_io(lambda: caseio.read(path), parent=self,
                           success=lambda document: self._import(path, document, None))

    def _import(self, path: Path, document: dict[str, Any], reference: str | None) -> None:
        source = path.name

        def failed(exc: errors.UserError) -> None:
            if isinstance(exc, caseio.ReferenceTakenError) and messages.confirm(
                self._window,
                self.tr("Import case document"),
                self.tr("{problem}\n\nImport it as {suggestion}?").format(problem=exc, suggestion=exc.suggestion),
            ):
                self._import(path, document, exc.suggestion)
            elif not isinstance(exc, caseio.ReferenceTakenError):
                messages.show_error(self._window, exc)

        def imported(case_id: int) -> None:
            self.message.emit(self.tr("Imported {name}").format(name=source))
            self.case_created.emit(case_id)

        self._tasks.run_db(lambda s: caseio.import_case(s, document, source=source, reference=reference),
                           parent=self, success=imported, failure=failed)

    def export_document(self) -> None:
        case = self._case
        if case is None:
            return
        path = filedialogs.ask_save_path(self._window, self.tr("Export case document"),
                                         f"{case.reference}.json", self._document_filter())
        if path is None:
            return
        case_id = case.id

        def write(document: dict[str, Any]) -> None:
            self._tasks.run_io(lambda: caseio.write(document, path), parent=self,
                               success=lambda _: self.message.emit(self.tr("Exported to {path}").format(path=path)))

        self._tasks.run_db(lambda s: caseio.export_case(s, case_id), parent=self, success=write)
