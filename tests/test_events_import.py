"""The events workbook (ARCHITECTURE.md) and ``deskapp events``: the seed's 2018 events imported
from the 행사, 행사참여업체 and 행사참여자 sheets print the seed's three tables (job fairs,
small 일구데이 by venue type, joint 일구데이 by venue) in csv, table, json and xlsx; a
hire is counted once in 취업자수; a bad workbook is refused whole with every problem."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from conftest import PASSWORD, Initialize
from openpyxl import load_workbook
from test_cli import run
from workbooks import write_book

from deskapp.domain.records import Role
from deskapp.services.workspace import Workspace

#: The seed's job fairs (organizer totals only): name, organizer, date, 참여, 면접, 채용.
FAIRS = [
    ("G밸리 하반기 우수기업 채용박람회", "한국산업단지공단", "2018-01-25", 484, 135, 1),
    ("서울 여성 일자리 박람회", "남부여성발전센터", "2018-04-19", 305, 102, 5),
    ("금천구 취업박람회", "금천구", "2018-05-16", 1023, 118, 18),
    ("G밸리 상반기 우수기업 채용박람회", "한국산업단지공단", "2018-06-21", 618, 182, 4),
]
#: The small 일구데이: venue type, venue, employers' 모집인원, people interviewed, hired.
SMALL = [
    ("지식산업센터", "SK V1 center", [5], 6, 2),
    ("지식산업센터", "에이스하이엔드", [3, 2], 5, 1),
    ("지식산업센터", "대륭포스트타워", [4], 6, 1),
    ("지식산업센터", "SK V1 center", [3], 5, 1),
    ("지식산업센터", "현대지식산업센터", [2], 4, 1),
    ("지식산업센터", "대륭포스트타워", [2], 5, 1),
    ("지식산업센터", "에이스하이엔드", [2], 5, 1),
    ("구 청", "금천구청", [2], 6, 1),
    ("구 청", "금천구청", [2], 6, 1),
    ("기업시민청", "기업시민청", [1], 7, 0),
]
#: The joint 일구데이: venue, 12 employers' 모집인원, people (recorded or the host's totals).
JOINT = [
    ("금천구청", [4] * 12, 77, 17, False),
    ("관악구청", [6] * 4 + [5] * 8, 76, 12, True),
    ("동작구청", [6] * 10 + [5] * 2, 37, 8, True),
]


def seed_events_workbook(path: Path) -> Path:
    """The seed's 2018 events, with their employers and (where recorded) people."""
    seekers: list[list[object]] = [["구직자번호", "성명", "등록창구", "등록일"]]
    employers: list[list[object]] = [["업체번호", "업체명"]]
    events: list[list[object]] = [
        [
            "행사번호",
            "행사명",
            "구분",
            "일자",
            "창구",
            "주관",
            "장소",
            "장소구분",
            "집계참여인원",
            "집계면접인원",
            "집계채용인원",
        ]
    ]
    taking_part: list[list[object]] = [["행사번호", "업체번호", "모집인원"]]
    people: list[list[object]] = [["행사번호", "구직자번호", "면접", "결과"]]

    def employer(n: int) -> str:
        employers.append([f"EV-E{n:03d}", f"(주)행사참여{n:03d}"])
        return f"EV-E{n:03d}"

    def person(event_no: str, hired: bool) -> None:
        number = f"EV-S{len(seekers):03d}"
        seekers.append([number, f"참가{chr(0xAC00 + len(seekers))}", "plus", "2018-01-05"])
        people.append([event_no, number, "예", "채용" if hired else "불합격"])

    for n, (name, organizer, day, came, seen, hired) in enumerate(FAIRS, start=1):
        events.append(
            [f"F{n}", name, "채용박람회", day, "plus", organizer, "", "", came, seen, hired]
        )
    companies = 0
    for n, (venue_type, venue, recruits, seen, hired) in enumerate(SMALL, start=1):
        number = f"D{n:02d}"
        events.append(
            [
                number,
                f"소규모 일구데이 {n}회",
                "일구데이",
                f"2018-{n:02d}-{10 + n}",
                "plus",
                "금천구",
                venue,
                venue_type,
            ]
        )
        for headcount in recruits:
            companies += 1
            taking_part.append([number, employer(companies), headcount])
        for k in range(seen):
            person(number, k < hired)
    for n, (venue, recruits, seen, hired, by_host) in enumerate(JOINT, start=1):
        number = f"J{n}"
        totals = [seen, seen, hired] if by_host else []
        day = f"2018-{3 * n + 1:02d}-20"
        events.append(
            [
                number,
                f"합동 일구데이 ({venue})",
                "합동일구데이",
                day,
                "plus",
                "금천·관악·동작",
                venue,
                "구청",
                *totals,
            ]
        )
        for headcount in recruits:
            companies += 1
            taking_part.append([number, employer(companies), headcount])
        if not by_host:
            for k in range(seen):
                person(number, k < hired)
    return write_book(
        path,
        {
            "구직자": seekers,
            "구인업체": employers,
            "행사": events,
            "행사참여업체": taking_part,
            "행사참여자": people,
        },
    )


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, initialized: Initialize) -> str:
    monkeypatch.setenv("DESKAPP_PASSWORD", PASSWORD)
    path = str(tmp_path / "events.sqlite3")
    initialized(path, "boss")
    workspace = Workspace.open(path)
    admin = workspace.accounts.authenticate("boss", PASSWORD)
    workspace.accounts.create_user(admin, "lead", PASSWORD, Role.TEAM_LEAD)
    workspace.accounts.create_user(admin, "kim", PASSWORD, Role.COUNSELOR, "plus")
    workspace.close()
    return path


