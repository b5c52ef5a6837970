"""Mapped classes of a workspace: organisations, cases, parties, timeline events, audit log.

Typed SQLAlchemy 2.0 declarative models. Every datetime is timezone-aware and stored as UTC
(``TZDateTime``); relationships raise on lazy load so queries say what they need; unbounded
collections (a case's events) are write-only. Enumerations are stored as short strings checked
by named constraints, so the same schema runs on SQLite and PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Annotated

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Connection,
    Date,
    DateTime,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    event,
)
from sqlalchemy.orm import (
    DeclarativeBase,
    Mapped,
    WriteOnlyMapped,
    mapped_column,
    relationship,
)


class TZDateTime(TypeDecorator[dt.datetime]):
    """Aware datetimes in, aware UTC datetimes out; naive values are a bug and refused.

    The SQLAlchemy docs' recipe: stored without zone (SQLite has none), always as UTC.
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"naive datetime {value!r} refused: every timestamp must be aware")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=dt.UTC)


intpk = Annotated[int, mapped_column(Integer, primary_key=True)]
utc_ts = Annotated[dt.datetime, mapped_column(TZDateTime())]


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


created_ts = Annotated[dt.datetime, mapped_column(TZDateTime(), default=utcnow)]
updated_ts = Annotated[dt.datetime, mapped_column(TZDateTime(), default=utcnow, onupdate=utcnow)]


class Base(DeclarativeBase):
    # Named constraints: batch migrations can only drop or alter what has a name.
    metadata = MetaData(
        naming_convention={
            "ix": "ix_%(column_0_label)s",
            "uq": "uq_%(table_name)s_%(column_0_name)s",
            "ck": "ck_%(table_name)s_%(constraint_name)s",
            "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
            "pk": "pk_%(table_name)s",
        }
    )
    type_annotation_map = {dt.datetime: TZDateTime()}


class StrEnum(enum.StrEnum):
    @classmethod
    def values(cls) -> list[str]:
        return [member.value for member in cls]


class CaseStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class OriginIntent(StrEnum):
    """Malicious or accidental (EDPB 9/2022 factor 'type of breach')."""

    UNKNOWN = "unknown"
    MALICIOUS = "malicious"
    ACCIDENTAL = "accidental"


class OriginSource(StrEnum):
    UNKNOWN = "unknown"
    INTERNAL = "internal"
    EXTERNAL = "external"


class Precision(StrEnum):
    """How precisely a moment is known; the demo case's press facts are known to the day."""

    EXACT = "exact"
    MINUTE = "minute"
    HOUR = "hour"
    DAY = "day"


class PartyRole(StrEnum):
    CONTROLLER = "controller"
    JOINT_CONTROLLER = "joint_controller"
    PROCESSOR = "processor"
    SUB_PROCESSOR = "sub_processor"
    SUPERVISORY_AUTHORITY = "supervisory_authority"
    OTHER_AUTHORITY = "other_authority"


class EventCategory(StrEnum):
    ATTACK = "attack"
    DETECTION = "detection"
    CONTAINMENT = "containment"
    NOTIFICATION = "notification"
    COMMUNICATION = "communication"
    INVESTIGATION = "investigation"
    LEGAL = "legal"
    PRESS = "press"
    OTHER = "other"


class AuditAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"


def _in(column: str, enum_type: type[StrEnum]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in enum_type.values())})"


