"""The recommendation: ENISA band as the starting point, EDPB factors as floors and caps, doubt."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cnil_case.core import enisa, risk, taxonomy
from cnil_case.core.phrases import Phrase
from cnil_case.core.risk import Factors, Level


def score(*codes: str, confidentiality: float = 0.0, availability: float = 0.0, integrity: float = 0.0,
          malicious: bool = False, unintelligible: bool = False) -> enisa.EnisaResult:
    categories = [taxonomy.data_category(code) for code in codes]
    return enisa.score(enisa.default_input(categories, confidentiality=confidentiality, availability=availability,
                                           integrity=integrity, malicious=malicious, unintelligible=unintelligible))


def test_viamedis_like_breach_is_a_high_risk_with_individual_information() -> None:
    """NIR + civil status taken with phished accounts: the CNIL required individual information."""
    result = score("identity", "birth_date", "nir", "insurance", confidentiality=0.5, malicious=True)
    factors = Factors(confidentiality=True, malicious=True, national_id=True, individuals=33_000_000, recipients="unknown")
    recommendation = risk.recommend(result, factors)
    assert recommendation.level is Level.HIGH
    assert recommendation.notify_authority and recommendation.communicate
    assert any("Art. 87" in r.citation for r in recommendation.reasons)
    assert any(r.factor == "number of individuals" for r in recommendation.reasons)


@pytest.mark.parametrize(
    ("case", "codes", "cb", "factors", "notify", "communicate"),
    [
        # EDPB 01/2021 case 1: ransomware, proper backup, no exfiltration → document only.
        ("ransomware with backup", ("identity", "contact"), {"availability": 0.25, "malicious": True},
         Factors(availability=True, malicious=True, recipients="none", recovered=True), False, False),
        # Case 2: ransomware without backup → notify.
        ("ransomware without backup", ("identity", "contact"), {"availability": 0.5, "malicious": True},
         Factors(availability=True, malicious=True, recipients="none", lasting_unavailability=True), True, False),
        # Case 3: hospital without its data for days → notify and communicate.
        ("hospital ransomware", ("identity", "health"), {"availability": 0.5, "malicious": True},
         Factors(availability=True, malicious=True, recipients="none", lasting_unavailability=True,
                 special_categories=True, sensitive_controller=True), True, True),
        # Case 6: strongly hashed, salted passwords taken → document only.
        ("hashed passwords", ("credentials",), {"confidentiality": 0.5, "malicious": True, "unintelligible": True},
         Factors(confidentiality=True, malicious=True, credentials=True, unintelligible=True), False, False),
        # Case 7: credential stuffing on a bank → notify and communicate.
        ("credential stuffing", ("identity", "bank_card"), {"confidentiality": 0.5, "malicious": True},
         Factors(confidentiality=True, malicious=True, financial=True), True, True),
        # Case 9: sent by mistake to a trusted partner who deleted it → document only.
        ("trusted recipient", ("identity", "contact"), {"confidentiality": 0.25},
         Factors(confidentiality=True, malicious=False, recipients="trusted", recovered=True), False, False),
        # Case 10: stolen laptop, encrypted, key safe, backup → document only.
        ("encrypted laptop", ("identity", "health"), {"confidentiality": 0.25, "malicious": True, "unintelligible": True},
         Factors(confidentiality=True, malicious=True, special_categories=True, unintelligible=True, recovered=True),
         False, False),
        # Case 12: stolen paper files with health data → notify and communicate.
        ("stolen health files", ("identity", "health"), {"confidentiality": 0.5, "malicious": True},
         Factors(confidentiality=True, malicious=True, special_categories=True), True, True),
    ],
)
def test_edpb_01_2021_examples(case: str, codes: tuple[str, ...], cb: dict, factors: Factors, notify: bool, communicate: bool) -> None:
    recommendation = risk.recommend(score(*codes, **cb), factors)
    assert (recommendation.notify_authority, recommendation.communicate) == (notify, communicate), case


def test_in_doubt_notify() -> None:
    result = score("identity")
    recommendation = risk.recommend(result, Factors(availability=True, malicious=None, recipients="none", recovered=True))
    assert recommendation.in_doubt and recommendation.level is Level.RISK
    assert any("en cas de doute" in r.citation for r in recommendation.reasons)


@pytest.mark.parametrize(
    ("flags", "exemption", "public"),
    [({"measures_remove_high_risk": True}, "b", False), ({"disproportionate_effort": True}, "c", True)],
)
def test_art_34_3_exemptions(flags: dict, exemption: str, public: bool) -> None:
    result = score("identity", "health", confidentiality=0.5, malicious=True)
    factors = Factors(confidentiality=True, malicious=True, special_categories=True, **flags)
    recommendation = risk.recommend(result, factors)
    assert recommendation.level is Level.HIGH and recommendation.notify_authority
    assert (recommendation.communicate, recommendation.exemption, recommendation.public_communication) == (False, exemption, public)


def test_policy_moves_the_band_mapping() -> None:
    result = score("identity", confidentiality=0.5, malicious=True)  # SE 2.0, medium
    quiet = Factors(confidentiality=True, malicious=True, recipients="known")
    assert risk.recommend(result, quiet).level is Level.RISK
    strict = risk.Policy(risk_from=enisa.Band.LOW, high_from=enisa.Band.MEDIUM)
    assert risk.recommend(result, quiet, strict).level is Level.HIGH


bools = st.booleans()
factor_strategy = st.builds(
    Factors, confidentiality=bools, integrity=bools, availability=bools, malicious=st.one_of(st.none(), bools),
    special_categories=bools, criminal=bools, national_id=bools, financial=bools, credentials=bools,
    lasting_unavailability=bools, vulnerable=bools, sensitive_controller=bools,
    individuals=st.one_of(st.none(), st.integers(0, 10**8)), data_public=bools,
    recipients=st.sampled_from(risk.RECIPIENTS), recovered=bools, unintelligible=st.just(False),
)


@settings(max_examples=150, deadline=None)
@given(factors=factor_strategy, se_codes=st.sampled_from([("identity",), ("health",), ("identity", "bank_card")]))
def test_encryption_with_a_safe_key_never_raises_the_recommendation(factors: Factors, se_codes: tuple[str, ...]) -> None:
    plain = risk.recommend(score(*se_codes), factors)
    protected = risk.recommend(score(*se_codes, unintelligible=True), dataclasses.replace(factors, unintelligible=True))
    assert protected.level.rank <= plain.level.rank
    assert protected.communicate <= plain.communicate


@settings(max_examples=150, deadline=None)
@given(factors=factor_strategy)
def test_the_recommendation_is_consistent(factors: Factors) -> None:
    recommendation = risk.recommend(score("identity"), factors)
    assert recommendation.notify_authority == (recommendation.level is not Level.UNLIKELY)
    assert not recommendation.communicate or recommendation.level is Level.HIGH
    assert recommendation.reasons and recommendation.reasons[0].factor == "ENISA severity"
    assert "Art. 33(5)" in recommendation.summary


def test_availability_with_no_word_on_recovery_is_in_doubt() -> None:
    result = score("identity", availability=0.25, malicious=True)
    recommendation = risk.recommend(result, Factors(availability=True, malicious=True, recipients="none"))
    assert recommendation.in_doubt and recommendation.notify_authority


def test_an_untrusted_known_recipient_keeping_the_data_is_a_risk() -> None:
    result = score("identity", confidentiality=0.25)
    kept = risk.recommend(result, Factors(confidentiality=True, malicious=False, recipients="known"))
    assert kept.level is Level.RISK


def test_every_reason_carries_a_code_and_the_values_it_quotes() -> None:
    """Documents in other languages word the reasons from ``code`` and ``values`` (report/art33.py)."""
    score = enisa.score(enisa.default_input([taxonomy.data_category("nir")], confidentiality=0.5, malicious=True))
    factors = risk.Factors(confidentiality=True, national_id=True, malicious=None, individuals=50_000,
                           availability=True)
    rec = risk.recommend(score, factors)
    codes = [r.code for r in rec.reasons]
    assert all(codes), rec.reasons
    assert codes[0] == "enisa" and rec.reasons[0].values["band"] == score.band.value
    many = next(r for r in rec.reasons if r.code == "many_individuals")
    assert many.values == {"individuals": 50_000}
    missing = next(r for r in rec.reasons if r.code == "missing")
    assert missing.values["missing"] == ("malicious", "restorable")
    assert missing.text == ("Not established yet: whether the breach was malicious or accidental, whether the data "
                            "can be restored (a usable backup) or are lost for a lasting time.")
    assert set(rec.to_json()["reasons"][0]) == {"factor", "text", "citation", "effect"}  # the CLI's JSON is unchanged


def test_reasons_and_summary_are_translatable_phrases_that_read_as_english() -> None:
    score = enisa.score(enisa.default_input([taxonomy.data_category("nir")], confidentiality=0.5, malicious=True,
                                            individuals=33_000_000))
    rec = risk.recommend(score, risk.Factors(confidentiality=True, malicious=True, national_id=True,
                                             individuals=33_000_000))
    many = next(r for r in rec.reasons if r.code == "many_individuals")
    assert many.text == "33,000,000 people concerned: the number itself aggravates the impact."
    assert isinstance(many.text, Phrase) and many.text.values == {"individuals": 33_000_000}
    for reason in rec.reasons:
        assert isinstance(reason.text, Phrase) and isinstance(reason.citation, Phrase)
        assert reason.code in risk.FACTOR_NAMES or reason.code in {r.name for r in risk.RULES}
    assert isinstance(rec.summary, Phrase)
    assert rec.summary.startswith("The breach is likely to result in a high risk")


def test_category_names_follow_the_language_asked() -> None:
    names = enisa.CategoryNames(("identity", "nir"))
    assert str(names) == "Identity and civil status, " + taxonomy.data_category("nir").label_en
    assert names.names("fr").startswith("Identité et état civil, ")
    assert enisa.CategoryNames(("gone",)).names("fr") == "gone"
