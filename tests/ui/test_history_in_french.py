"""The History tab in French: stored English summaries written again from their parts, field names translated."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from cnil_case.core import cases, db, timeline
from cnil_case.core.snapshots import EventInput, Moment
from cnil_case.ui import historymodel, language, tasks
from tests.helpers.fixtures import paris

NNBSP = "\u202f"


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    assert language.install(qapp, "fr") == "fr"
    yield
    language.install(qapp, "en")


@pytest.fixture
def edited(session_factory: db.SessionFactory, sample_case: dict[str, int]) -> dict[str, int]:
    """The sample case, with an event edited (title and category) and the case closed."""
    with session_factory.begin() as session:
        timeline.update_event(session, sample_case["event0"], EventInput(
            occurred=Moment(paris(2024, 1, 29), "day"), title="Intrusion (confirmed)", category="investigation",
            actor_party_id=sample_case["processor"], tags=("derived",)))
        cases.close(session, sample_case["case"])
    return sample_case


def _column(model: historymodel.HistoryModel, column: int) -> list[str]:
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def test_what_happened_is_written_in_french(french: None, inline_tasks: tasks.Tasks, edited: dict[str, int]) -> None:
    model = historymodel.HistoryModel(tasks=inline_tasks)
    model.load(edited["case"], "Europe/Paris")
    stored = [model.entry_at(row).summary for row in range(model.rowCount())]  # type: ignore[union-attr]
    assert stored[:2] == ["Case BRE-2024-001 closed", "Event edited: Intrusion (confirmed) (title, category)"]
    shown = _column(model, historymodel.WHAT)
    assert shown[:2] == ["Dossier BRE-2024-001 clos",
                         f"Événement modifié{NNBSP}: Intrusion (confirmed) (titre, catégorie)"]
    assert f"Événement ajouté{NNBSP}: CNIL press release" in shown
    assert "Partie Mutuelle Exemple ajoutée en tant que responsable du traitement" in shown
    # Every kind of entry the services wrote here has a French template: nothing shows as stored.
    assert all(a != b for a, b in zip(shown, stored, strict=True)), shown
    changes = model.data(model.index(1, historymodel.CHANGES))
    assert changes == f"catégorie{NNBSP}: Attaque → Investigation; titre{NNBSP}: Intrusion → Intrusion (confirmed)"
    assert "Avant" in model.data(model.index(1, historymodel.WHAT), historymodel.Qt.ItemDataRole.ToolTipRole)


def test_an_unknown_summary_shows_as_stored(french: None, inline_tasks: tasks.Tasks, edited: dict[str, int]) -> None:
    model = historymodel.HistoryModel(tasks=inline_tasks)
    model.load(edited["case"], "Europe/Paris")
    entry = model.entry_at(0)
    assert entry is not None
    odd = dataclasses.replace(entry, summary="Case BRE-2024-001 archived by hand")
    assert historymodel.summary(odd) == "Case BRE-2024-001 archived by hand"
    assert historymodel.field_name("no_such_field") == "no_such_field"


def test_english_shows_the_stored_text(inline_tasks: tasks.Tasks, edited: dict[str, int]) -> None:
    model = historymodel.HistoryModel(tasks=inline_tasks)
    model.load(edited["case"], "Europe/Paris")
    assert _column(model, historymodel.WHAT) == [
        model.entry_at(row).summary for row in range(model.rowCount())]  # type: ignore[union-attr]
    assert model.data(model.index(1, historymodel.CHANGES)).endswith("; title: Intrusion → Intrusion (confirmed)")
