"""From launch to the main window: first run when there is no database, log-in, the window.

Each step is a dialog opened with ``open()`` (no nested event loops), so the
whole sequence runs in the application's one event loop.

Log-out goes back along the same path: the account's windows close (a form with
unsaved input asks first, as when the program ends), their queries still running deliver
nothing (short reads end first, within LOG_OUT_WAIT_MS), the log-out is written to
the access log, and the log-in dialog builds the next account's window exactly as
at start. 로그아웃 and 사용자 전환 in the 파일 menu, 다른 사용자로 로그인 on the screen
lock, and a restore from a backup copy (the data the window showed is gone) all
end this way; cancelling that log-in ends the program, as at start.
"""

from __future__ import annotations

import contextlib
from datetime import date
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from deskapp.services.workspace import Workspace, database_exists
from deskapp.ui.errors import show_error
from deskapp.ui.first_run import FirstRunDialog
from deskapp.ui.login import LoginDialog
from deskapp.ui.widgets import ask_once
from deskapp.ui.workers import QueryOp

#: After a restore, how soon the log-out is tried again while a form's question is open.
RELOGIN_RETRY_MS = 500
#: At log-out, how long the closed window's running queries (short reads) may take to end
#: before the account is logged out; any still running then end unseen.
LOG_OUT_WAIT_MS = 2_000

if TYPE_CHECKING:
    from deskapp.ui.admin import AdminTools
    from deskapp.ui.casework import CaseworkTools
    from deskapp.ui.events import EventTools
    from deskapp.ui.main_window import MainWindow
    from deskapp.ui.review import ReviewTools


