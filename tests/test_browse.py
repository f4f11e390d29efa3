"""Finding people and reading records: search, lists on demand, masking, access."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import counselor_at

from deskapp.domain.access import Actor
from deskapp.domain.commands import (
    LogSession,
    RecordPlacement,
    Refer,
    RegisterEmployer,
    RegisterOpening,
    RegisterSeeker,
)
from deskapp.domain.errors import PermissionDenied
from deskapp.domain.hangul import match_position
from deskapp.domain.records import RecordKind
from deskapp.services.browse import SeekerFilter
from deskapp.services.rules.records import Saved
from deskapp.services.workspace import Workspace


@pytest.fixture
def people(workspace: Workspace, admin: Actor) -> dict[str, Saved]:
    plus = counselor_at(workspace, admin, "plus")
    gvalley = counselor_at(workspace, admin, "gvalley")
    ids = {}
    for actor, name, phone, day in (
        (gvalley, "김민수", "01011112222", date(2018, 1, 2)),
        (plus, "김민수", "01033334444", date(2018, 2, 2)),
        (plus, "김민지", "01055551234", date(2018, 3, 2)),
        (plus, "홍길동", "0226271234", date(2018, 4, 2)),
        (plus, "한가람", None, date(2018, 5, 2)),
        (plus, "나김민", None, date(2018, 6, 2)),
    ):
        key = f"{name}@{actor.desk}"
        ids[key] = workspace.records.register_seeker(
            actor,
            RegisterSeeker(
                name=name,
                phone=phone,
                registered_on=day,
                birth_date=date(1980, 5, 5),
                consented=True,
            ),
        )
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
        (gvalley, "김민수", date(2018, 1, 2)),
        (gvalley, "김민지", date(2018, 1, 3)),
        (gvalley, "김민호", date(2018, 1, 4)),
        (plus, "김명수", date(2018, 2, 1)),
        (plus, "강만수", date(2018, 3, 1)),
    ):
        workspace.records.register_seeker(
            actor, RegisterSeeker(name=name, registered_on=day, consented=True)
        )
    # Three 김민… before the one-of-a-kind beginnings, though those are of the own desk
    # and newer; among equals the own desk and then the newest come first.
    assert [s.name for s in workspace.browse.search_seekers(plus, "ㄱㅁ")] == [
        "김민호",
        "김민지",
        "김민수",
        "강만수",
        "김명수",
    ]
    # One letter is not weighed (too many names per keystroke): own desk, newest first.
    assert [s.name for s in workspace.browse.search_seekers(plus, "ㄱ")][:2] == ["강만수", "김명수"]


def test_search_by_initials_fragment_and_phone(
    workspace: Workspace, admin: Actor, people: dict[str, Saved]
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
    workspace: Workspace, admin: Actor, people: dict[str, Saved]
) -> None:
    ids = workspace.browse.seeker_ids(admin, SeekerFilter())
    assert len(ids) == 6 and ids.typecode == "q"
    rows = workspace.browse.seekers(admin, ids[:2])
    assert [r.name for r in rows] == ["나김민", "한가람"]  # newest first
    by_name = workspace.browse.seekers(
        admin, workspace.browse.seeker_ids(admin, SeekerFilter(sort="name", descending=False))
    )
    assert [r.name for r in by_name][:2] == ["김민수", "김민수"]
    only = workspace.browse.seekers(admin, workspace.browse.seeker_ids(admin, SeekerFilter("홍ㄱ")))
    assert [r.name for r in only] == ["홍길동"]
    assert only[0].phone == "02-****-1234" and only[0].birth == "1980-**-**"
    gvalley = workspace.browse.seeker_ids(admin, SeekerFilter(desk="gvalley"))
    assert len(gvalley) == 1


def test_a_list_opens_with_a_count_and_pages_in_every_order(
    workspace: Workspace, admin: Actor, people: dict[str, Saved]
) -> None:
    """Pages (by position, or right after the row before) are the id list's slices."""
    browse = workspace.browse
    for query in (
        SeekerFilter(),
        SeekerFilter(sort="registered_on", descending=False),
        SeekerFilter(sort="name", descending=False),
        SeekerFilter(sort="name"),
        SeekerFilter(sort="seeker_no", include_void=True),
        SeekerFilter(sort="desk", descending=False),
        SeekerFilter("김"),
        SeekerFilter("홍ㄱ"),
        SeekerFilter(desk="gvalley"),
    ):
        ids = list(browse.seeker_ids(admin, query))
        assert browse.seeker_count(admin, query) == len(ids), query
        for size in (1, 2, 4):
            pages = [browse.seeker_page(admin, query, 0, size)]
            while pages[-1]:
                offset = len(pages) * size
                by_key = browse.seeker_page(admin, query, offset, size, after=pages[-1][-1])
                assert by_key == browse.seeker_page(admin, query, offset, size), (query, size)
                pages.append(by_key)
            assert [s.id for page in pages for s in page] == ids, (query, size)
        for position, seeker_id in enumerate(ids):
            assert browse.seeker_position(admin, query, seeker_id) == position, query
    assert browse.seeker_position(admin, SeekerFilter("홍"), people["한가람@plus"].id) == -1


