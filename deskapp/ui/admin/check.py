"""데이터베이스 검사: the check run in the background when the window opens, and on demand.

The window never waits for it: a thin bar in the status bar shows that it
runs; a problem found shows a warning in the status bar and a non-modal
dialog listing every line of the report.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMainWindow,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.access import Permission
from deskapp.services.check import CheckReport
from deskapp.ui.admin.common import ERROR_STYLE
from deskapp.ui.context import WorkContext
from deskapp.ui.errors import error_message
from deskapp.ui.workers import QueryOp

_STATUS_SECONDS = 10


class CheckReportDialog(QDialog):
    """The outcome of a check: every problem as a line that can be copied, or that all is sound."""

    sig_run_again = Signal()
    """The user asked for another check."""

    def __init__(self, can_run: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Database check"))
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lines_edit = QPlainTextEdit(self)
        self.lines_edit.setReadOnly(True)
        self.lines_edit.setAccessibleName(self.tr("Problems found by the check"))
        self.lines_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.again_button: QPushButton | None = None
        if can_run:
            self.again_button = self.buttons.addButton(
                self.tr("Check again (&R)"), QDialogButtonBox.ButtonRole.ActionRole
            )
            self.again_button.setAutoDefault(False)
            self.again_button.clicked.connect(lambda: self.sig_run_again.emit())
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.lines_edit, 1)
        layout.addWidget(self.buttons)
        self.resize(640, 360)

    def show_report(self, report: CheckReport, admin: bool) -> None:
        lines = report.lines()
        if report.ok:
            years = ", ".join(str(y) for y in report.years) or self.tr("None")
            self.summary_label.setText(
                self.tr(
                    "No problems. Integrity and referential integrity were checked, and "
                    "the statistics were compared with a full count of the records (years: "
                    "{years})."
                ).format(years=years)
            )
            self.summary_label.setStyleSheet("")
            self.lines_edit.hide()
            return
        text = self.tr("The database check found {n} problems.").format(n=len(lines))
        if admin:
            text += " " + self.tr(
                "Before exporting statistics, restore from a backup copy or contact "
                "technical support."
            )
        else:
            text += " " + self.tr("Notify the administrator.")
        self.summary_label.setText(text)
        self.summary_label.setStyleSheet(ERROR_STYLE)
        self.lines_edit.setPlainText("\n".join(lines))
        self.lines_edit.show()

    def show_failure(self, message: str) -> None:
        self.summary_label.setText(
            self.tr("Could not check the database: {message}").format(message=message)
        )
        self.summary_label.setStyleSheet(ERROR_STYLE)
        self.lines_edit.hide()

    def lines(self) -> list[str]:
        text = self.lines_edit.toPlainText()
        return text.splitlines() if self.lines_edit.isVisibleTo(self) and text else []


class BackgroundCheck(QObject):
    """Runs ``workspace.check.run()`` in a worker and reports in the status bar and a dialog."""

    sig_checked = Signal(object)
    """A check ended: the CheckReport."""
    sig_check_failed = Signal(str)
    """A check could not run: the Korean message."""

    def __init__(
        self, context: WorkContext, window: QMainWindow, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.window = window
        self.workspace = workspace = context.workspace
        self.actor = context.actor
        self.report: CheckReport | None = None
        self.dialog: CheckReportDialog | None = None
        self._running = False
        self._running_text = ""
        bar = window.statusBar()
        self.progress_bar = QProgressBar(bar)
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setMaximumSize(100, 10)
        self.progress_bar.setToolTip(self.tr("Checking the database…"))
        self.progress_bar.hide()
        self.warning_label = QLabel(bar)
        self.warning_label.setStyleSheet(ERROR_STYLE)
        self.warning_label.setTextFormat(Qt.TextFormat.RichText)
        self.warning_label.linkActivated.connect(lambda _link: self.show_dialog(activate=True))
        self.warning_label.hide()
        # After the window's own permanent widgets: the bar starts with a normal widget (the
        # saved file's), so "index 0" is out of range for a permanent one (Qt warns, appends).
        bar.addPermanentWidget(self.progress_bar)
        bar.addPermanentWidget(self.warning_label)
        damage = workspace.check.last_damage()
        if damage:  # known from the last check: warn at once, before this one ends
            self.warning_label.setText(
                self.tr("⚠ The last check found file damage — restore from a backup")
            )
            self.warning_label.setToolTip("\n".join(damage))
            self.warning_label.show()

    @property
    def running(self) -> bool:
        return self._running

    def run(self, show_result: bool = False) -> bool:
        """Start a check; ``show_result`` shows the dialog even when all is sound.

        Returns False when a check is already running (its outcome will be shown).
        """
        if self._running:
            return False
        self._running = True
        check = self.workspace.check
        QueryOp(
            parent=self.window,
            op=lambda _progress: check.run(),
            success=lambda report: self._checked(report, show_result),
        ).failure(self._failed).with_progress(self.progress_bar).run_in_background()
        self._running_text = self.tr("Checking the database…")
        self.window.statusBar().showMessage(self._running_text, 0)
        return True

    def _end(self) -> None:
        self._running = False
        self.progress_bar.hide()
        bar = self.window.statusBar()
        if bar.currentMessage() == self._running_text:  # leave others' messages alone
            bar.clearMessage()

    def _checked(self, report: CheckReport, show_result: bool) -> None:
        self._end()
        self.report = report
        if report.ok:
            self.warning_label.hide()
            self.window.statusBar().showMessage(
                self.tr("Database check: no problems"), _STATUS_SECONDS * 1000
            )
            if show_result or (self.dialog is not None and self.dialog.isVisible()):
                self._dialog().show_report(report, self._admin())
                self.show_dialog(activate=show_result)
        else:
            count = len(report.lines())
            self.warning_label.setText(
                self.tr("⚠ Database check: {n} problems — <a href='#'>Details</a>").format(n=count)
            )
            self.warning_label.setToolTip("\n".join(report.lines()))
            self.warning_label.show()
            self._dialog().show_report(report, self._admin())
            self.show_dialog(activate=show_result)
        self.sig_checked.emit(report)

    def _failed(self, error: BaseException) -> None:
        self._end()
        message = error_message(error)
        self.warning_label.setText(
            self.tr("⚠ The database check could not be run — <a href='#'>Details</a>")
        )
        self.warning_label.setToolTip(message)
        self.warning_label.show()
        self._dialog().show_failure(message)
        self.show_dialog(activate=False)
        self.sig_check_failed.emit(message)

    def _admin(self) -> bool:
        return self.actor.can(Permission.BACKUP)

    def _dialog(self) -> CheckReportDialog:
        if self.dialog is None:
            can_run = self.actor.can(Permission.EXPORT_STATISTICS)
            self.dialog = CheckReportDialog(can_run, self.window)
            self.dialog.sig_run_again.connect(lambda: self.run(show_result=True))
        return self.dialog

    def show_dialog(self, activate: bool = True) -> CheckReportDialog:
        """Show the last outcome; without ``activate`` the window keeps the keyboard."""
        dialog = self._dialog()
        dialog.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, not activate)
        dialog.show()
        if activate:
            dialog.raise_()
            dialog.activateWindow()
        return dialog
