"""Tamper evidence: rows and files edited behind the app's back are each found and named."""

from __future__ import annotations

from pathlib import Path

import pytest

from cnil_case.core import db, integrity, vault
from tests.helpers import tamper


@pytest.fixture
def store(tmp_path: Path) -> vault.Vault:
    return vault.Vault(tmp_path / "vault")


@pytest.fixture
def populated(session_factory: db.SessionFactory, store: vault.Vault, sample_case: dict[str, int],
              tmp_path: Path) -> tamper.Populated:
    return tamper.populate(session_factory, store, sample_case["case"], tmp_path / "files")


def test_an_untouched_workspace_is_intact(session_factory: db.SessionFactory, store: vault.Vault,
                                          populated: tamper.Populated) -> None:
    seen: list[vault.Progress] = []
    with session_factory() as session:
        report = integrity.verify(session, store, progress=seen.append)
    assert report.intact, [p.line for p in report.problems]
    assert report.vault_files == 2 and report.custody_items == 2 and report.exports_checked == 1
    assert report.audit_entries > 6
    assert seen[-1].done_files == 2
    assert report.summary().startswith("Intact: ")


@pytest.mark.parametrize("kind", tamper.KINDS)
def test_each_tampering_is_detected(kind: str, session_factory: db.SessionFactory, store: vault.Vault,
                                    populated: tamper.Populated) -> None:
    expected = tamper.tamper(kind, session_factory, store, populated)
    with session_factory() as session:
        report = integrity.verify(session, store)
    assert not report.intact
    assert any(expected in p.line for p in report.problems), [p.line for p in report.problems]


def test_an_edited_audit_entry_is_named_with_what_it_records(session_factory: db.SessionFactory,
                                                            store: vault.Vault, populated: tamper.Populated) -> None:
    tamper.tamper("audit-summary", session_factory, store, populated)
    with session_factory() as session:
        [problem] = integrity.verify(session, store).problems
    assert problem.area is integrity.Area.AUDIT
    assert problem.line.startswith("audit log: entry #")
    assert " UTC, create " in problem.line
    assert problem.line.endswith("does not match its hash: edited after it was written")


def test_one_removal_is_one_problem_not_every_entry_after_it(session_factory: db.SessionFactory,
                                                             store: vault.Vault, populated: tamper.Populated) -> None:
    tamper.tamper("audit-delete", session_factory, store, populated)
    with session_factory() as session:
        problems = integrity.verify(session, store).problems
    assert len(problems) == 1 and "does not follow entry #" in problems[0].line


def test_a_case_filter_limits_files_and_custody_but_not_the_audit_chain(
        session_factory: db.SessionFactory, store: vault.Vault, populated: tamper.Populated) -> None:
    tamper.tamper("audit-summary", session_factory, store, populated)
    tamper.tamper("vault-unexpected", session_factory, store, populated)
    with session_factory() as session:
        report = integrity.verify(session, store, populated.case_id)
    # The chain is workspace-wide; unexpected files belong to the whole vault, not one case.
    assert [p.area for p in report.problems] == [integrity.Area.AUDIT]


def test_a_moved_export_is_a_note_not_a_problem(session_factory: db.SessionFactory, store: vault.Vault,
                                               populated: tamper.Populated) -> None:
    populated.export_path.unlink()
    with session_factory() as session:
        report = integrity.verify(session, store)
    assert report.intact and len(report.notes) == 1 and "not at its recorded place" in report.notes[0]


def test_cancel_stops_the_file_half(session_factory: db.SessionFactory, store: vault.Vault,
                                    populated: tamper.Populated) -> None:
    with session_factory() as session:
        plan = integrity.read(session)
    with pytest.raises(vault.Cancelled):
        integrity.check_files(plan, store, cancel=lambda: True)
