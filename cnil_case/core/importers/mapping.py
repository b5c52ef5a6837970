"""How the columns of a timeline file become events: the time (format, zone), title, attributes.

A ``Mapping`` is plain data (stored as JSON in the import record); ``Converter`` applies it to
one record at a time and raises ``LineError`` with a reason for a bad one. A time without a UTC
offset needs a zone, named in the mapping or by a zone column: it is never assumed.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import operator
import zoneinfo
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from json.encoder import encode_basestring
from typing import Any, NamedTuple

from cnil_case.core.errors import ValidationError
from cnil_case.core.models import EventCategory
from cnil_case.core.phrases import Phrase

TITLE_MAX = 500
EPOCH_FORMATS = {"epoch": 1, "epoch_ms": 1_000, "epoch_us": 1_000_000}
TIME_FORMATS = ("iso", *EPOCH_FORMATS)
EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


# As timeline.add_event writes attributes; one encoder, not one per row (json.dumps with options
# builds a new encoder at each call, a tenth of a million-row import).
_ATTRIBUTES = json.JSONEncoder(ensure_ascii=False, sort_keys=True)
_PLAIN = json.JSONEncoder(ensure_ascii=False)


_MINUTE = dt.timedelta(minutes=1)


def _fromisoformat(value: str) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(value)
    except ValueError:
        return None


class EventValues(NamedTuple):
    """What a line gives an event (the importer adds the case, the import and the timestamps)."""

    occurred_at: dt.datetime
    occurred_offset: int | None
    title: str
    details: str
    source: str
    category: str
    attributes: str


class LineError(Exception):
    """One record cannot become an event; ``reason`` says why (the caller adds the line number)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Mapping:
    """Which column is what.

    Attributes:
        time_column: the event's time.
        time_format: ``iso`` (ISO 8601), ``epoch`` / ``epoch_ms`` / ``epoch_us`` (UTC), or a
            ``strptime`` pattern such as ``%d/%m/%Y %H:%M:%S``.
        zone: IANA zone of times that carry no offset (e.g. ``Europe/Paris``); None refuses them.
        zone_column: a column holding each row's offset (``+01:00``) or zone name (DFIR-IRIS).
        fallback_time_column / fallback_time_format: used when a row lacks ``time_column``
            (Timesketch: ``timestamp`` in microseconds when there is no ``datetime``).
        title_column: the event's title (required, non-empty; cut at 500 characters, the whole
            text then going to the details).
        details_column, source_column, category_column: optional.
        attribute_columns: the columns kept as attributes; None keeps every other column.
        ignore_columns: columns neither mapped nor kept.
        source: the event's source when no source column gives one.
        encoding: the file's text encoding.
    """

    time_column: str
    title_column: str
    time_format: str = "iso"
    zone: str | None = None
    zone_column: str | None = None
    fallback_time_column: str | None = None
    fallback_time_format: str = "iso"
    details_column: str | None = None
    source_column: str | None = None
    category_column: str | None = None
    attribute_columns: tuple[str, ...] | None = None
    ignore_columns: tuple[str, ...] = ()
    source: str = ""
    encoding: str = "utf-8"

    def to_json(self) -> dict[str, Any]:
        return {k: list(v) if isinstance(v, tuple) else v for k, v in dataclasses.asdict(self).items()}

    def replace(self, **changes: Any) -> Mapping:
        return dataclasses.replace(self, **changes)

    def mapped(self) -> set[str]:
        named = (self.time_column, self.title_column, self.zone_column, self.fallback_time_column,
                 self.details_column, self.source_column, self.category_column)
        return {c for c in named if c} | set(self.ignore_columns)


def check(mapping: Mapping, columns: Sequence[str] | None, file_name: str) -> None:
    """Refuse a mapping that cannot work: unknown format or zone, or a column the file lacks.

    ``columns`` is the CSV header; None for JSONL, whose fields are checked line by line.
    """
    if mapping.time_format not in TIME_FORMATS and "%" not in mapping.time_format:
        raise ValidationError(Phrase("importers", "Time format"), Phrase(
            "importers", "{format} is not one of {formats} nor a strptime pattern such as {example}",
            format=repr(mapping.time_format), formats=", ".join(TIME_FORMATS), example="%d/%m/%Y %H:%M:%S"))
    if mapping.zone is not None:
        _zone(mapping.zone)
    if columns is None:
        return
    required = [mapping.title_column, *(c for c in (mapping.details_column, mapping.source_column,
                                                    mapping.category_column, mapping.zone_column) if c)]
    if mapping.time_column not in columns and mapping.fallback_time_column not in columns:
        required.insert(0, mapping.time_column)
    missing = [c for c in required if c not in columns]
    if missing:
        raise ValidationError(
            file_name, Phrase("importers", "no {missing} column (the columns are: {columns})",
                              missing=", ".join(map(repr, missing)), columns=", ".join(columns))
        )


