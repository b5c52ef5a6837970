"""The Affected tab: data and persons concerned, added through the dialogs; counts as shown; the
cross-border note; protection fields on the Overview; NIR masking in the event dialog."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cnil_case.core import affected, cases, db, snapshots
from cnil_case.ui import affecteddialogs, affectedmodel, eventdialog, language, mainwindow, tasks
from tests.ui import conftest
from tests.ui.conftest import Dialogs

FillDialog = Callable[..., list[Any]]


@pytest.fixture(autouse=True)
def _english(qapp: QApplication) -> Iterator[None]:
    """Numbers are written for the interface's language: English here, as the application installs it."""
    language.install(qapp, "en")
    yield
    language.install(qapp, "en")


def _add_viamedis_data(session_factory: db.SessionFactory, case_id: int) -> None:
    with session_factory.begin() as session:
        for code in ("identity", "birth_date", "nir", "insurance"):
            affected.add_data(session, case_id, snapshots.AffectedDataInput(category=code, records=33_000_000))
        affected.add_persons(session, case_id, snapshots.AffectedPersonsInput(
            category="insured", count_kind="estimate", count_low=33_000_000, countries=("FR",)))


def _cell(model: Any, row: int, column: int) -> Any:
    return model.data(model.index(row, column))


def test_add_data_through_the_dialog(
    window: mainwindow.MainWindow, qtbot: QtBot, sample_case: dict[str, int], fill_dialog: FillDialog,
    session_factory: db.SessionFactory,
) -> None:
    window.open_case(sample_case["case"])
    view = window.case_view.affected

    def fill(dialog: affecteddialogs.DataDialog) -> None:
        dialog.category.setCurrentIndex(dialog.category.findData("nir"))
        qtbot.keyClicks(dialog.records, "33 000 000")

    fill_dialog(affecteddialogs.DataDialog, fill)
    view.data_pane.add_button.click()
    model = view.data_model
    assert model.rowCount() == 1
    assert _cell(model, 0, affectedmodel.D_RECORDS) == "33,000,000"
    assert "Art. 87 (NIR)" in _cell(model, 0, affectedmodel.D_FLAGS)
    assert _cell(model, 0, affectedmodel.D_BASE).isdigit()
    with session_factory() as session:
        (row,) = affected.list_data(session, sample_case["case"])
    assert (row.category, row.records) == ("nir", 33_000_000)


def test_invalid_count_names_the_field_and_keeps_the_dialog_open(
    qtbot: QtBot, inline_tasks: tasks.Tasks, sample_case: dict[str, int], session_factory: db.SessionFactory,
) -> None:
    dialog = affecteddialogs.PersonsDialog(None, tasks=inline_tasks, case_id=sample_case["case"])
    qtbot.addWidget(dialog)
    dialog.category.setCurrentIndex(dialog.category.findData("insured"))
    dialog.count_kind.setCurrentIndex(dialog.count_kind.findData("estimate"))
    qtbot.keyClicks(dialog.count_low, "many")
    dialog.submit()
    assert dialog.saved is None
    assert dialog.error.text().startswith("Count:")
    # A range whose upper bound is below its lower one: refused by the core, named there.
    dialog.count_kind.setCurrentIndex(dialog.count_kind.findData("range"))
    dialog.count_low.setText("5,000")
    dialog.count_high.setText("1,000")
    dialog.submit()
    assert dialog.saved is None
    assert dialog.error.text().startswith("Upper bound:")
    dialog.count_high.setText("50,000")
    dialog.submit()
    assert affectedmodel.count_text(conftest.saved(dialog)) == "5,000–50,000"
    with session_factory() as session:
        assert len(affected.list_persons(session, sample_case["case"])) == 1


def test_persons_counts_and_cross_border_note(
    window: mainwindow.MainWindow, qtbot: QtBot, sample_case: dict[str, int], fill_dialog: FillDialog,
) -> None:
    window.open_case(sample_case["case"])
    view = window.case_view.affected
    assert view.border_note.isHidden()

    def fill(dialog: affecteddialogs.PersonsDialog) -> None:
        dialog.category.setCurrentIndex(dialog.category.findData("minors"))
        dialog.count_kind.setCurrentIndex(dialog.count_kind.findData("exact"))
        qtbot.keyClicks(dialog.count_low, "120")
        dialog.countries.setText("fr, be")

    fill_dialog(affecteddialogs.PersonsDialog, fill)
    view.persons_pane.add_button.click()
    model = view.persons_model
    assert _cell(model, 0, affectedmodel.P_COUNT) == "exact 120"
    assert _cell(model, 0, affectedmodel.P_COUNTRIES) == "FR, BE"
    assert "minors" in _cell(model, 0, affectedmodel.P_FLAGS)
    assert not view.border_note.isHidden()
    assert "BE" in view.border_note.text()

    # Edit to an estimate; then remove.
    def estimate(dialog: affecteddialogs.PersonsDialog) -> None:
        dialog.count_kind.setCurrentIndex(dialog.count_kind.findData("estimate"))
        dialog.count_low.setText("33,000,000")
        dialog.countries.setText("FR")

    fill_dialog(affecteddialogs.PersonsDialog, estimate)
    view.persons_table.selectRow(0)
    view.persons_pane.edit_button.click()
    assert _cell(model, 0, affectedmodel.P_COUNT) == "≈ 33,000,000"
    assert view.border_note.isHidden()
    view.persons_table.selectRow(0)
    view.persons_pane.remove_button.click()
    assert model.rowCount() == 0


