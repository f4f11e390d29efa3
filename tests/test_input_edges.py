"""Bad input is refused with a message (exit 2), never met later as a crash, and what is kept
is what shows: no hidden characters in names, ASCII digits in numbers, one import of a file
even when two processes import it at once."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import PASSWORD, TODAY, Initialize, rows
from workbooks import write_book

from deskapp.cli import main
from deskapp.domain.business import normalize_business_no
from deskapp.domain.commands import employer_command, seeker_command
from deskapp.domain.errors import ValidationError, WorkbookRejected
from deskapp.domain.phone import normalize_phone
from deskapp.domain.records import Role
from deskapp.services.workspace import Workspace


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def cli_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, initialized: Initialize) -> str:
    monkeypatch.setenv("DESKAPP_PASSWORD", PASSWORD)
    path = str(tmp_path / "edges.sqlite3")
    initialized(path, "admin")
    return path


# -- dates out of any period, and a database address of no known kind -------------------------


@pytest.mark.parametrize("command", ["flags", "audit", "stats"])
@pytest.mark.parametrize(
    ("start", "end", "field"),
    [("0001-01-01", "2018-12-31", "시작일"), ("2018-01-01", "9999-12-31", "종료일")],
)
def test_a_period_beyond_any_record_is_bad_input(
    cli_db: str, command: str, start: str, end: str, field: str
) -> None:
    code, out, err = run(command, "--db", cli_db, "--user", "admin", "--from", start, "--to", end)
    assert (code, out) == (2, ""), err
    assert f"deskapp: {field}: " in err and "1900년부터 2999년" in err
    assert "Traceback" not in err and "오류가 났습니다" not in err


def test_both_ends_of_a_period_are_told_at_once(cli_db: str) -> None:
    code, _, err = run(
        "flags", "--db", cli_db, "--user", "admin", "--from", "0001-01-01", "--to", "9999-12-31"
    )
    assert code == 2
    assert [line.split(":")[1].strip() for line in err.splitlines()] == ["시작일", "종료일"]


@pytest.mark.parametrize("command", ["check", "stats", "init", "demo"])
def test_a_database_address_of_no_known_kind_is_bad_input(
    command: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DESKAPP_PASSWORD", PASSWORD)
    extra = {
        "check": [],
        "stats": ["--user", "admin", "--from", "2018-01-01", "--to", "2018-12-31"],
        "init": ["--admin", "admin"],
        "demo": ["--seekers", "10"],
    }[command]
    for url in ("notaurl://", "notaurl://user:secret-9@host/db"):
        code, out, err = run(command, "--db", url, *extra)
        assert (code, out) == (2, ""), err
        assert "종류를 알 수 없습니다" in err and "secret-9" not in err


# -- what a name shows is what is kept ---------------------------------------------------------


@pytest.mark.parametrize(
    "hidden",
    [
        "\u202e",  # right-to-left override: '김민\u202e수정' shows as another name
        "\u2066",  # left-to-right isolate
        "\u200f",  # right-to-left mark
        "\u200b",  # zero-width space
        "\u2060",  # word joiner
        "\ufeff",  # byte order mark
        "\u00ad",  # soft hyphen
        "\u3164",  # Hangul filler: a 'name' that shows as nothing
        "\u115f",  # Hangul choseong filler
        "\x7f",  # delete
        "\x85",  # next line (C1 control)
    ],
)
def test_names_with_hidden_characters_are_refused_naming_the_field(hidden: str) -> None:
    with pytest.raises(ValidationError) as caught:
        seeker_command({"성명": f"김민{hidden}수", "등록일": "2018-10-01"}, TODAY)
    assert caught.value.field == "성명"
    assert f"U+{ord(hidden):04X}" in caught.value.message
    with pytest.raises(ValidationError) as caught:
        employer_command({"업체명": f"(주){hidden}가산", "담당자": "박담당"}, TODAY)
    assert caught.value.field == "업체명"
    with pytest.raises(ValidationError) as caught:
        seeker_command({"성명": hidden, "등록일": "2018-10-01"}, TODAY)
    assert caught.value.field == "성명"


def test_a_name_in_decomposed_jamo_is_kept_as_the_syllables_it_shows() -> None:
    decomposed = "\u1112\u1169\u11bc\u1100\u1175\u11af\u1103\u1169\u11bc"  # 홍길동 in jamo
    command = seeker_command({"성명": decomposed, "등록일": "2018-10-01"}, TODAY)
    assert command.name == "홍길동"
    # Line breaks and tabs stay in notes; a name's ordinary spaces stay as one space.
    assert seeker_command({"성명": "남궁\u3000민", "등록일": "2018-10-01"}, TODAY).name == (
        "남궁 민"
    )


def test_hidden_characters_in_a_workbook_name_the_row(workspace: Workspace, tmp_path: Path) -> None:
    admin = workspace.accounts.authenticate("admin", PASSWORD)
    book = write_book(
        tmp_path / "hidden.xlsx",
        {
            "구직자": [
                ["구직자번호", "성명", "등록창구", "등록일"],
                ["S1", "김민수", "plus", "2018-03-02"],
                ["S2", "이\u200b영희", "plus", "2018-03-02"],
            ],
        },
    )
    with pytest.raises(WorkbookRejected) as caught:
        workspace.imports.import_workbook(admin, book)
    assert [str(p) for p in caught.value.problems] == [
        "[구직자] 3행 '성명' 열: 보이지 않는 문자나 제어 문자(U+200B)가 들어 있습니다. "
        "지우고 다시 적으세요."
    ]
    assert rows(workspace, "SELECT count(*) FROM job_seekers") == [(0,)]


# -- digits of every script are stored as ASCII ------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    [
        "０１０－１２３４－５６７８",  # full width, as an IME in full-width mode types it
        "010-１２３４-５６７８",  # half of it in full width
        "٠١٠-١٢٣٤-٥٦٧٨",  # Arabic-Indic
        "۰۱۰۱۲۳۴۵۶۷۸",  # extended Arabic-Indic (Persian)
        "（０２）２６２７－１２３４",
    ],
)
def test_phone_digits_of_any_script_are_stored_as_ascii(typed: str) -> None:
    stored = normalize_phone(typed)
    assert stored.isascii() and stored in ("01012345678", "0226271234")


def test_business_number_digits_of_any_script_are_stored_as_ascii() -> None:
    assert normalize_business_no("１２４－８１－００９９８") == "1248100998"
    assert normalize_business_no("١٢٤-٨١-٠٠٩٩٨") == "1248100998"
    with pytest.raises(ValidationError, match="검증번호"):
        normalize_business_no("１２４－８１－００９９７")


def test_a_full_width_phone_is_found_by_its_ascii_digits(workspace: Workspace) -> None:
    admin = workspace.accounts.authenticate("admin", PASSWORD)
    plus = workspace.accounts.create_user(admin, "c-plus", PASSWORD, Role.COUNSELOR, "plus")
    command = seeker_command(
        {"성명": "김민수", "등록일": "2018-10-01", "연락처": "010-１２３４-５６７８"}, TODAY
    )
    workspace.records.register_seeker(plus, replace(command, consented=True))
    assert rows(workspace, "SELECT phone FROM job_seekers") == [("01012345678",)]


# -- the same file imported by two processes at once -------------------------------------------


def _big_book(path: Path, size: int) -> Path:
    seekers: list[list[object]] = [["구직자번호", "성명", "등록창구", "등록일", "연락처"]]
    sessions: list[list[object]] = [["구직자번호", "상담일", "상담창구", "상담내용"]]
    for i in range(size):
        seekers.append([f"S{i}", "김가나", "plus", "2018-03-02", f"010{20000000 + i}"])
        sessions.append([f"S{i}", "2018-03-03", "plus", f"상담 {i}"])
    return write_book(path, {"구직자": seekers, "상담": sessions})


def test_the_same_file_imported_by_two_processes_at_once_is_imported_once(
    workspace: Workspace, db_url: str, tmp_path: Path
) -> None:
    size = 6000
    book = _big_book(tmp_path / "same.xlsx", size)
    env = {**os.environ, "DESKAPP_PASSWORD": PASSWORD, "PYTHONDONTWRITEBYTECODE": "1"}
    command = [
        sys.executable,
        "-m",
        "deskapp",
        "import",
        "--db",
        db_url,
        "--user",
        "admin",
        str(book),
    ]
    children = [
        subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
        )
        for _ in range(2)
    ]
    results = []
    for child in children:
        out, err = child.communicate(timeout=300)
        results.append((child.returncode, out, err))
    codes = sorted(code for code, _, _ in results)
    assert codes == [0, 2], results
    refused = next(err for code, _, err in results if code == 2)
    assert "이미 가져왔습니다" in refused and "Traceback" not in refused
    assert rows(workspace, "SELECT count(*), sum(row_count) FROM imports") == [(1, 2 * size)]
    assert rows(workspace, "SELECT count(*) FROM job_seekers") == [(size,)]
