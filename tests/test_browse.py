"""Finding people and reading records: search, lists on demand, masking, access."""

from __future__ import annotations

from datetime import date

import pytest

from deskapp.domain.access import Actor
from deskapp.domain.audit import CONSENT_FIELD
from deskapp.domain.errors import PermissionDenied
from deskapp.domain.hangul import match_position
from deskapp.domain.records import RecordKind
from deskapp.services.browse import SeekerFilter
from deskapp.services.workspace import Workspace
from tests.conftest import counselor_at


@pytest.fixture
def people(workspace: Workspace, admin: Actor) -> dict[str, int]:
    plus = counselor_at(workspace, admin, "plus")
    gvalley = counselor_at(workspace, admin, "gvalley")
    ids = {}
    for actor, name, phone, day in (
        (gvalley, "김민수", "010-1111-2222", "2018-01-02"),
        (plus, "김민수", "010-3333-4444", "2018-02-02"),
        (plus, "김민지", "010-5555-1234", "2018-03-02"),
        (plus, "홍길동", "02-2627-1234", "2018-04-02"),
        (plus, "한가람", None, "2018-05-02"),
        (plus, "나김민", None, "2018-06-02"),
    ):
        key = f"{name}@{actor.desk}"
        ids[key] = workspace.records.register_seeker(
            actor,
            {
                CONSENT_FIELD: True,
                "성명": name,
                "연락처": phone,
                "등록일": day,
                "생년월일": "1980-05-05",
            },
        ).id
    return ids


def test_hangul_matching() -> None:
    assert match_position("홍길동", "ㅎㄱㄷ") == 0
    assert match_position("홍길동", "홍ㄱ") == 0
    assert match_position("홍길동", "길동") == 1
    assert match_position("홍길동", "ㄱㄷ") == 1
    assert match_position("홍길동", "홍ㄷ") == -1


def test_initials_list_the_commonest_name_beginnings_first(
    workspace: Workspace, admin: Actor
) -> None:
    plus = counselor_at(workspace, admin, "plus")
    gvalley = counselor_at(workspace, admin, "gvalley")
    for actor, name, day in (
        (gvalley, "김민수", "2018-01-02"),
        (gvalley, "김민지", "2018-01-03"),
        (gvalley, "김민호", "2018-01-04"),
        (plus, "김명수", "2018-02-01"),
        (plus, "강만수", "2018-03-01"),
    ):
        workspace.records.register_seeker(actor, {CONSENT_FIELD: True, "성명": name, "등록일": day})
    # Three 김민… before the one-of-a-kind beginnings, though those are of the own desk
    # and newer; among equals the own desk and then the newest come first.
    assert [s.name for s in workspace.browse.search_seekers(plus, "ㄱㅁ")] == [
        "김민호", "김민지", "김민수", "강만수", "김명수"]  # fmt: skip
    # One letter is not weighed (too many names per keystroke): own desk, newest first.
    assert [s.name for s in workspace.browse.search_seekers(plus, "ㄱ")][:2] == [
        "강만수", "김명수"]  # fmt: skip


def test_search_by_initials_fragment_and_phone(
    workspace: Workspace, admin: Actor, people: dict[str, int]
) -> None:
    plus = workspace.accounts.authenticate("c-plus", "test-pass-1")
    names = [s.name for s in workspace.browse.search_seekers(plus, "ㄱㅁ")]
    # 김민… at the start of the name first (own desk first), 나김민 after.
    assert names == ["김민지", "김민수", "김민수", "나김민"]
    first = workspace.browse.search_seekers(plus, "ㄱㅁ")[1]
    assert first.desk == "plus"  # the own desk's 김민수 before G밸리's
    assert [s.name for s in workspace.browse.search_seekers(plus, "홍ㄱ")] == ["홍길동"]
    assert [s.name for s in workspace.browse.search_seekers(plus, "ㅎㄱㄷ")] == ["홍길동"]
    assert [s.name for s in workspace.browse.search_seekers(plus, "길")] == ["홍길동"]
    assert {s.name for s in workspace.browse.search_seekers(plus, "1234")} == {"김민지", "홍길동"}
    assert workspace.browse.search_seekers(plus, "김민수")[0].name == "김민수"
    assert workspace.browse.search_seekers(plus, "%") == []


def test_lists_are_ids_then_rows_with_personal_data_masked(
    workspace: Workspace, admin: Actor, people: dict[str, int]
) -> None:
    ids = workspace.browse.seeker_ids(admin, SeekerFilter())
    assert len(ids) == 6 and ids.typecode == "q"
    rows = workspace.browse.seekers(admin, ids[:2])
    assert [r.name for r in rows] == ["나김민", "한가람"]  # newest first
    by_name = workspace.browse.seekers(admin, workspace.browse.seeker_ids(
        admin, SeekerFilter(sort="name", descending=False)))  # fmt: skip
    assert [r.name for r in by_name][:2] == ["김민수", "김민수"]
    only = workspace.browse.seekers(admin, workspace.browse.seeker_ids(admin, SeekerFilter("홍ㄱ")))
    assert [r.name for r in only] == ["홍길동"]
    assert only[0].phone == "02-****-1234" and only[0].birth == "1980-**-**"
    gvalley = workspace.browse.seeker_ids(admin, SeekerFilter(desk="gvalley"))
    assert len(gvalley) == 1


