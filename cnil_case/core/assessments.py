"""Risk assessments of a case: a draft from the case file, evaluation, the human decision, history.

Every assessment is kept with its author, time, inputs and result (initial, after
investigation, …). Recording one applies its decision to the controllers' Art. 33 / 34 duties
(``obligations.apply_decision``) in the same transaction, and is audited.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cnil_case.core import affected, audit, cases, enisa, obligations, risk, taxonomy
from cnil_case.core.errors import NotFoundError, ValidationError
from cnil_case.core.models import AuditAction, RiskAssessment
from cnil_case.core.phrases import Phrase

METHOD = "cnil-case risk 1 (ENISA 2013 + EDPB 9/2022)"


@dataclass(frozen=True)
class Draft:
    """A starting point computed from the case file; the assessor corrects it."""

    enisa_input: enisa.EnisaInput
    factors: risk.Factors
    notes: tuple[str, ...]


@dataclass(frozen=True)
class Evaluation:
    score: enisa.EnisaResult
    recommendation: risk.Recommendation


@dataclass(frozen=True)
class AssessmentRow:
    id: int
    case_id: int
    label: str
    author: str
    assessed_at: dt.datetime
    enisa_input: enisa.EnisaInput
    factors: risk.Factors
    evaluation: Evaluation
    decided_level: str
    overridden: bool
    exemption: str
    reason: str


def enisa_to_json(data: enisa.EnisaInput) -> dict[str, Any]:
    return dataclasses.asdict(data)


def enisa_from_json(data: dict[str, Any]) -> enisa.EnisaInput:
    values = dict(data)
    values["categories"] = tuple(enisa.CategoryScore(**c) for c in values.get("categories", ()))
    known = {f.name for f in dataclasses.fields(enisa.EnisaInput)}
    return enisa.EnisaInput(**{k: v for k, v in values.items() if k in known})


def circumstances(factors: risk.Factors) -> dict[str, float]:
    """ENISA's CB elements (REFERENCE.md §4.3) as the EDPB factors describe the breach."""
    confidentiality = 0.0
    if factors.confidentiality:
        confidentiality = {"unknown": 0.5, "known": 0.25, "trusted": 0.25}.get(factors.recipients, 0.0)
    integrity = 0.0
    if factors.integrity:
        integrity = 0.25 if factors.recovered else 0.5
    availability = 0.0
    if factors.availability:
        availability = 0.5 if factors.lasting_unavailability else (0.0 if factors.recovered else 0.25)
    return {"confidentiality": confidentiality, "integrity": integrity, "availability": availability}


def draft(session: Session, case_id: int, *, factor_overrides: Mapping[str, Any] | None = None) -> Draft:
    """Factors and ENISA inputs derived from the case's data, persons, nature, origin, protection.

    ``factor_overrides`` corrects derived factors (e.g. recipients trusted, data recovered) before
    the ENISA circumstances are derived from them, so score and factors tell the same story.
    """
    case = cases.get(session, case_id)
    data_rows = affected.list_data(session, case_id)
    person_rows = affected.list_persons(session, case_id)
    data_categories = [taxonomy.data_category(row.category) for row in data_rows]
    person_categories = [taxonomy.person_category(row.category) for row in person_rows]
    individuals = affected.total_individuals(person_rows)
    factors = risk.derive(
        nature=sorted(case.nature),
        origin_intent=case.origin_intent,
        data_categories=data_categories,
        person_categories=person_categories,
        individuals=individuals,
        records=affected.total_records(data_rows),
        protection=case.protection,
        key_compromised=case.key_compromised,
    )
    if factor_overrides:
        factors = risk.Factors.from_json({**factors.to_json(), **factor_overrides})
    cb = circumstances(factors)
    enisa_input = enisa.default_input(
        data_categories,
        confidentiality=cb["confidentiality"],
        integrity=cb["integrity"],
        availability=cb["availability"],
        malicious=bool(factors.malicious),
        individuals=factors.individuals,
        unintelligible=factors.unintelligible,
    )
    notes = []
    border = affected.cross_border_note(person_rows)
    if border:
        notes.append(border)
    if not data_rows:
        notes.append(Phrase("assessments", "No data category recorded yet: list the data concerned (Art. 33(3)(a))."))
    return Draft(enisa_input=enisa_input, factors=factors, notes=tuple(notes))


def evaluate(enisa_input: enisa.EnisaInput, factors: risk.Factors, policy: risk.Policy | None = None) -> Evaluation:
    score = enisa.score(enisa_input)
    return Evaluation(score=score, recommendation=risk.recommend(score, factors, policy or risk.Policy()))