class Organisation(Base):
    """A legal person that can take part in cases: insurer, operator, authority…"""

    __tablename__ = "organisation"

    id: Mapped[intpk]
    name: Mapped[str] = mapped_column(String(300))
    siren: Mapped[str | None] = mapped_column(String(9))
    siret: Mapped[str | None] = mapped_column(String(14))
    country: Mapped[str] = mapped_column(String(2), default="FR")
    address: Mapped[str] = mapped_column(Text, default="")
    contact_name: Mapped[str] = mapped_column(String(200), default="")
    contact_email: Mapped[str] = mapped_column(String(200), default="")
    contact_phone: Mapped[str] = mapped_column(String(50), default="")
    dpo_name: Mapped[str] = mapped_column(String(200), default="")
    dpo_email: Mapped[str] = mapped_column(String(200), default="")
    dpo_phone: Mapped[str] = mapped_column(String(50), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[created_ts]
    updated_at: Mapped[updated_ts]
    # Optimistic locking: every UPDATE checks and bumps it, so a save based on an older copy is
    # refused (``errors.ConflictError``) instead of silently overwriting a colleague's change.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    __table_args__ = (CheckConstraint("length(name) > 0", name="name_not_empty"),)
    __mapper_args__ = {"version_id_col": version}


class Case(Base):
    """One breach: what happened, to whom, and how it is handled."""

    __tablename__ = "case_file"

    id: Mapped[intpk]
    reference: Mapped[str] = mapped_column(String(60), unique=True)
    title: Mapped[str] = mapped_column(String(300))
    status: Mapped[str] = mapped_column(String(10), default=CaseStatus.OPEN.value)
    summary: Mapped[str] = mapped_column(Text, default="")
    # Breach nature (EDPB 9/2022 §2.1): one breach can be of several types at once.
    nature_confidentiality: Mapped[bool] = mapped_column(Boolean, default=False)
    nature_integrity: Mapped[bool] = mapped_column(Boolean, default=False)
    nature_availability: Mapped[bool] = mapped_column(Boolean, default=False)
    origin_intent: Mapped[str] = mapped_column(String(12), default=OriginIntent.UNKNOWN.value)
    origin_source: Mapped[str] = mapped_column(String(12), default=OriginSource.UNKNOWN.value)
    vector: Mapped[str] = mapped_column(Text, default="")
    # Art. 33(3)(a) asks for the categories of data and of persons; until the taxonomy exists
    # they are described in plain text.
    data_description: Mapped[str] = mapped_column(Text, default="")
    persons_description: Mapped[str] = mapped_column(Text, default="")
    breach_start: Mapped[dt.datetime | None]
    breach_start_precision: Mapped[str] = mapped_column(String(8), default=Precision.EXACT.value)
    breach_start_offset: Mapped[int | None] = mapped_column(Integer)
    breach_end: Mapped[dt.datetime | None]
    breach_end_precision: Mapped[str] = mapped_column(String(8), default=Precision.EXACT.value)
    breach_end_offset: Mapped[int | None] = mapped_column(Integer)
    discovered_at: Mapped[dt.datetime | None]
    discovered_precision: Mapped[str] = mapped_column(String(8), default=Precision.EXACT.value)
    discovered_offset: Mapped[int | None] = mapped_column(Integer)
    display_zone: Mapped[str] = mapped_column(String(64), default="Europe/Paris")
    # Whether the data were unintelligible to the attacker (Art. 34(3)(a); ENISA's
    # "unintelligibility" criterion; EDPB 9/2022): protection applied and whether its key leaked.
    protection: Mapped[str] = mapped_column(String(16), default="none", server_default="none")
    key_compromised: Mapped[bool | None] = mapped_column(Boolean)
    protection_note: Mapped[str] = mapped_column(Text, default="", server_default="")
    # Art. 34(2): what the letter to the data subjects says happened, in clear and plain language.
    public_summary: Mapped[str] = mapped_column(Text, default="", server_default="")
    created_at: Mapped[created_ts]
    updated_at: Mapped[updated_ts]
    # Optimistic locking: every UPDATE checks and bumps it, so a save based on an older copy is
    # refused (``errors.ConflictError``) instead of silently overwriting a colleague's change.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    closed_at: Mapped[dt.datetime | None]

    parties: Mapped[list[CaseParty]] = relationship(
        back_populates="case", lazy="raise", cascade="all, delete-orphan", passive_deletes=True
    )
    events: WriteOnlyMapped[TimelineEvent] = relationship(
        back_populates="case", cascade="all, delete-orphan", passive_deletes=True
    )

    __table_args__ = (
        CheckConstraint(_in("status", CaseStatus), name="status"),
        CheckConstraint(_in("origin_intent", OriginIntent), name="origin_intent"),
        CheckConstraint(_in("origin_source", OriginSource), name="origin_source"),
        CheckConstraint("length(reference) > 0", name="reference_not_empty"),
        CheckConstraint("length(title) > 0", name="title_not_empty"),
        CheckConstraint("protection IN ('none', 'encrypted', 'pseudonymised', 'hashed')", name="protection"),
    )
    __mapper_args__ = {"version_id_col": version}


class Protection(StrEnum):
    NONE = "none"
    ENCRYPTED = "encrypted"
    PSEUDONYMISED = "pseudonymised"
    HASHED = "hashed"


class AffectedData(Base):
    """A category of personal data concerned by the breach (taxonomy code), with its volume.

    Art. 33(3)(a): "the categories and approximate number of personal data records concerned".
    """

    __tablename__ = "affected_data"

    id: Mapped[intpk]
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), index=True)
    category: Mapped[str] = mapped_column(String(40))
    # Approximate number of records; 64-bit: a national file exceeds PostgreSQL's 32-bit INTEGER.
    records: Mapped[int | None] = mapped_column(BigInteger)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[created_ts]
    updated_at: Mapped[updated_ts]

    __table_args__ = (
        UniqueConstraint("case_id", "category", name="uq_affected_data_case_category"),
        CheckConstraint("records IS NULL OR records >= 0", name="records"),
    )


