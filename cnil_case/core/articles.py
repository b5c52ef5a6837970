"""GDPR provisions cited in findings, read from ``resources/taxonomy/gdpr_articles.toml``.

Each provision has the official heading of its article in English and French; a paragraph or
point ("5(1)(f)", "33(2)") also has a short label of its own. The headings are tagged [M] in the
TOML (from memory, to be checked against EUR-Lex); the wording is data so it can be corrected
without touching code. A file that breaks the schema is a bug in our resources
(``TaxonomyError``); a code the user typed that we do not know is a ``ValidationError``.
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cnil_case import paths
from cnil_case.core.errors import ValidationError
from cnil_case.core.taxonomy import LANGS, TaxonomyError

FILE = "gdpr_articles.toml"
FIELD = "GDPR article"
_KEYS = {"code", "article", "title_en", "title_fr", "label_en", "label_fr"}
# A cited provision: article number, then bracketed paragraph numbers or point letters.
_CODE = re.compile(r"^([1-9][0-9]*)((?:\((?:[1-9][0-9]*|[a-z])\))*)$")
# "Art. 5(1)(f)", "art 32", "Article 33 (2)", "Art.5(1)(F)".
_PREFIX = re.compile(r"^(?:art(?:icle|\.)?)\s*\.?", re.IGNORECASE)


@dataclass(frozen=True)
class Article:
    code: str
    article: int
    title_en: str
    title_fr: str
    label_en: str | None = None
    label_fr: str | None = None


def articles() -> tuple[Article, ...]:
    """All provisions, in file order."""
    return _load(paths.resource("taxonomy", FILE))


def normalise(code: str) -> str:
    """The canonical form of a cited provision: "Art. 5 (1)(F)" → "5(1)(f)", "art 32" → "32".

    Raises:
        ValidationError: the text is not shaped like a provision.
    """
    text = _PREFIX.sub("", code.strip())
    text = re.sub(r"\s+", "", text).lower()
    if not _CODE.match(text):
        raise _unknown(code)
    return text


def article(code: str) -> Article:
    """The provision cited as ``code`` (spaces and an "Art." prefix are accepted).

    Raises:
        ValidationError: the code is malformed or not in the catalogue.
    """
    wanted = normalise(code)
    for item in articles():
        if item.code == wanted:
            return item
    raise _unknown(code)


def display(code: str, lang: str) -> str:
    """The provision for a picker or report: "Art. 5(1)(f) — Integrity and confidentiality"."""
    if lang not in LANGS:
        raise ValueError(f"language must be one of {', '.join(LANGS)}, not {lang!r}")
    item = article(code)
    label = item.label_en if lang == "en" else item.label_fr
    title = item.title_en if lang == "en" else item.title_fr
    text = label if label is not None else title
    return f"Art. {item.code} — {text[:1].upper()}{text[1:]}"


def _unknown(code: str) -> ValidationError:
    return ValidationError(FIELD, f"unknown provision {code.strip()!r}; e.g. 32, 5(1)(f)")


# --- loading ---------------------------------------------------------------------------------


def read_articles(path: Path) -> tuple[Article, ...]:
    """Read and check a provisions file (uncached; the app uses ``articles()``).

    Raises:
        TaxonomyError: the file is unreadable or breaks the schema; the message names the file,
            the entry and the key.
    """
    try:
        with path.open("rb") as file:
            document = tomllib.load(file)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise TaxonomyError(f"{path}: cannot be read: {exc}") from exc
    unexpected = sorted(set(document) - {"provision"})
    if unexpected:
        raise TaxonomyError(f"{path}: unknown top-level key {unexpected[0]!r}")
    tables = document.get("provision")
    if not isinstance(tables, list) or not tables:
        raise TaxonomyError(f"{path}: key 'provision' must be a non-empty array of tables")
    items: list[Article] = []
    seen: set[str] = set()
    for index, table in enumerate(tables):
        item = _entry(path, index, table)
        if item.code in seen:
            raise TaxonomyError(f"{path}: provision #{index + 1}: duplicate code {item.code!r}")
        seen.add(item.code)
        items.append(item)
    return tuple(items)


_load = functools.cache(read_articles)


def _entry(path: Path, index: int, table: Any) -> Article:
    where = f"{path}: provision #{index + 1}"
    if not isinstance(table, dict):
        raise TaxonomyError(f"{where}: must be a table")
    unknown = sorted(set(table) - _KEYS)
    if unknown:
        raise TaxonomyError(f"{where}, key {unknown[0]!r}: unknown key (a typo?)")

    def text(key: str) -> str:
        value = table.get(key)
        if not isinstance(value, str) or not value.strip() or value.strip() != value:
            raise TaxonomyError(f"{where}, key {key!r}: must be a non-empty string, not {value!r}")
        return value

    def optional(key: str) -> str | None:
        return text(key) if key in table else None

    code = text("code")
    match = _CODE.match(code)
    if not match:
        raise TaxonomyError(f"{where}, key 'code': not a canonical provision code: {code!r}")
    number = table.get("article")
    if isinstance(number, bool) or not isinstance(number, int) or number != int(match[1]):
        raise TaxonomyError(f"{where}, key 'article': must be {int(match[1])}, not {number!r}")
    label_en, label_fr = optional("label_en"), optional("label_fr")
    if (label_en is None) != (label_fr is None):
        raise TaxonomyError(f"{where}: label_en and label_fr go together")
    if bool(match[2]) != (label_en is not None):
        raise TaxonomyError(f"{where}: a paragraph or point has labels, a whole article has none")
    return Article(code, number, text("title_en"), text("title_fr"), label_en, label_fr)
