"""Organisations of the workspace, and the parties of a case (an organisation in a role).

Organisations are shared by every case of a workspace (the same insurer appears in several
breaches); a party is that organisation's role in one case, with the moment it became aware.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, selectinload

from cnil_case.core import audit, identifiers, obligations, periods, regimes, team, times
from cnil_case.core.cases import check_moment, moment_state, stored_moment
from cnil_case.core.errors import (
    MUST_NOT_BE_EMPTY,
    NotFoundError,
    ValidationError,
    case_not_found,
    not_one_of,
)
from cnil_case.core.models import (
    AuditAction,
    Case,
    CaseParty,
    Correspondence,
    Evidence,
    Finding,
    Measure,
    Obligation,
    Organisation,
    PartyLink,
    PartyRole,
    Precision,
    TimelineEvent,
)
from cnil_case.core.phrases import Phrase
from cnil_case.core.snapshots import (
    OrganisationInput,
    OrganisationRow,
    PartyInput,
    PartyRow,
)

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")

# Regime codes a party can be bound by (the regime table); GDPR binds every party by default.
REGIMES = tuple(regime.code for regime in regimes.REGIMES)
MAX_HOURS = 24 * 366
_ROLE = Phrase("parties", "Role")
_WORKS_FOR = Phrase("parties", "Works for")


def party_not_found(party_id: int) -> Phrase:
    return Phrase("parties", "Party #{id} does not exist (it may have been removed).", id=str(party_id))


def _hours_out_of_range(hours: int) -> Phrase:
    return Phrase("parties", "{hours} h must be between 0 and {max} hours", hours=hours, max=MAX_HOURS)


# --- organisations ----------------------------------------------------------------------------


def _validate_organisation(data: OrganisationInput) -> OrganisationInput:
    name = data.name.strip()
    if not name:
        raise ValidationError(Phrase("parties", "Name"), MUST_NOT_BE_EMPTY)
    country = (data.country.strip() or "FR").upper()
    if not _COUNTRY.match(country):
        raise ValidationError(Phrase("parties", "Country"), Phrase(
            "parties", "{country!r} must be a two-letter ISO code such as FR", country=data.country))
    siren = identifiers.normalise(data.siren)
    siret = identifiers.normalise(data.siret)
    if country == "FR":
        # French registry numbers are checked (Luhn, La Poste exception); foreign or Monaco
        # codes are kept as typed (REFERENCE.md §9.2: flag, do not reject).
        if siren:
            identifiers.check_siren(siren)
        if siret:
            identifiers.check_siret(siret)
            if siren and siret[:9] != siren:
                raise ValidationError(Phrase("parties", "SIRET"), Phrase(
                    "parties", "{siret} does not start with the SIREN {siren}", siret=siret, siren=siren))
            siren = siren or siret[:9]
    for label, value in ((Phrase("parties", "Contact e-mail"), data.contact_email),
                         (Phrase("parties", "DPO e-mail"), data.dpo_email)):
        if value.strip() and not _EMAIL.match(value.strip()):
            raise ValidationError(label, Phrase("parties", "{value!r} is not an e-mail address", value=value.strip()))
    return OrganisationInput(
        **{
            **{k: (v.strip() if isinstance(v, str) else v) for k, v in data.__dict__.items()},
            "name": name,
            "country": country,
            "siren": siren,
            "siret": siret,
        }
    )


def _organisation_row(org: Organisation) -> OrganisationRow:
    return OrganisationRow(
        id=org.id,
        name=org.name,
        siren=org.siren or "",
        siret=org.siret or "",
        country=org.country,
        address=org.address,
        contact_name=org.contact_name,
        contact_email=org.contact_email,
        contact_phone=org.contact_phone,
        dpo_name=org.dpo_name,
        dpo_email=org.dpo_email,
        dpo_phone=org.dpo_phone,
        notes=org.notes,
        version=org.version,
    )


def _organisation_state(row: OrganisationRow) -> dict[str, Any]:
    return {k: v for k, v in row.__dict__.items() if k not in ("id", "version")}


def _apply_organisation(org: Organisation, data: OrganisationInput) -> None:
    for key, value in data.__dict__.items():
        setattr(org, key, value)
    org.siren = data.siren or None
    org.siret = data.siret or None


def _load_organisation(session: Session, organisation_id: int) -> Organisation:
    org = session.get(Organisation, organisation_id)
    if org is None:
        raise NotFoundError(Phrase("parties", "Organisation #{id} does not exist.", id=str(organisation_id)))
    return org


def create_organisation(session: Session, data: OrganisationInput) -> OrganisationRow:
    data = _validate_organisation(data)
    org = Organisation()
    _apply_organisation(org, data)
    session.add(org)
    session.flush()
    row = _organisation_row(org)
    audit.record(
        session,
        action=AuditAction.CREATE,
        entity="organisation",
        entity_id=org.id,
        case_id=None,
        summary=f"Organisation {org.name} created",
        after=_organisation_state(row),
    )
    return row


def update_organisation(
    session: Session, organisation_id: int, data: OrganisationInput, *, expected_version: int | None = None
) -> OrganisationRow:
    """Save an organisation's fields.

    Raises:
        ConflictError: someone saved it since ``expected_version`` (the row's ``version``) was read.
    """
    data = _validate_organisation(data)
    org = _load_organisation(session, organisation_id)
    what = f"Organisation {org.name}"
    team.check_version(session, current=org.version, expected=expected_version, what=what,
                       entity="organisation", entity_id=organisation_id)
    before = _organisation_state(_organisation_row(org))
    _apply_organisation(org, data)
    team.flush(session, what=what)
    row = _organisation_row(org)
    old, new = audit.changes(before, _organisation_state(row))
    if new:
        audit.record(
            session,
            action=AuditAction.UPDATE,
            entity="organisation",
            entity_id=org.id,
            case_id=None,
            summary=f"Organisation {org.name} edited ({', '.join(new)})",
            before=old,
            after=new,
        )
    return row


def delete_organisation(session: Session, organisation_id: int) -> None:
    org = _load_organisation(session, organisation_id)
    used = session.execute(
        select(func.count()).select_from(CaseParty).where(CaseParty.organisation_id == organisation_id)
    ).scalar_one()
    if used:
        raise ValidationError(Phrase("parties", "Organisation"), Phrase(
            "parties", "{name} is a party to {used} case(s); remove it from them first", name=org.name, used=used))
    before = _organisation_state(_organisation_row(org))
    session.delete(org)
    session.flush()
    audit.record(
        session,
        action=AuditAction.DELETE,
        entity="organisation",
        entity_id=organisation_id,
        case_id=None,
        summary=f"Organisation {before['name']} deleted",
        before=before,
    )


def get_organisation(session: Session, organisation_id: int) -> OrganisationRow:
    return _organisation_row(_load_organisation(session, organisation_id))


def list_organisations(session: Session) -> list[OrganisationRow]:
    return [_organisation_row(o) for o in session.scalars(select(Organisation).order_by(Organisation.name, Organisation.id))]


# --- parties of a case ------------------------------------------------------------------------


def _validate_party(session: Session, case_id: int, data: PartyInput) -> PartyInput:
    if data.role not in PartyRole.values():
        raise ValidationError(_ROLE, not_one_of(data.role, PartyRole.values()))
    _load_organisation(session, data.organisation_id)
    check_moment(data.aware, Phrase("parties", "Aware since"))
    check_moment(data.classified, Phrase("parties", "Classified as major"))
    unknown = [r for r in data.regimes if r not in REGIMES]
    if unknown:
        raise ValidationError(Phrase("parties", "Regimes"), Phrase(
            "parties", "unknown regime {regime!r}; use {choices}", regime=unknown[0], choices=", ".join(REGIMES)))
    if not 0 <= data.notice_hours <= MAX_HOURS:
        raise ValidationError(Phrase("parties", "Notice period"), _hours_out_of_range(data.notice_hours))
    if data.subject_target_hours is not None and not 0 <= data.subject_target_hours <= MAX_HOURS:
        raise ValidationError(Phrase("parties", "Target for informing data subjects"),
                              _hours_out_of_range(data.subject_target_hours))
    holiday_calendar = periods.calendar(data.holiday_calendar or None).subdiv
    if session.get(Case, case_id) is None:
        raise NotFoundError(case_not_found(case_id))
    serves = tuple(dict.fromkeys(data.serves))
    if serves:
        _check_serves(session, case_id, data.role, serves)
    return PartyInput(**{**data.__dict__, "holiday_calendar": holiday_calendar, "serves": serves})


# Who a party can work for: a processor for controllers, a sub-processor for processors.
_SERVES = {
    PartyRole.PROCESSOR.value: regimes.CONTROLLERS,
    PartyRole.SUB_PROCESSOR.value: regimes.PROCESSORS,
}


def _check_serves(session: Session, case_id: int, role: str, serves: tuple[int, ...]) -> None:
    allowed = _SERVES.get(role)
    if allowed is None:
        raise ValidationError(_WORKS_FOR, Phrase("parties", "only a processor or a sub-processor works for other parties"))
    found = dict(
        session.execute(
            select(CaseParty.id, CaseParty.role).where(CaseParty.id.in_(serves), CaseParty.case_id == case_id)
        )
        .tuples()
        .all()
    )
    for party_id in serves:
        if party_id not in found:
            raise ValidationError(_WORKS_FOR, Phrase("parties", "party #{party} is not a party of this case", party=str(party_id)))
        if found[party_id] not in allowed:
            if role == PartyRole.PROCESSOR.value:
                reason = Phrase("parties", "a processor works for controllers, not a {role}", role=found[party_id])
            else:
                reason = Phrase("parties", "a sub-processor works for processors, not a {role}", role=found[party_id])
            raise ValidationError(_WORKS_FOR, reason)


def _party_row(party: CaseParty, serves: frozenset[int] = frozenset()) -> PartyRow:
    return PartyRow(
        id=party.id,
        case_id=party.case_id,
        organisation_id=party.organisation_id,
        organisation_name=party.organisation.name,
        role=party.role,
        aware=stored_moment(party.aware_at, party.aware_precision, party.aware_offset),
        awareness_note=party.awareness_note,
        regimes=tuple(r for r in party.regimes.split(",") if r),
        notes=party.notes,
        notice_hours=party.notice_hours,
        subject_target_hours=party.subject_target_hours,
        holiday_calendar=party.holiday_calendar,
        classified=stored_moment(party.classified_at, party.classified_precision, party.classified_offset),
        serves=tuple(sorted(serves)),
        version=party.version,
    )


def _party_state(row: PartyRow) -> dict[str, Any]:
    return {
        "organisation": row.organisation_name,
        "organisation_id": row.organisation_id,
        "role": row.role,
        "aware": moment_state(row.aware),
        "awareness_note": row.awareness_note,
        "regimes": list(row.regimes),
        "notes": row.notes,
        "notice_hours": row.notice_hours,
        "subject_target_hours": row.subject_target_hours,
        "holiday_calendar": row.holiday_calendar,
        "classified": moment_state(row.classified),
        "serves": list(row.serves),
    }


def _apply_party(party: CaseParty, data: PartyInput) -> None:
    party.organisation_id = data.organisation_id
    party.role = data.role
    party.aware_at = data.aware.at if data.aware else None
    party.aware_precision = data.aware.precision if data.aware else Precision.EXACT.value
    party.aware_offset = data.aware.offset if data.aware else None
    party.awareness_note = data.awareness_note
    party.regimes = ",".join(dict.fromkeys(data.regimes))
    party.notes = data.notes
    party.notice_hours = data.notice_hours
    party.subject_target_hours = data.subject_target_hours
    party.holiday_calendar = data.holiday_calendar
    party.classified_at = data.classified.at if data.classified else None
    party.classified_precision = data.classified.precision if data.classified else Precision.EXACT.value
    party.classified_offset = data.classified.offset if data.classified else None


def _apply_links(session: Session, party_id: int, serves: tuple[int, ...]) -> None:
    session.execute(delete(PartyLink).where(PartyLink.party_id == party_id))
    session.add_all(PartyLink(party_id=party_id, serves_party_id=other) for other in serves)


def _check_duplicate(session: Session, case_id: int, data: PartyInput, exclude_id: int | None) -> None:
    query = select(CaseParty.id).where(
        CaseParty.case_id == case_id,
        CaseParty.organisation_id == data.organisation_id,
        CaseParty.role == data.role,
    )
    if exclude_id is not None:
        query = query.where(CaseParty.id != exclude_id)
    if session.execute(query).first() is not None:
        raise ValidationError(_ROLE, Phrase("parties", "this organisation already has that role in the case"))


def _load_party(session: Session, party_id: int) -> CaseParty:
    party = session.execute(
        select(CaseParty)
        .where(CaseParty.id == party_id)
        .options(selectinload(CaseParty.organisation))
        .execution_options(populate_existing=True)
    ).scalar_one_or_none()
    if party is None:
        raise NotFoundError(party_not_found(party_id))
    return party


def _snapshot(session: Session, party: CaseParty) -> PartyRow:
    return _party_row(party, obligations.links(session, [party.id]).get(party.id, frozenset()))


def add_party(session: Session, case_id: int, data: PartyInput) -> PartyRow:
    data = _validate_party(session, case_id, data)
    _check_duplicate(session, case_id, data, None)
    party = CaseParty(case_id=case_id)
    _apply_party(party, data)
    session.add(party)
    session.flush()
    _apply_links(session, party.id, data.serves)
    session.flush()
    row = _snapshot(session, _load_party(session, party.id))
    audit.record(
        session,
        action=AuditAction.CREATE,
        entity="party",
        entity_id=party.id,
        case_id=case_id,
        summary=f"Party {row.organisation_name} added as {row.role}",
        after=_party_state(row),
    )
    return row


def update_party(session: Session, party_id: int, data: PartyInput, *, expected_version: int | None = None) -> PartyRow:
    """Save a party's fields and the parties it works for.

    Raises:
        ConflictError: someone saved it since ``expected_version`` (``PartyRow.version``) was read.
    """
    party = _load_party(session, party_id)
    what = f"Party {party.organisation.name} ({party.role.replace('_', ' ')})"
    team.check_version(session, current=party.version, expected=expected_version, what=what,
                       entity="party", entity_id=party_id)
    data = _validate_party(session, party.case_id, data)
    _check_duplicate(session, party.case_id, data, party_id)
    before = _party_state(_snapshot(session, party))
    now = times.utcnow()
    clocks_before = obligations.due_by_label(obligations.for_case(session, party.case_id, now=now))
    _apply_party(party, data)
    # Always an UPDATE of the row, so its version moves even when only the links change; flushed
    # before the links' DELETE (which would autoflush it outside ``team.flush``).
    party.updated_at = times.utcnow()
    team.flush(session, what=what)
    _apply_links(session, party_id, data.serves)
    session.flush()
    row = _snapshot(session, _load_party(session, party_id))
    old, new = audit.changes(before, _party_state(row))
    # An awareness time, a contractual period or a calendar moves clocks: say which, and where to.
    clocks_moved = obligations.moved(
        clocks_before, obligations.due_by_label(obligations.for_case(session, party.case_id, now=now))
    )
    if clocks_moved:
        new = {**new, "clocks_moved": clocks_moved}
    if new:
        audit.record(
            session,
            action=AuditAction.UPDATE,
            entity="party",
            entity_id=party_id,
            case_id=party.case_id,
            summary=f"Party {row.organisation_name} edited ({', '.join(new)})",
            before=old,
            after=new,
        )
    return row


@dataclass(frozen=True)
class RemovedParty:
    """A party as it was removed, and what depended on it (which re-adding it would not restore).

    ``dependents`` counts, by kind, the records that named the party and that its removal deleted
    or unlinked: "obligations" (recorded notices and decisions), "events" (actor), "evidence"
    (provided by), "correspondence" (sender or recipient), "findings", "measures", "parties"
    (working for it). Empty when re-adding ``row`` brings the case back exactly as it was.
    """

    row: PartyRow
    dependents: dict[str, int]


def _dependents(session: Session, party_id: int) -> dict[str, int]:
    queries = {
        "obligations": select(func.count()).select_from(Obligation).where(
            (Obligation.party_id == party_id) | (Obligation.recipient_party_id == party_id)),
        "events": select(func.count()).select_from(TimelineEvent).where(TimelineEvent.actor_party_id == party_id),
        "evidence": select(func.count()).select_from(Evidence).where(Evidence.from_party_id == party_id),
        "correspondence": select(func.count()).select_from(Correspondence).where(
            (Correspondence.sender_party_id == party_id) | (Correspondence.recipient_party_id == party_id)),
        "findings": select(func.count()).select_from(Finding).where(Finding.party_id == party_id),
        "measures": select(func.count()).select_from(Measure).where(Measure.party_id == party_id),
        "parties": select(func.count()).select_from(PartyLink).where(PartyLink.serves_party_id == party_id),
    }
    counts = {kind: session.execute(query).scalar_one() for kind, query in queries.items()}
    return {kind: n for kind, n in counts.items() if n}


def remove_party(session: Session, party_id: int, *, expected_version: int | None = None) -> RemovedParty:
    """Remove a party from its case; events it was the actor of keep their text, lose the link.

    Returns the party as it was and what depended on it, so that an undo can add it again, or
    say why it cannot.

    Raises:
        ConflictError: someone saved it since ``expected_version`` was read (an undo of an
            addition must not remove a colleague's later edit).
    """
    party = _load_party(session, party_id)
    team.check_version(session, current=party.version, expected=expected_version,
                       what=f"Party {party.organisation.name} ({party.role.replace('_', ' ')})",
                       entity="party", entity_id=party_id)
    row = _snapshot(session, party)
    dependents = _dependents(session, party_id)
    linked = dependents.get("events", 0)
    session.delete(party)
    session.flush()
    audit.record(
        session,
        action=AuditAction.DELETE,
        entity="party",
        entity_id=party_id,
        case_id=row.case_id,
        summary=f"Party {row.organisation_name} ({row.role}) removed"
        + (f"; {linked} event(s) no longer name an actor" if linked else ""),
        before=_party_state(row),
    )
    return RemovedParty(row=row, dependents=dependents)


def check_in_case(session: Session, case_id: int, party_id: int | None, field: str) -> None:
    """Refuse a party of another case (or none that exists) named in ``field``; None is allowed."""
    if party_id is None:
        return
    owner = session.execute(select(CaseParty.case_id).where(CaseParty.id == party_id)).scalar_one_or_none()
    if owner != case_id:
        raise ValidationError(field, Phrase("parties", "is not a party of this case"))


def get_party(session: Session, party_id: int) -> PartyRow:
    return _snapshot(session, _load_party(session, party_id))


def list_parties(session: Session, case_id: int) -> list[PartyRow]:
    query = (
        select(CaseParty)
        .where(CaseParty.case_id == case_id)
        .options(selectinload(CaseParty.organisation))
        .order_by(CaseParty.id)
    )
    found = list(session.scalars(query))
    served = obligations.links(session, [p.id for p in found])
    return [_party_row(p, served.get(p.id, frozenset())) for p in found]


def check_organisation(data: OrganisationInput) -> OrganisationInput:
    """Validate and normalise an organisation without saving it (SIREN checked, country upper-case).

    Importers use it to compare a document's organisation with the workspace's before deciding
    to reuse one.

    Raises:
        ValidationError: naming the field at fault.
    """
    return _validate_organisation(data)