class CountKind(StrEnum):
    EXACT = "exact"
    ESTIMATE = "estimate"
    RANGE = "range"
    UNKNOWN = "unknown"


class AffectedPersons(Base):
    """A category of data subjects concerned, how many (exact, estimate or range), and where.

    Art. 33(3)(a): "the categories and approximate number of data subjects concerned"; the
    countries of residence flag a cross-border breach (Art. 56, lead authority).
    """

    __tablename__ = "affected_persons"

    id: Mapped[intpk]
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), index=True)
    category: Mapped[str] = mapped_column(String(40))
    count_kind: Mapped[str] = mapped_column(String(10), default=CountKind.UNKNOWN.value)
    count_low: Mapped[int | None] = mapped_column(BigInteger)
    count_high: Mapped[int | None] = mapped_column(BigInteger)
    countries: Mapped[str] = mapped_column(String(200), default="FR")  # ISO codes, comma-separated
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[created_ts]
    updated_at: Mapped[updated_ts]

    __table_args__ = (
        UniqueConstraint("case_id", "category", name="uq_affected_persons_case_category"),
        CheckConstraint(_in("count_kind", CountKind), name="count_kind"),
        CheckConstraint("count_low IS NULL OR count_low >= 0", name="count_low"),
        CheckConstraint("count_high IS NULL OR count_low IS NULL OR count_high >= count_low", name="count_range"),
    )


class RiskAssessment(Base):
    """One assessment of the risk to people: its inputs, the computed result, the human decision.

    Every assessment is kept (initial, after investigation, …); the latest decided one governs
    the case's Art. 33 / 34 obligations. Inputs and result are JSON documents (``risk.py`` owns
    their shape) so that a later method version can still read an old assessment.
    """

    __tablename__ = "risk_assessment"

    id: Mapped[intpk]
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), index=True)
    label: Mapped[str] = mapped_column(String(200), default="")
    author: Mapped[str] = mapped_column(String(200))
    assessed_at: Mapped[utc_ts]
    inputs: Mapped[str] = mapped_column(Text)
    result: Mapped[str] = mapped_column(Text)
    # The human decision: the recommended level accepted, or another one with a reason.
    decided_level: Mapped[str] = mapped_column(String(10))
    overridden: Mapped[bool] = mapped_column(Boolean, default=False)
    exemption: Mapped[str] = mapped_column(String(4), default="")  # Art. 34(3): "a", "b", "c" or ""
    reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[created_ts]

    __table_args__ = (
        CheckConstraint("decided_level IN ('unlikely', 'risk', 'high')", name="decided_level"),
        CheckConstraint("exemption IN ('', 'a', 'b', 'c')", name="exemption"),
    )


