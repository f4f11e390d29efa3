"""The demo generator: reproducible, realistic records that follow the district's 2018 table."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from deskapp.domain.access import Actor
from deskapp.domain.business import normalize_business_no
from deskapp.domain.dates import Period
from deskapp.domain.desks import DESK_CODES, DONG
from deskapp.domain.errors import AuthenticationFailed, ValidationError
from deskapp.domain.hangul import initials
from deskapp.domain.phone import normalize_phone
from deskapp.domain.records import Channel, EmploymentType, PlacementKind, Role, Verification
from deskapp.services.demo import (
    DEMO_END,
    SEED_TABLE,
    DemoReport,
    demo_period,
    demo_years,
    generate_demo,
    working_days,
)
from deskapp.services.workspace import Workspace
from deskapp.store.models import (
    CounselingSession,
    Employer,
    JobOpening,
    JobSeeker,
    Placement,
    Referral,
    RetentionCheck,
    User,
)

PASSWORD = "demo-pass-1"
SEEKERS = 1500
Counted = (
    type[JobSeeker]
    | type[Employer]
    | type[JobOpening]
    | type[CounselingSession]
    | type[Referral]
    | type[Placement]
)
COUNTED: dict[str, Counted] = {
    "job_seekers": JobSeeker,
    "employers": Employer,
    "job_openings": JobOpening,
    "sessions": CounselingSession,
    "referrals": Referral,
    "placements": Placement,
}
# Times a record was written or voided may be the real time; nothing counted depends on them.
CLOCK_COLUMNS = {"created_at", "voided_at"}
PERIOD = demo_period(SEEKERS)

Demo = tuple[Workspace, DemoReport]


def make_demo(path: Path, seekers: int = SEEKERS, seed: int = 1, **kwargs: Any) -> Demo:
    workspace, _ = Workspace.create(str(path), "admin", PASSWORD)
    try:
        report = generate_demo(workspace, PASSWORD, seekers=seekers, seed=seed, **kwargs)
    except BaseException:
        workspace.close()
        raise
    return workspace, report


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    made = make_demo(tmp_path_factory.mktemp("demo") / "a.sqlite3")
    yield made
    made[0].close()


@pytest.fixture(scope="module")
def admin(demo: Demo) -> Actor:
    return demo[0].accounts.authenticate("admin", PASSWORD)


def dump(workspace: Workspace) -> dict[str, list[tuple[Any, ...]]]:
    """Every counted table's rows in id order, without the wall-clock columns; and the users."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    with workspace.db.unit_of_work() as session:
        for key, model in COUNTED.items():
            table = model.__table__
            columns = [c for c in table.columns if c.name not in CLOCK_COLUMNS]
            out[key] = [tuple(r) for r in session.execute(select(*columns).order_by(table.c.id))]
        checks = RetentionCheck.__table__
        out["retention_checks"] = [
            tuple(r) for r in session.execute(select(checks).order_by(checks.c.id))
        ]
        out["users"] = [
            tuple(r)
            for r in session.execute(
                select(User.username, User.display_name, User.role, User.desk_id).order_by(User.id)
            )
        ]
    return out


def rows(workspace: Workspace, *columns: Any, where: Any = None) -> list[Any]:
    query = select(*columns)
    if where is not None:
        query = query.where(where)
    with workspace.db.unit_of_work() as session:
        return list(session.execute(query).all())


# -- reproducibility ------------------------------------------------------------------------


def test_same_seed_gives_the_same_records_and_another_seed_others(
    demo: Demo, tmp_path: Path
) -> None:
    first = dump(demo[0])
    again, report = make_demo(tmp_path / "b.sqlite3")
    try:
        assert dump(again) == first
        assert report.counts == demo[1].counts
    finally:
        again.close()
    other, _ = make_demo(tmp_path / "c.sqlite3", seed=2)
    try:
        different = dump(other)
    finally:
        other.close()
    for key in COUNTED:
        assert different[key] != first[key], key
    assert different["users"] == first["users"]


