"""Dates as counselors type them (ARCHITECTURE.md: The records workbook) and reporting periods."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from deskapp.domain.errors import ValidationError
from deskapp.domain.korean import particle
from deskapp.i18n import translate

_EXCEL_EPOCH = date(1899, 12, 30)
_DASHED = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DOTTED = re.compile(r"(\d{4})\.\s*(\d{1,2})\.\s*(\d{1,2})\.?")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")
#: The spellings of a date, as the records workbook's instructions name them.
SPELLINGS = "YYYY-MM-DD, YYYY.MM.DD, YYYY.MM.DD. 또는 YYYYMMDD"  # korean-data
#: The years a reporting period typed by a user may reach.
PERIOD_YEARS = (1900, 2999)


def _make(year: int, month: int, day: int, raw: str, field: str) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise ValidationError(
            field,
            translate("dates", "'{value}' is not a real date.").format(
                value=raw,
                value_josa=particle(raw, "은/는"),  # korean-data
            ),
        ) from None


def _enter_date() -> str:
    return translate("dates", "Enter a date.")


def parse_date(value: object, field: str = "날짜") -> date:  # korean-data
    """Read a date from an Excel cell or text in the records workbook's spellings.

    Accepts ``date``/``datetime`` (Excel dates), whole numbers written as
    YYYYMMDD, Excel serial numbers, and text ``YYYY-MM-DD``, ``YYYY.MM.DD``,
    ``YYYY.MM.DD.`` or ``YYYYMMDD`` (single-digit months and days and a space
    after each dot, as in ``2018. 1. 19.``, are accepted too).
    """
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool) or value is None:
        raise ValidationError(field, _enter_date())
    if isinstance(value, int | float):
        if float(value).is_integer():
            number = int(value)
            if 10_000_000 <= number <= 99_999_999:
                return parse_date(str(number), field)
            if 1 <= number <= 2_958_465:
                return _EXCEL_EPOCH + timedelta(days=number)
        raise ValidationError(
            field,
            translate(
                "dates",
                "'{value}' is not a date (YYYY-MM-DD, YYYY.MM.DD, YYYY.MM.DD. or YYYYMMDD).",
            ).format(value=value, value_josa=particle(value, "은/는")),  # korean-data
        )
    raw = str(value).strip()
    if not raw:
        raise ValidationError(field, _enter_date())
    for pattern in (_DASHED, _DOTTED, _COMPACT):
        match = pattern.fullmatch(raw)
        if match:
            year, month, day = (int(g) for g in match.groups())
            return _make(year, month, day, raw, field)
    raise ValidationError(
        field,
        translate(
            "dates",
            "'{value}' is not in a date format (YYYY-MM-DD, YYYY.MM.DD, YYYY.MM.DD. or YYYYMMDD).",
        ).format(value=raw, value_josa=particle(raw, "은/는")),  # korean-data
    )


def format_date(day: date | None) -> str:
    """ISO spelling used in every output (``2018-10-30``); empty for None."""
    return day.isoformat() if day else ""


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later, clamped to the month's last day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    last = _last_day(year, month)
    return date(year, month, min(day.day, last))


def _last_day(year: int, month: int) -> int:
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    return (nxt - timedelta(days=1)).day


@dataclass(frozen=True)
class Period:
    """A reporting period, both ends inclusive."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.start > self.end:
            raise ValidationError(
                "기간",  # korean-data
                translate("dates", "The start date {start} is after the end date {end}.").format(
                    start=self.start,
                    end=self.end,
                    start_josa=particle(self.start, "이/가"),  # korean-data
                ),
            )

    @classmethod
    def parse(cls, start: object, end: object) -> Period:
        """A period from two dates as typed (``--from``/``--to``), each in the years
        ``PERIOD_YEARS`` (a day like 0001-01-01 or 9999-12-31 is refused with a message,
        not met later as a date out of range)."""
        days: list[date] = []
        problems: list[tuple[str, str]] = []
        for value, field in ((start, "시작일"), (end, "종료일")):  # korean-data
            try:
                day = parse_date(value, field)
            except ValidationError as error:
                problems += error.problems
                continue
            first, last = PERIOD_YEARS
            if not first <= day.year <= last:
                problems.append(
                    (
                        field,
                        translate(
                            "dates", "{date}: give a date between the years {first} and {last}."
                        ).format(date=day.isoformat(), first=first, last=last),
                    )
                )

            days.append(day)
        if problems:
            raise ValidationError.many(problems)
        return cls(days[0], days[1])

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        """One calendar month."""
        return cls(date(year, month, 1), date(year, month, _last_day(year, month)))

    @classmethod
    def year(cls, year: int) -> Period:
        """One calendar year."""
        return cls(date(year, 1, 1), date(year, 12, 31))

    def months(self) -> Iterator[Period]:
        """The calendar months this period touches, each clipped to the period."""
        year, month = self.start.year, self.start.month
        while date(year, month, 1) <= self.end:
            whole = Period.month(year, month)
            yield Period(max(whole.start, self.start), min(whole.end, self.end))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end

    def __str__(self) -> str:
        return f"{self.start.isoformat()} ~ {self.end.isoformat()}"
