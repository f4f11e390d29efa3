"""What a user asks of the record services, as typed commands.

A form and a row of the records workbook (ARCHITECTURE.md) are both turned into
the same frozen dataclass (``RegisterSeeker``, ``LogSession`` …) by the same
builder, so one validation path serves both and mypy sees a misspelt field.
A builder reads values keyed by the workbook's headings, checks each with the
field's parser and raises one ValidationError listing every bad field, in the
order of the fields. A correction (``ChangeRecord``) names its fields by the
same headings; each value is checked by the same parser as on registration.

Records are referred to by their numbers (구직자번호, 업체번호, 구인번호) as a
workbook does; sessions, referrals and placements, which have no number, by id.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, fields, replace
from datetime import date
from functools import cache
from typing import Any, TypeVar, cast

from deskapp.domain import fields as f
from deskapp.domain.business import normalize_business_no
from deskapp.domain.dates import parse_date
from deskapp.domain.desks import DeskRef, parse_desk
from deskapp.domain.errors import ValidationError
from deskapp.domain.korean import particle
from deskapp.domain.phone import normalize_phone
from deskapp.domain.privacy import mask_resident_numbers
from deskapp.domain.records import (
    Channel,
    Education,
    EmploymentType,
    Gender,
    RecordKind,
    Verification,
    parse_channel,
    parse_close_reason,
    parse_education,
    parse_employment,
    parse_enum,
    parse_gender,
)
from deskapp.i18n import translate

#: A field's check: the raw value, the field's heading and today; the clean value.
Parser = Callable[[object, str, date], Any]


# -- the parts of a seeker's file -------------------------------------------------------


@dataclass(frozen=True)
class Career:
    """One entry of 경력: the employer, the job, and from when to when (months)."""

    employer: str
    job: str | None = None
    started_on: date | None = None
    ended_on: date | None = None

    def __str__(self) -> str:
        span = ""
        if self.started_on or self.ended_on:
            start = self.started_on.strftime("%Y-%m") if self.started_on else ""
            end = self.ended_on.strftime("%Y-%m") if self.ended_on else ""
            span = f"{start}~{end}"
        return ", ".join(part for part in (self.employer, self.job or "", span) if part)


_MONTH = re.compile(
    r"(\d{4})\s*[-./년]\s*(\d{1,2})\s*[.월]?(?:\s*[-./]?\s*\d{1,2}\s*[.일]?)?"  # korean-data
)


def _month(text: str, field: str) -> date | None:
    text = text.strip()
    if not text or text in ("현재", "재직중", "재직 중"):  # korean-data
        return None
    match = _MONTH.fullmatch(text)
    if match is None or not 1 <= int(match.group(2)) <= 12:
        raise ValidationError(
            field,
            translate("commands", "'{value}' is not a year and month (e.g. 2015-03).").format(
                value=text,
                value_josa=particle(text, "은/는"),  # korean-data
            ),
        )
    return date(int(match.group(1)), int(match.group(2)), 1)


def parse_careers(
    value: object,
    field: str = "경력",  # korean-data
    today: date | None = None,
) -> tuple[Career, ...]:
    """경력 as written in a cell or a box: entries on their own lines (or after ';'), each
    ``업체, 직무, 2015-03~2017-12`` (직무 and the months may be left out; ``~현재``)."""
    entries: list[Career] = []
    for number, line in enumerate(re.split(r"[;\n]+", str(value or "")), start=1):
        line = line.strip()
        if not line:
            continue
        parts = [p.strip() for p in line.split(",")]
        span = parts[-1] if len(parts) > 1 and re.search(r"\d{4}", parts[-1]) else ""
        if span:
            parts = parts[:-1]
        employer = f.text(parts[0] if parts else "", field)
        if len(parts) > 2:
            raise ValidationError(
                field,
                translate(
                    "commands",
                    "Career {number}: write it as 'employer, job, 2015-03~2017-12'.",
                ).format(number=number),
            )
        job = f.text(parts[1], field) if len(parts) > 1 and parts[1] else None
        start_text, _, end_text = span.partition("~")
        started, ended = _month(start_text, field), _month(end_text, field)
        if started and ended and ended < started:
            raise ValidationError(
                field,
                translate(
                    "commands",
                    "Career {number}: the month it ended is before the month it started.",
                ).format(number=number),
            )
        if today and started and started > today:
            raise ValidationError(
                field,
                translate(
                    "commands", "Career {number}: the month it started is in the future."
                ).format(number=number),
            )
        entries.append(Career(employer, job, started, ended))
    if len(entries) > 30:
        raise ValidationError(field, translate("commands", "At most 30 careers can be written."))
    return tuple(entries)


def parse_names(value: object, field: str) -> tuple[str, ...]:
    """A list of names written with commas or on lines (대상그룹, 자격증); each once."""
    found: list[str] = []
    for part in re.split(r"[,;\n·]+", str(value or "")):
        name = re.sub(r"\s+", " ", part).strip()
        if not name:
            continue
        if len(name) > 100:
            raise ValidationError(
                field,
                translate("commands", "'{value}…' is too long.").format(
                    value=name[:20],
                    value_josa=particle(name[:20], "은/는"),  # korean-data
                ),
            )
        if name not in found:
            found.append(name)
    return tuple(found)


_YES = {
    "예",  # korean-data
    "네",  # korean-data
    "y",
    "yes",
    "o",
    "true",
    "1",
    "동의",  # korean-data
    "구민",  # korean-data
    "거주",  # korean-data
    "있음",  # korean-data
    "수신",  # korean-data
}
_NO = {
    "아니오",  # korean-data
    "아니요",  # korean-data
    "n",
    "no",
    "x",
    "false",
    "0",
    "미동의",  # korean-data
    "비구민",  # korean-data
    "거부",  # korean-data
    "없음",  # korean-data
    "비수신",  # korean-data
}


def parse_yes_no(value: object, field: str) -> bool:
    """예/아니오 (구민/비구민, 동의/미동의, Y/N … understood)."""
    if isinstance(value, bool):
        return value
    text = str(value or "").strip().lower().replace(" ", "")
    if text in _YES:
        return True
    if text in _NO:
        return False
    raise ValidationError(
        field,
        translate("commands", "'{value}' is not yes or no.").format(
            value=value,
            value_josa=particle(value, "은/는"),  # korean-data
        ),
    )


def occupation_code(value: object, field: str) -> str:
    """A KECO occupation code of 1 to 4 digits; WorkNet's 6-digit codes (a 세분류 and its
    subdivision) give their 세분류. Whether it exists is the services' to check.

    A number cell must hold a whole 4-digit code: Excel drops a leading 0 (0121 → 121),
    so a shorter number could name another group.
    """
    if isinstance(value, int | float) and not isinstance(value, bool):
        if not float(value).is_integer() or not 1000 <= value <= 999_999:
            raise ValidationError(
                field,
                translate(
                    "commands",
                    "'{value}': write the code as text (a number cell drops leading zeros).",
                ).format(value=value),
            )
        value = str(int(value))
    text = str(value).strip()
    if not re.fullmatch(r"\d{1,4}|\d{6}", text):
        raise ValidationError(
            field,
            translate(
                "commands",
                "'{value}' is not an occupation code (1 to 4 digits, or WorkNet's 6 digits).",
            ).format(
                value=text,
                value_josa=particle(text, "은/는"),  # korean-data
            ),
        )
    return text[:4]


# -- the commands ----------------------------------------------------------------------


@dataclass(frozen=True)
class RegisterSeeker:
    """구직등록. ``seeker_no`` None: the application numbers it; ``desk`` None: the
    actor's desk. The consent to the collection of personal data is required."""

    name: str
    registered_on: date
    seeker_no: str | None = None
    desk: DeskRef | None = None
    birth_date: date | None = None
    gender: Gender | None = None
    phone: str | None = None
    address: str | None = None
    desired_job: str | None = None
    desired_code: str | None = None
    desired_employment: EmploymentType | None = None
    counselor_name: str | None = None
    consented: bool = False
    resident: bool | None = None
    groups: tuple[str, ...] = ()
    education: Education | None = None
    careers: tuple[Career, ...] = ()
    certificates: tuple[str, ...] = ()
    desired_wage: str | None = None
    desired_area: str | None = None
    sms_consent: bool | None = None
    sms_consent_on: date | None = None


