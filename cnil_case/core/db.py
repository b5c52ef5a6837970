"""The workspace database: engine, SQLite pragmas, start-up migration, storage errors.

A workspace is a SQLite file by default, or any SQLAlchemy URL (PostgreSQL for a team). This is
the one clearly marked place where SQLite-specific SQL lives (pragmas, integrity checks).
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect, make_url, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from cnil_case.core import crypto
from cnil_case.core.errors import ConflictError, StorageError
from cnil_case.core.models import Base
from cnil_case.core.phrases import Phrase

if TYPE_CHECKING:
    import alembic.config

log = logging.getLogger(__name__)

# Alembic is imported only when a workspace needs migrating (or its revision is unknown here):
# importing it costs more than the rest of a start-up on a workspace already at head.
VERSIONS_DIR = Path(__file__).parent / "migrations" / "versions"
_REVISION = re.compile(r"^revision\s*(?::[^=]*)?=\s*[\"']([^\"']+)[\"']", re.MULTILINE)
_DOWN_REVISION = re.compile(r"^down_revision\s*(?::[^=]*)?=\s*(?:None|[\"']([^\"']*)[\"'])", re.MULTILINE)

SessionFactory = sessionmaker[Session]


def to_url(target: str | os.PathLike[str]) -> URL:
    """Turn a file path or an SQLAlchemy URL into a URL; a bare path means a SQLite file."""
    raw = os.fspath(target)
    if "://" in raw:
        try:
            return make_url(raw)
        except (ArgumentError, ValueError) as exc:
            raise StorageError(Phrase(
                "db", "Database URL {url} is not a valid SQLAlchemy URL (expected e.g. postgresql+psycopg://user@host/db).",
                url=repr(raw),
            )) from exc
    return URL.create("sqlite", database=str(Path(raw).expanduser().resolve()))


def describe(url: URL) -> str:
    """A user-facing name for the workspace (the file path, or the URL without password)."""
    if url.get_backend_name() == "sqlite":
        return str(sqlite_path(url))
    return url.render_as_string(hide_password=True)


def short_name(url: URL) -> str:
    """A short title for the workspace: the SQLite file's stem, else the database name."""
    if url.get_backend_name() == "sqlite":
        return sqlite_path(url).stem
    return str(url.database or url.host or "workspace")


def make_engine(
    target: str | os.PathLike[str] | URL,
    *,
    passphrase: crypto.Secret | None = None,
    create_encrypted: bool = False,
) -> Engine:
    """Create the engine; for SQLite check that the file can be opened first.

    Args:
        passphrase: used only if the SQLite file is encrypted (SQLCipher), or with
            ``create_encrypted`` for a file that does not exist yet.
        create_encrypted: a new (absent or empty) file becomes an encrypted workspace.

    Raises:
        StorageError: the folder does not exist, the file is not a database, the driver is
            not installed, the workspace is encrypted and no (or a wrong) passphrase was given.
    """
    url = target if isinstance(target, URL) else to_url(target)
    if url.get_backend_name() == "sqlite":
        return _make_sqlite_engine(url, passphrase=passphrase, create_encrypted=create_encrypted)
    try:
        return create_engine(url, pool_pre_ping=True)
    except (NoSuchModuleError, ModuleNotFoundError) as exc:
        raise StorageError(Phrase(
            "db", "Cannot open {where}: the database driver is not installed ({error}).", where=describe(url), error=str(exc)
        )) from exc


# --- SQLite only, from here -------------------------------------------------------------------


def sqlite_path(url: URL) -> Path:
    """The file of a SQLite URL (plain, or ``file:`` URI form with ``?uri=true``)."""
    return Path(str(url.database).removeprefix("file:"))


def _read_only(url: URL) -> bool:
    path = sqlite_path(url)
    return url.query.get("mode") == "ro" or (path.exists() and not os.access(path, os.W_OK))


SQLITE_MAGIC = b"SQLite format 3\x00"


class WrongPassphrase(StorageError):
    """The passphrase does not open this encrypted workspace (nothing was read or written)."""


def passphrase_opens(target: str | os.PathLike[str] | URL, passphrase: crypto.Secret) -> bool:
    """Whether ``passphrase`` opens the encrypted workspace (one connection, closed at once).

    Raises:
        StorageError: the workspace cannot be opened for another reason.
    """
    engine = make_engine(target, passphrase=passphrase)
    try:
        with engine.connect():
            return True
    except WrongPassphrase:
        return False
    finally:
        engine.dispose()


