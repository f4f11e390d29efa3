"""The 통계 page broken down (ARCHITECTURE.md): the 나눠 보기 choice, the records behind
each cell, the monthly grid per value, and a counselor's export of their own desk."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
import shiboken6
from conftest import SQLITE_ONLY, add_seeker, counselor_at, rows
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from qt_support import active, open_stats

from deskapp.domain.access import Actor
from deskapp.domain.breakdown import BREAKDOWN_KEYS, Dimension
from deskapp.domain.commands import LogSession, RecordPlacement
from deskapp.domain.dates import Period
from deskapp.domain.errors import ValidationError
from deskapp.domain.stats import DrillRow
from deskapp.services.workspace import Workspace
from deskapp.ui.review.drill_down import DrillDownDialog
from deskapp.ui.stats_models import BreakdownTableModel, MonthlyBreakdownModel, RawRole
from deskapp.ui.stats_view import StatsView

pytestmark = pytest.mark.usefixtures("boxes")
YTD = Period(date(2018, 1, 1), date(2018, 10, 30))  # what the page counts when first shown
PLUS, GVALLEY = "일자리플러스센터", "G밸리 일자리상담창구"


@pytest.fixture
def people(workspace: Workspace, admin: Actor) -> dict[str, Any]:
    """Seekers of known sex at two desks, their sessions and a placement (2018)."""
    plus = counselor_at(workspace, admin, "plus")
    r = workspace.records
    man = add_seeker(workspace, plus, "김남자", "2018-10-02", 성별="남", 생년월일="1990-01-01")
    woman = add_seeker(workspace, plus, "이여자", "2018-10-03", 성별="여", 생년월일="1970-05-05")
    nobody = add_seeker(workspace, plus, "박미상", "2018-09-20")
    other = add_seeker(workspace, admin, "최지밸리", "2018-10-04", 성별="여", 등록창구="gvalley")
    sessions = {
        "man": [r.log_session(plus, LogSession(man.number, date(2018, 10, 5))).id],
        "woman": [
            r.log_session(plus, LogSession(woman.number, date(2018, 9, 6))).id,
            r.log_session(plus, LogSession(woman.number, date(2018, 10, 7))).id,
            r.log_session(plus, LogSession(woman.number, date(2018, 10, 8))).id,
        ],
        "nobody": [r.log_session(plus, LogSession(nobody.number, date(2018, 9, 21))).id],
    }
    r.record_placement(plus, RecordPlacement(woman.number, date(2018, 10, 20)))
    return {
        "plus": plus,
        "man": man.id,
        "woman": woman.id,
        "nobody": nobody.id,
        "other": other.id,
        "sessions": sessions,
    }


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def _break_down(qtbot: QtBot, view: StatsView, label: str) -> Any:
    """Alt+B, then the arrow keys to ``label``: the page counts again, broken down."""
    qtbot.keyClick(view, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    combo = view.breakdown_by
    qtbot.waitUntil(combo.hasFocus)
    target = combo.findText(label)
    assert target > 0, label
    with qtbot.waitSignal(view.sig_broken_down, timeout=10_000) as loaded:
        while combo.currentIndex() != target:
            qtbot.keyClick(combo, Qt.Key.Key_Down)
    return loaded.args[0]


def _shown(model: Any) -> list[list[Any]]:
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def _drilled(qtbot: QtBot, open_it: Any) -> tuple[DrillDownDialog, list[Any]]:
    """The drill-down dialog ``open_it()`` opens, with the rows it loaded."""
    dialog = open_it()
    assert isinstance(dialog, DrillDownDialog)
    with qtbot.waitSignal(dialog.sig_loaded, timeout=10_000) as loaded:
        pass  # the rows arrive from a worker through the event loop
    return dialog, loaded.args[0]


def _drill_row(dialog: DrillDownDialog, row: int) -> DrillRow:
    """A row of the drill-down's list, which the test has waited to be loaded."""
    item = dialog.model.item(row)
    assert item is not None
    return item


