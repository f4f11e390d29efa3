"""Text that a spreadsheet would run as a formula (a name typed as =HYPERLINK(…), a file
named =1+1.xlsx) is written as text in every xlsx and CSV the application writes."""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta
from pathlib import Path

import openpyxl
import pytest
from conftest import SQLITE_ONLY, counselor_at
from workbooks import write_book

from deskapp.domain.access import Actor
from deskapp.domain.commands import ChangeRecord, RegisterSeeker
from deskapp.domain.dates import Period
from deskapp.domain.records import RecordKind
from deskapp.domain.spreadsheet import csv_safe, is_formula_like
from deskapp.reports.rows import write_rows
from deskapp.services.workspace import Workspace

FORMULA = '=HYPERLINK("http://example.invalid","보기")'


@pytest.mark.parametrize(
    ("value", "written"),
    [
        (FORMULA, "'" + FORMULA),
        ("+1", "'+1"),
        ("-x", "'-x"),
        ("@SUM", "'@SUM"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("홍길동", "홍길동"),
        (12, 12),
        ("", ""),
    ],
)
def test_csv_cells(value: object, written: object) -> None:
    assert csv_safe(value) == written
    assert is_formula_like(value) == (written != value)


@SQLITE_ONLY
def test_a_drill_down_list_keeps_a_formula_like_name_as_text(
    workspace: Workspace, admin: Actor, tmp_path: Path
) -> None:
    plus = counselor_at(workspace, admin, "plus")
    saved = workspace.records.register_seeker(
        plus, RegisterSeeker(name=FORMULA, registered_on=date(2018, 10, 2), consented=True)
    )
    rows = workspace.drill_down.drill_down(
        admin, Period.parse("2018-10-01", "2018-10-30"), "plus", "job_seekers"
    )
    assert [r.label for r in rows] == [FORMULA]
    path = write_rows(
        tmp_path / "목록.xlsx",
        "구직등록",
        ["날짜", "이름", "번호"],
        [[r.on, r.label, saved.number] for r in rows],
    )
    sheet = openpyxl.load_workbook(path)["목록"]
    cell = sheet.cell(row=3, column=2)
    assert (cell.value, cell.data_type) == (FORMULA, "s")
    assert sheet.cell(row=3, column=1).data_type == "d"  # dates stay dates


@SQLITE_ONLY
def test_the_access_log_and_history_csv_write_formula_like_text_behind_an_apostrophe(
    workspace: Workspace, admin: Actor, tmp_path: Path
) -> None:
    plus = counselor_at(workspace, admin, "plus")
    book = write_book(
        tmp_path / "=1+1.xlsx",
        {
            "구직자": [
                ["구직자번호", "성명", "등록창구", "등록일"],
                ["S1", "김민수", "plus", "2018-03-02"],
            ]
        },
    )
    workspace.imports.import_workbook(admin, book)
    workspace.corrections.change(
        plus, ChangeRecord(RecordKind.SEEKER, "S1", {"희망직종": "-경비"}, "@정정")
    )
    around_now = Period(date.today() - timedelta(days=2), date.today() + timedelta(days=1))
    log = list(csv.reader(io.StringIO(workspace.audit.csv_text(admin, around_now))))
    details = [row[6] for row in log[1:]]
    assert any(d.startswith("'=1+1.xlsx: ") for d in details), details
    assert not any(is_formula_like(cell) for row in log for cell in row)
    story = workspace.corrections.history(admin, None, "S1")
    lines = list(csv.reader(io.StringIO(story.csv_text())))
    assert lines[-1][2:] == ["희망직종", "", "'-경비", "'@정정"]
    assert not any(is_formula_like(cell) for row in lines for cell in row)
