"""The main window's pages and tools come from one registry (deskapp/ui/pages.py).

The window builds, in its constructor, the pages each role may see and the tools;
no module under deskapp/ui adds to the window afterwards: none assigns attributes
onto it or asks it with getattr/hasattr what it happens to have.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from conftest import SQLITE_ONLY
from PySide6.QtCore import QCoreApplication, QTranslator
from pytestqt.qtbot import QtBot
from qt_support import open_window

import deskapp.ui
from deskapp import i18n
from deskapp.domain.access import Actor
from deskapp.services.workspace import Workspace
from deskapp.ui.admin import AdminTools
from deskapp.ui.casework import CaseworkTools
from deskapp.ui.events import EventTools
from deskapp.ui.pages import PAGES, TOOLS, pages_for
from deskapp.ui.review import ReviewTools

UI = Path(deskapp.ui.__file__).parent

#: Names that stand for the main window in the UI's modules (and ``self`` in its own).
WINDOW_NAMES = {"window", "main_window", "mw"}

COUNSELORS = ["today", "seekers", "employers", "sessions", "placements", "stats"]
EVERYONE_ELSE = ["casework", "events"]


def _names_the_window(node: ast.expr, module: Path) -> bool:
    if isinstance(node, ast.Name):
        return node.id in WINDOW_NAMES or (node.id == "self" and module.name == "main_window.py")
    if isinstance(node, ast.Attribute):  # self.window, self.main_window
        return node.attr in WINDOW_NAMES
    return False


def window_patches(source: str, module: Path) -> list[str]:
    """Where ``source`` assigns an attribute onto the main window or asks it with
    getattr/hasattr/setattr/delattr (the window's own ``self.x = …`` is its building)."""
    found: list[str] = []
    for node in ast.walk(ast.parse(source)):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in {"getattr", "hasattr", "setattr", "delattr"}
            and node.args
            and _names_the_window(node.args[0], module)
        ):
            found.append(f"{module.name}:{node.lineno} {node.func.id}")
        targets: list[ast.expr] = []
        if isinstance(node, ast.Assign):
            targets = list(node.targets)
        elif isinstance(node, ast.AugAssign | ast.AnnAssign):
            targets = [node.target]
        for target in targets:
            if not isinstance(target, ast.Attribute) or not isinstance(node, ast.stmt):
                continue
            own = isinstance(target.value, ast.Name) and target.value.id == "self"
            if _names_the_window(target.value, module) and not own:
                found.append(f"{module.name}:{node.lineno} assigns {target.attr}")
    return found


def test_no_ui_module_patches_the_main_window() -> None:
    found = [
        patch
        for module in sorted(UI.rglob("*.py"))
        for patch in window_patches(module.read_text(encoding="utf-8"), module)
    ]
    assert found == []


def test_the_scan_finds_a_patch() -> None:
    """The scan sees each way a package used to attach itself to a built window."""
    module = UI / "somewhere.py"
    assert window_patches("window.review_page = page", module) == [
        "somewhere.py:1 assigns review_page"
    ]
    assert window_patches("self.window.tools += 1", module) == ["somewhere.py:1 assigns tools"]
    assert window_patches("getattr(window, 'today_page', None)", module) == [
        "somewhere.py:1 getattr"
    ]
    assert window_patches("hasattr(self.window, 'context')", module) == ["somewhere.py:1 hasattr"]
    assert window_patches("getattr(self, 'x', None)", UI / "main_window.py") == [
        "main_window.py:1 getattr"
    ]
    assert window_patches("self.page = page\nwindow.show()", module) == []


def test_the_registry_lists_each_page_and_tool_once() -> None:
    keys = [spec.key for spec in PAGES]
    assert len(keys) == len(set(keys))
    assert len({spec.key for spec in TOOLS}) == len(TOOLS)


@SQLITE_ONLY
@pytest.mark.usefixtures("boxes")
@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("counselor", COUNSELORS + EVERYONE_ELSE),
        ("team_lead", [*COUNSELORS, "review", *EVERYONE_ELSE]),
        ("admin", [*COUNSELORS, "review", *EVERYONE_ELSE]),
    ],
)
def test_the_window_builds_exactly_the_registrys_pages_for_each_role(
    request: pytest.FixtureRequest,
    qtbot: QtBot,
    workspace: Workspace,
    tmp_path: Path,
    role: str,
    expected: list[str],
) -> None:
    actor = request.getfixturevalue(role)
    assert isinstance(actor, Actor)
    window = open_window(qtbot, workspace, actor, tmp_path)
    assert window.page_keys() == expected == [spec.key for spec in pages_for(actor)]
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    # The registry's English titles, in the window's Korean.
    assert titles == [QCoreApplication.translate("MainWindow", s.title) for s in pages_for(actor)]
    assert titles[:2] == ["오늘", "구직자"] != [spec.title for spec in pages_for(actor)[:2]]
    assert window.tool_keys() == [spec.key for spec in TOOLS]
    assert isinstance(window.tool(AdminTools), AdminTools)
    assert window.tool(CaseworkTools).page is window.page("casework")
    assert window.tool(EventTools).page is window.page("events")
    review = window.tool(ReviewTools).page
    assert review is (window.page("review") if "review" in expected else None)


@SQLITE_ONLY
def test_the_pages_are_named_in_english_when_it_is_chosen(
    qtbot: QtBot, workspace: Workspace, admin: Actor, tmp_path: Path, _korean: list[QTranslator]
) -> None:
    for translator in _korean:
        QCoreApplication.removeTranslator(translator)
    i18n.set_language("en")
    try:
        window = open_window(qtbot, workspace, admin, tmp_path)
        titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    finally:
        for translator in reversed(_korean):
            QCoreApplication.installTranslator(translator)
    assert titles[:3] == ["Today", "Job seekers", "Employers and openings"]
    assert titles[-1] == "Hiring events"
