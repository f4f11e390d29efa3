"""개인정보 파기: anonymize seekers inactive for years, after an explanation and a confirmation."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.dates import add_months
from deskapp.services.privacy import DEFAULT_RETENTION_YEARS, PurgeReport
from deskapp.ui.admin.common import StatusLabel, busy_bar
from deskapp.ui.context import WorkContext
from deskapp.ui.workers import QueryOp


class PurgeDialog(QDialog):
    """Asks the years of inactivity, explains what is erased, confirms, then purges in a worker."""

    sig_purged = Signal(object)
    """The purge ran: the PurgeReport (how many seekers, the cut-off day, the backup copy)."""

    def __init__(self, context: WorkContext, parent: QWidget | None = None) -> None:
        workspace, actor = context.workspace, context.actor
        super().__init__(parent)
        self.workspace = workspace
        self.actor = actor
        self.report: PurgeReport | None = None
        self._running = False
        self.setWindowTitle(self.tr("개인정보 파기"))

        intro = QLabel(
            self.tr(
                "정해진 기간 동안 등록도 상담·알선·취업도 없었던 구직자의 개인정보를 "
                "지웁니다: 성명, 연락처, 생년월일, 성별, 주소, 희망직종과 상담 내용. "
                "창구·날짜·기록의 종류는 남으므로 지난 모든 기간의 통계는 그대로입니다. "
                "지운 개인정보는 되살릴 수 없습니다."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.years_spin = QSpinBox(self)
        self.years_spin.setRange(1, 50)
        self.years_spin.setValue(DEFAULT_RETENTION_YEARS)
        self.years_spin.setSuffix(self.tr("년"))
        self.years_spin.setAccessibleName(self.tr("활동이 없던 기간"))
        self.cutoff_label = QLabel(self)
        self.cutoff_label.setWordWrap(True)
        self.backup_note = QLabel(
            self.tr(
                "파기하기 전에 데이터베이스 사본을 backups 폴더에 만듭니다 "
                "(서버 데이터베이스는 서버에서 백업하세요)."
            ),
            self,
        )
        self.backup_note.setWordWrap(True)
        self.confirm_box = QCheckBox(
            self.tr("개인정보가 지워지고 되살릴 수 없다는 것을 확인했습니다(&C)"), self
        )
        self.status_label = StatusLabel(self)
        self.progress_bar = busy_bar(self)

        form = QFormLayout()
        years_label = QLabel(self.tr("활동이 없던 기간(&Y):"), self)
        years_label.setBuddy(self.years_spin)
        form.addRow(years_label, self.years_spin)
        form.addRow("", self.cutoff_label)

        self.buttons = QDialogButtonBox(self)
        self.purge_button = self.buttons.addButton(
            self.tr("파기(&P)"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button = self.buttons.addButton(
            self.tr("닫기"), QDialogButtonBox.ButtonRole.RejectRole
        )
        # Enter must not erase personal data by accident: the default is to close.
        self.purge_button.setAutoDefault(False)
        self.close_button.setDefault(True)
        self.purge_button.clicked.connect(self.run_purge)
        self.close_button.clicked.connect(self.reject)
        self.years_spin.valueChanged.connect(self._update)
        self.confirm_box.toggled.connect(self._update)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.backup_note)
        layout.addWidget(self.confirm_box)
        layout.addWidget(self.status_label)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.buttons)
        QWidget.setTabOrder(self.years_spin, self.confirm_box)
        QWidget.setTabOrder(self.confirm_box, self.purge_button)
        QWidget.setTabOrder(self.purge_button, self.close_button)
        self.years_spin.setFocus()
        self.setMinimumWidth(520)
        # Shared mode on a desk PC: its database role cannot empty history values.
        self.refusal = workspace.account_management_notice()
        if self.refusal:
            self.status_label.show_text(self.refusal, error=True)
            self.confirm_box.setEnabled(False)
        self._update()

    def cutoff(self) -> str:
        """The day before which a seeker must have been last active, as the service computes it."""
        today = self.workspace.records.today()
        return add_months(today, -12 * self.years_spin.value()).isoformat()

    def _update(self) -> None:
        self.cutoff_label.setText(
            self.tr("{cutoff} 전에 등록했고 그날부터 상담·알선·취업이 한 번도 없는 구직자").format(
                cutoff=self.cutoff()
            )
        )
        self.purge_button.setEnabled(
            self.confirm_box.isChecked() and not self._running and not self.refusal
        )

    def run_purge(self) -> None:
        """Purge in a worker (after the confirmation box was ticked)."""
        if self._running or not self.confirm_box.isChecked() or self.refusal:
            return
        privacy, actor, years = self.workspace.privacy, self.actor, self.years_spin.value()
        self._set_running(True)
        self.status_label.show_text(self.tr("사본을 만들고 개인정보를 지우는 중…"))
        QueryOp(
            parent=self, op=lambda _progress: privacy.purge(actor, years), success=self._purged
        ).failure(self._failed).with_progress(self.progress_bar).run_in_background()

    def _set_running(self, running: bool) -> None:
        self._running = running
        for widget in (self.years_spin, self.confirm_box, self.close_button):
            widget.setEnabled(not running)
        if not running:
            self.progress_bar.hide()
        self._update()

    def _purged(self, report: PurgeReport) -> None:
        self.report = report
        self.confirm_box.setChecked(False)
        self._set_running(False)
        text = self.tr(
            "{cutoff} 전부터 활동이 없던 구직자 {n:,}명의 개인정보를 지웠습니다."
        ).format(cutoff=report.inactive_before.isoformat(), n=report.anonymized)
        if report.backup is not None:
            text += "\n" + self.tr("파기 전 사본: {path}").format(path=report.backup)
        else:
            text += "\n" + self.tr("서버 데이터베이스라 deskapp이 사본을 만들지 않았습니다.")
        self.status_label.show_text(text)
        self.close_button.setFocus()
        self.sig_purged.emit(report)

    def _failed(self, error: BaseException) -> None:
        self._set_running(False)
        self.status_label.show_error(error)

    def reject(self) -> None:
        if not self._running:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._running:
            event.ignore()
            return
        super().closeEvent(event)
