"""From launch to the window: first run, demo database, log-in, and the application shell."""

from __future__ import annotations

import logging
import sys
import types
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import PASSWORD, SQLITE_ONLY
from PySide6.QtCore import QSettings, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot
from qt_support import active

from deskapp import app, i18n
from deskapp.domain.access import Actor
from deskapp.domain.errors import AuthenticationFailed, ValidationError
from deskapp.domain.records import Role
from deskapp.services.resources import resources_dir
from deskapp.services.workspace import Workspace, database_exists
from deskapp.ui import errors
from deskapp.ui.first_run import FirstRunDialog
from deskapp.ui.login import LoginDialog
from deskapp.ui.main_window import MainWindow
from deskapp.ui.startup import Startup
from deskapp.ui.workers import QueryOp


@pytest.fixture(autouse=True)
def _drain_workers() -> Iterator[None]:
    yield
    assert QueryOp.wait_for_all(10_000)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "desk.sqlite3"


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(("w", text)))
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a: shown.append(("c", text)))
    return shown


def _show(qtbot: QtBot, widget: Any) -> None:
    """Show and activate a window (shortcuts and mnemonics need the active window)."""
    widget.show()
    active(qtbot, widget)


def _type(qtbot: QtBot, widget: Any, text: str) -> None:
    """Type into a line edit; Hangul arrives as an input method commits it (QTest cannot)."""
    widget.setFocus()
    widget.selectAll()
    if text.isascii():
        qtbot.keyClicks(widget, text)
    else:
        widget.insert(text)


# -- first run -----------------------------------------------------------------------------


def test_first_run_creates_database_and_administrator(qtbot: QtBot, db_path: Path) -> None:
    dialog = FirstRunDialog(str(db_path))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.new_radio.isChecked()
    _type(qtbot, dialog.username_edit, "kim.admin")
    _type(qtbot, dialog.display_edit, "김관리")
    _type(qtbot, dialog.password_edit, PASSWORD)
    _type(qtbot, dialog.confirm_edit, PASSWORD)
    with qtbot.waitSignal(dialog.finished, timeout=15_000) as finished:
        qtbot.keyClick(dialog.confirm_edit, Qt.Key.Key_Return)
    assert finished.args == [QDialog.DialogCode.Accepted.value]
    assert dialog.username == "kim.admin"
    assert dialog.workspace is not None
    dialog.workspace.close()

    assert database_exists(str(db_path))
    reopened = Workspace.open(str(db_path))
    try:
        actor = reopened.accounts.authenticate("kim.admin", PASSWORD)
        assert (actor.role, actor.display_name) == (Role.ADMIN, "김관리")
    finally:
        reopened.close()


def test_first_run_refuses_mismatched_and_weak_passwords(qtbot: QtBot, db_path: Path) -> None:
    dialog = FirstRunDialog(str(db_path))
    qtbot.addWidget(dialog)
    dialog.show()
    _type(qtbot, dialog.password_edit, PASSWORD)
    _type(qtbot, dialog.confirm_edit, PASSWORD + "x")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.error_label.text() == "비밀번호와 비밀번호 확인이 같지 않습니다."
    assert dialog.isVisible() and not db_path.exists()

    _type(qtbot, dialog.password_edit, "short1")
    _type(qtbot, dialog.confirm_edit, "short1")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "8자 이상" in dialog.error_label.text(), timeout=10_000)
    qtbot.waitUntil(lambda: dialog.create_button.isEnabled())
    assert dialog.isVisible() and dialog.workspace is None
    assert not database_exists(str(db_path))


def _fake_demo(monkeypatch: pytest.MonkeyPatch, generate: Callable[..., Any]) -> None:
    module = types.ModuleType("deskapp.services.demo")
    module.generate_demo = generate  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "deskapp.services.demo", module)


