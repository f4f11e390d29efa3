"""The reader of xlsx cell values, for importing large workbooks.

``XlsxReader`` hands a workbook to python-calamine (Rust) when every part has been
checked to be within what calamine may be given (``_fits_calamine``), and to the
streaming reader otherwise; both give the same values. The rest of this docstring is
the streaming reader's.

openpyxl's read-only mode builds a cell object per value and spends most of
an import's time doing so; the streaming reader streams each sheet's XML with
ElementTree and yields plain values: ``str``, ``int``, ``float``, ``bool``,
``datetime`` for cells with a date format (1900 and 1904 date systems), and
None. A formula yields the value Excel saved with it, as openpyxl does with
``data_only=True``. Anything malformed raises ``WorkbookFormatError``.

What a workbook can make the reader inflate, hold and walk through is bounded
(``WorkbookTooLarge``, a ``WorkbookFormatError``, names the sheet or part): the
bytes each zip member inflates to (its declared size is checked before, and the
bytes actually inflated are counted while streaming), the bytes of all members
together, the XML elements of all members together (what reading time goes by),
the rows with values per sheet, the characters of a cell, the number and total
length of the shared strings, the elements inside one cell and the bytes of XML
with no element ending (one text or tag). Every part is streamed,
and each element is dropped once read, so that memory stays flat whatever the
XML holds. A DTD is refused (the package format forbids it, and its entities
could expand far beyond the file), and so is an encoding other than UTF-8 or
UTF-16 (the only ones it allows).
"""

from __future__ import annotations

import itertools
import re
import zipfile
import zlib
from collections.abc import Generator, Iterator
from contextlib import contextmanager
from datetime import date, datetime, time, timedelta
from pathlib import Path
from posixpath import join, normpath
from types import TracebackType
from typing import IO
from xml.etree import ElementTree as ET

from python_calamine import CalamineError, CalamineSheet, CalamineWorkbook

from deskapp.domain.korean import particle
from deskapp.i18n import translate

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

# Limits. The district's largest real workbook has about 50,000 rows in
# all and 18 MB of sheet XML; each limit is several times what it would need.
MAX_SHEET_ROWS = 300_000
"""Rows with a value in one sheet (six times the largest real workbook, all sheets)."""
MAX_CELL_CHARS = 32_767
"""Characters in one cell: Excel's own limit."""
MAX_SHARED_STRINGS = 500_000
MAX_SHARED_CHARS = 20_000_000
"""Shared strings, and their characters all together (about 80 MB held at most; the
largest real workbook, saved by Excel, would have well under 100,000 strings)."""
MAX_SHEET_BYTES = 256 << 20
MAX_SHARED_BYTES = 128 << 20
MAX_PART_BYTES = 64 << 20
"""Inflated bytes of a sheet, of the shared strings, of any other part read."""
MAX_WORKBOOK_BYTES = 512 << 20
"""Inflated bytes of every part read, together."""
MAX_QUIET_BYTES = 8 << 20
"""XML read with no element ending: a text or a tag that long is no spreadsheet's."""
MAX_CELL_ELEMENTS = 100_000
"""Elements inside one cell (rich-text runs and their formats)."""
MAX_ELEMENTS = 10_000_000
"""XML elements of every part read, together: what bounds the time reading takes (about
a million in the largest real workbook; 300,000 rows of ten columns fit)."""
MAX_SHEETS = 10_000
"""Sheets, and relationships of the workbook."""
MAX_CELL_STYLES = 100_000
"""Cell formats and number formats (Excel allows about 64,000)."""
_CHUNK = 16 * 1024  # what iterparse asks for; larger blocks read slower
_PROLOG_BYTES = _CHUNK  # the XML declaration and whatever precedes the root: the first block
_XML_DECL_ENCODING = re.compile(r"""encoding\s*=\s*["']([^"']*)["']""")

Row = tuple[object, ...]
# What a damaged or hostile file makes the zip, zlib and XML layers raise.
_DAMAGE = (
    KeyError,
    ET.ParseError,
    ValueError,
    IndexError,
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    OSError,
    EOFError,
    OverflowError,
    zlib.error,
    NotImplementedError,
    RuntimeError,
)


class WorkbookFormatError(Exception):
    """The file is not a readable xlsx workbook (the message says what was wrong)."""


