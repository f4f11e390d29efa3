"""No 주민등록번호 is kept, however it is written and wherever it is typed: every free-text
field of every record, corrections and their reasons, imported cells and the workbook's
file name; identifiers that look like one are refused; the purge masks what an older
version left in stored text."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from conftest import SQLITE_ONLY, TODAY, counselor_at, rows
from sqlalchemy import text
from workbooks import write_book

from deskapp.domain.access import Actor
from deskapp.domain.commands import (
    Career,
    ChangeRecord,
    LogSession,
    RecordPlacement,
    Refer,
    RegisterEmployer,
    RegisterOpening,
    RegisterSeeker,
    seeker_command,
)
from deskapp.domain.errors import ValidationError
from deskapp.domain.privacy import _Plain, looks_like_resident_number, mask_resident_numbers
from deskapp.domain.records import RecordKind
from deskapp.services.workspace import Workspace

#: One person's number written as people write it (the back part's first digit 1-4).
SPELLINGS = (
    "800101-1234567",
    "8001011234567",
    "800101 1234567",
    "800101 - 1234567",
    "800101.1234567",
    "800101_1234567",
    "800101–1234567",  # en dash
    "800101—1234567",  # em dash
    "８００１０１－１２３４５６７",  # full-width digits and hyphen
    "800101　1234567",  # ideographic space
    "٨٠٠١٠١-١٢٣٤٥٦٧",  # Arabic-Indic digits
    "800101．1234567",  # full-width full stop
    "800101。1234567",  # ideographic full stop
    "800101＿1234567",  # full-width low line
    "800101／1234567",  # full-width solidus
    "800101：1234567",  # full-width colon
)
#: Numbers that are not resident numbers and must stay as typed.
NOT_RESIDENT = (
    "010-1234-5678",
    "124-81-00998",
    "2018-10-30",
    "월 230만원, 시급 10,030원",
    "8013011234567",  # month 13
    "800101-9234567",  # back part starts with 9
    "18001011234567",  # 14 digits
    "J00001234567",
)


@pytest.mark.parametrize("written", SPELLINGS)
def test_every_spelling_is_masked_and_the_rest_of_the_text_stays(written: str) -> None:
    masked, count = mask_resident_numbers(f"주민번호 {written} 확인함 ㈜가산")
    assert count == 1
    assert masked == "주민번호 800101-1****** 확인함 ㈜가산"
    assert looks_like_resident_number(written)


@pytest.mark.parametrize("written", NOT_RESIDENT)
def test_other_numbers_are_left_alone(written: str) -> None:
    assert mask_resident_numbers(written) == (written, 0)
    assert not looks_like_resident_number(written)


#: What the matching reads each character as (one for one): decimal digits of any script as
#: ASCII digits, dashes as '-', the full-width separators as their ASCII forms, the
#: ideographic space as a space, everything else as itself.
PLAIN = {
    "８": "8",
    "٣": "3",
    "०": "0",
    "－": "-",
    "—": "-",
    "‐": "-",
    "−": "-",
    "．": ".",
    "。": ".",
    "＿": "_",
    "／": "/",
    "：": ":",
    "\u3000": " ",
    "가": "가",
    "X": "X",  # ASCII, read through the table too in a text that is not all ASCII
    "Ａ": "Ａ",
    "·": "·",
    "、": "、",
}


def test_the_table_reads_each_character_as_its_ascii_form() -> None:
    # A new table: the module's own fills as texts are masked, and would hide a wrong entry
    # made before this test runs.
    table = _Plain()
    assert {ch: table[ord(ch)] for ch in PLAIN} == PLAIN
    assert {chr(code): plain for code, plain in table.items()} == PLAIN  # kept once made


def test_the_table_stops_growing_at_65536_characters() -> None:
    table = _Plain.fromkeys(range(0x20000, 0x20000 + 65_535), "x")  # CJK Extension B
    assert table[ord("８")] == "8"  # the 65,536th is kept
    assert len(table) == 65_536
    assert table[ord("－")] == "-"  # and the next one read, not kept
    assert len(table) == 65_536 and ord("－") not in table


#: A SHA-256 digest in hex (the tamper-evident chains' hashes): 64 hex digits, which may
#: hold a run of 13 decimal digits by chance.
_HEX_DIGEST = re.compile(r"[0-9a-f]{64}")


def _digits_in_db(workspace: Workspace) -> list[str]:
    """Every run of 13 digits (a whole resident number) in any text column of any table,
    read back through the database in ASCII and in the original digits."""
    found: list[str] = []
    inspector = __import__("sqlalchemy").inspect(workspace.db.engine)
    with workspace.db.engine.connect() as connection:
        for table in inspector.get_table_names():
            columns = [
                c["name"]
                for c in inspector.get_columns(table)
                if str(c["type"]).upper().startswith(("VARCHAR", "TEXT"))
            ]
            for column in columns:
                for (value,) in connection.execute(text(f"SELECT {column} FROM {table}")):
                    if _HEX_DIGEST.fullmatch(str(value or "")):
                        continue  # a hash of the chain: hex digits, whatever runs they hold
                    if value and looks_like_resident_number(str(value)):
                        found.append(f"{table}.{column}: {value}")
    return found


def test_every_free_text_of_every_record_is_masked_at_the_services(
    workspace: Workspace, admin: Actor
) -> None:
    plus = counselor_at(workspace, admin, "plus")
    r = workspace.records
    rrn = "800101 - 1234567"
    seeker = r.register_seeker(
        plus,
        RegisterSeeker(
            name="홍길동",
            registered_on=date(2018, 10, 1),
            consented=True,
            address=f"가산동 {rrn}",
            desired_job=f"경비 {rrn}",
            desired_wage=f"월 {rrn}",
            desired_area=f"금천구 {rrn}",
            certificates=(f"지게차 {rrn}",),
            careers=(Career(f"(주)가산 {rrn}", f"경비 {rrn}"),),
        ),
    )
    assert seeker.warnings[0] == "주민등록번호로 보이는 숫자 7건을 가려서 저장했습니다."
    employer = r.register_employer(
        plus, RegisterEmployer(name=f"가산 {rrn}", industry=f"경비업 {rrn}")
    )
    opening = r.register_opening(
        plus,
        RegisterOpening(employer.number, f"경비 {rrn}", 1, date(2018, 10, 2), wage=f"월 {rrn}"),
    )
    r.log_session(plus, LogSession(seeker.number, date(2018, 10, 3), notes=f"상담 {rrn}"))
    referral = r.refer(
        plus, Refer(seeker.number, opening.number, date(2018, 10, 4), outcome=f"대기 {rrn}")
    )
    workspace.corrections.record_outcome(plus, referral.id, f"면접 {rrn}")
    r.record_placement(
        plus,
        RecordPlacement(
            seeker.number,
            date(2018, 10, 20),
            employer_name=f"다른 {rrn}",
            employment_type=f"상용 {rrn}",
        ),
    )
    workspace.corrections.change(
        plus,
        ChangeRecord(RecordKind.SEEKER, seeker.number, {"희망직종": f"미화 {rrn}"}, f"정정 {rrn}"),
    )
    r.void(plus, RecordKind.REFERRAL, referral.id, f"잘못 {rrn}")
    assert _digits_in_db(workspace) == []
    masked = rows(workspace, "SELECT desired_job FROM job_seekers")
    assert masked == [("미화 800101-1******",)]
    story = workspace.corrections.history(admin, None, seeker.number)
    assert story.entries[-2].reason == "정정 800101-1******"


def test_an_identifier_that_looks_like_a_resident_number_is_refused(
    workspace: Workspace, counselor: Actor
) -> None:
    with pytest.raises(ValidationError) as caught:
        seeker_command(
            {"구직자번호": "8001011234567", "성명": "홍길동", "등록일": "2018-10-01"}, TODAY
        )
    assert caught.value.problems == [
        ("구직자번호", "주민등록번호처럼 보이는 번호는 쓸 수 없습니다. 다른 번호를 주세요.")
    ]
    assert rows(workspace, "SELECT count(*) FROM job_seekers") == [(0,)]


@SQLITE_ONLY
def test_an_imported_workbook_and_its_file_name_are_masked(
    workspace: Workspace, admin: Actor, tmp_path: Path
) -> None:
    rrn = "８００１０１－１２３４５６７"
    book = write_book(
        tmp_path / "명단 800101_1234567.xlsx",
        {
            "구직자": [
                ["구직자번호", "성명", "등록창구", "등록일", "희망직종", "주소"],
                ["S1", "김민수", "plus", "2018-03-02", f"경비 {rrn}", f"가산동 {rrn}"],
            ],
            "알선": [["구직자번호", "구인번호", "알선일", "알선창구", "결과"]],
            "구인업체": [["업체번호", "업체명", "업종"], ["E1", f"가산 {rrn}", f"경비 {rrn}"]],
            "구인": [
                ["구인번호", "업체번호", "모집직종", "모집인원", "등록창구", "등록일", "임금"],
                ["J1", "E1", f"경비 {rrn}", 1, "plus", "2018-03-01", f"월 {rrn}"],
            ],
        },
    )
    report = workspace.imports.import_workbook(admin, book)
    assert report.masked == 6
    assert report.file_name == "명단 800101-1******.xlsx"
    assert _digits_in_db(workspace) == []
    raw = b"".join(
        p.read_bytes() for p in tmp_path.glob("*.sqlite3*") if p.is_file()
    )  # the database file and its write-ahead log, byte for byte
    assert re.search(rb"1234567", raw) is None
    assert "１２３４５６７".encode() not in raw


@SQLITE_ONLY
def test_the_purge_masks_what_an_older_version_stored(workspace: Workspace, admin: Actor) -> None:
    plus = counselor_at(workspace, admin, "plus")
    saved = workspace.records.register_seeker(
        plus, RegisterSeeker(name="예전", registered_on=date(2018, 10, 1), consented=True)
    )
    with workspace.db.engine.begin() as connection:  # as an older version wrote them
        connection.execute(
            text("UPDATE job_seekers SET desired_job = '경비 800101.1234567' WHERE id = :i"),
            {"i": saved.id},
        )
        connection.execute(text("UPDATE imports SET file_name = '' WHERE 0"))
    assert len(_digits_in_db(workspace)) == 1
    report = workspace.privacy.purge(admin, 5)
    assert (report.anonymized, report.masked) == (0, 1)
    assert rows(workspace, "SELECT desired_job FROM job_seekers") == [("경비 800101-1******",)]
    assert _digits_in_db(workspace) == []
