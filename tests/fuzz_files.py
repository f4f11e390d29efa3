"""Malformed and random files for the import fuzz test, reproducibly from a seed.

Every file made here is something the import must refuse: random bytes, damaged
zips, other formats under an .xlsx name, workbooks missing parts, sheets cut
short, and valid workbooks with one cell made wrong (a wrong type, a formula, an
enormous text, an unknown desk, a missing reference...).
"""

from __future__ import annotations

import io
import random
import zipfile
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook
from workbooks import valid_sheets

Maker = Callable[[random.Random], bytes]


def _book_bytes(sheets: dict[str, list[list[object]]]) -> bytes:
    book = Workbook()
    first = book.active
    assert first is not None
    book.remove(first)
    for name, data in sheets.items():
        sheet = book.create_sheet(name[:31])
        for row in data:
            sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


_VALID = _book_bytes(valid_sheets())


def random_bytes(rng: random.Random) -> bytes:
    return rng.randbytes(rng.choice([0, 1, 7, 100, 4096, 65536]))


def zip_header_then_garbage(rng: random.Random) -> bytes:
    return b"PK\x03\x04" + rng.randbytes(rng.randint(0, 2000))


def truncated_workbook(rng: random.Random) -> bytes:
    return _VALID[: rng.randint(0, len(_VALID) - 1)]


def flipped_bytes(rng: random.Random) -> bytes:
    """Bytes changed inside a worksheet's compressed data (a flip elsewhere, say in
    docProps, would leave a valid workbook)."""
    data = bytearray(_VALID)
    archive = zipfile.ZipFile(io.BytesIO(_VALID))
    info = rng.choice([i for i in archive.infolist() if i.filename.startswith("xl/worksheets/")])
    header = data[info.header_offset : info.header_offset + 30]
    start = (
        info.header_offset
        + 30
        + int.from_bytes(header[26:28], "little")
        + int.from_bytes(header[28:30], "little")
    )
    for _ in range(rng.randint(1, 40)):
        position = start + rng.randrange(info.compress_size)
        data[position] = (data[position] + rng.randint(1, 255)) % 256
    return bytes(data)


def other_format(rng: random.Random) -> bytes:
    texts = [
        "구직자번호,성명,등록창구,등록일\nS1,김민수,plus,2018-01-01\n",
        "<html><body><table><tr><td>구직자</td></tr></table></body></html>",
        '{"구직자": [{"성명": "김민수"}]}',
        "\ufeff구직자번호\t성명\nS1\t김민수\n",
        "%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n",
    ]
    text = rng.choice(texts)
    return text.encode(rng.choice(["utf-8", "cp949", "utf-16"]), "replace")


def zip_missing_parts(rng: random.Random) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(_VALID))
    names = source.namelist()
    drop = set(rng.sample(names, rng.randint(1, len(names))))
    drop |= {"xl/workbook.xml"} if rng.random() < 0.3 else set()
    if not drop & {"xl/workbook.xml", "xl/_rels/workbook.xml.rels"} and not any(
        n.startswith("xl/worksheets/") for n in drop
    ):
        drop.add("xl/workbook.xml")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as target:
        for name in names:
            if name not in drop:
                target.writestr(name, source.read(name))
    return buffer.getvalue()


def sheet_cut_short(rng: random.Random) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(_VALID))
    names = source.namelist()
    sheets = [n for n in names if n.startswith("xl/worksheets/sheet")]
    victim = rng.choice(sheets)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as target:
        for name in names:
            data = source.read(name)
            if name == victim:
                data = data[: rng.randint(1, len(data) - 20)]
            target.writestr(name, data)
    return buffer.getvalue()


def entity_bomb(rng: random.Random) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(_VALID))
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        + "".join(
            f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
            for i in range(1, 9)
        )
        + ']><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol8;</t></is></c></row>'
        "</sheetData></worksheet>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as target:
        for name in source.namelist():
            data = source.read(name)
            if name.startswith("xl/worksheets/sheet1"):
                data = bomb.encode()
            target.writestr(name, data)
    _ = rng
    return buffer.getvalue()


