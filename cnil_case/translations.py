"""The interface's translations: extract the strings, keep the .ts files, check them, compile them.

Every string the window shows goes through Qt's translation system: ``self.tr("…")`` (context:
the class name), ``QCoreApplication.translate("context", "…")``, ``QT_TRANSLATE_NOOP("context",
"…")`` for tables translated later, and ``Phrase("context", "…", **values)`` for the sentences
the core writes (``core/phrases.py``). English is the source language; each other language has
one Qt Linguist file per source module, ``resources/i18n/<lang>/<module>.ts`` (so that several
people can translate at once, and a module's strings travel with it). The install compiles them
into ``resources/i18n/cnil_case_<lang>.qm`` with Qt's ``lrelease`` (``make`` does it; so does the
window at start-up when the compiled file is missing or older than its sources).

    python -m cnil_case.translations update [FILE.py ...]   add new strings, drop vanished ones
    python -m cnil_case.translations check [FILE.py ...]    list what has no finished translation
    python -m cnil_case.translations compile                write the .qm files

No Qt here (only its ``lrelease`` program, run as a process): extraction reads the Python source
with ``ast``. PySide6's ``tr()`` takes its context from the object's class at run time, so a
string in a base class is listed once per subclass found in the sources.
"""

from __future__ import annotations

import argparse
import ast
import importlib.util
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
LANGUAGES = ("fr",)
SOURCE_LANGUAGE = "en"
# Modules whose strings are translated: the interface, and the core's phrases.
SOURCE_DIRS = ("ui", "core")
# French has two plural forms (0 and 1 are singular); Qt's numerus rules for the language.
PLURAL_FORMS = {"fr": 2}
PLACEHOLDER = re.compile(r"(?<!\{)\{([A-Za-z_][A-Za-z0-9_]*)(?:![rsa])?(?::[^{}]*)?\}")


def i18n_dir() -> Path:
    """``resources/i18n`` in a checkout, ``cnil_case/resources/i18n`` in an installed wheel."""
    for candidate in (PACKAGE.parent / "resources" / "i18n", PACKAGE / "resources" / "i18n"):
        if candidate.is_dir():
            return candidate
    return PACKAGE.parent / "resources" / "i18n"


def ts_path(module: Path, lang: str, root: Path | None = None) -> Path:
    return (root or i18n_dir()) / lang / f"{module.stem}.ts"


def qm_path(lang: str, root: Path | None = None) -> Path:
    return (root or i18n_dir()) / f"cnil_case_{lang}.qm"


# --- extraction -------------------------------------------------------------------------------


@dataclass(frozen=True, order=True)
class Key:
    context: str
    source: str
    comment: str = ""


@dataclass
class Message:
    key: Key
    line: int
    numerus: bool = False


@dataclass
class Extraction:
    """The strings of some modules, by module; and the calls that cannot be translated."""

    messages: dict[Path, list[Message]] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    unreadable: set[Path] = field(default_factory=set)


def source_files(package: Path = PACKAGE) -> list[Path]:
    return sorted(p for d in SOURCE_DIRS for p in (package / d).glob("*.py") if p.name != "__init__.py")


