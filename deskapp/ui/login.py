"""The log-in dialog: user name and password, checked by the accounts service.

At launch the dialog is shown before the database is open (``Startup`` opens it while
the user types): without a workspace yet, 로그인 waits for it, the dialog responsive,
then checks the password. The dialog says when it has first been painted
(``sig_painted``): the launch loads the rest only then.

A desk PC is shared: the dialog fills in the last account only when this PC's
settings say so (``login/remember_account``, off unless someone ticks
"이 PC에서 계정 기억" at log-in); otherwise the name is not even kept.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QCloseEvent, QPaintEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from deskapp import i18n
from deskapp.domain.access import Actor
from deskapp.domain.errors import DeskappError
from deskapp.ui.errors import error_message
from deskapp.ui.language import LanguageBox
from deskapp.ui.workers import QueryOp

if TYPE_CHECKING:  # loaded after the dialog is shown (deskapp/ui/startup.py)
    from deskapp.services.workspace import Workspace

_LAST_USER_KEY = "login/username"
REMEMBER_KEY = "login/remember_account"


def remembers_account(settings: QSettings | None) -> bool:
    """Whether this PC keeps the last account's user name for the next log-in (default no)."""
    if settings is None:
        return False
    return str(settings.value(REMEMBER_KEY, "false")).lower() in ("true", "1")


class LoginDialog(QDialog):
    """Asks for a user name and password; a wrong one is shown here and the dialog stays."""

    sig_painted = Signal()
    """The dialog has been painted for the first time: it can be used."""

    def __init__(
        self,
        workspace: Workspace | None,
        settings: QSettings | None = None,
        username: str = "",
        parent: QWidget | None = None,
        *,
        notice: str = "",
        prefill: bool = True,
        location: str = "",
    ) -> None:
        """``username`` fills in the name (the account just made, say); else the PC's
        remembered one unless ``prefill`` is False (someone else logs in); ``notice``
        says why the log-in is asked (again). Without a ``workspace`` (still opening:
        ``set_workspace`` hands it over) the dialog names the database by ``location``."""
        super().__init__(parent)
        self.workspace = workspace
        self.settings = settings
        self.actor: Actor | None = None
        self._checking = False
        self._painted = False
        #: The user name and password of a 로그인 pressed before the workspace was open.
        self._pending: tuple[str, str] | None = None
        self.setWindowTitle(self.tr("Log in to deskapp"))

        heading = QLabel(self.tr("Geumcheon-gu job counseling desks"), self)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        self.location_label = QLabel(self)
        self.location_label.setWordWrap(True)
        self.location_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._show_location(workspace.location if workspace is not None else location)

        self.username_edit = QLineEdit(self)
        self.username_edit.setMaxLength(40)
        remember = remembers_account(settings)
        remembered = ""
        if remember and prefill and settings is not None:
            remembered = str(settings.value(_LAST_USER_KEY, "", str) or "")
        self.username_edit.setText(username or remembered)
        self.remember_box = QCheckBox(self.tr("&Remember account on this PC"), self)
        self.remember_box.setChecked(remember)
        self.remember_box.setToolTip(
            self.tr("Fills in the user name at the next login. Turn this off on a shared PC.")
        )
        self.notice_label = QLabel(notice, self)
        self.notice_label.setWordWrap(True)
        self.notice_label.setObjectName("login_notice")
        self.notice_label.setVisible(bool(notice))
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setAccessibleName(self.tr("Error"))
        self.error_label.hide()
        self.opening_label = QLabel(self.tr("Opening the database…"), self)
        self.opening_label.hide()
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setMaximumHeight(6)
        self.progress_bar.hide()

        form = QFormLayout()
        form.addRow(self.tr("&User name:"), self.username_edit)
        form.addRow(self.tr("&Password:"), self.password_edit)
        form.addRow("", self.remember_box)
        self.language_box = LanguageBox(settings, self)
        self.language_box.setToolTip(self.tr("Takes effect when deskapp starts again."))
        self.language_note = QLabel(self.tr("Takes effect when deskapp starts again."), self)
        self.language_note.setVisible(False)
        self.language_box.currentIndexChanged.connect(
            lambda _index: self.language_note.setVisible(
                self.language_box.chosen() != i18n.language()
            )
        )
        form.addRow(self.tr("Lan&guage:"), self.language_box)
        form.addRow("", self.language_note)

        self.buttons = QDialogButtonBox(self)
        self.login_button = self.buttons.addButton(
            self.tr("Log in"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.login_button.setDefault(True)
        self.buttons.accepted.connect(self.check)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.location_label)
        layout.addWidget(self.notice_label)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.opening_label)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.buttons)
        QWidget.setTabOrder(self.username_edit, self.password_edit)
        QWidget.setTabOrder(self.password_edit, self.remember_box)
        QWidget.setTabOrder(self.remember_box, self.login_button)
        QWidget.setTabOrder(self.login_button, self.cancel_button)
        QWidget.setTabOrder(self.cancel_button, self.language_box)
        (self.password_edit if self.username_edit.text() else self.username_edit).setFocus()
        self.setMinimumWidth(400)

    def _show_location(self, location: str) -> None:
        self.location_label.setText(self.tr("Database: {location}").format(location=location))

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.sig_painted.emit()

    def set_workspace(self, workspace: Workspace) -> None:
        """The database is open: a 로그인 already pressed is checked now."""
        self.workspace = workspace
        self._show_location(workspace.location)
        self.opening_label.hide()
        pending, self._pending = self._pending, None
        if pending is not None:
            self._authenticate(*pending)

    def check(self) -> None:
        """Check the password in the background (argon2 takes a moment on purpose); while
        the database is still opening, once it is open."""
        if self._checking:
            return
        username, password = self.username_edit.text().strip(), self.password_edit.text()
        if not username:
            self._show_error(self.tr("Enter your user name."))
            self.username_edit.setFocus()
            return
        self._set_checking(True)
        if self.workspace is None:
            self._pending = (username, password)
            self.error_label.hide()
            self.opening_label.show()
            self.progress_bar.setRange(0, 0)
            self.progress_bar.show()
            return
        self._authenticate(username, password)

    def _authenticate(self, username: str, password: str) -> None:
        assert self.workspace is not None
        accounts = self.workspace.accounts
        QueryOp(
            parent=self,
            op=lambda _progress: accounts.authenticate(username, password),
            success=self._accepted,
        ).failure(self._refused).with_progress(self.progress_bar).run_in_background()

    def _set_checking(self, checking: bool) -> None:
        self._checking = checking
        for widget in (self.username_edit, self.password_edit, self.login_button):
            widget.setEnabled(not checking)
        if not checking:
            self.progress_bar.hide()

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def _accepted(self, actor: Actor) -> None:
        self._set_checking(False)
        self.actor = actor
        if self.settings is not None:
            remember = self.remember_box.isChecked()
            self.settings.setValue(REMEMBER_KEY, remember)
            if remember:
                self.settings.setValue(_LAST_USER_KEY, actor.username)
            else:
                self.settings.remove(_LAST_USER_KEY)
            self.settings.sync()
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self._set_checking(False)
        self._show_error(error_message(error))
        self.password_edit.clear()
        if isinstance(error, DeskappError):
            self.password_edit.setFocus()

    def reject(self) -> None:
        if not self._checking or self._pending is not None:  # waiting for the database: may go
            self._pending = None
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._checking and self._pending is None:
            event.ignore()
            return
        super().closeEvent(event)
