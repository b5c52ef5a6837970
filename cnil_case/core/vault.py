"""The evidence vault: a content-addressed folder of read-only files named by their SHA-256.

Each file is streamed once: hashed while it is copied to ``tmp/<random>.part``, synced, then
renamed to ``objects/ab/cd/<sha256>``. A crash therefore leaves only ``.part`` files, which
``Vault.cleanup_temp`` removes when the workspace opens; never a half file under a real name.
An encrypted vault (``vault.json`` present, see ``crypto``) seals each object in AES-256-GCM
chunks and names it by an HMAC of its SHA-256; objects are still addressed by the plaintext
SHA-256, so evidence ids, custody and manifests do not change. File work only: no database, no Qt.
"""

from __future__ import annotations

import contextlib
import enum
import errno
import hashlib
import io
import os
import secrets
import stat
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, cast

from sqlalchemy.engine import URL

from cnil_case.core import crypto, mediatype
from cnil_case.core.errors import UserError
from cnil_case.core.phrases import Phrase

CHUNK = 1 << 20
# A temporary file untouched this long belongs to no running copy (a copy writes every chunk):
# the clean-up at start-up removes only those, as a window and a command may share the vault.
STALE_TEMP_SECONDS = 600.0
_HEX = frozenset("0123456789abcdef")
_FULL = (errno.ENOSPC, errno.EDQUOT)
_READ_ONLY = (errno.EROFS, errno.EACCES, errno.EPERM)


class VaultError(UserError):
    """A file cannot be stored or checked; the message names the file and what to do."""


class Cancelled(Exception):
    """The user cancelled; nothing partial was left behind."""


@dataclass(frozen=True)
class Stored:
    sha256: str
    size: int
    path: Path
    media_type: str
    already_present: bool


@dataclass(frozen=True)
class Progress:
    done_bytes: int
    total_bytes: int
    done_files: int
    total_files: int
    current: str


class Check(enum.StrEnum):
    OK = "ok"
    MISMATCH = "mismatch"
    MISSING = "missing"
    SIZE_DIFFERS = "size differs"
    UNREADABLE = "unreadable"


@dataclass(frozen=True)
class VerifyResult:
    """``actual`` is the hash found on a mismatch; ``size`` the size found on disk."""

    sha256: str
    status: Check
    actual: str | None = None
    size: int | None = None
    detail: str = ""

    @property
    def ok(self) -> bool:
        return self.status is Check.OK


@dataclass(frozen=True)
class VaultReport:
    checked: tuple[VerifyResult, ...]
    unexpected: tuple[Path, ...]
    stale_temp: tuple[Path, ...]

    @property
    def failures(self) -> tuple[VerifyResult, ...]:
        return tuple(r for r in self.checked if not r.ok)

    @property
    def clean(self) -> bool:
        return not self.failures and not self.unexpected


@dataclass(frozen=True)
class Skipped:
    path: Path
    reason: str


@dataclass(frozen=True)
class Collected:
    files: tuple[Path, ...]
    skipped: tuple[Skipped, ...]
    total_bytes: int


def _check_sha(sha256: str) -> str:
    if len(sha256) != 64 or not _HEX.issuperset(sha256):
        raise ValueError(f"not a lowercase SHA-256 hex digest: {sha256!r}")
    return sha256


def _kind(mode: int) -> str:
    if stat.S_ISLNK(mode):
        return "a link"
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "a special file"


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_all(fd: int, data: memoryview) -> None:
    while data:
        written = os.write(fd, data)
        data = data[written:]


