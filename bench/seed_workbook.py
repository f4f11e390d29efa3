"""A records workbook whose records reproduce the district's 2018-10-30 table.

``python bench/seed_workbook.py OUT.xlsx`` (or ``make seed-workbook``) writes
about 51,000 rows over the six sheets of ARCHITECTURE.md (The records workbook). Imported into an
empty database, ``deskapp stats --from 2018-01-01 --to 2018-10-30`` prints the
official table exactly. The workbook also holds what a real export
holds: people registered in 2017, activity after the period, people placed
twice, dates in every accepted spelling and desks named every accepted way,
so that the table is reproduced only if each rule of the statistics (ARCHITECTURE.md) is applied.
"""

from __future__ import annotations

import bisect
import random
import sys
from datetime import date, timedelta
from pathlib import Path

from openpyxl import Workbook

from deskapp.domain.business import business_no_check_digit
from deskapp.domain.desks import DESKS
from deskapp.domain.workbook import EMPLOYERS, OPENINGS, PLACEMENTS, REFERRALS, SEEKERS, SESSIONS

PERIOD = (date(2018, 1, 1), date(2018, 10, 30))

#: The official table (ARCHITECTURE.md) by desk code: openings, seekers, sessions,
#: referrals, placed persons.
SEED_TABLE: dict[str, tuple[int, int, int, int, int]] = {
    "plus": (958, 3590, 15685, 12660, 1516),
    "gvalley": (1608, 72, 2051, 83, 9),
    "dong": (15, 203, 2463, 3572, 54),
    "welfare": (212, 1436, 1321, 918, 408),
}
SEED_CSV = """desk,job_openings,job_seekers,sessions,referrals,placements
total,2793,5301,21520,17233,1987
plus,958,3590,15685,12660,1516
gvalley,1608,72,2051,83,9
dong,15,203,2463,3572,54
welfare,212,1436,1321,918,408"""

SURNAMES = (
    "김" * 21
    + "이" * 15
    + "박" * 8
    + "최" * 5
    + "정" * 5
    + "강강조조윤윤장장임한오서신권황안송류전홍"
)
GIVEN = "민서준지현수영진우성호재경은혜동하연승태예주원정희유나"
OCCUPATIONS = ("경비원", "청소원", "사무보조원", "생산직", "요양보호사", "조리사", "배송기사",
               "판매원", "웹개발자", "회계사무원", "물류관리원", "간호조무사")  # fmt: skip
CHANNELS = ("방문", "방문", "방문", "전화", "전화", "온라인")
OUTCOMES = ("채용", "불합격", "면접", "대기", None)


def _days(start: date, end: date) -> int:
    return (end - start).days


