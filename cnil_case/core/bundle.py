"""A case bundle: the case document plus the evidence files, to move a whole case between workspaces.

Layout: ``DIR/case.json`` (the case document) and ``DIR/vault/<sha256>`` (one file per item of
evidence, named by its content). Writing verifies every copy's hash; reading stores every file
in the receiving workspace's vault and refuses one whose content no longer matches its name, so
a file altered in transit never becomes evidence.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from cnil_case.core import caseio, vault
from cnil_case.core.errors import UserError

DOCUMENT = "case.json"
FILES = "vault"


@dataclass(frozen=True)
class Written:
    folder: Path
    files: int
    missing: tuple[str, ...]  # items whose content is not in this workspace's vault


def is_bundle(path: Path) -> bool:
    return path.is_dir() and (path / DOCUMENT).is_file()


def write(
    session: Session,
    store: vault.Vault,
    case_id: int,
    folder: Path,
    *,
    progress: Callable[[int], None] | None = None,
) -> Written:
    """Write the case document and a verified copy of every evidence file into ``folder``.

    Raises:
        UserError: the folder exists and is not empty, or cannot be written.
    """
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise UserError(f"{folder} already exists and is not an empty folder; choose a new folder for the bundle.")
    document = caseio.export_case(session, case_id)
    files_dir = folder / FILES
    try:
        files_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(f"Cannot create the bundle folder {folder} ({exc.strerror}).") from exc
    missing: list[str] = []
    copied = 0
    for item in document.get("evidence", []):
        sha = str(item["sha256"])
        target = files_dir / sha
        if target.exists():
            continue
        if not store.verify(sha, int(item["size"])).ok:
            missing.append(sha)
            continue
        partial = target.with_suffix(".part")
        with store.open(sha) as source, partial.open("wb") as out:
            shutil.copyfileobj(source, out, 1 << 20)
        if vault.sha256_file(partial) != sha:
            partial.unlink()
            raise UserError(f"The copy of {item['name']} into {folder} does not match its hash; "
                            "check the disk and try again.")
        os.replace(partial, target)
        copied += 1
        if progress is not None:
            progress(int(item["size"]))
    caseio.write(document, folder / DOCUMENT)
    return Written(folder=folder, files=copied, missing=tuple(missing))


def read(folder: Path) -> dict[str, Any]:
    """The bundle's case document, parsed and validated (``DocumentError`` names the JSON path)."""
    return caseio.read(folder / DOCUMENT)


def store_files(store: vault.Vault, folder: Path, document: Mapping[str, Any]) -> tuple[int, tuple[str, ...]]:
    """Store the bundle's evidence files in the vault before the case is imported.

    Returns how many were stored and the names of the items whose file the bundle lacks.

    Raises:
        VaultError: a file whose content does not match its name (altered in transit).
    """
    stored = 0
    absent: list[str] = []
    for item in document.get("evidence", []):
        sha = str(item["sha256"])
        source = folder / FILES / sha
        if not source.is_file():
            absent.append(str(item["name"]))
            continue
        result = store.store(source)
        if result.sha256 != sha:
            raise vault.VaultError(
                f"{source} does not match its name: its content was altered after the bundle was written "
                f"(SHA-256 {result.sha256[:12]}… instead of {sha[:12]}…); nothing of the case was imported."
            )
        stored += 1
    return stored, tuple(absent)


def missing_files(store: vault.Vault, document: Mapping[str, Any]) -> list[str]:
    """Names of the document's evidence items whose content is not in the vault."""
    return [
        str(item["name"])
        for item in document.get("evidence", [])
        if not store.path_for(str(item["sha256"])).is_file()
    ]