def _string(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _call_name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _owner_name(func: ast.expr) -> str:
    """``QCoreApplication`` for ``QCoreApplication.translate`` (or ``QtCore.QCoreApplication``)."""
    if isinstance(func, ast.Attribute):
        value = func.value
        if isinstance(value, ast.Name):
            return value.id
        if isinstance(value, ast.Attribute):
            return value.attr
    return ""


class _Collector(ast.NodeVisitor):
    def __init__(self, path: Path, display: str) -> None:
        self.path = path
        self.display = display
        self.classes: list[str] = []
        self.found: list[tuple[str | None, str, str, int, bool]] = []  # (context or None=class), source, comment, line, numerus
        self.in_class: list[str] = []
        self.problems: list[str] = []
        self.bases: dict[str, list[str]] = {}
        # Module constants (``_T = "documentsview"``) and one-line wrappers around translate
        # (``def tr(text): return QCoreApplication.translate(_T, text)``): wrapper name -> context.
        self.constants: dict[str, str] = {}
        self.wrappers: dict[str, str] = {}

    def visit_Module(self, node: ast.Module) -> None:
        for statement in node.body:
            if isinstance(statement, ast.Assign) and len(statement.targets) == 1 \
                    and isinstance(statement.targets[0], ast.Name) and _string(statement.value) is not None:
                self.constants[statement.targets[0].id] = _string(statement.value) or ""
        for statement in node.body:
            if isinstance(statement, ast.FunctionDef) and statement.args.args:
                context = self._wrapped_context(statement)
                if context is not None:
                    self.wrappers[statement.name] = context
        self.generic_visit(node)

    def _wrapped_context(self, function: ast.FunctionDef) -> str | None:
        parameter = function.args.args[0].arg
        for node in ast.walk(function):
            if isinstance(node, ast.Call) and _call_name(node.func) == "translate" and len(node.args) >= 2 \
                    and isinstance(node.args[1], ast.Name) and node.args[1].id == parameter:
                return self._context_of(node.args[0])
        return None

    def _context_of(self, node: ast.expr) -> str | None:
        if isinstance(node, ast.Name):
            return self.constants.get(node.id)
        return _string(node)

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.bases[node.name] = [n for n in (_call_name(b) for b in node.bases) if n]
        self.in_class.append(node.name)
        self.generic_visit(node)
        self.in_class.pop()

    def visit_Call(self, node: ast.Call) -> None:
        name = _call_name(node.func)
        where = f"{self.display}:{node.lineno}"
        if isinstance(node.func, ast.Name) and name in self.wrappers:
            source = _string(node.args[0]) if node.args else None
            if source is not None:
                self.found.append((self.wrappers[name], source, "", node.lineno, False))
            elif node.args:
                self._not_literal(node.args[0], where, f"{name}()")
        elif name == "tr" and isinstance(node.func, ast.Attribute):
            self._tr(node, where)
        elif name == "translate" and _owner_name(node.func) in ("QCoreApplication", "QApplication", "QGuiApplication"):
            self._explicit(node, where, numerus_index=3)
        elif name in ("QT_TRANSLATE_NOOP", "Phrase"):
            self._explicit(node, where, numerus_index=None)
        self.generic_visit(node)

    def _tr(self, node: ast.Call, where: str) -> None:
        if not node.args:
            return
        source = _string(node.args[0])
        if source is None:
            self._not_literal(node.args[0], where, "tr()")
            return
        if not self.in_class:
            self.problems.append(f"{where}: tr() outside a class: its context is unknown; use QCoreApplication.translate")
            return
        comment = _string(node.args[1]) if len(node.args) > 1 else None
        numerus = len(node.args) > 2 or any(k.arg == "n" for k in node.keywords)
        self.found.append((None, source, comment or "", node.lineno, numerus))

    def _explicit(self, node: ast.Call, where: str, numerus_index: int | None) -> None:
        if len(node.args) < 2:
            return
        context, source = self._context_of(node.args[0]), _string(node.args[1])
        if context is None:
            # A variable context (e.g. a helper passing its caller's): the literal call sites are extracted.
            return
        if source is None:
            self._not_literal(node.args[1], where, "translate()")
            return
        comment = _string(node.args[2]) if len(node.args) > 2 and numerus_index is not None else None
        numerus = numerus_index is not None and len(node.args) > numerus_index
        self.found.append((context, source, comment or "", node.lineno, numerus))

    def _not_literal(self, node: ast.expr, where: str, call: str) -> None:
        if isinstance(node, ast.JoinedStr):
            self.problems.append(f"{where}: an f-string in {call} cannot be translated: use {{name}} and .format() after it")


def extract(files: Iterable[Path], *, all_files: Sequence[Path] | None = None, root: Path | None = None) -> Extraction:
    """The translatable strings of ``files``; class hierarchy taken from ``all_files`` (default: these)."""
    files = [Path(f).resolve() for f in files]
    base = (root or PACKAGE.parent).resolve()
    collectors: dict[Path, _Collector] = {}
    broken: list[str] = []
    unreadable: set[Path] = set()
    for path in sorted({*files, *(Path(f).resolve() for f in (all_files or ()))}):
        try:
            display = str(path.relative_to(base))
        except ValueError:
            display = str(path)
        collector = _Collector(path, display)
        try:
            collector.visit(ast.parse(path.read_text(encoding="utf-8"), filename=str(path)))
        except SyntaxError as exc:
            # Named, not raised: one broken module must not hide the state of the others.
            broken.append(f"{display}:{exc.lineno}: not valid Python ({exc.msg}): its strings cannot be read")
            unreadable.add(path)
        collectors[path] = collector
    bases: dict[str, set[str]] = defaultdict(set)
    for collector in collectors.values():
        for name, parents in collector.bases.items():
            bases[name].update(parents)
    children: dict[str, set[str]] = defaultdict(set)
    for name, parent_names in bases.items():
        for parent in parent_names:
            children[parent].add(name)

    def with_descendants(name: str) -> list[str]:
        seen, todo = {name}, [name]
        while todo:
            for child in children.get(todo.pop(), ()):
                if child not in seen:
                    seen.add(child)
                    todo.append(child)
        return sorted(seen)

    result = Extraction(problems=broken, unreadable=unreadable)
    for path in files:
        if path in unreadable:
            continue  # its .ts file is left as it is
        collector = collectors[path]
        result.problems.extend(collector.problems)
        messages: dict[Key, Message] = {}
        # Classes in source order, to give each tr() call its class: re-walk with positions.
        spans = _class_spans(path)
        for context, source, comment, line, numerus in collector.found:
            contexts = [context] if context is not None else with_descendants(_class_at(spans, line))
            for ctx in contexts:
                key = Key(ctx, source, comment)
                messages.setdefault(key, Message(key, line, numerus))
        result.messages[path] = sorted(messages.values(), key=lambda m: (m.key.context, m.line, m.key.source))
    return result


def _class_spans(path: Path) -> list[tuple[int, int, str]]:
    try:
        tree = ast.parse(path.read_text(encoding="utf-8"))
    except SyntaxError:
        return []
    return [(n.lineno, n.end_lineno or n.lineno, n.name) for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]


def _class_at(spans: list[tuple[int, int, str]], line: int) -> str:
    """The innermost class around ``line``."""
    inside = [s for s in spans if s[0] <= line <= s[1]]
    return min(inside, key=lambda s: s[1] - s[0])[2]


# --- .ts files --------------------------------------------------------------------------------


@dataclass
class Translation:
    text: str | tuple[str, ...]  # plural forms for a numerus message
    finished: bool


def read_ts(path: Path) -> dict[Key, Translation]:
    """The translations of a .ts file (empty when it does not exist)."""
    if not path.exists():
        return {}
    try:
        tree = ET.parse(path)
    except ET.ParseError as exc:
        raise SystemExit(f"{path}: not a valid .ts file ({exc})") from exc
    found: dict[Key, Translation] = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = Key(name, message.findtext("source") or "", message.findtext("comment") or "")
            element = message.find("translation")
            if element is None:
                continue
            finished = element.get("type") not in ("unfinished", "vanished", "obsolete")
            forms = element.findall("numerusform")
            text: str | tuple[str, ...] = tuple(f.text or "" for f in forms) if forms else (element.text or "")
            found[key] = Translation(text, finished)
    return found


def write_ts(path: Path, lang: str, messages: Sequence[Message], translations: dict[Key, Translation],
             display: str) -> None:
    root = ET.Element("TS", version="2.1", language=lang, sourcelanguage=SOURCE_LANGUAGE)
    by_context: dict[str, list[Message]] = defaultdict(list)
    for message in messages:
        by_context[message.key.context].append(message)
    for name in sorted(by_context):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for message in by_context[name]:
            element = ET.SubElement(context, "message", numerus="yes") if message.numerus else ET.SubElement(context, "message")
            ET.SubElement(element, "location", filename=display, line=str(message.line))
            ET.SubElement(element, "source").text = message.key.source
            if message.key.comment:
                ET.SubElement(element, "comment").text = message.key.comment
            known = translations.get(message.key)
            translation = ET.SubElement(element, "translation")
            if known is None or not known.finished:
                translation.set("type", "unfinished")
            if message.numerus:
                forms = known.text if known and isinstance(known.text, tuple) else ()
                for index in range(PLURAL_FORMS.get(lang, 2)):
                    ET.SubElement(translation, "numerusform").text = forms[index] if index < len(forms) else ""
            else:
                translation.text = known.text if known and isinstance(known.text, str) else ""
    ET.indent(root, space="    ")
    path.parent.mkdir(parents=True, exist_ok=True)
    body = ET.tostring(root, encoding="unicode")
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8")


def _all_translations(lang: str, root: Path | None = None) -> dict[tuple[str, str], Translation]:
    """Finished translations of every module, by (source, comment): reused for a string met again."""
    known: dict[tuple[str, str], Translation] = {}
    for path in sorted(((root or i18n_dir()) / lang).glob("*.ts")):
        for key, translation in read_ts(path).items():
            if translation.finished:
                known.setdefault((key.source, key.comment), translation)
    return known


def update(files: Sequence[Path], *, root: Path | None = None) -> list[Path]:
    """Bring each module's .ts files up to date with its source; return the files written."""
    extraction = extract(files, all_files=source_files())
    written = []
    for lang in LANGUAGES:
        elsewhere = _all_translations(lang, root)
        for path, messages in extraction.messages.items():
            target = ts_path(path, lang, root)
            if not messages:
                if target.exists():
                    target.unlink()
                continue
            translations = read_ts(target)
            for message in messages:
                if message.key not in translations or not translations[message.key].finished:
                    reused = elsewhere.get((message.key.source, message.key.comment))
                    if reused is not None and isinstance(reused.text, tuple) == message.numerus:
                        translations[message.key] = reused
            write_ts(target, lang, messages, translations, _display(path))
            written.append(target)
    return written


def _display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(PACKAGE.parent))
    except ValueError:
        return str(path)


