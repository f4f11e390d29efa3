"""The idle lock: after N minutes without input the windows are hidden behind a password.

An application-wide event filter notes the time of the last key press, click,
wheel turn or mouse move; a single-shot QTimer wakes when the interval could
have run out and locks only if it really has (the filter itself does nothing
but store a number, since it sees every event of the application).

While locked, every window that may show records (the main window and its
dialogs) is hidden, and one that opens meanwhile (a worker's result) is hidden
as it appears; the lock dialog asks for the password of the logged-in account
through ``accounts.verify_password``, which counts failures and locks the
account after five, like a log-in. 다른 사용자로 로그인 lets someone else take over
the PC: whoever built the window logs the locked account out (startup.py).
"""

from __future__ import annotations

import time

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QInputMethodEvent,
    QKeyEvent,
    QMouseEvent,
    QTabletEvent,
    QTouchEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.audit import DEFAULT_IDLE_MINUTES, LOCK_MINUTES, MAX_FAILED_LOGINS, AccessAction
from deskapp.ui.admin.common import ERROR_STYLE, busy_bar
from deskapp.ui.context import WorkContext
from deskapp.ui.errors import error_message
from deskapp.ui.workers import QueryOp

SETTINGS_KEY = "idle_lock/minutes"
#: How often the window tells the services that the user is at work (when they are).
KEEPALIVE_MS = 60_000
MIN_MINUTES, MAX_MINUTES = 1, 120
#: What counts as the user's input. Enter, leave and hover events do not: Qt sends them
#: when a widget appears under a mouse that never moved. A class test is also cheaper
#: than comparing QEvent.Type members, and the filter sees every event of the application.
_INPUT_EVENTS = (QKeyEvent, QMouseEvent, QWheelEvent, QTouchEvent, QTabletEvent, QInputMethodEvent)


def saved_minutes(settings: QSettings) -> int:
    """The idle minutes kept in the settings, else DEFAULT_IDLE_MINUTES."""
    try:
        minutes = int(str(settings.value(SETTINGS_KEY, DEFAULT_IDLE_MINUTES)))
    except ValueError:
        return DEFAULT_IDLE_MINUTES
    return min(max(minutes, MIN_MINUTES), MAX_MINUTES)


def _conceals(widget: QWidget) -> bool:
    """Whether the lock hides this window: windows that may show records.

    Message boxes and file dialogs stay: hiding one would end its nested event
    loop as if the user had answered it, and they show no records.
    """
    if not isinstance(widget, QMainWindow | QDialog):
        return False
    return not isinstance(widget, LockDialog | QMessageBox | QFileDialog | QProgressDialog)


