"""The timeline: ordered ids in SQL, filters, tags, stars, edits and deletes."""

from __future__ import annotations

import datetime as dt

import pytest

from cnil_case.core import audit, db, timeline
from cnil_case.core.errors import ValidationError
from cnil_case.core.snapshots import EventFilter, EventInput, Moment
from tests.helpers.fixtures import paris


def _titles(session_factory: db.SessionFactory, case_id: int, flt: EventFilter | None = None) -> list[str]:
    with session_factory() as session:
        return [r.title for r in timeline.rows(session, timeline.list_ids(session, case_id, flt))]


def test_events_sort_by_time_both_ways(session_factory: db.SessionFactory, sample_case: dict[str, int]) -> None:
    case_id = sample_case["case"]
    assert _titles(session_factory, case_id) == ["Intrusion", "Platform disconnected", "CNIL press release"]
    assert _titles(session_factory, case_id, EventFilter(descending=True)) == [
        "CNIL press release", "Platform disconnected", "Intrusion",
    ]


@pytest.mark.parametrize(
    ("flt", "expected"),
    [
        (EventFilter(categories=frozenset({"attack", "press"})), ["Intrusion", "CNIL press release"]),
        (EventFilter(tag="DERIVED"), ["Intrusion"]),
        (EventFilter(starred_only=True), ["Platform disconnected"]),
        (EventFilter(text="cnil"), ["CNIL press release"]),
        (EventFilter(text="50%"), []),  # LIKE wildcards are literal
        (EventFilter(text="platform", starred_only=True), ["Platform disconnected"]),
    ],
)
def test_filters_run_in_sql(session_factory: db.SessionFactory, sample_case: dict[str, int], flt: EventFilter, expected: list[str]) -> None:
    assert _titles(session_factory, sample_case["case"], flt) == expected


def test_text_filter_matches_word_prefixes_through_the_index(session_factory: db.SessionFactory,
                                                             sample_case: dict[str, int]) -> None:
    case_id = sample_case["case"]
    with session_factory.begin() as session:
        for title, details, attributes in (
            ("Exfiltration des données", "", {}),
            ("Élève inscrit", "via le portail", {}),
            ("Connexion", "100% des accès", {"user": "dr.martin", "ip": "192.0.2.17"}),
        ):
            timeline.add_event(session, case_id, EventInput(occurred=Moment(paris(2024, 2, 2), "day"), title=title,
                                                            details=details, attributes=attributes))

    def titles(text: str) -> list[str]:
        flt = EventFilter(text=text)
        found = _titles(session_factory, case_id, flt)
        with session_factory() as session:
            assert timeline.count_ids(session, case_id, flt) == len(found)
        return found

    assert titles("exfil") == ["Exfiltration des données"]  # a prefix, as one types
    assert titles("filtration") == []  # words match from their start, no longer anywhere inside
    assert titles("eleve PORT") == ["Élève inscrit"]  # accents and case ignored, every word must match
    assert titles("dr.martin") == titles("192.0.2.1") == ["Connexion"]  # attributes too
    assert titles("martin.dr") == []  # joined words follow each other
    assert titles("%") == ["Connexion"]  # no word: a substring of title, details or source
    assert titles("platform cnil") == []


def test_row_snapshot_carries_actor_tags_and_offset(session_factory: db.SessionFactory, sample_case: dict[str, int]) -> None:
    with session_factory.begin() as session:
        row = timeline.add_event(
            session, sample_case["case"],
            EventInput(occurred=Moment(dt.datetime(2024, 2, 1, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=5, minutes=30))), "exact", 330),
                       title="Indian SOC report", tags=(" SOC ", "soc", "Night"), actor_party_id=sample_case["controller"],
                       attributes={"source_row": 12}),
        )
    assert row.tags == ("night", "soc")
    assert row.occurred.offset == 330 and row.occurred.at == dt.datetime(2024, 2, 1, 4, 30, tzinfo=dt.UTC)
    assert row.actor_name == "Mutuelle Exemple"
    assert row.attributes == {"source_row": 12}
    with session_factory() as session:
        assert timeline.tags_in_case(session, sample_case["case"]) == ["derived", "night", "soc"]


@pytest.mark.parametrize(
    ("change", "field"),
    [({"title": "   "}, "Title"), ({"category": "gossip"}, "Category"), ({"tags": ("a,b",)}, "Tags")],
)
def test_invalid_event_names_the_field(session_factory: db.SessionFactory, sample_case: dict[str, int], change: dict, field: str) -> None:
    data = EventInput(**{"occurred": Moment(paris(2024, 2, 2)), "title": "x", **change})
    with pytest.raises(ValidationError) as info, session_factory.begin() as session:
        timeline.add_event(session, sample_case["case"], data)
    assert info.value.field == field


def test_actor_must_be_a_party_of_the_same_case(session_factory: db.SessionFactory, sample_case: dict[str, int]) -> None:
    from cnil_case.core import cases
    from cnil_case.core.snapshots import CaseInput

    with session_factory.begin() as session:
        other = cases.create(session, CaseInput(reference="OTHER", title="Other"))
        with pytest.raises(ValidationError, match="not a party of this case"):
            timeline.add_event(session, other.id, EventInput(occurred=Moment(paris(2024, 1, 1)), title="x",
                                                             actor_party_id=sample_case["controller"]))


