"""Programmes: sessions with group notes that count as 상담 only when the
counselor says so, enrolments with completion, certificate and employment afterwards, the
seed's two reports, and ``deskapp programmes``; on SQLite and PostgreSQL."""

from __future__ import annotations

import io
import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from conftest import PASSWORD, TODAY, Initialize, add_seeker, counselor_at, rows
from pg_roles import Shared

from deskapp import i18n
from deskapp.cli import main
from deskapp.domain.access import Actor
from deskapp.domain.commands import ChangeRecord, RecordPlacement
from deskapp.domain.dates import Period
from deskapp.domain.errors import NotFound, PermissionDenied, ValidationError
from deskapp.domain.programmes import (
    AddProgrammeSession,
    Complete,
    CreateProgramme,
    EditProgramme,
    Enrol,
    OutcomeRow,
    ProgrammeFields,
    RecordCertificate,
    percent,
    schedule,
)
from deskapp.domain.records import RecordKind, Role
from deskapp.services.demo_programmes import add_programmes
from deskapp.services.workspace import Workspace

CAMP = ProgrammeFields(
    "금천희망취업캠프",
    date(2018, 3, 2),
    desk="plus",
    ends_on=date(2018, 12, 31),
    kind="취업캠프",
    target="고3",
    provider="위탁교육기관",
)


def _programme(workspace: Workspace, actor: Actor, values: ProgrammeFields = CAMP) -> int:
    return workspace.programmes.create(actor, CreateProgramme(values)).id


def _sessions_at(workspace: Workspace, actor: Actor, desk: str, day: date) -> int:
    table = workspace.statistics.table(actor, Period(day, day))
    return table.by_desk[desk].sessions if desk in table.by_desk else 0


def _enrolled(
    workspace: Workspace, actor: Actor, programme: int, names: list[str], day: str = "2018-03-02"
) -> list[tuple[str, int]]:
    """Seekers registered and enrolled: (구직자번호, enrolment id) each."""
    result = []
    for name in names:
        number = add_seeker(workspace, actor, name, day).number
        enrolment = workspace.programmes.enrol(
            actor, Enrol(programme, number, date.fromisoformat(day))
        )
        result.append((number, enrolment.id))
    return result


# -- commands --------------------------------------------------------------------------


def test_commands_name_the_wrong_field_in_korean() -> None:
    with pytest.raises(ValidationError) as caught:
        ProgrammeFields(" ", date(2018, 5, 1), desk="nowhere", ends_on=date(2018, 4, 1))
    assert [field for field, _ in caught.value.problems] == ["프로그램명", "종료일", "창구"]
    with pytest.raises(ValidationError) as caught:
        AddProgrammeSession(1, date(2018, 5, 1), ("S1", "S1"), counts_as_session=False)
    assert caught.value.problems == [("참석자", "구직자 'S1'이 두 번 들어 있습니다.")]
    with pytest.raises(ValidationError) as caught:
        AddProgrammeSession(1, date(2018, 5, 1), (), counts_as_session=True)
    assert caught.value.field == "참석자"
    with pytest.raises(ValidationError) as caught:
        RecordCertificate(1, "", date(2018, 5, 1))
    assert caught.value.field == "자격증"
    with pytest.raises(ValidationError) as caught:
        Enrol(1, "800101-1234567", date(2018, 5, 1))
    assert caught.value.field == "구직자번호"
    # Free text is masked when the command is made; how many is kept for the warning.
    values = ProgrammeFields("캠프", date(2018, 5, 1), note="학생 800101-1234567 연락")
    assert values.note == "학생 800101-1****** 연락" and values.masked == 1


def test_schedule_and_percent_are_written_as_the_seed_writes_them() -> None:
    assert schedule(date(2018, 5, 2), date(2018, 11, 20), 2018) == "5월 ~ 11월"
    assert schedule(date(2017, 7, 3), None, 2018) == "연중"
    assert schedule(date(2018, 1, 1), date(2018, 12, 31), 2018) == "연중"
    assert schedule(date(2017, 11, 1), date(2018, 2, 28), 2018) == "1월 ~ 2월"
    assert schedule(date(2018, 9, 1), date(2018, 9, 30), 2018) == "9월"
    mixed = OutcomeRow("2016년", 26, 26, 22, 13, targets=(("고3", 16), ("고2", 10)))
    assert mixed.cells()[:4] == ("2016년", "26 (고3 16, 고2 10)", "26", "22(84.6%)")
    assert (percent(9, 26), percent(8, 26), percent(38, 76), percent(0, 0)) == (
        "34.6%",
        "30.8%",
        "50%",
        "-",
    )


# -- desks -----------------------------------------------------------------------------


