"""ENISA 2013 severity of a personal data breach: SE = DPC × EI + CB (REFERENCE.md §4).

Pure functions. Every factor carries a written justification, and ``score`` returns the steps in
plain English so the GUI, the CLI and the report show the same reasoning. Confidence tags:
formula, base scores, EI and CB values and band thresholds [V]; the adjustments' wording [M];
the CB labels [M/S]; the bands' likely effects [S]. Which band calls for which notification is a
policy choice made elsewhere [A]: ENISA gives none.

The steps, level meanings and default justifications are ``Phrase``s (context "enisa"): English
``str``s that the window writes in its language; data categories named in them are
``CategoryNames``, which the window writes with the taxonomy's labels in its language.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from cnil_case.core import taxonomy
from cnil_case.core.errors import ValidationError
from cnil_case.core.phrases import Phrase


class Band(enum.StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    VERY_HIGH = "very_high"


# Ease of identification: a linear scale [V, co-dex 387; myprivacy.tools].
EI_LEVELS: dict[float, str] = {
    0.25: Phrase("enisa", "negligible"),
    0.5: Phrase("enisa", "limited"),
    0.75: Phrase("enisa", "significant"),
    1.0: Phrase("enisa", "maximum"),
}
EI_MEANINGS: dict[float, str] = {
    0.25: Phrase("enisa", "extremely difficult to match the data to a person, though possible under certain conditions"),
    0.5: Phrase("enisa", "matching the data to a person takes some effort or extra data"),
    0.75: Phrase("enisa", "the data can be matched to a person with little effort"),
    1.0: Phrase("enisa", "the person is identifiable directly from the data, with no special research"),
}
# 0.5 and 0.75 have no ENISA wording in REFERENCE.md §4.3; ours interpolate the linear scale [A].

# Circumstances of the breach: the elements are added [V for the values; M/S for the labels].
CB_CONFIDENTIALITY: dict[float, str] = {
    0.0: Phrase("enisa", "no disclosure, or data exposed with no evidence of illegal processing"),
    0.25: Phrase("enisa", "a known or limited number of recipients"),
    0.5: Phrase("enisa", "an unknown number of recipients (e.g. published online)"),
}
CB_INTEGRITY: dict[float, str] = {
    0.0: Phrase("enisa", "no alteration, or data altered with no incorrect or illegal use identified"),
    0.25: Phrase("enisa", "data altered and possibly misused, but recoverable"),
    0.5: Phrase("enisa", "data altered and possibly misused, not recoverable"),
}
CB_AVAILABILITY: dict[float, str] = {
    0.0: Phrase("enisa", "data available, or recoverable without difficulty"),
    0.25: Phrase("enisa", "temporary unavailability"),
    0.5: Phrase("enisa", "full unavailability (not recoverable from the controller or the individuals)"),
}
CB_MALICIOUS: dict[float, str] = {
    0.0: Phrase("enisa", "accidental"),
    0.5: Phrase("enisa", "intentional (theft, hacking, sale, intent to harm)"),
}
CB_MAX = 2.0  # 0.5 × 4 [V]
SE_MAX = 6.0  # DPC 4 × EI 1 + CB 2 [V]

# Band thresholds [V, myprivacy.tools]: lower bound of each band.
BAND_THRESHOLDS: dict[Band, float] = {
    Band.LOW: 0.0,
    Band.MEDIUM: 2.0,
    Band.HIGH: 3.0,
    Band.VERY_HIGH: 4.0,
}
BAND_RANGES: dict[Band, str] = {
    Band.LOW: "SE < 2",
    Band.MEDIUM: "2 ≤ SE < 3",
    Band.HIGH: "3 ≤ SE < 4",
    Band.VERY_HIGH: "SE ≥ 4",
}
BAND_LABELS: dict[Band, str] = {
    Band.LOW: Phrase("enisa", "low"),
    Band.MEDIUM: Phrase("enisa", "medium"),
    Band.HIGH: Phrase("enisa", "high"),
    Band.VERY_HIGH: Phrase("enisa", "very high"),
}
# Likely effects on individuals, paraphrased from ENISA text in a later ENISA handbook [S]; to be
# checked against the 2013 PDF before they are shown as ENISA's words (REFERENCE.md §4.4).
BAND_EFFECTS: dict[Band, str] = {
    Band.LOW: Phrase(
        "enisa",
        "Individuals are unaffected or meet a few inconveniences they overcome without problem "
        "(re-entering information, annoyance, irritation) [S]."
    ),
    Band.MEDIUM: Phrase(
        "enisa",
        "Individuals meet significant inconveniences they overcome despite a few difficulties "
        "(extra costs, denial of access to business services, fear, lack of understanding, stress, "
        "minor physical ailments) [S]."
    ),
    Band.HIGH: Phrase(
        "enisa",
        "Individuals meet significant consequences they overcome only with serious difficulties "
        "(misappropriation of funds, bank blacklisting, property damage, job loss, subpoena, "
        "worse health) [S]."
    ),
    Band.VERY_HIGH: Phrase(
        "enisa",
        "Individuals meet significant, even irreversible consequences they may not overcome "
        "(financial distress such as substantial debt or inability to work, long-term "
        "psychological or physical ailments, death) [S]."
    ),
}

# ENISA's data types, as the justifications name them ("simple data").
TYPE_NAMES: dict[str, str] = {
    "simple": Phrase("enisa", "simple"),
    "behavioural": Phrase("enisa", "behavioural"),
    "financial": Phrase("enisa", "financial"),
    "sensitive": Phrase("enisa", "sensitive"),
    "credentials": Phrase("enisa", "credentials"),
}


class Count(int):
    """A number of people in a sentence: ``33,000,000`` in English; the window writes it its way."""

    def __str__(self) -> str:
        return f"{int(self):,}"

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)


@dataclass(frozen=True)
class CategoryNames:
    """Data categories named in a sentence: their English labels, joined by commas; ``names(lang)``
    gives them in another language (the window's)."""

    codes: tuple[str, ...]

    def names(self, lang: str) -> str:
        return ", ".join(_category_name(code, lang) for code in self.codes)

    def __str__(self) -> str:
        return self.names("en")

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)