class LockDialog(QDialog):
    """Covers the application until the logged-in account's password is given."""

    sig_unlocked = Signal()
    """The right password was given."""
    sig_quit = Signal()
    """The user chose to end the program instead of unlocking."""
    sig_switch_user = Signal()
    """The user chose to log in with another account (the locked one is logged out)."""

    def __init__(self, context: WorkContext, reason: str) -> None:
        super().__init__(None)  # a window of its own: the main window is hidden
        self.workspace = context.workspace
        self.actor = actor = context.actor
        self.failures = 0
        self._checking = False
        self._may_close = False
        self.setWindowTitle(self.tr("deskapp — Screen locked"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setObjectName("lock_dialog")

        heading = QLabel(self.tr("The screen is locked"), self)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        self.reason_label = QLabel(
            self.tr(
                "This screen was in use by the account {name} ({username}). {reason} "
                "To use it again, enter this account's password."
            ).format(name=actor.display_name, username=actor.username, reason=reason),
            self,
        )
        self.reason_label.setWordWrap(True)
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setAccessibleName(self.tr("Error"))
        self.error_label.hide()
        self.note_label = QLabel(self)
        self.note_label.setWordWrap(True)
        self.note_label.hide()
        self.progress_bar = busy_bar(self)
        form = QFormLayout()
        password_label = QLabel(self.tr("&Password:"), self)
        password_label.setBuddy(self.password_edit)
        form.addRow(password_label, self.password_edit)
        self.buttons = QDialogButtonBox(self)
        self.unlock_button = self.buttons.addButton(
            self.tr("&Unlock"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.quit_button = self.buttons.addButton(
            self.tr("E&xit program"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.switch_button = self.buttons.addButton(
            self.tr("L&og in as another user"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.switch_button.setToolTip(
            self.tr(
                "Log out this account and close its windows, then someone else logs in "
                "with their own account (the program stays open)."
            )
        )
        self.unlock_button.setDefault(True)
        self.quit_button.setAutoDefault(False)
        self.switch_button.setAutoDefault(False)
        self.unlock_button.clicked.connect(self.check)
        self.quit_button.clicked.connect(self._quit)
        self.switch_button.clicked.connect(self._switch_user)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.reason_label)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.note_label)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.buttons)
        QWidget.setTabOrder(self.password_edit, self.unlock_button)
        QWidget.setTabOrder(self.unlock_button, self.switch_button)
        QWidget.setTabOrder(self.switch_button, self.quit_button)
        self.password_edit.setFocus()
        self.setMinimumWidth(420)

    def check(self) -> None:
        """Check the password in the background (argon2 takes a moment on purpose)."""
        if self._checking:
            return
        password = self.password_edit.text()
        if not password:
            self._show_error(self.tr("Enter the password."))
            return
        self._set_checking(True)
        accounts, actor = self.workspace.accounts, self.actor
        QueryOp(
            parent=self,
            op=lambda _progress: accounts.verify_password(actor, password),
            success=self._checked,
        ).failure(self._failed).with_progress(self.progress_bar).run_in_background()

    def _set_checking(self, checking: bool) -> None:
        self._checking = checking
        for widget in (
            self.password_edit,
            self.unlock_button,
            self.switch_button,
            self.quit_button,
        ):
            widget.setEnabled(not checking)
        if not checking:
            self.progress_bar.hide()

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()
        self.password_edit.setFocus()

    def _checked(self, right: bool) -> None:
        self._set_checking(False)
        self.password_edit.clear()
        if right:
            self._may_close = True
            self.sig_unlocked.emit()
            self.accept()
            return
        self.failures += 1
        if self.failures >= MAX_FAILED_LOGINS:
            message = self.tr(
                "The password was wrong {max} times, so the account is locked for "
                "{minutes} minutes. Enter it again after that or exit the program."
            ).format(max=MAX_FAILED_LOGINS, minutes=LOCK_MINUTES)
        else:
            message = self.tr(
                "Incorrect password ({n}/{max}). After {max} wrong attempts the "
                "account is locked for {minutes} minutes."
            ).format(n=self.failures, max=MAX_FAILED_LOGINS, minutes=LOCK_MINUTES)
        self._show_error(message)

    def _failed(self, error: BaseException) -> None:
        self._set_checking(False)
        self.password_edit.clear()
        self._show_error(error_message(error))

    def show_note(self, text: str) -> None:
        self.note_label.setText(text)
        self.note_label.show()

    def _quit(self) -> None:
        if self._checking:
            return
        self._may_close = True
        self.sig_quit.emit()
        self.done(QDialog.DialogCode.Rejected)

    def _switch_user(self) -> None:
        if not self._checking:
            self.sig_switch_user.emit()  # the dialog stays until the log-out is under way

    def release(self) -> None:
        """Let the dialog close (the lock ends some other way, or the program ends)."""
        self._may_close = True
        self.close()

    def reject(self) -> None:
        if self._may_close:  # Esc and the title bar's close button do not unlock
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._may_close:
            event.ignore()
            return
        super().closeEvent(event)


class IdleSettingsDialog(QDialog):
    """화면 잠금 설정: the minutes without input after which the window locks."""

    def __init__(self, minutes: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Screen lock settings"))
        intro = QLabel(
            self.tr(
                "If there is no keyboard or mouse input for the set time, the screen "
                "locks and the password of the logged-in account is needed to use it "
                "again. This is saved on this computer."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.minutes_spin = QSpinBox(self)
        self.minutes_spin.setRange(MIN_MINUTES, MAX_MINUTES)
        self.minutes_spin.setValue(minutes)
        self.minutes_spin.setSuffix(self.tr(" min"))
        self.minutes_spin.setAccessibleName(self.tr("Time until lock"))
        label = QLabel(self.tr("Lock after this long without input (&M):"), self)
        label.setBuddy(self.minutes_spin)
        form = QFormLayout()
        form.addRow(label, self.minutes_spin)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.minutes_spin.setFocus()
        self.minutes_spin.selectAll()

    def minutes(self) -> int:
        return self.minutes_spin.value()


def _duration_text(msecs: int) -> str:
    """How long there was no input, for the access log (Korean data, like the services')."""
    if msecs % 60_000 == 0:
        return f"{msecs // 60_000}분"  # korean-data
    return f"{msecs / 1000:g}초"  # korean-data


class IdleLock(QObject):
    """Locks the application after a time without keyboard or mouse input."""

    sig_locked = Signal(str)
    """The application was locked: why, in Korean."""
    sig_unlocked = Signal()
    """The right password was given: the hidden windows are shown again."""
    sig_quit_requested = Signal()
    """The user ended the program from the lock dialog (the main window was closed)."""
    sig_switch_user_requested = Signal()
    """다른 사용자로 로그인 on the lock dialog: whoever built the window logs the account out
    (it calls :meth:`end_for_log_out` once it goes ahead)."""

    def __init__(
        self,
        context: WorkContext,
        window: QMainWindow,
        settings: QSettings,
        interval_ms: int | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.window = window
        self.workspace = context.workspace
        self.actor = context.actor
        # The idle minutes are the PC's (an administrator sets them), not the account's
        # (context.settings): the caller hands in the PC's settings.
        self.settings = settings
        self.dialog: LockDialog | None = None
        self._interval_ms = (
            interval_ms if interval_ms is not None else saved_minutes(settings) * 60_000
        )
        self._last_input = time.monotonic()
        self._locked = False
        self._started = False
        self._hidden: list[QWidget] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._wake)
        # The services keep the session open only while the user works in the window.
        self._touched = time.monotonic()
        self._keepalive = QTimer(self)
        self._keepalive.setInterval(KEEPALIVE_MS)
        self._keepalive.timeout.connect(self._keep_session)

    # -- configuration -------------------------------------------------------------------

    @property
    def interval_ms(self) -> int:
        return self._interval_ms

    def set_interval_ms(self, msecs: int) -> None:
        """Lock after ``msecs`` without input (not saved: tests and callers that know better)."""
        self._interval_ms = max(1, int(msecs))
        if self._started and not self._locked:
            self._last_input = time.monotonic()
            self._timer.start(self._interval_ms)

    def set_minutes(self, minutes: int) -> None:
        """Lock after ``minutes`` without input, and keep that in the settings."""
        minutes = min(max(int(minutes), MIN_MINUTES), MAX_MINUTES)
        self.settings.setValue(SETTINGS_KEY, minutes)
        self.settings.sync()
        self.set_interval_ms(minutes * 60_000)
        self._touch(minutes)

    # -- running -------------------------------------------------------------------------

    def start(self) -> None:
        app = QCoreApplication.instance()
        if self._started or app is None:
            return
        self._started = True
        app.installEventFilter(self)
        self._last_input = time.monotonic()
        self._timer.start(self._interval_ms)
        self._keepalive.start()
        self._touch(max(1, round(self._interval_ms / 60_000)))

    def stop(self) -> None:
        app = QCoreApplication.instance()
        if app is not None and self._started:
            app.removeEventFilter(self)
        self._started = False
        self._timer.stop()
        self._keepalive.stop()

    def is_locked(self) -> bool:
        return self._locked

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, _INPUT_EVENTS):
            self._last_input = time.monotonic()
        elif self._locked:
            kind = event.type()
            if kind == QEvent.Type.Close and watched in self._hidden:
                self._hidden.remove(watched)
            elif (
                kind == QEvent.Type.Show
                and isinstance(watched, QWidget)
                and watched.isWindow()
                and _conceals(watched)
            ):
                # A window opened while locked (a worker's outcome): out of sight too.
                QTimer.singleShot(0, lambda widget=watched: self._conceal(widget))
        return False

    def _keep_session(self) -> None:
        """Tell the services the user is at work (input since the last time)."""
        if self._started and not self._locked and self._last_input > self._touched:
            self._touch()

    def _touch(self, minutes: int | None = None) -> None:
        self._touched = time.monotonic()
        accounts, actor = self.workspace.accounts, self.actor
        QueryOp(parent=None, op=lambda _progress: accounts.touch(actor, minutes)).failure(
            lambda _error: None  # the next unit of work says what is wrong
        ).run_in_background()

    def _wake(self) -> None:
        if self._locked or not self._started:
            return
        if not self.window.isVisible():  # closed or not yet shown: nothing to protect
            self._timer.start(self._interval_ms)
            return
        idle = (time.monotonic() - self._last_input) * 1000
        remaining = self._interval_ms - idle
        if remaining > 0:
            self._timer.start(max(1, int(remaining)))
            return
        self.lock(
            self.tr("No input for {duration}.").format(
                duration=self._minutes_text(self._interval_ms)
            ),
            f"입력 없이 {_duration_text(self._interval_ms)}",  # korean-data
        )

    def _minutes_text(self, msecs: int) -> str:
        if msecs % 60_000 == 0:
            return self.tr("{n} min").format(n=msecs // 60_000)
        return self.tr("{n:g} s").format(n=msecs / 1000)

    def lock_now(self) -> None:
        """Lock at once (the user is leaving the desk)."""
        self.lock(self.tr("You chose to lock the screen."), "사용자가 잠금")  # korean-data

    def lock(self, reason: str, detail: str) -> None:
        """Hide the windows that may show records and ask for the password; log the lock."""
        if self._locked:
            return
        self._locked = True
        self._timer.stop()
        while (popup := QApplication.activePopupWidget()) is not None:
            popup.close()
        self.dialog = LockDialog(self.context, reason)
        self.dialog.sig_unlocked.connect(self.unlock)
        self.dialog.sig_quit.connect(self._quit)
        self.dialog.sig_switch_user.connect(self.sig_switch_user_requested)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible() and _conceals(widget):
                self._conceal(widget)
        audit, actor, dialog = self.workspace.audit, self.actor, self.dialog

        def not_logged(error: BaseException) -> None:
            if shiboken6.isValid(dialog):
                dialog.show_note(
                    self.tr("Could not record the lock in the access log: {message}").format(
                        message=error_message(error)
                    )
                )

        accounts = self.workspace.accounts

        def record(_progress: object) -> None:
            try:
                audit.record(actor, AccessAction.LOCK, detail)
            finally:
                accounts.lock_session(actor)  # the services refuse it until the password

        QueryOp(parent=None, op=record).failure(not_logged).run_in_background()
        self.sig_locked.emit(reason)

    def _conceal(self, widget: QWidget) -> None:
        if not self._locked or not shiboken6.isValid(widget) or not widget.isVisible():
            return
        if widget not in self._hidden:
            self._hidden.append(widget)
        widget.hide()

    def unlock(self) -> None:
        """Show the hidden windows again (called when the right password was given)."""
        if not self._locked:
            return
        self._locked = False
        # The main window first, so that its dialogs come back above it.
        hidden = sorted(self._hidden, key=lambda w: w is not self.window)
        self._hidden = []
        for widget in hidden:
            if shiboken6.isValid(widget):
                widget.show()
        if shiboken6.isValid(self.window):
            self.window.raise_()
            self.window.activateWindow()
        self._release_dialog()
        self._last_input = time.monotonic()
        if self._started:
            self._timer.start(self._interval_ms)
        self.sig_unlocked.emit()

    def _release_dialog(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.release()
            dialog.deleteLater()

    def end_for_log_out(self) -> None:
        """The locked account logs out: the lock ends without showing its windows again."""
        self._hidden = []
        self._release_dialog()
        self.stop()
        self._locked = False

    def _quit(self) -> None:
        """End the program from the lock: the windows close without being shown again."""
        self._hidden = []
        self._release_dialog()
        self.stop()
        self.sig_quit_requested.emit()
        if shiboken6.isValid(self.window):
            self.window.close()
        QCoreApplication.quit()  # the window was hidden: closing it need not end the loop
