"""Services: registrations, validation, roles, voiding, and the statistics they add up to."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import SupportsInt, cast

import pytest
from conftest import PASSWORD, SQLITE_ONLY, TODAY, counselor_at, placed_year, rows
from placed_figures import NOTHING, PLACED_MONTHS, PLACED_YEAR, figures

from deskapp.domain.access import Actor
from deskapp.domain.commands import (
    LogSession,
    RecordPlacement,
    Refer,
    RegisterEmployer,
    RegisterOpening,
    RegisterSeeker,
    employer_command,
    opening_command,
    placement_command,
    seeker_command,
)
from deskapp.domain.dates import Period
from deskapp.domain.desks import parse_desk
from deskapp.domain.errors import (
    AuthenticationFailed,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from deskapp.domain.records import Channel, RecordKind, Role, Verification
from deskapp.domain.stats import Counts, MonthlySeries
from deskapp.services.rules.records import Saved
from deskapp.services.workspace import Workspace

YEAR = Period.year(2018)


def _seeker(
    workspace: Workspace, actor: Actor, name: str = "홍길동", day: date = date(2018, 3, 2)
) -> Saved:
    return workspace.records.register_seeker(
        actor, RegisterSeeker(name=name, registered_on=day, consented=True)
    )


def _opening(workspace: Workspace, actor: Actor, day: date = date(2018, 3, 1)) -> Saved:
    employer = workspace.records.register_employer(
        actor,
        RegisterEmployer(name="(주)가산테크", business_no="1248100998", phone="0226271234"),
    )
    return workspace.records.register_opening(
        actor,
        RegisterOpening(
            employer_no=employer.number, occupation="경비원", headcount=2, registered_on=day
        ),
    )


def test_passwords_are_argon2id_hashes_and_log_in_checks_them(
    workspace: Workspace, admin: Actor
) -> None:
    assert admin.role is Role.ADMIN
    with pytest.raises(AuthenticationFailed, match="맞지 않습니다"):
        workspace.accounts.authenticate("admin", "wrong-password-1")
    with pytest.raises(AuthenticationFailed):
        workspace.accounts.authenticate("nobody", PASSWORD)
    ((stored,),) = rows(workspace, "SELECT password_hash FROM users")
    assert isinstance(stored, str) and stored.startswith("$argon2id$")
    assert PASSWORD not in stored


def test_only_an_administrator_adds_accounts(
    workspace: Workspace, admin: Actor, team_lead: Actor
) -> None:
    with pytest.raises(PermissionDenied):
        workspace.accounts.create_user(team_lead, "x-user", PASSWORD, Role.COUNSELOR, "plus")
    with pytest.raises(AuthenticationFailed):
        workspace.accounts.create_user(None, "y-user", PASSWORD, Role.ADMIN)
    with pytest.raises(ValidationError, match="8자"):
        workspace.accounts.create_user(admin, "z-user", "short1", Role.TEAM_LEAD)
    with pytest.raises(ValidationError, match="창구"):
        workspace.accounts.create_user(admin, "z-user", PASSWORD, Role.COUNSELOR)
    with pytest.raises(ValidationError, match="이미 있는 계정"):
        workspace.accounts.create_user(admin, "lead", PASSWORD, Role.TEAM_LEAD)


def test_a_counselors_day_adds_up_in_the_table(workspace: Workspace, admin: Actor) -> None:
    actor = counselor_at(workspace, admin, "dong")
    form = seeker_command(
        {
            "성명": "김민수",
            "등록일": "2018-10-01",
            "등록창구": "독산동",
            "연락처": "010 1234 5678",
            "생년월일": "1980.01.01.",
            "성별": "남",
        },
        TODAY,
    )
    seeker = workspace.records.register_seeker(actor, replace(form, consented=True))
    assert seeker.number.startswith("D")
    workspace.records.log_session(
        actor, LogSession(seeker.number, date(2018, 10, 2), channel=Channel.VISIT)
    )
    workspace.records.log_session(
        actor,
        LogSession(
            seeker.number,
            date(2018, 10, 5),
            channel=Channel.PHONE,
            next_contact_on=date(2018, 10, 12),
        ),
    )
    opening = _opening(workspace, actor, date(2018, 9, 20))
    referral = workspace.records.refer(
        actor, Refer(seeker.number, opening.number, date(2018, 10, 6))
    )
    workspace.corrections.record_outcome(actor, referral.id, "채용")
    workspace.records.record_placement(
        actor,
        RecordPlacement(
            seeker.number,
            date(2018, 10, 20),
            referral_id=referral.id,
            verification=Verification.INSURANCE,
        ),
    )
    table = workspace.statistics.table(actor, Period.parse("2018-01-01", "2018-10-30"))
    assert table.by_desk["dong"] == Counts(1, 1, 2, 1, 1)
    assert table.total == Counts(1, 1, 2, 1, 1)
    assert table.by_desk["plus"] == Counts()
    before = workspace.statistics.table(actor, Period.parse("2018-01-01", "2018-09-30"))
    assert before.by_desk["dong"] == Counts(1, 0, 0, 0, 0)


def test_bad_input_names_each_field_and_writes_nothing(
    workspace: Workspace, counselor: Actor
) -> None:
    with pytest.raises(ValidationError) as caught:
        seeker_command(
            {"성명": "", "등록일": "2018-02-30", "연락처": "010-12", "주소": "x" * 5000}, TODAY
        )
    assert [f for f, _ in caught.value.problems] == ["성명", "등록일", "연락처", "주소"]
    with pytest.raises(ValidationError, match="검증번호"):
        employer_command({"업체명": "(주)틀린번호", "사업자등록번호": "124-81-00997"}, TODAY)
    employer = workspace.records.register_employer(counselor, RegisterEmployer("(주)가산"))
    with pytest.raises(ValidationError, match="1 이상"):
        opening_command(
            {
                "업체번호": employer.number,
                "모집직종": "경비",
                "모집인원": 0,
                "등록일": "2018-01-02",
            },
            TODAY,
        )
    seeker = _seeker(workspace, counselor)
    with pytest.raises(ValidationError, match="상담일보다"):
        workspace.records.log_session(
            counselor,
            LogSession(seeker.number, date(2018, 5, 2), next_contact_on=date(2018, 5, 1)),
        )
    with pytest.raises(NotFound):
        workspace.records.log_session(counselor, LogSession("D99999999", date(2018, 5, 2)))
    table = workspace.statistics.table(counselor, YEAR)
    assert table.total == Counts(0, 1, 0, 0, 0)


@SQLITE_ONLY
def test_a_typed_resident_number_is_masked_and_the_user_is_told(
    workspace: Workspace, counselor: Actor
) -> None:
    saved = workspace.records.register_seeker(
        counselor,
        RegisterSeeker(
            name="이영희",
            registered_on=date(2018, 3, 2),
            address="주민번호 800101-2345678 독산동",
            consented=True,
        ),
    )
    assert saved.warnings and "가려서" in saved.warnings[0]
    session = workspace.records.log_session(
        counselor,
        LogSession(saved.number, date(2018, 3, 3), notes="주민번호 8001012345678 말함"),
    )
    assert session.warnings
    path = workspace.db.path
    assert path is not None
    workspace.close()
    raw = b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))
    assert b"2345678" not in raw
    assert b"800101-2******" in raw


def test_counselors_write_only_at_their_own_desk(workspace: Workspace, admin: Actor) -> None:
    gvalley = counselor_at(workspace, admin, "gvalley")
    plus = counselor_at(workspace, admin, "plus")
    with pytest.raises(PermissionDenied, match="다른 창구"):
        workspace.records.register_seeker(
            gvalley,
            RegisterSeeker(
                name="박지현",
                registered_on=date(2018, 3, 2),
                desk=parse_desk("plus"),
                consented=True,
            ),
        )
    seeker = _seeker(workspace, plus)
    with pytest.raises(PermissionDenied):
        workspace.records.log_session(
            gvalley, LogSession(seeker.number, date(2018, 4, 1), desk=parse_desk("plus"))
        )
    # At their own desk they may help anyone (the session counts for their desk).
    workspace.records.log_session(gvalley, LogSession(seeker.number, date(2018, 4, 1)))
    with pytest.raises(PermissionDenied):
        workspace.records.void(gvalley, RecordKind.SEEKER, seeker.id, "중복 등록")
    assert workspace.statistics.table(admin, YEAR).by_desk["gvalley"].sessions == 1


def _month_figures(series: MonthlySeries) -> dict[str, dict[str, tuple[int, ...]]]:
    """Each month's desks that counted anything (the total row aside)."""
    return {
        m.month: {
            desk: counted
            for desk, counted in figures(m.table).items()
            if desk != "total" and counted != NOTHING
        }
        for m in series.months
    }


