"""What the right pane shows when no case is open: how to start, and the workspace's history."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from cnil_case.core import times
from cnil_case.ui import historyview
from cnil_case.ui import tasks as tasks_module


class WorkspacePane(QWidget):
    """The workspace's whole audit log, deleted cases included."""

    def __init__(self, *, tasks: tasks_module.Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hint = QLabel(
            self.tr("<b>No case open.</b> Select a case on the left, create one with Case › New case "
                    "(Ctrl+N), or import a case document with File › Import."),
            self,
        )
        self.hint.setTextFormat(Qt.TextFormat.RichText)
        self.hint.setWordWrap(True)
        self.heading = QLabel(self.tr("<b>Workspace history</b> (every case, organisations, deletions)"), self)
        self.history = historyview.HistoryView(tasks=tasks, parent=self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addSpacing(8)
        layout.addWidget(self.heading)
        layout.addWidget(self.history, 1)

    def refresh(self) -> None:
        """Show the newest entries (the pane comes back after a case was closed or deleted)."""
        self.history.model.load(None, times.DEFAULT_ZONE)
