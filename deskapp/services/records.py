"""Registering and voiding records: one unit of work per call, every rule checked here.

Each method takes a typed command (``deskapp.domain.commands``), built by a form
or by the import from the same fields with the same checks. Here the rules that
need the database are kept: the desk the account may write at, closed months,
numbers used once, references that exist, the target-group list, and the
account itself, checked again in every unit of work; and, whoever built the
command, no record is dated in the future or before 1990.
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from deskapp.domain import fields
from deskapp.domain.access import Actor, Permission
from deskapp.domain.audit import CONSENT_VERSION, AccessAction
from deskapp.domain.commands import (
    LogSession,
    RecordPlacement,
    Refer,
    RegisterEmployer,
    RegisterOpening,
    RegisterSeeker,
    masked,
)
from deskapp.domain.desks import DeskRef
from deskapp.domain.errors import ConfirmationNeeded, NotFound, PermissionDenied, ValidationError
from deskapp.domain.field_names import field_label
from deskapp.domain.korean import particle
from deskapp.domain.privacy import mask_resident_numbers
from deskapp.domain.records import ChangeAction, PlacementKind, RecordKind, Role, enum_value
from deskapp.i18n import translate
from deskapp.services import record_rows as rr
from deskapp.services.audit import write_record_access
from deskapp.services.history import write_change
from deskapp.services.rules.month_lock import refuse_if_closed
from deskapp.services.rules.occupation_codes import Classification
from deskapp.services.rules.records import (
    Saved,
    find_by_number,
    hires,
    masked_warnings,
    record_day,
    same_person_warnings,
)
from deskapp.store.database import Database
from deskapp.store.models import (
    RECORD_MODELS,
    CounselingSession,
    Employer,
    JobOpening,
    JobSeeker,
    Placement,
    Referral,
    utcnow,
)

_CONSENT_FIELD = "개인정보 수집·이용 동의"  # korean-data: the form's field


class RecordService:
    """Register seekers, employers and openings; log sessions; refer; place; void."""

    def __init__(
        self, db: Database, today: date | None = None, classification: Classification | None = None
    ) -> None:
        self.db = db
        self._today = today
        self.classification = classification or Classification(db)

    def today(self) -> date:
        return self._today or date.today()

    # -- helpers -----------------------------------------------------------------------

    def place(self, actor: Actor, desk: DeskRef | None, field: str) -> dict[str, Any]:
        """Where a record is made: the desk given, else the actor's; a counselor only at
        their own desk."""
        actor.require(Permission.WRITE_RECORDS)
        if desk is None:
            if actor.desk is None:
                raise ValidationError(field, fields.enter(field))
            code, site = actor.desk, None
        else:
            code, site = desk.desk.code, desk.site
        actor.require_desk(code)
        return {
            "desk_id": self.db.desk_ids()[code],
            "site_id": self.db.site_ids().get((code, site)) if site else None,
            "created_by": actor.user_id,
        }

    @staticmethod
    def _unused(session: Session, column: Any, number: str, field: str) -> None:
        if session.scalar(select(column).where(column == number)) is not None:
            raise ValidationError(
                field,
                translate("records", "{field} '{number}' already exists.").format(
                    field=field_label(field),
                    number=number,
                    number_josa=particle(number, "은/는"),  # korean-data
                ),
            )

    @staticmethod
    def _created(
        session: Session,
        actor: Actor,
        kind: RecordKind,
        record_id: int,
        number: str | None,
        seeker_id: int | None,
        detail: str,
    ) -> None:
        write_record_access(
            session, actor, AccessAction.CREATE, kind, record_id, number, seeker_id, detail
        )

    # -- registrations -----------------------------------------------------------------

    def register_seeker(self, actor: Actor, command: RegisterSeeker) -> Saved:
        """구직등록. 구직자번호 is given by the application when left empty.

        The seeker's consent to the collection and use of personal data is required
        and recorded with the form's version; SMS consent, when given, with its date.
        """
        if not command.consented:
            raise ValidationError(
                _CONSENT_FIELD,
                translate(
                    "records",
                    "A job seeker can be registered only with consent to the collection "
                    "and use of personal data.",
                ),
            )
        command, hidden = masked(command)
        fields.record_date(command.registered_on, "등록일", self.today())  # korean-data
        place = self.place(actor, command.desk, "등록창구")  # korean-data
        code = self.classification.code_for(
            command.desired_job,
            command.desired_code,
            "희망직종코드",  # korean-data
        )
        with self.db.unit_of_work(actor=actor) as session:
            refuse_if_closed(session, command.registered_on)
            rr.check_groups(session, command.groups)
            generated = command.seeker_no is None
            number = command.seeker_no or f"tmp-{uuid.uuid4().hex}"
            if not generated:
                self._unused(session, JobSeeker.seeker_no, number, "구직자번호")  # korean-data
            columns = rr.seeker_columns(command, code)
            columns["counselor_name"] = command.counselor_name or actor.display_name
            columns["counselor_id"] = (
                rr.counselor_account(session, command.counselor_name)
                if command.counselor_name
                else actor.user_id
            )
            if command.sms_consent is not None and command.sms_consent_on is None:
                columns["sms_consent_on"] = self.today()
            seeker = JobSeeker(
                seeker_no=number,
                consent_on=self.today(),
                consent_version=CONSENT_VERSION,
                **columns,
                **place,
            )
            session.add(seeker)
            session.flush()
            if generated:
                seeker.seeker_no = rr.free_number(session, JobSeeker.seeker_no, f"D{seeker.id:08d}")
            rr.replace_file_lists(session, seeker.id, command.groups, command.careers)
            self._created(
                session,
                actor,
                RecordKind.SEEKER,
                seeker.id,
                seeker.seeker_no,
                seeker.id,
                translate("records", "Job seeker registered"),
            )
            duplicates = same_person_warnings(session, seeker)
            return Saved(
                RecordKind.SEEKER, seeker.id, seeker.seeker_no, masked_warnings(hidden) + duplicates
            )

    def register_employer(self, actor: Actor, command: RegisterEmployer) -> Saved:
        """구인업체. 업체번호 is given by the application when left empty."""
        actor.require(Permission.WRITE_RECORDS)
        command, hidden = masked(command)
        with self.db.unit_of_work(actor=actor) as session:
            generated = command.employer_no is None
            number = (
                f"tmp-{uuid.uuid4().hex}" if command.employer_no is None else command.employer_no
            )
            if not generated:
                self._unused(session, Employer.employer_no, number, "업체번호")  # korean-data
            employer = Employer(
                employer_no=number,
                desk_id=self.db.desk_ids()[actor.desk] if actor.desk else None,
                created_by=actor.user_id,
                manager_id=actor.user_id if actor.role is Role.COUNSELOR else None,
                **rr.employer_columns(command),
            )
            session.add(employer)
            session.flush()
            if generated:
                employer.employer_no = rr.free_number(
                    session, Employer.employer_no, f"E{employer.id:08d}"
                )
            self._created(
                session,
                actor,
                RecordKind.EMPLOYER,
                employer.id,
                employer.employer_no,
                None,
                translate("records", "Employer registered"),
            )
            return Saved(
                RecordKind.EMPLOYER, employer.id, employer.employer_no, masked_warnings(hidden)
            )

    def register_opening(self, actor: Actor, command: RegisterOpening) -> Saved:
        """구인등록 for an employer. 구인번호 is given by the application when left empty."""
        command, hidden = masked(command)
        fields.record_date(command.registered_on, "등록일", self.today())  # korean-data
        place = self.place(actor, command.desk, "등록창구")  # korean-data
        if command.closes_on and command.closes_on < command.registered_on:
            raise ValidationError(
                "마감일",  # korean-data
                translate("records", "The closing date is before the registration date."),
            )
        code = self.classification.code_for(
            command.occupation,
            command.occupation_code,
            "모집직종코드",  # korean-data
        )
        with self.db.unit_of_work(actor=actor) as session:
            refuse_if_closed(session, command.registered_on)
            employer = find_by_number(
                session,
                Employer,
                Employer.employer_no,
                command.employer_no,
                translate("records", "Employer"),
            )
            generated = command.opening_no is None
            number = command.opening_no or f"tmp-{uuid.uuid4().hex}"
            if not generated:
                self._unused(session, JobOpening.opening_no, number, "구인번호")  # korean-data
            opening = JobOpening(
                opening_no=number,
                employer_id=employer.id,
                **rr.opening_columns(command, code),
                **place,
            )
            session.add(opening)
            session.flush()
            if generated:
                opening.opening_no = rr.free_number(
                    session, JobOpening.opening_no, f"J{opening.id:08d}"
                )
            self._created(
                session,
                actor,
                RecordKind.OPENING,
                opening.id,
                opening.opening_no,
                None,
                translate("records", "Opening registered"),
            )
            return Saved(
                RecordKind.OPENING, opening.id, opening.opening_no, masked_warnings(hidden)
            )

    # -- work with a seeker ------------------------------------------------------------

    def log_session(self, actor: Actor, command: LogSession) -> Saved:
        """상담. Optional 다음연락일 (next contact date) may be on or after the session."""
        command, hidden = masked(command)
        if command.next_contact_on and command.next_contact_on < command.session_on:
            raise ValidationError(
                "다음연락일",  # korean-data
                translate("records", "Cannot be before the session date."),
            )
        fields.record_date(command.session_on, "상담일", self.today())  # korean-data
        place = self.place(actor, command.desk, "상담창구")  # korean-data
        with self.db.unit_of_work(actor=actor) as session:
            refuse_if_closed(session, command.session_on)
            seeker = find_by_number(
                session,
                JobSeeker,
                JobSeeker.seeker_no,
                command.seeker_no,
                translate("records", "Job seeker"),
            )
            columns = rr.session_columns(command)
            columns["counselor_name"] = command.counselor_name or actor.display_name
            record = CounselingSession(seeker_id=seeker.id, **columns, **place)
            session.add(record)
            session.flush()
            self._created(
                session,
                actor,
                RecordKind.SESSION,
                record.id,
                seeker.seeker_no,
                seeker.id,
                translate("records", "Session {id} registered").format(id=record.id),
            )
            return Saved(RecordKind.SESSION, record.id, str(record.id), masked_warnings(hidden))

    def refer(self, actor: Actor, command: Refer) -> Saved:
        """알선: send a seeker to an opening (once; a closed opening only when confirmed)."""
        command, hidden = masked(command)
        fields.record_date(command.referred_on, "알선일", self.today())  # korean-data
        place = self.place(actor, command.desk, "알선창구")  # korean-data
        with self.db.unit_of_work(actor=actor) as session:
            refuse_if_closed(session, command.referred_on)
            seeker = find_by_number(
                session,
                JobSeeker,
                JobSeeker.seeker_no,
                command.seeker_no,
                translate("records", "Job seeker"),
            )
            opening = find_by_number(
                session,
                JobOpening,
                JobOpening.opening_no,
                command.opening_no,
                translate("records", "Opening"),
            )
            if opening.registered_on > command.referred_on:
                raise ValidationError(
                    "알선일",  # korean-data
                    translate("records", "Cannot be before the opening's registration date."),
                )
            earlier = session.scalar(
                select(Referral.referred_on).where(
                    Referral.seeker_id == seeker.id,
                    Referral.opening_id == opening.id,
                    Referral.void.is_(False),
                )
            )
            if earlier is not None:  # counted once: a second one would inflate 알선
                raise ValidationError(
                    "구인",  # korean-data
                    translate(
                        "records", "The job seeker was already referred to this opening on {date}."
                    ).format(date=earlier.isoformat()),
                )
            if opening.closed_on is not None and not command.to_closed:
                raise ConfirmationNeeded(
                    "closed_opening",
                    translate(
                        "records", "Opening {opening} closed on {date} ({reason}). Refer anyway?"
                    ).format(
                        opening=opening.opening_no,
                        opening_josa=particle(opening.opening_no, "은/는"),  # korean-data
                        date=opening.closed_on.isoformat(),
                        reason=opening.close_reason or translate("records", "no reason given"),
                    ),
                )
            record = Referral(
                seeker_id=seeker.id,
                opening_id=opening.id,
                referred_on=command.referred_on,
                outcome=command.outcome,
                **place,
            )
            session.add(record)
            session.flush()
            self._created(
                session,
                actor,
                RecordKind.REFERRAL,
                record.id,
                seeker.seeker_no,
                seeker.id,
                translate("records", "Referral {id} registered").format(id=record.id),
            )
            return Saved(RecordKind.REFERRAL, record.id, str(record.id), masked_warnings(hidden))

    def record_placement(self, actor: Actor, command: RecordPlacement) -> Saved:
        """취업: 알선취업 after a referral (the one chosen, or the latest one to the opening
        named made by the placement date), else 본인취업."""
        command, hidden = masked(command)
        fields.record_date(command.placed_on, "취업일", self.today())  # korean-data
        place = self.place(actor, command.desk, "취업창구")  # korean-data
        with self.db.unit_of_work(actor=actor) as session:
            refuse_if_closed(session, command.placed_on)
            seeker = find_by_number(
                session,
                JobSeeker,
                JobSeeker.seeker_no,
                command.seeker_no,
                translate("records", "Job seeker"),
            )
            referral = self._referral_for(session, seeker.id, command)
            opening_id = referral.opening_id if referral is not None else None
            if opening_id is None and command.opening_no:
                opening_id = find_by_number(
                    session,
                    JobOpening,
                    JobOpening.opening_no,
                    command.opening_no,
                    translate("records", "Opening"),
                ).id
            employer_name = command.employer_name
            if employer_name is None and opening_id is not None:
                employer_name = session.scalar(
                    select(Employer.name)
                    .join(JobOpening, JobOpening.employer_id == Employer.id)
                    .where(JobOpening.id == opening_id)
                )
            kind = PlacementKind.REFERRAL if referral is not None else PlacementKind.SELF
            record = Placement(
                seeker_id=seeker.id,
                placed_on=command.placed_on,
                kind=kind.value,
                referral_id=referral.id if referral is not None else None,
                opening_id=opening_id,
                employer_name=employer_name,
                employment_type=command.employment_type,
                verification=enum_value(command.verification),
                **place,
            )
            session.add(record)
            session.flush()
            self._created(
                session,
                actor,
                RecordKind.PLACEMENT,
                record.id,
                seeker.seeker_no,
                seeker.id,
                translate("records", "Placement {id} registered ({kind})").format(
                    id=record.id, kind=kind.value
                ),
            )
            filled = None
            if opening_id is not None:
                opening = session.get(JobOpening, opening_id)
                assert opening is not None
                if opening.closed_on is None and hires(session, opening_id) >= opening.headcount:
                    filled = opening.opening_no
            return Saved(
                RecordKind.PLACEMENT, record.id, str(record.id), masked_warnings(hidden), filled
            )

    @staticmethod
    def _referral_for(
        session: Session, seeker_id: int, command: RecordPlacement
    ) -> Referral | None:
        if command.referral_id is not None:
            referral = session.get(Referral, command.referral_id)
            if referral is None or referral.void:
                raise NotFound(
                    translate("records", "Referral {id} was not found.").format(
                        id=command.referral_id
                    )
                )
            if referral.seeker_id != seeker_id:
                raise ValidationError(
                    "알선",  # korean-data
                    translate("records", "This referral is another job seeker's."),
                )
            if referral.referred_on > command.placed_on:
                raise ValidationError(
                    "취업일",  # korean-data
                    translate("records", "Cannot be before the referral date."),
                )
            return referral
        if not command.opening_no:
            return None
        return session.scalar(
            select(Referral)
            .join(JobOpening, JobOpening.id == Referral.opening_id)
            .where(
                Referral.seeker_id == seeker_id,
                JobOpening.opening_no == command.opening_no,
                Referral.void.is_(False),
                Referral.referred_on <= command.placed_on,
            )
            .order_by(Referral.referred_on.desc(), Referral.id.desc())
            .limit(1)
        )

    # -- voiding -----------------------------------------------------------------------

    def void(self, actor: Actor, kind: RecordKind, record_id: int, reason: str) -> None:
        """Mark a record void with a reason; it stops counting but is never deleted."""
        actor.require(Permission.WRITE_RECORDS)
        why = mask_resident_numbers(fields.text(reason, "무효 사유"))[0]  # korean-data
        model = RECORD_MODELS[kind.value]
        with self.db.unit_of_work(actor=actor) as session:
            record = session.get(model, record_id)
            if record is None:
                raise NotFound(
                    translate("records", "{kind} {id} was not found.").format(
                        kind=kind.label, id=record_id
                    )
                )
            if record.void:
                raise ValidationError(
                    "무효",  # korean-data
                    translate("records", "{kind} {id} is already void.").format(
                        kind=kind.label, id=record_id
                    ),
                )
            refuse_if_closed(session, record_day(record))
            if kind is RecordKind.PLACEMENT:
                rr.refuse_event_hire(session, record_id, "무효", voiding=True)  # korean-data
            desk_id = getattr(record, "desk_id", None)
            if desk_id is not None:
                actor.require_desk(self.db.desk_codes()[desk_id])
            elif actor.role is Role.COUNSELOR:
                raise PermissionDenied(
                    translate(
                        "records",
                        "Only a team leader or an administrator can void a {kind} with no desk.",
                    ).format(
                        kind=kind.label,
                        kind_josa=particle(kind.label, "은/는"),  # korean-data
                    )
                )
            record.void = True
            record.void_reason = why
            record.voided_at = utcnow()
            record.voided_by = actor.user_id
            seeker_id = (
                record_id if kind is RecordKind.SEEKER else getattr(record, "seeker_id", None)
            )
            number = (
                getattr(record, "seeker_no", None)
                or getattr(record, "employer_no", None)
                or getattr(record, "opening_no", None)
            )
            write_change(
                session,
                actor,
                kind,
                record_id,
                number,
                "무효",  # korean-data: the history's field
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
                record_id,
                None,
                seeker_id,
                translate("records", "{kind} {id} voided: {reason}").format(
                    kind=kind.label, id=record_id, reason=why
                ),
            )
