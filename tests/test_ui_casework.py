"""The casework tools of the main window: the 사후관리 page, 추천 구인 from a
seeker's record (Ctrl+M) and a team lead's 구직자 병합 with 되돌리기."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import SQLITE_ONLY, add_seeker, new_seeker, rows
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from qt_support import active, commit, open_window, refer

from deskapp.domain.access import Actor
from deskapp.domain.commands import LogSession, RecordPlacement, RegisterEmployer, RegisterOpening
from deskapp.domain.records import RecordKind
from deskapp.services.matching import Match
from deskapp.services.registration_periods import Expiring
from deskapp.services.rules.follow_up import WorkItem
from deskapp.services.workspace import Workspace
from deskapp.ui.casework import CaseworkTools
from deskapp.ui.casework.models import ExpiringModel, MatchesModel, WorkItemsModel
from deskapp.ui.casework.page import RetentionDialog
from deskapp.ui.main_window import MainWindow
from deskapp.ui.seeker_view import SeekerRecord

pytestmark = pytest.mark.usefixtures("boxes")
CTRL = Qt.KeyboardModifier.ControlModifier


def _window(
    qtbot: QtBot, workspace: Workspace, actor: Actor, tmp_path: Path
) -> tuple[MainWindow, CaseworkTools]:
    window = open_window(qtbot, workspace, actor, tmp_path)
    return window, window.tool(CaseworkTools)


def _items(model: WorkItemsModel) -> list[tuple[str, str, str]]:
    return [
        (model.index(r, 1).data(), model.index(r, 2).data(), model.index(r, 3).data())
        for r in range(model.rowCount())
    ]


@SQLITE_ONLY
def test_the_follow_up_page_lists_records_a_check_and_renews(
    qtbot: QtBot, workspace: Workspace, plus: Actor, tmp_path: Path
) -> None:
    records = workspace.records
    quiet = add_seeker(workspace, plus, "최연락", "2018-09-01")
    records.log_session(plus, LogSession(quiet.number, date(2018, 9, 20)))
    placed = add_seeker(workspace, plus, "한취업", "2018-09-01")
    records.log_session(plus, LogSession(placed.number, date(2018, 10, 29)))
    records.record_placement(plus, RecordPlacement(placed.number, date(2018, 9, 25)))
    ending = add_seeker(workspace, plus, "김만료", "2018-08-03")
    records.log_session(plus, LogSession(ending.number, date(2018, 10, 29)))
    window, tools = _window(qtbot, workspace, plus, tmp_path)
    page = tools.page
    window.show_page("casework")
    with qtbot.waitSignal(page.sig_counts, timeout=10_000):
        page.load()  # the window loaded it once as it was built: wait for this one
    work = _items(page.work_model)
    assert ("연락 없음", "최연락", "마지막 연락 2018-09-20") in work
    assert ("고용유지 확인", "한취업", "취업 1개월 고용유지 확인") in work
    assert page.heading.text() == "사후관리 — 할 일 2건 · 이번 주 등록 종료 1건"
    assert page.expiring_model.index(0, 2).data() == "김만료"
    assert window.today_page.casework_label.text() == "사후관리: 할 일 2건 · 이번 주 등록 종료 1건"

    # Enter on a row opens the seeker's record.
    row = [name for _, name, _ in work].index("최연락")
    page.work_table.setFocus()
    page.work_table.selectRow(row)
    with qtbot.waitSignal(window.records.sig_opened, timeout=10_000) as opened:
        qtbot.keyClick(page.work_table, Qt.Key.Key_Return)
    record = opened.args[0]
    assert isinstance(record, SeekerRecord) and record.seeker_id == quiet.id
    record.close()

    # Ctrl+K on the retention item: 재직 중, a note, Enter.
    active(qtbot, window)
    row = [kind for kind, _, _ in _items(page.work_model)].index("고용유지 확인")
    page.work_table.setFocus()
    page.work_table.selectRow(row)
    qtbot.keyClick(page.work_table, Qt.Key.Key_K, CTRL)
    dialog = page.dialog
    assert isinstance(dialog, RetentionDialog) and dialog.isVisible()
    qtbot.keyClicks(dialog.note_edit, "ok")
    with qtbot.waitSignal(page.sig_changed, timeout=10_000):
        qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(_items(page.work_model)) == 1, timeout=10_000)
    assert rows(workspace, "SELECT months, employed, note FROM retention_checks") == [(1, 1, "ok")]

    # Ctrl+G renews the registration ending this week.
    active(qtbot, window)
    page.expiring_table.setFocus()
    page.expiring_table.selectRow(0)
    with qtbot.waitSignal(page.sig_changed, timeout=10_000):
        qtbot.keyClick(page.expiring_table, Qt.Key.Key_G, CTRL)
    qtbot.waitUntil(lambda: page.expiring_model.rowCount() == 0, timeout=10_000)
    assert page.heading.text() == "사후관리 — 할 일 1건 · 이번 주 등록 종료 0건"
    assert page.status_label.text().startswith("김만료: 2019-01-30까지 갱신")


@SQLITE_ONLY
def test_the_days_without_contact_are_set_on_the_page_and_kept(
    qtbot: QtBot, workspace: Workspace, plus: Actor, tmp_path: Path
) -> None:
    quiet = add_seeker(workspace, plus, "최연락", "2018-09-01")
    workspace.records.log_session(plus, LogSession(quiet.number, date(2018, 9, 20)))  # 40 days ago
    window, tools = _window(qtbot, workspace, plus, tmp_path)
    page = tools.page
    window.show_page("casework")
    with qtbot.waitSignal(page.sig_counts, timeout=10_000):
        page.load()  # the window loaded it once as it was built: wait for this one
    assert page.days_spin.value() == 30
    assert [name for _, name, _ in _items(page.work_model)] == ["최연락"]
    qtbot.keyClick(page, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    assert page.days_spin.hasFocus()
    page.days_spin.selectAll()
    qtbot.keyClicks(page.days_spin, "45")
    with qtbot.waitSignal(page.sig_counts, timeout=10_000) as counted:
        qtbot.keyClick(page.days_spin, Qt.Key.Key_Return)
    assert counted.args == [0, 0] and page.work_model.rowCount() == 0
    assert window.today_page.casework_label.text().startswith("사후관리: 할 일 0건")
    window.close()
    # The next window starts from the number set.
    _again, tools = _window(qtbot, workspace, plus, tmp_path)
    assert tools.page.days_spin.value() == 45


@SQLITE_ONLY
def test_ctrl_m_in_the_record_recommends_openings_and_enter_refers(
    qtbot: QtBot, workspace: Workspace, plus: Actor, tmp_path: Path
) -> None:
    seeker = new_seeker(
        workspace, plus, "박경비", "2018-09-01", 희망직종="경비", 주소="서울 금천구 독산동"
    )
    r = workspace.records
    employer = r.register_employer(
        plus, RegisterEmployer("가산빌딩관리", address="서울 금천구 가산동")
    ).number
    r.register_opening(plus, RegisterOpening(employer, "한식 조리사", 1, date(2018, 10, 1)))
    guard = r.register_opening(
        plus, RegisterOpening(employer, "아파트 경비원", 1, date(2018, 10, 2))
    ).id
    window, _tools = _window(qtbot, workspace, plus, tmp_path)
    with qtbot.waitSignal(window.records.sig_opened, timeout=10_000) as opened:
        window.context.open_seeker(seeker)
    record = opened.args[0]
    assert isinstance(record, SeekerRecord)
    qtbot.waitUntil(record.isActiveWindow, timeout=5000)
    record.timeline.setFocus()
    qtbot.keyClick(record.timeline, Qt.Key.Key_M, CTRL)
    dialog = record.match_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=10_000)
    first = dialog.model.item(0)
    assert first is not None and first.id == guard
    assert dialog.model.index(0, 0).data() == "가산빌딩관리 · 아파트 경비원"
    assert dialog.model.index(0, 2).data().startswith("같은 직업(세분류) · 금천구")
    qtbot.waitUntil(dialog.table.hasFocus, timeout=5000)
    with qtbot.waitSignal(dialog.sig_referred, timeout=10_000):
        refer(qtbot, dialog)  # Enter, then 알선 (Enter)
    timeline = workspace.browse.timeline(plus, seeker)
    referrals = [e for e in timeline if e.kind is RecordKind.REFERRAL]
    assert len(referrals) == 1
    qtbot.waitUntil(lambda: "알선 1건" in record.counts_label.text(), timeout=10_000)
    dialog.close()
    record.close()


@SQLITE_ONLY
def test_a_team_lead_merges_two_records_and_undoes_it(
    qtbot: QtBot, workspace: Workspace, plus: Actor, team_lead: Actor, tmp_path: Path
) -> None:
    keep = new_seeker(workspace, plus, "홍길동", "2018-09-01", 연락처="010-1111-2222")
    duplicate = add_seeker(workspace, plus, "홍길동", "2018-09-05", 연락처="010-1111-2223")
    workspace.records.log_session(plus, LogSession(duplicate.number, date(2018, 9, 5)))
    gone = duplicate.id
    numbers = {i: n for i, n in rows(workspace, "SELECT id, seeker_no FROM job_seekers")}
    window, tools = _window(qtbot, workspace, team_lead, tmp_path)
    assert tools.merge_action is not None and tools.merge_action.isEnabled()
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_M, CTRL | Qt.KeyboardModifier.ShiftModifier)
    dialog = tools.merge_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.keep_edit, str(numbers[keep]))
    qtbot.keyClicks(dialog.merge_edit, str(numbers[gone]))
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "한 번 더" in dialog.status_label.text(), timeout=10_000)
    # The phones differ (a mistyped digit): one person only when ticked, with the reason.
    assert dialog.difference_box.isVisible() and dialog.same_check.hasFocus()
    qtbot.keyClick(dialog.same_check, Qt.Key.Key_Space)
    dialog.reason_edit.setFocus()
    commit(dialog.reason_edit, "연락처 오타")
    with qtbot.waitSignal(dialog.sig_merged, timeout=10_000):
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert rows(workspace, f"SELECT void FROM job_seekers WHERE id = {gone}") == [(1,)]
    assert rows(workspace, "SELECT seeker_id FROM counseling_sessions") == [(keep,)]
    assert tools.last_merge is not None and dialog.undo_button.isEnabled()
    with qtbot.waitSignal(dialog.sig_undone, timeout=10_000):
        qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert rows(workspace, f"SELECT void FROM job_seekers WHERE id = {gone}") == [(0,)]
    assert rows(workspace, "SELECT seeker_id FROM counseling_sessions") == [(gone,)]
    last_merge: int | None = tools.last_merge  # not the merge asserted above
    assert last_merge is None
    dialog.close()


@SQLITE_ONLY
def test_counselors_get_the_page_but_not_the_merge(
    qtbot: QtBot, workspace: Workspace, plus: Actor, tmp_path: Path
) -> None:
    window, tools = _window(qtbot, workspace, plus, tmp_path)
    assert "casework" in window.page_keys()
    assert tools.merge_action is None


def test_the_table_models_pass_the_model_tester(qtmodeltester: ModelTester) -> None:
    work = WorkItemsModel()
    work.set_rows(
        [
            WorkItem("no_contact", 1, "최연락", date(2018, 10, 20), "마지막 연락 2018-09-20"),
            WorkItem("retention_due", 2, "한취업", date(2018, 10, 25), "1개월", 7, 1),
        ]
    )
    qtmodeltester.check(work)
    expiring = ExpiringModel()
    expiring.set_rows([Expiring("job_seeker", 3, "김만료", date(2018, 11, 3))])
    qtmodeltester.check(expiring)
    matches = MatchesModel()
    matches.set_rows([Match(4, "업체 · 경비원", "1명, 월 220만원", (4, 2, 1), ("금천구",))])
    qtmodeltester.check(matches)
    assert work.index(1, 1).data() == "고용유지 확인"
