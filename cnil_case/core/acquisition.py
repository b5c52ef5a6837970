"""Adding files to a case: store them in the vault (file work), then register them (one transaction).

The two halves run apart on purpose: hashing and copying gigabytes never holds a database
transaction, and the registration of a whole batch commits or rolls back at once. A cancel or a
crash between the halves leaves complete vault objects that no item references yet: a later
``vault.scan`` lists them as unexpected, nothing is corrupt, nothing already stored is lost.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from cnil_case.core import evidence, vault
from cnil_case.core.errors import UserError
from cnil_case.core.snapshots import Moment


@dataclass(frozen=True)
class Defaults:
    """What applies to every file of one addition (the form of the Add evidence dialog)."""

    acquired: Moment | None = None
    acquired_by: str = ""
    method: str = ""
    from_party_id: int | None = None
    exhibit: str = ""
    description: str = ""
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class StoredFile:
    path: Path
    stored: vault.Stored


@dataclass(frozen=True)
class Failed:
    path: Path
    message: str


@dataclass(frozen=True)
class StoreReport:
    stored: tuple[StoredFile, ...]
    failed: tuple[Failed, ...]
    skipped: tuple[vault.Skipped, ...]
    cancelled: bool


def store_all(
    store: vault.Vault,
    paths: Sequence[Path],
    *,
    progress: Callable[[vault.Progress], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> StoreReport:
    """Store every file under ``paths`` (folders recursively); a failing file does not stop the rest."""
    collected = vault.collect(paths)
    done_bytes = 0
    stored: list[StoredFile] = []
    failed: list[Failed] = []
    total_files = len(collected.files)
    for index, path in enumerate(collected.files):
        if cancel is not None and cancel():
            return StoreReport(tuple(stored), tuple(failed), collected.skipped, True)
        start = done_bytes

        def advance(n: int, path: Path = path, index: int = index) -> None:
            nonlocal done_bytes
            done_bytes += n
            if progress is not None:
                progress(vault.Progress(done_bytes, collected.total_bytes, index, total_files, str(path)))

        try:
            stored.append(StoredFile(path, store.store(path, progress=advance, cancel=cancel)))
        except vault.Cancelled:
            return StoreReport(tuple(stored), tuple(failed), collected.skipped, True)
        except UserError as exc:
            failed.append(Failed(path, str(exc)))
            done_bytes = start
    if progress is not None:
        progress(vault.Progress(done_bytes, collected.total_bytes, total_files, total_files, ""))
    return StoreReport(tuple(stored), tuple(failed), collected.skipped, False)


def register_all(
    session: Session, case_id: int, files: Sequence[StoredFile], defaults: Defaults
) -> list[evidence.Registered]:
    """Register stored files as evidence of the case, each with its original name and path."""
    return [
        evidence.register(
            session,
            case_id,
            sha256=item.stored.sha256,
            size=item.stored.size,
            media_type=item.stored.media_type,
            data=evidence.EvidenceInput(
                original_name=item.path.name,
                original_path=str(item.path),
                acquired=defaults.acquired,
                acquired_by=defaults.acquired_by,
                method=defaults.method,
                from_party_id=defaults.from_party_id,
                exhibit=defaults.exhibit,
                description=defaults.description,
                tags=defaults.tags,
            ),
        )
        for item in files
    ]
