"""Glossary: every legal term the UI shows is explained with its source, and lookups are forgiving."""

from __future__ import annotations

import re
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from cnil_case.core import db, deadlines, obligations, parties
from cnil_case.ui import (
    accessibility,
    correspondencedialog,
    evidencedialogs,
    fulfildialog,
    glossary,
    mainwindow,
    notrequireddialog,
    obligationsview,
    partydialog,
    tasks,
    wallclock,
)

REQUIRED = ["controller", "processor", "personal data breach", "Art. 33 notification", "Art. 34 communication",
            "without undue delay", "72 hours", "DPO", "lead supervisory authority", "special categories",
            "NIS2 significant incident", "DORA major ICT incident", "ENISA severity", "chain of custody"]
SOURCE = re.compile(r"Art\. \d+|Directive|Regulation|ENISA|EDPB|SHA-256")


@pytest.mark.parametrize("term", REQUIRED)
def test_required_terms_are_explained_with_a_source(qapp: Any, term: str) -> None:
    text = glossary.explain(term)
    assert 40 < len(text) < 400
    assert SOURCE.search(text), text
    sentences = re.sub(r"\b(Art|e\.g)\. ", "x ", text)
    assert sentences.count(". ") <= 1 and text.endswith(".")  # one or two sentences


def test_lookup_by_key_or_displayed_term(qapp: Any) -> None:
    assert glossary.explain("art33_notification") == glossary.explain("Art. 33 notification")
    assert glossary.explain("Special categories (Art. 9)") == glossary.explain("special_categories")
    assert "Art. 9(1)" in glossary.explain("special_categories")
    with pytest.raises(KeyError):
        glossary.explain("controler")


def test_every_entry_has_a_term_and_a_distinct_explanation(qapp: Any) -> None:
    explanations = [glossary.explain(k) for k in glossary.terms()]
    assert len(set(explanations)) == len(explanations)
    assert all(glossary.term(k) for k in glossary.terms())


def test_tooltip_escapes_and_annotates(qtbot: QtBot) -> None:
    label = QLabel("72 h")
    qtbot.addWidget(label)
    glossary.annotate(label, "72 hours")
    assert label.toolTip().startswith("<p><b>72 hours</b><br/>")
    assert label.whatsThis() == label.toolTip()
    assert "&lt;" not in glossary.tooltip("enisa_severity") and "×" in glossary.tooltip("enisa_severity")


# --- the widgets that show legal terms carry their explanation ------------------------------------


def _label(form: QFormLayout, text: str) -> QLabel:
    """The label of a form row, found by its text (mnemonic and colon ignored)."""
    for row in range(form.rowCount()):
        item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        widget = item.widget() if item is not None else None
        if isinstance(widget, QLabel) and accessibility.clean(widget.text()) == text:
            return widget
    raise AssertionError(f"no row labelled {text!r}")


def _explains(widget: QWidget, term: str) -> bool:
    return widget.toolTip() == glossary.tooltip(term) and widget.whatsThis() == widget.toolTip()


def _clock(session_factory: db.SessionFactory, case_id: int, duty: str) -> deadlines.Clock:
    with session_factory() as session:
        return next(c for c in obligations.for_case(session, case_id, now=wallclock.now()) if c.duty.code == duty)


def test_overview_explains_awareness_breach_and_articles(window: mainwindow.MainWindow,
                                                        sample_case: dict[str, int]) -> None:
    window.open_case(sample_case["case"])
    form = window.case_view.overview
    boxes = {box.title(): box for box in form.findChildren(QGroupBox)}
    breach = boxes["Breach"].layout()
    text = boxes["Description"].layout()
    protection = boxes["Protection of the data"].layout()
    assert isinstance(breach, QFormLayout) and isinstance(text, QFormLayout) and isinstance(protection, QFormLayout)
    assert _explains(_label(breach, "Nature"), "personal_data_breach")
    assert _explains(_label(breach, "Discovery"), "awareness")
    assert _explains(_label(text, "Summary"), "art33_notification")
    assert _explains(_label(text, "Account for data\nsubjects (Art. 34(2))"), "art34_communication")
    assert _explains(_label(protection, "Protection"), "art34_exceptions")