class CaseParty(Base):
    """An organisation's role in one case, and when it became aware of the breach."""

    __tablename__ = "case_party"

    id: Mapped[intpk]
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), index=True)
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="RESTRICT"), index=True
    )
    role: Mapped[str] = mapped_column(String(24))
    # GDPR Art. 33(1): the 72 hours run from awareness (EDPB 9/2022: "reasonable degree of
    # certainty"); the note records why this moment was chosen.
    aware_at: Mapped[dt.datetime | None]
    aware_precision: Mapped[str] = mapped_column(String(8), default=Precision.EXACT.value)
    # The UTC offset (minutes) the source gave for each moment, None for a plain UTC time.
    aware_offset: Mapped[int | None] = mapped_column(Integer)
    awareness_note: Mapped[str] = mapped_column(Text, default="")
    # Regimes that bind this party (a comma-separated list of regime codes; GDPR by default).
    regimes: Mapped[str] = mapped_column(String(200), default="gdpr")
    # GDPR Art. 33(2) sets no hours for a processor's notice to its controllers: the contract
    # does (REFERENCE.md §1.7). 24 h unless the DPO records the contractual figure.
    notice_hours: Mapped[int] = mapped_column(Integer, default=24, server_default="24")
    # Art. 34 "without undue delay" has no hours either: the DPO's internal target, if any.
    subject_target_hours: Mapped[int | None] = mapped_column(Integer)
    # Public holidays of the place where the party acts (holidays' France subdivision code,
    # None = the national list); used by day, week and month periods (Reg. 1182/71 Art. 3(4)).
    holiday_calendar: Mapped[str | None] = mapped_column(String(8))
    # DORA: the initial report is due 4 h after the incident is classified as major.
    classified_at: Mapped[dt.datetime | None]
    classified_precision: Mapped[str] = mapped_column(
        String(8), default=Precision.EXACT.value, server_default=Precision.EXACT.value
    )
    classified_offset: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[created_ts]
    updated_at: Mapped[updated_ts]
    # Optimistic locking: every UPDATE checks and bumps it, so a save based on an older copy is
    # refused (``errors.ConflictError``) instead of silently overwriting a colleague's change.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    case: Mapped[Case] = relationship(back_populates="parties", lazy="raise")
    organisation: Mapped[Organisation] = relationship(lazy="raise")

    __table_args__ = (
        CheckConstraint(_in("role", PartyRole), name="role"),
        CheckConstraint(_in("aware_precision", Precision), name="aware_precision"),
        UniqueConstraint("case_id", "organisation_id", "role", name="uq_case_party_org_role"),
        CheckConstraint("notice_hours >= 0", name="notice_hours"),
        CheckConstraint("subject_target_hours IS NULL OR subject_target_hours >= 0", name="subject_target"),
    )
    __mapper_args__ = {"version_id_col": version}