def test_the_span_ends_on_the_fixed_day_whatever_today_is() -> None:
    assert date(2026, 10, 31) == DEMO_END
    assert demo_years(1500) == 1
    assert demo_years(20_000) == 3
    assert demo_years(60_000) == 9
    assert demo_years(65_000) == 10
    assert demo_years(1_600_000) == 10  # Seoul scale: more districts, not more years
    assert demo_period(20_000) == Period(date(2024, 1, 1), date(2026, 10, 31))
    assert demo_period(1500, date(2019, 6, 30)) == Period(date(2019, 1, 1), date(2019, 6, 30))
    days = working_days(Period(date(2026, 9, 21), date(2026, 10, 11)))
    assert date(2026, 9, 25) not in days  # 추석
    assert date(2026, 10, 3) not in days  # a Saturday, and 개천절
    assert date(2026, 10, 9) not in days  # 한글날
    assert all(d.weekday() < 5 for d in days)


# -- accounts ---------------------------------------------------------------------------------


def test_report_lists_every_account_and_the_rows_written(demo: Demo) -> None:
    workspace, report = demo
    accounts = {a.username: a for a in report.accounts}
    assert list(accounts) == ["admin", "lead", "plus1", "gvalley1", "dong1", "welfare1"]
    assert accounts["admin"].role is Role.ADMIN
    assert accounts["lead"].role is Role.TEAM_LEAD and accounts["lead"].desk is None
    for code in DESK_CODES:
        counselor = accounts[f"{code}1"]
        assert counselor.role is Role.COUNSELOR and counselor.desk == code
    names = [a.display_name for a in report.accounts if a.username != "admin"]
    assert all(2 <= len(n) <= 4 and initials(n) != n for n in names)  # Hangul names
    assert len(set(names)) == len(names)
    assert report.period == PERIOD
    for key, model in COUNTED.items():
        assert report.counts[key] == rows(workspace, func.count(model.id))[0][0], key
    assert report.counts["job_seekers"] == SEEKERS
    assert report.total == sum(report.counts.values())


def test_every_account_logs_in_with_the_demo_password(demo: Demo) -> None:
    workspace, report = demo
    for account in report.accounts:
        actor = workspace.accounts.authenticate(account.username, PASSWORD)
        assert (actor.role, actor.desk, actor.display_name) == (
            account.role,
            account.desk,
            account.display_name,
        )


def test_records_are_made_by_the_counselor_of_their_desk(demo: Demo) -> None:
    workspace, _ = demo
    desk_ids = workspace.db.desk_ids()
    users = dict(rows(workspace, User.id, User.desk_id))
    for model in (JobSeeker, JobOpening, CounselingSession, Referral, Placement):
        for desk_id, created_by in rows(workspace, model.desk_id, model.created_by):
            assert users[created_by] == desk_id
    assert set(desk_ids.values()) == {d for (d,) in rows(workspace, JobSeeker.desk_id)}


def test_a_wrong_password_writes_nothing(tmp_path: Path) -> None:
    workspace, _ = Workspace.create(str(tmp_path / "d.sqlite3"), "admin", PASSWORD)
    try:
        with pytest.raises(AuthenticationFailed):
            generate_demo(workspace, "other-pass-2", seekers=10)
        with pytest.raises(ValidationError):
            generate_demo(workspace, PASSWORD, seekers=0)
        assert rows(workspace, func.count(User.id))[0][0] == 1
        assert rows(workspace, func.count(JobSeeker.id))[0][0] == 0
    finally:
        workspace.close()


# -- realistic values -----------------------------------------------------------------------


def test_people_have_korean_names_valid_phones_and_working_ages(demo: Demo) -> None:
    workspace, _ = demo
    people = rows(
        workspace,
        JobSeeker.seeker_no,
        JobSeeker.name,
        JobSeeker.name_initials,
        JobSeeker.birth_date,
        JobSeeker.gender,
        JobSeeker.phone,
        JobSeeker.address,
        JobSeeker.desired_job,
        JobSeeker.registered_on,
    )
    assert len({p.seeker_no for p in people}) == len(people)
    for p in people:
        assert normalize_phone(p.phone) == p.phone and p.phone.startswith("010")
        assert p.name_initials == initials(p.name)
        assert 2 <= len(p.name) <= 4 and all("가" <= ch <= "힣" for ch in p.name)
        assert p.gender in ("남", "여")
        born = p.birth_date
        age = p.registered_on.year - born.year
        age -= (p.registered_on.month, p.registered_on.day) < (born.month, born.day)
        assert 18 <= age <= 75
        assert p.desired_job
        assert "구 " in p.address or "시 " in p.address
    kim = sum(p.name.startswith("김") for p in people) / len(people)
    assert 0.17 <= kim <= 0.27
    three = sum(len(p.name) == 3 for p in people) / len(people)
    assert three > 0.9
    geumcheon = sum("금천구" in p.address for p in people) / len(people)
    assert 0.75 <= geumcheon < 1.0
    assert {"남", "여"} == {p.gender for p in people}


