"""The statistics table in the official layout, and the monthly desk statistics workbook.

Official layout (as in the district's report): a title, the 단위 line, a
two-row header with 구 분 merged down, the 총 계 row first and the desks in
order, counts formatted ``#,##0``, and the 기준일 note under the table.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.chart import LineChart, Reference
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from deskapp.domain.breakdown import BreakdownSeries, Dimension
from deskapp.domain.desks import DESKS, TOTAL_CODE
from deskapp.domain.outreach import REPORT_MEASURES, OutreachCounts
from deskapp.domain.retention import RetentionReport
from deskapp.domain.spreadsheet import is_formula_like
from deskapp.domain.stats import MEASURES, OFFICIAL_LABELS, MonthlySeries, StatsTable
from deskapp.reports.breakdown import SHEET_NAMES, fill_breakdown_months
from deskapp.reports.files import write_atomically
from deskapp.reports.retention import SHEET as RETENTION_SHEET
from deskapp.reports.retention import fill_retention_sheet
from deskapp.services.events import EventRow
from deskapp.services.targets import Achievement

TITLE = "일자리 상담창구 구인·구직 및 취업 실적"  # korean-data
NUMBER_FORMAT = "#,##0"
MONTHLY_HEADER = ("월", "창구", "구인등록", "구직등록", "상담", "알선", "취업자수")  # korean-data
OUTREACH_HEADER = ("월", "창구", *REPORT_MEASURES)  # korean-data
_THIN = Side(style="thin", color="000000")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")
_TOTAL_FILL = PatternFill("solid", fgColor="F2F2F2")
_CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def as_of_note(as_of: date) -> str:
    """The 기준일 note, spelled as the district spells it ('18.10.30. 기준)."""
    return f"※ deskapp 상담관리 기록, '{as_of:%y.%m.%d}. 기준"  # korean-data


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
    sheet["A2"] = (
        f"기간: {table.period.start:%Y.%m.%d.} ~ {table.period.end:%Y.%m.%d.}"  # korean-data
    )
    sheet[f"{last}2"] = "(단위: 건, 명)"  # korean-data
    sheet[f"{last}2"].alignment = Alignment(horizontal="right")

    sheet["A3"] = "구 분"  # korean-data
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
        sheet.title = "실적"  # korean-data
        fill_official_sheet(sheet, table, title, as_of)
        book.save(target)

    return write_atomically(path, write)


def _fill_targets(sheet: Worksheet, series: MonthlySeries, achievements: list[Achievement]) -> None:
    """목표·달성률: each desk and measure with its target, achievement and rate by month."""
    months = [m.month for m in series.months]
    headings = ["창구", "지표", "연간 목표", "달성", "달성률"]  # korean-data
    sheet.append([*headings, *[f"{m} 누계" for m in months]])  # korean-data
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.fill = _HEAD_FILL
        cell.alignment = _CENTER
    labels = {m.key: m.label for m in MEASURES}
    names = {d.code: d.name for d in DESKS}
    for a in achievements:
        sheet.append([names[a.desk], labels[a.measure], a.target, a.achieved, a.rate, *a.monthly])
        row = sheet[sheet.max_row]
        for cell in (row[2], row[3], *row[5:]):
            cell.number_format = NUMBER_FORMAT
        row[4].number_format = "0.0%"
    sheet.column_dimensions["A"].width = 34
    sheet.column_dimensions["B"].width = 12
    sheet.freeze_panes = "C2"


def _fill_charts(sheet: Worksheet, series: MonthlySeries) -> None:
    """차트: for each measure, the desks' monthly figures as lines over the months."""
    months = [m.month for m in series.months]
    desks = [d for d in DESKS if d.code in series.desks]
    top = 1
    for measure in MEASURES:
        sheet.cell(row=top, column=1, value=f"{measure.label} ({measure.unit})").font = Font(
            bold=True
        )
        header = top + 1
        sheet.cell(row=header, column=1, value="월")  # korean-data
        for column, desk in enumerate(desks, start=2):
            sheet.cell(row=header, column=column, value=desk.short_name)
        for offset, month in enumerate(series.months, start=1):
            sheet.cell(row=header + offset, column=1, value=month.month)
            for column, desk in enumerate(desks, start=2):
                value = month.table.by_desk[desk.code].get(measure.key)
                sheet.cell(row=header + offset, column=column, value=value)
        last = header + len(months)
        chart = LineChart()
        chart.title = f"{measure.label} — 창구별 월 실적"  # korean-data
        chart.y_axis.title = measure.unit
        chart.height, chart.width = 7.5, 16
        data = Reference(sheet, min_col=2, max_col=1 + len(desks), min_row=header, max_row=last)
        chart.add_data(data, titles_from_data=True)
        chart.set_categories(Reference(sheet, min_col=1, min_row=header + 1, max_row=last))
        sheet.add_chart(chart, f"H{top}")
        top = last + 3


def _fill_outreach(sheet: Worksheet, months: list[str], rows: list[OutreachCounts]) -> None:
    """기업발굴: one row per month of the workbook and desk, desks in table order."""
    sheet.append(OUTREACH_HEADER)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.fill = _HEAD_FILL
        cell.alignment = _CENTER
        cell.border = _BOX
    by_month = {(f"{r.year:04d}-{r.month:02d}", r.desk): r for r in rows}
    for month in months:
        for desk in DESKS:
            row = by_month.get((month, desk.code))
            values = row.values() if row is not None else (0,) * len(REPORT_MEASURES)
            sheet.append([month, desk.name, *values])
            for cell in sheet[sheet.max_row][2:]:
                cell.number_format = NUMBER_FORMAT
    sheet.column_dimensions["A"].width = 10
    sheet.column_dimensions["B"].width = 34
    for column in range(3, len(OUTREACH_HEADER) + 1):
        sheet.column_dimensions[get_column_letter(column)].width = 14
    sheet.freeze_panes = "C2"
    sheet.auto_filter.ref = sheet.dimensions


EVENTS_HEADER = (
    "월",  # korean-data
    "일자",  # korean-data
    "행사명",  # korean-data
    "구분",  # korean-data
    "창구",  # korean-data
    "주관",  # korean-data
    "장소",  # korean-data
    "장소구분",  # korean-data
    "참여기업",  # korean-data
    "모집인원",  # korean-data
    "참여인원",  # korean-data
    "면접인원",  # korean-data
    "채용인원",  # korean-data
)


def _fill_events(sheet: Worksheet, events: Sequence[EventRow]) -> None:
    """행사: one row per event in date order (figures only, no people), then the sum."""
    sheet.append(EVENTS_HEADER)
    for cell in sheet[1]:
        cell.font, cell.fill, cell.alignment, cell.border = (
            Font(bold=True),
            _HEAD_FILL,
            _CENTER,
            _BOX,
        )
    total = [0] * 5
    for event in sorted(events, key=lambda e: (e.held_on, e.event_no)):
        f = event.figures
        values = (f.employers, f.recruits, f.participants, f.interviewed, f.hired)
        total = [a + b for a, b in zip(total, values, strict=True)]
        place = (event.organizer or "", event.venue or "", event.venue_type or "")
        month = f"{event.held_on:%Y-%m}"
        sheet.append([month, event.held_on, event.name, event.kind, event.desk, *place, *values])
        row = sheet[sheet.max_row]
        row[1].number_format = "yyyy-mm-dd"
        for cell in row[2:8]:
            if is_formula_like(cell.value):
                cell.data_type = "s"  # a name typed as =HYPERLINK… stays text
        for cell in row[8:]:
            cell.number_format = NUMBER_FORMAT
    total_row = ["합계", None, f"{len(events)}회"]  # korean-data
    sheet.append([*total_row, None, None, None, None, None, *total])
    for cell in sheet[sheet.max_row]:
        cell.font, cell.fill = Font(bold=True), _TOTAL_FILL
    for column, width in zip("ABCDEFGH", (9, 12, 36, 12, 16, 20, 20, 14), strict=True):
        sheet.column_dimensions[column].width = width
    sheet.freeze_panes = "D2"


def write_monthly_workbook(
    series: MonthlySeries,
    path: Path,
    title: str = TITLE,
    achievements: list[Achievement] | None = None,
    outreach: list[OutreachCounts] | None = None,
    events: Sequence[EventRow] | None = None,
    breakdowns: Mapping[Dimension, BreakdownSeries] | None = None,
    retention: RetentionReport | None = None,
) -> Path:
    """The monthly desk statistics workbook (ARCHITECTURE.md: The command line).

    ``월별``: per month the 총 계 row then one row per desk, desks in table order (a
    workbook cut to one desk has that desk's row only); ``누계``: the
    whole period in the official layout. Each month's row equals ``stats`` for
    that month and ``누계`` equals ``stats`` for the whole period. Then
    ``목표·달성률`` (when ``achievements`` are given) and ``차트``: the five
    measures per desk over the months. ``기업발굴`` (when ``outreach`` is given, from
    ``OutreachService.report``): per month and desk, employers first contacted, visits,
    calls, agreements signed and openings registered by employers the desk found.
    ``행사`` (when ``events`` are given): each event of the period with the measures of
    ARCHITECTURE.md (Hiring events), and their sum.
    """

    def write(target: Path) -> None:
        book = Workbook()
        monthly = book.active
        assert monthly is not None
        monthly.title = "월별"  # korean-data
        monthly.append(MONTHLY_HEADER)
        for cell in monthly[1]:
            cell.font = Font(bold=True)
            cell.fill = _HEAD_FILL
            cell.alignment = _CENTER
            cell.border = _BOX
        for month in series.months:
            for row in month.table.rows:
                monthly.append([month.month, row.name, *row.counts.values()])
                for cell in monthly[monthly.max_row][2:]:
                    cell.number_format = NUMBER_FORMAT
                if row.desk == TOTAL_CODE:
                    for cell in monthly[monthly.max_row]:
                        cell.font, cell.fill = Font(bold=True), _TOTAL_FILL
        monthly.column_dimensions["A"].width = 10
        monthly.column_dimensions["B"].width = 34
        for column in range(3, len(MONTHLY_HEADER) + 1):
            monthly.column_dimensions[get_column_letter(column)].width = 12
        monthly.freeze_panes = "C2"
        monthly.auto_filter.ref = monthly.dimensions
        cumulative = book.create_sheet("누계")  # korean-data
        whole_title = f"{title} (누계)"  # korean-data
        fill_official_sheet(cumulative, series.whole, whole_title, series.period.end)
        if achievements is not None:
            _fill_targets(book.create_sheet("목표·달성률"), series, achievements)  # korean-data
        _fill_charts(book.create_sheet("차트"), series)  # korean-data
        if outreach is not None:
            months = [m.month for m in series.months]
            _fill_outreach(book.create_sheet("기업발굴"), months, outreach)  # korean-data
        if events is not None:
            _fill_events(book.create_sheet("행사"), events)  # korean-data
        for dimension, split in (breakdowns or {}).items():
            fill_breakdown_months(book.create_sheet(SHEET_NAMES[dimension]), split)
        if retention is not None:  # 고용유지 현황 of the period (RetentionService)
            fill_retention_sheet(book.create_sheet(RETENTION_SHEET), retention)
        book.save(target)

    return write_atomically(path, write)