class PartyLink(Base):
    """A processor and a controller it works for (or a sub-processor and its processor).

    GDPR Art. 33(2): the processor notifies *its* controllers. In the Viamedis / Almerys pattern
    two operators serve different insurers; a processor with no link is taken to serve every
    controller of the case.
    """

    __tablename__ = "party_link"

    party_id: Mapped[int] = mapped_column(ForeignKey("case_party.id", ondelete="CASCADE"), primary_key=True)
    serves_party_id: Mapped[int] = mapped_column(
        ForeignKey("case_party.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class ObligationStatus(StrEnum):
    """What the people did about a duty; the clock's state (overdue, due soon…) is computed."""

    OPEN = "open"
    FULFILLED = "fulfilled"
    NOT_REQUIRED = "not_required"


class Obligation(Base):
    """What was done about one legal duty of one party (towards one recipient party, if any).

    Which duties exist, and when they are due, is computed from the parties and the regime
    table (``regimes``, ``deadlines``); only what people record is stored here, so changing an
    awareness time moves every clock without rewriting anything.
    """

    __tablename__ = "obligation"

    id: Mapped[intpk]
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), index=True)
    party_id: Mapped[int] = mapped_column(ForeignKey("case_party.id", ondelete="CASCADE"), index=True)
    duty: Mapped[str] = mapped_column(String(40))
    # Art. 33(2): one notice per controller; 0 when the duty has no recipient party.
    recipient_party_id: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(16), default=ObligationStatus.OPEN.value)
    fulfilled_at: Mapped[dt.datetime | None]
    fulfilled_offset: Mapped[int | None] = mapped_column(Integer)
    # The recipient's reference number (e.g. the CNIL notification number).
    reference: Mapped[str] = mapped_column(String(200), default="")
    # GDPR Art. 33(1): a late notification "shall be accompanied by reasons for the delay".
    reasons_for_delay: Mapped[str] = mapped_column(Text, default="")
    not_required_reason: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # Set when a risk-assessment decision switched this duty off (Art. 33 / 34 not required), so
    # that a later decision can switch it back on without touching what people recorded.
    decided_by: Mapped[int | None] = mapped_column(
        ForeignKey("risk_assessment.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[created_ts]
    updated_at: Mapped[updated_ts]

    __table_args__ = (
        CheckConstraint(_in("status", ObligationStatus), name="status"),
        UniqueConstraint("party_id", "duty", "recipient_party_id", name="uq_obligation_party_duty_recipient"),
    )


class TimelineEvent(Base):
    """A dated fact of the incident, with its source and how precisely its time is known."""

    __tablename__ = "timeline_event"

    id: Mapped[intpk]
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"))
    occurred_at: Mapped[utc_ts]
    # The UTC offset (minutes) the source gave, when it gave one; None for a plain UTC time.
    occurred_offset: Mapped[int | None] = mapped_column(Integer)
    precision: Mapped[str] = mapped_column(String(8), default=Precision.EXACT.value)
    title: Mapped[str] = mapped_column(String(500))
    details: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(Text, default="")
    category: Mapped[str] = mapped_column(String(20), default=EventCategory.OTHER.value)
    actor_party_id: Mapped[int | None] = mapped_column(
        ForeignKey("case_party.id", ondelete="SET NULL"), index=True
    )
    starred: Mapped[bool] = mapped_column(Boolean, default=False)
    # Attributes carried over from an imported timeline (JSON object as text), kept verbatim.
    attributes: Mapped[str] = mapped_column(Text, default="{}")
    # The bulk import that brought the event in, if any: undoing the import deletes exactly these.
    import_id: Mapped[int | None] = mapped_column(
        ForeignKey("timeline_import.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[created_ts]
    updated_at: Mapped[updated_ts]
    # Optimistic locking: every UPDATE checks and bumps it, so a save based on an older copy is
    # refused (``errors.ConflictError``) instead of silently overwriting a colleague's change.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    case: Mapped[Case] = relationship(back_populates="events", lazy="raise")
    tags: Mapped[list[EventTag]] = relationship(
        lazy="raise", cascade="all, delete-orphan", passive_deletes=True, order_by="EventTag.tag"
    )

    __table_args__ = (
        Index("ix_timeline_event_case_time", "case_id", "occurred_at", "id"),
        CheckConstraint(_in("precision", Precision), name="precision"),
        CheckConstraint(_in("category", EventCategory), name="category"),
        CheckConstraint("length(title) > 0", name="title_not_empty"),
    )
    __mapper_args__ = {"version_id_col": version}


class EventTag(Base):
    __tablename__ = "event_tag"

    event_id: Mapped[int] = mapped_column(
        ForeignKey("timeline_event.id", ondelete="CASCADE"), primary_key=True
    )
    tag: Mapped[str] = mapped_column(String(80), primary_key=True, index=True)


class AuditEntry(Base):
    """Append-only record of every change: who, when, what, before and after.

    Entries are hash-chained (``hash`` covers the previous entry's hash and this entry's
    content) so that an edited or removed entry is detectable. ``case_id`` is a plain column, not
    a foreign key: a deleted case's history must survive it.
    """

    __tablename__ = "audit_entry"

    id: Mapped[intpk]
    at: Mapped[utc_ts]
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(10))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    case_id: Mapped[int | None] = mapped_column(Integer, index=True)
    summary: Mapped[str] = mapped_column(Text, default="")
    before: Mapped[str | None] = mapped_column(Text)
    after: Mapped[str | None] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)

    __table_args__ = (CheckConstraint(_in("action", AuditAction), name="action"),)


class CustodyAction(StrEnum):
    """What can happen to an item of evidence; the log only ever grows."""

    ACQUIRED = "acquired"
    VIEWED = "viewed"
    EXPORTED = "exported"
    VERIFIED_OK = "verified_ok"
    VERIFIED_FAILED = "verified_failed"
    TRANSFERRED = "transferred"
    WITHDRAWN = "withdrawn"
    EDITED = "edited"


class Evidence(Base):
    """An item of evidence of a case: a file in the vault (by its SHA-256) and how it was acquired.

    The content lives once in the workspace's vault (content-addressed); the same content added
    again to the same case is a second acquisition of the same item (a custody entry), not a new
    item. Withdrawal keeps the item and its record.
    """

    __tablename__ = "evidence"

    id: Mapped[intpk]
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), index=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(BigInteger)
    media_type: Mapped[str] = mapped_column(String(120))
    original_name: Mapped[str] = mapped_column(String(500))
    original_path: Mapped[str] = mapped_column(Text, default="")
    acquired_at: Mapped[dt.datetime | None]
    acquired_precision: Mapped[str] = mapped_column(String(8), default=Precision.EXACT.value)
    acquired_offset: Mapped[int | None] = mapped_column(Integer)
    acquired_by: Mapped[str] = mapped_column(String(200), default="")
    method: Mapped[str] = mapped_column(Text, default="")  # how: copy, export, seizure, e-mail…
    from_party_id: Mapped[int | None] = mapped_column(
        ForeignKey("case_party.id", ondelete="SET NULL"), index=True
    )
    exhibit: Mapped[str] = mapped_column(String(100), default="")  # seal or exhibit number
    description: Mapped[str] = mapped_column(Text, default="")
    tags: Mapped[str] = mapped_column(Text, default="")  # comma-separated, lower case
    status: Mapped[str] = mapped_column(String(10), default="active")
    created_at: Mapped[created_ts]
    updated_at: Mapped[updated_ts]

    __table_args__ = (
        UniqueConstraint("case_id", "sha256", name="uq_evidence_case_sha256"),
        CheckConstraint("status IN ('active', 'withdrawn')", name="status"),
        CheckConstraint("size >= 0", name="size"),
    )


class CustodyEntry(Base):
    """One step of an item's chain of custody. Append-only and hash-chained per item."""

    __tablename__ = "custody_entry"

    id: Mapped[intpk]
    evidence_id: Mapped[int] = mapped_column(ForeignKey("evidence.id", ondelete="CASCADE"), index=True)
    at: Mapped[utc_ts]
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(16))
    details: Mapped[str] = mapped_column(Text, default="")  # JSON object
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))

    __table_args__ = (CheckConstraint(_in("action", CustodyAction), name="action"),)


