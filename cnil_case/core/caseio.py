"""The case document: a whole case as versioned JSON, exported, validated and imported back.

The format is described in ``docs/case-document.md`` and, for other tools, by the JSON Schema in
``resources/schema/case-document.schema.json``; the validation here is hand-written (no schema
library at run time) and must accept exactly what the schema accepts, plus the checks a schema
cannot express (calendar dates, references between items, duplicate keys). A test holds the two
together.

Items refer to each other by document-local keys ("org-1", "party-2"), never by database ids, so
a document imports into any workspace. Instants keep the UTC offset the source gave when the
workspace stores one (timeline events); otherwise they are written in UTC with a ``Z``, which reads
back as "no offset given", so an export imported and exported again is identical.
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
import math
import os
import re
import secrets
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

import cnil_case
from cnil_case.core import (
    affected,
    articles,
    assessments,
    audit,
    cases,
    correspondence,
    deadlines,
    enisa,
    evidence,
    files,
    findings,
    obligations,
    parties,
    periods,
    regimes,
    risk,
    taxonomy,
    timeline,
    times,
)
from cnil_case.core.errors import MUST_NOT_BE_EMPTY, DocumentError, ValidationError
from cnil_case.core.models import (
    AuditAction,
    Case,
    CaseStatus,
    CorrespondenceKind,
    CountKind,
    CustodyAction,
    EventCategory,
    FindingState,
    MeasureKind,
    MeasureState,
    ObligationStatus,
    Organisation,
    OriginIntent,
    OriginSource,
    PartyRole,
    Precision,
    Protection,
)
from cnil_case.core.phrases import Phrase
from cnil_case.core.snapshots import (
    AffectedDataInput,
    AffectedPersonsInput,
    CaseInput,
    EventInput,
    EventRow,
    Moment,
    OrganisationInput,
    OrganisationRow,
    PartyInput,
    PartyRow,
)

FORMAT = "cnil-case/case-document"
VERSION = 1

# Events are read from the database in pages of this size (an IN list per page).
_PAGE = 500


# --- instants ---------------------------------------------------------------------------------

# RFC 3339 with seconds: an offset (or Z) is required, a bare date or local time is refused.
# Patterns are matched whole (fullmatch): Python's "$" would also accept a trailing newline.
_INSTANT = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})")
_INSTANT_EXAMPLE = '"2024-02-01T09:30:00+01:00" or "2024-02-01T08:30:00Z"'


def format_instant(at: dt.datetime, offset: int | None) -> str:
    """Write an instant in the UTC offset the source gave (minutes), or in UTC with a ``Z``."""
    if offset is None:
        return at.astimezone(dt.UTC).isoformat().removesuffix("+00:00") + "Z"
    return at.astimezone(dt.timezone(dt.timedelta(minutes=offset))).isoformat()


def parse_instant(text: str) -> tuple[dt.datetime, int | None]:
    """Read an instant written by ``format_instant``: the aware datetime and its offset.

    ``Z`` means "UTC, no offset given" (None); ``+00:00`` means "the source said UTC" (0).

    Raises:
        ValueError: the text is not a date-time with an offset, or names a day that does not exist.
    """
    if not _INSTANT.fullmatch(text):
        raise ValueError(Phrase("caseio", "{value} is not a date-time with offset (e.g. {example})",
                                value=json.dumps(text, ensure_ascii=False), example=_INSTANT_EXAMPLE))
    try:
        at = dt.datetime.fromisoformat(text)
    except ValueError as exc:
        raise ValueError(Phrase("caseio", "{value} is not a valid date-time ({error})",
                                value=json.dumps(text, ensure_ascii=False), error=str(exc))) from exc
    if text.endswith("Z"):
        return at, None
    return at, times.offset_minutes(at)


# --- JSON paths -------------------------------------------------------------------------------

_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def child(path: str, key: str | int) -> str:
    """The JSON path of a member (``$.case.title``) or an array item (``$.events[3]``)."""
    if isinstance(key, int):
        return f"{path}[{key}]"
    if _IDENTIFIER.fullmatch(key):
        return f"{path}.{key}"
    return f"{path}[{json.dumps(key, ensure_ascii=False)}]"


# --- parsing ----------------------------------------------------------------------------------


class _Object(dict[str, Any]):
    """A parsed JSON object that remembers keys it saw twice (``json`` keeps the last silently)."""

    duplicates: tuple[str, ...] = ()


def _object_pairs(pairs: list[tuple[str, Any]]) -> _Object:
    result = _Object(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        twice: list[str] = []
        for key, _value in pairs:
            if key in seen:
                twice.append(key)
            seen.add(key)
        result.duplicates = tuple(twice)
    return result


class _Invalid(Exception):
    def __init__(self, path: str, message: str) -> None:
        super().__init__(message)
        self.path = path
        self.message = message


def _no_constant(name: str) -> Any:
    raise _Invalid("", Phrase("caseio", "is not valid JSON: {name} is not a number in JSON", name=name))


def loads(text: str, *, source: str) -> dict[str, Any]:
    """Parse and validate a case document held in a string; ``source`` names it in errors."""
    if not text.strip():
        raise DocumentError(source, "", Phrase("caseio", "is empty, not a case document"))
    try:
        document = json.loads(text, object_pairs_hook=_object_pairs, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise DocumentError(
            source, "", Phrase("caseio", "is not valid JSON: {reason} at line {line}, column {column}",
                               reason=exc.msg, line=exc.lineno, column=exc.colno)
        ) from exc
    except _Invalid as exc:
        raise DocumentError(source, exc.path, exc.message) from exc
    except RecursionError as exc:
        raise DocumentError(source, "", Phrase("caseio", "is not a case document: its JSON is nested too deeply")) from exc
    validate(document, source=source)
    return document


def read(path: str | os.PathLike[str]) -> dict[str, Any]:
    """Read, parse and validate a case document file.

    Raises:
        DocumentError: the file cannot be read, is not UTF-8 JSON, or is not a valid case
            document; the message names the file and the JSON path (or line and column).
    """
    source = os.fspath(path)
    try:
        raw = Path(source).read_bytes()
    except FileNotFoundError as exc:
        raise DocumentError(source, "", Phrase("caseio", "no such file")) from exc
    except IsADirectoryError as exc:
        raise DocumentError(source, "", Phrase("caseio", "is a folder, not a case document")) from exc
    except OSError as exc:
        raise DocumentError(source, "", Phrase("caseio", "cannot be read ({error})", error=str(exc.strerror or exc))) from exc
    return from_bytes(raw, source=source)


def from_bytes(raw: bytes, *, source: str) -> dict[str, Any]:
    """Parse and validate a case document given as the bytes of a file (UTF-8)."""
    try:
        # utf-8-sig: a byte-order mark, as some Windows editors write, is not an error.
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise DocumentError(source, "", Phrase("caseio", "is not UTF-8 text (bad byte at line {line})", line=line)) from exc
    return loads(text, source=source)


# --- writing ----------------------------------------------------------------------------------


def dumps(document: Mapping[str, Any]) -> str:
    """The document as UTF-8-ready JSON text: indented, keys in the order the document has them."""
    return json.dumps(document, indent=2, ensure_ascii=False, allow_nan=False) + "\n"


def write(document: Mapping[str, Any], path: str | os.PathLike[str]) -> None:
    """Write a document atomically (:func:`files.write_atomically`): never half a file.

    Raises:
        UserError: the folder does not exist or cannot be written.
    """
    files.write_atomically(path, dumps(document).encode("utf-8"))


# --- validation -------------------------------------------------------------------------------

Check = Callable[[Any, str], None]


@dataclass(frozen=True)
class Field:
    """One member of a document object: how to check it, whether it must be there."""

    check: Check
    required: bool = False


def _describe(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return Phrase("caseio", "a number ({value})", value=str(value))  # as JSON writes it, not localised
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "…"
        return Phrase("caseio", "a string ({value})", value=json.dumps(shown, ensure_ascii=False))
    if isinstance(value, list):
        return Phrase("caseio", "an array")
    if isinstance(value, dict):
        return Phrase("caseio", "an object")
    return Phrase("caseio", "a {type}, which is not JSON", type=type(value).__name__)


def _quote(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def _check_duplicates(value: Mapping[str, Any], path: str) -> None:
    twice = getattr(value, "duplicates", ())
    if twice:
        raise _Invalid(child(path, twice[0]), Phrase("caseio", "appears twice in the same object; keep one"))


def _check_members(value: Any, path: str, fields: Mapping[str, Field], what: str) -> None:
    if not isinstance(value, dict):
        raise _Invalid(path, Phrase("caseio", "expected {what} (a JSON object), got {got}", what=what, got=_describe(value)))
    _check_duplicates(value, path)
    for key in value:
        if key not in fields:
            close = difflib.get_close_matches(str(key), list(fields), n=1)
            hint = Phrase("caseio", "did you mean {key}? ", key=_quote(close[0])) if close else ""
            raise _Invalid(child(path, str(key)), Phrase("caseio", "unknown key; {hint}allowed here: {keys}",
                                                         hint=hint, keys=", ".join(fields)))
    for key, field in fields.items():
        if key in value:
            field.check(value[key], child(path, key))
        elif field.required:
            raise _Invalid(child(path, key), Phrase("caseio", "is missing ({what} must have it)", what=what))


def text(*, max_length: int | None = None, min_length: int = 0) -> Check:
    def check(value: Any, path: str) -> None:
        if not isinstance(value, str):
            raise _Invalid(path, Phrase("caseio", "expected a string, got {got}", got=_describe(value)))
        if len(value) < min_length:
            raise _Invalid(path, MUST_NOT_BE_EMPTY)
        if max_length is not None and len(value) > max_length:
            raise _Invalid(path, Phrase("caseio", "is {n} characters long; at most {max} are allowed",
                                         n=len(value), max=max_length))
        if "\x00" in value:
            # PostgreSQL cannot store NUL in text; refuse it in every workspace alike.
            raise _Invalid(path, Phrase("caseio", "contains a NUL character (U+0000), which cannot be stored"))

    return check


def pattern(regex: str, explanation: str, *, whole: bool = True, max_length: int | None = None) -> Check:
    """A string the regex matches: whole (the schema's ``^…$``), or anywhere in it (``whole=False``)."""
    compiled = re.compile(regex)
    matches = compiled.fullmatch if whole else compiled.search
    base = text(max_length=max_length)

    def check(value: Any, path: str) -> None:
        base(value, path)
        if not matches(value):
            raise _Invalid(path, Phrase("caseio", "{value} {explanation}", value=_quote(value), explanation=explanation))

    return check


def choice(values: Sequence[str], noun: str) -> Check:
    def check(value: Any, path: str) -> None:
        if not isinstance(value, str):
            raise _Invalid(path, Phrase("caseio", "expected a string, got {got}", got=_describe(value)))
        if value not in values:
            raise _Invalid(path, Phrase("caseio", "{value} is not {noun}; use one of {choices}",
                                         value=_quote(value), noun=noun, choices=", ".join(values)))

    return check


def boolean(value: Any, path: str) -> None:
    if not isinstance(value, bool):
        raise _Invalid(path, Phrase("caseio", "expected true or false, got {got}", got=_describe(value)))


def nullable(check: Check) -> Check:
    def checked(value: Any, path: str) -> None:
        if value is not None:
            check(value, path)

    return checked


def array(item: Check, *, unique: bool = False) -> Check:
    def check(value: Any, path: str) -> None:
        if not isinstance(value, list):
            raise _Invalid(path, Phrase("caseio", "expected an array, got {got}", got=_describe(value)))
        seen: list[Any] = []
        for index, entry in enumerate(value):
            item(entry, child(path, index))
            if unique:
                if entry in seen:
                    raise _Invalid(child(path, index), Phrase("caseio", "{value} is listed twice", value=_quote(entry)))
                seen.append(entry)

    return check


def instant(value: Any, path: str) -> None:
    if not isinstance(value, str):
        raise _Invalid(path, Phrase("caseio", "expected a date-time string (e.g. {example}), got {got}",
                                     example=_INSTANT_EXAMPLE, got=_describe(value)))
    try:
        parse_instant(value)
    except ValueError as exc:
        raise _Invalid(path, exc.args[0] if isinstance(exc.args[0], Phrase) else str(exc)) from exc


MOMENT_FIELDS: dict[str, Field] = {
    "at": Field(instant, required=True),
    "precision": Field(choice(Precision.values(), Phrase("caseio", "a precision")), required=True),
}


def moment(value: Any, path: str) -> None:
    _check_members(value, path, MOMENT_FIELDS, Phrase("caseio", "a moment"))


def json_value(value: Any, path: str) -> None:
    """Any JSON value (imported attributes are kept verbatim), with no NaN and no NUL."""
    if value is None or isinstance(value, bool | int | str):
        if isinstance(value, str):
            text()(value, path)
        return
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _Invalid(path, Phrase("caseio", "{value} is not a number in JSON", value=str(value)))
        return
    if isinstance(value, list):
        for index, entry in enumerate(value):
            json_value(entry, child(path, index))
        return
    if isinstance(value, dict):
        _check_duplicates(value, path)
        for key, entry in value.items():
            if not isinstance(key, str):
                raise _Invalid(path, Phrase("caseio", "has a key {key} that is not a string", key=repr(key)))
            text()(key, child(path, key))
            json_value(entry, child(path, key))
        return
    raise _Invalid(path, Phrase("caseio", "expected a JSON value, got {got}", got=_describe(value)))


def json_object(value: Any, path: str) -> None:
    if not isinstance(value, dict):
        raise _Invalid(path, Phrase("caseio", "expected a JSON object, got {got}", got=_describe(value)))
    json_value(value, path)


KEY = pattern(
    r"[A-Za-z0-9][A-Za-z0-9._-]*",
    Phrase("caseio", "is not a valid key (letters, digits, '.', '_', '-'; e.g. \"party-1\")"),
    max_length=64,
)


def line(what: str, *, max_length: int) -> Check:
    """Text that is not blank (the schema's ``line``)."""
    return pattern(r"\S", Phrase("caseio", "is blank; {what}", what=what), whole=False, max_length=max_length)


_TAG = pattern(r"[^,]+", Phrase("caseio", "is not a valid tag (a tag is not empty and holds no comma)"), max_length=80)


def hours(value: Any, path: str) -> None:
    """A whole number of hours from 0 to ``parties.MAX_HOURS`` (a year)."""
    # JSON has one number type: 24.0 is the number 24, and JSON Schema's "integer" accepts it.
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _Invalid(path, Phrase("caseio", "expected a whole number of hours, got {got}", got=_describe(value)))
    if isinstance(value, float) and not value.is_integer():
        raise _Invalid(path, Phrase("caseio", "{value} is not a whole number of hours", value=str(value)))
    if value < 0:
        raise _Invalid(path, Phrase("caseio", "{value} is negative: a number of hours is 0 or more", value=str(int(value))))
    if value > parties.MAX_HOURS:
        raise _Invalid(path, Phrase("caseio", "{value} hours is more than a year; at most {max} are allowed",
                                     value=str(int(value)), max=parties.MAX_HOURS))


# The holiday calendars a party can name (None, the national list, is written null).
CALENDAR_CODES = tuple(code for code, _label in periods.CALENDARS if code is not None)


def holiday_calendar(value: Any, path: str) -> None:
    if not isinstance(value, str):
        raise _Invalid(path, Phrase("caseio", "expected a holiday-calendar code or null, got {got}", got=_describe(value)))
    if value not in CALENDAR_CODES:
        raise _Invalid(
            path,
            Phrase("caseio", "{value} is not a holiday calendar; use null for the national list or one of "
                   "{codes} (Alsace is 6AE: there is no 67 or 68)", value=_quote(value), codes=", ".join(CALENDAR_CODES)),
        )


# A fulfilment is stored as an instant: an hour or a day would have to be read as one of its
# minutes, and a deadline can end inside that hour or day (late or on time would be a guess).
FULFILMENT_PRECISIONS = (Precision.EXACT.value, Precision.MINUTE.value)


def fulfilment(value: Any, path: str) -> None:
    moment(value, path)
    if value["precision"] not in FULFILMENT_PRECISIONS:
        raise _Invalid(
            child(path, "precision"),
            Phrase("caseio", "{value} is too coarse for a fulfilment: give the time it was sent "
                   "(precision {precisions}); a deadline can end within that hour or day",
                   value=_quote(value["precision"]), precisions=" or ".join(map(_quote, FULFILMENT_PRECISIONS))),
        )

# The members of each object; the JSON Schema lists the same ones (a test compares them).
CASE_FIELDS: dict[str, Field] = {
    "reference": Field(line(Phrase("caseio", "a case needs a reference"), max_length=60), required=True),
    "title": Field(line(Phrase("caseio", "a case needs a title"), max_length=300), required=True),
    "status": Field(choice(CaseStatus.values(), Phrase("caseio", "a case status"))),
    "summary": Field(text()),
    "nature": Field(array(choice(cases.NATURES, Phrase("caseio", "a breach nature")), unique=True)),
    "origin_intent": Field(choice(OriginIntent.values(), Phrase("caseio", "an origin (intent)"))),
    "origin_source": Field(choice(OriginSource.values(), Phrase("caseio", "an origin (source)"))),
    "vector": Field(text()),
    "data_description": Field(text()),
    "persons_description": Field(text()),
    "breach_start": Field(nullable(moment)),
    "breach_end": Field(nullable(moment)),
    "discovered": Field(nullable(moment)),
    "display_zone": Field(text(max_length=64, min_length=1)),
    "protection": Field(choice(Protection.values(), Phrase("caseio", "a protection"))),
    "key_compromised": Field(nullable(boolean)),
    "protection_note": Field(text()),
    "public_summary": Field(text()),
}

ORGANISATION_FIELDS: dict[str, Field] = {
    "key": Field(KEY, required=True),
    "name": Field(line(Phrase("caseio", "an organisation needs a name"), max_length=300), required=True),
    "siren": Field(text(max_length=9)),
    "siret": Field(text(max_length=14)),
    "country": Field(pattern(r"[A-Z]{2}", Phrase("caseio", "is not a two-letter upper-case ISO country code such as FR"))),
    "address": Field(text()),
    "contact_name": Field(text(max_length=200)),
    "contact_email": Field(text(max_length=200)),
    "contact_phone": Field(text(max_length=50)),
    "dpo_name": Field(text(max_length=200)),
    "dpo_email": Field(text(max_length=200)),
    "dpo_phone": Field(text(max_length=50)),
    "notes": Field(text()),
}

PARTY_FIELDS: dict[str, Field] = {
    "key": Field(KEY, required=True),
    "organisation": Field(KEY, required=True),
    "role": Field(choice(PartyRole.values(), Phrase("caseio", "a party role")), required=True),
    "serves": Field(array(KEY, unique=True)),
    "aware": Field(nullable(moment)),
    "awareness_note": Field(text()),
    "classified": Field(nullable(moment)),
    "regimes": Field(array(choice(parties.REGIMES, Phrase("caseio", "a regime")), unique=True)),
    "notice_hours": Field(hours),
    "subject_target_hours": Field(nullable(hours)),
    "holiday_calendar": Field(nullable(holiday_calendar)),
    "notes": Field(text()),
}

EVENT_FIELDS: dict[str, Field] = {
    "key": Field(KEY, required=True),
    "occurred": Field(moment, required=True),
    "title": Field(line(Phrase("caseio", "an event needs a title"), max_length=500), required=True),
    "details": Field(text()),
    "source": Field(text()),
    "category": Field(choice(EventCategory.values(), Phrase("caseio", "an event category"))),
    "actor": Field(nullable(KEY)),
    "tags": Field(array(_TAG, unique=True)),
    "starred": Field(boolean),
    "attributes": Field(json_object),
}

OBLIGATION_FIELDS: dict[str, Field] = {
    "party": Field(KEY, required=True),
    "duty": Field(choice(tuple(regimes.DUTY_BY_CODE), Phrase("caseio", "a duty code")), required=True),
    "recipient": Field(nullable(KEY)),
    "status": Field(choice(ObligationStatus.values(), Phrase("caseio", "an obligation status"))),
    "fulfilled": Field(nullable(fulfilment)),
    "reference": Field(text(max_length=200)),
    "reasons_for_delay": Field(text()),
    "not_required_reason": Field(text()),
    "notes": Field(text()),
}


def members(fields: Mapping[str, Field], what: str) -> Check:
    def check(value: Any, path: str) -> None:
        _check_members(value, path, fields, what)

    return check


# --- affected data, persons, risk assessments -------------------------------------------------


def _code(codes: Callable[[], Sequence[Any]], noun: str) -> Check:
    def check(value: Any, path: str) -> None:
        known = [c.code for c in codes()]
        choice(known, noun)(value, path)

    return check


def count(*, maximum: int = affected.MAX_COUNT) -> Check:
    """A whole number from 0 to ``maximum`` (24.0 is the number 24, as in JSON Schema)."""

    def check(value: Any, path: str) -> None:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise _Invalid(path, Phrase("caseio", "expected a whole number, got {got}", got=_describe(value)))
        if isinstance(value, float) and not value.is_integer():
            raise _Invalid(path, Phrase("caseio", "{value} is not a whole number", value=str(value)))
        if not 0 <= value <= maximum:
            raise _Invalid(path, Phrase("caseio", "{value} must be between 0 and {max}", value=_number(value),
                                         max=enisa.Count(maximum)))

    return check


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def scale(levels: Mapping[float, str], noun: str) -> Check:
    """A level on one of ENISA's scales (EI, the CB elements)."""

    def check(value: Any, path: str) -> None:
        if isinstance(value, bool) or not isinstance(value, int | float) or value not in levels:
            shown = _number(value) if isinstance(value, int | float) and not isinstance(value, bool) else _describe(value)
            allowed = ", ".join(_number(level) for level in levels)
            raise _Invalid(path, Phrase("caseio", "{value} is not {noun} on the ENISA scale; use one of {allowed}",
                                         value=shown, noun=noun, allowed=allowed))

    return check


def whole_between(low: int, high: int, noun: str) -> Check:
    def check(value: Any, path: str) -> None:
        if isinstance(value, bool) or not isinstance(value, int | float) or (
            isinstance(value, float) and not value.is_integer()
        ):
            raise _Invalid(path, Phrase("caseio", "expected a whole number for {noun}, got {got}", noun=noun,
                                         got=_describe(value)))
        if not low <= value <= high:
            raise _Invalid(path, Phrase("caseio", "{value} is outside {low}..{high}: {noun} must be within it",
                                         value=_number(value), low=f"{low:+d}", high=f"{high:+d}", noun=noun))

    return check


AFFECTED_DATA_FIELDS: dict[str, Field] = {
    "category": Field(_code(taxonomy.data_categories, Phrase("caseio", "a data category code")), required=True),
    "records": Field(nullable(count())),
    "notes": Field(text()),
}

COUNT_FIELDS: dict[str, Field] = {
    "kind": Field(choice(CountKind.values(), Phrase("caseio", "a kind of count")), required=True),
    "low": Field(nullable(count())),
    "high": Field(nullable(count())),
}


def _count(value: Any, path: str) -> None:
    """A count of persons: exact or estimate (low only), range (low ≤ high), unknown (no number)."""
    _check_members(value, path, COUNT_FIELDS, Phrase("caseio", "a count"))
    kind, low, high = value["kind"], value.get("low"), value.get("high")
    if kind == CountKind.UNKNOWN.value:
        for member in ("low", "high"):
            if value.get(member) is not None:
                raise _Invalid(child(path, member), Phrase("caseio", "must be null: an unknown count holds no number"))
    elif kind in (CountKind.EXACT.value, CountKind.ESTIMATE.value):
        if low is None:
            raise _Invalid(child(path, "low"), Phrase("caseio", "is missing: an exact count needs a number")
                           if kind == CountKind.EXACT.value
                           else Phrase("caseio", "is missing: an estimate count needs a number"))
        if high is not None:
            raise _Invalid(child(path, "high"), Phrase("caseio", "must be null: only a range has an upper bound (kind is {kind})",
                                                       kind=_quote(kind)))
    else:
        for member in ("low", "high"):
            if value.get(member) is None:
                raise _Invalid(child(path, member), Phrase("caseio", "is missing: a range needs a lower and an upper bound"))
        if high < low:
            raise _Invalid(child(path, "high"), Phrase("caseio", "{high} is below the lower bound {low}",
                                                       high=_number(high), low=_number(low)))


AFFECTED_PERSONS_FIELDS: dict[str, Field] = {
    "category": Field(_code(taxonomy.person_categories, Phrase("caseio", "a person category code")), required=True),
    "count": Field(_count, required=True),
    "countries": Field(array(pattern(r"[A-Z]{2}", Phrase("caseio", "is not a two-letter upper-case ISO country code such as FR")),
                             unique=True)),
    "notes": Field(text()),
}

CATEGORY_SCORE_FIELDS: dict[str, Field] = {
    "code": Field(_code(taxonomy.data_categories, Phrase("caseio", "a data category code")), required=True),
    "base": Field(whole_between(enisa.DPC_MIN, enisa.DPC_MAX, Phrase("caseio", "an ENISA base score")), required=True),
    "adjustment": Field(whole_between(enisa.ADJUSTMENT_MIN, enisa.ADJUSTMENT_MAX, Phrase("caseio", "a DPC adjustment"))),
    "justification": Field(text()),
}

ENISA_FIELDS: dict[str, Field] = {
    "categories": Field(array(members(CATEGORY_SCORE_FIELDS, Phrase("caseio", "a category score"))), required=True),
    "ei": Field(scale(enisa.EI_LEVELS, Phrase("caseio", "an ease of identification (EI)")), required=True),
    "ei_justification": Field(text()),
    "cb_confidentiality": Field(scale(enisa.CB_CONFIDENTIALITY, Phrase("caseio", "a CB confidentiality level"))),
    "cb_integrity": Field(scale(enisa.CB_INTEGRITY, Phrase("caseio", "a CB integrity level"))),
    "cb_availability": Field(scale(enisa.CB_AVAILABILITY, Phrase("caseio", "a CB availability level"))),
    "cb_malicious": Field(scale(enisa.CB_MALICIOUS, Phrase("caseio", "a CB malicious-intent level"))),
    "cb_justification": Field(text()),
    "individuals": Field(nullable(count())),
    "unintelligible": Field(boolean),
}


def _enisa(value: Any, path: str) -> None:
    _check_members(value, path, ENISA_FIELDS, Phrase("caseio", "ENISA inputs"))
    if not value["categories"]:
        raise _Invalid(child(path, "categories"), Phrase("caseio", "is empty: score at least one category of data"))


def _notes(value: Any, path: str) -> None:
    if not isinstance(value, dict):
        raise _Invalid(path, Phrase("caseio", "expected an object of notes (factor: text), got {got}", got=_describe(value)))
    _check_duplicates(value, path)
    for key, entry in value.items():
        text()(entry, child(path, key))


FACTOR_FIELDS: dict[str, Field] = {
    "confidentiality": Field(boolean),
    "integrity": Field(boolean),
    "availability": Field(boolean),
    "malicious": Field(nullable(boolean)),
    "special_categories": Field(boolean),
    "criminal": Field(boolean),
    "national_id": Field(boolean),
    "financial": Field(boolean),
    "credentials": Field(boolean),
    "records": Field(nullable(count())),
    "permanent": Field(boolean),
    "lasting_unavailability": Field(boolean),
    "vulnerable": Field(boolean),
    "sensitive_controller": Field(boolean),
    "individuals": Field(nullable(count())),
    "data_public": Field(boolean),
    "recipients": Field(choice(risk.RECIPIENTS, Phrase("caseio", "a kind of recipient"))),
    "recovered": Field(boolean),
    "unintelligible": Field(boolean),
    "measures_remove_high_risk": Field(boolean),
    "disproportionate_effort": Field(boolean),
    "notes": Field(_notes),
}

LEVELS = tuple(level.value for level in risk.Level)
EXEMPTIONS = ("", "a", "b", "c")

DECISION_FIELDS: dict[str, Field] = {
    "level": Field(nullable(choice(LEVELS, Phrase("caseio", "a decision level")))),
    "exemption": Field(nullable(choice(EXEMPTIONS, Phrase("caseio", "an Art. 34(3) exemption (\"\" for none)")))),
    "reason": Field(text()),
}

ASSESSMENT_FIELDS: dict[str, Field] = {
    "label": Field(text(max_length=200)),
    "author": Field(text(max_length=200)),
    "assessed_at": Field(instant),
    "enisa": Field(_enisa),
    "factors": Field(members(FACTOR_FIELDS, Phrase("caseio", "EDPB factors"))),
    "decision": Field(members(DECISION_FIELDS, Phrase("caseio", "a decision"))),
}


def _obligation(value: Any, path: str) -> None:
    """An obligation record: its members, and the ones its status allows (what import can keep)."""
    _check_members(value, path, OBLIGATION_FIELDS, Phrase("caseio", "an obligation"))
    status = value.get("status", ObligationStatus.OPEN.value)
    if status == ObligationStatus.FULFILLED.value:
        if value.get("fulfilled") is None:
            raise _Invalid(child(path, "fulfilled"), (
                Phrase("caseio", "is null: a fulfilled obligation needs the moment it was fulfilled") if "fulfilled" in value
                else Phrase("caseio", "is missing: a fulfilled obligation needs the moment it was fulfilled")))
    else:
        # Only a fulfilment has a time, a recipient's reference and reasons for a delay; the
        # services keep none of them otherwise, so accepting them would lose them silently.
        if value.get("fulfilled") is not None:
            raise _Invalid(child(path, "fulfilled"), Phrase("caseio", 'must be null unless status is "fulfilled" (status is {status})',
                                                            status=_quote(status)))
        for member in ("reference", "reasons_for_delay"):
            if value.get(member, ""):
                raise _Invalid(
                    child(path, member), Phrase("caseio", "is kept only for a fulfilled obligation (status is {status}); leave it empty",
                                                status=_quote(status))
                )
    if status == ObligationStatus.NOT_REQUIRED.value:
        if not value.get("not_required_reason", "").strip():
            raise _Invalid(child(path, "not_required_reason"), (
                Phrase("caseio", "is missing: say why this obligation is not required (it is kept in the record)")
                if "not_required_reason" not in value
                else Phrase("caseio", "is blank: say why this obligation is not required (it is kept in the record)")))
    elif value.get("not_required_reason", ""):
        raise _Invalid(
            child(path, "not_required_reason"),
            Phrase("caseio", 'is kept only when status is "not_required" (status is {status}); leave it empty',
                   status=_quote(status)),
        )


def _check_version(value: Any, path: str) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _Invalid(path, Phrase("caseio", "expected a whole number, got {got}", got=_describe(value)))
    if value > VERSION:
        raise _Invalid(
            path,
            Phrase("caseio", "the document was written by a newer cnil-case (document version {version}; this "
                   "cnil-case reads version {ours}): update cnil-case to read it", version=str(value), ours=str(VERSION)),
        )
    if value < 1:
        raise _Invalid(path, Phrase("caseio", "{version} is not a case-document version (this cnil-case reads version {ours})",
                                     version=str(value), ours=str(VERSION)))


def _check_format(value: Any, path: str) -> None:
    if value != FORMAT:
        shown = _quote(value) if isinstance(value, str) else _describe(value)
        raise _Invalid(path, Phrase("caseio", "{value} is not a cnil-case case document (expected {format})",
                                     value=shown, format=_quote(FORMAT)))


EVIDENCE_STATUSES = ("active", "withdrawn")

CUSTODY_FIELDS: dict[str, Field] = {
    "at": Field(instant, required=True),
    "actor": Field(text(max_length=200)),
    "action": Field(choice(CustodyAction.values(), Phrase("caseio", "a custody action")), required=True),
    "details": Field(json_object),
}

EVIDENCE_FIELDS: dict[str, Field] = {
    "key": Field(KEY, required=True),
    "sha256": Field(pattern(r"[0-9a-f]{64}", Phrase("caseio", "is not a SHA-256 (64 lower-case hexadecimal digits)")), required=True),
    "size": Field(count(maximum=2**63 - 1), required=True),
    "media_type": Field(text(max_length=200)),
    "name": Field(line(Phrase("caseio", "an item of evidence needs its original name"), max_length=500), required=True),
    "path": Field(text()),
    "acquired": Field(nullable(moment)),
    "acquired_by": Field(text(max_length=200)),
    "method": Field(text()),
    "from_party": Field(nullable(KEY)),
    "exhibit": Field(text(max_length=100)),
    "description": Field(text()),
    "tags": Field(array(_TAG, unique=True)),
    "status": Field(choice(EVIDENCE_STATUSES, Phrase("caseio", "an evidence status"))),
    "custody": Field(array(members(CUSTODY_FIELDS, Phrase("caseio", "a custody entry")))),
    "events": Field(array(KEY, unique=True)),
}

# --- the investigation: correspondence, findings, measures ------------------------------------

_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def calendar_date(value: Any, path: str) -> None:
    """A day as YYYY-MM-DD that exists in the calendar (the schema only checks the shape)."""
    if not isinstance(value, str) or not _DATE.fullmatch(value):
        shown = _quote(value) if isinstance(value, str) else _describe(value)
        raise _Invalid(path, Phrase("caseio", "{value} is not a date; write it as YYYY-MM-DD, e.g. \"2024-02-22\"", value=shown))
    try:
        dt.date.fromisoformat(value)
    except ValueError as exc:
        raise _Invalid(path, Phrase("caseio", "{value} is not a day of the calendar", value=_quote(value))) from exc


def provision(value: Any, path: str) -> None:
    """A GDPR provision of the catalogue, written canonically ("32", "5(1)(f)")."""
    pattern(r"[1-9][0-9]*(\((?:[1-9][0-9]*|[a-z])\))*", Phrase("caseio", 'is not a GDPR provision code (e.g. "32", "5(1)(f)")'),
            max_length=40)(value, path)
    try:
        articles.article(value)
    except ValidationError as exc:
        raise _Invalid(path, exc.reason) from exc


LIMIT_PERIOD_FIELDS: dict[str, Field] = {
    "amount": Field(whole_between(1, 3650, Phrase("caseio", "a time limit")), required=True),
    "unit": Field(choice(correspondence.UNITS, Phrase("caseio", "a unit of time")), required=True),
}
LIMIT_DATE_FIELDS: dict[str, Field] = {
    "date": Field(calendar_date, required=True),
}


def time_limit(value: Any, path: str) -> None:
    """A time limit: a period ``{amount, unit}`` (Reg. 1182/71) or a last day ``{date}``."""
    if isinstance(value, dict) and "date" in value:
        _check_members(value, path, LIMIT_DATE_FIELDS, Phrase("caseio", "a time limit by date ({example})",
                                                              example='{"date": "YYYY-MM-DD"}'))
    else:
        _check_members(value, path, LIMIT_PERIOD_FIELDS, Phrase("caseio", "a time limit ({period} or {date})",
                                                                period='{"amount": 15, "unit": "days"}',
                                                                date='{"date": …}'))


COMPLETENESS = ("", "full", "partial")

CORRESPONDENCE_FIELDS: dict[str, Field] = {
    "key": Field(KEY, required=True),
    "parent": Field(nullable(KEY)),
    "kind": Field(choice(CorrespondenceKind.values(), Phrase("caseio", "a kind of correspondence")), required=True),
    "subject": Field(line(Phrase("caseio", "correspondence needs a subject"), max_length=500), required=True),
    "summary": Field(text()),
    "sent": Field(moment, required=True),
    "sender": Field(nullable(KEY)),
    "recipient": Field(nullable(KEY)),
    "time_limit": Field(nullable(time_limit)),
    "completeness": Field(choice(COMPLETENESS, Phrase("caseio", "a completeness (full or partial; empty when not an answer)"))),
    "reference": Field(text(max_length=120)),
    "closed": Field(boolean),
    "attachments": Field(array(KEY, unique=True)),
}

FINDING_FIELDS: dict[str, Field] = {
    "key": Field(KEY, required=True),
    "title": Field(line(Phrase("caseio", "a finding needs a title"), max_length=500), required=True),
    "facts": Field(text()),
    "articles": Field(array(provision, unique=True)),
    "severity": Field(choice(findings.SEVERITIES, Phrase("caseio", "a severity"))),
    "state": Field(choice(FindingState.values(), Phrase("caseio", "a state of finding"))),
    "party": Field(nullable(KEY)),
    "operator_response": Field(text()),
    "recommended_measure": Field(text()),
    "evidence": Field(array(KEY, unique=True)),
    "events": Field(array(KEY, unique=True)),
}

MEASURE_FIELDS: dict[str, Field] = {
    "kind": Field(choice(MeasureKind.values(), Phrase("caseio", "a kind of measure")), required=True),
    "description": Field(pattern(r"\S", Phrase("caseio", "is blank; a measure needs a description"), whole=False), required=True),
    "owner": Field(text(max_length=200)),
    "party": Field(nullable(KEY)),
    "state": Field(choice(MeasureState.values(), Phrase("caseio", "a state of measure"))),
    "planned_on": Field(nullable(calendar_date)),
    "done_on": Field(nullable(calendar_date)),
    "finding": Field(nullable(KEY)),
    "notes": Field(text()),
}


DOCUMENT_FIELDS: dict[str, Field] = {
    "format": Field(_check_format, required=True),
    "version": Field(_check_version, required=True),
    "generator": Field(text(max_length=200)),
    "exported_at": Field(instant),
    "case": Field(members(CASE_FIELDS, Phrase("caseio", "the case")), required=True),
    "organisations": Field(array(members(ORGANISATION_FIELDS, Phrase("caseio", "an organisation")))),
    "parties": Field(array(members(PARTY_FIELDS, Phrase("caseio", "a party")))),
    "events": Field(array(members(EVENT_FIELDS, Phrase("caseio", "an event")))),
    "affected_data": Field(array(members(AFFECTED_DATA_FIELDS, Phrase("caseio", "a category of data concerned")))),
    "affected_persons": Field(array(members(AFFECTED_PERSONS_FIELDS, Phrase("caseio", "a category of persons concerned")))),
    "assessments": Field(array(members(ASSESSMENT_FIELDS, Phrase("caseio", "a risk assessment")))),
    "obligations": Field(array(_obligation)),
    "evidence": Field(array(members(EVIDENCE_FIELDS, Phrase("caseio", "an item of evidence")))),
    "correspondence": Field(array(members(CORRESPONDENCE_FIELDS, Phrase("caseio", "an item of correspondence")))),
    "findings": Field(array(members(FINDING_FIELDS, Phrase("caseio", "a finding")))),
    "measures": Field(array(members(MEASURE_FIELDS, Phrase("caseio", "a measure")))),
}


def _check_keys(items: Sequence[Mapping[str, Any]], section: str, noun: str) -> dict[str, int]:
    keys: dict[str, int] = {}
    for index, item in enumerate(items):
        key = item["key"]
        if key in keys:
            raise _Invalid(
                child(child(child("$", section), index), "key"),
                Phrase("caseio", "{key} is already the key of {noun} {path}; keys must be unique", key=_quote(key),
                       noun=noun, path=f"$.{section}[{keys[key]}]"),
            )
        keys[key] = index
    return keys


def _check_reference(value: str | None, path: str, keys: Mapping[str, int], noun: str, section: str) -> None:
    if value is not None and value not in keys:
        raise _Invalid(path, Phrase("caseio", "{value} is not the key of {noun} in {section}", value=_quote(value),
                                     noun=noun, section=f"$.{section}"))


def _validate(document: Any) -> None:
    if not isinstance(document, dict):
        raise _Invalid("$", Phrase("caseio", "expected a case document (a JSON object), got {got}", got=_describe(document)))
    # Format and version first: a newer document may hold sections this version does not know,
    # and "written by a newer cnil-case" is the message that helps, not "unknown key".
    for key in ("format", "version"):
        if key not in document:
            raise _Invalid(child("$", key), Phrase("caseio", "is missing: this is not a cnil-case case document"))
        DOCUMENT_FIELDS[key].check(document[key], child("$", key))
    _check_members(document, "$", DOCUMENT_FIELDS, Phrase("caseio", "a case document"))
    organisations = _check_keys(document.get("organisations", []), "organisations", Phrase("caseio", "organisation"))
    party_keys = _check_keys(document.get("parties", []), "parties", Phrase("caseio", "party"))
    for index, party in enumerate(document.get("parties", [])):
        path = child(child("$.parties", index), "organisation")
        _check_reference(party["organisation"], path, organisations, Phrase("caseio", "an organisation"), "organisations")
    _check_serves(document.get("parties", []), party_keys)
    event_keys = _check_keys(document.get("events", []), "events", Phrase("caseio", "event"))
    _check_evidence(document.get("evidence", []), party_keys, event_keys)
    for index, event in enumerate(document.get("events", [])):
        path = child(child("$.events", index), "actor")
        _check_reference(event.get("actor"), path, party_keys, Phrase("caseio", "a party"), "parties")
    for section in ("affected_data", "affected_persons"):
        listed: dict[str, int] = {}
        for index, item in enumerate(document.get(section, [])):
            if item["category"] in listed:
                raise _Invalid(
                    child(child(child("$", section), index), "category"),
                    Phrase("caseio", "{category} is already listed at {path}; keep one line per category",
                           category=_quote(item["category"]), path=f"$.{section}[{listed[item['category']]}]"),
                )
            listed[item["category"]] = index
    case = document["case"]
    if case.get("protection", Protection.NONE.value) == Protection.NONE.value and case.get("key_compromised") is not None:
        raise _Invalid("$.case.key_compromised", Phrase("caseio", 'must be null when protection is "none": there is no key'))
    seen: dict[tuple[str, str, str | None], int] = {}
    for index, item in enumerate(document.get("obligations", [])):
        _check_obligation(item, index, document.get("parties", []), party_keys, seen)
    evidence_keys = {item["key"]: index for index, item in enumerate(document.get("evidence", []))}
    _check_investigation(document, party_keys, event_keys, evidence_keys)


def _check_evidence(
    items: Sequence[Mapping[str, Any]], party_keys: Mapping[str, int], event_keys: Mapping[str, int]
) -> None:
    """Evidence keys are unique, one item per content, and its references name parties and events."""
    _check_keys(items, "evidence", Phrase("caseio", "an item of evidence"))
    contents: dict[str, int] = {}
    for index, item in enumerate(items):
        path = child("$.evidence", index)
        if item["sha256"] in contents:
            raise _Invalid(
                child(path, "sha256"),
                Phrase("caseio", "is already the content of {path}; the same content is one item "
                       "(record a second acquisition in its custody)", path=f"$.evidence[{contents[item['sha256']]}]"),
            )
        contents[item["sha256"]] = index
        _check_reference(item.get("from_party"), child(path, "from_party"), party_keys, Phrase("caseio", "a party"), "parties")
        for position, key in enumerate(item.get("events", [])):
            _check_reference(key, child(child(path, "events"), position), event_keys, Phrase("caseio", "an event"), "events")


def _check_refs(item: Mapping[str, Any], path: str, member: str, keys: Mapping[str, int], noun: str, section: str) -> None:
    for position, key in enumerate(item.get(member, [])):
        _check_reference(key, child(child(path, member), position), keys, noun, section)


def _check_investigation(
    document: Mapping[str, Any], party_keys: Mapping[str, int], event_keys: Mapping[str, int],
    evidence_keys: Mapping[str, int],
) -> None:
    """Correspondence threads, findings and measures refer to what the document holds."""
    items = document.get("correspondence", [])
    keys = _check_keys(items, "correspondence", Phrase("caseio", "an item of correspondence"))
    for index, item in enumerate(items):
        path = child("$.correspondence", index)
        for member in ("sender", "recipient"):
            _check_reference(item.get(member), child(path, member), party_keys, Phrase("caseio", "a party"), "parties")
        _check_refs(item, path, "attachments", evidence_keys, Phrase("caseio", "an item of evidence"), "evidence")
        parent = item.get("parent")
        _check_reference(parent, child(path, "parent"), keys, Phrase("caseio", "an item of correspondence"), "correspondence")
        answer = item["kind"] == CorrespondenceKind.ANSWER.value
        if parent is None and answer:
            raise _Invalid(child(path, "parent"), Phrase("caseio", "an answer must name the request it answers (the key of "
                                                         "an item of $.correspondence)"))
        if answer and not item.get("completeness"):
            raise _Invalid(child(path, "completeness"), Phrase("caseio", 'an answer is "full" or "partial"'))
        if not answer and item.get("completeness"):
            raise _Invalid(child(path, "completeness"), Phrase("caseio", "must be empty: only an answer is full or partial"))
        if parent is not None:
            if answer and items[keys[parent]]["kind"] not in correspondence.REQUESTS:
                raise _Invalid(child(path, "parent"), Phrase("caseio", "{parent} is a {kind}, and an answer replies to a "
                                                             "request", parent=_quote(parent), kind=items[keys[parent]]["kind"]))
            seen = {item["key"]}
            while parent is not None:
                if parent in seen:
                    raise _Invalid(child(path, "parent"), Phrase("caseio", "makes a loop: an item cannot reply, even "
                                                                 "indirectly, to itself"))
                seen.add(parent)
                parent = items[keys[parent]].get("parent")
    found = document.get("findings", [])
    finding_keys = _check_keys(found, "findings", Phrase("caseio", "a finding"))
    for index, item in enumerate(found):
        path = child("$.findings", index)
        _check_reference(item.get("party"), child(path, "party"), party_keys, Phrase("caseio", "a party"), "parties")
        _check_refs(item, path, "evidence", evidence_keys, Phrase("caseio", "an item of evidence"), "evidence")
        _check_refs(item, path, "events", event_keys, Phrase("caseio", "an event"), "events")
        if item.get("state") == FindingState.CONFIRMED.value and not item.get("articles"):
            raise _Invalid(child(path, "articles"), Phrase("caseio", "a confirmed finding names at least one provision it concerns"))
    for index, item in enumerate(document.get("measures", [])):
        path = child("$.measures", index)
        _check_reference(item.get("party"), child(path, "party"), party_keys, Phrase("caseio", "a party"), "parties")
        _check_reference(item.get("finding"), child(path, "finding"), finding_keys, Phrase("caseio", "a finding"), "findings")
        done = item.get("state") == MeasureState.DONE.value
        if done and item.get("done_on") is None:
            raise _Invalid(child(path, "done_on"), Phrase("caseio", "a measure marked done needs the date it was done (YYYY-MM-DD)"))
        if not done and item.get("done_on") is not None:
            raise _Invalid(child(path, "done_on"), Phrase("caseio", 'must be null: only a measure marked "done" has a done date'))


# Who a party can work for, as parties._check_serves has it: a processor for controllers (or
# joint controllers), a sub-processor for processors. Other roles work for nobody.
_SERVES = {
    PartyRole.PROCESSOR.value: regimes.CONTROLLERS,
    PartyRole.SUB_PROCESSOR.value: regimes.PROCESSORS,
}


def _check_serves(party_items: Sequence[Mapping[str, Any]], party_keys: Mapping[str, int]) -> None:
    """The parties each party works for: parties of the case, of a role it can work for."""
    for index, party in enumerate(party_items):
        serves = party.get("serves", [])
        if not serves:
            continue
        path = child(child("$.parties", index), "serves")
        allowed = _SERVES.get(party["role"])
        if allowed is None:
            raise _Invalid(
                path,
                Phrase("caseio", "must be empty: {party} is a {role}, and only a processor (for controllers) or a "
                       "sub_processor (for processors) works for other parties", party=_quote(party["key"]), role=party["role"]),
            )
        for position, key in enumerate(serves):
            at = child(path, position)
            _check_reference(key, at, party_keys, Phrase("caseio", "a party"), "parties")
            if key == party["key"]:
                raise _Invalid(at, Phrase("caseio", "{party} is this party itself: a party does not work for itself",
                                          party=_quote(key)))
            role = party_items[party_keys[key]]["role"]
            if role not in allowed:
                raise _Invalid(
                    at, Phrase("caseio", "{party} is a {role}, and a {own_role} works for a {roles}", party=_quote(key),
                               role=role, own_role=party["role"], roles=_roles(allowed))
                )


def _roles(roles: Collection[str]) -> str:
    ordered = [role for role in PartyRole.values() if role in roles]
    if len(ordered) == 1:
        return ordered[0]
    return Phrase("caseio", "{roles} or {last}", roles=", ".join(ordered[:-1]), last=ordered[-1])


def _check_obligation(
    item: Mapping[str, Any],
    index: int,
    party_items: Sequence[Mapping[str, Any]],
    party_keys: Mapping[str, int],
    seen: dict[tuple[str, str, str | None], int],
) -> None:
    """What the schema cannot say about an obligation: its party owes the duty, to that recipient."""
    path = child("$.obligations", index)
    party_key = item["party"]
    _check_reference(party_key, child(path, "party"), party_keys, Phrase("caseio", "a party"), "parties")
    party = party_items[party_keys[party_key]]
    duty = regimes.DUTY_BY_CODE[item["duty"]]
    bound = list(party.get("regimes", regimes.DEFAULT_REGIMES))
    # The same rule as the clocks (regimes.duties_for): the role owes it, under a regime that binds.
    if duty not in regimes.duties_for(bound, party["role"]):
        if party["role"] not in duty.debtors:
            why = Phrase("caseio", "{party} is a {role}, and {article} is owed by a {roles}", party=_quote(party_key),
                         role=party["role"], article=duty.article, roles=_roles(duty.debtors))
        else:
            where = f"$.parties[{party_keys[party_key]}].regimes"
            why = Phrase("caseio", "{party} is not bound by {regime} (its regimes: {regimes}); add it to {where}",
                         party=_quote(party_key), regime=_quote(duty.regime),
                         regimes=", ".join(bound) or Phrase("caseio", "none"), where=where)
        raise _Invalid(child(path, "duty"), Phrase("caseio", "{duty} ({article}) does not bind this party: {why}",
                                                   duty=_quote(duty.code), article=duty.article, why=why))
    recipient = item.get("recipient")
    if not duty.recipient_roles:
        if recipient is not None:
            raise _Invalid(
                child(path, "recipient"),
                Phrase("caseio", "must be null: {article} goes to the {recipient}, not to a party of the case",
                       article=duty.article, recipient=duty.recipient),
            )
    else:
        wanted = _roles(duty.recipient_roles)
        if recipient is None:
            raise _Invalid(
                child(path, "recipient"),
                Phrase("caseio", "must name the {role} notified: {article} is owed to each {role} of the case "
                       "separately (the key of a party in $.parties)", role=wanted, article=duty.article),
            )
        _check_reference(recipient, child(path, "recipient"), party_keys, Phrase("caseio", "a party"), "parties")
        role = party_items[party_keys[recipient]]["role"]
        if role not in duty.recipient_roles:
            raise _Invalid(
                child(path, "recipient"), Phrase("caseio", "{party} is a {role}, and {article} goes to a {wanted}",
                                                 party=_quote(recipient), role=role, article=duty.article, wanted=wanted)
            )
        # The same rule as the clocks (deadlines.PartyFacts.notifies): a party that records whom it
        # works for notifies only them; one that records nobody notifies every party of the role.
        served = party.get("serves", [])
        if served and recipient not in served:
            where = f"$.parties[{party_keys[party_key]}].serves"
            raise _Invalid(
                child(path, "recipient"),
                Phrase("caseio", "{party} does not work for {recipient} (it works for {served}, {where}): {article} is "
                       "owed only to the parties it works for", party=_quote(party_key), recipient=_quote(recipient),
                       served=", ".join(map(_quote, served)), where=where, article=duty.article),
            )
    identity = (party_key, duty.code, recipient)
    if identity in seen:
        raise _Invalid(path, Phrase("caseio", "records the same obligation as {path}; keep one",
                                     path=f"$.obligations[{seen[identity]}]"))
    seen[identity] = index


def validate(document: Any, *, source: str) -> None:
    """Check that ``document`` is a case document this version can import.

    Raises:
        DocumentError: naming ``source`` and the JSON path of the first problem found.
    """
    try:
        _validate(document)
    except _Invalid as exc:
        raise DocumentError(source, exc.path, exc.message) from exc
    except RecursionError as exc:
        raise DocumentError(source, "", Phrase("caseio", "is not a case document: it is nested too deeply")) from exc


# --- export -----------------------------------------------------------------------------------


def _moment(value: Moment | None) -> dict[str, str] | None:
    if value is None:
        return None
    return {"at": format_instant(value.at, value.offset), "precision": value.precision}


def _organisation(key: str, row: OrganisationRow) -> dict[str, Any]:
    return {
        "key": key,
        "name": row.name,
        "siren": row.siren,
        "siret": row.siret,
        "country": row.country,
        "address": row.address,
        "contact_name": row.contact_name,
        "contact_email": row.contact_email,
        "contact_phone": row.contact_phone,
        "dpo_name": row.dpo_name,
        "dpo_email": row.dpo_email,
        "dpo_phone": row.dpo_phone,
        "notes": row.notes,
    }


def _party(key: str, organisation: str, row: PartyRow, party_keys: Mapping[int, str]) -> dict[str, Any]:
    return {
        "key": key,
        "organisation": organisation,
        "role": row.role,
        # In the order of the parties in the document, whatever order they were linked in.
        "serves": [other for party_id, other in party_keys.items() if party_id in row.serves],
        "aware": _moment(row.aware),
        "awareness_note": row.awareness_note,
        "classified": _moment(row.classified),
        "regimes": list(row.regimes),
        "notice_hours": row.notice_hours,
        "subject_target_hours": row.subject_target_hours,
        "holiday_calendar": row.holiday_calendar,
        "notes": row.notes,
    }


def _event(key: str, actor: str | None, row: EventRow) -> dict[str, Any]:
    return {
        "key": key,
        "occurred": _moment(row.occurred),
        "title": row.title,
        "details": row.details,
        "source": row.source,
        "category": row.category,
        "actor": actor,
        "tags": list(row.tags),
        "starred": row.starred,
        "attributes": row.attributes,
    }


def _obligation_keys(party_rows: Sequence[PartyRow]) -> Iterator[deadlines.ObligationKey]:
    """Every obligation of the case, in the clocks' order: party, regime table, recipient.

    The same enumeration as ``deadlines.case_clocks``, without computing any period.
    """
    for party in party_rows:
        for duty in regimes.duties_for(party.regimes, party.role):
            if not duty.recipient_roles:
                yield deadlines.ObligationKey(party.id, duty.code)
                continue
            for recipient in party_rows:
                # deadlines.PartyFacts.notifies: to the parties it works for, if any are recorded.
                if recipient.role in duty.recipient_roles and (not party.serves or recipient.id in party.serves):
                    yield deadlines.ObligationKey(party.id, duty.code, recipient.id)


def _obligations(
    session: Session, case_id: int, party_rows: Sequence[PartyRow], party_keys: Mapping[int, str]
) -> list[dict[str, Any]]:
    """What people recorded about the case's obligations, in the order the clocks are listed.

    Obligations nobody recorded anything about are left out (their clocks are computed). So are
    records of duties that no longer bind the party, because its role or regimes changed since,
    or towards a party it no longer works for: the clocks ignore them, and the document could not
    be imported with them.
    """
    recorded = obligations.recorded_for_case(session, case_id)
    # A "not required" a risk decision set is the decision's: the document's assessments make it
    # again at import. Notes people added to such a record are kept, on an open record.
    decided = obligations.decided_keys(session, case_id)
    items: list[dict[str, Any]] = []
    for key in _obligation_keys(party_rows):
        record = recorded.get(key)
        if record is not None and key in decided:
            record = deadlines.Recorded(notes=record.notes)
        if record is None or record == deadlines.Recorded():
            continue
        items.append({
            "party": party_keys[key.party_id],
            "duty": key.duty,
            "recipient": party_keys[key.recipient_party_id] if key.recipient_party_id else None,
            "status": record.status,
            "fulfilled": _moment(record.fulfilled),
            "reference": record.reference,
            "reasons_for_delay": record.reasons_for_delay,
            "not_required_reason": record.not_required_reason,
            "notes": record.notes,
        })
    return items


def export_case(session: Session, case_id: int) -> dict[str, Any]:
    """The whole case as a document: the case, the organisations of its parties, its events and
    what was recorded about its obligations.

    Keys are numbered in order: organisations by first appearance among the parties, parties as
    they were added, events in time order. Bookkeeping that belongs to the workspace (database
    ids, created / updated / closed times, the audit log) is not part of the document, nor are
    the clocks themselves: they are computed from the parties and the records.

    Raises:
        NotFoundError: the case does not exist.
    """
    case = cases.get(session, case_id)
    party_rows = parties.list_parties(session, case_id)
    organisation_keys: dict[int, str] = {}
    organisations: list[dict[str, Any]] = []
    for row in party_rows:
        if row.organisation_id not in organisation_keys:
            key = f"org-{len(organisation_keys) + 1}"
            organisation_keys[row.organisation_id] = key
            organisations.append(_organisation(key, parties.get_organisation(session, row.organisation_id)))
    party_keys = {row.id: f"party-{index}" for index, row in enumerate(party_rows, start=1)}
    events: list[dict[str, Any]] = []
    event_keys: dict[int, str] = {}
    ids = timeline.list_ids(session, case_id)
    for start in range(0, len(ids), _PAGE):
        for event in timeline.rows(session, ids[start : start + _PAGE]):
            actor = None if event.actor_party_id is None else party_keys.get(event.actor_party_id)
            event_keys[event.id] = f"event-{len(events) + 1}"
            events.append(_event(event_keys[event.id], actor, event))
    document: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "generator": f"cnil-case {cnil_case.__version__}",
        "exported_at": format_instant(times.utcnow().replace(microsecond=0), None),
        "case": {
            "reference": case.reference,
            "title": case.title,
            "status": case.status,
            "summary": case.summary,
            "nature": sorted(case.nature),
            "origin_intent": case.origin_intent,
            "origin_source": case.origin_source,
            "vector": case.vector,
            "data_description": case.data_description,
            "persons_description": case.persons_description,
            "breach_start": _moment(case.breach_start),
            "breach_end": _moment(case.breach_end),
            "discovered": _moment(case.discovered),
            "display_zone": case.display_zone,
            "protection": case.protection,
            "key_compromised": case.key_compromised,
            "protection_note": case.protection_note,
            "public_summary": case.public_summary,
        },
        "organisations": organisations,
        "parties": [
            _party(party_keys[row.id], organisation_keys[row.organisation_id], row, party_keys)
            for row in party_rows
        ],
        "events": events,
        "affected_data": [
            {"category": row.category, "records": row.records, "notes": row.notes}
            for row in affected.list_data(session, case_id)
        ],
        "affected_persons": [
            {
                "category": row.category,
                "count": {"kind": row.count_kind, "low": row.count_low, "high": row.count_high},
                "countries": list(row.countries),
                "notes": row.notes,
            }
            for row in affected.list_persons(session, case_id)
        ],
        "assessments": [_assessment(row) for row in reversed(assessments.history(session, case_id))],
        "obligations": _obligations(session, case_id, party_rows, party_keys),
    }
    # Written only when there is evidence: documents of cases without any stay as they were.
    evidence_rows = evidence.list_rows(session, case_id)
    evidence_keys = {row.id: f"evidence-{index}" for index, row in enumerate(evidence_rows, start=1)}
    items = [_evidence(session, evidence_keys[row.id], row, party_keys, event_keys) for row in evidence_rows]
    if items:
        document["evidence"] = items
    # The investigation likewise: sections only when there is something in them.
    document.update(_investigation(session, case_id, party_keys, event_keys, evidence_keys))
    return document