def test_counselors_read_only_their_own_desks_records(
    workspace: Workspace, admin: Actor, people: dict[str, Saved]
) -> None:
    gvalley = workspace.accounts.authenticate("c-gvalley", "test-pass-1")
    plus = workspace.accounts.authenticate("c-plus", "test-pass-1")
    hong = people["홍길동@plus"].id
    workspace.records.log_session(
        plus, LogSession(people["홍길동@plus"].number, date(2018, 5, 1), notes="건강 문제 상담")
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
    saved = workspace.records.register_seeker(
        counselor,
        RegisterSeeker(
            name="이경비", registered_on=date(2018, 3, 1), desired_job="경비", consented=True
        ),
    )
    seeker, number = saved.id, saved.number
    employer = workspace.records.register_employer(counselor, RegisterEmployer("(주)가산")).number
    guard = workspace.records.register_opening(
        counselor, RegisterOpening(employer, "아파트 경비원", 1, date(2018, 3, 2))
    )
    cook = workspace.records.register_opening(
        counselor, RegisterOpening(employer, "조리사", 1, date(2018, 3, 5))
    ).id
    workspace.records.register_opening(
        counselor,
        RegisterOpening(employer, "경비", 1, date(2018, 3, 1), closes_on=date(2018, 3, 3)),
    )
    openings = workspace.browse.open_openings(counselor, "경비", date(2018, 3, 10))
    assert [(o.id, o.fits) for o in openings] == [(guard.id, True), (cook, False)]
    workspace.records.log_session(
        counselor, LogSession(number, date(2018, 3, 10), next_contact_on=date(2018, 3, 17))
    )
    referral = workspace.records.refer(counselor, Refer(number, guard.number, date(2018, 3, 11)))
    timeline = workspace.browse.timeline(counselor, seeker)
    assert [e.kind for e in timeline] == [RecordKind.REFERRAL, RecordKind.SESSION]
    assert timeline[0].referral_pending and "(주)가산" in timeline[0].title
    assert "2018-03-17" in timeline[1].detail
    due = workspace.browse.due_follow_ups(counselor, date(2018, 3, 20))
    assert [d.seeker_id for d in due] == [seeker]
    workspace.records.record_placement(
        counselor, RecordPlacement(number, date(2018, 3, 20), referral_id=referral.id)
    )
    timeline = workspace.browse.timeline(counselor, seeker)
    assert timeline[0].kind is RecordKind.PLACEMENT and not timeline[1].referral_pending
    workspace.records.log_session(counselor, LogSession(number, date(2018, 3, 21)))
    assert workspace.browse.due_follow_ups(counselor, date(2018, 3, 22)) == []


def test_possible_duplicates(workspace: Workspace, admin: Actor, people: dict[str, Saved]) -> None:
    same_phone = workspace.browse.possible_duplicates(admin, "다른이", None, "01033334444")
    assert [s.name for s in same_phone] == ["김민수"]
    same_person = workspace.browse.possible_duplicates(admin, "김민수", date(1980, 5, 5), None)
    assert len(same_person) == 2
    assert workspace.browse.possible_duplicates(admin, "김민수", date(1990, 1, 1), None) == []


def test_referral_and_placement_lists(workspace: Workspace, counselor: Actor) -> None:
    seeker = workspace.records.register_seeker(
        counselor, RegisterSeeker(name="박알선", registered_on=date(2018, 3, 1), consented=True)
    ).number
    employer = workspace.records.register_employer(counselor, RegisterEmployer("(주)금천")).number
    opening = workspace.records.register_opening(
        counselor, RegisterOpening(employer, "조리사", 1, date(2018, 3, 2))
    ).number
    other = workspace.records.register_opening(
        counselor, RegisterOpening(employer, "주방 보조", 1, date(2018, 3, 2))
    ).number
    first = workspace.records.refer(counselor, Refer(seeker, other, date(2018, 3, 3))).id
    second = workspace.records.refer(counselor, Refer(seeker, opening, date(2018, 3, 4))).id
    workspace.corrections.record_outcome(counselor, first, "불합격")
    pending = workspace.browse.referral_ids(counselor, pending_only=True)
    assert list(pending) == [second]
    workspace.records.record_placement(
        counselor, RecordPlacement(seeker, date(2018, 3, 10), referral_id=second)
    )
    assert list(workspace.browse.referral_ids(counselor, pending_only=True)) == []
    items = workspace.browse.referrals(counselor, workspace.browse.referral_ids(counselor))
    assert [(r.id, r.placed, r.outcome, r.employer_name) for r in items] == [
        (second, True, "", "(주)금천"),
        (first, False, "불합격", "(주)금천"),
    ]
    placed = workspace.browse.placements(counselor, workspace.browse.placement_ids(counselor))
    assert [(p.seeker_name, p.kind) for p in placed] == [("박알선", "알선취업")]
