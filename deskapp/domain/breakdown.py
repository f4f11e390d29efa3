"""Breakdowns of the seeker-side figures by who is served and by whom.

``stats --by sex|age|resident|group|site|counselor`` splits 구직등록, 상담, 알선 and
취업자수 of every desk row by one attribute. The rules of the main table hold
within each row: distinct people for 구직등록 and 취업자수, void records never
count, and ``total`` is the sum of the desk rows. A person is placed in an age
band by their age in full years (만 나이) on the date of the counted record; a
person counted once is placed by the first record counted for them in the row.
A person in several target groups counts in each, so groups need not add up to
the desk row.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from deskapp.domain.dates import Period
from deskapp.domain.desks import DESK_CODES, DESKS, TOTAL_CODE, TOTAL_NAME, Desk
from deskapp.domain.errors import ValidationError
from deskapp.domain.korean import particle
from deskapp.domain.spreadsheet import csv_safe
from deskapp.i18n import noop, translate

#: The measures a breakdown splits (구인등록 belongs to employers, not people).
BREAKDOWN_KEYS: tuple[str, ...] = ("job_seekers", "sessions", "referrals", "placements")
CSV_HEADER = "desk,group," + ",".join(BREAKDOWN_KEYS)

UNKNOWN = "미상"  # korean-data
NO_GROUP = "해당없음"  # korean-data


class Dimension(StrEnum):
    """What a breakdown splits by, with its label in the language spoken."""

    SEX = "sex"
    AGE = "age"
    RESIDENT = "resident"
    GROUP = "group"
    SITE = "site"
    COUNSELOR = "counselor"

    @property
    def label(self) -> str:
        return translate("breakdown", _LABELS[self])


_LABELS = {
    Dimension.SEX: noop("breakdown", "Sex"),
    Dimension.AGE: noop("breakdown", "Age group"),
    Dimension.RESIDENT: noop("breakdown", "Resident"),
    Dimension.GROUP: noop("breakdown", "Target group"),
    Dimension.SITE: noop("breakdown", "Dong desk site"),
    Dimension.COUNSELOR: noop("breakdown", "Counselor"),
}
#: The Korean names a user may type for a dimension (``--by 성별``) in either language.
_KOREAN_NAMES = {
    "성별": Dimension.SEX,  # korean-data
    "연령대": Dimension.AGE,  # korean-data
    "구민 여부": Dimension.RESIDENT,  # korean-data
    "대상 그룹": Dimension.GROUP,  # korean-data
    "동 창구 현장": Dimension.SITE,  # korean-data
    "상담사": Dimension.COUNSELOR,  # korean-data
}

SEXES: tuple[str, ...] = ("남", "여", UNKNOWN)  # korean-data
RESIDENCE: tuple[str, ...] = ("구민", "비구민", UNKNOWN)  # korean-data


@dataclass(frozen=True)
class AgeBand:
    """Ages ``low`` to ``high`` in full years, both inclusive (``high`` None: no limit)."""

    label: str
    low: int
    high: int | None


AGE_BANDS: tuple[AgeBand, ...] = (
    AgeBand("15-29", 15, 29),
    AgeBand("30-39", 30, 39),
    AgeBand("40-49", 40, 49),
    AgeBand("50-64", 50, 64),
    AgeBand("65+", 65, None),
)
AGES: tuple[str, ...] = (*(b.label for b in AGE_BANDS), UNKNOWN)
YOUNGEST = AGE_BANDS[0].low


def parse_dimension(text: object, field: str = "--by") -> Dimension:
    """A dimension named by its key, its Korean name or its label in the language spoken
    (spaces left out or not); ValidationError otherwise."""
    raw = str(text or "").strip()
    squashed = raw.replace(" ", "").lower()
    for name, dimension in _KOREAN_NAMES.items():
        if squashed == name.replace(" ", ""):
            return dimension
    for dimension in Dimension:
        if squashed in (dimension.value, dimension.label.replace(" ", "").lower()):
            return dimension
    names = ", ".join(d.value for d in Dimension)
    raise ValidationError(
        field,
        translate("breakdown", "'{value}' is not something to split by (one of {names}).").format(
            value=raw,
            names=names,
            value_josa=particle(raw, "은/는"),  # korean-data
        ),
    )


def full_years(born: date, on: date) -> int:
    """만 나이: whole years from ``born`` to ``on``."""
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def age_band(born: date | None, on: date) -> str:
    """The band of a person born on ``born`` on the day ``on`` (미상 without a birth date
    or under 15)."""
    if born is None:
        return UNKNOWN
    age = full_years(born, on)
    for band in AGE_BANDS:
        if age >= band.low and (band.high is None or age <= band.high):
            return band.label
    return UNKNOWN


def site_values(desk: Desk) -> tuple[str, ...]:
    """The rows of a desk in the site breakdown: its sites and 미상, or its one place."""
    return (*desk.sites, UNKNOWN) if desk.sites else (desk.place,)


def fixed_values(dimension: Dimension, desk: Desk | None = None) -> tuple[str, ...] | None:
    """The rows a dimension always shows (for ``desk``, or the total when None), in order;
    None for the dimensions whose values come from the records (groups, counselors)."""
    if dimension is Dimension.SEX:
        return SEXES
    if dimension is Dimension.AGE:
        return AGES
    if dimension is Dimension.RESIDENT:
        return RESIDENCE
    if dimension is Dimension.SITE:
        if desk is not None:
            return site_values(desk)
        return tuple(value for d in DESKS for value in site_values(d))
    return None


@dataclass(frozen=True)
class Split:
    """The four seeker-side measures for one desk (or the total) and one group value."""

    job_seekers: int = 0
    sessions: int = 0
    referrals: int = 0
    placements: int = 0

    def __add__(self, other: Split) -> Split:
        return Split(*(a + b for a, b in zip(self.values(), other.values(), strict=True)))

    def values(self) -> tuple[int, int, int, int]:
        return (self.job_seekers, self.sessions, self.referrals, self.placements)

    def get(self, key: str) -> int:
        if key not in BREAKDOWN_KEYS:
            raise KeyError(key)
        value: int = getattr(self, key)
        return value


@dataclass(frozen=True)
class BreakdownRow:
    """One line: a desk (or ``total``), one value of the dimension and its counts."""

    desk: str
    desk_name: str
    group: str
    counts: Split


@dataclass(frozen=True)
class BreakdownTable:
    """A period's figures per desk and value of one dimension.

    ``cells[(desk code, value)]`` holds the counts; ``values`` lists the order of the
    values that come from the records (target groups in the list's order, counselors
    by name), each desk showing those it has.
    """

    period: Period
    dimension: Dimension
    cells: Mapping[tuple[str, str], Split]
    values: tuple[str, ...] = ()
    desks: tuple[str, ...] = DESK_CODES

    def desk_values(self, desk: Desk | None) -> tuple[str, ...]:
        """The values shown for ``desk`` (the total when None), in order."""
        fixed = fixed_values(self.dimension, desk)
        if fixed is not None:
            return fixed
        if self.dimension is Dimension.GROUP:
            return self.values
        if desk is None:
            return self.values
        present = {value for (code, value) in self.cells if code == desk.code}
        return tuple(value for value in self.values if value in present)

    def cell(self, desk: str, value: str) -> Split:
        """Counts of one desk (or ``total``: the sum of the desk rows) and value."""
        if desk == TOTAL_CODE:
            result = Split()
            for code in self.desks:
                result = result + self.cells.get((code, value), Split())
            return result
        return self.cells.get((desk, value), Split())

    @property
    def whole(self) -> bool:
        """Every desk is shown (and so the total rows)."""
        return self.desks == DESK_CODES

    @property
    def rows(self) -> list[BreakdownRow]:
        """``total`` first, then the desks in table order, each with its values in order;
        a table cut to some desks has no total."""
        rows = [
            BreakdownRow(TOTAL_CODE, TOTAL_NAME, value, self.cell(TOTAL_CODE, value))
            for value in (self.desk_values(None) if self.whole else ())
        ]
        for desk in DESKS:
            if desk.code not in self.desks:
                continue
            rows += [
                BreakdownRow(desk.code, desk.name, value, self.cell(desk.code, value))
                for value in self.desk_values(desk)
            ]
        return rows

    def with_values(self, values: tuple[str, ...]) -> BreakdownTable:
        """The same counts listing the values that come from the records as ``values``."""
        return replace(self, values=values)

    def only(self, desk: str) -> BreakdownTable:
        """The table cut to one desk's rows (no total)."""
        cells = {key: split for key, split in self.cells.items() if key[0] == desk}
        return replace(self, cells=cells, desks=(desk,))

    def csv_lines(self) -> list[str]:
        """The lines of ``stats --by … --format csv``: a value (a counselor's or group's
        name) quoted when it holds a comma or quote, and kept from being read as a
        formula (``csv_safe``)."""
        lines = [CSV_HEADER]
        for row in self.rows:
            buffer = io.StringIO()
            csv.writer(buffer, lineterminator="").writerow(
                [row.desk, csv_safe(row.group), *row.counts.values()]
            )
            lines.append(buffer.getvalue())
        return lines

    def as_json(self) -> dict[str, object]:
        return {
            "from": self.period.start.isoformat(),
            "to": self.period.end.isoformat(),
            "by": self.dimension.value,
            "rows": [
                {
                    "desk": r.desk,
                    "group": r.group,
                    **dict(zip(BREAKDOWN_KEYS, r.counts.values(), strict=True)),
                }
                for r in self.rows
            ],
        }


@dataclass(frozen=True)
class BreakdownSeries:
    """Each month of a period broken down on its own (``(YYYY-MM, table)``), and the whole."""

    period: Period
    dimension: Dimension
    months: list[tuple[str, BreakdownTable]]
    whole: BreakdownTable

    def only(self, desk: str) -> BreakdownSeries:
        months = [(label, table.only(desk)) for label, table in self.months]
        return replace(self, months=months, whole=self.whole.only(desk))


def ordered_values(
    dimension: Dimension, found: Iterable[str], groups: Iterable[str] = ()
) -> tuple[str, ...]:
    """The order of the values that come from the records: target groups in the list's
    order then 해당없음; counselors by name, 미상 last."""
    seen = set(found)
    if dimension is Dimension.GROUP:
        listed = list(groups)
        extra = sorted(seen - set(listed) - {NO_GROUP})
        return (*listed, *extra, NO_GROUP)
    if dimension is Dimension.COUNSELOR:
        names = sorted(seen - {UNKNOWN})
        return (*names, UNKNOWN) if UNKNOWN in seen else tuple(names)
    return tuple(fixed_values(dimension) or ())
