"""The legal duties to report a breach, as a table: one row per duty, not one ``if`` per regime.

Each row says who owes the duty (party roles), to whom, from which moment the clock runs, for how
long, and where that comes from (REFERENCE.md §1, §5, §6, with its confidence tags). The
computation in ``deadlines`` reads these rows; adding a regime is adding rows.
"""

from __future__ import annotations

from dataclasses import dataclass

from cnil_case.core.models import PartyRole
from cnil_case.core.periods import Unit
from cnil_case.core.phrases import Phrase


@dataclass(frozen=True)
class Regime:
    code: str
    name: str  # Phrases: the window writes them in its language (``ui/language.text``)
    law: str


REGIMES: tuple[Regime, ...] = (
    Regime("gdpr", Phrase("regimes", "GDPR"),
           Phrase("regimes", "Regulation (EU) 2016/679, Art. 33 and 34")),
    Regime("nis2", Phrase("regimes", "NIS2"),
           Phrase("regimes", "Directive (EU) 2022/2555, Art. 23")),
    Regime("dora", Phrase("regimes", "DORA"),
           Phrase("regimes", "Regulation (EU) 2022/2554, Art. 19; Delegated Regulation (EU) 2025/301, Art. 5")),
    Regime("eprivacy_611_2013", Phrase("regimes", "ePrivacy (611/2013)"),
           Phrase("regimes", "Commission Regulation (EU) No 611/2013, Art. 2")),
    Regime("eidas", Phrase("regimes", "eIDAS"),
           Phrase("regimes", "Regulation (EU) No 910/2014, Art. 19(2)")),
    Regime("fr_health", Phrase("regimes", "French health IS incidents"),
           Phrase("regimes", "Code de la santé publique, L.1111-8-2 and D.1111-16-2 to -4")),
)
REGIME_BY_CODE = {regime.code: regime for regime in REGIMES}
DEFAULT_REGIMES = ("gdpr",)

CONTROLLERS = frozenset({PartyRole.CONTROLLER.value, PartyRole.JOINT_CONTROLLER.value})
PROCESSORS = frozenset({PartyRole.PROCESSOR.value})
SUB_PROCESSORS = frozenset({PartyRole.SUB_PROCESSOR.value})
# Sector regimes bind the entity whatever its GDPR role; authorities owe nothing.
ENTITIES = CONTROLLERS | PROCESSORS | SUB_PROCESSORS


@dataclass(frozen=True)
class Duty:
    """One legal duty of a party.

    ``start`` is ``"awareness"``, ``"classification"`` (DORA) or ``"fulfilled:<code>"`` (the
    moment the previous report of the chain was sent). ``amount`` None means the law sets no
    period ("without undue delay", "sans délai"): the clock shows the time elapsed instead. A
    party setting named by ``amount_setting`` overrides the amount (the Art. 33(2) contract,
    the DPO's Art. 34 target). ``cap`` is a second limit from awareness; the earlier one applies.
    """

    code: str
    regime: str
    article: str
    title: str  # what to do, as a command: "Notify the supervisory authority"
    report: str  # what is sent, as a noun: "notification to the supervisory authority"
    phase: str  # "initial", "complementary", "intermediate", "final" or "single"
    debtors: frozenset[str]
    recipient: str
    start: str
    amount: int | None
    unit: Unit = Unit.HOURS
    amount_setting: str | None = None
    recipient_roles: frozenset[str] = frozenset()  # one obligation per such party of the case
    cap_hours_from_awareness: int | None = None
    basis: str = ""

    @property
    def previous(self) -> str | None:
        return self.start.removeprefix("fulfilled:") if self.start.startswith("fulfilled:") else None


