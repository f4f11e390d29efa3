"""From launch to the main window: first run when there is no database, log-in, the window.

Each step is a dialog opened with ``open()`` (no nested event loops), so the
whole sequence runs in the application's one event loop.

The log-in dialog comes first, before SQLAlchemy, Alembic, openpyxl and the pages are
loaded: this module and the dialog need only Qt and the light modules. Once the dialog
has been painted, a worker thread loads the services and opens the database
(``Workspace.open``: the schema upgraded, the day's backup copy), then loads the main
window's modules, while the user types; a 로그인 pressed sooner waits for the database,
the dialog responsive. No widget is made off the GUI thread: the worker only imports
and opens. When the database turns out not to exist after all (its making was cut off
before the first account), the first-run dialog takes the log-in's place; when it
cannot be opened, the error is shown and the program ends, as before.

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
import importlib
from collections.abc import Callable
from datetime import date
from enum import Enum
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from deskapp.domain.access import Actor
from deskapp.services.location import likely_present, shown_location
from deskapp.ui.errors import show_error
from deskapp.ui.login import LoginDialog
from deskapp.ui.workers import QueryOp

#: After a restore, how soon the log-out is tried again while a form's question is open.
RELOGIN_RETRY_MS = 500
#: At log-out, how long the closed window's running queries (short reads) may take to end
#: before the account is logged out; any still running then end unseen.
LOG_OUT_WAIT_MS = 2_000
#: The database is opened once the log-in dialog has been painted, or after this long
#: when no paint comes (a dialog never exposed).
OPEN_AT_THE_LATEST_MS = 300
#: What the main window needs, loaded on a worker thread while the user logs in.
WINDOW_MODULES = (
    "deskapp.ui.main_window",
    "deskapp.ui.admin",
    "deskapp.ui.casework",
    "deskapp.ui.events",
    "deskapp.ui.review",
)

if TYPE_CHECKING:
    from deskapp.services.workspace import Workspace
    from deskapp.ui.admin import AdminTools
    from deskapp.ui.casework import CaseworkTools
    from deskapp.ui.events import EventTools
    from deskapp.ui.first_run import FirstRunDialog
    from deskapp.ui.main_window import MainWindow
    from deskapp.ui.review import ReviewTools


class _Loaded(Enum):
    NOT_YET = "not yet"
    LOADING = "loading"
    DONE = "done"


def open_database(db: str | None, today: date | None) -> Workspace | None:
    """On a worker thread: load the services and open ``db`` (the first start of each day
    takes a backup copy before anyone works); None when it does not exist after all."""
    from deskapp.services.workspace import Workspace, database_exists

    if not database_exists(db):
        return None
    return Workspace.open(db, today, daily_backup=True)


def load_window_modules() -> None:
    """On a worker thread: import the main window's modules (no widget is made)."""
    for name in WINDOW_MODULES:
        importlib.import_module(name)


