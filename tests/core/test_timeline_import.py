"""Bulk timeline imports: formats, exact times, bad lines, all or nothing, undo, export round trip."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from cnil_case.core import audit, cases, db, search, timeline, timelineio
from cnil_case.core.errors import UserError, ValidationError
from cnil_case.core.importers import records
from cnil_case.core.importers.mapping import Mapping
from cnil_case.core.importers.source import ImportFailed
from cnil_case.core.models import AuditEntry, TimelineEvent
from cnil_case.core.snapshots import CaseInput, EventFilter, EventInput, Moment

TIMESKETCH = (
    "message,datetime,timestamp_desc,user,ip\n"
    "Connexion élève,2024-01-29T10:15:00.123456+01:00,Last Login,dr.martin,192.0.2.10\n"
    '"Export of 1,000 records",2024-01-29T09:16:01Z,Event Recorded,dr.martin,192.0.2.10\n'
    "Logout,2024-01-29T12:00:00-05:30,Event Recorded,,\n"
)


def _write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8", newline="")
    else:
        path.write_bytes(content)
    return path


def _case(factory: db.SessionFactory, reference: str = "IMP-1") -> int:
    with factory.begin() as session:
        return cases.create(session, CaseInput(reference=reference, title="Imports")).id


def _events(factory: db.SessionFactory, case_id: int) -> list[timeline.EventRow]:
    with factory() as session:
        return timeline.rows(session, timeline.list_ids(session, case_id))


def _import(factory: db.SessionFactory, case_id: int, path: Path, fmt: str, **kw: object) -> records.ImportRow:
    with factory.begin() as session:
        return records.import_file(session, case_id, path, fmt=fmt, **kw)  # type: ignore[arg-type]


def test_timesketch_csv_keeps_times_offsets_and_attributes(session_factory: db.SessionFactory, tmp_path: Path) -> None:
    case_id = _case(session_factory)
    path = _write(tmp_path, "portal.csv", TIMESKETCH)
    row = _import(session_factory, case_id, path, "timesketch-csv")
    assert (row.lines_read, row.imported, row.skipped) == (3, 3, 0)
    assert row.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert row.size == path.stat().st_size
    events = _events(session_factory, case_id)
    assert [e.title for e in events] == ["Connexion élève", "Export of 1,000 records", "Logout"]
    login = events[0]
    assert login.occurred.at == dt.datetime(2024, 1, 29, 9, 15, 0, 123456, tzinfo=dt.UTC)
    assert login.occurred.offset == 60
    assert login.attributes == {"timestamp_desc": "Last Login", "user": "dr.martin", "ip": "192.0.2.10"}
    assert login.source == "portal.csv"
    assert events[2].occurred.offset == -330
    assert events[2].attributes == {"timestamp_desc": "Event Recorded"}
    with session_factory() as session:
        entries = session.scalars(select(AuditEntry).where(AuditEntry.entity == "timeline_import")).all()
    assert len(entries) == 1 and "3 events" in entries[0].summary


def test_semicolon_tab_and_bom_are_detected(session_factory: db.SessionFactory, tmp_path: Path) -> None:
    case_id = _case(session_factory)
    semi = "\ufeff" + TIMESKETCH.replace(",", ";").replace('"Export of 1;000 records"', '"Export; 1,000"')
    tab = TIMESKETCH.replace(",", "\t").replace('"Export of 1\t000 records"', "Export")
    assert _import(session_factory, case_id, _write(tmp_path, "s.csv", semi), "timesketch-csv").imported == 3
    assert _import(session_factory, case_id, _write(tmp_path, "t.tsv", tab), "timesketch-csv").imported == 3
    titles = {e.title for e in _events(session_factory, case_id)}
    assert "Export; 1,000" in titles and "Export" in titles


def test_timesketch_jsonl_with_epoch_timestamp(session_factory: db.SessionFactory, tmp_path: Path) -> None:
    case_id = _case(session_factory)
    lines = [
        {"message": "VPN up", "datetime": "2024-01-29T08:00:00.000001+02:00", "timestamp_desc": "Start", "n": 3},
        {"message": "Proxy hit", "timestamp": 1706515200000000, "timestamp_desc": "Event", "tags": ["a", "b"]},
    ]
    path = _write(tmp_path, "t.jsonl", "\n".join(json.dumps(x) for x in lines) + "\n\n")
    assert _import(session_factory, case_id, path, "timesketch-jsonl").imported == 2
    vpn, proxy = sorted(_events(session_factory, case_id), key=lambda e: e.title, reverse=True)
    assert vpn.occurred.at == dt.datetime(2024, 1, 29, 6, 0, 0, 1, tzinfo=dt.UTC) and vpn.occurred.offset == 120
    assert vpn.attributes["n"] == 3
    assert proxy.occurred.at == dt.datetime(2024, 1, 29, 8, 0, tzinfo=dt.UTC) and proxy.occurred.offset is None
    assert proxy.attributes["tags"] == ["a", "b"]


def test_iris_csv(session_factory: db.SessionFactory, tmp_path: Path) -> None:
    case_id = _case(session_factory)
    content = (
        "event_date,event_tz,event_title,event_category,event_content,event_raw,event_source,event_assets,event_iocs,event_tags\n"
        "2024-01-29T10:00:00.000,+01:00,Phishing mail opened,Initial Access,User clicked,raw,Mail gateway,PC-12,,phishing\n"
        "2024-03-31T02:30:00,Europe/Paris,In the gap,Other,,,,,,\n"
    )
    path = _write(tmp_path, "iris.csv", content)
    row = _import(session_factory, case_id, path, "iris-csv", skip_bad=True)
    assert (row.imported, row.skipped) == (1, 1)
    assert row.skipped_lines[0].line == 3 and "does not exist in Europe/Paris" in row.skipped_lines[0].reason
    (event,) = _events(session_factory, case_id)
    assert event.occurred.at == dt.datetime(2024, 1, 29, 9, tzinfo=dt.UTC) and event.occurred.offset == 60
    assert (event.title, event.details, event.source) == ("Phishing mail opened", "User clicked", "Mail gateway")
    assert event.attributes == {"event_assets": "PC-12", "event_category": "Initial Access", "event_raw": "raw",
                                "event_tags": "phishing"}


def test_generic_csv_with_mapping_and_zone(session_factory: db.SessionFactory, tmp_path: Path) -> None:
    case_id = _case(session_factory)
    content = "quand;quoi;qui;poste\n29/01/2024 10:15:00;Accès au dossier;dr.martin;PC-3\n"
    path = _write(tmp_path, "log.csv", content)
    mapping = Mapping(time_column="quand", time_format="%d/%m/%Y %H:%M:%S", zone="Europe/Paris",
                      title_column="quoi", source_column="qui", attribute_columns=("poste",))
    _import(session_factory, case_id, path, "csv", mapping=mapping)
    (event,) = _events(session_factory, case_id)
    assert event.occurred.at == dt.datetime(2024, 1, 29, 9, 15, tzinfo=dt.UTC) and event.occurred.offset == 60
    assert event.source == "dr.martin" and event.attributes == {"poste": "PC-3"}
    epoch = Mapping(time_column="t", time_format="epoch_ms", title_column="m")
    _import(session_factory, case_id, _write(tmp_path, "e.jsonl", '{"t": 1706519700123, "m": "x"}\n'), "jsonl",
            mapping=epoch)
    assert dt.datetime(2024, 1, 29, 9, 15, 0, 123000, tzinfo=dt.UTC) in {
        e.occurred.at for e in _events(session_factory, case_id)
    }


def _fails(factory: db.SessionFactory, case_id: int, path: Path, fmt: str, match: str, **kw: object) -> str:
    with pytest.raises(UserError, match=match) as info:
        _import(factory, case_id, path, fmt, **kw)
    message = str(info.value)
    assert "\n" not in message
    with factory() as session:
        assert timeline.count(session, case_id) == 0
        assert records.list_imports(session, case_id) == []
    return message


def test_bad_line_aborts_naming_line_and_reason(session_factory: db.SessionFactory, tmp_path: Path) -> None:
    case_id = _case(session_factory)
    bad = TIMESKETCH.replace("2024-01-29T09:16:01Z", "yesterday")
    message = _fails(session_factory, case_id, _write(tmp_path, "bad.csv", bad), "timesketch-csv", "line 3")
    assert "bad.csv, line 3: 'datetime' value 'yesterday' is not an ISO 8601 date-time" in message


def test_skipped_lines_are_listed_in_the_record(session_factory: db.SessionFactory, tmp_path: Path) -> None:
    case_id = _case(session_factory)
    bad = TIMESKETCH.replace("2024-01-29T09:16:01Z", "yesterday") + "only,two\n"
    row = _import(session_factory, case_id, _write(tmp_path, "bad.csv", bad), "timesketch-csv", skip_bad=True)
    assert (row.lines_read, row.imported, row.skipped) == (4, 2, 2)
    assert [s.line for s in row.skipped_lines] == [3, 5]
    assert "2 fields where the header has 5" in row.skipped_lines[1].reason


def test_naive_time_without_zone_is_refused(session_factory: db.SessionFactory, tmp_path: Path) -> None:
    case_id = _case(session_factory)
    naive = TIMESKETCH.replace("2024-01-29T09:16:01Z", "2024-01-29T09:16:01")
    message = _fails(session_factory, case_id, _write(tmp_path, "n.csv", naive), "timesketch-csv", "no UTC offset")
    assert "line 3" in message and "'datetime'" in message
    row = _import(session_factory, case_id, _write(tmp_path, "n.csv", naive), "timesketch-csv",
                  mapping=Mapping(time_column="", title_column="", zone="Europe/Paris"))
    assert row.imported == 3


def test_file_level_problems(session_factory: db.SessionFactory, tmp_path: Path) -> None:
    case_id = _case(session_factory)
    latin = TIMESKETCH.encode("utf-8").replace("élève".encode(), "élève".encode("latin-1"))
    assert "line 2: not utf-8 text" in _fails(session_factory, case_id, _write(tmp_path, "l.csv", latin),
                                              "timesketch-csv", "utf-8")
    _fails(session_factory, case_id, _write(tmp_path, "empty.csv", ""), "timesketch-csv", "empty.csv is empty")
    _fails(session_factory, case_id, _write(tmp_path, "h.csv", "message,datetime\n"), "timesketch-csv", "no events")
    message = _fails(session_factory, case_id, _write(tmp_path, "m.csv", "message,when\nx,y\n"), "timesketch-csv",
                     "no 'datetime' column")
    assert "the columns are: message, when" in message
    jsonl = '{"message": "a", "datetime": "2024-01-29T10:00:00Z"}\n{"message": "b",\n'
    assert "line 2: not JSON" in _fails(session_factory, case_id, _write(tmp_path, "j.jsonl", jsonl),
                                        "timesketch-jsonl", "not JSON")
    with pytest.raises(ValidationError, match="not one of"):
        _import(session_factory, case_id, _write(tmp_path, "x.csv", TIMESKETCH), "excel")


def test_rollback_leaves_nothing_and_search_still_syncs(session_factory: db.SessionFactory, tmp_path: Path) -> None:
    case_id = _case(session_factory)
    bad = TIMESKETCH + "Late,not-a-date,x,,\n"
    with pytest.raises(ImportFailed):
        _import(session_factory, case_id, _write(tmp_path, "b.csv", bad), "timesketch-csv", batch=2)
    with session_factory() as session:
        assert session.execute(select(func.count()).select_from(TimelineEvent)).scalar_one() == 0
    # The per-row index trigger is back: a single event added by hand is found.
    with session_factory.begin() as session:
        timeline.add_event(session, case_id, EventInput(occurred=Moment(dt.datetime(2024, 1, 1, tzinfo=dt.UTC)),
                                                       title="Réunion de crise"))
    with session_factory() as session:
        assert [h.title for h in search.search(session, "reunion")] == ["Réunion de crise"]


def test_progress_and_cancel(session_factory: db.SessionFactory, tmp_path: Path) -> None:
    case_id = _case(session_factory)
    seen: list[tuple[int, int]] = []
    path = _write(tmp_path, "p.csv", TIMESKETCH)
    _import(session_factory, case_id, path, "timesketch-csv", batch=1, progress=lambda r, b: seen.append((r, b)))
    assert seen[0] == (1, seen[0][1]) and seen[-1] == (3, path.stat().st_size)
    with pytest.raises(records.ImportCancelled):
        _import(session_factory, case_id, path, "timesketch-csv", batch=1, cancelled=lambda: True)
    with session_factory() as session:
        assert timeline.count(session, case_id) == 3


def test_undo_deletes_exactly_that_import(session_factory: db.SessionFactory, tmp_path: Path) -> None:
    case_id = _case(session_factory)
    first = _import(session_factory, case_id, _write(tmp_path, "a.csv", TIMESKETCH), "timesketch-csv")
    _import(session_factory, case_id, _write(tmp_path, "b.csv", TIMESKETCH), "timesketch-csv")
    with session_factory.begin() as session:
        assert records.undo(session, first.id) == 3
    with session_factory() as session:
        assert timeline.count(session, case_id) == 3
        rows = records.list_imports(session, case_id)
        assert [r.undone_at is not None for r in rows] == [False, True]
        assert audit.verify(session) is None
        undone = session.scalars(select(AuditEntry).where(AuditEntry.action == "delete")).one()
        assert undone.entity == "timeline_import" and "3 events deleted" in undone.summary
        assert len(search.search(session, "eleve", case_id=case_id)) == 1
    with pytest.raises(ValidationError, match="undone already"), session_factory.begin() as session:
        records.undo(session, first.id)


@pytest.mark.parametrize("fmt", ["timesketch-csv", "timesketch-jsonl"])
def test_export_round_trips(session_factory: db.SessionFactory, tmp_path: Path, fmt: str) -> None:
    source = _case(session_factory, "SRC")
    long_title = "x" * 600
    content = TIMESKETCH + f"{long_title},2024-01-30T00:00:00.5+14:00,Event Recorded,ü,\n"
    _import(session_factory, source, _write(tmp_path, "in.csv", content), "timesketch-csv")
    buffer = io.StringIO(newline="")
    with session_factory() as session:
        assert timelineio.export(session, source, buffer, fmt=fmt) == 4
    out = _write(tmp_path, "out." + fmt.split("-")[1], buffer.getvalue())
    target = _case(session_factory, "DST")
    _import(session_factory, target, out, fmt)

    def key(e: timeline.EventRow) -> tuple[object, ...]:
        return (e.occurred.at, e.occurred.offset, e.title, e.details, e.source, e.category, e.attributes)

    assert [key(e) for e in _events(session_factory, target)] == [key(e) for e in _events(session_factory, source)]
    with session_factory() as session:
        filtered = io.StringIO(newline="")
        timelineio.export(session, source, filtered, fmt=fmt, flt=EventFilter(text="logout"))
    assert filtered.getvalue().count("Logout") == 1 and "élève" not in filtered.getvalue()


def test_index_trigger_survives_a_caller_that_commits_after_a_failure(session_factory: db.SessionFactory,
                                                                      tmp_path: Path) -> None:
    case_id = _case(session_factory)
    bad = _write(tmp_path, "b.csv", TIMESKETCH + "Late,not-a-date,x,,\n")
    with session_factory.begin() as session:
        with pytest.raises(ImportFailed):
            records.import_file(session, case_id, bad, fmt="timesketch-csv", batch=2)
        timeline.add_event(session, case_id, EventInput(occurred=Moment(dt.datetime(2024, 1, 1, tzinfo=dt.UTC)),
                                                       title="Après l'échec"))
    with session_factory() as session:
        assert [h.title for h in search.search(session, "apres echec")] == ["Après l'échec"]


def test_skipped_lines_kept_are_capped(session_factory: db.SessionFactory, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(records, "SKIPPED_KEPT", 1)
    case_id = _case(session_factory)
    bad = TIMESKETCH + "a,bad,x,,\nb,bad,x,,\n"
    row = _import(session_factory, case_id, _write(tmp_path, "b.csv", bad), "timesketch-csv", skip_bad=True)
    assert (row.skipped, [s.line for s in row.skipped_lines]) == (2, [5])


def test_attributes_are_stored_as_add_event_stores_them(session_factory: db.SessionFactory, tmp_path: Path) -> None:
    case_id = _case(session_factory)
    content = "message,zeta,datetime,alpha,été\nm,1,2024-01-29T10:00:00Z,2,é\n"
    _import(session_factory, case_id, _write(tmp_path, "o.csv", content), "timesketch-csv")
    with session_factory() as session:
        stored = session.execute(select(TimelineEvent.attributes)).scalar_one()
    assert stored == json.dumps({"zeta": "1", "alpha": "2", "été": "é"}, ensure_ascii=False, sort_keys=True)


@pytest.mark.parametrize(
    "values",
    [
        {"a%s": 'quote " and \\ back', "b": "tab\tnew\nline", "c": "é\u2028\x01", "d%%": "100%"},
        {"a%s": "x", "b": "", "c": "y", "d%%": "z"},  # an empty value is left out
        {"a%s": "x", "b": "y", "c": "z", "d%%": "w"},
    ],
)
def test_attribute_template_writes_what_json_writes(values: dict[str, str]) -> None:
    from cnil_case.core.importers.mapping import Converter

    converter = Converter(Mapping(time_column="t", title_column="m"))
    converter.set_columns(["t", "m", *values])
    row = converter.convert({"t": "2024-01-29T10:00:00.5+01:00", "m": "title", **values})
    kept = {k: v for k, v in values.items() if v}
    assert row.attributes == json.dumps(kept, ensure_ascii=False, sort_keys=True)
    assert row.occurred_at == dt.datetime(2024, 1, 29, 9, 0, 0, 500_000, tzinfo=dt.UTC) and row.occurred_offset == 60


def test_offsets_of_a_zone_are_not_cached_as_fixed(tmp_path: Path) -> None:
    from cnil_case.core.importers.mapping import Converter

    converter = Converter(Mapping(time_column="t", title_column="m", zone="Europe/Paris"))
    winter = converter.convert({"t": "2024-01-29T10:00:00", "m": "w"})
    summer = converter.convert({"t": "2024-07-29T10:00:00", "m": "s"})
    fixed = [converter.convert({"t": f"2024-07-29T10:00:00{z}", "m": "f"}).occurred_offset for z in ("+01:00", "+01:00", "-05:30")]
    assert (winter.occurred_offset, summer.occurred_offset, fixed) == (60, 120, [60, 60, -330])


def test_check_constraints_are_back_after_an_import(session_factory: db.SessionFactory, tmp_path: Path) -> None:
    """SQLite skips the table's CHECKs for the import's own inserts only (the converter checks the same)."""
    from sqlalchemy import insert
    from sqlalchemy.exc import IntegrityError

    case_id = _case(session_factory)
    now = dt.datetime.now(dt.UTC)
    bad = {"case_id": case_id, "occurred_at": now, "precision": "exact", "title": "x", "details": "", "source": "",
           "category": "not-a-category", "starred": False, "attributes": "{}", "created_at": now, "updated_at": now}
    wrong_category = _write(tmp_path, "c.csv", "message,datetime,cnil_category\nm,2024-01-29T10:00:00Z,Nope\n")
    with session_factory.begin() as session:
        records.import_file(session, case_id, _write(tmp_path, "t.csv", TIMESKETCH), fmt="timesketch-csv")
        with pytest.raises(IntegrityError), session.begin_nested():  # same connection, after the import
            session.execute(insert(TimelineEvent), [bad])
        with pytest.raises(ImportFailed, match="is not one of"):  # refused by the converter
            records.import_file(session, case_id, wrong_category, fmt="timesketch-csv")
        with pytest.raises(IntegrityError), session.begin_nested():
            session.execute(insert(TimelineEvent), [bad])