DUTIES: tuple[Duty, ...] = (
    Duty(
        "gdpr_33_1", "gdpr", Phrase("regimes", "GDPR Art. 33(1)"), Phrase("regimes", "Notify the supervisory authority"), Phrase("regimes", "initial notification to the supervisory authority"), "initial",
        CONTROLLERS, Phrase("regimes", "supervisory authority (Art. 55)"), "awareness", 72,
        basis=Phrase("regimes", "Without undue delay and, where feasible, not later than 72 hours after having become "
        "aware of it; reasons for the delay if later [V]. The 72 h are real hours: weekends and "
        "holidays count (Reg. 1182/71 Art. 3(3)), no roll-over (Art. 3(4)) [A]."),
    ),
    Duty(
        "gdpr_33_4", "gdpr", Phrase("regimes", "GDPR Art. 33(4)"), Phrase("regimes", "Complementary notification"), Phrase("regimes", "complementary notification"), "complementary",
        CONTROLLERS, Phrase("regimes", "supervisory authority"), "fulfilled:gdpr_33_1", 72,
        basis=Phrase("regimes", "Information not available at once may be provided in phases without undue further "
        "delay [V]. CNIL practice: a complementary notification, if possible within 72 h of the "
        "initial one [V, cnil.fr]. Not required when the initial notification was complete."),
    ),
    Duty(
        "gdpr_33_2", "gdpr", Phrase("regimes", "GDPR Art. 33(2)"), Phrase("regimes", "Notify the controller"), Phrase("regimes", "notice to the controller"), "single",
        PROCESSORS, Phrase("regimes", "controller"), "awareness", 24, amount_setting="notice_hours",
        recipient_roles=CONTROLLERS,
        basis=Phrase("regimes", "The processor shall notify the controller without undue delay after becoming aware "
        "of a personal data breach [V]. The GDPR sets no hours: the contract does; 24 h by default."),
    ),
    Duty(
        "gdpr_33_2_sub", "gdpr", Phrase("regimes", "GDPR Art. 33(2), 28(4)"), Phrase("regimes", "Notify the processor"), Phrase("regimes", "notice to the processor"), "single",
        SUB_PROCESSORS, Phrase("regimes", "processor"), "awareness", 24, amount_setting="notice_hours",
        recipient_roles=PROCESSORS,
        basis=Phrase("regimes", "A sub-processor is bound by the same obligations as the processor (Art. 28(4)) and "
        "so notifies the processor without undue delay [A]; hours set by contract, 24 h by default."),
    ),
    Duty(
        "gdpr_34", "gdpr", Phrase("regimes", "GDPR Art. 34(1)"), Phrase("regimes", "Communicate to the data subjects"), Phrase("regimes", "communication to the data subjects"), "single",
        CONTROLLERS, Phrase("regimes", "data subjects"), "awareness", None, amount_setting="subject_target_hours",
        basis=Phrase("regimes", "When the breach is likely to result in a high risk, without undue delay [V]; no hours "
        "in the law: the DPO's internal target, if set. Not required when the risk is not high or "
        "Art. 34(3)(a)–(c) applies (record which)."),
    ),
    Duty(
        "nis2_early_warning", "nis2", Phrase("regimes", "NIS2 Art. 23(4)(a)"), Phrase("regimes", "Early warning to the CSIRT / authority"), Phrase("regimes", "early warning"),
        "initial", ENTITIES, Phrase("regimes", "CSIRT or competent authority"), "awareness", 24,
        basis=Phrase("regimes", "Without undue delay and in any event within 24 hours of becoming aware of the "
        "significant incident [S]; French transposition unverified."),
    ),
    Duty(
        "nis2_notification", "nis2", Phrase("regimes", "NIS2 Art. 23(4)(b)"), Phrase("regimes", "Incident notification"), Phrase("regimes", "incident notification"), "intermediate",
        ENTITIES, Phrase("regimes", "CSIRT or competent authority"), "awareness", 72,
        basis=Phrase("regimes", "Within 72 hours of becoming aware of the significant incident (24 h for trust "
        "service providers) [S]."),
    ),
    Duty(
        "nis2_final", "nis2", Phrase("regimes", "NIS2 Art. 23(4)(d)"), Phrase("regimes", "Final report"), Phrase("regimes", "final report"), "final",
        ENTITIES, Phrase("regimes", "CSIRT or competent authority"), "fulfilled:nis2_notification", 1, Unit.MONTHS,
        basis=Phrase("regimes", "Not later than one month after the incident notification [S]; counted under "
        "Reg. 1182/71 (day of the notification excluded, roll-over to a working day) [A]."),
    ),
    Duty(
        "dora_initial", "dora", Phrase("regimes", "DORA Art. 19(4)(a); RTS 2025/301 Art. 5"), Phrase("regimes", "Initial notification"), Phrase("regimes", "initial notification"),
        "initial", ENTITIES, Phrase("regimes", "competent authority"), "classification", 4,
        cap_hours_from_awareness=24,
        basis=Phrase("regimes", "Within 4 hours from the classification of the incident as major, and no later than "
        "24 hours from awareness [V]."),
    ),
    Duty(
        "dora_intermediate", "dora", Phrase("regimes", "DORA Art. 19(4)(b); RTS 2025/301 Art. 5"), Phrase("regimes", "Intermediate report"), Phrase("regimes", "intermediate report"),
        "intermediate", ENTITIES, Phrase("regimes", "competent authority"), "fulfilled:dora_initial", 72,
        basis=Phrase("regimes", "Within 72 hours from the submission of the initial notification, even if nothing "
        "changed [V]."),
    ),
    Duty(
        "dora_final", "dora", Phrase("regimes", "DORA Art. 19(4)(c); RTS 2025/301 Art. 5"), Phrase("regimes", "Final report"), Phrase("regimes", "final report"), "final",
        ENTITIES, Phrase("regimes", "competent authority"), "fulfilled:dora_intermediate", 1, Unit.MONTHS,
        basis=Phrase("regimes", "No later than one month after the latest intermediate report [V]; counted under "
        "Reg. 1182/71 [A]."),
    ),
    Duty(
        "eprivacy_initial", "eprivacy_611_2013", Phrase("regimes", "Reg. 611/2013 Art. 2(2)"), Phrase("regimes", "Notify the national authority"), Phrase("regimes", "notification to the national authority"),
        "initial", ENTITIES, Phrase("regimes", "national competent authority"), "awareness", 24,
        basis=Phrase("regimes", "No later than 24 hours after the detection of the breach, where feasible [V/S]."),
    ),
    Duty(
        "eprivacy_second", "eprivacy_611_2013", Phrase("regimes", "Reg. 611/2013 Art. 2(3)"), Phrase("regimes", "Second notification"), Phrase("regimes", "second notification"),
        "complementary", ENTITIES, Phrase("regimes", "national competent authority"), "fulfilled:eprivacy_initial", 3,
        Unit.DAYS,
        basis=Phrase("regimes", "If the initial notification was incomplete, a second one within 3 days of it [V/S]; "
        "counted under Reg. 1182/71 [A]. Not required when the initial one was complete."),
    ),
    Duty(
        "eidas", "eidas", Phrase("regimes", "eIDAS Art. 19(2)"), Phrase("regimes", "Notify the supervisory body"), Phrase("regimes", "notification to the supervisory body"), "single",
        ENTITIES, Phrase("regimes", "supervisory body (and the DPA)"), "awareness", 24,
        basis=Phrase("regimes", "Without undue delay but in any event within 24 hours after having become aware of a "
        "breach with a significant impact [V]."),
    ),
    Duty(
        "fr_health", "fr_health", Phrase("regimes", "CSP L.1111-8-2, D.1111-16-2"), Phrase("regimes", "Report the IS incident (ARS / CERT Santé)"), Phrase("regimes", "incident report"),
        "single", ENTITIES, Phrase("regimes", "State authorities and ANS (signalement-sante.gouv.fr)"), "awareness", None,
        basis=Phrase("regimes", "Significant or serious IS security incidents are reported \"sans délai\" [V, "
        "Légifrance]; no hours: the time elapsed is shown."),
    ),
)
DUTY_BY_CODE = {duty.code: duty for duty in DUTIES}


def duties_for(regime_codes: tuple[str, ...] | list[str], role: str) -> list[Duty]:
    """The duties a party in ``role`` owes under the regimes that bind it, in table order."""
    chosen = set(regime_codes)
    return [duty for duty in DUTIES if duty.regime in chosen and role in duty.debtors]
