"""목표·달성률: each desk's yearly targets (edited in the table by team leads and
administrators), what was achieved to date, and charts of the year month by month.

The charts (QtCharts) draw the five measures per desk over the months of the year
from ``statistics.monthly``: one measure at a time (지표), a line per desk; and
beside it each desk's cumulative figure (누계) against its target where one is set.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from datetime import date

from PySide6.QtCharts import QBarCategoryAxis, QChart, QChartView, QLineSeries, QValueAxis
from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.access import Permission
from deskapp.domain.dates import Period
from deskapp.domain.desks import DESKS
from deskapp.domain.korean import with_particle
from deskapp.domain.stats import MEASURES, MonthlySeries
from deskapp.services.targets import Achievement
from deskapp.ui.context import WorkContext
from deskapp.ui.review.common import LoadingTab, compact_rows
from deskapp.ui.review.models import ItemRole, TargetsModel, measure_of
from deskapp.ui.widgets import CopyTableView, year_suffix
from deskapp.ui.workers import QueryOp

__all__ = ["TargetsTab", "TargetsView"]

DESK_COLORS = {"plus": "#1f77b4", "gvalley": "#ff7f0e", "dong": "#2ca02c", "welfare": "#d62728"}


def nice_step(top: int) -> int:
    """A tick interval of 1, 2 or 5 times a power of ten giving at most 8 ticks up to ``top``."""
    step, factors = 1, itertools.cycle((2, 2.5, 2))  # 1, 2, 5, 10, 20, 50 ...
    while math.ceil(max(top, 1) / step) > 8:
        step = round(step * next(factors))
    return step


def line_chart(
    title: str, lines: Sequence[tuple[str, str, Sequence[int], bool]], months: Sequence[str]
) -> QChart:
    """A chart of ``lines`` (name, colour, values from January, dashed) over ``months``."""
    chart = QChart()
    chart.setTitle(title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    axis_x = QBarCategoryAxis(chart)
    axis_x.append(list(months))
    top = max((max(values, default=0) for _, _, values, _ in lines), default=0)
    step = nice_step(top)
    axis_y = QValueAxis(chart)
    axis_y.setRange(0, step * max(1, math.ceil(top / step)))
    axis_y.setTickType(QValueAxis.TickType.TicksDynamic)
    axis_y.setTickAnchor(0)
    axis_y.setTickInterval(step)
    axis_y.setLabelFormat("%d")
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    for name, colour, values, dashed in lines:
        series = QLineSeries(chart)
        series.setName(name)
        for month, value in enumerate(values):
            series.append(month, value)
        pen = QPen(QColor(colour))
        pen.setWidth(2)
        if dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        series.setPen(pen)
        series.setPointsVisible(not dashed)
        chart.addSeries(series)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
        if dashed:  # a target: the title explains the dashes, the legend keeps one per desk
            for marker in chart.legend().markers(series):
                marker.setVisible(False)
    return chart


class TargetsView(CopyTableView):
    """The targets table: typing, F2 or Enter on 목표 edits it; Enter again commits."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        editable = index.isValid() and bool(index.flags() & Qt.ItemFlag.ItemIsEditable)
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and editable
            and self.state() != QAbstractItemView.State.EditingState
        ):
            self.edit(index)
            event.accept()
            return
        super().keyPressEvent(event)


