"""고용유지 현황 (deskapp/domain/retention.py): counts per desk and checkpoint from seeded
placements and checks, on SQLite and PostgreSQL; who may see the people and export; the
command line and the workbook."""

from __future__ import annotations

import io
import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from conftest import PASSWORD, SQLITE_ONLY, TODAY, add_seeker, counselor_at, rows
from openpyxl import load_workbook

from deskapp.cli import main
from deskapp.domain.access import Actor
from deskapp.domain.commands import RecordPlacement
from deskapp.domain.dates import Period
from deskapp.domain.errors import PermissionDenied, ValidationError
from deskapp.domain.records import RecordKind, Role
from deskapp.domain.retention import CHECKPOINTS, CSV_HEADER, STATES, due_cutoff, due_on
from deskapp.reports.retention import write_retention_workbook
from deskapp.reports.xlsx import write_monthly_workbook
from deskapp.services.workspace import Workspace

YEAR = Period.year(2018)


def _place(workspace: Workspace, actor: Actor, number: str, day: str) -> int:
    return workspace.records.record_placement(
        actor, RecordPlacement(number, date.fromisoformat(day))
    ).id


def _check(workspace: Workspace, actor: Actor, placement: int, months: int, employed: bool) -> None:
    workspace.follow_up.record_retention(actor, placement, months, employed)


def seed(workspace: Workspace, admin: Actor) -> dict[str, Any]:
    """Placements of 2018 (today is 2018-10-30) at plus and gvalley, with checks.

    plus: 갑 (twice: 03-01 with 1m 유지 and 3m 이직, and 07-01 whose 1m 이직 must not
    count), 을 (06-15, 3m 유지), 병 (10-20, nothing due), 정 (a void placement with a
    check), 무 (placed 2017-12-20, outside), 기 (a void seeker, placed 04-01), 경 (09-30:
    the 1m check falls due today). gvalley: 갑 again (08-01, 1m 유지), 신 (02-01: 1m and
    3m 이직, 6m 유지)."""
    plus = counselor_at(workspace, admin, "plus")
    gvalley = counselor_at(workspace, admin, "gvalley")
    people = {
        name: add_seeker(workspace, plus, name, "2017-12-01")
        for name in ("갑", "을", "병", "정", "무", "기", "경")
    }
    people["신"] = add_seeker(workspace, gvalley, "신", "2018-01-10")
    p = {
        "갑1": _place(workspace, plus, people["갑"].number, "2018-03-01"),
        "갑2": _place(workspace, plus, people["갑"].number, "2018-07-01"),
        "을": _place(workspace, plus, people["을"].number, "2018-06-15"),
        "병": _place(workspace, plus, people["병"].number, "2018-10-20"),
        "정": _place(workspace, plus, people["정"].number, "2018-05-01"),
        "무": _place(workspace, plus, people["무"].number, "2017-12-20"),
        "기": _place(workspace, plus, people["기"].number, "2018-04-01"),
        "경": _place(workspace, plus, people["경"].number, "2018-09-30"),
        "갑g": _place(workspace, gvalley, people["갑"].number, "2018-08-01"),
        "신": _place(workspace, gvalley, people["신"].number, "2018-02-01"),
    }
    _check(workspace, plus, p["갑1"], 1, True)
    _check(workspace, plus, p["갑1"], 3, False)
    _check(workspace, plus, p["갑2"], 1, False)
    _check(workspace, plus, p["을"], 3, True)
    _check(workspace, plus, p["정"], 1, True)
    _check(workspace, plus, p["무"], 1, True)
    _check(workspace, gvalley, p["갑g"], 1, True)
    _check(workspace, gvalley, p["신"], 1, False)
    _check(workspace, gvalley, p["신"], 3, False)
    _check(workspace, gvalley, p["신"], 6, True)
    workspace.records.void(plus, RecordKind.PLACEMENT, p["정"], "잘못 입력")
    workspace.records.void(plus, RecordKind.SEEKER, people["기"].id, "중복 등록")
    return {"plus": plus, "gvalley": gvalley, "people": people, "placements": p}