def is_encrypted(target: str | os.PathLike[str] | URL) -> bool:
    """Whether a SQLite workspace file is encrypted: SQLCipher's first page, salt included, looks random."""
    url = target if isinstance(target, URL) else to_url(target)
    if url.get_backend_name() != "sqlite":
        return False
    try:
        with open(sqlite_path(url), "rb") as handle:
            head = handle.read(len(SQLITE_MAGIC))
            size = os.fstat(handle.fileno()).st_size
    except OSError:
        return False
    # A database file is whole pages (512 bytes to 64 KiB, powers of two): other bytes are simply
    # not a database, and get the plain "not a cnil-case workspace" message.
    return len(head) == len(SQLITE_MAGIC) and head != SQLITE_MAGIC and size % 512 == 0


def _sqlcipher_creator(path: Path, passphrase: crypto.Secret, timeout: float) -> Any:
    try:
        from sqlcipher3 import dbapi2 as sqlcipher  # type: ignore[import-untyped]
    except ImportError as exc:
        raise StorageError(Phrase(
            "db", "Cannot open {path}: it is encrypted and SQLCipher is not installed (pip install sqlcipher3).",
            path=str(path),
        )) from exc
    # The key is a quoted SQL string; SQLCipher derives the page key from it (PBKDF2-HMAC-SHA512).
    key = "'" + passphrase.reveal().replace("'", "''") + "'"

    def connect() -> Any:
        connection = sqlcipher.connect(str(path), check_same_thread=False, timeout=timeout)
        try:
            # Quiet: a wrong key would otherwise print page-decryption errors on stderr.
            connection.execute("PRAGMA cipher_log_level = NONE")
            connection.execute(f"PRAGMA key = {key}")  # before anything else touches the file
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher.DatabaseError as exc:
            connection.close()
            if getattr(exc, "sqlite_errorcode", 0) & 0xFF == sqlite3.SQLITE_NOTADB:
                raise WrongPassphrase(Phrase(
                    "db", "Wrong passphrase for the workspace {path} (or it is not a cnil-case workspace): "
                    "nothing was opened or changed.", path=str(path),
                )) from None
            raise
        return connection

    return connect, sqlcipher


def _make_sqlite_engine(
    url: URL, *, passphrase: crypto.Secret | None = None, create_encrypted: bool = False
) -> Engine:
    path = sqlite_path(url)
    if not path.parent.is_dir():
        raise StorageError(Phrase("db", "Cannot open {path}: the folder {folder} does not exist.", path=str(path),
                                  folder=str(path.parent)))
    if path.is_dir():
        raise StorageError(Phrase("db", "Cannot open {path}: it is a folder, not a database file.", path=str(path)))
    new = not path.exists() or path.stat().st_size == 0
    encrypted = is_encrypted(url) or (create_encrypted and new)
    # A writer waits up to 5 s for another program's lock (``?timeout=`` in the URL overrides).
    connect_args: dict[str, object] = {"check_same_thread": False}
    if "timeout" not in url.query:
        connect_args["timeout"] = 5.0
    if encrypted:
        if passphrase is None:
            raise StorageError(Phrase("db", "The workspace {path} is encrypted (or is not a cnil-case workspace): {hint}.",
                                      path=str(path), hint=crypto.ENCRYPTED_HINT))
        creator, module = _sqlcipher_creator(path, passphrase, float(str(url.query.get("timeout", 5.0))))
        # module=: SQLAlchemy wraps SQLCipher's own exception classes (IntegrityError...) as it does sqlite3's.
        engine = create_engine(url, creator=creator, module=module)
    else:
        engine = create_engine(url, connect_args=connect_args)

    # pysqlite (Python 3.11) opens transactions late and never for DDL; the SQLAlchemy docs
    # recipe takes over: no implicit BEGIN from the driver, an explicit one from SQLAlchemy. It
    # also lets the pragmas below run outside any transaction (they are ignored inside one).
    @event.listens_for(engine, "connect")
    def _set_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        if cursor.execute("PRAGMA query_only").fetchone() == (0,) and not _read_only(url):
            # WAL lets readers go on while one writer writes; it needs write access.
            cursor.execute("PRAGMA journal_mode=WAL")
        # FULL: a committed transaction survives a power cut too (NORMAL in WAL mode may lose
        # the last ones); an investigation's record is worth the extra fsync per commit.
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: Connection) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine


