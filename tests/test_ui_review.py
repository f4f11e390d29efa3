"""The 검토 page and 통계 상세 in a real main window, driven through their widgets on real
databases: month close and reopening, placement review, targets and charts, flags, and the
records behind a cell of the statistics table."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
import qt_support
import shiboken6
from conftest import SQLITE_ONLY, add_seeker, counselor_at, new_seeker, placed_year, rows
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QFileDialog, QLineEdit
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from qt_support import active
from qt_support import open_window as shown_window

from deskapp.domain.access import Actor
from deskapp.domain.commands import LogSession, RecordPlacement
from deskapp.domain.dates import Period
from deskapp.domain.desks import DESKS
from deskapp.domain.errors import ValidationError
from deskapp.domain.records import RecordKind, Verification
from deskapp.domain.stats import MEASURE_KEYS
from deskapp.services.workspace import Workspace
from deskapp.ui.context import Changes, WorkContext
from deskapp.ui.main_window import MainWindow
from deskapp.ui.review import PAGE_KEY, ReviewTools, open_drill_down
from deskapp.ui.review.common import LoadingTab
from deskapp.ui.review.drill_down import DrillDownDialog
from deskapp.ui.review.models import (
    ClosesModel,
    DrillModel,
    FlagsModel,
    PlacementsModel,
    TallyModel,
    TargetsModel,
    flag_tally,
    placement_tally,
)
from deskapp.ui.review.page import ReviewPage
from deskapp.ui.stats_models import RawRole, StatsTableModel

pytestmark = pytest.mark.usefixtures("boxes")
SEPTEMBER = Period.month(2018, 9)
SHORT_NAMES = [d.short_name for d in DESKS]


@pytest.fixture
def open_window(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path
) -> Callable[[Actor], tuple[MainWindow, ReviewTools]]:
    """A real main window for an actor, with its review tools."""

    def build(actor: Actor) -> tuple[MainWindow, ReviewTools]:
        window = qt_support.open_window(qtbot, workspace, actor, tmp_path)
        return window, window.tool(ReviewTools)

    return build


def _cells(model: Any) -> list[list[str]]:
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def _open_tab(qtbot: QtBot, window: MainWindow, tools: ReviewTools, name: str) -> Any:
    """Show the 검토 page and one of its tabs; returns the tab once it has loaded."""
    page = tools.page
    assert page is not None
    tab = getattr(page, name)
    if window.current_page_key() != PAGE_KEY or page.tabs.currentWidget() is not tab:
        with qtbot.waitSignal(tab.sig_loaded, timeout=10_000):
            window.show_page(PAGE_KEY)
            page.show_tab(tab)
    return tab


# -- who gets the page -------------------------------------------------------------------------


@SQLITE_ONLY
def test_team_leads_and_administrators_get_the_page_counselors_do_not(
    open_window: Any, admin: Actor, team_lead: Actor, counselor: Actor
) -> None:
    window, tools = open_window(counselor)
    assert tools.page is None and PAGE_KEY not in window.page_keys()
    window.close()
    for actor in (team_lead, admin):
        window, tools = open_window(actor)
        assert isinstance(tools.page, ReviewPage)
        assert window.page_keys()[5:7] == ["stats", PAGE_KEY]  # right after 통계
        titles = [window.nav.item(i).text() for i in range(window.nav.count())]
        assert titles[6] == "검토"
        assert [tools.page.tabs.tabText(i) for i in range(4)] == [
            "취업 검토(&R)",
            "월 마감(&M)",
            "목표·달성률(&G)",
            "점검 신호(&S)",
        ]
        window.close()


# -- 월 마감 -------------------------------------------------------------------------------------


def test_a_team_lead_closes_september_through_the_page_and_reopens_it_with_a_reason(
    qtbot: QtBot, workspace: Workspace, open_window: Any, team_lead: Actor, counselor: Actor
) -> None:
    seeker = add_seeker(workspace, counselor, "김구월", "2018-09-03").number
    workspace.records.log_session(counselor, LogSession(seeker, date(2018, 9, 4)))
    before = workspace.statistics.table(counselor, SEPTEMBER)
    window, tools = open_window(team_lead)
    tab = _open_tab(qtbot, window, tools, "closes_tab")
    assert tab.model.rowCount() == 0
    assert tab.picker.label() == "2018년 9월"  # the last full month

    # Alt+K: the figures that will be frozen, then Enter closes.
    qtbot.keyClick(tab, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: tab.confirm_dialog is not None and tab.confirm_dialog.isVisible())
    confirm = tab.confirm_dialog
    assert confirm.windowTitle() == "2018년 9월 마감"
    frozen = _cells(confirm.model)
    assert frozen[1][0] == "일자리플러스센터" and frozen[1][2:4] == ["1", "1"]  # seeker, session
    with qtbot.waitSignal(tab.sig_closed), qtbot.waitSignal(tab.sig_loaded, timeout=10_000):
        qtbot.keyClick(confirm, Qt.Key.Key_Return)
    row = _cells(tab.model)[0]
    assert row[:2] == ["2018-09", "마감"] and row[2].startswith(team_lead.display_name)
    assert tab.status_label.text() == "2018년 9월을 마감했습니다."

    # A counselor's later September session is refused; the figures stay as frozen.
    with pytest.raises(ValidationError, match="마감"):
        workspace.records.log_session(counselor, LogSession(seeker, date(2018, 9, 20)))
    workspace.records.log_session(counselor, LogSession(seeker, date(2018, 10, 2)))
    assert workspace.statistics.table(counselor, SEPTEMBER) == before

    # Closing again, or a month not over, is refused with the service's words.
    for month, message in ((9, "이미 마감되었습니다"), (10, "아직 끝나지 않았습니다")):
        tab.picker.set_month(2018, month)
        tab.close_button.click()

        def shown_anew(old: object = confirm) -> bool:
            return tab.confirm_dialog is not old and tab.confirm_dialog.isVisible()

        qtbot.waitUntil(shown_anew)
        confirm = tab.confirm_dialog
        qtbot.keyClick(confirm, Qt.Key.Key_Return)

        def said(message: str = message) -> bool:
            return message in tab.status_label.text()

        qtbot.waitUntil(said)
        assert tab.status_label.is_error()
    assert tab.model.closed_months() == {(2018, 9)}

    # 마감 해제 asks a reason; without one the service refuses and the month stays closed.
    active(qtbot, window)
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(tab, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: tab.reason_dialog is not None and tab.reason_dialog.isVisible())
    dialog = tab.reason_dialog
    assert dialog.windowTitle() == "2018년 9월 마감 해제"
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "사유를 적어야 합니다" in dialog.status_label.text())
    assert dialog.isVisible()
    assert workspace.month_close.closes(team_lead)[0].reopened_at is None
    dialog.reason_edit.insert("9월 상담 누락분 입력")  # Hangul arrives as an input method commits
    with qtbot.waitSignal(tab.sig_reopened), qtbot.waitSignal(tab.sig_loaded, timeout=10_000):
        qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()
    row = _cells(tab.model)[0]
    assert row[1] == "해제됨" and row[3].startswith(team_lead.display_name)
    assert row[4] == "9월 상담 누락분 입력"
    workspace.records.log_session(counselor, LogSession(seeker, date(2018, 9, 20)))
    assert workspace.statistics.table(counselor, SEPTEMBER).total.sessions == 2


# -- 취업 검토 -----------------------------------------------------------------------------------


@SQLITE_ONLY
def test_the_review_tab_lists_a_planted_placement_and_marks_it_reviewed_by_keyboard(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    workspace: Workspace,
    open_window: Any,
    admin: Actor,
    team_lead: Actor,
) -> None:
    plus = counselor_at(workspace, admin, "plus")
    gvalley = counselor_at(workspace, admin, "gvalley")
    records = workspace.records
    reviewed_one = add_seeker(workspace, plus, "김검토", "2018-09-03")
    seeker, number = reviewed_one.id, reviewed_one.number
    records.log_session(plus, LogSession(number, date(2018, 9, 4)))
    records.record_placement(
        plus, RecordPlacement(number, date(2018, 9, 10), verification=Verification.CONTRACT)
    )
    other = add_seeker(workspace, gvalley, "박지밸리", "2018-09-05").number
    records.record_placement(gvalley, RecordPlacement(other, date(2018, 9, 12)))
    records.record_placement(plus, RecordPlacement(number, date(2018, 8, 30)))  # not September

    window, tools = open_window(team_lead)
    tab = _open_tab(qtbot, window, tools, "placements_tab")
    assert tab.picker.label() == "2018년 9월"
    for model in (tab.model, tab.tally_model):  # checked again on every reload below
        qtmodeltester.check(model)
    shown = _cells(tab.model)
    assert [row[:7] for row in shown] == [
        ["2018-09-10", "김검토", "일자리플러스센터", "plus 상담사", "본인취업", "근로계약서",
         "직접 입력"],
        ["2018-09-12", "박지밸리", "G밸리", "gvalley 상담사", "본인취업", "", "직접 입력"],
    ]  # fmt: skip
    assert [row[8] for row in shown] == ["미검토", "미검토"]
    assert tab.tally_model.line("총 계", "").counts == (0, 2, 2, 2)
    assert tab.tally_model.line("일자리플러스센터", "plus 상담사").counts == (0, 1, 1, 1)
    assert tab.tally_model.line("G밸리", "창구 계").counts == (0, 1, 1, 1)

    # Enter on a placement asks for its seeker's record.
    tab.view.setFocus()
    with qtbot.waitSignal(tools.sig_open_seeker) as opened:
        qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    assert opened.args == [seeker]
    qtbot.waitUntil(lambda: window.records.record(seeker) is not None)  # the window's record

    # The desk filter narrows the list.
    with qtbot.waitSignal(tab.sig_loaded, timeout=10_000):
        tab.desk_combo.setCurrentIndex(tab.desk_combo.findData("plus"))
    assert [row[1] for row in _cells(tab.model)] == ["김검토"]

    # Select it and press Ctrl+Enter: 검토 완료.
    active(qtbot, window)
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert tab.review_button.isEnabled()
    with qtbot.waitSignal(tab.sig_reviewed) as marked, qtbot.waitSignal(tab.sig_loaded):
        qtbot.keyClick(tab.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert marked.args == [1]
    assert _cells(tab.model)[0][8].startswith(f"{team_lead.display_name} · ")
    assert tab.tally_model.line("총 계", "").counts == (0, 1, 1, 0)
    assert tab.status_label.text().startswith("취업 1건을 검토 완료로 표시했습니다.")
    reviewed = workspace.placement_review.placements(team_lead, SEPTEMBER)
    assert [(i.seeker_name, i.reviewed_by) for i in reviewed] == [
        ("김검토", team_lead.display_name),
        ("박지밸리", None),
    ]
    qtbot.keyClick(tab.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(tab.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert tab.status_label.text() == "고른 취업은 모두 이미 검토되었습니다."
    for record in window.records.windows():
        record.close()


# -- 목표·달성률 ---------------------------------------------------------------------------------


@SQLITE_ONLY
def test_a_target_set_in_the_table_updates_the_rate_and_the_charts_draw_each_desk(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    workspace: Workspace,
    open_window: Any,
    admin: Actor,
    team_lead: Actor,
) -> None:
    placed_year(workspace, admin)
    window, tools = open_window(team_lead)
    tab = _open_tab(qtbot, window, tools, "targets_tab")
    qtmodeltester.check(tab.model)  # stays attached while targets are edited
    assert tab.year() == 2018
    row = tab.model.row_of("plus", "placements")
    assert _cells(tab.model)[row] == ["일자리플러스센터", "취업자수", "", "2", ""]
    assert tab.view.currentIndex() == tab.model.index(row, TargetsModel.TARGET)

    def type_target(text: str) -> None:
        tab.view.setFocus()
        qtbot.keyClick(tab.view, Qt.Key.Key_Return)  # Enter on 목표 edits it
        editor = QApplication.focusWidget()
        assert isinstance(editor, QLineEdit)
        editor.selectAll()
        qtbot.keyClicks(editor, text)
        qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next turn
        qtbot.waitUntil(lambda: tab.view.state() != QAbstractItemView.State.EditingState)

    type_target("abc")
    assert "1 이상의 정수로 적으세요" in tab.status_label.text() and tab.status_label.is_error()
    with qtbot.waitSignal(tab.sig_target_saved) as saved, qtbot.waitSignal(tab.sig_loaded):
        type_target("4")
    assert saved.args == ["plus", "placements", 4]
    assert _cells(tab.model)[row] == ["일자리플러스센터", "취업자수", "4", "2", "50.0%"]
    assert "목표를 4로 정했습니다" in tab.status_label.text()
    with qtbot.waitSignal(tab.sig_loaded):
        type_target("0")  # the service refuses; the stored target comes back
    qtbot.waitUntil(lambda: "1 이상의 정수여야 합니다" in tab.status_label.text())
    assert _cells(tab.model)[row][2:] == ["4", "2", "50.0%"]
    targets = {(a.desk, a.measure): a.target for a in workspace.targets.achievement(admin, 2018)}
    assert targets[("plus", "placements")] == 4

    # One line per desk on the monthly chart; 누계 and the set target on the other.
    monthly = tab.chart_series("monthly")
    assert [s.name() for s in monthly] == SHORT_NAMES
    plus = monthly[0]
    assert plus.count() == 10  # January to October (today is 2018-10-30)
    assert [int(plus.at(m).y()) for m in (3, 4, 5)] == [2, 0, 1]
    assert int(monthly[1].at(4).y()) == 1  # G밸리 in May
    progress = {s.name(): s for s in tab.chart_series("progress")}
    assert [int(progress["일자리플러스센터"].at(m).y()) for m in (3, 5)] == [2, 2]
    assert int(progress["일자리플러스센터 목표"].at(0).y()) == 4
    assert sorted(progress) == sorted([*SHORT_NAMES, "일자리플러스센터 목표"])  # no other target
    tab.measure_combo.setCurrentIndex(tab.measure_combo.findData("sessions"))
    monthly = tab.chart_series("monthly")
    assert [s.name() for s in monthly] == SHORT_NAMES
    assert int(monthly[0].at(2).y()) == 1  # one plus session in March
    assert "상담" in tab.monthly_view.chart().title()

    with qtbot.waitSignal(tab.sig_loaded, timeout=10_000):
        tab.year_spin.setValue(2017)
    assert tab.chart_series("monthly")[0].count() == 12
    assert _cells(tab.model)[row][2:] == ["", "0", ""]


# -- 점검 신호 ----------------------------------------------------------------------------------


@SQLITE_ONLY
def test_the_flags_tab_finds_a_placement_without_prior_contact(
    qtbot: QtBot, workspace: Workspace, open_window: Any, team_lead: Actor, counselor: Actor
) -> None:
    records = workspace.records
    contacted = add_seeker(workspace, counselor, "상담먼저", "2018-09-03").number
    records.log_session(counselor, LogSession(contacted, date(2018, 9, 4)))
    records.record_placement(counselor, RecordPlacement(contacted, date(2018, 9, 6)))
    planted_one = add_seeker(workspace, counselor, "심은취업", "2018-09-03")
    records.record_placement(counselor, RecordPlacement(planted_one.number, date(2018, 9, 5)))
    planted = planted_one.id
    ghost = new_seeker(workspace, counselor, "유령", "2018-09-07")
    workspace.records.void(counselor, RecordKind.SEEKER, ghost, "실수로 등록")

    window, tools = open_window(team_lead)
    tab = _open_tab(qtbot, window, tools, "flags_tab")
    assert tab.picker.label() == "2018년 9월"
    flags = tab.model.rows()
    without = [f for f in flags if f.kind == "placement_without_contact"]
    assert [f.detail for f in without] == ["심은취업"]
    shown = _cells(tab.model)
    row = flags.index(without[0])
    assert shown[row][:4] == [
        "이전 상담·알선 없는 취업",
        "일자리플러스센터",
        counselor.display_name,
        f"취업 {without[0].record_id}",
    ]
    assert shown[row][4] == "2018-09-05"
    # 등록 직후 무효 1, 상담·알선 없는 취업 1, 늦게 입력된 취업 2 (entered years later), 계 4
    line = tab.tally_model.line("일자리플러스센터", counselor.display_name)
    assert line is not None and line.counts == (1, 1, 2, 0, 4)

    # Enter on the voided seeker's flag opens the seeker.
    tab.view.setFocus()
    voided = next(i for i, f in enumerate(flags) if f.kind == "voided_registration")
    tab.view.setCurrentIndex(tab.model.index(voided, 0))
    with qtbot.waitSignal(tab.sig_open_seeker) as opened:
        qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    assert opened.args == [ghost]

    # On the placement's flag: that month's 통계 상세 of 취업자수, on the planted person.
    tab.view.setCurrentIndex(tab.model.index(row, 0))
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.drill_dialog is not None)
    drill = tab.drill_dialog
    qtbot.waitUntil(lambda: drill.count() == 2, timeout=10_000)
    assert drill.model.item(drill.view.currentIndex().row()).label == "심은취업"
    with qtbot.waitSignal(tools.sig_open_seeker) as opened:
        qtbot.keyClick(drill.view, Qt.Key.Key_Return)
    assert opened.args == [planted]
    drill.close()
    for record in window.records.windows():
        record.close()


# -- 통계 상세 ----------------------------------------------------------------------------------


def test_the_drill_down_lists_exactly_the_cell_and_saves_it_with_a_reason(
    qtbot: QtBot,
    workspace: Workspace,
    admin: Actor,
    team_lead: Actor,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    placed = placed_year(workspace, admin)
    year = Period.year(2018)
    table_model = StatsTableModel()
    table_model.set_table(workspace.statistics.table(team_lead, year))
    cell = table_model.index(1, 1 + MEASURE_KEYS.index("placements"))
    assert table_model.index(1, 0).data(RawRole) == "plus" and cell.data() == "2"
    parent = shown_window(qtbot, workspace, team_lead, tmp_path)  # its status bar says saved

    def drill(actor: Actor, desk: str, measure: str) -> DrillDownDialog:
        context = WorkContext(workspace, actor, parent=parent)  # no settings, as before
        dialog = open_drill_down(context, parent, year, desk, measure)
        qtbot.waitUntil(lambda: "불러오는 중" not in dialog.windowTitle(), timeout=10_000)
        return dialog

    dialog = drill(team_lead, "plus", "placements")
    assert dialog.count() == cell.data(RawRole) == 2  # three placements, two people
    assert dialog.windowTitle() == "일자리플러스센터 · 취업자수 2명 (2018-01-01 ~ 2018-12-31)"
    shown = _cells(dialog.model)
    assert shown == [
        ["1", "2018-04-01", "이두번", "취업 2건"],
        ["2", "2018-04-10", "박한번", ""],
    ]
    dialog.view.setFocus()
    with qtbot.waitSignal(dialog.sig_open_seeker) as opened:
        qtbot.keyClick(dialog.view, Qt.Key.Key_Return)
    assert opened.args == [placed["twice"]]

    # 엑셀로 저장: a reason first (required, logged), then the file.
    target = tmp_path / "상세.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    assert dialog.export_button.isVisible() and dialog.export_button.isEnabled()
    active(qtbot, dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.reason_dialog is not None and dialog.reason_dialog.isVisible())
    reason = dialog.reason_dialog
    assert reason is not None
    qtbot.keyClick(reason.reason_edit, Qt.Key.Key_Return)
    assert "사유를 적으세요" in reason.status_label.text() and reason.isVisible()
    reason.reason_edit.insert("분기 점검")
    with qtbot.waitSignal(dialog.sig_exported, timeout=10_000) as exported:
        qtbot.keyClick(reason.reason_edit, Qt.Key.Key_Return)
    assert exported.args == [target]
    assert parent.saved_bar.path == target and not parent.saved_bar.isHidden()  # with 열기
    sheet = openpyxl.load_workbook(target).active
    values = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert values[0][0] == dialog.windowTitle()
    assert values[1] == ["순번", "첫 취업일", "구직자", "비고"]
    assert [v[:3] for v in values[2:]] == [
        [1, datetime(2018, 4, 1), "이두번"],
        [2, datetime(2018, 4, 10), "박한번"],
    ]
    logged = rows(workspace, "SELECT detail FROM access_log WHERE action = 'export'")
    assert logged == [
        ("통계 상세 2018-01-01 ~ 2018-12-31 plus placements (2건) · 사유: 분기 점검",)
    ]
    dialog.close()

    # Every cell of the year lists as many records as it counts.
    table = workspace.statistics.table(team_lead, year)
    for desk, measure in (
        ("plus", "sessions"),
        ("plus", "referrals"),
        ("gvalley", "placements"),
        ("plus", "job_openings"),
        ("dong", "job_seekers"),
    ):
        dialog = drill(team_lead, desk, measure)
        assert dialog.count() == table.by_desk[desk].get(measure), (desk, measure)
        dialog.close()

    # A counselor sees the records of their own desk, without saving them; not another's.
    dialog = drill(placed["plus"], "plus", "placements")
    assert dialog.count() == 2 and not dialog.export_button.isVisible()
    dialog.close()
    dialog = drill(placed["plus"], "gvalley", "placements")
    assert dialog.count() == 0 and "다른 창구의 통계 상세" in dialog.status_label.text()
    dialog.close()


# -- the models ---------------------------------------------------------------------------------


@SQLITE_ONLY
def test_every_model_passes_the_model_tester(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    workspace: Workspace,
    admin: Actor,
    team_lead: Actor,
) -> None:
    placed = placed_year(workspace, admin)
    workspace.month_close.close_month(team_lead, 2018, 3)
    workspace.month_close.reopen_month(team_lead, 2018, 3, "누락분")
    workspace.month_close.close_month(team_lead, 2018, 4)
    workspace.targets.set_target(team_lead, 2018, "plus", "placements", 4)
    workspace.placement_review.mark_reviewed(
        team_lead, [workspace.placement_review.placements(team_lead, Period.year(2018))[0].id]
    )
    ghost = new_seeker(workspace, placed["plus"], "유령", "2018-07-02")
    workspace.records.void(placed["plus"], RecordKind.SEEKER, ghost, "실수")
    year = Period.year(2018)

    items = workspace.placement_review.placements(team_lead, year)
    flags = workspace.integrity_flags.flags(team_lead, year)
    placements, closes, flag_model = PlacementsModel(), ClosesModel(), FlagsModel()
    tally = TallyModel(["알선취업", "본인취업", "계", "미검토"])
    flag_counts = TallyModel(["a", "b", "c", "d", "계"])
    targets = TargetsModel(editable=True)
    filled: list[tuple[Any, Any]] = [
        (placements, items),
        (tally, placement_tally(items, "창구 계")),
        (flag_counts, flag_tally(flags, "창구 계")),
        (closes, workspace.month_close.closes(team_lead)),
        (targets, workspace.targets.achievement(team_lead, 2018)),
        (flag_model, flags),
    ]
    for measure in MEASURE_KEYS:
        filled.append(
            (DrillModel(measure), workspace.drill_down.drill_down(team_lead, year, "plus", measure))
        )
    for model, content in filled:
        qtmodeltester.check(model)  # empty
        model.set_rows(content)
        qtmodeltester.check(model)  # the tester stays attached: the reset was checked too
    qtmodeltester.check(TargetsModel(editable=False))
    assert placements.rowCount() == 4 and closes.rowCount() == 2
    assert closes.closed_months() == {(2018, 4)}
    assert _cells(closes)[1][1] == "해제됨" and _cells(closes)[1][4] == "누락분"
    assert targets.flags(targets.index(0, TargetsModel.TARGET)) & Qt.ItemFlag.ItemIsEditable
    assert not targets.flags(targets.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    assert len(flags) == flag_model.rowCount()
    total = flag_counts.line("총 계", "")
    assert total is not None and total.counts[-1] == len(flags)


@SQLITE_ONLY
def test_records_changed_elsewhere_reload_the_shown_tab(
    qtbot: QtBot, workspace: Workspace, open_window: Any, team_lead: Actor, counselor: Actor
) -> None:
    window, tools = open_window(team_lead)
    tab = _open_tab(qtbot, window, tools, "placements_tab")
    assert tab.model.rowCount() == 0
    seeker = add_seeker(workspace, counselor, "새취업", "2018-09-03").number
    workspace.records.record_placement(counselor, RecordPlacement(seeker, date(2018, 9, 10)))
    with qtbot.waitSignal(tab.sig_loaded, timeout=10_000):
        window.context.changed(Changes.saved(RecordKind.PLACEMENT))
    assert [row[1] for row in _cells(tab.model)] == ["새취업"]
    assert all(isinstance(t, LoadingTab) for t in tools.page.tab_widgets())