def _events(db: str, *extra: str) -> tuple[int, str, str]:
    return run(
        "events", "--db", db, "--user", "lead", "--from", "2018-01-01", "--to", "2018-10-30", *extra
    )


def test_the_seeds_events_import_and_print_its_three_tables(db: str, tmp_path: Path) -> None:
    book = seed_events_workbook(tmp_path / "events-2018.xlsx")
    code, out, err = run("import", "--db", db, "--user", "boss", str(book))
    assert (code, err) == (0, ""), err
    assert "행사: 17" in out and "행사참여자: 132" in out

    code, out, err = _events(db, "--kind", "채용박람회", "--format", "csv")
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "group,events,employers,recruits,participants,interviewed,hired",
        "total,4,0,0,2430,537,28",
        "G밸리 하반기 우수기업 채용박람회,1,0,0,484,135,1",
        "서울 여성 일자리 박람회,1,0,0,305,102,5",
        "금천구 취업박람회,1,0,0,1023,118,18",
        "G밸리 상반기 우수기업 채용박람회,1,0,0,618,182,4",
    ]
    code, out, _ = _events(db, "--kind", "일구데이", "--by", "venue-type", "--format", "csv")
    assert out.splitlines()[1:] == [
        "total,10,11,28,55,55,10",
        "지식산업센터,7,8,23,36,36,8",
        "구 청,2,2,4,12,12,2",
        "기업시민청,1,1,1,7,7,0",
    ]
    code, out, _ = _events(db, "--kind", "합동일구데이", "--by", "venue", "--format", "csv")
    assert out.splitlines()[1:] == [
        "total,3,36,182,190,190,37",
        "금천구청,1,12,48,77,77,17",
        "관악구청,1,12,64,76,76,12",
        "동작구청,1,12,70,37,37,8",
    ]
    # Every recorded hire is one placement of the plus desk: 10 + 17 people.
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
        "csv",
    )
    assert out.splitlines()[2] == "plus,0,132,0,0,27"

    code, out, _ = _events(db, "--kind", "일구데이", "--by", "venue-type")
    lines = out.splitlines()
    assert lines[1].split() == [
        "운영장소",
        "운영횟수",
        "참여기업",
        "모집인원",
        "면접인원",
        "취업자",
        "수",
    ]
    assert lines[3].split() == ["총", "계", "10", "11", "28", "55", "10"]
    code, out, _ = _events(db, "--format", "json", "--by", "venue")
    document = json.loads(out)
    assert document["rows"][0] == {
        "group": "total",
        "events": 17,
        "employers": 47,
        "recruits": 210,
        "participants": 2430 + 55 + 190,
        "interviewed": 537 + 55 + 190,
        "hired": 28 + 10 + 37,
    }


def _sheet(path: Path) -> list[tuple[object, ...]]:
    sheet = load_workbook(path, read_only=True)["행사"]
    return [row for row in sheet.iter_rows(min_row=3, values_only=True)]