def _zone(name: str) -> zoneinfo.ZoneInfo:
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise ValidationError(Phrase("importers", "Zone"), Phrase(
            "importers", "{zone} is not an IANA time zone (e.g. Europe/Paris, UTC)", zone=repr(name))) from None


class Converter:
    """Applies a mapping to records; ``convert`` returns the event's column values."""

    def __init__(self, mapping: Mapping) -> None:
        self.mapping = mapping
        self._zone = _zone(mapping.zone) if mapping.zone else None
        self._zones: dict[str, dt.tzinfo] = {}
        self._mapped = mapping.mapped()
        self._categories = set(EventCategory.values())
        self._other = EventCategory.OTHER.value
        # Sorted attribute columns when known (CSV) or, with explicit attribute columns, given.
        self._keep: list[str] | None = None
        self._iso = mapping.time_format == "iso"
        self._offsets: dict[dt.tzinfo | None, int] = {}  # fixed offsets (datetime.timezone) seen, in minutes
        self._values: Callable[[dict[str, Any]], tuple[Any, ...]] | None = None
        self._template = "{}"
        if mapping.attribute_columns is not None:
            self._set_keep(sorted(mapping.attribute_columns))

    def _set_keep(self, keep: list[str]) -> None:
        # The attributes' JSON when every kept column holds non-empty text: the keys are fixed,
        # so only the values are encoded (with json's own C string encoder), into a template
        # that reads as _PLAIN.encode of the dict would.
        self._keep = keep
        self._values = operator.itemgetter(*keep) if len(keep) > 1 else None
        self._template = "{" + ", ".join(encode_basestring(k).replace("%", "%%") + ": %s" for k in keep) + "}"

    def _row_zone(self, fields: dict[str, Any]) -> dt.tzinfo | None:
        column = self.mapping.zone_column
        raw = str(fields.get(column) or "").strip() if column else ""
        if not raw:
            return self._zone
        found = self._zones.get(raw)
        if found is None:
            try:
                found = zoneinfo.ZoneInfo(raw)
            except (zoneinfo.ZoneInfoNotFoundError, ValueError):
                try:
                    found = dt.datetime.fromisoformat(f"2000-01-01T00:00:00{'+' if raw[0].isdigit() else ''}{raw}").tzinfo
                except ValueError:
                    found = None
                if found is None:
                    raise LineError(Phrase("importers", "{column} value {value} is neither a UTC offset (+01:00) nor a "
                                           "zone name", column=repr(column), value=repr(raw))) from None
            self._zones[raw] = found
        return found

    def _time(self, fields: dict[str, Any]) -> tuple[dt.datetime, int | None]:
        m = self.mapping
        column, fmt = m.time_column, m.time_format
        value = fields.get(column)
        if (value is None or value == "") and m.fallback_time_column:
            column, fmt = m.fallback_time_column, m.fallback_time_format
            value = fields.get(column)
        if value is None or value == "":
            raise LineError(Phrase("importers", "no {column} value", column=repr(m.time_column)))
        if fmt in EPOCH_FORMATS:
            try:
                number = value if isinstance(value, int | float) and not isinstance(value, bool) else float(str(value))
                if isinstance(number, int) or float(number).is_integer():
                    moment = EPOCH + dt.timedelta(microseconds=int(number) * (1_000_000 // EPOCH_FORMATS[fmt]))
                else:
                    moment = EPOCH + dt.timedelta(seconds=float(number) / EPOCH_FORMATS[fmt])
            except (ValueError, OverflowError):
                raise LineError(Phrase("importers", "{column} value {value} is not a number of {unit} units",
                                       column=repr(column), value=repr(str(value)[:40]), unit=fmt)) from None
            return moment, None
        if not isinstance(value, str):
            raise LineError(Phrase("importers", "{column} value {value} is not text", column=repr(column), value=repr(value)))
        try:
            if fmt == "iso":
                parsed = dt.datetime.fromisoformat(value.strip())
            else:
                parsed = dt.datetime.strptime(value.strip(), fmt)
        except ValueError:
            expected = (Phrase("importers", "an ISO 8601 date-time") if fmt == "iso"
                        else Phrase("importers", "a time in the format {format}", format=fmt))
            raise LineError(Phrase("importers", "{column} value {value} is not {expected}", column=repr(column),
                                   value=repr(value[:40]), expected=expected)) from None
        if parsed.tzinfo is None:
            zone = self._row_zone(fields)
            if zone is None:
                raise LineError(Phrase(
                    "importers", "{column} value {value} has no UTC offset and no zone was given: name the zone "
                    "the times are in (e.g. Europe/Paris, or UTC)", column=repr(column), value=repr(value[:40]),
                ))
            parsed = self._localise(parsed, zone, column, value)
        zone = parsed.tzinfo
        minutes = self._offsets.get(zone)
        if minutes is None or zone.__class__ is not dt.timezone:
            offset = parsed.utcoffset()
            if offset % _MINUTE:  # type: ignore[operator]
                raise LineError(Phrase("importers", "UTC offset {offset} has seconds; only whole minutes are kept",
                                       offset=str(offset)))
            minutes = offset // _MINUTE  # type: ignore[operator]
            if zone.__class__ is dt.timezone:  # a fixed offset (an IANA zone's varies)
                self._offsets[zone] = minutes
        return parsed.astimezone(dt.UTC), minutes

    @staticmethod
    def _localise(naive: dt.datetime, zone: dt.tzinfo, column: str, value: str) -> dt.datetime:
        first, second = naive.replace(tzinfo=zone, fold=0), naive.replace(tzinfo=zone, fold=1)
        if first.utcoffset() == second.utcoffset():
            return first
        # Offsets differ: either a gap (the wall time never happened) or an overlap (twice).
        if first.astimezone(dt.UTC).astimezone(zone).replace(tzinfo=None) != naive:
            raise LineError(Phrase("importers", "{column} value {value} does not exist in {zone} (clocks jumped forward)",
                                   column=repr(column), value=repr(value[:40]), zone=str(zone)))
        raise LineError(Phrase("importers", "{column} value {value} happens twice in {zone} (clocks went back); "
                               "the file must give the offset", column=repr(column), value=repr(value[:40]), zone=str(zone)))

    def convert(self, fields: dict[str, Any]) -> EventValues:
        """The event's values (a tuple in ``EventValues`` order); runs once per line, so kept lean."""
        m = self.mapping
        # The common case first: an ISO 8601 time with a fixed offset seen before (no strip, no
        # checks); anything else, or a parse error, takes the general way, which explains it.
        value = fields.get(m.time_column) if self._iso else None
        parsed = _fromisoformat(value) if value.__class__ is str and value else None
        offset = self._offsets.get(parsed.tzinfo) if parsed is not None else None
        if offset is not None and parsed.tzinfo.__class__ is dt.timezone:  # type: ignore[union-attr]
            occurred = parsed.astimezone(dt.UTC)  # type: ignore[union-attr]
        else:
            occurred, offset = self._time(fields)
        title = fields.get(m.title_column)
        if title.__class__ is not str:
            title = "" if title is None else json.dumps(title, ensure_ascii=False)
        title = title.strip()
        if not title:
            raise LineError(Phrase("importers", "empty {column}", column=repr(m.title_column)))
        details = _text(fields.get(m.details_column)) if m.details_column else ""
        if len(title) > TITLE_MAX:
            if not details:
                details = title
            title = title[: TITLE_MAX - 1] + "…"
        source = (_text(fields.get(m.source_column)) if m.source_column else "") or m.source
        category = self._other
        if m.category_column:
            category = _text(fields.get(m.category_column)).strip().lower() or category
            if category not in self._categories:
                raise LineError(Phrase("importers", "{column} value {value} is not one of {categories}",
                                       column=repr(m.category_column), value=repr(category),
                                       categories=", ".join(sorted(self._categories))))
        keep = self._keep
        encoded = ""
        if self._values is not None:
            try:
                values = self._values(fields)
                if "" not in values:
                    encoded = self._template % tuple(map(encode_basestring, values))
            except (KeyError, TypeError):  # a column missing, a value not text: the general way
                pass
        if encoded:
            pass
        elif keep is not None:
            # Known columns, taken in sorted order: the plain encoder writes them as sort_keys would.
            attributes = {k: fields[k] for k in keep if k in fields and fields[k] != ""}
            encoded = _PLAIN.encode(attributes) if attributes else "{}"
        else:
            mapped = self._mapped
            attributes = {k: v for k, v in fields.items() if v != "" and k not in mapped}
            encoded = _ATTRIBUTES.encode(attributes) if attributes else "{}"
        return EventValues(occurred, offset, title, details, source, category, encoded)

    def set_columns(self, columns: Sequence[str]) -> None:
        """The file's columns are known (CSV): the attributes are those, sorted once."""
        chosen = self.mapping.attribute_columns
        self._set_keep(sorted(c for c in (columns if chosen is None else chosen) if c not in self._mapped))


def _text(value: Any) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