class WorkbookTooLarge(WorkbookFormatError):
    """The workbook goes beyond one of the reader's limits; the message names the sheet
    (or part) and the limit, ``row`` the sheet row where reading stopped (0: none)."""

    def __init__(self, message: str, row: int = 0) -> None:
        super().__init__(message)
        self.row = row


def _mb(size: int) -> str:
    return f"{size / (1 << 20):,.0f}MB"


def _too_big(where: str, limit: int) -> str:
    return translate(
        "xlsx",
        "{where}: not read, as it is over {size} once uncompressed. "
        "Split the workbook and import the parts.",
    ).format(where=where, size=_mb(limit))


def _too_big_in_all(where: str) -> str:
    return translate(
        "xlsx",
        "Reading stopped at {where}: the workbook is over {size} in all once uncompressed. "
        "Split the workbook and import the parts.",
    ).format(where=where, size=_mb(MAX_WORKBOOK_BYTES))


class _Source:
    """A zip member's inflated bytes for the XML parser, counted while they are read.

    Raises WorkbookTooLarge once the member has inflated to more than ``limit`` bytes,
    once the reader's parts together pass MAX_WORKBOOK_BYTES, or once more than
    MAX_QUIET_BYTES were read since the parser's reader last set ``quiet`` to 0 (at
    each element's end). The first block is checked for a DTD and its encoding.
    """

    def __init__(self, handle: IO[bytes], reader: _StreamingReader, where: str, limit: int) -> None:
        self._handle = handle
        self._reader = reader
        self._where = where
        self._limit = limit
        self.count = 0
        self.quiet = 0

    def read(self, size: int = -1) -> bytes:
        """The next block (the size asked is not heeded: never more than a block)."""
        first = self.count == 0
        data = self._handle.read(_CHUNK)
        got = len(data)
        self.count += got
        self.quiet += got
        self._reader._inflated += got
        if self.count > self._limit:
            raise WorkbookTooLarge(_too_big(self._where, self._limit))
        if self._reader._inflated > MAX_WORKBOOK_BYTES:
            raise WorkbookTooLarge(_too_big_in_all(self._where))
        if self.quiet > MAX_QUIET_BYTES:
            raise WorkbookTooLarge(
                translate(
                    "xlsx",
                    "{where}: a single text or tag is over {size} "
                    "(a cell holds at most {limit:,} characters).",
                ).format(where=self._where, size=_mb(MAX_QUIET_BYTES), limit=MAX_CELL_CHARS)
            )
        if first:
            _check_prolog(data, self._where)
        return data


def _check_prolog(head: bytes, where: str) -> None:
    """Refuse a DTD and an encoding other than UTF-8 or UTF-16 before the root element."""
    if head.startswith((b"\xff\xfe", b"<\x00")):
        text = head.decode("utf-16-le", "ignore")
    elif head.startswith((b"\xfe\xff", b"\x00<")):
        text = head.decode("utf-16-be", "ignore")
    else:
        text = head.decode("utf-8", "ignore")
    text = text.lstrip("\ufeff")
    position = 0
    while True:
        while position < len(text) and text[position] in " \t\r\n":
            position += 1
        if position >= len(text):
            if len(head) < _PROLOG_BYTES:
                return  # an empty or short part: the parser says what is wrong
            break
        if text.startswith("<?", position):
            end = text.find("?>", position)
            if end < 0:
                break
            declared = _XML_DECL_ENCODING.search(text, position, end)
            if declared and declared.group(1).lower() not in ("utf-8", "utf-16"):
                raise WorkbookFormatError(
                    translate(
                        "xlsx",
                        "The character encoding '{encoding}' of {where} cannot be used in xlsx "
                        "(UTF-8 or UTF-16 only)",
                    ).format(
                        where=where,
                        encoding=declared.group(1),
                        encoding_josa=particle(declared.group(1), "은/는"),  # korean-data
                    )
                )
            position = end + 2
        elif text.startswith("<!--", position):
            end = text.find("-->", position)
            if end < 0:
                break
            position = end + 3
        elif text.startswith("<!", position):
            raise WorkbookFormatError(
                translate(
                    "xlsx",
                    "{where} has a DTD (<!DOCTYPE ...>). xlsx does not use one, so it is not read",
                ).format(where=where)
            )
        else:
            return  # the root element, or something the parser refuses
    raise WorkbookFormatError(
        translate("xlsx", "The XML declaration of {where} is too long").format(where=where)
    )


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


