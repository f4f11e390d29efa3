"""Correcting records, never silently (ARCHITECTURE.md), on SQLite and PostgreSQL.

Every correction keeps field, old and new value, who, when and why; the statistics
follow the corrected values; closed months, desks and disabled accounts are kept;
history is append-only in the database itself. Also the opening's close, reassigning
counselors, merges that need a reason, the target-group list, the seeker's whole file
and matching on 희망근무지역 / 희망임금, and the import of the file's new columns.

Every expected figure below is worked out by hand in the comment next to it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from conftest import PASSWORD, TODAY, counselor_at, rows
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from workbooks import write_book

from deskapp.domain.access import Actor
from deskapp.domain.commands import (
    Career,
    ChangeRecord,
    LogSession,
    RecordPlacement,
    Refer,
    RegisterEmployer,
    RegisterOpening,
    RegisterSeeker,
)
from deskapp.domain.dates import Period
from deskapp.domain.desks import parse_desk
from deskapp.domain.errors import (
    ConfirmationNeeded,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from deskapp.domain.records import (
    ChangeAction,
    Channel,
    CloseReason,
    Education,
    EmploymentType,
    Gender,
    RecordKind,
    Role,
    Verification,
)
from deskapp.services.corrections import FieldChange
from deskapp.services.history import RecordHistory
from deskapp.services.merging import Difference
from deskapp.services.rules.records import Saved
from deskapp.services.workspace import Workspace

OCTOBER, SEPTEMBER = Period.month(2018, 10), Period.month(2018, 9)
#: Every table a correction could touch: compared whole before and after a refusal.
TABLES = (
    "job_seekers",
    "employers",
    "job_openings",
    "counseling_sessions",
    "referrals",
    "placements",
    "seeker_groups",
    "seeker_careers",
    "daily_counts",
    "record_changes",
    "access_log",
    "seeker_merges",
    "month_closes",
)


# -- helpers ---------------------------------------------------------------------------


def seeker(
    ws: Workspace, actor: Actor, name: str, day: date = date(2018, 10, 2), **extra: Any
) -> Saved:
    return ws.records.register_seeker(
        actor, RegisterSeeker(name=name, registered_on=day, consented=True, **extra)
    )


def employer(ws: Workspace, actor: Actor, name: str, **extra: Any) -> Saved:
    return ws.records.register_employer(actor, RegisterEmployer(name=name, **extra))


def opening(
    ws: Workspace,
    actor: Actor,
    employer_no: str,
    occupation: str = "경비원",
    headcount: int = 1,
    day: date = date(2018, 10, 1),
    **extra: Any,
) -> Saved:
    return ws.records.register_opening(
        actor, RegisterOpening(employer_no, occupation, headcount, day, **extra)
    )


def session_of(ws: Workspace, actor: Actor, seeker_no: str, day: date, **extra: Any) -> Saved:
    return ws.records.log_session(actor, LogSession(seeker_no, day, **extra))


def change(
    ws: Workspace,
    actor: Actor,
    kind: RecordKind,
    key: object,
    changes: Mapping[str, object],
    reason: str = "정정",
) -> tuple[FieldChange, ...]:
    return ws.corrections.change(actor, ChangeRecord(kind, str(key), changes, reason)).changes


def state(ws: Workspace) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table a correction could write, in a stable order."""
    return {t: sorted(rows(ws, f"SELECT * FROM {t}"), key=repr) for t in TABLES}


def scalar(ws: Workspace, sql: str) -> Any:
    return rows(ws, sql)[0][0]


def lines(story: RecordHistory) -> list[tuple[str, str, str, str, str]]:
    """A history without its times: user, field (with the record it is of), old, new, why."""
    return [(e.username, e.field_label, e.old, e.new, e.reason) for e in story.entries]


def stats(ws: Workspace, actor: Actor, period: Period) -> dict[str, tuple[int, ...]]:
    table = ws.statistics.table(actor, period)
    return {code: counts.values() for code, counts in table.by_desk.items()}


def nobody(**counts: int) -> tuple[int, ...]:
    """A desk's row: (구인등록, 구직등록, 상담, 알선, 취업자수), zero unless given."""
    keys = ("job_openings", "job_seekers", "sessions", "referrals", "placements")
    return tuple(counts.get(k, 0) for k in keys)


@pytest.fixture
def plus(workspace: Workspace, admin: Actor) -> Actor:
    return counselor_at(workspace, admin, "plus")


@pytest.fixture
def gvalley(workspace: Workspace, admin: Actor) -> Actor:
    return counselor_at(workspace, admin, "gvalley")


# -- correcting each kind of record ----------------------------------------------------


def test_a_seeker_correction_keeps_every_field_in_order_with_who_and_why(
    workspace: Workspace, plus: Actor, team_lead: Actor
) -> None:
    s = seeker(workspace, plus, "김민수", phone="01012345678", address="독산동 1")
    updates = "SELECT count(*) FROM access_log WHERE action = 'update'"
    assert scalar(workspace, updates) == 0
    # 성명 is given as it already is: not a change, not in the history.
    changed = change(
        workspace,
        plus,
        RecordKind.SEEKER,
        s.number,
        {"연락처": "010-9999-8888", "주소": "가산동 2", "성명": "김민수"},
        "전화번호 바뀜",
    )
    assert changed == (
        FieldChange("연락처", "010-1234-5678", "010-9999-8888"),
        FieldChange("주소", "독산동 1", "가산동 2"),
    )
    assert rows(workspace, f"SELECT phone, address FROM job_seekers WHERE id = {s.id}") == [
        ("01099998888", "가산동 2")
    ]
    assert rows(
        workspace,
        "SELECT record_kind, record_id, record_no, seeker_id, action, field, old_value,"
        " new_value, reason, username, redacted FROM record_changes ORDER BY id",
    ) == [
        ("job_seeker", s.id, s.number, s.id, "update", "연락처", "010-1234-5678",
         "010-9999-8888", "전화번호 바뀜", "c-plus", 0),
        ("job_seeker", s.id, s.number, s.id, "update", "주소", "독산동 1", "가산동 2",
         "전화번호 바뀜", "c-plus", 0),
    ]  # fmt: skip
    # One access-log line for the correction, naming the fields and the reason.
    assert rows(
        workspace,
        "SELECT username, subject_kind, subject_id, subject_no, detail FROM access_log"
        " WHERE action = 'update'",
    ) == [
        (
            "c-plus",
            "job_seeker",
            s.id,
            s.number,
            f"구직자 {s.number} 수정: 연락처, 주소 (사유: 전화번호 바뀜)",
        ),
    ]
    change(workspace, team_lead, RecordKind.SEEKER, s.number, {"성별": "여"}, "성별 정정")
    assert scalar(workspace, updates) == 2
    story = workspace.corrections.history(team_lead, RecordKind.SEEKER, s.number)
    assert story.entries[0].action is ChangeAction.CREATE
    assert lines(story) == [
        ("c-plus", "등록", "", "", ""),
        ("c-plus", "연락처", "010-1234-5678", "010-9999-8888", "전화번호 바뀜"),
        ("c-plus", "주소", "독산동 1", "가산동 2", "전화번호 바뀜"),
        ("lead", "성별", "", "여", "성별 정정"),
    ]
    times = [e.at for e in story.entries]
    assert times == sorted(times)
    assert [e.action for e in story.entries[1:]] == [ChangeAction.UPDATE] * 3
    # A correction to the values already there changes nothing and writes nothing.
    assert change(workspace, plus, RecordKind.SEEKER, s.number, {"주소": "가산동 2"}) == ()
    assert scalar(workspace, "SELECT count(*) FROM record_changes") == 3
    assert scalar(workspace, updates) == 2


