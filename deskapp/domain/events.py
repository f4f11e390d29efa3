"""Hiring events (ARCHITECTURE.md): kinds, results, the typed commands and their fields.

An event (행사) is a job fair, a small 일구데이, a joint 일구데이 with neighbouring
districts or an on-site interview. Employers take part with the people they recruit
(모집인원); registered seekers take part and go through stages (서류 → 1차 면접 →
2차 면접 → 최종합격) to a result. A result of 채용 is a placement at the event's desk on
its date. An outside organizer's totals (집계…) are added to the people recorded.

The event sheets of the records workbook (행사, 행사참여업체, 행사참여자) are read by
the same fields and builders as the forms, like the record sheets of the workbook.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from deskapp.domain import fields as f
from deskapp.domain.commands import FieldSpec, mask_free, read_fields
from deskapp.domain.desks import DeskRef, parse_desk
from deskapp.domain.errors import ValidationError
from deskapp.domain.korean import particle
from deskapp.domain.records import parse_enum
from deskapp.domain.spreadsheet import csv_safe
from deskapp.i18n import translate


class EventKind(StrEnum):
    """구분 of an event."""

    JOB_FAIR = "채용박람회"  # korean-data
    ILGU_DAY = "일구데이"  # korean-data
    JOINT_ILGU_DAY = "합동일구데이"  # korean-data
    ON_SITE = "현장면접"  # korean-data


_KIND_ALIASES = {
    "취업박람회": EventKind.JOB_FAIR,  # korean-data
    "박람회": EventKind.JOB_FAIR,  # korean-data
    "소규모일구데이": EventKind.ILGU_DAY,  # korean-data
    "합동 일구데이": EventKind.JOINT_ILGU_DAY,  # korean-data
    "자치구합동일구데이": EventKind.JOINT_ILGU_DAY,  # korean-data
    "현장채용면접": EventKind.ON_SITE,  # korean-data
}


def parse_event_kind(value: object, field: str = "구분") -> EventKind:  # korean-data
    text = re.sub(r"\s+", "", str(value or ""))
    alias = _KIND_ALIASES.get(text) or _KIND_ALIASES.get(str(value or "").strip())
    if alias is not None:
        return alias
    try:
        return parse_enum(EventKind, text, field)
    except ValidationError:
        names = ", ".join(k.value for k in EventKind)
        raise ValidationError(
            field,
            translate("events", "'{value}' is not a kind of event ({names}).").format(
                value=value,
                names=names,
                value_josa=particle(value, "은/는"),  # korean-data
            ),
        ) from None


HIRED, REJECTED, WAITING = "채용", "불합격", "대기"  # korean-data
#: The results a participant can have, in the order of the stages.
STAGES = ("대기", "서류합격", "1차합격", "2차합격", "채용", "불합격")  # korean-data
_STAGE = re.compile(r"([1-9])차\s*합격")  # korean-data
_RESULT_ALIASES = {
    "최종합격": HIRED,  # korean-data
    "채용확정": HIRED,  # korean-data
    "서류": "서류합격",  # korean-data
    "서류통과": "서류합격",  # korean-data
    "탈락": REJECTED,  # korean-data
    "미채용": REJECTED,  # korean-data
    "보류": WAITING,  # korean-data
}


def parse_result(value: object, field: str = "결과") -> str:  # korean-data
    """채용, 불합격, 대기 or a stage passed (서류합격, 1차합격, 2차합격 …; 최종합격 is 채용)."""
    text = re.sub(r"\s+", "", f.text(value, field))
    if text in STAGES:
        return text
    if text in _RESULT_ALIASES:
        return _RESULT_ALIASES[text]
    stage = _STAGE.fullmatch(text)
    if stage:
        return f"{stage.group(1)}차합격"  # korean-data
    names = ", ".join((*STAGES, "최종합격"))  # korean-data
    raise ValidationError(
        field,
        translate("events", "'{value}' is not a result ({names}).").format(
            value=value,
            names=names,
            value_josa=particle(value, "은/는"),  # korean-data
        ),
    )


def stage_rank(result: str | None) -> int:
    """How far a result got (for sorting a list of participants)."""
    if result is None or result == WAITING:
        return 0
    if result == "서류합격":  # korean-data
        return 1
    stage = _STAGE.fullmatch(result)
    if stage:
        return 1 + int(stage.group(1))
    return {HIRED: 99, REJECTED: -1}.get(result, 0)


def count(value: object, field: str) -> int:
    """A count of people: a whole number, zero or more."""
    if isinstance(value, bool):
        raise ValidationError(field, translate("events", "Enter a whole number of 0 or more."))
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip().replace(",", "").removesuffix("명")  # korean-data
    if isinstance(value, int) or re.fullmatch(r"\d{1,7}", text):
        number = int(text)
        if 0 <= number <= 9_999_999:
            return number
    raise ValidationError(
        field,
        translate("events", "'{value}' is not a whole number of 0 or more.").format(
            value=value,
            value_josa=particle(value, "은/는"),  # korean-data
        ),
    )


_YES = {"예", "네", "o", "y", "yes", "true", "1", "면접", "있음"}  # korean-data
_NO = {"아니오", "아니요", "x", "n", "no", "false", "0", "없음", "미면접"}  # korean-data


def parse_interviewed(value: object, field: str = "면접") -> bool:  # korean-data
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in _YES:
        return True
    if text in _NO:
        return False
    raise ValidationError(
        field,
        translate("events", "'{value}' is not yes or no.").format(
            value=value,
            value_josa=particle(value, "은/는"),  # korean-data
        ),
    )


# -- commands ----------------------------------------------------------------------------


@dataclass(frozen=True)
class EventDetails:
    """An event as created or corrected. ``event_no`` None: the application numbers it;
    ``desk`` None: the actor's desk."""

    name: str
    kind: EventKind
    held_on: date
    event_no: str | None = None
    desk: DeskRef | None = None
    organizer: str | None = None
    venue: str | None = None
    venue_type: str | None = None
    reported_participants: int = 0
    reported_interviewed: int = 0
    reported_hired: int = 0