class _LocalNames(dict[str, str]):
    """Tag → local name, remembered for the first few hundred tags (the hot loops look up
    the same few tags millions of times)."""

    def __missing__(self, tag: str) -> str:
        name = _local(tag)
        if len(self) < 256:
            self[tag] = name
        return name


_LOCAL = _LocalNames()


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
        raise WorkbookFormatError(
            translate("xlsx", "Invalid cell reference '{reference}'").format(reference=reference)
        )
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
        name = _LOCAL[child.tag]
        if name == "t":
            parts.append(child.text or "")
        elif name == "r":
            parts.extend(t.text or "" for t in child if _LOCAL[t.tag] == "t")
    return "".join(parts)


class _StreamingReader:
    """An open workbook read by streaming its XML in Python: its sheet names, and each
    sheet's rows as plain values, every limit checked as it is read."""

    def __init__(self, path: Path | IO[bytes]) -> None:
        self._inflated = 0  # bytes inflated from every part read so far
        self._elements = 0  # elements read from every part so far
        try:
            self._zip = zipfile.ZipFile(path)
        except _DAMAGE as error:
            raise WorkbookFormatError(
                translate("xlsx", "Not a zip file ({error})").format(error=error)
            ) from None
        try:
            self._names = set(self._zip.namelist())
            self._sheets = self._read_workbook()
            self._shared = self._read_shared_strings()
            self._dates = self._read_date_styles()
        except WorkbookFormatError:
            self._zip.close()
            raise
        except _DAMAGE as error:
            self._zip.close()
            raise WorkbookFormatError(
                translate("xlsx", "The workbook's structure is not valid ({error})").format(
                    error=error
                )
            ) from None

    def close(self) -> None:
        self._zip.close()

    @property
    def sheet_names(self) -> list[str]:
        return list(self._sheets)

    @contextmanager
    def _open(self, name: str, where: str, limit: int) -> Iterator[_Source]:
        """Part ``name`` as a counted source, refused first if the size the zip declares
        for it passes ``limit`` or what is left of MAX_WORKBOOK_BYTES."""
        info = self._zip.getinfo(name)
        if info.file_size > limit:
            raise WorkbookTooLarge(
                translate(
                    "xlsx",
                    "{where}: not read, as it says it is {size} once uncompressed, "
                    "over the limit of {limit}. Split the workbook and import the parts.",
                ).format(where=where, size=_mb(info.file_size), limit=_mb(limit))
            )
        if self._inflated + info.file_size > MAX_WORKBOOK_BYTES:
            raise WorkbookTooLarge(_too_big_in_all(where))
        with self._zip.open(info) as handle:
            yield _Source(handle, self, where, limit)

    def _spend(self, elements: int, where: str) -> None:
        """Count ``elements`` more read; past MAX_ELEMENTS, refuse."""
        self._elements += elements
        if self._elements > MAX_ELEMENTS:
            raise _too_many_elements(where)

    def _ends(
        self, name: str, where: str, limit: int
    ) -> Iterator[tuple[ET.Element, list[ET.Element]]]:
        """Each element of part ``name`` at its end, with its open ancestors (root first).
        The element is then dropped from its parent: no element keeps children, and
        memory stays flat however many elements the part holds."""
        with self._open(name, where, limit) as source:
            stack: list[ET.Element] = []
            for event, element in ET.iterparse(source, events=("start", "end")):
                if event == "start":
                    stack.append(element)
                    continue
                stack.pop()
                source.quiet = 0
                self._spend(1, where)
                yield element, stack
                if stack:
                    del stack[-1][:]

    def _read_workbook(self) -> dict[str, str]:
        self._epoch = _EPOCH_1900
        targets: dict[str, str] = {}
        rels_name = "xl/_rels/workbook.xml.rels"
        for rel, ancestors in self._ends(rels_name, f"'{rels_name}'", MAX_PART_BYTES):
            if len(ancestors) != 1:
                continue
            if len(targets) >= MAX_SHEETS:
                raise WorkbookTooLarge(
                    translate("xlsx", "'{part}' has over {limit:,} relationships.").format(
                        part=rels_name, limit=MAX_SHEETS
                    )
                )
            target = rel.get("Target", "")
            absolute = target.startswith("/")
            targets[rel.get("Id", "")] = (
                target.lstrip("/") if absolute else normpath(join("xl", target))
            )
        sheets: dict[str, str] = {}
        for element, _ in self._ends("xl/workbook.xml", "'xl/workbook.xml'", MAX_PART_BYTES):
            name = _local(element.tag)
            if name == "workbookPr" and element.get("date1904") in ("1", "true"):
                self._epoch = _EPOCH_1904
            elif name == "sheet":
                rel_id = element.get(f"{REL}id") or element.get(
                    "{http://purl.oclc.org/ooxml/officeDocument/relationships}id", ""
                )
                if rel_id in targets:
                    if len(sheets) >= MAX_SHEETS:
                        raise WorkbookTooLarge(
                            translate("xlsx", "The workbook has over {limit:,} sheets.").format(
                                limit=MAX_SHEETS
                            )
                        )
                    sheets[element.get("name", "")] = targets[rel_id]
        return sheets

    def _read_shared_strings(self) -> list[str]:
        """The shared strings, each the text of its ``<t>`` and rich-text runs ``<r><t>``
        (not phonetics), within MAX_SHARED_STRINGS, MAX_SHARED_CHARS and MAX_CELL_CHARS."""
        name = "xl/sharedStrings.xml"
        if name not in self._names:
            return []
        where = translate("xlsx", "shared strings table ('{part}')").format(part=name)
        strings: list[str] = []
        total = 0  # characters
        depth = 0  # inside a string item (si): how deep (the si itself is 1)
        inner = 0  # elements ended inside the open si
        stack: list[ET.Element] = []  # the open elements outside string items
        used, left = 0, MAX_ELEMENTS - self._elements  # elements read here, and allowed
        try:
            with self._open(name, where, MAX_SHARED_BYTES) as source:
                for event, element in ET.iterparse(source, events=("start", "end")):
                    if event == "start":
                        if depth:
                            depth += 1
                        elif _LOCAL[element.tag] == "si":
                            depth, inner = 1, 0
                        else:
                            if not stack:  # the table: Excel declares how many strings
                                declared = element.get("uniqueCount", "")
                                if declared.isdigit() and int(declared) > MAX_SHARED_STRINGS:
                                    raise WorkbookTooLarge(_too_many_strings(where, int(declared)))
                            stack.append(element)
                        continue
                    if depth > 1:
                        depth -= 1
                        inner += 1
                        if inner > MAX_CELL_ELEMENTS:
                            raise WorkbookTooLarge(
                                translate(
                                    "xlsx", "{where}: string {n:,} has over {limit:,} XML elements."
                                ).format(where=where, n=len(strings) + 1, limit=MAX_CELL_ELEMENTS)
                            )
                        continue
                    source.quiet = 0
                    used += inner + 1 if depth else 1
                    if used > left:
                        raise _too_many_elements(where)
                    if depth:  # the string item ends
                        depth = inner = 0
                        text = _text(element)
                        element.clear()
                        strings.append(text)
                        total += len(text)
                        if len(text) > MAX_CELL_CHARS:
                            raise WorkbookTooLarge(
                                translate(
                                    "xlsx",
                                    "{where}: string {n:,} is longer than the {limit:,} "
                                    "characters a cell can hold.",
                                ).format(where=where, n=len(strings), limit=MAX_CELL_CHARS)
                            )
                        if len(strings) > MAX_SHARED_STRINGS:
                            raise WorkbookTooLarge(_too_many_strings(where))
                        if total > MAX_SHARED_CHARS:
                            raise WorkbookTooLarge(
                                translate(
                                    "xlsx",
                                    "{where}: the shared strings are over {limit:,} characters "
                                    "in all. Split the workbook and import the parts.",
                                ).format(where=where, limit=MAX_SHARED_CHARS)
                            )
                    else:
                        stack.pop()
                    if stack:
                        del stack[-1][:]
        finally:
            self._elements += used
        return strings

    def _read_date_styles(self) -> frozenset[int]:
        name = "xl/styles.xml"
        if name not in self._names:
            return frozenset()
        custom: dict[int, str] = {}
        formats: list[int] = []  # the number format of each cell format (cellXfs), in order
        too_many = WorkbookTooLarge(
            translate("xlsx", "'{part}' has over {limit:,} cell formats.").format(
                part=name, limit=MAX_CELL_STYLES
            )
        )
        for element, ancestors in self._ends(name, f"'{name}'", MAX_PART_BYTES):
            local = _local(element.tag)
            if local == "numFmt":
                if len(custom) >= MAX_CELL_STYLES:
                    raise too_many
                custom[int(element.get("numFmtId", "0"))] = element.get("formatCode", "")
            elif len(ancestors) == 2 and _local(ancestors[1].tag) == "cellXfs":
                if len(formats) >= MAX_CELL_STYLES:
                    raise too_many
                formats.append(int(element.get("numFmtId", "0")))
        return frozenset(
            index
            for index, fmt in enumerate(formats)
            if fmt in _BUILTIN_DATES or (fmt in custom and _is_date_format(custom[fmt]))
        )

    def rows(self, sheet: str) -> Generator[tuple[int, Row], None, None]:
        """``(row number, values)`` for every row that has a cell, in order.

        Rows the file leaves out (empty rows) are not yielded; the row number
        says where each row stands in the sheet. More than MAX_SHEET_ROWS rows with a
        value, or a cell of more than MAX_CELL_CHARS characters, raise WorkbookTooLarge.
        """
        where = translate("xlsx", "sheet '{sheet}'").format(sheet=sheet)
        try:
            with self._open(self._sheets[sheet], where, MAX_SHEET_BYTES) as source:
                yield from self._stream(source, sheet)
        except WorkbookFormatError:
            raise
        except _DAMAGE as error:
            raise WorkbookFormatError(
                translate("xlsx", "Cannot read sheet '{sheet}' ({error})").format(
                    sheet=sheet, sheet_josa=particle(sheet, "을/를"), error=error
                )
            ) from None

    def _stream(self, source: _Source, sheet: str) -> Iterator[tuple[int, Row]]:
        shared, dates, epoch = self._shared, self._dates, self._epoch
        cells: dict[int, object] = {}
        last_row = 0
        next_column = 0
        count = 0  # rows yielded
        depth = 0  # inside a cell: how deep (the cell itself is 1)
        inner = 0  # elements ended inside the open cell
        width = 0  # cells ended since the last row
        # The open elements outside cells, root first: an element that ends outside a
        # cell is dropped from its parent (rows from sheetData once read), and a cell's
        # children from it once read, so that nothing piles up however long the sheet.
        stack: list[ET.Element] = []
        cell_tags = (f"{MAIN}c", f"{STRICT}c")
        row_tags = (f"{MAIN}row", f"{STRICT}row")
        used, left = 0, MAX_ELEMENTS - self._elements  # elements read here, and allowed
        where = translate("xlsx", "sheet '{sheet}'").format(sheet=sheet)
        try:
            for event, element in ET.iterparse(source, events=("start", "end")):
                if event == "start":
                    if depth:
                        depth += 1
                    elif element.tag in cell_tags:
                        depth, inner = 1, 0
                    else:
                        stack.append(element)
                    continue
                if depth > 1:
                    depth -= 1
                    inner += 1
                    if inner > MAX_CELL_ELEMENTS:
                        raise WorkbookTooLarge(
                            translate(
                                "xlsx",
                                "Sheet '{sheet}': a cell near row {row} has over {limit:,} "
                                "XML elements.",
                            ).format(sheet=sheet, row=last_row + 1, limit=MAX_CELL_ELEMENTS),
                            last_row + 1,
                        )
                    continue
                if depth:  # the cell ends
                    depth = 0
                    width += 1
                    used += inner + 1
                    if used > left:
                        raise _too_many_elements(where)
                    if width > MAX_COLUMNS:  # read cells stay in their row until it ends
                        raise WorkbookFormatError(
                            translate(
                                "xlsx", "A row near row {row} has over {limit:,} cells"
                            ).format(row=last_row + 1, limit=MAX_COLUMNS)
                        )
                    reference = element.get("r")
                    column = _column_index(reference) if reference else next_column
                    next_column = column + 1
                    kind = element.get("t", "n")
                    value: object = None
                    if kind == "inlineStr":
                        for child in element:
                            if _LOCAL[child.tag] == "is":
                                value = _text(child)
                                if len(value) > MAX_CELL_CHARS:
                                    raise _long_cell(sheet, reference, column, last_row, len(value))
                    else:
                        raw = None
                        for child in element:
                            if _LOCAL[child.tag] == "v":
                                raw = child.text
                        if raw is not None:
                            if kind == "s":
                                value = shared[int(raw)]
                            elif kind in ("str", "e"):
                                if len(raw) > MAX_CELL_CHARS:
                                    raise _long_cell(sheet, reference, column, last_row, len(raw))
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
                    source.quiet = 0
                    continue
                stack.pop()
                used += 1
                if used > left:
                    raise _too_many_elements(where)
                if element.tag in row_tags:
                    number = element.get("r")
                    row_no = int(number) if number else last_row + 1
                    if row_no <= last_row or row_no > MAX_ROWS:
                        raise WorkbookFormatError(
                            translate("xlsx", "Row number {row} is not valid").format(
                                row=row_no,
                                row_josa=particle(row_no, "이/가"),  # korean-data
                            )
                        )
                    last_row = row_no
                    next_column = width = 0
                    source.quiet = 0
                    if stack:
                        del stack[-1][:]  # keep memory flat however long the sheet
                    if cells:
                        count += 1
                        if count > MAX_SHEET_ROWS:
                            raise WorkbookTooLarge(_too_many_rows(sheet, row_no), row_no)
                        yield row_no, tuple(cells.get(i) for i in range(max(cells) + 1))
                        cells = {}
                else:
                    source.quiet = 0
                    if stack:
                        del stack[-1][:]

        finally:
            self._elements += used