def _keys(ids: Sequence[int], keys: Mapping[int, str]) -> list[str]:
    """Document keys of linked items, in document order (``keys`` is in that order)."""
    order = {item_id: position for position, item_id in enumerate(keys)}
    return [keys[item_id] for item_id in sorted((i for i in ids if i in keys), key=order.__getitem__)]


def _investigation(
    session: Session, case_id: int, party_keys: Mapping[int, str], event_keys: Mapping[int, str],
    evidence_keys: Mapping[int, str],
) -> dict[str, Any]:
    sections: dict[str, Any] = {}
    # Threaded order (each request followed by its answers): parents come before their children.
    rows = correspondence.list_rows(session, case_id, now=times.utcnow())
    corr_keys = {row.id: f"corr-{index}" for index, row in enumerate(rows, start=1)}
    if rows:
        sections["correspondence"] = [
            {
                "key": corr_keys[row.id],
                "parent": None if row.parent_id is None else corr_keys[row.parent_id],
                "kind": row.kind,
                "subject": row.subject,
                "summary": row.summary,
                "sent": _moment(row.sent),
                "sender": _party_key(row.sender_party_id, party_keys),
                "recipient": _party_key(row.recipient_party_id, party_keys),
                "time_limit": (
                    {"date": row.limit_date.isoformat()} if row.limit_date is not None
                    else {"amount": row.limit_amount, "unit": row.limit_unit} if row.limit_amount is not None
                    else None
                ),
                "completeness": row.completeness,
                "reference": row.reference,
                "closed": row.closed,
                "attachments": _keys(row.evidence_ids, evidence_keys),
            }
            for row in rows
        ]
    found = findings.list_findings(session, case_id)
    finding_keys = {row.id: f"finding-{index}" for index, row in enumerate(found, start=1)}
    if found:
        sections["findings"] = [
            {
                "key": finding_keys[row.id],
                "title": row.title,
                "facts": row.facts,
                "articles": list(row.articles),
                "severity": row.severity,
                "state": row.state,
                "party": _party_key(row.party_id, party_keys),
                "operator_response": row.operator_response,
                "recommended_measure": row.recommended_measure,
                "evidence": _keys(row.evidence_ids, evidence_keys),
                "events": _keys(row.event_ids, event_keys),
            }
            for row in found
        ]
    measures = findings.list_measures(session, case_id)
    if measures:
        sections["measures"] = [
            {
                "kind": row.kind,
                "description": row.description,
                "owner": row.owner,
                "party": _party_key(row.party_id, party_keys),
                "state": row.state,
                "planned_on": None if row.planned_on is None else row.planned_on.isoformat(),
                "done_on": None if row.done_on is None else row.done_on.isoformat(),
                "finding": None if row.finding_id is None else finding_keys[row.finding_id],
                "notes": row.notes,
            }
            for row in measures
        ]
    return sections