#: (placed, then employed/left/unknown/not_due at 1, 3 and 6 months) as worked out by hand.
EXPECTED = {
    "plus": (5, 1, 0, 3, 1, 1, 1, 1, 2, 0, 0, 2, 3),
    "gvalley": (2, 1, 1, 0, 0, 0, 1, 0, 1, 1, 0, 0, 1),
    "dong": (0,) * 13,
    "welfare": (0,) * 13,
}


# -- the domain's rules --------------------------------------------------------------------


def test_due_cutoff_agrees_with_the_due_day_at_every_month_end() -> None:
    """placed_on <= due_cutoff(today) exactly when due_on(placed_on) <= today, for every
    day of four years (month ends and 29 February included)."""
    start = date(2015, 10, 1)
    days = [start + timedelta(days=i) for i in range(4 * 366)]
    for months in CHECKPOINTS:
        for today in [*days[200::7], date(2016, 2, 29), date(2018, 2, 28), date(2018, 4, 30)]:
            cutoff = due_cutoff(today, months)
            assert due_on(cutoff, months) <= today < due_on(cutoff + timedelta(days=1), months)
    assert due_cutoff(date(2018, 2, 28), 1) == date(2018, 1, 31)
    assert due_cutoff(date(2018, 10, 30), 6) == date(2018, 4, 30)


# -- counts -------------------------------------------------------------------------------


def test_counts_per_desk_and_state(workspace: Workspace, admin: Actor, team_lead: Actor) -> None:
    seed(workspace, admin)
    report = workspace.retention.report(team_lead, YEAR)
    assert report.today == TODAY
    assert {d: report.by_desk[d].values() for d in EXPECTED} == EXPECTED
    # total first (= the sum of the desk rows), then the desks in table order
    assert [r.desk for r in report.rows] == ["total", "plus", "gvalley", "dong", "welfare"]
    total = report.rows[0].counts.values()
    assert total == tuple(sum(col) for col in zip(*EXPECTED.values(), strict=True))
    for row in report.rows:  # the four states add up to the people placed
        for months in CHECKPOINTS:
            assert row.counts.at(months).total == row.counts.placed
    # placed = 취업자수 of the statistics table for the same period
    table = workspace.statistics.table(team_lead, YEAR)
    assert [r.counts.placed for r in report.rows] == [r.counts.placements for r in table.rows]


def test_period_decides_who_is_followed_and_through_which_placement(
    workspace: Workspace, admin: Actor, team_lead: Actor
) -> None:
    seed(workspace, admin)
    # From July on, 갑's first plus placement in the period is 07-01 (1m 이직 on it).
    later = workspace.retention.report(team_lead, Period(date(2018, 7, 1), date(2018, 12, 31)))
    plus = later.by_desk["plus"]
    assert plus.placed == 3  # 갑 (07-01), 병, 경
    assert plus.at(1).values() == (0, 1, 1, 1)
    # 2017 has 무 alone, with a 1-month check.
    old = workspace.retention.report(team_lead, Period(date(2017, 1, 1), date(2017, 12, 31)))
    assert old.by_desk["plus"].values()[:5] == (1, 1, 0, 0, 0)


