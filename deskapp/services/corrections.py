"""Correcting records, never silently (ARCHITECTURE.md): any field of a seeker, employer,
opening, session, referral or placement, with the reason, in one unit of work.

Every value is checked by the parser that checks it on registration and import
(``deskapp.domain.commands``); any bad value or unknown field refuses the whole
correction. A counselor corrects the records of their own desk (an employer:
of their desk, or one they look after); team leads and administrators any. A
record dated in a closed month is refused until the month is reopened, and so is
a new date in one. Each changed field is kept in the record's history, and the
correction writes one access-log line; the statistics follow at once (the daily
counts are kept by the database's triggers).

Also here: an opening's close (마감사유) as a correction, the list of openings due to
close, reassigning seekers to another counselor, and reading a record's history.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from deskapp.domain import fields
from deskapp.domain.access import Actor, Permission
from deskapp.domain.audit import AccessAction
from deskapp.domain.business import format_business_no
from deskapp.domain.commands import ChangeRecord, editable_fields, mask_value, read_changes
from deskapp.domain.dates import add_months
from deskapp.domain.desks import DONG, DeskRef, desk_by_code
from deskapp.domain.errors import NotFound, PermissionDenied, ValidationError
from deskapp.domain.korean import particle
from deskapp.domain.phone import format_phone
from deskapp.domain.records import CloseReason, PlacementKind, RecordKind, Role
from deskapp.i18n import translate
from deskapp.services import record_rows as rr
from deskapp.services.audit import write_access, write_record_access
from deskapp.services.history import RecordHistory, read_history, shown, write_change
from deskapp.services.rules.month_lock import refuse_if_closed
from deskapp.services.rules.occupation_codes import Classification
from deskapp.services.rules.records import (
    find_by_number,
    hires,
    masked_warnings,
    record_day,
    same_person_warnings,
)
from deskapp.services.rules.registration import OPENING_MONTHS
from deskapp.store.database import Database
from deskapp.store.models import (
    CounselingSession,
    Employer,
    JobOpening,
    JobSeeker,
    Placement,
    Referral,
    User,
)

_MODELS: dict[RecordKind, tuple[Any, Any]] = {
    RecordKind.SEEKER: (JobSeeker, JobSeeker.seeker_no),
    RecordKind.EMPLOYER: (Employer, Employer.employer_no),
    RecordKind.OPENING: (JobOpening, JobOpening.opening_no),
    RecordKind.SESSION: (CounselingSession, None),
    RecordKind.REFERRAL: (Referral, None),
    RecordKind.PLACEMENT: (Placement, None),
}
#: The date column each counted record is counted on.
_DAY = {
    RecordKind.SEEKER: "registered_on",
    RecordKind.OPENING: "registered_on",
    RecordKind.SESSION: "session_on",
    RecordKind.REFERRAL: "referred_on",
    RecordKind.PLACEMENT: "placed_on",
}
#: Attributes stored as they are (enums by their value).
_PLAIN = frozenset(
    {
        "name",
        "birth_date",
        "gender",
        "phone",
        "address",
        "desired_job",
        "desired_code",
        "desired_employment",
        "registered_on",
        "resident",
        "education",
        "desired_wage",
        "desired_area",
        "sms_consent",
        "sms_consent_on",
        "business_no",
        "industry",
        "contact_name",
        "occupation",
        "headcount",
        "wage",
        "closes_on",
        "occupation_code",
        "employment_type",
        "session_on",
        "channel",
        "notes",
        "next_contact_on",
        "referred_on",
        "outcome",
        "placed_on",
        "employer_name",
        "verification",
        "counselor_name",
        "close_reason",
    }
)


@dataclass(frozen=True)
class FieldChange:
    """One field changed: its heading, and the old and new value as the history says."""

    field: str
    old: str
    new: str


@dataclass(frozen=True)
class Changed:
    """What a correction changed (nothing, when every value was already so)."""

    kind: RecordKind
    id: int
    number: str
    seeker_id: int | None
    changes: tuple[FieldChange, ...]
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class EditableRecord:
    """A record as its correction form starts: each editable field's text, by heading."""

    kind: RecordKind
    id: int
    number: str
    title: str
    values: dict[str, str]
    seeker_id: int | None = None
    hires: int | None = None  # an opening's 채용인원