def test_employers_have_valid_business_numbers_and_openings_valid_terms(demo: Demo) -> None:
    workspace, _ = demo
    employers = rows(
        workspace,
        Employer.employer_no,
        Employer.name,
        Employer.business_no,
        Employer.phone,
        Employer.industry,
        Employer.contact_name,
    )
    assert len({e.business_no for e in employers}) == len(employers)
    for e in employers:
        assert normalize_business_no(e.business_no) == e.business_no
        assert normalize_phone(e.phone) == e.phone
        assert e.name and e.industry and e.contact_name
    assert any("(주)" in e.name or "주식회사" in e.name for e in employers)
    openings = rows(
        workspace,
        JobOpening.headcount,
        JobOpening.wage,
        JobOpening.occupation,
        JobOpening.registered_on,
        JobOpening.closes_on,
    )
    for o in openings:
        assert o.headcount >= 1 and o.occupation
        assert o.wage == "면접 후 결정" or o.wage.split()[0] in ("월", "시급", "연봉", "일급")
        assert o.closes_on is None or o.closes_on > o.registered_on
    # The year's minimum wage is a common offer (2026: 10,320원).
    assert any(o.wage == "시급 10,320원" for o in openings)


def test_sessions_and_placements_use_the_vocabularies(demo: Demo) -> None:
    workspace, _ = demo
    codes = workspace.db.desk_codes()
    channels = {
        (codes[d], c)
        for d, c in rows(workspace, CounselingSession.desk_id, CounselingSession.channel)
    }
    assert {c for _, c in channels} == {c.value for c in Channel}
    assert {d for d, c in channels if c == Channel.OUTREACH} == {"plus"}
    for kind, verification in rows(workspace, Placement.kind, Placement.verification):
        assert PlacementKind(kind) and Verification(verification)


def test_seekers_and_openings_are_coded_and_typed_as_registrations_are(demo: Demo) -> None:
    workspace, _ = demo
    occupations = workspace.occupations
    for model, text, code in (
        (JobSeeker, JobSeeker.desired_job, JobSeeker.desired_code),
        (JobOpening, JobOpening.occupation, JobOpening.occupation_code),
    ):
        found = rows(workspace, text, code)
        assert found and all(c == occupations.match_text(t) and c for t, c in found), model
    kinds = {k.value for k in EmploymentType}
    typed = [k for (k,) in rows(workspace, JobOpening.employment_type)]
    assert set(typed) == kinds
    wanted = [k for (k,) in rows(workspace, JobSeeker.desired_employment)]
    assert set(wanted) == kinds | {None}
    assert 0.5 < sum(k is not None for k in wanted) / len(wanted) < 0.7  # 60% say one


# -- dates and references -------------------------------------------------------------------


def test_every_record_is_dated_within_the_span_and_after_its_seeker_registered(
    demo: Demo,
) -> None:
    workspace, _ = demo
    registered = dict(rows(workspace, JobSeeker.id, JobSeeker.registered_on))
    assert all(day in PERIOD for day in registered.values())
    opened = dict(rows(workspace, JobOpening.id, JobOpening.registered_on))
    assert all(day in PERIOD for day in opened.values())
    for seeker_id, on in rows(workspace, CounselingSession.seeker_id, CounselingSession.session_on):
        assert on in PERIOD and on >= registered[seeker_id]
    for r in rows(workspace, Referral.seeker_id, Referral.opening_id, Referral.referred_on):
        assert r.referred_on in PERIOD
        assert r.referred_on >= registered[r.seeker_id]
        assert r.referred_on >= opened[r.opening_id]
    sessions = [on for (on,) in rows(workspace, CounselingSession.session_on)]
    assert sum(on.weekday() < 5 for on in sessions) / len(sessions) > 0.98
    assert {on.month for on in sessions} == set(range(1, 11))


