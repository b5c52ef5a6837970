"""The Obligations tab: every clock of the open case, how each deadline was computed, what was done.

The table lists the clocks; below it, the selected clock's explanation (every step, citing the
rules) and what was recorded about it. Mark fulfilled…, Not required… and Reopen write through
``tasks``; the clocks are read again afterwards, and every minute while the case is open.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from cnil_case.core import deadlines, models, obligations, snapshots
from cnil_case.ui import (
    clockcells,
    clocklistmodel,
    fulfildialog,
    glossary,
    language,
    messages,
    notrequireddialog,
    obligationsmodel,
    tableviews,
    wallclock,
)
from cnil_case.ui import preferences as preferences_module
from cnil_case.ui import tasks as tasks_module

_OPEN = models.ObligationStatus.OPEN.value


class ObligationsView(QWidget):
    """The open case's clocks, their explanations, and the commands that record fulfilment.

    Signals:
        changed(): an obligation was marked fulfilled, not required, or reopened.
    """

    changed = Signal()

    def __init__(self, *, tasks: tasks_module.Tasks, preferences: preferences_module.Preferences,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._preferences = preferences
        self._case: snapshots.CaseDetail | None = None
        self._wanted: deadlines.ObligationKey | None = None
        self.model = obligationsmodel.ObligationsModel(tasks=tasks, parent=self)

        self.fulfil_button = QPushButton(self.tr("&Mark fulfilled…"), self)
        self.fulfil_button.setToolTip(self.tr("Record when the notification was sent or the report filed"))
        self.not_required_button = QPushButton(self.tr("&Not required…"), self)
        self.not_required_button.setToolTip(self.tr("Record why this duty does not apply"))
        self.reopen_button = QPushButton(self.tr("R&eopen"), self)
        self.reopen_button.setToolTip(self.tr("Set the clock running again; what was recorded stays in the history"))
        self.info = QLabel(self)
        self.info.setObjectName("obligationsInfo")

        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Obligations"))
        self.table.setModel(self.model)
        tableviews.configure(self.table)
        tableviews.keep_selection(self.table, clocklistmodel.KeyRole)
        tableviews.set_widths(self.table, {
            obligationsmodel.STATE: "Fulfilled on time", obligationsmodel.COUNTDOWN: "overdue by 3 d 04 h 05 min",
            obligationsmodel.DUE: "Thu 2024-02-01 00:00 (UTC+01:00)", obligationsmodel.PARTY: "Malakoff Humanis",
            obligationsmodel.RECIPIENT: "supervisory authority", obligationsmodel.PHASE: "Complementary",
            obligationsmodel.START: "Thu 2024-02-01 00:00 (UTC+01:00)",
        })
        self._fit_duty = tableviews.main_column(self.table, obligationsmodel.DUTY, minimum=220)

        self.detail = QTextBrowser(self)
        self.detail.setObjectName("clockExplanation")
        self.detail.setOpenLinks(False)
        self.detail.setPlaceholderText(self.tr("Select an obligation to see how its deadline was computed."))

        buttons = QHBoxLayout()
        buttons.addWidget(self.fulfil_button)
        buttons.addWidget(self.not_required_button)
        buttons.addWidget(self.reopen_button)
        buttons.addStretch(1)
        buttons.addWidget(self.info)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(splitter)

        self.fulfil_button.clicked.connect(self.mark_fulfilled)
        self.not_required_button.clicked.connect(self.mark_not_required)
        self.reopen_button.clicked.connect(self.reopen)
        self.table.doubleClicked.connect(self._on_double_click)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.model.updated.connect(self._on_updated)
        self.model.modelReset.connect(self._fit_columns)
        self._update_buttons()

    # --- the open case ------------------------------------------------------------------------

    def open_case(self, case: snapshots.CaseDetail | None) -> None:
        self._case = case
        self._show_info()
        self.model.load(None if case is None else case.id, due_soon=self._preferences.due_soon)

    def update_case(self, case: snapshots.CaseDetail) -> None:
        """The case was edited (its zone, its status): read its clocks again."""
        self._case = case
        self._show_info()
        self.refresh()

    def refresh(self) -> None:
        """Read the clocks again: a minute passed, a party or a preference changed."""
        self._show_info()
        self.model.refresh(due_soon=self._preferences.due_soon)

    def select_clock(self, key: deadlines.ObligationKey) -> None:
        """Select the clock with ``key``, now or as soon as the case's clocks have arrived."""
        row = self.model.row_of(key)
        if row < 0:
            self._wanted = key
            return
        self._wanted = None
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, obligationsmodel.DUTY))

    def current_clock(self) -> deadlines.Clock | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.clock_at(rows[0].row()) if rows else None

    # --- commands -----------------------------------------------------------------------------

    def mark_fulfilled(self) -> None:
        clock = self.current_clock()
        if clock is None:
            return
        saved = fulfildialog.FulfilDialog.ask(self, tasks=self._tasks, clock=clock)
        if saved is not None:
            self._after_write(saved)

    def mark_not_required(self) -> None:
        clock = self.current_clock()
        if clock is None or not clock.is_open:
            return
        saved = notrequireddialog.NotRequiredDialog.ask(self, tasks=self._tasks, clock=clock)
        if saved is not None:
            self._after_write(saved)

    def reopen(self) -> None:
        clock = self.current_clock()
        if clock is None or clock.recorded.status == _OPEN:
            return
        if not messages.confirm(self, self.tr("Reopen obligation"),
                                self.tr("Reopen {obligation}? Its clock runs again; what was recorded "
                                        "stays in the case's history.").format(obligation=clockcells.headline(clock))):
            return
        key = clock.key
        now = wallclock.now()
        self._tasks.run_db(lambda s: obligations.reopen(s, key, now=now), parent=self, success=self._after_write)

    def _after_write(self, clock: deadlines.Clock) -> None:
        self._wanted = clock.key
        self.refresh()
        self.changed.emit()

    # --- display ------------------------------------------------------------------------------

    def _show_info(self) -> None:
        case = self._case
        if case is None:
            self.info.clear()
            return
        self.info.setText(self.tr("Times in {zone} · due soon: less than {hours} h left").format(
            zone=case.display_zone, hours=self._preferences.due_soon_hours))

    def _on_updated(self) -> None:
        if self._wanted is not None and self.model.row_of(self._wanted) >= 0:
            self.select_clock(self._wanted)
        self._show_detail()
        self._update_buttons()

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_detail()
        self._update_buttons()

    def _on_double_click(self, index: QModelIndex) -> None:
        clock = self.model.clock_at(index.row()) if index.isValid() else None
        if clock is not None and clock.recorded.status == _OPEN and fulfillable(clock):
            self.mark_fulfilled()

    def _update_buttons(self) -> None:
        clock = self.current_clock()
        self.fulfil_button.setEnabled(clock is not None and fulfillable(clock))
        self.not_required_button.setEnabled(clock is not None and clock.is_open)
        self.reopen_button.setEnabled(clock is not None and clock.recorded.status != _OPEN)

    def _fit_columns(self) -> None:
        tableviews.fit_to_contents(self.table, {
            obligationsmodel.STATE: 150, obligationsmodel.COUNTDOWN: 230, obligationsmodel.DUE: 260,
            obligationsmodel.PARTY: 170, obligationsmodel.RECIPIENT: 200, obligationsmodel.PHASE: 130,
            obligationsmodel.START: 260,
        })
        self._fit_duty()

    def _show_detail(self) -> None:
        clock = self.current_clock()
        if clock is None:
            self.detail.clear()
            return
        scroll = self.detail.verticalScrollBar().value()
        self.detail.setHtml(explanation_html(clock))
        # Refreshed every minute: the reader keeps their place in a long explanation.
        self.detail.verticalScrollBar().setValue(scroll)

    def explanation_text(self) -> str:
        """What the explanation pane shows, as plain text (what a user would copy)."""
        return self.detail.toPlainText()


