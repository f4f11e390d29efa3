"""The event report (ARCHITECTURE.md) in the seed's layouts, what is behind each number, and
its export to a workbook.

Enter (or a double-click) on a number opens :class:`BehindDialog`: the events, the
employers or the people it counts, and the organizers' totals added to it; Enter on a
person opens their record. Team leads and administrators save the table as xlsx with a
reason the access log keeps (``events.export_report``); others see the button disabled
and why.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.access import Permission
from deskapp.domain.dates import Period
from deskapp.domain.events import MEASURE_LABELS, EventGrouping, EventKind, EventReport
from deskapp.reports.events import write_events_workbook
from deskapp.services.events import Behind
from deskapp.ui.context import WorkContext
from deskapp.ui.errors import error_message
from deskapp.ui.events.models import BehindModel, ReportModel, table
from deskapp.ui.widgets import (
    CellTable,
    ReasonDialog,
    announce_saved,
    ask_reason,
    ask_save_path,
)
from deskapp.ui.workers import QueryOp


def kind_combo(parent: QWidget) -> QComboBox:
    """구분: 전체 and the four kinds."""
    combo = QComboBox(parent)
    combo.addItem(QCoreApplication.translate("EventsPage", "All"), "")
    for kind in EventKind:
        combo.addItem(kind.value, kind.value)
    combo.setAccessibleName(QCoreApplication.translate("EventsPage", "Type"))
    return combo


class ReportPanel(QWidget):
    """묶음 (행사별, 장소별, 장소구분별), the table in the seed's layout, 엑셀로 저장."""

    sig_grouping_changed = Signal()
    """The grouping changed: the report loads again."""
    sig_exported = Signal(object)
    """The workbook was written: its Path."""

    def __init__(self, ctx: WorkContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.period: Period | None = None
        self.behind: BehindDialog | None = None
        self.reason_dialog: ReasonDialog | None = None
        self.grouping_combo = QComboBox(self)
        for grouping, label in (
            (EventGrouping.EVENT, self.tr("By hiring event")),
            (EventGrouping.VENUE, self.tr("By venue")),
            (EventGrouping.VENUE_TYPE, self.tr("By venue type")),
        ):
            self.grouping_combo.addItem(label, grouping.value)
        self.grouping_combo.setAccessibleName(self.tr("Grouping"))
        self.grouping_combo.currentIndexChanged.connect(lambda _i: self.sig_grouping_changed.emit())
        grouping_label = QLabel(self.tr("&Group by:"), self)
        grouping_label.setBuddy(self.grouping_combo)
        self.title = QLabel(self)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.model = ReportModel(self)
        self.view = CellTable(self)
        self.view.setObjectName("event_report")
        self.view.setAccessibleName(self.tr("Hiring event results"))
        self.view.setModel(self.model)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.sig_cell_entered.connect(self._entered)
        self.can_export = ctx.actor.can(Permission.EXPORT_STATISTICS)
        self.export_button = QPushButton(self.tr("Save to &Excel…"), self)
        self.export_button.setAutoDefault(False)
        self.export_button.clicked.connect(self.export_excel)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        hint = QLabel(
            self.tr("Enter on a number: the hiring events, employers and people in it"), self
        )
        hint.setStyleSheet("color: #555;")
        top = QHBoxLayout()
        top.addWidget(grouping_label)
        top.addWidget(self.grouping_combo)
        top.addWidget(self.title, 1)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(hint)
        layout.addWidget(self.status)
        self.setFocusProxy(self.view)
        self._update_button()

    def grouping(self) -> EventGrouping:
        return EventGrouping(str(self.grouping_combo.currentData()))

    def show_report(self, report: EventReport, period: Period) -> None:
        self.period = period
        self.model.set_report(report)
        self.view.resizeColumnsToContents()
        assert self.model.shape is not None
        self.title.setText(f"{self.model.shape.title} ({period})")
        if self.model.rowCount() and not self.view.currentIndex().isValid():
            self.view.setCurrentIndex(self.model.index(0, 1))
        self._update_button()

    def _update_button(self) -> None:
        loaded = self.model.report is not None
        self.export_button.setEnabled(self.can_export and loaded)
        if not self.can_export:
            self.export_button.setToolTip(
                self.tr(
                    "The {role} account does not have the 'export statistics' permission. "
                    "Team leads and administrators can save hiring event results to Excel."
                ).format(role=self.ctx.actor.role.label)
            )
        else:
            self.export_button.setToolTip(self.tr("Save the results table shown to an Excel file."))

    # -- behind a number ---------------------------------------------------------------

    def _entered(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_behind(index.row(), index.column())

    def open_behind(self, row: int, column: int) -> BehindDialog | None:
        report, measure = self.model.report, self.model.measure(column)
        if report is None or measure is None or self.period is None:
            self.status.setText(self.tr("Press Enter on a number cell."))
            return None
        group = self.model.group(row)
        dialog = BehindDialog(self.ctx, self.period, report, group, measure, self)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        self.behind = dialog
        return dialog

    # -- export ------------------------------------------------------------------------

    def export_excel(self) -> None:
        """Ask the reason, where to save, then write the workbook in a worker."""
        if not (self.can_export and self.model.report is not None):
            return
        self.reason_dialog = ask_reason(
            self,
            self.tr("Save hiring event results to Excel"),
            self.tr(
                "Write the &reason for exporting the results. The reason is recorded "
                "in the access log.\nReason:"
            ),
            self.tr("Continue"),
            self._export,
        )

    def _export(self, reason: str) -> None:
        report, period = self.model.report, self.period
        assert report is not None and period is not None
        path = ask_save_path(
            self,
            self.ctx.settings,
            self.tr("Save to Excel"),
            self.tr("hiring-event-results_{start}-{end}").format(
                start=f"{period.start:%Y%m%d}", end=f"{period.end:%Y%m%d}"
            )
            + ".xlsx",
            self.tr("Excel workbook (*.xlsx)"),
            ".xlsx",
        )
        if path is None:
            return
        service, actor = self.ctx.workspace.events, self.ctx.actor
        kind, grouping = report.kind, report.grouping

        def write(progress: Any) -> Path:
            progress(0, 2)
            fresh = service.export_report(actor, period, kind, grouping, reason)
            progress(1, 2)
            return write_events_workbook(fresh, period, path)

        self.export_button.setEnabled(False)
        self.status.setText(self.tr("Saving…"))
        QueryOp(parent=self, op=write, success=self._exported).failure(
            self._export_failed
        ).with_progress(label=self.tr("Saving hiring event results…")).run_in_background()

    def _exported(self, path: Path) -> None:
        self._update_button()
        self.status.setText(self.tr("Saved: {path}").format(path=path))
        self.sig_exported.emit(path)
        announce_saved(self, path)

    def _export_failed(self, error: BaseException) -> None:
        self._update_button()
        self.status.setText(error_message(error))


class BehindDialog(QDialog):
    """The events, employers or people behind one number; Enter on a person opens them."""

    sig_loaded = Signal(object)
    """The lines arrived: the list of Behind."""

    def __init__(
        self,
        ctx: WorkContext,
        period: Period,
        report: EventReport,
        group: str | None,
        measure: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("event_behind")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ctx = ctx
        self.measure = measure
        where = group if group is not None else self.tr("Total")
        self.setWindowTitle(
            self.tr("{group} · {measure} ({period})").format(
                group=where, measure=MEASURE_LABELS[measure], period=period
            )
        )
        self.caption = QLabel(self.tr("Loading…"), self)
        self.caption.setWordWrap(True)
        self.model = BehindModel(self)
        self.view = table(self, "behind", self.tr("Results list"), self.model)
        self.view.sig_activated.connect(self._entered)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(760, 440)
        self.setFocusProxy(self.view)
        service, actor = ctx.workspace.events, ctx.actor
        kind, grouping = report.kind, report.grouping
        QueryOp(
            parent=self,
            op=lambda _p: service.behind(actor, period, kind, grouping, group, measure),
            success=self._show,
        ).failure(lambda error: self.caption.setText(error_message(error))).run_in_background()

    def _show(self, lines: list[Behind]) -> None:
        self.model.set_rows(lines)
        self.view.resizeColumnsToContents()
        total = sum(line.count for line in lines)
        self.caption.setText(
            self.tr(
                "{count} rows (total {total}). Enter on a person: that job seeker's record"
            ).format(count=len(lines), total=total)
        )
        if lines:
            self.view.selectRow(0)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.sig_loaded.emit(lines)

    def _entered(self, row: int) -> None:
        line = self.model.item(row)
        if line is not None and line.seeker_id is not None:
            self.ctx.open_seeker(line.seeker_id)
