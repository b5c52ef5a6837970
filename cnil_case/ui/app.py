"""The GUI's composition root: display check, logging, Qt set-up, workspace, crash handler, window."""

from __future__ import annotations

import logging
import os
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QWidget

from cnil_case import __version__, cli, paths
from cnil_case.core import errors
from cnil_case.ui import language, mainwindow, preferences, theme

if TYPE_CHECKING:
    # Imported in ``run`` once the frame has painted: SQLAlchemy alone takes longer to import
    # than a bare Qt window takes to show.
    from cnil_case.core import crypto, db, vault
    from cnil_case.ui import idlelock, tasks

log = logging.getLogger(__name__)

LOG_FILE = "cnil-case.log"
# Set by smoke tests of an installed wheel: open the window, load the case, then exit 0.
EXIT_AFTER_START = "CNIL_CASE_EXIT_AFTER_START"
APP_FONT = "DejaVu Sans"


def log_path() -> Path:
    return paths.log_dir() / LOG_FILE


def setup_logging() -> Path:
    """Log to a rotating file in the user's data directory; calling it again changes nothing."""
    import logging.handlers  # after the first paint: it takes a few milliseconds to import

    path = log_path()
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "cnil_case", False)]:
        if Path(getattr(handler, "baseFilename", "")) == path:
            return path
        # The data directory moved (CNIL_CASE_HOME changed): log to the new place only.
        root.removeHandler(handler)
        handler.close()
    new = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    new.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    new.cnil_case = True  # type: ignore[attr-defined]
    root.addHandler(new)
    if root.level > logging.INFO or root.level == logging.NOTSET:
        root.setLevel(logging.INFO)
    return path


def load_fonts() -> None:
    """Register the bundled DejaVu fonts and make DejaVu Sans the application font.

    The Qt wheels ship no fonts, and a bare system may have none that cover French text.
    """
    for font_file in sorted(paths.fonts_dir().glob("*.ttf")):
        if QFontDatabase.addApplicationFont(str(font_file)) < 0:
            log.warning("could not load the font %s", font_file)
    font = QFont(APP_FONT)
    font.setPointSize(10)
    QApplication.setFont(font)