def test_employers_openings_sessions_referrals_and_placements_are_corrected(
    workspace: Workspace, plus: Actor
) -> None:
    s = seeker(workspace, plus, "김민수")
    e = employer(workspace, plus, "(주)가산테크")
    o = opening(workspace, plus, e.number, "경비원", headcount=2)
    sess = session_of(workspace, plus, s.number, date(2018, 10, 3), channel=Channel.VISIT)
    ref = workspace.records.refer(plus, Refer(s.number, o.number, date(2018, 10, 4)))
    placed = workspace.records.record_placement(
        plus,
        RecordPlacement(
            s.number, date(2018, 10, 10), opening_no=o.number, verification=Verification.SELF_REPORT
        ),
    )

    assert change(
        workspace,
        plus,
        RecordKind.EMPLOYER,
        e.number,
        {"업종": "경비업", "사업자등록번호": "1248100998", "연락처": "0226271234"},
        "업체 정보",
    ) == (
        FieldChange("업종", "", "경비업"),
        FieldChange("사업자등록번호", "", "124-81-00998"),
        FieldChange("연락처", "", "02-2627-1234"),
    )
    assert rows(
        workspace, f"SELECT industry, business_no, phone FROM employers WHERE id={e.id}"
    ) == [("경비업", "1248100998", "0226271234")]
    assert change(
        workspace,
        plus,
        RecordKind.OPENING,
        o.number,
        {"모집인원": "3", "임금": "월 250만원", "마감일": "2018-11-30"},
        "구인 정보",
    ) == (
        FieldChange("모집인원", "2", "3"),
        FieldChange("임금", "", "월 250만원"),
        FieldChange("마감일", "", "2018-11-30"),
    )
    assert rows(
        workspace, f"SELECT headcount, wage, closes_on FROM job_openings WHERE id={o.id}"
    ) == [(3, "월 250만원", "2018-11-30")]
    assert change(
        workspace,
        plus,
        RecordKind.SESSION,
        sess.id,
        {"상담방법": "전화", "상담내용": "이력서 작성 도움"},
        "상담 정정",
    ) == (
        FieldChange("상담방법", "방문", "전화"),
        FieldChange("상담내용", "", "이력서 작성 도움"),
    )
    assert rows(
        workspace, f"SELECT channel, notes FROM counseling_sessions WHERE id={sess.id}"
    ) == [("전화", "이력서 작성 도움")]
    outcome = workspace.corrections.record_outcome(plus, ref.id, "채용")
    assert outcome.changes == (FieldChange("결과", "", "채용"),)
    assert rows(workspace, f"SELECT outcome FROM referrals WHERE id={ref.id}") == [("채용",)]
    assert change(
        workspace,
        plus,
        RecordKind.PLACEMENT,
        placed.id,
        {"확인방법": "고용보험 가입 확인", "고용형태": "상용직"},
        "취업 확인",
    ) == (
        FieldChange("확인방법", "본인 확인", "고용보험 가입 확인"),
        FieldChange("고용형태", "", "상용직"),
    )
    placement = (
        f"SELECT kind, opening_id, referral_id, verification FROM placements WHERE id={placed.id}"
    )
    assert rows(workspace, placement) == [("알선취업", o.id, ref.id, "고용보험 가입 확인")]
    # Untied from the opening it is 본인취업; tied again, it finds the referral again.
    change(workspace, plus, RecordKind.PLACEMENT, placed.id, {"구인번호": ""})
    assert rows(workspace, placement) == [("본인취업", None, None, "고용보험 가입 확인")]
    change(workspace, plus, RecordKind.PLACEMENT, placed.id, {"구인번호": o.number})
    assert rows(workspace, placement) == [("알선취업", o.id, ref.id, "고용보험 가입 확인")]

    # One access-log line per correction (7 of them): a seeker's records are logged as
    # the seeker's, employers and openings as themselves.
    assert rows(
        workspace,
        "SELECT subject_kind, subject_id, count(*) FROM access_log WHERE action = 'update'"
        " GROUP BY subject_kind, subject_id ORDER BY subject_kind",
    ) == [("employer", e.id, 1), ("job_opening", o.id, 1), ("job_seeker", s.id, 5)]
    corrections = workspace.corrections
    assert lines(corrections.history(plus, RecordKind.EMPLOYER, e.number)) == [
        ("c-plus", "등록", "", "", ""),
        ("c-plus", "업종", "", "경비업", "업체 정보"),
        ("c-plus", "사업자등록번호", "", "124-81-00998", "업체 정보"),
        ("c-plus", "연락처", "", "02-2627-1234", "업체 정보"),
    ]
    assert lines(corrections.history(plus, RecordKind.OPENING, o.number)) == [
        ("c-plus", "등록", "", "", ""),
        ("c-plus", "모집인원", "2", "3", "구인 정보"),
        ("c-plus", "임금", "", "월 250만원", "구인 정보"),
        ("c-plus", "마감일", "", "2018-11-30", "구인 정보"),
    ]
    assert lines(corrections.history(plus, RecordKind.SESSION, str(sess.id))) == [
        ("c-plus", "등록", "", "", ""),
        ("c-plus", "상담방법", "방문", "전화", "상담 정정"),
        ("c-plus", "상담내용", "", "이력서 작성 도움", "상담 정정"),
    ]
    # The seeker's history holds the changes of their sessions, referrals and placements.
    opening_no = o.number
    assert lines(corrections.history(plus, RecordKind.SEEKER, s.number)) == [
        ("c-plus", "등록", "", "", ""),
        ("c-plus", f"상담 {sess.id} · 상담방법", "방문", "전화", "상담 정정"),
        ("c-plus", f"상담 {sess.id} · 상담내용", "", "이력서 작성 도움", "상담 정정"),
        ("c-plus", f"알선 {ref.id} · 결과", "", "채용", "결과 기록"),
        ("c-plus", f"취업 {placed.id} · 확인방법", "본인 확인", "고용보험 가입 확인", "취업 확인"),
        ("c-plus", f"취업 {placed.id} · 고용형태", "", "상용직", "취업 확인"),
        ("c-plus", f"취업 {placed.id} · 구인번호", opening_no, "", "정정"),
        ("c-plus", f"취업 {placed.id} · 구인번호", "", opening_no, "정정"),
    ]
    # history(None, number) finds whichever record has that number.
    assert corrections.history(plus, None, e.number).kind is RecordKind.EMPLOYER