def test_edit_star_delete_are_audited(session_factory: db.SessionFactory, sample_case: dict[str, int]) -> None:
    event_id = sample_case["event2"]
    with session_factory.begin() as session:
        row = timeline.get_event(session, event_id)
        timeline.update_event(session, event_id, EventInput(**{**row.as_input().__dict__, "details": "33 M people"}))
        timeline.set_starred(session, event_id, True)
        timeline.delete_event(session, event_id)
    with session_factory() as session:
        entries = audit.history(session, sample_case["case"], limit=3)
        assert audit.verify(session) is None
    assert [e.action for e in entries] == ["delete", "update", "update"]
    assert entries[2].after == {"details": "33 M people"}
    assert entries[1].after == {"starred": True}
    assert entries[0].before is not None and entries[0].before["title"] == "CNIL press release"
    assert _titles(session_factory, sample_case["case"]) == ["Intrusion", "Platform disconnected"]


def test_rows_keep_the_order_of_ids_and_skip_missing(session_factory: db.SessionFactory, sample_case: dict[str, int]) -> None:
    ids = [sample_case["event2"], 999_999, sample_case["event0"]]
    with session_factory() as session:
        assert [r.id for r in timeline.rows(session, ids)] == [sample_case["event2"], sample_case["event0"]]


def _bulk(session_factory: db.SessionFactory, case_id: int, n: int) -> None:
    """``n`` events whose titles, categories and stars are out of time order, with time ties."""
    categories = ("attack", "containment", "press", "other")
    with session_factory.begin() as session:
        for i in range(n):
            timeline.add_event(session, case_id, EventInput(
                occurred=Moment(paris(2024, 3, 1) + dt.timedelta(minutes=i // 3)),
                title=f"line {(i * 37) % n:04d}", category=categories[i % 4], starred=i % 5 == 0,
            ), audited=False)


@pytest.mark.parametrize("sort", sorted(timeline.SORTS))
@pytest.mark.parametrize("descending", [False, True])
def test_pages_and_positions_follow_the_sql_order(
    session_factory: db.SessionFactory, sample_case: dict[str, int], sort: str, descending: bool,
) -> None:
    case_id = sample_case["case"]
    _bulk(session_factory, case_id, 60)
    flt = EventFilter(descending=descending)
    with session_factory() as session:
        every = timeline.list_ids(session, case_id, flt, sort=sort)
        rows = timeline.rows(session, every)
        assert len(every) == timeline.count_ids(session, case_id, flt) == 63
        # The order is the column, then time, then id; descending reverses all of it.
        key = {"time": lambda r: (), "title": lambda r: (r.title,), "category": lambda r: (r.category,),
               "starred": lambda r: (r.starred,), "precision": lambda r: (r.occurred.precision,)}[sort]
        assert [r.id for r in rows] == [r.id for r in sorted(rows, key=lambda r: (*key(r), r.occurred.at, r.id),
                                                             reverse=descending)]
        pages = [timeline.list_ids(session, case_id, flt, sort=sort, offset=o, limit=25) for o in range(0, 63, 25)]
        assert [i for page in pages for i in page] == every
        for row, event_id in enumerate(every):
            assert timeline.position(session, case_id, event_id, flt, sort=sort) == row


def test_count_and_position_respect_the_filter(session_factory: db.SessionFactory, sample_case: dict[str, int]) -> None:
    case_id = sample_case["case"]
    _bulk(session_factory, case_id, 40)
    flt = EventFilter(categories=frozenset({"attack"}), starred_only=True)
    with session_factory() as session:
        ids = timeline.list_ids(session, case_id, flt)
        assert timeline.count_ids(session, case_id, flt) == len(ids) == 2  # i = 0 and 20
        assert timeline.position(session, case_id, ids[1], flt) == 1
        assert timeline.position(session, case_id, sample_case["event1"], flt) is None  # filtered out
        with pytest.raises(ValueError, match="cannot sort"):
            timeline.list_ids(session, case_id, sort="tags")


def test_delete_refuses_a_copy_older_than_the_event(session_factory: db.SessionFactory,
                                                    sample_case: dict[str, int]) -> None:
    """An undo of an addition deletes only the event as it added it, not a colleague's edit of it."""
    from cnil_case.core.errors import ConflictError

    event_id = sample_case["event2"]
    with session_factory.begin() as session:
        copy = timeline.get_event(session, event_id)
        timeline.update_event(session, event_id, EventInput(**{**copy.as_input().__dict__, "details": "edited"}))
    with pytest.raises(ConflictError, match="CNIL press release"), session_factory.begin() as session:
        timeline.delete_event(session, event_id, expected_version=copy.version)
    with session_factory.begin() as session:
        current = timeline.get_event(session, event_id)
        assert timeline.delete_event(session, event_id, expected_version=current.version) == current
    assert _titles(session_factory, sample_case["case"]) == ["Intrusion", "Platform disconnected"]
