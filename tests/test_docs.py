"""The project documents itself: nothing in the repository points to a design that is not
in it, and every section the code cites is in docs/ARCHITECTURE.md."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARCHITECTURE = ROOT / "docs" / "ARCHITECTURE.md"
#: What points outside: the brief the project started from, its sections, a tracker's numbers.
OUTSIDE = re.compile(
    r"DESIGN\.md|DESIGN §|\.\./shared|(?<!ECMA-376 )§\s?\d|\bissue \d+|\bissues? #\d+"
)


def _tracked() -> list[Path]:
    names = subprocess.run(
        ["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    return [ROOT / n for n in names if Path(n).suffix in {".py", ".md", ".sh", ".toml", ".spec"}]


def test_no_file_points_outside_the_repository() -> None:
    this = Path(__file__).resolve()
    found = {
        str(path.relative_to(ROOT)): match.group(0)
        for path in _tracked()
        if path.resolve() != this and path.is_file()
        for match in [OUTSIDE.search(path.read_text(encoding="utf-8"))]
        if match
    }
    assert found == {}


def test_every_section_the_code_cites_is_in_the_architecture() -> None:
    headings = set(re.findall(r"^## (.+)$", ARCHITECTURE.read_text(encoding="utf-8"), re.M))
    assert {"Layers", "The statistics table", "Security model"} <= headings
    cited = set()
    for path in _tracked():
        if path.is_file():
            text = path.read_text(encoding="utf-8")
            cited |= set(re.findall(r"ARCHITECTURE\.md[:(] ?([A-Z][^)\n.]+)", text))
    assert cited, "the code cites no section"
    assert {c.strip() for c in cited} - headings == set()
