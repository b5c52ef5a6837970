"""The risk assessment: from the ENISA score and the EDPB factors, what must be notified, and why.

GDPR Art. 33(1): notify the supervisory authority unless the breach is unlikely to result in a
risk; Art. 34(1): communicate to the data subjects when it is likely to result in a high risk,
unless Art. 34(3) applies; Art. 33(5): document it in every case. The app recommends, a human
decides (REFERENCE.md §1.7). Every rule below is a row of ``RULES`` with the text it relies on;
the recommendation lists the rules that fired, so the reasons can be read and checked.

The reasons, citations and the summary are ``Phrase``s (context "risk"): the English ``str`` the
command line and the JSON print, which the window writes in its language (``language.text``).
The documents word them from ``Reason.code`` and ``values`` (``report/art33.py``).
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from cnil_case.core import enisa
from cnil_case.core.enisa import Band
from cnil_case.core.phrases import Phrase


class Level(enum.StrEnum):
    """The three conclusions of Art. 33 / 34 (REFERENCE.md §1.7)."""

    UNLIKELY = "unlikely"  # unlikely to result in a risk: document only (Art. 33(1), 33(5))
    RISK = "risk"  # a risk: notify the supervisory authority (Art. 33(1))
    HIGH = "high"  # a high risk: also communicate to the data subjects (Art. 34(1))

    @property
    def rank(self) -> int:
        return list(Level).index(self)


LEVEL_TEXT = {
    Level.UNLIKELY: Phrase("risk", "unlikely to result in a risk to the rights and freedoms of natural persons"),
    Level.RISK: Phrase("risk", "likely to result in a risk, not a high one"),
    Level.HIGH: Phrase("risk", "likely to result in a high risk to the rights and freedoms of natural persons"),
}
LEVEL_NAMES: dict[str, str] = {
    Level.UNLIKELY.value: Phrase("risk", "unlikely"),
    Level.RISK.value: Phrase("risk", "risk"),
    Level.HIGH.value: Phrase("risk", "high"),
}
"""A level's code as a translatable word (its English is the code itself)."""

FACTOR_NAMES: dict[str, str] = {
    "enisa": Phrase("risk", "ENISA severity"),
    "unintelligible": Phrase("risk", "unintelligible"),
    "trusted_recipient": Phrase("risk", "trusted recipient"),
    "restored_availability": Phrase("risk", "restored availability"),
    "special_data": Phrase("risk", "special data"),
    "special_data_exposed": Phrase("risk", "special data exposed"),
    "fraud": Phrase("risk", "fraud"),
    "identity_theft": Phrase("risk", "identity theft"),
    "vulnerable": Phrase("risk", "vulnerable"),
    "vulnerable_exposed": Phrase("risk", "vulnerable exposed"),
    "lasting_unavailability": Phrase("risk", "lasting unavailability"),
    "critical_unavailability": Phrase("risk", "critical unavailability"),
    "integrity": Phrase("risk", "integrity"),
    "known_recipient": Phrase("risk", "known recipient"),
    "exposed": Phrase("risk", "exposed"),
    "many_individuals": Phrase("risk", "number of individuals"),
    "data_public": Phrase("risk", "data already public"),
    "missing": Phrase("risk", "in doubt"),
    "in_doubt": Phrase("risk", "in doubt"),
    "art34_3_a": Phrase("risk", "Art. 34(3)(a)"),
    "art34_3_b": Phrase("risk", "Art. 34(3)(b)"),
    "art34_3_c": Phrase("risk", "Art. 34(3)(c)"),
}
"""The heading of a reason, by ``Reason.code``, as a person reads it (a rule's name without underscores)."""

RECIPIENTS = ("unknown", "known", "trusted", "none")
"""Who obtained the data: unknown (e.g. online, attackers), known (identified, not trusted),
trusted (identified, trusted, confirmed deletion), none (no evidence anyone accessed them)."""