def _too_many_elements(where: str) -> WorkbookTooLarge:
    return WorkbookTooLarge(
        translate(
            "xlsx",
            "Reading stopped at {where}: over {limit:,} XML elements (cells, rows and so on) "
            "in all. Split the workbook and import the parts.",
        ).format(where=where, limit=MAX_ELEMENTS)
    )


def _too_many_rows(sheet: str, row_no: int) -> str:
    return translate(
        "xlsx",
        "Sheet '{sheet}' has over {limit:,} rows with values (stopped at row {row:,}). "
        "An import takes at most {limit:,} rows per sheet "
        "(the district's largest workbook has about 50,000 rows in all). "
        "Split the workbook and import the parts.",
    ).format(sheet=sheet, limit=MAX_SHEET_ROWS, row=row_no)


def _too_many_strings(where: str, declared: int | None = None) -> str:
    if declared is not None:
        return translate(
            "xlsx",
            "{where}: over {limit:,} shared strings ({declared:,} declared). "
            "Split the workbook and import the parts.",
        ).format(where=where, limit=MAX_SHARED_STRINGS, declared=declared)
    return translate(
        "xlsx",
        "{where}: over {limit:,} shared strings. Split the workbook and import the parts.",
    ).format(where=where, limit=MAX_SHARED_STRINGS)


