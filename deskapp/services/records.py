"""Registering and voiding records: one unit of work per call, every rule checked here.

Each method takes the values of a form keyed by the Korean headings of the
records workbook (DESIGN.md §5), so that a form and an imported row are
validated by the same code (``deskapp.domain.workbook.clean_row``).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from deskapp.domain import fields
from deskapp.domain import workbook as wb
from deskapp.domain.access import Actor, Permission
from deskapp.domain.audit import CONSENT_FIELD, CONSENT_VERSION, AccessAction
from deskapp.domain.dates import parse_date
from deskapp.domain.errors import NotFound, PermissionDenied, ValidationError
from deskapp.domain.hangul import initials
from deskapp.domain.records import (
    PlacementKind,
    RecordKind,
    Role,
    Verification,
    enum_value,
    parse_enum,
)
from deskapp.services.audit import write_access
from deskapp.services.casework import CaseworkService
from deskapp.services.review import refuse_if_closed
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

M = TypeVar("M")
_NO_CONSENT = (CONSENT_FIELD, "개인정보 수집·이용에 동의를 받아야 등록할 수 있습니다.")
MASKED_WARNING = "주민등록번호로 보이는 숫자 {n}건을 가려서 저장했습니다."


@dataclass(frozen=True)
class Saved:
    """What a registration produced: the record's id and number, and warnings to show."""

    kind: RecordKind
    id: int
    number: str
    warnings: tuple[str, ...] = ()


def same_person_warnings(session: Session, seeker: JobSeeker) -> tuple[str, ...]:
    """Warnings (never a block) when the seeker may already be registered: the same
    phone, the same name and birth date, or the same 초성 and birth date."""
    conditions = []
    if seeker.phone:
        conditions.append(JobSeeker.phone == seeker.phone)
    if seeker.birth_date:
        conditions.append(
            and_(JobSeeker.birth_date == seeker.birth_date,
                 or_(JobSeeker.name == seeker.name,
                     JobSeeker.name_initials == seeker.name_initials))
        )  # fmt: skip
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
            why = "같은 연락처"
        elif name == seeker.name:
            why = "같은 이름과 생년월일"
        else:
            why = "같은 초성과 생년월일"
        warnings.append(
            f"{why}의 구직자가 이미 있습니다: {name} ({number}). 같은 사람인지 확인하세요."
        )
    return tuple(warnings)


def _record_day(record: object) -> date | None:
    """The date a record counts on (None for employers, which are not counted)."""
    for name in ("registered_on", "session_on", "referred_on", "placed_on"):
        day = getattr(record, name, None)
        if isinstance(day, date):
            return day
    return None


def _consented(values: Mapping[str, object]) -> bool:
    value = values.get(CONSENT_FIELD)
    return value is True or (isinstance(value, str) and value.strip() in ("예", "동의", "Y", "y"))


def _log(
    session: Session,
    actor: Actor,
    action: AccessAction,
    seeker_id: int,
    seeker_no: str | None,
    detail: str,
) -> None:
    write_access(
        session, actor, action, subject_kind="job_seeker", subject_id=seeker_id,
        subject_no=seeker_no, detail=detail,
    )  # fmt: skip


def _warnings(masked: int) -> tuple[str, ...]:
    return (MASKED_WARNING.format(n=masked),) if masked else ()