# The fields the validation errors name, and the reason shared by two checks.
DATA_CATEGORIES = Phrase("enisa", "Data categories")
CHOOSE_A_CATEGORY = Phrase("enisa", "choose at least one category of data to score")

DPC_MIN, DPC_MAX = 1, 4
ADJUSTMENT_MIN, ADJUSTMENT_MAX = -3, 3


@dataclass(frozen=True)
class CategoryScore:
    """One data category's DPC: its ENISA base plus the assessor's adjustment."""

    code: str
    base: int
    adjustment: int = 0
    justification: str = ""

    @property
    def score(self) -> int:
        # "Any type may end anywhere in 1–4" [V]: clamp the sum.
        return max(DPC_MIN, min(DPC_MAX, self.base + self.adjustment))


@dataclass(frozen=True)
class EnisaInput:
    categories: tuple[CategoryScore, ...]
    ei: float
    ei_justification: str = ""
    cb_confidentiality: float = 0
    cb_integrity: float = 0
    cb_availability: float = 0
    cb_malicious: float = 0
    cb_justification: str = ""
    individuals: int | None = None
    unintelligible: bool = False


@dataclass(frozen=True)
class EnisaResult:
    dpc: int
    dpc_category: str | None
    ei: float
    cb: float
    se: float  # exact; round only for display (see ``format_number``)
    band: Band
    steps: tuple[str, ...]
    individuals: int | None
    unintelligible: bool


def band(se: float) -> Band:
    """The severity band of an SE value: < 2 low, 2–<3 medium, 3–<4 high, ≥ 4 very high [V]."""
    if se >= BAND_THRESHOLDS[Band.VERY_HIGH]:
        return Band.VERY_HIGH
    if se >= BAND_THRESHOLDS[Band.HIGH]:
        return Band.HIGH
    if se >= BAND_THRESHOLDS[Band.MEDIUM]:
        return Band.MEDIUM
    return Band.LOW


