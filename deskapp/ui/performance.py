"""상담사별 실적: counselors × months (and 합계) of one measure, and the records behind a cell.

A tab of the 검토 page (team leads, administrators: every counselor, or one desk's) and a
window of 보기 › 상담사별 실적 (a counselor: their own row)::

    dialog = open_performance(context, parent)
    dialog.view.sig_open_seeker.connect(context.open_seeker)

Alt+Y chooses the year, Alt+D the desk (team leads), Alt+I the measure; Enter or a
double-click on a cell lists what it counts (``performance.drill_down``; the 상담사 and
창구 columns open the year), and Enter on a listed record opens its seeker.
"""

from __future__ import annotations

import itertools
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.dates import Period
from deskapp.domain.desks import DESKS
from deskapp.domain.records import Role
from deskapp.domain.stats import DrillRow
from deskapp.services.performance import (
    PERFORMANCE_KEYS,
    CounselorPerformance,
    measure_label,
    measure_unit,
)
from deskapp.ui.admin.common import desk_text
from deskapp.ui.context import WorkContext
from deskapp.ui.lists import RecordTable, RowsModel
from deskapp.ui.review.common import (
    LoadingTab,
    StatusLabel,
    busy_bar,
    compact_rows,
)
from deskapp.ui.review.models import DrillModel
from deskapp.ui.widgets import year_suffix
from deskapp.ui.workers import QueryOp

__all__ = [
    "PerformanceDialog",
    "PerformanceDrillDown",
    "PerformanceModel",
    "PerformanceView",
    "open_performance",
]

FIRST_MONTH_COLUMN = 2  # after 상담사 and 창구
YEAR_COLUMN = FIRST_MONTH_COLUMN + 12


def measure_text(measure: str) -> str:
    """The Korean name of a measure of 상담사별 실적."""
    names = {
        "job_seekers": QCoreApplication.translate("performance", "Job seeker registrations"),
        "sessions": QCoreApplication.translate("performance", "Sessions"),
        "referrals": QCoreApplication.translate("performance", "Referral"),
        "placements": QCoreApplication.translate("performance", "Placements"),
        "follow_ups": QCoreApplication.translate("performance", "Follow-up"),
    }
    return names.get(measure) or measure_label(measure)


