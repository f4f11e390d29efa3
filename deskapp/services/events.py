"""Hiring events (ARCHITECTURE.md): the event, its employers and participants, the report.

Every call is one unit of work with the account checked again. A counselor runs the
events of their own desk; team leads and administrators any desk's. A participant's
result of 채용 makes an ordinary placement (취업) at the event's desk on its date, so the
statistics table counts it once like any other; leaving 채용, or voiding the participant
or the event, voids that placement. Every change is kept in the records' history.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from deskapp.domain import fields as f
from deskapp.domain.access import Actor, Permission
from deskapp.domain.audit import AccessAction
from deskapp.domain.commands import RegisterEmployer, RegisterOpening, RegisterSeeker
from deskapp.domain.dates import Period
from deskapp.domain.desks import DeskRef, desk_by_code
from deskapp.domain.errors import NotFound, PermissionDenied, ValidationError
from deskapp.domain.events import (
    EVENT_FIELDS,
    HIRED,
    UNNAMED,
    AddEventEmployer,
    AddParticipant,
    EventDetails,
    EventFigures,
    EventGrouping,
    EventKind,
    EventReport,
    SetResult,
    checked_details,
    count,
    masked_event,
    parse_result,
    stage_rank,
)
from deskapp.domain.korean import particle
from deskapp.domain.privacy import mask_resident_numbers
from deskapp.domain.records import ChangeAction, PlacementKind, RecordKind, Role
from deskapp.i18n import translate
from deskapp.services import record_rows as rr
from deskapp.services.audit import write_access, write_record_access
from deskapp.services.history import RecordHistory, read_history, write_change
from deskapp.services.records import RecordService
from deskapp.services.rules.month_lock import refuse_if_closed
from deskapp.services.rules.records import Saved, event_columns, find_by_number
from deskapp.store.database import Database
from deskapp.store.models import (
    Employer,
    Event,
    EventEmployer,
    EventParticipant,
    JobOpening,
    JobSeeker,
    Placement,
    RecordChange,
    utcnow,
)


@dataclass(frozen=True)
class EventRow:
    """An event in the list, with its figures."""

    id: int
    event_no: str
    name: str
    kind: str
    held_on: date
    desk: str
    organizer: str | None
    venue: str | None
    venue_type: str | None
    figures: EventFigures
    void: bool = False


@dataclass(frozen=True)
class EmployerEntry:
    """An employer taking part in an event, as the event's page lists it."""

    id: int
    employer_no: str
    name: str
    recruits: int
    opening_no: str | None


@dataclass(frozen=True)
class ParticipantEntry:
    """A job seeker taking part in an event, as the event's page lists it."""

    id: int
    seeker_id: int
    seeker_no: str
    name: str
    interviewed: bool
    result: str | None
    employer: str | None
    opening_no: str | None
    placement_id: int | None


@dataclass(frozen=True)
class EventPage:
    """An event with its employers and participants (the event's page)."""

    row: EventRow
    details: EventDetails
    employers: tuple[EmployerEntry, ...]
    participants: tuple[ParticipantEntry, ...]


@dataclass(frozen=True)
class Behind:
    """One line behind a number of the report: an event, an employer's taking part, a person,
    or an organizer's total (``count`` people not recorded one by one)."""

    event_no: str
    event_name: str
    held_on: date
    who: str
    detail: str
    seeker_id: int | None = None
    count: int = 1


_FIELD_HEADINGS = {s.attribute: s.heading for s in EVENT_FIELDS}