def _party_key(party_id: int | None, party_keys: Mapping[int, str]) -> str | None:
    return None if party_id is None else party_keys.get(party_id)


def _evidence(
    session: Session, key: str, row: evidence.EvidenceRow, party_keys: Mapping[int, str], event_keys: Mapping[int, str]
) -> dict[str, Any]:
    return {
        "key": key,
        "sha256": row.sha256,
        "size": row.size,
        "media_type": row.media_type,
        "name": row.original_name,
        "path": row.original_path,
        "acquired": _moment(row.acquired),
        "acquired_by": row.acquired_by,
        "method": row.method,
        "from_party": None if row.from_party_id is None else party_keys.get(row.from_party_id),
        "exhibit": row.exhibit,
        "description": row.description,
        "tags": list(row.tags),
        "status": row.status,
        # Custody times keep their microseconds: the entries are the record, not a summary.
        "custody": [
            {"at": format_instant(entry.at, None), "actor": entry.actor, "action": entry.action, "details": entry.details}
            for entry in evidence.custody(session, row.id)
        ],
        "events": [event_keys[event_id] for event_id in sorted(row.events, key=lambda e: event_keys.get(e, "")) if event_id in event_keys],
    }


def enisa_json(data: enisa.EnisaInput) -> dict[str, Any]:
    """ENISA inputs as the document writes them (``assessments.enisa_to_json``, lists for tuples)."""
    values = assessments.enisa_to_json(data)
    values["categories"] = [dict(category) for category in values["categories"]]
    return values


