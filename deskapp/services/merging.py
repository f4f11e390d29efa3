"""Merge: a team lead merges a duplicate into the record that stays, moving
every session, referral and placement; the merge can be undone.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from deskapp.domain.access import Actor, Permission
from deskapp.domain.audit import AccessAction
from deskapp.domain.errors import ConfirmationNeeded, NotFound, ValidationError
from deskapp.domain.korean import particle
from deskapp.domain.phone import format_phone
from deskapp.domain.records import ChangeAction, RecordKind
from deskapp.i18n import translate
from deskapp.services.audit import write_access
from deskapp.services.history import write_change
from deskapp.services.rules.month_lock import refuse_if_closed
from deskapp.store.database import Database
from deskapp.store.models import (
    CounselingSession,
    Event,
    EventParticipant,
    JobSeeker,
    Placement,
    Programme,
    ProgrammeAttendance,
    ProgrammeEnrolment,
    Referral,
    SeekerMerge,
    utcnow,
)

#: What a merge moves to the record kept (and its undoing moves back), by table.
_MOVED = (CounselingSession, Referral, Placement, ProgrammeEnrolment, EventParticipant)
#: Attendance at programme sessions moves too; kept in ``moved`` by its sessions' ids (its
#: key is the session and the seeker, it has no id of its own).
_ATTENDANCE = ProgrammeAttendance.__tablename__


def _move_attendance(
    session: Session, from_id: int, to_id: int, session_ids: list[int] | None = None
) -> list[int]:
    """Move ``from_id``'s attendance (at ``session_ids``, or at every session where
    ``to_id`` was not present too) to ``to_id``; the sessions' ids of the rows moved."""
    if session_ids is None:
        there = select(ProgrammeAttendance.programme_session_id).where(
            ProgrammeAttendance.seeker_id == to_id
        )
        session_ids = list(
            session.scalars(
                select(ProgrammeAttendance.programme_session_id)
                .where(
                    ProgrammeAttendance.seeker_id == from_id,
                    ProgrammeAttendance.programme_session_id.not_in(there),
                )
                .order_by(ProgrammeAttendance.programme_session_id)
            )
        )
    for start in range(0, len(session_ids), 500):
        session.execute(
            update(ProgrammeAttendance)
            .where(
                ProgrammeAttendance.seeker_id == from_id,
                ProgrammeAttendance.programme_session_id.in_(session_ids[start : start + 500]),
            )
            .values(seeker_id=to_id)
        )
    return session_ids


@dataclass(frozen=True)
class Difference:
    """A field on which two records to merge disagree, as each shows it."""

    field: str
    kept: str
    merged: str


def _different(differences: list[Difference]) -> str:
    """Which fields two records differ in, and what to do about it (a merge's question)."""
    names = ", ".join(d.field for d in differences)
    return translate(
        "merging",
        "The two records differ in {fields}. If they are the same person, write the reason "
        "and merge.",
    ).format(fields=names, fields_josa=particle(names, "이/가"))


def _differences(keep: JobSeeker, gone: JobSeeker) -> list[Difference]:
    found = []
    for field, kept, merged in (
        (
            "생년월일",  # korean-data
            keep.birth_date and keep.birth_date.isoformat(),
            gone.birth_date and gone.birth_date.isoformat(),
        ),
        ("성별", keep.gender, gone.gender),  # korean-data
        (
            "연락처",  # korean-data
            keep.phone and format_phone(keep.phone),
            gone.phone and format_phone(gone.phone),
        ),
    ):
        if kept and merged and kept != merged:
            found.append(Difference(field, kept, merged))
    return found


