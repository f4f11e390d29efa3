"""The records workbook (DESIGN.md §5): its sheets, columns and row validation.

Each sheet is described by a :class:`SheetSpec`; :func:`clean_row` turns one
row (a mapping from heading to cell value) into a typed record or raises
ValidationError listing every bad column of that row.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from deskapp.domain import fields as f
from deskapp.domain.business import normalize_business_no
from deskapp.domain.dates import parse_date
from deskapp.domain.desks import parse_desk
from deskapp.domain.errors import ValidationError
from deskapp.domain.phone import normalize_phone
from deskapp.domain.records import (
    Channel,
    EmploymentType,
    Gender,
    PlacementKind,
    parse_channel,
    parse_employment,
    parse_gender,
)


@dataclass(frozen=True)
class SheetSpec:
    """A sheet of the workbook: its name, required and optional headings."""

    name: str
    required: tuple[str, ...]
    optional: tuple[str, ...]

    @property
    def headings(self) -> tuple[str, ...]:
        return self.required + self.optional


#: Beyond DESIGN.md §5, read when present (issue 8): the occupation code (KECO) and
#: the employment type, on seekers (wanted) and openings.
SEEKERS = SheetSpec("구직자", ("구직자번호", "성명", "등록창구", "등록일"),
                    ("생년월일", "성별", "연락처", "주소", "희망직종", "담당상담사",
                     "희망직종코드", "희망고용형태"))  # fmt: skip
EMPLOYERS = SheetSpec("구인업체", ("업체번호", "업체명"),
                      ("사업자등록번호", "업종", "주소", "담당자", "연락처"))  # fmt: skip
OPENINGS = SheetSpec("구인", ("구인번호", "업체번호", "모집직종", "모집인원", "등록창구", "등록일"),
                     ("임금", "마감일", "모집직종코드", "고용형태"))  # fmt: skip
SESSIONS = SheetSpec(
    "상담", ("구직자번호", "상담일", "상담창구"), ("상담방법", "상담사", "상담내용")
)
REFERRALS = SheetSpec("알선", ("구직자번호", "구인번호", "알선일", "알선창구"), ("결과",))
PLACEMENTS = SheetSpec("취업", ("구직자번호", "취업일", "취업창구"),
                       ("구인번호", "업체명", "고용형태"))  # fmt: skip

#: The sheets in the order they are read (each may refer to those before it).
SHEETS: tuple[SheetSpec, ...] = (SEEKERS, EMPLOYERS, OPENINGS, SESSIONS, REFERRALS, PLACEMENTS)


@dataclass(frozen=True)
class SeekerRow:
    seeker_no: str
    name: str
    desk: str
    site: str | None
    registered_on: date
    birth_date: date | None
    gender: Gender | None
    phone: str | None
    address: str | None
    desired_job: str | None
    counselor_name: str | None
    desired_code: str | None
    desired_employment: EmploymentType | None


@dataclass(frozen=True)
class EmployerRow:
    employer_no: str
    name: str
    business_no: str | None
    industry: str | None
    address: str | None
    contact_name: str | None
    phone: str | None


@dataclass(frozen=True)
class OpeningRow:
    opening_no: str
    employer_no: str
    occupation: str
    headcount: int
    desk: str
    site: str | None
    registered_on: date
    wage: str | None
    closes_on: date | None
    occupation_code: str | None
    employment_type: EmploymentType | None


@dataclass(frozen=True)
class SessionRow:
    seeker_no: str
    session_on: date
    desk: str
    site: str | None
    channel: Channel | None
    counselor_name: str | None
    notes: str | None


@dataclass(frozen=True)
class ReferralRow:
    seeker_no: str
    opening_no: str
    referred_on: date
    desk: str
    site: str | None
    outcome: str | None


@dataclass(frozen=True)
class PlacementRow:
    seeker_no: str
    placed_on: date
    desk: str
    site: str | None
    opening_no: str | None
    employer_name: str | None
    employment_type: str | None
    kind: PlacementKind


class _Row:
    """Collects the clean values and the problems of one row."""

    def __init__(self, values: Mapping[str, object]) -> None:
        self.values = values
        self.problems: list[tuple[str, str]] = []
        self.masked = 0

    def get(self, column: str, parse: Callable[[object, str], Any], required: bool = True) -> Any:
        raw = self.values.get(column)
        if not required and f.is_blank(raw):
            return None
        try:
            return parse(raw, column)
        except ValidationError as error:
            self.problems.extend(error.problems)
            return None

    def free(self, column: str) -> str | None:
        raw = self.values.get(column)
        if f.is_blank(raw):
            return None
        try:
            value, masked = f.free_text(raw, column)
        except ValidationError as error:
            self.problems.extend(error.problems)
            return None
        self.masked += masked
        return value

    def desk(self, column: str) -> tuple[str, str | None]:
        ref = self.get(column, parse_desk)
        return (ref.desk.code, ref.site) if ref else ("", None)

    def done(self, spec: SheetSpec) -> None:
        """Raise every problem of the row, in the order of the sheet's columns."""
        if self.problems:
            order = {heading: i for i, heading in enumerate(spec.headings)}
            self.problems.sort(key=lambda problem: order.get(problem[0], len(order)))
            raise ValidationError.many(self.problems)


