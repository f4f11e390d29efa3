"""Defensible placement counts: month close, review, targets, drill-down, flags."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import add_seeker, new_seeker, placed_year
from workbooks import valid_sheets, write_book

from deskapp.domain.access import Actor
from deskapp.domain.commands import LogSession, RecordPlacement
from deskapp.domain.dates import Period
from deskapp.domain.desks import DESKS
from deskapp.domain.errors import PermissionDenied, ValidationError, WorkbookRejected
from deskapp.domain.records import RecordKind
from deskapp.domain.stats import MEASURE_KEYS
from deskapp.services.workspace import Workspace

SEPTEMBER = Period.month(2018, 9)


def test_a_closed_month_is_frozen_and_locked_until_reopened(
    workspace: Workspace, admin: Actor, team_lead: Actor, counselor: Actor, tmp_path: Path
) -> None:
    seeker = add_seeker(workspace, counselor, "김구월", "2018-09-03").number
    session = workspace.records.log_session(counselor, LogSession(seeker, date(2018, 9, 4))).id
    before = workspace.statistics.table(counselor, SEPTEMBER)
    with pytest.raises(PermissionDenied):
        workspace.month_close.close_month(counselor, 2018, 9)
    with pytest.raises(ValidationError, match="끝나지 않았습니다"):
        workspace.month_close.close_month(team_lead, 2018, 10)  # today is 2018-10-30
    workspace.month_close.close_month(team_lead, 2018, 9)
    with pytest.raises(ValidationError, match="이미 마감"):
        workspace.month_close.close_month(team_lead, 2018, 9)
    # A counselor's later edit of a September record is refused, whatever the service.
    for attempt in (
        lambda: workspace.records.log_session(counselor, LogSession(seeker, date(2018, 9, 20))),
        lambda: workspace.records.void(counselor, RecordKind.SESSION, session, "잘못"),
        lambda: new_seeker(workspace, counselor, "늦은등록", "2018-09-28"),
        lambda: workspace.records.record_placement(
            counselor, RecordPlacement(seeker, date(2018, 9, 30))
        ),
    ):
        with pytest.raises(ValidationError, match="마감"):
            attempt()
    sheets: dict[str, list[list[object]]] = {
        "상담": [["구직자번호", "상담일", "상담창구"], ["S1", "2018-09-10", "plus"]],
        "구직자": valid_sheets()["구직자"],
    }
    with pytest.raises(WorkbookRejected) as caught:
        workspace.imports.import_workbook(admin, write_book(tmp_path / "late.xlsx", sheets))
    assert [(p.sheet, p.row, p.column) for p in caught.value.problems] == [("상담", 2, "상담일")]
    # October stays open; September's figures never change.
    workspace.records.log_session(counselor, LogSession(seeker, date(2018, 10, 2)))
    assert workspace.statistics.table(counselor, SEPTEMBER) == before
    series = workspace.statistics.monthly(counselor, Period.year(2018))
    assert series.months[8].table.by_desk == before.by_desk
    # Reopening needs a reason and is logged; then the edit goes through.
    with pytest.raises(ValidationError, match="사유"):
        workspace.month_close.reopen_month(team_lead, 2018, 9, " ")
    workspace.month_close.reopen_month(team_lead, 2018, 9, "9월 상담 누락분 입력")
    workspace.records.log_session(counselor, LogSession(seeker, date(2018, 9, 20)))
    assert workspace.statistics.table(counselor, SEPTEMBER).total.sessions == 2
    closes = workspace.month_close.closes(team_lead)
    assert closes[0].reopen_reason == "9월 상담 누락분 입력" and closes[0].reopened_by


def test_drill_down_lists_exactly_what_each_cell_counts(
    workspace: Workspace, admin: Actor, team_lead: Actor
) -> None:
    counselors = placed_year(workspace, admin)
    table = workspace.statistics.table(team_lead, Period.year(2018))
    for desk in DESKS:
        for measure in MEASURE_KEYS:
            rows = workspace.drill_down.drill_down(team_lead, Period.year(2018), desk.code, measure)
            assert len(rows) == table.by_desk[desk.code].get(measure), (desk.code, measure)
    people = workspace.drill_down.drill_down(team_lead, Period.year(2018), "plus", "placements")
    assert sorted(r.label for r in people) == ["박한번", "이두번"]  # three placements, two people
    assert any(r.detail == "취업 2건" for r in people)
    with pytest.raises(PermissionDenied):
        workspace.drill_down.drill_down(
            counselors["gvalley"], Period.year(2018), "plus", "sessions"
        )
    assert (
        workspace.drill_down.drill_down(
            counselors["gvalley"], Period.year(2018), "gvalley", "placements"
        )[0].label
        == "최지밸리"
    )


def test_placement_review_and_targets(workspace: Workspace, admin: Actor, team_lead: Actor) -> None:
    counselors = placed_year(workspace, admin)
    items = workspace.placement_review.placements(team_lead, Period.year(2018))
    assert [(i.seeker_name, i.kind, i.verification, i.source) for i in items] == [
        ("이두번", "본인취업", "근로계약서", "직접 입력"),
        ("박한번", "알선취업", "고용보험 가입 확인", "직접 입력"),
        ("최지밸리", "본인취업", "", "직접 입력"),
        ("이두번", "본인취업", "", "직접 입력"),
    ]
    assert {i.counselor for i in items} == {"plus 상담사", "gvalley 상담사"}
    assert len(workspace.placement_review.placements(team_lead, Period.year(2018), "gvalley")) == 1
    with pytest.raises(PermissionDenied):
        workspace.placement_review.placements(counselors["plus"], Period.year(2018))
    assert workspace.placement_review.mark_reviewed(team_lead, [i.id for i in items[:2]]) == 2
    reviewed = workspace.placement_review.placements(team_lead, Period.year(2018))
    assert [bool(i.reviewed_at) for i in reviewed] == [True, True, False, False]
    assert reviewed[0].reviewed_by == team_lead.display_name
    workspace.targets.set_target(team_lead, 2018, "plus", "placements", 4)
    with pytest.raises(PermissionDenied):
        workspace.targets.set_target(counselors["plus"], 2018, "plus", "placements", 5)
    with pytest.raises(ValidationError):
        workspace.targets.set_target(team_lead, 2018, "plus", "placements", 0)
    achieved = {(a.desk, a.measure): a for a in workspace.targets.achievement(team_lead, 2018)}
    plus = achieved[("plus", "placements")]
    assert (plus.target, plus.achieved, plus.rate) == (4, 2, 0.5)
    assert plus.monthly[3] == 2 and plus.monthly[2] == 0  # people to the end of April
    assert achieved[("gvalley", "placements")].target is None


def test_flags_find_planted_patterns(workspace: Workspace, admin: Actor, team_lead: Actor) -> None:
    counselors = placed_year(workspace, admin)
    plus = counselors["plus"]
    ghost = new_seeker(workspace, plus, "유령", "2018-07-02")
    workspace.records.void(plus, RecordKind.SEEKER, ghost, "실수로 등록")
    flags = workspace.integrity_flags.flags(team_lead, Period.year(2018))
    kinds = {(f.kind, f.detail.split(":")[0]) for f in flags}
    assert ("voided_registration", "유령") in kinds
    # Placed with no earlier session or referral: 이두번's sessions came first, 최지밸리's too;
    # plant one without any contact.
    planted = add_seeker(workspace, plus, "심은취업", "2018-07-03").number
    workspace.records.record_placement(plus, RecordPlacement(planted, date(2018, 7, 4)))
    flags = workspace.integrity_flags.flags(team_lead, Period.year(2018))
    without = [f for f in flags if f.kind == "placement_without_contact"]
    assert [f.detail for f in without] == ["심은취업"]
    assert without[0].desk == "plus" and without[0].counselor == "plus 상담사"
    assert any(f.kind == "late_placement" for f in flags)  # entered years after 2018
    assert not any(f.kind == "bulk_edits" for f in flags)
    for i in range(55):
        workspace.records.log_session(plus, LogSession(planted, date(2018, 7, 5), notes=str(i)))
    flags = workspace.integrity_flags.flags(team_lead, Period(date(2000, 1, 1), date(2100, 1, 1)))
    assert [f.counselor for f in flags if f.kind == "bulk_edits"] == ["plus 상담사"]
    with pytest.raises(PermissionDenied):
        workspace.integrity_flags.flags(plus, Period.year(2018))


def test_close_reopen_target_and_flags_on_the_command_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    from conftest import PASSWORD

    from deskapp.cli import main

    def cli(*argv: str) -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        return main(list(argv), out, err), out.getvalue(), err.getvalue()

    monkeypatch.setenv("DESKAPP_PASSWORD", PASSWORD)
    db = str(tmp_path / "c.sqlite3")
    assert cli("init", "--db", db, "--admin", "admin")[0] == 0
    book = write_book(tmp_path / "r.xlsx", valid_sheets())
    assert cli("import", "--db", db, "--user", "admin", str(book))[0] == 0
    close = ("close", "--db", db, "--user", "admin", "--year", "2018", "--month", "3")
    code, _, err = cli(*close)  # March's imported placements are not reviewed yet
    assert code == 2 and "미검토 취업" in err and "--force" in err
    code, out, _ = cli(*close, "--force")
    assert code == 0 and "마감했습니다" in out
    late = write_book(
        tmp_path / "late.xlsx",
        {
            "상담": [["구직자번호", "상담일", "상담창구"], ["S1", "2018-03-20", "plus"]],
            "취업": [["구직자번호", "취업일", "취업창구"], ["S2", "2018-04-05", "G밸리"]],
        },
    )
    code, _, err = cli("import", "--db", db, "--user", "admin", str(late))
    assert code == 2 and "[상담] 2행 '상담일' 열: 2018년 3월은 마감되어" in err
    code, _, err = cli(
        "reopen",
        "--db",
        db,
        "--user",
        "admin",
        "--year",
        "2018",
        "--month",
        "3",
        "--reason",
        "누락분",
    )
    assert code == 0
    assert cli("import", "--db", db, "--user", "admin", str(late))[0] == 0
    code, out, _ = cli(
        "target",
        "--db",
        db,
        "--user",
        "admin",
        "--year",
        "2018",
        "--desk",
        "일자리플러스센터",
        "--measure",
        "placements",
        "--value",
        "2",
    )
    assert code == 0 and "달성률 50.0%" in out
    code, out, _ = cli(
        "flags", "--db", db, "--user", "admin", "--from", "2018-01-01", "--to", "2018-12-31"
    )
    assert code == 0 and "이전 상담·알선 없는 취업\tgvalley" in out and "모두 1건" in out
    code, _, err = cli("close", "--db", db, "--user", "admin", "--year", "2018", "--month", "13")
    assert code == 2
