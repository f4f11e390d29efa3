"""Regenerate deskapp_ko.ts (pyside6-lupdate) and deskapp_ko.qm (pyside6-lrelease).

The source strings are Korean, so a new string's Korean translation starts as
its source text (marked finished); a translation edited in Qt Linguist is kept.
Run from anywhere: ``.venv/bin/python resources/translations/update.py``.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
TS = HERE / "deskapp_ko.ts"
QM = HERE / "deskapp_ko.qm"


def tool(name: str) -> str:
    """A PySide6 tool from the running interpreter's environment, else from PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found (pip install PySide6-Essentials)")
    return found


def fill_identity(ts: Path) -> int:
    """Give every unfinished message its source text as translation; returns how many."""
    tree = ET.parse(ts)
    filled = 0
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if translation.get("type") != "unfinished":
            continue
        if not (translation.text or "").strip():
            translation.text = source
        # lupdate may guess from a same source elsewhere; identical text needs no review.
        if translation.text == source:
            del translation.attrib["type"]
            filled += 1
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return filled


def main() -> int:
    sources = [ROOT / "deskapp" / "app.py", *sorted((ROOT / "deskapp" / "ui").rglob("*.py"))]
    options = ["-target-language", "ko_KR", "-no-obsolete", "-locations", "none"]
    subprocess.run(
        [tool("pyside6-lupdate"), *map(str, sources), "-ts", str(TS), *options], check=True
    )
    print(f"{fill_identity(TS)} new strings")
    subprocess.run([tool("pyside6-lrelease"), str(TS), "-qm", str(QM)], check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