@dataclass(frozen=True)
class Factors:
    """The EDPB 9/2022 (section IV) risk factors, as the assessor confirms them.

    ``derive`` fills them from the case; the DPO corrects and adds what only people know
    (who obtained the data, whether it was recovered, Art. 34(3) measures).
    """

    # 1. Type of breach (EDPB 9/2022 §2.1): several at once.
    confidentiality: bool = False
    integrity: bool = False
    availability: bool = False
    malicious: bool | None = None  # None: not known yet
    # 2. Nature, sensitivity and volume of the data.
    special_categories: bool = False  # Art. 9(1)
    criminal: bool = False  # Art. 10
    national_id: bool = False  # Art. 87 (NIR)
    financial: bool = False  # bank and card details, income, financial credentials
    credentials: bool = False  # logins and passwords
    records: int | None = None
    # 3. Ease of identification: ENISA's EI.
    # 4. Severity and permanence of the consequences.
    permanent: bool = False  # e.g. an identifier that cannot be changed, data destroyed
    lasting_unavailability: bool = False  # no backup, or a long outage
    # 5. Special characteristics of the individuals.
    vulnerable: bool = False  # children, patients, vulnerable adults
    # 6. Special characteristics of the controller.
    sensitive_controller: bool = False  # e.g. a medical or financial institution
    # 7. Number of individuals.
    individuals: int | None = None
    # 8. General points.
    data_public: bool = False  # the data were already public
    recipients: str = "unknown"
    recovered: bool = False  # data retrieved or deleted before misuse; availability restored from backup
    unintelligible: bool = False  # state-of-the-art encryption or hashing, key not compromised
    # Art. 34(3): why an individual communication may not be required.
    measures_remove_high_risk: bool = False  # (b)
    disproportionate_effort: bool = False  # (c): a public communication instead
    notes: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Factors:
        known = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})


@dataclass(frozen=True)
class Policy:
    """Which ENISA band counts as a risk and as a high risk. ENISA maps none (REFERENCE.md §4.4):
    this is local policy [A], shown in every explanation and changeable."""

    risk_from: Band = Band.MEDIUM
    high_from: Band = Band.HIGH
    many_individuals: int = 10_000  # EDPB factor 7: above this, the number itself aggravates [A]


@dataclass(frozen=True)
class Reason:
    """One step of the recommendation: what was found, what it did, and where that comes from.

    ``text`` and ``citation`` are English; ``code`` (a rule name, "enisa", "many_individuals",
    "data_public", "missing", "in_doubt", "art34_3_a" / "_b" / "_c") and ``values`` (the numbers
    and codes the text quotes) let a document print them in another language.
    """

    factor: str
    text: str  # a Phrase: English, translatable
    citation: str  # a Phrase
    effect: str  # "sets", "raises", "lowers", "caps", "notes"
    code: str = ""
    values: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Recommendation:
    level: Level
    notify_authority: bool
    communicate: bool
    exemption: str  # Art. 34(3): "a", "b", "c" or ""
    public_communication: bool
    in_doubt: bool
    reasons: tuple[Reason, ...]
    summary: str  # a Phrase: English, translatable

    def to_json(self) -> dict[str, Any]:
        return {
            "level": self.level.value,
            "notify_authority": self.notify_authority,
            "communicate": self.communicate,
            "exemption": self.exemption,
            "public_communication": self.public_communication,
            "in_doubt": self.in_doubt,
            "summary": self.summary,
            # The documented JSON of `cnil-case assess` (code and values are for the documents' wording).
            "reasons": [{"factor": r.factor, "text": r.text, "citation": r.citation, "effect": r.effect}
                        for r in self.reasons],
        }


@dataclass(frozen=True)
class _Rule:
    """A rule: when it applies, the floor or cap it sets on the level, and its source."""

    name: str
    applies: Callable[[Factors], bool]
    floor: Level | None
    cap: Level | None
    text: str
    citation: str


