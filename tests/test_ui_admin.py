"""The administrator's tools in a real main window: accounts, access log, purge, backups,
the background check and the idle lock, driven through their widgets on real databases."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
import qt_support
from conftest import PASSWORD, SQLITE_ONLY, add_seeker, rows
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from qt_support import active, type_over
from workbooks import valid_sheets, write_book

from deskapp.domain.access import Actor
from deskapp.domain.audit import DEFAULT_IDLE_MINUTES, AccessAction
from deskapp.domain.commands import LogSession
from deskapp.domain.dates import Period
from deskapp.domain.errors import AuthenticationFailed
from deskapp.domain.records import Role
from deskapp.services.accounts import AccountEventItem, UserItem
from deskapp.services.audit import AccessEntry
from deskapp.services.backup import BackupInfo
from deskapp.services.workspace import Workspace
from deskapp.ui.admin import AdminTools
from deskapp.ui.admin.access_log import AccessLogDialog
from deskapp.ui.admin.accounts import AccountFormDialog, AccountsDialog
from deskapp.ui.admin.backup import BackupDialog, RestoreConfirmDialog
from deskapp.ui.admin.idle_lock import SETTINGS_KEY, IdleSettingsDialog, LockDialog
from deskapp.ui.admin.models import (
    AccessLogModel,
    AccountEventsModel,
    BackupCopiesModel,
    ReviewModel,
    UsersModel,
)
from deskapp.ui.admin.purge import PurgeDialog
from deskapp.ui.context import WorkContext
from deskapp.ui.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("boxes")
YEARS = [Period.year(y) for y in range(2009, 2019)]
SERVER_ONLY = pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)


@pytest.fixture
def open_window(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path
) -> Iterator[Callable[..., tuple[MainWindow, AdminTools]]]:
    """Build a real main window for an actor and start its tools (check off unless asked)."""
    built: list[AdminTools] = []

    def build(actor: Actor, **options: Any) -> tuple[MainWindow, AdminTools]:
        options.setdefault("check", False)
        window = qt_support.open_window(qtbot, workspace, actor, tmp_path)
        tools = window.tool(AdminTools)
        tools.start(**options)
        built.append(tools)
        return window, tools

    yield build
    for tools in built:
        tools.shutdown()
        lock = tools.idle_lock.dialog
        if lock is not None:
            lock.release()


def _cells(model: Any) -> list[list[str]]:
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def _menu_texts(tools: AdminTools) -> list[str]:
    return [a.text() for a in tools.menu.actions() if not a.isSeparator()]


# -- the menu and the role rules ---------------------------------------------------------------


@SQLITE_ONLY
def test_the_menu_holds_what_each_role_may_use(
    qtbot: QtBot, open_window: Any, admin: Actor, team_lead: Actor, counselor: Actor
) -> None:
    window, tools = open_window(admin, check=True)
    with qtbot.waitSignal(tools.check.sig_checked, timeout=10_000) as checked:
        pass
    assert checked.args[0].ok  # a sound database: nothing to warn about ...
    assert not tools.check.warning_label.isVisible()
    assert tools.check.dialog is None or not tools.check.dialog.isVisible()
    assert window.statusBar().currentMessage() == "데이터베이스 검사: 이상 없음"
    titles = [a.text() for a in window.menuBar().actions()]
    assert "관리(&A)" in titles and titles.index("관리(&A)") == titles.index("도움말(&H)") - 1
    assert _menu_texts(tools) == [
        "계정 관리(&A)…",
        "접속기록(&L)…",
        "백업·복원(&B)…",
        "개인정보 파기(&P)…",
        "직업분류 불러오기(&O)…",
        "데이터베이스 검사(&C)",
        "화면 잠금 설정(&S)…",
        "화면 잠그기(&K)",
    ]
    assert tools.actions["lock"].shortcut().toString() == "Ctrl+Shift+L"
    window.close()

    window, tools = open_window(team_lead)
    assert _menu_texts(tools) == ["데이터베이스 검사(&C)", "화면 잠그기(&K)"]
    assert tools.open_accounts() is None and tools.open_backup() is None
    assert tools.open_purge() is None and tools.open_access_log() is None
    tools.actions["check"].trigger()  # a team lead may check (it only reads)
    qtbot.waitUntil(lambda: tools.check.dialog is not None and tools.check.dialog.isVisible())
    assert "문제가 없습니다" in tools.check.dialog.summary_label.text()
    tools.check.dialog.close()
    window.close()

    window, tools = open_window(counselor)
    assert _menu_texts(tools) == ["화면 잠그기(&K)"]
    assert tools.run_check() is False and tools.open_lock_settings() is None


@SQLITE_ONLY
def test_a_counselor_calling_the_admin_screens_sees_korean_refusals(
    qtbot: QtBot, workspace: Workspace, counselor: Actor
) -> None:
    refusal = "'계정 관리' 권한이 없습니다"
    accounts = AccountsDialog(WorkContext(workspace, counselor))
    qtbot.addWidget(accounts)
    accounts.show()
    qtbot.waitUntil(lambda: refusal in accounts.status_label.text())
    assert accounts.status_label.is_error() and accounts.users_model.rowCount() == 0

    log = AccessLogDialog(WorkContext(workspace, counselor))
    qtbot.addWidget(log)
    log.show()
    qtbot.waitUntil(lambda: refusal in log.status_label.text())
    assert log.log_model.rowCount() == 0

    purge = PurgeDialog(WorkContext(workspace, counselor))
    qtbot.addWidget(purge)
    purge.show()
    assert not purge.purge_button.isEnabled()  # nothing is erased without the confirmation
    qtbot.keyClick(purge.confirm_box, Qt.Key.Key_Space)
    qtbot.mouseClick(purge.purge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: refusal in purge.status_label.text())
    assert purge.report is None

    backup = BackupDialog(WorkContext(workspace, counselor))
    qtbot.addWidget(backup)
    backup.show()
    qtbot.waitUntil(lambda: backup.backup_button.isEnabled())
    qtbot.mouseClick(backup.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "'백업·복원' 권한이 없습니다" in backup.status_label.text())
    assert not list((workspace.backups.folder).glob("*manual*"))


# -- 계정 관리 --------------------------------------------------------------------------------


def test_an_account_added_in_the_dialog_logs_in_until_it_is_disabled(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    open_window: Any,
    workspace: Workspace,
    admin: Actor,
) -> None:
    _, tools = open_window(admin)
    dialog = tools.open_accounts()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.users_model.rowCount() == 1)
    active(qtbot, dialog)
    assert _cells(dialog.users_model) == [["admin", "관리자", "관리자", "", "사용 중"]]

    qtbot.keyClick(dialog.users_view, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.form is not None)  # a mnemonic clicks after a moment
    form = dialog.form
    assert isinstance(form, AccountFormDialog) and form.isVisible()
    type_over(qtbot, form.username_edit, "9kim")
    type_over(qtbot, form.password_edit, "short")
    type_over(qtbot, form.confirm_edit, "other")
    qtbot.keyClick(form.confirm_edit, Qt.Key.Key_Return)
    assert form.isVisible()
    assert form.errors.messages() == {
        "사용자 이름": "'9kim': 영문자로 시작하는 2~40자 영문·숫자여야 합니다.",
        "비밀번호": "8자 이상이어야 합니다.",
        "비밀번호 확인": "비밀번호와 비밀번호 확인이 같지 않습니다.",
        "창구": "상담사 계정에는 창구가 필요합니다.",
    }
    assert form.focusWidget() is form.username_edit  # the first field with a problem

    # The service's own refusal lands under its field too.
    type_over(qtbot, form.username_edit, "admin")
    type_over(qtbot, form.display_edit, "김상담")
    form.desk_combo.setFocus()
    qtbot.keyClick(form.desk_combo, Qt.Key.Key_Down)
    assert form.desk() == "plus" and form.role() is Role.COUNSELOR
    type_over(qtbot, form.password_edit, PASSWORD)
    type_over(qtbot, form.confirm_edit, PASSWORD)
    qtbot.keyClick(form.confirm_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(form.errors.messages()), timeout=10_000)
    assert form.errors.messages() == {"사용자 이름": "'admin'은 이미 있는 계정입니다."}

    type_over(qtbot, form.username_edit, "kim.c")
    with qtbot.waitSignal(dialog.sig_loaded, timeout=10_000):
        qtbot.keyClick(form.confirm_edit, Qt.Key.Key_Return)
    assert dialog.form is None  # the form closed
    assert ["kim.c", "김상담", "상담사", "일자리플러스센터", "사용 중"] in _cells(
        dialog.users_model
    )
    assert dialog.selected_user().username == "kim.c"
    assert "kim.c 계정을 저장했습니다" in dialog.status_label.text()
    actor = workspace.accounts.authenticate("kim.c", PASSWORD)
    assert (actor.role, actor.desk, actor.display_name) == (Role.COUNSELOR, "plus", "김상담")

    assert dialog.active_button.text() == "사용 중지(&D)"
    active(qtbot, dialog)
    with qtbot.waitSignal(dialog.sig_loaded, timeout=10_000):
        qtbot.keyClick(dialog.users_view, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    row = dialog.users_model.row_of("kim.c")
    assert _cells(dialog.users_model)[row][4] == "사용 중지"
    assert dialog.active_button.text() == "다시 사용(&E)"
    with pytest.raises(AuthenticationFailed, match="사용자 이름 또는 비밀번호가 맞지 않습니다"):
        workspace.accounts.authenticate("kim.c", PASSWORD)

    events = [(e[2], e[3]) for e in _cells(dialog.events_model)]
    assert events[:2] == [("kim.c", "사용 중지"), ("kim.c", "계정 추가")]
    for model in (dialog.users_model, dialog.events_model):
        qtmodeltester.check(model)


@SQLITE_ONLY
def test_role_desk_and_password_change_in_the_dialog(
    qtbot: QtBot, open_window: Any, workspace: Workspace, admin: Actor, counselor: Actor
) -> None:
    _, tools = open_window(admin)
    dialog = tools.open_accounts()
    qtbot.waitUntil(lambda: dialog.users_model.rowCount() == 2)
    assert dialog.select_user("c-plus")

    role_form = dialog.change_role()
    assert role_form is not None and role_form.role_combo.currentText() == "상담사"
    role_form.desk_combo.setCurrentIndex(0)  # (없음): a counselor needs a desk
    qtbot.keyClick(role_form.desk_combo, Qt.Key.Key_Return)
    assert role_form.errors.messages() == {"창구": "상담사 계정에는 창구가 필요합니다."}
    role_form.role_combo.setCurrentIndex(role_form.role_combo.findData(Role.TEAM_LEAD.value))
    with qtbot.waitSignal(dialog.sig_loaded, timeout=10_000):
        qtbot.mouseClick(role_form.save_button, Qt.MouseButton.LeftButton)
    row = dialog.users_model.row_of("c-plus")
    assert _cells(dialog.users_model)[row][2:4] == ["팀장", ""]

    password_form = dialog.reset_password()
    assert password_form is not None
    type_over(qtbot, password_form.password_edit, "new-pass-22")
    type_over(qtbot, password_form.confirm_edit, "new-pass-22")
    with qtbot.waitSignal(dialog.sig_loaded, timeout=10_000):
        qtbot.keyClick(password_form.confirm_edit, Qt.Key.Key_Return)
    actor = workspace.accounts.authenticate("c-plus", "new-pass-22")
    assert actor.role is Role.TEAM_LEAD and actor.desk is None
    assert [e[3] for e in _cells(dialog.events_model)][:2] == ["비밀번호 재설정", "역할·창구 변경"]


# -- 접속기록 ---------------------------------------------------------------------------------


def _open_log(qtbot: QtBot, tools: AdminTools) -> AccessLogDialog:
    dialog = tools.open_access_log()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.log_model.rowCount() > 0, timeout=10_000)
    qtbot.waitUntil(lambda: dialog.query_button.isEnabled())
    active(qtbot, dialog)
    return dialog


def test_the_access_log_shows_log_ins_and_filters_by_action_and_account(
    qtbot: QtBot, qtmodeltester: ModelTester, open_window: Any, admin: Actor, counselor: Actor
) -> None:
    _, tools = open_window(admin)
    dialog = _open_log(qtbot, tools)
    shown = _cells(dialog.log_model)
    assert [dialog.log_model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)] == [
        "시각",
        "계정",
        "호스트",
        "행위",
        "대상",
        "내용",
    ]
    assert any(row[1] == "admin" and row[3] == "로그인" for row in shown)
    assert any(row[3] == "계정 관리" and row[4] == "계정 c-plus" for row in shown)
    times = [row[0] for row in shown]
    assert times == sorted(times, reverse=True)  # newest first

    dialog.action_combo.setFocus()
    dialog.set_action(AccessAction.LOGIN)
    with qtbot.waitSignal(dialog.sig_loaded, timeout=10_000) as loaded:
        qtbot.keyClick(dialog.action_combo, Qt.Key.Key_Return)
    assert loaded.args[0] >= 1
    assert {row[3] for row in _cells(dialog.log_model)} == {"로그인"}

    dialog.set_action(None)
    type_over(qtbot, dialog.user_edit, "c-plus")
    with qtbot.waitSignal(dialog.sig_loaded, timeout=10_000):
        qtbot.keyClick(dialog.user_edit, Qt.Key.Key_Return)
    assert {row[1] for row in _cells(dialog.log_model)} == set()  # c-plus did nothing itself

    type_over(qtbot, dialog.user_edit, "admin")
    dialog.set_period(date(2000, 1, 2), date(2000, 1, 1))
    qtbot.mouseClick(dialog.query_button, Qt.MouseButton.LeftButton)
    assert "시작일" in dialog.status_label.text() and dialog.status_label.is_error()
    qtmodeltester.check(dialog.log_model)


@SQLITE_ONLY
def test_csv_export_writes_the_periods_imports_and_exports(
    qtbot: QtBot,
    open_window: Any,
    workspace: Workspace,
    admin: Actor,
    team_lead: Actor,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    workspace.imports.import_workbook(admin, write_book(tmp_path / "기록.xlsx", valid_sheets()))
    workspace.statistics.export_table(team_lead, Period.year(2018), "월간 보고")
    target = tmp_path / "접속기록"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(target), ""))
    _, tools = open_window(admin)
    dialog = _open_log(qtbot, tools)
    with qtbot.waitSignal(dialog.sig_exported, timeout=10_000) as exported:
        qtbot.keyClick(dialog.log_view, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    written = tmp_path / "접속기록.csv"
    assert exported.args == [written]
    assert str(written) in dialog.status_label.text()
    lines = written.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "시각,계정,호스트,행위,대상,대상번호,내용"
    imports = [line for line in lines if ",가져오기,가져온 통합문서," in line]
    exports = [line for line in lines if ",내보내기,통계," in line]
    assert len(imports) == 1 and "기록.xlsx" in imports[0] and ",admin," in imports[0]
    assert len(exports) == 1 and "사유: 월간 보고" in exports[0] and ",lead," in exports[0]


def test_the_monthly_review_lists_an_export_with_its_reason(
    qtbot: QtBot, open_window: Any, workspace: Workspace, admin: Actor, team_lead: Actor
) -> None:
    workspace.statistics.export_table(team_lead, Period.month(2018, 10), "월간 보고")
    _, tools = open_window(admin)
    dialog = _open_log(qtbot, tools)
    qtbot.keyClick(dialog.log_view, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    assert dialog.tabs.currentIndex() == 1
    today = date.today()
    assert (dialog.year_spin.value(), dialog.month_combo.currentData()) == (today.year, today.month)
    with qtbot.waitSignal(dialog.sig_reviewed, timeout=10_000) as reviewed:
        qtbot.keyClick(dialog.month_combo, Qt.Key.Key_Return)
    assert reviewed.args == [1]
    [row] = _cells(dialog.review_model)
    assert row[1:4] == ["lead", "내보내기", "월간 보고"]
    assert "통계표 2018-10-01 ~ 2018-10-31" in row[4]
    assert "내보내기 1건" in dialog.review_caption.text()

    dialog.year_spin.setValue(today.year - 1)
    with qtbot.waitSignal(dialog.sig_reviewed, timeout=10_000) as reviewed:
        qtbot.mouseClick(dialog.review_button, Qt.MouseButton.LeftButton)
    assert reviewed.args == [0] and dialog.review_model.rowCount() == 0


# -- 개인정보 파기 -----------------------------------------------------------------------------


def test_purge_through_the_dialog_anonymizes_an_old_seeker_and_keeps_the_statistics(
    qtbot: QtBot, open_window: Any, workspace: Workspace, admin: Actor, counselor: Actor
) -> None:
    records = workspace.records
    old = add_seeker(workspace, counselor, "김옛날", "2010-03-02", 연락처="010-2222-3333")
    records.log_session(counselor, LogSession(old.number, date(2011, 5, 1), notes="옛 상담"))
    recent = add_seeker(workspace, counselor, "이최근", "2018-03-02")
    before = [workspace.statistics.table(admin, p) for p in YEARS]
    window, tools = open_window(admin)
    dialog = tools.open_purge()
    assert dialog is not None and dialog.years_spin.value() == 5
    assert "2013-10-30 전에 등록" in dialog.cutoff_label.text()
    assert not dialog.purge_button.isEnabled()
    qtbot.keyClick(dialog.years_spin, Qt.Key.Key_Return)  # Enter closes, never erases
    assert not dialog.isVisible()
    assert rows(workspace, "SELECT count(*) FROM job_seekers WHERE anonymized_at IS NOT NULL") == [
        (0,)
    ]
    dialog = tools.open_purge()
    assert dialog is not None
    dialog.confirm_box.setFocus()
    qtbot.keyClick(dialog.confirm_box, Qt.Key.Key_Space)
    assert dialog.purge_button.isEnabled()
    active(qtbot, dialog)
    with (
        qtbot.waitSignal(dialog.sig_purged, timeout=15_000) as purged,
        qtbot.waitSignal(window.context.sig_data_changed, timeout=15_000),
    ):
        qtbot.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    report = purged.args[0]
    assert report.anonymized == 1 and report.inactive_before == date(2013, 10, 30)
    text = dialog.status_label.text()
    assert "구직자 1명의 개인정보를 지웠습니다" in text
    if workspace.db.path is not None:
        assert report.backup is not None and report.backup.exists()
        assert f"파기 전 사본: {report.backup}" in text
    else:
        assert report.backup is None and "서버 데이터베이스" in text
    assert rows(workspace, f"SELECT name, phone FROM job_seekers WHERE id = {old.id}") == [
        ("(익명)", None)
    ]
    assert rows(workspace, f"SELECT notes FROM counseling_sessions WHERE seeker_id = {old.id}") == [
        (None,)
    ]
    assert rows(workspace, f"SELECT name FROM job_seekers WHERE id = {recent.id}") == [("이최근",)]
    assert [workspace.statistics.table(admin, p) for p in YEARS] == before
    assert not dialog.confirm_box.isChecked() and not dialog.purge_button.isEnabled()


# -- 백업·복원 --------------------------------------------------------------------------------


@SQLITE_ONLY
def test_backup_then_restore_through_the_dialog_brings_back_the_statistics(
    qtbot: QtBot,
    open_window: Any,
    workspace: Workspace,
    admin: Actor,
    counselor: Actor,
    tmp_path: Path,
) -> None:
    workspace.imports.import_workbook(admin, write_book(tmp_path / "r.xlsx", valid_sheets()))
    year = Period.year(2018)
    before = workspace.statistics.table(admin, year)
    window, tools = open_window(admin)
    dialog = tools.open_backup()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.copies_model.rowCount() == 1)  # taken before the import
    active(qtbot, dialog)
    with qtbot.waitSignal(dialog.sig_backed_up, timeout=10_000) as backed_up:
        qtbot.keyClick(dialog, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    copy = backed_up.args[0]
    assert copy.exists() and copy.parent == workspace.backups.folder
    qtbot.waitUntil(lambda: dialog.copies_model.rowCount() == 2)
    assert f"백업했습니다: {copy}" in dialog.status_label.text()
    assert dialog.selected_copy().path == copy
    kinds = {row[3]: row[1] for row in _cells(dialog.copies_model)}
    assert kinds[copy.name] == "지금 백업" and "가져오기 전" in kinds.values()

    seeker = add_seeker(workspace, counselor, "추가분", "2018-05-01")
    workspace.records.log_session(counselor, LogSession(seeker.number, date(2018, 5, 1)))
    assert workspace.statistics.table(admin, year) != before

    confirm = dialog.restore_selected()
    assert isinstance(confirm, RestoreConfirmDialog) and confirm.isVisible()
    warning = " ".join(label.text() for label in confirm.findChildren(QLabel))
    assert "지금 데이터베이스의 모든 데이터를 이 사본의 데이터로 바꿉니다" in warning
    assert "‘복원 전’ 사본으로 저장" in warning and copy.name in warning
    assert not confirm.restore_button.isEnabled()
    qtbot.keyClick(confirm.understood_box, Qt.Key.Key_Return)  # Enter cancels
    assert not confirm.isVisible()
    assert workspace.statistics.table(admin, year) != before

    confirm = dialog.restore_selected()
    assert confirm is not None
    qtbot.keyClick(confirm.understood_box, Qt.Key.Key_Space)
    active(qtbot, confirm)
    with (
        qtbot.waitSignal(tools.sig_data_replaced, timeout=15_000) as replaced,
        qtbot.waitSignal(window.context.sig_data_changed, timeout=15_000),
    ):
        qtbot.keyClick(confirm, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    source, saved = replaced.args
    assert source == copy and saved.exists() and "before-restore" in saved.name
    assert workspace.statistics.table(admin, year) == before
    qtbot.waitUntil(lambda: dialog.copies_model.rowCount() == 3)
    assert "이제 창의 데이터는 이 사본의 데이터입니다" in dialog.status_label.text()
    assert str(saved) in dialog.status_label.text()
    assert "복원한 사본의 데이터" in window.statusBar().currentMessage()
    assert "복원 전" in [row[1] for row in _cells(dialog.copies_model)]


@SERVER_ONLY
def test_backup_of_a_server_database_shows_the_services_message(
    qtbot: QtBot, open_window: Any, admin: Actor
) -> None:
    _, tools = open_window(admin)
    dialog = tools.open_backup()
    assert dialog is not None
    assert "pg_dump" in dialog.unavailable and dialog.status_label.text() == dialog.unavailable
    assert not dialog.backup_button.isEnabled() and not dialog.file_button.isEnabled()
    dialog.backup_now()
    assert dialog.restore_file() is None and dialog.copies_model.rowCount() == 0


# -- the background check -------------------------------------------------------------------------


@SQLITE_ONLY
def test_the_background_check_reports_a_planted_problem(
    qtbot: QtBot, open_window: Any, workspace: Workspace, admin: Actor, tmp_path: Path
) -> None:
    workspace.imports.import_workbook(admin, write_book(tmp_path / "r.xlsx", valid_sheets()))
    assert workspace.db.path is not None
    with sqlite3.connect(workspace.db.path) as connection:
        connection.execute(
            "UPDATE daily_counts SET n = n + 5 WHERE measure = 'sessions' AND day = "
            "(SELECT min(day) FROM daily_counts WHERE measure = 'sessions')"
        )
    connection.close()
    window, tools = open_window(admin, check=True)
    assert window.isVisible() and window.isEnabled()  # the window does not wait for the check
    with qtbot.waitSignal(tools.check.sig_checked, timeout=15_000) as checked:
        pass
    report = checked.args[0]
    assert not report.ok and report.statistics
    assert tools.check.warning_label.isVisible()
    assert f"문제 {len(report.lines())}건" in tools.check.warning_label.text()
    dialog = tools.check.dialog
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    assert dialog.lines() == report.lines()
    assert any(line.startswith("통계: 2018년") and "sessions" in line for line in dialog.lines())
    # The year's table and the monthly figure of the changed day's month.
    assert "문제를 2건 찾았습니다" in dialog.summary_label.text()

    dialog.close()
    with qtbot.waitSignal(tools.check.sig_checked, timeout=15_000):
        tools.actions["check"].trigger()
    assert dialog.isVisible() and dialog.lines() == report.lines()


# -- the idle lock ------------------------------------------------------------------------------


def _access_actions(workspace: Workspace, action: AccessAction) -> list[tuple[object, ...]]:
    return rows(workspace, f"SELECT username, detail FROM access_log WHERE action = '{action}'")


@SQLITE_ONLY
def test_the_idle_lock_hides_the_data_until_the_right_password(
    qtbot: QtBot, open_window: Any, workspace: Workspace, admin: Actor
) -> None:
    window, tools = open_window(admin, idle_ms=60_000)
    lock = tools.idle_lock
    accounts = tools.open_accounts()
    assert accounts is not None
    qtbot.waitUntil(lambda: accounts.users_model.rowCount() == 1)
    with qtbot.waitSignal(lock.sig_locked, timeout=3000) as locked:
        lock.set_interval_ms(400)
    assert "0.4초 동안 입력이 없었습니다" in locked.args[0]
    dialog = lock.dialog
    assert dialog is not None and dialog.isVisible() and dialog.isModal()
    assert not window.isVisible() and not accounts.isVisible()  # no record is in sight
    qtbot.waitUntil(lambda: _access_actions(workspace, AccessAction.LOCK) != [])
    assert _access_actions(workspace, AccessAction.LOCK) == [("admin", "입력 없이 0.4초")]

    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Escape)  # Esc does not unlock
    assert dialog.isVisible() and lock.is_locked()
    type_over(qtbot, dialog.password_edit, "wrong-pass-1")
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.error_label.isVisible, timeout=10_000)
    assert dialog.error_label.text() == (
        "비밀번호가 맞지 않습니다 (1/5회). 5번 틀리면 계정이 10분 동안 잠깁니다."
    )
    assert lock.is_locked() and not window.isVisible() and dialog.password_edit.text() == ""
    late = AccessLogDialog(
        WorkContext(workspace, admin), parent=window
    )  # a window opened while locked
    late.show()
    qtbot.waitUntil(lambda: not late.isVisible())

    type_over(qtbot, dialog.password_edit, PASSWORD)
    with qtbot.waitSignal(lock.sig_unlocked, timeout=10_000):
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    lock.set_interval_ms(60_000)
    assert window.isVisible() and accounts.isVisible() and late.isVisible()
    assert not lock.is_locked() and lock.dialog is None
    late.close()
    failed = _access_actions(workspace, AccessAction.LOGIN_FAILED)
    assert failed == [("admin", "비밀번호 틀림 (1회째)")]

    # Input keeps it open; Ctrl+Shift+L locks at once.
    active(qtbot, window)
    lock.set_interval_ms(1000)
    for _ in range(15):
        qtbot.keyClick(window.nav, Qt.Key.Key_Down)
        qtbot.wait(100)
    assert not lock.is_locked()
    lock.set_interval_ms(60_000)
    with qtbot.waitSignal(lock.sig_locked, timeout=3000) as locked:
        qtbot.keyClick(
            window.nav,
            Qt.Key.Key_L,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    assert "잠그기를 선택했습니다" in locked.args[0] and not window.isVisible()
    again: LockDialog | None = lock.dialog  # not the None asserted above
    assert again is not None
    active(qtbot, again)
    with qtbot.waitSignal(lock.sig_quit_requested, timeout=3000):
        qtbot.keyClick(again.password_edit, Qt.Key.Key_X, Qt.KeyboardModifier.AltModifier)
    assert not window.isVisible() and not accounts.isVisible() and lock.dialog is None


@SQLITE_ONLY
def test_the_idle_minutes_are_chosen_in_a_dialog_and_kept(
    qtbot: QtBot, open_window: Any, admin: Actor, tmp_path: Path
) -> None:
    window, tools = open_window(admin)
    assert tools.idle_lock.interval_ms == DEFAULT_IDLE_MINUTES * 60_000
    dialog = tools.open_lock_settings()
    assert isinstance(dialog, IdleSettingsDialog)
    assert dialog.minutes_spin.value() == DEFAULT_IDLE_MINUTES
    qtbot.keyClicks(dialog.minutes_spin, "3")
    qtbot.keyClick(dialog.minutes_spin, Qt.Key.Key_Return)
    assert tools.idle_lock.interval_ms == 3 * 60_000
    assert window.pc_settings.value(SETTINGS_KEY) in (3, "3")  # the PC's, not the account's
    window.close()
    window, tools = open_window(admin)
    assert tools.idle_lock.interval_ms == 3 * 60_000


# -- the table models -------------------------------------------------------------------------


@SQLITE_ONLY
def test_every_table_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    at = datetime(2026, 3, 2, 9, 30)
    entries = [
        AccessEntry(
            i,
            at,
            f"user{i % 7}",
            "desk-pc",
            action,
            "statistics",
            None,
            None,
            f"통계표 · 사유: 보고 {i}",
        )
        for i, action in zip(range(450), [*AccessAction] * 40, strict=False)
    ]
    users = [
        UserItem(1, "admin", "관리자", Role.ADMIN, None, True, None, at),
        UserItem(2, "c-dong", "동 상담사", Role.COUNSELOR, "dong", False, None, at),
        UserItem(3, "lead", "팀장", Role.TEAM_LEAD, None, True, datetime(2999, 1, 1), at),
    ]
    copies = [BackupInfo(Path(f"/b/deskapp-{i}.sqlite3"), at, "daily", 2_500_000) for i in range(3)]
    events = [AccountEventItem(at, "admin", "lead", "role", "상담사/plus → 팀장/-")]
    contents: list[tuple[type[Any], list[Any]]] = [
        (AccessLogModel, entries),
        (ReviewModel, entries),
        (UsersModel, users),
        (AccountEventsModel, events),
        (BackupCopiesModel, copies),
    ]
    for kind, content in contents:
        qtmodeltester.check(kind())  # empty
        model = kind()
        model.set_rows(content)
        qtmodeltester.check(model)  # the tester stays attached: a new content is checked too
        model.set_rows(content[:1])
        model.set_rows([])

    log = AccessLogModel()  # rows reach a view in batches
    log.set_rows(entries)
    root = log.index(0, 0).parent()
    assert log.rowCount() == 200 and log.canFetchMore(root)
    while log.canFetchMore(root):
        log.fetchMore(root)
    assert log.rowCount() == 450 and log.total() == 450
    accounts = UsersModel()
    accounts.set_rows(users)
    assert [row[4] for row in _cells(accounts)][:2] == ["사용 중", "사용 중지"]
    assert _cells(accounts)[2][4].startswith("잠김")
    assert accounts.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert accounts.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    review = ReviewModel()
    review.set_rows(entries[:3])
    assert [row[3] for row in _cells(review)] == ["보고 0", "보고 1", "보고 2"]
    backups = BackupCopiesModel()
    backups.set_rows(copies)
    assert _cells(backups)[0][1:3] == ["매일 자동", "2.4 MB"]
    assert backups.index(0, 2).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight


@SQLITE_ONLY
def test_the_window_warns_at_once_of_damage_a_check_found_before(
    workspace: Workspace, admin: Actor, open_window: Callable[..., tuple[MainWindow, AdminTools]]
) -> None:
    path = workspace.db.path
    assert path is not None
    marker = path.with_name(path.name + ".damaged")
    marker.write_text("*** in database main ***\nrow 3 missing from index", encoding="utf-8")
    assert workspace.check.last_damage() == ["*** in database main ***", "row 3 missing from index"]
    _window, tools = open_window(admin)  # no check runs: the warning is there at once
    label = tools.check.warning_label
    assert label.isVisible() and "마지막 검사에서 파일 손상을 찾았습니다" in label.text()
    assert "row 3 missing from index" in label.toolTip()
    assert workspace.check.run().ok and not marker.exists()  # a sound check clears it