def test_choosing_sex_shows_the_services_breakdown(
    qtbot: QtBot, workspace: Workspace, admin: Actor, people: dict[str, Any], settings: QSettings
) -> None:
    view = open_stats(qtbot, workspace, admin, settings)
    assert view.breakdown_by.objectName() == "breakdown_by"
    assert [view.breakdown_by.itemText(i) for i in range(view.breakdown_by.count())] == [
        "없음",
        "성별",
        "연령대",
        "구민 여부",
        "대상 그룹",
        "동 창구 현장",
        "상담사",
    ]
    split = _break_down(qtbot, view, "성별")
    expected = workspace.statistics.breakdown(admin, YTD, Dimension.SEX)
    model = view.table_view.model()
    assert model is view.breakdown_model and split == expected
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)] == [
        "구 분",
        "성별",
        "구직등록(명)",
        "상담(건)",
        "알선(건)",
        "취업자수(명)",
    ]
    assert _shown(model) == [
        [row.desk_name, row.group, *(f"{v:,}" for v in row.counts.values())]
        for row in expected.rows
    ]
    # The figures made by hand from the records above.
    assert _shown(model)[:3] == [
        ["총 계", "남", "1", "1", "0", "0"],
        ["총 계", "여", "2", "3", "0", "1"],
        ["총 계", "미상", "1", "1", "0", "0"],
    ]
    assert ["G밸리 일자리상담창구", "여", "1", "0", "0", "0"] in _shown(model)
    assert "성별" in view.table_caption.text()

    # A new period is counted broken down as well; 없음 goes back to the official table.
    view.picker.month_radio.setChecked(True)
    view.picker.month_combo.setCurrentIndex(8)  # 9월
    with qtbot.waitSignal(view.sig_broken_down, timeout=10_000) as again:
        qtbot.mouseClick(view.query_button, Qt.MouseButton.LeftButton)
    assert again.args[0] == workspace.statistics.breakdown(
        admin, Period.month(2018, 9), Dimension.SEX
    )
    assert _shown(view.table_view.model())[1] == ["총 계", "여", "0", "1", "0", "0"]
    view.breakdown_by.setCurrentIndex(0)
    qtbot.waitUntil(lambda: view.table_view.model() is view.table_model, timeout=10_000)
    assert view.table_model.columnCount() == 6 and not view.breakdown_shown()


def test_enter_on_a_breakdown_cell_lists_exactly_its_records(
    qtbot: QtBot, workspace: Workspace, admin: Actor, people: dict[str, Any], settings: QSettings
) -> None:
    view = open_stats(qtbot, workspace, admin, settings)
    _break_down(qtbot, view, "성별")
    model = view.breakdown_model
    row_of = {
        (model.index(r, 0).data(), model.index(r, 1).data()): r for r in range(model.rowCount())
    }

    # Enter on 일자리플러스센터 · 여 · 상담: her three sessions, nobody else's.
    index = model.index(row_of[(PLUS, "여")], 3)
    view.table_view.setFocus()
    view.table_view.setCurrentIndex(index)
    qtbot.keyClick(view.table_view, Qt.Key.Key_Return)
    dialogs = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, DrillDownDialog) and shiboken6.isValid(w) and w.isVisible()
    ]
    assert len(dialogs) == 1
    dialog = dialogs[0]
    qtbot.waitUntil(lambda: "불러오는 중" not in dialog.windowTitle(), timeout=10_000)
    assert {_drill_row(dialog, r).id for r in range(3)} == set(people["sessions"]["woman"])
    assert "성별 여" in dialog.windowTitle()
    dialog.close()

    # Every cell of every desk: the list has as many records (people) as the cell counts.
    for row in range(model.rowCount()):
        desk = model.index(row, 0).data(RawRole)
        for column in range(2, 6):
            cell = model.index(row, column)
            if desk == "total":
                assert view.open_drill_down(cell) is None  # no single desk's records
                continue
            dialog, found = _drilled(qtbot, lambda cell=cell: view.open_drill_down(cell))
            try:
                assert len(found) == cell.data(RawRole), (row, column)
            finally:
                dialog.close()
    # The people behind 구직등록 and 취업자수 of 여 at the plus desk.
    cell = model.index(row_of[(PLUS, "여")], 2)
    dialog, found = _drilled(qtbot, lambda: view.open_drill_down(cell))
    assert [r.seeker_id for r in found] == [people["woman"]]
    dialog.close()
    cell = model.index(row_of[(PLUS, "미상")], 3)
    dialog, found = _drilled(qtbot, lambda: view.open_drill_down(cell))
    assert [r.id for r in found] == people["sessions"]["nobody"]
    dialog.close()
    logged = rows(workspace, "SELECT detail FROM access_log WHERE action = 'view' ORDER BY id")
    assert any("성별 '미상'" in str(detail) for (detail,) in logged)


