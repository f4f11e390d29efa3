"""The 통계 page: counts of real records for a typed period, the monthly grid, export, print."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
import shiboken6
from conftest import SQLITE_ONLY, add_seeker, rows
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFont
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QDialog, QFileDialog
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from qt_support import active, open_stats, open_window

from deskapp.domain.access import Actor
from deskapp.domain.commands import (
    LogSession,
    RecordPlacement,
    Refer,
    RegisterEmployer,
    RegisterOpening,
)
from deskapp.domain.dates import Period
from deskapp.domain.desks import DESK_CODES, parse_desk
from deskapp.domain.stats import Counts, StatsTable
from deskapp.reports.breakdown import SHEET_NAMES
from deskapp.services.workspace import Workspace
from deskapp.ui.print_layout import monthly_html, stats_table_html
from deskapp.ui.review.drill_down import DrillDownDialog
from deskapp.ui.stats_models import MonthlyStatsModel, RawRole, StatsTableModel
from deskapp.ui.stats_view import StatsView

pytestmark = pytest.mark.usefixtures("boxes")
NAMES = [
    "총 계",
    "일자리플러스센터",
    "G밸리 일자리상담창구",
    "동주민센터 일자리상담창구",
    "고용복지플러스센터 일자리상담창구",
]
#: 2018-09-15 ~ 2018-10-09 for the records below: openings, seekers, sessions, referrals, placements
TYPED_RANGE = [
    [1, 3, 4, 2, 0],
    [0, 1, 2, 1, 0],
    [1, 0, 0, 0, 0],
    [0, 1, 1, 0, 0],
    [0, 1, 1, 1, 0],
]


@pytest.fixture
def records(workspace: Workspace, admin: Actor) -> None:
    """A few records in September and October 2018, registered through the services."""
    r = workspace.records
    day = date.fromisoformat
    plus, dong, welfare, gvalley = (parse_desk(d) for d in ("plus", "dong", "welfare", "gvalley"))

    def seeker(name: str, registered: str, desk: str) -> str:
        return add_seeker(workspace, admin, name, registered, 등록창구=desk).number

    s1, s2, s3 = (
        seeker("김하나", "2018-10-02", "plus"),
        seeker("이둘", "2018-10-05", "시흥4동"),
        seeker("박셋", "2018-09-20", "welfare"),
    )
    for on in ("2018-10-03", "2018-10-04", "2018-10-29"):
        r.log_session(admin, LogSession(s1, day(on), desk=plus))
    r.log_session(admin, LogSession(s2, day("2018-10-06"), desk=dong))
    r.log_session(admin, LogSession(s3, day("2018-09-21"), desk=welfare))
    r.log_session(admin, LogSession(s3, day("2018-10-10"), desk=welfare))
    employer = r.register_employer(admin, RegisterEmployer("가산전자")).number
    o1 = r.register_opening(
        admin, RegisterOpening(employer, "조립", 2, day("2018-10-01"), desk=gvalley)
    ).number
    o2 = r.register_opening(
        admin, RegisterOpening(employer, "포장", 1, day("2018-09-03"), desk=gvalley)
    ).number
    ref1 = r.refer(admin, Refer(s1, o1, day("2018-10-08"), desk=plus))
    r.refer(admin, Refer(s3, o2, day("2018-10-09"), desk=welfare))
    r.record_placement(
        admin, RecordPlacement(s1, day("2018-10-20"), desk=plus, referral_id=ref1.id)
    )
    r.record_placement(admin, RecordPlacement(s3, day("2018-10-25"), desk=welfare))


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def _period(view: StatsView) -> Period:
    """The period of the table shown (the test has waited for one)."""
    table = view.table_model.table
    assert table is not None
    return table.period


def _shown(model: Any) -> list[list[str]]:
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def _type_range(qtbot: QtBot, view: StatsView, start: str, end: str) -> None:
    """Alt+R, Tab, type the start; Tab, type the end; Enter."""
    picker = view.picker
    qtbot.keyClick(view, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(picker.range_radio.hasFocus)
    qtbot.keyClick(picker.range_radio, Qt.Key.Key_Tab)
    assert picker.from_edit.hasFocus()
    qtbot.keyClicks(picker.from_edit, start)
    qtbot.keyClick(picker.from_edit, Qt.Key.Key_Tab)
    assert picker.to_edit.hasFocus()
    qtbot.keyClicks(picker.to_edit, end)


def test_typed_range_shows_the_counts_of_registered_records(
    qtbot: QtBot, workspace: Workspace, admin: Actor, records: None, settings: QSettings
) -> None:
    view = open_stats(qtbot, workspace, admin, settings)
    _type_range(qtbot, view, "20180915", "20181009")
    with qtbot.waitSignal(view.sig_loaded, timeout=10_000) as loaded:
        qtbot.keyClick(view.picker.to_edit, Qt.Key.Key_Return)
    table = loaded.args[0]
    assert table.period == Period(date(2018, 9, 15), date(2018, 10, 9))

    model = view.table_model
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)] == [
        "구 분",
        "구인등록(건)",
        "구직등록(명)",
        "상담(건)",
        "알선(건)",
        "취업자수(명)",
    ]
    assert _shown(model) == [
        [name, *(str(v) for v in row)] for name, row in zip(NAMES, TYPED_RANGE, strict=True)
    ]
    assert [[model.index(r, c).data(RawRole) for c in range(1, 6)] for r in range(5)] == (
        TYPED_RANGE
    )
    total_font = model.index(0, 3).data(Qt.ItemDataRole.FontRole)
    assert isinstance(total_font, QFont) and total_font.bold()
    assert model.index(1, 3).data(Qt.ItemDataRole.FontRole) is None
    alignment = model.index(2, 4).data(Qt.ItemDataRole.TextAlignmentRole)
    assert alignment & Qt.AlignmentFlag.AlignRight
    assert "2018-09-15 ~ 2018-10-09" in view.table_caption.text()


@SQLITE_ONLY
def test_month_and_year_to_date_choices(
    qtbot: QtBot, workspace: Workspace, admin: Actor, records: None, settings: QSettings
) -> None:
    view = open_stats(qtbot, workspace, admin, settings)
    # First shown: this year so far (today is 2018-10-30 in the fixture).
    assert view.picker.ytd_radio.isChecked()
    assert _period(view) == Period(date(2018, 1, 1), date(2018, 10, 30))
    assert _shown(view.table_model)[0] == ["총 계", "2", "3", "6", "2", "2"]

    view.picker.month_combo.setFocus()
    qtbot.keyClick(view.picker.month_combo, Qt.Key.Key_Up)  # 9월, and the month choice
    assert view.picker.month_radio.isChecked()
    with qtbot.waitSignal(view.sig_loaded, timeout=10_000):
        qtbot.keyClick(view.picker.month_combo, Qt.Key.Key_Return)
    assert _period(view) == Period.month(2018, 9)
    assert _shown(view.table_model)[0] == ["총 계", "1", "1", "1", "0", "0"]

    qtbot.keyClick(view.picker.month_combo, Qt.Key.Key_Down)  # 10월
    with qtbot.waitSignal(view.sig_loaded, timeout=10_000):
        qtbot.mouseClick(view.query_button, Qt.MouseButton.LeftButton)
    assert _period(view) == Period.month(2018, 10)
    assert _shown(view.table_model)[0] == ["총 계", "1", "2", "5", "2", "2"]

    qtbot.keyClick(view, Qt.Key.Key_Y, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(view.picker.ytd_radio.isChecked)
    with qtbot.waitSignal(view.sig_loaded, timeout=10_000):
        qtbot.keyClick(view.picker.ytd_radio, Qt.Key.Key_Enter)
    assert _period(view).start == date(2018, 1, 1)


@SQLITE_ONLY
def test_reversed_range_is_refused_in_korean(
    qtbot: QtBot, workspace: Workspace, admin: Actor, settings: QSettings
) -> None:
    view = open_stats(qtbot, workspace, admin, settings)
    shown = view.table_model.table
    _type_range(qtbot, view, "20181020", "20181001")
    qtbot.keyClick(view.picker.to_edit, Qt.Key.Key_Return)
    assert "시작일 2018-10-20이 종료일 2018-10-01보다 늦습니다." in view.status_label.text()
    assert view.table_model.table is shown


@SQLITE_ONLY
def test_monthly_grid_shows_each_month_and_its_running_total(
    qtbot: QtBot, workspace: Workspace, admin: Actor, records: None, settings: QSettings
) -> None:
    view = open_stats(qtbot, workspace, admin, settings)
    qtbot.keyClick(view, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # 월별·누계(&N)
    assert view.tabs.currentIndex() == 1
    model = view.monthly_model
    assert model.rowCount() == 12
    assert model.headerData(1, Qt.Orientation.Horizontal) == "구인등록\n당월"
    assert model.headerData(2, Qt.Orientation.Horizontal) == "구인등록\n누계"
    rows = _shown(model)
    assert rows[8] == ["2018-09", "1", "1", "1", "1", "1", "1", "0", "0", "0", "0"]
    assert rows[9] == ["2018-10", "1", "2", "2", "3", "5", "6", "2", "2", "2", "2"]
    assert rows[11][0] == "2018-12" and rows[11][2::2] == ["2", "3", "6", "2", "2"]

    view.desk_filter.setFocus()
    view.desk_filter.setCurrentIndex(view.desk_filter.findData("plus"))
    assert _shown(model)[9] == ["2018-10", "0", "0", "1", "1", "3", "3", "1", "1", "1", "1"]
    assert model.series is not None
    assert "일자리플러스센터" in monthly_html(model.series, model.desk)


def _asking(view: StatsView) -> bool:
    dialog = view.reason_dialog
    return dialog is not None and shiboken6.isValid(dialog) and dialog.isVisible()


def _give_reason(qtbot: QtBot, view: StatsView, reason: str = "월간 보고") -> None:
    """Answer the reason dialog that every output asks first, by keyboard."""
    qtbot.waitUntil(lambda: _asking(view))
    dialog = view.reason_dialog
    assert dialog is not None and not dialog.ok_button.isEnabled()
    dialog.reason_edit.setFocus()
    dialog.reason_edit.insert(reason)  # Hangul arrives as an input method commits it
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)


def _logged_outputs(workspace: Workspace) -> list[tuple[object, ...]]:
    return rows(
        workspace,
        "SELECT action, detail FROM access_log WHERE subject_kind = 'statistics' ORDER BY id",
    )


def _choose_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[tuple[Any, ...]]:
    asked: list[tuple[Any, ...]] = []

    def choose(*args: Any) -> tuple[str, str]:
        asked.append(args)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    return asked


@SQLITE_ONLY
def test_export_writes_the_same_numbers(
    qtbot: QtBot,
    workspace: Workspace,
    admin: Actor,
    records: None,
    settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    view = open_stats(qtbot, workspace, admin, settings)
    _type_range(qtbot, view, "20180915", "20181009")
    with qtbot.waitSignal(view.sig_loaded, timeout=10_000):
        qtbot.keyClick(view.picker.to_edit, Qt.Key.Key_Return)
    assert view.export_button.isEnabled()
    target = tmp_path / "실적.xlsx"
    asked = _choose_file(monkeypatch, target)
    with qtbot.waitSignal(view.sig_exported, timeout=10_000) as exported:
        qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
        _give_reason(qtbot, view, "월간 보고")
    assert exported.args == [target]
    assert _logged_outputs(workspace) == [
        ("export", "통계표 2018-09-15 ~ 2018-10-09 · 사유: 월간 보고")
    ]
    assert Path(asked[0][2]).name == "실적_20180915_20181009.xlsx"
    sheet = openpyxl.load_workbook(target)["실적"]
    written = [[sheet.cell(row, col).value for col in range(1, 7)] for row in range(5, 10)]
    assert written == [[name, *row] for name, row in zip(NAMES, TYPED_RANGE, strict=True)]
    assert "저장했습니다" in view.status_label.text()

    # The monthly tab saves the monthly workbook of the year.
    active(qtbot, view)  # the reason dialog had the keyboard
    qtbot.keyClick(view, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    monthly = tmp_path / "월별.xlsx"
    _choose_file(monkeypatch, monthly)
    with qtbot.waitSignal(view.sig_exported, timeout=10_000):
        qtbot.keyClick(view, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)  # 엑셀로 저장(&E)
        _give_reason(qtbot, view, "구청장 보고")
    assert _logged_outputs(workspace)[-1] == (
        "export",
        "월별 통계 2018-01-01 ~ 2018-12-31 · 사유: 구청장 보고",
    )
    book = openpyxl.load_workbook(monthly)
    # Outreach and events of the same months, then the breakdown of every month.
    assert book.sheetnames[-8:] == ["기업발굴", "행사", *SHEET_NAMES.values(), "고용유지"]
    assert book["기업발굴"].max_row == 1 + 12 * len(DESK_CODES)
    by_month = {
        (row[0], row[1]): list(row[2:])
        for row in book["월별"].iter_rows(min_row=2, values_only=True)
    }
    assert len(by_month) == 12 * (1 + len(DESK_CODES))  # 총 계 and each desk
    assert by_month[("2018-10", "일자리플러스센터")] == [0, 1, 3, 1, 1]
    assert by_month[("2018-09", "고용복지플러스센터 일자리상담창구")] == [0, 1, 1, 0, 0]
    whole = [book["누계"].cell(5, col).value for col in range(1, 7)]
    assert whole == ["총 계", 2, 3, 6, 2, 2]


@SQLITE_ONLY
def test_pdf_is_written_in_the_official_layout(
    qtbot: QtBot,
    workspace: Workspace,
    admin: Actor,
    records: None,
    settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    view = open_stats(qtbot, workspace, admin, settings)
    target = tmp_path / "실적.pdf"
    _choose_file(monkeypatch, target)
    with qtbot.waitSignal(view.sig_exported, timeout=10_000):
        qtbot.mouseClick(view.pdf_button, Qt.MouseButton.LeftButton)
        _give_reason(qtbot, view, "보관용")
    assert [action for action, _ in _logged_outputs(workspace)] == ["print"]
    data = target.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 1000
    assert view.table_model.table is not None
    html = stats_table_html(view.table_model.table)
    assert '<th rowspan="2" width="24%">구 분</th>' in html and "(단위: 건, 명)" in html
    assert html.index("총 계") < html.index("일자리플러스센터") < html.index("고용복지플러스센터")


@SQLITE_ONLY
def test_print_goes_through_the_print_dialog(
    qtbot: QtBot,
    workspace: Workspace,
    admin: Actor,
    records: None,
    settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "printed.pdf"
    dialogs: list[QPrintDialog] = []

    def accept(dialog: QPrintDialog) -> int:
        # The user picks a printer; here, Qt's "print to file" into target.
        dialogs.append(dialog)
        dialog.printer().setOutputFileName(str(target))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    view = open_stats(qtbot, workspace, admin, settings)
    qtbot.keyClick(view, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)  # 인쇄(&P)…
    _give_reason(qtbot, view, "게시용")
    qtbot.waitUntil(target.exists, timeout=5000)
    assert str(_logged_outputs(workspace)[-1][1]).endswith("사유: 게시용")
    assert dialogs and dialogs[0].windowTitle() == "통계 인쇄"
    assert target.read_bytes().startswith(b"%PDF")
    assert view.status_label.text() == "인쇄를 보냈습니다."


@SQLITE_ONLY
def test_cancelled_reason_writes_and_logs_nothing(
    qtbot: QtBot,
    workspace: Workspace,
    team_lead: Actor,
    settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked = _choose_file(monkeypatch, tmp_path / "x.xlsx")
    view = open_stats(qtbot, workspace, team_lead, settings)
    qtbot.keyClick(view, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: _asking(view))
    assert view.reason_dialog is not None
    qtbot.keyClick(view.reason_dialog.reason_edit, Qt.Key.Key_Return)  # no reason: stays
    assert view.reason_dialog.isVisible()
    qtbot.keyClick(view.reason_dialog.reason_edit, Qt.Key.Key_Escape)
    assert asked == [] and _logged_outputs(workspace) == []


@SQLITE_ONLY
def test_the_pages_export_is_shown_in_the_windows_status_bar_with_open(
    qtbot: QtBot,
    workspace: Workspace,
    team_lead: Actor,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window(qtbot, workspace, team_lead, tmp_path)
    view = window.stats_view
    with qtbot.waitSignal(view.sig_loaded, timeout=10_000):
        window.show_page("stats")
    target = tmp_path / "실적.xlsx"
    _choose_file(monkeypatch, target)
    with qtbot.waitSignal(view.sig_exported, timeout=10_000):
        qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
        _give_reason(qtbot, view, "월간 보고")
    assert window.saved_bar.path == target and not window.saved_bar.isHidden()


@SQLITE_ONLY
def test_counselor_may_export_or_print_their_own_desk(
    qtbot: QtBot, workspace: Workspace, counselor: Actor, settings: QSettings
) -> None:
    # What a counselor's file holds (their desk only, logged with the reason) is tested in
    # test_ui_breakdown.py; here, the buttons say so.
    view = open_stats(qtbot, workspace, counselor, settings)
    assert view.table_model.table is not None  # counselors see every desk's figures
    for button in (view.export_button, view.print_button, view.pdf_button):
        assert button.isEnabled()
        assert "일자리플러스센터 실적만 내보냅니다" in button.toolTip()
        assert "사유를 적어야 합니다" in button.toolTip()


@SQLITE_ONLY
def test_team_lead_may_export(
    qtbot: QtBot, workspace: Workspace, team_lead: Actor, settings: QSettings
) -> None:
    view = open_stats(qtbot, workspace, team_lead, settings)
    assert all(b.isEnabled() for b in (view.export_button, view.print_button, view.pdf_button))


def _sample_table() -> StatsTable:
    return StatsTable(
        Period.year(2018),
        {
            "plus": Counts(958, 3590, 15685, 12660, 1516),
            "gvalley": Counts(1608, 72, 2051, 83, 9),
            "dong": Counts(15, 203, 2463, 3572, 54),
            "welfare": Counts(212, 1436, 1321, 918, 408),
        },
    )


@SQLITE_ONLY
def test_models_pass_the_model_tester(
    qtmodeltester: ModelTester, workspace: Workspace, admin: Actor, records: None
) -> None:
    table_model = StatsTableModel()
    qtmodeltester.check(table_model)  # empty
    table_model.set_table(_sample_table())
    qtmodeltester.check(table_model)
    assert _shown(table_model)[0] == ["총 계", "2,793", "5,301", "21,520", "17,233", "1,987"]

    monthly_model = MonthlyStatsModel()
    qtmodeltester.check(monthly_model)
    monthly_model.set_series(workspace.statistics.monthly(admin, Period.year(2018)))
    qtmodeltester.check(monthly_model)
    monthly_model.set_desk("dong")
    qtmodeltester.check(monthly_model)


def test_enter_on_a_cell_lists_exactly_the_records_counted_there(
    qtbot: QtBot, workspace: Workspace, admin: Actor, records: None, settings: QSettings
) -> None:
    view = open_stats(qtbot, workspace, admin, settings)
    _type_range(qtbot, view, "20180915", "20181009")
    with qtbot.waitSignal(view.sig_loaded, timeout=10_000):
        qtbot.keyClick(view.picker.to_edit, Qt.Key.Key_Return)
    model = view.table_model
    for row in range(1, model.rowCount()):  # the desks, not 총 계
        for column in range(1, 6):
            index = model.index(row, column)
            view.table_view.setFocus()
            view.table_view.setCurrentIndex(index)
            dialog = view.open_drill_down(index)
            assert isinstance(dialog, DrillDownDialog)
            qtbot.addWidget(dialog)
            with qtbot.waitSignal(dialog.sig_loaded, timeout=10_000):
                pass  # the rows arrive from a worker through the event loop
            assert dialog.model.rowCount() == index.data(RawRole), (row, column)
            dialog.close()
    assert view.open_drill_down(model.index(0, 3)) is None  # 총 계 has no single desk


def test_enter_on_a_monthly_cell_lists_that_months_records_for_the_chosen_desk(
    qtbot: QtBot, workspace: Workspace, admin: Actor, records: None, settings: QSettings
) -> None:
    view = open_stats(qtbot, workspace, admin, settings)
    with qtbot.waitSignal(view.sig_loaded, timeout=10_000):
        qtbot.keyClick(view, Qt.Key.Key_Y, Qt.KeyboardModifier.AltModifier)  # 올해 누계
        view.refresh()
    model = view.monthly_model
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=10_000)
    assert view.open_monthly_drill_down(model.index(0, 1)) is None  # all desks: no single desk
    model.set_desk("plus")
    checked = 0
    for row in range(model.rowCount()):
        for column in range(1, model.columnCount()):
            index = model.index(row, column)
            if not index.data(RawRole):
                continue
            dialog = view.open_monthly_drill_down(index)
            assert isinstance(dialog, DrillDownDialog)
            # Not given to qtbot: the dialog deletes itself on close, and qtbot's closing
            # it again at teardown would touch a deleted object.
            try:
                with qtbot.waitSignal(dialog.sig_loaded, timeout=10_000):
                    pass
                assert dialog.model.rowCount() == index.data(RawRole), (row, column)
            finally:
                dialog.close()
            checked += 1
    assert checked > 0
