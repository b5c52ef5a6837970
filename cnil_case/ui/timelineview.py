"""The Timeline tab: a quick-add line and a filter bar over the lazily loaded table.

The quick-add line reads "<date> [time] <title>" as the DPO types it (``core.quickadd``), shows
what it understood, and adds the event on Enter; several lines pasted (there, or with Ctrl+V on
the table) are added after a preview. Every change goes through ``undo.History``.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cnil_case.core import errors, evidence, models, quickadd, snapshots, timeline
from cnil_case.ui import (
    eventdialog,
    labels,
    language,
    messages,
    pastepreview,
    tableviews,
    theme,
    timelinemodel,
    undo,
)
from cnil_case.ui import tasks as tasks_module

_TEXT_DELAY_MS = 250


class QuickAddEdit(QLineEdit):
    """A line edit that hands a paste of several lines over instead of flattening it.

    Signals:
        pasted_lines(str): the clipboard held more than one line.
    """

    pasted_lines = Signal(str)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Paste):
            text = QGuiApplication.clipboard().text()
            if len(text.strip().splitlines()) > 1:
                self.pasted_lines.emit(text)
                return
        super().keyPressEvent(event)


class TimelineView(QWidget):
    """Shows, filters and edits the events of the open case.

    Signals:
        changed(): an event was added, edited, starred or deleted.
        show_evidence(int): the user asked to see this evidence item.
    """

    changed = Signal()
    show_evidence = Signal(int)

    def __init__(self, *, tasks: tasks_module.Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._parties: list[snapshots.PartyRow] = []
        self._fit_pending = False
        # A new filter or order shows its first rows (a selected event is then scrolled to).
        self._to_top = False
        self.model = timelinemodel.TimelineModel(tasks=tasks, parent=self)
        # The view's own stack until the window hands its own over (``set_history``).
        self.history = undo.History(tasks=tasks, parent=self)
        self.history.changed.connect(self._after_undoable)

        self.quick = QuickAddEdit(self)
        self.quick.setObjectName("quickAdd")
        self.quick.setPlaceholderText(self.tr("e.g. 1 févr. 2024 14h Viamedis informe la CNIL, then Enter"))
        self.quick.setToolTip(self.tr(
            "A date, an optional time and what happened, in French or English: 2024-02-01 14:00, "
            "01/02/2024, 1 févr. 2024 14h30, Feb 1, 2024 2:30 pm, 2024-02-01T13:00Z. The time is read in "
            "the case's time zone unless it carries an offset. Paste several lines to add several events."))
        self.quick.setClearButtonEnabled(True)
        self.quick_hint = QLabel(self)
        self.quick_hint.setObjectName("quickAddHint")
        self.quick_hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.category = QComboBox(self)
        self.category.setAccessibleName(self.tr("Category filter"))
        self.category.addItem(self.tr("All categories"), "")
        for code in models.EventCategory.values():
            self.category.addItem(labels.name(labels.CATEGORIES, code), code)
        self.tag = QComboBox(self)
        self.tag.setAccessibleName(self.tr("Tag filter"))
        self.tag.setMinimumContentsLength(12)
        self.tag.addItem(self.tr("All tags"), "")
        self.starred_only = QCheckBox(self.tr("Starred only"), self)
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(self.tr("Find in title, details, source"))
        self.text.setClearButtonEnabled(True)
        self.count = QLabel(self)
        self._text_timer = QTimer(self)
        self._text_timer.setSingleShot(True)
        self._text_timer.setInterval(_TEXT_DELAY_MS)

        self.table = QTableView(self)
        self.table.setModel(self.model)
        tableviews.configure(self.table)
        tableviews.set_widths(self.table, {
            timelinemodel.STAR: "★", timelinemodel.TIME: "2024-10-27 02:30:00 (UTC+01:00)",
            timelinemodel.PRECISION: "minute", timelinemodel.CATEGORY: "Investigation",
            timelinemodel.ACTOR: "Malakoff H.", timelinemodel.TAGS: "uncertain",
            timelinemodel.SOURCE: "siecledigital",
        })
        self._fit_title = tableviews.main_column(self.table, timelinemodel.TITLE, minimum=200)
        header = self.table.horizontalHeader()
        # Fit columns to the rows on screen only: Qt's default also measures the next 1,000
        # rows, which would load five more pages after every sort or filter.
        header.setResizeContentsPrecision(0)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(timelinemodel.TIME, Qt.SortOrder.AscendingOrder)

        bar = QHBoxLayout()
        bar.addWidget(self.category)
        bar.addWidget(self.tag)
        bar.addWidget(self.starred_only)
        bar.addWidget(self.text, 1)
        bar.addWidget(self.count)
        layout = QVBoxLayout(self)
        self.evidence = QListWidget(self)
        self.evidence.setUniformItemSizes(True)
        self.evidence.setToolTip(self.tr("Evidence supporting the selected event; double-click to show it"))
        evidence_box = QWidget(self)
        evidence_layout = QVBoxLayout(evidence_box)
        evidence_layout.setContentsMargins(0, 0, 0, 0)
        self.evidence_label = QLabel(self.tr("Evidence of the selected event"), evidence_box)
        evidence_layout.addWidget(self.evidence_label)
        evidence_layout.addWidget(self.evidence)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(evidence_box)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        quick_row = QHBoxLayout()
        quick_label = QLabel(self.tr("&Quick add:"), self)
        quick_label.setBuddy(self.quick)
        quick_row.addWidget(quick_label)
        quick_row.addWidget(self.quick, 1)
        layout.addLayout(quick_row)
        layout.addWidget(self.quick_hint)
        layout.addLayout(bar)
        layout.addWidget(self.splitter)
        self._show_hint()
        self.paste_action = QAction(self.tr("Paste events"), self.table)
        self.paste_action.setShortcut(QKeySequence.StandardKey.Paste)
        self.paste_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.table.addAction(self.paste_action)

        self.category.activated.connect(self.apply_filter)
        self.tag.activated.connect(self.apply_filter)
        self.starred_only.toggled.connect(self.apply_filter)
        self.text.textChanged.connect(self._text_timer.start)
        self._text_timer.timeout.connect(self.apply_filter)
        self.model.loaded.connect(self._show_count)
        self.model.loaded.connect(self._show_top)
        self.model.loaded.connect(self._fit_columns)
        self.table.doubleClicked.connect(self._on_double_click)
        self.table.clicked.connect(self._on_click)
        header.sectionClicked.connect(self._on_header_click)
        self.table.selectionModel().selectionChanged.connect(self.refresh_evidence)
        self.model.modelReset.connect(self.refresh_evidence)
        self.evidence.itemDoubleClicked.connect(self._evidence_double_clicked)
        tableviews.on_delete_key(self.table, self.delete_event)
        self.quick.textChanged.connect(self._show_hint)
        self.quick.returnPressed.connect(self.quick_add)
        self.quick.pasted_lines.connect(self.paste_events)
        self.paste_action.triggered.connect(self.paste_clipboard)

    def set_history(self, history: undo.History) -> None:
        """Use the window's undo stack (one per window) instead of the view's own."""
        self.history.changed.disconnect(self._after_undoable)
        self.history = history
        history.changed.connect(self._after_undoable)

    # --- the open case ------------------------------------------------------------------------

    def open_case(self, case: snapshots.CaseDetail | None) -> None:
        """Show a case's timeline, unfiltered; None empties the view."""
        if (None if case is None else case.id) != self.model.case_id:
            # Steps on another case's events would change what the user does not see.
            self.history.clear()
        self._reset_filter_widgets()
        self.quick.setEnabled(case is not None)
        self.model.load(None if case is None else case.id, case.display_zone if case else "Europe/Paris")
        self._load_tags()

    def update_case(self, case: snapshots.CaseDetail) -> None:
        """The case was edited: its display zone may have changed."""
        self.model.set_zone(case.display_zone)
        self._show_hint()

    def set_parties(self, rows: Sequence[snapshots.PartyRow]) -> None:
        self._parties = list(rows)

    def reload(self) -> None:
        self.model.reload()
        self._load_tags()

    # --- filter -------------------------------------------------------------------------------

    def apply_filter(self) -> None:
        self._text_timer.stop()
        category = self.category.currentData()
        flt = snapshots.EventFilter(
            categories=frozenset({category}) if category else frozenset(),
            tag=str(self.tag.currentData() or ""),
            starred_only=self.starred_only.isChecked(),
            text=self.text.text(),
        )
        self._to_top = True
        self.model.set_filter(flt)

    def focus_find(self) -> None:
        self.text.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.text.selectAll()

    def _reset_filter_widgets(self) -> None:
        for widget in (self.category, self.tag, self.starred_only, self.text):
            widget.blockSignals(True)
        self.category.setCurrentIndex(0)
        self.tag.setCurrentIndex(0)
        self.starred_only.setChecked(False)
        self.text.clear()
        for widget in (self.category, self.tag, self.starred_only, self.text):
            widget.blockSignals(False)
        self._text_timer.stop()

    def _load_tags(self) -> None:
        case_id = self.model.case_id
        if case_id is None:
            self._set_tags([])
            return
        self._tasks.run_db(lambda s: timeline.tags_in_case(s, case_id), parent=self, success=self._set_tags)

    def _set_tags(self, tags: list[str]) -> None:
        current = self.tag.currentData()
        self.tag.blockSignals(True)
        self.tag.clear()
        self.tag.addItem(self.tr("All tags"), "")
        for tag in tags:
            self.tag.addItem(tag, tag)
        index = self.tag.findData(current) if current else 0
        self.tag.setCurrentIndex(max(index, 0))
        self.tag.blockSignals(False)
        if current and index < 0:
            # The tag filtered on has disappeared with its last event: show everything again.
            self.apply_filter()

    def _show_top(self) -> None:
        if self._to_top:
            self._to_top = False
            self.table.scrollToTop()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._fit_pending:
            # After the layout has given the table its size.
            QTimer.singleShot(0, self._fit_columns)

    def _fit_columns(self) -> None:
        # Qt sizes a column from every row between the first on screen and the last one when the
        # table is hidden or scrolled past its end (as after a filter): on a huge timeline that
        # would load every page. Fit when shown, from the top of the new rows.
        if not self.table.isVisible():
            self._fit_pending = True
            return
        self._fit_pending = False
        if self.model.rowCount() and self.table.rowAt(0) < 0:
            self.table.scrollToTop()
        tableviews.fit_to_contents(self.table, {
            timelinemodel.TIME: 320, timelinemodel.PRECISION: 90, timelinemodel.CATEGORY: 120,
            timelinemodel.ACTOR: 130, timelinemodel.TAGS: 110, timelinemodel.SOURCE: 140,
        })
        self._fit_title()

    def _show_count(self) -> None:
        self.count.setText(self.tr("Events: %n", "", self.model.rowCount()))

    # --- commands -----------------------------------------------------------------------------

    def current_event(self) -> snapshots.EventRow | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isSelected(index):
            return None
        return self.model.event_at(index.row())

    def select_event(self, event_id: int) -> None:
        """Select an event and scroll to it, once its row is known (it may not be loaded yet)."""
        self.model.locate(event_id, self._select_row)

    def _select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, timelinemodel.TITLE))

    def show_event(self, event_id: int) -> None:
        """Select this event, clearing a filter that hides it."""
        if self.model.case_id is None:
            return

        def found(row: int) -> None:
            if row >= 0 or self.model.event_filter == snapshots.EventFilter(
                    descending=self.model.event_filter.descending):
                self._select_row(row)
                return
            self._reset_filter_widgets()
            self._reselect_when_loaded(event_id)
            self.apply_filter()

        self.model.locate(event_id, found)

    def refresh_evidence(self) -> None:
        """List the evidence linked to the selected event."""
        event = self.current_event()
        if event is None:
            self.evidence.clear()
            return
        event_id = event.id
        self._tasks.run_db(lambda s: evidence.for_event(s, event_id), parent=self,
                           success=lambda rows: self._show_evidence(event_id, rows))

    def _show_evidence(self, event_id: int, rows: list[evidence.EvidenceRow]) -> None:
        current = self.current_event()
        if current is None or current.id != event_id:
            return
        self.evidence.clear()
        for row in rows:
            label = f"{row.exhibit}  {row.original_name}" if row.exhibit else row.original_name
            item = QListWidgetItem(label)
            item.setToolTip(row.sha256)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.evidence.addItem(item)

    def _evidence_double_clicked(self, item: QListWidgetItem) -> None:
        self.show_evidence.emit(int(item.data(Qt.ItemDataRole.UserRole)))

    def new_event(self) -> None:
        case_id = self.model.case_id
        if case_id is None:
            return
        saved = eventdialog.EventDialog.ask(self, tasks=self._tasks, case_id=case_id, zone=self.model.zone,
                                            parties=self._parties)
        if saved is not None:
            self.history.record(undo.AddEvents.done([saved]))
            self._after_change(saved.id)

    def edit_event(self) -> None:
        event = self.current_event()
        if event is None or self.model.case_id is None:
            return
        saved = eventdialog.EventDialog.ask(self, tasks=self._tasks, case_id=self.model.case_id,
                                            zone=self.model.zone, parties=self._parties, event=event)
        if saved is not None:
            self.history.record(undo.EditEvent(event, saved))
            self._after_change(saved.id)
            return
        # Cancelled, perhaps after a conflict: if a colleague changed the event, show their
        # version, so that editing it again starts from it (and its version).
        event_id, version = event.id, event.version
        self._tasks.run_db(lambda s: timeline.get_event(s, event_id), parent=self,
                           success=lambda row: self._after_change(event_id) if row.version != version else None)

    def delete_event(self) -> None:
        event = self.current_event()
        if event is None:
            return
        if not messages.confirm(self, self.tr("Delete event"),
                                self.tr("Delete the event “{title}”? The deletion is recorded in the "
                                        "case's history.").format(title=event.title)):
            return
        self.history.do(undo.DeleteEvent(event), parent=self)

    def toggle_star(self) -> None:
        event = self.current_event()
        if event is None:
            return
        self.history.do(undo.EditEvent(event, starred=not event.starred), parent=self)

    # --- quick add and paste ------------------------------------------------------------------

    def _parse_quick(self) -> quickadd.QuickEntry:
        return quickadd.parse(self.quick.text(), self.model.zone)

    def _show_hint(self) -> None:
        if not self.quick.text().strip():
            self.quick_hint.setStyleSheet("color: palette(placeholder-text);")
            self.quick_hint.setText(self.tr("Times are read in {zone} unless they carry an offset; "
                                            "Ctrl+V on the table adds several lines after a preview.")
                                    .format(zone=self.model.zone))
            return
        try:
            entry = self._parse_quick()
        except quickadd.QuickAddError as exc:
            self.quick_hint.setStyleSheet(f"color: {theme.state_color('error').name()};")
            self.quick_hint.setText(pastepreview.describe_error(exc))
            return
        except errors.ValidationError as exc:
            self.quick_hint.setStyleSheet(f"color: {theme.state_color('error').name()};")
            self.quick_hint.setText(language.error_text(exc))
            return
        self.quick_hint.setStyleSheet("")
        self.quick_hint.setText(pastepreview.describe(entry))

    def quick_add(self) -> None:
        """Add the event the quick-add line describes (Enter)."""
        case_id = self.model.case_id
        if case_id is None or not self.quick.text().strip():
            return
        try:
            entry = self._parse_quick()
        except quickadd.QuickAddError as exc:
            self._show_hint()
            self.quick.setCursorPosition(max(exc.column - 1, 0))
            return
        except errors.ValidationError:
            return
        moment = self._moment(entry)
        if moment is None:
            return
        data = snapshots.EventInput(occurred=moment, title=entry.title)
        typed = self.quick.text()

        def done(_: int | None) -> None:
            if self.quick.text() == typed:
                self.quick.clear()
        self.history.do(undo.AddEvents(case_id, [data]), parent=self, done=done)

    def _moment(self, entry: quickadd.QuickEntry) -> snapshots.Moment | None:
        """The instant meant: asks which one when the local time happens twice (None: cancelled)."""
        if not entry.ambiguous:
            return entry.moment()
        fold = messages.ask_fold(self, entry.candidates)
        return None if fold is None else entry.moment(fold)

    def paste_clipboard(self) -> None:
        """Ctrl+V on the table: add the clipboard's lines as events, after a preview."""
        text = QGuiApplication.clipboard().text()
        if text.strip():
            self.paste_events(text)

    def paste_events(self, text: str) -> None:
        """Preview the lines of ``text`` as events and add the valid ones in one transaction."""
        case_id = self.model.case_id
        if case_id is None:
            return
        results = quickadd.parse_lines(text, self.model.zone)
        if not results:
            return
        chosen = pastepreview.PastePreview.ask(self, results=results)
        if not chosen:
            return
        inputs = []
        for entry in chosen:
            moment = self._moment(entry)
            if moment is None:
                return  # the user cancelled a question: add nothing rather than part of the paste
            inputs.append(snapshots.EventInput(occurred=moment, title=entry.title))
        self.history.do(undo.AddEvents(case_id, inputs), parent=self)

    def _after_undoable(self, kind: str, select_id: object) -> None:
        if kind == undo.EVENT:  # the window's History also carries the other tabs' steps
            self._after_change(select_id if isinstance(select_id, int) else None)

    def _after_change(self, select_id: int | None) -> None:
        if select_id is not None:
            self._reselect_when_loaded(select_id)
        self.reload()
        self.changed.emit()

    def _reselect_when_loaded(self, event_id: int) -> None:
        def reselect() -> None:
            self.model.loaded.disconnect(reselect)
            self.select_event(event_id)
        self.model.loaded.connect(reselect)

    def _on_double_click(self, index: QModelIndex) -> None:
        if index.isValid():
            self.edit_event()

    def _on_click(self, index: QModelIndex) -> None:
        if index.isValid() and index.column() == timelinemodel.STAR:
            self.toggle_star()

    def _on_header_click(self, section: int) -> None:
        header = self.table.horizontalHeader()
        if section not in timelinemodel.SORT_KEYS:
            # Tags, actor and source do not order a timeline: keep the indicator where it was.
            current = next(c for c, k in timelinemodel.SORT_KEYS.items() if k == self.model.sort_key)
            header.setSortIndicator(
                current,
                Qt.SortOrder.DescendingOrder if self.model.event_filter.descending else Qt.SortOrder.AscendingOrder,
            )
            return
        order = header.sortIndicatorOrder()
        descending = order == Qt.SortOrder.DescendingOrder
        if (timelinemodel.SORT_KEYS[section], descending) == (self.model.sort_key, self.model.event_filter.descending):
            return
        # The rows are read again in the new order: keep the selected event selected.
        event = self.current_event()
        if event is not None:
            self._reselect_when_loaded(event.id)
        self._to_top = True
        self.model.sort(section, order)