def score(data: EnisaInput) -> EnisaResult:
    """Compute SE = DPC × EI + CB and explain it.

    DPC is the highest-scoring category (the first one on a tie) [S]; CB adds its four elements.
    SE is kept exact: the levels are quarter steps, exactly representable as floats, so the band
    comparison is exact too.

    Raises:
        ValidationError: no category; a base outside 1..4 or an adjustment outside −3..+3; EI or a
            CB element not on its scale; a negative number of individuals. The field is named
            ("EI", "CB confidentiality", "DPC adjustment (health)"…).
    """
    _check(data)
    top = max(data.categories, key=lambda c: c.score)  # max() keeps the first of equals
    cb = data.cb_confidentiality + data.cb_integrity + data.cb_availability + data.cb_malicious
    se = top.score * data.ei + cb
    result_band = band(se)
    steps = (
        _dpc_step(top, data.categories),
        _ei_step(data),
        _cb_step(data, cb),
        f"DPC {top.score} × EI {format_number(data.ei, ei=True)} + CB {format_number(cb)} "
        f"= SE {format_number(se)}",
        _band_step(se, result_band),
        _outside_step(data),
    )
    return EnisaResult(
        dpc=top.score,
        dpc_category=top.code,
        ei=data.ei,
        cb=cb,
        se=se,
        band=result_band,
        steps=steps,
        individuals=data.individuals,
        unintelligible=data.unintelligible,
    )


def default_input(
    categories: Sequence[taxonomy.DataCategory],
    *,
    credentials_base: int | None = None,
    identifies: bool | None = None,
    confidentiality: float = 0,
    integrity: float = 0,
    availability: float = 0,
    malicious: bool = False,
    individuals: int | None = None,
    unintelligible: bool = False,
) -> EnisaInput:
    """A starting point for the assessor: each category at its ENISA base, no adjustment.

    Args:
        categories: the data categories concerned.
        credentials_base: the DPC of the system that leaked credentials open [V]; by default the
            highest base among the other categories (what the credentials give access to, as far
            as the case file knows), else 1 [A].
        identifies: whether the data identify people directly; by default, whether any category
            does. Drives EI: 1.0 if so, else 0.5; 0.25 when the data are unintelligible [A].
        confidentiality, integrity, availability: CB levels (0, 0.25 or 0.5).
        malicious: whether the breach was intentional (CB +0.5).
        individuals, unintelligible: the two criteria shown beside the score [V].

    Raises:
        ValidationError: no category, or a credentials base outside 1..4.
    """
    if not categories:
        raise ValidationError(DATA_CATEGORIES, CHOOSE_A_CATEGORY)
    if credentials_base is not None and not DPC_MIN <= credentials_base <= DPC_MAX:
        raise ValidationError(Phrase("enisa", "Credentials base"),
                              Phrase("enisa", "must be from 1 to 4, not {value}", value=str(credentials_base)))
    other_bases = [c.enisa_base for c in categories if c.enisa_base is not None]
    implied_base = max(other_bases, default=1)
    scores: list[CategoryScore] = []
    for category in categories:
        why: str
        if category.enisa_base is None:
            base = credentials_base if credentials_base is not None else implied_base
            if credentials_base is not None:
                why = Phrase("enisa", "Credentials are scored as the system they open (ENISA 2013 [V], REFERENCE "
                             "§4.2): base {base}, as chosen by the assessor.", base=base)
            else:
                why = Phrase("enisa", "Credentials are scored as the system they open (ENISA 2013 [V], REFERENCE "
                             "§4.2): base {base}, the highest base among the other data concerned, pending what "
                             "the accounts actually give access to [A].", base=base)
        else:
            base = category.enisa_base
            why = Phrase("enisa", "ENISA base for {type} data: {base} (Annex 1 [V], REFERENCE §4.2); no adjustment yet.",
                         type=TYPE_NAMES[category.enisa_type], base=base)
        scores.append(CategoryScore(code=category.code, base=base, justification=why))
    direct = any(c.identifies for c in categories) if identifies is None else identifies
    named = tuple(c.code for c in categories if c.identifies)
    ei_why: str
    if unintelligible:
        ei = 0.25
        ei_why = Phrase("enisa", "The data were unintelligible to the recipients (e.g. encrypted with the key "
                        "safe): negligible ease of identification; encryption lowers EI (REFERENCE §4.3 [V]).")
    elif direct and named and identifies is None:
        ei = 1.0
        ei_why = Phrase("enisa", "The data identify people directly ({categories}): maximum ease of "
                        "identification, no special research needed (REFERENCE §4.3 [V]).",
                        categories=CategoryNames(named))
    elif direct:
        ei = 1.0
        ei_why = Phrase("enisa", "The data identify people directly: maximum ease of identification, no special "
                        "research needed (REFERENCE §4.3 [V]).")
    else:
        ei = 0.5
        ei_why = Phrase("enisa", "No category names people directly; they could be identified with some effort or "
                        "by cross-matching: limited ease of identification (REFERENCE §4.3 [V]; the default of "
                        "0.5 is our choice [A]).")
    malicious_level = 0.5 if malicious else 0.0
    cb_why = (Phrase("enisa", "Starting point from the circumstances recorded for the case; the breach was "
                     "intentional. The four elements add up (REFERENCE §4.3 [V]).") if malicious
              else Phrase("enisa", "Starting point from the circumstances recorded for the case. The four elements "
                          "add up (REFERENCE §4.3 [V])."))
    return EnisaInput(
        categories=tuple(scores),
        ei=ei,
        ei_justification=ei_why,
        cb_confidentiality=confidentiality,
        cb_integrity=integrity,
        cb_availability=availability,
        cb_malicious=malicious_level,
        cb_justification=cb_why,
        individuals=individuals,
        unintelligible=unintelligible,
    )


