"""core/ and report/ never import Qt: the CLI runs headless and core tests need no QApplication."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import cnil_case.core
import cnil_case.report


def _modules(package: object) -> list[str]:
    return [
        info.name
        for info in pkgutil.walk_packages(package.__path__, package.__name__ + ".")  # type: ignore[attr-defined]
        if ".migrations.versions." not in info.name and not info.name.endswith("migrations.env")
    ]


def test_core_and_report_never_import_qt() -> None:
    modules = _modules(cnil_case.core) + _modules(cnil_case.report)
    assert "cnil_case.core.cases" in modules
    script = "\n".join(
        [f"import {name}" for name in modules]
        + [
            "import sys",
            "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))",
            "assert not bad, bad",
        ]
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr


def test_no_select_or_session_in_ui_outside_tasks() -> None:
    from pathlib import Path

    ui = Path(cnil_case.core.__file__).parent.parent / "ui"
    offenders = []
    for path in ui.glob("*.py"):
        if path.name == "tasks.py":
            continue
        text = path.read_text(encoding="utf-8")
        if "from sqlalchemy" in text or "import sqlalchemy" in text:
            offenders.append(path.name)
    assert offenders == []
