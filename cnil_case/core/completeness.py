"""What a document requires and the case lacks, checked before export (issue 7).

Pure: it reads a :class:`reportdata.CaseReport` and returns the gaps, each saying what is
missing and which tab and field fixes it. The user completes the case or exports a draft.
"""

from __future__ import annotations

from dataclasses import dataclass

from cnil_case.core import reportdata
from cnil_case.core.deadlines import ClockState

KINDS = ("art33", "art34", "investigation", "register")


@dataclass(frozen=True)
class Gap:
    requirement: str
    article: str
    what_is_missing: str
    where_to_fix: str

    def message(self) -> str:
        return f"{self.requirement} ({self.article}): {self.what_is_missing}. Fix: {self.where_to_fix}."


def check(report: reportdata.CaseReport, kind: str) -> list[Gap]:
    """The gaps of ``report`` for a document of ``kind`` (one of :data:`KINDS`)."""
    if kind not in KINDS:
        raise ValueError(f"unknown document kind {kind!r}; expected one of {', '.join(KINDS)}")
    if kind == "art33":
        return _art33(report)
    if kind == "art34":
        return _art34(report)
    return _empty_case(report)


def _empty_case(report: reportdata.CaseReport) -> list[Gap]:
    if not report.is_empty:
        return []
    return [Gap("Case content", "GDPR Art. 33(5)",
                "the case has no parties, events, affected data or persons yet",
                "Parties, Timeline and Affected tabs")]


def _contact_point(report: reportdata.CaseReport, article: str) -> list[Gap]:
    for entry in report.controllers:
        org = entry.organisation
        if org.dpo_email.strip() or org.dpo_phone.strip() or org.contact_email.strip() or org.contact_phone.strip():
            return []
    names = ", ".join(e.organisation.name for e in report.controllers) or "the controller"
    return [Gap("DPO or contact point", article,
                f"no e-mail or phone of a DPO or contact point for {names}",
                "Parties tab → edit the controller's organisation → DPO e-mail / phone, or Contact e-mail / phone")]


def _measures(report: reportdata.CaseReport, article: str, requirement: str) -> list[Gap]:
    if report.measures_taken or report.measures_proposed:
        return []
    return [Gap(requirement, article, "no measure taken or proposed is recorded",
                "Findings tab → Measures → Add (containment, remediation, prevention, advice)")]


def _art33(report: reportdata.CaseReport) -> list[Gap]:
    gaps: list[Gap] = []
    case = report.case
    if not report.controllers:
        gaps.append(Gap("Controller", "GDPR Art. 33(3)(b)", "no party has the controller role",
                        "Parties tab → Add party → role Controller"))
    gaps += _contact_point(report, "GDPR Art. 33(3)(b)")
    if not case.nature:
        gaps.append(Gap("Nature of the breach", "GDPR Art. 33(3)(a)",
                        "confidentiality, integrity or availability is not ticked", "Overview tab → Nature"))
    if not (case.summary.strip() or report.events):
        gaps.append(Gap("Description of the breach", "GDPR Art. 33(3)(a)",
                        "no summary of what happened", "Overview tab → Summary"))
    if not report.data:
        gaps.append(Gap("Categories of data", "GDPR Art. 33(3)(a)", "no affected data category",
                        "Affected tab → Data → Add"))
    elif report.total_records is None:
        gaps.append(Gap("Approximate number of records", "GDPR Art. 33(3)(a)",
                        "no data category has an approximate number of records",
                        "Affected tab → Data → edit a category → Records"))
    if not report.persons:
        gaps.append(Gap("Categories of data subjects", "GDPR Art. 33(3)(a)", "no category of persons",
                        "Affected tab → Persons → Add"))
    elif report.total_individuals is None:
        gaps.append(Gap("Approximate number of data subjects", "GDPR Art. 33(3)(a)",
                        "no category of persons has a count (exact, estimate or range)",
                        "Affected tab → Persons → edit a category → Count"))
    if report.assessment is None:
        gaps.append(Gap("Likely consequences", "GDPR Art. 33(3)(c)",
                        "no risk assessment is recorded, so the likely consequences are not described",
                        "Risk tab → Record assessment"))
    gaps += _measures(report, "GDPR Art. 33(3)(d)", "Measures taken or proposed")
    if report.controllers and report.controller_awareness is None:
        gaps.append(Gap("Awareness of the controller", "GDPR Art. 33(1)",
                        "no controller's awareness time, so the 72-hour deadline cannot be shown",
                        "Parties tab → edit the controller → Aware"))
    for clock in report.clocks_for(reportdata.NOTIFY_DUTY):
        if clock.state == ClockState.OVERDUE:
            gaps.append(Gap("Reasons for the delay", "GDPR Art. 33(1)",
                            f"{clock.debtor}: not yet notified — past 72 hours: reasons for the delay will be needed",
                            "Obligations tab → Art. 33(1) → Fulfil → Reasons for delay"))
        elif clock.state == ClockState.FULFILLED_LATE and not clock.recorded.reasons_for_delay.strip():
            # The core refuses such a record (obligations.fulfil); kept for data imported from elsewhere.
            gaps.append(Gap("Reasons for the delay", "GDPR Art. 33(1)",
                            f"{clock.debtor}: notified after 72 hours without reasons for the delay",
                            "Obligations tab → Art. 33(1) → Fulfil → Reasons for delay"))
    return gaps


def _art34(report: reportdata.CaseReport) -> list[Gap]:
    gaps: list[Gap] = []
    current = report.assessment
    if current is None:
        gaps.append(Gap("High risk to data subjects", "GDPR Art. 34(1)",
                        "no risk assessment is recorded", "Risk tab → Record assessment"))
    elif current.decided_level != "high" and current.exemption != "c":
        gaps.append(Gap("High risk to data subjects", "GDPR Art. 34(1), 34(3)(c)",
                        f"the assessment in force concludes '{current.decided_level}', neither high risk "
                        "nor a public communication (Art. 34(3)(c))",
                        "Risk tab → Record assessment (decided level high, or exemption c)"))
    gaps += _contact_point(report, "GDPR Art. 34(2), 33(3)(b)")
    gaps += _measures(report, "GDPR Art. 34(2), 33(3)(d)", "Measures taken or proposed")
    if not any(m.kind == "advice" for m in (*report.measures_taken, *report.measures_proposed)):
        gaps.append(Gap("Advice to data subjects", "GDPR Art. 34(2)",
                        "no measure of kind advice tells people what to do (e.g. vigilance against phishing)",
                        "Findings tab → Measures → Add → kind Advice"))
    return gaps
