"""The registration-to-employment statistics table (ARCHITECTURE.md) as plain values."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date

from deskapp.domain.dates import Period
from deskapp.domain.desks import DESK_CODES, DESKS, TOTAL_CODE, TOTAL_NAME


@dataclass(frozen=True)
class Measure:
    """One column of the table: its key, official heading and unit."""

    key: str
    label: str
    unit: str


MEASURES: tuple[Measure, ...] = (
    Measure("job_openings", "구인등록", "건"),  # korean-data
    Measure("job_seekers", "구직등록", "명"),  # korean-data
    Measure("sessions", "상담", "건"),  # korean-data
    Measure("referrals", "알선", "건"),  # korean-data
    Measure("placements", "취업자수", "명"),  # korean-data
)
MEASURE_KEYS: tuple[str, ...] = tuple(m.key for m in MEASURES)
#: Headings as spaced in the official table.
OFFICIAL_LABELS = {
    "job_openings": "구인등록",  # korean-data
    "job_seekers": "구직등록",  # korean-data
    "sessions": "상 담",  # korean-data
    "referrals": "알 선",  # korean-data
    "placements": "취업자수",  # korean-data
}
CSV_HEADER = "desk," + ",".join(MEASURE_KEYS)


@dataclass(frozen=True)
class Counts:
    """The five measures for one desk (or the total)."""

    job_openings: int = 0
    job_seekers: int = 0
    sessions: int = 0
    referrals: int = 0
    placements: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(*(getattr(self, k) + getattr(other, k) for k in MEASURE_KEYS))

    def values(self) -> tuple[int, ...]:
        return tuple(getattr(self, f.name) for f in fields(self))

    def get(self, key: str) -> int:
        if key not in MEASURE_KEYS:
            raise KeyError(key)
        value: int = getattr(self, key)
        return value


@dataclass(frozen=True)
class StatsRow:
    """One row of the table: a desk (or ``total``) and its counts."""

    desk: str
    name: str
    counts: Counts


@dataclass(frozen=True)
class StatsTable:
    """The table for one period: the total row first, then the desks in order.

    A table cut to some desks (a counselor's export of their own desk) shows only
    those desks' rows, without the total.
    """

    period: Period
    by_desk: dict[str, Counts]
    desks: tuple[str, ...] = DESK_CODES

    @property
    def whole(self) -> bool:
        """Every desk is shown (and so the total row)."""
        return self.desks == DESK_CODES

    def only(self, desk: str) -> StatsTable:
        """The table cut to one desk's row."""
        return StatsTable(self.period, {desk: self.by_desk.get(desk, Counts())}, (desk,))

    @property
    def total(self) -> Counts:
        """The sum of the four desk rows, column by column (as the official table)."""
        result = Counts()
        for desk in DESKS:
            result = result + self.by_desk.get(desk.code, Counts())
        return result

    @property
    def rows(self) -> list[StatsRow]:
        rows = [StatsRow(TOTAL_CODE, TOTAL_NAME, self.total)] if self.whole else []
        rows += [
            StatsRow(d.code, d.name, self.by_desk.get(d.code, Counts()))
            for d in DESKS
            if d.code in self.desks
        ]
        return rows

    def csv_lines(self) -> list[str]:
        """The lines of ``stats --format csv``: header, total, desks."""
        lines = [CSV_HEADER]
        for row in self.rows:
            lines.append(",".join([row.desk, *(str(v) for v in row.counts.values())]))
        return lines


@dataclass(frozen=True)
class MonthStats:
    """One month of a monthly report: the month alone and the cumulative period (누계)."""

    month: str  # YYYY-MM
    table: StatsTable
    cumulative: StatsTable


@dataclass(frozen=True)
class MonthlySeries:
    """Each month of a period with its 누계, and the whole period's table."""

    period: Period
    months: list[MonthStats]
    whole: StatsTable

    @property
    def desks(self) -> tuple[str, ...]:
        return self.whole.desks

    def only(self, desk: str) -> MonthlySeries:
        """The series cut to one desk."""
        months = [
            MonthStats(m.month, m.table.only(desk), m.cumulative.only(desk)) for m in self.months
        ]
        return MonthlySeries(self.period, months, self.whole.only(desk))


@dataclass(frozen=True)
class DrillRow:
    """One record counted in a cell of the table or of a breakdown (for 취업자수: one
    person, with their placements)."""

    kind: str
    id: int
    on: date
    desk: str
    seeker_id: int | None
    label: str
    detail: str