def _long_cell(
    sheet: str, reference: str | None, column: int, last_row: int, length: int
) -> WorkbookTooLarge:
    """The error for a cell of ``length`` characters, more than MAX_CELL_CHARS."""
    digits = "".join(ch for ch in reference or "" if ch.isdigit())
    row = int(digits) if digits else last_row + 1
    cell = reference or translate("xlsx", "row {row}, column {column}").format(
        row=row, column=column + 1
    )
    return WorkbookTooLarge(
        translate(
            "xlsx",
            "Sheet '{sheet}': cell {cell} has {length:,} characters, more than the "
            "{limit:,} a cell can hold.",
        ).format(sheet=sheet, cell=cell, length=length, limit=MAX_CELL_CHARS),
        row,
    )


# -- the fast path: python-calamine, for workbooks shown to be within its envelope ----------

_CALAMINE_PART_BYTES = 32 << 20
"""Inflated bytes of any part calamine is given; a larger part is read by the streaming
reader, whose own limits then apply."""
_CALAMINE_MAX_ROW = 99_999
_CALAMINE_MAX_COLUMN = 26
"""Every cell calamine is given lies in A1:Z99999 (rows of at most five digits): calamine
holds a sheet as one dense block from its first cell to its last, so that block stays
under 2.6 million cells (about 83 MB) whatever the sheet's cells say. The district's
largest real sheet has about 22,000 rows of seven columns."""
_CALAMINE_CELLS = re.compile(
    rb'<c(?=[\s>/])(?! r="[A-Z][1-9][0-9]{0,4}"(?: s="[0-9]{1,6}")?'
    rb'(?: t="(?:s|n|b|str|inlineStr)")?/?>)'
)
"""A cell tag not written as Excel writes it (``<c r="A1" s="1" t="s">``, the reference
first and within the block, no other attribute), or a cell of a kind left to the streaming
reader: an error (calamine gives it empty, the streaming reader its text, which the
import then refuses) or an ISO date. Such a workbook is read by the streaming reader."""
_PREFIXED_CELL = re.compile(rb":c[\s>/]")
_SHARED_ITEM = re.compile(rb":si[\s>/]")
_CONTROL = bytes([*range(0, 9), 11, 12, *range(14, 32)])
_ODD_ENTITY = re.compile(rb"&(?!amp;|lt;|gt;|quot;|apos;)")  # and character references


