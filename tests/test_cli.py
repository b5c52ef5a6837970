"""The command line: headless commands, exit codes, one-line errors for every bad workspace."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import subprocess
import sys
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

import cnil_case
import cnil_case.ui
from cnil_case import cli, paths
from cnil_case.core import cases, db, demo, regimes


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _assert_one_line_error(code: int, err: str, *fragments: str) -> None:
    assert code == 1
    assert err.startswith("cnil-case: error: ")
    assert err.count("\n") == 1, err
    assert "Traceback" not in err
    for fragment in fragments:
        assert fragment in err


def test_version_and_help(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "--version")
    assert (code, out) == (0, f"cnil-case {cnil_case.__version__}\n")
    code, out, _ = _run(capsys, "--help")
    assert code == 0
    for word in ("--db", "--demo", "cases", "export", "import", "deadlines", "assess"):
        assert word in out


@pytest.mark.parametrize(
    "argv",
    [["bogus"], ["export"], ["export", "X"], ["cases", "--nope"], ["--demo", "--db", "x.sqlite", "cases"]],
)
def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    code, out, err = _run(capsys, *argv)
    assert code == 2
    assert out == ""
    assert "usage: cnil-case" in err


def test_cases_lists_id_reference_status_title(
    capsys: pytest.CaptureFixture[str], workspace_path: Path, sample_case: dict[str, int]
) -> None:
    code, out, _ = _run(capsys, "--db", str(workspace_path), "cases")
    assert (code, out) == (0, f"{sample_case['case']}\tBRE-2024-001\topen\tTiers-payant portal intrusion\n")
    # --db is also accepted after the command.
    code, out, _ = _run(capsys, "cases", "--json", "--db", str(workspace_path))
    assert code == 0
    assert json.loads(out) == [
        {"id": sample_case["case"], "reference": "BRE-2024-001", "status": "open",
         "title": "Tiers-payant portal intrusion", "parties": 2, "events": 3}
    ]


def test_workspace_comes_from_the_environment_then_the_default(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, workspace_path: Path,
    sample_case: dict[str, int],
) -> None:
    monkeypatch.setenv("CNIL_CASE_DB", str(workspace_path))
    code, out, _ = _run(capsys, "cases")
    assert code == 0 and "BRE-2024-001" in out
    monkeypatch.delenv("CNIL_CASE_DB")
    code, out, _ = _run(capsys, "cases")
    assert (code, out) == (0, "")
    assert paths.default_workspace().exists()  # created and migrated on first use


def test_export_import_round_trip_through_files(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, workspace_path: Path, sample_case: dict[str, int]
) -> None:
    by_reference, by_id = tmp_path / "by-reference.json", tmp_path / "by-id.json"
    code, out, _ = _run(capsys, "--db", str(workspace_path), "export", "BRE-2024-001", "-o", str(by_reference))
    assert (code, out) == (0, f"BRE-2024-001: 3 events written to {by_reference}\n")
    code, _, _ = _run(capsys, "--db", str(workspace_path), "export", str(sample_case["case"]), "-o", str(by_id))
    assert code == 0
    first = json.loads(by_reference.read_text(encoding="utf-8"))
    assert {**json.loads(by_id.read_text(encoding="utf-8")), "exported_at": ""} == {**first, "exported_at": ""}

    other = tmp_path / "other.sqlite"
    code, out, _ = _run(capsys, "--db", str(other), "import", str(by_reference))
    assert (code, out) == (0, "1\tBRE-2024-001\n")
    code, out, _ = _run(capsys, "--db", str(other), "export", "BRE-2024-001", "-o", "-")
    assert code == 0
    second = json.loads(out)
    assert {**second, "exported_at": ""} == {**first, "exported_at": ""}

    code, _, err = _run(capsys, "--db", str(other), "import", str(by_reference))
    _assert_one_line_error(code, err, "by-reference.json, at $.case.reference", "--reference BRE-2024-001-2")
    code, out, _ = _run(capsys, "--db", str(other), "import", str(by_reference), "--reference", "COPY-1")
    assert (code, out) == (0, "2\tCOPY-1\n")


def test_unknown_case_is_one_line(capsys: pytest.CaptureFixture[str], workspace_path: Path, tmp_path: Path) -> None:
    code, _, err = _run(capsys, "--db", str(workspace_path), "export", "NOPE-1", "-o", str(tmp_path / "x.json"))
    _assert_one_line_error(code, err, "'NOPE-1'")
    assert not (tmp_path / "x.json").exists()


def test_malformed_document_is_one_line_with_its_json_path(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, workspace_path: Path
) -> None:
    document = json.loads(paths.demo_document().read_text(encoding="utf-8"))
    document["events"][3]["occurred"]["at"] = "2024-02-30"
    bad = tmp_path / "case.json"
    bad.write_text(json.dumps(document), encoding="utf-8")
    code, _, err = _run(capsys, "--db", str(workspace_path), "import", str(bad))
    _assert_one_line_error(code, err, f"{bad}, at $.events[3].occurred.at: \"2024-02-30\" is not a date-time with offset")
    bad.write_text('{"format": "cnil-case/case-document",\n "version": 9}', encoding="utf-8")
    code, _, err = _run(capsys, "--db", str(workspace_path), "import", str(bad))
    _assert_one_line_error(code, err, "at $.version", "written by a newer cnil-case")
    bad.write_text("{\n\n  oops", encoding="utf-8")
    code, _, err = _run(capsys, "--db", str(workspace_path), "import", str(bad))
    _assert_one_line_error(code, err, "is not valid JSON", "line 3, column 3")
    code, _, err = _run(capsys, "--db", str(workspace_path), "import", str(tmp_path / "missing.json"))
    _assert_one_line_error(code, err, "missing.json: no such file")
    with db.open_workspace(workspace_path)[1]() as session:
        assert cases.list_rows(session) == []


def test_demo_workspace_is_separate(capsys: pytest.CaptureFixture[str], workspace_path: Path) -> None:
    code, out, _ = _run(capsys, "--demo", "cases")
    assert code == 0
    assert f"\t{demo.REFERENCE}\topen\t" in out
    assert paths.demo_workspace().exists()
    assert not paths.default_workspace().exists()


# --- deadlines ----------------------------------------------------------------------------------

# A case built to check the clocks by hand, across the spring DST change (Paris, 31 March 2024):
# - Mutuelle Alpha, a controller, aware Fri 29 Mar 2024 10:00 (UTC+01:00);
# - Mutuelle Gamma, a controller whose awareness is unknown: its clocks start at the processor's
#   notice (EDPB 9/2022), recorded Thu 28 Mar 18:00, 2 h 30 min late, with reasons;
# - Opérateur Beta, their processor, aware Tue 26 Mar 15:30 with 48 contractual hours;
# - the CNIL, which owes nothing.
DEADLINE_CASE: dict[str, Any] = {
    "format": "cnil-case/case-document",
    "version": 1,
    "case": {"reference": "DL-2024-1", "title": "Clocks across the spring DST change", "display_zone": "Europe/Paris"},
    "organisations": [
        {"key": "alpha", "name": "Mutuelle Alpha"},
        {"key": "gamma", "name": "Mutuelle Gamma"},
        {"key": "beta", "name": "Opérateur Beta"},
        {"key": "cnil", "name": "CNIL"},
    ],
    "parties": [
        {"key": "a", "organisation": "alpha", "role": "controller",
         "aware": {"at": "2024-03-29T10:00:00+01:00", "precision": "minute"}},
        {"key": "g", "organisation": "gamma", "role": "controller", "aware": None},
        {"key": "b", "organisation": "beta", "role": "processor", "notice_hours": 48,
         "aware": {"at": "2024-03-26T15:30:00+01:00", "precision": "minute"}},
        {"key": "sa", "organisation": "cnil", "role": "supervisory_authority", "regimes": []},
    ],
    "obligations": [
        {"party": "g", "duty": "gdpr_33_1", "status": "fulfilled",
         "fulfilled": {"at": "2024-03-29T16:00:00+01:00", "precision": "minute"}, "reference": "CNIL-2024-0042"},
        {"party": "b", "duty": "gdpr_33_2", "recipient": "g", "status": "fulfilled",
         "fulfilled": {"at": "2024-03-28T18:00:00+01:00", "precision": "minute"}, "reference": "AR-G-1",
         "reasons_for_delay": "Scope confirmed by the forensic team only on 28 March"},
        {"party": "a", "duty": "gdpr_34", "status": "not_required",
         "not_required_reason": "Art. 34(3)(a): the exported file was encrypted"},
    ],
}
RUNNING = "2024-03-31T12:00:00+02:00"  # 23 h before Alpha's Art. 33(1) deadline
DUE_SOON = "2024-04-01T00:00:00+02:00"  # 11 h before it
OVERDUE = "2024-04-01T12:30:00+02:00"  # 1 h 30 min after it


@pytest.fixture
def deadline_db(capsys: pytest.CaptureFixture[str], tmp_path: Path, workspace_path: Path) -> str:
    """The case above, imported the way a reviewer would: ``cnil-case import``."""
    document = tmp_path / "deadlines.json"
    document.write_text(json.dumps(DEADLINE_CASE), encoding="utf-8")
    assert _run(capsys, "--db", str(workspace_path), "import", str(document)) == (0, "1\tDL-2024-1\n", "")
    return str(workspace_path)


def _deadlines_json(capsys: pytest.CaptureFixture[str], db_path: str, *argv: str) -> dict[str, Any]:
    code, out, err = _run(capsys, "--db", db_path, "deadlines", "DL-2024-1", "--json", *argv)
    assert (code, err) == (0, "")
    report: dict[str, Any] = json.loads(out)
    return report


def _by_duty(report: dict[str, Any]) -> dict[tuple[str, str, str | None], dict[str, Any]]:
    return {(o["party_key"], o["duty"], o["recipient_key"]): o for o in report["obligations"]}


_NOTHING_RECORDED = {"fulfilled_at": None, "reference": "", "reasons_for_delay": "", "not_required_reason": "",
                     "notes": ""}


def test_deadlines_json_gives_every_clock_computed_by_hand(capsys: pytest.CaptureFixture[str], deadline_db: str) -> None:
    report = _deadlines_json(capsys, deadline_db, "--at", RUNNING)
    assert report["case"] == {"reference": "DL-2024-1", "id": 1, "title": "Clocks across the spring DST change",
                              "zone": "Europe/Paris"}
    assert (report["evaluated_at"], report["due_soon_hours"]) == ("2024-03-31T12:00:00+02:00", 12)
    # The case's order: party, then regime table, then recipient. The CNIL owes nothing.
    assert [(o["party_key"], o["duty"], o["recipient_key"]) for o in report["obligations"]] == [
        ("party-1", "gdpr_33_1", None), ("party-1", "gdpr_33_4", None), ("party-1", "gdpr_34", None),
        ("party-2", "gdpr_33_1", None), ("party-2", "gdpr_33_4", None), ("party-2", "gdpr_34", None),
        ("party-3", "gdpr_33_2", "party-1"), ("party-3", "gdpr_33_2", "party-2"),
    ]
    clocks = _by_duty(report)
    alpha = clocks["party-1", "gdpr_33_1", None]
    explanation = alpha.pop("explanation")
    # 72 real hours from Fri 10:00 (UTC+01:00) across the change to summer time: Mon 11:00 (UTC+02:00),
    # 09:00 UTC; counted from the end of the hour of awareness (Reg. 1182/71 Art. 3(1)), 12:00.
    assert alpha == {
        "party": "Mutuelle Alpha", "party_key": "party-1", "party_role": "controller",
        "recipient": "supervisory authority (Art. 55)", "recipient_key": None,
        "regime": "gdpr", "duty": "gdpr_33_1", "article": "GDPR Art. 33(1)",
        "title": "Notify the supervisory authority", "phase": "initial", "state": "running",
        "clock_start": "2024-03-29T10:00:00+01:00", "clock_start_basis": "awareness of Mutuelle Alpha",
        "due": "2024-04-01T11:00:00+02:00", "due_utc": "2024-04-01T09:00:00Z", "outer": "2024-04-01T12:00:00+02:00",
        "end_of_day": False, "last_day": None, "remaining_minutes": 23 * 60,
        "elapsed_minutes": 49 * 60,  # Fri 10:00 to Sun 12:00 on the wall clock, but one hour was skipped
        **_NOTHING_RECORDED,
    }
    assert "Clocks change during the period (UTC+01:00 → UTC+02:00): due Mon 2024-04-01 11:00 (UTC+02:00)" in explanation
    assert explanation[-1] == "Due Mon 2024-04-01 11:00 (UTC+02:00): 23 h 00 min left."

    # The processor's 48 contractual hours: Tue 15:30 → Thu 15:30; outer limit from 16:00, Thu 16:00.
    notice_alpha = clocks["party-3", "gdpr_33_2", "party-1"]
    assert {k: notice_alpha[k] for k in ("party", "party_role", "recipient", "state", "clock_start", "due", "due_utc",
                                         "outer", "remaining_minutes")} == {
        "party": "Opérateur Beta", "party_role": "processor", "recipient": "Mutuelle Alpha", "state": "overdue",
        "clock_start": "2024-03-26T15:30:00+01:00", "due": "2024-03-28T15:30:00+01:00",
        "due_utc": "2024-03-28T14:30:00Z", "outer": "2024-03-28T16:00:00+01:00",
        "remaining_minutes": -(2 * 24 * 60 + 19 * 60 + 30),
    }
    assert "48 h is the contractual notice period recorded for Opérateur Beta." in notice_alpha["explanation"]

    # Sent Thu 18:00: 2 h 30 min late, with the reasons Art. 33(1) asks for.
    notice_gamma = clocks["party-3", "gdpr_33_2", "party-2"]
    assert {k: notice_gamma[k] for k in ("state", "due", "fulfilled_at", "reference", "reasons_for_delay",
                                         "remaining_minutes", "elapsed_minutes")} == {
        "state": "fulfilled_late", "due": "2024-03-28T15:30:00+01:00", "fulfilled_at": "2024-03-28T18:00:00+01:00",
        "reference": "AR-G-1", "reasons_for_delay": "Scope confirmed by the forensic team only on 28 March",
        "remaining_minutes": None, "elapsed_minutes": None,
    }
    assert notice_gamma["explanation"][-1].endswith(
        "late by 2 h 30 min. Reasons for the delay: Scope confirmed by the forensic team only on 28 March."
    )

    # Gamma's awareness is unknown: its clocks start at the notice, Thu 18:00 (UTC+01:00), and end
    # 72 real hours later on Sunday evening, summer time: 19:00 (UTC+02:00); outer limit 20:00.
    gamma = clocks["party-2", "gdpr_33_1", None]
    assert gamma["clock_start_basis"].startswith("Mutuelle Gamma informed by its processor (Art. 33(2) notice recorded")
    assert {k: gamma[k] for k in ("state", "clock_start", "due", "due_utc", "outer", "fulfilled_at", "reference",
                                  "remaining_minutes")} == {
        "state": "fulfilled_on_time", "clock_start": "2024-03-28T18:00:00+01:00", "due": "2024-03-31T19:00:00+02:00",
        "due_utc": "2024-03-31T17:00:00Z", "outer": "2024-03-31T20:00:00+02:00",
        "fulfilled_at": "2024-03-29T16:00:00+01:00", "reference": "CNIL-2024-0042", "remaining_minutes": None,
    }
    # Its complementary notification runs from the initial one: Fri 16:00 + 72 h = Mon 17:00 (UTC+02:00).
    complementary = clocks["party-2", "gdpr_33_4", None]
    assert {k: complementary[k] for k in ("phase", "state", "clock_start", "due", "outer", "remaining_minutes")} == {
        "phase": "complementary", "state": "running", "clock_start": "2024-03-29T16:00:00+01:00",
        "due": "2024-04-01T17:00:00+02:00", "outer": "2024-04-01T18:00:00+02:00", "remaining_minutes": 29 * 60,
    }
    # Art. 34 has no hours in the law: no deadline, the time elapsed instead.
    subjects = clocks["party-2", "gdpr_34", None]
    assert {k: subjects[k] for k in ("state", "due", "due_utc", "outer", "remaining_minutes", "elapsed_minutes")} == {
        "state": "running", "due": None, "due_utc": None, "outer": None, "remaining_minutes": None,
        "elapsed_minutes": 2 * 24 * 60 + 17 * 60,
    }
    assert clocks["party-1", "gdpr_33_4", None] | {"explanation": []} == {
        "party": "Mutuelle Alpha", "party_key": "party-1", "party_role": "controller",
        "recipient": "supervisory authority", "recipient_key": None, "regime": "gdpr", "duty": "gdpr_33_4",
        "article": "GDPR Art. 33(4)", "title": "Complementary notification", "phase": "complementary",
        "state": "waiting", "clock_start": None, "clock_start_basis": clocks["party-1", "gdpr_33_4", None]["clock_start_basis"],
        "due": None, "due_utc": None, "outer": None, "end_of_day": False, "last_day": None,
        "remaining_minutes": None, "elapsed_minutes": None, **_NOTHING_RECORDED, "explanation": [],
    }
    not_required = clocks["party-1", "gdpr_34", None]
    assert (not_required["state"], not_required["not_required_reason"]) == (
        "not_required", "Art. 34(3)(a): the exported file was encrypted"
    )


@pytest.mark.parametrize(
    ("at", "extra", "state", "remaining", "evaluated"),
    [
        pytest.param(RUNNING, (), "running", 23 * 60, "2024-03-31T12:00:00+02:00", id="running"),
        pytest.param(DUE_SOON, (), "due_soon", 11 * 60, "2024-04-01T00:00:00+02:00", id="due soon"),
        pytest.param(RUNNING, ("--due-soon-hours", "24"), "due_soon", 23 * 60, "2024-03-31T12:00:00+02:00",
                     id="due soon with a wider threshold"),
        pytest.param("2024-04-01T09:00:00Z", (), "overdue", 0, "2024-04-01T11:00:00+02:00", id="at the deadline"),
        pytest.param(OVERDUE, (), "overdue", -90, "2024-04-01T12:30:00+02:00", id="overdue"),
        pytest.param("2024-04-01T10:29:30+00:00", (), "overdue", -89, "2024-04-01T12:29:30+02:00",
                     id="minutes toward zero"),
    ],
)
def test_deadlines_at_an_instant_changes_the_state(
    capsys: pytest.CaptureFixture[str], deadline_db: str, at: str, extra: tuple[str, ...], state: str,
    remaining: int, evaluated: str,
) -> None:
    report = _deadlines_json(capsys, deadline_db, "--at", at, *extra)
    alpha = _by_duty(report)["party-1", "gdpr_33_1", None]
    assert (alpha["state"], alpha["remaining_minutes"], alpha["due"]) == (state, remaining, "2024-04-01T11:00:00+02:00")
    assert report["evaluated_at"] == evaluated
    assert report["due_soon_hours"] == (24 if extra else 12)


def test_deadlines_text_shows_each_obligation_with_its_computation(
    capsys: pytest.CaptureFixture[str], deadline_db: str
) -> None:
    code, out, err = _run(capsys, "--db", deadline_db, "deadlines", "DL-2024-1", "--at", OVERDUE)
    assert (code, err) == (0, "")
    header, *blocks = out.split("\n\n")
    assert header == (
        "DL-2024-1 · Clocks across the spring DST change\n"
        "Deadlines at Mon 2024-04-01 12:30 (UTC+02:00), shown in Europe/Paris; due soon: less than 12 h left."
    )
    assert len(blocks) == 8
    alpha = blocks[0].splitlines()
    assert alpha[:4] == [
        "GDPR Art. 33(1) · Notify the supervisory authority · Mutuelle Alpha → supervisory authority (Art. 55)",
        "  state: overdue by 1 h 30 min",
        "  clock start: awareness of Mutuelle Alpha, Fri 2024-03-29 10:00 (UTC+01:00)",
        "  due: Mon 2024-04-01 11:00 (UTC+02:00)   outer limit (Reg. 1182/71): Mon 2024-04-01 12:00 (UTC+02:00)",
    ]
    assert all(line.startswith("  - ") for line in alpha[4:])
    assert alpha[-1] == "  - Overdue by 1 h 30 min (deadline Mon 2024-04-01 11:00 (UTC+02:00))."
    assert blocks[1].splitlines()[1:3] == [
        "  state: waiting (the clock has not started)",
        "  clock start: not yet, starts when the initial notification to the supervisory authority (GDPR Art. 33(1)) is sent",
    ]
    assert blocks[2].splitlines()[1] == "  state: not required: Art. 34(3)(a): the exported file was encrypted"
    assert blocks[3].splitlines()[1:5] == [
        "  state: fulfilled on time, 2 d 02 h 00 min before the deadline",
        "  clock start: Mutuelle Gamma informed by its processor (Art. 33(2) notice recorded; EDPB 9/2022: the "
        "controller is in principle aware once the processor has informed it), Thu 2024-03-28 18:00 (UTC+01:00)",
        "  due: Sun 2024-03-31 19:00 (UTC+02:00)   outer limit (Reg. 1182/71): Sun 2024-03-31 20:00 (UTC+02:00)",
        "  fulfilled: Fri 2024-03-29 16:00 (UTC+01:00), reference CNIL-2024-0042",
    ]
    assert blocks[4].splitlines()[1] == "  state: due soon, 4 h 30 min left"
    assert blocks[5].splitlines()[1:4] == [
        "  state: running, no fixed deadline, 3 d 17 h 30 min since the clock started",
        "  clock start: Mutuelle Gamma informed by its processor (Art. 33(2) notice recorded; EDPB 9/2022: the "
        "controller is in principle aware once the processor has informed it), Thu 2024-03-28 18:00 (UTC+01:00)",
        "  due: no fixed deadline (the law sets no period)",
    ]
    assert blocks[6].splitlines()[:4] == [
        "GDPR Art. 33(2) · Notify the controller · Opérateur Beta → Mutuelle Alpha",
        "  state: overdue by 3 d 20 h 00 min",  # Thu 14:30 UTC to Mon 10:30 UTC
        "  clock start: awareness of Opérateur Beta, Tue 2024-03-26 15:30 (UTC+01:00)",
        "  due: Thu 2024-03-28 15:30 (UTC+01:00)   outer limit (Reg. 1182/71): Thu 2024-03-28 16:00 (UTC+01:00)",
    ]
    assert blocks[7].splitlines()[:6] == [
        "GDPR Art. 33(2) · Notify the controller · Opérateur Beta → Mutuelle Gamma",
        "  state: fulfilled late, by 2 h 30 min",
        "  clock start: awareness of Opérateur Beta, Tue 2024-03-26 15:30 (UTC+01:00)",
        "  due: Thu 2024-03-28 15:30 (UTC+01:00)   outer limit (Reg. 1182/71): Thu 2024-03-28 16:00 (UTC+01:00)",
        "  fulfilled: Thu 2024-03-28 18:00 (UTC+01:00), reference AR-G-1",
        "  reasons for the delay: Scope confirmed by the forensic team only on 28 March",
    ]
    # The text and the JSON tell the same computation.
    report = _deadlines_json(capsys, deadline_db, "--at", OVERDUE)
    for block, obligation in zip(blocks, report["obligations"], strict=True):
        assert [line.removeprefix("  - ") for line in block.splitlines() if line.startswith("  - ")] == obligation[
            "explanation"
        ]


def test_deadlines_by_id_and_now_by_default(capsys: pytest.CaptureFixture[str], deadline_db: str) -> None:
    report = _deadlines_json(capsys, deadline_db)
    evaluated = dt.datetime.fromisoformat(report["evaluated_at"])
    assert abs(dt.datetime.now(dt.UTC) - evaluated) < dt.timedelta(minutes=5)
    assert evaluated.microsecond == 0
    assert _by_duty(report)["party-1", "gdpr_33_1", None]["state"] == "overdue"
    code, out, _ = _run(capsys, "--db", deadline_db, "deadlines", "1", "--at", RUNNING)
    assert code == 0 and out.startswith("DL-2024-1 · ")


def test_a_case_without_obligations_says_so(capsys: pytest.CaptureFixture[str], workspace_path: Path, tmp_path: Path) -> None:
    document = tmp_path / "empty.json"
    document.write_text(json.dumps({"format": "cnil-case/case-document", "version": 1,
                                    "case": {"reference": "E-1", "title": "Nobody yet"}}), encoding="utf-8")
    assert _run(capsys, "--db", str(workspace_path), "import", str(document))[0] == 0
    code, out, _ = _run(capsys, "--db", str(workspace_path), "deadlines", "E-1", "--at", RUNNING)
    assert code == 0
    assert out.endswith("\n\nNo obligations: no party of this case owes a duty under the regimes that bind it.\n")
    code, out, _ = _run(capsys, "--db", str(workspace_path), "deadlines", "E-1", "--json")
    assert json.loads(out)["obligations"] == []


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        pytest.param(["--at", "2024-04-01T11:00:00"], "'2024-04-01T11:00:00' has no UTC offset", id="local time"),
        pytest.param(["--at", "2024-04-01"], "has no UTC offset", id="a date"),
        pytest.param(["--at", "tomorrow"], "'tomorrow' is not an ISO 8601 date-time", id="not a date"),
        pytest.param(["--at", "2024-02-30T10:00:00Z"], "is not an ISO 8601 date-time", id="no such day"),
        pytest.param(["--due-soon-hours", "-1"], "-1 must be between 0 and 8784 hours", id="negative threshold"),
        pytest.param(["--due-soon-hours", "1.5"], "'1.5' is not a whole number of hours", id="fractional threshold"),
        pytest.param([], "the following arguments are required: CASE", id="no case"),
    ],
)
def test_deadlines_usage_errors_exit_2(
    capsys: pytest.CaptureFixture[str], workspace_path: Path, argv: list[str], message: str
) -> None:
    case = [] if not argv else ["DL-2024-1"]
    code, out, err = _run(capsys, "--db", str(workspace_path), "deadlines", *case, *argv)
    assert (code, out) == (2, "")
    assert "usage: cnil-case deadlines" in err and message in err, err


def test_deadlines_of_an_unknown_case_is_one_line(capsys: pytest.CaptureFixture[str], deadline_db: str) -> None:
    for argv in (["NOPE-1"], ["NOPE-1", "--json"], ["99"]):
        code, out, err = _run(capsys, "--db", deadline_db, "deadlines", *argv)
        assert out == ""
        _assert_one_line_error(code, err, "No case has the reference or id", repr(argv[0]))


def test_demo_deadlines_show_the_operators_notices_overdue_and_the_insurers_waiting(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = _run(capsys, "--demo", "deadlines", demo.REFERENCE, "--json", "--at", "2026-01-01T00:00:00Z")
    assert (code, err) == (0, "")
    report = json.loads(out)
    notices = [o for o in report["obligations"] if o["duty"] == "gdpr_33_2"]
    # Each operator owes a notice to the insurers it works for (Viamedis: its parent company;
    # Almerys: the mutuelles that wrote to their members after its attack), not to the other
    # operator's clients; nothing public says when (or whether) a notice was sent.
    viamedis, almerys = "2024-02-02T00:00:00+01:00", "2024-02-06T00:00:00+01:00"
    assert [(o["party"], o["recipient"], o["recipient_key"], o["state"], o["due"]) for o in notices] == [
        ("Viamedis", "Malakoff Humanis", "party-3", "overdue", viamedis),
        ("Almerys", "Aésio", "party-4", "overdue", almerys),
        ("Almerys", "MGP", "party-5", "overdue", almerys),
    ]
    assert all(o["fulfilled_at"] is None and o["reference"] == "" for o in report["obligations"])
    insurers = [o for o in report["obligations"] if o["party_role"] == "controller"]
    assert [o["duty"] for o in insurers] == ["gdpr_33_1", "gdpr_33_4", "gdpr_34"] * 3
    assert {o["state"] for o in insurers} == {"waiting"}
    assert len(report["obligations"]) == 12  # the authorities owe nothing


def _fenced(text: str, language: str) -> list[str]:
    """The contents of the ```language blocks of a Markdown text, in order."""
    return [block.split("```", 1)[0] for block in text.split(f"```{language}\n")[1:]]


def test_documented_examples_are_real_output(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, deadline_db: str
) -> None:
    page = (Path(__file__).resolve().parents[1] / "docs" / "deadlines.md").read_text(encoding="utf-8")
    intro, first, second = page.split("\n## Worked example: ")[:3]
    # The rules' table lists the regime table, in its order.
    table = intro.split("### Which obligations", 1)[1].split("###", 1)[0]
    codes = [line.split("`")[1] for line in table.splitlines() if line.startswith("| `")]
    assert codes == [duty.code for duty in regimes.DUTIES]

    document, gamma = (json.loads(block) for block in _fenced(first, "json"))
    assert document == DEADLINE_CASE
    report = _deadlines_json(capsys, deadline_db, "--at", RUNNING)
    assert _by_duty(report)["party-2", "gdpr_33_1", None] == gamma

    document, *_ = (json.loads(block) for block in _fenced(second, "json"))
    path = tmp_path / "insurer.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    assert _run(capsys, "--db", deadline_db, "import", str(path))[0] == 0
    code, out, _ = _run(capsys, "--db", deadline_db, "deadlines", "DL-2024-2", "--at", "2024-02-03T12:00:00+01:00")
    assert code == 0
    head, *blocks = _fenced(second, "text")
    assert out.startswith(head)
    for block in blocks:
        assert f"\n\n{block}" in out


# --- workspaces that cannot be used -----------------------------------------------------------


def _garbage(tmp_path: Path) -> str:
    path = tmp_path / "garbage.sqlite"
    path.write_bytes(b"\x00\xffnot a database" * 300)
    return str(path)


def _foreign(tmp_path: Path) -> str:
    path = tmp_path / "accounts.sqlite"
    with sqlite3.connect(path) as other:
        other.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)")
    return str(path)


def _newer(tmp_path: Path) -> str:
    path = tmp_path / "newer.sqlite"
    engine, _ = db.open_workspace(path)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'ffff9999'"))
    engine.dispose()
    return str(path)


@pytest.mark.parametrize(
    ("make", "fragments"),
    [
        pytest.param(_garbage, ("garbage.sqlite", "not a cnil-case workspace"), id="garbage bytes"),
        pytest.param(lambda tmp: str(tmp), ("is a folder",), id="a directory"),
        pytest.param(lambda tmp: str(tmp / "no" / "such" / "w.sqlite"), ("does not exist",), id="missing folder"),
        pytest.param(_foreign, ("database of another program", "invoices"), id="another program's database"),
        pytest.param(_newer, ("newer version of cnil-case", "ffff9999"), id="newer schema"),
        pytest.param(lambda tmp: "nosuchdialect://host/db", ("driver is not installed",), id="unknown driver"),
    ],
)
def test_unusable_workspaces_get_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, make: Any, fragments: tuple[str, ...]
) -> None:
    target = make(tmp_path)
    for argv in (["cases"], ["export", "X", "-o", str(tmp_path / "x.json")], ["import", str(paths.demo_document())]):
        code, _, err = _run(capsys, "--db", target, *argv)
        _assert_one_line_error(code, err, *fragments)


def test_read_only_workspace_lists_but_refuses_writes(
    capsys: pytest.CaptureFixture[str], workspace_path: Path, sample_case: dict[str, int], engine: db.Engine
) -> None:
    engine.dispose()
    url = f"sqlite:///file:{workspace_path}?mode=ro&uri=true"
    code, out, _ = _run(capsys, "--db", url, "cases")
    assert code == 0 and "BRE-2024-001" in out
    code, _, err = _run(capsys, "--db", url, "import", str(paths.demo_document()))
    _assert_one_line_error(code, err, str(workspace_path), "is read-only")


@pytest.fixture
def locked(workspace_path: Path, engine: db.Engine) -> Iterator[str]:
    """Another program holds the workspace's write lock; the URL waits 0.1 s instead of 5."""
    engine.dispose()
    holder = sqlite3.connect(workspace_path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        yield f"sqlite:///{workspace_path}?timeout=0.1"
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_locked_workspace_gets_one_line(capsys: pytest.CaptureFixture[str], locked: str, workspace_path: Path) -> None:
    code, _, err = _run(capsys, "--db", locked, "import", str(paths.demo_document()))
    _assert_one_line_error(code, err, str(workspace_path), "is locked by another program")


def test_a_bug_is_logged_and_reported_in_one_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, workspace_path: Path
) -> None:
    def broken(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("boom\nsecond line")

    monkeypatch.setattr(cases, "list_rows", broken)
    code, _, err = _run(capsys, "--db", str(workspace_path), "cases")
    log_file = paths.log_dir() / cli.LOG_FILE
    _assert_one_line_error(code, err, "unexpected RuntimeError: boom second line", f"details in {log_file}")
    logged = log_file.read_text(encoding="utf-8")
    assert "Traceback" in logged and "RuntimeError: boom" in logged and "cases" in logged


def test_unwritable_data_folder_is_one_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("CNIL_CASE_HOME", str(blocker / "home"))  # a folder inside a file: never creatable
    code, _, err = _run(capsys, "cases")
    _assert_one_line_error(code, err, "cannot create the cnil-case data folder", "--db", "CNIL_CASE_HOME")


# --- starting the window ----------------------------------------------------------------------


@pytest.fixture
def gui_runs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, bool]]:
    """Replace ``cnil_case.ui.app`` by a recorder: no Qt, no window."""
    calls: list[tuple[str, bool]] = []

    def run(target: str, *, demo_case: bool = False) -> int:
        calls.append((target, demo_case))
        return 0

    fake = types.ModuleType("cnil_case.ui.app")
    fake.run = run  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "cnil_case.ui.app", fake)
    monkeypatch.setattr(cnil_case.ui, "app", fake, raising=False)
    return calls


def test_no_command_starts_the_window_on_the_workspace(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, gui_runs: list[tuple[str, bool]]
) -> None:
    assert _run(capsys, "--db", "some.sqlite")[0] == 0
    monkeypatch.setenv("CNIL_CASE_DB", "postgresql+psycopg://team@server/cases")
    assert _run(capsys)[0] == 0
    monkeypatch.delenv("CNIL_CASE_DB")
    assert _run(capsys)[0] == 0
    assert gui_runs == [
        ("some.sqlite", False),
        ("postgresql+psycopg://team@server/cases", False),
        (str(paths.default_workspace()), False),
    ]


def test_demo_starts_the_window_on_the_demo_case(
    capsys: pytest.CaptureFixture[str], gui_runs: list[tuple[str, bool]]
) -> None:
    """The window loads the demo case itself, after its frame has painted (tests/ui/test_app.py)."""
    assert _run(capsys, "--demo")[0] == 0
    assert _run(capsys, "--db=other.sqlite")[0] == 0
    assert gui_runs == [(str(paths.demo_workspace()), True), ("other.sqlite", False)]


def test_only_a_line_that_opens_the_window_skips_the_commands_module(
    capsys: pytest.CaptureFixture[str], gui_runs: list[tuple[str, bool]]
) -> None:
    """Help, errors and commands go through ``commands``' full parser, which names every command."""
    code, _, err = _run(capsys, "--demo", "--db", "x.sqlite")
    assert code == 2 and "--demo always uses the demo workspace" in err
    code, _, err = _run(capsys, "--nonsense")
    assert code == 2 and "unrecognized arguments: --nonsense" in err
    code, out, _ = _run(capsys, "--db", "x.sqlite", "--help")
    assert code == 0 and "timeline" in out and "report" in out
    assert gui_runs == []


def test_no_display_is_one_line_that_says_what_to_do(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, gui_runs: list[tuple[str, bool]]
) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    code, _, err = _run(capsys, "--demo")
    _assert_one_line_error(code, err, "no display found", "QT_QPA_PLATFORM=offscreen", "headless command")
    assert gui_runs == []


# --- real processes ---------------------------------------------------------------------------


def _process(*argv: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cnil_case", *argv],
        capture_output=True, text=True, input=stdin, check=False, timeout=120,
    )


def test_headless_commands_never_import_qt(workspace_path: Path) -> None:
    script = (
        "import sys\n"
        "from cnil_case import cli\n"
        f"code = cli.main(['cases', '--db', {str(workspace_path)!r}])\n"
        "assert code == 0, code\n"
        f"code = cli.main(['--demo', 'export', {demo.REFERENCE!r}, '-o', '-'])\n"
        "assert code == 0, code\n"
        f"code = cli.main(['--demo', 'deadlines', {demo.REFERENCE!r}])\n"
        "assert code == 0, code\n"
        f"code = cli.main(['--demo', 'deadlines', {demo.REFERENCE!r}, '--json'])\n"
        "assert code == 0, code\n"
        f"code = cli.main(['--demo', 'requests', '--overdue', '--json'])\n"
        "assert code == 0, code\n"
        f"code = cli.main(['requests', '--db', {str(workspace_path)!r}])\n"
        "assert code == 0, code\n"
        f"code = cli.main(['assess', {str(paths.demo_document())!r}, '--json'])\n"
        "assert code == 0, code\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "assert not loaded, loaded\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False, timeout=120)
    assert result.returncode == 0, result.stderr


def test_processes_round_trip_and_fail_in_one_line(tmp_path: Path) -> None:
    source, target = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    demo_out = tmp_path / "demo.json"
    assert _process("--version").stdout == f"cnil-case {cnil_case.__version__}\n"
    result = _process("--demo", "export", demo.REFERENCE, "-o", str(demo_out))
    assert result.returncode == 0, result.stderr
    result = _process("import", "-", "--db", str(source), stdin=demo_out.read_text(encoding="utf-8"))
    assert (result.returncode, result.stdout) == (0, f"1\t{demo.REFERENCE}\n"), result.stderr
    exported = _process("--db", str(source), "export", "1", "-o", "-")
    assert exported.returncode == 0, exported.stderr
    result = _process("--db", str(target), "import", "-", "--reference", "COPY", stdin=exported.stdout)
    assert (result.returncode, result.stdout) == (0, "1\tCOPY\n"), result.stderr
    listed = _process("--db", str(target), "cases", "--json")
    assert [row["reference"] for row in json.loads(listed.stdout)] == ["COPY"]

    garbage = _garbage(tmp_path)
    for argv in (["--db", garbage, "cases"], ["--db", str(target), "export", "NOPE", "-o", "-"]):
        result = _process(*argv)
        assert result.returncode == 1
        assert result.stdout == ""
        assert result.stderr.startswith("cnil-case: error: ") and result.stderr.count("\n") == 1, result.stderr
    assert _process("frobnicate").returncode == 2
