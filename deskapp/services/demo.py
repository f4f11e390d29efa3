"""Realistic, reproducible demo records for a new database (``deskapp demo``).

The database gets the accounts of a small team (a team lead and one counselor
per desk) and years of records whose proportions follow the district's 2018
table (ARCHITECTURE.md): per job seeker about 0.53 openings, 4.06 sessions,
3.25 referrals and 0.375 placed persons, each measure split over the desks
like the table's rows.

Everything that is counted comes from ``random.Random(seed).random`` and the
working days of the span, never from the clock: the same size, seed and end
day give the same records on any machine, on any day and with any Python
version. Rows are plain tuples written in chunks through the driver, with the
triggers and secondary indexes set aside and the derived tables rebuilt once at the
end (``deskapp.store.bulk``), in one unit of work, so a demo is written whole or not
at all. Seekers, sessions and referrals are written 20,000 rows at a time as they are
drawn; what later records need of every seeker is kept in flat lists, and drawn
sessions and referrals as one integer each (employers, openings and placements, a
tenth as many, are held whole).
"""

from __future__ import annotations

import itertools
import math
import random
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Generic, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from deskapp.domain.audit import CONSENT_VERSION
from deskapp.domain.business import business_no_check_digit, normalize_business_no
from deskapp.domain.dates import Period
from deskapp.domain.desks import DESK_CODES, DONG
from deskapp.domain.errors import ValidationError
from deskapp.domain.hangul import initials
from deskapp.domain.phone import normalize_phone
from deskapp.domain.records import (
    Channel,
    Education,
    PlacementKind,
    ReferralOutcome,
    Role,
    Verification,
)
from deskapp.i18n import translate
from deskapp.services.accounts import check_password_rules
from deskapp.services.demo_events import add_events
from deskapp.services.demo_outreach import add_outreach
from deskapp.services.demo_programmes import add_programmes
from deskapp.services.demo_retention import add_retention
from deskapp.services.workspace import Workspace
from deskapp.store.bulk import BulkWriter, bulk_load, fast_sqlite_build
from deskapp.store.models import (
    CounselingSession,
    Employer,
    JobOpening,
    JobSeeker,
    Placement,
    Referral,
    SeekerGroup,
    User,
    utcnow,
)

Progress = Callable[[int, int], None]

DEFAULT_SEEKERS = 20_000
#: The last day of demo data: fixed, so that the same size and seed give the same data on any day.
DEMO_END = date(2026, 10, 31)
#: Job seekers registered in one district-year (5,301 in the ten months of the 2018 table).
SEEKERS_PER_YEAR = 6_500
MAX_SEEKERS = 2_000_000
MAX_YEARS = 10
VOID_RATE = 0.005
ADMIN_USERNAME = "admin"
ADMIN_NAME = "관리자"
LEAD_USERNAME = "lead"

#: The district's table as of 2018-10-30 (ARCHITECTURE.md), each measure by desk in table order.
SEED_TABLE: dict[str, tuple[int, int, int, int]] = {
    "job_openings": (958, 1608, 15, 212),
    "job_seekers": (3590, 72, 203, 1436),
    "sessions": (15685, 2051, 2463, 1321),
    "referrals": (12660, 83, 3572, 918),
    "placements": (1516, 9, 54, 408),
}

#: Each desk's staff; the first of each desk gets the desk's demo account.
STAFF: dict[str, tuple[str, ...]] = {
    "plus": ("김수정", "이정민", "박성호", "최은영", "정현우"),
    "gvalley": ("강민지", "조영수", "윤서연", "장동훈"),
    "dong": ("임미경", "한상철"),
    "welfare": ("오지현",),
}
LEAD_NAME = "서경희"

#: The tables whose rows the demo writes with ids of its own.
_NUMBERED = (JobSeeker, Employer, JobOpening, CounselingSession, Referral, Placement)
#: The tables the demo fills in bulk (their triggers and secondary indexes set aside).
_LOADED = (
    "job_seekers",
    "seeker_groups",
    "employers",
    "job_openings",
    "counseling_sessions",
    "referrals",
    "placements",
    "employer_contacts",
    "retention_checks",
)


@dataclass(frozen=True)
class DemoAccount:
    """An account of the demo team (all share the password given to the demo)."""

    username: str
    role: Role
    desk: str | None
    display_name: str


@dataclass(frozen=True)
class DemoReport:
    """What a demo wrote: its accounts, rows per record kind and the span of the records.

    ``counts`` holds the rows written (void ones included) under the measure keys
    and ``employers``: job_seekers, employers, job_openings, sessions, referrals,
    placements.
    """

    accounts: tuple[DemoAccount, ...]
    counts: dict[str, int]
    period: Period

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def counselor_username(desk: str) -> str:
    """The demo counselor account of a desk (``plus1``, ``gvalley1``, ...)."""
    return f"{desk}1"


def demo_years(seekers: int) -> int:
    """How many calendar years a demo of ``seekers`` job seekers covers.

    One district-year holds about 6,500 seekers; past ten years a larger demo
    stands for more districts (Seoul's desks) over the same ten years.
    """
    return min(MAX_YEARS, max(1, round(seekers / SEEKERS_PER_YEAR)))


def demo_period(seekers: int, end: date = DEMO_END) -> Period:
    """The span of a demo: whole calendar years up to ``end`` (the last one ends at ``end``)."""
    return Period(date(end.year - demo_years(seekers) + 1, 1, 1), end)


def generate_demo(
    workspace: Workspace,
    password: str,
    seekers: int = DEFAULT_SEEKERS,
    seed: int = 1,
    end: date = DEMO_END,
    progress: Progress | None = None,
) -> DemoReport:
    """Fill a new database with the demo team and ``seekers`` job seekers' records.

    ``workspace`` holds either no account yet (``Workspace.new_database``: the administrator
    ``admin`` is made with the rest, and given ``password``) or only its administrator
    ``admin`` (``Workspace.create``), whose password is ``password``; the new accounts get
    the same password. The accounts and the records are written in one unit of work: a
    demo cut off leaves none of them (and, from an empty database, not one account, which
    ``Workspace.new_database`` takes as a database to make again).
    """
    if isinstance(seekers, bool) or not 1 <= seekers <= MAX_SEEKERS:
        raise ValidationError(
            "구직자 수",  # korean-data
            translate("demo", "Give a number from 1 to {max:,}.").format(max=MAX_SEEKERS),
        )
    period = demo_period(seekers, end)
    db = workspace.db
    desk_ids, site_ids = db.desk_ids(), db.site_ids()
    accounts = workspace.accounts
    check_password_rules(password)
    with db.unit_of_work(write=False) as session:
        first = session.scalar(select(User.id).limit(1)) is None
    existing = None if first else accounts.authenticate(ADMIN_USERNAME, password)
    workspace.occupations.occupations()  # read before the write unit below
    with db.unit_of_work() as session:
        admin = existing or accounts.add_user(
            session, None, ADMIN_USERNAME, password, Role.ADMIN, display_name=ADMIN_NAME
        )
        team = [admin]
        team.append(
            accounts.add_user(
                session, admin, LEAD_USERNAME, password, Role.TEAM_LEAD, display_name=LEAD_NAME
            )
        )
        staff_ids: dict[str, int] = {}
        for code in DESK_CODES:
            actor = accounts.add_user(
                session,
                admin,
                counselor_username(code),
                password,
                Role.COUNSELOR,
                code,
                STAFF[code][0],
            )
            staff_ids[code] = actor.user_id
            team.append(actor)
        session.flush()
        connection = session.connection()
        base = {
            model.__tablename__: session.scalar(select(func.max(model.id))) or 0
            for model in _NUMBERED
        }
        writer = BulkWriter(connection)
        # The records in bulk: triggers and secondary indexes set aside, the daily counts
        # and the breakdowns' figures counted once at the end (store/bulk.py).
        with fast_sqlite_build(connection), bulk_load(connection, _LOADED):
            builder = _Builder(
                _Dice(seed),
                period,
                desk_ids,
                site_ids,
                staff_ids,
                admin.user_id,
                writer,
                progress,
            )
            # Coded as registrations in the window are (the matcher keeps each text's code).
            builder.code = workspace.occupations.match_text
            counts = builder.write(seekers, base)
            del builder
            # The plus desk's events (ARCHITECTURE.md), on the records just written.
            counts |= add_events(session, seed, period, desk_ids["plus"], staff_ids["plus"])
            counselors = {desk_ids[code]: staff_ids[code] for code in DESK_CODES}
            counts |= add_outreach(session, seed, period, counselors, desk_ids["gvalley"], end)
            counts |= add_programmes(session, seed, period, desk_ids["plus"], staff_ids["plus"])
            counts |= add_retention(session, seed, end, counselors)
            session.flush()
        _continue_ids(session)
    demo_team = (DemoAccount(a.username, a.role, a.desk, a.display_name) for a in team)
    return DemoReport(tuple(demo_team), counts, period)


