"""계정 관리: the administrator's accounts dialog and its forms (add, role and desk, password).

Every call goes to :class:`~deskapp.services.accounts.AccountService` in a
worker (argon2 makes password work slow on purpose). The rules are the
service's: the forms check the same rules first only to show every problem at
once, each under its field.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.desks import DESKS
from deskapp.domain.errors import ValidationError
from deskapp.domain.records import Role
from deskapp.services.accounts import (
    AccountEventItem,
    UserItem,
    check_password_rules,
    check_username,
)
from deskapp.ui.admin.common import FieldErrors, StatusLabel, busy_bar
from deskapp.ui.admin.models import AccountEventsModel, UsersModel
from deskapp.ui.context import WorkContext
from deskapp.ui.widgets import CopyTableView
from deskapp.ui.workers import Progress, QueryOp

#: The services' field names (ValidationError.problems), shown under these fields.
USERNAME, DISPLAY_NAME, ROLE, DESK = "사용자 이름", "표시 이름", "역할", "창구"  # korean-data
PASSWORD, CONFIRM = "비밀번호", "비밀번호 확인"  # korean-data


def _role_combo(parent: QWidget, current: Role = Role.COUNSELOR) -> QComboBox:
    combo = QComboBox(parent)
    for role in (Role.COUNSELOR, Role.TEAM_LEAD, Role.ADMIN):
        combo.addItem(role.label, role.value)
    combo.setCurrentIndex(combo.findData(current.value))
    return combo


def _desk_combo(parent: QWidget, none_text: str, current: str | None = None) -> QComboBox:
    combo = QComboBox(parent)
    combo.addItem(none_text, None)
    for desk in DESKS:
        combo.addItem(desk.short_name, desk.code)
    index = combo.findData(current) if current else 0
    combo.setCurrentIndex(max(index, 0))
    return combo


def _password_edit(parent: QWidget) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(128)
    return edit


def _collect(problems: list[tuple[str, str]], check: Callable[[], object]) -> None:
    """Run a service rule; add its problems to ``problems`` instead of stopping at the first."""
    try:
        check()
    except ValidationError as error:
        problems.extend(error.problems)


class _FormDialog(QDialog):
    """A small form that saves through one service call in a worker, then closes."""

    sig_saved = Signal(str)
    """The form was saved: the user name of the account it changed."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._running = False
        self.form = QFormLayout()
        self.status_label = StatusLabel(self)
        self.errors = FieldErrors(self.form, self.status_label)
        self.progress_bar = busy_bar(self)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(
            self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def _finish_layout(self, intro: str = "") -> None:
        layout = QVBoxLayout(self)
        if intro:
            label = QLabel(intro, self)
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addLayout(self.form)
        layout.addWidget(self.status_label)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def save(self) -> None:  # pragma: no cover - each form has its own
        raise NotImplementedError

    def _run(self, username: str, op: Callable[[], object], done_text: str) -> None:
        self._set_running(True)
        QueryOp(
            parent=self,
            op=lambda _progress: op(),
            success=lambda _result: self._saved(username),
        ).failure(self._refused).with_progress(self.progress_bar).run_in_background()
        self.status_label.show_text(done_text)

    def _set_running(self, running: bool) -> None:
        self._running = running
        self.save_button.setEnabled(not running)
        self.cancel_button.setEnabled(not running)
        if not running:
            self.progress_bar.hide()

    def _saved(self, username: str) -> None:
        self._set_running(False)
        self.sig_saved.emit(username)
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self._set_running(False)
        self.errors.clear()
        self.errors.show(error)

    def reject(self) -> None:
        if not self._running:  # the change is already on its way; wait for its outcome
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._running:
            event.ignore()
            return
        super().closeEvent(event)


class AccountFormDialog(_FormDialog):
    """A new account: user name, display name, role, desk (counselors), password twice."""

    def __init__(self, context: WorkContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = context.workspace
        self.actor = context.actor
        self.setWindowTitle(self.tr("Add account"))
        self.username_edit = QLineEdit(self)
        self.username_edit.setMaxLength(40)
        self.username_edit.setPlaceholderText(
            self.tr("Starts with a letter; 2–40 letters or digits")
        )
        self.display_edit = QLineEdit(self)
        self.display_edit.setMaxLength(60)
        self.display_edit.setPlaceholderText(self.tr("e.g. Kim Sangdam"))
        self.role_combo = _role_combo(self)
        self.desk_combo = _desk_combo(self, self.tr("(none)"))
        self.password_edit = _password_edit(self)
        self.password_edit.setPlaceholderText(self.tr("At least 8 characters, letters and digits"))
        self.confirm_edit = _password_edit(self)
        self.errors.add_row(self.tr("&User name:"), self.username_edit, USERNAME)
        self.errors.add_row(self.tr("Display &name:"), self.display_edit, DISPLAY_NAME)
        self.errors.add_row(self.tr("&Role:"), self.role_combo, ROLE)
        self.errors.add_row(self.tr("&Desk:"), self.desk_combo, DESK)
        self.errors.add_row(self.tr("&Password:"), self.password_edit, PASSWORD)
        self.errors.add_row(self.tr("&Confirm password:"), self.confirm_edit, CONFIRM)
        self._finish_layout(self.tr("Counselor accounts need a desk."))
        self.save_button.setText(self.tr("&Add"))
        self.username_edit.setFocus()

    def role(self) -> Role:
        return Role(self.role_combo.currentData())

    def desk(self) -> str | None:
        data = self.desk_combo.currentData()
        return str(data) if data else None

    def problems(self) -> list[tuple[str, str]]:
        """Every problem of the form as typed, by the services' rules."""
        username, password = self.username_edit.text(), self.password_edit.text()
        problems: list[tuple[str, str]] = []
        _collect(problems, lambda: check_username(username))
        _collect(problems, lambda: check_password_rules(password))
        if password != self.confirm_edit.text():
            problems.append((CONFIRM, self.tr("The password and the confirmation do not match.")))
        if self.role() is Role.COUNSELOR and self.desk() is None:
            problems.append((DESK, self.tr("Counselor accounts need a desk.")))
        return problems

    def save(self) -> None:
        if self._running:
            return
        self.errors.clear()
        problems = self.problems()
        if problems:
            self.errors.show(ValidationError.many(problems))
            return
        accounts, actor = self.workspace.accounts, self.actor
        username = self.username_edit.text().strip()
        password, role, desk = self.password_edit.text(), self.role(), self.desk()
        display = self.display_edit.text().strip()
        self._run(
            username,
            lambda: accounts.create_user(actor, username, password, role, desk, display),
            self.tr("Creating the account…"),
        )


class RoleDialog(_FormDialog):
    """Change an account's role or desk (a change of rights, recorded by the service)."""

    def __init__(self, context: WorkContext, user: UserItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = context.workspace
        self.actor = context.actor
        self.user = user
        self.setWindowTitle(
            self.tr("Change role and desk — {username}").format(username=user.username)
        )
        self.role_combo = _role_combo(self, user.role)
        self.desk_combo = _desk_combo(self, self.tr("(none)"), user.desk)
        self.errors.add_row(self.tr("&Role:"), self.role_combo, ROLE)
        self.errors.add_row(self.tr("&Desk:"), self.desk_combo, DESK)
        self._finish_layout(
            self.tr(
                "Changes the role and desk of {name} ({username}). The change is recorded."
            ).format(name=user.display_name, username=user.username)
        )
        self.role_combo.setFocus()

    def save(self) -> None:
        if self._running:
            return
        self.errors.clear()
        role = Role(self.role_combo.currentData())
        data = self.desk_combo.currentData()
        desk = str(data) if data else None
        if role is Role.COUNSELOR and desk is None:
            self.errors.set(DESK, self.tr("Counselor accounts need a desk."))
            self.errors.focus_first()
            return
        accounts, actor, username = self.workspace.accounts, self.actor, self.user.username
        self._run(
            username,
            lambda: accounts.set_role(actor, username, role, desk),
            self.tr("Changing…"),
        )


class PasswordDialog(_FormDialog):
    """Give an account a new password (which also lifts a lock)."""

    def __init__(self, context: WorkContext, user: UserItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = context.workspace
        self.actor = context.actor
        self.user = user
        self.setWindowTitle(self.tr("Reset password — {username}").format(username=user.username))
        self.password_edit = _password_edit(self)
        self.confirm_edit = _password_edit(self)
        self.errors.add_row(self.tr("New &password:"), self.password_edit, PASSWORD)
        self.errors.add_row(self.tr("&Confirm password:"), self.confirm_edit, CONFIRM)
        self._finish_layout(
            self.tr(
                "Gives {name} ({username}) a new password. If the account is locked, "
                "this also unlocks it. Tell the new password to the person directly."
            ).format(name=user.display_name, username=user.username)
        )
        self.password_edit.setFocus()

    def save(self) -> None:
        if self._running:
            return
        self.errors.clear()
        password = self.password_edit.text()
        problems: list[tuple[str, str]] = []
        _collect(problems, lambda: check_password_rules(password))
        if password != self.confirm_edit.text():
            problems.append((CONFIRM, self.tr("The password and the confirmation do not match.")))
        if problems:
            self.errors.show(ValidationError.many(problems))
            return
        accounts, actor, username = self.workspace.accounts, self.actor, self.user.username
        self._run(
            username,
            lambda: accounts.reset_password(actor, username, password),
            self.tr("Changing the password…"),
        )


class AccountsDialog(QDialog):
    """계정 관리: accounts (add, disable or enable, password, role and desk) and their events."""

    sig_loaded = Signal()
    """The accounts and the account events were (re)loaded from the database."""
    sig_changed = Signal(str)
    """An account was added or changed: its user name."""

    def __init__(self, context: WorkContext, parent: QWidget | None = None) -> None:
        workspace, actor = context.workspace, context.actor
        super().__init__(parent)
        self.context = context
        self.workspace = workspace
        self.actor = actor
        self.form: _FormDialog | None = None
        self._busy = 0
        self._select_after_load = ""
        self._done_text = ""
        self.setWindowTitle(self.tr("Account management"))

        self.users_model = UsersModel(self)
        self.users_view = CopyTableView(self)
        self.users_view.setModel(self.users_model)
        self.users_view.setSelectionMode(CopyTableView.SelectionMode.SingleSelection)
        self.users_view.setAccessibleName(self.tr("Accounts"))
        self.users_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.users_view.horizontalHeader().setStretchLastSection(True)
        self.events_model = AccountEventsModel(self)
        self.events_view = CopyTableView(self)
        self.events_view.setModel(self.events_model)
        self.events_view.setAccessibleName(self.tr("Account change history"))
        self.events_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.events_view.horizontalHeader().setStretchLastSection(True)

        self.add_button = QPushButton(self.tr("Add… (&N)"), self)
        self.role_button = QPushButton(self.tr("Change &role and desk…"), self)
        self.password_button = QPushButton(self.tr("Reset &password…"), self)
        self.active_button = QPushButton(self.tr("&Deactivate"), self)
        self.reload_button = QPushButton(self.tr("Refresh"), self)
        self.reload_button.setToolTip(self.tr("Reload the list (F5)"))
        for button in self._action_buttons():
            button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_account)
        self.role_button.clicked.connect(self.change_role)
        self.password_button.clicked.connect(self.reset_password)
        self.active_button.clicked.connect(self.toggle_active)
        self.reload_button.clicked.connect(lambda: self.reload())
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, lambda: self.reload())

        users_page = QWidget(self)
        users_layout = QHBoxLayout(users_page)
        users_layout.addWidget(self.users_view, 1)
        side = QVBoxLayout()
        for button in self._action_buttons():
            side.addWidget(button)
        side.addStretch(1)
        users_layout.addLayout(side)
        events_page = QWidget(self)
        events_layout = QVBoxLayout(events_page)
        events_layout.addWidget(self.events_view)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(users_page, self.tr("Accounts (&L)"))
        self.tabs.addTab(events_page, self.tr("Change &history"))

        self.status_label = StatusLabel(self)
        self.progress_bar = busy_bar(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        # Shared mode on a desk PC: its database role cannot manage accounts. The list is
        # shown; the buttons that change an account are not offered.
        self.refusal = workspace.account_management_notice()
        self.refusal_label = StatusLabel(self)
        if self.refusal:
            self.refusal_label.show_text(self.refusal, error=True)
        else:
            self.refusal_label.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.refusal_label)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.buttons)

        self.users_view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.users_view.doubleClicked.connect(lambda _index: self.change_role())
        order = [self.tabs, self.users_view, *self._action_buttons(), self.events_view]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        self._update_buttons()
        self.resize(760, 460)

    def _action_buttons(self) -> list[QPushButton]:
        return [
            self.add_button,
            self.role_button,
            self.password_button,
            self.active_button,
            self.reload_button,
        ]

    # -- loading -------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()
        self.users_view.setFocus()

    def reload(self, select: str = "", done_text: str = "") -> None:
        """Read the accounts and the account events again (in a worker)."""
        self._select_after_load = select or self._selected_username()
        self._done_text = done_text
        accounts, actor = self.workspace.accounts, self.actor
        self._start(
            lambda _progress: (accounts.users(actor), accounts.events(actor)),
            self._loaded,
            self.tr("Reading the accounts…"),
        )

    def _loaded(self, result: tuple[list[UserItem], list[AccountEventItem]]) -> None:
        users, events = result
        self.users_model.set_rows(users)
        self.events_model.set_rows(events)
        row = self.users_model.row_of(self._select_after_load) if self._select_after_load else -1
        if row >= 0:
            self.users_view.selectRow(row)
        active = sum(1 for u in users if u.is_active)
        counts = self.tr("{n} accounts ({active} active)").format(n=len(users), active=active)
        self.status_label.show_text(f"{self._done_text} {counts}".strip())
        self._done_text = ""
        self._update_buttons()
        self.sig_loaded.emit()

    def _start(
        self, op: Callable[[Progress], Any], success: Callable[[Any], None], text: str
    ) -> None:
        self._busy += 1
        self._update_buttons()
        self.status_label.show_text(text)

        def done(result: object) -> None:
            self._busy -= 1
            success(result)
            self._update_buttons()

        QueryOp(parent=self, op=op, success=done).failure(self._failed).with_progress(
            self.progress_bar
        ).run_in_background()

    def _failed(self, error: BaseException) -> None:
        self._busy -= 1
        self.progress_bar.hide()
        self.status_label.show_error(error)
        self._update_buttons()

    # -- selection -----------------------------------------------------------------------

    def selected_user(self) -> UserItem | None:
        rows = self.users_view.selected_rows()
        return self.users_model.item(rows[0]) if rows else None

    def _selected_username(self) -> str:
        user = self.selected_user()
        return user.username if user is not None else ""

    def select_user(self, username: str) -> bool:
        row = self.users_model.row_of(username)
        if row >= 0:
            self.users_view.selectRow(row)
        return row >= 0

    def _update_buttons(self) -> None:
        if self._busy == 0:
            self.progress_bar.hide()
        user = self.selected_user()
        idle = self._busy == 0
        may = idle and self.refusal is None
        self.add_button.setEnabled(may)
        self.reload_button.setEnabled(idle)
        for button in (self.role_button, self.password_button, self.active_button):
            button.setEnabled(may and user is not None)
        if user is not None and not user.is_active:
            self.active_button.setText(self.tr("R&eactivate"))
            self.active_button.setToolTip(self.tr("Allow a deactivated account to be used again."))
        else:
            self.active_button.setText(self.tr("&Deactivate"))
            self.active_button.setToolTip(
                self.tr("Stop the account from logging in (its records are kept).")
            )

    # -- actions -------------------------------------------------------------------------

    def _open_form(self, form: _FormDialog) -> _FormDialog:
        self.form = form
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.sig_saved.connect(self._form_saved)
        form.finished.connect(lambda _result: self._form_closed(form))
        form.open()
        return form

    def _form_closed(self, form: _FormDialog) -> None:
        if self.form is form:
            self.form = None

    def _changed(self, username: str, done_text: str = "") -> None:
        self.sig_changed.emit(username)
        self.reload(select=username, done_text=done_text)

    def _form_saved(self, username: str) -> None:
        self._changed(username, self.tr("Saved account {username}.").format(username=username))

    def add_account(self) -> AccountFormDialog:
        """Open the form for a new account."""
        form = AccountFormDialog(self.context, self)
        self._open_form(form)
        return form

    def change_role(self) -> RoleDialog | None:
        user = self.selected_user()
        if user is None or self._busy:
            return None
        form = RoleDialog(self.context, user, self)
        self._open_form(form)
        return form

    def reset_password(self) -> PasswordDialog | None:
        user = self.selected_user()
        if user is None or self._busy:
            return None
        form = PasswordDialog(self.context, user, self)
        self._open_form(form)
        return form

    def toggle_active(self) -> None:
        """Disable the selected account, or enable it again."""
        user = self.selected_user()
        if user is None or self._busy:
            return
        accounts, actor, username, active = (
            self.workspace.accounts,
            self.actor,
            user.username,
            not user.is_active,
        )

        def done(_result: object) -> None:
            finished = (
                self.tr("Reactivated account {username}.")
                if active
                else self.tr("Deactivated account {username}.")
            )
            self._changed(username, finished.format(username=username))

        text = (
            self.tr("Reactivating account {username}…")
            if active
            else self.tr("Deactivating account {username}…")
        )
        self._start(
            lambda _progress: accounts.set_active(actor, username, active),
            done,
            text.format(username=username),
        )
