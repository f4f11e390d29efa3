"""백업·복원: copies of the SQLite database, taken now or restored, with a strong confirmation.

A server (PostgreSQL) database is backed up on the server; the dialog then
shows the service's Korean message and offers nothing else.
"""

from __future__ import annotations

import html
import itertools
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.errors import DeskappError
from deskapp.services.backup import BackupInfo
from deskapp.ui.admin.common import StatusLabel, busy_bar, time_text
from deskapp.ui.admin.models import BackupCopiesModel
from deskapp.ui.context import WorkContext
from deskapp.ui.widgets import CopyTableView, ask_open_path
from deskapp.ui.workers import Progress, QueryOp


class RestoreConfirmDialog(QDialog):
    """Says what a restore replaces and asks for a deliberate yes (a ticked box, then 복원)."""

    def __init__(self, source: Path, made: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.setWindowTitle(self.tr("Confirm database restore"))
        warning = QLabel(
            self.tr(
                "<p><b>All data in the current database will be replaced by the data "
                "in this copy.</b></p><p>Copy: {name}<br>Made: {made}</p><p>Records "
                "registered or edited after the copy was made, and accounts and access "
                "log entries, will disappear from the current database. Before "
                "replacing it, the current database is saved to the backups folder as "
                "a ‘before restore’ copy, so you can go back to that copy if "
                "needed.</p><p>Make sure no other computer or window is using this "
                "database.</p>"
            ).format(name=html.escape(source.name), made=html.escape(made)),
            self,
        )
        warning.setWordWrap(True)
        self.understood_box = QCheckBox(
            self.tr("I &understand that the current data will be replaced by this copy"), self
        )
        self.buttons = QDialogButtonBox(self)
        self.restore_button = self.buttons.addButton(
            self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        # Enter cancels; replacing the data takes the box and the button on purpose.
        self.restore_button.setAutoDefault(False)
        self.restore_button.setEnabled(False)
        self.cancel_button.setDefault(True)
        self.understood_box.toggled.connect(self.restore_button.setEnabled)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(warning)
        layout.addWidget(self.understood_box)
        layout.addWidget(self.buttons)
        self.understood_box.setFocus()
        self.setMinimumWidth(480)

    def accept(self) -> None:
        if self.understood_box.isChecked():
            super().accept()


class BackupDialog(QDialog):
    """지금 백업, the list of copies, and 복원 from a copy or a file."""

    sig_backed_up = Signal(object)
    """A backup copy was taken: its Path."""
    sig_data_replaced = Signal(object, object)
    """A copy replaced the database: the copy's Path, and the Path the data before was saved to."""
    sig_loaded = Signal(int)
    """The list of copies was read: how many there are."""

    def __init__(self, context: WorkContext, parent: QWidget | None = None) -> None:
        workspace, actor, settings = context.workspace, context.actor, context.settings
        super().__init__(parent)
        self.workspace = workspace
        self.actor = actor
        self.settings = settings
        self.confirm: RestoreConfirmDialog | None = None
        self._busy = 0
        self.setWindowTitle(self.tr("Backup and restore"))
        try:
            folder: Path | None = workspace.backups.folder
            self.unavailable = ""
        except DeskappError as error:
            folder, self.unavailable = None, str(error)
        self.folder = folder

        intro = QLabel(self)
        intro.setWordWrap(True)
        if folder is not None:
            intro.setText(
                self.tr(
                    "Copies are made in {folder}. The 10 most recent copies and the newest "
                    "copy of each of the last 7 days, 4 weeks and 12 months are kept; the "
                    "rest are deleted."
                ).format(folder=folder)
            )
        else:
            intro.setText(self.unavailable)
        self.backup_button = QPushButton(self.tr("&Back up now"), self)
        self.restore_button = QPushButton(self.tr("&Restore from selected copy…"), self)
        self.file_button = QPushButton(self.tr("Restore &from file…"), self)
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.file_button.clicked.connect(self.restore_file)
        for button in self._buttons():
            button.setAutoDefault(False)
        self.copies_model = BackupCopiesModel(self)
        self.copies_view = CopyTableView(self)
        self.copies_view.setModel(self.copies_model)
        self.copies_view.setSelectionMode(CopyTableView.SelectionMode.SingleSelection)
        self.copies_view.setAccessibleName(self.tr("Backup copies"))
        header = self.copies_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.copies_view.selectionModel().selectionChanged.connect(self._set_enabled)
        self.copies_view.doubleClicked.connect(lambda _index: self.restore_selected())

        self.status_label = StatusLabel(self)
        self.progress_bar = busy_bar(self)
        self.close_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        for button in self._buttons():
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.copies_view, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.close_buttons)
        for first, second in itertools.pairwise([*self._buttons(), self.copies_view]):
            QWidget.setTabOrder(first, second)
        if self.unavailable:
            self.status_label.show_text(self.unavailable, error=True)
        self._set_enabled()
        self.resize(720, 440)

    def _buttons(self) -> list[QPushButton]:
        return [self.backup_button, self.restore_button, self.file_button]

    def _set_enabled(self) -> None:
        idle = self._busy == 0 and not self.unavailable
        self.backup_button.setEnabled(idle)
        self.file_button.setEnabled(idle)
        self.restore_button.setEnabled(idle and self.selected_copy() is not None)
        if self._busy == 0:
            self.progress_bar.hide()

    def selected_copy(self) -> BackupInfo | None:
        rows = self.copies_view.selected_rows()
        return self.copies_model.item(rows[0]) if rows else None

    def select_copy(self, path: Path) -> bool:
        for row, info in enumerate(self.copies_model.rows()):
            if info.path == path:
                self.copies_view.selectRow(row)
                return True
        return False

    # -- work ----------------------------------------------------------------------------

    def _start(
        self, op: Callable[[Progress], Any], success: Callable[[Any], None], text: str
    ) -> None:
        self._busy += 1
        self._set_enabled()
        self.status_label.show_text(text)

        def done(result: object) -> None:
            self._busy -= 1
            self._set_enabled()
            success(result)

        def failed(error: BaseException) -> None:
            self._busy -= 1
            self._set_enabled()
            self.status_label.show_error(error)

        QueryOp(parent=self, op=op, success=done).failure(failed).with_progress(
            self.progress_bar
        ).run_in_background()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.unavailable:
            self.reload()
        self.backup_button.setFocus()

    def reload(self, select: Path | None = None, text: str = "") -> None:
        """List the copies in the backup folder again (in a worker)."""
        backups = self.workspace.backups

        def listed(copies: list[BackupInfo]) -> None:
            self.copies_model.set_rows(copies)
            if select is not None:
                self.select_copy(select)
            self.status_label.show_text(
                text or self.tr("{n} copies").format(n=len(copies)),
            )
            self._set_enabled()
            self.sig_loaded.emit(len(copies))

        self._start(
            lambda _progress: backups.copies(), listed, self.tr("Reading the list of copies…")
        )

    def backup_now(self) -> None:
        """Take a copy now (in a worker) and show where it went."""
        if self._busy or self.unavailable:
            return
        backups, actor = self.workspace.backups, self.actor

        def done(path: Path) -> None:
            self.sig_backed_up.emit(path)
            self.reload(select=path, text=self.tr("Backed up: {path}").format(path=path))

        self._start(lambda _progress: backups.backup(actor), done, self.tr("Copying the database…"))

    def restore_selected(self) -> RestoreConfirmDialog | None:
        info = self.selected_copy()
        if info is None or self._busy or self.unavailable:
            return None
        return self.ask_restore(info.path, time_text(info.made_at))

    def restore_file(self) -> RestoreConfirmDialog | None:
        if self._busy or self.unavailable:
            return None
        path = ask_open_path(
            self,
            self.settings,
            self.tr("Database copy to restore"),
            self.tr("deskapp database (*.sqlite3 *.sqlite *.db);;All files (*)"),
        )
        if path is None:
            return None
        return self.ask_restore(path, self.tr("(file)"))

    def ask_restore(self, source: Path, made: str) -> RestoreConfirmDialog:
        """Ask for the confirmation; the restore starts when it is given."""
        confirm = RestoreConfirmDialog(source, made, self)
        self.confirm = confirm
        confirm.accepted.connect(lambda: self.restore(source))
        confirm.open()
        return confirm

    def restore(self, source: Path) -> None:
        """Replace the database with ``source`` (in a worker); the current data is saved first."""
        if self._busy or self.unavailable:
            return
        backups, actor = self.workspace.backups, self.actor

        def done(saved: Path) -> None:
            text = self.tr(
                "Restored from {name}. The data in the window is now the data of this "
                "copy. The data from before the restore was saved to {saved}."
            ).format(name=source.name, saved=saved)
            self.sig_data_replaced.emit(source, saved)
            self.reload(select=source, text=text)

        self._start(
            lambda _progress: backups.restore(actor, source),
            done,
            self.tr("Saving the current data and restoring from {name}…").format(name=source.name),
        )

    def reject(self) -> None:
        if not self._busy:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._busy:
            event.ignore()
            return
        super().closeEvent(event)
