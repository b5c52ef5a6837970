"""The Timeline tab on a case of 1,000,000 events against the same tab on an empty case.

Run: ``python -m bench.timelineview [N]`` (default 1,000,000). A temporary workspace gets an empty
case and a case of N events (raw ``executemany`` into the real schema, made by ``db.open_workspace``).
Then, in a fresh offscreen process for each case, the main window opens the case on its Timeline
tab and the clock runs from the click in the case list until the table has painted its first rows
(loaded rows, not placeholders). For the big case one more process scrolls to the end and to the
middle, sorts by title, scrolls a quarter down in that order, types a rare word then a word of
every row into the text filter (timed from the debounce timer's firing) and filters on a
category, each timed until its rows are painted; then it runs again with the indexes proposed for sorting
(``PROPOSED_INDEXES``, not in the schema yet). Peak resident memory is that of the whole process.
``BENCH_SCREENSHOT=file.png`` saves the window after the scroll to the middle. Prints one JSON line.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from cnil_case.core import cases, db
from cnil_case.core.snapshots import CaseInput

RUNS = 3
CATEGORIES = ("attack", "detection", "containment", "investigation", "communication", "other")
START = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)


def build(path: Path, n: int) -> tuple[int, int]:
    """A workspace at ``path`` with an empty case and a case of ``n`` events; their ids."""
    engine, factory = db.open_workspace(path)
    with factory.begin() as session:
        empty = cases.create(session, CaseInput(reference="EMPTY", title="Empty case")).id
        big = cases.create(session, CaseInput(reference="BIG", title=f"{n:,} events")).id
    engine.dispose()
    connection = sqlite3.connect(path)
    # The full-text trigger would index row by row: it is dropped for the load, put back as it
    # was, and the index rebuilt in one statement (the text filter reads it).
    triggers = connection.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'timeline_event' "
        "AND sql LIKE '%AFTER INSERT%'"
    ).fetchall()
    now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    with connection:
        for name, _ in triggers:
            connection.execute(f'DROP TRIGGER "{name}"')
        connection.executemany(
            "INSERT INTO timeline_event (case_id, occurred_at, occurred_offset, precision, title, details, "
            "source, category, starred, attributes, created_at, updated_at) "
            "VALUES (?, ?, NULL, 'exact', ?, '', ?, ?, ?, '{}', ?, ?)",
            ((big, (START + dt.timedelta(seconds=7 * i)).strftime("%Y-%m-%d %H:%M:%S.%f"),
              f"GET /portail/dossier/{(i * 7919) % 100_000} by ps{i % 4242:04d} ({i})",
              f"portal-access.log:{i + 1}", CATEGORIES[i % len(CATEGORIES)], int(i % 97 == 0), now, now)
             for i in range(n)),
        )
        for _, sql in triggers:
            connection.execute(sql)
        connection.execute("INSERT INTO search_event(search_event) VALUES ('rebuild')")
    connection.execute("ANALYZE")
    connection.close()
    return empty, big


CHILD = r"""
import json, os, resource, sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication
from cnil_case.core import db
from cnil_case.ui import app, preferences, tasks, timelinemodel

target, case_id, full = sys.argv[1], int(sys.argv[2]), sys.argv[3] == "1"
# A user name in 1 row of 4,242, a prefix of it, and a word of every title.
TEXT_FILTERS = (("text_rare_s", "ps0042"), ("text_prefix_s", "ps004"), ("text_common_s", "portail"))
qapp = QApplication([])
app.load_fonts()
engine, factory = db.open_workspace(target)
runner = tasks.Tasks(factory, where=target)
window = app.build_main_window(runner, workspace=target)
window.show()
view = window.case_view
results = {}

class Paints(QObject):
    count = 0

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False

paints = Paints()
view.timeline.table.viewport().installEventFilter(paints)
# Each first page the model applies (a new case, order or filter: a reset); the clock of such a
# step stops only once one has arrived after it started.
loads = []
view.timeline.model.modelReset.connect(lambda: loads.append(view.timeline.model.case_id))
# The count follows the first page: the next step waits for it (untimed).
counts = []
view.timeline.model.loaded.connect(lambda: counts.append(view.timeline.model.rowCount()))

def painted_rows(first_row):
    # A viewport paint has happened and the rows on screen are loaded (no placeholder).
    timeline = view.timeline
    model = timeline.model
    if len(loads) <= loads_before[0] or loads[-1] != case_id or paints.count == 0:
        return False
    if model.rowCount() == 0:
        return True
    top = timeline.table.rowAt(0)
    bottom = timeline.table.rowAt(timeline.table.viewport().height() - 1)
    if top < 0:
        return False
    bottom = bottom if bottom >= 0 else model.rowCount() - 1
    return first_row(top) and all(model.event_at(r) is not None for r in (top, bottom))

loads_before = [0]
counts_before = [0]

def wait(predicate, name, began):
    while not predicate():
        qapp.processEvents()
        time.sleep(0.0005)
    paints.count = 0
    qapp.processEvents()
    while paints.count == 0:
        qapp.processEvents()
    results[name] = round(time.perf_counter() - began, 4)
    while len(counts) <= counts_before[0]:
        qapp.processEvents()
        time.sleep(0.0005)

# Let the start-up loads finish: the clock starts when the user clicks the case.
while runner.busy:
    qapp.processEvents()
    time.sleep(0.001)
