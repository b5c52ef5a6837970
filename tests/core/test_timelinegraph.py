"""The visual chronology's queries: lanes, clocks, and events counted per lane and time bucket."""

from __future__ import annotations

import collections
import datetime as dt

import pytest
from sqlalchemy import insert

from cnil_case.core import cases, db, deadlines, demo, parties, timelinegraph
from cnil_case.core.models import TimelineEvent
from cnil_case.core.snapshots import CaseInput, PartyInput

NOW = dt.datetime(2024, 2, 10, 12, 0, tzinfo=dt.UTC)
T0 = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
BIG = 50_000


def test_lanes_are_the_parties_in_order_then_no_party(
    session_factory: db.SessionFactory, sample_case: dict[str, int]
) -> None:
    with session_factory() as session:
        seen = timelinegraph.overview(session, sample_case["case"], now=NOW)
    assert seen.lanes == (
        timelinegraph.Lane(sample_case["controller"], "Mutuelle Exemple", "controller"),
        timelinegraph.Lane(sample_case["processor"], "Opérateur TP", "processor"),
        timelinegraph.Lane(None, "", ""),  # two of the three events name no party
    )
    assert (seen.reference, seen.zone) == ("BRE-2024-001", "Europe/Paris")
    assert seen.first == dt.datetime(2024, 1, 28, 23, 0, tzinfo=dt.UTC)  # 29 Jan, midnight in Paris
    assert seen.last == dt.datetime(2024, 2, 6, 23, 0, tzinfo=dt.UTC)


def test_no_party_lane_only_when_an_event_has_no_party(session_factory: db.SessionFactory) -> None:
    with session_factory.begin() as session:
        case_id = cases.create(session, CaseInput(reference="EMPTY", title="Nothing yet")).id
        assert timelinegraph.lanes(session, case_id) == ()
        seen = timelinegraph.overview(session, case_id, now=NOW)
    assert (seen.first, seen.last, seen.extent()) == (None, None, None)
    start, end = timelinegraph.padded_extent(seen)
    assert start < NOW < end  # an empty case shows the days around now


def test_a_small_window_returns_each_event(session_factory: db.SessionFactory, sample_case: dict[str, int]) -> None:
    with session_factory() as session:
        found = timelinegraph.window(session, sample_case["case"], start=T0, end=T0 + dt.timedelta(days=60),
                                     width=dt.timedelta(hours=1))
        # [start, end): the first event is at the end of this one, so it is left out.
        before = timelinegraph.window(session, sample_case["case"], start=T0,
                                      end=dt.datetime(2024, 1, 28, 23, 0, tzinfo=dt.UTC), width=dt.timedelta(hours=1))
    assert found.detailed and found.total == 3 and found.buckets == ()
    assert [(e.title, e.party_id, e.starred, e.precision) for e in found.events] == [
        ("Intrusion", sample_case["processor"], False, "day"),
        ("Platform disconnected", None, True, "minute"),
        ("CNIL press release", None, False, "day"),
    ]
    assert found.events[2].source == "CNIL"
    assert found.events[0].span == dt.timedelta(days=1) and found.events[1].span == dt.timedelta(0)
    assert before.total == 0 and before.events == ()


def test_above_the_detail_limit_events_are_counted_per_lane_and_bucket(
    session_factory: db.SessionFactory, sample_case: dict[str, int]
) -> None:
    with session_factory() as session:
        found = timelinegraph.window(session, sample_case["case"], start=dt.datetime(2024, 1, 28, 23, 0, tzinfo=dt.UTC),
                                     end=dt.datetime(2024, 2, 9, 23, 0, tzinfo=dt.UTC), width=dt.timedelta(days=1),
                                     detail_limit=2)
    assert not found.detailed and found.total == 3
    day = dt.timedelta(days=1)
    paris_midnight = dt.datetime(2024, 1, 28, 23, 0, tzinfo=dt.UTC)
    assert found.buckets == (
        timelinegraph.Bucket(sample_case["processor"], paris_midnight, 1, 0),  # on the bucket's first instant
        timelinegraph.Bucket(None, paris_midnight + 3 * day, 1, 1),
        timelinegraph.Bucket(None, paris_midnight + 9 * day, 1, 0),
    )
    # The one starred event is still there, to be drawn on top of the counts.
    assert [e.title for e in found.events] == ["Platform disconnected"] and found.starred_complete


def test_window_refuses_naive_or_empty_ranges(session_factory: db.SessionFactory, sample_case: dict[str, int]) -> None:
    with session_factory() as session, pytest.raises(ValueError, match="aware"):
        timelinegraph.window(session, sample_case["case"], start=dt.datetime(2024, 1, 1), end=NOW,
                             width=dt.timedelta(hours=1))
    with session_factory() as session, pytest.raises(ValueError, match="after"):
        timelinegraph.window(session, sample_case["case"], start=NOW, end=NOW, width=dt.timedelta(hours=1))