@dataclass(frozen=True)
class RegisterEmployer:
    """구인업체 등록. ``employer_no`` None: the application numbers it."""

    name: str
    employer_no: str | None = None
    business_no: str | None = None
    industry: str | None = None
    address: str | None = None
    contact_name: str | None = None
    phone: str | None = None


@dataclass(frozen=True)
class RegisterOpening:
    """구인등록 for the employer ``employer_no``."""

    employer_no: str
    occupation: str
    headcount: int
    registered_on: date
    opening_no: str | None = None
    desk: DeskRef | None = None
    wage: str | None = None
    closes_on: date | None = None
    occupation_code: str | None = None
    employment_type: EmploymentType | None = None


@dataclass(frozen=True)
class LogSession:
    """상담 with the seeker ``seeker_no``."""

    seeker_no: str
    session_on: date
    desk: DeskRef | None = None
    channel: Channel | None = None
    counselor_name: str | None = None
    notes: str | None = None
    next_contact_on: date | None = None


@dataclass(frozen=True)
class Refer:
    """알선: the seeker ``seeker_no`` sent to the opening ``opening_no``.

    ``to_closed``: the user was asked and still refers to a closed opening."""

    seeker_no: str
    opening_no: str
    referred_on: date
    desk: DeskRef | None = None
    outcome: str | None = None
    to_closed: bool = False