class EventService:
    """Events, their employers and participants, and the event report."""

    def __init__(
        self, db: Database, today: date | None = None, records: RecordService | None = None
    ) -> None:
        self.db = db
        self._today = today
        self.records = records or RecordService(db, today)

    def today(self) -> date:
        return self._today or date.today()

    # -- events ------------------------------------------------------------------------

    def _place(self, actor: Actor, details: EventDetails) -> tuple[int, int | None]:
        actor.require(Permission.WRITE_RECORDS)
        if details.desk is None:
            if actor.desk is None:
                raise ValidationError(
                    "창구",  # korean-data
                    translate("events", "Enter the desk."),
                )
            code, site = actor.desk, None
        else:
            code, site = details.desk.desk.code, details.desk.site
        actor.require_desk(code)
        site_id = self.db.site_ids().get((code, site)) if site else None
        return self.db.desk_ids()[code], site_id

    def create_event(self, actor: Actor, details: EventDetails) -> Saved:
        """A new event; 행사번호 is given by the application when left empty."""
        details, hidden = masked_event(checked_details(details, self.today()))
        desk_id, site_id = self._place(actor, details)
        with self.db.unit_of_work(actor=actor) as session:
            number = details.event_no or f"tmp-{uuid.uuid4().hex}"
            if details.event_no and session.scalar(
                select(Event.id).where(Event.event_no == details.event_no)
            ):
                raise ValidationError(
                    "행사번호",  # korean-data
                    translate("events", "'{number}' is already an event number.").format(
                        number=details.event_no, number_josa=particle(details.event_no, "은/는")
                    ),
                )
            event = Event(
                event_no=number,
                desk_id=desk_id,
                site_id=site_id,
                created_by=actor.user_id,
                **event_columns(details),
            )
            session.add(event)
            session.flush()
            if details.event_no is None:
                event.event_no = rr.free_number(session, Event.event_no, f"V{event.id:08d}")
            write_record_access(
                session,
                actor,
                AccessAction.CREATE,
                RecordKind.EVENT,
                event.id,
                event.event_no,
                None,
                f"행사 등록: {event.name}",  # korean-data
            )
            warnings = (
                translate(
                    "events",
                    "Saved with {n} number(s) that look like resident registration numbers masked.",
                ).format(n=hidden),
            )
            return Saved(RecordKind.EVENT, event.id, event.event_no, warnings if hidden else ())

    def update_event(self, actor: Actor, event_no: str, details: EventDetails, reason: str) -> int:
        """Correct an event: every field that changed goes into its history with ``reason``.
        Its hires' placements move with the event's desk and date."""
        why = mask_resident_numbers(f.text(reason, "수정 사유"))[0]  # korean-data
        details, _ = masked_event(checked_details(details, self.today()))
        desk_id, site_id = self._place(actor, details)
        with self.db.unit_of_work(actor=actor) as session:
            event = self._event(session, actor, event_no)
            placements = self._hires(session, event.id)
            refuse_if_closed(session, event.held_on, details.held_on)
            if placements and details.held_on > self.today():
                raise ValidationError(
                    "일자",  # korean-data
                    translate(
                        "events",
                        "The event has hired participants ({n}), so its date cannot move past "
                        "today. Change their results first.",
                    ).format(n=len(placements)),
                )
            new = {**event_columns(details), "desk_id": desk_id, "site_id": site_id}
            changed = 0
            for attribute, value in new.items():
                old = getattr(event, attribute)
                if old == value:
                    continue
                heading = _FIELD_HEADINGS.get(attribute, "창구")  # korean-data
                if attribute == "site_id":
                    continue  # shown with the desk
                write_change(
                    session,
                    actor,
                    RecordKind.EVENT,
                    event.id,
                    event.event_no,
                    heading,
                    self._shown(attribute, old),
                    self._shown(attribute, value),
                    why,
                )
                setattr(event, attribute, value)
                changed += 1
            event.site_id = site_id
            for placement in placements:  # a hire is a placement on the event's day and desk
                self._follow_event(session, actor, placement, event, why)
            if changed:
                write_record_access(
                    session,
                    actor,
                    AccessAction.UPDATE,
                    RecordKind.EVENT,
                    event.id,
                    event.event_no,
                    None,
                    f"행사 수정 ({changed}개 항목): {why}",  # korean-data
                )
            return changed

    def _follow_event(
        self, session: Session, actor: Actor, placement: Placement, event: Event, why: str
    ) -> None:
        """Move a hire's placement to the event's day and desk, in its history too."""
        seeker_no = session.scalar(
            select(JobSeeker.seeker_no).where(JobSeeker.id == placement.seeker_id)
        )
        moves = (
            ("취업일", placement.placed_on, event.held_on, "placed_on"),  # korean-data
            ("취업창구", placement.desk_id, event.desk_id, "desk_id"),  # korean-data
        )
        moved = []
        for heading, old, new, attribute in moves:
            if old != new:
                shown = (
                    (self._shown("desk_id", old), self._shown("desk_id", new))
                    if (attribute == "desk_id")
                    else (str(old), str(new))
                )
                write_change(
                    session,
                    actor,
                    RecordKind.PLACEMENT,
                    placement.id,
                    seeker_no,
                    heading,
                    *shown,
                    f"행사 수정: {why}",  # korean-data
                    seeker_id=placement.seeker_id,
                )
                setattr(placement, attribute, new)
                moved.append(heading)
        placement.site_id = event.site_id
        if moved:
            headings = ", ".join(moved)
            detail = (
                f"취업 {placement.id} {headings}: 행사 {event.event_no} 수정에 따라"  # korean-data
            )
            write_record_access(
                session,
                actor,
                AccessAction.UPDATE,
                RecordKind.PLACEMENT,
                placement.id,
                seeker_no,
                placement.seeker_id,
                detail,
            )

    def _shown(self, attribute: str, value: object) -> str:
        if value is None:
            return ""
        if attribute == "desk_id":
            return desk_by_code(self.db.desk_codes()[value]).name  # type: ignore[index]
        return str(value)

    def _event(self, session: Session, actor: Actor, event_no: str, write: bool = True) -> Event:
        event = session.scalar(select(Event).where(Event.event_no == event_no))
        if event is None or event.void:
            raise NotFound(
                translate("events", "No event '{number}' was found.").format(
                    number=event_no, number_josa=particle(event_no, "을/를")
                )
            )
        if write:
            actor.require(Permission.WRITE_RECORDS)
            actor.require_desk(self.db.desk_codes()[event.desk_id])
        return event

    def _may_see_people(self, actor: Actor, event: Event) -> None:
        """A counselor sees who took part only in their own desk's events."""
        if actor.role is Role.COUNSELOR and actor.desk != self.db.desk_codes()[event.desk_id]:
            raise PermissionDenied(
                translate("events", "Participants of another desk's events cannot be seen.")
            )

    @staticmethod
    def _hires(session: Session, event_id: int) -> list[Placement]:
        return list(
            session.scalars(
                select(Placement)
                .join(EventParticipant, EventParticipant.placement_id == Placement.id)
                .where(EventParticipant.event_id == event_id, Placement.void.is_(False))
            )
        )

    # -- employers and participants ---------------------------------------------------

    def add_employer(self, actor: Actor, command: AddEventEmployer) -> Saved:
        """An employer taking part, with its 모집인원 (and the opening it recruits for)."""
        command = replace(command, recruits=count(command.recruits, "모집인원"))  # korean-data
        with self.db.unit_of_work(actor=actor) as session:
            event = self._event(session, actor, command.event_no)
            employer = find_by_number(
                session,
                Employer,
                Employer.employer_no,
                command.employer_no,
                "구인업체",  # korean-data
            )
            opening_id = self._opening(session, command.opening_no, employer.id)
            if session.scalar(
                select(EventEmployer.id).where(
                    EventEmployer.event_id == event.id,
                    EventEmployer.employer_id == employer.id,
                    EventEmployer.void.is_(False),
                )
            ):
                raise ValidationError(
                    "업체번호",  # korean-data
                    translate("events", "{name} already takes part in this event.").format(
                        name=employer.name, name_josa=particle(employer.name, "은/는")
                    ),
                )
            entry = EventEmployer(
                event_id=event.id,
                employer_id=employer.id,
                recruits=command.recruits,
                opening_id=opening_id,
                created_by=actor.user_id,
            )
            session.add(entry)
            session.flush()
            write_change(
                session,
                actor,
                RecordKind.EVENT,
                event.id,
                event.event_no,
                "참여업체",  # korean-data
                "",
                f"{employer.name} (모집 {command.recruits}명)",  # korean-data
                None,
                action=ChangeAction.CREATE,
            )
            write_record_access(
                session,
                actor,
                AccessAction.CREATE,
                RecordKind.EVENT_EMPLOYER,
                entry.id,
                event.event_no,
                None,
                f"행사 참여업체: {employer.employer_no}",  # korean-data
            )
            return Saved(RecordKind.EVENT_EMPLOYER, entry.id, str(entry.id))

    def change_employer(
        self, actor: Actor, entry_id: int, recruits: int, opening_no: str | None, reason: str
    ) -> int:
        """Correct an employer's taking part: its 모집인원 and the opening it recruits for,
        each change in the history with ``reason``; how many fields changed."""
        why = mask_resident_numbers(f.text(reason, "수정 사유"))[0]  # korean-data
        recruits = count(recruits, "모집인원")  # korean-data
        with self.db.unit_of_work(actor=actor) as session:
            entry = session.get(EventEmployer, entry_id)
            if entry is None or entry.void:
                raise NotFound(
                    translate("events", "No taking-part employer no. {id} was found.").format(
                        id=entry_id
                    )
                )
            event = session.get(Event, entry.event_id)
            assert event is not None
            self._event(session, actor, event.event_no)
            opening_id = self._opening(session, opening_no, entry.employer_id)
            employer_no = session.scalar(
                select(Employer.employer_no).where(Employer.id == entry.employer_id)
            )
            old_opening = (
                session.scalar(
                    select(JobOpening.opening_no).where(JobOpening.id == entry.opening_id)
                )
                if entry.opening_id is not None
                else None
            )
            changed = 0
            fields_changed = (
                ("모집인원", str(entry.recruits), str(recruits)),  # korean-data
                ("구인번호", old_opening or "", opening_no or ""),  # korean-data
            )
            for heading, old, new in fields_changed:
                if old != new:
                    write_change(
                        session,
                        actor,
                        RecordKind.EVENT_EMPLOYER,
                        entry.id,
                        employer_no,
                        heading,
                        old,
                        new,
                        why,
                    )
                    changed += 1
            entry.recruits, entry.opening_id = recruits, opening_id
            if changed:
                write_record_access(
                    session,
                    actor,
                    AccessAction.UPDATE,
                    RecordKind.EVENT_EMPLOYER,
                    entry.id,
                    event.event_no,
                    None,
                    f"행사 참여업체 수정: {employer_no}",  # korean-data
                )
            return changed

    @staticmethod
    def _opening(session: Session, opening_no: str | None, employer_id: int | None) -> int | None:
        if not opening_no:
            return None
        opening = find_by_number(
            session,
            JobOpening,
            JobOpening.opening_no,
            opening_no,
            "구인",  # korean-data
        )
        if employer_id is not None and opening.employer_id != employer_id:
            raise ValidationError(
                "구인번호",  # korean-data
                translate("events", "Opening '{number}' is not this employer's.").format(
                    number=opening_no, number_josa=particle(opening_no, "은/는")
                ),
            )
        return opening.id

    def add_participant(self, actor: Actor, command: AddParticipant) -> Saved:
        """A registered seeker taking part; a result of 채용 makes the placement at once."""
        if command.result is not None:
            command = replace(command, result=parse_result(command.result))
        with self.db.unit_of_work(actor=actor) as session:
            event = self._event(session, actor, command.event_no)
            seeker = find_by_number(
                session,
                JobSeeker,
                JobSeeker.seeker_no,
                command.seeker_no,
                "구직자",  # korean-data
            )
            if session.scalar(
                select(EventParticipant.id).where(
                    EventParticipant.event_id == event.id,
                    EventParticipant.seeker_id == seeker.id,
                    EventParticipant.void.is_(False),
                )
            ):
                raise ValidationError(
                    "구직자번호",  # korean-data
                    translate(
                        "events", "{name} ({number}) already takes part in this event."
                    ).format(
                        name=seeker.name,
                        number=seeker.seeker_no,
                        name_josa=particle(seeker.name, "은/는"),
                    ),
                )
            employer_id, opening_id = self._target(session, command.employer_no, command.opening_no)
            entry = EventParticipant(
                event_id=event.id,
                seeker_id=seeker.id,
                employer_id=employer_id,
                opening_id=opening_id,
                interviewed=command.interviewed or command.result == HIRED,
                result=command.result,
                created_by=actor.user_id,
            )
            session.add(entry)
            session.flush()
            write_change(
                session,
                actor,
                RecordKind.EVENT_PARTICIPANT,
                entry.id,
                seeker.seeker_no,
                "참여",  # korean-data
                "",
                f"{event.name} ({event.held_on})",
                None,
                seeker_id=seeker.id,
                action=ChangeAction.CREATE,
            )
            write_record_access(
                session,
                actor,
                AccessAction.CREATE,
                RecordKind.EVENT_PARTICIPANT,
                entry.id,
                seeker.seeker_no,
                seeker.id,
                f"행사 참여: {event.event_no}",  # korean-data
            )
            if command.result == HIRED:
                self._hire(session, actor, event, entry)
            return Saved(RecordKind.EVENT_PARTICIPANT, entry.id, str(entry.id))

    def walk_in(
        self, actor: Actor, event_no: str, seeker: RegisterSeeker, interviewed: bool = False
    ) -> tuple[Saved, Saved]:
        """A walk-in at the event: registered as a seeker and added as a participant in one
        unit of work (neither without the other); the registration and the participation."""
        with self.db.together(actor):
            person = self.records.register_seeker(actor, seeker)
            entry = self.add_participant(
                actor, AddParticipant(event_no, person.number, interviewed)
            )
        return person, entry

    def new_employer(
        self,
        actor: Actor,
        event_no: str,
        employer: RegisterEmployer,
        recruits: int,
        opening: RegisterOpening | None = None,
    ) -> tuple[Saved, Saved]:
        """An employer new to the desk at the event: registered, with its opening when one
        is given (``employer_no`` of it is filled in), and added to the event, in one unit
        of work; the employer's registration and its taking part."""
        with self.db.together(actor):
            made = self.records.register_employer(actor, employer)
            opening_no = None
            if opening is not None:
                opening_no = self.records.register_opening(
                    actor, replace(opening, employer_no=made.number)
                ).number
            entry = self.add_employer(
                actor, AddEventEmployer(event_no, made.number, recruits, opening_no)
            )
        return made, entry

    @staticmethod
    def _target(
        session: Session, employer_no: str | None, opening_no: str | None
    ) -> tuple[int | None, int | None]:
        employer_id = None
        if employer_no:
            employer_id = find_by_number(
                session,
                Employer,
                Employer.employer_no,
                employer_no,
                "구인업체",  # korean-data
            ).id
        opening_id = EventService._opening(session, opening_no, employer_id)
        if opening_id is not None and employer_id is None:
            employer_id = session.scalar(
                select(JobOpening.employer_id).where(JobOpening.id == opening_id)
            )
        return employer_id, opening_id

    def set_result(self, actor: Actor, command: SetResult) -> Saved:
        """A participant's interview and stage. Reaching 채용 makes the placement; leaving it
        voids that placement (both in the history)."""
        if command.result is not None:
            command = replace(command, result=parse_result(command.result))
        with self.db.unit_of_work(actor=actor) as session:
            entry = session.get(EventParticipant, command.participant_id)
            if entry is None or entry.void:
                raise NotFound(
                    translate("events", "No participant no. {id} was found.").format(
                        id=command.participant_id
                    )
                )
            event = session.get(Event, entry.event_id)
            assert event is not None
            event = self._event(session, actor, event.event_no)
            why = mask_resident_numbers(command.reason.strip())[0] or None
            employer_id, opening_id = self._target(session, command.employer_no, command.opening_no)
            interviewed = command.interviewed or command.result == HIRED
            seeker_no = session.scalar(
                select(JobSeeker.seeker_no).where(JobSeeker.id == entry.seeker_id)
            )
            for heading, old, new in (
                ("면접", _yes(entry.interviewed), _yes(interviewed)),  # korean-data
                ("결과", entry.result or "", command.result or ""),  # korean-data
            ):
                if old != new:
                    write_change(
                        session,
                        actor,
                        RecordKind.EVENT_PARTICIPANT,
                        entry.id,
                        seeker_no,
                        heading,
                        old,
                        new,
                        why,
                        seeker_id=entry.seeker_id,
                    )
            was_hired = entry.result == HIRED
            entry.interviewed, entry.result = interviewed, command.result
            if opening_id is not None:
                entry.employer_id, entry.opening_id = employer_id, opening_id
            elif employer_id is not None and employer_id != entry.employer_id:
                entry.employer_id, entry.opening_id = employer_id, None
            if command.result == HIRED and was_hired:
                self._rehire(session, actor, entry, why)
            if command.result == HIRED and not was_hired:
                self._hire(session, actor, event, entry)
            elif was_hired and command.result != HIRED:
                self._unhire(
                    session,
                    actor,
                    entry,
                    why or f"행사 결과 변경: {command.result or '없음'}",  # korean-data
                )
            write_record_access(
                session,
                actor,
                AccessAction.UPDATE,
                RecordKind.EVENT_PARTICIPANT,
                entry.id,
                seeker_no,
                entry.seeker_id,
                f"행사 결과: {event.event_no} {command.result or '-'}",  # korean-data
            )
            return Saved(RecordKind.EVENT_PARTICIPANT, entry.id, str(entry.id))

    def _hire(self, session: Session, actor: Actor, event: Event, entry: EventParticipant) -> None:
        """The placement of a participant hired at ``event`` (its desk and date)."""
        if event.held_on > self.today():
            raise ValidationError(
                "결과",  # korean-data
                translate("events", "A hire can be recorded only after the event's day."),
            )
        seeker = session.get(JobSeeker, entry.seeker_id)
        if seeker is None or seeker.void:
            raise ValidationError(
                "결과",  # korean-data
                translate("events", "A voided job seeker cannot be recorded as hired."),
            )
        refuse_if_closed(session, event.held_on)
        if entry.opening_id is None and entry.employer_id is not None:
            # The opening the employer brought to the event, when it brought one.
            entry.opening_id = session.scalar(
                select(EventEmployer.opening_id).where(
                    EventEmployer.event_id == event.id,
                    EventEmployer.employer_id == entry.employer_id,
                    EventEmployer.void.is_(False),
                )
            )
        employer_name = None
        if entry.employer_id is not None:
            employer_name = session.scalar(
                select(Employer.name).where(Employer.id == entry.employer_id)
            )
        placement = Placement(
            seeker_id=entry.seeker_id,
            placed_on=event.held_on,
            kind=PlacementKind.EVENT.value,
            opening_id=entry.opening_id,
            employer_name=employer_name,
            desk_id=event.desk_id,
            site_id=event.site_id,
            created_by=actor.user_id,
        )
        session.add(placement)
        session.flush()
        entry.placement_id = placement.id
        seeker_no = session.scalar(
            select(JobSeeker.seeker_no).where(JobSeeker.id == entry.seeker_id)
        )
        write_change(
            session,
            actor,
            RecordKind.PLACEMENT,
            placement.id,
            seeker_no,
            "등록",  # korean-data
            "",
            f"행사 채용: {event.name}",  # korean-data
            None,
            seeker_id=entry.seeker_id,
            action=ChangeAction.CREATE,
        )
        write_record_access(
            session,
            actor,
            AccessAction.CREATE,
            RecordKind.PLACEMENT,
            placement.id,
            seeker_no,
            entry.seeker_id,
            f"취업 {placement.id} 등록 (행사 {event.event_no})",  # korean-data
        )

    def _rehire(
        self, session: Session, actor: Actor, entry: EventParticipant, why: str | None
    ) -> None:
        """Still hired, by another employer or for another opening: the placement says so."""
        placement = session.get(Placement, entry.placement_id) if entry.placement_id else None
        if placement is None or placement.void:
            return
        name = (
            session.scalar(select(Employer.name).where(Employer.id == entry.employer_id))
            if entry.employer_id is not None
            else None
        )
        if (placement.employer_name, placement.opening_id) == (name, entry.opening_id):
            return
        refuse_if_closed(session, placement.placed_on)
        write_change(
            session,
            actor,
            RecordKind.PLACEMENT,
            placement.id,
            None,
            "업체명",  # korean-data
            placement.employer_name or "",
            name or "",
            why or "행사 채용 업체 변경",  # korean-data
            seeker_id=entry.seeker_id,
        )
        placement.employer_name, placement.opening_id = name, entry.opening_id

    @staticmethod
    def _unhire(session: Session, actor: Actor, entry: EventParticipant, why: str) -> None:
        placement = session.get(Placement, entry.placement_id) if entry.placement_id else None
        if placement is None or placement.void:
            return
        refuse_if_closed(session, placement.placed_on)
        placement.void, placement.void_reason = True, why
        placement.voided_at, placement.voided_by = utcnow(), actor.user_id
        write_change(
            session,
            actor,
            RecordKind.PLACEMENT,
            placement.id,
            None,
            "무효",  # korean-data
            "",
            "무효",  # korean-data
            why,
            seeker_id=entry.seeker_id,
            action=ChangeAction.VOID,
        )
        write_record_access(
            session,
            actor,
            AccessAction.VOID,
            RecordKind.PLACEMENT,
            placement.id,
            None,
            entry.seeker_id,
            f"취업 {placement.id} 무효: {why}",  # korean-data
        )

    # -- voiding -----------------------------------------------------------------------

    def void(self, actor: Actor, kind: RecordKind, record_id: int, reason: str) -> None:
        """Void an event (with its participants' hires), an employer's or a participant's
        taking part. Nothing is deleted; it stops counting."""
        why = mask_resident_numbers(f.text(reason, "무효 사유"))[0]  # korean-data
        models = {
            RecordKind.EVENT: Event,
            RecordKind.EVENT_EMPLOYER: EventEmployer,
            RecordKind.EVENT_PARTICIPANT: EventParticipant,
        }
        if kind not in models:
            raise ValidationError(
                "종류",  # korean-data
                translate("events", "{kind} is not an event record.").format(
                    kind=kind.label, kind_josa=particle(kind.label, "은/는")
                ),
            )
        with self.db.unit_of_work(actor=actor) as session:
            record: Any = session.get(models[kind], record_id)
            if record is None or record.void:
                raise NotFound(
                    translate("events", "No {kind} no. {id} was found.").format(
                        kind=kind.label, id=record_id
                    )
                )
            event: Event | None = (
                record if kind is RecordKind.EVENT else session.get(Event, record.event_id)
            )
            assert event is not None
            self._event(session, actor, event.event_no)
            participants: Iterable[EventParticipant] = (
                list(
                    session.scalars(
                        select(EventParticipant).where(
                            EventParticipant.event_id == event.id, EventParticipant.void.is_(False)
                        )
                    )
                )
                if kind is RecordKind.EVENT
                else [record]
                if kind is RecordKind.EVENT_PARTICIPANT
                else []
            )
            for participant in participants:
                self._unhire(session, actor, participant, f"행사 무효: {why}")  # korean-data
            _void(record, actor, why)
            number: str | None = event.event_no
            if kind is RecordKind.EVENT_PARTICIPANT:
                number = session.scalar(
                    select(JobSeeker.seeker_no).where(JobSeeker.id == record.seeker_id)
                )
            elif kind is RecordKind.EVENT_EMPLOYER:
                number = session.scalar(
                    select(Employer.employer_no).where(Employer.id == record.employer_id)
                )
            write_change(
                session,
                actor,
                kind,
                record.id,
                number,
                "무효",  # korean-data
                "",
                "무효",  # korean-data
                why,
                seeker_id=getattr(record, "seeker_id", None),
                action=ChangeAction.VOID,
            )
            write_record_access(
                session,
                actor,
                AccessAction.VOID,
                kind,
                record.id,
                event.event_no,
                getattr(record, "seeker_id", None),
                f"{kind.label} {record.id} 무효: {why}",  # korean-data
            )

    # -- reading -----------------------------------------------------------------------

    def history(self, actor: Actor, event_no: str) -> RecordHistory:
        """The event's story, oldest first: its corrections, the employers and people who
        took part, their stages and results, and voids; logged as a reading."""
        actor.require(Permission.VIEW_STATISTICS)
        with self.db.unit_of_work(actor=actor) as session:
            event = self._event(session, actor, event_no, write=False)
            self._may_see_people(actor, event)
            write_record_access(
                session,
                actor,
                AccessAction.VIEW,
                RecordKind.EVENT,
                event.id,
                event.event_no,
                None,
                "변경 이력 열람",  # korean-data
            )
            also = (
                (RecordChange.record_kind == RecordKind.EVENT_PARTICIPANT.value)
                & RecordChange.record_id.in_(
                    select(EventParticipant.id).where(EventParticipant.event_id == event.id)
                )
            ) | (
                (RecordChange.record_kind == RecordKind.EVENT_EMPLOYER.value)
                & RecordChange.record_id.in_(
                    select(EventEmployer.id).where(EventEmployer.event_id == event.id)
                )
            )
            return read_history(
                session,
                RecordKind.EVENT,
                event,
                event.event_no,
                f"행사 {event.event_no} {event.name}",  # korean-data
                also,
            )

    def events(
        self, actor: Actor, period: Period, kind: EventKind | None = None, text: str = ""
    ) -> list[EventRow]:
        """The live events held in ``period`` (of ``kind``), newest first, with figures."""
        actor.require(Permission.VIEW_STATISTICS)
        with self.db.unit_of_work(write=False, actor=actor) as session:
            events = self._live(session, period, kind)
            if text.strip():
                needle = text.strip()
                events = [e for e in events if needle in e.name or needle in (e.venue or "")]
            figures = _figures(session, [e.id for e in events])
            rows = [self._row(e, figures.get(e.id)) for e in events]
        return sorted(rows, key=lambda r: (r.held_on, r.id), reverse=True)

    def _row(self, event: Event, figures: EventFigures | None) -> EventRow:
        code = self.db.desk_codes()[event.desk_id]
        desk = desk_by_code(code).short_name
        return EventRow(
            event.id,
            event.event_no,
            event.name,
            event.kind,
            event.held_on,
            desk,
            event.organizer,
            event.venue,
            event.venue_type,
            _with_reported(figures or EventFigures(event.name), event),
            event.void,
        )

    @staticmethod
    def _live(session: Session, period: Period, kind: EventKind | None) -> list[Event]:
        query = select(Event).where(
            Event.void.is_(False), Event.held_on >= period.start, Event.held_on <= period.end
        )
        if kind is not None:
            query = query.where(Event.kind == kind.value)
        return list(session.scalars(query.order_by(Event.held_on, Event.id)))

    def page(self, actor: Actor, event_no: str) -> EventPage:
        """An event with its employers and participants (names of other desks' seekers are
        shown to a counselor as at their own desk's event: the event is theirs to run)."""
        actor.require(Permission.VIEW_STATISTICS)
        with self.db.unit_of_work(write=False, actor=actor) as session:
            event = self._event(session, actor, event_no, write=False)
            self._may_see_people(actor, event)
            code = self.db.desk_codes()[event.desk_id]
            row = self._row(event, _figures(session, [event.id]).get(event.id))
            employers = tuple(
                EmployerEntry(entry_id, number, name, recruits, opening_no)
                for entry_id, number, name, recruits, opening_no in session.execute(
                    select(
                        EventEmployer.id,
                        Employer.employer_no,
                        Employer.name,
                        EventEmployer.recruits,
                        JobOpening.opening_no,
                    )
                    .join(Employer, Employer.id == EventEmployer.employer_id)
                    .outerjoin(JobOpening, JobOpening.id == EventEmployer.opening_id)
                    .where(EventEmployer.event_id == event.id, EventEmployer.void.is_(False))
                    .order_by(EventEmployer.id)
                )
            )
            people = [
                ParticipantEntry(*values)
                for values in session.execute(
                    select(
                        EventParticipant.id,
                        JobSeeker.id,
                        JobSeeker.seeker_no,
                        JobSeeker.name,
                        EventParticipant.interviewed,
                        EventParticipant.result,
                        Employer.name,
                        JobOpening.opening_no,
                        EventParticipant.placement_id,
                    )
                    .join(JobSeeker, JobSeeker.id == EventParticipant.seeker_id)
                    .outerjoin(Employer, Employer.id == EventParticipant.employer_id)
                    .outerjoin(JobOpening, JobOpening.id == EventParticipant.opening_id)
                    .where(EventParticipant.event_id == event.id, EventParticipant.void.is_(False))
                    .order_by(EventParticipant.id)
                )
            ]
            detail = f"행사 {event.event_no} 참여자 {len(people)}명"  # korean-data
            write_access(
                session,
                actor,
                AccessAction.VIEW,
                subject_kind="event",
                subject_id=event.id,
                detail=detail,
            )
            details = _details(event, code)
        people.sort(key=lambda p: (-stage_rank(p.result), p.id))
        return EventPage(row, details, employers, tuple(people))

    def report(
        self,
        actor: Actor,
        period: Period,
        kind: EventKind | None = None,
        grouping: EventGrouping = EventGrouping.EVENT,
    ) -> EventReport:
        """The event report's measures by event, venue or venue type: total first, then each group
        in the order of its first event date."""
        actor.require(Permission.VIEW_STATISTICS)
        with self.db.unit_of_work(write=False, actor=actor) as session:
            events = self._live(session, period, kind)
            figures = _figures(session, [e.id for e in events])
        groups: dict[str, EventFigures] = {}
        for event in events:
            key = _group_of(event, grouping)
            one = _with_reported(figures.get(event.id) or EventFigures(key), event)
            one = replace(one, group=key, first_on=event.held_on, organizer=event.organizer)
            groups[key] = groups[key] + one if key in groups else one
        ordered = sorted(groups.values(), key=lambda g: (g.first_on or date.max, g.group))
        total = EventFigures("total")
        for group in ordered:
            total = total + replace(group, group="total")
        return EventReport(replace(total, organizer=None), tuple(ordered), grouping, kind)

    def behind(
        self,
        actor: Actor,
        period: Period,
        kind: EventKind | None,
        grouping: EventGrouping,
        group: str | None,
        measure: str,
    ) -> list[Behind]:
        """The events, employers or people behind one number of the report (``group`` None:
        the total), and a line for each organizer's total added to it. A counselor sees the
        people of their own desk's events by name; of other desks' only that they are there."""
        actor.require(Permission.VIEW_STATISTICS)
        with self.db.unit_of_work(write=False, actor=actor) as session:
            events = [
                e
                for e in self._live(session, period, kind)
                if group is None or _group_of(e, grouping) == group
            ]
            by_id = {e.id: e for e in events}
            ids = sorted(by_id)
            lines: list[Behind] = []
            if measure == "events":
                lines = [
                    Behind(e.event_no, e.name, e.held_on, e.venue or "", e.kind) for e in events
                ]
            elif measure in ("employers", "recruits"):
                for start in range(0, len(ids), 500):
                    for event_id, number, name, recruits in session.execute(
                        select(
                            EventEmployer.event_id,
                            Employer.employer_no,
                            Employer.name,
                            EventEmployer.recruits,
                        )
                        .join(Employer, Employer.id == EventEmployer.employer_id)
                        .where(
                            EventEmployer.event_id.in_(ids[start : start + 500]),
                            EventEmployer.void.is_(False),
                        )
                    ):
                        e = by_id[event_id]
                        lines.append(
                            Behind(
                                e.event_no,
                                e.name,
                                e.held_on,
                                f"{name} ({number})",
                                translate("events", "Recruiting {n}").format(n=recruits),
                            )
                        )
            elif measure in ("participants", "interviewed", "hired"):
                own = (
                    {self.db.desk_ids()[actor.desk]}
                    if actor.role is Role.COUNSELOR and actor.desk
                    else None
                )
                shown = 0
                for start in range(0, len(ids), 500):
                    query = (
                        select(
                            EventParticipant.event_id,
                            JobSeeker.id,
                            JobSeeker.seeker_no,
                            JobSeeker.name,
                            EventParticipant.result,
                        )
                        .join(JobSeeker, JobSeeker.id == EventParticipant.seeker_id)
                        .where(
                            EventParticipant.event_id.in_(ids[start : start + 500]),
                            EventParticipant.void.is_(False),
                        )
                    )
                    if measure == "interviewed":
                        query = query.where(EventParticipant.interviewed.is_(True))
                    if measure == "hired":
                        query = query.where(EventParticipant.result == HIRED)
                    for event_id, seeker_id, number, name, result in session.execute(query):
                        e = by_id[event_id]
                        if own is not None and e.desk_id not in own:
                            who = translate("events", "(a participant of another desk)")
                            seeker = None
                        else:
                            who, seeker = f"{name} ({number})", seeker_id
                            shown += 1
                        lines.append(
                            Behind(e.event_no, e.name, e.held_on, who, result or "", seeker)
                        )
                attr = f"reported_{measure}"
                for e in events:
                    if getattr(e, attr):
                        lines.append(
                            Behind(
                                e.event_no,
                                e.name,
                                e.held_on,
                                translate("events", "Organiser's count: {n:,}").format(
                                    n=getattr(e, attr)
                                ),
                                e.organizer or "",
                                None,
                                getattr(e, attr),
                            )
                        )
                if shown:
                    write_access(
                        session,
                        actor,
                        AccessAction.VIEW,
                        subject_kind="event",
                        detail=f"행사 실적 명단 {shown}명 ({measure})",  # korean-data
                    )
            else:
                raise ValidationError(
                    "항목",  # korean-data
                    translate("events", "'{measure}' is not a measure of the event report.").format(
                        measure=measure, measure_josa=particle(measure, "은/는")
                    ),
                )
        return sorted(lines, key=lambda b: (b.held_on, b.event_no, b.who))

    def export_report(
        self,
        actor: Actor,
        period: Period,
        kind: EventKind | None,
        grouping: EventGrouping,
        reason: str = "",
        printing: bool = False,
    ) -> EventReport:
        """The report for writing out of the application (file, print, command line): team
        leads and administrators, logged with its reason, as the statistics table is."""
        actor.require(Permission.EXPORT_STATISTICS)
        report = self.report(actor, period, kind, grouping)
        what = (
            f"행사 실적 {period} {kind.value if kind else '전체'} ({grouping.value})"  # korean-data
        )
        why = mask_resident_numbers(reason.strip())[0] or "(적지 않음)"  # korean-data
        detail = f"{what} · 사유: {why}"  # korean-data
        action = AccessAction.PRINT if printing else AccessAction.EXPORT
        with self.db.unit_of_work(actor=actor) as session:
            write_access(session, actor, action, subject_kind="statistics", detail=detail)
        return report


