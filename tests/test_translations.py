"""The translation files: extraction, update, the check, compilation; and that nothing shown is left in English."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from cnil_case import translations
from cnil_case.translations import Key, Translation


def _module(tmp_path: Path, name: str, source: str) -> Path:
    path = tmp_path / f"{name}.py"
    path.write_text(textwrap.dedent(source), encoding="utf-8")
    return path


def test_every_string_shown_has_a_finished_french_translation() -> None:
    """The rule of the project: a string in tr(), translate() or Phrase() has a French translation,
    with the same {placeholders} and a & accelerator where the English has one."""
    problems = translations.problems(translations.source_files())
    assert problems == [], f"{len(problems)} problem(s), run `python -m cnil_case.translations check`:\n" + \
        "\n".join(problems[:40])


def test_contexts_are_the_classes_at_run_time(tmp_path: Path) -> None:
    """PySide6's tr() takes its context from the object's class: a base class's string is listed
    for each subclass too."""
    path = _module(tmp_path, "dialogs", '''
        from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
        from cnil_case.core.phrases import Phrase
        _T = "dialogs"
        def tr(text):
            return QCoreApplication.translate(_T, text)
        class Base:
            def title(self):
                return self.tr("Save")
        class Child(Base):
            def other(self):
                return self.tr("%n event(s)", "", 3)
        LABELS = {"a": QT_TRANSLATE_NOOP("labels", "Open")}
        def helper():
            return tr("Wrapped"), QCoreApplication.translate("x", "Explicit"), Phrase("core", "Due {when}", when=1)
    ''')
    found = translations.extract([path], root=tmp_path)
    keys = {(m.key.context, m.key.source, m.numerus) for m in found.messages[path.resolve()]}
    assert keys == {
        ("Base", "Save", False), ("Child", "Save", False), ("Child", "%n event(s)", True),
        ("labels", "Open", False), ("dialogs", "Wrapped", False), ("x", "Explicit", False),
        ("core", "Due {when}", False),
    }
    assert found.problems == []


def test_untranslatable_calls_are_named_with_their_line(tmp_path: Path) -> None:
    path = _module(tmp_path, "bad", '''
        def outside(parent, n):
            return parent.tr("No class here")
        class View:
            def show(self, n):
                return self.tr(f"{n} rows")
    ''')
    problems = translations.extract([path], root=tmp_path).problems
    assert problems == [
        "bad.py:3: tr() outside a class: its context is unknown; use QCoreApplication.translate",
        "bad.py:6: an f-string in tr() cannot be translated: use {name} and .format() after it",
    ]


def test_update_keeps_translations_and_check_finds_broken_ones(tmp_path: Path) -> None:
    path = _module(tmp_path, "view", '''
        class View:
            def texts(self):
                return self.tr("&Open {name}"), self.tr("Close")
    ''')
    found = translations.extract([path], root=tmp_path)
    messages = found.messages[path.resolve()]
    target = tmp_path / "fr" / "view.ts"
    translations.write_ts(target, "fr", messages, {
        Key("View", "&Open {name}"): Translation("Ouvrir {nom}", True),  # wrong placeholder, no accelerator
    }, "view.py")
    read = translations.read_ts(target)
    assert read[Key("View", "&Open {name}")] == Translation("Ouvrir {nom}", True)
    assert read[Key("View", "Close")].finished is False
    issues = translations._translation_issues(messages[0], read[Key("View", "&Open {name}")])
    assert any("placeholders ['nom'] instead of ['name']" in i for i in issues)
    assert any("no & keyboard accelerator" in i for i in issues)
    assert translations._translation_issues(messages[0], Translation("&Ouvrir {name}", True)) == []


def test_the_french_file_compiles_and_qt_reads_it(tmp_path: Path) -> None:
    pytest.importorskip("PySide6.QtCore")
    from PySide6.QtCore import QTranslator

    out = translations.compile_language("fr", target=tmp_path / "fr.qm")
    translator = QTranslator()
    assert translator.load(str(out))
    assert translator.translate("labels", "Closed") == "Clos"


def test_a_module_that_does_not_parse_is_named_and_its_file_kept(tmp_path: Path) -> None:
    path = _module(tmp_path, "broken", '''
        class View:
            def texts(self):
                return self.tr("Open"
    ''')
    found = translations.extract([path], root=tmp_path)
    assert found.messages == {} and path.resolve() in found.unreadable
    assert found.problems and found.problems[0].startswith("broken.py:") and "not valid Python" in found.problems[0]