def fulfillable(clock: deadlines.Clock) -> bool:
    """Whether "Mark fulfilled" makes sense: not for a duty marked not required, nor for the next
    step of a chain whose previous report is not sent yet (its clock has no start)."""
    if clock.state is deadlines.ClockState.NOT_REQUIRED:
        return False
    return not (clock.start is None and clock.duty.previous is not None)


def explanation_html(clock: deadlines.Clock) -> str:
    """What was recorded about one clock, then how its deadline was computed, as simple HTML.

    What was recorded comes first: for a fulfilled clock it is what the user looks for, and it
    stays in view above a long explanation.
    """
    recorded = clock.recorded
    rows: list[tuple[str, str]] = []
    if recorded.fulfilled is not None:
        rows.append((html.escape(QCoreApplication.translate("ObligationsView", "Fulfilled at")), language.text(deadlines.describe_moment(recorded.fulfilled.at, clock.zone))))
    if recorded.reference:
        rows.append((html.escape(QCoreApplication.translate("ObligationsView", "Recipient's reference")), recorded.reference))
    if recorded.reasons_for_delay:
        rows.append((html.escape(QCoreApplication.translate("ObligationsView", "Reasons for the delay")), recorded.reasons_for_delay))
    if recorded.not_required_reason:
        rows.append((html.escape(QCoreApplication.translate("ObligationsView", "Not required because")), recorded.not_required_reason))
    if recorded.notes:
        rows.append((html.escape(QCoreApplication.translate("ObligationsView", "Notes")), recorded.notes))
    parts = [
        f"<p><b>{html.escape(clockcells.duty_text(clock))}</b><br>"
        f"{html.escape(clock.debtor)} → {html.escape(language.text(clock.recipient))} · "
        f"{html.escape(clockcells.state_text(clock.state))}</p>",
        "<p><b>" + html.escape(QCoreApplication.translate("ObligationsView", "Recorded")) + "</b></p>",
    ]
    if rows:
        label = QCoreApplication.translate("ObligationsView", "{name}:", "a label before its value")
        parts.append("<table cellpadding='2'>" + "".join(
            f"<tr><td valign='top'><i>{label.format(name=name)}</i></td>"
            f"<td>{html.escape(value).replace(chr(10), '<br>')}</td></tr>" for name, value in rows) + "</table>")
    else:
        parts.append("<p>" + html.escape(QCoreApplication.translate("ObligationsView", "Nothing recorded yet.")) + "</p>")
    parts.append("<p><b>" + html.escape(QCoreApplication.translate("ObligationsView", "How the deadline is computed")) + "</b></p>")
    parts.append("<ul>" + "".join(f"<li>{html.escape(language.text(line))}</li>" for line in clock.explanation) + "</ul>")
    # The legal terms of this duty, explained (glossary), e.g. "Art. 33 notification".
    terms = clockcells.duty_terms(clock)
    if terms:
        parts.append("<p><b>" + html.escape(QCoreApplication.translate("ObligationsView", "Terms")) + "</b></p>")
        parts.extend(glossary.tooltip(term) for term in terms)
    return "".join(parts)