class Startup(QObject):
    """Leads the user from launch to the main window, owning the open Workspace."""

    sig_finished = Signal(int)
    """Startup ended without a window: the exit code (0 cancelled, 1 failed)."""
    sig_window_shown = Signal(object)
    """The main window is shown: the MainWindow."""

    def __init__(self, db: str | None, settings: QSettings, today: date | None = None) -> None:
        super().__init__()
        self.db = db
        self.settings = settings
        self.today = today
        self.workspace: Workspace | None = None
        self.first_run: FirstRunDialog | None = None
        self.login: LoginDialog | None = None
        self.window: MainWindow | None = None
        self.admin_tools: AdminTools | None = None
        self.review_tools: ReviewTools | None = None
        self.casework_tools: CaseworkTools | None = None
        self.event_tools: EventTools | None = None
        self.question: QMessageBox | None = None
        self._relogin: tuple[str, str] | None = None

    def start(self) -> None:
        if database_exists(self.db):
            self._open_existing()
        else:
            self.first_run = FirstRunDialog(self.db, self.settings)
            self.first_run.finished.connect(self._first_run_done)
            self.first_run.open()

    def current_dialog(self) -> QDialog | None:
        for dialog in (self.login, self.first_run):
            if dialog is not None and dialog.isVisible():
                return dialog
        return None

    def _first_run_done(self, result: int) -> None:
        dialog = self.first_run
        assert dialog is not None
        self.workspace = dialog.workspace
        if result != QDialog.DialogCode.Accepted or self.workspace is None:
            self.sig_finished.emit(0)
            return
        self._log_in(dialog.username)

    def _open_existing(self) -> None:
        db, today = self.db, self.today
        QueryOp(
            parent=None,
            # The first start of each day takes a backup copy before anyone works.
            op=lambda _progress: Workspace.open(db, today, daily_backup=True),
            success=self._opened,
        ).failure(self._open_failed).with_progress(
            label=self.tr("Opening the database…")
        ).run_in_background()

    def _opened(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self._log_in()

    def _open_failed(self, error: BaseException) -> None:
        show_error(None, error)
        self.sig_finished.emit(1)

    def _log_in(self, username: str = "", *, notice: str = "", prefill: bool = True) -> None:
        assert self.workspace is not None
        self.login = LoginDialog(
            self.workspace, self.settings, username, notice=notice, prefill=prefill
        )
        self.login.finished.connect(self._logged_in)
        self.login.open()

    def _logged_in(self, result: int) -> None:
        assert self.login is not None and self.workspace is not None
        actor = self.login.actor
        if result != QDialog.DialogCode.Accepted or actor is None:
            self.sig_finished.emit(0)
            return
        # The window's modules load only now: the log-in dialog appears a good half
        # second sooner after launch, while the password is checked.
        from deskapp.ui.admin import AdminTools
        from deskapp.ui.casework import CaseworkTools
        from deskapp.ui.events import EventTools
        from deskapp.ui.main_window import MainWindow
        from deskapp.ui.review import ReviewTools

        self.window = MainWindow(self.workspace, actor, self.settings)
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()  # keyboard shortcuts need the active window
        self.window.nav.setFocus()
        # After show(): the background check's warning must appear over the window.
        self.admin_tools = self.window.tool(AdminTools)
        self.admin_tools.start()
        self.review_tools = self.window.tool(ReviewTools)
        self.casework_tools = self.window.tool(CaseworkTools)
        self.event_tools = self.window.tool(EventTools)
        self.window.sig_log_out.connect(self._log_out_chosen)
        self.admin_tools.idle_lock.sig_switch_user_requested.connect(self._switch_from_lock)
        self.admin_tools.sig_data_replaced.connect(self._data_replaced)
        self.sig_window_shown.emit(self.window)

    # -- log-out ---------------------------------------------------------------------------

    def log_out(self, *, switching: bool = False, notice: str = "", username: str = "") -> bool:
        """Log the account out and ask for a log-in, the program still running.

        The account's windows close as when the program ends: a form with unsaved input
        asks, and its 취소 keeps the account logged in (False). The window saves the
        account's settings as it closes. The log-in dialog is then empty for someone
        else (``switching``), else as at start; ``username`` fills it in.
        """
        window = self.window
        if window is None or self.workspace is None or not shiboken6.isValid(window):
            return False
        quit_on_close = QGuiApplication.quitOnLastWindowClosed()
        QGuiApplication.setQuitOnLastWindowClosed(False)  # the log-in comes next, not the end
        if not window.close():
            QGuiApplication.setQuitOnLastWindowClosed(quit_on_close)
            window.statusBar().showMessage(
                self.tr(
                    "Not logged out because there is unsaved input. Respond to it and try again."
                ),
                15_000,
            )
            return False
        self._end_window()
        self._log_in(username, notice=notice, prefill=not switching)
        return True

    def _end_window(self) -> None:
        """The closed window's account: its tools stop, the log-out goes in the access log."""
        window, self.window = self.window, None
        if self.admin_tools is not None:
            self.admin_tools.shutdown()
        self.admin_tools = self.review_tools = self.casework_tools = self.event_tools = None
        if window is None:
            return
        for child in window.findChildren(QWidget):  # its dialogs go with it, out of sight now
            if child.isWindow() and child.isVisible():
                child.hide()
        # Its queries deliver nothing now (a read failing for the ended session would show
        # "로그아웃한 세션입니다" over the log-in); the short ones end under the account first.
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            QueryOp.drop_for(window, LOG_OUT_WAIT_MS)
        finally:
            QGuiApplication.restoreOverrideCursor()
        if self.workspace is not None:
            with contextlib.suppress(Exception):  # the log-in must come all the same
                self.workspace.accounts.logout(window.actor)  # the log's 로그아웃
        window.deleteLater()

    def _log_out_chosen(self, switching: bool) -> None:
        self.log_out(switching=switching)

    def _switch_from_lock(self) -> None:
        """다른 사용자로 로그인 on the lock: the locked account's owner is not there to answer
        for unsaved input, so whoever takes over is asked once whether to drop it."""
        window, tools = self.window, self.admin_tools
        if window is None or tools is None:
            return
        unsaved = window.unsaved_windows()
        if not unsaved:
            self._log_out_locked()
            return
        self.question = ask_once(
            tools.idle_lock.dialog,
            self.tr("Unsaved input"),
            self.tr(
                "{n} windows of account {name} have unsaved input: {titles}. Discard "
                "it and log in as another user? Discarded input cannot be recovered."
            ).format(
                name=window.actor.display_name,
                n=len(unsaved),
                titles=", ".join(w.windowTitle() for w in unsaved),
            ),
            (self.tr("&Discard and log in"), QMessageBox.ButtonRole.DestructiveRole),
            self._log_out_locked,
            icon=QMessageBox.Icon.Warning,
            act_by_default=False,
        )

    def _log_out_locked(self) -> None:
        window, tools = self.window, self.admin_tools
        if window is None or tools is None:
            return
        tools.idle_lock.end_for_log_out()
        window.discard_open_windows()
        self.log_out(switching=True)

    def _data_replaced(self, source: object, saved: object) -> None:
        """A backup copy replaced the data: nobody stays logged in on the old data."""
        window = self.window
        if window is None:
            return
        name = getattr(source, "name", source)
        notice = self.tr(
            "Restored the database from {name} (data before the restore: {saved}). "
            "Log in again with the restored data."
        ).format(name=name, saved=saved)
        self._relogin = (notice, window.actor.username)
        # After the backup dialog's own handling of the restore has run.
        QTimer.singleShot(0, self._log_out_after_restore)

    def _log_out_after_restore(self) -> None:
        pending, window = self._relogin, self.window
        if pending is None or window is None or not shiboken6.isValid(window):
            self._relogin = None
            return
        asking = [w for w in window.findChildren(QMessageBox) if w.isVisible()]
        if not asking and self.log_out(notice=pending[0], username=pending[1]):
            self._relogin = None
            return
        # A form asks about its unsaved input: once it is saved or dropped, the log-out
        # goes on (its 취소 only asks again: the window's data is no longer the database's).
        window.statusBar().showMessage(
            self.tr("You must log in again after the restore. Save or discard your unsaved input."),
            15_000,
        )
        QTimer.singleShot(RELOGIN_RETRY_MS, self._log_out_after_restore)

    def close(self) -> None:
        """Close the windows and the database (after the event loop and the workers are done)."""
        # A dialog closed here reports "cancelled"; nobody must act on it any more
        # (an exit() outside the event loop would make the next loop return at once).
        self.blockSignals(True)
        if self.admin_tools is not None:
            self.admin_tools.shutdown()
        for widget in (self.window, self.login, self.first_run):
            if widget is not None and shiboken6.isValid(widget):
                widget.close()
        if self.workspace is not None:
            if self.window is not None:
                with contextlib.suppress(Exception):  # closing must go on
                    self.workspace.accounts.logout(self.window.actor)  # the log's 로그아웃
            self.workspace.close()
            self.workspace = None
