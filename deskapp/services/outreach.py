"""구인기업체 발굴 및 관리: the contact log of employers, 구민 우선 채용
협약 with the hires against them, the next actions due and the outreach report.

- A contact is made at a desk (the actor's, or one given: a counselor only at their
  own) by the acting account, dated (not before 1990, not in the future), and
  refused in a closed month. Its ``first_contact`` flag is the counselor's statement
  that this contact found the employer (ticked for them when the employer has no live
  contact on or before its day); the report does not trust it alone, see below.
- A next action is shown in the worklist from its day until it is marked done:
  a counselor sees their own contacts', a team lead or administrator with a desk that
  desk's, one without a desk every desk's.
- The hires against an agreement are the distinct people with a live placement at the
  employer within the agreement's period: through one of the employer's openings, or,
  for a placement with no opening, under the employer's name when that name is the
  name of no other live employer; how many of them are 구민 is counted beside.
- The report counts, per desk and month: employers found (신규발굴), visits, calls,
  agreements signed, and the openings registered by employers the desk found, on or
  after the day it found them (whichever desk registered them). Who found an employer
  is decided from the live contacts each time: the earliest live contact flagged
  신규 발굴 across every desk, else the employer's earliest live contact (ties to the
  first logged) — so an employer is found once, by one desk, and is found again by its
  next contact when that one is voided. ``Contact.found`` marks that contact.
  A voided employer counts nowhere: neither its contacts, agreements nor openings.

Every write keeps a line in the access log and the record's history; voided contacts
and agreements stop counting and are never deleted.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from deskapp.domain import fields
from deskapp.domain.access import Actor, Permission
from deskapp.domain.audit import AccessAction
from deskapp.domain.desks import DESKS, DeskRef
from deskapp.domain.errors import NotFound, ValidationError
from deskapp.domain.korean import particle
from deskapp.domain.outreach import ContactKind, LogContact, OutreachCounts, SignAgreement
from deskapp.domain.privacy import mask_resident_numbers
from deskapp.domain.records import ChangeAction, RecordKind, Role
from deskapp.i18n import translate
from deskapp.services.audit import write_access, write_record_access
from deskapp.services.history import write_change
from deskapp.services.rules.month_lock import refuse_if_closed
from deskapp.services.rules.records import Saved, find_by_number, masked_warnings
from deskapp.store.database import Database
from deskapp.store.models import (
    Employer,
    EmployerContact,
    HiringAgreement,
    JobOpening,
    JobSeeker,
    Placement,
    User,
    utcnow,
)


@dataclass(frozen=True)
class Contact:
    """One line of an employer's contact log."""

    id: int
    employer_id: int
    contacted_on: date
    kind: ContactKind
    desk: str  # desk code
    counselor: str  # the account's display name ('' when unknown)
    first_contact: bool  # the counselor's statement: this contact found the employer
    note: str | None
    next_action: str | None
    next_on: date | None
    next_done_on: date | None
    found: bool = False  # the contact the report counts as the employer's 신규발굴


@dataclass(frozen=True)
class Agreement:
    """A 구민 우선 채용 협약 with the hires against it so far."""

    id: int
    employer_id: int
    signed_on: date
    starts_on: date
    ends_on: date | None
    pledged: int
    desk: str  # desk code
    note: str | None
    hires: int  # distinct people placed at the employer within the period
    resident_hires: int  # of them, 구민


@dataclass(frozen=True)
class OutreachItem:
    """A next action due (다음 할 일) for the worklist."""

    contact_id: int
    employer_id: int
    employer_no: str
    employer_name: str
    due: date
    action: str
    desk: str  # desk code
    counselor: str


