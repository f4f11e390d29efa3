"""구인기업체 발굴 및 관리: contacts with employers and 구민 우선 채용 협약.

A counselor logs each contact with an employer (방문, 전화, 협약, 구인 발굴) with a note
and, optionally, the next thing to do and its day, which the worklist shows until it is
done. The contact that found an employer is its 신규 발굴 (the report decides it from
the live contacts: see deskapp.services.outreach). An employer may sign a 구민
우선 채용 협약: from a day, optionally until a day, pledging a headcount; the hires
against it are the people placed there within its period.

The commands check what can be checked without the database and raise ValidationError
naming the field in Korean; the service checks dates against today, the desk, the
employer and closed months.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import TypeVar

from deskapp.domain import fields as f
from deskapp.domain.desks import DeskRef
from deskapp.domain.errors import ValidationError
from deskapp.domain.field_names import field_label
from deskapp.domain.korean import particle
from deskapp.i18n import noop, translate

T = TypeVar("T")

#: The most a 협약 may pledge (a typing slip, not a real agreement, beyond it).
PLEDGE_MAX = 100_000
#: How far after its contact a next action may be set (days: two years).
NEXT_ACTION_DAYS = 731
#: How far from its signing an agreement may start, and how long it may run (days).
AGREEMENT_START_DAYS = 366
AGREEMENT_YEARS = 10


def _years_after(day: date, years: int) -> date:
    if day.year + years > date.max.year:
        return date.max
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


class ContactKind(StrEnum):
    """How an employer was contacted (구분)."""

    VISIT = "방문"  # korean-data
    PHONE = "전화"  # korean-data
    AGREEMENT = "협약"  # korean-data
    OPENING_FOUND = "구인발굴"  # korean-data

    @property
    def label(self) -> str:
        """The kind's name, in the language spoken."""
        return translate("outreach", _CONTACT_LABELS[self])


_CONTACT_LABELS = {
    ContactKind.VISIT: noop("outreach", "Visit"),
    ContactKind.PHONE: noop("outreach", "Phone call"),
    ContactKind.AGREEMENT: noop("outreach", "Agreement"),
    ContactKind.OPENING_FOUND: noop("outreach", "Opening found"),
}


def parse_contact_kind(value: object, field: str = "구분") -> ContactKind:  # korean-data
    """방문, 전화, 협약 or 구인발굴 (also written 구인 발굴, 방문상담, 전화상담, 발굴), or the
    kind's name in the language spoken."""
    text = str(value or "").strip().replace(" ", "")
    aliases = {
        "방문상담": ContactKind.VISIT,  # korean-data
        "전화상담": ContactKind.PHONE,  # korean-data
        "협약체결": ContactKind.AGREEMENT,  # korean-data
        "발굴": ContactKind.OPENING_FOUND,  # korean-data
        **{k.label.replace(" ", "").lower(): k for k in ContactKind},
    }
    if text.lower() in aliases:
        return aliases[text.lower()]
    try:
        return ContactKind(text)
    except ValueError:
        names = ", ".join(k.label for k in ContactKind)
        raise ValidationError(
            field,
            translate("outreach", "'{value}' is not a kind of contact ({names}).").format(
                value=value,
                names=names,
                value_josa=particle(value, "은/는"),  # korean-data
            ),
        ) from None


def _optional_text(value: str | None, field: str) -> str | None:
    return None if f.is_blank(value) else f.text(value, field, f.LONG_TEXT_MAX)


def _collector(problems: list[tuple[str, str]]) -> Callable[[Callable[[], T]], T | None]:
    """A function that runs a check and adds its problems to ``problems`` (so that one
    ValidationError lists every bad field, in order); the check's result, or None."""

    def check(action: Callable[[], T]) -> T | None:
        try:
            return action()
        except ValidationError as error:
            problems.extend(error.problems)
            return None

    return check


def _check_day(value: object, field: str) -> None:
    if not isinstance(value, date):
        raise ValidationError(
            field,
            translate("outreach", "Enter {field} as a date.").format(
                field=field_label(field),
                field_josa=particle(field, "을/를"),  # korean-data
            ),
        )