def _row(record: RiskAssessment) -> AssessmentRow:
    inputs = json.loads(record.inputs)
    enisa_input = enisa_from_json(inputs["enisa"])
    factors = risk.Factors.from_json(inputs["factors"])
    return AssessmentRow(
        id=record.id,
        case_id=record.case_id,
        label=record.label,
        author=record.author,
        assessed_at=record.assessed_at,
        enisa_input=enisa_input,
        factors=factors,
        evaluation=evaluate(enisa_input, factors),
        decided_level=record.decided_level,
        overridden=record.overridden,
        exemption=record.exemption,
        reason=record.reason,
    )


def record(
    session: Session,
    case_id: int,
    *,
    label: str,
    enisa_input: enisa.EnisaInput,
    factors: risk.Factors,
    decided_level: str | None = None,
    exemption: str | None = None,
    reason: str = "",
    now: dt.datetime,
    assessed_at: dt.datetime | None = None,
    author: str | None = None,
) -> AssessmentRow:
    """Keep an assessment and its decision, and switch the case's Art. 33 / 34 duties to match.

    ``decided_level`` / ``exemption`` None accept the recommendation; anything else overrides it
    and needs a reason.

    Raises:
        ValidationError: unknown level or exemption, an exemption without a high risk, an
            override without a reason, or invalid ENISA inputs.
    """
    cases.get(session, case_id)
    evaluation = evaluate(enisa_input, factors)
    recommended = evaluation.recommendation
    level = decided_level or recommended.level.value
    if level not in [lv.value for lv in risk.Level]:
        raise ValidationError("Decision", f"{level!r} is not one of unlikely, risk, high")
    chosen_exemption = recommended.exemption if exemption is None else exemption
    if chosen_exemption not in ("", "a", "b", "c"):
        raise ValidationError("Art. 34(3) exemption", f"{chosen_exemption!r} is not one of a, b, c")
    if chosen_exemption and level != risk.Level.HIGH.value:
        raise ValidationError("Art. 34(3) exemption", "applies only when the risk is high (Art. 34(1))")
    overridden = level != recommended.level.value or chosen_exemption != recommended.exemption
    if overridden and not reason.strip():
        raise ValidationError(
            "Reason",
            f"you depart from the recommendation ({recommended.level.value}"
            + (f", Art. 34(3)({recommended.exemption})" if recommended.exemption else "")
            + "): say why, the reason is kept in the record",
        )
    label = label.strip() or "Assessment"
    row = RiskAssessment(
        case_id=case_id,
        label=label,
        author=author or audit.current_actor(session),
        assessed_at=assessed_at or now,
        inputs=json.dumps({"method": METHOD, "enisa": enisa_to_json(enisa_input), "factors": factors.to_json()},
                          ensure_ascii=False, sort_keys=True),
        result=json.dumps({"se": evaluation.score.se, "band": evaluation.score.band.value,
                           "recommendation": recommended.to_json()}, ensure_ascii=False, sort_keys=True),
        decided_level=level,
        overridden=overridden,
        exemption=chosen_exemption,
        reason=reason.strip(),
    )
    session.add(row)
    session.flush()
    decision = f"{risk.LEVEL_TEXT[risk.Level(level)]}"
    explanation = f"«{label}»: {decision}" + (f"; {reason.strip()}" if reason.strip() else "")
    switched = obligations.apply_decision(
        session, case_id, assessment_id=row.id, level=level, exemption=chosen_exemption,
        explanation=explanation, now=now,
    )
    audit.record(
        session,
        action=AuditAction.CREATE,
        entity="risk_assessment",
        entity_id=row.id,
        case_id=case_id,
        summary=f"Risk assessment «{label}»: SE {evaluation.score.se:.2f} ({evaluation.score.band.value}), "
        f"decided '{level}'" + (" (override)" if overridden else "") + (f", Art. 34(3)({chosen_exemption})" if chosen_exemption else ""),
        after={"decided_level": level, "exemption": chosen_exemption, "overridden": overridden,
               "reason": reason.strip(), "recommended": recommended.level.value, "se": evaluation.score.se,
               "obligations": switched},
    )
    return _row(row)


def history(session: Session, case_id: int) -> list[AssessmentRow]:
    """Every assessment of the case, the latest recorded first (it is the one in force)."""
    query = select(RiskAssessment).where(RiskAssessment.case_id == case_id).order_by(RiskAssessment.id.desc())
    return [_row(r) for r in session.scalars(query)]


def current(session: Session, case_id: int) -> AssessmentRow | None:
    found = history(session, case_id)
    return found[0] if found else None


def get(session: Session, assessment_id: int) -> AssessmentRow:
    found = session.get(RiskAssessment, assessment_id)
    if found is None:
        raise NotFoundError(f"Risk assessment #{assessment_id} does not exist.")
    return _row(found)