class Vault:
    """The vault of one workspace, rooted at ``root`` (see ``vault_for``)."""

    def __init__(self, root: Path, *, passphrase: crypto.Secret | None = None,
                 keys: crypto.Keys | None = None) -> None:
        """Open the vault at ``root``; an encrypted one needs its passphrase (or keys already derived).

        Raises:
            VaultError: the folder is unusable, or the vault is encrypted and no passphrase was given.
            crypto.CryptoError: the passphrase is wrong.
        """
        self.root = Path(root)
        self.objects = self.root / "objects"
        self.tmp = self.root / "tmp"
        if self.root.exists() and not self.root.is_dir():
            raise VaultError(Phrase("vault", "The evidence vault {root} is a file, not a folder: move it away.", root=str(self.root)))
        if self.root.is_dir() and not os.access(self.root, os.W_OK | os.X_OK):
            raise VaultError(Phrase(
                "vault", "The evidence vault folder {root} is read-only: give this account write access to it.",
                root=str(self.root),
            ))
        self.keys: crypto.Keys | None = keys
        if keys is None and crypto.is_encrypted(self.root):
            if passphrase is None:
                raise VaultError(Phrase("vault", "The evidence vault {root} is encrypted: {hint}.", root=str(self.root), hint=str(crypto.ENCRYPTED_HINT)))
            self.keys = crypto.unlock(self.root, passphrase)

    @classmethod
    def create_encrypted(cls, root: Path, passphrase: crypto.Secret) -> Vault:
        """Start an encrypted vault at ``root`` (refused if it already holds objects)."""
        root = Path(root)
        if crypto.is_encrypted(root) or any(_walk_files(root / "objects")):
            raise VaultError(Phrase("vault", "The evidence vault {root} already exists: an encrypted one needs a new workspace.", root=str(root)))
        return cls(root, keys=crypto.create_header(root, passphrase))

    @property
    def encrypted(self) -> bool:
        return self.keys is not None

    def path_for(self, sha256: str) -> Path:
        _check_sha(sha256)
        name = sha256 if self.keys is None else crypto.object_name(self.keys, sha256)
        return self.objects / name[:2] / name[2:4] / name

    def _ensure(self, *folders: Path) -> None:
        try:
            for folder in folders:
                folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise VaultError(Phrase(
                "vault", "The evidence vault folder {root} cannot be written ({error}): give this account write access "
                "to it or choose another workspace location.", root=str(self.root), error=str(exc.strerror),
            )) from exc

    # -- storing -------------------------------------------------------------------------------

    def store(
        self,
        source: Path,
        *,
        progress: Callable[[int], None] | None = None,
        cancel: Callable[[], bool] | None = None,
    ) -> Stored:
        """Copy ``source`` into the vault, hashing it on the way; the file is read once.

        Args:
            progress: called with the number of bytes just copied, once per chunk.
            cancel: polled once per chunk; returning True removes the copy and raises ``Cancelled``.

        Raises:
            VaultError: the file cannot be read, is not a regular file, changed while it was
                read, or the vault cannot be written (read-only, disk full).
            Cancelled: ``cancel`` returned True.
        """
        source = Path(source)
        before = self._stat_source(source)
        self._ensure(self.tmp)
        try:
            src = os.open(source, os.O_RDONLY | os.O_CLOEXEC | os.O_NONBLOCK)
        except OSError as exc:
            raise VaultError(self._read_message(source, exc)) from exc
        temp: Path | None = None
        try:
            opened = os.fstat(src)
            if (opened.st_dev, opened.st_ino) != (before.st_dev, before.st_ino) or not stat.S_ISREG(opened.st_mode):
                raise VaultError(Phrase("vault", "{source} changed while it was being read: add it again once it is stable.", source=str(source)))
            temp, sha256, size, head = self._copy(source, src, before.st_size, progress=progress, cancel=cancel)
            after = os.fstat(src)
            if size != before.st_size or (after.st_size, after.st_mtime_ns) != (before.st_size, before.st_mtime_ns):
                raise VaultError(Phrase("vault", "{source} changed while it was being read: add it again once it is stable.", source=str(source)))
            destination = self.path_for(sha256)
            already = destination.exists()
            if already:
                # Same content already stored: keep the existing object untouched.
                temp.unlink()
            else:
                created = [d for d in (destination.parent.parent, destination.parent) if not d.exists()]
                self._ensure(destination.parent)
                try:
                    os.replace(temp, destination)
                    # The rename, and any folder just made for it, must reach the disk too.
                    for folder in (destination.parent, *(d.parent for d in reversed(created))):
                        _fsync_dir(folder)
                except OSError as exc:
                    raise self._write_error(source, exc) from exc
            temp = None
            return Stored(
                sha256=sha256,
                size=size,
                path=destination,
                media_type=mediatype.sniff(head, source.name),
                already_present=already,
            )
        finally:
            os.close(src)
            if temp is not None:
                with contextlib.suppress(FileNotFoundError):
                    temp.unlink()

    def _stat_source(self, source: Path) -> os.stat_result:
        try:
            before = os.stat(source)
        except FileNotFoundError as exc:
            raise VaultError(Phrase("vault", "{source} does not exist (any more): check the path and add it again.", source=str(source))) from exc
        except OSError as exc:
            raise VaultError(self._read_message(source, exc)) from exc
        if not stat.S_ISREG(before.st_mode):
            # Checked before opening: opening a named pipe would block until a writer appears.
            raise VaultError(Phrase("vault", "{source} is not a regular file ({kind}): only files can be added.", source=str(source), kind=str(_kind(before.st_mode))))
        return before

    @staticmethod
    def _read_message(source: Path, exc: OSError) -> str:
        if isinstance(exc, FileNotFoundError):
            return Phrase("vault", "{source} vanished before it could be read: check the path and add it again.",
                          source=str(source))
        if isinstance(exc, IsADirectoryError):
            return Phrase("vault", "{source} is a folder: add the folder itself to take its files.", source=str(source))
        return Phrase("vault", "{source} cannot be read ({error}): check its permissions and add it again.",
                      source=str(source), error=str(exc.strerror or exc))

    def _write_error(self, source: Path, exc: OSError) -> VaultError:
        if exc.errno in _FULL:
            return VaultError(Phrase("vault", "{source} was not stored: the disk is full at {root}; free some space and add it again.", source=str(source), root=str(self.root)))
        if exc.errno in _READ_ONLY:
            return VaultError(Phrase("vault", "{source} was not stored: the evidence vault folder {root} is read-only.", source=str(source), root=str(self.root)))
        return VaultError(Phrase("vault", "{source} was not stored: writing to the vault {root} failed ({error}).", source=str(source), root=str(self.root), error=str(exc.strerror or exc)))

    def _copy(
        self,
        source: Path,
        src: int,
        expected: int,
        *,
        progress: Callable[[int], None] | None,
        cancel: Callable[[], bool] | None,
    ) -> tuple[Path, str, int, bytes]:
        """Stream ``src`` into a fresh temp file; returns (temp, sha256, size, first bytes).

        Stops once more than ``expected`` bytes came: a file growing as fast as it is read would
        otherwise never end, and the caller refuses it anyway.
        """
        temp = self.tmp / f"{secrets.token_hex(16)}.part"
        try:
            dst = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o600)
        except OSError as exc:
            raise self._write_error(source, exc) from exc
        digest = hashlib.sha256()
        buffer = bytearray(CHUNK)
        view = memoryview(buffer)
        size = 0
        head = b""
        sealer = None if self.keys is None else crypto.Sealer(self.keys)
        pending: bytes | None = None  # the chunk read last: sealed once we know whether it ends the file
        try:
            if sealer is not None:
                _write_all(dst, memoryview(sealer.header))
            while True:
                if cancel is not None and cancel():
                    raise Cancelled(str(source))
                try:
                    n = os.readv(src, [buffer]) if sealer is None else _read_full(src, view)
                except OSError as exc:
                    raise VaultError(self._read_message(source, exc)) from exc
                if n == 0:
                    break
                chunk = view[:n]
                digest.update(chunk)
                if not head:
                    head = bytes(view[: min(n, 8192)])
                try:
                    if sealer is None:
                        _write_all(dst, chunk)
                    else:
                        if pending is not None:
                            _write_all(dst, memoryview(sealer.seal(pending, last=False)))
                        pending = bytes(chunk)
                except OSError as exc:
                    raise self._write_error(source, exc) from exc
                size += n
                if progress is not None:
                    progress(n)
                if size > expected:
                    break
            try:
                if sealer is not None:
                    _write_all(dst, memoryview(sealer.seal(pending or b"", last=True)))
                os.fsync(dst)
                os.fchmod(dst, 0o444)
            except OSError as exc:
                raise self._write_error(source, exc) from exc
        except BaseException:
            os.close(dst)
            with contextlib.suppress(FileNotFoundError):
                temp.unlink()
            raise
        os.close(dst)
        return temp, digest.hexdigest(), size, head

    # -- reading and checking -----------------------------------------------------------------

    def open(self, sha256: str) -> BinaryIO:
        """The stored file, opened read-only (for previews and exports)."""
        path = self.path_for(sha256)
        try:
            if self.keys is not None:
                # Decrypts as it is read; buffered like a plain file, and seekable.
                return cast(BinaryIO, io.BufferedReader(crypto.OpenedFile(path, self.keys), CHUNK))
            return path.open("rb")
        except FileNotFoundError as exc:
            raise VaultError(Phrase("vault", "The vault file {path} is missing: run a verification of the vault.", path=str(path))) from exc
        except OSError as exc:
            raise VaultError(Phrase("vault", "The vault file {path} cannot be read ({error}).", path=str(path), error=str(exc.strerror))) from exc

    def verify(
        self,
        sha256: str,
        size: int | None = None,
        *,
        progress: Callable[[int], None] | None = None,
        cancel: Callable[[], bool] | None = None,
    ) -> VerifyResult:
        """Re-hash one object; a size that differs is reported without reading the file."""
        path = self.path_for(sha256)
        try:
            found = os.lstat(path)  # a link planted in place of the object is not the object
        except FileNotFoundError:
            return VerifyResult(sha256, Check.MISSING)
        except OSError as exc:
            return VerifyResult(sha256, Check.UNREADABLE, detail=str(exc.strerror))
        if not stat.S_ISREG(found.st_mode):
            return VerifyResult(sha256, Check.UNREADABLE, detail=f"{_kind(found.st_mode)}, not a file")
        on_disk = found.st_size if self.keys is None else crypto.plain_size(found.st_size)
        if size is not None and on_disk != size:
            return VerifyResult(sha256, Check.SIZE_DIFFERS, size=on_disk)
        try:
            if self.keys is None:
                actual = sha256_file(path, progress=progress, cancel=cancel)
            else:
                with crypto.OpenedFile(path, self.keys) as stream:
                    actual = _sha256_stream(stream, str(path), progress=progress, cancel=cancel)
        except crypto.CryptoError as exc:
            return VerifyResult(sha256, Check.MISMATCH, size=on_disk, detail=str(exc))
        except OSError as exc:
            return VerifyResult(sha256, Check.UNREADABLE, size=on_disk, detail=str(exc.strerror))
        if actual != sha256:
            return VerifyResult(sha256, Check.MISMATCH, actual=actual, size=on_disk)
        return VerifyResult(sha256, Check.OK, size=on_disk)

    def scan(
        self,
        expected: Mapping[str, int],
        *,
        progress: Callable[[Progress], None] | None = None,
        cancel: Callable[[], bool] | None = None,
    ) -> VaultReport:
        """Re-hash every expected object (sha256 → size) and list files nobody expects."""
        total_bytes = sum(expected.values())
        done_bytes = 0
        results: list[VerifyResult] = []
        for index, (sha256, size) in enumerate(sorted(expected.items())):
            if progress is not None:
                progress(Progress(done_bytes, total_bytes, index, len(expected), sha256))

            def advance(n: int, index: int = index, sha256: str = sha256) -> None:
                nonlocal done_bytes
                done_bytes += n
                if progress is not None:
                    progress(Progress(done_bytes, total_bytes, index, len(expected), sha256))

            results.append(self.verify(sha256, size, progress=advance, cancel=cancel))
        if progress is not None:
            progress(Progress(done_bytes, total_bytes, len(expected), len(expected), ""))
        wanted = {self.path_for(sha256) for sha256 in expected}
        unexpected = tuple(p for p in _walk_files(self.objects) if p not in wanted)
        return VaultReport(tuple(results), unexpected, tuple(_walk_files(self.tmp)))

    def cleanup_temp(self, *, older_than: float = 0.0) -> int:
        """Remove the ``.part`` files a crash or kill left behind; returns how many.

        Args:
            older_than: seconds since a file was last written. Another program may be copying into
                the same vault right now (the window and a command line at once): at start-up,
                only files nobody has written to for a while are removed.
        """
        removed = 0
        if not self.tmp.is_dir():
            return 0
        cutoff = time.time() - older_than
        for entry in os.scandir(self.tmp):
            if (
                entry.name.endswith(".part")
                and entry.is_file(follow_symlinks=False)
                and entry.stat(follow_symlinks=False).st_mtime <= cutoff
            ):
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(entry.path)
                    removed += 1
        return removed

    def files(self) -> Iterator[Path]:
        """Every file under ``objects/``, referenced or not, in a stable order (nothing is read)."""
        return _walk_files(self.objects)

    def temp_files(self) -> tuple[Path, ...]:
        """The ``.part`` files in the temporary folder (copies running now, or left by a crash)."""
        return tuple(p for p in _walk_files(self.tmp) if p.name.endswith(".part"))


