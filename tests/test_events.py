"""Hiring events (ARCHITECTURE.md) through the services, on SQLite and PostgreSQL: an event's
employers and participants, stages to a hire that is a placement counted once, voiding,
closed months, desks, the report's measures and groupings, and the follow-up list."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import SupportsInt, cast

import pytest
from conftest import PASSWORD, TODAY, add_seeker, counselor_at, rows
from pg_roles import Shared
from test_events_import import seed_events_workbook

from deskapp.domain.access import Actor
from deskapp.domain.commands import (
    LogSession,
    RecordPlacement,
    RegisterEmployer,
    RegisterOpening,
    RegisterSeeker,
)
from deskapp.domain.dates import Period
from deskapp.domain.desks import parse_desk
from deskapp.domain.errors import NotFound, PermissionDenied, ValidationError
from deskapp.domain.events import (
    AddEventEmployer,
    AddParticipant,
    EventDetails,
    EventGrouping,
    EventKind,
    SetResult,
    event_command,
    parse_result,
    participant_command,
)
from deskapp.domain.records import RecordKind, Role
from deskapp.services.workspace import Workspace

YEAR = Period.parse("2018-01-01", "2018-10-30")
MAY = Period.parse("2018-05-01", "2018-05-31")


def _event(workspace: Workspace, actor: Actor, name: str, day: str, **extra: object) -> str:
    kind = cast(EventKind, extra.pop("kind", EventKind.ILGU_DAY))
    details = EventDetails(name, kind, date.fromisoformat(day), **extra)  # type: ignore[arg-type]
    return workspace.events.create_event(actor, details).number


def _employer(workspace: Workspace, actor: Actor, name: str) -> str:
    return workspace.records.register_employer(actor, RegisterEmployer(name)).number


def _placements(workspace: Workspace, admin: Actor, period: Period = MAY) -> int:
    return workspace.statistics.table(admin, period).by_desk["plus"].placements


def test_a_hire_at_an_event_is_one_placement_at_its_desk_and_date(
    workspace: Workspace, admin: Actor
) -> None:
    plus = counselor_at(workspace, admin, "plus")
    number = _event(workspace, plus, "5월 일구데이", "2018-05-10", venue="구청", venue_type="구 청")
    employer = _employer(workspace, plus, "(주)가산물류")
    opening = workspace.records.register_opening(
        plus, RegisterOpening(employer, "물류 사무원", 3, date(2018, 5, 2))
    ).number
    workspace.events.add_employer(plus, AddEventEmployer(number, employer, 3, opening))
    seeker = add_seeker(workspace, plus, "김행사", "2018-05-02")
    before = _placements(workspace, admin)
    saved = workspace.events.add_participant(plus, AddParticipant(number, seeker.number))
    for stage in ("서류합격", "1차합격", "2차합격"):
        workspace.events.set_result(
            plus, SetResult(saved.id, True, stage, employer_no=employer, opening_no=opening)
        )
    assert _placements(workspace, admin) == before
    workspace.events.set_result(plus, SetResult(saved.id, True, "채용", employer_no=employer))
    assert _placements(workspace, admin) == before + 1
    placed = rows(
        workspace,
        "SELECT placed_on, kind, opening_id IS NOT NULL, employer_name, void FROM placements",
    )
    assert placed == [("2018-05-10", "행사취업", 1, "(주)가산물류", 0)]
    # The same person placed again at the same desk in the month is still one 취업자.
    workspace.records.record_placement(plus, RecordPlacement(seeker.number, date(2018, 5, 20)))
    assert _placements(workspace, admin) == before + 1
    # The stages are the participant's history.
    history = rows(
        workspace,
        "SELECT field, old_value, new_value FROM record_changes "
        "WHERE record_kind = 'event_participant' AND field = '결과' "
        "ORDER BY id",
    )
    assert [h[2] for h in history] == ["서류합격", "1차합격", "2차합격", "채용"]
    page = workspace.events.page(plus, number)
    assert page.row.figures.values() == (1, 1, 3, 1, 1, 1)
    assert page.participants[0].result == "채용" and page.participants[0].opening_no == opening


def test_leaving_a_hire_or_voiding_voids_its_placement(workspace: Workspace, admin: Actor) -> None:
    plus = counselor_at(workspace, admin, "plus")
    number = _event(workspace, plus, "일구데이", "2018-05-10")
    seekers = [add_seeker(workspace, plus, name, "2018-05-01") for name in ("가나", "다라", "마바")]
    ids = [
        workspace.events.add_participant(plus, AddParticipant(number, s.number, True, "채용")).id
        for s in seekers
    ]
    assert _placements(workspace, admin) == 3
    workspace.events.set_result(plus, SetResult(ids[0], True, "불합격", reason="입사 포기"))
    assert _placements(workspace, admin) == 2
    workspace.events.void(plus, RecordKind.EVENT_PARTICIPANT, ids[1], "잘못 입력")
    assert _placements(workspace, admin) == 1
    assert workspace.events.report(plus, MAY).total.values() == (1, 0, 0, 2, 2, 1)
    workspace.events.void(plus, RecordKind.EVENT, _id(workspace, number), "행사 취소")
    assert _placements(workspace, admin) == 0
    assert workspace.events.report(plus, MAY).groups == ()
    voided = rows(workspace, "SELECT void_reason FROM placements ORDER BY id")
    assert voided == [("입사 포기",), ("행사 무효: 잘못 입력",), ("행사 무효: 행사 취소",)]
    with pytest.raises(NotFound):
        workspace.events.page(plus, number)


def _id(workspace: Workspace, number: str) -> int:
    number_id = rows(workspace, f"SELECT id FROM events WHERE event_no = '{number}'")[0][0]
    return int(cast(SupportsInt, number_id))


def test_desks_months_and_bad_values_are_refused(workspace: Workspace, admin: Actor) -> None:
    plus = counselor_at(workspace, admin, "plus")
    gvalley = counselor_at(workspace, admin, "gvalley")
    number = _event(workspace, plus, "일구데이", "2018-05-10")
    seeker = add_seeker(workspace, plus, "김참여", "2018-05-01")
    with pytest.raises(PermissionDenied):
        workspace.events.add_participant(gvalley, AddParticipant(number, seeker.number))
    with pytest.raises(PermissionDenied):
        _event(workspace, gvalley, "남의 창구 행사", "2018-05-10", desk=parse_desk("plus"))
    with pytest.raises(PermissionDenied):
        workspace.events.page(gvalley, number)
    saved = workspace.events.add_participant(plus, AddParticipant(number, seeker.number))
    with pytest.raises(ValidationError, match="이미 이 행사 참여자"):
        workspace.events.add_participant(plus, AddParticipant(number, seeker.number))
    with pytest.raises(NotFound, match="구직자 'X-1'"):
        workspace.events.add_participant(plus, AddParticipant(number, "X-1"))
    workspace.month_close.close_month(admin, 2018, 5)
    with pytest.raises(ValidationError, match="마감"):
        workspace.events.set_result(plus, SetResult(saved.id, True, "채용"))
    assert rows(workspace, "SELECT result FROM event_participants") == [(None,)]
    future = _event(workspace, plus, "다음 달 행사", "2018-11-20")
    later = add_seeker(workspace, plus, "박미래", "2018-10-01")
    with pytest.raises(ValidationError, match="행사일이 지나야"):
        workspace.events.add_participant(plus, AddParticipant(future, later.number, True, "채용"))
    assert rows(workspace, "SELECT count(*) FROM event_participants") == [(1,)]


def test_commands_read_the_sheets_fields_with_every_problem() -> None:
    today = date(2018, 10, 30)
    details = event_command(
        {
            "행사명": "금천구 취업박람회",
            "구분": "취업박람회",
            "일자": "2018.09.12",
            "주관": "금천구",
            "집계참여인원": "1,023",
            "집계면접인원": 118,
            "집계채용인원": "18명",
        },
        today,
    )
    assert (details.kind, details.reported_participants, details.reported_hired) == (
        EventKind.JOB_FAIR,
        1023,
        18,
    )
    with pytest.raises(ValidationError) as bad:
        event_command(
            {"행사명": "", "구분": "축제", "일자": "2018-13-01", "집계면접인원": -1},
            today,
            numbered=True,
        )
    fields = [field for field, _ in bad.value.problems]
    assert fields == ["행사번호", "행사명", "구분", "일자", "창구", "집계면접인원"]
    with pytest.raises(ValidationError, match="집계채용인원이 집계참여인원"):
        event_command(
            {
                "행사명": "a",
                "구분": "일구데이",
                "일자": "2018-01-02",
                "집계참여인원": 3,
                "집계채용인원": 4,
            },
            today,
        )
    assert participant_command(
        {"행사번호": "E1", "구직자번호": "S1", "결과": "1차 합격"}, today
    ).interviewed
    assert parse_result("최종합격") == "채용"
    with pytest.raises(ValidationError, match="결과가 아닙니다"):
        parse_result("아마도")


def _seed_small_days(workspace: Workspace, actor: Actor) -> None:
    """The seed's 소규모 일구데이 (10 events by venue type), as people recorded one by one."""
    plan = [  # venue type, venue, employers' recruits, interviewed, hired
        ("지식산업센터", "SK V1", [5], 6, 2),
        ("지식산업센터", "에이스하이엔드", [3, 2], 5, 1),
        ("지식산업센터", "대륭포스트", [4], 6, 1),
        ("지식산업센터", "SK V1", [3], 5, 1),
        ("지식산업센터", "현대지식산업센터", [2], 4, 1),
        ("지식산업센터", "대륭포스트", [2], 5, 1),
        ("지식산업센터", "에이스하이엔드", [2], 5, 1),
        ("구 청", "금천구청", [2], 6, 1),
        ("구 청", "금천구청", [2], 6, 1),
        ("기업시민청", "기업시민청", [1], 7, 0),
    ]
    person = 0
    for n, (venue_type, venue, recruits, interviewed, hired) in enumerate(plan, start=1):
        day = f"2018-{n:02d}-{10 + n:02d}"
        number = _event(
            workspace, actor, f"소규모 일구데이 {n}회", day, venue=venue, venue_type=venue_type
        )
        for i, headcount in enumerate(recruits):
            employer = _employer(workspace, actor, f"(주)참여{n}-{i}")
            workspace.events.add_employer(actor, AddEventEmployer(number, employer, headcount))
        for k in range(interviewed):
            person += 1
            seeker = add_seeker(workspace, actor, f"참가{chr(0xAC00 + person)}", "2018-01-02")
            result = "채용" if k < hired else "불합격"
            workspace.events.add_participant(
                actor, AddParticipant(number, seeker.number, True, result)
            )