def _parser_refuses(data: bytes) -> bool:
    """Whether the part holds what the streaming reader's parser refuses and calamine
    reads on: control characters, character references (which may name one), entities
    XML does not define, ``]]>`` in text."""
    return (
        len(data.translate(None, _CONTROL)) != len(data)
        or b"]]>" in data
        or (b"&" in data and _ODD_ENTITY.search(data) is not None)
    )


_DECLARED_ENCODING = re.compile(rb"""encoding\s*=\s*["']([^"']*)["']""")


def _inflate(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """The part's bytes, inflated a megabyte at a time: no more than the zip declares is
    inflated, and a part that inflates to other bytes fails its CRC (``BadZipFile``)."""
    with archive.open(info) as handle:
        return b"".join(iter(lambda: handle.read(1 << 20), b""))


def _balanced(data: bytes) -> bool:
    """Whether the part's tags open as many elements as they close: calamine reads on
    past a tag left open (``<t><b>text</t>``), which the streaming reader refuses."""
    opened = data.count(b"<") - 2 * data.count(b"</") - data.count(b"<?") - data.count(b"<!")
    return opened == data.count(b"/>")


def _fits_calamine(archive: zipfile.ZipFile) -> tuple[bool, bool]:
    """Whether every part of ``archive`` is within what calamine is given (see the
    constants above), and whether the workbook counts dates from 1904.

    Every part is inflated here (its CRC checked) and looked over whatever its name, as
    calamine goes by the workbook's relationships. A part that is XML but not plain
    UTF-8, has a DTD, holds what an XML parser refuses or leaves a tag open; a cell
    outside the block or not written as Excel writes it, or an error or ISO-dated cell;
    shared strings past the limits or with a string that might pass MAX_CELL_CHARS: any
    of these sends the whole workbook to the streaming reader, which names what is wrong,
    if anything is. What calamine holds is bounded by these checks."""
    infos = archive.infolist()
    if len(infos) > MAX_SHEETS or sum(i.file_size for i in infos) > MAX_WORKBOOK_BYTES:
        return False, False
    date1904 = False
    strings = 0
    for info in infos:
        if info.file_size > _CALAMINE_PART_BYTES:
            return False, False
        data = _inflate(archive, info)
        head = data[:_PROLOG_BYTES]
        if head.startswith((b"\xff\xfe", b"\xfe\xff", b"<\x00", b"\x00<")):
            return False, False  # UTF-16
        if head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] != b"<":
            if b"<c" in data or b"<si" in data:
                return False, False  # not XML, or not only: calamine might still read it
            continue  # a picture, a printer's settings
        declared = _DECLARED_ENCODING.search(head, 0, 200)
        if declared and declared.group(1).lower() != b"utf-8":
            return False, False
        try:
            _check_prolog(head, info.filename)
        except WorkbookFormatError:
            return False, False
        if info.filename == "xl/workbook.xml":
            date1904 = re.search(rb"date1904\s*=\s*[\"'](?:1|true)[\"']", data) is not None
        cells, shared = b"<c" in data, b"<si" in data
        if not (cells or shared):
            continue  # no values: the workbook's list of sheets, styles, a theme
        if shared:  # first: a table past the limits is refused at once by the streaming reader
            strings += data.count(b"<si>") + data.count(b"<si ")
            if (
                strings > MAX_SHARED_STRINGS
                or len(data) > MAX_SHARED_CHARS
                or _SHARED_ITEM.search(data)
                or max(map(len, data.split(b"<"))) > MAX_CELL_CHARS
            ):
                return False, False
        if _parser_refuses(data) or not _balanced(data):
            return False, False
        if cells and (_CALAMINE_CELLS.search(data) or _PREFIXED_CELL.search(data)):
            return False, False
    return True, date1904


