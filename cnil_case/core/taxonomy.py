"""Categories of personal data and of persons, read from ``resources/taxonomy/*.toml``.

The lists are data so that a DPO or translator can change wording without touching code. A file
that breaks the schema is a bug in our resources, not a user error: loading raises
``TaxonomyError`` naming the file, the entry and the key. ENISA base scores follow REFERENCE.md
§4.2 [V]; the confidence tag of each placement is in the TOML comments.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, TypeVar, cast

from cnil_case import paths
from cnil_case.core.errors import ValidationError

EnisaType = Literal["simple", "behavioural", "financial", "sensitive", "credentials"]
Special = Literal["art9", "art10"]
Lang = Literal["en", "fr"]

# ENISA 2013 Annex 1 base score of each type [V]; credentials take the system they open [V].
ENISA_TYPE_BASES: dict[str, int | None] = {
    "simple": 1,
    "behavioural": 2,
    "financial": 3,
    "sensitive": 4,
    "credentials": None,
}
SPECIALS: tuple[Special, ...] = ("art9", "art10")
LANGS: tuple[Lang, ...] = ("en", "fr")

DATA_FILE = "data_categories.toml"
PERSON_FILE = "person_categories.toml"
_CODE = re.compile(r"^[a-z][a-z0-9_]*$")


class TaxonomyError(Exception):
    """A taxonomy file breaks its schema: a bug in the bundled resources."""


@dataclass(frozen=True)
class DataCategory:
    code: str
    label_en: str
    label_fr: str
    description_en: str
    description_fr: str
    enisa_type: EnisaType
    enisa_base: int | None  # None only for credentials
    special: Special | None = None
    national_id: bool = False
    identifies: bool = False


@dataclass(frozen=True)
class PersonCategory:
    code: str
    label_en: str
    label_fr: str
    description_en: str
    description_fr: str
    vulnerable: bool
    minors: bool


Category = DataCategory | PersonCategory
_C = TypeVar("_C", DataCategory, PersonCategory)


def data_categories() -> tuple[DataCategory, ...]:
    """All data categories, in file order."""
    return _load_data(paths.resource("taxonomy", DATA_FILE))


def person_categories() -> tuple[PersonCategory, ...]:
    """All person categories, in file order."""
    return _load_persons(paths.resource("taxonomy", PERSON_FILE))


def data_category(code: str) -> DataCategory:
    """The data category with this code.

    Raises:
        ValidationError: no category has this code (the message lists the known ones).
    """
    return _find(data_categories(), code, "Data category")


def person_category(code: str) -> PersonCategory:
    """The person category with this code.

    Raises:
        ValidationError: no category has this code (the message lists the known ones).
    """
    return _find(person_categories(), code, "Person category")


def label(category: Category, lang: str) -> str:
    """The category's label in ``lang`` ("en" or "fr")."""
    return cast(str, getattr(category, f"label_{_lang(lang)}"))


def description(category: Category, lang: str) -> str:
    """The category's one-line description in ``lang`` ("en" or "fr")."""
    return cast(str, getattr(category, f"description_{_lang(lang)}"))


def _lang(lang: str) -> Lang:
    if lang not in LANGS:
        raise ValueError(f"language must be one of {', '.join(LANGS)}, not {lang!r}")
    return cast(Lang, lang)


def _find(items: tuple[_C, ...], code: str, field: str) -> _C:
    for item in items:
        if item.code == code:
            return item
    known = ", ".join(item.code for item in items)
    raise ValidationError(field, f"unknown code {code!r}; known codes: {known}")


# --- loading ---------------------------------------------------------------------------------


def read_data_categories(path: Path) -> tuple[DataCategory, ...]:
    """Read and check a data-category file (uncached; the app uses ``data_categories()``).

    Raises:
        TaxonomyError: the file is unreadable or breaks the schema; the message names the file,
            the entry and the key.
    """
    return tuple(_entries(path, _data_entry))


def read_person_categories(path: Path) -> tuple[PersonCategory, ...]:
    """Read and check a person-category file (uncached; the app uses ``person_categories()``).

    Raises:
        TaxonomyError: the file is unreadable or breaks the schema; the message names the file,
            the entry and the key.
    """
    return tuple(_entries(path, _person_entry))


_load_data = functools.cache(read_data_categories)
_load_persons = functools.cache(read_person_categories)


