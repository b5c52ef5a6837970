"""The legal terms the UI shows, each explained in a sentence or two with its source, for tooltips.

``explain("controller")`` gives the explanation in the user's language; ``tooltip(term)`` adds the
term in bold for a rich-text tooltip; ``annotate(widget, term)`` sets both tooltip and "What's
this". Terms are looked up by key, case and spacing ignored ("Art. 33 notification" and
"art33_notification" are the same). Sources: GDPR (Regulation (EU) 2016/679), EDPB Guidelines
9/2022, NIS2 (Directive (EU) 2022/2555), DORA (Regulation (EU) 2022/2554), ENISA 2013.
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget


def _entries() -> dict[str, tuple[str, str]]:
    """key → (term, explanation), translated now (the language may change while running)."""
    return {
        "controller": (QCoreApplication.translate("glossary",
            "Controller"), QCoreApplication.translate("glossary",
            "The body that decides why and how personal data are processed (GDPR Art. 4(7)). It owes the "
            "Art. 33 notification and the Art. 34 communication.")),
        "processor": (QCoreApplication.translate("glossary",
            "Processor"), QCoreApplication.translate("glossary",
            "A body that processes personal data on behalf of the controller (GDPR Art. 4(8)). It must inform "
            "the controller of a breach without undue delay (Art. 33(2)); no number of hours is set.")),
        "personal_data_breach": (QCoreApplication.translate("glossary",
            "Personal data breach"), QCoreApplication.translate("glossary",
            "A breach of security leading to the accidental or unlawful destruction, loss, alteration, "
            "unauthorised disclosure of, or access to, personal data (GDPR Art. 4(12)).")),
        "art33_notification": (QCoreApplication.translate("glossary",
            "Art. 33 notification"), QCoreApplication.translate("glossary",
            "The controller's notification of a breach to the competent supervisory authority, without undue "
            "delay and where feasible within 72 hours of awareness, unless the breach is unlikely to result in "
            "a risk (GDPR Art. 33(1)). Its content is set by Art. 33(3).")),
        "art34_communication": (QCoreApplication.translate("glossary",
            "Art. 34 communication"), QCoreApplication.translate("glossary",
            "The controller's message to the persons concerned when the breach is likely to result in a high "
            "risk to them, in clear and plain language, without undue delay (GDPR Art. 34(1)-(2)), unless an "
            "exception of Art. 34(3) applies.")),
        "without_undue_delay": (QCoreApplication.translate("glossary",
            "Without undue delay"), QCoreApplication.translate("glossary",
            "As soon as possible once aware, with no number of hours fixed (GDPR Art. 33(1)-(2), 34(1)); the "
            "application shows the time elapsed instead of a due date.")),
        "72_hours": (QCoreApplication.translate("glossary",
            "72 hours"), QCoreApplication.translate("glossary",
            "The limit, where feasible, for notifying the supervisory authority, counted from the controller's "
            "awareness of the breach; a later notification must give the reasons for the delay (GDPR "
            "Art. 33(1), recital 85).")),
        "awareness": (QCoreApplication.translate("glossary",
            "Awareness"), QCoreApplication.translate("glossary",
            "The moment the controller has a reasonable degree of certainty that a security incident has "
            "compromised personal data; the 72 hours start then (EDPB Guidelines 9/2022).")),
        "dpo": (QCoreApplication.translate("glossary",
            "DPO"), QCoreApplication.translate("glossary",
            "The data protection officer (GDPR Art. 37-39); the notification must give the DPO's or another "
            "contact point's name and details (Art. 33(3)(b)).")),
        "supervisory_authority": (QCoreApplication.translate("glossary",
            "Supervisory authority"), QCoreApplication.translate("glossary",
            "The independent public authority that monitors the GDPR in a Member State (GDPR Art. 51), the "
            "CNIL in France; the breach is notified to the one competent under Art. 55.")),
        "lead_supervisory_authority": (QCoreApplication.translate("glossary",
            "Lead supervisory authority"), QCoreApplication.translate("glossary",
            "For cross-border processing, the authority of the controller's main or single establishment in "
            "the EU (GDPR Art. 56(1)); the breach is notified to it (EDPB Guidelines 9/2022).")),
        "special_categories": (QCoreApplication.translate("glossary",
            "Special categories (Art. 9)"), QCoreApplication.translate("glossary",
            "Data revealing racial or ethnic origin, political opinions, religious or philosophical beliefs, "
            "trade union membership, genetic or biometric data, health, sex life or sexual orientation (GDPR "
            "Art. 9(1)); with them, damage should be considered likely (EDPB 9/2022, para. 102).")),
        "criminal_data": (QCoreApplication.translate("glossary",
            "Criminal offence data (Art. 10)"), QCoreApplication.translate("glossary",
            "Personal data relating to criminal convictions and offences or related security measures (GDPR "
            "Art. 10); treated like the special categories when assessing the risk.")),
        "breach_register": (QCoreApplication.translate("glossary",
            "Breach register (Art. 33(5))"), QCoreApplication.translate("glossary",
            "The controller's documentation of every personal data breach, notified or not: the facts, their "
            "effects and the remedial action taken (GDPR Art. 33(5)).")),
        "high_risk": (QCoreApplication.translate("glossary",
            "High risk"), QCoreApplication.translate("glossary",
            "A breach likely to result in a high risk to the rights and freedoms of natural persons must also "
            "be communicated to them (GDPR Art. 34(1)); risk is likelihood and severity, assessed objectively "
            "(recitals 75-76).")),
        "nis2_significant_incident": (QCoreApplication.translate("glossary",
            "NIS2 significant incident"), QCoreApplication.translate("glossary",
            "An incident that has caused or can cause severe operational disruption or financial loss, or "
            "considerable damage to others (Directive (EU) 2022/2555 Art. 23(3)): early warning within "
            "24 hours, notification within 72 hours, final report within a month (Art. 23(4)).")),
        "dora_major_incident": (QCoreApplication.translate("glossary",
            "DORA major ICT incident"), QCoreApplication.translate("glossary",
            "An ICT-related incident of a financial entity classified as major (Regulation (EU) 2022/2554 "
            "Art. 18-19): initial notification within 4 hours of classification and 24 hours of awareness, "
            "intermediate report within 72 hours, final report within a month.")),
        "enisa_severity": (QCoreApplication.translate("glossary",
            "ENISA severity"), QCoreApplication.translate("glossary",
            "The severity score of the ENISA 2013 methodology, SE = DPC × EI + CB (data processing context, "
            "ease of identification, circumstances of the breach): low below 2, medium, high, very high from "
            "4. Mapping it to Art. 33 and 34 is a policy choice.")),
        "chain_of_custody": (QCoreApplication.translate("glossary",
            "Chain of custody"), QCoreApplication.translate("glossary",
            "The record of who acquired, held, viewed, transferred or verified a piece of evidence and when, "
            "with its SHA-256 hash, so its integrity can be shown; entries are never edited or deleted.")),
        "joint_controllers": (QCoreApplication.translate("glossary",
            "Joint controllers"), QCoreApplication.translate("glossary",
            "Two or more controllers who jointly decide why and how data are processed (GDPR Art. 26); their "
            "arrangement should say who notifies the breach.")),
        "art34_exceptions": (QCoreApplication.translate("glossary",
            "Art. 34(3) exceptions"), QCoreApplication.translate("glossary",
            "The communication to the persons is not required if the data were unintelligible (e.g. "
            "encrypted), if later measures removed the high risk, or if it would involve disproportionate "
            "effort, in which case a public communication is made instead (GDPR Art. 34(3)(a)-(c)).")),
        "notification_in_phases": (QCoreApplication.translate("glossary",
            "Notification in phases"), QCoreApplication.translate("glossary",
            "Information not available at once may be given in phases without undue further delay (GDPR "
            "Art. 33(4)): an initial notification, then follow-ups.")),
    }


def _normalise(term: str) -> str:
    return re.sub(r"[^0-9a-z]+", "_", term.lower().replace("art. ", "art")).strip("_")


def terms() -> list[str]:
    """Every key, e.g. ``controller``, ``art33_notification``, ``chain_of_custody``."""
    return list(_entries())


def _lookup(term: str) -> tuple[str, str]:
    entries = _entries()
    key = _normalise(term)
    if key in entries:
        return entries[key]
    for name, explanation in entries.values():
        if _normalise(name) == key:
            return name, explanation
    raise KeyError(f"no glossary entry for {term!r}")


def term(key: str) -> str:
    """The term as the UI writes it, translated."""
    return _lookup(key)[0]


def explain(term: str) -> str:
    """One or two sentences explaining the term, with the article that defines it.

    Raises:
        KeyError: the glossary has no such term (a typo in the caller: tests catch it).
    """
    return _lookup(term)[1]


def tooltip(term: str) -> str:
    """Rich text for a tooltip: the term in bold, then its explanation."""
    name, explanation = _lookup(term)
    return f"<p><b>{html.escape(name)}</b><br/>{html.escape(explanation)}</p>"


def annotate(widget: QWidget, term: str) -> None:
    """Explain the term in the widget's tooltip and "What's this" help."""
    text = tooltip(term)
    widget.setToolTip(text)
    widget.setWhatsThis(text)
