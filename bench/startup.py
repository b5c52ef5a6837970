"""Start-up of the main window on the demo case against a bare Qt window, in fresh processes.

Run: ``python -m bench.startup``. Each side runs in its own process, offscreen, until its first
event loop turn is done (ours: until the case list and the demo case have loaded). Prints one
JSON line: median wall time and peak resident memory of each side, and the ratios.
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

BARE = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
window = QWidget()
window.resize(1280, 800)
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""

OURS = "import sys; from cnil_case import cli; sys.exit(cli.main(['--demo']))"


def _measure(code: str, env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds and peak RSS (MiB) of one process running ``code``."""
    began = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-c", code], env=env, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - began
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"benchmark process failed with {process.returncode}")
    return elapsed, usage.ru_maxrss / 1024


def main() -> dict[str, float]:
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CNIL_CASE_HOME": home, "CNIL_CASE_EXIT_AFTER_START": "1"}
        _measure(OURS, env)  # first start creates and migrates the demo workspace: not timed
        bare = [_measure(BARE, env) for _ in range(RUNS)]
        ours = [_measure(OURS, env) for _ in range(RUNS)]
    bare_s = statistics.median(t for t, _ in bare)
    ours_s = statistics.median(t for t, _ in ours)
    bare_mb = max(m for _, m in bare)
    ours_mb = max(m for _, m in ours)
    return {
        "bare_window_s": round(bare_s, 3),
        "main_window_on_demo_s": round(ours_s, 3),
        "time_ratio": round(ours_s / bare_s, 2),
        "bare_window_peak_mib": round(bare_mb, 1),
        "main_window_peak_mib": round(ours_mb, 1),
        "memory_ratio": round(ours_mb / bare_mb, 2),
    }


if __name__ == "__main__":
    print(json.dumps(main()))
