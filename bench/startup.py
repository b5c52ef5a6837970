"""Start-up of cnil-case on the demo case against a bare Qt window, in fresh processes.

Run: ``python -m bench.startup``. Each side runs in its own process, offscreen. Two moments count
from the process start:

- *window painted*: the window's first paint is done: what the user sees first. For cnil-case
  that is the main window's frame: title, menus, status bar, and "Opening workspace…" where the
  panes go (``ui/app.py`` shows it before importing SQLAlchemy and the core, opening the
  workspace and building the panes);
- *case loaded*: cnil-case only: the case list, the demo case and every start-up query have been
  delivered (``CNIL_CASE_EXIT_AFTER_START``), and the event loop has returned.

The bare side shows a ``QWidget`` the size of our window and stops at its first paint. Both
children create the ``QApplication`` first and hook their window's paint the same way; cnil-case
would create it a little later but do the same work. Prints one JSON line:
medians of each moment, peak resident memory, and the ratios.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

RUNS = 5

# Each side overrides the ``paintEvent`` of its window's class, in Python, and marks the end of
# its first call. Not an application-wide event filter: Qt would then call Python for every event
# of every widget, which cost our window (menus, actions, status bar: hundreds of events before
# the first paint) about 25 ms more than the bare one, a cost of the benchmark, not of cnil-case.
WATCH = """
import json, resource, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
marks = {}

def watch_first_paint(window_class, quit_after=False):
    painted_by_qt = window_class.paintEvent

    def paintEvent(self, event):
        painted_by_qt(self, event)
        if "painted" not in marks and self.isWindow():
            marks["painted"] = time.monotonic()
            if quit_after:
                QTimer.singleShot(0, QApplication.instance().quit)

    window_class.paintEvent = paintEvent

app = QApplication(sys.argv[:1])
"""

BARE = WATCH + """
class Bare(QWidget):
    pass

watch_first_paint(Bare, quit_after=True)
window = Bare()
window.resize(1280, 800)
window.show()
app.exec()
"""

OURS = WATCH + """
from cnil_case.ui import mainwindow
watch_first_paint(mainwindow.MainWindow)
from cnil_case import cli
code = cli.main(["--demo"])
marks["loaded"] = time.monotonic()
"""

REPORT = """
marks["peak_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps(marks))
"""


def _measure(code: str, env: dict[str, str]) -> dict[str, float]:
    """Seconds from the process start to each mark, and the peak RSS (MiB)."""
    began = time.monotonic()
    result = subprocess.run([sys.executable, "-c", code + REPORT], env=env, capture_output=True, text=True,
                            check=False)
    if result.returncode != 0:
        raise SystemExit(f"benchmark process failed with {result.returncode}:\n{result.stderr}")
    marks = json.loads(result.stdout.strip().splitlines()[-1])
    return {k: (v if k == "peak_mib" else v - began) for k, v in marks.items()}


def main() -> dict[str, float]:
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CNIL_CASE_HOME": home, "CNIL_CASE_EXIT_AFTER_START": "1"}
        _measure(OURS, env)  # first start creates and migrates the demo workspace: not timed
        bare = [_measure(BARE, env) for _ in range(RUNS)]
        ours = [_measure(OURS, env) for _ in range(RUNS)]
    bare_s = statistics.median(r["painted"] for r in bare)
    painted_s = statistics.median(r["painted"] for r in ours)
    loaded_s = statistics.median(r["loaded"] for r in ours)
    bare_mb = max(r["peak_mib"] for r in bare)
    ours_mb = max(r["peak_mib"] for r in ours)
    return {
        "bare_window_painted_s": round(bare_s, 3),
        "main_window_painted_s": round(painted_s, 3),
        "painted_ratio": round(painted_s / bare_s, 2),
        "demo_case_loaded_s": round(loaded_s, 3),
        "loaded_ratio": round(loaded_s / bare_s, 2),
        "bare_window_peak_mib": round(bare_mb, 1),
        "main_window_peak_mib": round(ours_mb, 1),
        "memory_ratio": round(ours_mb / bare_mb, 2),
    }


if __name__ == "__main__":
    print(json.dumps(main()))