def test_xlsx_in_the_seeds_layouts(db: str, tmp_path: Path) -> None:
    run("import", "--db", db, "--user", "boss", str(seed_events_workbook(tmp_path / "e.xlsx")))
    fairs, small, joint = (tmp_path / f"{n}.xlsx" for n in ("fairs", "small", "joint"))
    assert _events(db, "--kind", "채용박람회", "--xlsx", str(fairs))[0] == 0
    assert _events(db, "--kind", "일구데이", "--by", "venue-type", "--xlsx", str(small))[0] == 0
    assert _events(db, "--kind", "합동일구데이", "--by", "venue", "--xlsx", str(joint))[0] == 0
    assert _sheet(fairs) == [
        ("행 사 명", "주 관", "참여인원", "면접인원", "채용인원"),
        ("G밸리 하반기 우수기업 채용박람회", "한국산업단지공단", 484, 135, 1),
        ("서울 여성 일자리 박람회", "남부여성발전센터", 305, 102, 5),
        ("금천구 취업박람회", "금천구", 1023, 118, 18),
        ("G밸리 상반기 우수기업 채용박람회", "한국산업단지공단", 618, 182, 4),
        ("총 계", None, 2430, 537, 28),
    ]
    assert _sheet(small) == [
        ("운영장소", "운영횟수", "참여기업", "모집인원", "면접인원", "취업자 수"),
        ("총 계", 10, 11, 28, 55, 10),
        ("지식산업센터", 7, 8, 23, 36, 8),
        ("구 청", 2, 2, 4, 12, 2),
        ("기업시민청", 1, 1, 1, 7, 0),
    ]
    assert _sheet(joint) == [
        ("운영장소", "참여기업", "모집인원", "면접인원", "취업자 수", "비 고"),
        ("총 계", 36, 182, 190, 37, None),
        ("금천구청", 12, 48, 77, 17, None),
        ("관악구청", 12, 64, 76, 12, None),
        ("동작구청", 12, 70, 37, 8, None),
    ]


def test_a_bad_events_workbook_is_refused_whole_with_every_problem(db: str, tmp_path: Path) -> None:
    soon = (date.today() + timedelta(days=30)).isoformat()
    book = write_book(
        tmp_path / "bad.xlsx",
        {
            "구직자": [
                ["구직자번호", "성명", "등록창구", "등록일"],
                ["S1", "김하나", "plus", "2018-03-02"],
                ["S2", "이두리", "plus", "2018-03-02"],
            ],
            "행사": [
                ["행사번호", "행사명", "구분", "일자", "창구", "집계참여인원"],
                ["E1", "일구데이", "일구데이", "2018-03-10", "plus", ""],
                ["E3", "또 일구데이", "축제", "2018-03-11", "plus", "-3"],
                ["E1", "같은 번호", "일구데이", "2018-03-12", "plus", ""],
                ["E2", "다음 달 행사", "일구데이", soon, "plus", ""],
            ],
            "행사참여업체": [["행사번호", "업체번호", "모집인원"], ["E9", "C404", "두 명"]],
            "행사참여자": [
                ["행사번호", "구직자번호", "면접", "결과"],
                ["E1", "S1", "예", "채용"],
                ["E1", "S1", "예", "대기"],
                ["E2", "S1", "예", "채용"],
                ["E1", "S2", "글쎄", ""],
            ],
        },
    )
    code, out, err = run("import", "--db", db, "--user", "boss", str(book))
    assert code == 2 and out == ""
    lines = err.splitlines()
    for expected in (
        "[행사] 3행 '구분'",
        "[행사] 3행 '집계참여인원'",
        "[행사] 4행 '행사번호'",
        "[행사참여업체] 2행 '모집인원'",
        "[행사참여업체] 2행 '행사번호'",
        "[행사참여업체] 2행 '업체번호'",
        "[행사참여자] 5행 '면접'",
        "[행사참여자] 3행 '구직자번호'",
        "[행사참여자] 4행 '결과'",
    ):
        assert any(line.startswith(expected) for line in lines), (expected, err)
    workspace = Workspace.open(db)
    try:
        with workspace.db.unit_of_work(write=False) as session:
            from sqlalchemy import text

            tables = ("job_seekers", "events", "event_participants", "placements")
            counted = [session.execute(text(f"SELECT count(*) FROM {t}")).scalar() for t in tables]
    finally:
        workspace.close()
    assert counted == [0, 0, 0, 0]


def test_the_template_has_the_event_sheets(tmp_path: Path) -> None:
    out = tmp_path / "template.xlsx"
    assert run("template", str(out))[0] == 0
    book = load_workbook(out, read_only=True)
    assert {"행사", "행사참여업체", "행사참여자"} <= set(book.sheetnames)
    header = next(book["행사"].iter_rows(max_row=1, values_only=True))
    assert header[:5] == ("행사번호", "행사명", "구분", "일자", "창구")


def test_events_refuses_a_bad_kind_and_a_counselor(db: str) -> None:
    code, _, err = _events(db, "--kind", "축제")
    assert code == 2 and "--kind" in err and "축제" in err
    code, _, err = run(
        "events", "--db", db, "--user", "kim", "--from", "2018-01-01", "--to", "2018-10-30"
    )
    assert code == 3 and "통계 내보내기" in err