def _storage_message(code: int, where: str) -> Phrase | None:
    """The sentence for an SQLite primary result code, or None when the user cannot act on it."""
    # The templates are written out for the extraction (translations.py reads Phrase("db", "…") calls).
    templates = {
        sqlite3.SQLITE_BUSY: Phrase("db", "The workspace {where} is locked by another program; close it and try again.",
                                    where=where),
        sqlite3.SQLITE_READONLY: Phrase("db", "The workspace {where} is read-only; check its permissions or open a copy.",
                                        where=where),
        sqlite3.SQLITE_IOERR: Phrase("db", "The workspace {where} could not be read or written (disk error).", where=where),
        sqlite3.SQLITE_CORRUPT: Phrase("db", "The workspace {where} is damaged; restore it from a backup.", where=where),
        sqlite3.SQLITE_FULL: Phrase("db", "The workspace {where} cannot grow: the disk is full.", where=where),
        sqlite3.SQLITE_CANTOPEN: Phrase("db", "The workspace {where} cannot be opened; check that the folder exists and "
                                        "is writable.", where=where),
        sqlite3.SQLITE_NOTADB: Phrase("db", "The workspace {where} is not a cnil-case workspace (not an SQLite database).",
                                      where=where),
    }
    templates[sqlite3.SQLITE_LOCKED] = templates[sqlite3.SQLITE_BUSY]
    return templates.get(code)


def storage_error(exc: BaseException, where: str) -> StorageError | None:
    """Map a database error to a ``StorageError`` the user can act on, or None for a bug.

    Uses the SQLite primary result code (extended code & 0xFF) where there is one; connection
    failures on other servers are user errors too, and so is a read-only role's refused write.
    """
    from cnil_case.core import team  # late: team imports db

    denied = team.permission_error(exc, where)
    if denied is not None:
        return denied
    orig = getattr(exc, "orig", exc)
    code = getattr(orig, "sqlite_errorcode", None)
    if code is not None:
        message = _storage_message(code & 0xFF, where)
        if message is not None:
            return StorageError(message)
        return None
    if isinstance(exc, DBAPIError) and exc.connection_invalidated:
        return StorageError(Phrase("db", "The connection to {where} was lost; try again.", where=where))
    if isinstance(exc, DBAPIError) and type(orig).__name__ == "OperationalError":
        return StorageError(Phrase("db", "Cannot use the workspace {where}: {error}", where=where,
                                   error=str(orig).strip().splitlines()[0]))
    return None


@contextmanager
def storage_errors(where: str) -> Iterator[None]:
    """Re-raise database errors that the user can fix as ``StorageError`` (or ``ConflictError``)."""
    try:
        yield
    except StaleDataError as exc:
        # A versioned row (optimistic locking) changed under a save that did not check its
        # version itself (findings, correspondence, measures): refused, nothing written.
        raise ConflictError("This record") from exc
    except DBAPIError as exc:
        mapped = storage_error(exc, where)
        if mapped is None:
            raise
        raise mapped from exc
    except sqlite3.Error as exc:
        mapped = storage_error(exc, where)
        if mapped is None:
            raise
        raise mapped from exc


def _backup_sqlite(engine: Engine, current: str | None) -> Path | None:
    path = sqlite_path(engine.url)
    if not path.exists() or path.stat().st_size == 0:
        return None
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    backup = path.with_name(f"{path.stem}.{current or 'unversioned'}.{stamp}.bak{path.suffix}")
    if is_encrypted(engine.url):
        copy_encrypted(engine, backup)
        log.info("backed up %s to %s before migrating", path, backup)
        return backup
    # The online-backup API copies a consistent snapshot, WAL content included.
    source = sqlite3.connect(path)
    try:
        target = sqlite3.connect(backup)
        with target:
            source.backup(target)
        target.close()
    finally:
        source.close()
    log.info("backed up %s to %s before migrating", path, backup)
    return backup


def copy_encrypted(engine: Engine, target: Path) -> None:
    """Copy an encrypted workspace to ``target``, encrypted with the same key, from one snapshot.

    SQLCipher's ``sqlcipher_export`` into a database attached without a KEY clause, which then
    takes the main database's key: the passphrase is not needed again here.
    """
    connection = engine.raw_connection()
    try:
        driver: Any = connection.driver_connection
        driver.execute("ATTACH DATABASE ? AS copy", (str(target),))
        try:
            driver.execute("BEGIN")
            driver.execute("SELECT sqlcipher_export('copy')")
            driver.execute("COMMIT")
        finally:
            driver.execute("DETACH DATABASE copy")
    finally:
        connection.close()


# --- end of SQLite-only code -------------------------------------------------------------------


def alembic_config() -> alembic.config.Config:
    import alembic.config

    cfg = alembic.config.Config()
    cfg.set_main_option("script_location", "cnil_case.core:migrations")
    return cfg


