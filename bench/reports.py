"""The investigation report of a large case against a bare reportlab table of as many rows, same run.

Run: ``python -m bench.reports [EVENTS] [EVIDENCE]`` (default 10,000 and 1,000). The demo case gets
that many timeline events and evidence items (one "acquired" custody entry each), inserted in bulk;
the snapshot reads no vault file, so the items need none. Times ``reportdata.snapshot`` and
``investigation.render`` (French, grouped by category; then by day), and as the baseline a
reportlab ``SimpleDocTemplate`` of one plain-string table with one row per event and per item.
Prints one JSON line. Target: snapshot + render under 15 s.
"""

# mypy: disable-error-code="import-untyped"
# WORKAROUND: reportlab ships no type hints and types-reportlab is not a dev dependency yet.

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import sys
import tempfile
import time
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Table
from sqlalchemy import insert, select

from cnil_case.core import db, demo, reportdata
from cnil_case.core.models import CaseParty, CustodyEntry, EventCategory, Evidence, TimelineEvent
from cnil_case.report import investigation

START = dt.datetime(2024, 1, 29, 8, tzinfo=dt.UTC)
NOW = dt.datetime(2024, 6, 1, 12, tzinfo=dt.UTC)
CATEGORIES = EventCategory.values()


def _populate(factory: db.SessionFactory, n_events: int, n_evidence: int) -> int:
    with factory.begin() as session:
        case_id = demo.ensure_demo_case(session)
        party_ids = list(session.scalars(select(CaseParty.id).where(CaseParty.case_id == case_id)))
        session.execute(insert(TimelineEvent), [
            {
                "case_id": case_id, "occurred_at": START + dt.timedelta(minutes=17 * i), "precision": "minute",
                "title": f"Log line {i}: connection from 10.0.{i % 250}.{i % 200} to the tiers-payant portal",
                "source": f"proxy-{i % 7}.log", "category": CATEGORIES[i % len(CATEGORIES)],
                "actor_party_id": party_ids[i % len(party_ids)] if i % 3 else None, "starred": i % 97 == 0,
                "details": "", "attributes": "{}",
            }
            for i in range(n_events)
        ])
        session.execute(insert(Evidence), [
            {
                "case_id": case_id, "sha256": hashlib.sha256(str(i).encode()).hexdigest(), "size": 1_000 + 37 * i,
                "media_type": "text/plain", "original_name": f"export-{i:05d}.log", "original_path": "",
                "acquired_at": START + dt.timedelta(hours=i), "acquired_precision": "minute",
                "acquired_by": "bench", "method": "copy", "exhibit": f"PC-{i}", "description": "", "tags": "",
                "status": "active",
            }
            for i in range(n_evidence)
        ])
        ids = list(session.scalars(select(Evidence.id).where(Evidence.case_id == case_id)))
        session.execute(insert(CustodyEntry), [
            {"evidence_id": evidence_id, "at": START + dt.timedelta(hours=n), "actor": "bench", "action": "acquired",
             "details": "{}", "prev_hash": "0" * 64, "hash": "0" * 64}
            for n, evidence_id in enumerate(ids)
        ])
    return case_id


def _baseline(rows: int) -> float:
    """A bare reportlab document: one table of ``rows`` rows of short plain strings, built once."""
    data = [["Time", "Event", "Source", "Actor"]]
    data += [[f"2024-01-29 {i % 24:02d}:{i % 60:02d}", f"Log line {i}: connection to the portal",
              f"proxy-{i % 7}.log", "Viamedis"] for i in range(rows)]
    began = time.perf_counter()
    SimpleDocTemplate(io.BytesIO(), pagesize=A4).build([Table(data, repeatRows=1)])
    return time.perf_counter() - began


def _pages(data: bytes) -> int:
    return data.count(b"/Type /Page\n") or data.count(b"/Type /Page ")


def main(n_events: int = 10_000, n_evidence: int = 1_000) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        engine, factory = db.open_workspace(Path(tmp) / "w.sqlite")
        case_id = _populate(factory, n_events, n_evidence)
        began = time.perf_counter()
        with factory() as session:
            report = reportdata.snapshot(session, case_id, now=NOW)
        snapshot_s = time.perf_counter() - began
        engine.dispose()
    began = time.perf_counter()
    pdf = investigation.render(report, lang="fr", group_by="category")
    render_s = time.perf_counter() - began
    began = time.perf_counter()
    by_day = investigation.render(report, lang="en", group_by="day")
    render_day_s = time.perf_counter() - began
    baseline = _baseline(len(report.events) + len(report.evidence))
    total = snapshot_s + render_s
    return {
        "events": len(report.events),
        "evidence": len(report.evidence),
        "snapshot_s": round(snapshot_s, 2),
        "render_s": round(render_s, 2),
        "total_s": round(total, 2),
        "pages": _pages(pdf),
        "megabytes": round(len(pdf) / 1e6, 1),
        "render_by_day_s": round(render_day_s, 2),
        "pages_by_day": _pages(by_day),
        "baseline_plain_table_s": round(baseline, 2),
        "ratio": round(total / baseline, 1),
        "under_15_s": total < 15,
    }


if __name__ == "__main__":
    args = [int(a) for a in sys.argv[1:3]]
    print(json.dumps(main(*args)))
