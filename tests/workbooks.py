"""Writing small records workbooks for tests, the way a counselor's Excel file looks."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from openpyxl import Workbook


def write_book(path: Path, sheets: Mapping[str, Sequence[Sequence[object]]]) -> Path:
    """Each sheet: its first list is the header row, the rest are data rows."""
    book = Workbook()
    first = book.active
    assert first is not None
    book.remove(first)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


def valid_sheets() -> dict[str, list[list[object]]]:
    """A small, valid workbook touching every sheet and every desk."""
    return {
        "구직자": [
            ["구직자번호", "성명", "등록창구", "등록일", "생년월일", "성별", "연락처", "주소",
             "희망직종"],
            ["S1", "김민수", "일자리플러스센터", "2018-03-02", "1980-01-01", "남", "010-1234-5678",
             "독산동", "경비"],
            ["S2", "이영희", "G밸리", "2018.03.05.", None, "여", "02-2627-1234", None, None],
            ["S3", "박지현", "시흥4동", "20180310", None, None, None, None, None],
            ["S4", "최은혜", "welfare", "2017-12-20", None, None, None, None, None],
        ],
        "구인업체": [
            ["업체명", "업체번호", "사업자등록번호"],  # columns in another order
            ["(주)가산테크", "E1", "124-81-00998"],
            ["금천물류(주)", "E2", None],
        ],
        "구인": [
            ["구인번호", "업체번호", "모집직종", "모집인원", "등록창구", "등록일", "임금", "메모"],
            ["J1", "E1", "경비원", 2, "gvalley", "2018-03-01", "월 230만원", "ignored"],
            ["J2", "E2", "물류", "3", "plus", "2018-04-01", None, None],
        ],
        "상담": [
            ["구직자번호", "상담일", "상담창구", "상담방법", "상담내용"],
            ["S1", "2018-03-02", "plus", "방문", "첫 상담"],
            ["S1", "2018-03-09", "plus", "전화", None],
            [None, None, None, None, None],  # an empty row is skipped
            ["S4", "2018-01-10", "고용복지플러스센터", "방문", None],
            ["S3", "2018-03-11", "독산동", None, None],
        ],
        "알선": [
            ["구직자번호", "구인번호", "알선일", "알선창구", "결과"],
            ["S1", "J1", "2018-03-12", "plus", "채용"],
            ["S3", "J2", "2018-04-02", "dong", None],
        ],
        "취업": [
            ["구직자번호", "취업일", "취업창구", "구인번호", "업체명", "고용형태"],
            ["S1", "2018-03-20", "plus", "J1", None, "상용직"],
            ["S4", "2018-02-01", "welfare", None, "(주)관악", "임시직"],
        ],
    }  # fmt: skip


#: A newer occupation classification, as an administrator would load it (two 세분류).
NEWER_KECO = (
    "code,name,level,parent_code\n5,서비스직,1,\n54,경호·경비직,2,5\n541,,3,54\n"
    "5411,보안 관제원,4,541\n5412,경비원,4,541\n"
)
