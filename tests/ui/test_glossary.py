"""Glossary: every legal term the UI shows is explained with its source, and lookups are forgiving."""

from __future__ import annotations

import re
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from cnil_case.ui import glossary

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
