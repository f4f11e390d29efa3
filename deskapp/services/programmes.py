"""취업지원 프로그램: programmes, their sessions (회차) and enrolments, and the two reports.

One unit of work per call. The desk rules are those of every record: a counselor writes
only for a programme of their own desk, team leads and administrators for any. A session's
group note counts as 상담 only when the counselor says so (``counts_as_session``): then one
counseling session per participant present is made at the programme's desk on the
session's day (channel 방문: they came to it), linked from ``programme_attendance``, so
the desk table's 상담 follows it, and voiding the session (or a participant's enrolment)
voids them, each only as voiding it directly would be: not in a closed month of its own
day, and by a counselor only at its own desk (both may have been corrected since); else
the whole void is refused. Months closed refuse such sessions as they refuse any 상담. A
programme holds one session a day per 주제 and counts a person as 상담 once a day at most.

Employment after a programme (취업자) is a live placement of the enrolled seeker, at any
desk, on or after the enrolment day, up to the report's day.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from deskapp.domain import fields
from deskapp.domain.access import Actor, Permission
from deskapp.domain.audit import AccessAction
from deskapp.domain.desks import desk_by_code
from deskapp.domain.errors import NotFound, PermissionDenied, ValidationError
from deskapp.domain.korean import particle
from deskapp.domain.privacy import mask_resident_numbers
from deskapp.domain.programmes import (
    AddProgrammeSession,
    Complete,
    CreateProgramme,
    EditProgramme,
    Enrol,
    OutcomeReport,
    OutcomeRow,
    ProgrammeFields,
    ProgrammeYear,
    ProgrammeYearRow,
    RecordCertificate,
    schedule,
)
from deskapp.domain.records import ChangeAction, Channel, RecordKind, Role
from deskapp.i18n import translate
from deskapp.services.audit import write_access, write_record_access
from deskapp.services.history import shown, write_change
from deskapp.services.rules.month_lock import (
    closed_message,
    closed_months,
    lock_months,
    refuse_if_closed,
)
from deskapp.services.rules.records import MASKED_WARNING, find_by_number
from deskapp.store.database import Database
from deskapp.store.models import (
    CounselingSession,
    JobSeeker,
    Placement,
    Programme,
    ProgrammeAttendance,
    ProgrammeEnrolment,
    ProgrammeSession,
    utcnow,
)

#: The programme's fields by their Korean headings, as kept in its history.
_HEADINGS = {
    "name": "프로그램명",  # korean-data
    "desk": "운영창구",  # korean-data
    "starts_on": "시작일",  # korean-data
    "ends_on": "종료일",  # korean-data
    "kind": "구분",  # korean-data
    "target": "교육대상",  # korean-data
    "provider": "위탁기관",  # korean-data
    "note": "비고",  # korean-data
}
_VOIDABLE = (RecordKind.PROGRAMME, RecordKind.PROGRAMME_SESSION, RecordKind.ENROLMENT)


@dataclass(frozen=True)
class ProgrammeSaved:
    """What a write produced: the record's id, the 상담 it made, and warnings to show."""

    id: int
    counseling_session_ids: tuple[int, ...] = ()
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class ProgrammeSummary:
    """A programme in a list, with how many are enrolled, completed, certified and its
    live sessions."""

    id: int
    name: str
    desk: str
    starts_on: date
    ends_on: date | None
    kind: str | None
    target: str | None
    provider: str | None
    note: str | None
    enrolled: int
    completed: int
    certified: int
    sessions: int
    void: bool = False

    def fields(self) -> ProgrammeFields:
        """Its fields as a form starts from them."""
        return ProgrammeFields(
            self.name,
            self.starts_on,
            self.desk,
            self.ends_on,
            self.kind,
            self.target,
            self.provider,
            self.note,
        )


@dataclass(frozen=True)
class SessionRow:
    """A session (회차) of a programme: who was present and the 상담 its note made."""

    id: int
    number: int  # 회차, counted over the live sessions by day
    held_on: date
    topic: str | None
    note: str | None
    counts_as_session: bool
    present: tuple[str, ...]  # names (구직자번호)
    counted: int  # live 상담 made from the note


@dataclass(frozen=True)
class EnrolmentRow:
    """A seeker enrolled: completion, certificate and the first placement after enrolling."""

    id: int
    seeker_no: str
    name: str
    enrolled_on: date
    completed_on: date | None
    certificate: str | None
    certified_on: date | None
    employed_on: date | None
    seeker_id: int


@dataclass(frozen=True)
class ProgrammeDetail:
    """One programme's page: itself, its live sessions by day and its live enrolments."""

    programme: ProgrammeSummary
    sessions: tuple[SessionRow, ...]
    enrolments: tuple[EnrolmentRow, ...]


def _chunks(ids: Sequence[int], size: int = 500) -> Iterable[list[int]]:
    for start in range(0, len(ids), size):
        yield list(ids[start : start + size])


