"""Qt item models of the statistics: the official table and the monthly grid (ARCHITECTURE.md),
and both broken down by who is served or by whom (ARCHITECTURE.md)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from deskapp.domain.breakdown import (
    BREAKDOWN_KEYS,
    BreakdownRow,
    BreakdownSeries,
    BreakdownTable,
)
from deskapp.domain.desks import TOTAL_CODE, desk_by_code
from deskapp.domain.stats import MEASURE_KEYS, MEASURES, Counts, MonthlySeries, StatsTable

Index = QModelIndex | QPersistentModelIndex
_NUMBER_ALIGN = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_TEXT_ALIGN = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
#: The raw value of a cell (an int for counts, the desk code or month for the first column).
RawRole = Qt.ItemDataRole.UserRole


def measure_heading(index: int) -> str:
    """``구인등록(건)``: a measure's official heading with its unit."""
    measure = MEASURES[index]
    return f"{measure.label}({measure.unit})"


def breakdown_heading(key: str) -> str:
    """The heading of a seeker-side measure in a breakdown (``구직등록(명)``)."""
    return measure_heading(MEASURE_KEYS.index(key))


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


class StatsTableModel(QAbstractTableModel):
    """The official table: 총 계 then the four desks; 구 분 and the five measures as columns."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._table: StatsTable | None = None

    @property
    def table(self) -> StatsTable | None:
        return self._table

    def set_table(self, table: StatsTable | None) -> None:
        self.beginResetModel()
        self._table = table
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._table is None:
            return 0
        return len(self._table.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1 + len(MEASURES)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if section == 0:
                return self.tr("Category")
            if 1 <= section <= len(MEASURES):
                return measure_heading(section - 1)
            return None
        return section + 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self._table is None or not index.isValid():
            return None
        rows = self._table.rows
        if not (0 <= index.row() < len(rows) and 0 <= index.column() <= len(MEASURES)):
            return None
        row, column = rows[index.row()], index.column()
        value = row.counts.values()[column - 1] if column else None
        if role == Qt.ItemDataRole.DisplayRole:
            return row.name if value is None else f"{value:,}"
        if role == RawRole:
            return row.desk if value is None else value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _TEXT_ALIGN if value is None else _NUMBER_ALIGN
        if role == Qt.ItemDataRole.FontRole and row.desk == TOTAL_CODE:
            return _bold()
        if role == Qt.ItemDataRole.AccessibleTextRole and value is not None:
            return f"{row.name} {measure_heading(column - 1)} {value:,}"
        return None


class MonthlyStatsModel(QAbstractTableModel):
    """Each month of a year (rows) with every measure's month and 누계 side by side.

    Shows the total (``desk`` None) or one desk.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._series: MonthlySeries | None = None
        self._desk: str | None = None

    @property
    def series(self) -> MonthlySeries | None:
        return self._series

    @property
    def desk(self) -> str | None:
        return self._desk

    def set_series(self, series: MonthlySeries | None) -> None:
        self.beginResetModel()
        self._series = series
        self.endResetModel()

    def set_desk(self, desk: str | None) -> None:
        """Show one desk's figures (its code), or the total (None)."""
        if desk == self._desk:
            return
        self._desk = desk
        if self.rowCount():
            last = self.index(self.rowCount() - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 1), last)

    def _counts(self, table: StatsTable) -> Counts:
        if self._desk is None:
            return table.total
        return table.by_desk.get(self._desk, Counts())

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._series is None:
            return 0
        return len(self._series.months)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1 + 2 * len(MEASURES)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if section == 0:
                return self.tr("Month")
            if 1 <= section <= 2 * len(MEASURES):
                measure = MEASURES[(section - 1) // 2]
                part = self.tr("This month") if section % 2 else self.tr("Cumulative")
                return f"{measure.label}\n{part}"
            return None
        return section + 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self._series is None or not index.isValid():
            return None
        months = self._series.months
        if not (0 <= index.row() < len(months) and 0 <= index.column() < self.columnCount()):
            return None
        month, column = months[index.row()], index.column()
        if column == 0:
            if role in (Qt.ItemDataRole.DisplayRole, RawRole):
                return month.month
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return _TEXT_ALIGN
            return None
        table = month.table if column % 2 else month.cumulative
        value = self._counts(table).values()[(column - 1) // 2]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{value:,}"
        if role == RawRole:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _NUMBER_ALIGN
        if role == Qt.ItemDataRole.FontRole and column % 2 == 0:
            return _bold()
        return None


class BreakdownTableModel(QAbstractTableModel):
    """A period's breakdown: the 총 계 rows first, then each desk's, one row per value.

    Columns: 구 분 (the desk), the dimension's value, then 구직등록, 상담, 알선 and
    취업자수 (구인등록 belongs to employers and is not broken down). ``RawRole`` gives
    the desk code in the first column, the value in the second and the counts.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._table: BreakdownTable | None = None
        self._rows: list[BreakdownRow] = []

    @property
    def table(self) -> BreakdownTable | None:
        return self._table

    def set_table(self, table: BreakdownTable | None) -> None:
        self.beginResetModel()
        self._table = table
        self._rows = table.rows if table is not None else []
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._table is None:
            return 0
        return len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2 + len(BREAKDOWN_KEYS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if section == 0:
                return self.tr("Category")
            if section == 1:
                return self._table.dimension.label if self._table else self.tr("Breakdown")
            if 2 <= section < 2 + len(BREAKDOWN_KEYS):
                return breakdown_heading(BREAKDOWN_KEYS[section - 2])
            return None
        return section + 1

    def measure(self, column: int) -> str | None:
        """The measure key of a column of counts (None for the first two)."""
        return BREAKDOWN_KEYS[column - 2] if 2 <= column < 2 + len(BREAKDOWN_KEYS) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self._table is None or not index.isValid():
            return None
        if not (0 <= index.row() < len(self._rows) and 0 <= index.column() < self.columnCount()):
            return None
        row, column = self._rows[index.row()], index.column()
        value = row.counts.values()[column - 2] if column >= 2 else None
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return row.desk_name
            return row.group if value is None else f"{value:,}"
        if role == RawRole:
            if column == 0:
                return row.desk
            return row.group if value is None else value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _TEXT_ALIGN if value is None else _NUMBER_ALIGN
        if role == Qt.ItemDataRole.FontRole and row.desk == TOTAL_CODE:
            return _bold()
        if role == Qt.ItemDataRole.AccessibleTextRole and value is not None:
            heading = breakdown_heading(BREAKDOWN_KEYS[column - 2])
            return f"{row.desk_name} {row.group} {heading} {value:,}"
        return None


class MonthlyBreakdownModel(QAbstractTableModel):
    """Each month of a year (rows, then the whole period) by value of the dimension
    (columns), for one measure and the total (``desk`` None) or one desk.

    The last row (``누계``) is the whole period counted at once: distinct people over
    the year, as the table's 누계. ``RawRole`` gives the month (``YYYY-MM``, or None for
    the whole) in the first column and the counts in the others.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._series: BreakdownSeries | None = None
        self._desk: str | None = None
        self._measure = BREAKDOWN_KEYS[0]
        self._values: tuple[str, ...] = ()

    @property
    def series(self) -> BreakdownSeries | None:
        return self._series

    @property
    def desk(self) -> str | None:
        return self._desk

    @property
    def measure(self) -> str:
        return self._measure

    @property
    def values(self) -> tuple[str, ...]:
        """The values shown as columns, in order."""
        return self._values

    def _reset(self) -> None:
        self.beginResetModel()
        series = self._series
        if series is None:
            self._values = ()
        else:
            desk = desk_by_code(self._desk) if self._desk else None
            self._values = series.whole.desk_values(desk)
        self.endResetModel()

    def set_series(self, series: BreakdownSeries | None) -> None:
        self._series = series
        self._reset()

    def set_desk(self, desk: str | None) -> None:
        """Show one desk's figures (its code), or the total (None)."""
        if desk != self._desk:
            self._desk = desk
            self._reset()

    def set_measure(self, measure: str) -> None:
        """Show one of the four seeker-side measures (its key)."""
        if measure not in BREAKDOWN_KEYS:
            raise KeyError(measure)
        if measure != self._measure:
            self._measure = measure
            if self.rowCount():
                last = self.index(self.rowCount() - 1, self.columnCount() - 1)
                self.dataChanged.emit(self.index(0, 1), last)
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def table_at(self, row: int) -> BreakdownTable | None:
        """The table behind a row: its month's, or the whole period's for the last."""
        if self._series is None or not 0 <= row <= len(self._series.months):
            return None
        if row == len(self._series.months):
            return self._series.whole
        return self._series.months[row][1]

    def value_at(self, column: int) -> str | None:
        """The value of the dimension shown in a column (None for the month column)."""
        return self._values[column - 1] if 1 <= column <= len(self._values) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._series is None:
            return 0
        return len(self._series.months) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._series is None else 1 + len(self._values)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if section == 0:
                return self.tr("Month")
            value = self.value_at(section)
            if value is None:
                return None
            return f"{value}\n{breakdown_heading(self._measure)}"
        return section + 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self._series is None or not index.isValid():
            return None
        table = self.table_at(index.row())
        if table is None or not 0 <= index.column() < self.columnCount():
            return None
        whole = index.row() == len(self._series.months)
        column = index.column()
        if column == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("Cumulative") if whole else self._series.months[index.row()][0]
            if role == RawRole:
                return None if whole else self._series.months[index.row()][0]
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return _TEXT_ALIGN
            if role == Qt.ItemDataRole.FontRole and whole:
                return _bold()
            return None
        value_name = self._values[column - 1]
        value = table.cell(self._desk or TOTAL_CODE, value_name).get(self._measure)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{value:,}"
        if role == RawRole:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _NUMBER_ALIGN
        if role == Qt.ItemDataRole.FontRole and whole:
            return _bold()
        if role == Qt.ItemDataRole.AccessibleTextRole:
            month = self.tr("Cumulative") if whole else self._series.months[index.row()][0]
            return f"{month} {value_name} {breakdown_heading(self._measure)} {value:,}"
        return None