def test_statistics_follow_desk_and_date_corrections(
    workspace: Workspace, plus: Actor, team_lead: Actor
) -> None:
    s = seeker(workspace, plus, "김민수", date(2018, 10, 2))
    e = employer(workspace, plus, "(주)가산테크")
    o = opening(workspace, plus, e.number, day=date(2018, 10, 1))
    sess = session_of(workspace, plus, s.number, date(2018, 10, 3))
    ref = workspace.records.refer(plus, Refer(s.number, o.number, date(2018, 10, 4)))
    placed = workspace.records.record_placement(plus, RecordPlacement(s.number, date(2018, 10, 5)))
    # Everything at 일자리플러스센터 in October: one of each.
    october = stats(workspace, team_lead, OCTOBER)
    assert october["plus"] == nobody(
        job_openings=1, job_seekers=1, sessions=1, referrals=1, placements=1
    )
    assert october["gvalley"] == october["dong"] == october["welfare"] == nobody()

    # 구직등록 moves from plus to G밸리 with the 등록창구.
    change(workspace, team_lead, RecordKind.SEEKER, s.number, {"등록창구": "G밸리"})
    # 구인등록 moves to the welfare desk, 알선 to G밸리.
    change(workspace, team_lead, RecordKind.OPENING, o.number, {"등록창구": "welfare"})
    change(workspace, team_lead, RecordKind.REFERRAL, ref.id, {"알선창구": "gvalley"})
    # The placement moves to 독산동 (the dong desk), then to September.
    change(workspace, team_lead, RecordKind.PLACEMENT, placed.id, {"취업창구": "독산동"})
    october = stats(workspace, team_lead, OCTOBER)
    assert october["plus"] == nobody(sessions=1)
    assert october["gvalley"] == nobody(job_seekers=1, referrals=1)
    assert october["dong"] == nobody(placements=1)
    assert october["welfare"] == nobody(job_openings=1)

    # The session and the placement move to September: October keeps neither.
    change(workspace, team_lead, RecordKind.SESSION, sess.id, {"상담일": "2018-09-20"})
    change(workspace, team_lead, RecordKind.PLACEMENT, placed.id, {"취업일": "2018-09-28"})
    october = stats(workspace, team_lead, OCTOBER)
    assert october["plus"] == nobody()
    assert october["dong"] == nobody()
    september = stats(workspace, team_lead, SEPTEMBER)
    assert september["plus"] == nobody(sessions=1)
    assert september["dong"] == nobody(placements=1)
    assert sum(sum(v) for v in september.values()) == 2
    assert rows(workspace, f"SELECT site_id IS NOT NULL FROM placements WHERE id={placed.id}") == [
        (1,)
    ]


# -- history is append-only ------------------------------------------------------------


def test_the_history_table_refuses_update_and_delete_but_redaction(
    workspace: Workspace, plus: Actor
) -> None:
    s = seeker(workspace, plus, "김민수", phone="01012345678")
    change(workspace, plus, RecordKind.SEEKER, s.number, {"연락처": "01099998888"}, "번호 변경")

    def run(sql: str) -> None:
        with workspace.db.engine.begin() as connection:
            connection.execute(text(sql))

    for forged in (
        "DELETE FROM record_changes",
        "UPDATE record_changes SET reason = '다른 사유'",
        "UPDATE record_changes SET new_value = '010-0000-0000'",
        "UPDATE record_changes SET username = 'someone'",
        # Emptied values without the redacted mark is no redaction either.
        "UPDATE record_changes SET old_value = NULL, new_value = NULL",
        # Nor is one that keeps the salt of the values' digest (the values could be guessed).
        "UPDATE record_changes SET old_value = NULL, new_value = NULL, redacted = TRUE",
    ):
        with pytest.raises(DBAPIError, match="append-only"):
            run(forged)
    before = "SELECT field, old_value, new_value, reason, username, redacted FROM record_changes"
    assert rows(workspace, before) == [
        ("연락처", "010-1234-5678", "010-9999-8888", "번호 변경", "c-plus", 0)
    ]
    run(
        "UPDATE record_changes SET old_value = NULL, new_value = NULL, values_salt = NULL,"
        " redacted = TRUE"
    )
    assert rows(workspace, before) == [("연락처", None, None, "번호 변경", "c-plus", 1)]
    with pytest.raises(DBAPIError, match="append-only"):
        run("DELETE FROM record_changes")
    assert scalar(workspace, "SELECT count(*) FROM record_changes") == 1


def test_purge_redacts_the_history_of_anonymized_seekers_and_nothing_else(
    workspace: Workspace, admin: Actor, plus: Actor
) -> None:
    old = seeker(workspace, plus, "오래된", date(2015, 3, 2), phone="01011112222")
    old_session = session_of(workspace, plus, old.number, date(2015, 3, 3))
    recent = seeker(workspace, plus, "최근", date(2018, 10, 1), phone="01033334444")
    e = employer(workspace, plus, "(주)가산테크")
    change(workspace, plus, RecordKind.SEEKER, old.number, {"연락처": "01055556666"}, "번호 변경")
    change(workspace, plus, RecordKind.SESSION, old_session.id, {"상담내용": "구직 상담"}, "메모")
    change(workspace, plus, RecordKind.SEEKER, recent.number, {"연락처": "01077778888"}, "번호")
    change(workspace, plus, RecordKind.EMPLOYER, e.number, {"업종": "제조업"}, "업종")
    # 3 years before 2018-10-30 is 2015-10-30: only 오래된 (registered and last seen in
    # March 2015) is inactive that long.
    report = workspace.privacy.purge(admin, 3)
    assert (report.anonymized, report.inactive_before) == (1, date(2015, 10, 30))
    assert rows(
        workspace,
        "SELECT record_kind, record_id, field, old_value, new_value, reason, username, redacted"
        " FROM record_changes ORDER BY id",
    ) == [
        ("job_seeker", old.id, "연락처", None, None, "번호 변경", "c-plus", 1),
        ("session", old_session.id, "상담내용", None, None, "메모", "c-plus", 1),
        ("job_seeker", recent.id, "연락처", "010-3333-4444", "010-7777-8888", "번호", "c-plus", 0),
        ("employer", e.id, "업종", None, "제조업", "업종", "c-plus", 0),
    ]
    story = workspace.corrections.history(admin, RecordKind.SEEKER, old.number)
    assert story.title == f"구직자 {old.number} (익명)"
    assert [(e.field_label, e.old, e.new, e.reason, e.redacted) for e in story.entries[1:]] == [
        ("연락처", "", "", "번호 변경", True),
        (f"상담 {old_session.id} · 상담내용", "", "", "메모", True),
    ]


# -- refusals: all of it, or nothing ---------------------------------------------------


