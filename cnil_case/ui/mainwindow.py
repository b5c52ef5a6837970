"""The main window: the case list on the left, the open case on the right, menus and status bar.

It builds and wires only; the commands live in the views and in ``CaseCommands``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QStackedWidget, QWidget

from cnil_case.core import snapshots
from cnil_case.ui import (
    casecommands,
    caselistview,
    caseview,
    messages,
    organisationsdialog,
    workspacepane,
)
from cnil_case.ui import tasks as tasks_module


class MainWindow(QMainWindow):
    """One workspace: its cases, and the case being worked on."""

    def __init__(self, *, tasks: tasks_module.Tasks, workspace: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._workspace = workspace
        self.setObjectName("mainWindow")
        self.resize(1280, 800)
        self._init_panes()
        self._init_actions()
        self._init_menus()
        self._init_status_bar()
        self._connect_signals()
        self._show_case(None)
        self.case_list.reload()
        self.workspace_pane.refresh()

    # --- building -----------------------------------------------------------------------------

    def _init_panes(self) -> None:
        self.case_list = caselistview.CaseListView(tasks=self._tasks, parent=self)
        self.case_view = caseview.CaseView(tasks=self._tasks, parent=self)
        self.workspace_pane = workspacepane.WorkspacePane(tasks=self._tasks, parent=self)
        self.commands = casecommands.CaseCommands(tasks=self._tasks, window=self)
        self.right = QStackedWidget(self)
        self.right.addWidget(self.workspace_pane)
        self.right.addWidget(self.case_view)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.case_list)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([380, 900])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

    def _action(self, text: str, shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        return action

    def _init_actions(self) -> None:
        key = QKeySequence.StandardKey
        self.act_import = self._action(self.tr("&Import case document…"), "Ctrl+I")
        self.act_export = self._action(self.tr("&Export case document…"), "Ctrl+Shift+X")
        self.act_quit = self._action(self.tr("&Quit"), key.Quit)
        self.act_new_case = self._action(self.tr("&New case…"), key.New)
        self.act_save = self._action(self.tr("&Save case"), key.Save)
        self.act_close_view = self._action(self.tr("Close case &view"), key.Close)
        self.act_close_case = self._action(self.tr("&Close case (mark as done)"))
        self.act_reopen_case = self._action(self.tr("&Reopen case"))
        self.act_delete_case = self._action(self.tr("&Delete case…"))
        self.act_organisations = self._action(self.tr("&Organisations…"))
        self.act_new_event = self._action(self.tr("&New event…"), "Ctrl+E")
        self.act_edit_event = self._action(self.tr("&Edit event…"), "F2")
        self.act_delete_event = self._action(self.tr("&Delete event…"))
        self.act_star = self._action(self.tr("&Star / unstar"), "Ctrl+D")
        self.act_find = self._action(self.tr("&Find in timeline"), key.Find)
        self.case_actions = [self.act_export, self.act_save, self.act_close_view, self.act_close_case,
                             self.act_reopen_case, self.act_delete_case, self.act_new_event,
                             self.act_edit_event, self.act_delete_event, self.act_star, self.act_find]

    def _init_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.act_import)
        file_menu.addAction(self.act_export)
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)
        case_menu = bar.addMenu(self.tr("&Case"))
        case_menu.addAction(self.act_new_case)
        case_menu.addAction(self.act_save)
        case_menu.addAction(self.act_close_view)
        case_menu.addSeparator()
        case_menu.addAction(self.act_close_case)
        case_menu.addAction(self.act_reopen_case)
        case_menu.addAction(self.act_delete_case)
        case_menu.addSeparator()
        case_menu.addAction(self.act_organisations)
        timeline_menu = bar.addMenu(self.tr("&Timeline"))
        timeline_menu.addAction(self.act_new_event)
        timeline_menu.addAction(self.act_edit_event)
        timeline_menu.addAction(self.act_delete_event)
        timeline_menu.addAction(self.act_star)
        timeline_menu.addSeparator()
        timeline_menu.addAction(self.act_find)

    def _init_status_bar(self) -> None:
        self.workspace_label = QLabel(self.tr("Workspace: {path}").format(path=self._workspace), self)
        self.workspace_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.count_label = QLabel(self)
        self.busy_label = QLabel(self)
        status = self.statusBar()
        status.addPermanentWidget(self.busy_label)
        status.addPermanentWidget(self.count_label)
        status.addPermanentWidget(self.workspace_label)

    def _connect_signals(self) -> None:
        timeline = self.case_view.timeline
        self.case_list.case_selected.connect(self.case_view.open_case)
        self.case_list.model.loaded.connect(self._show_count)
        self.case_view.case_loaded.connect(self._show_case)
        self.case_view.case_changed.connect(self.case_list.reload)
        self.case_view.switch_refused.connect(self.case_list.keep_selected)
        self.case_view.overview.close_requested.connect(self.commands.close_case)
        self.case_view.overview.reopen_requested.connect(self.commands.reopen_case)
        self.commands.case_created.connect(self.case_list.show_case)
        self.commands.case_updated.connect(self.case_view.show_detail)
        self.commands.case_deleted.connect(self._case_deleted)
        self.commands.message.connect(self._show_message)
        self._tasks.busy_changed.connect(self._show_busy)

        self.act_import.triggered.connect(self.commands.import_document)
        self.act_export.triggered.connect(self.commands.export_document)
        self.act_quit.triggered.connect(self.close)
        self.act_new_case.triggered.connect(self.commands.new_case)
        self.act_save.triggered.connect(self.case_view.overview.save)
        self.act_close_view.triggered.connect(self.close_case_view)
        self.act_close_case.triggered.connect(self.commands.close_case)
        self.act_reopen_case.triggered.connect(self.commands.reopen_case)
        self.act_delete_case.triggered.connect(self.commands.delete_case)
        self.act_organisations.triggered.connect(self._edit_organisations)
        self.act_new_event.triggered.connect(self._show_timeline)
        self.act_new_event.triggered.connect(timeline.new_event)
        self.act_edit_event.triggered.connect(timeline.edit_event)
        self.act_delete_event.triggered.connect(timeline.delete_event)
        self.act_star.triggered.connect(timeline.toggle_star)
        self.act_find.triggered.connect(self._show_timeline)
        self.act_find.triggered.connect(timeline.focus_find)

    # --- small reactions that only change what is shown ---------------------------------------

    def open_case(self, case_id: int) -> None:
        """Open a case (e.g. the one named on the command line)."""
        self.case_list.show_case(case_id)

    def close_case_view(self) -> None:
        self.case_list.select_case(None)

    def _show_case(self, case: snapshots.CaseDetail | None) -> None:
        self.commands.set_case(case)
        self.right.setCurrentWidget(self.case_view if case else self.workspace_pane)
        for action in self.case_actions:
            action.setEnabled(case is not None)
        closed = case is not None and case.status == "closed"
        self.act_close_case.setVisible(not closed)
        self.act_reopen_case.setVisible(closed)
        title = f"{case.reference} — " if case else ""
        self.setWindowTitle(self.tr("{case}{workspace} — cnil-case").format(case=title, workspace=self._workspace))
        if case is None:
            self.workspace_pane.refresh()

    def _case_deleted(self, _case_id: int) -> None:
        self.case_view.discard_edits()
        self.case_list.select_case(None)
        self.case_view.open_case(None)
        self.case_list.reload()

    def _edit_organisations(self) -> None:
        if organisationsdialog.OrganisationsDialog.ask(self, tasks=self._tasks) and self.case_view.case:
            # Organisation names appear in the parties and as event actors.
            self.case_view.open_case(self.case_view.case.id)

    def _show_timeline(self) -> None:
        self.case_view.setCurrentWidget(self.case_view.timeline)

    def _show_count(self) -> None:
        self.count_label.setText(self.tr("Cases: %n", "", self.case_list.model.rowCount()))

    def _show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 6000)

    def _show_busy(self, busy: bool) -> None:
        self.busy_label.setText(self.tr("Working…") if busy else "")

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.case_view.overview.is_dirty() and not messages.confirm(
            self, self.tr("Unsaved changes"),
            self.tr("The overview of the open case has unsaved changes. Close without saving them?"),
        ):
            event.ignore()
            return
        event.accept()
