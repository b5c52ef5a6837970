"""The start-up check: what an interrupted run (a crash, a kill, a power cut) left behind, cleaned or reported.

What each kind of work can leave, and what happens to it here:

- the database: every user action is one transaction; SQLite rolls back an unfinished one (its
  write-ahead log or hot journal) by itself when the file is next opened. A timeline import is
  one transaction too, so an interrupted one leaves nothing at all.
- the vault: a copy is written to ``tmp/<random>.part`` and renamed when complete, so a kill
  leaves only ``.part`` files. Those untouched for a while are removed (a window and a command
  may share the vault, and the other may be copying right now).
- the vault again: files are stored before they are registered (hashing never holds a
  transaction), so a kill between the two, a cancel, or a bundle import that failed leaves
  complete objects that no item references. They are reported, never deleted: they may be the
  only copy of evidence someone meant to add. ``cnil-case verify`` lists them.
- saved documents: written beside their target as ``.<name>.<hex>.tmp`` then renamed; they are
  outside the workspace and left alone.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

from cnil_case.core import db, evidence, integrity, vault

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RecoveryReport:
    removed_temp: int  # unfinished vault copies removed
    kept_temp: int  # recent ones kept (another program may be writing them)
    unreferenced: tuple[Path, ...]  # complete vault objects no item references (kept)

    @property
    def clean(self) -> bool:
        return not (self.removed_temp or self.kept_temp or self.unreferenced)

    @property
    def message(self) -> str:
        """One or two sentences for the status bar or stderr; empty when there was nothing to do."""
        sentences = []
        if self.removed_temp:
            n = self.removed_temp
            sentences.append(f"Start-up check: removed {n} unfinished vault cop{'y' if n == 1 else 'ies'} "
                             "left by an interrupted addition.")
        if self.unreferenced:
            n = len(self.unreferenced)
            sentences.append(f"{n} vault file{' is' if n == 1 else 's are'} held by no evidence item (an "
                             "interrupted addition or import); kept, `cnil-case verify` lists "
                             f"{'it' if n == 1 else 'them'}.")
        if not sentences and self.kept_temp:
            sentences.append(f"Start-up check: {self.kept_temp} vault cop{'y' if self.kept_temp == 1 else 'ies'} "
                             "in progress elsewhere, left alone.")
        return " ".join(sentences)


def check(
    target: Engine | db.SessionFactory,
    store: vault.Vault,
    *,
    stale_after: float = vault.STALE_TEMP_SECONDS,
) -> RecoveryReport:
    """Clean what an interrupted run left in the vault and report what no item references.

    Args:
        target: the workspace's engine or session factory (only read).
        stale_after: seconds without a write after which a ``.part`` file is an orphan.

    Raises:
        StorageError: the database cannot be read.
    """
    try:
        removed = store.cleanup_temp(older_than=stale_after)
        kept = len(store.temp_files())
    except OSError as exc:
        # A read-only or vanished vault folder is not worth refusing to start: say it in the log.
        log.warning("could not clean the vault's temporary folder %s: %s", store.tmp, exc)
        removed = kept = 0
    factory = db.session_factory(target) if isinstance(target, Engine) else target
    with factory() as session:
        expected = evidence.expected_objects(session)
    unreferenced = tuple(integrity.unexpected_files(store, expected))
    report = RecoveryReport(removed_temp=removed, kept_temp=kept, unreferenced=unreferenced)
    if not report.clean:
        log.info("start-up check: %s", report.message)
    return report
