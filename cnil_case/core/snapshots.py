"""Frozen values that cross layers: what the UI and reports read, and what forms hand in.

Rows are snapshots taken inside a session and valid after it closes, on any thread; the UI never
holds a live ORM object. ``*Input`` values are what a form or a case document provides; the
services in ``cases``, ``parties`` and ``timeline`` validate them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Moment:
    """An instant with how precisely it is known (and the UTC offset the source gave)."""

    at: dt.datetime
    precision: str = "minute"
    offset: int | None = None


@dataclass(frozen=True)
class CaseInput:
    reference: str
    title: str
    summary: str = ""
    nature: frozenset[str] = frozenset()  # subset of {"confidentiality", "integrity", "availability"}
    origin_intent: str = "unknown"
    origin_source: str = "unknown"
    vector: str = ""
    data_description: str = ""
    persons_description: str = ""
    breach_start: Moment | None = None
    breach_end: Moment | None = None
    discovered: Moment | None = None
    display_zone: str = "Europe/Paris"
    # Art. 34(3)(a): were the data unintelligible to the attacker, and is the key safe?
    protection: str = "none"  # none | encrypted | pseudonymised | hashed
    key_compromised: bool | None = None
    protection_note: str = ""
    # Art. 34(2): the account of the breach in clear and plain language that the letter to the
    # data subjects prints; the internal summary above is written for investigators.
    public_summary: str = ""


@dataclass(frozen=True)
class CaseRow:
    """One line of the case list."""

    id: int
    reference: str
    title: str
    status: str
    display_zone: str
    created_at: dt.datetime
    updated_at: dt.datetime
    party_count: int = 0
    event_count: int = 0


@dataclass(frozen=True)
class CaseDetail:
    id: int
    reference: str
    title: str
    status: str
    summary: str
    nature: frozenset[str]
    origin_intent: str
    origin_source: str
    vector: str
    data_description: str
    persons_description: str
    breach_start: Moment | None
    breach_end: Moment | None
    discovered: Moment | None
    display_zone: str
    created_at: dt.datetime
    updated_at: dt.datetime
    closed_at: dt.datetime | None
    protection: str = "none"
    key_compromised: bool | None = None
    protection_note: str = ""
    public_summary: str = ""
    version: int = 0  # optimistic locking: hand it back on save (``cases.update``)

    def as_input(self) -> CaseInput:
        return CaseInput(
            reference=self.reference,
            title=self.title,
            summary=self.summary,
            nature=self.nature,
            origin_intent=self.origin_intent,
            origin_source=self.origin_source,
            vector=self.vector,
            data_description=self.data_description,
            persons_description=self.persons_description,
            breach_start=self.breach_start,
            breach_end=self.breach_end,
            discovered=self.discovered,
            display_zone=self.display_zone,
            protection=self.protection,
            key_compromised=self.key_compromised,
            protection_note=self.protection_note,
            public_summary=self.public_summary,
        )


@dataclass(frozen=True)
class OrganisationInput:
    name: str
    siren: str = ""
    siret: str = ""
    country: str = "FR"
    address: str = ""
    contact_name: str = ""
    contact_email: str = ""
    contact_phone: str = ""
    dpo_name: str = ""
    dpo_email: str = ""
    dpo_phone: str = ""
    notes: str = ""


@dataclass(frozen=True)
class OrganisationRow:
    id: int
    name: str
    siren: str
    siret: str
    country: str
    address: str
    contact_name: str
    contact_email: str
    contact_phone: str
    dpo_name: str
    dpo_email: str
    dpo_phone: str
    notes: str
    version: int = 0  # optimistic locking: hand it back on save

    def as_input(self) -> OrganisationInput:
        return OrganisationInput(
            name=self.name,
            siren=self.siren,
            siret=self.siret,
            country=self.country,
            address=self.address,
            contact_name=self.contact_name,
            contact_email=self.contact_email,
            contact_phone=self.contact_phone,
            dpo_name=self.dpo_name,
            dpo_email=self.dpo_email,
            dpo_phone=self.dpo_phone,
            notes=self.notes,
        )


@dataclass(frozen=True)
class PartyInput:
    organisation_id: int
    role: str
    aware: Moment | None = None
    awareness_note: str = ""
    regimes: tuple[str, ...] = ("gdpr",)
    notes: str = ""
    notice_hours: int = 24  # Art. 33(2): the contractual notice period of a processor
    subject_target_hours: int | None = None  # Art. 34: the DPO's internal target
    holiday_calendar: str | None = None  # holidays' France subdivision, None = national
    classified: Moment | None = None  # DORA: classification as a major incident
    # Processor: the controllers it works for (sub-processor: its processors); party ids of the
    # same case. Empty: every controller of the case (Art. 33(2) notices to each).
    serves: tuple[int, ...] = ()


@dataclass(frozen=True)
class PartyRow:
    id: int
    case_id: int
    organisation_id: int
    organisation_name: str
    role: str
    aware: Moment | None
    awareness_note: str
    regimes: tuple[str, ...]
    notes: str
    notice_hours: int = 24
    subject_target_hours: int | None = None
    holiday_calendar: str | None = None
    classified: Moment | None = None
    serves: tuple[int, ...] = ()
    version: int = 0  # optimistic locking: hand it back on save

    def as_input(self) -> PartyInput:
        return PartyInput(
            organisation_id=self.organisation_id,
            role=self.role,
            aware=self.aware,
            awareness_note=self.awareness_note,
            regimes=self.regimes,
            notes=self.notes,
            notice_hours=self.notice_hours,
            subject_target_hours=self.subject_target_hours,
            holiday_calendar=self.holiday_calendar,
            classified=self.classified,
            serves=self.serves,
        )


@dataclass(frozen=True)
class EventInput:
    occurred: Moment
    title: str
    details: str = ""
    source: str = ""
    category: str = "other"
    actor_party_id: int | None = None
    tags: tuple[str, ...] = ()
    starred: bool = False
    attributes: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class EventRow:
    id: int
    case_id: int
    occurred: Moment
    title: str
    details: str
    source: str
    category: str
    actor_party_id: int | None
    actor_name: str
    tags: tuple[str, ...]
    starred: bool
    attributes: dict[str, Any]
    version: int = 0  # optimistic locking: hand it back on save

    def as_input(self) -> EventInput:
        return EventInput(
            occurred=self.occurred,
            title=self.title,
            details=self.details,
            source=self.source,
            category=self.category,
            actor_party_id=self.actor_party_id,
            tags=self.tags,
            starred=self.starred,
            attributes=self.attributes,
        )


@dataclass(frozen=True)
class EventFilter:
    """What the timeline shows; every part is applied in SQL."""

    categories: frozenset[str] = frozenset()
    tag: str = ""
    starred_only: bool = False
    text: str = ""
    descending: bool = False


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: dt.datetime
    actor: str
    action: str
    entity: str
    entity_id: int | None
    case_id: int | None
    summary: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None


@dataclass(frozen=True)
class AffectedDataInput:
    category: str  # taxonomy code
    records: int | None = None  # approximate number of records
    notes: str = ""


@dataclass(frozen=True)
class AffectedDataRow:
    id: int
    case_id: int
    category: str
    records: int | None
    notes: str

    def as_input(self) -> AffectedDataInput:
        return AffectedDataInput(category=self.category, records=self.records, notes=self.notes)


@dataclass(frozen=True)
class AffectedPersonsInput:
    category: str  # taxonomy code
    count_kind: str = "unknown"  # exact | estimate | range | unknown
    count_low: int | None = None  # the count (exact, estimate) or the lower bound (range)
    count_high: int | None = None  # the upper bound of a range
    countries: tuple[str, ...] = ("FR",)  # ISO 3166 codes of the countries of residence
    notes: str = ""


@dataclass(frozen=True)
class AffectedPersonsRow:
    id: int
    case_id: int
    category: str
    count_kind: str
    count_low: int | None
    count_high: int | None
    countries: tuple[str, ...]
    notes: str

    def as_input(self) -> AffectedPersonsInput:
        return AffectedPersonsInput(
            category=self.category,
            count_kind=self.count_kind,
            count_low=self.count_low,
            count_high=self.count_high,
            countries=self.countries,
            notes=self.notes,
        )

    @property
    def upper(self) -> int | None:
        """The largest number the count allows (the prudent figure for the risk)."""
        return self.count_high if self.count_high is not None else self.count_low