def _assessment(row: assessments.AssessmentRow) -> dict[str, Any]:
    return {
        "label": row.label,
        "author": row.author,
        "assessed_at": format_instant(row.assessed_at, None),
        "enisa": enisa_json(row.enisa_input),
        "factors": row.factors.to_json(),
        "decision": {"level": row.decided_level, "exemption": row.exemption, "reason": row.reason},
    }


# --- import -----------------------------------------------------------------------------------


class ReferenceTakenError(DocumentError):
    """The document's case reference is already used in the workspace; ``suggestion`` is free."""

    def __init__(self, source: str, reference: str, suggestion: str) -> None:
        super().__init__(
            source,
            "$.case.reference",
            Phrase("caseio", "a case with the reference {reference} already exists in this workspace; "
                   "import the document under another reference, such as {suggestion}",
                   reference=_quote(reference), suggestion=_quote(suggestion)),
        )
        self.reference = reference
        self.suggestion = suggestion


# The field names in the services' ValidationErrors, and the document member each one checks.
_CASE_LABELS = {
    "Reference": "reference",
    "Title": "title",
    "Breach nature": "nature",
    "Display time zone": "display_zone",
    "Start of breach": "breach_start",
    "End of breach": "breach_end",
    "Discovery": "discovered",
    "Protection": "protection",
    "Key compromised": "key_compromised",
}
_AFFECTED_DATA_LABELS = {"Category": "category", "Records": "records"}
_AFFECTED_PERSONS_LABELS = {"Category": "category", "Count": "count", "Upper bound": "count", "Countries": "countries"}
# The decision's fields; the ENISA inputs' are mapped by ``_enisa_member``.
_ASSESSMENT_LABELS = {"Decision": "decision", "Art. 34(3) exemption": "decision", "Reason": "decision"}
_DECISION_MEMBERS = {"Decision": "level", "Art. 34(3) exemption": "exemption", "Reason": "reason"}
_ORGANISATION_LABELS = {
    "Name": "name",
    "Country": "country",
    "SIREN": "siren",
    "SIRET": "siret",
    "Contact e-mail": "contact_email",
    "DPO e-mail": "dpo_email",
}
_PARTY_LABELS = {
    "Role": "role",
    "Aware since": "aware",
    "Classified as major": "classified",
    "Regimes": "regimes",
    "Notice period": "notice_hours",
    "Target for informing data subjects": "subject_target_hours",
    "Holiday calendar": "holiday_calendar",
    "Works for": "serves",
}
_EVENT_LABELS = {
    "Title": "title",
    "Category": "category",
    "Time": "occurred",
    "Actor": "actor",
    "Tags": "tags",
    "Attributes": "attributes",
}
_OBLIGATION_LABELS = {
    "Obligation": "duty",
    "Fulfilled at": "fulfilled",
    "Reasons for delay": "reasons_for_delay",
    "Justification": "not_required_reason",
}


