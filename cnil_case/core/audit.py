"""The append-only, hash-chained audit log: who changed what, when, before and after.

Every service that creates, updates or deletes a record calls ``record`` in the same
transaction, so a change and its audit entry commit or roll back together. Each entry's hash
covers the previous entry's hash and this entry's content (canonical JSON), so editing or removing
an entry breaks the chain at that point (``verify``).
"""

from __future__ import annotations

import datetime as dt
import getpass
import hashlib
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cnil_case.core.models import AuditAction, AuditEntry
from cnil_case.core.snapshots import AuditRow

GENESIS = "0" * 64


def current_actor(session: Session | None = None) -> str:
    """The person acting, as the audit log records them.

    On PostgreSQL it is the database role the session is connected as (``SELECT current_user``):
    the server authenticated it and its grants decide what it may do, so it cannot be claimed by
    setting a variable. ``CNIL_CASE_USER``, when set and different, is added in brackets as the
    name the person gave (useful when several people share a role). Elsewhere (SQLite, or with
    no session) it is ``CNIL_CASE_USER`` if set, else the operating-system account.
    """
    configured = os.environ.get("CNIL_CASE_USER", "").strip()
    role = database_role(session) if session is not None else None
    if role:
        return role if not configured or configured == role else f"{role} ({configured})"
    if configured:
        return configured
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry (containers)
        return "unknown"


def database_role(session: Session) -> str | None:
    """The database role of the session's connection on PostgreSQL; None on SQLite."""
    if session.get_bind().dialect.name != "postgresql":
        return None
    connection = session.connection()
    # Asked once per pooled connection: a connection's role does not change under cnil-case.
    role = connection.info.get("cnil_case_role")
    if role is None:
        role = str(connection.execute(select(func.current_user())).scalar_one())
        connection.info["cnil_case_role"] = role
    return str(role)


def last_change(session: Session, entity: str, entity_id: int) -> tuple[str, dt.datetime] | None:
    """Who last created or changed an entity, and when (from the log), or None if never logged."""
    found = session.execute(
        select(AuditEntry.actor, AuditEntry.at)
        .where(AuditEntry.entity == entity, AuditEntry.entity_id == entity_id)
        .order_by(AuditEntry.id.desc())
        .limit(1)
    ).one_or_none()
    return None if found is None else (found[0], found[1])


def _canonical(value: Mapping[str, Any] | None) -> str | None:
    if value is None:
        return None
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)


def _digest(prev_hash: str, entry: AuditEntry) -> str:
    payload = json.dumps(
        [
            prev_hash,
            entry.at.astimezone(dt.UTC).isoformat(),
            entry.actor,
            entry.action,
            entry.entity,
            entry.entity_id,
            entry.case_id,
            entry.summary,
            entry.before,
            entry.after,
        ],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def record(
    session: Session,
    *,
    action: AuditAction,
    entity: str,
    entity_id: int | None,
    case_id: int | None,
    summary: str,
    before: Mapping[str, Any] | None = None,
    after: Mapping[str, Any] | None = None,
    actor: str | None = None,
) -> AuditEntry:
    """Append one entry; the caller's transaction commits it with the change it describes."""
    session.flush()
    last = session.execute(
        select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)
    ).scalar_one_or_none()
    entry = AuditEntry(
        at=dt.datetime.now(dt.UTC),
        actor=actor or current_actor(session),
        action=action.value,
        entity=entity,
        entity_id=entity_id,
        case_id=case_id,
        summary=summary,
        before=_canonical(before),
        after=_canonical(after),
        prev_hash=last or GENESIS,
    )
    entry.hash = _digest(entry.prev_hash, entry)
    session.add(entry)
    session.flush()
    return entry


def changes(before: Mapping[str, Any], after: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Only the fields that changed, as (before, after) dictionaries."""
    keys = [k for k in after if before.get(k) != after.get(k)]
    return {k: before.get(k) for k in keys}, {k: after.get(k) for k in keys}


def _row(entry: AuditEntry) -> AuditRow:
    return AuditRow(
        id=entry.id,
        at=entry.at,
        actor=entry.actor,
        action=entry.action,
        entity=entry.entity,
        entity_id=entry.entity_id,
        case_id=entry.case_id,
        summary=entry.summary,
        before=json.loads(entry.before) if entry.before else None,
        after=json.loads(entry.after) if entry.after else None,
    )


def count_for_case(session: Session, case_id: int) -> int:
    return session.execute(
        select(func.count()).select_from(AuditEntry).where(AuditEntry.case_id == case_id)
    ).scalar_one()


def history(session: Session, case_id: int | None, *, offset: int = 0, limit: int = 200) -> list[AuditRow]:
    """A page of a case's history (or of the whole workspace's if ``case_id`` is None), newest first."""
    query = select(AuditEntry).order_by(AuditEntry.id.desc()).offset(offset).limit(limit)
    if case_id is not None:
        query = query.where(AuditEntry.case_id == case_id)
    return [_row(entry) for entry in session.scalars(query)]


@dataclass(frozen=True)
class Break:
    """An audit entry that does not fit the chain, and why.

    ``removed`` says the link to the entry before is broken (entries in between were removed, or
    the link itself was edited); otherwise the entry's own content no longer matches its hash.
    ``previous_id`` is the last entry before it (None for the first one).
    """

    id: int
    at: dt.datetime
    action: str
    entity: str
    entity_id: int | None
    case_id: int | None
    summary: str
    removed: bool
    previous_id: int | None


def breaks(session: Session, *, limit: int = 100) -> tuple[list[Break], int]:
    """Every place the chain breaks (at most ``limit``), first first; and the count of entries read.

    After a break the check goes on from the broken entry's stored hash, so one edited or
    removed entry gives one break, not one for every entry after it.
    """
    found: list[Break] = []
    prev = GENESIS
    previous_id: int | None = None
    count = 0
    for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.id)).yield_per(1000):
        count += 1
        edited = _digest(entry.prev_hash, entry) != entry.hash
        if (edited or entry.prev_hash != prev) and len(found) < limit:
            found.append(Break(
                id=entry.id, at=entry.at, action=entry.action, entity=entry.entity, entity_id=entry.entity_id,
                case_id=entry.case_id, summary=entry.summary, removed=not edited, previous_id=previous_id,
            ))
        prev = entry.hash
        previous_id = entry.id
    return found, count


def verify(session: Session) -> int | None:
    """Check the whole chain; return the id of the first entry that does not match, or None."""
    prev = GENESIS
    for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.id)).yield_per(1000):
        if entry.prev_hash != prev or _digest(prev, entry) != entry.hash:
            return entry.id
        prev = entry.hash
    return None