def test_the_report_groups_by_venue_type_as_the_seeds_small_days_table(
    workspace: Workspace, admin: Actor
) -> None:
    plus = counselor_at(workspace, admin, "plus")
    _seed_small_days(workspace, plus)
    _event(
        workspace,
        plus,
        "G밸리 채용박람회",
        "2018-04-01",
        kind=EventKind.JOB_FAIR,
        reported_participants=618,
        reported_interviewed=182,
        reported_hired=4,
    )
    report = workspace.events.report(plus, YEAR, EventKind.ILGU_DAY, EventGrouping.VENUE_TYPE)
    table = [(g.group, *g.values()) for g in (report.total, *report.groups)]
    assert table == [
        ("total", 10, 11, 28, 55, 55, 10),
        ("지식산업센터", 7, 8, 23, 36, 36, 8),
        ("구 청", 2, 2, 4, 12, 12, 2),
        ("기업시민청", 1, 1, 1, 7, 7, 0),
    ]
    # Every hire is a placement at the plus desk, counted once in 취업자수.
    assert workspace.statistics.table(admin, YEAR).by_desk["plus"].placements == 10
    fair = workspace.events.report(plus, YEAR, EventKind.JOB_FAIR)
    assert [(g.group, g.organizer, *g.values()) for g in fair.groups] == [
        ("G밸리 채용박람회", None, 1, 0, 0, 618, 182, 4)
    ]
    everything = workspace.events.report(plus, YEAR)
    assert everything.total.values() == (11, 11, 28, 55 + 618, 55 + 182, 14)
    names = [
        "소규모 일구데이 1회",
        "소규모 일구데이 2회",
        "소규모 일구데이 3회",
        "G밸리 채용박람회",
        "소규모 일구데이 4회",
    ]
    assert [g.group for g in everything.groups][:5] == names


