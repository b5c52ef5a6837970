"""Tools › Settings: every preference and the organisation's identity, saved, discarded, reopened."""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from cnil_case.core import db, identity, parties, snapshots, times
from cnil_case.ui import casedialog, partydialog, preferences, settingsdialog
from cnil_case.ui import tasks as tasks_module
from tests.core.test_identity import PNG
from tests.ui.conftest import Dialogs


def _dialog(qtbot: QtBot, prefs: preferences.Preferences, folder: Path) -> settingsdialog.SettingsDialog:
    dialog = settingsdialog.SettingsDialog(None, preferences=prefs, reports_folder=folder)
    qtbot.addWidget(dialog)
    return dialog


def _ok(dialog: settingsdialog.SettingsDialog) -> None:
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()


def _fill_identity(qtbot: QtBot, form: settingsdialog.IdentityForm, name: str) -> None:
    form.name.clear()
    qtbot.keyClicks(form.name, name)
    form.address.setPlainText("12 rue de la Paix\n75002 Paris")
    qtbot.keyClicks(form.dpo_name, "Jeanne Dupont")
    qtbot.keyClicks(form.dpo_contact, "dpo@exemple.fr")
    form.signature.setPlainText("Jeanne Dupont\nDPO")


def test_defaults(qtbot: QtBot, prefs: preferences.Preferences, tmp_path: Path) -> None:
    assert (prefs.language, prefs.display_zone, prefs.default_notice_hours) == ("", "Europe/Paris", 24)
    # The copies kept so that the window's frame need not import the core.
    assert preferences.DEFAULT_DISPLAY_ZONE == times.DEFAULT_ZONE
    assert snapshots.PartyInput.notice_hours == preferences.DEFAULT_NOTICE_HOURS
    assert preferences.MAX_NOTICE_HOURS == parties.MAX_HOURS
    dialog = _dialog(qtbot, prefs, tmp_path)
    assert dialog.language.currentData() == "" and dialog.language.currentText().startswith("System (")
    assert [dialog.language.itemData(i) for i in range(3)] == ["", "fr", "en"]
    assert dialog.display_zone.zone() == "Europe/Paris"
    assert dialog.default_notice.value() == 24
    assert not dialog.is_modified()


def test_every_setting_persists(qtbot: QtBot, prefs: preferences.Preferences, tmp_path: Path,
                                settings_dir: Path) -> None:
    logo = tmp_path / "logo.png"
    logo.write_bytes(PNG)
    dialog = _dialog(qtbot, prefs, tmp_path)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.display_zone.set_zone("America/Martinique")
    dialog.default_notice.setValue(48)
    dialog.due_soon.setValue(6)
    dialog.notifications.setChecked(False)
    dialog.idle_lock.setValue(5)
    _fill_identity(qtbot, dialog.identities["fr"], "Mutuelle Exemple")
    _fill_identity(qtbot, dialog.identities["en"], "Example Mutual")
    dialog.identities["en"]._set_logo(str(logo))
    assert dialog.is_modified()
    with qtbot.wait_signal(prefs.changed):
        _ok(dialog)
    assert dialog.changed and dialog.result() == dialog.DialogCode.Accepted

    # A new Preferences on the same QSettings store, and a new dialog, show the same values.
    again = preferences.Preferences.for_user()
    assert Path(again.location).is_relative_to(settings_dir)
    reopened = _dialog(qtbot, again, tmp_path)
    assert reopened.language.currentData() == "en"
    assert reopened.display_zone.zone() == "America/Martinique"
    assert (reopened.default_notice.value(), reopened.due_soon.value(), reopened.notifications.isChecked(),
            reopened.idle_lock.value()) == (48, 6, False, 5)
    assert reopened.identities["fr"].value() == identity.Identity(
        name="Mutuelle Exemple", address="12 rue de la Paix\n75002 Paris", dpo_name="Jeanne Dupont",
        dpo_contact="dpo@exemple.fr", signature="Jeanne Dupont\nDPO")
    assert reopened.identities["en"].value().name == "Example Mutual"
    assert reopened.identities["en"].value().logo == str(logo)
    assert not reopened.identities["en"].logo_preview.pixmap().isNull()
    assert not reopened.is_modified()
    # Where the documents read it.
    with (tmp_path / "common" / "en.toml").open("rb") as handle:
        assert tomllib.load(handle)["organisation"]["name"] == "Example Mutual"
    # OK with nothing changed changes nothing.
    _ok(reopened)
    assert not reopened.changed


