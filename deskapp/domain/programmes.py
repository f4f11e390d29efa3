"""취업지원 프로그램 (금천희망취업캠프, 일자리카페 멘토링, 이력서·자소서 클리닉 …): the commands
a counselor gives about a programme, and its two reports as plain values.

A programme has sessions (회차), each with an optional group note and the enrolled seekers
present; when the counselor says so, the note counts as one 상담 for each of them. Seekers
are enrolled by their 구직자번호; completion (이수) and a certificate (자격 취득) are recorded
on the enrolment. Each command checks its own fields when it is made and names the field
in Korean when one is wrong; the rules that need the database are the service's.

The reports follow the seed's tables: 금천희망취업캠프 운영현황 (교육대상, 교육이수자,
자격취득생(%), 취업자(%) per year, 총 계 first) and 일자리카페 운영현황 (프로그램명, 일 정,
참여자, 회수 per programme for a year).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any, TypeVar

from deskapp.domain import fields as f
from deskapp.domain.desks import desk_by_code
from deskapp.domain.errors import ValidationError
from deskapp.domain.field_names import field_label
from deskapp.domain.korean import particle
from deskapp.domain.privacy import mask_resident_numbers
from deskapp.i18n import translate

#: Kinds a programme is usually of (free text is accepted too).
PROGRAMME_KINDS = ("취업캠프", "일자리카페", "멘토링", "클리닉", "교실", "기타")  # korean-data
#: The kind of the 금천희망취업캠프 (the camp table's programmes unless told otherwise).
CAMP_KIND = PROGRAMME_KINDS[0]


def _optional(
    value: str | None, name: str, max_len: int = f.SHORT_TEXT_MAX, required: bool = False
) -> str | None:
    """Short text, masked for resident numbers: None when blank (unless ``required``)."""
    return _masked(value, name, max_len, required)[0]


def _masked(
    value: str | None, name: str, max_len: int = f.SHORT_TEXT_MAX, required: bool = False
) -> tuple[str | None, int]:
    """``_optional`` and how many resident numbers it masked (for the usual warning)."""
    if f.is_blank(value) and not required:
        return None, 0
    return mask_resident_numbers(f.text(value, name, max_len))


def _short(
    problems: list[tuple[str, str]],
    counts: list[int],
    value: str | None,
    name: str,
    max_len: int = f.SHORT_TEXT_MAX,
    required: bool = False,
) -> str | None:
    """``_masked`` with its problems in ``problems`` and its count added to ``counts``."""
    checked = _checked(problems, _masked, value, name, max_len, required)
    if checked is None:
        return None
    counts.append(checked[1])
    return checked[0]


T = TypeVar("T")


def _checked(
    problems: list[tuple[str, str]], parse: Callable[..., T], *args: Any, **kwargs: Any
) -> T | None:
    """``parse(*args)``, or None with its problems added to ``problems``."""
    try:
        return parse(*args, **kwargs)
    except ValidationError as error:
        problems.extend(error.problems)
        return None


def _note(value: str | None, name: str) -> tuple[str | None, int]:
    """Optional free text with resident numbers masked, and how many were."""
    if f.is_blank(value):
        return None, 0
    return f.free_text(value, name)


def _day(value: object, name: str) -> date:
    if not isinstance(value, date):
        raise ValidationError(
            name,
            translate("programmes", "Enter {field} as a date.").format(
                field=field_label(name),
                field_josa=particle(name, "을/를"),  # korean-data
            ),
        )
    if value.year < 1990:
        raise ValidationError(
            name,
            translate("programmes", "{value} is too early a date.").format(
                value=value.isoformat(),
                value_josa=particle(value.isoformat(), "은/는"),  # korean-data
            ),
        )
    return value


def _set(command: object, name: str, value: object) -> None:
    object.__setattr__(command, name, value)


def _positive_id(value: object, name: str) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValidationError(
            name,
            translate("programmes", "'{value}' is not a valid number.").format(
                value=value,
                value_josa=particle(value, "은/는"),  # korean-data
            ),
        )


@dataclass(frozen=True)
class ProgrammeFields:
    """A programme as entered: 프로그램명, the desk that runs it (its code; none: the
    account's own), 시작일 and 종료일 (none: 연중), 구분 (취업캠프, 일자리카페 …), 교육대상,
    위탁기관 and a note.

    ``masked``: how many resident numbers were masked in its text (name, note …)."""

    name: str
    starts_on: date
    desk: str | None = None
    ends_on: date | None = None
    kind: str | None = None
    target: str | None = None
    provider: str | None = None
    note: str | None = None
    masked: int = field(default=0, init=False)

    def __post_init__(self) -> None:
        problems: list[tuple[str, str]] = []
        counts: list[int] = []
        _set(
            self,
            "name",
            _short(problems, counts, self.name, "프로그램명", required=True),  # korean-data
        )
        _checked(problems, _day, self.starts_on, "시작일")  # korean-data
        ends = (
            None
            if self.ends_on is None
            else _checked(problems, _day, self.ends_on, "종료일")  # korean-data
        )
        if ends is not None and isinstance(self.starts_on, date) and ends < self.starts_on:
            problems.append(
                (
                    "종료일",  # korean-data
                    translate("programmes", "The end date is before the start date."),
                )
            )
        if self.desk is not None:
            _checked(problems, desk_by_code, str(self.desk))
        _set(self, "kind", _short(problems, counts, self.kind, "구분", 30))  # korean-data
        _set(self, "target", _short(problems, counts, self.target, "교육대상"))  # korean-data
        _set(self, "provider", _short(problems, counts, self.provider, "위탁기관"))  # korean-data
        note = _checked(problems, _note, self.note, "비고")  # korean-data
        _set(self, "note", note[0] if note else None)
        _set(self, "masked", (note[1] if note else 0) + sum(counts))
        if problems:
            raise ValidationError.many(problems)


@dataclass(frozen=True)
class CreateProgramme:
    """A new programme."""

    programme: ProgrammeFields


@dataclass(frozen=True)
class EditProgramme:
    """The programme ``programme_id`` with these fields (each one changed is kept in its
    history); ``reason``: why, when given."""

    programme_id: int
    programme: ProgrammeFields
    reason: str | None = None

    def __post_init__(self) -> None:
        _positive_id(self.programme_id, "프로그램")  # korean-data
        _set(self, "reason", _optional(self.reason, "수정 사유"))  # korean-data


@dataclass(frozen=True)
class AddProgrammeSession:
    """A session (회차) of ``programme_id`` held on ``held_on``: its topic, the group note,
    the 구직자번호 of the enrolled seekers present, and whether the note counts as one 상담
    for each of them (``counts_as_session``, the counselor's choice; off by default).

    ``counselor_name``: who held it (the account's name when empty)."""

    programme_id: int
    held_on: date
    present: tuple[str, ...] = ()
    topic: str | None = None
    note: str | None = None
    counts_as_session: bool = False
    counselor_name: str | None = None
    masked: int = field(default=0, init=False)

    def __post_init__(self) -> None:
        problems: list[tuple[str, str]] = []
        _checked(problems, _positive_id, self.programme_id, "프로그램")  # korean-data
        _checked(problems, _day, self.held_on, "회차일")  # korean-data
        numbers: list[str] = []
        for raw in self.present:
            number = _checked(problems, f.identifier, raw, "참석자")  # korean-data
            if number is None:
                continue
            if number in numbers:
                message = translate("programmes", "Job seeker '{number}' is listed twice.")
                problems.append(
                    (
                        "참석자",  # korean-data
                        message.format(
                            number=number,
                            number_josa=particle(number, "이/가"),  # korean-data
                        ),
                    )
                )
                continue
            numbers.append(number)
        _set(self, "present", tuple(numbers))
        counts: list[int] = []
        _set(self, "topic", _short(problems, counts, self.topic, "주제"))  # korean-data
        note = _checked(problems, _note, self.note, "활동 내용")  # korean-data
        _set(self, "note", note[0] if note else None)
        _set(self, "masked", (note[1] if note else 0) + sum(counts))
        if f.is_blank(self.counselor_name):
            _set(self, "counselor_name", None)
        else:
            name = _checked(problems, f.person_name, self.counselor_name, "상담사")  # korean-data
            _set(self, "counselor_name", name)
        if self.counts_as_session and not self.present:
            message = translate(
                "programmes", "Choose at least one attendee to count as a counseling session."
            )
            problems.append(("참석자", message))  # korean-data

        if problems:
            raise ValidationError.many(problems)


@dataclass(frozen=True)
class Enrol:
    """The seeker ``seeker_no`` enrolled in ``programme_id`` on ``enrolled_on``."""

    programme_id: int
    seeker_no: str
    enrolled_on: date

    def __post_init__(self) -> None:
        _positive_id(self.programme_id, "프로그램")  # korean-data
        _set(self, "seeker_no", f.identifier(self.seeker_no, "구직자번호"))  # korean-data
        _day(self.enrolled_on, "참여일")  # korean-data


@dataclass(frozen=True)
class Complete:
    """The enrolment ``enrolment_id`` completed (이수) on ``completed_on``."""

    enrolment_id: int
    completed_on: date

    def __post_init__(self) -> None:
        _positive_id(self.enrolment_id, "참여")  # korean-data
        _day(self.completed_on, "이수일")  # korean-data


@dataclass(frozen=True)
class RecordCertificate:
    """The certificate ``certificate`` (자격증 이름) obtained on ``certified_on`` by the
    seeker of ``enrolment_id``."""

    enrolment_id: int
    certificate: str
    certified_on: date

    def __post_init__(self) -> None:
        _positive_id(self.enrolment_id, "참여")  # korean-data
        _set(
            self,
            "certificate",
            mask_resident_numbers(f.text(self.certificate, "자격증"))[0],  # korean-data
        )
        _day(self.certified_on, "취득일")  # korean-data


# -- the reports ------------------------------------------------------------------------


def percent(part: int, whole: int) -> str:
    """``part`` as a share of ``whole`` the way the seed writes it: one decimal, none when
    it is .0 (34.6%, 50%); '-' when there is no whole."""
    if whole <= 0:
        return "-"
    value = round(part * 100 / whole, 1)
    return f"{value:.0f}%" if value == int(value) else f"{value:.1f}%"


def with_percent(part: int, whole: int) -> str:
    """'9(34.6%)' as in the seed's 자격취득생(%) and 취업자(%) columns."""
    return f"{part:,}({percent(part, whole)})"


def schedule(starts_on: date, ends_on: date | None, year: int) -> str:
    """일 정 of a programme in ``year``: '연중' when it runs the whole year (or has no end),
    else its months within the year ('5월 ~ 11월', '5월')."""
    first, last = date(year, 1, 1), date(year, 12, 31)
    start = max(starts_on, first)
    end = last if ends_on is None else min(ends_on, last)
    if ends_on is None or (start == first and end == last):
        return "연중" if starts_on <= first else f"{start.month}월 ~"  # korean-data
    if start.month == end.month:
        return f"{start.month}월"  # korean-data
    return f"{start.month}월 ~ {end.month}월"  # korean-data


@dataclass(frozen=True)
class OutcomeRow:
    """One row of 금천희망취업캠프 운영현황: a year (or 총 계) and its people.

    ``as_of``: the day the employment was counted up to (비고: 'M.D.기준'); ``targets``:
    the people enrolled by their programme's 교육대상 (고3, 고2 …), most first."""

    label: str  # '2018년' or '총 계'
    enrolled: int
    completed: int
    certified: int
    employed: int
    as_of: date | None = None
    targets: tuple[tuple[str, int], ...] = ()

    @property
    def enrolled_text(self) -> str:
        """교육대상 as the seed writes it: '26(고3)', or '26 (고3 16, 고2 10)' for several."""
        if not self.targets:
            return f"{self.enrolled:,}"
        if len(self.targets) == 1 and self.targets[0][1] == self.enrolled:
            return f"{self.enrolled:,}({self.targets[0][0]})"
        parts = ", ".join(f"{name} {count:,}" for name, count in self.targets)
        return f"{self.enrolled:,} ({parts})"

    @property
    def note(self) -> str:
        return f"{self.as_of.month}.{self.as_of.day}.기준" if self.as_of else ""  # korean-data

    def cells(self) -> tuple[str, str, str, str, str, str]:
        """The row as the seed prints it."""
        return (
            self.label,
            self.enrolled_text,
            f"{self.completed:,}",
            with_percent(self.certified, self.enrolled),
            with_percent(self.employed, self.enrolled),
            self.note,
        )


OUTCOME_HEADINGS = (
    "구 분",  # korean-data
    "교육대상",  # korean-data
    "교육이수자",  # korean-data
    "자격취득생(%)",  # korean-data
    "취업자(%)",  # korean-data
    "비 고",  # korean-data
)
OUTCOME_CSV_HEADER = "year,enrolled,completed,certified,certified_pct,employed,employed_pct,as_of"


@dataclass(frozen=True)
class OutcomeReport:
    """교육대상 / 교육이수자 / 자격취득생 / 취업자 per year, newest first, after 총 계."""

    kind: str | None  # the programmes' 구분 it covers; None: every programme
    total: OutcomeRow
    years: tuple[tuple[int, OutcomeRow], ...]

    @property
    def rows(self) -> tuple[OutcomeRow, ...]:
        return (self.total, *(row for _, row in self.years))

    def csv_lines(self) -> list[str]:
        lines = [OUTCOME_CSV_HEADER]
        for key, row in (("total", self.total), *((str(y), r) for y, r in self.years)):
            lines.append(
                ",".join(
                    [
                        key,
                        str(row.enrolled),
                        str(row.completed),
                        str(row.certified),
                        percent(row.certified, row.enrolled),
                        str(row.employed),
                        percent(row.employed, row.enrolled),
                        row.as_of.isoformat() if row.as_of else "",
                    ]
                )
            )
        return lines


@dataclass(frozen=True)
class ProgrammeYearRow:
    """One row of 일자리카페 운영현황: a programme in a year."""

    programme_id: int
    name: str
    schedule: str
    participants: int
    sessions: int

    def cells(self, year_label: str) -> tuple[str, str, str, str, str]:
        return (
            year_label,
            self.name,
            self.schedule,
            f"{self.participants:,}명",  # korean-data
            f"{self.sessions:,}회",  # korean-data
        )


PROGRAMME_HEADINGS = ("구 분", "프로그램명", "일 정", "참여자", "비 고")  # korean-data
PROGRAMME_CSV_HEADER = "year,programme,schedule,participants,sessions"


@dataclass(frozen=True)
class ProgrammeYear:
    """The programmes run in ``year``, by start date, with their participants and sessions."""

    year: int
    rows: tuple[ProgrammeYearRow, ...]

    def table(self) -> list[tuple[str, str, str, str, str]]:
        """The rows as the seed prints them (the year on the first row only)."""
        return [
            row.cells(f"{self.year}년" if i == 0 else "")  # korean-data
            for i, row in enumerate(self.rows)
        ]