def test_correcting_an_event_moves_its_hires_and_keeps_the_story(
    workspace: Workspace, admin: Actor
) -> None:
    plus = counselor_at(workspace, admin, "plus")
    number = _event(workspace, plus, "일구데이", "2018-05-10", venue="구청")
    seeker = add_seeker(workspace, plus, "김이동", "2018-05-01")
    workspace.events.add_participant(plus, AddParticipant(number, seeker.number, True, "채용"))
    page = workspace.events.page(plus, number)
    changed = workspace.events.update_event(
        admin,
        number,
        EventDetails(
            "6월 일구데이",
            EventKind.ILGU_DAY,
            date(2018, 6, 12),
            number,
            parse_desk("welfare"),
            venue="구청 세미나실",
        ),
        "날짜를 잘못 적음",
    )
    assert changed == 4 and page.row.held_on == date(2018, 5, 10)
    assert rows(workspace, "SELECT placed_on, desk_id FROM placements") == [
        ("2018-06-12", workspace.db.desk_ids()["welfare"])
    ]
    history = rows(
        workspace,
        "SELECT field, old_value, new_value, reason FROM record_changes "
        "WHERE record_kind = 'event' AND action = 'update' ORDER BY id",
    )
    assert [h[0] for h in history] == ["행사명", "일자", "장소", "창구"]
    assert history[1][1:] == ("2018-05-10", "2018-06-12", "날짜를 잘못 적음")
    with pytest.raises(PermissionDenied):  # the event is now the welfare desk's
        workspace.events.update_event(plus, number, page.details, "되돌리기")


