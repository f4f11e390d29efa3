"""상담사별 실적 in a real main window: the 검토 page's tab for a team lead, the 보기 menu's
window for a counselor (their own row), and a cell's Enter listing what it counts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import qt_support
from conftest import SQLITE_ONLY, placed_year
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from deskapp.domain.access import Actor
from deskapp.domain.stats import DrillRow
from deskapp.services.workspace import Workspace
from deskapp.ui.performance import (
    FIRST_MONTH_COLUMN,
    YEAR_COLUMN,
    PerformanceDialog,
    PerformanceDrillDown,
    PerformanceView,
)
from deskapp.ui.review import PAGE_KEY, ReviewTools

pytestmark = [pytest.mark.usefixtures("boxes"), SQLITE_ONLY]
APRIL = FIRST_MONTH_COLUMN + 3


def cells(view: PerformanceView) -> dict[str, list[str]]:
    model = view.model
    return {
        model.index(r, 0).data(): [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    }


def open_cell(qtbot: QtBot, view: PerformanceView, name: str, column: int) -> PerformanceDrillDown:
    """Put the keyboard on a counselor's cell and press Enter; the list once loaded."""
    row = [view.model.index(r, 0).data() for r in range(view.model.rowCount())].index(name)
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(row, column))
    with qtbot.waitSignal(view.sig_drill_down, timeout=5_000) as opened:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    dialog: PerformanceDrillDown = opened.args[0]
    return dialog


def drill_row(dialog: PerformanceDrillDown, row: int) -> DrillRow:
    """A row of the cell's list, which the test has waited to be loaded."""
    item = dialog.model.item(row)
    assert item is not None
    return item


def test_a_team_lead_reads_the_tab_and_opens_a_cell(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    workspace: Workspace,
    admin: Actor,
    team_lead: Actor,
    tmp_path: Path,
) -> None:
    placed: dict[str, Any] = placed_year(workspace, admin)
    window = qt_support.open_window(qtbot, workspace, team_lead, tmp_path)
    tools = window.tool(ReviewTools)
    page = tools.page
    assert page is not None
    tab = page.performance_tab
    assert page.tabs.tabText(page.tabs.indexOf(tab)) == "상담사별 실적(&P)"
    with qtbot.waitSignal(tab.sig_loaded, timeout=10_000):
        window.show_page(PAGE_KEY)
        page.show_tab(tab)  # this year (the workspace's day is 2018-10-30)
    qtmodeltester.check(tab.model)  # attached while the measure and desk change
    shown = cells(tab)
    assert tab.measure() == "placements"
    plus = shown["plus 상담사"]
    # 이두번 placed in April and June, 박한번 in April: the year is two people
    assert plus[1] == "일자리플러스센터"
    assert plus[APRIL] == "2" and plus[FIRST_MONTH_COLUMN + 5] == "1" and plus[YEAR_COLUMN] == "2"
    assert shown["gvalley 상담사"][FIRST_MONTH_COLUMN + 4] == "1"
    tab.measure_combo.setCurrentIndex(tab.measure_combo.findData("sessions"))
    assert cells(tab)["plus 상담사"][FIRST_MONTH_COLUMN + 2] == "1"

    tab.measure_combo.setCurrentIndex(tab.measure_combo.findData("placements"))
    dialog = open_cell(qtbot, tab, "plus 상담사", YEAR_COLUMN)
    qtbot.waitUntil(lambda: dialog.count() == 2, timeout=10_000)
    people = [drill_row(dialog, r) for r in range(dialog.count())]
    assert [p.seeker_id for p in people] == [placed["twice"], placed["once"]]
    assert people[0].detail == "취업 2건"
    qtmodeltester.check(dialog.model)
    assert "plus 상담사 · 취업자수 2명" in dialog.windowTitle()
    dialog.close()

    dialog = open_cell(qtbot, tab, "gvalley 상담사", APRIL)  # nothing in April
    qtbot.waitUntil(lambda: "0명" in dialog.windowTitle(), timeout=10_000)
    assert dialog.count() == 0
    dialog.close()

    row = [tab.model.index(r, 0).data() for r in range(tab.model.rowCount())].index(
        "gvalley 상담사"
    )
    may = tab.table.visualRect(tab.model.index(row, FIRST_MONTH_COLUMN + 4)).center()
    with qtbot.waitSignal(tab.sig_drill_down, timeout=5_000) as opened:
        qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=may)
        qtbot.mouseDClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=may)
    dialog = opened.args[0]
    qtbot.waitUntil(lambda: dialog.count() == 1, timeout=10_000)
    assert dialog.period.start.month == 5
    dialog.close()

    with qtbot.waitSignal(tab.sig_loaded, timeout=10_000):
        tab.desk_combo.setCurrentIndex(tab.desk_combo.findData("gvalley"))
    assert list(cells(tab)) == ["gvalley 상담사"]
    window.close()


def test_a_counselor_sees_their_own_row_from_the_view_menu(
    qtbot: QtBot, workspace: Workspace, admin: Actor, tmp_path: Path
) -> None:
    placed = placed_year(workspace, admin)
    counselor = placed["plus"]
    window = qt_support.open_window(qtbot, workspace, counselor, tmp_path)
    window.performance_action.trigger()
    dialog = window.findChild(PerformanceDialog)
    assert isinstance(dialog, PerformanceDialog)
    view = dialog.view
    assert not view.desk_combo.isVisibleTo(dialog)
    assert view.year() == 2018
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=10_000)
    assert list(cells(view)) == ["plus 상담사"]
    drill = open_cell(qtbot, view, "plus 상담사", APRIL)
    qtbot.waitUntil(lambda: drill.count() == 2, timeout=10_000)
    opened: list[int] = []
    drill.sig_open_seeker.connect(opened.append)
    drill.view.setFocus()
    qtbot.keyClick(drill.view, Qt.Key.Key_Return)
    assert opened == [placed["twice"]]
    drill.close()
    dialog.close()
    window.close()