@contextmanager
def _item(source: str, path: str, labels: Mapping[str, str], *, caller: Collection[str] = ()) -> Iterator[None]:
    """Report a service's ValidationError at the JSON path of the member it is about.

    Errors about the ``caller`` fields (values the caller passed, not the document's) stay as they are.
    """
    try:
        yield
    except ValidationError as exc:
        if exc.field in caller:
            raise
        member = labels.get(exc.field)
        if member is None:
            raise DocumentError(source, path, exc.phrase) from exc
        raise DocumentError(source, child(path, member), exc.reason) from exc


def _read_moment(value: Mapping[str, str] | None) -> Moment | None:
    if value is None:
        return None
    at, offset = parse_instant(value["at"])
    return Moment(at=at, precision=value["precision"], offset=offset)


def _free_reference(session: Session, reference: str) -> str:
    stem = reference[:55]
    for number in range(2, 10_000):
        candidate = f"{stem}-{number}"
        if session.execute(select(Case.id).where(Case.reference == candidate)).first() is None:
            return candidate
    return f"{stem}-{secrets.token_hex(2)}"


def _existing_organisation(session: Session, data: OrganisationInput, created: set[int]) -> int | None:
    """A workspace organisation that is the same legal person: same SIREN, else same name and
    country with no SIREN on either side. Organisations this import created do not count."""
    query = select(Organisation.id).order_by(Organisation.id)
    if data.siren:
        query = query.where(Organisation.siren == data.siren, Organisation.country == data.country)
    else:
        query = query.where(
            Organisation.siren.is_(None), Organisation.name == data.name, Organisation.country == data.country
        )
    for found in session.scalars(query):
        if found not in created:
            return found
    return None


