"""The administrator's tools of the main window: the 관리 menu, the idle lock, the database check.

The main window builds :class:`AdminTools` from the registry (deskapp/ui/pages.py);
whoever shows the window then calls :meth:`AdminTools.start`.

The 관리 menu holds what the actor's role allows (the services refuse the rest
anyway): administrators get 계정 관리, 접속기록, 백업·복원, 개인정보 파기,
직업분류 불러오기, 데이터베이스 검사 and 화면 잠금 설정; team leads 데이터베이스 검사
(it only reads); everyone 화면 잠그기. The idle lock and a background database check start
with :meth:`AdminTools.start`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QLabel, QMenu

from deskapp.domain.access import Permission
from deskapp.ui.admin.access_log import AccessLogDialog
from deskapp.ui.admin.accounts import AccountsDialog
from deskapp.ui.admin.backup import BackupDialog
from deskapp.ui.admin.check import BackgroundCheck
from deskapp.ui.admin.common import ERROR_STYLE
from deskapp.ui.admin.idle_lock import IdleLock, IdleSettingsDialog, saved_minutes
from deskapp.ui.admin.occupations import ClassificationLoaded, ClassificationLoader
from deskapp.ui.admin.purge import PurgeDialog
from deskapp.ui.context import Changes
from deskapp.ui.workers import QueryOp

if TYPE_CHECKING:  # the main window builds the tools: no import cycle
    from deskapp.ui.main_window import MainWindow

__all__ = ["AdminTools"]

LOCK_SHORTCUT = "Ctrl+Shift+L"


def _is_help_menu(action: QAction) -> bool:
    """The 도움말 menu: the one holding the About action (it stays last, as on every platform)."""
    menu = action.menu()
    return isinstance(menu, QMenu) and any(
        item.menuRole() == QAction.MenuRole.AboutRole for item in menu.actions()
    )


class AdminTools(QObject):
    """Owns the 관리 menu, its dialogs, the idle lock and the background check of one window."""

    sig_data_replaced = Signal(object, object)
    """A backup copy replaced the database: the copy's Path, and where the data before went."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.workspace = workspace = window.workspace
        self.actor = actor = window.actor
        self.settings: QSettings = window.settings
        self.actions: dict[str, QAction] = {}
        self.dialogs: dict[str, QDialog] = {}

        context = window.context
        self.check = BackgroundCheck(context, window, self)
        # The idle minutes are the PC's (an administrator sets them), not the account's.
        self.idle_lock = IdleLock(context, window, window.pc_settings, None, self)
        self.classification = ClassificationLoader(context, window, self)
        self.classification.sig_loaded.connect(self._classification_loaded)
        self.classification.sig_failed.connect(lambda _error: self._set_loading(False))
        self.menu = self._build_menu()
        # Every view loads again: the whole database was replaced.
        self.sig_data_replaced.connect(
            lambda _source, _saved: window.context.changed(Changes.all())
        )
        # Shared mode: an administrator logged in on a desk PC is told at once that this PC's
        # database role cannot manage accounts or purge (the dialogs say it again).
        self.refusal_label: QLabel | None = None
        refusal = workspace.account_management_notice()
        if refusal and actor.can(Permission.MANAGE_ACCOUNTS):
            self.refusal_label = QLabel(
                self.tr(
                    "Account management and personal data deletion are not available on this PC"
                ),
                window,
            )
            self.refusal_label.setStyleSheet(ERROR_STYLE)
            self.refusal_label.setToolTip(refusal)
            self.refusal_label.setAccessibleDescription(refusal)
            window.statusBar().addPermanentWidget(self.refusal_label)

    # -- the menu ------------------------------------------------------------------------

    def _action(self, key: str, text: str, tip: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self.window)
        action.setStatusTip(tip)
        action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.actions[key] = action
        return action

    def _build_menu(self) -> QMenu:
        actor = self.actor
        menu = QMenu(self.tr("&Admin"), self.window)
        menu.setObjectName("admin_menu")
        menu.setToolTipsVisible(True)
        if actor.can(Permission.MANAGE_ACCOUNTS):
            menu.addAction(
                self._action(
                    "accounts",
                    self.tr("&Account management…"),
                    self.tr("Add accounts, deactivate them, and change passwords and roles."),
                    self.open_accounts,
                )
            )
            menu.addAction(
                self._action(
                    "access_log",
                    self.tr("Access &log…"),
                    self.tr("See who did what and when, save it as CSV, and review it monthly."),
                    self.open_access_log,
                )
            )
            menu.addSeparator()
        if actor.can(Permission.BACKUP):
            menu.addAction(
                self._action(
                    "backup",
                    self.tr("&Backup and restore…"),
                    self.tr("Make a copy of the database or restore from a copy."),
                    self.open_backup,
                )
            )
        if actor.can(Permission.MANAGE_ACCOUNTS):
            menu.addAction(
                self._action(
                    "purge",
                    self.tr("Delete &personal data…"),
                    self.tr(
                        "Delete the personal data of job seekers inactive for a long time "
                        "(statistics are kept)."
                    ),
                    self.open_purge,
                )
            )
            menu.addAction(
                self._action(
                    "occupations",
                    self.tr("Load &occupation classification…"),
                    self.tr(
                        "Replace the occupation classification (KECO) with the one in a new "
                        "official CSV file, and add codes to records that have no occupation "
                        "code."
                    ),
                    self.choose_classification,
                )
            )
        # Team leads publish the figures the check verifies; it only reads.
        if actor.can(Permission.EXPORT_STATISTICS):
            menu.addAction(
                self._action(
                    "check",
                    self.tr("&Check database"),
                    self.tr(
                        "Check integrity and compare the statistics with a full count of the "
                        "records."
                    ),
                    self.run_check,
                )
            )
        if not menu.isEmpty():
            menu.addSeparator()
        if actor.can(Permission.MANAGE_ACCOUNTS):
            menu.addAction(
                self._action(
                    "lock_settings",
                    self.tr("&Screen lock settings…"),
                    self.tr("Set how long the screen waits without input before it locks."),
                    self.open_lock_settings,
                )
            )
        lock = self._action(
            "lock",
            self.tr("Loc&k screen"),
            self.tr("Lock the screen when you leave the desk (unlock it with your password)."),
            self.idle_lock.lock_now,
        )
        lock.setShortcut(QKeySequence(LOCK_SHORTCUT))
        lock.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        menu.addAction(lock)
        self.window.addAction(lock)  # the shortcut works while the menu bar is hidden too

        bar = self.window.menuBar()
        help_menu = next((a for a in bar.actions() if _is_help_menu(a)), None)
        if help_menu is not None:
            bar.insertMenu(help_menu, menu)
        else:
            bar.addMenu(menu)
        return menu

    # -- opening ---------------------------------------------------------------------------

    def _show(self, key: str, build: Callable[[], QDialog]) -> QDialog:
        dialog = self.dialogs.get(key)
        if dialog is None:
            dialog = build()
            self.dialogs[key] = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def open_accounts(self) -> AccountsDialog | None:
        """관리 › 계정 관리…"""
        if not self.actor.can(Permission.MANAGE_ACCOUNTS):
            return None
        dialog = self._show("accounts", lambda: AccountsDialog(self.window.context, self.window))
        assert isinstance(dialog, AccountsDialog)
        return dialog

    def open_access_log(self) -> AccessLogDialog | None:
        """관리 › 접속기록…"""
        if not self.actor.can(Permission.MANAGE_ACCOUNTS):
            return None
        dialog = self._show(
            "access_log",
            lambda: AccessLogDialog(self.window.context, parent=self.window),
        )
        assert isinstance(dialog, AccessLogDialog)
        return dialog

    def open_backup(self) -> BackupDialog | None:
        """관리 › 백업·복원…"""
        if not self.actor.can(Permission.BACKUP):
            return None

        def build() -> BackupDialog:
            dialog = BackupDialog(self.window.context, self.window)
            dialog.sig_data_replaced.connect(self._data_replaced)
            return dialog

        dialog = self._show("backup", build)
        assert isinstance(dialog, BackupDialog)
        return dialog

    def open_purge(self) -> PurgeDialog | None:
        """관리 › 개인정보 파기…"""
        if not self.actor.can(Permission.MANAGE_ACCOUNTS):
            return None

        def build() -> PurgeDialog:
            dialog = PurgeDialog(self.window.context, self.window)
            # Names and notes changed: lists that show them read again.
            dialog.sig_purged.connect(lambda _report: self.window.context.changed(Changes.all()))
            return dialog

        dialog = self._show("purge", build)
        assert isinstance(dialog, PurgeDialog)
        return dialog

    def choose_classification(self) -> QueryOp | None:
        """관리 › 직업분류 불러오기…: ask for the CSV file, then load it in a worker."""
        op = self.classification.choose()
        self._set_loading(self.classification.running)
        return op

    def load_classification(self, path: Path) -> QueryOp | None:
        """Load the classification in ``path`` in a worker (the menu action, past its file
        dialog); None for a role that may not, or while a load runs."""
        op = self.classification.load(path)
        self._set_loading(self.classification.running)
        return op

    def _set_loading(self, loading: bool) -> None:
        action = self.actions.get("occupations")
        if action is not None:
            action.setEnabled(not loading)

    def _classification_loaded(self, _result: ClassificationLoaded) -> None:
        self._set_loading(False)
        # Records may have gained codes: views that show them read again.
        self.window.context.changed(Changes.all())

    def run_check(self) -> bool:
        """관리 › 데이터베이스 검사: run the check again and show its outcome."""
        if not self.actor.can(Permission.EXPORT_STATISTICS):
            return False
        if not self.check.run(show_result=True):
            self.check.show_dialog()
            return False
        return True

    def open_lock_settings(self) -> IdleSettingsDialog | None:
        """관리 › 화면 잠금 설정…: the minutes without input before the lock."""
        if not self.actor.can(Permission.MANAGE_ACCOUNTS):
            return None
        dialog = IdleSettingsDialog(saved_minutes(self.idle_lock.settings), self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._minutes_chosen(dialog.minutes()))
        self.dialogs["lock_settings"] = dialog
        dialog.open()
        return dialog

    def _minutes_chosen(self, minutes: int) -> None:
        self.idle_lock.set_minutes(minutes)
        self.window.statusBar().showMessage(
            self.tr("Locks the screen after {n} minutes without input.").format(n=minutes), 10_000
        )

    def _data_replaced(self, source: object, saved: object) -> None:
        self.window.statusBar().showMessage(
            self.tr("Showing data from a restored copy: {source}").format(source=source), 15_000
        )
        self.sig_data_replaced.emit(source, saved)

    # -- lifetime --------------------------------------------------------------------------

    def start(self, check: bool = True, idle_ms: int | None = None) -> None:
        """Start the idle lock and, unless told otherwise, the background check.

        ``idle_ms`` overrides the idle time kept in the settings (tests lock within a
        second); ``check`` False skips the check when the window opens.
        """
        if idle_ms is not None:
            self.idle_lock.set_interval_ms(idle_ms)
        self.idle_lock.start()
        if check:
            self.check.run()

    def shutdown(self) -> None:
        """Stop the idle lock (before the window goes away for good)."""
        self.idle_lock.stop()