def test_roles_for_statistics_and_import(
    workspace: Workspace, admin: Actor, team_lead: Actor
) -> None:
    counselor = placed_year(workspace, admin)["plus"]
    # Viewing is for everyone, and everyone sees every desk.
    for actor in (counselor, team_lead, admin):
        assert figures(workspace.statistics.table(actor, YEAR)) == PLACED_YEAR
    with pytest.raises(ValidationError, match="사유"):  # a counselor's export needs a reason
        workspace.statistics.export_table(counselor, YEAR)
    own = workspace.statistics.export_table(counselor, YEAR, "주간 회의")
    assert figures(own) == {"plus": PLACED_YEAR["plus"]}  # their own desk's only
    assert figures(workspace.statistics.export_table(team_lead, YEAR)) == PLACED_YEAR
    # The monthly series: each month alone, and the 누계 counting a person once.
    series = workspace.statistics.export_monthly(admin, YEAR)
    months = [f"2018-{m:02d}" for m in range(1, 13)]
    assert _month_figures(series) == {m: PLACED_MONTHS.get(m, {}) for m in months}
    cumulative = {m.month: figures(m.cumulative) for m in series.months}
    assert cumulative["2018-04"]["plus"] == (1, 2, 1, 1, 2)
    assert cumulative["2018-05"]["gvalley"] == (0, 1, 1, 0, 1)
    assert all(cumulative[m] == PLACED_YEAR for m in months[5:])  # June on: the year's
    assert figures(series.whole) == PLACED_YEAR
    own_series = workspace.statistics.export_monthly(counselor, YEAR, "주간 회의")
    assert [list(figures(m.table)) for m in own_series.months] == [["plus"]] * 12
    assert figures(own_series.whole) == {"plus": PLACED_YEAR["plus"]}
    with pytest.raises(PermissionDenied, match="가져오기"):
        workspace.imports.import_workbook(team_lead, workspace.db.path)  # type: ignore[arg-type]


