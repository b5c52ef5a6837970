"""The per-organisation view: everything asked of one operator across cases, with its counts."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from cnil_case.core import cases, correspondence, db, parties
from cnil_case.core.correspondence import CorrespondenceInput
from cnil_case.core.snapshots import CaseInput, Moment, OrganisationInput, PartyInput
from cnil_case.ui import operatorview, tasks
from tests.helpers.fixtures import paris
from tests.ui import stubs


def _two_cases(session_factory: db.SessionFactory, ids: dict[str, int]) -> None:
    now = paris(2024, 3, 1)
    with session_factory.begin() as session:
        correspondence.add(session, ids["case"], CorrespondenceInput(
            kind="questionnaire", subject="Portal security", sent=Moment(paris(2024, 2, 7, 16), "minute"),
            sender_party_id=ids["controller"], recipient_party_id=ids["processor"], limit_amount=15,
            limit_unit="days"), now=now)
        other = cases.create(session, CaseInput(reference="ALMERYS-2024", title="Second operator"))
        cnil = parties.create_organisation(session, OrganisationInput(name="CNIL"))
        sa = parties.add_party(session, other.id, PartyInput(organisation_id=cnil.id, role="supervisory_authority"))
        op = parties.add_party(session, other.id, PartyInput(organisation_id=ids["operator"], role="processor"))
        request = correspondence.add(session, other.id, CorrespondenceInput(
            kind="document_request", subject="Access logs", sent=Moment(paris(2024, 3, 1, 10), "minute"),
            sender_party_id=sa.id, recipient_party_id=op.id, limit_date=dt.date(2024, 3, 8)), now=now)
        correspondence.add(session, other.id, CorrespondenceInput(
            kind="answer", subject="Logs attached", sent=Moment(paris(2024, 3, 5, 9), "minute"),
            sender_party_id=op.id, recipient_party_id=sa.id, parent_id=request.id, completeness="full"), now=now)


def test_one_operator_across_two_cases(qtbot: QtBot, qtmodeltester: ModelTester, inline_tasks: tasks.Tasks,
                                       session_factory: db.SessionFactory, sample_case: dict[str, int],
                                       clock: stubs.FakeClock) -> None:
    _two_cases(session_factory, sample_case)
    clock.set(dt.datetime(2024, 3, 20, tzinfo=dt.UTC))
    dialog = operatorview.OperatorDialog(None, tasks=inline_tasks)
    qtbot.addWidget(dialog)
    dialog.select_organisation(sample_case["operator"])
    rows: list[Any] = dialog.model.rows()
    assert [(r.case_reference, r.subject) for r in rows] == [
        ("BRE-2024-001", "Portal security"), ("ALMERYS-2024", "Access logs"), ("ALMERYS-2024", "Logs attached"),
    ]
    assert dialog.summary.text() == "Asked: 2 · answered: 1 · outstanding: 1 · overdue: 1"
    qtmodeltester.check(dialog.model)