def test_bad_values_and_unknown_fields_are_all_listed_and_nothing_changes(
    workspace: Workspace, plus: Actor
) -> None:
    s = seeker(workspace, plus, "김민수", phone="01012345678")
    before = state(workspace)
    with pytest.raises(ValidationError) as refused:
        change(
            workspace,
            plus,
            RecordKind.SEEKER,
            s.number,
            {
                "생년월일": "1990-13-45",
                "연락처": "010-5555-6666",  # a good value: not written either
                "성별": "모름",
                "취미": "낚시",
                "성명": "",
                "구직자번호": "X1",
            },
        )
    problems = refused.value.problems
    assert [field for field, _ in problems] == ["생년월일", "성별", "취미", "성명", "구직자번호"]
    messages = dict(problems)
    assert messages["성별"] == "'모름'은 성별이 아닙니다 (남 또는 여)."
    assert messages["성명"] == "성명은 비울 수 없습니다."
    assert "구직자에 없는 항목" in messages["취미"]
    assert "병합" in messages["구직자번호"] and "무효" in messages["구직자번호"]
    with pytest.raises(ValidationError, match="사유"):
        change(workspace, plus, RecordKind.SEEKER, s.number, {"연락처": "01055556666"}, " ")
    with pytest.raises(ValidationError, match="바꿀 항목"):
        change(workspace, plus, RecordKind.SEEKER, s.number, {})
    assert state(workspace) == before

    # A problem found inside the unit of work, after a first field was already applied
    # (업종 before an unknown 담당상담사 account): the whole unit is rolled back.
    e = employer(workspace, plus, "(주)가산테크")
    o = opening(workspace, plus, e.number, day=date(2018, 10, 10))
    before = state(workspace)
    with pytest.raises(ValidationError, match="담당상담사"):
        change(
            workspace,
            plus,
            RecordKind.EMPLOYER,
            e.number,
            {"업종": "제조업", "담당상담사": "nobody"},
        )
    with pytest.raises(ValidationError, match="대상그룹"):
        change(
            workspace,
            plus,
            RecordKind.SEEKER,
            s.number,
            {"연락처": "01055556666", "대상그룹": "청년, 우주인"},
        )
    with pytest.raises(ValidationError, match="마감일"):  # before 등록일 2018-10-10
        change(workspace, plus, RecordKind.OPENING, o.number, {"마감일": "2018-10-05"})
    with pytest.raises(ValidationError, match="미래"):  # after today, 2018-10-30
        change(workspace, plus, RecordKind.SEEKER, s.number, {"등록일": "2018-11-01"})
    with pytest.raises(NotFound):
        change(workspace, plus, RecordKind.SEEKER, "D99999999", {"연락처": "01055556666"})
    assert state(workspace) == before


def test_a_closed_month_holds_its_records_until_it_is_reopened(
    workspace: Workspace, plus: Actor, team_lead: Actor
) -> None:
    september = seeker(workspace, plus, "구월", date(2018, 9, 10))
    october = seeker(workspace, plus, "시월", date(2018, 10, 5))
    sess = session_of(workspace, plus, october.number, date(2018, 10, 6))
    workspace.month_close.close_month(team_lead, 2018, 8)
    workspace.month_close.close_month(team_lead, 2018, 9)
    before = state(workspace)
    with pytest.raises(ValidationError) as refused:
        change(workspace, team_lead, RecordKind.SEEKER, september.number, {"연락처": "01012345678"})
    assert refused.value.field == "마감" and "2018년 9월" in refused.value.message
    # Nor can a record of an open month be moved into a closed one.
    with pytest.raises(ValidationError, match="2018년 8월"):
        change(workspace, plus, RecordKind.SEEKER, october.number, {"등록일": "2018-08-20"})
    with pytest.raises(ValidationError, match="2018년 8월"):
        change(workspace, plus, RecordKind.SESSION, sess.id, {"상담일": "2018-08-21"})
    assert state(workspace) == before
    # Within the open month it moves freely.
    assert change(workspace, plus, RecordKind.SESSION, sess.id, {"상담일": "2018-10-07"}) == (
        FieldChange("상담일", "2018-10-06", "2018-10-07"),
    )
    workspace.month_close.reopen_month(team_lead, 2018, 9, "연락처 정정")
    assert change(
        workspace, team_lead, RecordKind.SEEKER, september.number, {"연락처": "01012345678"}
    ) == (FieldChange("연락처", "", "010-1234-5678"),)


def test_a_counselor_of_another_desk_is_refused_and_nothing_changes(
    workspace: Workspace, plus: Actor, gvalley: Actor, team_lead: Actor
) -> None:
    s = seeker(workspace, plus, "김민수", phone="01012345678")
    sess = session_of(workspace, plus, s.number, date(2018, 10, 3))
    e = employer(workspace, plus, "(주)가산테크")  # plus's, looked after by c-plus
    before = state(workspace)
    for kind, key, changes in (
        (RecordKind.SEEKER, s.number, {"연락처": "01099998888"}),
        (RecordKind.SESSION, sess.id, {"상담내용": "메모"}),
        (RecordKind.EMPLOYER, e.number, {"업종": "제조업"}),
    ):
        with pytest.raises(PermissionDenied, match="다른 창구"):
            change(workspace, gvalley, kind, key, changes)
    assert state(workspace) == before
    # Reading the history is refused too, and the refusal is logged.
    with pytest.raises(PermissionDenied):
        workspace.corrections.history(gvalley, RecordKind.SEEKER, s.number)
    assert rows(
        workspace, "SELECT username, detail FROM access_log WHERE detail LIKE '%거부%'"
    ) == [("c-gvalley", "변경 이력 열람 (거부: 다른 창구)")]
    # An employer a counselor looks after (담당상담사) is theirs to correct.
    change(workspace, team_lead, RecordKind.EMPLOYER, e.number, {"담당상담사": "c-gvalley"})
    assert change(workspace, gvalley, RecordKind.EMPLOYER, e.number, {"업종": "제조업"}) == (
        FieldChange("업종", "", "제조업"),
    )


def test_a_counselor_moves_their_own_seeker_to_another_desk(
    workspace: Workspace, plus: Actor, gvalley: Actor
) -> None:
    s = seeker(workspace, plus, "김민수")
    assert change(workspace, plus, RecordKind.SEEKER, s.number, {"등록창구": "G밸리"}, "이사") == (
        FieldChange("등록창구", "일자리플러스센터", "G밸리"),
    )
    desk = f"SELECT d.code FROM job_seekers s JOIN desks d ON d.id = s.desk_id WHERE s.id={s.id}"
    assert rows(workspace, desk) == [("gvalley",)]
    # Now it is G밸리's record: plus may no longer correct it, G밸리 may.
    with pytest.raises(PermissionDenied):
        change(workspace, plus, RecordKind.SEEKER, s.number, {"주소": "가산동"})
    assert change(workspace, gvalley, RecordKind.SEEKER, s.number, {"주소": "가산동"}) == (
        FieldChange("주소", "", "가산동"),
    )


def test_a_disabled_account_is_refused_on_its_next_write(
    workspace: Workspace, admin: Actor, plus: Actor
) -> None:
    s = seeker(workspace, plus, "김민수")
    workspace.accounts.set_active(admin, "c-plus", False)
    before = state(workspace)
    with pytest.raises(PermissionDenied, match="사용 중지"):
        change(workspace, plus, RecordKind.SEEKER, s.number, {"주소": "가산동"})
    with pytest.raises(PermissionDenied):
        seeker(workspace, plus, "이영희")
    assert state(workspace) == before
    workspace.accounts.set_active(admin, "c-plus", True)
    assert change(workspace, plus, RecordKind.SEEKER, s.number, {"주소": "가산동"}) != ()


