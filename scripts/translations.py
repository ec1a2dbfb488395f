"""The Qt Linguist workflow for ProspectDesk: one script, re-runnable at any time.

    python scripts/translations.py update        # collect tr() strings into resources/translations/*.ts
    python scripts/translations.py todo > t.json  # unfinished messages, as JSON to fill in
    python scripts/translations.py apply t.json  # write the filled-in translations into the .ts
    python scripts/translations.py build         # compile .ts -> prospectdesk/resources/translations/*.qm
    python scripts/translations.py check         # exit 1 if a string is untranslated or a .qm is stale
    python scripts/translations.py update --add fr   # start a new language

The .ts files (top-level resources/translations/) are the source of truth and are edited with Qt
Linguist or through todo/apply. The compiled .qm files are committed under
prospectdesk/resources/translations/ (package data), so ``pip install`` from a clone needs no Qt
tools; tests/packaging/test_translations.py fails when they are stale against the .ts.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE_DIR = ROOT / "prospectdesk"
TS_DIR = ROOT / "resources" / "translations"
QM_DIR = PACKAGE_DIR / "resources" / "translations"
CATALOG = "prospectdesk"  # files are prospectdesk_<lang>.ts / .qm
SOURCE_LANGUAGE = "en"  # the language of the tr() strings themselves


@dataclass
class Message:
    language: str
    context: str
    source: str
    comment: str = ""
    numerus: bool = False
    # A string, or one string per plural form for numerus messages; empty when untranslated.
    translation: str | list[str] = ""
    locations: list[str] = field(default_factory=list)


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease: from $PROSPECTDESK_QT_TOOLS (a folder, e.g. a
    venv's bin/ with a trustworthy lupdate), else next to this Python, else on PATH."""
    override = os.environ.get("PROSPECTDESK_QT_TOOLS")
    if override and (Path(override) / f"pyside6-{name}").exists():
        return str(Path(override) / f"pyside6-{name}")
    beside = Path(sys.executable).parent / f"pyside6-{name}"
    found = str(beside) if beside.exists() else shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} not found: pip install PySide6-Essentials")
    return found


def source_files() -> list[Path]:
    """Every .py in the package: lupdate reads self.tr(), translate() and QT_TRANSLATE_NOOP."""
    return sorted(path for path in PACKAGE_DIR.rglob("*.py") if "__pycache__" not in path.parts)


def ts_files(ts_dir: Path = TS_DIR) -> dict[str, Path]:
    return {
        path.stem.removeprefix(f"{CATALOG}_"): path
        for path in sorted(ts_dir.glob(f"{CATALOG}_*.ts"))
    }


def languages() -> list[str]:
    return list(ts_files())


def lupdate_problem() -> str:
    """Why this pyside6-lupdate cannot be trusted, or "" (checked before it touches a file).

    lupdate 6.11 reads ``translate(ctx, text, None, count)`` with a variable count as a plain
    message, or drops it: the plural translations would be lost."""
    output = subprocess.run([tool("lupdate"), "-version"], capture_output=True, text=True)
    words = (output.stdout + output.stderr).split()
    version = tuple(int(part) for part in words[-1].split(".")[:2]) if words else (0, 0)
    if version < (6, 12):
        return (
            f"pyside6-lupdate {words[-1] if words else '?'} mis-reads plural translate() calls; "
            "run the sweep with lupdate >= 6.12 (PySide6-Essentials 6.12 in a separate venv)"
        )
    return ""


def run_lupdate(ts_paths: list[Path], *, quiet: bool = False) -> None:
    problem = lupdate_problem()
    if problem:
        raise RuntimeError(problem)
    """Collect strings into ``ts_paths``. The source language's own catalog (English) holds
    only the plural messages (-pluralonly): "%n day(s)" needs "1 day" / "2 days" there too."""
    for plural_only in (False, True):
        chosen = [p for p in ts_paths if (_code(p) == SOURCE_LANGUAGE) == plural_only]
        if not chosen:
            continue
        command = [tool("lupdate"), *map(str, source_files()), "-no-obsolete"]
        command += ["-locations", "absolute"]
        command += ["-pluralonly"] if plural_only else []
        command += ["-silent"] if quiet else []
        subprocess.run([*command, "-ts", *map(str, chosen)], check=True)


