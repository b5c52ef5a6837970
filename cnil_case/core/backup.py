"""Backups of a workspace: its database and its evidence vault in one verified archive.

The archive is a ZIP file (ZIP64, so members may exceed 4 GiB) holding:

- ``database.sqlite``: a SQLite workspace copied with the online-backup API (a consistent
  snapshot, WAL content included); or ``tables/<name>.jsonl``: every table of a PostgreSQL
  workspace read in one REPEATABLE READ, READ ONLY transaction, in dependency order;
- ``vault/<sha256>``: every object of the evidence vault;
- ``manifest.json`` (written last): format version, cnil-case version, schema revision, creation
  time, row counts, and every other member's SHA-256 and size.

Everything is streamed in 1 MiB chunks, never loaded whole. The archive is written to a temporary
file beside the target, synced, then renamed. ``restore`` checks every member against the
manifest before it writes anything. File and database work only: no Qt.
"""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import decimal
import hashlib
import json
import os
import secrets
import shutil
import sqlite3
import tempfile
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from sqlalchemy import (
    Connection,
    Engine,
    MetaData,
    Table,
    create_engine,
    func,
    inspect,
    select,
    text,
)
from sqlalchemy.engine import URL

import cnil_case
from cnil_case.core import audit, crypto, db, vault
from cnil_case.core.errors import UserError
from cnil_case.core.phrases import Phrase

FORMAT = "cnil-case-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
DATABASE = "database.sqlite"
TABLES = "tables/"
VAULT = "vault/"
# An encrypted vault is copied as it is on disk: its header, and the sealed objects under their
# HMAC names (a plain SHA-256 as a member name would tell which files the workspace holds).
SEALED = "vault-sealed/"
SEALED_HEADER = SEALED + crypto.HEADER_FILE
CHUNK = vault.CHUNK
ProgressCallback = Callable[[vault.Progress], None]


class BackupError(UserError):
    """A backup cannot be written or restored; the message names the file or member."""


@dataclass(frozen=True)
class Member:
    name: str
    sha256: str
    size: int


@dataclass(frozen=True)
class BackupReport:
    path: Path
    backend: str
    schema_revision: str | None
    rows: dict[str, int]
    vault_objects: int
    size: int


@dataclass(frozen=True)
class RestoreReport:
    target: str
    schema_revision: str | None
    migrated_to: str | None
    rows: dict[str, int]
    vault_objects: int
    integrity: str
    audit_broken_at: int | None
    vault_failures: tuple[vault.VerifyResult, ...]
    missing_evidence: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return (
            self.integrity == "ok"
            and self.audit_broken_at is None
            and not self.vault_failures
            and not self.missing_evidence
        )


# -- writing -------------------------------------------------------------------------------------


class _Counter:
    """Bytes done over bytes expected, reported to the caller's progress callback."""

    def __init__(self, total: int, files: int, progress: ProgressCallback | None) -> None:
        self.total, self.files, self.progress = total, files, progress
        self.done_bytes = self.done_files = 0

    def advance(self, n: int, current: str) -> None:
        self.done_bytes += n
        if self.progress is not None:
            self.progress(vault.Progress(self.done_bytes, self.total, self.done_files, self.files, current))

    def file_done(self) -> None:
        self.done_files += 1
        self.advance(0, "")


def _copy_into(archive: zipfile.ZipFile, name: str, source: IO[bytes], counter: _Counter, *,
               compress: bool) -> Member:
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    info.external_attr = 0o600 << 16
    digest = hashlib.sha256()
    size = 0
    with archive.open(info, "w", force_zip64=True) as target:
        while chunk := source.read(CHUNK):
            digest.update(chunk)
            target.write(chunk)
            size += len(chunk)
            counter.advance(len(chunk), name)
    counter.file_done()
    return Member(name, digest.hexdigest(), size)


def _vault_objects(store: vault.Vault | None) -> list[tuple[str, Path]]:
    if store is None or not store.objects.is_dir():
        return []
    found: list[tuple[str, Path]] = []
    if store.encrypted:
        found.append((SEALED_HEADER, store.root / crypto.HEADER_FILE))
        for path in store.files():
            if len(path.name) == 64 and path.parent.name == path.name[2:4]:
                found.append((SEALED + path.name, path))
        return found
    for dirpath, dirnames, filenames in os.walk(store.objects):
        dirnames.sort()
        for name in sorted(filenames):
            path = Path(dirpath) / name
            with contextlib.suppress(ValueError):
                if store.path_for(name) == path:
                    found.append((name, path))
    return found