# -- openings: close, matching, filled -------------------------------------------------


def test_an_opening_closes_by_its_close_reason_and_reopens_when_it_is_emptied(
    workspace: Workspace, plus: Actor
) -> None:
    e = employer(workspace, plus, "(주)가산테크")
    o = opening(workspace, plus, e.number)
    state_sql = f"SELECT closed_on, close_reason FROM job_openings WHERE id = {o.id}"
    assert change(workspace, plus, RecordKind.OPENING, o.number, {"마감사유": "채용완료"}) == (
        FieldChange("마감사유", "", "채용완료"),
    )
    assert rows(workspace, state_sql) == [(TODAY.isoformat(), "채용완료")]
    assert (
        workspace.corrections.editable(plus, RecordKind.OPENING, o.number).values["마감사유"]
        == "채용완료"
    )
    with pytest.raises(ValidationError, match="마감사유"):
        change(workspace, plus, RecordKind.OPENING, o.number, {"마감사유": "끝남"})
    assert change(workspace, plus, RecordKind.OPENING, o.number, {"마감사유": ""}, "재모집") == (
        FieldChange("마감사유", "채용완료", ""),
    )
    assert rows(workspace, state_sql) == [(None, None)]
    workspace.corrections.close_opening(plus, o.number, CloseReason.EXPIRED)
    assert rows(workspace, state_sql) == [(TODAY.isoformat(), "기간만료")]
    assert lines(workspace.corrections.history(plus, RecordKind.OPENING, o.number))[1:] == [
        ("c-plus", "마감사유", "", "채용완료", "정정"),
        ("c-plus", "마감사유", "채용완료", "", "재모집"),
        ("c-plus", "마감사유", "", "기간만료", "마감: 기간만료"),
    ]


def test_a_closed_opening_leaves_matching_and_a_referral_to_it_needs_confirmation(
    workspace: Workspace, plus: Actor
) -> None:
    s = seeker(workspace, plus, "김민수", desired_job="경비원")
    e = employer(workspace, plus, "(주)가산테크", address="서울 금천구 가산동")
    kept = opening(workspace, plus, e.number, "경비원", day=date(2018, 10, 10))
    closed = opening(workspace, plus, e.number, "경비원", day=date(2018, 10, 11))
    matching, browse = workspace.matching, workspace.browse

    def recommended() -> list[str]:
        return [m.number for m in matching.openings_for_seeker(plus, s.id)]

    def listed(include_closed: bool = False) -> list[str]:
        items = browse.open_openings(plus, on=TODAY, include_closed=include_closed)
        return [i.opening_no for i in items]

    # Both open: the newer first in the list; both recommended.
    assert sorted(recommended()) == sorted([kept.number, closed.number])
    assert listed() == [closed.number, kept.number]
    workspace.corrections.close_opening(plus, closed.number, CloseReason.WITHDRAWN)
    assert recommended() == [kept.number]
    assert listed() == [kept.number]
    assert listed(include_closed=True) == [kept.number, closed.number]
    item = browse.open_openings(plus, on=TODAY, include_closed=True)[1]
    assert (item.closed_on, item.close_reason, item.status) == (TODAY, "업체철회", "마감(업체철회)")
    with pytest.raises(ValidationError, match="마감"):
        matching.seekers_for_opening(plus, closed.id)

    referrals = "SELECT count(*) FROM referrals"
    with pytest.raises(ConfirmationNeeded) as asked:
        workspace.records.refer(plus, Refer(s.number, closed.number, date(2018, 10, 20)))
    assert asked.value.topic == "closed_opening"
    assert scalar(workspace, referrals) == 0
    saved = workspace.records.refer(
        plus, Refer(s.number, closed.number, date(2018, 10, 20), to_closed=True)
    )
    assert rows(workspace, "SELECT id, opening_id FROM referrals") == [(saved.id, closed.id)]


def test_filled_openings_and_those_past_their_closing_day_are_due_to_close(
    workspace: Workspace, plus: Actor, gvalley: Actor, team_lead: Actor
) -> None:
    e = employer(workspace, plus, "(주)가산테크")
    two = opening(workspace, plus, e.number, "경비원", headcount=2, day=date(2018, 10, 1))
    past = opening(
        workspace, plus, e.number, "청소원", day=date(2018, 10, 1), closes_on=date(2018, 10, 20)
    )
    opening(
        workspace,
        plus,
        e.number,
        "조리사",
        headcount=5,
        day=date(2018, 10, 1),
        closes_on=date(2018, 11, 15),
    )  # open, not filled, not past
    first, second, third = (seeker(workspace, plus, n) for n in ("김일", "이이", "박삼"))

    def place(who: Saved, day: date) -> Saved:
        return workspace.records.record_placement(
            plus, RecordPlacement(who.number, day, opening_no=two.number)
        )

    # 1 hire of 2 wanted: not filled; the second person makes 2 of 2.
    assert place(first, date(2018, 10, 10)).filled is None
    assert place(first, date(2018, 10, 12)).filled is None  # the same person: still 1
    assert place(second, date(2018, 10, 15)).filled == two.number
    due = workspace.corrections.closing_due(plus)
    assert [(d.opening_no, d.reason, d.detail) for d in due] == [
        (two.number, CloseReason.FILLED, "채용 2명 / 모집 2명"),
        (past.number, CloseReason.EXPIRED, "마감일 2018-10-20 지남"),
    ]
    assert [d.opening_no for d in workspace.corrections.closing_due(team_lead)] == [
        two.number,
        past.number,
    ]
    assert workspace.corrections.closing_due(gvalley) == []  # another desk's openings
    workspace.corrections.close_opening(plus, two.number, CloseReason.FILLED)
    assert [d.opening_no for d in workspace.corrections.closing_due(plus)] == [past.number]
    # Closed, a third hire does not ask again.
    assert place(third, date(2018, 10, 20)).filled is None
    assert workspace.corrections.editable(plus, RecordKind.OPENING, two.number).hires == 3


# -- counselors, merges, voids ----------------------------------------------------------