def raw_cell_text(rng: random.Random) -> bytes:
    """A cell text written straight into the XML: control characters, broken markup."""
    source = zipfile.ZipFile(io.BytesIO(_VALID))
    payload = rng.choice(["\x07벨", "&#x1;", "<b>굵게", "&undefined;", "]]>", "\udcff"])
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as target:
        for name in source.namelist():
            data = source.read(name)
            if name.startswith("xl/worksheets/sheet1"):
                data = data.replace("김민수".encode(), payload.encode("utf-8", "surrogatepass"), 1)
            target.writestr(name, data)
    return buffer.getvalue()


# One cell made wrong in a valid workbook: (sheet, column heading, bad values).
_BAD_CELLS: list[tuple[str, str, list[object]]] = [
    ("구직자", "성명", [None, "", 12345, "김1수", "x" * 100_000, True]),
    ("구직자", "등록창구", ["구로", 3, "", None, "plus(독산동)", date(2018, 1, 1)]),
    ("구직자", "등록일", ["2018-02-30", "어제", 3.5, True, "2999-01-01", "1800-01-01", -5]),
    ("구직자", "연락처", ["010-12", "전화", "+1 555 0100", 7, "010-1234-56789"]),
    ("구직자", "생년월일", ["2020-01-01", "1890-01-01", "모름", 0.5]),
    ("구직자", "성별", ["중성", 1, "X"]),
    ("구직자", "구직자번호", ["S2", None, "a b", "=A1", "x" * 41]),
    ("구인업체", "사업자등록번호", ["124-81-00997", "1234", "abc", 12, 1248100997]),
    ("구인", "모집인원", [0, -1, 1.5, "많이", None, 10**9, True]),
    ("구인", "업체번호", ["E404", None]),
    ("상담", "상담일", [None, "=TODAY()", "2018.13.01", datetime(2999, 1, 1)]),
    ("상담", "상담방법", ["문자", 3, "카톡"]),
    ("상담", "구직자번호", ["S404", "", None]),
    ("상담", "상담내용", ["x" * 100_000]),
    ("알선", "구인번호", ["J404", None]),
    ("취업", "취업창구", ["어딘가", None, 0]),
]


def one_bad_cell(rng: random.Random) -> bytes:
    sheets = valid_sheets()
    sheet, heading, values = rng.choice(_BAD_CELLS)
    data = sheets[sheet]
    column = data[0].index(heading)
    row = rng.randrange(1, len(data))
    while not any(v is not None for v in data[row]):
        row = rng.randrange(1, len(data))
    value = rng.choice(values)
    while value == data[row][column]:  # "S2" on S2's own row would change nothing
        value = rng.choice(values)
    data[row][column] = value
    return _book_bytes(sheets)


def wrong_shape(rng: random.Random) -> bytes:
    sheets = valid_sheets()
    choice = rng.randrange(5)
    if choice == 0:  # a required heading renamed
        name = rng.choice(list(sheets))
        sheets[name][0][0] = str(sheets[name][0][0]) + " " + "변경"
    elif choice == 1:  # no known sheet at all
        sheets = {rng.choice(["Sheet1", "구직자 명단", "상 담", ""]) or "x": [["a"], [1]]}
    elif choice == 2:  # headings moved below the first row
        name = rng.choice(list(sheets))
        sheets[name].insert(0, [None] * len(sheets[name][0]))
        sheets[name].insert(0, ["제목: 2018년 실적"])
    elif choice == 3:  # a heading twice
        name = rng.choice(list(sheets))
        sheets[name][0].append(sheets[name][0][0])
    else:  # a referencing sheet without what it refers to
        del sheets["구직자"]
    return _book_bytes(sheets)


MAKERS: list[Maker] = [
    random_bytes,
    zip_header_then_garbage,
    truncated_workbook,
    flipped_bytes,
    other_format,
    zip_missing_parts,
    sheet_cut_short,
    entity_bomb,
    raw_cell_text,
    one_bad_cell,
    one_bad_cell,
    wrong_shape,
]


def make_files(folder: Path, count: int, seed: int = 1) -> list[tuple[str, Path]]:
    """``count`` files in ``folder``, each with the name of the maker that made it."""
    rng = random.Random(seed)
    made = []
    for index in range(count):
        maker = MAKERS[index % len(MAKERS)]
        path = folder / f"fuzz-{index:04d}.xlsx"
        path.write_bytes(maker(rng))
        made.append((maker.__name__, path))
    return made