def test_demo_database_shows_progress_and_accounts(
    qtbot: QtBot, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[dict[str, Any]] = []

    def generate_demo(workspace: Workspace, password: str, **kwargs: Any) -> Any:
        calls.append({"password": password, **kwargs})
        # The demo is handed a database with no account yet and makes them all.
        admin = workspace.accounts.create_user(None, "admin", password, Role.ADMIN)
        workspace.accounts.create_user(admin, "c-plus", password, Role.COUNSELOR, desk="plus")
        for done in range(11):
            kwargs["progress"](done, 10)
        accounts = [
            types.SimpleNamespace(
                username="admin", role=Role.ADMIN, desk=None, display_name="관리자"
            ),
            types.SimpleNamespace(
                username="c-plus", role="counselor", desk="plus", display_name="플러스 상담사"
            ),
        ]
        return types.SimpleNamespace(accounts=accounts, counts={})

    _fake_demo(monkeypatch, generate_demo)
    dialog = FirstRunDialog(str(db_path))
    qtbot.addWidget(dialog)
    _show(qtbot, dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)  # 데모 자료로 열기(&D)
    qtbot.waitUntil(dialog.demo_radio.isChecked)  # a mnemonic clicks with a short animation
    assert not dialog.username_edit.isEnabled()
    _type(qtbot, dialog.password_edit, PASSWORD)
    _type(qtbot, dialog.confirm_edit, PASSWORD)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.accounts_table.isVisible(), timeout=15_000)

    assert calls == [{"password": PASSWORD, "seekers": 6000, "progress": calls[0]["progress"]}]
    assert dialog.progress_bar.value() == dialog.progress_bar.maximum()
    table = dialog.accounts_table

    def cell_text(r: int, c: int) -> str:
        item = table.item(r, c)
        assert item is not None
        return item.text()

    rows = [[cell_text(r, c) for c in range(4)] for r in range(table.rowCount())]
    assert rows == [
        ["admin", "관리자", "—", "관리자"],
        ["c-plus", "상담사", "일자리플러스센터", "플러스 상담사"],
    ]
    with qtbot.waitSignal(dialog.finished) as finished:
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert finished.args == [QDialog.DialogCode.Accepted.value]
    assert dialog.username == "admin" and dialog.workspace is not None
    dialog.workspace.close()


def test_failed_demo_leaves_no_database(
    qtbot: QtBot, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def generate_demo(workspace: Workspace, password: str, **kwargs: Any) -> Any:
        raise ValidationError("구직자 수", "1 이상이어야 합니다.")

    _fake_demo(monkeypatch, generate_demo)
    dialog = FirstRunDialog(str(db_path))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.demo_radio.click()
    _type(qtbot, dialog.password_edit, PASSWORD)
    _type(qtbot, dialog.confirm_edit, PASSWORD)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=15_000)
    assert dialog.error_label.text() == "구직자 수: 1 이상이어야 합니다."
    assert not database_exists(str(db_path))


# -- log-in --------------------------------------------------------------------------------


@SQLITE_ONLY
def test_login_refuses_wrong_password_then_accepts(
    qtbot: QtBot, workspace: Workspace, settings: QSettings
) -> None:
    dialog = LoginDialog(workspace, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.username_edit.hasFocus() or not dialog.isActiveWindow()
    _type(qtbot, dialog.username_edit, "admin")
    _type(qtbot, dialog.password_edit, "wrong-pass-9")
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=10_000)
    assert dialog.error_label.text() == str(
        AuthenticationFailed("사용자 이름 또는 비밀번호가 맞지 않습니다.")
    )
    assert dialog.isVisible() and dialog.actor is None
    assert dialog.password_edit.text() == ""

    _type(qtbot, dialog.password_edit, PASSWORD)
    with qtbot.waitSignal(dialog.finished, timeout=10_000) as finished:
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert finished.args == [QDialog.DialogCode.Accepted.value]
    actor: Actor | None = dialog.actor  # not the None asserted above
    assert actor is not None and actor.username == "admin"
    # A shared PC keeps no account name unless its settings say so (test_ui_switch_user.py).
    assert settings.value("login/username") is None


@SQLITE_ONLY
def test_login_escape_cancels(qtbot: QtBot, workspace: Workspace) -> None:
    dialog = LoginDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.finished) as finished:
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Escape)
    assert finished.args == [QDialog.DialogCode.Rejected.value]


