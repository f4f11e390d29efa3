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
        tr = self.tr
        super().__init__(
            parent,
            [
                Column(tr("구인번호"), lambda d: d.opening_no, 6),
                Column(tr("업체 · 모집직종"), lambda d: d.title, 14),
                Column(tr("마감 사유"), lambda d: d.reason.value, 5),
                Column(tr("까닭"), lambda d: d.detail, 10),
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
        self.setWindowTitle(self.tr("마감할 구인"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        intro = QLabel(
            self.tr(
                "아래 구인은 마감일이 지났거나 채용인원이 모집인원에 이르렀습니다. 마감할 구인을 "
                "고르고(처음에는 모두) '마감'을 누르세요. 마감한 구인은 추천 구인과 맞는 구직자에 "
                "나오지 않고, 구인 화면에서 다시 열 수 있습니다."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.model = ClosingDueModel(self)
        self.model.set_rows(list(due))
        self.table = RecordTable(self, sortable=False)
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAccessibleName(self.tr("마감할 구인"))
        self.table.selectAll()
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.close_button = self.buttons.addButton(
            self.tr("마감 (Ctrl+Enter)"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button.setShortcut("Ctrl+Return")
        cancel = self.buttons.addButton(self.tr("취소"), QDialogButtonBox.ButtonRole.RejectRole)
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
            self.status.setText(self.tr("마감할 구인을 고르세요."))
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
        self.ctx.message(self.tr("구인 {count}건을 마감했습니다.").format(count=count))
        self.sig_closed.emit(count)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.close_button.setEnabled(True)
        self.status.setText(error_message(error))
        self.sig_closed.emit(0)
