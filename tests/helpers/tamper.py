"""A small workspace with evidence and an export, and the ways of tampering with it behind the app's back.

Shared by the core, command-line and window tests of the integrity check: each tampering is raw
SQL or a raw file operation, never the app's own services.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text

from cnil_case.core import acquisition, db, evidence, exports, vault


@dataclass(frozen=True)
class Populated:
    case_id: int
    shas: tuple[str, ...]
    export_path: Path


def populate(factory: db.SessionFactory, store: vault.Vault, case_id: int, folder: Path) -> Populated:
    """Two evidence files (one of them transferred), and one saved export."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "portal.log").write_text("2024-01-29 login from 203.0.113.7\n", encoding="utf-8")
    (folder / "export.csv").write_text("nom;nir\nDupont;1 84 12 75 123 456 78\n", encoding="utf-8")
    report = acquisition.store_all(store, [folder / "portal.log", folder / "export.csv"])
    with factory.begin() as session:
        rows = [r.row for r in acquisition.register_all(session, case_id, report.stored, acquisition.Defaults())]
        evidence.transfer(session, rows[0].id, to="CNIL", note="sealed USB key")
    document = exports.BuiltDocument(case_id=case_id, reference="BRE-2024-001", kind="art33", variant="initial",
                                     lang="fr", draft=True, gaps=(), data=b"%PDF-1.4 notification",
                                     file_name="notification.pdf")
    target = folder.parent / "saved" / "notification.pdf"
    target.parent.mkdir(exist_ok=True)
    exports.save(factory, document, target)
    return Populated(case_id, tuple(r.sha256 for r in rows), target)


def _middle_audit_id(factory: db.SessionFactory) -> int:
    with factory() as session:
        ids = session.execute(text("SELECT id FROM audit_entry ORDER BY id")).scalars().all()
    return ids[len(ids) // 2]


def _writable(path: Path) -> None:
    os.chmod(path, 0o644)


def tamper(kind: str, factory: db.SessionFactory, store: vault.Vault, data: Populated) -> str:
    """Do the tampering ``kind``; return the words the report must contain."""
    if kind == "audit-summary":
        victim = _middle_audit_id(factory)
        with factory.begin() as session:
            session.execute(text("UPDATE audit_entry SET summary = 'nothing happened' WHERE id = :id"), {"id": victim})
        return f"entry #{victim} "
    if kind == "audit-delete":
        victim = _middle_audit_id(factory)
        with factory.begin() as session:
            session.execute(text("DELETE FROM audit_entry WHERE id = :id"), {"id": victim})
        return f"entry #{victim} was removed"
    if kind == "custody-update":
        with factory.begin() as session:
            victim = session.execute(text("SELECT min(id) FROM custody_entry")).scalar_one()
            session.execute(text("UPDATE custody_entry SET actor = 'mallory' WHERE id = :id"), {"id": victim})
        return f"entry #{victim} "
    if kind == "custody-delete":
        with factory.begin() as session:
            first, second = session.execute(text(
                "SELECT id FROM custody_entry WHERE evidence_id = (SELECT min(evidence_id) FROM custody_entry) "
                "ORDER BY id")).scalars().all()[:2]
            session.execute(text("DELETE FROM custody_entry WHERE id = :id"), {"id": first})
        return f"entry #{second} "
    if kind == "evidence-sha":
        with factory.begin() as session:
            session.execute(text("UPDATE evidence SET sha256 = :sha WHERE sha256 = :old"),
                            {"sha": "0" * 64, "old": data.shas[1]})
        return "the item's row was edited"
    if kind == "vault-overwrite":
        path = store.path_for(data.shas[0])
        _writable(path)
        path.write_bytes(b"2024-01-29 login from 198.51.100.1\n")  # same size, other content
        return f"{data.shas[0]} "
    if kind == "vault-delete":
        path = store.path_for(data.shas[1])
        path.unlink()
        return "is missing from the vault"
    if kind == "vault-unexpected":
        planted = store.objects / "ab" / "cd" / ("ab" + "cd" + "e" * 60)
        planted.parent.mkdir(parents=True, exist_ok=True)
        planted.write_bytes(b"planted")
        return "is held by no evidence item"
    if kind == "export-changed":
        data.export_path.write_bytes(b"%PDF-1.4 something else")
        return "no longer matches its recorded SHA-256"
    raise ValueError(kind)


KINDS = ("audit-summary", "audit-delete", "custody-update", "custody-delete", "evidence-sha", "vault-overwrite",
         "vault-delete", "vault-unexpected", "export-changed")
