"""The 고용유지 현황 window: of the people placed in a period, who was still employed at 1, 3
and 6 months, per desk (deskapp/domain/retention.py says what each cell counts).

Opened from 보기 › 고용유지 현황 (Ctrl+Shift+K)::

    dialog = open_retention(context, parent)
    dialog.sig_open_seeker.connect(context.open_seeker)

The period defaults to this year; Enter counts again. Enter or a double-click on a desk's
유지 · 이직 · 미확인 · 도래 전 cell lists the people counted there (counselors: their own
desk's), and Enter on a person opens their record. 엑셀로 저장 asks the reason first:
team leads and administrators save every desk, counselors their own desk's row.
Counting and saving run in a worker (QueryOp).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.access import Permission
from deskapp.domain.dates import Period
from deskapp.domain.desks import DESK_CODES, desk_by_code
from deskapp.domain.errors import DeskappError
from deskapp.domain.records import Role
from deskapp.domain.retention import (
    CHECKPOINTS,
    STATES,
    RetentionReport,
    RetentionRow,
    checkpoint_label,
    state_label,
)
from deskapp.reports.retention import write_retention_workbook
from deskapp.services.retention import RetentionPerson
from deskapp.ui.admin.common import StatusLabel, busy_bar
from deskapp.ui.context import WorkContext
from deskapp.ui.date_field import DateField
from deskapp.ui.lists import RecordTable, RowsModel
from deskapp.ui.widgets import (
    CellTable,
    ReasonDialog,
    announce_saved,
    ask_reason,
    ask_save_path,
)
from deskapp.ui.workers import QueryOp

__all__ = ["SHORTCUT", "RetentionDialog", "RetentionPeopleDialog", "open_retention"]

SHORTCUT = "Ctrl+Shift+K"
#: The raw value of a cell: the desk code in column 0, else the count.
RawRole = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex
#: (checkpoint, state) of each column after 구 분 and 취업자.
CELLS: tuple[tuple[int, str], ...] = tuple((n, s) for n in CHECKPOINTS for s in STATES)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class RetentionModel(QAbstractTableModel):
    """The report's rows: 구 분, 취업자, then 유지 · 이직 · 미확인 · 도래 전 at 1, 3, 6 months."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report: RetentionReport | None = None
        self._rows: list[RetentionRow] = []

    def set_report(self, report: RetentionReport) -> None:
        self.beginResetModel()
        self.report = report
        self._rows = report.rows
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2 + len(CELLS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return self.tr("Category")
        if section == 1:
            return self.tr("Placed")
        months, state = CELLS[section - 2]
        return f"{checkpoint_label(months)}\n{state_label(state)}"

    def cell(self, index: _Index) -> tuple[str, int, str] | None:
        """(desk, checkpoint, state) of a state cell of a desk's row, else None."""
        if not index.isValid() or index.column() < 2 or index.row() >= len(self._rows):
            return None
        desk = self._rows[index.row()].desk
        if desk not in DESK_CODES:
            return None  # 총 계: a person placed at two desks is in both desks' cells
        months, state = CELLS[index.column() - 2]
        return desk, months, state

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        value: Any = row.name if column == 0 else row.counts.values()[column - 1]
        if role == Qt.ItemDataRole.DisplayRole:
            return value if column == 0 else f"{value:,}"
        if role == RawRole:
            return row.desk if column == 0 else value
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and row.desk not in DESK_CODES:
            font = QFont()
            font.setBold(True)
            return font
        return None


class PeopleModel(RowsModel[RetentionPerson]):
    """The people counted in one cell."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._columns(
            [
                (self.tr("Name"), lambda p: p.name),
                (self.tr("Job seeker no."), lambda p: p.seeker_no),
                (self.tr("Placement date"), lambda p: p.placed_on.isoformat()),
                (self.tr("Check due date"), lambda p: p.due_on.isoformat()),
                (self.tr("Employer"), lambda p: p.employer),
                (self.tr("Check date"), lambda p: p.checked_on.isoformat() if p.checked_on else ""),
                (self.tr("Note"), lambda p: p.note),
                (self.tr("Placements in period"), lambda p: self.tr("{n}").format(n=p.placements)),
            ]
        )


class RetentionPeopleDialog(QDialog):
    """The people behind one cell; Enter on a person opens their record."""

    sig_loaded = Signal(object)
    """The people arrived: the list of RetentionPerson shown."""
    sig_open_seeker = Signal(int)
    """Enter or a double-click on a person: the seeker's id."""

    def __init__(
        self,
        context: WorkContext,
        period: Period,
        cell: tuple[str, int, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("retention_people")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        workspace, actor = context.workspace, context.actor
        self.workspace, self.actor, self.period, self.cell = workspace, actor, period, cell
        desk, months, state = cell
        self._title = self.tr("{desk} · {months} {state} ({period})").format(
            desk=desk_by_code(desk).name,
            months=checkpoint_label(months),
            state=state_label(state),
            period=period,
        )
        self.setWindowTitle(self._title + self.tr(" Loading…"))
        self.model = PeopleModel(self)
        self.view = RecordTable(self, plain=True)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Employment retention details"))
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.view.sig_activated.connect(self._entered)
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        self.status_label = StatusLabel(self)
        self.bar = busy_bar(self)
        close = QPushButton(self.tr("Close (Esc)"), self)
        close.setAutoDefault(False)
        close.clicked.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.bar)
        layout.addWidget(self.status_label)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        self.resize(760, 420)
        self.view.setFocus()
        retention, (desk, months, state) = workspace.retention, cell
        QueryOp(
            parent=self,
            op=lambda _p: retention.drill_down(actor, period, desk, months, state),
            success=self._loaded,
        ).failure(self._failed).with_progress(self.bar).run_in_background()

    def _loaded(self, people: list[RetentionPerson]) -> None:
        self.bar.hide()
        self.model.set_rows(people)
        self.setWindowTitle(self._title)
        self.caption.setText(
            self.tr(
                "{count} people counted in this cell. Someone placed twice or more at "
                "the same desk in the period is counted once, by the first placement. "
                "Press Enter to open the job seeker record."
            ).format(count=f"{len(people):,}")
        )
        if people:
            self.view.setCurrentIndex(self.model.index(0, 0))
        self.sig_loaded.emit(people)

    def _failed(self, error: BaseException) -> None:
        self.bar.hide()
        self.setWindowTitle(self._title)
        self.status_label.show_error(error)

    def _entered(self, row: int) -> None:
        person = self.model.item(row)
        if person is not None:
            self.sig_open_seeker.emit(person.seeker_id)


class RetentionDialog(QDialog):
    """고용유지 현황 for a period: the table, the people behind a cell, the export."""

    sig_loaded = Signal(object)
    """The figures are shown: the RetentionReport."""
    sig_exported = Signal(object)
    """The workbook was written: its Path."""
    sig_open_seeker = Signal(int)
    """A person was chosen in a cell's list: the seeker's id."""

    def __init__(self, context: WorkContext, parent: QWidget | None = None) -> None:
        workspace, actor, settings = context.workspace, context.actor, context.settings
        super().__init__(parent)
        self.setObjectName("retention_report")
        self.setWindowTitle(self.tr("Employment retention"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.context = context
        self.workspace, self.actor, self.settings = workspace, actor, settings
        self._serial = 0
        self.reason_dialog: ReasonDialog | None = None
        self.people_dialog: RetentionPeopleDialog | None = None
        self.own_desk_only = not actor.can(Permission.EXPORT_STATISTICS)
        self.can_export = actor.can(Permission.EXPORT_STATISTICS) or (
            actor.role is Role.COUNSELOR and actor.desk is not None
        )
        today = workspace.retention.today()
        self.from_edit = self._date_edit(date(today.year, 1, 1), self.tr("Start date"))
        self.to_edit = self._date_edit(date(today.year, 12, 31), self.tr("End date"))
        from_label = QLabel(self.tr("Period (&F):"), self)
        from_label.setBuddy(self.from_edit)
        to_label = QLabel(self.tr("~(&T)"), self)
        to_label.setBuddy(self.to_edit)
        self.query_button = QPushButton(self.tr("Search (&Q)"), self)
        self.query_button.setToolTip(self.tr("Counts the selected period (Enter, F5)"))
        self.query_button.clicked.connect(self.load)
        QShortcut(QKeySequence("F5"), self).activated.connect(self.load)

        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        self.model = RetentionModel(self)
        self.table = CellTable(self)
        self.table.setObjectName("retention_table")
        self.table.setAccessibleName(self.tr("Employment retention"))
        self.table.setToolTip(
            self.tr(
                "Press Enter on a desk's retained, left, unconfirmed or not-yet-due "
                "cell to see those people."
            )
        )
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.sig_cell_entered.connect(self.open_cell)
        self.status_label = StatusLabel(self)
        self.bar = busy_bar(self)

        self.export_button = QPushButton(self.tr("Save to &Excel…"), self)
        self.export_button.clicked.connect(self.export_excel)
        close_button = QPushButton(self.tr("Close (Esc)"), self)
        close_button.clicked.connect(self.close)
        for button in (self.query_button, self.export_button, close_button):
            button.setAutoDefault(False)
        self.export_button.setEnabled(False)
        if not self.can_export:
            self.export_button.setToolTip(
                self.tr("{role} accounts cannot export employment retention.").format(
                    role=actor.role.label
                )
            )
        elif self.own_desk_only:
            self.export_button.setToolTip(self.tr("Saves only your desk's rows, with a reason."))

        top = QHBoxLayout()
        for widget in (from_label, self.from_edit, to_label, self.to_edit, self.query_button):
            top.addWidget(widget)
        top.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.caption)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.bar)
        layout.addLayout(buttons)
        self.resize(1000, 420)
        self.from_edit.setFocus()
        self.load()

    def _date_edit(self, day: date, name: str) -> DateField:
        return DateField(day, name, self)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter presses the button that has the keyboard, else counts again (the table
        # handles its own Enter).
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused = self.focusWidget()
            if isinstance(focused, QPushButton):
                focused.click()
            else:
                self.load()
            event.accept()
            return
        super().keyPressEvent(event)

    # -- counting ------------------------------------------------------------------------

    def period(self) -> Period:
        """The chosen period; ValidationError (Korean) when it is reversed."""
        return Period(self.from_edit.day(), self.to_edit.day())

    def load(self) -> None:
        """Count the chosen period in the background."""
        try:
            period = self.period()
        except DeskappError as error:
            self.status_label.show_error(error)
            return
        self._serial += 1
        serial = self._serial
        retention, actor = self.workspace.retention, self.actor
        self.status_label.show_text(self.tr("Counting {period}…").format(period=period))
        QueryOp(
            parent=self,
            op=lambda _p: retention.report(actor, period),
            success=lambda report: self._loaded(serial, report),
        ).failure(lambda error: self._failed(serial, error)).with_progress(
            self.bar
        ).run_in_background()

    def _loaded(self, serial: int, report: RetentionReport) -> None:
        if serial != self._serial:
            return  # an older count finished after a newer one was asked for
        self.bar.hide()
        self.model.set_report(report)
        self.caption.setText(
            self.tr(
                "Counts where people placed in {period} (once per desk, by their first "
                "placement in the period) stand at 1, 3 and 6 months. Reference date "
                "{today} (unit: people)"
            ).format(period=report.period, today=report.today.isoformat())
        )
        self.status_label.show_text(
            self.tr("{period}: query complete").format(period=report.period)
        )
        self.export_button.setEnabled(self.can_export)
        self.sig_loaded.emit(report)

    def _failed(self, serial: int, error: BaseException) -> None:
        if serial == self._serial:
            self.bar.hide()
            self.status_label.show_error(error)

    # -- the people of a cell --------------------------------------------------------------

    def open_cell(self, index: QModelIndex) -> RetentionPeopleDialog | None:
        """The people counted in a desk's state cell (not 총 계, 구 분 or 취업자)."""
        report, cell = self.model.report, self.model.cell(index)
        if report is None or cell is None:
            self.status_label.show_text(
                self.tr("Select a retained, left, unconfirmed or not-yet-due cell in a desk row.")
            )
            return None
        dialog = RetentionPeopleDialog(self.context, report.period, cell, self)
        dialog.sig_open_seeker.connect(self.sig_open_seeker)
        self.people_dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    # -- export --------------------------------------------------------------------------

    def export_excel(self) -> ReasonDialog | None:
        """Ask the reason, then where, then save the period's report as a workbook."""
        if not (self.can_export and self.model.report is not None):
            return None
        self.reason_dialog = ask_reason(
            self,
            self.tr("Save to Excel"),
            self.tr(
                "Enter the &reason for exporting employment retention to a file. The "
                "reason is kept in the access log.\nReason:"
            ),
            self.tr("Continue"),
            # The file dialog comes after the reason dialog has gone (both are modal).
            lambda reason: QTimer.singleShot(0, lambda: self._export(reason)),
        )
        return self.reason_dialog

    def _export(self, reason: str) -> None:
        report = self.model.report
        assert report is not None
        period = report.period
        name = self.tr("retention_{start}_{end}").format(
            start=f"{period.start:%Y%m%d}", end=f"{period.end:%Y%m%d}"
        )
        path = ask_save_path(
            self,
            self.settings,
            self.tr("Save to Excel"),
            name + ".xlsx",
            self.tr("Excel workbook (*.xlsx)"),
            ".xlsx",
        )
        if path is None:
            return
        retention, actor = self.workspace.retention, self.actor

        def write(_progress: object) -> Path:
            # The service checks the role, counts again and logs the reason.
            exported = retention.export_report(actor, period, reason)
            return write_retention_workbook(exported, path)

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


def open_retention(context: WorkContext, parent: QWidget) -> RetentionDialog:
    """고용유지 현황 over ``parent`` (not modal; deleted when closed)."""
    dialog = RetentionDialog(context, parent)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