def test_counselors_read_only_their_own_desks_records(
    workspace: Workspace, admin: Actor, people: dict[str, int]
) -> None:
    gvalley = workspace.accounts.authenticate("c-gvalley", "test-pass-1")
    plus = workspace.accounts.authenticate("c-plus", "test-pass-1")
    hong = people["홍길동@plus"]
    workspace.records.log_session(
        plus, hong, {"상담일": "2018-05-01", "상담내용": "건강 문제 상담"}
    )
    # The other desk finds the person (name and masked phone) ...
    found = workspace.browse.search_seekers(gvalley, "홍길동")
    assert found[0].phone == "02-****-1234"
    # ... but cannot open the record or its notes.
    with pytest.raises(PermissionDenied):
        workspace.browse.seeker(gvalley, hong)
    with pytest.raises(PermissionDenied):
        workspace.browse.timeline(gvalley, hong)
    detail = workspace.browse.seeker(plus, hong)
    assert detail.phone == "02-2627-1234" and detail.birth_date == date(1980, 5, 5)
    assert workspace.browse.timeline(admin, hong)[0].detail == "건강 문제 상담"


def test_timeline_and_openings_that_fit(workspace: Workspace, counselor: Actor) -> None:
    seeker = workspace.records.register_seeker(
        counselor,
        {CONSENT_FIELD: True, "성명": "이경비", "등록일": "2018-03-01", "희망직종": "경비"},
    ).id
    employer = workspace.records.register_employer(counselor, {"업체명": "(주)가산"}).id
    guard = workspace.records.register_opening(
        counselor, employer, {"모집직종": "아파트 경비원", "모집인원": 1, "등록일": "2018-03-02"}
    ).id
    cook = workspace.records.register_opening(
        counselor, employer, {"모집직종": "조리사", "모집인원": 1, "등록일": "2018-03-05"}
    ).id
    workspace.records.register_opening(
        counselor, employer,
        {"모집직종": "경비", "모집인원": 1, "등록일": "2018-03-01", "마감일": "2018-03-03"},
    )  # fmt: skip
    openings = workspace.browse.open_openings(counselor, "경비", date(2018, 3, 10))
    assert [(o.id, o.fits) for o in openings] == [(guard, True), (cook, False)]
    workspace.records.log_session(
        counselor, seeker, {"상담일": "2018-03-10", "다음연락일": "2018-03-17"}
    )
    referral = workspace.records.refer(counselor, seeker, guard, {"알선일": "2018-03-11"})
    timeline = workspace.browse.timeline(counselor, seeker)
    assert [e.kind for e in timeline] == [RecordKind.REFERRAL, RecordKind.SESSION]
    assert timeline[0].referral_pending and "(주)가산" in timeline[0].title
    assert "2018-03-17" in timeline[1].detail
    due = workspace.browse.due_follow_ups(counselor, date(2018, 3, 20))
    assert [d.seeker_id for d in due] == [seeker]
    workspace.records.record_placement(counselor, seeker, {"취업일": "2018-03-20"}, referral.id)
    timeline = workspace.browse.timeline(counselor, seeker)
    assert timeline[0].kind is RecordKind.PLACEMENT and not timeline[1].referral_pending
    workspace.records.log_session(counselor, seeker, {"상담일": "2018-03-21"})
    assert workspace.browse.due_follow_ups(counselor, date(2018, 3, 22)) == []


def test_possible_duplicates(workspace: Workspace, admin: Actor, people: dict[str, int]) -> None:
    same_phone = workspace.browse.possible_duplicates(admin, "다른이", None, "01033334444")
    assert [s.name for s in same_phone] == ["김민수"]
    same_person = workspace.browse.possible_duplicates(admin, "김민수", date(1980, 5, 5), None)
    assert len(same_person) == 2
    assert workspace.browse.possible_duplicates(admin, "김민수", date(1990, 1, 1), None) == []


def test_referral_and_placement_lists(workspace: Workspace, counselor: Actor) -> None:
    seeker = workspace.records.register_seeker(
        counselor, {CONSENT_FIELD: True, "성명": "박알선", "등록일": "2018-03-01"}
    ).id
    employer = workspace.records.register_employer(counselor, {"업체명": "(주)금천"}).id
    opening = workspace.records.register_opening(
        counselor, employer, {"모집직종": "조리사", "모집인원": 1, "등록일": "2018-03-02"}
    ).id
    other = workspace.records.register_opening(
        counselor, employer, {"모집직종": "주방 보조", "모집인원": 1, "등록일": "2018-03-02"}
    ).id
    first = workspace.records.refer(counselor, seeker, other, {"알선일": "2018-03-03"}).id
    second = workspace.records.refer(counselor, seeker, opening, {"알선일": "2018-03-04"}).id
    workspace.records.record_outcome(counselor, first, "불합격")
    pending = workspace.browse.referral_ids(counselor, pending_only=True)
    assert list(pending) == [second]
    workspace.records.record_placement(counselor, seeker, {"취업일": "2018-03-10"}, second)
    assert list(workspace.browse.referral_ids(counselor, pending_only=True)) == []
    items = workspace.browse.referrals(counselor, workspace.browse.referral_ids(counselor))
    assert [(r.id, r.placed, r.outcome, r.employer_name) for r in items] == [
        (second, True, "", "(주)금천"), (first, False, "불합격", "(주)금천")]  # fmt: skip
    placed = workspace.browse.placements(counselor, workspace.browse.placement_ids(counselor))
    assert [(p.seeker_name, p.kind) for p in placed] == [("박알선", "알선취업")]