class TargetsTab(LoadingTab):
    """A year's targets, achievement (달성률) and the month-by-month charts."""

    sig_loaded = Signal(object)
    """The year arrived: a tuple (list of Achievement, MonthlySeries)."""
    sig_target_saved = Signal(str, str, int)
    """A target was saved: desk code, measure key, target."""

    def __init__(self, context: WorkContext, parent: QWidget | None = None) -> None:
        workspace, actor = context.workspace, context.actor
        super().__init__(parent)
        self.workspace = workspace
        self.actor = actor
        self._today = workspace.month_close.today()
        self._series: MonthlySeries | None = None
        self._keep: tuple[str, str] | None = None
        self._notice = ""
        self._refusal: BaseException | None = None

        self.year_spin = QSpinBox(self)
        self.year_spin.setRange(1990, self._today.year + 1)
        self.year_spin.setValue(self._today.year)
        self.year_spin.setSuffix(year_suffix())
        self.year_spin.setAccessibleName(self.tr("Year"))
        year_label = QLabel(self.tr("&Year:"), self)
        year_label.setBuddy(self.year_spin)
        self.year_spin.valueChanged.connect(lambda _value: self.load_soon())
        self.measure_combo = QComboBox(self)
        for measure in MEASURES:
            self.measure_combo.addItem(measure.label, measure.key)
        self.measure_combo.setCurrentIndex(self.measure_combo.findData("placements"))
        self.measure_combo.setAccessibleName(self.tr("Chart indicator"))
        measure_label = QLabel(self.tr("Chart &indicator:"), self)
        measure_label.setBuddy(self.measure_combo)
        self.measure_combo.currentIndexChanged.connect(lambda _index: self.draw_charts())
        self.caption = QLabel(self)

        self.model = TargetsModel(actor.can(Permission.REVIEW), self)
        self.model.sig_target_edited.connect(self.save_target)
        self.model.sig_invalid.connect(lambda text: self.status_label.show_text(text, error=True))
        self.view = TargetsView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Targets and achievement"))
        compact_rows(self.view)
        self.view.setToolTip(
            self.tr("Type a number in a target cell, or press Enter or F2, to edit it.")
        )

        self.monthly_view = QChartView(self)
        self.monthly_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.monthly_view.setAccessibleName(self.tr("Monthly results chart"))
        self.progress_view = QChartView(self)
        self.progress_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.progress_view.setAccessibleName(self.tr("Cumulative results and target chart"))
        for view in (self.monthly_view, self.progress_view):
            view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            view.setMinimumHeight(220)

        top = QHBoxLayout()
        top.addWidget(year_label)
        top.addWidget(self.year_spin)
        top.addSpacing(12)
        top.addWidget(self.caption, 1)
        top.addWidget(self.bar)
        charts = QWidget(self)
        charts_layout = QVBoxLayout(charts)
        charts_layout.setContentsMargins(0, 0, 0, 0)
        measure_row = QHBoxLayout()
        measure_row.addWidget(measure_label)
        measure_row.addWidget(self.measure_combo)
        measure_row.addStretch(1)
        charts_layout.addLayout(measure_row)
        charts_layout.addWidget(self.monthly_view, 1)
        charts_layout.addWidget(self.progress_view, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.view)
        splitter.addWidget(charts)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([290, 720])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status_label)
        for first, second in itertools.pairwise([self.year_spin, self.view, self.measure_combo]):
            QWidget.setTabOrder(first, second)
        self.setFocusProxy(self.view)
        self.draw_charts()

    # -- loading -------------------------------------------------------------------------

    def year(self) -> int:
        return self.year_spin.value()

    def load(self) -> None:
        """Read the year's targets, achievement and monthly figures (in the background)."""
        targets, statistics, actor = self.workspace.targets, self.workspace.statistics, self.actor
        year = self.year()
        # A year not begun has achieved nothing yet: count its first day only.
        until = date(year, 1, 1) if year > self._today.year else None

        def read(_progress: object) -> tuple[list[Achievement], MonthlySeries]:
            achieved = targets.achievement(actor, year, until)
            return achieved, statistics.monthly(actor, Period.year(year))

        current = self.model.data(self.view.currentIndex(), ItemRole)
        if isinstance(current, Achievement):
            self._keep = (current.desk, current.measure)
        self._run(
            read, self._loaded, self.tr("Loading targets and results for {year}…").format(year=year)
        )

    def _loaded(self, result: tuple[list[Achievement], MonthlySeries]) -> None:
        achievements, series = result
        self.model.set_rows(achievements)
        self._series = series
        year = self.year()
        if year < self._today.year:
            self.caption.setText(self.tr("Achieved: all of {year}").format(year=year))
        elif year == self._today.year:
            self.caption.setText(self.tr("Achieved: up to {today}").format(today=self._today))
        else:
            self.caption.setText(self.tr("{year} has not started yet.").format(year=year))
        if self._refusal is not None:
            self.status_label.show_error(self._refusal)
        elif self._notice:
            self.status_label.show_text(self._notice)
        self._notice, self._refusal = "", None
        desk, measure = self._keep or (DESKS[0].code, "placements")
        row = self.model.row_of(desk, measure)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, TargetsModel.TARGET))
        self.draw_charts()
        self.sig_loaded.emit(result)

    # -- targets -------------------------------------------------------------------------

    def save_target(self, desk: str, measure: str, target: int) -> None:
        """Save an edited target (the service checks it); 달성률 follows on reload."""
        targets, actor, year = self.workspace.targets, self.actor, self.year()
        self._keep = (desk, measure)
        name = next((d.short_name for d in DESKS if d.code == desk), desk)
        label = measure_of(measure).label

        def done(_result: object) -> None:
            self._notice = self.tr(
                "Set the {year} {measure} target for {desk} to {target_to}."
            ).format(
                year=year,
                desk=name,
                measure=label,
                target_to=with_particle(f"{target:,}", "으로/로"),
            )
            self.status_label.show_text(self._notice)
            self.sig_target_saved.emit(desk, measure, target)
            self.load()

        def failed(error: BaseException) -> None:
            self._refusal = error  # shown once the target as stored is back
            self.status_label.show_error(error)
            self.load()

        QueryOp(
            parent=self,
            op=lambda _progress: targets.set_target(actor, year, desk, measure, target),
            success=done,
        ).failure(failed).with_progress(self.bar).run_in_background()

    # -- charts --------------------------------------------------------------------------

    def measure(self) -> str:
        return str(self.measure_combo.currentData())

    def _months_shown(self) -> int:
        year = self.year()
        if year < self._today.year:
            return 12
        return self._today.month if year == self._today.year else 0

    def draw_charts(self) -> None:
        """Draw both charts for the chosen measure from what was loaded."""
        measure = measure_of(self.measure())
        months = [self.tr("Month {month}").format(month=m) for m in range(1, 13)]
        year = self.year()
        shown = self._months_shown()
        monthly: list[tuple[str, str, Sequence[int], bool]] = []
        progress: list[tuple[str, str, Sequence[int], bool]] = []
        series = self._series
        achieved = {(a.desk, a.measure): a for a in self.model.rows()}
        for desk in DESKS:
            colour = DESK_COLORS.get(desk.code, "#606060")
            values: list[int] = []
            if series is not None:
                values = [
                    m.table.by_desk[desk.code].get(measure.key) for m in series.months[:shown]
                ]
            monthly.append((desk.short_name, colour, values, False))
            item = achieved.get((desk.code, measure.key))
            cumulative = list(item.monthly[:shown]) if item is not None else []
            progress.append((desk.short_name, colour, cumulative, False))
            if item is not None and item.target:
                progress.append(
                    (
                        self.tr("{desk} target").format(desk=desk.short_name),
                        colour,
                        [item.target] * 12,
                        True,
                    )
                )
        title = self.tr("{year} monthly {measure} ({unit})").format(
            year=year, measure=measure.label, unit=measure.unit
        )
        self._replace(self.monthly_view, line_chart(title, monthly, months))
        title = self.tr("{year} cumulative {measure} ({unit}) and target (dotted line)").format(
            year=year, measure=measure.label, unit=measure.unit
        )
        self._replace(self.progress_view, line_chart(title, progress, months))

    @staticmethod
    def _replace(view: QChartView, chart: QChart) -> None:
        old = view.chart()
        view.setChart(chart)
        if old is not None:
            old.deleteLater()  # the view lets go of its old chart without deleting it

    def chart_series(self, which: str = "monthly") -> list[QLineSeries]:
        """The series drawn on the 월별 (``monthly``) or 누계와 목표 (``progress``) chart."""
        view = self.monthly_view if which == "monthly" else self.progress_view
        return [s for s in view.chart().series() if isinstance(s, QLineSeries)]

    def current_target_index(self) -> QModelIndex:
        return self.model.index(self.view.currentIndex().row(), TargetsModel.TARGET)