def test_a_counselor_works_only_on_their_own_desks_programmes(
    workspace: Workspace, admin: Actor, team_lead: Actor
) -> None:
    plus = counselor_at(workspace, admin, "plus")
    gvalley = counselor_at(workspace, admin, "gvalley")
    with pytest.raises(PermissionDenied):
        _programme(workspace, gvalley)
    programme = _programme(workspace, plus)
    # Without a desk, a counselor's programme is at their own desk.
    own = _programme(workspace, gvalley, ProgrammeFields("자소서 클리닉", date(2018, 5, 1)))
    assert workspace.programmes.detail(gvalley, own).programme.desk == "gvalley"
    number = add_seeker(workspace, gvalley, "김지밸", "2018-03-02").number
    with pytest.raises(PermissionDenied):
        workspace.programmes.enrol(gvalley, Enrol(programme, number, date(2018, 3, 5)))
    with pytest.raises(PermissionDenied):
        workspace.programmes.add_session(gvalley, AddProgrammeSession(programme, date(2018, 4, 2)))
    with pytest.raises(PermissionDenied):
        workspace.programmes.void(gvalley, RecordKind.PROGRAMME, programme, "잘못")
    # A seeker of another desk may be enrolled by the programme's desk; a team lead works
    # on any desk's programme.
    workspace.programmes.enrol(plus, Enrol(programme, number, date(2018, 3, 5)))
    moved = EditProgramme(programme, ProgrammeFields(CAMP.name, CAMP.starts_on, desk="gvalley"))
    with pytest.raises(PermissionDenied):
        workspace.programmes.edit(plus, moved)
    workspace.programmes.edit(team_lead, moved)
    assert workspace.programmes.detail(gvalley, programme).programme.desk == "gvalley"
    changes = rows(
        workspace,
        "SELECT field, old_value, new_value FROM record_changes "
        "WHERE record_kind = 'programme' ORDER BY id",
    )
    assert changes == [
        ("운영창구", "일자리플러스센터", "G밸리"),
        ("종료일", "2018-12-31", None),
        ("구분", "취업캠프", None),
        ("교육대상", "고3", None),
        ("위탁기관", "위탁교육기관", None),
    ]
    # A programme's dates keep its sessions inside them.
    workspace.programmes.add_session(team_lead, AddProgrammeSession(programme, date(2018, 4, 2)))
    shorter = ProgrammeFields(CAMP.name, date(2018, 4, 3), desk="gvalley")
    with pytest.raises(ValidationError, match="2018-04-02에 한 회차보다 늦습니다"):
        workspace.programmes.edit(team_lead, EditProgramme(programme, shorter))


# -- sessions and 상담 ----------------------------------------------------------------


def test_a_group_note_counts_as_sessions_only_when_the_counselor_says_so(
    workspace: Workspace, admin: Actor
) -> None:
    plus = counselor_at(workspace, admin, "plus")
    programme = _programme(workspace, plus)
    people = _enrolled(workspace, plus, programme, ["가민수", "나영희", "다은지"])
    day = date(2018, 4, 3)
    before = _sessions_at(workspace, admin, "plus", day)
    present = tuple(number for number, _ in people[:2])
    plain = workspace.programmes.add_session(
        plus, AddProgrammeSession(programme, day, present, topic="웹코딩", note="기초 실습")
    )
    assert plain.counseling_session_ids == ()
    assert _sessions_at(workspace, admin, "plus", day) == before
    counted = workspace.programmes.add_session(
        plus,
        AddProgrammeSession(
            programme,
            day,
            present,
            topic="모의면접",
            note="면접 요령 800101-1234567",
            counts_as_session=True,
        ),
    )
    assert len(counted.counseling_session_ids) == 2
    assert counted.warnings == ("주민등록번호로 보이는 숫자 1건을 가려서 저장했습니다.",)
    assert _sessions_at(workspace, admin, "plus", day) == before + 2
    made = rows(
        workspace,
        "SELECT session_on, channel, counselor_name, notes FROM counseling_sessions "
        f"WHERE id IN ({', '.join(map(str, counted.counseling_session_ids))})",
    )
    assert made[0] == (
        "2018-04-03",
        "방문",
        "plus 상담사",
        "[프로그램] 금천희망취업캠프 - 모의면접\n면접 요령 800101-1******",
    )
    linked = rows(
        workspace,
        "SELECT count(*) FROM programme_attendance WHERE programme_session_id = "
        f"{counted.id} AND counseling_session_id IS NOT NULL",
    )
    assert linked == [(2,)]
    detail = workspace.programmes.detail(plus, programme)
    assert [(s.number, len(s.present), s.counted) for s in detail.sessions] == [
        (1, 2, 0),
        (2, 2, 2),
    ]
    # Voiding the session voids the 상담 its note made: the table goes back.
    workspace.programmes.void(plus, RecordKind.PROGRAMME_SESSION, counted.id, "중복 입력")
    assert _sessions_at(workspace, admin, "plus", day) == before
    assert [s.id for s in workspace.programmes.detail(plus, programme).sessions] == [plain.id]
    history = rows(
        workspace,
        "SELECT record_kind, action, reason FROM record_changes ORDER BY id",
    )
    assert history.count(("session", "void", "중복 입력")) == 2
    assert ("programme_session", "void", "중복 입력") in history


