"""변경 이력: a record's story in its window, oldest first, read when the tab is shown."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from deskapp.domain.records import RecordKind
from deskapp.services.history import RecordHistory
from deskapp.ui.context import WorkContext
from deskapp.ui.errors import error_message
from deskapp.ui.lists import HistoryModel, RecordTable
from deskapp.ui.workers import QueryOp


class HistoryPanel(QWidget):
    """The changes of one record (a seeker's with their sessions, referrals, placements)."""

    sig_loaded = Signal(int)
    """The history was read: how many lines."""

    def __init__(
        self, ctx: WorkContext, kind: RecordKind, key: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self.key = key
        self._stale = True
        self._serial = 0
        self.model = HistoryModel(self)
        self.table = RecordTable(self, sortable=False)
        self.table.setObjectName("history")
        self.table.setAccessibleName(self.tr("Change history"))
        self.table.setModel(self.model)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        self.setFocusProxy(self.table)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def changed(self) -> None:
        """The record was saved: read again now when shown, else when next shown."""
        self._stale = True
        if self.isVisible():
            self.reload()

    def reload(self) -> None:
        self._stale = False
        self._serial += 1
        serial = self._serial
        corrections, actor, kind, key = (
            self.ctx.workspace.corrections,
            self.ctx.actor,
            self.kind,
            self.key,
        )
        QueryOp(
            parent=self,
            op=lambda _p: corrections.history(actor, kind, key),
            success=lambda story: self._loaded(serial, story),
        ).failure(lambda error: self.status.setText(error_message(error))).run_in_background()

    def _loaded(self, serial: int, story: RecordHistory) -> None:
        if serial != self._serial:
            return
        self.model.set_rows(list(story.entries))
        changes = len(story.entries) - 1
        self.status.setText(
            self.tr("{count} changes (oldest first)").format(count=changes)
            if changes
            else self.tr("Not changed since registration.")
        )
        if story.entries:
            self.table.select_row(len(story.entries) - 1)
        self.sig_loaded.emit(len(story.entries))