def _continue_ids(session: Session) -> None:
    """PostgreSQL: the id sequences of the tables the demo wrote with its own ids continue
    after its last id (left at 1, the next registration would reuse the demo's first id)."""
    if session.get_bind().dialect.name != "postgresql":
        return  # SQLite gives the next row the largest id plus one
    for model in _NUMBERED:
        table = model.__tablename__
        last = select(func.coalesce(func.max(model.id), 0) + 1).scalar_subquery()
        sequence = func.pg_get_serial_sequence(table, "id")
        session.execute(select(func.setval(sequence, last, False)))


# -- calendar ------------------------------------------------------------------------------

_FIXED_HOLIDAYS = ((1, 1), (3, 1), (5, 5), (6, 6), (8, 15), (10, 3), (10, 9), (12, 25))
# 설날 and 추석 (the desks are closed the day before and after as well).
_LUNAR_HOLIDAYS = (
    date(2016, 2, 8),
    date(2016, 9, 15),
    date(2017, 1, 28),
    date(2017, 10, 4),
    date(2018, 2, 16),
    date(2018, 9, 24),
    date(2019, 2, 5),
    date(2019, 9, 13),
    date(2020, 1, 25),
    date(2020, 10, 1),
    date(2021, 2, 12),
    date(2021, 9, 21),
    date(2022, 2, 1),
    date(2022, 9, 10),
    date(2023, 1, 22),
    date(2023, 9, 29),
    date(2024, 2, 10),
    date(2024, 9, 17),
    date(2025, 1, 29),
    date(2025, 10, 6),
    date(2026, 2, 17),
    date(2026, 9, 25),
)
# More people register in January (new-year job hunting, public job programmes) than in December.
_MONTH_WEIGHTS = (27, 23, 24, 21, 19, 19, 20, 18, 19, 19, 17, 15)

#: Minimum hourly wage (원) by year; openings' wages are multiples of it.
_MINIMUM_WAGE = {
    2010: 4110,
    2011: 4320,
    2012: 4580,
    2013: 4860,
    2014: 5210,
    2015: 5580,
    2016: 6030,
    2017: 6470,
    2018: 7530,
    2019: 8350,
    2020: 8590,
    2021: 8720,
    2022: 9160,
    2023: 9620,
    2024: 9860,
    2025: 10030,
    2026: 10320,
}


def _holidays(first_year: int, last_year: int) -> set[date]:
    days = {date(y, m, d) for y in range(first_year, last_year + 1) for m, d in _FIXED_HOLIDAYS}
    for day in _LUNAR_HOLIDAYS:
        days.update(day + timedelta(days=k) for k in (-1, 0, 1))
    return days


def working_days(period: Period) -> list[date]:
    """The days the desks are open in ``period``: weekdays that are not public holidays."""
    closed = _holidays(period.start.year, period.end.year)
    out: list[date] = []
    day = period.start
    while day <= period.end:
        if day.weekday() < 5 and day not in closed:
            out.append(day)
        day += timedelta(days=1)
    return out or [period.end]


def _minimum_wage(year: int) -> int:
    return _MINIMUM_WAGE[min(max(year, min(_MINIMUM_WAGE)), max(_MINIMUM_WAGE))]


# -- people --------------------------------------------------------------------------------

# Surnames with their share in percent (통계청 2015 census, rounded).
_SURNAMES = (
    ("김", 21.5), ("이", 14.7), ("박", 8.4), ("최", 4.7), ("정", 4.3), ("강", 2.4), ("조", 2.1),
    ("윤", 2.1), ("장", 2.0), ("임", 1.7), ("한", 1.5), ("오", 1.5), ("서", 1.5), ("신", 1.5),
    ("권", 1.4), ("황", 1.4), ("안", 1.4), ("송", 1.3), ("류", 1.2), ("전", 1.1), ("홍", 1.1),
    ("유", 1.0), ("고", 0.9), ("문", 0.9), ("손", 0.9), ("양", 0.8), ("배", 0.8), ("백", 0.8),
    ("허", 0.6), ("남", 0.5), ("심", 0.5), ("하", 0.5), ("노", 0.4), ("곽", 0.4), ("성", 0.4),
    ("차", 0.4), ("주", 0.4), ("우", 0.4), ("구", 0.4), ("진", 0.4), ("민", 0.3), ("나", 0.3),
    ("지", 0.3), ("엄", 0.3), ("원", 0.3), ("채", 0.25), ("천", 0.25), ("방", 0.2), ("공", 0.2),
    ("현", 0.2), ("함", 0.2), ("변", 0.2), ("염", 0.15), ("여", 0.15), ("추", 0.1), ("도", 0.1),
    ("소", 0.1), ("석", 0.1), ("선", 0.1), ("설", 0.1), ("마", 0.1), ("길", 0.1), ("연", 0.1),
    ("위", 0.1), ("표", 0.1), ("명", 0.1), ("기", 0.1), ("반", 0.05), ("왕", 0.05), ("금", 0.05),
    ("옥", 0.05), ("육", 0.05), ("인", 0.05), ("맹", 0.05), ("제", 0.05), ("모", 0.05),
    ("탁", 0.03), ("국", 0.03), ("남궁", 0.03), ("황보", 0.02), ("제갈", 0.01), ("선우", 0.01),
)  # fmt: skip

# Given names by sex and by birth cohort (before 1970, 1970-1989, from 1990).
_GIVEN_NAMES: dict[tuple[bool, int], tuple[str, ...]] = {
    (False, 0): (
        "영수", "영호", "영철", "영식", "정수", "정호", "성수", "성호", "상철", "상훈", "종수",
        "재호", "광수", "동수", "용수", "명수", "병철", "기수", "순철", "춘식", "만수", "경수",
        "태식", "진호", "인수", "철수", "대성", "석진", "문식", "학수",
    ),
    (False, 1): (
        "성민", "성진", "현우", "정훈", "지훈", "동현", "상현", "준호", "준영", "민수", "성훈",
        "재훈", "영민", "승현", "진우", "태호", "현석", "종민", "우진", "대호", "광호", "경민",
        "재현", "상욱", "형준", "정민", "민석", "용준", "승우", "진혁",
    ),
    (False, 2): (
        "민준", "서준", "도윤", "예준", "시우", "하준", "지호", "주원", "지훈", "준서", "건우",
        "현준", "민재", "우진", "승민", "준혁", "태민", "동욱", "민호", "재원", "윤호", "성현",
        "지환", "유찬", "은우", "시윤", "정우", "한결", "민성", "현수",
    ),
    (True, 0): (
        "영숙", "영희", "정숙", "순자", "영자", "정희", "미숙", "경숙", "순희", "명숙", "혜숙",
        "옥순", "춘자", "말순", "정자", "영순", "미자", "경자", "숙자", "화자", "복순", "영옥",
        "순옥", "정순", "은숙", "인숙", "현숙", "명희", "선희", "금순",
    ),
    (True, 1): (
        "지영", "은영", "미영", "현정", "은정", "수진", "미경", "지은", "선영", "혜진", "정은",
        "유진", "민정", "수정", "은주", "소영", "현주", "지현", "미란", "은희", "혜경", "윤희",
        "주연", "민경", "보라", "세영", "지혜", "희정", "아름", "은경",
    ),
    (True, 2): (
        "서연", "지민", "수빈", "민지", "서현", "지우", "하은", "예은", "수아", "지아", "유나",
        "채원", "다은", "예린", "서윤", "하윤", "소연", "가은", "나연", "은지", "혜원", "수민",
        "다인", "민서", "예지", "지수", "하린", "소윤", "유진", "채은",
    ),
}  # fmt: skip
_SINGLE_GIVEN: dict[bool, tuple[str, ...]] = {
    False: ("훈", "진", "철", "혁", "준", "웅", "현", "건"),
    True: ("진", "경", "숙", "희", "연", "은", "솔", "란"),
}
# Age bands (18-34, 35-54, 55-75) of the people who come to the desks, older ones most.
_AGE_BANDS = ((18, 34), (35, 54), (55, 75))
_AGE_BAND_WEIGHTS = (28, 37, 35)


