"""Qt item models of the statistics: the official table and the monthly grid (DESIGN.md §4)."""

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

from deskapp.domain.desks import TOTAL_CODE
from deskapp.domain.stats import MEASURES, Counts, MonthlySeries, StatsTable

Index = QModelIndex | QPersistentModelIndex
_NUMBER_ALIGN = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_TEXT_ALIGN = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
#: The raw value of a cell (an int for counts, the desk code or month for the first column).
RawRole = Qt.ItemDataRole.UserRole


def measure_heading(index: int) -> str:
    """``구인등록(건)``: a measure's official heading with its unit."""
    measure = MEASURES[index]
    return f"{measure.label}({measure.unit})"


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
                return self.tr("구 분")
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
                return self.tr("월")
            if 1 <= section <= 2 * len(MEASURES):
                measure = MEASURES[(section - 1) // 2]
                part = self.tr("당월") if section % 2 else self.tr("누계")
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
