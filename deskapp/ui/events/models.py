"""Table models of the 행사 screens: events, an event's employers and participants, the
report in the seed's layout and the list behind one of its numbers."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from deskapp.domain.events import EventReport
from deskapp.reports.events import TOTAL, Layout, table_rows
from deskapp.services.events import Behind, EmployerEntry, EventRow, ParticipantEntry
from deskapp.ui.lists import Index, RecordTable, RowsModel, day_text


def _count(value: int) -> str:
    return f"{value:,}"


class EventsModel(RowsModel[EventRow]):
    """The events of a period with their figures."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns(
            [
                (self.tr("Date"), lambda e: day_text(e.held_on)),
                (self.tr("Event name"), lambda e: e.name),
                (self.tr("Type"), lambda e: e.kind),
                (self.tr("Desk"), lambda e: e.desk),
                (self.tr("Venue"), lambda e: e.venue or ""),
                (self.tr("Venue type"), lambda e: e.venue_type or ""),
                (self.tr("Organizer"), lambda e: e.organizer or ""),
                (self.tr("Participating employers"), lambda e: _count(e.figures.employers)),
                (self.tr("To recruit"), lambda e: _count(e.figures.recruits)),
                (self.tr("Participants"), lambda e: _count(e.figures.participants)),
                (self.tr("Interviewed"), lambda e: _count(e.figures.interviewed)),
                (self.tr("Hired"), lambda e: _count(e.figures.hired)),
            ],
            right=range(7, 12),
        )


class EmployersModel(RowsModel[EmployerEntry]):
    """An event's employers: 업체명, 업체번호, 모집인원, 구인번호."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns(
            [
                (self.tr("Employer name"), lambda e: e.name),
                (self.tr("Employer no."), lambda e: e.employer_no),
                (self.tr("To recruit"), lambda e: _count(e.recruits)),
                (self.tr("Opening no."), lambda e: e.opening_no or ""),
            ],
            right=(2,),
        )


class ParticipantsModel(RowsModel[ParticipantEntry]):
    """An event's participants: 성명, 구직자번호, 면접, 결과, 면접 업체, 취업."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns(
            [
                (self.tr("Name"), lambda p: p.name),
                (self.tr("Job seeker no."), lambda p: p.seeker_no),
                (self.tr("Interview"), lambda p: self.tr("Yes") if p.interviewed else ""),
                (self.tr("Result"), lambda p: p.result or ""),
                (self.tr("Interviewing employer"), lambda p: p.employer or ""),
                (
                    self.tr("Placement"),
                    lambda p: self.tr("Placement registered") if p.placement_id else "",
                ),
            ]
        )

    def row_of(self, participant_id: int) -> int:
        for row, entry in enumerate(self.rows()):
            if entry.id == participant_id:
                return row
        return -1


class ReportModel(RowsModel[tuple[object, ...]]):
    """The report as the seed lays it out (total included); each cell knows its measure."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.report: EventReport | None = None
        self.shape: Layout | None = None
        self._groups: list[str | None] = []

    def set_report(self, report: EventReport) -> None:
        shape, body = table_rows(report)
        self.report, self.shape = report, shape
        names: list[str | None] = [g.group for g in report.groups]
        self._groups = [*names, None] if shape.total_last else [None, *names]
        first = 2 if shape.organizer else 1
        self._columns(
            [(h, _column(i)) for i, h in enumerate(shape.headings)],
            right=range(first, first + len(shape.measures)),
        )
        self.set_rows(body)

    def group(self, row: int) -> str | None:
        """The group of a row (None: the total)."""
        return self._groups[row] if 0 <= row < len(self._groups) else None

    def measure(self, column: int) -> str | None:
        """The measure a column shows (None: the name, 주관 or 비고)."""
        if self.shape is None:
            return None
        index = column - (2 if self.shape.organizer else 1)
        return self.shape.measures[index] if 0 <= index < len(self.shape.measures) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.FontRole and index.isValid():
            row = self.item(index.row())
            if row is not None and row[0] == TOTAL:
                font = QFont()
                font.setBold(True)
                return font
        return super().data(index, role)


def _cell(value: object) -> str:
    return _count(value) if isinstance(value, int) else str(value)


def _column(i: int) -> Callable[[tuple[object, ...]], str]:
    """The text of a row's i-th cell."""
    return lambda row: _cell(row[i])


class BehindModel(RowsModel[Behind]):
    """What is behind a number: 일자, 행사, 누구, 내용, 인원."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns(
            [
                (self.tr("Date"), lambda b: day_text(b.held_on)),
                (self.tr("Hiring events"), lambda b: f"{b.event_name} ({b.event_no})"),
                (self.tr("Subject"), lambda b: b.who),
                (self.tr("Details"), lambda b: b.detail),
                (self.tr("Headcount"), lambda b: _count(b.count)),
            ],
            right=(4,),
        )


def table(parent: QWidget, name: str, title: str, model: RowsModel[Any]) -> RecordTable:
    """A read-only table of ``model`` whose Enter opens the current row."""
    view = RecordTable(parent, plain=True)
    view.setObjectName(name)
    view.setAccessibleName(title)
    view.setModel(model)
    view.horizontalHeader().setStretchLastSection(True)
    return view