class ProgrammeService:
    """Programmes, sessions with group notes, enrolments and the programme reports."""

    def __init__(self, db: Database, today: date | None = None) -> None:
        self.db = db
        self._today = today

    def today(self) -> date:
        return self._today or date.today()

    # -- helpers -----------------------------------------------------------------------

    def _desk_id(self, actor: Actor, code: str | None) -> int:
        """The programme's desk: the one given, else the actor's; a counselor only their own."""
        actor.require(Permission.WRITE_RECORDS)
        if code is None:
            if actor.desk is None:
                raise ValidationError(
                    "운영창구",  # korean-data
                    translate("programmes", "Choose the desk that runs the programme."),
                )
            code = actor.desk
        actor.require_desk(code)
        return self.db.desk_ids()[code]

    def _programme(self, session: Session, actor: Actor, programme_id: int) -> Programme:
        """A live programme the actor may write for."""
        programme = session.get(Programme, programme_id)
        if programme is None or programme.void:
            raise NotFound(
                translate("programmes", "No programme no. {id} was found.").format(id=programme_id)
            )
        actor.require_desk(self.db.desk_codes()[programme.desk_id])
        return programme

    def _enrolment(
        self, session: Session, actor: Actor, enrolment_id: int
    ) -> tuple[ProgrammeEnrolment, Programme, JobSeeker]:
        enrolment = session.get(ProgrammeEnrolment, enrolment_id)
        if enrolment is None or enrolment.void:
            raise NotFound(
                translate("programmes", "No programme enrolment no. {id} was found.").format(
                    id=enrolment_id
                )
            )
        programme = self._programme(session, actor, enrolment.programme_id)
        seeker = session.get(JobSeeker, enrolment.seeker_id)
        assert seeker is not None
        return enrolment, programme, seeker

    @staticmethod
    def _within(programme: Programme, day: date, name: str) -> None:
        if day < programme.starts_on:
            raise ValidationError(
                name,
                translate("programmes", "Before the programme's start date ({day}).").format(
                    day=programme.starts_on.isoformat()
                ),
            )
        if programme.ends_on is not None and day > programme.ends_on:
            raise ValidationError(name, _after_end(programme.ends_on))

    @staticmethod
    def _warnings(count: int) -> tuple[str, ...]:
        return (MASKED_WARNING.format(n=count),) if count else ()

    # -- programmes --------------------------------------------------------------------

    def create(self, actor: Actor, command: CreateProgramme) -> ProgrammeSaved:
        """A new programme at its desk (a counselor: their own)."""
        values = command.programme
        desk_id = self._desk_id(actor, values.desk)
        with self.db.unit_of_work(actor=actor) as session:
            programme = Programme(
                name=values.name,
                kind=values.kind,
                desk_id=desk_id,
                starts_on=values.starts_on,
                ends_on=values.ends_on,
                target=values.target,
                provider=values.provider,
                note=values.note,
                created_by=actor.user_id,
            )
            session.add(programme)
            session.flush()
            write_record_access(
                session,
                actor,
                AccessAction.CREATE,
                RecordKind.PROGRAMME,
                programme.id,
                None,
                None,
                f"프로그램 {programme.id} 등록: {programme.name}",  # korean-data
            )
            return ProgrammeSaved(programme.id, warnings=self._warnings(values.masked))

    def edit(self, actor: Actor, command: EditProgramme) -> ProgrammeSaved:
        """Change a programme's fields; each change kept in its history. Its sessions must
        stay within its dates; moving it to another desk needs both desks' rights."""
        values = command.programme
        with self.db.unit_of_work(actor=actor) as session:
            programme = self._programme(session, actor, command.programme_id)
            desk_id = self._desk_id(actor, values.desk or self.db.desk_codes()[programme.desk_id])
            days = session.execute(
                select(
                    func.min(ProgrammeSession.held_on), func.max(ProgrammeSession.held_on)
                ).where(
                    ProgrammeSession.programme_id == programme.id, ProgrammeSession.void.is_(False)
                )
            ).one()
            if days[0] is not None and days[0] < values.starts_on:
                raise ValidationError(
                    "시작일",  # korean-data
                    translate("programmes", "Later than a session held on {day}.").format(
                        day=days[0].isoformat()
                    ),
                )
            if days[1] is not None and values.ends_on is not None and days[1] > values.ends_on:
                raise ValidationError(
                    "종료일",  # korean-data
                    translate("programmes", "Earlier than a session held on {day}.").format(
                        day=days[1].isoformat()
                    ),
                )
            joined = session.scalar(
                select(func.max(ProgrammeEnrolment.enrolled_on)).where(
                    ProgrammeEnrolment.programme_id == programme.id,
                    ProgrammeEnrolment.void.is_(False),
                )
            )
            if joined is not None and values.ends_on is not None and joined > values.ends_on:
                message = translate(
                    "programmes", "Someone enrolled on {day}, so it cannot be earlier than that."
                )
                raise ValidationError(
                    "종료일",  # korean-data
                    message.format(day=joined.isoformat()),
                )
            new: dict[str, Any] = {
                "name": values.name,
                "desk_id": desk_id,
                "starts_on": values.starts_on,
                "ends_on": values.ends_on,
                "kind": values.kind,
                "target": values.target,
                "provider": values.provider,
                "note": values.note,
            }
            codes = self.db.desk_codes()
            changed = []
            for column, value in new.items():
                old = getattr(programme, column)
                if old == value:
                    continue
                heading = _HEADINGS["desk" if column == "desk_id" else column]
                before, after = (
                    (desk_by_code(codes[old]).short_name, desk_by_code(codes[value]).short_name)
                    if column == "desk_id"
                    else (old, value)
                )
                write_change(
                    session,
                    actor,
                    RecordKind.PROGRAMME,
                    programme.id,
                    None,
                    heading,
                    shown(before),
                    shown(after),
                    command.reason,
                )
                setattr(programme, column, value)
                changed.append(heading)
            if changed:
                write_record_access(
                    session,
                    actor,
                    AccessAction.UPDATE,
                    RecordKind.PROGRAMME,
                    programme.id,
                    None,
                    None,
                    f"프로그램 {programme.id} 수정: {', '.join(changed)}",  # korean-data
                )
            return ProgrammeSaved(programme.id, warnings=self._warnings(values.masked))

    # -- sessions ----------------------------------------------------------------------

    def add_session(self, actor: Actor, command: AddProgrammeSession) -> ProgrammeSaved:
        """A session (회차) with its group note and the enrolled seekers present; with
        ``counts_as_session``, one 상담 per participant present at the programme's desk."""
        actor.require(Permission.WRITE_RECORDS)
        fields.record_date(command.held_on, "회차일", self.today())  # korean-data
        with self.db.unit_of_work(actor=actor) as session:
            programme = self._programme(session, actor, command.programme_id)
            self._within(programme, command.held_on, "회차일")  # korean-data
            if command.counts_as_session:
                refuse_if_closed(session, command.held_on)
            same_topic = (
                ProgrammeSession.topic.is_(None)
                if command.topic is None
                else ProgrammeSession.topic == command.topic
            )
            twice = session.scalar(
                select(ProgrammeSession.id).where(
                    ProgrammeSession.programme_id == programme.id,
                    ProgrammeSession.held_on == command.held_on,
                    ProgrammeSession.void.is_(False),
                    same_topic,
                )
            )
            if twice is not None:
                message = (
                    translate(
                        "programmes",
                        "A session on the same topic ({topic}) was already held on {day} "
                        "(session no. {id}). Give a different topic or correct that session.",
                    )
                    if command.topic
                    else translate(
                        "programmes",
                        "A session with no topic was already held on {day} (session no. {id}). "
                        "Give a topic or correct that session.",
                    )
                )
                raise ValidationError(
                    "회차일",  # korean-data
                    message.format(day=command.held_on.isoformat(), topic=command.topic, id=twice),
                )
            seekers = self._present(session, programme, command)
            if command.counts_as_session:
                self._refuse_counted_twice(session, programme, command.held_on, seekers)
            record = ProgrammeSession(
                programme_id=programme.id,
                held_on=command.held_on,
                topic=command.topic,
                note=command.note,
                counts_as_session=command.counts_as_session,
                created_by=actor.user_id,
            )
            session.add(record)
            session.flush()
            counts = ", 상담으로 셈" if command.counts_as_session else ""  # korean-data
            write_record_access(
                session,
                actor,
                AccessAction.CREATE,
                RecordKind.PROGRAMME_SESSION,
                record.id,
                None,
                None,
                f"프로그램 {programme.id} 회차 {record.id} 등록 "  # korean-data
                f"(참석 {len(seekers)}명{counts})",  # korean-data
            )
            notes = {
                seeker.id: self._counseling(session, actor, programme, record, seeker, command)
                for seeker in (seekers if command.counts_as_session else [])
            }
            session.flush()  # the 상담 made get their ids at once
            made: list[int] = []
            for seeker in seekers:
                counted = notes[seeker.id].id if seeker.id in notes else None
                if counted is not None:
                    made.append(counted)
                session.add(
                    ProgrammeAttendance(
                        programme_session_id=record.id,
                        seeker_id=seeker.id,
                        counseling_session_id=counted,
                    )
                )
                detail = f"프로그램 회차 {record.id} 참석"  # korean-data
                if counted is not None:
                    detail += f", 상담 {counted} 등록"  # korean-data
                write_record_access(
                    session,
                    actor,
                    AccessAction.CREATE,
                    RecordKind.PROGRAMME_SESSION,
                    record.id,
                    seeker.seeker_no,
                    seeker.id,
                    detail,
                )
            return ProgrammeSaved(record.id, tuple(made), self._warnings(command.masked))

    @staticmethod
    def _refuse_counted_twice(
        session: Session, programme: Programme, day: date, seekers: Sequence[JobSeeker]
    ) -> None:
        """One programme counts a person as 상담 once a day at most."""
        ids = [s.id for s in seekers]
        for chunk in _chunks(ids):
            counted = session.scalar(
                select(ProgrammeAttendance.seeker_id)
                .join(
                    ProgrammeSession,
                    ProgrammeSession.id == ProgrammeAttendance.programme_session_id,
                )
                .join(
                    CounselingSession,
                    CounselingSession.id == ProgrammeAttendance.counseling_session_id,
                )
                .where(
                    ProgrammeSession.programme_id == programme.id,
                    ProgrammeSession.held_on == day,
                    ProgrammeSession.void.is_(False),
                    CounselingSession.void.is_(False),
                    ProgrammeAttendance.seeker_id.in_(chunk),
                )
                .limit(1)
            )
            if counted is not None:
                seeker = next(s for s in seekers if s.id == counted)
                message = translate(
                    "programmes",
                    "{name} ({number}) was already counted as a counseling session on {day}, "
                    "through another session of this programme.",
                )
                raise ValidationError(
                    "참석자",  # korean-data
                    message.format(
                        name=seeker.name,
                        number=seeker.seeker_no,
                        day=day.isoformat(),
                        name_josa=particle(seeker.name, "은/는"),
                    ),
                )

    @staticmethod
    def _present(
        session: Session, programme: Programme, command: AddProgrammeSession
    ) -> list[JobSeeker]:
        """The seekers present: each registered and enrolled in the programme by that day
        (read in batches: a class of hundreds is two queries per 500)."""
        found: dict[str, JobSeeker] = {}
        enrolled: dict[int, date] = {}
        for start in range(0, len(command.present), 500):
            numbers = list(command.present[start : start + 500])
            batch = session.scalars(select(JobSeeker).where(JobSeeker.seeker_no.in_(numbers)))
            found.update((seeker.seeker_no, seeker) for seeker in batch if not seeker.void)
            ids = [found[n].id for n in numbers if n in found]
            rows = session.execute(
                select(ProgrammeEnrolment.seeker_id, ProgrammeEnrolment.enrolled_on).where(
                    ProgrammeEnrolment.programme_id == programme.id,
                    ProgrammeEnrolment.seeker_id.in_(ids),
                    ProgrammeEnrolment.void.is_(False),
                )
            ).all()
            enrolled.update((seeker_id, day) for seeker_id, day in rows)
        seekers = []
        problems = []
        for number in command.present:
            seeker = found.get(number)
            if seeker is None:
                message = translate("programmes", "Job seeker '{number}' was not found.")
                problems.append(
                    (
                        "참석자",  # korean-data
                        message.format(number=number, number_josa=particle(number, "을/를")),
                    )
                )
                continue
            day = enrolled.get(seeker.id)
            if day is None:
                message = translate(
                    "programmes", "{name} ({number}) is not enrolled in the programme."
                )
                problems.append(
                    (
                        "참석자",  # korean-data
                        message.format(
                            name=seeker.name,
                            number=number,
                            name_josa=particle(seeker.name, "은/는"),
                        ),
                    )
                )
            elif day > command.held_on:
                message = translate(
                    "programmes", "{name} ({number}) enrolled on {day}, after the session's day."
                )
                problems.append(
                    (
                        "참석자",  # korean-data
                        message.format(
                            name=seeker.name,
                            number=number,
                            day=day.isoformat(),
                            name_josa=particle(seeker.name, "은/는"),
                        ),
                    )
                )
            else:
                seekers.append(seeker)
        if problems:
            raise ValidationError.many(problems)
        return seekers

    @staticmethod
    def _counseling(
        session: Session,
        actor: Actor,
        programme: Programme,
        record: ProgrammeSession,
        seeker: JobSeeker,
        command: AddProgrammeSession,
    ) -> CounselingSession:
        """The 상담 the group note counts as for one participant (flushed by the caller)."""
        heading = f"[프로그램] {programme.name}"  # korean-data
        if command.topic:
            heading += f" - {command.topic}"
        notes = f"{heading}\n{command.note}" if command.note else heading
        counseling = CounselingSession(
            seeker_id=seeker.id,
            session_on=record.held_on,
            channel=Channel.VISIT.value,
            counselor_name=command.counselor_name or actor.display_name,
            notes=mask_resident_numbers(notes)[0],
            desk_id=programme.desk_id,
            created_by=actor.user_id,
        )
        session.add(counseling)
        return counseling

    # -- enrolments --------------------------------------------------------------------

    def enrol(self, actor: Actor, command: Enrol) -> ProgrammeSaved:
        """Enrol a registered seeker (once per programme)."""
        actor.require(Permission.WRITE_RECORDS)
        fields.record_date(command.enrolled_on, "참여일", self.today())  # korean-data
        with self.db.unit_of_work(actor=actor) as session:
            programme = self._programme(session, actor, command.programme_id)
            if programme.ends_on is not None and command.enrolled_on > programme.ends_on:
                raise ValidationError(
                    "참여일",  # korean-data
                    _after_end(programme.ends_on),
                )
            seeker = find_by_number(
                session,
                JobSeeker,
                JobSeeker.seeker_no,
                command.seeker_no,
                translate("records", "Job seeker"),
            )
            if command.enrolled_on < seeker.registered_on:
                message = translate(
                    "programmes", "Before the job seeker's registration date ({day})."
                )
                raise ValidationError(
                    "참여일",  # korean-data
                    message.format(day=seeker.registered_on.isoformat()),
                )
            earlier = session.scalar(
                select(ProgrammeEnrolment.enrolled_on).where(
                    ProgrammeEnrolment.programme_id == programme.id,
                    ProgrammeEnrolment.seeker_id == seeker.id,
                    ProgrammeEnrolment.void.is_(False),
                )
            )
            if earlier is not None:
                raise ValidationError(
                    "구직자번호",  # korean-data
                    translate("programmes", "{name} ({number}) already enrolled on {day}.").format(
                        name=seeker.name,
                        number=seeker.seeker_no,
                        day=earlier.isoformat(),
                        name_josa=particle(seeker.name, "은/는"),
                    ),
                )
            enrolment = ProgrammeEnrolment(
                programme_id=programme.id,
                seeker_id=seeker.id,
                enrolled_on=command.enrolled_on,
                created_by=actor.user_id,
            )
            session.add(enrolment)
            session.flush()
            write_record_access(
                session,
                actor,
                AccessAction.CREATE,
                RecordKind.ENROLMENT,
                enrolment.id,
                seeker.seeker_no,
                seeker.id,
                f"프로그램 참여 {enrolment.id} 등록: {programme.name}",  # korean-data
            )
            return ProgrammeSaved(enrolment.id)

    def complete(self, actor: Actor, command: Complete) -> None:
        """이수: the enrolment completed on a day (changing an earlier one is kept)."""
        actor.require(Permission.WRITE_RECORDS)
        fields.record_date(command.completed_on, "이수일", self.today())  # korean-data
        with self.db.unit_of_work(actor=actor) as session:
            enrolment, _, seeker = self._enrolment(session, actor, command.enrolment_id)
            if command.completed_on < enrolment.enrolled_on:
                raise ValidationError("이수일", _before_enrolment())  # korean-data
            values = {"이수일": ("completed_on", command.completed_on)}  # korean-data
            self._update(session, actor, enrolment, seeker, values)

    def record_certificate(self, actor: Actor, command: RecordCertificate) -> None:
        """자격 취득: the certificate's name and day on the enrolment."""
        actor.require(Permission.WRITE_RECORDS)
        fields.record_date(command.certified_on, "취득일", self.today())  # korean-data
        with self.db.unit_of_work(actor=actor) as session:
            enrolment, _, seeker = self._enrolment(session, actor, command.enrolment_id)
            if command.certified_on < enrolment.enrolled_on:
                raise ValidationError("취득일", _before_enrolment())  # korean-data
            self._update(
                session,
                actor,
                enrolment,
                seeker,
                {
                    "자격증": ("certificate", command.certificate),  # korean-data
                    "취득일": ("certified_on", command.certified_on),  # korean-data
                },
            )

    @staticmethod
    def _update(
        session: Session,
        actor: Actor,
        enrolment: ProgrammeEnrolment,
        seeker: JobSeeker,
        values: Mapping[str, tuple[str, object]],
    ) -> None:
        changed = []
        for heading, (column, value) in values.items():
            old = getattr(enrolment, column)
            if old == value:
                continue
            write_change(
                session,
                actor,
                RecordKind.ENROLMENT,
                enrolment.id,
                seeker.seeker_no,
                heading,
                shown(old),
                shown(value),
                None,
                seeker_id=seeker.id,
            )
            setattr(enrolment, column, value)
            changed.append(heading)
        if changed:
            write_record_access(
                session,
                actor,
                AccessAction.UPDATE,
                RecordKind.ENROLMENT,
                enrolment.id,
                seeker.seeker_no,
                seeker.id,
                f"프로그램 참여 {enrolment.id} 수정: {', '.join(changed)}",  # korean-data
            )

    # -- voiding -----------------------------------------------------------------------

    def void(self, actor: Actor, kind: RecordKind, record_id: int, reason: str) -> None:
        """Mark a programme, a session or an enrolment void with a reason. A session takes
        the 상담 its note made with it; a programme its sessions and enrolments."""
        actor.require(Permission.WRITE_RECORDS)
        if kind not in _VOIDABLE:
            raise ValidationError(
                "무효",  # korean-data
                translate("programmes", "{kind} cannot be voided here.").format(
                    kind=kind.label, kind_josa=particle(kind.label, "은/는")
                ),
            )
        why = mask_resident_numbers(fields.text(reason, "무효 사유"))[0]  # korean-data
        with self.db.unit_of_work(actor=actor) as session:
            if kind is RecordKind.PROGRAMME:
                programme = self._programme(session, actor, record_id)
                for record in session.scalars(
                    select(ProgrammeSession).where(
                        ProgrammeSession.programme_id == programme.id,
                        ProgrammeSession.void.is_(False),
                    )
                ):
                    self._void_session(session, actor, record, why)
                for enrolment in session.scalars(
                    select(ProgrammeEnrolment).where(
                        ProgrammeEnrolment.programme_id == programme.id,
                        ProgrammeEnrolment.void.is_(False),
                    )
                ):
                    self._mark_void(
                        session, actor, RecordKind.ENROLMENT, enrolment, why, enrolment.seeker_id
                    )
                self._mark_void(session, actor, RecordKind.PROGRAMME, programme, why, None)
            elif kind is RecordKind.PROGRAMME_SESSION:
                held = session.get(ProgrammeSession, record_id)
                if held is None or held.void:
                    raise NotFound(
                        translate("programmes", "No programme session no. {id} was found.").format(
                            id=record_id
                        )
                    )
                self._programme(session, actor, held.programme_id)
                self._void_session(session, actor, held, why)
            else:
                enrolment, programme, seeker = self._enrolment(session, actor, record_id)
                self._void_attendance(session, actor, programme, seeker, why)
                self._mark_void(session, actor, kind, enrolment, why, seeker.id)

    def _void_session(
        self, session: Session, actor: Actor, record: ProgrammeSession, why: str
    ) -> None:
        counted = session.scalars(
            select(CounselingSession)
            .join(
                ProgrammeAttendance,
                ProgrammeAttendance.counseling_session_id == CounselingSession.id,
            )
            .where(
                ProgrammeAttendance.programme_session_id == record.id,
                CounselingSession.void.is_(False),
            )
            .order_by(CounselingSession.id)
        ).all()
        self._void_counseling(session, actor, counted, why)
        self._mark_void(session, actor, RecordKind.PROGRAMME_SESSION, record, why, None)

    def _void_counseling(
        self, session: Session, actor: Actor, counted: Sequence[CounselingSession], why: str
    ) -> None:
        """Void the 상담 a group note made, each only as voiding it directly would be: not
        in a closed month of its own day, and (a counselor) only at their own desk, where it
        may have been corrected since; otherwise none of them (the whole void is refused)."""
        codes = self.db.desk_codes()
        lock_months(session, *(c.session_on for c in counted))
        closed = closed_months(session) if counted else set()
        for counseling in counted:
            day = counseling.session_on
            seeker = session.get(JobSeeker, counseling.seeker_id)
            who = {
                "id": counseling.id,
                "name": seeker.name if seeker else "?",
                "day": day.isoformat(),
                "session_josa": particle(counseling.id, "은/는"),
            }
            if (day.year, day.month) in closed:
                message = translate(
                    "programmes",
                    "Counseling session {id} ({name}, {day}) is in a closed month.",
                )
                raise ValidationError(
                    "마감",  # korean-data
                    f"{message.format(**who)} {closed_message(day)}",
                )
            code = codes[counseling.desk_id]
            if actor.role is Role.COUNSELOR and actor.desk != code:
                message = translate(
                    "programmes",
                    "Counseling session {id} ({name}, {day}) belongs to another desk ({desk}), "
                    "so it cannot be voided here. Leave it to that desk's counselor or team lead.",
                )
                raise PermissionDenied(message.format(desk=desk_by_code(code).short_name, **who))
        for counseling in counted:
            self._mark_void(
                session, actor, RecordKind.SESSION, counseling, why, counseling.seeker_id
            )

    def _void_attendance(
        self, session: Session, actor: Actor, programme: Programme, seeker: JobSeeker, why: str
    ) -> None:
        """An enrolment voided: the seeker was never a participant, so their attendance at
        the programme's sessions goes (kept in the enrolment's history) and the 상담 the
        group notes made for them are voided, as voiding the sessions would."""
        attended = session.execute(
            select(ProgrammeAttendance, ProgrammeSession.held_on)
            .join(ProgrammeSession, ProgrammeSession.id == ProgrammeAttendance.programme_session_id)
            .where(
                ProgrammeSession.programme_id == programme.id,
                ProgrammeAttendance.seeker_id == seeker.id,
            )
            .order_by(ProgrammeSession.held_on)
        ).all()
        made = [a.counseling_session_id for a, _ in attended if a.counseling_session_id]
        counted = (
            session.scalars(
                select(CounselingSession)
                .where(CounselingSession.id.in_(made), CounselingSession.void.is_(False))
                .order_by(CounselingSession.id)
            ).all()
            if made
            else []
        )
        self._void_counseling(session, actor, counted, why)
        for attendance, held_on in attended:
            write_change(
                session,
                actor,
                RecordKind.PROGRAMME_SESSION,
                attendance.programme_session_id,
                seeker.seeker_no,
                "참석자",  # korean-data
                f"{seeker.name}({seeker.seeker_no}) {held_on.isoformat()} 참석",  # korean-data
                "",
                why,
                seeker_id=seeker.id,
            )
            session.delete(attendance)

    @staticmethod
    def _mark_void(
        session: Session,
        actor: Actor,
        kind: RecordKind,
        record: Any,
        why: str,
        seeker_id: int | None,
    ) -> None:
        record.void = True
        record.void_reason = why
        record.voided_at = utcnow()
        record.voided_by = actor.user_id
        write_change(
            session,
            actor,
            kind,
            record.id,
            None,
            "무효",  # korean-data
            "",
            "무효",  # korean-data
            why,
            seeker_id=seeker_id,
            action=ChangeAction.VOID,
        )
        write_record_access(
            session,
            actor,
            AccessAction.VOID,
            kind,
            record.id,
            None,
            seeker_id,
            f"{kind.label} {record.id} 무효: {why}",  # korean-data
        )

    # -- reading -----------------------------------------------------------------------

    def programmes(
        self, actor: Actor, year: int | None = None, include_void: bool = False
    ) -> tuple[ProgrammeSummary, ...]:
        """The programmes (running in ``year`` when given), newest first, with their counts."""
        actor.require(Permission.VIEW_STATISTICS)
        with self.db.unit_of_work(write=False, actor=actor) as session:
            query = select(Programme)
            if not include_void:
                query = query.where(Programme.void.is_(False))
            if year is not None:
                query = query.where(
                    Programme.starts_on <= date(year, 12, 31),
                    Programme.ends_on.is_(None) | (Programme.ends_on >= date(year, 1, 1)),
                )
            found = session.scalars(
                query.order_by(Programme.starts_on.desc(), Programme.id.desc())
            ).all()
            return tuple(self._summary(session, p) for p in found)

    def _summary(self, session: Session, programme: Programme) -> ProgrammeSummary:
        live = (ProgrammeEnrolment.programme_id == programme.id) & ProgrammeEnrolment.void.is_(
            False
        )
        enrolled, completed, certified = session.execute(
            select(
                func.count(ProgrammeEnrolment.id),
                func.count(ProgrammeEnrolment.completed_on),
                func.count(ProgrammeEnrolment.certified_on),
            ).where(live)
        ).one()
        sessions = session.scalar(
            select(func.count(ProgrammeSession.id)).where(
                ProgrammeSession.programme_id == programme.id, ProgrammeSession.void.is_(False)
            )
        )
        return ProgrammeSummary(
            programme.id,
            programme.name,
            self.db.desk_codes()[programme.desk_id],
            programme.starts_on,
            programme.ends_on,
            programme.kind,
            programme.target,
            programme.provider,
            programme.note,
            int(enrolled),
            int(completed),
            int(certified),
            int(sessions or 0),
            programme.void,
        )

    def detail(self, actor: Actor, programme_id: int) -> ProgrammeDetail:
        """A programme's page: its sessions and its participants (the reading is logged)."""
        actor.require(Permission.VIEW_STATISTICS)
        with self.db.unit_of_work(actor=actor) as session:
            programme = session.get(Programme, programme_id)
            if programme is None:
                raise NotFound(
                    translate("programmes", "No programme no. {id} was found.").format(
                        id=programme_id
                    )
                )
            if (
                actor.role is Role.COUNSELOR
                and actor.desk != self.db.desk_codes()[programme.desk_id]
            ):
                raise PermissionDenied(
                    translate(
                        "programmes", "Participants of another desk's programmes cannot be seen."
                    )
                )
            sessions = self._sessions(session, programme.id)
            enrolments = self._enrolments(session, programme.id)
            write_access(
                session,
                actor,
                AccessAction.VIEW,
                subject_kind=RecordKind.PROGRAMME.value,
                subject_id=programme.id,
                detail=f"프로그램 {programme.id} 참여자 {len(enrolments)}명 열람",  # korean-data
            )
            for row in enrolments:  # each person shown, in their own access history
                write_record_access(
                    session,
                    actor,
                    AccessAction.VIEW,
                    RecordKind.ENROLMENT,
                    row.id,
                    row.seeker_no,
                    row.seeker_id,
                    f"프로그램 {programme.id} 참여자 목록에서 열람: "  # korean-data
                    f"{programme.name}",
                )
            return ProgrammeDetail(self._summary(session, programme), sessions, enrolments)

    @staticmethod
    def _sessions(session: Session, programme_id: int) -> tuple[SessionRow, ...]:
        records = session.scalars(
            select(ProgrammeSession)
            .where(ProgrammeSession.programme_id == programme_id, ProgrammeSession.void.is_(False))
            .order_by(ProgrammeSession.held_on, ProgrammeSession.id)
        ).all()
        present: dict[int, list[str]] = defaultdict(list)
        counted: dict[int, int] = defaultdict(int)
        for chunk in _chunks([r.id for r in records]):
            rows = session.execute(
                select(
                    ProgrammeAttendance.programme_session_id,
                    JobSeeker.name,
                    JobSeeker.seeker_no,
                    CounselingSession.void,
                )
                .join(JobSeeker, JobSeeker.id == ProgrammeAttendance.seeker_id)
                .outerjoin(
                    CounselingSession,
                    CounselingSession.id == ProgrammeAttendance.counseling_session_id,
                )
                .where(ProgrammeAttendance.programme_session_id.in_(chunk))
                .order_by(JobSeeker.name)
            )
            for session_id, name, number, void in rows:
                present[session_id].append(f"{name}({number})")
                if void is False:
                    counted[session_id] += 1
        return tuple(
            SessionRow(
                r.id,
                i,
                r.held_on,
                r.topic,
                r.note,
                r.counts_as_session,
                tuple(present[r.id]),
                counted[r.id],
            )
            for i, r in enumerate(records, start=1)
        )

    def _enrolments(self, session: Session, programme_id: int) -> tuple[EnrolmentRow, ...]:
        rows = session.execute(
            select(ProgrammeEnrolment, JobSeeker.seeker_no, JobSeeker.name)
            .join(JobSeeker, JobSeeker.id == ProgrammeEnrolment.seeker_id)
            .where(
                ProgrammeEnrolment.programme_id == programme_id,
                ProgrammeEnrolment.void.is_(False),
            )
            .order_by(ProgrammeEnrolment.enrolled_on, JobSeeker.name)
        ).all()
        placed = _placements(session, [e.seeker_id for e, _, _ in rows], self.today())
        result = []
        for enrolment, number, name in rows:
            after = [d for d in placed.get(enrolment.seeker_id, ()) if d >= enrolment.enrolled_on]
            result.append(
                EnrolmentRow(
                    enrolment.id,
                    number,
                    name,
                    enrolment.enrolled_on,
                    enrolment.completed_on,
                    enrolment.certificate,
                    enrolment.certified_on,
                    min(after) if after else None,
                    enrolment.seeker_id,
                )
            )
        return tuple(result)

    # -- reports -----------------------------------------------------------------------

    def outcomes(self, actor: Actor, year: int, kind: str | None = None) -> OutcomeReport:
        """금천희망취업캠프 운영현황: per year up to ``year`` (each year with enrolments, and
        ``year`` itself), the people enrolled that year (교육대상), completed (교육이수자),
        certified (자격취득생) and placed on or after their enrolment (취업자); 총 계 is the
        sum of the years, as in the seed.

        Each year's row counts its people's completions, certificates and hires whenever
        they happened up to the report's day (today), in the year they were enrolled: a
        camper enrolled in December and certified in February counts in December's year.
        So every row's 비고 is today's 'M.D.기준', past years' as well.

        ``kind``: only the programmes of this 구분 (e.g. 취업캠프)."""
        actor.require(Permission.VIEW_STATISTICS)
        _check_year(year)
        today = self.today()
        with self.db.unit_of_work(write=False, actor=actor) as session:
            query = (
                select(
                    ProgrammeEnrolment.seeker_id,
                    ProgrammeEnrolment.enrolled_on,
                    ProgrammeEnrolment.completed_on,
                    ProgrammeEnrolment.certified_on,
                    Programme.target,
                )
                .join(Programme, Programme.id == ProgrammeEnrolment.programme_id)
                .where(
                    ProgrammeEnrolment.void.is_(False),
                    Programme.void.is_(False),
                    ProgrammeEnrolment.enrolled_on <= min(date(year, 12, 31), today),
                )
            )
            if kind:
                query = query.where(Programme.kind == kind)
            enrolments = session.execute(query).all()
            placed = _placements(session, list({e[0] for e in enrolments}), today)
        by_year: dict[int, list[Any]] = defaultdict(list)
        for row in enrolments:
            by_year[row[1].year].append(row)
        years = sorted(set(by_year) | {year}, reverse=True)
        rows = []
        for each in years:
            as_of = today
            people: dict[int, list[bool]] = {}
            targets: dict[int, str] = {}
            for seeker_id, enrolled_on, completed_on, certified_on, target in by_year[each]:
                if target:
                    targets.setdefault(seeker_id, target)
                flags = people.setdefault(seeker_id, [False, False, False])
                flags[0] |= completed_on is not None and completed_on <= as_of
                flags[1] |= certified_on is not None and certified_on <= as_of
                flags[2] |= any(enrolled_on <= d <= as_of for d in placed.get(seeker_id, ()))
            rows.append(
                (
                    each,
                    OutcomeRow(
                        f"{each}년",  # korean-data
                        len(people),
                        sum(f[0] for f in people.values()),
                        sum(f[1] for f in people.values()),
                        sum(f[2] for f in people.values()),
                        as_of,
                        tuple(Counter(targets.values()).most_common()),
                    ),
                )
            )
        total = OutcomeRow(
            "총 계",  # korean-data
            sum(r.enrolled for _, r in rows),
            sum(r.completed for _, r in rows),
            sum(r.certified for _, r in rows),
            sum(r.employed for _, r in rows),
        )
        return OutcomeReport(kind, total, tuple(rows))

    def programme_year(self, actor: Actor, year: int, kind: str | None = None) -> ProgrammeYear:
        """일자리카페 운영현황 for ``year``: each programme running that year, by start, with
        its 일정, its participants (people enrolled that year or present at one of its
        sessions that year) and its live sessions held that year (회수)."""
        actor.require(Permission.VIEW_STATISTICS)
        _check_year(year)
        first, last = date(year, 1, 1), date(year, 12, 31)
        with self.db.unit_of_work(write=False, actor=actor) as session:
            query = select(Programme).where(
                Programme.void.is_(False),
                Programme.starts_on <= last,
                Programme.ends_on.is_(None) | (Programme.ends_on >= first),
            )
            if kind:
                query = query.where(Programme.kind == kind)
            programmes = session.scalars(query.order_by(Programme.starts_on, Programme.id)).all()
            rows = []
            for programme in programmes:
                enrolled = dict(
                    session.execute(
                        select(ProgrammeEnrolment.seeker_id, ProgrammeEnrolment.enrolled_on).where(
                            ProgrammeEnrolment.programme_id == programme.id,
                            ProgrammeEnrolment.void.is_(False),
                        )
                    ).all()
                )
                in_year = ProgrammeSession.held_on.between(first, last)
                live = (ProgrammeSession.programme_id == programme.id) & ProgrammeSession.void.is_(
                    False
                )
                sessions = session.scalar(
                    select(func.count(ProgrammeSession.id)).where(live, in_year)
                )
                present = set(
                    session.scalars(
                        select(ProgrammeAttendance.seeker_id)
                        .join(
                            ProgrammeSession,
                            ProgrammeSession.id == ProgrammeAttendance.programme_session_id,
                        )
                        .where(live, in_year)
                    ).all()
                )
                people = {s for s, day in enrolled.items() if first <= day <= last}
                people |= present & set(enrolled)
                rows.append(
                    ProgrammeYearRow(
                        programme.id,
                        programme.name,
                        schedule(programme.starts_on, programme.ends_on, year),
                        len(people),
                        int(sessions or 0),
                    )
                )
        return ProgrammeYear(year, tuple(rows))

    def export_outcomes(
        self, actor: Actor, year: int, kind: str | None = None, reason: str = ""
    ) -> OutcomeReport:
        """``outcomes`` for writing out of the application (team leads and administrators),
        logged with its reason."""
        actor.require(Permission.EXPORT_STATISTICS)
        report = self.outcomes(actor, year, kind)
        what = f"프로그램 성과 {year}년{f' ({kind})' if kind else ''}"  # korean-data
        self._log_export(actor, what, reason)
        return report

    def export_programme_year(
        self, actor: Actor, year: int, kind: str | None = None, reason: str = ""
    ) -> ProgrammeYear:
        """``programme_year`` for writing out of the application, logged with its reason."""
        actor.require(Permission.EXPORT_STATISTICS)
        report = self.programme_year(actor, year, kind)
        what = f"프로그램 운영현황 {year}년{f' ({kind})' if kind else ''}"  # korean-data
        self._log_export(actor, what, reason)
        return report

    def _log_export(self, actor: Actor, what: str, reason: str) -> None:
        detail = f"{what} · 사유: {reason.strip() or '(적지 않음)'}"  # korean-data
        with self.db.unit_of_work(actor=actor) as session:
            write_access(
                session, actor, AccessAction.EXPORT, subject_kind="statistics", detail=detail
            )


def _check_year(year: object) -> None:
    if isinstance(year, bool) or not isinstance(year, int) or not 1990 <= year <= 2100:
        raise ValidationError(
            "연도",  # korean-data
            translate("programmes", "'{year}' is not a year from 1990 to 2100.").format(
                year=year, year_josa=particle(year, "은/는")
            ),
        )


def _after_end(ends_on: date) -> str:
    return translate("programmes", "After the programme's end date ({day}).").format(
        day=ends_on.isoformat()
    )


def _before_enrolment() -> str:
    return translate("programmes", "Cannot be before the enrolment date.")


def _placements(session: Session, seeker_ids: Sequence[int], until: date) -> dict[int, list[date]]:
    """The days of the live placements of these seekers, up to ``until``."""
    placed: dict[int, list[date]] = defaultdict(list)
    for chunk in _chunks(list(seeker_ids)):
        for seeker_id, day in session.execute(
            select(Placement.seeker_id, Placement.placed_on).where(
                Placement.seeker_id.in_(chunk),
                Placement.void.is_(False),
                Placement.placed_on <= until,
            )
        ):
            placed[seeker_id].append(day)
    return placed
