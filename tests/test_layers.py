"""The layers of ARCHITECTURE.md (Layers), checked in the source: a rule only in prose drifts."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
STDLIB = set(sys.stdlib_module_names) | {"__future__"}

# place -> (allowed deskapp sub-packages, allowed third-party packages)
# ``deskapp/i18n.py`` (the language and the message catalogue) is below every layer.
RULES: dict[str, tuple[set[str], set[str]]] = {
    "deskapp/i18n.py": (set(), set()),
    "deskapp/domain": ({"i18n", "domain"}, set()),
    "deskapp/store": ({"i18n", "domain", "store"}, {"sqlalchemy", "alembic"}),
    "deskapp/services": (
        {"i18n", "domain", "store", "services"},
        {"sqlalchemy", "openpyxl", "argon2"},
    ),
    "deskapp/reports": ({"i18n", "domain", "services", "reports"}, {"openpyxl"}),
    "deskapp/ui": ({"i18n", "domain", "services", "reports", "ui"}, {"PySide6", "shiboken6"}),
    "deskapp/app.py": (
        {"i18n", "domain", "services", "reports", "ui"},
        {"PySide6", "shiboken6"},
    ),
    "deskapp/cli.py": ({"i18n", "domain", "services", "reports", "app"}, set()),
}


def imported_modules(source: str) -> set[str]:
    """Every module a source file imports (top level or inside functions)."""
    modules: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            modules.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            modules.add(node.module)
    return modules


def violations(place: str, source: str) -> list[str]:
    own, third_party = RULES[place]
    found = []
    for module in sorted(imported_modules(source)):
        top = module.split(".")[0]
        if top == "deskapp":
            parts = module.split(".")
            layer = parts[1] if len(parts) > 1 else ""
            if layer and layer not in own:  # ``from deskapp import __version__`` is fine
                found.append(module)
        elif top not in STDLIB and top not in third_party:
            found.append(module)
    return found


def _files(place: str) -> list[Path]:
    path = ROOT / place
    return [path] if path.suffix == ".py" else sorted(path.rglob("*.py"))


@pytest.mark.parametrize("place", sorted(RULES))
def test_each_layer_imports_only_from_the_layers_above_it(place: str) -> None:
    files = _files(place)
    assert files, f"{place} has no source"
    bad = {
        str(f.relative_to(ROOT)): v
        for f in files
        if (v := violations(place, f.read_text(encoding="utf-8")))
    }
    assert bad == {}


#: What a migration may import of deskapp: the engine's set-up, and the breakdowns'
#: per-day recount, which must be the application's own statements (revision 0014).
MIGRATIONS_MAY_IMPORT = {"deskapp.store.engine", "deskapp.store.splits"}


def test_migrations_use_only_the_stores_engine_setup() -> None:
    for path in (ROOT / "db").rglob("*.py"):
        modules = imported_modules(path.read_text(encoding="utf-8"))
        ours = {m for m in modules if m.startswith("deskapp")}
        assert ours <= MIGRATIONS_MAY_IMPORT, path
        if "deskapp.store.splits" in ours:
            assert path.name.startswith("0014_"), path  # a new one says why in its docstring


@pytest.mark.parametrize(
    ("place", "source"),
    [
        ("deskapp/services", "from PySide6.QtCore import QObject"),
        ("deskapp/domain", "import sqlalchemy"),
        ("deskapp/store", "def f():\n    from PySide6 import QtWidgets"),
        ("deskapp/ui", "from sqlalchemy import select"),
        ("deskapp/ui", "from deskapp.store.models import JobSeeker"),
        ("deskapp/reports", "import deskapp.store.database"),
        ("deskapp/cli.py", "from deskapp.store.engine import data_dir"),
    ],
)
def test_the_check_catches_a_violation(place: str, source: str) -> None:
    assert violations(place, source)
