"""Table models of the 검토 page: placements to review, tallies, closes, targets, flags and
the records counted in one cell of the statistics table.

Each holds the frozen rows a service returned (``deskapp.services.month_close``,
``placement_review``, ``targets``, ``drill_down``, ``integrity_flags``); the list models
hand them to the view in batches, as the administrator's lists do.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from deskapp.domain.desks import DESKS, TOTAL_NAME
from deskapp.domain.records import PlacementKind
from deskapp.domain.stats import MEASURES, DrillRow, Measure
from deskapp.services.month_close import CloseInfo
from deskapp.services.placement_review import ReviewItem
from deskapp.services.rules.integrity import FLAG_LABELS, Flag
from deskapp.services.targets import Achievement
from deskapp.ui.admin.common import desk_text
from deskapp.ui.lists import ItemRole, RowsModel
from deskapp.ui.review.common import percent_text, record_kind_text, stamp_text

__all__ = [
    "ClosesModel",
    "DrillModel",
    "FlagsModel",
    "ItemRole",
    "PlacementsModel",
    "Tally",
    "TallyModel",
    "TargetsModel",
    "flag_tally",
    "placement_tally",
]

Index = QModelIndex | QPersistentModelIndex
_NUMBER_ALIGN = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_MEASURES = {m.key: m for m in MEASURES}


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


def measure_of(key: str) -> Measure:
    return _MEASURES[key]


class PlacementsModel(RowsModel[ReviewItem]):
    """Placements to review: 취업일, 구직자, 창구, 상담사, 구분, 확인방법, 출처, 입력일, 검토."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns(
            [
                (self.tr("Placement date"), lambda i: i.placed_on.isoformat()),
                (self.tr("Job seeker"), lambda i: i.seeker_name),
                (self.tr("Desk"), lambda i: desk_text(i.desk)),
                (self.tr("Counselor"), lambda i: i.counselor),
                (self.tr("Type"), lambda i: i.kind),
                (self.tr("Verification method"), lambda i: i.verification),
                (self.tr("Source"), lambda i: i.source),
                (self.tr("Entered on"), lambda i: i.entered_on.isoformat()),
                (self.tr("Review"), self.reviewed_text),
            ]
        )

    def reviewed_text(self, item: ReviewItem) -> str:
        if item.reviewed_at is None:
            return self.tr("Unreviewed")
        return stamp_text(item.reviewed_by, item.reviewed_at)

    def dimmed(self, item: ReviewItem) -> bool:
        return item.reviewed_at is not None  # what is left to review stands out

    def row_of(self, placement_id: int) -> int:
        """The shown row of a placement; -1 when it is not shown."""
        for row in range(self.rowCount()):
            if self._rows[row].id == placement_id:
                return row
        return -1


@dataclass(frozen=True)
class Tally:
    """One line of a summary: a desk (or 총 계), a counselor (empty for a desk's line), counts."""

    desk: str
    counselor: str
    counts: tuple[int, ...]
    total: bool = False


def _tally(keyed: Iterable[tuple[str, str, int]], width: int, desk_total_label: str) -> list[Tally]:
    """Lines for (desk code, counselor, column) events: 총 계, then each desk and its counselors."""
    by_counselor: Counter[tuple[str, str, int]] = Counter(keyed)
    by_desk: Counter[tuple[str, int]] = Counter()
    for (desk_code, _, column), n in by_counselor.items():
        by_desk[(desk_code, column)] += n

    def counts(get: Any) -> tuple[int, ...]:
        values = [get(column) for column in range(width)]
        return (*values, sum(values))

    everywhere = counts(lambda c: sum(by_desk[(d.code, c)] for d in DESKS))
    lines = [Tally(TOTAL_NAME, "", everywhere, True)]
    for desk in DESKS:
        people = sorted({who for d, who, _ in by_counselor if d == desk.code})
        if not people:
            continue
        code = desk.code
        desk_counts = counts(lambda c, d=code: by_desk[(d, c)])
        lines.append(Tally(desk.short_name, desk_total_label, desk_counts, True))
        for who in people:
            lines.append(
                Tally(
                    desk.short_name,
                    who,
                    counts(lambda c, d=code, w=who: by_counselor[(d, w, c)]),
                )
            )
    return lines