def test_the_events_workbook_imports_on_either_database(
    workspace: Workspace, admin: Actor, tmp_path: Path
) -> None:
    report = workspace.imports.import_workbook(admin, seed_events_workbook(tmp_path / "e.xlsx"))
    assert (report.counts["행사"], report.counts["행사참여자"]) == (17, 132)
    joint = workspace.events.report(admin, YEAR, EventKind.JOINT_ILGU_DAY, EventGrouping.VENUE)
    assert [(g.group, *g.values()) for g in joint.rows()] == [
        ("total", 3, 36, 182, 190, 190, 37),
        ("금천구청", 1, 12, 48, 77, 77, 17),
        ("관악구청", 1, 12, 64, 76, 76, 12),
        ("동작구청", 1, 12, 70, 37, 37, 8),
    ]
    assert workspace.statistics.table(admin, YEAR).by_desk["plus"].placements == 27
    hires = rows(
        workspace,
        "SELECT count(*) FROM event_participants p JOIN placements x "
        "ON x.id = p.placement_id WHERE x.kind = '행사취업'",
    )
    assert hires == [(27,)]


def test_every_number_of_the_report_has_the_people_and_employers_behind_it(
    workspace: Workspace, admin: Actor
) -> None:
    plus = counselor_at(workspace, admin, "plus")
    gvalley = counselor_at(workspace, admin, "gvalley")
    _seed_small_days(workspace, plus)
    _event(
        workspace,
        plus,
        "G밸리 채용박람회",
        "2018-04-01",
        kind=EventKind.JOB_FAIR,
        organizer="한국산업단지공단",
        reported_participants=618,
        reported_hired=4,
    )
    events = workspace.events
    by = EventGrouping.VENUE_TYPE
    report = events.report(plus, YEAR, EventKind.ILGU_DAY, by)
    for group in report.rows():
        for measure in ("events", "employers", "recruits", "interviewed", "hired"):
            name = None if group.group == "total" else group.group
            lines = events.behind(plus, YEAR, EventKind.ILGU_DAY, by, name, measure)
            if measure == "recruits":
                assert sum(int(b.detail.split()[1][:-1]) for b in lines) == group.recruits
            else:
                assert sum(b.count for b in lines) == getattr(group, measure), (group, measure)
    hired = events.behind(plus, YEAR, EventKind.ILGU_DAY, by, "구 청", "hired")
    assert [b.detail for b in hired] == ["채용", "채용"] and all(b.seeker_id for b in hired)
    hidden = events.behind(gvalley, YEAR, EventKind.ILGU_DAY, by, "구 청", "hired")
    assert [(b.who, b.seeker_id) for b in hidden] == [("(다른 창구의 참여자)", None)] * 2
    fair = events.behind(plus, YEAR, EventKind.JOB_FAIR, EventGrouping.EVENT, None, "participants")
    assert [(b.who, b.detail, b.count) for b in fair] == [
        ("주관기관 집계 618명", "한국산업단지공단", 618)
    ]
    with pytest.raises(ValidationError):
        events.behind(plus, YEAR, None, by, None, "모름")


