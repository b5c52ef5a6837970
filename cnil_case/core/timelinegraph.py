"""What the visual chronology draws: lanes, legal clocks, and the events of a time window.

A case may hold a million events, so nothing here reads them all. ``window`` returns the events
of a time range one by one only when there are few of them (``detail_limit``); otherwise it
returns counts per lane and per time bucket, computed by one ``GROUP BY`` in SQL, whose size is
bounded by lanes × buckets whatever the number of events, plus the starred events (bounded too).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Integer, cast, exists, func, select
from sqlalchemy.orm import Session

from cnil_case.core import deadlines, obligations
from cnil_case.core.errors import NotFoundError
from cnil_case.core.models import Case, CaseParty, Organisation, Precision, TimelineEvent

# Individual events are returned up to this many in a window; above, counts per bucket.
DETAIL_LIMIT = 2000
# At most this many buckets per lane (a window asking for narrower ones gets wider ones).
MAX_BUCKETS = 2000
# Titles longer than this are cut in the snapshot: a picture never shows more.
_TITLE_CHARS = 200

_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


@dataclass(frozen=True)
class Lane:
    """One row of the picture: a party of the case (``party_id``), or None for "No party"."""

    party_id: int | None
    name: str
    role: str


@dataclass(frozen=True)
class Overview:
    """What does not depend on the zoom: the lanes, the case's time extent and its clocks."""

    case_id: int
    reference: str
    title: str
    zone: str
    lanes: tuple[Lane, ...]
    first: dt.datetime | None  # the earliest event (None: no events)
    last: dt.datetime | None
    clocks: tuple[deadlines.Clock, ...]  # the clocks that have started or have a deadline
    now: dt.datetime

    def extent(self) -> tuple[dt.datetime, dt.datetime] | None:
        """The earliest and latest moment drawn: events, clock starts, deadlines, fulfilments."""
        moments = [m for m in (self.first, self.last) if m is not None]
        for clock in self.clocks:
            moments += [m for m in (clock.start, clock.due) if m is not None]
            if clock.recorded.fulfilled is not None:
                moments.append(clock.recorded.fulfilled.at)
        return (min(moments), max(moments)) if moments else None


@dataclass(frozen=True)
class GraphEvent:
    id: int
    at: dt.datetime
    precision: str
    party_id: int | None
    title: str
    source: str
    category: str
    starred: bool

    @property
    def span(self) -> dt.timedelta:
        """How long the moment may last: a day-precision event is anywhere in its day."""
        return _SPANS.get(self.precision, dt.timedelta(0))


_SPANS = {Precision.DAY.value: dt.timedelta(days=1), Precision.HOUR.value: dt.timedelta(hours=1)}


@dataclass(frozen=True)
class Bucket:
    """The events of one lane in [start, start + width): how many, and how many starred."""

    party_id: int | None
    start: dt.datetime
    count: int
    starred: int


@dataclass(frozen=True)
class Window:
    """The events of [start, end), one by one (``detailed``) or counted per bucket.

    When not detailed, ``events`` holds the starred events only, and only if there are at most
    ``detail_limit`` of them (``starred_complete`` says whether they are all there).
    """

    start: dt.datetime
    end: dt.datetime
    width: dt.timedelta  # of a bucket
    detailed: bool
    total: int
    events: tuple[GraphEvent, ...]
    buckets: tuple[Bucket, ...]
    starred_complete: bool = True


@dataclass(frozen=True)
class Picture:
    """Everything a whole-case image needs (the export)."""

    overview: Overview
    window: Window


def lanes(session: Session, case_id: int) -> tuple[Lane, ...]:
    """The case's parties in the order they were added, then "No party" if an event has none."""
    rows = session.execute(
        select(CaseParty.id, Organisation.name, CaseParty.role)
        .join(Organisation, Organisation.id == CaseParty.organisation_id)
        .where(CaseParty.case_id == case_id)
        .order_by(CaseParty.id)
    ).tuples()
    found = [Lane(party_id, name, role) for party_id, name, role in rows]
    orphan = session.scalar(
        select(exists().where(TimelineEvent.case_id == case_id, TimelineEvent.actor_party_id.is_(None)))
    )
    if orphan:
        found.append(Lane(None, "", ""))
    return tuple(found)


