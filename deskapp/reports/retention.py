"""The 고용유지 sheet: 고용유지 현황 (deskapp/domain/retention.py) in the district's table style.

A title, the period and the day it was counted as of, a two-row header (구 분 and 취업자
merged down; 1개월, 3개월, 6개월 each over 유지 · 이직 · 미확인 · 도래 전), the 총 계
row first (when the report is whole) and the desks by official name in table order,
counts formatted ``#,##0``, and a note saying what the columns count. Used on its own
(``retention --xlsx``, the 고용유지 현황 window) and as a sheet of the monthly workbook.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from deskapp.domain.retention import (
    CHECKPOINTS,
    STATES,
    RetentionReport,
    checkpoint_label,
    state_label,
)
from deskapp.reports.files import write_atomically

TITLE = "취업자 고용유지 현황"  # korean-data
SHEET = "고용유지"  # korean-data
NOTE = (
    "※ 취업자: 기간 중 그 창구에서 취업한 사람"  # korean-data
    "(한 사람은 한 번, 기간 중 첫 취업 기준). "  # korean-data
    "유지·이직: 그 시점의 고용유지 확인 결과, "  # korean-data
    "미확인: 확인할 날이 지났으나 기록 없음, "  # korean-data
    "도래 전: 확인할 날이 아직 오지 않음"  # korean-data
)
_NUMBER = "#,##0"
_THIN = Side(style="thin", color="000000")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")
_TOTAL_FILL = PatternFill("solid", fgColor="F2F2F2")
_CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def fill_retention_sheet(sheet: Worksheet, report: RetentionReport, title: str = TITLE) -> None:
    """Lay ``report`` out on ``sheet``, starting at A1."""
    width = 2 + len(CHECKPOINTS) * len(STATES)
    last = get_column_letter(width)
    sheet["A1"] = title
    sheet["A1"].font = Font(bold=True, size=14)
    sheet["A1"].alignment = Alignment(horizontal="center")
    sheet.merge_cells(f"A1:{last}1")
    period = report.period
    sheet["A2"] = (
        f"기간: {period.start:%Y.%m.%d.} ~ {period.end:%Y.%m.%d.} "  # korean-data
        f"(확인 기준일 {report.today:%Y.%m.%d.})"  # korean-data
    )
    sheet[f"{last}2"] = "(단위: 명)"  # korean-data
    sheet[f"{last}2"].alignment = Alignment(horizontal="right")

    sheet["A3"], sheet["B3"] = "구 분", "취업자"  # korean-data
    sheet.merge_cells("A3:A4")
    sheet.merge_cells("B3:B4")
    for index, months in enumerate(CHECKPOINTS):
        first = 3 + index * len(STATES)
        sheet.cell(row=3, column=first, value=checkpoint_label(months))
        sheet.merge_cells(
            start_row=3, start_column=first, end_row=3, end_column=first + len(STATES) - 1
        )
        for offset, state in enumerate(STATES):
            sheet.cell(row=4, column=first + offset, value=state_label(state))
    for row in sheet.iter_rows(min_row=3, max_row=4, max_col=width):
        for cell in row:
            cell.font, cell.fill, cell.alignment, cell.border = (
                Font(bold=True),
                _HEAD_FILL,
                _CENTER,
                _BOX,
            )

    for offset, row_data in enumerate(report.rows):
        row_no = 5 + offset
        total = report.whole and offset == 0
        label = sheet.cell(row=row_no, column=1, value=row_data.name)
        label.alignment = Alignment(horizontal="center" if total else "left")
        for column, value in enumerate(row_data.counts.values(), start=2):
            sheet.cell(row=row_no, column=column, value=value).number_format = _NUMBER
        for column in range(1, width + 1):
            cell = sheet.cell(row=row_no, column=column)
            cell.border = _BOX
            if total:
                cell.font, cell.fill = Font(bold=True), _TOTAL_FILL
    sheet.cell(row=5 + len(report.rows), column=1, value=NOTE)
    sheet.column_dimensions["A"].width = 34
    sheet.column_dimensions["B"].width = 10
    for column in range(3, width + 1):
        sheet.column_dimensions[get_column_letter(column)].width = 8
    sheet.freeze_panes = "C5"
    sheet.print_title_rows = "3:4"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1


def write_retention_workbook(report: RetentionReport, path: Path, title: str = TITLE) -> Path:
    """Write ``report`` as a workbook with the one sheet 고용유지 (whole or not at all)."""

    def write(target: Path) -> None:
        book = Workbook()
        sheet = book.active
        assert sheet is not None
        sheet.title = SHEET
        fill_retention_sheet(sheet, report, title)
        book.save(target)

    return write_atomically(path, write)
