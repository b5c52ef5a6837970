"""What the breach reached: categories of personal data and of data subjects, with their volumes.

GDPR Art. 33(3)(a) asks for "the categories and approximate number of data subjects concerned
and the categories and approximate number of personal data records concerned"; counts may be
approximate (exact, an estimate, or a range). Countries of residence flag a cross-border breach.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cnil_case.core import audit, taxonomy
from cnil_case.core.errors import NotFoundError, ValidationError, case_not_found, not_one_of
from cnil_case.core.models import AffectedData, AffectedPersons, AuditAction, Case, CountKind
from cnil_case.core.phrases import Phrase
from cnil_case.core.snapshots import (
    AffectedDataInput,
    AffectedDataRow,
    AffectedPersonsInput,
    AffectedPersonsRow,
)

_COUNTRY = re.compile(r"^[A-Z]{2}$")
MAX_COUNT = 10**10  # more than the world's population: a typo


class _Grouped(int):
    """A count written with its thousands grouped, ``10,000,000,000`` in English (the window
    writes it for its language)."""

    def __str__(self) -> str:
        return f"{int(self):,}"

    def __format__(self, spec: str) -> str:
        return format(int(self), spec or ",")


_CATEGORY = Phrase("affected", "Category")
_COUNT = Phrase("affected", "Count")
_UPPER = Phrase("affected", "Upper bound")


def _check_case(session: Session, case_id: int) -> None:
    if session.get(Case, case_id) is None:
        raise NotFoundError(case_not_found(case_id))


def _check_count(value: int | None, field: str) -> None:
    if value is not None and not 0 <= value <= MAX_COUNT:
        raise ValidationError(field, Phrase("affected", "{value} must be between 0 and {max}", value=value,
                                            max=_Grouped(MAX_COUNT)))


# --- data categories --------------------------------------------------------------------------


def _validate_data(data: AffectedDataInput) -> AffectedDataInput:
    taxonomy.data_category(data.category)
    _check_count(data.records, "Records")
    return data


def _data_row(row: AffectedData) -> AffectedDataRow:
    return AffectedDataRow(id=row.id, case_id=row.case_id, category=row.category, records=row.records, notes=row.notes)


def _data_state(row: AffectedDataRow) -> dict[str, Any]:
    return {"category": row.category, "records": row.records, "notes": row.notes}


def _unique(session: Session, model: type[AffectedData] | type[AffectedPersons], case_id: int, category: str,
            exclude: int | None) -> None:
    query = select(model.id).where(model.case_id == case_id, model.category == category)
    if exclude is not None:
        query = query.where(model.id != exclude)
    if session.execute(query).first() is not None:
        raise ValidationError(_CATEGORY, Phrase("affected", "{category!r} is already listed for this case; edit that line instead",
                                                 category=category))


def add_data(session: Session, case_id: int, data: AffectedDataInput) -> AffectedDataRow:
    _check_case(session, case_id)
    data = _validate_data(data)
    _unique(session, AffectedData, case_id, data.category, None)
    row = AffectedData(case_id=case_id, category=data.category, records=data.records, notes=data.notes)
    session.add(row)
    session.flush()
    snapshot = _data_row(row)
    audit.record(session, action=AuditAction.CREATE, entity="affected_data", entity_id=row.id, case_id=case_id,
                 summary=f"Data concerned: {data.category} added", after=_data_state(snapshot))
    return snapshot


def update_data(session: Session, row_id: int, data: AffectedDataInput) -> AffectedDataRow:
    row = session.get(AffectedData, row_id)
    if row is None:
        raise NotFoundError(Phrase("affected", "Data category line #{id} does not exist.", id=str(row_id)))
    data = _validate_data(data)
    _unique(session, AffectedData, row.case_id, data.category, row_id)
    before = _data_state(_data_row(row))
    row.category, row.records, row.notes = data.category, data.records, data.notes
    session.flush()
    snapshot = _data_row(row)
    old, new = audit.changes(before, _data_state(snapshot))
    if new:
        audit.record(session, action=AuditAction.UPDATE, entity="affected_data", entity_id=row_id, case_id=row.case_id,
                     summary=f"Data concerned: {data.category} edited ({', '.join(new)})", before=old, after=new)
    return snapshot


def remove_data(session: Session, row_id: int) -> None:
    row = session.get(AffectedData, row_id)
    if row is None:
        raise NotFoundError(Phrase("affected", "Data category line #{id} does not exist.", id=str(row_id)))
    before = _data_state(_data_row(row))
    case_id = row.case_id
    session.delete(row)
    session.flush()
    audit.record(session, action=AuditAction.DELETE, entity="affected_data", entity_id=row_id, case_id=case_id,
                 summary=f"Data concerned: {before['category']} removed", before=before)


def list_data(session: Session, case_id: int) -> list[AffectedDataRow]:
    rows = session.scalars(select(AffectedData).where(AffectedData.case_id == case_id).order_by(AffectedData.id))
    return [_data_row(row) for row in rows]


# --- categories of persons --------------------------------------------------------------------


def _validate_persons(data: AffectedPersonsInput) -> AffectedPersonsInput:
    taxonomy.person_category(data.category)
    if data.count_kind not in CountKind.values():
        raise ValidationError(_COUNT, not_one_of(data.count_kind, CountKind.values()))
    _check_count(data.count_low, _COUNT)
    _check_count(data.count_high, _UPPER)
    kind = CountKind(data.count_kind)
    if kind is CountKind.UNKNOWN and (data.count_low is not None or data.count_high is not None):
        raise ValidationError(_COUNT, Phrase("affected", "an unknown count holds no number; choose exact, estimate or range"))
    if kind in (CountKind.EXACT, CountKind.ESTIMATE):
        if data.count_low is None:
            raise ValidationError(_COUNT, Phrase("affected", "an exact count needs a number") if kind is CountKind.EXACT
                                  else Phrase("affected", "an estimate count needs a number"))
        if data.count_high is not None:
            raise ValidationError(_UPPER, Phrase("affected", "only a range has an upper bound"))
    if kind is CountKind.RANGE:
        if data.count_low is None or data.count_high is None:
            raise ValidationError(_UPPER, Phrase("affected", "a range needs a lower and an upper bound"))
        if data.count_high < data.count_low:
            raise ValidationError(_UPPER, Phrase("affected", "{high} is below the lower bound {low}",
                                                   high=_Grouped(data.count_high), low=_Grouped(data.count_low)))
    countries = tuple(dict.fromkeys(c.strip().upper() for c in data.countries if c.strip()))
    for country in countries:
        if not _COUNTRY.match(country):
            raise ValidationError(Phrase("affected", "Countries"), Phrase(
                "affected", "{country!r} is not a two-letter ISO country code such as FR", country=country))
    return AffectedPersonsInput(**{**data.__dict__, "countries": countries})


def _persons_row(row: AffectedPersons) -> AffectedPersonsRow:
    return AffectedPersonsRow(
        id=row.id, case_id=row.case_id, category=row.category, count_kind=row.count_kind, count_low=row.count_low,
        count_high=row.count_high, countries=tuple(c for c in row.countries.split(",") if c), notes=row.notes,
    )


def _persons_state(row: AffectedPersonsRow) -> dict[str, Any]:
    return {
        "category": row.category, "count_kind": row.count_kind, "count_low": row.count_low,
        "count_high": row.count_high, "countries": list(row.countries), "notes": row.notes,
    }


def _apply_persons(row: AffectedPersons, data: AffectedPersonsInput) -> None:
    row.category, row.count_kind = data.category, data.count_kind
    row.count_low, row.count_high = data.count_low, data.count_high
    row.countries, row.notes = ",".join(data.countries), data.notes


def add_persons(session: Session, case_id: int, data: AffectedPersonsInput) -> AffectedPersonsRow:
    _check_case(session, case_id)
    data = _validate_persons(data)
    _unique(session, AffectedPersons, case_id, data.category, None)
    row = AffectedPersons(case_id=case_id)
    _apply_persons(row, data)
    session.add(row)
    session.flush()
    snapshot = _persons_row(row)
    audit.record(session, action=AuditAction.CREATE, entity="affected_persons", entity_id=row.id, case_id=case_id,
                 summary=f"Persons concerned: {data.category} added", after=_persons_state(snapshot))
    return snapshot


def update_persons(session: Session, row_id: int, data: AffectedPersonsInput) -> AffectedPersonsRow:
    row = session.get(AffectedPersons, row_id)
    if row is None:
        raise NotFoundError(Phrase("affected", "Persons line #{id} does not exist.", id=str(row_id)))
    data = _validate_persons(data)
    _unique(session, AffectedPersons, row.case_id, data.category, row_id)
    before = _persons_state(_persons_row(row))
    _apply_persons(row, data)
    session.flush()
    snapshot = _persons_row(row)
    old, new = audit.changes(before, _persons_state(snapshot))
    if new:
        audit.record(session, action=AuditAction.UPDATE, entity="affected_persons", entity_id=row_id,
                     case_id=row.case_id, summary=f"Persons concerned: {data.category} edited ({', '.join(new)})",
                     before=old, after=new)
    return snapshot


def remove_persons(session: Session, row_id: int) -> None:
    row = session.get(AffectedPersons, row_id)
    if row is None:
        raise NotFoundError(Phrase("affected", "Persons line #{id} does not exist.", id=str(row_id)))
    before = _persons_state(_persons_row(row))
    case_id = row.case_id
    session.delete(row)
    session.flush()
    audit.record(session, action=AuditAction.DELETE, entity="affected_persons", entity_id=row_id, case_id=case_id,
                 summary=f"Persons concerned: {before['category']} removed", before=before)


def list_persons(session: Session, case_id: int) -> list[AffectedPersonsRow]:
    rows = session.scalars(
        select(AffectedPersons).where(AffectedPersons.case_id == case_id).order_by(AffectedPersons.id)
    )
    return [_persons_row(row) for row in rows]


def countries(persons: list[AffectedPersonsRow]) -> list[str]:
    """Every country of residence named, in first-seen order."""
    return list(dict.fromkeys(c for row in persons for c in row.countries))


def cross_border_note(persons: list[AffectedPersonsRow], home: str = "FR") -> str | None:
    """A note when people outside the controller's country are concerned (REFERENCE.md §2.3)."""
    abroad = [c for c in countries(persons) if c != home]
    if not abroad:
        return None
    return Phrase(
        "affected",
        "Cross-border breach: data subjects also reside in {countries}. A controller "
        "established in the EU notifies its lead supervisory authority (Art. 56, one-stop shop) "
        "[M]; a controller outside the EEA with only a representative notifies every authority "
        "where affected people reside (EDPB 9/2022 para. 73) [V].",
        countries=", ".join(abroad),
    )


def total_individuals(persons: list[AffectedPersonsRow]) -> int | None:
    """The prudent total (upper bounds added); None when no count is known."""
    known = [row.upper for row in persons if row.upper is not None]
    return sum(known) if known else None


def total_records(data: list[AffectedDataRow]) -> int | None:
    """The approximate number of records: the largest count, when every category has one.

    Categories usually describe the same records (name, NIR and date of birth of one person),
    so counts are not added. If a category's count is unknown, so is the total: a small known
    subset (50 invoices) must not pass for the size of the whole breach.
    """
    if not data or any(row.records is None for row in data):
        return None
    return max(row.records for row in data if row.records is not None)
