"""A real wheel: it holds the resources, installs in a fresh venv and runs from there, offline."""

from __future__ import annotations

import os
import shutil
import site
import subprocess
import sys
import sysconfig
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

import cnil_case

pytestmark = pytest.mark.slow

CHECKOUT = Path(cnil_case.__file__).resolve().parent.parent
# What a source copy leaves out: build products, caches, and the checkout's own environment.
_NOT_SOURCE = shutil.ignore_patterns(
    ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".pytest_cache", ".mypy_cache",
    ".ruff_cache", ".hypothesis", "screenshots",
)


@dataclass(frozen=True)
class Installed:
    wheel: Path
    venv: Path
    home: Path
    cwd: Path

    @property
    def command(self) -> Path:
        return self.venv / "bin" / "cnil-case"

    @property
    def python(self) -> Path:
        return self.venv / "bin" / "python"

    def env(self, **extra: str) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "CNIL_CASE_DB", "VIRTUAL_ENV")}
        return {**env, "CNIL_CASE_HOME": str(self.home), "QT_QPA_PLATFORM": "offscreen", **extra}

    def run(self, *argv: str | Path, **extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(a) for a in argv], capture_output=True, text=True, check=False, timeout=300,
            cwd=self.cwd, env=self.env(**extra),
        )


def _build_wheel(tmp: Path) -> Path:
    """Build from a copy of the checkout, so the test leaves no build/ or egg-info behind."""
    source = tmp / "src"
    shutil.copytree(CHECKOUT, source, ignore=_NOT_SOURCE)
    dist = tmp / "dist"
    # --no-isolation: setuptools and wheel come from this venv, so no download is needed.
    result = subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(dist), str(source)],
        capture_output=True, text=True, check=False, timeout=600,
    )
    if result.returncode != 0:
        hint = ""
        if "Unmet dependencies" in result.stdout + result.stderr:
            hint = " (the test extras must provide the build backend: setuptools>=69 and wheel)"
        pytest.fail(f"building the wheel failed{hint}:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}")
    (wheel,) = dist.glob("cnil_case-*.whl")
    return wheel


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    tmp = tmp_path_factory.mktemp("packaging")
    wheel = _build_wheel(tmp)
    venv = tmp / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(venv / "bin" / "python"), "install", "--quiet",
         "--no-deps", "--no-index", str(wheel)],
        check=True, timeout=300, capture_output=True,
    )
    # The dependencies (Qt, SQLAlchemy…) come from this venv through a plain path entry: no
    # network, and this venv's own .pth files (the editable install of the checkout) stay unread.
    target_site = Path(
        subprocess.run(
            [str(venv / "bin" / "python"), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            capture_output=True, text=True, check=True,
        ).stdout.strip()
    )
    parents = [p for p in {*site.getsitepackages(), sysconfig.get_paths()["purelib"]} if Path(p).is_dir()]
    (target_site / "parent-venv.pth").write_text("\n".join(sorted(parents)) + "\n", encoding="utf-8")
    cwd = tmp / "elsewhere"  # not the checkout: nothing may resolve through the working directory
    cwd.mkdir()
    home = tmp / "home"
    home.mkdir()
    return Installed(wheel=wheel, venv=venv, home=home, cwd=cwd)


def test_wheel_holds_resources_reports_and_migrations(installed: Installed) -> None:
    names = set(zipfile.ZipFile(installed.wheel).namelist())
    for required in (
        "cnil_case/resources/fonts/DejaVuSans.ttf",
        "cnil_case/resources/demo/viamedis-almerys.json",
        "cnil_case/resources/schema/case-document.schema.json",
        "cnil_case/core/migrations/script.py.mako",
        "cnil_case/core/migrations/env.py",
        "cnil_case/cli.py",
        "cnil_case/ui/app.py",
    ):
        assert required in names, required
    versions = sorted(p.name for p in (CHECKOUT / "cnil_case" / "core" / "migrations" / "versions").glob("*.py"))
    assert versions
    for version in versions:
        assert f"cnil_case/core/migrations/versions/{version}" in names
    reports = sorted(p.relative_to(CHECKOUT).as_posix() for p in (CHECKOUT / "reports").rglob("*") if p.is_file())
    assert reports
    for report in reports:
        assert f"cnil_case/{report}" in names
    assert not any(name.startswith(("tests/", "resources/", "reports/")) for name in names)


def test_installed_command_runs_from_site_packages(installed: Installed) -> None:
    result = installed.run(installed.command, "--help")
    assert result.returncode == 0, result.stderr
    assert "export" in result.stdout
    result = installed.run(installed.command, "--version")
    assert (result.returncode, result.stdout) == (0, f"cnil-case {cnil_case.__version__}\n")
    result = installed.run(installed.command, "cases", "--db", installed.cwd / "x.sqlite")
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")
    result = installed.run(installed.command, "--demo", "cases")
    assert result.returncode == 0, result.stderr
    assert "DEMO-VIAMEDIS-ALMERYS-2024" in result.stdout
    # The deadlines need the regime table and the holiday calendars, nothing from the checkout.
    result = installed.run(installed.command, "--demo", "deadlines", "DEMO-VIAMEDIS-ALMERYS-2024", "--json")
    assert result.returncode == 0, result.stderr
    assert "gdpr_33_2" in result.stdout

    where = installed.run(
        installed.python, "-c",
        "import cnil_case, cnil_case.paths as p; print(cnil_case.__file__); print(p.resources_dir()); "
        "print(p.reports_dir()); print(p.case_document_schema().is_file())",
    )
    assert where.returncode == 0, where.stderr
    package, resources, reports, schema_found = where.stdout.splitlines()
    site_packages = str(installed.venv)
    assert package.startswith(site_packages) and "site-packages" in package
    assert resources.startswith(site_packages) and resources.endswith("cnil_case/resources")
    assert reports.startswith(site_packages) and reports.endswith("cnil_case/reports")
    assert schema_found == "True"


def test_installed_demo_window_starts_offscreen(installed: Installed) -> None:
    app_source = next(installed.venv.glob("lib/python*/site-packages/cnil_case/ui/app.py")).read_text(encoding="utf-8")
    if "CNIL_CASE_EXIT_AFTER_START" not in app_source:
        pytest.skip("ui/app.py does not honour CNIL_CASE_EXIT_AFTER_START yet: the window would block the test")
    result = installed.run(installed.command, "--demo", CNIL_CASE_EXIT_AFTER_START="1")
    assert result.returncode == 0, result.stderr
    assert (installed.home / "demo").is_dir()
