"""The columns a registration command is stored in: written once for the forms (one
record at a time) and the import (thousands in one statement)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from deskapp.domain.commands import (
    Career,
    LogSession,
    RegisterEmployer,
    RegisterOpening,
    RegisterSeeker,
)
from deskapp.domain.errors import ValidationError
from deskapp.domain.field_names import field_label
from deskapp.domain.hangul import initials
from deskapp.domain.korean import particle
from deskapp.domain.records import enum_value
from deskapp.i18n import translate
from deskapp.store.models import (
    Event,
    EventParticipant,
    SeekerCareer,
    SeekerGroup,
    TargetGroup,
    User,
)


def seeker_columns(command: RegisterSeeker, code: str | None) -> dict[str, Any]:
    """A seeker's own columns (not its number, desk or who made it)."""
    return {
        "name": command.name,
        "name_initials": initials(command.name),
        "birth_date": command.birth_date,
        "gender": enum_value(command.gender),
        "phone": command.phone,
        "address": command.address,
        "desired_job": command.desired_job,
        "desired_code": code,
        "desired_employment": enum_value(command.desired_employment),
        "counselor_name": command.counselor_name,
        "registered_on": command.registered_on,
        "resident": command.resident,
        "education": enum_value(command.education),
        "certificates": certificates_text(command.certificates),
        "desired_wage": command.desired_wage,
        "desired_area": command.desired_area,
        "sms_consent": command.sms_consent,
        "sms_consent_on": command.sms_consent_on,
    }


def certificates_text(names: tuple[str, ...]) -> str | None:
    return "\n".join(names) or None


def certificates_of(text: str | None) -> tuple[str, ...]:
    return tuple(line for line in (text or "").split("\n") if line)


def employer_columns(command: RegisterEmployer) -> dict[str, Any]:
    return {
        "name": command.name,
        "business_no": command.business_no,
        "industry": command.industry,
        "address": command.address,
        "contact_name": command.contact_name,
        "phone": command.phone,
    }


def opening_columns(command: RegisterOpening, code: str | None) -> dict[str, Any]:
    return {
        "occupation": command.occupation,
        "headcount": command.headcount,
        "wage": command.wage,
        "closes_on": command.closes_on,
        "registered_on": command.registered_on,
        "occupation_code": code,
        "employment_type": enum_value(command.employment_type),
    }


def session_columns(command: LogSession) -> dict[str, Any]:
    return {
        "session_on": command.session_on,
        "channel": enum_value(command.channel),
        "counselor_name": command.counselor_name,
        "notes": command.notes,
        "next_contact_on": command.next_contact_on,
    }


def career_rows(seeker_id: int, careers: tuple[Career, ...]) -> list[dict[str, Any]]:
    return [
        {
            "seeker_id": seeker_id,
            "position": position,
            "employer": c.employer,
            "job": c.job,
            "started_on": c.started_on,
            "ended_on": c.ended_on,
        }
        for position, c in enumerate(careers)
    ]


def group_rows(seeker_id: int, groups: tuple[str, ...]) -> list[dict[str, Any]]:
    return [{"seeker_id": seeker_id, "group_name": name} for name in groups]


def careers_of(session: Session, seeker_id: int) -> tuple[Career, ...]:
    rows = session.scalars(
        select(SeekerCareer)
        .where(SeekerCareer.seeker_id == seeker_id)
        .order_by(SeekerCareer.position)
    )
    return tuple(Career(r.employer, r.job, r.started_on, r.ended_on) for r in rows)


def groups_of(session: Session, seeker_id: int) -> tuple[str, ...]:
    rows = session.execute(
        select(SeekerGroup.group_name)
        .join(TargetGroup, TargetGroup.name == SeekerGroup.group_name)
        .where(SeekerGroup.seeker_id == seeker_id)
        .order_by(TargetGroup.sort_order)
    )
    return tuple(name for (name,) in rows)


def replace_file_lists(
    session: Session,
    seeker_id: int,
    groups: tuple[str, ...] | None = None,
    careers: tuple[Career, ...] | None = None,
) -> None:
    """Store a seeker's groups and 경력 anew (None: leave as they are)."""
    if groups is not None:
        session.execute(delete(SeekerGroup).where(SeekerGroup.seeker_id == seeker_id))
        session.add_all(SeekerGroup(**row) for row in group_rows(seeker_id, groups))
    if careers is not None:
        session.execute(delete(SeekerCareer).where(SeekerCareer.seeker_id == seeker_id))
        session.add_all(SeekerCareer(**row) for row in career_rows(seeker_id, careers))


def active_groups(session: Session) -> list[str]:
    """The target groups a seeker can be put in now, in the list's order."""
    return list(
        session.scalars(
            select(TargetGroup.name)
            .where(TargetGroup.active.is_(True))
            .order_by(TargetGroup.sort_order)
        )
    )


def group_order(session: Session) -> dict[str, int]:
    """Every target group's place in the list (retired ones too)."""
    rows = session.execute(select(TargetGroup.name, TargetGroup.sort_order))
    return {name: order for name, order in rows}


def check_groups(
    session: Session,
    groups: tuple[str, ...],
    field: str = "대상그룹",  # korean-data
) -> None:
    """ValidationError naming the groups that are not in the managed list."""
    if not groups:
        return
    known = active_groups(session)
    unknown = [g for g in groups if g not in known]
    if unknown:
        raise ValidationError(
            field,
            translate("records", "{groups}: not on the list of target groups ({known}).").format(
                groups=", ".join(repr(g) for g in unknown), known=", ".join(known)
            ),
        )


def counselor_account(session: Session, name: str | None) -> int | None:
    """The active account a 담당상담사 names (its user name, or a display name no other
    active account has); None when it names none."""
    if not name:
        return None
    by_username = session.scalar(
        select(User.id).where(User.username == name, User.is_active.is_(True))
    )
    if by_username is not None:
        return by_username
    found = list(
        session.scalars(
            select(User.id).where(User.display_name == name, User.is_active.is_(True)).limit(2)
        )
    )
    return found[0] if len(found) == 1 else None


def refuse_event_hire(session: Session, placement_id: int, field: str, voiding: bool) -> None:
    """ValidationError naming ``field`` when the placement is a hire at an event: it is
    the event's to change (its day and desk, the participant's result), not the
    placement's own; ``voiding``: the placement was to be voided, else ``field`` corrected."""
    event = session.execute(
        select(Event.event_no, Event.name)
        .join(EventParticipant, EventParticipant.event_id == Event.id)
        .where(EventParticipant.placement_id == placement_id, EventParticipant.void.is_(False))
    ).first()
    if event is not None:
        if voiding:
            message = translate(
                "records",
                "This placement comes from a hire at event '{event}' ({number}), so it cannot "
                "be voided here. At the event, change the participant's result or void the "
                "participation (the placement date and desk follow the event).",
            )
        else:
            message = translate(
                "records",
                "This placement comes from a hire at event '{event}' ({number}), so its "
                "{field} cannot be corrected here. At the event, change the participant's "
                "result or void the participation (the placement date and desk follow the event).",
            )
        raise ValidationError(
            field,
            message.format(
                event=event.name,
                number=event.event_no,
                field=field_label(field),
                field_josa=particle(field, "을/를"),  # korean-data
            ),
        )


def free_number(session: Session, column: Any, number: str) -> str:
    """The number the application gives a new record (D…, E…, J…, V… and its id), or that
    number with a suffix when someone gave it to another record by hand."""
    candidate, n = number, 1
    while session.scalar(select(column).where(column == candidate)) is not None:
        n += 1
        candidate = f"{number}-{n}"
    return candidate