class OutreachService:
    """Log contacts with employers, sign agreements, list what is due, report by month."""

    def __init__(self, db: Database, today: date | None = None) -> None:
        self.db = db
        self._today = today

    def today(self) -> date:
        return self._today or date.today()

    # -- helpers -----------------------------------------------------------------------

    def _desk_id(self, actor: Actor, desk: DeskRef | None) -> int:
        """The desk a record is made at: the one given, else the actor's; a counselor
        only at their own."""
        actor.require(Permission.WRITE_RECORDS)
        if desk is None:
            if actor.desk is None:
                raise ValidationError(
                    "창구",  # korean-data
                    translate("outreach", "Enter the desk."),
                )
            code = actor.desk
        else:
            code = desk.desk.code
        actor.require_desk(code)
        return self.db.desk_ids()[code]

    def _names(self, session: Session, ids: set[int]) -> dict[int, str]:
        if not ids:
            return {}
        found = session.execute(select(User.id, User.display_name).where(User.id.in_(ids)))
        return {int(user_id): name for user_id, name in found}

    @staticmethod
    def _employer(session: Session, employer_id: int) -> Employer:
        employer = session.get(Employer, employer_id)
        if employer is None or employer.void:
            raise NotFound(
                translate("outreach", "No employer no. {id} was found.").format(id=employer_id)
            )
        return employer

    # -- contacts ----------------------------------------------------------------------

    def log_contact(self, actor: Actor, command: LogContact) -> Saved:
        """A contact with an employer; 신규 발굴 found out when not given."""
        fields.record_date(command.contacted_on, "접촉일", self.today())  # korean-data
        desk_id = self._desk_id(actor, command.desk)
        note, hidden = mask_resident_numbers(command.note) if command.note else (None, 0)
        action, hidden_too = (
            mask_resident_numbers(command.next_action) if command.next_action else (None, 0)
        )
        with self.db.unit_of_work(actor=actor) as session:
            refuse_if_closed(session, command.contacted_on)
            employer = find_by_number(
                session,
                Employer,
                Employer.employer_no,
                command.employer_no,
                "구인업체",  # korean-data
            )
            first = command.first_contact
            if first is None:
                earlier = session.scalar(
                    select(EmployerContact.id)
                    .where(
                        EmployerContact.employer_id == employer.id,
                        EmployerContact.void.is_(False),
                        EmployerContact.contacted_on <= command.contacted_on,
                    )
                    .limit(1)
                )
                first = earlier is None
            contact = EmployerContact(
                employer_id=employer.id,
                contacted_on=command.contacted_on,
                kind=command.kind.value,
                desk_id=desk_id,
                counselor_id=actor.user_id,
                first_contact=first,
                note=note,
                next_action=action,
                next_on=command.next_on,
                created_by=actor.user_id,
            )
            session.add(contact)
            session.flush()
            found = ", 신규 발굴" if first else ""  # korean-data
            what = f"기업 접촉 {contact.id} 등록 ({command.kind.label}{found})"  # korean-data
            write_change(
                session,
                actor,
                RecordKind.CONTACT,
                contact.id,
                employer.employer_no,
                "기업 접촉",  # korean-data
                "",
                f"{command.contacted_on.isoformat()} {command.kind.label}",
                None,
                action=ChangeAction.CREATE,
            )
            write_record_access(
                session,
                actor,
                AccessAction.CREATE,
                RecordKind.CONTACT,
                contact.id,
                employer.employer_no,
                None,
                what,
            )
            return Saved(
                RecordKind.CONTACT,
                contact.id,
                str(contact.id),
                masked_warnings(hidden + hidden_too),
            )

    def contacts(self, actor: Actor, employer_id: int, logged: bool = True) -> list[Contact]:
        """The employer's live contacts, newest first. Employers are shared by every
        desk, so any desk's staff see them; each read is kept in the access log, unless
        ``logged`` is False: read with the employer's record, whose opening line covers it
        (one line per record opened)."""
        actor.require(Permission.VIEW_STATISTICS)
        codes = self.db.desk_codes()
        with self.db.unit_of_work(actor=actor) as session:
            employer = self._employer(session, employer_id)
            if logged:
                write_access(
                    session,
                    actor,
                    AccessAction.VIEW,
                    subject_kind="employer",
                    subject_id=employer.id,
                    subject_no=employer.employer_no,
                    detail="기업 접촉 기록 열람",  # korean-data
                )
            rows = list(
                session.scalars(
                    select(EmployerContact)
                    .where(
                        EmployerContact.employer_id == employer_id,
                        EmployerContact.void.is_(False),
                    )
                    .order_by(EmployerContact.contacted_on.desc(), EmployerContact.id.desc())
                )
            )
            names = self._names(session, {r.counselor_id for r in rows if r.counselor_id})
            found = _found_by(session, employer_id).get(employer_id)
            return [
                Contact(
                    r.id,
                    r.employer_id,
                    r.contacted_on,
                    ContactKind(r.kind),
                    codes[r.desk_id],
                    names.get(r.counselor_id or 0, ""),
                    bool(r.first_contact),
                    r.note,
                    r.next_action,
                    r.next_on,
                    r.next_done_on,
                    found is not None and found[0] == r.id,
                )
                for r in rows
            ]

    def mark_done(self, actor: Actor, contact_id: int, done_on: date | None = None) -> None:
        """The contact's next action is done (on ``done_on``, else today): it leaves the
        worklist. Counselors only at their own desk."""
        actor.require(Permission.WRITE_RECORDS)
        day = fields.record_date(done_on or self.today(), "완료일", self.today())  # korean-data
        with self.db.unit_of_work(actor=actor) as session:
            contact = self._live(session, EmployerContact, contact_id, RecordKind.CONTACT)
            actor.require_desk(self.db.desk_codes()[contact.desk_id])
            if not contact.next_action:
                raise ValidationError(
                    "다음 할 일",  # korean-data
                    translate("outreach", "This contact has no next action."),
                )
            if contact.next_done_on is not None:
                raise ValidationError(
                    "다음 할 일",  # korean-data
                    translate("outreach", "Already done on {day}.").format(
                        day=contact.next_done_on.isoformat()
                    ),
                )
            if day < contact.contacted_on:
                raise ValidationError(
                    "완료일",  # korean-data
                    translate("outreach", "Cannot be before the contact's day."),
                )
            contact.next_done_on = day
            number = self._employer_no(session, contact.employer_id)
            write_change(
                session,
                actor,
                RecordKind.CONTACT,
                contact.id,
                number,
                "다음 할 일 완료",  # korean-data
                "",
                day.isoformat(),
                None,
            )
            write_record_access(
                session,
                actor,
                AccessAction.UPDATE,
                RecordKind.CONTACT,
                contact.id,
                number,
                None,
                f"기업 접촉 {contact.id} 다음 할 일 완료",  # korean-data
            )

    # -- agreements --------------------------------------------------------------------

    def sign_agreement(self, actor: Actor, command: SignAgreement) -> Saved:
        """구민 우선 채용 협약 with an employer, made at a desk, refused in a closed month."""
        fields.record_date(command.signed_on, "협약일", self.today())  # korean-data
        desk_id = self._desk_id(actor, command.desk)
        note, hidden = mask_resident_numbers(command.note) if command.note else (None, 0)
        with self.db.unit_of_work(actor=actor) as session:
            refuse_if_closed(session, command.signed_on)
            employer = find_by_number(
                session,
                Employer,
                Employer.employer_no,
                command.employer_no,
                "구인업체",  # korean-data
            )
            agreement = HiringAgreement(
                employer_id=employer.id,
                signed_on=command.signed_on,
                starts_on=command.starts_on,
                ends_on=command.ends_on,
                pledged=command.pledged,
                desk_id=desk_id,
                note=note,
                created_by=actor.user_id,
            )
            session.add(agreement)
            session.flush()
            period = f"{command.starts_on.isoformat()}~{_iso(command.ends_on)}"
            write_change(
                session,
                actor,
                RecordKind.AGREEMENT,
                agreement.id,
                employer.employer_no,
                "구민 우선 채용 협약",  # korean-data
                "",
                f"{period}, {command.pledged}명",  # korean-data
                None,
                action=ChangeAction.CREATE,
            )
            write_record_access(
                session,
                actor,
                AccessAction.CREATE,
                RecordKind.AGREEMENT,
                agreement.id,
                employer.employer_no,
                None,
                f"구민 우선 채용 협약 {agreement.id} 등록 ({period})",  # korean-data
            )
            return Saved(
                RecordKind.AGREEMENT, agreement.id, str(agreement.id), masked_warnings(hidden)
            )

    def agreements(self, actor: Actor, employer_id: int) -> list[Agreement]:
        """The employer's live agreements, newest first, each with its hires so far."""
        actor.require(Permission.VIEW_STATISTICS)
        codes = self.db.desk_codes()
        today = self.today()
        with self.db.unit_of_work(write=False, actor=actor) as session:
            employer = self._employer(session, employer_id)
            rows = list(
                session.scalars(
                    select(HiringAgreement)
                    .where(
                        HiringAgreement.employer_id == employer_id,
                        HiringAgreement.void.is_(False),
                    )
                    .order_by(HiringAgreement.signed_on.desc(), HiringAgreement.id.desc())
                )
            )
            result = []
            for r in rows:
                hired = _hires(session, employer, r.starts_on, r.ends_on or today)
                result.append(
                    Agreement(
                        r.id,
                        r.employer_id,
                        r.signed_on,
                        r.starts_on,
                        r.ends_on,
                        r.pledged,
                        codes[r.desk_id],
                        r.note,
                        len(hired),
                        sum(1 for v in hired.values() if v),
                    )
                )
            return result

    # -- voiding -----------------------------------------------------------------------

    def void(self, actor: Actor, kind: RecordKind, record_id: int, reason: str) -> None:
        """Void a contact or an agreement with a reason: it stops counting, and is kept."""
        actor.require(Permission.WRITE_RECORDS)
        why = mask_resident_numbers(fields.text(reason, "무효 사유"))[0]  # korean-data
        models: dict[RecordKind, Any] = {
            RecordKind.CONTACT: EmployerContact,
            RecordKind.AGREEMENT: HiringAgreement,
        }
        if kind not in models:
            raise ValidationError(
                "구분",  # korean-data
                translate("outreach", "{kind} cannot be voided here.").format(
                    kind=kind.label, kind_josa=particle(kind.label, "은/는")
                ),
            )
        with self.db.unit_of_work(actor=actor) as session:
            record = self._live(session, models[kind], record_id, kind)
            actor.require_desk(self.db.desk_codes()[record.desk_id])
            day = record.contacted_on if kind is RecordKind.CONTACT else record.signed_on
            refuse_if_closed(session, day)
            record.void = True
            record.void_reason = why
            record.voided_at = utcnow()
            record.voided_by = actor.user_id
            number = self._employer_no(session, record.employer_id)
            write_change(
                session,
                actor,
                kind,
                record_id,
                number,
                "무효",  # korean-data
                "",
                "무효",  # korean-data
                why,
                action=ChangeAction.VOID,
            )
            write_record_access(
                session,
                actor,
                AccessAction.VOID,
                kind,
                record_id,
                number,
                None,
                f"{kind.label} {record_id} 무효: {why}",  # korean-data
            )

    @staticmethod
    def _live(session: Session, model: Any, record_id: int, kind: RecordKind) -> Any:
        record = session.get(model, record_id)
        if record is None:
            raise NotFound(
                translate("outreach", "No {kind} no. {id} was found.").format(
                    kind=kind.label, id=record_id
                )
            )
        if record.void:
            raise ValidationError(
                "무효",  # korean-data
                translate("outreach", "{kind} no. {id} is void.").format(
                    kind=kind.label, id=record_id
                ),
            )
        return record

    @staticmethod
    def _employer_no(session: Session, employer_id: int) -> str | None:
        return session.scalar(select(Employer.employer_no).where(Employer.id == employer_id))

    # -- the worklist and the report ---------------------------------------------------

    def due(self, actor: Actor) -> list[OutreachItem]:
        """Next actions due by today and not done, oldest first: a counselor's own
        contacts; a team lead's or administrator's desk's, or every desk's without one."""
        actor.require(Permission.VIEW_STATISTICS)
        codes = self.db.desk_codes()
        c = EmployerContact
        today = self.today()
        statement = (
            select(
                c.id,
                c.employer_id,
                Employer.employer_no,
                Employer.name,
                c.next_on,
                c.next_action,
                c.desk_id,
                c.counselor_id,
            )
            .join(Employer, Employer.id == c.employer_id)
            .where(
                c.void.is_(False),
                Employer.void.is_(False),
                c.next_on <= today,  # NULL (no next action) is never <= a day
                c.next_done_on.is_(None),
            )
            .order_by(c.next_on, c.id)
        )
        if actor.role is Role.COUNSELOR:
            statement = statement.where(c.counselor_id == actor.user_id)
        elif actor.desk is not None:
            statement = statement.where(c.desk_id == self.db.desk_ids()[actor.desk])
        with self.db.unit_of_work(write=False, actor=actor) as session:
            rows = session.execute(statement).all()
            names = self._names(session, {r.counselor_id for r in rows if r.counselor_id})
        return [
            OutreachItem(
                r.id,
                r.employer_id,
                r.employer_no,
                r.name,
                r.next_on or today,
                r.next_action or "",
                codes[r.desk_id],
                names.get(r.counselor_id or 0, ""),
            )
            for r in rows
        ]

    def report(self, actor: Actor, year: int) -> list[OutreachCounts]:
        """Each month of ``year`` and each desk, in table order: 신규발굴, 방문, 전화, 협약
        and the openings registered by employers the desk found (figures only)."""
        actor.require(Permission.VIEW_STATISTICS)
        if not 1990 <= year <= 2100:
            raise ValidationError(
                "연도",  # korean-data
                translate("outreach", "{year}: give a year from 1990 to 2100.").format(year=year),
            )
        start, end = date(year, 1, 1), date(year, 12, 31)
        codes = self.db.desk_codes()
        counts: dict[tuple[int, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
        month = func.extract("month", EmployerContact.contacted_on)
        with self.db.unit_of_work(write=False, actor=actor) as session:
            found = _found_by(session)
            for _contact_id, found_on, desk_id in found.values():
                if found_on.year == year:
                    counts[(found_on.month, codes[desk_id])]["new"] += 1
            kinds = session.execute(
                select(month, EmployerContact.desk_id, EmployerContact.kind, func.count())
                .join(Employer, Employer.id == EmployerContact.employer_id)
                .where(
                    Employer.void.is_(False),
                    EmployerContact.void.is_(False),
                    EmployerContact.contacted_on >= start,
                    EmployerContact.contacted_on <= end,
                )
                .group_by(month, EmployerContact.desk_id, EmployerContact.kind)
            )
            for m, desk_id, kind, n in kinds:
                counts[(int(m), codes[desk_id])][kind] += int(n)
            signed = func.extract("month", HiringAgreement.signed_on)
            agreements = session.execute(
                select(signed, HiringAgreement.desk_id, func.count())
                .join(Employer, Employer.id == HiringAgreement.employer_id)
                .where(
                    Employer.void.is_(False),
                    HiringAgreement.void.is_(False),
                    HiringAgreement.signed_on >= start,
                    HiringAgreement.signed_on <= end,
                )
                .group_by(signed, HiringAgreement.desk_id)
            )
            for m, desk_id, n in agreements:
                counts[(int(m), codes[desk_id])]["agreements"] += int(n)
            openings = session.execute(
                select(JobOpening.employer_id, JobOpening.registered_on).where(
                    JobOpening.void.is_(False),
                    JobOpening.registered_on >= start,
                    JobOpening.registered_on <= end,
                )
            )
            for employer_id, registered_on in openings:
                by = found.get(employer_id)
                if by is not None and registered_on >= by[1]:
                    counts[(registered_on.month, codes[by[2]])]["openings"] += 1
        rows = []
        for m in range(1, 13):
            for desk in DESKS:
                c = counts.get((m, desk.code), {})
                rows.append(
                    OutreachCounts(
                        year,
                        m,
                        desk.code,
                        c.get("new", 0),
                        c.get(ContactKind.VISIT.value, 0),
                        c.get(ContactKind.PHONE.value, 0),
                        c.get("agreements", 0),
                        c.get("openings", 0),
                    )
                )
        return rows


def _iso(day: date | None) -> str:
    return day.isoformat() if day else ""


def _found_by(session: Session, employer_id: int | None = None) -> dict[int, tuple[int, date, int]]:
    """Who found each live employer (or only ``employer_id``): its earliest live contact
    flagged 신규 발굴 at any desk, else its earliest live contact (the first logged of a
    day): employer id -> (contact id, day, desk id)."""
    c = EmployerContact
    statement = (
        select(c.employer_id, c.id, c.contacted_on, c.desk_id, c.first_contact)
        .join(Employer, Employer.id == c.employer_id)
        .where(c.void.is_(False), Employer.void.is_(False))
    )
    if employer_id is not None:
        statement = statement.where(c.employer_id == employer_id)
    best: dict[int, tuple[bool, date, int, int]] = {}
    for employer, contact_id, day, desk_id, flagged in session.execute(statement):
        key = (not flagged, day, contact_id, desk_id)
        if employer not in best or key < best[employer]:
            best[employer] = key
    return {e: (k[2], k[1], k[3]) for e, k in best.items()}


def _hires(session: Session, employer: Employer, start: date, end: date) -> dict[int, bool]:
    """The people with a live placement at ``employer`` from ``start`` to ``end``: whether
    each is 구민. A placement counts through one of the employer's openings; one with no
    opening counts under the employer's name only when no other live employer bears that
    name (two employers of one name never share hires)."""
    openings = select(JobOpening.id).where(JobOpening.employer_id == employer.id)
    namesakes = session.scalar(
        select(func.count(Employer.id)).where(
            Employer.name == employer.name, Employer.void.is_(False), Employer.id != employer.id
        )
    )
    through: ColumnElement[bool] = Placement.opening_id.in_(openings)
    if not namesakes:
        through = or_(
            through,
            and_(Placement.opening_id.is_(None), Placement.employer_name == employer.name),
        )
    rows = session.execute(
        select(Placement.seeker_id, JobSeeker.resident)
        .join(JobSeeker, JobSeeker.id == Placement.seeker_id)
        .where(
            Placement.void.is_(False),
            Placement.placed_on >= start,
            Placement.placed_on <= end,
            through,
        )
        .distinct()
    )
    return {seeker_id: bool(resident) for seeker_id, resident in rows}
