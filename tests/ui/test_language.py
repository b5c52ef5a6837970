"""The interface language: French installed at run time, dates and numbers, core phrases, the switch."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cnil_case.core import deadlines, periods, vault
from cnil_case.core.phrases import Day, Duration, Holiday, Phrase
from cnil_case.ui import app, dashboardview, language, mainwindow, preferences, tasks


@pytest.fixture(autouse=True)
def _english_afterwards(qapp: QApplication) -> Iterator[None]:
    yield
    language.install(qapp, "en")


def _menus(window: mainwindow.MainWindow) -> list[str]:
    return [a.text().replace("&", "") for a in window.menuBar().actions()]


def test_the_language_follows_the_preference_then_the_system() -> None:
    assert language.chosen("fr") == "fr" and language.chosen("en") == "en"
    assert language.chosen("", QLocale(QLocale.Language.French, QLocale.Country.Belgium)) == "fr"
    assert language.chosen("", QLocale(QLocale.Language.German, QLocale.Country.Germany)) == "en"


def test_french_dates_numbers_and_phrases(qapp: QApplication) -> None:
    assert language.install(qapp, "fr") == "fr"
    moment = dt.datetime(2024, 2, 7, 17, 0, tzinfo=dt.UTC)
    assert language.instant(moment, "Europe/Paris") == "7 févr. 2024 18:00 (UTC+01:00)"
    assert language.number(1_234_567) in ("1\u202f234\u202f567", "1\u00a0234\u00a0567")
    assert language.text(Day(dt.date(2024, 3, 4))) == "lun. 4 mars 2024"
    assert language.text(Duration(dt.timedelta(days=3, hours=4, minutes=5))).replace("\xa0", " ") == "3 j 04 h 05 min"
    assert QCoreApplication.translate("labels", "Closed") == "Clos"
    phrase = Phrase("deadlines", "Overdue by {late} (deadline {due}).", late=Duration(dt.timedelta(hours=5)),
                    due=deadlines.describe_moment(moment, "Europe/Paris"))
    assert str(phrase) == "Overdue by 5 h 00 min (deadline Wed 2024-02-07 18:00 (UTC+01:00))."
    french = language.text(phrase).replace("\xa0", " ")
    assert "5 h 00 min" in french and "mer. 7 févr. 2024 18:00 (UTC+01:00)" in french and "Overdue" not in french


def test_french_names_holidays_and_calendars(qapp: QApplication) -> None:
    end = periods.period_end(dt.datetime(2024, 3, 28, 10, 0, tzinfo=dt.UTC), 3, periods.Unit.DAYS,
                             zone="Europe/Paris", calendar=periods.calendar("57"))
    roll = next(step for step in end.steps if "Art. 3(4)" in step)
    named = next(step for step in end.steps if step.startswith("Public holidays"))
    assert "Easter Monday" in roll and "Moselle" in named
    assert language.install(qapp, "fr") == "fr"
    assert language.text(Holiday(dt.date(2024, 4, 1))) == "Lundi de Pâques"
    french = language.text(roll)
    assert "Lundi de Pâques" in french and "Easter" not in french and "public holiday" not in french
    assert language.text(periods.calendar(None).label) == "France (liste nationale)"
    assert language.text(named).endswith("France, Alsace-Moselle (Moselle)") and "Public" not in language.text(named)
    zero = periods.period_end(dt.datetime(2024, 3, 28, 10, 0, tzinfo=dt.UTC), 0, periods.Unit.DAYS, zone="Europe/Paris")
    assert "0 jour :" in language.text(next(s for s in zero.steps if s.startswith("A period of 0"))).replace("\u202f", " ")


def test_english_is_the_source(qapp: QApplication) -> None:
    assert language.install(qapp, "en") == "en"
    moment = dt.datetime(2024, 2, 7, 17, 0, tzinfo=dt.UTC)
    assert language.instant(moment, "Europe/Paris") == "7 Feb 2024 18:00 (UTC+01:00)"
    assert language.number(1_234_567) == "1,234,567"
    assert QCoreApplication.translate("labels", "Closed") == "Closed"


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_switching_language_rebuilds_the_window_on_the_same_case(
    qtbot: QtBot, qapp: QApplication, inline_tasks: tasks.Tasks, workspace_path: Any,
    prefs: preferences.Preferences, store: vault.Vault, sample_case: dict[str, int],
) -> None:
    def make() -> mainwindow.MainWindow:
        built = mainwindow.MainWindow(tasks=inline_tasks, workspace=str(workspace_path), preferences=prefs, vault=store)
        qtbot.addWidget(built)
        return built

    first = make()
    first.show()
    first.open_case(sample_case["case"])
    assert _menus(first)[:2] == ["File", "Case"]
    app._follow_language(qapp, first, make)
    first.language_chosen.emit("fr")
    french = [w for w in QApplication.topLevelWidgets() if isinstance(w, mainwindow.MainWindow) and w.isVisible()]
    assert len(french) == 1 and french[0] is not first
    assert _menus(french[0])[:2] == ["Fichier", "Dossier"]
    qtbot.waitUntil(lambda: french[0].current_case_id() == sample_case["case"])
    french[0].language_chosen.emit("en")
    english = [w for w in QApplication.topLevelWidgets() if isinstance(w, mainwindow.MainWindow) and w.isVisible()]
    assert len(english) == 1 and _menus(english[0])[:2] == ["File", "Case"]


def test_the_dashboard_names_regimes_in_french(qapp: QApplication, qtbot: QtBot, inline_tasks: tasks.Tasks,
                                               prefs: preferences.Preferences) -> None:
    language.install(qapp, "fr")
    view = dashboardview.DashboardView(tasks=inline_tasks, preferences=prefs)
    qtbot.addWidget(view)
    gdpr = view.regime.findData("gdpr")
    assert view.regime.itemText(gdpr) == "RGPD"
    assert view.regime.itemData(gdpr, Qt.ItemDataRole.ToolTipRole) == "Règlement (UE) 2016/679, art. 33 et 34"
    assert view.regime.itemText(view.regime.findData("fr_health")) == "Incidents SI de santé (France)"