def test_only_enrolled_seekers_are_present_and_closed_months_refuse_counted_notes(
    workspace: Workspace, admin: Actor, team_lead: Actor
) -> None:
    plus = counselor_at(workspace, admin, "plus")
    programme = _programme(workspace, plus)
    [(number, _)] = _enrolled(workspace, plus, programme, ["가민수"], "2018-04-10")
    stranger = add_seeker(workspace, plus, "외부인", "2018-03-02").number
    with pytest.raises(ValidationError) as caught:
        workspace.programmes.add_session(
            plus, AddProgrammeSession(programme, date(2018, 4, 20), (number, stranger))
        )
    assert caught.value.problems == [("참석자", f"외부인({stranger})은 참여자가 아닙니다.")]
    with pytest.raises(ValidationError, match="회차일보다 늦음"):
        workspace.programmes.add_session(
            plus, AddProgrammeSession(programme, date(2018, 4, 9), (number,))
        )
    with pytest.raises(ValidationError, match="시작일"):
        workspace.programmes.add_session(plus, AddProgrammeSession(programme, date(2018, 3, 1), ()))
    with pytest.raises(ValidationError, match="미래"):
        workspace.programmes.add_session(
            plus, AddProgrammeSession(programme, TODAY + timedelta(days=1), ())
        )
    held = workspace.programmes.add_session(
        plus, AddProgrammeSession(programme, date(2018, 9, 4), (number,), counts_as_session=True)
    )
    workspace.month_close.close_month(team_lead, 2018, 9)
    with pytest.raises(ValidationError, match="마감"):
        workspace.programmes.add_session(
            plus,
            AddProgrammeSession(programme, date(2018, 9, 11), (number,), counts_as_session=True),
        )
    with pytest.raises(ValidationError, match="마감"):
        workspace.programmes.void(plus, RecordKind.PROGRAMME_SESSION, held.id, "잘못")
    # A note that does not count changes no closed figure.
    workspace.programmes.add_session(
        plus, AddProgrammeSession(programme, date(2018, 9, 11), (number,), note="자습")
    )


def test_enrolment_rules_completion_certificate_and_history(
    workspace: Workspace, admin: Actor
) -> None:
    plus = counselor_at(workspace, admin, "plus")
    programme = _programme(workspace, plus)
    with pytest.raises(NotFound):
        workspace.programmes.enrol(plus, Enrol(programme, "NOBODY", date(2018, 3, 5)))
    [(number, enrolment)] = _enrolled(workspace, plus, programme, ["가민수"])
    with pytest.raises(ValidationError, match="이미 참여"):
        workspace.programmes.enrol(plus, Enrol(programme, number, date(2018, 3, 6)))
    late = add_seeker(workspace, plus, "나중에", "2018-05-02").number
    with pytest.raises(ValidationError, match="구직 등록일"):
        workspace.programmes.enrol(plus, Enrol(programme, late, date(2018, 5, 1)))
    with pytest.raises(ValidationError, match="참여일보다"):
        workspace.programmes.complete(plus, Complete(enrolment, date(2018, 3, 1)))
    workspace.programmes.complete(plus, Complete(enrolment, date(2018, 7, 20)))
    workspace.programmes.complete(plus, Complete(enrolment, date(2018, 7, 21)))
    workspace.programmes.record_certificate(
        plus, RecordCertificate(enrolment, "웹디자인기능사", date(2018, 8, 10))
    )
    [row] = workspace.programmes.detail(plus, programme).enrolments
    assert (row.completed_on, row.certificate, row.certified_on) == (
        date(2018, 7, 21),
        "웹디자인기능사",
        date(2018, 8, 10),
    )
    history = rows(
        workspace,
        "SELECT field, old_value, new_value FROM record_changes "
        "WHERE record_kind = 'programme_enrolment' ORDER BY id",
    )
    assert history == [
        ("이수일", None, "2018-07-20"),
        ("이수일", "2018-07-20", "2018-07-21"),
        ("자격증", None, "웹디자인기능사"),
        ("취득일", None, "2018-08-10"),
    ]
    logged = rows(
        workspace,
        "SELECT action, count(*) FROM access_log WHERE detail LIKE '프로그램 참여 %' "
        "GROUP BY action ORDER BY action",
    )
    assert logged == [("create", 1), ("update", 3)]
    # Voiding the programme takes its enrolments with it.
    workspace.programmes.void(plus, RecordKind.PROGRAMME, programme, "폐강")
    assert workspace.programmes.programmes(plus) == ()
    assert rows(workspace, "SELECT void FROM programme_enrolments") == [(1,)]


def test_a_merge_takes_the_enrolment_to_the_record_kept_and_its_undoing_back(
    workspace: Workspace, admin: Actor, team_lead: Actor
) -> None:
    plus = counselor_at(workspace, admin, "plus")
    programme = _programme(workspace, plus)
    [(gone, _)] = _enrolled(workspace, plus, programme, ["홍길동"], "2018-03-02")
    kept = add_seeker(workspace, plus, "홍길동", "2018-02-01")
    # The placement is the kept record's: after the merge it counts as employment after
    # the programme, because the enrolment moved with the merged record.
    workspace.records.record_placement(plus, RecordPlacement(kept.number, date(2018, 9, 3)))
    gone_id = workspace.browse.search_seekers(plus, gone)[0].id
    assert workspace.programmes.outcomes(plus, 2018).total.employed == 0
    merge = workspace.merging.merge(team_lead, kept.id, gone_id)
    assert workspace.programmes.outcomes(plus, 2018).total.employed == 1
    assert [e.seeker_no for e in workspace.programmes.detail(plus, programme).enrolments] == [
        kept.number
    ]
    workspace.merging.undo_merge(team_lead, merge)
    assert workspace.programmes.outcomes(plus, 2018).total.employed == 0
    assert [e.seeker_no for e in workspace.programmes.detail(plus, programme).enrolments] == [gone]