def test_drill_down_lists_exactly_the_people_of_a_cell(
    workspace: Workspace, admin: Actor, team_lead: Actor
) -> None:
    seeded = seed(workspace, admin)
    p = seeded["placements"]
    retention = workspace.retention
    report = retention.report(team_lead, YEAR)
    for desk in ("plus", "gvalley"):
        for months in CHECKPOINTS:
            for state in STATES:
                people = retention.drill_down(team_lead, YEAR, desk, months, state)
                assert len(people) == report.by_desk[desk].at(months).get(state)
    unknown = retention.drill_down(team_lead, YEAR, "plus", 1, "unknown")
    assert [(x.name, x.placement_id) for x in unknown] == [
        ("기", p["기"]),
        ("을", p["을"]),
        ("경", p["경"]),
    ]
    assert unknown[2].due_on == TODAY  # 09-30 + 1 month: due today
    employed = retention.drill_down(team_lead, YEAR, "plus", 1, "employed")
    assert [(x.name, x.placement_id, x.placements, x.checked_on) for x in employed] == [
        ("갑", p["갑1"], 2, TODAY)
    ]
    logged = rows(workspace, "SELECT detail FROM access_log WHERE action = 'view'")
    assert any("고용유지 상세" in str(d) and "(3명)" in str(d) for (d,) in logged)
    with pytest.raises(ValidationError):
        retention.drill_down(team_lead, YEAR, "plus", 2, "employed")
    with pytest.raises(ValidationError):
        retention.drill_down(team_lead, YEAR, "plus", 1, "gone")


# -- permissions --------------------------------------------------------------------------


def test_counselors_see_every_figure_but_only_their_own_desks_people(
    workspace: Workspace, admin: Actor
) -> None:
    seeded = seed(workspace, admin)
    plus: Actor = seeded["plus"]
    assert workspace.retention.report(plus, YEAR).by_desk["gvalley"].placed == 2
    assert len(workspace.retention.drill_down(plus, YEAR, "plus", 3, "left")) == 1
    with pytest.raises(PermissionDenied):
        workspace.retention.drill_down(plus, YEAR, "gvalley", 1, "left")


def test_exports_are_logged_and_a_counselor_exports_their_desk_with_a_reason(
    workspace: Workspace, admin: Actor, team_lead: Actor
) -> None:
    seeded = seed(workspace, admin)
    gvalley: Actor = seeded["gvalley"]
    whole = workspace.retention.export_report(team_lead, YEAR, "구청 보고")
    assert whole.whole and len(whole.rows) == 5
    with pytest.raises(ValidationError):
        workspace.retention.export_report(gvalley, YEAR, "  ")
    own = workspace.retention.export_report(gvalley, YEAR, "창구 회의 자료")
    assert [r.desk for r in own.rows] == ["gvalley"]
    assert own.csv_lines() == [CSV_HEADER, "gvalley," + ",".join(map(str, EXPECTED["gvalley"]))]
    logged = rows(
        workspace,
        "SELECT username, detail FROM access_log WHERE action = 'export' ORDER BY id",
    )
    assert logged == [
        ("lead", "고용유지 현황 2018-01-01 ~ 2018-12-31 (전체) · 사유: 구청 보고"),
        ("c-gvalley", "고용유지 현황 2018-01-01 ~ 2018-12-31 (gvalley) · 사유: 창구 회의 자료"),
    ]


def test_every_call_checks_the_account_again(
    workspace: Workspace, admin: Actor, team_lead: Actor
) -> None:
    seed(workspace, admin)
    workspace.accounts.set_active(admin, "lead", False)
    for call in (
        lambda: workspace.retention.report(team_lead, YEAR),
        lambda: workspace.retention.drill_down(team_lead, YEAR, "plus", 1, "employed"),
        lambda: workspace.retention.export_report(team_lead, YEAR, "보고"),
    ):
        with pytest.raises(PermissionDenied):
            call()


# -- outputs ------------------------------------------------------------------------------


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


