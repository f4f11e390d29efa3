"""상담사별 실적 (PerformanceService): figures per counselor and month, who may see whom,
and drill-downs listing exactly what a cell counts. Real databases (SQLite and PostgreSQL)."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from conftest import PASSWORD, SQLITE_ONLY, TODAY, add_seeker, counselor_at
from sqlalchemy import select
from workbooks import valid_sheets, write_book

from deskapp.cli import PERFORMANCE_CSV_HEADER, main
from deskapp.domain.access import Actor
from deskapp.domain.breakdown import BREAKDOWN_KEYS, UNKNOWN, Dimension
from deskapp.domain.commands import (
    LogSession,
    RecordPlacement,
    Refer,
    RegisterEmployer,
    RegisterOpening,
)
from deskapp.domain.dates import Period
from deskapp.domain.desks import PLUS, DeskRef
from deskapp.domain.errors import PermissionDenied, ValidationError
from deskapp.domain.records import RecordKind, Role
from deskapp.services.performance import PERFORMANCE_KEYS, CounselorPerformance
from deskapp.services.workspace import Workspace
from deskapp.store.models import AccessLog

if TYPE_CHECKING:
    from pg_roles import Shared

A = "plus 상담사"  # counselor_at(…, "plus")
B = "둘째 상담사"
AT_PLUS = DeskRef(PLUS)
LEAD = "김팀장"


@dataclass(frozen=True)
class Desk:
    """Records of 2018 entered at the plus desk by two counselors and a team lead."""

    a: Actor
    b: Actor
    lead: Actor
    seekers: dict[str, int]
    sessions: dict[str, int]
    referrals: dict[str, int]
    placements: dict[str, int]


def month(values: dict[int, int]) -> tuple[int, ...]:
    return tuple(values.get(m, 0) for m in range(1, 13))


@pytest.fixture
def desk(workspace: Workspace, admin: Actor) -> Desk:
    a = counselor_at(workspace, admin, "plus")
    b = workspace.accounts.create_user(
        admin, "c-plus2", PASSWORD, Role.COUNSELOR, desk="plus", display_name=B
    )
    lead = workspace.accounts.create_user(
        admin, "lead", PASSWORD, Role.TEAM_LEAD, display_name=LEAD
    )
    records = workspace.records
    s1 = add_seeker(workspace, a, "가나다", "2018-03-02")
    s2 = add_seeker(workspace, a, "라마바", "2018-03-05")
    s3 = add_seeker(workspace, b, "사아자", "2018-04-01")
    s4 = add_seeker(workspace, lead, "차카타", "2018-04-02", 등록창구="plus")
    s5 = add_seeker(workspace, a, "무효인", "2018-03-20")
    records.void(a, RecordKind.SEEKER, s5.id, "중복 등록")
    sessions = {
        "a_mar": records.log_session(a, LogSession(s1.number, date(2018, 3, 3))).id,
        "a_apr": records.log_session(a, LogSession(s1.number, date(2018, 4, 3))).id,
        "b_apr": records.log_session(b, LogSession(s3.number, date(2018, 4, 4))).id,
        # entered by a, the 상담사 written is b: it counts for b (as in stats --by counselor)
        "b_may": records.log_session(
            a, LogSession(s2.number, date(2018, 5, 2), counselor_name=B)
        ).id,
        "lead_may": records.log_session(
            lead, LogSession(s4.number, date(2018, 5, 1), desk=AT_PLUS)
        ).id,
    }
    void_session = records.log_session(a, LogSession(s1.number, date(2018, 3, 21))).id
    records.void(a, RecordKind.SESSION, void_session, "잘못 입력")
    employer = records.register_employer(a, RegisterEmployer("(주)가산")).number
    opening = records.register_opening(
        a, RegisterOpening(employer, "경비", headcount=5, registered_on=date(2018, 3, 1))
    ).number
    referrals = {
        "a_mar": records.refer(a, Refer(s1.number, opening, date(2018, 3, 10))).id,
        "a_apr": records.refer(a, Refer(s2.number, opening, date(2018, 4, 10))).id,
        "b_apr": records.refer(b, Refer(s3.number, opening, date(2018, 4, 11))).id,
    }
    placements = {
        "a_s1_apr": records.record_placement(a, RecordPlacement(s1.number, date(2018, 4, 1))).id,
        "a_s1_jun": records.record_placement(a, RecordPlacement(s1.number, date(2018, 6, 1))).id,
        "a_s2_apr": records.record_placement(a, RecordPlacement(s2.number, date(2018, 4, 15))).id,
        "b_s3_may": records.record_placement(b, RecordPlacement(s3.number, date(2018, 5, 1))).id,
        "lead_s4": records.record_placement(
            lead, RecordPlacement(s4.number, date(2018, 7, 1), desk=AT_PLUS)
        ).id,
    }
    follow_up = workspace.follow_up  # checks are dated today (2018-10-30)
    follow_up.record_retention(a, placements["a_s1_apr"], 1, True)
    follow_up.record_retention(b, placements["b_s3_may"], 1, False)
    follow_up.record_retention(lead, placements["lead_s4"], 1, True)
    records.void(lead, RecordKind.PLACEMENT, placements["lead_s4"], "잘못 입력")
    seekers = {"s1": s1.id, "s2": s2.id, "s3": s3.id, "s4": s4.id, "s5": s5.id}
    return Desk(a, b, lead, seekers, sessions, referrals, placements)


def by_name(table: list[CounselorPerformance]) -> dict[str, CounselorPerformance]:
    return {row.name: row for row in table}


def test_figures_per_counselor_month_and_year(workspace: Workspace, desk: Desk) -> None:
    table = by_name(workspace.performance.by_counselor(desk.lead, 2018))
    assert set(table) == {A, B, LEAD}
    a, b, lead = table[A], table[B], table[LEAD]
    assert a.desks == b.desks == lead.desks == ("plus",)
    # void seeker and void session do not count; the session written for b counts for b
    assert a.job_seekers.monthly == month({3: 2}) and a.job_seekers.year == 2
    assert a.sessions.monthly == month({3: 1, 4: 1}) and a.sessions.year == 2
    assert a.referrals.monthly == month({3: 1, 4: 1}) and a.referrals.year == 2
    # s1 placed in April and June, s2 in April: the year counts two people, not three
    assert a.placements.monthly == month({4: 2, 6: 1}) and a.placements.year == 2
    assert a.follow_ups.monthly == month({10: 1}) and a.follow_ups.year == 1
    assert b.job_seekers.year == 1 and b.sessions.monthly == month({4: 1, 5: 1})
    assert b.referrals.year == 1 and b.placements.monthly == month({5: 1})
    assert b.follow_ups.monthly == month({10: 1})
    assert lead.job_seekers.monthly == month({4: 1}) and lead.sessions.monthly == month({5: 1})
    # the lead's placement was voided: it and its retention check stop counting
    assert lead.placements.year == 0 and lead.follow_ups.year == 0
    other_year = workspace.performance.by_counselor(desk.lead, 2017)
    assert {row.name for row in other_year} == {A, B}  # the counselors' accounts, no figures
    assert all(row.figures(m).year == 0 for row in other_year for m in PERFORMANCE_KEYS)


def test_counts_for_the_same_people_as_stats_by_counselor(workspace: Workspace, desk: Desk) -> None:
    table = by_name(workspace.performance.by_counselor(desk.lead, 2018, "plus"))
    split = workspace.statistics.breakdown(desk.lead, Period.year(2018), Dimension.COUNSELOR)
    cells = {key: counts for key, counts in split.cells.items() if any(counts.values())}
    assert cells
    for (code, name), counts in cells.items():
        assert code == "plus"
        for measure in BREAKDOWN_KEYS:
            assert table[name].figures(measure).year == counts.get(measure), (name, measure)


def test_a_desk_filter_shows_that_desk_only(workspace: Workspace, desk: Desk, admin: Actor) -> None:
    counselor_at(workspace, admin, "gvalley")
    everyone = by_name(workspace.performance.by_counselor(admin, 2018))
    assert set(everyone) == {A, B, LEAD, "gvalley 상담사"}
    gvalley = workspace.performance.by_counselor(admin, 2018, "gvalley")
    assert [(r.name, r.desks) for r in gvalley] == [("gvalley 상담사", ("gvalley",))]
    assert all(r.figures(m).year == 0 for r in gvalley for m in PERFORMANCE_KEYS)


def test_a_counselor_sees_only_their_own(workspace: Workspace, desk: Desk) -> None:
    performance = workspace.performance
    (own,) = performance.by_counselor(desk.a, 2018)
    assert own == by_name(performance.by_counselor(desk.lead, 2018))[A]
    (other,) = performance.by_counselor(desk.b, 2018, "gvalley")
    assert other.name == B and other.sessions.year == 0
    with pytest.raises(PermissionDenied):
        performance.drill_down(desk.a, 2018, None, B, "sessions")
    with pytest.raises(PermissionDenied):
        performance.drill_down(desk.a, 2018, 4, LEAD, "job_seekers")
    assert len(performance.drill_down(desk.a, 2018, None, A, "sessions")) == 2


def test_drill_down_lists_exactly_what_is_counted(workspace: Workspace, desk: Desk) -> None:
    performance = workspace.performance
    table = by_name(performance.by_counselor(desk.lead, 2018))

    def ids(month_: int | None, name: str, measure: str) -> list[int]:
        listed = performance.drill_down(desk.lead, 2018, month_, name, measure)
        figures = table[name].figures(measure)
        assert len(listed) == (figures.year if month_ is None else figures.monthly[month_ - 1])
        return [r.id for r in listed]

    s, r, p = desk.sessions, desk.referrals, desk.placements
    assert ids(None, A, "sessions") == [s["a_mar"], s["a_apr"]]
    assert ids(5, B, "sessions") == [s["b_may"]]
    assert ids(4, A, "referrals") == [r["a_apr"]]
    assert ids(None, A, "job_seekers") == [desk.seekers["s1"], desk.seekers["s2"]]
    assert ids(None, LEAD, "placements") == []
    people = performance.drill_down(desk.lead, 2018, None, A, "placements")
    assert [(x.seeker_id, x.on, x.detail) for x in people] == [
        (desk.seekers["s1"], date(2018, 4, 1), "취업 2건"),
        (desk.seekers["s2"], date(2018, 4, 15), ""),
    ]
    assert ids(6, A, "placements") == [p["a_s1_jun"]]
    (check,) = performance.drill_down(desk.lead, 2018, 10, B, "follow_ups")
    assert (check.seeker_id, check.on, check.detail) == (
        desk.seekers["s3"],
        date(2018, 10, 30),
        "1개월 이직",
    )
    assert ids(10, LEAD, "follow_ups") == []
    with workspace.db.unit_of_work(write=False) as session:
        logged = session.scalars(
            select(AccessLog.detail).where(AccessLog.detail.like("상담사별 실적 상세%"))
        ).all()
    assert any(f"{B} follow_ups (1건)" in (d or "") for d in logged)


def test_imported_referrals_count_for_nobody(
    workspace: Workspace, admin: Actor, tmp_path: Path
) -> None:
    workspace.imports.import_workbook(admin, write_book(tmp_path / "r.xlsx", valid_sheets()))
    unknown = by_name(workspace.performance.by_counselor(admin, 2018))[UNKNOWN]
    assert unknown.referrals.monthly == month({3: 1, 4: 1})
    assert unknown.desks == ("plus", "gvalley", "dong", "welfare")  # imported seekers
    plus = by_name(workspace.performance.by_counselor(admin, 2018, "plus"))[UNKNOWN]
    assert plus.referrals.year == 1 and plus.placements.monthly == month({3: 1})
    listed = workspace.performance.drill_down(admin, 2018, None, UNKNOWN, "referrals", "plus")
    assert [x.on for x in listed] == [date(2018, 3, 12)]


def test_bad_requests_are_refused(workspace: Workspace, desk: Desk) -> None:
    performance = workspace.performance
    with pytest.raises(ValidationError):
        performance.drill_down(desk.lead, 2018, 13, A, "sessions")
    with pytest.raises(ValidationError):
        performance.drill_down(desk.lead, 2018, None, A, "job_openings")


@SQLITE_ONLY
def test_the_command_line_prints_the_year_per_counselor(
    workspace: Workspace, desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DESKAPP_PASSWORD", PASSWORD)
    seeker = add_seeker(workspace, desk.a, "수식명", "2018-08-01").number
    workspace.records.log_session(
        desk.a, LogSession(seeker, date(2018, 8, 2), counselor_name="=합계")
    )
    path = str(workspace.db.path)

    def run(*argv: str) -> tuple[int, list[str]]:
        out, err = io.StringIO(), io.StringIO()
        code = main(["performance", "--db", path, "--year", "2018", *argv], out, err)
        assert err.getvalue() == ""
        return code, out.getvalue().splitlines()

    code, lines = run("--user", "lead", "--format", "csv")
    assert code == 0 and lines[0] == PERFORMANCE_CSV_HEADER
    by_line = {tuple(line.split(",")[:3]): line.split(",")[3:] for line in lines[1:]}
    assert by_line[(A, "plus", "placements")] == ["0", "0", "0", "2", "0", "1", *["0"] * 6, "2"]
    assert by_line[("'=합계", "plus", "sessions")][7:] == ["1", "0", "0", "0", "0", "1"]
    code, lines = run("--user", "c-plus", "--format", "csv")
    assert {line.split(",")[0] for line in lines[1:]} == {A}
    code, lines = run("--user", "lead", "--desk", "G밸리")
    assert code == 0 and "취업자수(명)" in lines and not any(A in line for line in lines)


def test_a_desk_pc_reads_it_as_the_desks_database_role(shared: Shared) -> None:
    office = Workspace.open(shared.url(shared.admin), today=TODAY)
    try:
        boss = office.accounts.authenticate("admin", PASSWORD)
        office.accounts.create_user(boss, "kim", PASSWORD, Role.COUNSELOR, "plus", "김상담")
        office.accounts.create_user(boss, "lead", PASSWORD, Role.TEAM_LEAD)
    finally:
        office.close()
    desk = Workspace.open(shared.url(shared.app), today=TODAY)
    try:
        kim = desk.accounts.authenticate("kim", PASSWORD)
        seeker = add_seeker(desk, kim, "홍길동", "2018-10-02").number
        placement = desk.records.record_placement(
            kim, RecordPlacement(seeker, date(2018, 10, 8))
        ).id
        desk.follow_up.record_retention(kim, placement, 1, True)
        lead = desk.accounts.authenticate("lead", PASSWORD)
        (row,) = desk.performance.by_counselor(lead, 2018)
        assert (row.name, row.placements.year, row.follow_ups.monthly[9]) == ("김상담", 1, 1)
        (listed,) = desk.performance.drill_down(lead, 2018, 10, "김상담", "follow_ups")
        assert listed.detail == "1개월 고용유지"
    finally:
        desk.close()
