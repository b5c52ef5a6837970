"""Writing a user's file so that a crash or a full disk never leaves half of it."""

from __future__ import annotations

import os
import secrets
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from cnil_case.core.errors import UserError
from cnil_case.core.phrases import Phrase


def write_atomically(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to a temporary file beside ``path``, fsync it, then rename it over ``path``.

    A crash leaves either the old file or the new one. A new file gets the mode the umask gives
    any file the user saves; a replaced one keeps its mode.

    Raises:
        UserError: the folder does not exist or cannot be written (the message names the file).
    """
    target = Path(os.fspath(path))
    temporary = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
    try:
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            if target.exists():
                os.chmod(temporary, target.stat().st_mode & 0o7777)
            os.replace(temporary, target)
        except BaseException:
            temporary.unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise UserError(Phrase("files", "Cannot write {target}: {error}.", target=str(target), error=str(exc.strerror or exc))) from exc
    return target


@contextmanager
def text_writer(path: str | os.PathLike[str]) -> Iterator[IO[str]]:
    """Stream UTF-8 text to a temporary file beside ``path``; fsync and rename it when the block ends.

    For output too big to build in memory (a timeline export). An exception in the block removes
    the temporary file and leaves ``path`` as it was.

    Raises:
        UserError: the folder does not exist or cannot be written (the message names the file).
    """
    target = Path(os.fspath(path))
    try:
        handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 (closed below, or removed on failure)
            "w", encoding="utf-8", newline="", dir=target.parent, prefix=f".{target.name}.", suffix=".tmp",
            delete=False)
    except OSError as exc:
        raise UserError(Phrase("files", "Cannot write {target}: {error}.", target=str(target), error=str(exc.strerror or exc))) from exc
    try:
        with handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(handle.name, target)
    except OSError as exc:
        Path(handle.name).unlink(missing_ok=True)
        raise UserError(Phrase("files", "Cannot write {target}: {error}.", target=str(target), error=str(exc.strerror or exc))) from exc
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise
