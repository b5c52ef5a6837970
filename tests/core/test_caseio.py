"""The case document: lossless round trips, the JSON Schema, and messages that name the JSON path."""

from __future__ import annotations

import copy
import datetime as dt
import json
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy.orm import Session

from cnil_case import paths
from cnil_case.core import (
    affected,
    assessments,
    audit,
    caseio,
    cases,
    db,
    deadlines,
    obligations,
    parties,
    regimes,
    risk,
    taxonomy,
    timeline,
)
from cnil_case.core.errors import DocumentError, UserError, ValidationError
from cnil_case.core.snapshots import (
    AffectedDataInput,
    AffectedPersonsInput,
    CaseInput,
    EventInput,
    Moment,
    OrganisationInput,
    PartyInput,
)
from tests.helpers.fixtures import paris

SCHEMA = json.loads(paths.case_document_schema().read_text(encoding="utf-8"))
SCHEMA_VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)


def _schema_ok(document: Any) -> bool:
    return SCHEMA_VALIDATOR.is_valid(document)


def _without_stamp(document: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in document.items() if k not in ("exported_at", "generator")}


@pytest.fixture
def other_factory(tmp_path: Path) -> Iterator[db.SessionFactory]:
    """A second, fresh workspace (always a SQLite file) to import into."""
    engine, factory = db.open_workspace(tmp_path / "other.sqlite")
    yield factory
    engine.dispose()


def _export(factory: db.SessionFactory, case_id: int) -> dict[str, Any]:
    with factory() as session:
        return caseio.export_case(session, case_id)


def _import(factory: db.SessionFactory, document: dict[str, Any], **kwargs: Any) -> int:
    with factory.begin() as session:
        return caseio.import_case(session, document, source="case.json", **kwargs)


def _offset(minutes: int) -> dt.timezone:
    return dt.timezone(dt.timedelta(minutes=minutes))


# When the fixtures record fulfilments: after every one of them.
NOW = dt.datetime(2024, 6, 1, 12, tzinfo=dt.UTC)


@pytest.fixture
def full_case(session_factory: db.SessionFactory) -> int:
    """A closed case with every field filled, odd offsets, unicode and markup-like text."""
    with session_factory.begin() as session:
        case = cases.create(
            session,
            CaseInput(
                reference="BRE-2024-042 «é»",
                title="Fuite <script>alert(1)</script> & \"quotes\" — 数据",
                summary="Ligne 1\nLigne 2 <b>pas du gras</b>\t\u202fespace fine",
                nature=frozenset({"confidentiality", "integrity", "availability"}),
                origin_intent="accidental",
                origin_source="internal",
                vector="Courriel mal adressé",
                data_description="NIR, état civil",
                persons_description="≈ 1 200 assurés",
                breach_start=Moment(dt.datetime(2024, 3, 31, 0, 30, tzinfo=dt.UTC), "exact"),
                breach_end=Moment(dt.datetime(2024, 4, 2, 12, 0, 0, 250000, tzinfo=dt.UTC), "hour"),
                discovered=Moment(dt.datetime(2024, 4, 3, tzinfo=dt.UTC), "day"),
                display_zone="Asia/Kolkata",
                protection="encrypted",
                key_compromised=False,
                protection_note="AES-256, clé au coffre",
                public_summary="Des données de tiers payant ont été consultées par un tiers.",
            ),
        )
        org = parties.create_organisation(
            session,
            OrganisationInput(
                name="Mutuelle Ünïcode <SA>",
                siren="732829320",
                siret="73282932000074",
                country="FR",
                address="1 rue de l'Exemple\n75000 Paris",
                contact_name="Jeanne Contact",
                contact_email="contact@example.fr",
                contact_phone="+33 1 23 45 67 89",
                dpo_name="Jean DPO",
                dpo_email="dpo@example.fr",
                dpo_phone="+33 1 98 76 54 32",
                notes="notes <i>",
            ),
        )
        foreign = parties.create_organisation(session, OrganisationInput(name="Monaco Conf", siret="MONACOCONFO001", country="MC"))
        controller = parties.add_party(
            session,
            case.id,
            PartyInput(
                organisation_id=org.id,
                role="controller",
                aware=Moment(dt.datetime(2024, 4, 3, 8, 15, tzinfo=dt.UTC), "minute", 120),
                awareness_note="Alerte du sous-traitant",
                regimes=("nis2", "gdpr"),
                notes="x",
                subject_target_hours=96,
                holiday_calendar="57",
                classified=Moment(dt.datetime(2024, 4, 3, 9, 0, tzinfo=dt.UTC), "hour", 330),
            ),
        )
        joint = parties.add_party(session, case.id, PartyInput(organisation_id=org.id, role="joint_controller", regimes=()))
        processor = parties.add_party(
            session, case.id, PartyInput(organisation_id=foreign.id, role="sub_processor", notice_hours=0)
        )
        main_processor = parties.add_party(
            session,
            case.id,
            PartyInput(
                organisation_id=foreign.id,
                role="processor",
                aware=Moment(dt.datetime(2024, 4, 2, 6, 0, tzinfo=dt.UTC), "day"),
                notice_hours=48,
                holiday_calendar="6AE",
                serves=(joint.id, controller.id),  # linked in another order than the parties'
            ),
        )
        # The sub-processor works for a processor added after it.
        parties.update_party(session, processor.id, replace(processor.as_input(), serves=(main_processor.id,)))
        moments = [
            Moment(dt.datetime(2024, 4, 1, 10, 0, tzinfo=_offset(330)), "minute", 330),
            Moment(dt.datetime(2024, 4, 1, 10, 0, tzinfo=_offset(-210)), "exact", -210),
            Moment(dt.datetime(2024, 4, 1, 10, 0, 0, 123456, tzinfo=dt.UTC), "exact", None),
            Moment(dt.datetime(2024, 4, 1, 10, 0, tzinfo=dt.UTC), "hour", 0),
            Moment(dt.datetime(2024, 4, 1, 10, 0, tzinfo=dt.UTC), "day", 0),  # same instant: kept in order
        ]
        for index, moment in enumerate(moments):
            timeline.add_event(
                session,
                case.id,
                EventInput(
                    occurred=moment,
                    title=f"Événement {index} <{index}>",
                    details="" if index % 2 else "détails\n<tag>",
                    source="" if index % 2 else "https://example.org/?a=1&b=2",
                    category=["attack", "detection", "containment", "notification", "press"][index],
                    actor_party_id=[controller.id, processor.id, None, controller.id, None][index],
                    tags=("derived", "été") if index == 0 else (),
                    starred=index in (0, 3),
                    attributes={"timesketch": {"id": index, "ratio": 0.5, "ok": True, "none": None, "list": ["a", 1]}}
                    if index == 0
                    else {},
                ),
            )
        _record_every_status(session, controller=controller.id, joint=joint.id, sub=processor.id, main=main_processor.id)
        _assess_full_case(session, case.id)
        cases.close(session, case.id)
        return case.id


def _assess_full_case(session: Session, case_id: int) -> None:
    """Affected data and persons, then two assessments: the last one, overridden, switches duties off."""
    affected.add_data(session, case_id, AffectedDataInput("nir", 1200, "NIR «complet»"))
    affected.add_data(session, case_id, AffectedDataInput("health", None, ""))
    affected.add_persons(session, case_id, AffectedPersonsInput("insured", "range", 1000, 1200, ("FR", "BE"), "≈"))
    affected.add_persons(session, case_id, AffectedPersonsInput("minors", "unknown", None, None, (), ""))
    start = assessments.draft(session, case_id)
    now = dt.datetime(2024, 4, 6, 12, tzinfo=dt.UTC)
    assessments.record(session, case_id, label="Initial", enisa_input=start.enisa_input, factors=start.factors,
                       now=now, assessed_at=dt.datetime(2024, 4, 3, 10, 30, tzinfo=dt.UTC), author="DPO")
    adjusted = replace(start.enisa_input, categories=tuple(
        replace(c, adjustment=-1, justification="chiffré") for c in start.enisa_input.categories))
    assessments.record(
        session, case_id, label="After investigation",
        enisa_input=adjusted, factors=replace(start.factors, recipients="none", notes={"recipients": "logs"}),
        decided_level="unlikely", exemption="", reason="Clé jamais sortie du coffre",
        now=now, assessed_at=dt.datetime(2024, 4, 5, 8, 0, 0, 500000, tzinfo=dt.UTC), author="Équipe <DPO>",
    )


def _record_every_status(session: Session, *, controller: int, joint: int, sub: int, main: int) -> None:
    """Fulfilled on time and late (with seconds, odd offsets), not required, open with notes."""
    key = deadlines.ObligationKey
    at = dt.datetime(2024, 4, 2, 6, 0, 30, tzinfo=dt.UTC)
    obligations.fulfil(session, key(sub, "gdpr_33_2_sub", main), fulfilled=Moment(at, "exact", -210),
                       reference="  ST-1  ", notes="par téléphone", now=NOW)
    obligations.fulfil(session, key(main, "gdpr_33_2", controller), fulfilled=Moment(at + dt.timedelta(hours=49), "minute", 60),
                       reasons_for_delay="Week-end <b>", now=NOW)
    obligations.mark_not_required(session, key(main, "gdpr_33_2", joint), justification="Informed by the controller",
                                  now=NOW)
    obligations.annotate(session, key(main, "gdpr_33_2", joint), notes="see Art. 26 arrangement", now=NOW)
    obligations.fulfil(session, key(controller, "gdpr_33_1"), fulfilled=Moment(dt.datetime(2024, 4, 5, 9, 0, tzinfo=dt.UTC), "exact"),
                       reference="CNIL-2024-042", now=NOW)
    obligations.mark_not_required(session, key(controller, "gdpr_34"), justification="Art. 34(3)(a): chiffré", now=NOW)
    obligations.annotate(session, key(controller, "nis2_early_warning"), notes="Significant? ask ANSSI", now=NOW)
    # Reopened with notes: open, and still worth keeping.
    obligations.fulfil(session, key(controller, "nis2_notification"), fulfilled=Moment(dt.datetime(2024, 4, 4, tzinfo=dt.UTC)),
                       notes="sent by mistake", now=NOW)
    obligations.reopen(session, key(controller, "nis2_notification"), now=NOW)
    # Recorded, then reopened without notes: nothing left to export.
    obligations.mark_not_required(session, key(controller, "nis2_final"), justification="x", now=NOW)
    obligations.reopen(session, key(controller, "nis2_final"), now=NOW)


def test_sample_case_round_trips_through_a_file(
    session_factory: db.SessionFactory, other_factory: db.SessionFactory, sample_case: dict[str, int], tmp_path: Path
) -> None:
    first = _export(session_factory, sample_case["case"])
    caseio.write(first, tmp_path / "case.json")
    new_id = _import(other_factory, caseio.read(tmp_path / "case.json"))
    second = _export(other_factory, new_id)
    assert _without_stamp(second) == _without_stamp(first)
    assert [e["title"] for e in first["events"]] == ["Intrusion", "Platform disconnected", "CNIL press release"]
    assert first["events"][0]["actor"] == "party-2"
    assert first["parties"][1]["organisation"] == "org-2"


def test_full_case_round_trips_losslessly(
    session_factory: db.SessionFactory, other_factory: db.SessionFactory, full_case: int, tmp_path: Path
) -> None:
    first = _export(session_factory, full_case)
    caseio.write(first, tmp_path / "full.json")
    again = caseio.read(tmp_path / "full.json")
    new_id = _import(other_factory, again)
    second = _export(other_factory, new_id)
    assert _without_stamp(second) == _without_stamp(first)
    # The text on disk is byte-identical too (apart from the stamp): key order is stable.
    caseio.write({**second, "exported_at": first["exported_at"]}, tmp_path / "again.json")
    assert (tmp_path / "again.json").read_bytes() == (tmp_path / "full.json").read_bytes()

    assert first["case"]["status"] == "closed"
    assert first["case"]["nature"] == ["availability", "confidentiality", "integrity"]
    assert [e["occurred"]["at"] for e in first["events"]] == [
        "2024-04-01T10:00:00+05:30",
        "2024-04-01T10:00:00+00:00",
        "2024-04-01T10:00:00+00:00",
        "2024-04-01T10:00:00.123456Z",
        "2024-04-01T10:00:00-03:30",
    ]
    assert first["parties"][0]["regimes"] == ["nis2", "gdpr"]
    assert first["parties"][1]["regimes"] == []
    assert first["organisations"][1]["siret"] == "MONACOCONFO001"
    controller, _joint, sub, main = first["parties"]
    assert controller["aware"] == {"at": "2024-04-03T10:15:00+02:00", "precision": "minute"}
    assert controller["classified"] == {"at": "2024-04-03T14:30:00+05:30", "precision": "hour"}
    assert (controller["notice_hours"], controller["subject_target_hours"], controller["holiday_calendar"]) == (24, 96, "57")
    assert (sub["notice_hours"], sub["subject_target_hours"], sub["classified"]) == (0, None, None)
    assert (main["notice_hours"], main["holiday_calendar"]) == (48, "6AE")
    # Whom each party works for, in the order of the parties in the document.
    assert [p["serves"] for p in first["parties"]] == [[], [], ["party-4"], ["party-1", "party-2"]]
    blank = {"recipient": None, "status": "open", "fulfilled": None, "reference": "", "reasons_for_delay": "",
             "not_required_reason": "", "notes": ""}
    # In the order of the clocks: party, then regime table, then recipient.
    assert first["obligations"] == [
        {**blank, "party": "party-1", "duty": "gdpr_33_1", "status": "fulfilled",
         "fulfilled": {"at": "2024-04-05T09:00:00Z", "precision": "exact"}, "reference": "CNIL-2024-042"},
        {**blank, "party": "party-1", "duty": "gdpr_34", "status": "not_required",
         "not_required_reason": "Art. 34(3)(a): chiffré"},
        {**blank, "party": "party-1", "duty": "nis2_early_warning", "notes": "Significant? ask ANSSI"},
        {**blank, "party": "party-1", "duty": "nis2_notification", "notes": "sent by mistake"},
        {**blank, "party": "party-3", "duty": "gdpr_33_2_sub", "recipient": "party-4", "status": "fulfilled",
         "fulfilled": {"at": "2024-04-02T02:30:30-03:30", "precision": "exact"}, "reference": "ST-1",
         "notes": "par téléphone"},
        {**blank, "party": "party-4", "duty": "gdpr_33_2", "recipient": "party-1", "status": "fulfilled",
         "fulfilled": {"at": "2024-04-04T08:00:30+01:00", "precision": "exact"}, "reasons_for_delay": "Week-end <b>"},
        {**blank, "party": "party-4", "duty": "gdpr_33_2", "recipient": "party-2", "status": "not_required",
         "not_required_reason": "Informed by the controller", "notes": "see Art. 26 arrangement"},
    ]
    text = (tmp_path / "full.json").read_text(encoding="utf-8")
    assert "<script>" in text and "数据" in text  # written as is, not escaped


def test_exports_validate_against_the_schema_and_ours(
    session_factory: db.SessionFactory, sample_case: dict[str, int], full_case: int
) -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    for case_id in (sample_case["case"], full_case):
        document = _export(session_factory, case_id)
        SCHEMA_VALIDATOR.validate(document)
        caseio.validate(document, source="export")


def test_demo_document_validates_against_the_schema_and_ours() -> None:
    document = caseio.read(paths.demo_document())
    SCHEMA_VALIDATOR.validate(json.loads(paths.demo_document().read_text(encoding="utf-8")))
    assert document["case"]["reference"] == "DEMO-VIAMEDIS-ALMERYS-2024"


@pytest.mark.parametrize(
    ("definition", "fields"),
    [
        ("case", caseio.CASE_FIELDS),
        ("organisation", caseio.ORGANISATION_FIELDS),
        ("party", caseio.PARTY_FIELDS),
        ("event", caseio.EVENT_FIELDS),
        ("moment", caseio.MOMENT_FIELDS),
        ("affected_data", caseio.AFFECTED_DATA_FIELDS),
        ("person_count", caseio.COUNT_FIELDS),
        ("affected_persons", caseio.AFFECTED_PERSONS_FIELDS),
        ("category_score", caseio.CATEGORY_SCORE_FIELDS),
        ("enisa", caseio.ENISA_FIELDS),
        ("factors", caseio.FACTOR_FIELDS),
        ("decision", caseio.DECISION_FIELDS),
        ("assessment", caseio.ASSESSMENT_FIELDS),
        ("evidence", caseio.EVIDENCE_FIELDS),
        ("custody_entry", caseio.CUSTODY_FIELDS),
        ("correspondence", caseio.CORRESPONDENCE_FIELDS),
        ("time_limit_period", caseio.LIMIT_PERIOD_FIELDS),
        ("time_limit_date", caseio.LIMIT_DATE_FIELDS),
        ("finding", caseio.FINDING_FIELDS),
        ("measure", caseio.MEASURE_FIELDS),
        (None, caseio.DOCUMENT_FIELDS),
    ],
)
def test_schema_and_validator_know_the_same_members(definition: str | None, fields: dict[str, caseio.Field]) -> None:
    schema = SCHEMA if definition is None else SCHEMA["$defs"][definition]
    assert list(schema["properties"]) == list(fields)
    assert sorted(schema["required"]) == sorted(k for k, f in fields.items() if f.required)
    assert schema["additionalProperties"] is False


# --- instants ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "utc", "offset"),
    [
        ("2024-02-01T09:30:00Z", dt.datetime(2024, 2, 1, 9, 30, tzinfo=dt.UTC), None),
        ("2024-02-01T09:30:00+00:00", dt.datetime(2024, 2, 1, 9, 30, tzinfo=dt.UTC), 0),
        ("2024-02-01T10:30:00+01:00", dt.datetime(2024, 2, 1, 9, 30, tzinfo=dt.UTC), 60),
        ("2024-02-01T15:00:00.5+05:30", dt.datetime(2024, 2, 1, 9, 30, 0, 500000, tzinfo=dt.UTC), 330),
        ("2024-02-01T06:00:00-03:30", dt.datetime(2024, 2, 1, 9, 30, tzinfo=dt.UTC), -210),
    ],
)
def test_instants_keep_their_offset(text: str, utc: dt.datetime, offset: int | None) -> None:
    at, parsed_offset = caseio.parse_instant(text)
    assert at == utc and parsed_offset == offset
    expected = text.replace(".5+", ".500000+")
    assert caseio.format_instant(utc, offset) == expected


@pytest.mark.parametrize(
    "text", ["2024-02-01", "2024-02-01T09:30:00", "2024-02-01 09:30:00Z", "2024-02-01T09:30Z", "yesterday"]
)
def test_instants_need_a_time_and_an_offset(text: str) -> None:
    with pytest.raises(ValueError, match="is not a date-time with offset"):
        caseio.parse_instant(text)


# --- malformed documents ----------------------------------------------------------------------


def _base() -> dict[str, Any]:
    """A small valid document, as someone might write by hand (optional members left out)."""
    return {
        "format": "cnil-case/case-document",
        "version": 1,
        "case": {"reference": "HAND-1", "title": "Hand-written", "nature": ["confidentiality"]},
        "organisations": [
            {"key": "org-1", "name": "Opérateur", "siren": "732829320"},
            {"key": "org-2", "name": "CNIL"},
        ],
        "parties": [
            {"key": "party-1", "organisation": "org-1", "role": "processor"},
            {"key": "party-2", "organisation": "org-2", "role": "supervisory_authority"},
        ],
        "events": [
            {"key": "e1", "occurred": {"at": "2024-01-29T00:00:00+01:00", "precision": "day"}, "title": "Intrusion",
             "category": "attack", "actor": "party-1"},
            {"key": "e2", "occurred": {"at": "2024-02-01T09:00:00Z", "precision": "hour"}, "title": "Announced"},
        ],
    }


def test_the_base_document_is_valid_and_imports(session_factory: db.SessionFactory) -> None:
    caseio.validate(_base(), source="case.json")
    assert _schema_ok(_base())
    case_id = _import(session_factory, _base())
    exported = _export(session_factory, case_id)
    assert exported["case"]["display_zone"] == "Europe/Paris"  # defaults filled in
    assert exported["parties"][0]["regimes"] == ["gdpr"]
    assert [e["actor"] for e in exported["events"]] == ["party-1", None]


def _set(path: list[str | int], value: Any) -> Callable[[dict[str, Any]], None]:
    def mutate(document: dict[str, Any]) -> None:
        target: Any = document
        for step in path[:-1]:
            target = target[step]
        target[path[-1]] = value

    return mutate


def _delete(path: list[str | int]) -> Callable[[dict[str, Any]], None]:
    def mutate(document: dict[str, Any]) -> None:
        target: Any = document
        for step in path[:-1]:
            target = target[step]
        del target[path[-1]]

    return mutate


# (id, mutation, JSON path, part of the message, does the JSON Schema catch it too? None: see below)
MALFORMED: list[tuple[str, Callable[[dict[str, Any]], None], str, str, bool | None]] = [
    ("missing case", _delete(["case"]), "$.case", "is missing", True),
    ("missing format", _delete(["format"]), "$.format", "not a cnil-case case document", True),
    ("other format", _set(["format"], "timesketch"), "$.format",
     '"timesketch" is not a cnil-case case document', True),
    ("version as text", _set(["version"], "1"), "$.version", 'expected a whole number, got a string ("1")', True),
    ("version zero", _set(["version"], 0), "$.version", "0 is not a case-document version", True),
    ("version true", _set(["version"], True), "$.version", "expected a whole number, got true", True),
    ("newer version", _set(["version"], 2), "$.version", "written by a newer cnil-case (document version 2", True),
    ("bad date", _set(["events", 1, "occurred", "at"], "2024-02-30"), "$.events[1].occurred.at",
     '"2024-02-30" is not a date-time with offset', True),
    ("day not in calendar", _set(["events", 1, "occurred", "at"], "2024-02-30T10:00:00Z"), "$.events[1].occurred.at",
     '"2024-02-30T10:00:00Z" is not a valid date-time (day is out of range for month)', False),
    ("local time without offset", _set(["events", 0, "occurred", "at"], "2024-01-29T10:00:00"),
     "$.events[0].occurred.at", "is not a date-time with offset", True),
    ("bad precision", _set(["events", 0, "occurred", "precision"], "second"), "$.events[0].occurred.precision",
     '"second" is not a precision; use one of exact, minute, hour, day', True),
    ("missing time", _delete(["events", 1, "occurred"]), "$.events[1].occurred", "is missing", True),
    ("unknown category", _set(["events", 0, "category"], "ransom"), "$.events[0].category",
     '"ransom" is not an event category', True),
    ("unknown actor", _set(["events", 0, "actor"], "party-9"), "$.events[0].actor",
     '"party-9" is not the key of a party in $.parties', False),
    ("unknown organisation", _set(["parties", 1, "organisation"], "org-3"), "$.parties[1].organisation",
     '"org-3" is not the key of an organisation in $.organisations', False),
    ("duplicate key", _set(["parties", 1, "key"], "party-1"), "$.parties[1].key",
     '"party-1" is already the key of party $.parties[0]', False),
    ("empty title", _set(["case", "title"], ""), "$.case.title", "is blank", True),
    ("blank title", _set(["case", "title"], "   "), "$.case.title", "is blank", True),
    ("blank event title", _set(["events", 1, "title"], " \n"), "$.events[1].title", "is blank", True),
    ("title too long", _set(["case", "title"], "x" * 301), "$.case.title", "at most 300", True),
    ("unknown key", _set(["case", "titel"], "typo"), "$.case.titel", 'unknown key; did you mean "title"?', True),
    ("unknown top-level key", _set(["exhibits"], []), "$.exhibits", "unknown key", True),
    ("repeated tag", _set(["events", 0, "tags"], ["a", "a"]), "$.events[0].tags[1]", '"a" is listed twice', True),
    ("tag with comma", _set(["events", 0, "tags"], ["a,b"]), "$.events[0].tags[0]", "holds no comma", True),
    ("starred as text", _set(["events", 0, "starred"], "yes"), "$.events[0].starred",
     'expected true or false, got a string ("yes")', True),
    ("nature unknown", _set(["case", "nature"], ["privacy"]), "$.case.nature[0]", '"privacy" is not a breach nature', True),
    ("events not a list", _set(["events"], {}), "$.events", "expected an array, got an object", True),
    ("event not an object", _set(["events", 0], "Intrusion"), "$.events[0]",
     'expected an event (a JSON object), got a string ("Intrusion")', True),
    ("lower-case country", _set(["organisations", 0, "country"], "fr"), "$.organisations[0].country",
     "two-letter upper-case ISO country code", True),
    ("NUL in text", _set(["case", "summary"], "a\x00b"), "$.case.summary", "NUL character", True),
    ("odd key", _set(["case", "odd key"], 1), '$.case["odd key"]', "unknown key", True),
    ("attributes not an object", _set(["events", 0, "attributes"], [1]), "$.events[0].attributes",
     "expected a JSON object, got an array", True),
    ("newer version with new sections", lambda d: d.update(version=3, evidence=[]), "$.version",
     "written by a newer cnil-case", True),
    # A trailing newline passes Python's "$" (which the jsonschema library uses for "pattern"),
    # not ECMA-262's, which the schema means: ours matches whole strings.
    ("key with a newline", _set(["parties", 0, "key"], "party-1\n"), "$.parties[0].key",
     "is not a valid key", None),
    ("instant with a newline", _set(["events", 1, "occurred", "at"], "2024-02-01T09:00:00Z\n"),
     "$.events[1].occurred.at", "is not a date-time with offset", None),
    ("country with a newline", _set(["organisations", 1, "country"], "FR\n"), "$.organisations[1].country",
     "two-letter upper-case", None),
]


@pytest.mark.parametrize(
    ("mutation", "path", "message", "schema_rejects"),
    [pytest.param(*row[1:], id=row[0]) for row in MALFORMED],
)
def test_malformed_documents_name_the_json_path(
    mutation: Callable[[dict[str, Any]], None], path: str, message: str, schema_rejects: bool | None
) -> None:
    document = _base()
    mutation(document)
    with pytest.raises(DocumentError) as info:
        caseio.validate(document, source="case.json")
    assert info.value.path == path
    assert message in info.value.reason
    assert str(info.value).startswith(f"case.json, at {path}: ")
    if schema_rejects is not None:
        assert _schema_ok(document) is not schema_rejects


@pytest.mark.parametrize(
    ("text", "path", "message"),
    [
        pytest.param("{\n  \"format\": \"cnil-case/case-document\",\n  \"version\": 1\n  \"case\": {}\n}", "",
                     "is not valid JSON: Expecting ',' delimiter at line 4, column 3", id="syntax"),
        pytest.param("", "", "is empty", id="empty"),
        pytest.param("[1, 2]", "$", "expected a case document (a JSON object), got an array", id="array at root"),
        pytest.param('"case"', "$", 'got a string ("case")', id="string at root"),
        pytest.param('{"format": "cnil-case/case-document", "version": NaN}', "", "NaN is not a number in JSON",
                     id="NaN"),
        pytest.param(json.dumps(_base())[:-1] + ', "case": {"reference": "X", "title": "Y"}}', "$.case",
                     "appears twice in the same object", id="duplicate member"),
        pytest.param(json.dumps(_base()).replace('"title": "Intrusion"', '"title": "Intrusion", "title": "Again"'),
                     "$.events[0].title", "appears twice", id="duplicate member in an event"),
    ],
)
def test_unparseable_text_names_line_or_path(text: str, path: str, message: str) -> None:
    with pytest.raises(DocumentError) as info:
        caseio.loads(text, source="case.json")
    assert info.value.path == path
    assert message in info.value.reason


def test_read_names_the_file(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match=r"missing\.json: no such file"):
        caseio.read(tmp_path / "missing.json")
    with pytest.raises(DocumentError, match="is a folder"):
        caseio.read(tmp_path)
    latin1 = tmp_path / "latin1.json"
    latin1.write_bytes('{\n"case": "é"}'.encode("latin-1"))
    with pytest.raises(DocumentError, match=r"latin1\.json: is not UTF-8 text \(bad byte at line 2\)"):
        caseio.read(latin1)
    bom = tmp_path / "bom.json"
    bom.write_bytes(b"\xef\xbb\xbf" + json.dumps(_base()).encode("utf-8"))
    assert caseio.read(bom)["case"]["reference"] == "HAND-1"


# (id, mutation, JSON path, part of the message): values only the domain refuses, at import.
REFUSED_AT_IMPORT: list[tuple[str, Callable[[dict[str, Any]], None], str, str]] = [
    ("bad SIREN", _set(["organisations", 0, "siren"], "732829321"), "$.organisations[0].siren",
     "732829321 fails the Luhn check"),
    ("bad SIRET", _set(["organisations", 1, "siret"], "73282932000075"), "$.organisations[1].siret", "Luhn"),
    ("bad e-mail", _set(["organisations", 1, "dpo_email"], "dpo at cnil"), "$.organisations[1].dpo_email",
     "is not an e-mail address"),
    ("unknown zone", _set(["case", "display_zone"], "Mars/Olympus"), "$.case.display_zone",
     "is not a known IANA time zone"),
    ("end before start", lambda d: d["case"].update(
        breach_start={"at": "2024-02-01T00:00:00Z", "precision": "day"},
        breach_end={"at": "2024-01-01T00:00:00Z", "precision": "day"}), "$.case.breach_end", "before the start"),
    ("same organisation twice in a role", lambda d: d["parties"].append(
        {"key": "party-3", "organisation": "org-1", "role": "processor"}), "$.parties[2].role", "already has that role"),
]


@pytest.mark.parametrize(
    ("mutation", "path", "message"), [pytest.param(*row[1:], id=row[0]) for row in REFUSED_AT_IMPORT]
)
def test_domain_errors_at_import_name_the_json_path_and_change_nothing(
    session_factory: db.SessionFactory, mutation: Callable[[dict[str, Any]], None], path: str, message: str
) -> None:
    document = _base()
    mutation(document)
    with pytest.raises(DocumentError) as info:
        _import(session_factory, document)
    assert info.value.path == path
    assert message in info.value.reason
    assert str(info.value).startswith(f"case.json, at {path}: ")
    with session_factory() as session:
        assert cases.list_rows(session) == []
        assert parties.list_organisations(session) == []
        assert audit.history(session, None) == []


# --- obligations -------------------------------------------------------------------------------


def _with_obligations() -> dict[str, Any]:
    """The base document with a controller, the processor's settings and one record of each kind."""
    document = _base()
    document["organisations"].append({"key": "org-3", "name": "Mutuelle"})
    document["parties"][0].update(aware={"at": "2024-01-31T10:00:00+01:00", "precision": "minute"}, notice_hours=48)
    document["parties"].append({"key": "party-3", "organisation": "org-3", "role": "controller",
                                "aware": {"at": "2024-02-01T09:00:00+01:00", "precision": "minute"}})
    document["obligations"] = [
        # Due Fri 2 Feb 10:00 (48 contractual hours): on time.
        {"party": "party-1", "duty": "gdpr_33_2", "recipient": "party-3", "status": "fulfilled",
         "fulfilled": {"at": "2024-02-01T08:30:00+01:00", "precision": "minute"}, "reference": "AR-1"},
        # Due Sun 4 Feb 09:00: a day late, with the reasons Art. 33(1) asks for.
        {"party": "party-3", "duty": "gdpr_33_1", "status": "fulfilled",
         "fulfilled": {"at": "2024-02-05T09:00:00+01:00", "precision": "minute"},
         "reasons_for_delay": "Scope unknown until the forensic report"},
        {"party": "party-3", "duty": "gdpr_34", "status": "not_required",
         "not_required_reason": "Art. 34(3)(a): the data were encrypted"},
        {"party": "party-3", "duty": "gdpr_33_4", "notes": "Waiting for the forensic report"},
    ]
    return document


def _second_controller(serves: list[str]) -> Callable[[dict[str, Any]], None]:
    """Add a second controller, "party-4"; the processor "party-1" works for ``serves``."""

    def mutate(document: dict[str, Any]) -> None:
        document["organisations"].append({"key": "org-4", "name": "Autre Mutuelle"})
        document["parties"].append({"key": "party-4", "organisation": "org-4", "role": "controller"})
        document["parties"][0]["serves"] = serves

    return mutate


# (id, mutation, JSON path, part of the message, does the JSON Schema catch it too?)
OBLIGATIONS_MALFORMED: list[tuple[str, Callable[[dict[str, Any]], None], str, str, bool]] = [
    ("unknown duty code", _set(["obligations", 0, "duty"], "gdpr_99"), "$.obligations[0].duty",
     '"gdpr_99" is not a duty code; use one of gdpr_33_1, gdpr_33_4, gdpr_33_2,', True),
    ("duty of another role", _set(["obligations", 1, "party"], "party-1"), "$.obligations[1].duty",
     '"gdpr_33_1" (GDPR Art. 33(1)) does not bind this party: "party-1" is a processor, and GDPR Art. 33(1) '
     "is owed by a controller or joint_controller", False),
    ("duty of a regime that does not bind", _set(["obligations", 1, "duty"], "nis2_early_warning"),
     "$.obligations[1].duty", '"party-3" is not bound by "nis2" (its regimes: gdpr); add it to $.parties[2].regimes',
     False),
    ("no regimes at all", _set(["parties", 2, "regimes"], []), "$.obligations[1].duty",
     '"party-3" is not bound by "gdpr" (its regimes: none)', False),
    ("recipient for a duty without recipients", _set(["obligations", 1, "recipient"], "party-1"),
     "$.obligations[1].recipient",
     "must be null: GDPR Art. 33(1) goes to the supervisory authority (Art. 55), not to a party of the case", False),
    ("recipient of the wrong role", _set(["obligations", 0, "recipient"], "party-2"), "$.obligations[0].recipient",
     '"party-2" is a supervisory_authority, and GDPR Art. 33(2) goes to a controller or joint_controller', False),
    ("recipient missing", _delete(["obligations", 0, "recipient"]), "$.obligations[0].recipient",
     "must name the controller or joint_controller notified: GDPR Art. 33(2) is owed to each", False),
    ("unknown recipient", _set(["obligations", 0, "recipient"], "party-9"), "$.obligations[0].recipient",
     '"party-9" is not the key of a party in $.parties', False),
    ("unknown party", _set(["obligations", 2, "party"], "party-9"), "$.obligations[2].party",
     '"party-9" is not the key of a party in $.parties', False),
    ("recorded twice", lambda d: d["obligations"].append(dict(d["obligations"][2])), "$.obligations[4]",
     "records the same obligation as $.obligations[2]; keep one", False),
    ("fulfilled without a moment", _delete(["obligations", 1, "fulfilled"]), "$.obligations[1].fulfilled",
     "is missing: a fulfilled obligation needs the moment it was fulfilled", True),
    ("fulfilled with a null moment", _set(["obligations", 1, "fulfilled"], None), "$.obligations[1].fulfilled",
     "is null: a fulfilled obligation needs the moment it was fulfilled", True),
    ("fulfilment known to the day", _set(["obligations", 1, "fulfilled", "precision"], "day"),
     "$.obligations[1].fulfilled.precision", '"day" is too coarse for a fulfilment', True),
    ("open with a fulfilment", _set(["obligations", 3, "fulfilled"], {"at": "2024-02-06T10:00:00Z", "precision": "exact"}),
     "$.obligations[3].fulfilled", 'must be null unless status is "fulfilled" (status is "open")', True),
    ("reference when not fulfilled", _set(["obligations", 2, "reference"], "X-1"), "$.obligations[2].reference",
     'is kept only for a fulfilled obligation (status is "not_required")', True),
    ("reasons when not fulfilled", _set(["obligations", 3, "reasons_for_delay"], "late"),
     "$.obligations[3].reasons_for_delay", "is kept only for a fulfilled obligation", True),
    ("not required without a reason", _delete(["obligations", 2, "not_required_reason"]),
     "$.obligations[2].not_required_reason", "is missing: say why this obligation is not required", True),
    ("not required with a blank reason", _set(["obligations", 2, "not_required_reason"], " \n"),
     "$.obligations[2].not_required_reason", "is blank: say why", True),
    ("a reason when required", _set(["obligations", 1, "not_required_reason"], "x"),
     "$.obligations[1].not_required_reason", 'is kept only when status is "not_required" (status is "fulfilled")', True),
    ("unknown status", _set(["obligations", 3, "status"], "sent"), "$.obligations[3].status",
     '"sent" is not an obligation status; use one of open, fulfilled, not_required', True),
    ("misspelt member", _set(["obligations", 3, "fullfilled"], None), "$.obligations[3].fullfilled",
     'unknown key; did you mean "fulfilled"?', True),
    ("obligations not a list", _set(["obligations"], {}), "$.obligations", "expected an array, got an object", True),
    ("unknown holiday calendar", _set(["parties", 0, "holiday_calendar"], "67"), "$.parties[0].holiday_calendar",
     '"67" is not a holiday calendar; use null for the national list or one of 57, 6AE, 971', True),
    ("holiday calendar by name", _set(["parties", 0, "holiday_calendar"], "Alsace"), "$.parties[0].holiday_calendar",
     '"Alsace" is not a holiday calendar', True),
    ("negative notice hours", _set(["parties", 0, "notice_hours"], -1), "$.parties[0].notice_hours",
     "-1 is negative: a number of hours is 0 or more", True),
    ("negative target hours", _set(["parties", 2, "subject_target_hours"], -72), "$.parties[2].subject_target_hours",
     "-72 is negative", True),
    ("fractional hours", _set(["parties", 0, "notice_hours"], 1.5), "$.parties[0].notice_hours",
     "1.5 is not a whole number of hours", True),
    ("hours as text", _set(["parties", 0, "notice_hours"], "24"), "$.parties[0].notice_hours",
     'expected a whole number of hours, got a string ("24")', True),
    ("hours as a boolean", _set(["parties", 0, "notice_hours"], True), "$.parties[0].notice_hours",
     "expected a whole number of hours, got true", True),
    ("more than a year of hours", _set(["parties", 0, "notice_hours"], 9000), "$.parties[0].notice_hours",
     "9000 hours is more than a year; at most 8784 are allowed", True),
    ("classified without offset", _set(["parties", 2, "classified"], {"at": "2024-02-01T10:00:00", "precision": "minute"}),
     "$.parties[2].classified.at", "is not a date-time with offset", True),
    ("works for an unknown party", _set(["parties", 0, "serves"], ["party-3", "party-9"]), "$.parties[0].serves[1]",
     '"party-9" is not the key of a party in $.parties', False),
    ("works for itself", _set(["parties", 0, "serves"], ["party-1"]), "$.parties[0].serves[0]",
     '"party-1" is this party itself: a party does not work for itself', False),
    ("a controller that works for others", _set(["parties", 2, "serves"], ["party-1"]), "$.parties[2].serves",
     'must be empty: "party-3" is a controller, and only a processor (for controllers) or a sub_processor '
     "(for processors) works for other parties", True),
    ("works for a party of the wrong role", _set(["parties", 0, "serves"], ["party-2"]), "$.parties[0].serves[0]",
     '"party-2" is a supervisory_authority, and a processor works for a controller or joint_controller', False),
    ("a sub-processor working for a controller", lambda d: d["parties"].append(
        {"key": "party-4", "organisation": "org-1", "role": "sub_processor", "serves": ["party-1", "party-3"]}),
     "$.parties[3].serves[1]", '"party-3" is a controller, and a sub_processor works for a processor', False),
    ("works for a party twice", _set(["parties", 0, "serves"], ["party-3", "party-3"]), "$.parties[0].serves[1]",
     '"party-3" is listed twice', True),
    ("works for a bad key", _set(["parties", 0, "serves"], ["party 3"]), "$.parties[0].serves[0]",
     '"party 3" is not a valid key', True),
    ("works for as a string", _set(["parties", 0, "serves"], "party-3"), "$.parties[0].serves",
     'expected an array, got a string ("party-3")', True),
    ("a notice to a controller it does not work for", _second_controller(["party-4"]), "$.obligations[0].recipient",
     '"party-1" does not work for "party-3" (it works for "party-4", $.parties[0].serves): GDPR Art. 33(2) is owed '
     "only to the parties it works for", False),
]


@pytest.mark.parametrize(
    ("mutation", "path", "message", "schema_rejects"),
    [pytest.param(*row[1:], id=row[0]) for row in OBLIGATIONS_MALFORMED],
)
def test_malformed_obligations_and_party_settings_name_the_json_path(
    mutation: Callable[[dict[str, Any]], None], path: str, message: str, schema_rejects: bool
) -> None:
    document = _with_obligations()
    mutation(document)
    with pytest.raises(DocumentError) as info:
        caseio.validate(document, source="case.json")
    assert info.value.path == path
    assert message in info.value.reason, info.value.reason
    assert _schema_ok(document) is not schema_rejects


def test_obligation_document_is_valid_and_integral_hours_may_be_written_as_decimals() -> None:
    document = _with_obligations()
    caseio.validate(document, source="case.json")
    assert _schema_ok(document)
    document["parties"][0]["notice_hours"] = 48.0  # JSON has one kind of number; the schema agrees
    caseio.validate(document, source="case.json")
    assert _schema_ok(document)


def test_obligations_import_through_the_services_and_export_back(
    session_factory: db.SessionFactory, other_factory: db.SessionFactory
) -> None:
    document = _with_obligations()
    document["parties"][0]["notice_hours"] = 48.0
    document["obligations"].reverse()  # the document's order does not matter
    case_id = _import(session_factory, document)
    exported = _export(session_factory, case_id)
    blank = {"recipient": None, "status": "open", "fulfilled": None, "reference": "", "reasons_for_delay": "",
             "not_required_reason": "", "notes": ""}
    assert exported["parties"][0]["notice_hours"] == 48
    # Written in the clocks' order; a fulfilment reads back as an exact instant in its own offset.
    assert exported["obligations"] == [
        {**blank, "party": "party-1", "duty": "gdpr_33_2", "recipient": "party-3", "status": "fulfilled",
         "fulfilled": {"at": "2024-02-01T08:30:00+01:00", "precision": "exact"}, "reference": "AR-1"},
        {**blank, "party": "party-3", "duty": "gdpr_33_1", "status": "fulfilled",
         "fulfilled": {"at": "2024-02-05T09:00:00+01:00", "precision": "exact"},
         "reasons_for_delay": "Scope unknown until the forensic report"},
        {**blank, "party": "party-3", "duty": "gdpr_33_4", "notes": "Waiting for the forensic report"},
        {**blank, "party": "party-3", "duty": "gdpr_34", "status": "not_required",
         "not_required_reason": "Art. 34(3)(a): the data were encrypted"},
    ]
    with session_factory() as session:
        clocks = {c.duty.code: c for c in obligations.for_case(session, case_id, now=NOW)}
        summaries = [row.summary for row in audit.history(session, case_id)]
    assert clocks["gdpr_33_1"].state is deadlines.ClockState.FULFILLED_LATE
    assert clocks["gdpr_33_2"].state is deadlines.ClockState.FULFILLED_ON_TIME
    assert clocks["gdpr_34"].state is deadlines.ClockState.NOT_REQUIRED
    assert sum(": fulfilled" in s for s in summaries) == 2  # through the audited services
    # And once more through a second workspace: nothing changes.
    again = _export(other_factory, _import(other_factory, exported))
    assert _without_stamp(again) == _without_stamp(exported)


def test_a_controller_without_awareness_is_late_from_its_processors_notice(session_factory: db.SessionFactory) -> None:
    """EDPB 9/2022: aware once informed by the processor, so the notice is recorded first."""
    document = _with_obligations()
    document["parties"][2]["aware"] = None
    document["obligations"].reverse()  # the controller's own record comes first in the file
    case_id = _import(session_factory, document)
    with session_factory() as session:
        clock = next(c for c in obligations.for_case(session, case_id, now=NOW) if c.duty.code == "gdpr_33_1")
    assert clock.start == dt.datetime(2024, 2, 1, 7, 30, tzinfo=dt.UTC)  # the notice, 08:30 in Paris
    assert clock.due == dt.datetime(2024, 2, 4, 7, 30, tzinfo=dt.UTC)
    assert clock.state is deadlines.ClockState.FULFILLED_LATE


def test_records_of_duties_that_no_longer_bind_are_not_exported(
    session_factory: db.SessionFactory, other_factory: db.SessionFactory
) -> None:
    case_id = _import(session_factory, _with_obligations())
    with session_factory.begin() as session:
        controller = parties.list_parties(session, case_id)[2]
        # The controller is no longer bound by the GDPR: its records stay in the workspace, unused.
        parties.update_party(session, controller.id, PartyInput(**{**controller.as_input().__dict__, "regimes": ()}))
    exported = _export(session_factory, case_id)
    assert [(o["party"], o["duty"]) for o in exported["obligations"]] == [("party-1", "gdpr_33_2")]
    assert _export(other_factory, _import(other_factory, exported))["obligations"] == exported["obligations"]


def _with_a_second_controller(serves: list[str]) -> dict[str, Any]:
    document = _with_obligations()
    _second_controller(serves)(document)
    return document


def test_a_party_works_for_parties_listed_after_it_and_the_links_are_audited(
    session_factory: db.SessionFactory, other_factory: db.SessionFactory
) -> None:
    document = _with_a_second_controller(["party-4", "party-3"])  # both after it, out of order
    assert _schema_ok(document)
    case_id = _import(session_factory, document)
    exported = _export(session_factory, case_id)
    assert [p["serves"] for p in exported["parties"]] == [["party-3", "party-4"], [], [], []]
    with session_factory() as session:
        rows = parties.list_parties(session, case_id)
        assert rows[0].serves == (rows[2].id, rows[3].id)
        history = audit.history(session, case_id)
        assert audit.verify(session) is None
    # One entry per party that works for others, on top of the one that added it.
    edits = [row for row in history if row.summary.startswith("Party Opérateur")]
    assert [row.summary for row in edits] == ["Party Opérateur edited (serves)", "Party Opérateur added as processor"]
    assert _without_stamp(_export(other_factory, _import(other_factory, exported))) == _without_stamp(exported)


def test_a_processor_owes_notices_only_to_the_controllers_it_works_for(session_factory: db.SessionFactory) -> None:
    document = _with_a_second_controller(["party-4"])
    del document["obligations"][0]  # the notice to party-3, which it does not work for
    case_id = _import(session_factory, document)
    with session_factory() as session:
        notices = [c.recipient for c in obligations.for_case(session, case_id, now=NOW) if c.duty.code == "gdpr_33_2"]
    assert notices == ["Autre Mutuelle"]


def test_records_towards_a_party_no_longer_served_are_not_exported(
    session_factory: db.SessionFactory, other_factory: db.SessionFactory
) -> None:
    document = _with_a_second_controller([])  # works for every controller: notices to party-3 and party-4
    case_id = _import(session_factory, document)
    with session_factory.begin() as session:
        processor, _authority, _first, second = parties.list_parties(session, case_id)
        # Found out later: it works for the second controller only. The notice recorded towards the
        # first stays in the workspace, where no clock uses it.
        parties.update_party(session, processor.id, replace(processor.as_input(), serves=(second.id,)))
    exported = _export(session_factory, case_id)
    assert exported["parties"][0]["serves"] == ["party-4"]
    assert [(o["party"], o["duty"], o["recipient"]) for o in exported["obligations"]] == [
        ("party-3", "gdpr_33_1", None), ("party-3", "gdpr_33_4", None), ("party-3", "gdpr_34", None)
    ]
    assert _without_stamp(_export(other_factory, _import(other_factory, exported))) == _without_stamp(exported)


def _fulfilled_at(index: int, at: str) -> Callable[[dict[str, Any]], None]:
    return _set(["obligations", index, "fulfilled"], {"at": at, "precision": "minute"})


def _chained_first(document: dict[str, Any]) -> None:
    del document["obligations"][1]
    document["obligations"][2].update(status="fulfilled", fulfilled={"at": "2024-02-03T10:00:00Z", "precision": "minute"})


# (id, mutation, JSON path, part of the message): what the obligations service refuses.
OBLIGATIONS_REFUSED_AT_IMPORT: list[tuple[str, Callable[[dict[str, Any]], None], str, str]] = [
    ("late without reasons", _delete(["obligations", 1, "reasons_for_delay"]), "$.obligations[1].reasons_for_delay",
     "required: this is late by 1 d 00 h 00 min (deadline Sun 2024-02-04 09:00 (UTC+01:00)); GDPR Art. 33(1)"),
    ("late with blank reasons", _set(["obligations", 1, "reasons_for_delay"], "  "), "$.obligations[1].reasons_for_delay",
     "required: this is late by 1 d 00 h 00 min"),
    ("reasons when on time", _set(["obligations", 0, "reasons_for_delay"], "Week-end"),
     "$.obligations[0].reasons_for_delay",
     "this fulfilment is not late (deadline: Fri 2024-02-02 10:00 (UTC+01:00)): reasons for a delay are kept only "
     "for a late one"),
    ("before the clock started", _fulfilled_at(1, "2024-02-01T08:59:00+01:00"), "$.obligations[1].fulfilled",
     "is before the clock started (Thu 2024-02-01 09:00 (UTC+01:00))"),
    ("in the future", _fulfilled_at(1, "2999-01-01T00:00:00Z"), "$.obligations[1].fulfilled", "is in the future"),
    ("a chained step before the first", _chained_first, "$.obligations[2].fulfilled",
     "record the initial notification to the supervisory authority (GDPR Art. 33(1)) first"),
]


@pytest.mark.parametrize(
    ("mutation", "path", "message"), [pytest.param(*row[1:], id=row[0]) for row in OBLIGATIONS_REFUSED_AT_IMPORT]
)
def test_obligation_rules_hold_at_import(
    session_factory: db.SessionFactory, mutation: Callable[[dict[str, Any]], None], path: str, message: str
) -> None:
    document = _with_obligations()
    mutation(document)
    caseio.validate(document, source="case.json")  # well formed: only the domain refuses it
    with pytest.raises(DocumentError) as info:
        _import(session_factory, document)
    assert info.value.path == path
    assert message in info.value.reason, info.value.reason
    assert str(info.value).startswith(f"case.json, at {path}: ")
    with session_factory() as session:
        assert cases.list_rows(session) == []


def test_a_taken_reference_says_how_to_import_under_another(session_factory: db.SessionFactory) -> None:
    first = _import(session_factory, _base())
    with pytest.raises(caseio.ReferenceTakenError) as info:
        _import(session_factory, _base())
    assert info.value.path == "$.case.reference"
    assert info.value.suggestion == "HAND-1-2"
    assert 'import the document under another reference, such as "HAND-1-2"' in str(info.value)

    second = _import(session_factory, _base(), reference=" HAND-1-2 ")
    with session_factory() as session:
        assert cases.get(session, second).reference == "HAND-1-2"
        # The second import reused the organisations: by SIREN, and by name and country.
        assert len(parties.list_organisations(session)) == 2
        assert {p.organisation_id for p in parties.list_parties(session, first)} == {
            p.organisation_id for p in parties.list_parties(session, second)
        }
    with pytest.raises(ValidationError, match="already used in this workspace; choose another, such as 'HAND-1-2-2'"):
        _import(session_factory, _base(), reference="HAND-1-2")
    with pytest.raises(ValidationError, match="Reference: must not be empty"):
        _import(session_factory, _base(), reference=" ")
    # Under another reference, the document's own errors still name their JSON path.
    document = _base()
    document["case"]["display_zone"] = "Mars/Olympus"
    with pytest.raises(DocumentError) as refused:
        _import(session_factory, document, reference="HAND-9")
    assert refused.value.path == "$.case.display_zone"


def test_existing_organisations_are_reused_only_when_they_are_the_same(session_factory: db.SessionFactory) -> None:
    with session_factory.begin() as session:
        same_siren = parties.create_organisation(session, OrganisationInput(name="Old name", siren="732829320"))
        parties.create_organisation(session, OrganisationInput(name="CNIL", country="BE"))
    document = _base()
    # Two organisations of the document with the same name and no SIREN stay two.
    document["organisations"].append({"key": "org-3", "name": "CNIL"})
    document["parties"].append({"key": "party-3", "organisation": "org-3", "role": "other_authority"})
    case_id = _import(session_factory, document)
    with session_factory() as session:
        rows = parties.list_parties(session, case_id)
        assert rows[0].organisation_id == same_siren.id
        assert rows[0].organisation_name == "Old name"  # the workspace's organisation, unchanged
        assert len({r.organisation_id for r in rows}) == 3
        assert len(parties.list_organisations(session)) == 4


def test_import_writes_one_audit_entry_for_the_events(session_factory: db.SessionFactory) -> None:
    case_id = _import(session_factory, _base())
    with session_factory() as session:
        summaries = [row.summary for row in audit.history(session, case_id)]
        assert summaries[0] == "Imported 2 events from case.json"
        assert "Case HAND-1 created" in summaries
        assert sum("Party" in s for s in summaries) == 2
        assert not any(s.startswith("Event added") for s in summaries)
        assert audit.verify(session) is None


def test_export_of_a_missing_case_is_not_found(session_factory: db.SessionFactory) -> None:
    with pytest.raises(UserError, match="does not exist"), session_factory() as session:
        caseio.export_case(session, 999)


def test_write_is_atomic_and_keeps_the_file_mode(tmp_path: Path) -> None:
    target = tmp_path / "case.json"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)
    caseio.write(_base(), target)
    assert target.stat().st_mode & 0o777 == 0o640
    assert json.loads(target.read_text(encoding="utf-8")) == _base()
    assert [p.name for p in tmp_path.iterdir()] == ["case.json"]  # no temporary file left
    with pytest.raises(UserError, match="Cannot write .*nowhere"):
        caseio.write(_base(), tmp_path / "nowhere" / "case.json")
    with pytest.raises(ValueError, match="Out of range float"):
        caseio.write({"x": float("nan")}, target)
    assert json.loads(target.read_text(encoding="utf-8")) == _base()  # the old content survives


# --- property: random valid documents round-trip ----------------------------------------------

_TEXT = st.text(st.characters(exclude_categories=["Cs"], exclude_characters="\x00"), max_size=40)
_STRIPPED = _TEXT.map(str.strip)
_LINE = _STRIPPED.filter(bool)
_TAGS = st.lists(st.from_regex(r"[a-zé0-9][a-zé0-9 _-]{0,10}[a-zé0-9]", fullmatch=True), max_size=3, unique=True)
_WHEN = st.datetimes(min_value=dt.datetime(1990, 1, 1), max_value=dt.datetime(2090, 1, 1), timezones=st.just(dt.UTC))
_OFFSET = st.one_of(st.none(), st.integers(min_value=-12 * 60, max_value=14 * 60))
_PRECISION = st.sampled_from(["exact", "minute", "hour", "day"])
_HOURS = st.integers(0, parties.MAX_HOURS)


def _luhn_complete(digits: str) -> str:
    for last in "0123456789":
        if parties.identifiers.luhn_ok(digits + last):
            return digits + last
    raise AssertionError("unreachable")


@st.composite
def _moment(draw: st.DrawFn, *, with_offset: bool) -> dict[str, str]:
    offset = draw(_OFFSET) if with_offset else None
    return {"at": caseio.format_instant(draw(_WHEN), offset), "precision": draw(_PRECISION)}


@st.composite
def _organisation(draw: st.DrawFn) -> dict[str, Any]:
    french = draw(st.booleans())
    siren = siret = ""
    if french and draw(st.booleans()):
        siren = _luhn_complete(draw(st.from_regex(r"[0-9]{8}", fullmatch=True)))
        if draw(st.booleans()):
            siret = _luhn_complete(siren + draw(st.from_regex(r"[0-9]{4}", fullmatch=True)))
    elif not french:
        siren = draw(st.from_regex(r"[A-Z0-9]{0,9}", fullmatch=True))
    email = st.one_of(st.just(""), st.from_regex(r"[a-z]{1,8}@[a-z]{1,8}\.[a-z]{2,3}", fullmatch=True))
    return {
        "name": draw(_LINE),
        "siren": siren,
        "siret": siret,
        "country": "FR" if french else draw(st.sampled_from(["DE", "MC", "BE"])),
        "address": draw(_STRIPPED),
        "contact_name": draw(_STRIPPED),
        "contact_email": draw(email),
        "contact_phone": draw(_STRIPPED),
        "dpo_name": draw(_STRIPPED),
        "dpo_email": draw(email),
        "dpo_phone": draw(_STRIPPED),
        "notes": draw(_STRIPPED),
    }


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**53), 2**53) | st.floats(allow_nan=False, allow_infinity=False) | _TEXT,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_TEXT, inner, max_size=3),
    max_leaves=6,
)


@st.composite
def _documents(draw: st.DrawFn) -> dict[str, Any]:
    """A canonical document: what export would write for the case it describes."""
    protection = draw(st.sampled_from(["none", "encrypted", "pseudonymised", "hashed"]))
    organisations = draw(st.lists(_organisation(), max_size=3))
    pairs = draw(st.lists(
        st.tuples(st.integers(0, max(len(organisations) - 1, 0)), st.sampled_from(parties.PartyRole.values())),
        max_size=5 if organisations else 0, unique=True,
    ))
    # Keys are numbered as export numbers them: organisations by first use, parties in order.
    used: list[int] = list(dict.fromkeys(index for index, _ in pairs))
    party_items: list[dict[str, Any]] = [
        {
            "key": f"party-{n}",
            "organisation": f"org-{used.index(index) + 1}",
            "role": role,
            "serves": [],
            "aware": draw(st.none() | _moment(with_offset=True)),
            "awareness_note": draw(_TEXT),
            "classified": draw(st.none() | _moment(with_offset=True)),
            "regimes": draw(st.lists(st.sampled_from(parties.REGIMES), unique=True, max_size=3)),
            "notice_hours": draw(_HOURS),
            "subject_target_hours": draw(st.none() | _HOURS),
            "holiday_calendar": draw(st.sampled_from([None, *caseio.CALENDAR_CODES])),
            "notes": draw(_TEXT),
        }
        for n, (index, role) in enumerate(pairs, start=1)
    ]
    # Processors work for some controllers, sub-processors for some processors (or for all of
    # them, with none listed); export lists them in the parties' order.
    allowed = {"processor": regimes.CONTROLLERS, "sub_processor": regimes.PROCESSORS}
    for party in party_items:
        candidates = [p["key"] for p in party_items if p["role"] in allowed.get(party["role"], ())]
        if candidates:
            chosen = set(draw(st.just([]) | st.lists(st.sampled_from(candidates), min_size=1, unique=True)))
            party["serves"] = [key for key in candidates if key in chosen]
    events: list[dict[str, Any]] = [
        {
            "occurred": draw(_moment(with_offset=True)),
            "title": draw(_LINE),
            "details": draw(_TEXT),
            "source": draw(_TEXT),
            "category": draw(st.sampled_from(timeline.EventCategory.values())),
            "actor": draw(st.none() | st.sampled_from([p["key"] for p in party_items])) if party_items else None,
            "tags": sorted(draw(_TAGS)),
            "starred": draw(st.booleans()),
            "attributes": draw(st.dictionaries(_TEXT, _JSON, max_size=3)),
        }
        for _ in range(draw(st.integers(0, 4)))
    ]
    # Export lists events by instant; equal instants keep their order (stable sort, then by id).
    events.sort(key=lambda e: caseio.parse_instant(e["occurred"]["at"])[0])
    start = draw(st.none() | _moment(with_offset=True))
    end = draw(st.none() | _moment(with_offset=True))
    if start and end and caseio.parse_instant(end["at"])[0] < caseio.parse_instant(start["at"])[0]:
        start, end = end, start
    return {
        "format": caseio.FORMAT,
        "version": caseio.VERSION,
        "generator": "hypothesis",
        "exported_at": "2024-01-01T00:00:00Z",
        "case": {
            "reference": draw(_LINE.filter(lambda s: len(s) <= 60)),
            "title": draw(_LINE),
            "status": draw(st.sampled_from(["open", "closed"])),
            "summary": draw(_TEXT),
            "nature": sorted(draw(st.sets(st.sampled_from(cases.NATURES)))),
            "origin_intent": draw(st.sampled_from(["unknown", "malicious", "accidental"])),
            "origin_source": draw(st.sampled_from(["unknown", "internal", "external"])),
            "vector": draw(_TEXT),
            "data_description": draw(_TEXT),
            "persons_description": draw(_TEXT),
            "breach_start": start,
            "breach_end": end,
            "discovered": draw(st.none() | _moment(with_offset=True)),
            "display_zone": draw(st.sampled_from(["Europe/Paris", "UTC", "Asia/Kolkata", "America/St_Johns"])),
            "protection": protection,
            "key_compromised": None if protection == "none" else draw(st.none() | st.booleans()),
            "protection_note": draw(_TEXT),
            "public_summary": draw(_TEXT),
        },
        "organisations": [{"key": f"org-{n}", **organisations[index]} for n, index in enumerate(used, start=1)],
        "parties": party_items,
        "events": [{"key": f"event-{n}", **event} for n, event in enumerate(events, start=1)],
        "affected_data": [
            {"category": code, "records": draw(st.none() | st.integers(0, 10**10)), "notes": draw(_TEXT)}
            for code in draw(st.lists(st.sampled_from([c.code for c in taxonomy.data_categories()]), unique=True,
                                      max_size=3))
        ],
        "affected_persons": [
            {"category": code, "count": draw(_person_count()),
             "countries": draw(st.lists(st.sampled_from(["FR", "BE", "DE", "MC"]), unique=True, max_size=2)),
             "notes": draw(_TEXT)}
            for code in draw(st.lists(st.sampled_from([c.code for c in taxonomy.person_categories()]), unique=True,
                                      max_size=2))
        ],
        "assessments": [],
        "obligations": draw(_records(party_items)),
    }


@st.composite
def _person_count(draw: st.DrawFn) -> dict[str, Any]:
    kind = draw(st.sampled_from(["exact", "estimate", "range", "unknown"]))
    if kind == "unknown":
        return {"kind": kind, "low": None, "high": None}
    low = draw(st.integers(0, 10**9))
    high = draw(st.integers(low, 10**10)) if kind == "range" else None
    return {"kind": kind, "low": low, "high": high}