def _walk_files(folder: Path) -> Iterator[Path]:
    if not folder.is_dir():
        return
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames.sort()
        for name in sorted(filenames):
            yield Path(dirpath) / name


def sha256_file(
    path: Path,
    *,
    progress: Callable[[int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> str:
    """SHA-256 of a file, streamed in 1 MiB chunks (raises ``Cancelled`` if ``cancel()``)."""
    with open(path, "rb", buffering=0) as handle:
        return _sha256_stream(handle, str(path), progress=progress, cancel=cancel)


def _sha256_stream(
    handle: io.RawIOBase,
    label: str,
    *,
    progress: Callable[[int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> str:
    digest = hashlib.sha256()
    buffer = bytearray(CHUNK)
    view = memoryview(buffer)
    while n := handle.readinto(buffer):
        if cancel is not None and cancel():
            raise Cancelled(label)
        digest.update(view[:n])
        if progress is not None:
            progress(n)
    return digest.hexdigest()


def _read_full(fd: int, view: memoryview) -> int:
    """Fill ``view`` unless the file ends first: sealed chunks must all be ``CHUNK`` long but the last."""
    got = 0
    while got < len(view):
        n = os.readv(fd, [view[got:]])
        if n == 0:
            break
        got += n
    return got


# -- choosing files ---------------------------------------------------------------------------

OUTSIDE = "link outside the chosen folder (recorded, not followed)"


def collect(paths: Sequence[Path]) -> Collected:
    """Expand the chosen files and folders into the regular files to store, in a stable order.

    Links inside a chosen folder are followed once (a folder is never entered twice, so loops
    end); links leading outside it, special files and unreadable folders are listed in
    ``skipped`` with the reason.
    """
    files: list[Path] = []
    skipped: list[Skipped] = []
    total = 0
    seen_dirs: set[tuple[int, int]] = set()

    def add_file(path: Path, info: os.stat_result) -> None:
        nonlocal total
        files.append(path)
        total += info.st_size

    def walk(folder: Path, top: Path) -> None:
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            skipped.append(Skipped(folder, f"folder cannot be read ({exc.strerror})"))
            return
        for entry in entries:
            path = Path(entry.path)
            try:
                if entry.is_symlink():
                    try:
                        target = path.resolve(strict=True)
                    except (OSError, RuntimeError):
                        skipped.append(Skipped(path, "broken link (recorded, not followed)"))
                        continue
                    if not target.is_relative_to(top):
                        skipped.append(Skipped(path, OUTSIDE))
                        continue
                info = os.stat(path)
            except OSError as exc:
                skipped.append(Skipped(path, f"cannot be read ({exc.strerror})"))
                continue
            if stat.S_ISDIR(info.st_mode):
                key = (info.st_dev, info.st_ino)
                if key in seen_dirs:
                    skipped.append(Skipped(path, "folder already included (link loop)"))
                    continue
                seen_dirs.add(key)
                walk(path, top)
            elif stat.S_ISREG(info.st_mode):
                add_file(path, info)
            else:
                skipped.append(Skipped(path, f"not a regular file ({_kind(info.st_mode)})"))

    for chosen in paths:
        chosen = Path(chosen)
        try:
            info = os.stat(chosen)
        except OSError as exc:
            skipped.append(Skipped(chosen, f"cannot be read ({exc.strerror})"))
            continue
        if stat.S_ISDIR(info.st_mode):
            key = (info.st_dev, info.st_ino)
            if key in seen_dirs:
                continue
            seen_dirs.add(key)
            walk(chosen, chosen.resolve())
        elif stat.S_ISREG(info.st_mode):
            add_file(chosen, info)
        else:
            skipped.append(Skipped(chosen, f"not a regular file ({_kind(info.st_mode)})"))
    return Collected(tuple(files), tuple(skipped), total)


def vault_for(workspace_url: URL, data_dir: Path) -> Path:
    """Where a workspace keeps its vault: beside a SQLite file, else under ``data_dir``."""
    database = workspace_url.database
    if workspace_url.get_backend_name() == "sqlite" and database and database != ":memory:":
        return Path(database).with_suffix(".vault")
    # URL.set(password=None) keeps the password, so rebuild the URL without it.
    anonymous = URL.create(
        workspace_url.drivername,
        username=workspace_url.username,
        host=workspace_url.host,
        port=workspace_url.port,
        database=workspace_url.database,
        query=workspace_url.query,
    ).render_as_string(hide_password=False)
    return Path(data_dir) / "vaults" / hashlib.sha256(anonymous.encode()).hexdigest()[:16]


def open_for(root: Path, *, passphrase: crypto.Secret | None, encrypted: bool) -> Vault:
    """The vault of a workspace; an encrypted workspace whose vault holds nothing yet gets an encrypted one.

    Raises:
        VaultError: see ``Vault``.
        crypto.CryptoError: the passphrase is wrong.
    """
    root = Path(root)
    if encrypted and passphrase is not None and not crypto.is_encrypted(root) and not any(_walk_files(root / "objects")):
        return Vault.create_encrypted(root, passphrase)
    return Vault(root, passphrase=passphrase)
