"""Before a month is closed: what is unfinished in it (MonthCloseService.unfinished, defined
in deskapp.services.rules.month_check) and ``deskapp close`` refusing without --force while any is.

Each kind of item appears, and goes when it is done; void records and other months' items
are never listed. Today is 2018-10-30; the month checked is September 2018.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date

import pytest
from conftest import PASSWORD, add_seeker, counselor_at

from deskapp.cli import main
from deskapp.domain.access import Actor
from deskapp.domain.commands import (
    LogSession,
    RecordPlacement,
    Refer,
    RegisterEmployer,
    RegisterOpening,
)
from deskapp.domain.dates import Period
from deskapp.domain.errors import PermissionDenied, ValidationError
from deskapp.domain.events import AddParticipant, EventDetails, EventKind
from deskapp.domain.records import RecordKind
from deskapp.services.rules.month_check import MonthUnfinished
from deskapp.services.workspace import Workspace

SEPTEMBER = Period.month(2018, 9)


@dataclass(frozen=True)
class September:
    """The records made by ``_september`` (ids), and the counselors who made them."""

    plus: Actor
    gvalley: Actor
    numbers: dict[str, str]  # the seekers' 구직자번호 by name
    ids: dict[str, int]


def _september(workspace: Workspace, admin: Actor) -> September:
    plus = counselor_at(workspace, admin, "plus")
    gvalley = counselor_at(workspace, admin, "gvalley")
    records = workspace.records
    numbers = {
        name: add_seeker(workspace, actor, name, day).number
        for name, actor, day in (
            ("김취업", plus, "2018-03-02"),
            ("이지밸", gvalley, "2018-09-03"),
            ("박연락", plus, "2018-09-01"),
            ("최시월", plus, "2018-09-01"),
            ("정행사", plus, "2018-09-01"),
            ("한팔월", plus, "2018-08-01"),
        )
    }

    def placed(name: str, day: str, actor: Actor = plus, **extra: object) -> int:
        command = RecordPlacement(numbers[name], date.fromisoformat(day), **extra)  # type: ignore[arg-type]
        return records.record_placement(actor, command).id

    def session(name: str, day: str, next_on: str | None = None) -> int:
        next_day = date.fromisoformat(next_on) if next_on else None
        command = LogSession(numbers[name], date.fromisoformat(day), next_contact_on=next_day)
        return records.log_session(plus, command).id

    session("김취업", "2018-03-05")
    employer = records.register_employer(plus, RegisterEmployer("(주)가산")).number
    opening = records.register_opening(
        plus, RegisterOpening(employer, "경비", 3, date(2018, 8, 1))
    ).number

    def referred(name: str, day: str) -> int:
        return records.refer(plus, Refer(numbers[name], opening, date.fromisoformat(day))).id

    def event(name: str, day: str) -> str:
        details = EventDetails(name, EventKind.ILGU_DAY, date.fromisoformat(day))
        return workspace.events.create_event(plus, details).number

    def took_part(event_no: str, name: str) -> int:
        return workspace.events.add_participant(plus, AddParticipant(event_no, numbers[name])).id

    september_event = event("9월 일구데이", "2018-09-10")
    ids = {
        "placed_sep": placed("김취업", "2018-09-10"),  # unreviewed in September
        "placed_sep_gvalley": placed("이지밸", "2018-09-20", gvalley),  # unreviewed, other desk
        "placed_aug": placed("김취업", "2018-08-15"),  # 1-month check due 09-15
        "placed_jun": placed("김취업", "2018-06-20"),  # 3-month check due 09-20
        "placed_mar": placed("김취업", "2018-03-31"),  # 6-month check due 09-30 (clamped)
        "placed_jul31": placed("김취업", "2018-07-31"),  # checks due 08-31, 10-31: not September
        "call": session("박연락", "2018-09-03", "2018-09-12"),  # next contact due 09-12
        "call_october": session("최시월", "2018-09-04", "2018-10-05"),  # due in October
        "referred": referred("박연락", "2018-09-05"),  # outcome due 09-12
        "referred_late": referred("최시월", "2018-09-28"),  # due 10-05: October
        "referred_aug": referred("한팔월", "2018-08-20"),  # due 08-27: August
        "participant": took_part(september_event, "정행사"),  # follow-up due 09-17
        "participant_aug25": took_part(event("8월 말 일구데이", "2018-08-25"), "정행사"),  # 09-01
        "participant_aug24": took_part(event("8월 일구데이", "2018-08-24"), "한팔월"),  # 08-31
        "participant_sep24": took_part(event("9월 말 일구데이", "2018-09-24"), "최시월"),  # 10-01
        "referred_aug25": referred("정행사", "2018-08-25"),  # outcome due 09-01
    }
    # A void session's next contact and a void placement in September are never listed.
    voided_call = session("정행사", "2018-09-05", "2018-09-14")
    records.void(plus, RecordKind.SESSION, voided_call, "잘못 입력")
    voided = placed("정행사", "2018-09-25")
    records.void(plus, RecordKind.PLACEMENT, voided, "잘못 입력")
    # Who took part in the event was spoken to on 09-05, before it: still due after it.
    return September(plus, gvalley, numbers, ids)


def _listed(found: MonthUnfinished, group: str) -> list[tuple[str, int, str]]:
    return [(i.kind, i.record_id, i.on.isoformat()) for i in found.group(group)]


def test_each_unfinished_item_is_listed_and_goes_when_done(
    workspace: Workspace, admin: Actor, team_lead: Actor
) -> None:
    made = _september(workspace, admin)
    ids, plus, records = made.ids, made.plus, workspace.records
    found = workspace.month_close.unfinished(team_lead, 2018, 9)
    assert (found.year, found.month) == (2018, 9)
    assert _listed(found, "unreviewed") == [
        ("unreviewed", ids["placed_sep"], "2018-09-10"),
        ("unreviewed", ids["placed_sep_gvalley"], "2018-09-20"),
    ]
    first = found.unreviewed[0]
    assert (first.seeker_name, first.desk, first.record_kind) == ("김취업", "plus", "placement")
    assert "plus 상담사" in first.what
    assert found.by_desk(found.unreviewed) == {"plus": 1, "gvalley": 1}
    assert _listed(found, "overdue") == [
        ("event_follow_up", ids["participant_aug25"], "2018-09-01"),
        ("referral_pending", ids["referred_aug25"], "2018-09-01"),
        ("next_contact", ids["call"], "2018-09-12"),
        ("referral_pending", ids["referred"], "2018-09-12"),
        ("retention_due", ids["placed_aug"], "2018-09-15"),
        ("event_follow_up", ids["participant"], "2018-09-17"),
        ("retention_due", ids["placed_jun"], "2018-09-20"),
        ("retention_due", ids["placed_mar"], "2018-09-30"),
    ]
    names = ["정행사", "정행사", "박연락", "박연락", "김취업", "정행사", "김취업", "김취업"]
    assert [i.seeker_name for i in found.overdue] == names
    # The flags are September's flags, as the 점검 신호 tab lists them.
    flags = workspace.integrity_flags.flags(team_lead, SEPTEMBER)
    assert sorted((i.kind, i.record_id) for i in found.flags) == sorted(
        (f.kind, f.record_id) for f in flags
    )
    assert ("late_placement", ids["placed_sep"]) in {(i.kind, i.record_id) for i in found.flags}
    assert ids["placed_aug"] not in {i.record_id for i in found.flags}
    assert found.count == 10 + len(flags) and not found.empty

    # Done, one by one: each goes from the list.
    workspace.placement_review.mark_reviewed(team_lead, [ids["placed_sep"]])
    records.void(made.gvalley, RecordKind.PLACEMENT, ids["placed_sep_gvalley"], "중복")
    workspace.follow_up.record_retention(plus, ids["placed_aug"], 1, employed=True)
    records.void(plus, RecordKind.PLACEMENT, ids["placed_jun"], "잘못 입력")
    records.log_session(plus, LogSession(made.numbers["박연락"], date(2018, 10, 2)))
    records.record_placement(
        plus,
        RecordPlacement(made.numbers["박연락"], date(2018, 10, 3), referral_id=ids["referred"]),
    )
    found = workspace.month_close.unfinished(team_lead, 2018, 9)
    assert found.unreviewed == ()
    assert _listed(found, "overdue") == [
        ("event_follow_up", ids["participant_aug25"], "2018-09-01"),
        ("referral_pending", ids["referred_aug25"], "2018-09-01"),
        ("event_follow_up", ids["participant"], "2018-09-17"),
        ("retention_due", ids["placed_mar"], "2018-09-30"),
    ]
    assert ids["placed_sep_gvalley"] not in {i.record_id for i in found.flags}
    records.log_session(plus, LogSession(made.numbers["정행사"], date(2018, 10, 4)))
    found = workspace.month_close.unfinished(team_lead, 2018, 9)
    assert _listed(found, "overdue") == [
        ("referral_pending", ids["referred_aug25"], "2018-09-01"),
        ("retention_due", ids["placed_mar"], "2018-09-30"),
    ]
    records.record_placement(
        plus,
        RecordPlacement(
            made.numbers["정행사"], date(2018, 10, 5), referral_id=ids["referred_aug25"]
        ),
    )
    workspace.follow_up.record_retention(plus, ids["placed_mar"], 6, employed=False)
    found = workspace.month_close.unfinished(team_lead, 2018, 9)
    assert found.overdue == ()
    # Closing when nothing unfinished is expected checks again in the closing unit.
    with pytest.raises(
        ValidationError,
        match=r"끝나지 않은 일이 있습니다 \(미검토 취업 0건, "
        r"기한 지난 사후관리 0건, 점검 신호 \d+건\)",
    ):
        workspace.month_close.close_month(team_lead, 2018, 9, even_if_unfinished=False)
    assert workspace.month_close.closes(team_lead) == []
    workspace.month_close.close_month(team_lead, 2018, 9, even_if_unfinished=True)
    assert [(c.year, c.month) for c in workspace.month_close.closes(team_lead)] == [(2018, 9)]
    workspace.month_close.close_month(team_lead, 2018, 2, even_if_unfinished=False)
    # A month with nothing in it has nothing unfinished.
    assert workspace.month_close.unfinished(team_lead, 2018, 2).empty


def test_only_team_leads_and_administrators_see_what_is_unfinished(
    workspace: Workspace, admin: Actor, team_lead: Actor
) -> None:
    counselor = counselor_at(workspace, admin, "plus")
    with pytest.raises(PermissionDenied):
        workspace.month_close.unfinished(counselor, 2018, 9)
    with pytest.raises(ValidationError, match="1~12"):
        workspace.month_close.unfinished(team_lead, 2018, 13)
    assert workspace.month_close.unfinished(admin, 2018, 9).empty


def _cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    return main(list(argv), out, err), out.getvalue(), err.getvalue()


def test_close_on_the_command_line_needs_force_while_anything_is_unfinished(
    workspace: Workspace,
    admin: Actor,
    team_lead: Actor,
    db_url: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("DESKAPP_PASSWORD", PASSWORD)
    plus = counselor_at(workspace, admin, "plus")
    number = add_seeker(workspace, plus, "김취업", "2018-09-03").number
    workspace.records.log_session(plus, LogSession(number, date(2018, 9, 4)))
    placed = workspace.records.record_placement(plus, RecordPlacement(number, date(2018, 9, 10)))
    close = ("close", "--db", db_url, "--user", "lead", "--year", "2018", "--month")

    code, out, err = _cli(*close, "9")
    assert (code, out) == (2, "")
    lines = err.splitlines()
    assert lines[0] == "미검토 취업 1건 (plus 1)"
    assert lines[1].startswith(f"  2018-09-10\tplus\tplacement {placed.id}\t김취업\t미검토 취업")
    assert "기한 지난 사후관리 0건" in lines
    assert lines[-1].startswith("deskapp: 2018년 9월에 끝나지 않은 일이") and "--force" in lines[-1]
    assert workspace.month_close.closes(team_lead) == []

    code, out, _ = _cli(*close, "9", "--force")
    assert code == 0
    assert out.startswith("2018년 9월에 끝나지 않은 일 ")
    assert "미검토 취업 1건 (plus 1)" in out and "2018년 9월을 마감했습니다." in out
    assert [(c.year, c.month) for c in workspace.month_close.closes(team_lead)] == [(2018, 9)]

    # Closed already, or not over: said at once, whatever is unfinished.
    code, _, err = _cli(*close, "9")
    assert (code, err) == (2, "deskapp: 마감: 2018년 9월은 이미 마감되었습니다.\n")
    now = date.today()  # the command line's today
    code, _, err = _cli(*close[:-3], "--year", str(now.year), "--month", str(now.month))
    assert (code, err) == (
        2,
        f"deskapp: 마감: {now.year}년 {now.month}월은 아직 끝나지 않았습니다.\n",
    )
    # Nothing unfinished: closed without --force, and said so.
    code, out, _ = _cli(*close, "2")
    assert code == 0 and out.startswith("2018년 2월에 끝나지 않은 일은 없습니다.\n")
    # A counselor is refused before anything is read.
    code, _, err = _cli(
        "close", "--db", db_url, "--user", "c-plus", "--year", "2018", "--month", "8"
    )
    assert code == 3
