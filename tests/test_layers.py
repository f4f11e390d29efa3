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
        {"sqlalchemy", "openpyxl", "argon2", "python_calamine"},
    ),
    "deskapp/reports": ({"i18n", "domain", "services", "reports"}, {"openpyxl"}),
    "deskapp/ui": ({"i18n", "domain", "services", "reports", "ui"}, {"PySide6", "shiboken6"}),
    "deskapp/app.py": (
        {"i18n", "domain", "services", "reports", "ui"},
        {"PySide6", "shiboken6"},
    ),
    "deskapp/cli.py": ({"i18n", "domain", "services", "reports", "app"}, set()),
    "deskapp/launch.py": ({"app", "cli"}, set()),
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


#: Within ``deskapp/services``: a concept service (one use case: records, matching, month
#: close …) never imports another concept service. What two services share lives below
#: them, in ``deskapp.services.rules``, or is infrastructure every service uses:
SHARED_RULES = "deskapp.services.rules"
SERVICE_INFRASTRUCTURE = {
    "audit",  # the access-log line every call writes
    "history",  # the change history of a record
    "authority",  # the account confirmed again in each unit of work
    "backup",  # the backup copy taken before an import or a purge, and a copy opened to check
    "record_rows",  # a record's row values as lists and exports show them
    "resources",  # files shipped with the package (the built-in occupation list)
    "xlsx_reader",  # the bounded workbook reader
}
#: Modules that put services together: the workspace builds every service, and the demo
#: data is made through a workspace. They may import any service.
SERVICE_COMPOSITION = {
    "workspace",
    "demo",
    "demo_events",
    "demo_outreach",
    "demo_programmes",
    "demo_retention",
}
#: Concept services one of which calls the other's public methods, injected by the
#: workspace: an event's new participant is registered by the records service itself,
#: with every check a registration has. (A shared helper goes to the rules instead.)
SERVICE_USES_SERVICE = {("events", "records")}


def _service_name(module: str) -> str | None:
    """``records`` for ``deskapp.services.records`` (and a name inside it); None for the
    rules and for modules outside the services."""
    if module == SHARED_RULES or module.startswith(SHARED_RULES + "."):
        return None
    parts = module.split(".")
    if parts[:2] != ["deskapp", "services"] or len(parts) < 3:
        return None
    return parts[2]


def sideways(name: str, source: str) -> list[str]:
    """The concept services that service module ``name`` (``records``, ``rules.month_lock``)
    imports and may not."""
    if name in SERVICE_COMPOSITION:
        return []
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and node.module == "deskapp.services":
            # ``from deskapp.services import record_rows`` names modules
            modules = [f"deskapp.services.{alias.name}" for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            modules = [node.module]
        elif isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
        else:
            continue
        for module in modules:
            other = _service_name(module)
            if other is None or other in SERVICE_INFRASTRUCTURE or other == name:
                continue
            if name.startswith("rules.") or (name, other) not in SERVICE_USES_SERVICE:
                found.append(module)
    return sorted(found)


def _service_modules() -> dict[str, Path]:
    root = ROOT / "deskapp" / "services"
    return {
        ".".join(path.relative_to(root).with_suffix("").parts): path
        for path in sorted(root.rglob("*.py"))
        if path.name != "__init__.py"
    }


def test_services_import_no_other_concept_service_sideways() -> None:
    modules = _service_modules()
    assert "rules.month_lock" in modules and "records" in modules
    bad = {
        name: found
        for name, path in modules.items()
        if (found := sideways(name, path.read_text(encoding="utf-8")))
    }
    assert bad == {}, (
        "move what two services share into deskapp/services/rules (see ARCHITECTURE.md, Layers)"
    )


def test_the_allowed_service_imports_name_real_modules() -> None:
    names = set(_service_modules())
    listed = SERVICE_INFRASTRUCTURE | SERVICE_COMPOSITION
    listed |= {n for pair in SERVICE_USES_SERVICE for n in pair}
    assert listed <= names
    for user, used in SERVICE_USES_SERVICE:  # an exception no longer needed is dropped
        modules = imported_modules(_service_modules()[user].read_text(encoding="utf-8"))
        assert any(_service_name(m) == used for m in modules), (user, used)


@pytest.mark.parametrize(
    ("name", "source"),
    [
        ("month_close", "from deskapp.services.statistics import StatisticsService"),
        ("follow_up", "def f():\n    from deskapp.services.matching import Match"),
        ("targets", "import deskapp.services.month_close"),
        ("importer", "from deskapp.services import events"),
        ("records", "from deskapp.services.events import EventService"),
        ("rules.month_check", "from deskapp.services.follow_up import FollowUpService"),
        ("rules.records", "from deskapp.services.records import RecordService"),
    ],
)
def test_the_check_catches_a_sideways_service_import(name: str, source: str) -> None:
    assert sideways(name, source)


@pytest.mark.parametrize(
    ("name", "source"),
    [
        ("month_close", "from deskapp.services.rules.month_lock import lock_months"),
        ("month_close", "from deskapp.services.rules import month_check"),
        ("importer", "from deskapp.services.backup import BackupService"),
        ("browse", "from deskapp.services import record_rows as rr"),
        ("events", "from deskapp.services.records import RecordService"),
        ("workspace", "from deskapp.services.matching import MatchingService"),
    ],
)
def test_the_check_allows_the_rules_and_the_infrastructure(name: str, source: str) -> None:
    assert sideways(name, source) == []


#: What a migration may import of deskapp: the engine's set-up, the breakdowns'
#: per-day recount, which must be the application's own statements (revision 0014), the
#: search keys, which must be cut by the triggers' own statements (revisions 0015 and
#: 0017, with the employers' and openings'), and the statistics' monthly figures
#: (revision 0016), the application's own statements too.
MIGRATIONS_MAY_IMPORT = {
    "deskapp.store.engine",
    "deskapp.store.splits",
    "deskapp.store.search_keys",
    "deskapp.store.job_search_keys",
    "deskapp.store.rollups",
}


def test_migrations_use_only_the_stores_engine_setup() -> None:
    for path in (ROOT / "db").rglob("*.py"):
        modules = imported_modules(path.read_text(encoding="utf-8"))
        ours = {m for m in modules if m.startswith("deskapp")}
        assert ours <= MIGRATIONS_MAY_IMPORT, path
        if "deskapp.store.splits" in ours:
            assert path.name.startswith("0014_"), path  # a new one says why in its docstring
        if "deskapp.store.search_keys" in ours:
            assert path.name.startswith(("0015_", "0017_")), path
        if "deskapp.store.job_search_keys" in ours:
            assert path.name.startswith("0017_"), path
        if "deskapp.store.rollups" in ours:
            assert path.name.startswith("0016_"), path


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
