"""The exports list: a written document is recorded with its SHA-256, in the list and the audit log."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest

from cnil_case.core import audit, cases, db, exports
from cnil_case.core.errors import UserError
from cnil_case.core.snapshots import CaseInput

NOW = dt.datetime(2024, 2, 7, 9, 0, tzinfo=dt.UTC)


def _document(case_id: int | None, data: bytes = b"%PDF-1.4 test", *, draft: bool = False) -> exports.BuiltDocument:
    return exports.BuiltDocument(
        case_id=case_id, reference="BRE-1", kind="art33", variant="initial", lang="fr", draft=draft,
        gaps=("DPO or contact point (GDPR Art. 33(3)(b)): missing",) if draft else (), data=data,
        file_name="BRE-1_art33_fr.pdf",
    )


@pytest.fixture
def case_id(session_factory: db.SessionFactory) -> int:
    with session_factory.begin() as session:
        return cases.create(session, CaseInput(reference="BRE-1", title="Phished portal")).id


def test_save_writes_the_file_and_records_its_digest(session_factory: db.SessionFactory, case_id: int,
                                                     tmp_path: Path) -> None:
    document = _document(case_id, draft=True)
    row = exports.save(session_factory, document, tmp_path / "out.pdf", now=NOW)
    assert (tmp_path / "out.pdf").read_bytes() == document.data
    assert row.sha256 == hashlib.sha256(document.data).hexdigest()
    assert (row.kind, row.variant, row.lang, row.draft, row.size) == ("art33", "initial", "fr", True, len(document.data))
    assert row.gaps == document.gaps
    with session_factory() as session:
        assert [r.id for r in exports.list_exports(session, case_id)] == [row.id]
        newest = audit.history(session, case_id, limit=1)[0]
        assert audit.verify(session) is None
    assert (newest.entity, newest.entity_id) == ("export", row.id)
    assert newest.after is not None and newest.after["sha256"] == row.sha256 and newest.after["draft"] is True
    assert exports.verify_file(row) is True
    (tmp_path / "out.pdf").write_bytes(b"%PDF-1.4 changed")
    assert exports.verify_file(row) is False
    (tmp_path / "out.pdf").unlink()
    assert exports.verify_file(row) is None


def test_newest_first_and_register_exports_apart(session_factory: db.SessionFactory, case_id: int,
                                                 tmp_path: Path) -> None:
    first = exports.save(session_factory, _document(case_id), tmp_path / "a.pdf", now=NOW)
    second = exports.save(session_factory, _document(case_id, b"%PDF second"), tmp_path / "b.pdf",
                          now=NOW + dt.timedelta(hours=1))
    register = exports.save(session_factory, _document(None), tmp_path / "r.pdf", now=NOW)
    with session_factory() as session:
        assert [r.id for r in exports.list_exports(session, case_id)] == [second.id, first.id]
        assert [r.id for r in exports.list_exports(session, None)] == [register.id]


def test_a_failed_write_records_nothing(session_factory: db.SessionFactory, case_id: int, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="missing"):
        exports.save(session_factory, _document(case_id), tmp_path / "missing" / "out.pdf")
    with session_factory() as session:
        assert exports.list_exports(session, case_id) == []


def test_deleting_the_case_drops_its_exports_but_not_their_audit(session_factory: db.SessionFactory, case_id: int,
                                                                 tmp_path: Path) -> None:
    exports.save(session_factory, _document(case_id), tmp_path / "a.pdf", now=NOW)
    with session_factory.begin() as session:
        cases.delete(session, case_id)
    with session_factory() as session:
        assert exports.list_exports(session, case_id) == []
        assert audit.count_for_case(session, case_id) > 0


@pytest.mark.parametrize(
    ("reference", "kind", "variant", "lang", "expected"),
    [
        ("BRE-2024-001", "art33", "initial", "fr", "BRE-2024-001_art33_initial_fr.pdf"),
        ("BRE/2024 001", "art34", "letter", "en", "BRE-2024-001_art34_en.pdf"),
        ("BRE-1", "art34", "public", "fr", "BRE-1_art34_public_fr.pdf"),
        ("../..", "investigation", "category", "fr", "workspace_investigation_fr.pdf"),
    ],
)
def test_suggested_names_are_safe(reference: str, kind: str, variant: str, lang: str, expected: str) -> None:
    assert exports.suggested_name(reference, kind, variant, lang) == expected