def _code(ts_path: Path) -> str:
    return ts_path.stem.removeprefix(f"{CATALOG}_")


def update(add: list[str] | None = None) -> list[Path]:
    TS_DIR.mkdir(parents=True, exist_ok=True)
    paths = list(ts_files().values())
    paths += [TS_DIR / f"{CATALOG}_{code}.ts" for code in add or [] if code not in ts_files()]
    run_lupdate(paths)
    return paths


def build(qm_dir: Path = QM_DIR, ts_dir: Path = TS_DIR) -> list[Path]:
    qm_dir.mkdir(parents=True, exist_ok=True)
    built = []
    for code, ts_path in ts_files(ts_dir).items():
        qm_path = qm_dir / f"{CATALOG}_{code}.qm"
        # -nounfinished: an unfinished string falls back to English instead of showing blank.
        subprocess.run(
            [tool("lrelease"), "-silent", "-nounfinished", str(ts_path), "-qm", str(qm_path)],
            check=True,
        )
        built.append(qm_path)
    return built


def read_messages(ts_path: Path) -> list[Message]:
    root = ET.parse(ts_path).getroot()
    language = ts_path.stem.removeprefix(f"{CATALOG}_")  # the file's code, as apply() expects
    messages = []
    for context in root.iter("context"):
        context_name = context.findtext("name", "")
        for element in context.iter("message"):
            translation = element.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            if kind in ("obsolete", "vanished"):
                continue
            numerus = element.get("numerus") == "yes"
            if translation is None:
                text: str | list[str] = ""
            elif numerus:
                text = [form.text or "" for form in translation.iter("numerusform")]
            else:
                text = translation.text or ""
            finished = kind != "unfinished" and (all(text) if numerus else bool(text))
            messages.append(
                Message(
                    language=language,
                    context=context_name,
                    source=element.findtext("source", ""),
                    comment=element.findtext("comment", ""),
                    numerus=numerus,
                    translation=text if finished else "",
                    locations=[
                        f"{loc.get('filename')}:{loc.get('line')}"
                        for loc in element.iter("location")
                    ],
                )
            )
    return messages


def unfinished(messages: list[Message]) -> list[Message]:
    return [message for message in messages if not message.translation]


def fresh_messages() -> dict[str, list[Message]]:
    """Run lupdate over the current source into temporary copies of the .ts files, so strings
    added since the last ``update`` count as untranslated even if nobody ran it."""
    with tempfile.TemporaryDirectory() as temp:
        copies = []
        for path in ts_files().values():
            copy = Path(temp) / path.name
            shutil.copyfile(path, copy)
            copies.append(copy)
        run_lupdate(copies, quiet=True)
        return {code: read_messages(path) for code, path in ts_files(Path(temp)).items()}


def runtime_contexts() -> set[str]:
    """Contexts the running code looks strings up in: class names (``self.tr()``) and the
    literal contexts of ``translate()`` / ``QT_TRANSLATE_NOOP()`` calls."""
    contexts: set[str] = set()
    for path in source_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                contexts.add(node.name)
            elif isinstance(node, ast.Call):
                name = getattr(node.func, "attr", getattr(node.func, "id", ""))
                if name in ("translate", "QT_TRANSLATE_NOOP") and node.args:
                    first = node.args[0]
                    if isinstance(first, ast.Constant) and isinstance(first.value, str):
                        contexts.add(first.value)
    return contexts


def stray_contexts(messages: list[Message]) -> list[str]:
    """Contexts lupdate collected that no code looks up: a module-level ``tr()`` helper gets
    the empty context, ``widget.tr()`` the variable's name; their translations never show.
    Use ``self.tr()`` in the class, or ``QCoreApplication.translate("Context", "...")``."""
    return sorted({m.context for m in messages} - runtime_contexts())


def stale_qm_files() -> list[str]:
    """Compiled .qm files that differ from what the current .ts files compile to."""
    problems = []
    with tempfile.TemporaryDirectory() as temp:
        for fresh in build(Path(temp)):
            committed = QM_DIR / fresh.name
            if not committed.exists():
                problems.append(f"{committed} is missing")
            elif committed.read_bytes() != fresh.read_bytes():
                problems.append(f"{committed} is stale")
        extra = {p.name for p in QM_DIR.glob("*.qm")} - {p.name for p in Path(temp).glob("*.qm")}
        problems += [f"{QM_DIR / name} has no .ts source" for name in sorted(extra)]
    return problems