@dataclass(frozen=True)
class RecordPlacement:
    """취업: 알선취업 when it follows a referral (``referral_id``, or the latest referral of
    the seeker to ``opening_no`` made by the placement date), else 본인취업."""

    seeker_no: str
    placed_on: date
    desk: DeskRef | None = None
    opening_no: str | None = None
    employer_name: str | None = None
    employment_type: str | None = None
    verification: Verification | None = None
    referral_id: int | None = None


@dataclass(frozen=True)
class ChangeRecord:
    """A correction of one record: new values keyed by the workbook's headings, and why.

    ``key``: the record's number (구직자번호, 업체번호, 구인번호), or the id of a
    session, referral or placement. A field left empty is cleared (a required one
    cannot be)."""

    kind: RecordKind
    key: str
    changes: Mapping[str, object]
    reason: str


Command = RegisterSeeker | RegisterEmployer | RegisterOpening | LogSession | Refer | RecordPlacement
C = TypeVar("C", bound=Command)


# -- fields ----------------------------------------------------------------------------


@dataclass(frozen=True)
class FieldSpec:
    """A field of a record as the workbook and the forms name it: its heading, the
    command's attribute, how it is checked, and whether it must be given."""

    heading: str
    attribute: str
    parse: Parser
    required: bool = False
    free: bool = False  # free text: resident numbers are masked in it


def _plain(parse: Callable[[object, str], Any]) -> Parser:
    return lambda value, field, _today: parse(value, field)


def _record_day(value: object, field: str, today: date) -> date:
    return f.record_date(value, field, today)


def _birth(value: object, field: str, today: date) -> date:
    return f.birth_date(value, today, field)


def _text(value: object, field: str) -> str:
    return f.text(value, field)


def _long(value: object, field: str) -> str:
    return f.text(value, field, f.LONG_TEXT_MAX)


def _careers(value: object, field: str, today: date) -> tuple[Career, ...]:
    return parse_careers(value, field, today)


def _verification(value: object, field: str) -> Verification:
    return parse_enum(Verification, value, field)


_IDENT, _NAME, _TEXT = _plain(f.identifier), _plain(f.person_name), _plain(_text)
#: Every field of free text is masked for resident numbers (``free=True``): names hold no
#: digits and identifiers that look like one are refused, so nothing else can hold one.
_DESK, _PHONE = _plain(parse_desk), _plain(normalize_phone)
_DATE = _plain(parse_date)

