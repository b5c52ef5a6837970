"""The errors users meet in forms, in French: the form shows the translated sentence, the core's
English (CLI, logs, docs/bad-input.md) stays as it was."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from cnil_case.core import cases, db, errors, findings, identifiers, models
from cnil_case.core.snapshots import CaseInput
from cnil_case.ui import casedialog, findingdialogs, language, messages, organisationdialog, tasks

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
