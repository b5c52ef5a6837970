"""The README's pictures: the main views on the demo case, grabbed offscreen, in English and French.

Run: ``make screenshots`` (or ``QT_QPA_PLATFORM=offscreen python -m scripts.screenshots [DIR]``);
writes PNG files to ``docs/screenshots/`` by default. The clock is frozen on 3 February 2024,
14:00 in Paris, two days into the Viamedis / Almerys breach, so the deadlines read as they did
then rather than as years overdue. A throw-away data folder is used: the user's workspace and
settings are not touched.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

FROZEN = dt.datetime(2024, 2, 3, 13, 0, tzinfo=dt.UTC)
SIZE = (1360, 860)


def _settle(app: object, runner: object, seconds: float = 0.4) -> None:
    """Let the database thread deliver, and the widgets paint."""
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + 30
    while getattr(runner, "busy", False) and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.02)
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.02)


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else Path(__file__).resolve().parent.parent / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    home = tempfile.mkdtemp(prefix="cnil-shots-")
    os.environ["CNIL_CASE_HOME"] = home
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, home)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    app = QApplication(["cnil-case"])

    from cnil_case import paths
    from cnil_case.core import db, demo
    from cnil_case.ui import app as gui
    from cnil_case.ui import language, mainwindow, preferences, tasks, wallclock

    wallclock.now = lambda: FROZEN  # type: ignore[assignment]
    gui.load_fonts()
    paths.demo_workspace().parent.mkdir(parents=True, exist_ok=True)
    engine, factory = db.open_workspace(paths.demo_workspace())
    with factory.begin() as session:
        case_id = demo.ensure_demo_case(session)
    runner = tasks.Tasks(factory, where="demo")
    written = []
    try:
        for lang in ("en", "fr"):
            language.install(app, lang)
            window = mainwindow.MainWindow(tasks=runner, workspace=str(paths.demo_workspace()),
                                           preferences=preferences.Preferences.for_user())
            window.resize(*SIZE)
            window.show()
            _settle(app, runner)

            def grab(name: str, window: mainwindow.MainWindow = window, lang: str = lang) -> None:
                _settle(app, runner)
                path = out / f"{name}-{lang}.png"
                window.grab().save(str(path))
                written.append(path)

            grab("home")
            window.open_case(case_id)
            _settle(app, runner)
            view = window.case_view
            for tab, name in ((view.overview, "overview"), (view.obligations, "obligations"),
                              (view.timeline, "timeline"), (view.chronology, "chronology"),
                              (view.risk, "risk")):
                if lang == "fr" and name not in ("overview", "obligations", "chronology"):
                    continue
                view.setCurrentWidget(tab)
                if tab is view.obligations and view.obligations.table.model().rowCount():
                    view.obligations.table.selectRow(0)
                grab(name)
            if lang == "en":
                view.setCurrentWidget(view.documents)
                _settle(app, runner, 3.0)  # the PDF preview is built on a thread
                grab("documents")
            window.close()
            window.deleteLater()
            _settle(app, runner)
    finally:
        runner.shutdown()
        engine.dispose()
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