@dataclass(frozen=True)
class _Area:
    """Where people live: a district, a neighbourhood and its roads."""

    district: str
    dong: str
    weight: int
    roads: tuple[str, ...]
    site: str | None = None  # the dong desk's site that serves it


_AREAS = (
    _Area("서울특별시 금천구", "가산동", 12, ("가산디지털1로", "벚꽃로", "가산로", "디지털로")),
    _Area("서울특별시 금천구", "독산1동", 11, ("독산로", "범안로", "서부샛길"), "독산동"),
    _Area("서울특별시 금천구", "독산2동", 7, ("독산로", "시흥대로", "금하로"), "독산동"),
    _Area("서울특별시 금천구", "독산3동", 8, ("독산로", "문성로", "시흥대로"), "독산동"),
    _Area("서울특별시 금천구", "독산4동", 7, ("독산로", "금하로", "범안로"), "독산동"),
    _Area(
        "서울특별시 금천구", "시흥1동", 12, ("시흥대로", "금하로", "탑골로", "한내로"), "시흥4동"
    ),
    _Area("서울특별시 금천구", "시흥2동", 8, ("시흥대로", "독산로", "금하로"), "시흥4동"),
    _Area("서울특별시 금천구", "시흥3동", 7, ("시흥대로", "금하로", "호암로"), "시흥4동"),
    _Area("서울특별시 금천구", "시흥4동", 8, ("시흥대로", "탑골로", "금하로"), "시흥4동"),
    _Area("서울특별시 금천구", "시흥5동", 8, ("시흥대로", "독산로", "금하로"), "시흥4동"),
    _Area("서울특별시 구로구", "구로동", 4, ("디지털로", "구로중앙로", "도림천로")),
    _Area("서울특별시 관악구", "신림동", 3, ("신림로", "난곡로")),
    _Area("서울특별시 영등포구", "대림동", 2, ("도림로", "대림로")),
    _Area("경기도 광명시", "철산동", 2, ("광명로", "철산로")),
    _Area("경기도 안양시 만안구", "석수동", 1, ("경수대로", "석수로")),
)


@dataclass(frozen=True)
class _Job:
    """An occupation: who wants it (by sex and age band) and how it is paid."""

    name: str
    men: tuple[int, int, int]
    women: tuple[int, int, int]
    pay: str  # 월 (monthly), 시급 (hourly), 연봉 (yearly), 일급 (daily)
    low: float  # the wage as a multiple of the year's minimum wage
    high: float


_JOBS = (
    _Job("경비", (0, 2, 16), (0, 0, 1), "월", 1.0, 1.15),
    _Job("청소", (0, 1, 5), (0, 4, 16), "시급", 1.0, 1.1),
    _Job("주차관리", (0, 1, 4), (0, 0, 0), "월", 1.0, 1.1),
    _Job("사무보조", (6, 3, 1), (12, 8, 2), "월", 1.0, 1.2),
    _Job("고객상담", (2, 1, 0), (7, 5, 1), "월", 1.0, 1.25),
    _Job("회계", (2, 3, 1), (5, 6, 1), "월", 1.15, 1.6),
    _Job("생산직", (7, 9, 5), (3, 7, 5), "월", 1.05, 1.35),
    _Job("기계조작", (3, 5, 3), (0, 1, 0), "월", 1.1, 1.45),
    _Job("품질관리", (3, 3, 1), (2, 2, 0), "월", 1.1, 1.5),
    _Job("물류", (6, 7, 3), (1, 3, 2), "월", 1.05, 1.4),
    _Job("택배·배송", (3, 6, 3), (0, 1, 0), "월", 1.3, 1.8),
    _Job("운전", (1, 6, 8), (0, 0, 0), "월", 1.2, 1.6),
    _Job("전기·설비", (1, 3, 3), (0, 0, 0), "월", 1.2, 1.6),
    _Job("건설 단순노무", (1, 3, 4), (0, 0, 0), "일급", 1.6, 2.0),
    _Job("요양보호사", (0, 1, 2), (1, 6, 14), "시급", 1.0, 1.2),
    _Job("간호조무사", (0, 0, 0), (5, 4, 1), "월", 1.05, 1.3),
    _Job("보육교사", (0, 0, 0), (3, 4, 1), "월", 1.0, 1.2),
    _Job("조리사", (1, 3, 2), (1, 5, 7), "월", 1.1, 1.5),
    _Job("조리보조", (0, 1, 1), (1, 4, 7), "시급", 1.0, 1.15),
    _Job("홀서빙", (2, 1, 0), (4, 3, 2), "시급", 1.0, 1.15),
    _Job("판매", (5, 3, 1), (8, 6, 2), "시급", 1.0, 1.15),
    _Job("영업", (4, 4, 1), (2, 2, 0), "월", 1.1, 1.6),
    _Job("웹개발", (8, 3, 0), (5, 1, 0), "연봉", 1.25, 2.2),
    _Job("IT 유지보수", (4, 2, 0), (1, 0, 0), "연봉", 1.2, 1.7),
    _Job("디자인", (3, 1, 0), (5, 2, 0), "연봉", 1.15, 1.8),
)
_JOB_BY_NAME = {job.name: job for job in _JOBS}

# -- employers -----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Industry:
    """An industry (업종): the jobs it offers and how its companies are named."""

    name: str
    jobs: tuple[str, ...]
    suffixes: tuple[str, ...]
    corporate: float  # share of companies that are corporations ((주), 주식회사)
    homely: bool  # small local business named like 햇살요양원 rather than (주)가산테크
    in_gvalley: bool  # located in G밸리 (the Gasan/Guro digital complex)
    weights: tuple[int, int, int, int]  # how common, per home desk in table order


_INDUSTRIES = (
    _Industry("응용 소프트웨어 개발 및 공급업",
              ("웹개발", "IT 유지보수", "디자인", "사무보조", "영업"),
              ("테크", "소프트", "시스템", "정보통신", "아이티", "솔루션", "데이터"),
              0.9, False, True, (3, 30, 0, 2)),
    _Industry("전자부품 제조업", ("생산직", "품질관리", "기계조작", "물류", "사무보조"),
              ("전자", "정밀", "일렉트로닉스", "테크", "반도체"),
              0.85, False, True, (8, 20, 0, 15)),
    _Industry("의류 도매업", ("판매", "물류", "사무보조", "디자인"),
              ("패션", "어패럴", "텍스타일", "섬유"),
              0.7, False, True, (5, 12, 10, 3)),
    _Industry("사업시설 유지·관리 서비스업", ("경비", "청소", "전기·설비", "주차관리"),
              ("관리", "종합관리", "시설관리", "환경"),
              0.8, False, False, (18, 4, 20, 15)),
    _Industry("노인 요양 복지시설 운영업", ("요양보호사", "조리사", "운전", "청소"),
              ("요양원", "재가복지센터", "주간보호센터", "실버케어"),
              0.2, True, False, (15, 0, 25, 10)),
    _Industry("한식 일반 음식점업", ("조리사", "조리보조", "홀서빙"),
              ("식당", "한식뷔페", "칼국수", "순대국", "감자탕"),
              0.05, True, False, (14, 2, 25, 10)),
    _Industry("일반 화물자동차 운송업", ("물류", "운전", "택배·배송", "사무보조"),
              ("물류", "로지스", "통운", "익스프레스"),
              0.8, False, False, (10, 8, 0, 15)),
    _Industry("일반 의원", ("간호조무사", "사무보조"),
              ("내과의원", "정형외과의원", "가정의학과의원", "치과의원", "한의원"),
              0.0, True, False, (7, 0, 10, 0)),
    _Industry("세무사업", ("회계", "사무보조"),
              ("세무회계사무소", "세무사사무소"),
              0.0, True, False, (4, 3, 0, 0)),
    _Industry("콜센터 및 텔레마케팅 서비스업", ("고객상담", "사무보조"),
              ("씨앤에스", "텔레서비스", "고객센터", "컨택"),
              0.9, False, True, (0, 6, 0, 10)),
    _Industry("어린이집 운영업", ("보육교사", "조리사"),
              ("어린이집",),
              0.0, True, False, (5, 0, 10, 0)),
    _Industry("특수 목적용 기계 제조업", ("기계조작", "생산직", "품질관리"),
              ("기계", "산업", "엔지니어링", "기공"),
              0.85, False, True, (5, 10, 0, 15)),
    _Industry("인쇄업", ("생산직", "디자인"),
              ("인쇄", "프린팅", "기획"),
              0.5, False, True, (2, 5, 0, 0)),
    _Industry("건물 건설업", ("건설 단순노무", "전기·설비", "사무보조"),
              ("건설", "종합건설", "이앤씨", "건업"),
              0.9, False, False, (6, 0, 0, 10)),
    _Industry("슈퍼마켓", ("판매", "물류"),
              ("마트", "유통", "할인마트"),
              0.4, True, False, (5, 0, 10, 5)),
)  # fmt: skip