def test_startup_goes_from_first_run_to_login_to_window(
    qtbot: QtBot, db_path: Path, settings: QSettings
) -> None:
    startup = Startup(str(db_path), settings)
    startup.start()
    first = startup.first_run
    assert first is not None and first.isVisible()
    qtbot.addWidget(first)
    _type(qtbot, first.password_edit, PASSWORD)
    _type(qtbot, first.confirm_edit, PASSWORD)
    qtbot.keyClick(first.confirm_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: startup.login is not None and startup.login.isVisible(), timeout=15_000)
    login = startup.login
    assert login is not None
    qtbot.addWidget(login)
    assert login.username_edit.text() == "admin"
    _type(qtbot, login.password_edit, PASSWORD)
    with qtbot.waitSignal(startup.sig_window_shown, timeout=10_000) as shown:
        qtbot.keyClick(login.password_edit, Qt.Key.Key_Return)
    window = shown.args[0]
    qtbot.addWidget(window)
    assert isinstance(window, MainWindow) and window.isVisible()
    assert window.actor.username == "admin"
    # The administrator's tools are installed with the window: 관리 menu, 검토 page.
    menus = [action.text() for action in window.menuBar().actions()]
    assert any("관리" in text for text in menus)
    assert "review" in window.page_keys()
    assert startup.admin_tools is not None and startup.review_tools is not None
    window.close()
    startup.close()
    import sqlite3

    with sqlite3.connect(db_path) as connection:  # log-in and log-out are in the access log
        actions = [a for (a,) in connection.execute("SELECT action FROM access_log ORDER BY id")]
    assert "login" in actions and actions[-1] == "logout"


@SQLITE_ONLY
def test_a_counselor_gets_neither_the_admin_menu_nor_the_review_page(
    qtbot: QtBot, workspace: Workspace, admin: Any, settings: QSettings
) -> None:
    workspace.accounts.create_user(admin, "kim", PASSWORD, Role.COUNSELOR, "gvalley")
    startup = Startup(workspace.location, settings)
    startup.start()
    qtbot.waitUntil(lambda: startup.login is not None and startup.login.isVisible(), timeout=10_000)
    login = startup.login
    assert login is not None
    qtbot.addWidget(login)
    _type(qtbot, login.username_edit, "kim")
    _type(qtbot, login.password_edit, PASSWORD)
    with qtbot.waitSignal(startup.sig_window_shown, timeout=10_000) as shown:
        qtbot.keyClick(login.password_edit, Qt.Key.Key_Return)
    window = shown.args[0]
    qtbot.addWidget(window)
    assert "review" not in window.page_keys()
    admin_menu = [a for a in window.menuBar().actions() if "관리" in a.text()]
    titles = [a.text() for a in admin_menu[0].menu().actions()] if admin_menu else []
    assert not any("계정" in t or "접속기록" in t or "백업" in t for t in titles)
    window.close()
    startup.close()


@SQLITE_ONLY
def test_startup_cancelled_login_finishes_with_zero(
    qtbot: QtBot, workspace: Workspace, settings: QSettings
) -> None:
    startup = Startup(workspace.location, settings)
    startup.start()
    qtbot.waitUntil(lambda: startup.login is not None and startup.login.isVisible(), timeout=10_000)
    assert startup.login is not None
    qtbot.addWidget(startup.login)
    with qtbot.waitSignal(startup.sig_finished) as finished:
        qtbot.keyClick(startup.login.password_edit, Qt.Key.Key_Escape)
    assert finished.args == [0]
    startup.close()