def test_monthly_grid_shows_each_month_per_value(
    qtbot: QtBot, workspace: Workspace, admin: Actor, people: dict[str, Any], settings: QSettings
) -> None:
    view = open_stats(qtbot, workspace, admin, settings)
    _break_down(qtbot, view, "성별")
    qtbot.keyClick(view, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # 월별·누계(&N)
    assert view.tabs.currentIndex() == 1
    model = view.monthly_view.model()
    assert model is view.monthly_breakdown_model and view.measure_filter.isVisible()
    series = workspace.statistics.monthly_breakdown(admin, Period.year(2018), Dimension.SEX)
    assert model.rowCount() == 13  # the months, then 누계 (the year counted at once)
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == [
        "월",
        "남\n구직등록(명)",
        "여\n구직등록(명)",
        "미상\n구직등록(명)",
    ]

    def expected(desk: str, measure: str) -> list[list[str]]:
        tables = [*series.months, ("누계", series.whole)]
        return [
            [label, *(f"{t.cell(desk, v).get(measure):,}" for v in ("남", "여", "미상"))]
            for label, t in tables
        ]

    assert _shown(model) == expected("total", "job_seekers")
    view.desk_filter.setCurrentIndex(view.desk_filter.findData("plus"))
    view.measure_filter.setFocus()
    qtbot.keyClick(view.measure_filter, Qt.Key.Key_Down)  # 상담(건)
    assert model.measure == "sessions"
    assert _shown(model) == expected("plus", "sessions")
    assert _shown(model)[8] == ["2018-09", "0", "1", "1"]
    assert _shown(model)[9] == ["2018-10", "1", "2", "0"]
    assert _shown(model)[12] == ["누계", "1", "3", "1"]

    # A month's cell: that month's records only (her October sessions, not September's).
    dialog, found = _drilled(qtbot, lambda: view.open_monthly_drill_down(model.index(9, 2)))
    assert dialog.period == Period.month(2018, 10)
    assert [r.id for r in found] == people["sessions"]["woman"][1:]
    dialog.close()
    dialog, found = _drilled(qtbot, lambda: view.open_monthly_drill_down(model.index(12, 2)))
    assert [r.id for r in found] == people["sessions"]["woman"]
    dialog.close()
    view.desk_filter.setCurrentIndex(0)  # 총 계: no single desk's records
    assert view.open_monthly_drill_down(model.index(9, 2)) is None


def _asking(view: StatsView) -> bool:
    dialog = view.reason_dialog
    return dialog is not None and shiboken6.isValid(dialog) and dialog.isVisible()


def _choose_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(path), ""))


def _logged_outputs(workspace: Workspace) -> list[tuple[object, ...]]:
    return rows(
        workspace,
        "SELECT action, detail FROM access_log WHERE subject_kind = 'statistics'"
        " AND action IN ('export', 'print') ORDER BY id",
    )


def _export(qtbot: QtBot, view: StatsView, reason: str) -> Path:
    with qtbot.waitSignal(view.sig_exported, timeout=10_000) as exported:
        qtbot.keyClick(view, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)  # 엑셀로 저장(&E)
        qtbot.waitUntil(lambda: _asking(view))
        dialog = view.reason_dialog
        assert dialog is not None and not dialog.ok_button.isEnabled()
        dialog.reason_edit.setFocus()
        dialog.reason_edit.insert(reason)
        qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)
    active(qtbot, view)  # the reason dialog had the keyboard
    path: Path = exported.args[0]
    return path