def test_language_change_emits_once(qtbot: QtBot, prefs: preferences.Preferences, tmp_path: Path) -> None:
    emitted: list[str] = []
    prefs.language_changed.connect(emitted.append)
    dialog = _dialog(qtbot, prefs, tmp_path)
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    dialog.due_soon.setValue(20)
    _ok(dialog)
    assert emitted == ["fr"] and prefs.language == "fr"
    # Other settings alone do not emit it; back to the system's language does.
    assert prefs.update(due_soon_hours=10)
    assert prefs.update(language="")
    assert emitted == ["fr", ""]
    with pytest.raises(ValueError, match="unknown language"):
        prefs.update(language="de")


def test_cancel_discards(qtbot: QtBot, prefs: preferences.Preferences, tmp_path: Path, dialogs: Dialogs) -> None:
    dialog = _dialog(qtbot, prefs, tmp_path)
    dialog.default_notice.setValue(72)
    qtbot.keyClicks(dialog.identities["fr"].name, "Pas enregistre")
    dialog.buttons.button(dialog.buttons.StandardButton.Cancel).click()
    assert dialog.result() == dialog.DialogCode.Rejected and not dialog.changed
    assert dialogs.confirmations == []  # Cancel is explicit: no question
    assert prefs.default_notice_hours == 24
    assert not identity.file_path("fr", folder=tmp_path).exists()


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_closing_with_changes_asks(qtbot: QtBot, prefs: preferences.Preferences, tmp_path: Path,
                                   dialogs: Dialogs) -> None:
    dialog = _dialog(qtbot, prefs, tmp_path)
    dialog.show()
    dialog.close()  # nothing changed: no question
    assert dialogs.confirmations == [] and not dialog.isVisible()
    dialog.show()
    dialog.display_zone.set_zone("Europe/London")
    dialogs.confirm_answer = False
    dialog.close()
    assert len(dialogs.confirmations) == 1 and dialog.isVisible()
    assert dialog.display_zone.zone() == "Europe/London"
    dialogs.confirm_answer = True
    dialog.reject()  # Escape
    assert len(dialogs.confirmations) == 2 and not dialog.isVisible()
    assert prefs.display_zone == "Europe/Paris"


def test_unknown_zone_is_refused(qtbot: QtBot, prefs: preferences.Preferences, tmp_path: Path,
                                 dialogs: Dialogs) -> None:
    dialog = _dialog(qtbot, prefs, tmp_path)
    dialog.display_zone.set_zone("Mars/Olympus")
    _ok(dialog)
    assert "Display time zone" in str(dialogs.errors[-1]) and dialog.result() != dialog.DialogCode.Accepted
    assert prefs.display_zone == "Europe/Paris"