def problems(files: Sequence[Path], *, root: Path | None = None) -> list[str]:
    """Every string of ``files`` without a finished translation, or with a broken one; and every
    call that cannot be translated. One line each, naming the file and line."""
    extraction = extract(files, all_files=source_files())
    found = list(extraction.problems)
    for lang in LANGUAGES:
        for path, messages in extraction.messages.items():
            target = ts_path(path, lang, root)
            translations = read_ts(target)
            for message in messages:
                where = f"{_display(path)}:{message.line} [{lang}] {message.key.context}: {message.key.source!r}"
                known = translations.get(message.key)
                if known is None:
                    found.append(f"{where}: not in {target.name} (run update)")
                    continue
                if not known.finished:
                    found.append(f"{where}: no finished translation in {target.name}")
                    continue
                found.extend(f"{where}: {issue}" for issue in _translation_issues(message, known))
    return found


def _translation_issues(message: Message, known: Translation) -> list[str]:
    forms = known.text if isinstance(known.text, tuple) else (known.text,)
    issues = []
    wanted = set(PLACEHOLDER.findall(message.key.source))
    for form in forms:
        if not form.strip() and message.key.source.strip():
            issues.append("an empty translation")
            continue
        if set(PLACEHOLDER.findall(form)) != wanted:
            issues.append(f"placeholders {sorted(set(PLACEHOLDER.findall(form)))} instead of {sorted(wanted)}: {form!r}")
        if message.numerus and "%n" in message.key.source and "%n" not in form and len(forms) > 1 and form is not forms[0]:
            issues.append(f"a plural form without %n: {form!r}")
        if _has_accelerator(message.key.source) and not _has_accelerator(form):
            issues.append(f"no & keyboard accelerator: {form!r}")
    return issues