def overview(
    session: Session, case_id: int, *, now: dt.datetime, due_soon: dt.timedelta = deadlines.DEFAULT_DUE_SOON
) -> Overview:
    """The lanes, time extent and clocks of a case (two index look-ups for the extent)."""
    case = session.get(Case, case_id)
    if case is None:
        raise NotFoundError(f"Case #{case_id} does not exist (it may have been deleted).")
    # Two scalar subqueries: SQLite answers a lone min() or max() from the (case_id, occurred_at)
    # index in one step, but scans every row of the case for both in the same SELECT.
    of_case = TimelineEvent.case_id == case_id
    first = session.scalar(select(func.min(TimelineEvent.occurred_at)).where(of_case))
    last = session.scalar(select(func.max(TimelineEvent.occurred_at)).where(of_case))
    clocks = tuple(
        clock for clock in obligations.for_case(session, case_id, now=now, due_soon=due_soon)
        if clock.state is not deadlines.ClockState.NOT_REQUIRED
        and (clock.start is not None or clock.due is not None)
    )
    return Overview(
        case_id=case.id,
        reference=case.reference,
        title=case.title,
        zone=case.display_zone,
        lanes=lanes(session, case_id),
        first=_aware(first),
        last=_aware(last),
        clocks=clocks,
        now=now,
    )


def _aware(value: dt.datetime | None) -> dt.datetime | None:
    # min()/max() come back through the column type on most drivers, but not always as aware.
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=dt.UTC)


def _events(session: Session, case_id: int, start: dt.datetime, end: dt.datetime, *, limit: int,
            starred_only: bool = False) -> list[GraphEvent]:
    query = (
        select(
            TimelineEvent.id, TimelineEvent.occurred_at, TimelineEvent.precision, TimelineEvent.actor_party_id,
            func.substr(TimelineEvent.title, 1, _TITLE_CHARS), func.substr(TimelineEvent.source, 1, _TITLE_CHARS),
            TimelineEvent.category, TimelineEvent.starred,
        )
        .where(TimelineEvent.case_id == case_id, TimelineEvent.occurred_at >= start,
               TimelineEvent.occurred_at < end)
        .order_by(TimelineEvent.occurred_at, TimelineEvent.id)
        .limit(limit)
    )
    if starred_only:
        query = query.where(TimelineEvent.starred.is_(True))
    return [
        GraphEvent(id=id_, at=_aware(at) or at, precision=precision, party_id=party, title=title or "",
                   source=source or "", category=category, starred=bool(starred))
        for id_, at, precision, party, title, source, category, starred in session.execute(query).tuples()
    ]


def _bucket_index(dialect: str, origin: dt.datetime, seconds: int) -> ColumnElement[int]:
    """In SQL, which bucket of ``seconds`` from ``origin`` an event falls in (events after it only).

    The one dialect-specific expression of this module.
    """
    since = (origin - _EPOCH).total_seconds()
    if dialect == "postgresql":
        # timestamp without time zone holds UTC: its epoch is the instant's.
        offset = func.extract("epoch", TimelineEvent.occurred_at) - since
        return cast(func.floor(offset / seconds), Integer)
    # SQLite stores 'YYYY-MM-DD HH:MM:SS.ffffff' in UTC, which julianday reads; CAST truncates, the
    # floor of these non-negative values. A julianday is a double with ~2e-5 s of noise: 0.1 ms
    # more keeps an event on a bucket's first instant in that bucket. (julianday costs half of
    # round(...) or strftime('%s') on a million rows; unixepoch() needs SQLite 3.38.)
    origin_day = since / 86400 + 2440587.5
    per_day = 86400.0 / seconds
    return cast((func.julianday(TimelineEvent.occurred_at) - origin_day) * per_day + 1e-4 / seconds, Integer)