def _case_input(data: Mapping[str, Any], reference: str) -> CaseInput:
    return CaseInput(
        reference=reference,
        title=data["title"],
        summary=data.get("summary", ""),
        nature=frozenset(data.get("nature", ())),
        origin_intent=data.get("origin_intent", OriginIntent.UNKNOWN.value),
        origin_source=data.get("origin_source", OriginSource.UNKNOWN.value),
        vector=data.get("vector", ""),
        data_description=data.get("data_description", ""),
        persons_description=data.get("persons_description", ""),
        breach_start=_read_moment(data.get("breach_start")),
        breach_end=_read_moment(data.get("breach_end")),
        discovered=_read_moment(data.get("discovered")),
        display_zone=data.get("display_zone", times.DEFAULT_ZONE),
        protection=data.get("protection", Protection.NONE.value),
        key_compromised=data.get("key_compromised"),
        protection_note=data.get("protection_note", ""),
        public_summary=data.get("public_summary", ""),
    )


def _organisation_input(data: Mapping[str, Any]) -> OrganisationInput:
    return OrganisationInput(
        name=data["name"],
        siren=data.get("siren", ""),
        siret=data.get("siret", ""),
        country=data.get("country", "FR"),
        address=data.get("address", ""),
        contact_name=data.get("contact_name", ""),
        contact_email=data.get("contact_email", ""),
        contact_phone=data.get("contact_phone", ""),
        dpo_name=data.get("dpo_name", ""),
        dpo_email=data.get("dpo_email", ""),
        dpo_phone=data.get("dpo_phone", ""),
        notes=data.get("notes", ""),
    )