def _exposed(f: Factors) -> bool:
    """Data that may be in the hands of people with no right to them."""
    return f.confidentiality and f.recipients in ("unknown", "known") and not f.unintelligible


def _widely_exposed(f: Factors) -> bool:
    return _exposed(f) and (f.recipients == "unknown" or bool(f.malicious))


RULES: tuple[_Rule, ...] = (
    # Mitigations first: they cap the level where the breach cannot hurt anyone.
    _Rule(
        "unintelligible", lambda f: f.unintelligible and not f.integrity and (not f.availability or f.recovered),
        None, Level.UNLIKELY,
        Phrase("risk", "The data were unintelligible to anyone not authorised (state-of-the-art encryption or hashing, "
               "key not compromised) and a copy remains available: the breach is unlikely to result in a risk."),
        Phrase("risk", "EDPB 9/2022 (unintelligible data); EDPB 01/2021 cases 6 and 10; Art. 34(3)(a)"),
    ),
    _Rule(
        "trusted_recipient", lambda f: f.confidentiality and f.recipients == "trusted" and f.recovered and not f.malicious,
        None, Level.UNLIKELY,
        Phrase("risk", "The data went by mistake to a known, trusted recipient who confirmed their deletion or return."),
        Phrase("risk", "EDPB 9/2022 (trusted recipient); EDPB 01/2021 case 9"),
    ),
    _Rule(
        "restored_availability",
        lambda f: f.availability and not f.confidentiality and not f.integrity and f.recipients == "none"
        and f.recovered and not f.lasting_unavailability,
        None, Level.UNLIKELY,
        Phrase("risk", "Availability only, no access to the data by anyone, restored promptly from a backup."),
        Phrase("risk", "EDPB 01/2021 case 1 (ransomware with proper backup, no exfiltration)"),
    ),
    # Aggravations: they set a floor.
    _Rule(
        "special_data", lambda f: (f.special_categories or f.criminal) and (_exposed(f) or f.lasting_unavailability),
        Level.RISK, None,
        Phrase("risk", "Special-category (Art. 9) or criminal-offence (Art. 10) data: damage should be considered likely."),
        Phrase("risk", "EDPB 9/2022 para. 102; GDPR Art. 9(1), 10"),
    ),
    _Rule(
        "special_data_exposed", lambda f: (f.special_categories or f.criminal) and _widely_exposed(f),
        Level.HIGH, None,
        Phrase("risk", "Special-category or criminal data in the hands of unknown or malicious recipients."),
        Phrase("risk", "EDPB 9/2022 para. 102; EDPB 01/2021 cases 5, 12"),
    ),
    _Rule(
        "fraud", lambda f: (f.financial or f.credentials) and _widely_exposed(f),
        Level.HIGH, None,
        Phrase("risk", "Financial data or credentials exposed to malicious or unknown recipients: fraud and account "
               "take-over are likely."),
        Phrase("risk", "EDPB 01/2021 case 7 (credential stuffing); ENISA 2013 (financial data, credentials)"),
    ),
    _Rule(
        "identity_theft", lambda f: f.national_id and _widely_exposed(f),
        Level.HIGH, None,
        Phrase("risk", "A national identification number (NIR) with identity data exposed to malicious or unknown "
               "recipients: identity theft and targeted phishing; the number cannot be changed."),
        Phrase("risk", "GDPR Art. 87; loi 78-17 art. 30; CNIL, 7 Feb 2024 (Viamedis / Almerys: individual information required)"),
    ),
    _Rule(
        "vulnerable", lambda f: f.vulnerable and (_exposed(f) or f.lasting_unavailability),
        Level.RISK, None,
        Phrase("risk", "Children or vulnerable individuals are concerned."),
        Phrase("risk", "EDPB 9/2022 factor: special characteristics of the individuals; GDPR recital 38"),
    ),
    _Rule(
        "vulnerable_exposed", lambda f: f.vulnerable and _widely_exposed(f) and (f.special_categories or f.national_id),
        Level.HIGH, None,
        Phrase("risk", "Sensitive data about children or vulnerable individuals exposed to unknown or malicious recipients."),
        Phrase("risk", "EDPB 9/2022 factors 2 and 5"),
    ),
    _Rule(
        "lasting_unavailability", lambda f: f.lasting_unavailability,
        Level.RISK, None,
        Phrase("risk", "The data are lost or unavailable for a long time (no usable backup)."),
        Phrase("risk", "EDPB 01/2021 case 2 (ransomware without backup)"),
    ),
    _Rule(
        "critical_unavailability", lambda f: f.lasting_unavailability and (f.sensitive_controller or f.special_categories),
        Level.HIGH, None,
        Phrase("risk", "Lasting unavailability of data people depend on (e.g. health care)."),
        Phrase("risk", "EDPB 01/2021 case 3 (hospital); EDPB 9/2022 factor 6"),
    ),
    _Rule(
        "integrity", lambda f: f.integrity and not f.recovered,
        Level.RISK, None,
        Phrase("risk", "The data were altered and not restored: decisions may be taken on wrong data."),
        Phrase("risk", "EDPB 9/2022 §2.1 (integrity breach)"),
    ),
    _Rule(
        "known_recipient",
        lambda f: f.confidentiality and f.recipients == "known" and not f.recovered and not f.unintelligible,
        Level.RISK, None,
        Phrase("risk", "The data reached an identified recipient who is not trusted and has not returned or deleted them."),
        Phrase("risk", "EDPB 9/2022 factor 8 (recipients); EDPB 01/2021 cases 13–18 (data sent by mistake)"),
    ),
    _Rule(
        "exposed", lambda f: _widely_exposed(f) and not f.data_public,
        Level.RISK, None,
        Phrase("risk", "Personal data taken or disclosed to unknown or malicious recipients."),
        Phrase("risk", "EDPB 9/2022 factors 1 and 8; EDPB 01/2021 cases 5, 11"),
    ),
)