@SQLITE_ONLY
def test_log_in_pressed_before_the_database_is_open_waits_for_it(
    qtbot: QtBot, workspace: Workspace, settings: QSettings
) -> None:
    startup = Startup(workspace.location, settings)
    startup.start()
    login = startup.login
    assert login is not None and login.isVisible()
    qtbot.addWidget(login)
    assert login.workspace is None  # shown first; the database opens once it is painted
    assert login.focusWidget() is login.username_edit
    login.username_edit.setText("admin")
    login.password_edit.setText(PASSWORD)
    with qtbot.waitSignal(startup.sig_window_shown, timeout=15_000) as shown:
        qtbot.keyClick(login.password_edit, Qt.Key.Key_Return)
        assert login.opening_label.isVisible() and login.progress_bar.isVisible()
        assert "데이터베이스를 여는 중" in login.opening_label.text()
    window = shown.args[0]
    qtbot.addWidget(window)
    assert window.actor.username == "admin"
    assert login.workspace is startup.workspace
    window.close()
    startup.close()


@SQLITE_ONLY
def test_cancelling_the_log_in_while_the_database_opens_closes_it(
    qtbot: QtBot, workspace: Workspace, settings: QSettings
) -> None:
    startup = Startup(workspace.location, settings)
    startup.start()
    assert startup.login is not None
    qtbot.addWidget(startup.login)
    with qtbot.waitSignal(startup.sig_finished) as finished:
        qtbot.keyClick(startup.login.password_edit, Qt.Key.Key_Escape)
    assert finished.args == [0]
    assert QueryOp.wait_for_all(10_000)
    assert startup.workspace is None  # opened meanwhile, then closed again: nobody kept it
    startup.close()


def test_a_database_whose_making_was_cut_off_gets_the_first_run_after_the_log_in(
    qtbot: QtBot, db_path: Path, settings: QSettings
) -> None:
    Workspace.new_database(str(db_path)).close()  # the schema, no account yet
    startup = Startup(str(db_path), settings)
    startup.start()
    login = startup.login
    assert login is not None and login.isVisible()  # the file looks like a database
    qtbot.waitUntil(
        lambda: startup.first_run is not None and startup.first_run.isVisible(), timeout=15_000
    )
    assert startup.first_run is not None
    qtbot.addWidget(startup.first_run)
    assert startup.login is None  # gone (deleted later)
    startup.close()


def test_a_damaged_database_is_told_in_korean_behind_the_log_in(
    qtbot: QtBot, db_path: Path, settings: QSettings, boxes: list[tuple[str, str]]
) -> None:
    db_path.write_bytes(b"not a database at all " * 200)
    startup = Startup(str(db_path), settings)
    with qtbot.waitSignal(startup.sig_finished, timeout=15_000) as finished:
        startup.start()
        assert startup.login is not None and startup.login.isVisible()
        qtbot.addWidget(startup.login)
    assert finished.args == [1]
    assert len(boxes) == 1 and "데이터베이스" in boxes[0][1]
    assert "Traceback" not in boxes[0][1]
    assert startup.login is None
    startup.close()


# -- application shell ---------------------------------------------------------------------


@pytest.fixture
def gui_run(qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """run_gui on the test's QApplication, quitting by itself; user settings kept in tmp_path."""
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "user-settings"))
    monkeypatch.setenv(app.QUIT_AFTER_ENV, "300")
    names = qapp.organizationName(), qapp.applicationName()
    font, hook = qapp.font(), sys.excepthook
    yield
    qapp.setOrganizationName(names[0])
    qapp.setApplicationName(names[1])
    qapp.setFont(font)
    qapp.setQuitOnLastWindowClosed(True)
    assert sys.excepthook is hook
    logger = logging.getLogger("deskapp")
    for handler in list(logger.handlers):
        if str(tmp_path) in getattr(handler, "baseFilename", ""):
            logger.removeHandler(handler)
            handler.close()
    errors.set_log_file(None)


