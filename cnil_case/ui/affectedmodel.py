"""The data and the persons a case's breach reached: two small lists, with their counts shown as the
domain records them (approximate numbers, ranges, unknown)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from cnil_case.core import affected, errors, snapshots, taxonomy
from cnil_case.ui import labels, language, listmodel
from cnil_case.ui import tasks as tasks_module

D_CATEGORY, D_TYPE, D_BASE, D_FLAGS, D_RECORDS, D_NOTES = range(6)
P_CATEGORY, P_COUNT, P_COUNTRIES, P_FLAGS, P_NOTES = range(5)


def _tr(text: str) -> str:
    return QCoreApplication.translate("affectedmodel", text)


def number(value: int) -> str:
    """A count with thousands separators in the interface's language: 33,000,000 / 33 000 000."""
    return language.number(value)


def count_text(row: snapshots.AffectedPersonsRow | snapshots.AffectedPersonsInput) -> str:
    """"≈ 33,000,000", "exact 120", "1,000–5,000" or "unknown" (numbers written as ``number`` does)."""
    low, high = row.count_low, row.count_high
    if row.count_kind == "exact" and low is not None:
        return _tr("exact {n}").format(n=number(low))
    if row.count_kind == "estimate" and low is not None:
        return f"≈ {number(low)}"
    if row.count_kind == "range" and low is not None and high is not None:
        return f"{number(low)}–{number(high)}"
    return _tr("unknown")


def data_flags(category: taxonomy.DataCategory) -> list[str]:
    flags = []
    if category.special == "art9":
        flags.append(_tr("Art. 9"))
    if category.special == "art10":
        flags.append(_tr("Art. 10"))
    if category.national_id:
        flags.append(_tr("Art. 87 (NIR)"))
    return flags


def person_flags(category: taxonomy.PersonCategory) -> list[str]:
    flags = []
    if category.vulnerable:
        flags.append(_tr("vulnerable"))
    if category.minors:
        flags.append(_tr("minors"))
    return flags


def _data_category(code: str) -> taxonomy.DataCategory | None:
    try:
        return taxonomy.data_category(code)
    except errors.ValidationError:
        return None  # a code the taxonomy no longer lists: shown as stored


def _person_category(code: str) -> taxonomy.PersonCategory | None:
    try:
        return taxonomy.person_category(code)
    except errors.ValidationError:
        return None


class AffectedDataModel(listmodel.CaseRowsModel):
    """The categories of personal data concerned, with their ENISA type and base."""

    def headers(self) -> Sequence[str]:
        return [self.tr("Data category"), self.tr("ENISA type"), self.tr("Base"), self.tr("Special"),
                self.tr("Records (approx.)"), self.tr("Notes")]

    def fetch(self, case_id: int) -> tasks_module.Op[list[Any]]:
        return lambda s: affected.list_data(s, case_id)

    def cell(self, row: snapshots.AffectedDataRow, column: int, role: int) -> Any:
        category = _data_category(row.category)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == D_CATEGORY:
                return taxonomy.label(category, language.current()) if category else row.category
            if column == D_TYPE:
                return labels.name(labels.ENISA_TYPES, category.enisa_type) if category else ""
            if column == D_BASE:
                if category is None:
                    return ""
                return str(category.enisa_base) if category.enisa_base is not None else self.tr("as system opened")
            if column == D_FLAGS:
                return ", ".join(data_flags(category)) if category else ""
            if column == D_RECORDS:
                return number(row.records) if row.records is not None else self.tr("unknown")
            if column == D_NOTES:
                return row.notes.replace("\n", " ")
        elif role == Qt.ItemDataRole.ToolTipRole:
            if column == D_CATEGORY and category is not None:
                return taxonomy.description(category, language.current())
            if column == D_NOTES:
                return row.notes or None
        elif role == Qt.ItemDataRole.TextAlignmentRole and column in (D_BASE, D_RECORDS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class AffectedPersonsModel(listmodel.CaseRowsModel):
    """The categories of data subjects concerned, with their counts and countries of residence."""

    def headers(self) -> Sequence[str]:
        return [self.tr("Category of persons"), self.tr("Count"), self.tr("Countries"), self.tr("Special"),
                self.tr("Notes")]

    def fetch(self, case_id: int) -> tasks_module.Op[list[Any]]:
        return lambda s: affected.list_persons(s, case_id)

    def cell(self, row: snapshots.AffectedPersonsRow, column: int, role: int) -> Any:
        category = _person_category(row.category)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == P_CATEGORY:
                return taxonomy.label(category, language.current()) if category else row.category
            if column == P_COUNT:
                return count_text(row)
            if column == P_COUNTRIES:
                return ", ".join(row.countries)
            if column == P_FLAGS:
                return ", ".join(person_flags(category)) if category else ""
            if column == P_NOTES:
                return row.notes.replace("\n", " ")
        elif role == Qt.ItemDataRole.ToolTipRole:
            if column == P_CATEGORY and category is not None:
                return taxonomy.description(category, language.current())
            if column == P_NOTES:
                return row.notes or None
        elif role == Qt.ItemDataRole.TextAlignmentRole and column == P_COUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