@dataclass(frozen=True)
class AddEventEmployer:
    """An employer (업체번호) taking part in an event, with its 모집인원 and opening."""

    event_no: str
    employer_no: str
    recruits: int = 0
    opening_no: str | None = None


@dataclass(frozen=True)
class AddParticipant:
    """A registered seeker taking part in an event; the result so far, if any."""

    event_no: str
    seeker_no: str
    interviewed: bool = False
    result: str | None = None
    employer_no: str | None = None
    opening_no: str | None = None


@dataclass(frozen=True)
class SetResult:
    """A participant's stage or result (채용 makes a placement; leaving 채용 voids it)."""

    participant_id: int
    interviewed: bool
    result: str | None
    employer_no: str | None = None
    opening_no: str | None = None
    reason: str = ""


def _plain(parse: Any) -> Any:
    return lambda value, field, _today: parse(value, field)


def _event_day(value: object, field: str, today: date) -> date:
    """An event may be planned up to a year ahead (its hires only once it is held)."""
    return f.record_date(value, field, today + timedelta(days=366))


def _text(value: object, field: str) -> str:
    return f.text(value, field)


def _short(value: object, field: str) -> str:
    return f.text(value, field, 50)


def _desk(value: object, field: str) -> DeskRef:
    return value if isinstance(value, DeskRef) else parse_desk(value, field)


_IDENT, _TEXT, _COUNT = _plain(f.identifier), _plain(_text), _plain(count)

EVENT_FIELDS = (
    FieldSpec("행사번호", "event_no", _IDENT, required=True),  # korean-data
    FieldSpec("행사명", "name", _TEXT, required=True, free=True),  # korean-data
    FieldSpec("구분", "kind", _plain(parse_event_kind), required=True),  # korean-data
    FieldSpec("일자", "held_on", _event_day, required=True),  # korean-data
    FieldSpec("창구", "desk", _plain(_desk), required=True),  # korean-data
    FieldSpec("주관", "organizer", _TEXT, free=True),  # korean-data
    FieldSpec("장소", "venue", _TEXT, free=True),  # korean-data
    FieldSpec("장소구분", "venue_type", _plain(_short), free=True),  # korean-data
    FieldSpec("집계참여인원", "reported_participants", _COUNT),  # korean-data
    FieldSpec("집계면접인원", "reported_interviewed", _COUNT),  # korean-data
    FieldSpec("집계채용인원", "reported_hired", _COUNT),  # korean-data
)
EVENT_EMPLOYER_FIELDS = (
    FieldSpec("행사번호", "event_no", _IDENT, required=True),  # korean-data
    FieldSpec("업체번호", "employer_no", _IDENT, required=True),  # korean-data
    FieldSpec("모집인원", "recruits", _COUNT),  # korean-data
    FieldSpec("구인번호", "opening_no", _IDENT),  # korean-data
)
PARTICIPANT_FIELDS = (
    FieldSpec("행사번호", "event_no", _IDENT, required=True),  # korean-data
    FieldSpec("구직자번호", "seeker_no", _IDENT, required=True),  # korean-data
    FieldSpec("면접", "interviewed", _plain(parse_interviewed)),  # korean-data
    FieldSpec("결과", "result", _plain(parse_result)),  # korean-data
    FieldSpec("업체번호", "employer_no", _IDENT),  # korean-data
    FieldSpec("구인번호", "opening_no", _IDENT),  # korean-data
)


def _given(clean: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in clean.items() if v is not None}


def event_command(
    values: Mapping[str, object], today: date, numbered: bool = False
) -> EventDetails:
    """An event from a form or a row of the 행사 sheet; the organizer's 면접 and 채용 totals
    cannot exceed its 참여 total, nor 채용 its 면접 total, when those are given."""
    optional = frozenset() if numbered else frozenset({"행사번호", "창구"})  # korean-data
    return _read_event(values, today, optional)