# -- reports ---------------------------------------------------------------------------


def _name(index: int) -> str:
    """A name without digits for the ``index``-th student."""
    syllables = "가나다라마바사아자차카타파하"
    return f"학생{syllables[index // len(syllables)]}{syllables[index % len(syllables)]}"


def _cohort(
    workspace: Workspace,
    actor: Actor,
    year: int,
    figures: tuple[int, int, int, int],
    target: str | None = None,
) -> None:
    """A camp of ``year`` with ``figures`` = (enrolled, completed, certified, employed)."""
    enrolled, completed, certified, employed = figures
    programme = _programme(
        workspace,
        actor,
        ProgrammeFields(
            f"금천희망취업캠프 {year}",
            date(year, 3, 2),
            desk="plus",
            ends_on=date(year, 12, 31),
            kind="취업캠프",
            target=target,
        ),
    )
    day = f"{year}-03-02"
    people = _enrolled(workspace, actor, programme, [_name(i) for i in range(enrolled)], day)
    for index, (number, enrolment) in enumerate(people):
        if index < completed:
            workspace.programmes.complete(actor, Complete(enrolment, date(year, 7, 20)))
        if index < certified:
            workspace.programmes.record_certificate(
                actor, RecordCertificate(enrolment, "웹디자인기능사", date(year, 8, 1))
            )
        if index < employed:
            workspace.records.record_placement(
                actor, RecordPlacement(number, date(year, 10, 1 + index % 28))
            )


def test_the_camp_report_reproduces_the_seeds_table(workspace: Workspace, admin: Actor) -> None:
    plus = counselor_at(workspace, admin, "plus")
    _cohort(workspace, plus, 2018, (26, 17, 9, 8), target="고3")
    _cohort(workspace, plus, 2017, (4, 3, 1, 2))
    # Not counted: a placement before enrolling, a void placement, another kind of programme.
    cafe = _programme(
        workspace, plus, ProgrammeFields("일자리카페", date(2018, 5, 1), kind="일자리카페")
    )
    early = add_seeker(workspace, plus, "조기취업", "2018-04-02").number
    workspace.records.record_placement(plus, RecordPlacement(early, date(2018, 4, 20)))
    workspace.programmes.enrol(plus, Enrol(cafe, early, date(2018, 5, 2)))
    camp = workspace.programmes.programmes(plus, 2018)[-1].id
    [(voided, _)] = _enrolled(workspace, plus, camp, ["취소된취업"], "2018-03-02")
    placement = workspace.records.record_placement(plus, RecordPlacement(voided, date(2018, 6, 1)))
    workspace.records.void(plus, RecordKind.PLACEMENT, placement.id, "잘못 입력")

    report = workspace.programmes.outcomes(plus, 2018, kind="취업캠프")
    assert [row.cells() for row in report.rows] == [
        ("총 계", "31", "20", "10(32.3%)", "10(32.3%)", ""),
        ("2018년", "27(고3)", "17", "9(33.3%)", "8(29.6%)", "10.30.기준"),
        # Every year's people are counted up to the report's day (what they did after
        # their year's end counts in it too), so a past year's 비고 is today's as well.
        ("2017년", "4", "3", "1(25%)", "2(50%)", "10.30.기준"),
    ]
    # Without the extra camper: the seed's 2018 row exactly.
    workspace.programmes.void(plus, RecordKind.ENROLMENT, _enrolment_of(workspace, voided), "중복")
    report = workspace.programmes.outcomes(plus, 2018, kind="취업캠프")
    assert report.years[0][1].cells() == (
        "2018년",
        "26(고3)",
        "17",
        "9(34.6%)",
        "8(30.8%)",
        "10.30.기준",
    )
    assert report.csv_lines()[:2] == [
        "year,enrolled,completed,certified,certified_pct,employed,employed_pct,as_of",
        "total,30,20,10,33.3%,10,33.3%,",
    ]
    # Every kind: the cafe's seeker counts as enrolled, not as employed (placed before).
    everyone = workspace.programmes.outcomes(plus, 2018)
    assert (everyone.years[0][1].enrolled, everyone.years[0][1].employed) == (27, 8)


def _enrolment_of(workspace: Workspace, number: str) -> int:
    [(enrolment,)] = rows(
        workspace,
        "SELECT e.id FROM programme_enrolments e JOIN job_seekers s ON s.id = e.seeker_id "
        f"WHERE s.seeker_no = '{number}'",
    )
    assert isinstance(enrolment, int)
    return enrolment


