"""The errors users meet in forms, in French: the form shows the translated sentence, the core's
English (CLI, logs, docs/bad-input.md) stays as it was."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from cnil_case.core import cases, db, errors, findings, identifiers, models
from cnil_case.core.importers import records
from cnil_case.core.snapshots import CaseInput
from cnil_case.ui import (
    casedialog,
    findingdialogs,
    importdialog,
    language,
    messages,
    organisationdialog,
    tasks,
)

NNBSP = "\u202f"
# tests/ui/conftest.py replaces messages.show_error with a recorder in every test: keep the real one.
SHOW_ERROR = messages.show_error


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    assert language.install(qapp, "fr") == "fr"
    yield
    language.install(qapp, "en")


def test_an_empty_title_is_refused_in_french(
    qtbot: QtBot, french: None, inline_tasks: tasks.Tasks, session_factory: db.SessionFactory,
) -> None:
    dialog = casedialog.CaseDialog(None, tasks=inline_tasks, reference="BRE-2024-009", zone="Europe/Paris")
    qtbot.addWidget(dialog)
    dialog.submit()
    assert dialog.saved is None
    assert dialog.error.text() == f"Titre{NNBSP}: ne doit pas être vide"
    assert dialog.fields.title.hasFocus() or not dialog.isVisible()  # found by its English name
    # The same refusal from the core, as the CLI prints it: unchanged English.
    with session_factory.begin() as session, pytest.raises(errors.ValidationError) as refused:
        cases.create(session, CaseInput(reference="BRE-2024-009", title=" "))
    assert str(refused.value) == "Title: must not be empty"
    assert refused.value.field == "Title" and refused.value.reason == "must not be empty"


def test_a_bad_siret_is_refused_in_french(qtbot: QtBot, french: None, inline_tasks: tasks.Tasks) -> None:
    dialog = organisationdialog.OrganisationDialog(None, tasks=inline_tasks)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name, "Mutuelle Exemple")
    qtbot.keyClicks(dialog.siret, "7328293")
    dialog.submit()
    assert dialog.saved is None
    assert dialog.error.text() == f"SIRET{NNBSP}: «{NNBSP}7328293{NNBSP}» doit comporter 14 chiffres (SIREN + NIC)"
    dialog.siret.setText("73282932000075")  # one digit mistyped
    dialog.submit()
    assert dialog.error.text() == \
        f"SIRET{NNBSP}: 73282932000075 ne passe pas le contrôle de Luhn (un chiffre est probablement erroné)"
    with pytest.raises(errors.ValidationError) as refused:
        identifiers.check_siret("7328293")
    assert str(refused.value) == "SIRET: '7328293' must be 14 digits (SIREN + NIC)"


def test_a_missing_date_is_refused_in_french(
    qtbot: QtBot, french: None, inline_tasks: tasks.Tasks, session_factory: db.SessionFactory,
    sample_case: dict[str, int],
) -> None:
    dialog = findingdialogs.MeasureDialog(None, tasks=inline_tasks, case_id=sample_case["case"], parties=[],
                                          finding_rows=[])
    qtbot.addWidget(dialog)
    dialog.description.setPlainText("Multi-factor authentication on the portal")
    dialog.state.setCurrentIndex(dialog.state.findData(models.MeasureState.DONE.value))
    dialog.submit()
    assert dialog.saved is None
    assert dialog.error.text() == \
        f"Réalisée le{NNBSP}: une mesure marquée comme réalisée doit indiquer sa date de réalisation"
    data = findings.MeasureInput(kind=models.MeasureKind.REMEDIATION.value, description="MFA",
                                 state=models.MeasureState.DONE.value)
    with session_factory.begin() as session, pytest.raises(errors.ValidationError) as refused:
        findings.add_measure(session, sample_case["case"], data)
    assert str(refused.value) == "Done on: a measure marked done needs the date it was done"


def test_the_error_box_writes_the_users_language(
    qapp: QApplication, french: None, monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown: list[str] = []

    def exec_(box: QMessageBox) -> int:
        shown.append(box.text())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    exc = errors.NotFoundError(errors.case_not_found(1234))
    SHOW_ERROR(None, exc)
    assert shown == ["Le dossier n° 1234 n’existe pas (il a peut-être été supprimé)."]
    assert str(exc) == "Case #1234 does not exist (it may have been deleted)."


def test_an_english_sentence_from_older_code_is_shown_as_it_is(french: None) -> None:
    exc = errors.UserError("The workspace is locked by another program.")
    assert language.text(exc.phrase) == "The workspace is locked by another program."
    nested = errors.DocumentError("case.json", "$.case.title", errors.MUST_NOT_BE_EMPTY)
    assert str(nested) == "case.json, at $.case.title: must not be empty"
    assert language.text(nested.phrase) == f"case.json, en $.case.title{NNBSP}: ne doit pas être vide"


def test_a_bad_timeline_line_is_explained_in_french(
    french: None, session_factory: db.SessionFactory, sample_case: dict[str, int], tmp_path: Path,
) -> None:
    source = tmp_path / "portal.csv"
    source.write_text("message,datetime,timestamp_desc\n"
                      "Connexion,2024-01-29T10:15:00+01:00,Last Login\n"
                      "Export,yesterday,Event Recorded\n", encoding="utf-8")
    with session_factory.begin() as session:
        imported = records.import_file(session, sample_case["case"], source, fmt="timesketch-csv", skip_bad=True)
    with session_factory() as session:  # read back: the record keeps how the reason was made
        row = records.get(session, imported.id)
    reason = row.skipped_lines[0].reason
    assert reason == "'datetime' value 'yesterday' is not an ISO 8601 date-time"  # the CLI's English
    expected = "la valeur 'yesterday' de 'datetime' n’est pas une date et heure ISO 8601"
    assert language.text(reason) == expected
    assert importdialog.skipped_details(row) == f"ligne 3{NNBSP}: {expected}"


def test_a_locked_workspace_is_explained_in_french(french: None, tmp_path: Path) -> None:
    path = tmp_path / "workspace.db"
    engine, _factory = db.open_workspace(path)
    engine.dispose()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        locked, factory = db.open_workspace(f"sqlite:///{path}?timeout=0.1")
        with (
            pytest.raises(errors.StorageError) as refused,
            db.storage_errors(str(path)),
            factory.begin() as session,
        ):
            cases.create(session, CaseInput(reference="R-1", title="t"))
        locked.dispose()
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert str(refused.value) == f"The workspace {path} is locked by another program; close it and try again."
    assert language.error_text(refused.value) == \
        f"L’espace de travail {path} est verrouillé par un autre programme{NNBSP}; fermez-le et réessayez."
