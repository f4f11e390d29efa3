"""Occupations, registration periods, matching, follow-up and merging (services)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import PASSWORD, TODAY, add_seeker, new_seeker, rows
from sqlalchemy import text
from workbooks import NEWER_KECO

from deskapp.domain.access import Actor
from deskapp.domain.commands import (
    LogSession,
    RecordPlacement,
    Refer,
    RegisterEmployer,
    RegisterOpening,
    RegisterSeeker,
    opening_command,
)
from deskapp.domain.dates import Period
from deskapp.domain.errors import NotFound, PermissionDenied, ValidationError
from deskapp.domain.records import EmploymentType, Role
from deskapp.services.rules.records import Saved
from deskapp.services.workspace import Workspace


def _opening(
    workspace: Workspace, actor: Actor, job: str, day: date, address: str, wage: str
) -> Saved:
    employer = workspace.records.register_employer(
        actor, RegisterEmployer(f"(주){job}상사", address=address)
    ).number
    return workspace.records.register_opening(
        actor, RegisterOpening(employer, job, 1, day, wage=wage or None)
    )


def test_the_built_in_classification_and_free_text(workspace: Workspace, admin: Actor) -> None:
    occupations = workspace.occupations.occupations()
    assert len(occupations) == 631
    assert sum(o.level == 1 for o in occupations) == 10
    # Names that begin with the words first: 경비·청소 관리자, 경비원(건물 관리원), then others.
    assert [o.code for o in workspace.occupations.search_occupations("경비")][:3] == [
        "0143",
        "5420",
        "5413",
    ]
    minor = next(o for o in occupations if o.code == "541")
    assert minor.label == "(541)"  # minor groups have no names in the list: shown by code
    assert workspace.occupations.match_text("아파트 경비") == "5420"
    assert workspace.occupations.match_text("요양보호사, 간병") == "5501"
    assert workspace.occupations.match_text("아무거나") is None


def test_a_newer_list_can_be_loaded_and_a_bad_one_is_refused(
    workspace: Workspace, admin: Actor, counselor: Actor, tmp_path: Path
) -> None:
    newer = tmp_path / "keco-new.csv"
    newer.write_text(
        NEWER_KECO,
        encoding="utf-8",
    )
    with pytest.raises(PermissionDenied):
        workspace.occupations.load_classification(counselor, newer)
    assert workspace.occupations.load_classification(admin, newer).entries == 5
    assert workspace.occupations.match_text("경비") == "5412"
    bad = tmp_path / "bad.csv"
    bad.write_text("code,name,level,parent_code\n54,경비,2,5\n541,,2,54\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="3번째 줄"):
        workspace.occupations.load_classification(admin, bad)
    assert len(workspace.occupations.occupations()) == 5  # the refused file changed nothing


def test_registration_periods_expire_and_renew(workspace: Workspace, counselor: Actor) -> None:
    # today is 2018-10-30 in the fixture: a seeker registered 2018-08-03 ends 2018-11-03.
    ending = new_seeker(workspace, counselor, "김만료", "2018-08-03")
    new_seeker(workspace, counselor, "이신규", "2018-10-01")
    opening = _opening(
        workspace, counselor, "경비원", date(2018, 9, 2), "서울 금천구", "월 210만원"
    ).id
    soon = workspace.registration_periods.expiring(counselor, days=7)
    assert [(e.kind, e.id, e.active_until) for e in soon] == [
        ("job_opening", opening, date(2018, 11, 2)),
        ("job_seeker", ending, date(2018, 11, 3)),
    ]
    assert workspace.registration_periods.renew(counselor, "job_seeker", ending) == date(
        2019, 1, 30
    )
    assert [e.kind for e in workspace.registration_periods.expiring(counselor, days=7)] == [
        "job_opening"
    ]


def test_matching_ranks_by_occupation_then_place_with_reasons(
    workspace: Workspace, counselor: Actor
) -> None:
    seeker = new_seeker(
        workspace, counselor, "박경비", "2018-09-01", 희망직종="경비", 주소="서울 금천구 독산동"
    )
    far = _opening(
        workspace, counselor, "경비원", date(2018, 10, 1), "서울 강남구", "월 250만원"
    ).id
    near = _opening(
        workspace, counselor, "아파트 경비원", date(2018, 10, 2), "서울 금천구 가산동", "월 220만원"
    ).id
    guard_ish = _opening(workspace, counselor, "시설 경비", date(2018, 10, 3), "경기 광명시", "").id
    cook = _opening(
        workspace, counselor, "한식 조리사", date(2018, 10, 4), "서울 금천구", "월 260만원"
    ).id
    matches = workspace.matching.openings_for_seeker(counselor, seeker)
    assert [m.id for m in matches] == [near, far, guard_ish, cook]
    assert matches[0].reasons == ("같은 직업(세분류)", "금천구", "월 220만원")
    # 5413 시설·특수 경비원 shares only the middle group 54 with 5420 경비원.
    assert matches[2].reasons == ("같은 중분류", "이웃 광명시")
    for_opening = workspace.matching.seekers_for_opening(counselor, near)
    assert [m.id for m in for_opening] == [seeker]
    assert for_opening[0].reasons[0] == "같은 직업(세분류)"


def test_the_follow_up_worklist(workspace: Workspace, counselor: Actor) -> None:
    records = workspace.records
    quiet_saved = add_seeker(workspace, counselor, "최연락", "2018-09-01")
    quiet = quiet_saved.id
    records.log_session(counselor, LogSession(quiet_saved.number, date(2018, 9, 20)))
    busy_saved = add_seeker(workspace, counselor, "정최근", "2018-09-01")
    busy = busy_saved.id
    records.log_session(counselor, LogSession(busy_saved.number, date(2018, 10, 25)))
    opening = _opening(workspace, counselor, "청소원", date(2018, 9, 1), "서울 금천구", "")
    records.refer(counselor, Refer(busy_saved.number, opening.number, date(2018, 10, 10)))
    stale_saved = add_seeker(workspace, counselor, "오래전", "2018-05-01")
    stale = stale_saved.id
    earlier = _opening(workspace, counselor, "경비원", date(2018, 6, 1), "서울 금천구", "")
    records.refer(counselor, Refer(stale_saved.number, earlier.number, date(2018, 7, 20)))
    placed_saved = add_seeker(workspace, counselor, "한취업", "2018-07-01")
    placed = placed_saved.id
    placement = records.record_placement(
        counselor, RecordPlacement(placed_saved.number, date(2018, 8, 15))
    ).id
    work = workspace.follow_up.worklist(counselor)
    kinds = [(w.kind, w.seeker_id, w.months) for w in work]
    assert ("no_contact", quiet, None) in kinds and not any(
        k == "no_contact" and s == busy for k, s, _ in kinds
    )
    assert ("referral_pending", busy, None) in kinds
    # A referral of more than three months ago is no longer waited on.
    assert ("referral_pending", stale, None) not in kinds
    assert ("retention_due", placed, 1) in kinds and ("retention_due", placed, 3) not in kinds
    workspace.follow_up.record_retention(counselor, placement, 1, True, "재직 중")
    later = workspace.follow_up.worklist(counselor)
    assert ("retention_due", placed, 1) not in [(w.kind, w.seeker_id, w.months) for w in later]
    with pytest.raises(ValidationError, match="이미"):
        workspace.follow_up.record_retention(counselor, placement, 1, True)
    with pytest.raises(ValidationError):
        workspace.follow_up.record_retention(counselor, placement, 2, True)


def test_the_worklist_is_each_counselors_own(
    workspace: Workspace, admin: Actor, counselor: Actor
) -> None:
    colleague = workspace.accounts.create_user(
        admin, "c-plus-2", PASSWORD, Role.COUNSELOR, desk="plus", display_name="김상담"
    )
    mine = new_seeker(workspace, counselor, "최연락", "2018-09-01")
    theirs = new_seeker(workspace, colleague, "정동료", "2018-09-01")
    # Registered by someone else (an administrator's import, say) with 김상담 in charge.
    assigned = new_seeker(
        workspace, admin, "한배정", "2018-09-01", 등록창구="plus", 담당상담사="김상담"
    )

    def due(actor: Actor, days: int = 30) -> set[int]:
        return {w.seeker_id for w in workspace.follow_up.worklist(actor, days)}

    assert due(counselor) == {mine}
    assert due(colleague) == {theirs, assigned}
    lead = workspace.accounts.create_user(admin, "lead-2", PASSWORD, Role.TEAM_LEAD)
    assert due(lead) == {mine, theirs, assigned}
    # The number of days without contact is the counselor's to set.
    assert due(counselor, 59) == {mine}  # registered 2018-09-01, 59 days before
    assert due(counselor, 60) == set()
    with pytest.raises(ValidationError):
        workspace.follow_up.worklist(counselor, 0)


def test_merging_two_records_of_one_person_and_undoing_it(
    workspace: Workspace, admin: Actor, team_lead: Actor, counselor: Actor
) -> None:
    first = new_seeker(workspace, counselor, "김민수", "2018-03-02", 연락처="010-1111-2222")
    second_saved = add_seeker(workspace, counselor, "김민수", "2018-04-02", 연락처="010-1111-2222")
    second = second_saved.id
    workspace.records.log_session(counselor, LogSession(second_saved.number, date(2018, 4, 3)))
    workspace.records.record_placement(
        counselor, RecordPlacement(second_saved.number, date(2018, 5, 1))
    )
    year = Period.year(2018)
    before = workspace.statistics.table(admin, year).by_desk["plus"]
    with pytest.raises(PermissionDenied):
        workspace.merging.merge(counselor, first, second)
    merge = workspace.merging.merge(team_lead, first, second)
    after = workspace.statistics.table(admin, year).by_desk["plus"]
    assert after.job_seekers == before.job_seekers - 1  # the duplicate registration is gone
    assert (after.sessions, after.placements) == (before.sessions, before.placements)
    timeline = workspace.browse.timeline(team_lead, first)
    assert len(timeline) == 2
    with pytest.raises(NotFound):  # the merged record is void
        workspace.records.log_session(counselor, LogSession(second_saved.number, date(2018, 5, 2)))
    workspace.merging.undo_merge(team_lead, merge)
    assert workspace.statistics.table(admin, year).by_desk["plus"] == before
    assert len(workspace.browse.timeline(team_lead, second)) == 2
    with pytest.raises(NotFound):
        workspace.merging.undo_merge(team_lead, merge)
    trail = rows(workspace, "SELECT detail FROM access_log WHERE detail LIKE '병합%'")
    assert len(trail) == 2


def test_a_referral_is_made_once_and_matching_says_so(
    workspace: Workspace, counselor: Actor
) -> None:
    saved = add_seeker(workspace, counselor, "박경비", "2018-09-01", 희망직종="경비")
    guard = _opening(workspace, counselor, "경비원", date(2018, 10, 1), "서울 금천구", "")
    workspace.records.refer(counselor, Refer(saved.number, guard.number, date(2018, 10, 5)))
    with pytest.raises(ValidationError) as caught:
        workspace.records.refer(counselor, Refer(saved.number, guard.number, date(2018, 10, 30)))
    assert caught.value.problems == [("구인", "이 구인에는 2018-10-05에 이미 알선했습니다.")]
    assert rows(workspace, "SELECT count(*) FROM referrals") == [(1,)]
    (match,) = workspace.matching.openings_for_seeker(counselor, saved.id)
    assert match.reasons[:2] == ("이미 알선함 (2018-10-05)", "같은 직업(세분류)")
    (match,) = workspace.matching.seekers_for_opening(counselor, guard.id)
    assert match.reasons[0] == "이미 알선함 (2018-10-05)"


def test_seekers_are_found_only_for_an_open_opening_and_only_those_still_looking(
    workspace: Workspace, counselor: Actor
) -> None:
    looking = new_seeker(workspace, counselor, "박경비", "2018-09-01", 희망직종="경비")
    placed = add_seeker(workspace, counselor, "김취업", "2018-09-01", 희망직종="경비").number
    workspace.records.record_placement(counselor, RecordPlacement(placed, date(2018, 9, 20)))
    guard = _opening(workspace, counselor, "경비원", date(2018, 10, 1), "서울 금천구", "").id
    assert [m.id for m in workspace.matching.seekers_for_opening(counselor, guard)] == [looking]
    employer = workspace.records.register_employer(counselor, RegisterEmployer("(주)마감")).number
    closed = workspace.records.register_opening(
        counselor,
        RegisterOpening(employer, "경비원", 1, date(2018, 2, 1), closes_on=date(2018, 2, 28)),
    ).id
    with pytest.raises(ValidationError, match="마감되었거나"):
        workspace.matching.seekers_for_opening(counselor, closed)
    # Two texts stored under the same group code are said to share that group.
    driver = new_seeker(workspace, counselor, "최운전", "2018-09-01", 희망직종="운전")
    truck = _opening(workspace, counselor, "운전", date(2018, 10, 2), "서울 금천구", "").id
    first = workspace.matching.openings_for_seeker(counselor, driver)[0]
    assert (first.id, first.reasons[0]) == (truck, "같은 직업분류(소분류)")


def test_possible_duplicates_are_warned_at_entry_and_at_import(
    workspace: Workspace, admin: Actor, counselor: Actor, tmp_path: Path
) -> None:
    from workbooks import write_book

    first = workspace.records.register_seeker(
        counselor,
        RegisterSeeker(
            name="김민수",
            registered_on=date(2018, 3, 2),
            phone="01011112222",
            birth_date=date(1980, 5, 5),
            consented=True,
        ),
    )
    assert first.warnings == ()
    again = workspace.records.register_seeker(
        counselor,
        RegisterSeeker(
            name="김민서",
            registered_on=date(2018, 3, 3),
            birth_date=date(1980, 5, 5),
            consented=True,
        ),
    )
    assert again.warnings == (
        f"같은 초성과 생년월일의 구직자가 이미 있습니다: 김민수 ({first.number}). "
        "같은 사람인지 확인하세요.",
    )
    book = write_book(
        tmp_path / "dup.xlsx",
        {
            "구직자": [
                ["구직자번호", "성명", "등록창구", "등록일", "연락처", "생년월일"],
                ["X1", "박다른", "plus", "2018-04-01", "010-1111-2222", None],
                ["X2", "최새롬", "plus", "2018-04-01", "010-9999-8888", None],
                ["X3", "최새롬", "plus", "2018-04-02", "010-9999-8888", None],
            ]
        },
    )
    report = workspace.imports.import_workbook(admin, book)
    assert report.counts["구직자"] == 3  # warned, never blocked
    assert report.warnings == (
        f"[구직자] 2행 박다른: 같은 연락처: 김민수 ({first.number})",
        "[구직자] 4행 최새롬: 같은 연락처: 이 시트 3행",
    )


def test_openings_are_found_by_occupation_code(
    workspace: Workspace, admin: Actor, counselor: Actor
) -> None:
    guard = _opening(workspace, counselor, "아파트 경비원", date(2018, 10, 2), "서울 금천구", "").id
    _opening(workspace, counselor, "한식 조리사", date(2018, 10, 3), "서울 금천구", "")
    # Coded at registration; records from before (no code) are coded on request.
    assert rows(workspace, "SELECT occupation_code FROM job_openings ORDER BY id") == [
        ("5420",),
        ("5312",),
    ]
    with workspace.db.engine.begin() as connection:
        connection.execute(text("UPDATE job_openings SET occupation_code = NULL"))
    with pytest.raises(PermissionDenied):  # every desk's records: administrators only
        workspace.occupations.code_occupations(counselor)
    assert workspace.occupations.code_occupations(admin) == 2
    for typed in ("5420", "542", "54", "경비"):
        assert list(workspace.browse.opening_ids(counselor, typed)) == [guard], typed


def test_a_picked_code_is_stored_and_an_unknown_one_refused(
    workspace: Workspace, counselor: Actor
) -> None:
    picked = new_seeker(
        workspace,
        counselor,
        "정경비",
        "2018-09-01",
        희망직종="아파트 관리",
        희망직종코드="5413",
        희망고용형태="상용직",
    )
    typed = new_seeker(workspace, counselor, "한요양", "2018-09-01", 희망직종="요양보호사")
    unknown = new_seeker(workspace, counselor, "문모름", "2018-09-01", 희망직종="아무거나")
    assert rows(
        workspace, "SELECT id, desired_code, desired_employment FROM job_seekers ORDER BY id"
    ) == [(picked, "5413", "정규직"), (typed, "5501", None), (unknown, None, None)]
    for values, field in (
        ({"희망직종코드": "9999"}, "희망직종코드"),
        ({"희망직종코드": "54a"}, "희망직종코드"),
        ({"희망고용형태": "프리랜서"}, "희망고용형태"),
    ):
        with pytest.raises(ValidationError) as caught:
            new_seeker(workspace, counselor, "오류", "2018-09-02", **values)
        assert [p[0] for p in caught.value.problems] == [field]
    employer = workspace.records.register_employer(counselor, RegisterEmployer("(주)가산")).number
    with pytest.raises(ValidationError) as caught:
        workspace.records.register_opening(
            counselor,
            opening_command(
                {
                    "업체번호": employer,
                    "모집직종": "경비",
                    "모집인원": 1,
                    "등록일": "2018-09-03",
                    "모집직종코드": "8888",
                },
                TODAY,
            ),
        )
    assert caught.value.problems[0][0] == "모집직종코드"
    assert rows(workspace, "SELECT count(*) FROM job_seekers") == [(3,)]
    assert rows(workspace, "SELECT count(*) FROM job_openings") == [(0,)]


def test_matching_ranks_the_wanted_employment_type_first(
    workspace: Workspace, counselor: Actor
) -> None:
    seeker = new_seeker(
        workspace,
        counselor,
        "박경비",
        "2018-09-01",
        희망직종="경비",
        주소="서울 금천구 독산동",
        희망고용형태="정규직",
    )
    employer = workspace.records.register_employer(
        counselor, RegisterEmployer("(주)가산관리", address="서울 금천구 가산동")
    ).number

    def opening(kind: EmploymentType | None, wage: str) -> int:
        command = RegisterOpening(
            employer, "경비원", 1, date(2018, 10, 1), wage=wage, employment_type=kind
        )
        return workspace.records.register_opening(counselor, command).id

    contract = opening(EmploymentType.CONTRACT, "월 300만원")
    regular = opening(EmploymentType.REGULAR, "월 200만원")
    unsaid = opening(None, "월 250만원")
    matches = workspace.matching.openings_for_seeker(counselor, seeker)
    # Same occupation and place: the wanted type first, then unsaid, then another type;
    # the wage orders only within the same type.
    assert [m.id for m in matches] == [regular, unsaid, contract]
    assert matches[0].reasons == (
        "같은 직업(세분류)",
        "금천구",
        "희망 고용형태(정규직)",
        "월 200만원",
    )
    assert matches[0].subtitle == "1명, 월 200만원, 정규직"
    found = workspace.matching.seekers_for_opening(counselor, regular)
    assert found[0].id == seeker
    assert "희망 고용형태(정규직)" in found[0].reasons
    assert found[0].subtitle == "경비 (정규직)"
    assert workspace.matching.seekers_for_opening(counselor, contract)[0].reasons == (
        "같은 직업(세분류)",
        "금천구",
    )


def test_import_reads_codes_and_employment_types_and_never_refuses_for_them(
    workspace: Workspace, admin: Actor, tmp_path: Path
) -> None:
    from workbooks import write_book

    book = write_book(tmp_path / "codes.xlsx", {
        "구직자": [["구직자번호", "성명", "등록창구", "등록일", "희망직종", "희망직종코드",
                    "희망고용형태"],
                   ["S1", "김경비", "plus", "2018-04-01", "경비", None, "시간제"],
                   ["S2", "이요양", "plus", "2018-04-01", "간병", "5501", None]],
        "구인업체": [["업체번호", "업체명"], ["E1", "(주)금천"]],
        "구인": [["구인번호", "업체번호", "모집직종", "모집인원", "등록창구", "등록일",
                  "모집직종코드", "고용형태"],
                 ["J1", "E1", "아파트 경비원", 1, "plus", "2018-04-02", None, "일용"]],
    })  # fmt: skip
    workspace.imports.import_workbook(admin, book)
    assert rows(
        workspace,
        "SELECT seeker_no, desired_code, desired_employment FROM job_seekers ORDER BY seeker_no",
    ) == [("S1", "5420", "시간제"), ("S2", "5501", None)]
    assert rows(workspace, "SELECT occupation_code, employment_type FROM job_openings") == [
        ("5420", "일용직")
    ]
    # The extra columns never refuse a workbook the format accepts: what they cannot
    # read is left empty, with a warning, and the words decide the code.
    odd = write_book(tmp_path / "odd-codes.xlsx", {
        "구직자": [["구직자번호", "성명", "등록창구", "등록일", "희망직종", "희망직종코드",
                    "희망고용형태"],
                   ["S3", "박코드", "plus", "2018-04-01", "경비", "9999", "종신직"],
                   ["S4", "최숫자", "plus", "2018-04-01", "회계", 121, None],
                   ["S5", "정워크", "plus", "2018-04-01", None, "541301", "파견"]],
    })  # fmt: skip
    report = workspace.imports.import_workbook(admin, odd)
    assert report.counts["구직자"] == 3
    assert report.warnings == (
        "[구직자] 2행 '희망직종코드' '9999'는 직업분류에 없는 코드입니다. 낱말로 코드를 찾습니다.",
        "[구직자] 2행 '희망고용형태' '종신직'은 고용형태가 아닙니다 (정규직, 계약직, 시간제, "
        "일용직). 비워 둡니다.",
        "[구직자] 3행 '희망직종코드' '121': 코드는 텍스트로 적으세요 (숫자 칸에서는 앞자리 0이 "
        "사라집니다). 낱말로 코드를 찾습니다.",
        "[구직자] 4행 '희망고용형태' '파견'은 고용형태가 아닙니다 (정규직, 계약직, 시간제, "
        "일용직). 비워 둡니다.",
    )
    assert rows(
        workspace,
        "SELECT seeker_no, desired_code, desired_employment FROM job_seekers "
        "WHERE seeker_no IN ('S3', 'S4', 'S5') ORDER BY seeker_no",
    ) == [("S3", "5420", None), ("S4", "0271", None), ("S5", "5413", None)]