SEEKER_FIELDS = (
    FieldSpec("구직자번호", "seeker_no", _IDENT, required=True),  # korean-data
    FieldSpec("성명", "name", _NAME, required=True),  # korean-data
    FieldSpec("등록창구", "desk", _DESK, required=True),  # korean-data
    FieldSpec("등록일", "registered_on", _record_day, required=True),  # korean-data
    FieldSpec("생년월일", "birth_date", _birth),  # korean-data
    FieldSpec("성별", "gender", _plain(parse_gender)),  # korean-data
    FieldSpec("연락처", "phone", _PHONE),  # korean-data
    FieldSpec("주소", "address", _plain(_long), free=True),  # korean-data
    FieldSpec("희망직종", "desired_job", _TEXT, free=True),  # korean-data
    FieldSpec("담당상담사", "counselor_name", _NAME),  # korean-data
    FieldSpec("희망직종코드", "desired_code", _plain(occupation_code)),  # korean-data
    FieldSpec("희망고용형태", "desired_employment", _plain(parse_employment)),  # korean-data
    FieldSpec("구민여부", "resident", _plain(parse_yes_no)),  # korean-data
    FieldSpec("대상그룹", "groups", _plain(parse_names)),  # korean-data
    FieldSpec("최종학력", "education", _plain(parse_education)),  # korean-data
    FieldSpec("경력", "careers", _careers, free=True),  # korean-data
    FieldSpec("자격증", "certificates", _plain(parse_names), free=True),  # korean-data
    FieldSpec("희망임금", "desired_wage", _TEXT, free=True),  # korean-data
    FieldSpec("희망근무지역", "desired_area", _TEXT, free=True),  # korean-data
    FieldSpec("SMS수신동의", "sms_consent", _plain(parse_yes_no)),  # korean-data
    FieldSpec("SMS동의일", "sms_consent_on", _record_day),  # korean-data
)
EMPLOYER_FIELDS = (
    FieldSpec("업체번호", "employer_no", _IDENT, required=True),  # korean-data
    FieldSpec("업체명", "name", _TEXT, required=True, free=True),  # korean-data
    FieldSpec("사업자등록번호", "business_no", _plain(normalize_business_no)),  # korean-data
    FieldSpec("업종", "industry", _TEXT, free=True),  # korean-data
    FieldSpec("주소", "address", _plain(_long), free=True),  # korean-data
    FieldSpec("담당자", "contact_name", _NAME),  # korean-data
    FieldSpec("연락처", "phone", _PHONE),  # korean-data
)
OPENING_FIELDS = (
    FieldSpec("구인번호", "opening_no", _IDENT, required=True),  # korean-data
    FieldSpec("업체번호", "employer_no", _IDENT, required=True),  # korean-data
    FieldSpec("모집직종", "occupation", _TEXT, required=True, free=True),  # korean-data
    FieldSpec("모집인원", "headcount", _plain(f.positive_int), required=True),  # korean-data
    FieldSpec("등록창구", "desk", _DESK, required=True),  # korean-data
    FieldSpec("등록일", "registered_on", _record_day, required=True),  # korean-data
    FieldSpec("임금", "wage", _TEXT, free=True),  # korean-data
    FieldSpec("마감일", "closes_on", _DATE),  # korean-data
    FieldSpec("모집직종코드", "occupation_code", _plain(occupation_code)),  # korean-data
    FieldSpec("고용형태", "employment_type", _plain(parse_employment)),  # korean-data
)
SESSION_FIELDS = (
    FieldSpec("구직자번호", "seeker_no", _IDENT, required=True),  # korean-data
    FieldSpec("상담일", "session_on", _record_day, required=True),  # korean-data
    FieldSpec("상담창구", "desk", _DESK, required=True),  # korean-data
    FieldSpec("상담방법", "channel", _plain(parse_channel)),  # korean-data
    FieldSpec("상담사", "counselor_name", _NAME),  # korean-data
    FieldSpec("상담내용", "notes", _plain(_long), free=True),  # korean-data
    FieldSpec("다음연락일", "next_contact_on", _DATE),  # korean-data
)
REFERRAL_FIELDS = (
    FieldSpec("구직자번호", "seeker_no", _IDENT, required=True),  # korean-data
    FieldSpec("구인번호", "opening_no", _IDENT, required=True),  # korean-data
    FieldSpec("알선일", "referred_on", _record_day, required=True),  # korean-data
    FieldSpec("알선창구", "desk", _DESK, required=True),  # korean-data
    FieldSpec("결과", "outcome", _TEXT, free=True),  # korean-data
)
PLACEMENT_FIELDS = (
    FieldSpec("구직자번호", "seeker_no", _IDENT, required=True),  # korean-data
    FieldSpec("취업일", "placed_on", _record_day, required=True),  # korean-data
    FieldSpec("취업창구", "desk", _DESK, required=True),  # korean-data
    FieldSpec("구인번호", "opening_no", _IDENT),  # korean-data
    FieldSpec("업체명", "employer_name", _TEXT, free=True),  # korean-data
    FieldSpec("고용형태", "employment_type", _TEXT, free=True),  # korean-data
    FieldSpec("확인방법", "verification", _plain(_verification)),  # korean-data
)