class RecordService:
    """Register seekers, employers and openings; log sessions; refer; place; void."""

    def __init__(
        self, db: Database, today: date | None = None, casework: CaseworkService | None = None
    ) -> None:
        self.db = db
        self._today = today
        self.casework = casework or CaseworkService(db, today)

    def today(self) -> date:
        return self._today or date.today()

    # -- helpers -----------------------------------------------------------------------

    def _clean(self, spec: wb.SheetSpec, values: Mapping[str, object]) -> tuple[Any, int]:
        return wb.clean_row(spec, values, self.today())

    def _with_desk(self, actor: Actor, values: Mapping[str, object], key: str) -> dict[str, object]:
        out = dict(values)
        if fields.is_blank(out.get(key)) and actor.desk:
            out[key] = actor.desk
        return out

    def _place(self, actor: Actor, desk: str, site: str | None) -> dict[str, Any]:
        actor.require(Permission.WRITE_RECORDS)
        actor.require_desk(desk)
        site_id = self.db.site_ids().get((desk, site)) if site else None
        return {
            "desk_id": self.db.desk_ids()[desk],
            "site_id": site_id,
            "created_by": actor.user_id,
        }

    @staticmethod
    def _get(session: Session, model: type[M], record_id: int, label: str) -> M:
        record = session.get(model, record_id)
        if record is None or getattr(record, "void", False):
            raise NotFound(f"{label} {record_id}번을 찾을 수 없습니다.")
        return record

    # -- registrations -----------------------------------------------------------------

    def register_seeker(self, actor: Actor, values: Mapping[str, object]) -> Saved:
        """구직등록. 구직자번호 is given by the application when left empty.

        The seeker's consent to the collection and use of personal data
        (``CONSENT_FIELD``: True or 예) is required and recorded with the form's version.
        """
        data = self._with_desk(actor, values, "등록창구")
        generated = fields.is_blank(data.get("구직자번호"))
        if generated:
            data["구직자번호"] = "new"
        try:
            row, masked = self._clean(wb.SEEKERS, data)
        except ValidationError as error:
            if not _consented(data):
                error = ValidationError.many([*error.problems, _NO_CONSENT])
            raise error from None
        if not _consented(data):
            raise ValidationError(*_NO_CONSENT)
        place = self._place(actor, row.desk, row.site)
        code = self.casework.code_for(row.desired_job, row.desired_code, "희망직종코드")
        with self.db.unit_of_work() as session:
            refuse_if_closed(session, row.registered_on)
            number = f"tmp-{uuid.uuid4().hex}" if generated else row.seeker_no
            if not generated and session.scalar(
                select(JobSeeker.id).where(JobSeeker.seeker_no == number)
            ):
                raise ValidationError("구직자번호", f"'{number}'은(는) 이미 있는 구직자번호입니다.")
            seeker = JobSeeker(
                seeker_no=number,
                name=row.name,
                name_initials=initials(row.name),
                birth_date=row.birth_date,
                gender=row.gender.value if row.gender else None,
                phone=row.phone,
                address=row.address,
                desired_job=row.desired_job,
                desired_code=code,
                desired_employment=enum_value(row.desired_employment),
                counselor_name=row.counselor_name or actor.display_name,
                registered_on=row.registered_on,
                consent_on=self.today(),
                consent_version=CONSENT_VERSION,
                **place,
            )
            session.add(seeker)
            session.flush()
            if generated:
                seeker.seeker_no = f"D{seeker.id:08d}"
            _log(session, actor, AccessAction.CREATE, seeker.id, seeker.seeker_no, "구직 등록")
            duplicates = same_person_warnings(session, seeker)
            return Saved(
                RecordKind.SEEKER, seeker.id, seeker.seeker_no, _warnings(masked) + duplicates
            )

    def register_employer(self, actor: Actor, values: Mapping[str, object]) -> Saved:
        """구인업체. 업체번호 is given by the application when left empty."""
        actor.require(Permission.WRITE_RECORDS)
        data = dict(values)
        generated = fields.is_blank(data.get("업체번호"))
        if generated:
            data["업체번호"] = "new"
        row, masked = self._clean(wb.EMPLOYERS, data)
        with self.db.unit_of_work() as session:
            number = f"tmp-{uuid.uuid4().hex}" if generated else row.employer_no
            if not generated and session.scalar(
                select(Employer.id).where(Employer.employer_no == number)
            ):
                raise ValidationError("업체번호", f"'{number}'은(는) 이미 있는 업체번호입니다.")
            employer = Employer(
                employer_no=number,
                name=row.name,
                business_no=row.business_no,
                industry=row.industry,
                address=row.address,
                contact_name=row.contact_name,
                phone=row.phone,
                desk_id=self.db.desk_ids()[actor.desk] if actor.desk else None,
                created_by=actor.user_id,
            )
            session.add(employer)
            session.flush()
            if generated:
                employer.employer_no = f"E{employer.id:08d}"
            write_access(
                session, actor, AccessAction.CREATE, subject_kind="employer",
                subject_id=employer.id, subject_no=employer.employer_no, detail="구인업체 등록",
            )  # fmt: skip
            return Saved(RecordKind.EMPLOYER, employer.id, employer.employer_no, _warnings(masked))

    def register_opening(
        self, actor: Actor, employer_id: int, values: Mapping[str, object]
    ) -> Saved:
        """구인등록 for an employer. 구인번호 is given by the application when left empty."""
        data = self._with_desk(actor, values, "등록창구")
        generated = fields.is_blank(data.get("구인번호"))
        if generated:
            data["구인번호"] = "new"
        data["업체번호"] = "given"
        row, _ = self._clean(wb.OPENINGS, data)
        place = self._place(actor, row.desk, row.site)
        code = self.casework.code_for(row.occupation, row.occupation_code, "모집직종코드")
        with self.db.unit_of_work() as session:
            refuse_if_closed(session, row.registered_on)
            self._get(session, Employer, employer_id, "구인업체")
            number = f"tmp-{uuid.uuid4().hex}" if generated else row.opening_no
            if not generated and session.scalar(
                select(JobOpening.id).where(JobOpening.opening_no == number)
            ):
                raise ValidationError("구인번호", f"'{number}'은(는) 이미 있는 구인번호입니다.")
            opening = JobOpening(
                opening_no=number,
                employer_id=employer_id,
                occupation=row.occupation,
                headcount=row.headcount,
                wage=row.wage,
                closes_on=row.closes_on,
                registered_on=row.registered_on,
                occupation_code=code,
                employment_type=enum_value(row.employment_type),
                **place,
            )
            session.add(opening)
            session.flush()
            if generated:
                opening.opening_no = f"J{opening.id:08d}"
            write_access(
                session, actor, AccessAction.CREATE, subject_kind="job_opening",
                subject_id=opening.id, subject_no=opening.opening_no, detail="구인 등록",
            )  # fmt: skip
            return Saved(RecordKind.OPENING, opening.id, opening.opening_no)

    # -- work with a seeker ------------------------------------------------------------

    def log_session(self, actor: Actor, seeker_id: int, values: Mapping[str, object]) -> Saved:
        """상담. Optional 다음연락일 (next contact date) may be on or after the session."""
        data = self._with_desk(actor, values, "상담창구")
        data["구직자번호"] = "given"
        row, masked = self._clean(wb.SESSIONS, data)
        next_contact = None
        if not fields.is_blank(data.get("다음연락일")):
            next_contact = parse_date(data["다음연락일"], "다음연락일")
            if next_contact < row.session_on:
                raise ValidationError("다음연락일", "상담일보다 빠를 수 없습니다.")
        place = self._place(actor, row.desk, row.site)
        with self.db.unit_of_work() as session:
            refuse_if_closed(session, row.session_on)
            self._get(session, JobSeeker, seeker_id, "구직자")
            record = CounselingSession(
                seeker_id=seeker_id,
                session_on=row.session_on,
                channel=row.channel.value if row.channel else None,
                counselor_name=row.counselor_name or actor.display_name,
                notes=row.notes,
                next_contact_on=next_contact,
                **place,
            )
            session.add(record)
            session.flush()
            _log(session, actor, AccessAction.CREATE, seeker_id, None, f"상담 {record.id} 등록")
            return Saved(RecordKind.SESSION, record.id, str(record.id), _warnings(masked))

    def refer(
        self, actor: Actor, seeker_id: int, opening_id: int, values: Mapping[str, object]
    ) -> Saved:
        """알선: send a seeker to an opening."""
        data = self._with_desk(actor, values, "알선창구")
        data["구직자번호"] = data["구인번호"] = "given"
        row, _ = self._clean(wb.REFERRALS, data)
        place = self._place(actor, row.desk, row.site)
        with self.db.unit_of_work() as session:
            refuse_if_closed(session, row.referred_on)
            self._get(session, JobSeeker, seeker_id, "구직자")
            opening = self._get(session, JobOpening, opening_id, "구인")
            if opening.registered_on > row.referred_on:
                raise ValidationError("알선일", "구인 등록일보다 빠를 수 없습니다.")
            earlier = session.scalar(
                select(Referral.referred_on).where(
                    Referral.seeker_id == seeker_id,
                    Referral.opening_id == opening_id,
                    Referral.void.is_(False),
                )
            )
            if earlier is not None:  # counted once: a second one would inflate 알선
                raise ValidationError(
                    "구인", f"이 구인에는 {earlier.isoformat()}에 이미 알선했습니다."
                )
            record = Referral(
                seeker_id=seeker_id,
                opening_id=opening_id,
                referred_on=row.referred_on,
                outcome=row.outcome,
                **place,
            )
            session.add(record)
            session.flush()
            _log(session, actor, AccessAction.CREATE, seeker_id, None, f"알선 {record.id} 등록")
            return Saved(RecordKind.REFERRAL, record.id, str(record.id))

    def record_outcome(self, actor: Actor, referral_id: int, outcome: str) -> None:
        """The result of a referral (결과)."""
        actor.require(Permission.WRITE_RECORDS)
        value = fields.text(outcome, "결과")
        with self.db.unit_of_work() as session:
            referral = self._get(session, Referral, referral_id, "알선")
            actor.require_desk(self.db.desk_codes()[referral.desk_id])
            refuse_if_closed(session, referral.referred_on)
            referral.outcome = value
            _log(session, actor, AccessAction.UPDATE, referral.seeker_id, None,
                 f"알선 {referral.id} 결과: {value}")  # fmt: skip

    def record_placement(
        self,
        actor: Actor,
        seeker_id: int,
        values: Mapping[str, object],
        referral_id: int | None = None,
    ) -> Saved:
        """취업: 알선취업 when ``referral_id`` is given, else 본인취업.

        Optional 확인방법 records how the placement was verified.
        """
        data = self._with_desk(actor, values, "취업창구")
        data["구직자번호"] = "given"
        data.pop("구인번호", None)
        row, _ = self._clean(wb.PLACEMENTS, data)
        verification = None
        if not fields.is_blank(data.get("확인방법")):
            verification = parse_enum(Verification, data["확인방법"], "확인방법").value
        place = self._place(actor, row.desk, row.site)
        with self.db.unit_of_work() as session:
            refuse_if_closed(session, row.placed_on)
            self._get(session, JobSeeker, seeker_id, "구직자")
            opening_id = None
            employer_name = row.employer_name
            kind = PlacementKind.SELF
            if referral_id is not None:
                referral = self._get(session, Referral, referral_id, "알선")
                if referral.seeker_id != seeker_id:
                    raise ValidationError("알선", "다른 구직자의 알선입니다.")
                if referral.referred_on > row.placed_on:
                    raise ValidationError("취업일", "알선일보다 빠를 수 없습니다.")
                kind, opening_id = PlacementKind.REFERRAL, referral.opening_id
                if employer_name is None:
                    employer_name = session.scalar(
                        select(Employer.name)
                        .join(JobOpening, JobOpening.employer_id == Employer.id)
                        .where(JobOpening.id == opening_id)
                    )
            record = Placement(
                seeker_id=seeker_id,
                placed_on=row.placed_on,
                kind=kind.value,
                referral_id=referral_id,
                opening_id=opening_id,
                employer_name=employer_name,
                employment_type=row.employment_type,
                verification=verification,
                **place,
            )
            session.add(record)
            session.flush()
            _log(session, actor, AccessAction.CREATE, seeker_id, None,
                 f"취업 {record.id} 등록 ({kind.value})")  # fmt: skip
            return Saved(RecordKind.PLACEMENT, record.id, str(record.id))

    # -- voiding -----------------------------------------------------------------------

    def void(self, actor: Actor, kind: RecordKind, record_id: int, reason: str) -> None:
        """Mark a record void with a reason; it stops counting but is never deleted."""
        actor.require(Permission.WRITE_RECORDS)
        why = fields.text(reason, "무효 사유")
        model = RECORD_MODELS[kind.value]
        with self.db.unit_of_work() as session:
            record = session.get(model, record_id)
            if record is None:
                raise NotFound(f"{kind.label} {record_id}번을 찾을 수 없습니다.")
            if record.void:
                raise ValidationError("무효", f"{kind.label} {record_id}번은 이미 무효입니다.")
            refuse_if_closed(session, _record_day(record))
            desk_id = getattr(record, "desk_id", None)
            if desk_id is not None:
                actor.require_desk(self.db.desk_codes()[desk_id])
            elif actor.role is Role.COUNSELOR:
                raise PermissionDenied(
                    f"창구가 정해지지 않은 {kind.label}은(는) "
                    "팀장 또는 관리자만 무효로 할 수 있습니다."
                )
            record.void = True
            record.void_reason = why
            record.voided_at = utcnow()
            record.voided_by = actor.user_id
            seeker_id = (
                record_id if kind is RecordKind.SEEKER else getattr(record, "seeker_id", None)
            )
            write_access(
                session, actor, AccessAction.VOID,
                subject_kind="job_seeker" if seeker_id else kind.value,
                subject_id=seeker_id or record_id, detail=f"{kind.label} {record_id} 무효: {why}",
            )  # fmt: skip
