"""Organisations and parties: create, validate (SIREN), add to a case, edit, remove."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cnil_case.core import db, parties, periods, regimes, snapshots
from cnil_case.ui import (
    mainwindow,
    obligationsmodel,
    organisationdialog,
    organisationsdialog,
    partiesmodel,
    partydialog,
    tasks,
)
from tests.ui import conftest, stubs
from tests.ui.conftest import Dialogs

FillDialog = Callable[..., list[Any]]


def test_invalid_siren_names_the_field_and_saves_nothing(
    qtbot: QtBot, inline_tasks: tasks.Tasks, session_factory: db.SessionFactory
) -> None:
    dialog = organisationdialog.OrganisationDialog(None, tasks=inline_tasks)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name, "Mutuelle Exemple")
    qtbot.keyClicks(dialog.siren, "732829321")
    dialog.submit()
    assert dialog.saved is None
    assert dialog.error.text().startswith("SIREN:")
    assert "Luhn" in dialog.error.text()
    with session_factory() as session:
        assert parties.list_organisations(session) == []
    # Correct the digit: the rest of the input is still there.
    dialog.siren.setText("732 829 320")
    dialog.submit()
    organisation = conftest.saved(dialog)
    assert (organisation.name, organisation.siren) == ("Mutuelle Exemple", "732829320")


def test_organisation_with_contacts(qtbot: QtBot, inline_tasks: tasks.Tasks, session_factory: db.SessionFactory) -> None:
    dialog = organisationdialog.OrganisationDialog(None, tasks=inline_tasks)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name, "La Poste")
    qtbot.keyClicks(dialog.siret, "35600000000048")
    qtbot.keyClicks(dialog.dpo_name, "Jeanne Martin")
    qtbot.keyClicks(dialog.dpo_email, "not-an-address")
    dialog.submit()
    assert dialog.error.text().startswith("DPO e-mail:")
    assert dialog.dpo_email.hasFocus() or not dialog.isVisible()
    dialog.dpo_email.setText("dpo@example.fr")
    qtbot.keyClicks(dialog.contact_phone, "+33 1 00 00 00 00")
    qtbot.keyClicks(dialog.address, "9 rue du Colonel Pierre Avia, Paris")
    dialog.submit()
    with session_factory() as session:
        (row,) = parties.list_organisations(session)
    assert (row.siren, row.siret, row.dpo_email, row.contact_phone) == (
        "356000000", "35600000000048", "dpo@example.fr", "+33 1 00 00 00 00")


def test_organisations_dialog_lists_edits_and_deletes(
    qtbot: QtBot, inline_tasks: tasks.Tasks, sample_case: dict[str, int], fill_dialog: FillDialog,
    dialogs: Dialogs, session_factory: db.SessionFactory,
) -> None:
    dialog = organisationsdialog.OrganisationsDialog(None, tasks=inline_tasks)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 2

    def rename(form: organisationdialog.OrganisationDialog) -> None:
        form.name.setText("Mutuelle Exemple SA")

    fill_dialog(organisationdialog.OrganisationDialog, rename)
    dialog.table.selectRow(0)
    dialog.edit()
    assert dialog.model.data(dialog.model.index(0, 0)) == "Mutuelle Exemple SA"
    # An organisation that is a party to a case cannot be deleted: the domain says why.
    dialog.delete()
    assert "party to 1 case" in str(dialogs.errors[0])
    fill_dialog(organisationdialog.OrganisationDialog, lambda form: form.name.setText("Unused"))
    dialog.add()
    current = dialog.current()
    assert current is not None and current.name == "Unused"
    dialog.delete()
    assert dialog.model.rowCount() == 2
    assert dialog.changed


def _aware_on_1_february(qtbot: QtBot, role: str) -> Callable[[partydialog.PartyDialog], None]:
    def fill(dialog: partydialog.PartyDialog) -> None:
        dialog.organisation.setCurrentIndex(dialog.organisation.findText("Almerys"))
        dialog.role.setCurrentIndex(dialog.role.findData(role))
        dialog.aware.set_local(dt.datetime(2024, 2, 5, 18, 0), "hour")
        qtbot.keyClicks(dialog.awareness_note, "Press release of the operator")
        dialog.regimes["nis2"].setChecked(True)
    return fill


def test_add_party_with_a_new_organisation(
    window: mainwindow.MainWindow, qtbot: QtBot, sample_case: dict[str, int], fill_dialog: FillDialog,
    session_factory: db.SessionFactory,
) -> None:
    window.open_case(sample_case["case"])
    fill_dialog(organisationdialog.OrganisationDialog, lambda form: form.name.setText("Almerys"))

    def fill(dialog: partydialog.PartyDialog) -> None:
        # "New organisation…" opens the organisation form and selects the new one.
        dialog.new_organisation.click()
        assert dialog.organisation.currentText() == "Almerys"
        _aware_on_1_february(qtbot, "processor")(dialog)

    fill_dialog(partydialog.PartyDialog, fill)
    view = window.case_view.parties
    view.add_button.click()
    assert view.model.rowCount() == 3
    assert view.model.data(view.model.index(2, partiesmodel.AWARE)) == "2024-02-05 18:00 (UTC+01:00)"
    assert view.model.data(view.model.index(2, partiesmodel.REGIMES)) == "GDPR, NIS2"
    with session_factory() as session:
        party = parties.list_parties(session, sample_case["case"])[2]
    assert party.aware is not None and party.aware.at == dt.datetime(2024, 2, 5, 17, 0, tzinfo=dt.UTC)
    assert party.aware.precision == "hour"
    assert party.regimes == ("gdpr", "nis2")
    # The case list counts the parties; the timeline can name it as an actor.
    assert window.case_list.model.row_at(0).party_count == 3
    assert any(p.organisation_name == "Almerys" for p in window.case_view.timeline._parties)


def test_duplicate_role_is_refused_in_the_dialog(
    qtbot: QtBot, inline_tasks: tasks.Tasks, sample_case: dict[str, int], session_factory: db.SessionFactory,
) -> None:
    with session_factory() as session:
        organisations = parties.list_organisations(session)
    dialog = partydialog.PartyDialog(None, tasks=inline_tasks, case_id=sample_case["case"], zone="Europe/Paris",
                                     organisations=organisations)
    qtbot.addWidget(dialog)
    dialog.organisation.setCurrentIndex(dialog.organisation.findData(sample_case["insurer"]))
    dialog.role.setCurrentIndex(dialog.role.findData("controller"))
    dialog.submit()
    assert dialog.saved is None
    assert dialog.error.text() == "Role: this organisation already has that role in the case"


def test_edit_and_remove_party(
    window: mainwindow.MainWindow, qtbot: QtBot, sample_case: dict[str, int], fill_dialog: FillDialog,
    dialogs: Dialogs,
) -> None:
    window.open_case(sample_case["case"])
    view = window.case_view.parties

    def unknown_awareness(dialog: partydialog.PartyDialog) -> None:
        assert dialog.aware.naive() == dt.datetime(2024, 2, 1, 9, 0)
        dialog.aware.set_unknown(True)

    fill_dialog(partydialog.PartyDialog, unknown_awareness)
    view.table.selectRow(0)
    view.edit_button.click()
    assert view.model.data(view.model.index(0, partiesmodel.AWARE)) == "unknown"
    history = window.case_view.history.model
    assert history.data(history.index(0, 3)).startswith("Party Mutuelle Exemple edited")

    view.table.selectRow(1)
    dialogs.confirm_answer = False
    view.remove_button.click()
    assert view.model.rowCount() == 2
    dialogs.confirm_answer = True
    view.remove_button.click()
    assert view.model.rowCount() == 1
    assert "Opérateur TP" in dialogs.confirmations[-1]
    # The event it was the actor of no longer names it.
    timeline = window.case_view.timeline.model
    assert timeline.data(timeline.index(0, 5)) == ""


def _dialog(qtbot: QtBot, inline_tasks: tasks.Tasks, session_factory: db.SessionFactory, case_id: int,
            party: Any = None) -> partydialog.PartyDialog:
    with session_factory() as session:
        organisations = parties.list_organisations(session)
    dialog = partydialog.PartyDialog(None, tasks=inline_tasks, case_id=case_id, zone="Europe/Paris",
                                     organisations=organisations, party=party)
    qtbot.addWidget(dialog)
    return dialog


def test_regimes_are_named_from_the_regime_table(
    qtbot: QtBot, inline_tasks: tasks.Tasks, sample_case: dict[str, int], session_factory: db.SessionFactory,
) -> None:
    dialog = _dialog(qtbot, inline_tasks, session_factory, sample_case["case"])
    assert [box.text() for box in dialog.regimes.values()] == [r.name for r in regimes.REGIMES]
    assert dialog.regimes["dora"].toolTip() == regimes.REGIME_BY_CODE["dora"].law
    assert [code for code, box in dialog.regimes.items() if box.isChecked()] == ["gdpr"]
    assert "Art. 33(2)" in dialog.notice_hours.toolTip() and "24 h by default" in dialog.notice_hours.toolTip()
    assert "Art. 3(4)" in dialog.holiday_calendar.toolTip()
    assert [dialog.holiday_calendar.itemData(i) for i in range(dialog.holiday_calendar.count())] == [
        code for code, _ in periods.CALENDARS]


def test_settings_shown_for_the_roles_they_concern(
    qtbot: QtBot, inline_tasks: tasks.Tasks, sample_case: dict[str, int], session_factory: db.SessionFactory,
) -> None:
    dialog = _dialog(qtbot, inline_tasks, session_factory, sample_case["case"])
    form = dialog.form

    def shown(widget: Any) -> bool:
        return form.isRowVisible(widget)

    dialog.role.setCurrentIndex(dialog.role.findData("controller"))
    assert not shown(dialog.notice_hours.parentWidget()) and shown(dialog.target_hours.parentWidget())
    dialog.role.setCurrentIndex(dialog.role.findData("sub_processor"))
    assert shown(dialog.notice_hours.parentWidget()) and not shown(dialog.target_hours.parentWidget())
    assert not shown(dialog.classified)
    dialog.regimes["dora"].setChecked(True)
    assert shown(dialog.classified)
    assert not dialog.target_hours.isEnabled()
    dialog.target_set.setChecked(True)
    assert dialog.target_hours.isEnabled()


def test_party_dialog_saves_the_deadline_settings(
    window: mainwindow.MainWindow, qtbot: QtBot, sample_case: dict[str, int], fill_dialog: FillDialog,
    session_factory: db.SessionFactory, clock: stubs.FakeClock,
) -> None:
    window.open_case(sample_case["case"])

    def settings(dialog: partydialog.PartyDialog) -> None:
        assert dialog.notice_hours.value() == 24
        dialog.aware.set_local(dt.datetime(2024, 2, 2, 8, 0), "minute")
        dialog.notice_hours.setValue(48)
        dialog.holiday_calendar.setCurrentIndex(dialog.holiday_calendar.findData("57"))
        dialog.regimes["dora"].setChecked(True)
        dialog.classified.set_local(dt.datetime(2024, 2, 2, 10, 0), "minute")

    fill_dialog(partydialog.PartyDialog, settings)
    view = window.case_view.parties
    view.table.selectRow(1)
    view.edit_button.click()
    with session_factory() as session:
        party = parties.get_party(session, sample_case["processor"])
    assert party.notice_hours == 48 and party.holiday_calendar == "57"
    assert party.classified is not None and party.classified.at == dt.datetime(2024, 2, 2, 9, 0, tzinfo=dt.UTC)
    assert party.regimes == ("gdpr", "dora") and party.subject_target_hours is None
    assert view.model.data(view.model.index(1, partiesmodel.REGIMES)) == "GDPR, DORA"
    # The clocks follow: the contractual 48 h, and DORA's initial notification 4 h after classification.
    tab = window.case_view.obligations.model
    due = {c.duty.code: tab.data(tab.index(r, obligationsmodel.DUE)) for r, c in enumerate(tab.clocks())}
    assert due["gdpr_33_2"] == "Sun 4 Feb 2024 08:00 (UTC+01:00)"
    assert due["dora_initial"] == "Fri 2 Feb 2024 14:00 (UTC+01:00)"

    # Reopened, the dialog shows what was saved.
    reopened: list[partydialog.PartyDialog] = []
    fill_dialog(partydialog.PartyDialog, reopened.append)
    view.table.selectRow(1)
    view.edit_button.click()
    dialog = reopened[0]
    assert dialog.notice_hours.value() == 48 and dialog.holiday_calendar.currentData() == "57"
    assert dialog.classified.naive() == dt.datetime(2024, 2, 2, 10, 0) and not dialog.classified.is_unknown()


def test_controller_target_is_saved(
    qtbot: QtBot, inline_tasks: tasks.Tasks, sample_case: dict[str, int], session_factory: db.SessionFactory,
) -> None:
    with session_factory() as session:
        controller = parties.get_party(session, sample_case["controller"])
    dialog = _dialog(qtbot, inline_tasks, session_factory, sample_case["case"], controller)
    assert not dialog.target_set.isChecked()
    dialog.target_set.setChecked(True)
    dialog.target_hours.setValue(96)
    dialog.submit()
    assert conftest.saved(dialog).subject_target_hours == 96


def test_invalid_setting_shows_the_core_message(
    qtbot: QtBot, inline_tasks: tasks.Tasks, sample_case: dict[str, int], session_factory: db.SessionFactory,
) -> None:
    with session_factory() as session:
        processor = parties.get_party(session, sample_case["processor"])
    dialog = _dialog(qtbot, inline_tasks, session_factory, sample_case["case"], processor)
    dialog.notice_hours.setValue(9000)
    dialog.submit()
    assert dialog.saved is None
    assert dialog.error.text() == "Notice period: 9,000 h must be between 0 and 8,784 hours"
    assert dialog.notice_hours.hasFocus() or not dialog.isVisible()
    with session_factory() as session:
        assert parties.get_party(session, sample_case["processor"]).notice_hours == 24
    dialog.notice_hours.setValue(72)
    dialog.submit()
    assert conftest.saved(dialog).notice_hours == 72


def test_processor_works_for_the_controllers_ticked(
    window: mainwindow.MainWindow, qtbot: QtBot, sample_case: dict[str, int], fill_dialog: FillDialog,
    session_factory: db.SessionFactory, clock: stubs.FakeClock,
) -> None:
    with session_factory.begin() as session:
        other = parties.create_organisation(session, snapshots.OrganisationInput(name="Mutuelle Seconde"))
        second = parties.add_party(session, sample_case["case"], snapshots.PartyInput(organisation_id=other.id, role="controller"))
    window.open_case(sample_case["case"])
    tab = window.case_view.obligations.model

    def notices() -> list[str]:
        return [c.recipient for c in tab.clocks() if c.duty.code == "gdpr_33_2"]

    # Nobody ticked: a notice to every controller of the case.
    assert notices() == ["Mutuelle Exemple", "Mutuelle Seconde"]
    shown: list[partydialog.PartyDialog] = []

    def works_for_first(dialog: partydialog.PartyDialog) -> None:
        shown.append(dialog)
        assert dialog.form.isRowVisible(dialog.works_for_box)
        assert sorted(dialog.works_for) == sorted([sample_case["controller"], second.id])
        dialog.works_for[sample_case["controller"]][0].setChecked(True)

    fill_dialog(partydialog.PartyDialog, works_for_first)
    view = window.case_view.parties
    view.table.selectRow(1)
    view.edit_button.click()
    with session_factory() as session:
        assert parties.get_party(session, sample_case["processor"]).serves == (sample_case["controller"],)
    assert notices() == ["Mutuelle Exemple"]
    assert view.model.data(view.model.index(1, partiesmodel.ROLE), Qt.ItemDataRole.ToolTipRole) == (
        "Works for Mutuelle Exemple")
    # A controller works for nobody: the row is hidden and nothing is sent.
    shown[0].role.setCurrentIndex(shown[0].role.findData("controller"))
    assert not shown[0].form.isRowVisible(shown[0].works_for_box) and shown[0].served() == ()