def import_case(
    session: Session, document: Mapping[str, Any], *, source: str, reference: str | None = None
) -> int:
    """Create a case from a document, in the caller's transaction; return the new case's id.

    Organisations that already exist in the workspace (same SIREN, or same name and country
    without SIREN) are reused as they are; the others are created. The case and its parties go
    through the audited services (the parties a party works for are set once all parties
    exist); the events are added in bulk under one audit entry.

    Args:
        source: names the document in messages and in the audit log (e.g. the file name).
        reference: import the case under this reference instead of the document's.

    Raises:
        DocumentError: the document is malformed or holds a value the domain refuses (a bad
            SIREN, an empty title…): the message gives the JSON path of the offending member.
            ``ReferenceTakenError`` if the case reference is already used in the workspace.
        ValidationError: ``reference`` itself is not a valid or free reference.
    """
    validate(document, source=source)
    data = document["case"]
    chosen = (data["reference"] if reference is None else reference).strip()
    taken = session.execute(select(Case.id).where(Case.reference == chosen)).scalar_one_or_none()
    if taken is not None:
        suggestion = _free_reference(session, chosen)
        if reference is not None:
            raise ValidationError(cases.REFERENCE, Phrase(
                "caseio", "{reference!r} is already used in this workspace; choose another, such as {suggestion!r}",
                reference=chosen, suggestion=suggestion))
        raise ReferenceTakenError(source, chosen, suggestion)
    with _item(source, "$.case", _CASE_LABELS, caller=() if reference is None else ("Reference",)):
        case = cases.create(session, _case_input(data, chosen))

    organisation_ids: dict[str, int] = {}
    created: set[int] = set()
    for index, item in enumerate(document.get("organisations", [])):
        with _item(source, child("$.organisations", index), _ORGANISATION_LABELS):
            wanted = parties.check_organisation(_organisation_input(item))
            found = _existing_organisation(session, wanted, created)
            if found is None:
                found = parties.create_organisation(session, wanted).id
                created.add(found)
        organisation_ids[item["key"]] = found

    party_ids: dict[str, int] = {}
    created_parties: list[PartyRow] = []
    for index, item in enumerate(document.get("parties", [])):
        with _item(source, child("$.parties", index), _PARTY_LABELS):
            row = parties.add_party(
                session,
                case.id,
                PartyInput(
                    organisation_id=organisation_ids[item["organisation"]],
                    role=item["role"],
                    aware=_read_moment(item.get("aware")),
                    awareness_note=item.get("awareness_note", ""),
                    regimes=tuple(item.get("regimes", regimes.DEFAULT_REGIMES)),
                    notes=item.get("notes", ""),
                    notice_hours=int(item.get("notice_hours", 24)),
                    subject_target_hours=_optional_int(item.get("subject_target_hours")),
                    holiday_calendar=item.get("holiday_calendar"),
                    classified=_read_moment(item.get("classified")),
                ),
            )
        party_ids[item["key"]] = row.id
        created_parties.append(row)
    # A party may work for a party listed after it: the links are set once every party exists,
    # through the audited service (one "edited (serves)" entry per party that works for others).
    for index, (item, row) in enumerate(zip(document.get("parties", []), created_parties, strict=True)):
        if item.get("serves"):
            with _item(source, child("$.parties", index), _PARTY_LABELS):
                served = tuple(party_ids[key] for key in item["serves"])
                parties.update_party(session, row.id, replace(row.as_input(), serves=served))

    events = document.get("events", [])
    event_ids: dict[str, int] = {}
    for index, item in enumerate(events):
        occurred = _read_moment(item["occurred"])
        assert occurred is not None  # required by validate()
        actor = item.get("actor")
        with _item(source, child("$.events", index), _EVENT_LABELS):
            event_ids[item["key"]] = timeline.add_event(
                session,
                case.id,
                EventInput(
                    occurred=occurred,
                    title=item["title"],
                    details=item.get("details", ""),
                    source=item.get("source", ""),
                    category=item.get("category", EventCategory.OTHER.value),
                    actor_party_id=None if actor is None else party_ids[actor],
                    tags=tuple(item.get("tags", ())),
                    starred=item.get("starred", False),
                    attributes=dict(item.get("attributes", {})),
                ),
                audited=False,
            ).id
    audit.record(
        session,
        action=AuditAction.CREATE,
        entity="event",
        entity_id=None,
        case_id=case.id,
        summary=f"Imported {len(events)} event{'' if len(events) == 1 else 's'} from {source}",
        after={"events": len(events), "source": source},
    )
    _import_affected(session, case.id, document, source=source)
    # People's records first, then the assessments: a decision leaves a "not required" a person
    # recorded as it is, as it did in the source workspace, and records made by a decision are
    # not in the document (export leaves them out), so they cannot clash. The other way round, a
    # person's "not required" would land on a row the decision switched, and be taken for the
    # decision's.
    _import_obligations(session, document, party_ids, source=source)
    _import_assessments(session, case.id, document, source=source)
    evidence_ids = _import_evidence(session, case.id, document, party_ids, event_ids, source=source)
    _import_investigation(session, case.id, document, party_ids, event_ids, evidence_ids, source=source)
    if data.get("status", CaseStatus.OPEN.value) == CaseStatus.CLOSED.value:
        cases.close(session, case.id)
    return case.id


def _optional_int(value: float | None) -> int | None:
    return None if value is None else int(value)


# Upstream parties first: a sub-processor's notice starts its processor's clocks, and a
# processor's notice its controllers' (EDPB 9/2022: the controller is in principle aware once
# informed). Their records must be in place before the downstream fulfilments are checked.
_UPSTREAM = {PartyRole.SUB_PROCESSOR.value: 0, PartyRole.PROCESSOR.value: 1}
_TABLE_ORDER = {duty.code: index for index, duty in enumerate(regimes.DUTIES)}


def _import_obligations(
    session: Session, document: Mapping[str, Any], party_ids: Mapping[str, int], *, source: str
) -> None:
    """Record the document's obligations through the services, so their rules hold here too.

    Late fulfilments need reasons (GDPR Art. 33(1)), a fulfilment cannot precede its clock or a
    chained step its previous one, "not required" needs a justification. The order of the
    document does not matter: records are made upstream parties first, then in regime-table
    order (every chained step comes after the step it follows).
    """
    roles = {item["key"]: item["role"] for item in document.get("parties", [])}
    items = list(enumerate(document.get("obligations", [])))
    items.sort(key=lambda pair: (_UPSTREAM.get(roles[pair[1]["party"]], 2), _TABLE_ORDER[pair[1]["duty"]], pair[0]))
    # The real current time: a fulfilment recorded in the document is in the past, and one in
    # the future is refused as it is in the form.
    now = times.utcnow()
    for index, item in items:
        path = child("$.obligations", index)
        recipient = item.get("recipient")
        key = deadlines.ObligationKey(
            party_ids[item["party"]], item["duty"], 0 if recipient is None else party_ids[recipient]
        )
        status = item.get("status", ObligationStatus.OPEN.value)
        notes = item.get("notes", "")
        with _item(source, path, _OBLIGATION_LABELS):
            if status == ObligationStatus.FULFILLED.value:
                fulfilled = _read_moment(item["fulfilled"])
                assert fulfilled is not None  # required by validate()
                reasons = item.get("reasons_for_delay", "")
                clock = obligations.fulfil(
                    session, key, fulfilled=fulfilled, reference=item.get("reference", ""),
                    reasons_for_delay=reasons, notes=notes, now=now,
                )
                if reasons.strip() and not clock.recorded.reasons_for_delay:
                    # The service keeps reasons only for a late fulfilment; dropping them quietly
                    # would lose what the document says.
                    deadline = deadlines.describe_due(clock)
                    raise DocumentError(
                        source,
                        child(path, "reasons_for_delay"),
                        Phrase("caseio", "this fulfilment is not late (deadline: {deadline}): reasons for a delay are "
                               "kept only for a late one (GDPR Art. 33(1)); leave it empty", deadline=deadline),
                    )
                continue
            if status == ObligationStatus.NOT_REQUIRED.value:
                obligations.mark_not_required(session, key, justification=item["not_required_reason"], now=now)
            if notes:
                obligations.annotate(session, key, notes=notes, now=now)