def test_the_follow_up_worklist_names_the_event_until_the_person_is_spoken_to(
    workspace: Workspace, admin: Actor
) -> None:
    plus = counselor_at(workspace, admin, "plus")
    number = _event(workspace, plus, "10월 일구데이", "2018-10-10")
    waiting, hired = (add_seeker(workspace, plus, n, "2018-10-01") for n in ("김대기", "이채용"))
    workspace.events.add_participant(plus, AddParticipant(number, waiting.number, True, "2차합격"))
    workspace.events.add_participant(plus, AddParticipant(number, hired.number, True, "채용"))

    def due() -> list[tuple[str, str]]:
        items = workspace.follow_up.worklist(plus)
        return [(i.seeker_name, i.detail) for i in items if i.kind == "event_follow_up"]

    assert due() == [("김대기", "10월 일구데이 (2018-10-10) 2차합격")]
    workspace.records.log_session(plus, LogSession(waiting.number, date(2018, 10, 12)))
    assert due() == []
    # Merged into another record of the same person: the participation moves with it.
    twin = add_seeker(workspace, plus, "김대기", "2018-10-02")
    workspace.merging.merge(admin, twin.id, waiting.id)
    assert rows(workspace, "SELECT seeker_id FROM event_participants WHERE result = '2차합격'") == [
        (twin.id,)
    ]


def test_a_desk_runs_an_event_as_the_desks_role(shared: Shared, tmp_path: Path) -> None:
    office = Workspace.open(shared.url(shared.admin), today=TODAY)
    try:
        boss = office.accounts.authenticate("admin", PASSWORD)
        office.accounts.create_user(boss, "kim", PASSWORD, Role.COUNSELOR, "plus")
        office.imports.import_workbook(boss, seed_events_workbook(tmp_path / "e.xlsx"))
    finally:
        office.close()
    desk = Workspace.open(shared.url(shared.app), today=TODAY)
    try:
        kim = desk.accounts.authenticate("kim", PASSWORD)
        number = _event(desk, kim, "일구데이", "2018-10-10", venue="구청")
        employer = _employer(desk, kim, "(주)역할시험")
        desk.events.add_employer(kim, AddEventEmployer(number, employer, 2))
        seeker = add_seeker(desk, kim, "김역할", "2018-10-01")
        entry = desk.events.add_participant(kim, AddParticipant(number, seeker.number))
        desk.events.set_result(kim, SetResult(entry.id, True, "채용", employer_no=employer))
        desk.events.set_result(kim, SetResult(entry.id, True, "불합격", reason="입사 포기"))
        desk.events.void(kim, RecordKind.EVENT, _id(desk, number), "시험")
        assert desk.statistics.table(kim, YEAR).by_desk["plus"].placements == 27
        assert desk.check.run().ok
    finally:
        desk.close()


