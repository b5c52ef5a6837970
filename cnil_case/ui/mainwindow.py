"""The main window: the case list on the left, the open case (or the deadlines dashboard) on the
right, a notification banner on top, menus and status bar.

It builds and wires only; the commands live in the views and in ``CaseCommands``.
"""

from __future__ import annotations

import sys
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QProcess, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cnil_case.ui import preferences as preferences_module

if TYPE_CHECKING:
    # The frame imports no core module at run time: it paints before SQLAlchemy is imported.
    from cnil_case.core import deadlines, search, snapshots, vault
    from cnil_case.ui import dashboardmodel, notifier, searchview
    from cnil_case.ui import tasks as tasks_module

# Countdowns move by the minute: the clocks are read again every minute...
REFRESH_MS = 60_000
# ...and when the window comes back to the front, unless they were read moments ago.
ACTIVATION_GAP_S = 10.0


class MainWindow(QMainWindow):
    """One workspace: its cases, and the case being worked on.

    Signals:
        language_chosen(str): the settings changed the interface language ("" for the system's),
            emitted once the settings dialog has closed; ``app.run`` rebuilds the window in it.
    """

    language_chosen = Signal(str)

    def __init__(
        self,
        *,
        tasks: tasks_module.Tasks | None = None,
        workspace: str = "",
        preferences: preferences_module.Preferences | None = None,
        vault: vault.Vault | None = None,
        build: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        """``build=False`` makes only the frame (menus, status bar, "Opening workspace…"), which
        shows at once; ``build()`` then adds the panes (``app.run`` does so after the first paint,
        once the workspace is open, and only then has the tasks, vault and workspace name)."""
        super().__init__(parent)
        self._tasks_runner = tasks
        self._vault = vault
        self._workspace = workspace
        self.preferences = preferences or preferences_module.Preferences.for_user(self)
        self._last_refresh = 0.0
        self._built = False
        self._search: searchview.SearchDialog | None = None
        self._pending_hit: search.SearchHit | None = None
        self.setObjectName("mainWindow")
        self._init_size()
        self._init_actions()
        self._init_menus()
        self._init_status_bar()
        self._init_timer()
        opening = QLabel(self.tr("Opening workspace…"), self)
        opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setCentralWidget(opening)
        for action in (*self.case_actions, self.act_import, self.act_new_case, self.act_organisations,
                       self.act_operator, self.act_register, self.act_home, self.act_dashboard, self.act_refresh_clocks,
                       self.act_integrity):
            action.setEnabled(False)
        if build:
            self.build()

    def build(self, *, tasks: tasks_module.Tasks | None = None, vault: vault.Vault | None = None,
              workspace: str | None = None) -> None:
        """Add the panes and wire them, then read the workspace (once)."""
        if self._built:
            return
        self._tasks_runner = tasks or self._tasks_runner
        self._vault = vault or self._vault
        if workspace is not None:
            self._workspace = workspace
            self.workspace_label.setText(self.tr("Workspace: {path}").format(path=workspace))
        self._built = True
        self._init_panes()
        # One undo history for the window: every tab's edits, in the order they were made.
        from cnil_case.ui import undo

        self.history = undo.History(tasks=self._tasks, parent=self)
        for view in (self.case_view.overview, self.case_view.parties, self.case_view.timeline,
                     self.case_view.findings, self.case_view.correspondence):
            view.set_history(self.history)
        self.edit_menu.addAction(self.history.undo_action)
        self.edit_menu.addAction(self.history.redo_action)
        self._connect_signals()
        # After the first paint: icons, saved layout and the recent list are not worth waiting for.
        from cnil_case.ui import icons, layout, recent

        icons.apply_standard_icons(self)
        layout.restore(self)
        # Another workspace opens in a window of its own (a new process: one workspace per window).
        self.recent_menu = recent.RecentMenu(parent=self)
        self.recent_menu.workspace_chosen.connect(self._open_other_workspace)
        file_menu = self._file_menu_end.parent()
        if isinstance(file_menu, QMenu):
            file_menu.insertMenu(self._file_menu_end, self.recent_menu)
        for action in (self.act_import, self.act_new_case, self.act_organisations, self.act_operator,
                       self.act_register, self.act_home, self.act_dashboard, self.act_refresh_clocks, self.act_integrity):
            action.setEnabled(True)
        # Shows the workspace pane, which reads the history and the clocks.
        self._show_case(None)
        self.case_list.reload()

    @property
    def _tasks(self) -> tasks_module.Tasks:
        if self._tasks_runner is None:
            raise RuntimeError("the window is built with its tasks runner (MainWindow(tasks=) or build(tasks=))")
        return self._tasks_runner

    # --- building -----------------------------------------------------------------------------

    def _init_size(self) -> None:
        """1280×800, or more of a large screen: the deadline tables have many columns."""
        width, height = 1280, 800
        screen = self.screen()
        if screen is not None:
            available = screen.availableGeometry()
            width = max(width, min(int(available.width() * 0.85), 1680))
            height = max(height, min(int(available.height() * 0.85), 1050))
        self.resize(width, height)

    def _init_panes(self) -> None:
        # Imported here, after the frame has been shown: the case view and its tabs are most of
        # the start-up's imports.
        from cnil_case.ui import (
            banner,
            casecommands,
            caselistview,
            caseview,
            notifier,
            workspacepane,
        )

        self.case_list = caselistview.CaseListView(tasks=self._tasks, parent=self)
        self.case_view = caseview.CaseView(tasks=self._tasks, preferences=self.preferences, vault=self._vault,
                                           parent=self)
        self.workspace_pane = workspacepane.WorkspacePane(tasks=self._tasks, preferences=self.preferences,
                                                          parent=self)
        self.dashboard = self.workspace_pane.dashboard
        self.commands = casecommands.CaseCommands(tasks=self._tasks, window=self)
        self.notifier = notifier.Notifier(preferences=self.preferences, parent=self)
        self.banner = banner.Banner(self)
        self.right = QStackedWidget(self)
        self.right.addWidget(self.workspace_pane)
        self.right.addWidget(self.case_view)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.case_list)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([380, 900])
        self.splitter.setChildrenCollapsible(False)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

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
        self.act_operator = self._action(self.tr("Correspondence with an &organisation…"))
        self.act_register = self._action(self.tr("&Breach register (Art. 33(5))…"))
        self.act_register.setStatusTip(self.tr("Every breach of this workspace, notified or not, as GDPR Art. 33(5) "
                                               "requires: preview, export as PDF or CSV"))
        self.act_new_event = self._action(self.tr("&New event…"), "Ctrl+E")
        self.act_edit_event = self._action(self.tr("&Edit event…"), "F2")
        self.act_delete_event = self._action(self.tr("&Delete event…"))
        self.act_star = self._action(self.tr("&Star / unstar"), "Ctrl+D")
        self.act_find = self._action(self.tr("&Find in timeline"), key.Find)
        self.act_import_timeline = self._action(self.tr("&Import timeline…"), "Ctrl+Shift+I")
        self.act_import_timeline.setStatusTip(self.tr("Timesketch CSV / JSONL, DFIR-IRIS CSV or any CSV / JSONL with a "
                                                      "column mapping, in one transaction"))
        self.act_imports = self._action(self.tr("Timeline i&mports…"))
        self.act_export_timeline = self._action(self.tr("E&xport timeline…"))
        self.act_search = self._action(self.tr("&Search…"), "Ctrl+K")
        self.act_search.setShortcuts([QKeySequence("Ctrl+K"), QKeySequence("Ctrl+F"), QKeySequence("Ctrl+Shift+F")])
        self.act_search.setStatusTip(self.tr("Full-text search of events, evidence, findings and correspondence "
                                             "(accents ignored)"))
        self.act_home = self._action(self.tr("&Home"), "Ctrl+Shift+H")
        self.act_home.setStatusTip(self.tr("Open cases with their most urgent clocks, late requests and recent activity"))
        self.act_dashboard = self._action(self.tr("&Deadlines dashboard"), "Ctrl+Shift+D")
        self.act_refresh_clocks = self._action(self.tr("&Refresh deadlines"), key.Refresh)
        self.act_integrity = self._action(self.tr("&Integrity…"))
        self.act_integrity.setStatusTip(self.tr("Check the audit log, custody, vault files and exports for tampering"))
        preferences_key = QKeySequence(key.Preferences)
        # Not every platform defines a Preferences key (Linux desktops often don't): Ctrl+, then.
        self.act_settings = self._action(self.tr("&Settings…"), "Ctrl+," if preferences_key.isEmpty() else key.Preferences)
        self.act_settings.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.case_actions = [self.act_export, self.act_save, self.act_close_view, self.act_close_case,
                             self.act_reopen_case, self.act_delete_case, self.act_new_event,
                             self.act_edit_event, self.act_delete_event, self.act_star, self.act_find,
                             self.act_import_timeline, self.act_imports, self.act_export_timeline]

    def _init_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.act_import)
        file_menu.addAction(self.act_export)
        self._file_menu_end = file_menu.addSeparator()  # the recent workspaces go here (build)
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
        case_menu.addAction(self.act_operator)
        case_menu.addAction(self.act_register)
        # Undo / redo of timeline edits (ui/undo.py); its actions come with the panes.
        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        timeline_menu = bar.addMenu(self.tr("&Timeline"))
        timeline_menu.addAction(self.act_new_event)
        timeline_menu.addAction(self.act_edit_event)
        timeline_menu.addAction(self.act_delete_event)
        timeline_menu.addAction(self.act_star)
        timeline_menu.addSeparator()
        timeline_menu.addAction(self.act_find)
        timeline_menu.addSeparator()
        timeline_menu.addAction(self.act_import_timeline)
        timeline_menu.addAction(self.act_imports)
        timeline_menu.addAction(self.act_export_timeline)
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addAction(self.act_home)
        view_menu.addAction(self.act_dashboard)
        view_menu.addAction(self.act_search)
        view_menu.addAction(self.act_refresh_clocks)
        tools_menu = bar.addMenu(self.tr("Too&ls"))
        tools_menu.addAction(self.act_integrity)
        tools_menu.addAction(self.act_settings)

    def _init_status_bar(self) -> None:
        self.workspace_label = QLabel(self.tr("Workspace: {path}").format(path=self._workspace)
                                      if self._workspace else "", self)
        self.workspace_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.count_label = QLabel(self)
        self.busy_label = QLabel(self)
        status = self.statusBar()
        status.addPermanentWidget(self.busy_label)
        status.addPermanentWidget(self.count_label)
        status.addPermanentWidget(self.workspace_label)

    def _init_timer(self) -> None:
        self.clock_timer = QTimer(self)
        self.clock_timer.setObjectName("clockTimer")
        self.clock_timer.setInterval(REFRESH_MS)
        self.clock_timer.start()

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

        self.clock_timer.timeout.connect(self.refresh_clocks)
        self.case_view.clocks_changed.connect(self.dashboard.refresh)
        self.commands.case_created.connect(self.dashboard.refresh)
        self.preferences.changed.connect(self.refresh_clocks)
        self.dashboard.model.read.connect(self._watch_clocks)
        self.dashboard.clock_activated.connect(self._open_clock)
        self.workspace_pane.case_requested.connect(self.open_case)
        self.workspace_pane.correspondence_requested.connect(self._open_correspondence)
        self.notifier.announced.connect(self._announce)
        self.notifier.open_requested.connect(self._open_announcement)
        self.banner.open_requested.connect(self._open_announcement)

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
        self.act_operator.triggered.connect(self._show_operator)
        self.act_register.triggered.connect(self._show_register)
        self.act_new_event.triggered.connect(self._show_timeline)
        self.act_new_event.triggered.connect(timeline.new_event)
        self.act_edit_event.triggered.connect(timeline.edit_event)
        self.act_delete_event.triggered.connect(timeline.delete_event)
        self.act_star.triggered.connect(timeline.toggle_star)
        self.act_find.triggered.connect(self._show_timeline)
        self.act_find.triggered.connect(timeline.focus_find)
        self.act_import_timeline.triggered.connect(self._import_timeline)
        self.act_imports.triggered.connect(self._show_imports)
        self.act_export_timeline.triggered.connect(self._export_timeline)
        self.act_search.triggered.connect(self._open_search)
        self.case_view.case_loaded.connect(self._select_pending_hit)
        self.act_dashboard.triggered.connect(self.show_dashboard)
        self.act_home.triggered.connect(self.show_home)
        self.act_refresh_clocks.triggered.connect(self.refresh_clocks)
        self.act_settings.triggered.connect(self._edit_settings)
        self.act_integrity.triggered.connect(self._show_integrity)

    # --- small reactions that only change what is shown ---------------------------------------

    def open_case(self, case_id: int) -> None:
        """Open a case (e.g. the one named on the command line)."""
        self.case_list.show_case(case_id)

    def close_case_view(self) -> None:
        self.case_list.select_case(None)

    def show_home(self) -> None:
        """Close the case view (asking about unsaved edits) and show the home page."""
        self.close_case_view()
        if self.case_view.case is None:
            self.workspace_pane.show_home()

    def show_dashboard(self) -> None:
        """Close the case view (asking about unsaved edits) and show the deadlines dashboard."""
        self.close_case_view()
        if self.case_view.case is None:
            self.workspace_pane.show_dashboard()
            self.dashboard.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def refresh_clocks(self) -> None:
        """Read the clocks again, off the GUI thread: the dashboard and the open case's tab."""
        self._last_refresh = time.monotonic()
        self.dashboard.refresh()
        if self.case_view.case is not None:
            self.case_view.obligations.refresh()

    def _watch_clocks(self, reading: dashboardmodel.Reading) -> None:
        self.notifier.observe(reading.open_case_clocks(), reading.now)

    def _announce(self, announcement: notifier.Announcement) -> None:
        if not self.notifier.uses_tray:
            self.banner.show_announcement(announcement)
        self._show_message(self.tr("{title}: {text}").format(title=announcement.title, text=announcement.text))

    def _open_announcement(self, announcement: notifier.Announcement) -> None:
        if announcement.case_id is not None and announcement.key is not None:
            self.open_clock(announcement.case_id, announcement.key)
        else:
            self.show_dashboard()

    def _open_clock(self, clock: deadlines.Clock) -> None:
        self.open_clock(clock.case_id, clock.key)

    def open_clock(self, case_id: int, key: deadlines.ObligationKey) -> None:
        """Open a case on its Obligations tab with one clock selected."""
        self.case_view.show_clock(case_id, key)
        if self.case_view.case is None or self.case_view.case.id != case_id:
            self.case_list.show_case(case_id)

    def _show_operator(self) -> None:
        from cnil_case.ui import operatorview

        operatorview.OperatorDialog.show_for(self, tasks=self._tasks)

    def _show_register(self) -> None:
        from cnil_case.ui import registerdialog  # lazy: reportlab is slow to import

        registerdialog.RegisterDialog.show_for(self, tasks=self._tasks)

    # Imported on use, like the register: start-up shows the window first (bench.startup).
    def _import_timeline(self) -> None:
        from cnil_case.ui import importdialog

        if (case := self.case_view.case) is not None:
            self._show_timeline()
            importdialog.import_timeline(self, self._tasks, case, store=self._vault,
                                         done=lambda _row: self.case_view.refresh_timeline())

    def _show_imports(self) -> None:
        from cnil_case.ui import importsview

        if (case := self.case_view.case) is not None:
            importsview.show_imports(self, self._tasks, case, changed=self.case_view.refresh_timeline)

    def _export_timeline(self) -> None:
        from cnil_case.ui import timelineexport

        if (case := self.case_view.case) is not None:
            timelineexport.export_timeline(self, self._tasks, case, self.case_view.timeline.model.event_filter)

    def _open_search(self) -> None:
        from cnil_case.ui import searchview

        case = self.case_view.case
        if self._search is None:
            self._search = searchview.SearchDialog(self._tasks, self._open_hit, self)
        self._search.set_case(case.id if case else None, case.reference if case else "")
        self._search.show()
        self._search.raise_()
        self._search.activateWindow()
        self._search.query.setFocus()

    def _open_correspondence(self, case_id: int, item_id: int) -> None:
        """Open a case on its Correspondence tab with one item selected (from the home)."""
        from cnil_case.core import search  # the frame imports no core module at start-up

        self._open_hit(search.SearchHit(kind="correspondence", id=item_id, case_id=case_id,
                                        title="", snippet="", rank=0.0))

    def _open_hit(self, hit: search.SearchHit) -> None:
        case = self.case_view.case
        if case is not None and case.id == hit.case_id:
            self._select_hit(hit)
        else:
            self._pending_hit = hit
            self.open_case(hit.case_id)

    def _select_pending_hit(self, case: snapshots.CaseDetail | None) -> None:
        hit, self._pending_hit = self._pending_hit, None
        if hit is not None and case is not None and case.id == hit.case_id:
            self._select_hit(hit)

    def _select_hit(self, hit: search.SearchHit) -> None:
        if hit.kind == "event":
            self.case_view.show_event(hit.id)
        elif hit.kind == "evidence":
            self.case_view.show_evidence(hit.id)
        elif hit.kind == "correspondence":
            self.case_view.setCurrentWidget(self.case_view.correspondence)
            self.case_view.correspondence.select_item(hit.id)
        else:  # a finding: the Findings tab (it has no selection by id yet)
            self.case_view.setCurrentWidget(self.case_view.findings)

    def _show_integrity(self) -> None:
        from cnil_case.ui import integrityview  # lazy: only when asked

        integrityview.IntegrityDialog.show_for(self, tasks=self._tasks, store=self._vault)

    def _edit_settings(self) -> None:
        from cnil_case.ui import settingsdialog

        before = self.preferences.language
        settingsdialog.SettingsDialog.ask(self, preferences=self.preferences)
        if self.preferences.language != before:
            self.language_chosen.emit(self.preferences.language)

    def current_case_id(self) -> int | None:
        """The case open on the right, if any."""
        case = self.case_view.case if self._built else None
        return case.id if case is not None else None

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
        from cnil_case.ui import organisationsdialog

        if not organisationsdialog.OrganisationsDialog.ask(self, tasks=self._tasks):
            return
        # Organisation names appear in the parties, as event actors and in every clock.
        self.dashboard.refresh()
        if self.case_view.case:
            self.case_view.open_case(self.case_view.case.id)

    def _show_timeline(self) -> None:
        self.case_view.setCurrentWidget(self.case_view.timeline)

    def _show_count(self) -> None:
        self.count_label.setText(self.tr("Cases: %n", "", self.case_list.model.rowCount()))

    def _show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 6000)

    def _show_busy(self, busy: bool) -> None:
        self.busy_label.setText(self.tr("Working…") if busy else "")

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if (self._built and event.type() == QEvent.Type.ActivationChange and self.isActiveWindow()
                and time.monotonic() - self._last_refresh > ACTIVATION_GAP_S):
            # Back from another window (or from sleep): the countdowns may be stale.
            self.refresh_clocks()

    def closeEvent(self, event: QCloseEvent) -> None:
        from cnil_case.ui import messages  # loaded by the panes; the frame does without it

        if self._built and self.case_view.overview.is_dirty() and not messages.confirm(
            self, self.tr("Unsaved changes"),
            self.tr("The overview of the open case has unsaved changes. Close without saving them?"),
        ):
            event.ignore()
            return
        if self._built:
            from cnil_case.ui import layout

            layout.save(self)
        event.accept()

    def _open_other_workspace(self, target: str) -> None:
        if target == self._workspace:
            return
        started, _pid = QProcess.startDetached(sys.executable, ["-m", "cnil_case", "--db", target])
        if not started:
            self.statusBar().showMessage(self.tr("Could not start cnil-case on {workspace}.").format(workspace=target),
                                         10_000)
