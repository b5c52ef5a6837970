"""Findings of the investigation and the measures taken or proposed.

A finding states facts against GDPR provisions (``articles``), with a severity and a state
(draft, confirmed, contested, withdrawn), the evidence and events it rests on, the operator's
response and the corrective measure recommended. Measures (containment, remediation,
prevention, advice to data subjects) feed Art. 33(3)(d) "the measures taken or proposed".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from cnil_case.core import articles, audit, parties, team, timeline, times
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
    Evidence,
    Finding,
    FindingEvent,
    FindingEvidence,
    FindingState,
    Measure,
    MeasureKind,
    MeasureState,
    TimelineEvent,
)
from cnil_case.core.phrases import Phrase
from cnil_case.core.snapshots import EventInput, Moment

SEVERITIES = ("minor", "moderate", "serious", "critical")


@dataclass(frozen=True)
class FindingInput:
    title: str
    facts: str = ""
    articles: tuple[str, ...] = ()
    severity: str = "moderate"
    state: str = FindingState.DRAFT.value
    party_id: int | None = None  # the organisation concerned (e.g. the operator)
    operator_response: str = ""
    recommended_measure: str = ""
    evidence_ids: tuple[int, ...] = ()
    event_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class FindingRow:
    id: int
    case_id: int
    title: str
    facts: str
    articles: tuple[str, ...]
    severity: str
    state: str
    party_id: int | None
    operator_response: str
    recommended_measure: str
    evidence_ids: tuple[int, ...]
    event_ids: tuple[int, ...]
    updated_at: dt.datetime
    version: int = 0  # optimistic locking: hand it back on save

    def as_input(self) -> FindingInput:
        return FindingInput(
            title=self.title, facts=self.facts, articles=self.articles, severity=self.severity, state=self.state,
            party_id=self.party_id, operator_response=self.operator_response,
            recommended_measure=self.recommended_measure, evidence_ids=self.evidence_ids, event_ids=self.event_ids,
        )


# Field names, as the errors name them.
_STATE = Phrase("findings", "State")
_DONE_ON = Phrase("findings", "Done on")

def _validate(session: Session, case_id: int, data: FindingInput) -> FindingInput:
    title = data.title.strip()
    if not title:
        raise ValidationError(Phrase("findings", "Title"), MUST_NOT_BE_EMPTY)
    codes = tuple(dict.fromkeys(articles.article(code).code for code in data.articles))
    if data.severity not in SEVERITIES:
        raise ValidationError(Phrase("findings", "Severity"), not_one_of(data.severity, SEVERITIES))
    if data.state not in FindingState.values():
        raise ValidationError(_STATE, not_one_of(data.state, FindingState.values()))
    if data.state == FindingState.CONFIRMED.value and not codes:
        raise ValidationError(Phrase("findings", "GDPR articles"),
                              Phrase("findings", "a confirmed finding names at least one provision it concerns"))
    parties.check_in_case(session, case_id, data.party_id, Phrase("findings", "Organisation concerned"))
    for evidence_id in data.evidence_ids:
        item = session.get(Evidence, evidence_id)
        if item is None or item.case_id != case_id:
            raise ValidationError(Phrase("findings", "Evidence"), Phrase("findings", "#{id} is not evidence of this case", id=str(evidence_id)))
    for event_id in data.event_ids:
        event = session.get(TimelineEvent, event_id)
        if event is None or event.case_id != case_id:
            raise ValidationError(Phrase("findings", "Events"), Phrase("findings", "#{id} is not an event of this case", id=str(event_id)))
    return FindingInput(**{**data.__dict__, "title": title, "articles": codes,
                           "evidence_ids": tuple(dict.fromkeys(data.evidence_ids)),
                           "event_ids": tuple(dict.fromkeys(data.event_ids))})


def _apply(session: Session, finding: Finding, data: FindingInput) -> None:
    finding.title, finding.facts, finding.articles = data.title, data.facts, ",".join(data.articles)
    finding.severity, finding.state, finding.party_id = data.severity, data.state, data.party_id
    finding.operator_response, finding.recommended_measure = data.operator_response, data.recommended_measure


def _links(session: Session, finding_id: int, data: FindingInput) -> None:
    session.execute(delete(FindingEvidence).where(FindingEvidence.finding_id == finding_id))
    session.execute(delete(FindingEvent).where(FindingEvent.finding_id == finding_id))
    session.add_all(FindingEvidence(finding_id=finding_id, evidence_id=e) for e in data.evidence_ids)
    session.add_all(FindingEvent(finding_id=finding_id, event_id=e) for e in data.event_ids)


def _state(data: FindingInput) -> dict[str, Any]:
    return {k: (list(v) if isinstance(v, tuple) else v) for k, v in data.__dict__.items()}


def add_finding(session: Session, case_id: int, data: FindingInput, *, timeline_event: Moment | None = None) -> FindingRow:
    """Record a finding; ``timeline_event`` (when it was confirmed) also adds a timeline event."""
    if session.get(Case, case_id) is None:
        raise NotFoundError(case_not_found(case_id))
    data = _validate(session, case_id, data)
    finding = Finding(case_id=case_id)
    _apply(session, finding, data)
    session.add(finding)
    session.flush()
    _links(session, finding.id, data)
    session.flush()
    audit.record(session, action=AuditAction.CREATE, entity="finding", entity_id=finding.id, case_id=case_id,
                 summary=f"Finding: {data.title}", after=_state(data))
    row = get_finding(session, finding.id)
    if timeline_event is not None:
        timeline.add_event(session, case_id, event_for(row, timeline_event))
    return row


def event_for(row: FindingRow, when: Moment) -> EventInput:
    cited = ", ".join(f"Art. {code}" for code in row.articles)
    return EventInput(
        occurred=when, title=f"Finding {row.state}: {row.title}", details=row.facts,
        source=f"Finding #{row.id}" + (f" ({cited})" if cited else ""), category="investigation",
        actor_party_id=None, tags=("finding",),
    )


def update_finding(session: Session, finding_id: int, data: FindingInput, *, timeline_event: Moment | None = None,
                   expected_version: int | None = None) -> FindingRow:
    """Save a finding's fields and links.

    Raises:
        ConflictError: someone saved it since ``expected_version`` (``FindingRow.version``) was read.
    """
    finding = _load_finding(session, finding_id, expected_version)
    data = _validate(session, finding.case_id, data)
    before = _state(get_finding(session, finding_id).as_input())
    _apply(session, finding, data)
    if _state(data) != before:
        # An UPDATE of the row even when only the links change, so that its version moves.
        finding.updated_at = times.utcnow()
        session.flush()
    _links(session, finding_id, data)
    session.flush()
    old, new = audit.changes(before, _state(data))
    if new:
        audit.record(session, action=AuditAction.UPDATE, entity="finding", entity_id=finding_id,
                     case_id=finding.case_id, summary=f"Finding edited: {data.title} ({', '.join(new)})",
                     before=old, after=new)
    row = get_finding(session, finding_id)
    if timeline_event is not None:
        timeline.add_event(session, finding.case_id, event_for(row, timeline_event))
    return row


def _load_finding(session: Session, finding_id: int, expected_version: int | None) -> Finding:
    finding = session.get(Finding, finding_id)
    if finding is None:
        raise NotFoundError(Phrase("findings", "Finding #{id} does not exist.", id=str(finding_id)))
    team.check_version(session, current=finding.version, expected=expected_version,
                       what=f"Finding “{finding.title}”", entity="finding", entity_id=finding_id)
    return finding


def delete_finding(session: Session, finding_id: int, *, expected_version: int | None = None) -> FindingRow:
    """Delete a finding (its links to evidence and events go with it); return it as it was.

    Measures that answered it keep their text and lose the link (see ``measures_of``).

    Raises:
        ConflictError: someone saved it since ``expected_version`` was read.
    """
    finding = _load_finding(session, finding_id, expected_version)
    row = get_finding(session, finding_id)
    case_id, title = finding.case_id, finding.title
    session.delete(finding)
    session.flush()
    audit.record(session, action=AuditAction.DELETE, entity="finding", entity_id=finding_id, case_id=case_id,
                 summary=f"Finding deleted: {title}", before={"title": title})
    return row


def measures_of(session: Session, finding_id: int) -> int:
    """How many measures answer this finding (deleting it unlinks them)."""
    return session.execute(select(func.count()).select_from(Measure).where(Measure.finding_id == finding_id)).scalar_one()


def timeline_events(session: Session, finding_id: int) -> int:
    """How many timeline events ``event_for`` wrote for this finding (by their source) are still there."""
    return session.execute(
        select(func.count()).select_from(TimelineEvent).where(
            (TimelineEvent.source == f"Finding #{finding_id}") | TimelineEvent.source.like(f"Finding #{finding_id} (%"))
    ).scalar_one()


def _finding_rows(session: Session, found: Sequence[Finding]) -> list[FindingRow]:
    ids = [f.id for f in found]
    evidence: dict[int, list[int]] = {}
    events: dict[int, list[int]] = {}
    if ids:
        for fid, eid in session.execute(select(FindingEvidence.finding_id, FindingEvidence.evidence_id)
                                        .where(FindingEvidence.finding_id.in_(ids))
                                        .order_by(FindingEvidence.evidence_id)).tuples():
            evidence.setdefault(fid, []).append(eid)
        for fid, eid in session.execute(select(FindingEvent.finding_id, FindingEvent.event_id)
                                        .where(FindingEvent.finding_id.in_(ids))
                                        .order_by(FindingEvent.event_id)).tuples():
            events.setdefault(fid, []).append(eid)
    return [
        FindingRow(
            id=f.id, case_id=f.case_id, title=f.title, facts=f.facts,
            articles=tuple(code for code in f.articles.split(",") if code), severity=f.severity, state=f.state,
            party_id=f.party_id, operator_response=f.operator_response, recommended_measure=f.recommended_measure,
            evidence_ids=tuple(evidence.get(f.id, ())), event_ids=tuple(events.get(f.id, ())), updated_at=f.updated_at,
            version=f.version,
        )
        for f in found
    ]


def get_finding(session: Session, finding_id: int) -> FindingRow:
    finding = session.get(Finding, finding_id)
    if finding is None:
        raise NotFoundError(Phrase("findings", "Finding #{id} does not exist.", id=str(finding_id)))
    return _finding_rows(session, [finding])[0]


def list_findings(session: Session, case_id: int) -> list[FindingRow]:
    return _finding_rows(session, list(session.scalars(select(Finding).where(Finding.case_id == case_id).order_by(Finding.id))))


# --- measures ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class MeasureInput:
    kind: str
    description: str
    owner: str = ""
    party_id: int | None = None
    state: str = MeasureState.PLANNED.value
    planned_on: dt.date | None = None
    done_on: dt.date | None = None
    finding_id: int | None = None
    notes: str = ""


@dataclass(frozen=True)
class MeasureRow:
    id: int
    case_id: int
    kind: str
    description: str
    owner: str
    party_id: int | None
    state: str
    planned_on: dt.date | None
    done_on: dt.date | None
    finding_id: int | None
    notes: str
    version: int = 0  # optimistic locking: hand it back on save

    def as_input(self) -> MeasureInput:
        return MeasureInput(kind=self.kind, description=self.description, owner=self.owner, party_id=self.party_id,
                            state=self.state, planned_on=self.planned_on, done_on=self.done_on,
                            finding_id=self.finding_id, notes=self.notes)


def _validate_measure(session: Session, case_id: int, data: MeasureInput) -> MeasureInput:
    if data.kind not in MeasureKind.values():
        raise ValidationError(Phrase("findings", "Kind"), not_one_of(data.kind, MeasureKind.values()))
    description = data.description.strip()
    if not description:
        raise ValidationError(Phrase("findings", "Description"), MUST_NOT_BE_EMPTY)
    if data.state not in MeasureState.values():
        raise ValidationError(_STATE, not_one_of(data.state, MeasureState.values()))
    if data.state == MeasureState.DONE.value and data.done_on is None:
        raise ValidationError(_DONE_ON, Phrase("findings", "a measure marked done needs the date it was done"))
    if data.done_on is not None and data.state != MeasureState.DONE.value:
        raise ValidationError(_DONE_ON, Phrase("findings", "only a measure marked done has a done date"))
    parties.check_in_case(session, case_id, data.party_id, Phrase("findings", "Owner (party)"))
    if data.finding_id is not None:
        finding = session.get(Finding, data.finding_id)
        if finding is None or finding.case_id != case_id:
            raise ValidationError(Phrase("findings", "Finding"), Phrase("findings", "is not a finding of this case"))
    return MeasureInput(**{**data.__dict__, "description": description})


def _measure_row(m: Measure) -> MeasureRow:
    return MeasureRow(id=m.id, case_id=m.case_id, kind=m.kind, description=m.description, owner=m.owner,
                      party_id=m.party_id, state=m.state, planned_on=m.planned_on, done_on=m.done_on,
                      finding_id=m.finding_id, notes=m.notes, version=m.version)


def _measure_state(data: MeasureInput) -> dict[str, Any]:
    return {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in data.__dict__.items()}


def add_measure(session: Session, case_id: int, data: MeasureInput) -> MeasureRow:
    if session.get(Case, case_id) is None:
        raise NotFoundError(case_not_found(case_id))
    data = _validate_measure(session, case_id, data)
    measure = Measure(case_id=case_id, **data.__dict__)
    session.add(measure)
    session.flush()
    audit.record(session, action=AuditAction.CREATE, entity="measure", entity_id=measure.id, case_id=case_id,
                 summary=f"Measure ({data.kind}): {data.description[:80]}", after=_measure_state(data))
    return _measure_row(measure)


def _load_measure(session: Session, measure_id: int, expected_version: int | None) -> Measure:
    measure = session.get(Measure, measure_id)
    if measure is None:
        raise NotFoundError(Phrase("findings", "Measure #{id} does not exist.", id=str(measure_id)))
    team.check_version(session, current=measure.version, expected=expected_version,
                       what=f"Measure “{measure.description[:80]}”", entity="measure", entity_id=measure_id)
    return measure


def update_measure(session: Session, measure_id: int, data: MeasureInput, *,
                   expected_version: int | None = None) -> MeasureRow:
    """Save a measure.

    Raises:
        ConflictError: someone saved it since ``expected_version`` (``MeasureRow.version``) was read.
    """
    measure = _load_measure(session, measure_id, expected_version)
    data = _validate_measure(session, measure.case_id, data)
    before = _measure_state(_measure_row(measure).as_input())
    for key, value in data.__dict__.items():
        setattr(measure, key, value)
    session.flush()
    old, new = audit.changes(before, _measure_state(data))
    if new:
        audit.record(session, action=AuditAction.UPDATE, entity="measure", entity_id=measure_id, case_id=measure.case_id,
                     summary=f"Measure edited ({', '.join(new)})", before=old, after=new)
    return _measure_row(measure)


def delete_measure(session: Session, measure_id: int, *, expected_version: int | None = None) -> MeasureRow:
    """Delete a measure; return it as it was (an undo adds it again).

    Raises:
        ConflictError: someone saved it since ``expected_version`` was read.
    """
    measure = _load_measure(session, measure_id, expected_version)
    row = _measure_row(measure)
    case_id, text = measure.case_id, measure.description
    session.delete(measure)
    session.flush()
    audit.record(session, action=AuditAction.DELETE, entity="measure", entity_id=measure_id, case_id=case_id,
                 summary=f"Measure deleted: {text[:80]}", before={"description": text})
    return row


def list_measures(session: Session, case_id: int) -> list[MeasureRow]:
    return [_measure_row(m) for m in session.scalars(select(Measure).where(Measure.case_id == case_id).order_by(Measure.id))]


def measures_for_report(session: Session, case_id: int) -> dict[str, list[MeasureRow]]:
    """Art. 33(3)(d): the measures taken (done) and proposed (planned, in progress), by kind."""
    grouped: dict[str, list[MeasureRow]] = {"taken": [], "proposed": []}
    for row in list_measures(session, case_id):
        if row.state == MeasureState.DONE.value:
            grouped["taken"].append(row)
        elif row.state != MeasureState.ABANDONED.value:
            grouped["proposed"].append(row)
    return grouped