def _import_affected(session: Session, case_id: int, document: Mapping[str, Any], *, source: str) -> None:
    for index, item in enumerate(document.get("affected_data", [])):
        with _item(source, child("$.affected_data", index), _AFFECTED_DATA_LABELS):
            records = item.get("records")
            affected.add_data(
                session, case_id,
                AffectedDataInput(category=item["category"], records=None if records is None else int(records),
                                  notes=item.get("notes", "")),
            )
    for index, item in enumerate(document.get("affected_persons", [])):
        count = item["count"]
        with _item(source, child("$.affected_persons", index), _AFFECTED_PERSONS_LABELS):
            affected.add_persons(
                session, case_id,
                AffectedPersonsInput(
                    category=item["category"], count_kind=count["kind"], count_low=_optional_int(count.get("low")),
                    count_high=_optional_int(count.get("high")), countries=tuple(item.get("countries", ())),
                    notes=item.get("notes", ""),
                ),
            )


def assessment_inputs(
    session: Session, case_id: int, item: Mapping[str, Any]
) -> tuple[enisa.EnisaInput, risk.Factors]:
    """The ENISA inputs and factors of a document's assessment, in a case already imported.

    What the item leaves out comes from the draft the case file gives (``assessments.draft``):
    without ``enisa``, the draft's ENISA inputs; ``factors`` lists only the factors that differ
    from the draft's (a full set, as cnil-case writes, replaces them all).
    """
    start = assessments.draft(session, case_id, factor_overrides=item.get("factors", {}))
    if "enisa" in item:
        return _enisa_input(item["enisa"]), start.factors
    return start.enisa_input, start.factors


def _enisa_input(data: Mapping[str, Any]) -> enisa.EnisaInput:
    values = dict(data)
    values["categories"] = [
        {**category, "base": int(category["base"]), "adjustment": int(category.get("adjustment", 0))}
        for category in values["categories"]
    ]
    if values.get("individuals") is not None:
        values["individuals"] = int(values["individuals"])
    return assessments.enisa_from_json(values)


def _enisa_member(field: str) -> str | None:
    """The member of ``enisa`` a ValidationError of ``enisa.score`` is about (e.g. "CB integrity")."""
    simple = {
        "EI": "ei",
        "CB confidentiality": "cb_confidentiality",
        "CB integrity": "cb_integrity",
        "CB availability": "cb_availability",
        "CB malicious intent": "cb_malicious",
        "Number of individuals": "individuals",
        "Data categories": "categories",
    }
    return simple.get(field)


def _import_assessments(session: Session, case_id: int, document: Mapping[str, Any], *, source: str) -> None:
    """Record the document's assessments oldest first, so the last one's decision is in force.

    Each goes through ``assessments.record``, which switches the Art. 33 / 34 duties exactly as
    the window does (leaving alone what people recorded, imported just before).
    """
    now = times.utcnow()
    for index, item in enumerate(document.get("assessments", [])):
        path = child("$.assessments", index)
        decision = item.get("decision", {})
        assessed_at = parse_instant(item["assessed_at"])[0] if "assessed_at" in item else None
        try:
            if "enisa" not in item and not affected.list_data(session, case_id):
                raise DocumentError(
                    source, child(path, "enisa"),
                    Phrase("caseio", "is missing, and $.affected_data lists no data to derive it from: "
                           "give the ENISA inputs or list the data concerned"),
                )
            enisa_input, factors = assessment_inputs(session, case_id, item)
            assessments.record(
                session, case_id,
                label=item.get("label", ""),
                enisa_input=enisa_input,
                factors=factors,
                decided_level=decision.get("level"),
                exemption=decision.get("exemption"),
                reason=decision.get("reason", ""),
                now=now,
                assessed_at=assessed_at,
                author=item.get("author") or None,
            )
        except ValidationError as exc:
            if exc.field in _DECISION_MEMBERS:
                raise DocumentError(source, child(child(path, "decision"), _DECISION_MEMBERS[exc.field]), exc.reason) from exc
            member = _enisa_member(exc.field)
            if member is not None or exc.field.startswith(("DPC base", "DPC adjustment")):
                where = child(path, "enisa") if member is None else child(child(path, "enisa"), member)
                raise DocumentError(source, where, exc.phrase) from exc
            raise DocumentError(source, path, exc.phrase) from exc


_EVIDENCE_LABELS = {"Original name": "name", "Acquired": "acquired", "Acquired from": "from_party"}


def _import_evidence(
    session: Session, case_id: int, document: Mapping[str, Any], party_ids: Mapping[str, int],
    event_ids: Mapping[str, int], *, source: str,
) -> dict[str, int]:
    """Recreate the items with their custody as recorded, then their links to events; return
    their ids by document key.

    Only the metadata travels in the document: the files are the vault's (a bundle brings them).
    """
    evidence_ids: dict[str, int] = {}
    for index, item in enumerate(document.get("evidence", [])):
        party = item.get("from_party")
        custody = [
            evidence.RecordedCustody(
                at=parse_instant(entry["at"])[0], actor=entry.get("actor", ""),
                action=CustodyAction(entry["action"]), details=dict(entry.get("details", {})),
            )
            for entry in item.get("custody", [])
        ]
        with _item(source, child("$.evidence", index), _EVIDENCE_LABELS):
            row = evidence.restore(
                session, case_id, sha256=item["sha256"], size=int(item["size"]),
                media_type=item.get("media_type", "application/octet-stream"),
                data=evidence.EvidenceInput(
                    original_name=item["name"], original_path=item.get("path", ""),
                    acquired=_read_moment(item.get("acquired")), acquired_by=item.get("acquired_by", ""),
                    method=item.get("method", ""), from_party_id=None if party is None else party_ids[party],
                    exhibit=item.get("exhibit", ""), description=item.get("description", ""),
                    tags=tuple(item.get("tags", ())),
                ),
                status=item.get("status", "active"), custody=custody,
            )
            for key in item.get("events", []):
                evidence.link(session, row.id, event_ids[key])
        evidence_ids[item["key"]] = row.id
    return evidence_ids


_CORRESPONDENCE_LABELS = {
    "Kind": "kind",
    "Subject": "subject",
    "Sent": "sent",
    "Sender": "sender",
    "Recipient": "recipient",
    "Time limit": "time_limit",
    "Completeness": "completeness",
    "In reply to": "parent",
    "Attachments": "attachments",
}
_FINDING_LABELS = {
    "Title": "title",
    articles.FIELD: "articles",
    "GDPR articles": "articles",
    "Severity": "severity",
    "State": "state",
    "Organisation concerned": "party",
    "Evidence": "evidence",
    "Events": "events",
}
_MEASURE_LABELS = {
    "Kind": "kind",
    "Description": "description",
    "State": "state",
    "Done on": "done_on",
    "Owner (party)": "party",
    "Finding": "finding",
}


def _date(value: str | None) -> dt.date | None:
    return None if value is None else dt.date.fromisoformat(value)


def _threaded(items: Sequence[Mapping[str, Any]]) -> list[int]:
    """Indexes of the correspondence with each parent before its children (validate() refused loops)."""
    placed: set[str] = set()
    order: list[int] = []
    pending = list(range(len(items)))
    while pending:
        ready = [i for i in pending if items[i].get("parent") is None or items[i]["parent"] in placed]
        order.extend(ready)
        placed.update(items[i]["key"] for i in ready)
        pending = [i for i in pending if i not in set(ready)]
    return order


def _import_investigation(
    session: Session, case_id: int, document: Mapping[str, Any], party_ids: Mapping[str, int],
    event_ids: Mapping[str, int], evidence_ids: Mapping[str, int], *, source: str,
) -> None:
    """Correspondence (requests before their answers), findings, then the measures that cite them."""

    def party(key: str | None) -> int | None:
        return None if key is None else party_ids[key]

    now = times.utcnow()
    items = document.get("correspondence", [])
    corr_ids: dict[str, int] = {}
    for index in _threaded(items):
        item = items[index]
        limit = item.get("time_limit") or {}
        sent = _read_moment(item["sent"])
        assert sent is not None  # required by validate()
        parent = item.get("parent")
        with _item(source, child("$.correspondence", index), _CORRESPONDENCE_LABELS):
            corr_ids[item["key"]] = correspondence.add(
                session, case_id,
                correspondence.CorrespondenceInput(
                    kind=item["kind"], subject=item["subject"], sent=sent, sender_party_id=party(item.get("sender")),
                    recipient_party_id=party(item.get("recipient")), summary=item.get("summary", ""),
                    parent_id=None if parent is None else corr_ids[parent],
                    limit_amount=_optional_int(limit.get("amount")), limit_unit=limit.get("unit"),
                    limit_date=_date(limit.get("date")), completeness=item.get("completeness", ""),
                    reference=item.get("reference", ""), closed=item.get("closed", False),
                    evidence_ids=tuple(evidence_ids[key] for key in item.get("attachments", [])),
                ),
                now=now,
            ).id
    finding_ids: dict[str, int] = {}
    for index, item in enumerate(document.get("findings", [])):
        with _item(source, child("$.findings", index), _FINDING_LABELS):
            finding_ids[item["key"]] = findings.add_finding(
                session, case_id,
                findings.FindingInput(
                    title=item["title"], facts=item.get("facts", ""), articles=tuple(item.get("articles", ())),
                    severity=item.get("severity", "moderate"), state=item.get("state", FindingState.DRAFT.value),
                    party_id=party(item.get("party")), operator_response=item.get("operator_response", ""),
                    recommended_measure=item.get("recommended_measure", ""),
                    evidence_ids=tuple(evidence_ids[key] for key in item.get("evidence", [])),
                    event_ids=tuple(event_ids[key] for key in item.get("events", [])),
                ),
            ).id
    for index, item in enumerate(document.get("measures", [])):
        finding = item.get("finding")
        with _item(source, child("$.measures", index), _MEASURE_LABELS):
            findings.add_measure(
                session, case_id,
                findings.MeasureInput(
                    kind=item["kind"], description=item["description"], owner=item.get("owner", ""),
                    party_id=party(item.get("party")), state=item.get("state", MeasureState.PLANNED.value),
                    planned_on=_date(item.get("planned_on")), done_on=_date(item.get("done_on")),
                    finding_id=None if finding is None else finding_ids[finding], notes=item.get("notes", ""),
                ),
            )
