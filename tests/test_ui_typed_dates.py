"""Dates are typed on every page as in the forms (2018-10-30, 2018.10.30., 20181030):
the statistics period, the lists, the events, 고용유지 and the access log; a wrong date is
said in Korean naming the field, never dropped in silence."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import SQLITE_ONLY, add_seeker, counselor_at
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from qt_support import open_stats, open_window

from deskapp.domain.access import Actor
from deskapp.domain.commands import (
    LogSession,
    RecordPlacement,
    Refer,
    RegisterEmployer,
    RegisterOpening,
)
from deskapp.domain.dates import Period
from deskapp.domain.errors import ValidationError
from deskapp.domain.records import RecordKind
from deskapp.services.workspace import Workspace
from deskapp.ui.admin.access_log import AccessLogDialog
from deskapp.ui.context import Changes, WorkContext
from deskapp.ui.date_field import DateField
from deskapp.ui.retention import RetentionDialog
from deskapp.ui.widgets import PeriodPicker
from deskapp.ui.work_views import WorkPage
from deskapp.ui.workers import QueryOp

pytestmark = pytest.mark.usefixtures("boxes")
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
UI = Path(__file__).resolve().parents[1] / "deskapp" / "ui"


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def _type_clicked(qtbot: QtBot, edit: QWidget, text: str) -> None:
    """As a user with the mouse: click in the middle of the field, select it all, type."""
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=edit.rect().center())
    qtbot.keyClick(edit, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(edit, text)


@SQLITE_ONLY
@pytest.mark.parametrize(
    ("start", "end"),
    [("2018.09.15.", "2018.10.09."), ("2018-09-15", "2018-10-09"), ("20180915", "2018. 10. 9.")],
)
def test_the_statistics_period_is_typed_in_every_spelling_of_the_forms(
    qtbot: QtBot,
    workspace: Workspace,
    admin: Actor,
    settings: QSettings,
    start: str,
    end: str,
) -> None:
    view = open_stats(qtbot, workspace, admin, settings)
    picker = view.picker
    _type_clicked(qtbot, picker.from_edit, start)
    _type_clicked(qtbot, picker.to_edit, end)
    assert picker.range_radio.isChecked()  # typing a day chooses the range
    with qtbot.waitSignal(view.sig_loaded, timeout=10_000) as loaded:
        qtbot.keyClick(picker.to_edit, Qt.Key.Key_Return)
    assert loaded.args[0].period == Period(date(2018, 9, 15), date(2018, 10, 9))


@SQLITE_ONLY
def test_a_wrong_date_is_said_in_korean_naming_the_field(
    qtbot: QtBot, workspace: Workspace, admin: Actor, settings: QSettings
) -> None:
    view = open_stats(qtbot, workspace, admin, settings)
    picker = view.picker
    loaded: list[object] = []
    view.sig_loaded.connect(loaded.append)
    _type_clicked(qtbot, picker.from_edit, "2018-13-01")
    qtbot.keyClick(picker.from_edit, Qt.Key.Key_Return)
    qtbot.wait(100)
    assert loaded == []  # nothing counted for a day that does not exist
    said = view.status_label.text()
    assert "시작일" in said and "2018-13-01" in said and "없는 날짜" in said
    assert "없는 날짜" in picker.from_edit.toolTip()
    # Fixed, the field is plain again and the period is counted.
    _type_clicked(qtbot, picker.from_edit, "2018.10.01.")
    assert picker.from_edit.error() == ""
    with qtbot.waitSignal(view.sig_loaded, timeout=10_000) as counted:
        qtbot.keyClick(picker.from_edit, Qt.Key.Key_Return)
    assert counted.args[0].period == Period(date(2018, 10, 1), date(2018, 10, 30))


@SQLITE_ONLY
def test_arrow_keys_step_a_day_and_the_calendar_picks_one(qtbot: QtBot) -> None:
    field = DateField(date(2018, 10, 30), "종료일")
    qtbot.addWidget(field)
    field.show()
    field.activateWindow()
    qtbot.waitUntil(field.isActiveWindow)
    changed: list[date] = []
    field.sig_date_changed.connect(changed.append)
    qtbot.keyClick(field, Qt.Key.Key_Up)
    assert field.text() == "2018-10-31" and field.day() == date(2018, 10, 31)
    qtbot.keyClick(field, Qt.Key.Key_Up)
    qtbot.keyClick(field, Qt.Key.Key_PageDown)
    assert field.day() == date(2018, 10, 1)
    qtbot.keyClick(field, Qt.Key.Key_Down)
    assert changed == [date(2018, 10, 31), date(2018, 11, 1), date(2018, 10, 1), date(2018, 9, 30)]
    # A click into the field selects the day, so that what is typed replaces it.
    field.deselect()
    field.clearFocus()
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton, pos=field.rect().center())
    qtbot.waitUntil(lambda: field.selectedText() == "2018-09-30")
    qtbot.keyClicks(field, "2018.9.30.")
    assert field.day() == date(2018, 9, 30)
    qtbot.keyClick(field, Qt.Key.Key_Down, ALT)
    calendar = field.calendar
    assert calendar is not None and calendar.isVisible()
    assert calendar.selectedDate().toPython() == date(2018, 9, 30)
    qtbot.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Right)
    qtbot.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Return)
    assert not calendar.isVisible()
    assert field.day() == date(2018, 10, 1)


@SQLITE_ONLY
def test_every_page_takes_the_same_spellings(
    qtbot: QtBot, workspace: Workspace, admin: Actor, settings: QSettings
) -> None:
    lists = PeriodPicker(date(2018, 10, 1), date(2018, 10, 30))
    events = PeriodPicker(date(2018, 1, 1), date(2018, 12, 31), labelled=True)
    retention = RetentionDialog(WorkContext(workspace, admin, settings))
    access = AccessLogDialog(WorkContext(workspace, admin, settings), date(2018, 10, 30))
    for page in (lists, events, retention, access):
        qtbot.addWidget(page)
        page.show()
        for edit, typed in ((page.from_edit, "2018.10.02."), (page.to_edit, "20181029")):
            assert isinstance(edit, DateField)
            _type_clicked(qtbot, edit, typed)
        assert page.period() == Period(date(2018, 10, 2), date(2018, 10, 29)), page
    # A wrong date on a list page reloads it, so that the page says what is wrong.
    reloads: list[None] = []
    lists.sig_changed.connect(lambda: reloads.append(None))
    _type_clicked(qtbot, lists.to_edit, "2018.02.30.")
    qtbot.keyClick(lists.to_edit, Qt.Key.Key_Tab)
    assert reloads
    with pytest.raises(ValidationError) as refused:
        lists.period()
    assert refused.value.field == "종료일" and "'2018.02.30.'" in refused.value.message
    assert "없는 날짜" in lists.to_edit.error()
    QApplication.processEvents()


@SQLITE_ONLY
def test_no_page_keeps_a_sectioned_date_edit() -> None:
    """QDateEdit took keys only in the section under the cursor: no page makes one."""
    found = [
        f"{path.relative_to(UI)}"
        for path in UI.rglob("*.py")
        if any(
            f"{kind}(" in path.read_text(encoding="utf-8")
            for kind in ("QDateEdit", "QDateTimeEdit")
        )
    ]
    assert found == []


# -- the list pages: a wrong period stays said, and no older load lists another period ----


@pytest.fixture
def plus_desk(workspace: Workspace, admin: Actor) -> Actor:
    """A counselor at the plus desk with sessions in May and October and a placement."""
    plus = counselor_at(workspace, admin, "plus")
    r = workspace.records
    numbers = [
        add_seeker(workspace, plus, name, "2018-01-02", 생년월일="1980-05-05").number
        for name in ("김민지", "홍길동")
    ]
    employer = r.register_employer(plus, RegisterEmployer("가산전자", business_no="1248100998"))
    opening = r.register_opening(
        plus, RegisterOpening(employer.number, "조립", 2, date(2018, 3, 1))
    )
    for number, day in ((numbers[0], date(2018, 5, 10)), (numbers[1], date(2018, 10, 1))):
        r.log_session(plus, LogSession(number, day))
    r.refer(plus, Refer(numbers[0], opening.number, date(2018, 10, 2)))
    referral = r.refer(plus, Refer(numbers[1], opening.number, date(2018, 3, 3)))
    r.record_placement(
        plus, RecordPlacement(numbers[1], date(2018, 5, 20), referral_id=referral.id)
    )
    return plus


def _settled(qtbot: QtBot) -> None:
    """Every load started has delivered its answer (and then a little more time)."""
    qtbot.waitUntil(lambda: QueryOp.running() == 0, timeout=10_000)
    qtbot.wait(300)
    qtbot.waitUntil(lambda: QueryOp.running() == 0, timeout=10_000)


def _type_and_leave(qtbot: QtBot, edit: DateField, text: str) -> None:
    """As a user with the keyboard: Tab into the field (it selects the day), type, Tab out."""
    edit.setFocus(Qt.FocusReason.TabFocusReason)
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)


def _said(page: WorkPage) -> str:
    return page.status_label.text() if page.status_label.isVisible() else ""


@SQLITE_ONLY
def test_a_wrong_period_on_the_sessions_page_stays_said_and_lists_nothing_else(
    qtbot: QtBot, workspace: Workspace, plus_desk: Actor, tmp_path: Path
) -> None:
    window = open_window(qtbot, workspace, plus_desk, tmp_path)
    page = window.sessions_page
    with qtbot.waitSignal(page.model.sig_loaded, timeout=10_000):
        window.show_page("sessions")
    assert page.count_label.text() == "상담 1건"  # October
    period = page.period_filter
    # "2018-02-3" is a day and starts a load; "2018-02-30" is not, said once Tab leaves it.
    _type_and_leave(qtbot, period.from_edit, "2018-02-30")
    _settled(qtbot)
    said = _said(page)
    assert "시작일" in said and "2018-02-30" in said and "없는 날짜" in said
    assert page.model.rowCount() == 0 and "건" not in page.count_label.text()
    # Fixed, the error goes and the period typed is listed (May and October).
    _type_and_leave(qtbot, period.from_edit, "2018-05-01")
    _settled(qtbot)
    assert _said(page) == "" and page.count_label.text() == "상담 2건"
    # Reversed: said naming both ends, and the May–October list is not kept.
    _type_and_leave(qtbot, period.from_edit, "2018-10-20")
    _type_and_leave(qtbot, period.to_edit, "2018-10-01")
    _settled(qtbot)
    said = _said(page)
    assert "시작일" in said and "종료일" in said and "늦습니다" in said
    assert page.model.rowCount() == 0 and "건" not in page.count_label.text()
    _type_and_leave(qtbot, period.from_edit, "2018-10-01")
    _settled(qtbot)
    assert _said(page) == "" and page.count_label.text() == "상담 1건"


@SQLITE_ONLY
def test_a_wrong_period_on_the_referrals_page_stays_said_and_counts_nothing_else(
    qtbot: QtBot, workspace: Workspace, plus_desk: Actor, tmp_path: Path
) -> None:
    window = open_window(qtbot, workspace, plus_desk, tmp_path)
    page = window.referrals_page
    with qtbot.waitSignal(page.sig_loaded, timeout=10_000):
        window.show_page("placements")
    assert (page.referral_count.text(), page.placement_count.text()) == (
        "결과 대기 1건",
        "취업 1건",
    )
    period = page.period_filter
    _type_and_leave(qtbot, period.from_edit, "2018-02-30")
    _settled(qtbot)
    said = _said(page)
    assert "시작일" in said and "2018-02-30" in said and "없는 날짜" in said
    assert page.placement_model.rowCount() == 0 and "건" not in page.placement_count.text()
    assert page.referral_count.text() == "결과 대기 1건"  # the referrals have no period
    _type_and_leave(qtbot, period.from_edit, "2018-05-20")
    _settled(qtbot)
    assert _said(page) == "" and page.placement_count.text() == "취업 1건"
    # Reversed (2018-10-20 ~ 2018-10-01): said, and 2018-05-20's placement is not counted.
    _type_and_leave(qtbot, period.from_edit, "2018-10-20")
    _settled(qtbot)
    assert page.placement_count.text() == "취업 0건"
    _type_and_leave(qtbot, period.to_edit, "2018-10-01")
    _settled(qtbot)
    said = _said(page)
    assert "시작일" in said and "종료일" in said and "늦습니다" in said
    assert page.placement_model.rowCount() == 0 and "건" not in page.placement_count.text()
    # A reload meanwhile (another desk's record saved) does not take the error away.
    window.context.changed(Changes.saved(RecordKind.PLACEMENT))
    _settled(qtbot)
    assert "늦습니다" in _said(page) and page.placement_model.rowCount() == 0
    _type_and_leave(qtbot, period.from_edit, "2018-05-01")
    _settled(qtbot)
    assert _said(page) == "" and page.placement_count.text() == "취업 1건"
