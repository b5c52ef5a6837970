"""Timeline writes and paged reads through cnil-case's core, against raw sqlite3 on the same data.

Run: ``python -m bench.timeline [N]``. Prints one JSON line: seconds for each side and the ratios.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from cnil_case.core import cases, db, timeline
from cnil_case.core.snapshots import CaseInput, EventFilter, EventInput, Moment

PAGE = 200


def _raw(path: Path, n: int, start: dt.datetime) -> tuple[float, float]:
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute(
        "CREATE TABLE ev (id INTEGER PRIMARY KEY, case_id INT, occurred_at TEXT, title TEXT, "
        "details TEXT, source TEXT, category TEXT, precision TEXT)"
    )
    connection.execute("CREATE INDEX ix ON ev (case_id, occurred_at, id)")
    began = time.perf_counter()
    with connection:
        connection.executemany(
            "INSERT INTO ev (case_id, occurred_at, title, details, source, category, precision) "
            "VALUES (1, ?, ?, '', 'bench', 'other', 'exact')",
            (((start + dt.timedelta(seconds=i)).isoformat(), f"event {i}") for i in range(n)),
        )
    write = time.perf_counter() - began
    began = time.perf_counter()
    ids = [r[0] for r in connection.execute("SELECT id FROM ev WHERE case_id = 1 ORDER BY occurred_at, id")]
    for offset in range(0, len(ids), PAGE):
        page = ids[offset : offset + PAGE]
        marks = ",".join("?" * len(page))
        connection.execute(f"SELECT * FROM ev WHERE id IN ({marks})", page).fetchall()
    read = time.perf_counter() - began
    connection.close()
    return write, read


def _ours(path: Path, n: int, start: dt.datetime) -> tuple[float, float]:
    _, factory = db.open_workspace(path)
    with factory.begin() as session:
        case_id = cases.create(session, CaseInput(reference="BENCH", title="bench")).id
    began = time.perf_counter()
    with factory.begin() as session:
        for i in range(n):
            timeline.add_event(
                session, case_id,
                EventInput(occurred=Moment(start + dt.timedelta(seconds=i), "exact"), title=f"event {i}", source="bench"),
                audited=False,
            )
    write = time.perf_counter() - began
    began = time.perf_counter()
    with factory() as session:
        ids = timeline.list_ids(session, case_id, EventFilter())
    for offset in range(0, len(ids), PAGE):
        with factory() as session:
            timeline.rows(session, ids[offset : offset + PAGE])
    read = time.perf_counter() - began
    return write, read


def main(n: int = 20_000) -> dict[str, float]:
    start = dt.datetime(2024, 1, 29, tzinfo=dt.UTC)
    with tempfile.TemporaryDirectory() as tmp:
        raw_write, raw_read = _raw(Path(tmp) / "raw.sqlite", n, start)
        our_write, our_read = _ours(Path(tmp) / "ours.sqlite", n, start)
    return {
        "events": n,
        "raw_write_s": round(raw_write, 3),
        "ours_write_s": round(our_write, 3),
        "write_ratio": round(our_write / raw_write, 1),
        "raw_paged_read_s": round(raw_read, 3),
        "ours_paged_read_s": round(our_read, 3),
        "paged_read_ratio": round(our_read / raw_read, 1),
    }


if __name__ == "__main__":
    print(json.dumps(main(int(sys.argv[1]) if len(sys.argv) > 1 else 20_000)))