@st.composite
def _records(draw: st.DrawFn, party_items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Records that need no clock to be valid (not required, open with notes), in export order.

    Fulfilments depend on the clocks (late ones need reasons): the full case covers them.
    """
    records: list[dict[str, Any]] = []
    for party in party_items:
        for duty in regimes.duties_for(party["regimes"], party["role"]):
            recipients = [
                p["key"] for p in party_items
                if p["role"] in duty.recipient_roles and (not party["serves"] or p["key"] in party["serves"])
            ] if duty.recipient_roles else [None]
            for recipient in recipients:
                status = draw(st.sampled_from([None, "open", "not_required"]))
                if status is None:
                    continue
                records.append({
                    "party": party["key"],
                    "duty": duty.code,
                    "recipient": recipient,
                    "status": status,
                    "fulfilled": None,
                    "reference": "",
                    "reasons_for_delay": "",
                    "not_required_reason": draw(_LINE) if status == "not_required" else "",
                    "notes": draw(_TEXT.filter(bool) if status == "open" else _TEXT),
                })
    return records


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(document=_documents())
def test_random_valid_documents_round_trip(session_factory: db.SessionFactory, document: dict[str, Any]) -> None:
    caseio.validate(document, source="generated")
    assert _schema_ok(document)
    text = caseio.dumps(document)
    parsed = caseio.loads(text, source="generated")
    # One transaction per example, rolled back: the workspace stays empty for the next one.
    with session_factory() as session:
        case_id = caseio.import_case(session, copy.deepcopy(parsed), source="generated")
        session.flush()
        session.expire_all()  # read back from the database, not from the objects just written
        exported = caseio.export_case(session, case_id)
        session.rollback()
    assert _without_stamp(exported) == _without_stamp(document)


def test_the_documented_example_is_valid() -> None:
    page = (Path(__file__).resolve().parents[2] / "docs" / "case-document.md").read_text(encoding="utf-8")
    example = json.loads(page.split("```json\n", 1)[1].split("```", 1)[0])
    caseio.validate(example, source="docs/case-document.md")
    assert _schema_ok(example)


# --- affected data, persons and assessments ---------------------------------------------------


def _assessed() -> dict[str, Any]:
    document = _base()
    document["case"]["nature"] = ["confidentiality"]
    document["case"]["origin_intent"] = "malicious"
    document["affected_data"] = [{"category": "identity", "records": 10, "notes": ""}]
    document["affected_persons"] = [
        {"category": "customers", "count": {"kind": "range", "low": 5, "high": 10}, "countries": ["FR"], "notes": ""}
    ]
    document["assessments"] = [{
        "label": "Initial",
        "enisa": {"categories": [{"code": "identity", "base": 1}], "ei": 1, "cb_confidentiality": 0.5},
        "factors": {"recipients": "unknown"},
        "decision": {"level": None},
    }]
    return document


def test_assessed_document_is_valid_for_both_validators() -> None:
    caseio.validate(_assessed(), source="test")
    assert _schema_ok(_assessed())


@pytest.mark.parametrize(
    ("mutation", "path", "message"),
    [
        (_set(["affected_data", 0, "category"], "dna"), "$.affected_data[0].category", "not a data category code"),
        (_set(["affected_data", 0, "records"], -1), "$.affected_data[0].records", "between 0 and"),
        (_set(["affected_persons", 0, "category"], "aliens"), "$.affected_persons[0].category", "person category"),
        (_set(["affected_persons", 0, "count", "high"], 2), "$.affected_persons[0].count.high", "below the lower"),
        (_set(["affected_persons", 0, "count", "kind"], "exact"), "$.affected_persons[0].count.high", "only a range"),
        (_set(["affected_persons", 0, "count"], {"kind": "unknown", "low": 3}), "$.affected_persons[0].count.low",
         "unknown count"),
        (_set(["affected_persons", 0, "countries", 0], "fr"), "$.affected_persons[0].countries[0]", "two-letter"),
        (_set(["assessments", 0, "factors", "risk"], True), "$.assessments[0].factors.risk", "unknown key"),
        (_set(["assessments", 0, "factors", "recipients"], "friends"), "$.assessments[0].factors.recipients",
         "kind of recipient"),
        (_set(["assessments", 0, "enisa", "ei"], 0.6), "$.assessments[0].enisa.ei", "ENISA scale"),
        (_set(["assessments", 0, "enisa", "cb_malicious"], 0.25), "$.assessments[0].enisa.cb_malicious", "ENISA scale"),
        (_set(["assessments", 0, "enisa", "categories", 0, "adjustment"], 4),
         "$.assessments[0].enisa.categories[0].adjustment", "outside -3..+3"),
        (_set(["assessments", 0, "enisa", "categories", 0, "code"], "x"),
         "$.assessments[0].enisa.categories[0].code", "data category code"),
        (_set(["assessments", 0, "decision", "level"], "severe"), "$.assessments[0].decision.level", "decision level"),
        (_set(["case", "key_compromised"], True), "$.case.key_compromised", "must be null"),
    ],
)
def test_malformed_assessment_sections_name_the_json_path(
    mutation: Callable[[dict[str, Any]], None], path: str, message: str
) -> None:
    document = _assessed()
    mutation(document)
    with pytest.raises(DocumentError) as caught:
        caseio.validate(document, source="doc.json")
    assert caught.value.path == path, str(caught.value)
    assert message in str(caught.value)


def test_a_category_listed_twice_is_refused() -> None:
    document = _assessed()
    document["affected_data"].append({"category": "identity"})
    with pytest.raises(DocumentError, match=r"already listed at \$\.affected_data\[0\]") as caught:
        caseio.validate(document, source="doc.json")
    assert caught.value.path == "$.affected_data[1].category"


@pytest.mark.parametrize(
    ("decision", "path", "message"),
    [
        ({"level": "unlikely"}, "$.assessments[0].decision.reason", "say why"),
        ({"exemption": "a", "reason": "encrypted"}, "$.assessments[0].decision.exemption", "only when the risk is high"),
    ],
)
def test_decisions_the_domain_refuses_name_the_json_path(
    session_factory: db.SessionFactory, decision: dict[str, Any], path: str, message: str
) -> None:
    document = _assessed()
    document["assessments"][0]["decision"] = decision
    caseio.validate(document, source="doc.json")
    with pytest.raises(DocumentError) as caught, session_factory.begin() as session:
        caseio.import_case(session, document, source="doc.json")
    assert caught.value.path == path, str(caught.value)
    assert message in str(caught.value)


def test_partial_assessments_complete_from_the_case_file_and_decisions_switch_duties(
    session_factory: db.SessionFactory,
) -> None:
    document = _assessed()
    document["organisations"] = [{"key": "org-1", "name": "Controller"}]
    document["parties"] = [{"key": "party-1", "organisation": "org-1", "role": "controller"}]
    document["assessments"] = [{
        "label": "After investigation",
        "factors": {"recipients": "trusted", "recovered": True, "malicious": False},
        "decision": {"level": None},
    }]
    with session_factory.begin() as session:
        case_id = caseio.import_case(session, document, source="doc.json")
        (row,) = assessments.history(session, case_id)
        recorded = obligations.recorded_for_case(session, case_id)
        exported = caseio.export_case(session, case_id)
    assert row.decided_level == risk.Level.UNLIKELY.value
    assert (row.factors.recipients, row.factors.recovered, row.factors.confidentiality) == ("trusted", True, True)
    assert [c.code for c in row.enisa_input.categories] == ["identity"]  # the draft's, from affected_data
    assert {key.duty for key, r in recorded.items() if r.status == "not_required"} == {
        "gdpr_33_1", "gdpr_33_4", "gdpr_34"
    }
    # The decision's records are the assessment's: the document does not repeat them.
    assert exported["obligations"] == []
    assert exported["assessments"][0]["decision"] == {"level": "unlikely", "exemption": "", "reason": ""}
    assert exported["assessments"][0]["factors"]["recipients"] == "trusted"
    assert _schema_ok(exported)


# --- evidence ---------------------------------------------------------------------------------


def _with_evidence(session_factory: db.SessionFactory, sample_case: dict[str, int]) -> int:
    from cnil_case.core import evidence

    with session_factory.begin() as session:
        added = evidence.register(
            session, sample_case["case"], sha256="ab" * 32, size=12, media_type="text/csv",
            data=evidence.EvidenceInput(original_name="export <nir>.csv", original_path="/seized/export.csv",
                                        acquired_by="J. Martin", method="USB key", exhibit="S-1",
                                        from_party_id=sample_case["processor"], tags=("seized",)),
        ).row
        evidence.record(session, added.id, evidence.CustodyAction.VIEWED, {"preview": "csv"})
        evidence.transfer(session, added.id, to="CNIL", note="sealed")
        evidence.link(session, added.id, sample_case["event0"])
        second = evidence.register(session, sample_case["case"], sha256="cd" * 32, size=3, media_type="text/plain",
                                   data=evidence.EvidenceInput(original_name="b.txt")).row
        evidence.withdraw(session, second.id, reason="duplicate")
        return added.id


def test_evidence_round_trip_keeps_custody_as_recorded(
    session_factory: db.SessionFactory, sample_case: dict[str, int]
) -> None:
    from cnil_case.core import evidence

    _with_evidence(session_factory, sample_case)
    with session_factory() as session:
        document = caseio.export_case(session, sample_case["case"])
    assert SCHEMA_VALIDATOR.is_valid(document)
    items = document["evidence"]
    assert [item["name"] for item in items] == ["export <nir>.csv", "b.txt"]
    assert items[0]["from_party"] == "party-2" and items[0]["events"] == ["event-1"]
    assert [entry["action"] for entry in items[0]["custody"]] == ["acquired", "viewed", "transferred"]
    assert items[1]["status"] == "withdrawn"
    text = caseio.dumps(document)
    with session_factory.begin() as session:
        copy = caseio.import_case(session, caseio.loads(text, source="doc.json"), source="doc.json", reference="COPY")
    with session_factory() as session:
        again = caseio.export_case(session, copy)
        for row in evidence.list_rows(session, copy):
            assert evidence.verify_custody(session, row.id) is None
    document["case"]["reference"] = "COPY"
    again["exported_at"] = document["exported_at"]
    assert again == document


@pytest.mark.parametrize(
    ("mutation", "path", "message"),
    [
        (lambda d: d["evidence"][0].update(sha256="XYZ"), "$.evidence[0].sha256", "is not a SHA-256"),
        (lambda d: d["evidence"][1].update(sha256=d["evidence"][0]["sha256"]), "$.evidence[1].sha256",
         "already the content of $.evidence[0]"),
        (lambda d: d["evidence"][0].update(from_party="party-9"), "$.evidence[0].from_party", "not the key of a party"),
        (lambda d: d["evidence"][0].update(events=["event-99"]), "$.evidence[0].events[0]", "not the key of an event"),
        (lambda d: d["evidence"][0]["custody"][0].update(action="eaten"), "$.evidence[0].custody[0].action", "custody action"),
        (lambda d: d["evidence"][1].update(key=d["evidence"][0]["key"]), "$.evidence[1].key", "already the key"),
    ],
)
def test_evidence_errors_have_json_paths(
    session_factory: db.SessionFactory, sample_case: dict[str, int],
    mutation: Callable[[dict[str, Any]], None], path: str, message: str,
) -> None:
    _with_evidence(session_factory, sample_case)
    with session_factory() as session:
        document = caseio.export_case(session, sample_case["case"])
    mutation(document)
    with pytest.raises(DocumentError) as caught:
        caseio.validate(document, source="doc.json")
    assert caught.value.path == path and message in str(caught.value)


# --- the investigation: correspondence, findings, measures ------------------------------------


def _with_investigation(session_factory: db.SessionFactory, sample_case: dict[str, int]) -> None:
    from cnil_case.core import correspondence, findings

    evidence_id = _with_evidence(session_factory, sample_case)
    now = dt.datetime(2024, 3, 1, tzinfo=dt.UTC)
    case_id, cnil, operator = sample_case["case"], sample_case["controller"], sample_case["processor"]
    with session_factory.begin() as session:
        request = correspondence.add(session, case_id, correspondence.CorrespondenceInput(
            kind="questionnaire", subject="Questionnaire on the intrusion", sent=Moment(paris(2024, 2, 7, 16), "minute"),
            sender_party_id=cnil, recipient_party_id=operator, limit_amount=15, limit_unit="days", reference="Q-1",
        ), now=now)
        correspondence.add(session, case_id, correspondence.CorrespondenceInput(
            kind="answer", subject="Partial answer", sent=Moment(paris(2024, 2, 20, 11), "minute"),
            sender_party_id=operator, recipient_party_id=cnil, parent_id=request.id, completeness="partial",
            summary="Logs to follow", evidence_ids=(evidence_id,),
        ), now=now)
        correspondence.add(session, case_id, correspondence.CorrespondenceInput(
            kind="document_request", subject="Access logs", sent=Moment(paris(2024, 2, 8, 9, 15), "exact"),
            sender_party_id=cnil, recipient_party_id=operator, limit_date=dt.date(2024, 2, 29), closed=True,
        ), now=now)
        finding = findings.add_finding(session, case_id, findings.FindingInput(
            title="No MFA on the portal", facts="Single password", articles=("32", "5(1)(f)"), severity="serious",
            state="confirmed", party_id=operator, operator_response="MFA planned", recommended_measure="Enforce MFA",
            evidence_ids=(evidence_id,), event_ids=(sample_case["event1"], sample_case["event0"]),
        ))
        findings.add_finding(session, case_id, findings.FindingInput(title="Logging", articles=()))
        findings.add_measure(session, case_id, findings.MeasureInput(
            kind="remediation", description="MFA for every account", owner="RSSI", party_id=operator, state="done",
            planned_on=dt.date(2024, 2, 10), done_on=dt.date(2024, 2, 28), finding_id=finding.id, notes="checked",
        ))
        findings.add_measure(session, case_id, findings.MeasureInput(kind="advice", description="Warn the insured"))


def test_investigation_round_trips_losslessly(
    session_factory: db.SessionFactory, sample_case: dict[str, int]
) -> None:
    _with_investigation(session_factory, sample_case)
    with session_factory() as session:
        document = caseio.export_case(session, sample_case["case"])
    assert _schema_ok(document)
    caseio.validate(document, source="doc.json")
    thread = document["correspondence"]
    assert [(c["key"], c["parent"], c["kind"]) for c in thread] == [
        ("corr-1", None, "questionnaire"), ("corr-2", "corr-1", "answer"), ("corr-3", None, "document_request"),
    ]
    assert thread[0]["time_limit"] == {"amount": 15, "unit": "days"}
    assert thread[2]["time_limit"] == {"date": "2024-02-29"} and thread[2]["closed"] is True
    assert thread[1]["attachments"] == ["evidence-1"] and thread[1]["sender"] == "party-2"
    assert document["findings"][0]["articles"] == ["32", "5(1)(f)"]
    assert document["findings"][0]["events"] == ["event-1", "event-2"]
    assert document["measures"][0]["finding"] == "finding-1" and document["measures"][0]["done_on"] == "2024-02-28"
    # Answers listed before their request in a hand-written document still import (parents first).
    reordered = copy.deepcopy(document)
    reordered["correspondence"] = [thread[1], thread[0], thread[2]]
    with session_factory.begin() as session:
        first = caseio.import_case(session, caseio.loads(caseio.dumps(document), source="d"), source="d", reference="C1")
        second = caseio.import_case(session, reordered, source="d", reference="C2")
    with session_factory() as session:
        again = caseio.export_case(session, first)
        other = caseio.export_case(session, second)
    for copied in (again, other):
        for section in ("correspondence", "findings", "measures"):
            assert copied[section] == document[section]


def test_cases_without_investigation_write_no_such_sections(
    session_factory: db.SessionFactory, sample_case: dict[str, int]
) -> None:
    with session_factory() as session:
        document = caseio.export_case(session, sample_case["case"])
    assert not {"correspondence", "findings", "measures"} & set(document)


@pytest.mark.parametrize(
    ("mutation", "path", "message", "schema_rejects"),
    [
        (lambda d: d["correspondence"][0].update(colour="red"), "$.correspondence[0].colour", "unknown key", True),
        (lambda d: d["correspondence"][0].update(kind="letter"), "$.correspondence[0].kind", "not a kind", True),
        (lambda d: d["correspondence"][0].update(time_limit={"amount": 15, "unit": "fortnights"}),
         "$.correspondence[0].time_limit.unit", "not a unit", True),
        (lambda d: d["correspondence"][0].update(time_limit={"amount": 0, "unit": "days"}),
         "$.correspondence[0].time_limit.amount", "outside", True),
        (lambda d: d["correspondence"][2].update(time_limit={"date": "2024-02-30"}),
         "$.correspondence[2].time_limit.date", "not a day", False),
        (lambda d: d["correspondence"][0].update(recipient="party-9"), "$.correspondence[0].recipient",
         "not the key of a party", False),
        (lambda d: d["correspondence"][1].update(parent=None), "$.correspondence[1].parent",
         "must name the request", False),
        (lambda d: d["correspondence"][1].update(parent="corr-9"), "$.correspondence[1].parent",
         "not the key of an item of correspondence", False),
        (lambda d: d["correspondence"][1].update(parent="corr-3", kind="reminder", completeness="")
         or d["correspondence"][2].update(parent="corr-2"), "$.correspondence[1].parent", "loop", False),
        (lambda d: d["correspondence"][1].update(completeness=""), "$.correspondence[1].completeness",
         "full", False),
        (lambda d: d["correspondence"][1].update(attachments=["evidence-9"]), "$.correspondence[1].attachments[0]",
         "not the key of an item of evidence", False),
        (lambda d: d["correspondence"][2].update(key="corr-1"), "$.correspondence[2].key", "already the key", False),
        (lambda d: d["findings"][0].update(articles=["32", "999"]), "$.findings[0].articles[1]",
         "unknown provision", False),
        (lambda d: d["findings"][0].update(articles=["Art. 32"]), "$.findings[0].articles[0]",
         "not a GDPR provision code", True),
        (lambda d: d["findings"][0].update(severity="grave"), "$.findings[0].severity", "not a severity", True),
        (lambda d: d["findings"][0].update(state="final"), "$.findings[0].state", "not a state", True),
        (lambda d: d["findings"][0].update(events=["event-7"]), "$.findings[0].events[0]", "not the key of an event",
         False),
        (lambda d: d["findings"][0].update(articles=[]), "$.findings[0].articles", "confirmed finding", False),
        (lambda d: d["measures"][0].update(done_on=None), "$.measures[0].done_on", "needs the date", False),
        (lambda d: d["measures"][1].update(done_on="2024-02-01"), "$.measures[1].done_on", "must be null", False),
        (lambda d: d["measures"][0].update(planned_on="10/02/2024"), "$.measures[0].planned_on", "YYYY-MM-DD", True),
        (lambda d: d["measures"][0].update(finding="finding-9"), "$.measures[0].finding", "not the key of a finding",
         False),
        (lambda d: d["measures"][0].update(state="finished"), "$.measures[0].state", "not a state", True),
    ],
)
def test_malformed_investigation_items_name_the_json_path(
    session_factory: db.SessionFactory, sample_case: dict[str, int],
    mutation: Callable[[dict[str, Any]], None], path: str, message: str, schema_rejects: bool,
) -> None:
    _with_investigation(session_factory, sample_case)
    with session_factory() as session:
        document = caseio.export_case(session, sample_case["case"])
    mutation(document)
    with pytest.raises(DocumentError) as caught:
        caseio.validate(document, source="doc.json")
    assert caught.value.path == path and message in str(caught.value)
    assert _schema_ok(document) is not schema_rejects


@pytest.mark.parametrize(
    ("mutation", "path", "message"),
    [
        (lambda d: d["correspondence"][1]["sent"].update(at="2024-02-01T00:00:00Z"), "$.correspondence[1].sent",
         "before the request"),
        (lambda d: d["correspondence"][2].update(time_limit={"date": "2020-01-01"}), "$.correspondence[2].time_limit",
         "before the sending"),
    ],
)
def test_investigation_items_the_domain_refuses_name_the_json_path(
    session_factory: db.SessionFactory, sample_case: dict[str, int],
    mutation: Callable[[dict[str, Any]], None], path: str, message: str,
) -> None:
    _with_investigation(session_factory, sample_case)
    with session_factory() as session:
        document = caseio.export_case(session, sample_case["case"])
    mutation(document)
    caseio.validate(document, source="doc.json")
    with session_factory() as session, pytest.raises(DocumentError) as caught:
        caseio.import_case(session, document, source="doc.json", reference="BAD")
    assert caught.value.path == path and message in str(caught.value)
