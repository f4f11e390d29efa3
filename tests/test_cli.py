"""The command line: commands, output formats, exit codes, nothing half-written."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from conftest import PASSWORD
from openpyxl import load_workbook
from workbooks import valid_sheets, write_book

from deskapp.cli import main


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A database made by ``deskapp init``, with a team lead and a counselor added."""
    monkeypatch.setenv("DESKAPP_PASSWORD", PASSWORD)
    path = str(tmp_path / "cli.sqlite3")
    code, out, err = run("init", "--db", path, "--admin", "boss")
    assert (code, err) == (0, "")
    assert "boss" in out
    from deskapp.domain.records import Role
    from deskapp.services.workspace import Workspace

    workspace = Workspace.open(path)
    admin = workspace.accounts.authenticate("boss", PASSWORD)
    workspace.accounts.create_user(admin, "lead", PASSWORD, Role.TEAM_LEAD)
    workspace.accounts.create_user(admin, "kim", PASSWORD, Role.COUNSELOR, "gvalley")
    workspace.close()
    return path


def test_help_and_version() -> None:
    code, out, _ = run("--help")
    assert code == 0 and "init" in out and "stats" in out
    assert run("--version")[0] == 0


def test_import_then_stats_in_every_format(db: str, tmp_path: Path) -> None:
    book = write_book(tmp_path / "records.xlsx", valid_sheets())
    code, out, err = run("import", "--db", db, "--user", "boss", str(book))
    assert (code, err) == (0, "")
    assert "16행" in out
    code, out, _ = run(
        "stats",
        "--db",
        db,
        "--user",
        "lead",
        "--from",
        "2018-01-01",
        "--to",
        "2018.10.30.",
        "--format",
        "csv",
    )
    assert code == 0
    assert out.splitlines() == [
        "desk,job_openings,job_seekers,sessions,referrals,placements",
        "total,2,3,4,2,2",
        "plus,1,1,2,1,1",
        "gvalley,1,1,0,0,0",
        "dong,0,1,1,1,0",
        "welfare,0,0,1,0,1",
    ]
    # --db before the command names the database just as well.
    code, before, _ = run(
        "--db",
        db,
        "stats",
        "--user",
        "lead",
        "--from",
        "2018-01-01",
        "--to",
        "2018.10.30.",
        "--format",
        "csv",
    )
    assert (code, before) == (0, out)
    code, out, _ = run(
        "stats",
        "--db",
        db,
        "--user",
        "lead",
        "--from",
        "2018-01-01",
        "--to",
        "2018-10-30",
        "--format",
        "json",
    )
    document = json.loads(out)
    assert document["from"] == "2018-01-01"
    assert document["rows"][0] == {
        "desk": "total",
        "name": "총 계",
        "job_openings": 2,
        "job_seekers": 3,
        "sessions": 4,
        "referrals": 2,
        "placements": 2,
    }
    code, out, _ = run(
        "stats", "--db", db, "--user", "lead", "--from", "2018-01-01", "--to", "2018-10-30"
    )
    assert code == 0
    assert "총 계" in out and "G밸리 일자리상담창구" in out and "취업자수(명)" in out


