"""The home page: what a DPO checks every morning, across every open case.

Counters at the top (open cases, overdue clocks, clocks due soon, late requests) also filter the
page. Below them: each open case with its most urgent clock, the requests to the parties whose
answer is late or due soon (the investigator's own deadlines, GDPR Art. 31 and 58(1)), and the
latest entries of the audit log. Every line opens what it names.

The clocks are those of the deadlines dashboard's read (``DashboardModel.read``), not read twice;
each read of them also reads the requests and the activity (``core.home``), off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cnil_case.core import deadlines, home
from cnil_case.ui import dashboardmodel, homemodel, tableviews, theme
from cnil_case.ui import preferences as preferences_module
from cnil_case.ui import tasks as tasks_module

ClockState = deadlines.ClockState

# The counters, which are also the page's filters.
ALL, OVERDUE, DUE_SOON, LATE = "all", "overdue", "due_soon", "late"
FILTERS = (ALL, OVERDUE, DUE_SOON, LATE)

def style_sheet() -> str:
    """The page's look, from the theme's colours: readable on the light and the dark palette."""
    hint = theme.state_color("hint").name()
    return f"""
QWidget#homePage {{ background: palette(base); }}
QLabel[role="section"] {{ font-size: 12pt; font-weight: 600; }}
QLabel[role="hint"] {{ color: {hint}; }}
QLabel[role="empty"] {{ color: {hint}; font-style: italic; padding: 10px 4px; }}
QToolButton[role="counter"] {{
    border: 1px solid palette(mid); border-radius: 6px; padding: 6px 14px; text-align: left;
    background: palette(base); color: palette(text); min-width: 120px;
}}
QToolButton[role="counter"]:hover {{ border-color: palette(dark); }}
QToolButton[role="counter"]:checked {{ border: 2px solid palette(highlight); background: palette(alternate-base); }}
QToolButton[role="counter"][alert="overdue"] {{ color: {theme.state_color("overdue").name()}; }}
QToolButton[role="counter"][alert="due_soon"] {{ color: {theme.state_color("due_soon").name()}; }}
"""


class _Section(QWidget):
    """A titled list: a heading, a hint, and a table sized to its rows, or a sentence when empty."""

    def __init__(self, title: str, hint: str, empty: str, model: homemodel._ListModel, parent: QWidget, *,
                 main: int) -> None:
        super().__init__(parent)
        self.title = QLabel(title, self)
        self.title.setProperty("role", "section")
        self.hint = QLabel(hint, self)
        self.hint.setProperty("role", "hint")
        self.hint.setWordWrap(True)
        self.empty = QLabel(empty, self)
        self.empty.setProperty("role", "empty")
        self.empty.setWordWrap(True)
        self.table = QTableView(self)
        self.table.setModel(model)
        tableviews.configure(self.table)
        tableviews.keep_selection(self.table, homemodel.KeyRole)
        # The page scrolls, not the table: it shows all its rows (a wheel over it scrolls the page).
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # The main column takes the room left; below its minimum the table scrolls sideways.
        self.fit_main = tableviews.main_column(self.table, main, minimum=240)
        self.table.setFrameShape(QFrame.Shape.NoFrame)
        self.model = model
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        heading = QHBoxLayout()
        heading.addWidget(self.title)
        heading.addWidget(self.hint, 1)
        layout.addLayout(heading)
        layout.addWidget(self.empty)
        layout.addWidget(self.table)
        model.modelReset.connect(self._fit)
        self._fit()

    def _fit(self) -> None:
        rows = self.model.rowCount()
        self.empty.setVisible(rows == 0)
        self.table.setVisible(rows > 0)
        self.fit_height()

    def fit_columns(self, limits: dict[int, int]) -> None:
        tableviews.fit_to_contents(self.table, limits)
        self.fit_main()
        self.fit_height()

    def fit_height(self) -> None:
        """All the rows, and the sideways scroll bar when the columns are wider than the table."""
        table = self.table
        height = table.horizontalHeader().sizeHint().height() + self.model.rowCount() * table.verticalHeader().defaultSectionSize() + 2
        width = sum(table.columnWidth(c) for c in range(self.model.columnCount()))
        if width > table.viewport().width() + 2:
            height += table.horizontalScrollBar().sizeHint().height()
        table.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_main()
        self.fit_height()


class HomeView(QScrollArea):
    """The home page of the workspace.

    Signals:
        case_requested(int): open this case.
        clock_activated(object): open this ``deadlines.Clock`` (its case, Obligations tab).
        correspondence_requested(int, int): open this case (id) on this correspondence item (id).
    """

    case_requested = Signal(int)
    clock_activated = Signal(object)
    correspondence_requested = Signal(int, int)

    def __init__(self, *, tasks: tasks_module.Tasks, preferences: preferences_module.Preferences,
                 dashboard: dashboardmodel.DashboardModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._preferences = preferences
        self._reading: dashboardmodel.Reading | None = None
        self._requests: list[home.PendingRequest] = []
        self._activity: list[home.Activity] = []
        self._filter = ALL
        self._generation = 0

        page = QWidget(self)
        page.setObjectName("homePage")
        page.setStyleSheet(style_sheet())
        self._page = page
        self.setWidget(page)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)

        self.counters: dict[str, QToolButton] = {}
        self.filters = QButtonGroup(self)
        self.filters.setExclusive(True)
        counters = QHBoxLayout()
        counters.setSpacing(10)
        for name, tip in (
            (ALL, self.tr("Show every open case with its most urgent clock")),
            (OVERDUE, self.tr("Show only the clocks past their legal deadline, and the late requests")),
            (DUE_SOON, self.tr("Show only the clocks within the due-soon threshold of the settings, "
                               "and the requests due as soon")),
            (LATE, self.tr("Show only the requests to the parties whose answer is late")),
        ):
            button = QToolButton(page)
            button.setProperty("role", "counter")
            button.setCheckable(True)
            button.setToolTip(tip)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.filters.addButton(button, FILTERS.index(name))
            self.counters[name] = button
            counters.addWidget(button)
        counters.addStretch(1)
        self.counters[ALL].setChecked(True)

        self.cases_model = homemodel.CasesModel(self)
        self.requests_model = homemodel.RequestsModel(self)
        self.activity_model = homemodel.ActivityModel(self)
        self.cases = _Section(
            self.tr("Open cases"), self.tr("each with its most urgent legal clock, most urgent first"),
            self.tr("No open case. Cases you create (Case › New case, Ctrl+N) or import appear here "
                    "with their most urgent deadline."),
            self.cases_model, page, main=homemodel.OBLIGATION)
        self.requests = _Section(
            self.tr("Requests awaiting an answer"),
            self.tr("late, or due within the due-soon threshold; a partial answer does not stop the count"),
            self.tr("No late request. Questionnaires, requests for documents and formal notices whose answer "
                    "is late or due soon appear here."),
            self.requests_model, page, main=homemodel.R_REQUEST)
        self.activity = _Section(
            self.tr("Recent activity"), self.tr("the latest changes in every case, from the audit log"),
            self.tr("No activity yet. Every change to a case, its parties, events or evidence appears here."),
            self.activity_model, page, main=homemodel.A_WHAT)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(16, 12, 16, 16)
        layout.setSpacing(18)
        layout.addLayout(counters)
        layout.addWidget(self.cases)
        layout.addWidget(self.requests)
        layout.addWidget(self.activity)
        layout.addStretch(1)

        dashboard.read.connect(self._on_reading)
        self.filters.idClicked.connect(self._filter_clicked)
        self.cases.table.activated.connect(self._case_activated)
        self.requests.table.activated.connect(self._request_activated)
        self.activity.table.activated.connect(self._activity_activated)
        self._show_counters()

    # --- reading --------------------------------------------------------------------------------

    def _on_reading(self, reading: dashboardmodel.Reading) -> None:
        """The clocks were read: read the requests and activity for the same instant, then show all."""
        self._reading = reading
        self._generation += 1
        now, due_soon = reading.now, self._preferences.due_soon
        self._tasks.run_db(
            lambda s: (home.pending_requests(s, now=now, due_soon=due_soon), home.recent_activity(s)),
            parent=self,
            success=self._arrived(self._generation),
        )

    def _arrived(self, generation: int) -> Callable[[tuple[list[home.PendingRequest], list[home.Activity]]], None]:
        def done(found: tuple[list[home.PendingRequest], list[home.Activity]]) -> None:
            if generation != self._generation:
                return
            self._requests, self._activity = found
            self._show()
        return done

    # --- showing --------------------------------------------------------------------------------

    def _open_clocks(self) -> list[deadlines.Clock]:
        reading = self._reading
        return [] if reading is None else [c for c in reading.clocks if c.case_id not in reading.closed]

    def counts(self) -> dict[str, int]:
        """What the counters say: open cases, overdue clocks, clocks due soon, late requests."""
        reading = self._reading
        clocks = self._open_clocks()
        return {
            ALL: 0 if reading is None else sum(1 for i in reading.references if i not in reading.closed),
            OVERDUE: sum(1 for c in clocks if c.state is ClockState.OVERDUE),
            DUE_SOON: sum(1 for c in clocks if c.state is ClockState.DUE_SOON),
            LATE: sum(1 for r in self._requests if r.overdue),
        }

    def _show_counters(self) -> None:
        counts = self.counts()
        words = {
            ALL: self.tr("open case(s)", "", counts[ALL]),
            OVERDUE: self.tr("clock(s) overdue", "", counts[OVERDUE]),
            DUE_SOON: self.tr("clock(s) due soon", "", counts[DUE_SOON]),
            LATE: self.tr("late request(s)", "", counts[LATE]),
        }
        for name, button in self.counters.items():
            button.setText(f"{counts[name]}\n{words[name]}")
            alert = "" if name == ALL or not counts[name] else "due_soon" if name == DUE_SOON else "overdue"
            button.setProperty("alert", alert)
            button.style().unpolish(button)
            button.style().polish(button)
            font = button.font()
            font.setBold(True)
            button.setFont(font)

    def _show(self) -> None:
        reading = self._reading
        now = reading.now if reading is not None else None
        self._show_counters()
        if reading is None or now is None:
            return
        flt = self._filter
        clocks = self._open_clocks()
        references = {i: r for i, r in reading.references.items() if i not in reading.closed}
        every = {OVERDUE: frozenset({ClockState.OVERDUE}), DUE_SOON: frozenset({ClockState.DUE_SOON})}
        self.cases_model.show(
            homemodel.case_lines(references, reading.titles, clocks, every=every.get(flt, frozenset())), now)
        requests = self._requests
        if flt in (OVERDUE, LATE):
            requests = [r for r in requests if r.overdue]
        elif flt == DUE_SOON:
            requests = [r for r in requests if not r.overdue]
        self.requests_model.show(requests, now)
        self.activity_model.show(self._activity, now)
        self.cases.setVisible(flt != LATE)
        self.activity.setVisible(flt == ALL)
        titles = {
            ALL: self.tr("Open cases"), OVERDUE: self.tr("Overdue clocks"), DUE_SOON: self.tr("Clocks due soon"),
        }
        self.cases.title.setText(titles.get(flt, titles[ALL]))
        self.cases.hint.setText(
            self.tr("each with its most urgent legal clock, most urgent first") if flt == ALL
            else self.tr("every clock in this state, across the open cases"))
        self.cases.empty.setText(
            self.tr("No open case. Cases you create (Case › New case, Ctrl+N) or import appear here "
                    "with their most urgent deadline.") if flt == ALL
            else self.tr("No overdue clock.") if flt == OVERDUE else self.tr("No clock due soon."))
        self.cases.fit_columns({homemodel.CASE: 190, homemodel.STATE: 150, homemodel.COUNTDOWN: 220,
                                homemodel.DUE: 260})
        self.requests.fit_columns({homemodel.R_STATE: 200, homemodel.R_LATE: 200, homemodel.R_CASE: 190,
                                   homemodel.R_RECIPIENT: 200, homemodel.R_DUE: 260})
        self.activity.fit_columns({homemodel.A_WHEN: 160, homemodel.A_WHO: 140, homemodel.A_CASE: 190})

    def set_filter(self, name: str) -> None:
        """Show the page as one counter filters it (``ALL``, ``OVERDUE``, ``DUE_SOON``, ``LATE``)."""
        self._filter = name
        self.counters[name].setChecked(True)
        self._show()

    @property
    def current_filter(self) -> str:
        return self._filter

    def _filter_clicked(self, number: int) -> None:
        self.set_filter(FILTERS[number])

    # --- opening --------------------------------------------------------------------------------

    def _case_activated(self, index: QModelIndex) -> None:
        line = self.cases_model.row_at(index.row()) if index.isValid() else None
        if line is None:
            return
        # The case cell opens the case; the clock's cells open the case on that clock.
        if line.clock is None or index.column() == homemodel.CASE:
            self.case_requested.emit(line.case_id)
        else:
            self.clock_activated.emit(line.clock)

    def _request_activated(self, index: QModelIndex) -> None:
        request = self.requests_model.row_at(index.row()) if index.isValid() else None
        if request is not None:
            self.correspondence_requested.emit(request.case_id, request.id)

    def _activity_activated(self, index: QModelIndex) -> None:
        activity = self.activity_model.row_at(index.row()) if index.isValid() else None
        if activity is not None and activity.case_id is not None:
            self.case_requested.emit(activity.case_id)

    def event(self, event: QEvent) -> bool:
        # Posted to every widget when theme.ThemeWatcher switches the application palette.
        page = getattr(self, "_page", None)  # events come during __init__ too
        if event.type() == QEvent.Type.ApplicationPaletteChange and page is not None:
            page.setStyleSheet(style_sheet())
        return super().event(event)
