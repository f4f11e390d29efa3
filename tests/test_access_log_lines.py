"""The access log's lines as the services write and read them: one line per record opened,
one per card output, readable subjects, and the CSV of a filtered view."""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta

import pytest
from conftest import add_seeker, counselor_at, rows

from deskapp.domain.access import Actor
from deskapp.domain.audit import AccessAction, subject_text
from deskapp.domain.commands import RegisterEmployer
from deskapp.domain.dates import Period
from deskapp.domain.errors import PermissionDenied
from deskapp.services.workspace import Workspace

NOW = Period(date.today() - timedelta(days=1), date.today() + timedelta(days=1))


def _seeker_lines(workspace: Workspace) -> list[tuple[object, ...]]:
    return rows(
        workspace,
        "SELECT username, action, detail FROM access_log "
        "WHERE subject_kind = 'job_seeker' AND action <> 'create' ORDER BY id",
    )


def test_opening_a_record_writes_one_line_refused_or_not(
    workspace: Workspace, admin: Actor, plus: Actor
) -> None:
    seeker = add_seeker(workspace, plus, "홍길동", "2018-09-03")
    detail, timeline = workspace.browse.seeker_record(plus, seeker.id)
    assert detail.name == "홍길동" and timeline == []
    gvalley = counselor_at(workspace, admin, "gvalley")
    with pytest.raises(PermissionDenied):
        workspace.browse.seeker_record(gvalley, seeker.id)
    assert _seeker_lines(workspace) == [
        ("c-plus", "view", "구직자 기록 열람"),
        ("c-gvalley", "view", "구직자 기록 열람 (거부: 다른 창구)"),
    ]


def test_a_card_output_is_one_line_naming_the_output_and_its_reason(
    workspace: Workspace, plus: Actor
) -> None:
    seeker = add_seeker(workspace, plus, "홍길동", "2018-09-03")
    workspace.browse.seeker_card(plus, seeker.id, "본인 요청", printing=True)
    workspace.browse.seeker_card(plus, seeker.id, "보관", printing=False)
    assert _seeker_lines(workspace) == [
        ("c-plus", "print", "구직표 인쇄 (사유: 본인 요청)"),
        ("c-plus", "export", "구직표 PDF 저장 (사유: 보관)"),
    ]


def test_contacts_read_with_the_employers_record_add_no_line(
    workspace: Workspace, plus: Actor
) -> None:
    saved = workspace.records.register_employer(plus, RegisterEmployer("가산빌딩관리"))
    query = "SELECT detail FROM access_log WHERE action = 'view' AND subject_kind = 'employer'"
    assert workspace.outreach.contacts(plus, saved.id, logged=False) == []
    assert rows(workspace, query) == []
    workspace.outreach.contacts(plus, saved.id)
    assert rows(workspace, query) == [("기업 접촉 기록 열람",)]


def test_subjects_read_as_korean_never_none() -> None:
    assert subject_text("statistics", None, None) == "통계"
    assert subject_text("job_seeker", 3, "D00000012") == "구직자 D00000012"
    assert subject_text("user", 2, "c-plus") == "계정 c-plus"
    assert subject_text("event", 7, None) == "행사 (id 7)"
    assert subject_text("something_new", None, None) == "something_new"
    assert subject_text(None, None, None) == ""


def test_the_csv_holds_the_lines_of_the_filters(
    workspace: Workspace, admin: Actor, team_lead: Actor, plus: Actor
) -> None:
    workspace.statistics.export_table(team_lead, Period.year(2018), "월간 보고")
    workspace.statistics.export_table(plus, Period.year(2018), "창구 보고")
    add_seeker(workspace, plus, "홍길동", "2018-09-03")
    audit = workspace.audit
    every = list(csv.reader(io.StringIO(audit.csv_text(admin, NOW))))
    assert {row[3] for row in every[1:]} >= {"내보내기", "등록", "계정 관리"}
    lead_exports = list(
        csv.reader(io.StringIO(audit.csv_text(admin, NOW, (AccessAction.EXPORT,), "lead")))
    )
    assert lead_exports[0] == ["시각", "계정", "호스트", "행위", "대상", "대상번호", "내용"]
    [line] = lead_exports[1:]
    assert line[1] == "lead" and line[3:6] == ["내보내기", "통계", ""]
    assert line[6].endswith("사유: 월간 보고")
    shown = audit.entries(admin, NOW, (AccessAction.EXPORT,), "lead")
    assert [e.subject for e in shown] == ["통계"]