@pytest.fixture
def big_case(session_factory: db.SessionFactory, sample_case: dict[str, int]) -> dict[str, int]:
    """A case of 50,000 events, one a minute from 2024-01-01 00:00 UTC, in three lanes in turn.

    Event i is in lane i % 3 (controller, processor, no party) and starred when i % 1000 == 0.
    """
    with session_factory.begin() as session:
        case_id = cases.create(session, CaseInput(reference="BIG", title="Fifty thousand")).id
        controller = parties.add_party(session, case_id, PartyInput(sample_case["insurer"], "controller"))
        processor = parties.add_party(session, case_id, PartyInput(sample_case["operator"], "processor"))
        lanes = [controller.id, processor.id, None]
        session.execute(insert(TimelineEvent), [
            {"case_id": case_id, "occurred_at": T0 + dt.timedelta(minutes=i), "title": f"GET /dossier/{i}",
             "source": f"access.log:{i + 1}", "actor_party_id": lanes[i % 3], "starred": i % 1000 == 0,
             "precision": "exact", "category": "other", "details": "", "attributes": "{}"}
            for i in range(BIG)
        ])
    return {"big": case_id, "controller": controller.id, "processor": processor.id}


def test_a_big_case_is_counted_in_sql_with_a_bounded_result(
    session_factory: db.SessionFactory, big_case: dict[str, int]
) -> None:
    lanes = [big_case["controller"], big_case["processor"], None]
    expected: collections.Counter[tuple[int | None, dt.datetime]] = collections.Counter()
    for i in range(BIG):
        at = T0 + dt.timedelta(minutes=i)
        expected[lanes[i % 3], dt.datetime(at.year, at.month, at.day, tzinfo=dt.UTC)] += 1
    with session_factory() as session:
        seen = timelinegraph.overview(session, big_case["big"], now=NOW)
        found = timelinegraph.window(session, big_case["big"], start=T0, end=T0 + dt.timedelta(days=40),
                                     width=dt.timedelta(days=1))
    assert (seen.first, seen.last) == (T0, T0 + dt.timedelta(minutes=BIG - 1))
    assert [lane.party_id for lane in seen.lanes] == lanes
    assert not found.detailed and found.total == BIG
    # Every day's midnight event opens its day's bucket: 35 days × 3 lanes (the last day is short).
    assert {(b.party_id, b.start): b.count for b in found.buckets} == dict(expected)
    assert len(found.buckets) == 35 * 3
    assert sum(b.starred for b in found.buckets) == 50
    assert [e.title for e in found.events] == [f"GET /dossier/{i}" for i in range(0, BIG, 1000)]


def test_a_big_case_at_any_zoom_stays_bounded(
    session_factory: db.SessionFactory, big_case: dict[str, int]
) -> None:
    with session_factory() as session:
        found = timelinegraph.window(session, big_case["big"], start=T0, end=T0 + dt.timedelta(days=40),
                                     width=dt.timedelta(seconds=1), detail_limit=10)
    assert found.width >= dt.timedelta(days=40) / timelinegraph.MAX_BUCKETS
    assert len(found.buckets) <= 3 * timelinegraph.MAX_BUCKETS
    assert found.total == BIG
    assert found.events == () and not found.starred_complete  # 50 starred, more than the limit of 10
    # Zoomed in to an hour, the same case lists that hour's events one by one.
    start = T0 + dt.timedelta(days=10, hours=3)
    with session_factory() as session:
        found = timelinegraph.window(session, big_case["big"], start=start, end=start + dt.timedelta(hours=1),
                                     width=dt.timedelta(minutes=1))
    assert found.detailed and found.total == 60
    assert [e.at for e in found.events] == [start + dt.timedelta(minutes=m) for m in range(60)]


def test_the_demo_case_clocks_are_the_started_ones(session_factory: db.SessionFactory) -> None:
    with session_factory.begin() as session:
        case_id = demo.ensure_demo_case(session)
    with session_factory() as session:
        seen = timelinegraph.picture(session, case_id, now=NOW)
    clocks = seen.overview.clocks
    # The operators' Art. 33(2) notices to their controllers have started; the controllers'
    # Art. 33(1) / 34 clocks wait for an awareness time the public facts do not give.
    assert [(c.duty.article, c.debtor, c.recipient) for c in clocks] == [
        ("GDPR Art. 33(2)", "Viamedis", "Malakoff Humanis"),
        ("GDPR Art. 33(2)", "Almerys", "Aésio"),
        ("GDPR Art. 33(2)", "Almerys", "MGP"),
    ]
    assert all(c.state is deadlines.ClockState.OVERDUE and c.start and c.due for c in clocks)
    by_name = {lane.name.split(" (")[0]: lane.party_id for lane in seen.overview.lanes}
    assert clocks[0].key.party_id == by_name["Viamedis"]
    window = seen.window
    assert window.detailed and window.total == 9
    assert window.start < seen.overview.first < seen.overview.last < window.end  # type: ignore[operator]
    assert all(window.start < c.due < window.end for c in clocks if c.due)
    assert sum(e.starred for e in window.events) == 3