_PLACE_STEMS = ("가산", "금천", "독산", "시흥", "한내", "호암", "탑골", "벚꽃", "안양천", "구로")
_COMPANY_STEMS = (
    "한빛", "대한", "미래", "새솔", "누리", "다온", "하나", "우리", "제일", "동방", "세진", "태광",
    "대성", "신흥", "한결", "으뜸", "바른", "푸른", "나래", "청솔", "지음", "온누리", "에이스",
    "스마트", "글로벌", "넥스트", "유니", "한솔", "동양", "삼화", "신성", "영진", "동일", "성원",
    "금강", "중앙", "새한", "보람", "오성", "대영", "진성", "일신", "경원", "서진", "태양", "한울",
    "명성", "혜성", "씨엔", "코리아",
)  # fmt: skip
_HOMELY_STEMS = (
    "행복한", "사랑", "늘봄", "햇살", "은빛", "참좋은", "나눔", "해오름", "예원", "소망", "온새미",
    "믿음", "기쁨", "푸른솔", "새싹", "무지개", "엄마손", "할매", "옛날", "고향", "시골", "원조",
    "본가", "우리동네", "다정", "봄날", "초록", "미소", "하늘", "별빛",
)  # fmt: skip
# Latin initials as Koreans spell them, for names such as (주)케이에스테크.
_LETTERS = (
    "에이",
    "비",
    "씨",
    "디",
    "이",
    "지",
    "에이치",
    "제이",
    "케이",
    "엘",
    "엠",
    "엔",
    "피",
    "알",
    "에스",
    "티",
    "와이",
)
_TAX_OFFICES = (("119", 12), ("113", 3), ("107", 2), ("108", 1), ("120", 1), ("114", 1))
_CONTACT_TITLES = ("대표", "부장", "과장", "대리", "팀장", "실장", "주임")
_GVALLEY_ROADS = ("가산디지털1로", "가산디지털2로", "디지털로", "벚꽃로", "서부샛길")
_TOWN_ROADS = ("시흥대로", "독산로", "금하로", "범안로", "남부순환로", "탑골로", "한내로")

# -- the work of the desks -----------------------------------------------------------------

_CHANNELS: dict[str, tuple[tuple[Channel, int], ...]] = {
    "plus": ((Channel.VISIT, 74), (Channel.PHONE, 19), (Channel.OUTREACH, 3), (Channel.ONLINE, 4)),
    "other": ((Channel.VISIT, 74), (Channel.PHONE, 21), (Channel.ONLINE, 5)),
}
_NOTES = (
    "초기 상담: 희망 직종({job})과 근무 조건 확인",
    "이력서·자기소개서 작성 지원",
    "{job} 구인정보 안내",
    "면접 준비 상담 (예상 질문, 복장 안내)",
    "국민내일배움카드 직업훈련 안내",
    "국민취업지원제도 안내 및 신청 방법 설명",
    "구직 활동 점검, 알선 희망 업체 확인",
    "희망 임금 조정 상담",
    "일구데이 현장면접 참여 안내",
    "건강 문제로 근무 시간 조정 희망 ({job})",
    "경력 단절 상담, {job} 재취업 준비",
)
_CHANNEL_NOTES = {
    Channel.PHONE: ("전화 상담: 구직 진행 상황 확인", "전화 상담: 면접 결과 확인"),
    Channel.ONLINE: ("온라인 상담 접수 (이력서 검토 요청)", "온라인 상담: {job} 채용 문의"),
    Channel.OUTREACH: ("찾아가는 일자리플러스센터 (가산디지털단지역) 현장 상담",),
}
_EMPLOYMENT_TYPES = (("정규직", 35), ("계약직", 33), ("시간제", 22), ("일용직", 10))
_VERIFICATIONS = (
    (Verification.INSURANCE, 55),
    (Verification.EMPLOYER, 20),
    (Verification.SELF_REPORT, 15),
    (Verification.CONTRACT, 10),
)
_HEADCOUNTS = ((1, 55), (2, 20), (3, 10), (4, 4), (5, 6), (10, 3), (20, 2))
_VOID_REASONS = {
    "job_seekers": ("중복 등록 (이미 등록된 구직자)",),
    "employers": ("중복 등록된 업체",),
    "job_openings": ("업체 요청으로 구인 취소", "중복 등록", "입력 오류"),
    "sessions": ("입력 오류 (다른 구직자의 상담)", "중복 입력"),
    "referrals": ("입력 오류", "중복 입력", "구직자 요청으로 알선 철회"),
    "placements": ("입사 취소", "중복 입력", "확인 결과 취업 사실 없음"),
}
# Working days a seeker usually waits between registering and a session or referral.
_SESSION_WAIT = 30.0
_REFERRAL_WAIT = 25.0
_SELF_PLACEMENT_WAIT = 60.0
_OPEN_WINDOW = 40  # openings registered this many working days back are still taken
_REFERRAL_PLACEMENT_SHARE = 0.8
_TWICE_PLACED_SHARE = 0.03


def _per_seeker(key: str) -> float:
    return sum(SEED_TABLE[key]) / sum(SEED_TABLE["job_seekers"])


T = TypeVar("T")


class _Dice:
    """Random draws made only from ``random.Random.random``.

    Python keeps the sequence of ``random()`` for a seed the same across
    versions, while ``choice``, ``randrange``, ``shuffle`` and the like may
    change, so a seed gives the same demo everywhere. These are also faster.
    """

    def __init__(self, seed: int) -> None:
        self.seed = seed
        self.random = random.Random(seed).random

    def randrange(self, start: int, stop: int) -> int:
        """An integer in [start, stop)."""
        return start + int(self.random() * (stop - start))

    def randint(self, low: int, high: int) -> int:
        """An integer in [low, high]."""
        return low + int(self.random() * (high - low + 1))

    def choice(self, items: Sequence[T]) -> T:
        return items[int(self.random() * len(items))]

    def uniform(self, low: float, high: float) -> float:
        return low + (high - low) * self.random()

    def wait(self, mean: float) -> int:
        """Whole days of an exponentially distributed wait."""
        return int(-math.log(1.0 - self.random()) * mean)

    def shuffle(self, items: list[T]) -> None:
        for i in range(len(items) - 1, 0, -1):
            j = int(self.random() * (i + 1))
            items[i], items[j] = items[j], items[i]


class _Choice(Generic[T]):
    """A weighted choice drawn in one step from a table holding each value by its weight.

    The weights are rounded to parts of at least 10,000 (every positive weight keeps
    a part): close enough for demo data, and far faster than ``Random.choices``.
    """

    def __init__(self, pairs: Iterable[tuple[T, float]]) -> None:
        listed = list(pairs)
        total = sum(weight for _, weight in listed)
        parts = max(10_000, 20 * len(listed))
        self.table = [
            value
            for value, weight in listed
            for _ in range(max(1, round(weight / total * parts)) if weight > 0 else 0)
        ]
        self.size = len(self.table)

    def draw(self, rng: _Dice) -> T:
        return self.table[int(rng.random() * self.size)]


class _Days:
    """Working days (their indexes) drawn in proportion to their month's weight."""

    def __init__(self, days: list[date]) -> None:
        # Drawing from a table with each day repeated by its weight takes one step.
        self.table = [i for i, d in enumerate(days) for _ in range(_MONTH_WEIGHTS[d.month - 1])]
        self.size = len(self.table)

    def draw(self, rng: _Dice) -> int:
        return self.table[int(rng.random() * self.size)]


@dataclass(frozen=True)
class _Mix:
    """How an event's desk follows its seeker's home desk without changing the desk split.

    With probability ``alpha`` an event is made at the seeker's home desk, else at
    a desk drawn from ``rest``; ``alpha`` is as large as the measure's split over
    the desks allows, so each desk's expected share stays the table's.
    """

    alpha: float
    rest: _Choice[int]

    @classmethod
    def of(cls, key: str) -> _Mix:
        target = [v / sum(SEED_TABLE[key]) for v in SEED_TABLE[key]]
        home = [v / sum(SEED_TABLE["job_seekers"]) for v in SEED_TABLE["job_seekers"]]
        alpha = 0.9 * min(t / h for t, h in zip(target, home, strict=True))
        rest = [max((t - alpha * h) / (1 - alpha), 0.0) for t, h in zip(target, home, strict=True)]
        return cls(alpha, _Choice(enumerate(rest)))

    def draw(self, rng: _Dice, home: int) -> int:
        return home if rng.random() < self.alpha else self.rest.draw(rng)


