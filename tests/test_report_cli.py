"""`cnil-case report`: the PDF is written, gaps go to stderr, the export is audited with its SHA-256."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from cnil_case import cli
from cnil_case.core import db, demo
from cnil_case.core.models import AuditEntry

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext (poppler-utils)")


@pytest.mark.parametrize(("kind", "extra"), [("art33", []), ("art33", ["--final"]),
                                             ("art33", ["--complementary", "CNIL-1"]), ("art34", [])])
def test_report_writes_pdf_and_audits(session_factory: db.SessionFactory, workspace_path: Path, tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str], kind: str, extra: list[str]) -> None:
    with session_factory.begin() as session:
        demo.ensure_demo_case(session)
    out = tmp_path / "doc.pdf"
    status = cli.main(["report", "DEMO-VIAMEDIS-ALMERYS-2024", "--kind", kind, "--lang", "fr", "-o", str(out),
                       "--db", str(workspace_path), *extra])
    captured = capsys.readouterr()
    assert status == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert "DPO or contact point" in captured.err  # the demo has gaps: one line each
    assert all(line.strip() for line in captured.err.splitlines())
    digest = hashlib.sha256(out.read_bytes()).hexdigest()
    with session_factory() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.entity == "export")).one()
    assert entry.after is not None
    after = json.loads(entry.after) if isinstance(entry.after, str) else entry.after
    assert after["sha256"] == digest
    assert after["kind"] == kind
    assert after["lang"] == "fr"
    assert after["draft"] is True
    assert list(tmp_path.glob(".*tmp")) == []


def test_report_needs_kind(workspace_path: Path, tmp_path: Path) -> None:
    assert cli.main(["report", "X", "-o", str(tmp_path / "a.pdf"), "--db", str(workspace_path)]) == 2


def test_report_unknown_case(session_factory: db.SessionFactory, workspace_path: Path, tmp_path: Path) -> None:
    assert cli.main(["report", "NOPE", "--kind", "art33", "-o", str(tmp_path / "a.pdf"),
                     "--db", str(workspace_path)]) == 1
    assert not (tmp_path / "a.pdf").exists()
