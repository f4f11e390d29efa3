"""Import of the records workbook: whole or not at all, every problem located."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import rows
from workbooks import valid_sheets, write_book

from deskapp.domain.access import Actor
from deskapp.domain.dates import Period
from deskapp.domain.errors import DuplicateImport, WorkbookRejected
from deskapp.domain.stats import Counts
from deskapp.services.workspace import Workspace

TABLES = (
    "job_seekers",
    "employers",
    "job_openings",
    "counseling_sessions",
    "referrals",
    "placements",
    "imports",
)


def _row_counts(workspace: Workspace) -> dict[str, object]:
    return {t: rows(workspace, f"SELECT count(*) FROM {t}")[0][0] for t in TABLES}


def test_a_valid_workbook_is_imported_whole(
    workspace: Workspace, admin: Actor, tmp_path: Path
) -> None:
    book = write_book(tmp_path / "records.xlsx", valid_sheets())
    steps: list[tuple[int, int]] = []
    report = workspace.imports.import_workbook(admin, book, lambda d, t: steps.append((d, t)))
    assert report.counts == {
        "구직자": 4,
        "구인업체": 2,
        "구인": 2,
        "상담": 4,
        "알선": 2,
        "취업": 2,
        "행사": 0,
        "행사참여업체": 0,
        "행사참여자": 0,
    }
    assert steps and steps[-1][0] == steps[-1][1]
    table = workspace.statistics.table(admin, Period.parse("2018-01-01", "2018-10-30"))
    assert table.by_desk["plus"] == Counts(1, 1, 2, 1, 1)
    assert table.by_desk["gvalley"] == Counts(1, 1, 0, 0, 0)
    assert table.by_desk["dong"] == Counts(0, 1, 1, 1, 0)
    assert table.by_desk["welfare"] == Counts(0, 0, 1, 0, 1)  # S4 registered in 2017
    ((kind, referral, opening),) = rows(
        workspace,
        "SELECT kind, referral_id, opening_id FROM placements WHERE employment_type = '상용직'",
    )
    assert kind == "알선취업" and referral is not None and opening is not None
    sites = rows(
        workspace, "SELECT s.name FROM job_seekers j JOIN desk_sites s ON s.id = j.site_id"
    )
    assert sites == [("시흥4동",)]
    phone = rows(workspace, "SELECT phone FROM job_seekers WHERE seeker_no='S2'")
    assert phone == [("0226271234",)]


def test_invalid_rows_reject_the_whole_workbook_each_problem_located(
    workspace: Workspace, admin: Actor, tmp_path: Path
) -> None:
    sheets = valid_sheets()
    sheets["구직자"].append(
        ["S5", "정1호", "구로센터", "2018-13-01", None, "중성", "010-12", None, None]
    )
    sheets["구인업체"].append(["(주)틀린번호", "E3", "124-81-00997"])
    sheets["구인"].append(["J3", "E9", "경비", 0, "plus", "2018-05-01", None, None])
    sheets["상담"].append(["S404", "2018-05-01", "plus", "문자", None])
    sheets["알선"].append(["S1", "J1", "2018-05-01", "plus", None])  # valid row among bad ones
    sheets["취업"].append(["S1", "2018-05-01", "어딘가", None, None, None])
    sheets["구직자"].append(["S1", "김중복", "plus", "2018-05-01", None, None, None, None, None])
    book = write_book(tmp_path / "bad.xlsx", sheets)
    before = _row_counts(workspace)
    with pytest.raises(WorkbookRejected) as caught:
        workspace.imports.import_workbook(admin, book)
    problems = [(p.sheet, p.row, p.column) for p in caught.value.problems]
    assert problems == [
        ("구직자", 6, "성명"),
        ("구직자", 6, "등록창구"),
        ("구직자", 6, "등록일"),
        ("구직자", 6, "성별"),
        ("구직자", 6, "연락처"),
        ("구직자", 7, "구직자번호"),
        ("구인업체", 4, "사업자등록번호"),
        ("구인", 4, "모집인원"),
        ("구인", 4, "업체번호"),
        ("상담", 7, "상담방법"),
        ("상담", 7, "구직자번호"),
        ("취업", 4, "취업창구"),
    ]
    messages = [str(p) for p in caught.value.problems]
    assert messages[0].startswith("[구직자] 6행 '성명' 열:")
    assert "2행에도 있습니다" in messages[5]
    assert "'S404'는 이 통합문서의 '구직자' 시트에도, 데이터베이스에도 없습니다" in messages[10]
    assert "12건" in str(caught.value)
    assert _row_counts(workspace) == before


def test_an_identical_workbook_is_refused_with_the_date_of_the_first_import(
    workspace: Workspace, admin: Actor, tmp_path: Path
) -> None:
    book = write_book(tmp_path / "records.xlsx", valid_sheets())
    workspace.imports.import_workbook(admin, book)
    after_first = _row_counts(workspace)
    copy = tmp_path / "renamed copy.xlsx"
    copy.write_bytes(book.read_bytes())
    with pytest.raises(
        DuplicateImport, match=r"\d{4}-\d{2}-\d{2}에 이미 가져왔습니다 \('records.xlsx'\)"
    ):
        workspace.imports.import_workbook(admin, copy)
    assert _row_counts(workspace) == after_first


def test_rows_may_refer_to_records_imported_earlier(
    workspace: Workspace, admin: Actor, tmp_path: Path
) -> None:
    workspace.imports.import_workbook(admin, write_book(tmp_path / "a.xlsx", valid_sheets()))
    later = {
        "상담": [["구직자번호", "상담일", "상담창구"], ["S2", "2018-06-01", "G밸리"]],
        "알선": [
            ["구직자번호", "구인번호", "알선일", "알선창구"],
            ["S2", "J2", "2018-06-02", "G밸리"],
        ],
        "취업": [
            ["구직자번호", "취업일", "취업창구", "구인번호"],
            ["S2", "2018-06-20", "G밸리", "J2"],
        ],
    }
    report = workspace.imports.import_workbook(admin, write_book(tmp_path / "b.xlsx", later))
    assert report.counts["상담"] == 1 and report.counts["구직자"] == 0
    table = workspace.statistics.table(admin, Period.year(2018))
    assert table.by_desk["gvalley"] == Counts(1, 1, 1, 1, 1)
    again = {
        "구직자": [
            ["구직자번호", "성명", "등록창구", "등록일"],
            ["S2", "이영희", "G밸리", "2018-07-01"],
        ]
    }
    with pytest.raises(WorkbookRejected, match="1건") as caught:
        workspace.imports.import_workbook(admin, write_book(tmp_path / "c.xlsx", again))
    assert "이미 데이터베이스에 있습니다" in caught.value.problems[0].message


@pytest.mark.parametrize(
    ("sheets", "expected"),
    [
        (
            {"구직자": [["구직자번호", "성명", "등록일"], ["S1", "김민수", "2018-01-01"]]},
            [("구직자", 1, "등록창구", "필수 열이 없습니다.")],
        ),
        ({"Sheet1": [["a"], [1]]}, [("shape.xlsx", 0, "", "가져올 시트가 없습니다")]),
        (
            {"구직자": [["구직자번호", "성명", "등록창구", "등록일", "성명"]]},
            [("구직자", 1, "성명", "같은 열 제목이 두 번")],
        ),
        # A formula whose value Excel never saved has no value to import.
        (
            {"상담": [["구직자번호", "상담일", "상담창구"], ["S1", "=TODAY()", "plus"]]},
            [("상담", 2, "상담일", "입력하세요"), ("상담", 2, "구직자번호", "없습니다")],
        ),
    ],
)
def test_workbooks_of_the_wrong_shape_are_explained(
    workspace: Workspace,
    admin: Actor,
    tmp_path: Path,
    sheets: dict[str, list[list[object]]],
    expected: list[tuple[str, int, str, str]],
) -> None:
    book = write_book(tmp_path / "shape.xlsx", sheets)
    with pytest.raises(WorkbookRejected) as caught:
        workspace.imports.import_workbook(admin, book)
    got = [(p.sheet, p.row, p.column) for p in caught.value.problems]
    assert got == [(sheet, row, column) for sheet, row, column, _ in expected]
    for problem, (*_, fragment) in zip(caught.value.problems, expected, strict=True):
        assert fragment in problem.message


@pytest.mark.parametrize(
    "content",
    [b"desk,name\nplus,kim\n", b"", b"PK\x03\x04 broken zip", "구직자번호,성명".encode("cp949")],
)
def test_files_that_are_not_workbooks_are_refused(
    workspace: Workspace, admin: Actor, tmp_path: Path, content: bytes
) -> None:
    book = tmp_path / "notreally.xlsx"
    book.write_bytes(content)
    before = _row_counts(workspace)
    with pytest.raises(WorkbookRejected) as caught:
        workspace.imports.import_workbook(admin, book)
    assert "읽을 수 없습니다" in caught.value.problems[0].message
    assert _row_counts(workspace) == before
    with pytest.raises(WorkbookRejected, match="1건") as missing:
        workspace.imports.import_workbook(admin, tmp_path / "absent.xlsx")
    assert missing.value.problems[0].message == "파일이 없습니다."