def format_number(value: float, *, ei: bool = False) -> str:
    """Round to 2 decimals for display: "3.0", "0.25"; EI shows 1 as "1" like ENISA's tables."""
    text = f"{round(value, 2):.2f}".rstrip("0")
    if text.endswith("."):
        text = text[:-1] if ei else text + "0"
    return text


# --- validation and explanation ---------------------------------------------------------------


def _check(data: EnisaInput) -> None:
    if not data.categories:
        raise ValidationError(DATA_CATEGORIES, CHOOSE_A_CATEGORY)
    for category in data.categories:
        if not _is_int(category.base) or not DPC_MIN <= category.base <= DPC_MAX:
            raise ValidationError(
                Phrase("enisa", "DPC base ({code})", code=category.code),
                Phrase("enisa", "must be from 1 to 4, not {value}", value=repr(category.base)),
            )
        if (
            not _is_int(category.adjustment)
            or not ADJUSTMENT_MIN <= category.adjustment <= ADJUSTMENT_MAX
        ):
            raise ValidationError(
                Phrase("enisa", "DPC adjustment ({code})", code=category.code),
                Phrase("enisa", "must be from −3 to +3, not {value}", value=repr(category.adjustment)),
            )
    _check_level(Phrase("enisa", "EI"), data.ei, EI_LEVELS)
    _check_level(Phrase("enisa", "CB confidentiality"), data.cb_confidentiality, CB_CONFIDENTIALITY)
    _check_level(Phrase("enisa", "CB integrity"), data.cb_integrity, CB_INTEGRITY)
    _check_level(Phrase("enisa", "CB availability"), data.cb_availability, CB_AVAILABILITY)
    _check_level(Phrase("enisa", "CB malicious intent"), data.cb_malicious, CB_MALICIOUS)
    if data.individuals is not None and (not _is_int(data.individuals) or data.individuals < 0):
        raise ValidationError(
            Phrase("enisa", "Number of individuals"),
            Phrase("enisa", "must be 0 or more, not {value}", value=repr(data.individuals)),
        )


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _check_level(field: str, value: float, scale: Mapping[float, str]) -> None:
    ok = (
        isinstance(value, int | float)
        and not isinstance(value, bool)
        and math.isfinite(value)
        and value in scale
    )
    if not ok:
        allowed = ", ".join(format_number(level, ei=field == "EI") for level in scale)
        raise ValidationError(field, Phrase("enisa", "must be one of {allowed}, not {value}", allowed=allowed,
                                            value=repr(value)))


def _category_name(code: str, lang: str = "en") -> str:
    try:
        return taxonomy.label(taxonomy.data_category(code), lang)
    except ValidationError:
        return code  # a category the taxonomy no longer lists: its code still says what it was


def _sentence(text: str) -> str:
    """The justification as a sentence (a full stop added when it has none); a Phrase stays one."""
    if text.strip().endswith((".", "!", "?", "…")):
        return text if isinstance(text, Phrase) else text.strip()
    return Phrase("enisa", "{text}.", text=text if isinstance(text, Phrase) else text.strip())


def _signed(value: int) -> str:
    return f"+{value}" if value > 0 else f"−{-value}" if value < 0 else "0"


def _why(text: str, justification: str) -> str:
    """A step followed by the assessor's justification, when there is one."""
    if not justification.strip():
        return text
    return Phrase("enisa", "{step} Why: {why}", step=text, why=_sentence(justification))