def test_the_events_history_tells_who_took_part_and_how_it_went(
    workspace: Workspace, admin: Actor
) -> None:
    plus = counselor_at(workspace, admin, "plus")
    gvalley = counselor_at(workspace, admin, "gvalley")
    number = _event(workspace, plus, "일구데이", "2018-05-10")
    employer = _employer(workspace, plus, "(주)이력")
    taking_part = workspace.events.add_employer(plus, AddEventEmployer(number, employer, 2))
    seeker = add_seeker(workspace, plus, "김이력", "2018-05-01")
    entry = workspace.events.add_participant(plus, AddParticipant(number, seeker.number))
    workspace.events.set_result(plus, SetResult(entry.id, True, "1차합격", reason="면접 통과"))
    workspace.events.void(plus, RecordKind.EVENT_EMPLOYER, taking_part.id, "불참")
    story = workspace.events.history(plus, number)
    lines = [(e.field_label, e.new, e.reason) for e in story.entries]
    assert lines == [
        ("등록", "", ""),
        ("참여업체", "(주)이력 (모집 2명)", ""),
        (f"행사 참여자 {seeker.number} · 참여", "일구데이 (2018-05-10)", ""),
        (f"행사 참여자 {seeker.number} · 면접", "예", "면접 통과"),
        (f"행사 참여자 {seeker.number} · 결과", "1차합격", "면접 통과"),
        (f"행사 참여업체 {employer} · 무효", "무효", "불참"),
    ]
    with pytest.raises(PermissionDenied):
        workspace.events.history(gvalley, number)
    # The person's own history shows the event too.
    mine = workspace.corrections.history(plus, RecordKind.SEEKER, seeker.number)
    assert any(e.field == "결과" and e.new == "1차합격" for e in mine.entries)


def test_an_employers_recruits_and_opening_are_corrected_with_history(
    workspace: Workspace, admin: Actor
) -> None:
    plus = counselor_at(workspace, admin, "plus")
    gvalley = counselor_at(workspace, admin, "gvalley")
    number = _event(workspace, plus, "일구데이", "2018-05-10")
    employer = _employer(workspace, plus, "(주)정정")
    other = _employer(workspace, plus, "(주)남의업체")
    opening = workspace.records.register_opening(
        plus, RegisterOpening(employer, "포장", 2, date(2018, 5, 2))
    ).number
    foreign = workspace.records.register_opening(
        plus, RegisterOpening(other, "포장", 2, date(2018, 5, 2))
    ).number
    entry = workspace.events.add_employer(plus, AddEventEmployer(number, employer, 2)).id
    assert workspace.events.change_employer(plus, entry, 5, opening, "모집인원 늘어남") == 2
    assert workspace.events.report(plus, MAY).total.recruits == 5
    with pytest.raises(ValidationError, match="이 업체의 구인이 아닙니다"):
        workspace.events.change_employer(plus, entry, 5, foreign, "잘못")
    with pytest.raises(ValidationError, match="모집인원"):
        workspace.events.change_employer(plus, entry, -1, None, "잘못")
    with pytest.raises(PermissionDenied):
        workspace.events.change_employer(gvalley, entry, 1, None, "남의 창구")
    story = workspace.events.history(plus, number)
    assert [(e.field_label, e.old, e.new) for e in story.entries][-2:] == [
        (f"행사 참여업체 {employer} · 모집인원", "2", "5"),
        (f"행사 참여업체 {employer} · 구인번호", "", opening),
    ]


