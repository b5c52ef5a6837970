"""Start-up of cnil-case on the demo case against a bare Qt window, in fresh processes.

Run: ``python -m bench.startup``. Each side runs in its own process, offscreen. Two moments count
from the process start:

- *window painted*: the first paint of the main window is done (the last paint event of the
  burst the first one starts): what the user sees first. For cnil-case that is the main window's
  frame: title, menus, status bar with the workspace, and "Opening workspace…" where the panes
  go (``ui/app.py`` shows it before importing and building the panes);
- *case loaded*: cnil-case only: the case list, the demo case and every start-up query have been
  delivered (``CNIL_CASE_EXIT_AFTER_START``), and the event loop has returned.

The bare side shows a ``QWidget`` the size of our window and stops at its first paint. Both
children create the ``QApplication`` first so that the same event filter can see the first
paint; cnil-case would create it a little later but do the same work. Prints one JSON line:
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

# The first paint of a window is a burst of paint events (the window, then each child) handled
# in one go; its end is the last paint event within BURST_S of the first one. Nothing else paints
# that soon: cnil-case builds its panes right after, without returning to the event loop.
WATCH = """
import json, resource, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget
BURST_S = 0.05
marks = {}

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            now = time.monotonic()
            if "first_paint" not in marks and watched.isWindow():
                marks["first_paint"] = marks["painted"] = now
                if QUIT_ON_PAINT:
                    QTimer.singleShot(int(BURST_S * 2000), QApplication.instance().quit)
            elif "first_paint" in marks and now - marks["first_paint"] < BURST_S:
                marks["painted"] = now
        return False

app = QApplication(sys.argv[:1])
watch = FirstPaint()
app.installEventFilter(watch)
"""

BARE = "QUIT_ON_PAINT = True\n" + WATCH + """
window = QWidget()
window.resize(1280, 800)
window.show()
app.exec()
"""

OURS = "QUIT_ON_PAINT = False\n" + WATCH + """
from cnil_case import cli
code = cli.main(["--demo"])
marks["loaded"] = time.monotonic()
"""

REPORT = """
marks.pop("first_paint", None)
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
