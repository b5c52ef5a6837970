"""The organisation's identity on the documents: the ``[organisation]`` table of the user's
``<data dir>/reports/common/<lang>.toml`` (``docs/reports.md``), read and written without losing
the keys this module does not manage.

``report/document.py`` reads the same file (through ``report/wording.py``, merged over the
shipped ``reports/common/<lang>.toml``): ``name``, ``address``, ``logo``, ``signature`` and
``signature_image``. ``dpo_name`` and ``dpo_contact`` (GDPR Art. 37–39, Art. 33(3)(b)) are kept
here for the documents that print them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import re
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from cnil_case import paths
from cnil_case.core import files
from cnil_case.core.errors import UserError

LANGS = ("fr", "en")
TABLE = "organisation"
# The keys of [organisation] that the settings edit; any other key of the file is kept as it is.
MANAGED = ("name", "address", "dpo_name", "dpo_contact", "signature", "logo")
_PNG = b"\x89PNG\r\n\x1a\n"
_JPEG = b"\xff\xd8\xff"


@dataclasses.dataclass(frozen=True)
class Identity:
    """The sender as the documents print it. ``logo`` is the path as written in the file."""

    name: str = ""
    address: str = ""
    dpo_name: str = ""
    dpo_contact: str = ""
    signature: str = ""
    logo: str = ""


def user_folder(folder: Path | None = None) -> Path:
    """The user template folder, as ``report.wording.user_folder`` finds it: ``<data dir>/reports``."""
    return Path(folder) if folder is not None else paths.data_dir() / "reports"


def file_path(lang: str, *, folder: Path | None = None) -> Path:
    """``<folder>/common/<lang>.toml``, the file the documents read the identity from."""
    if lang not in LANGS:
        raise ValueError(f"unsupported report language {lang!r} (expected one of {', '.join(LANGS)})")
    return user_folder(folder) / "common" / f"{lang}.toml"


def _read(path: Path) -> dict[str, Any]:
    """The whole user file as a dict ({} if there is none)."""
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except (FileNotFoundError, NotADirectoryError):
        return {}
    except tomllib.TOMLDecodeError as exc:
        raise UserError(f"{path} is not valid TOML ({exc}): correct it or move it away, "
                        f"then open the settings again.") from exc
    except OSError as exc:
        raise UserError(f"Cannot read {path}: {exc.strerror or exc}.") from exc


def load(lang: str, *, folder: Path | None = None) -> Identity:
    """The identity stored in the user's file for ``lang`` (empty fields where there is none).

    Raises:
        UserError: the file exists but cannot be read or is not valid TOML.
    """
    table = _read(file_path(lang, folder=folder)).get(TABLE, {})
    if not isinstance(table, Mapping):
        table = {}
    values = {key: str(table.get(key, "")) for key in MANAGED}
    return Identity(**values)


def save(lang: str, identity: Identity, *, folder: Path | None = None) -> Path:
    """Write ``identity`` into the user's file for ``lang``, atomically, keeping every other key.

    The file is read again here, so what another program wrote meanwhile is kept too. Comments
    of a hand-written file are not kept (the TOML reader drops them).

    Raises:
        UserError: the folder cannot be created or written, or the existing file cannot be read
            (it is then left untouched).
    """
    path = file_path(lang, folder=folder)
    document = _read(path)
    table = document.get(TABLE)
    if not isinstance(table, dict):
        table = {}
    for key in MANAGED:
        table[key] = getattr(identity, key)
    document[TABLE] = table
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(f"Cannot create the folder {path.parent}: {exc.strerror or exc}.") from exc
    return files.write_atomically(path, dumps(document).encode("utf-8"))


def resolve_logo(lang: str, value: str, *, folder: Path | None = None) -> Path | None:
    """The logo's file as the documents find it: absolute, else beside the TOML file, else in the folder."""
    value = value.strip()
    if not value:
        return None
    path = Path(value).expanduser()
    if path.is_absolute():
        return path
    beside = file_path(lang, folder=folder).parent / path
    if beside.exists():
        return beside
    in_folder = user_folder(folder) / path
    return in_folder if in_folder.exists() else beside


def check_image(path: Path) -> None:
    """Refuse a logo the documents could not print: missing, unreadable, or not PNG / JPEG.

    Raises:
        UserError: naming the file and what is wrong with it.
    """
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError as exc:
        raise UserError(f"Cannot read the logo {path}: {exc.strerror or exc}.") from exc
    if not (head.startswith(_PNG) or head.startswith(_JPEG)):
        raise UserError(f"The logo {path} is not a PNG or JPEG image: choose a PNG or JPEG file.")


# --- A small TOML writer (the standard library only reads TOML) -----------------------------------

_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")
_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r"}


def _key(name: str) -> str:
    return name if _BARE_KEY.fullmatch(name) else _string(name)


def _escape(char: str) -> str:
    if char in _ESCAPES:
        return _ESCAPES[char]
    if ord(char) < 0x20 or ord(char) == 0x7F:
        return f"\\u{ord(char):04X}"
    return char


def _string(value: str) -> str:
    return '"' + "".join(_escape(c) for c in value) + '"'


def _multiline(value: str) -> str:
    """A multi-line basic string: the lines stay readable; quotes, backslashes and control characters escaped."""
    body = "".join(c if c == "\n" else _escape(c) for c in value)
    # A newline right after the opening quotes is trimmed by TOML readers, so the text starts on the next line.
    return '"""\n' + body + '"""'


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "nan"
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
        return repr(value)
    if isinstance(value, str):
        return _multiline(value) if "\n" in value else _string(value)
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, list):
        return "[" + ", ".join(_value(item) for item in value) + "]"
    if isinstance(value, Mapping):
        return "{" + ", ".join(f"{_key(k)} = {_value(v)}" for k, v in value.items()) + "}"
    raise TypeError(f"cannot write {type(value).__name__} to TOML")


def dumps(document: Mapping[str, Any]) -> str:
    """``document`` (as ``tomllib`` returns it) as TOML text that ``tomllib`` reads back equal."""
    lines: list[str] = []

    def table(prefix: tuple[str, ...], content: Mapping[str, Any]) -> None:
        plain = [(k, v) for k, v in content.items() if not isinstance(v, Mapping)]
        nested = [(k, v) for k, v in content.items() if isinstance(v, Mapping)]
        if prefix and (plain or not nested):
            if lines:
                lines.append("")
            lines.append("[" + ".".join(_key(part) for part in prefix) + "]")
        lines.extend(f"{_key(k)} = {_value(v)}" for k, v in plain)
        for k, v in nested:
            table((*prefix, k), v)

    table((), document)
    return "\n".join(lines) + "\n"
