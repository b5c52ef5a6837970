"""Encryption at rest for the evidence vault: the key from a passphrase, chunked AEAD, names.

An encrypted vault holds a small header (``vault.json``: KDF salt and parameters, a key check
value) and objects written as a stream of AES-256-GCM chunks. Each object starts with a magic
and a random 7-byte nonce prefix; chunk ``i`` is sealed with the nonce ``prefix || i || last``,
so chunks cannot be reordered, and a file cut at a chunk boundary fails (its new last chunk was
sealed as "not last"). File work only: no database, no Qt. See docs/encryption.md.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import io
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from cnil_case.core.errors import UserError

if TYPE_CHECKING:
    from _typeshed import ReadableBuffer, WriteableBuffer

# ``cryptography`` is imported when a vault is encrypted, not by every start-up (db.py imports this).

HEADER_FILE = "vault.json"
MAGIC = b"CNCVLT01"
PREFIX_SIZE = 7
HEADER_SIZE = len(MAGIC) + PREFIX_SIZE
TAG_SIZE = 16
CHUNK = 1 << 20
SEALED_CHUNK = CHUNK + TAG_SIZE
# Argon2id (RFC 9106 second recommendation, 64 MiB): about 0.2 s here, so each guess costs an
# attacker that much memory and time. Scrypt (n=2**17, r=8: 128 MiB) where Argon2 is missing.
ARGON2 = {"iterations": 3, "lanes": 4, "memory_cost": 64 * 1024}
SCRYPT = {"n": 1 << 17, "r": 8, "p": 1}
ENV_PASSPHRASE = "CNIL_CASE_PASSPHRASE"
ENCRYPTED_HINT = "give its passphrase (CNIL_CASE_PASSPHRASE or --passphrase-file)"


class CryptoError(UserError):
    """A wrong passphrase, or an encrypted file that was altered."""


class Secret:
    """A passphrase that never shows in a log, a repr or a traceback's locals."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        if not value:
            raise CryptoError("The passphrase is empty: give one.")
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "Secret(***)"

    __str__ = __repr__


@dataclass(frozen=True, repr=False)
class Keys:
    """The vault's keys, derived once when it is opened (kept in memory while it is open)."""

    content: bytes
    names: bytes
    check: bytes

    def __repr__(self) -> str:
        return "Keys(***)"


def _kdf(passphrase: Secret, salt: bytes, kdf: str, params: dict[str, int]) -> bytes:
    data = passphrase.reveal().encode("utf-8")
    if kdf == "argon2id":
        from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

        return Argon2id(
            salt=salt, length=32, iterations=params["iterations"], lanes=params["lanes"],
            memory_cost=params["memory_cost"],
        ).derive(data)
    if kdf == "scrypt":
        from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

        return Scrypt(salt=salt, length=32, n=params["n"], r=params["r"], p=params["p"]).derive(data)
    raise CryptoError(f"The vault uses an unknown key derivation ({kdf}): update cnil-case.")


def _split(master: bytes) -> Keys:
    def sub(label: bytes) -> bytes:
        return hmac.new(master, b"cnil-case vault " + label, hashlib.sha256).digest()

    return Keys(content=sub(b"content"), names=sub(b"names"), check=sub(b"check"))


def _check_value(keys: Keys) -> str:
    return hmac.new(keys.check, b"key check", hashlib.sha256).hexdigest()


def _default_kdf() -> tuple[str, dict[str, int]]:
    try:
        from cryptography.hazmat.primitives.kdf import argon2  # noqa: F401
    except ImportError:
        return "scrypt", dict(SCRYPT)
    return "argon2id", dict(ARGON2)


def create_header(root: Path, passphrase: Secret) -> Keys:
    """Write a new ``vault.json`` under ``root`` (refused if one exists) and return the keys."""
    path = root / HEADER_FILE
    kdf, params = _default_kdf()
    salt = secrets.token_bytes(16)
    keys = _split(_kdf(passphrase, salt, kdf, params))
    header = {
        "format": 1,
        "cipher": "AES-256-GCM, 1 MiB chunks",
        "kdf": kdf,
        "params": params,
        "salt": base64.b64encode(salt).decode("ascii"),
        "check": _check_value(keys),
    }
    root.mkdir(parents=True, exist_ok=True)
    with open(path, "x", encoding="utf-8") as handle:
        json.dump(header, handle, indent=2)
        handle.flush()
        os.fsync(handle.fileno())
    return keys


def is_encrypted(root: Path) -> bool:
    return (Path(root) / HEADER_FILE).is_file()


def unlock(root: Path, passphrase: Secret) -> Keys:
    """Derive the keys from ``passphrase`` and check them against ``vault.json``.

    Raises:
        CryptoError: the passphrase is wrong, or the header cannot be read.
    """
    path = Path(root) / HEADER_FILE
    try:
        header = json.loads(path.read_text(encoding="utf-8"))
        salt = base64.b64decode(header["salt"])
        keys = _split(_kdf(passphrase, salt, str(header["kdf"]), dict(header["params"])))
        expected = str(header["check"])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise CryptoError(f"The vault header {path} cannot be read ({exc}): restore it from a backup.") from exc
    if not hmac.compare_digest(_check_value(keys), expected):
        raise CryptoError("Wrong passphrase for this workspace: nothing was opened or changed.")
    return keys


def object_name(keys: Keys, sha256: str) -> str:
    """The file name of an object: HMAC of its SHA-256, so the name tells nothing of the content."""
    return hmac.new(keys.names, sha256.encode("ascii"), hashlib.sha256).hexdigest()


def sealed_size(plain_size: int) -> int:
    chunks = max(1, -(-plain_size // CHUNK))
    return HEADER_SIZE + plain_size + TAG_SIZE * chunks


def plain_size(sealed: int) -> int:
    body = sealed - HEADER_SIZE
    chunks = max(1, -(-body // SEALED_CHUNK))
    return body - TAG_SIZE * chunks


def _nonce(prefix: bytes, index: int, last: bool) -> bytes:
    return prefix + index.to_bytes(4, "big") + (b"\x01" if last else b"\x00")


class Sealer:
    """Encrypts a stream chunk by chunk: feed exactly ``CHUNK`` bytes per call but the last."""

    def __init__(self, keys: Keys) -> None:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        self._aead = AESGCM(keys.content)
        self._prefix = secrets.token_bytes(PREFIX_SIZE)
        self.header = MAGIC + self._prefix
        self._index = 0

    def seal(self, chunk: ReadableBuffer, *, last: bool) -> bytes:
        if self._index >= 1 << 32:
            raise CryptoError("The file is too large for the vault (over 4 PiB).")
        sealed = self._aead.encrypt(_nonce(self._prefix, self._index, last), bytes(chunk), self.header)
        self._index += 1
        return sealed


class OpenedFile(io.RawIOBase):
    """A read-only, seekable view of the plaintext of a sealed file (decrypts one chunk at a time).

    Raises ``CryptoError`` on read when a chunk was altered, reordered or cut.
    """

    def __init__(self, path: Path, keys: Keys) -> None:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        super().__init__()
        self._handle = open(path, "rb")  # noqa: SIM115 - closed in close()
        self.name = str(path)
        self._aead = AESGCM(keys.content)
        self._sealed = os.fstat(self._handle.fileno()).st_size
        header = self._handle.read(HEADER_SIZE)
        if len(header) != HEADER_SIZE or not header.startswith(MAGIC):
            self._handle.close()
            raise CryptoError(f"The vault file {path} is not an encrypted object (altered or foreign).")
        self._header = header
        self._prefix = header[len(MAGIC):]
        self._size = plain_size(self._sealed)
        self._pos = 0
        self._cached: tuple[int, bytes] | None = None

    @property
    def size(self) -> int:
        return self._size

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._pos

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: self._size}[whence]
        self._pos = max(0, base + offset)
        return self._pos

    def _chunk(self, index: int) -> bytes:
        if self._cached is not None and self._cached[0] == index:
            return self._cached[1]
        start = HEADER_SIZE + index * SEALED_CHUNK
        self._handle.seek(start)
        sealed = self._handle.read(SEALED_CHUNK)
        last = start + len(sealed) >= self._sealed
        from cryptography.exceptions import InvalidTag

        try:
            plain = self._aead.decrypt(_nonce(self._prefix, index, last), sealed, self._header)
        except InvalidTag as exc:
            raise CryptoError(
                f"The vault file {self.name} was altered or cut (chunk {index} fails its check): "
                "restore it from a backup."
            ) from exc
        self._cached = (index, plain)
        return plain

    def readinto(self, buffer: WriteableBuffer) -> int:
        view = memoryview(buffer).cast("B")
        if self._pos >= self._size or not len(view):
            if self._size == 0 and self._pos == 0:
                self._chunk(0)  # an empty file still proves it is intact
            return 0
        index, offset = divmod(self._pos, CHUNK)
        data = self._chunk(index)[offset:offset + len(view)]
        view[: len(data)] = data
        self._pos += len(data)
        return len(data)

    def close(self) -> None:
        if not self.closed:
            self._handle.close()
            self._cached = None
        super().close()


def passphrase_from(environ: dict[str, str] | os._Environ[str], file: Path | None) -> Secret | None:
    """The passphrase for a headless command: ``--passphrase-file`` first, else the environment.

    A file holds the passphrase on its first line (a trailing newline is not part of it).
    """
    if file is not None:
        try:
            text = Path(file).read_text(encoding="utf-8")
        except OSError as exc:
            raise CryptoError(f"The passphrase file {file} cannot be read ({exc.strerror}).") from exc
        return Secret(text.splitlines()[0] if text else "")
    value = environ.get(ENV_PASSPHRASE)
    return Secret(value) if value else None
