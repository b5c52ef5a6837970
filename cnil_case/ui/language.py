"""The interface language: which one, its translators, and how it writes dates and numbers.

English is the source language; French comes from ``resources/i18n/cnil_case_fr.qm``, compiled
from the ``.ts`` files by the install (``cnil_case/translations.py``). When that file is missing
or older than its sources (a checkout updated without ``make``), it is compiled into the user's
cache folder at start-up rather than silently showing English. Qt's own strings (standard
buttons, file dialogs) come from the ``qtbase`` translations shipped with PySide6.

The core writes some sentences itself (clock explanations, …) as ``core.phrases.Phrase``: an
English ``str`` that keeps its template and values; ``text()`` translates the template and
formats the values (instants in the case's zone, numbers, public holidays' names) for the
language in use.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QTime,
    QTimeZone,
    QTranslator,
)

from cnil_case import paths

log = logging.getLogger(__name__)

LANGUAGES = ("fr", "en")
NAMES = {"fr": "Français", "en": "English"}
_installed: list[QTranslator] = []
_current = "en"


def chosen(preference: str, system: QLocale | None = None) -> str:
    """The language to use: the preference ("fr", "en"), else the system's if we have it, else English."""
    if preference in LANGUAGES:
        return preference
    name = (system or QLocale.system()).name().split("_")[0]
    return name if name in LANGUAGES else "en"


def current() -> str:
    """The language installed last ("en" before any)."""
    return _current


def install(app: QCoreApplication, language: str) -> str:
    """Install the translators of ``language`` (replacing the previous ones) and make its locale
    the default one, for dates and numbers; return the language actually installed."""
    global _current
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    locale = QLocale(QLocale.Language.French, QLocale.Country.France) if language == "fr" \
        else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    QLocale.setDefault(locale)
    _current = "en"
    if language == "en":
        return _current
    compiled = _compiled(language)
    ours = QTranslator(app)
    if compiled is None or not ours.load(str(compiled)):
        log.warning("no %s translation could be loaded: the interface stays in English", language)
        return _current
    app.installTranslator(ours)
    _installed.append(ours)
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    _current = language
    return _current


def _compiled(language: str) -> Path | None:
    """The .qm file for ``language``: the installed one, else one compiled into the cache now."""
    from cnil_case import translations  # ast, xml: only when a translation is wanted

    if not translations.is_stale(language):
        return translations.qm_path(language)
    cached = paths.cache_dir() / "i18n" / f"cnil_case_{language}.qm"
    sources = list((translations.i18n_dir() / language).glob("*.ts"))
    if cached.exists() and all(cached.stat().st_mtime >= s.stat().st_mtime for s in sources):
        return cached
    try:
        return translations.compile_language(language, target=cached)
    except (RuntimeError, OSError) as exc:
        log.warning("cannot compile the %s translation: %s", language, exc)
        return translations.qm_path(language) if translations.qm_path(language).exists() else None


# --- writing values for the language in use ---------------------------------------------------


def number(value: int | float) -> str:
    """``1 234 567`` in French (narrow no-break spaces), ``1,234,567`` in English."""
    return QLocale().toString(value) if isinstance(value, int) else QLocale().toString(float(value), "g", 12)


def instant(moment: dt.datetime | None, zone: str, precision: str = "minute") -> str:
    """An instant in ``zone`` for a reader: ``7 févr. 2024 18:00 (UTC+01:00)`` / ``7 Feb 2024 18:00 (UTC+01:00)``.

    A day-precision moment shows the date only (its midnight was made up); seconds only for an
    exact one. The UTC offset is always shown: a time without it is ambiguous (Art. 33 clocks).
    """
    if moment is None:
        return ""
    # core.times imports the models: not needed before a case shows.
    from cnil_case.core import times

    local = moment.astimezone(times.zone(zone))
    if precision == "day":
        return date(local.date())
    pattern = {"exact": "d MMM yyyy HH:mm:ss", "hour": "d MMM yyyy HH:00"}.get(precision, "d MMM yyyy HH:mm")
    shown = QLocale().toString(_qdatetime(local), pattern)
    return f"{shown} ({times.format_offset(local)})"


def weekday_instant(moment: dt.datetime, zone: str) -> str:
    """With the day of the week, for deadlines: ``lun. 5 févr. 2024 18:00 (UTC+01:00)``."""
    from cnil_case.core import times

    local = moment.astimezone(times.zone(zone))
    return f"{QLocale().toString(_qdatetime(local), 'ddd d MMM yyyy HH:mm')} ({times.format_offset(local)})"


def date(day: dt.date) -> str:
    """``7 févr. 2024`` / ``7 Feb 2024``."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


def _qdatetime(local: dt.datetime) -> QDateTime:
    """The same wall-clock time and offset as a QDateTime (for QLocale's month and day names)."""
    offset = local.utcoffset() or dt.timedelta(0)
    return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute, local.second),
                     QTimeZone.fromSecondsAheadOfUtc(int(offset.total_seconds())))


def text(value: Any) -> str:
    """A value shown to the user: a core ``Phrase`` translated and filled in, else ``str(value)``."""
    from cnil_case.core.phrases import Day, Duration, Holiday, Phrase, When

    if isinstance(value, Phrase):
        template = QCoreApplication.translate(value.context, value.template)
        filled = {name: text(v) for name, v in value.values.items()}
        try:
            return template.format(**filled)
        except (KeyError, IndexError, ValueError):
            log.error("translation of %r does not fit its values %s", value.template, sorted(filled))
            return str(value)
    if isinstance(value, When):
        if value.precision == "day":
            return QLocale().toString(_qdatetime(value.local()), "ddd d MMM yyyy")
        return weekday_instant(value.moment, value.zone)
    if isinstance(value, Day):
        return QLocale().toString(QDate(value.day.year, value.day.month, value.day.day), "ddd d MMM yyyy")
    if isinstance(value, Holiday):
        return value.name(_current)
    if isinstance(value, Duration):
        days, hours, minutes = value.parts()
        if days:
            return QCoreApplication.translate("language", "{days} d {hours:02d} h {minutes:02d} min").format(
                days=days, hours=hours, minutes=minutes)
        if hours:
            return QCoreApplication.translate("language", "{hours} h {minutes:02d} min").format(hours=hours, minutes=minutes)
        return QCoreApplication.translate("language", "{minutes} min").format(minutes=minutes)
    if isinstance(value, bool) or value is None:
        return str(value)
    if isinstance(value, int):
        return number(value)
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return date(value)
    return str(value)


def error_text(exc: BaseException) -> str:
    """A user error in the interface language (``UserError.phrase``), else its text as it is."""
    phrase = getattr(exc, "phrase", None)
    return text(phrase) if phrase is not None else str(exc)
