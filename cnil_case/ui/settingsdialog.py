"""Settings: language, display time zone, deadlines (contractual notice, due soon, notifications),
the idle lock, and the organisation's identity on the documents."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QImageReader, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cnil_case.core import errors, identity
from cnil_case.ui import filedialogs, language, messages, theme, zonecombo
from cnil_case.ui import preferences as preferences_module

_LOGO_BOX = (200, 90)


def _hint(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {theme.state_color('hint').name()};")
    return label


def _form(page: QWidget) -> QFormLayout:
    form = QFormLayout(page)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form


def _text_box(parent: QWidget, height: int) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setTabChangesFocus(True)
    box.setFixedHeight(height)
    return box


class IdentityForm(QWidget):
    """The sender of the documents in one language: ``<folder>/common/<lang>.toml``, [organisation]."""

    def __init__(self, parent: QWidget | None, *, lang: str, folder: Path | None) -> None:
        super().__init__(parent)
        self.lang = lang
        self._folder = folder
        self.path = identity.file_path(lang, folder=folder)
        self.name = QLineEdit(self)
        self.name.setToolTip(self.tr("The organisation sending the documents, printed at the top of page 1 of "
                                     "every document and on the breach register (GDPR Art. 33(5))."))
        self.address = _text_box(self, 70)
        self.address.setToolTip(self.tr("The postal address under the name on page 1, one line per line."))
        self.dpo_name = QLineEdit(self)
        self.dpo_name.setToolTip(self.tr(
            "The data protection officer designated under GDPR Art. 37 (position and tasks: Art. 38–39). "
            "A notification gives the name of the DPO or of another contact point (Art. 33(3)(b))."))
        self.dpo_contact = QLineEdit(self)
        self.dpo_contact.setPlaceholderText(self.tr("e-mail, telephone"))
        self.dpo_contact.setToolTip(self.tr(
            "How the supervisory authority and the data subjects reach the DPO: published and "
            "communicated to the authority (GDPR Art. 37(7)); given in the notification (Art. 33(3)(b)) "
            "and in the letter to the data subjects (Art. 34(2))."))
        self.signature = _text_box(self, 60)
        self.signature.setToolTip(self.tr(
            "The signatory's lines (name, then role) closing the Art. 33 notification and the Art. 34 letter."))
        self.logo_preview = QLabel(self)
        self.logo_preview.setFixedSize(*_LOGO_BOX)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setStyleSheet("border: 1px solid #bbbbbb; background: white; color: #777777;")
        self.logo_preview.setWordWrap(True)
        self.logo_path = QLabel(self)
        self.logo_path.setWordWrap(True)
        self.logo_path.setStyleSheet(f"color: {theme.state_color('hint').name()};")
        self.logo_path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_logo = QPushButton(self.tr("Choose…"), self)
        self.remove_logo = QPushButton(self.tr("Remove"), self)
        logo_tip = self.tr("A PNG or JPEG image printed beside the name on page 1 of every document.")
        for widget in (self.logo_preview, self.choose_logo):
            widget.setToolTip(logo_tip)
        self.remove_logo.setToolTip(self.tr("Print no logo (the image file itself is not deleted)."))
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {theme.state_color('error').name()};")
        self.error.setVisible(False)

        buttons = QVBoxLayout()
        buttons.addWidget(self.choose_logo)
        buttons.addWidget(self.remove_logo)
        buttons.addStretch(1)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview)
        logo_row.addLayout(buttons)
        logo_row.addStretch(1)
        logo_box = QVBoxLayout()
        logo_box.addLayout(logo_row)
        logo_box.addWidget(self.logo_path)
        form = _form(self)
        form.addRow(self.error)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Address:"), self.address)
        form.addRow(self.tr("&DPO:"), self.dpo_name)
        form.addRow(self.tr("DPO &contact:"), self.dpo_contact)
        form.addRow(self.tr("&Signature:"), self.signature)
        form.addRow(self.tr("Logo:"), logo_box)
        where = _hint(self.tr("Stored in {path}, read by every document in this language.").format(path=self.path),
                      self)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(where)

        self._logo = ""
        self._readable = True
        try:
            self._loaded = identity.load(lang, folder=folder)
        except errors.UserError as exc:
            # Editing would overwrite a file we could not read: show why, and leave it alone.
            self._loaded = identity.Identity()
            self.error.setText(language.error_text(exc))
            self.error.setVisible(True)
            self._readable = False
            for field in (self.name, self.address, self.dpo_name, self.dpo_contact, self.signature,
                          self.choose_logo, self.remove_logo):
                field.setEnabled(False)
        self.set_value(self._loaded)
        self.choose_logo.clicked.connect(self._choose_logo)
        self.remove_logo.clicked.connect(lambda: self._set_logo(""))

    @property
    def editable(self) -> bool:
        return self._readable

    def value(self) -> identity.Identity:
        return identity.Identity(
            name=self.name.text().strip(),
            address=self.address.toPlainText().strip(),
            dpo_name=self.dpo_name.text().strip(),
            dpo_contact=self.dpo_contact.text().strip(),
            signature=self.signature.toPlainText().strip(),
            logo=self._logo,
        )

    def set_value(self, value: identity.Identity) -> None:
        self.name.setText(value.name)
        self.address.setPlainText(value.address)
        self.dpo_name.setText(value.dpo_name)
        self.dpo_contact.setText(value.dpo_contact)
        self.signature.setPlainText(value.signature)
        self._set_logo(value.logo)

    def is_modified(self) -> bool:
        return self.editable and self.value() != identity.Identity(
            **{key: getattr(self._loaded, key).strip() for key in identity.MANAGED})

    def save(self) -> bool:
        """Write the file if anything changed; return whether it was written.

        Raises:
            UserError: the file could not be written (nothing else was changed).
        """
        if not self.is_modified():
            return False
        value = self.value()
        identity.save(self.lang, value, folder=self._folder)
        self._loaded = value
        return True

    def _set_logo(self, value: str) -> None:
        self._logo = value
        self.remove_logo.setEnabled(bool(value) and self.editable)
        path = identity.resolve_logo(self.lang, value, folder=self._folder)
        self.logo_preview.setPixmap(QPixmap())
        if path is None:
            self.logo_preview.setText(self.tr("No logo"))
            self.logo_path.setText("")
            return
        self.logo_path.setText(str(path))
        pixmap = QPixmap(str(path))
        if pixmap.isNull():
            self.logo_preview.setText(self.tr("Cannot show this file: it is missing or not an image"))
            return
        self.logo_preview.setPixmap(pixmap.scaled(_LOGO_BOX[0] - 4, _LOGO_BOX[1] - 4, Qt.AspectRatioMode.KeepAspectRatio,
                                                  Qt.TransformationMode.SmoothTransformation))

    def _choose_logo(self) -> None:
        path = filedialogs.ask_open_path(self, self.tr("Choose the logo"), self.tr("Images (*.png *.jpg *.jpeg)"))
        if path is None:
            return
        try:
            identity.check_image(path)
            if QImageReader(str(path)).read().isNull():
                raise errors.UserError(self.tr("The logo {path} cannot be read as an image: it may be damaged. "
                                               "Choose another PNG or JPEG file.").format(path=path))
        except errors.UserError as exc:
            messages.show_error(self, exc)
            return
        self._set_logo(str(path.resolve()))


class SettingsDialog(QDialog):
    """Edits the ``Preferences`` and the organisation's identity; OK stores them (they take effect at
    once), Cancel discards them, closing the window with changes asks first."""

    def __init__(self, parent: QWidget | None, *, preferences: preferences_module.Preferences,
                 reports_folder: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._preferences = preferences
        self._discarding = False
        self.changed = False
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._general_page(preferences), self.tr("General"))
        self.tabs.addTab(self._deadlines_page(preferences), self.tr("Deadlines"))
        self.tabs.addTab(self._security_page(preferences), self.tr("Security"))
        self.tabs.addTab(self._identity_page(reports_folder), self.tr("Organisation"))
        where = QLabel(self.tr("Preferences stored in {path}").format(path=preferences.location), self)
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where.setStyleSheet(f"color: {theme.state_color('hint').name()};")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(where)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.discard)
        self.resize(640, self.sizeHint().height())

    # --- pages ---------------------------------------------------------------------------------

    def _general_page(self, preferences: preferences_module.Preferences) -> QWidget:
        page = QWidget(self)
        self.language = QComboBox(page)
        locale = QLocale.system()
        # The "C" locale (no language set) gets the English interface.
        system = "English" if locale.language() == QLocale.Language.C else locale.nativeLanguageName()
        self.language.addItem(self.tr("System ({language})").format(language=system), "")
        # Each language is named in itself, so that someone who cannot read the current one finds theirs.
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(self.language.findData(preferences.language), 0))
        self.language.setToolTip(self.tr(
            "The language of menus and dialogs. The documents have their own language, chosen when they "
            "are built. System: the language of your desktop."))
        self.display_zone = zonecombo.ZoneCombo(page)
        self.display_zone.set_zone(preferences.display_zone)
        self.display_zone.setToolTip(self.tr(
            "The IANA time zone a new case starts with, and in which the home dashboard shows times (default "
            "{zone}). Clocks are computed in UTC: the 72 hours of GDPR Art. 33(1) are the same in any zone; "
            "only the display changes.").format(zone=preferences_module.DEFAULT_DISPLAY_ZONE))
        form = _form(page)
        language_label = QLabel(self.tr("&Language:"), page)
        language_label.setBuddy(self.language)
        form.addRow(language_label, self.language)
        zone_label = QLabel(self.tr("Display time &zone:"), page)
        zone_label.setBuddy(self.display_zone)
        form.addRow(zone_label, self.display_zone)
        form.addRow(_hint(self.tr("An open case keeps its own time zone (Overview tab)."), page))
        return page

    def _deadlines_page(self, preferences: preferences_module.Preferences) -> QWidget:
        page = QWidget(self)
        self.default_notice = QSpinBox(page)
        self.default_notice.setRange(0, preferences_module.MAX_NOTICE_HOURS)
        self.default_notice.setSuffix(self.tr(" h"))
        self.default_notice.setValue(preferences.default_notice_hours)
        self.default_notice.setToolTip(self.tr(
            "GDPR Art. 33(2): a processor notifies the controller “without undue delay” after becoming "
            "aware of a breach. The GDPR sets no hours; the contract (Art. 28) usually does. A new "
            "processor or sub-processor party starts with this period (default {hours} h); each party "
            "can have its own.").format(hours=preferences_module.DEFAULT_NOTICE_HOURS))
        self.due_soon = QSpinBox(page)
        self.due_soon.setRange(preferences_module.MIN_DUE_SOON_HOURS, preferences_module.MAX_DUE_SOON_HOURS)
        self.due_soon.setSuffix(self.tr(" h"))
        self.due_soon.setValue(preferences.due_soon_hours)
        self.due_soon.setToolTip(self.tr(
            "A clock is “due soon” when less than this is left before its deadline (default {hours} h). "
            "For the 72 hours of GDPR Art. 33(1), 12 h leaves the last half day to finish the "
            "notification.").format(hours=preferences_module.DEFAULT_DUE_SOON_HOURS))
        self.notifications = QCheckBox(self.tr("Show a desktop notification when a deadline is near or has passed"),
                                       page)
        self.notifications.setChecked(preferences.notifications)
        self.notifications.setToolTip(self.tr(
            "Announce each clock that becomes due soon or overdue (GDPR Art. 33(1): 72 hours after "
            "awareness), in the system tray or, without one, in a banner of the window."))
        notice_row = QHBoxLayout()
        notice_row.addWidget(self.default_notice)
        notice_row.addWidget(QLabel(self.tr("after the processor became aware (GDPR Art. 33(2))"), page))
        notice_row.addStretch(1)
        due_soon_row = QHBoxLayout()
        due_soon_row.addWidget(self.due_soon)
        due_soon_row.addWidget(QLabel(self.tr("is left before the deadline"), page))
        due_soon_row.addStretch(1)
        form = _form(page)
        notice_label = QLabel(self.tr("Processor's &notice period:"), page)
        notice_label.setBuddy(self.default_notice)
        form.addRow(notice_label, notice_row)
        due_soon_label = QLabel(self.tr("&Due soon when less than:"), page)
        due_soon_label.setBuddy(self.due_soon)
        form.addRow(due_soon_label, due_soon_row)
        form.addRow("", self.notifications)
        return page

    def _security_page(self, preferences: preferences_module.Preferences) -> QWidget:
        page = QWidget(self)
        self.idle_lock = QSpinBox(page)
        self.idle_lock.setRange(0, preferences_module.MAX_IDLE_LOCK_MINUTES)
        self.idle_lock.setSuffix(self.tr(" min"))
        self.idle_lock.setSpecialValueText(self.tr("never"))
        self.idle_lock.setValue(preferences.idle_lock_minutes)
        self.idle_lock.setToolTip(self.tr("An encrypted workspace's window locks after this long without input; "
                                          "its passphrase unlocks it (default {minutes} min, 0: never). "
                                          "A security measure in the sense of GDPR Art. 32.")
                                  .format(minutes=preferences_module.DEFAULT_IDLE_LOCK_MINUTES))
        form = _form(page)
        idle_label = QLabel(self.tr("&Lock an encrypted workspace after:"), page)
        idle_label.setBuddy(self.idle_lock)
        form.addRow(idle_label, self.idle_lock)
        return page

    def _identity_page(self, folder: Path | None) -> QWidget:
        page = QWidget(self)
        self.identity_tabs = QTabWidget(page)
        self.identities = {lang: IdentityForm(page, lang=lang, folder=folder) for lang in identity.LANGS}
        self.identity_tabs.addTab(self.identities["fr"], self.tr("Documents in French"))
        self.identity_tabs.addTab(self.identities["en"], self.tr("Documents in English"))
        layout = QVBoxLayout(page)
        layout.addWidget(_hint(self.tr("The sender printed on the regulator's documents, in each document "
                                       "language."), page))
        layout.addWidget(self.identity_tabs)
        return page

    # --- saving --------------------------------------------------------------------------------

    def _preference_values(self) -> dict[str, object]:
        return {
            "language": str(self.language.currentData()),
            "display_zone": self.display_zone.zone(),
            "default_notice_hours": self.default_notice.value(),
            "due_soon_hours": self.due_soon.value(),
            "notifications": self.notifications.isChecked(),
            "idle_lock_minutes": self.idle_lock.value(),
        }

    def is_modified(self) -> bool:
        """Whether OK would change anything."""
        prefs = self._preferences
        stored = {"language": prefs.language, "display_zone": prefs.display_zone,
                  "default_notice_hours": prefs.default_notice_hours, "due_soon_hours": prefs.due_soon_hours,
                  "notifications": prefs.notifications, "idle_lock_minutes": prefs.idle_lock_minutes}
        return stored != self._preference_values() or any(f.is_modified() for f in self.identities.values())

    def save(self) -> None:
        """Check, write the identity files, store the preferences, close. On an error nothing closes."""
        zone = self.display_zone.zone()
        try:
            from cnil_case.core import times  # the zone check in the domain's words

            times.zone(zone, "Display time zone")
        except errors.UserError as exc:
            self.tabs.setCurrentIndex(0)
            messages.show_error(self, exc)
            return
        identity_changed = False
        for form in self.identities.values():
            try:
                identity_changed = form.save() or identity_changed
            except errors.UserError as exc:
                self.tabs.setCurrentIndex(3)
                self.identity_tabs.setCurrentWidget(form)
                messages.show_error(self, exc)
                return
        values = self._preference_values()
        prefs_changed = self._preferences.update(
            language=str(values["language"]), display_zone=zone,
            default_notice_hours=self.default_notice.value(), due_soon_hours=self.due_soon.value(),
            notifications=self.notifications.isChecked(), idle_lock_minutes=self.idle_lock.value())
        self.changed = prefs_changed or identity_changed
        self.accept()

    def discard(self) -> None:
        """Cancel: close without saving and without asking."""
        self._discarding = True
        self.reject()

    def reject(self) -> None:
        # Escape and the window's close button (QDialog.closeEvent) come here too: those ask first.
        if not self._discarding and self.is_modified() and not messages.confirm(
                self, self.tr("Unsaved settings"),
                self.tr("Discard the changes you made to the settings?")):
            return
        self._discarding = False
        super().reject()

    @classmethod
    def ask(cls, parent: QWidget | None, *, preferences: preferences_module.Preferences,
            reports_folder: Path | None = None) -> bool:
        """Show the settings; return whether the user changed any."""
        dialog = cls(parent, preferences=preferences, reports_folder=reports_folder)
        dialog.exec()
        changed = dialog.changed
        dialog.deleteLater()
        return changed
