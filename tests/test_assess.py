"""``cnil-case assess``: published breach scenarios (EDPB 01/2021) reach the regulators' conclusions.

Each scenario is a case document written the way a scenario author would: the facts of the case
file (nature, origin, data and persons concerned, protection) and, where the example says more
than the file can ("the backup was restored", "the recipient deleted the e-mail"), an
assessment entry giving only those EDPB factors. The conclusions are the EDPB's own.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from cnil_case import cli, paths


def _document(
    *,
    nature: list[str],
    intent: str,
    data: list[str],
    persons: list[tuple[str, int]],
    protection: str = "none",
    key_compromised: bool | None = None,
    factors: dict[str, Any] | None = None,
    title: str = "Scenario",
) -> dict[str, Any]:
    document: dict[str, Any] = {
        "format": "cnil-case/case-document",
        "version": 1,
        "case": {
            "reference": "EDPB-01-2021",
            "title": title,
            "nature": nature,
            "origin_intent": intent,
            "protection": protection,
            "key_compromised": key_compromised,
        },
        "affected_data": [{"category": code} for code in data],
        "affected_persons": [
            {"category": code, "count": {"kind": "estimate", "low": count}, "countries": ["FR"]}
            for code, count in persons
        ],
    }
    if factors is not None:
        document["assessments"] = [{"label": "Scenario facts", "factors": factors}]
    return document


# (name, document, notify the authority, communicate to the data subjects), EDPB 01/2021.
SCENARIOS = [
    (
        "case 1: ransomware with a proper backup, no exfiltration",
        _document(nature=["availability"], intent="malicious", data=["identity", "contact", "bank_card"],
                  persons=[("customers", 2_000)], protection="encrypted", key_compromised=False,
                  factors={"recipients": "none", "recovered": True}),
        False, False,
    ),
    (
        "case 6: exfiltration of hashed passwords from a website",
        _document(nature=["confidentiality"], intent="malicious", data=["credentials", "contact"],
                  persons=[("users", 1_200)], protection="hashed", key_compromised=False),
        False, False,
    ),
    (
        "case 7: credential stuffing attack on a banking website",
        _document(nature=["confidentiality"], intent="malicious", data=["identity", "bank_card", "credentials"],
                  persons=[("customers", 2_000)]),
        True, True,
    ),
    (
        "case 9: accidental transmission of data to a trusted third party",
        _document(nature=["confidentiality"], intent="accidental", data=["identity", "contact", "employment"],
                  persons=[("employees", 15)], factors={"recipients": "trusted", "recovered": True}),
        False, False,
    ),
    (
        "case 10: stolen laptop, data encrypted, key safe, backup available",
        _document(nature=["confidentiality", "availability"], intent="malicious", data=["identity", "contact"],
                  persons=[("customers", 800)], protection="encrypted", key_compromised=False,
                  factors={"recovered": True}),
        False, False,
    ),
    (
        "case 12: stolen paper files with health data",
        _document(nature=["confidentiality"], intent="malicious", data=["identity", "health"],
                  persons=[("patients", 1_000)]),
        True, True,
    ),
]


def _scenario(index: int) -> dict[str, Any]:
    """A copy of a scenario's document, to change at will."""
    document: dict[str, Any] = json.loads(json.dumps(SCENARIOS[index][1]))
    return document


def _write(tmp_path: Path, document: dict[str, Any]) -> str:
    path = tmp_path / "scenario.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return str(path)


