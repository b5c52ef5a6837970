"""What the regulator's documents print: one frozen snapshot of a case, and the Art. 33(5) register.

``report/`` never sees a Session (STYLE.md): the caller opens one, calls :func:`snapshot` or
:func:`register`, and hands the frozen result to the renderer, which returns bytes. The register
rows carry codes and the users' own reasons; ``report/register.py`` words them in each language.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from cnil_case.core import (
    affected,
    assessments,
    audit,
    cases,
    correspondence,
    db,
    evidence,
    findings,
    obligations,
    parties,
    taxonomy,
    timeline,
)
from cnil_case.core.deadlines import Clock, ClockState
from cnil_case.core.models import AuditEntry, Case, CustodyEntry, Evidence
from cnil_case.core.snapshots import (
    AffectedDataRow,
    AffectedPersonsRow,
    CaseDetail,
    EventRow,
    OrganisationRow,
    PartyRow,
)

NOTIFY_DUTY = "gdpr_33_1"
COMMUNICATE_DUTY = "gdpr_34"
CONTROLLER_ROLES = frozenset({"controller", "joint_controller"})

# Aliases: CaseReport's fields are named like the modules, which would shadow them in its body.
AssessmentRow = assessments.AssessmentRow
CorrespondenceRow = correspondence.CorrespondenceRow
FindingRow = findings.FindingRow
MeasureRow = findings.MeasureRow


@dataclass(frozen=True)
class PartyEntry:
    """A party of the case with its organisation's identity (name, address, DPO, contact point)."""

    party: PartyRow
    organisation: OrganisationRow

    @property
    def is_controller(self) -> bool:
        return self.party.role in CONTROLLER_ROLES


@dataclass(frozen=True)
class DataEntry:
    """An affected data category with its taxonomy labels and Art. 9 / 10 / 87 flags."""

    row: AffectedDataRow
    label_en: str
    label_fr: str
    special: str | None  # "art9" or "art10" from the taxonomy, None for ordinary data
    national_id: bool  # Art. 87: the NIR (French social security number) or another national id


@dataclass(frozen=True)
class PersonsEntry:
    row: AffectedPersonsRow
    label_en: str
    label_fr: str
    vulnerable: bool
    minors: bool


@dataclass(frozen=True)
class EvidenceEntry:
    """An evidence item with a summary of its chain of custody."""

    row: evidence.EvidenceRow
    custody_entries: int
    first_custody: dt.datetime | None
    last_custody: dt.datetime | None
    last_action: str
    last_actor: str


@dataclass(frozen=True)
class AuditSummary:
    """The case's audit trail in figures, and whether the workspace's hash chain verifies."""

    count: int
    by_action: tuple[tuple[str, int], ...]  # (action, entries), most frequent first
    by_entity: tuple[tuple[str, int], ...]  # (entity, entries), most frequent first
    first: dt.datetime | None
    last: dt.datetime | None
    chain_checked: bool  # False when the snapshot skipped the check (the register does)
    chain_broken_at: int | None  # the first entry of the workspace chain that fails, None if intact

    @property
    def chain_ok(self) -> bool:
        return self.chain_checked and self.chain_broken_at is None