@SQLITE_ONLY
def test_counselor_exports_their_own_desk_with_a_reason(
    qtbot: QtBot,
    workspace: Workspace,
    admin: Actor,
    people: dict[str, Any],
    settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    counselor = people["plus"]
    view = open_stats(qtbot, workspace, counselor, settings)
    assert view.export_button.isEnabled()

    # The official table: the counselor's desk only, no 총 계.
    _choose_file(monkeypatch, tmp_path / "실적.xlsx")
    written = _export(qtbot, view, "창구 회의")
    sheet = openpyxl.load_workbook(written)["실적"]
    assert [sheet.cell(r, 1).value for r in range(5, sheet.max_row + 1)] == [
        PLUS,
        "※ deskapp 상담관리 기록, '18.10.30. 기준",
    ]
    assert [sheet.cell(5, c).value for c in range(2, 7)] == [0, 3, 5, 0, 1]

    # Broken down by sex: the file holds the desk's rows, as the service counts them.
    _break_down(qtbot, view, "성별")
    _choose_file(monkeypatch, tmp_path / "성별.xlsx")
    written = _export(qtbot, view, "성별 현황 보고")
    book = openpyxl.load_workbook(written)
    lines = [list(r) for r in book.worksheets[0].iter_rows(min_row=4, values_only=True)]
    mine = workspace.statistics.breakdown(admin, YTD, Dimension.SEX).only("plus")
    assert lines == [[PLUS, r.group, *r.counts.values()] for r in mine.rows]
    assert lines[1] == [PLUS, "여", 1, 3, 0, 1]
    assert all(line[0] == PLUS for line in lines)

    # The monthly workbook: the desk's rows only.
    qtbot.keyClick(view, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    _choose_file(monkeypatch, tmp_path / "월별.xlsx")
    written = _export(qtbot, view, "월간 점검")
    book = openpyxl.load_workbook(written)
    assert {r[1] for r in book["월별"].iter_rows(min_row=2, values_only=True)} == {PLUS}
    assert {r[1] for r in book["성별"].iter_rows(min_row=2, values_only=True)} == {PLUS}
    assert "기업발굴" not in book.sheetnames  # every desk's outreach is not the desk's own

    assert _logged_outputs(workspace) == [
        ("export", f"통계표 {YTD} · 창구: {PLUS} · 사유: 창구 회의"),
        ("export", f"통계표 {YTD} 성별별 · 창구: {PLUS} · 사유: 성별 현황 보고"),
        ("export", f"월별 통계 {Period.year(2018)} · 창구: {PLUS} · 사유: 월간 점검"),
    ]
    by_whom = rows(workspace, "SELECT DISTINCT user_id FROM access_log WHERE action = 'export'")
    assert by_whom == [(counselor.user_id,)]


@SQLITE_ONLY
def test_counselor_is_refused_without_a_reason(
    qtbot: QtBot,
    workspace: Workspace,
    people: dict[str, Any],
    settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    counselor = people["plus"]
    target = tmp_path / "x.xlsx"
    _choose_file(monkeypatch, target)
    view = open_stats(qtbot, workspace, counselor, settings)
    qtbot.keyClick(view, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: _asking(view))
    dialog = view.reason_dialog
    assert dialog is not None
    prompt = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "일자리플러스센터의 실적만 내보냅니다" in prompt
    dialog.reason_edit.insert("   ")  # blanks are no reason
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not _asking(view))
    assert not target.exists() and _logged_outputs(workspace) == []
    # Nor does the service write a counselor's figures out without one.
    with pytest.raises(ValidationError) as refused:
        workspace.statistics.export_breakdown(counselor, YTD, Dimension.SEX, "")
    assert refused.value.field == "사유"


@SQLITE_ONLY
def test_counselor_reads_only_their_own_desks_records(
    qtbot: QtBot, workspace: Workspace, people: dict[str, Any], settings: QSettings
) -> None:
    view = open_stats(qtbot, workspace, people["plus"], settings)
    _break_down(qtbot, view, "성별")
    model = view.breakdown_model
    desks = [model.index(r, 0).data() for r in range(model.rowCount())]
    other = model.index(desks.index(GVALLEY) + 1, 2)  # G밸리 · 여 · 구직등록
    assert other.data(RawRole) == 1
    assert view.open_drill_down(other) is None
    assert "다른 창구의 통계 상세" in view.status_label.text()
    own = model.index(desks.index(PLUS) + 1, 2)
    dialog, found = _drilled(qtbot, lambda: view.open_drill_down(own))
    assert [r.seeker_id for r in found] == [people["woman"]]
    dialog.close()


@SQLITE_ONLY
def test_breakdown_models_pass_the_model_tester(
    qtmodeltester: ModelTester, workspace: Workspace, admin: Actor, people: dict[str, Any]
) -> None:
    table_model = BreakdownTableModel()
    qtmodeltester.check(table_model)
    for dimension in Dimension:
        table_model.set_table(workspace.statistics.breakdown(admin, YTD, dimension))
        qtmodeltester.check(table_model)
    monthly = MonthlyBreakdownModel()
    qtmodeltester.check(monthly)
    monthly.set_series(
        workspace.statistics.monthly_breakdown(admin, Period.year(2018), Dimension.COUNSELOR)
    )
    qtmodeltester.check(monthly)
    for key in BREAKDOWN_KEYS:
        monthly.set_measure(key)
        monthly.set_desk("plus")
        qtmodeltester.check(monthly)
    assert "plus 상담사" in monthly.values


@SQLITE_ONLY
def test_pdf_of_a_breakdown_prints_what_is_shown(
    qtbot: QtBot,
    workspace: Workspace,
    admin: Actor,
    people: dict[str, Any],
    settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    printed: list[str] = []

    def save_pdf(html: str, path: Path) -> None:
        printed.append(html)
        path.touch()

    monkeypatch.setattr("deskapp.ui.stats_view.save_pdf", save_pdf)
    view = open_stats(qtbot, workspace, admin, settings)
    _break_down(qtbot, view, "연령대")
    _choose_file(monkeypatch, tmp_path / "연령대.pdf")
    with qtbot.waitSignal(view.sig_exported, timeout=10_000):
        qtbot.keyClick(view, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)  # PDF로 저장(&D)
        qtbot.waitUntil(lambda: _asking(view))
        assert view.reason_dialog is not None
        view.reason_dialog.reason_edit.insert("보관용")
        qtbot.keyClick(view.reason_dialog.reason_edit, Qt.Key.Key_Return)
    assert _logged_outputs(workspace) == [("print", f"통계표 {YTD} 연령대별 · 사유: 보관용")]
    html = printed[0]
    assert "연령대별" in html and "<td>40-49</td>" in html
    assert html.index("총 계") < html.index(PLUS) < html.index(GVALLEY)