def test_the_monthly_workbook_has_the_years_events(db: str, tmp_path: Path) -> None:
    run("import", "--db", db, "--user", "boss", str(seed_events_workbook(tmp_path / "e.xlsx")))
    target = tmp_path / "monthly.xlsx"
    code, _, err = run(
        "monthly", "--db", db, "--user", "lead", "--year", "2018", "--xlsx", str(target)
    )
    assert (code, err) == (0, "")
    sheet = list(load_workbook(target, read_only=True)["행사"].iter_rows(values_only=True))
    assert sheet[0][:5] == ("월", "일자", "행사명", "구분", "창구")
    assert len(sheet) == 1 + 17 + 1
    assert sheet[1][:5] == (
        "2018-01",
        sheet[1][1],
        "소규모 일구데이 1회",
        "일구데이",
        "일자리플러스센터",
    )
    assert sheet[-1][0] == "합계" and sheet[-1][8:] == (47, 210, 2675, 782, 75)
    names = [row[2] for row in sheet[1:-1]]
    assert "G밸리 하반기 우수기업 채용박람회" in names and "합동 일구데이 (동작구청)" in names


def test_history_of_an_imported_event(db: str, tmp_path: Path) -> None:
    book = seed_events_workbook(tmp_path / "events.xlsx")
    run("import", "--db", db, "--user", "boss", str(book))
    code, out, err = run(
        "history", "--db", db, "--user", "lead", "--kind", "event", "D01", "--format", "csv"
    )
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == "when,user,field,old,new,reason"
    assert lines[1].endswith(",boss,등록,,가져오기: events.xlsx,")
    code, _, err = run("history", "--db", db, "--user", "kim", "--kind", "event", "NONE")
    assert code == 2 and "행사 'NONE'" in err


def test_the_workbook_cannot_repeat_who_takes_part_in_an_event_of_the_database(
    db: str, tmp_path: Path
) -> None:
    first = write_book(
        tmp_path / "first.xlsx",
        {
            "구직자": [
                ["구직자번호", "성명", "등록창구", "등록일"],
                ["S1", "김하나", "plus", "2018-03-02"],
            ],
            "구인업체": [["업체번호", "업체명"], ["A", "(주)에이"], ["B", "(주)비"]],
            "구인": [
                ["구인번호", "업체번호", "모집직종", "모집인원", "등록창구", "등록일"],
                ["OB", "B", "포장", 2, "plus", "2018-03-02"],
            ],
            "행사": [
                ["행사번호", "행사명", "구분", "일자", "창구"],
                ["DBE", "일구데이", "일구데이", "2018-03-10", "plus"],
            ],
            "행사참여업체": [["행사번호", "업체번호", "모집인원"], ["DBE", "A", 2]],
            "행사참여자": [["행사번호", "구직자번호", "면접", "결과"], ["DBE", "S1", "예", "채용"]],
        },
    )
    assert run("import", "--db", db, "--user", "boss", str(first))[0] == 0
    again = write_book(
        tmp_path / "again.xlsx",
        {
            "행사참여업체": [
                ["행사번호", "업체번호", "모집인원", "구인번호"],
                ["DBE", "A", 3, ""],
                ["DBE", "B", 1, "OB"],
            ],
            "행사참여자": [
                ["행사번호", "구직자번호", "면접", "결과", "업체번호", "구인번호"],
                ["DBE", "S1", "예", "채용", "", ""],
            ],
            "행사": [
                ["행사번호", "행사명", "구분", "일자", "창구", "장소구분"],
                ["E2", "긴 장소", "일구데이", "2018-03-11", "plus", "가" * 60],
            ],
        },
    )
    code, _, err = run("import", "--db", db, "--user", "boss", str(again))
    assert code == 2, err
    assert "[행사참여업체] 2행 '업체번호' 열: 'A'는 이미 이 행사(DBE)에 참여하고 있습니다." in err
    assert "[행사참여자] 2행 '구직자번호' 열: 'S1'은 이미 이 행사(DBE)에 참여하고 있습니다." in err
    assert "[행사] 2행 '장소구분'" in err
    mixed = write_book(
        tmp_path / "mixed.xlsx",
        {
            "행사참여업체": [
                ["행사번호", "업체번호", "모집인원", "구인번호"],
                ["DBE", "B", 1, "OB"],
            ],
            "행사참여자": [
                ["행사번호", "구직자번호", "면접", "결과", "업체번호", "구인번호"],
                ["DBE", "S2", "예", "", "A", "OB"],
            ],
            "구직자": [
                ["구직자번호", "성명", "등록창구", "등록일"],
                ["S2", "이둘", "plus", "2018-03-02"],
            ],
        },
    )
    code, _, err = run("import", "--db", db, "--user", "boss", str(mixed))
    assert code == 2 and err.count("구인번호") == 1, err
    assert "[행사참여자] 2행 '구인번호' 열: 구인 'OB'는 업체 'A'의 구인이 아닙니다." in err