def placement_tally(items: Sequence[ReviewItem], desk_total_label: str) -> list[Tally]:
    """알선취업, 본인취업, 미검토 and 계 by desk and counselor (계 = 알선 + 본인). A hire at an
    event the desk ran (행사취업) is the desk's doing and counts with 알선취업."""
    column = {
        PlacementKind.REFERRAL.value: 0,
        PlacementKind.EVENT.value: 0,
        PlacementKind.SELF.value: 1,
    }
    events = [(i.desk, i.counselor, column[i.kind]) for i in items if i.kind in column]
    lines = _tally(events, 2, desk_total_label)
    unreviewed = Counter((i.desk, i.counselor) for i in items if i.reviewed_at is None)
    short = {d.short_name: d.code for d in DESKS}
    result = []
    for line in lines:
        if line.desk == TOTAL_NAME:
            open_ = sum(unreviewed.values())
        elif line.counselor == desk_total_label and line.total:
            open_ = sum(n for (d, _), n in unreviewed.items() if d == short[line.desk])
        else:
            open_ = unreviewed[(short[line.desk], line.counselor)]
        result.append(Tally(line.desk, line.counselor, (*line.counts, open_), line.total))
    return result


def flag_tally(flags: Sequence[Flag], desk_total_label: str) -> list[Tally]:
    """Flags of each kind (FLAG_LABELS order) and 계 by desk and counselor."""
    kinds = list(FLAG_LABELS)
    events = [(f.desk, f.counselor, kinds.index(f.kind)) for f in flags if f.kind in kinds]
    return _tally(events, len(kinds), desk_total_label)


def _count_cell(n: int) -> Callable[[Tally], str]:
    """The text of a line's n-th count."""
    return lambda t: f"{t.counts[n]:,}"


class TallyModel(RowsModel[Tally]):
    """A summary by desk and counselor; the 총 계 and desk lines in bold."""

    def __init__(self, headings: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        columns: list[tuple[str, Callable[[Tally], str]]] = [
            (self.tr("Desk"), lambda t: t.desk),
            (self.tr("Counselor"), lambda t: t.counselor),
        ]
        for n, heading in enumerate(headings):
            columns.append((heading, _count_cell(n)))
        self._columns(columns, right=range(2, 2 + len(headings)))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.FontRole and index.isValid():
            item = self.item(index.row())
            return _bold() if item is not None and item.total else None
        return super().data(index, role)

    def line(self, desk: str, counselor: str) -> Tally | None:
        """The line of a desk's short name (or 총 계) and a counselor, if shown."""
        for row in range(self.rowCount()):
            item = self._rows[row]
            if (item.desk, item.counselor) == (desk, counselor):
                return item
        return None


class ClosesModel(RowsModel[CloseInfo]):
    """Month closes, newest first: 월, 상태, 마감, 해제, 해제 사유."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns(
            [
                (self.tr("Month"), lambda c: f"{c.year:04d}-{c.month:02d}"),
                (self.tr("Status"), self.state_text),
                (self.tr("Close"), lambda c: stamp_text(c.closed_by, c.closed_at)),
                (self.tr("Reopen"), lambda c: stamp_text(c.reopened_by, c.reopened_at)),
                (self.tr("Reopen reason"), lambda c: c.reopen_reason or ""),
            ]
        )

    def state_text(self, info: CloseInfo) -> str:
        return self.tr("Reopened") if info.reopened_at else self.tr("Close")

    def dimmed(self, item: CloseInfo) -> bool:
        return item.reopened_at is not None

    def closed_months(self) -> set[tuple[int, int]]:
        return {(c.year, c.month) for c in self._rows if c.reopened_at is None}

    def row_of(self, year: int, month: int) -> int:
        """The shown row of a month's current close (else its newest); -1 when none."""
        found = -1
        for row in range(self.rowCount()):
            info = self._rows[row]
            if (info.year, info.month) == (year, month):
                if info.reopened_at is None:
                    return row
                if found < 0:
                    found = row
        return found


class TargetsModel(QAbstractTableModel):
    """Each desk and measure: 목표 (editable), 달성 to date, 달성률.

    An edit is checked here only for being a whole number; the service checks the
    rest. A valid edit shows at once and is announced by :attr:`sig_target_edited`.
    """

    sig_target_edited = Signal(str, str, int)
    """목표 was edited: desk code, measure key, the new target."""
    sig_invalid = Signal(str)
    """An edit was refused before reaching the service: the Korean message."""

    TARGET, ACHIEVED, RATE = 2, 3, 4

    def __init__(self, editable: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._editable = editable
        self._rows: list[Achievement] = []
        self._pending: dict[tuple[str, str], int] = {}
        self._headings = (
            self.tr("Desk"),
            self.tr("Indicator"),
            self.tr("Target"),
            self.tr("Achieved"),
            self.tr("Achievement rate"),
        )

    def set_rows(self, rows: Sequence[Achievement]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._pending.clear()
        self.endResetModel()

    def rows(self) -> list[Achievement]:
        return list(self._rows)

    def row_of(self, desk: str, measure: str) -> int:
        for row, item in enumerate(self._rows):
            if (item.desk, item.measure) == (desk, measure):
                return row
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headings)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headings[section] if 0 <= section < len(self._headings) else None
        return section + 1

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and self._editable and index.column() == self.TARGET:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def _target(self, item: Achievement) -> int | None:
        return self._pending.get((item.desk, item.measure), item.target)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        column = index.column()
        if not 0 <= column < len(self._headings):
            return None
        item = self._rows[index.row()]
        measure = measure_of(item.measure)
        target = self._target(item)
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                desk_text(item.desk),
                measure.label,
                "" if target is None else f"{target:,}",
                f"{item.achieved:,}",
                percent_text(item.rate),
            )[column]
        if role == Qt.ItemDataRole.EditRole and column == self.TARGET:
            return "" if target is None else str(target)
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= self.TARGET:
            return _NUMBER_ALIGN
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TARGET and self._editable:
            return self.tr("Target ({unit}): press Enter or F2 to edit.").format(unit=measure.unit)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{desk_text(item.desk)} {measure.label} {self._headings[column]}"
        if role == ItemRole:
            return item
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            role != Qt.ItemDataRole.EditRole
            or not index.isValid()
            or not self._editable
            or index.column() != self.TARGET
            or not 0 <= index.row() < len(self._rows)
        ):
            return False
        item = self._rows[index.row()]
        text = str(value if value is not None else "").strip().replace(",", "")
        current = self._target(item)
        if text == "" and current is None:
            return False  # left empty as it was
        if not text.isdecimal():
            self.sig_invalid.emit(
                self.tr(
                    "Enter the target as a whole number of 1 or more (entered: '{text}')."
                ).format(text=text)
            )
            return False
        target = int(text)
        if target == current:
            return False
        self._pending[(item.desk, item.measure)] = target
        self.dataChanged.emit(index, index)
        self.sig_target_edited.emit(item.desk, item.measure, target)
        return True


