"""Kill test: SIGKILL a process importing a timeline, adding evidence and saving a report, then check the workspace.

Run: ``python -m bench.killtest [--runs 50] [--events 100000] [--seed N]``. A child process loops
over four user actions on one workspace: import a generated Timesketch CSV (``records.import_file``,
one transaction), add three new evidence files (``acquisition``: vault store, then one registering
transaction), save an Art. 33 notification (``report.documents`` then ``exports.save``), and undo
the import (so the database does not grow without end). The parent kills it at a random moment,
then checks, as the next start-up would see it (and once more after a kill at each step
boundary, ``POINTS``, as random moments fall mostly inside the import):

- the workspace opens (``db.open_workspace``) and ``PRAGMA integrity_check`` is ``ok``;
- the start-up check (``recovery.check``) leaves no ``.part`` file in the vault;
- every import is whole or absent: each record's events number its ``imported`` (0 once undone),
  no event has an import without a record;
- every evidence item's vault file exists with its SHA-256, every custody chain and the audit
  chain hold, every recorded export's file, if present, has its recorded SHA-256
  (``integrity.verify``; files no item holds are counted, not failures: see docs/integrity.md).

Prints one JSON object: runs, failures (with what failed), where the kills landed, seconds.
``tests/test_kill.py`` uses the same functions for three fixed kill points (``--die-at``).
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import func, select, text

from bench import imports as generated
from cnil_case.core import (
    acquisition,
    cases,
    db,
    demo,
    exports,
    files,
    integrity,
    recovery,
    reportdata,
    vault,
)
from cnil_case.core.importers import records
from cnil_case.core.models import Case, TimelineEvent, TimelineImport
from cnil_case.core.snapshots import CaseInput

REFERENCE = "KILL-TEST"
PHASE_FILE = "phase"
# Every place the child marks (``point``): each ends a step or falls between two halves of one.
POINTS = ("undo-leftovers", "import", "import-middle", "import-commit", "evidence-write", "evidence-store",
          "evidence-register", "evidence-commit", "report-build", "report-save", "report-record", "undo",
          "undo-commit")


def prepare(folder: Path, *, events: int) -> Path:
    """A workspace with one case (the imports and evidence) and the demo case (the report); the CSV."""
    folder.mkdir(parents=True, exist_ok=True)
    workspace = folder / "workspace.sqlite"
    engine, factory = db.open_workspace(workspace)
    with factory.begin() as session:
        cases.create(session, CaseInput(reference=REFERENCE, title="Kill test", nature=frozenset({"confidentiality"}),
                                        origin_intent="malicious", origin_source="external"))
        demo.ensure_demo_case(session)
    engine.dispose()
    generated.write_csv(folder / "timeline.csv", events)
    (folder / "exports").mkdir(exist_ok=True)
    return workspace


def _store(workspace: Path) -> vault.Vault:
    return vault.Vault(vault.vault_for(db.to_url(workspace), workspace.parent / "data"))


def child(folder: Path, *, die_at: str | None, batch: int) -> None:
    """The loop the parent kills. ``die_at`` names a point where it kills itself instead (tests)."""
    import datetime as dt

    from cnil_case.report import documents

    workspace = folder / "workspace.sqlite"
    _, factory = db.open_workspace(workspace)
    store = _store(workspace)
    phase_fd = os.open(folder / PHASE_FILE, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)

    def point(name: str) -> None:
        os.pwrite(phase_fd, f"{name:<24}".encode(), 0)
        if name == die_at:
            os.kill(os.getpid(), signal.SIGKILL)

    with factory() as session:
        case_id = cases.find(session, REFERENCE)
        report_case = session.execute(select(Case.id).where(Case.reference != REFERENCE)).scalar_one()
    # A kill between an import's commit and its undo leaves it in place: undo it first (itself one
    # action, so a kill here is checked like the others), or the database grows run after run.
    point("undo-leftovers")
    with factory.begin() as session:
        for row in records.list_imports(session, case_id):
            if row.undone_at is None:
                records.undo(session, row.id)
    n = 0
    while True:
        n += 1
        point("import")
        batches = 0

        def progress(_read: int, _bytes: int) -> None:
            nonlocal batches
            batches += 1
            if batches == 2:
                point("import-middle")

        with factory.begin() as session:
            imported = records.import_file(session, case_id, folder / "timeline.csv", fmt="timesketch-csv",
                                           progress=progress, batch=batch)
            point("import-commit")
        point("evidence-write")
        incoming = folder / "incoming" / str(n)
        incoming.mkdir(parents=True, exist_ok=True)
        for i in range(3):
            (incoming / f"file{i}.bin").write_bytes(os.urandom(8 << 20))
        point("evidence-store")
        stored = acquisition.store_all(store, [incoming])
        point("evidence-register")
        with factory.begin() as session:
            acquisition.register_all(session, case_id, stored.stored, acquisition.Defaults(method="kill test"))
            point("evidence-commit")
        point("report-build")
        with factory() as session:
            snap = reportdata.snapshot(session, report_case, now=dt.datetime.now(dt.UTC))
        built = documents.build_case_document(snap, "art33", lang="fr", variant="initial")
        point("report-save")
        target = folder / "exports" / f"notification-{os.getpid()}-{n}.pdf"
        files.write_atomically(target, built.data)
        point("report-record")
        with factory.begin() as session:
            exports.record(session, built, target.resolve())
        point("undo")
        with factory.begin() as session:
            records.undo(session, imported.id)
            point("undo-commit")


def check(folder: Path) -> dict[str, object]:
    """What the next start-up finds after a kill; ``failures`` lists what is not whole or absent."""
    failures: list[str] = []
    workspace = folder / "workspace.sqlite"
    try:
        engine, factory = db.open_workspace(workspace)
    except Exception as exc:  # the point of the test: any failure to open is a finding, not a crash
        return {"failures": [f"workspace does not open: {exc}"]}
    try:
        with engine.connect() as connection:
            verdict = [row[0] for row in connection.execute(text("PRAGMA integrity_check"))]
        if verdict != ["ok"]:
            failures.append(f"integrity_check: {verdict[:3]}")
        store = _store(workspace)
        recovered = recovery.check(factory, store, stale_after=0)  # the child is dead: every copy is stale
        if store.temp_files():
            failures.append(f"{len(store.temp_files())} .part files left after recovery")
        with factory() as session:
            counts = dict(session.execute(
                select(TimelineEvent.import_id, func.count()).where(TimelineEvent.import_id.is_not(None))
                .group_by(TimelineEvent.import_id)).tuples().all())
            for record in session.scalars(select(TimelineImport)):
                want = 0 if record.undone_at is not None else record.imported
                if counts.pop(record.id, 0) != want:
                    failures.append(f"import #{record.id}: {counts.get(record.id)} events, record says {want}")
                if record.undone_at is None and record.imported == 0:
                    failures.append(f"import #{record.id} recorded with no events")
            if counts:
                failures.append(f"events of imports without a record: {counts}")
            report = integrity.verify(session, store)
        broken = [p.line for p in report.problems if "held by no evidence item" not in p.line]
        failures.extend(broken)
        leftovers = len(list((folder / "exports").glob(".*.tmp")))
        return {"failures": failures, "unreferenced": len(recovered.unreferenced),
                "removed_temp": recovered.removed_temp, "export_temp_files": leftovers,
                "evidence_files": report.vault_files, "exports": report.exports_checked}
    finally:
        engine.dispose()


def spawn(folder: Path, *, die_at: str | None = None, batch: int = 10_000) -> subprocess.Popen[bytes]:
    argv = [sys.executable, "-m", "bench.killtest", "--child", str(folder), "--batch", str(batch)]
    if die_at:
        argv += ["--die-at", die_at]
    root = str(Path(__file__).resolve().parents[1])
    env = {**os.environ, "PYTHONPATH": root + os.pathsep + os.environ.get("PYTHONPATH", "")}
    return subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, cwd=root)


def phase(folder: Path) -> str:
    try:
        return (folder / PHASE_FILE).read_text().strip() or "start-up"
    except OSError:
        return "start-up"


def run(runs: int, events: int, seed: int, keep: Path | None) -> dict[str, object]:
    rng = random.Random(seed)
    began = time.perf_counter()
    with tempfile.TemporaryDirectory(dir=keep) as tmp:
        folder = Path(tmp) / "kill"
        prepare(folder, events=events)
        # One undisturbed cycle measures how long a loop takes: kills land anywhere in it.
        probe = spawn(folder)
        cycle_start = time.perf_counter()
        while phase(folder) != "undo-commit" and probe.poll() is None:
            time.sleep(0.05)
        cycle = time.perf_counter() - cycle_start
        probe.kill()
        probe.wait()
        startup = 1.0
        failures: list[dict[str, object]] = []
        landed: collections.Counter[str] = collections.Counter()
        unreferenced = 0
        for index in range(runs):
            child_process = spawn(folder)
            delay = rng.uniform(0.2, startup + cycle * 1.5)
            time.sleep(delay)
            if child_process.poll() is not None:
                err = child_process.stderr.read().decode() if child_process.stderr else ""
                failures.append({"run": index, "failures": [f"child exited by itself: {err[-500:]}"]})
                continue
            child_process.send_signal(signal.SIGKILL)
            child_process.wait()
            where = phase(folder)
            landed[where] += 1
            found = check(folder)
            unreferenced = int(str(found.get("unreferenced", 0)))
            if found["failures"]:
                failures.append({"run": index, "phase": where, "delay": round(delay, 2), **found})
        # Random moments fall mostly in the import, the longest step: every step boundary gets one kill too.
        for where in POINTS:
            child_process = spawn(folder, die_at=where)
            child_process.wait()
            found = check(folder)
            if child_process.returncode != -signal.SIGKILL or found["failures"]:
                failures.append({"point": where, "returncode": child_process.returncode, **found})
        return {"runs": runs, "points": len(POINTS), "events": events, "seed": seed, "failures": len(failures),
                "failed_runs": failures,
                "kills_by_phase": dict(sorted(landed.items())), "cycle_seconds": round(cycle, 2),
                "unreferenced_vault_files_at_end": unreferenced,
                "seconds": round(time.perf_counter() - began, 1)}


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.killtest", description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=50, help="how many kills (default 50)")
    parser.add_argument("--events", type=int, default=100_000, help="events in the timeline (default 100,000)")
    parser.add_argument("--seed", type=int, default=None, help="random seed (default: from the clock, printed)")
    parser.add_argument("--keep-in", type=Path, default=None, help="make the workspace in this folder")
    parser.add_argument("--child", type=Path, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--die-at", default=None, help=argparse.SUPPRESS)
    parser.add_argument("--batch", type=int, default=10_000, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        child(args.child, die_at=args.die_at, batch=args.batch)
        return 0
    seed = args.seed if args.seed is not None else int(time.time())
    summary = run(args.runs, args.events, seed, args.keep_in)
    print(json.dumps(summary, ensure_ascii=False))
    return 1 if summary["failures"] else 0


if __name__ == "__main__":
    sys.exit(main())