@dataclass(frozen=True)
class LogContact:
    """A contact with the employer ``employer_no``.

    ``desk`` None: the actor's desk. ``first_contact`` None: 신규 발굴 when the employer
    has no earlier live contact; True or False as the counselor says otherwise.
    ``next_action`` and ``next_on`` go together: the worklist shows the action from its
    day until it is marked done."""

    employer_no: str
    contacted_on: date
    kind: ContactKind
    note: str | None = None
    next_action: str | None = None
    next_on: date | None = None
    desk: DeskRef | None = None
    first_contact: bool | None = None

    def __post_init__(self) -> None:
        problems: list[tuple[str, str]] = []
        check = _collector(problems)
        number = check(lambda: f.text(self.employer_no, "업체번호", f.IDENT_MAX))  # korean-data
        object.__setattr__(self, "employer_no", number or self.employer_no)
        check(lambda: _check_day(self.contacted_on, "접촉일"))  # korean-data
        if not isinstance(self.kind, ContactKind):
            message = translate(
                "outreach", "Choose one of visit, phone call, agreement or opening found."
            )
            problems.append(("구분", message))  # korean-data
        object.__setattr__(
            self,
            "note",
            check(lambda: _optional_text(self.note, "내용")),  # korean-data
        )
        object.__setattr__(
            self,
            "next_action",
            check(lambda: _optional_text(self.next_action, "다음 할 일")),  # korean-data
        )
        if self.next_on is not None:
            check(lambda: _check_day(self.next_on, "다음 일자"))  # korean-data
        if self.next_action and self.next_on is None:
            message = translate("outreach", "Enter the date of the next action.")
            problems.append(("다음 일자", message))  # korean-data
        if self.next_on is not None and not self.next_action:
            message = translate("outreach", "Enter the action for the next date.")
            problems.append(("다음 할 일", message))  # korean-data
        if (
            isinstance(self.next_on, date)
            and isinstance(self.contacted_on, date)
            and self.next_on < self.contacted_on
        ):
            message = translate("outreach", "Cannot be before the contact date.")
            problems.append(("다음 일자", message))  # korean-data
        elif (
            isinstance(self.next_on, date)
            and isinstance(self.contacted_on, date)
            and (self.next_on - self.contacted_on).days > NEXT_ACTION_DAYS
        ):
            message = translate("outreach", "Enter a date within 2 years of the contact date.")
            problems.append(("다음 일자", message))  # korean-data
        if problems:
            raise ValidationError.many(problems)


@dataclass(frozen=True)
class SignAgreement:
    """구민 우선 채용 협약 with the employer ``employer_no``: signed on a day, in force from
    ``starts_on`` (until ``ends_on``, or with no end), pledging ``pledged`` hires of the
    district's residents. ``desk`` None: the actor's desk."""

    employer_no: str
    signed_on: date
    starts_on: date
    pledged: int
    ends_on: date | None = None
    note: str | None = None
    desk: DeskRef | None = None

    def __post_init__(self) -> None:
        problems: list[tuple[str, str]] = []
        check = _collector(problems)
        number = check(lambda: f.text(self.employer_no, "업체번호", f.IDENT_MAX))  # korean-data
        object.__setattr__(self, "employer_no", number or self.employer_no)
        check(lambda: _check_day(self.signed_on, "협약일"))  # korean-data
        check(lambda: _check_day(self.starts_on, "시작일"))  # korean-data
        if self.ends_on is not None:
            check(lambda: _check_day(self.ends_on, "종료일"))  # korean-data
        if isinstance(self.pledged, bool) or not isinstance(self.pledged, int):
            message = translate("outreach", "Enter a whole number of 0 or more.")
            problems.append(("채용 약정 인원", message))  # korean-data
        elif not 0 <= self.pledged <= PLEDGE_MAX:
            message = translate("outreach", "Must be between 0 and {max:,} people.").format(
                max=PLEDGE_MAX
            )
            problems.append(("채용 약정 인원", message))  # korean-data
        if (
            isinstance(self.ends_on, date)
            and isinstance(self.starts_on, date)
            and self.ends_on < self.starts_on
        ):
            message = translate("outreach", "Cannot be before the start date.")
            problems.append(("종료일", message))  # korean-data
        elif (
            isinstance(self.ends_on, date)
            and isinstance(self.starts_on, date)
            and self.ends_on > _years_after(self.starts_on, AGREEMENT_YEARS)
        ):
            message = translate(
                "outreach", "Enter a date within {years} years of the start date."
            ).format(years=AGREEMENT_YEARS)
            problems.append(("종료일", message))  # korean-data
        if (
            isinstance(self.starts_on, date)
            and isinstance(self.signed_on, date)
            and abs((self.starts_on - self.signed_on).days) > AGREEMENT_START_DAYS
        ):
            message = translate("outreach", "Enter a date within 1 year of the signing date.")
            problems.append(("시작일", message))  # korean-data

        object.__setattr__(
            self,
            "note",
            check(lambda: _optional_text(self.note, "내용")),  # korean-data
        )
        if problems:
            raise ValidationError.many(problems)


@dataclass(frozen=True)
class OutreachCounts:
    """One desk's outreach in one month (the 기업발굴 report's row)."""

    year: int
    month: int
    desk: str  # desk code
    new_employers: int = 0  # 신규발굴: employers first contacted
    visits: int = 0  # 방문
    calls: int = 0  # 전화
    agreements: int = 0  # 협약 signed
    openings: int = 0  # 발굴기업 구인등록: openings of employers the desk found

    def values(self) -> tuple[int, int, int, int, int]:
        return (self.new_employers, self.visits, self.calls, self.agreements, self.openings)


#: The 기업발굴 sheet's and view's header, after 월 and 창구.
REPORT_MEASURES = ("신규발굴", "방문", "전화", "협약", "발굴기업 구인등록")  # korean-data