def write(engine_or_url: Engine | URL | str, store: vault.Vault | None, out: Path, *,
          progress: ProgressCallback | None = None, passphrase: crypto.Secret | None = None) -> BackupReport:
    """Write a consistent backup of the workspace and its vault to ``out``, atomically.

    The workspace may be in use: SQLite is copied with the online-backup API, PostgreSQL is read
    in one read-only snapshot transaction. Vault objects are content-addressed and never change,
    so copying them after the database snapshot is consistent (an object added meanwhile is
    simply extra).

    An encrypted workspace gives an archive of encrypted members: the database copied with its
    key (``passphrase`` opens it when a URL is given), the vault's sealed files and header.

    Raises:
        BackupError: the output folder cannot be written, or the disk is full.
        StorageError: the database cannot be read.
    """
    owned = not isinstance(engine_or_url, Engine)
    engine = (db.make_engine(engine_or_url, passphrase=passphrase)
              if not isinstance(engine_or_url, Engine) else engine_or_url)
    out = Path(out)
    if not out.parent.is_dir():
        raise BackupError(Phrase("backup", "Cannot write the backup {out}: the folder {folder} does not exist.", out=str(out), folder=str(out.parent)))
    temporary = out.with_name(f".{out.name}.{secrets.token_hex(4)}.tmp")
    objects = _vault_objects(store)
    try:
        with db.storage_errors(db.describe(engine.url)), contextlib.ExitStack() as stack:
            handle = stack.enter_context(open(temporary, "xb"))
            archive = stack.enter_context(zipfile.ZipFile(handle, "w", allowZip64=True))
            members: list[Member] = []
            counter = _Counter(sum(path.stat().st_size for _, path in objects), len(objects), progress)
            if engine.url.get_backend_name() == "sqlite":
                revision, rows = _write_sqlite(engine, archive, members, counter)
            else:
                revision, rows = _write_tables(engine, archive, members, counter)
            for sha256, path in objects:
                with open(path, "rb") as source:
                    name = sha256 if sha256.startswith(SEALED) else VAULT + sha256
                    members.append(_copy_into(archive, name, source, counter, compress=False))
            manifest = {
                "format": FORMAT,
                "format_version": FORMAT_VERSION,
                "cnil_case_version": cnil_case.__version__,
                "schema_revision": revision,
                "backend": engine.url.get_backend_name(),
                "created_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "rows": rows,
                "members": [{"name": m.name, "sha256": m.sha256, "size": m.size} for m in members],
            }
            archive.writestr(MANIFEST, json.dumps(manifest, indent=1, ensure_ascii=False), zipfile.ZIP_DEFLATED)
            archive.close()
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, out)
        _fsync_dir(out.parent)
    except OSError as exc:
        raise BackupError(Phrase("backup", "Cannot write the backup {out}: {error}.", out=str(out), error=str(exc.strerror or exc))) from exc
    finally:
        temporary.unlink(missing_ok=True)
        if owned:
            engine.dispose()
    return BackupReport(out, engine.url.get_backend_name(), revision, rows, len(objects), out.stat().st_size)


