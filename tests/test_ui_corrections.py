"""Correcting records in the window: F2 in a seeker's record by keyboard, the 변경 이력 tab,
refusals shown where they belong, the unsaved-changes prompt, a timeline entry (Shift+F2),
an opening's close and the question after a placement fills it, the 마감 처리 list, a merge
of records that differ, reassigning seekers, and the 구직표 as a PDF."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from conftest import SQLITE_ONLY, counselor_at, rows
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from qt_support import active, commit, open_window, type_over

from deskapp.domain.access import Actor
from deskapp.domain.commands import (
    LogSession,
    RecordPlacement,
    Refer,
    RegisterEmployer,
    RegisterOpening,
    RegisterSeeker,
)
from deskapp.domain.dates import Period
from deskapp.domain.desks import parse_desk
from deskapp.domain.records import Channel, Gender
from deskapp.services.workspace import Workspace
from deskapp.ui.casework.merge import MergeDialog
from deskapp.ui.closing import ClosingDueDialog
from deskapp.ui.context import WorkContext
from deskapp.ui.employer_view import OpeningRecord
from deskapp.ui.forms import FormDialog, SeekerForm
from deskapp.ui.main_window import MainWindow
from deskapp.ui.reassign import ReassignDialog
from deskapp.ui.seeker_view import SeekerRecord
from deskapp.ui.widgets import ReasonDialog
from deskapp.ui.work_forms import PlacementForm, SessionForm

# Widgets on SQLite; the services behind them are tested on both databases.
pytestmark = [pytest.mark.usefixtures("boxes"), SQLITE_ONLY]
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
MONTH = Period.parse("2018-09-01", "2018-09-30")


def _seeker(workspace: Workspace, actor: Actor, name: str, **extra: Any) -> str:
    command = RegisterSeeker(name=name, registered_on=date(2018, 9, 3), consented=True, **extra)
    return workspace.records.register_seeker(actor, command).number


def _seekers_of(workspace: Workspace, admin: Actor, desk: str) -> int:
    table = workspace.statistics.table(admin, MONTH)
    return table.by_desk[desk].job_seekers


def _open_record(qtbot: QtBot, window: MainWindow, seeker_id: int) -> SeekerRecord:
    with qtbot.waitSignal(window.records.sig_opened, timeout=10_000) as opened:
        window.context.open_seeker(seeker_id)
    record = opened.args[0]
    assert isinstance(record, SeekerRecord)
    active(qtbot, record)
    return record


def _correction(qtbot: QtBot, owner: QWidget) -> FormDialog:
    qtbot.waitUntil(lambda: getattr(owner, "correction", None) is not None, timeout=10_000)
    dialog = owner.correction  # type: ignore[attr-defined]
    assert isinstance(dialog, FormDialog)
    active(qtbot, dialog)
    return dialog


def _press(qtbot: QtBot, key: Qt.Key, modifier: Any = Qt.KeyboardModifier.NoModifier) -> None:
    target = QApplication.focusWidget()
    assert target is not None, "no widget has the keyboard"
    qtbot.keyClick(target, key, modifier)


def _tab_to(qtbot: QtBot, widget: QWidget, limit: int = 40) -> None:
    """Tab from where the keyboard is until ``widget`` has it (as a user does)."""
    for _ in range(limit):
        if widget.hasFocus():
            return
        _press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {widget.accessibleName()}")


def test_counselor_fixes_phone_and_desk_by_keyboard_and_the_story_is_kept(
    qtbot: QtBot, workspace: Workspace, admin: Actor, tmp_path: Path
) -> None:
    plus = counselor_at(workspace, admin, "plus")
    number = _seeker(workspace, plus, "홍길동", phone="01026271234")
    seeker_id = workspace.browse.search_seekers(plus, number)[0].id
    assert (_seekers_of(workspace, admin, "plus"), _seekers_of(workspace, admin, "gvalley")) == (
        1,
        0,
    )
    window = open_window(qtbot, workspace, plus, tmp_path)
    record = _open_record(qtbot, window, seeker_id)

    _press(qtbot, Qt.Key.Key_F2)  # 수정
    dialog = _correction(qtbot, record)
    panel = dialog.panel
    assert isinstance(panel, SeekerForm)
    assert panel.phone_edit.text() == "010-2627-1234"
    _tab_to(qtbot, panel.phone_edit)
    panel.phone_edit.selectAll()
    qtbot.keyClicks(panel.phone_edit, "010-9876-5432")
    _tab_to(qtbot, panel.desk_combo)
    qtbot.keyClick(panel.desk_combo, Qt.Key.Key_Down)  # 일자리플러스센터 → G밸리
    assert panel.desk_combo.currentData() == "gvalley"
    _tab_to(qtbot, panel.reason_edit)
    commit(panel.reason_edit, "전화번호 오타, 창구 잘못 고름")
    with qtbot.waitSignal(dialog.sig_saved, timeout=10_000) as saved:
        _press(qtbot, Qt.Key.Key_S, CTRL)
    changed = saved.args[0]
    assert [(c.field, c.old, c.new) for c in changed.changes] == [
        ("연락처", "010-2627-1234", "010-9876-5432"),
        ("등록창구", "일자리플러스센터", "G밸리"),
    ]

    # The statistics follow at once: the registration moved to G밸리.
    assert (_seekers_of(workspace, admin, "plus"), _seekers_of(workspace, admin, "gvalley")) == (
        0,
        1,
    )
    # The story: registration, then both changes with the reason, by the counselor.
    story = workspace.corrections.history(admin, None, number)
    assert [(e.field, e.old, e.new, e.reason, e.username) for e in story.entries[1:]] == [
        ("연락처", "010-2627-1234", "010-9876-5432", "전화번호 오타, 창구 잘못 고름", "c-plus"),
        ("등록창구", "일자리플러스센터", "G밸리", "전화번호 오타, 창구 잘못 고름", "c-plus"),
    ]
    logged = rows(workspace, "SELECT detail FROM access_log WHERE action = 'update'")
    assert logged == [
        (f"구직자 {number} 수정: 연락처, 등록창구 (사유: 전화번호 오타, 창구 잘못 고름)",)
    ]


def test_history_tab_shows_the_changes_with_their_reason(
    qtbot: QtBot, workspace: Workspace, admin: Actor, tmp_path: Path
) -> None:
    from deskapp.domain.commands import ChangeRecord
    from deskapp.domain.records import RecordKind

    plus = counselor_at(workspace, admin, "plus")
    number = _seeker(workspace, plus, "김민수", phone="01011112222")
    workspace.corrections.change(
        plus, ChangeRecord(RecordKind.SEEKER, number, {"연락처": "010-3333-4444"}, "번호 바뀜")
    )
    seeker_id = workspace.browse.search_seekers(plus, number)[0].id
    window = open_window(qtbot, workspace, plus, tmp_path)
    record = _open_record(qtbot, window, seeker_id)
    with qtbot.waitSignal(record.history.sig_loaded, timeout=10_000):
        qtbot.keyClick(record, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)  # 변경 이력(&3)
    model = record.history.model
    shown = [[model.index(r, c).data() for c in range(1, 7)] for r in range(model.rowCount())]
    assert shown == [
        ["c-plus", "등록", "등록", "", "", ""],
        ["c-plus", "수정", "연락처", "010-1111-2222", "010-3333-4444", "번호 바뀜"],
    ]
    assert record.history.status.text() == "변경 1건 (오래된 것부터)"


def test_a_bad_value_and_a_closed_month_are_refused_in_the_form_with_nothing_changed(
    qtbot: QtBot, workspace: Workspace, admin: Actor, team_lead: Actor, tmp_path: Path
) -> None:
    plus = counselor_at(workspace, admin, "plus")
    number = _seeker(workspace, plus, "박영희", phone="01055556666")
    seeker_id = workspace.browse.search_seekers(plus, number)[0].id
    window = open_window(qtbot, workspace, plus, tmp_path)
    record = _open_record(qtbot, window, seeker_id)
    _press(qtbot, Qt.Key.Key_F2)
    dialog = _correction(qtbot, record)
    panel = dialog.panel
    assert isinstance(panel, SeekerForm)
    type_over(qtbot, panel.phone_edit, "010-12")
    type_over(qtbot, panel.reason_edit, "fix")
    qtbot.keyClick(panel.reason_edit, Qt.Key.Key_S, CTRL)
    assert panel.fields["연락처"].error() == "'010-12'는 올바른 전화번호가 아닙니다."
    assert panel.phone_edit.hasFocus()

    # A closed month: the service refuses, and the form says how to go on.
    workspace.month_close.close_month(team_lead, 2018, 9)
    type_over(qtbot, panel.phone_edit, "010-7777-8888")
    qtbot.keyClick(panel.phone_edit, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: "마감" in panel.message_label.text(), timeout=10_000)
    assert "2018년 9월은 마감되어" in panel.message_label.text()
    assert "마감 해제" in panel.message_label.text()
    assert dialog.isVisible()
    detail = workspace.browse.seeker(admin, seeker_id)
    assert detail.phone == "010-5555-6666"
    assert rows(workspace, "SELECT count(*) FROM record_changes") == [(0,)]


def test_escape_with_changes_asks_before_the_correction_is_lost(
    qtbot: QtBot, workspace: Workspace, admin: Actor, tmp_path: Path
) -> None:
    plus = counselor_at(workspace, admin, "plus")
    number = _seeker(workspace, plus, "이수진")
    seeker_id = workspace.browse.search_seekers(plus, number)[0].id
    window = open_window(qtbot, workspace, plus, tmp_path)
    record = _open_record(qtbot, window, seeker_id)
    _press(qtbot, Qt.Key.Key_F2)
    dialog = _correction(qtbot, record)
    panel = dialog.panel
    assert isinstance(panel, SeekerForm)
    assert not panel.is_dirty()  # the record's own values are 'unchanged'
    type_over(qtbot, panel.name_edit, "이수지")
    qtbot.keyClick(panel.name_edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: dialog.prompt is not None and dialog.prompt.isVisible())
    prompt = dialog.prompt
    assert prompt is not None
    assert "저장하지 않은 내용" in prompt.text()
    active(qtbot, prompt)
    qtbot.keyClick(prompt, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # 저장 안 함(&N)
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible())
    assert workspace.browse.seeker(admin, seeker_id).name == "이수진"


def test_a_session_is_corrected_from_the_timeline(
    qtbot: QtBot, workspace: Workspace, admin: Actor, tmp_path: Path
) -> None:
    plus = counselor_at(workspace, admin, "plus")
    number = _seeker(workspace, plus, "정하나")
    session = workspace.records.log_session(
        plus, LogSession(seeker_no=number, session_on=date(2018, 9, 4), channel=Channel.VISIT)
    )
    seeker_id = workspace.browse.search_seekers(plus, number)[0].id
    window = open_window(qtbot, workspace, plus, tmp_path)
    record = _open_record(qtbot, window, seeker_id)
    record.timeline.setFocus()
    record.timeline.select_row(0)
    _press(qtbot, Qt.Key.Key_F2, SHIFT)
    dialog = _correction(qtbot, record)
    panel = dialog.panel
    assert isinstance(panel, SessionForm)
    assert panel.title == f"상담 {session.id} 수정"
    panel.channel_combo.setFocus()
    panel.channel_combo.setCurrentIndex(panel.channel_combo.findData("전화"))
    type_over(qtbot, panel.reason_edit, "전화 상담이었음")
    with qtbot.waitSignal(dialog.sig_saved, timeout=10_000):
        qtbot.keyClick(panel.reason_edit, Qt.Key.Key_S, CTRL)
    assert rows(workspace, f"SELECT channel FROM counseling_sessions WHERE id = {session.id}") == [
        ("전화",)
    ]
    story = workspace.corrections.history(admin, None, number)
    assert story.entries[-1].field_label == f"상담 {session.id} · 상담방법"


@pytest.fixture
def opening(workspace: Workspace, admin: Actor) -> dict[str, Any]:
    """A 경비 opening for one person, a seeker wanting 경비 referred to it."""
    plus = counselor_at(workspace, admin, "plus")
    employer = workspace.records.register_employer(plus, RegisterEmployer(name="가산빌딩관리"))
    saved = workspace.records.register_opening(
        plus,
        RegisterOpening(
            employer_no=employer.number,
            occupation="경비",
            headcount=1,
            registered_on=date(2018, 10, 1),
        ),
    )
    number = _seeker(workspace, plus, "홍경비", desired_job="경비")
    # Registered in October so that the opening stays within its registration period.
    referral = workspace.records.refer(
        plus, Refer(seeker_no=number, opening_no=saved.number, referred_on=date(2018, 10, 2))
    )
    return {"plus": plus, "opening": saved, "seeker": number, "referral": referral.id}


def test_a_placement_that_fills_its_opening_asks_to_close_it(
    qtbot: QtBot, workspace: Workspace, admin: Actor, tmp_path: Path, opening: dict[str, Any]
) -> None:
    plus = opening["plus"]
    seeker_id = workspace.browse.search_seekers(plus, opening["seeker"])[0].id
    assert [m.number for m in workspace.matching.openings_for_seeker(plus, seeker_id)] == [
        opening["opening"].number
    ]
    window = open_window(qtbot, workspace, plus, tmp_path)
    record = _open_record(qtbot, window, seeker_id)
    _press(qtbot, Qt.Key.Key_P, CTRL)  # 취업 (from the referral)
    panel = record.panel
    assert isinstance(panel, PlacementForm)
    type_over(qtbot, panel.date_edit, "2018-10-15")
    qtbot.keyClick(panel.date_edit, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(
        lambda: record.prompt is not None and record.prompt.objectName() == "close_filled_prompt",
        timeout=10_000,
    )
    box = record.prompt
    assert isinstance(box, QMessageBox)
    assert "채용인원이 모집인원에 이르렀습니다" in box.text()
    qtbot.keyClick(box, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)  # 마감(&K)
    qtbot.waitUntil(
        lambda: rows(workspace, "SELECT close_reason FROM job_openings") == [("채용완료",)],
        timeout=10_000,
    )
    # A filled opening no longer appears in 추천 구인.
    assert workspace.matching.openings_for_seeker(plus, seeker_id) == []


def test_an_opening_window_closes_and_reopens_it(
    qtbot: QtBot, workspace: Workspace, admin: Actor, tmp_path: Path, opening: dict[str, Any]
) -> None:
    plus = opening["plus"]
    window = open_window(qtbot, workspace, plus, tmp_path)
    with qtbot.waitSignal(window.record_windows.sig_opened, timeout=10_000) as opened:
        window.context.open_opening(opening["opening"].id)
    page = opened.args[0]
    assert isinstance(page, OpeningRecord)
    active(qtbot, page)
    assert page.values["채용"].text() == "0명 / 1명"
    assert page.referral_model.rowCount() == 1
    _press(qtbot, Qt.Key.Key_K, CTRL)
    reason = page.findChild(ReasonDialog)
    assert reason is not None
    prompt = " ".join(label.text() for label in reason.findChildren(QLabel))
    assert "'기타'로 마감합니다 (채용 0명 / 모집 1명)" in prompt
    active(qtbot, reason)
    commit(reason.reason_edit, "업체 요청으로 모집 중단")
    with qtbot.waitSignal(page.sig_loaded, timeout=10_000):
        qtbot.keyClick(reason.reason_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "마감(기타)" in page.values["상태"].text(), timeout=10_000)
    assert page.close_action.text() == "다시 열기"
    assert not page.match_action.isEnabled()
    story = workspace.corrections.history(admin, None, opening["opening"].number)
    assert [(e.field, e.old, e.new, e.reason) for e in story.entries[1:]] == [
        ("마감사유", "", "기타", "업체 요청으로 모집 중단")
    ]


def test_closing_due_lists_expired_and_filled_openings_and_closes_the_chosen(
    qtbot: QtBot, workspace: Workspace, admin: Actor, tmp_path: Path, opening: dict[str, Any]
) -> None:
    plus = opening["plus"]
    employer = workspace.records.register_employer(plus, RegisterEmployer(name="독산식품"))
    expired = workspace.records.register_opening(
        plus,
        RegisterOpening(
            employer_no=employer.number,
            occupation="포장",
            headcount=3,
            registered_on=date(2018, 10, 1),
            closes_on=date(2018, 10, 20),
        ),
    )
    workspace.records.record_placement(
        plus,
        RecordPlacement(
            seeker_no=opening["seeker"],
            placed_on=date(2018, 10, 15),
            referral_id=opening["referral"],
        ),
    )
    window = open_window(qtbot, workspace, plus, tmp_path)
    page = window.employers_page
    with qtbot.waitSignal(page.sig_loaded, timeout=10_000):
        window.show_page("employers")
    qtbot.waitUntil(lambda: page.closing_bar.isVisible(), timeout=10_000)
    assert page.closing_label.text() == (
        "마감할 구인 2건: 채용인원을 채운 구인 1건, 마감일이 지난 구인 1건."
    )
    dialog = page.close_due()
    assert isinstance(dialog, ClosingDueDialog)
    reasons = [(d.opening_no, d.reason.value) for d in dialog.chosen()]
    assert sorted(reasons) == sorted(
        [(opening["opening"].number, "채용완료"), (expired.number, "기간만료")]
    )
    dialog.select_only([[d.opening_no for d in dialog.model.rows()].index(expired.number)])
    active(qtbot, dialog)
    with qtbot.waitSignal(dialog.sig_closed, timeout=10_000) as closed:
        qtbot.keyClick(dialog.table, Qt.Key.Key_Return, CTRL)
    assert closed.args == [1]
    assert rows(workspace, "SELECT opening_no, close_reason FROM job_openings ORDER BY id") == [
        (opening["opening"].number, None),
        (expired.number, "기간만료"),
    ]


def test_merging_records_that_differ_needs_the_check_and_a_reason(
    qtbot: QtBot, workspace: Workspace, admin: Actor, team_lead: Actor
) -> None:
    plus = counselor_at(workspace, admin, "plus")
    keep = _seeker(workspace, plus, "최동일", phone="01012345678", gender=Gender.MALE)
    gone = _seeker(workspace, plus, "최동일", phone="01087654321", gender=Gender.MALE)
    dialog = MergeDialog(WorkContext(workspace, team_lead))
    qtbot.addWidget(dialog)
    dialog.show()
    active(qtbot, dialog)
    keep_item = workspace.browse.search_seekers(team_lead, keep)[0]
    gone_item = workspace.browse.search_seekers(team_lead, gone)[0]
    dialog.keep_picker.choose(keep_item)
    dialog.merge_picker.choose(gone_item)
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.difference_box.isVisible, timeout=10_000)
    assert "010-1234-5678" in dialog.difference_label.text()
    assert "010-8765-4321" in dialog.difference_label.text()
    assert dialog.same_check.hasFocus()
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)  # not confirmed yet
    assert "같은 사람이 맞으면" in dialog.status_label.text()
    assert rows(workspace, "SELECT count(*) FROM seeker_merges") == [(0,)]
    qtbot.keyClick(dialog.same_check, Qt.Key.Key_Space)
    dialog.reason_edit.setFocus()
    commit(dialog.reason_edit, "번호를 바꾼 같은 사람 (본인 확인)")
    with qtbot.waitSignal(dialog.sig_merged, timeout=10_000):
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    story = workspace.corrections.history(admin, None, keep)
    assert (story.entries[-1].field, story.entries[-1].reason) == (
        "병합",
        "번호를 바꾼 같은 사람 (본인 확인)",
    )


def test_a_team_lead_reassigns_the_chosen_seekers(
    qtbot: QtBot, workspace: Workspace, admin: Actor, team_lead: Actor, tmp_path: Path
) -> None:
    plus = counselor_at(workspace, admin, "plus")
    other = workspace.accounts.create_user(
        admin, "kim2", "test-pass-1", plus.role, desk="plus", display_name="김둘째"
    )
    numbers = [_seeker(workspace, plus, name) for name in ("가나다", "라마바", "사아자")]
    window = open_window(qtbot, workspace, team_lead, tmp_path)
    page = window.seekers_page
    with qtbot.waitSignal(page.model.sig_loaded, timeout=10_000):
        window.show_page("seekers")
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    page.table.setFocus()
    page.table.select_row(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Down, SHIFT)
    assert len(page.chosen_seekers()) == 2
    qtbot.keyClick(page.table, Qt.Key.Key_A, CTRL | SHIFT)
    dialog = window.findChild(ReassignDialog)
    assert dialog is not None
    dialog.counselor_combo.setCurrentIndex(dialog.counselor_combo.findData(other.username))
    active(qtbot, dialog)
    dialog.reason_edit.setFocus()
    commit(dialog.reason_edit, "업무 재배치")
    with qtbot.waitSignal(dialog.sig_reassigned, timeout=10_000) as done:
        qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)
    assert done.args == [2]
    names = rows(workspace, "SELECT counselor_name FROM job_seekers ORDER BY id")
    assert sorted(names) == [("plus 상담사",), ("김둘째",), ("김둘째",)]
    assert len(numbers) == 3


def test_a_counselor_cannot_reassign(
    qtbot: QtBot, workspace: Workspace, admin: Actor, tmp_path: Path
) -> None:
    plus = counselor_at(workspace, admin, "plus")
    window = open_window(qtbot, workspace, plus, tmp_path)
    page = window.seekers_page
    assert not page.reassign_action.isEnabled()
    assert not page.reassign_button.isVisibleTo(page)
    assert page.reassign() is None


def test_the_seeker_card_is_saved_as_a_pdf_with_its_reason_logged(
    qtbot: QtBot,
    workspace: Workspace,
    admin: Actor,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    plus = counselor_at(workspace, admin, "plus")
    number = _seeker(
        workspace,
        plus,
        "구직표",
        groups=("청년",),
        desired_wage="월 230만원",
        desk=parse_desk("plus"),
    )
    seeker_id = workspace.browse.search_seekers(plus, number)[0].id
    target = tmp_path / "구직표.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(target), ""))
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = open_window(qtbot, workspace, plus, tmp_path)
    window.context.settings = settings
    record = _open_record(qtbot, window, seeker_id)
    _press(qtbot, Qt.Key.Key_P, CTRL | Qt.KeyboardModifier.AltModifier)
    reason = record.findChild(ReasonDialog)
    assert reason is not None
    active(qtbot, reason)
    commit(reason.reason_edit, "본인 요청")
    qtbot.keyClick(reason.reason_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(target.exists, timeout=10_000)
    assert target.read_bytes().startswith(b"%PDF")
    logged = rows(workspace, "SELECT action, detail FROM access_log WHERE detail LIKE '구직표%'")
    assert logged == [("export", "구직표 PDF 저장 (사유: 본인 요청)")]
    qtbot.waitUntil(lambda: window.saved_bar.path == target)  # shown with 열기
    assert not window.saved_bar.isHidden()