def _level_from_band(band: Band, policy: Policy) -> Level:
    order = list(Band)
    if order.index(band) >= order.index(policy.high_from):
        return Level.HIGH
    if order.index(band) >= order.index(policy.risk_from):
        return Level.RISK
    return Level.UNLIKELY


def _many(f: Factors, policy: Policy) -> bool:
    return f.individuals is not None and f.individuals >= policy.many_individuals


def recommend(score: enisa.EnisaResult, factors: Factors, policy: Policy = Policy()) -> Recommendation:
    """Recommend what must be notified, with every reason, each citing its source.

    The ENISA band gives the starting level (policy); aggravating factors set floors, mitigating
    ones cap the level; caps win, because they describe breaches that cannot hurt anyone; missing
    facts make the recommendation "in doubt", which never recommends less than a notification
    (CNIL: "en cas de doute, notifiez").
    """
    reasons: list[Reason] = []
    level = _level_from_band(score.band, policy)
    reasons.append(Reason(
        FACTOR_NAMES["enisa"],
        Phrase("risk", "SE {se} ({band}) gives '{level}' under the local policy (risk from {risk_from}, high risk "
               "from {high_from}).", se=f"{score.se:.2f}", band=enisa.BAND_LABELS[score.band],
               level=LEVEL_NAMES[level.value], risk_from=enisa.BAND_LABELS[policy.risk_from],
               high_from=enisa.BAND_LABELS[policy.high_from]),
        Phrase("risk", "ENISA 2013 (SE = DPC × EI + CB); band-to-article mapping: local policy [A]"),
        "sets",
        "enisa",
        {"se": score.se, "band": score.band.value, "level": level.value, "risk_from": policy.risk_from.value,
         "high_from": policy.high_from.value},
    ))
    floor = Level.UNLIKELY
    cap = Level.HIGH
    for rule in RULES:
        if not rule.applies(factors):
            continue
        if rule.floor is not None and rule.floor.rank > floor.rank:
            floor = rule.floor
            reasons.append(Reason(rule.name, rule.text, rule.citation, "raises", rule.name))
        elif rule.cap is not None and rule.cap.rank < cap.rank:
            cap = rule.cap
            reasons.append(Reason(rule.name, rule.text, rule.citation, "caps", rule.name))
    if _many(factors, policy) and _widely_exposed(factors):
        reasons.append(Reason(
            FACTOR_NAMES["many_individuals"],
            Phrase("risk", "{individuals} people concerned: the number itself aggravates the impact.",
                   individuals=enisa.Count(factors.individuals or 0)),
            Phrase("risk", "EDPB 9/2022 factor 7; ENISA 2013 (number of individuals, beside the score)"),
            "raises",
            "many_individuals",
            {"individuals": factors.individuals},
        ))
        if floor.rank < Level.RISK.rank:
            floor = Level.RISK
    if factors.data_public and not (factors.special_categories or factors.criminal):
        reasons.append(Reason(
            FACTOR_NAMES["data_public"], Phrase("risk", "The data were already publicly available, which lowers the impact."),
            Phrase("risk", "EDPB 9/2022 factor 8; ENISA 2013 Annex 2"), "lowers", "data_public",
        ))
        if level.rank > Level.UNLIKELY.rank:
            level = Level(list(Level)[level.rank - 1])
    level = max(level, floor, key=lambda lv: lv.rank)
    level = min(level, cap, key=lambda lv: lv.rank)

    missing = _missing(factors, score)
    in_doubt = bool(missing)
    if in_doubt:
        reasons.append(Reason(
            FACTOR_NAMES["missing"],
            Phrase("risk", "Not established yet: {missing}.", missing=_listed([MISSING_TEXT[m] for m in missing])),
            Phrase("risk", "CNIL: \"en cas de doute, notifiez\""), "notes", "missing", {"missing": tuple(missing)},
        ))
        if level is Level.UNLIKELY:
            level = Level.RISK
            reasons.append(Reason(
                FACTOR_NAMES["in_doubt"],
                Phrase("risk", "When in doubt, notify: the authority will say whether people must be informed."),
                Phrase("risk", "CNIL, notifier une violation de données personnelles (2018)"), "raises", "in_doubt",
            ))

    exemption = ""
    public = False
    communicate = level is Level.HIGH
    if level is Level.HIGH:
        if factors.unintelligible:
            exemption, communicate = "a", False
            reasons.append(Reason(FACTOR_NAMES["art34_3_a"], Phrase("risk", "The data were unintelligible (key safe): "
                                  "no individual communication required."),
                                  Phrase("risk", "GDPR Art. 34(3)(a)"), "notes", "art34_3_a"))
        elif factors.measures_remove_high_risk:
            exemption, communicate = "b", False
            reasons.append(Reason(FACTOR_NAMES["art34_3_b"], Phrase("risk", "Measures taken since ensure the high risk "
                                  "is no longer likely to materialise."),
                                  Phrase("risk", "GDPR Art. 34(3)(b)"), "notes", "art34_3_b"))
        elif factors.disproportionate_effort:
            exemption, communicate, public = "c", False, True
            reasons.append(Reason(FACTOR_NAMES["art34_3_c"], Phrase("risk", "Individual communication would involve "
                                  "disproportionate effort: a public communication informing people as effectively "
                                  "is required instead."),
                                  Phrase("risk", "GDPR Art. 34(3)(c)"), "notes", "art34_3_c"))
    return Recommendation(
        level=level,
        notify_authority=level is not Level.UNLIKELY,
        communicate=communicate,
        exemption=exemption,
        public_communication=public,
        in_doubt=in_doubt,
        reasons=tuple(reasons),
        summary=_summary(level, communicate, exemption, in_doubt),
    )


