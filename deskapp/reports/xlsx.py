"""The statistics table in the official layout, and the monthly desk statistics workbook.

Official layout (as in the district's report): a title, the 단위 line, a
two-row header with 구 분 merged down, the 총 계 row first and the desks in
order, counts formatted ``#,##0``, and the 기준일 note under the table.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from deskapp.domain.desks import DESKS
from deskapp.domain.stats import MEASURES, OFFICIAL_LABELS, MonthlySeries, StatsTable
from deskapp.reports.files import write_atomically

TITLE = "일자리 상담창구 구인·구직 및 취업 실적"
NUMBER_FORMAT = "#,##0"
MONTHLY_HEADER = ("월", "창구", "구인등록", "구직등록", "상담", "알선", "취업자수")
_THIN = Side(style="thin", color="000000")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")
_TOTAL_FILL = PatternFill("solid", fgColor="F2F2F2")
_CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def as_of_note(as_of: date) -> str:
    """The 기준일 note, spelled as the district spells it ('18.10.30. 기준)."""
    return f"※ deskapp 상담관리 기록, '{as_of:%y.%m.%d}. 기준"


def fill_official_sheet(
    sheet: Worksheet, table: StatsTable, title: str = TITLE, as_of: date | None = None
) -> None:
    """Lay ``table`` out on ``sheet`` in the official layout, starting at A1."""
    width = 1 + len(MEASURES)
    last = get_column_letter(width)
    sheet["A1"] = title
    sheet["A1"].font = Font(bold=True, size=14)
    sheet["A1"].alignment = Alignment(horizontal="center")
    sheet.merge_cells(f"A1:{last}1")
    sheet["A2"] = f"기간: {table.period.start:%Y.%m.%d.} ~ {table.period.end:%Y.%m.%d.}"
    sheet[f"{last}2"] = "(단위: 건, 명)"
    sheet[f"{last}2"].alignment = Alignment(horizontal="right")

    sheet["A3"] = "구 분"
    sheet.merge_cells("A3:A4")
    for column, measure in enumerate(MEASURES, start=2):
        sheet.cell(row=3, column=column, value=OFFICIAL_LABELS[measure.key])
        sheet.cell(row=4, column=column, value=f"({measure.unit})")
    for row in sheet.iter_rows(min_row=3, max_row=4, max_col=width):
        for cell in row:
            cell.font = Font(bold=True)
            cell.fill = _HEAD_FILL
            cell.alignment = _CENTER
            cell.border = _BOX

    for offset, stats_row in enumerate(table.rows):
        row_no = 5 + offset
        label = sheet.cell(row=row_no, column=1, value=stats_row.name)
        label.border = _BOX
        label.alignment = Alignment(horizontal="center" if offset == 0 else "left")
        for column, value in enumerate(stats_row.counts.values(), start=2):
            cell = sheet.cell(row=row_no, column=column, value=value)
            cell.number_format = NUMBER_FORMAT
            cell.border = _BOX
        if offset == 0:
            for column in range(1, width + 1):
                sheet.cell(row=row_no, column=column).font = Font(bold=True)
                sheet.cell(row=row_no, column=column).fill = _TOTAL_FILL
    note_row = 5 + len(table.rows)
    sheet.cell(row=note_row, column=1, value=as_of_note(as_of or table.period.end))
    sheet.column_dimensions["A"].width = 34
    for column in range(2, width + 1):
        sheet.column_dimensions[get_column_letter(column)].width = 12
    sheet.freeze_panes = "B5"
    sheet.print_title_rows = "3:4"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1


def write_stats_table(
    table: StatsTable, path: Path, title: str = TITLE, as_of: date | None = None
) -> Path:
    """Write the statistics table in the official layout to ``path`` (whole or not at all)."""

    def write(target: Path) -> None:
        book = Workbook()
        sheet = book.active
        assert sheet is not None
        sheet.title = "실적"
        fill_official_sheet(sheet, table, title, as_of)
        book.save(target)

    return write_atomically(path, write)


def write_monthly_workbook(series: MonthlySeries, path: Path, title: str = TITLE) -> Path:
    """The monthly desk statistics workbook (DESIGN.md §6).

    ``월별``: one row per month and desk, desks in table order; ``누계``: the
    whole period in the official layout. Each month's row equals ``stats`` for
    that month and ``누계`` equals ``stats`` for the whole period.
    """

    def write(target: Path) -> None:
        book = Workbook()
        monthly = book.active
        assert monthly is not None
        monthly.title = "월별"
        monthly.append(MONTHLY_HEADER)
        for cell in monthly[1]:
            cell.font = Font(bold=True)
            cell.fill = _HEAD_FILL
            cell.alignment = _CENTER
            cell.border = _BOX
        for month in series.months:
            for desk in DESKS:
                counts = month.table.by_desk[desk.code]
                monthly.append([month.month, desk.name, *counts.values()])
                for cell in monthly[monthly.max_row][2:]:
                    cell.number_format = NUMBER_FORMAT
        monthly.column_dimensions["A"].width = 10
        monthly.column_dimensions["B"].width = 34
        for column in range(3, len(MONTHLY_HEADER) + 1):
            monthly.column_dimensions[get_column_letter(column)].width = 12
        monthly.freeze_panes = "C2"
        monthly.auto_filter.ref = monthly.dimensions
        cumulative = book.create_sheet("누계")
        fill_official_sheet(cumulative, series.whole, f"{title} (누계)", series.period.end)
        book.save(target)

    return write_atomically(path, write)