def test_placements_follow_a_referral_of_the_same_seeker_or_are_self_found(demo: Demo) -> None:
    workspace, _ = demo
    registered = dict(rows(workspace, JobSeeker.id, JobSeeker.registered_on))
    referrals = {
        r.id: r
        for r in rows(
            workspace,
            Referral.id,
            Referral.seeker_id,
            Referral.opening_id,
            Referral.referred_on,
            Referral.void,
        )
    }
    placements = rows(
        workspace,
        Placement.seeker_id,
        Placement.placed_on,
        Placement.kind,
        Placement.referral_id,
        Placement.opening_id,
        Placement.employer_name,
    )
    kinds = {
        PlacementKind.REFERRAL.value: 0,
        PlacementKind.SELF.value: 0,
        PlacementKind.EVENT.value: 0,
    }
    for p in placements:
        assert p.placed_on in PERIOD and p.placed_on >= registered[p.seeker_id]
        assert p.employer_name
        kinds[p.kind] += 1
        if p.kind == PlacementKind.REFERRAL:
            referral = referrals[p.referral_id]
            assert referral.seeker_id == p.seeker_id and not referral.void
            assert referral.opening_id == p.opening_id
            assert referral.referred_on <= p.placed_on
        else:
            assert p.referral_id is None and p.opening_id is None
    assert 0.6 < kinds[PlacementKind.REFERRAL] / len(placements) < 0.9
    assert kinds[PlacementKind.EVENT] > 0  # the plus desk's hires at its events
    people = {p.seeker_id for p in placements}
    assert 0 < len(placements) - len(people) < 0.1 * len(people)  # a few placed twice


def test_only_the_dong_desk_records_its_sites(demo: Demo) -> None:
    workspace, _ = demo
    dong = workspace.db.desk_ids()[DONG.code]
    sites = {workspace.db.site_ids()[(DONG.code, name)] for name in DONG.sites}
    for model in (JobSeeker, JobOpening, CounselingSession, Referral, Placement):
        found = rows(workspace, model.desk_id, model.site_id)
        assert {s for d, s in found if d == dong} <= sites
        assert {s for d, s in found if d != dong} == {None}
    used = {
        s
        for (s,) in rows(
            workspace, CounselingSession.site_id, where=CounselingSession.site_id.is_not(None)
        )
    }
    assert used == sites


# -- the statistics -------------------------------------------------------------------------


def test_statistics_follow_the_seed_table(demo: Demo, admin: Actor) -> None:
    workspace, _ = demo
    table = workspace.statistics.table(admin, PERIOD)
    total = table.total
    for key, seed in SEED_TABLE.items():
        counted = [table.by_desk[code].get(key) for code in DESK_CODES]
        shares = [c / sum(counted) for c in counted]
        expected = [s / sum(seed) for s in seed]
        for code, share, wanted in zip(DESK_CODES, shares, expected, strict=True):
            assert share == pytest.approx(wanted, abs=0.05), (key, code)
        per_seeker = sum(seed) / sum(SEED_TABLE["job_seekers"])
        assert total.get(key) / total.job_seekers == pytest.approx(per_seeker, rel=0.2), key
    by = table.by_desk
    assert max(DESK_CODES, key=lambda d: by[d].job_seekers) == "plus"
    assert max(DESK_CODES, key=lambda d: by[d].job_openings) == "gvalley"
    assert max(DESK_CODES, key=lambda d: by[d].sessions) == "plus"
    assert max(DESK_CODES, key=lambda d: by[d].placements) == "plus"
    assert by["dong"].referrals > by["welfare"].referrals > by["gvalley"].referrals
    assert by["welfare"].job_seekers > by["dong"].job_seekers > by["gvalley"].job_seekers
    assert by["dong"].job_openings < by["welfare"].job_openings


def test_voided_records_exist_and_do_not_count(demo: Demo, admin: Actor) -> None:
    workspace, _ = demo
    voided = {}
    for key, model in COUNTED.items():
        found = rows(
            workspace,
            model.void_reason,
            model.voided_at,
            model.voided_by,
            where=model.void.is_(True),
        )
        assert all(reason and at and by == admin.user_id for reason, at, by in found), key
        voided[key] = len(found)
        assert voided[key] <= 0.02 * rows(workspace, func.count(model.id))[0][0] + 1, key
    assert all(voided[key] > 0 for key in ("job_seekers", "sessions", "referrals")), voided
    assert sum(voided.values()) > 0.003 * sum(demo[1].counts.values())
    table = workspace.statistics.table(admin, PERIOD)
    valid = {
        key: rows(workspace, func.count(model.id), where=model.void.is_(False))[0][0]
        for key, model in COUNTED.items()
    }
    assert table.total.job_seekers == valid["job_seekers"]
    assert table.total.job_openings == valid["job_openings"]
    assert table.total.sessions == valid["sessions"]
    assert table.total.referrals == valid["referrals"]
    placed = rows(
        workspace, Placement.desk_id, Placement.seeker_id, where=Placement.void.is_(False)
    )
    assert table.total.placements == len(set(placed))