def test_stats_xlsx_in_the_official_layout(db: str, tmp_path: Path) -> None:
    run(
        "import", "--db", db, "--user", "boss", str(write_book(tmp_path / "r.xlsx", valid_sheets()))
    )
    target = tmp_path / "table.xlsx"
    code, _, _ = run(
        "stats",
        "--db",
        db,
        "--user",
        "lead",
        "--from",
        "2018-01-01",
        "--to",
        "2018-10-30",
        "--format",
        "csv",
        "--xlsx",
        str(target),
    )
    assert code == 0
    sheet = load_workbook(target).active
    assert sheet is not None
    assert "실적" in str(sheet["A1"].value)
    assert sheet["F2"].value == "(단위: 건, 명)"
    assert "A3:A4" in {str(r) for r in sheet.merged_cells.ranges}
    assert [c.value for c in sheet[3]] == [
        "구 분",
        "구인등록",
        "구직등록",
        "상 담",
        "알 선",
        "취업자수",
    ]
    assert [c.value for c in sheet[4]][1:] == ["(건)", "(명)", "(건)", "(건)", "(명)"]
    names = [sheet.cell(row=r, column=1).value for r in range(5, 10)]
    assert names == [
        "총 계",
        "일자리플러스센터",
        "G밸리 일자리상담창구",
        "동주민센터 일자리상담창구",
        "고용복지플러스센터 일자리상담창구",
    ]
    assert [c.value for c in sheet[5]][1:] == [2, 3, 4, 2, 2]
    assert all(c.number_format == "#,##0" for c in sheet[5][1:])
    assert "'18.10.30. 기준" in str(sheet["A10"].value)


def test_monthly_workbook_matches_stats_for_each_month(db: str, tmp_path: Path) -> None:
    run(
        "import", "--db", db, "--user", "boss", str(write_book(tmp_path / "r.xlsx", valid_sheets()))
    )
    target = tmp_path / "monthly.xlsx"
    code, _, err = run(
        "monthly", "--db", db, "--user", "lead", "--year", "2018", "--xlsx", str(target)
    )
    assert (code, err) == (0, "")
    book = load_workbook(target)
    assert book.sheetnames == [
        "월별",
        "누계",
        "목표·달성률",
        "차트",
        "기업발굴",
        "행사",
        "성별",
        "연령대",
        "구민",
        "대상그룹",
        "상담사",
        "고용유지",
    ]
    with zipfile.ZipFile(target) as archive:  # openpyxl does not read charts back
        assert len([n for n in archive.namelist() if n.startswith("xl/charts/chart")]) == 5
    targets = list(book["목표·달성률"].iter_rows(values_only=True))
    assert targets[0][:5] == ("창구", "지표", "연간 목표", "달성", "달성률")
    assert len(targets) == 1 + 4 * 5
    rows = list(book["월별"].iter_rows(values_only=True))
    assert rows[0] == ("월", "창구", "구인등록", "구직등록", "상담", "알선", "취업자수")
    assert len(rows) == 1 + 12 * 5
    assert [r[1] for r in rows[1:6]] == [
        "총 계",
        "일자리플러스센터",
        "G밸리 일자리상담창구",
        "동주민센터 일자리상담창구",
        "고용복지플러스센터 일자리상담창구",
    ]
    for month, last in (("2018-01", 31), ("2018-02", 28), ("2018-03", 31), ("2018-04", 30)):
        _, csv, _ = run(
            "stats",
            "--db",
            db,
            "--user",
            "lead",
            "--from",
            f"{month}-01",
            "--to",
            f"{month}-{last}",
            "--format",
            "csv",
        )
        expected = [tuple(int(v) for v in line.split(",")[1:]) for line in csv.splitlines()[1:]]
        got = [r[2:] for r in rows[1:] if r[0] == month]
        assert got == expected, month
    cumulative = book["누계"]
    _, csv, _ = run(
        "stats",
        "--db",
        db,
        "--user",
        "lead",
        "--from",
        "2018-01-01",
        "--to",
        "2018-12-31",
        "--format",
        "csv",
    )
    total = [int(v) for v in csv.splitlines()[1].split(",")[1:]]
    assert [c.value for c in cumulative[5]][1:] == total