@dataclass(frozen=True)
class CaseReport:
    """Everything a document about one case needs, gathered at ``generated_at``."""

    case: CaseDetail
    parties: tuple[PartyEntry, ...]
    events: tuple[EventRow, ...]
    data: tuple[DataEntry, ...]
    persons: tuple[PersonsEntry, ...]
    total_individuals: int | None
    total_records: int | None
    cross_border_note: str | None
    assessment: AssessmentRow | None  # the one in force (latest recorded)
    assessment_history: tuple[AssessmentRow, ...]  # latest first
    clocks: tuple[Clock, ...]
    correspondence: tuple[CorrespondenceRow, ...]
    findings: tuple[FindingRow, ...]
    measures: tuple[MeasureRow, ...]
    measures_taken: tuple[MeasureRow, ...]
    measures_proposed: tuple[MeasureRow, ...]
    evidence: tuple[EvidenceEntry, ...]
    audit_count: int
    audit: AuditSummary
    generated_at: dt.datetime

    @property
    def controllers(self) -> tuple[PartyEntry, ...]:
        return tuple(p for p in self.parties if p.is_controller)

    def clocks_for(self, duty: str) -> tuple[Clock, ...]:
        return tuple(c for c in self.clocks if c.duty.code == duty)

    @property
    def controller_awareness(self) -> dt.datetime | None:
        """The earliest awareness among the controllers (the Art. 33(1) clock start)."""
        known = [p.party.aware.at for p in self.controllers if p.party.aware is not None]
        return min(known) if known else None

    @property
    def is_empty(self) -> bool:
        return not (self.parties or self.events or self.data or self.persons)


def _data_entry(row: AffectedDataRow) -> DataEntry:
    try:
        cat = taxonomy.data_category(row.category)
    except taxonomy.TaxonomyError:
        return DataEntry(row, row.category, row.category, None, False)
    return DataEntry(row, cat.label_en, cat.label_fr, cat.special, cat.national_id)


def _persons_entry(row: AffectedPersonsRow) -> PersonsEntry:
    try:
        cat = taxonomy.person_category(row.category)
    except taxonomy.TaxonomyError:
        return PersonsEntry(row, row.category, row.category, False, False)
    return PersonsEntry(row, cat.label_en, cat.label_fr, cat.vulnerable, cat.minors)


def _evidence_entries(session: Session, case_id: int) -> tuple[EvidenceEntry, ...]:
    """The case's evidence with a custody summary each: one query for all custody entries."""
    rows = evidence.list_rows(session, case_id)
    chains: dict[int, list[tuple[dt.datetime, str, str]]] = {}
    query = (
        select(CustodyEntry.evidence_id, CustodyEntry.at, CustodyEntry.action, CustodyEntry.actor)
        .join(Evidence, Evidence.id == CustodyEntry.evidence_id)
        .where(Evidence.case_id == case_id)
        .order_by(CustodyEntry.id)
    )
    for evidence_id, at, action, actor in session.execute(query).tuples():
        chains.setdefault(evidence_id, []).append((at, action, actor))
    entries = []
    for row in rows:
        chain = chains.get(row.id, [])
        last = chain[-1] if chain else None
        entries.append(EvidenceEntry(
            row=row,
            custody_entries=len(chain),
            first_custody=chain[0][0] if chain else None,
            last_custody=last[0] if last else None,
            last_action=last[1] if last else "",
            last_actor=last[2] if last else "",
        ))
    return tuple(entries)


def _audit_summary(session: Session, case_id: int, *, verify: bool) -> AuditSummary:
    where = AuditEntry.case_id == case_id

    def counts(column: InstrumentedAttribute[str]) -> tuple[tuple[str, int], ...]:
        query = select(column, func.count()).where(where).group_by(column)
        pairs = [(str(name), int(n)) for name, n in session.execute(query).tuples()]
        return tuple(sorted(pairs, key=lambda pair: (-pair[1], pair[0])))

    by_action = counts(AuditEntry.action)
    # Ordered reads rather than min()/max(), so the values come back through TZDateTime (aware UTC).
    first = session.scalars(select(AuditEntry.at).where(where).order_by(AuditEntry.at).limit(1)).first()
    last = session.scalars(select(AuditEntry.at).where(where).order_by(AuditEntry.at.desc()).limit(1)).first()
    return AuditSummary(
        count=sum(n for _, n in by_action),
        by_action=by_action,
        by_entity=counts(AuditEntry.entity),
        first=first,
        last=last,
        chain_checked=verify,
        chain_broken_at=audit.verify(session) if verify else None,
    )