def test_a_voided_seeker_is_a_duplicate_with_no_records(demo: Demo) -> None:
    workspace, _ = demo
    duplicates = rows(
        workspace, JobSeeker.id, JobSeeker.name, JobSeeker.phone, where=JobSeeker.void.is_(True)
    )
    assert duplicates
    for seeker_id, name, phone in duplicates:
        same = rows(
            workspace, JobSeeker.id, where=(JobSeeker.phone == phone) & (JobSeeker.name == name)
        )
        assert len(same) >= 2
        for model in (CounselingSession, Referral, Placement):
            assert not rows(workspace, model.id, where=model.seeker_id == seeker_id)


# -- sizes and progress ---------------------------------------------------------------------


@pytest.mark.parametrize("seekers", [1, 7, 60])
def test_tiny_demos_still_hold_together(tmp_path: Path, seekers: int) -> None:
    workspace, report = make_demo(tmp_path / f"t{seekers}.sqlite3", seekers, end=date(2025, 1, 5))
    try:
        assert report.counts["job_seekers"] == seekers
        assert report.period == Period(date(2025, 1, 1), date(2025, 1, 5))
        for model, column in (
            (CounselingSession, CounselingSession.session_on),
            (Referral, Referral.referred_on),
            (Placement, Placement.placed_on),
        ):
            assert all(day in report.period for (day,) in rows(workspace, column)), model
    finally:
        workspace.close()


