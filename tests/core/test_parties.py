"""Organisations (SIREN / SIRET validated) and the parties of a case."""

from __future__ import annotations

import datetime as dt

import pytest

from cnil_case.core import audit, db, parties, timeline
from cnil_case.core.errors import ConflictError, ValidationError
from cnil_case.core.snapshots import Moment, OrganisationInput, PartyInput
from tests.helpers.fixtures import paris


def test_organisation_with_siret_derives_siren(session_factory: db.SessionFactory) -> None:
    with session_factory.begin() as session:
        org = parties.create_organisation(
            session,
            OrganisationInput(name=" Mutuelle ", siret="732 829 320 00074", dpo_name="A. DPO", dpo_email="dpo@example.fr"),
        )
    assert (org.name, org.siren, org.siret) == ("Mutuelle", "732829320", "73282932000074")


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (OrganisationInput(name=""), "Name"),
        (OrganisationInput(name="X", siren="732829321"), "SIREN"),
        (OrganisationInput(name="X", siret="73282932000075"), "SIRET"),
        (OrganisationInput(name="X", siren="356000000", siret="73282932000074"), "SIRET"),
        (OrganisationInput(name="X", country="France"), "Country"),
        (OrganisationInput(name="X", dpo_email="not-an-address"), "DPO e-mail"),
    ],
)
def test_invalid_organisation_names_the_field(session_factory: db.SessionFactory, data: OrganisationInput, field: str) -> None:
    with pytest.raises(ValidationError) as info, session_factory.begin() as session:
        parties.create_organisation(session, data)
    assert info.value.field == field
    with session_factory() as session:
        assert parties.list_organisations(session) == []


def test_la_poste_establishment_and_monaco_are_accepted(session_factory: db.SessionFactory) -> None:
    with session_factory.begin() as session:
        parties.create_organisation(session, OrganisationInput(name="La Poste", siret="35600000049837"))
        # REFERENCE.md §9.2: Monaco codes may hold letters: kept, not rejected.
        parties.create_organisation(session, OrganisationInput(name="Monaco Co", country="MC", siret="MONACOCONFO001"))
        assert len(parties.list_organisations(session)) == 2


def test_party_roles_awareness_and_duplicates(session_factory: db.SessionFactory, sample_case: dict[str, int]) -> None:
    case_id = sample_case["case"]
    with session_factory.begin() as session:
        listed = parties.list_parties(session, case_id)
        assert [(p.organisation_name, p.role) for p in listed] == [
            ("Mutuelle Exemple", "controller"),
            ("Opérateur TP", "processor"),
        ]
        assert listed[0].aware == Moment(paris(2024, 2, 1, 9).astimezone(dt.UTC), "minute")
        assert listed[0].regimes == ("gdpr",)
        with pytest.raises(ValidationError, match="already has that role"):
            parties.add_party(session, case_id, PartyInput(organisation_id=sample_case["insurer"], role="controller"))
        with pytest.raises(ValidationError) as info:
            parties.add_party(session, case_id, PartyInput(organisation_id=sample_case["insurer"], role="owner"))
        assert info.value.field == "Role"


def test_update_party_and_remove_keeps_events(session_factory: db.SessionFactory, sample_case: dict[str, int]) -> None:
    processor = sample_case["processor"]
    with session_factory.begin() as session:
        updated = parties.update_party(
            session, processor,
            PartyInput(organisation_id=sample_case["operator"], role="processor", aware=Moment(paris(2024, 1, 31, 17), "hour"),
                       awareness_note="SOC alert confirmed", regimes=("gdpr", "nis2")),
        )
        assert updated.regimes == ("gdpr", "nis2")
        parties.remove_party(session, processor)
    with session_factory() as session:
        event = timeline.get_event(session, sample_case["event0"])
        assert event.actor_party_id is None and event.title == "Intrusion"
        summaries = [e.summary for e in audit.history(session, sample_case["case"], limit=2)]
    assert "1 event(s) no longer name an actor" in summaries[0]


def test_organisation_in_use_cannot_be_deleted(session_factory: db.SessionFactory, sample_case: dict[str, int]) -> None:
    with pytest.raises(ValidationError, match="party to 1 case"), session_factory.begin() as session:
        parties.delete_organisation(session, sample_case["insurer"])


def test_remove_party_returns_it_and_what_depended_on_it(
    session_factory: db.SessionFactory, sample_case: dict[str, int]
) -> None:
    with session_factory.begin() as session:
        controller = parties.get_party(session, sample_case["controller"])
        removed = parties.remove_party(session, controller.id, expected_version=controller.version)
        # Nothing named the controller: adding it back gives the case as it was.
        assert removed.row == controller and removed.dependents == {}
        again = parties.add_party(session, controller.case_id, removed.row.as_input())
        assert again.as_input() == controller.as_input()
        # The processor is the actor of the intrusion: its removal unlinks that event.
        removed = parties.remove_party(session, sample_case["processor"])
        assert removed.dependents == {"events": 1}


def test_remove_party_refuses_a_stale_version(session_factory: db.SessionFactory, sample_case: dict[str, int]) -> None:
    with session_factory.begin() as session:
        row = parties.get_party(session, sample_case["controller"])
        parties.update_party(session, row.id, PartyInput(**{**row.as_input().__dict__, "notes": "DPA signed"}))
    with pytest.raises(ConflictError, match="Party Mutuelle Exemple"), session_factory.begin() as session:
        parties.remove_party(session, row.id, expected_version=row.version)
    with session_factory() as session:
        assert parties.get_party(session, row.id).notes == "DPA signed"