class MergeService:
    """Merging a duplicate seeker into the record kept, and undoing it (team leads)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def merge_differences(self, actor: Actor, keep_id: int, merge_id: int) -> list[Difference]:
        """Where two records to merge disagree on who the person is: birth date, sex, phone
        (both recorded and not the same)."""
        actor.require(Permission.REVIEW)
        with self.db.unit_of_work(write=False, actor=actor) as session:
            keep, gone = self._merge_pair(session, keep_id, merge_id)
            return _differences(keep, gone)

    @staticmethod
    def _merge_pair(session: Session, keep_id: int, merge_id: int) -> tuple[JobSeeker, JobSeeker]:
        if keep_id == merge_id:
            raise ValidationError(
                "병합",  # korean-data
                translate("merging", "A record cannot be merged with itself."),
            )
        keep, gone = session.get(JobSeeker, keep_id), session.get(JobSeeker, merge_id)
        if keep is None or gone is None or keep.void or gone.void:
            raise NotFound(translate("merging", "The job seeker records to merge were not found."))
        return keep, gone

    def merge(self, actor: Actor, keep_id: int, merge_id: int, different_reason: str = "") -> int:
        """Merge ``merge_id`` into ``keep_id`` (team leads): its sessions, referrals,
        placements, event and programme participation (with its attendance) move, it is
        voided as merged; returns the merge's id for undo. Two records at one event or in
        one programme are refused: one participation is voided first.

        Two records whose birth date, sex or phone differ are merged only with
        ``different_reason`` (why they are one person all the same); without it
        ConfirmationNeeded lists the differences."""
        actor.require(Permission.REVIEW)
        with self.db.unit_of_work(actor=actor) as session:
            keep, gone = self._merge_pair(session, keep_id, merge_id)
            differences = _differences(keep, gone)
            if differences and not different_reason.strip():
                raise ConfirmationNeeded(
                    "different_person",
                    _different(differences),
                    tuple(f"{d.field}: {d.kept} ↔ {d.merged}" for d in differences),
                )
            # A placement moved to a person already placed in its month would change that
            # month's 취업자수 (people): its month must be open, as the registration's.
            placed = session.scalars(
                select(Placement.placed_on).where(
                    Placement.seeker_id == merge_id, Placement.void.is_(False)
                )
            ).all()
            refuse_if_closed(session, gone.registered_on, *placed)
            self._refuse_shared_participation(session, keep_id, merge_id)
            moved: dict[str, list[int]] = {}
            for model in _MOVED:
                ids = list(session.scalars(select(model.id).where(model.seeker_id == merge_id)))
                if ids:
                    session.execute(
                        update(model).where(model.id.in_(ids)).values(seeker_id=keep_id)
                    )
                moved[model.__tablename__] = ids
            moved[_ATTENDANCE] = _move_attendance(session, merge_id, keep_id)
            gone.void = True
            gone.void_reason = (
                f"병합: {keep.seeker_no}{particle(keep.seeker_no, '으로/로')} 합침"  # korean-data
            )
            gone.voided_at = utcnow()
            gone.voided_by = actor.user_id
            record = SeekerMerge(
                kept_id=keep_id,
                merged_id=merge_id,
                moved=json.dumps(moved),
                merged_by=actor.user_id,
                merged_at=utcnow(),
            )
            session.add(record)
            session.flush()
            count = sum(len(v) for v in moved.values())
            why = different_reason.strip() or None
            write_change(
                session,
                actor,
                RecordKind.SEEKER,
                keep.id,
                keep.seeker_no,
                "병합",  # korean-data
                "",
                f"{gone.seeker_no} 합침 ({count}건 옮김)",  # korean-data
                why,
                seeker_id=keep.id,
                action=ChangeAction.MERGE,
            )
            write_change(
                session,
                actor,
                RecordKind.SEEKER,
                gone.id,
                gone.seeker_no,
                "병합",  # korean-data
                "",
                f"{keep.seeker_no}{particle(keep.seeker_no, '으로/로')} 합쳐 무효",  # korean-data
                why,
                seeker_id=gone.id,
                action=ChangeAction.MERGE,
            )
            write_access(
                session,
                actor,
                AccessAction.UPDATE,
                subject_kind="job_seeker",
                subject_id=keep_id,
                subject_no=keep.seeker_no,
                detail=f"병합: {gone.seeker_no} → {keep.seeker_no} ({count}건 이동)"  # korean-data
                + (f" 다른 점 확인: {why}" if why and differences else ""),  # korean-data
            )
            return record.id

    @staticmethod
    def _refuse_shared_participation(session: Session, keep_id: int, merge_id: int) -> None:
        """Two records that both took part in one event, or were both enrolled in one
        programme, would make one person two participants there: one of the two is voided
        first."""
        for parent, link, number in (
            (Event, EventParticipant.event_id, Event.event_no),
            (Programme, ProgrammeEnrolment.programme_id, Programme.id),
        ):
            taking_part = link.class_
            shared = session.execute(
                select(number, parent.name)
                .join(taking_part, link == parent.id)
                .where(taking_part.seeker_id == keep_id, taking_part.void.is_(False))
                .where(
                    parent.id.in_(
                        select(link).where(
                            taking_part.seeker_id == merge_id, taking_part.void.is_(False)
                        )
                    )
                )
            ).first()
            if shared is not None:
                key, name = shared
                message = (
                    translate(
                        "merging",
                        "Both records took part in the event '{name}' ({number}): merged, one "
                        "person would have taken part twice. Void one of the two in the event "
                        "first.",
                    )
                    if parent is Event
                    else translate(
                        "merging",
                        "Both records are enrolled in the programme '{name}' (no. {number}): "
                        "merged, one person would be enrolled twice. Void one of the two in the "
                        "programme first.",
                    )
                )
                raise ValidationError(
                    "병합",  # korean-data
                    message.format(name=name, number=key),
                )

    def undo_merge(self, actor: Actor, merge_id: int) -> None:
        """Put a merged record back as it was, with the records that moved."""
        actor.require(Permission.REVIEW)
        with self.db.unit_of_work(actor=actor) as session:
            record = session.get(SeekerMerge, merge_id)
            if record is None or record.undone_at is not None:
                raise NotFound(
                    translate("merging", "There is no merge {id} to undo.").format(id=merge_id)
                )
            gone = session.get(JobSeeker, record.merged_id)
            assert gone is not None
            moved = json.loads(record.moved)
            placed = session.scalars(  # moved back: their months' 취업자수 would change
                select(Placement.placed_on).where(
                    Placement.id.in_(moved.get(Placement.__tablename__, [])),
                    Placement.void.is_(False),
                )
            ).all()
            refuse_if_closed(session, gone.registered_on, *placed)
            tables = {m.__tablename__: m for m in _MOVED}
            for table, ids in moved.items():
                if table == _ATTENDANCE:
                    _move_attendance(session, record.kept_id, record.merged_id, ids)
                elif ids:
                    model = tables[table]
                    session.execute(
                        update(model).where(model.id.in_(ids)).values(seeker_id=record.merged_id)
                    )
            gone.void, gone.void_reason, gone.voided_at, gone.voided_by = False, None, None, None
            record.undone_at = utcnow()
            record.undone_by = actor.user_id
            kept = session.get(JobSeeker, record.kept_id)
            assert kept is not None
            for seeker, text in (
                (kept, f"{gone.seeker_no} 다시 나눔"),  # korean-data
                (gone, f"{kept.seeker_no}에서 다시 나눔"),  # korean-data
            ):
                write_change(
                    session,
                    actor,
                    RecordKind.SEEKER,
                    seeker.id,
                    seeker.seeker_no,
                    "병합",  # korean-data
                    "",
                    text,
                    None,
                    seeker_id=seeker.id,
                    action=ChangeAction.UNMERGE,
                )
            write_access(
                session,
                actor,
                AccessAction.UPDATE,
                subject_kind="job_seeker",
                subject_id=record.kept_id,
                detail=f"병합 {merge_id} 되돌림",  # korean-data
            )