@SQLITE_ONLY
def test_command_line(
    workspace: Workspace, admin: Actor, db_url: str, tmp_path: Path, monkeypatch: Any
) -> None:
    seed(workspace, admin)
    workspace.accounts.create_user(admin, "lead", PASSWORD, Role.TEAM_LEAD)
    monkeypatch.setenv("DESKAPP_PASSWORD", PASSWORD)
    db = workspace.location
    base = ("retention", "--db", db, "--from", "2018-01-01", "--to", "2018-12-31")
    # Run after 2019-05 (the real today): every checkpoint of 2018 is due.
    code, out, err = run(*base, "--user", "lead", "--format", "csv")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert (
        lines[0]
        == CSV_HEADER
        == (
            "desk,placed,m1_employed,m1_left,m1_unknown,m1_not_due,m3_employed,m3_left,"
            "m3_unknown,m3_not_due,m6_employed,m6_left,m6_unknown,m6_not_due"
        )
    )
    assert [line.split(",")[0] for line in lines[1:]] == [
        "total",
        "plus",
        "gvalley",
        "dong",
        "welfare",
    ]
    assert lines[2] == "plus,5,1,0,4,0,1,1,3,0,0,0,5,0"
    document = json.loads(run(*base, "--user", "lead", "--format", "json")[1])
    assert document["rows"][2]["m1"] == {"employed": 1, "left": 1, "unknown": 0, "not_due": 0}
    code, out, _ = run(*base, "--user", "lead")
    assert code == 0 and "총 계" in out and "미확인" in out
    # bad input: 2, nothing written
    target = tmp_path / "out.xlsx"
    code, _, err = run(
        "retention",
        "--db",
        db,
        "--user",
        "lead",
        "--from",
        "2018-13-01",
        "--to",
        "2018-12-31",
        "--xlsx",
        str(target),
    )
    assert code == 2 and err and not target.exists()
    # a counselor without a reason: 2; a wrong password: refused, 3; nothing written
    code, _, err = run(*base, "--user", "c-plus", "--xlsx", str(target))
    assert code == 2 and "사유" in err and not target.exists()
    monkeypatch.setenv("DESKAPP_PASSWORD", "wrong-pass-9")
    code, _, _ = run(*base, "--user", "lead", "--xlsx", str(target))
    assert code == 3 and not target.exists()
    monkeypatch.setenv("DESKAPP_PASSWORD", PASSWORD)
    # a counselor's own desk, with a reason
    code, out, _ = run(
        *base, "--user", "c-plus", "--reason", "회의", "--format", "csv", "--xlsx", str(target)
    )
    assert code == 0 and out.splitlines()[1:] == ["plus,5,1,0,4,0,1,1,3,0,0,0,5,0"]
    sheet = load_workbook(target)["고용유지"]
    assert [c.value for c in sheet["A"] if c.value in ("총 계", "일자리플러스센터")] == [
        "일자리플러스센터"
    ]


def test_workbook_sheet_reads_back(
    workspace: Workspace, admin: Actor, team_lead: Actor, tmp_path: Path
) -> None:
    seed(workspace, admin)
    report = workspace.retention.export_report(team_lead, YEAR, "보고")
    path = write_retention_workbook(report, tmp_path / "retention.xlsx")
    sheet = load_workbook(path)["고용유지"]
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    body = {
        row[0]: row[1:14]
        for row in values
        if row and row[0] in {"총 계", "일자리플러스센터", "G밸리 일자리상담창구"}
    }
    assert body["일자리플러스센터"] == list(EXPECTED["plus"])
    assert body["G밸리 일자리상담창구"] == list(EXPECTED["gvalley"])
    assert body["총 계"] == [
        a + b for a, b in zip(EXPECTED["plus"], EXPECTED["gvalley"], strict=True)
    ]
    heads = {str(v) for row in values[:6] for v in row if v}
    assert {
        "구 분",
        "취업자",
        "1개월",
        "3개월",
        "6개월",
        "유지",
        "이직",
        "미확인",
        "도래 전",
    } <= heads
    # and as a sheet of the monthly workbook
    series = workspace.statistics.monthly(team_lead, YEAR)
    monthly = write_monthly_workbook(series, tmp_path / "monthly.xlsx", retention=report)
    assert "고용유지" in load_workbook(monthly).sheetnames