def test_void_stops_counting_and_keeps_the_record(
    workspace: Workspace, counselor: Actor, admin: Actor
) -> None:
    seeker = _seeker(workspace, counselor)
    other = _seeker(workspace, counselor, "이순신")
    workspace.records.log_session(counselor, LogSession(seeker.number, date(2018, 4, 1)))
    session = workspace.records.log_session(counselor, LogSession(seeker.number, date(2018, 4, 2)))
    workspace.records.void(counselor, RecordKind.SESSION, session.id, "잘못 입력")
    workspace.records.void(admin, RecordKind.SEEKER, other.id, "중복 등록")
    with pytest.raises(ValidationError, match="이미 무효"):
        workspace.records.void(admin, RecordKind.SEEKER, other.id, "again")
    with pytest.raises(ValidationError, match="무효 사유"):
        workspace.records.void(admin, RecordKind.SESSION, 1, " ")
    with pytest.raises(NotFound):
        workspace.records.log_session(counselor, LogSession(other.number, date(2018, 4, 3)))
    assert workspace.statistics.table(admin, YEAR).by_desk["plus"] == Counts(0, 1, 1, 0, 0)
    voids = rows(workspace, "SELECT void, void_reason FROM counseling_sessions")
    assert sorted(voids, key=str) == [(0, None), (1, "잘못 입력")]


def test_people_are_counted_once_over_the_whole_period(
    workspace: Workspace, counselor: Actor
) -> None:
    twice = _seeker(workspace, counselor, "김두번", date(2018, 1, 5)).number
    once = _seeker(workspace, counselor, "최한번", date(2018, 1, 5)).number
    workspace.records.record_placement(counselor, RecordPlacement(twice, date(2018, 2, 10)))
    workspace.records.record_placement(counselor, RecordPlacement(twice, date(2018, 5, 10)))
    workspace.records.record_placement(counselor, RecordPlacement(once, date(2018, 5, 20)))
    series = workspace.statistics.monthly(counselor, YEAR)
    by_month = {m.month: m for m in series.months}
    assert by_month["2018-02"].table.by_desk["plus"].placements == 1
    assert by_month["2018-05"].table.by_desk["plus"].placements == 2
    # Summing months would give 3; the people are 2.
    assert by_month["2018-05"].cumulative.by_desk["plus"].placements == 2
    assert by_month["2018-12"].cumulative.by_desk["plus"] == series.whole.by_desk["plus"]
    assert series.whole.by_desk["plus"].placements == 2
    assert by_month["2018-01"].cumulative.by_desk["plus"].job_seekers == 2
    assert len(series.months) == 12
    for month in series.months:
        alone = workspace.statistics.table(counselor, month.table.period)
        assert alone.by_desk == month.table.by_desk
        upto = workspace.statistics.table(
            counselor, Period(date(2018, 1, 1), month.table.period.end)
        )
        assert upto.by_desk == month.cumulative.by_desk