def test_reassigning_the_counselor_is_for_team_leads_and_the_worklist_follows(
    workspace: Workspace, admin: Actor, plus: Actor, team_lead: Actor
) -> None:
    second = workspace.accounts.create_user(
        admin, "c-plus2", PASSWORD, Role.COUNSELOR, desk="plus", display_name="둘째 상담사"
    )
    # Registered by c-plus on 2018-09-01, never contacted: 59 days by 2018-10-30.
    s = seeker(workspace, plus, "김민수", date(2018, 9, 1))

    def waiting(actor: Actor) -> list[tuple[str, int, date, str]]:
        return [(i.kind, i.seeker_id, i.due, i.detail) for i in workspace.follow_up.worklist(actor)]

    item = ("no_contact", s.id, date(2018, 10, 1), "마지막 연락 2018-09-01")
    assert (waiting(plus), waiting(second)) == ([item], [])
    with pytest.raises(PermissionDenied):
        workspace.corrections.reassign(plus, [s.id], "c-plus2", "업무 분담")
    with pytest.raises(ValidationError, match="담당상담사"):
        workspace.corrections.reassign(team_lead, [s.id], "nobody", "업무 분담")
    assert workspace.corrections.reassign(team_lead, [s.id], "c-plus2", "업무 분담") == 1
    assert rows(
        workspace, f"SELECT counselor_id, counselor_name FROM job_seekers WHERE id={s.id}"
    ) == [(second.user_id, "둘째 상담사")]
    assert (waiting(plus), waiting(second)) == ([], [item])
    # Already theirs: nothing to change.
    assert workspace.corrections.reassign(team_lead, [s.id], "c-plus2", "다시") == 0
    assert lines(workspace.corrections.history(team_lead, RecordKind.SEEKER, s.number)) == [
        ("c-plus", "등록", "", "", ""),
        ("lead", "담당상담사", "plus 상담사", "둘째 상담사", "업무 분담"),
    ]


def test_merging_two_records_that_differ_needs_a_reason_and_is_in_the_history(
    workspace: Workspace, plus: Actor, team_lead: Actor
) -> None:
    keep = seeker(workspace, plus, "김민수", birth_date=date(1980, 1, 1), phone="01011112222")
    gone = seeker(workspace, plus, "김민수", birth_date=date(1981, 2, 2), phone="01011112222")
    moved = session_of(workspace, plus, gone.number, date(2018, 10, 5))
    merging = workspace.merging
    assert merging.merge_differences(team_lead, keep.id, gone.id) == [
        Difference("생년월일", "1980-01-01", "1981-02-02")
    ]
    with pytest.raises(PermissionDenied):
        merging.merge(plus, keep.id, gone.id, "같은 사람")
    before = state(workspace)
    with pytest.raises(ConfirmationNeeded) as asked:
        merging.merge(team_lead, keep.id, gone.id)
    assert asked.value.topic == "different_person"
    assert asked.value.details == ("생년월일: 1980-01-01 ↔ 1981-02-02",)
    with pytest.raises(ConfirmationNeeded):
        merging.merge(team_lead, keep.id, gone.id, "   ")
    assert state(workspace) == before  # nothing moved, nothing voided, nothing logged

    merging.merge(team_lead, keep.id, gone.id, "주민센터에서 동일인 확인")
    assert rows(workspace, f"SELECT seeker_id FROM counseling_sessions WHERE id={moved.id}") == [
        (keep.id,)
    ]
    assert rows(workspace, f"SELECT void FROM job_seekers WHERE id={gone.id}") == [(1,)]
    kept_story = workspace.corrections.history(team_lead, RecordKind.SEEKER, keep.number)
    assert lines(kept_story)[-1] == (
        "lead",
        "병합",
        "",
        f"{gone.number} 합침 (1건 옮김)",
        "주민센터에서 동일인 확인",
    )
    assert kept_story.entries[-1].action is ChangeAction.MERGE
    assert lines(workspace.corrections.history(team_lead, RecordKind.SEEKER, gone.number))[-1] == (
        "lead",
        "병합",
        "",
        # 영·삼·육 end in a consonant other than ㄹ: 으로; 일·칠·팔 (ㄹ) and the rest: 로
        f"{keep.number}{'으로' if keep.number[-1] in '036' else '로'} 합쳐 무효",
        "주민센터에서 동일인 확인",
    )
    # A merged (void) record cannot be corrected any more.
    with pytest.raises(ValidationError, match="무효"):
        change(workspace, team_lead, RecordKind.SEEKER, gone.number, {"주소": "가산동"})

    # Voiding the moved session shows in the kept seeker's history too.
    workspace.records.void(plus, RecordKind.SESSION, moved.id, "중복 입력")
    story = workspace.corrections.history(plus, RecordKind.SEEKER, keep.number)
    assert lines(story)[-1] == ("c-plus", f"상담 {moved.id} · 무효", "", "무효", "중복 입력")
    assert story.entries[-1].action is ChangeAction.VOID
    with pytest.raises(ValidationError, match="무효"):
        change(workspace, plus, RecordKind.SESSION, moved.id, {"상담내용": "메모"})


def test_two_records_that_do_not_differ_merge_without_a_reason(
    workspace: Workspace, plus: Actor, team_lead: Actor
) -> None:
    # One has a birth date, the other a phone: nothing recorded on both disagrees.
    keep = seeker(workspace, plus, "김민수", birth_date=date(1980, 1, 1))
    gone = seeker(workspace, plus, "김민수", phone="01011112222")
    assert workspace.merging.merge_differences(team_lead, keep.id, gone.id) == []
    workspace.merging.merge(team_lead, keep.id, gone.id)
    assert lines(workspace.corrections.history(team_lead, RecordKind.SEEKER, keep.number))[-1] == (
        "lead",
        "병합",
        "",
        f"{gone.number} 합침 (0건 옮김)",
        "",
    )


def test_a_merge_says_into_which_record_with_the_particle_its_number_takes(
    workspace: Workspace, plus: Actor, team_lead: Actor
) -> None:
    """A number read ending in 영·삼·육 takes 으로 (S…03으로), one in 일·칠·팔 or a vowel 로."""
    made = [seeker(workspace, plus, "김민수") for _ in range(3)]
    keep = next(s for s in made if s.number[-1] in "036")
    gone = next(s for s in made if s.number[-1] in "1245789")
    workspace.merging.merge(team_lead, keep.id, gone.id)
    assert lines(workspace.corrections.history(team_lead, RecordKind.SEEKER, gone.number))[-1][
        3
    ] == (f"{keep.number}으로 합쳐 무효")
    assert (
        workspace.browse.seeker(team_lead, gone.id).void_reason == f"병합: {keep.number}으로 합침"
    )


# -- the seeker's file -----------------------------------------------------------------


