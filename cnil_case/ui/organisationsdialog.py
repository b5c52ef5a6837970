"""The workspace's organisations: list, add, edit, delete (Case › Organisations…)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cnil_case.core import parties, snapshots
from cnil_case.ui import messages, organisationdialog, organisationsmodel, tableviews
from cnil_case.ui import tasks as tasks_module


class OrganisationsDialog(QDialog):
    """Manages the organisations shared by every case of the workspace."""

    def __init__(self, parent: QWidget | None, *, tasks: tasks_module.Tasks) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Organisations"))
        self._tasks = tasks
        self.changed = False
        self._select_id: int | None = None
        self.model = organisationsmodel.OrganisationsModel(tasks=tasks, parent=self)
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Organisations"))
        self.table.setModel(self.model)
        tableviews.configure(self.table, stretch=organisationsmodel.CONTACT)
        tableviews.set_widths(self.table, {organisationsmodel.NAME: "Malakoff Humanis Prévoyance",
                                           organisationsmodel.SIREN: "732829320",
                                           organisationsmodel.SIRET: "73282932000074",
                                           organisationsmodel.COUNTRY: "FR",
                                           organisationsmodel.DPO: "Jeanne Martin <dpo@example.fr>"})
        self.add_button = QPushButton(self.tr("&Add…"), self)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.delete_button = QPushButton(self.tr("&Delete…"), self)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        layout.addWidget(close)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.delete_button.clicked.connect(self.delete)
        self.table.doubleClicked.connect(self._on_double_click)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.model.loaded.connect(self._restore_selection)
        close.rejected.connect(self.reject)
        self.resize(980, 420)
        self.model.load()

    def current(self) -> snapshots.OrganisationRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def add(self) -> None:
        saved = organisationdialog.OrganisationDialog.ask(self, tasks=self._tasks)
        if saved is not None:
            self._reload(saved.id)

    def edit(self) -> None:
        row = self.current()
        if row is None:
            return
        saved = organisationdialog.OrganisationDialog.ask(self, tasks=self._tasks, organisation=row)
        if saved is not None:
            self._reload(saved.id)

    def delete(self) -> None:
        row = self.current()
        if row is None or not messages.confirm(
            self, self.tr("Delete organisation"),
            self.tr("Delete the organisation {name}? An organisation that is a party to a case cannot be "
                    "deleted.").format(name=row.name),
        ):
            return
        organisation_id = row.id
        self._tasks.run_db(lambda s: parties.delete_organisation(s, organisation_id), parent=self,
                           success=lambda _: self._reload(None))

    def _reload(self, select_id: int | None) -> None:
        self.changed = True
        self._select_id = select_id
        self.model.load()

    def _restore_selection(self) -> None:
        row = -1 if self._select_id is None else self.model.row_of(self._select_id)
        if row >= 0:
            self.table.selectRow(row)

    def _on_double_click(self, index: QModelIndex) -> None:
        if index.isValid():
            self.edit()

    def _update_buttons(self) -> None:
        selected = bool(self.table.selectionModel().selectedRows())
        self.edit_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)

    @classmethod
    def ask(cls, parent: QWidget | None, *, tasks: tasks_module.Tasks) -> bool:
        """Show the list; return whether an organisation was changed (parties show their names)."""
        dialog = cls(parent, tasks=tasks)
        dialog.exec()
        changed = dialog.changed
        dialog.deleteLater()
        return changed