def test_exit_codes(db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "never.xlsx"
    # 2: a counselor exports their own desk's figures only with a reason.
    code, _, err = run(
        "stats",
        "--db",
        db,
        "--user",
        "kim",
        "--from",
        "2018-01-01",
        "--to",
        "2018-10-30",
        "--xlsx",
        str(target),
    )
    assert code == 2 and "사유" in err
    # 3: refused — a counselor may not close a month; a wrong password.
    code, _, err = run("close", "--db", db, "--user", "kim", "--year", "2018", "--month", "1")
    assert code == 3 and "권한" in err
    monkeypatch.setenv("DESKAPP_PASSWORD", "wrong-password-9")
    code, _, err = run(
        "stats",
        "--db",
        db,
        "--user",
        "lead",
        "--from",
        "2018-01-01",
        "--to",
        "2018-10-30",
        "--xlsx",
        str(target),
    )
    assert code == 3 and "비밀번호" in err
    assert not target.exists()
    monkeypatch.setenv("DESKAPP_PASSWORD", PASSWORD)
    # 2: bad input.
    code, _, err = run(
        "stats", "--db", db, "--user", "lead", "--from", "2018-13-01", "--to", "2018-10-30"
    )
    assert code == 2 and "시작일" in err
    code, _, err = run(
        "stats", "--db", db, "--user", "lead", "--from", "2018-10-30", "--to", "2018-01-01"
    )
    assert code == 2 and "늦습니다" in err
    code, _, err = run("stats", "--db", db, "--user", "lead", "--format", "xml")
    assert code == 2 and ("필요한 인자" in err or "고를 수 없는" in err)
    code, _, err = run("monthly", "--db", db, "--user", "lead", "--year", "abc", "--xlsx", "x.xlsx")
    assert code == 2 and "정수가 아닙니다" in err
    code, _, err = run(
        "stats",
        "--db",
        str(tmp_path / "missing.sqlite3"),
        "--user",
        "lead",
        "--from",
        "2018-01-01",
        "--to",
        "2018-10-30",
    )
    assert code == 2 and "deskapp init" in err
    assert not (tmp_path / "missing.sqlite3").exists()
    code, _, err = run("init", "--db", db, "--admin", "again")
    assert code == 2 and "이미 있습니다" in err
    code, _, err = run("init", "--db", str(tmp_path / "new.sqlite3"), "--admin", "관리자")
    assert code == 2 and "사용자 이름" in err
    assert not (tmp_path / "new.sqlite3").exists()


def test_an_invalid_workbook_lists_every_problem_one_per_line(db: str, tmp_path: Path) -> None:
    sheets = valid_sheets()
    sheets["구직자"].append(["S9", "박", "구로센터", "2018-01-01", None, None, None, None, None])
    sheets["구인"].append(["J9", "E1", "경비", 0, "plus", "2018-05-01", None, None])
    sheets["상담"].append(["S77", "2018-05-01", "plus", None, None])
    book = write_book(tmp_path / "bad.xlsx", sheets)
    code, out, err = run("import", "--db", db, "--user", "boss", str(book))
    assert code == 2 and out == ""
    lines = err.splitlines()
    assert lines[:3] == [
        "[구직자] 6행 '등록창구' 열: '구로센터'는 알 수 없는 창구입니다 "
        "(일자리플러스센터, G밸리, 동주민센터, 고용복지플러스센터 중 하나).",
        "[구인] 4행 '모집인원' 열: '0'은 1 이상이어야 합니다.",
        "[상담] 7행 '구직자번호' 열: 'S77'은 이 통합문서의 '구직자' 시트에도, "
        "데이터베이스에도 없습니다.",
    ]
    assert "3건" in lines[3] and len(lines) == 4
    # Nothing was written: the valid workbook still imports whole afterwards.
    code, out, _ = run(
        "import",
        "--db",
        db,
        "--user",
        "boss",
        str(write_book(tmp_path / "good.xlsx", valid_sheets())),
    )
    assert code == 0
    code, _, err = run("import", "--db", db, "--user", "boss", str(tmp_path / "good.xlsx"))
    assert code == 2 and "이미 가져왔습니다" in err
    code, _, err = run("import", "--db", db, "--user", "lead", str(book))
    assert code == 3


def test_template_is_the_empty_records_workbook(tmp_path: Path) -> None:
    target = tmp_path / "양식.xlsx"
    code, _, _ = run("template", str(target))
    assert code == 0
    book = load_workbook(target)
    assert book.sheetnames == [
        "안내",
        "구직자",
        "구인업체",
        "구인",
        "상담",
        "알선",
        "취업",
        "행사",
        "행사참여업체",
        "행사참여자",
    ]
    assert [c.value for c in book["구직자"][1]][:4] == ["구직자번호", "성명", "등록창구", "등록일"]
    assert book["상담"].max_row == 1
    # The occupation-code columns hold text: a code typed there keeps its leading 0.
    for sheet, heading in (("구직자", "희망직종코드"), ("구인", "모집직종코드")):
        cell = next(c for c in book[sheet][1] if c.value == heading)
        assert book[sheet].column_dimensions[cell.column_letter].number_format == "@"
    code, _, err = run("template", str(tmp_path / "no-such-folder" / "x.xlsx"))
    assert code == 2 and "폴더" in err
    code, _, err = run("template", str(tmp_path / "x.csv"))
    assert code == 2 and ".xlsx" in err


def test_the_installed_command_runs_as_a_process(tmp_path: Path) -> None:
    target = tmp_path / "t.xlsx"
    result = subprocess.run(
        [sys.executable, "-m", "deskapp", "template", str(target)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert target.exists()
    result = subprocess.run(
        [sys.executable, "-m", "deskapp", "stats", "--user", "x"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


def test_the_command_line_speaks_the_language_of_deskapp_lang(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """DESKAPP_LANG=en: output lines, the store's refusals and argparse's complaints are
    English; DESKAPP_LANG=ko (the default): the same commands say it in Korean."""
    monkeypatch.setenv("DESKAPP_PASSWORD", PASSWORD)
    english, korean = str(tmp_path / "en.sqlite3"), str(tmp_path / "ko.sqlite3")

    monkeypatch.setenv("DESKAPP_LANG", "en")
    code, out, err = run("init", "--db", english, "--admin", "boss")
    assert (code, err) == (0, "")
    assert out.splitlines() == [f"Created a new database: {english}", "Administrator account: boss"]
    code, out, err = run("init", "--db", english, "--admin", "again")
    assert (code, out) == (2, "")
    assert err == f"deskapp: The database file {english} already exists.\n"
    code, out, err = run("stats", "--db", english, "--user", "boss", "--to", "2018-10-30")
    assert code == 2
    assert err.startswith("deskapp: the following arguments are required: --from\n")
    assert err.endswith("(See 'deskapp stats --help' for how to use it.)\n")
    code, out, _ = run(
        "stats", "--db", english, "--user", "boss", "--from", "2018-01-01", "--to", "2018-01-31"
    )
    assert code == 0 and out.splitlines()[0] == "Period: 2018-01-01 ~ 2018-01-31"
    assert out.splitlines()[1].startswith("Desk ")
    assert not any("\uac00" <= ch <= "\ud7a3" for ch in out.splitlines()[0] + err)

    monkeypatch.setenv("DESKAPP_LANG", "ko")
    code, out, err = run("init", "--db", korean, "--admin", "boss")
    assert (code, err) == (0, "")
    assert out.splitlines() == [f"새 데이터베이스를 만들었습니다: {korean}", "관리자 계정: boss"]
    code, out, err = run("init", "--db", korean, "--admin", "again")
    assert (code, out) == (2, "")
    assert err == f"deskapp: 데이터베이스 파일 {korean}이 이미 있습니다.\n"
    code, out, err = run("stats", "--db", korean, "--user", "boss", "--to", "2018-10-30")
    assert code == 2 and err.startswith("deskapp: 필요한 인자가 없습니다: --from\n")
    assert err.endswith("('deskapp stats --help'로 사용법을 볼 수 있습니다.)\n")
    code, out, _ = run(
        "stats", "--db", korean, "--user", "boss", "--from", "2018-01-01", "--to", "2018-01-31"
    )
    assert code == 0 and out.splitlines()[0] == "기간: 2018-01-01 ~ 2018-01-31"
    assert out.splitlines()[1].startswith("구 분 ")
