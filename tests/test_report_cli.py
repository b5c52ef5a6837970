"""`cnil-case report`: the PDF is written, gaps go to stderr, the export is audited with its SHA-256."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from cnil_case import cli
from cnil_case.core import cases, db, demo, exports
from cnil_case.core.models import AuditEntry

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext (poppler-utils)")


@pytest.mark.parametrize(("kind", "extra"), [("art33", []), ("art33", ["--final"]),
                                             ("art33", ["--complementary", "CNIL-1"]), ("art34", []),
                                             ("art34", ["--public"]), ("investigation", []),
                                             ("investigation", ["--by-day"])])
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
    if kind != "investigation":
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
    assert after["draft"] is (kind != "investigation")
    assert list(tmp_path.glob(".*tmp")) == []
    with session_factory() as session:
        case_id = cases.find(session, "DEMO-VIAMEDIS-ALMERYS-2024")
        (listed,) = exports.list_exports(session, case_id)
    assert (listed.kind, listed.sha256, Path(listed.path)) == (kind, digest, out.resolve())
    assert f"SHA-256 {digest}" in captured.out


@pytest.mark.parametrize(("lang", "heading"), [("fr", "Référence"), ("en", "Reference")])
def test_register_csv_and_pdf(session_factory: db.SessionFactory, workspace_path: Path, tmp_path: Path,
                              capsys: pytest.CaptureFixture[str], lang: str, heading: str) -> None:
    with session_factory.begin() as session:
        demo.ensure_demo_case(session)
    csv_file = tmp_path / "register.csv"
    assert cli.main(["report", "--kind", "register", "--lang", lang, "-o", str(csv_file),
                     "--db", str(workspace_path)]) == 0
    data = csv_file.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    first_line = data.decode("utf-8-sig").splitlines()[0]
    assert first_line.split(";")[0] == heading
    assert "DEMO-VIAMEDIS-ALMERYS-2024" in data.decode("utf-8-sig")
    pdf = tmp_path / "register.pdf"
    assert cli.main(["report", "--kind", "register", "--lang", lang, "-o", str(pdf),
                     "--db", str(workspace_path)]) == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    assert "breach register (1 case" in capsys.readouterr().out
    with session_factory() as session:
        variants = [row.variant for row in exports.list_exports(session, None)]
    assert variants == ["pdf", "csv"]


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--kind", "register", "DEMO-VIAMEDIS-ALMERYS-2024"], "leave out CASE"),
        (["--kind", "art33"], "needs the CASE"),
        (["DEMO-VIAMEDIS-ALMERYS-2024", "--kind", "art33", "--public"], "--public applies to --kind art34"),
        (["DEMO-VIAMEDIS-ALMERYS-2024", "--kind", "art34", "--final"], "--final applies to --kind art33"),
        (["--kind", "art34", "DEMO-VIAMEDIS-ALMERYS-2024", "--by-day"], "--by-day applies to --kind investigation"),
    ],
)
def test_report_refuses_mismatched_arguments(session_factory: db.SessionFactory, workspace_path: Path,
                                             tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                             arguments: list[str], message: str) -> None:
    with session_factory.begin() as session:
        demo.ensure_demo_case(session)
    out = tmp_path / "a.pdf"
    assert cli.main(["report", *arguments, "-o", str(out), "--db", str(workspace_path)]) == 1
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert not out.exists()


def test_report_to_a_missing_folder_names_it_and_records_nothing(
        session_factory: db.SessionFactory, workspace_path: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    with session_factory.begin() as session:
        demo.ensure_demo_case(session)
    out = tmp_path / "no-such-folder" / "a.pdf"
    assert cli.main(["report", "DEMO-VIAMEDIS-ALMERYS-2024", "--kind", "art34", "-o", str(out),
                     "--db", str(workspace_path)]) == 1
    assert str(out) in capsys.readouterr().err
    with session_factory() as session:
        assert exports.list_exports(session, cases.find(session, "DEMO-VIAMEDIS-ALMERYS-2024")) == []


def test_report_needs_kind(workspace_path: Path, tmp_path: Path) -> None:
    assert cli.main(["report", "X", "-o", str(tmp_path / "a.pdf"), "--db", str(workspace_path)]) == 2


def test_report_unknown_case(session_factory: db.SessionFactory, workspace_path: Path, tmp_path: Path) -> None:
    assert cli.main(["report", "NOPE", "--kind", "art33", "-o", str(tmp_path / "a.pdf"),
                     "--db", str(workspace_path)]) == 1
    assert not (tmp_path / "a.pdf").exists()
