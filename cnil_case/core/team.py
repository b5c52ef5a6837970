"""A workspace shared by a team: concurrent edits, database roles and grants, the shared vault.

Several people open one PostgreSQL database, each as their own database role. Three things make
that safe:

- **Optimistic locking.** Edited records carry a ``version`` (SQLAlchemy's ``version_id_col``);
  a form hands back the version it showed, and a save based on an older copy is refused with a
  ``ConflictError`` naming who changed the record and when (``check_version``, ``flush``).
- **Grants.** ``grant`` gives a role read or write access; the audit table is append-only by
  grant (INSERT and SELECT, never UPDATE or DELETE). A refused write becomes a ``ReadOnlyError``
  (``permission_error``, called by ``db.storage_error``).
- **The shared vault.** The evidence folder is a workspace setting (``vault_location``), so
  every member reaches the same files, e.g. on a network share.
"""

from __future__ import annotations

import contextlib
import re
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, inspect, make_url, select, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError
from sqlalchemy.pool import NullPool

from cnil_case.core import audit, db, vault
from cnil_case.core.errors import ConflictError, ReadOnlyError, StorageError, ValidationError
from cnil_case.core.models import AuditAction, AuditEntry, WorkspaceSetting

VAULT_KEY = "vault.folder"
_ROLE = re.compile(r"^[A-Za-z_][A-Za-z0-9_$-]{0,62}$")
# PostgreSQL's SQLSTATE for "permission denied" (psycopg's ``InsufficientPrivilege``).
INSUFFICIENT_PRIVILEGE = "42501"


# --- concurrent edits --------------------------------------------------------------------------


def check_version(
    session: Session, *, current: int, expected: int | None, what: str, entity: str, entity_id: int
) -> None:
    """Refuse an edit made on a copy older than the stored record.

    Args:
        current: the stored record's ``version``, just loaded.
        expected: the version the form showed; None skips the check (the CLI and imports,
            which read and write in one transaction).
        what: the record as the message names it, e.g. "Case BRE-2024-001".
        entity: the audit log's entity name, to say who changed it and when.

    Raises:
        ConflictError: someone saved the record after the form read it.
    """
    if expected is None or expected == current:
        return
    last = audit.last_change(session, entity, entity_id)
    by, at = last if last is not None else (None, None)
    raise ConflictError(what, by=by, at=at)


def flush(session: Session, *, what: str) -> None:
    """Flush the session; a concurrent save of the same row becomes a ``ConflictError``.

    Between loading a record and writing it, another transaction may commit a change to it: the
    UPDATE's ``WHERE version = …`` then matches no row and SQLAlchemy raises ``StaleDataError``.
    The session cannot be queried after a failed flush, so the message cannot say who it was.
    """
    try:
        session.flush()
    except StaleDataError as exc:
        raise ConflictError(what) from exc


# --- database roles and grants (PostgreSQL) ----------------------------------------------------


def permission_error(exc: BaseException, where: str, *, role: str | None = None) -> StorageError | None:
    """A write refused to a read-only role, as a user error; None for any other error.

    ``db.storage_error`` calls it first, so the GUI, the CLI and ``tasks.run_db`` show it alike.
    """
    orig = getattr(exc, "orig", exc)
    if getattr(orig, "sqlstate", None) != INSUFFICIENT_PRIVILEGE:
        return None
    if role is None and "://" in where:
        with contextlib.suppress(ArgumentError, ValueError):
            role = make_url(where).username  # ``where`` is the workspace's URL, without password
    named = f" {role!r}" if role else ""
    return ReadOnlyError(
        f"Your database role{named} may read the workspace {where} but not change it; nothing was "
        "changed. Ask the workspace's owner for write access (cnil-case team grant ROLE --write)."
    )


def _check_role(role: str) -> str:
    if not _ROLE.match(role):
        raise ValidationError("Role", f"{role!r} is not a plain database role name (letters, digits, _)")
    return role


def grant(target: Session | Engine | Connection, role: str, *, access: str) -> None:
    """Give a database role read or write access to this workspace (PostgreSQL only).

    Run as the owner of the workspace's tables (who ran the migrations). ``read``: connect, use
    the schema, select every table, now and for tables future migrations create. ``write``: also
    insert, update and delete, and use the id sequences. The audit log stays append-only for
    everyone: INSERT and SELECT only, its UPDATE and DELETE revoked. Granting ``read`` to a
    former writer takes write access back.

    Raises:
        ValidationError: an unknown access level or an invalid role name.
        StorageError: the workspace is not on PostgreSQL.
    """
    if access not in ("read", "write"):
        raise ValidationError("Access", f"{access!r} is not 'read' or 'write'")
    role = _check_role(role)
    if isinstance(target, Session):
        _grant(target.connection(), role, access)
    elif isinstance(target, Engine):
        with target.begin() as connection:
            _grant(connection, role, access)
    else:
        _grant(target, role, access)