def test_the_programme_report_gives_schedule_participants_and_sessions(
    workspace: Workspace, admin: Actor
) -> None:
    plus = counselor_at(workspace, admin, "plus")
    mentoring = _programme(
        workspace,
        plus,
        ProgrammeFields("공코치의 1:1 멘토링", date(2018, 5, 2), ends_on=date(2018, 11, 30)),
    )
    clinic = _programme(
        workspace, plus, ProgrammeFields("이력서 및 자소서 클리닉", date(2017, 7, 3))
    )
    _programme(  # over before the year: not listed
        workspace,
        plus,
        ProgrammeFields("취업지원 프로그램 운영", date(2017, 11, 1), ends_on=date(2017, 12, 20)),
    )
    people = _enrolled(workspace, plus, mentoring, ["가", "나", "다"], "2018-05-02")
    for day in (date(2018, 5, 8), date(2018, 5, 15)):
        workspace.programmes.add_session(plus, AddProgrammeSession(mentoring, day, (people[0][0],)))
    old = _enrolled(workspace, plus, clinic, ["지난해"], "2017-08-01")
    _enrolled(workspace, plus, clinic, ["올해"], "2018-02-06")
    _enrolled(workspace, plus, clinic, ["작년만"], "2017-09-05")
    held = [
        workspace.programmes.add_session(plus, AddProgrammeSession(clinic, day, (old[0][0],))).id
        for day in (date(2017, 8, 1), date(2018, 2, 6), date(2018, 2, 13))
    ]
    workspace.programmes.void(plus, RecordKind.PROGRAMME_SESSION, held[2], "휴강")
    report = workspace.programmes.programme_year(plus, 2018)
    assert report.table() == [
        ("2018년", "이력서 및 자소서 클리닉", "연중", "2명", "1회"),
        ("", "공코치의 1:1 멘토링", "5월 ~ 11월", "3명", "2회"),
    ]
    last = workspace.programmes.programme_year(plus, 2017)
    assert [(r.name, r.schedule, r.participants, r.sessions) for r in last.rows] == [
        ("이력서 및 자소서 클리닉", "7월 ~", 2, 1),
        ("취업지원 프로그램 운영", "11월 ~ 12월", 0, 0),
    ]


def test_reports_are_for_every_role_and_exports_for_team_leads(
    workspace: Workspace, admin: Actor, team_lead: Actor
) -> None:
    plus = counselor_at(workspace, admin, "plus")
    assert workspace.programmes.outcomes(plus, 2018).total.enrolled == 0
    with pytest.raises(PermissionDenied):
        workspace.programmes.export_outcomes(plus, 2018)
    workspace.programmes.export_programme_year(team_lead, 2018, reason="구청 보고")
    assert rows(
        workspace, "SELECT action, detail FROM access_log WHERE subject_kind = 'statistics'"
    ) == [("export", "프로그램 운영현황 2018년 · 사유: 구청 보고")]


def test_a_desk_runs_a_programme_as_the_desks_role(shared: Shared) -> None:
    office = Workspace.open(shared.url(shared.admin), today=TODAY)
    try:
        boss = office.accounts.authenticate("admin", PASSWORD)
        office.accounts.create_user(boss, "kim", PASSWORD, Role.COUNSELOR, "plus")
    finally:
        office.close()
    desk = Workspace.open(shared.url(shared.app), today=TODAY)
    try:
        kim = desk.accounts.authenticate("kim", PASSWORD)
        programme = _programme(desk, kim)
        [(number, enrolment)] = _enrolled(desk, kim, programme, ["가민수"])
        held = desk.programmes.add_session(
            kim, AddProgrammeSession(programme, date(2018, 4, 3), (number,), counts_as_session=True)
        )
        desk.programmes.complete(kim, Complete(enrolment, date(2018, 7, 20)))
        desk.programmes.void(kim, RecordKind.PROGRAMME_SESSION, held.id, "중복")
        desk.programmes.edit(kim, EditProgramme(programme, CAMP))
        assert desk.programmes.outcomes(kim, 2018).total.completed == 1
        assert desk.check.run().ok
    finally:
        desk.close()


# -- the command line ------------------------------------------------------------------


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def cli_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, initialized: Initialize) -> str:
    """A database with a team lead, a counselor and a small camp of 2018."""
    monkeypatch.setenv("DESKAPP_PASSWORD", PASSWORD)
    path = str(tmp_path / "cli.sqlite3")
    initialized(path, "boss")
    workspace = Workspace.open(path, today=TODAY)
    admin = workspace.accounts.authenticate("boss", PASSWORD)
    workspace.accounts.create_user(admin, "lead", PASSWORD, Role.TEAM_LEAD)
    plus = workspace.accounts.create_user(admin, "kim", PASSWORD, Role.COUNSELOR, "plus")
    _cohort(workspace, plus, 2018, (5, 4, 2, 1), target="고3")
    workspace.close()
    return path


def test_cli_programmes_prints_both_reports(cli_db: str) -> None:
    code, out, err = run(
        "programmes", "--db", cli_db, "--user", "lead", "--year", "2018", "--format", "csv"
    )
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == "year,enrolled,completed,certified,certified_pct,employed,employed_pct,as_of"
    assert lines[1] == "total,5,4,2,40%,1,20%,"
    assert lines[2].startswith("2018,5,4,2,40%,1,20%,")
    code, out, _ = run(
        "programmes",
        "--db",
        cli_db,
        "--user",
        "boss",
        "--year",
        "2018",
        "--report",
        "programmes",
        "--format",
        "json",
    )
    assert code == 0
    document = json.loads(out)
    assert document["year"] == 2018
    assert document["rows"] == [
        {
            "programme": "금천희망취업캠프 2018",
            "schedule": "3월 ~ 12월",
            "participants": 5,
            "sessions": 0,
        }
    ]
    code, out, _ = run(
        "programmes",
        "--db",
        cli_db,
        "--user",
        "lead",
        "--year",
        "2018",
        "--kind",
        "취업캠프",
        "--format",
        "json",
    )
    assert code == 0
    assert json.loads(out)["rows"][1] == {
        "year": 2018,
        "enrolled": 5,
        "completed": 4,
        "certified": 2,
        "employed": 1,
        "as_of": date.today().isoformat(),
        "targets": {"고3": 5},
    }
    code, out, _ = run("programmes", "--db", cli_db, "--user", "lead", "--year", "2018")
    assert code == 0
    assert "자격취득생(%)" in out and "2(40%)" in out and "총 계" in out
    code, out, _ = run(
        "programmes", "--db", cli_db, "--user", "lead", "--year", "2018", "--report", "programmes"
    )
    assert "3월 ~ 12월" in out and "5명" in out and "0회" in out


