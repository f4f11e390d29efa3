"""마감 처리: openings whose 마감일 passed or whose hires reached 모집인원 are listed with the
reason they would close with; the user chooses which to close (all at first) and
confirms. Nothing closes by itself."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from deskapp.services.corrections import ClosingDue
from deskapp.ui.context import WorkContext
from deskapp.ui.errors import error_message
from deskapp.ui.lists import Column, RecordTable, RowsModel
from deskapp.ui.workers import QueryOp


class ClosingDueModel(RowsModel[ClosingDue]):
    """Openings due to close, with the reason they would close with."""

    marks_void = True

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            parent,
            [
                Column(self.tr("Opening no."), lambda d: d.opening_no, 6),
                Column(self.tr("Employer · occupation"), lambda d: d.title, 14),
                Column(self.tr("Reason for closing"), lambda d: d.reason.value, 5),
                Column(self.tr("Details"), lambda d: d.detail, 10),
            ],
        )


class ClosingDueDialog(QDialog):
    """Choose the openings to close (all chosen at first); Ctrl+Enter or 마감 closes them."""

    sig_closed = Signal(int)
    """Openings were closed: how many."""

    def __init__(
        self, ctx: WorkContext, due: Sequence[ClosingDue], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("closing_due_dialog")
        self.setWindowTitle(self.tr("Openings to close"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        intro = QLabel(
            self.tr(
                "The openings below are past their closing date or have hired as many "
                "people as they were recruiting. Choose the openings to close (all at "
                "first) and press 'Close'. Closed openings no longer appear in "
                "suggested openings or matching job seekers, and can be reopened from "
                "the opening window."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.model = ClosingDueModel(self)
        self.model.set_rows(list(due))
        self.table = RecordTable(self, sortable=False)
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAccessibleName(self.tr("Openings to close"))
        self.table.selectAll()
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.close_button = self.buttons.addButton(
            self.tr("Close (Ctrl+Enter)"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button.setShortcut("Ctrl+Return")
        cancel = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAutoDefault(False)
        self.close_button.clicked.connect(self.close_chosen)
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(720, 380)
        self.table.setFocus()

    def chosen(self) -> list[ClosingDue]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [item for row in rows if (item := self.model.item(row)) is not None]

    def select_only(self, rows: Sequence[int]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        for row in rows:
            selection.select(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )

    def close_chosen(self) -> None:
        chosen = self.chosen()
        if not chosen:
            self.status.setText(self.tr("Choose the openings to close."))
            return
        corrections, actor = self.ctx.workspace.corrections, self.ctx.actor

        def close_all(_progress: object) -> int:
            for item in chosen:
                corrections.close_opening(actor, item.opening_no, item.reason)
            return len(chosen)

        self.close_button.setEnabled(False)
        QueryOp(parent=self, op=close_all, success=self._closed).failure(
            self._failed
        ).run_in_background()

    def _closed(self, count: int) -> None:
        self.ctx.message(self.tr("Closed {count} openings.").format(count=count))
        self.sig_closed.emit(count)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.close_button.setEnabled(True)
        self.status.setText(error_message(error))
        self.sig_closed.emit(0)