def _desks(key: str) -> _Choice[int]:
    return _Choice(enumerate(SEED_TABLE[key]))


_SURNAME = _Choice(_SURNAMES)
_AREA = _Choice((a, a.weight) for a in _AREAS)
_TOWN_AREA = _Choice((a, a.weight) for a in _AREAS if a.district == "서울특별시 금천구")
_AGE_BAND = _Choice(zip(_AGE_BANDS, _AGE_BAND_WEIGHTS, strict=True))
_WANTED = {
    (female, band): _Choice((j, (j.women if female else j.men)[band]) for j in _JOBS)
    for female in (False, True)
    for band in range(3)
}
_INDUSTRY = [_Choice((i, i.weights[desk]) for i in _INDUSTRIES) for desk in range(4)]
_OFFICE = _Choice(_TAX_OFFICES)
_CORPORATE_KIND = _Choice((("81", 70), ("86", 20), ("85", 10)))
_CHANNEL = {
    desk: _Choice(_CHANNELS["plus" if desk == 0 else "other"]) for desk in range(len(DESK_CODES))
}
_EMPLOYMENT_TYPE = _Choice(_EMPLOYMENT_TYPES)
_VERIFICATION = _Choice(_VERIFICATIONS)
_HEADCOUNT = _Choice(_HEADCOUNTS)
_RECENT_OUTCOME = _Choice(((ReferralOutcome.PENDING, 6), (ReferralOutcome.INTERVIEW, 4)))
_OLD_OUTCOME = _Choice(
    (
        (ReferralOutcome.REJECTED, 60),
        (ReferralOutcome.INTERVIEW, 25),
        (ReferralOutcome.WITHDRAWN, 15),
    )
)
_PERSON_KEYS = (
    "name",
    "name_initials",
    "birth_date",
    "gender",
    "phone",
    "address",
    "desired_job",
    "desired_code",
    "desired_employment",
    "resident",
    "education",
    "desired_wage",
    "desired_area",
    "sms_consent",
    "sms_consent_on",
)
#: 최종학력 by birth cohort (before 1970, before 1990, later), as the desks see it.
_EDUCATION = tuple(
    _Choice(zip(tuple(Education), weights, strict=True))
    for weights in ((18, 27, 38, 8, 8, 1), (2, 5, 40, 23, 26, 4), (0, 1, 24, 27, 42, 6))
)
_WAGES = (
    "월 200만원",
    "월 220만원",
    "월 230만원",
    "월 250만원",
    "월 280만원",
    "월 300만원",
    "시급 10,000원",
)
_WORK_AREAS = ("금천구", "금천구, 구로구", "구로구", "금천구, 관악구", "영등포구", "광명시")


#: The columns every counted record ends with (``_Builder._stamp``), and voidable ones.
_STAMP_COLUMNS = (
    "desk_id",
    "site_id",
    "created_by",
    "created_at",
    "void",
    "void_reason",
    "voided_at",
    "voided_by",
)
_VOID_COLUMNS = _STAMP_COLUMNS[4:]
_SEEKER_COLUMNS = (
    "id",
    "seeker_no",
    *_PERSON_KEYS,
    "counselor_name",
    "registered_on",
    "consent_on",
    "consent_version",
    *_STAMP_COLUMNS,
)
_EMPLOYER_COLUMNS = (
    "id",
    "employer_no",
    "name",
    "business_no",
    "industry",
    "address",
    "contact_name",
    "phone",
    "desk_id",
    "created_by",
    "created_at",
    *_VOID_COLUMNS,
)
_OPENING_COLUMNS = (
    "id",
    "opening_no",
    "employer_id",
    "occupation",
    "occupation_code",
    "headcount",
    "wage",
    "registered_on",
    "employment_type",
    "closes_on",
    *_STAMP_COLUMNS,
)
_SESSION_COLUMNS = (
    "id",
    "seeker_id",
    "session_on",
    "channel",
    "counselor_name",
    "notes",
    "next_contact_on",
    *_STAMP_COLUMNS,
)
_REFERRAL_COLUMNS = ("id", "seeker_id", "opening_id", "referred_on", "outcome", *_STAMP_COLUMNS)
_PLACEMENT_COLUMNS = (
    "id",
    "seeker_id",
    "placed_on",
    "kind",
    "referral_id",
    "opening_id",
    "employer_name",
    "employment_type",
    "verification",
    *_STAMP_COLUMNS,
)
# Drawn sessions and referrals are kept as one integer each (day, seeker, desk and the
# channel or opening, most significant first), so that sorting the integers sorts them as
# the tuples they stand for, in a fraction of the memory.
_SEEKER_BITS = 21  # MAX_SEEKERS < 2**21
_OPENING_BITS = 22  # openings per seeker (0.53) * MAX_SEEKERS < 2**22
#: Channels in the order their values sort (the order drawn sessions were sorted in).
_CHANNEL_ORDER = tuple(sorted(Channel, key=lambda c: c.value))
_CHANNEL_RANK = {channel: rank for rank, channel in enumerate(_CHANNEL_ORDER)}
_RECENT = 32  # a duplicate copies someone registered at most 30 seekers earlier

Row = tuple[Any, ...]


