"""Message boxes: user errors, the crash dialog, confirmations, and the DST fold question.

Each function is a seam: tests patch it instead of clicking through a modal box.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from cnil_case.core import errors
from cnil_case.ui import language


def show_error(parent: QWidget | None, exc: errors.UserError) -> None:
    """Tell the user what went wrong and what to do; the sentence comes from the domain, written
    in the interface's language (``language.text`` translates the core's Phrases)."""
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("messages", "cnil-case"),
                      language.text(exc.phrase), QMessageBox.StandardButton.Ok, parent)
    box.exec()


def show_crash(parent: QWidget | None, summary: str, details: str, log_path: str) -> None:
    """The crash dialog: something went wrong that is a bug, not the user's doing."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("messages", "cnil-case: unexpected error"))
    box.setText(
        QCoreApplication.translate("messages", "An unexpected error occurred: {summary}\n\nYour data is safe: the change in progress "
            "was not saved. The details were written to {log}.").format(summary=summary, log=log_path)
    )
    box.setInformativeText(QCoreApplication.translate("messages", "You can go on working; please report this error."))
    box.setDetailedText(details)
    box.exec()


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """Ask before a destructive action; the safe answer (No) is the default."""
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def fold_choice_label(candidate: dt.datetime) -> str:
    """How one of two ambiguous instants is shown: local time, its UTC offset, and in UTC."""
    from cnil_case.core import times  # its models import is not worth paying at start-up

    utc = candidate.astimezone(dt.UTC)
    return QCoreApplication.translate("messages", "{local} ({offset}), that is {utc} UTC").format(
        local=candidate.strftime("%Y-%m-%d %H:%M"),
        offset=times.format_offset(candidate),
        utc=utc.strftime("%H:%M"),
    )


def ask_fold(parent: QWidget | None, candidates: Sequence[dt.datetime]) -> int | None:
    """Ask which of two instants an ambiguous local time means: 0 first, 1 second, None cancel."""
    first, second = candidates
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("messages", "Ambiguous time"))
    box.setText(
        QCoreApplication.translate("messages", "{local} happens twice in this time zone: the clocks go back one hour that night.\n"
            "Which moment do you mean?").format(local=first.strftime("%Y-%m-%d %H:%M"))
    )
    first_button = box.addButton(
        QCoreApplication.translate("messages", "First: {label}").format(label=fold_choice_label(first)), QMessageBox.ButtonRole.AcceptRole
    )
    second_button = box.addButton(
        QCoreApplication.translate("messages", "Second: {label}").format(label=fold_choice_label(second)), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is first_button:
        return 0
    if clicked is second_button:
        return 1
    return None


def show_info(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    """A summary the user reads and dismisses (what an import added, what a verification found)."""
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent)
    if details:
        box.setDetailedText(details)
    box.exec()