def window(
    session: Session,
    case_id: int,
    *,
    start: dt.datetime,
    end: dt.datetime,
    width: dt.timedelta,
    detail_limit: int = DETAIL_LIMIT,
) -> Window:
    """The events of [start, end): each one if at most ``detail_limit``, else counts per bucket.

    Args:
        width: the span of a bucket; buckets start at ``start`` (the caller aligns it, e.g. to a
            local midnight) and are widened so that there are at most ``MAX_BUCKETS``.

    Returns:
        A ``Window``; when counted, one ``Bucket`` per lane and non-empty bucket, so its size is
        bounded by lanes × buckets, and the starred events if there are at most ``detail_limit``.
    """
    if start.tzinfo is None or end.tzinfo is None:
        raise ValueError("window takes aware datetimes")
    if end <= start:
        raise ValueError("window: end must be after start")
    seconds = max(1, int(width.total_seconds()))
    span = (end - start).total_seconds()
    while span / seconds > MAX_BUCKETS:
        seconds *= 2
    width = dt.timedelta(seconds=seconds)
    found = _events(session, case_id, start, end, limit=detail_limit + 1)
    if len(found) <= detail_limit:
        return Window(start=start, end=end, width=width, detailed=True, total=len(found), events=tuple(found),
                      buckets=())
    bucket = _bucket_index(session.get_bind().dialect.name, start, seconds).label("bucket")
    starred = func.sum(cast(TimelineEvent.starred, Integer))
    rows = session.execute(
        select(TimelineEvent.actor_party_id, bucket, func.count(), starred)
        .where(TimelineEvent.case_id == case_id, TimelineEvent.occurred_at >= start,
               TimelineEvent.occurred_at < end)
        .group_by(TimelineEvent.actor_party_id, bucket)
    ).tuples()
    buckets = sorted(
        (Bucket(party_id=party, start=start + dt.timedelta(seconds=int(i) * seconds), count=int(count),
                starred=int(stars or 0))
         for party, i, count, stars in rows),
        key=lambda b: (b.start, -1 if b.party_id is None else b.party_id),
    )
    stars = _events(session, case_id, start, end, limit=detail_limit + 1, starred_only=True)
    complete = len(stars) <= detail_limit
    return Window(
        start=start, end=end, width=width, detailed=False, total=sum(b.count for b in buckets),
        events=tuple(stars) if complete else (), buckets=tuple(buckets), starred_complete=complete,
    )


def picture(
    session: Session,
    case_id: int,
    *,
    now: dt.datetime,
    buckets: int = 400,
    due_soon: dt.timedelta = deadlines.DEFAULT_DUE_SOON,
    detail_limit: int = DETAIL_LIMIT,
) -> Picture:
    """The whole case, for an image: its overview and one window over its whole extent."""
    seen = overview(session, case_id, now=now, due_soon=due_soon)
    start, end = padded_extent(seen)
    width = dt.timedelta(seconds=max(1.0, (end - start).total_seconds() / max(1, buckets)))
    return Picture(seen, window(session, case_id, start=start, end=end, width=width, detail_limit=detail_limit))


def padded_extent(seen: Overview) -> tuple[dt.datetime, dt.datetime]:
    """The case's extent with a margin of 4 % on each side (a day around a lone moment)."""
    extent = seen.extent()
    if extent is None:
        return seen.now - dt.timedelta(days=7), seen.now + dt.timedelta(days=1)
    first, last = extent
    span = last - first
    margin = max(span * 0.04, dt.timedelta(minutes=1) if span else dt.timedelta(hours=12))
    # A day-precision event is drawn across its day: on a case longer than a few days, the last
    # day shows whole.
    after = max(margin, dt.timedelta(days=1)) if span > dt.timedelta(days=3) else margin
    return first - margin, last + after