class Startup(QObject):
    """Leads the user from launch to the main window, owning the open Workspace."""

    sig_finished = Signal(int)
    """Startup ended without a window: the exit code (0 cancelled, 1 failed)."""
    sig_window_shown = Signal(object)
    """The main window is shown: the MainWindow."""

    def __init__(
        self,
        db: str | None,
        settings: QSettings,
        today: date | None = None,
        prepare: Callable[[], object] | None = None,
    ) -> None:
        """``prepare`` runs once before the database is opened, on the worker thread that
        opens it (the application's log file, say): it must not touch a widget."""
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
        self._prepare = prepare
        self._opening = False
        self._over = False  # cancelled, failed or closed: nothing more is started
        self._window_modules = _Loaded.NOT_YET
        self._actor_waiting: Actor | None = None

    def start(self) -> None:
        if likely_present(self.db):
            self._log_in_while_opening()
        else:
            self._first_run()

    def current_dialog(self) -> QDialog | None:
        for dialog in (self.login, self.first_run):
            if dialog is not None and dialog.isVisible():
                return dialog
        return None

    def _prepared(self) -> None:
        prepare, self._prepare = self._prepare, None
        if prepare is not None:
            prepare()

    def _first_run(self) -> None:
        self._prepared()
        from deskapp.ui.first_run import FirstRunDialog

        self.first_run = FirstRunDialog(self.db, self.settings)
        self.first_run.finished.connect(self._first_run_done)
        self.first_run.open()

    def _first_run_done(self, result: int) -> None:
        dialog = self.first_run
        assert dialog is not None
        self.workspace = dialog.workspace
        if result != QDialog.DialogCode.Accepted or self.workspace is None:
            self._finish(0)
            return
        self._log_in(dialog.username)

    def _log_in_while_opening(self) -> None:
        """The log-in dialog at once; the database opens once it has been painted."""
        self.login = LoginDialog(None, self.settings, location=shown_location(self.db))
        self.login.finished.connect(self._logged_in)
        # Queued: the paint is flushed to the screen before the worker starts loading.
        self.login.sig_painted.connect(self._open_existing, Qt.ConnectionType.QueuedConnection)
        self.login.open()
        QTimer.singleShot(OPEN_AT_THE_LATEST_MS, self._open_existing)

    def _open_existing(self) -> None:
        if self._opening or self._over:
            return
        self._opening = True
        db, today, prepared = self.db, self.today, self._prepared

        def op(_progress: object) -> Workspace | None:
            prepared()
            return open_database(db, today)

        QueryOp(parent=None, op=op, success=self._opened).failure(
            self._open_failed
        ).run_in_background()

    def _opened(self, workspace: Workspace | None) -> None:
        if self._over:  # the log-in was cancelled meanwhile
            if workspace is not None:
                workspace.close()
            return
        login = self.login
        if workspace is None:  # its making was cut off: the first run makes it again
            self._drop_login()
            self._first_run()
            return
        self.workspace = workspace
        if login is not None:
            login.set_workspace(workspace)
        self._load_window_modules()

    def _open_failed(self, error: BaseException) -> None:
        if self._over:
            return
        self._drop_login()
        show_error(None, error)
        self._finish(1)

    def _drop_login(self) -> None:
        """The log-in dialog shown before the database was open goes, unanswered."""
        login, self.login = self.login, None
        if login is not None:
            login.finished.disconnect(self._logged_in)
            login.done(QDialog.DialogCode.Rejected)
            login.deleteLater()

    def _finish(self, code: int) -> None:
        self._over = True
        self.sig_finished.emit(code)

    def _log_in(self, username: str = "", *, notice: str = "", prefill: bool = True) -> None:
        assert self.workspace is not None
        self.login = LoginDialog(
            self.workspace, self.settings, username, notice=notice, prefill=prefill
        )
        self.login.finished.connect(self._logged_in)
        self.login.open()

    def _logged_in(self, result: int) -> None:
        assert self.login is not None
        actor = self.login.actor
        if result != QDialog.DialogCode.Accepted or actor is None:
            self._finish(0)
            return
        assert self.workspace is not None
        if self._window_modules is _Loaded.DONE:
            self._show_window(actor)
            return
        # The window's modules are still loading (or, after a first run, not yet):
        # the window follows as soon as they are.
        self._actor_waiting = actor
        self._load_window_modules()

    def _load_window_modules(self) -> None:
        if self._window_modules is not _Loaded.NOT_YET:
            return
        self._window_modules = _Loaded.LOADING
        QueryOp(
            parent=None, op=lambda _progress: load_window_modules(), success=self._loaded
        ).failure(self._loaded).run_in_background()

    def _loaded(self, _outcome: object) -> None:
        """The window's modules are loaded (a failure is met again, and shown, when the
        window imports them)."""
        self._window_modules = _Loaded.DONE
        actor, self._actor_waiting = self._actor_waiting, None
        if actor is not None and not self._over:
            self._show_window(actor)

    def _show_window(self, actor: Actor) -> None:
        assert self.workspace is not None
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
        from deskapp.ui.widgets import ask_once

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
        self._over = True
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
