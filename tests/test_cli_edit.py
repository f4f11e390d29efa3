"""``deskapp edit``, ``deskapp history`` and ``deskapp groups`` (ARCHITECTURE.md) through
``deskapp.cli.main``: output, exit codes 0/2/3, every problem listed, nothing half-done.

The records are made through the services (the command line has no registration);
every expected line is written out by hand.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from conftest import PASSWORD, Initialize
from sqlalchemy import create_engine, text

from deskapp.cli import main
from deskapp.domain.commands import (
    LogSession,
    RegisterEmployer,
    RegisterOpening,
    RegisterSeeker,
)
from deskapp.domain.records import Channel, Gender, Role
from deskapp.services.workspace import Workspace

#: The tables an edit writes (the access log's log-in lines aside).
WRITTEN = ("job_seekers", "counseling_sessions", "job_openings", "record_changes")


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


@dataclass(frozen=True)
class Desk:
    """The database and what is in it: seeker S100 (plus, 2018-09-10, 남, 010-1234-5678,
    group 청년) with one 방문 session, employer E100 and its opening J100."""

    path: str
    session_id: int


@pytest.fixture
def desk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, initialized: Initialize) -> Desk:
    monkeypatch.setenv("DESKAPP_PASSWORD", PASSWORD)
    path = str(tmp_path / "edit.sqlite3")
    initialized(path, "boss")
    workspace = Workspace.open(path)
    try:
        accounts = workspace.accounts
        boss = accounts.authenticate("boss", PASSWORD)
        accounts.create_user(boss, "lead", PASSWORD, Role.TEAM_LEAD)
        kim = accounts.create_user(boss, "kim", PASSWORD, Role.COUNSELOR, "plus", "김상담")
        accounts.create_user(boss, "lee", PASSWORD, Role.COUNSELOR, "gvalley", "이상담")
        records = workspace.records
        records.register_seeker(
            kim,
            RegisterSeeker(
                name="홍길동",
                registered_on=date(2018, 9, 10),
                seeker_no="S100",
                consented=True,
                gender=Gender.MALE,
                phone="01012345678",
                groups=("청년",),
            ),
        )
        session = records.log_session(
            kim, LogSession("S100", date(2018, 9, 11), channel=Channel.VISIT)
        )
        records.register_employer(kim, RegisterEmployer(name="(주)가산테크", employer_no="E100"))
        records.register_opening(
            kim, RegisterOpening("E100", "경비원", 1, date(2018, 9, 12), opening_no="J100")
        )
    finally:
        workspace.close()
    return Desk(path, session.id)


def table(desk: Desk, sql: str) -> list[tuple[object, ...]]:
    engine = create_engine(f"sqlite:///{desk.path}")
    try:
        with engine.connect() as connection:
            return [tuple(row) for row in connection.execute(text(sql))]
    finally:
        engine.dispose()


def written(desk: Desk) -> dict[str, list[tuple[object, ...]]]:
    """What an edit could have written: the records, their history, the update lines."""
    found = {t: table(desk, f"SELECT * FROM {t} ORDER BY id") for t in WRITTEN}
    found["updates"] = table(desk, "SELECT * FROM access_log WHERE action = 'update'")
    return found


def edit(desk: Desk, user: str, *argv: str) -> tuple[int, str, str]:
    return run("edit", "--db", desk.path, "--user", user, *argv)


# -- edit ------------------------------------------------------------------------------


def test_edit_changes_the_fields_and_prints_each_old_and_new_value(desk: Desk) -> None:
    code, out, err = edit(
        desk,
        "kim",
        "seeker",
        "S100",
        "연락처=010-9999-8888",
        "희망근무지역=구로구",
        "--reason",
        "전화번호 바뀜",
    )
    assert (code, err) == (0, "")
    assert out == (
        "구직자 S100을 고쳤습니다 (사유: 전화번호 바뀜).\n"
        "  연락처: 010-1234-5678 → 010-9999-8888\n"
        "  희망근무지역: (없음) → 구로구\n"
    )
    assert table(desk, "SELECT phone, desired_area FROM job_seekers") == [("01099998888", "구로구")]
    assert table(desk, "SELECT field, old_value, new_value, reason FROM record_changes") == [
        ("연락처", "010-1234-5678", "010-9999-8888", "전화번호 바뀜"),
        ("희망근무지역", None, "구로구", "전화번호 바뀜"),
    ]
    assert table(desk, "SELECT username, subject_no FROM access_log WHERE action = 'update'") == [
        ("kim", "S100")
    ]
    # The same values again: nothing to change, nothing written.
    code, out, _ = edit(desk, "kim", "seeker", "S100", "연락처=01099998888", "--reason", "확인")
    assert (code, out) == (0, "구직자 S100: 바뀐 항목이 없습니다 (이미 그 값입니다).\n")
    assert len(table(desk, "SELECT id FROM record_changes")) == 2

    # A session by its id; an opening closed by its 마감사유 and opened again by emptying it.
    code, out, _ = edit(
        desk, "kim", "session", str(desk.session_id), "상담방법=전화", "--reason", "상담 정정"
    )
    assert (code, out.splitlines()[1:]) == (0, ["  상담방법: 방문 → 전화"])
    code, out, _ = edit(desk, "kim", "opening", "J100", "마감사유=채용완료", "--reason", "충원")
    assert (code, out.splitlines()[1:]) == (0, ["  마감사유: (없음) → 채용완료"])
    assert table(desk, "SELECT close_reason, closed_on IS NOT NULL FROM job_openings") == [
        ("채용완료", 1)
    ]
    code, out, _ = edit(desk, "kim", "opening", "J100", "마감사유=", "--reason", "재모집")
    assert (code, out.splitlines()[1:]) == (0, ["  마감사유: 채용완료 → (없음)"])
    assert table(desk, "SELECT close_reason, closed_on FROM job_openings") == [(None, None)]


def test_edit_lists_every_problem_and_changes_nothing(desk: Desk) -> None:
    before = written(desk)
    code, out, err = edit(
        desk,
        "kim",
        "seeker",
        "S100",
        "생년월일=1990-13-45",
        "성별=모름",
        "취미=낚시",
        "엉터리",
        "연락처=010-5555-6666",
        "--reason",
        "정정",
    )
    assert (code, out) == (2, "")
    problems = err.splitlines()
    # The malformed argument first, then each bad value and unknown field in order.
    assert [re.findall(r"^deskapp: ([^:]+): ", line)[0] for line in problems] == [
        "엉터리",
        "생년월일",
        "성별",
        "취미",
    ]
    assert problems[0] == "deskapp: 엉터리: '항목=값'으로 적으세요 (예: 연락처=010-1234-5678)."
    assert problems[2] == "deskapp: 성별: '모름'은 성별이 아닙니다 (남 또는 여)."
    assert "구직자에 없는 항목" in problems[3]
    assert written(desk) == before

    for argv, expected in (
        (
            ("연락처=010-1111-2222", "연락처=010-3333-4444", "--reason", "정정"),
            ["deskapp: 연락처: 같은 항목을 두 번 적었습니다."],
        ),
        (("연락처=010-5555-6666", "--reason", " "), ["deskapp: --reason: 고치는 사유를 적으세요."]),
        (("--reason", "정정"), ["deskapp: 항목: 바꿀 항목을 적으세요 (항목=값)."]),
        (
            ("구직자번호=S200", "성명=", "--reason", "정정"),
            [
                "deskapp: 구직자번호: '구직자번호'는 바꿀 수 없습니다 (같은 사람이면 병합, "
                "잘못 만든 기록은 무효).",
                "deskapp: 성명: 성명은 비울 수 없습니다.",
            ],
        ),
    ):
        code, out, err = edit(desk, "kim", "seeker", "S100", *argv)
        assert (code, out, err.splitlines()) == (2, "", expected)
    # Found by the service after log-in: a group not in the list.
    code, _, err = edit(
        desk,
        "kim",
        "seeker",
        "S100",
        "연락처=010-5555-6666",
        "대상그룹=청년, 우주인",
        "--reason",
        "정정",
    )
    assert code == 2 and err.startswith("deskapp: 대상그룹: '우주인': 대상 그룹 목록에 없습니다")
    code, _, err = edit(desk, "kim", "seeker", "S999", "연락처=010-5555-6666", "--reason", "정정")
    assert code == 2 and "S999" in err
    code, _, err = edit(desk, "kim", "seeker", "S100", "연락처=010-5555-6666")  # no --reason
    assert code == 2 and "--reason" in err
    assert written(desk) == before


def test_edit_by_a_counselor_of_another_desk_exits_3_and_changes_nothing(desk: Desk) -> None:
    before = written(desk)
    code, out, err = edit(desk, "lee", "seeker", "S100", "연락처=010-5555-6666", "--reason", "정정")
    assert (code, out) == (3, "")
    assert err.startswith("deskapp: 상담사 'lee'는 다른 창구의 구직자 기록을 고칠 수 없습니다.")
    code, _, _ = edit(
        desk, "lee", "session", str(desk.session_id), "상담내용=메모", "--reason", "정정"
    )
    assert code == 3
    assert written(desk) == before
    # A team lead may correct any desk's record.
    assert edit(desk, "lead", "seeker", "S100", "연락처=010-5555-6666", "--reason", "정정")[0] == 0


def test_edit_in_a_closed_month_exits_2_until_the_month_is_reopened(desk: Desk) -> None:
    code, _, _ = run("close", "--db", desk.path, "--user", "lead", "--year", "2018", "--month", "9")
    assert code == 0
    before = written(desk)
    code, out, err = edit(desk, "kim", "seeker", "S100", "연락처=010-5555-6666", "--reason", "정정")
    assert (code, out) == (2, "")
    assert err.startswith(
        "deskapp: 마감: 2018년 9월은 마감되어 그 달의 기록을 더하거나 바꿀 수 없습니다."
    )
    assert written(desk) == before
    code, _, _ = run(
        "reopen",
        "--db",
        desk.path,
        "--user",
        "lead",
        "--year",
        "2018",
        "--month",
        "9",
        "--reason",
        "연락처 정정",
    )
    assert code == 0
    code, out, _ = edit(desk, "kim", "seeker", "S100", "연락처=010-5555-6666", "--reason", "정정")
    assert (code, out.splitlines()[1:]) == (0, ["  연락처: 010-1234-5678 → 010-5555-6666"])


# -- history ---------------------------------------------------------------------------


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def test_history_prints_the_changes_oldest_first_as_a_table_or_csv(desk: Desk) -> None:
    sid = desk.session_id
    assert (
        edit(desk, "kim", "seeker", "S100", "연락처=010-9999-8888", "--reason", "전화번호 바뀜")[0]
        == 0
    )
    assert edit(desk, "lead", "seeker", "S100", "성별=여", "--reason", "성별 정정")[0] == 0
    assert edit(desk, "kim", "session", str(sid), "상담방법=전화", "--reason", "상담 정정")[0] == 0
    expected = [
        ["kim", "등록", "", "", ""],
        ["kim", "연락처", "010-1234-5678", "010-9999-8888", "전화번호 바뀜"],
        ["lead", "성별", "남", "여", "성별 정정"],
        ["kim", f"상담 {sid} · 상담방법", "방문", "전화", "상담 정정"],
    ]

    code, out, err = run("history", "--db", desk.path, "--user", "lead", "S100", "--format", "csv")
    assert (code, err) == (0, "")
    assert out.splitlines()[0] == "when,user,field,old,new,reason"
    body = list(csv.reader(io.StringIO(out)))[1:]
    assert [row[1:] for row in body] == expected
    times = [row[0] for row in body]
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", t) for t in times)
    assert times == sorted(times)

    code, out, _ = run("history", "--db", desk.path, "--user", "kim", "S100")
    assert code == 0
    head, columns, *entries = out.splitlines()
    assert head == "구직자 S100 홍길동"
    assert columns.split() == ["when", "user", "field", "old", "new", "reason"]
    assert [line.split()[2:] for line in entries] == [
        ["kim", "등록"],
        ["kim", "연락처", "010-1234-5678", "010-9999-8888", "전화번호", "바뀜"],
        ["lead", "성별", "남", "여", "성별", "정정"],
        ["kim", "상담", str(sid), "·", "상담방법", "방문", "전화", "상담", "정정"],
    ]
    # The columns line up (Hangul counts two columns): each field starts under 'field'.
    where = _width(columns[: columns.index("field")])
    for line, (_, field, *_rest) in zip(entries, expected, strict=True):
        assert _width(line[: line.index(field)]) == where

    # An employer's and an opening's history by their numbers (--kind when needed).
    code, out, _ = run("history", "--db", desk.path, "--user", "kim", "E100", "--format", "csv")
    assert code == 0 and [r[1:] for r in csv.reader(io.StringIO(out))][1:] == [
        ["kim", "등록", "", "", ""]
    ]
    code, out, _ = run(
        "history",
        "--db",
        desk.path,
        "--user",
        "kim",
        "J100",
        "--kind",
        "opening",
        "--format",
        "csv",
    )
    assert code == 0 and len(out.splitlines()) == 2
    # Another desk's counselor may not read it; an unknown number is bad input.
    code, out, err = run("history", "--db", desk.path, "--user", "lee", "S100")
    assert (code, out) == (3, "") and "다른 창구" in err
    assert run("history", "--db", desk.path, "--user", "kim", "S999")[0] == 2


# -- groups ----------------------------------------------------------------------------


def test_groups_are_listed_added_and_retired_by_an_administrator(desk: Desk) -> None:
    def groups(user: str, *argv: str) -> tuple[int, str, str]:
        return run("groups", "--db", desk.path, "--user", user, *argv)

    code, out, err = groups("boss", "list")
    assert (code, err) == (0, "")
    # The eleven groups of revision 0009 in order; S100 is in 청년.
    names = [
        "청년",
        "중장년",
        "어르신",
        "경력단절여성",
        "장애인",
        "저소득",
        "한부모",
        "북한이탈주민",
        "결혼이민자",
        "특성화고",
        "장기실업",
    ]
    counts = {"청년": 1}
    assert out.splitlines() == [f"{n}\t사용\t{counts.get(n, 0)}명" for n in names]
    assert groups("kim", "list")[1] == out  # everyone may read the list

    assert groups("boss", "add", "노숙인") == (0, "대상 그룹 '노숙인'을 더했습니다.\n", "")
    assert groups("boss", "list")[1].splitlines()[-1] == "노숙인\t사용\t0명"
    code, _, err = groups("boss", "add", "청년")
    assert (code, err) == (2, "deskapp: 대상그룹: '청년'은 이미 목록에 있습니다.\n")
    code, out, err = groups("kim", "add", "이주노동자")
    assert (code, out) == (3, "") and "권한" in err
    assert groups("boss", "retire", "노숙인") == (
        0,
        "대상 그룹 '노숙인'을 더는 쓰지 않습니다.\n",
        "",
    )
    listed = groups("boss", "list")[1].splitlines()
    assert (len(listed), listed[-1]) == (12, "노숙인\t사용 중지\t0명")
    assert groups("boss", "retire", "없는그룹")[0] == 2
    assert groups("lead", "retire", "청년")[0] == 3
