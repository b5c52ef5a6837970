"""Export of a case's timeline (or the part a filter keeps) to Timesketch CSV or JSONL.

The files read back through ``importers`` with the same times (microseconds), offsets, titles
and attributes: ``message`` is the title (or the whole text an import had to cut), ``datetime``
the ISO 8601 time at its original offset, ``timestamp`` microseconds since 1970 UTC,
``timestamp_desc`` the attribute of that name (``Event time`` when there is none), then each
attribute as a column, then ``cnil_details``, ``cnil_source`` and ``cnil_category``.
Rows are read by pages, so memory does not grow with the timeline.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Iterator, Sequence
from typing import IO, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cnil_case.core import timeline
from cnil_case.core.models import TimelineEvent
from cnil_case.core.snapshots import EventFilter

FORMATS = ("timesketch-csv", "timesketch-jsonl")
PAGE = 2_000
FIRST = ("message", "datetime", "timestamp", "timestamp_desc")
OWN = ("cnil_details", "cnil_source", "cnil_category")
DEFAULT_DESC = "Event time"
EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


def _pages(session: Session, ids: Sequence[int]) -> Iterator[list[Any]]:
    table = TimelineEvent
    columns = (table.id, table.occurred_at, table.occurred_offset, table.title, table.details,
               table.source, table.category, table.attributes)
    for start in range(0, len(ids), PAGE):
        page = ids[start : start + PAGE]
        found = {r[0]: r for r in session.execute(select(*columns).where(table.id.in_(page)))}
        yield [found[i] for i in page if i in found]


def _record(row: Any) -> dict[str, Any]:
    _, at, offset, title, details, source, category, attributes = row
    attrs = json.loads(attributes or "{}")
    zone = dt.timezone(dt.timedelta(minutes=offset or 0))
    message = title
    if details and title.endswith("…") and details.startswith(title[:-1]):
        message, details = details, ""
    record: dict[str, Any] = {
        "message": message,
        "datetime": at.astimezone(zone).isoformat(),
        "timestamp": (at - EPOCH) // dt.timedelta(microseconds=1),
        "timestamp_desc": attrs.pop("timestamp_desc", DEFAULT_DESC),
    }
    for key, value in attrs.items():
        if key not in FIRST and key not in OWN:
            record[key] = value
    record.update({"cnil_details": details, "cnil_source": source, "cnil_category": category})
    return record


def export(session: Session, case_id: int, out: IO[str], *, fmt: str, flt: EventFilter | None = None) -> int:
    """Write the case's events that pass ``flt`` (all by default), in time order; returns the count.

    ``out`` is a text stream opened with ``newline=""`` for CSV.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}")
    ids = timeline.list_ids(session, case_id, flt or EventFilter())
    if fmt == "timesketch-jsonl":
        for page in _pages(session, ids):
            for row in page:
                out.write(json.dumps(_record(row), ensure_ascii=False) + "\n")
        return len(ids)
    keys: dict[str, None] = {}
    for page in _pages(session, ids):
        for row in page:
            for key in json.loads(row[7] or "{}"):
                if key not in FIRST and key not in OWN:
                    keys[key] = None
    header = [*FIRST, *sorted(keys), *OWN]
    writer = csv.DictWriter(out, fieldnames=header, restval="", lineterminator="\n")
    writer.writeheader()
    for page in _pages(session, ids):
        writer.writerows(
            {k: v if isinstance(v, str | int) else json.dumps(v, ensure_ascii=False) for k, v in _record(r).items()}
            for r in page
        )
    return len(ids)