class PerformanceModel(RowsModel[CounselorPerformance]):
    """One measure of every counselor shown: 상담사, 창구, 1월 … 12월, 합계."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.measure = "placements"
        self._set_columns()

    def _set_columns(self) -> None:
        measure = self.measure

        def month_cell(month: int) -> Any:
            return lambda row: f"{row.figures(measure).monthly[month]:,}"

        self._columns(
            [
                (self.tr("Counselor"), lambda row: row.name),
                (self.tr("Desk"), lambda row: ", ".join(desk_text(d) for d in row.desks)),
                *[(self.tr("Month {month}").format(month=m + 1), month_cell(m)) for m in range(12)],
                (self.tr("Total"), lambda row: f"{row.figures(measure).year:,}"),
            ],
            right=range(FIRST_MONTH_COLUMN, YEAR_COLUMN + 1),
        )

    def set_measure(self, measure: str) -> None:
        self.beginResetModel()
        self.measure = measure
        self._set_columns()
        self.endResetModel()


class PerformanceView(LoadingTab):
    """The year's figures of one measure per counselor; a cell opens its records."""

    sig_loaded = Signal(object)
    """The year arrived: the list of CounselorPerformance."""
    sig_open_seeker = Signal(int)
    """A listed record asks for its seeker: the seeker's id."""
    sig_drill_down = Signal(object)
    """A cell was opened: the PerformanceDrillDown dialog."""

    def __init__(
        self, context: WorkContext, year: int | None = None, parent: QWidget | None = None
    ) -> None:
        workspace, actor = context.workspace, context.actor
        super().__init__(parent)
        self.setObjectName("performance_view")
        self.context = context
        self.workspace = workspace
        self.actor = actor
        self.drill_dialog: PerformanceDrillDown | None = None
        today = workspace.month_close.today()
        self.year_spin = QSpinBox(self)
        self.year_spin.setRange(1990, today.year + 1)
        self.year_spin.setValue(year or today.year)
        self.year_spin.setSuffix(year_suffix())
        self.year_spin.setAccessibleName(self.tr("Year"))
        year_label = QLabel(self.tr("&Year:"), self)
        year_label.setBuddy(self.year_spin)
        self.year_spin.valueChanged.connect(lambda _value: self.load_soon())

        self.desk_combo = QComboBox(self)
        self.desk_combo.addItem(self.tr("All desks"), "")
        for desk in DESKS:
            self.desk_combo.addItem(desk.short_name, desk.code)
        self.desk_combo.setAccessibleName(self.tr("Desk"))
        desk_label = QLabel(self.tr("&Desk:"), self)
        desk_label.setBuddy(self.desk_combo)
        self.desk_combo.currentIndexChanged.connect(lambda _index: self.load())
        self.own_only = actor.role is Role.COUNSELOR
        if self.own_only:  # a counselor's own row, wherever its records were made
            desk_label.hide()
            self.desk_combo.hide()

        self.measure_combo = QComboBox(self)
        for key in PERFORMANCE_KEYS:
            self.measure_combo.addItem(measure_text(key), key)
        self.measure_combo.setCurrentIndex(self.measure_combo.findData("placements"))
        self.measure_combo.setAccessibleName(self.tr("Indicator"))
        measure_label = QLabel(self.tr("&Indicator:"), self)
        measure_label.setBuddy(self.measure_combo)
        self.measure_combo.currentIndexChanged.connect(lambda _index: self._measure_changed())

        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        self.model = PerformanceModel(self)
        self.table = RecordTable(self, plain=True)
        self.table.setObjectName("performance_table")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Results per counselor"))
        self.table.setSelectionBehavior(RecordTable.SelectionBehavior.SelectItems)
        self.table.setToolTip(
            self.tr("Press Enter or double-click a cell to see the records counted.")
        )
        compact_rows(self.table)
        self.table.sig_activated.connect(lambda _row: self.open_cell())

        top = QHBoxLayout()
        for widget in (year_label, self.year_spin, desk_label, self.desk_combo):
            top.addWidget(widget)
        top.addWidget(measure_label)
        top.addWidget(self.measure_combo)
        top.addWidget(self.bar)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.caption)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status_label)
        order = [self.year_spin, self.desk_combo, self.measure_combo, self.table]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        self.setFocusProxy(self.table)
        self._show_caption()

    # -- loading -------------------------------------------------------------------------

    def year(self) -> int:
        return self.year_spin.value()

    def desk(self) -> str | None:
        return None if self.own_only else (self.desk_combo.currentData() or None)

    def measure(self) -> str:
        return str(self.measure_combo.currentData())

    def load(self) -> None:
        """Read the year's figures per counselor (in the background)."""
        performance, actor, year, desk = (
            self.workspace.performance,
            self.actor,
            self.year(),
            self.desk(),
        )
        self._run(
            lambda _progress: performance.by_counselor(actor, year, desk),
            self._loaded,
            self.tr("Loading…"),
        )

    def _loaded(self, rows: list[CounselorPerformance]) -> None:
        current = self.table.currentIndex()
        self.model.set_rows(rows)
        if rows:
            row = min(max(current.row(), 0), len(rows) - 1)
            column = current.column() if current.isValid() else YEAR_COLUMN
            self.table.setCurrentIndex(self.model.index(row, column))
        self._show_caption()
        if not rows:
            self.status_label.show_text(self.tr("No records counted for this year."))
        self.sig_loaded.emit(rows)

    def _measure_changed(self) -> None:
        current = self.table.currentIndex()
        self.model.set_measure(self.measure())
        if current.isValid():
            self.table.setCurrentIndex(self.model.index(current.row(), current.column()))
        self._show_caption()

    def _show_caption(self) -> None:
        measure = self.measure()
        text = self.tr("{year} {measure} by counselor ({unit}).").format(
            year=self.year(), measure=measure_text(measure), unit=measure_unit(measure)
        )
        if measure == "placements":
            text += " " + self.tr(
                "The total is the number of people placed during the year (placed "
                "twice counts once)."
            )
        elif measure == "follow_ups":
            text += " " + self.tr(
                "Follow-ups are employment retention checks (1, 3 and 6 months) "
                "recorded in that month."
            )
        text += " " + self.tr("Press Enter on a cell to see the records counted.")
        self.caption.setText(text)

    # -- drill-down ----------------------------------------------------------------------

    def open_cell(
        self, row: int | None = None, column: int | None = None
    ) -> PerformanceDrillDown | None:
        """The records counted in a cell (the current one by default), in a dialog."""
        index = self.table.currentIndex()
        row = index.row() if row is None else row
        column = index.column() if column is None else column
        item: CounselorPerformance | None = self.model.item(row)
        if item is None:
            return None
        month = (
            column - FIRST_MONTH_COLUMN + 1 if FIRST_MONTH_COLUMN <= column < YEAR_COLUMN else None
        )
        dialog = PerformanceDrillDown(
            self.context,
            self.year(),
            month,
            item.name,
            self.measure(),
            self.desk(),
            self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sig_open_seeker.connect(self.sig_open_seeker)
        dialog.destroyed.connect(lambda _obj=None: self._drill_closed(dialog))
        self.drill_dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        self.sig_drill_down.emit(dialog)
        return dialog

    def _drill_closed(self, dialog: PerformanceDrillDown) -> None:
        if self.drill_dialog is dialog:
            self.drill_dialog = None


class _DrillModel(DrillModel):
    """DrillModel with each record's desk (a counselor may work at several), and the
    headings of 사후관리 (확인일, 구직자, 확인 결과)."""

    def __init__(self, measure: str, parent: QObject | None = None) -> None:
        super().__init__(measure, parent)
        day, label, detail = self.headings()[1:]
        if measure == "follow_ups":
            day, label, detail = (
                self.tr("Check date"),
                self.tr("Job seeker"),
                self.tr("Check result"),
            )
        self._columns(
            [
                (self.tr("No."), lambda r: f"{self._number[id(r)]:,}"),
                (day, lambda r: r.on.isoformat()),
                (label, lambda r: r.label),
                (self.tr("Desk"), lambda r: desk_text(r.desk)),
                (detail, lambda r: r.detail),
            ],
            right=(0,),
        )


class PerformanceDrillDown(QDialog):
    """What one cell of 상담사별 실적 counts: Enter on a row opens its seeker."""

    sig_loaded = Signal(object)
    """The records arrived: the list of DrillRow shown."""
    sig_open_seeker = Signal(int)
    """Enter or a double-click on a record: the seeker's id."""

    def __init__(
        self,
        context: WorkContext,
        year: int,
        month: int | None,
        counselor: str,
        measure: str,
        desk: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("performance_drill_down")
        self.workspace = context.workspace
        self.actor = context.actor
        self.year, self.month, self.counselor = year, month, counselor
        self.measure, self.desk = measure, desk
        self.period = Period.year(year) if month is None else Period.month(year, month)
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        self.model = _DrillModel(measure, self)
        self.view = RecordTable(self, plain=True)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Results details"))
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.view.sig_activated.connect(self._row_entered)
        self.status_label = StatusLabel(self)
        self.bar = busy_bar(self)
        buttons = QDialogButtonBox(self)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        close.setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.bar)
        layout.addWidget(self.status_label)
        layout.addWidget(buttons)
        self.setWindowTitle(self._title(self.tr("Loading…")))
        self.resize(640, 480)
        self.view.setFocus()
        self.load()

    def _title(self, count: str) -> str:
        where = desk_text(self.desk) if self.desk else self.tr("All desks")
        return self.tr("{counselor} · {measure} {count} ({period}, {where})").format(
            counselor=self.counselor,
            measure=measure_text(self.measure),
            count=count,
            period=self.period,
            where=where,
        )

    def load(self) -> None:
        performance, actor = self.workspace.performance, self.actor
        year, month, counselor = self.year, self.month, self.counselor
        measure, desk = self.measure, self.desk
        QueryOp(
            parent=self,
            op=lambda _p: performance.drill_down(actor, year, month, counselor, measure, desk),
            success=self._loaded,
        ).failure(self._failed).with_progress(self.bar).run_in_background()

    def _loaded(self, rows: list[DrillRow]) -> None:
        self.bar.hide()
        self.model.set_rows(rows)
        count = self.tr("{n:,} {unit}").format(n=len(rows), unit=measure_unit(self.measure))
        self.setWindowTitle(self._title(count))
        text = self.tr(
            "{counselor} · {period} {measure}: {count} records counted in this cell"
        ).format(
            counselor=self.counselor,
            period=self.period,
            measure=measure_text(self.measure),
            count=count,
        )
        if self.measure == "placements":
            text += "\n" + self.tr(
                "Placements count people: someone placed twice or more is still one row."
            )
        self.caption.setText(text)
        if rows:
            self.view.setCurrentIndex(self.model.index(0, 0))
        self.sig_loaded.emit(rows)

    def _failed(self, error: BaseException) -> None:
        self.bar.hide()
        self.setWindowTitle(self._title(""))
        self.status_label.show_error(error)

    def count(self) -> int:
        return self.model.total()

    def _row_entered(self, row: int) -> None:
        item = self.model.item(row)
        if item is not None and item.seeker_id is not None:
            self.sig_open_seeker.emit(int(item.seeker_id))


class PerformanceDialog(QDialog):
    """상담사별 실적 in a window of its own (보기 menu); Esc closes it."""

    def __init__(
        self, context: WorkContext, year: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("performance_dialog")
        self.setWindowTitle(self.tr("Results per counselor"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.settings = context.settings
        self.view = PerformanceView(context, year, self)
        buttons = QDialogButtonBox(self)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close (Esc)"))
        close.setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(1000, 520)
        self.setFocusProxy(self.view)


def open_performance(
    context: WorkContext, parent: QWidget, year: int | None = None
) -> PerformanceDialog:
    """상담사별 실적 over ``parent`` (not modal)."""
    dialog = PerformanceDialog(context, year, parent)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    dialog.view.setFocus()
    return dialog
