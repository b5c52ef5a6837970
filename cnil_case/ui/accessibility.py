"""Accessible names for input controls, from what the sighted user reads next to them.

A screen reader announces a control by its accessible name. Qt derives it from a ``QLabel``'s
buddy only on some platforms and never from a ``QFormLayout`` row, a placeholder or a tooltip,
so ``name_controls(root)`` sets it, in this order of preference: the form label of the control
(or of the composite field it is part of), a label whose buddy it is, the label just above it in
its box layout, its placeholder, its tooltip. It returns the controls it could not name, so a
test can fail on them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QBoxLayout,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QToolBar,
    QToolButton,
    QWidget,
)

# Controls that own their inner widgets (a spin box's line edit, a combo's list, a line edit's
# clear button): the outer control is named, its parts are announced through it.
_COMPOSITE = (QAbstractSpinBox, QComboBox, QLineEdit, QTabBar, QCalendarWidget, QMenu, QToolBar)
_MNEMONIC = re.compile(r"&(.)")


def clean(text: str) -> str:
    """A label's text as spoken: no mnemonic ampersand, no trailing colon, no markup."""
    text = re.sub(r"<[^>]+>", "", text)
    text = _MNEMONIC.sub(r"\1", text).replace("&&", "&")
    return text.strip().rstrip(":").rstrip("\u202f ").strip()


def is_input(widget: QWidget) -> bool:
    """Whether the widget is a control the user types into, picks from or presses without a text."""
    if isinstance(widget, QCheckBox):
        return not widget.text().strip()
    if isinstance(widget, QToolButton):
        return not widget.text().strip()
    return isinstance(widget, (QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QTextEdit, QPlainTextEdit))


def _is_part(widget: QWidget, root: QWidget) -> bool:
    """Whether the widget is an inner part of a composite control (or a Qt private child)."""
    if widget.objectName().startswith("qt_"):
        return True
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, _COMPOSITE):
            return True
        # The viewport of a scroll area is part of the view, and a view's own editors are the
        # view's (they exist only while a cell is edited).
        if isinstance(parent, QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return False


def controls(root: QWidget) -> Iterator[QWidget]:
    """Every input control under ``root`` (itself included), without inner parts."""
    for widget in [root, *root.findChildren(QWidget)]:
        if is_input(widget) and not _is_part(widget, root):
            yield widget


def _layouts(root: QWidget) -> Iterator[QLayout]:
    for widget in [root, *root.findChildren(QWidget)]:
        layout = widget.layout()
        if layout is not None:
            yield from _walk(layout)


def _walk(layout: QLayout) -> Iterator[QLayout]:
    yield layout
    for i in range(layout.count()):
        item = layout.itemAt(i)
        child = item.layout() if item is not None else None
        if child is not None:
            yield from _walk(child)


def _label_text(widget: QWidget | None) -> str:
    if isinstance(widget, QLabel):
        return clean(widget.text())
    if isinstance(widget, QAbstractButton):
        return clean(widget.text())
    return ""


def _form_labels(root: QWidget) -> dict[int, str]:
    """Field widget (by id) → its form label; fields that are layouts give their widgets the label."""
    found: dict[int, str] = {}
    for layout in _layouts(root):
        if not isinstance(layout, QFormLayout):
            continue
        for row in range(layout.rowCount()):
            label_item = layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field_item = layout.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label_item is None or field_item is None:
                continue
            text = _label_text(label_item.widget())
            if not text:
                continue
            if field_item.widget() is not None:
                found[id(field_item.widget())] = text
            elif (field_layout := field_item.layout()) is not None:
                for inner in _walk(field_layout):
                    for i in range(inner.count()):
                        item = inner.itemAt(i)
                        if item is not None and item.widget() is not None:
                            found.setdefault(id(item.widget()), text)
    return found


def _labels_above(root: QWidget) -> dict[int, str]:
    """A control directly after a QLabel in a vertical box layout takes the label's text."""
    found: dict[int, str] = {}
    for layout in _layouts(root):
        if not isinstance(layout, QBoxLayout) or layout.direction() not in (
                QBoxLayout.Direction.TopToBottom, QBoxLayout.Direction.BottomToTop):
            continue
        previous: QWidget | None = None
        for i in range(layout.count()):
            item = layout.itemAt(i)
            widget = item.widget() if item is not None else None
            if widget is None:
                continue
            if isinstance(previous, QLabel) and clean(previous.text()):
                found[id(widget)] = clean(previous.text())
            previous = widget
    return found


def _own_hint(widget: QWidget) -> str:
    placeholder = ""
    if isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit, QComboBox)):
        placeholder = widget.placeholderText()
    if isinstance(widget, QComboBox) and not placeholder and (edit := widget.lineEdit()) is not None:
        placeholder = edit.placeholderText()
    return clean(placeholder or widget.toolTip())


