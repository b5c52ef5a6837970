"""Organisations and parties: create, validate (SIREN), add to a case, edit, remove."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from pytestqt.qtbot import QtBot

from cnil_case.core import db, parties
from cnil_case.ui import (
    mainwindow,
    organisationdialog,
    organisationsdialog,
    partiesmodel,
    partydialog,
    tasks,
)
from tests.ui import conftest
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