def occupation_code(value: object, field: str) -> str:
    """A KECO occupation code of 1 to 4 digits; WorkNet's 6-digit codes (a 세분류 and its
    subdivision) give their 세분류. Whether it exists is the services' to check.

    A number cell must hold a whole 4-digit code: Excel drops a leading 0 (0121 → 121),
    so a shorter number could name another group.
    """
    if isinstance(value, int | float) and not isinstance(value, bool):
        if not float(value).is_integer() or not 1000 <= value <= 999_999:
            raise ValidationError(
                field, f"'{value}': 코드는 텍스트로 적으세요 (숫자 칸에서는 앞자리 0이 사라집니다)."
            )
        value = str(int(value))
    text = str(value).strip()
    if not re.fullmatch(r"\d{1,4}|\d{6}", text):
        raise ValidationError(
            field, f"'{text}'은(는) 직업분류 코드가 아닙니다 (숫자 1~4자리, 워크넷 6자리)."
        )
    return text[:4]


def _short(value: object, field: str) -> str:
    return f.text(value, field)


def clean_row(spec: SheetSpec, values: Mapping[str, object], today: date) -> tuple[Any, int]:
    """Validate one row of ``spec``; returns the typed row and the resident numbers masked."""
    row = _Row(values)

    def when(value: object, field: str) -> date:
        return f.record_date(value, field, today)

    record: Any
    if spec is SEEKERS:
        desk, site = row.desk("등록창구")
        record = SeekerRow(
            seeker_no=row.get("구직자번호", f.identifier),
            name=row.get("성명", f.person_name),
            desk=desk,
            site=site,
            registered_on=row.get("등록일", when),
            birth_date=row.get("생년월일", lambda v, c: f.birth_date(v, today, c), False),
            gender=row.get("성별", parse_gender, False),
            phone=row.get("연락처", normalize_phone, False),
            address=row.free("주소"),
            desired_job=row.get("희망직종", _short, False),
            counselor_name=row.get("담당상담사", f.person_name, False),
            desired_code=row.get("희망직종코드", occupation_code, False),
            desired_employment=row.get("희망고용형태", parse_employment, False),
        )
    elif spec is EMPLOYERS:
        record = EmployerRow(
            employer_no=row.get("업체번호", f.identifier),
            name=row.get("업체명", _short),
            business_no=row.get("사업자등록번호", normalize_business_no, False),
            industry=row.get("업종", _short, False),
            address=row.free("주소"),
            contact_name=row.get("담당자", f.person_name, False),
            phone=row.get("연락처", normalize_phone, False),
        )
    elif spec is OPENINGS:
        desk, site = row.desk("등록창구")
        record = OpeningRow(
            opening_no=row.get("구인번호", f.identifier),
            employer_no=row.get("업체번호", f.identifier),
            occupation=row.get("모집직종", _short),
            headcount=row.get("모집인원", f.positive_int),
            desk=desk,
            site=site,
            registered_on=row.get("등록일", when),
            wage=row.get("임금", _short, False),
            closes_on=row.get("마감일", parse_date, False),
            occupation_code=row.get("모집직종코드", occupation_code, False),
            employment_type=row.get("고용형태", parse_employment, False),
        )
    elif spec is SESSIONS:
        desk, site = row.desk("상담창구")
        record = SessionRow(
            seeker_no=row.get("구직자번호", f.identifier),
            session_on=row.get("상담일", when),
            desk=desk,
            site=site,
            channel=row.get("상담방법", parse_channel, False),
            counselor_name=row.get("상담사", f.person_name, False),
            notes=row.free("상담내용"),
        )
    elif spec is REFERRALS:
        desk, site = row.desk("알선창구")
        record = ReferralRow(
            seeker_no=row.get("구직자번호", f.identifier),
            opening_no=row.get("구인번호", f.identifier),
            referred_on=row.get("알선일", when),
            desk=desk,
            site=site,
            outcome=row.get("결과", _short, False),
        )
    elif spec is PLACEMENTS:
        desk, site = row.desk("취업창구")
        opening_no = row.get("구인번호", f.identifier, False)
        record = PlacementRow(
            seeker_no=row.get("구직자번호", f.identifier),
            placed_on=row.get("취업일", when),
            desk=desk,
            site=site,
            opening_no=opening_no,
            employer_name=row.get("업체명", _short, False),
            employment_type=row.get("고용형태", _short, False),
            kind=PlacementKind.REFERRAL if opening_no else PlacementKind.SELF,
        )
    else:  # pragma: no cover - SHEETS is closed
        raise ValueError(spec.name)
    row.done(spec)
    return record, row.masked
