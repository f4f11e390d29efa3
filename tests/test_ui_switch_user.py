"""Log-out and switching users without restarting, and what each account keeps on a shared PC:
the log-in's user name, the last page and desk, the window's size, the export folder."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from conftest import PASSWORD, SQLITE_ONLY, TODAY, counselor_at, rows
from PySide6.QtCore import QSettings, Qt, QThreadPool, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from qt_support import active, commit, type_over
from sqlalchemy import Engine, event
from sqlalchemy.orm import Session

from deskapp.domain.access import Actor
from deskapp.domain.records import Role
from deskapp.services.workspace import Workspace
from deskapp.ui import startup as startup_module
from deskapp.ui.forms import FormDialog, SeekerForm
from deskapp.ui.login import LoginDialog
from deskapp.ui.main_window import MainWindow
from deskapp.ui.startup import Startup
from deskapp.ui.workers import QueryOp

pytestmark = pytest.mark.usefixtures("boxes")
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    """The PC's settings file (a fresh PC)."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def startup(workspace: Workspace, settings: QSettings) -> Iterator[Startup]:
    made = Startup(workspace.location, settings, today=TODAY)
    quits = QGuiApplication.quitOnLastWindowClosed()
    yield made
    made.close()
    QGuiApplication.setQuitOnLastWindowClosed(quits)


@pytest.fixture
def people(workspace: Workspace, admin: Actor) -> dict[str, Actor]:
    accounts = workspace.accounts
    return {
        "counselor": counselor_at(workspace, admin, "plus"),
        "lead": accounts.create_user(
            admin, "lead", PASSWORD, Role.TEAM_LEAD, display_name="박팀장"
        ),
    }


def _login_dialog(qtbot: QtBot, startup: Startup) -> LoginDialog:
    qtbot.waitUntil(lambda: startup.login is not None and startup.login.isVisible(), timeout=15_000)
    login = startup.login
    assert login is not None
    qtbot.addWidget(login)
    return login


def _log_in(qtbot: QtBot, startup: Startup, username: str) -> MainWindow:
    login = _login_dialog(qtbot, startup)
    active(qtbot, login)
    type_over(qtbot, login.username_edit, username)
    type_over(qtbot, login.password_edit, PASSWORD)
    with qtbot.waitSignal(startup.sig_window_shown, timeout=15_000) as shown:
        qtbot.keyClick(login.password_edit, Qt.Key.Key_Return)
    window = shown.args[0]
    assert isinstance(window, MainWindow)  # Startup closes it (a log-out deletes it)
    active(qtbot, window)
    return window