class _Builder:
    """Draws the records; every choice comes from one seeded generator."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.seekers: list[list[object]] = []
        self.seeker_dates: list[tuple[date, str]] = []  # sorted by date
        self.openings: list[list[object]] = []
        self.opening_dates: list[tuple[date, str]] = []

    def day(self, start: date, end: date) -> date:
        return start + timedelta(days=self.rng.randint(0, _days(start, end)))

    def spelled(self, day: date) -> object:
        """Most dates as Excel dates; the rest in each accepted text spelling."""
        pick = self.rng.random()
        if pick < 0.85:
            return day
        if pick < 0.90:
            return day.isoformat()
        if pick < 0.95:
            return f"{day:%Y.%m.%d}" + ("." if pick < 0.93 else "")
        return f"{day:%Y%m%d}"

    def desk(self, code: str) -> str:
        desk = next(d for d in DESKS if d.code == code)
        if code == "dong" and self.rng.random() < 0.8:
            return self.rng.choice(desk.sites)
        return self.rng.choice((desk.code, desk.name, desk.short_name))

    def name(self) -> str:
        given = "".join(self.rng.choice(GIVEN) for _ in range(1 if self.rng.random() < 0.05 else 2))
        return self.rng.choice(SURNAMES) + given

    def phone(self) -> str:
        return f"010-{self.rng.randint(2000, 9999)}-{self.rng.randint(0, 9999):04d}"

    def add_seekers(self, code: str, count: int, start: date, end: date) -> None:
        for _ in range(count):
            number = f"S{len(self.seekers) + 1:06d}"
            registered = self.day(start, end)
            birth = date(
                self.rng.randint(1950, 2000), self.rng.randint(1, 12), self.rng.randint(1, 28)
            )
            self.seekers.append([
                number, self.name(), self.desk(code), self.spelled(registered), birth,
                self.rng.choice("남여"), self.phone() if self.rng.random() < 0.9 else None,
                f"서울 금천구 {self.rng.choice(('가산동', '독산동', '시흥동'))}",
                self.rng.choice(OCCUPATIONS), None,
            ])  # fmt: skip
            self.seeker_dates.append((registered, number))

    def add_openings(self, code: str, count: int, start: date, end: date, employers: int) -> None:
        for _ in range(count):
            number = f"J{len(self.openings) + 1:06d}"
            registered = self.day(start, end)
            self.openings.append([
                number, f"E{self.rng.randint(1, employers):05d}", self.rng.choice(OCCUPATIONS),
                self.rng.randint(1, 5), self.desk(code), self.spelled(registered),
                f"월 {self.rng.randint(200, 350)}만원", registered + timedelta(days=60),
            ])  # fmt: skip
            self.opening_dates.append((registered, number))

    def seeker_before(self, day: date) -> str:
        """A seeker registered on or before ``day``."""
        limit = bisect.bisect_right(self.seeker_dates, (day, "\uffff"))
        return self.seeker_dates[self.rng.randrange(limit)][1]

    def opening_before(self, day: date) -> str:
        limit = bisect.bisect_right(self.opening_dates, (day, "\uffff"))
        return self.opening_dates[self.rng.randrange(limit)][1]


def build_rows(seed: int = 2018) -> dict[str, list[list[object]]]:
    """The rows of each sheet (headings not included), reproducibly."""
    b = _Builder(seed)
    start, end = PERIOD
    employers_count = 700
    employers: list[list[object]] = []
    for i in range(1, employers_count + 1):
        first = f"{b.rng.randint(101, 899)}{b.rng.randint(81, 88)}{b.rng.randint(0, 9999):04d}"
        digits = first + str(business_no_check_digit(first))
        employers.append([
            f"E{i:05d}", f"(주)금천{b.rng.choice(('테크', '물류', '푸드', '케어', '전자'))}{i}",
            f"{digits[:3]}-{digits[3:5]}-{digits[5:]}", "제조업", "서울 금천구 가산디지털1로",
            b.name(), f"02-{b.rng.randint(800, 899)}-{b.rng.randint(0, 9999):04d}",
        ])  # fmt: skip

    # People registered before the period: they are helped in 2018 but not counted as 2018 seekers.
    b.add_seekers("plus", 600, date(2017, 1, 2), date(2017, 12, 29))
    b.add_seekers("welfare", 200, date(2017, 1, 2), date(2017, 12, 29))
    b.add_openings("gvalley", 100, date(2017, 6, 1), date(2017, 12, 29), employers_count)
    for code, (openings, seekers, _, _, _) in SEED_TABLE.items():
        b.add_seekers(code, seekers, start, end)
        b.add_openings(code, openings, start, end, employers_count)
    # Registered after the period: must not count.
    b.add_seekers("plus", 60, date(2018, 10, 31), date(2018, 12, 28))
    b.add_openings("plus", 50, date(2018, 10, 31), date(2018, 12, 28), employers_count)
    b.seeker_dates.sort()
    b.opening_dates.sort()

    sessions: list[list[object]] = []
    referrals: list[list[object]] = []
    placements: list[list[object]] = []

    def add_sessions(code: str, count: int, first: date, last: date) -> None:
        for _ in range(count):
            day = b.day(first, last)
            channel = "찾아가는상담" if code == "plus" and b.rng.random() < 0.05 else None
            sessions.append([
                b.seeker_before(day), b.spelled(day), b.desk(code),
                channel or b.rng.choice(CHANNELS), "상담사", "구직 상담",
            ])  # fmt: skip

    def add_referrals(code: str, count: int, first: date, last: date) -> None:
        for _ in range(count):
            day = b.day(first, last)
            referrals.append([
                b.seeker_before(day), b.opening_before(day), b.spelled(day), b.desk(code),
                b.rng.choice(OUTCOMES),
            ])  # fmt: skip

    for code, (_, _, count_sessions, count_referrals, _) in SEED_TABLE.items():
        add_sessions(code, count_sessions, start, end)
        add_referrals(code, count_referrals, start, end)
    add_sessions("plus", 200, date(2017, 12, 1), date(2017, 12, 29))
    add_sessions("dong", 100, date(2018, 10, 31), date(2018, 12, 28))
    add_referrals("plus", 200, date(2018, 10, 31), date(2018, 12, 28))

    registered = dict((number, day) for day, number in b.seeker_dates)
    for code, (_, _, _, _, persons) in SEED_TABLE.items():
        people = b.rng.sample([n for d, n in b.seeker_dates if d <= end], persons)
        twice = set(b.rng.sample(people, max(1, persons // 40)))
        for number in people:
            times = 2 if number in twice else 1
            for _ in range(times):
                day = b.day(max(registered[number], start), end)
                opening = b.opening_before(day) if b.rng.random() < 0.6 else None
                placements.append([
                    number, b.spelled(day), b.desk(code), opening, None,
                    b.rng.choice(("상용직", "임시직", "일용직")),
                ])  # fmt: skip
    # Placed after the period (not counted), and before it (not counted either).
    for _ in range(80):
        day = b.day(date(2018, 10, 31), date(2018, 12, 28))
        placements.append(
            [b.seeker_before(day), b.spelled(day), b.desk("plus"), None, "(주)관악", "상용직"]
        )
    for _ in range(20):
        day = b.day(date(2017, 12, 1), date(2017, 12, 29))
        placements.append(
            [b.seeker_before(day), b.spelled(day), b.desk("welfare"), None, "(주)관악", "상용직"]
        )

    b.rng.shuffle(sessions)
    b.rng.shuffle(referrals)
    b.rng.shuffle(placements)
    return {
        SEEKERS.name: b.seekers,
        EMPLOYERS.name: employers,
        OPENINGS.name: b.openings,
        SESSIONS.name: sessions,
        REFERRALS.name: referrals,
        PLACEMENTS.name: placements,
    }


def write_workbook(path: Path, rows: dict[str, list[list[object]]]) -> Path:
    """Write ``rows`` under the records workbook's headings (write-only mode: fast and lean)."""
    book = Workbook(write_only=True)
    for spec in (SEEKERS, EMPLOYERS, OPENINGS, SESSIONS, REFERRALS, PLACEMENTS):
        sheet = book.create_sheet(spec.name)
        sheet.append(list(spec.headings))
        for row in rows[spec.name]:
            sheet.append(row)
    book.save(path)
    return path


def write_seed_workbook(path: Path, seed: int = 2018) -> Path:
    """Write the workbook that reproduces the 2018-10-30 table."""
    return write_workbook(path, build_rows(seed))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: python bench/seed_workbook.py OUT.xlsx")
    out = write_seed_workbook(Path(sys.argv[1]))
    print(f"wrote {out}")