def test_the_target_group_list_is_managed_and_checked(
    workspace: Workspace, admin: Actor, plus: Actor
) -> None:
    groups = workspace.groups
    # The eleven groups revision 0009 starts with, in its order.
    assert [g.name for g in groups.groups()] == [
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
    with pytest.raises(PermissionDenied):
        groups.add(plus, "노숙인")
    groups.add(admin, "노숙인")
    with pytest.raises(ValidationError, match="이미"):
        groups.add(admin, "노숙인")
    with pytest.raises(ValidationError, match="쉼표"):
        groups.add(admin, "가, 나")
    s = seeker(workspace, plus, "김민수", groups=("노숙인", "청년"))
    # Kept in the list's order: 청년 (first) before 노숙인 (added last).
    assert workspace.browse.seeker(plus, s.id).groups == ("청년", "노숙인")
    groups.retire(admin, "노숙인")
    assert "노숙인" not in [g.name for g in groups.groups()]
    retired = [g for g in groups.groups(include_retired=True) if g.name == "노숙인"]
    assert [(g.active, g.seekers) for g in retired] == [(False, 1)]
    # The record keeps a retired group; a new record or a correction cannot take it.
    assert workspace.browse.seeker(plus, s.id).groups == ("청년", "노숙인")
    with pytest.raises(ValidationError, match="노숙인"):
        seeker(workspace, plus, "이영희", groups=("노숙인",))
    with pytest.raises(ValidationError, match="우주인"):
        seeker(workspace, plus, "이영희", groups=("우주인",))
    other = seeker(workspace, plus, "박지현", groups=("청년",))
    before = state(workspace)
    with pytest.raises(ValidationError, match="우주인"):
        change(workspace, plus, RecordKind.SEEKER, other.number, {"대상그룹": "청년, 우주인"})
    assert state(workspace) == before
    assert change(
        workspace, plus, RecordKind.SEEKER, other.number, {"대상그룹": "청년, 장애인"}
    ) == (FieldChange("대상그룹", "청년", "청년, 장애인"),)
    assert workspace.browse.seeker(plus, other.id).groups == ("청년", "장애인")
    with pytest.raises(NotFound):
        groups.retire(admin, "노숙인")  # already retired
    groups.add(admin, "노숙인")  # comes back
    assert [g.name for g in groups.groups()][-1] == "노숙인"


def test_the_same_groups_in_another_order_are_no_change(workspace: Workspace, plus: Actor) -> None:
    number = seeker(workspace, plus, "순서", groups=("장애인", "청년")).number
    assert change(workspace, plus, RecordKind.SEEKER, number, {"대상그룹": "장애인, 청년"}) == ()
    assert change(workspace, plus, RecordKind.SEEKER, number, {"대상그룹": "청년"}) == (
        FieldChange("대상그룹", "청년, 장애인", "청년"),
    )
    assert scalar(workspace, "SELECT count(*) FROM record_changes") == 1


def test_the_whole_seeker_file_round_trips_through_browse_and_the_correction_form(
    workspace: Workspace, admin: Actor
) -> None:
    dong = counselor_at(workspace, admin, "dong")
    careers = (
        Career("(주)가산", "경비", date(2015, 3, 1), date(2017, 12, 1)),
        Career("금천마트", None, date(2018, 1, 1), None),
    )
    s = seeker(
        workspace,
        dong,
        "박지현",
        date(2018, 10, 2),
        desk=parse_desk("독산동"),
        birth_date=date(1975, 5, 6),
        gender=Gender.FEMALE,
        phone="01077778888",
        address="서울 금천구 독산동 100",
        desired_job="경비원",
        desired_code="5420",
        desired_employment=EmploymentType.REGULAR,
        resident=True,
        groups=("경력단절여성", "중장년"),
        education=Education.HIGH,
        careers=careers,
        certificates=("지게차운전기능사", "요양보호사"),
        desired_wage="월 200만원",
        desired_area="구로구, 금천구",
        sms_consent=True,
        sms_consent_on=date(2018, 10, 2),
    )
    detail = workspace.browse.seeker(dong, s.id)
    assert (detail.desk, detail.site, detail.phone, detail.gender) == (
        "dong",
        "독산동",
        "010-7777-8888",
        "여",
    )
    assert (detail.resident, detail.groups, detail.education) == (
        True,
        ("중장년", "경력단절여성"),
        "고졸",  # groups in the list's order
    )
    assert detail.careers == careers
    assert detail.certificates == ("지게차운전기능사", "요양보호사")
    assert (detail.desired_wage, detail.desired_area) == ("월 200만원", "구로구, 금천구")
    assert (detail.sms_consent, detail.sms_consent_on, detail.consent_on) == (
        True,
        date(2018, 10, 2),
        TODAY,
    )
    assert (detail.desired_code, detail.desired_employment) == ("5420", "정규직")
    assert detail.counselor_name == "dong 상담사"  # the registering counselor by default

    form = workspace.corrections.editable(dong, RecordKind.SEEKER, s.number)
    assert form.values == {
        "성명": "박지현",
        "등록창구": "독산동",
        "등록일": "2018-10-02",
        "생년월일": "1975-05-06",
        "성별": "여",
        "연락처": "010-7777-8888",
        "주소": "서울 금천구 독산동 100",
        "희망직종": "경비원",
        "담당상담사": "dong 상담사",
        "희망직종코드": "5420",
        "희망고용형태": "정규직",
        "구민여부": "예",
        "대상그룹": "중장년, 경력단절여성",
        "최종학력": "고졸",
        "경력": "(주)가산, 경비, 2015-03~2017-12\n금천마트, 2018-01~",
        "자격증": "지게차운전기능사, 요양보호사",
        "희망임금": "월 200만원",
        "희망근무지역": "구로구, 금천구",
        "SMS수신동의": "예",
        "SMS동의일": "2018-10-02",
    }
    # The form's text reads back as the same values: saving it unchanged changes nothing.
    count = scalar(workspace, "SELECT count(*) FROM record_changes")
    assert change(workspace, dong, RecordKind.SEEKER, s.number, form.values) == ()
    assert scalar(workspace, "SELECT count(*) FROM record_changes") == count

    # A new SMS answer without its date is dated today (2018-10-30); emptied lists clear.
    assert change(
        workspace,
        dong,
        RecordKind.SEEKER,
        s.number,
        {
            "경력": "금천마트, 계산원, 2018-01~2018-09",
            "자격증": "",
            "SMS수신동의": "아니오",
            "최종학력": "대학교",
        },
    ) == (
        FieldChange(
            "경력",
            "(주)가산, 경비, 2015-03~2017-12; 금천마트, 2018-01~",
            "금천마트, 계산원, 2018-01~2018-09",
        ),
        FieldChange("자격증", "지게차운전기능사, 요양보호사", ""),
        FieldChange("SMS수신동의", "예", "아니오"),
        FieldChange("최종학력", "고졸", "대졸"),
        FieldChange("SMS동의일", "2018-10-02", "2018-10-30"),
    )
    detail = workspace.browse.seeker(dong, s.id)
    assert detail.careers == (Career("금천마트", "계산원", date(2018, 1, 1), date(2018, 9, 1)),)
    assert (detail.certificates, detail.sms_consent, detail.sms_consent_on) == ((), False, TODAY)
    assert rows(workspace, f"SELECT count(*) FROM seeker_careers WHERE seeker_id={s.id}") == [(1,)]


def test_matching_ranks_by_the_wanted_area_and_wage(workspace: Workspace, plus: Actor) -> None:
    wants = seeker(
        workspace,
        plus,
        "김민수",
        desired_job="경비원",
        desired_area="구로구",
        desired_wage="월 250만원",
    )
    plain = seeker(workspace, plus, "이영희", desired_job="경비원")
    guro = employer(workspace, plus, "구로경비", address="서울 구로구 디지털로 300")
    geum = employer(workspace, plus, "가산경비", address="서울 금천구 가산디지털1로 1")
    guro2 = employer(workspace, plus, "구로관리", address="서울 구로구 구로동 10")
    day = date(2018, 10, 10)
    a = opening(workspace, plus, guro.number, "경비원", day=day, wage="월 260만원")
    b = opening(workspace, plus, geum.number, "경비원", day=day, wage="월 200만원")
    c = opening(workspace, plus, guro2.number, "경비원", day=day, wage="월 240만원")
    same = "같은 직업(세분류)"  # all three 경비원 → 5420, as the seekers' wish

    def ranked(who: Saved) -> list[tuple[str, tuple[int, ...], tuple[str, ...]]]:
        return [
            (m.number, m.score, m.reasons)
            for m in workspace.matching.openings_for_seeker(plus, who.id)
        ]

    # (occupation, place, employment type, wage fit, wage): the 구로구 ones score 3 for the
    # wanted area, 금천구 2; 260만 ≥ 250만 fits (1), 240만 and 200만 do not (-1).
    assert ranked(wants) == [
        (
            a.number,
            (4, 3, 0, 1, 2_600_000),
            (same, "희망 근무지역(구로구)", "희망 임금 이상(월 260만원)"),
        ),
        (c.number, (4, 3, 0, -1, 2_400_000), (same, "희망 근무지역(구로구)", "월 240만원")),
        (b.number, (4, 2, 0, -1, 2_000_000), (same, "금천구", "월 200만원")),
    ]
    # With no area or wage wanted: 금천구 first (2), 구로구 a neighbour (1), then by wage.
    assert ranked(plain) == [
        (b.number, (4, 2, 0, 0, 2_000_000), (same, "금천구", "월 200만원")),
        (a.number, (4, 1, 0, 0, 2_600_000), (same, "이웃 구로구", "월 260만원")),
        (c.number, (4, 1, 0, 0, 2_400_000), (same, "이웃 구로구", "월 240만원")),
    ]
    # Matching follows a correction of the wish at once.
    change(workspace, plus, RecordKind.SEEKER, plain.number, {"희망근무지역": "구로구"})
    assert [n for n, _, _ in ranked(plain)] == [a.number, c.number, b.number]
    # And the other way round: for opening a, the seeker wanting 구로구 says so.
    for_a = workspace.matching.seekers_for_opening(plus, a.id)
    assert {m.number: m.reasons for m in for_a}[wants.number] == (
        same,
        "희망 근무지역(구로구)",
        "희망 임금 이상(월 260만원)",
    )


def test_the_import_writes_the_new_columns_and_empties_what_it_cannot_read(
    workspace: Workspace, admin: Actor, tmp_path: Path
) -> None:
    book = write_book(tmp_path / "new-columns.xlsx", {"구직자": [
        ["구직자번호", "성명", "등록창구", "등록일", "구민여부", "대상그룹", "최종학력", "경력",
         "자격증", "희망임금", "희망근무지역", "SMS수신동의", "SMS동의일"],
        ["S1", "김민수", "plus", "2018-10-02", "예", "청년, 장애인", "대졸",
         "(주)가산, 경비, 2015-03~2017-12", "지게차운전기능사\n요양보호사", "월 230만원",
         "구로구", "동의", "2018-10-02"],
        ["S2", "이영희", "G밸리", "2018-10-03", "글쎄", "청년, 노숙인", "박사과정",
         "가산물류, 상차, 2019-13~", None, None, None, "x", None],
    ]})  # fmt: skip
    report = workspace.imports.import_workbook(admin, book)
    assert report.counts["구직자"] == 2
    # Row 3 (S2): 구민여부, 최종학력 and 경력 cannot be read (a month 13), and 노숙인 is no
    # group of the list; each is left out with a warning, in the order of the columns.
    s2_notes = [w for w in report.warnings if w.startswith("[구직자] 3행")]
    assert [re.findall(r"3행 '([^']+)'", w)[0] for w in s2_notes] == [
        "구민여부",
        "최종학력",
        "경력",
        "대상그룹",
    ]
    assert all("비워 둡니다" in w for w in s2_notes[:3]) and "노숙인" in s2_notes[3]
    assert not [w for w in report.warnings if w.startswith("[구직자] 2행")]

    ids = {
        number: int(str(id_))
        for number, id_ in rows(workspace, "SELECT seeker_no, id FROM job_seekers")
    }
    s1 = workspace.browse.seeker(admin, ids["S1"])
    assert (s1.resident, s1.groups, s1.education) == (True, ("청년", "장애인"), "대졸")
    assert s1.careers == (Career("(주)가산", "경비", date(2015, 3, 1), date(2017, 12, 1)),)
    assert s1.certificates == ("지게차운전기능사", "요양보호사")
    assert (s1.desired_wage, s1.desired_area) == ("월 230만원", "구로구")
    assert (s1.sms_consent, s1.sms_consent_on) == (True, date(2018, 10, 2))
    s2 = workspace.browse.seeker(admin, ids["S2"])
    assert (s2.resident, s2.groups, s2.education, s2.careers) == (None, ("청년",), None, ())
    assert (s2.certificates, s2.desired_wage, s2.desired_area, s2.sms_consent) == (
        (),
        "",
        "",
        False,
    )
    # The history of an imported record starts with the workbook it came from.
    story = workspace.corrections.history(admin, RecordKind.SEEKER, "S1")
    assert lines(story) == [("admin", "등록", "", "가져오기: new-columns.xlsx", "")]


def test_an_employers_and_an_openings_page_show_a_counselor_their_desks_work_only(
    workspace: Workspace, admin: Actor, plus: Actor, gvalley: Actor
) -> None:
    firm = employer(workspace, plus, "(주)가산정밀")
    job = opening(workspace, plus, firm.number, headcount=2)
    ours = seeker(workspace, plus, "우리창구")
    theirs = seeker(workspace, gvalley, "다른창구")
    for actor, person in ((plus, ours), (gvalley, theirs)):
        workspace.records.refer(actor, Refer(person.number, job.number, date(2018, 10, 3)))
    workspace.records.record_placement(
        gvalley, RecordPlacement(theirs.number, date(2018, 10, 20), opening_no=job.number)
    )
    mine = workspace.browse.employer(plus, firm.id)
    assert [r.seeker_name for r in mine.referrals] == ["우리창구"]
    assert (mine.placements, mine.other_desks) == ((), 2)  # G밸리's referral and placement
    assert [(o.opening_no, o.hires, o.status) for o in mine.openings] == [(job.number, 1, "모집중")]
    everyone = workspace.browse.employer(admin, firm.id)
    assert sorted(r.seeker_name for r in everyone.referrals) == ["다른창구", "우리창구"]
    assert [p.seeker_name for p in everyone.placements] == ["다른창구"]
    assert everyone.other_desks == 0
    page = workspace.browse.opening(gvalley, job.id)
    assert [r.seeker_name for r in page.referrals] == ["다른창구"]
    assert [p.kind for p in page.placements] == ["알선취업"]
    assert (page.employer_no, page.other_desks) == (firm.number, 1)
    logged = rows(
        workspace,
        "SELECT subject_kind, detail FROM access_log WHERE action = 'view' ORDER BY id",
    )
    assert logged == [
        ("employer", "구인업체 열람"),
        ("employer", "구인업체 열람"),
        ("job_opening", "구인 열람"),
    ]
