"""The xlsx reader gives the values openpyxl gives, much faster, whether calamine or the
streaming reader reads the workbook."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from workbooks import valid_sheets, write_book

from deskapp.services.xlsx_reader import Row, WorkbookFormatError, XlsxReader, _StreamingReader


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


# -- calamine and the streaming reader -------------------------------------------------


def _every_kind(path: Path, far: str | None = None) -> Path:
    """A workbook of every kind of cell an import meets, inside A1:Z99999 (read by
    calamine), or with one more value at ``far`` (then read by the streaming reader)."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "구직자"
    sheet.append(["구직자번호", "성명", "등록일", "연락처", "모집인원", "메모"])
    sheet.append(["S1", "김민수", datetime(2018, 3, 2), "010-1234-5678", 3, "  앞뒤 공백  "])
    sheet.append(["S2", "이영희", date(2018, 3, 5), "01012345678", "3", None])  # text numbers
    sheet.append([1234, "박지현", "2018.03.10.", 1012345678, 2.5, True])  # numbers as numbers
    sheet.append(["S4", None, "20180310", "02-2627-1234", 1e3, False])
    sheet.append([None, None, None, None, None, None])  # an empty row is not given
    sheet.append(["S6", "최은혜", 43403, "010 1234 5678", -7, "=1+1"])  # formula, no value
    sheet["C7"].number_format = "yyyy.mm.dd"
    sheet["B8"] = 43403.5
    sheet["B8"].number_format = "yyyy-mm-dd hh:mm"
    sheet["C8"] = 0.75
    sheet["C8"].number_format = "hh:mm"
    sheet["D8"] = 1.25
    sheet["D8"].number_format = "[h]:mm"
    sheet["E8"] = 30
    sheet["E8"].number_format = "yyyy-mm-dd"  # before 1900-03-01: Excel's leap day
    sheet["F8"] = 43403
    sheet["F8"].number_format = '"합계" #,##0'  # digits in quotes are no date
    sheet["Z9"] = "마지막 열"
    sheet["B12"] = "열 B부터"  # a row that starts in column B
    other = book.create_sheet("상담")
    other["C3"] = "C3에서 시작"  # a sheet whose first value is not in A1
    other["D4"] = 7
    if far:
        sheet[far] = "멀리"
    book.save(path)
    return path


def _all_rows(reader: XlsxReader | _StreamingReader) -> dict[str, list[tuple[int, Row]]]:
    return {name: list(reader.rows(name)) for name in reader.sheet_names}


def test_calamine_gives_what_the_streaming_reader_gives(tmp_path: Path) -> None:
    path = _every_kind(tmp_path / "kinds.xlsx")
    with XlsxReader(path) as reader:
        assert reader.fast
        fast = _all_rows(reader)
    streaming = _StreamingReader(path)
    try:
        assert fast == _all_rows(streaming)
    finally:
        streaming.close()
    seekers = dict(fast["구직자"])
    assert seekers[3] == ("S2", "이영희", datetime(2018, 3, 5), "01012345678", "3")
    assert seekers[4] == (1234, "박지현", "2018.03.10.", 1012345678, 2.5, True)
    assert 6 not in seekers and seekers[7][2] == datetime(2018, 10, 30)
    assert seekers[8] == (
        None,
        datetime(2018, 10, 30, 12),
        datetime(1899, 12, 31, 18),  # times and durations as Excel's 1900 dates have them
        datetime(1900, 1, 1, 6),
        datetime(1900, 1, 30),
        43403,
    )
    assert seekers[9][25] == "마지막 열" and seekers[12] == (None, "열 B부터")
    assert fast["상담"] == [(3, (None, None, "C3에서 시작")), (4, (None, None, None, 7))]


@pytest.mark.parametrize(
    "far",
    ["AA2", "A100000", "XFD1048576"],  # past column Z; past row 99,999; the last cell
)
def test_a_cell_outside_calamines_block_is_read_by_the_streaming_reader(
    tmp_path: Path, far: str
) -> None:
    """calamine holds a sheet as one block from its first cell to its last: a value at
    XFD1048576 would make it ask for 17 billion cells and abort the process. Read in a
    child process, so that such an abort fails the test rather than ending the run."""
    path = _every_kind(tmp_path / "far.xlsx", far=far)
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from deskapp.services.xlsx_reader import XlsxReader\n"
        "with XlsxReader(Path(sys.argv[1])) as reader:\n"
        "    rows = {n: list(reader.rows(n)) for n in reader.sheet_names}\n"
        "    print(reader.fast, sum(row.count('멀리') for _, row in rows['구직자']))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(path)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["False", "1"]


@pytest.mark.parametrize(
    "payload",
    ["<b>굵게", "]]>", "\x07벨", "&#x1;", "&undefined;"],
)
def test_xml_that_calamine_reads_on_and_a_parser_refuses_goes_to_the_streaming_reader(
    tmp_path: Path, payload: str
) -> None:
    """calamine reads ``<t><b>굵게</t>`` as 굵게 and a control character as it is; the
    workbook is not well-formed XML, and the streaming reader refuses it."""
    import zipfile

    valid = write_book(tmp_path / "valid.xlsx", valid_sheets())
    path = tmp_path / "broken.xlsx"
    with zipfile.ZipFile(valid) as source, zipfile.ZipFile(path, "w") as target:
        for name in source.namelist():
            data = source.read(name)
            if name.startswith("xl/worksheets/sheet1"):
                data = data.replace("김민수".encode(), payload.encode(), 1)
            target.writestr(name, data)
    with XlsxReader(valid) as reader:
        assert reader.fast
    with pytest.raises(WorkbookFormatError), XlsxReader(path) as reader:
        assert not reader.fast
        _all_rows(reader)