def _events(session: Session, case_id: int) -> tuple[EventRow, ...]:
    ids = timeline.list_ids(session, case_id)
    chunk = 5_000  # stay well under SQLite's bound-parameter limit for very long timelines
    rows: list[EventRow] = []
    for start in range(0, len(ids), chunk):
        rows.extend(timeline.rows(session, ids[start:start + chunk]))
    return tuple(rows)


def snapshot(session: Session, case_id: int, *, now: dt.datetime, verify_audit: bool = True,
             with_records: bool = True) -> CaseReport:
    """Gather the case as it stands at ``now`` (aware) into one frozen :class:`CaseReport`.

    ``verify_audit`` re-hashes the workspace's whole audit chain (the investigation report states
    the result). ``with_records=False`` leaves out the timeline, evidence, correspondence and
    findings: the register, which snapshots every case, needs none of them, and a case may hold a
    million events.
    """
    detail = cases.get(session, case_id)
    party_rows = parties.list_parties(session, case_id)
    orgs = {oid: parties.get_organisation(session, oid) for oid in {p.organisation_id for p in party_rows}}
    data_rows = affected.list_data(session, case_id)
    person_rows = affected.list_persons(session, case_id)
    grouped = findings.measures_for_report(session, case_id)
    return CaseReport(
        case=detail,
        parties=tuple(PartyEntry(p, orgs[p.organisation_id]) for p in party_rows),
        events=_events(session, case_id) if with_records else (),
        data=tuple(_data_entry(r) for r in data_rows),
        persons=tuple(_persons_entry(r) for r in person_rows),
        total_individuals=affected.total_individuals(person_rows),
        total_records=affected.total_records(data_rows),
        cross_border_note=affected.cross_border_note(person_rows),
        assessment=assessments.current(session, case_id),
        assessment_history=tuple(assessments.history(session, case_id)),
        clocks=tuple(obligations.for_case(session, case_id, now=now)),
        correspondence=tuple(correspondence.list_rows(session, case_id, now=now)) if with_records else (),
        findings=tuple(findings.list_findings(session, case_id)) if with_records else (),
        measures=tuple(findings.list_measures(session, case_id)),
        measures_taken=tuple(grouped["taken"]),
        measures_proposed=tuple(grouped["proposed"]),
        evidence=_evidence_entries(session, case_id) if with_records else (),
        audit_count=audit.count_for_case(session, case_id),
        audit=_audit_summary(session, case_id, verify=verify_audit),
        generated_at=now,
    )


# The Art. 33(5) register ---------------------------------------------------------------------


class Note:
    """Why a register line is or is not notified / communicated: codes ``report/register.py`` words."""

    DONE = "done"
    PENDING = "pending"  # a clock runs, nothing recorded yet
    NOT_REQUIRED = "not_required"  # recorded on the obligation, with the user's reason
    ASSESSMENT = "assessment"  # the risk assessment in force does not call for it (its reason, if any)
    EXEMPTION = "exemption"  # Art. 34(3)(a)–(c), with the user's reason
    NO_HIGH_RISK = "no_high_risk"  # Art. 34: the assessment in force finds no high risk
    NO_CONTROLLER = "no_controller"  # no controller among the parties: no Art. 33 clock


@dataclass(frozen=True)
class RegisterRow:
    """One line of the breach register (Art. 33(5)): the facts, effects and remedial action."""

    case_id: int
    reference: str
    title: str
    status: str
    zone: str
    breach_start: dt.datetime | None
    discovered: dt.datetime | None
    controller_aware: dt.datetime | None
    nature: tuple[str, ...]
    data_categories: tuple[str, ...]  # English labels
    data_categories_fr: tuple[str, ...]  # the same, French labels
    persons_total: int | None
    records_total: int | None
    risk_level: str  # the level decided in the assessment in force, "" without one
    notified: bool
    notification_note: str  # a :class:`Note` code
    not_notified_reason: str  # the user's own words ("" when none)
    notified_at: dt.datetime | None
    notification_reference: str
    communicated: bool
    communication_note: str  # a :class:`Note` code
    communication_reason: str  # the user's own words ("" when none)
    exemption: str  # "a", "b" or "c" with Note.EXEMPTION, else ""
    measures_taken: tuple[str, ...]