class EvidenceLink(Base):
    """Evidence supports a timeline event (many to many)."""

    __tablename__ = "evidence_link"

    evidence_id: Mapped[int] = mapped_column(ForeignKey("evidence.id", ondelete="CASCADE"), primary_key=True)
    event_id: Mapped[int] = mapped_column(
        ForeignKey("timeline_event.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class CorrespondenceKind(StrEnum):
    QUESTIONNAIRE = "questionnaire"
    DOCUMENT_REQUEST = "document_request"
    ONSITE_NOTICE = "onsite_notice"
    FORMAL_NOTICE = "formal_notice"  # mise en demeure
    REMINDER = "reminder"
    ANSWER = "answer"
    NOTIFICATION = "notification"
    OTHER = "other"


class Correspondence(Base):
    """A letter, request or answer between parties of a case; answers hang under their request.

    A request may carry a time limit, in days / weeks / months (counted under Reg. 1182/71 with
    the recipient's holiday calendar) or as a date; its state (awaiting, answered, partly
    answered, overdue, closed) is computed from its answers and ``now``.
    """

    __tablename__ = "correspondence"

    id: Mapped[intpk]
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), index=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("correspondence.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    sender_party_id: Mapped[int | None] = mapped_column(ForeignKey("case_party.id", ondelete="SET NULL"))
    recipient_party_id: Mapped[int | None] = mapped_column(
        ForeignKey("case_party.id", ondelete="SET NULL"), index=True
    )
    subject: Mapped[str] = mapped_column(String(500))
    summary: Mapped[str] = mapped_column(Text, default="")
    sent_at: Mapped[utc_ts]
    sent_precision: Mapped[str] = mapped_column(String(8), default=Precision.MINUTE.value)
    sent_offset: Mapped[int | None] = mapped_column(Integer)
    limit_amount: Mapped[int | None] = mapped_column(Integer)
    limit_unit: Mapped[str | None] = mapped_column(String(8))  # days | weeks | months
    limit_date: Mapped[dt.date | None] = mapped_column(Date)
    completeness: Mapped[str] = mapped_column(String(8), default="")  # answers: full | partial
    closed: Mapped[bool] = mapped_column(Boolean, default=False)
    reference: Mapped[str] = mapped_column(String(120), default="")
    created_at: Mapped[created_ts]
    updated_at: Mapped[updated_ts]
    # Optimistic locking: every UPDATE checks and bumps it, so a save based on an older copy is
    # refused (``errors.ConflictError``) instead of silently overwriting a colleague's change.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    __table_args__ = (
        CheckConstraint(_in("kind", CorrespondenceKind), name="kind"),
        CheckConstraint("limit_unit IS NULL OR limit_unit IN ('days', 'weeks', 'months')", name="limit_unit"),
        CheckConstraint("completeness IN ('', 'full', 'partial')", name="completeness"),
        CheckConstraint("limit_amount IS NULL OR limit_amount > 0", name="limit_amount"),
        CheckConstraint("length(subject) > 0", name="subject_not_empty"),
    )
    __mapper_args__ = {"version_id_col": version}


class CorrespondenceEvidence(Base):
    __tablename__ = "correspondence_evidence"

    correspondence_id: Mapped[int] = mapped_column(
        ForeignKey("correspondence.id", ondelete="CASCADE"), primary_key=True
    )
    evidence_id: Mapped[int] = mapped_column(ForeignKey("evidence.id", ondelete="CASCADE"), primary_key=True, index=True)


class FindingState(StrEnum):
    DRAFT = "draft"
    CONFIRMED = "confirmed"
    CONTESTED = "contested"
    WITHDRAWN = "withdrawn"


class Finding(Base):
    """What the investigation established, against which GDPR provisions, and what to do about it."""

    __tablename__ = "finding"

    id: Mapped[intpk]
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(500))
    facts: Mapped[str] = mapped_column(Text, default="")
    articles: Mapped[str] = mapped_column(Text, default="")  # provision codes, comma-separated
    severity: Mapped[str] = mapped_column(String(10), default="moderate")
    state: Mapped[str] = mapped_column(String(10), default=FindingState.DRAFT.value)
    party_id: Mapped[int | None] = mapped_column(ForeignKey("case_party.id", ondelete="SET NULL"), index=True)
    operator_response: Mapped[str] = mapped_column(Text, default="")
    recommended_measure: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[created_ts]
    updated_at: Mapped[updated_ts]
    # Optimistic locking: every UPDATE checks and bumps it, so a save based on an older copy is
    # refused (``errors.ConflictError``) instead of silently overwriting a colleague's change.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    __table_args__ = (
        CheckConstraint(_in("state", FindingState), name="state"),
        CheckConstraint("severity IN ('minor', 'moderate', 'serious', 'critical')", name="severity"),
        CheckConstraint("length(title) > 0", name="title_not_empty"),
    )
    __mapper_args__ = {"version_id_col": version}