def _read_event(
    values: Mapping[str, object], today: date, optional: frozenset[str]
) -> EventDetails:
    clean = read_fields(EVENT_FIELDS, values, today, optional)
    came, seen, hired = (
        clean.get(a) or 0
        for a in ("reported_participants", "reported_interviewed", "reported_hired")
    )
    problems = []
    if came and seen > came:
        message = translate(
            "events",
            "The reported number interviewed is more than the reported participants ({n:,}).",
        )
        problems.append(("집계면접인원", message.format(n=came)))  # korean-data
    if came and hired > came:
        message = translate(
            "events", "The reported number hired is more than the reported participants ({n:,})."
        )
        problems.append(("집계채용인원", message.format(n=came)))  # korean-data
    elif seen and hired > seen:
        message = translate(
            "events",
            "The reported number hired is more than the reported number interviewed ({n:,}).",
        )
        problems.append(("집계채용인원", message.format(n=seen)))  # korean-data

    if problems:
        raise ValidationError.many(problems)
    return EventDetails(**_given(clean))


def checked_details(details: EventDetails, today: date) -> EventDetails:
    """``details`` built elsewhere than from a form or a sheet, checked by the same fields:
    the services take nothing they would refuse from a workbook. 행사번호 and 창구 may be
    left empty (the application numbers it; the actor's desk)."""
    values = {spec.heading: getattr(details, spec.attribute) for spec in EVENT_FIELDS}
    values["구분"] = str(details.kind)  # korean-data
    return _read_event(values, today, frozenset({"행사번호", "창구"}))  # korean-data


def event_employer_command(
    values: Mapping[str, object], today: date, numbered: bool = True
) -> AddEventEmployer:
    """An employer of an event from a form or a row of the 행사참여업체 sheet."""
    return AddEventEmployer(**_given(read_fields(EVENT_EMPLOYER_FIELDS, values, today)))


def participant_command(
    values: Mapping[str, object], today: date, numbered: bool = True
) -> AddParticipant:
    """A participant from a form or a row of the 행사참여자 sheet. A stage passed after an
    interview (1차합격 …) means the person was interviewed when 면접 is left empty."""
    clean = _given(read_fields(PARTICIPANT_FIELDS, values, today))
    if "interviewed" not in clean and _STAGE.fullmatch(clean.get("result") or ""):
        clean["interviewed"] = True
    return AddParticipant(**clean)


def masked_event(details: EventDetails) -> tuple[EventDetails, int]:
    """``details`` with resident numbers masked in its free text, and how many."""
    return mask_free(details, EVENT_FIELDS)


# -- the report ----------------------------------------------------------------------------


class EventGrouping(StrEnum):
    """How ``deskapp events`` groups events (``--by``)."""

    EVENT = "event"
    VENUE = "venue"
    VENUE_TYPE = "venue-type"


MEASURES = ("events", "employers", "recruits", "participants", "interviewed", "hired")
MEASURE_LABELS = {
    "events": "운영횟수",  # korean-data
    "employers": "참여기업",  # korean-data
    "recruits": "모집인원",  # korean-data
    "participants": "참여인원",  # korean-data
    "interviewed": "면접인원",  # korean-data
    "hired": "채용인원",  # korean-data
}
UNNAMED = "(미지정)"  # korean-data


@dataclass(frozen=True)
class EventFigures:
    """The event report's measures for one group of events (or the total)."""

    group: str
    events: int = 0
    employers: int = 0
    recruits: int = 0
    participants: int = 0
    interviewed: int = 0
    hired: int = 0
    first_on: date | None = None
    organizer: str | None = None  # the group's organizer when it is one event

    def values(self) -> tuple[int, ...]:
        return tuple(getattr(self, m) for m in MEASURES)

    def __add__(self, other: EventFigures) -> EventFigures:
        days = [d for d in (self.first_on, other.first_on) if d is not None]
        return EventFigures(
            self.group,
            self.events + other.events,
            self.employers + other.employers,
            self.recruits + other.recruits,
            self.participants + other.participants,
            self.interviewed + other.interviewed,
            self.hired + other.hired,
            first_on=min(days) if days else None,
            organizer=self.organizer if self.organizer == other.organizer else None,
        )


@dataclass(frozen=True)
class EventReport:
    """The total and each group in the order of its first event date."""

    total: EventFigures
    groups: tuple[EventFigures, ...]
    grouping: EventGrouping
    kind: EventKind | None

    def rows(self) -> tuple[EventFigures, ...]:
        """The total, then each group."""
        return (self.total, *self.groups)

    def csv_lines(self) -> list[str]:
        """``deskapp events --format csv``: the report's header, the total, then each group."""
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(("group", *MEASURES))
        for row in self.rows():
            writer.writerow((csv_safe(row.group), *row.values()))
        return buffer.getvalue().splitlines()

    def as_json(self) -> dict[str, object]:
        return {
            "kind": self.kind.value if self.kind else None,
            "by": self.grouping.value,
            "rows": [
                {"group": r.group, **dict(zip(MEASURES, r.values(), strict=True))}
                for r in self.rows()
            ],
        }