def test_cli_programmes_exit_codes(cli_db: str) -> None:
    code, _, err = run("programmes", "--db", cli_db, "--user", "kim", "--year", "2018")
    assert code == 3 and "권한" in err
    code, _, err = run("programmes", "--db", cli_db, "--user", "lead", "--year", "20x8")
    assert code == 2 and err
    code, _, err = run("programmes", "--db", cli_db, "--user", "lead", "--year", "1800")
    assert code == 2 and "연도" in err
    code, _, err = run(
        "programmes", "--db", cli_db, "--user", "lead", "--year", "2018", "--report", "nope"
    )
    assert code == 2


# -- the review's defects ---------------------------------------------------------------


def test_voiding_a_session_checks_each_of_its_counseling_sessions_as_voiding_it_would(
    workspace: Workspace, admin: Actor, team_lead: Actor
) -> None:
    plus = counselor_at(workspace, admin, "plus")
    gvalley = counselor_at(workspace, admin, "gvalley")
    programme = _programme(workspace, plus)
    [(number, _)] = _enrolled(workspace, plus, programme, ["홍길동"])
    saved = [
        workspace.programmes.add_session(
            plus,
            AddProgrammeSession(programme, date(2018, 4, day), (number,), counts_as_session=True),
        )
        for day in (3, 10, 17)
    ]
    first, second, third = (s.counseling_session_ids[0] for s in saved)
    # The first one's 상담 was corrected into March, since closed: voiding the session
    # would change a closed figure.
    workspace.corrections.change(
        team_lead, ChangeRecord(RecordKind.SESSION, str(first), {"상담일": "2018-03-05"}, "오기")
    )
    workspace.month_close.close_month(team_lead, 2018, 3)
    with pytest.raises(ValidationError, match=f"상담 {first}\\(홍길동, 2018-03-05\\)") as caught:
        workspace.programmes.void(plus, RecordKind.PROGRAMME_SESSION, saved[0].id, "중복")
    assert caught.value.field == "마감"
    # The second one's 상담 was corrected to another desk: the plus counselor may not void
    # it (a team lead may).
    workspace.corrections.change(
        team_lead, ChangeRecord(RecordKind.SESSION, str(second), {"상담창구": "gvalley"}, "오기")
    )
    with pytest.raises(PermissionDenied, match=f"상담 {second}\\(홍길동, 2018-04-10\\)"):
        workspace.programmes.void(plus, RecordKind.PROGRAMME_SESSION, saved[1].id, "중복")
    assert rows(workspace, "SELECT count(*) FROM counseling_sessions WHERE void") == [(0,)]
    assert _sessions_at(workspace, admin, "gvalley", date(2018, 4, 10)) == 1
    # The programme moved to G밸리: its counselor may not void the 상담 left at plus.
    workspace.programmes.edit(
        team_lead,
        EditProgramme(programme, ProgrammeFields(CAMP.name, CAMP.starts_on, desk="gvalley")),
    )
    with pytest.raises(PermissionDenied, match=f"상담 {third}\\(홍길동, 2018-04-17\\)"):
        workspace.programmes.void(gvalley, RecordKind.PROGRAMME_SESSION, saved[2].id, "중복")
    workspace.programmes.void(team_lead, RecordKind.PROGRAMME_SESSION, saved[1].id, "중복")
    assert _sessions_at(workspace, admin, "gvalley", date(2018, 4, 10)) == 0


def test_a_counselor_of_another_desk_does_not_read_a_programmes_people(
    workspace: Workspace, admin: Actor
) -> None:
    plus = counselor_at(workspace, admin, "plus")
    gvalley = counselor_at(workspace, admin, "gvalley")
    programme = _programme(workspace, plus)
    [(number, _)] = _enrolled(workspace, plus, programme, ["홍길동"])
    with pytest.raises(PermissionDenied, match="다른 창구의 프로그램"):
        workspace.programmes.detail(gvalley, programme)
    # Its own desk reads them; each person shown is in the access log under their record.
    seeker = workspace.browse.search_seekers(plus, number)[0].id
    before = rows(workspace, "SELECT count(*) FROM access_log WHERE action = 'view'")[0][0]
    assert [e.seeker_no for e in workspace.programmes.detail(plus, programme).enrolments] == [
        number
    ]
    logged = rows(
        workspace,
        "SELECT subject_kind, subject_id, subject_no FROM access_log WHERE action = 'view' "
        "ORDER BY id",
    )
    assert len(logged) == int(str(before)) + 2
    assert logged[-1] == ("job_seeker", seeker, number)


