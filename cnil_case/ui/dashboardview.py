"""The deadlines dashboard: what is due, across every open case, most urgent first.

A summary line counts the open clocks by state; filters narrow the table by state group,
regime, and text in the case or party. Activating a row (double-click, Enter) opens that case on
its Obligations tab with the clock selected.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cnil_case.core import deadlines, regimes
from cnil_case.ui import clocklistmodel, dashboardmodel, language, tableviews, theme
from cnil_case.ui import preferences as preferences_module
from cnil_case.ui import tasks as tasks_module

ClockState = deadlines.ClockState


class DashboardView(QWidget):
    """Every case's clocks, filtered, with live countdowns.

    Signals:
        clock_activated(object): the user wants to work on this ``deadlines.Clock``.
    """

    clock_activated = Signal(object)

    def __init__(self, *, tasks: tasks_module.Tasks, preferences: preferences_module.Preferences,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._preferences = preferences
        self.model = dashboardmodel.DashboardModel(tasks=tasks, parent=self)

        self.summary = QLabel(self)
        self.summary.setObjectName("dashboardSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.group = QComboBox(self)
        self.group.addItem(self.tr("Open: overdue, due soon, running, waiting"), dashboardmodel.OPEN)
        self.group.addItem(self.tr("Done: fulfilled, not required"), dashboardmodel.DONE)
        self.group.addItem(self.tr("All states"), dashboardmodel.ALL)
        self.regime = QComboBox(self)
        self.regime.addItem(self.tr("All regimes"), "")
        for regime in regimes.REGIMES:
            self.regime.addItem(language.text(regime.name), regime.code)
            self.regime.setItemData(self.regime.count() - 1, language.text(regime.law), Qt.ItemDataRole.ToolTipRole)
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(self.tr("Filter by case or party"))
        self.text.setClearButtonEnabled(True)
        self.show_closed = QCheckBox(self.tr("Show closed cases"), self)

        self.table = QTableView(self)
        self.table.setModel(self.model)
        tableviews.configure(self.table)
        tableviews.keep_selection(self.table, clocklistmodel.KeyRole)
        tableviews.set_widths(self.table, {
            dashboardmodel.STATE: "Fulfilled on time", dashboardmodel.COUNTDOWN: "overdue by 3 d 04 h 05 min",
            dashboardmodel.DUE: "Thu 2024-02-01 00:00 (UTC+01:00)", dashboardmodel.CASE: "BRE-2024-001",
            dashboardmodel.PARTY: "Malakoff Humanis", dashboardmodel.RECIPIENT: "supervisory authority",
        })
        self._fit_duty = tableviews.main_column(self.table, dashboardmodel.DUTY, minimum=220)

        bar = QHBoxLayout()
        bar.addWidget(self.group)
        bar.addWidget(self.regime)
        bar.addWidget(self.text, 1)
        bar.addWidget(self.show_closed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(bar)
        layout.addWidget(self.table)

        self.group.activated.connect(self.apply_filter)
        self.regime.activated.connect(self.apply_filter)
        self.text.textChanged.connect(self.apply_filter)
        self.show_closed.toggled.connect(self.refresh)
        self.table.activated.connect(self._on_activated)
        self.model.updated.connect(self._show_summary)
        self.model.modelReset.connect(self._fit_columns)

    def refresh(self) -> None:
        """Read every case's clocks again (a minute passed, something changed)."""
        self.model.load(due_soon=self._preferences.due_soon, include_closed=self.show_closed.isChecked())

    def apply_filter(self) -> None:
        self.model.set_filter(dashboardmodel.DashboardFilter(
            group=str(self.group.currentData()), regime=str(self.regime.currentData() or ""), text=self.text.text()))

    def summary_text(self) -> str:
        counts = self.model.counts()
        text = self.tr("{overdue} overdue · {due_soon} due soon · {running} running · {waiting} waiting").format(
            overdue=counts[ClockState.OVERDUE], due_soon=counts[ClockState.DUE_SOON],
            running=counts[ClockState.RUNNING], waiting=counts[ClockState.WAITING])
        late = self.model.reading.overdue_requests
        if late:
            # Requests to the parties are not legal clocks but the investigator's: counted beside them.
            text += " · " + self.tr("%n request(s) to the parties overdue", "", len(late))
        return text

    def _show_summary(self) -> None:
        self.summary.setText(self.summary_text())
        urgent = self.model.counts()[ClockState.OVERDUE] > 0 or bool(self.model.reading.overdue_requests)
        self.summary.setStyleSheet(f"font-weight: bold; color: {theme.state_color('overdue').name()};" if urgent else "font-weight: bold;")

    def _on_activated(self, index: QModelIndex) -> None:
        clock = self.model.clock_at(index.row()) if index.isValid() else None
        if clock is not None:
            self.clock_activated.emit(clock)

    def _fit_columns(self) -> None:
        tableviews.fit_to_contents(self.table, {
            dashboardmodel.STATE: 150, dashboardmodel.COUNTDOWN: 230, dashboardmodel.DUE: 260,
            dashboardmodel.CASE: 130, dashboardmodel.PARTY: 160, dashboardmodel.RECIPIENT: 220,
        })
        self._fit_duty()