def test_duplicate_category_is_refused_in_the_dialog(
    qtbot: QtBot, inline_tasks: tasks.Tasks, sample_case: dict[str, int], session_factory: db.SessionFactory,
) -> None:
    _add_viamedis_data(session_factory, sample_case["case"])
    dialog = affecteddialogs.DataDialog(None, tasks=inline_tasks, case_id=sample_case["case"])
    qtbot.addWidget(dialog)
    dialog.category.setCurrentIndex(dialog.category.findData("nir"))
    dialog.submit()
    assert dialog.saved is None
    assert dialog.error.text().startswith("Category:")


def test_count_texts() -> None:
    def row(kind: str, low: int | None = None, high: int | None = None) -> snapshots.AffectedPersonsInput:
        return snapshots.AffectedPersonsInput(category="insured", count_kind=kind, count_low=low, count_high=high)

    assert affectedmodel.count_text(row("estimate", 33_000_000)) == "≈ 33,000,000"
    assert affectedmodel.count_text(row("exact", 120)) == "exact 120"
    assert affectedmodel.count_text(row("range", 1000, 5000)) == "1,000–5,000"
    assert affectedmodel.count_text(row("unknown")) == "unknown"


def test_affected_models(qtmodeltester: Any, inline_tasks: tasks.Tasks, sample_case: dict[str, int],
                         session_factory: db.SessionFactory) -> None:
    _add_viamedis_data(session_factory, sample_case["case"])
    data = affectedmodel.AffectedDataModel(tasks=inline_tasks)
    data.load(sample_case["case"])
    assert data.rowCount() == 4
    qtmodeltester.check(data)
    persons = affectedmodel.AffectedPersonsModel(tasks=inline_tasks)
    persons.load(sample_case["case"])
    assert persons.rowCount() == 1
    qtmodeltester.check(persons)


def test_protection_fields_on_the_overview(
    window: mainwindow.MainWindow, sample_case: dict[str, int], session_factory: db.SessionFactory,
) -> None:
    window.open_case(sample_case["case"])
    overview = window.case_view.overview
    fields = overview.fields
    assert not fields.key_compromised.isEnabled()
    assert "34(3)(a)" in fields.protection.toolTip()
    fields.protection.setCurrentIndex(fields.protection.findData("encrypted"))
    fields.protection.activated.emit(fields.protection.currentIndex())
    assert fields.key_compromised.isEnabled()
    fields.key_compromised.setCurrentIndex(fields.key_compromised.findData(False))
    fields.protection_note.setText("AES-256, key in an HSM")
    overview.save()
    with session_factory() as session:
        case = cases.get(session, sample_case["case"])
    assert (case.protection, case.key_compromised, case.protection_note) == ("encrypted", False, "AES-256, key in an HSM")
    # Back to readable data: the key state is dropped (the domain refuses one).
    fields.protection.setCurrentIndex(fields.protection.findData("none"))
    fields.protection.activated.emit(fields.protection.currentIndex())
    overview.save()
    with session_factory() as session:
        case = cases.get(session, sample_case["case"])
    assert (case.protection, case.key_compromised) == ("none", None)


def test_event_dialog_masks_nirs_in_the_details(
    qtbot: QtBot, inline_tasks: tasks.Tasks, sample_case: dict[str, int], clock: Any, dialogs: Dialogs,
) -> None:
    dialog = eventdialog.EventDialog(None, tasks=inline_tasks, case_id=sample_case["case"], zone="Europe/Paris",
                                     parties=[])
    qtbot.addWidget(dialog)
    dialog.details.setPlainText("Sample posted on a forum: 1 84 12 75 123 456 78, Jean Dupont")
    dialog.mask_button.click()
    text = dialog.details.toPlainText()
    assert "123 456" not in text
    assert text.startswith("Sample posted on a forum: 1 84 12 75 ")
    assert text.endswith(", Jean Dupont")


def test_french_interface_names_categories_numbers_and_errors_in_french(
    qapp: QApplication, window: mainwindow.MainWindow, inline_tasks: tasks.Tasks, sample_case: dict[str, int],
    session_factory: db.SessionFactory, qtbot: QtBot,
) -> None:
    _add_viamedis_data(session_factory, sample_case["case"])
    assert language.install(qapp, "fr") == "fr"
    window.open_case(sample_case["case"])
    view = window.case_view.affected
    categories = [_cell(view.data_model, row, affectedmodel.D_CATEGORY) for row in range(view.data_model.rowCount())]
    assert "Identité et état civil" in categories and "Identity and civil status" not in categories
    assert _cell(view.data_model, 0, affectedmodel.D_RECORDS) == "33\u202f000\u202f000"
    assert _cell(view.persons_model, 0, affectedmodel.P_COUNT) == "≈ 33\u202f000\u202f000"

    dialog = affecteddialogs.PersonsDialog(None, tasks=inline_tasks, case_id=sample_case["case"])
    qtbot.addWidget(dialog)
    assert dialog.category.itemText(dialog.category.findData("insured")) == "Assurés"
    dialog.count_kind.setCurrentIndex(dialog.count_kind.findData("estimate"))
    dialog.count_low.setText("beaucoup")
    dialog.submit()
    assert dialog.saved is None
    assert dialog.error.text() == "Nombre\u202f: 'beaucoup' n’est pas un nombre entier (par exemple 33\u202f000\u202f000)"