def test_a_merge_refuses_two_enrolments_in_one_programme_and_moves_attendance(
    workspace: Workspace, admin: Actor, team_lead: Actor
) -> None:
    plus = counselor_at(workspace, admin, "plus")
    programme = _programme(workspace, plus)
    [(a, a_enrolment), (b, _)] = _enrolled(workspace, plus, programme, ["홍길동", "홍길동"])
    a_id, b_id = (workspace.browse.search_seekers(plus, n)[0].id for n in (a, b))
    with pytest.raises(ValidationError, match="프로그램 '금천희망취업캠프'"):
        workspace.merging.merge(team_lead, a_id, b_id)
    # One enrolment voided first: the other record's attendance moves with it, and back.
    workspace.programmes.void(plus, RecordKind.ENROLMENT, a_enrolment, "중복")
    workspace.programmes.add_session(plus, AddProgrammeSession(programme, date(2018, 4, 3), (b,)))
    merge = workspace.merging.merge(team_lead, a_id, b_id)
    assert workspace.programmes.detail(plus, programme).sessions[0].present == (f"홍길동({a})",)
    assert workspace.programmes.programme_year(plus, 2018).rows[0].participants == 1
    workspace.merging.undo_merge(team_lead, merge)
    assert workspace.programmes.detail(plus, programme).sessions[0].present == (f"홍길동({b})",)
    assert workspace.programmes.programme_year(plus, 2018).rows[0].participants == 1


def test_voiding_an_enrolment_voids_the_counseling_it_made_and_the_attendance(
    workspace: Workspace, admin: Actor, team_lead: Actor
) -> None:
    plus = counselor_at(workspace, admin, "plus")
    programme = _programme(workspace, plus)
    [(number, enrolment), (other, kept)] = _enrolled(
        workspace, plus, programme, ["홍길동", "김영희"]
    )
    day = date(2018, 4, 3)
    held = workspace.programmes.add_session(
        plus, AddProgrammeSession(programme, day, (number, other), counts_as_session=True)
    )
    workspace.programmes.add_session(
        plus, AddProgrammeSession(programme, date(2018, 9, 4), (other,), counts_as_session=True)
    )
    workspace.month_close.close_month(team_lead, 2018, 9)
    # 김영희's 상담 of September is in a closed month: her enrolment stays.
    with pytest.raises(ValidationError, match="마감"):
        workspace.programmes.void(plus, RecordKind.ENROLMENT, kept, "잘못")
    assert _sessions_at(workspace, admin, "plus", day) == 2
    workspace.programmes.void(plus, RecordKind.ENROLMENT, enrolment, "잘못 등록")
    assert _sessions_at(workspace, admin, "plus", day) == 1
    [row] = workspace.programmes.detail(plus, programme).sessions[:1]
    assert (row.id, row.present, row.counted) == (held.id, (f"김영희({other})",), 1)


def test_the_same_session_is_not_saved_twice_nor_a_person_counted_twice_a_day(
    workspace: Workspace, admin: Actor
) -> None:
    plus = counselor_at(workspace, admin, "plus")
    programme = _programme(workspace, plus)
    [(number, _)] = _enrolled(workspace, plus, programme, ["홍길동"])
    day = date(2018, 4, 3)
    same = AddProgrammeSession(programme, day, (number,), topic="면접", counts_as_session=True)
    workspace.programmes.add_session(plus, same)
    with pytest.raises(ValidationError, match="2018-04-03에 같은 주제\\(면접\\)의 회차") as caught:
        workspace.programmes.add_session(plus, same)
    assert caught.value.field == "회차일"
    with pytest.raises(ValidationError, match="이미 상담 1건"):
        workspace.programmes.add_session(
            plus,
            AddProgrammeSession(programme, day, (number,), topic="오후", counts_as_session=True),
        )
    workspace.programmes.add_session(
        plus, AddProgrammeSession(programme, day, (number,), topic="오후")
    )
    assert _sessions_at(workspace, admin, "plus", day) == 1


def test_completion_after_the_years_end_counts_in_the_enrolments_year(
    workspace: Workspace, admin: Actor
) -> None:
    plus = counselor_at(workspace, admin, "plus")
    programme = _programme(
        workspace,
        plus,
        ProgrammeFields(
            "겨울캠프", date(2017, 11, 1), desk="plus", ends_on=date(2018, 2, 28), kind="취업캠프"
        ),
    )
    [(number, enrolment)] = _enrolled(workspace, plus, programme, ["홍길동"], "2017-12-01")
    workspace.programmes.complete(plus, Complete(enrolment, date(2018, 2, 20)))
    workspace.programmes.record_certificate(
        plus, RecordCertificate(enrolment, "지게차", date(2018, 2, 25))
    )
    workspace.records.record_placement(plus, RecordPlacement(number, date(2018, 3, 5)))
    for year in (2017, 2018):
        report = workspace.programmes.outcomes(plus, year)
        row = dict(report.years)[2017]
        assert (row.enrolled, row.completed, row.certified, row.employed) == (1, 1, 1, 1)
        assert row.as_of == TODAY


