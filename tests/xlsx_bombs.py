"""Workbooks that cost far more to read than their size on disk, for the import's limits.

Each is written as a stream of XML straight into a zip member (never through
openpyxl), so that even a million rows is built in about a second:

- ``shared_strings_bomb``: a shared-strings table of millions of tiny strings,
  a few hundred kilobytes compressed (the issue's "1.5 MB workbook that takes
  1.6 GB");
- ``invalid_rows_bomb``: a 구직자 sheet of a million rows, each wrong in three
  cells (the issue's "61 s, 1 GB, 3.1 million lines");
- ``blank_rows_bomb``: a 상담 sheet of rows that have a value only in a column
  the import does not read (each row skipped as empty: only the row limit
  stops it);
- ``inflated_part``: one sheet that inflates to many times its compressed size
  (a zip bomb), optionally with a central directory that declares another size;
- ``long_cell``: one cell of more characters than Excel allows in a cell;
- ``entity_late``: an entity declared in a DTD and expanded late in a sheet.

``python -m tests.xlsx_bombs FOLDER`` writes the two bombs the import must refuse into FOLDER.
"""

from __future__ import annotations

import struct
import sys
import zipfile
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="xml" ContentType="application/xml"/></Types>'
)


def _workbook(sheets: list[str]) -> str:
    entries = "".join(
        f'<sheet name="{name}" sheetId="{i}" r:id="rId{i}"/>' for i, name in enumerate(sheets, 1)
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN}" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        f"<sheets>{entries}</sheets></workbook>"
    )


def _rels(sheets: list[str]) -> str:
    entries = "".join(
        f'<Relationship Id="rId{i}" Target="worksheets/sheet{i}.xml" Type="worksheet"/>'
        for i in range(1, len(sheets) + 1)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f"{entries}</Relationships>"
    )


def _cell(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def _row2(values: list[str]) -> str:
    """Row 2 with ``values`` in columns A, B, C..."""
    cells = "".join(_cell(f"{chr(65 + i)}2", v) for i, v in enumerate(values))
    return f'<row r="2">{cells}</row>'


def _header(headings: list[str]) -> str:
    cells = "".join(_cell(f"{chr(65 + i)}1", h) for i, h in enumerate(headings))
    return f'<row r="1">{cells}</row>'


def _write(
    path: Path,
    sheets: dict[str, Iterable[str]],
    extra: Mapping[str, Iterable[str]] | None = None,
    level: int = 1,
) -> Path:
    """A workbook whose sheets (and extra parts) are written from pieces of XML text."""
    names = list(sheets)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as archive:
        archive.writestr("[Content_Types].xml", _TYPES)
        archive.writestr("xl/workbook.xml", _workbook(names))
        archive.writestr("xl/_rels/workbook.xml.rels", _rels(names))
        parts = {f"xl/worksheets/sheet{i}.xml": p for i, p in enumerate(sheets.values(), 1)}
        for name, pieces in {**parts, **(extra or {})}.items():
            with archive.open(name, "w", force_zip64=True) as member:
                buffer: list[str] = []
                size = 0
                for piece in pieces:
                    buffer.append(piece)
                    size += len(piece)
                    if size > 1 << 20:
                        member.write("".join(buffer).encode())
                        buffer, size = [], 0
                member.write("".join(buffer).encode())
    return path


def _sheet(header: list[str], rows: Iterable[str]) -> Iterator[str]:
    yield f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}"><sheetData>'
    yield _header(header)
    yield from rows
    yield "</sheetData></worksheet>"


SEEKER_HEADER = ["구직자번호", "성명", "등록창구", "등록일"]


