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
        self.setWindowTitle(self.tr("Delete personal data"))

        intro = QLabel(
            self.tr(
                "Deletes the personal data of job seekers who had no registration, "
                "counseling session, referral or placement for the set period: name, "
                "contact details, date of birth, sex, address, desired occupation and "
                "session notes. The desk, dates and record types are kept, so the "
                "statistics for all past periods stay the same. Deleted personal data "
                "cannot be recovered."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.years_spin = QSpinBox(self)
        self.years_spin.setRange(1, 50)
        self.years_spin.setValue(DEFAULT_RETENTION_YEARS)
        self.years_spin.setSuffix(self.tr(" years"))
        self.years_spin.setAccessibleName(self.tr("Period with no activity"))
        self.cutoff_label = QLabel(self)
        self.cutoff_label.setWordWrap(True)
        self.backup_note = QLabel(
            self.tr(
                "A copy of the database is made in the backups folder before deletion "
                "(back up a server database on the server)."
            ),
            self,
        )
        self.backup_note.setWordWrap(True)
        self.confirm_box = QCheckBox(
            self.tr("I &confirm that the personal data will be deleted and cannot be recovered"),
            self,
        )
        self.status_label = StatusLabel(self)
        self.progress_bar = busy_bar(self)

        form = QFormLayout()
        years_label = QLabel(self.tr("Period with no activit&y:"), self)
        years_label.setBuddy(self.years_spin)
        form.addRow(years_label, self.years_spin)
        form.addRow("", self.cutoff_label)

        self.buttons = QDialogButtonBox(self)
        self.purge_button = self.buttons.addButton(
            self.tr("Delete (&P)"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button = self.buttons.addButton(
            self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole
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
            self.tr(
                "Job seekers registered before {cutoff} with no counseling session, "
                "referral or placement since then"
            ).format(cutoff=self.cutoff())
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
        self.status_label.show_text(self.tr("Making a copy and deleting personal data…"))
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
            "Deleted the personal data of {n:,} job seekers inactive since before {cutoff}."
        ).format(cutoff=report.inactive_before.isoformat(), n=report.anonymized)
        if report.backup is not None:
            text += "\n" + self.tr("Copy before deletion: {path}").format(path=report.backup)
        else:
            text += "\n" + self.tr("deskapp did not make a copy because this is a server database.")
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