class FindingEvidence(Base):
    __tablename__ = "finding_evidence"

    finding_id: Mapped[int] = mapped_column(ForeignKey("finding.id", ondelete="CASCADE"), primary_key=True)
    evidence_id: Mapped[int] = mapped_column(ForeignKey("evidence.id", ondelete="CASCADE"), primary_key=True, index=True)


class FindingEvent(Base):
    __tablename__ = "finding_event"

    finding_id: Mapped[int] = mapped_column(ForeignKey("finding.id", ondelete="CASCADE"), primary_key=True)
    event_id: Mapped[int] = mapped_column(
        ForeignKey("timeline_event.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class MeasureKind(StrEnum):
    CONTAINMENT = "containment"
    REMEDIATION = "remediation"
    PREVENTION = "prevention"
    ADVICE = "advice"  # advice to data subjects (Art. 34(2), 33(3)(d))


class MeasureState(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    ABANDONED = "abandoned"


class Measure(Base):
    """A measure taken or proposed (Art. 33(3)(d)): who owns it, its state, planned and done dates."""

    __tablename__ = "measure"

    id: Mapped[intpk]
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(12))
    description: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(200), default="")
    party_id: Mapped[int | None] = mapped_column(ForeignKey("case_party.id", ondelete="SET NULL"), index=True)
    state: Mapped[str] = mapped_column(String(12), default=MeasureState.PLANNED.value)
    planned_on: Mapped[dt.date | None] = mapped_column(Date)
    done_on: Mapped[dt.date | None] = mapped_column(Date)
    finding_id: Mapped[int | None] = mapped_column(ForeignKey("finding.id", ondelete="SET NULL"), index=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[created_ts]
    updated_at: Mapped[updated_ts]
    # Optimistic locking: every UPDATE checks and bumps it, so a save based on an older copy is
    # refused (``errors.ConflictError``) instead of silently overwriting a colleague's change.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    __table_args__ = (
        CheckConstraint(_in("kind", MeasureKind), name="kind"),
        CheckConstraint(_in("state", MeasureState), name="state"),
        CheckConstraint("length(description) > 0", name="description_not_empty"),
    )
    __mapper_args__ = {"version_id_col": version}


class DocumentKind(StrEnum):
    """The regulator's documents cnil-case writes (issue 7)."""

    ART33 = "art33"  # notification to the supervisory authority, Art. 33
    ART34 = "art34"  # communication to the data subjects, Art. 34
    INVESTIGATION = "investigation"
    REGISTER = "register"  # the workspace's breach register, Art. 33(5)


class DocumentExport(Base):
    """A document written to a file: what, in which language, as a draft or not, and its SHA-256.

    The case's exports list. ``case_id`` is empty for the register, which covers the workspace;
    the audit log records the same export (entity "export"), so a deleted row stays traceable.
    """

    __tablename__ = "document_export"

    id: Mapped[intpk]
    case_id: Mapped[int | None] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    variant: Mapped[str] = mapped_column(String(16), default="")  # initial / complementary / final / public / csv
    lang: Mapped[str] = mapped_column(String(2))
    draft: Mapped[bool] = mapped_column(Boolean, default=False)
    gaps: Mapped[str] = mapped_column(Text, default="")  # one line per completeness gap when draft
    file_name: Mapped[str] = mapped_column(String(500))
    path: Mapped[str] = mapped_column(Text)
    size: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str] = mapped_column(String(64))
    at: Mapped[utc_ts]
    actor: Mapped[str] = mapped_column(String(200))

    __table_args__ = (
        CheckConstraint(_in("kind", DocumentKind), name="kind"),
        CheckConstraint("size >= 0", name="size"),
    )