#: The fields of each kind of record, by the kind.
FIELDS: dict[RecordKind, tuple[FieldSpec, ...]] = {
    RecordKind.SEEKER: SEEKER_FIELDS,
    RecordKind.EMPLOYER: EMPLOYER_FIELDS,
    RecordKind.OPENING: OPENING_FIELDS,
    RecordKind.SESSION: SESSION_FIELDS,
    RecordKind.REFERRAL: REFERRAL_FIELDS,
    RecordKind.PLACEMENT: PLACEMENT_FIELDS,
}


#: Fields corrected but not registered through the workbook: an opening's close (마감사유;
#: empty reopens it) and the account that looks after an employer.
CHANGE_ONLY: dict[RecordKind, tuple[FieldSpec, ...]] = {
    RecordKind.OPENING: (
        FieldSpec("마감사유", "close_reason", _plain(parse_close_reason)),  # korean-data
    ),
    RecordKind.EMPLOYER: (FieldSpec("담당상담사", "manager", _NAME),),  # korean-data
}

#: What names a record, or ties it to another, and is never corrected: merge or void instead.
_FIXED: dict[RecordKind, frozenset[str]] = {
    RecordKind.SEEKER: frozenset({"구직자번호"}),  # korean-data
    RecordKind.EMPLOYER: frozenset({"업체번호"}),  # korean-data
    RecordKind.OPENING: frozenset({"구인번호"}),  # korean-data
    RecordKind.SESSION: frozenset({"구직자번호"}),  # korean-data
    RecordKind.REFERRAL: frozenset({"구직자번호", "구인번호"}),  # korean-data
    RecordKind.PLACEMENT: frozenset({"구직자번호"}),  # korean-data
}


def editable_fields(kind: RecordKind) -> tuple[FieldSpec, ...]:
    """The fields of ``kind`` a correction may change, in the workbook's order."""
    fixed = _FIXED[kind]
    return tuple(s for s in FIELDS[kind] if s.heading not in fixed) + CHANGE_ONLY.get(kind, ())


def read_changes(kind: RecordKind, changes: Mapping[str, object], today: date) -> dict[str, Any]:
    """The clean new value of each field of a correction, keyed by heading (None clears
    it), or one ValidationError listing every unknown field and bad value."""
    specs = {s.heading: s for s in editable_fields(kind)}
    problems: list[tuple[str, str]] = []
    clean: dict[str, Any] = {}
    if not changes:
        problems.append(
            (
                "항목",  # korean-data
                translate("commands", "Write the fields to change (field=value)."),
            )
        )
    for heading, raw in changes.items():
        spec = specs.get(heading)
        if spec is None:
            if heading in _FIXED[kind]:
                message = translate(
                    "commands",
                    "'{field}' cannot be changed (merge if it is the same person, "
                    "void a record made by mistake).",
                )
            else:
                message = translate("commands", "'{field}' is not a field of {kind} ({names}).")
            problems.append(
                (
                    heading,
                    message.format(
                        field=heading,
                        kind=kind.label,
                        names=", ".join(specs),
                        field_josa=particle(heading, "은/는"),  # korean-data
                    ),
                )
            )
            continue
        if f.is_blank(raw):
            if spec.required:
                problems.append(
                    (
                        heading,
                        translate("commands", "{field} cannot be left empty.").format(
                            field=heading,
                            field_josa=particle(heading, "은/는"),  # korean-data
                        ),
                    )
                )
            clean[heading] = None
            continue
        try:
            value = spec.parse(raw, heading, today)
        except ValidationError as error:
            problems.extend(error.problems)
            continue
        clean[heading] = value
    if problems:
        raise ValidationError.many(problems)
    return clean


