"""Keep the Korean catalogue in step with the source: ``make translations``.

The source strings are English. ``pyside6-lupdate`` collects every one of them from
``deskapp/`` into ``deskapp_ko.ts`` (the window's ``tr()`` and ``QCoreApplication.translate``,
the lower layers' ``translate()`` and ``noop()`` of ``deskapp/i18n.py``), then
``pyside6-lrelease`` compiles ``deskapp_ko.qm`` for Qt. Translations are edited in the
``.ts`` (``pyside6-linguist resources/translations/deskapp_ko.ts``) or given in bulk as JSON
files in ``pending/`` (``{"English source": "한국어", "context|English source": "…"}``),
which this script merges into the ``.ts``; ``--consume`` then deletes them.

``--check`` changes nothing and exits 1 when the catalogue is not in step with the
source: a string in the code that the catalogue lacks, an entry the code no longer has,
an untranslated or unreviewed entry, a translation that loses a placeholder, or a
``.qm`` older than its ``.ts``. ``tests/test_translations.py`` runs it.

Run from anywhere: ``.venv/bin/python resources/translations/update.py [--check|--consume]``.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
TS = HERE / "deskapp_ko.ts"
QM = HERE / "deskapp_ko.qm"
PENDING = HERE / "pending"
#: ``deskapp/i18n.py``'s functions, found by lupdate like Qt's own.
ALIASES = "QT_TRANSLATE_NOOP+=noop"
HANGUL = re.compile("[\uac00-\ud7a3]")
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:[:!][^{}]*)?\}|%(?:n|L?\d+)")
#: A keyboard accelerator in a label: ``&Save`` (``&&`` is a literal ampersand).
ACCELERATOR = re.compile(r"&(?!&)\w")


def tool(name: str) -> str:
    """A PySide6 tool from the running interpreter's environment, else from PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found (pip install PySide6-Essentials)")
    return found


def sources() -> list[Path]:
    """Every Python file of the package: each layer may have user-visible text."""
    return sorted((ROOT / "deskapp").rglob("*.py"))


def run_lupdate(ts: Path) -> None:
    """Bring ``ts`` in step with the source: new strings added, gone ones dropped."""
    options = ["-target-language", "ko_KR", "-no-obsolete", "-locations", "none", "-silent"]
    command = [tool("pyside6-lupdate"), *map(str, sources()), "-ts", str(ts), *options]
    subprocess.run([*command, "-tr-function-alias", ALIASES], check=True)


def run_lrelease(ts: Path, qm: Path) -> None:
    """Compile ``ts`` into ``qm`` for Qt."""
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


@dataclass(frozen=True)
class Entry:
    """One message of a catalogue."""

    context: str
    source: str
    translation: str
    finished: bool


def entries(ts: Path) -> list[Entry]:
    """Every message of ``ts``."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            finished = node is not None and node.get("type") not in ("unfinished", "obsolete")
            text = (node.text or "") if node is not None else ""
            found.append(Entry(name, message.findtext("source") or "", text, finished))
    return found


def pending_translations() -> dict[str, str]:
    """The bulk translations waiting in ``pending/*.json``; a clash between files stops."""
    merged: dict[str, str] = {}
    clashes = []
    for path in sorted(PENDING.glob("*.json")):
        for key, value in json.loads(path.read_text(encoding="utf-8")).items():
            if key in merged and merged[key] != value:
                clashes.append(f"{path.name}: {key!r}: {merged[key]!r} / {value!r}")
            merged[key] = value
    if clashes:
        raise SystemExit(
            "pending translations disagree (give 'context|source' keys):\n" + "\n".join(clashes)
        )
    return merged


def fill(ts: Path, pending: dict[str, str]) -> tuple[int, int]:
    """Translate unfinished messages from ``pending``; a message whose source is still
    Korean is its own translation. Returns (filled, still unfinished)."""
    tree = ET.parse(ts)
    filled = left = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            node = message.find("translation")
            if node is None:
                node = ET.SubElement(message, "translation", type="unfinished")
            if node.get("type") != "unfinished":
                continue
            text = pending.get(f"{name}|{source}", pending.get(source))
            if text is None and HANGUL.search(source):
                text = source
            if text is None:
                left += 1
                continue
            node.text = text
            del node.attrib["type"]
            filled += 1
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return filled, left


def placeholders(text: str) -> list[str]:
    """The fields of a message, sorted; a Korean particle chosen by the code
    (``{name_josa}``: 을/를, 이/가 …) is the translation's own and not counted."""
    found = PLACEHOLDER.findall(text)
    return sorted(f for f in found if not f.split(":")[0].split("!")[0].endswith("_josa}"))


def problems(committed: list[Entry], current: list[Entry]) -> list[str]:
    """What is wrong with the committed catalogue, given what the source holds now."""
    have = {(e.context, e.source) for e in committed}
    need = {(e.context, e.source) for e in current}
    found = [f"not in the catalogue: {c}: {s!r}" for c, s in sorted(need - have)]
    found += [f"no longer in the source (obsolete): {c}: {s!r}" for c, s in sorted(have - need)]
    for e in committed:
        where = f"{e.context}: {e.source!r}"
        if HANGUL.search(e.source):
            found.append(f"source text is not English: {where}")
        if not e.finished or not e.translation.strip():
            found.append(f"untranslated: {where}")
            continue
        if placeholders(e.source) != placeholders(e.translation):
            found.append(f"placeholders differ: {where} -> {e.translation!r}")
        if ACCELERATOR.search(e.source) and not ACCELERATOR.search(e.translation):
            found.append(f"keyboard accelerator lost: {where} -> {e.translation!r}")
    return found


def check() -> int:
    """Exit status 1 and a list when the catalogue is not in step with the source."""
    with tempfile.TemporaryDirectory() as folder:
        fresh = Path(folder) / "fresh.ts"
        shutil.copyfile(TS, fresh)
        run_lupdate(fresh)
        found = problems(entries(TS), entries(fresh))
        compiled = Path(folder) / "fresh.qm"
        run_lrelease(TS, compiled)
        if not QM.is_file() or compiled.read_bytes() != QM.read_bytes():
            found.append(f"{QM.name} is not compiled from {TS.name}: run make translations")
    for line in found:
        print(line)
    print(f"{len(found)} problems in {TS.name}")
    return 1 if found else 0


def main(argv: list[str]) -> int:
    """Update (default), ``--check`` or update and ``--consume`` the pending files."""
    if "--check" in argv:
        return check()
    run_lupdate(TS)
    filled, left = fill(TS, pending_translations())
    run_lrelease(TS, QM)
    print(f"{filled} translated now, {left} still untranslated")
    if "--consume" in argv:
        for path in PENDING.glob("*.json"):
            path.unlink()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
