"""The Integrity dialog: the audit chain, custody chains, vault files and exports checked, problems listed.

The database half (``integrity.read``) runs as one task on the database thread; the vault is
then re-hashed on the I/O pool with progress and Cancel, so a long hash never holds the database
thread or the window. The check only reads: nothing is recorded (see docs/integrity.md).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cnil_case.core import errors, integrity, vault
from cnil_case.ui import evidenceview, language, listmodel, tableviews, theme
from cnil_case.ui import tasks as tasks_module

_T = "integrityview"


def tr(text: str) -> str:
    return QCoreApplication.translate(_T, text)


@dataclass(frozen=True)
class ProblemRow:
    """A problem as shown: written in the interface's language (``language.text``)."""

    id: int
    area: str
    where: str
    what: str


class ProblemsModel(listmodel.SnapshotListModel):
    """One row per problem: area, where (the broken link), what is wrong."""

    def headers(self) -> Sequence[str]:
        return (tr("Area"), tr("Where"), tr("What"))

    def cell(self, row: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.area, row.where, row.what)[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return tr("{area}: {where} {what}").format(area=row.area, where=row.where, what=row.what)
        if role == Qt.ItemDataRole.ForegroundRole and column == 0:
            return QBrush(theme.state_color("error"))
        return None

    def set_problems(self, problems: Sequence[integrity.Problem]) -> None:
        self.set_rows([ProblemRow(i, language.text(p.area.label), language.text(p.where), language.text(p.what))
                       for i, p in enumerate(problems)])


class IntegrityDialog(QDialog):
    """Checks the workspace (or one case's evidence) for tampering and shows what it found.

    Signals:
        checked(object): the ``integrity.IntegrityReport`` of a finished check.
    """

    checked = Signal(object)

    def __init__(self, parent: QWidget | None, *, tasks: tasks_module.Tasks, store: vault.Vault | None,
                 case_id: int | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._store = store
        self._case_id = case_id
        self.report: integrity.IntegrityReport | None = None
        self.setWindowTitle(tr("Integrity"))
        self.help = QLabel(tr("Checks the audit log's hash chain, every chain of custody, the SHA-256 of every "
                              "file in the evidence vault and the exported documents. Nothing is changed."), self)
        self.help.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = evidenceview.ProgressPanel(self)
        self.model = ProblemsModel(self)
        self.table = QTableView(self)
        self.table.setAccessibleName(tr("Integrity results"))
        self.table.setModel(self.model)
        tableviews.configure(self.table, stretch=2)
        tableviews.set_widths(self.table, {0: "custody chain", 1: "entry #12345 (2024-02-01 10:00 UTC, update case #3)"})
        self.table.hide()
        self.notes = QLabel(self)
        self.notes.setWordWrap(True)
        self.notes.hide()
        self.again_button = QPushButton(tr("Check &again"), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.again_button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.help)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.notes)
        layout.addLayout(bottom)
        self.resize(900, 480)
        self.again_button.clicked.connect(self.start)
        self.start()

    @classmethod
    def show_for(cls, parent: QWidget | None, *, tasks: tasks_module.Tasks, store: vault.Vault | None,
                 case_id: int | None = None) -> None:
        cls(parent, tasks=tasks, store=store, case_id=case_id).exec()

    def start(self) -> None:
        if self._store is None:
            self._show_status(tr("This workspace has no evidence vault to check."), theme.state_color("error").name())
            return
        self.again_button.setEnabled(False)
        self._show_status(tr("Reading the audit log and the chains of custody…"), None)
        case_id = self._case_id
        self._tasks.run_db(lambda s: integrity.read(s, case_id), parent=self, success=self._hash,
                           failure=self._failed)

    def _hash(self, plan: integrity.Plan) -> None:
        store = self._store
        assert store is not None
        self._show_status(tr("Re-hashing the evidence vault…"), None)
        self.progress.start(tr("Hashing the vault files…"))
        progress, cancelled = self.progress.report, self.progress.cancelled

        def work() -> integrity.IntegrityReport | None:
            try:
                return integrity.check_files(plan, store, progress=progress, cancel=cancelled)
            except vault.Cancelled:
                return None

        self._tasks.run_io(work, parent=self, success=self._done, failure=self._failed)

    def _done(self, report: integrity.IntegrityReport | None) -> None:
        self.progress.stop()
        self.again_button.setEnabled(True)
        if report is None:
            self._show_status(tr("Check cancelled: nothing was concluded."), None)
            return
        self.report = report
        self.model.set_problems(report.problems)
        self.table.setVisible(not report.intact)
        if report.intact:
            self._show_status("✔ " + language.text(report.summary()), theme.state_color("ok").name())
        else:
            self._show_status(language.text(report.summary()) + " " + tr("See docs/integrity.md for what each "
                                                                         "means and what to do."), theme.state_color("error").name())
        self.notes.setText("\n".join(language.text(note) for note in report.notes))
        self.notes.setVisible(bool(report.notes))
        self.checked.emit(report)

    def _failed(self, exc: errors.UserError) -> None:
        self.progress.stop()
        self.again_button.setEnabled(True)
        self._show_status(tr("The check could not run: {error}").format(error=language.error_text(exc)), theme.state_color("error").name())

    def _show_status(self, text: str, colour: str | None) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {colour}; font-weight: bold;" if colour else "")