def _group_of(event: Event, grouping: EventGrouping) -> str:
    """The report's group an event falls in."""
    key = {
        EventGrouping.EVENT: event.name,
        EventGrouping.VENUE: event.venue,
        EventGrouping.VENUE_TYPE: event.venue_type,
    }[grouping]
    return key or UNNAMED


def _yes(value: bool) -> str:
    return "예" if value else "아니오"  # korean-data


def _void(record: Any, actor: Actor, why: str) -> None:
    record.void, record.void_reason = True, why
    record.voided_at, record.voided_by = utcnow(), actor.user_id


def _details(event: Event, code: str) -> EventDetails:
    return EventDetails(
        event.name,
        EventKind(event.kind),
        event.held_on,
        event.event_no,
        DeskRef(desk_by_code(code)),
        event.organizer,
        event.venue,
        event.venue_type,
        event.reported_participants,
        event.reported_interviewed,
        event.reported_hired,
    )


def _with_reported(figures: EventFigures, event: Event) -> EventFigures:
    """One event's figures: recorded people plus the organizer's totals."""
    return replace(
        figures,
        events=1,
        participants=figures.participants + event.reported_participants,
        interviewed=figures.interviewed + event.reported_interviewed,
        hired=figures.hired + event.reported_hired,
    )


def _figures(session: Session, event_ids: list[int]) -> dict[int, EventFigures]:
    """The recorded employers and people of each event (not the organizer's totals)."""
    found: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for start in range(0, len(event_ids), 500):
        chunk = event_ids[start : start + 500]
        for event_id, employers, recruits in session.execute(
            select(EventEmployer.event_id, func.count(), func.sum(EventEmployer.recruits))
            .where(EventEmployer.event_id.in_(chunk), EventEmployer.void.is_(False))
            .group_by(EventEmployer.event_id)
        ):
            found[event_id]["employers"] = int(employers)
            found[event_id]["recruits"] = int(recruits or 0)
        hired = func.sum(case((EventParticipant.result == HIRED, 1), else_=0))
        interviewed = func.sum(case((EventParticipant.interviewed.is_(True), 1), else_=0))
        for event_id, people, seen, taken in session.execute(
            select(EventParticipant.event_id, func.count(), interviewed, hired)
            .where(EventParticipant.event_id.in_(chunk), EventParticipant.void.is_(False))
            .group_by(EventParticipant.event_id)
        ):
            found[event_id]["participants"] = int(people)
            found[event_id]["interviewed"] = int(seen or 0)
            found[event_id]["hired"] = int(taken or 0)
    return {
        event_id: EventFigures(
            "",
            0,
            values["employers"],
            values["recruits"],
            values["participants"],
            values["interviewed"],
            values["hired"],
        )
        for event_id, values in found.items()
    }