view.setCurrentWidget(view.timeline)
qapp.processEvents()
began = time.perf_counter()
paints.count = 0
loads_before[0] = len(loads)
counts_before[0] = len(counts)
window.case_list.show_case(case_id)
wait(lambda: painted_rows(lambda top: top == 0), "open_s", began)
def scroll(name, where):
    for _ in range(3):  # the scroll range follows a new row count on a later event loop turn
        qapp.processEvents()
    began = time.perf_counter()
    paints.count = 0
    bar = view.timeline.table.verticalScrollBar()
    bar.setValue(int(bar.maximum() * where))
    wait(lambda: painted_rows(lambda top: True), name, began)
    results[name.replace("_s", "_row")] = view.timeline.table.rowAt(0)

if full:
    header = view.timeline.table.horizontalHeader()
    scroll("scroll_end_s", 1.0)
    scroll("scroll_middle_s", 0.5)
    if os.environ.get("BENCH_SCREENSHOT"):
        window.grab().save(os.environ["BENCH_SCREENSHOT"])
    began = time.perf_counter()
    paints.count = 0
    loads_before[0] = len(loads)
    counts_before[0] = len(counts)
    header.setSortIndicator(timelinemodel.TITLE, header.sortIndicatorOrder())
    header.sectionClicked.emit(timelinemodel.TITLE)
    wait(lambda: view.timeline.model.sort_key == "title" and painted_rows(lambda top: True), "sort_title_s", began)
    scroll("scroll_middle_by_title_s", 0.25)
    for name, word in TEXT_FILTERS:
        view.timeline.text.setText(word)  # starts the debounce timer; the clock starts as it fires
        began = time.perf_counter()
        paints.count = 0
        loads_before[0] = len(loads)
        counts_before[0] = len(counts)
        view.timeline.apply_filter()
        wait(lambda: view.timeline.model.event_filter.text == word and painted_rows(lambda top: True), name, began)
        results[name.replace("_s", "_rows")] = view.timeline.model.rowCount()
    view.timeline.text.setText("")
    began = time.perf_counter()
    paints.count = 0
    loads_before[0] = len(loads)
    counts_before[0] = len(counts)
    view.timeline.apply_filter()
    wait(lambda: not view.timeline.model.event_filter.text and painted_rows(lambda top: True), "text_cleared_s", began)
    began = time.perf_counter()
    paints.count = 0
    loads_before[0] = len(loads)
    counts_before[0] = len(counts)
    view.timeline.category.setCurrentIndex(view.timeline.category.findData("attack"))
    view.timeline.category.activated.emit(view.timeline.category.currentIndex())
    wait(lambda: view.timeline.model.event_filter.categories and painted_rows(lambda top: True), "filter_s", began)
    results["filtered_rows"] = view.timeline.model.rowCount()
    results["rows_held"] = view.timeline.model.rows_held()
results["peak_rss_mib"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
runner.shutdown()
engine.dispose()
print(json.dumps(results))
"""


def _child(path: Path, case_id: int, *, full: bool) -> dict[str, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    result = subprocess.run([sys.executable, "-c", CHILD, str(path), str(case_id), "1" if full else "0"],
                            env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"benchmark process failed:\n{result.stderr}")
    return dict(json.loads(result.stdout.strip().splitlines()[-1]))


# What sorting by these columns needs to stay fast at any depth (see the README): without them a
# page deep in title order is a sort of the whole case. ANALYZE lets SQLite's planner choose
# between them; without statistics it may sort by time through the wrong one.
PROPOSED_INDEXES = (
    "CREATE INDEX ix_timeline_event_case_title ON timeline_event (case_id, title, occurred_at, id)",
    "CREATE INDEX ix_timeline_event_case_category ON timeline_event (case_id, category, occurred_at, id)",
    "CREATE INDEX ix_timeline_event_case_precision ON timeline_event (case_id, precision, occurred_at, id)",
    "CREATE INDEX ix_timeline_event_case_starred ON timeline_event (case_id, starred, occurred_at, id)",
    "ANALYZE",
)


def main(n: int = 1_000_000) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "ours.sqlite"
        began = time.perf_counter()
        empty, big = build(path, n)
        built = time.perf_counter() - began
        _child(path, big, full=False)  # warm the page cache: both sides then read from memory
        empties = [_child(path, empty, full=False) for _ in range(RUNS)]
        bigs = [_child(path, big, full=False) for _ in range(RUNS)]
        full = _child(path, big, full=True)
        with sqlite3.connect(path) as connection:
            for statement in PROPOSED_INDEXES:
                connection.execute(statement)
        indexed = _child(path, big, full=True)
    empty_s = statistics.median(r["open_s"] for r in empties)
    big_s = statistics.median(r["open_s"] for r in bigs)
    steps = ("scroll_end_s", "scroll_middle_s", "sort_title_s", "scroll_middle_by_title_s", "text_rare_s",
             "text_prefix_s", "text_common_s", "filter_s")
    return {
        "events": n,
        "build_s": round(built, 1),
        "open_empty_case_s": round(empty_s, 3),
        "open_big_case_s": round(big_s, 3),
        "time_ratio": round(big_s / empty_s, 2),
        **{step: full[step] for step in steps},
        "filtered_rows": full["filtered_rows"],
        "text_rows": [full[k] for k in ("text_rare_rows", "text_prefix_rows", "text_common_rows")],
        "rows_held_by_model": full["rows_held"],
        "peak_rss_empty_mib": max(r["peak_rss_mib"] for r in empties),
        "peak_rss_big_mib": full["peak_rss_mib"],
        "with_proposed_indexes": {step: indexed[step] for step in steps},
    }


if __name__ == "__main__":
    print(json.dumps(main(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000)))
