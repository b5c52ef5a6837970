"""Full-text search: accents, every kind, case scope, highlights, safe queries, index kept in sync."""

from __future__ import annotations

import datetime as dt

import pytest

from cnil_case.core import cases, db, search, timeline
from cnil_case.core.models import Correspondence, Evidence, Finding
from cnil_case.core.snapshots import CaseInput, EventInput, Moment

AT = dt.datetime(2024, 1, 29, 10, tzinfo=dt.UTC)


@pytest.fixture
def workspace(session_factory: db.SessionFactory) -> dict[str, int]:
    with session_factory.begin() as session:
        one = cases.create(session, CaseInput(reference="S-1", title="One")).id
        two = cases.create(session, CaseInput(reference="S-2", title="Two")).id
        event = timeline.add_event(session, one, EventInput(
            occurred=Moment(AT), title="Dossier de l'élève consulté", details="Accès depuis le poste PC-12",
            source="journal du portail", attributes={"user": "dr.martin", "ip": "192.0.2.10"},
        )).id
        timeline.add_event(session, two, EventInput(occurred=Moment(AT), title="Élève absent"))
        evidence = Evidence(case_id=one, sha256="a" * 64, size=1, media_type="text/csv", original_name="export.csv",
                            description="Extraction des bénéficiaires (tiers payant)", acquired_by="")
        finding = Finding(case_id=one, title="Authentification faible", facts="Pas de double facteur sur le portail")
        letter = Correspondence(case_id=one, kind="questionnaire", subject="Questionnaire de contrôle",
                                summary="Demande des journaux d'accès", sent_at=AT)
        session.add_all([evidence, finding, letter])
        session.flush()
        return {"one": one, "two": two, "event": event, "evidence": evidence.id, "finding": finding.id,
                "letter": letter.id}


def _find(factory: db.SessionFactory, query: str, **kw: object) -> list[search.SearchHit]:
    with factory() as session:
        return search.search(session, query, **kw)  # type: ignore[arg-type]


def test_accent_and_case_insensitive(session_factory: db.SessionFactory, workspace: dict[str, int]) -> None:
    hits = _find(session_factory, "eleve")
    assert {(h.kind, h.case_id) for h in hits} == {("event", workspace["one"]), ("event", workspace["two"])}
    assert _find(session_factory, "ÉLÈVE", case_id=workspace["two"])[0].title == "Élève absent"


def test_every_kind_is_searched(session_factory: db.SessionFactory, workspace: dict[str, int]) -> None:
    assert [(h.kind, h.id) for h in _find(session_factory, "beneficiaires")] == [("evidence", workspace["evidence"])]
    assert [(h.kind, h.id) for h in _find(session_factory, "facteur")] == [("finding", workspace["finding"])]
    assert [h.kind for h in _find(session_factory, "journaux")] == ["correspondence"]
    # Attributes and source of events are indexed too.
    assert [h.id for h in _find(session_factory, "dr.martin")] == [workspace["event"]]
    assert [h.id for h in _find(session_factory, '"192.0.2.10"')] == [workspace["event"]]
    portal = _find(session_factory, "portail", case_id=workspace["one"])
    assert {h.kind for h in portal} == {"event", "finding"}


def test_snippet_marks_the_match(session_factory: db.SessionFactory, workspace: dict[str, int]) -> None:
    (hit,) = _find(session_factory, "poste")
    assert f"{search.MARK_START}poste{search.MARK_END}" in hit.snippet
    assert search.plain(hit.snippet).endswith("[poste] PC-12")
    (prefix,) = _find(session_factory, "consul*")
    assert f"{search.MARK_START}consulté{search.MARK_END}" in prefix.snippet


def test_all_terms_must_match_and_phrases(session_factory: db.SessionFactory, workspace: dict[str, int]) -> None:
    assert len(_find(session_factory, "eleve dossier")) == 1
    assert _find(session_factory, "eleve nowhere") == []
    assert len(_find(session_factory, '"dossier de l eleve"')) == 1
    assert _find(session_factory, '"eleve dossier"') == []


@pytest.mark.parametrize("query", ['"unbalanced', "AND", "OR NOT", "NEAR(a b)", "col:eleve", "*", "^", "a -b", "'",
                                   "(((", "eleve)", "", "   ", "\x00", "%_\\"])
def test_queries_never_raise(session_factory: db.SessionFactory, workspace: dict[str, int], query: str) -> None:
    _find(session_factory, query)


def test_index_follows_edits_and_deletes(session_factory: db.SessionFactory, workspace: dict[str, int]) -> None:
    with session_factory.begin() as session:
        row = timeline.get_event(session, workspace["event"])
        timeline.update_event(session, row.id, EventInput(**{**row.as_input().__dict__, "title": "Fiche patient"}))
    assert [h.title for h in _find(session_factory, "fiche")] == ["Fiche patient"]
    assert len(_find(session_factory, "dossier")) == 0
    with session_factory.begin() as session:
        timeline.delete_event(session, workspace["event"])
    assert _find(session_factory, "fiche") == []


def test_limit_offset_and_ranking(session_factory: db.SessionFactory, workspace: dict[str, int]) -> None:
    with session_factory.begin() as session:
        for i in range(30):
            timeline.add_event(session, workspace["one"], EventInput(occurred=Moment(AT), title=f"Alerte {i}"))
    first = _find(session_factory, "alerte", limit=10)
    second = _find(session_factory, "alerte", limit=10, offset=10)
    assert len(first) == len(second) == 10 and not {h.id for h in first} & {h.id for h in second}
    assert all(a.rank <= b.rank for a, b in zip(first, first[1:], strict=False))


def test_parse() -> None:
    assert search.parse('a "b c" d* "e') == [
        search.Term(("a",)), search.Term(("b", "c")), search.Term(("d",), prefix=True), search.Term(("e",)),
    ]
    assert search.parse("192.0.2.10 NEAR(x)") == [search.Term(("192", "0", "2", "10")), search.Term(("NEAR", "x"))]
    assert search.fold("Élève ŒUF ç") == "eleve œuf c"


def test_too_many_matches_come_newest_first(session_factory: db.SessionFactory, workspace: dict[str, int],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    with session_factory.begin() as session:
        ids = [timeline.add_event(session, workspace["one"], EventInput(occurred=Moment(AT), title=f"Alerte {i}")).id
               for i in range(5)]
    monkeypatch.setattr(search, "RANK_MAX", 2)
    hits = _find(session_factory, "alerte", limit=3)
    if session_factory.kw["bind"].dialect.name == "sqlite":
        # The newest three, ranked among themselves.
        assert {h.id for h in hits} == set(ids[-3:])
    else:
        assert len(hits) == 3


def test_event_ids_filter_a_case(session_factory: db.SessionFactory, workspace: dict[str, int]) -> None:
    with session_factory() as session:
        assert search.event_ids(session, "eleve consulte", case_id=workspace["one"]) == {workspace["event"]}
        assert search.event_ids(session, "eleve consulte", case_id=workspace["two"]) == set()
        assert search.event_ids(session, '"', case_id=workspace["one"]) == set()