def test_unwritable_identity_file_keeps_everything(qtbot: QtBot, prefs: preferences.Preferences, tmp_path: Path,
                                                   dialogs: Dialogs, monkeypatch: pytest.MonkeyPatch) -> None:
    identity.save("en", identity.Identity(name="Before"), folder=tmp_path)
    before = identity.file_path("en", folder=tmp_path).read_bytes()
    dialog = _dialog(qtbot, prefs, tmp_path)
    dialog.due_soon.setValue(3)
    _fill_identity(qtbot, dialog.identities["en"], "After")

    def refuse(src: object, dst: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    _ok(dialog)
    assert len(dialogs.errors) == 1
    assert "Cannot write" in str(dialogs.errors[0]) and "en.toml: Permission denied" in str(dialogs.errors[0])
    # The dialog stays open on the page at fault, with what was typed; nothing was stored.
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.tabs.currentIndex() == 3 and dialog.identity_tabs.currentWidget() is dialog.identities["en"]
    assert dialog.identities["en"].name.text() == "After" and dialog.due_soon.value() == 3
    assert identity.file_path("en", folder=tmp_path).read_bytes() == before
    assert prefs.due_soon_hours == preferences.DEFAULT_DUE_SOON_HOURS
    monkeypatch.undo()
    _ok(dialog)
    assert dialog.result() == dialog.DialogCode.Accepted and prefs.due_soon_hours == 3
    assert identity.load("en", folder=tmp_path).name == "After"


def test_unreadable_identity_file_is_not_overwritten(qtbot: QtBot, prefs: preferences.Preferences,
                                                     tmp_path: Path) -> None:
    path = identity.file_path("fr", folder=tmp_path)
    path.parent.mkdir(parents=True)
    path.write_text("[organisation\n", encoding="utf-8")
    dialog = _dialog(qtbot, prefs, tmp_path)
    form = dialog.identities["fr"]
    assert "is not valid TOML" in form.error.text() and not form.error.isHidden()
    assert not form.name.isEnabled() and not form.choose_logo.isEnabled()
    dialog.default_notice.setValue(12)
    _ok(dialog)
    assert path.read_text(encoding="utf-8") == "[organisation\n" and prefs.default_notice_hours == 12


def test_logo_choose_preview_remove(qtbot: QtBot, prefs: preferences.Preferences, tmp_path: Path,
                                    dialogs: Dialogs) -> None:
    dialog = _dialog(qtbot, prefs, tmp_path)
    form = dialog.identities["fr"]
    assert form.logo_preview.text() == "No logo" and not form.remove_logo.isEnabled()
    # Not an image: a clear error, the logo is unchanged.
    dialogs.open_path = tmp_path / "notes.txt"
    dialogs.open_path.write_text("hello", encoding="utf-8")
    form.choose_logo.click()
    assert "is not a PNG or JPEG image" in str(dialogs.errors[-1]) and form.value().logo == ""
    # A PNG header on a damaged file: refused too.
    dialogs.open_path = tmp_path / "broken.png"
    dialogs.open_path.write_bytes(PNG[:20])
    form.choose_logo.click()
    assert "cannot be read as an image" in str(dialogs.errors[-1]) and form.value().logo == ""
    dialogs.open_path = tmp_path / "logo.png"
    dialogs.open_path.write_bytes(PNG)
    form.choose_logo.click()
    assert form.value().logo == str(tmp_path / "logo.png")
    assert not form.logo_preview.pixmap().isNull() and form.remove_logo.isEnabled()
    form.remove_logo.click()
    assert form.value().logo == "" and form.logo_preview.text() == "No logo"


def test_tooltips_cite_the_articles(qtbot: QtBot, prefs: preferences.Preferences, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, prefs, tmp_path)
    form = dialog.identities["fr"]
    assert "Art. 33(2)" in dialog.default_notice.toolTip()
    assert "Art. 33(1)" in dialog.due_soon.toolTip() and "Art. 33(1)" in dialog.notifications.toolTip()
    assert "Art. 37" in form.dpo_name.toolTip() and "Art. 33(3)(b)" in form.dpo_name.toolTip()
    assert "Art. 33(3)(b)" in form.dpo_contact.toolTip()
    for widget in (dialog.language, dialog.display_zone, dialog.idle_lock, form.name, form.address,
                   form.signature, form.choose_logo, form.remove_logo):
        assert widget.toolTip(), widget


def test_new_processor_party_starts_from_the_preference(
    qtbot: QtBot, prefs: preferences.Preferences, inline_tasks: tasks_module.Tasks,
    sample_case: dict[str, int], session_factory: db.SessionFactory,
) -> None:
    prefs.update(default_notice_hours=36)
    with session_factory() as session:
        organisations = parties.list_organisations(session)
        party = parties.list_parties(session, sample_case["case"])[0]
    dialog = partydialog.PartyDialog(None, tasks=inline_tasks, case_id=sample_case["case"], zone="Europe/Paris",
                                     organisations=organisations)
    qtbot.addWidget(dialog)
    dialog.role.setCurrentIndex(dialog.role.findData("processor"))
    assert dialog.notice_hours.value() == 36 and "36 h by default" in dialog.notice_hours.toolTip()
    # An existing party keeps its own period.
    edit = partydialog.PartyDialog(None, tasks=inline_tasks, case_id=sample_case["case"], zone="Europe/Paris",
                                   organisations=organisations, party=party)
    qtbot.addWidget(edit)
    assert edit.notice_hours.value() == party.notice_hours != 36


def test_new_case_starts_from_the_preferred_zone(
    qtbot: QtBot, prefs: preferences.Preferences, inline_tasks: tasks_module.Tasks,
) -> None:
    prefs.update(display_zone="Indian/Reunion")
    dialog = casedialog.CaseDialog(None, tasks=inline_tasks, reference="BRE-2024-009")
    qtbot.addWidget(dialog)
    assert dialog.fields.zone.zone() == "Indian/Reunion"
    qtbot.keyClicks(dialog.fields.title, "Ransomware")
    dialog.submit()
    created: Any = dialog.saved
    assert created.display_zone == "Indian/Reunion"
    # An explicit zone wins.
    other = casedialog.CaseDialog(None, tasks=inline_tasks, reference="BRE-2024-010", zone="UTC")
    qtbot.addWidget(other)
    assert other.fields.zone.zone() == "UTC"