def _assess(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(["assess", *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _assess_json(capsys: pytest.CaptureFixture[str], path: str) -> dict[str, Any]:
    code, out, err = _assess(capsys, path, "--json")
    assert (code, err) == (0, ""), err
    report: dict[str, Any] = json.loads(out)
    return report


@pytest.mark.parametrize(("name", "document", "notify", "communicate"), SCENARIOS, ids=[s[0][:7] for s in SCENARIOS])
def test_edpb_scenarios_reach_the_edpb_conclusions(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str, document: dict[str, Any], notify: bool,
    communicate: bool,
) -> None:
    document = {**document, "case": {**document["case"], "title": name}}
    report = _assess_json(capsys, _write(tmp_path, document))
    recommendation = report["recommendation"]
    assert (recommendation["notify_authority"], recommendation["communicate"]) == (notify, communicate), (
        name, recommendation["reasons"]
    )
    assert recommendation["in_doubt"] is False
    expected = "latest assessment" if "assessments" in document else "derived from the case file"
    assert report["source"] == expected


def test_json_output_has_every_documented_member(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    report = _assess_json(capsys, _write(tmp_path, _scenario(5)))
    assert list(report) == ["case", "source", "enisa", "factors", "recommendation", "decision", "notes"]
    assert report["case"]["reference"] == "EDPB-01-2021"
    assert report["case"]["individuals"] == 1_000
    enisa = report["enisa"]
    assert {"se", "band", "dpc", "dpc_category", "ei", "cb", "individuals", "unintelligible", "steps", "inputs"} <= set(enisa)
    # Health data, base 4 × EI 1 + CB 0.5 + 0.5 = 5.0: very high.
    assert (enisa["dpc"], enisa["dpc_category"], enisa["ei"], enisa["cb"], enisa["se"], enisa["band"]) == (
        4, "health", 1.0, 1.0, 5.0, "very_high"
    )
    assert len(enisa["steps"]) == 6
    assert report["factors"]["special_categories"] is True and report["factors"]["vulnerable"] is True
    recommendation = report["recommendation"]
    assert set(recommendation) == {
        "level", "notify_authority", "communicate", "exemption", "public_communication", "in_doubt", "summary", "reasons"
    }
    assert recommendation["level"] == "high"
    for reason in recommendation["reasons"]:
        assert set(reason) == {"factor", "text", "citation", "effect"}
        assert reason["citation"] and reason["effect"] in ("sets", "raises", "lowers", "caps", "notes")
    assert report["decision"] is None
    assert any("No assessment in the document" in note for note in report["notes"])


def test_a_recorded_decision_is_shown_beside_the_recommendation(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    document = _scenario(2)
    document["assessments"] = [
        {"label": "Initial", "author": "DPO", "assessed_at": "2024-03-01T10:00:00+01:00"},
        {"label": "After investigation", "author": "DPO", "assessed_at": "2024-03-02T10:00:00+01:00",
         "factors": {"measures_remove_high_risk": True}, "decision": {"level": "high", "exemption": "c",
                                                                      "reason": "Customers cannot be reached"}},
    ]
    report = _assess_json(capsys, _write(tmp_path, document))
    assert report["source"] == "latest assessment"
    assert report["recommendation"]["exemption"] == "b"
    assert report["recommendation"]["communicate"] is False
    assert report["decision"] == {
        "label": "After investigation", "author": "DPO", "assessed_at": "2024-03-02T09:00:00Z", "level": "high",
        "exemption": "c", "reason": "Customers cannot be reached", "overridden": True,
    }
    assert any("departs from the recommendation" in note for note in report["notes"])


def test_text_output_shows_score_factors_recommendation_and_reasons(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, err = _assess(capsys, _write(tmp_path, _scenario(2)))
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == "EDPB-01-2021 · Scenario"
    assert lines[1] == "Assessed from: derived from the case file"
    assert re.fullmatch(r"ENISA severity: SE [\d.]+ \(\w[\w ]*\) = DPC \d × EI [\d.]+ \+ CB [\d.]+", lines[2])
    assert "Beside the score: 2,000 individuals; data intelligible to the recipients" in lines
    assert any(line.startswith("Factors: confidentiality, malicious, financial, credentials") for line in lines)
    assert "  notify the supervisory authority (Art. 33): yes" in lines
    assert "  communicate to the data subjects (Art. 34): yes" in lines
    reasons = lines[lines.index("Reasons:") + 1 :]
    assert any(line.startswith("  + fraud (raises): ") and "[EDPB 01/2021 case 7" in line for line in reasons)


def test_the_demo_is_a_high_risk(capsys: pytest.CaptureFixture[str]) -> None:
    report = _assess_json(capsys, str(paths.demo_document()))
    assert report["source"] == "latest assessment"
    assert (report["enisa"]["se"], report["enisa"]["band"]) == (3.0, "high")
    assert report["recommendation"]["level"] == "high"
    assert (report["recommendation"]["notify_authority"], report["recommendation"]["communicate"]) == (True, True)
    assert report["decision"]["level"] == "high" and report["decision"]["overridden"] is False


@pytest.mark.parametrize(
    ("mutate", "fragment"),
    [
        (lambda d: d["affected_data"].append({"category": "dna"}), "$.affected_data[3].category"),
        (lambda d: d["affected_persons"][0]["count"].update(kind="range"), "$.affected_persons[0].count.high"),
        (lambda d: d.update(assessments=[{"factors": {"trust": True}}]), "$.assessments[0].factors.trust"),
        (lambda d: d.update(assessments=[{"decision": {"level": "unlikely"}}]), "$.assessments[0].decision.reason"),
        (lambda d: d.update(affected_data=[]), "$.affected_data"),
    ],
)
def test_a_malformed_document_is_one_line_with_its_json_path(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, mutate: Any, fragment: str
) -> None:
    document = _scenario(2)
    mutate(document)
    code, out, err = _assess(capsys, _write(tmp_path, document), "--json")
    assert (code, out) == (1, "")
    assert err.startswith("cnil-case: error: ") and err.count("\n") == 1
    assert fragment in err


def test_a_missing_file_and_usage_errors(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = _assess(capsys, str(tmp_path / "nope.json"))
    assert code == 1 and "no such file" in err
    assert cli.main(["assess"]) == 2
    assert cli.main(["assess", "x.json", "--db", "y.sqlite"]) == 2  # a document, not a workspace
    capsys.readouterr()


def test_assess_needs_no_workspace(capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CNIL_CASE_DB", str(tmp_path / "never.sqlite"))
    code, _, err = _assess(capsys, _write(tmp_path, _scenario(0)))
    assert (code, err) == (0, "")
    assert not (tmp_path / "never.sqlite").exists()


def test_the_documented_example_is_real_output(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    page = (Path(__file__).resolve().parents[1] / "docs" / "assess.md").read_text(encoding="utf-8")
    blocks = {language: [b.split("```", 1)[0] for b in page.split(f"```{language}\n")[1:]] for language in ("json", "text")}
    document, recommendation = (json.loads(block) for block in blocks["json"])
    path = _write(tmp_path, document)
    code, out, err = _assess(capsys, path)
    assert (code, err) == (0, "")
    assert out == blocks["text"][0]
    report = _assess_json(capsys, path)
    assert report["recommendation"] == recommendation
    assert (recommendation["notify_authority"], recommendation["communicate"]) == (False, False)  # EDPB case 9
