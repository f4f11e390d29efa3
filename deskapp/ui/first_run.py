"""First run: there is no database yet, so make a new one or one filled with demo records."""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.desks import desk_by_code
from deskapp.domain.errors import DeskappError, ValidationError
from deskapp.domain.records import Role
from deskapp.services.accounts import PASSWORD_MIN, check_password_rules
from deskapp.services.backup import latest_copy_for, restore_missing
from deskapp.services.workspace import Workspace, default_location
from deskapp.ui.errors import error_message, show_error
from deskapp.ui.workers import Progress, QueryOp

DEMO_SEEKERS = 6000
DEMO_ADMIN = "admin"


def _demo_database(db: str | None, password: str, progress: Progress) -> tuple[Workspace, Any]:
    """Create the database and fill it with demo records; nothing is left when it fails."""
    try:
        from deskapp.services.demo import generate_demo
    except ImportError:
        message = QCoreApplication.translate(
            "first_run", "This version of deskapp cannot create demo data."
        )
        raise DeskappError(message) from None
    check_password_rules(password)
    # The demo commits its accounts with its records: cut off, it leaves no account, and
    # such a database is made again on the next first run.
    workspace = Workspace.new_database(db)
    try:
        report = generate_demo(workspace, password, seekers=DEMO_SEEKERS, progress=progress)
    except BaseException:
        workspace.discard()
        raise
    return workspace, report