def _new_seeker_form(qtbot: QtBot, window: MainWindow) -> FormDialog:
    window.show_page("seekers")
    qtbot.keyClick(window.nav, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    forms = [d for d in window.findChildren(FormDialog) if d.isVisible()]
    assert len(forms) == 1
    qtbot.waitUntil(forms[0].isActiveWindow, timeout=5000)
    return forms[0]


def _actions(workspace: Workspace, action: str) -> list[str]:
    found = rows(
        workspace, f"SELECT username FROM access_log WHERE action = '{action}' ORDER BY id"
    )
    return [str(username) for (username,) in found]


# -- 사용자 전환 and 로그아웃 -----------------------------------------------------------------


def _gone(widget: QWidget) -> bool:
    """Not on screen: hidden, or already deleted (a closed window is deleted later)."""
    return not (shiboken6.isValid(widget) and widget.isVisible())


@SQLITE_ONLY
def test_a_team_lead_takes_over_a_counselors_window_without_restarting(
    qtbot: QtBot,
    startup: Startup,
    workspace: Workspace,
    settings: QSettings,
    people: dict[str, Actor],
) -> None:
    settings.setValue("login/remember_account", True)  # even where the PC remembers accounts
    startup.start()
    window = _log_in(qtbot, startup, "c-plus")
    assert window.current_desk() == "plus"
    form = _new_seeker_form(qtbot, window)  # an open form with nothing typed: no question
    retention = window.open_retention()
    active(qtbot, window)

    qtbot.keyClick(window.nav, Qt.Key.Key_U, CTRL_SHIFT)  # 파일 › 사용자 전환 (Ctrl+Shift+U)
    login = _login_dialog(qtbot, startup)
    assert startup.window is None
    assert not shiboken6.isValid(form) or not form.isVisible()
    assert _gone(retention) and _gone(window)
    assert login.username_edit.text() == ""  # someone else logs in
    assert _actions(workspace, "logout") == ["c-plus"]

    lead = _log_in(qtbot, startup, "lead")
    shown: MainWindow | None = startup.window  # not the None asserted above
    assert lead is not window and shown is lead
    assert lead.actor.username == "lead"
    assert lead.user_label.text() == "박팀장 (lead) · 팀장"
    assert [lead.desk_combo.itemData(i) for i in range(lead.desk_combo.count())] == [
        "plus",
        "gvalley",
        "dong",
        "welfare",
    ]
    qtbot.waitUntil(lambda: not shiboken6.isValid(window), timeout=5000)  # the old one is gone
    assert startup.admin_tools is not None and startup.admin_tools.actor.username == "lead"


@SQLITE_ONLY
def test_log_out_asks_about_unsaved_input_and_cancelling_the_log_in_ends_the_program(
    qtbot: QtBot, startup: Startup, workspace: Workspace, people: dict[str, Actor]
) -> None:
    startup.start()
    window = _log_in(qtbot, startup, "c-plus")
    form = _new_seeker_form(qtbot, window)
    assert isinstance(form.panel, SeekerForm)
    commit(form.panel.name_edit, "박서준")
    assert window.logout_action.shortcut().toString() == "Ctrl+Shift+Q"
    window.logout_action.trigger()

    prompts = [b for b in form.findChildren(QMessageBox, "unsaved_prompt") if b.isVisible()]
    assert len(prompts) == 1  # as when the program ends: 저장 / 저장 안 함 / 취소
    assert startup.window is window and window.isVisible()
    assert _actions(workspace, "logout") == []
    discard = next(b for b in prompts[0].buttons() if "저장 안 함" in b.text())
    discard.click()
    qtbot.waitUntil(lambda: not shiboken6.isValid(form) or not form.isVisible())

    window.logout_action.trigger()
    login = _login_dialog(qtbot, startup)
    assert _gone(window) and _actions(workspace, "logout") == ["c-plus"]
    with qtbot.waitSignal(startup.sig_finished) as finished:
        qtbot.keyClick(login.password_edit, Qt.Key.Key_Escape)
    assert finished.args == [0]  # the program ends, as when the first log-in is cancelled


@SQLITE_ONLY
def test_the_lock_screen_lets_another_user_log_in(
    qtbot: QtBot, startup: Startup, workspace: Workspace, people: dict[str, Actor]
) -> None:
    startup.start()
    window = _log_in(qtbot, startup, "c-plus")
    form = _new_seeker_form(qtbot, window)
    assert isinstance(form.panel, SeekerForm)
    commit(form.panel.name_edit, "박서준")  # the counselor left a form half filled in
    tools = startup.admin_tools
    assert tools is not None
    lock = tools.idle_lock
    lock.lock_now()
    dialog = lock.dialog
    assert dialog is not None and _gone(window) and _gone(form)

    qtbot.mouseClick(dialog.switch_button, Qt.MouseButton.LeftButton)
    question = startup.question
    assert question is not None
    qtbot.waitUntil(question.isVisible)
    assert "저장하지 않은 입력" in question.text() and "plus 상담사" in question.text()
    keep = next(b for b in question.buttons() if b.text() == "취소")
    keep.click()  # not dropped: still locked, nothing logged out
    assert lock.is_locked() and startup.window is window
    assert _actions(workspace, "logout") == []

    qtbot.mouseClick(dialog.switch_button, Qt.MouseButton.LeftButton)
    question = startup.question
    assert question is not None
    qtbot.waitUntil(question.isVisible)
    drop = next(b for b in question.buttons() if "버리고" in b.text())
    assert isinstance(drop, QPushButton)
    drop.click()
    login = _login_dialog(qtbot, startup)
    assert login.username_edit.text() == ""
    assert not lock.is_locked() and lock.dialog is None
    assert not shiboken6.isValid(form)  # the half-filled form went with the account
    assert _gone(window)  # and was not shown again on the way out
    assert _actions(workspace, "logout") == ["c-plus"]

    lead = _log_in(qtbot, startup, "lead")
    assert lead.actor.username == "lead" and lead.isVisible()


@SQLITE_ONLY
def test_a_restore_asks_for_the_log_in_again(
    qtbot: QtBot, startup: Startup, workspace: Workspace, tmp_path: Path
) -> None:
    startup.start()
    window = _log_in(qtbot, startup, "admin")
    tools = startup.admin_tools
    assert tools is not None
    backup = tools.open_backup()
    assert backup is not None
    with qtbot.waitSignal(backup.sig_loaded, timeout=10_000):
        backup.backup_now()
    copy = workspace.backups.copies()[0].path

    backup.restore(copy)
    login = _login_dialog(qtbot, startup)
    # The old window is gone: hidden, or already deleted by the time the log-in shows.
    assert startup.window is None and _gone(window)
    assert login.notice_label.isVisible() and "복원했습니다" in login.notice_label.text()
    assert login.username_edit.text() == "admin"  # whoever restored logs in again
    assert _actions(workspace, "logout")[-1:] == ["admin"]
    again = _log_in(qtbot, startup, "admin")
    assert again.isVisible() and again is not window


class HeldReads:
    """While armed, every statement a worker thread sends to a database (the one Startup
    opened) waits until ``release()``: a query of the window still running when its account
    logs out (the real services and SQLite underneath, only slower).

    At the latest it goes on as soon as the log-out's end of the session is committed, and
    the GUI thread waits for its outcome to be posted: it arrives before the closed window
    is gone, as a count on a big database that fails at its next unit of work does."""

    def __init__(self) -> None:
        self.armed = False
        self.held = threading.Event()  # a worker's statement waits at the gate
        self.gate = threading.Event()
        self.ending = False  # the GUI thread is ending a log-in session
        event.listen(Engine, "before_cursor_execute", self._statement)
        event.listen(Session, "after_commit", self._committed)

    def _statement(self, _conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if threading.current_thread() is threading.main_thread():
            if statement.startswith("UPDATE login_sessions") and "ended_at" in statement:
                self.ending = True
        elif self.armed:
            self.held.set()
            self.gate.wait(20)

    def _committed(self, _session: Session) -> None:
        if self.ending and threading.current_thread() is threading.main_thread():
            self.ending = False
            self.release()
            QThreadPool.globalInstance().waitForDone(10_000)  # its outcome is posted

    def release(self) -> None:
        self.gate.set()

    def close(self) -> None:
        self.release()
        event.remove(Engine, "before_cursor_execute", self._statement)
        event.remove(Session, "after_commit", self._committed)


@pytest.fixture
def held_reads() -> Iterator[HeldReads]:
    made = HeldReads()
    yield made
    made.close()


def _only_the_log_in_is_shown(qtbot: QtBot, startup: Startup, boxes: list[str]) -> LoginDialog:
    login = _login_dialog(qtbot, startup)
    qtbot.waitUntil(lambda: QueryOp.running() == 0, timeout=15_000)  # the held query ended
    QApplication.processEvents()  # and whatever it delivers has arrived
    assert boxes == []  # no "로그아웃한 세션입니다" over the log-in
    shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert shown == [login]
    return login


@SQLITE_ONLY
def test_switching_user_while_the_statistics_still_load_shows_no_error(
    qtbot: QtBot,
    startup: Startup,
    workspace: Workspace,
    people: dict[str, Actor],
    held_reads: HeldReads,
    boxes: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(startup_module, "LOG_OUT_WAIT_MS", 300)  # the query outlasts the wait
    startup.start()
    window = _log_in(qtbot, startup, "lead")
    qtbot.waitUntil(lambda: QueryOp.running() == 0, timeout=15_000)
    held_reads.armed = True
    window.show_page("stats")  # 통계 counts the month in the background
    qtbot.waitUntil(lambda: "집계 중" in window.stats_view.status_label.text(), timeout=5000)
    qtbot.waitUntil(held_reads.held.is_set, timeout=5000)

    qtbot.keyClick(window.nav, Qt.Key.Key_U, CTRL_SHIFT)  # 사용자 전환 before the table is in
    # Logged out while the count ran; it went on for the ended session and failed.
    assert _actions(workspace, "logout") == ["lead"]
    login = _only_the_log_in_is_shown(qtbot, startup, boxes)
    assert login.username_edit.text() == ""
    again = _log_in(qtbot, startup, "c-plus")  # the next account's window works as ever
    assert again.isVisible() and boxes == []


@SQLITE_ONLY
def test_logging_out_right_after_log_in_on_the_statistics_page_shows_no_error(
    qtbot: QtBot,
    startup: Startup,
    workspace: Workspace,
    settings: QSettings,
    people: dict[str, Actor],
    held_reads: HeldReads,
    boxes: list[str],
) -> None:
    counselor = people["counselor"]
    settings.setValue(f"accounts/{counselor.user_id}/main_window/page", "stats")  # last time's
    startup.start()
    # The window's first queries start after the log-in's own check: those are held.
    startup.sig_window_shown.connect(lambda _window: setattr(held_reads, "armed", True))
    window = _log_in(qtbot, startup, "c-plus")
    assert window.current_page_key() == "stats"
    qtbot.waitUntil(lambda: "집계 중" in window.stats_view.status_label.text(), timeout=5000)
    qtbot.waitUntil(held_reads.held.is_set, timeout=5000)

    # The count ends while the log-out waits for it (a short read), then the log-out comes.
    threading.Timer(0.5, held_reads.release).start()
    qtbot.keyClick(window.nav, Qt.Key.Key_Q, CTRL_SHIFT)  # 로그아웃
    _only_the_log_in_is_shown(qtbot, startup, boxes)
    assert _actions(workspace, "logout") == ["c-plus"]


# -- the log-in's user name on a shared PC -----------------------------------------------------


@SQLITE_ONLY
def test_the_log_in_remembers_the_account_only_when_the_pc_says_so(
    qtbot: QtBot, workspace: Workspace, settings: QSettings, people: dict[str, Actor]
) -> None:
    settings.setValue("login/username", "c-plus")  # what an earlier version kept
    fresh = LoginDialog(workspace, settings)
    qtbot.addWidget(fresh)
    assert fresh.username_edit.text() == "" and not fresh.remember_box.isChecked()

    fresh.show()
    type_over(qtbot, fresh.username_edit, "lead")
    type_over(qtbot, fresh.password_edit, PASSWORD)
    with qtbot.waitSignal(fresh.finished, timeout=10_000):
        qtbot.keyClick(fresh.password_edit, Qt.Key.Key_Return)
    assert settings.value("login/username") is None  # not even kept

    ticked = LoginDialog(workspace, settings)
    qtbot.addWidget(ticked)
    ticked.show()
    type_over(qtbot, ticked.username_edit, "lead")
    type_over(qtbot, ticked.password_edit, PASSWORD)
    ticked.remember_box.setChecked(True)  # 이 PC에서 계정 기억
    with qtbot.waitSignal(ticked.finished, timeout=10_000):
        qtbot.keyClick(ticked.password_edit, Qt.Key.Key_Return)

    remembered = LoginDialog(workspace, settings)
    qtbot.addWidget(remembered)
    assert remembered.username_edit.text() == "lead" and remembered.remember_box.isChecked()
    someone_else = LoginDialog(workspace, settings, prefill=False)  # 사용자 전환
    qtbot.addWidget(someone_else)
    assert someone_else.username_edit.text() == ""


# -- what each account keeps ----------------------------------------------------------------


def _window(qtbot: QtBot, workspace: Workspace, actor: Actor, settings: QSettings) -> MainWindow:
    window = MainWindow(workspace, actor, settings)
    qtbot.addWidget(window)
    window.show()
    active(qtbot, window)
    return window


@SQLITE_ONLY
def test_the_last_page_and_desk_are_each_accounts_own(
    qtbot: QtBot,
    workspace: Workspace,
    admin: Actor,
    people: dict[str, Actor],
    settings: QSettings,
) -> None:
    lead = people["lead"]
    first = _window(qtbot, workspace, admin, settings)
    first.show_page("employers")
    first.set_desk("dong", "독산동")
    first.close()

    other = _window(qtbot, workspace, lead, settings)
    assert other.current_page_key() == "today"  # not what the administrator left
    assert other.current_desk() == "plus"
    other.show_page("sessions")
    other.close()

    again = _window(qtbot, workspace, admin, settings)
    assert again.current_page_key() == "employers"
    assert (again.current_desk(), again.current_site()) == ("dong", "독산동")
    again.close()
    assert _window(qtbot, workspace, lead, settings).current_page_key() == "sessions"
    assert settings.value(f"accounts/{admin.user_id}/main_window/page") == "employers"


@SQLITE_ONLY
def test_a_page_of_a_feature_package_is_remembered_too(
    qtbot: QtBot, workspace: Workspace, admin: Actor, settings: QSettings
) -> None:
    first = _window(qtbot, workspace, admin, settings)
    first.show_page("casework")
    first.close()
    again = _window(qtbot, workspace, admin, settings)
    assert again.current_page_key() == "casework"


@SQLITE_ONLY
def test_the_window_opens_maximised_the_first_time_and_keeps_each_accounts_size(
    qtbot: QtBot,
    workspace: Workspace,
    admin: Actor,
    people: dict[str, Actor],
    settings: QSettings,
) -> None:
    first = _window(qtbot, workspace, admin, settings)
    assert first.isMaximized()
    first.showNormal()
    # The offscreen screen is 800×800; the window is no narrower than its widest page.
    size = (max(795, first.minimumSizeHint().width()), 660)
    first.resize(*size)
    qtbot.waitUntil(lambda: not first.isMaximized() and first.width() == size[0])
    first.close()

    other = _window(qtbot, workspace, people["lead"], settings)
    assert other.isMaximized()  # the team lead's first time on this PC
    other.close()

    again = _window(qtbot, workspace, admin, settings)
    assert not again.isMaximized() and (again.width(), again.height()) == size


@pytest.fixture
def documents(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home folder with a Documents folder (Qt finds it through HOME)."""
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    return home / "Documents"


def _save_template(qtbot: QtBot, window: MainWindow, answer: Path, asked: list[Any]) -> Path:
    window.template_action.trigger()
    written = answer.with_suffix(".xlsx")
    qtbot.waitUntil(written.exists, timeout=10_000)
    qtbot.waitUntil(window.saved_bar.isVisible)
    return written


@SQLITE_ONLY
def test_exports_start_in_documents_then_each_accounts_last_folder(
    qtbot: QtBot,
    workspace: Workspace,
    admin: Actor,
    people: dict[str, Actor],
    settings: QSettings,
    documents: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []
    answers: list[Path] = []

    def choose(_parent: Any, _caption: str, start: str, _filter: str) -> tuple[str, str]:
        asked.append(start)
        return str(answers.pop(0)), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    reports = tmp_path / "reports"
    reports.mkdir()
    window = _window(qtbot, workspace, admin, settings)
    answers.append(reports / "양식")
    _save_template(qtbot, window, reports / "양식", asked)
    assert asked == [str(documents / "기록양식.xlsx")]
    window.close()

    other = _window(qtbot, workspace, people["lead"], settings)
    answers.append(documents / "팀장 양식")
    _save_template(qtbot, other, documents / "팀장 양식", asked)
    assert asked[1] == str(documents / "기록양식.xlsx")  # not the administrator's folder
    other.close()

    again = _window(qtbot, workspace, admin, settings)
    answers.append(reports / "다시")
    _save_template(qtbot, again, reports / "다시", asked)
    assert asked[2] == str(reports / "기록양식.xlsx")


@SQLITE_ONLY
def test_a_saved_file_is_shown_with_its_path_and_an_open_button(
    qtbot: QtBot,
    workspace: Workspace,
    admin: Actor,
    settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "저장" / "양식"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(target), ""))
    window = _window(qtbot, workspace, admin, settings)
    assert not window.saved_bar.isVisible()
    written = _save_template(qtbot, window, target, [])
    bar = window.saved_bar
    assert bar.label.text() == f"저장했습니다: {written}"
    opened: list[QUrl] = []
    bar.opener = opened.append  # the desktop would start Excel
    qtbot.mouseClick(bar.open_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(bar.folder_button, Qt.MouseButton.LeftButton)
    assert [url.toLocalFile() for url in opened] == [str(written), str(written.parent)]
    assert bar.open_button.text() == "열기"


@SQLITE_ONLY
def test_a_database_brought_back_at_start_asks_whoever_is_there_to_log_in(
    qtbot: QtBot, tmp_path: Path, settings: QSettings
) -> None:
    path = tmp_path / "gone.sqlite3"
    made, _admin = Workspace.create(str(path), "admin", PASSWORD)
    try:
        made.backups.take("manual")
    finally:
        made.close()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)  # deleted by mistake
    settings.setValue("login/username", "c-plus")  # the last person, kept by an older version
    startup = Startup(str(path), settings)
    try:
        startup.start()
        first = startup.first_run
        assert first is not None and first.restoring
        qtbot.addWidget(first)
        qtbot.mouseClick(first.create_button, Qt.MouseButton.LeftButton)  # 되살리기
        login = _login_dialog(qtbot, startup)
        assert startup.window is None and login.username_edit.text() == ""
    finally:
        startup.close()