class FlagsModel(RowsModel[Flag]):
    """Flags: 종류, 창구, 상담사, 기록, 날짜, 내용."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns(
            [
                (self.tr("Type"), lambda f: f.label),
                (self.tr("Desk"), lambda f: desk_text(f.desk)),
                (self.tr("Counselor"), lambda f: f.counselor),
                (self.tr("Record"), lambda f: f"{record_kind_text(f.record_kind)} {f.record_id}"),
                (self.tr("Date"), lambda f: f.on.isoformat()),
                (self.tr("Details"), lambda f: f.detail),
            ]
        )


class DrillModel(RowsModel[DrillRow]):
    """The records counted in one cell: 순번, then a date, a name and details by measure."""

    def __init__(self, measure: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        headings = {
            "job_openings": (
                self.tr("Registration date"),
                self.tr("Occupation"),
                self.tr("Opening no. · headcount"),
            ),
            "job_seekers": (
                self.tr("Registration date"),
                self.tr("Job seeker"),
                self.tr("Job seeker no."),
            ),
            "sessions": (self.tr("Session date"), self.tr("Job seeker"), self.tr("Session method")),
            "referrals": (self.tr("Referral date"), self.tr("Job seeker"), self.tr("Result")),
            "placements": (
                self.tr("First placement date"),
                self.tr("Job seeker"),
                self.tr("Remarks"),
            ),
        }
        day, label, detail = headings.get(measure, headings["sessions"])
        self._number: dict[int, int] = {}
        self._columns(
            [
                (self.tr("No."), lambda r: f"{self._number[id(r)]:,}"),
                (day, lambda r: r.on.isoformat()),
                (label, lambda r: r.label),
                (detail, lambda r: r.detail),
            ],
            right=(0,),
        )

    def set_rows(self, rows: Sequence[DrillRow]) -> None:
        self._number = {id(row): n for n, row in enumerate(rows, start=1)}
        super().set_rows(rows)

    def headings(self) -> list[str]:
        return [column.title for column in self.columns]

    def cells(self, row: DrillRow) -> list[Any]:
        """One record as written to a file: the number, the date (a date), texts."""
        return [self._number[id(row)], row.on, row.label, row.detail]

    def row_of(self, record_id: int, label: str = "") -> int:
        """The row of a record by its id, else (``label`` given) by its name; -1 when absent."""
        picks: tuple[Callable[[DrillRow], bool], ...] = (
            lambda r: r.id == record_id,
            lambda r: bool(label) and r.label == label,
        )
        for pick in picks:
            for row, item in enumerate(self._rows):
                if pick(item):
                    while row >= self.rowCount() and self.canFetchMore(QModelIndex()):
                        self.fetchMore(QModelIndex())
                    return row
        return -1