def _fsync_dir(path: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _write_sqlite(engine: Engine, archive: zipfile.ZipFile, members: list[Member],
                  counter: _Counter) -> tuple[str | None, dict[str, int]]:
    path = db.sqlite_path(engine.url)
    if not path.is_file():
        raise BackupError(Phrase("backup", "Cannot back up {path}: the workspace file does not exist.", path=str(path)))
    with tempfile.TemporaryDirectory(prefix="cnil-case-backup-") as folder:
        copy = Path(folder) / DATABASE
        if db.is_encrypted(engine.url):
            # Exported under the same key (the copy stays encrypted, also in the temporary folder).
            db.copy_encrypted(engine, copy)
            raw = engine.raw_connection()
            try:
                revision, rows = _sqlite_facts(raw.driver_connection)  # type: ignore[arg-type]
            finally:
                raw.close()
            counter.total += copy.stat().st_size
            counter.files += 1
            with open(copy, "rb") as handle:
                members.append(_copy_into(archive, DATABASE, handle, counter, compress=False))
            return revision, rows
        # The house approach (db._backup_sqlite): the online-backup API copies a consistent
        # snapshot, WAL content included, while other connections keep working.
        source = sqlite3.connect(path)
        try:
            target = sqlite3.connect(copy)
            try:
                with target:
                    source.backup(target)
                # One self-contained file: no WAL beside the copy when it is restored.
                target.execute("PRAGMA journal_mode=DELETE")
                revision, rows = _sqlite_facts(target)
            finally:
                target.close()
        finally:
            source.close()
        counter.total += copy.stat().st_size
        counter.files += 1
        with open(copy, "rb") as handle:
            members.append(_copy_into(archive, DATABASE, handle, counter, compress=True))
    return revision, rows


def _sqlite_facts(connection: sqlite3.Connection) -> tuple[str | None, dict[str, int]]:
    names = [r[0] for r in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    revision = None
    if "alembic_version" in names:
        found = connection.execute("SELECT version_num FROM alembic_version").fetchall()
        revision = found[0][0] if len(found) == 1 else None
    known = set(_model_tables())
    rows = {name: connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
            for name in names if name in known}
    return revision, rows


def _model_tables() -> list[str]:
    from cnil_case.core.models import Base

    return [t.name for t in Base.metadata.sorted_tables]


def _encode(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, bytes | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    if isinstance(value, decimal.Decimal):
        return str(value)
    return value


def _reflect(connection: Connection) -> list[Table]:
    """The workspace's own tables, as they are in the database, parents before children."""
    metadata = MetaData()
    wanted = set(_model_tables())
    metadata.reflect(connection, only=lambda name, _m: name in wanted)
    return list(metadata.sorted_tables)


def _write_tables(engine: Engine, archive: zipfile.ZipFile, members: list[Member],
                  counter: _Counter) -> tuple[str | None, dict[str, int]]:
    rows: dict[str, int] = {}
    with engine.connect() as connection:
        connection = connection.execution_options(isolation_level="REPEATABLE READ", postgresql_readonly=True)
        with connection.begin():
            # The first statement fixes the snapshot: every table below is read as of then.
            revision = None
            if inspect(connection).has_table("alembic_version"):
                found = connection.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
                revision = found[0] if len(found) == 1 else None
            for table in _reflect(connection):
                order = list(table.primary_key.columns) or list(table.columns)
                result = connection.execution_options(yield_per=1000).execute(select(table).order_by(*order))
                names = list(result.keys())
                count = 0
                counter.files += 1
                with tempfile.TemporaryFile() as spool:
                    for row in result:
                        line = json.dumps({k: _encode(v) for k, v in zip(names, row, strict=True)},
                                          ensure_ascii=False, separators=(",", ":"))
                        spool.write(line.encode("utf-8") + b"\n")
                        count += 1
                    counter.total += spool.tell()
                    spool.seek(0)
                    members.append(_copy_into(archive, f"{TABLES}{table.name}.jsonl", spool, counter, compress=True))
                rows[table.name] = count
    return revision, rows


# -- reading and checking ------------------------------------------------------------------------


def _open_archive(path: Path) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(path)
    except FileNotFoundError as exc:
        raise BackupError(Phrase("backup", "The backup {path} does not exist.", path=str(path))) from exc
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise BackupError(Phrase("backup", "The backup {path} is damaged or truncated (not a readable archive): {error}.", path=str(path), error=str(exc))) from exc


def read_manifest(archive: zipfile.ZipFile, path: Path) -> dict[str, Any]:
    """The archive's manifest, checked for shape and format version.

    Raises:
        BackupError: no manifest, not JSON, another format, or a newer format version.
    """
    try:
        raw = archive.read(MANIFEST)
    except KeyError as exc:
        raise BackupError(Phrase("backup", "The backup {path} has no {manifest}: it is not a cnil-case backup.", path=str(path), manifest=str(MANIFEST))) from exc
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        raise BackupError(Phrase("backup", "The backup {path} is damaged: member {manifest} cannot be read ({error}).", path=str(path), manifest=str(MANIFEST), error=str(exc))) from exc
    try:
        manifest = json.loads(raw)
    except (UnicodeDecodeError, ValueError) as exc:
        raise BackupError(Phrase("backup", "The backup {path} is damaged: member {manifest} is not valid JSON.", path=str(path), manifest=str(MANIFEST))) from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BackupError(Phrase("backup", "The backup {path} is not a cnil-case backup ({manifest} has no format {format}).", path=str(path), manifest=str(MANIFEST), format=repr(FORMAT)))
    version = manifest.get("format_version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise BackupError(Phrase(
            "backup", "The backup {path} uses backup format {version}, newer than this cnil-case reads ({ours}); "
            "update cnil-case to restore it.", path=str(path), version=repr(version), ours=str(FORMAT_VERSION),
        ))
    members = manifest.get("members")
    if not isinstance(members, list) or not all(
        isinstance(m, dict) and isinstance(m.get("name"), str) and isinstance(m.get("sha256"), str)
        and isinstance(m.get("size"), int) for m in members
    ):
        raise BackupError(Phrase("backup", "The backup {path} is damaged: {manifest} lists its members wrongly.", path=str(path), manifest=str(MANIFEST)))
    return manifest


def verify(path: Path, *, progress: ProgressCallback | None = None) -> dict[str, Any]:
    """Re-hash every member against the manifest; return the manifest.

    Raises:
        BackupError: one line naming the archive and the first member that is missing, extra,
            unreadable, or whose size or SHA-256 differs.
    """
    path = Path(path)
    with _open_archive(path) as archive:
        manifest = read_manifest(archive, path)
        members = [Member(m["name"], m["sha256"], m["size"]) for m in manifest["members"]]
        listed = {m.name for m in members}
        present = {info.filename for info in archive.infolist()}
        extra = sorted(present - listed - {MANIFEST})
        if extra:
            raise BackupError(Phrase("backup", "The backup {path} is damaged: member {member} is not in its manifest.", path=str(path), member=str(extra[0])))
        counter = _Counter(sum(m.size for m in members), len(members), progress)
        for member in members:
            if member.name not in present:
                raise BackupError(Phrase("backup", "The backup {path} is damaged: member {member} is missing.", path=str(path), member=str(member.name)))
            digest = hashlib.sha256()
            size = 0
            try:
                with archive.open(member.name) as source:
                    while chunk := source.read(CHUNK):
                        digest.update(chunk)
                        size += len(chunk)
                        counter.advance(len(chunk), member.name)
            except (zipfile.BadZipFile, OSError, EOFError, ValueError, zlib.error) as exc:
                raise BackupError(Phrase("backup", "The backup {path} is damaged: member {member} cannot be read ({error}).", path=str(path), member=str(member.name), error=str(exc))) from exc
            counter.file_done()
            if size != member.size or digest.hexdigest() != member.sha256:
                raise BackupError(Phrase(
                    "backup", "The backup {path} is damaged: member {member} does not match its SHA-256 in the manifest; "
                    "nothing was restored.", path=str(path), member=str(member.name),
                ))
    return manifest


# -- restoring -----------------------------------------------------------------------------------


def _known_revisions() -> set[str]:
    import alembic.script

    script = alembic.script.ScriptDirectory.from_config(db.alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def _workspace_used(url: URL) -> bool:
    if url.get_backend_name() == "sqlite":
        path = db.sqlite_path(url)
        return path.exists() and path.stat().st_size > 0
    engine = db.make_engine(url)
    try:
        with db.storage_errors(db.describe(url)), engine.connect() as connection:
            return bool(inspect(connection).get_table_names())
    finally:
        engine.dispose()


def _vault_used(vault_dir: Path) -> bool:
    objects = Path(vault_dir) / "objects"
    return objects.is_dir() and any(files for _, _, files in os.walk(objects))


def restore(archive: Path, target: str | URL, vault_dir: Path, *, force: bool = False,
            progress: ProgressCallback | None = None,
            passphrase: crypto.Secret | None = None) -> RestoreReport:
    """Restore a backup into the workspace ``target`` and the vault folder ``vault_dir``.

    Nothing is written until every member has been checked against the manifest. Then the
    database is restored (SQLite: the file; PostgreSQL: the schema at the archive's revision,
    the rows in dependency order, the sequences), migrated to this program's schema if older,
    and the vault objects are copied. Finally the database's integrity, the audit chain and
    every vault object's hash are checked and reported.

    A backup of an encrypted workspace needs its ``passphrase``, checked against the archived
    vault header before anything is written.

    Raises:
        BackupError: the archive is damaged (the message names the member), comes from a newer
            cnil-case, or the workspace is not empty and ``force`` is not set.
        StorageError: the target database cannot be used.
        crypto.CryptoError: the passphrase is wrong.
    """
    archive = Path(archive)
    url = target if isinstance(target, URL) else db.to_url(target)
    where = db.describe(url)
    if url.get_backend_name() == "sqlite" and not db.sqlite_path(url).parent.is_dir():
        raise BackupError(Phrase("backup", "Cannot restore into {where}: the folder {folder} does not exist.", where=str(where), folder=str(db.sqlite_path(url).parent)))
    if not force and (_workspace_used(url) or _vault_used(vault_dir)):
        raise BackupError(Phrase(
            "backup", "The workspace {where} (or its vault {vault}) is not empty: restore into a new workspace, or pass "
            "--force to replace it.", where=str(where), vault=str(vault_dir),
        ))
    manifest = verify(archive, progress=progress)
    revision = manifest.get("schema_revision")
    if revision is not None and revision not in _known_revisions():
        raise BackupError(Phrase(
            "backup", "The backup {archive} was written by a newer cnil-case (schema {schema}); update cnil-case to "
            "restore it.", archive=str(archive), schema=str(revision),
        ))
    backend = url.get_backend_name()
    names = [m["name"] for m in manifest["members"]]
    encrypted = SEALED_HEADER in names
    with _open_archive(archive) as zf:
        if encrypted:
            _check_passphrase(zf, archive, passphrase)
            if backend != "sqlite":
                raise BackupError(Phrase("backup", "The backup {archive} is of an encrypted workspace: restore it into a SQLite file.", archive=str(archive)))
        if DATABASE in names and backend == "sqlite":
            _restore_sqlite(zf, db.sqlite_path(url))
        elif DATABASE in names:
            _restore_sqlite_elsewhere(zf, url, revision, force=force)
        elif any(n.startswith(TABLES) for n in names):
            _restore_tables(url, revision, _jsonl_rows(zf, names), force=force)
        else:
            raise BackupError(Phrase("backup", "The backup {archive} holds no database.", archive=str(archive)))
        if encrypted:
            _restore_sealed(zf, Path(vault_dir), names)
            store = vault.Vault(Path(vault_dir), passphrase=passphrase)
            objects: dict[str, int] = {}
        else:
            objects = _restore_vault(zf, vault.Vault(Path(vault_dir)), names)
            store = vault.Vault(Path(vault_dir))
    return _check(url, store, revision, objects, passphrase=passphrase)


def _check_passphrase(zf: zipfile.ZipFile, archive: Path, passphrase: crypto.Secret | None) -> None:
    if passphrase is None:
        raise BackupError(Phrase("backup", "The backup {archive} is of an encrypted workspace: {hint}.", archive=str(archive), hint=str(crypto.ENCRYPTED_HINT)))
    with tempfile.TemporaryDirectory(prefix="cnil-case-restore-") as folder:
        (Path(folder) / crypto.HEADER_FILE).write_bytes(zf.read(SEALED_HEADER))
        crypto.unlock(Path(folder), passphrase)


def _copy_member(zf: zipfile.ZipFile, name: str, final: Path, temporary: Path) -> None:
    """Stream one archive member to ``temporary``, fsync it, make it read-only (as the vault keeps
    its files) and rename it over ``final``: never half a vault file under a real name."""
    try:
        with zf.open(name) as source, open(temporary, "xb") as handle:
            shutil.copyfileobj(source, handle, CHUNK)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, 0o444)
        if final.exists():
            os.chmod(final, 0o644)
        os.replace(temporary, final)
    finally:
        temporary.unlink(missing_ok=True)


def _restore_sealed(zf: zipfile.ZipFile, root: Path, names: list[str]) -> None:
    """Copy the sealed files back under their names (already checked against the manifest)."""
    try:
        root.mkdir(parents=True, exist_ok=True)
        for name in names:
            if not name.startswith(SEALED):
                continue
            leaf = name.removeprefix(SEALED)
            if leaf == crypto.HEADER_FILE:
                final = root / leaf
            elif len(leaf) == 64 and all(c in "0123456789abcdef" for c in leaf):
                final = root / "objects" / leaf[:2] / leaf[2:4] / leaf
            else:
                raise BackupError(Phrase("backup", "The backup's member {name} is not a vault file.", name=str(name)))
            final.parent.mkdir(parents=True, exist_ok=True)
            _copy_member(zf, name, final, final.with_name(f".{leaf}.{secrets.token_hex(4)}.part"))
    except OSError as exc:
        raise vault.VaultError(Phrase("backup", "Cannot restore the vault {root}: {error}.", root=str(root), error=str(exc.strerror or exc))) from exc


def _restore_sqlite(zf: zipfile.ZipFile, path: Path) -> None:
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        with zf.open(DATABASE) as source, open(temporary, "xb") as handle:
            shutil.copyfileobj(source, handle, CHUNK)
            handle.flush()
            os.fsync(handle.fileno())
        for suffix in ("-wal", "-shm", "-journal"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        os.replace(temporary, path)
        _fsync_dir(path.parent)
    except OSError as exc:
        raise BackupError(Phrase("backup", "Cannot restore into {path}: {error}.", path=str(path), error=str(exc.strerror or exc))) from exc
    finally:
        temporary.unlink(missing_ok=True)


_PARSERS: dict[type, Callable[[str], Any]] = {
    dt.datetime: dt.datetime.fromisoformat,
    dt.date: dt.date.fromisoformat,
    dt.time: dt.time.fromisoformat,
    bytes: base64.b64decode,
    decimal.Decimal: decimal.Decimal,
}


def _converter(table: Table, dialect: str) -> Callable[[dict[str, Any]], dict[str, Any]]:
    """Turn a dumped row (JSON text values, or a SQLite row) into values for ``table`` on ``dialect``."""
    kinds: dict[str, type] = {}
    for column in table.columns:
        with contextlib.suppress(NotImplementedError):
            if column.type.python_type in _PARSERS:
                kinds[column.name] = column.type.python_type

    def convert(row: dict[str, Any]) -> dict[str, Any]:
        for key, kind in kinds.items():
            value = row.get(key)
            if value is None:
                continue
            if isinstance(value, str):
                value = _PARSERS[kind](value)
            if isinstance(value, dt.datetime):
                # TZDateTime keeps UTC: naive UTC on SQLite (no zones there), aware elsewhere.
                if dialect == "sqlite":
                    value = value if value.tzinfo is None else value.astimezone(dt.UTC).replace(tzinfo=None)
                elif value.tzinfo is None:
                    value = value.replace(tzinfo=dt.UTC)
            row[key] = value
        return row

    return convert


RowSource = Callable[[str], Iterator[dict[str, Any]] | None]


def _jsonl_rows(zf: zipfile.ZipFile, names: list[str]) -> RowSource:
    def rows(table: str) -> Iterator[dict[str, Any]] | None:
        member = f"{TABLES}{table}.jsonl"
        if member not in names:
            return None
        return (json.loads(line) for line in zf.open(member))

    return rows


def _restore_tables(url: URL, revision: str | None, rows_for: RowSource, *, force: bool) -> None:
    import alembic.command

    engine = db.make_engine(url)
    try:
        with db.storage_errors(db.describe(url)):
            if force:
                with engine.begin() as connection:
                    existing = MetaData()
                    existing.reflect(connection)
                    existing.drop_all(connection)
            # The schema the rows were read from: this program's head through open_workspace,
            # an older revision through Alembic (then migrated to head below).
            if revision is None or revision == db.head_revision():
                db.open_workspace(url)[0].dispose()
            else:
                cfg = db.alembic_config()
                with engine.begin() as connection:
                    cfg.attributes["connection"] = connection
                    alembic.command.upgrade(cfg, revision)
            with engine.begin() as connection:
                tables = _reflect(connection)
                for table in tables:
                    rows = rows_for(table.name)
                    if rows is None:
                        continue
                    convert = _converter(table, connection.dialect.name)
                    batch: list[dict[str, Any]] = []
                    for row in rows:
                        batch.append(convert(row))
                        if len(batch) >= 1000:
                            connection.execute(table.insert(), batch)
                            batch = []
                    if batch:
                        connection.execute(table.insert(), batch)
                if connection.dialect.name == "postgresql":
                    _reset_sequences(connection, tables)
            if revision is not None and revision != db.head_revision():
                db.open_workspace(url)[0].dispose()
    finally:
        engine.dispose()


def _restore_sqlite_elsewhere(zf: zipfile.ZipFile, url: URL, revision: str | None, *, force: bool) -> None:
    """A SQLite backup into a database server: its rows, read from a temporary copy of the file."""
    with tempfile.TemporaryDirectory(prefix="cnil-case-restore-") as folder:
        copy = Path(folder) / DATABASE
        with zf.open(DATABASE) as source, open(copy, "xb") as handle:
            shutil.copyfileobj(source, handle, CHUNK)
        # A plain engine, without the workspace pragmas: the copy is only read.
        source_engine = create_engine(URL.create("sqlite", database=str(copy)))
        try:
            with source_engine.connect() as connection:
                tables = {t.name: t for t in _reflect(connection)}

                def rows(name: str) -> Iterator[dict[str, Any]] | None:
                    table = tables.get(name)
                    if table is None:
                        return None
                    order = list(table.primary_key.columns) or list(table.columns)
                    result = connection.execution_options(yield_per=1000).execute(select(table).order_by(*order))
                    return (dict(row._mapping) for row in result)

                _restore_tables(url, revision, rows, force=force)
        finally:
            source_engine.dispose()


def _reset_sequences(connection: Connection, tables: list[Table]) -> None:
    """Move each serial column's sequence past the restored ids (PostgreSQL only)."""
    for table in tables:
        for column in table.primary_key.columns:
            sequence = connection.execute(
                text("SELECT pg_get_serial_sequence(:t, :c)"), {"t": table.name, "c": column.name}
            ).scalar()
            if sequence is None:
                continue
            highest = connection.execute(select(func.max(column))).scalar()
            connection.execute(
                text("SELECT setval(:s, :v, :called)"),
                {"s": sequence, "v": highest or 1, "called": highest is not None},
            )


def _restore_vault(zf: zipfile.ZipFile, store: vault.Vault, names: list[str]) -> dict[str, int]:
    objects: dict[str, int] = {}
    for name in names:
        if not name.startswith(VAULT):
            continue
        sha256 = name.removeprefix(VAULT)
        try:
            final = store.path_for(sha256)
        except ValueError as exc:
            raise BackupError(Phrase("backup", "The backup's member {name} is not named by a SHA-256.", name=str(name))) from exc
        objects[sha256] = zf.getinfo(name).file_size
        if final.is_file() and store.verify(sha256, objects[sha256]).ok:
            continue
        try:
            store.tmp.mkdir(parents=True, exist_ok=True)
            final.parent.mkdir(parents=True, exist_ok=True)
            _copy_member(zf, name, final, store.tmp / f"{secrets.token_hex(8)}.part")
        except OSError as exc:
            raise vault.VaultError(Phrase("backup", "Cannot restore {name} into the vault {root}: {error}.", name=str(name), root=str(store.root), error=str(exc.strerror or exc))) from exc
    return objects


def _check(url: URL, store: vault.Vault, revision: str | None, objects: dict[str, int], *,
           passphrase: crypto.Secret | None = None) -> RestoreReport:
    from cnil_case.core.models import Evidence

    engine, factory = db.open_workspace(url, passphrase=passphrase)
    try:
        with db.storage_errors(db.describe(url)):
            migrated = db.stored_revision(engine)
            with engine.connect() as connection:
                if connection.dialect.name == "sqlite":
                    integrity = "; ".join(
                        str(r[0]) for r in connection.exec_driver_sql("PRAGMA integrity_check").fetchall())
                else:
                    integrity = "ok"
                rows = {t.name: connection.execute(select(func.count()).select_from(t)).scalar_one()
                        for t in _reflect(connection)}
            with factory() as session:
                broken = audit.verify(session)
                referenced = dict(session.execute(select(Evidence.sha256, Evidence.size)).tuples().all())
    finally:
        engine.dispose()
    if store.encrypted:
        # Sealed members carry no SHA-256: check every object the database refers to.
        objects = {sha: size for sha, size in referenced.items() if store.path_for(sha).is_file()}
    failures = tuple(r for r in (store.verify(sha, size) for sha, size in sorted(objects.items())) if not r.ok)
    missing = tuple(sorted(sha for sha in referenced if sha not in objects and not store.verify(sha).ok))
    return RestoreReport(
        target=db.describe(url),
        schema_revision=revision,
        migrated_to=migrated if migrated != revision else None,
        rows=rows,
        vault_objects=len(objects),
        integrity=integrity,
        audit_broken_at=broken,
        vault_failures=failures,
        missing_evidence=missing,
    )


def iter_members(path: Path) -> Iterator[Member]:
    """The members listed in a backup's manifest (for ``backup --list`` and tests)."""
    with _open_archive(Path(path)) as archive:
        for m in read_manifest(archive, Path(path))["members"]:
            yield Member(m["name"], m["sha256"], m["size"])
