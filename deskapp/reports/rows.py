"""A plain list written as a workbook: a title, the column headings, then one row per record.

Knows nothing of the window (as Stoq's exporter): the caller hands headings and
rows of values; dates stay dates in the file, numbers stay numbers, and text stays
text (a value beginning with '=' is never written as a formula).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter

from deskapp.reports.files import write_atomically

_HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")
_MAX_WIDTH = 60


def _width(value: object) -> int:
    text = value.isoformat() if isinstance(value, date) else str(value)
    # Hangul takes about two columns of a Latin character in Excel's default font.
    return sum(2 if ord(char) > 0x1100 else 1 for char in text)


def write_rows(
    path: Path,
    title: str,
    headings: Sequence[str],
    rows: Sequence[Sequence[object]],
    sheet_name: str = "목록",  # korean-data
) -> Path:
    """Write ``rows`` under ``headings`` (row 2) with ``title`` in A1; whole or not at all."""

    def write(target: Path) -> None:
        book = Workbook()
        sheet = book.active
        assert sheet is not None
        sheet.title = sheet_name
        sheet["A1"] = title
        sheet["A1"].font = Font(bold=True, size=12)
        sheet.append(list(headings))
        for cell in sheet[2]:
            cell.font = Font(bold=True)
            cell.fill = _HEAD_FILL
        widths = [_width(h) for h in headings]
        for row in rows:
            sheet.append(list(row))
            for column, value in enumerate(row):
                if column < len(widths):
                    widths[column] = max(widths[column], _width(value))
        for row_cells in sheet.iter_rows(min_row=1):
            for cell in row_cells:
                if isinstance(cell.value, str):
                    cell.data_type = "s"  # text, never a formula (=HYPERLINK… typed as a name)
                elif isinstance(cell.value, date):
                    cell.number_format = "yyyy-mm-dd"
                elif isinstance(cell.value, int):
                    cell.number_format = "#,##0"
        for column, width in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(column)].width = min(width + 2, _MAX_WIDTH)
        sheet.freeze_panes = "A3"
        if headings:
            sheet.auto_filter.ref = f"A2:{get_column_letter(len(headings))}{len(rows) + 2}"
        book.save(target)

    return write_atomically(path, write)
