"""Accessibility: every input control of the main window, its case tabs and its dialogs has an
accessible name, and the Overview form is visited by Tab in the order it is read."""

from __future__ import annotations

import itertools
from collections import Counter
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from cnil_case.ui import accessibility, mainwindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints",
                                       "This plugin does not support raise")


# Controls that only their own module can name (a list or table with no label near it, a combo
# whose purpose only its module knows), with the line each needs; see the report. A control that
# gets its name must leave this list: the test fails until it does, like a new unnamed control.
KNOWN_UNNAMED: Counter[str] = Counter()


def check(unnamed: list[QWidget] | list[str], known: Counter[str]) -> None:
    """Fail on controls beyond the known ones (``unnamed``: widgets, or their ``unnamed_report`` lines)."""
    lines = [w if isinstance(w, str) else unnamed_report([w]) for w in unnamed]
    found = Counter(line.split(": ", 1)[0] for line in lines)
    new = [line for line in lines if found[line.split(": ", 1)[0]] > known[line.split(": ", 1)[0]]]
    assert not new, "controls without an accessible name:\n" + "\n".join(new)
    fixed = known - found
    assert not fixed, f"named now, remove from KNOWN_UNNAMED: {dict(fixed)}"


KNOWN_DIALOG_UNNAMED: Counter[str] = Counter()


def unnamed_report(widgets: list[QWidget]) -> str:
    return "\n".join(f"{accessibility.owner(w)}: {accessibility.describe(w)}" for w in widgets)


def test_every_control_of_the_window_and_its_case_tabs_is_named(window: mainwindow.MainWindow, qtbot: QtBot,
                                                               sample_case: dict[str, int]) -> None:
    window.show()
    window.open_case(sample_case["case"])
    for index in range(window.case_view.count()):
        window.case_view.setCurrentIndex(index)  # some tabs build their content when first shown
        qtbot.wait(10)
    window.show_dashboard()
    unnamed = accessibility.name_controls(window)
    check(unnamed, KNOWN_UNNAMED)
    named = [w for w in accessibility.controls(window) if w.accessibleName().strip()]
    assert len(named) > 60


def test_dialogs_reached_without_a_modal_loop(window: mainwindow.MainWindow, qtbot: QtBot,
                                              sample_case: dict[str, int], monkeypatch: pytest.MonkeyPatch) -> None:
    """Dialogs shown modeless (search, register, integrity, operator) are named too."""
    window.show()
    window.open_case(sample_case["case"])
    shown: list[str] = []
    unnamed: list[str] = []

    def exec_(dialog: QDialog) -> int:
        # Named while it exists: a modal dialog is deleted once exec() returns.
        shown.append(type(dialog).__name__)
        unnamed.extend(unnamed_report([w]) for w in accessibility.name_controls(dialog))
        return 0

    monkeypatch.setattr(QDialog, "exec", exec_)
    for action in (window.act_search, window.act_integrity, window.act_operator, window.act_register,
                   window.act_settings, window.act_organisations):
        action.trigger()
        qtbot.wait(10)
    for dialog in window.findChildren(QDialog):
        if dialog.isVisible():
            shown.append(type(dialog).__name__)
            unnamed.extend(unnamed_report([w]) for w in accessibility.name_controls(dialog))
    assert {"SearchDialog", "IntegrityDialog", "SettingsDialog", "OrganisationsDialog"} <= set(shown), shown
    check(unnamed, KNOWN_DIALOG_UNNAMED)


def test_form_labels_placeholders_and_tooltips_name_controls(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import (
        QCheckBox,
        QFormLayout,
        QLabel,
        QLineEdit,
        QSpinBox,
        QTableView,
        QToolButton,
    )

    root = QWidget()
    qtbot.addWidget(root)
    form = QFormLayout(root)
    by_form, spin, buddied = QLineEdit(), QSpinBox(), QLineEdit()
    form.addRow("&Reference\u202f:", by_form)
    form.addRow("Count:", spin)
    label = QLabel("&Owner")
    label.setBuddy(buddied)
    form.addRow(label)
    form.addRow(buddied)
    placeholder = QLineEdit()
    placeholder.setPlaceholderText("Find in titles")
    form.addRow(placeholder)
    tool = QToolButton()
    tool.setToolTip("Clear the filter")
    form.addRow(tool)
    nothing, silent_box, table = QLineEdit(), QCheckBox(), QTableView()
    form.addRow(nothing)
    form.addRow(silent_box)
    form.addRow(table)
    unnamed = accessibility.name_controls(root)
    assert [by_form.accessibleName(), spin.accessibleName(), buddied.accessibleName(),
            placeholder.accessibleName(), tool.accessibleName()] == \
        ["Reference", "Count", "Owner", "Find in titles", "Clear the filter"]
    assert set(map(id, unnamed)) == {id(nothing), id(silent_box), id(table)}
    assert spin.findChildren(QLineEdit)[0].accessibleName() == ""  # inner parts are left alone


def test_overview_tab_order_follows_the_visual_order(window: mainwindow.MainWindow, qtbot: QtBot,
                                                     sample_case: dict[str, int]) -> None:
    window.show()
    window.open_case(sample_case["case"])
    form = window.case_view.overview
    window.case_view.setCurrentWidget(form)
    qtbot.wait(10)
    chain = accessibility.focus_chain(form)
    assert len(chain) > 10

    def position(w: QWidget) -> Any:
        p = w.mapTo(form, w.rect().topLeft())
        return (p.y() // 8, p.x())  # rows within a few pixels are one line, read left to right

    out_of_order = [(accessibility.describe(a), accessibility.describe(b)) for a, b in itertools.pairwise(chain)
                    if position(b) < position(a)]
    assert not out_of_order, "Tab goes backwards:\n" + "\n".join(f"{a}  ->  {b}" for a, b in out_of_order)