class _Builder:
    """Draws one demo's records from one random generator, in a fixed order, and writes them."""

    def __init__(
        self,
        rng: _Dice,
        period: Period,
        desk_ids: dict[str, int],
        site_ids: dict[tuple[str, str], int],
        staff_ids: dict[str, int],
        admin_id: int,
        writer: BulkWriter,
        progress: Progress | None,
    ) -> None:
        self.rng = rng
        # Employment types come from their own draws, so the counted records stay the
        # ones an older version drew for the same seed.
        self.kinds = _Dice(rng.seed ^ 0x5EED)
        # The rest of a seeker's file is drawn apart, so that the records stay as before.
        self.files = _Dice(rng.seed ^ 0xF11E)
        self.groups: list[Row] = []
        self.code: Callable[[str | None], str | None] = lambda _text: None
        self.days = working_days(period)
        self.writer = writer
        self.day_values = [writer.day(d) for d in self.days]  # as the database binds them
        self.last = len(self.days) - 1
        self.day = _Days(self.days)
        self.desk_ids = [desk_ids[code] for code in DESK_CODES]
        self.dong = DESK_CODES.index(DONG.code)
        self.sites = {name: site_ids[(DONG.code, name)] for name in DONG.sites}
        self.created_by = [staff_ids[code] for code in DESK_CODES]
        self.admin_id = admin_id
        self.progress = progress
        self.now = writer.moment(utcnow())
        self.done = 0
        self.total = 1
        self.phones: set[str] = set()
        self.business_nos: set[str] = set()
        self.company_names: set[str] = set()
        # What later records need to know of each job seeker, one list per attribute:
        # registration day (index among the working days), home desk (index), counselor,
        # first wanted job, the dong site near home, and whether the registration is void.
        self.reg_days: list[int] = []
        self.homes = bytearray()
        self.counselors: list[str] = []
        self.jobs: list[str] = []
        self.home_sites: list[str | None] = []
        self.voids = bytearray()
        # Valid openings in order of registration: working day, id and employer's name.
        self.opening_days: list[int] = []
        self.opening_ids: list[int] = []
        self.opening_employers: list[str] = []
        self.openings_by_job: dict[str, tuple[list[int], list[int]]] = {}
        # Second and fourth Wednesdays: the plus desk's outreach days at 가산디지털단지역.
        self.outreach_days = [
            i for i, d in enumerate(self.days) if d.weekday() == 2 and (d.day - 1) // 7 in (1, 3)
        ]

    # -- writing -----------------------------------------------------------------------

    def write(self, seekers: int, base: dict[str, int]) -> dict[str, int]:
        """Draw and insert everything after the ids in ``base``; the rows written per kind."""
        openings = max(1, round(seekers * _per_seeker("job_openings")))
        employers = max(len(DESK_CODES), round(openings / 3.5))
        sessions = round(seekers * _per_seeker("sessions"))
        referrals = round(seekers * _per_seeker("referrals"))
        placed = round(seekers * _per_seeker("placements"))
        self.total = seekers + employers + openings + sessions + referrals + placed
        self._tick(0)
        counts: dict[str, int] = {}
        counts["job_seekers"] = self._write_seekers(seekers, base)
        employer_rows, opening_rows = self._employers_and_openings(employers, openings, base)
        counts["employers"] = self._insert(Employer, _EMPLOYER_COLUMNS, employer_rows)
        del employer_rows
        counts["job_openings"] = self._insert(JobOpening, _OPENING_COLUMNS, opening_rows)
        del opening_rows
        counts["sessions"] = self._insert(
            CounselingSession, _SESSION_COLUMNS, self._session_rows(sessions, base)
        )
        referral_rows, placement_rows = self._referrals_and_placements(referrals, placed, base)
        counts["referrals"] = self._insert(Referral, _REFERRAL_COLUMNS, referral_rows)
        counts["placements"] = self._insert(Placement, _PLACEMENT_COLUMNS, placement_rows)
        self.done = self.total
        self._tick(0)
        return counts

    def _tick(self, rows: int) -> None:
        self.done += rows
        if self.progress is not None:
            self.progress(min(self.done, self.total), self.total)

    def _insert(self, model: Any, columns: Sequence[str], rows: Iterable[Row]) -> int:
        return self.writer.write(model.__tablename__, columns, rows, self._tick)

    def _write_seekers(self, count: int, base: dict[str, int]) -> int:
        """The seekers in chunks, each chunk followed by its people's target groups."""
        table, groups = JobSeeker.__tablename__, SeekerGroup.__tablename__
        rows = self._seeker_rows(count, base)
        written = 0
        while chunk := list(itertools.islice(rows, self.writer.chunk)):
            written += self.writer.write(table, _SEEKER_COLUMNS, chunk, self._tick)
            self.writer.write(groups, ("seeker_id", "group_name"), self.groups)
            self.groups = []
        return written

    def _stamp(self, desk: int, site: str | None, void: str | None) -> Row:
        """The columns every counted record ends with: desk, site, author and voiding."""
        site_id = None
        if desk == self.dong:
            site_id = self.sites[site or self.rng.choice(DONG.sites)]
        return (self.desk_ids[desk], site_id, self.created_by[desk], self.now, *self._void(void))

    def _void(self, void: str | None) -> Row:
        """The voiding columns: void for one of the reasons of its kind ``void``, or valid."""
        if void is None:
            return (False, None, None, None)
        return (True, self.rng.choice(_VOID_REASONS[void]), self.now, self.admin_id)

    def _voided(self, kind: str) -> str | None:
        return kind if self.rng.random() < VOID_RATE else None

    # -- people ------------------------------------------------------------------------

    def _seeker_rows(self, count: int, base: dict[str, int]) -> Iterator[Row]:
        rng, days, day_values, bind = self.rng, self.days, self.day_values, self.writer.day
        reg = sorted(self.day.draw(rng) for _ in range(count))
        self.reg_days = reg
        homes = _desks("job_seekers")
        first = base[JobSeeker.__tablename__] + 1
        recent: list[tuple[Row, str, str | None]] = [((), "", None)] * _RECENT
        for i in range(count):
            desk = homes.draw(rng)
            registered = days[reg[i]]
            # A duplicate registration of someone registered shortly before, voided later.
            if i > 0 and rng.random() < VOID_RATE:
                original = rng.randint(max(0, i - 30), i - 1)
                person, job, site = recent[original % _RECENT]
                void = True
            else:
                person, job, site = self._person(registered)
                void = False
            recent[i % _RECENT] = (person, job, site)
            counselor = rng.choice(STAFF[DESK_CODES[desk]])
            self.homes.append(desk)
            self.counselors.append(counselor)
            self.jobs.append(job)
            self.home_sites.append(site)
            self.voids.append(void)
            birth, sms_on = person[2], person[14]
            on = day_values[reg[i]]
            seeker_id = first + i
            self.groups += [(seeker_id, g) for g in self._groups(birth, registered, person[3])]
            yield (
                seeker_id,
                f"S{seeker_id:08d}",
                *person[:2],
                bind(birth),
                *person[3:14],
                None if sms_on is None else bind(sms_on),
                counselor,
                on,
                on,
                CONSENT_VERSION,
                *self._stamp(desk, site, "job_seekers" if void else None),
            )

    def _groups(self, birth: date, registered: date, gender: str) -> list[str]:
        """The target groups a person is in: 청년, 중장년 or 어르신 by age on registering,
        and now and then 경력단절여성, 장애인, 저소득, 한부모 or 결혼이민자."""
        dice = self.files
        before_birthday = (registered.month, registered.day) < (birth.month, birth.day)
        age = registered.year - birth.year - before_birthday
        groups = []
        if age <= 34:
            groups.append("청년")
        elif 50 <= age <= 64:
            groups.append("중장년")
        elif age >= 65:
            groups.append("어르신")
        if gender == "여" and 30 <= age <= 54 and dice.random() < 0.18:
            groups.append("경력단절여성")
        for name, rate in (
            ("장애인", 0.04),
            ("저소득", 0.08),
            ("한부모", 0.02),
            ("결혼이민자", 0.015),
        ):
            if dice.random() < rate:
                groups.append(name)
        return groups

    def _person(self, registered: date) -> tuple[Row, str, str | None]:
        """A person's columns (``_PERSON_KEYS``, dates as dates), their first wanted job and
        the dong site near their home."""
        rng = self.rng
        female = rng.random() < 0.52
        band = _AGE_BAND.draw(rng)
        birth = self._birth_date(registered, rng.randint(*band))
        cohort = 0 if birth.year < 1970 else 1 if birth.year < 1990 else 2
        surname = _SURNAME.draw(rng)
        if rng.random() < 0.03:
            given = rng.choice(_SINGLE_GIVEN[female])
        else:
            given = rng.choice(_GIVEN_NAMES[(female, cohort)])
        name = surname + given
        wanted_jobs = _WANTED[(female, _AGE_BANDS.index(band))]
        job = wanted_jobs.draw(rng)
        wanted = job.name
        if rng.random() < 0.3:
            second = wanted_jobs.draw(rng)
            if second is not job:
                wanted += ", " + second.name
        area = _AREA.draw(rng)
        phone = self._mobile()
        address = self._home_address(area)
        code = self.code(wanted)
        kinds = self.kinds
        employment = _EMPLOYMENT_TYPE.draw(kinds) if kinds.random() < 0.6 else None
        person = (
            name,
            initials(name),
            birth,
            "여" if female else "남",
            phone,
            address,
            wanted,
            code,
            employment,
            *self._file(area, cohort, registered),
        )
        return person, job.name, area.site

    def _file(self, area: _Area, cohort: int, registered: date) -> Row:
        """The rest of a person's file: 구민 여부, 최종학력, wishes, SMS consent (the last
        six of ``_PERSON_KEYS``)."""
        dice = self.files
        resident = area.district == "서울특별시 금천구"
        education = _EDUCATION[cohort].draw(dice).value
        wage = dice.choice(_WAGES) if dice.random() < 0.45 else None
        work_area = dice.choice(_WORK_AREAS) if dice.random() < 0.35 else None
        if dice.random() < 0.8:
            return (resident, education, wage, work_area, dice.random() < 0.85, registered)
        return (resident, education, wage, work_area, None, None)

    def _birth_date(self, registered: date, age: int) -> date:
        """A birth date of someone exactly ``age`` years old on ``registered``."""

        def years_before(years: int) -> date:
            year = registered.year - years
            if registered.month == 2 and registered.day == 29:
                return date(year, 2, 28)
            return registered.replace(year=year)

        latest = years_before(age).toordinal()
        earliest = years_before(age + 1).toordinal() + 1
        return date.fromordinal(self.rng.randint(earliest, latest))

    def _mobile(self) -> str:
        rng = self.rng
        while True:
            digits = f"010{rng.randint(2000, 9999)}{rng.randrange(0, 10_000):04d}"
            if digits not in self.phones:
                self.phones.add(digits)
                return normalize_phone(digits)

    def _landline(self) -> str:
        rng = self.rng
        if rng.random() < 0.7:
            digits = (
                f"02{rng.choice('28')}{rng.randrange(0, 1000):03d}{rng.randrange(0, 10_000):04d}"
            )
        else:
            digits = f"028{rng.randrange(0, 100):02d}{rng.randrange(0, 10_000):04d}"
        return normalize_phone(digits)

    def _home_address(self, area: _Area) -> str:
        rng = self.rng
        road = rng.choice(area.roads)
        if rng.random() < 0.5:
            road += f"{rng.randint(1, 30) * 2}길"
        text = f"{area.district} {road} {rng.randint(1, 180)}"
        if rng.random() < 0.35:
            text += f", {rng.randint(101, 112)}동 {rng.randint(1, 20)}{rng.randint(1, 6):02d}호"
        elif rng.random() < 0.3:
            text += f", {rng.randint(1, 4)}층"
        return f"{text} ({area.dong})"

    def _full_name(self) -> str:
        rng = self.rng
        female = rng.random() < 0.5
        return _SURNAME.draw(rng) + rng.choice(_GIVEN_NAMES[(female, rng.randint(0, 2))])

    # -- employers and openings --------------------------------------------------------

    def _company_name(self, industry: _Industry) -> str:
        rng = self.rng
        name = ""
        for _ in range(8):
            if industry.homely:
                stem = rng.choice(_HOMELY_STEMS if rng.random() < 0.6 else _PLACE_STEMS)
            elif rng.random() < 0.3:
                stem = "".join(rng.choice(_LETTERS) for _ in range(rng.randint(2, 3)))
            else:
                stem = rng.choice(_COMPANY_STEMS if rng.random() < 0.7 else _PLACE_STEMS)
            name = stem + rng.choice(industry.suffixes)
            if rng.random() < industry.corporate:
                form = rng.random()
                if form < 0.5:
                    name = f"(주){name}"
                elif form < 0.8:
                    name = f"{name}(주)"
                else:
                    name = f"주식회사 {name}"
            if name not in self.company_names:
                break
        # A name may repeat after several tries, as real trade names do.
        self.company_names.add(name)
        return name

    def _business_no(self, corporate: bool, exempt: bool) -> str:
        rng = self.rng
        while True:
            if corporate:
                kind = _CORPORATE_KIND.draw(rng)
            elif exempt:
                kind = str(rng.randint(90, 99))
            else:
                kind = f"{rng.randint(1, 79):02d}"
            nine = f"{_OFFICE.draw(rng)}{kind}{rng.randrange(0, 10_000):04d}"
            digits = nine + str(business_no_check_digit(nine))
            if digits not in self.business_nos:
                self.business_nos.add(digits)
                return normalize_business_no(digits)

    def _work_address(self, industry: _Industry, desk: int) -> str:
        rng = self.rng
        if industry.in_gvalley and (desk == 1 or rng.random() < 0.6):
            road = rng.choice(_GVALLEY_ROADS)
            dong = "가산동" if road != "서부샛길" or rng.random() < 0.5 else "독산동"
            return (
                f"서울특별시 금천구 {road} {rng.randint(1, 220)}, "
                f"{rng.randint(2, 20)}층 {rng.randint(1, 30):02d}호 ({dong})"
            )
        area = _TOWN_AREA.draw(rng)
        return f"서울특별시 금천구 {rng.choice(_TOWN_ROADS)} {rng.randint(1, 300)} ({area.dong})"

    def _wage(self, job: _Job, day: date) -> str:
        rng = self.rng
        if rng.random() < 0.05:
            return "면접 후 결정"
        hourly = _minimum_wage(day.year)
        factor = 1.0 if rng.random() < 0.35 else rng.uniform(job.low, job.high)
        factor = max(factor, job.low)
        if job.pay == "시급":
            return f"시급 {round(hourly * factor / 10) * 10:,}원"
        if job.pay == "일급":
            return f"일급 {round(hourly * 8 * factor / 10_000)}만원"
        monthly = hourly * 209 * factor
        if job.pay == "연봉":
            return f"연봉 {round(monthly * 12 / 1_000_000) * 100:,}만원"
        return f"월 {round(monthly / 10_000)}만원"

    def _employers_and_openings(
        self, employers: int, openings: int, base: dict[str, int]
    ) -> tuple[list[Row], list[Row]]:
        rng, days, day_values = self.rng, self.days, self.day_values
        desks = _desks("job_openings")
        # Each desk keeps the employers it works with; the first four seed one pool each.
        homes = list(range(4)) + [desks.draw(rng) for _ in range(employers - 4)]
        first_employer = base[Employer.__tablename__] + 1
        industries: list[_Industry] = []
        employer_rows: list[list[Any]] = []
        names: list[str] = []
        pools: list[list[int]] = [[] for _ in range(4)]
        for k, desk in enumerate(homes):
            industry = _INDUSTRY[desk].draw(rng)
            industries.append(industry)
            pools[desk].append(k)
            corporate = rng.random() < industry.corporate
            contact = self._full_name() + " " + rng.choice(_CONTACT_TITLES)
            name = self._company_name(industry)
            business_no = self._business_no(corporate, industry.name == "일반 의원")
            address = self._work_address(industry, desk)
            phone = self._mobile() if rng.random() < 0.25 else self._landline()
            names.append(name)
            employer_rows.append(
                [
                    first_employer + k,
                    f"E{first_employer + k:08d}",
                    name,
                    business_no,
                    industry.name,
                    address,
                    contact,
                    phone,
                    self.desk_ids[desk],
                    self.created_by[desk],
                    self.now,
                ]
            )
        # A few employers post many openings (Zipf-like weights within each pool).
        pool_choice = [
            _Choice((k, 1 / (rank + 1) ** 0.5) for rank, k in enumerate(p)) for p in pools
        ]
        reg = sorted(self.day.draw(rng) for _ in range(openings))
        first_opening = base[JobOpening.__tablename__] + 1
        opening_rows: list[Row] = []
        used = [False] * employers
        by_job = self.openings_by_job
        bind = self.writer.day
        for k in range(openings):
            desk = desks.draw(rng)
            employer = pool_choice[desk].draw(rng)
            used[employer] = True
            job = _JOB_BY_NAME[rng.choice(industries[employer].jobs)]
            day = days[reg[k]]
            void = self._voided("job_openings")
            opening_id = first_opening + k
            headcount = _HEADCOUNT.draw(rng)
            wage = self._wage(job, day)
            employment = _EMPLOYMENT_TYPE.draw(self.kinds)
            closes_on = None
            if rng.random() < 0.85:  # the others recruit until filled
                closes_on = bind(day + timedelta(days=rng.choice((14, 14, 30, 30, 30, 45, 60))))
            opening_rows.append(
                (
                    opening_id,
                    f"J{opening_id:08d}",
                    first_employer + employer,
                    job.name,
                    self.code(job.name),
                    headcount,
                    wage,
                    day_values[reg[k]],
                    employment,
                    closes_on,
                    *self._stamp(desk, None, void),
                )
            )
            if void is None:
                self.opening_days.append(reg[k])
                self.opening_ids.append(opening_id)
                self.opening_employers.append(names[employer])
                found = by_job.setdefault(job.name, ([], []))
                found[0].append(reg[k])
                found[1].append(len(self.opening_ids) - 1)
        # Only employers without openings are withdrawn, about VOID_RATE of all employers.
        unused = sum(not u for u in used)
        chance = min(1.0, VOID_RATE * employers / unused) if unused else 0.0
        for k in range(employers):
            void_employer = not used[k] and rng.random() < chance
            employer_rows[k] += self._void("employers" if void_employer else None)
        return [tuple(row) for row in employer_rows], opening_rows

    # -- the work with seekers ---------------------------------------------------------

    def _seeker_for(self, mean_wait: float) -> tuple[int, int]:
        """A working day and a seeker registered on or before it, usually shortly before.

        A day whose seeker would have registered before the span is drawn again, so
        the first weeks have fewer events instead of a few seekers having them all.
        """
        # The draws of ``_Days.draw``, ``_Dice.wait`` and ``_Dice.randrange``, written out:
        # this runs for every session and referral.
        random, reg, log = self.rng.random, self.reg_days, math.log
        table, size, earliest = self.day.table, self.day.size, reg[0]
        for _ in range(1000):
            day = table[int(random() * size)]
            target = day - int(-log(1.0 - random()) * mean_wait)
            if target >= earliest:
                hi = bisect_right(reg, target)
                lo = bisect_left(reg, reg[hi - 1])
                i = lo + int(random() * (hi - lo))
                break
        else:  # nearly everybody registered on the last days: take the earliest
            day, i = max(day, reg[0]), 0
        voids = self.voids
        while voids[i]:  # seeker 0 is never void
            i -= 1
        return i, day

    def _session_rows(self, count: int, base: dict[str, int]) -> Iterator[Row]:
        rng, days, day_values = self.rng, self.days, self.day_values
        homes, counselors, jobs, sites = self.homes, self.counselors, self.jobs, self.home_sites
        mix = _Mix.of("sessions")
        drawn: list[int] = []
        for _ in range(count):
            seeker, day = self._seeker_for(_SESSION_WAIT)
            if rng.random() < 0.25:
                day = self.reg_days[seeker]  # counselled on the day of registration
            desk = mix.draw(rng, homes[seeker])
            channel = _CHANNEL[desk].draw(rng)
            if channel is Channel.OUTREACH:
                k = bisect_left(self.outreach_days, day)
                if k < len(self.outreach_days):
                    day = self.outreach_days[k]
                else:
                    channel = Channel.VISIT
            drawn.append(((day << _SEEKER_BITS | seeker) << 2 | desk) << 2 | _CHANNEL_RANK[channel])
        drawn.sort()
        packed = array("q", drawn)
        del drawn
        first = base[CounselingSession.__tablename__] + 1
        seeker_base = base[JobSeeker.__tablename__] + 1
        seeker_mask = (1 << _SEEKER_BITS) - 1
        last_day = days[self.last]
        bind = self.writer.day
        staff = [STAFF[code] for code in DESK_CODES]
        for k, key in enumerate(packed):
            channel = _CHANNEL_ORDER[key & 3]
            desk = key >> 2 & 3
            seeker = key >> 4 & seeker_mask
            day = key >> 4 + _SEEKER_BITS
            on = day_values[day]
            if channel is Channel.ONLINE and rng.random() < 0.3:
                # Online requests also arrive at weekends.
                on = bind(min(days[day] + timedelta(days=rng.randint(1, 2)), last_day))
            counselor = rng.choice(staff[desk])
            if desk == homes[seeker] and rng.random() < 0.8:
                counselor = counselors[seeker]  # usually their own counselor
            notes = None
            if rng.random() < 0.8:
                notes = rng.choice(_CHANNEL_NOTES.get(channel, _NOTES)).format(job=jobs[seeker])
            next_contact = None
            if rng.random() < 0.25 and day + 10 <= self.last:
                next_contact = day_values[day + rng.randint(3, 10)]
            yield (
                first + k,
                seeker_base + seeker,
                on,
                channel.value,
                counselor,
                notes,
                next_contact,
                *self._stamp(desk, sites[seeker], self._voided("sessions")),
            )

    def _opening_for(self, seeker: int, day: int) -> tuple[int, int]:
        """An opening registered on or before ``day``, preferably recent and in the seeker's
        wanted job: its index among the valid openings, and the (possibly later) day."""
        rng = self.rng
        wanted = self.openings_by_job.get(self.jobs[seeker])
        if wanted is not None and rng.random() < 0.7:
            job_days, indexes = wanted
            hi = bisect_right(job_days, day)
            lo = bisect_left(job_days, day - _OPEN_WINDOW)
            if hi > lo:
                return indexes[rng.randrange(lo, hi)], day
        all_days = self.opening_days
        hi = bisect_right(all_days, day)
        if hi == 0:
            return 0, all_days[0]
        lo = min(bisect_left(all_days, day - _OPEN_WINDOW), hi - 1)
        return rng.randrange(lo, hi), day

    def _referrals_and_placements(
        self, count: int, placed: int, base: dict[str, int]
    ) -> tuple[Iterator[Row], list[Row]]:
        rng, day_values = self.rng, self.day_values
        homes, sites, reg_days = self.homes, self.home_sites, self.reg_days
        seeker_base = base[JobSeeker.__tablename__] + 1
        if not self.opening_ids:
            count = 0  # every opening was voided: nobody can be referred
        mix = _Mix.of("referrals")
        seeker_shift = _OPENING_BITS + 2
        day_shift = seeker_shift + _SEEKER_BITS
        seeker_mask = (1 << _SEEKER_BITS) - 1
        opening_mask = (1 << _OPENING_BITS) - 1
        referral_keys: list[int] = []
        for _ in range(count):
            seeker, day = self._seeker_for(_REFERRAL_WAIT)
            opening, day = self._opening_for(seeker, day)
            desk = mix.draw(rng, homes[seeker])
            referral_keys.append(
                ((day << _SEEKER_BITS | seeker) << 2 | desk) << _OPENING_BITS | opening
            )
        referral_keys.sort()
        drawn = array("q", referral_keys)
        del referral_keys
        voids = [self._voided("referrals") for _ in drawn]
        # The valid referrals of each seeker, in order: seeker s has those of
        # ``referred[starts[s]:starts[s + 1]]`` (indexes into ``drawn``).
        starts = array("q", bytes(8 * (len(homes) + 1)))
        for k, key in enumerate(drawn):
            if voids[k] is None:
                starts[(key >> seeker_shift & seeker_mask) + 1] += 1
        for s in range(len(homes)):
            starts[s + 1] += starts[s]
        referred = array("q", bytes(8 * starts[-1]))
        filled = starts[:-1]
        for k, key in enumerate(drawn):
            if voids[k] is None:
                s = key >> seeker_shift & seeker_mask
                referred[filled[s]] = k
                filled[s] += 1
        del filled
        hired: set[int] = set()
        placement_mix = _Mix.of("placements")
        raw: list[tuple[int, int, int, int | None]] = []

        def place(seeker: int, after: int) -> bool:
            """Place ``seeker`` on or after working day ``after``, if that is within the span."""
            desk = placement_mix.draw(rng, homes[seeker])
            mine = [
                k
                for k in referred[starts[seeker] : starts[seeker + 1]]
                if drawn[k] >> day_shift >= after
            ]
            if mine and rng.random() < _REFERRAL_PLACEMENT_SHARE:
                same = [k for k in mine if drawn[k] >> _OPENING_BITS & 3 == desk]
                referral = rng.choice(same if same and rng.random() < 0.7 else mine)
                day = (drawn[referral] >> day_shift) + rng.randint(2, 25)
                if day > self.last:
                    return False
                hired.add(referral)
                raw.append((day, seeker, desk, referral))
                return True
            day = after + rng.wait(_SELF_PLACEMENT_WAIT)
            if day > self.last:
                return False
            raw.append((day, seeker, desk, None))
            return True

        candidates = [i for i, void in enumerate(self.voids) if not void]
        rng.shuffle(candidates)
        people = 0
        for seeker in candidates:
            if people >= placed:
                break
            if not place(seeker, reg_days[seeker]):
                continue
            people += 1
            if rng.random() < _TWICE_PLACED_SHARE:
                place(seeker, raw[-1][0] + rng.randint(60, 250))
        del candidates
        raw.sort(key=lambda item: (item[0], item[1]))
        first_referral = base[Referral.__tablename__] + 1
        first_placement = base[Placement.__tablename__] + 1
        placements: list[Row] = []
        for k, (day, seeker, desk, referral) in enumerate(raw):
            if referral is None:
                kind = PlacementKind.SELF.value
                referral_id = opening_id = None
                employer_name = self._company_name(_INDUSTRY[0].draw(rng))
            else:
                opening = drawn[referral] & opening_mask
                kind = PlacementKind.REFERRAL.value
                referral_id = first_referral + referral
                opening_id = self.opening_ids[opening]
                employer_name = self.opening_employers[opening]
            employment = _EMPLOYMENT_TYPE.draw(rng)
            verification = _VERIFICATION.draw(rng).value
            placements.append(
                (
                    first_placement + k,
                    seeker_base + seeker,
                    day_values[day],
                    kind,
                    referral_id,
                    opening_id,
                    employer_name,
                    employment,
                    verification,
                    *self._stamp(desk, sites[seeker], self._voided("placements")),
                )
            )

        def referral_rows() -> Iterator[Row]:
            for k, key in enumerate(drawn):
                day = key >> day_shift
                seeker = key >> seeker_shift & seeker_mask
                yield (
                    first_referral + k,
                    seeker_base + seeker,
                    self.opening_ids[key & opening_mask],
                    day_values[day],
                    self._outcome(day, k in hired),
                    *self._stamp(key >> _OPENING_BITS & 3, sites[seeker], voids[k]),
                )

        return referral_rows(), placements

    def _outcome(self, day: int, hired: bool) -> str | None:
        rng = self.rng
        if hired:
            return ReferralOutcome.HIRED.value
        if self.last - day < 15:
            return _RECENT_OUTCOME.draw(rng).value
        if rng.random() < 0.1:
            return None  # the result was never recorded
        return _OLD_OUTCOME.draw(rng).value