def test_placement_after_a_referral_is_linked_and_checked(
    workspace: Workspace, counselor: Actor, admin: Actor
) -> None:
    seeker = _seeker(workspace, counselor).number
    other = _seeker(workspace, counselor, "남궁민").number
    opening = _opening(workspace, counselor)
    referral = workspace.records.refer(counselor, Refer(seeker, opening.number, date(2018, 4, 1)))
    with pytest.raises(ValidationError, match="다른 구직자"):
        workspace.records.record_placement(
            counselor, RecordPlacement(other, date(2018, 4, 10), referral_id=referral.id)
        )
    with pytest.raises(ValidationError, match="알선일보다"):
        workspace.records.record_placement(
            counselor, RecordPlacement(seeker, date(2018, 3, 10), referral_id=referral.id)
        )
    with pytest.raises(ValidationError, match="구인 등록일보다"):
        workspace.records.refer(counselor, Refer(seeker, opening.number, date(2018, 2, 1)))
    with pytest.raises(ValidationError, match="확인방법"):
        placement_command({"구직자번호": seeker, "취업일": "2018-04-10", "확인방법": "구두"}, TODAY)
    workspace.records.record_placement(
        counselor, RecordPlacement(seeker, date(2018, 4, 10), referral_id=referral.id)
    )
    placed = rows(workspace, "SELECT kind, referral_id, opening_id, employer_name FROM placements")
    assert placed == [("알선취업", referral.id, opening.id, "(주)가산테크")]


def test_a_command_dated_in_the_future_is_refused_whoever_built_it(
    workspace: Workspace, counselor: Actor
) -> None:
    tomorrow = date(2018, 10, 31)  # the workspace's today is 2018-10-30
    with pytest.raises(ValidationError, match="미래의 날짜"):
        _seeker(workspace, counselor, day=tomorrow)
    number = _seeker(workspace, counselor).number
    with pytest.raises(ValidationError, match="미래의 날짜") as caught:
        workspace.records.log_session(counselor, LogSession(number, tomorrow))
    assert caught.value.field == "상담일"
    assert rows(workspace, "SELECT count(*) FROM counseling_sessions") == [(0,)]


def test_a_number_given_by_hand_does_not_block_the_applications_own(
    workspace: Workspace, admin: Actor
) -> None:
    plus = counselor_at(workspace, admin, "plus")
    records = workspace.records

    def last_id(table: str) -> int:
        found = rows(workspace, f"SELECT coalesce(max(id), 0) FROM {table}")[0][0]
        return int(cast(SupportsInt, found))

    nxt = {t: last_id(t) + 2 for t in ("job_seekers", "employers", "job_openings")}
    # Typed by hand: the numbers the application would give the next records.
    seeker = RegisterSeeker("김수기", date(2018, 5, 2), consented=True)
    records.register_seeker(plus, replace(seeker, seeker_no=f"D{nxt['job_seekers']:08d}"))
    records.register_employer(plus, RegisterEmployer("(주)수기", f"E{nxt['employers']:08d}"))
    opening = RegisterOpening(f"E{nxt['employers']:08d}", "포장", 1, date(2018, 5, 2))
    records.register_opening(plus, replace(opening, opening_no=f"J{nxt['job_openings']:08d}"))
    made = (
        records.register_seeker(plus, seeker).number,
        records.register_employer(plus, RegisterEmployer("(주)자동")).number,
        records.register_opening(plus, opening).number,
    )
    assert made == (
        f"D{nxt['job_seekers']:08d}-2",
        f"E{nxt['employers']:08d}-2",
        f"J{nxt['job_openings']:08d}-2",
    )
