"""월 마감: close a past month (its figures frozen, its records locked) and reopen one with a
reason; the list shows every close and reopening with who, when and why."""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.access import Actor
from deskapp.domain.dates import Period
from deskapp.domain.stats import StatsTable
from deskapp.services.review import CloseInfo
from deskapp.services.workspace import Workspace
from deskapp.ui.review.common import LoadingTab, MonthPicker, ReasonDialog
from deskapp.ui.review.models import ClosesModel
from deskapp.ui.stats_models import StatsTableModel
from deskapp.ui.widgets import CopyTableView
from deskapp.ui.workers import QueryOp

__all__ = ["CloseConfirmDialog", "ClosesTab"]


class CloseConfirmDialog(QDialog):
    """Shows the figures a close will freeze and asks to go on."""

    def __init__(
        self, year: int, month: int, table: StatsTable, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("close_confirm_dialog")
        self.setWindowTitle(self.tr("{year}년 {month}월 마감").format(year=year, month=month))
        text = QLabel(
            self.tr(
                "{year}년 {month}월을 마감하면 아래 수치가 고정되고, 이 달의 기록은 "
                "팀장이 마감을 풀 때까지 추가·수정·무효 처리할 수 없습니다.\n"
                "마감할까요?"
            ).format(year=year, month=month),
            self,
        )
        text.setWordWrap(True)
        self.model = StatsTableModel(self)
        self.model.set_table(table)
        self.view = CopyTableView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("고정될 실적표"))
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.buttons = QDialogButtonBox(self)
        self.close_button = self.buttons.addButton(
            self.tr("마감하기"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        cancel = self.buttons.addButton(self.tr("취소"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAutoDefault(False)
        self.close_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        self.resize(720, 300)
        self.close_button.setFocus()


class ClosesTab(LoadingTab):
    """The month closes, and the two actions on them."""

    sig_loaded = Signal(object)
    """The closes arrived: the list of CloseInfo shown (newest first)."""
    sig_closed = Signal(int, int)
    """A month was closed: year, month."""
    sig_reopened = Signal(int, int)
    """A month was reopened: year, month."""

    def __init__(self, workspace: Workspace, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.actor = actor
        self.confirm_dialog: CloseConfirmDialog | None = None
        self.reason_dialog: ReasonDialog | None = None
        self._notice = ""

        explanation = QLabel(
            self.tr(
                "마감한 달의 실적은 마감할 때의 수치로 고정되고, 그 달의 기록은 추가·수정·"
                "무효 처리할 수 없습니다. 마감 해제는 사유와 함께 접속기록에 남습니다."
            ),
            self,
        )
        explanation.setWordWrap(True)
        self.picker = MonthPicker(workspace.review.today(), parent=self)
        month_label = QLabel(self.tr("마감할 달(&P):"), self)
        month_label.setBuddy(self.picker.year_spin)
        self.close_button = QPushButton(self.tr("마감하기(&K)…"), self)
        self.close_button.setToolTip(self.tr("고른 달의 수치를 확인한 뒤 마감합니다."))
        self.close_button.clicked.connect(self.start_close)
        self.reopen_button = QPushButton(self.tr("마감 해제(&U)…"), self)
        self.reopen_button.setToolTip(
            self.tr("목록에서 고른 (또는 위에서 고른) 마감된 달을 사유와 함께 풉니다.")
        )
        self.reopen_button.clicked.connect(self.start_reopen)

        self.model = ClosesModel(self)
        self.view = CopyTableView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("마감 기록"))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)

        top = QHBoxLayout()
        top.addWidget(month_label)
        top.addWidget(self.picker)
        top.addWidget(self.close_button)
        top.addWidget(self.reopen_button)
        top.addStretch(1)
        top.addWidget(self.bar)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status_label)
        order: list[QWidget] = [
            *self.picker.focus_order(),
            self.close_button,
            self.reopen_button,
            self.view,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        self.setFocusProxy(self.picker)

    # -- loading -------------------------------------------------------------------------

    def load(self) -> None:
        """Read every close and reopening (in the background)."""
        review, actor = self.workspace.review, self.actor
        self._run(lambda _progress: review.closes(actor), self._loaded)

    def _loaded(self, closes: list[CloseInfo]) -> None:
        self.model.set_rows(closes)
        if self._notice:
            self.status_label.show_text(self._notice)
            self._notice = ""
        self.sig_loaded.emit(closes)

    def _row_changed(self, current: object, _previous: object) -> None:
        info = self.model.item(self.view.currentIndex().row())
        if info is not None:
            self.picker.set_month(info.year, info.month)

    # -- closing -------------------------------------------------------------------------

    def start_close(self) -> None:
        """마감하기: count the chosen month, show the figures, close when confirmed."""
        year, month = self.picker.year(), self.picker.month()
        statistics, actor = self.workspace.statistics, self.actor
        self.status_label.show_text(
            self.tr("{label} 수치를 세는 중…").format(label=self.picker.label())
        )
        QueryOp(
            parent=self,
            op=lambda _progress: statistics.table(actor, Period.month(year, month)),
            success=lambda table: self._confirm(year, month, table),
        ).failure(self._failed).with_progress(self.bar).run_in_background()

    def _confirm(self, year: int, month: int, table: StatsTable) -> None:
        self.bar.hide()
        self.status_label.show_text("")
        dialog = CloseConfirmDialog(year, month, table, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._close(year, month))
        self.confirm_dialog = dialog
        dialog.open()

    def _close(self, year: int, month: int) -> None:
        review, actor = self.workspace.review, self.actor

        def done(_table: StatsTable) -> None:
            self._notice = self.tr("{year}년 {month}월을 마감했습니다.").format(
                year=year, month=month
            )
            self.status_label.show_text(self._notice)
            self.sig_closed.emit(year, month)
            self.load()

        QueryOp(
            parent=self, op=lambda _progress: review.close_month(actor, year, month), success=done
        ).failure(self._failed).with_progress(self.bar).run_in_background()

    def _failed(self, error: BaseException) -> None:
        self.bar.hide()
        self.status_label.show_error(error)

    # -- reopening -----------------------------------------------------------------------

    def _month_to_reopen(self) -> tuple[int, int] | None:
        info = self.model.item(self.view.currentIndex().row())
        if info is not None and info.reopened_at is None:
            return info.year, info.month
        chosen = (self.picker.year(), self.picker.month())
        return chosen if chosen in self.model.closed_months() else None

    def start_reopen(self) -> ReasonDialog | None:
        """마감 해제: ask the reason (required), then reopen the month."""
        month = self._month_to_reopen()
        if month is None:
            self.status_label.show_text(
                self.tr("마감 해제할 달을 목록에서 고르세요 (마감 상태인 달)."), error=True
            )
            return None
        year, number = month
        dialog = ReasonDialog(
            self.tr("{year}년 {month}월 마감 해제").format(year=year, month=number),
            self.tr(
                "마감을 풀면 이 달의 기록을 다시 바꿀 수 있고, 통계는 기록에서 다시 셉니다. "
                "풀어야 하는 사유를 적으세요 (접속기록에 남습니다).\n사유(&R):"
            ),
            self.tr("마감 해제"),
            self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sig_reason.connect(lambda reason: self._reopen(dialog, year, number, reason))
        self.reason_dialog = dialog
        dialog.open()
        return dialog

    def _reopen(self, dialog: ReasonDialog, year: int, month: int, reason: str) -> None:
        review, actor = self.workspace.review, self.actor

        def done(_result: object) -> None:
            dialog.done_ok()
            self._notice = self.tr("{year}년 {month}월 마감을 풀었습니다 (사유: {reason}).").format(
                year=year, month=month, reason=reason
            )
            self.status_label.show_text(self._notice)
            self.sig_reopened.emit(year, month)
            self.load()

        dialog.ok_button.setEnabled(False)

        def failed(error: BaseException) -> None:
            dialog.ok_button.setEnabled(True)
            dialog.show_error(error)  # the service says what is missing; the dialog stays

        QueryOp(
            parent=dialog,
            op=lambda _progress: review.reopen_month(actor, year, month, reason),
            success=done,
        ).failure(failed).with_progress(dialog.bar).run_in_background()