def apply(filled: list[dict], *, by_source: bool = False) -> int:
    """Write translations (``todo``'s JSON with "translation" filled in) into the .ts files.

    ``by_source``: an unfinished message whose context differs from the entry's (a string
    that moved to another class) still takes the translation of the same source text.
    """
    by_language: dict[str, dict[tuple[str, str, str], str | list[str]]] = {}
    for item in filled:
        if item.get("translation"):
            key = (item["context"], item["source"], item.get("comment", ""))
            by_language.setdefault(item["language"], {})[key] = item["translation"]
    written = 0
    for code, path in ts_files().items():
        wanted = by_language.get(code, {})
        if not wanted:
            continue
        by_text: dict[str, str | list[str]] = {}
        for (_context, source, _comment), value in wanted.items():
            by_text.setdefault(source, value)
        tree = ET.parse(path)
        for context in tree.getroot().iter("context"):
            context_name = context.findtext("name", "")
            for element in context.iter("message"):
                source = element.findtext("source", "")
                key = (context_name, source, element.findtext("comment", ""))
                translation = element.find("translation")
                if key in wanted:
                    value = wanted[key]
                elif by_source and source in by_text and _is_unfinished(translation):
                    value = by_text[source]
                else:
                    continue
                if isinstance(value, list) != (element.get("numerus") == "yes"):
                    continue  # a plural message needs plural forms, and the other way round
                if translation is None:
                    translation = ET.SubElement(element, "translation")
                translation.attrib.pop("type", None)
                for child in list(translation):
                    translation.remove(child)
                if isinstance(value, list):
                    translation.text = None
                    for form in value:
                        ET.SubElement(translation, "numerusform").text = form
                else:
                    translation.text = value
                written += 1
        tree.write(path, encoding="utf-8", xml_declaration=True)
    update()  # lupdate rewrites the files in its own canonical layout
    return written


def _is_unfinished(translation: ET.Element | None) -> bool:
    return translation is None or translation.get("type") == "unfinished"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    update_parser = commands.add_parser("update", help="collect strings into the .ts files")
    update_parser.add_argument("--add", nargs="+", metavar="LANG", help="start new languages")
    commands.add_parser("build", help="compile .ts into the package's .qm files")
    commands.add_parser("check", help="fail on untranslated strings or stale .qm files")
    todo_parser = commands.add_parser("todo", help="print unfinished messages as JSON")
    todo_parser.add_argument(
        "--all", action="store_true", help="every message, not just unfinished"
    )
    apply_parser = commands.add_parser("apply", help="write translations from todo's JSON")
    apply_parser.add_argument("json_file", type=Path)
    apply_parser.add_argument(
        "--by-source",
        action="store_true",
        help="fill unfinished messages from entries with the same text in another context",
    )
    args = parser.parse_args(argv)

    if args.command == "update":
        update(args.add)
    elif args.command == "build":
        for path in build():
            print(f"built {path.relative_to(ROOT)}")
    elif args.command == "todo":
        messages = [m for path in ts_files().values() for m in read_messages(path)]
        chosen = messages if args.all else unfinished(messages)
        json.dump([asdict(m) for m in chosen], sys.stdout, ensure_ascii=False, indent=1)
        print()
    elif args.command == "apply":
        filled = json.loads(args.json_file.read_text(encoding="utf-8"))
        count = apply(filled, by_source=args.by_source)
        print(f"wrote {count} translations; now run: python scripts/translations.py build")
    elif args.command == "check":
        fresh = fresh_messages()
        problems = [
            f"{m.language}: [{m.context}] {m.source!r} is untranslated"
            for messages in fresh.values()
            for m in unfinished(messages)
        ]
        problems += [
            f"context {context!r} is collected but never looked up (see stray_contexts)"
            for context in stray_contexts([m for ms in fresh.values() for m in ms])
        ]
        problems += stale_qm_files()
        print("\n".join(problems) or "translations complete and compiled")
        return 1 if problems else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
