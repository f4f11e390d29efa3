"""The streaming xlsx reader gives the values openpyxl gives, much faster."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from workbooks import valid_sheets, write_book

from deskapp.services.xlsx_reader import WorkbookFormatError, XlsxReader


def _strip(row: tuple[object, ...]) -> tuple[object, ...]:
    values = list(row)
    while values and values[-1] is None:
        values.pop()
    return tuple(values)


def _openpyxl_rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    book = load_workbook(path, read_only=True, data_only=True)
    try:
        return {
            sheet.title: [
                _strip(row)
                for row in sheet.iter_rows(values_only=True)
                if any(v is not None for v in row)
            ]
            for sheet in book.worksheets
        }
    finally:
        book.close()


def _our_rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    with XlsxReader(path) as reader:
        return {name: [_strip(row) for _, row in reader.rows(name)] for name in reader.sheet_names}


def test_same_values_as_openpyxl(tmp_path: Path) -> None:
    path = write_book(tmp_path / "records.xlsx", valid_sheets())
    assert _our_rows(path) == _openpyxl_rows(path)


def test_types_dates_formulas_gaps_and_rich_text(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "값"
    sheet["A1"] = "글자"
    sheet["B1"] = 42
    sheet["C1"] = 2.5
    sheet["D1"] = True
    sheet["E1"] = datetime(2018, 10, 30, 9, 30)
    sheet["F1"] = date(2018, 10, 30)
    sheet["G1"] = 43403
    sheet["G1"].number_format = "yyyy.mm.dd"
    sheet["H1"] = 43403
    sheet["H1"].number_format = '"합계" #,##0'  # digits in quotes are no date
    sheet["A3"] = "두 행 아래"  # row 2 left out of the file
    sheet["C3"] = "=1+1"  # a formula with no saved value
    sheet["AA3"] = "멀리"
    path = tmp_path / "types.xlsx"
    book.save(path)
    with XlsxReader(path) as reader:
        rows = list(reader.rows("값"))
    assert rows[0][0] == 1
    assert rows[0][1] == (
        "글자",
        42,
        2.5,
        True,
        datetime(2018, 10, 30, 9, 30),
        datetime(2018, 10, 30),
        datetime(2018, 10, 30),
        43403,
    )
    assert rows[1][0] == 3  # the row number in the sheet, not the count
    assert rows[1][1][0] == "두 행 아래" and rows[1][1][26] == "멀리"
    assert rows[1][1][2] is None
    assert _our_rows(path)["값"] == _openpyxl_rows(path)["값"]


def test_excel_style_shared_strings(tmp_path: Path) -> None:
    """Excel writes strings once in sharedStrings.xml; openpyxl writes them inline."""
    import zipfile

    path = tmp_path / "shared.xlsx"
    parts = {
        "[Content_Types].xml": "<Types xmlns='http://schemas.openxmlformats.org/package/2006/content-types'/>",
        "xl/workbook.xml": (
            "<workbook xmlns='http://schemas.openxmlformats.org/spreadsheetml/2006/main' "
            "xmlns:r='http://schemas.openxmlformats.org/officeDocument/2006/relationships'>"
            "<workbookPr date1904='1'/><sheets><sheet name='구직자' sheetId='1' r:id='rId1'/>"
            "</sheets></workbook>"
        ),
        "xl/_rels/workbook.xml.rels": (
            "<Relationships xmlns='http://schemas.openxmlformats.org/package/2006/relationships'>"
            "<Relationship Id='rId1' Target='worksheets/sheet1.xml' Type='x'/></Relationships>"
        ),
        "xl/sharedStrings.xml": (
            "<sst xmlns='http://schemas.openxmlformats.org/spreadsheetml/2006/main'>"
            "<si><t>성명</t></si><si><r><t>홍</t></r><r><t>길동</t></r><rPh><t>ホン</t></rPh></si>"
            "</sst>"
        ),
        "xl/styles.xml": (
            "<styleSheet xmlns='http://schemas.openxmlformats.org/spreadsheetml/2006/main'>"
            "<cellXfs><xf numFmtId='0'/><xf numFmtId='14'/></cellXfs></styleSheet>"
        ),
        "xl/worksheets/sheet1.xml": (
            "<worksheet xmlns='http://schemas.openxmlformats.org/spreadsheetml/2006/main'>"
            "<sheetData><row r='1'><c r='A1' t='s'><v>0</v></c><c r='B1' s='1'><v>0</v></c></row>"
            "<row r='2'><c r='A2' t='s'><v>1</v></c><c r='B2' t='e'><v>#N/A</v></c></row>"
            "</sheetData></worksheet>"
        ),
    }
    with zipfile.ZipFile(path, "w") as archive:
        for name, text in parts.items():
            archive.writestr(name, text)
    with XlsxReader(path) as reader:
        assert reader.sheet_names == ["구직자"]
        assert list(reader.rows("구직자")) == [
            (1, ("성명", datetime(1904, 1, 1))),
            (2, ("홍길동", "#N/A")),
        ]


@pytest.mark.parametrize("content", [b"", b"not a zip", b"PK\x05\x06" + b"\x00" * 18, b"a,b\n1,2"])
def test_not_a_workbook(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "x.xlsx"
    path.write_bytes(content)
    with pytest.raises(WorkbookFormatError):
        XlsxReader(path)
