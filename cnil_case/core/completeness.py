"""What a document requires and the case lacks, checked before export (issue 7).

Pure: it reads a :class:`reportdata.CaseReport` and returns the gaps, each saying what is
missing and which tab and field fixes it. The user completes the case or exports a draft.
Every text of a gap is a ``Phrase`` (context "completeness"): the English ``str`` the command
line, the logs and the exports record, which the window writes in its language.
"""

from __future__ import annotations

from dataclasses import dataclass

from cnil_case.core import reportdata, risk
from cnil_case.core.deadlines import ClockState
from cnil_case.core.phrases import Phrase

KINDS = ("art33", "art34", "investigation", "register")


@dataclass(frozen=True)
class Gap:
    """What a document requires and the case lacks; each text a ``Phrase`` (an English ``str``)."""

    requirement: str
    article: str
    what_is_missing: str
    where_to_fix: str

    def message(self) -> Phrase:
        """One line: ``Requirement (article): what is missing. Fix: where.`` (recorded with a draft export)."""
        return Phrase("completeness", "{requirement} ({article}): {missing}. Fix: {fix}.",
                      requirement=self.requirement, article=self.article, missing=self.what_is_missing,
                      fix=self.where_to_fix)


# The articles the gaps cite (GDPR), translatable: « RGPD art. 33(3)(b) ».
ART_33_1 = Phrase("completeness", "GDPR Art. 33(1)")
ART_33_3_A = Phrase("completeness", "GDPR Art. 33(3)(a)")
ART_33_3_B = Phrase("completeness", "GDPR Art. 33(3)(b)")
ART_33_3_C = Phrase("completeness", "GDPR Art. 33(3)(c)")
ART_33_3_D = Phrase("completeness", "GDPR Art. 33(3)(d)")
ART_33_4 = Phrase("completeness", "GDPR Art. 33(4)")
ART_33_5 = Phrase("completeness", "GDPR Art. 33(5)")
ART_34_1 = Phrase("completeness", "GDPR Art. 34(1)")
ART_34_2 = Phrase("completeness", "GDPR Art. 34(2)")

_MEASURES = Phrase("completeness", "Measures taken or proposed")
_RISK_TAB = Phrase("completeness", "Risk tab → Record assessment")
_FIX_DELAY = Phrase("completeness", "Obligations tab → Art. 33(1) → Fulfil → Reasons for delay")
_REASONS_FOR_DELAY = Phrase("completeness", "Reasons for the delay")


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
    return [Gap(Phrase("completeness", "Case content"), ART_33_5,
                Phrase("completeness", "the case has no parties, events, affected data or persons yet"),
                Phrase("completeness", "Parties, Timeline and Affected tabs"))]


def _contact_point(report: reportdata.CaseReport, article: Phrase) -> list[Gap]:
    for entry in report.controllers:
        org = entry.organisation
        if org.dpo_email.strip() or org.dpo_phone.strip() or org.contact_email.strip() or org.contact_phone.strip():
            return []
    names = ", ".join(e.organisation.name for e in report.controllers) or Phrase("completeness", "the controller")
    return [Gap(Phrase("completeness", "DPO or contact point"), article,
                Phrase("completeness", "no e-mail or phone of a DPO or contact point for {names}", names=names),
                Phrase("completeness", "Parties tab → edit the controller's organisation → DPO e-mail / phone, "
                       "or Contact e-mail / phone"))]


def _measures(report: reportdata.CaseReport, article: Phrase) -> list[Gap]:
    if report.measures_taken or report.measures_proposed:
        return []
    return [Gap(_MEASURES, article, Phrase("completeness", "no measure taken or proposed is recorded"),
                Phrase("completeness", "Findings tab → Measures → Add (containment, remediation, prevention, advice)"))]


