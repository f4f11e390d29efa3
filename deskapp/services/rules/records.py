"""Helpers every service that writes records shares, below them: a record found by its
number, the warnings a registration returns (resident numbers masked, maybe the same
person registered twice), the day a record counts on, an opening's hires, and the
columns an event is stored with."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from deskapp.domain.errors import NotFound
from deskapp.domain.events import EventDetails
from deskapp.domain.korean import particle
from deskapp.domain.records import RecordKind
from deskapp.i18n import Translated, noop, translate
from deskapp.store.models import JobSeeker, Placement

M = TypeVar("M")
MASKED_WARNING = Translated(
    "records",
    noop("records", "{n} number(s) that looked like resident registration numbers were hidden."),
)


@dataclass(frozen=True)
class Saved:
    """What a registration produced: the record's id and number, and warnings to show.

    ``filled``: the opening (its number) whose hires have now reached its 모집인원 while it
    is still open; the window asks whether to close it."""

    kind: RecordKind
    id: int
    number: str
    warnings: tuple[str, ...] = ()
    filled: str | None = None


def same_person_warnings(session: Session, seeker: JobSeeker) -> tuple[str, ...]:
    """Warnings (never a block) when the seeker may already be registered: the same
    phone, the same name and birth date, or the same 초성 and birth date."""
    conditions = []
    if seeker.phone:
        conditions.append(JobSeeker.phone == seeker.phone)
    if seeker.birth_date:
        conditions.append(
            and_(
                JobSeeker.birth_date == seeker.birth_date,
                or_(JobSeeker.name == seeker.name, JobSeeker.name_initials == seeker.name_initials),
            )
        )
    if not conditions:
        return ()
    found = session.execute(
        select(JobSeeker.seeker_no, JobSeeker.name, JobSeeker.phone, JobSeeker.birth_date)
        .where(JobSeeker.void.is_(False), JobSeeker.id != seeker.id, or_(*conditions))
        .limit(5)
    ).all()
    warnings = []
    for number, name, phone, _birth in found:
        if seeker.phone and phone == seeker.phone:
            why = translate(
                "records",
                "A job seeker with the same phone already exists: {name} ({number}). "
                "Check whether this is the same person.",
            )
        elif name == seeker.name:
            why = translate(
                "records",
                "A job seeker with the same name and birth date already exists: "
                "{name} ({number}). Check whether this is the same person.",
            )
        else:
            why = translate(
                "records",
                "A job seeker with the same initials and birth date already exists: "
                "{name} ({number}). Check whether this is the same person.",
            )
        warnings.append(why.format(name=name, number=number))
    return tuple(warnings)


def record_day(record: object) -> date | None:
    """The date a record counts on (None for employers, which are not counted)."""
    for name in ("registered_on", "session_on", "referred_on", "placed_on"):
        day = getattr(record, name, None)
        if isinstance(day, date):
            return day
    return None


def masked_warnings(count: int) -> tuple[str, ...]:
    return (MASKED_WARNING.format(n=count),) if count else ()


def hires(session: Session, opening_id: int) -> int:
    """채용인원: the people placed through an opening (not void)."""
    return int(
        session.scalar(
            select(func.count(func.distinct(Placement.seeker_id))).where(
                Placement.opening_id == opening_id, Placement.void.is_(False)
            )
        )
        or 0
    )


def find_by_number(session: Session, model: type[M], column: Any, number: str, label: str) -> M:
    """A live record by its number; NotFound naming it otherwise."""
    record = session.scalar(select(model).where(column == number))
    if record is None or getattr(record, "void", False):
        raise NotFound(
            translate("records", "{label} '{number}' was not found.").format(
                label=label,
                number=number,
                number_josa=particle(number, "을/를"),
            )
        )
    return record


def event_columns(details: EventDetails) -> dict[str, Any]:
    """The columns an event is stored with, from its details (the import writes them too)."""
    skip = {"event_no", "desk"}
    return {
        field.name: getattr(details, field.name)
        for field in fields(details)
        if field.name not in skip
    } | {"kind": details.kind.value}