MISSING_TEXT = {
    "malicious": Phrase("risk", "whether the breach was malicious or accidental"),
    "type": Phrase("risk", "the type of breach (confidentiality, integrity, availability)"),
    "categories": Phrase("risk", "the categories of data concerned"),
    "restorable": Phrase("risk", "whether the data can be restored (a usable backup) or are lost for a lasting time"),
}
"""What an "in doubt" reason can list, by code (the codes go in ``Reason.values["missing"]``)."""


def _missing(f: Factors, score: enisa.EnisaResult) -> list[str]:
    missing = []
    if f.malicious is None:
        missing.append("malicious")
    if not (f.confidentiality or f.integrity or f.availability):
        missing.append("type")
    if score.dpc_category is None:
        missing.append("categories")
    if f.availability and not (f.recovered or f.lasting_unavailability):
        missing.append("restorable")
    return missing


def _listed(items: Sequence[str]) -> str:
    """``a, b, c`` that stays translatable when the items are Phrases."""
    joined = items[0]
    for item in items[1:]:
        joined = Phrase("risk", "{first}, {second}", first=joined, second=item)
    return joined


def _sentences(parts: Sequence[str]) -> str:
    """Sentences one after the other, each still translatable."""
    joined = parts[0]
    for part in parts[1:]:
        joined = Phrase("risk", "{first} {second}", first=joined, second=part)
    return joined