def head_revision() -> str:
    import alembic.script

    script = alembic.script.ScriptDirectory.from_config(alembic_config())
    head = script.get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def scripted_head(versions: Path | None = None) -> str | None:
    """The head revision read from the migration scripts' text, without importing Alembic.

    None when it cannot be told for sure (no single head, a script it cannot read): the caller
    then asks Alembic. A test checks it against ``head_revision()``.
    """
    revisions: set[str] = set()
    parents: set[str] = set()
    try:
        for script in (versions or VERSIONS_DIR).glob("*.py"):
            source = script.read_text(encoding="utf-8")
            revision, down = _REVISION.search(source), _DOWN_REVISION.search(source)
            if revision is None or down is None:
                continue  # not a revision script (e.g. __init__.py)
            revisions.add(revision.group(1))
            if down.group(1):
                parents.add(down.group(1))
    except OSError:
        return None
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def stored_revision(engine: Engine) -> str | None:
    """The revision recorded in the workspace (None for a new or unversioned database)."""
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        versions = connection.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    return versions[0] if len(versions) == 1 else None


def migrate(engine: Engine) -> Path | None:
    """Bring the workspace to the latest schema; return the backup made, if any.

    A new database gets ``create_all`` then ``stamp head``. An older one is first copied to a
    timestamped backup (SQLite), then upgraded with foreign keys off (a batch rebuild drops and
    recreates tables; with enforcement on, the drop would cascade to child rows), and checked
    with ``PRAGMA foreign_key_check`` before commit.

    Raises:
        StorageError: the database is unusable, or was written by a newer cnil-case.
    """
    where = describe(engine.url)
    with storage_errors(where):
        # The common case, cheaply: the workspace is at the head of the scripts shipped.
        stored = stored_revision(engine)
        if stored is not None and stored == scripted_head():
            return None
        import alembic.command
        import alembic.script

        current = current_revision(engine)
        head = head_revision()
        if current == head:
            return None
        script = alembic.script.ScriptDirectory.from_config(alembic_config())
        known = {rev.revision for rev in script.walk_revisions()}
        if current is not None and current not in known:
            raise StorageError(Phrase(
                "db", "The workspace {where} was written by a newer version of cnil-case (schema {schema}); "
                "update cnil-case to open it.", where=where, schema=current,
            ))
        if current is not None:
            from cnil_case.core import team  # late: team imports db

            team.check_schema_owner(engine, where)
        cfg = alembic_config()
        if current is None:
            with engine.connect() as connection:
                existing = set(inspect(connection).get_table_names())
            foreign = existing - set(Base.metadata.tables) - {"alembic_version"}
            if foreign:
                raise StorageError(Phrase(
                    "db", "The workspace {where} is a database of another program (tables: {tables}); choose another file.",
                    where=where, tables=", ".join(sorted(foreign)[:5]),
                ))
            with engine.begin() as connection:
                Base.metadata.create_all(connection)
                cfg.attributes["connection"] = connection
                alembic.command.stamp(cfg, "head")
            return None
        backup = _backup_sqlite(engine, current) if engine.url.get_backend_name() == "sqlite" else None
        with engine.connect() as connection:
            is_sqlite = connection.dialect.name == "sqlite"
            if is_sqlite:
                # Outside the transaction (a pragma inside one is ignored), before BEGIN.
                connection.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")  # type: ignore[union-attr]
            try:
                with connection.begin():
                    cfg.attributes["connection"] = connection
                    alembic.command.upgrade(cfg, "head")
                    if is_sqlite:
                        problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                        if problems:
                            raise StorageError(Phrase(
                                "db", "Migrating {where} would break {count} links between records; nothing was "
                                "changed (backup: {backup}).", where=where, count=len(problems), backup=str(backup),
                            ))
            finally:
                if is_sqlite:
                    connection.connection.driver_connection.execute("PRAGMA foreign_keys=ON")  # type: ignore[union-attr]
        return backup


def session_factory(engine: Engine | None) -> SessionFactory:
    """Sessions on ``engine``; with None, bind it later with ``factory.configure(bind=engine)``."""
    # Snapshots are taken before commit, but keeping attributes loaded after commit makes a
    # returned id or value safe to read once the transaction has ended.
    return sessionmaker(engine, expire_on_commit=False)


def open_workspace(
    target: str | os.PathLike[str] | URL,
    *,
    passphrase: crypto.Secret | None = None,
    create_encrypted: bool = False,
) -> tuple[Engine, SessionFactory]:
    """Create the engine, check the file is usable, migrate, and return a session factory.

    An encrypted workspace is checked with its passphrase before anything is written (no
    backup, no migration on a wrong one); see ``make_engine`` for the arguments.
    """
    engine = make_engine(target, passphrase=passphrase, create_encrypted=create_encrypted)
    where = describe(engine.url)
    with storage_errors(where):
        if engine.url.get_backend_name() == "sqlite":
            _check_sqlite_file(engine)
        migrate(engine)
    return engine, session_factory(engine)


def _check_sqlite_file(engine: Engine) -> None:
    """Open the file once and read its header so a non-database fails here, not later."""
    with engine.connect() as connection:
        connection.execute(text("SELECT count(*) FROM sqlite_master")).scalar_one()

