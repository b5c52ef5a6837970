"""The incident timeline: dated facts with their source, precision, category, actor and tags.

Views page through a case's events lazily: ``count_ids`` sizes the table, ``list_ids`` returns a
page of the ordered, filtered ids (sorting and filtering run in SQL), ``rows`` loads their
snapshots, and ``position`` finds the row of one event.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Select, distinct, func, literal, or_, select, tuple_
from sqlalchemy.orm import Session, selectinload

from cnil_case.core import audit, parties, search, team, times
from cnil_case.core.cases import check_moment, moment_state
from cnil_case.core.errors import (
    MUST_NOT_BE_EMPTY,
    NotFoundError,
    ValidationError,
    case_not_found,
    not_one_of,
)
from cnil_case.core.models import (
    AuditAction,
    Case,
    CaseParty,
    EventCategory,
    EventTag,
    Organisation,
    TimelineEvent,
)
from cnil_case.core.phrases import Phrase
from cnil_case.core.snapshots import EventFilter, EventInput, EventRow, Moment

MAX_TAG = 80
_TAGS = Phrase("timeline", "Tags")
_TITLE = Phrase("timeline", "Title")


def normalise_tags(tags: Sequence[str]) -> tuple[str, ...]:
    """Trimmed, lower-case, unique, sorted tags; a tag cannot hold a comma (the editor's separator)."""
    cleaned: set[str] = set()
    for raw in tags:
        tag = raw.strip().lower()
        if not tag:
            continue
        if "," in tag:
            raise ValidationError(_TAGS, Phrase("timeline", "{tag!r} contains a comma; separate tags with commas", tag=tag))
        if len(tag) > MAX_TAG:
            raise ValidationError(_TAGS, Phrase("timeline", "{tag!r}… is longer than {max} characters", tag=tag[:20], max=MAX_TAG))
        cleaned.add(tag)
    return tuple(sorted(cleaned))


def _validate(session: Session, case_id: int, data: EventInput) -> EventInput:
    title = data.title.strip()
    if not title:
        raise ValidationError(_TITLE, MUST_NOT_BE_EMPTY)
    if len(title) > 500:
        raise ValidationError(_TITLE, Phrase("timeline", "must be at most {n} characters", n=500))
    if data.category not in EventCategory.values():
        raise ValidationError(Phrase("timeline", "Category"), not_one_of(data.category, EventCategory.values()))
    check_moment(data.occurred, Phrase("timeline", "Time"))
    parties.check_in_case(session, case_id, data.actor_party_id, Phrase("timeline", "Actor"))
    try:
        json.dumps(data.attributes)
    except (TypeError, ValueError) as exc:
        raise ValidationError(Phrase("timeline", "Attributes"), Phrase(
            "timeline", "cannot be stored as JSON ({error})", error=str(exc))) from exc
    return EventInput(
        **{**data.__dict__, "title": title, "tags": normalise_tags(data.tags)}
    )


def _apply(event: TimelineEvent, data: EventInput) -> None:
    event.occurred_at = data.occurred.at
    event.occurred_offset = data.occurred.offset
    event.precision = data.occurred.precision
    event.title = data.title
    event.details = data.details
    event.source = data.source
    event.category = data.category
    event.actor_party_id = data.actor_party_id
    event.starred = data.starred
    event.attributes = json.dumps(data.attributes, ensure_ascii=False, sort_keys=True)
    event.tags = [EventTag(tag=tag) for tag in data.tags]


def _row(event: TimelineEvent, actor_name: str) -> EventRow:
    return EventRow(
        id=event.id,
        case_id=event.case_id,
        occurred=Moment(at=event.occurred_at.astimezone(dt.UTC), precision=event.precision, offset=event.occurred_offset),
        title=event.title,
        details=event.details,
        source=event.source,
        category=event.category,
        actor_party_id=event.actor_party_id,
        actor_name=actor_name,
        tags=tuple(t.tag for t in event.tags),
        starred=event.starred,
        attributes=json.loads(event.attributes or "{}"),
        version=event.version,
    )


def _state(row: EventRow) -> dict[str, Any]:
    return {
        "occurred": moment_state(row.occurred),
        "title": row.title,
        "details": row.details,
        "source": row.source,
        "category": row.category,
        "actor": row.actor_name or None,
        "tags": list(row.tags),
        "starred": row.starred,
    }


def _actor_names(session: Session, party_ids: set[int]) -> dict[int, str]:
    if not party_ids:
        return {}
    query = (
        select(CaseParty.id, Organisation.name)
        .join(Organisation, Organisation.id == CaseParty.organisation_id)
        .where(CaseParty.id.in_(party_ids))
    )
    return dict(session.execute(query).tuples().all())


def _load(session: Session, event_id: int) -> TimelineEvent:
    event = session.execute(
        select(TimelineEvent)
        .where(TimelineEvent.id == event_id)
        .options(selectinload(TimelineEvent.tags))
        .execution_options(populate_existing=True)
    ).scalar_one_or_none()
    if event is None:
        raise NotFoundError(Phrase("timeline", "Event #{id} does not exist (it may have been deleted).", id=str(event_id)))
    return event


def _snapshot(session: Session, event: TimelineEvent) -> EventRow:
    names = _actor_names(session, {event.actor_party_id} if event.actor_party_id else set())
    return _row(event, names.get(event.actor_party_id or 0, ""))


def add_event(session: Session, case_id: int, data: EventInput, *, audited: bool = True) -> EventRow:
    """Add one event. ``audited=False`` is for bulk loads that write one summary entry instead."""
    if session.get(Case, case_id) is None:
        raise NotFoundError(case_not_found(case_id))
    data = _validate(session, case_id, data)
    event = TimelineEvent(case_id=case_id)
    _apply(event, data)
    session.add(event)
    session.flush()
    row = _snapshot(session, event)
    if audited:
        audit.record(
            session,
            action=AuditAction.CREATE,
            entity="event",
            entity_id=event.id,
            case_id=case_id,
            summary=f"Event added: {row.title}",
            after=_state(row),
        )
    return row


def update_event(session: Session, event_id: int, data: EventInput, *, expected_version: int | None = None) -> EventRow:
    """Save an event's fields and tags.

    Raises:
        ConflictError: someone saved it since ``expected_version`` (``EventRow.version``) was read.
    """
    event = _load(session, event_id)
    what = f"Event “{event.title}”"
    team.check_version(session, current=event.version, expected=expected_version, what=what,
                       entity="event", entity_id=event_id)
    data = _validate(session, event.case_id, data)
    before = _state(_snapshot(session, event))
    _apply(event, data)
    event.updated_at = times.utcnow()  # an UPDATE even for tags alone, so the version moves
    team.flush(session, what=what)
    row = _snapshot(session, _load(session, event_id))
    old, new = audit.changes(before, _state(row))
    if new:
        audit.record(
            session,
            action=AuditAction.UPDATE,
            entity="event",
            entity_id=event_id,
            case_id=event.case_id,
            summary=f"Event edited: {row.title} ({', '.join(new)})",
            before=old,
            after=new,
        )
    return row


def set_starred(session: Session, event_id: int, starred: bool) -> EventRow:
    row = get_event(session, event_id)
    if row.starred == starred:
        return row
    return update_event(session, event_id, EventInput(**{**row.as_input().__dict__, "starred": starred}))


def delete_event(session: Session, event_id: int, *, expected_version: int | None = None) -> EventRow:
    """Delete an event (its tags and evidence links go with it); return its fields as they were.

    The snapshot lets an undo add the event again as it was.

    Raises:
        ConflictError: someone saved it since ``expected_version`` was read (an undo of an
            addition must not delete a colleague's later edit).
    """
    event = _load(session, event_id)
    team.check_version(session, current=event.version, expected=expected_version,
                       what=f"Event “{event.title}”", entity="event", entity_id=event_id)
    row = _snapshot(session, event)
    session.delete(event)
    session.flush()
    audit.record(
        session,
        action=AuditAction.DELETE,
        entity="event",
        entity_id=event_id,
        case_id=row.case_id,
        summary=f"Event deleted: {row.title}",
        before=_state(row),
    )
    return row


def get_event(session: Session, event_id: int) -> EventRow:
    return _snapshot(session, _load(session, event_id))


def _filtered(session: Session, query: Select[Any], case_id: int, flt: EventFilter) -> Select[Any]:
    query = query.where(TimelineEvent.case_id == case_id)
    if flt.categories:
        query = query.where(TimelineEvent.category.in_(sorted(flt.categories)))
    if flt.starred_only:
        query = query.where(TimelineEvent.starred.is_(True))
    if flt.tag.strip():
        tagged = select(EventTag.event_id).where(EventTag.tag == flt.tag.strip().lower())
        query = query.where(TimelineEvent.id.in_(tagged))
    if flt.text.strip():
        # The full-text index: every typed word a prefix, accents and case ignored (see
        # ``search.event_filter``). Only text without a word (punctuation) falls back to a
        # case-insensitive substring of the title, details or source.
        matching = search.event_filter(session.get_bind().dialect.name, TimelineEvent.id, flt.text)
        if matching is not None:
            return query.where(matching)
        needle = flt.text.strip().lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        pattern = f"%{needle}%"
        query = query.where(
            or_(
                func.lower(TimelineEvent.title).like(pattern, escape="\\"),
                func.lower(TimelineEvent.details).like(pattern, escape="\\"),
                func.lower(TimelineEvent.source).like(pattern, escape="\\"),
            )
        )
    return query


# The columns a timeline can be ordered by. Each sorts on its column, then on time and id, so
# the order is total (paging by offset needs that) and ties read chronologically.
SORTS: dict[str, Any] = {
    "time": None,
    "starred": TimelineEvent.starred,
    "precision": TimelineEvent.precision,
    "category": TimelineEvent.category,
    "title": TimelineEvent.title,
}


def _sort_columns(sort: str) -> list[Any]:
    if sort not in SORTS:
        raise ValueError(f"cannot sort a timeline by {sort!r}")
    first = SORTS[sort]
    return ([first] if first is not None else []) + [TimelineEvent.occurred_at, TimelineEvent.id]


def list_ids(session: Session, case_id: int, flt: EventFilter | None = None, *, sort: str = "time",
             offset: int = 0, limit: int | None = None) -> list[int]:
    """The ids of the case's events that pass the filter, in order (ties by time, then id).

    Args:
        flt: ``flt.text`` is matched through the full-text index as one types: every word a
            prefix of a word of the title, details, source or attributes, ignoring case and
            accents (``exfil`` keeps "exfiltration", ``eleve`` keeps "Élève"), words joined by
            punctuation or quoted following each other; text without a letter or digit keeps
            the events whose title, details or source contain it (``search.event_filter``).
        sort: a key of ``SORTS``; ``flt.descending`` reverses the whole order.
        offset, limit: one page of the result (views page a large timeline this way).
    """
    flt = flt or EventFilter()
    columns = _sort_columns(sort)
    query = _filtered(session, select(TimelineEvent.id), case_id, flt)
    query = query.order_by(*(c.desc() for c in columns) if flt.descending else columns)
    if offset:
        query = query.offset(offset)
    if limit is not None:
        query = query.limit(limit)
    return list(session.scalars(query))


def count_ids(session: Session, case_id: int, flt: EventFilter | None = None) -> int:
    """How many of the case's events pass the filter (the length ``list_ids`` would return)."""
    query = _filtered(session, select(func.count(TimelineEvent.id)), case_id, flt or EventFilter())
    return int(session.execute(query).scalar_one())


def position(session: Session, case_id: int, event_id: int, flt: EventFilter | None = None, *,
             sort: str = "time") -> int | None:
    """The index of an event in ``list_ids(session, case_id, flt, sort=sort)``, or None if absent.

    Counts the events ordered before it, so a view can scroll to a row it has not loaded.
    """
    flt = flt or EventFilter()
    columns = _sort_columns(sort)
    key = session.execute(
        _filtered(session, select(*columns), case_id, flt).where(TimelineEvent.id == event_id)
    ).one_or_none()
    if key is None:
        return None
    mine = tuple_(*(literal(v, type_=c.type) for v, c in zip(key, columns, strict=True)))
    before = tuple_(*columns) > mine if flt.descending else tuple_(*columns) < mine
    query = _filtered(session, select(func.count(TimelineEvent.id)), case_id, flt).where(before)
    return int(session.execute(query).scalar_one())


def rows(session: Session, ids: Sequence[int]) -> list[EventRow]:
    """Snapshots of the given events, in the order of ``ids`` (missing ones are skipped)."""
    if not ids:
        return []
    events = session.scalars(
        select(TimelineEvent).where(TimelineEvent.id.in_(list(ids))).options(selectinload(TimelineEvent.tags))
    ).all()
    names = _actor_names(session, {e.actor_party_id for e in events if e.actor_party_id})
    by_id = {e.id: _row(e, names.get(e.actor_party_id or 0, "")) for e in events}
    return [by_id[i] for i in ids if i in by_id]


def count(session: Session, case_id: int) -> int:
    return session.execute(
        select(func.count()).select_from(TimelineEvent).where(TimelineEvent.case_id == case_id)
    ).scalar_one()


def tags_in_case(session: Session, case_id: int) -> list[str]:
    query = (
        select(distinct(EventTag.tag))
        .join(TimelineEvent, TimelineEvent.id == EventTag.event_id)
        .where(TimelineEvent.case_id == case_id)
        .order_by(EventTag.tag)
    )
    return list(session.scalars(query))


def first_and_last(session: Session, case_id: int) -> tuple[dt.datetime | None, dt.datetime | None]:
    query = select(func.min(TimelineEvent.occurred_at), func.max(TimelineEvent.occurred_at)).where(
        TimelineEvent.case_id == case_id
    )
    first, last = session.execute(query).one()
    return first, last
