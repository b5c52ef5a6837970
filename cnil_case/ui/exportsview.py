"""Saving a built document and the list of documents exported, shared by the Documents tab and the register.

Saving asks where (and, for a draft, whether), then writes the file atomically and records it
(exports list + audit) in one database task; the list re-hashes the files on the I/O pool to
tell whether each file handed over is still the one written.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from cnil_case.core import exports, files, times
from cnil_case.ui import exportsmodel, filedialogs, messages, tableviews, theme, wallclock
from cnil_case.ui import tasks as tasks_module

_T = "exportsview"


def tr(text: str) -> str:
    return QCoreApplication.translate(_T, text)


def short_hash(sha256: str) -> str:
    return sha256[:16] + "…"


def draft_question(built: exports.BuiltDocument) -> str:
    lacks = "\n".join(f"• {gap}" for gap in built.gaps)
    return tr("This document lacks:\n{gaps}\n\nExport it as a draft? Every page will be marked DRAFT.").format(
        gaps=lacks)


def save_document(widget: QWidget, tasks: tasks_module.Tasks, built: exports.BuiltDocument, *, folder: Path,
                  saved: Callable[[exports.ExportRow], None]) -> None:
    """Ask where (and, for a draft, whether), then write and record ``built`` off the GUI thread.

    One database task writes the file atomically, then records it in the exports list and the
    audit log: a failed write raises the ``UserError`` naming the file and records nothing, and
    the record is made even if ``widget`` goes away meanwhile. (``exports.save`` does the same
    with a session factory of its own; the GUI's sessions come from ``tasks``.)
    """
    if built.draft and not messages.confirm(widget, tr("Export a draft"), draft_question(built)):
        return
    csv = built.variant == "csv"
    path = filedialogs.ask_save_path(widget, tr("Export document"), str(folder / built.file_name),
                                     tr("CSV files (*.csv)") if csv else tr("PDF documents (*.pdf)"))
    if path is None:
        return
    now = wallclock.now()
    tasks.run_db(lambda s: exports.record(s, built, files.write_atomically(path, built.data).resolve(), now=now),
                 parent=widget, success=saved)


def show_saved(widget: QWidget, row: exports.ExportRow) -> None:
    written = (tr("Written as a draft: {path}\nSHA-256: {sha256}") if row.draft
               else tr("Written: {path}\nSHA-256: {sha256}"))
    messages.show_info(widget, tr("Document exported"), written.format(path=row.path, sha256=row.sha256),
                       tr("{size} bytes. The exports list keeps this SHA-256: Verify files tells whether the "
                          "file handed over is still this one.").format(size=row.size))


class ExportsList(QWidget):
    """The documents written for a case (or the workspace's registers) and whether each file still matches."""

    def __init__(self, *, tasks: tasks_module.Tasks, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._scope: tuple[bool, int | None] = (False, None)  # (loaded, case id or None for the register)
        self._checking = 0
        self.model = exportsmodel.ExportsModel(self)
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Exports"))
        self.table.setModel(self.model)
        E = exportsmodel
        tableviews.configure(self.table, stretch=E.FILE)
        tableviews.set_widths(self.table, {E.WHEN: "2024-02-01 10:30 (+01:00)", E.DOCUMENT: "Art. 34 communication",
                                           E.VARIANT: "Public notice (Art. 34(3)(c))", E.LANGUAGE: "Français",
                                           E.DRAFT: "Draft", E.SHA256: "0123456789ab…", E.BY: "investigator",
                                           E.CHECK: "No: missing"})
        tableviews.keep_selection(self.table, Qt.ItemDataRole.UserRole)
        self.title = QLabel(f"<b>{title}</b>", self)
        self.verify_button = QPushButton(tr("&Verify files"), self)
        self.verify_button.setToolTip(tr("Hash every exported file again and compare it with the SHA-256 recorded "
                                         "when it was written"))
        self.note = QLabel(self)
        bar = QHBoxLayout()
        bar.addWidget(self.title)
        bar.addStretch(1)
        bar.addWidget(self.note)
        bar.addWidget(self.verify_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        self.verify_button.clicked.connect(self.verify)
        self.model.loaded.connect(self._update)
        self._update()

    def clear(self) -> None:
        self._scope = (False, None)
        self.model.set_rows([])

    def load(self, case_id: int | None, zone: str = times.DEFAULT_ZONE) -> None:
        """Read the exports of ``case_id`` (None: the register's), then check their files."""
        scope = (True, case_id)
        self._scope = scope
        self.model.set_zone(zone)

        def show(rows: list[exports.ExportRow]) -> None:
            if self._scope == scope:
                self.model.set_rows(rows)
                self.verify()

        self._tasks.run_db(lambda s: exports.list_exports(s, case_id), parent=self, success=show)

    def reload(self) -> None:
        loaded, case_id = self._scope
        if loaded:
            self.load(case_id, self.model.zone)

    def verify(self) -> None:
        """Re-hash the listed files on the I/O pool."""
        rows = self.model.rows()
        if not rows:
            return
        self._checking += 1
        self._update()
        self._tasks.run_io(lambda: {row.id: exports.verify_file(row) for row in rows}, parent=self,
                           success=self._checked)

    def _checked(self, checks: dict[int, bool | None]) -> None:
        self._checking -= 1
        self.model.set_checks(checks)
        self._update()
        bad = sum(1 for found in checks.values() if not found)
        self.note.setText(QCoreApplication.translate(_T, "%n file(s) changed or missing", "", bad) if bad else "")
        self.note.setStyleSheet(f"color: {theme.state_color('error').name()};" if bad else "")

    def _update(self) -> None:
        self.verify_button.setEnabled(self.model.rowCount() > 0 and self._checking == 0)