def _grant(connection: Connection, role: str, access: str) -> None:
    if connection.dialect.name != "postgresql":
        raise StorageError(
            "Roles and grants apply to a team workspace on PostgreSQL; a SQLite file is protected "
            "by the permissions of the file itself."
        )
    schema = connection.execute(text("SELECT current_schema()")).scalar_one()
    database = connection.execute(text("SELECT current_database()")).scalar_one()
    who = f'"{role}"'
    where = f'SCHEMA "{schema}"'
    statements = [
        f'GRANT CONNECT ON DATABASE "{database}" TO {who}',
        f"GRANT USAGE ON {where} TO {who}",
        f"GRANT SELECT ON ALL TABLES IN {where} TO {who}",
        f"ALTER DEFAULT PRIVILEGES IN {where} GRANT SELECT ON TABLES TO {who}",
    ]
    if access == "write":
        statements += [
            f"GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN {where} TO {who}",
            f"GRANT USAGE, SELECT ON ALL SEQUENCES IN {where} TO {who}",
            f"ALTER DEFAULT PRIVILEGES IN {where} GRANT INSERT, UPDATE, DELETE ON TABLES TO {who}",
            f"ALTER DEFAULT PRIVILEGES IN {where} GRANT USAGE, SELECT ON SEQUENCES TO {who}",
            # Append-only by grant: a writer adds entries but can neither edit nor remove one.
            f"REVOKE UPDATE, DELETE, TRUNCATE ON {AuditEntry.__tablename__} FROM {who}",
            f"GRANT SELECT, INSERT ON {AuditEntry.__tablename__} TO {who}",
        ]
    else:
        statements += [
            f"REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON ALL TABLES IN {where} FROM {who}",
            f"REVOKE USAGE ON ALL SEQUENCES IN {where} FROM {who}",
            f"ALTER DEFAULT PRIVILEGES IN {where} REVOKE INSERT, UPDATE, DELETE ON TABLES FROM {who}",
            f"ALTER DEFAULT PRIVILEGES IN {where} REVOKE USAGE, SELECT ON SEQUENCES FROM {who}",
        ]
    for statement in statements:
        connection.exec_driver_sql(statement)


def check_schema_owner(engine: Engine, where: str) -> None:
    """Before migrating a PostgreSQL workspace, check this role may do it.

    Migrations alter tables, which only their owner can do. A team member whose cnil-case is
    newer than the workspace gets a clear message instead of "must be owner of table".

    Raises:
        StorageError: the connected role does not own the workspace's tables.
    """
    if engine.url.get_backend_name() != "postgresql":
        return
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return
        owner, me = connection.execute(text(
            "SELECT tableowner, current_user FROM pg_tables "
            "WHERE schemaname = current_schema() AND tablename = 'alembic_version'"
        )).one()
        is_super = connection.execute(text("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")).scalar()
    if owner != me and not is_super:
        raise StorageError(
            f"The workspace {where} needs upgrading to this version of cnil-case, which only its "
            f"owner ({owner}) can do; ask them to open it once with this version (you are {me})."
        )


# --- the shared evidence folder ----------------------------------------------------------------


def vault_location(session: Session) -> Path | None:
    """The workspace's shared evidence folder, or None when none is set."""
    value = session.execute(
        select(WorkspaceSetting.value).where(WorkspaceSetting.key == VAULT_KEY)
    ).scalar_one_or_none()
    return Path(value) if value else None


def set_vault_location(session: Session, path: Path | str) -> Path:
    """Set the shared evidence folder every member of the team will use (audited).

    The folder must exist and be an absolute path as every member sees it (a mounted network
    share, the same path on each machine).

    Raises:
        ValidationError: the path is relative, or is not an existing folder.
    """
    folder = Path(path).expanduser()
    if not folder.is_absolute():
        raise ValidationError("Evidence folder", f"{str(path)!r} must be an absolute path, the same for every member")
    if not folder.is_dir():
        raise ValidationError("Evidence folder", f"{str(folder)!r} is not an existing folder")
    setting = session.get(WorkspaceSetting, VAULT_KEY)
    before = None if setting is None else {"vault": setting.value}
    if setting is None:
        setting = WorkspaceSetting(key=VAULT_KEY, value=str(folder))
        session.add(setting)
    else:
        setting.value = str(folder)
    session.flush()
    audit.record(
        session,
        action=AuditAction.CREATE if before is None else AuditAction.UPDATE,
        entity="workspace",
        entity_id=None,
        case_id=None,
        summary=f"Shared evidence folder set to {folder}",
        before=before,
        after={"vault": str(folder)},
    )
    return folder


class NoSharedVaultError(vault.VaultError):
    """A team workspace whose shared evidence folder is not set yet."""


NO_SHARED_VAULT = (
    "This team workspace has no shared evidence folder: set one with `cnil-case team set-vault PATH` "
    "(a folder every member reaches, e.g. a network share)."
)


def require_vault_location(session: Session) -> Path:
    """The shared evidence folder of a team workspace.

    Raises:
        NoSharedVaultError: none is configured yet.
    """
    folder = vault_location(session)
    if folder is None:
        raise NoSharedVaultError(NO_SHARED_VAULT)
    return folder


def vault_root(url: URL, data_dir: Path) -> Path:
    """Where a workspace's evidence lives: beside a SQLite file; the shared folder on a server.

    The drop-in for ``vault.vault_for`` at the composition roots, which open the vault before (or
    without) a session: on a server it reads the setting over a short connection of its own.

    Raises:
        NoSharedVaultError: a team workspace without a shared folder (a ``VaultError``, so the
            commands that never touch evidence go on; those that do show the message).
    """
    if not is_team_url(url):
        return vault.vault_for(url, data_dir)
    engine = create_engine(url, poolclass=NullPool)
    try:
        with db.storage_errors(db.describe(url)), engine.connect() as connection:
            if not inspect(connection).has_table(WorkspaceSetting.__tablename__):
                raise NoSharedVaultError(NO_SHARED_VAULT)  # a workspace older than the setting
            with Session(bind=connection) as session:
                return require_vault_location(session)
    finally:
        engine.dispose()


def is_team_url(url: URL) -> bool:
    """Whether the workspace is a team one (on a database server, not a SQLite file)."""
    return url.get_backend_name() != "sqlite"