def _listed(items: Sequence[str]) -> str:
    """``a, b, c``, still translatable when the items are Phrases."""
    joined = items[0]
    for item in items[1:]:
        joined = Phrase("enisa", "{first}, {second}", first=joined, second=item)
    return joined


def _dpc_step(top: CategoryScore, categories: tuple[CategoryScore, ...]) -> str:
    raw = top.base + top.adjustment
    arithmetic: str
    if not top.adjustment:
        arithmetic = Phrase("enisa", "base {base}, no adjustment", base=top.base)
    elif raw != top.score:
        arithmetic = Phrase("enisa", "base {base} {adjustment} = {raw}, kept within 1–4 as ENISA requires [V]: "
                            "{score}", base=top.base, adjustment=_signed(top.adjustment), raw=raw, score=top.score)
    else:
        arithmetic = Phrase("enisa", "base {base} {adjustment} = {raw}", base=top.base,
                            adjustment=_signed(top.adjustment), raw=raw)
    text = _why(Phrase("enisa", "Data processing context (DPC) {score}, from the highest-scoring category, "
                       "{category} ({arithmetic}).", score=top.score, category=CategoryNames((top.code,)),
                       arithmetic=arithmetic), top.justification)
    others = [c for c in categories if c is not top]
    if others:
        listed = _listed([Phrase("enisa", "{category} {score}", category=CategoryNames((c.code,)), score=c.score)
                          for c in others])
        text = Phrase("enisa", "{step} Other categories: {listed}; ENISA keeps the highest [S].", step=text,
                      listed=listed)
    return text


def _ei_step(data: EnisaInput) -> str:
    text = Phrase("enisa", "Ease of identification (EI) {ei}, {level}: {meaning}.",
                  ei=format_number(data.ei, ei=True), level=EI_LEVELS[data.ei], meaning=EI_MEANINGS[data.ei])
    return _why(text, data.ei_justification)


def _cb_step(data: EnisaInput, cb: float) -> str:
    text = Phrase(
        "enisa", "Circumstances of the breach (CB) {cb}: confidentiality +{confidentiality} ({confidentiality_meaning}); "
        "integrity +{integrity} ({integrity_meaning}); availability +{availability} ({availability_meaning}); "
        "malicious intent +{malicious} ({malicious_meaning}).",
        cb=format_number(cb),
        confidentiality=format_number(data.cb_confidentiality),
        confidentiality_meaning=CB_CONFIDENTIALITY[data.cb_confidentiality],
        integrity=format_number(data.cb_integrity), integrity_meaning=CB_INTEGRITY[data.cb_integrity],
        availability=format_number(data.cb_availability), availability_meaning=CB_AVAILABILITY[data.cb_availability],
        malicious=format_number(data.cb_malicious), malicious_meaning=CB_MALICIOUS[data.cb_malicious],
    )
    return _why(text, data.cb_justification)


def _band_step(se: float, result: Band) -> str:
    return Phrase("enisa", "Severity {band} (SE {se}, band {range}). ENISA bands [V]: {low} SE < 2; {medium} 2 ≤ SE < 3; "
                  "{high} 3 ≤ SE < 4; {very_high} SE ≥ 4. Likely effect: {effect}",
                  band=BAND_LABELS[result], se=format_number(se), range=BAND_RANGES[result],
                  low=BAND_LABELS[Band.LOW], medium=BAND_LABELS[Band.MEDIUM], high=BAND_LABELS[Band.HIGH],
                  very_high=BAND_LABELS[Band.VERY_HIGH], effect=BAND_EFFECTS[result])


def _outside_step(data: EnisaInput) -> str:
    count: str
    if data.individuals is None:
        count = Phrase("enisa", "number of individuals not recorded")
    elif data.individuals == 1:
        count = Phrase("enisa", "1 individual affected")
    else:
        count = Phrase("enisa", "{count} individuals affected", count=Count(data.individuals))
    clarity = (Phrase("enisa", "the data were unintelligible to the recipients") if data.unintelligible
               else Phrase("enisa", "the data were intelligible"))
    return Phrase("enisa", "Beside the score, not in the formula (ENISA [V]): {count}; {clarity}. "
                  "Weigh both with the score when concluding.", count=count, clarity=clarity)