def _decision(report: CaseReport) -> tuple[bool, str, str, dt.datetime | None, str]:
    """(notified, note code, user reason, notified at, references)."""
    notify = report.clocks_for(NOTIFY_DUTY)
    done = [(c.recorded.fulfilled.at, c.recorded.reference) for c in notify if c.recorded.fulfilled is not None]
    if done:
        refs = "; ".join(ref for _, ref in sorted(done) if ref)
        return True, Note.DONE, "", min(at for at, _ in done), refs
    reasons = [c.recorded.not_required_reason for c in notify if c.state == ClockState.NOT_REQUIRED]
    if reasons:
        return False, Note.NOT_REQUIRED, "; ".join(r for r in reasons if r), None, ""
    current = report.assessment
    if current is not None and not current.evaluation.recommendation.notify_authority:
        return False, Note.ASSESSMENT, current.reason.strip(), None, ""
    return False, Note.PENDING if notify else Note.NO_CONTROLLER, "", None, ""


def _communication(report: CaseReport) -> tuple[bool, str, str, str]:
    """(communicated, note code, user reason, exemption letter)."""
    clocks = report.clocks_for(COMMUNICATE_DUTY)
    if any(c.recorded.fulfilled is not None for c in clocks):
        return True, Note.DONE, "", ""
    reasons = [c.recorded.not_required_reason for c in clocks if c.state == ClockState.NOT_REQUIRED]
    if reasons:
        return False, Note.NOT_REQUIRED, "; ".join(r for r in reasons if r), ""
    current = report.assessment
    if current is not None and current.exemption:
        return False, Note.EXEMPTION, current.reason.strip(), current.exemption
    if current is not None and not current.evaluation.recommendation.communicate:
        return False, Note.NO_HIGH_RISK, "", ""
    return False, Note.PENDING, "", ""


def register_row(report: CaseReport) -> RegisterRow:
    notified, note, reason, at, reference = _decision(report)
    communicated, c_note, c_reason, exemption = _communication(report)
    c = report.case
    return RegisterRow(
        case_id=c.id,
        reference=c.reference,
        title=c.title,
        status=c.status,
        zone=c.display_zone,
        breach_start=c.breach_start.at if c.breach_start else None,
        discovered=c.discovered.at if c.discovered else None,
        controller_aware=report.controller_awareness,
        nature=tuple(sorted(c.nature)),
        data_categories=tuple(d.label_en for d in report.data),
        data_categories_fr=tuple(d.label_fr for d in report.data),
        persons_total=report.total_individuals,
        records_total=report.total_records,
        risk_level=report.assessment.decided_level if report.assessment else "",
        notified=notified,
        notification_note=note,
        not_notified_reason=reason,
        notified_at=at,
        notification_reference=reference,
        communicated=communicated,
        communication_note=c_note,
        communication_reason=c_reason,
        exemption=exemption,
        measures_taken=tuple(m.description for m in report.measures_taken),
    )


def register(session: Session, *, now: dt.datetime) -> list[RegisterRow]:
    """Every case of the workspace, open and closed, by reference (Art. 33(5))."""
    ids = session.scalars(select(Case.id).order_by(Case.reference)).all()
    return [register_row(snapshot(session, case_id, now=now, verify_audit=False, with_records=False))
            for case_id in ids]


def register_with_name(session: Session, *, now: dt.datetime) -> tuple[list[RegisterRow], str]:
    """The register and the workspace's short name (its title when no organisation is configured)."""
    return register(session, now=now), db.short_name(session.get_bind().engine.url)
