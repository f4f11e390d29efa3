"""Memory and time bombs: what a workbook can make the import read is bounded.

The bombs are built by ``tests/xlsx_bombs.py`` (XML written as a stream, no openpyxl).
The issue's two bombs, and the other limits that take seconds, are imported with the
command line in a fresh process, so that its peak memory (``ru_maxrss``) and time are
the import's alone; the quick limits are checked on the reader and the service.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
import xlsx_bombs as bombs
from conftest import PASSWORD, SQLITE_ONLY, rows

from deskapp.domain.access import Actor
from deskapp.domain.errors import WorkbookRejected
from deskapp.services.importer import MAX_PROBLEMS
from deskapp.services.workspace import Workspace
from deskapp.services.xlsx_reader import (
    MAX_CELL_CHARS,
    MAX_SHARED_STRINGS,
    MAX_SHEET_BYTES,
    MAX_SHEET_ROWS,
    WorkbookFormatError,
    WorkbookTooLarge,
    XlsxReader,
)

ROOT = Path(__file__).resolve().parents[1]
TABLES = (
    "job_seekers",
    "employers",
    "job_openings",
    "counseling_sessions",
    "referrals",
    "placements",
    "imports",
)
PEAK_MB = 300
SECONDS = 10

# The peak is VmHWM, this process's own: ru_maxrss would count the test process too,
# whose pages the child shares between fork and exec.
_MEASURE = """
import io, json, re, sys, time
from deskapp.cli import main
out, err = io.StringIO(), io.StringIO()
start = time.perf_counter()
code = main(["import", "--db", sys.argv[1], "--user", "admin", sys.argv[2]], out, err)
seconds = time.perf_counter() - start
with open("/proc/self/status") as status:
    peak = int(re.search(r"VmHWM:\\s+(\\d+) kB", status.read()).group(1)) / 1024
