"""What the regulator's documents print: one frozen snapshot of a case, and the Art. 33(5) register.

``report/`` never sees a Session (STYLE.md): the caller opens one, calls :func:`snapshot` or
:func:`register`, and hands the frozen result to the renderer, which returns bytes.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from cnil_case.core import (
    affected,
    assessments,
    audit,
    cases,
    correspondence,
    evidence,
    findings,
    obligations,
    parties,
    taxonomy,
    timeline,
    times,
)
from cnil_case.core.deadlines import Clock, ClockState
from cnil_case.core.models import Case
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


def _evidence_entry(session: Session, row: evidence.EvidenceRow) -> EvidenceEntry:
    chain = evidence.custody(session, row.id)
    last = chain[-1] if chain else None
    return EvidenceEntry(
        row=row,
        custody_entries=len(chain),
        first_custody=chain[0].at if chain else None,
        last_custody=last.at if last else None,
        last_action=last.action if last else "",
        last_actor=last.actor if last else "",
    )


def snapshot(session: Session, case_id: int, *, now: dt.datetime) -> CaseReport:
    """Gather the case as it stands at ``now`` (aware) into one frozen :class:`CaseReport`."""
    detail = cases.get(session, case_id)
    party_rows = parties.list_parties(session, case_id)
    orgs = {oid: parties.get_organisation(session, oid) for oid in {p.organisation_id for p in party_rows}}
    data_rows = affected.list_data(session, case_id)
    person_rows = affected.list_persons(session, case_id)
    grouped = findings.measures_for_report(session, case_id)
    return CaseReport(
        case=detail,
        parties=tuple(PartyEntry(p, orgs[p.organisation_id]) for p in party_rows),
        events=tuple(timeline.rows(session, timeline.list_ids(session, case_id))),
        data=tuple(_data_entry(r) for r in data_rows),
        persons=tuple(_persons_entry(r) for r in person_rows),
        total_individuals=affected.total_individuals(person_rows),
        total_records=affected.total_records(data_rows),
        cross_border_note=affected.cross_border_note(person_rows),
        assessment=assessments.current(session, case_id),
        assessment_history=tuple(assessments.history(session, case_id)),
        clocks=tuple(obligations.for_case(session, case_id, now=now)),
        correspondence=tuple(correspondence.list_rows(session, case_id, now=now)),
        findings=tuple(findings.list_findings(session, case_id)),
        measures=tuple(findings.list_measures(session, case_id)),
        measures_taken=tuple(grouped["taken"]),
        measures_proposed=tuple(grouped["proposed"]),
        evidence=tuple(_evidence_entry(session, r) for r in evidence.list_rows(session, case_id)),
        audit_count=audit.count_for_case(session, case_id),
        generated_at=now,
    )


# The Art. 33(5) register ---------------------------------------------------------------------


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
    persons_total: int | None
    records_total: int | None
    risk_level: str  # the level decided in the assessment in force, "" without one
    notified: bool
    not_notified_reason: str
    notified_at: dt.datetime | None
    notification_reference: str
    communicated: bool
    communication_note: str  # "done", or why not required / not yet
    measures_taken: tuple[str, ...]


def _decision(report: CaseReport) -> tuple[bool, str, dt.datetime | None, str]:
    notify = report.clocks_for(NOTIFY_DUTY)
    done = [(c.recorded.fulfilled.at, c.recorded.reference) for c in notify if c.recorded.fulfilled is not None]
    if done:
        refs = "; ".join(ref for _, ref in sorted(done) if ref)
        return True, "", min(at for at, _ in done), refs
    reasons = [c.recorded.not_required_reason for c in notify if c.state == ClockState.NOT_REQUIRED]
    reason = "; ".join(r for r in reasons if r)
    if not reason and report.assessment is not None and not report.assessment.evaluation.recommendation.notify_authority:
        reason = report.assessment.reason or report.assessment.evaluation.recommendation.summary
    if not reason:
        reason = "not yet notified" if notify else "no controller among the parties"
    return False, reason, None, ""


def _communication(report: CaseReport) -> tuple[bool, str]:
    clocks = report.clocks_for(COMMUNICATE_DUTY)
    if any(c.recorded.fulfilled is not None for c in clocks):
        return True, "done"
    reasons = [c.recorded.not_required_reason for c in clocks if c.state == ClockState.NOT_REQUIRED]
    if any(reasons):
        return False, "not required: " + "; ".join(r for r in reasons if r)
    current = report.assessment
    if current is not None and current.exemption:
        return False, f"not required: Art. 34(3)({current.exemption}) {current.reason}".strip()
    if current is not None and not current.evaluation.recommendation.communicate:
        return False, "not required: no high risk to the data subjects"
    return False, "not yet communicated"


def register_row(report: CaseReport) -> RegisterRow:
    notified, reason, at, reference = _decision(report)
    communicated, note = _communication(report)
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
        persons_total=report.total_individuals,
        records_total=report.total_records,
        risk_level=report.assessment.decided_level if report.assessment else "",
        notified=notified,
        not_notified_reason=reason,
        notified_at=at,
        notification_reference=reference,
        communicated=communicated,
        communication_note=note,
        measures_taken=tuple(m.description for m in report.measures_taken),
    )


def register(session: Session, *, now: dt.datetime) -> list[RegisterRow]:
    """Every case of the workspace, open and closed, by reference (Art. 33(5))."""
    ids = session.scalars(select(Case.id).order_by(Case.reference)).all()
    return [register_row(snapshot(session, case_id, now=now)) for case_id in ids]


REGISTER_COLUMNS = (
    "Reference", "Title", "Status", "Breach start", "Discovered", "Controller aware", "Nature",
    "Data categories", "Persons (total)", "Records (approx.)", "Risk", "Notified", "Reason not notified",
    "Notified at", "Notification reference", "Communicated to data subjects", "Communication note",
    "Measures taken",
)


def _iso(moment: dt.datetime | None, zone: str) -> str:
    if moment is None:
        return ""
    return moment.astimezone(times.zone(zone)).isoformat(timespec="minutes")


def _number(value: int | None) -> str:
    return "" if value is None else str(value)


def register_csv(rows: Sequence[RegisterRow]) -> bytes:
    """The register as CSV for a French spreadsheet: UTF-8 with BOM, ``;``, CRLF, ISO dates in the case zone."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(REGISTER_COLUMNS)
    for r in rows:
        writer.writerow([
            r.reference, r.title, r.status, _iso(r.breach_start, r.zone), _iso(r.discovered, r.zone),
            _iso(r.controller_aware, r.zone), ", ".join(r.nature), " | ".join(r.data_categories),
            _number(r.persons_total), _number(r.records_total), r.risk_level, "yes" if r.notified else "no",
            r.not_notified_reason, _iso(r.notified_at, r.zone), r.notification_reference,
            "yes" if r.communicated else "no", r.communication_note, " | ".join(r.measures_taken),
        ])
    return out.getvalue().encode("utf-8-sig")
