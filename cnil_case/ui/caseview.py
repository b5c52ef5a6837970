"""The right pane for an open case: Overview, Parties, Affected, Risk, Obligations, Timeline, Evidence,
Correspondence, Findings, Documents and History tabs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QWidget

from cnil_case.core import cases, deadlines, errors, snapshots, times, vault
from cnil_case.ui import (
    affectedview,
    correspondenceview,
    evidenceview,
    findingsview,
    historyview,
    messages,
    obligationsview,
    overviewform,
    partiesview,
    riskview,
    timelinegraph,
    timelineview,
)
from cnil_case.ui import preferences as preferences_module
from cnil_case.ui import tasks as tasks_module

if TYPE_CHECKING:
    from cnil_case.ui import documentsview


class CaseView(QTabWidget):
    """Loads a case and keeps its tabs in step with each other.

    Signals:
        case_loaded(object): the ``CaseDetail`` now shown (or None once closed).
        case_changed(): the case, its parties or its events changed (counts, title…).
        switch_refused(object): the user kept unsaved edits; carries the id of the case kept open.
        clocks_changed(): deadlines may have moved (a party, an obligation or the case changed).
    """

    case_loaded = Signal(object)
    case_changed = Signal()
    switch_refused = Signal(object)
    clocks_changed = Signal()

    def __init__(self, *, tasks: tasks_module.Tasks, preferences: preferences_module.Preferences,
                 vault: vault.Vault | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._case: snapshots.CaseDetail | None = None
        # A clock to show once its case is open (the dashboard or a notification asked for it).
        self._pending: tuple[int, deadlines.ObligationKey] | None = None
        self.overview = overviewform.OverviewForm(tasks=tasks, parent=self)
        self.parties = partiesview.PartiesView(tasks=tasks, parent=self)
        self.affected = affectedview.AffectedView(tasks=tasks, parent=self)
        self.risk = riskview.RiskView(tasks=tasks, parent=self)
        self.obligations = obligationsview.ObligationsView(tasks=tasks, preferences=preferences, parent=self)
        self.timeline = timelineview.TimelineView(tasks=tasks, parent=self)
        self.chronology = timelinegraph.TimelineGraph(tasks=tasks, parent=self)
        self.evidence = evidenceview.EvidenceView(tasks=tasks, vault=vault, parent=self)
        self.correspondence = correspondenceview.CorrespondenceView(tasks=tasks, parent=self)
        self.findings = findingsview.FindingsView(tasks=tasks, parent=self)
        # The Documents tab brings reportlab and the report modules: built when first shown.
        self._documents: documentsview.DocumentsView | None = None
        self._documents_slot = QWidget(self)
        self.history = historyview.HistoryView(tasks=tasks, parent=self)
        self.addTab(self.overview, self.tr("&Overview"))
        self.addTab(self.parties, self.tr("&Parties"))
        self.addTab(self.affected, self.tr("&Affected"))
        self.addTab(self.risk, self.tr("&Risk"))
        self.addTab(self.obligations, self.tr("O&bligations"))
        self.addTab(self.timeline, self.tr("&Timeline"))
        self.addTab(self.chronology, self.tr("C&hronology"))
        self.addTab(self.evidence, self.tr("E&vidence"))
        self.addTab(self.correspondence, self.tr("Corr&espondence"))
        self.addTab(self.findings, self.tr("Fi&ndings"))
        self.addTab(self._documents_slot, self.tr("&Documents"))
        self.addTab(self.history, self.tr("&History"))
        self.setDocumentMode(True)

        self.overview.saved.connect(self.show_detail)
        self.parties.changed.connect(self._parties_changed)
        self.parties.model.loaded.connect(self._share_parties)
        self.obligations.changed.connect(self._obligations_changed)
        self.timeline.changed.connect(self._content_changed)
        self.affected.changed.connect(self._content_changed)
        self.affected.changed.connect(self.risk.case_file_changed)
        self.risk.recorded.connect(self._assessment_recorded)
        self.evidence.changed.connect(self._evidence_changed)
        self.evidence.show_event.connect(self.show_event)
        self.chronology.event_activated.connect(self.show_event)
        self.timeline.show_evidence.connect(self.show_evidence)
        self.correspondence.changed.connect(self._timeline_fed)
        self.findings.changed.connect(self._timeline_fed)
        self.currentChanged.connect(self._tab_shown)

    @property
    def case(self) -> snapshots.CaseDetail | None:
        return self._case

    @property
    def documents(self) -> documentsview.DocumentsView:
        """The Documents tab, built on first use."""
        if self._documents is None:
            from cnil_case.ui import documentsview  # lazy: reportlab is slow to import

            view = documentsview.DocumentsView(tasks=self._tasks, parent=self)
            self._documents = view
            view.exported.connect(self.history.model.reload)
            index = self.indexOf(self._documents_slot)
            shown = self.currentIndex() == index
            self.insertTab(index, view, self.tabText(index))
            self.removeTab(index + 1)
            if shown:
                self.setCurrentIndex(index)
            self._documents_slot.deleteLater()
            view.open_case(self._case)
        return self._documents

    def _tab_shown(self) -> None:
        if self._documents is None and self.currentWidget() is self._documents_slot:
            self.documents.show()  # builds it; it reads the case now that it is on screen

    def open_case(self, case_id: int | None) -> None:
        """Load and show a case; None closes the case view.

        Unsaved edits of the overview are not dropped silently: the user is asked first.
        """
        current = self._case
        if (current is not None and case_id != current.id and self.overview.is_dirty()
                and not messages.confirm(self, self.tr("Unsaved changes"),
                                         self.tr("The overview of {reference} has unsaved changes. "
                                                 "Discard them?").format(reference=current.reference))):
            self._pending = None
            self.switch_refused.emit(current.id)
            return
        if case_id is None:
            self._show(None)
            return
        self._tasks.run_db(lambda s: cases.get(s, case_id), parent=self, success=self._show,
                           failure=self._not_loaded)

    def discard_edits(self) -> None:
        """Forget unsaved edits of the overview (its case was deleted)."""
        self.overview.revert()

    def _not_loaded(self, exc: errors.UserError) -> None:
        messages.show_error(self, exc)
        self._show(None)

    def show_clock(self, case_id: int, key: deadlines.ObligationKey) -> None:
        """Show the Obligations tab with this clock selected, once ``case_id`` is open.

        The caller opens the case (through the case list, which keeps its selection in step).
        """
        if self._case is not None and self._case.id == case_id:
            self.setCurrentWidget(self.obligations)
            self.obligations.select_clock(key)
            return
        self._pending = (case_id, key)

    def _show(self, case: snapshots.CaseDetail | None) -> None:
        self._case = case
        pending, self._pending = self._pending, None
        self.overview.open_case(case)
        self.parties.open_case(case)
        self.affected.open_case(case)
        self.risk.open_case(case)
        self.obligations.open_case(case)
        if case is not None and pending is not None and pending[0] == case.id:
            self.setCurrentWidget(self.obligations)
            self.obligations.select_clock(pending[1])
        self.timeline.open_case(case)
        self.chronology.open_case(case)
        self.evidence.open_case(case)
        self.correspondence.open_case(case)
        self.findings.open_case(case)
        if self._documents is not None:
            self._documents.open_case(case)
        if case is None:
            self.history.model.clear()
        else:
            self.history.model.load(case.id, case.display_zone)
        self.case_loaded.emit(case)

    def show_detail(self, case: snapshots.CaseDetail) -> None:
        """The open case was saved, closed or reopened: refresh what depends on its fields."""
        if self._case is None or case.id != self._case.id:
            return
        zone_changed = case.display_zone != self._case.display_zone
        self._case = case
        if self.overview.case is not case:
            self.overview.open_case(case)
        if zone_changed:
            self.parties.update_case(case)
            self.timeline.update_case(case)
            self.evidence.update_case(case)
            self.correspondence.update_case(case)
            self.risk.update_case(case)
            self.history.model.set_zone(case.display_zone)
        # The zone words the deadlines; closing the case takes its clocks off the dashboard.
        self.obligations.update_case(case)
        self.chronology.update_case(case)
        if self._documents is not None:
            self._documents.update_case(case)
        self.risk.case_file_changed()
        self.history.model.reload()
        self.case_loaded.emit(case)
        self.case_changed.emit()
        self.clocks_changed.emit()

    def _parties_changed(self) -> None:
        # Actor names on the timeline come from the parties; awareness times start the clocks.
        self.timeline.reload()
        self.obligations.refresh()
        self.correspondence.reload()
        self._content_changed()
        self.clocks_changed.emit()

    def _assessment_recorded(self, _row: object) -> None:
        # The decision switches the Art. 33 / 34 duties on, or to "not required".
        self.obligations.refresh()
        self._obligations_changed()

    def _obligations_changed(self) -> None:
        # Notifications and decisions recorded on the clocks are printed in the documents.
        self.chronology.refresh()
        if self._documents is not None:
            self._documents.case_changed()
        self.history.model.reload()
        self.clocks_changed.emit()

    def _content_changed(self) -> None:
        self.chronology.refresh()
        if self._documents is not None:
            self._documents.case_changed()
        self.history.model.reload()
        self.case_changed.emit()

    def _share_parties(self) -> None:
        self.timeline.set_parties(self.parties.model.rows())
        self.evidence.set_parties(self.parties.model.rows())
        self.correspondence.set_parties(self.parties.model.rows())
        self.findings.set_parties(self.parties.model.rows())

    def _timeline_fed(self) -> None:
        # Correspondence and findings may add timeline events; overdue requests show on the dashboard.
        self.timeline.reload()
        self._content_changed()
        self.clocks_changed.emit()

    def _evidence_changed(self) -> None:
        # Links change what the timeline shows under an event.
        self.timeline.refresh_evidence()
        self._content_changed()

    def refresh_timeline(self) -> None:
        """A bulk import or an undone import changed the timeline."""
        self._timeline_fed()

    def show_event(self, event_id: int) -> None:
        """Show the Timeline tab with this event selected."""
        self.setCurrentWidget(self.timeline)
        self.timeline.show_event(event_id)

    def show_evidence(self, evidence_id: int) -> None:
        """Show the Evidence tab with this item selected."""
        self.setCurrentWidget(self.evidence)
        self.evidence.select_item(evidence_id)

    def zone(self) -> str:
        return self._case.display_zone if self._case else times.DEFAULT_ZONE
