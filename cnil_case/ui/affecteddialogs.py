"""Add or edit a line of the Affected tab: a category of data with its records, or a category of
persons with its count and countries of residence."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QPlainTextEdit, QWidget

from cnil_case.core import affected, errors, snapshots, taxonomy
from cnil_case.core.phrases import Phrase
from cnil_case.ui import affectedmodel, formdialog, labels, language
from cnil_case.ui import tasks as tasks_module

# What people type between thousands: spaces (also the French narrow ones), commas, apostrophes.
_SEPARATORS = re.compile(r"[\s,'’_\u00a0\u202f]")


# The fields whose numbers parse_count reads: English names (a form finds its widget by them) that
# the error message writes in the interface's language.
RECORDS = Phrase("affecteddialogs", "Records")
COUNT = Phrase("affecteddialogs", "Count")
UPPER_BOUND = Phrase("affecteddialogs", "Upper bound")


def parse_count(text: str, field: str) -> int | None:
    """A whole number typed with or without thousands separators; empty is None.

    Raises:
        ValidationError: naming ``field`` (a ``Phrase`` for a translated message), when the text is
            not a whole number.
    """
    cleaned = _SEPARATORS.sub("", text)
    if not cleaned:
        return None
    if not cleaned.isdigit():
        raise errors.ValidationError(field, Phrase("affecteddialogs", "{text} is not a whole number (e.g. 33,000,000)",
                                                   text=repr(text.strip())))
    return int(cleaned)


def _notes(parent: QWidget) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(parent.fontMetrics().lineSpacing() * 4 + 12)
    return edit


class DataDialog(formdialog.FormDialog):
    """A category of personal data concerned and its approximate number of records."""

    def __init__(self, parent: QWidget | None, *, tasks: tasks_module.Tasks, case_id: int,
                 row: snapshots.AffectedDataRow | None = None) -> None:
        super().__init__(parent, tasks=tasks, title=self.tr("Data concerned") if row else self.tr("Add data concerned"))
        self._case_id = case_id
        self._row = row
        self.category = QComboBox(self)
        for index, category in enumerate(taxonomy.data_categories()):
            flags = affectedmodel.data_flags(category)
            text = taxonomy.label(category, language.current()) + (f" ({', '.join(flags)})" if flags else "")
            self.category.addItem(text, category.code)
            self.category.setItemData(index, taxonomy.description(category, language.current()),
                                      Qt.ItemDataRole.ToolTipRole)
        self.records = QLineEdit(self)
        self.records.setPlaceholderText(self.tr("approximate number, e.g. 33,000,000 (empty: unknown)"))
        self.notes = _notes(self)
        form = QFormLayout(self.body)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Category:"), self.category)
        form.addRow(self.tr("&Records:"), self.records)
        form.addRow(self.tr("&Notes:"), self.notes)
        self.register_field("Category", self.category)
        self.register_field("Records", self.records)
        if row is not None:
            self.category.setCurrentIndex(max(self.category.findData(row.category), 0))
            self.records.setText(affectedmodel.number(row.records) if row.records is not None else "")
            self.notes.setPlainText(row.notes)
        self.fit_to_width(560)

    def build_op(self) -> tasks_module.Op[snapshots.AffectedDataRow]:
        data = snapshots.AffectedDataInput(category=str(self.category.currentData()),
                                           records=parse_count(self.records.text(), RECORDS),
                                           notes=self.notes.toPlainText())
        if self._row is None:
            case_id = self._case_id
            return lambda s: affected.add_data(s, case_id, data)
        row_id = self._row.id
        return lambda s: affected.update_data(s, row_id, data)

    @classmethod
    def ask(cls, parent: QWidget | None, *, tasks: tasks_module.Tasks, case_id: int,
            row: snapshots.AffectedDataRow | None = None) -> snapshots.AffectedDataRow | None:
        """Show the form; return the saved line, or None if cancelled."""
        saved: snapshots.AffectedDataRow | None = cls.run(cls(parent, tasks=tasks, case_id=case_id, row=row))
        return saved


class PersonsDialog(formdialog.FormDialog):
    """A category of data subjects concerned: how many (exact, estimate, range) and where they live."""

    def __init__(self, parent: QWidget | None, *, tasks: tasks_module.Tasks, case_id: int,
                 row: snapshots.AffectedPersonsRow | None = None) -> None:
        super().__init__(parent, tasks=tasks,
                         title=self.tr("Persons concerned") if row else self.tr("Add persons concerned"))
        self._case_id = case_id
        self._row = row
        self.category = QComboBox(self)
        for index, category in enumerate(taxonomy.person_categories()):
            flags = affectedmodel.person_flags(category)
            text = taxonomy.label(category, language.current()) + (f" ({', '.join(flags)})" if flags else "")
            self.category.addItem(text, category.code)
            self.category.setItemData(index, taxonomy.description(category, language.current()), Qt.ItemDataRole.ToolTipRole)
        self.count_kind = QComboBox(self)
        for code in ("estimate", "exact", "range", "unknown"):
            self.count_kind.addItem(labels.name(labels.COUNT_KINDS, code), code)
        self.count_low = QLineEdit(self)
        self.count_high = QLineEdit(self)
        self.count_high.setPlaceholderText(self.tr("upper bound of a range"))
        self.countries = QLineEdit(self)
        self.countries.setPlaceholderText(self.tr("ISO codes, comma-separated, e.g. FR, BE"))
        self.notes = _notes(self)
        form = QFormLayout(self.body)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Category:"), self.category)
        form.addRow(self.tr("Count &kind:"), self.count_kind)
        form.addRow(self.tr("C&ount:"), self.count_low)
        form.addRow(self.tr("&Upper bound:"), self.count_high)
        form.addRow(self.tr("Co&untries:"), self.countries)
        form.addRow(self.tr("&Notes:"), self.notes)
        for name, widget in (("Category", self.category), ("Count", self.count_low),
                             ("Upper bound", self.count_high), ("Countries", self.countries)):
            self.register_field(name, widget)
        if row is None:
            self.countries.setText("FR")
        else:
            self.category.setCurrentIndex(max(self.category.findData(row.category), 0))
            self.count_kind.setCurrentIndex(max(self.count_kind.findData(row.count_kind), 0))
            self.count_low.setText(affectedmodel.number(row.count_low) if row.count_low is not None else "")
            self.count_high.setText(affectedmodel.number(row.count_high) if row.count_high is not None else "")
            self.countries.setText(", ".join(row.countries))
            self.notes.setPlainText(row.notes)
        self.count_kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.fit_to_width(560)

    def _kind_changed(self) -> None:
        kind = self.count_kind.currentData()
        self.count_low.setEnabled(kind != "unknown")
        self.count_high.setEnabled(kind == "range")
        self.count_low.setPlaceholderText(self.tr("lower bound") if kind == "range" else self.tr("e.g. 33,000,000"))

    def build_op(self) -> tasks_module.Op[snapshots.AffectedPersonsRow]:
        kind = str(self.count_kind.currentData())
        # Numbers typed before switching kind are dropped where that kind holds none.
        low = None if kind == "unknown" else parse_count(self.count_low.text(), COUNT)
        high = parse_count(self.count_high.text(), UPPER_BOUND) if kind == "range" else None
        data = snapshots.AffectedPersonsInput(
            category=str(self.category.currentData()), count_kind=kind, count_low=low, count_high=high,
            countries=tuple(self.countries.text().split(",")), notes=self.notes.toPlainText())
        if self._row is None:
            case_id = self._case_id
            return lambda s: affected.add_persons(s, case_id, data)
        row_id = self._row.id
        return lambda s: affected.update_persons(s, row_id, data)

    @classmethod
    def ask(cls, parent: QWidget | None, *, tasks: tasks_module.Tasks, case_id: int,
            row: snapshots.AffectedPersonsRow | None = None) -> snapshots.AffectedPersonsRow | None:
        """Show the form; return the saved line, or None if cancelled."""
        saved: snapshots.AffectedPersonsRow | None = cls.run(cls(parent, tasks=tasks, case_id=case_id, row=row))
        return saved