def _name_for(widget: QWidget, root: QWidget, forms: dict[int, str], buddies: dict[int, str],
              above: dict[int, str]) -> str:
    for table in (forms, buddies, above):
        if id(widget) in table:
            return table[id(widget)]
    if isinstance(widget, QToolButton) and widget.defaultAction() is not None:
        action = widget.defaultAction()
        if action is not None and clean(action.text()):
            return clean(action.text())
    own = _own_hint(widget)
    if own:
        return own
    # A part of a composite field (a date in a moment editor, a check box in a group): the
    # field's label, with the part's own hint when it has one.
    parent = widget.parentWidget()
    while parent is not None and parent is not root.parentWidget():
        for table in (forms, buddies, above):
            if id(parent) in table:
                return table[id(parent)]
        if clean(parent.accessibleName()):
            return clean(parent.accessibleName())
        parent = parent.parentWidget()
    return ""


def name_controls(root: QWidget) -> list[QWidget]:
    """Give every unnamed input control under ``root`` an accessible name.

    Returns:
        The controls that are still without one (nothing nearby says what they are for).
    """
    forms = _form_labels(root)
    buddies = {id(label.buddy()): clean(label.text()) for label in root.findChildren(QLabel)
               if label.buddy() is not None and clean(label.text())}
    above = _labels_above(root)
    unnamed: list[QWidget] = []
    for widget in controls(root):
        if widget.accessibleName().strip():
            continue
        name = _name_for(widget, root, forms, buddies, above)
        if name:
            widget.setAccessibleName(name)
        else:
            unnamed.append(widget)
    return unnamed


def owner(widget: QWidget) -> str:
    """The control's place as "<nearest cnil_case widget class>/<class>", e.g. ``PartiesView/QTableView``."""
    current = widget.parentWidget()
    while current is not None and not type(current).__module__.startswith("cnil_case"):
        current = current.parentWidget()
    where = type(current).__name__ if current is not None else "?"
    return f"{where}/{widget.objectName() or type(widget).__name__}"


def describe(widget: QWidget) -> str:
    """Where a widget is, for a failure message: its class and the chain of its parents."""
    parts = []
    current: QWidget | None = widget
    while current is not None:
        parts.append(current.objectName() or type(current).__name__)
        current = current.parentWidget()
    return " < ".join(parts)


def focus_chain(root: QWidget) -> list[QWidget]:
    """The widgets under ``root`` that take Tab focus, in the order Tab visits them."""
    chain: list[QWidget] = []
    seen = {id(root)}
    current = root.nextInFocusChain()
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        container = isinstance(current, QAbstractScrollArea) and not is_input(current)
        if not container and (root.isAncestorOf(current) and current.isVisibleTo(root) and current.isEnabled()
                and current.focusPolicy().value & Qt.FocusPolicy.TabFocus.value and not _is_part(current, root)):
            chain.append(current)
        current = current.nextInFocusChain()
    return chain