class _Memo:
    """What each field made of each raw value read so far: its clean value, or the
    problems it found. A field whose values seldom repeat (names, phone numbers) stops
    being remembered once it has shown so, and the number of values kept is bounded."""

    LIMIT = 200_000
    TRIAL = 2_048  # values of a field read before it is judged

    def __init__(self) -> None:
        # Fields by id: they are the modules' constants, alive as long as the memo.
        self.results: dict[tuple[object, ...], tuple[bool, Any]] = {}
        self.tried: dict[int, list[int]] = {}  # id(spec) → [lookups, hits]
        self.skipped: set[int] = set()

    def parse(self, spec: FieldSpec, raw: object, today: date) -> Any:
        which = id(spec)
        if which in self.skipped:
            return spec.parse(raw, spec.heading, today)
        key = (which, type(raw), raw, today)
        counts = self.tried.get(which)
        if counts is None:
            counts = self.tried[which] = [0, 0]
        counts[0] += 1
        found = self.results.get(key)
        if found is None:
            try:
                value = spec.parse(raw, spec.heading, today)
            except ValidationError as error:
                found = (False, list(error.problems))
            else:
                found = (True, value)
            if len(self.results) < self.LIMIT:
                self.results[key] = found
            if counts[0] >= self.TRIAL and counts[1] * 4 < counts[0]:
                self.skipped.add(which)
        else:
            counts[1] += 1
        ok, result = found
        if ok:
            return result
        raise ValidationError.many(result)


_MEMO: ContextVar[_Memo | None] = ContextVar("field_memo", default=None)


@contextmanager
def remembering() -> Iterator[None]:
    """Within: a field given a raw value it was given before gives the same result
    without checking it again (the import's rows repeat their desks, days and texts).
    Every check is a function of the value, its field and today, so nothing changes
    but the time."""
    token = _MEMO.set(_Memo())
    try:
        yield
    finally:
        _MEMO.reset(token)


def parse_field(spec: FieldSpec, raw: object, today: date) -> Any:
    """``spec``'s clean value of ``raw`` (not blank), or its ValidationError."""
    memo = _MEMO.get()
    if memo is None:
        return spec.parse(raw, spec.heading, today)
    return memo.parse(spec, raw, today)


def read_fields(
    specs: tuple[FieldSpec, ...],
    values: Mapping[str, object],
    today: date,
    optional: frozenset[str] = frozenset(),
) -> dict[str, Any]:
    """The clean value of each field given (keyed by attribute; empty fields are None),
    or one ValidationError listing every problem in the order of ``specs``.

    ``optional``: required headings that may be left empty here (a number the
    application gives, a desk that defaults to the actor's)."""
    clean: dict[str, Any] = {}
    problems: list[tuple[str, str]] = []
    memo = _MEMO.get()  # parse_field, once for the row
    for spec in specs:
        raw = values.get(spec.heading)
        if raw is None or (isinstance(raw, str) and not raw.strip()):  # f.is_blank
            if spec.required and spec.heading not in optional:
                problems.append((spec.heading, f.enter(spec.heading)))
            clean[spec.attribute] = None
            continue
        try:
            if memo is None:
                clean[spec.attribute] = spec.parse(raw, spec.heading, today)
            else:
                clean[spec.attribute] = memo.parse(spec, raw, today)
        except ValidationError as error:
            problems.extend(error.problems)
    if problems:
        raise ValidationError.many(problems)
    return clean


#: The field names of each command class built so far.
_FIELD_NAMES: dict[type, frozenset[str]] = {}


def _build(kind: type[C], clean: dict[str, Any], **fixed: Any) -> C:
    known = _FIELD_NAMES.get(kind)
    if known is None:
        known = _FIELD_NAMES[kind] = frozenset(field.name for field in fields(kind))
    values = {k: v for k, v in clean.items() if k in known and v is not None}
    return kind(**{**values, **fixed})


def seeker_command(
    values: Mapping[str, object], today: date, numbered: bool = False
) -> RegisterSeeker:
    """A 구직등록 from a form or a row of the 구직자 sheet (``numbered``: 구직자번호 and
    등록창구 must be given, as in a workbook)."""
    optional = frozenset() if numbered else frozenset({"구직자번호", "등록창구"})  # korean-data
    clean = read_fields(SEEKER_FIELDS, values, today, optional)
    return _build(RegisterSeeker, clean)


