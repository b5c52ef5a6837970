"""The fixed wording of a document, from ``reports/<document>/<lang>.toml``, user-overridable.

A file with the same relative path under ``<data dir>/reports/`` wins key by key over the shipped
one (organisation identity, a reworded heading …). Templates are trusted markup; the values put
into their ``{placeholders}`` come from a case and are escaped.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cnil_case import paths
from cnil_case.report import text

_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


def _flatten(table: Mapping[str, Any], prefix: str = "") -> dict[str, str]:
    flat: dict[str, str] = {}
    for key, value in table.items():
        name = f"{prefix}{key}"
        if isinstance(value, Mapping):
            flat.update(_flatten(value, f"{name}."))
        else:
            flat[name] = str(value)
    return flat


def _read(path: Path) -> dict[str, str]:
    with path.open("rb") as handle:
        try:
            return _flatten(tomllib.load(handle))
        except tomllib.TOMLDecodeError as exc:
            raise ValueError(f"{path}: {exc}") from exc


@dataclass(frozen=True)
class Wording:
    document: str
    lang: str
    entries: Mapping[str, str] = field(repr=False)
    overridden_by: Path | None = None

    def template(self, key: str) -> str:
        try:
            return self.entries[key]
        except KeyError:
            raise KeyError(f"reports/{self.document}/{self.lang}.toml has no key {key!r}") from None

    def _fill(self, key: str, escape: bool, values: Mapping[str, object]) -> str:
        def value(match: re.Match[str]) -> str:
            name = match.group(1)
            if name not in values:
                raise KeyError(f"reports/{self.document}/{self.lang}.toml: {key!r} needs a value for {{{name}}}")
            # Plain text stays in logical order: it is shaped once, where it is drawn (a Paragraph or
            # the canvas), since reordering right-to-left text twice would undo it.
            return text.para_text(values[name]) if escape else text.printable(values[name], shaped=False)

        return _PLACEHOLDER.sub(value, self.template(key))

    def get(self, key: str, **values: object) -> str:
        """Paragraph markup: the trusted template with escaped values substituted."""
        return self._fill(key, True, values)

    def plain(self, key: str, **values: object) -> str:
        """Plain text (logical order) for a table cell, a heading or, through ``text.printable``, the canvas."""
        return self._fill(key, False, values)

    def __contains__(self, key: object) -> bool:
        return key in self.entries


def user_folder(user_dir: Path | None = None) -> Path:
    """The user template folder: ``user_dir``, or ``<data dir>/reports``."""
    return Path(user_dir) if user_dir is not None else paths.data_dir() / "reports"


_FR_SPACE = re.compile(r" ([:;!?%»])|(«) ")


def french_spacing(template: str) -> str:
    """French typography in a template: a narrow no-break space (U+202F) before ``: ; ! ? %`` and
    ``»`` and after ``«``, where the template has an ordinary space (so a line never starts with ``:``)."""
    return _FR_SPACE.sub(lambda m: f"\u202f{m.group(1)}" if m.group(1) else f"{m.group(2)}\u202f", template)


def load(document: str, lang: str, *, user_dir: Path | None = None) -> Wording:
    """The wording of ``document`` in ``lang``, the user's copy (if any) merged over ours."""
    if lang not in text.LANGS:
        raise ValueError(f"unsupported report language {lang!r} (expected one of {', '.join(text.LANGS)})")
    if not re.fullmatch(r"[a-z0-9_-]+", document):
        raise ValueError(f"{document!r} is not a report document name")
    relative = Path(document) / f"{lang}.toml"
    shipped = paths.reports_dir() / relative
    if not shipped.is_file():
        raise ValueError(f"no wording for document {document!r} in {lang!r} ({shipped})")
    entries = _read(shipped)
    override = user_folder(user_dir) / relative
    found = override.is_file()
    if found:
        entries.update(_read(override))
    if lang == "fr":
        entries = {key: french_spacing(value) for key, value in entries.items()}
    return Wording(document, lang, entries, override if found else None)
