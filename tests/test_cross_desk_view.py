"""What a counselor sees of other desks, decided once and kept by the services: of another
desk's seeker the name, the masked phone, the desk and the day of registration (enough not
to register them twice), each showing logged; of other desks' sessions, referrals and
placements nothing."""

from __future__ import annotations

from datetime import date

from conftest import counselor_at, rows

from deskapp.domain.access import Actor
from deskapp.domain.commands import (
    LogSession,
    RecordPlacement,
    Refer,
    RegisterEmployer,
    RegisterOpening,
    RegisterSeeker,
)
from deskapp.services.browse import SeekerFilter
from deskapp.services.workspace import Workspace


def _world(workspace: Workspace, admin: Actor) -> dict[str, object]:
    plus = counselor_at(workspace, admin, "plus")
    gvalley = counselor_at(workspace, admin, "gvalley")
    r = workspace.records
    mine = r.register_seeker(
        plus,
        RegisterSeeker(
            name="김우리",
            registered_on=date(2018, 10, 1),
            consented=True,
            phone="01011112222",
            birth_date=date(1980, 1, 1),
            desired_job="경비",
        ),
    )
    theirs = r.register_seeker(
        gvalley,
        RegisterSeeker(
            name="김다른",
            registered_on=date(2018, 10, 2),
            consented=True,
            phone="01033334444",
            birth_date=date(1975, 5, 5),
            desired_job="요양보호사",
        ),
    )
    employer = r.register_employer(gvalley, RegisterEmployer(name="(주)지밸리"))
    opening = r.register_opening(
        gvalley, RegisterOpening(employer.number, "요양보호사", 1, date(2018, 10, 1))
    )
    r.log_session(gvalley, LogSession(theirs.number, date(2018, 10, 3), notes="비밀 상담"))
    r.refer(gvalley, Refer(theirs.number, opening.number, date(2018, 10, 4)))
    r.record_placement(
        gvalley, RecordPlacement(theirs.number, date(2018, 10, 20), opening_no=opening.number)
    )
    r.log_session(plus, LogSession(mine.number, date(2018, 10, 5)))
    return {"plus": plus, "gvalley": gvalley, "mine": mine, "theirs": theirs}


def test_another_desks_seeker_shows_only_name_masked_phone_desk_and_day(
    workspace: Workspace, admin: Actor
) -> None:
    world = _world(workspace, admin)
    plus = world["plus"]
    assert isinstance(plus, Actor)
    found = {s.name: s for s in workspace.browse.search_seekers(plus, "김")}
    own, other = found["김우리"], found["김다른"]
    assert (own.birth, own.desired_job, own.counselor_name) == ("1980-**-**", "경비", "plus 상담사")
    assert (other.phone, other.desk, other.registered_on) == (
        "010-****-4444",
        "gvalley",
        date(2018, 10, 2),
    )
    assert (other.birth, other.desired_job, other.counselor_name) == ("", "", "")
    logged = rows(
        workspace,
        "SELECT username, subject_kind, detail FROM access_log "
        "WHERE subject_kind = 'job_seeker_list'",
    )
    number = world["theirs"].number  # type: ignore[attr-defined]
    assert logged == [
        ("c-plus", "job_seeker_list", f"다른 창구 구직자 1명의 이름·연락처 일부 표시: {number}")
    ]
    # A team lead sees everyone in full, and nothing is logged as cross-desk.
    lead_view = {s.name: s for s in workspace.browse.search_seekers(admin, "김")}
    assert lead_view["김다른"].desired_job == "요양보호사"
    assert (
        len(rows(workspace, "SELECT id FROM access_log WHERE subject_kind = 'job_seeker_list'"))
        == 1
    )


def test_other_desks_sessions_referrals_and_placements_are_not_listed_to_a_counselor(
    workspace: Workspace, admin: Actor
) -> None:
    world = _world(workspace, admin)
    plus, gvalley = world["plus"], world["gvalley"]
    assert isinstance(plus, Actor) and isinstance(gvalley, Actor)
    browse = workspace.browse
    assert len(browse.session_ids(plus)) == 1  # their own desk's only, with 전체 asked
    assert list(browse.session_ids(plus, desk="gvalley")) == []
    assert list(browse.referral_ids(plus)) == [] and list(browse.placement_ids(plus)) == []
    every = browse.session_ids(admin)
    assert len(every) == 2
    assert [s.seeker_name for s in browse.sessions(plus, list(every))] == ["김우리"]
    referral_ids, placement_ids = browse.referral_ids(admin), browse.placement_ids(admin)
    assert browse.referrals(plus, list(referral_ids)) == []
    assert browse.placements(plus, list(placement_ids)) == []
    assert len(browse.referrals(gvalley, list(referral_ids))) == 1
    assert [
        s.name for s in browse.seekers(plus, list(browse.seeker_ids(plus, SeekerFilter())))
    ] == ["김다른", "김우리"]