def shared_strings_bomb(path: Path, count: int = 2_000_000, declared: bool = False) -> Path:
    """A valid one-row 구직자 sheet, and a shared-strings table of ``count`` strings '가'
    (``declared``: saying how many in its ``uniqueCount``, as Excel does)."""

    def table() -> Iterator[str]:
        unique = f' uniqueCount="{count}"' if declared else ""
        yield f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN}"{unique}>'
        chunk = "<si><t>가</t></si>" * 10_000
        for _ in range(count // 10_000):
            yield chunk
        yield "<si><t>가</t></si>" * (count % 10_000)
        yield "</sst>"

    row = _row2(["S1", "김민수", "plus", "2018-03-02"])
    return _write(
        path,
        {"구직자": _sheet(SEEKER_HEADER, [row])},
        {"xl/sharedStrings.xml": table()},
    )


def invalid_rows_bomb(path: Path, rows: int = 1_000_000) -> Path:
    """A 구직자 sheet of ``rows`` rows, each with three wrong cells (성명, 등록창구, 등록일)."""

    def body() -> Iterator[str]:
        for n in range(2, rows + 2):
            yield (
                f'<row r="{n}"><c r="A{n}" t="inlineStr"><is><t>S{n}</t></is></c>'
                f'<c r="B{n}" t="inlineStr"><is><t>김1수</t></is></c>'
                f'<c r="C{n}" t="inlineStr"><is><t>구로</t></is></c>'
                f'<c r="D{n}" t="inlineStr"><is><t>어제</t></is></c></row>'
            )

    return _write(path, {"구직자": _sheet(SEEKER_HEADER, body())})


def blank_rows_bomb(path: Path, rows: int = 400_000) -> Path:
    """A 상담 sheet of ``rows`` rows with a number in column Z only (no heading there)."""

    def body() -> Iterator[str]:
        for n in range(2, rows + 2):
            yield f'<row r="{n}"><c r="Z{n}"><v>1</v></c></row>'

    return _write(path, {"상담": _sheet(["구직자번호", "상담일", "상담창구"], body())})


def long_cell(path: Path, length: int = 40_000, shared: bool = False) -> Path:
    """A 상담 row whose 상담내용 (column E of row 2) has ``length`` characters, inline or
    as a shared string."""
    text = "가" * length
    if shared:
        cell = '<c r="E2" t="s"><v>0</v></c>'
        extra = {
            "xl/sharedStrings.xml": [
                f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN}"><si><t>{text}</t>'
                "</si></sst>"
            ]
        }
    else:
        cell, extra = _cell("E2", text), {}
    row = _row2(["S1", "2018-03-02", "plus"])[: -len("</row>")] + cell + "</row>"
    header = ["구직자번호", "상담일", "상담창구", "상담방법", "상담내용"]
    return _write(path, {"상담": _sheet(header, [row])}, extra)


def inflated_part(path: Path, megabytes: int, declare: int | None = None) -> Path:
    """A 구직자 sheet padded with ``megabytes`` MB of spaces after its one row (a zip bomb:
    about a thousand times smaller compressed). ``declare``: the size the zip's directory
    then claims for that sheet, in place of the true one (a lying header)."""
    row = _row2(["S1", "김민수", "plus", "2018-03-02"])
    spaces = " " * (1 << 20)

    def body() -> Iterator[str]:
        yield row
        for _ in range(megabytes):
            yield spaces

    _write(path, {"구직자": _sheet(SEEKER_HEADER, body())}, level=9)
    if declare is not None:
        _declare(path, "xl/worksheets/sheet1.xml", declare)
    return path


def _declare(path: Path, member: str, size: int) -> None:
    """Make the zip's central directory (the sizes ``zipfile`` goes by) claim ``size``
    bytes uncompressed for ``member``."""
    data = bytearray(path.read_bytes())
    name = member.encode()
    at = data.find(b"PK\x01\x02")
    while at >= 0:
        name_length = struct.unpack_from("<H", data, at + 28)[0]
        if data[at + 46 : at + 46 + name_length] == name:
            assert struct.unpack_from("<I", data, at + 24)[0] != 0xFFFFFFFF
            struct.pack_into("<I", data, at + 24, size)
            path.write_bytes(bytes(data))
            return
        at = data.find(b"PK\x01\x02", at + 4)
    raise KeyError(member)


def entity_late(path: Path, rows: int = 2_000) -> Path:
    """A 구직자 sheet that declares an entity in a DTD and uses it in its last row."""

    def body() -> Iterator[str]:
        for n in range(2, rows + 2):
            yield f'<row r="{n}"><c r="Z{n}"><v>1</v></c></row>'
        yield f'<row r="{rows + 2}">{_cell(f"A{rows + 2}", "&big;")}</row>'

    def sheet() -> Iterator[str]:
        yield (
            '<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE worksheet ['
            '<!ENTITY small "가나다라마바사아자차">'
            '<!ENTITY big "&small;&small;&small;&small;&small;&small;&small;&small;">]>'
            f'<worksheet xmlns="{MAIN}"><sheetData>'
        )
        yield _header(SEEKER_HEADER)
        yield from body()
        yield "</sheetData></worksheet>"

    return _write(path, {"구직자": sheet()})


if __name__ == "__main__":
    folder = Path(sys.argv[1])
    folder.mkdir(parents=True, exist_ok=True)
    shared_strings_bomb(folder / "shared-strings-bomb.xlsx")
    invalid_rows_bomb(folder / "invalid-rows-bomb.xlsx")