class FirstRunDialog(QDialog):
    """Creates the database: empty with its administrator, or with demo records and accounts."""

    def __init__(
        self, db: str | None, settings: QSettings | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.settings = settings
        self.workspace: Workspace | None = None
        self.username = ""
        self.demo_report: Any = None
        self._running = False
        self.setWindowTitle(self.tr("deskapp first start"))

        heading = QLabel(self.tr("Starting deskapp for the first time"), self)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        path = default_location(db)
        where = QLabel(
            self.tr("There is no database yet: {path}").format(path=path or db or ""), self
        )
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.new_radio = QRadioButton(self.tr("Create a &new database"), self)
        self.demo_radio = QRadioButton(self.tr("Open with &demo data"), self)
        # The database gone, its backups beside it: offer the newest whole copy first.
        self.copy = latest_copy_for(path) if path is not None else None
        self.restore_radio = QRadioButton(self)
        self.kind = QButtonGroup(self)
        self.kind.addButton(self.new_radio)
        self.kind.addButton(self.demo_radio)
        self.kind.addButton(self.restore_radio)
        self.new_radio.setChecked(True)
        if self.copy is not None:
            self.restore_radio.setText(
                self.tr("&Restore from backup: copy of {made}").format(
                    made=self.copy.made_at.strftime("%Y-%m-%d %H:%M")
                )
            )
            self.restore_radio.setChecked(True)
            where.setText(
                self.tr(
                    "The database does not exist: {path}\nThe backups folder next to it has "
                    "copies of this database. If it was deleted or moved, restore it from "
                    "a copy."
                ).format(path=path)
            )
        else:
            self.restore_radio.hide()
        self.explain_label = QLabel(self)
        self.explain_label.setWordWrap(True)

        self.username_edit = QLineEdit(DEMO_ADMIN, self)
        self.username_edit.setMaxLength(40)
        self.display_edit = QLineEdit(self.tr("Administrator"), self)
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm_edit = QLineEdit(self)
        self.confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)
        hint = QLabel(
            self.tr(
                "Use a password of at least {n} characters with both letters and digits."
            ).format(n=PASSWORD_MIN),
            self,
        )
        self.form_box = QWidget(self)
        form = QFormLayout(self.form_box)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Administrator &user name:"), self.username_edit)
        form.addRow(self.tr("D&isplay name:"), self.display_edit)
        form.addRow(self.tr("&Password:"), self.password_edit)
        form.addRow(self.tr("&Confirm password:"), self.confirm_edit)
        form.addRow("", hint)

        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()
        self.progress_bar = QProgressBar(self)
        self.progress_bar.hide()
        self.accounts_table = QTableWidget(0, 4, self)
        self.accounts_table.setHorizontalHeaderLabels(
            [self.tr("User name"), self.tr("Role"), self.tr("Desk"), self.tr("Display name")]
        )
        self.accounts_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.accounts_table.verticalHeader().setVisible(False)
        self.accounts_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.accounts_table.setTabKeyNavigation(False)
        self.accounts_table.hide()

        self.buttons = QDialogButtonBox(self)
        self.create_button = self.buttons.addButton(
            self.tr("Create"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.create_button.setDefault(True)
        self.buttons.accepted.connect(self.create_database)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(where)
        layout.addWidget(self.restore_radio)
        layout.addWidget(self.new_radio)
        layout.addWidget(self.demo_radio)
        layout.addWidget(self.explain_label)
        layout.addWidget(self.form_box)
        layout.addWidget(self.error_label)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.accounts_table, 1)
        layout.addWidget(self.buttons)

        order: list[QWidget] = [
            self.restore_radio,
            self.new_radio,
            self.demo_radio,
            self.username_edit,
            self.display_edit,
            self.password_edit,
            self.confirm_edit,
            self.accounts_table,
            self.create_button,
            self.cancel_button,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        self.new_radio.toggled.connect(self._kind_changed)
        self.restore_radio.toggled.connect(self._kind_changed)
        self._kind_changed()
        self.password_edit.setFocus()
        self.setMinimumWidth(520)

    @property
    def demo(self) -> bool:
        return self.demo_radio.isChecked()

    @property
    def restoring(self) -> bool:
        return self.copy is not None and self.restore_radio.isChecked()

    def _kind_changed(self) -> None:
        demo = self.demo
        self.form_box.setVisible(not self.restoring)
        if self.restoring and self.copy is not None:
            self.explain_label.setText(
                self.tr(
                    "Re-creates the database from the copy {name} ({size:,} bytes). "
                    "Records made after the copy are not in it, so work done since then "
                    "must be entered again. Log in with the accounts and passwords of that "
                    "time."
                ).format(name=self.copy.path.name, size=self.copy.size)
            )
            self.create_button.setText(self.tr("Restore"))
            return
        self.create_button.setText(self.tr("Create"))
        if demo:
            self.username_edit.setText(DEMO_ADMIN)
            self.explain_label.setText(
                self.tr(
                    "Creates a database with fictitious practice data ({n:,} job seekers "
                    "and opening, counseling session, referral and placement records). An "
                    "administrator account admin, a team lead account and counselor "
                    "accounts for each desk are created, all using the password below. Do "
                    "not enter real data."
                ).format(n=DEMO_SEEKERS)
            )
        else:
            self.explain_label.setText(
                self.tr(
                    "Creates an empty database with the four desks registered, and an "
                    "administrator account. Records can be registered on screen or "
                    "imported from a workbook."
                )
            )
        self.username_edit.setEnabled(not demo)
        self.display_edit.setEnabled(not demo)

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    def _set_running(self, running: bool) -> None:
        self._running = running
        for widget in (
            self.new_radio,
            self.demo_radio,
            self.restore_radio,
            self.password_edit,
            self.confirm_edit,
            self.create_button,
            self.cancel_button,
        ):
            widget.setEnabled(not running)
        self.username_edit.setEnabled(not running and not self.demo)
        self.display_edit.setEnabled(not running and not self.demo)

    # -- creating ------------------------------------------------------------------------

    def create_database(self) -> None:
        """Create the chosen database in the background; the window stays responsive."""
        if self._running:
            return
        if self.workspace is not None:  # the demo's accounts were shown: go on
            self.accept()
            return
        if self.restoring:
            self._restore()
            return
        password = self.password_edit.text()
        if password != self.confirm_edit.text():
            self._show_error(self.tr("The password and the confirmation do not match."))
            self.confirm_edit.clear()
            self.confirm_edit.setFocus()
            return
        self._show_error("")
        self._set_running(True)
        db = self.db
        op: QueryOp
        if self.demo:
            op = QueryOp(
                parent=self,
                op=lambda progress: _demo_database(db, password, progress),
                success=self._demo_created,
            )
        else:
            username = self.username_edit.text().strip()
            display = self.display_edit.text().strip()
            op = QueryOp(
                parent=self,
                op=lambda _progress: Workspace.create(db, username, password, display)[0],
                success=lambda workspace: self._created(workspace, username),
            )
        op.failure(self._failed).with_progress(self.progress_bar).run_in_background()

    def _restore(self) -> None:
        copy, path, db = self.copy, default_location(self.db), self.db
        assert copy is not None and path is not None
        self._show_error("")
        self._set_running(True)

        def restore(_progress: Progress) -> Workspace:
            restore_missing(path, copy.path)
            return Workspace.open(db)

        QueryOp(
            parent=self, op=restore, success=lambda workspace: self._created(workspace, "")
        ).failure(self._failed).with_progress(self.progress_bar).run_in_background()

    def _created(self, workspace: Workspace, username: str) -> None:
        self._set_running(False)
        self.workspace = workspace
        self.username = username
        self.accept()

    def _demo_created(self, result: tuple[Workspace, Any]) -> None:
        self._set_running(False)
        self.workspace, self.demo_report = result
        self.username = DEMO_ADMIN
        accounts = list(getattr(self.demo_report, "accounts", []))
        self.accounts_table.setRowCount(len(accounts))
        for row, account in enumerate(accounts):
            for column, text in enumerate(self._account_cells(account)):
                self.accounts_table.setItem(row, column, QTableWidgetItem(text))
        # The form is done with; the accounts take its place, every row in view.
        self.form_box.hide()
        table = self.accounts_table
        table.resizeRowsToContents()
        rows_height = sum(table.rowHeight(row) for row in range(table.rowCount()))
        table.setMinimumHeight(
            rows_height + table.horizontalHeader().height() + 2 * table.frameWidth()
        )
        table.show()
        self.adjustSize()
        self.explain_label.setText(
            self.tr(
                "The demo database was created. You can log in with the accounts below "
                "(the password is the one you just entered)."
            )
        )
        for widget in (self.new_radio, self.demo_radio, self.password_edit, self.confirm_edit):
            widget.setEnabled(False)
        self.create_button.setText(self.tr("Continue to lo&gin"))
        self.create_button.setFocus()

    @staticmethod
    def _account_cells(account: Any) -> list[str]:
        role = getattr(account, "role", "")
        try:
            role_label = Role(role).label
        except ValueError:
            role_label = str(role)
        desk = getattr(account, "desk", None)
        try:
            desk_name = desk_by_code(desk).short_name if desk else "—"
        except ValidationError:
            desk_name = str(desk)
        return [
            str(getattr(account, "username", "")),
            role_label,
            desk_name,
            str(getattr(account, "display_name", "")),
        ]

    def _failed(self, error: BaseException) -> None:
        self._set_running(False)
        self._show_error(error_message(error))
        if isinstance(error, ValidationError):
            field = error.field
            target = (
                self.username_edit
                if field == "사용자 이름" and not self.demo  # korean-data
                else self.password_edit
            )
            target.setFocus()
        elif not isinstance(error, DeskappError):
            show_error(self, error)

    # -- closing -------------------------------------------------------------------------

    def database_path(self) -> Path | None:
        return default_location(self.db)

    def reject(self) -> None:
        if not self._running:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._running:
            event.ignore()
            return
        super().closeEvent(event)