def _cell_name(row: int, column: int) -> str:
    """(2, 4) → ``"E2"``: the zero-based column's letters and the sheet row."""
    letters = ""
    column += 1
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return f"{letters}{row}"


class XlsxReader:
    """An open workbook: its sheet names, and each sheet's rows as plain values.

    A workbook within calamine's envelope (``_fits_calamine``: what nearly every workbook
    Excel or a program writes is) is read by python-calamine, in Rust; any other by the
    streaming reader, which checks every limit as it reads and names the one passed. Both
    give the same values: ``str``, ``int`` (a number with no fraction), ``float``,
    ``bool``, ``datetime`` for a cell with a date or time format, and None for an empty
    cell; a formula gives the value Excel saved with it.
    """

    def __init__(self, path: Path | IO[bytes]) -> None:
        self._path = path
        self._calamine: CalamineWorkbook | None = None
        self._streaming: _StreamingReader | None = None
        fits, date1904 = False, False
        try:
            with zipfile.ZipFile(path) as archive:
                fits, date1904 = _fits_calamine(archive)
        except _DAMAGE:
            fits = False
        if fits:
            try:
                if not isinstance(path, Path):
                    path.seek(0)
                self._calamine = CalamineWorkbook.from_object(path)
                self._names = list(self._calamine.sheet_names)
            except (CalamineError, *_DAMAGE):
                self._calamine = None
        if self._calamine is None:
            if not isinstance(path, Path):
                path.seek(0)
            self._streaming = _StreamingReader(path)
            self._names = self._streaming.sheet_names
        self._epoch = _EPOCH_1904 if date1904 else _EPOCH_1900

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
        if self._calamine is not None:
            self._calamine.close()
        if self._streaming is not None:
            self._streaming.close()

    @property
    def sheet_names(self) -> list[str]:
        return list(self._names)

    @property
    def fast(self) -> bool:
        """True when calamine reads this workbook."""
        return self._calamine is not None

    def rows(self, sheet: str) -> Generator[tuple[int, Row], None, None]:
        """``(row number, values)`` for every row that has a value, in order.

        Rows with no value are not yielded; the row number says where each row stands
        in the sheet. More than MAX_SHEET_ROWS rows with a value, or a cell of more than
        MAX_CELL_CHARS characters, raise WorkbookTooLarge.
        """
        data = None
        if self._calamine is not None:
            try:
                data = self._calamine.get_sheet_by_name(sheet)
            except (CalamineError, *_DAMAGE):
                data = None  # the streaming reader says what is wrong
        if data is None:
            yield from self._streamed().rows(sheet)
        else:
            yield from self._convert(sheet, data)

    def _streamed(self) -> _StreamingReader:
        if self._streaming is None:
            if not isinstance(self._path, Path):
                self._path.seek(0)
            self._streaming = _StreamingReader(self._path)
        return self._streaming

    def _convert(self, sheet: str, data: CalamineSheet) -> Iterator[tuple[int, Row]]:
        """Calamine's rows as the streaming reader gives them: empty cells None, whole
        numbers int, dates and times datetime, trailing empty cells left off."""
        start, end = data.start, data.end
        if start is None or end is None:
            return
        rows = iter(data.iter_rows())
        first = next(rows, None)
        if first is None:
            return
        # calamine gives its block's columns, and its rows from the block's first (whose
        # first row has a value) or, as 0.9 does, from the sheet's first: counted back
        # from the block's last cell and from what the first row given holds.
        first_row = start[0] if any(v != "" for v in first) else 0
        first_column = end[1] + 1 - len(first)
        pad: list[object] = [None] * first_column
        epoch = self._epoch
        count = 0
        for index, values in enumerate(itertools.chain((first,), rows)):
            row_no = first_row + index + 1
            cells: list[object] = [*pad, *values]
            last = -1
            for column in range(first_column, len(cells)):
                value = cells[column]
                if type(value) is str:  # most cells: text, or "" for an empty cell
                    if not value:
                        cells[column] = None
                        continue
                    if len(value) > MAX_CELL_CHARS:
                        cell = _cell_name(row_no, column)
                        raise _long_cell(sheet, cell, column, row_no - 1, len(value))
                else:
                    cells[column] = _plain(value, epoch)
                last = column
            if last < 0:
                continue
            count += 1
            if count > MAX_SHEET_ROWS:
                raise WorkbookTooLarge(_too_many_rows(sheet, row_no), row_no)
            yield row_no, tuple(cells[: last + 1])


def _plain(value: object, epoch: datetime) -> object:
    """A value calamine gives that is not text, as the streaming reader gives it."""
    if isinstance(value, float):
        return int(value) if value.is_integer() else value
    if isinstance(value, datetime) or not isinstance(value, date | time | timedelta):
        return value
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    if isinstance(value, time):  # a time format, the serial under one day
        seconds = value.hour * 3600 + value.minute * 60 + value.second
        return _from_serial((seconds + value.microsecond / 1e6) / 86_400, epoch)
    return _from_serial(value.total_seconds() / 86_400, epoch)  # a duration format
