"""구인기업체 발굴 및 관리: contacts, agreements, due actions, the report,
on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import PASSWORD, TODAY, add_seeker, counselor_at, rows
from openpyxl import load_workbook
from pg_roles import Shared

from deskapp.domain.access import Actor
from deskapp.domain.commands import RecordPlacement, RegisterEmployer, RegisterOpening
from deskapp.domain.dates import Period
from deskapp.domain.desks import DESKS, PLUS, DeskRef
from deskapp.domain.errors import NotFound, PermissionDenied, ValidationError
from deskapp.domain.outreach import (
    ContactKind,
    LogContact,
    OutreachCounts,
    SignAgreement,
    parse_contact_kind,
)
from deskapp.domain.records import RecordKind, Role
from deskapp.reports.xlsx import write_monthly_workbook
from deskapp.services.workspace import Workspace

VISIT, PHONE = ContactKind.VISIT, ContactKind.PHONE


def employer(workspace: Workspace, actor: Actor, name: str = "(주)가산전자") -> str:
    return workspace.records.register_employer(actor, RegisterEmployer(name)).number


def contact(
    workspace: Workspace,
    actor: Actor,
    number: str,
    day: str,
    kind: ContactKind = VISIT,
    **extra: object,
) -> int:
    command = LogContact(number, date.fromisoformat(day), kind, **extra)  # type: ignore[arg-type]
    return workspace.outreach.log_contact(actor, command).id


def month_row(report: list[OutreachCounts], month: int, desk: str) -> tuple[int, ...]:
    (row,) = [r for r in report if r.month == month and r.desk == desk]
    return row.values()


# -- commands -----------------------------------------------------------------------------


def test_commands_name_every_bad_field_in_korean() -> None:
    with pytest.raises(ValidationError) as caught:
        LogContact(
            " ",
            date(2018, 5, 2),
            "방문",  # type: ignore[arg-type]
            next_on=date(2018, 5, 1),
        )
    assert [f for f, _m in caught.value.problems] == ["업체번호", "구분", "다음 할 일", "다음 일자"]
    with pytest.raises(ValidationError) as caught:
        LogContact("E1", date(2018, 5, 2), VISIT, next_action="재방문")
    assert caught.value.problems == [("다음 일자", "다음 할 일의 날짜를 입력하세요.")]
    with pytest.raises(ValidationError) as caught:
        SignAgreement("E1", date(2018, 5, 2), date(2018, 6, 1), -1, ends_on=date(2018, 5, 31))
    assert [f for f, _m in caught.value.problems] == ["채용 약정 인원", "종료일"]
    with pytest.raises(ValidationError, match="내용"):
        LogContact("E1", date(2018, 5, 2), VISIT, note="가\x07나")
    command = LogContact(
        " E1 ", date(2018, 5, 2), VISIT, note="  ", next_action=" 재방문 ", next_on=date(2018, 5, 9)
    )
    assert (command.employer_no, command.note, command.next_action) == ("E1", None, "재방문")
    assert parse_contact_kind("구인 발굴") is ContactKind.OPENING_FOUND
    with pytest.raises(ValidationError, match="구분"):
        parse_contact_kind("편지")


# -- contacts -----------------------------------------------------------------------------


def test_log_contact_finds_the_first_contact_and_keeps_history(
    workspace: Workspace, admin: Actor
) -> None:
    gvalley = counselor_at(workspace, admin, "gvalley")
    number = employer(workspace, gvalley)
    first = contact(workspace, gvalley, number, "2018-05-02", note="인사 담당 면담")
    second = contact(workspace, gvalley, number, "2018-05-10", PHONE)
    # Logged later but dated earlier: first too (the report counts the employer once).
    earlier = contact(workspace, gvalley, number, "2018-04-20", PHONE)
    chosen = contact(workspace, gvalley, number, "2018-05-11", first_contact=True)
    other = contact(workspace, gvalley, employer(workspace, gvalley, "(주)독산"), "2018-05-11")
    listed = workspace.outreach.contacts(gvalley, workspace_employer_id(workspace, number))
    firsts = {c.id: c.first_contact for c in listed}
    assert firsts == {first: True, second: False, earlier: True, chosen: True}
    assert [c.contacted_on for c in listed] == sorted(
        (c.contacted_on for c in listed), reverse=True
    )
    top = listed[-1]
    assert (top.desk, top.counselor, top.kind) == ("gvalley", "gvalley 상담사", PHONE)
    assert other not in firsts
    assert rows(workspace, f"SELECT first_contact FROM employer_contacts WHERE id = {other}") == [
        (1,)
    ]
    assert rows(
        workspace,
        f"SELECT action, field FROM record_changes WHERE record_kind = 'employer_contact' "
        f"AND record_id = {first}",
    ) == [("create", "기업 접촉")]
    assert rows(
        workspace,
        f"SELECT action, subject_kind, subject_no FROM access_log "
        f"WHERE subject_kind = 'employer_contact' AND subject_id = {first}",
    ) == [("create", "employer_contact", number)]


def workspace_employer_id(workspace: Workspace, number: str) -> int:
    ((employer_id,),) = rows(workspace, f"SELECT id FROM employers WHERE employer_no = '{number}'")
    assert isinstance(employer_id, int)
    return employer_id


def test_contacts_are_made_at_the_desk_the_counselor_works_at(
    workspace: Workspace, admin: Actor, team_lead: Actor
) -> None:
    gvalley = counselor_at(workspace, admin, "gvalley")
    number = employer(workspace, gvalley)
    with pytest.raises(PermissionDenied):
        contact(workspace, gvalley, number, "2018-05-02", desk=DeskRef(PLUS))
    with pytest.raises(PermissionDenied):
        workspace.outreach.sign_agreement(
            gvalley,
            SignAgreement(number, date(2018, 5, 2), date(2018, 5, 2), 3, desk=DeskRef(PLUS)),
        )
    made = contact(workspace, team_lead, number, "2018-05-02", desk=DeskRef(PLUS))
    assert rows(
        workspace,
        f"SELECT d.code FROM employer_contacts c JOIN desks d "
        f"ON d.id = c.desk_id WHERE c.id = {made}",
    ) == [("plus",)]
    with pytest.raises(ValidationError, match="창구"):
        contact(workspace, team_lead, number, "2018-05-03")  # a team lead has no desk
    # Voiding and marking done follow the desk too.
    with pytest.raises(PermissionDenied):
        workspace.outreach.void(gvalley, RecordKind.CONTACT, made, "잘못 입력")
    with pytest.raises(ValidationError, match="미래"):
        contact(workspace, gvalley, number, "2018-10-31")
    with pytest.raises(NotFound):
        contact(workspace, gvalley, "E99999999", "2018-05-02")


def test_free_text_is_masked_for_resident_numbers(workspace: Workspace, admin: Actor) -> None:
    gvalley = counselor_at(workspace, admin, "gvalley")
    number = employer(workspace, gvalley)
    saved = workspace.outreach.log_contact(
        gvalley,
        LogContact(
            number,
            date(2018, 5, 2),
            VISIT,
            note="담당 800101-1234567",
            next_action="8001011234567 서류",
            next_on=date(2018, 5, 9),
        ),
    )
    assert saved.warnings and "2건" in saved.warnings[0]
    assert rows(
        workspace, f"SELECT note, next_action FROM employer_contacts WHERE id = {saved.id}"
    ) == [("담당 800101-1******", "800101-1****** 서류")]


def test_closed_month_refuses_contacts_and_agreements(
    workspace: Workspace, admin: Actor, team_lead: Actor
) -> None:
    gvalley = counselor_at(workspace, admin, "gvalley")
    number = employer(workspace, gvalley)
    made = contact(workspace, gvalley, number, "2018-05-02")
    workspace.month_close.close_month(team_lead, 2018, 5)
    with pytest.raises(ValidationError, match="마감"):
        contact(workspace, gvalley, number, "2018-05-20")
    with pytest.raises(ValidationError, match="마감"):
        workspace.outreach.sign_agreement(
            gvalley, SignAgreement(number, date(2018, 5, 3), date(2018, 6, 1), 2)
        )
    with pytest.raises(ValidationError, match="마감"):
        workspace.outreach.void(gvalley, RecordKind.CONTACT, made, "잘못 입력")
    contact(workspace, gvalley, number, "2018-06-01")  # another month is open


# -- the worklist --------------------------------------------------------------------------


def test_due_next_actions_until_done(workspace: Workspace, admin: Actor, team_lead: Actor) -> None:
    gvalley = counselor_at(workspace, admin, "gvalley")
    plus = counselor_at(workspace, admin, "plus")
    number = employer(workspace, gvalley)
    due = contact(
        workspace,
        gvalley,
        number,
        "2018-10-01",
        next_action="채용 계획 확인",
        next_on=date(2018, 10, 30),
    )
    contact(
        workspace, gvalley, number, "2018-10-02", next_action="재방문", next_on=date(2018, 10, 31)
    )  # not yet
    theirs = contact(
        workspace,
        plus,
        number,
        "2018-10-03",
        PHONE,
        next_action="구인 요청",
        next_on=date(2018, 10, 5),
    )
    mine = workspace.outreach.due(gvalley)
    assert [(i.contact_id, i.action, i.employer_no, i.counselor) for i in mine] == [
        (due, "채용 계획 확인", number, "gvalley 상담사")
    ]
    assert [i.contact_id for i in workspace.outreach.due(team_lead)] == [theirs, due]
    with pytest.raises(PermissionDenied):
        workspace.outreach.mark_done(plus, due)
    workspace.outreach.mark_done(gvalley, due)
    assert workspace.outreach.due(gvalley) == []
    with pytest.raises(ValidationError, match="이미"):
        workspace.outreach.mark_done(gvalley, due)
    (done,) = [c for c in workspace.outreach.contacts(gvalley, mine[0].employer_id) if c.id == due]
    assert done.next_done_on == date(2018, 10, 30)
    assert rows(
        workspace,
        f"SELECT field, new_value FROM record_changes WHERE record_id = {due} "
        "AND record_kind = 'employer_contact' AND action = 'update'",
    ) == [("다음 할 일 완료", "2018-10-30")]
    workspace.outreach.void(plus, RecordKind.CONTACT, theirs, "중복 입력")
    assert workspace.outreach.due(team_lead) == []
    with pytest.raises(ValidationError, match="무효입니다"):
        workspace.outreach.void(plus, RecordKind.CONTACT, theirs, "중복 입력")
    with pytest.raises(ValidationError, match="무효 사유"):
        workspace.outreach.void(gvalley, RecordKind.CONTACT, due, " ")
    with pytest.raises(ValidationError, match="여기서"):
        workspace.outreach.void(gvalley, RecordKind.PLACEMENT, due, "잘못")
    bare = contact(workspace, gvalley, number, "2018-10-04")
    with pytest.raises(ValidationError, match="다음 할 일이 없습니다"):
        workspace.outreach.mark_done(gvalley, bare)
    later = contact(
        workspace,
        gvalley,
        number,
        "2018-10-20",
        next_action="서류 받기",
        next_on=date(2018, 10, 25),
    )
    with pytest.raises(ValidationError, match="접촉일보다"):
        workspace.outreach.mark_done(gvalley, later, date(2018, 10, 19))
    assert rows(
        workspace,
        "SELECT action, detail FROM access_log WHERE action = 'update' "
        f"AND subject_kind = 'employer_contact' AND subject_id = {due}",
    ) == [("update", f"기업 접촉 {due} 다음 할 일 완료")]


# -- agreements ----------------------------------------------------------------------------


def test_hires_against_an_agreement(workspace: Workspace, admin: Actor) -> None:
    gvalley = counselor_at(workspace, admin, "gvalley")
    records = workspace.records
    number = employer(workspace, gvalley, "(주)지밸리물류")
    opening = records.register_opening(
        gvalley, RegisterOpening(number, "물류 사무원", 5, date(2018, 3, 1))
    ).number
    agreement = workspace.outreach.sign_agreement(
        gvalley,
        SignAgreement(
            number,
            date(2018, 3, 2),
            date(2018, 4, 1),
            10,
            ends_on=date(2018, 9, 30),
            note="구민 우선 채용",
        ),
    ).id
    resident = add_seeker(workspace, gvalley, "김구민", "2018-03-02", 구민여부="예").number
    outsider = add_seeker(workspace, gvalley, "이타구", "2018-03-02", 구민여부="아니오").number
    named = add_seeker(workspace, gvalley, "박이름", "2018-03-02", 구민여부="예").number
    early = add_seeker(workspace, gvalley, "최이른", "2018-03-02", 구민여부="예").number
    late = add_seeker(workspace, gvalley, "정늦은", "2018-03-02", 구민여부="예").number
    elsewhere = add_seeker(workspace, gvalley, "한다른", "2018-03-02", 구민여부="예").number
    place = records.record_placement
    place(gvalley, RecordPlacement(resident, date(2018, 4, 1), opening_no=opening))
    place(gvalley, RecordPlacement(resident, date(2018, 6, 1), opening_no=opening))  # twice: one
    place(gvalley, RecordPlacement(outsider, date(2018, 5, 1), opening_no=opening))
    place(gvalley, RecordPlacement(named, date(2018, 9, 30), employer_name="(주)지밸리물류"))
    place(gvalley, RecordPlacement(early, date(2018, 3, 31), opening_no=opening))  # before
    place(gvalley, RecordPlacement(late, date(2018, 10, 1), opening_no=opening))  # after
    place(gvalley, RecordPlacement(elsewhere, date(2018, 5, 1), employer_name="(주)다른"))
    employer_id = workspace_employer_id(workspace, number)
    (shown,) = workspace.outreach.agreements(gvalley, employer_id)
    assert (shown.id, shown.pledged, shown.hires, shown.resident_hires) == (agreement, 10, 3, 2)
    assert (shown.starts_on, shown.ends_on, shown.desk) == (
        date(2018, 4, 1),
        date(2018, 9, 30),
        "gvalley",
    )
    # A void placement stops counting.
    ((placement_id,),) = rows(
        workspace,
        "SELECT p.id FROM placements p JOIN job_seekers s "
        f"ON s.id = p.seeker_id WHERE s.seeker_no = '{outsider}'",
    )
    assert isinstance(placement_id, int)
    records.void(gvalley, RecordKind.PLACEMENT, placement_id, "잘못 입력")
    (shown,) = workspace.outreach.agreements(gvalley, employer_id)
    assert (shown.hires, shown.resident_hires) == (2, 2)
    # An agreement with no end counts to today.
    workspace.outreach.sign_agreement(
        gvalley, SignAgreement(number, date(2018, 9, 1), date(2018, 9, 1), 3)
    )
    newest = workspace.outreach.agreements(gvalley, employer_id)[0]
    assert (newest.ends_on, newest.hires, newest.resident_hires) == (None, 2, 2)
    workspace.outreach.void(gvalley, RecordKind.AGREEMENT, agreement, "협약 취소")
    assert [a.id for a in workspace.outreach.agreements(gvalley, employer_id)] == [newest.id]
    assert rows(
        workspace,
        "SELECT action FROM record_changes WHERE record_kind = "
        f"'hiring_agreement' AND record_id = {agreement} ORDER BY id",
    ) == [("create",), ("void",)]


# -- the report ----------------------------------------------------------------------------


def test_report_counts_per_desk_and_month(workspace: Workspace, admin: Actor) -> None:
    gvalley = counselor_at(workspace, admin, "gvalley")
    plus = counselor_at(workspace, admin, "plus")
    records = workspace.records
    found = employer(workspace, gvalley, "(주)발굴")
    known = employer(workspace, plus, "(주)기존")

    def opening(number: str, day: str, actor: Actor = plus) -> str:
        command = RegisterOpening(number, "조립원", 1, date.fromisoformat(day))
        return records.register_opening(actor, command).number

    opening(found, "2018-02-20")  # before G밸리 found it: not counted
    opening(known, "2018-02-01")
    contact(workspace, plus, known, "2018-02-01")  # plus found 기존 in February
    contact(workspace, gvalley, found, "2018-03-05")  # G밸리 found 발굴 in March (visit)
    contact(workspace, gvalley, found, "2018-03-06", PHONE)
    contact(workspace, gvalley, found, "2018-04-02", PHONE, first_contact=True)  # counted once
    contact(workspace, gvalley, found, "2018-04-03", ContactKind.OPENING_FOUND)
    opening(found, "2018-03-05")  # registered at plus, counted for G밸리 which found it
    opening(found, "2018-04-10", gvalley)
    opening(known, "2018-04-11", gvalley)  # found by plus: counted for plus
    workspace.outreach.sign_agreement(
        gvalley, SignAgreement(found, date(2018, 4, 20), date(2018, 5, 1), 5)
    )
    voided = contact(workspace, gvalley, employer(workspace, gvalley, "(주)무효"), "2018-04-05")
    report = workspace.outreach.report(gvalley, 2018)
    assert len(report) == 48
    assert [(r.month, r.desk) for r in report[:5]] == [
        (1, "plus"),
        (1, "gvalley"),
        (1, "dong"),
        (1, "welfare"),
        (2, "plus"),
    ]
    assert month_row(report, 2, "plus") == (1, 1, 0, 0, 1)
    assert month_row(report, 3, "gvalley") == (1, 1, 1, 0, 1)
    assert month_row(report, 4, "gvalley") == (1, 1, 1, 1, 1)
    assert month_row(report, 4, "plus") == (0, 0, 0, 0, 1)
    workspace.outreach.void(gvalley, RecordKind.CONTACT, voided, "잘못 입력")
    report = workspace.outreach.report(gvalley, 2018)
    assert month_row(report, 4, "gvalley") == (0, 0, 1, 1, 1)
    # The first contact voided: the desk found the employer at its next first contact.
    ((first_id,),) = rows(
        workspace,
        "SELECT c.id FROM employer_contacts c JOIN employers e ON "
        f"e.id = c.employer_id WHERE e.employer_no = '{found}' AND "
        "c.contacted_on = '2018-03-05'",
    )
    assert isinstance(first_id, int)
    workspace.outreach.void(gvalley, RecordKind.CONTACT, first_id, "잘못 입력")
    report = workspace.outreach.report(gvalley, 2018)
    assert month_row(report, 3, "gvalley") == (0, 0, 1, 0, 0)
    assert month_row(report, 4, "gvalley") == (1, 0, 1, 1, 1)  # found on 4-02 now
    assert sum(sum(r.values()) for r in workspace.outreach.report(gvalley, 2017)) == 0
    with pytest.raises(ValidationError, match="연도"):
        workspace.outreach.report(gvalley, 1900)


# -- the monthly workbook ------------------------------------------------------------------


def test_monthly_workbook_has_the_outreach_sheet(
    workspace: Workspace, admin: Actor, team_lead: Actor, tmp_path: Path
) -> None:
    gvalley = counselor_at(workspace, admin, "gvalley")
    number = employer(workspace, gvalley)
    contact(workspace, gvalley, number, "2018-03-05")
    contact(workspace, gvalley, number, "2018-03-06", PHONE)
    workspace.records.register_opening(
        gvalley, RegisterOpening(number, "조립원", 2, date(2018, 3, 7))
    )
    workspace.outreach.sign_agreement(
        gvalley, SignAgreement(number, date(2018, 4, 2), date(2018, 4, 2), 4)
    )
    series = workspace.statistics.monthly(team_lead, Period.year(2018))
    target = write_monthly_workbook(
        series, tmp_path / "월별.xlsx", outreach=workspace.outreach.report(team_lead, 2018)
    )
    sheet = load_workbook(target)["기업발굴"]
    got = list(sheet.iter_rows(values_only=True))
    assert got[0] == ("월", "창구", "신규발굴", "방문", "전화", "협약", "발굴기업 구인등록")
    assert len(got) == 1 + 12 * 4
    assert [r[1] for r in got[9:13]] == [d.name for d in DESKS]
    assert got[10] == ("2018-03", "G밸리 일자리상담창구", 1, 1, 1, 0, 1)
    assert got[14] == ("2018-04", "G밸리 일자리상담창구", 0, 0, 0, 1, 0)
    assert sum(sum(r[2:]) for r in got[1:]) == 5
    assert sheet["C2"].number_format == "#,##0"
    # Without the report the workbook is as before.
    plain = load_workbook(write_monthly_workbook(series, tmp_path / "plain.xlsx"))
    assert "기업발굴" not in plain.sheetnames


# -- shared mode ---------------------------------------------------------------------------


def test_a_desk_logs_outreach_as_the_desks_role(shared: Shared) -> None:
    office = Workspace.open(shared.url(shared.admin), today=TODAY)
    try:
        boss = office.accounts.authenticate("admin", PASSWORD)
        office.accounts.create_user(boss, "kim", PASSWORD, Role.COUNSELOR, "gvalley")
    finally:
        office.close()
    desk = Workspace.open(shared.url(shared.app), today=TODAY)
    try:
        kim = desk.accounts.authenticate("kim", PASSWORD)
        number = employer(desk, kim)
        made = contact(
            desk, kim, number, "2018-10-02", next_action="재방문", next_on=date(2018, 10, 9)
        )
        desk.outreach.mark_done(kim, made)
        signed = desk.outreach.sign_agreement(
            kim, SignAgreement(number, date(2018, 10, 2), date(2018, 10, 2), 3)
        ).id
        desk.outreach.void(kim, RecordKind.AGREEMENT, signed, "중복")
        assert month_row(desk.outreach.report(kim, 2018), 10, "gvalley") == (1, 1, 0, 0, 0)
        assert desk.check.run().ok
    finally:
        desk.close()


# -- found from the live contacts, hires by opening, dates, reads, voided employers -------


def test_an_employer_is_found_once_from_its_live_contacts(
    workspace: Workspace, admin: Actor
) -> None:
    plus = counselor_at(workspace, admin, "plus")
    gvalley = counselor_at(workspace, admin, "gvalley")
    number = employer(workspace, plus)
    employer_id = workspace_employer_id(workspace, number)
    opening = RegisterOpening(number, "조립원", 1, date(2018, 6, 20))
    workspace.records.register_opening(gvalley, opening)
    # G밸리 meets it in June; plus logs, later, a visit in May: plus found it (once).
    june = contact(workspace, gvalley, number, "2018-06-10")
    may = contact(workspace, plus, number, "2018-05-05")
    report = workspace.outreach.report(admin, 2018)
    assert sum(r.new_employers for r in report) == 1
    assert month_row(report, 5, "plus")[0] == 1
    assert month_row(report, 6, "plus")[4] == 1  # its opening follows the desk that found it
    assert month_row(report, 6, "gvalley") == (0, 1, 0, 0, 0)
    listed = workspace.outreach.contacts(admin, employer_id)
    assert {c.id: c.found for c in listed} == {june: False, may: True}
    # The finding contact voided: the next live one finds it (never lost).
    workspace.outreach.void(plus, RecordKind.CONTACT, may, "잘못 입력")
    report = workspace.outreach.report(admin, 2018)
    assert sum(r.new_employers for r in report) == 1
    assert month_row(report, 6, "gvalley") == (1, 1, 0, 0, 1)
    assert month_row(report, 5, "plus") == (0, 0, 0, 0, 0)
    # Its only flagged contact voided, an employer is found by its earliest live one.
    later = employer(workspace, plus, "(주)시흥")
    voided = contact(workspace, plus, later, "2018-07-01")
    contact(workspace, plus, later, "2018-07-10", PHONE)  # not 신규: one came before
    workspace.outreach.void(plus, RecordKind.CONTACT, voided, "잘못 입력")
    assert month_row(workspace.outreach.report(admin, 2018), 7, "plus") == (1, 0, 1, 0, 0)
    # A contact the counselor marks 신규 발굴 wins over an earlier unmarked one.
    other = employer(workspace, plus, "(주)독산")
    contact(workspace, plus, other, "2018-03-02", first_contact=False)
    contact(workspace, gvalley, other, "2018-04-02", first_contact=True)
    report = workspace.outreach.report(admin, 2018)
    assert (month_row(report, 3, "plus")[0], month_row(report, 4, "gvalley")[0]) == (0, 1)
    assert sum(r.new_employers for r in report) == 3


def test_hires_of_two_employers_of_one_name_are_not_shared(
    workspace: Workspace, admin: Actor
) -> None:
    plus = counselor_at(workspace, admin, "plus")
    records = workspace.records
    first = employer(workspace, plus, "(주)가산전자")
    second = employer(workspace, plus, "(주)가산전자")
    workspace.outreach.sign_agreement(
        plus, SignAgreement(second, date(2018, 5, 1), date(2018, 5, 1), 3)
    )
    opening = records.register_opening(
        plus, RegisterOpening(first, "조립", 1, date(2018, 5, 2))
    ).number
    hired = add_seeker(workspace, plus, "홍길동", "2018-03-02", 구민여부="예").number
    named = add_seeker(workspace, plus, "김이름", "2018-03-02", 구민여부="예").number
    records.record_placement(plus, RecordPlacement(hired, date(2018, 6, 1), opening_no=opening))
    records.record_placement(
        plus, RecordPlacement(named, date(2018, 6, 2), employer_name="(주)가산전자")
    )
    second_id = workspace_employer_id(workspace, second)
    (shown,) = workspace.outreach.agreements(admin, second_id)
    assert (shown.hires, shown.resident_hires) == (0, 0)  # neither A's hire nor the name's
    # The namesake voided: the name is the agreement employer's alone again.
    records.void(plus, RecordKind.EMPLOYER, workspace_employer_id(workspace, first), "중복")
    (shown,) = workspace.outreach.agreements(admin, second_id)
    assert (shown.hires, shown.resident_hires) == (1, 1)


def test_outreach_dates_keep_to_the_projects_rules(workspace: Workspace, admin: Actor) -> None:
    plus = counselor_at(workspace, admin, "plus")
    number = employer(workspace, plus)
    with pytest.raises(ValidationError) as caught:
        SignAgreement(number, date(2018, 5, 1), date(1, 1, 1), 3, ends_on=date(9999, 12, 31))
    assert [f for f, _m in caught.value.problems] == ["종료일", "시작일"]
    with pytest.raises(ValidationError, match="종료일"):
        SignAgreement(number, date(2018, 5, 1), date(2018, 5, 1), 3, ends_on=date(2028, 5, 2))
    SignAgreement(number, date(2018, 5, 1), date(2018, 5, 1), 3, ends_on=date(2028, 5, 1))
    with pytest.raises(ValidationError, match="시작일"):
        SignAgreement(number, date(2018, 5, 1), date(2019, 5, 3), 3)
    with pytest.raises(ValidationError, match="다음 일자"):
        LogContact(number, date(2018, 5, 1), VISIT, next_action="x", next_on=date(9999, 12, 31))
    LogContact(number, date(2018, 5, 1), VISIT, next_action="x", next_on=date(2020, 4, 30))
    for day, problem in (("1989-12-31", "너무 이른"), ("2018-10-31", "미래")):
        with pytest.raises(ValidationError, match=problem):
            contact(workspace, plus, number, day)
    with pytest.raises(ValidationError, match="협약일"):
        workspace.outreach.sign_agreement(
            plus, SignAgreement(number, date(1989, 12, 31), date(1990, 1, 1), 3)
        )
    assert rows(workspace, "SELECT count(*) FROM employer_contacts") == [(0,)]
    assert rows(workspace, "SELECT count(*) FROM hiring_agreements") == [(0,)]


def test_reading_an_employers_contacts_is_logged(workspace: Workspace, admin: Actor) -> None:
    plus = counselor_at(workspace, admin, "plus")
    gvalley = counselor_at(workspace, admin, "gvalley")
    number = employer(workspace, plus)
    employer_id = workspace_employer_id(workspace, number)
    contact(workspace, plus, number, "2018-05-01", note="대표 면담")
    # Employers are shared by the desks: another desk's counselor sees the notes, logged.
    assert [c.note for c in workspace.outreach.contacts(gvalley, employer_id)] == ["대표 면담"]
    assert rows(
        workspace,
        "SELECT u.username, a.subject_kind, a.subject_id, a.subject_no FROM access_log a "
        "JOIN users u ON u.id = a.user_id WHERE a.action = 'view'",
    ) == [(gvalley.username, "employer", employer_id, number)]


def test_a_voided_employer_counts_nowhere_in_the_report(workspace: Workspace, admin: Actor) -> None:
    plus = counselor_at(workspace, admin, "plus")
    number = employer(workspace, plus)
    contact(workspace, plus, number, "2018-05-01")
    contact(workspace, plus, number, "2018-05-02", PHONE)
    workspace.outreach.sign_agreement(
        plus, SignAgreement(number, date(2018, 5, 3), date(2018, 5, 3), 2)
    )
    workspace.records.register_opening(plus, RegisterOpening(number, "조립원", 1, date(2018, 5, 4)))
    assert month_row(workspace.outreach.report(admin, 2018), 5, "plus") == (1, 1, 1, 1, 1)
    workspace.records.void(
        plus, RecordKind.EMPLOYER, workspace_employer_id(workspace, number), "중복"
    )
    assert month_row(workspace.outreach.report(admin, 2018), 5, "plus") == (0, 0, 0, 0, 0)