def test_progress_rises_to_the_total(tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    workspace, _ = make_demo(
        tmp_path / "p.sqlite3", 300, progress=lambda d, t: calls.append((d, t))
    )
    workspace.close()
    assert calls[0][0] == 0 and calls[-1][0] == calls[-1][1]
    assert all(a[0] <= b[0] for a, b in itertools.pairwise(calls))
    assert len({t for _, t in calls}) == 1


def test_every_year_has_the_plus_desks_events_with_people_and_hires(
    demo: Demo, admin: Actor
) -> None:
    from deskapp.domain.events import EventGrouping, EventKind
    from deskapp.store.models import Event, EventParticipant

    workspace, report = demo
    assert report.counts["events"] == 17 * len({d.year for d in (PERIOD.start, PERIOD.end)})
    events = workspace.events
    small = events.report(admin, PERIOD, EventKind.ILGU_DAY, EventGrouping.VENUE_TYPE)
    assert small.total.events >= 10 and small.total.participants > 0 and small.total.hired > 0
    assert {g.group for g in small.groups} == {"지식산업센터", "구 청", "기업시민청"}
    joint = events.report(admin, PERIOD, EventKind.JOINT_ILGU_DAY, EventGrouping.VENUE)
    assert [g.group for g in joint.groups][:3] == ["금천구청", "관악구청", "동작구청"]
    fairs = events.report(admin, PERIOD, EventKind.JOB_FAIR)
    assert fairs.total.participants > 1000 and fairs.total.employers == 0
    held = dict(rows(workspace, Event.id, Event.held_on))
    registered = dict(rows(workspace, JobSeeker.id, JobSeeker.registered_on))
    placed = {p.id: p for p in rows(workspace, Placement.id, Placement.placed_on, Placement.kind)}
    for p in rows(
        workspace,
        EventParticipant.event_id,
        EventParticipant.seeker_id,
        EventParticipant.placement_id,
    ):
        assert registered[p.seeker_id] <= held[p.event_id]
        if p.placement_id is not None:
            hire = placed[p.placement_id]
            assert hire.placed_on == held[p.event_id] and hire.kind == "행사취업"


def test_the_desks_outreach_found_the_employers_and_gvalley_signed_agreements(
    demo: Demo, admin: Actor
) -> None:
    from deskapp.store.models import EmployerContact, HiringAgreement

    workspace, report = demo
    assert report.counts["employer_contacts"] > 0 and report.counts["hiring_agreements"] > 0
    first = rows(workspace, EmployerContact.employer_id, EmployerContact.first_contact)
    found = [c.employer_id for c in first if c.first_contact]
    assert len(found) == len(set(found))  # one first contact per employer
    gvalley = workspace.db.desk_ids()["gvalley"]
    assert {a.desk_id for a in rows(workspace, HiringAgreement.desk_id)} == {gvalley}
    year = PERIOD.end.year
    counts = workspace.outreach.report(admin, year)
    assert sum(c.new_employers for c in counts) > 0
    agreement = workspace.outreach.agreements(admin, found[0])
    assert all(a.hires >= 0 for a in agreement)


def test_the_plus_desk_runs_the_camp_and_the_cafes_programmes(demo: Demo, admin: Actor) -> None:
    from deskapp.store.models import ProgrammeAttendance, ProgrammeEnrolment, ProgrammeSession

    workspace, report = demo
    assert report.counts["programmes"] > 0 and report.counts["programme_sessions"] > 0
    year = PERIOD.end.year
    outcomes = workspace.programmes.outcomes(admin, year)
    assert outcomes.total.enrolled >= 20 and 0 < outcomes.total.completed <= outcomes.total.enrolled
    cafe = workspace.programmes.programme_year(admin, year, "클리닉")
    assert [r.name for r in cafe.rows] == ["일자리카페 이력서 및 자소서 클리닉"]
    assert cafe.rows[0].sessions >= 20 and cafe.rows[0].participants >= 15
    registered = dict(rows(workspace, JobSeeker.id, JobSeeker.registered_on))
    enrolled = {
        (e.programme_id, e.seeker_id): e.enrolled_on
        for e in rows(
            workspace,
            ProgrammeEnrolment.programme_id,
            ProgrammeEnrolment.seeker_id,
            ProgrammeEnrolment.enrolled_on,
        )
    }
    assert all(registered[s] <= day for (_, s), day in enrolled.items())
    sessions = rows(
        workspace, ProgrammeSession.id, ProgrammeSession.programme_id, ProgrammeSession.held_on
    )
    held = {s.id: (s.programme_id, s.held_on) for s in sessions}
    for a in rows(
        workspace, ProgrammeAttendance.programme_session_id, ProgrammeAttendance.seeker_id
    ):
        programme, day = held[a.programme_session_id]
        assert enrolled[(programme, a.seeker_id)] <= day  # present only once enrolled


@pytest.mark.parametrize("seed", [24, 35])
def test_a_demo_placement_is_the_hire_of_one_event_at_most(tmp_path: Path, seed: int) -> None:
    from deskapp.store.models import EventParticipant

    workspace = Workspace.new_database(str(tmp_path / f"demo{seed}.sqlite3"))
    try:
        generate_demo(workspace, PASSWORD, seekers=3000, seed=seed)
        linked = [
            p.placement_id
            for p in rows(workspace, EventParticipant.placement_id)
            if p.placement_id is not None
        ]
        assert linked and len(linked) == len(set(linked))
    finally:
        workspace.close()


def test_the_desks_checked_their_placements_1_3_and_6_months_on(demo: Demo, admin: Actor) -> None:
    from deskapp.domain.dates import Period, add_months
    from deskapp.store.models import Placement

    workspace, report = demo
    assert report.counts["retention_checks"] > 0
    checks = rows(
        workspace,
        RetentionCheck.months,
        RetentionCheck.checked_on,
        RetentionCheck.employed,
        RetentionCheck.checked_by,
        Placement.placed_on,
        Placement.void,
        where=RetentionCheck.placement_id == Placement.id,
    )
    assert {c.months for c in checks} == {1, 3, 6}
    assert all(not c.void and c.checked_by is not None for c in checks)
    assert all(add_months(c.placed_on, c.months) <= c.checked_on <= PERIOD.end for c in checks)
    by_months = {m: [c.employed for c in checks if c.months == m] for m in (1, 3, 6)}
    share = {m: sum(found) / len(found) for m, found in by_months.items()}
    assert share[1] > share[3] > share[6] > 0.5  # fewer still employed at each later check
    year = workspace.retention.report(admin, Period.year(PERIOD.end.year))
    assert year.total.at(1).employed > 0
