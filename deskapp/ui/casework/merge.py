"""구직자 병합 (team leads): two 구직자번호, the record that stays and its duplicate;
the first 병합 shows who is who, the second merges; 되돌리기 undoes the last merge."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.access import Actor
from deskapp.domain.errors import NotFound
from deskapp.services.browse import SeekerItem
from deskapp.services.workspace import Workspace
from deskapp.ui.admin.common import StatusLabel
from deskapp.ui.workers import QueryOp

__all__ = ["MergeDialog"]


def _find(workspace: Workspace, actor: Actor, number: str) -> SeekerItem:
    """The live seeker whose 구직자번호 is ``number``."""
    for item in workspace.browse.search_seekers(actor, number):
        if item.seeker_no == number:
            return item
    raise NotFound(f"구직자번호 {number}을(를) 찾을 수 없습니다.")


class MergeDialog(QDialog):
    """Merge a duplicate seeker record into the one that stays, and undo the last merge."""

    sig_merged = Signal(int)
    """A merge was saved: its id (for 되돌리기)."""
    sig_undone = Signal()
    """The last merge was undone."""

    def __init__(
        self,
        workspace: Workspace,
        actor: Actor,
        last_merge: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("merge_dialog")
        self.setWindowTitle(self.tr("구직자 병합"))
        self.workspace = workspace
        self.actor = actor
        self.last_merge = last_merge
        self._pending: tuple[int, int] | None = None
        self.keep_edit = QLineEdit(self)
        self.keep_edit.setAccessibleName(self.tr("남길 기록의 구직자번호"))
        self.merge_edit = QLineEdit(self)
        self.merge_edit.setAccessibleName(self.tr("합칠 기록의 구직자번호"))
        for edit in (self.keep_edit, self.merge_edit):
            edit.textEdited.connect(self._edited)
        self.status_label = StatusLabel(self)
        form = QFormLayout()
        form.addRow(self.tr("남길 기록(&K):"), self.keep_edit)
        form.addRow(self.tr("합칠 중복 기록(&D):"), self.merge_edit)
        self.buttons = QDialogButtonBox(self)
        self.merge_button = self.buttons.addButton(
            self.tr("병합(&M)"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.undo_button = self.buttons.addButton(
            self.tr("마지막 병합 되돌리기(&U)"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.undo_button.setAutoDefault(False)
        self.undo_button.setEnabled(last_merge is not None)
        close = self.buttons.addButton(self.tr("닫기"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setAutoDefault(False)
        self.merge_button.setDefault(True)
        self.buttons.accepted.connect(self.merge)
        self.buttons.rejected.connect(self.reject)
        self.undo_button.clicked.connect(self.undo)
        hint = QLabel(
            self.tr(
                "합칠 기록의 상담·알선·취업이 남길 기록으로 옮겨지고, 합친 기록은 무효가 됩니다."
            ),
            self,
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def _edited(self) -> None:
        self._pending = None

    def merge(self) -> None:
        """First press: find both records and say what will happen; second press: merge."""
        workspace, actor = self.workspace, self.actor
        keep_no, merge_no = self.keep_edit.text().strip(), self.merge_edit.text().strip()
        pending = self._pending
        if pending is not None:
            keep_id, merge_id = pending
            QueryOp(
                parent=self,
                op=lambda _p: workspace.casework.merge(actor, keep_id, merge_id),
                success=self._merged,
            ).failure(self.status_label.show_error).run_in_background()
            return

        def find(_progress: object) -> tuple[SeekerItem, SeekerItem]:
            return _find(workspace, actor, keep_no), _find(workspace, actor, merge_no)

        QueryOp(parent=self, op=find, success=self._found).failure(
            self.status_label.show_error
        ).run_in_background()

    def _found(self, found: tuple[SeekerItem, SeekerItem]) -> None:
        keep, gone = found
        if keep.id == gone.id:
            self.status_label.show_text(self.tr("같은 기록끼리는 합칠 수 없습니다."), error=True)
            return
        self._pending = (keep.id, gone.id)
        self.status_label.show_text(
            self.tr(
                "{gone} ({gone_no})을(를) {keep} ({keep_no})에 합칩니다. "
                "병합을 한 번 더 누르면 합칩니다."
            ).format(gone=gone.name, gone_no=gone.seeker_no, keep=keep.name, keep_no=keep.seeker_no)
        )

    def _merged(self, merge_id: int) -> None:
        self._pending = None
        self.last_merge = merge_id
        self.undo_button.setEnabled(True)
        self.status_label.show_text(self.tr("병합했습니다. 되돌리려면 Alt+U."))
        self.sig_merged.emit(merge_id)

    def undo(self) -> None:
        """Undo the last merge made here (or handed in)."""
        merge_id = self.last_merge
        if merge_id is None:
            return
        workspace, actor = self.workspace, self.actor
        QueryOp(
            parent=self,
            op=lambda _p: workspace.casework.undo_merge(actor, merge_id),
            success=lambda _r: self._undone(),
        ).failure(self.status_label.show_error).run_in_background()

    def _undone(self) -> None:
        self.last_merge = None
        self.undo_button.setEnabled(False)
        self.status_label.show_text(self.tr("병합을 되돌렸습니다."))
        self.sig_undone.emit()