@SQLITE_ONLY
def test_run_gui_opens_the_login_for_an_existing_database(
    gui_run: None, workspace: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert app.run_gui(workspace.location) == 0
    said = capsys.readouterr().err
    assert "LoginDialog «deskapp 로그인»" in said
    assert "translations: qtbase_ko.qm, deskapp_ko.qm" in said
    assert (tmp_path / "deskapp.log").exists()  # beside the database


def test_run_gui_offers_the_first_run_without_a_database(
    gui_run: None, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert app.run_gui(str(db_path)) == 0
    assert "FirstRunDialog «deskapp 처음 시작»" in capsys.readouterr().err
    assert not db_path.exists()


def test_no_display_prints_korean_message(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    assert app.run_gui(None) == 1
    assert "xvfb-run" in capsys.readouterr().err
    assert not app.display_available({}, "linux")
    assert app.display_available({"WAYLAND_DISPLAY": "wayland-0"}, "linux")
    assert app.display_available({}, "win32")


def test_the_no_display_message_speaks_the_language_chosen(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    korean = app.no_display_message("deskapp", "", []).splitlines()
    assert korean[0] == "deskapp 창을 열 수 없습니다: 화면(디스플레이)이 없습니다."
    assert korean[2] == "  sudo apt install xvfb xauth    (Xvfb가 없습니다: 한 번 설치)"
    assert korean[-1] == "명령줄 기능은 'deskapp --help'를 보세요 (화면이 필요 없습니다)."
    i18n.set_language("en")
    assert app.no_display_message("deskapp", "", []).splitlines() == [
        "deskapp cannot open its window: there is no display.",
        "Run it in a desktop session on a PC with a monitor. On a server without a display, "
        "it can run on a virtual screen (Xvfb):",
        "  sudo apt install xvfb xauth    (Xvfb is missing: install it once)",
        "  xvfb-run -a deskapp",
        "For the command-line features, see 'deskapp --help' (no display needed).",
    ]
    # Started with DESKAPP_LANG=en on a PC without a display: said in English.
    i18n.set_language("ko")
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv(i18n.LANGUAGE_ENV, "en")
    assert app.run_gui(None) == 1
    assert "deskapp cannot open its window: there is no display." in capsys.readouterr().err


def test_translations_and_font(qapp: QApplication) -> None:
    qm = resources_dir() / "translations" / "deskapp_ko.qm"
    ts = qm.with_suffix(".ts")
    assert qm.exists() and ts.exists()
    assert qm.stat().st_mtime >= ts.stat().st_mtime - 1, "deskapp_ko.qm is older than the .ts"
    installed = app.install_translators(qapp)
    try:
        assert len(installed) == 3  # Qt's qtbase_ko, deskapp_ko, then what qtbase_ko lacks
        own = QTranslator()
        assert own.load(str(qm))
        assert own.translate("StatsView", "Save to &Excel…") == "엑셀로 저장(&E)…"
        assert installed[0].translate("QPlatformTheme", "Cancel") == "취소"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
    family = app.choose_hangul_font(qapp)
    assert family


def test_excepthook_logs_traceback_and_shows_short_korean_message(
    qapp: QApplication, tmp_path: Path, boxes: list[tuple[str, str]]
) -> None:
    log = app.setup_logging(tmp_path / "logs")
    assert log is not None
    errors.set_log_file(log)
    try:
        try:
            raise RuntimeError("secret internal detail")
        except RuntimeError as error:
            errors.excepthook(RuntimeError, error, error.__traceback__)
        try:
            raise AuthenticationFailed("계정이 잠겼습니다.")
        except AuthenticationFailed as error:
            errors.excepthook(AuthenticationFailed, error, error.__traceback__)
    finally:
        errors.set_log_file(None)
        logger = logging.getLogger("deskapp")
        for handler in list(logger.handlers):
            if getattr(handler, "baseFilename", "") == str(log):
                logger.removeHandler(handler)
                handler.close()
    (kind, text), (kind2, text2) = boxes
    assert kind == "c" and "예기치 않은 오류" in text and str(log) in text
    assert "secret internal detail" not in text
    assert (kind2, text2) == ("w", "계정이 잠겼습니다.")
    logged = log.read_text(encoding="utf-8")
    # Where it happened (the code lines) and what kind of error, never its message: a
    # message can quote what was typed (issue "Nothing lost, no one in", item 2).
    assert "Traceback" in logged and "RuntimeError" in logged
    assert "RuntimeError: secret internal detail" not in logged