def test_a_walk_in_or_a_new_employer_is_registered_with_its_taking_part_or_not_at_all(
    workspace: Workspace, admin: Actor
) -> None:
    plus = counselor_at(workspace, admin, "plus")
    number = _event(workspace, plus, "일구데이", "2018-05-10")
    walk_in = RegisterSeeker("박현장", date(2018, 5, 10), phone="010-2222-3333", consented=True)
    person, entry = workspace.events.walk_in(plus, number, walk_in, interviewed=True)
    assert workspace.events.page(plus, number).participants[0].seeker_no == person.number
    made, taking_part = workspace.events.new_employer(
        plus,
        number,
        RegisterEmployer("(주)현장신규"),
        3,
        RegisterOpening("", "조립", 3, date(2018, 5, 10)),
    )
    assert workspace.events.page(plus, number).employers[0].opening_no is not None
    before = [
        rows(workspace, f"SELECT count(*) FROM {t}")[0][0]
        for t in ("job_seekers", "employers", "job_openings", "access_log")
    ]
    with pytest.raises(NotFound):
        workspace.events.walk_in(plus, "NO-SUCH", walk_in)
    with pytest.raises(NotFound):
        ghost = RegisterOpening("", "조립", 1, date(2018, 5, 10))
        workspace.events.new_employer(plus, "NO-SUCH", RegisterEmployer("(주)유령"), 1, ghost)
    after = [
        rows(workspace, f"SELECT count(*) FROM {t}")[0][0]
        for t in ("job_seekers", "employers", "job_openings", "access_log")
    ]
    assert after == before  # nothing of either was kept
    # The units after it work as before (nothing left joined).
    assert (
        workspace.events.add_participant(
            plus, AddParticipant(number, add_seeker(workspace, plus, "이다음", "2018-05-01").number)
        ).id
        > entry.id
    )
    assert made.number and taking_part.id


def _hired(workspace: Workspace, actor: Actor, day: str = "2018-05-10") -> tuple[str, int, int]:
    """An event with one person hired: its number, the participant and the placement."""
    number = _event(workspace, actor, "일구데이", day)
    seeker = add_seeker(workspace, actor, "김채용", "2018-05-01")
    entry = workspace.events.add_participant(
        actor, AddParticipant(number, seeker.number, True, "채용")
    ).id
    found = rows(workspace, "SELECT placement_id FROM event_participants")[0][0]
    placement = int(cast(SupportsInt, found))
    return number, entry, placement


def test_a_hires_placement_follows_its_event_and_is_changed_only_there(
    workspace: Workspace, admin: Actor
) -> None:
    from deskapp.domain.commands import ChangeRecord

    plus = counselor_at(workspace, admin, "plus")
    number, _entry, placement = _hired(workspace, plus)
    with pytest.raises(ValidationError, match=r"행사 '일구데이'.*채용으로 생긴 취업"):
        workspace.records.void(plus, RecordKind.PLACEMENT, placement, "중복")
    for field, value in (("취업일", "2018-05-20"), ("취업창구", "gvalley")):
        with pytest.raises(ValidationError) as refused:
            workspace.corrections.change(
                admin, ChangeRecord(RecordKind.PLACEMENT, str(placement), {field: value}, "정정")
            )
        assert refused.value.problems[0][0] == field
    workspace.corrections.change(  # what is the placement's own may be corrected
        plus, ChangeRecord(RecordKind.PLACEMENT, str(placement), {"확인방법": "업체 확인"}, "확인")
    )
    assert _placements(workspace, admin) == 1
    # Moved with its event, in its history and the access log; not past today.
    details = workspace.events.page(plus, number).details
    workspace.events.update_event(plus, number, replace(details, held_on=date(2018, 5, 3)), "정정")
    moved = rows(
        workspace,
        "SELECT field, old_value, new_value FROM record_changes WHERE record_kind = "
        "'placement' AND action = 'update' AND field IN ('취업일', '취업창구')",
    )
    assert moved == [("취업일", "2018-05-10", "2018-05-03")]
    with pytest.raises(ValidationError, match="채용된 참여자"):
        ahead = replace(details, held_on=date(2018, 11, 5))
        workspace.events.update_event(plus, number, ahead, "미래로")