def test_party_dialog_explains_roles_awareness_and_notice(
    qtbot: QtBot, inline_tasks: tasks.Tasks, sample_case: dict[str, int], session_factory: db.SessionFactory,
) -> None:
    with session_factory() as session:
        organisations = parties.list_organisations(session)
        processor = parties.get_party(session, sample_case["processor"])
    dialog = partydialog.PartyDialog(None, tasks=inline_tasks, case_id=sample_case["case"], zone="Europe/Paris",
                                     organisations=organisations, party=processor)
    qtbot.addWidget(dialog)
    assert _explains(dialog.role, "processor")
    for role, term in (("controller", "controller"), ("joint_controller", "joint_controllers"),
                       ("supervisory_authority", "supervisory_authority")):
        index = dialog.role.findData(role)
        assert dialog.role.itemData(index, Qt.ItemDataRole.ToolTipRole) == glossary.tooltip(term)
        dialog.role.setCurrentIndex(index)
        assert _explains(dialog.role, term)  # the combo explains the role chosen
    dialog.role.setCurrentIndex(dialog.role.findData("other_authority"))
    assert dialog.role.toolTip() == ""  # no glossary entry: no stale explanation either
    assert _explains(_label(dialog.form, "Aware since"), "awareness")
    assert _explains(_label(dialog.form, "Notice period"), "processor")  # Art. 33(2): no hours in the GDPR
    assert _explains(_label(dialog.form, "Informing data subjects"), "art34_communication")


def test_obligation_dialogs_explain_the_duty(
    qtbot: QtBot, inline_tasks: tasks.Tasks, sample_case: dict[str, int], session_factory: db.SessionFactory,
) -> None:
    notify = _clock(session_factory, sample_case["case"], "gdpr_33_1")
    communicate = _clock(session_factory, sample_case["case"], "gdpr_34")
    fulfil = fulfildialog.FulfilDialog(None, tasks=inline_tasks, clock=notify)
    qtbot.addWidget(fulfil)
    form = fulfil.body.layout()
    assert isinstance(form, QFormLayout)
    assert _explains(_label(form, "Obligation"), "art33_notification")
    assert _explains(_label(form, "Reasons for the delay"), "72_hours")
    not_required = notrequireddialog.NotRequiredDialog(None, tasks=inline_tasks, clock=communicate)
    qtbot.addWidget(not_required)
    form = not_required.body.layout()
    assert isinstance(form, QFormLayout)
    assert _explains(_label(form, "Obligation"), "art34_communication")
    assert _explains(_label(form, "Legal basis"), "art34_exceptions")
    # Art. 33(1) has no Art. 34(3) exceptions: its basis is not explained as if it had.
    other = notrequireddialog.NotRequiredDialog(None, tasks=inline_tasks, clock=notify)
    qtbot.addWidget(other)
    other_form = other.body.layout()
    assert isinstance(other_form, QFormLayout)
    assert _label(other_form, "Legal basis").toolTip() == ""


def test_obligations_explanation_explains_the_duty(
    sample_case: dict[str, int], session_factory: db.SessionFactory, qapp: Any,
) -> None:
    notify = _clock(session_factory, sample_case["case"], "gdpr_33_1")
    communicate = _clock(session_factory, sample_case["case"], "gdpr_34")
    assert glossary.tooltip("art33_notification") in obligationsview.explanation_html(notify)
    text = obligationsview.explanation_html(communicate)
    assert glossary.tooltip("art34_communication") in text
    assert communicate.due is None  # Art. 34(1) sets no hours: "without undue delay" is explained
    assert glossary.tooltip("without_undue_delay") in text


def test_correspondence_and_evidence_explain_roles_and_custody(
    qtbot: QtBot, inline_tasks: tasks.Tasks, sample_case: dict[str, int], session_factory: db.SessionFactory,
) -> None:
    with session_factory() as session:
        case_parties = parties.list_parties(session, sample_case["case"])
    dialog = correspondencedialog.CorrespondenceDialog(None, tasks=inline_tasks, case_id=sample_case["case"],
                                                       zone="Europe/Paris", parties=case_parties)
    qtbot.addWidget(dialog)
    form = dialog.body.layout()
    assert isinstance(form, QFormLayout)
    assert _explains(_label(form, "Attachments"), "chain_of_custody")
    kinds = dialog.kind
    assert kinds.itemData(kinds.findData("notification"), Qt.ItemDataRole.ToolTipRole) == \
        glossary.tooltip("art33_notification")
    sender = dialog.from_party
    assert sender.itemData(sender.findData(sample_case["processor"]), Qt.ItemDataRole.ToolTipRole) == \
        glossary.tooltip("processor")
    metadata = evidencedialogs.MetadataForm(zone="Europe/Paris", parties=case_parties)
    qtbot.addWidget(metadata)
    evidence_form = metadata.layout()
    assert isinstance(evidence_form, QFormLayout)
    assert _explains(_label(evidence_form, "Acquired at"), "chain_of_custody")
    assert _explains(_label(evidence_form, "Acquired by"), "chain_of_custody")
