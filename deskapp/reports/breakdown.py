"""Breakdowns of the seeker-side figures as worksheets.

- ``write_breakdown_table``: one period's breakdown as a workbook of one sheet: the
  desk (총 계 first), the value of the dimension and 구직등록, 상담, 알선, 취업자수.
- ``fill_breakdown_months``: a sheet of the monthly workbook, a row per month, desk
  and value, then the whole period's rows (월: ``누계``).
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from deskapp.domain.breakdown import BREAKDOWN_KEYS, BreakdownSeries, BreakdownTable, Dimension
from deskapp.domain.desks import TOTAL_CODE
from deskapp.domain.spreadsheet import is_formula_like
from deskapp.domain.stats import MEASURES
from deskapp.reports.files import write_atomically

#: The monthly workbook's sheet for each dimension it breaks down by.
SHEET_NAMES: dict[Dimension, str] = {
    Dimension.SEX: "성별",  # korean-data
    Dimension.AGE: "연령대",  # korean-data
    Dimension.RESIDENT: "구민",  # korean-data
    Dimension.GROUP: "대상그룹",  # korean-data
    Dimension.COUNSELOR: "상담사",  # korean-data
}
MONTHLY_DIMENSIONS: tuple[Dimension, ...] = tuple(SHEET_NAMES)
WHOLE = "누계"  # korean-data
NUMBER_FORMAT = "#,##0"
_LABELS = {m.key: m.label for m in MEASURES}
_UNITS = {m.key: m.unit for m in MEASURES}
_THIN = Side(style="thin", color="000000")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")
_TOTAL_FILL = PatternFill("solid", fgColor="F2F2F2")
_CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def _text(value: str) -> str:
    """A name as a cell: a counselor's or group's name that looks like a formula is
    written with a leading apostrophe so that no spreadsheet runs it."""
    return f"'{value}" if is_formula_like(value) else value


def _heading(sheet: Worksheet, row: int) -> None:
    for cell in sheet[row]:
        cell.font = Font(bold=True)
        cell.fill = _HEAD_FILL
        cell.alignment = _CENTER
        cell.border = _BOX


def _append_rows(sheet: Worksheet, table: BreakdownTable, month: str | None) -> None:
    for row in table.rows:
        lead = [month] if month is not None else []
        sheet.append([*lead, row.desk_name, _text(row.group), *row.counts.values()])
        cells = sheet[sheet.max_row]
        for cell in cells[len(lead) + 2 :]:
            cell.number_format = NUMBER_FORMAT
        if row.desk == TOTAL_CODE:
            for cell in cells:
                cell.fill = _TOTAL_FILL
                cell.font = Font(bold=True)


def fill_breakdown_table(sheet: Worksheet, table: BreakdownTable, title: str) -> None:
    """One period's breakdown on ``sheet``, starting at A1."""
    sheet.append([f"{title} — {table.dimension.label}별"])  # korean-data
    sheet["A1"].font = Font(bold=True, size=14)
    start, end = table.period.start, table.period.end
    sheet.append([f"기간: {start:%Y.%m.%d.} ~ {end:%Y.%m.%d.}"])  # korean-data
    sheet.append(
        [
            "구 분",  # korean-data
            table.dimension.label,
            *(f"{_LABELS[k]} ({_UNITS[k]})" for k in BREAKDOWN_KEYS),
        ]  # korean-data
    )
    _heading(sheet, 3)
    _append_rows(sheet, table, None)
    sheet.column_dimensions["A"].width = 34
    sheet.column_dimensions["B"].width = 18
    for column in range(3, 3 + len(BREAKDOWN_KEYS)):
        sheet.column_dimensions[get_column_letter(column)].width = 12
    sheet.freeze_panes = "C4"


def write_breakdown_table(table: BreakdownTable, path: Path, title: str) -> Path:
    """Write one period's breakdown to ``path`` (whole or not at all)."""

    def write(target: Path) -> None:
        book = Workbook()
        sheet = book.active
        assert sheet is not None
        sheet.title = SHEET_NAMES.get(table.dimension, table.dimension.label.replace(" ", ""))
        fill_breakdown_table(sheet, table, title)
        book.save(target)

    return write_atomically(path, write)


def fill_breakdown_months(sheet: Worksheet, series: BreakdownSeries) -> None:
    """A row per month, desk (총 계 first) and value, then the whole period's (월 누계)."""
    month, desk = "월", "창구"  # korean-data
    sheet.append([month, desk, series.dimension.label, *(_LABELS[k] for k in BREAKDOWN_KEYS)])
    _heading(sheet, 1)
    for month, table in series.months:
        _append_rows(sheet, table, month)
    _append_rows(sheet, series.whole, WHOLE)
    sheet.column_dimensions["A"].width = 10
    sheet.column_dimensions["B"].width = 34
    sheet.column_dimensions["C"].width = 18
    for column in range(4, 4 + len(BREAKDOWN_KEYS)):
        sheet.column_dimensions[get_column_letter(column)].width = 12
    sheet.freeze_panes = "D2"
    sheet.auto_filter.ref = sheet.dimensions