def employer_command(
    values: Mapping[str, object], today: date, numbered: bool = False
) -> RegisterEmployer:
    """A 구인업체 from a form or a row of the 구인업체 sheet."""
    optional = frozenset() if numbered else frozenset({"업체번호"})  # korean-data
    return _build(RegisterEmployer, read_fields(EMPLOYER_FIELDS, values, today, optional))


def opening_command(
    values: Mapping[str, object], today: date, numbered: bool = False
) -> RegisterOpening:
    """A 구인등록 from a form or a row of the 구인 sheet; 마감일 not before 등록일."""
    optional = frozenset() if numbered else frozenset({"구인번호", "등록창구"})  # korean-data
    clean = read_fields(OPENING_FIELDS, values, today, optional)
    closes, registered = clean.get("closes_on"), clean.get("registered_on")
    if closes and registered and closes < registered and not numbered:
        raise ValidationError(
            "마감일",  # korean-data
            translate("commands", "The closing date is before the registration date."),
        )
    return _build(RegisterOpening, clean)


def session_command(
    values: Mapping[str, object], today: date, numbered: bool = False
) -> LogSession:
    """A 상담 from a form or a row of the 상담 sheet; 다음연락일 not before 상담일."""
    optional = frozenset() if numbered else frozenset({"상담창구"})  # korean-data
    clean = read_fields(SESSION_FIELDS, values, today, optional)
    after, day = clean.get("next_contact_on"), clean.get("session_on")
    if after and day and after < day:
        raise ValidationError(
            "다음연락일",  # korean-data
            translate("commands", "Cannot be before the session date."),
        )

    return _build(LogSession, clean)


def referral_command(values: Mapping[str, object], today: date, numbered: bool = False) -> Refer:
    """An 알선 from a form or a row of the 알선 sheet."""
    optional = frozenset() if numbered else frozenset({"알선창구"})  # korean-data
    return _build(Refer, read_fields(REFERRAL_FIELDS, values, today, optional))


def placement_command(
    values: Mapping[str, object], today: date, numbered: bool = False
) -> RecordPlacement:
    """A 취업 from a form or a row of the 취업 sheet."""
    optional = frozenset() if numbered else frozenset({"취업창구"})  # korean-data
    return _build(RecordPlacement, read_fields(PLACEMENT_FIELDS, values, today, optional))


def free_text_fields(kind: RecordKind) -> tuple[str, ...]:
    """The attributes of ``kind`` whose text may hold a resident number."""
    return tuple(spec.attribute for spec in FIELDS[kind] if spec.free)


def mask_value(value: Any) -> tuple[Any, int]:
    """``value`` with anything like a 주민등록번호 masked, and how many were masked
    (text, a list of names, or 경력 entries)."""
    if isinstance(value, str):
        return mask_resident_numbers(value)
    if isinstance(value, Career):
        employer, a = mask_resident_numbers(value.employer)
        job, b = mask_resident_numbers(value.job) if value.job else (None, 0)
        return replace(value, employer=employer, job=job), a + b
    if isinstance(value, tuple):
        total, items = 0, []
        for item in value:
            masked, count = mask_value(item)
            items.append(masked)
            total += count
        return tuple(items), total
    return value, 0


_KINDS: dict[type, RecordKind] = {
    RegisterSeeker: RecordKind.SEEKER,
    RegisterEmployer: RecordKind.EMPLOYER,
    RegisterOpening: RecordKind.OPENING,
    LogSession: RecordKind.SESSION,
    Refer: RecordKind.REFERRAL,
    RecordPlacement: RecordKind.PLACEMENT,
}


def masked(command: C) -> tuple[C, int]:
    """``command`` with resident numbers masked in its free text, and how many."""
    return mask_free(command, FIELDS[_KINDS[type(command)]])


T = TypeVar("T")


@cache
def _free_attributes(specs: tuple[FieldSpec, ...]) -> tuple[str, ...]:
    return tuple(spec.attribute for spec in specs if spec.free)


def mask_free(command: T, specs: tuple[FieldSpec, ...]) -> tuple[T, int]:
    """``command`` with resident numbers masked in the free text of ``specs``, and how
    many."""
    total, changed = 0, {}
    for attribute in _free_attributes(specs):
        value = getattr(command, attribute)
        if value:
            clean, count = mask_value(value)
            if count:
                changed[attribute] = clean
                total += count
    return (cast(T, replace(cast(Any, command), **changed)) if changed else command), total