class TimelineImport(Base):
    """One bulk import of a timeline file: its source (name, SHA-256), how it was read, what came of it.

    Events point back to their import (``TimelineEvent.import_id``), so an import can be undone as
    a whole; an undone import keeps its record (``undone_at``) and its audit entries.
    """

    __tablename__ = "timeline_import"

    id: Mapped[intpk]
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), index=True)
    file_name: Mapped[str] = mapped_column(String(500))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(BigInteger)
    format: Mapped[str] = mapped_column(String(24))
    mapping: Mapped[str] = mapped_column(Text, default="{}")  # JSON: how the columns were read
    lines_read: Mapped[int] = mapped_column(Integer, default=0)
    imported: Mapped[int] = mapped_column(Integer, default=0)
    skipped: Mapped[int] = mapped_column(Integer, default=0)
    # JSON list of {"line": n, "reason": "..."}, the first few hundred skipped lines.
    skipped_lines: Mapped[str] = mapped_column(Text, default="[]")
    actor: Mapped[str] = mapped_column(String(200))
    at: Mapped[utc_ts]
    undone_at: Mapped[dt.datetime | None]
    undone_by: Mapped[str] = mapped_column(String(200), default="")

    __table_args__ = (
        CheckConstraint("lines_read >= 0 AND imported >= 0 AND skipped >= 0", name="counts"),
    )


class WorkspaceSetting(Base):
    """One setting of the whole workspace, shared by everyone who opens it (``team.py``).

    Unlike the user's preferences (QSettings, per person and machine), these travel with the
    database: a team on PostgreSQL reads its shared evidence folder here.
    """

    __tablename__ = "workspace_setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[updated_ts]


# The full-text index (FTS5 virtual tables and triggers on SQLite, expression indexes on
# PostgreSQL) is not a mapped table: ``search.install`` writes its dialect-specific DDL. A new
# workspace gets it here, right after ``create_all``; an older one from migration 0007.
@event.listens_for(Base.metadata, "after_create")
def _install_search_index(_target: MetaData, connection: Connection, **_kw: object) -> None:
    from cnil_case.core import search  # search maps these classes: imported late, not circular

    search.install(connection)
