"""The Parties tab: who is involved in the case, in which role, and since when they know."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTableView, QVBoxLayout, QWidget

from cnil_case.core import parties, snapshots
from cnil_case.ui import messages, partiesmodel, partydialog, tableviews, undo
from cnil_case.ui import tasks as tasks_module


class PartiesView(QWidget):
    """Lists the open case's parties; add, edit and remove them.

    Signals:
        changed(): a party was added, edited or removed.
    """

    changed = Signal()

    def __init__(self, *, tasks: tasks_module.Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._case: snapshots.CaseDetail | None = None
        self.model = partiesmodel.PartiesModel(tasks=tasks, parent=self)
        # The view's own stack until the window hands its own over (``set_history``).
        self.history = undo.History(tasks=tasks, parent=self)
        self.history.changed.connect(self._after_undoable)
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Parties"))
        self.table.setModel(self.model)
        tableviews.configure(self.table, stretch=partiesmodel.NOTE)
        tableviews.set_widths(self.table, {partiesmodel.ORGANISATION: "Malakoff Humanis Prévoyance",
                                           partiesmodel.ROLE: "Supervisory authority",
                                           partiesmodel.AWARE: "2024-02-01 10:00 (UTC+01:00)",
                                           partiesmodel.REGIMES: "GDPR, NIS2"})
        self.add_button = QPushButton(self.tr("&Add party…"), self)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.remove_button = QPushButton(self.tr("&Remove…"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table)

        self.add_button.clicked.connect(self.add_party)
        self.edit_button.clicked.connect(self.edit_party)
        self.remove_button.clicked.connect(self.remove_party)
        self.table.doubleClicked.connect(self._on_double_click)
        tableviews.on_delete_key(self.table, self.remove_party)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.model.loaded.connect(self._fit_columns)
        self._update_buttons()

    def set_history(self, history: undo.History) -> None:
        """Use the window's undo stack (one per window) instead of the view's own."""
        self.history.changed.disconnect(self._after_undoable)
        self.history = history
        history.changed.connect(self._after_undoable)

    def open_case(self, case: snapshots.CaseDetail | None) -> None:
        self._case = case
        self.history.open_case(None if case is None else case.id)
        self.model.load(None if case is None else case.id, case.display_zone if case else "Europe/Paris")

    def update_case(self, case: snapshots.CaseDetail) -> None:
        """The case was edited: show awareness times in its (maybe new) zone."""
        self._case = case
        self.model.load(case.id, case.display_zone)

    def current_party(self) -> snapshots.PartyRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def add_party(self) -> None:
        self._edit(None)

    def edit_party(self) -> None:
        party = self.current_party()
        if party is not None:
            self._edit(party)

    def remove_party(self) -> None:
        party = self.current_party()
        if party is None:
            return
        if not messages.confirm(self, self.tr("Remove party"),
                                self.tr("Remove {name} ({role}) from this case? Events it is the actor of "
                                        "keep their text but no longer name it.").format(
                                    name=party.organisation_name, role=self.model.data(
                                        self.model.index(self.model.row_of(party.id), partiesmodel.ROLE)))):
            return
        self.history.do(undo.remove_party(party), parent=self)

    def _edit(self, party: snapshots.PartyRow | None) -> None:
        case = self._case
        if case is None:
            return
        # The organisation list is read first, then the dialog opens with it.
        self._tasks.run_db(
            parties.list_organisations,
            parent=self,
            success=lambda organisations: self._open_dialog(case, organisations, party),
        )

    def _open_dialog(self, case: snapshots.CaseDetail, organisations: list[snapshots.OrganisationRow],
                     party: snapshots.PartyRow | None) -> None:
        saved = partydialog.PartyDialog.ask(self, tasks=self._tasks, case_id=case.id, zone=case.display_zone,
                                            organisations=organisations, party=party, parties=self.model.rows())
        if saved is not None:
            self.history.record(undo.add_party(saved) if party is None else undo.edit_party(party, saved))
            self._changed(saved)
        elif party is not None:
            # Cancelled, perhaps after a conflict: show a colleague's change, so that editing the
            # party again starts from it (and its version).
            party_id, version = party.id, party.version
            self._tasks.run_db(lambda s: parties.get_party(s, party_id), parent=self,
                               success=lambda row: self._changed(row) if row.version != version else None)

    def _changed(self, _result: object) -> None:
        self.model.reload()
        self.changed.emit()

    def _after_undoable(self, kind: str, _result: object) -> None:
        if kind == undo.PARTY:
            self._changed(_result)

    def _on_double_click(self, index: QModelIndex) -> None:
        if index.isValid():
            self.edit_party()

    def _fit_columns(self) -> None:
        tableviews.fit_to_contents(self.table, {partiesmodel.ORGANISATION: 260, partiesmodel.ROLE: 200,
                                                partiesmodel.AWARE: 260, partiesmodel.REGIMES: 160})

    def _update_buttons(self) -> None:
        has_case = self._case is not None
        selected = bool(self.table.selectionModel().selectedRows())
        self.add_button.setEnabled(has_case)
        self.edit_button.setEnabled(selected)
        self.remove_button.setEnabled(selected)