print(json.dumps({"code": code, "seconds": seconds, "peak_mb": peak, "stderr": err.getvalue()}))
"""


def _cli_import(workspace: Workspace, book: Path) -> dict[str, object]:
    """``deskapp import BOOK`` in a fresh process: exit code, seconds, peak MB, stderr."""
    db = workspace.db.path
    workspace.close()
    env = {**os.environ, "DESKAPP_PASSWORD": PASSWORD, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", _MEASURE, str(db), str(book)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result: dict[str, object] = json.loads(done.stdout.splitlines()[-1])
    return result


def _counts(db: Path) -> list[object]:
    opened = Workspace.open(str(db))
    try:
        return [rows(opened, f"SELECT count(*) FROM {t}")[0][0] for t in TABLES]
    finally:
        opened.close()


def _lines(result: dict[str, object]) -> list[str]:
    stderr = result["stderr"]
    assert isinstance(stderr, str)
    return stderr.splitlines()


def _bounded(result: dict[str, object], seconds: float = SECONDS) -> None:
    assert isinstance(result["seconds"], float) and isinstance(result["peak_mb"], float)
    assert result["seconds"] < seconds, result["seconds"]
    assert result["peak_mb"] < PEAK_MB, result["peak_mb"]


# -- the two bombs, on the command line -------------------------------------------


@SQLITE_ONLY
def test_a_shared_strings_bomb_is_refused_quickly_in_bounded_memory(
    workspace: Workspace, tmp_path: Path
) -> None:
    """Two million one-letter strings, 240 KB compressed: 426 MB and an import before."""
    db = workspace.db.path
    assert db is not None
    book = bombs.shared_strings_bomb(tmp_path / "strings.xlsx")
    assert book.stat().st_size < 500_000
    result = _cli_import(workspace, book)
    assert result["code"] == 2
    first, last = _lines(result)
    assert first == (
        "[strings.xlsx] 0행: 공유 문자열 표('xl/sharedStrings.xml'): 공유 문자열이 "
        f"{MAX_SHARED_STRINGS:,}개를 넘습니다. 통합문서를 나누어 가져오세요."
    )
    assert last == "deskapp: 통합문서에 문제가 1건 있어 아무것도 가져오지 않았습니다."
    _bounded(result)
    assert _counts(db) == [0] * 7


@SQLITE_ONLY
def test_a_million_invalid_rows_stop_after_a_thousand_problems(
    workspace: Workspace, tmp_path: Path
) -> None:
    """Each row wrong three times: 3,000,001 lines, 105 s and 1.3 GB before."""
    db = workspace.db.path
    assert db is not None
    book = bombs.invalid_rows_bomb(tmp_path / "invalid.xlsx")
    result = _cli_import(workspace, book)
    assert result["code"] == 2
    lines = _lines(result)
    # Rows 2-334 give 999 problems, row 335 three more: past the cap, row 336 is not
    # validated. The first 1,000 are listed, then the two others and where it stopped.
    assert len(lines) == MAX_PROBLEMS + 2
    assert lines[0] == "[구직자] 2행 '성명' 열: '김1수'에 숫자가 들어 있습니다."
    assert lines[MAX_PROBLEMS - 1] == "[구직자] 335행 '성명' 열: '김1수'에 숫자가 들어 있습니다."
    assert lines[-2].startswith("[구직자] 336행: … 그 밖에 2건, 그리고 더 있을 수 있음: ")
    assert "문제가 1,000건을 넘어 이 행부터는 (뒤의 시트도) 확인하지 않았습니다" in lines[-2]
    assert lines[-1] == (
        "deskapp: 통합문서에 문제가 1,002건 넘게 있어 아무것도 가져오지 않았습니다 "
        "(처음 1,000건만 보이고, 그 뒤로는 확인하지 않았습니다)."
    )
    _bounded(result)
    assert _counts(db) == [0] * 7


# -- the other limits that take seconds, on the command line ------------------------------


@SQLITE_ONLY
def test_rows_past_the_limit_refuse_the_workbook_naming_the_sheet(
    workspace: Workspace, tmp_path: Path
) -> None:
    """Rows skipped as empty (a value only in a column no heading names) are read
    without validation: only the row limit stops them."""
    book = bombs.blank_rows_bomb(tmp_path / "rows.xlsx", rows=MAX_SHEET_ROWS + 10)
    result = _cli_import(workspace, book)
    assert result["code"] == 2
    first, last = _lines(result)
    row = MAX_SHEET_ROWS + 1  # the header is row 1
    assert first.startswith(
        f"[상담] {row}행: 시트 '상담'에 값이 있는 행이 {MAX_SHEET_ROWS:,}개를 넘습니다 "
        f"({row:,}행에서 멈춤). 한 번에 가져올 수 있는 행은 시트마다 {MAX_SHEET_ROWS:,}개까지"
    )
    assert last == "deskapp: 통합문서에 문제가 1건 있어 아무것도 가져오지 않았습니다."
    _bounded(result, seconds=30)  # 300,000 rows are read: the limit's own cost


@SQLITE_ONLY
def test_millions_of_empty_elements_stop_at_the_element_budget(
    workspace: Workspace, tmp_path: Path
) -> None:
    """Eleven million ``<x/>`` after the one row, 200 KB compressed: they piled up in
    memory and took about a minute per 64 MB before; reading stops at ten million."""
    body = [bombs._row2(["S1", "김민수"]), *["<x/>" * 1_000_000] * 11]
    sheet = bombs._sheet(bombs.SEEKER_HEADER, body)
    book = bombs._write(tmp_path / "elements.xlsx", {"구직자": sheet})
    result = _cli_import(workspace, book)
    assert result["code"] == 2
    first, _ = _lines(result)
    assert first == (
        "[구직자] 0행: 시트 '구직자'까지 읽은 XML 요소(셀, 행 등)가 모두 10,000,000개를 넘어 "
        "더 읽지 않습니다. 통합문서를 나누어 가져오세요."
    )
    _bounded(result, seconds=60)


# -- quick limits, on the reader ----------------------------------------------------------


def _refusal(book: Path) -> WorkbookFormatError:
    with pytest.raises(WorkbookFormatError) as caught, XlsxReader(book) as reader:
        for name in reader.sheet_names:
            for _ in reader.rows(name):
                pass
    return caught.value


def test_a_declared_unique_count_past_the_limit_is_refused_before_reading(
    tmp_path: Path,
) -> None:
    book = bombs.shared_strings_bomb(tmp_path / "b.xlsx", count=600_000, declared=True)
    start = time.perf_counter()
    error = _refusal(book)
    assert time.perf_counter() - start < 1
    assert isinstance(error, WorkbookTooLarge)
    assert "공유 문자열이 500,000개를 넘습니다 (600,000개라고 적혀 있음)" in str(error)


@pytest.mark.parametrize("shared", [False, True])
def test_a_cell_longer_than_excel_allows_is_refused_naming_the_cell(
    tmp_path: Path, shared: bool
) -> None:
    error = _refusal(bombs.long_cell(tmp_path / "long.xlsx", MAX_CELL_CHARS + 1, shared))
    assert isinstance(error, WorkbookTooLarge)
    if shared:
        assert str(error) == (
            "공유 문자열 표('xl/sharedStrings.xml'): 1번째 문자열이 한 셀에 들어갈 수 있는 "
            "32,767자를 넘습니다."
        )
    else:
        assert str(error) == (
            "시트 '상담' E2 셀의 글자가 32,768자로, 한 셀에 들어갈 수 있는 32,767자를 넘습니다."
        )
        assert error.row == 2
    with XlsxReader(bombs.long_cell(tmp_path / "ok.xlsx", MAX_CELL_CHARS, shared)) as reader:
        ((_, row),) = list(reader.rows("상담"))[1:]
    assert row[4] == "가" * MAX_CELL_CHARS


def test_a_sheet_declared_larger_than_the_limit_is_refused_before_inflating(
    tmp_path: Path,
) -> None:
    """600 MB of spaces, 600 KB compressed; and 1 MB that the zip says is 300 MB."""
    for book in (
        bombs.inflated_part(tmp_path / "a.xlsx", 600),
        bombs.inflated_part(tmp_path / "b.xlsx", 1, declare=300 << 20),
    ):
        start = time.perf_counter()
        error = _refusal(book)
        assert time.perf_counter() - start < 1
        assert isinstance(error, WorkbookTooLarge)
        limit = MAX_SHEET_BYTES >> 20
        assert "시트 '구직자': 압축을 풀면" in str(error) and f"한도 {limit}MB" in str(error)


def test_a_sheet_declared_smaller_than_it_inflates_is_refused_at_the_declared_size(
    tmp_path: Path,
) -> None:
    """The zip says 1 MB; the data would inflate to 600 MB: no more than said is read."""
    book = bombs.inflated_part(tmp_path / "lie.xlsx", 600, declare=1 << 20)
    start = time.perf_counter()
    error = _refusal(book)
    assert time.perf_counter() - start < 2
    assert not isinstance(error, WorkbookTooLarge) and "Bad CRC-32" in str(error)


def test_text_with_no_end_in_sight_is_refused_once_it_passes_eight_megabytes(
    tmp_path: Path,
) -> None:
    """20 MB of spaces after the row: read whole by the parser before, as one text."""
    start = time.perf_counter()
    error = _refusal(bombs.inflated_part(tmp_path / "quiet.xlsx", 20))
    assert time.perf_counter() - start < 5
    assert isinstance(error, WorkbookTooLarge)
    assert str(error).startswith("시트 '구직자': 글자나 태그 하나가 8MB를 넘습니다")


def test_a_dtd_is_refused_before_its_entities_can_expand(tmp_path: Path) -> None:
    error = _refusal(bombs.entity_late(tmp_path / "dtd.xlsx"))
    assert str(error) == (
        "시트 '구직자'에 DTD(<!DOCTYPE ...>)가 있습니다. xlsx에는 쓰지 않는 것이라 읽지 않습니다"
    )


@pytest.mark.parametrize(
    ("prolog", "fragment"),
    [
        ('<?xml version="1.0" encoding="ISO-8859-1"?>', "문자 인코딩 'ISO-8859-1'"),
        ('<?xml version="1.0"?><!-- 주석 --> <!DOCTYPE worksheet>', "DTD"),
        ("\ufeff<!DOCTYPE worksheet>", "DTD"),
        ("\n" * 20_000, "XML 선언부가 너무 깁니다"),
    ],
)
def test_the_prolog_of_every_part_is_checked(tmp_path: Path, prolog: str, fragment: str) -> None:
    body = f'<worksheet xmlns="{bombs.MAIN}"><sheetData/></worksheet>'
    book = bombs._write(tmp_path / "p.xlsx", {"구직자": [prolog, body]})
    assert fragment in str(_refusal(book))
    utf16 = tmp_path / "utf16.xlsx"  # UTF-16 is allowed, and read
    with zipfile.ZipFile(book) as source, zipfile.ZipFile(utf16, "w") as target:
        for name in source.namelist():
            data = source.read(name)
            if name.endswith("sheet1.xml"):
                data = ('<?xml version="1.0" encoding="UTF-16"?>' + body).encode("utf-16")
            target.writestr(name, data)
    with XlsxReader(utf16) as reader:
        assert list(reader.rows("구직자")) == []


def test_too_many_cells_in_a_row_or_elements_in_a_cell_are_refused(tmp_path: Path) -> None:
    row = '<row r="2">' + '<c r="A2"/>' * 16_385 + "</row>"
    book = bombs._write(tmp_path / "wide.xlsx", {"구직자": bombs._sheet(["a"], [row])})
    assert "한 행에 셀이 16,384개를 넘습니다" in str(_refusal(book))
    cell = '<row r="2"><c r="A2" t="inlineStr"><is>' + "<r/>" * 100_001 + "</is></c></row>"
    book = bombs._write(tmp_path / "deep.xlsx", {"구직자": bombs._sheet(["a"], [cell])})
    assert "셀 하나에 XML 요소가 100,000개를 넘습니다" in str(_refusal(book))


# -- the problem cap, on the service ------------------------------------------------------


def _row_counts(workspace: Workspace) -> list[object]:
    return [rows(workspace, f"SELECT count(*) FROM {t}")[0][0] for t in TABLES]


def test_problems_past_the_cap_are_counted_and_rows_past_it_not_validated(
    workspace: Workspace, admin: Actor, tmp_path: Path
) -> None:
    book = bombs.invalid_rows_bomb(tmp_path / "invalid.xlsx", rows=2_000)
    before = _row_counts(workspace)
    with pytest.raises(WorkbookRejected) as caught:
        workspace.imports.import_workbook(admin, book)
    problems = caught.value.problems
    assert len(problems) == MAX_PROBLEMS + 1
    assert [(p.row, p.column) for p in problems[:4]] == [
        (2, "성명"),
        (2, "등록창구"),
        (2, "등록일"),
        (3, "성명"),
    ]
    assert (problems[-2].row, problems[-2].column) == (335, "성명")
    summary = problems[-1]
    assert (summary.sheet, summary.row, summary.column) == ("구직자", 336, "")
    assert summary.message.startswith("… 그 밖에 2건, 그리고 더 있을 수 있음")
    assert str(caught.value) == (
        "통합문서에 문제가 1,002건 넘게 있어 아무것도 가져오지 않았습니다 "
        "(처음 1,000건만 보이고, 그 뒤로는 확인하지 않았습니다)."
    )
    assert _row_counts(workspace) == before


def test_problems_found_past_the_cap_without_stopping_are_counted_exactly(
    workspace: Workspace, admin: Actor, tmp_path: Path
) -> None:
    """1,100 valid 상담 rows for a 구직자번호 nowhere: each row is validated (no row has a
    problem of its own), then each reference is missing: 1,100 problems, 100 unlisted."""
    sessions = [["구직자번호", "상담일", "상담창구"]] + [["S404", "2018-05-01", "plus"]] * 1_100
    lines = [
        f'<row r="{n}">'
        + "".join(bombs._cell(f"{c}{n}", v) for c, v in zip("ABC", values, strict=True))
        + "</row>"
        for n, values in enumerate(sessions[1:], 2)
    ]
    book = bombs._write(tmp_path / "refs.xlsx", {"상담": bombs._sheet(sessions[0], lines)})
    with pytest.raises(WorkbookRejected) as caught:
        workspace.imports.import_workbook(admin, book)
    problems = caught.value.problems
    assert len(problems) == MAX_PROBLEMS + 1
    assert [p.row for p in problems[:-1]] == list(range(2, 1_002))
    assert all("'S404'는 이 통합문서의 '구직자' 시트에도" in p.message for p in problems[:-1])
    assert (problems[-1].sheet, problems[-1].row, problems[-1].message) == (
        "refs.xlsx",
        0,
        "… 그 밖에 100건",
    )
    assert str(caught.value) == (
        "통합문서에 문제가 1,100건 있어 아무것도 가져오지 않았습니다 (처음 1,000건만 보입니다)."
    )


def test_a_limit_refuses_the_workbook_whole_naming_the_sheet_and_row(
    workspace: Workspace, admin: Actor, tmp_path: Path
) -> None:
    before = _row_counts(workspace)
    with pytest.raises(WorkbookRejected) as caught:
        workspace.imports.import_workbook(admin, bombs.long_cell(tmp_path / "long.xlsx"))
    ((problem,),) = [caught.value.problems]
    assert (problem.sheet, problem.row, problem.column) == ("상담", 2, "")
    assert "E2 셀의 글자가 40,000자로" in problem.message
    assert str(caught.value) == "통합문서에 문제가 1건 있어 아무것도 가져오지 않았습니다."
    assert _row_counts(workspace) == before