def _art33(report: reportdata.CaseReport) -> list[Gap]:
    gaps: list[Gap] = []
    case = report.case
    if not report.controllers:
        gaps.append(Gap(Phrase("completeness", "Controller"), ART_33_3_B,
                        Phrase("completeness", "no party has the controller role"),
                        Phrase("completeness", "Parties tab → Add party → role Controller")))
    gaps += _contact_point(report, ART_33_3_B)
    if not case.nature:
        gaps.append(Gap(Phrase("completeness", "Nature of the breach"), ART_33_3_A,
                        Phrase("completeness", "confidentiality, integrity or availability is not ticked"),
                        Phrase("completeness", "Overview tab → Nature")))
    if not (case.summary.strip() or report.events):
        gaps.append(Gap(Phrase("completeness", "Description of the breach"), ART_33_3_A,
                        Phrase("completeness", "no summary of what happened"),
                        Phrase("completeness", "Overview tab → Summary")))
    if not report.data:
        gaps.append(Gap(Phrase("completeness", "Categories of data"), ART_33_3_A,
                        Phrase("completeness", "no affected data category"),
                        Phrase("completeness", "Affected tab → Data → Add")))
    elif report.total_records is None:
        gaps.append(Gap(Phrase("completeness", "Approximate number of records"), ART_33_3_A,
                        Phrase("completeness", "no data category has an approximate number of records"),
                        Phrase("completeness", "Affected tab → Data → edit a category → Records")))
    if not report.persons:
        gaps.append(Gap(Phrase("completeness", "Categories of data subjects"), ART_33_3_A,
                        Phrase("completeness", "no category of persons"),
                        Phrase("completeness", "Affected tab → Persons → Add")))
    elif report.total_individuals is None:
        gaps.append(Gap(Phrase("completeness", "Approximate number of data subjects"), ART_33_3_A,
                        Phrase("completeness", "no category of persons has a count (exact, estimate or range)"),
                        Phrase("completeness", "Affected tab → Persons → edit a category → Count")))
    if report.assessment is None:
        gaps.append(Gap(Phrase("completeness", "Likely consequences"), ART_33_3_C,
                        Phrase("completeness", "no risk assessment is recorded, so the likely consequences are "
                               "not described"),
                        _RISK_TAB))
    gaps += _measures(report, ART_33_3_D)
    if report.controllers and report.controller_awareness is None:
        gaps.append(Gap(Phrase("completeness", "Awareness of the controller"), ART_33_1,
                        Phrase("completeness", "no controller's awareness time, so the 72-hour deadline cannot "
                               "be shown"),
                        Phrase("completeness", "Parties tab → edit the controller → Aware")))
    for clock in report.clocks_for(reportdata.NOTIFY_DUTY):
        if clock.state == ClockState.OVERDUE:
            gaps.append(Gap(_REASONS_FOR_DELAY, ART_33_1,
                            Phrase("completeness", "{party}: not yet notified — past 72 hours: reasons for the "
                                   "delay will be needed", party=clock.debtor),
                            _FIX_DELAY))
        elif clock.state == ClockState.FULFILLED_LATE and not clock.recorded.reasons_for_delay.strip():
            # The core refuses such a record (obligations.fulfil); kept for data imported from elsewhere.
            gaps.append(Gap(_REASONS_FOR_DELAY, ART_33_1,
                            Phrase("completeness", "{party}: notified after 72 hours without reasons for the delay",
                                   party=clock.debtor),
                            _FIX_DELAY))
    return gaps


def _art34(report: reportdata.CaseReport) -> list[Gap]:
    gaps: list[Gap] = []
    current = report.assessment
    high_risk = Phrase("completeness", "High risk to data subjects")
    if current is None:
        gaps.append(Gap(high_risk, ART_34_1, Phrase("completeness", "no risk assessment is recorded"), _RISK_TAB))
    elif current.decided_level != "high" and current.exemption != "c":
        level = risk.LEVEL_NAMES.get(current.decided_level, current.decided_level)
        gaps.append(Gap(high_risk, Phrase("completeness", "GDPR Art. 34(1), 34(3)(c)"),
                        Phrase("completeness", "the assessment in force concludes '{level}', neither high risk "
                               "nor a public communication (Art. 34(3)(c))", level=level),
                        Phrase("completeness", "Risk tab → Record assessment (decided level high, or exemption c)")))
    gaps += _contact_point(report, Phrase("completeness", "GDPR Art. 34(2), 33(3)(b)"))
    gaps += _measures(report, Phrase("completeness", "GDPR Art. 34(2), 33(3)(d)"))
    if not any(m.kind == "advice" for m in (*report.measures_taken, *report.measures_proposed)):
        gaps.append(Gap(Phrase("completeness", "Advice to data subjects"), ART_34_2,
                        Phrase("completeness", "no measure of kind advice tells people what to do (e.g. vigilance "
                               "against phishing)"),
                        Phrase("completeness", "Findings tab → Measures → Add → kind Advice")))
    return gaps


def earlier_reference(variant: str) -> Gap:
    """The gap of a complementary or final Art. 33 notification that does not cite the first one
    (Art. 33(4): information provided in phases)."""
    missing = (Phrase("completeness", "a final notification does not say which notification it follows")
               if variant == "final" else
               Phrase("completeness", "a complementary notification does not say which notification it follows"))
    return Gap(Phrase("completeness", "Reference of the earlier notification"), ART_33_4, missing,
               Phrase("completeness", "the Earlier notification field (the CNIL's reference of the initial "
                      "notification)"))
