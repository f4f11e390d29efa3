"""The 통계 page: pick a period, see the official table and the year's monthly grid, export.

Counting runs in a worker (``workspace.statistics``); exports write the official
layout through ``deskapp.reports.xlsx``; printing renders the same layout as HTML.
The 나눠 보기 choice (성별, 연령대, 구민 여부, 대상 그룹, 동 창구 현장, 상담사) breaks
the seeker-side figures down (ARCHITECTURE.md: Breakdowns): the table shows each desk's row per
value, the monthly grid each month per value for one measure, and Enter on a cell
lists exactly the records counted there (``drill_down.drill_down(..., by=, value=)``).

Team leads and administrators save or print every desk; a counselor their own
desk's figures. Each output first asks its reason (사유); the ``export_*`` methods
of ``statistics`` check the role again (a counselor must give a reason and gets
their desk only), count the shown period and log the output with its reason
(내보내기, or 인쇄 for print and PDF).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.access import Permission
from deskapp.domain.breakdown import BREAKDOWN_KEYS, BreakdownSeries, BreakdownTable, Dimension
from deskapp.domain.dates import Period
from deskapp.domain.desks import DESKS, desk_by_code
from deskapp.domain.errors import DeskappError
from deskapp.domain.records import Role
from deskapp.domain.stats import MEASURE_KEYS, MonthlySeries, StatsTable
from deskapp.reports.breakdown import MONTHLY_DIMENSIONS, write_breakdown_table
from deskapp.reports.xlsx import TITLE, write_monthly_workbook, write_stats_table
from deskapp.ui.context import WorkContext
from deskapp.ui.errors import error_message, show_error
from deskapp.ui.print_layout import (
    ask_printer,
    breakdown_html,
    monthly_html,
    print_to,
    save_pdf,
    stats_table_html,
)
from deskapp.ui.review.drill_down import open_drill_down
from deskapp.ui.stats_models import (
    BreakdownTableModel,
    MonthlyBreakdownModel,
    MonthlyStatsModel,
    RawRole,
    StatsTableModel,
    breakdown_heading,
)
from deskapp.ui.widgets import (
    CopyTableView,
    PeriodPicker,
    ReasonDialog,
    announce_saved,
    ask_reason,
    ask_save_path,
)
from deskapp.ui.workers import QueryOp

_MONTHLY_TAB = 1  # the tab index of the monthly grid (the official table is 0)
#: What a query counts: the table, the monthly series, and the same broken down (or None).
Counted = tuple[StatsTable, MonthlySeries, BreakdownTable | None, BreakdownSeries | None]


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class StatsView(QWidget):
    """The 통계 page: the registration-to-employment table and the monthly grid."""

    sig_loaded = Signal(object)
    """A query finished: the StatsTable counted (with a breakdown, also sig_broken_down)."""
    sig_broken_down = Signal(object)
    """A query with a breakdown finished: the BreakdownTable now shown."""
    sig_exported = Signal(object)
    """A file was written (xlsx or pdf): its Path."""
    sig_open_seeker = Signal(int)
    """A seeker was chosen in a drill-down: the seeker's id."""

    def __init__(self, context: WorkContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        workspace, actor = context.workspace, context.actor
        self.workspace = workspace
        self.actor = actor
        self.settings = context.settings
        self._serial = 0
        self._queried_once = False
        self._busy_ops = 0
        self.reason_dialog: ReasonDialog | None = None
        # Team leads and administrators write out every desk; a counselor their own desk's
        # figures, always with a reason (statistics.export_scope decides it again).
        self.own_desk_only = not actor.can(Permission.EXPORT_STATISTICS)
        self.can_export = not self.own_desk_only or (
            actor.role is Role.COUNSELOR and actor.desk is not None
        )

        today = workspace.records.today()
        self.picker = PeriodPicker(date(today.year, today.month, 1), today, self, today=today)
        self.query_button = QPushButton(self.tr("Show"), self)
        self.query_button.setAutoDefault(True)
        self.query_button.setToolTip(self.tr("Counts results for the selected period (Enter)"))
        self.query_button.clicked.connect(self.run_query)

        self.status_label = QLabel(self)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setMaximumWidth(160)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.hide()

        self.breakdown_by = QComboBox(self)
        self.breakdown_by.setObjectName("breakdown_by")
        self.breakdown_by.addItem(self.tr("None"), None)
        labels = {
            Dimension.SEX: self.tr("Sex"),
            Dimension.AGE: self.tr("Age group"),
            Dimension.RESIDENT: self.tr("District resident"),
            Dimension.GROUP: self.tr("Target group"),
            Dimension.SITE: self.tr("Community service centre site"),
            Dimension.COUNSELOR: self.tr("Counselor"),
        }
        for dimension in Dimension:
            self.breakdown_by.addItem(labels[dimension], dimension.value)
        self.breakdown_by.setAccessibleName(self.tr("Break down"))
        self.breakdown_by.setToolTip(
            self.tr(
                "Breaks down job seeker registrations, sessions, referrals and "
                "placements by sex, age group, etc. (Alt+B)"
            )
        )
        self.breakdown_by.currentIndexChanged.connect(lambda _: self.run_query())
        by_label = QLabel(self.tr("&Break down by:"), self)
        by_label.setBuddy(self.breakdown_by)

        self.table_model = StatsTableModel(self)
        self.breakdown_model = BreakdownTableModel(self)
        self.table_view = CopyTableView(self)
        self.table_view.setModel(self.table_model)
        self.table_view.setAccessibleName(self.tr("Results table"))
        self.table_view.setToolTip(
            self.tr("Press Enter or double-click a cell to see the records behind that number.")
        )
        self.table_view.activated.connect(self.open_drill_down)
        self._fit_columns(self.table_view)
        self.table_caption = QLabel(self)

        self.monthly_model = MonthlyStatsModel(self)
        self.monthly_breakdown_model = MonthlyBreakdownModel(self)
        self.monthly_view = CopyTableView(self)
        self.monthly_view.setModel(self.monthly_model)
        self.monthly_view.setAccessibleName(self.tr("Monthly results"))
        self.monthly_view.activated.connect(self.open_monthly_drill_down)
        self.monthly_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.desk_filter = QComboBox(self)
        self.desk_filter.addItem(self.tr("All (grand total)"), None)
        for desk in DESKS:
            self.desk_filter.addItem(desk.name, desk.code)
        self.desk_filter.currentIndexChanged.connect(lambda _: self._desk_chosen())
        desk_label = QLabel(self.tr("Des&k:"), self)
        desk_label.setBuddy(self.desk_filter)
        self.measure_filter = QComboBox(self)
        self.measure_filter.setObjectName("breakdown_measure")
        for key in BREAKDOWN_KEYS:
            self.measure_filter.addItem(breakdown_heading(key), key)
        self.measure_filter.setAccessibleName(self.tr("Indicator to break down"))
        self.measure_filter.currentIndexChanged.connect(
            lambda _: self.monthly_breakdown_model.set_measure(self.measure_filter.currentData())
        )
        self.measure_label = QLabel(self.tr("&Indicator:"), self)
        self.measure_label.setBuddy(self.measure_filter)
        self.monthly_caption = QLabel(self)

        self.tabs = QTabWidget(self)
        table_page = QWidget(self.tabs)
        table_layout = QVBoxLayout(table_page)
        table_layout.addWidget(self.table_caption)
        table_layout.addWidget(self.table_view, 1)
        monthly_page = QWidget(self.tabs)
        monthly_layout = QVBoxLayout(monthly_page)
        filter_row = QHBoxLayout()
        filter_row.addWidget(desk_label)
        filter_row.addWidget(self.desk_filter)
        filter_row.addSpacing(16)
        filter_row.addWidget(self.measure_label)
        filter_row.addWidget(self.measure_filter)
        filter_row.addSpacing(16)
        filter_row.addWidget(self.monthly_caption, 1)
        monthly_layout.addLayout(filter_row)
        monthly_layout.addWidget(self.monthly_view, 1)
        self.tabs.addTab(table_page, self.tr("Results &table"))
        self.tabs.addTab(monthly_page, self.tr("Mo&nthly and cumulative"))

        self.export_button = QPushButton(self.tr("Save to &Excel…"), self)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.pdf_button = QPushButton(self.tr("Save as P&DF…"), self)
        self.export_button.clicked.connect(self.export_excel)
        self.print_button.clicked.connect(self.print_current)
        self.pdf_button.clicked.connect(self.save_pdf)
        for button in self._output_buttons():
            button.setAutoDefault(True)

        top = QHBoxLayout()
        top.addWidget(self.picker, 1)
        top.addWidget(self.query_button, 0, Qt.AlignmentFlag.AlignBottom)
        status_row = QHBoxLayout()
        status_row.addWidget(by_label)
        status_row.addWidget(self.breakdown_by)
        status_row.addSpacing(16)
        status_row.addWidget(self.status_label, 1)
        status_row.addWidget(self.busy_bar)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in self._output_buttons():
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(status_row)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)

        order: list[QWidget] = [
            *self.picker.focus_order(),
            self.query_button,
            self.breakdown_by,
            self.tabs,
            self.table_view,
            self.desk_filter,
            self.measure_filter,
            self.monthly_view,
            *self._output_buttons(),
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        self.setFocusProxy(self.picker.month_radio)
        self._show_breakdown(None)
        self._update_buttons()

    # -- layout helpers ------------------------------------------------------------------

    @staticmethod
    def _fit_columns(view: CopyTableView, labels: int = 1) -> None:
        """Counts share the width; the first ``labels`` columns fit their text."""
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for column in range(labels):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(90)
        view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)

    def _output_buttons(self) -> tuple[QPushButton, QPushButton, QPushButton]:
        return (self.export_button, self.print_button, self.pdf_button)

    def _update_buttons(self) -> None:
        loaded = self.table_model.table is not None
        for button in self._output_buttons():
            button.setEnabled(self.can_export and loaded and not self._busy_ops)
            if not self.can_export:
                button.setToolTip(
                    self.tr(
                        "{role} accounts do not have the 'Export statistics' permission. Team "
                        "leads and administrators can save to Excel and print."
                    ).format(role=self.actor.role.label)
                )
            elif not loaded:
                button.setToolTip(self.tr("Choose a period and press Show first."))
            elif self.own_desk_only and self.actor.desk is not None:
                button.setToolTip(
                    self.tr(
                        "Exports only the {desk} results in the current tab. A reason is required."
                    ).format(desk=desk_by_code(self.actor.desk).name)
                )
            else:
                button.setToolTip(
                    self.tr("Exports the current tab (results table or monthly and cumulative).")
                )

    def _set_status(self, text: str, error: bool = False) -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet("color: #b00020;" if error else "")

    # -- events --------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._queried_once:  # count the default period when first seen
            self._queried_once = True
            QTimer.singleShot(0, self.run_query)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Date and number fields pass Enter on; it means "조회" anywhere on the page.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.run_query()
            event.accept()
            return
        super().keyPressEvent(event)

    # -- querying ------------------------------------------------------------------------

    def dimension(self) -> Dimension | None:
        """What the figures are broken down by (None: not broken down)."""
        value = self.breakdown_by.currentData()
        return Dimension(value) if value else None

    def run_query(self) -> None:
        """Count the chosen period (and its year month by month) in the background,
        broken down by the chosen dimension if any."""
        self._queried_once = True
        try:
            period = self.picker.period()
        except DeskappError as error:
            self._set_status(str(error), error=True)
            return
        self._serial += 1
        serial = self._serial
        statistics, actor, by = self.workspace.statistics, self.actor, self.dimension()

        def count(_progress: object) -> Counted:
            year = Period.year(period.end.year)
            table = statistics.table(actor, period)
            series = statistics.monthly(actor, year)
            if by is None:
                return table, series, None, None
            split = statistics.breakdown(actor, period, by)
            return table, series, split, statistics.monthly_breakdown(actor, year, by)

        self._set_status(self.tr("Counting {period}…").format(period=period))
        QueryOp(
            parent=self, op=count, success=lambda result: self._loaded(serial, *result)
        ).failure(lambda error: self._failed(serial, error)).with_progress(
            self.busy_bar
        ).run_in_background()

    def refresh(self) -> None:
        """Count again what is shown (after an import or any change to the records)."""
        if self.table_model.table is not None or self._queried_once:
            self.run_query()

    def _loaded(
        self,
        serial: int,
        table: StatsTable,
        series: MonthlySeries,
        split: BreakdownTable | None,
        split_series: BreakdownSeries | None,
    ) -> None:
        if serial != self._serial:
            return  # an older query finished after a newer one was asked for
        self.busy_bar.hide()
        self.table_model.set_table(table)
        self.monthly_model.set_series(series)
        self.breakdown_model.set_table(split)
        self.monthly_breakdown_model.set_series(split_series)
        self._show_breakdown(split)
        self.monthly_caption.setText(
            self.tr("{year} monthly results and cumulative from January").format(
                year=series.period.start.year
            )
            if split_series is None
            else self.tr(
                "{year} monthly results by {by} (cumulative: whole year counted at once)"
            ).format(year=split_series.period.start.year, by=split_series.dimension.label)
        )
        self._set_status(self.tr("{period}: query complete").format(period=table.period))
        self._update_buttons()
        self.sig_loaded.emit(table)
        if split is not None:
            self.sig_broken_down.emit(split)

    def _show_breakdown(self, split: BreakdownTable | None) -> None:
        """Show the figures as counted, or broken down (the two views swap their models)."""
        table_model = self.table_model if split is None else self.breakdown_model
        if self.table_view.model() is not table_model:
            self.table_view.setModel(table_model)
            self._fit_columns(self.table_view, 1 if split is None else 2)
        monthly_model = self.monthly_model if split is None else self.monthly_breakdown_model
        if self.monthly_view.model() is not monthly_model:
            self.monthly_view.setModel(monthly_model)
        self.measure_label.setVisible(split is not None)
        self.measure_filter.setVisible(split is not None)
        period = self.table_model.table.period if self.table_model.table else None
        if period is None:
            self.table_caption.clear()
        elif split is None:
            self.table_caption.setText(
                self.tr("Period: {period}    (unit: cases, people)").format(period=period)
            )
        else:
            self.table_caption.setText(
                self.tr(
                    "Period: {period}    by {by} (unit: cases, people)    Opening "
                    "registrations are not broken down."
                ).format(period=period, by=split.dimension.label)
            )

    def _desk_chosen(self) -> None:
        desk = self.desk_filter.currentData()
        self.monthly_model.set_desk(desk)
        self.monthly_breakdown_model.set_desk(desk)

    def breakdown_shown(self) -> bool:
        """The figures on screen are broken down."""
        return self.table_view.model() is self.breakdown_model

    def _failed(self, serial: int, error: BaseException) -> None:
        if serial != self._serial:
            return
        self.busy_bar.hide()
        self._set_status(error_message(error), error=True)
        show_error(self, error)

    # -- output --------------------------------------------------------------------------

    def _base_name(self) -> str:
        table, series = self.table_model.table, self.monthly_model.series
        if self.tabs.currentIndex() == _MONTHLY_TAB and series is not None:
            return self.tr("monthly-statistics_{year}").format(year=series.period.start.year)
        assert table is not None
        start, end = table.period.start, table.period.end
        split = self._split()
        if split is not None:
            return self.tr("results_by-{by}_{start}_{end}").format(
                by=split.dimension.label.replace(" ", ""),
                start=f"{start:%Y%m%d}",
                end=f"{end:%Y%m%d}",
            )
        return self.tr("results_{start}_{end}").format(start=f"{start:%Y%m%d}", end=f"{end:%Y%m%d}")

    def _split(self) -> BreakdownTable | None:
        """The breakdown on screen (None when the figures are not broken down)."""
        return self.breakdown_model.table if self.breakdown_shown() else None

    def _allowed(self) -> bool:
        return self.can_export and self.table_model.table is not None

    def _shown(self) -> tuple[bool, Period]:
        """Whether the monthly tab is shown, and the period of what is on screen."""
        table, series = self.table_model.table, self.monthly_model.series
        if self.tabs.currentIndex() == _MONTHLY_TAB and series is not None:
            return True, series.period
        assert table is not None
        return False, table.period

    def _reason_prompt(self) -> str:
        if self.own_desk_only and self.actor.desk is not None:
            return self.tr(
                "Only the {desk} &results are exported. A reason is required and is "
                "kept in the access log.\nReason:"
            ).format(desk=desk_by_code(self.actor.desk).name)
        return self.tr(
            "Enter the &reason for exporting or printing statistics. The reason is "
            "kept in the access log.\nReason:"
        )

    def _ask_reason(self, title: str, then: Callable[[str], None]) -> None:
        """Ask why the figures leave the application (the service logs it), then go on."""
        self.reason_dialog = ask_reason(
            self,
            title,
            self._reason_prompt(),
            self.tr("Continue"),
            then,
        )

    def export_excel(self) -> None:
        """Ask the reason, then save what the current tab shows as an xlsx workbook."""
        if self._allowed():
            self._ask_reason(self.tr("Save to Excel"), self._export_excel)

    def _export_excel(self, reason: str) -> None:
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
        statistics, actor = self.workspace.statistics, self.actor
        outreach, events = self.workspace.outreach, self.workspace.events
        retention = self.workspace.retention
        monthly, period = self._shown()
        split = self._split()
        by = split.dimension if split is not None else None

        def write(_progress: object) -> Path:
            # The service checks the role and logs the reason; the figures are counted
            # again for the same period, so the file holds what the database holds now.
            # A counselor's come back cut to their own desk.
            if monthly:
                series = statistics.export_monthly(actor, period, reason)
                breakdowns = statistics.export_breakdowns(actor, period, MONTHLY_DIMENSIONS, reason)
                kept = retention.report(actor, period)
                if not series.whole.whole:  # one desk's: not the outreach or events of all
                    kept = kept.only(series.desks[0])
                    return write_monthly_workbook(
                        series, path, breakdowns=breakdowns, retention=kept
                    )
                years = range(period.start.year, period.end.year + 1)
                found = [row for year in years for row in outreach.report(actor, year)]
                held = events.events(actor, period)
                return write_monthly_workbook(
                    series, path, outreach=found, events=held, breakdowns=breakdowns, retention=kept
                )
            if by is not None:
                table = statistics.export_breakdown(actor, period, by, reason)
                return write_breakdown_table(table, path, TITLE)
            return write_stats_table(statistics.export_table(actor, period, reason), path)

        self._run_output(write, self.tr("Saved: {path}"))

    def _run_output(
        self, op: Any, done_text: str, then: Callable[[Any], None] | None = None
    ) -> None:
        self._busy_ops += 1
        self._update_buttons()

        def done(result: object) -> None:
            self._busy_ops -= 1
            self._update_buttons()
            self.busy_bar.hide()
            if then is not None:
                then(result)
                return
            self._set_status(done_text.format(path=result))
            self.sig_exported.emit(result)
            announce_saved(self, result)

        def failed(error: BaseException) -> None:
            self._busy_ops -= 1
            self._update_buttons()
            self.busy_bar.hide()
            self._set_status(error_message(error), error=True)
            show_error(self, error)

        QueryOp(parent=self, op=op, success=done).failure(failed).with_progress(
            self.busy_bar
        ).run_in_background()

    def _printed_html(self, reason: str, then: Callable[[str], None]) -> None:
        """Count the shown period for printing (logged as 인쇄 with the reason), as HTML."""
        statistics, actor = self.workspace.statistics, self.actor
        monthly, period = self._shown()
        desk = self.monthly_model.desk
        split = self._split()
        by = split.dimension if split is not None else None

        def fetch(_progress: object) -> StatsTable | MonthlySeries | BreakdownTable:
            if monthly:
                return statistics.export_monthly(actor, period, reason, printing=True)
            if by is not None:
                return statistics.export_breakdown(actor, period, by, reason, printing=True)
            return statistics.export_table(actor, period, reason, printing=True)

        def render(result: Any) -> None:
            if isinstance(result, MonthlySeries):
                # A counselor's series holds their desk only: print that desk's grid.
                shown = desk if result.whole.whole else result.whole.desks[0]
                then(monthly_html(result, shown))
            elif isinstance(result, BreakdownTable):
                then(breakdown_html(result))
            else:
                then(stats_table_html(result))

        self._run_output(fetch, "", render)

    def print_current(self) -> None:
        """Ask the reason, then a printer, then print the current tab in the official layout;
        the figures are read (and the print logged) only once the print dialog is confirmed."""
        if self._allowed():
            self._ask_reason(self.tr("Print"), self._print_for)

    def _print_for(self, reason: str) -> None:
        printer = ask_printer(self, self.tr("Print statistics"))
        if printer is None:
            return  # cancelled: nothing read, nothing logged
        self._printed_html(reason, lambda html: self._print(printer, html))

    def _print(self, printer: QPrinter, html: str) -> None:
        print_to(printer, html)
        self._set_status(self.tr("Sent to the printer."))

    def save_pdf(self) -> None:
        """Ask the reason, then save the current tab in the official layout as a PDF file."""
        if self._allowed():
            self._ask_reason(self.tr("Save as PDF"), self._save_pdf)

    def _save_pdf(self, reason: str) -> None:
        path = ask_save_path(
            self,
            self.settings,
            self.tr("Save as PDF"),
            self._base_name() + ".pdf",
            self.tr("PDF documents (*.pdf)"),
            ".pdf",
        )
        if path is not None:
            self._printed_html(reason, lambda html: self._write_pdf(html, path))

    def _write_pdf(self, html: str, path: Path) -> None:
        try:
            save_pdf(html, path)
        except OSError as error:
            show_error(self, error)
            return
        if not path.exists():
            message = self.tr("Cannot write the PDF file: {path}").format(path=path)
            self._set_status(message, error=True)
            return
        self._set_status(self.tr("Saved: {path}").format(path=path))
        self.sig_exported.emit(path)
        announce_saved(self, path)

    def _may_drill(self, desk: object) -> bool:
        """Whether a cell of ``desk`` lists its records here: a single desk (not 총 계),
        and for a counselor only their own desk (others' records are not theirs to read)."""
        if desk not in {d.code for d in DESKS}:
            return False
        if self.actor.role is Role.COUNSELOR and desk != self.actor.desk:
            self._set_status(
                self.tr("You cannot see statistics details (personal records) of other desks.")
            )
            return False
        return True

    def _drill(
        self,
        period: Period,
        desk: str,
        measure: str,
        by: Dimension | None = None,
        value: str | None = None,
    ) -> QDialog:
        dialog = open_drill_down(self.context, self, period, desk, measure, by=by, value=value)
        dialog.sig_open_seeker.connect(self.sig_open_seeker)
        return dialog

    def open_drill_down(self, index: QModelIndex) -> QDialog | None:
        """The records counted in a desk's cell (not the 총 계 rows or the label columns);
        in a breakdown, exactly those of the cell's value."""
        if not index.isValid() or index.model() is not self.table_view.model():
            return None
        desk = index.sibling(index.row(), 0).data(RawRole)
        split = self._split()
        if split is not None:
            measure = self.breakdown_model.measure(index.column())
            if measure is None or not self._may_drill(desk):
                return None
            value = index.sibling(index.row(), 1).data(RawRole)
            return self._drill(split.period, desk, measure, split.dimension, value)
        table = self.table_model.table
        if table is None or index.column() == 0 or not self._may_drill(desk):
            return None
        return self._drill(table.period, desk, MEASURE_KEYS[index.column() - 1])

    def open_monthly_drill_down(self, index: QModelIndex) -> QDialog | None:
        """The records behind a month's (or its 누계's) cell, for the desk chosen in the
        filter; broken down, those of the column's value for the chosen measure."""
        if not index.isValid() or index.column() == 0:
            return None
        if self.monthly_view.model() is self.monthly_breakdown_model:
            model = self.monthly_breakdown_model
            table, value = model.table_at(index.row()), model.value_at(index.column())
            if table is None or value is None or not self._may_drill(model.desk):
                return None  # the total of all desks has no single desk's records
            assert model.desk is not None
            return self._drill(table.period, model.desk, model.measure, table.dimension, value)
        series, desk = self.monthly_model.series, self.monthly_model.desk
        if series is None or not self._may_drill(desk):
            return None  # the total of all desks has no single desk's records
        assert desk is not None
        month = series.months[index.row()]
        period = (month.table if index.column() % 2 else month.cumulative).period
        return self._drill(period, desk, MEASURE_KEYS[(index.column() - 1) // 2])
