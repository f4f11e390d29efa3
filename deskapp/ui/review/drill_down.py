"""The records counted in one cell of the statistics table (통계 상세).

Opened from a cell of the 통계 page or from a flag of the 검토 page::

    dialog = open_drill_down(context, parent, period, "plus", "placements")
    dialog.sig_open_seeker.connect(context.open_seeker)

The list is ``drill_down.drill_down``: exactly what the cell counts, so the count in
the title equals the cell (for 취업자수 one line per person, however often placed).
Team leads and administrators may save it as a workbook, with a reason that the
access log keeps.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.access import Permission
from deskapp.domain.audit import AccessAction
from deskapp.domain.breakdown import Dimension
from deskapp.domain.dates import Period
from deskapp.domain.desks import desk_by_code
from deskapp.domain.errors import DeskappError
from deskapp.domain.stats import DrillRow
from deskapp.reports.rows import write_rows
from deskapp.ui.context import WorkContext
from deskapp.ui.lists import RecordTable
from deskapp.ui.review.common import StatusLabel, busy_bar
from deskapp.ui.review.models import DrillModel, measure_of
from deskapp.ui.widgets import ReasonDialog, announce_saved, ask_save_path
from deskapp.ui.workers import QueryOp

__all__ = ["DrillDownDialog", "open_drill_down"]


class DrillDownDialog(QDialog):
    """The records behind one cell: Enter on a row opens its seeker."""

    sig_loaded = Signal(object)
    """The records arrived: the list of DrillRow shown."""
    sig_open_seeker = Signal(int)
    """Enter or a double-click on a record that has a seeker: the seeker's id."""
    sig_exported = Signal(object)
    """The list was saved: the workbook's Path."""

    def __init__(
        self,
        context: WorkContext,
        period: Period,
        desk: str,
        measure: str,
        parent: QWidget | None = None,
        *,
        record: tuple[int, str] | None = None,
        by: Dimension | None = None,
        value: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("drill_down_dialog")
        self.workspace = context.workspace
        self.actor = actor = context.actor
        self.period = period
        self.desk = desk
        self.measure = measure
        self.by = by
        self.value = value
        self.settings = context.settings  # the account's: where a workbook is saved
        self._record = record
        self._loaded = False
        self.reason_dialog: ReasonDialog | None = None
        self._measure = measure_of(measure)
        try:
            self._desk_name = desk_by_code(desk).name
        except DeskappError:
            self._desk_name = desk
        if by is not None:  # one cell of a breakdown: '일자리플러스센터 · 성별 여'
            self._desk_name += f" · {by.label} {value}"
        self.setWindowTitle(
            self.tr("Loading {desk} · {measure} ({period})…").format(
                desk=self._desk_name, measure=self._measure.label, period=period
            )
        )

        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        self.model = DrillModel(measure, self)
        self.view = RecordTable(self, plain=True)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Statistics details"))
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.view.sig_activated.connect(self._row_entered)
        self.status_label = StatusLabel(self)
        self.bar = busy_bar(self)

        self.buttons = QDialogButtonBox(self)
        self.export_button = QPushButton(self.tr("Save to &Excel…"), self)
        self.export_button.setAutoDefault(False)
        self.export_button.clicked.connect(self.export_excel)
        self.can_export = actor.can(Permission.EXPORT_STATISTICS)
        if self.can_export:
            self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        else:
            self.export_button.hide()  # counselors keep records inside the application
        self.export_button.setEnabled(False)
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        close.setAutoDefault(False)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.bar)
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)
        self.resize(640, 480)
        self.view.setFocus()
        self.load()

    # -- loading -------------------------------------------------------------------------

    def load(self) -> None:
        """Ask the service for the records counted in the cell (in the background)."""
        drill_down, actor = self.workspace.drill_down, self.actor
        period, desk, measure = self.period, self.desk, self.measure
        by, value = self.by, self.value
        QueryOp(
            parent=self,
            op=lambda _progress: drill_down.drill_down(actor, period, desk, measure, by, value),
            success=self._loaded_rows,
        ).failure(self._failed).with_progress(self.bar).run_in_background()

    def _loaded_rows(self, rows: list[DrillRow]) -> None:
        self.bar.hide()
        self._loaded = True
        self.model.set_rows(rows)
        count = len(rows)
        self.setWindowTitle(
            self.tr("{desk} · {measure} {count}{unit} ({period})").format(
                desk=self._desk_name,
                measure=self._measure.label,
                count=f"{count:,}",
                unit=self._measure.unit,
                period=self.period,
            )
        )
        text = self.tr("{period} {desk} {measure}: {count}{unit} counted in this cell").format(
            period=self.period,
            desk=self._desk_name,
            measure=self._measure.label,
            count=f"{count:,}",
            unit=self._measure.unit,
        )
        if self.measure == "placements":
            text += "\n" + self.tr(
                "Placements count people: someone placed twice or more in the period "
                "is still one row."
            )
        self.caption.setText(text)
        self.export_button.setEnabled(self.can_export and count > 0)
        row = self.model.row_of(*self._record) if self._record else 0
        if count:
            self.view.setCurrentIndex(self.model.index(max(row, 0), 0))
            self.view.scrollTo(self.view.currentIndex())
        self.sig_loaded.emit(rows)

    def _failed(self, error: BaseException) -> None:
        self.bar.hide()
        self.setWindowTitle(
            self.tr("{desk} · {measure} ({period})").format(
                desk=self._desk_name, measure=self._measure.label, period=self.period
            )
        )
        self.status_label.show_error(error)

    def count(self) -> int:
        """How many records are listed (all of them, fetched by the view or not)."""
        return self.model.total()

    def _row_entered(self, row: int) -> None:
        item = self.model.item(row)
        if item is None:
            return
        if item.seeker_id is None:
            self.status_label.show_text(self.tr("Opening records have no job seeker to open."))
            return
        self.sig_open_seeker.emit(int(item.seeker_id))

    # -- export --------------------------------------------------------------------------

    def _base_name(self) -> str:
        return self.tr("statistics-details_{desk}_{measure}_{start}_{end}").format(
            desk=self.desk,
            measure=self._measure.label,
            start=f"{self.period.start:%Y%m%d}",
            end=f"{self.period.end:%Y%m%d}",
        )

    def export_excel(self) -> ReasonDialog | None:
        """Ask the reason, then where, then write the listed records as a workbook."""
        if not (self.can_export and self._loaded and self.count()):
            return None
        dialog = ReasonDialog(
            self.tr("Save to Excel"),
            self.tr(
                "You are exporting a list containing personal &records to a file. "
                "Enter a reason. The reason is kept in the access log.\nReason:"
            ),
            self.tr("Continue"),
            self,
            stays_open=True,
            min_length=0,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sig_reason.connect(lambda reason: self._reason_given(dialog, reason))
        self.reason_dialog = dialog
        dialog.open()
        return dialog

    def _reason_given(self, dialog: ReasonDialog, reason: str) -> None:
        if not reason:
            dialog.show_error(self.tr("Enter the reason for saving."))
            return
        dialog.done_ok()
        # The file dialog comes after the reason dialog has gone (both are modal).
        QTimer.singleShot(0, lambda: self._write(reason))

    def _write(self, reason: str) -> None:
        path = ask_save_path(
            self,
            self.settings,
            self.tr("Save to Excel"),
            self._base_name() + ".xlsx",
            self.tr("Excel workbook (*.xlsx)"),
            ".xlsx",
        )
        if path is None:
            return
        title = self.windowTitle()
        headings = self.model.headings()
        rows = [self.model.cells(row) for row in self.model.rows()]
        audit, actor, sheet = self.workspace.audit, self.actor, self._measure.label
        cell = f" {self.by.label} '{self.value}'" if self.by is not None else ""
        # The access log's detail is Korean data, written as the services write theirs.
        what = f"통계 상세 {self.period} {self.desk} {self.measure}{cell}"  # korean-data
        detail = f"{what} ({len(rows)}건) · 사유: {reason}"  # korean-data

        def write(_progress: object) -> Path:
            audit.record(actor, AccessAction.EXPORT, detail, subject_kind="statistics")
            return write_rows(path, title, headings, rows, sheet_name=sheet)

        self.export_button.setEnabled(False)
        QueryOp(parent=self, op=write, success=self._written).failure(
            self._export_failed
        ).with_progress(self.bar).run_in_background()

    def _written(self, path: Path) -> None:
        self.bar.hide()
        self.export_button.setEnabled(True)
        self.status_label.show_text(self.tr("Saved: {path}").format(path=path))
        self.sig_exported.emit(path)
        announce_saved(self, path)

    def _export_failed(self, error: BaseException) -> None:
        self.bar.hide()
        self.export_button.setEnabled(True)
        self.status_label.show_error(error)


def open_drill_down(
    context: WorkContext,
    parent: QWidget,
    period: Period,
    desk: str,
    measure: str,
    *,
    record: tuple[int, str] | None = None,
    by: Dimension | None = None,
    value: str | None = None,
) -> DrillDownDialog:
    """Show the records counted in the cell (``desk``, ``measure``) of ``period``'s table.

    The dialog is not modal (a seeker's record may be opened beside it) and is
    deleted when closed. ``record`` (its id, else its name) is the row to start on.
    With ``by`` and ``value``, the records of that breakdown's cell (``value`` of ``by``).
    """
    dialog = DrillDownDialog(
        context, period, desk, measure, parent, record=record, by=by, value=value
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
