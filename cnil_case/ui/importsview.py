"""Timeline › Imports…: a case's timeline imports (file, format, when, who, counts, SHA-256), with Undo.

A case keeps a handful of imports, so a ``QTreeWidget`` holds them; each import's skipped lines
are its children (expand to read them). Undo deletes that import's events in one transaction on
the database thread, after a confirmation; the record stays, marked undone.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cnil_case.core import snapshots, times
from cnil_case.core.importers import records
from cnil_case.ui import clipboard, evidencemodel, language, messages
from cnil_case.ui import tasks as tasks_module

COLUMNS = (QT_TRANSLATE_NOOP("ImportsDialog", "File"), QT_TRANSLATE_NOOP("ImportsDialog", "Format"),
           QT_TRANSLATE_NOOP("ImportsDialog", "Imported on"), QT_TRANSLATE_NOOP("ImportsDialog", "By"),
           QT_TRANSLATE_NOOP("ImportsDialog", "Events"), QT_TRANSLATE_NOOP("ImportsDialog", "Skipped"),
           QT_TRANSLATE_NOOP("ImportsDialog", "State"), QT_TRANSLATE_NOOP("ImportsDialog", "SHA-256"))
_ID = Qt.ItemDataRole.UserRole


class ImportsDialog(QDialog):
    """The case's imports, newest first; Undo import on the selected one.

    Signals:
        changed(): an import was undone (the timeline should reload).
    """

    changed = Signal()

    def __init__(self, *, tasks: tasks_module.Tasks, case: snapshots.CaseDetail,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._case = case
        self._rows: dict[int, records.ImportRow] = {}
        self.setWindowTitle(self.tr("Timeline imports of {case}").format(case=case.reference))
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr(str(c)) for c in COLUMNS])
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.empty = QLabel(self.tr("No timeline was imported into this case."), self)
        self.undo_button = QPushButton(self.tr("Undo import…"), self)
        self.copy_button = QPushButton(self.tr("Copy SHA-256"), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        row = QHBoxLayout()
        row.addWidget(self.undo_button)
        row.addWidget(self.copy_button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.tree, 1)
        layout.addLayout(row)
        self.resize(1100, 420)
        self.tree.currentItemChanged.connect(self._update_buttons)
        self.undo_button.clicked.connect(self.undo_selected)
        self.copy_button.clicked.connect(self._copy_sha)
        buttons.rejected.connect(self.reject)
        self._update_buttons()
        self.reload()

    def reload(self) -> None:
        case_id = self._case.id
        self._tasks.run_db(lambda s: records.list_imports(s, case_id), parent=self, success=self._show)

    def _show(self, rows: Sequence[records.ImportRow]) -> None:
        selected = self.selected()
        self._rows = {r.id: r for r in rows}
        self.tree.clear()
        zone = self._case.display_zone
        for r in rows:
            state = (self.tr("undone {when}").format(when=times.display(r.undone_at, zone))
                     if r.undone_at else self.tr("active"))
            item = QTreeWidgetItem([
                r.file_name, r.format, times.display(r.at, zone), r.actor, str(r.imported), str(r.skipped), state,
                r.sha256,
            ])
            item.setData(0, _ID, r.id)
            item.setToolTip(0, self.tr("{name}, {size}, {lines} lines read").format(
                name=r.file_name, size=evidencemodel.human_size(r.size), lines=r.lines_read))
            for column in (4, 5):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if r.undone_at:
                for column in range(len(COLUMNS)):
                    item.setForeground(column, self.palette().placeholderText())
            for skipped in r.skipped_lines:
                reason = language.text(skipped.reason)
                child = QTreeWidgetItem([self.tr("line {line}: {reason}").format(line=skipped.line, reason=reason)])
                child.setFirstColumnSpanned(True)
                child.setFlags(child.flags() & ~Qt.ItemFlag.ItemIsSelectable)
                item.addChild(child)
            if r.skipped > len(r.skipped_lines):
                more = QTreeWidgetItem([self.tr("… and {n} more (only the first are kept)").format(
                    n=r.skipped - len(r.skipped_lines))])
                more.setFlags(more.flags() & ~Qt.ItemFlag.ItemIsSelectable)
                item.addChild(more)
            self.tree.addTopLevelItem(item)
            for index in range(item.childCount()):  # spanning applies once the item is in the tree
                kid = item.child(index)
                if kid is not None:
                    kid.setFirstColumnSpanned(True)
            if r.id == selected:
                self.tree.setCurrentItem(item)
        for column in range(len(COLUMNS) - 1):
            self.tree.resizeColumnToContents(column)
        self.empty.setVisible(not rows)
        self._update_buttons()

    def selected(self) -> int | None:
        item = self.tree.currentItem()
        while item is not None and item.parent() is not None:
            item = item.parent()
        if item is None:
            return None
        value = item.data(0, _ID)
        return int(value) if value is not None else None

    def _update_buttons(self) -> None:
        import_id = self.selected()
        row = self._rows.get(import_id) if import_id is not None else None
        self.undo_button.setEnabled(row is not None and row.undone_at is None)
        self.copy_button.setEnabled(row is not None)

    def _copy_sha(self) -> None:
        import_id = self.selected()
        if import_id is not None:
            clipboard.copy(self._rows[import_id].sha256, sensitive=False)

    def undo_selected(self) -> None:
        import_id = self.selected()
        row = self._rows.get(import_id) if import_id is not None else None
        if row is None or row.undone_at is not None:
            return
        question = self.tr("Delete the {n} events imported from {name} on {when}? Events of this import that were "
                           "edited since are deleted too. The import record stays, marked undone.").format(
            n=row.imported, name=row.file_name, when=times.display(row.at, self._case.display_zone))
        if not messages.confirm(self, self.tr("Undo import"), question):
            return
        self._tasks.run_db(lambda s: records.undo(s, row.id), parent=self, success=self._undone)

    def _undone(self, _deleted: int) -> None:
        self.changed.emit()
        self.reload()


def show_imports(parent: QWidget, tasks: tasks_module.Tasks, case: snapshots.CaseDetail, *,
                 changed: Callable[[], None] | None = None) -> ImportsDialog:
    """Timeline › Imports…: open the list (non-modal); ``changed`` runs after each undo."""
    dialog = ImportsDialog(tasks=tasks, case=case, parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if changed is not None:
        dialog.changed.connect(changed)
    dialog.show()
    return dialog
