"""A lean streaming reader of xlsx cell values, for importing large workbooks.

openpyxl's read-only mode builds a cell object per value and spends most of
an import's time doing so; this reader streams each sheet's XML with
ElementTree and yields plain values: ``str``, ``int``, ``float``, ``bool``,
``datetime`` for cells with a date format (1900 and 1904 date systems), and
None. A formula yields the value Excel saved with it, as openpyxl does with
``data_only=True``. Anything malformed raises ``WorkbookFormatError``.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from posixpath import join, normpath
from types import TracebackType
from typing import IO
from xml.etree import ElementTree as ET

MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
STRICT = "{http://purl.oclc.org/ooxml/spreadsheetml/main}"
REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"

# Built-in number formats that show dates or times (ECMA-376 §18.8.30).
_BUILTIN_DATES = {14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57}
_DATE_CODE = re.compile(r"[dmyhs]", re.IGNORECASE)
_STRIP_CODE = re.compile(r'"[^"]*"|\[[^\]]*\]|\\.|_.|\*.')
_EPOCH_1900 = datetime(1899, 12, 30)
_EPOCH_1904 = datetime(1904, 1, 1)
MAX_COLUMNS = 16_384
MAX_ROWS = 1_048_576

Row = tuple[object, ...]
# What a damaged or hostile file makes the zip, zlib and XML layers raise.
_DAMAGE = (
    KeyError, ET.ParseError, ValueError, IndexError, zipfile.BadZipFile, zipfile.LargeZipFile,
    OSError, EOFError, OverflowError, zlib.error, NotImplementedError, RuntimeError,
)  # fmt: skip


class WorkbookFormatError(Exception):
    """The file is not a readable xlsx workbook (the message says what was wrong)."""


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _column_index(reference: str) -> int:
    """``"C7"`` → 2 (zero-based)."""
    index = 0
    for ch in reference:
        if "A" <= ch <= "Z":
            index = index * 26 + ord(ch) - 64
        elif "a" <= ch <= "z":
            index = index * 26 + ord(ch) - 96
        else:
            break
    if not 1 <= index <= MAX_COLUMNS:
        raise WorkbookFormatError(f"잘못된 셀 주소 '{reference}'")
    return index - 1


def _from_serial(number: float, epoch: datetime) -> datetime:
    """An Excel date serial as a datetime, to the millisecond as Excel keeps it."""
    days, fraction = divmod(number, 1)
    value = epoch + timedelta(days=days, milliseconds=round(fraction * 86_400_000))
    if epoch is _EPOCH_1900 and 0 < number < 60:
        value += timedelta(days=1)  # Excel's 1900 counts a 29 February that never was
    return value


def _is_date_format(code: str) -> bool:
    return bool(_DATE_CODE.search(_STRIP_CODE.sub("", code)))


def _text(element: ET.Element) -> str:
    """The text of a string item: plain ``<t>`` or rich-text runs ``<r><t>``, not phonetics."""
    parts = []
    for child in element:
        name = _local(child.tag)
        if name == "t":
            parts.append(child.text or "")
        elif name == "r":
            parts.extend(t.text or "" for t in child if _local(t.tag) == "t")
    return "".join(parts)


class XlsxReader:
    """An open workbook: its sheet names, and each sheet's rows as plain values."""

    def __init__(self, path: Path | IO[bytes]) -> None:
        try:
            self._zip = zipfile.ZipFile(path)
        except _DAMAGE as error:
            raise WorkbookFormatError(f"zip 파일이 아닙니다 ({error})") from None
        try:
            self._sheets = self._read_workbook()
            self._shared = self._read_shared_strings()
            self._dates = self._read_date_styles()
        except WorkbookFormatError:
            self._zip.close()
            raise
        except _DAMAGE as error:
            self._zip.close()
            raise WorkbookFormatError(f"통합문서 구조가 올바르지 않습니다 ({error})") from None

    def __enter__(self) -> XlsxReader:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self._zip.close()

    @property
    def sheet_names(self) -> list[str]:
        return list(self._sheets)

    def _xml(self, name: str) -> ET.Element:
        with self._zip.open(name) as handle:
            return ET.parse(handle).getroot()

    def _read_workbook(self) -> dict[str, str]:
        root = self._xml("xl/workbook.xml")
        self._epoch = _EPOCH_1900
        targets: dict[str, str] = {}
        rels_name = "xl/_rels/workbook.xml.rels"
        for rel in self._xml(rels_name):
            target = rel.get("Target", "")
            absolute = target.startswith("/")
            targets[rel.get("Id", "")] = (
                target.lstrip("/") if absolute else normpath(join("xl", target))
            )
        sheets: dict[str, str] = {}
        for element in root.iter():
            name = _local(element.tag)
            if name == "workbookPr" and element.get("date1904") in ("1", "true"):
                self._epoch = _EPOCH_1904
            elif name == "sheet":
                rel_id = element.get(f"{REL}id") or element.get(
                    "{http://purl.oclc.org/ooxml/officeDocument/relationships}id", ""
                )
                if rel_id in targets:
                    sheets[element.get("name", "")] = targets[rel_id]
        return sheets

    def _read_shared_strings(self) -> list[str]:
        names = set(self._zip.namelist())
        if "xl/sharedStrings.xml" not in names:
            return []
        strings = []
        with self._zip.open("xl/sharedStrings.xml") as handle:
            for _, element in ET.iterparse(handle):
                if _local(element.tag) == "si":
                    strings.append(_text(element))
                    element.clear()
        return strings

    def _read_date_styles(self) -> frozenset[int]:
        if "xl/styles.xml" not in set(self._zip.namelist()):
            return frozenset()
        root = self._xml("xl/styles.xml")
        custom: dict[int, str] = {}
        dates: set[int] = set()
        for element in root.iter():
            if _local(element.tag) == "numFmt":
                custom[int(element.get("numFmtId", "0"))] = element.get("formatCode", "")
        for element in root:
            if _local(element.tag) != "cellXfs":
                continue
            for index, xf in enumerate(element):
                fmt = int(xf.get("numFmtId", "0"))
                if fmt in _BUILTIN_DATES or (fmt in custom and _is_date_format(custom[fmt])):
                    dates.add(index)
        return frozenset(dates)

    def rows(self, sheet: str) -> Iterator[tuple[int, Row]]:
        """``(row number, values)`` for every row that has a cell, in order.

        Rows the file leaves out (empty rows) are not yielded; the row number
        says where each row stands in the sheet.
        """
        try:
            with self._zip.open(self._sheets[sheet]) as handle:
                yield from self._stream(handle)
        except WorkbookFormatError:
            raise
        except _DAMAGE as error:
            raise WorkbookFormatError(f"시트 '{sheet}'를 읽을 수 없습니다 ({error})") from None

    def _stream(self, handle: IO[bytes]) -> Iterator[tuple[int, Row]]:
        shared, dates, epoch = self._shared, self._dates, self._epoch
        cells: dict[int, object] = {}
        last_row = 0
        next_column = 0
        sheet_data: ET.Element | None = None
        for event, element in ET.iterparse(handle, events=("start", "end")):
            tag = element.tag
            if event == "start":
                if sheet_data is None and _local(tag) == "sheetData":
                    sheet_data = element
                continue
            if tag == f"{MAIN}c" or tag == f"{STRICT}c":
                reference = element.get("r")
                column = _column_index(reference) if reference else next_column
                next_column = column + 1
                kind = element.get("t", "n")
                value: object = None
                if kind == "inlineStr":
                    for child in element:
                        if _local(child.tag) == "is":
                            value = _text(child)
                else:
                    raw = None
                    for child in element:
                        if _local(child.tag) == "v":
                            raw = child.text
                    if raw is not None:
                        if kind == "s":
                            value = shared[int(raw)]
                        elif kind in ("str", "e"):
                            value = raw
                        elif kind == "b":
                            value = raw.strip() in ("1", "true")
                        elif kind == "d":
                            value = datetime.fromisoformat(raw.strip().rstrip("Z"))
                        else:
                            number = float(raw)
                            style = int(element.get("s", "0"))
                            if style in dates:
                                value = _from_serial(number, epoch)
                            elif number.is_integer() and "E" not in raw and "." not in raw:
                                value = int(raw)
                            else:
                                value = number
                if value is not None:
                    cells[column] = value
                element.clear()
            elif tag == f"{MAIN}row" or tag == f"{STRICT}row":
                number = element.get("r")
                row_no = int(number) if number else last_row + 1
                if row_no <= last_row or row_no > MAX_ROWS:
                    raise WorkbookFormatError(f"행 번호 {row_no}이(가) 올바르지 않습니다")
                last_row = row_no
                next_column = 0
                if cells:
                    width = max(cells) + 1
                    yield row_no, tuple(cells.get(i) for i in range(width))
                    cells = {}
                if sheet_data is not None:
                    sheet_data.clear()  # keep memory flat however long the sheet