def _summary(level: Level, communicate: bool, exemption: str, in_doubt: bool) -> str:
    parts: list[str] = [Phrase("risk", "The breach is {level}.", level=LEVEL_TEXT[level])]
    parts.append(Phrase("risk", "Document it (Art. 33(5))."))
    if level is not Level.UNLIKELY:
        parts.append(Phrase("risk", "Notify the supervisory authority within 72 hours of awareness (Art. 33(1))."))
    else:
        parts.append(Phrase("risk", "No notification to the supervisory authority: record why (Art. 33(1), 33(5))."))
    if communicate:
        parts.append(Phrase("risk", "Communicate the breach to the data subjects without undue delay (Art. 34(1))."))
    elif exemption == "c":
        parts.append(Phrase("risk", "Inform the public instead of each person (Art. 34(3)(c))."))
    elif exemption:
        parts.append(Phrase("risk", "No individual communication: Art. 34(3)({exemption}) applies; record it.",
                            exemption=exemption))
    elif level is Level.RISK:
        parts.append(Phrase("risk", "No communication to the data subjects is required (Art. 34(1): not a high risk)."))
    if in_doubt:
        parts.append(Phrase("risk", "Some facts are not established: when in doubt, notify (CNIL)."))
    return _sentences(parts)


def derive(
    *,
    nature: Sequence[str],
    origin_intent: str,
    data_categories: Sequence[Any],
    person_categories: Sequence[Any],
    individuals: int | None,
    records: int | None,
    protection: str,
    key_compromised: bool | None,
) -> Factors:
    """A first set of factors from what the case file already says (taxonomy flags, counts).

    ``data_categories`` / ``person_categories`` are ``taxonomy`` categories.
    """
    unintelligible = protection in ("encrypted", "hashed") and key_compromised is False
    return Factors(
        confidentiality="confidentiality" in nature,
        integrity="integrity" in nature,
        availability="availability" in nature,
        malicious=None if origin_intent == "unknown" else origin_intent == "malicious",
        special_categories=any(c.special == "art9" for c in data_categories),
        criminal=any(c.special == "art10" for c in data_categories),
        national_id=any(c.national_id for c in data_categories),
        financial=any(c.enisa_type == "financial" for c in data_categories),
        credentials=any(c.enisa_type == "credentials" for c in data_categories),
        records=records,
        vulnerable=any(c.vulnerable or c.minors for c in person_categories),
        individuals=individuals,
        recipients="unknown",
        unintelligible=unintelligible,
        permanent=any(c.national_id or c.special == "art9" for c in data_categories),
    )