def _has_accelerator(text: str) -> bool:
    return re.search(r"&(?!&)[^\s&;]", text.replace("&amp;", "")) is not None and not re.search(r"&[a-z]+;", text)


# --- .qm files --------------------------------------------------------------------------------


def lrelease_program() -> Path | None:
    """Qt's ``lrelease``, shipped inside the PySide6 wheel (found without importing Qt)."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        for name in ("lrelease", "lrelease.exe", "Qt/libexec/lrelease"):
            program = Path(folder) / name
            if program.exists():
                return program
    return None


def compile_language(lang: str, *, source: Path | None = None, target: Path | None = None) -> Path:
    """Compile every ``<lang>/*.ts`` into one .qm file; return its path."""
    folder = (source or i18n_dir()) / lang
    sources = sorted(folder.glob("*.ts"))
    out = target or qm_path(lang, source)
    program = lrelease_program()
    if program is None:
        raise RuntimeError("Qt's lrelease was not found in the PySide6 package")
    if not sources:
        raise RuntimeError(f"no .ts file in {folder}")
    out.parent.mkdir(parents=True, exist_ok=True)
    result = subprocess.run([str(program), "-silent", "-nounfinished", *map(str, sources), "-qm", str(out)],
                            capture_output=True, text=True, check=False)
    if result.returncode != 0 or not out.exists():
        raise RuntimeError(f"lrelease failed on {folder}: {result.stderr.strip() or result.stdout.strip()}")
    return out


def is_stale(lang: str, root: Path | None = None) -> bool:
    """True when the .qm is missing or older than one of its sources."""
    out = qm_path(lang, root)
    if not out.exists():
        return True
    built = out.stat().st_mtime
    return any(p.stat().st_mtime > built for p in ((root or i18n_dir()) / lang).glob("*.ts"))


# --- command line -----------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m cnil_case.translations", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="action", required=True)
    for name, text in (("update", "add new strings to the .ts files, drop vanished ones"),
                       ("check", "list the strings without a finished translation (exit 1 if any)")):
        command = sub.add_parser(name, help=text)
        command.add_argument("files", nargs="*", type=Path, help="source modules (default: all of ui/ and core/)")
    sub.add_parser("compile", help="compile the .ts files into .qm files with Qt's lrelease")
    args = parser.parse_args(argv)
    if args.action == "compile":
        for lang in LANGUAGES:
            print(compile_language(lang))
        return 0
    files = [f.resolve() for f in args.files] or source_files()
    if args.action == "update":
        for path in update(files):
            print(path)
        unreadable = extract(files, all_files=source_files()).problems
        for line in (p for p in unreadable if "not valid Python" in p):
            print(line, file=sys.stderr)
        return 0
    found = problems(files)
    for line in found:
        print(line)
    if found:
        print(f"{len(found)} problem(s)", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
