"""담당상담사 변경 (team leads): the seekers chosen in the list go to another counselor, with
the reason; each change is kept in the seeker's 변경 이력 and the worklists follow."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain import fields
from deskapp.domain.records import RecordKind
from deskapp.services.browse import SeekerItem
from deskapp.ui.context import Changes, WorkContext, desk_short_name
from deskapp.ui.errors import error_message
from deskapp.ui.workers import QueryOp


class ReassignDialog(QDialog):
    """Choose the new 담당상담사 and say why; 변경 (Enter) saves it for every seeker chosen."""

    sig_reassigned = Signal(int)
    """Seekers were given to another counselor: how many changed."""

    def __init__(
        self,
        ctx: WorkContext,
        seekers: Sequence[SeekerItem],
        counselors: Sequence[tuple[str, str, str | None]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.seekers = list(seekers)
        self.setObjectName("reassign_dialog")
        self.setWindowTitle(self.tr("Change assigned counselor"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        names = ", ".join(f"{s.name} ({s.seeker_no})" for s in self.seekers[:5])
        if len(self.seekers) > 5:
            names += self.tr(" and {count} others").format(count=len(self.seekers) - 5)
        intro = QLabel(
            self.tr("Changing the assigned counselor of {count} job seekers: {names}").format(
                count=len(self.seekers), names=names
            ),
            self,
        )
        intro.setWordWrap(True)
        self.counselor_combo = QComboBox(self)
        self.counselor_combo.setAccessibleName(self.tr("New assigned counselor"))
        for username, display, desk in counselors:
            where = desk_short_name(desk) if desk else self.tr("No desk")
            self.counselor_combo.addItem(f"{display} ({username}) · {where}", username)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setMaxLength(fields.SHORT_TEXT_MAX)
        self.reason_edit.setAccessibleName(self.tr("Reason"))
        self.reason_edit.setPlaceholderText(self.tr("e.g. resignation, reassignment of duties"))
        form = QFormLayout()
        form.addRow(self.tr("New assigned &counselor:"), self.counselor_combo)
        form.addRow(self.tr("&Reason:"), self.reason_edit)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(
            self.tr("Change"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        cancel = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAutoDefault(False)
        self.ok_button.setDefault(True)
        self.ok_button.setEnabled(False)
        self.reason_edit.textChanged.connect(
            lambda text: self.ok_button.setEnabled(bool(text.strip()))
        )
        self.buttons.accepted.connect(self.reassign)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def reassign(self) -> None:
        reason = self.reason_edit.text().strip()
        counselor = self.counselor_combo.currentData()
        if not reason or not counselor:
            return
        corrections, actor = self.ctx.workspace.corrections, self.ctx.actor
        ids = [s.id for s in self.seekers]
        self.ok_button.setEnabled(False)
        QueryOp(
            parent=self,
            op=lambda _p: corrections.reassign(actor, ids, str(counselor), reason),
            success=self._done,
        ).failure(self._failed).run_in_background()

    def _done(self, changed: int) -> None:
        self.ctx.message(
            self.tr("Changed the assigned counselor of {count} job seekers.").format(count=changed)
        )
        self.ctx.changed(Changes.saved(RecordKind.SEEKER))
        self.sig_reassigned.emit(changed)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.ok_button.setEnabled(True)
        self.status.setText(error_message(error))
