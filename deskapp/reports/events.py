"""The event report (ARCHITECTURE.md) in the layouts of the district's report.

- job fairs by event: 행 사 명 | 주 관 | 참여인원 | 면접인원 | 채용인원, the total last;
- small 일구데이 by venue type: 운영장소 | 운영횟수 | 참여기업 | 모집인원 | 면접인원 |
  취업자 수, the total first;
- joint 일구데이 by venue: 운영장소 | 참여기업 | 모집인원 | 면접인원 | 취업자 수 | 비 고,
  the total first;
- any other choice: 구 분 and the six measures, the total first.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from deskapp.domain.dates import Period
from deskapp.domain.events import (
    MEASURE_LABELS,
    MEASURES,
    EventFigures,
    EventGrouping,
    EventKind,
    EventReport,
)
from deskapp.domain.spreadsheet import is_formula_like
from deskapp.reports.files import write_atomically

_THIN = Side(style="thin", color="000000")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")
_TOTAL_FILL = PatternFill("solid", fgColor="F2F2F2")
_CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
TOTAL = "총 계"  # korean-data


@dataclass(frozen=True)
class Layout:
    """A table of the district's report: its title, headings, the cells of a row."""

    title: str
    headings: tuple[str, ...]
    measures: tuple[str, ...]  # after the group's name (and the organizer)
    organizer: bool = False  # 주관 after the name
    note: bool = False  # an empty 비 고 column last
    total_last: bool = False


def layout(report: EventReport) -> Layout:
    """The seed's layout for the report's kind and grouping, else the general one."""
    kind, by = report.kind, report.grouping
    if kind is EventKind.JOB_FAIR and by is EventGrouping.EVENT:
        return Layout(
            "취업박람회 참가·지원 추진실적",  # korean-data
            ("행 사 명", "주 관", "참여인원", "면접인원", "채용인원"),  # korean-data
            ("participants", "interviewed", "hired"),
            organizer=True,
            total_last=True,
        )
    if kind is EventKind.ILGU_DAY and by is EventGrouping.VENUE_TYPE:
        return Layout(
            "소규모 일구데이",  # korean-data
            (
                "운영장소",  # korean-data
                "운영횟수",  # korean-data
                "참여기업",  # korean-data
                "모집인원",  # korean-data
                "면접인원",  # korean-data
                "취업자 수",  # korean-data
            ),
            ("events", "employers", "recruits", "interviewed", "hired"),
        )
    if kind is EventKind.JOINT_ILGU_DAY and by is EventGrouping.VENUE:
        return Layout(
            "자치구와 합동 일구데이",  # korean-data
            ("운영장소", "참여기업", "모집인원", "면접인원", "취업자 수", "비 고"),  # korean-data
            ("employers", "recruits", "interviewed", "hired"),
            note=True,
        )
    label = {
        EventGrouping.EVENT: "행 사 명",  # korean-data
        EventGrouping.VENUE: "운영장소",  # korean-data
        EventGrouping.VENUE_TYPE: "장소구분",  # korean-data
    }[by]
    title = f"{kind.value if kind else '행사'} 실적"  # korean-data
    return Layout(title, (label, *(MEASURE_LABELS[m] for m in MEASURES)), MEASURES)


def table_rows(report: EventReport) -> tuple[Layout, list[tuple[object, ...]]]:
    """The layout and its body rows (the total named 총 계, where the layout puts it)."""
    shape = layout(report)

    def cells(row: EventFigures, name: str) -> tuple[object, ...]:
        values = tuple(getattr(row, m) for m in shape.measures)
        middle = (row.organizer or "",) if shape.organizer else ()
        return (name, *middle, *values, *(("",) if shape.note else ()))

    body = [cells(group, group.group) for group in report.groups]
    total = cells(report.total, TOTAL)
    return shape, ([*body, total] if shape.total_last else [total, *body])


def fill_events_sheet(sheet: Worksheet, report: EventReport, period: Period) -> None:
    """Lay ``report`` out on ``sheet`` from A1: title, period, headings, rows."""
    shape, body = table_rows(report)
    width = len(shape.headings)
    last = get_column_letter(width)
    sheet["A1"] = shape.title
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.merge_cells(f"A1:{last}1")
    sheet["A2"] = f"기간: {period.start:%Y.%m.%d.} ~ {period.end:%Y.%m.%d.}"  # korean-data
    sheet[f"{last}2"] = "(단위 : 명, 개)"  # korean-data
    sheet[f"{last}2"].alignment = Alignment(horizontal="right")
    for column, heading in enumerate(shape.headings, start=1):
        cell = sheet.cell(row=3, column=column, value=heading)
        cell.font, cell.fill, cell.alignment, cell.border = (
            Font(bold=True),
            _HEAD_FILL,
            _CENTER,
            _BOX,
        )
    for offset, values in enumerate(body):
        row_no = 4 + offset
        is_total = values[0] == TOTAL
        for column, value in enumerate(values, start=1):
            cell = sheet.cell(row=row_no, column=column, value=value)
            if is_formula_like(value):
                cell.data_type = "s"  # a name typed as =HYPERLINK… stays text
            cell.border = _BOX
            if isinstance(value, int):
                cell.number_format = "#,##0"
            if is_total:
                cell.font, cell.fill = Font(bold=True), _TOTAL_FILL
    sheet.column_dimensions["A"].width = 36
    for column in range(2, width + 1):
        sheet.column_dimensions[get_column_letter(column)].width = 14
    sheet.freeze_panes = "B4"


def write_events_workbook(report: EventReport, period: Period, path: Path) -> Path:
    """The report as an xlsx workbook of one sheet (whole or not at all)."""

    def write(target: Path) -> None:
        book = Workbook()
        sheet = book.active
        assert sheet is not None
        sheet.title = "행사"  # korean-data
        fill_events_sheet(sheet, report, period)
        book.save(target)

    return write_atomically(path, write)
