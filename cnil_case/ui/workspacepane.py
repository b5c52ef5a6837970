"""What the right pane shows when no case is open: the home, the deadlines dashboard, the workspace's history."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from cnil_case.core import times
from cnil_case.ui import dashboardview, historyview, homeview
from cnil_case.ui import preferences as preferences_module
from cnil_case.ui import tasks as tasks_module


class WorkspacePane(QWidget):
    """The home first (what a DPO checks every morning), then every clock, then the whole audit log.

    Signals:
        case_requested(int): open this case.
        correspondence_requested(int, int): open this case (id) on its Correspondence tab with this item (id).

    A clock chosen on the home goes out through ``dashboard.clock_activated``, like one chosen
    on the dashboard.
    """

    case_requested = Signal(int)
    correspondence_requested = Signal(int, int)

    def __init__(self, *, tasks: tasks_module.Tasks, preferences: preferences_module.Preferences,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hint = QLabel(
            self.tr("<b>No case open.</b> Select a case on the left, create one with Case › New case "
                    "(Ctrl+N), or import a case document with File › Import."),
            self,
        )
        self.hint.setTextFormat(Qt.TextFormat.RichText)
        self.hint.setWordWrap(True)
        self.dashboard = dashboardview.DashboardView(tasks=tasks, preferences=preferences, parent=self)
        # The home shows the clocks the dashboard reads: one read for both.
        self.home = homeview.HomeView(tasks=tasks, preferences=preferences, dashboard=self.dashboard.model,
                                      parent=self)
        self.history_page = QWidget(self)
        self.heading = QLabel(self.tr("Every case, organisations, deletions; newest first."), self.history_page)
        self.history = historyview.HistoryView(tasks=tasks, parent=self.history_page)
        history_layout = QVBoxLayout(self.history_page)
        history_layout.addWidget(self.heading)
        history_layout.addWidget(self.history, 1)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.home, self.tr("&Home"))
        self.tabs.addTab(self.dashboard, self.tr("&Deadlines"))
        self.tabs.addTab(self.history_page, self.tr("&Workspace history"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.tabs, 1)

        self.home.case_requested.connect(self.case_requested)
        self.home.correspondence_requested.connect(self.correspondence_requested)
        self.home.clock_activated.connect(self.dashboard.clock_activated)

    def show_home(self) -> None:
        self.tabs.setCurrentWidget(self.home)

    def show_dashboard(self) -> None:
        self.tabs.setCurrentWidget(self.dashboard)

    def refresh(self) -> None:
        """Show the newest entries and clocks (the pane comes back after a case was closed or deleted).

        The home follows the dashboard's read of the clocks, and reads its requests and activity then.
        """
        self.history.model.load(None, times.DEFAULT_ZONE)
        self.dashboard.refresh()
