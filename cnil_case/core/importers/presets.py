"""The known timeline formats and the mapping each implies.

- **Timesketch** CSV / JSONL: ``message`` (title), ``datetime`` (ISO 8601; or ``timestamp`` in
  microseconds since 1970 UTC when a row has no ``datetime``), ``timestamp_desc`` and every other
  column kept as attributes. Our own export adds ``cnil_details``, ``cnil_source`` and
  ``cnil_category``, read back into those fields.
- **DFIR-IRIS** timeline CSV: ``event_date`` (ISO 8601, usually without offset) with
  ``event_tz`` (``+01:00``, or a zone name), ``event_title``, ``event_content`` (details),
  ``event_source``; the rest (``event_category``, ``event_raw``, ``event_assets``,
  ``event_iocs``, ``event_tags``…) kept as attributes.
- **csv** / **jsonl**: any file, with a mapping given by the user.
"""

from __future__ import annotations

from collections.abc import Sequence

from cnil_case.core.errors import ValidationError
from cnil_case.core.importers.mapping import Mapping
from cnil_case.core.phrases import Phrase

# format name → JSON lines (True) or CSV (False)
FORMATS: dict[str, bool] = {
    "timesketch-csv": False,
    "timesketch-jsonl": True,
    "iris-csv": False,
    "csv": False,
    "jsonl": True,
}
OWN_FIELDS = {"details_column": "cnil_details", "source_column": "cnil_source", "category_column": "cnil_category"}


def is_jsonl(fmt: str) -> bool:
    if fmt not in FORMATS:
        raise ValidationError(Phrase("importers", "Format"), Phrase("importers", "{format} is not one of {formats}",
                                                                   format=repr(fmt), formats=", ".join(FORMATS)))
    return FORMATS[fmt]


def mapping_for(fmt: str, columns: Sequence[str] | None, *, given: Mapping | None, source: str) -> Mapping:
    """The mapping of a known format (``given`` may set its zone), or the one given for csv / jsonl.

    Args:
        columns: the CSV header, or None for JSONL (optional columns are then always tried).
        source: the events' source when the file names none (the file name).
    """
    is_jsonl(fmt)
    zone = given.zone if given else None
    encoding = given.encoding if given else "utf-8"
    if fmt.startswith("timesketch"):
        present = {k: c for k, c in OWN_FIELDS.items() if columns is None or c in columns}
        return Mapping(
            time_column="datetime", title_column="message", fallback_time_column="timestamp",
            fallback_time_format="epoch_us", zone=zone, source=source, encoding=encoding,
        ).replace(**present)
    if fmt == "iris-csv":
        optional = {"details_column": "event_content", "source_column": "event_source", "zone_column": "event_tz"}
        present = {k: c for k, c in optional.items() if columns is None or c in columns}
        return Mapping(time_column="event_date", title_column="event_title", zone=zone, source=source,
                       encoding=encoding).replace(**present)
    if given is None:
        raise ValidationError(Phrase("importers", "Mapping"), Phrase(
            "importers", "format {format} needs a mapping: at least the time and title columns", format=fmt))
    return given if given.source else given.replace(source=source)
