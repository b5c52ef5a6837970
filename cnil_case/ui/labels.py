"""User-facing names of the domain's stored codes (roles, categories, precisions…).

The codes stay English identifiers in the database and documents; only these names are
translated. ``QT_TRANSLATE_NOOP`` marks them for lupdate; ``name`` translates at display time.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_CONTEXT = "labels"

STATUSES = {
    "open": QT_TRANSLATE_NOOP("labels", "Open"),
    "closed": QT_TRANSLATE_NOOP("labels", "Closed"),
}

NATURES = {
    "confidentiality": QT_TRANSLATE_NOOP("labels", "Confidentiality"),
    "integrity": QT_TRANSLATE_NOOP("labels", "Integrity"),
    "availability": QT_TRANSLATE_NOOP("labels", "Availability"),
}

ORIGIN_INTENTS = {
    "unknown": QT_TRANSLATE_NOOP("labels", "Unknown"),
    "malicious": QT_TRANSLATE_NOOP("labels", "Malicious"),
    "accidental": QT_TRANSLATE_NOOP("labels", "Accidental"),
}

ORIGIN_SOURCES = {
    "unknown": QT_TRANSLATE_NOOP("labels", "Unknown"),
    "internal": QT_TRANSLATE_NOOP("labels", "Internal"),
    "external": QT_TRANSLATE_NOOP("labels", "External"),
}

PRECISIONS = {
    "exact": QT_TRANSLATE_NOOP("labels", "Exact (seconds)"),
    "minute": QT_TRANSLATE_NOOP("labels", "Minute"),
    "hour": QT_TRANSLATE_NOOP("labels", "Hour"),
    "day": QT_TRANSLATE_NOOP("labels", "Day"),
}

# Short forms for table cells.
PRECISIONS_SHORT = {
    "exact": QT_TRANSLATE_NOOP("labels", "exact"),
    "minute": QT_TRANSLATE_NOOP("labels", "minute"),
    "hour": QT_TRANSLATE_NOOP("labels", "hour"),
    "day": QT_TRANSLATE_NOOP("labels", "day"),
}

ROLES = {
    "controller": QT_TRANSLATE_NOOP("labels", "Controller"),
    "joint_controller": QT_TRANSLATE_NOOP("labels", "Joint controller"),
    "processor": QT_TRANSLATE_NOOP("labels", "Processor"),
    "sub_processor": QT_TRANSLATE_NOOP("labels", "Sub-processor"),
    "supervisory_authority": QT_TRANSLATE_NOOP("labels", "Supervisory authority"),
    "other_authority": QT_TRANSLATE_NOOP("labels", "Other authority"),
}

CATEGORIES = {
    "attack": QT_TRANSLATE_NOOP("labels", "Attack"),
    "detection": QT_TRANSLATE_NOOP("labels", "Detection"),
    "containment": QT_TRANSLATE_NOOP("labels", "Containment"),
    "notification": QT_TRANSLATE_NOOP("labels", "Notification"),
    "communication": QT_TRANSLATE_NOOP("labels", "Communication"),
    "investigation": QT_TRANSLATE_NOOP("labels", "Investigation"),
    "legal": QT_TRANSLATE_NOOP("labels", "Legal"),
    "press": QT_TRANSLATE_NOOP("labels", "Press"),
    "other": QT_TRANSLATE_NOOP("labels", "Other"),
}

CLOCK_STATES = {
    "waiting": QT_TRANSLATE_NOOP("labels", "Waiting"),
    "running": QT_TRANSLATE_NOOP("labels", "Running"),
    "due_soon": QT_TRANSLATE_NOOP("labels", "Due soon"),
    "overdue": QT_TRANSLATE_NOOP("labels", "Overdue"),
    "fulfilled_on_time": QT_TRANSLATE_NOOP("labels", "Fulfilled on time"),
    "fulfilled_late": QT_TRANSLATE_NOOP("labels", "Fulfilled late"),
    "not_required": QT_TRANSLATE_NOOP("labels", "Not required"),
}

PHASES = {
    "initial": QT_TRANSLATE_NOOP("labels", "Initial"),
    "complementary": QT_TRANSLATE_NOOP("labels", "Complementary"),
    "intermediate": QT_TRANSLATE_NOOP("labels", "Intermediate"),
    "final": QT_TRANSLATE_NOOP("labels", "Final"),
}

ACTIONS = {
    "create": QT_TRANSLATE_NOOP("labels", "created"),
    "update": QT_TRANSLATE_NOOP("labels", "edited"),
    "delete": QT_TRANSLATE_NOOP("labels", "deleted"),
}

ENTITIES = {
    "case": QT_TRANSLATE_NOOP("labels", "Case"),
    "party": QT_TRANSLATE_NOOP("labels", "Party"),
    "event": QT_TRANSLATE_NOOP("labels", "Event"),
    "organisation": QT_TRANSLATE_NOOP("labels", "Organisation"),
    "obligation": QT_TRANSLATE_NOOP("labels", "Obligation"),
    "affected_data": QT_TRANSLATE_NOOP("labels", "Data concerned"),
    "affected_persons": QT_TRANSLATE_NOOP("labels", "Persons concerned"),
    "risk_assessment": QT_TRANSLATE_NOOP("labels", "Risk assessment"),
}

COUNT_KINDS = {
    "exact": QT_TRANSLATE_NOOP("labels", "Exact"),
    "estimate": QT_TRANSLATE_NOOP("labels", "Estimate"),
    "range": QT_TRANSLATE_NOOP("labels", "Range"),
    "unknown": QT_TRANSLATE_NOOP("labels", "Unknown"),
}

ENISA_TYPES = {
    "simple": QT_TRANSLATE_NOOP("labels", "Simple"),
    "behavioural": QT_TRANSLATE_NOOP("labels", "Behavioural"),
    "financial": QT_TRANSLATE_NOOP("labels", "Financial"),
    "sensitive": QT_TRANSLATE_NOOP("labels", "Sensitive"),
    "credentials": QT_TRANSLATE_NOOP("labels", "Credentials"),
}

RISK_LEVELS = {
    "unlikely": QT_TRANSLATE_NOOP("labels", "Unlikely to result in a risk"),
    "risk": QT_TRANSLATE_NOOP("labels", "Risk"),
    "high": QT_TRANSLATE_NOOP("labels", "High risk"),
}

BANDS = {
    "low": QT_TRANSLATE_NOOP("labels", "Low"),
    "medium": QT_TRANSLATE_NOOP("labels", "Medium"),
    "high": QT_TRANSLATE_NOOP("labels", "High"),
    "very_high": QT_TRANSLATE_NOOP("labels", "Very high"),
}

CORRESPONDENCE_KINDS = {
    "questionnaire": QT_TRANSLATE_NOOP("labels", "Questionnaire"),
    "document_request": QT_TRANSLATE_NOOP("labels", "Request for documents"),
    "onsite_notice": QT_TRANSLATE_NOOP("labels", "On-site control notice"),
    "formal_notice": QT_TRANSLATE_NOOP("labels", "Formal notice"),
    "reminder": QT_TRANSLATE_NOOP("labels", "Reminder"),
    "answer": QT_TRANSLATE_NOOP("labels", "Answer"),
    "notification": QT_TRANSLATE_NOOP("labels", "Notification"),
    "other": QT_TRANSLATE_NOOP("labels", "Other"),
}

CORRESPONDENCE_STATES = {
    "awaiting_answer": QT_TRANSLATE_NOOP("labels", "Awaiting answer"),
    "answered": QT_TRANSLATE_NOOP("labels", "Answered"),
    "partly_answered": QT_TRANSLATE_NOOP("labels", "Partly answered"),
    "overdue": QT_TRANSLATE_NOOP("labels", "Overdue"),
    "closed": QT_TRANSLATE_NOOP("labels", "Closed"),
}

LIMIT_UNITS = {
    "days": QT_TRANSLATE_NOOP("labels", "days"),
    "weeks": QT_TRANSLATE_NOOP("labels", "weeks"),
    "months": QT_TRANSLATE_NOOP("labels", "months"),
}

SEVERITIES = {
    "minor": QT_TRANSLATE_NOOP("labels", "Minor"),
    "moderate": QT_TRANSLATE_NOOP("labels", "Moderate"),
    "serious": QT_TRANSLATE_NOOP("labels", "Serious"),
    "critical": QT_TRANSLATE_NOOP("labels", "Critical"),
}

FINDING_STATES = {
    "draft": QT_TRANSLATE_NOOP("labels", "Draft"),
    "confirmed": QT_TRANSLATE_NOOP("labels", "Confirmed"),
    "contested": QT_TRANSLATE_NOOP("labels", "Contested"),
    "withdrawn": QT_TRANSLATE_NOOP("labels", "Withdrawn"),
}

MEASURE_KINDS = {
    "containment": QT_TRANSLATE_NOOP("labels", "Containment"),
    "remediation": QT_TRANSLATE_NOOP("labels", "Remediation"),
    "prevention": QT_TRANSLATE_NOOP("labels", "Prevention"),
    "advice": QT_TRANSLATE_NOOP("labels", "Advice to data subjects"),
}

MEASURE_STATES = {
    "planned": QT_TRANSLATE_NOOP("labels", "Planned"),
    "in_progress": QT_TRANSLATE_NOOP("labels", "In progress"),
    "done": QT_TRANSLATE_NOOP("labels", "Done"),
    "abandoned": QT_TRANSLATE_NOOP("labels", "Abandoned"),
}


def name(table: Mapping[str, object], code: str) -> str:
    """The translated name of ``code`` in ``table``; an unknown code is shown as stored."""
    text = table.get(code)
    return QCoreApplication.translate(_CONTEXT, str(text)) if text else code