class _Entry:
    """Typed access to one ``[[category]]`` table; every error names the file, entry and key."""

    def __init__(self, path: Path, index: int, table: Mapping[str, Any]) -> None:
        self.path = path
        self.table = table
        code = table.get("code")
        self.where = f"{path.name}, category #{index + 1}" + (
            f" ({code!r})" if isinstance(code, str) else ""
        )
        self.used: set[str] = set()

    def fail(self, key: str, message: str) -> TaxonomyError:
        return TaxonomyError(f"{self.path}: {self.where}, key {key!r}: {message}")

    def text(self, key: str) -> str:
        value = self._get(key)
        if not isinstance(value, str) or not value.strip():
            raise self.fail(key, f"must be a non-empty string, not {value!r}")
        return value

    def flag(self, key: str, *, default: bool | None = None) -> bool:
        if key not in self.table and default is not None:
            self.used.add(key)
            return default
        value = self._get(key)
        if not isinstance(value, bool):
            raise self.fail(key, f"must be true or false, not {value!r}")
        return value

    def choice(self, key: str, choices: tuple[str, ...], *, optional: bool = False) -> str | None:
        if optional and key not in self.table:
            self.used.add(key)
            return None
        value = self._get(key)
        if value not in choices:
            raise self.fail(key, f"must be one of {', '.join(choices)}, not {value!r}")
        return cast(str, value)

    def integer(self, key: str, low: int, high: int, *, optional: bool = False) -> int | None:
        if optional and key not in self.table:
            self.used.add(key)
            return None
        value = self._get(key)
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise self.fail(key, f"must be an integer from {low} to {high}, not {value!r}")
        return value

    def absent(self, key: str, why: str) -> None:
        if key in self.table:
            raise self.fail(key, f"must be absent: {why}")
        self.used.add(key)

    def check_no_unknown_keys(self) -> None:
        unknown = sorted(set(self.table) - self.used)
        if unknown:
            raise self.fail(unknown[0], "unknown key (a typo?)")

    def _get(self, key: str) -> Any:
        self.used.add(key)
        if key not in self.table:
            raise self.fail(key, "missing")
        return self.table[key]


def _entries(path: Path, build: Callable[[_Entry], _C]) -> list[_C]:
    try:
        with path.open("rb") as file:
            document = tomllib.load(file)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise TaxonomyError(f"{path}: cannot be read: {exc}") from exc
    unexpected = sorted(set(document) - {"category"})
    if unexpected:
        raise TaxonomyError(f"{path}: unknown top-level key {unexpected[0]!r}")
    tables = document.get("category")
    if not isinstance(tables, list) or not tables:
        raise TaxonomyError(
            f"{path}: key 'category' must be a non-empty array of [[category]] tables"
        )
    items: list[_C] = []
    seen: set[str] = set()
    for index, table in enumerate(tables):
        entry = _Entry(path, index, table)
        code = entry.text("code")
        if not _CODE.match(code):
            raise entry.fail(
                "code", f"must be lowercase letters, digits and underscores, not {code!r}"
            )
        if code in seen:
            raise entry.fail("code", f"duplicate code {code!r}")
        seen.add(code)
        item = build(entry)
        entry.check_no_unknown_keys()
        items.append(item)
    return items


def _data_entry(entry: _Entry) -> DataCategory:
    enisa_type = cast(EnisaType, entry.choice("enisa_type", tuple(ENISA_TYPE_BASES)))
    if enisa_type == "credentials":
        entry.absent("enisa_base", "ENISA scores credentials as the system they open [V]")
        base = None
    else:
        base = entry.integer("enisa_base", 1, 4)
    return DataCategory(
        code=entry.text("code"),
        label_en=entry.text("label_en"),
        label_fr=entry.text("label_fr"),
        description_en=entry.text("description_en"),
        description_fr=entry.text("description_fr"),
        enisa_type=enisa_type,
        enisa_base=base,
        special=cast(Special | None, entry.choice("special", SPECIALS, optional=True)),
        national_id=entry.flag("national_id", default=False),
        identifies=entry.flag("identifies"),
    )


def _person_entry(entry: _Entry) -> PersonCategory:
    minors = entry.flag("minors")
    vulnerable = entry.flag("vulnerable")
    if minors and not vulnerable:
        raise entry.fail("vulnerable", "must be true when minors is true (children are vulnerable)")
    return PersonCategory(
        code=entry.text("code"),
        label_en=entry.text("label_en"),
        label_fr=entry.text("label_fr"),
        description_en=entry.text("description_en"),
        description_fr=entry.text("description_fr"),
        vulnerable=vulnerable,
        minors=minors,
    )
