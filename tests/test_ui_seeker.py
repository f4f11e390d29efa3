"""A seeker's record: opened from a list, refused for another desk, its forms, voiding,
and the 저장 / 저장 안 함 / 취소 prompt before unsaved work is lost."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from conftest import SQLITE_ONLY, add_seeker, counselor_at
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from qt_support import active, commit, open_window, type_over

from deskapp.domain.access import Actor
from deskapp.domain.commands import LogSession, RegisterEmployer, RegisterOpening
from deskapp.domain.dates import Period
from deskapp.domain.records import RecordKind
from deskapp.services.workspace import Workspace
from deskapp.ui.forms import FormPanel
from deskapp.ui.main_window import MainWindow
from deskapp.ui.seeker_view import SeekerRecord
from deskapp.ui.widgets import ReasonDialog
from deskapp.ui.work_forms import OutcomeForm, PlacementForm, ReferralForm, SessionForm

pytestmark = pytest.mark.usefixtures("boxes")
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def seeker(workspace: Workspace, plus: Actor) -> int:
    """홍길동 at the plus desk, with one session, and an open opening to refer to."""
    r = workspace.records
    saved = add_seeker(
        workspace,
        plus,
        "홍길동",
        "2018-09-03",
        연락처="010-2627-1234",
        생년월일="1975-03-01",
        희망직종="경비",
        주소="서울 금천구 가산동",
    )
    r.log_session(plus, LogSession(saved.number, date(2018, 9, 3), notes="첫 상담"))
    employer = r.register_employer(plus, RegisterEmployer("가산빌딩관리")).number
    for job in ("미화", "경비"):
        r.register_opening(plus, RegisterOpening(employer, job, 1, date(2018, 10, 1)))
    return saved.id


def _number(workspace: Workspace, actor: Actor, seeker_id: int) -> str:
    return workspace.browse.seekers(actor, [seeker_id])[0].seeker_no


def _key(qtbot: QtBot, key: Qt.Key, modifier: Any = Qt.KeyboardModifier.NoModifier) -> None:
    target = QApplication.focusWidget()
    assert target is not None, "no widget has the keyboard"
    qtbot.keyClick(target, key, modifier)


def _open_from_list(qtbot: QtBot, window: MainWindow, name: str) -> SeekerRecord:
    """구직자 page, the row of ``name``, Enter."""
    page = window.seekers_page
    with qtbot.waitSignal(page.model.sig_loaded, timeout=10_000):
        window.show_page("seekers")
    page.desk_filter.setCurrentIndex(0)  # 전체 창구
    qtbot.waitUntil(lambda: not page.model.loading)
    names = [page.model.index(r, 1).data() for r in range(page.model.rowCount())]
    page.table.setFocus()
    page.table.select_row(names.index(name))
    with qtbot.waitSignal(window.records.sig_opened, timeout=10_000) as opened:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    record = opened.args[0]
    assert isinstance(record, SeekerRecord)
    qtbot.waitUntil(record.isActiveWindow, timeout=5000)
    return record


def _panel(record: SeekerRecord) -> FormPanel | None:
    """The record's form as it is now. Read through here where a test asserts there is none,
    so that the checker does not take it as none still after the keys that open one."""
    return record.panel


def _prompt(qtbot: QtBot, parent: QWidget) -> QMessageBox:
    def visible() -> QMessageBox | None:
        for box in parent.findChildren(QMessageBox, "unsaved_prompt"):
            if shiboken6.isValid(box) and box.isVisible():
                return box
        return None

    qtbot.waitUntil(lambda: visible() is not None, timeout=5000)
    box = visible()
    assert box is not None
    active(qtbot, box)
    return box


def _save(qtbot: QtBot, record: SeekerRecord) -> None:
    with qtbot.waitSignal(record.sig_saved, timeout=10_000):
        _key(qtbot, Qt.Key.Key_S, CTRL)
    with qtbot.waitSignal(record.sig_loaded, timeout=10_000):
        pass


@SQLITE_ONLY
def test_record_shows_details_and_one_timeline_newest_first(
    qtbot: QtBot, workspace: Workspace, plus: Actor, seeker: int, tmp_path: Path
) -> None:
    number = _number(workspace, plus, seeker)
    workspace.records.log_session(
        plus, LogSession(number, date(2018, 10, 29), next_contact_on=date(2018, 11, 5))
    )
    window = open_window(qtbot, workspace, plus, tmp_path)
    record = _open_from_list(qtbot, window, "홍길동")
    assert record.heading.text() == "홍길동 (D00000001)"
    shown = {key: label.text() for key, label in record.values.items()}
    assert shown["연락처"] == "010-2627-1234"  # the whole record, not masked
    assert shown["생년월일"] == "1975-03-01"
    assert shown["등록창구"] == "일자리플러스센터"
    assert shown["희망직종"] == "경비 · 직업분류 5420 경비원(건물 관리원)"  # stored as a code
    assert shown["희망고용형태"] == "(말하지 않음)"
    assert shown["상태"] == "정상"
    model = record.timeline_model
    assert [model.index(r, 0).data() for r in range(2)] == ["2018-10-29", "2018-09-03"]
    assert model.index(0, 4).data() == "다음 연락: 2018-11-05"
    assert record.counts_label.text().startswith("상담 2건 · 알선 0건")
    assert record.timeline.hasFocus()
    # Enter on the same seeker again raises the same window.
    window.context.open_seeker(seeker)
    qtbot.waitUntil(lambda: record.isActiveWindow())
    assert window.records.windows() == [record]


@SQLITE_ONLY
def test_another_desks_seeker_is_refused_with_the_services_message(
    qtbot: QtBot,
    workspace: Workspace,
    admin: Actor,
    seeker: int,
    tmp_path: Path,
    boxes: list[str],
) -> None:
    gvalley = counselor_at(workspace, admin, "gvalley")
    window = open_window(qtbot, workspace, gvalley, tmp_path)
    page = window.seekers_page
    window.find_seeker()
    qtbot.keyClicks(page.search.edit, "1234")  # found across desks, masked
    qtbot.waitUntil(lambda: len(page.search.found()) == 1, timeout=5000)
    assert page.search.found()[0].phone == "010-****-1234"
    with (
        qtbot.waitSignal(window.records.sig_refused, timeout=10_000) as refused,
        qtbot.waitSignal(window.records.sig_walk_in, timeout=10_000) as walk_in,
    ):
        qtbot.keyClick(page.search.edit, Qt.Key.Key_Return)
    message = "다른 창구의 구직자 기록은 볼 수 없습니다 (이름과 연락처 일부만 보입니다)."
    assert refused.args == [message]
    assert window.statusBar().currentMessage() == message
    assert window.records.windows() == []
    # Not a dead end: a session at this desk on their record is offered instead.
    assert boxes == []
    walk_in.args[0].close()


@SQLITE_ONLY
def test_session_form_checks_as_typed_and_shows_the_services_warning(
    qtbot: QtBot, workspace: Workspace, plus: Actor, seeker: int, tmp_path: Path
) -> None:
    window = open_window(qtbot, workspace, plus, tmp_path)
    record = _open_from_list(qtbot, window, "홍길동")
    _key(qtbot, Qt.Key.Key_N, CTRL)
    form = record.panel
    assert isinstance(form, SessionForm) and form.date_edit.hasFocus()
    qtbot.keyClicks(form.date_edit, "2018-13-01")
    assert form.fields["상담일"].error() == "'2018-13-01'은 없는 날짜입니다."
    form.date_edit.selectAll()
    qtbot.keyClicks(form.date_edit, "20181031")
    assert form.fields["상담일"].error() == "2018-10-31은 미래의 날짜입니다."
    form.date_edit.selectAll()
    qtbot.keyClicks(form.date_edit, "2018.10.29.")
    assert form.fields["상담일"].error() == ""
    form.next_edit.setFocus()
    qtbot.keyClicks(form.next_edit, "20181020")
    assert form.fields["다음연락일"].error() == "상담일보다 빠를 수 없습니다."
    _key(qtbot, Qt.Key.Key_S, CTRL)  # refused in the form: nothing saved
    assert record.panel is form and form.next_edit.hasFocus()
    form.next_edit.selectAll()
    qtbot.keyClicks(form.next_edit, "20181105")
    assert form.fields["다음연락일"].error() == ""
    form.notes_edit.setFocus()
    commit(form.notes_edit, "주민번호 750301-1234567 받음")
    with qtbot.waitSignal(window.context.sig_data_changed, timeout=10_000):  # its views count again
        _save(qtbot, record)
    assert record.banner.isVisible()
    assert record.banner.text() == "주민등록번호로 보이는 숫자 1건을 가려서 저장했습니다."
    saved = record.entries()[0]
    assert saved.kind is RecordKind.SESSION and "1234567" not in saved.detail
    assert record.timeline.current_row() == 0  # the new session is chosen


@SQLITE_ONLY
def test_unsaved_work_is_saved_dropped_or_kept_as_asked(
    qtbot: QtBot, workspace: Workspace, plus: Actor, seeker: int, tmp_path: Path
) -> None:
    window = open_window(qtbot, workspace, plus, tmp_path)
    record = _open_from_list(qtbot, window, "홍길동")

    # Switching away from a changed session form: 저장 (Enter, the default) saves it first.
    _key(qtbot, Qt.Key.Key_N, CTRL)
    session = record.panel
    assert isinstance(session, SessionForm)
    session.notes_edit.setFocus()
    commit(session.notes_edit, "전화로 면접 일정 안내")
    _key(qtbot, Qt.Key.Key_R, CTRL)
    box = _prompt(qtbot, record)
    assert box.text() == "‘상담 기록’에 저장하지 않은 내용이 있습니다. 저장할까요?"
    assert {b.text() for b in box.buttons()} == {"저장(&S)", "저장 안 함(&N)", "취소"}
    with qtbot.waitSignal(record.sig_saved, timeout=10_000):
        qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(record.panel, ReferralForm))
    qtbot.waitUntil(lambda: len(record.entries()) == 2)
    assert "전화로 면접 일정 안내" in record.entries()[0].detail
    referral = record.panel
    assert isinstance(referral, ReferralForm)
    qtbot.waitUntil(lambda: referral.model.rowCount() == 2)
    assert not referral.is_dirty()  # the first opening chosen for you is no change
    active(qtbot, record)  # the prompt had the keyboard
    _key(qtbot, Qt.Key.Key_Escape)  # nothing changed: it closes without asking
    assert _panel(record) is None and record.isVisible()

    # Escape on a changed form: 취소 keeps it, 저장 안 함 drops it.
    _key(qtbot, Qt.Key.Key_N, CTRL)
    form = record.panel
    assert isinstance(form, SessionForm)
    form.notes_edit.setFocus()
    commit(form.notes_edit, "메모")
    _key(qtbot, Qt.Key.Key_Escape)
    qtbot.keyClick(_prompt(qtbot, record), Qt.Key.Key_Escape)  # 취소
    active(qtbot, record)  # the prompt had the keyboard
    assert record.panel is form and form.notes_edit.toPlainText() == "메모"
    _key(qtbot, Qt.Key.Key_Escape)
    qtbot.keyClick(_prompt(qtbot, record), Qt.Key.Key_N, ALT)  # 저장 안 함
    qtbot.waitUntil(lambda: record.panel is None)
    assert record.isVisible() and len(record.entries()) == 2

    # Closing the window with a changed form asks too; 저장 안 함 closes it unsaved.
    active(qtbot, record)  # the prompt had the keyboard
    _key(qtbot, Qt.Key.Key_N, CTRL)
    last = record.panel
    assert isinstance(last, SessionForm)
    last.notes_edit.setFocus()
    commit(last.notes_edit, "닫기 전")
    window.close()  # the main window closes its records first
    assert window.isVisible() and record.isVisible()
    qtbot.keyClick(_prompt(qtbot, record), Qt.Key.Key_N, ALT)
    qtbot.waitUntil(lambda: window.records.windows() == [])
    sessions = workspace.browse.session_ids(plus, None, None, "plus")
    assert len(sessions) == 2  # the first session and the one saved from the prompt
    window.close()
    assert not window.isVisible()


@SQLITE_ONLY
def test_outcome_placement_and_void_by_keyboard(
    qtbot: QtBot, workspace: Workspace, plus: Actor, seeker: int, tmp_path: Path
) -> None:
    window = open_window(qtbot, workspace, plus, tmp_path)
    record = _open_from_list(qtbot, window, "홍길동")
    _key(qtbot, Qt.Key.Key_E, CTRL)  # no referral yet
    assert _panel(record) is None and "먼저 알선하세요" in record.banner.text()

    _key(qtbot, Qt.Key.Key_R, CTRL)
    referral = record.panel
    assert isinstance(referral, ReferralForm)
    qtbot.waitUntil(lambda: referral.model.rowCount() == 2)
    fitting = [referral.model.index(r, 0).data() for r in range(2)]
    assert fitting == ["희망직종(경비)과 맞음", ""]  # the fitting one first, with why
    assert referral.model.index(0, 2).data() == "경비"
    qtbot.keyClick(referral.table, Qt.Key.Key_Down)  # 미화 instead
    with qtbot.waitSignal(record.sig_saved, timeout=10_000):
        qtbot.keyClick(referral.table, Qt.Key.Key_Return)  # Enter on the opening saves
    qtbot.waitUntil(lambda: record.entries()[0].kind is RecordKind.REFERRAL)
    assert record.entries()[0].title == "알선: 가산빌딩관리 · 미화"
    assert record.timeline_model.index(0, 5).data() == "결과 대기"

    record.timeline.select_row(0)
    _key(qtbot, Qt.Key.Key_E, CTRL)
    outcome = record.panel
    assert isinstance(outcome, OutcomeForm) and outcome.outcome_combo.hasFocus()
    _key(qtbot, Qt.Key.Key_S, CTRL)  # no outcome chosen
    assert outcome.fields["결과"].error() == "결과를 고르세요."
    _key(qtbot, Qt.Key.Key_Down)
    _key(qtbot, Qt.Key.Key_Down)  # 면접
    _save(qtbot, record)
    assert record.entries()[0].detail == "결과: 면접"

    # 본인취업 with how it was confirmed.
    _key(qtbot, Qt.Key.Key_P, CTRL)
    placement = record.panel
    assert isinstance(placement, PlacementForm) and placement.kind_combo.hasFocus()
    _key(qtbot, Qt.Key.Key_Down)  # 알선취업 → 본인취업
    assert not placement.referral_combo.isEnabled()
    _key(qtbot, Qt.Key.Key_Tab)
    assert placement.date_edit.hasFocus()  # the referral is skipped
    _key(qtbot, Qt.Key.Key_Tab)
    commit(placement.employer_edit, "독산물류")
    _key(qtbot, Qt.Key.Key_Tab)
    commit(placement.type_edit, "계약직")
    _key(qtbot, Qt.Key.Key_Tab)
    for _ in range(2):
        _key(qtbot, Qt.Key.Key_Down)  # 업체 확인
    _save(qtbot, record)
    placed = record.entries()[0]
    assert placed.title == "취업 (본인취업): 독산물류"
    assert placed.detail == "계약직 · 업체 확인"

    # Void the placement (made in error), with a reason: it stays, marked, and stops counting.
    record.timeline.setFocus()
    record.timeline.select_row(0)
    _key(qtbot, Qt.Key.Key_D, CTRL)
    dialogs = [d for d in record.findChildren(ReasonDialog) if d.isVisible()]
    assert len(dialogs) == 1
    reason = dialogs[0]
    qtbot.waitUntil(reason.reason_edit.hasFocus)
    assert not reason.ok_button.isEnabled()
    commit(reason.reason_edit, "다른 사람 기록에 잘못 입력")
    with qtbot.waitSignal(record.sig_saved, timeout=10_000):
        qtbot.keyClick(reason.reason_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: record.entries()[0].void)
    assert record.timeline_model.index(0, 5).data() == "무효"
    table = workspace.statistics.table(plus, Period.year(2018))
    assert table.by_desk["plus"].placements == 0 and table.by_desk["plus"].referrals == 1


@SQLITE_ONLY
def test_a_refusal_from_the_service_is_shown_in_the_form(
    qtbot: QtBot,
    workspace: Workspace,
    plus: Actor,
    team_lead: Actor,
    seeker: int,
    tmp_path: Path,
) -> None:
    workspace.month_close.close_month(team_lead, 2018, 9)
    window = open_window(qtbot, workspace, plus, tmp_path)
    record = _open_from_list(qtbot, window, "홍길동")
    _key(qtbot, Qt.Key.Key_N, CTRL)
    form = record.panel
    assert isinstance(form, SessionForm)
    # Only the counselor's own desk is offered: the refusal here is the month's.
    assert [form.desk_combo.itemData(i) for i in range(form.desk_combo.count())] == ["plus"]
    type_over(qtbot, form.date_edit, "2018-09-20")
    _key(qtbot, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: "2018년 9월은 마감되어" in form.message_label.text())
    assert record.panel is form and len(record.entries()) == 1