@dataclass(frozen=True)
class ClosingDue:
    """An open opening that should close: its 마감일 passed, or its hires reached 모집인원."""

    id: int
    opening_no: str
    title: str
    reason: CloseReason
    detail: str


def display(heading: str, value: Any) -> str:
    """A field's value as the history and the forms write it (phones with hyphens)."""
    if heading == "연락처" and isinstance(value, str):  # korean-data
        return format_phone(value)
    if heading == "사업자등록번호" and isinstance(value, str):  # korean-data
        return format_business_no(value)
    return shown(value)


def form_text(heading: str, value: Any) -> str:
    """A stored value as a form's field shows it (and its parser reads back)."""
    if isinstance(value, DeskRef):
        return value.site if value.desk is DONG and value.site else value.desk.code
    if isinstance(value, tuple) and value and not isinstance(value[0], str):
        return "\n".join(shown(v) for v in value)
    return display(heading, value)


class CorrectionService:
    """Corrections with their history; the opening's close; reassigning counselors."""

    def __init__(
        self, db: Database, today: date | None = None, classification: Classification | None = None
    ) -> None:
        self.db = db
        self._today = today
        self.classification = classification or Classification(db)

    def today(self) -> date:
        return self._today or date.today()

    # -- finding and reading -------------------------------------------------------------

    def _find(self, session: Session, kind: RecordKind, key: str) -> Any:
        model, number_column = _MODELS[kind]
        key = str(key).strip()
        if number_column is not None:
            record = session.scalar(select(model).where(number_column == key))
        else:
            record = session.get(model, int(key)) if key.isdigit() else None
        if record is None:
            raise NotFound(
                translate("corrections", "{kind} '{key}' was not found.").format(
                    kind=kind.label,
                    key=key,
                    key_josa=particle(key, "을/를"),  # korean-data
                )
            )
        return record

    def _number(self, kind: RecordKind, record: Any) -> str:
        number_column = _MODELS[kind][1]
        return str(getattr(record, number_column.key) if number_column is not None else record.id)

    def _desk_of(self, record: Any) -> str | None:
        desk_id = getattr(record, "desk_id", None)
        return self.db.desk_codes()[desk_id] if desk_id is not None else None

    def _may_change(self, actor: Actor, kind: RecordKind, record: Any) -> None:
        if actor.role is not Role.COUNSELOR:
            return
        desk = self._desk_of(record)
        if kind is RecordKind.EMPLOYER and (
            desk == actor.desk or record.manager_id == actor.user_id
        ):
            return
        if desk != actor.desk:
            raise PermissionDenied(
                translate(
                    "corrections",
                    "Counselor '{user}' cannot correct a {kind} record of another desk. "
                    "Ask a counselor of that desk or the team leader.",
                ).format(
                    user=actor.username,
                    user_josa=particle(actor.username, "은/는"),  # korean-data
                    kind=kind.label,
                )
            )

    def _may_read(self, actor: Actor, kind: RecordKind, record: Any) -> None:
        other_desk = self._desk_of(record) != actor.desk
        if actor.role is Role.COUNSELOR and kind is not RecordKind.EMPLOYER and other_desk:
            raise PermissionDenied(
                translate("corrections", "{kind} records of another desk cannot be viewed.").format(
                    kind=kind.label
                )
            )

    def _seeker_id(self, kind: RecordKind, record: Any) -> int | None:
        if kind is RecordKind.SEEKER:
            return int(record.id)
        return getattr(record, "seeker_id", None)

    def _value(self, session: Session, record: Any, attribute: str) -> Any:
        """The current value of a field, in the type its parser gives."""
        if attribute == "desk":
            sites = {id_: name for (_, name), id_ in self.db.site_ids().items()}
            site = sites.get(record.site_id) if record.site_id else None
            return DeskRef(desk_by_code(self.db.desk_codes()[record.desk_id]), site)
        if attribute == "groups":
            return rr.groups_of(session, record.id)
        if attribute == "careers":
            return rr.careers_of(session, record.id)
        if attribute == "certificates":
            return rr.certificates_of(record.certificates)
        if attribute == "employer_no":
            return session.scalar(
                select(Employer.employer_no).where(Employer.id == record.employer_id)
            )
        if attribute == "opening_no":
            if record.opening_id is None:
                return None
            return session.scalar(
                select(JobOpening.opening_no).where(JobOpening.id == record.opening_id)
            )
        if attribute == "manager":
            if record.manager_id is None:
                return None
            return session.scalar(select(User.username).where(User.id == record.manager_id))
        return getattr(record, attribute)

    def editable(self, actor: Actor, kind: RecordKind, key: str) -> EditableRecord:
        """A record's current values for its correction form (logged as a reading)."""
        with self.db.unit_of_work(actor=actor) as session:
            record = self._find(session, kind, key)
            self._may_read(actor, kind, record)
            values = {
                spec.heading: form_text(spec.heading, self._value(session, record, spec.attribute))
                for spec in editable_fields(kind)
            }
            number = self._number(kind, record)
            seeker_id = self._seeker_id(kind, record)
            write_record_access(
                session,
                actor,
                AccessAction.VIEW,
                kind,
                record.id,
                number,
                seeker_id,
                translate("corrections", "{kind} {number} opened to correct").format(
                    kind=kind.label, number=number
                ),
            )
            count = hires(session, record.id) if kind is RecordKind.OPENING else None
            return EditableRecord(
                kind, record.id, number, f"{kind.label} {number}", values, seeker_id, count
            )

    # -- correcting ----------------------------------------------------------------------

    def change(self, actor: Actor, command: ChangeRecord) -> Changed:
        """Correct the fields of one record, with the reason; all of it, or nothing."""
        actor.require(Permission.WRITE_RECORDS)
        kind = command.kind
        reason = fields.text(command.reason, "사유")  # korean-data
        new = read_changes(kind, command.changes, self.today())
        specs = {s.heading: s for s in editable_fields(kind)}
        hidden = 0
        for heading, value in list(new.items()):
            if specs[heading].free and value is not None:
                new[heading], count = mask_value(value)
                hidden += count
        codes = self._codes(kind, new)  # the classification is read before the write unit
        with self.db.unit_of_work(actor=actor) as session:
            record = self._find(session, kind, command.key)
            if getattr(record, "void", False):
                raise ValidationError(
                    "무효",  # korean-data
                    translate("corrections", "A voided {kind} record cannot be corrected.").format(
                        kind=kind.label
                    ),
                )
            self._may_change(actor, kind, record)
            seeker_id = self._seeker_id(kind, record)
            number = self._number(kind, record)
            old = {h: self._value(session, record, specs[h].attribute) for h in new}
            for heading, value in codes.items():  # a code follows its words
                if heading not in new:
                    old[heading] = self._value(session, record, specs[heading].attribute)
                    if self._derived(kind, record):
                        new[heading] = value
            if new.get("대상그룹"):  # the same groups in another order are no change  # korean-data
                order = rr.group_order(session)
                new["대상그룹"] = tuple(  # korean-data
                    sorted(new["대상그룹"], key=lambda g: order.get(g, len(order)))  # korean-data
                )
            answer = new.get("SMS수신동의")  # korean-data
            if (
                "SMS수신동의" in new  # korean-data
                and "SMS동의일" not in new  # korean-data
                and shown(old["SMS수신동의"]) != shown(answer)  # korean-data
            ):  # the day the answer was given
                old["SMS동의일"] = record.sms_consent_on  # korean-data
                new["SMS동의일"] = self.today() if answer is not None else None  # korean-data
            changed = [h for h in new if display(h, old[h]) != display(h, new[h])]
            if changed:
                day = record_day(record)
                new_day = new.get("등록일") or new.get("상담일") or new.get("알선일")  # korean-data
                refuse_if_closed(session, day, new_day or new.get("취업일"))  # korean-data
            self._check_together(session, kind, record, {h: new[h] for h in changed})
            for heading in changed:
                self._apply(session, actor, kind, record, specs[heading].attribute, new[heading])
            session.flush()
            result = tuple(FieldChange(h, display(h, old[h]), display(h, new[h])) for h in changed)
            for change in result:
                write_change(
                    session,
                    actor,
                    kind,
                    record.id,
                    number,
                    change.field,
                    change.old,
                    change.new,
                    reason,
                    seeker_id=seeker_id,
                )
            if result:
                names = ", ".join(c.field for c in result)
                write_record_access(
                    session,
                    actor,
                    AccessAction.UPDATE,
                    kind,
                    record.id,
                    number,
                    seeker_id,
                    translate(
                        "corrections", "{kind} {number} corrected: {names} (reason: {reason})"
                    ).format(kind=kind.label, number=number, names=names, reason=reason),
                )
            warnings = masked_warnings(hidden)
            identity = {"연락처", "성명", "생년월일"}  # korean-data
            if kind is RecordKind.SEEKER and identity & set(changed):
                warnings += same_person_warnings(session, record)
            return Changed(kind, record.id, number, seeker_id, result, warnings)

    def _codes(self, kind: RecordKind, new: dict[str, Any]) -> dict[str, Any]:
        """The occupation codes a correction stores: the one given (checked against the
        classification) or, when only the words change, the one the words name."""
        pairs = {
            RecordKind.SEEKER: ("희망직종", "희망직종코드"),  # korean-data
            RecordKind.OPENING: ("모집직종", "모집직종코드"),  # korean-data
        }
        if kind not in pairs:
            return {}
        words, code_heading = pairs[kind]
        if code_heading in new and new[code_heading] is not None:
            self.classification.code_for(None, new[code_heading], code_heading)
        if words in new and code_heading not in new:
            return {code_heading: self.classification.match_text(new[words])}
        return {}

    def _derived(self, kind: RecordKind, record: Any) -> bool:
        """Whether a record's code is the one its words give (not one picked by hand)."""
        if kind is RecordKind.SEEKER:
            text, code = record.desired_job, record.desired_code
        else:
            text, code = record.occupation, record.occupation_code
        return code is None or code == self.classification.match_text(text)

    def _check_together(
        self, session: Session, kind: RecordKind, record: Any, new: dict[str, Any]
    ) -> None:
        """Rules between fields (and other records) that hold after the correction."""

        def value(heading: str, attribute: str) -> Any:
            return new[heading] if heading in new else getattr(record, attribute)

        if kind is RecordKind.PLACEMENT:  # a hire at an event follows the event
            for heading in ("취업일", "취업창구", "구인번호"):  # korean-data
                if heading in new:
                    rr.refuse_event_hire(session, record.id, heading, voiding=False)
        if kind is RecordKind.OPENING:
            closes = value("마감일", "closes_on")  # korean-data
            registered = value("등록일", "registered_on")  # korean-data
            if closes and closes < registered:
                raise ValidationError(
                    "마감일",  # korean-data
                    translate("corrections", "The closing date is before the registration date."),
                )
            if "등록일" in new:  # korean-data
                first = session.scalar(
                    select(func.min(Referral.referred_on)).where(
                        Referral.opening_id == record.id, Referral.void.is_(False)
                    )
                )
                if first is not None and registered > first:
                    raise ValidationError(
                        "등록일",  # korean-data
                        translate(
                            "corrections",
                            "Cannot be later than this opening's referral ({date}).",
                        ).format(date=first.isoformat()),
                    )
        elif kind is RecordKind.SESSION:
            after = value("다음연락일", "next_contact_on")  # korean-data
            day = value("상담일", "session_on")  # korean-data
            if after and after < day:
                raise ValidationError(
                    "다음연락일",  # korean-data
                    translate("corrections", "Cannot be before the session date."),
                )
        elif kind is RecordKind.REFERRAL and "알선일" in new:  # korean-data
            registered = session.scalar(
                select(JobOpening.registered_on).where(JobOpening.id == record.opening_id)
            )
            if registered and new["알선일"] < registered:  # korean-data
                raise ValidationError(
                    "알선일",  # korean-data
                    translate("corrections", "Cannot be before the opening's registration date."),
                )
            placed = session.scalar(
                select(func.min(Placement.placed_on)).where(
                    Placement.referral_id == record.id, Placement.void.is_(False)
                )
            )
            if placed is not None and new["알선일"] > placed:  # korean-data
                raise ValidationError(
                    "알선일",  # korean-data
                    translate(
                        "corrections",
                        "Cannot be later than the placement of this referral ({date}).",
                    ).format(date=placed.isoformat()),
                )
        elif kind is RecordKind.PLACEMENT and "취업일" in new and record.referral_id:  # korean-data
            referred = session.scalar(
                select(Referral.referred_on).where(Referral.id == record.referral_id)
            )
            if referred and new["취업일"] < referred and "구인번호" not in new:  # korean-data
                raise ValidationError(
                    "취업일",  # korean-data
                    translate("corrections", "Cannot be before the referral date."),
                )
        elif kind is RecordKind.SEEKER and "대상그룹" in new:  # korean-data
            rr.check_groups(session, new["대상그룹"] or ())  # korean-data

    def _apply(
        self,
        session: Session,
        actor: Actor,
        kind: RecordKind,
        record: Any,
        attribute: str,
        value: Any,
    ) -> None:
        """Store one field's new value on ``record`` (and what follows from it)."""
        if attribute == "desk":
            code, site = value.desk.code, value.site
            record.desk_id = self.db.desk_ids()[code]
            record.site_id = self.db.site_ids().get((code, site)) if site else None
        elif attribute == "groups":
            rr.replace_file_lists(session, record.id, groups=value or ())
        elif attribute == "careers":
            rr.replace_file_lists(session, record.id, careers=value or ())
        elif attribute == "certificates":
            record.certificates = rr.certificates_text(value or ())
        elif attribute == "employer_no":
            employer = find_by_number(
                session,
                Employer,
                Employer.employer_no,
                value,
                translate("records", "Employer"),
            )
            record.employer_id = employer.id
        elif attribute == "opening_no":
            self._relink(session, record, value)
        elif attribute == "manager":
            account = rr.counselor_account(session, value) if value else None
            if value and account is None:
                raise ValidationError(
                    "담당상담사",  # korean-data
                    translate("corrections", "There is no account '{user}'.").format(user=value),
                )
            record.manager_id = account
        elif attribute == "close_reason":
            record.close_reason = value.value if value is not None else None
            record.closed_on = self.today() if value is not None else None
        elif attribute in _PLAIN:
            setattr(record, attribute, value.value if isinstance(value, Enum) else value)
            if attribute == "name":
                from deskapp.domain.hangul import initials

                record.name_initials = initials(value)
            if attribute == "counselor_name" and kind is RecordKind.SEEKER:
                record.counselor_id = rr.counselor_account(session, value)
        else:  # pragma: no cover - every editable attribute is handled above
            raise AssertionError(attribute)

    def _relink(self, session: Session, placement: Placement, opening_no: str | None) -> None:
        """A placement tied to another opening (or none): 알선취업 when the seeker was
        referred to it by the placement date, else 본인취업."""
        if opening_no is None:
            placement.opening_id = placement.referral_id = None
            placement.kind = PlacementKind.SELF.value
            return
        opening = find_by_number(
            session,
            JobOpening,
            JobOpening.opening_no,
            opening_no,
            translate("records", "Opening"),
        )
        referral = session.scalar(
            select(Referral.id)
            .where(
                Referral.seeker_id == placement.seeker_id,
                Referral.opening_id == opening.id,
                Referral.void.is_(False),
                Referral.referred_on <= placement.placed_on,
            )
            .order_by(Referral.referred_on.desc(), Referral.id.desc())
            .limit(1)
        )
        placement.opening_id = opening.id
        placement.referral_id = referral
        kind = PlacementKind.REFERRAL if referral is not None else PlacementKind.SELF
        placement.kind = kind.value
        if not placement.employer_name:
            placement.employer_name = session.scalar(
                select(Employer.name).where(Employer.id == opening.employer_id)
            )

    def record_outcome(self, actor: Actor, referral_id: int, outcome: str) -> Changed:
        """The result of a referral (결과), kept in its history like any correction."""
        value = fields.text(outcome, "결과")  # korean-data
        return self.change(
            actor,
            ChangeRecord(
                RecordKind.REFERRAL,
                str(referral_id),
                {"결과": value},  # korean-data
                translate("corrections", "Result recorded"),
            ),
        )

    # -- openings ------------------------------------------------------------------------

    def close_opening(
        self, actor: Actor, opening_no: str, reason: CloseReason, note: str = ""
    ) -> Changed:
        """마감: the opening leaves matching and recommendations."""
        why = note.strip() or translate("corrections", "Closed: {reason}").format(
            reason=reason.value
        )
        return self.change(
            actor,
            ChangeRecord(
                RecordKind.OPENING,
                opening_no,
                {"마감사유": reason.value},  # korean-data
                why,
            ),
        )

    def closing_due(self, actor: Actor) -> list[ClosingDue]:
        """Open openings (of the actor's desk, for counselors) still in their registration
        period whose 마감일 passed or whose hires reached 모집인원: the window asks before
        closing them. (Older ones have left matching with their registration period.)"""
        today = self.today()
        with self.db.unit_of_work(write=False, actor=actor) as session:
            placed = (
                select(func.count(func.distinct(Placement.seeker_id)))
                .where(Placement.opening_id == JobOpening.id, Placement.void.is_(False))
                .scalar_subquery()
            )
            statement = (
                select(JobOpening, Employer.name, placed.label("hired"))
                .join(Employer, Employer.id == JobOpening.employer_id)
                .where(
                    JobOpening.void.is_(False),
                    JobOpening.closed_on.is_(None),
                    func.coalesce(JobOpening.renewed_on, JobOpening.registered_on)
                    >= add_months(today, -OPENING_MONTHS),
                    (JobOpening.closes_on < today) | (placed >= JobOpening.headcount),
                )
                .order_by(JobOpening.registered_on, JobOpening.id)
            )
            if actor.role is Role.COUNSELOR and actor.desk:
                statement = statement.where(JobOpening.desk_id == self.db.desk_ids()[actor.desk])
            due = []
            for opening, employer, hired in session.execute(statement.limit(500)):
                title = f"{employer} · {opening.occupation}"
                if hired >= opening.headcount:
                    reason = CloseReason.FILLED
                    detail = translate("corrections", "{hired} hired / {wanted} wanted").format(
                        hired=hired, wanted=opening.headcount
                    )
                else:
                    closes = opening.closes_on.isoformat() if opening.closes_on else ""
                    reason = CloseReason.EXPIRED
                    detail = translate("corrections", "Closing date {date} passed").format(
                        date=closes
                    )
                due.append(ClosingDue(opening.id, opening.opening_no, title, reason, detail))
            return due

    # -- counselors ----------------------------------------------------------------------

    def reassign(self, actor: Actor, seeker_ids: Sequence[int], counselor: str, reason: str) -> int:
        """Make ``counselor`` (an account's user name) the 담당상담사 of seekers (team leads);
        each change kept in the seeker's history. Returns how many changed."""
        actor.require(Permission.REVIEW)
        why = fields.text(reason, "사유")  # korean-data
        if not seeker_ids:
            raise ValidationError(
                "구직자",  # korean-data
                translate("corrections", "Choose the job seekers whose counselor is to change."),
            )
        with self.db.unit_of_work(actor=actor) as session:
            account = session.scalar(
                select(User).where(User.username == counselor, User.is_active.is_(True))
            )
            if account is None:
                raise ValidationError(
                    "담당상담사",  # korean-data
                    translate("corrections", "There is no account '{user}'.").format(
                        user=counselor
                    ),
                )
            changed = 0
            for seeker_id in seeker_ids:
                seeker = session.get(JobSeeker, seeker_id)
                if seeker is None or seeker.void:
                    raise NotFound(
                        translate("corrections", "Job seeker {id} was not found.").format(
                            id=seeker_id
                        )
                    )
                if seeker.counselor_id == account.id and (
                    seeker.counselor_name == account.display_name
                ):
                    continue
                refuse_if_closed(session, seeker.registered_on)
                old = seeker.counselor_name or ""
                seeker.counselor_id = account.id
                seeker.counselor_name = account.display_name
                write_change(
                    session,
                    actor,
                    RecordKind.SEEKER,
                    seeker.id,
                    seeker.seeker_no,
                    "담당상담사",  # korean-data
                    old,
                    account.display_name,
                    why,
                    seeker_id=seeker.id,
                )
                changed += 1
            write_access(
                session,
                actor,
                AccessAction.UPDATE,
                subject_kind="job_seeker",
                detail=translate(
                    "corrections", "Counselor changed: {n} → {user} (reason: {reason})"
                ).format(n=changed, user=account.username, reason=why),
            )
            return changed

    def counselors(self, actor: Actor) -> list[tuple[str, str, str | None]]:
        """Active counselor and team-lead accounts: user name, display name, desk code."""
        actor.require(Permission.WRITE_RECORDS)
        codes = self.db.desk_codes()
        with self.db.unit_of_work(write=False, actor=actor) as session:
            rows = session.execute(
                select(User.username, User.display_name, User.desk_id)
                .where(User.is_active.is_(True), User.role != Role.ADMIN.value)
                .order_by(User.desk_id, User.display_name)
            ).all()
        return [(u, d, codes.get(desk) if desk else None) for u, d, desk in rows]

    # -- history -------------------------------------------------------------------------

    def history(self, actor: Actor, kind: RecordKind | None, key: str) -> RecordHistory:
        """A record's story, oldest first (a seeker's with their sessions, referrals and
        placements); logged as a reading. ``kind`` None: whichever record has that number."""
        with self.db.unit_of_work(actor=actor) as session:
            if kind is None:
                kind, record = self._any(session, key)
            else:
                record = self._find(session, kind, key)
            number = self._number(kind, record)
            seeker_id = self._seeker_id(kind, record)
            allowed = True
            try:
                self._may_read(actor, kind, record)
            except PermissionDenied:
                allowed = False
            write_record_access(
                session,
                actor,
                AccessAction.VIEW,
                kind,
                record.id,
                number,
                seeker_id,
                translate("corrections", "Change history viewed")
                if allowed
                else translate("corrections", "Change history viewed (refused: another desk)"),
            )
        if not allowed:
            raise PermissionDenied(
                translate("corrections", "{kind} records of another desk cannot be viewed.").format(
                    kind=kind.label
                )
            )
        with self.db.unit_of_work(write=False, actor=actor) as session:
            record = self._find(session, kind, number)
            title = getattr(record, "name", None) or getattr(record, "occupation", "") or ""
            return read_history(session, kind, record, number, f"{kind.label} {number} {title}")

    def _any(self, session: Session, key: str) -> tuple[RecordKind, Any]:
        found = []
        for kind in (RecordKind.SEEKER, RecordKind.EMPLOYER, RecordKind.OPENING):
            model, column = _MODELS[kind]
            record = session.scalar(select(model).where(column == key.strip()))
            if record is not None:
                found.append((kind, record))
        if not found:
            raise NotFound(
                translate("corrections", "No job seeker, employer or opening is '{key}'.").format(
                    key=key
                )
            )
        if len(found) > 1:
            kinds = ", ".join(k.label for k, _ in found)
            raise ValidationError(
                "번호",  # korean-data
                translate(
                    "corrections",
                    "'{key}' is the number of several records ({kinds}). Give the kind as well.",
                ).format(key=key, key_josa=particle(key, "은/는"), kinds=kinds),  # korean-data
            )
        return found[0]