def test_review_findings_on_input_are_refused_in_korean(workspace: Workspace, admin: Actor) -> None:
    plus = counselor_at(workspace, admin, "plus")
    events = workspace.events
    day = date(2018, 5, 10)
    for bad, field in (
        (EventDetails("", EventKind.ILGU_DAY, day), "행사명"),
        (EventDetails("긴 장소구분", EventKind.ILGU_DAY, day, venue_type="가" * 60), "장소구분"),
        (
            EventDetails("많은 인원", EventKind.JOB_FAIR, day, reported_participants=3_000_000_000),
            "집계참여인원",
        ),
        (EventDetails("음수", EventKind.JOB_FAIR, day, reported_hired=-1), "집계채용인원"),
        (
            EventDetails(
                "채용>면접", EventKind.JOB_FAIR, day, reported_interviewed=50, reported_hired=60
            ),
            "집계채용인원",
        ),
    ):
        with pytest.raises(ValidationError) as refused:
            events.create_event(plus, bad)
        assert refused.value.problems[0][0] == field, bad
    number = _event(workspace, plus, "일구데이", "2018-05-10")
    employer = _employer(workspace, plus, "(주)검사")
    with pytest.raises(ValidationError, match="모집인원"):
        events.add_employer(plus, AddEventEmployer(number, employer, -2))
    seeker = add_seeker(workspace, plus, "김검사", "2018-05-01")
    with pytest.raises(ValidationError, match="결과가 아닙니다"):
        events.add_participant(plus, AddParticipant(number, seeker.number, True, "합격"))
    entry = events.add_participant(plus, AddParticipant(number, seeker.number, True, "최종합격"))
    assert rows(workspace, "SELECT result FROM event_participants") == [("채용",)]
    assert _placements(workspace, admin) == 1
    # A number given by hand where the application would number it next.
    last = cast(SupportsInt, rows(workspace, "SELECT max(id) FROM events")[0][0])
    taken = f"V{int(last) + 1:08d}"
    _event(workspace, plus, "번호 지정", "2018-05-11", event_no=taken)
    assert _event(workspace, plus, "번호 자동", "2018-05-12") == f"V{int(taken[1:]) + 1:08d}"
    assert entry.id


def test_a_voided_seeker_is_not_hired_and_a_new_employer_moves_the_placement(
    workspace: Workspace, admin: Actor
) -> None:
    plus = counselor_at(workspace, admin, "plus")
    number = _event(workspace, plus, "일구데이", "2018-05-10")
    first, second = (_employer(workspace, plus, n) for n in ("(주)처음", "(주)나중"))
    gone = add_seeker(workspace, plus, "김무효", "2018-05-01")
    entry = workspace.events.add_participant(plus, AddParticipant(number, gone.number)).id
    workspace.records.void(plus, RecordKind.SEEKER, gone.id, "중복 등록")
    with pytest.raises(ValidationError, match="무효 처리된 구직자"):
        workspace.events.set_result(plus, SetResult(entry, True, "채용"))
    kept = add_seeker(workspace, plus, "김유효", "2018-05-01")
    entry = workspace.events.add_participant(plus, AddParticipant(number, kept.number)).id
    workspace.events.set_result(plus, SetResult(entry, True, "채용", employer_no=first))
    workspace.events.set_result(plus, SetResult(entry, True, "채용", employer_no=second))
    assert rows(workspace, "SELECT employer_name, void FROM placements") == [("(주)나중", 0)]


def test_two_records_at_one_event_are_not_merged_until_one_is_voided(
    workspace: Workspace, admin: Actor
) -> None:
    plus = counselor_at(workspace, admin, "plus")
    number = _event(workspace, plus, "일구데이", "2018-05-10")
    one, two = (add_seeker(workspace, plus, "김중복", "2018-05-01") for _ in range(2))
    workspace.events.add_participant(plus, AddParticipant(number, one.number, True, "채용"))
    second = workspace.events.add_participant(plus, AddParticipant(number, two.number)).id
    with pytest.raises(ValidationError, match="두 기록이 모두 행사"):
        workspace.merging.merge(admin, one.id, two.id)
    workspace.events.void(plus, RecordKind.EVENT_PARTICIPANT, second, "같은 사람")
    workspace.merging.merge(admin, one.id, two.id)
    assert workspace.events.report(plus, MAY).total.participants == 1
