"""From launch to the main window: first run when there is no database, log-in, the window.

Each step is a dialog opened with ``open()`` (no nested event loops), so the
whole sequence runs in the application's one event loop.
"""

from __future__ import annotations

import contextlib
from datetime import date
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QDialog

from deskapp.services.workspace import Workspace, database_exists
from deskapp.ui.errors import show_error
from deskapp.ui.first_run import FirstRunDialog
from deskapp.ui.login import LoginDialog
from deskapp.ui.workers import QueryOp

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
            label=self.tr("데이터베이스를 여는 중…")
        ).run_in_background()

    def _opened(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self._log_in()

    def _open_failed(self, error: BaseException) -> None:
        show_error(None, error)
        self.sig_finished.emit(1)

    def _log_in(self, username: str = "") -> None:
        assert self.workspace is not None
        self.login = LoginDialog(self.workspace, self.settings, username)
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
        from deskapp.ui.admin import install as install_admin
        from deskapp.ui.casework import install as install_casework
        from deskapp.ui.events import install as install_events
        from deskapp.ui.main_window import MainWindow
        from deskapp.ui.review import install as install_review

        self.window = MainWindow(self.workspace, actor, self.settings)
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()  # keyboard shortcuts need the active window
        self.window.nav.setFocus()
        # After show(): the background check's warning must appear over the window.
        self.admin_tools = install_admin(self.window, self.workspace, actor)
        self.review_tools = install_review(self.window, self.workspace, actor)
        self.casework_tools = install_casework(self.window, self.workspace, actor)
        self.event_tools = install_events(self.window, self.workspace, actor)
        self.sig_window_shown.emit(self.window)

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