def test_years_outside_the_range_and_dates_leaving_enrolments_out_are_refused(
    workspace: Workspace, admin: Actor
) -> None:
    plus = counselor_at(workspace, admin, "plus")
    for call in (workspace.programmes.outcomes, workspace.programmes.programme_year):
        for year in (0, 1989, 2101, 10000):
            with pytest.raises(ValidationError) as caught:
                call(plus, year)
            assert caught.value.field == "연도"
    programme = _programme(workspace, plus)
    _enrolled(workspace, plus, programme, ["홍길동"], "2018-09-03")
    shorter = ProgrammeFields(CAMP.name, CAMP.starts_on, desk="plus", ends_on=date(2018, 5, 31))
    with pytest.raises(ValidationError, match="2018-09-03에 참여한") as caught:
        workspace.programmes.edit(plus, EditProgramme(programme, shorter))
    assert caught.value.field == "종료일"


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_a_programmes_refusals_speak_the_language_set(
    workspace: Workspace, admin: Actor, team_lead: Actor
) -> None:
    plus = counselor_at(workspace, admin, "plus")
    programme = _programme(workspace, plus)
    [(number, _)] = _enrolled(workspace, plus, programme, ["홍길동"])
    again = Enrol(programme, number, date(2018, 3, 5))
    workspace.month_close.close_month(team_lead, 2018, 9)
    counted = AddProgrammeSession(programme, date(2018, 9, 4), (number,), counts_as_session=True)

    def refusals() -> list[tuple[str, str]]:
        with pytest.raises(ValidationError) as twice:
            workspace.programmes.enrol(plus, again)
        with pytest.raises(ValidationError) as closed:
            workspace.programmes.add_session(plus, counted)
        return twice.value.problems + closed.value.problems

    i18n.set_language("en")
    assert refusals() == [
        ("구직자번호", f"홍길동 ({number}) already enrolled on 2018-03-02."),
        (
            "마감",
            "9/2018 is closed: its records cannot be added or changed. A team lead can "
            "reopen it (Review › Month close › Reopen month…, or "
            "deskapp reopen --year 2018 --month 9 --reason REASON).",
        ),
    ]
    i18n.set_language("ko")
    assert refusals() == [
        ("구직자번호", f"홍길동({number})은 2018-03-02에 이미 참여했습니다."),
        (
            "마감",
            "2018년 9월은 마감되어 그 달의 기록을 더하거나 바꿀 수 없습니다. 팀장이 마감을 "
            "풀면 됩니다 (검토 › 월 마감 › 마감 해제, 또는 "
            "deskapp reopen --year 2018 --month 9 --reason 사유).",
        ),
    ]


def test_resident_numbers_in_a_programmes_name_target_or_topic_are_warned_about(
    workspace: Workspace, admin: Actor
) -> None:
    values = ProgrammeFields(
        "캠프 800101-1234567", date(2018, 3, 2), target="고3 800101-2234567", note="메모"
    )
    assert (values.name, values.target, values.masked) == (
        "캠프 800101-1******",
        "고3 800101-2******",
        2,
    )
    assert AddProgrammeSession(1, date(2018, 4, 3), topic="800101-1234567").masked == 1
    plus = counselor_at(workspace, admin, "plus")
    saved = workspace.programmes.create(plus, CreateProgramme(values))
    assert saved.warnings == ("주민등록번호로 보이는 숫자 2건을 가려서 저장했습니다.",)


def test_the_demos_yearly_clinic_ends_with_its_year(workspace: Workspace, admin: Actor) -> None:
    plus = counselor_at(workspace, admin, "plus")
    for index in range(8):
        add_seeker(workspace, plus, _name(index), "2016-01-04")
    with workspace.db.unit_of_work(actor=admin) as session:
        add_programmes(
            session,
            7,
            Period(date(2016, 1, 1), TODAY),
            workspace.db.desk_ids()["plus"],
            admin.user_id,
        )
    report = workspace.programmes.programme_year(admin, 2018, "클리닉")
    assert [(r.name, r.schedule) for r in report.rows] == [
        ("일자리카페 이력서 및 자소서 클리닉", "1월 ~ 10월")
    ]
    assert report.rows[0].participants > 0


def test_cli_camp_report_is_of_the_camp_unless_told(cli_db: str) -> None:
    workspace = Workspace.open(cli_db, today=TODAY)
    plus = workspace.accounts.authenticate("kim", PASSWORD)
    cafe = _programme(
        workspace, plus, ProgrammeFields("멘토링", date(2018, 5, 2), desk="plus", kind="멘토링")
    )
    _enrolled(workspace, plus, cafe, ["멘티"], "2018-05-02")
    workspace.close()
    code, out, _ = run(
        "programmes", "--db", cli_db, "--user", "lead", "--year", "2018", "--format", "csv"
    )
    assert code == 0 and out.splitlines()[1] == "total,5,4,2,40%,1,20%,"
    code, out, _ = run(
        "programmes",
        "--db",
        cli_db,
        "--user",
        "lead",
        "--year",
        "2018",
        "--kind",
        "전체",
        "--format",
        "csv",
    )
    assert code == 0 and out.splitlines()[1] == "total,6,4,2,33.3%,1,16.7%,"