class CrashHandler:
    """The one ``sys.excepthook``: log the traceback, show the crash dialog, keep running."""

    def __init__(self, log_file: Path) -> None:
        self._log_file = log_file
        self._showing = False

    def __call__(self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        details = "".join(traceback.format_exception(kind, exc, tb))
        log.error("unexpected error\n%s", details)
        if self._showing or QApplication.instance() is None:
            # An error while the dialog is open (or before Qt is up) is logged only.
            print(details, file=sys.stderr)
            return
        self._showing = True
        from cnil_case.ui import messages

        try:
            parent = QApplication.activeWindow()
            messages.show_crash(parent if isinstance(parent, QWidget) else None,
                                f"{kind.__name__}: {exc}", details, str(self._log_file))
        finally:
            self._showing = False


def _quit_when_idle(app: QApplication, runner: tasks.Tasks) -> None:
    """Quit once the start-up loads have been delivered (the event loop must run first)."""

    def check() -> None:
        if runner.busy:
            QTimer.singleShot(50, check)
        else:
            app.quit()

    QTimer.singleShot(0, check)


def build_main_window(tasks_runner: tasks.Tasks, *, workspace: str, open_case: int | None = None,
                      store: vault.Vault | None = None,
                      prefs: preferences.Preferences | None = None) -> mainwindow.MainWindow:
    """The window, built and wired to its collaborators, not yet shown (tests use this too)."""
    window = mainwindow.MainWindow(tasks=tasks_runner, workspace=workspace,
                                   preferences=prefs or preferences.Preferences.for_user(), vault=store)
    if open_case is not None:
        window.open_case(open_case)
    return window


def _follow_language(app: QApplication, window: mainwindow.MainWindow,
                     make_window: Callable[[], mainwindow.MainWindow]) -> None:
    """When the settings change the language, rebuild the window in it, on the same case.

    Every text of the window is set when it is built; building it again in the new language is
    simpler and surer than re-translating each widget in place. The old window closes first, so
    unsaved edits are asked about (and a refusal keeps it, in the old language, until restart).
    """

    def switch(choice: str) -> None:
        old = current[0]
        case_id, geometry = old.current_case_id(), old.saveGeometry()
        app.setQuitOnLastWindowClosed(False)
        try:
            if not old.close():
                return
            language.install(app, language.chosen(choice))
            new = make_window()
            new.restoreGeometry(geometry)
            new.language_chosen.connect(switch)
            new.show()
            if case_id is not None:
                new.open_case(case_id)
            current[0] = new
            old.deleteLater()
        finally:
            app.setQuitOnLastWindowClosed(True)

    current = [window]
    window.language_chosen.connect(switch)


def run(target: str, *, demo_case: bool = False, open_case: int | None = None,
        passphrase: crypto.Secret | None = None) -> int:
    """Start the GUI on a workspace (a file path or an SQLAlchemy URL); return the exit code.

    The window's frame paints first; then the workspace is opened (and migrated) on a thread,
    with the demo case loaded into it when ``demo_case``, which is then the case opened. An
    encrypted workspace is opened with ``passphrase`` (from the command line's environment or
    file) or, without one, with what the passphrase dialog asks; it then locks when idle.
    """
    problem = cli.display_problem()
    if problem:
        print(f"cnil-case: error: {problem}", file=sys.stderr)
        return 1
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setApplicationName("cnil-case")
    app.setApplicationVersion(__version__)
    # Fusion, light or dark as the system is, and following it while running.
    app.setProperty("cnil_theme", theme.apply(app))
    load_fonts()
    prefs = preferences.Preferences.for_user()
    language.install(app, language.chosen(prefs.language))
    window = mainwindow.MainWindow(preferences=prefs, build=False)
    # The frame ("Opening workspace…") paints now: before the core is imported, before the
    # workspace is opened (a migration can take a while) and before the panes are built.
    window.show()
    app.processEvents()

    log_file = setup_logging()
    log.info("cnil-case %s starting on %s", __version__, target)
    from cnil_case.core import db, recovery, team, vault
    from cnil_case.ui import clipboard, recent, tasks

    def not_opened(exc: errors.UserError) -> int:
        window.close()
        return _not_opened(exc)

    try:
        url = db.to_url(target)
    except errors.UserError as exc:
        return not_opened(exc)
    workspace = db.describe(url)
    encrypted = db.is_encrypted(url)
    app.aboutToQuit.connect(clipboard.clear_sensitive)
    try:
        if encrypted:
            passphrase = _ask_passphrase(url, workspace, passphrase)
            if passphrase is None:
                window.close()
                return 1  # cancelled: nothing was opened
        store = vault.open_for(team.vault_root(url, paths.data_dir()), passphrase=passphrase, encrypted=encrypted)
        engine, demo_case_id = _open_while_shown(app, target, passphrase, demo_case=demo_case)
    except errors.UserError as exc:
        return not_opened(exc)
    if not window.isVisible():
        # Closed by the user while the workspace was opening.
        engine.dispose()
        return 0
    session_factory = db.session_factory(engine)
    runner = tasks.Tasks(session_factory, where=workspace)
    recent.RecentWorkspaces().add(target)
    previous_hook = sys.excepthook
    sys.excepthook = CrashHandler(log_file)
    try:
        window.build(tasks=runner, vault=store, workspace=workspace)
        # The start-up check (docs/integrity.md), off the GUI thread: stale vault .part files are
        # removed, unreferenced vault files reported; what it did shows in the status bar.
        runner.run_io(lambda: recovery.check(session_factory, store), parent=window,
                      success=lambda report: window.statusBar().showMessage(report.message, 30_000)
                      if report.message else None)
        if demo_case_id is not None:
            open_case = demo_case_id
        if open_case is not None:
            window.open_case(open_case)
        if store.encrypted:
            _install_idle_lock(window, store)
        _follow_language(app, window, lambda: build_main_window(runner, workspace=workspace, store=store,
                                                                prefs=prefs))
        if os.environ.get(EXIT_AFTER_START):
            _quit_when_idle(app, runner)
        return app.exec()
    finally:
        runner.shutdown()
        engine.dispose()
        sys.excepthook = previous_hook


def _ask_passphrase(url: db.URL, workspace: str, given: crypto.Secret | None) -> crypto.Secret | None:
    """The passphrase that opens the workspace: the one given if right, else asked until right or cancelled."""
    from cnil_case.core import db
    from cnil_case.ui import passphrasedialog

    error = ""
    if given is not None:
        if db.passphrase_opens(url, given):
            return given
        error = QCoreApplication.translate("app", "The passphrase given (CNIL_CASE_PASSPHRASE or file) is wrong.")
    while True:
        secret = passphrasedialog.PassphraseDialog.ask(None, workspace=workspace, error=error)
        if secret is None:
            return None
        if db.passphrase_opens(url, secret):
            return secret
        error = QCoreApplication.translate("app", "Wrong passphrase: try again.")


def _install_idle_lock(window: mainwindow.MainWindow, store: vault.Vault) -> idlelock.IdleLock:
    """Lock the window after the idle time of the settings; the passphrase is checked on the vault header."""
    from cnil_case.ui import idlelock

    prefs = window.preferences
    lock = idlelock.IdleLock(window, check=idlelock.vault_check(store.root), minutes=prefs.idle_lock_minutes)
    prefs.changed.connect(lambda: lock.set_minutes(prefs.idle_lock_minutes))
    return lock


def _not_opened(exc: errors.UserError) -> int:
    from cnil_case.ui import messages

    print(f"cnil-case: {exc}", file=sys.stderr)
    log.warning("cannot open the workspace: %s", exc)
    messages.show_error(None, exc)
    return 1


def _open_while_shown(app: QApplication, target: str, passphrase: crypto.Secret | None = None, *,
                      demo_case: bool = False) -> tuple[db.Engine, int | None]:
    """Open (and migrate) the workspace on a thread of its own while the window keeps painting;
    with ``demo_case``, also load the demo case into it if it is not there yet, and give its id.

    Not through ``tasks``: this runs before the database thread has a database, and an error,
    user's or bug, must come back here as if raised by ``db.open_workspace`` itself.
    """
    from cnil_case.core import db, demo

    outcome: dict[str, Any] = {}

    def work() -> None:
        try:
            if passphrase is None:
                engine, factory = db.open_workspace(target)
            else:
                engine, factory = db.open_workspace(target, passphrase=passphrase)
            outcome["engine"] = engine
            if demo_case:
                with factory.begin() as session:
                    outcome["demo_case"] = demo.ensure_demo_case(session)
        except BaseException as exc:  # re-raised on the GUI thread below
            outcome["error"] = exc

    worker = threading.Thread(target=work, name="cnil-open", daemon=True)
    worker.start()
    while worker.is_alive():
        app.processEvents()
        worker.join(0.02)
    if "error" in outcome:
        if "engine" in outcome:
            outcome["engine"].dispose()
        raise outcome["error"]
    engine: db.Engine = outcome["engine"]
    return engine, outcome.get("demo_case")
